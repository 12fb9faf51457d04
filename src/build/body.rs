//! The body: the opening of a decision (authority line, `Căn cứ` lines, `QUYẾT ĐỊNH:`), then
//! paragraphs and labelled items, rebuilt into a tree; and the attachments after the
//! signature.
//!
//! Lines are first joined into *units*: a labelled line with its wrapped continuation, or a
//! paragraph of wrapped lines. Hard-wrapped text (pdftotext, OCR) is joined back when a line
//! does not end a sentence and is near the usual line width, or when the next line starts in
//! lower case. Units are then nested by the shape of their labels: a label shape seen before
//! closes the items opened after it, a new shape opens a deeper level.

use std::collections::HashSet;

use super::zones::{Plan, Zone};
use super::{squeeze, Ctx};
use crate::grammar::Rule;
use crate::lexicon;
use crate::lines::LineKind;
use crate::model::*;
use crate::span::Span;

/// One paragraph-sized unit of the body.
#[derive(Debug)]
struct Unit {
    label: Option<(LabelKind, Span)>,
    lines: Vec<usize>,
}

/// Builds the body.
pub(super) fn build(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
    let lines = plan.lines_in(Zone::Body);
    let body = &mut doc.body;
    body.authority = ctx.lead_authority.take();
    let mut rest = opening(ctx, &lines, body, doc.doc_type.stated);
    body.preamble.append(&mut ctx.lead_paragraphs);
    let width = typical_width(ctx, &lines);
    let mut numbers = NumberLabels::default();
    rest.retain(|&i| {
        if is_page_furniture(ctx, i) || numbers.repeated_page_number(ctx, i) {
            return false;
        }
        numbers.note(ctx, i);
        true
    });
    let units = units(ctx, &rest, width);
    for u in &units {
        for &i in &u.lines {
            ctx.use_line(i);
        }
    }
    tree(ctx, units, &mut doc.body);
    doc.body.end_mark = lines.iter().any(|&i| super::has_end_mark(ctx.line_key(i)));
    if let (Some(first), Some(last)) = (
        doc.body.preamble.first().map(|p| p.span),
        doc.body.closing.last().map(|p| p.span),
    ) {
        ctx.spans.insert("body".into(), first.cover(last));
    }
}

/// The opening of a decision or resolution: authority line, basis lines, formula.
/// Returns the lines left for the main body.
fn opening(ctx: &mut Ctx<'_>, lines: &[usize], body: &mut Body, typed: bool) -> Vec<usize> {
    let mut k = 0;
    // The authority: capitals before the basis lines of a typed document, on up to three
    // lines (a wrapped name; an HĐND's term and session, `KHÓA VIII, KỲ HỌP THỨ 23`).
    let caps = |ctx: &Ctx<'_>, i: usize| ctx.lines[i].caps_only();
    let n = lines.iter().take(3).take_while(|&&i| caps(ctx, i)).count();
    let basis_next = lines
        .get(n)
        .is_some_and(|&j| matches!(ctx.lines[j].kind, LineKind::Basis | LineKind::Formula));
    if n > 0 && typed && basis_next && body.authority.is_none() {
        body.authority = Some(ctx.paragraph(&lines[..n]));
        for &i in &lines[..n] {
            ctx.use_line(i);
        }
        k = n;
    }
    // A consolidated text's note of what it consolidates (`Nghị định số 126/2020/NĐ-CP ...
    // được sửa đổi, bổ sung bởi:` and the amending texts) before its basis lines: a few
    // paragraphs of text, kept ahead of the body's other paragraphs.
    let lead_end = match typed && k == 0 {
        true => lines
            .iter()
            .take(8)
            .position(|&i| ctx.lines[i].kind != LineKind::Text)
            .filter(|&j| j > 0 && ctx.lines[lines[j]].kind == LineKind::Basis)
            .unwrap_or(0),
        false => 0,
    };
    let lead = &lines[..lead_end];
    k += lead_end;
    // Basis lines, each with its wrapped continuation.
    let width = typical_width(ctx, lines);
    let mut seen_basis = false;
    while k < lines.len() {
        let i = lines[k];
        let kind = ctx.lines[i].kind;
        // A recital of purpose among the basis lines (`Để bảo quản tốt lương thực ...;`), as
        // older decrees print them: a basis line of its own.
        let recital = seen_basis && kind == LineKind::Text && {
            let key = ctx.line_key(i).trim_end();
            key.starts_with("De ") && key.ends_with(';')
        };
        if kind == LineKind::Basis || recital {
            let mut group = vec![i];
            while let Some(&j) = lines.get(k + group.len()) {
                let jk = ctx.lines[j].kind;
                let first = ctx.line_key(j).chars().next();
                let lower = first.is_some_and(|c| c.is_ascii_lowercase());
                // A wrap may also bring a citation's number or date, or a capitalized word,
                // to the start of a line (`... tại Tờ trình số` | `33/TTr-SLĐTBXH ngày
                // 16 ...`, which may then read as a header line; `... Ban Bí thư Trung
                // ương` | `Đảng “về ...`): the paragraph rule decides.
                let cut = matches!(jk, LineKind::Text | LineKind::Header)
                    && group.last().is_some_and(|&g| joins(ctx, g, j, width));
                if (jk == LineKind::Text && lower) || cut {
                    group.push(j);
                } else {
                    break;
                }
            }
            k += group.len();
            for &g in &group {
                ctx.use_line(g);
            }
            body.basis.push(ctx.paragraph(&group));
            seen_basis = true;
        } else if kind == LineKind::Formula {
            body.formula = Some(ctx.paragraph(&[i]));
            ctx.use_line(i);
            k += 1;
            break;
        } else if let Some(at) = (seen_basis && caps(ctx, i) && body.authority.is_none())
            .then(|| formula_after_authority(ctx, i))
            .flatten()
        {
            // `ỦY BAN KIỂM TRA HUYỆN ỦY QUYẾT ĐỊNH:`: the authority and the formula on one
            // line, as Party documents print them after their basis lines.
            let line = ctx.lines[i].span;
            let part = |ctx: &Ctx<'_>, s: Span| Paragraph {
                label: None,
                text: squeeze(&ctx.value(s)),
                span: ctx.input_span(s),
            };
            let end = line.start + ctx.key(Span::new(line.start, at)).trim_end().len();
            body.authority = Some(part(ctx, Span::new(line.start, end)));
            body.formula = Some(part(ctx, Span::new(at, line.end)));
            ctx.use_line(i);
            k += 1;
            break;
        } else {
            break;
        }
    }
    if !seen_basis && body.formula.is_none() {
        return lines.to_vec();
    }
    lead.iter().chain(&lines[k..]).copied().collect()
}

