//! Hostile inputs: huge, degenerate, binary or malformed text. Each must give a clean
//! result (a `Document` whose spans lie inside the input, or a clear `Error` from
//! `parse_bytes`), never a panic or an abort, and finish quickly.
//!
//! Speed is measured in `benches/`, not here: every case runs in its own thread under a
//! generous 10 s watchdog (30x that in unoptimized builds), only to turn a hang into a
//! failure. The time vanban took (the calls wrapped in `timed`) and the wall-clock and CPU
//! time of the whole case, checks included, are printed
//! (`cargo test --release --test hostile -- --nocapture --test-threads=1`).
//!
//! The last test replays every input saved in `tests/fuzz_regressions/`.

use std::cell::Cell;
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use vanban::{Document, ErrorKind};

/// How long a case may run before it counts as a hang.
const WATCHDOG: Duration = Duration::from_secs(10);

/// Unoptimized builds (plain `cargo test`) run the parser 20-40x slower than release
/// builds (measured on this suite), so they get this many times the watchdog.
const DEBUG_FACTOR: u32 = 30;

fn watchdog_limit() -> Duration {
    if cfg!(debug_assertions) {
        WATCHDOG * DEBUG_FACTOR
    } else {
        WATCHDOG
    }
}

/// CPU time of the calling thread, where Linux reports it (for the printed report only).
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

thread_local! {
    /// Time spent inside vanban by the current case (see `timed`).
    static IN_VANBAN: Cell<Duration> = const { Cell::new(Duration::ZERO) };
}

/// Runs one call into vanban and adds its wall-clock time to the case's report, so that
/// the report tells the parser's time apart from the checks' (JSON trees, span walks).
fn timed<T>(f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    IN_VANBAN.with(|t| t.set(t.get() + start.elapsed()));
    out
}

/// Runs `f` on its own thread and fails if it does not finish within the watchdog.
/// A panic inside `f` fails the test with the panic's message. Prints the wall-clock
/// and CPU time of the case.
fn watchdog<T: Send + 'static>(name: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let handle = thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            let (start, cpu) = (Instant::now(), thread_cpu());
            let out = f();
            let cpu = cpu.zip(thread_cpu()).map(|(a, b)| b - a);
            let _ = tx.send((start.elapsed(), cpu, IN_VANBAN.with(Cell::get)));
            out
        })
        .expect("spawn the case's thread");
    let limit = watchdog_limit();
    match rx.recv_timeout(limit) {
        Ok((wall, cpu, parse)) => {
            let cpu = cpu.map_or("?".to_owned(), |c| format!("{:.1}", c.as_secs_f64() * 1e3));
            println!(
                "hostile {name}: vanban {:.1} ms; whole case {:.1} ms wall, {cpu} ms cpu",
                parse.as_secs_f64() * 1e3,
                wall.as_secs_f64() * 1e3
            );
            match handle.join() {
                Ok(out) => out,
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(p) => std::panic::resume_unwind(p),
            Ok(_) => unreachable!("the thread sends before it returns"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("hostile {name}: did not finish within {limit:?}")
        }
    }
}

/// Checks every span of the document (any `span` pair, any value of `spans`) against the
/// text: in bounds, not reversed, on char boundaries. Returns how many spans it checked.
fn check_spans(text: &str, doc: &Document) -> usize {
    fn walk(text: &str, v: &Value, path: &str, n: &mut usize) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    let p = format!("{path}.{k}");
                    match (k.as_str(), child) {
                        ("span", Value::Array(_)) => check(text, child, &p, n),
                        ("spans", Value::Object(spans)) => {
                            for (name, s) in spans {
                                check(text, s, &format!("{p}[{name}]"), n);
                            }
                        }
                        _ => walk(text, child, &p, n),
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(text, child, &format!("{path}[{i}]"), n);
                }
            }
            _ => {}
        }
    }
    fn check(text: &str, v: &Value, path: &str, n: &mut usize) {
        let pair: Vec<u64> = serde_json::from_value(v.clone()).expect("a span is a pair");
        let (s, e) = (pair[0] as usize, pair[1] as usize);
        assert!(s <= e, "{path}: reversed span {s}..{e}");
        assert!(
            e <= text.len(),
            "{path}: span {s}..{e} past the end {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{path}: span {s}..{e} splits a character"
        );
        *n += 1;
    }
    let json = serde_json::to_value(doc).expect("a document serializes");
    let mut n = 0;
    walk(text, &json, "$", &mut n);
    n
}

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n + 8);
        while out.len() < n {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(n);
        out
    }
}

