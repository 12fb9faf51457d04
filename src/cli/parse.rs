//! `vanban parse`: documents to JSON on standard output.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

/// Arguments of `vanban parse`.
#[derive(Args)]
pub struct ParseArgs {
    /// Files to parse; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Pretty-print (the default when standard output is a terminal and one file is given).
    #[arg(long)]
    pretty: bool,
    /// Print compact JSON even on a terminal.
    #[arg(long, conflicts_with = "pretty")]
    compact: bool,
    /// Read the input in this encoding instead of detecting it
    /// (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni).
    #[arg(long, value_name = "NAME")]
    encoding: Option<vanban::Encoding>,
}

/// Parses every file; JSON to standard output, errors to standard error. Exit 1 when any
/// file failed, 2 when standard output is gone.
pub fn run(args: &ParseArgs) -> ExitCode {
    let pretty =
        args.pretty || (!args.compact && args.files.len() == 1 && io::stdout().is_terminal());
    let stdout = io::stdout();
    // Buffered: serde writes a document in many small pieces.
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut options = vanban::ParseOptions::default();
    if let Some(e) = args.encoding {
        options = options.with_encoding(e);
    }
    for path in &args.files {
        let result = super::input::read(path)
            .map_err(vanban::Error::from)
            .and_then(|bytes| vanban::parse_with(&bytes, &options));
        let doc = match result {
            Ok(doc) => doc,
            Err(e) => {
                eprintln!("vanban: {}: {e}", path.display());
                failed = true;
                continue;
            }
        };
        // Streamed, so a large document is not held twice (as a value and as its text).
        let streamed = if pretty {
            serde_json::to_writer_pretty(&mut out, &doc)
        } else {
            serde_json::to_writer(&mut out, &doc)
        };
        let written = match streamed {
            Ok(()) => writeln!(out).and_then(|()| out.flush()),
            Err(e) if e.is_io() => Err(std::io::Error::other(e)),
            Err(e) => {
                eprintln!("vanban: {}: cannot serialize: {e}", path.display());
                failed = true;
                continue;
            }
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
