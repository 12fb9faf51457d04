//! Which zone of the document each line belongs to.
//!
//! A state machine walks the lines once: front matter until the title, the subject lines
//! after it, the addressees, the body until `Nơi nhận` or the signature, the closing until
//! the signer's name, then copy certifications (when a `SAO Y`/`SAO LỤC`/`TRÍCH SAO` heading
//! follows) or attachments. Zone boundaries need judgment across a few lines (what ends a
//! wrapped subject, whether a capital line is an issuer or an authority line), which is why
//! they are decided here rather than in the grammar.

use super::Ctx;
use crate::lexicon;
use crate::lines::{Line, LineKind, Seg, SigPart};

/// The zone of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Zone {
    Blank,
    /// The page around a scraped article.
    Chrome,
    Front,
    Subject,
    /// The continuation of a `V/v` subject.
    Vv,
    Addressee,
    /// Details under an addressee (`Mã số thuế: ...`, `Địa chỉ: ...`).
    AddresseeDetail,
    Body,
    Closing,
    Copy(u16),
    Attachment(u16),
    /// Lines kept as unclassified text, with the reason.
    Noise(Noise),
}

// A zone is stored for every line of the input.
const _: () = assert!(std::mem::size_of::<Zone>() <= 4);

/// Why a line of a zone that takes no text is kept as unclassified text. (A small enum
/// rather than the name itself: a zone is stored for every line, and stays 4 bytes.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Noise {
    /// A line among the header lines that is none of them.
    Header,
    /// A page marker (`Trang 2`, `-- 2 of 5 --`).
    PageMarker,
    /// Web page chrome inside the document.
    WebChrome,
    /// A line before the header.
    BeforeHeader,
    /// A table's border row left after the closing's cells (`| --- | --- |`,
    /// `------ ------`).
    TableBorder,
    /// A rule after the closing with nothing after it.
    FinalRule,
    /// A rule between the signer's name and the `Nơi nhận` list printed after it.
    ClosingRule,
    /// An e-mail's lines above the document (see `mail`).
    Mail,
}

impl Noise {
    /// The reason as reported (`unclassified[].kind`, `vanban explain`).
    pub fn name(self) -> &'static str {
        match self {
            Noise::Header => "header_noise",
            Noise::PageMarker => "page_marker",
            Noise::WebChrome => "web_chrome",
            Noise::BeforeHeader => "before_header",
            Noise::TableBorder => "table_border",
            Noise::FinalRule => "final_rule",
            Noise::ClosingRule => "closing_rule",
            Noise::Mail => "mail",
        }
    }
}

/// The zones of all lines, and what the zone pass learned on the way.
pub(crate) struct Plan {
    pub zones: Vec<Zone>,
    pub web_article: bool,
    /// The line of a web article's title and posting date.
    pub web_title: Option<usize>,
    pub web_posted: Option<usize>,
    /// Copy group 0 is an electronic copy's stamp above the header (`copies::mark_stamp`).
    pub copy_stamp: bool,
    /// The two lines of a type heading broken word by word (`title::split_type`).
    pub split_type: Option<(usize, usize)>,
}

impl Plan {
    /// The lines of one zone, in order.
    pub fn lines_in(&self, zone: Zone) -> Vec<usize> {
        self.each_in(zone).collect()
    }

    /// The lines of one zone, in order, without collecting them (for a zone that may hold
    /// most of a large input).
    pub fn each_in(&self, zone: Zone) -> impl Iterator<Item = usize> + '_ {
        (0..self.zones.len()).filter(move |&i| self.zones[i] == zone)
    }

    /// The copy blocks or attachments, each as its lines.
    pub fn groups(&self, copy: bool) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = Vec::new();
        let mut cur: Option<u16> = None;
        for (i, z) in self.zones.iter().enumerate() {
            let k = match (copy, z) {
                (true, Zone::Copy(k)) | (false, Zone::Attachment(k)) => *k,
                _ => continue,
            };
            if cur != Some(k) {
                out.push(Vec::new());
                cur = Some(k);
            }
            if let Some(g) = out.last_mut() {
                g.push(i);
            }
        }
        out
    }

    /// The name of a used line's zone.
    pub fn zone_name(&self, i: usize) -> &'static str {
        match self.zones.get(i) {
            Some(Zone::Chrome) => "web_chrome",
            Some(Zone::Front) => "front",
            Some(Zone::Subject) | Some(Zone::Vv) => "subject",
            Some(Zone::Addressee) | Some(Zone::AddresseeDetail) => "addressees",
            Some(Zone::Body) => "body",
            Some(Zone::Closing) => "closing",
            Some(Zone::Copy(_)) => "copy",
            Some(Zone::Attachment(_)) => "attachment",
            Some(Zone::Noise(k)) => k.name(),
            Some(Zone::Blank) | None => "blank",
        }
    }

    /// Why an unused line is kept.
    pub fn noise_kind(&self, i: usize) -> &'static str {
        match self.zones.get(i) {
            Some(Zone::Noise(k)) => k.name(),
            Some(Zone::Chrome) => "web_chrome",
            Some(Zone::Front) => "header_noise",
            Some(Zone::Closing) => "signature_column",
            Some(Zone::Copy(_)) => "copy_noise",
            Some(Zone::AddresseeDetail) => "addressee_detail",
            _ => "text",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Front,
    Subject { count: usize, caps: bool },
    Vv { count: usize },
    Addressee { inline: bool, entries: usize },
    Body,
    Closing { name_seen: bool, list_open: bool },
    Copy(u16),
    Attachment(u16),
}