/// Where the enacting formula starts on a line of capitals that ends with it after its
/// authority (`ỦY BAN KIỂM TRA HUYỆN ỦY QUYẾT ĐỊNH:`), as a key offset. The formula is two
/// words; the grammar's `formula_line` decides whether the line's last two words are one.
fn formula_after_authority(ctx: &Ctx<'_>, i: usize) -> Option<usize> {
    let span = ctx.lines[i].span;
    let line = ctx.key(span);
    let words = line.trim_end().strip_suffix(':')?.trim_end();
    let second = words.rfind(' ')?;
    let first = words[..second].trim_end().rfind(' ')? + 1;
    let rest = &line[first..];
    (words[..first].trim().len() >= 4
        && crate::grammar::match_at_start(Rule::formula_line, rest) == Some(rest.len()))
    .then_some(span.start + first)
}

/// The usual length of a body line, for telling hard wraps from short lines.
fn typical_width(ctx: &Ctx<'_>, lines: &[usize]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .map(|&i| ctx.line_key(i).chars().count())
        .filter(|&n| n > 20)
        .collect();
    if lens.len() < 5 {
        return 80;
    }
    lens.sort_unstable();
    lens[lens.len() * 9 / 10].clamp(40, 400)
}

/// Page markers and page numbers: kept aside as unclassified lines. A bare number is a
/// page number when a page starts next to it, beside a page marker, or in the middle of a
/// sentence.
pub(super) fn is_page_furniture(ctx: &mut Ctx<'_>, i: usize) -> bool {
    let line = &ctx.lines[i];
    if line.kind == LineKind::PageMarker {
        ctx.kinds.insert(i, "page_marker");
        return true;
    }
    if !is_bare_number(ctx, i) {
        return false;
    }
    let [prev, next] = neighbours(ctx, i);
    let near_marker = [prev, next]
        .iter()
        .flatten()
        .any(|&j| ctx.lines[j].kind == LineKind::PageMarker);
    let mid_sentence = prev.is_some_and(|p| !ctx.line_key(p).trim_end().ends_with(':'))
        && next.is_some_and(|n| {
            ctx.line_key(n)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
        });
    // A page starts on its line, or on a line (blank or not) between it and the text
    // around it.
    let from = prev.map_or(0, |p| p + 1);
    let to = next.unwrap_or(ctx.lines.len() - 1);
    let page_edge = (from..=to).any(|j| ctx.lines[j].page_break);
    // A page number printed in the text of a page (pdftotext without its form feed): no
    // text of its own under it (a blank line, or a line with its own label), or printed far
    // to the right. (A label alone on its line right above its text is a label: web pages
    // print `1` | `- ...`.)
    let set_apart = ctx.lines.get(i + 1).is_some_and(|l| {
        l.kind == LineKind::Blank || l.label().is_some_and(|(k, _)| k == LabelKind::Number)
    }) || indent(ctx, i) >= 20;
    if page_edge || near_marker || mid_sentence || set_apart {
        ctx.kinds.insert(i, "page_number");
        return true;
    }
    false
}

/// Whether line `i` is a number alone (`2`, no mark after it).
fn is_bare_number(ctx: &Ctx<'_>, i: usize) -> bool {
    let line = &ctx.lines[i];
    matches!(line.label(), Some((LabelKind::Number, l)) if l == line.span)
        && ctx.line_key(i).bytes().all(|b| b.is_ascii_digit())
}

/// The number labels of the body so far, to tell a page number that lost both its form
/// feed and its indentation (text copied from a PDF viewer) from a label alone on its line.
#[derive(Default)]
struct NumberLabels {
    /// The last one's value.
    last: Option<u32>,
    /// Bit `n` set when `n` was a label's value (values under 64).
    used: u64,
}

impl NumberLabels {
    fn note(&mut self, ctx: &Ctx<'_>, i: usize) {
        match ctx.lines[i].label() {
            Some((LabelKind::Number, span)) => {
                if let Some(n) = ordinal_of(&ctx.value(span)) {
                    // `1` starts a list again (each article may have its own).
                    if n == 1 {
                        self.used = 0;
                    }
                    self.last = Some(n);
                    if n < 64 {
                        self.used |= 1 << n;
                    }
                }
            }
            // A unit above the numbers holds a list of its own.
            Some((
                LabelKind::Part
                | LabelKind::Chapter
                | LabelKind::Section
                | LabelKind::Subsection
                | LabelKind::Article
                | LabelKind::Roman,
                _,
            )) => *self = Self::default(),
            _ => {}
        }
    }

    /// A bare number that repeats an earlier label's value and does not follow the last
    /// one (`2` after `4.`) is a page number: no list goes back to a number it has used.
    fn repeated_page_number(&self, ctx: &mut Ctx<'_>, i: usize) -> bool {
        if !is_bare_number(ctx, i) {
            return false;
        }
        let Ok(n) = ctx.line_key(i).parse::<u32>() else {
            return false;
        };
        let repeated = n > 1 && n < 64 && self.used & (1 << n) != 0;
        let next = self.last.is_some_and(|m| m.checked_add(1) == Some(n));
        if repeated && !next {
            ctx.kinds.insert(i, "page_number");
            return true;
        }
        false
    }
}

/// The columns of indentation before line `i`'s content (bytes of the key: its spaces and
/// tabs are one byte each).
fn indent(ctx: &Ctx<'_>, i: usize) -> usize {
    let start = ctx.lines[i].span.start;
    let head = ctx.text.key().get(..start).unwrap_or("");
    start - head.rfind('\n').map_or(0, |n| n + 1)
}

/// The nearest non-blank lines before and after `i`.
fn neighbours(ctx: &Ctx<'_>, i: usize) -> [Option<usize>; 2] {
    let prev = (0..i).rev().find(|&j| ctx.lines[j].kind != LineKind::Blank);
    let next = (i + 1..ctx.lines.len()).find(|&j| ctx.lines[j].kind != LineKind::Blank);
    [prev, next]
}

/// What lies between two body lines.
#[derive(Clone, Copy, PartialEq)]
enum Gap {
    None,
    Blank,
    /// A page break, page number or page marker (with or without blank lines).
    Page,
}

fn gap(ctx: &Ctx<'_>, a: usize, b: usize) -> Gap {
    if ctx.lines[b].page_break {
        return Gap::Page;
    }
    let mut g = Gap::None;
    for j in a + 1..b {
        match ctx.lines[j].kind {
            LineKind::Blank => {
                if g == Gap::None {
                    g = Gap::Blank;
                }
            }
            _ => return Gap::Page,
        }
    }
    g
}

