//! The addressees after `Kính gửi`: on its line, listed below it, or both. Each expectation is
//! read off the text of the test.

/// A công văn addressed by `kinh_gui` (the `Kính gửi` line and what follows it).
fn addressed(kinh_gui: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 215/UBND-KT\nHà Giang, ngày 14 tháng 5 năm 2023\n\
         V/v rà soát hồ sơ\n\n{kinh_gui}\n\nỦy ban nhân dân tỉnh yêu cầu:\n\
         1. Rà soát hồ sơ.\n2. Báo cáo kết quả./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n\
         KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Sơn\n"
    ))
}

/// The first entry on the heading's line, bulleted, and the next ones below it.
#[test]
fn a_bulleted_list_that_starts_on_the_heading_line() {
    for list in [
        "Kính gửi: - Sở Tài chính,\n- Sở Kế hoạch và Đầu tư.",
        "Kính gửi: - Sở Tài chính;\n          - Sở Kế hoạch và Đầu tư.",
    ] {
        let doc = addressed(list);
        assert_eq!(
            doc.addressees,
            ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"],
            "{list}"
        );
        assert!(
            doc.body.preamble.iter().all(|p| p.label.is_none()),
            "{list}"
        );
        assert_eq!(doc.body.items.len(), 2, "{list}");
    }
}

/// One addressee on the heading's line: a bulleted line after it that the entry did not
/// lead to (no `,` or `;`) is the body's.
#[test]
fn one_addressee_on_the_heading_line_ends_the_list() {
    let doc = addressed("Kính gửi: Sở Tài chính.\n- Căn cứ kết luận của Chủ tịch UBND tỉnh.");
    assert_eq!(doc.addressees, ["Sở Tài chính"]);
}

/// A rule under the subject, then `Kính gửi`: the addressee is read, not left in the body.
#[test]
fn kinh_gui_after_the_rule_under_the_subject() {
    let doc = vanban::parse(
        "SỞ NỘI VỤ TỈNH SƠN LA\nSố: 112/TTr-SNV\nSơn La, ngày 30 tháng 7 năm 2024\n\n\
         TỜ TRÌNH\nVề việc điều động cán bộ\n-----\nKính gửi: Ủy ban nhân dân tỉnh.\n\n\
         Kính trình Ủy ban nhân dân tỉnh xem xét, quyết định.\n",
    );
    assert_eq!(doc.addressees, ["Ủy ban nhân dân tỉnh"]);
    assert_eq!(doc.subject.as_deref(), Some("Về việc điều động cán bộ"));
}

/// An addressee on the heading's line closed by its full stop, and the body's first sentence
/// right under it without a blank line: that sentence is the body's, not a detail of the
/// addressee. A labelled line (`Địa chỉ: ...`) or a short unclosed one still is.
#[test]
fn a_short_sentence_after_a_closed_addressee_is_the_body() {
    let doc = addressed("Kính gửi: Ủy ban nhân dân các huyện.\nĐề nghị phối hợp thực hiện.");
    assert_eq!(doc.addressees, ["Ủy ban nhân dân các huyện"]);
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
    assert_eq!(doc.body.preamble[0].text, "Đề nghị phối hợp thực hiện.");

    let doc = addressed("Kính gửi: Công ty TNHH Minh Phát.\nĐịa chỉ: số 12 đường Lê Lợi.");
    assert_eq!(doc.unclassified[0].kind, "addressee_detail");
    assert_eq!(doc.unclassified[0].text, "Địa chỉ: số 12 đường Lê Lợi.");
    let doc = addressed("Kính gửi: Ông Nguyễn Văn Bình\nGiám đốc Công ty Minh Phát");
    assert_eq!(doc.unclassified[0].kind, "addressee_detail");
}

