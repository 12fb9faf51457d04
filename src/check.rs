//! Conformance with the format rules: Nghị định 30/2020 for state documents, Hướng dẫn
//! 36-HD/VPTW for Party documents, the regime chosen from the document itself.
//!
//! The builders record what the checks need as they read the document ([`Facts`]: the
//! printed day and month, whether `Số` had a colon, where the headings were), so no check
//! reads the text again. Each finding is a [`Diagnostic`] with a stable code; the table is in
//! the README and in [`Code::ALL`].

use crate::diagnostic::{Code, Diagnostic};
use crate::lexicon;
use crate::model::*;
use crate::normalize::fold_str;
use crate::span::Span;

/// What the builders saw that the model does not keep. Spans are input spans.
#[derive(Clone, Debug, Default)]
pub(crate) struct Facts {
    /// The first non-blank line: where a missing header component is reported.
    pub start: Option<Span>,
    pub national: bool,
    pub motto: bool,
    pub party_header: bool,
    pub so: Option<SoFacts>,
    pub date: Option<DateFacts>,
    /// The type name as printed.
    pub type_heading: Option<Span>,
    /// The type name was printed with small letters (`Thông báo`).
    pub type_not_capitals: bool,
    pub kinh_gui: Option<Span>,
    pub noi_nhan: Option<Span>,
    /// The last line of the body.
    pub body_end: Option<Span>,
}

/// The document's own `Số` line.
#[derive(Clone, Debug, Default)]
pub(crate) struct SoFacts {
    pub span: Span,
    pub colon: bool,
    /// The number as printed, and its span.
    pub number: Option<(String, Span)>,
    /// Written `63-TB/VPTU` (Party form).
    pub party_form: bool,
    /// A number is printed but could not be read (an OCR misreading).
    pub unread: bool,
}

/// The date line's day and month as printed.
#[derive(Clone, Debug, Default)]
pub(crate) struct DateFacts {
    pub span: Span,
    pub day: Option<(String, Span)>,
    pub month: Option<(String, Span)>,
    /// Written in figures (`ngày 06/8/2021`).
    pub figures: bool,
    /// The day or month is printed but could not be read (an OCR misreading).
    pub unread: bool,
}

/// The date Nghị định 30/2020 took effect: type codes changed on it.
const ND30_IN_FORCE: &str = "2020-03-05";

/// Runs the checks of the document's regime.
pub(crate) fn run(doc: &Document, f: &Facts) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if doc.source.kind == SourceKind::WebArticle {
        return out;
    }
    let party = match doc.family {
        Family::State => false,
        Family::Party => true,
        Family::Unknown => return out,
    };
    let mut d = |code: Code, span: Option<Span>| out.push(Diagnostic::new(code, span));
    // Component 1: the national motto, or the Party header.
    if party {
        if !f.party_header {
            d(Code::MissingPartyHeader, f.start);
        }
    } else {
        if !f.national {
            d(Code::MissingNationalName, f.start);
        }
        if !f.motto {
            d(Code::MissingMotto, f.start);
        }
    }
    // Component 2: the issuer.
    if doc.issuer.name.is_none() {
        d(Code::MissingIssuer, f.start);
    }
    // Component 3: number and notation.
    match &f.so {
        None => d(Code::MissingNumber, f.start),
        Some(so) => {
            match &so.number {
                None if so.unread => d(Code::Unreadable, Some(so.span)),
                None => d(Code::NumberBlank, Some(so.span)),
                Some((printed, span)) => {
                    if printed.len() == 1 && printed != "0" {
                        d(Code::NumberPadding, Some(*span));
                    }
                }
            }
            if party && so.colon {
                d(Code::PartyNumberColon, Some(so.span));
            }
            let has_notation = doc.number.notation.is_some();
            if has_notation && so.party_form != party {
                d(Code::NumberForm, Some(so.span));
            }
        }
    }
    // Component 4: place and date, with the leading-zero rules.
    match &f.date {
        None => d(Code::MissingPlaceDate, f.start),
        Some(date) => date_rules(date, &mut d),
    }
    // Component 5: type name and subject.
    type_rules(doc, f, party, &mut d);
    // Component 7: signer.
    let signed = doc
        .signature
        .as_ref()
        .is_some_and(|s| s.name.is_some() || s.position.is_some());
    if !signed {
        d(Code::MissingSignature, f.body_end.or(f.start));
    }
    if let Some(sig) = &doc.signature {
        let party_style = sig.chain.iter().any(|c| c.contains('/'));
        let state_style = sig.chain.iter().any(|c| !c.contains('/'));
        if !party && party_style {
            d(Code::PartyPrefixInState, Some(sig.span));
        }
        if party && state_style {
            d(Code::StatePrefixInParty, Some(sig.span));
        }
    }
    // Component 9: recipients.
    recipient_rules(doc, f, party, &mut d);
    // The body.
    let has_body = !doc.body.items.is_empty() || !doc.body.preamble.is_empty();
    if !party && has_body && !doc.body.end_mark {
        d(Code::EndMarkMissing, f.body_end);
    }
    basis_rules(doc, &mut d);
    out
}

