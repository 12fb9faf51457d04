//! Front matter: issuer and parent body, number and notation, place and date, family, marks,
//! the incoming stamp and a digital-signature stamp.

use super::{squeeze, Ctx};
use crate::dates;
use crate::diagnostic::Code;
use crate::grammar::Rule;
use crate::lexicon;
use crate::lines::{CapsRun, DateSeg, Line, LineKind, Seg, SigPart, SoSeg};
use crate::model::*;
use crate::normalize::digit_look_alike;
use crate::span::Span;

/// What a header (of the document or of a copy block) states.
#[derive(Default)]
pub(super) struct HeaderFacts {
    pub issuer: Issuer,
    pub number: Number,
    pub place: Option<String>,
    pub date: Option<String>,
    /// `ĐẢNG CỘNG SẢN VIỆT NAM` was printed.
    pub party: bool,
    /// Party style without the header: the asterisk, a `63-TB/VPTU` number.
    pub party_style: bool,
    pub state: bool,
    /// A mass organization's own header (`ĐOÀN TNCS HỒ CHÍ MINH`) was printed.
    pub mass_org: bool,
    /// The national or Party name and the motto as printed.
    pub header: Option<Header>,
}

/// Builds the document's front matter from its front lines.
pub(super) fn build(ctx: &mut Ctx<'_>, front: &[usize], doc: &mut Document) {
    // Sorted, so that leaving its lines out takes a binary search per line, not a scan, in a
    // front of many stamp lines.
    let esign = digital_signature(ctx, front, doc);
    let org_lines: Vec<usize> = front
        .iter()
        .copied()
        .filter(|i| esign.binary_search(i).is_err())
        .collect();
    let facts = collect(ctx, &org_lines, "");
    doc.header = facts.header;
    doc.issuer = facts.issuer;
    if doc.issuer.name.is_none() {
        if let Some(issuer) = issuer_in_small_letters(ctx, front) {
            doc.issuer = issuer;
        }
    }
    doc.number = facts.number;
    doc.place = facts.place;
    doc.date = facts.date;
    // A mass organization follows Party-like style without being either family.
    doc.family = if facts.party {
        Family::Party
    } else if facts.mass_org {
        Family::Unknown
    } else if facts.state {
        Family::State
    } else if facts.party_style {
        Family::Party
    } else {
        Family::Unknown
    };
    ctx.family_known = facts.party || facts.mass_org || facts.state || facts.party_style;
    marks_and_stamps(ctx, front, doc);
}

/// The issuer printed in small letters on the first lines, above the header (`Ủy ban nhân
/// dân` | `huyện Yên Thế`): a `.docx` whose capitals were the font's setting, not typed,
/// loses them in text extraction. Taken only where no issuer in capitals was read: one to
/// three short lines of text before the header's first line, the first naming a body
/// (`Ủy ban`, `Sở`, `Bộ`, ...), none ending a sentence. A line that starts another body
/// (`UBND tỉnh Bắc Giang` | `Sở Tài chính`) ends the parent.
fn issuer_in_small_letters(ctx: &mut Ctx<'_>, front: &[usize]) -> Option<Issuer> {
    let &first = front.first()?;
    let lines: Vec<usize> = (0..first)
        .filter(|&i| ctx.lines[i].kind != LineKind::Blank)
        .collect();
    let words = |ctx: &Ctx<'_>, i: usize| -> Vec<String> {
        ctx.line_key(i)
            .split_whitespace()
            .map(str::to_uppercase)
            .collect()
    };
    let fits = |ctx: &Ctx<'_>, i: usize| {
        let key = ctx.line_key(i).trim();
        // Small letters more than capitals: not a header in capitals that OCR or a legacy
        // font garbled past reading; one column, no gap.
        let small = key.bytes().filter(u8::is_ascii_lowercase).count();
        let caps = key.bytes().filter(u8::is_ascii_uppercase).count();
        ctx.lines[i].kind == LineKind::Text
            && !ctx.used[i]
            && key.len() <= 60
            && small > caps
            && !key.contains("   ")
            && !key.ends_with(['.', ';', ':', ','])
    };
    if lines.is_empty() || lines.len() > 3 || !lines.iter().all(|&i| fits(ctx, i)) {
        return None;
    }
    let starts = |ctx: &Ctx<'_>, i: usize| {
        let w = words(ctx, i);
        lexicon::starts_org(&w.iter().map(String::as_str).collect::<Vec<_>>())
    };
    // The body's name starts with a capital (`Ủy ban`, `UBND`; not `cục ...`).
    let capital = ctx
        .line_key(lines[0])
        .trim_start()
        .starts_with(|c: char| c.is_ascii_uppercase());
    if !capital || !starts(ctx, lines[0]) {
        return None;
    }
    // The last line that starts a body begins the issuer's name; those above are its parent.
    let cut = (1..lines.len())
        .rev()
        .find(|&k| starts(ctx, lines[k]))
        .unwrap_or(0);
    let (parent, name) = lines.split_at(cut);
    let parent = (!parent.is_empty()).then(|| name_from_lines(ctx, parent, "issuer.parent"));
    let (name, name_span) = name_from_lines(ctx, name, "issuer.name");
    let whole = parent.as_ref().map_or(name_span, |p| p.1.cover(name_span));
    let issuer = Issuer {
        parent: parent.map(|p| p.0),
        name: Some(name),
        span: Some(ctx.input_span(whole)),
    };
    Some(issuer)
}

/// Lines of text read as one name, as printed (wrapped lines joined with a space): the lines
/// are used and the name's span recorded under `path`. Gives the name and the lines' key
/// span.
pub(super) fn name_from_lines(ctx: &mut Ctx<'_>, lines: &[usize], path: &str) -> (String, Span) {
    let values: Vec<String> = lines.iter().map(|&i| ctx.line_value(i)).collect();
    let spans: Vec<Span> = lines.iter().map(|&i| ctx.lines[i].span).collect();
    let cover = spans
        .iter()
        .copied()
        .reduce(Span::cover)
        .unwrap_or_default();
    ctx.record_parts(path, cover, &spans);
    for &i in lines {
        ctx.use_line(i);
    }
    (squeeze(&values.join(" ")), cover)
}