/// Assigns every line a zone.
pub(crate) fn assign(ctx: &Ctx<'_>) -> Plan {
    let lines = ctx.lines;
    let n = lines.len();
    let mut plan = Plan {
        zones: vec![Zone::Blank; n],
        web_article: false,
        web_title: None,
        web_posted: None,
        copy_stamp: false,
        split_type: None,
    };
    let (start, end) = super::web::mark_chrome(ctx, &mut plan);
    let (start, end) = if plan.web_article {
        (start, end)
    } else {
        super::web::mark_facts(ctx, &mut plan, start, end)
    };
    let start = super::mail::mark_mail(ctx, &mut plan, start, end);
    let (start, mut next_group) = super::copies::mark_stamp(ctx, &mut plan, start, end);
    let has_copy_heading = |from: usize| {
        lines[from..end]
            .iter()
            .any(|l| l.kind == LineKind::CopyHeading)
    };

    let mut state = if plan.web_article {
        State::Body
    } else {
        State::Front
    };
    let mut seen_anchor = false;
    // In a double-spaced text (a blank line after nearly every line, as web pages and some
    // exports print it) one blank line is no gap; two are.
    let double = double_spaced(&lines[start..end]);
    let mut blank_run = 0;
    let mut blank_gap = false;
    let mut body_ended = false;
    // Whether a line of the body has been read.
    let mut body_seen = false;
    let mut prev: Option<usize> = None;
    let mut i = start;
    while i < end {
        let line = &lines[i];
        if line.kind == LineKind::Blank {
            blank_run += 1;
            blank_gap = !double || blank_run > 1;
            i += 1;
            continue;
        }
        if state == State::Front && seen_anchor {
            if let Some(j) = super::title::split_type(ctx, i).filter(|&j| j < end) {
                // The type heading broken word by word: both lines are the heading's, the
                // subject comes next.
                plan.zones[i] = Zone::Front;
                plan.zones[j] = Zone::Front;
                plan.split_type = Some((i, j));
                state = State::Subject {
                    count: 0,
                    caps: false,
                };
                prev = Some(j);
                (blank_gap, blank_run) = (false, 0);
                i = j + 1;
                continue;
            }
        }
        let zone = match state {
            State::Front => match front_step(ctx, start, i, seen_anchor) {
                Step::Stay(z, s) => {
                    if z == Zone::Front && is_anchor(line) {
                        seen_anchor = true;
                    }
                    if let Some(s) = s {
                        state = s;
                    }
                    z
                }
                Step::Switch(s) => {
                    state = s;
                    continue;
                }
            },
            State::Subject { count, caps } => {
                if count == 0 && super::title::by_line(ctx, i).is_some() {
                    // `CỦA BAN THƯỜNG VỤ TỈNH ỦY` under the heading: its author, and the
                    // subject still to come.
                    Zone::Subject
                } else if count > 0 && caps && names_issuer(ctx, &plan.zones, start, prev, i) {
                    // The decision's authority under a subject in capitals (`ỦY BAN NHÂN
                    // DÂN TỈNH ...`, `CHỦ TỊCH ỦY BAN ...`): the body's first line.
                    state = State::Body;
                    continue;
                } else if continues_subject(ctx, prev, i, blank_gap, count, caps) {
                    // The subject's first line below the heading says whether it is set
                    // in capitals, which its next lines must follow.
                    let caps = if count == 0 {
                        capitals_only(ctx.line_key(i))
                    } else {
                        caps
                    };
                    state = State::Subject {
                        count: count + 1,
                        caps,
                    };
                    Zone::Subject
                } else if line.kind == LineKind::Rule {
                    // The rule under the subject, and the body after it, unless `Kính gửi`
                    // comes first.
                    let kinh_gui_next = next_text(&lines[i + 1..end])
                        .is_some_and(|l| has_seg(l, |s| matches!(s, Seg::KinhGui { .. })));
                    state = if kinh_gui_next {
                        State::Front
                    } else {
                        State::Body
                    };
                    Zone::Front
                } else if line.kind == LineKind::Header && !has_seg(line, is_type) {
                    state = State::Front;
                    continue;
                } else {
                    state = State::Body;
                    continue;
                }
            }
            State::Vv { count } => {
                // A wrap that is only abbreviations in capitals (`V/v thu nợ BHXH, BHYT,` |
                // `BHTN, BHTNLĐ-BNN`), after a line left open by its comma.
                let caps_wrap = line.caps_only()
                    && prev.is_some_and(|p| ctx.line_key(p).trim_end().ends_with(','));
                if (line.kind == LineKind::Text || caps_wrap)
                    && (!blank_gap || wrap_after_gap(ctx.line_key(i)))
                    && count < 4
                    && !opens_body(ctx.line_key(i))
                    && !is_body_sentence(ctx.line_key(i))
                    && prev.is_some_and(|p| !ends_sentence(ctx.line_key(p)))
                {
                    state = State::Vv { count: count + 1 };
                    Zone::Vv
                } else {
                    state = State::Front;
                    continue;
                }
            }
            State::Addressee { inline, entries } => {
                let key = ctx.line_key(i);
                let bulleted = matches!(line.label(), Some((crate::model::LabelKind::Dash, _)));
                let entry_like = bulleted
                    || (line.kind == LineKind::Text
                        && key.len() < 160
                        && key.trim_end().ends_with([';', '.', ',']));
                if line.kind == LineKind::Header && !has_seg(line, is_type) {
                    state = State::Front;
                    continue;
                }
                if inline {
                    let closed = prev.is_some_and(|p| ctx.line_key(p).trim_end().ends_with('.'));
                    if !blank_gap
                        && line.kind == LineKind::Text
                        && prev.is_some_and(|p| wraps_inline_addressee(ctx, p, key))
                    {
                        // The inline list's wrapped end (`Kính gửi: Các Công ty Điện lực,
                        // Công ty TNHH MTV Điện lực` | `Đà Nẵng, Công ty ... Khánh Hòa.`).
                        if key.trim_end().ends_with('.') {
                            state = State::Body;
                        }
                        Zone::Addressee
                    } else if !blank_gap && line.kind == LineKind::Text && is_detail(key, closed) {
                        Zone::AddresseeDetail
                    } else if bulleted && !blank_gap && prev.is_some_and(|p| bullets_go_on(ctx, p))
                    {
                        // `Kính gửi: - Sở Tài chính,` | `- Sở Xây dựng.`: the entry on the
                        // heading's line opens a bulleted list, which goes on while each
                        // entry ends in `,` or `;`, or, bulleted itself, ends in no mark.
                        Zone::Addressee
                    } else {
                        state = State::Body;
                        continue;
                    }
                } else if entry_like && !(blank_gap && entries > 0 && line.label().is_none()) {
                    state = if key.trim_end().ends_with('.') {
                        State::Body
                    } else {
                        State::Addressee {
                            inline,
                            entries: entries + 1,
                        }
                    };
                    Zone::Addressee
                } else {
                    state = State::Body;
                    continue;
                }
            }
            State::Body => {
                let sig = line.sig_parts();
                let has_authority = sig.iter().any(|p| matches!(p, SigPart::Authority(_)));
                let only_name_or_note = line.kind == LineKind::Sig
                    && sig.iter().all(|p| {
                        matches!(p, SigPart::Name(_) | SigPart::Title(_) | SigPart::Signed(_))
                    });
                match line.kind {
                    LineKind::NoiNhan | LineKind::Luu => {
                        state = State::Closing {
                            name_seen: false,
                            list_open: false,
                        };
                        continue;
                    }
                    LineKind::Sig
                        if has_authority
                            || (body_ended && only_name_or_note)
                            || (body_ended
                                && lexicon::certifies_consolidation(ctx.line_key(i)))
                            || signed_name(&sig)
                            || position_and_name(ctx, i, prev) =>
                    {
                        state = State::Closing {
                            name_seen: false,
                            list_open: false,
                        };
                        continue;
                    }
                    // A position with a name under it, after the body's end mark, or after
                    // a sentence's full stop (a form, a giấy đi đường, prints no end mark
                    // and goes on below its signature).
                    LineKind::Sig
                        if is_position_line(ctx, line)
                            && ((body_ended
                                || prev.is_some_and(|p| {
                                    ctx.line_key(p).trim_end().ends_with('.')
                                }))
                                && name_follows(ctx, i)
                                || name_then_list(ctx, i)) =>
                    {
                        state = State::Closing {
                            name_seen: false,
                            list_open: false,
                        };
                        continue;
                    }
                    // A converter's table that holds the list and the signature opens with
                    // a border (`------ ------`, a grid table's `-----:-----:-`): no text of
                    // the last item.
                    LineKind::Rule
                        if ctx.line_key(i).trim().contains([' ', ':'])
                            && next_text(&lines[i + 1..end]).is_some_and(|l| {
                                l.kind == LineKind::NoiNhan
                                    || l.sig_parts()
                                        .iter()
                                        .any(|p| matches!(p, SigPart::Authority(_)))
                            }) =>
                    {
                        Zone::Noise(Noise::TableBorder)
                    }
                    LineKind::CopyHeading => {
                        state = State::Copy(next_group);
                        next_group += 1;
                        continue;
                    }
                    // A công điện's `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:` before its body:
                    // the addressees follow, as after `Kính gửi`.
                    _ if !body_seen && is_telegram_heading(ctx.line_key(i)) => {
                        state = State::Addressee {
                            inline: false,
                            entries: 0,
                        };
                        Zone::Addressee
                    }
                    _ => {
                        if super::has_end_mark(ctx.line_key(i)) {
                            body_ended = true;
                        }
                        body_seen = true;
                        Zone::Body
                    }
                }
            }
            // A page marker inside the closing (a long Nơi nhận list runs over a page) does
            // not end it.
            State::Closing { .. } if line.kind == LineKind::PageMarker => {
                Zone::Noise(Noise::PageMarker)
            }
            // The border row under a markdown row that held the list and the signature.
            State::Closing { .. }
                if line.kind == LineKind::Table
                    && !ctx.line_key(i).bytes().any(|b| b.is_ascii_alphanumeric()) =>
            {
                Zone::Noise(Noise::TableBorder)
            }
            // A converter's table that held the list and the signature closes with a
            // border: a simple table's dash runs with gaps (`------ ------`), or a grid
            // table's, a rule like any other once normalized.
            State::Closing { .. }
                if line.kind == LineKind::Rule && ctx.line_key(i).trim().contains(' ') =>
            {
                Zone::Noise(Noise::TableBorder)
            }
            // A rule that ends the document starts no attachment.
            State::Closing { .. }
                if line.kind == LineKind::Rule
                    && lines[i + 1..end].iter().all(|l| l.kind == LineKind::Blank) =>
            {
                Zone::Noise(Noise::FinalRule)
            }
            // A rule under the signer's name with the `Nơi nhận` list after it (a markdown
            // page's `---` between the two) starts no attachment.
            State::Closing { .. }
                if line.kind == LineKind::Rule
                    && next_text(&lines[i + 1..end])
                        .is_some_and(|l| l.kind == LineKind::NoiNhan) =>
            {
                Zone::Noise(Noise::ClosingRule)
            }
            State::Closing {
                name_seen,
                list_open,
            } => {
                // A name in capitals is a seal's text when the signer's name in normal case
                // follows close below (`TRƯỜNG TRUNG HÒA AN` | `* BÌNH LÂM` | `Đặng Thị Mỹ
                // Lệ`): OCR reads the seal's ring as lines of capitals.
                let has_name = line.sig_parts().iter().any(|p| {
                    super::closing::is_signer_name(ctx, p)
                        && !(matches!(p, SigPart::Caps(_)) && plain_name_below(&lines[i + 1..end]))
                });
                // After the name, only the rest of an open recipient list stays here.
                let list_line = list_open
                    && matches!(line.kind, LineKind::Item | LineKind::Text | LineKind::Luu);
                // A name wrapped onto the next line (`Phạm Thị` | `Thu Hường`): two short
                // names on adjacent lines are one.
                let wrapped_name = !blank_gap
                    && prev.is_some_and(|p| {
                        let above = &ctx.lines[p];
                        super::closing::wraps_name(ctx, above, line)
                            || super::closing::ends_name(ctx, above, line)
                    });
                if name_seen && !list_line && !wrapped_name && !continues_closing(line) {
                    state = if has_copy_heading(i) {
                        State::Copy(next_group)
                    } else {
                        State::Attachment(next_group)
                    };
                    next_group += 1;
                    continue;
                }
                let list_open = match line.kind {
                    LineKind::NoiNhan => !super::closing::holds_whole_list(ctx, line),
                    LineKind::Luu => false,
                    _ => list_open,
                };
                state = State::Closing {
                    name_seen: name_seen || has_name,
                    list_open,
                };
                Zone::Closing
            }
            State::Copy(k) => Zone::Copy(k),
            State::Attachment(k) => {
                // A chapter's title under its label (`Chương I` | `QUY ĐỊNH CHUNG`) reads
                // like a type heading, but goes on the attachment it is in.
                let under_division = prev.is_some_and(|p| {
                    (ctx.lines[p].label()).is_some_and(|(kind, _)| super::body::is_division(kind))
                });
                let k = if starts_attachment(ctx, i)
                    && !under_division
                    && prev.is_some_and(|p| plan.zones[p] == Zone::Attachment(k))
                {
                    let nk = next_group;
                    next_group += 1;
                    state = State::Attachment(nk);
                    nk
                } else {
                    k
                };
                Zone::Attachment(k)
            }
        };
        plan.zones[i] = zone;
        prev = Some(i);
        blank_gap = false;
        blank_run = 0;
        i += 1;
    }
    lost_list_heading(ctx, &mut plan, start, end);
    plan
}

