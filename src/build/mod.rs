//! The builder: turns the grammar's labelled lines into the typed [`Document`].
//!
//! Work is split by zone of the document, one module each:
//! - [`zones`] decides which zone every line belongs to (front matter, subject, addressees,
//!   body, closing, copies, attachments, web chrome) with a small state machine;
//! - [`front`] builds the issuer, number, place and date, marks and stamps;
//! - [`title`] the type and subject; [`body`] the paragraphs and the item tree;
//! - [`closing`] the recipients and the signature; [`copies`] the copy certifications;
//! - [`web`] the page around a scraped article and the document it reports.
//!
//! Every line ends up somewhere: lines that no builder used are kept in
//! `Document::unclassified`.

mod body;
mod closing;
mod copies;
mod front;
mod mail;
mod title;
mod web;
mod zones;

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Diagnostic};
use crate::lines::{CapsRun, Line, LineKind};
use crate::model::*;
use crate::normalize::Text;
use crate::span::Span;

pub(crate) use zones::Zone;

/// What the builders share: the text, its lines, and which lines have been used.
pub(crate) struct Ctx<'t> {
    pub text: &'t Text<'t>,
    pub lines: &'t [Line],
    pub used: Vec<bool>,
    pub diagnostics: Vec<Diagnostic>,
    pub spans: BTreeMap<String, Span>,
    /// Key spans fields were read from (see [`Ctx::consume`]).
    pub consumed: Vec<Span>,
    /// Key spans of the document's own number lines (not citations of other documents).
    pub own_numbers: Vec<Span>,
    /// Body text printed on a front line after the title (flattened web tables).
    pub lead_paragraphs: Vec<Paragraph>,
    /// A decision's authority line found glued to the subject.
    pub lead_authority: Option<Paragraph>,
    /// An attachment title printed after the signer's name on the same line.
    pub pending_attachment_title: Option<(String, Span)>,
    /// Why particular unused lines are kept (`page_number`, ...), overriding the zone's
    /// reason.
    pub kinds: std::collections::HashMap<usize, &'static str>,
    /// The header showed which family the document belongs to (or that it is a mass
    /// organization's, which is neither).
    pub family_known: bool,
    /// What the conformance checks need that the model does not keep.
    pub facts: crate::check::Facts,
    /// Where the text of each kept line made by [`Ctx::kept_line`] lies in the normalized
    /// text, in the order they were made (see [`LaterTexts`]).
    pub later: LaterTexts,
}

/// The text of the kept lines (web chrome and unclassified lines), copied only after the
/// line table and the matching key are dropped. On a page that is mostly chrome, or an input
/// of debris, those copies are about the size of the input; made while the line table, the
/// key and its checkpoints are alive (together about 1.6 times the input), they set the
/// peak of memory use.
#[derive(Debug, Default)]
pub(crate) struct LaterTexts {
    /// Ranges in the normalized text, as `u32` like the key's checkpoints (a range is 8
    /// bytes a line until it is read).
    ranges: Vec<[u32; 2]>,
    /// Where in `Document::unclassified` the kept lines made by [`Ctx::kept_line`] begin
    /// (after the debris of the closing and the copies, made with their text).
    unclassified_from: usize,
}

impl LaterTexts {
    /// Copies each deferred text from the normalized text: first every chrome line, then
    /// the unclassified lines from `unclassified_from`, in the order they were made.
    fn fill(self, norm: &str, doc: &mut Document) {
        let lines = doc
            .source
            .chrome
            .iter_mut()
            .chain(doc.unclassified.iter_mut().skip(self.unclassified_from));
        for (line, [s, e]) in lines.zip(self.ranges) {
            line.text = norm.get(s as usize..e as usize).unwrap_or("").to_owned();
        }
    }
}

impl<'t> Ctx<'t> {
    fn new(text: &'t Text<'t>, lines: &'t [Line]) -> Self {
        Ctx {
            text,
            lines,
            used: vec![false; lines.len()],
            diagnostics: Vec::new(),
            spans: BTreeMap::new(),
            consumed: Vec::new(),
            own_numbers: Vec::new(),
            lead_paragraphs: Vec::new(),
            lead_authority: None,
            pending_attachment_title: None,
            kinds: std::collections::HashMap::new(),
            family_known: false,
            facts: crate::check::Facts::default(),
            later: LaterTexts::default(),
        }
    }

