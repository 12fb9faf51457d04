//! `vanban batch`: folder trees of documents to JSON, resumably, for archivists.
//!
//! The run is a loop over bounded chunks of inputs taken from a lazy, sorted walk: each
//! chunk is converted in parallel (rayon), then its results are handled in input order on
//! the main thread (JSON Lines, CSV, `errors.jsonl`, manifest, totals). Nothing is kept per
//! document beyond the chunk, so memory stays flat however many files there are, and every
//! ordered output is the same whatever `--jobs` is.
//!
//! In the output folder: one JSON per input at the mirrored path, `errors.jsonl`,
//! `summary.json` and `manifest.jsonl` (see [`manifest`]). Every file is written atomically
//! (see [`atomic`]).

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, IsTerminal, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use vanban::{Document, Provenance};

mod atomic;
mod glob;
mod manifest;
mod summary;
mod walk;

use glob::Glob;
use manifest::{Failure, Previous};
use summary::{Counts, Record, Report, Stats};
use walk::{Input, Item, Roots, Walker};

/// The errors file's name in the output folder.
const ERRORS_FILE: &str = "errors.jsonl";

/// The summary's name in the output folder.
const SUMMARY_FILE: &str = "summary.json";

/// Exit code of an interrupted run (128 + SIGINT, as shells report Ctrl-C).
const EXIT_INTERRUPTED: u8 = 130;

/// Arguments of `vanban batch`.
#[derive(Args)]
#[command(after_help = "\
Run the same command again to resume or update: inputs unchanged since they were converted \
are skipped and their outputs left alone.

Exit codes: 0 every input converted, 1 some failed (listed in OUT/errors.jsonl), \
2 usage or fatal error, 130 interrupted (Ctrl-C; the files in flight are finished).")]
pub struct BatchArgs {
    /// Files or folders to convert. Folders are walked recursively and their tree is
    /// mirrored under --out; a file named directly is mirrored at its path as written.
    #[arg(required_unless_present = "files_from", value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The output folder: one JSON per input, errors.jsonl, summary.json, manifest.jsonl.
    #[arg(long, value_name = "DIR", required_unless_present = "jsonl")]
    out: Option<PathBuf>,
    /// Which files of the walked folders to convert. Without `/` the pattern is matched
    /// against file names, with `/` against paths relative to the folder.
    /// Supports `*`, `?`, `[a-z]`, `{txt,TXT}` and `**`.
    #[arg(long, value_name = "PATTERN", default_value = "*.txt")]
    glob: String,
    /// Also convert the paths listed in FILE, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,
    /// Write JSON Lines to FILE (`-`: standard output) instead of one file per input.
    /// Every input is converted; the manifest is not used.
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Also write one CSV row per document to FILE (UTF-8 with a byte-order mark, so that
    /// spreadsheets read the Vietnamese text right).
    #[arg(long, value_name = "FILE")]
    csv: Option<PathBuf>,
    /// Worker threads [default: the number of cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    jobs: Option<u32>,
    /// No progress bar and no summary on standard error.
    #[arg(long, short = 'q')]
    quiet: bool,
    /// Convert every input again, even when unchanged.
    #[arg(long, conflicts_with = "jsonl")]
    force: bool,
    /// Also try again the inputs that failed before and are unchanged.
    #[arg(long, conflicts_with_all = ["jsonl", "force"])]
    retry_failed: bool,
}

/// Runs a batch. Exit 0 when every input was converted, 1 when some failed, 2 on a usage
/// or fatal error, 130 when interrupted.
pub fn run(args: BatchArgs) -> ExitCode {
    match run_batch(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("vanban: {message}");
            ExitCode::from(2)
        }
    }
}

/// What happened to one input.
enum Outcome {
    /// Not started: the run was interrupted first.
    NotStarted,
    /// Converted now.
    Converted {
        sha256: [u8; 32],
        bytes: u64,
        record: Record,
        /// The JSON line, in JSON Lines mode.
        line: Option<String>,
    },
    /// Unchanged since it was converted; its output was left as it is.
    Unchanged { bytes: u64, record: Record },
    /// No document.
    Failed {
        /// The input's hash, when it could be read; recorded in the manifest then, unless
        /// the failure was writing the output.
        sha256: Option<[u8; 32]>,
        bytes: u64,
        kind: String,
        message: String,
        /// Not tried again: unchanged since it failed.
        unchanged: bool,
    },
}

