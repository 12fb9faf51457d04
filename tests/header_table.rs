//! A header that a web page converter turned into a markdown table, the rules under the
//! columns' first lines kept in the cells: the header is read as from the printed page.

const DOC: &str = "\
| ______________ | BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
|  | _____________ Độc lập - Tự do - Hạnh phúc |
|  | Số: 48/TB-BXD Hà Nội, ngày 09 tháng 10 năm 2025 |

THÔNG BÁO
Kết luận của Thứ trưởng tại cuộc họp về quy hoạch

Ngày 02 tháng 10 năm 2025, Thứ trưởng chủ trì cuộc họp.
1. Các đơn vị hoàn thiện hồ sơ trước ngày 30/10/2025.
";

#[test]
fn a_header_table_with_rules_in_its_cells_is_the_header() {
    let doc = vanban::parse(DOC);
    assert_eq!(doc.issuer.name.as_deref(), Some("BỘ XÂY DỰNG"));
    assert_eq!(
        doc.header.as_ref().and_then(|h| h.motto.as_deref()),
        Some("Độc lập - Tự do - Hạnh phúc")
    );
    assert_eq!(doc.number.number, Some(48));
    assert_eq!(doc.number.notation.as_deref(), Some("TB-BXD"));
    assert_eq!(doc.place.as_deref(), Some("Hà Nội"));
    assert_eq!(doc.date.as_deref(), Some("2025-10-09"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Kết luận của Thứ trưởng tại cuộc họp về quy hoạch")
    );
    // The table's row of rules is kept, not read as anything.
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.text == "|---|---|" && &DOC[l.span.start..l.span.end] == "|---|---|"));
}
