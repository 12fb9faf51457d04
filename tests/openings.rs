//! The opening of a decision or resolution: the authority in capitals, the `Căn cứ` lines and
//! the enacting formula. Each expectation is read off the text of the test.

/// An HĐND resolution: the council's name, then its term and session on a line of their own.
const HDND: &str = "\
HỘI ĐỒNG NHÂN DÂN
TỈNH HẬU GIANG
Số: 45/NQ-HĐND
Hậu Giang, ngày 08 tháng 12 năm 2023
NGHỊ QUYẾT
Về việc đặt tên đường trên địa bàn tỉnh

HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG
KHÓA X, KỲ HỌP THỨ 9

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình số 210/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh.

QUYẾT NGHỊ:

Điều 1. Đặt tên 12 tuyến đường.
Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện./.

CHỦ TỊCH
Trần Văn Huyến
";

#[test]
fn the_term_and_session_line_is_part_of_the_authority() {
    let doc = vanban::parse(HDND);
    let authority = doc.body.authority.as_ref().expect("an authority");
    assert_eq!(
        authority.text,
        "HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG KHÓA X, KỲ HỌP THỨ 9"
    );
    assert_eq!(doc.body.basis.len(), 2);
    assert_eq!(
        doc.body.formula.as_ref().map(|f| f.text.as_str()),
        Some("QUYẾT NGHỊ:")
    );
    assert!(doc.body.preamble.is_empty(), "{:?}", doc.body.preamble);
    assert_eq!(doc.body.items.len(), 2);
}
