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

/// A web page's tables whose cells keep their lines apart with HTML line breaks.
const BROKEN_CELLS: &str = "\
| ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG<br>**VĂN PHÒNG**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc**<br/>--------------- |
|---|---|
| Số: 148/TB-VPUBND | Lâm Đồng, ngày 20 tháng 5 năm 2024 |

THÔNG BÁO

Kết luận của Phó Chủ tịch UBND tỉnh tại buổi làm việc

Ngày 15/5/2024, Phó Chủ tịch UBND tỉnh làm việc với các sở./.

| Nơi nhận:<br>- Phó Chủ tịch UBND tỉnh;<br>- Sở Tài chính;<br>- Lưu: VT, KTN. | TL. CHỦ TỊCH<br>KT. CHÁNH VĂN PHÒNG<br>PHÓ CHÁNH VĂN PHÒNG<br><br>Lê Thị Ngọc Hân |
|---|---|
";

#[test]
fn cells_with_html_line_breaks_are_read_line_by_line() {
    let doc = vanban::parse(BROKEN_CELLS);
    assert_eq!(
        doc.issuer.parent.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    );
    assert_eq!(doc.issuer.name.as_deref(), Some("VĂN PHÒNG"));
    assert_eq!(
        doc.header.as_ref().and_then(|h| h.motto.as_deref()),
        Some("Độc lập - Tự do - Hạnh phúc")
    );
    assert_eq!(doc.number.number, Some(148));
    assert_eq!(doc.place.as_deref(), Some("Lâm Đồng"));
    assert_eq!(doc.date.as_deref(), Some("2024-05-20"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"));
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        ["Phó Chủ tịch UBND tỉnh", "Sở Tài chính", "Lưu: VT, KTN"]
    );
    let sig = doc.signature.as_ref().expect("signature");
    assert_eq!(sig.chain, ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]);
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHÁNH VĂN PHÒNG"));
    assert_eq!(sig.name.as_deref(), Some("Lê Thị Ngọc Hân"));
    // Spans point into the text as given, breaks and borders included.
    let span = doc.spans["issuer.name"];
    assert_eq!(&BROKEN_CELLS[span.start..span.end], "VĂN PHÒNG");
}

/// A ministry printed on its body's line (a web page joins the header cell's lines): the
/// ministry is the parent, by its whole name, even where the name holds a word that starts
/// a body (`BỘ NỘI VỤ VỤ TỔ CHỨC - BIÊN CHẾ`).
#[test]
fn a_ministry_on_its_bodys_line_is_the_parent() {
    for (line, parent, name) in [
        (
            "BỘ TÀI CHÍNH TỔNG CỤC DỰ TRỮ NHÀ NƯỚC -------",
            "BỘ TÀI CHÍNH",
            "TỔNG CỤC DỰ TRỮ NHÀ NƯỚC",
        ),
        (
            "BỘ NỘI VỤ VỤ TỔ CHỨC BIÊN CHẾ",
            "BỘ NỘI VỤ",
            "VỤ TỔ CHỨC BIÊN CHẾ",
        ),
    ] {
        let doc = vanban::parse(&format!(
            "{line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 86/BC-TCDT Hà Nội, ngày 25 tháng 01 năm 2024\nBÁO CÁO\n\
             Tình hình thực hiện nhiệm vụ năm 2023\n\nNội dung báo cáo./.\n"
        ));
        assert_eq!(doc.issuer.parent.as_deref(), Some(parent), "{line}");
        assert_eq!(doc.issuer.name.as_deref(), Some(name), "{line}");
    }
}

