//! The closing as web pages flatten it: the `Nơi nhận` list on the line of its heading.

/// A công văn whose recipient list a web page put on one line.
const FLAT: &str = "\
BỘ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2186/BTC-HCSN
Hà Nội, ngày 19 tháng 3 năm 2020
V/v hướng dẫn quyết toán kinh phí

Kính gửi: Sở Tài chính các tỉnh.

Bộ Tài chính hướng dẫn như sau./.

Nơi nhận: - Như trên; - Kho bạc Nhà nước; + Vụ Ngân sách nhà nước; - Lưu: VT, HCSN.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Quang Thuận
";

#[test]
fn a_recipient_list_on_the_heading_line_is_split_into_entries() {
    let doc = vanban::parse(FLAT);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        [
            "Như trên",
            "Kho bạc Nhà nước",
            "Vụ Ngân sách nhà nước",
            "Lưu: VT, HCSN"
        ]
    );
    // Each entry's span is its own text in the input.
    for r in &doc.recipients {
        let printed = &FLAT[r.span.start..r.span.end];
        assert!(
            printed.starts_with(r.text.trim_end_matches('.')),
            "{printed:?}"
        );
    }
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Lê Quang Thuận"));
}

/// A hyphen inside an entry (`Sở Lao động - Thương binh`) is not a bullet: only a bullet
/// after an entry's `;` opens the next entry.
#[test]
fn a_hyphen_inside_an_entry_does_not_split_it() {
    let text = FLAT.replace(
        "- Kho bạc Nhà nước;",
        "- Sở Lao động - Thương binh và Xã hội;",
    );
    let doc = vanban::parse(&text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(names[1], "Sở Lao động - Thương binh và Xã hội");
    assert_eq!(names.len(), 4);
}