/// Reads issuer, number, place and date from header lines. `prefix` is the JSON path of the
/// object the spans belong to (`""` for the document, `"copies[0]."` for a copy).
pub(super) fn collect(ctx: &mut Ctx<'_>, idx: &[usize], prefix: &str) -> HeaderFacts {
    let mut facts = HeaderFacts::default();
    issuer(ctx, idx, prefix, &mut facts);
    number(ctx, idx, prefix, &mut facts);
    date(ctx, idx, prefix, &mut facts);
    let own = prefix.is_empty();
    // Key spans of the name, each marked when it is the first half of a wrapped national
    // name, and of the motto.
    let mut names: Vec<(Span, bool)> = Vec::new();
    let mut motto: Option<Span> = None;
    for (k, &i) in idx.iter().enumerate() {
        let line = &ctx.lines[i];
        if let Some(rest) = national_rest(ctx, idx, k) {
            names.push((rest, false));
            ctx.use_line(i);
        }
        for s in &line.segs {
            match s {
                Seg::Party(n) => {
                    facts.party = true;
                    ctx.facts.party_header |= own;
                    names.push((*n, false));
                }
                Seg::MassOrg(n) => {
                    facts.mass_org = true;
                    names.push((*n, false));
                }
                Seg::So(so) if so.party_type.is_some() => facts.party_style = true,
                Seg::National(n) | Seg::NationalTail(n) => {
                    facts.state = true;
                    ctx.facts.national |= own;
                    names.push((*n, false));
                }
                Seg::NationalHead(n) => {
                    facts.state = true;
                    ctx.facts.national |= own;
                    names.push((*n, true));
                }
                Seg::Motto(m) => {
                    facts.state = true;
                    ctx.facts.motto |= own;
                    motto = motto.or(Some(*m));
                }
                _ => {}
            }
        }
        if line.kind == LineKind::Star {
            facts.party_style = true;
        }
        // Header anchors, rules and asterisks are used by being recognized.
        if matches!(line.kind, LineKind::Rule | LineKind::Star)
            || (line.kind == LineKind::Header
                && line
                    .segs
                    .iter()
                    .any(|s| s.is_heading() || matches!(s, Seg::Rule)))
        {
            ctx.use_line(i);
        }
    }
    facts.header = header(ctx, &names, motto, prefix);
    facts
}

/// The header as printed, its spans recorded: the name from its first occurrence (joined
/// with its second half when wrapped), the motto.
fn header(
    ctx: &mut Ctx<'_>,
    names: &[(Span, bool)],
    motto: Option<Span>,
    prefix: &str,
) -> Option<Header> {
    if names.is_empty() && motto.is_none() {
        return None;
    }
    let name = names.first().map(|&(first, head)| {
        let wrapped = names.get(1).filter(|_| head).map(|&(s, _)| s);
        match wrapped {
            Some(second) => {
                ctx.record_parts(
                    format!("{prefix}header.name"),
                    first.cover(second),
                    &[first, second],
                );
                squeeze(&format!("{} {}", ctx.value(first), ctx.value(second)))
            }
            None => {
                ctx.record(format!("{prefix}header.name"), first);
                ctx.value(first)
            }
        }
    });
    let motto = motto.map(|m| {
        ctx.record(format!("{prefix}header.motto"), m);
        ctx.value(m)
    });
    Some(Header { name, motto })
}

/// The end of the national name on line `idx[k]` (`NAM`, `VIỆT NAM`), when the line
/// before ends with its head (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT`): a header table's cell
/// wrapped at its width, alone on its line or in the right column beside the issuer's
/// wrapped name (`HUYỆN MƯỜNG LA          VIỆT NAM`, `pdftotext -layout`). Without the motto
/// after it, the grammar cannot tell such a piece from the end of an issuer's wrapped name;
/// the head above it can.
fn national_rest(ctx: &Ctx<'_>, idx: &[usize], k: usize) -> Option<Span> {
    const NATIONAL: [&str; 8] = ["CONG", "HOA", "XA", "HOI", "CHU", "NGHIA", "VIET", "NAM"];
    let line = &ctx.lines[idx[k]];
    if line.kind != LineKind::Sig {
        return None;
    }
    let parts = line.sig_parts();
    if !parts.iter().all(|p| matches!(p, SigPart::Caps(_))) {
        return None;
    }
    let Some(SigPart::Caps(run)) = parts.last().copied() else {
        return None;
    };
    // Beside the issuer's piece, a column gap before it.
    if let [.., SigPart::Caps(left), _] = parts[..] {
        if !ctx
            .key(Span::new(left.span.end, run.span.start))
            .contains("   ")
        {
            return None;
        }
    }
    let prev = &ctx.lines[*idx.get(k.checked_sub(1)?)?];
    let head = prev.segs.iter().find_map(|s| match s {
        Seg::NationalHead(h) => Some(*h),
        _ => None,
    })?;
    let mut words = ctx
        .key(head)
        .split_whitespace()
        .chain(ctx.key(run.span).split_whitespace());
    let whole = NATIONAL
        .iter()
        .all(|w| words.next().is_some_and(|x| x.eq_ignore_ascii_case(w)));
    (whole && words.next().is_none()).then_some(run.span)
}

/// Whether a run of capitals can name a body: three letters at least (not a date or a
/// code read as capitals).
fn names_a_body(ctx: &Ctx<'_>, run: &CapsRun) -> bool {
    ctx.key(run.span)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .count()
        >= 3
}