/// Joins lines into units, a `1` that OCR read as a letter put back (`one_read_as_a_letter`).
fn units(ctx: &Ctx<'_>, lines: &[usize], width: usize) -> Vec<Unit> {
    // The one-level numbers the lines are labelled with, for looking ahead in a list.
    let numbers: HashSet<u32> = (lines.iter())
        .filter_map(|&i| match ctx.lines[i].label() {
            Some((LabelKind::Number, sp)) => simple_number(ctx, sp),
            _ => None,
        })
        .collect();
    let (mut out, unclosed) = units_quoting(ctx, lines, width, &numbers, &Unclosed::default());
    if !unclosed.is_empty() {
        out = units_requoted(ctx, lines, width, &numbers, unclosed);
    }
    one_read_as_a_letter(ctx, &mut out);
    out
}

/// The units read again after a first reading left quotations open at the end.
fn units_requoted(
    ctx: &Ctx<'_>,
    lines: &[usize],
    width: usize,
    numbers: &HashSet<u32>,
    unclosed: Vec<QuoteAt>,
) -> Vec<Unit> {
    // A quotation still open at the body's end swallowed what follows it: read again. A
    // mark within a sentence (`... của “Quốc hội và ...`) was a stray one, OCR's reading of
    // a speck; one that opens a line or follows a colon opened a real quotation whose
    // closing mark was lost, which ends before the next label of the document's own
    // sequence (`Điều 3.` after `Điều 2.`).
    let (stray, lost) = unclosed
        .into_iter()
        .partition(|&(i, at)| opens_mid_sentence(ctx.text.value(ctx.lines[i].span), at));
    units_quoting(ctx, lines, width, numbers, &Unclosed { stray, lost }).0
}

/// Quotation marks that opened a quotation never closed (see `units`).
#[derive(Default)]
struct Unclosed {
    /// Stray marks, read as no quotation.
    stray: Vec<QuoteAt>,
    /// Quotations whose closing mark was lost.
    lost: Vec<QuoteAt>,
}

/// Whether the quotation mark at byte `at` of line text `s` stands within a sentence: after
/// a word on its line, not after a colon.
fn opens_mid_sentence(s: &str, at: usize) -> bool {
    let before = s.get(..at).unwrap_or("").trim_end();
    !before.is_empty() && !before.ends_with(':')
}

/// The units of the body's lines, with the quotation marks in `unclosed` read as it says;
/// also the marks that opened a quotation still open at the end.
fn units_quoting(
    ctx: &Ctx<'_>,
    lines: &[usize],
    width: usize,
    numbers: &HashSet<u32>,
    unclosed: &Unclosed,
) -> (Vec<Unit>, Vec<QuoteAt>) {
    let mut out: Vec<Unit> = Vec::new();
    let mut quotes = Quotes::default();
    // The numbers of the last article and the last one-level number label read, kept as
    // the units are made (a scan back per label would be quadratic on a long body).
    let mut last_article: Option<u32> = None;
    let mut last_number: Option<u32> = None;
    // And of the last two-level number label (`2.2.`).
    let mut last_sub: Option<(u32, u32)> = None;
    for &i in lines {
        let line = &ctx.lines[i];
        // A quotation whose closing mark was lost ends before the document's next own
        // article or number.
        if quotes.open() && !unclosed.lost.is_empty() {
            let own_next = line.label().is_some_and(|(k, sp)| match k {
                LabelKind::Article => article_number(ctx, sp)
                    .is_some_and(|n| last_article.is_some_and(|m| n == m + 1)),
                LabelKind::Number => {
                    simple_number(ctx, sp).is_some_and(|n| last_number.is_some_and(|m| n == m + 1))
                }
                LabelKind::SubNumber => sub_number(ctx, sp)
                    .is_some_and(|(a, b)| last_sub.is_some_and(|(c, d)| a == c && b == d + 1)),
                _ => false,
            });
            if own_next {
                quotes.close(&unclosed.lost);
            }
        }
        let quoted = quotes.open();
        let label = match quoted {
            true => {
                if line.label().is_some() {
                    quotes.swallowed();
                }
                None
            }
            false => line.label(),
        };
        let label = label.filter(|(k, _)| !(line.kind == LineKind::Item && is_bare_heading(*k)));
        let cut_above = label.and_then(|l| article_cut_above(ctx, &out, i, l, last_article));
        let label = match cut_above {
            Some(a) => {
                // The `Điều` line leaves the paragraph it was joined to, or its own unit.
                if let Some(u) = out.last_mut() {
                    u.lines.pop();
                    if u.lines.is_empty() {
                        out.pop();
                    }
                }
                label.map(|(_, sp)| {
                    (
                        LabelKind::Article,
                        Span::new(ctx.lines[a].span.start, sp.end),
                    )
                })
            }
            None => label,
        };
        // `Điều 1` or `2` without its dot, after a line cut in mid-sentence, is a reference
        // the hard wrap brought to the start of a line (`... theo quy định tại` / `Điều 1
        // Nghị quyết này`), not a label.
        // So is `Điều 1.` after a line that ends in a word a sentence cannot end with
        // (`... nói ở` / `Điều 1.`), when it numbers no article after the last one.
        let label = label.filter(|&(k, sp)| {
            // A comma for the label's dot (OCR's) only where the label numbers the next
            // article or item: `Điều 5, Điều 6 của Luật` wrapped to a line's start is a
            // reference.
            if ctx.key(sp).ends_with(',') {
                let (n, last) = match k {
                    LabelKind::Article => (article_number(ctx, sp), last_article),
                    _ => (simple_number(ctx, sp), last_number),
                };
                if n != Some(last.map_or(1, |m| m + 1)) {
                    return false;
                }
            }
            // The body's first number label, numbering a clause far into a list that does
            // not go on (`6.` with no number label before it and no `7.` after it, under
            // `... quy định về quyền hạn:` | `..3. Kiểm tra ...`), is a quoted clause whose
            // quotation marks OCR lost. (A list whose first numbers OCR lost goes on.)
            if k == LabelKind::Number && last_number.is_none() && last_article.is_none() {
                let far = simple_number(ctx, sp).filter(|&n| n >= 3);
                if far.is_some_and(|n| !numbers.contains(&(n + 1))) {
                    return false;
                }
            }
            let weak = matches!(k, LabelKind::Article | LabelKind::Number)
                && ctx.key(sp).ends_with(|c: char| c.is_ascii_digit());
            let Some(&a) = out.last().and_then(|u| u.lines.last()) else {
                return true;
            };
            if is_terminal(ctx, a) {
                return true;
            }
            let cut = ends_mid_phrase(ctx, a);
            // Only after such a word is the last article looked for (a scan back).
            let backwards = || {
                k == LabelKind::Article
                    && article_number(ctx, sp).is_some_and(|n| last_article.is_some_and(|m| n <= m))
            };
            // A number alone on its line (`3.`) after a line cut before a number (`... chậm
            // nhất ngày 20 tháng` / `3.`) is the number the wrap moved, ending a sentence.
            let moved_number = k == LabelKind::Number
                && ctx.key(Span::new(sp.end, line.span.end)).trim().is_empty()
                && (cut || ends_before_number(ctx, a));
            // So is a number out of step with the list (`... bị nhắc nhở là` / `7. Công
            // tác ...` after item 1): a sentence's figure that a short-cut line moved.
            let out_of_step = || {
                k == LabelKind::Number
                    && simple_number(ctx, sp)
                        .is_some_and(|n| n != 1 && last_number.is_some_and(|m| n != m + 1))
            };
            // A label without its dot after a comma (`... các Khoản 1, 2 và 3,` / `Điều 5 của
            // Nghị định này;`), or one that numbers no article after the last, is a reference
            // too, however the text was wrapped.
            let after_comma = || ctx.line_key(a).trim_end().ends_with(',');
            !((weak && (cut || after_comma() || backwards() || joins(ctx, a, i, width)))
                || (cut && (backwards() || out_of_step()))
                || moved_number)
        });
        let joins = match out.last() {
            Some(u) if label.is_none() => {
                let a = *u.lines.last().unwrap_or(&i);
                joins(ctx, a, i, width) || quoted
            }
            _ => false,
        };
        if joins {
            if let Some(u) = out.last_mut() {
                u.lines.push(i);
            }
        } else {
            match label {
                Some((LabelKind::Article, sp)) => {
                    last_article = article_number(ctx, sp).or(last_article);
                }
                Some((LabelKind::Number, sp)) => {
                    last_number = simple_number(ctx, sp).or(last_number);
                }
                Some((LabelKind::SubNumber, sp)) => {
                    last_sub = sub_number(ctx, sp).or(last_sub);
                }
                _ => {}
            }
            out.push(Unit {
                label,
                lines: cut_above.into_iter().chain([i]).collect(),
            });
        }
        quotes.read(i, ctx.text.value(line.span), &unclosed.stray);
    }
    (out, quotes.unclosed())
}

