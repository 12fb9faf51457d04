//! Scraped web pages: the chrome around the content (breadcrumb, title, posting date,
//! related news, footer), and for an article that reports a document, the document's type,
//! number and date taken from the report.

use super::zones::{Plan, Zone};
use super::Ctx;
use crate::diagnostic::Code;
use crate::lines::{LineKind, Seg};
use crate::model::*;
use crate::span::Span;

/// Related-news markers (the article ends where they begin).
fn is_related_marker(key: &str) -> bool {
    let k = key.trim_start().to_ascii_lowercase();
    [
        "tin lien quan",
        "tin khac",
        "cac tin khac",
        "tin cung chuyen muc",
        "bai viet lien quan",
    ]
    .iter()
    .any(|m| k.starts_with(m))
}

/// Marks the chrome of a web page and returns the range of lines the content occupies.
///
/// A page is a web *article* when it has a posting date or a related-news list and no header
/// of its own (national motto, Party header or `Số:` line); a page that carries a whole
/// document only has its chrome marked.
pub(super) fn mark_chrome(ctx: &Ctx<'_>, plan: &mut Plan) -> (usize, usize) {
    let lines = ctx.lines;
    let n = lines.len();
    let posted = lines.iter().position(|l| l.kind == LineKind::WebPosted);
    let related = lines
        .iter()
        .enumerate()
        .position(|(i, l)| l.kind == LineKind::WebMarker && is_related_marker(ctx.line_key(i)));
    if posted.is_none() && related.is_none() {
        return (0, n);
    }
    let has_header = lines.iter().any(|l| {
        l.segs.iter().any(|s| match s {
            Seg::National(_) | Seg::Motto(_) | Seg::Party(_) => true,
            Seg::So(so) => so.keyword && so.number.is_some(),
            _ => false,
        })
    });
    let end = related.unwrap_or(n);
    for z in &mut plan.zones[end..] {
        *z = Zone::Chrome;
    }
    if has_header {
        return (0, end);
    }
    plan.web_article = true;
    let start = match posted {
        Some(p) => {
            plan.web_posted = Some(p);
            plan.web_title = (0..p).rev().find(|&t| {
                lines[t].kind != LineKind::Blank && lines[t].kind != LineKind::WebMarker
            });
            p + 1
        }
        None => lines
            .iter()
            .position(|l| l.kind == LineKind::WebMarker)
            .map_or(0, |b| b + 1),
    };
    let start = start.min(end);
    for z in &mut plan.zones[..start] {
        *z = Zone::Chrome;
    }
    (start, end)
}

/// The field names of a legal portal's table of a document's facts (`Số hiệu:`, `Loại văn
/// bản:`, `Người ký:`, ...), as folded keys in lower case.
const FACT_LABELS: [&str; 14] = [
    "so hieu",
    "so ky hieu",
    "loai van ban",
    "noi ban hanh",
    "co quan ban hanh",
    "nguoi ky",
    "ngay ban hanh",
    "ngay hieu luc",
    "ngay het hieu luc",
    "ngay cong bao",
    "so cong bao",
    "tinh trang",
    "tinh trang hieu luc",
    "linh vuc",
];

/// Which of [`FACT_LABELS`] opens a line (after a table's bars and bold marks), with the
/// text after its colon.
fn fact_label(key: &str) -> Option<(usize, &str)> {
    let k = key.trim_start_matches(['|', '*', '#', ' ', '\t']);
    FACT_LABELS.iter().enumerate().find_map(|(n, label)| {
        let head = k.get(..label.len())?;
        if !head.eq_ignore_ascii_case(label) {
            return None;
        }
        let rest = k[label.len()..].trim_start_matches(['*', ' ']);
        rest.strip_prefix(':').map(|value| (n, value))
    })
}

