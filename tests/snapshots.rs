//! Reviewed snapshots of the full JSON of every corpus document.
//!
//! A change in output shows up as a snapshot diff; each snapshot was read line by line
//! against its document before it was accepted. To review a change:
//! `INSTA_UPDATE=new cargo test --test snapshots`, then compare `*.snap.new` with `*.snap`.

#[test]
fn corpus_json() {
    insta::glob!("../corpus", "**/*.txt", |path| {
        let bytes = std::fs::read(path).unwrap();
        let doc = vanban::parse_bytes(&bytes).unwrap();
        insta::assert_json_snapshot!(doc);
    });
}