/// The issuer lines: runs of capitals before the number line (or glued left of the motto),
/// grouped into bodies; the last body is the issuer, those above it its parent.
fn issuer(ctx: &mut Ctx<'_>, idx: &[usize], prefix: &str, facts: &mut HeaderFacts) {
    let mut runs: Vec<(usize, CapsRun)> = Vec::new();
    let mut national_seen = false;
    'lines: for (k, &i) in idx.iter().enumerate() {
        let line = &ctx.lines[i];
        // `VIỆT NAM` leading a line after the whole national name is the end of the issuer's
        // name, wrapped beside the motto (`TỔNG LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI ...` |
        // `VIỆT NAM Độc lập - Tự do - Hạnh phúc`).
        if let (true, false, Some(Seg::NationalTail(n))) =
            (national_seen, runs.is_empty(), line.segs.first())
        {
            runs.push((i, CapsRun::split(*n, ctx.key(*n))));
        }
        national_seen |= line.segs.iter().any(|s| matches!(s, Seg::National(_)));
        match line.kind {
            LineKind::Sig if stamp_owner(ctx, idx, k) => {}
            // An incoming stamp's number above the header is not the document's.
            LineKind::Header if stamp_number(ctx, idx, k).is_some() => {}
            LineKind::Sig => {
                let rest = national_rest(ctx, idx, k);
                let parts = line.sig_parts();
                if parts.iter().all(|p| matches!(p, SigPart::Caps(_))) {
                    for p in parts {
                        match p {
                            SigPart::Caps(c) if Some(c.span) != rest => {
                                runs.push((i, c.clone()));
                            }
                            _ => {}
                        }
                    }
                }
            }
            // A copy's heading may share the copying body's row.
            LineKind::Header | LineKind::CopyHeading => {
                // Of two runs of capitals side by side, the second is another column: a
                // joint document's second issuer (`UBND TỈNH ĐẮK LẮK      BỘ CÔNG AN`),
                // whose lines are kept, unread. The first issuer is the document's.
                let mut caps_seen = false;
                for s in &line.segs {
                    match s {
                        Seg::Caps(_) if caps_seen => {}
                        Seg::Caps(c) => {
                            caps_seen = true;
                            runs.push((i, c.clone()))
                        }
                        // A `V/v` or a `Kính gửi` never comes before the issuer's own
                        // lines: there, it is from a title that a web page or a wrapped
                        // first line printed above the header (`23/09/2014 v/v ...`).
                        Seg::Vv { .. } | Seg::KinhGui { .. }
                            if !runs.iter().any(|(_, c)| names_a_body(ctx, c)) =>
                        {
                            continue 'lines
                        }
                        Seg::So(_) | Seg::Type(_) | Seg::Vv { .. } | Seg::KinhGui { .. } => {
                            break 'lines
                        }
                        Seg::Date(_) => continue 'lines,
                        _ => {}
                    }
                }
            }
            LineKind::Notation => break,
            _ => {}
        }
    }
    runs.retain(|(_, c)| names_a_body(ctx, c));
    if runs.is_empty() {
        return;
    }
    // Group wrapped lines into bodies.
    let mut orgs: Vec<Vec<(usize, CapsRun)>> = Vec::new();
    for run in runs {
        let words = words_of(ctx, &run.1);
        let new_org = match orgs.last() {
            None => true,
            Some(prev) => {
                let prev_words = prev
                    .last()
                    .map(|(_, c)| words_of(ctx, c))
                    .unwrap_or_default();
                let w: Vec<&str> = words.iter().map(String::as_str).collect();
                let pw: Vec<&str> = prev_words.iter().map(String::as_str).collect();
                !lexicon::ends_with_connector(&pw) && lexicon::starts_org(&w)
            }
        };
        if new_org {
            orgs.push(vec![run]);
        } else if let Some(last) = orgs.last_mut() {
            last.push(run);
        }
    }
    let render = |ctx: &Ctx<'_>, org: &[(usize, CapsRun)]| -> (String, Span) {
        let mut joined = String::new();
        for (k, (_, c)) in org.iter().enumerate() {
            if k > 0 {
                // A name wrapped at its dash (`TỈNH BÀ RỊA -` | `VŨNG TÀU`) keeps it.
                let (prev_line, prev) = &org[k - 1];
                let after = Span::new(prev.span.end, ctx.lines[*prev_line].span.end);
                joined.push_str(if ctx.key(after).trim() == "-" {
                    " - "
                } else {
                    " "
                });
            }
            joined.push_str(&ctx.value(c.span));
        }
        let text = squeeze(&joined);
        let text = text
            .trim_end_matches(['-', '_', '=', ',', '.', ':', ' '])
            .to_owned();
        let span = org
            .iter()
            .map(|(_, c)| c.span)
            .reduce(Span::cover)
            .unwrap_or_default();
        (text, span)
    };
    let Some(mut last) = orgs.pop() else { return };
    // The parent printed on the issuer's line (a web page's table cell without its breaks).
    if let [(i, run)] = last.as_slice() {
        let words = words_of(ctx, run);
        let w: Vec<&str> = words.iter().map(String::as_str).collect();
        if let Some(j) = lexicon::body_after_parent(&w) {
            let (i, run) = (*i, run.clone());
            let (parent, body) = run.words.split_at(j);
            let part = |start: usize, end: usize, words: &[Span]| CapsRun {
                span: Span::new(start, end),
                words: words.to_vec(),
            };
            orgs.push(vec![(i, part(run.span.start, parent[j - 1].end, parent))]);
            last = vec![(i, part(body[0].start, run.span.end, body))];
        }
    }
    let (name, name_span) = render(ctx, &last);
    facts.issuer.name = Some(name);
    let run_spans = |org: &[(usize, CapsRun)]| org.iter().map(|(_, c)| c.span).collect::<Vec<_>>();
    ctx.record_parts(format!("{prefix}issuer.name"), name_span, &run_spans(&last));
    let mut all = name_span;
    if !orgs.is_empty() {
        let parts: Vec<(String, Span)> = orgs.iter().map(|o| render(ctx, o)).collect();
        let parent = parts
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let pspan = parts
            .iter()
            .map(|(_, s)| *s)
            .reduce(Span::cover)
            .unwrap_or_default();
        facts.issuer.parent = Some(parent);
        let pieces: Vec<Span> = orgs.iter().flat_map(|o| run_spans(o)).collect();
        ctx.record_parts(format!("{prefix}issuer.parent"), pspan, &pieces);
        all = all.cover(pspan);
    }
    facts.issuer.span = Some(ctx.input_span(all));
    for org in orgs.iter().chain(std::iter::once(&last)) {
        for (i, _) in org {
            let line = &ctx.lines[*i];
            if line.kind == LineKind::Sig {
                ctx.use_line(*i);
            }
        }
    }
}

