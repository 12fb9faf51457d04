//! Metamorphic tests: every corpus document, re-encoded (UTF-16, Windows-1258, TCVN3, VNI),
//! re-normalized (NFD), with CRLF, with NBSP and trailing spaces, with markdown bold around
//! its header lines, with its header columns glued row by row, made a markdown table or
//! each joined on one line, cut into pages with page numbers or footers, indented or (as
//! copied from a PDF viewer) with no indentation and no form feeds, with its blank lines
//! removed or doubled, with its item labels in markdown bold, with its dates written in
//! figures, and without the comma before `ngày`, gives the same key facts as the original.
//!
//! `VANBAN_METAMORPHIC_EXTRA=DIR` adds the documents of another folder (a measurement, e.g.
//! on `../shared/corpus-dev`, not part of the test command).

use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;
use vanban::decode::{encode, Encoding};
use vanban::Document;

fn corpus_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"),
        &mut out,
    );
    // More documents to measure on (`.ci/run` passes `../shared/corpus-dev`, whose text may
    // not be copied into the project).
    if let Some(extra) = std::env::var_os("VANBAN_METAMORPHIC_EXTRA") {
        walk(Path::new(&extra), &mut out);
    }
    out
}

/// The facts a user relies on, as one comparable string, the signer's name in small
/// letters (one transformation prints it in capitals).
fn facts_any_case(doc: &Document) -> String {
    let mut doc = doc.clone();
    if let Some(s) = doc.signature.as_mut() {
        s.name = s.name.as_ref().map(|n| n.to_lowercase());
    }
    facts(&doc)
}

/// The facts a user relies on, as one comparable string.
fn facts(doc: &Document) -> String {
    let sig = doc.signature.as_ref();
    let subject: String = doc
        .subject
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(40)
        .collect();
    format!(
        "family={:?} type={:?}/{} number={:?} notation={:?} year={:?} parent={:?} issuer={:?} \
         place={:?} date={:?} subject={subject:?} signer={:?} authority={:?} position={:?} \
         items={} recipients={} copies={} addressees={}",
        doc.family,
        doc.doc_type.name,
        doc.doc_type.stated,
        doc.number.number,
        doc.number.notation,
        doc.number.year,
        doc.issuer.parent,
        doc.issuer.name,
        doc.place,
        doc.date,
        sig.and_then(|s| s.name.as_deref()),
        sig.and_then(|s| s.authority.as_deref()),
        sig.and_then(|s| s.position.as_deref()),
        doc.body.items.len(),
        doc.recipients.len(),
        doc.copies.len(),
        doc.addressees.len(),
    )
}

/// The original text of a corpus document (decoded, NFC).
fn original(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let d = vanban::decode::decode(&bytes, None).unwrap();
    d.text.nfc().collect()
}

/// Encodes character by character; unrepresentable characters become `?`, and for TCVN3 an
/// upper-case toned letter is stored as its lower-case byte, as `.VnTimeH` fonts did.
fn encode_lossy(text: &str, enc: Encoding) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in text.chars() {
        let s = c.encode_utf8(&mut buf);
        if let Some(b) = encode(s, enc) {
            out.extend(b);
        } else if enc == Encoding::Tcvn3 && c.is_uppercase() {
            let lower: String = c.to_lowercase().collect();
            out.extend(encode(&lower, enc).unwrap_or_else(|| b"?".to_vec()));
        } else {
            out.push(b'?');
        }
    }
    out
}

/// The index of the title line (a type heading or `V/v`), when there is one.
fn title_line(lines: &[&str]) -> Option<usize> {
    const TYPES: &[&str] = &[
        "THÔNG BÁO",
        "QUYẾT ĐỊNH",
        "CÔNG VĂN",
        "KẾ HOẠCH",
        "NGHỊ QUYẾT",
        "CHỈ THỊ",
        "GIẤY MỜI",
        "BÁO CÁO",
        "TỜ TRÌNH",
        "NGHỊ ĐỊNH",
        "THÔNG TƯ",
        "HƯỚNG DẪN",
        "CHƯƠNG TRÌNH",
    ];
    lines.iter().position(|l| {
        let t = l.trim().trim_matches('*');
        TYPES.iter().any(|ty| t.starts_with(ty)) || t.starts_with("V/v")
    })
}

/// Lines of the right header column: motto, Party header, place and date.
fn right_column(line: &str) -> bool {
    let folded: String = line
        .replace(['Đ', 'Ð'], "D")
        .replace('đ', "d")
        .nfd()
        .filter(char::is_ascii)
        .collect();
    folded.contains("CONG HO")
        || folded.contains("Doc lap")
        || folded.contains("DANG CONG SAN")
        || (folded.contains(", ngay ") && folded.contains(" thang "))
}