/// Marks a legal portal's page chrome above the document it shows, when the page prints
/// the document's facts as a table of fields (`Số hiệu:` | `471/QĐ-UBND` | `Loại văn bản:`
/// | `Quyết định` ...; three fields at least) before the header: everything down to the
/// last field's value is the page's (its menu, notices, the facts themselves), and the
/// document starts after it. The page's footer, from the line that names the document
/// again by its type and number (`Quyết định 471/QĐ-UBND năm 2025 phê duyệt ...`), is the
/// page's too. Returns the range of lines the content occupies.
///
/// Sites print the table one cell per line, which puts the header far below the page's
/// first lines; and the facts repeat the header's own words (`Quyết định`, the number, the
/// signer), which read one by one would open the header too early.
pub(super) fn mark_facts(
    ctx: &Ctx<'_>,
    plan: &mut Plan,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let lines = ctx.lines;
    let mut seen = 0u16;
    let mut last = None;
    let mut header = None;
    for (i, line) in lines.iter().enumerate().take(end).skip(start) {
        if line.kind == LineKind::Blank {
            continue;
        }
        if super::zones::prints_header(line) {
            header = Some(i);
            break;
        }
        if let Some((n, value)) = fact_label(ctx.line_key(i)) {
            seen |= 1 << n;
            let blank_value = !value.bytes().any(|b| b.is_ascii_alphanumeric());
            last = Some((i, blank_value));
        }
    }
    let (Some(header), Some((last, blank_value))) = (header, last) else {
        return (start, end);
    };
    if seen.count_ones() < 3 {
        return (start, end);
    }
    // A field printed alone on its line has its value on the next line with a word, unless
    // that line is already the header's (its issuer in capitals).
    let value_at = if blank_value {
        (last + 1..header)
            .find(|&j| ctx.line_key(j).bytes().any(|b| b.is_ascii_alphanumeric()))
            .filter(|&j| !matches!(lines[j].kind, LineKind::Sig | LineKind::Header))
            .unwrap_or(last)
    } else {
        last
    };
    // The header must follow the table closely; what lies between is the page's tools.
    let between = lines[value_at + 1..header]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .count();
    if between > 40 {
        return (start, end);
    }
    for z in &mut plan.zones[start..=value_at] {
        *z = Zone::Chrome;
    }
    let footer = own_number(ctx, header, end).and_then(|number| {
        (header + 1..end).find(|&j| {
            let key = ctx.line_key(j);
            super::zones::titles_document(key)
                && key
                    .find(|c: char| c.is_ascii_digit())
                    .is_some_and(|at| key[at..].starts_with(number))
        })
    });
    let footer = footer.unwrap_or(end);
    for z in &mut plan.zones[footer..end] {
        *z = Zone::Chrome;
    }
    (value_at + 1, footer)
}

/// The document's own number and the slash or dash after it (`471/`), from the `Số:` line
/// among the header's first lines from line `header` on.
fn own_number<'t>(ctx: &Ctx<'t>, header: usize, end: usize) -> Option<&'t str> {
    (header..end.min(header + 30)).find_map(|j| {
        let line = ctx.lines[j].span;
        ctx.lines[j].segs.iter().find_map(|s| match s {
            Seg::So(so) if so.keyword => {
                let n = so.number?;
                let rest = ctx.key(crate::span::Span::new(n.start, line.end));
                let len = n.end - n.start + 1;
                let number = rest.get(..len)?;
                number.ends_with(['/', '-']).then_some(number)
            }
            _ => None,
        })
    })
}

/// Fills `source` from the chrome lines.
pub(super) fn build_chrome(ctx: &mut Ctx<'_>, plan: &Plan, doc: &mut Document) {
    let mut in_related = false;
    // Walked twice rather than collected: on a page that is mostly chrome, a list of its
    // line numbers would be half the input's size again at the peak.
    // Reserved exactly: grown by doubling, the list may hold twice what it needs.
    let kept = plan
        .each_in(Zone::Chrome)
        .filter(|&i| ctx.lines[i].kind != LineKind::Blank)
        .count();
    doc.source.chrome.reserve_exact(kept);
    for i in plan.each_in(Zone::Chrome) {
        let line = &ctx.lines[i];
        if line.kind == LineKind::Blank {
            continue;
        }
        let key = ctx.line_key(i);
        let kind = if Some(i) == plan.web_title {
            doc.source.title = Some(ctx.line_value(i));
            "title"
        } else if Some(i) == plan.web_posted {
            doc.source.published = line
                .find(|s| match s {
                    Seg::WebDateTime(sp) => Some(*sp),
                    _ => None,
                })
                .map(|sp| ctx.value(sp));
            "posted"
        } else if line.kind == LineKind::WebMarker && is_related_marker(key) {
            in_related = true;
            "related_heading"
        } else if line.kind == LineKind::WebMarker {
            "breadcrumb"
        } else if line.kind == LineKind::WebDated {
            "related"
        } else if line.kind == LineKind::WebFooter || in_related {
            if doc.source.site.is_none() {
                doc.source.site = site_of(&ctx.line_value(i));
            }
            "footer"
        } else {
            "text"
        };
        let tl = ctx.kept_line(i, kind);
        doc.source.chrome.push(tl);
        ctx.use_line(i);
    }
}

