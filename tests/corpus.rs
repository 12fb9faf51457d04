//! Every document in `corpus/` with a hand-checked `NAME.expect.json` beside its
//! `NAME.txt` is parsed and compared with its expectations. The format of the expectation
//! files is described in `corpus/README.md`; keys that are absent are not checked.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn expectation_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            expectation_files(&p, out);
        } else if p.to_string_lossy().ends_with(".expect.json") {
            out.push(p);
        }
    }
}

/// The document file beside an expectation file: same stem, any extension but `.json`.
fn document_for(expect: &Path) -> PathBuf {
    let name = expect.file_name().unwrap().to_string_lossy();
    let stem = name.trim_end_matches(".expect.json");
    let dir = expect.parent().unwrap();
    for ext in ["txt", "md", "tcvn3.txt"] {
        let p = dir.join(format!("{stem}.{ext}"));
        if p.exists() {
            return p;
        }
    }
    panic!("no document beside {}", expect.display());
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares two JSON values, strings with whitespace collapsed.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => squeeze(x) == squeeze(y),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .all(|(k, v)| same(v, y.get(k).unwrap_or(&Value::Null))),
        _ => a == b,
    }
}

fn outline(items: &Value, depth: usize, out: &mut Vec<Value>) {
    for it in items.as_array().into_iter().flatten() {
        let label = it["label"].as_str().unwrap_or("");
        out.push(json!(format!("{}{}", "  ".repeat(depth), label)));
        outline(&it["children"], depth + 1, out);
    }
}

fn headings(items: &Value, out: &mut serde_json::Map<String, Value>) {
    for it in items.as_array().into_iter().flatten() {
        let label = it["label"].as_str().unwrap_or("").to_owned();
        out.entry(label).or_insert_with(|| it["heading"].clone());
        headings(&it["children"], out);
    }
}

/// Checks one object of expectations against the document JSON; returns the mismatches.
fn check(expect: &Value, doc: &Value, path: &str, misses: &mut Vec<String>) {
    let Some(map) = expect.as_object() else {
        return;
    };
    for (key, want) in map {
        let here = format!("{path}{key}");
        let got: Value = match key.as_str() {
            "subject_starts" => {
                let subject = doc["subject"].as_str().map(squeeze);
                let ok = match (want.as_str(), &subject) {
                    (Some(w), Some(s)) => s.starts_with(&squeeze(w)),
                    (None, None) => true,
                    _ => false,
                };
                if !ok {
                    misses.push(format!("{here}: got {subject:?}, want prefix {want}"));
                }
                continue;
            }
            "outline" => {
                let mut o = Vec::new();
                outline(&doc["body"]["items"], 0, &mut o);
                Value::Array(o)
            }
            "headings" => {
                let mut h = serde_json::Map::new();
                headings(&doc["body"]["items"], &mut h);
                Value::Object(h)
            }
            "closing_starts" => {
                let got: Vec<String> = doc["body"]["closing"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|p| squeeze(p["text"].as_str().unwrap_or("")))
                    .collect();
                let want: Vec<String> = want
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|w| squeeze(w.as_str().unwrap_or("")))
                    .collect();
                let ok = got.len() == want.len()
                    && got
                        .iter()
                        .zip(&want)
                        .all(|(g, w)| g.starts_with(w.as_str()));
                if !ok {
                    misses.push(format!("{here}: got {got:?}, want prefixes {want:?}"));
                }
                continue;
            }
            "end_mark" => doc["body"]["end_mark"].clone(),
            "diagnostic_codes" => {
                let codes: Vec<Value> = doc["diagnostics"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|d| d["code"].clone())
                    .collect();
                for w in want.as_array().into_iter().flatten() {
                    if !codes.contains(w) {
                        misses.push(format!("{here}: {w} not reported (got {codes:?})"));
                    }
                }
                continue;
            }
            "references" => {
                let refs = doc["references"].as_array().cloned().unwrap_or_default();
                for w in want.as_array().into_iter().flatten() {
                    if !refs.iter().any(|r| same(w, r)) {
                        misses.push(format!("{here}: no citation matching {w}"));
                    }
                }
                if want.as_array().is_some_and(Vec::is_empty) && !refs.is_empty() {
                    misses.push(format!("{here}: expected none, got {}", refs.len()));
                }
                continue;
            }
            "recipients" if path.starts_with("copies") => {
                let texts: Vec<Value> = doc["recipients"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|r| r["text"].clone())
                    .collect();
                Value::Array(texts)
            }
            "recipients" => {
                let got = doc["recipients"].as_array().cloned().unwrap_or_default();
                let want_list = want.as_array().cloned().unwrap_or_default();
                if got.len() != want_list.len() {
                    misses.push(format!(
                        "{here}: {} entries, want {}: {:?}",
                        got.len(),
                        want_list.len(),
                        got.iter().map(|r| r["text"].clone()).collect::<Vec<_>>()
                    ));
                    continue;
                }
                for (k, (w, g)) in want_list.iter().zip(&got).enumerate() {
                    let mut w = w.clone();
                    // An entry's note and archive flag default to none and false.
                    if let Some(o) = w.as_object_mut() {
                        o.entry("note").or_insert(Value::Null);
                        o.entry("archive").or_insert(json!(false));
                    }
                    check(&w, g, &format!("{here}[{k}]."), misses);
                }
                continue;
            }
            "copies" => {
                let got = doc["copies"].as_array().cloned().unwrap_or_default();
                let want_list = want.as_array().cloned().unwrap_or_default();
                if got.len() != want_list.len() {
                    misses.push(format!(
                        "{here}: {} copies, want {}",
                        got.len(),
                        want_list.len()
                    ));
                    continue;
                }
                for (k, (w, g)) in want_list.iter().zip(&got).enumerate() {
                    check(w, g, &format!("copies[{k}]."), misses);
                }
                continue;
            }
            _ => doc.get(key).cloned().unwrap_or(Value::Null),
        };
        match (want, &got) {
            (Value::Object(_), Value::Object(_)) => check(want, &got, &format!("{here}."), misses),
            _ => {
                if !same(want, &got) {
                    misses.push(format!("{here}: got {got}, want {want}"));
                }
            }
        }
    }
}