/// The national name of 1945-1976 (`VIỆT NAM DÂN CHỦ CỘNG HÒA`) in an older document's
/// header, on the issuer's row or a line of its own: the national name, not the issuer's.
#[test]
fn the_national_name_of_1945_1976() {
    for header in [
        "HỘI ĐỒNG CHÍNH PHỦ          VIỆT NAM DÂN CHỦ CỘNG HÒA\n                            Độc lập - Tự do - Hạnh phúc",
        "VIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh phúc\nHỘI ĐỒNG CHÍNH PHỦ",
    ] {
        let doc = vanban::parse(&format!(
            "{header}\nSố: 147-CP\nHà Nội, ngày 18 tháng 9 năm 1964\n\nNGHỊ ĐỊNH\n\
             ban hành Điều lệ tạm thời\n\nĐiều 1. Nay ban hành bản Điều lệ tạm thời.\n"
        ));
        assert_eq!(doc.issuer.name.as_deref(), Some("HỘI ĐỒNG CHÍNH PHỦ"), "{header}");
        assert_eq!(doc.issuer.parent, None, "{header}");
        let national = doc.header.as_ref().and_then(|h| h.name.as_deref());
        assert_eq!(national, Some("VIỆT NAM DÂN CHỦ CỘNG HÒA"), "{header}");
    }
}

/// A Party header as a pipe table whose right column has fewer lines: the body's name alone
/// in its row (`| BAN TUYÊN GIÁO | |`) is still the issuer under its parent, and the
/// place and date beside the star (`| * | Tam Kỳ, ngày ... |`) are still read.
#[test]
fn a_party_header_table_with_an_empty_cell() {
    let text = "\
| TỈNH ỦY QUẢNG NAM   | ĐẢNG CỘNG SẢN VIỆT NAM           |
|---------------------|----------------------------------|
| BAN TUYÊN GIÁO      |                                  |
| Số 1208-CV/BTGTU    |                                  |
| \\*                  | Tam Kỳ, ngày 04 tháng 5 năm 2023 |

Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo cáo kết quả.
";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.parent.as_deref(), Some("TỈNH ỦY QUẢNG NAM"));
    assert_eq!(doc.issuer.name.as_deref(), Some("BAN TUYÊN GIÁO"));
    assert_eq!(doc.number.number, Some(1208));
    assert_eq!(doc.place.as_deref(), Some("Tam Kỳ"));
    assert_eq!(doc.date.as_deref(), Some("2023-05-04"));
}

/// A header that pandoc wrote as a grid table (`+---+---+` borders, cells wrapped at the
/// column's width onto the row's next lines): each cell's wrapped text reads on, as a wrapped
/// line of the printed page does.
#[test]
fn a_grid_table_header_with_wrapped_cells() {
    let text = "\
+-----------------------------------+-----------------------------------+
| **UBND HUYỆN CHƯ SÊ**             | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT  |
|                                   | NAM**                             |
| **PHÒNG TÀI CHÍNH - KẾ HOẠCH**    | **Độc lập - Tự do - Hạnh phúc**   |
|                                   |                                   |
| Số: 96/TCKH                       | *Chư Sê, ngày 07 tháng 11 năm     |
|                                   | 2022*                             |
|                                   |                                   |
| V/v đề nghị bổ sung dự toán kinh  |                                   |
| phí năm 2022                      |                                   |
+-----------------------------------+-----------------------------------+

Kính gửi: Ủy ban nhân dân huyện Chư Sê.

Phòng Tài chính - Kế hoạch kính trình Ủy ban nhân dân huyện xem xét, quyết định./.
";
    let doc = vanban::parse(text);
    let header = doc.header.as_ref().expect("a header");
    assert_eq!(
        header.name.as_deref(),
        Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("UBND HUYỆN CHƯ SÊ"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("PHÒNG TÀI CHÍNH - KẾ HOẠCH")
    );
    assert_eq!(doc.number.number, Some(96));
    assert_eq!(doc.place.as_deref(), Some("Chư Sê"));
    assert_eq!(doc.date.as_deref(), Some("2022-11-07"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("đề nghị bổ sung dự toán kinh phí năm 2022")
    );
    assert_eq!(doc.addressees, ["Ủy ban nhân dân huyện Chư Sê"]);
    // The borders are the table's: nothing of them is left over.
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}