/// The capital words of a run, as keys.
fn words_of(ctx: &Ctx<'_>, c: &CapsRun) -> Vec<String> {
    c.words
        .iter()
        .map(|w| {
            ctx.key(*w)
                .trim_matches(|ch: char| !ch.is_ascii_alphanumeric() && ch != '&')
                .to_owned()
        })
        .collect()
}

fn so_of(line: &Line) -> Option<&SoSeg> {
    line.find(|s| match s {
        Seg::So(so) => Some(&**so),
        _ => None,
    })
}

/// The register number of an incoming stamp printed on a line of its own under the stamp's
/// heading (`CÔNG VĂN ĐẾN` | `Số: 1482` | `Ngày: 26/5/2020`): a number without notation
/// right after that heading, which belongs to the stamp, not to the document.
fn stamp_number(ctx: &Ctx<'_>, idx: &[usize], k: usize) -> Option<Span> {
    let so = so_of(&ctx.lines[idx[k]])?;
    let prev = *idx.get(k.checked_sub(1)?)?;
    let heading = stamp_heading(ctx, prev);
    let line = &ctx.lines[idx[k]];
    let after = ctx.key(Span::new(so.span.end, line.span.end));
    let lone = after
        .trim_start_matches(|c: char| c == ' ' || c.is_ascii_punctuation())
        .is_empty();
    (heading && lone && so.keyword && so.groups.is_empty())
        .then_some(so.number)
        .flatten()
}

/// Whether line `i` heads an incoming stamp (`CÔNG VĂN ĐẾN`, `ĐẾN`).
fn stamp_heading(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.lines[i].kind == LineKind::Stamp && {
        let key = ctx.line_key(i).trim_start();
        key.starts_with("CONG VAN DEN") || key.starts_with("DEN")
    }
}

/// Whether line `idx[k]`, capitals only, is the receiving body's name printed in an
/// incoming stamp, above its heading (`TRƯỜNG THPT HƯƠNG TRÀ` | `CÔNG VĂN ĐẾN`): not the
/// issuer (the line is kept as header noise; the stamp's model has no field for it).
fn stamp_owner(ctx: &Ctx<'_>, idx: &[usize], k: usize) -> bool {
    let line = &ctx.lines[idx[k]];
    line.caps_only() && idx.get(k + 1).is_some_and(|&j| stamp_heading(ctx, j))
}

/// The number and notation, reassembled when the layout split them.
fn number(ctx: &mut Ctx<'_>, idx: &[usize], prefix: &str, facts: &mut HeaderFacts) {
    let Some(pos) = (0..idx.len()).position(|k| {
        so_of(&ctx.lines[idx[k]]).is_some_and(|s| s.keyword) && stamp_number(ctx, idx, k).is_none()
    }) else {
        return;
    };
    let i = idx[pos];
    let Some(so) = so_of(&ctx.lines[i]).cloned() else {
        return;
    };
    ctx.use_line(i);
    ctx.own_numbers.push(so.span);
    let mut number = so.number;
    let mut year = so.year;
    let mut groups = so.groups.clone();
    let mut party_type = so.party_type;
    let mut reassembled = None;
    if so.groups.is_empty() {
        // `Số: 618` ... `/TB-UBND` a few lines on, or `Số:` then `147/TTg` on the next line.
        let rest = &idx[pos + 1..];
        let found = if so.number.is_some() {
            rest.iter().take(8).find_map(|&j| {
                let l = &ctx.lines[j];
                (l.kind == LineKind::Notation)
                    .then(|| so_of(l).cloned().map(|s| (j, s)))
                    .flatten()
            })
        } else {
            // `Số:` alone: the number on the next line, or a whole `128/QĐ-SNN` a few lines
            // on (pdftotext prints the Quốc hiệu column between them).
            let bare = |j: usize| so_of(&ctx.lines[j]).filter(|s| !s.keyword && s.number.is_some());
            rest.first()
                .and_then(|&j| bare(j).cloned().map(|s| (j, s)))
                .or_else(|| {
                    rest.iter().take(8).find_map(|&j| {
                        bare(j)
                            .filter(|s| !s.groups.is_empty())
                            .cloned()
                            .map(|s| (j, s))
                    })
                })
        };
        if let Some((j, other)) = found {
            number = number.or(other.number);
            year = year.or(other.year);
            groups = other.groups.clone();
            party_type = party_type.or(other.party_type);
            ctx.use_line(j);
            ctx.own_numbers.push(other.span);
            reassembled = Some(other.span);
        }
    }
    if let Some(n) = number {
        // OCR may space a handwritten number's figures (`1 2 5`).
        let printed = ctx.value(n).replace(' ', "");
        // `125a`: the registered number is its figures.
        facts.number.number = printed
            .trim_end_matches(|c: char| c.is_ascii_lowercase())
            .parse()
            .ok();
        facts.number.printed = Some(printed);
        ctx.record(format!("{prefix}number.number"), n);
        if prefix.is_empty() {
            note_restored_digits(ctx, n);
        }
    }
    if let Some(y) = year {
        facts.number.year = ctx.value(y).parse().ok();
    }
    if !groups.is_empty() {
        let joined = groups
            .iter()
            .map(|g| ctx.value(*g))
            .collect::<Vec<_>>()
            .join("-");
        let notation = match party_type {
            Some(t) => format!("{}/{}", ctx.value(t), joined),
            None => joined,
        };
        facts.number.notation = Some(notation);
        let first = party_type.or(groups.first().copied()).unwrap_or_default();
        let last = groups.last().copied().unwrap_or(first);
        ctx.record(format!("{prefix}number.notation"), first.cover(last));
        // A blank number's year (`Số: …/2024/QĐ-UBND`) starts the whole.
        let whole = number
            .or(year)
            .map_or(first, |n| n.cover(first))
            .cover(last);
        if reassembled.is_none() {
            ctx.record(format!("{prefix}number"), whole);
        } else if let Some(n) = number {
            ctx.record(format!("{prefix}number"), n);
        }
    }
    if reassembled.is_some() && prefix.is_empty() {
        ctx.diag(Code::Reassembled, Some(so.span));
    }
    if prefix.is_empty() {
        ctx.facts.so = Some(crate::check::SoFacts {
            span: ctx.input_span(so.span),
            colon: so.colon,
            number: number.map(|n| (ctx.value(n), ctx.input_span(n))),
            party_form: party_type.is_some(),
            unread: so.unread,
        });
    }
}