/// Lays the header out again: its left and right columns paired row by row, each pair
/// written by `row(index, rows, left, right)`; the text from the title on is kept.
fn relayout_header(text: &str, row: impl Fn(usize, usize, &str, &str) -> String) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(t) = title_line(&lines) else {
        return text.to_owned();
    };
    let header: Vec<&str> = lines[..t]
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let (right, left): (Vec<&str>, Vec<&str>) = header.iter().partition(|l| right_column(l));
    if right.is_empty() || left.is_empty() {
        return text.to_owned();
    }
    let rows = left.len().max(right.len());
    let mut out = String::new();
    for r in 0..rows {
        let l = left.get(r).map_or("", |s| s.trim());
        let rt = right.get(r).map_or("", |s| s.trim());
        out.push_str(&row(r, rows, l, rt));
    }
    for l in &lines[t..] {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Glues the two header columns row by row, as a PDF or OCR reading order would.
fn glue_header(text: &str) -> String {
    relayout_header(text, |_, _, l, rt| {
        format!("{}\n", format!("{l}    {rt}").trim())
    })
}

/// Each header column's lines joined into one line, as a web page gives a table cell whose
/// paragraphs lost their breaks: the left column's line, then the right column's.
fn header_cells(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let Some(t) = title_line(&lines) else {
        return text.to_owned();
    };
    let header: Vec<&str> = lines[..t]
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    let (right, left): (Vec<&str>, Vec<&str>) = header.iter().partition(|l| right_column(l));
    if right.is_empty() || left.is_empty() {
        return text.to_owned();
    }
    let mut out = format!("{}\n{}\n", left.join(" "), right.join(" "));
    for l in &lines[t..] {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// The header as the markdown table a web page converter makes of it: one row per pair of
/// lines of the two columns, the first followed by a row of rules, a blank line after.
fn header_table(text: &str) -> String {
    relayout_header(text, |r, rows, l, rt| {
        let rules = if r == 0 { "|---|---|\n" } else { "" };
        let end = if r + 1 == rows { "\n" } else { "" };
        format!("| {l} | {rt} |\n{rules}{end}")
    })
}

/// Wraps every non-blank header line in markdown bold.
fn bold_header(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let t = title_line(&lines).map_or(0, |t| t + 1);
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i < t && !l.trim().is_empty() && !l.trim().trim_matches('*').is_empty() {
            out.push_str(&format!("**{}**\n", l.trim()));
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// Every third line's spaces become NBSP; every line gets trailing spaces.
fn nbsp_and_trailing(text: &str) -> String {
    let mut out = String::new();
    for (i, l) in text.lines().enumerate() {
        if i % 3 == 0 {
            out.push_str(&l.replace(' ', "\u{a0}"));
        } else {
            out.push_str(l);
        }
        out.push_str("   \n");
    }
    out
}

/// Cuts the text into pages of 30 lines as `pdftotext` prints them: a form feed starts each
/// new page, and the page number is a line of its own at the page's top (`top`) or bottom.
fn paginate(text: &str, top: bool) -> String {
    let mut out = String::new();
    let mut page = 1;
    for (i, l) in text.lines().enumerate() {
        if i > 0 && i % 30 == 0 {
            page += 1;
            if top {
                out.push_str(&format!("\x0c{page}\n\n"));
            } else {
                out.push_str(&format!("\n{}\n\x0c", page - 1));
            }
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Pages of 30 lines closed by a footer line `Trang N/M` before the form feed.
fn page_footers(text: &str) -> String {
    let pages = text.lines().count().div_ceil(30);
    let mut out = String::new();
    for (i, l) in text.lines().enumerate() {
        if i > 0 && i % 30 == 0 {
            out.push_str(&format!("\nTrang {}/{pages}\n\x0c", i / 30));
        }
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Every line indented by four spaces.
fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

/// Blank lines removed (a scraped page often has none) or doubled (double spacing).
fn blank_lines(text: &str, double: bool) -> String {
    let mut out = String::new();
    for l in text.lines() {
        if !l.trim().is_empty() {
            out.push_str(l);
            out.push('\n');
            if double {
                out.push('\n');
            }
        }
    }
    out
}

/// Item labels in markdown bold, as converters print them: `**1.** Text`, `**a)** Text`.
fn bold_labels(text: &str) -> String {
    let mut out = String::new();
    for l in text.lines() {
        let body = l.trim_start();
        let indent = &l[..l.len() - body.len()];
        let word = body.split(' ').next().unwrap_or("");
        let stem = word.trim_end_matches(['.', ')']);
        let label = word.len() > stem.len()
            && !stem.is_empty()
            && (stem.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || stem.bytes().all(|b| b"IVX".contains(&b))
                || (stem.len() == 1 && stem.bytes().all(|b| b.is_ascii_lowercase())));
        if label && body.len() > word.len() {
            out.push_str(&format!("{indent}**{word}**{}\n", &body[word.len()..]));
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    out
}

/// Dates in words written in figures: `ngày 05 tháng 02 năm 2024` → `ngày 05/02/2024`.
fn dates_in_figures(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("ngày ") {
        out.push_str(&rest[..at]);
        let tail = &rest[at + "ngày ".len()..];
        let words: Vec<&str> = tail.splitn(6, ' ').collect();
        let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        let year = words.get(4).and_then(|w| w.get(..4));
        if words.len() >= 5
            && digits(words[0])
            && words[1] == "tháng"
            && digits(words[2])
            && words[3] == "năm"
            && year.is_some_and(|y| y.len() == 4 && digits(y))
        {
            let y = year.unwrap_or_default();
            out.push_str(&format!("ngày {}/{}/{y}", words[0], words[2]));
            let used = [words[0], words[1], words[2], words[3]]
                .iter()
                .map(|w| w.len() + 1)
                .sum::<usize>()
                + 4;
            rest = &tail[used..];
        } else {
            out.push_str("ngày ");
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// A type heading alone on its line in sentence case, as a web page's text reads when its
/// style sheet set the heading in capitals: `THÔNG BÁO` → `Thông báo`.
fn sentence_case_heading(text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let refs: Vec<&str> = text.lines().collect();
    if let Some(i) = title_line(&refs) {
        let t = refs[i].trim();
        let alone = !t.starts_with("V/v") && !t.chars().any(char::is_lowercase);
        let words = t.split_whitespace().count();
        if alone && words <= 3 {
            let mut chars = t.chars();
            let first = chars.next().map(String::from).unwrap_or_default();
            lines[i] = format!("{first}{}", chars.as_str().to_lowercase());
        }
    }
    lines.join("\n")
}

/// Lines longer than `width` characters broken at spaces, as text exported at a fixed width
/// reads (a header line, a motto, a citation and its date cut anywhere).
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut cur = String::new();
        for word in line.split(' ') {
            if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut cur));
            } else if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
        out.push(cur);
    }
    out.join("\n")
}

/// Soft hyphens and zero-width spaces inside words, as web pages leave them: one after
/// every seventh letter that another letter follows.
fn invisible_in_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut letters = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c.is_alphabetic() && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            letters += 1;
            if letters % 7 == 0 {
                out.push(if letters % 14 == 0 {
                    '\u{AD}'
                } else {
                    '\u{200B}'
                });
            }
        }
    }
    out
}

/// The signer's name printed in capitals (`Quách Tô Minh` → `QUÁCH TÔ MINH`), as some
/// offices print it.
fn signer_in_capitals(text: &str) -> String {
    let doc = vanban::parse(text);
    match doc.signature.and_then(|s| s.name) {
        Some(name) => match text.rfind(&name) {
            Some(at) => format!(
                "{}{}{}",
                &text[..at],
                name.to_uppercase(),
                &text[at + name.len()..]
            ),
            None => text.to_owned(),
        },
        None => text.to_owned(),
    }
}

type Transform = (&'static str, fn(&str) -> Vec<u8>);

/// The transformations that lay out the header's columns again or wrap the lines. They
/// take a document whose columns are printed one after the other; a document already laid
/// out with its columns side by side (`pdftotext -layout`) is not one they can take.
const RELAYOUTS: &[&str] = &[
    "glued header",
    "header table",
    "header cells on one line each",
    "hard-wrapped at 70 columns",
    "hard-wrapped at 50 columns",
];

/// Whether a header line holds two columns side by side: text, a run of five spaces or
/// more, and a line of the right column (not merely the blanks of an unnumbered draft's
/// `Số:       /TTr-STC`).
fn columns_side_by_side(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    let end = title_line(&lines).unwrap_or(lines.len());
    lines[..end].iter().any(|l| {
        let mut parts = l.trim().split("     ").filter(|p| !p.trim().is_empty());
        parts.next().is_some() && parts.any(right_column)
    })
}

const TRANSFORMS: &[Transform] = &[
    ("utf-16le", |t| encode(t, Encoding::Utf16Le).unwrap()),
    ("utf-16be", |t| encode(t, Encoding::Utf16Be).unwrap()),
    ("windows-1258", |t| encode_lossy(t, Encoding::Windows1258)),
    ("tcvn3", |t| encode_lossy(t, Encoding::Tcvn3)),
    ("vni", |t| encode_lossy(t, Encoding::Vni)),
    ("nfd", |t| t.nfd().collect::<String>().into_bytes()),
    ("crlf", |t| t.replace('\n', "\r\n").into_bytes()),
    ("nbsp+trailing", |t| nbsp_and_trailing(t).into_bytes()),
    ("bold header", |t| bold_header(t).into_bytes()),
    ("glued header", |t| glue_header(t).into_bytes()),
    ("header table", |t| header_table(t).into_bytes()),
    ("header cells on one line each", |t| {
        header_cells(t).into_bytes()
    }),
    ("page numbers at the top", |t| {
        paginate(t, true).into_bytes()
    }),
    ("page numbers at the bottom", |t| {
        paginate(t, false).into_bytes()
    }),
    ("page footers", |t| page_footers(t).into_bytes()),
    ("indented", |t| indent(t).into_bytes()),
    // Text copied from a PDF viewer keeps no indentation and no form feeds.
    ("no indentation, no form feeds", |t| {
        t.lines()
            .map(|l| format!("{}\n", l.trim_start_matches([' ', '\t', '\x0c'])))
            .collect::<String>()
            .into_bytes()
    }),
    ("no blank lines", |t| blank_lines(t, false).into_bytes()),
    ("double spaced", |t| blank_lines(t, true).into_bytes()),
    ("bold labels", |t| bold_labels(t).into_bytes()),
    ("dates in figures", |t| dates_in_figures(t).into_bytes()),
    ("hard-wrapped at 70 columns", |t| {
        hard_wrap(t, 70).into_bytes()
    }),
    ("hard-wrapped at 50 columns", |t| {
        hard_wrap(t, 50).into_bytes()
    }),
    ("invisible characters in words", |t| {
        invisible_in_words(t).into_bytes()
    }),
    ("signer's name in capitals", |t| {
        signer_in_capitals(t).into_bytes()
    }),
    // Text copied from a page's source keeps its HTML entities.
    ("html entities", |t| {
        t.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('“', "&ldquo;")
            .replace('”', "&#8221;")
            .replace(" - ", " &#45; ")
            .replace(" – ", " &ndash; ")
            .into_bytes()
    }),
    ("type heading in sentence case", |t| {
        sentence_case_heading(t).into_bytes()
    }),
    // OCR loses the comma between place and date.
    ("no comma before ngày", |t| {
        t.replace(", ngày ", " ngày ").into_bytes()
    }),
];

#[test]
fn transformed_documents_keep_their_key_facts() {
    let files = corpus_files();
    assert!(files.len() >= 5);
    let mut failures = Vec::new();
    for path in &files {
        let text = original(path);
        let doc = vanban::parse(&text);
        let (want_exact, want_any_case) = (facts(&doc), facts_any_case(&doc));
        let side_by_side = columns_side_by_side(&text);
        for (name, transform) in TRANSFORMS {
            if side_by_side && RELAYOUTS.contains(name) {
                continue;
            }
            // Only the transformation that capitalizes the signer's name compares it in
            // either case.
            let (facts, want): (fn(&Document) -> String, &String) = if name.starts_with("signer") {
                (facts_any_case, &want_any_case)
            } else {
                (facts, &want_exact)
            };
            let bytes = transform(&text);
            let got = match vanban::parse_bytes(&bytes) {
                Ok(doc) => facts(&doc),
                Err(e) => format!("error: {e}"),
            };
            if &got != want {
                failures.push(format!(
                    "{} [{name}]\n   want {want}\n   got  {got}",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The transformations really change the bytes (a transformation that did nothing would
/// make the test above vacuous).
#[test]
fn transformations_change_the_input() {
    let text = original(&corpus_files()[0]);
    for (name, transform) in TRANSFORMS {
        if *name == "glued header" || *name == "bold header" || *name == "header table" {
            continue;
        }
        assert_ne!(transform(&text), text.as_bytes(), "{name}");
    }
    let seed_003 = corpus_files()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("003_"))
        .unwrap();
    let t = original(&seed_003);
    assert!(glue_header(&t).contains("TỈNH LAI CHÂU**    Độc lập - Tự do - Hạnh phúc**"));
    assert!(bold_header(&t).contains("**Số: 2354 /UBND-VX**"));
    assert!(header_table(&t)
        .contains("|---|---|\n| TỈNH LAI CHÂU** | Độc lập - Tự do - Hạnh phúc** |\n"));
    assert!(bold_labels(&t).contains("\n**1.** Các sở, ban, ngành tỉnh"));
    assert!(dates_in_figures(&t).contains("Lai Châu, ngày 06/8/2021\n"));
}
