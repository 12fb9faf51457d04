//! Extraction inside text, on the built model: citations of other documents, and (per item)
//! deadlines and the bodies a directive is assigned to.

pub(crate) mod assignees;
pub(crate) mod deadlines;
pub(crate) mod references;
mod word_map;