/// `Điều` alone on the line right above line `i`, whose number label (`1.`) numbers the
/// next article: a narrow column's wrap cut the article's label after its word (`Điều` |
/// `1. Thành lập ...`). Gives that line, the last of the units read so far; the two make
/// one article label.
fn article_cut_above(
    ctx: &Ctx<'_>,
    out: &[Unit],
    i: usize,
    (kind, sp): (LabelKind, Span),
    last_article: Option<u32>,
) -> Option<usize> {
    let a = *out.last()?.lines.last()?;
    let n = simple_number(ctx, sp)?;
    (kind == LabelKind::Number
        && a + 1 == i
        && ctx.line_key(a).trim().eq_ignore_ascii_case("dieu")
        && n == last_article.map_or(1, |m| m + 1)
        && out
            .last()
            .is_some_and(|u| u.label.is_none() || u.lines.len() > 1))
    .then_some(a)
}

/// Where a quotation mark stands: its line, and its byte in the line's text.
type QuoteAt = (usize, usize);

/// Which quotations are open after the lines read so far: curly quotes nest, a straight
/// quote closes the one it opened (so `... phương châm "` | `bốn tại chỗ".` opens and
/// closes one quotation), or a curly one where it stands as a closing mark does (`“Chứng
/// từ (HQ nhập)" trên`, `... theo quy định."Điều 3.`: typists mix the two).
#[derive(Default)]
struct Quotes {
    /// The opening marks of the curly quotations open, innermost last.
    curly: Vec<QuoteAt>,
    /// How many of `curly`, from the outermost, were open when a label was read as quoted
    /// (kept as a count, not a flag per mark, so that marking them costs nothing: every
    /// mark below it stayed open since, as only the innermost ones close).
    curly_swallowed: usize,
    /// The straight quotation open, and whether a label was read as quoted under it.
    straight: Option<(QuoteAt, bool)>,
}

impl Quotes {
    fn open(&self) -> bool {
        !self.curly.is_empty() || self.straight.is_some()
    }

    /// A label was read as quoted under the quotations open now.
    fn swallowed(&mut self) {
        self.curly_swallowed = self.curly.len();
        if let Some(s) = self.straight.as_mut() {
            s.1 = true;
        }
    }

    /// Closes the innermost curly quotation.
    fn pop(&mut self) {
        self.curly.pop();
        self.curly_swallowed = self.curly_swallowed.min(self.curly.len());
    }

    /// The opening marks of the quotations still open that quote a label (the others only
    /// join lines into a paragraph, which a second reading would not change much), in the
    /// order of the text.
    fn unclosed(mut self) -> Vec<QuoteAt> {
        self.curly.truncate(self.curly_swallowed);
        let mut out = self.curly;
        out.extend(
            self.straight
                .and_then(|(at, swallowed)| swallowed.then_some(at)),
        );
        out.sort_unstable();
        out
    }

    /// Closes the innermost quotations while they were opened by marks in `marks` (sorted).
    fn close(&mut self, marks: &[QuoteAt]) {
        while self
            .curly
            .last()
            .is_some_and(|m| marks.binary_search(m).is_ok())
        {
            self.pop();
        }
        self.straight = self
            .straight
            .filter(|(m, _)| marks.binary_search(m).is_err());
    }

