//! The `vanban` binary: output formats, standard input, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn vanban(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_vanban"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the binary runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

const SEED_003: &str = "corpus/seeds/003_bd4c1ef8bd0ff5e5.txt";
const SEED_001: &str = "corpus/seeds/001_9e3fe6a5d14100d8.txt";

#[test]
fn parse_one_file_prints_one_json_document() {
    let out = vanban(&["parse", SEED_003], None);
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["number"]["number"], 2354);
    assert_eq!(doc["issuer"]["name"], "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
}

#[test]
fn several_files_give_json_lines() {
    let out = vanban(&["parse", SEED_003, SEED_001], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    let second: Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(second["number"]["notation"], "TB/VPTU");
}

#[test]
fn pretty_and_compact() {
    let pretty = vanban(&["parse", "--pretty", SEED_003], None);
    assert!(String::from_utf8(pretty.stdout).unwrap().lines().count() > 50);
    let compact = vanban(&["parse", "--compact", SEED_003], None);
    assert_eq!(
        String::from_utf8(compact.stdout).unwrap().lines().count(),
        1
    );
}

#[test]
fn dash_reads_standard_input() {
    let out = vanban(&["parse", "-"], Some("Số: 12/QĐ-UBND\n".as_bytes()));
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["number"]["notation"], "QĐ-UBND");
}

#[test]
fn a_missing_file_is_an_error_and_the_others_still_print() {
    let out = vanban(&["parse", "no/such/file.txt", SEED_003], None);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/file.txt"), "{err}");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["number"]["number"], 2354);
}

#[test]
fn empty_and_binary_inputs_are_clear_errors() {
    let out = vanban(&["parse", "-"], Some(b""));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("empty"));
    let out = vanban(&["parse", "-"], Some(b"PK\x03\x04\x00\x00\x00binary"));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("not text"));
}

#[test]
fn explain_shows_where_lines_went() {
    let out = vanban(&["explain", SEED_003], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let sig = text.lines().find(|l| l.contains("Tông Thanh Hải")).unwrap();
    assert!(
        sig.contains("closing") && sig.contains("signature"),
        "{sig}"
    );
    let stamp = text
        .lines()
        .find(|l| l.contains("TRƯỞNG CHÍNH TRỊ"))
        .unwrap();
    assert!(stamp.contains("header_noise"), "{stamp}");
}

#[test]
fn schema_is_json_schema_of_the_document() {
    let out = vanban(&["schema"], None);
    assert!(out.status.success());
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema["title"], "Document");
    assert!(schema["properties"]["signature"].is_object());
}

#[test]
fn unknown_encoding_is_a_usage_error() {
    let out = vanban(&["parse", "--encoding", "latin9", SEED_003], None);
    assert_eq!(out.status.code(), Some(2));
}
