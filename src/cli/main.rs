//! The `vanban` command-line tool: a thin layer over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod batch;
mod check;
mod codes;
mod explain;
mod input;
mod parse;
mod schema;

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
    Parse(parse::ParseArgs),
    /// Convert a folder tree of documents to JSON files, resumably.
    Batch(batch::BatchArgs),
    /// Report where documents depart from the format rules (ND 30/2020, HD 36-HD/VPTW).
    Check(check::CheckArgs),
    /// List every diagnostic code.
    Codes,
    /// Show how every line of a document was classified.
    Explain(explain::ExplainArgs),
    /// Print the JSON Schema of the output.
    Schema,
}

fn main() -> ExitCode {
    // Input comes from anyone: bound the grammar's work before any parsing thread starts.
    vanban::limit_untrusted_input();
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Batch(args) => batch::run(args),
        Command::Check(args) => check::run(&args),
        Command::Codes => codes::run(),
        Command::Explain(args) => explain::run(&args),
        Command::Schema => schema::run(),
    }
}
