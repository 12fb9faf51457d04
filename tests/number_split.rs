//! The number split from `Số:` by the layout: pdftotext prints the header's two columns one
//! after the other, so the Quốc hiệu lines can come between `Số:` and what follows it. Each
//! expectation is read off the text of the test.

/// `Số:` alone at the end of the issuer's column; the number and notation after the motto.
const SO_THEN_MOTTO: &str = "\
SỞ NÔNG NGHIỆP VÀ
PHÁT TRIỂN NÔNG THÔN
Số:

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

128/QĐ-SNN

Ninh Thuận, ngày 21 tháng 8 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Tổ kiểm tra
Điều 1. Thành lập Tổ kiểm tra.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
GIÁM ĐỐC
Châu Minh Khoa
";

#[test]
fn a_number_after_the_motto_belongs_to_a_bare_so() {
    let doc = vanban::parse(SO_THEN_MOTTO);
    assert_eq!(doc.number.number, Some(128));
    assert_eq!(doc.number.notation.as_deref(), Some("QĐ-SNN"));
    assert_eq!(doc.date.as_deref(), Some("2023-08-21"));
    assert_eq!(doc.body.items.len(), 2);
    // The span of the number is the printed `128`.
    let json = serde_json::to_value(&doc).unwrap();
    let span = &json["spans"]["number.number"];
    let (a, b) = (span[0].as_u64().unwrap(), span[1].as_u64().unwrap());
    assert_eq!(&SO_THEN_MOTTO[a as usize..b as usize], "128");
}

/// A bare number without a notation far below `Số:` is not taken for it: only the next line
/// may hold a number alone.
#[test]
fn a_bare_number_far_below_so_is_not_the_number() {
    let text = SO_THEN_MOTTO.replace("128/QĐ-SNN", "128");
    let doc = vanban::parse(&text);
    assert_eq!(doc.number.number, None);
}