/// The place and date of issue.
fn date(ctx: &mut Ctx<'_>, idx: &[usize], prefix: &str, facts: &mut HeaderFacts) {
    let mut found: Option<(usize, DateSeg)> = None;
    for &i in idx {
        if let Some(d) = ctx.lines[i].find(|s| match s {
            Seg::Date(d) => Some(d.clone()),
            _ => None,
        }) {
            let better = found
                .as_ref()
                .is_none_or(|(_, f)| f.place.is_none() && d.place.is_some());
            if better {
                found = Some((i, *d));
            }
            if found.as_ref().is_some_and(|(_, f)| f.place.is_some()) {
                break;
            }
        }
    }
    let Some((i, d)) = found else { return };
    ctx.use_line(i);
    let wrapped = wrapped_date(ctx, i, &d);
    let day = d.day.or(wrapped.as_ref().and_then(|w| w.day));
    let month = d.month.or(wrapped.as_ref().and_then(|w| w.month));
    let year = d.year.or(wrapped.as_ref().map(|w| w.year));
    if prefix.is_empty() {
        let printed = |s: Option<Span>| s.map(|s| (ctx.value(s), ctx.input_span(s)));
        ctx.facts.date = Some(crate::check::DateFacts {
            span: ctx.input_span(d.body),
            day: printed(day),
            month: printed(month),
            figures: d.figures,
            unread: d.unread,
        });
    }
    let place = d.place.or_else(|| place_above(ctx, i, &d));
    if let Some(mut p) = place {
        if let Some(above) = wrapped_place(ctx, i, p) {
            p = ctx.lines[above].span.cover(p);
            ctx.use_line(above);
        }
        facts.place = Some(squeeze(&ctx.value(p)));
        ctx.record(format!("{prefix}place"), p);
    }
    // OCR may space the figures (`0 8`).
    let num = |ctx: &Ctx<'_>, s: Option<Span>| {
        s.and_then(|s| ctx.value(s).replace(' ', "").parse::<u32>().ok())
    };
    if let (Some(day_n), Some(month_n), Some(y)) = (num(ctx, day), num(ctx, month), num(ctx, year))
    {
        match dates::iso(y as i32, month_n, day_n) {
            Some(iso) => {
                facts.date = Some(iso);
                if prefix.is_empty() {
                    for s in [day, month, year].into_iter().flatten() {
                        note_restored_digits(ctx, s);
                    }
                }
                match wrapped {
                    Some(w) => {
                        let cover = Span::new(d.body.start, w.span.end);
                        ctx.record_parts(format!("{prefix}date"), cover, &[d.body, w.span]);
                        if w.alone {
                            ctx.use_line(i + 1);
                        }
                    }
                    None => ctx.record(format!("{prefix}date"), d.body),
                }
            }
            None => ctx.diag(Code::DateInvalid, Some(d.body)),
        }
    }
}

/// Notes `VB006` where the figures under key span `s` were printed as look-alike letters
/// (`1O7`): normalization read them as digits, the input keeps the letters.
fn note_restored_digits(ctx: &mut Ctx<'_>, s: Span) {
    let printed = ctx.text.input_str(s).as_bytes();
    let read = ctx.text.value(s).as_bytes();
    // Restoring keeps every byte where it was: a look-alike in the input under a digit of
    // the value is a restored figure (`125l`, a letter kept, is not).
    let restored = printed.len() == read.len()
        && (printed.iter().zip(read))
            .any(|(&p, &r)| digit_look_alike(p).is_some() && r.is_ascii_digit());
    if restored {
        ctx.diag(Code::DigitsRestored, Some(s));
    }
}

/// The line right above line `i` when it holds the first word or two of the place that
/// starts line `i` (`Hòa` | `Lộc, ngày 05 tháng 3 năm 2026`, a narrow cell's wrap): words in
/// sentence case only, no line of the header's own.
fn wrapped_place(ctx: &Ctx<'_>, i: usize, place: Span) -> Option<usize> {
    let above = i.checked_sub(1)?;
    let line = &ctx.lines[above];
    let key = ctx.line_key(above).trim();
    let starts_line = place.start == ctx.lines[i].span.start;
    let words: Vec<&str> = key.split_whitespace().collect();
    (starts_line
        && line.kind == LineKind::Text
        && !ctx.used[above]
        && (1..=2).contains(&words.len())
        && key.len() <= 20
        && words.iter().all(|w| super::sentence_case(w)))
    .then_some(above)
}

