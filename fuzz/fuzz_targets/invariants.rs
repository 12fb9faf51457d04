//! Invariants every parse must keep, shared by the fuzz targets (included with `#[path]`).

use serde_json::Value;

/// Serializes `doc` and checks that every span in it (any `span` array, any value of
/// `spans`, any diagnostic's span) lies inside `text` and on char boundaries.
pub fn check_document(text: &str, doc: &vanban::Document) {
    let json = serde_json::to_value(doc).expect("a document always serializes");
    walk(text, &json, "$");
}

fn check_span(text: &str, v: &Value, path: &str) {
    let Some([s, e]) = v.as_array().map(Vec::as_slice) else {
        panic!("{path}: span is not a pair: {v}");
    };
    let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
    assert!(s <= e, "{path}: span {s}..{e} is reversed");
    assert!(
        e <= text.len(),
        "{path}: span {s}..{e} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{path}: span {s}..{e} splits a character"
    );
}

fn walk(text: &str, v: &Value, path: &str) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{path}.{k}");
                match (k.as_str(), child) {
                    ("span", Value::Array(_)) => check_span(text, child, &p),
                    ("spans", Value::Object(spans)) => {
                        for (name, s) in spans {
                            check_span(text, s, &format!("{p}[{name}]"));
                        }
                    }
                    _ => walk(text, child, &p),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(text, child, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}