fn date_rules(date: &DateFacts, d: &mut impl FnMut(Code, Option<Span>)) {
    if date.figures {
        d(Code::DateInFigures, Some(date.span));
    }
    let (Some((day, day_span)), Some((month, month_span))) = (&date.day, &date.month) else {
        let code = match date.unread {
            true => Code::Unreadable,
            false => Code::DateBlank,
        };
        d(code, Some(date.span));
        return;
    };
    if let Ok(n) = day.parse::<u32>() {
        if n < 10 && day.len() == 1 {
            d(Code::DayPadding, Some(*day_span));
        }
    }
    if let Ok(n) = month.parse::<u32>() {
        let padded = month.len() == 2 && month.starts_with('0');
        if (n <= 2 && !padded) || (n >= 3 && padded) {
            d(Code::MonthPadding, Some(*month_span));
        }
    }
}

fn type_rules(doc: &Document, f: &Facts, party: bool, d: &mut impl FnMut(Code, Option<Span>)) {
    let Some(name) = doc.doc_type.name.as_deref() else {
        d(Code::MissingTypeOrSubject, f.start);
        return;
    };
    if doc.subject.is_none() {
        d(Code::MissingTypeOrSubject, f.type_heading.or(f.start));
    }
    if !doc.doc_type.stated {
        return;
    }
    if f.type_not_capitals {
        d(Code::TypeNameCase, f.type_heading);
    }
    let Some(info) = lexicon::type_by_key(name) else {
        return;
    };
    let so_span = f.so.as_ref().map(|s| s.span);
    let groups = doc
        .number
        .notation
        .as_deref()
        .map(|n| n.split(['-', '/']).count())
        .unwrap_or(0);
    match doc.number.type_code.as_deref() {
        Some(code) => {
            let k = fold_str(code);
            let matches_current = info.code.is_some_and(|c| fold_str(c) == k);
            let matches_old = info.old_codes.iter().any(|c| fold_str(c) == k);
            // Party numbering writes Quy định as QĐ, like Quyết định.
            let party_qd = party && k == "QD" && matches!(info.key, "QUY DINH" | "QUYET DINH");
            if !(matches_current || matches_old || party_qd) {
                d(Code::TypeCodeMismatch, so_span);
            } else if matches_old && !matches_current && !party {
                let after_nd30 = doc.date.as_deref().is_some_and(|x| x >= ND30_IN_FORCE);
                if after_nd30 {
                    d(Code::TypeCodeOutdated, so_span);
                }
            }
        }
        None if groups >= 2 && info.code.is_some() => d(Code::TypeCodeUnknown, so_span),
        None => {}
    }
}

fn recipient_rules(doc: &Document, f: &Facts, party: bool, d: &mut impl FnMut(Code, Option<Span>)) {
    if doc.recipients.is_empty() {
        d(Code::MissingRecipients, f.body_end.or(f.start));
        return;
    }
    let first = fold_str(&doc.recipients[0].text).to_lowercase();
    // `Như kính gửi` (to the addressees above) says the same.
    let as_above = first.starts_with("nhu tren") || first.starts_with("nhu kinh gui");
    if !doc.addressees.is_empty() && !as_above {
        d(Code::RecipientsNhuTren, Some(doc.recipients[0].span));
    }
    match doc.recipients.iter().find(|r| r.archive) {
        None => {
            let last = doc.recipients.last().map(|r| r.span);
            d(Code::RecipientsMissingLuu, last.or(f.noi_nhan));
        }
        Some(luu) if !party => {
            let has_vt = fold_str(&luu.text)
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| w == "VT");
            if !has_vt {
                d(Code::LuuMissingVt, Some(luu.span));
            }
        }
        Some(_) => {}
    }
}

fn basis_rules(doc: &Document, d: &mut impl FnMut(Code, Option<Span>)) {
    let n = doc.body.basis.len();
    for (k, b) in doc.body.basis.iter().enumerate() {
        let t = b.text.trim_end();
        // The last ends the list, or leads into the body (`..., Ủy ban xây dựng Kế hoạch
        // như sau:`).
        let ok = if k + 1 < n {
            t.ends_with(';')
        } else {
            t.ends_with(['.', ',', ':'])
        };
        if !ok {
            d(Code::BasisPunctuation, Some(b.span));
        }
    }
}
