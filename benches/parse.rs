//! Throughput of vanban on the corpus, per stage (decode; normalize; normalize and grammar;
//! parse, which adds the builder and the extraction; JSON), against a baseline that only
//! splits the text into lines with memchr.
//!
//! Groups:
//! - `bytes/*` (`Throughput::Bytes`, MB/s): each iteration handles every corpus document
//!   once, one call per document.
//! - `docs/*` (`Throughput::Elements`, documents per second): the same work, counted in
//!   documents.
//! - `scaling/*`: one input of 1 KB … 10 MB (the corpus repeated); constant MB/s across
//!   sizes means time grows linearly with the input.
//!
//! After the run a summary prints each benchmark's speed as a fraction of the memchr
//! baseline, read back from criterion's saved estimates. See `benches/README.md`.
//!
//! The clock is the benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`) on 64-bit
//! Linux, because the development machine is shared and wall-clock time there includes
//! waiting for a core; `VANBAN_BENCH_CLOCK=wall` measures wall-clock time instead (and is
//! the only clock elsewhere).

#[path = "../examples/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::measurement::Measurement;
use criterion::{BenchmarkId, Criterion, Throughput};

/// A criterion measurement that reads the benchmark thread's CPU time.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod cpu {
    use criterion::measurement::{Measurement, ValueFormatter, WallTime};

    /// The CPU time of the calling thread, in nanoseconds.
    fn thread_cpu_ns() -> u64 {
        #[repr(C)]
        struct Timespec {
            tv_sec: i64,
            tv_nsec: i64,
        }
        extern "C" {
            fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
        }
        const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable `struct timespec` (two 64-bit fields on 64-bit
        // Linux), and the clock id is a constant the kernel knows.
        let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
    }

    /// CPU time of the benchmark thread, in nanoseconds, formatted like wall time.
    pub struct ThreadCpu;

    static WALL: WallTime = WallTime;

    impl Measurement for ThreadCpu {
        type Intermediate = u64;
        type Value = u64;

        fn start(&self) -> u64 {
            thread_cpu_ns()
        }

        fn end(&self, start: u64) -> u64 {
            thread_cpu_ns() - start
        }

        fn add(&self, a: &u64, b: &u64) -> u64 {
            a + b
        }

        fn zero(&self) -> u64 {
            0
        }

        fn to_f64(&self, v: &u64) -> f64 {
            *v as f64
        }

        fn formatter(&self) -> &dyn ValueFormatter {
            WALL.formatter()
        }
    }
}

/// The "physical floor": split the text into lines with memchr and touch each line.
fn memchr_lines(bytes: &[u8]) -> usize {
    let mut start = 0;
    let mut acc = 0usize;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        acc = acc.wrapping_add(black_box(&bytes[start..nl]).len());
        start = nl + 1;
    }
    acc.wrapping_add(bytes.len() - start)
}

fn json_len(doc: &vanban::Document) -> usize {
    serde_json::to_vec(doc).expect("serialize").len()
}

fn bench_corpus<M: Measurement>(
    c: &mut Criterion<M>,
    docs: &[corpus::CorpusDoc],
    texts: &[String],
) {
    let total: u64 = docs.iter().map(|d| d.bytes.len() as u64).sum();
    let text_total: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let parsed: Vec<vanban::Document> = texts.iter().map(|t| vanban::parse(t)).collect();

    let mut g = c.benchmark_group("bytes");
    g.throughput(Throughput::Bytes(total));
    g.bench_function("baseline_memchr_lines", |b| {
        b.iter(|| docs.iter().map(|d| memchr_lines(&d.bytes)).sum::<usize>())
    });
    g.bench_function("decode", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| {
                    vanban::decode::decode(black_box(&d.bytes), None).map_or(0, |t| t.text.len())
                })
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(text_total));
    // The pipeline's prefixes: normalization, then the grammar; `parse` adds the builder
    // and the extraction, `parse_json` the serialization.
    g.bench_function("normalize", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| vanban::stages::normalize(black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function("normalize_grammar", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| vanban::stages::grammar(black_box(t)))
                .sum::<usize>()
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            for t in texts {
                black_box(vanban::parse(black_box(t)));
            }
        })
    });
    g.bench_function("explain", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| vanban::explain(black_box(t)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("json_only", |b| {
        b.iter(|| parsed.iter().map(json_len).sum::<usize>())
    });
    g.bench_function("parse_json", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| json_len(&vanban::parse(black_box(t))))
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Bytes(total));
    g.bench_function("parse_bytes", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| vanban::parse_bytes(black_box(&d.bytes)).ok())
                .count()
        })
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| vanban::parse_bytes(black_box(&d.bytes)).ok())
                .map(|doc| json_len(&doc))
                .sum::<usize>()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("docs");
    g.throughput(Throughput::Elements(docs.len() as u64));
    g.bench_function("parse_bytes", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| vanban::parse_bytes(black_box(&d.bytes)).ok())
                .count()
        })
    });
    g.bench_function("end_to_end", |b| {
        b.iter(|| {
            docs.iter()
                .filter_map(|d| vanban::parse_bytes(black_box(&d.bytes)).ok())
                .map(|doc| json_len(&doc))
                .sum::<usize>()
        })
    });
    g.finish();
}

