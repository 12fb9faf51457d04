//! What a batch reports: the facts kept from each document (a CSV row, which fields are
//! filled, its diagnostic codes), the running totals, `summary.json` and the few lines on
//! standard error.
//!
//! Totals are counters, fixed-size arrays and a map keyed by diagnostic code (bounded by
//! the code table), so memory does not grow with the number of documents.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;
use vanban::Document;

/// A field whose fill rate is reported: its name and whether a document has it.
type Field = (&'static str, fn(&Document) -> bool);

/// The fields counted in `fill_rates`, in the order the human summary lists them.
const FIELDS: &[Field] = &[
    ("doc_type", |d| d.doc_type.name.is_some()),
    ("number", |d| d.number.number.is_some()),
    ("notation", |d| d.number.notation.is_some()),
    ("date", |d| d.date.is_some()),
    ("issuer", |d| d.issuer.name.is_some()),
    ("place", |d| d.place.is_some()),
    ("subject", |d| d.subject.is_some()),
    ("signer_name", |d| {
        d.signature.as_ref().is_some_and(|s| s.name.is_some())
    }),
    ("signer_position", |d| {
        d.signature.as_ref().is_some_and(|s| s.position.is_some())
    }),
    ("addressees", |d| !d.addressees.is_empty()),
    ("recipients", |d| !d.recipients.is_empty()),
    ("body_items", |d| !d.body.items.is_empty()),
    ("references", |d| !d.references.is_empty()),
    ("attachments", |d| !d.attachments.is_empty()),
];

/// The fields the one-line human summary shows.
const HEADLINE: &[&str] = &["number", "date", "issuer", "subject", "signer_name"];

/// How many diagnostics `summary.json` lists.
const TOP_DIAGNOSTICS: usize = 10;

/// One row of the `--csv` file: the columns an archivist sorts and filters on.
#[derive(Clone, Debug, Serialize)]
pub struct CsvRow {
    path: Option<String>,
    doc_type: Option<String>,
    number: Option<u32>,
    notation: Option<String>,
    issuer: Option<String>,
    place: Option<String>,
    date: Option<String>,
    subject: Option<String>,
    signer_position: Option<String>,
    signer_name: Option<String>,
    recipients: usize,
    diagnostics: usize,
}

/// What the batch keeps from one document once its JSON is written.
#[derive(Clone, Debug)]
pub struct Record {
    /// Its CSV row.
    pub row: CsvRow,
    /// Bit `i` set when `FIELDS[i]` is filled.
    filled: u32,
    /// Its diagnostics as (code, name).
    diagnostics: Vec<(String, String)>,
}

impl Record {
    /// Extracts the record of `doc`.
    pub fn of(doc: &Document) -> Record {
        let filled = FIELDS
            .iter()
            .enumerate()
            .filter(|(_, (_, has))| has(doc))
            .fold(0u32, |acc, (i, _)| acc | (1 << i));
        let signature = doc.signature.as_ref();
        Record {
            row: CsvRow {
                path: doc.provenance.as_ref().and_then(|p| p.path.clone()),
                doc_type: doc.doc_type.name.clone(),
                number: doc.number.number,
                notation: doc.number.notation.clone(),
                issuer: doc.issuer.name.clone(),
                place: doc.place.clone(),
                date: doc.date.clone(),
                subject: doc.subject.clone(),
                signer_position: signature.and_then(|s| s.position.clone()),
                signer_name: signature.and_then(|s| s.name.clone()),
                recipients: doc.recipients.len(),
                diagnostics: doc.diagnostics.len(),
            },
            filled,
            diagnostics: doc
                .diagnostics
                .iter()
                .map(|d| (d.code.clone(), d.name.clone()))
                .collect(),
        }
    }
}

/// Counts per diagnostic code.
#[derive(Clone, Debug, Default, Serialize)]
struct DiagnosticCount {
    code: String,
    name: String,
    /// How many times it was reported.
    occurrences: u64,
    /// How many documents have it.
    documents: u64,
}

/// The run's counters.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    /// Inputs examined (files found, plus paths that could not be read or listed).
    pub seen: u64,
    /// Converted in this run.
    pub converted: u64,
    /// Unchanged since they were converted, left as they are.
    pub skipped: u64,
    /// Without a document: failed in this run, or failed before and unchanged.
    pub failed: u64,
    /// Of `failed`, those not tried again because they are unchanged since they failed
    /// (`--retry-failed` tries them).
    pub failed_unchanged: u64,
}

