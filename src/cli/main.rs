//! The `vanban` command-line tool: a thin layer over the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod batch;
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
    /// Show how every line of a document was classified.
    Explain(explain::ExplainArgs),
    /// Print the JSON Schema of the output.
    Schema,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Batch(args) => batch::run(args),
        Command::Explain(args) => explain::run(&args),
        Command::Schema => schema::run(),
    }
}
