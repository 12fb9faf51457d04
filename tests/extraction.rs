//! Deadlines and assignees read off the seed documents. Every fact asserted here was read
//! from the document text by hand; the item numbers are the printed labels.

use std::path::Path;

use vanban::{AssigneeRole, Document, Item};

/// Parses one seed document of `corpus/seeds` by its file-name prefix (`002`).
fn seed(prefix: &str) -> (String, Document) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus/seeds is readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    let path = entries
        .into_iter()
        .find(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(".txt")
        })
        .unwrap_or_else(|| panic!("no seed {prefix}"));
    let text = std::fs::read_to_string(&path).expect("seed is UTF-8");
    let doc = vanban::parse(&text);
    (text, doc)
}

/// The top-level item with this printed label (`2.`).
fn item<'d>(doc: &'d Document, label: &str) -> &'d Item {
    doc.body
        .items
        .iter()
        .find(|i| i.label == label)
        .unwrap_or_else(|| panic!("no item {label}"))
}

/// Every item of the tree, depth first.
fn all_items(items: &[Item]) -> Vec<&Item> {
    let mut out = Vec::new();
    for i in items {
        out.push(i);
        out.extend(all_items(&i.children));
    }
    out
}

/// The deadline dates of an item's own text.
fn dates(item: &Item) -> Vec<Option<&str>> {
    item.deadlines.iter().map(|d| d.date.as_deref()).collect()
}

/// The assignees of an item as `(name, role)`.
fn assignees(item: &Item) -> Vec<(&str, AssigneeRole)> {
    item.assignees
        .iter()
        .map(|a| (a.name.as_str(), a.role))
        .collect()
}

/// Seed 003, item 2: the two deadlines are printed in its first two `-` children (each
/// child's closing parenthesis), not in the item's own sentence; the item itself opens
/// with `Sở Y tế chủ trì phối hợp với ...`.
#[test]
fn seed_003_item_2_deadlines_sit_in_its_dash_children() {
    let (text, doc) = seed("003");
    let two = item(&doc, "2.");
    assert!(two.deadlines.is_empty(), "{:?}", two.deadlines);
    assert_eq!(two.children.len(), 3);
    assert_eq!(dates(&two.children[0]), [Some("2021-08-20")]);
    assert_eq!(dates(&two.children[1]), [Some("2021-08-25")]);
    assert!(two.children[2].deadlines.is_empty());

    let first = &two.children[0].deadlines[0];
    assert_eq!(first.text, "trước ngày 20/8/2021");
    assert_eq!(
        &text[first.span.start..first.span.end],
        "trước ngày 20/8/2021"
    );
    let second = &two.children[1].deadlines[0];
    assert_eq!(second.text, "hoàn thành trước ngày 25/8/2021");
    assert_eq!(
        &text[second.span.start..second.span.end],
        "hoàn thành trước ngày 25/8/2021"
    );
}

#[test]
fn seed_003_item_2_is_led_by_so_y_te() {
    let (text, doc) = seed("003");
    let two = item(&doc, "2.");
    assert_eq!(
        assignees(two),
        [
            ("Sở Y tế", AssigneeRole::Lead),
            ("các địa phương, đơn vị liên quan", AssigneeRole::Coordinate),
        ]
    );
    let span = two.assignees[0].span;
    assert_eq!(&text[span.start..span.end], "Sở Y tế");
}

/// Seed 003 cites documents with dates (`Văn bản số 1070/TTg-KGVX ngày 05/8/2021`, `Chỉ thị
/// số 16/CT-TTg`) but sets only the two deadlines of item 2.
#[test]
fn seed_003_has_no_other_deadline() {
    let (_, doc) = seed("003");
    let found: Vec<_> = all_items(&doc.body.items)
        .into_iter()
        .flat_map(|i| i.deadlines.iter().map(|d| d.date.clone()))
        .collect();
    assert_eq!(
        found,
        [Some("2021-08-20".to_owned()), Some("2021-08-25".to_owned())]
    );
    assert_eq!(
        assignees(item(&doc, "3.")),
        [
            ("Sở Công Thương", AssigneeRole::Lead),
            ("Sở Y tế", AssigneeRole::Coordinate),
            ("Sở Giao thông vận tải", AssigneeRole::Coordinate),
            ("UBND các huyện, thành phố", AssigneeRole::Coordinate),
            ("các ngành chức năng", AssigneeRole::Coordinate),
        ]
    );
}