/// A `Nơi nhận` heading OCR garbled past reading (`oe KT. TỔNG CỤC TRƯỞNG`, `Noi nhật TL. BỘ
/// TRƯỞNG`) leaves the list's entries in the body, and the closing starting at its archive
/// entry. The bulleted entries right above `Lưu` are the list's when the body's end mark
/// (`./.`) stands on the line above them, or one line higher (the garbled heading between).
fn lost_list_heading(ctx: &Ctx<'_>, plan: &mut Plan, start: usize, end: usize) {
    let lines = ctx.lines;
    let Some(luu) = (start..end).find(|&i| plan.zones[i] == Zone::Closing) else {
        return;
    };
    if lines[luu].kind != LineKind::Luu
        || lines[start..end]
            .iter()
            .any(|l| l.kind == LineKind::NoiNhan)
    {
        return;
    }
    let bullet = |i: usize| {
        lines[i].kind == LineKind::Item
            && matches!(lines[i].label(), Some((crate::model::LabelKind::Dash, _)))
    };
    let ends_body = |i: usize| super::has_end_mark(ctx.line_key(i));
    // Walk up over the entries and their wrapped lines to the end mark; the list's first
    // line is a bullet, and at most one line (the garbled heading) stands above it.
    let mut top = None;
    let mut entries = 0;
    let mut loose = 0;
    let mut marked = false;
    for i in (start..luu)
        .rev()
        .filter(|&i| lines[i].kind != LineKind::Blank)
    {
        if plan.zones[i] != Zone::Body {
            return;
        }
        if ends_body(i) {
            marked = true;
            break;
        }
        if bullet(i) {
            top = Some(i);
            entries += 1;
            loose = 0;
        } else if loose < 3 {
            loose += 1;
        } else {
            return;
        }
    }
    let Some(top) = top.filter(|_| marked && entries >= 2 && loose <= 1) else {
        return;
    };
    // The garbled heading, if any, is a short line.
    let heading = (start..top)
        .rev()
        .find(|&i| lines[i].kind != LineKind::Blank)
        .filter(|&i| !ends_body(i));
    if heading.is_some_and(|h| ctx.line_key(h).len() >= 60) {
        return;
    }
    let from = heading.unwrap_or(top);
    for (zone, line) in plan.zones[from..luu].iter_mut().zip(&lines[from..luu]) {
        if line.kind != LineKind::Blank {
            *zone = Zone::Closing;
        }
    }
}

