//! Headers cut at a narrow fixed width (text exported at 50–60 columns, or pdftotext of a
//! two-column header): the national name cut before its end (its end on a line of its own
//! or beside the issuer's second line), a place and date cut after `năm`, with the rest on
//! the next line (at its start, or in its right column beside the subject), and a long
//! place alone at the end of the row above its date; in the body, an article label cut
//! after `Điều`.

use vanban::Document;

/// The text under a field's recorded span.
fn spanned<'t>(text: &'t str, doc: &Document, field: &str) -> &'t str {
    let s = doc.spans[field];
    &text[s.start..s.end]
}

#[test]
fn a_year_wrapped_to_the_next_line_completes_the_date() {
    let text = "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\n\
                Số: 417/UBND-KT Hòa Bình, ngày 03 tháng 5 năm\n\
                2016\n\
                V/v chuẩn bị mùa mưa bão\n\n\
                Kính gửi: Các sở, ban, ngành.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Hòa Bình"));
    assert_eq!(doc.date.as_deref(), Some("2016-05-03"));
    // The span runs from `ngày` over the line break to the year.
    assert_eq!(spanned(text, &doc, "date"), "ngày 03 tháng 5 năm\n2016");
    // The year's line is the date's, not left over.
    assert!(
        doc.unclassified.iter().all(|l| l.text != "2016"),
        "{:?}",
        doc.unclassified
    );
    assert_eq!(doc.subject.as_deref(), Some("chuẩn bị mùa mưa bão"));
}

/// A header cell cut after the day or after `ngày` (a web page's table, its emphasis marks
/// around the cell): the next line gives the rest of the date.
#[test]
fn a_date_cut_before_thang_or_after_ngay_completes_the_date() {
    for (first, second, spanned_date) in [
        (
            "*Đà Lạt, ngày 03",
            "tháng 4 năm 2024 *",
            "ngày 03\ntháng 4 năm 2024",
        ),
        (
            "Đà Lạt, ngày",
            "03 tháng 4 năm 2024",
            "ngày\n03 tháng 4 năm 2024",
        ),
    ] {
        let text = format!(
            "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nSố: 88/KH-UBND\n{first}\n{second}\n\n\
             KẾ HOẠCH\nPhòng chống thiên tai năm 2024\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.place.as_deref(), Some("Đà Lạt"), "{first}");
        assert_eq!(doc.date.as_deref(), Some("2024-04-03"), "{first}");
        assert_eq!(spanned(&text, &doc, "date"), spanned_date);
        assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
        assert!(
            !doc.diagnostics.iter().any(|d| d.code == "VB110"),
            "{first}: {:?}",
            doc.diagnostics
        );
    }
}

#[test]
fn a_wrapped_year_with_text_after_it_keeps_that_text() {
    let text =
        "BỘ Y TẾ\nSố: 52/BYT-KH Hà Nội, ngày 14 tháng 02 năm\n2022 Về việc tăng cường kiểm tra\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.date.as_deref(), Some("2022-02-14"));
    assert_eq!(doc.number.number, Some(52));
    // The rest of the year's line is kept, whichever field takes it.
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains("Về việc"), "{json}");
    assert!(json.contains("tăng cường kiểm tra"), "{json}");
}

#[test]
fn a_blank_date_form_is_not_completed_from_the_next_line() {
    // `ngày ... tháng ... năm` left blank for the date of signing: a year at the start of
    // the next line is the body's, not the date's.
    let text = "THÔNG BÁO\nHà Nội, ngày    tháng    năm\n2024 là năm cuối của kế hoạch.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.date, None);
    // Nor is a number that only starts like a year.
    let text = "THÔNG BÁO\nHà Nội, ngày 05 tháng 3 năm\n20245 hộ gia đình được hỗ trợ.\n";
    assert_eq!(vanban::parse(text).date, None);
}