    /// The normalized text under a key span, trimmed.
    pub fn value(&self, span: Span) -> String {
        self.text.value(span).to_owned()
    }

    /// The key text under a key span.
    pub fn key(&self, span: Span) -> &'t str {
        self.text.key_str(span)
    }

    /// The words of a run of capitals in the key, without surrounding punctuation
    /// (`"CHỦ TỊCH,"` → `CHU`, `TICH`), for comparing with the lexicon.
    pub fn caps_words(&self, run: &CapsRun) -> Vec<String> {
        run.words
            .iter()
            .map(|w| {
                self.key(*w)
                    .trim_matches(|c: char| !c.is_ascii_alphanumeric())
                    .to_owned()
            })
            .collect()
    }

    /// The input span of a key span.
    pub fn input_span(&self, span: Span) -> Span {
        self.text.input_span(span)
    }

    /// The normalized text of line `i`.
    pub fn line_value(&self, i: usize) -> String {
        self.value(self.lines[i].span)
    }

    /// The key text of line `i`.
    pub fn line_key(&self, i: usize) -> &'t str {
        self.key(self.lines[i].span)
    }

    /// Marks line `i` as used by a field.
    pub fn use_line(&mut self, i: usize) {
        if let Some(u) = self.used.get_mut(i) {
            *u = true;
        }
    }

    /// Records the span of a scalar field under its JSON path.
    pub fn record(&mut self, path: impl Into<String>, key_span: Span) {
        self.record_parts(path, key_span, &[key_span]);
    }

    /// Records the span of a field read from several pieces (`cover` spans them all, and
    /// whatever lies between them, which the field did not take).
    pub fn record_parts(&mut self, path: impl Into<String>, cover: Span, parts: &[Span]) {
        let s = self.input_span(cover);
        self.spans.insert(path.into(), s);
        for &p in parts {
            self.consume(p);
        }
    }

    /// Notes that a field was read from this key span (what remains of a header or stamp
    /// line is kept apart at the end).
    pub fn consume(&mut self, key_span: Span) {
        self.consumed.push(key_span);
    }

    /// Adds a diagnostic.
    pub fn diag(&mut self, code: Code, key_span: Option<Span>) {
        let span = key_span.map(|s| self.input_span(s));
        self.diagnostics.push(Diagnostic::new(code, span));
    }

    /// A paragraph from a list of lines (wrapped lines joined with a space).
    pub fn paragraph(&self, idx: &[usize]) -> Paragraph {
        let text = join_lines(idx.iter().map(|&i| self.line_value(i)));
        let span = self.cover(idx);
        Paragraph {
            label: None,
            text,
            span,
        }
    }

    /// The input span covering lines `idx`.
    pub fn cover(&self, idx: &[usize]) -> Span {
        let mut span: Option<Span> = None;
        for &i in idx {
            let s = self.lines[i].span;
            span = Some(span.map_or(s, |a| a.cover(s)));
        }
        span.map(|s| self.input_span(s)).unwrap_or_default()
    }

    /// A kept line of text.
    pub fn text_line(&self, i: usize, kind: &'static str) -> TextLine {
        TextLine {
            kind: kind.into(),
            text: self.line_value(i),
            span: self.input_span(self.lines[i].span),
        }
    }

    /// A kept line of text whose text is copied at the end of the build ([`LaterTexts`]):
    /// only for the web chrome, made first, and the unclassified lines, made last.
    pub fn kept_line(&mut self, i: usize, kind: &'static str) -> TextLine {
        let r = self.text.value_range(self.lines[i].span);
        self.later.ranges.push([r.start as u32, r.end as u32]);
        TextLine {
            kind: kind.into(),
            text: String::new(),
            span: self.input_span(self.lines[i].span),
        }
    }
}

/// Whether a word of the matching key is in sentence case: a capital, then small letters
/// only (`Lộc`, `Vân`; not `UBND`, `Số:`).
pub(crate) fn sentence_case(word: &str) -> bool {
    let mut b = word.bytes();
    b.next().is_some_and(|c| c.is_ascii_uppercase()) && b.all(|c| c.is_ascii_lowercase())
}

/// Whether a line's key holds the body's end mark, `./.`.
pub(crate) fn has_end_mark(key: &str) -> bool {
    key.contains("./.")
}

/// Joins wrapped lines with single spaces.
pub(crate) fn join_lines(parts: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for p in parts {
        let p = p.trim();
        if p.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(p);
    }
    out
}