    /// Reads line `line`'s text `s`, skipping the opening marks in `ignore` (sorted).
    fn read(&mut self, line: usize, s: &str, ignore: &[QuoteAt]) {
        let skipped = |at: &QuoteAt| ignore.binary_search(at).is_ok();
        let bytes = s.as_bytes();
        let mut from = 0;
        // Where the body's end mark stands on the line, looked for at the first closing mark.
        let mut end_mark: Option<Option<usize>> = None;
        // Every line of the body passes here: only `"` and the characters led by 0xC2
        // (`«`, `»`) or 0xE2 (`“`, `”`) are looked at.
        while let Some(p) = bytes
            .get(from..)
            .and_then(|rest| memchr::memchr3(b'"', 0xC2, 0xE2, rest))
        {
            let at = from + p;
            let Some(c) = s.get(at..).and_then(|t| t.chars().next()) else {
                from = at + 1;
                continue;
            };
            from = at + c.len_utf8();
            let next = s.get(from..).and_then(|t| t.chars().next());
            let prev = s[..at].chars().next_back();
            // An opening mark before punctuation or the line's end was typed for a closing
            // one (`... trong tình hình mới “;`): nothing is quoted after it. Alone on its
            // line, it opens the quotation printed below it.
            let alone = next.is_none() && s[..at].trim().is_empty();
            let closes = next.is_none_or(is_closing_punct) && !alone;
            // A straight mark after a word or a stop, before a space, a stop or the line's
            // end, stands as a closing mark.
            let closing_shape = prev.is_some_and(|p| !p.is_whitespace())
                && (next.is_none_or(|n| n.is_whitespace() || is_closing_punct(n))
                    || prev.is_some_and(is_closing_punct));
            let here = (line, at);
            match c {
                '“' | '«' if closes => self.pop(),
                '“' | '«' if !skipped(&here) => self.curly.push(here),
                // A closing mark after the body's end mark (`thực hiện./.A+z”`) is a scan's
                // dust, not the end of a quotation: the document's end mark is never quoted.
                '”' | '»'
                    if end_mark
                        .get_or_insert_with(|| memchr::memmem::find(bytes, b"./."))
                        .is_some_and(|e| e < at) => {}
                '”' | '»' => self.pop(),
                '"' if self.straight.is_some() => self.straight = None,
                '"' if closing_shape && !self.curly.is_empty() => self.pop(),
                '"' if !skipped(&here) => self.straight = Some((here, false)),
                _ => {}
            }
        }
        // A quotation opened after a word of this line (a title quoted in a sentence:
        // `Chỉ thị số 37-CT/TW “về ...`) and still open where the line ends a sentence or
        // an entry lost its closing mark: it ends with the line. Left open, it would swallow
        // the items below it up to a stray closing mark far down.
        if s.trim_end().ends_with([';', '.']) {
            while self
                .curly
                .last()
                .is_some_and(|&(l, at)| l == line && opens_mid_sentence(s, at))
            {
                self.pop();
            }
        }
    }
}

/// Punctuation that may follow a closing quotation mark.
fn is_closing_punct(c: char) -> bool {
    matches!(c, ';' | '.' | ',' | ':' | '!' | '?' | ')' | '…')
}

/// Labels that never stand alone as a line's only content (none today; kept as the place to
/// add one).
fn is_bare_heading(_kind: LabelKind) -> bool {
    false
}

/// Whether line `a` ends in a word that leaves its phrase open (`tại`, `của`, `theo`, `ở`):
/// a line cut in mid-sentence, whatever its length.
fn ends_mid_phrase(ctx: &Ctx<'_>, a: usize) -> bool {
    ends_in_word(
        ctx,
        a,
        &[
            "tại", "của", "theo", "ở", "và", "các", "với", "cho", "từ", "đến", "bởi", "là",
        ],
    )
}

/// Whether line `a` ends in a word a number follows (`ngày 20 tháng`, `theo Điều`, `năm`):
/// a line cut before its number.
fn ends_before_number(ctx: &Ctx<'_>, a: usize) -> bool {
    ends_in_word(
        ctx,
        a,
        &[
            "ngày", "tháng", "năm", "số", "Điều", "khoản", "điểm", "Mục", "mục", "quý", "lần",
        ],
    )
}

/// Whether line `a`'s last word is one of `words`. Read with its marks: folded, `tử` and
/// `tài` would be `từ` and `tại`.
fn ends_in_word(ctx: &Ctx<'_>, a: usize, words: &[&str]) -> bool {
    let text = ctx.text.value(ctx.lines[a].span);
    let last = text.trim_end().rsplit(' ').next().unwrap_or("");
    words.contains(&last)
}

