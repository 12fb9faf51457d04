//! An e-mail around a document: a forwarded message's header block (`From:`, `Sent:`,
//! `Subject:` after `-----Original Message-----`), a reply's `... đã viết:`, and the note a
//! sender wrote above them. When such lines stand before a document's header, everything
//! up to them is the mail's, not the document's; the quotation marks of a quoted document
//! are dropped in normalization.
//!
//! Read here rather than in the grammar: these lines matter only above a header, so they
//! are looked for in a bounded window at the start instead of on every line of the input.

use super::zones::{Noise, Plan, Zone};
use super::Ctx;
use crate::lines::LineKind;

/// How many non-blank lines from the start are searched for the mail's lines.
const WINDOW: usize = 80;

/// Marks the lines of an e-mail above the document (from `start`) and returns the line the
/// document starts at (`start` when there is no mail).
pub(super) fn mark_mail(ctx: &Ctx<'_>, plan: &mut Plan, start: usize, end: usize) -> usize {
    let lines = ctx.lines;
    let mut last_mail: Option<usize> = None;
    let mut prev_field: Option<usize> = None;
    let mut header_found = false;
    let non_blank = (start..end).filter(|&i| lines[i].kind != LineKind::Blank);
    for i in non_blank.take(WINDOW) {
        if super::zones::prints_header(&lines[i]) {
            header_found = true;
            break;
        }
        let key = ctx.line_key(i).trim();
        if is_separator(key) || is_reply(key) {
            last_mail = Some(i);
        } else if is_field(key) {
            // Two fields together make a mail's header block; one alone may be text.
            if prev_field.is_some_and(|p| i - p <= 2) {
                last_mail = Some(i);
            }
            prev_field = Some(i);
        }
    }
    let Some(last) = last_mail.filter(|_| header_found) else {
        return start;
    };
    // The fields right after the last one counted (`To:` | `Cc:` | `Attachments:`).
    let mut block_end = last;
    while block_end + 1 < end && is_field(ctx.line_key(block_end + 1).trim()) {
        block_end += 1;
    }
    for (zone, line) in plan.zones[start..=block_end]
        .iter_mut()
        .zip(&lines[start..=block_end])
    {
        if line.kind != LineKind::Blank {
            *zone = Zone::Noise(Noise::Mail);
        }
    }
    block_end + 1
}

/// `-----Original Message-----`, `---------- Forwarded message ---------`, and the same in
/// a Vietnamese mail program (`Thư đã chuyển tiếp`, key folded).
fn is_separator(key: &str) -> bool {
    key.starts_with("--")
        && ["Original Message", "Forwarded message", "chuyen tiep"]
            .iter()
            .any(|m| key.contains(m))
}

/// A reply's line above the text it quotes: `Vào ... đã viết:`, `On ... wrote:`.
fn is_reply(key: &str) -> bool {
    key.ends_with("da viet:") || key.ends_with("wrote:")
}

/// A field of a mail's header block, in English or Vietnamese (key folded: `Từ:`, `Tới:`,
/// `Chủ đề:`, `Đính kèm:`).
fn is_field(key: &str) -> bool {
    const FIELDS: [&str; 14] = [
        "From:",
        "Sent:",
        "To:",
        "Cc:",
        "CC:",
        "Bcc:",
        "Subject:",
        "Date:",
        "Attachments:",
        "Tu:",
        "Toi:",
        "Chu de:",
        "Tieu de:",
        "Dinh kem:",
    ];
    FIELDS.iter().any(|f| key.starts_with(f))
}