/// Collapses runs of spaces, and drops the space that normalization left inside brackets
/// and quotes where markdown emphasis marks were (`(*báo cáo*)` → `(báo cáo)`).
pub(crate) fn squeeze(s: &str) -> String {
    let s = s.trim();
    let bytes = s.as_bytes();
    // A space is an ASCII byte up to ' ' or starts with one of four lead bytes, so the
    // text between is skipped without decoding (this runs on every value and paragraph).
    // Most Vietnamese letters start with 0xE1, like the rare U+1680 alone of the spaces:
    // without that character in the text, 0xE1 is not looked at.
    let table = if memchr::memmem::find(bytes, "\u{1680}".as_bytes()).is_some() {
        &MAYBE_SPACE_E1
    } else {
        &MAYBE_SPACE
    };
    let mut out = String::with_capacity(s.len());
    // The text not yet copied, which stays as it is, is `run..i`.
    let mut run = 0;
    let mut i = 0;
    loop {
        while let Some(&b) = bytes.get(i) {
            if !table[usize::from(b)] || (b == b' ' && kept_space(bytes, i, table)) {
                i += 1;
            } else {
                break;
            }
        }
        // `i` is on a character boundary: every byte of the table starts a character.
        let Some(c) = s.get(i..).and_then(|t| t.chars().next()) else {
            break;
        };
        if !c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        out.push_str(s.get(run..i).unwrap_or(""));
        while let Some(c) = s.get(i..).and_then(|t| t.chars().next()) {
            if !c.is_whitespace() {
                break;
            }
            i += c.len_utf8();
        }
        run = i;
        // One space for the run, but none inside brackets and quotes (where emphasis
        // marks were).
        let after_open = out.ends_with(['(', '“', '[']);
        let closing = s.get(i..).is_some_and(|t| t.starts_with([')', '”', ']']));
        if !out.is_empty() && !after_open && !closing {
            out.push(' ');
        }
    }
    out.push_str(s.get(run..).unwrap_or(""));
    out
}

/// Bytes that may start a space character: ASCII up to `' '`, and the lead bytes of
/// U+0085, U+00A0, U+2000–U+205F and U+3000 (and, in [`MAYBE_SPACE_E1`], of U+1680).
static MAYBE_SPACE: [bool; 256] = space_leads(false);
static MAYBE_SPACE_E1: [bool; 256] = space_leads(true);

const fn space_leads(e1: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b <= b' ' as usize {
        t[b] = true;
        b += 1;
    }
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xE1] = e1;
    t
}

/// Whether the ASCII space at `i` stays as it is in [`squeeze`]: a single space between
/// two characters that are not spaces, with no opening bracket or quote before it and no
/// closing one after it. (A byte of `table` on either side sends it the slow way.)
fn kept_space(bytes: &[u8], i: usize, table: &[bool; 256]) -> bool {
    let next = bytes.get(i + 1).copied();
    let prev = i.checked_sub(1).and_then(|p| bytes.get(p)).copied();
    // 0x9C ends `“`.
    matches!(next, Some(n) if !table[usize::from(n)] && n != b')' && n != b']')
        && matches!(prev, Some(p) if !table[usize::from(p)] && !matches!(p, b'(' | b'[' | 0x9C))
}

/// Narrows a key span to exclude trailing punctuation that values drop (`;`, `.`, `,`).
pub(crate) fn trim_punct(key: &str, span: Span) -> Span {
    let slice = key.get(span.start..span.end).unwrap_or("");
    let kept = slice.trim_end_matches([';', '.', ',', ':', ' ']).len();
    Span::new(span.start, span.start + kept)
}

/// Builds the document from the scanned lines. The lines and the matching key are dropped
/// before the kept lines' text is copied ([`LaterTexts`]).
pub(crate) fn build(text: Text<'_>, lines: Vec<Line>) -> Document {
    let (mut doc, _, later) = build_lines(&text, &lines, false);
    drop(lines);
    let norm = text.into_norm();
    later.fill(&norm, &mut doc);
    doc
}

/// Builds the document, and says for every line where it went (`front`, `body`,
/// `closing`, ..., or the reason it was kept unclassified).
pub(crate) fn build_explained(text: &Text<'_>, lines: &[Line]) -> (Document, Vec<&'static str>) {
    let (mut doc, dest, later) = build_lines(text, lines, true);
    later.fill(text.norm(), &mut doc);
    (doc, dest)
}