/// One line of `errors.jsonl`.
#[derive(Serialize)]
struct ErrorLine<'a> {
    /// The input's key (as in `provenance.path`).
    path: &'a str,
    /// The file on disk.
    input: &'a str,
    /// Stable error kind: `empty`, `not_text`, `encoding`, `too_large`, `limit`, `io`, `path`,
    /// `write`, `panic`.
    kind: &'a str,
    message: &'a str,
}

/// What every worker needs, shared read-only.
struct Context<'a> {
    /// The output folder, in tree mode.
    tree: Option<&'a Path>,
    /// The previous run's manifest, in tree mode.
    previous: Option<&'a Previous>,
    force: bool,
    retry_failed: bool,
    /// Set by Ctrl-C: no new input is started.
    stop: &'a AtomicBool,
    progress: &'a ProgressBar,
}

/// Where JSON Lines go.
enum Sink {
    Stdout(BufWriter<io::Stdout>),
    File(atomic::AtomicFile),
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
        }
    }
}

impl Sink {
    /// Finishes the stream: flushes standard output, or puts the file in place.
    fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush(),
            Sink::File(f) => f.commit(),
        }
    }
}

/// The output files being written during the run.
struct Outputs {
    /// `errors.jsonl` (when there is an output folder).
    errors: Option<atomic::AtomicFile>,
    jsonl: Option<Sink>,
    csv: Option<csv::Writer<atomic::AtomicFile>>,
    /// The manifest log (tree mode).
    log: Option<manifest::Log>,
}

/// The version that decides whether an earlier conversion is still good.
fn output_version() -> String {
    format!(
        "{}+schema{}",
        env!("CARGO_PKG_VERSION"),
        vanban::SCHEMA_VERSION
    )
}

