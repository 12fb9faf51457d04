//! `vanban batch`: folder trees of documents to JSON (being written).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

/// Arguments of `vanban batch`.
#[derive(Args)]
pub struct BatchArgs {
    /// Files or directories to convert.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The output directory.
    #[arg(long)]
    out: PathBuf,
}

/// Runs a batch.
pub fn run(args: BatchArgs) -> ExitCode {
    eprintln!(
        "vanban: batch is not available yet ({} inputs, out {})",
        args.paths.len(),
        args.out.display()
    );
    ExitCode::from(2)
}