/// Counts the items of a tree, children included.
fn count_items(items: &[vanban::Item]) -> usize {
    items.iter().map(|i| 1 + count_items(&i.children)).sum()
}

const HEADER: &str = "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                      Độc lập - Tự do - Hạnh phúc\nSố: 2354/UBND-VX\n\
                      Lai Châu, ngày 06 tháng 8 năm 2021\n";

#[test]
fn random_bytes_2mb() {
    watchdog("random_bytes_2mb", || {
        let bytes = Rng(0x9E37_79B9_7F4A_7C15).bytes(2 << 20);
        let first_nul = bytes
            .iter()
            .position(|&b| b == 0)
            .expect("2 MB holds a NUL");
        let err = timed(|| vanban::parse_bytes(&bytes)).expect_err("random bytes are not text");
        assert!(
            matches!(err.kind(), ErrorKind::NotText { offset, .. } if *offset <= first_nul),
            "{err}"
        );
        // The same bytes read leniently: a document, with every span inside the text.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = timed(|| vanban::parse(&text));
        assert!(check_spans(&text, &doc) > 0);
        assert!(!doc.unclassified.is_empty() || !doc.body.preamble.is_empty());
    });
}

#[test]
fn random_bytes_without_nul_or_controls() {
    watchdog("random_high_bytes_2mb", || {
        // Printable ASCII, newlines and bytes >= 0x80: passes the binary check, is not
        // UTF-8, so it goes to legacy detection.
        let mut bytes = Rng(7).bytes(2 << 20);
        for b in &mut bytes {
            if *b < 0x20 {
                *b = if *b % 4 == 0 { b'\n' } else { b' ' };
            }
        }
        let parsed = timed(|| vanban::parse_detailed(&bytes, &Default::default()))
            .expect("high bytes decode in some legacy encoding");
        assert_ne!(parsed.encoding, vanban::Encoding::Utf8);
        let text = vanban::decode::decode(&bytes, Some(parsed.encoding))
            .unwrap()
            .text;
        assert!(check_spans(&text, &parsed.document) > 0);
    });
}

#[test]
fn one_line_of_1mb() {
    watchdog("one_line_1mb", || {
        let word = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 ";
        let line = word.repeat((1 << 20) / word.len() + 1);
        let doc = timed(|| vanban::parse(&line));
        assert!(check_spans(&line, &doc) > 0);
        let json = serde_json::to_string(&doc).unwrap();
        // The text is kept: the JSON holds at least the line's length in text.
        assert!(
            json.len() >= line.trim().len(),
            "{} < {}",
            json.len(),
            line.len()
        );
        assert!(json.contains(line.trim()));
    });
}

#[test]
fn tcvn3_line_of_200k_column_gaps() {
    // TCVN3 capitals are restored column by column; finding each gap searched the rest of
    // the line, once per gap (15 s for this input in a release build).
    watchdog("tcvn3_gaps_200k", || {
        let tcvn3 = |s: &str| vanban::decode::encode(s, vanban::decode::Encoding::Tcvn3).unwrap();
        let mut bytes = tcvn3("Thực hiện văn bản số 12\n").repeat(20);
        bytes.extend(tcvn3("Hà Nội  ").repeat(200_000));
        let doc = timed(|| vanban::parse_bytes(&bytes)).unwrap();
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.contains("Thực hiện văn bản số 12"));
        assert_eq!(json.matches("Hà Nội").count(), 200_000);
    });
}