/// The place of a date without one (line `i`, `... ngày 09 tháng 9 năm 2024` in the right
/// column) printed alone with its comma at the end of the row above, where a narrow cell cut
/// a long place from its date (`Số: 3105/UBND-KT      Thành phố Hồ Chí Minh,`): the place's
/// span, without the comma.
fn place_above(ctx: &Ctx<'_>, i: usize, d: &DateSeg) -> Option<Span> {
    let above = i.checked_sub(1)?;
    let span = ctx.lines[above].span;
    let key = ctx.key(span).trim_end();
    let name = key.strip_suffix(',')?.trim_end();
    // The row's last cell, after a column gap, or the whole line.
    let cell = last_cell(name).unwrap_or(name.len() - name.trim_start().len());
    // The date starts its own cell (at the line's start or after a gap), as the place's
    // column goes on.
    let before = ctx.key(Span::new(ctx.lines[i].span.start, d.body.start));
    let own_cell = before.trim().is_empty() || before.ends_with("   ");
    let len = crate::grammar::match_at_start(Rule::place, &name[cell..])?;
    (own_cell && len == name.len() - cell)
        .then(|| Span::new(span.start + cell, span.start + name.len()))
}

/// Where the last cell of a row of key `row` (no trailing spaces) starts: after its last
/// column gap, whose last run of three spaces ends right before the cell's text.
fn last_cell(row: &str) -> Option<usize> {
    row.rfind("   ").map(|g| g + 3)
}

/// The rest of a date cut at the end of line `i`, at the start of the next line.
struct WrappedDate {
    /// What the next line gives: the day (cut after `ngày`), the month (cut before
    /// `tháng`), the year.
    day: Option<Span>,
    month: Option<Span>,
    year: Span,
    /// The whole piece on the next line.
    span: Span,
    /// It is all that line holds (then the line is the date's).
    alone: bool,
}

/// The rest of a date cut at the end of line `i` and printed at the start of the next line
/// (or at its end, in the date's column beside the other column's text), as text wrapped at
/// a fixed width or a header cell leaves it: the year after `năm`
/// (`Hòa Bình, ngày 03 tháng 5 năm` / `2016`), or the month and the year, and the day, after
/// a cut before `tháng` or after `ngày` (`Đà Lạt, ngày 03` / `tháng 4 năm 2024`). Only where
/// the line gave what comes before the cut: a blank form (`ngày ... tháng ... năm 20..`) is
/// not completed from the text below it.
fn wrapped_date(ctx: &Ctx<'_>, i: usize, d: &DateSeg) -> Option<WrappedDate> {
    if d.year.is_some() || (d.day.is_none() && d.month.is_some()) {
        return None;
    }
    let rule = match (d.day, d.month) {
        (Some(_), Some(_)) => Rule::wrapped_year,
        _ => Rule::wrapped_date,
    };
    // A cut after `ngày` needs the day on the next line; one after the day, none there.
    let day_wanted = d.day.is_none();
    let line = ctx.lines.get(i)?;
    let after = ctx.key(Span::new(d.body.end, line.span.end));
    if !after.trim().is_empty() {
        return None;
    }
    let next = ctx.lines.get(i + 1)?;
    if next.kind == LineKind::Blank {
        return None;
    }
    // Indented under the date's column (`pdftotext -layout`).
    let full = ctx.key(next.span);
    let indent = full.len() - full.trim_start().len();
    // A header cell's closing emphasis mark may end the line (`tháng 4 năm 2024 *`).
    let rest_empty = |k: &str| {
        k.trim_matches(|c: char| matches!(c, ' ' | '.' | ',' | '*' | '_'))
            .is_empty()
    };
    let (indent, len, alone) = match crate::grammar::match_at_start(rule, &full[indent..]) {
        Some(len) => (indent, len, rest_empty(&full[indent + len..])),
        // Or the next line's last cell, beside the other column's text (`V/v góp ý dự thảo
        // quy chuẩn        2024`), when the piece ends the line.
        None => {
            let cell = last_cell(full.trim_end())?;
            let len = crate::grammar::match_at_start(rule, &full[cell..])?;
            if !rest_empty(&full[cell + len..]) {
                return None;
            }
            (cell, len, false)
        }
    };
    let key = &full[indent..];
    let start = next.span.start + indent;
    // The figures of the match, in order: [day,] month, year (the year's four last).
    let mut runs = Vec::new();
    let bytes = key.as_bytes();
    let mut at = 0;
    while at < len {
        if bytes[at].is_ascii_digit() {
            let run = bytes[at..len]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            runs.push(Span::new(start + at, start + at + run));
            at += run;
        } else {
            at += 1;
        }
    }
    let year = *runs.last()?;
    let (day, month) = match (rule, runs.len()) {
        (Rule::wrapped_year, _) => (None, None),
        (_, 3) if day_wanted => (Some(runs[0]), Some(runs[1])),
        (_, 2) if !day_wanted => (None, Some(runs[0])),
        _ => return None,
    };
    Some(WrappedDate {
        day,
        month,
        year,
        span: Span::new(start, start + len),
        alone,
    })
}

/// The visible text of a digital-signature stamp: an e-mail and a signing time, with the
/// signer's name on the lines above (in capitals, or in normal case right above). Returns
/// the lines it used, sorted.
fn digital_signature(ctx: &mut Ctx<'_>, front: &[usize], doc: &mut Document) -> Vec<usize> {
    let esign = esign_lines(ctx, front);
    let Some(&first) = esign.first() else {
        return Vec::new();
    };
    // Capital lines right above the first stamp line name the signer.
    let pos = front.iter().position(|&i| i == first).unwrap_or(0);
    let mut signer_lines = Vec::new();
    for &i in front[..pos].iter().rev().take(3) {
        let l = &ctx.lines[i];
        if !l.caps_only() {
            break;
        }
        signer_lines.insert(0, i);
    }
    if signer_lines.is_empty() {
        signer_lines = name_atop(ctx, first);
    }
    read_digital_signature(ctx, &esign, &signer_lines, doc)
}