/// Totals over the documents of the output: converted now, or unchanged.
pub struct Stats {
    documents: u64,
    filled: [u64; FIELDS.len()],
    diagnostics: BTreeMap<String, DiagnosticCount>,
}

impl Stats {
    /// Empty totals.
    pub fn new() -> Stats {
        Stats {
            documents: 0,
            filled: [0; FIELDS.len()],
            diagnostics: BTreeMap::new(),
        }
    }

    /// Counts one document.
    pub fn add(&mut self, record: &Record) {
        self.documents += 1;
        for (i, n) in self.filled.iter_mut().enumerate() {
            if record.filled & (1 << i) != 0 {
                *n += 1;
            }
        }
        let mut first_seen: Vec<&str> = Vec::new();
        for (code, name) in &record.diagnostics {
            let entry = self
                .diagnostics
                .entry(code.clone())
                .or_insert_with(|| DiagnosticCount {
                    code: code.clone(),
                    name: name.clone(),
                    ..DiagnosticCount::default()
                });
            entry.occurrences += 1;
            if !first_seen.contains(&code.as_str()) {
                first_seen.push(code);
                entry.documents += 1;
            }
        }
    }

    /// The fill rate of a field, from 0 to 1 (0 without documents).
    fn rate(&self, i: usize) -> f64 {
        if self.documents == 0 {
            0.0
        } else {
            self.filled[i] as f64 / self.documents as f64
        }
    }
}

/// How many documents have a field.
#[derive(Serialize)]
struct Fill {
    documents: u64,
    rate: f64,
}

/// Speed of the run.
#[derive(Serialize)]
struct Throughput {
    /// Bytes of input read.
    bytes_read: u64,
    /// Inputs examined per second.
    files_per_second: f64,
    /// Megabytes (10^6 bytes) of input per second.
    megabytes_per_second: f64,
}

/// `summary.json`.
#[derive(Serialize)]
struct Summary<'a> {
    tool_version: &'static str,
    schema_version: u32,
    /// Whether the run was stopped (Ctrl-C, a termination signal) before the end.
    interrupted: bool,
    jobs: usize,
    counts: &'a Counts,
    elapsed_seconds: f64,
    throughput: Throughput,
    /// Documents in the output (converted now or unchanged): what the rates are over.
    documents: u64,
    fill_rates: BTreeMap<&'static str, Fill>,
    top_diagnostics: Vec<&'a DiagnosticCount>,
}

/// Everything the end-of-run report needs.
pub struct Report<'a> {
    /// The counters.
    pub counts: &'a Counts,
    /// The document totals.
    pub stats: &'a Stats,
    /// Bytes of input read.
    pub bytes: u64,
    /// Wall time of the run.
    pub elapsed: Duration,
    /// Worker threads.
    pub jobs: usize,
    /// Whether the run was interrupted.
    pub interrupted: bool,
}