#[test]
fn lines_200k_numbered_items() {
    watchdog("items_200k", || {
        let text = "1. a\n".repeat(200_000);
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        let items = count_items(&doc.body.items);
        assert_eq!(
            items + doc.unclassified.len(),
            200_000,
            "every line is an item or kept"
        );
        assert!(items >= 199_000, "only {items} items");
    });
}

#[test]
fn bullets_200k_under_one_item() {
    watchdog("bullets_200k", || {
        let mut text = String::from("1. Nhiệm vụ\n");
        text.push_str(&"- a\n".repeat(200_000));
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert_eq!(doc.body.items.len(), 1);
        assert_eq!(doc.body.items[0].children.len(), 200_000);
    });
}

#[test]
fn deeply_nested_parenthesised_labels() {
    watchdog("nested_labels", || {
        // Thousands of opening parentheses before a label, on many lines.
        let mut text = String::new();
        for depth in [1usize, 10, 100, 1_000, 5_000, 20_000] {
            text.push_str(&"(".repeat(depth));
            text.push_str("x)\n");
            text.push_str(&"(".repeat(depth));
            text.push_str("1) nội dung\n");
        }
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.contains(&format!("{}x)", "(".repeat(20_000))));
    });
}

#[test]
fn unbalanced_parentheses_300k() {
    watchdog("parens_300k", || {
        let mut text = "(".repeat(300_000);
        text.push('\n');
        text.push_str(&")".repeat(300_000));
        text.push('\n');
        text.push_str(&"( ) (".repeat(60_000));
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        let kept: usize = doc.unclassified.iter().map(|l| l.text.len()).sum::<usize>()
            + doc
                .body
                .preamble
                .iter()
                .map(|p| p.text.len())
                .sum::<usize>();
        assert!(kept >= 600_000, "the parentheses are kept ({kept} bytes)");
    });
}

#[test]
fn nul_bytes() {
    watchdog("nul_bytes", || {
        let mut bytes = HEADER.as_bytes().to_vec();
        let at = bytes.len();
        bytes.extend_from_slice(b"THONG BAO\0\0\0\n\0");
        let err = timed(|| vanban::parse_bytes(&bytes)).expect_err("NUL bytes are binary");
        assert!(
            matches!(err.kind(), ErrorKind::NotText { offset, .. } if *offset == at + 9),
            "{err}"
        );
        assert_eq!(err.kind_name(), "not_text");
        // As a &str, NULs are just characters: the header still parses.
        let text = std::str::from_utf8(&bytes).unwrap();
        let doc = timed(|| vanban::parse(text));
        check_spans(text, &doc);
        assert_eq!(doc.number.number, Some(2354));
        let text = "\0".repeat(100_000);
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
    });
}

#[test]
fn invalid_utf8_mixed_with_vietnamese() {
    watchdog("invalid_utf8", || {
        let mut bytes = Vec::new();
        for i in 0..2_000 {
            bytes.extend_from_slice(HEADER.as_bytes());
            bytes.extend_from_slice(match i % 4 {
                0 => b"\xFF\xFE broken \xC3\n",
                1 => b"\xE1\xBB half a letter\n",
                2 => b"\xC0\x80 overlong\n",
                _ => b"\xED\xA0\x80 surrogate\n",
            });
        }
        let first_bad = std::str::from_utf8(&bytes).unwrap_err().valid_up_to();
        let forced = vanban::ParseOptions::default().with_encoding(vanban::Encoding::Utf8);
        let err = timed(|| vanban::parse_with(&bytes, &forced)).expect_err("not UTF-8");
        assert!(
            matches!(err.kind(), ErrorKind::Encoding { offset, .. } if *offset == first_bad),
            "{err}"
        );
        assert_eq!(err.offset(), Some(first_bad));
        // Detection falls back to a legacy 8-bit encoding and still gives a document.
        match timed(|| vanban::parse_detailed(&bytes, &Default::default())) {
            Ok(p) => {
                assert_ne!(p.encoding, vanban::Encoding::Utf8);
                let text = vanban::decode::decode(&bytes, Some(p.encoding))
                    .unwrap()
                    .text;
                check_spans(&text, &p.document);
            }
            Err(e) => assert!(matches!(e.kind(), ErrorKind::Encoding { .. }), "{e}"),
        }
        // Read leniently, the Vietnamese header is found.
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert_eq!(doc.number.number, Some(2354));
        assert_eq!(doc.family, vanban::Family::State);
    });
}