#[test]
fn seed_002_item_2_deadline() {
    let (_, doc) = seed("002");
    let two = item(&doc, "2.");
    assert_eq!(dates(two), [Some("2021-09-13")]);
    assert_eq!(two.deadlines[0].text, "chậm nhất ngày 13/9/2021");
    // The item has no addressee: it opens with `Phải đẩy nhanh ...`.
    assert!(two.assignees.is_empty());
}

#[test]
fn seed_002_item_4_giao_so_y_te() {
    let (_, doc) = seed("002");
    let four = item(&doc, "4.");
    assert_eq!(assignees(four), [("Sở Y tế", AssigneeRole::Assigned)]);
    // Its first `-` child cites `Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021`: a reference
    // date, not a deadline.
    assert!(four.children[0].deadlines.is_empty());
    assert!(four.children.iter().all(|c| c.assignees.is_empty()));
}

#[test]
fn seed_002_item_5_lead_and_coordinate() {
    let (_, doc) = seed("002");
    let five = assignees(item(&doc, "5."));
    assert_eq!(five[0], ("Sở Xây dựng", AssigneeRole::Lead));
    assert_eq!(five[1], ("Sở Y tế", AssigneeRole::Coordinate));
    // `phối hợp Sở Y tế và các địa phương`: the localities coordinate too.
    assert_eq!(five[2], ("các địa phương", AssigneeRole::Coordinate));
    assert_eq!(five.len(), 3);
}

#[test]
fn seed_002_item_8_three_departments() {
    let (_, doc) = seed("002");
    assert_eq!(
        assignees(item(&doc, "8.")),
        [
            ("Sở Giao thông vận tải", AssigneeRole::Assigned),
            (
                "Sở Nông nghiệp và Phát triển nông thôn",
                AssigneeRole::Assigned
            ),
            ("Sở Công Thương", AssigneeRole::Assigned),
        ]
    );
    assert_eq!(
        assignees(item(&doc, "9.")),
        [("Chủ tịch UBND các huyện, thành phố", AssigneeRole::Assigned)]
    );
}

/// The meeting of 12/9/2021 (preamble), the invitation of 11/9/2021 and `cuộc họp sáng mai
/// (13/9/2021)` in item 10 are dates of meetings, not deadlines: the only deadline of the
/// document is item 2's.
#[test]
fn seed_002_meeting_dates_are_not_deadlines() {
    let (_, doc) = seed("002");
    let ten = item(&doc, "10.");
    assert!(ten.deadlines.is_empty(), "{:?}", ten.deadlines);
    // `Sau cuộc họp này, giao Sở Y tế tiếp thu ...`
    assert_eq!(assignees(ten), [("Sở Y tế", AssigneeRole::Assigned)]);
    let all: Vec<_> = all_items(&doc.body.items)
        .into_iter()
        .flat_map(|i| i.deadlines.iter().map(|d| d.date.clone()))
        .collect();
    assert_eq!(all, [Some("2021-09-13".to_owned())]);
}

/// Seed 004 cites dated documents and sets no dated deadline; its items are addressed by
/// their openings (`Đề nghị Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông ...`).
#[test]
fn seed_004_reference_dates_are_not_deadlines() {
    let (_, doc) = seed("004");
    for i in all_items(&doc.body.items) {
        assert!(i.deadlines.is_empty(), "{}: {:?}", i.label, i.deadlines);
    }
    assert_eq!(
        assignees(item(&doc, "3.")),
        [
            ("Ban Tuyên giáo Tỉnh ủy", AssigneeRole::Assigned),
            ("Sở Thông tin và Truyền thông", AssigneeRole::Assigned),
        ]
    );
}

/// Items that open without naming a body have no assignee, even when bodies are named
/// further on.
#[test]
fn openings_without_a_body_have_no_assignee() {
    let (_, doc) = seed("002");
    for label in ["1.", "2.", "3.", "11."] {
        assert!(
            item(&doc, label).assignees.is_empty(),
            "{label}: {:?}",
            item(&doc, label).assignees
        );
    }
}