impl Report<'_> {
    /// Inputs per second and megabytes per second.
    fn rates(&self) -> (f64, f64) {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        (
            self.counts.seen as f64 / secs,
            self.bytes as f64 / 1e6 / secs,
        )
    }

    /// `summary.json`, pretty-printed.
    pub fn to_json(&self) -> serde_json::Result<Vec<u8>> {
        let (files_per_second, megabytes_per_second) = self.rates();
        let mut top: Vec<&DiagnosticCount> = self.stats.diagnostics.values().collect();
        top.sort_by(|a, b| b.occurrences.cmp(&a.occurrences).then(a.code.cmp(&b.code)));
        top.truncate(TOP_DIAGNOSTICS);
        let summary = Summary {
            tool_version: env!("CARGO_PKG_VERSION"),
            schema_version: vanban::SCHEMA_VERSION,
            interrupted: self.interrupted,
            jobs: self.jobs,
            counts: self.counts,
            elapsed_seconds: round3(self.elapsed.as_secs_f64()),
            throughput: Throughput {
                bytes_read: self.bytes,
                files_per_second: round3(files_per_second),
                megabytes_per_second: round3(megabytes_per_second),
            },
            documents: self.stats.documents,
            fill_rates: FIELDS
                .iter()
                .enumerate()
                .map(|(i, (name, _))| {
                    let fill = Fill {
                        documents: self.stats.filled[i],
                        rate: round3(self.stats.rate(i)),
                    };
                    (*name, fill)
                })
                .collect(),
            top_diagnostics: top,
        };
        let mut json = serde_json::to_vec_pretty(&summary)?;
        json.push(b'\n');
        Ok(json)
    }

    /// The short human summary for standard error.
    pub fn human(&self, errors_file: Option<&str>) -> String {
        let c = self.counts;
        let (fps, mbps) = self.rates();
        let mut text = format!(
            "vanban: {} {} in {:.1} s ({fps:.0} files/s, {mbps:.1} MB/s): {} converted, {} unchanged, {} failed",
            c.seen,
            if c.seen == 1 { "input" } else { "inputs" },
            self.elapsed.as_secs_f64(),
            c.converted,
            c.skipped,
            c.failed,
        );
        if self.interrupted {
            text.push_str(" (interrupted; run the same command again to finish)");
        }
        if self.stats.documents > 0 {
            let fills: Vec<String> = HEADLINE
                .iter()
                .filter_map(|h| FIELDS.iter().position(|(name, _)| name == h))
                .map(|i| format!("{} {:.0}%", FIELDS[i].0, self.stats.rate(i) * 100.0))
                .collect();
            text.push_str(&format!(
                "\nvanban: {} {}; filled: {}",
                self.stats.documents,
                if self.stats.documents == 1 {
                    "document"
                } else {
                    "documents"
                },
                fills.join(", ")
            ));
        }
        if c.failed > 0 {
            let unchanged = if c.failed_unchanged > 0 {
                format!(
                    " ({} unchanged since they failed; --retry-failed tries them again)",
                    c.failed_unchanged
                )
            } else {
                String::new()
            };
            match errors_file {
                Some(f) => {
                    text.push_str(&format!("\nvanban: failures are listed in {f}{unchanged}"))
                }
                None => text.push_str(&unchanged),
            }
        }
        if c.seen == 0 {
            text.push_str("\nvanban: no input matched (see --glob)");
        }
        text
    }
}

/// Rounds to three decimals, so that the summary does not show float noise.
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_rates_and_diagnostics_are_counted_per_document() {
        let a = vanban::parse("Số: 12/TB-UBND\nLai Châu, ngày 31 tháng 02 năm 2021\n");
        let b = vanban::parse("THÔNG BÁO\n");
        let mut stats = Stats::new();
        stats.add(&Record::of(&a));
        stats.add(&Record::of(&b));
        let number = FIELDS.iter().position(|f| f.0 == "number").unwrap_or(0);
        assert_eq!(stats.documents, 2);
        assert_eq!(stats.filled[number], 1);
        assert!((stats.rate(number) - 0.5).abs() < 1e-9);
        // Each code counts a document once, however often it is reported in it.
        for d in stats.diagnostics.values() {
            assert!(d.documents <= 2 && d.occurrences >= d.documents, "{d:?}");
        }
        let date_invalid = stats.diagnostics.get("VB002").map(|d| d.documents);
        assert_eq!(date_invalid, Some(1), "31 February is not a date");
    }
}