/// Input sizes of the scaling group, in bytes.
const SIZES: [(usize, &str); 5] = [
    (1 << 10, "1KB"),
    (10 << 10, "10KB"),
    (100 << 10, "100KB"),
    (1 << 20, "1MB"),
    (10 << 20, "10MB"),
];

fn bench_scaling<M: Measurement>(c: &mut Criterion<M>, texts: &[String]) {
    let mut g = c.benchmark_group("scaling");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(8));
    for (size, label) in SIZES {
        let input = corpus::repeated(texts, size);
        g.throughput(Throughput::Bytes(input.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("baseline_memchr_lines", label),
            &input,
            |b, s| b.iter(|| memchr_lines(black_box(s.as_bytes()))),
        );
        g.bench_with_input(BenchmarkId::new("parse", label), &input, |b, s| {
            b.iter(|| vanban::parse(black_box(s)))
        });
        g.bench_with_input(BenchmarkId::new("parse_json", label), &input, |b, s| {
            b.iter(|| json_len(&vanban::parse(black_box(s))))
        });
    }
    g.finish();
}

// ---- summary: speed relative to the memchr baseline ---------------------------------------

/// Where criterion 0.5 saves its results (same rule as criterion itself).
fn criterion_home() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(t) => PathBuf::from(t).join("criterion"),
        None => PathBuf::from("target/criterion"),
    }
}

/// Mean time per iteration in nanoseconds, from `<home>/<group>/<bench>/new/estimates.json`.
fn mean_ns(path: &[&str]) -> Option<f64> {
    let mut p = criterion_home();
    for part in path {
        p.push(part);
    }
    p.push("new/estimates.json");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(p).ok()?).ok()?;
    v["mean"]["point_estimate"].as_f64()
}

fn summary(docs: &[corpus::CorpusDoc], texts: &[String]) {
    let total: f64 = docs.iter().map(|d| d.bytes.len() as f64).sum();
    let text_total: f64 = texts.iter().map(|t| t.len() as f64).sum();
    let Some(base) = mean_ns(&["bytes", "baseline_memchr_lines"]) else {
        return;
    };
    let base_mbs = total / base * 1e3;
    println!(
        "\nsummary (corpus: {} documents, {total} bytes)",
        docs.len()
    );
    println!(
        "{:<28} {:>10} {:>12} {:>12}",
        "benchmark", "MB/s", "docs/s", "vs memchr"
    );
    for (name, bytes) in [
        ("baseline_memchr_lines", total),
        ("decode", total),
        ("normalize", text_total),
        ("normalize_grammar", text_total),
        ("parse", text_total),
        ("explain", text_total),
        ("json_only", text_total),
        ("parse_json", text_total),
        ("parse_bytes", total),
        ("end_to_end", total),
    ] {
        if let Some(ns) = mean_ns(&["bytes", name]) {
            let mbs = bytes / ns * 1e3;
            let dps = docs.len() as f64 / ns * 1e9;
            println!(
                "{name:<28} {mbs:>10.1} {dps:>12.0} {:>11.1}x slower",
                base_mbs / mbs
            );
        }
    }
    println!("\nscaling (MB/s per input size; flat = linear time)");
    for bench in ["baseline_memchr_lines", "parse", "parse_json"] {
        let mut row = format!("{bench:<28}");
        for (size, label) in SIZES {
            let len = corpus::repeated(texts, size).len() as f64;
            match mean_ns(&["scaling", bench, label]) {
                Some(ns) => row.push_str(&format!(" {label}:{:.1}", len / ns * 1e3)),
                None => row.push_str(&format!(" {label}:-")),
            }
        }
        println!("{row}");
    }
}

fn run<M: Measurement>(mut c: Criterion<M>, docs: &[corpus::CorpusDoc], texts: &[String]) {
    bench_corpus(&mut c, docs, texts);
    bench_scaling(&mut c, texts);
    c.final_summary();
}

fn main() {
    let docs = corpus::load();
    let texts = corpus::texts(&docs);
    let wall = std::env::var("VANBAN_BENCH_CLOCK").is_ok_and(|v| v == "wall")
        || !cfg!(all(target_os = "linux", target_pointer_width = "64"));
    println!(
        "clock: {}",
        if wall { "wall time" } else { "thread CPU time" }
    );
    if wall {
        run(Criterion::default().configure_from_args(), &docs, &texts);
    } else {
        #[cfg(all(target_os = "linux", target_pointer_width = "64"))]
        run(
            Criterion::default()
                .with_measurement(cpu::ThreadCpu)
                .configure_from_args(),
            &docs,
            &texts,
        );
    }
    // `cargo bench` passes `--bench`; without it criterion only tests each benchmark once
    // and saves no estimates, so there is nothing new to summarize.
    if std::env::args().any(|a| a == "--bench") {
        summary(&docs, &texts);
    }
}
