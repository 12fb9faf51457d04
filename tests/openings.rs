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

/// A Party committee prints its name and the formula on one line after the basis lines:
/// the authority and the formula, each with its own span.
#[test]
fn authority_and_formula_on_one_line() {
    let text = "HUYỆN ỦY KRÔNG BÔNG\nỦY BAN KIỂM TRA\n*\nSố 34-QĐ/UBKTHU\n\
                ĐẢNG CỘNG SẢN VIỆT NAM\nKrông Bông, ngày 26 tháng 6 năm 2022\n\n\
                QUYẾT ĐỊNH\nthi hành kỷ luật đảng viên\n\n- Căn cứ Điều lệ Đảng;\n\
                - Xét đề nghị của Chi bộ Trường Trung học cơ sở Cư Pui,\n\n\
                ỦY BAN KIỂM TRA HUYỆN ỦY QUYẾT ĐỊNH:\n\n\
                Điều 1. Thi hành kỷ luật bằng hình thức khiển trách đối với đồng chí A.\n\
                Điều 2. Chi bộ thi hành Quyết định này.\n\n\
                T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM\nY Wăn Ênuôl\n";
    let doc = vanban::parse(text);
    let authority = doc.body.authority.as_ref().expect("an authority");
    assert_eq!(authority.text, "ỦY BAN KIỂM TRA HUYỆN ỦY");
    assert_eq!(
        &text[authority.span.start..authority.span.end],
        "ỦY BAN KIỂM TRA HUYỆN ỦY"
    );
    let formula = doc.body.formula.as_ref().expect("a formula");
    assert_eq!(formula.text, "QUYẾT ĐỊNH:");
    assert_eq!(&text[formula.span.start..formula.span.end], "QUYẾT ĐỊNH:");
    assert_eq!(doc.body.basis.len(), 2);
    assert!(doc.body.preamble.is_empty(), "{:?}", doc.body.preamble);
    assert_eq!(doc.body.items.len(), 2);
}

/// A decree of 1964: a recital of purpose (`Để ...;`) among the basis lines, and the old
/// formula `NGHỊ ĐỊNH:`.
#[test]
fn a_recital_among_the_basis_lines_and_the_old_decree_formula() {
    let doc = vanban::parse(
        "HỘI ĐỒNG CHÍNH PHỦ\nSố: 147-CP\nVIỆT NAM DÂN CHỦ CỘNG HÒA\n\
         Hà Nội, ngày 18 tháng 9 năm 1964\n\nNGHỊ ĐỊNH\n\
         ban hành Điều lệ tạm thời về việc quản lý các kho lương thực\n\n\
         HỘI ĐỒNG CHÍNH PHỦ\n\n\
         Căn cứ vào Luật tổ chức Hội đồng Chính phủ ngày 14 tháng 7 năm 1960;\n\
         Để bảo quản tốt lương thực của hợp tác xã;\n\
         Theo đề nghị của ông Bộ trưởng Bộ Lương thực và thực phẩm;\n\n\
         NGHỊ ĐỊNH:\n\nĐiều 1. - Nay ban hành bản Điều lệ tạm thời.\n\n\
         T/M HỘI ĐỒNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG\nĐỗ Quang Huy\n",
    );
    let basis: Vec<&str> = doc.body.basis.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(
        basis,
        [
            "Căn cứ vào Luật tổ chức Hội đồng Chính phủ ngày 14 tháng 7 năm 1960;",
            "Để bảo quản tốt lương thực của hợp tác xã;",
            "Theo đề nghị của ông Bộ trưởng Bộ Lương thực và thực phẩm;"
        ]
    );
    assert_eq!(
        doc.body.formula.as_ref().map(|f| f.text.as_str()),
        Some("NGHỊ ĐỊNH:")
    );
    assert!(doc.body.preamble.is_empty(), "{:?}", doc.body.preamble);
    assert_eq!(doc.body.items.len(), 1);
}

/// Articles as typewritten decisions labelled them, a dash after the number (`Điều 1.-`,
/// `Điều 2-`), are articles. (A range, `Điều 1-3`, is none: see the grammar's cases.)
#[test]
fn articles_with_a_dash_after_the_number() {
    let text = "QUYẾT ĐỊNH\nVề việc thành lập trường\n\nQUYẾT ĐỊNH:\n\n\
                Điều 1.- Thành lập Trường Trung học Nông nghiệp.\n\n\
                Điều 2- Quyết định này có hiệu lực kể từ ngày ký.\n";
    let doc = vanban::parse(text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["Điều 1.-", "Điều 2-"]);
    assert_eq!(
        doc.body.items[1].text,
        "Quyết định này có hiệu lực kể từ ngày ký."
    );
}