/// Builds the document, but for the text of its kept lines (returned as [`LaterTexts`]);
/// with `explain`, also each line's destination (else the list is empty: on a large input
/// it would cost 16 bytes a line at the peak of memory use).
fn build_lines(
    text: &Text<'_>,
    lines: &[Line],
    explain: bool,
) -> (Document, Vec<&'static str>, LaterTexts) {
    let mut ctx = Ctx::new(text, lines);
    let plan = zones::assign(&ctx);
    let mut doc = Document {
        schema_version: SCHEMA_VERSION,
        ..Document::default()
    };

    let web_article = plan.web_article;
    if web_article {
        doc.source.kind = SourceKind::WebArticle;
    }
    web::build_chrome(&mut ctx, &plan, &mut doc);

    // A subject's wrapped line may carry the other column's place and date (see
    // `title::subject_part`): the header's date is read there too.
    let mut front = plan.lines_in(Zone::Front);
    front.extend(
        (0..ctx.lines.len())
            .filter(|&i| matches!(plan.zones[i], Zone::Vv | Zone::Subject))
            .filter(|&i| title::beside_date(&ctx.lines[i]).is_some()),
    );
    front.sort_unstable();
    front::build(&mut ctx, &front, &mut doc);
    title::build(&mut ctx, &plan, &mut doc);
    body::build(&mut ctx, &plan, &mut doc);
    let closing = plan.lines_in(Zone::Closing);
    closing::build(&mut ctx, &closing, &mut doc);
    front::closing_digital_signature(&mut ctx, &closing, &mut doc);
    copies::build(&mut ctx, &plan, &mut doc);
    body::build_attachments(&mut ctx, &plan, &mut doc);

    let found = crate::extract::references::find(text, &ctx.own_numbers);
    doc.references = found.iter().map(|f| f.reference.clone()).collect();
    if web_article {
        web::infer_reported(&mut ctx, &found, &mut doc);
    }
    title::infer_cong_van(&mut doc);
    front::finish_number(&mut doc, ctx.family_known);
    title::infer_from_code(&mut doc);

    ctx.facts.start = lines
        .iter()
        .find(|l| l.kind != LineKind::Blank)
        .map(|l| text.input_span(l.span));
    ctx.facts.body_end = plan
        .lines_in(Zone::Body)
        .last()
        .map(|&i| text.input_span(lines[i].span));
    let found_diags = crate::check::run(&doc, &ctx.facts);
    ctx.diagnostics.extend(found_diags);

    // Nothing is lost: every non-blank line no builder used is kept.
    let mut dest = Vec::with_capacity(if explain { lines.len() } else { 0 });
    let leftovers: Vec<usize> = (0..lines.len())
        .filter(|&i| ctx.used[i] && partly_used(&plan, &lines[i], i))
        .collect();
    // Reserved exactly (with room for a piece of each partly used line): a vector grown by
    // doubling may hold twice what it needs at the peak of memory use.
    let unused = lines
        .iter()
        .enumerate()
        .filter(|&(i, l)| l.kind != LineKind::Blank && !ctx.used[i])
        .count();
    doc.unclassified.reserve_exact(unused + leftovers.len());
    ctx.later.unclassified_from = doc.unclassified.len();
    for (i, l) in lines.iter().enumerate() {
        if l.kind == LineKind::Blank {
            if explain {
                dest.push("blank");
            }
        } else if ctx.used[i] {
            if explain {
                dest.push(plan.zone_name(i));
            }
        } else {
            let kind = ctx
                .kinds
                .get(&i)
                .copied()
                .unwrap_or_else(|| plan.noise_kind(i));
            doc.unclassified.push(ctx.kept_line(i, kind));
            if explain {
                dest.push(kind);
            }
        }
    }
    keep_leftovers(&mut ctx, &leftovers, &mut doc);
    doc.diagnostics = std::mem::take(&mut ctx.diagnostics);
    doc.spans = std::mem::take(&mut ctx.spans);
    (doc, dest, ctx.later)
}

