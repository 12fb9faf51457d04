//! `vanban explain`: how every line was classified, to see where each field came from.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

/// Arguments of `vanban explain`.
#[derive(Args)]
pub struct ExplainArgs {
    /// The file to explain; `-` reads standard input.
    file: PathBuf,
    /// Read the input in this encoding instead of detecting it.
    #[arg(long, value_name = "NAME")]
    encoding: Option<vanban::Encoding>,
}

/// Prints one row per line: number, zone, kind, text.
pub fn run(args: &ExplainArgs) -> ExitCode {
    let bytes = match super::input::read(&args.file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("vanban: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let decoded = match vanban::decode::decode(&bytes, args.encoding) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("vanban: {}: {e}", args.file.display());
            return ExitCode::from(1);
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for row in vanban::explain(&decoded.text) {
        if row.kind == "blank" {
            continue;
        }
        let line = writeln!(
            out,
            "{:>5}  {:<17} {:<14} {}",
            row.line, row.zone, row.kind, row.text
        );
        if line.is_err() {
            // Standard output closed (`| head`): stop quietly.
            return ExitCode::SUCCESS;
        }
    }
    ExitCode::SUCCESS
}
