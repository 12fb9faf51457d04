//! The pest parser generated from `grammar/vanban.pest`, and a human name for every rule.
//!
//! The `Rule` enum stays private to the crate: the public API is the typed model, so the
//! grammar can change without breaking users.

/// The parser for `grammar/vanban.pest`.
#[derive(pest_derive::Parser)]
#[grammar = "../grammar/vanban.pest"]
pub(crate) struct VanbanParser;