/// A header, stamp or marks line of the front gives several fields; what none of them took
/// (a paragraph a flattened layout glued on, a stray label) is kept apart. (The body and
/// closing use their lines whole.)
fn partly_used(plan: &zones::Plan, l: &Line, i: usize) -> bool {
    let front = matches!(
        plan.zones[i],
        Zone::Front | Zone::Subject | Zone::Vv | Zone::Addressee | Zone::Copy(_)
    );
    front
        && matches!(
            l.kind,
            LineKind::Header | LineKind::Stamp | LineKind::Marks | LineKind::Draft
        )
}

/// Words that introduce a field and are not part of its value: a piece of a line made only
/// of them (and punctuation) is not worth keeping.
const FIELD_KEYWORDS: &[&str] = &[
    "so", "ngay", "thang", "nam", "kinh", "gui", "dong", "v", "ve", "viec", "viv", "den", "chuyen",
    "gio",
];

/// Keeps, as unclassified text, the pieces of used header and stamp lines that no field
/// was read from.
fn keep_leftovers(ctx: &mut Ctx<'_>, idx: &[usize], doc: &mut Document) {
    if idx.is_empty() {
        return;
    }
    let mut consumed = std::mem::take(&mut ctx.consumed);
    consumed.sort_unstable_by_key(|s| s.start);
    for &i in idx {
        let line = ctx.lines[i].span;
        // The consumed spans that touch this line, in order (a field may span lines).
        let first = consumed.partition_point(|s| s.end <= line.start);
        let mut at = line.start;
        let mut pieces = Vec::new();
        for c in consumed[first..].iter().take_while(|c| c.start < line.end) {
            if c.start > at {
                pieces.push(Span::new(at, c.start));
            }
            at = at.max(c.end);
        }
        if at < line.end {
            pieces.push(Span::new(at, line.end));
        }
        for p in pieces {
            let key = ctx.key(p);
            // A field's keyword left at the start of its line (`ĐẾN`, `V/v`) is not worth
            // keeping; anywhere else it is kept with the rest.
            let at_start = ctx.key(Span::new(line.start, p.start)).trim().is_empty();
            let mut words = key
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .peekable();
            let meaningful = words.peek().is_some()
                && (!at_start
                    || words.any(|w| !FIELD_KEYWORDS.contains(&w.to_lowercase().as_str())));
            if !meaningful {
                continue;
            }
            let p = crate::normalize::trim_span(ctx.text.key(), p);
            doc.unclassified.push(TextLine {
                kind: "line_rest".into(),
                text: ctx.value(p),
                span: ctx.input_span(p),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::squeeze;

    #[test]
    fn squeeze_collapses_spaces_and_closes_brackets() {
        assert_eq!(squeeze(""), "");
        assert_eq!(squeeze("   "), "");
        assert_eq!(squeeze(" Sở  Y   tế "), "Sở Y tế");
        assert_eq!(squeeze("a\u{a0}\u{a0}b\tc\nd"), "a b c d");
        // Spaces left where markdown emphasis was, inside brackets and quotes.
        assert_eq!(squeeze("( báo cáo )"), "(báo cáo)");
        assert_eq!(squeeze("“ Hà Nội ”, [ 1 ]"), "“Hà Nội”, [1]");
        // Elsewhere a space before an opening bracket stays.
        assert_eq!(squeeze("Kế hoạch  (dự thảo)"), "Kế hoạch (dự thảo)");
        // The rare spaces led by a byte that Vietnamese letters also start with.
        assert_eq!(squeeze("ấp\u{1680}ổn  ệ\u{3000}\u{2003}ư"), "ấp ổn ệ ư");
        assert_eq!(squeeze("(\u{a0}ạ\u{85}) “ ờ\u{202f}”"), "(ạ) “ờ”");
    }

    /// The rule stated character by character, as simply as it can be: what the
    /// byte-skipping `squeeze` must agree with.
    fn squeeze_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut pending = false;
        for c in s.trim().chars() {
            if c.is_whitespace() {
                pending = true;
                continue;
            }
            if pending && !out.ends_with(['(', '“', '[']) && !matches!(c, ')' | '”' | ']') {
                out.push(' ');
            }
            pending = false;
            out.push(c);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn squeeze_agrees_with_the_rule_by_characters(
            s in "[ a\u{1680}\u{1ea1}\u{a0}\u{85}\u{2003}\u{3000}\t\n()\\[\\]“”\u{15c}\u{1}x.]{0,40}"
        ) {
            proptest::prop_assert_eq!(squeeze(&s), squeeze_by_chars(&s));
        }
    }
}