/// The whole run; `Err` is a fatal error (exit 2).
fn run_batch(args: &BatchArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let glob = Glob::new(&args.glob).map_err(|e| format!("--glob {:?}: {e}", args.glob))?;
    // A path given on the command line that does not exist is a usage error; a missing
    // path in a --files-from list is one failed input among many.
    for path in &args.paths {
        fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let out = match &args.out {
        Some(dir) => {
            fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            // Leftovers of a killed run: hidden `.tmp` files, never outputs.
            atomic::sweep(dir);
            Some(dir.as_path())
        }
        None => None,
    };
    let exclude = out.and_then(|d| fs::canonicalize(d).ok());
    let tree = if args.jsonl.is_none() { out } else { None };

    let (previous, log) = match tree {
        Some(dir) => {
            let (previous, log) = manifest::open(dir, &output_version()).map_err(|e| {
                format!(
                    "cannot use {}: {e}",
                    dir.join(manifest::FILE_NAME).display()
                )
            })?;
            (Some(previous), Some(log))
        }
        None => (None, None),
    };
    let mut outputs = open_outputs(args, out, log)?;

    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    // First Ctrl-C (or SIGTERM): finish the files in flight, then report. A second one
    // quits at once, which is safe because every file is written atomically.
    if let Err(e) = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(i32::from(EXIT_INTERRUPTED));
        }
    }) {
        eprintln!("vanban: Ctrl-C will not stop cleanly: {e}");
    }

    let jobs = match args.jobs {
        Some(n) => n as usize,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| format!("cannot start {jobs} worker threads: {e}"))?;

    let progress = progress_bar(!args.quiet && io::stderr().is_terminal());
    if !progress.is_hidden() {
        // The total is counted by a second walk beside the conversion, so that the bar
        // gets a length (and an ETA) without holding the list of inputs.
        if let Ok(Some(roots)) = roots(args, false) {
            count_in_background(Walker::new(roots, glob.clone(), exclude.clone()), &progress);
        }
    }

    let roots = roots(args, true)?.ok_or("no inputs")?;
    let mut walker = Walker::new(roots, glob, exclude);
    let context = Context {
        tree,
        previous: previous.as_ref(),
        force: args.force,
        retry_failed: args.retry_failed,
        stop: &stop,
        progress: &progress,
    };
    // Chunks of a few dozen inputs per thread keep every thread busy while bounding what
    // is held in memory (in JSON Lines mode, a chunk's documents as text).
    let chunk_size = (jobs * 32).clamp(32, 1024);
    let mut counts = Counts::default();
    let mut stats = Stats::new();
    let mut bytes_read = 0u64;
    let mut chunk: Vec<Item> = Vec::with_capacity(chunk_size);
    while !stop.load(Ordering::SeqCst) {
        chunk.clear();
        for item in walker.by_ref().take(chunk_size) {
            chunk.push(item.map_err(|e| format!("cannot read the list of files: {e}"))?);
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|item| process(item, &context))
                .collect()
        });
        for (item, outcome) in chunk.iter().zip(results) {
            let (key, input) = match item {
                Item::File(Input { key, path, .. }) | Item::Problem { key, path, .. } => {
                    (key.as_str(), path.to_string_lossy())
                }
            };
            record(
                key,
                &input,
                outcome,
                &mut outputs,
                &mut counts,
                &mut stats,
                &mut bytes_read,
            )?;
        }
        flush(&mut outputs)?;
    }
    progress.finish_and_clear();
    let interrupted = stop.load(Ordering::SeqCst);
    finish(outputs)?;

    let report = Report {
        counts: &counts,
        stats: &stats,
        bytes: bytes_read,
        elapsed: started.elapsed(),
        jobs,
        interrupted,
    };
    if let Some(dir) = out {
        let json = report
            .to_json()
            .map_err(|e| format!("cannot build the summary: {e}"))?;
        let path = dir.join(SUMMARY_FILE);
        atomic::write(&path, &json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if !args.quiet {
        let errors = out.map(|d| d.join(ERRORS_FILE).display().to_string());
        eprintln!("{}", report.human(errors.as_deref()));
    }
    Ok(if interrupted {
        ExitCode::from(EXIT_INTERRUPTED)
    } else if counts.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Opens `errors.jsonl`, the JSON Lines sink and the CSV file.
fn open_outputs(
    args: &BatchArgs,
    out: Option<&Path>,
    log: Option<manifest::Log>,
) -> Result<Outputs, String> {
    let create = |path: &Path| {
        atomic::AtomicFile::create(path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))
    };
    let errors = match out {
        Some(dir) => Some(create(&dir.join(ERRORS_FILE))?),
        None => None,
    };
    let jsonl = match args.jsonl.as_deref() {
        Some(p) if p == Path::new("-") => Some(Sink::Stdout(BufWriter::new(io::stdout()))),
        Some(p) => Some(Sink::File(create(p)?)),
        None => None,
    };
    let csv = match args.csv.as_deref() {
        Some(p) => {
            let mut file = create(p)?;
            // The byte-order mark is what makes Excel read the file as UTF-8.
            file.write_all("\u{feff}".as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", p.display()))?;
            Some(csv::Writer::from_writer(file))
        }
        None => None,
    };
    Ok(Outputs {
        errors,
        jsonl,
        csv,
        log,
    })
}

/// The roots to visit: the command-line paths, then the `--files-from` list. `Ok(None)`
/// when the list cannot be read a second time (standard input) for counting.
fn roots(args: &BatchArgs, main: bool) -> Result<Option<Roots>, String> {
    let paths: Roots = Box::new(args.paths.clone().into_iter().map(Ok));
    let Some(list) = &args.files_from else {
        return Ok(Some(paths));
    };
    let reader: Box<dyn io::BufRead + Send> = if list.as_os_str() == "-" {
        if !main {
            return Ok(None);
        }
        Box::new(BufReader::new(io::stdin()))
    } else {
        let file = File::open(list).map_err(|e| format!("{}: {e}", list.display()))?;
        Box::new(BufReader::new(file))
    };
    Ok(Some(Box::new(paths.chain(walk::list_roots(reader)))))
}

/// The progress bar on standard error, or a hidden one.
fn progress_bar(visible: bool) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{spinner} {pos} files, {rate} [{elapsed}]")
        .map(with_rate)
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// Adds the `{rate}` key: files per second without the four decimals of `{per_sec}`.
fn with_rate(style: ProgressStyle) -> ProgressStyle {
    style.with_key(
        "rate",
        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
            // Writing to the bar's buffer cannot fail in a way worth reporting.
            let _ = write!(w, "{:.0} files/s", state.per_sec());
        },
    )
}

/// Counts the inputs on a thread of its own and gives the bar its length when done.
fn count_in_background(walker: Walker, progress: &ProgressBar) {
    let progress = progress.clone();
    let spawned = std::thread::Builder::new()
        .name("vanban-count".to_owned())
        .spawn(move || {
            let total = walker.take_while(Result::is_ok).count() as u64;
            let style = ProgressStyle::with_template(
                "[{elapsed_precise}] {wide_bar} {pos}/{len} files, {rate}, ETA {eta}",
            )
            .map(with_rate)
            .unwrap_or_else(|_| ProgressStyle::default_bar());
            progress.set_length(total);
            progress.set_style(style);
        });
    // Without the counting thread the bar simply has no length.
    drop(spawned);
}

/// Converts one input (runs on a worker thread).
fn process(item: &Item, cx: &Context<'_>) -> Outcome {
    let input = match item {
        Item::Problem { kind, message, .. } => {
            cx.progress.inc(1);
            return Outcome::Failed {
                sha256: None,
                bytes: 0,
                kind: (*kind).to_owned(),
                message: message.clone(),
                unchanged: false,
            };
        }
        Item::File(input) => input,
    };
    if cx.stop.load(Ordering::SeqCst) {
        return Outcome::NotStarted;
    }
    let outcome = convert(input, cx);
    cx.progress.inc(1);
    outcome
}

/// Reads, checks against the manifest, parses and writes one input.
fn convert(input: &Input, cx: &Context<'_>) -> Outcome {
    let bytes = match super::input::read(&input.path) {
        Ok(b) => b,
        Err(e) => {
            let kind = if super::input::is_too_large(&e) {
                "too_large"
            } else {
                "io"
            };
            return Outcome::Failed {
                sha256: None,
                bytes: 0,
                kind: kind.to_owned(),
                message: format!("cannot read the input: {e}"),
                unchanged: false,
            };
        }
    };
    let size = bytes.len() as u64;
    let sha256: [u8; 32] = Sha256::digest(&bytes).into();
    let sha_hex = hex(&sha256);
    let target = cx.tree.map(|dir| output_path(dir, &input.rel));

    let before = cx
        .previous
        .and_then(|p| p.get(&input.key))
        .filter(|e| e.sha256 == sha256 && !cx.force);
    if let Some(entry) = before {
        match (&entry.failure, &target) {
            (Some(f), _) if !cx.retry_failed => {
                return Outcome::Failed {
                    sha256: None,
                    bytes: size,
                    kind: f.kind.clone(),
                    message: f.message.clone(),
                    unchanged: true,
                }
            }
            (None, Some(target)) => {
                // The output is read back (not rewritten) for the totals and the CSV; if it
                // is gone or damaged, the input is converted again.
                if let Some(doc) = read_back(target, &input.key, &sha_hex) {
                    return Outcome::Unchanged {
                        bytes: size,
                        record: Record::of(&doc),
                    };
                }
            }
            _ => {}
        }
    }

    let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
        vanban::parse_detailed(&bytes, &vanban::ParseOptions::default())
    }));
    let parsed = match parsed {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => {
            return Outcome::Failed {
                sha256: Some(sha256),
                bytes: size,
                kind: e.kind_name().to_owned(),
                message: e.to_string(),
                unchanged: false,
            }
        }
        Err(payload) => {
            // A parser bug must not end a batch of thousands of files.
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            return Outcome::Failed {
                sha256: Some(sha256),
                bytes: size,
                kind: "panic".to_owned(),
                message: format!(
                    "the parser crashed (a bug; please report it with this file): {what}"
                ),
                unchanged: false,
            };
        }
    };
    let mut doc: Document = parsed.document;
    doc.provenance = Some(Provenance {
        path: Some(input.key.clone()),
        sha256: sha_hex,
        encoding: parsed.encoding.name().to_owned(),
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version: vanban::SCHEMA_VERSION,
    });
    let record = Record::of(&doc);
    let failed = |kind: &str, message: String, sha256| Outcome::Failed {
        sha256,
        bytes: size,
        kind: kind.to_owned(),
        message,
        unchanged: false,
    };
    let line = match target {
        Some(target) => {
            // Sized for the usual output, about 2.3 times the input (spans and indentation),
            // so that the buffer is rarely grown and copied on the way.
            let mut json = Vec::with_capacity(bytes.len() * 3 + 1024);
            if let Err(e) = serde_json::to_writer_pretty(&mut json, &doc) {
                return failed("serialize", format!("cannot serialize: {e}"), None);
            }
            json.push(b'\n');
            if let Err(e) = atomic::write(&target, &json) {
                // Not recorded in the manifest: the next run tries again.
                let message = format!("cannot write {}: {e}", target.display());
                return failed("write", message, None);
            }
            None
        }
        None => match serde_json::to_string(&doc) {
            Ok(line) => Some(line),
            Err(e) => return failed("serialize", format!("cannot serialize: {e}"), None),
        },
    };
    Outcome::Converted {
        sha256,
        bytes: size,
        record,
        line,
    }
}

