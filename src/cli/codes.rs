//! `vanban codes`: the table of diagnostic codes.

use std::io::Write;
use std::process::ExitCode;

/// Prints one row per code: code, name, severity, message.
pub fn run() -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for code in vanban::Code::ALL {
        let row = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            code.code(),
            code.name(),
            code.severity().as_str(),
            code.summary(),
            code.summary_vi()
        );
        if row.is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}