/// The signer's name in normal case at the top of the text, right above the stamp's first
/// line `first` and wrapped in its narrow box (`Huyện ủy Phù` | `Cát`): one or two short
/// lines of text with only blank lines before them.
fn name_atop(ctx: &Ctx<'_>, first: usize) -> Vec<usize> {
    let is_name = |i: usize| stamp_fragment(ctx, i).is_some_and(|t| !t.contains(':'));
    let top = (0..first)
        .rev()
        .take(2)
        .take_while(|&i| is_name(i))
        .last()
        .unwrap_or(first);
    let atop = ctx.lines[..top].iter().all(|l| l.kind == LineKind::Blank);
    if top < first && atop {
        (top..first).collect()
    } else {
        Vec::new()
    }
}

/// The stamp of a digital signature printed under the signer's name, in the closing
/// (`Ký bởi: ...`, `Thời gian ký: ...`), when the front had none.
pub(super) fn closing_digital_signature(ctx: &mut Ctx<'_>, closing: &[usize], doc: &mut Document) {
    let esign = esign_lines(ctx, closing);
    if doc.digital_signature.is_none() && !esign.is_empty() {
        read_digital_signature(ctx, &esign, &[], doc);
    }
}

/// The lines of `idx` that are part of a digital signature's stamp.
fn esign_lines(ctx: &Ctx<'_>, idx: &[usize]) -> Vec<usize> {
    idx.iter()
        .copied()
        .filter(|&i| ctx.lines[i].kind == LineKind::ESign)
        .collect()
}

/// Reads the stamp's lines `esign` (and the lines `signer_lines` that name the signer), and
/// returns the lines used, sorted.
fn read_digital_signature(
    ctx: &mut Ctx<'_>,
    esign: &[usize],
    signer_lines: &[usize],
    doc: &mut Document,
) -> Vec<usize> {
    let mut used = esign.to_vec();
    used.extend(signer_lines);
    let mut ds = DigitalSignature::default();
    if !signer_lines.is_empty() {
        let names: Vec<String> = signer_lines.iter().map(|&i| ctx.line_value(i)).collect();
        ds.signer = Some(squeeze(&names.join(" ")));
    }
    let mut time = Vec::new();
    for &i in esign {
        for s in &ctx.lines[i].segs {
            match s {
                Seg::Email(e) => ds.email = Some(ctx.value(*e)),
                Seg::ESignTime(t) => time.push(ctx.value(*t)),
                Seg::ESignLabel => {
                    let mut field = ctx.line_value(i);
                    let mut last = i;
                    while let Some(c) = esign_wrap(ctx, i, last) {
                        field.push(' ');
                        field.push_str(ctx.line_value(c).trim());
                        used.push(c);
                        last = c;
                    }
                    read_esign_field(&field, &mut ds, &mut time)
                }
                _ => {}
            }
        }
    }
    if !time.is_empty() {
        ds.signed_at = Some(time.join(" "));
    }
    used.sort_unstable();
    ds.span = ctx.cover(&used);
    for &i in &used {
        ctx.use_line(i);
    }
    doc.digital_signature = Some(ds);
    used
}

/// The line that goes on with the stamp's field on line `field` after its line `last`,
/// wrapped in the stamp's narrow box (`Người ký: Sở Giáo dục và` | `Đào tạo`; `Thời gian
/// ký: 14.09.2023` | `08:45:12 +07:00`): a short line of text right under it, starting in
/// the same column, at most two of them.
fn esign_wrap(ctx: &Ctx<'_>, field: usize, last: usize) -> Option<usize> {
    let next = last + 1;
    if next - field > 2 || next >= ctx.lines.len() {
        return None;
    }
    let text = stamp_fragment(ctx, next)?;
    let indent = |k: &str| k.len() - k.trim_start().len();
    // Not a field of its own (`Cơ quan: ...`); a time's colons are no label's.
    let labelled = text
        .split_once(':')
        .is_some_and(|(label, _)| label.bytes().any(|b| b.is_ascii_alphabetic()));
    (indent(ctx.line_key(field)).abs_diff(indent(ctx.line_key(next))) <= 1 && !labelled)
        .then_some(next)
}

/// The text of line `i` when it can be a piece of a stamp's narrow box: a short line of text
/// that ends no sentence (`Đào tạo`, `08:45:12 +07:00`, not `đơn).`).
fn stamp_fragment<'t>(ctx: &Ctx<'t>, i: usize) -> Option<&'t str> {
    let text = ctx.line_key(i).trim();
    (ctx.lines[i].kind == LineKind::Text
        && text.len() <= 40
        && !text.ends_with(['.', ')', ';', ',']))
    .then_some(text)
}

/// Reads one labelled field of a digital signature's stamp: `Người ký: NAME` (or `Ký bởi`,
/// `Cơ quan`) names the signer, `Email:` its address, any other label (`Thời gian ký:`) the
/// time.
fn read_esign_field(field: &str, ds: &mut DigitalSignature, time: &mut Vec<String>) {
    let Some((label, rest)) = field.split_once(':') else {
        return;
    };
    let l = crate::normalize::fold_str(label).to_lowercase();
    let rest = rest.trim();
    if rest.is_empty() {
    } else if l.contains("nguoi ky") || l.contains("ky boi") || l.contains("co quan") {
        ds.signer.get_or_insert_with(|| rest.to_owned());
    } else if l.contains("email") {
        ds.email.get_or_insert_with(|| rest.to_owned());
    } else {
        time.push(rest.to_owned());
    }
}

