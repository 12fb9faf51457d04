//! Deadlines set by an item (being written).

use crate::model::Deadline;
use crate::normalize::Text;
use crate::span::Span;

/// Finds the deadlines in an item's own text, given as key spans.
pub(crate) fn find(_text: &Text<'_>, _pieces: &[Span]) -> Vec<Deadline> {
    Vec::new()
}
