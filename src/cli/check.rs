//! `vanban check`: where documents depart from the format rules, rustc-style.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use annotate_snippets::{Level, Renderer, Snippet};
use clap::{Args, ValueEnum};
use serde::Serialize;
use vanban::{Diagnostic, Severity};

/// Output formats of `vanban check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `FILE:LINE:COL: warning[CODE]: message`, with the source line and a caret.
    Text,
    /// One JSON object per file: `{file, diagnostics: [...]}`.
    Json,
}

/// Arguments of `vanban check`.
#[derive(Args)]
pub struct CheckArgs {
    /// Files to check; `-` reads standard input.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: Format,
    /// Also show information notes (severity `info`).
    #[arg(long)]
    all: bool,
    /// Read the input in this encoding instead of detecting it.
    #[arg(long, value_name = "NAME")]
    encoding: Option<vanban::Encoding>,
}

/// A diagnostic with its position, as printed in JSON.
#[derive(Serialize)]
struct Located<'a> {
    #[serde(flatten)]
    diagnostic: &'a Diagnostic,
    line: Option<usize>,
    column: Option<usize>,
}

/// Checks every file. Exit 1 when a warning or error was reported, 2 when a file could not
/// be read, 0 when every document is clean.
pub fn run(args: &CheckArgs) -> ExitCode {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut findings = false;
    let mut unreadable = false;
    for path in &args.files {
        let name = path.display().to_string();
        let bytes = match super::input::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("vanban: {name}: {e}");
                unreadable = true;
                continue;
            }
        };
        let decoded = match vanban::decode::decode(&bytes, args.encoding) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("vanban: {name}: {e}");
                unreadable = true;
                continue;
            }
        };
        let text = decoded.text;
        let doc = vanban::parse(&text);
        let shown: Vec<&Diagnostic> = doc
            .diagnostics
            .iter()
            .filter(|d| args.all || d.severity != Severity::Info)
            .collect();
        findings |= shown.iter().any(|d| d.severity >= Severity::Warning);
        let written = match args.format {
            Format::Text => write_text(&mut out, &name, &text, &shown),
            Format::Json => write_json(&mut out, &name, &text, &shown),
        };
        if written.is_err() {
            return ExitCode::from(2);
        }
    }
    if unreadable {
        ExitCode::from(2)
    } else if findings {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn write_text(
    out: &mut impl Write,
    name: &str,
    text: &str,
    diags: &[&Diagnostic],
) -> io::Result<()> {
    let renderer = Renderer::plain();
    for d in diags {
        let level = match d.severity {
            Severity::Error => Level::Error,
            Severity::Warning => Level::Warning,
            Severity::Info => Level::Info,
        };
        let title = format!("{} ({})", d.message, d.message_vi);
        let Some(span) = d.span else {
            writeln!(out, "{name}: {}[{}]: {title}", d.severity.as_str(), d.code)?;
            continue;
        };
        let lc = vanban::line_col(text, span.start);
        writeln!(
            out,
            "{name}:{}:{}: {}[{}]: {title}",
            lc.line,
            lc.col,
            d.severity.as_str(),
            d.code
        )?;
        // The snippet: the line the finding starts on, with a caret under the span.
        let line_start = text[..span.start.min(text.len())]
            .rfind('\n')
            .map_or(0, |p| p + 1);
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |p| line_start + p);
        let source = &text[line_start..line_end];
        let from = span.start.saturating_sub(line_start).min(source.len());
        let to = span
            .end
            .saturating_sub(line_start)
            .clamp(from, source.len());
        // An empty span still gets one caret.
        let to = if to == from && from < source.len() {
            from + source[from..].chars().next().map_or(1, char::len_utf8)
        } else {
            to
        };
        // The caret is drawn as for an error whatever the severity: `^` under the span.
        let message = level.title(&d.message).id(&d.code).snippet(
            Snippet::source(source)
                .line_start(lc.line)
                .origin(name)
                .annotation(Level::Error.span(from..to).label(&d.message_vi)),
        );
        // Our own first line is the grep-friendly `FILE:LINE:COL: ...`; drop the renderer's.
        let rendered = renderer.render(message).to_string();
        for line in rendered.lines().skip(1) {
            writeln!(out, "{line}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_json(
    out: &mut impl Write,
    name: &str,
    text: &str,
    diags: &[&Diagnostic],
) -> io::Result<()> {
    let located: Vec<Located<'_>> = diags
        .iter()
        .map(|d| {
            let lc = d.span.map(|s| vanban::line_col(text, s.start));
            Located {
                diagnostic: d,
                line: lc.map(|l| l.line),
                column: lc.map(|l| l.col),
            }
        })
        .collect();
    let obj = serde_json::json!({ "file": name, "diagnostics": located });
    writeln!(out, "{obj}")
}