/// The stamp of a digital signature whose fields `pdftotext -layout` printed beside the
/// recipients (`- Như Điều 2;     Người ký: ...`): read from those fields' spans.
pub(super) fn glued_digital_signature(ctx: &mut Ctx<'_>, fields: &[Span], doc: &mut Document) {
    let mut ds = DigitalSignature::default();
    let mut time = Vec::new();
    for &f in fields {
        read_esign_field(&ctx.value(f), &mut ds, &mut time);
        ctx.consume(f);
    }
    if !time.is_empty() {
        ds.signed_at = Some(time.join(" "));
    }
    let all = fields
        .iter()
        .copied()
        .reduce(Span::cover)
        .unwrap_or_default();
    ds.span = ctx.input_span(all);
    doc.digital_signature = Some(ds);
}

/// Secrecy and urgency marks, draft marker, circulation, and the incoming stamp, on lines of
/// their own or glued into header lines.
fn marks_and_stamps(ctx: &mut Ctx<'_>, front: &[usize], doc: &mut Document) {
    let mut stamp_lines = Vec::new();
    let mut received = Received::default();
    // Key spans the stamp's fields were read from.
    let mut consumed: Vec<Span> = Vec::new();
    for (k, &i) in front.iter().enumerate() {
        if let Some(n) = stamp_number(ctx, front, k) {
            received.number = ctx.value(n).parse().ok();
            consumed.push(ctx.lines[i].span);
            stamp_lines.push(i);
            continue;
        }
        let line = &ctx.lines[i];
        // Whether this line gave a mark its value (a repeated mark line is kept as text).
        let mut gave = false;
        for s in &line.segs {
            match s {
                Seg::Secrecy(m) if doc.secrecy.is_none() => {
                    doc.secrecy = lexicon::mark_name(ctx.key(*m)).map(str::to_owned);
                    ctx.record("secrecy", *m);
                    gave = true;
                }
                Seg::Urgency(m) if doc.urgency.is_none() => {
                    doc.urgency = lexicon::mark_name(ctx.key(*m)).map(str::to_owned);
                    ctx.record("urgency", *m);
                    gave = true;
                }
                Seg::Draft(d) if doc.draft.is_none() => {
                    doc.draft = Some(ctx.value(*d));
                    ctx.record("draft", *d);
                    gave = true;
                }
                _ => {}
            }
        }
        match line.kind {
            LineKind::Marks | LineKind::Draft if gave => ctx.use_line(i),
            LineKind::Circulation => {
                doc.circulation = Some(ctx.line_value(i));
                ctx.record("circulation", line.span);
                ctx.use_line(i);
            }
            LineKind::Stamp => {
                for s in &line.segs {
                    match s {
                        Seg::StampNumber(n) => {
                            received.number = ctx.value(*n).parse().ok();
                            consumed.push(*n);
                        }
                        Seg::StampDate(d) => {
                            received.date = dates::parse_numeric(&ctx.value(*d));
                            consumed.push(*d);
                        }
                        Seg::StampRoute(r) => {
                            received.forwarded_to = Some(ctx.value(*r));
                            consumed.push(*r);
                        }
                        _ => {}
                    }
                }
                stamp_lines.push(i);
            }
            _ => {}
        }
    }
    for c in consumed {
        ctx.consume(c);
    }
    if !stamp_lines.is_empty() {
        received.span = ctx.cover(&stamp_lines);
        for &i in &stamp_lines {
            ctx.use_line(i);
        }
        doc.received = Some(received);
    }
}

/// Splits the notations into their codes, now that the document type is known, and judges
/// the family from the numbering and signature style when no header line told it.
pub(super) fn finish_number(doc: &mut Document, family_known: bool) {
    let cong_van = doc.doc_type.name.as_deref() == Some("CÔNG VĂN");
    split_codes(&mut doc.number, cong_van);
    for c in &mut doc.copies {
        split_codes(&mut c.number, false);
    }
    if !family_known && doc.source.kind == SourceKind::Document {
        let party_prefix = doc
            .signature
            .as_ref()
            .is_some_and(|s| s.chain.first().is_some_and(|c| c.contains('/')));
        let state_number = doc
            .number
            .notation
            .as_deref()
            .is_some_and(|n| !n.contains('/'));
        let state_prefix = doc
            .signature
            .as_ref()
            .is_some_and(|s| s.chain.first().is_some_and(|c| !c.contains('/')));
        if party_prefix {
            doc.family = Family::Party;
        } else if state_number || state_prefix {
            doc.family = Family::State;
        }
    }
}

/// Splits one notation into type, issuer and unit codes.
fn split_codes(number: &mut Number, cong_van: bool) {
    let Some(notation) = number.notation.clone() else {
        return;
    };
    let (type_part, rest) = match notation.split_once('/') {
        // Party form: `TB/VPTU`.
        Some((t, r)) => (Some(t.to_owned()), r.to_owned()),
        None => (None, notation.clone()),
    };
    let groups: Vec<&str> = rest.split('-').filter(|g| !g.is_empty()).collect();
    let n = number;
    if let Some(t) = type_part {
        n.type_code = Some(t);
        n.issuer_code = groups.first().map(|s| (*s).to_owned());
        n.unit_code = (groups.len() > 1).then(|| groups[1..].join("-"));
        return;
    }
    let first_is_type = groups.len() > 1 && !cong_van && lexicon::is_type_code(groups[0]);
    if first_is_type {
        n.type_code = Some(groups[0].to_owned());
        n.issuer_code = Some(groups[1].to_owned());
        n.unit_code = (groups.len() > 2).then(|| groups[2..].join("-"));
    } else {
        n.issuer_code = groups.first().map(|s| (*s).to_owned());
        n.unit_code = (groups.len() > 1).then(|| groups[1..].join("-"));
    }
}
