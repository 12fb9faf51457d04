//! `vanban batch` end to end: the built binary run on trees of documents copied from
//! `corpus/seeds/` into temporary folders.

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::Value;

/// The binary under test.
const BIN: &str = env!("CARGO_BIN_EXE_vanban");

/// The seed documents, in name order.
fn seeds() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("corpus/seeds is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension() == Some(OsStr::new("txt")))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no seed documents in {}", dir.display());
    paths
        .iter()
        .map(|p| fs::read(p).expect("seed is readable"))
        .collect()
}

/// Writes `n` seed copies into nested folders under `root` (`03/07/doc00775.txt`) and
/// returns their paths relative to `root`, in sorted order.
fn make_tree(root: &Path, n: usize) -> Vec<String> {
    let seeds = seeds();
    let mut rels = Vec::with_capacity(n);
    for i in 0..n {
        let rel = format!("{:02}/{:02}/doc{i:05}.txt", i / 250, (i / 25) % 10);
        let path = root.join(&rel);
        fs::create_dir_all(path.parent().expect("has a parent")).expect("create folder");
        fs::write(&path, &seeds[i % seeds.len()]).expect("write document");
        rels.push(rel);
    }
    rels.sort();
    rels
}

/// Adds an empty file and a binary one; returns their relative paths.
fn add_bad_files(root: &Path) -> [&'static str; 2] {
    fs::create_dir_all(root.join("bad")).expect("create folder");
    fs::write(root.join("bad/empty.txt"), b"").expect("write");
    let mut binary = b"PK\x03\x04\x14\x00\x00\x00\x08\x00".to_vec();
    binary.extend((0u8..=255).cycle().take(4000));
    fs::write(root.join("bad/binary.txt"), binary).expect("write");
    ["bad/binary.txt", "bad/empty.txt"]
}

/// Runs `vanban batch` with `args` and waits for it.
fn batch<S: AsRef<OsStr>>(args: &[S]) -> Output {
    Command::new(BIN)
        .arg("batch")
        .args(args)
        .output()
        .expect("the vanban binary runs")
}

/// Starts `vanban batch` with `args` in the background.
fn spawn_batch<S: AsRef<OsStr>>(args: &[S]) -> Child {
    Command::new(BIN)
        .arg("batch")
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the vanban binary starts")
}

/// The exit code, with standard error shown when the assertion fails.
fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or_else(|| {
        panic!(
            "killed by a signal; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Every file under `dir` whose name ends with `suffix`, keyed by its path relative to
/// `dir` with `/` separators.
fn files(dir: &Path, suffix: &str) -> BTreeMap<String, PathBuf> {
    let mut found = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                let rel = path.strip_prefix(dir).expect("under dir");
                let rel = rel.to_string_lossy().replace('\\', "/");
                found.insert(rel, path);
            }
        }
    }
    found
}

/// The per-document outputs under `out` (every `.json` but the summary).
fn outputs(out: &Path) -> BTreeMap<String, PathBuf> {
    let mut found = files(out, ".json");
    found.remove("summary.json");
    found
}

/// A JSON file, parsed.
fn read_json(path: &Path) -> Value {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// The lines of a JSON Lines file, parsed.
fn read_jsonl(path: &Path) -> Vec<Value> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{l}: {e}")))
        .collect()
}

/// `summary.json`'s counts as (seen, converted, skipped, failed, failed_unchanged).
fn counts(out: &Path) -> (u64, u64, u64, u64, u64) {
    let s = read_json(&out.join("summary.json"));
    let c = &s["counts"];
    let n = |k: &str| c[k].as_u64().unwrap_or_else(|| panic!("counts.{k} in {s}"));
    (
        n("seen"),
        n("converted"),
        n("skipped"),
        n("failed"),
        n("failed_unchanged"),
    )
}

/// The output path of an input path: `.txt` becomes `.json`.
fn json_rel(rel: &str) -> String {
    format!("{}.json", rel.trim_end_matches(".txt"))
}

/// What identifies a file's version on disk: modification time, inode, content.
fn fingerprint(path: &Path) -> (SystemTime, u64, Vec<u8>) {
    let meta = fs::metadata(path).expect("metadata");
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    let mtime = meta.modified().expect("mtime");
    (mtime, inode, fs::read(path).expect("read"))
}