/// The earlier output of an unchanged input, if it is still there and is the conversion
/// of these bytes.
fn read_back(target: &Path, key: &str, sha_hex: &str) -> Option<Document> {
    let bytes = fs::read(target).ok()?;
    let doc: Document = serde_json::from_slice(&bytes).ok()?;
    let p = doc.provenance.as_ref()?;
    (p.sha256 == sha_hex && p.path.as_deref() == Some(key)).then_some(doc)
}

/// Where the JSON of the input at `rel` goes: `a/b.txt` gives `OUT/a/b.json`; any other
/// name gets `.json` appended (`a/b.md` gives `OUT/a/b.md.json`), so that `b.txt` and
/// `b.md` never share an output.
fn output_path(out: &Path, rel: &Path) -> PathBuf {
    let is_txt = rel
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
    let mut mapped = if is_txt {
        rel.with_extension("json")
    } else {
        append_json(rel)
    };
    // `OUT/summary.json` is the run's summary; a top-level `summary.txt` goes beside it.
    if mapped == Path::new(SUMMARY_FILE) {
        mapped = append_json(rel);
    }
    out.join(mapped)
}

/// `rel` with `.json` added to its file name.
fn append_json(rel: &Path) -> PathBuf {
    let mut name = rel.as_os_str().to_owned();
    name.push(".json");
    PathBuf::from(name)
}