/// Whether a blank line follows nearly every line of text (nine in ten, of at least eight).
fn double_spaced(lines: &[Line]) -> bool {
    let text = |l: &Line| l.kind != LineKind::Blank;
    let total = lines.iter().filter(|l| text(l)).count();
    let spaced = lines
        .windows(2)
        .filter(|w| text(&w[0]) && !text(&w[1]))
        .count()
        + usize::from(lines.last().is_some_and(text));
    total >= 8 && spaced * 10 >= total * 9
}

enum Step {
    /// Keep the line in this zone, optionally moving to a new state after it.
    Stay(Zone, Option<State>),
    /// Re-read the line in another state.
    Switch(State),
}

/// Reads line `i` before the body; the document starts at line `start`.
fn front_step(ctx: &Ctx<'_>, start: usize, i: usize, seen_anchor: bool) -> Step {
    let line = &ctx.lines[i];
    match line.kind {
        LineKind::Header => {
            if let Some(t) = line.find(|s| match s {
                Seg::Type(t) => Some(t),
                _ => None,
            }) {
                // A web page's title in capitals above the document it shows (`QUYẾT ĐỊNH
                // 245/QĐ-UBND NĂM 2024 VỀ ...`): a heading never carries its own number.
                if !seen_anchor && cites_number_after(ctx, i, t.name) && header_ahead(ctx, i, 12) {
                    return Step::Stay(Zone::Noise(Noise::BeforeHeader), None);
                }
                let caps = t.caps_subject.is_some();
                // After the author alone (`NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ`), the subject is
                // still to come.
                let by_only = t.caps_subject.as_ref().is_some_and(|c| {
                    super::title::by_phrase(ctx, c).is_some_and(|(_, rest)| rest.is_none())
                }) && t.subject.is_none()
                    && t.tail.is_none();
                let count =
                    usize::from(!by_only && (t.subject.is_some() || t.caps_subject.is_some()));
                return Step::Stay(Zone::Front, Some(State::Subject { count, caps }));
            }
            if has_seg(line, |s| matches!(s, Seg::KinhGui { .. })) {
                // A cover note's `Kính gửi Quý Công ty,` above a forwarded document: no
                // line of a header yet, and the document's own header still to come.
                if !seen_anchor
                    && !has_other_anchor(line)
                    && header_ahead(ctx, i, 12)
                    && !header_behind(ctx, start, i, 12)
                {
                    return Step::Stay(Zone::Noise(Noise::BeforeHeader), None);
                }
                let inline = line
                    .find(|s| match s {
                        Seg::KinhGui { text, .. } => Some(text.is_some()),
                        _ => None,
                    })
                    .unwrap_or(false);
                return Step::Stay(Zone::Front, Some(State::Addressee { inline, entries: 0 }));
            }
            if has_seg(line, |s| matches!(s, Seg::Vv { .. })) {
                return Step::Stay(Zone::Front, Some(State::Vv { count: 0 }));
            }
            // A line that only starts with a number and notation (`01/01/2019 của ...`) is
            // body text unless `Số:` stood alone on the line above.
            let number_only = line
                .segs
                .first()
                .is_some_and(|s| matches!(s, Seg::So(so) if !so.keyword));
            if !number_only || bare_number_after_so(ctx, i) {
                Step::Stay(Zone::Front, None)
            } else {
                text_in_front(ctx, i, seen_anchor)
            }
        }
        LineKind::Sig => {
            let parts = line.sig_parts();
            if parts.iter().all(|p| matches!(p, SigPart::Caps(_))) {
                // A site's name in capitals over its breadcrumb (`CỔNG THÔNG TIN ĐIỆN TỬ
                // TỈNH ...` | `Trang chủ > Văn bản`) is the page's, not the issuer's.
                if !seen_anchor && banner_of_page(ctx, i) {
                    return Step::Stay(Zone::Noise(Noise::WebChrome), None);
                }
                // A code among a word processor's saved properties (`EN-US`, `X-NONE`,
                // `16.00`): one token with a figure or a hyphen in it, no issuer's line.
                let key = ctx.line_key(i);
                if !seen_anchor
                    && lone_token(key)
                    && key.contains(|c: char| c == '-' || c.is_ascii_digit())
                    && anchor_ahead(ctx, i, 40)
                {
                    return Step::Stay(Zone::Noise(Noise::BeforeHeader), None);
                }
                Step::Stay(Zone::Front, None)
            } else if seen_anchor && parts.iter().any(|p| matches!(p, SigPart::Authority(_))) {
                Step::Switch(State::Body)
            } else {
                Step::Stay(Zone::Noise(Noise::Header), None)
            }
        }
        // The Party's star stands under the issuer's name; a line of stars before any header
        // line with no capitals above it is a page's (a bold mark `**` a crawler left
        // alone on its line).
        LineKind::Star if !seen_anchor && !caps_above(ctx, i) && anchor_ahead(ctx, i, 40) => {
            Step::Stay(Zone::Noise(Noise::BeforeHeader), None)
        }
        LineKind::Star
        | LineKind::Rule
        | LineKind::Marks
        | LineKind::Circulation
        | LineKind::Draft
        | LineKind::Stamp
        | LineKind::ESign
        | LineKind::Notation
        | LineKind::CopyHeading => Step::Stay(Zone::Front, None),
        LineKind::PageMarker => Step::Stay(Zone::Noise(Noise::PageMarker), None),
        // A row of the header table after a header line (a web page made the table
        // markdown), or one with nothing but borders and marks (`| * |  |`, `|---|---|`).
        LineKind::Table
            if seen_anchor || !ctx.line_key(i).bytes().any(|b| b.is_ascii_alphanumeric()) =>
        {
            Step::Stay(Zone::Front, None)
        }
        LineKind::WebPosted | LineKind::WebDated | LineKind::WebMarker | LineKind::WebFooter => {
            Step::Stay(Zone::Noise(Noise::WebChrome), None)
        }
        // A bullet with no word after it inside the header (`*`, `—`: a short rule or the
        // Party star as OCR read it) does not begin the body.
        LineKind::Item
            if seen_anchor
                && !ctx.line_key(i).bytes().any(|b| b.is_ascii_alphanumeric())
                && anchor_ahead(ctx, i, 4) =>
        {
            Step::Stay(Zone::Noise(Noise::Header), None)
        }
        // Before the header, a short label or bullet line (`~`, `+`, `1.`, `a)`, ` - Be Xa
        // -`: a stamp's or a scan's debris that OCR read as a label) right above a header
        // line is debris, not the body's start.
        // So is a lone token further above it: a figure of the properties a word processor
        // saved with its page (`Admin` | `Normal` | `2` | `2026-01-14T01:11:00Z` | `EN-US`).
        LineKind::Item
            if !seen_anchor
                && ctx
                    .line_key(i)
                    .bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .count()
                    <= 12
                && anchor_ahead(ctx, i, if lone_token(ctx.line_key(i)) { 40 } else { 4 }) =>
        {
            Step::Stay(Zone::Noise(Noise::BeforeHeader), None)
        }
        // A portal's table of the document's facts above it (`| Số hiệu: | 15/TB-UBND |`,
        // `| Ngày ban hành: | ... |`): the page's, like its menu, when the header follows.
        LineKind::Table if !seen_anchor && anchor_ahead(ctx, i, 40) => {
            Step::Stay(Zone::Noise(Noise::BeforeHeader), None)
        }
        LineKind::Formula | LineKind::Basis | LineKind::Item | LineKind::Table => {
            Step::Switch(State::Body)
        }
        LineKind::NoiNhan | LineKind::Luu => Step::Switch(State::Closing {
            name_seen: false,
            list_open: false,
        }),
        LineKind::Text | LineKind::Blank => text_in_front(ctx, i, seen_anchor),
    }
}

