//! `vanban schema`: the JSON Schema of the output.

use std::process::ExitCode;

/// Prints the schema.
pub fn run() -> ExitCode {
    match serde_json::to_string_pretty(&vanban::json_schema()) {
        Ok(s) => {
            use std::io::Write;
            // A closed standard output is not an error worth a message.
            let _ = writeln!(std::io::stdout().lock(), "{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("vanban: cannot print the schema: {e}");
            ExitCode::from(2)
        }
    }
}
