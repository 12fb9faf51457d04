//! The committed JSON Schema (`schema/vanban.schema.json`) must be what the types give:
//! a change to the output types without regenerating the file fails here.

#![cfg(feature = "schema")]

use std::path::Path;

/// How to bring the committed file up to date, for the failure message.
const REGENERATE: &str = "cargo run -- schema > schema/vanban.schema.json";

#[test]
fn committed_schema_matches_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/vanban.schema.json");
    // Exactly what `vanban schema` prints: pretty JSON and a newline.
    let generated =
        serde_json::to_string_pretty(&vanban::json_schema()).expect("the schema serializes") + "\n";
    let committed = match std::fs::read_to_string(&path) {
        Ok(text) => text.replace("\r\n", "\n"),
        Err(e) => panic!(
            "cannot read {}: {e}\nCreate it with: {REGENERATE}",
            path.display()
        ),
    };
    assert!(
        committed == generated,
        "schema/vanban.schema.json is out of date with the output types.\n\
         Regenerate it with: {REGENERATE}\n\
         and review the difference (a changed contract may need a new SCHEMA_VERSION)."
    );
}

#[test]
fn committed_schema_describes_provenance() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/vanban.schema.json");
    let text = std::fs::read_to_string(path).expect("the schema file exists");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("the schema is JSON");
    let provenance = &schema["definitions"]["Provenance"]["properties"];
    for field in [
        "path",
        "sha256",
        "encoding",
        "tool_version",
        "schema_version",
    ] {
        assert!(
            provenance.get(field).is_some(),
            "Provenance.{field} missing"
        );
    }
}
