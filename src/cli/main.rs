//! The `vanban` command-line tool.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Turn Vietnamese administrative documents into JSON.
#[derive(Parser)]
#[command(name = "vanban", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse documents and print them as JSON (several files: JSON Lines).
    Parse {
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse {
            files,
            pretty,
            compact,
            encoding,
        } => parse_cmd(&files, pretty, compact, encoding),
    }
}

fn read_input(path: &Path) -> io::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn parse_cmd(
    files: &[PathBuf],
    pretty: bool,
    compact: bool,
    encoding: Option<vanban::Encoding>,
) -> ExitCode {
    let pretty = pretty || (!compact && files.len() == 1 && io::stdout().is_terminal());
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    let mut options = vanban::ParseOptions::default();
    if let Some(e) = encoding {
        options = options.with_encoding(e);
    }
    for path in files {
        let result = read_input(path)
            .map_err(vanban::Error::from)
            .and_then(|bytes| vanban::parse_with(&bytes, &options));
        match result {
            Ok(doc) => {
                let json = if pretty {
                    serde_json::to_string_pretty(&doc)
                } else {
                    serde_json::to_string(&doc)
                };
                match json {
                    Ok(j) => {
                        if writeln!(out, "{j}").is_err() {
                            return ExitCode::from(2);
                        }
                    }
                    Err(e) => {
                        eprintln!("vanban: {}: cannot serialize: {e}", path.display());
                        failed = true;
                    }
                }
            }
            Err(e) => {
                eprintln!("vanban: {}: {e}", path.display());
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