/// The number of an article's label (`Điều 12.` gives 12).
fn article_number(ctx: &Ctx<'_>, label: Span) -> Option<u32> {
    let digits: String = ctx
        .key(label)
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The number of a one-level number label (`7.`, `7)`; not `1.2.`).
fn simple_number(ctx: &Ctx<'_>, label: Span) -> Option<u32> {
    let key = ctx.key(label).trim();
    let digits = key.bytes().take_while(u8::is_ascii_digit).count();
    matches!(&key[digits..], "." | ")" | ",")
        .then(|| key[..digits].parse().ok())
        .flatten()
}

/// The numbers of a two-level number label (`2.3.` gives (2, 3); not `2.` nor `1.2.3.`).
fn sub_number(ctx: &Ctx<'_>, label: Span) -> Option<(u32, u32)> {
    let key = ctx.key(label).trim().strip_suffix('.')?;
    let (a, b) = key.split_once('.')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// Whether line `a` ends a sentence, an entry or a lead-in (`.`, `;`, `:`, ...).
fn is_terminal(ctx: &Ctx<'_>, a: usize) -> bool {
    ctx.line_key(a)
        .trim_end()
        .ends_with(['.', ';', ':', '!', '?'])
}

/// Whether line `b` continues the paragraph that line `a` is in.
fn joins(ctx: &Ctx<'_>, a: usize, b: usize, width: usize) -> bool {
    let ak = ctx.line_key(a).trim_end();
    let bk = ctx.line_key(b).trim_start();
    let b_lower = bk
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '(');
    let a_terminal = is_terminal(ctx, a);
    match gap(ctx, a, b) {
        Gap::Blank => b_lower && !a_terminal,
        Gap::None | Gap::Page => {
            if b_lower {
                !ak.ends_with("./.")
            } else {
                !a_terminal && ak.chars().count() * 10 >= width * 6
            }
        }
    }
}

/// A level of the item stack: the label shape and the path to the item.
struct Open {
    kind: LabelKind,
    ordinal: Option<u32>,
    /// Closed by a parenthesis (`1)`, `a)`), not a dot or slash: another list's shape.
    paren: bool,
}

/// Nests the units into items, divisions, preamble and closing paragraphs.
/// The deepest an item may nest. Real documents use six or seven levels (`I.`, `1.`, `1.1.`,
/// `a)`, `-`, `+`); a list that restarts at 1 nests one deeper, so without a bound a text of
/// many `1.` lines would nest as deep as it is long, and dropping or serializing the tree
/// would overflow the stack.
const MAX_DEPTH: usize = 16;

fn tree(ctx: &mut Ctx<'_>, units: Vec<Unit>, body: &mut Body) {
    let mut stack: Vec<Open> = Vec::new();
    // Items are built in a flat arena and nested at the end. Sized for every labelled unit
    // that is not a division (a bullet outside any item becomes a paragraph instead).
    let labelled = units
        .iter()
        .filter(|u| u.label.is_some_and(|(kind, _)| !is_division(kind)))
        .count();
    let mut arena = Arena::with_capacity(labelled);
    let mut path: Vec<usize> = Vec::new();
    let last_unlabelled = units.iter().rposition(|u| u.label.is_none());
    let mut pending_division: Option<usize> = None;
    // Top-level items so far (a division records the range of them it holds).
    let mut tops = 0usize;
    for (ui, u) in units.into_iter().enumerate() {
        let text_span = unit_text_span(ctx, &u);
        match u.label {
            Some((kind, label_span)) if is_division(kind) => {
                let heading = text_span
                    .map(|s| squeeze(&ctx.value(s)))
                    .filter(|s| !s.is_empty());
                body.divisions.push(Division {
                    kind,
                    label: ctx.value(label_span),
                    heading,
                    items: [tops, tops],
                    span: ctx.cover(&u.lines),
                });
                pending_division = Some(body.divisions.len() - 1);
                stack.clear();
                path.clear();
            }
            Some((kind, _)) if stack.is_empty() && is_bullet(kind) => {
                let mut p = paragraph_of(ctx, &u);
                p.label = u.label.map(|(_, l)| ctx.value(l));
                let key = unit_span(ctx, &u);
                attach_loose(
                    ctx,
                    body,
                    &mut arena,
                    &path,
                    (p, key),
                    ui == last_unlabelled.unwrap_or(usize::MAX),
                );
            }
            Some((kind, label_span)) => {
                // Squeezed: a label cut over two lines (`Điều` | `1.`) is printed as one.
                let label = squeeze(&ctx.value(label_span));
                let ordinal = ordinal_of(&label);
                let paren = label.trim_end().ends_with(')');
                // Find the level this shape was opened at; a list restarting at 1 nests. A
                // list closed by parentheses (`1)` under `2.`) is a shape of its own, so
                // that `3.` after it goes back up; a number that goes on from another
                // shape's (`2)` after `1.`, a typist's slip) is that shape's.
                let found = stack
                    .iter()
                    .rposition(|o| o.kind == kind && o.paren == paren)
                    .or_else(|| {
                        (ordinal != Some(1))
                            .then(|| stack.iter().rposition(|o| o.kind == kind))
                            .flatten()
                    });
                let level = match found {
                    Some(p)
                        if !(ordinal == Some(1)
                            && stack[p].ordinal.is_some_and(|o| o >= 1)
                            && p + 1 == stack.len()
                            && !is_bullet(kind)
                            && stack.len() < MAX_DEPTH) =>
                    {
                        p
                    }
                    _ => stack.len().min(MAX_DEPTH - 1),
                };
                stack.truncate(level);
                path.truncate(level);
                stack.push(Open {
                    kind,
                    ordinal,
                    paren,
                });
                let parent = path.last().copied();
                let item = Item {
                    label,
                    kind,
                    level: (level + 1) as u32,
                    heading: None,
                    text: text_span
                        .map(|s| squeeze(&ctx.value(s)))
                        .unwrap_or_default(),
                    children: Vec::new(),
                    deadlines: Vec::new(),
                    assignees: Vec::new(),
                    span: ctx.cover(&u.lines),
                };
                path.push(arena.push(parent, item, text_span.into_iter().collect()));
                if parent.is_none() {
                    tops += 1;
                }
                if let Some(d) = pending_division {
                    body.divisions[d].items[1] = tops;
                }
            }
            None => {
                // A division's title printed on the line below its label.
                if let Some(d) = pending_division {
                    if body.divisions[d].heading.is_none() && stack.is_empty() {
                        body.divisions[d].heading = Some(squeeze(&join_unit(ctx, &u)));
                        body.divisions[d].span = body.divisions[d].span.cover(ctx.cover(&u.lines));
                        continue;
                    }
                }
                let p = paragraph_of(ctx, &u);
                let key = unit_span(ctx, &u);
                attach_loose(
                    ctx,
                    body,
                    &mut arena,
                    &path,
                    (p, key),
                    Some(ui) == last_unlabelled,
                );
            }
        }
        if let Some(d) = pending_division {
            body.divisions[d].items[1] = tops;
        }
    }
    let children = arena.child_counts();
    headings(&mut arena.items, &children);
    for (item, pieces) in arena.items.iter_mut().zip(&arena.pieces) {
        item.deadlines = crate::extract::deadlines::find(ctx.text, pieces);
        item.assignees = crate::extract::assignees::find(ctx.text, pieces);
    }
    body.items = nest(arena, &children);
}

/// The items while the tree is built, in the order they open, with each one's parent and
/// the key spans of its own text (for extraction). Kept side by side rather than as one
/// record per item, so that nesting turns the items into the tree in their own storage: a
/// text of many short items (`a)` lines) holds about 200 bytes per item, against its few
/// bytes of input, and would otherwise hold them two or three times over at its peak.
struct Arena {
    items: Vec<Item>,
    parents: Vec<Option<usize>>,
    pieces: Vec<Vec<Span>>,
}

impl Arena {
    fn with_capacity(n: usize) -> Self {
        Arena {
            items: Vec::with_capacity(n),
            parents: Vec::with_capacity(n),
            pieces: Vec::with_capacity(n),
        }
    }

    /// Adds an item; returns its index.
    fn push(&mut self, parent: Option<usize>, item: Item, pieces: Vec<Span>) -> usize {
        self.items.push(item);
        self.parents.push(parent);
        self.pieces.push(pieces);
        self.items.len() - 1
    }

    /// How many children each item has.
    fn child_counts(&self) -> Vec<usize> {
        let mut children = vec![0usize; self.items.len()];
        for &p in self.parents.iter().flatten() {
            children[p] += 1;
        }
        children
    }
}

/// The key span of a whole unit.
fn unit_span(ctx: &Ctx<'_>, u: &Unit) -> Span {
    let first = u
        .lines
        .first()
        .map(|&i| ctx.lines[i].span)
        .unwrap_or_default();
    let last = u
        .lines
        .last()
        .map(|&i| ctx.lines[i].span)
        .unwrap_or_default();
    first.cover(last)
}

/// The text of a unit after its label.
fn unit_text_span(ctx: &Ctx<'_>, u: &Unit) -> Option<Span> {
    let first = ctx.lines[*u.lines.first()?].span;
    let last = ctx.lines[*u.lines.last()?].span;
    let start = u.label.map_or(first.start, |(_, l)| l.end);
    let s = Span::new(start, last.end.max(start));
    (!ctx.key(s).trim().is_empty()).then_some(s)
}

/// The unit's lines joined with spaces.
fn join_unit(ctx: &Ctx<'_>, u: &Unit) -> String {
    super::join_lines(u.lines.iter().map(|&i| ctx.line_value(i)))
}

fn paragraph_of(ctx: &Ctx<'_>, u: &Unit) -> Paragraph {
    let text = match u.label {
        Some(_) => unit_text_span(ctx, u)
            .map(|s| join_span_lines(ctx, s))
            .unwrap_or_default(),
        None => squeeze(&join_unit(ctx, u)),
    };
    Paragraph {
        label: None,
        text,
        span: ctx.cover(&u.lines),
    }
}

/// The value of a span that crosses lines, lines joined with spaces.
fn join_span_lines(ctx: &Ctx<'_>, s: Span) -> String {
    // `squeeze` joins the lines: a line break is a space to it.
    squeeze(&ctx.value(s))
}

/// A paragraph without a label: before any item it is preamble; the last paragraph of the
/// body is its closing when it ends the body (`./.`), opens like one (`Trên đây là ...`) or
/// speaks of the document itself (`... thi hành Chỉ thị này.`) — except under an article
/// (`Điều`), whose later paragraphs are still the article's (the execution clause of a
/// decision lives in its last article); otherwise it continues the innermost open item
/// that is not a bullet.
fn attach_loose(
    ctx: &Ctx<'_>,
    body: &mut Body,
    arena: &mut Arena,
    path: &[usize],
    (p, key): (Paragraph, Span),
    last: bool,
) {
    let closes = || {
        let folded = ctx.key(key);
        super::has_end_mark(folded)
            || lexicon::CLOSING_OPENERS
                .iter()
                .any(|o| folded.trim_start().starts_with(o))
            || lexicon::speaks_of_itself(folded)
    };
    let under_article = path
        .first()
        .is_some_and(|&a| arena.items[a].kind == LabelKind::Article);
    if last && !under_article && (!path.is_empty() || !body.preamble.is_empty()) && closes() {
        body.closing.push(p);
        return;
    }
    let target = path
        .iter()
        .rev()
        .copied()
        .find(|&a| !is_bullet(arena.items[a].kind));
    match target {
        Some(a) => {
            let item = &mut arena.items[a];
            if !item.text.is_empty() {
                item.text.push('\n');
            }
            if let Some(l) = &p.label {
                item.text.push_str(l);
                item.text.push(' ');
            }
            item.text.push_str(&p.text);
            item.span = item.span.cover(p.span);
            arena.pieces[a].push(key);
        }
        None if path.is_empty() => body.preamble.push(p),
        None => body.closing.push(p),
    }
}

/// A title on the label's own line becomes the heading when more text follows.
fn headings(items: &mut [Item], children: &[usize]) {
    for (idx, item) in items.iter_mut().enumerate() {
        let (first, rest) = match item.text.split_once('\n') {
            Some((f, r)) => (f, Some(r)),
            None => (item.text.as_str(), None),
        };
        let short = !first.is_empty()
            && first.chars().count() <= 160
            && !first.trim_end().ends_with(['.', ';', ':', ',']);
        // Copies only for an item that gets a heading.
        if short && (rest.is_some() || children[idx] > 0) {
            let (first, rest) = (first.to_owned(), rest.unwrap_or_default().to_owned());
            item.heading = Some(first);
            item.text = rest;
        }
    }
}

/// Turns the arena into the tree, in the items' own storage: each list of children, and
/// the top-level list, is allocated at its final size.
fn nest(arena: Arena, children: &[usize]) -> Vec<Item> {
    let Arena {
        items,
        parents,
        pieces,
    } = arena;
    // The text spans are done with (extraction ran): freed before the tree is built.
    drop(pieces);
    let n = items.len();
    let tops = n - children.iter().sum::<usize>();
    // `Option<Item>` is the size of `Item`, so this reuses the items' allocation.
    let mut items: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    // Children come after their parent: attach from the last to the first, so each list
    // is gathered backwards and turned round once its parent is reached.
    for idx in (0..n).rev() {
        if let Some(Some(item)) = items.get_mut(idx) {
            item.children.reverse();
        }
        if let Some(p) = parents[idx] {
            if let Some(child) = items[idx].take() {
                if let Some(Some(parent)) = items.get_mut(p) {
                    parent.span = parent.span.cover(child.span);
                    if parent.children.capacity() == 0 {
                        parent.children.reserve_exact(children[p]);
                    }
                    parent.children.push(child);
                }
            }
        }
    }
    let mut top = Vec::with_capacity(tops);
    top.extend(items.into_iter().flatten());
    top
}

/// Whether a label opens a division (`Phần`, `Chương`, `Mục`, `Tiểu mục`) rather than an item.
pub(super) fn is_division(k: LabelKind) -> bool {
    matches!(
        k,
        LabelKind::Part | LabelKind::Chapter | LabelKind::Section | LabelKind::Subsection
    )
}

/// OCR reads the digit 1 as `l` or `I`: a label `l.` or `I.` (or with `)`) that no label
/// of its own kind precedes, whose next label is `2.` (with the same mark) and, for `I.`,
/// that heads text in normal case (a Roman section's title is in capitals) and that no
/// Roman label follows (`II.`: then it is the first of them) is the number 1, and the
/// numbered items after it are its siblings, not its children.
fn one_read_as_a_letter(ctx: &Ctx<'_>, units: &mut [Unit]) {
    let labels: Vec<Option<(LabelKind, Span)>> = units
        .iter()
        .map(|u| u.label.filter(|&(k, _)| !is_bullet(k)))
        .collect();
    let kind_at = |i: usize| labels[i].map(|(k, _)| k);
    let last_roman = (0..labels.len()).rfind(|&i| kind_at(i) == Some(LabelKind::Roman));
    // Only the first label of each kind can be such a 1 (one pass each, however many labels).
    for kind in [LabelKind::Letter, LabelKind::Roman] {
        let Some((i, span)) = labels
            .iter()
            .enumerate()
            .find_map(|(i, l)| l.filter(|&(k, _)| k == kind).map(|(_, s)| (i, s)))
        else {
            continue;
        };
        let label = ctx.value(span);
        let Some(mark) = label.strip_prefix(['l', 'I']).map(str::trim) else {
            continue;
        };
        let roman_follows = kind == LabelKind::Roman
            && (last_roman.is_some_and(|r| r > i)
                || !unit_text_span(ctx, &units[i])
                    .is_some_and(|t| ctx.key(t).bytes().any(|b| b.is_ascii_lowercase())));
        let next = labels[i + 1..].iter().flatten().next();
        let two_follows = next.is_some_and(|&(k, s)| {
            k == LabelKind::Number && ctx.value(s).trim() == format!("2{mark}")
        });
        if !roman_follows && two_follows && matches!(mark, "." | ")") {
            units[i].label = Some((LabelKind::Number, span));
        }
    }
}

fn is_bullet(k: LabelKind) -> bool {
    matches!(k, LabelKind::Dash | LabelKind::Plus | LabelKind::Star)
}

/// The number of a label (`12.` → 12, `IV.` → 4, `(iv)` → 4, `c)` → 3).
fn ordinal_of(label: &str) -> Option<u32> {
    let core: String = label.chars().filter(|c| c.is_alphanumeric()).collect();
    let core = core
        .strip_prefix("Điều")
        .or_else(|| core.strip_prefix("Dieu"))
        .unwrap_or(&core);
    if let Ok(n) = core.split('.').next().unwrap_or("").parse::<u32>() {
        return Some(n);
    }
    let digits: String = core.chars().take_while(char::is_ascii_digit).collect();
    if let Ok(n) = digits.parse() {
        return Some(n);
    }
    let roman = |c: char| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        _ => None,
    };
    // A Roman numeral in small letters (`ii`, `iv`); a single `i` is the letter.
    let small_roman = core.len() >= 2 && core.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    // After a first `I`, a small `l` is OCR's `I` (`Il.`, the grammar's `roman_numeral`).
    let ocr_l = !small_roman && core.len() >= 2 && core.starts_with('I') && core.contains('l');
    let upper;
    let core = match (small_roman, ocr_l) {
        (true, _) => {
            upper = core.to_ascii_uppercase();
            upper.as_str()
        }
        (_, true) => {
            upper = core.replace('l', "I");
            upper.as_str()
        }
        _ => core,
    };
    let vals: Option<Vec<u32>> = core.chars().map(roman).collect();
    if let Some(v) = vals.filter(|v| !v.is_empty()) {
        let mut total = 0i32;
        for (k, &x) in v.iter().enumerate() {
            if v.get(k + 1).is_some_and(|&y| y > x) {
                total -= x as i32;
            } else {
                total += x as i32;
            }
        }
        return u32::try_from(total).ok();
    }
    let mut chars = core.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_lowercase() => {
            // The legal alphabet: a b c d đ e g h i k l m n o p q r s t u v x y.
            const ALPHA: &str = "abcdđeghiklmnopqrstuvxy";
            ALPHA.chars().position(|a| a == c).map(|p| p as u32 + 1)
        }
        _ => None,
    }
}

