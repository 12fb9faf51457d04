//! What follows the signature: an attached regulation or plan keeps its lines as printed and
//! gets its numbered structure, built as the body's is. Each expectation is read off the
//! text of the test.

/// A decision that issues a regulation, the regulation attached after the signature with
/// its chapters and articles.
const DECISION: &str = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 21/QĐ-UBND\n\
    Kon Tum, ngày 04 tháng 5 năm 2020\n\nQUYẾT ĐỊNH\nBan hành Quy chế làm việc\n\n\
    ỦY BAN NHÂN DÂN TỈNH KON TUM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n\
    QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n\
    Điều 2. Quyết định này có hiệu lực từ ngày ký./.\n\n\
    Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hòa\n\n\
    QUY CHẾ\nLàm việc của Ủy ban nhân dân tỉnh\n\
    (Ban hành kèm theo Quyết định số 21/QĐ-UBND ngày 04/5/2020)\n\n\
    Chương I\nQUY ĐỊNH CHUNG\n\n\
    Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định nguyên tắc làm việc.\n\n\
    Điều 2. Nguyên tắc làm việc\n1. Giải quyết công việc đúng thẩm quyền.\n\
    2. Bảo đảm sự lãnh đạo của Tỉnh ủy; Văn phòng trình trước ngày 15 hằng tháng.\n\n\
    Chương II\nTRÁCH NHIỆM\n\n\
    Điều 3. Trách nhiệm của Chủ tịch\nChủ tịch lãnh đạo chung.\n";

#[test]
fn an_attached_regulation_has_its_chapters_and_articles() {
    let doc = vanban::parse(DECISION);
    // The decision's own articles stay the body's.
    let own: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(own, ["Điều 1.", "Điều 2."]);
    assert_eq!(doc.attachments.len(), 1);
    let att = &doc.attachments[0];
    assert_eq!(att.title.as_deref(), Some("QUY CHẾ"));
    let chapters: Vec<(&str, Option<&str>, [usize; 2])> = (att.divisions.iter())
        .map(|d| (d.label.as_str(), d.heading.as_deref(), d.items))
        .collect();
    assert_eq!(
        chapters,
        [
            ("Chương I", Some("QUY ĐỊNH CHUNG"), [0, 2]),
            ("Chương II", Some("TRÁCH NHIỆM"), [2, 3]),
        ]
    );
    let articles: Vec<(&str, Option<&str>)> = (att.items.iter())
        .map(|i| (i.label.as_str(), i.heading.as_deref()))
        .collect();
    assert_eq!(
        articles,
        [
            ("Điều 1.", Some("Phạm vi điều chỉnh")),
            ("Điều 2.", Some("Nguyên tắc làm việc")),
            ("Điều 3.", Some("Trách nhiệm của Chủ tịch")),
        ]
    );
    let clauses: Vec<&str> = (att.items[1].children.iter())
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(clauses, ["1.", "2."]);
    // An item's span is where its text stands in the input.
    let s = att.items[2].span;
    assert!(DECISION[s.start..s.end].starts_with("Điều 3. Trách nhiệm của Chủ tịch"));
    // The lines stay as printed too.
    assert!(att.lines.iter().any(|l| l.text == "Chương II"));
}

/// An attachment without labelled lines (a table, a list of names) has no items.
#[test]
fn an_attached_table_has_no_items() {
    let text = DECISION
        .split("QUY CHẾ\n")
        .next()
        .unwrap_or_default()
        .to_owned()
        + "PHỤ LỤC\n| Đơn vị | Số lượng |\n|---|---|\n| Sở Nội vụ | 12 |\n";
    let doc = vanban::parse(&text);
    assert_eq!(doc.attachments.len(), 1);
    assert!(doc.attachments[0].items.is_empty());
    assert!(doc.attachments[0].divisions.is_empty());
}