/// Waits until at least `n` outputs exist under `out`, or the child ends, or a minute
/// passes; returns whether the child is still running.
fn wait_for_outputs(child: &mut Child, out: &Path, n: usize) -> bool {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if child.try_wait().expect("try_wait").is_some() {
            return false;
        }
        if outputs(out).len() >= n {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    true
}

/// Asserts that every `.json` under `out` parses (no half-written file).
fn assert_all_json_whole(out: &Path) {
    for (rel, path) in files(out, ".json") {
        let bytes = fs::read(&path).expect("read");
        assert!(
            serde_json::from_slice::<Value>(&bytes).is_ok(),
            "{rel} is not whole JSON ({} bytes)",
            bytes.len()
        );
    }
}

#[test]
fn big_tree_converts_then_skips_and_jobs_do_not_change_outputs() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let good = make_tree(&input, 2000);
    let bad = add_bad_files(&input);
    let out1 = tmp.path().join("out1");

    // First run: everything converted but the two bad files.
    let run = batch(&[
        input.as_os_str(),
        OsStr::new("--out"),
        out1.as_os_str(),
        OsStr::new("--jobs"),
        OsStr::new("2"),
    ]);
    assert_eq!(code(&run), 1, "{}", String::from_utf8_lossy(&run.stderr));
    let produced = outputs(&out1);
    let expected: Vec<String> = good.iter().map(|r| json_rel(r)).collect();
    assert_eq!(produced.keys().cloned().collect::<Vec<_>>(), expected);
    for rel in good.iter().step_by(97) {
        let doc = read_json(&out1.join(json_rel(rel)));
        assert_eq!(doc["provenance"]["path"], Value::from(rel.as_str()));
        assert_eq!(doc["provenance"]["schema_version"], Value::from(1));
        assert_eq!(doc["provenance"]["sha256"].as_str().map(str::len), Some(64));
        assert_eq!(doc["provenance"]["encoding"], Value::from("utf-8"));
    }
    let errors = read_jsonl(&out1.join("errors.jsonl"));
    let failed: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| {
            (
                e["path"].as_str().unwrap_or(""),
                e["kind"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(failed, vec![(bad[0], "not_text"), (bad[1], "empty")]);
    assert!(errors
        .iter()
        .all(|e| e["message"].as_str().is_some_and(|m| !m.is_empty())));
    assert_eq!(counts(&out1), (2002, 2000, 0, 2, 0));
    let summary = read_json(&out1.join("summary.json"));
    assert_eq!(summary["documents"], Value::from(2000));
    assert_eq!(summary["interrupted"], Value::from(false));
    assert!(summary["fill_rates"]["date"]["rate"].as_f64().is_some());

    // Second run: nothing changed, so nothing is converted or rewritten.
    let before: BTreeMap<_, _> = produced
        .iter()
        .map(|(r, p)| (r.clone(), fingerprint(p)))
        .collect();
    let manifest = fs::read(out1.join("manifest.jsonl")).expect("manifest");
    let rerun = batch(&[input.as_os_str(), OsStr::new("--out"), out1.as_os_str()]);
    assert_eq!(
        code(&rerun),
        1,
        "{}",
        String::from_utf8_lossy(&rerun.stderr)
    );
    assert_eq!(counts(&out1), (2002, 0, 2000, 2, 2));
    let after: BTreeMap<_, _> = outputs(&out1)
        .iter()
        .map(|(r, p)| (r.clone(), fingerprint(p)))
        .collect();
    assert!(before == after, "the second run rewrote outputs");
    assert_eq!(
        fs::read(out1.join("manifest.jsonl")).expect("manifest"),
        manifest
    );
    assert_eq!(read_jsonl(&out1.join("errors.jsonl")), errors);

    // One worker gives byte-identical outputs.
    let out2 = tmp.path().join("out2");
    let single = batch(&[
        input.as_os_str(),
        OsStr::new("--out"),
        out2.as_os_str(),
        OsStr::new("--jobs"),
        OsStr::new("1"),
    ]);
    assert_eq!(code(&single), 1);
    let second = outputs(&out2);
    assert_eq!(
        second.keys().collect::<Vec<_>>(),
        produced.keys().collect::<Vec<_>>()
    );
    for (rel, path) in &produced {
        let a = fs::read(path).expect("read");
        let b = fs::read(&second[rel]).expect("read");
        assert!(a == b, "{rel} differs between --jobs 2 and --jobs 1");
    }
    for name in ["errors.jsonl", "manifest.jsonl"] {
        assert_eq!(
            fs::read(out1.join(name)).expect("read"),
            fs::read(out2.join(name)).expect("read"),
            "{name} differs between --jobs 2 and --jobs 1"
        );
    }
}

#[test]
fn killed_run_leaves_no_partial_json_and_a_rerun_completes_it() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let good = make_tree(&input, 600);
    let out = tmp.path().join("out");

    let mut child = spawn_batch(&[input.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    wait_for_outputs(&mut child, &out, 20);
    child.kill().expect("kill -9");
    child.wait().expect("wait");
    assert_all_json_whole(&out);

    let rerun = batch(&[input.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    assert_eq!(
        code(&rerun),
        0,
        "{}",
        String::from_utf8_lossy(&rerun.stderr)
    );
    let (seen, converted, skipped, failed, _) = counts(&out);
    assert_eq!((seen, converted + skipped, failed), (600, 600, 0));
    assert_eq!(outputs(&out).len(), good.len());
    assert_all_json_whole(&out);
    assert!(
        files(&out, ".tmp").is_empty(),
        "temporary files left behind"
    );
}

#[cfg(unix)]
#[test]
fn sigint_finishes_files_in_flight_writes_the_summary_and_exits_130() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    make_tree(&input, 600);
    let out = tmp.path().join("out");

    let mut child = spawn_batch(&[input.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    assert!(
        wait_for_outputs(&mut child, &out, 20),
        "the batch ended before it could be interrupted"
    );
    let sent = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(sent.success());
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));

    let summary = read_json(&out.join("summary.json"));
    assert_eq!(summary["interrupted"], Value::from(true));
    let (seen, converted, _, failed, _) = counts(&out);
    assert!(
        converted < 600 && converted == seen && failed == 0,
        "{summary}"
    );
    // Every file in flight was finished and recorded: outputs and manifest agree.
    assert_all_json_whole(&out);
    assert_eq!(outputs(&out).len() as u64, converted);
    let manifest = fs::read_to_string(out.join("manifest.jsonl")).expect("manifest");
    assert_eq!(manifest.lines().count() as u64, converted);

    let rerun = batch(&[input.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    assert_eq!(code(&rerun), 0);
    assert_eq!(counts(&out), (600, 600 - converted, converted, 0, 0));
}

#[test]
fn jsonl_to_standard_output_is_ordered_and_carries_paths() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let good = make_tree(&input, 60);
    add_bad_files(&input);

    let run = |jobs: &str| {
        batch(&[
            input.as_os_str(),
            OsStr::new("--jsonl"),
            OsStr::new("-"),
            OsStr::new("--jobs"),
            OsStr::new(jobs),
        ])
    };
    let two = run("2");
    assert_eq!(code(&two), 1);
    let stderr = String::from_utf8_lossy(&two.stderr);
    assert!(
        stderr.contains("empty.txt") && stderr.contains("binary.txt"),
        "{stderr}"
    );
    let stdout = String::from_utf8(two.stdout.clone()).expect("UTF-8");
    let paths: Vec<String> = stdout
        .lines()
        .map(|l| {
            let doc: Value = serde_json::from_str(l).expect("one JSON document a line");
            doc["provenance"]["path"].as_str().expect("path").to_owned()
        })
        .collect();
    assert_eq!(paths, good);
    assert_eq!(run("1").stdout, two.stdout, "--jobs changed the JSON Lines");
}

#[test]
fn jsonl_file_and_out_folder_together() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    make_tree(&input, 12);
    add_bad_files(&input);
    let out = tmp.path().join("out");
    let lines = tmp.path().join("all.jsonl");
    let run = batch(&[
        input.as_os_str(),
        OsStr::new("--jsonl"),
        lines.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    assert_eq!(code(&run), 1);
    assert_eq!(read_jsonl(&lines).len(), 12);
    // JSON Lines instead of one file per input; the report still goes to the folder.
    assert!(outputs(&out).is_empty());
    assert_eq!(read_jsonl(&out.join("errors.jsonl")).len(), 2);
    assert_eq!(counts(&out), (14, 12, 0, 2, 0));
}

#[test]
fn csv_has_a_header_and_one_row_per_document() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let good = make_tree(&input, 10);
    add_bad_files(&input);
    let out = tmp.path().join("out");
    let table = tmp.path().join("table.csv");
    let run = batch(&[
        input.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
        OsStr::new("--csv"),
        table.as_os_str(),
    ]);
    assert_eq!(code(&run), 1);
    let text = fs::read_to_string(&table).expect("csv");
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark for spreadsheets");
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("path,doc_type,number,notation,issuer,place,date,subject,signer_position,signer_name,recipients,diagnostics")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), good.len());
    for (row, rel) in rows.iter().zip(&good) {
        assert!(row.starts_with(&format!("{rel},")), "{row}");
    }

    // On a re-run the unchanged documents still get their rows.
    let rerun = batch(&[
        input.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
        OsStr::new("--csv"),
        table.as_os_str(),
    ]);
    assert_eq!(code(&rerun), 1);
    assert_eq!(counts(&out).2, 10);
    let again = fs::read_to_string(&table).expect("csv");
    assert_eq!(again.strip_prefix('\u{feff}'), Some(text));
}

#[test]
fn files_from_a_list_or_standard_input() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let good = make_tree(&tmp.path().join("in"), 30);
    let list = tmp.path().join("list.txt");
    let picked = [&good[3], &good[17], &good[29]];
    let mut text = String::new();
    for rel in picked {
        text.push_str(&format!("in/{rel}\r\n"));
    }
    text.push_str("\nin/missing.txt\n");
    fs::write(&list, text).expect("write list");

    let run = Command::new(BIN)
        .current_dir(tmp.path())
        .args(["batch", "--files-from", "list.txt", "--out", "out"])
        .output()
        .expect("runs");
    assert_eq!(code(&run), 1, "{}", String::from_utf8_lossy(&run.stderr));
    let out = tmp.path().join("out");
    let expected: Vec<String> = picked
        .iter()
        .map(|r| json_rel(&format!("in/{r}")))
        .collect();
    assert_eq!(outputs(&out).into_keys().collect::<Vec<_>>(), expected);
    let errors = read_jsonl(&out.join("errors.jsonl"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["path"], Value::from("in/missing.txt"));
    assert_eq!(errors[0]["kind"], Value::from("io"));

    let mut child = Command::new(BIN)
        .current_dir(tmp.path())
        .args([
            "batch",
            "--files-from",
            "-",
            "--out",
            "out-stdin",
            "--jobs",
            "1",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        writeln!(stdin, "in/{}", good[0]).expect("write");
        writeln!(stdin, "./in/{}", good[1]).expect("write");
    }
    assert_eq!(child.wait().expect("wait").code(), Some(0));
    let expected = vec![
        json_rel(&format!("in/{}", good[0])),
        json_rel(&format!("in/{}", good[1])),
    ];
    let got: Vec<String> = outputs(&tmp.path().join("out-stdin")).into_keys().collect();
    assert_eq!(got, expected);
}

#[test]
fn glob_chooses_the_files_of_walked_folders() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let seed = &seeds()[0];
    for rel in [
        "a.txt",
        "b.md",
        "sub/c.md",
        "sub/d.TXT",
        ".hidden/e.md",
        "sub/.f.md",
    ] {
        let path = input.join(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(path, seed).expect("write");
    }
    let run = |glob: &str, out: &str| {
        let out = tmp.path().join(out);
        let r = batch(&[
            input.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--glob"),
            OsStr::new(glob),
        ]);
        assert_eq!(code(&r), 0, "{}", String::from_utf8_lossy(&r.stderr));
        outputs(&out).into_keys().collect::<Vec<_>>()
    };
    assert_eq!(run("*.txt", "o1"), ["a.json"]);
    assert_eq!(run("*.md", "o2"), ["b.md.json", "sub/c.md.json"]);
    assert_eq!(run("*.{txt,TXT}", "o3"), ["a.json", "sub/d.json"]);
    assert_eq!(run("sub/*", "o4"), ["sub/c.md.json", "sub/d.json"]);

    let bad = batch(&[
        input.as_os_str(),
        OsStr::new("--out"),
        tmp.path().join("o5").as_os_str(),
        OsStr::new("--glob"),
        OsStr::new("*.{txt"),
    ]);
    assert_eq!(code(&bad), 2);
}

#[test]
fn retry_failed_tries_only_the_failed_inputs_again() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    make_tree(&input, 5);
    add_bad_files(&input);
    let out = tmp.path().join("out");
    let run = |extra: &[&str]| {
        let mut args = vec![input.as_os_str(), OsStr::new("--out"), out.as_os_str()];
        args.extend(extra.iter().map(OsStr::new));
        code(&batch(&args))
    };
    assert_eq!(run(&[]), 1);
    assert_eq!(counts(&out), (7, 5, 0, 2, 0));
    // Unchanged failures are not tried again, but still reported.
    assert_eq!(run(&[]), 1);
    assert_eq!(counts(&out), (7, 0, 5, 2, 2));
    assert_eq!(read_jsonl(&out.join("errors.jsonl")).len(), 2);
    // --retry-failed tries them (and leaves the converted ones alone).
    assert_eq!(run(&["--retry-failed"]), 1);
    assert_eq!(counts(&out), (7, 0, 5, 2, 0));
    // A fixed file is converted by a plain re-run, because its content changed.
    fs::write(input.join("bad/empty.txt"), &seeds()[1]).expect("write");
    fs::remove_file(input.join("bad/binary.txt")).expect("remove");
    assert_eq!(run(&[]), 0);
    assert_eq!(counts(&out), (6, 1, 5, 0, 0));
    assert!(out.join("bad/empty.json").is_file());
    // --force converts everything again.
    assert_eq!(run(&["--force"]), 0);
    assert_eq!(counts(&out), (6, 6, 0, 0, 0));
}

#[test]
fn a_damaged_or_deleted_output_is_converted_again() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    let good = make_tree(&input, 4);
    let out = tmp.path().join("out");
    let args = [input.as_os_str(), OsStr::new("--out"), out.as_os_str()];
    assert_eq!(code(&batch(&args)), 0);
    let first = fs::read(out.join(json_rel(&good[0]))).expect("read");
    fs::remove_file(out.join(json_rel(&good[0]))).expect("remove");
    fs::write(out.join(json_rel(&good[1])), b"{\"half\": ").expect("write");
    assert_eq!(code(&batch(&args)), 0);
    assert_eq!(counts(&out), (4, 2, 2, 0, 0));
    assert_eq!(fs::read(out.join(json_rel(&good[0]))).expect("read"), first);
    assert_all_json_whole(&out);
}

#[test]
fn the_output_folder_inside_the_input_tree_is_not_walked() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    make_tree(&input, 3);
    let out = input.join("converted");
    let args = [
        input.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
        OsStr::new("--glob"),
        OsStr::new("*"),
    ];
    assert_eq!(code(&batch(&args)), 0);
    assert_eq!(code(&batch(&args)), 0);
    assert_eq!(counts(&out), (3, 0, 3, 0, 0));
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let missing = tmp.path().join("missing");
    let out = tmp.path().join("out");
    let r = batch(&[missing.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    assert_eq!(code(&r), 2);
    assert!(String::from_utf8_lossy(&r.stderr).contains("missing"));
    // No output given.
    assert_eq!(code(&batch(&[tmp.path().as_os_str()])), 2);
    // Nothing to convert.
    assert_eq!(code(&batch(&["--out", "x"])), 2);
    assert_eq!(
        code(&batch(&[
            tmp.path().as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
            OsStr::new("--jobs"),
            OsStr::new("0"),
        ])),
        2
    );
}

#[cfg(unix)]
#[test]
fn links_to_files_are_followed_broken_ones_reported_folder_loops_ignored() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().expect("temp dir");
    let input = tmp.path().join("in");
    fs::create_dir_all(input.join("sub")).expect("mkdir");
    fs::write(input.join("sub/a.txt"), &seeds()[0]).expect("write");
    symlink("sub/a.txt", input.join("link.txt")).expect("symlink");
    symlink("nowhere.txt", input.join("broken.txt")).expect("symlink");
    symlink("..", input.join("sub/loop")).expect("symlink");
    let out = tmp.path().join("out");
    let run = batch(&[input.as_os_str(), OsStr::new("--out"), out.as_os_str()]);
    assert_eq!(code(&run), 1);
    assert_eq!(
        outputs(&out).into_keys().collect::<Vec<_>>(),
        ["link.json", "sub/a.json"]
    );
    let errors = read_jsonl(&out.join("errors.jsonl"));
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["path"], Value::from("broken.txt"));
    assert_eq!(errors[0]["kind"], Value::from("io"));
}