/// The numbered structure of an attachment's lines, built as the body's is: an attached
/// regulation's chapters and articles, an attached plan's sections and tasks.
fn attachment_items(ctx: &mut Ctx<'_>, lines: &[usize], att: &mut Attachment) {
    let labelled = lines.iter().any(|&i| ctx.lines[i].label().is_some());
    if !labelled {
        return;
    }
    let width = typical_width(ctx, lines);
    let units = units(ctx, lines, width);
    let mut body = Body::default();
    tree(ctx, units, &mut body);
    att.divisions = body.divisions;
    att.items = body.items;
}

/// Builds the attachments printed after the signature.
pub(super) fn build_attachments(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
    let mut pending = ctx.pending_attachment_title.take();
    for group in plan.groups(false) {
        let lines: Vec<usize> = group
            .into_iter()
            .filter(|&i| ctx.lines[i].kind != LineKind::Blank)
            .collect();
        let Some(&first) = lines.first() else {
            continue;
        };
        // A title printed on the signature line widens the attachment's span to it.
        let mut title_span = None;
        let (title, body_lines) = match pending.take() {
            Some((t, s)) => {
                title_span = Some(ctx.input_span(s));
                (Some(t), lines.as_slice())
            }
            None => {
                let l = &ctx.lines[first];
                let heading = l.kind == LineKind::Sig
                    || l.kind == LineKind::Header
                    || ctx
                        .line_key(first)
                        .trim_start()
                        .to_uppercase()
                        .starts_with("PHU LUC")
                    || ctx
                        .line_key(first)
                        .trim_start()
                        .to_uppercase()
                        .starts_with("BIEU SO");
                if heading {
                    (Some(ctx.line_value(first)), lines.as_slice())
                } else {
                    (None, lines.as_slice())
                }
            }
        };
        let cover = ctx.cover(&lines);
        let mut att = Attachment {
            title,
            span: title_span.map_or(cover, |t| t.cover(cover)),
            ..Attachment::default()
        };
        attachment_items(ctx, body_lines, &mut att);
        for &i in body_lines {
            let kind = match ctx.lines[i].kind {
                LineKind::Table => "table_row",
                LineKind::Item => "item",
                _ => "text",
            };
            att.lines.push(ctx.text_line(i, kind));
            ctx.use_line(i);
        }
        doc.attachments.push(att);
    }
    if let Some((t, s)) = pending {
        // The title stood on the signature line and nothing followed it.
        doc.attachments.push(Attachment {
            title: Some(t),
            span: ctx.input_span(s),
            ..Attachment::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::Quotes;

    fn after(lines: &[&str]) -> (usize, bool) {
        let mut q = Quotes::default();
        for (i, l) in lines.iter().enumerate() {
            q.read(i, l, &[]);
        }
        (q.curly.len(), q.straight.is_some())
    }

    #[test]
    fn quotes_open_and_close_across_lines() {
        assert_eq!(after(&["phương châm “bốn tại chỗ” và"]), (0, false));
        assert_eq!(after(&["phương châm “bốn", "tại chỗ”."]), (0, false));
        assert_eq!(after(&["phương châm “bốn tại chỗ"]), (1, false));
        assert_eq!(after(&["« a « b »"]), (1, false));
        assert_eq!(after(&["phương châm \"", "bốn tại chỗ\"."]), (0, false));
        assert_eq!(after(&["phương châm \"bốn tại chỗ"]), (0, true));
        // An opening mark before punctuation or at the line's end closes.
        assert_eq!(after(&["“a", "trong tình hình mới “;"]), (0, false));
        assert_eq!(after(&["“a", "mới “"]), (0, false));
        // Other characters led by the same bytes are not quotes: NBSP, `–`, `…`, `©`.
        assert_eq!(after(&["a\u{a0}b – c … ©"]), (0, false));
        // A straight mark where a closing one stands closes a curly quotation; one that
        // opens a word opens a quotation of its own.
        assert_eq!(after(&["chức năng “Chứng từ (HQ nhập)\" trên"]), (0, false));
        assert_eq!(after(&["“a", "theo quy định.\"Điều 3."]), (0, false));
        assert_eq!(after(&["“a \"b\" c"]), (1, false));
    }

    #[test]
    fn marks_read_as_no_quotation_are_skipped() {
        let mut q = Quotes::default();
        q.read(0, "của “Quốc hội", &[(0, "của ".len())]);
        assert!(!q.open());
        q.read(1, "“Trường hợp", &[]);
        q.swallowed();
        assert_eq!(q.unclosed(), [(1, 0)]);
    }
}