#[test]
fn repeated_headers_20k() {
    watchdog("headers_20k", || {
        let text = HEADER.repeat(20_000);
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert_eq!(doc.family, vanban::Family::State);
        assert_eq!(doc.number.number, Some(2354));
        assert_eq!(doc.date.as_deref(), Some("2021-08-06"));
        let n = doc.spans["number"];
        assert_eq!(&text[n.start..n.end], "2354/UBND-VX");
    });
}

#[test]
fn signer_lines_50k() {
    watchdog("signers_50k", || {
        let mut text = String::from("THÔNG BÁO\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\n");
        for i in 0..50_000 {
            text.push_str(match i % 3 {
                0 => "KT. CHỦ TỊCH\n",
                1 => "PHÓ CHỦ TỊCH\n",
                _ => "Nguyễn Văn An\n",
            });
        }
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        let sig = doc.signature.as_ref().expect("a signature block");
        assert_eq!(sig.authority.as_deref(), Some("KT"));
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.matches("Nguyễn Văn An").count() >= 16_666);
    });
}

#[test]
fn citations_20k_distinct() {
    // Each citation is compared only with earlier ones of its number and year (this text
    // once took time quadratic in the number of citations).
    watchdog("citations_20k", || {
        let mut text = String::from("Căn cứ:\n");
        for i in 1..=20_000 {
            text.push_str(&format!("- Quyết định số {i}/QĐ-UBND của Sở Y tế;\n"));
        }
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert_eq!(doc.references.len(), 20_000);
        let last = doc.references.last().unwrap();
        assert_eq!(last.number, Some(20_000));
        assert_eq!(last.notation.as_deref(), Some("QĐ-UBND"));
        assert_eq!(last.issuer.as_deref(), Some("Sở Y tế"));
    });
}

#[test]
fn bold_words_200k_on_one_line() {
    // Emphasis marks are judged against their line, whose facts are found once (this line
    // once took time quadratic in its marks).
    watchdog("bold_200k", || {
        let line = "**Sở** ".repeat(200_000);
        let doc = timed(|| vanban::parse(&line));
        check_spans(&line, &doc);
        let json = serde_json::to_string(&doc).unwrap();
        // The marks are gone and every word is kept.
        assert!(!json.contains("**"));
        assert!(json.matches("Sở").count() >= 200_000);
    });
}

#[test]
fn emphasis_between_400k_html_breaks_on_one_line() {
    // Each `<br>` starts a line for the emphasis marks after it; finding where that line
    // ends once searched to the end of the whole line (31.7 s on this line in a release
    // build).
    watchdog("bold_breaks_400k", || {
        let line = "**_Sở_**<br>".repeat(400_000);
        let doc = timed(|| vanban::parse(&line));
        check_spans(&line, &doc);
        let json = serde_json::to_string(&doc).unwrap();
        assert!(!json.contains("**") && !json.contains("_Sở"));
        assert!(json.matches("Sở").count() >= 400_000);
    });
}

#[test]
fn header_blocks_100k_on_one_line() {
    // A header line reads a bounded number of segments, each of which may scan the rest of
    // the line for a date (this line once took time quadratic in its segments).
    watchdog("header_blocks_100k", || {
        let line = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ".repeat(100_000);
        let doc = timed(|| vanban::parse(&line));
        check_spans(&line, &doc);
        assert_eq!(doc.family, vanban::Family::State);
        let header = doc.header.as_ref().expect("the national name");
        assert_eq!(
            header.name.as_deref(),
            Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        );
        // Every block is kept.
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.matches("NHÂN DÂN").count() >= 100_000);
        assert!(json.matches("CHỦ NGHĨA").count() >= 100_000);
    });
}

