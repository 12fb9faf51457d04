//! Rough throughput of each stage on the corpus repeated to a given size (the criterion
//! benchmarks in `benches/` are the measurement of record).
use std::time::Instant;

fn main() {
    let target: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10 << 20);
    let mut docs = Vec::new();
    for dir in ["corpus/seeds", "corpus/written"] {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    docs.push(t);
                }
            }
        }
    }
    let total: usize = docs.iter().map(String::len).sum();
    let reps = (target / total).max(1);
    let mb = (total * reps) as f64 / 1e6;
    let only = std::env::args().nth(2);
    let run = |name: &str, f: &dyn Fn(&str) -> usize| {
        if only.as_deref().is_some_and(|o| o != name) {
            return;
        }
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..reps {
            for d in &docs {
                n += f(d);
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "{name:<10} {:.1} MB in {:.3} s: {:>6.1} MB/s, {:>7.0} docs/s ({n})",
            mb,
            secs,
            mb / secs,
            (docs.len() * reps) as f64 / secs
        );
    };
    run("normalize", &vanban::stages::normalize);
    run("grammar", &vanban::stages::grammar);
    run("parse", &|d| vanban::parse(d).body.items.len());
}