/// Handles one outcome on the main thread, in input order.
fn record(
    key: &str,
    input: &str,
    outcome: Outcome,
    outputs: &mut Outputs,
    counts: &mut Counts,
    stats: &mut Stats,
    bytes_read: &mut u64,
) -> Result<(), String> {
    match outcome {
        Outcome::NotStarted => return Ok(()),
        Outcome::Converted {
            sha256,
            bytes,
            record,
            line,
        } => {
            counts.converted += 1;
            *bytes_read += bytes;
            document(&record, line, outputs, stats)?;
            if let Some(log) = &mut outputs.log {
                log.record(key, &sha256, None)
                    .map_err(|e| format!("cannot write the manifest: {e}"))?;
            }
        }
        Outcome::Unchanged { bytes, record } => {
            counts.skipped += 1;
            *bytes_read += bytes;
            document(&record, None, outputs, stats)?;
        }
        Outcome::Failed {
            sha256,
            bytes,
            kind,
            message,
            unchanged,
        } => {
            counts.failed += 1;
            counts.failed_unchanged += u64::from(unchanged);
            *bytes_read += bytes;
            let line = ErrorLine {
                path: key,
                input,
                kind: &kind,
                message: &message,
            };
            match &mut outputs.errors {
                Some(errors) => serde_json::to_writer(&mut *errors, &line)
                    .map_err(io::Error::from)
                    .and_then(|()| errors.write_all(b"\n"))
                    .map_err(|e| format!("cannot write {ERRORS_FILE}: {e}"))?,
                // No output folder (JSON Lines only): standard error is the only place.
                None => eprintln!("vanban: {input}: {message}"),
            }
            if let (Some(log), Some(sha256)) = (&mut outputs.log, sha256) {
                let failure = Failure { kind, message };
                log.record(key, &sha256, Some(&failure))
                    .map_err(|e| format!("cannot write the manifest: {e}"))?;
            }
        }
    }
    counts.seen += 1;
    Ok(())
}