/// Whether a line is one short token (`false`, `2`, `2026-01-14T01:11:00Z`, `X-NONE`).
fn lone_token(key: &str) -> bool {
    let t = key.trim();
    !t.is_empty() && t.len() <= 24 && !t.contains(' ')
}

/// Whether the non-blank line above line `i` is a header line or a line of capitals.
fn caps_above(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.lines[..i]
        .iter()
        .rev()
        .find(|l| l.kind != LineKind::Blank)
        .is_some_and(|l| l.kind == LineKind::Header || l.caps_only())
}

/// A text line met before the body: noise before or inside the header, or the body's start.
fn text_in_front(ctx: &Ctx<'_>, i: usize, seen_anchor: bool) -> Step {
    let key = ctx.line_key(i);
    if !seen_anchor && anchor_ahead(ctx, i, 12) {
        return Step::Stay(Zone::Noise(Noise::BeforeHeader), None);
    }
    // A portal's menu, breadcrumb and page tools above the document may run longer: short
    // lines that end no sentence (`Tin tức - Sự kiện`, `Chia sẻ In trang Cỡ chữ: A- A A+`).
    // The wider window is searched only while such lines last, so at most a bounded number
    // of lines each look that far.
    // So are a markdown page's links and images (`[Trang chủ](https://...)`) and its title
    // naming the document (`Thông báo 15/TB-UBND năm 2025 ...`), however long.
    let menu_like = (key.len() <= 50
        && !key.starts_with(|c: char| c.is_ascii_lowercase())
        && !key.trim_end().ends_with(['.', ';', ',']))
        || lone_token(key)
        || key.contains("](")
        || titles_document(key);
    if !seen_anchor && menu_like && anchor_ahead(ctx, i, 40) {
        return Step::Stay(Zone::Noise(Noise::BeforeHeader), None);
    }
    if seen_anchor && is_garbage(key) && anchor_ahead(ctx, i, 4) {
        return Step::Stay(Zone::Noise(Noise::Header), None);
    }
    if seen_anchor && unmarked_subject(ctx, i) {
        return Step::Stay(Zone::Subject, None);
    }
    if seen_anchor && (stray_above_date(ctx, i) || stray_above_vv(ctx, i)) {
        return Step::Stay(Zone::Noise(Noise::Header), None);
    }
    Step::Switch(State::Body)
}

/// Whether text line `i` stands right above a `V/v` line: a header line OCR garbled past
/// reading (`Số $7712 /CT-TTHT Nam Định, ngày OBthang 1Onăm 2021`), since a body never
/// starts above the subject. A long line, or one that leads in to what follows (`...
/// nhận được Công văn số 12/SYT của Sở Y tế:`), is the body's.
fn stray_above_vv(ctx: &Ctx<'_>, i: usize) -> bool {
    let key = ctx.line_key(i).trim_end();
    key.len() <= 120
        && !key.ends_with(':')
        && next_text(&ctx.lines[i + 1..])
            .is_some_and(|l| has_seg(l, |s| matches!(s, Seg::Vv { .. })))
}

/// Whether text line `i`, which is no subject, stands right above the place and date with the
/// header going on below them (a type heading, `V/v` or `Kính gửi`): a line astray in the
/// header, not the body's start, which would take the date and title with it.
fn stray_above_date(ctx: &Ctx<'_>, i: usize) -> bool {
    let lines = ctx.lines;
    let Some(d) = (i + 1..lines.len()).find(|&j| lines[j].kind != LineKind::Blank) else {
        return false;
    };
    is_dated(&lines[d])
        && next_text(&lines[d + 1..]).is_some_and(|l| {
            has_seg(l, |s| {
                matches!(s, Seg::Type(_) | Seg::Vv { .. } | Seg::KinhGui { .. })
            })
        })
}