#[test]
fn corpus_documents_meet_their_expectations() {
    let mut files = Vec::new();
    expectation_files(&corpus_dir(), &mut files);
    assert!(files.len() >= 5, "the corpus lost its documents");
    let mut failures = Vec::new();
    for expect_path in &files {
        let expect: Value = serde_json::from_str(&std::fs::read_to_string(expect_path).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        let doc_path = document_for(expect_path);
        let bytes = std::fs::read(&doc_path).unwrap();
        let doc =
            vanban::parse_bytes(&bytes).unwrap_or_else(|e| panic!("{}: {e}", doc_path.display()));
        let doc = serde_json::to_value(&doc).unwrap();
        let mut misses = Vec::new();
        check(&expect, &doc, "", &mut misses);
        if !misses.is_empty() {
            failures.push(format!(
                "{}:\n  {}",
                doc_path
                    .strip_prefix(corpus_dir())
                    .unwrap_or(&doc_path)
                    .display(),
                misses.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The key facts of the seeds as `../shared/seeds/expected.jsonl` states them (copied into
/// `corpus/seeds/expected.jsonl`), checked the way the shared scorer checks them.
#[test]
fn seed_key_facts() {
    let dir = corpus_dir().join("seeds");
    let lines = std::fs::read_to_string(dir.join("expected.jsonl")).unwrap();
    let mut misses = Vec::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let e: Value = serde_json::from_str(line).unwrap();
        let file = e["file"].as_str().unwrap();
        let doc = vanban::parse_bytes(&std::fs::read(dir.join(file)).unwrap()).unwrap();
        let mut miss = |what: &str, ok: bool| {
            if !ok {
                misses.push(format!("{file}: {what}"));
            }
        };
        let fold = |s: Option<&str>| s.map(squeeze);
        match e["doc_type"].as_str() {
            Some(t) => miss("doc_type", doc.doc_type.name.as_deref() == Some(t)),
            None => miss(
                "doc_type",
                doc.doc_type.name.is_none() || !doc.doc_type.stated,
            ),
        }
        let number = e["number"].as_str().and_then(|n| n.parse::<u32>().ok());
        miss("number", doc.number.number == number);
        miss(
            "notation",
            fold(doc.number.notation.as_deref()) == fold(e["notation"].as_str()),
        );
        if let Some(i) = e["issuer"].as_str() {
            let full = [doc.issuer.parent.as_deref(), doc.issuer.name.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            miss("issuer", doc.issuer.name.as_deref() == Some(i) || full == i);
        }
        miss("place", doc.place.as_deref() == e["place"].as_str());
        miss("date", doc.date.as_deref() == e["date"].as_str());
        if let Some(s) = e["subject_starts"].as_str() {
            miss(
                "subject",
                doc.subject.as_deref().is_some_and(|x| x.starts_with(s)),
            );
        }
        let sig = doc.signature.as_ref();
        miss(
            "signer_name",
            sig.and_then(|s| s.name.as_deref()) == e["signer_name"].as_str(),
        );
        if e["signer_name"].is_string() {
            let want = e["signer_prefix"].as_str().map(|p| p.trim_end_matches('.'));
            miss(
                "signer_prefix",
                sig.and_then(|s| s.authority.as_deref()) == want,
            );
        }
        if let Some(n) = e["top_level_items"].as_u64() {
            miss("top_level_items", doc.body.items.len() as u64 == n);
        }
        if let Some(n) = e["recipients_count"].as_u64() {
            miss("recipients_count", doc.recipients.len() as u64 == n);
        }
        miss(
            "has_copy_block",
            doc.copies.is_empty() != e["has_copy_block"].as_bool().unwrap(),
        );
    }
    assert!(misses.is_empty(), "{misses:#?}");
}