#[test]
fn signature_stamp_lines_100k() {
    // The stamp's lines are left out of the issuer's by a sorted lookup (a linear search per
    // line once made this quadratic).
    watchdog("stamp_lines_100k", || {
        let text = "Người ký: Nguyễn Văn A\nEmail: a@b.vn\n".repeat(50_000);
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        let stamp = doc.digital_signature.as_ref().expect("a digital signature");
        assert_eq!(stamp.signer.as_deref(), Some("Nguyễn Văn A"));
        assert_eq!(stamp.email.as_deref(), Some("a@b.vn"));
        assert_eq!(stamp.span.start, 0);
        assert_eq!(stamp.span.end, text.trim_end().len());
    });
}

#[test]
fn whitespace_only() {
    watchdog("whitespace_only", || {
        let text = " \t\r\n\x0c\u{00A0}\u{2003}\n".repeat(50_000);
        let err = timed(|| vanban::parse_bytes(text.as_bytes())).expect_err("nothing to parse");
        assert!(matches!(err.kind(), ErrorKind::Empty), "{err}");
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert!(doc.unclassified.is_empty() && doc.body.items.is_empty());
        assert_eq!(doc.number, vanban::Number::default());
    });
}

#[test]
fn empty_input() {
    watchdog("empty", || {
        let err = timed(|| vanban::parse_bytes(b"")).expect_err("empty");
        assert!(matches!(err.kind(), ErrorKind::Empty));
        assert_eq!(err.kind_name(), "empty");
        let doc = timed(|| vanban::parse(""));
        assert_eq!(check_spans("", &doc), 0);
        assert_eq!(doc.schema_version, vanban::SCHEMA_VERSION);
        assert!(vanban::explain("").iter().all(|r| r.kind == "blank"));
    });
}

/// Replays every input saved by fuzzing: raw bytes, through `parse_bytes`, and through
/// `parse` and `explain` when they are UTF-8.
#[test]
fn fuzz_regressions_replay() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_none_or(|e| e != "md"))
        .collect();
    files.sort();
    assert!(
        !files.is_empty(),
        "no regression inputs in {}",
        dir.display()
    );
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        watchdog(&format!("replay {name}"), move || {
            if let Ok(p) = timed(|| vanban::parse_detailed(&bytes, &Default::default())) {
                let text = vanban::decode::decode(&bytes, Some(p.encoding))
                    .unwrap()
                    .text;
                check_spans(&text, &p.document);
            }
            if let Ok(text) = std::str::from_utf8(&bytes) {
                let doc = timed(|| vanban::parse(text));
                check_spans(text, &doc);
                for row in vanban::explain(text) {
                    assert!(row.span.end <= text.len() && text.is_char_boundary(row.span.start));
                }
            }
        });
    }
}

#[test]
fn archive_entries_130k_on_the_noi_nhan_line() {
    // A flattened list is read up to its archive entry; each `- Lưu` tried there stops at the
    // next bullet (without that bound this line exhausted the call limit, quadratic).
    watchdog("luu_130k", || {
        let line = format!("Nơi nhận: {}\n", "- Lưu x ".repeat(130_000));
        let doc = timed(|| vanban::parse(&line));
        check_spans(&line, &doc);
        let json = serde_json::to_string(&doc).unwrap();
        assert!(json.matches("Lưu x").count() >= 130_000);
    });
}

#[test]
fn quotations_never_closed_40k() {
    // Each article quotes a clause whose closing mark is lost, so the body is read twice;
    // closing those quotations once searched every mark left open (time quadratic in them).
    watchdog("unclosed_quotes_40k", || {
        let text: String = (1..=40_000)
            .map(|i| format!("Điều {i}. Sửa đổi như sau:\n“{i}. Nội dung\n"))
            .collect();
        let doc = timed(|| vanban::parse(&text));
        check_spans(&text, &doc);
        assert_eq!(doc.body.items.len(), 40_000);
    });
}