/// A công điện names its addressees after its author's line (`CHỦ TỊCH ... điện:`), in
/// place of `Kính gửi`: they are its addressees, and the body starts after them.
#[test]
fn a_telegrams_addressees_follow_its_author_line() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 09/CĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 06 tháng 9 năm 2024\nCÔNG ĐIỆN\n\
         Về việc chủ động ứng phó với bão số 4\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\
         - Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh;\n\
         - Chủ tịch UBND các huyện, thị xã, thành phố.\n\
         Để chủ động ứng phó với bão, Chủ tịch UBND tỉnh yêu cầu:\n\
         1. Các sở, ngành tổ chức trực ban nghiêm túc 24/24 giờ.\n\
         2. UBND các huyện sẵn sàng phương án sơ tán dân./.\n\
         Nơi nhận:\n- Như trên;\n- Lưu: VT, NN.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\n",
    );
    assert_eq!(
        doc.addressees,
        [
            "Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh",
            "Chủ tịch UBND các huyện, thị xã, thành phố"
        ]
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("Về việc chủ động ứng phó với bão số 4")
    );
    assert_eq!(doc.body.items.len(), 2);
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// A bulleted entry wrapped after a comma (`... Hải Phòng,` | `Nam Định;`) is one entry: in a
/// bulleted list, only `;` or `.` ends one.
#[test]
fn a_bulleted_entry_wrapped_after_a_comma_is_one_addressee() {
    let doc = addressed(
        "Kính gửi:\n- Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy,\n  đảng ủy trực thuộc Tỉnh ủy;\n\
         - Báo Quảng Trị.",
    );
    assert_eq!(
        doc.addressees,
        [
            "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
            "Báo Quảng Trị"
        ]
    );
}

/// Older documents print bulleted addressees without a closing mark (`Kính gửi: - Ủy ban
/// nhân dân các tỉnh` | `- Các Chi cục Kiểm lâm nhân dân`): the bullet on the heading's line
/// opens the list, and the next bulleted line goes on with it.
#[test]
fn bulleted_addressees_without_marks() {
    let doc = addressed(
        "Kính gửi:  - Ủy ban nhân dân các tỉnh, thành phố, đặc khu có rừng\n\
         \x20          - Các Chi cục Kiểm lâm nhân dân",
    );
    assert_eq!(
        doc.addressees,
        [
            "Ủy ban nhân dân các tỉnh, thành phố, đặc khu có rừng",
            "Các Chi cục Kiểm lâm nhân dân"
        ]
    );
    assert_eq!(doc.body.items.len(), 2);
}

/// A Party công văn prints its subject under the number without `V/v` (the Party's guide,
/// HD 36): the line or two between the header and `Kính gửi` are the subject, the document
/// a công văn (`845-CV/HU`), and `Kính gửi` still heads the addressees.
#[test]
fn a_party_subject_without_vv_before_kinh_gui() {
    let party = |between: &str| {
        vanban::parse(&format!(
            "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 845-CV/HU\n\
             ĐẢNG CỘNG SẢN VIỆT NAM\nNam Đàn, ngày 16 tháng 4 năm 2024\n{between}\n\n\
             Kính gửi: Các tổ chức cơ sở đảng trực thuộc.\n\n\
             Đề nghị các tổ chức cơ sở đảng thực hiện tốt.\n\nNơi nhận:\n- Như trên,\n\
             - Lưu Văn phòng Huyện ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nPhan Văn Bình\n"
        ))
    };
    for (between, subject) in [
        (
            "Tăng cường phòng, chống đuối nước cho trẻ em",
            "Tăng cường phòng, chống đuối nước cho trẻ em",
        ),
        (
            "Tăng cường phòng, chống đuối nước\ncho trẻ em trong dịp hè",
            "Tăng cường phòng, chống đuối nước cho trẻ em trong dịp hè",
        ),
    ] {
        let doc = party(between);
        assert_eq!(doc.subject.as_deref(), Some(subject), "{between}");
        assert_eq!(doc.doc_type.name.as_deref(), Some("CÔNG VĂN"), "{between}");
        assert!(!doc.doc_type.stated, "{between}");
        assert_eq!(doc.addressees, ["Các tổ chức cơ sở đảng trực thuộc"]);
    }
    // A sentence there is the body's, not a subject.
    let doc = party("Ban Thường vụ Huyện ủy thông báo như sau.");
    assert_eq!(doc.subject, None);
    // Without `Kính gửi` after it, a line under the header starts the body.
    let doc = vanban::parse(
        "ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 845-CV/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n\
         Nam Đàn, ngày 16 tháng 4 năm 2024\nTăng cường phòng, chống đuối nước cho trẻ em\n\n\
         Đề nghị các tổ chức cơ sở đảng thực hiện tốt.\n",
    );
    assert_eq!(doc.subject, None);
}