/// Counts a document and writes its JSON line and CSV row.
fn document(
    record: &Record,
    line: Option<String>,
    outputs: &mut Outputs,
    stats: &mut Stats,
) -> Result<(), String> {
    stats.add(record);
    if let (Some(sink), Some(line)) = (&mut outputs.jsonl, line) {
        sink.write_all(line.as_bytes())
            .and_then(|()| sink.write_all(b"\n"))
            .map_err(|e| format!("cannot write the JSON Lines output: {e}"))?;
    }
    if let Some(csv) = &mut outputs.csv {
        csv.serialize(&record.row)
            .map_err(|e| format!("cannot write the CSV file: {e}"))?;
    }
    Ok(())
}

/// Pushes every stream to disk after a chunk, so that what a kill leaves is consistent.
fn flush(outputs: &mut Outputs) -> Result<(), String> {
    if let Some(log) = &mut outputs.log {
        log.flush()
            .map_err(|e| format!("cannot write the manifest: {e}"))?;
    }
    if let Some(errors) = &mut outputs.errors {
        errors
            .flush()
            .map_err(|e| format!("cannot write {ERRORS_FILE}: {e}"))?;
    }
    if let Some(sink) = &mut outputs.jsonl {
        sink.flush()
            .map_err(|e| format!("cannot write the JSON Lines output: {e}"))?;
    }
    if let Some(csv) = &mut outputs.csv {
        csv.flush()
            .map_err(|e| format!("cannot write the CSV file: {e}"))?;
    }
    Ok(())
}

/// Puts every output file in place at the end of the run.
fn finish(outputs: Outputs) -> Result<(), String> {
    if let Some(mut log) = outputs.log {
        log.flush()
            .map_err(|e| format!("cannot write the manifest: {e}"))?;
    }
    if let Some(errors) = outputs.errors {
        errors
            .commit()
            .map_err(|e| format!("cannot write {ERRORS_FILE}: {e}"))?;
    }
    if let Some(sink) = outputs.jsonl {
        sink.finish()
            .map_err(|e| format!("cannot write the JSON Lines output: {e}"))?;
    }
    if let Some(csv) = outputs.csv {
        let file = csv
            .into_inner()
            .map_err(|e| format!("cannot write the CSV file: {}", e.error()))?;
        file.commit()
            .map_err(|e| format!("cannot write the CSV file: {e}"))?;
    }
    Ok(())
}

/// Lower-case hex of a hash.
fn hex(bytes: &[u8; 32]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(64);
    for b in bytes {
        // Writing to a String cannot fail.
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// A hash from lower- or upper-case hex; `None` unless exactly 64 hex digits.
fn unhex(s: &str) -> Option<[u8; 32]> {
    let bytes = s.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks(2).enumerate() {
        let digit = |c: u8| (c as char).to_digit(16);
        out[i] = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_mirror_inputs() {
        let out = Path::new("OUT");
        assert_eq!(
            output_path(out, Path::new("a/b.txt")),
            Path::new("OUT/a/b.json")
        );
        assert_eq!(
            output_path(out, Path::new("a/b.TXT")),
            Path::new("OUT/a/b.json")
        );
        assert_eq!(
            output_path(out, Path::new("a/b.md")),
            Path::new("OUT/a/b.md.json")
        );
        assert_eq!(
            output_path(out, Path::new("a/b")),
            Path::new("OUT/a/b.json")
        );
        assert_eq!(
            output_path(out, Path::new("summary.txt")),
            Path::new("OUT/summary.txt.json")
        );
        assert_eq!(
            output_path(out, Path::new("x/summary.txt")),
            Path::new("OUT/x/summary.json")
        );
    }

    #[test]
    fn hex_round_trips() {
        let h: [u8; 32] = Sha256::digest(b"abc").into();
        let s = hex(&h);
        assert_eq!(&s[..8], "ba7816bf");
        assert_eq!(unhex(&s), Some(h));
        assert_eq!(unhex(&s.to_uppercase()), Some(h));
        assert_eq!(unhex("zz"), None);
    }
}