/// Whether text line `i` is a công văn's subject printed without `V/v`, as the Party's guide
/// prints it under the number (`Tăng cường phòng, chống đuối nước cho trẻ em`): a line (or
/// two or three of one wrapped subject) right under the header, with `Kính gửi` next, in a
/// header that has no type heading and no `V/v`. Between a header and its `Kính gửi` no
/// other text stands.
fn unmarked_subject(ctx: &Ctx<'_>, i: usize) -> bool {
    const WRAPS: usize = 2;
    let lines = ctx.lines;
    if ends_sentence(ctx.line_key(i)) {
        return false;
    }
    // Back over the subject's other lines (a wrap continues them on this one) to the
    // header's last line; the subject's first line is where it starts.
    let mut first = i;
    let mut above = None;
    let back = (0..i).rev().filter(|&j| lines[j].kind != LineKind::Blank);
    for (n, j) in back.enumerate() {
        if lines[j].kind != LineKind::Text {
            above = Some(j);
            break;
        }
        if n >= WRAPS {
            return false;
        }
        if lines[i].kind == LineKind::Text {
            first = j;
        }
    }
    let header_above = above.is_some_and(|j| {
        matches!(
            lines[j].kind,
            LineKind::Header | LineKind::Star | LineKind::Notation
        )
    });
    let key = ctx.line_key(first).trim();
    let subject_like = key.len() >= 8
        && key.starts_with(|c: char| c.is_ascii_uppercase())
        && !ends_sentence(key)
        && !opens_body(key)
        && !is_body_sentence(key);
    if !header_above || !subject_like {
        return false;
    }
    let kinh_gui = |l: &Line| has_seg(l, |s| matches!(s, Seg::KinhGui { .. }));
    let next_other = lines[i + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(WRAPS + 1)
        .find(|l| l.kind != LineKind::Text);
    // The place and date may stand between, when the header's two columns were read one
    // after the other (`Số` and the subject, then the date), unless a type heading follows
    // it, whose subject this is not.
    let typed_below = || {
        lines[i + 1..]
            .iter()
            .filter(|l| l.kind != LineKind::Blank)
            .take(WRAPS + 3)
            .any(|l| has_seg(l, is_type))
    };
    // A bounded look further up for a type heading or `V/v`, which would have the subject
    // already.
    next_other.is_some_and(|l| kinh_gui(l) || (is_dated(l) && !typed_below()))
        && !lines[i.saturating_sub(40)..i].iter().any(|l| {
            has_seg(l, |s| {
                matches!(s, Seg::Type(_) | Seg::Vv { .. } | Seg::KinhGui { .. })
            })
        })
}

/// Whether a header line gives a place and date.
fn is_dated(line: &Line) -> bool {
    line.kind == LineKind::Header && has_seg(line, |s| matches!(s, Seg::Date(_)))
}

fn has_seg(line: &Line, f: impl Fn(&Seg) -> bool) -> bool {
    line.segs.iter().any(f)
}

fn is_type(s: &Seg) -> bool {
    matches!(s, Seg::Type(_))
}

/// Segments that only a header has.
fn is_anchor(line: &Line) -> bool {
    match line.kind {
        LineKind::Header => line.segs.iter().any(is_anchor_seg),
        LineKind::Star | LineKind::Stamp | LineKind::Marks | LineKind::Notation => true,
        _ => false,
    }
}

/// The segments that only a header has.
fn is_anchor_seg(s: &Seg) -> bool {
    match s {
        s if s.is_heading() => true,
        Seg::Date(_) | Seg::Type(_) | Seg::Vv { .. } | Seg::KinhGui { .. } => true,
        Seg::So(so) => so.keyword,
        _ => false,
    }
}

/// Whether line `i` starts with the number that a bare `Số:` above left out: on the next
/// line (`Số:` | `147/TTg ...`), or, when it has its notation (`128/QĐ-SNN`), a few lines
/// on, the Quốc hiệu column printed between them (pdftotext).
fn bare_number_after_so(ctx: &Ctx<'_>, i: usize) -> bool {
    let whole = match ctx.lines[i].segs.first() {
        Some(Seg::So(so)) if !so.keyword && so.number.is_some() => !so.groups.is_empty(),
        _ => return false,
    };
    (0..i)
        .rev()
        .filter(|&p| ctx.lines[p].kind != LineKind::Blank)
        .take(if whole { 6 } else { 1 })
        .any(|p| {
            ctx.lines[p].segs.iter().any(|s| match s {
                Seg::So(so) => so.keyword && so.number.is_none() && so.groups.is_empty(),
                _ => false,
            })
        })
}

/// Whether the national heading, a `Số:` line with its number or the place and date (what
/// only a document's header prints) appears within the next `window` non-blank lines.
fn header_ahead(ctx: &Ctx<'_>, i: usize, window: usize) -> bool {
    ctx.lines[i + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(window)
        .any(prints_header)
}

/// Whether a line holds what only a document's header prints: the national heading, a
/// `Số:` with its number, or the place and date.
pub(super) fn prints_header(line: &Line) -> bool {
    line.kind == LineKind::Header
        && line.segs.iter().any(|s| match s {
            Seg::Date(_) => true,
            Seg::So(so) => so.keyword && so.number.is_some(),
            s => s.is_heading(),
        })
}

/// Whether a page's breadcrumb (`Trang chủ > ...`) is the next line after line `i`.
fn banner_of_page(ctx: &Ctx<'_>, i: usize) -> bool {
    (i + 1..ctx.lines.len())
        .find(|&j| ctx.lines[j].kind != LineKind::Blank)
        .is_some_and(|j| {
            ctx.lines[j].kind == LineKind::WebMarker
                && ctx
                    .line_key(j)
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("trang chu")
        })
}

/// Whether the text of line `i` after the type name `name` opens with a document's number
/// and notation (`245/QĐ-UBND`, `15-NQ/TU`).
fn cites_number_after(ctx: &Ctx<'_>, i: usize, name: crate::span::Span) -> bool {
    let line = ctx.lines[i].span;
    let rest = ctx.key(crate::span::Span::new(name.end.min(line.end), line.end));
    opens_with_number(rest.trim_start())
}

/// Whether `s` opens with a number and its notation's slash or dash (`245/QĐ-UBND`,
/// `12-CT/TU`).
fn opens_with_number(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(s.as_bytes().get(digits), Some(b'/' | b'-'))
}

/// Whether a line names a document by its type and number, as a page's title does
/// (`Thông báo 15/TB-UBND năm 2025 ...`, `Quyết định 245/QĐ-UBND ...`): a type name, then
/// a number with its notation.
pub(super) fn titles_document(key: &str) -> bool {
    let Some(at) = key.find(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    opens_with_number(&key[at..])
        && (2..=30).contains(&key[..at].trim().len())
        && crate::lexicon::type_by_key(key[..at].trim()).is_some()
}

/// Whether a line of a header (one in capitals, or with a header's segment) stands within
/// the `window` non-blank lines before line `i`, from line `start` on.
fn header_behind(ctx: &Ctx<'_>, start: usize, i: usize, window: usize) -> bool {
    ctx.lines[start..i]
        .iter()
        .rev()
        .filter(|l| l.kind != LineKind::Blank)
        .take(window)
        .any(|l| matches!(l.kind, LineKind::Header | LineKind::Sig))
}

/// Whether a line with `Kính gửi` also holds another anchor (`Hà Nội, ngày ... Kính gửi:`).
fn has_other_anchor(line: &Line) -> bool {
    line.segs
        .iter()
        .any(|s| !matches!(s, Seg::KinhGui { .. }) && is_anchor_seg(s))
}

/// Whether a header anchor appears within the next `window` non-blank lines.
fn anchor_ahead(ctx: &Ctx<'_>, i: usize, window: usize) -> bool {
    ctx.lines[i + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(window)
        .any(|l| {
            is_anchor(l)
                || (l.kind == LineKind::Header && l.segs.iter().any(|s| matches!(s, Seg::Caps(_))))
        })
}

/// OCR debris: a short line with few real words.
fn is_garbage(key: &str) -> bool {
    let words: Vec<&str> = key.split_whitespace().collect();
    let real = words
        .iter()
        .filter(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_alphabetic()))
        .count();
    key.len() < 40 && real * 2 <= words.len()
}

/// Whether a line's letters are all capitals (the key has no diacritics: ASCII letters).
fn capitals_only(key: &str) -> bool {
    key.bytes().any(|b| b.is_ascii_uppercase()) && !key.bytes().any(|b| b.is_ascii_lowercase())
}

/// Whether `key`, the line after `Kính gửi` line `p`, is the wrap of its addressees: the
/// heading's line ends in no mark (cut within a name), and this one, no longer than it (a
/// wrap's rest), ends the list (`.`, `;`) without being a labelled detail (`Địa chỉ: ...`)
/// or a note in brackets.
fn wraps_inline_addressee(ctx: &Ctx<'_>, p: usize, key: &str) -> bool {
    let head = &ctx.lines[p];
    let head_key = ctx.line_key(p).trim();
    let k = key.trim();
    let open = !head_key.ends_with(['.', ';', ',', ':', ')']) && k.len() <= head_key.len();
    let label = k
        .split_once(':')
        .is_some_and(|(l, _)| l.split_whitespace().count() <= 4);
    has_seg(head, |s| matches!(s, Seg::KinhGui { text: Some(_), .. }))
        && open
        && k.ends_with(['.', ';'])
        && !k.starts_with('(')
        && !label
}

/// Whether a bulleted addressee may follow line `p` of an inline `Kính gửi` list: its entry
/// ends in `,` or `;`, or it is bulleted (`Kính gửi: - Ủy ban nhân dân các tỉnh`, as older
/// documents print entries without marks) and not closed by a full stop.
fn bullets_go_on(ctx: &Ctx<'_>, p: usize) -> bool {
    let key = ctx.line_key(p).trim_end();
    if key.ends_with([',', ';']) {
        return true;
    }
    let dashed = matches!(
        ctx.lines[p].label(),
        Some((crate::model::LabelKind::Dash, _))
    ) || key
        .split_once(':')
        .is_some_and(|(_, entry)| entry.trim_start().starts_with("- "));
    dashed && !key.ends_with('.')
}

/// Detail lines under an inline addressee (`Mã số thuế: ...`, `Địa chỉ: ...`, or a short
/// line such as the addressee's position). After an addressee closed by its full stop, only
/// a labelled line is one: a short sentence there is the body's first (`Đề nghị ... ./.`).
fn is_detail(key: &str, closed: bool) -> bool {
    let label = key
        .split_once(':')
        .is_some_and(|(l, _)| l.split_whitespace().count() <= 4);
    label || key.len() < 60 && !closed
}

/// Whether line `i`, in capitals right above the basis lines or the formula, names the
/// issuer that the header printed, alone or after a position (`CHỦ TỊCH ỦY BAN NHÂN DÂN
/// TỈNH ...` under `ỦY BAN NHÂN DÂN` | `TỈNH ...`): a decision's authority line, which ends
/// a subject in capitals, unless the subject's line above left its phrase open (`... QUY
/// CHẾ LÀM VIỆC CỦA` | `ỦY BAN NHÂN DÂN TỈNH ...`). Only the header's last 40 lines are
/// searched.
fn names_issuer(
    ctx: &Ctx<'_>,
    zones: &[Zone],
    start: usize,
    prev: Option<usize>,
    i: usize,
) -> bool {
    let caps = ctx.lines[i].caps_only();
    let basis_next = next_text(&ctx.lines[i + 1..])
        .is_some_and(|l| matches!(l.kind, LineKind::Basis | LineKind::Formula));
    let open_above =
        prev.is_some_and(|p| crate::lexicon::ends_with_connector(&name_words(ctx.line_key(p))));
    if !caps || !basis_next || open_above {
        return false;
    }
    let words = name_words(ctx.line_key(i));
    let name = match crate::lexicon::position_start(&words) {
        Some(n) => &words[n..],
        None => &words[..],
    };
    if name.len() < 3 || !crate::lexicon::starts_org(name) {
        return false;
    }
    let mut header: Vec<usize> = (start..i)
        .rev()
        .filter(|&j| zones[j] == Zone::Front)
        .take(40)
        .collect();
    header.reverse();
    let header_words: Vec<&str> = header
        .iter()
        .flat_map(|&j| name_words(ctx.line_key(j)))
        .collect();
    header_words.windows(name.len()).any(|w| w == name)
}

/// The words of a name in capitals, as keys, with `UBND` and `HĐND` spelt out as a header
/// may print them either way.
fn name_words(key: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for w in key
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        match w {
            "UBND" => words.extend(["UY", "BAN", "NHAN", "DAN"]),
            "HDND" => words.extend(["HOI", "DONG", "NHAN", "DAN"]),
            w => words.push(w),
        }
    }
    words
}

/// Whether a line after a blank line still wraps the subject: it starts with a small
/// letter, in the middle of a phrase (`V/v chính sách thuế đối` | | `với khoản ...`), where
/// OCR or a converter put a blank line inside a paragraph. A new part of the document starts
/// with a capital or a label.
fn wrap_after_gap(key: &str) -> bool {
    key.trim_start()
        .starts_with(|c: char| c.is_ascii_lowercase())
}

/// Does line `i` continue a subject begun on the lines above?
fn continues_subject(
    ctx: &Ctx<'_>,
    prev: Option<usize>,
    i: usize,
    blank_gap: bool,
    count: usize,
    caps: bool,
) -> bool {
    let line = &ctx.lines[i];
    let key = ctx.line_key(i);
    // A line in capitals: words only, or led by a type name (`QUY ĐỊNH CHI TIẾT ...` under
    // `NGHỊ ĐỊNH`, `KẾT LUẬN CỦA ...` under `THÔNG BÁO`), which the grammar reads as another
    // type heading.
    let caps_line = match line.kind {
        LineKind::Sig => line.caps_only(),
        LineKind::Header => {
            matches!(&line.segs[..], [Seg::Type(t)] if t.caps_subject.is_some())
                && capitals_only(key)
        }
        _ => false,
    };
    // `Về việc ...` under a type heading is the subject, kept as printed.
    let ve_viec = line.kind == LineKind::Header && matches!(&line.segs[..], [Seg::Vv { .. }]);
    // So is `(V/v ...)` or `(Về việc ...)`, which the grammar reads as a note in parentheses.
    let paren_vv = line.kind == LineKind::Sig
        && matches!(&line.segs[..], [Seg::Sig(SigPart::Note(_))])
        && key
            .strip_prefix('(')
            .is_some_and(super::title::opens_vv_subject);
    if !(line.kind == LineKind::Text || caps_line || ve_viec || paren_vv) {
        return false;
    }
    // A sentence that leads into the body (`Sở ... trân trọng kính mời:`) or ends with its
    // end mark is the body's even right under the heading: a giấy mời or a giấy giới thiệu
    // has no subject.
    if count == 0 {
        return !(line.kind == LineKind::Text && is_body_sentence(key));
    }
    if (blank_gap && !wrap_after_gap(key)) || count >= 6 {
        return false;
    }
    // A line of figures only (`2024`, a wrap's last word) continues either kind.
    let figures_only = !key.bytes().any(|b| b.is_ascii_alphabetic());
    if caps_line != caps && !(caps_line && figures_only) {
        return false;
    }
    if prev.is_some_and(|p| ends_sentence(ctx.line_key(p))) {
        return false;
    }
    !is_body_sentence(key) && !opens_body(key)
}

/// Whether a line right after the subject, with no blank line between them (pdftotext's
/// default mode), is a sentence of the body: one in normal case that leads into what
/// follows (`Văn phòng ... thông báo như sau:`, a công điện's `CHỦ TỊCH ... điện:`), or one
/// that ends with the body's end mark `./.`, which no subject carries.
fn is_body_sentence(key: &str) -> bool {
    let key = key.trim_end();
    let leads_in = key.starts_with(|c: char| c.is_ascii_uppercase())
        && key.ends_with(':')
        && key.bytes().any(|b| b.is_ascii_lowercase());
    leads_in || key.ends_with("/.")
}

/// The line that heads a công điện's addressees: its author in capitals, then `điện:`
/// (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:`, `THỦ TƯỚNG CHÍNH PHỦ điện:`).
pub(super) fn is_telegram_heading(key: &str) -> bool {
    key.trim_end()
        .strip_suffix("dien:")
        .and_then(|author| author.strip_suffix(' '))
        .is_some_and(capitals_only)
}

/// Whether a line ends a sentence (`.`, `:`, `;`).
fn ends_sentence(key: &str) -> bool {
    key.trim_end().ends_with(['.', ':', ';', '!', '?'])
}

/// Whether a line opens a body paragraph (`Ngày 12/11/2024, ...`, `Thực hiện ...`).
pub(crate) fn opens_body(key: &str) -> bool {
    let k = key.trim_start();
    // `Ngày 12/11/2024, ...` opens the body; `Ngày giải phóng ...` continues a subject.
    if let Some(rest) = k.strip_prefix("Ngay") {
        let rest = rest.trim_start();
        return rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with("hom ");
    }
    lexicon::BODY_OPENERS.iter().any(|o| {
        k.starts_with(o)
            && k[o.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_alphabetic() || o.ends_with(' '))
    })
}

/// A line of capitals that names a position (`CHÁNH VĂN PHÒNG`, `GIÁM ĐỐC`).
fn is_position_line(ctx: &Ctx<'_>, line: &Line) -> bool {
    line.sig_parts()
        .iter()
        .all(|p| matches!(p, SigPart::Caps(_)))
        && lexicon::looks_like_position(ctx.key(line.span))
}

/// Whether signature parts are a name marked as signed (`Nguyễn Văn An (Đã ký)`, as a
/// legal site prints a statute's signer): the signature, with or without a position.
fn signed_name(sig: &[&SigPart]) -> bool {
    sig.iter().any(|p| matches!(p, SigPart::Name(_)))
        && sig.iter().any(|p| matches!(p, SigPart::Signed(_)))
}

/// Whether line `i` prints a position and the signer's name on one line (`CHỦ TỊCH QUỐC
/// HỘI Nguyễn Thị Kim Ngân`, a crawled statute's flattened signature) after a sentence's
/// full stop, with the `Nơi nhận` list or nothing after it.
fn position_and_name(ctx: &Ctx<'_>, i: usize, prev: Option<usize>) -> bool {
    let sig = ctx.lines[i].sig_parts();
    let [caps @ .., SigPart::Name(_)] = &sig[..] else {
        return false;
    };
    let (Some(first), Some(last)) = (caps.first(), caps.last()) else {
        return false;
    };
    if !caps.iter().all(|p| matches!(p, SigPart::Caps(_))) {
        return false;
    }
    let position = first.span().cover(last.span());
    lexicon::looks_like_position(ctx.key(position))
        && prev.is_some_and(|p| ctx.line_key(p).trim_end().ends_with('.'))
        && next_text(&ctx.lines[i + 1..])
            .is_none_or(|l| matches!(l.kind, LineKind::NoiNhan | LineKind::Luu))
}

/// The first line of `lines` that is not blank.
fn next_text(lines: &[Line]) -> Option<&Line> {
    lines.iter().find(|l| l.kind != LineKind::Blank)
}

/// Whether the signer's name in normal case follows within the next four non-blank lines.
fn plain_name_below(lines: &[Line]) -> bool {
    lines
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(4)
        .any(|l| {
            l.kind == LineKind::Sig && l.sig_parts().iter().any(|p| matches!(p, SigPart::Name(_)))
        })
}

/// Whether a personal name follows within the next three non-blank lines.
fn name_follows(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.lines[i + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank)
        .take(3)
        .any(|l| l.sig_parts().iter().any(|p| matches!(p, SigPart::Name(_))))
}

/// Whether a personal name follows line `i` within two non-blank lines, and after it the
/// `Nơi nhận` list or nothing: a signature printed above its recipient list, without an
/// authority prefix and after a body with no end mark.
fn name_then_list(ctx: &Ctx<'_>, i: usize) -> bool {
    let mut next = ctx.lines[i + 1..]
        .iter()
        .filter(|l| l.kind != LineKind::Blank);
    let is_name = |l: &Line| l.sig_parts().iter().any(|p| matches!(p, SigPart::Name(_)));
    let named = next.by_ref().take(2).any(is_name);
    named
        && next
            .next()
            .is_none_or(|l| matches!(l.kind, LineKind::NoiNhan | LineKind::Luu))
}

/// After the signer's name, lines that still belong to the closing (a recipient list printed
/// after the signature, the archive entry).
fn continues_closing(line: &Line) -> bool {
    match line.kind {
        // A digital signature's stamp printed under the name.
        LineKind::NoiNhan | LineKind::Luu | LineKind::ESign => true,
        LineKind::Item => matches!(line.label(), Some((crate::model::LabelKind::Dash, _))),
        LineKind::Sig => line
            .sig_parts()
            .iter()
            .all(|p| matches!(p, SigPart::Signed(_) | SigPart::Note(_))),
        _ => false,
    }
}

/// A heading that starts a new attachment.
fn starts_attachment(ctx: &Ctx<'_>, i: usize) -> bool {
    let line = &ctx.lines[i];
    let key = ctx.line_key(i).trim_start();
    key.starts_with("PHU LUC")
        || key.starts_with("Phu luc")
        || key.starts_with("Bieu so")
        || key.starts_with("BIEU SO")
        || key.starts_with("Mau so")
        || (line.kind == LineKind::Header && has_seg(line, is_type))
}