#[test]
fn the_national_name_cut_before_viet_nam_is_joined() {
    let text = "BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\
                VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\
                Số: 52/TB-BYT Hà Nội, ngày 14 tháng 02 năm 2022\n\
                THÔNG BÁO\nKết luận của Bộ trưởng\n";
    let doc = vanban::parse(text);
    let header = doc.header.as_ref().expect("a header");
    assert_eq!(
        header.name.as_deref(),
        Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    assert_eq!(header.motto.as_deref(), Some("Độc lập - Tự do - Hạnh phúc"));
    // `VIỆT NAM` is not taken into the issuer's name.
    assert_eq!(doc.issuer.name.as_deref(), Some("BỘ Y TẾ"));
    assert_eq!(doc.family, vanban::Family::State);
}

#[test]
fn the_national_name_cut_before_nam_is_joined() {
    let text = "HỘI ĐỒNG BỘ TRƯỞNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT\n\
                NAM Độc lập – Tự do – Hạnh phúc -------\n\
                Số: 85/CT Hà Nội, ngày 02 tháng 3 năm 1982\n\
                CHỈ THỊ\nVề việc kiểm kê kho tàng\n";
    let doc = vanban::parse(text);
    let header = doc.header.as_ref().expect("a header");
    assert_eq!(
        header.name.as_deref(),
        Some("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    assert_eq!(doc.issuer.name.as_deref(), Some("HỘI ĐỒNG BỘ TRƯỞNG"));
    assert_eq!(doc.date.as_deref(), Some("1982-03-02"));
}

/// `pdftotext -layout` of a narrow right cell: the national name's end is printed in the
/// right column of the issuer's second row. It ends the national name, not the issuer's.
#[test]
fn the_national_names_end_beside_the_issuers_second_line() {
    for (head, tail) in [
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM"),
        ("CỘNG HÒA XÃ HỘI CHỦ", "NGHĨA VIỆT NAM"),
    ] {
        let text = format!(
            "     ỦY BAN NHÂN DÂN             {head}\n\
             \x20    HUYỆN TRẠM TẤU                     {tail}\n\
             \x20                               Độc lập - Tự do - Hạnh phúc\n\
             \x20 Số: 96/UBND-NV                   Trạm Tấu, ngày 11 tháng 3 năm 2025\n\
             V/v rà soát biên chế\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some("ỦY BAN NHÂN DÂN HUYỆN TRẠM TẤU"),
            "{tail}"
        );
        let header = doc.header.as_ref().expect("a header");
        assert_eq!(
            header.name.as_deref(),
            Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            "{tail}"
        );
        assert_eq!(doc.place.as_deref(), Some("Trạm Tấu"));
    }
}

#[test]
fn an_issuer_ending_in_viet_nam_keeps_it() {
    // Without the motto after them, `VIỆT NAM` on a line of its own end the issuer's name.
    let text = "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\nSố: 12/TLĐ\nHà Nội, ngày 05 tháng 01 năm 2021\n\
                THÔNG BÁO\nVề việc nghỉ Tết\n";
    let doc = vanban::parse(text);
    let issuer = [doc.issuer.parent.as_deref(), doc.issuer.name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(issuer.ends_with("VIỆT NAM"), "{:?}", doc.issuer);
    assert!(doc.header.as_ref().is_none_or(|h| h.name.is_none()));
}

#[test]
fn a_wrapped_title_above_the_header_does_not_hide_the_issuer() {
    // A web page's title line, wrapped so that its date and `v/v` start a line above the
    // header: the issuer below it is still read.
    let text = "Công văn số 245/CT-KK của Cục Thuế An Giang ngày\n\
                12/05/2016 v/v hoàn thuế giá trị gia tăng In văn bản\n\
                TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                CỤC THUẾ AN GIANG Độc lập - Tự do - Hạnh phúc\n\
                Số: 245/CT-KK An Giang, ngày 12 tháng 5 năm 2016\n\
                V/v hoàn thuế giá trị gia tăng\n\
                Kính gửi: Công ty TNHH Minh Phát\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.name.as_deref(), Some("CỤC THUẾ AN GIANG"));
    assert_eq!(doc.issuer.parent.as_deref(), Some("TỔNG CỤC THUẾ"));
    assert_eq!(doc.number.number, Some(245));
    // The subject is the header's own `V/v`, not the title's (with the page's `In văn bản`).
    assert_eq!(doc.subject.as_deref(), Some("hoàn thuế giá trị gia tăng"));
    let title = text.find("12/05/2016").unwrap();
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.span.start == title && l.text.ends_with("In văn bản")));
}

#[test]
fn citations_wrapped_to_the_start_of_a_line_stay_in_their_paragraph() {
    // `11/NQ-CP`, `412/TTr-BYT` and `1070/TTg-KGVX` at the start of a line are citations
    // cut by the wrap: not items, not the document's number.
    let text = "THÔNG BÁO\nVề việc nghỉ lễ\n\n\
                Thực hiện Nghị quyết số\n11/NQ-CP ngày 30 tháng 1 năm 2022 và Tờ trình số\n\
                412/TTr-BYT ngày 05 tháng 4 năm 2022, Công văn số\n\
                1070/TTg-KGVX của Thủ tướng Chính phủ:\n\n\
                1. Các sở bố trí trực.\n\n\
                2. Các huyện báo cáo.\n";
    let doc = vanban::parse(text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1.", "2."]);
    assert_eq!(doc.number.number, None);
    let types: Vec<Option<&str>> = doc
        .references
        .iter()
        .map(|r| r.doc_type.as_deref())
        .collect();
    assert_eq!(
        types,
        [Some("NGHỊ QUYẾT"), Some("TỜ TRÌNH"), Some("CÔNG VĂN")]
    );
}

#[test]
fn a_wrapped_addressee_entry_is_joined() {
    let text = "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 77/UBND-NC\nV/v bảo đảm an ninh lễ hội\n\
                Kính gửi:\n- Công an tỉnh;\n- UBND các huyện: Hà Quảng, Bảo Lạc, Nguyên\nBình.\n\n\
                Nội dung.\n";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.addressees,
        [
            "Công an tỉnh",
            "UBND các huyện: Hà Quảng, Bảo Lạc, Nguyên Bình"
        ]
    );
}

#[test]
fn a_reported_documents_subject_runs_over_the_wrap() {
    // A web article reporting a document: its subject after `về việc` ends with the
    // sentence, lines later.
    let text = "Trang chủ Tin tức\n\nCao Bằng: Bảo đảm an ninh lễ hội đầu xuân\n\
                (Ngày đăng :04/02/2023 08:00:00 SA)\n\n\
                UBND tỉnh Cao Bằng vừa ban hành Công văn\n\
                số 77/UBND-NC ngày 03/02/2023 về việc bảo đảm\n\
                an ninh trật tự các lễ hội đầu xuân. Theo đó, các\n\
                sở triển khai ngay.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(77));
    assert_eq!(
        doc.subject.as_deref(),
        Some("bảo đảm an ninh trật tự các lễ hội đầu xuân")
    );
}

#[test]
fn a_wrapped_vv_subject_keeps_its_continuation_in_double_spaced_text() {
    // Eight lines or more, nearly each followed by a blank line: a double-spaced text.
    let text = "BỘ TÀI CHÍNH\n\nSố: 812/BTC-CST\n\nV/v chính sách thuế đối với hàng hóa\n\n\
                nhập khẩu để gia công\n\nKính gửi: Công ty TNHH Hòa Phát\n\n\
                Bộ Tài chính nhận được công văn của Công ty.\n\n\
                Đề nghị Công ty thực hiện theo quy định.\n\n\
                Nơi nhận:\n\n- Như trên;\n\n- Lưu: VT, CST.\n\nKT. BỘ TRƯỞNG\n\n\
                THỨ TRƯỞNG\n\nLê Văn Thành\n";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("chính sách thuế đối với hàng hóa nhập khẩu để gia công")
    );
}

/// `Điều` alone on a line, its number at the start of the next (`Điều` | `1. Thành lập
/// ...`), as a narrow column wraps a decision: one article, labelled `Điều 1.`, whose span
/// starts at `Điều`. A `Điều` whose next line does not number the next article (`Điều` |
/// `1 chịu trách nhiệm`, a reference) stays text.
#[test]
fn an_article_label_cut_after_dieu() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ LƯƠNG MINH\nSố: 12/QĐ-UBND\n\
                Lương Minh, ngày 05 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n\
                Về việc thành lập Tổ công tác\n\nQUYẾT ĐỊNH:\n\n\
                Điều\n1. Thành lập Tổ công tác gồm các ông, bà\ncó tên sau.\n\n\
                Điều\n2. Nhiệm vụ của Tổ công tác.\n\n\
                Điều\n3. Các ông, bà có tên tại Điều\n1 chịu trách nhiệm thi hành./.\n";
    let doc = vanban::parse(text);
    let items: Vec<(&str, &str)> = (doc.body.items.iter())
        .map(|i| (i.label.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(
        items,
        [
            (
                "Điều 1.",
                "Thành lập Tổ công tác gồm các ông, bà có tên sau."
            ),
            ("Điều 2.", "Nhiệm vụ của Tổ công tác."),
            (
                "Điều 3.",
                "Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành./."
            ),
        ]
    );
    let first = doc.body.items[0].span;
    assert!(text[first.start..first.end].starts_with("Điều\n1. Thành lập"));
}

/// `pdftotext -layout` of a header whose right cell is narrow: the year cut after `năm` is
/// printed in the right column of the next row, beside the subject's first line. It
/// completes the date and is not part of the subject.
#[test]
fn a_year_wrapped_into_the_right_column_beside_the_subject() {
    let text = "      BỘ TÀI CHÍNH                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                \x20                                        Độc lập - Tự do - Hạnh phúc\n\
                \x20  Số: 2207/BTC-NSNN                 Hà Nội, ngày 18 tháng 6 năm\n\
                V/v hướng dẫn lập dự toán                             2025\n\
                ngân sách nhà nước năm 2026\n\n\
                \x20           Kính gửi: Các bộ, cơ quan trung ương.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Hà Nội"));
    assert_eq!(doc.date.as_deref(), Some("2025-06-18"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("hướng dẫn lập dự toán ngân sách nhà nước năm 2026")
    );
    assert!(spanned(text, &doc, "date")
        .ends_with("năm\nV/v hướng dẫn lập dự toán                             2025"));
}

/// A long place cut from its date in a narrow right cell: the place and its comma end the
/// number's row, the date is on the next row beside the subject.
#[test]
fn a_place_alone_at_the_end_of_the_row_above_its_date() {
    let text = "      ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                \x20THÀNH PHỐ HỒ CHÍ MINH                  Độc lập - Tự do - Hạnh phúc\n\
                \x20 Số: 4410/UBND-ĐT                        Thành phố Hồ Chí Minh,\n\
                V/v sửa chữa cầu Kênh Xáng            ngày 14 tháng 10 năm 2025\n\n\
                \x20           Kính gửi: Sở Xây dựng.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Thành phố Hồ Chí Minh"));
    assert_eq!(spanned(text, &doc, "place"), "Thành phố Hồ Chí Minh");
    assert_eq!(doc.date.as_deref(), Some("2025-10-14"));
    assert_eq!(doc.number.number, Some(4410));
    assert_eq!(doc.subject.as_deref(), Some("sửa chữa cầu Kênh Xáng"));
}

/// A place-like word with a comma at the end of the row above a date that has its own place
/// is not taken: the date's own place stays.
#[test]
fn a_date_with_its_own_place_keeps_it() {
    let text = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\n\
                Số: 88/UBND-VP                                  Sa Đéc,\n\
                Cao Lãnh, ngày 02 tháng 4 năm 2025\n\
                V/v lịch tiếp công dân\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Cao Lãnh"));
    assert_eq!(doc.date.as_deref(), Some("2025-04-02"));
}