/// A công văn whose subject lost its `V/v` (or never printed it), read one column after the
/// other: the subject line under `Số`, then the other column's place and date, then `Kính
/// gửi`. The unmarked line is the subject, and the date and addressee after it are still
/// read; under a type heading further down it is not the subject.
#[test]
fn an_unmarked_subject_above_the_other_columns_date() {
    let letter = |subject: &str, below: &str| {
        vanban::parse(&format!(
            "TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nSố: 812/CT-TTHT\n{subject}\n\
             Quy Nhơn, ngày 14 tháng 3 năm 2023\n{below}\n\n\
             Cục Thuế nhận được văn bản của Công ty hỏi về chính sách thuế.\n\
             Nơi nhận:\n- Như trên;\n- Lưu: VT, TTHT.\nCỤC TRƯỞNG\n\nLê Văn An\n"
        ))
    };
    for (line, subject) in [
        (
            "Chính sách thuế đối với hộ kinh doanh",
            "Chính sách thuế đối với hộ kinh doanh",
        ),
        // OCR's `VÀ` for `V/v` is the marker.
        ("VÀ chính sách thuế", "chính sách thuế"),
    ] {
        let doc = letter(line, "Kính gửi: Công ty TNHH An Phát.");
        assert_eq!(doc.subject.as_deref(), Some(subject));
        assert_eq!(doc.place.as_deref(), Some("Quy Nhơn"), "{subject}");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some("2023-03-14")
        );
        assert_eq!(doc.addressees, ["Công ty TNHH An Phát"], "{subject}");
    }
    let doc = letter(
        "Chính sách thuế đối với hộ kinh doanh",
        "THÔNG BÁO\nKết quả kiểm tra thuế năm 2022",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("Kết quả kiểm tra thuế năm 2022")
    );
}

/// An addressee on the `Kính gửi` line cut within a name at the line's width goes on, without
/// a bullet, on the next line: one addressee, not a detail under it. A short line that does
/// not end the list, or a labelled detail, is still a detail.
#[test]
fn an_inline_addressee_wrapped_onto_the_next_line() {
    let doc = addressed(
        "Kính gửi: Các tổ chức, cá nhân trả thu nhập trên địa bàn thành\n          phố Cần Thơ.",
    );
    assert_eq!(
        doc.addressees,
        ["Các tổ chức, cá nhân trả thu nhập trên địa bàn thành phố Cần Thơ"]
    );
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
    let doc = addressed("Kính gửi: Ông Nguyễn Văn Bình\nĐịa chỉ: số 12 đường Lê Lợi.");
    assert_eq!(doc.addressees, ["Ông Nguyễn Văn Bình"]);
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.kind == "addressee_detail" && l.text == "Địa chỉ: số 12 đường Lê Lợi."));
}

/// An address wrapped before a commune's abbreviation (`X.An Hưng, H.An Dương`) is text,
/// not a Roman item `X.`.
#[test]
fn a_communes_abbreviation_is_no_roman_numeral() {
    let text = "\
CỤC THUẾ TỈNH HẢI DƯƠNG
Số: 215/CT-TTHT
V/v chính sách thuế

Kính gửi: Công ty TNHH Hoàng Long
Địa chỉ: Lô A2 Khu công nghiệp Nam Sách,
X.An Hưng, H.An Dương, tỉnh Hải Dương

Cục Thuế trả lời như sau: Công ty thực hiện theo quy định./.
";
    let doc = vanban::parse(text);
    assert!(doc.body.items.is_empty(), "{:?}", doc.body.items);
}