/// The host of the first URL in a footer line.
fn site_of(s: &str) -> Option<String> {
    let at = s.find("http://").or_else(|| s.find("https://"))?;
    let rest = &s[at..];
    let host = rest.split("//").nth(1)?;
    let host: String = host
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
        .collect();
    (!host.is_empty()).then_some(host)
}

/// For a web article that reports a document ("... vừa ban hành Công văn số 4588/UBND-VX
/// ngày 07/12/2022 về việc ..."), fills the document's type, number, date and subject from
/// that sentence, with a diagnostic saying they were inferred.
pub(super) fn infer_reported(
    ctx: &mut Ctx<'_>,
    found: &[crate::extract::references::Found],
    doc: &mut Document,
) {
    if doc.number.notation.is_some() || doc.doc_type.name.is_some() {
        return;
    }
    let key = ctx.text.key();
    let reported = found.iter().find(|f| {
        // The citation must follow "ban hành" in the same sentence.
        let start = f.key.start;
        let from = (0..=start.saturating_sub(100))
            .rev()
            .find(|&p| key.is_char_boundary(p))
            .unwrap_or(0);
        let before = &key[from..start];
        let sentence = before.rsplit(['.', '\n']).next().unwrap_or(before);
        sentence.to_ascii_lowercase().contains("ban hanh") && f.reference.notation.is_some()
    });
    let Some(f) = reported else {
        return;
    };
    let r = &f.reference;
    doc.doc_type = DocType {
        name: r.doc_type.clone(),
        code: r
            .doc_type
            .as_deref()
            .and_then(crate::lexicon::type_by_key)
            .and_then(|t| t.code)
            .map(str::to_owned),
        stated: false,
        by: None,
    };
    doc.number.number = r.number;
    doc.number.printed = r.number.map(|n| n.to_string());
    doc.number.notation = r.notation.clone();
    doc.number.year = r.year;
    doc.date = r.date.clone();
    doc.spans.insert("number".into(), r.span);
    if r.date.is_some() {
        doc.spans.insert("date".into(), r.span);
    }
    // The subject: "về việc ..." after the citation, to the end of the sentence, which may
    // be wrapped over the next lines of its paragraph (at most three more).
    let line_end = key[f.key.end..]
        .find('\n')
        .map_or(key.len(), |p| f.key.end + p);
    let rest = &key[f.key.end..line_end];
    if let Some(at) = rest.find("ve viec ") {
        let s = f.key.end + at + "ve viec ".len();
        let mut para_end = line_end;
        for _ in 0..3 {
            let next = &key[para_end..];
            let Some(body) = next.strip_prefix('\n') else {
                break;
            };
            if body.trim_start_matches(' ').starts_with('\n') || body.is_empty() {
                break;
            }
            para_end += 1 + body.find('\n').unwrap_or(body.len());
        }
        let e = key[s..para_end]
            .match_indices('.')
            .map(|(p, _)| s + p)
            .find(|&p| p + 1 == key.len() || key[p + 1..].starts_with([' ', '\n']))
            .unwrap_or(para_end);
        let subject = super::squeeze(&ctx.value(Span::new(s, e)));
        let subject = subject.trim_end_matches('.').trim();
        if !subject.is_empty() {
            doc.subject = Some(subject.to_owned());
            let span = super::trim_punct(key, Span::new(s, e));
            ctx.record("subject", span);
        }
    }
    ctx.diag(Code::Inferred, Some(f.key));
}
