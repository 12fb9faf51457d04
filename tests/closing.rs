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

/// A flattened list splits also where an entry's note follows its mark (`Bộ Công
/// Thương; (để b/cáo) - ...`, the note kept as the entry's), where an entry ends in a colon
/// before a bullet, and before a bulleted `Lưu` after an entry a crawler cut without its
/// mark.
#[test]
fn flattened_entries_with_notes_colons_and_a_cut_entry() {
    let list = "Nơi nhận: - Như trên; - Bộ Công Thương; (để b/cáo) - Thường trực HĐND TP; \
                (để b/cáo) - Văn phòng UBND tỉnh: - Sở Nội vụ các - Lưu: VT, HCSN.";
    let text = FLAT.replace(
        "Nơi nhận: - Như trên; - Kho bạc Nhà nước; + Vụ Ngân sách nhà nước; - Lưu: VT, HCSN.",
        list,
    );
    let doc = vanban::parse(&text);
    let entries: Vec<(&str, Option<&str>)> = doc
        .recipients
        .iter()
        .map(|r| (r.text.as_str(), r.note.as_deref()))
        .collect();
    assert_eq!(
        entries,
        [
            ("Như trên", None),
            ("Bộ Công Thương", Some("(để b/cáo)")),
            ("Thường trực HĐND TP", Some("(để b/cáo)")),
            ("Văn phòng UBND tỉnh:", None),
            ("Sở Nội vụ các", None),
            ("Lưu: VT, HCSN", None),
        ]
    );
    assert!(doc.recipients[5].archive);
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

/// A short list typed on its heading's line, as Party notices often have it: the archive
/// entry after a comma or a semicolon, with or without a bullet, without a colon (`Lưu VP`,
/// the Party form). A comma inside an entry splits nothing, and `lưu ý` is no archive.
#[test]
fn an_archive_entry_after_a_comma_on_the_heading_line() {
    let cases: [(&str, &[&str]); 5] = [
        (
            "Nơi nhận: Các chi bộ trực thuộc, Lưu VP.",
            &["Các chi bộ trực thuộc", "Lưu VP"],
        ),
        ("Nơi nhận: Như trên; Lưu VT.", &["Như trên", "Lưu VT"]),
        (
            "Nơi nhận: - Các chi bộ, - Lưu VPĐU.",
            &["Các chi bộ", "Lưu VPĐU"],
        ),
        (
            "Nơi nhận: UBND các xã, phường; Lưu: VT, TH.",
            &["UBND các xã, phường", "Lưu: VT, TH"],
        ),
        (
            "Nơi nhận: Các chi bộ, lưu ý thực hiện.",
            &["Các chi bộ, lưu ý thực hiện"],
        ),
    ];
    for (list, want) in cases {
        let text = format!(
            "ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY XÃ TÂN CHI\n*\nSố 12-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n\
             Tân Chi, ngày 5 tháng 3 năm 2025\n\nTHÔNG BÁO\nvề việc tổ chức hội nghị sơ kết\n\n\
             Ban Thường vụ Đảng ủy xã thông báo như sau.\n\n{list}\nT/M ĐẢNG ỦY\nBÍ THƯ\n\
             Nguyễn Văn An\n"
        );
        let doc = vanban::parse(&text);
        let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(names, want, "{list}");
        let archive: Vec<bool> = doc.recipients.iter().map(|r| r.archive).collect();
        assert_eq!(archive.last(), Some(&(want.len() == 2)), "{list}");
        let sig = doc.signature.as_ref().expect(list);
        assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn An"), "{list}");
    }
}

/// The end of a quyết định whose signature block a web page flattened onto one line, the
/// signer's name printed in capitals like the title before it.
const FLAT_CAPS_SIGNATURE: &str = "\
UỶ BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 731/QĐ-UBND
QUYẾT ĐỊNH
Về việc phê duyệt kế hoạch

Điều 1. Phê duyệt kế hoạch kèm theo Quyết định này.
Nơi nhận:
- Như Điều 1;
- Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH PHÙNG THỊ BÍCH NGỌC
";

#[test]
fn a_name_in_capitals_after_the_title_on_a_flattened_line_is_the_signer() {
    let doc = vanban::parse(FLAT_CAPS_SIGNATURE);
    let sig = doc.signature.expect("a signature");
    assert_eq!(sig.authority.as_deref(), Some("KT"));
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("PHÙNG THỊ BÍCH NGỌC"));
    let name = "PHÙNG THỊ BÍCH NGỌC";
    let at = FLAT_CAPS_SIGNATURE.find(name).unwrap();
    assert!(sig.span.start < at && sig.span.end == at + name.len());
}

#[test]
fn a_title_with_its_office_on_a_flattened_line_is_not_cut_into_a_name() {
    let text = FLAT_CAPS_SIGNATURE.replace(
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH PHÙNG THỊ BÍCH NGỌC",
        "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC SỞ Y TẾ",
    );
    let sig = vanban::parse(&text).signature.expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("PHÓ GIÁM ĐỐC SỞ Y TẾ"));
    assert_eq!(sig.name, None);
}

#[test]
fn a_name_in_capitals_on_its_own_line_is_the_signer() {
    let text = FLAT_CAPS_SIGNATURE.replace(
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH PHÙNG THỊ BÍCH NGỌC",
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPHÙNG VĂN KHẢI",
    );
    let sig = vanban::parse(&text).signature.expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("PHÙNG VĂN KHẢI"));
}

#[test]
fn tong_belongs_to_the_title_after_it() {
    for (chain, position, want_chain, want_position) in [
        (
            "TL. TỔNG GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG",
            vec!["TL. TỔNG GIÁM ĐỐC"],
            "CHÁNH VĂN PHÒNG",
        ),
        (
            "TUQ. TỔNG CỤC TRƯỞNG",
            "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ",
            vec!["TUQ. TỔNG CỤC TRƯỞNG"],
            "VỤ TRƯỞNG VỤ TỔ CHỨC CÁN BỘ",
        ),
        (
            "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC",
            "",
            vec!["KT. TỔNG GIÁM ĐỐC"],
            "PHÓ TỔNG GIÁM ĐỐC",
        ),
    ] {
        let doc = vanban::parse(&format!(
            "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\nSố: 45/EVNSPC-VP\nV/v báo cáo tiến độ\n\
             TP. Hồ Chí Minh, ngày 03 tháng 5 năm 2024\nKính gửi: Các công ty điện lực.\n\
             Đề nghị các đơn vị báo cáo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\
             {chain}\n{position}\n\nĐinh Thị Thanh Xuân\n"
        ));
        let sig = doc.signature.as_ref().expect(chain);
        assert_eq!(sig.chain, want_chain, "{chain}");
        assert_eq!(sig.position.as_deref(), Some(want_position), "{chain}");
        assert_eq!(sig.name.as_deref(), Some("Đinh Thị Thanh Xuân"), "{chain}");
    }
}

#[test]
fn a_party_recipient_ending_in_a_comma_beside_the_signature_column() {
    // `pdftotext -layout`: the Party's entries end with a comma, the signature column beside.
    let doc = vanban::parse(
        "TỈNH ỦY QUẢNG TRỊ\nBAN TUYÊN GIÁO\n*\nSố 34-HD/BTGTU          Đông Hà, ngày 15 tháng 3 năm 2019\n\n\
         HƯỚNG DẪN\ntuyên truyền kỷ niệm ngày thành lập Đoàn\n\nNội dung hướng dẫn.\n\n\
         Nơi nhận:                                        K/T TRƯỞNG BAN\n\
         - Ban Tuyên giáo Trung ương (b/c),                PHÓ TRƯỞNG BAN\n\
         - Thường trực Tỉnh ủy (b/c),\n\
         - Lưu Văn phòng Ban.                              Lê Thị Diệu Hằng\n",
    );
    let sig = doc.signature.as_ref().expect("signature");
    assert_eq!(sig.chain, ["K/T TRƯỞNG BAN"]);
    assert_eq!(sig.position.as_deref(), Some("PHÓ TRƯỞNG BAN"));
    assert_eq!(sig.name.as_deref(), Some("Lê Thị Diệu Hằng"));
    let recipients: Vec<(&str, Option<&str>)> = doc
        .recipients
        .iter()
        .map(|r| (r.text.as_str(), r.note.as_deref()))
        .collect();
    assert_eq!(
        recipients,
        [
            ("Ban Tuyên giáo Trung ương", Some("(b/c)")),
            ("Thường trực Tỉnh ủy", Some("(b/c)")),
            ("Lưu Văn phòng Ban", None)
        ]
    );
    // A comma before a column gap inside a body item splits nothing.
    let doc = vanban::parse(
        "SỞ Y TẾ\nSố: 12/SYT-VP\nV/v phối hợp\nKính gửi: Các đơn vị.\n\
         - Phối hợp với Sở Y tế,  Sở Giáo dục và Đào tạo tổ chức kiểm tra.\n",
    );
    // (A bullet before any numbered item is a paragraph of the preamble.)
    let texts: Vec<&str> = doc.body.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo tổ chức kiểm tra."]
    );
}

/// A signer whose surname is Lưu: the name alone on its line, without a bullet or a colon,
/// is the signer's, not a second archive entry.
#[test]
fn a_signer_named_luu_is_no_archive_entry() {
    let text = "\
ỦY BAN NHÂN DÂN
HUYỆN CỦ CHI
Số: 215/TB-UBND
Củ Chi, ngày 18 tháng 10 năm 2024
THÔNG BÁO
Về lịch tiếp công dân

Nội dung thông báo./.

Nơi nhận:
- Lưu: VT.

TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG

Lưu Hữu Nghĩa
";
    let doc = vanban::parse(text);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Lưu Hữu Nghĩa"));
    assert_eq!(doc.recipients.len(), 1);
    // With a bullet it is an entry (`- Lưu Văn phòng`, as Party documents write it).
    let doc = vanban::parse(&text.replace("- Lưu: VT.", "- Như trên;\n- Lưu Văn phòng."));
    assert!(doc.recipients.last().is_some_and(|r| r.archive));
}

/// A two-column tail read row by row, one entry's bullet lost by OCR: the entry still counts,
/// and the signature column beside the list is the signature's.
#[test]
fn an_entry_whose_bullet_ocr_lost_is_kept() {
    let text = "\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KBANG Độc lập - Tự do - Hạnh phúc
Số: 88 /KH-UBND Kbang, ngày 02 tháng 3 năm 2023

KẾ HOẠCH
Triển khai Tháng hành động vì an toàn thực phẩm

1. Phòng Y tế chủ trì thực hiện Kế hoạch.

Nơi nhận: KT. CHỦ TỊCH
- Sở Y tế (b/c); PHÓ CHỦ TỊCH
Các phòng, ban, ngành liên quan;
- Lưu: VT, YT. Nguyen Thi Hoai
";
    let doc = vanban::parse(text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        ["Sở Y tế", "Các phòng, ban, ngành liên quan", "Lưu: VT, YT"]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Nguyen Thi Hoai"));
    // A note alone on its line is no entry of its own.
    let doc = vanban::parse(&text.replace("Các phòng, ban, ngành liên quan;", "(để b/c);"));
    assert_eq!(doc.recipients.len(), 2);
    // The stamp's letters OCR read beside the entry, after its `;`, are the signature
    // column's, and the entry still counts.
    let stamped = text.replace(
        "Các phòng, ban, ngành liên quan;",
        "Các phòng, ban, ngành liên quan; \\ TỈNH /",
    );
    let doc = vanban::parse(&stamped);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        ["Sở Y tế", "Các phòng, ban, ngành liên quan", "Lưu: VT, YT"]
    );
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.kind == "signature_column" && l.text == "TỈNH"));
}

/// A digital signature's stamp printed under the signer's name is the document's digital
/// signature, not an attachment.
#[test]
fn a_digital_signature_under_the_name() {
    let text = "\
SỞ Y TẾ TỈNH NINH BÌNH
BỆNH VIỆN ĐA KHOA TỈNH
Số: 312/KH-BVĐK
Ninh Bình, ngày 12 tháng 5 năm 2025
KẾ HOẠCH
Triển khai bệnh án điện tử

Nội dung kế hoạch./.

Nơi nhận:
- Lưu: VT, CNTT.

GIÁM ĐỐC

Trịnh Văn Lợi
Ký bởi: Bệnh viện Đa khoa tỉnh Ninh Bình
Thời gian ký: 12.05.2025 15:42:07 +07:00
";
    let doc = vanban::parse(text);
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Trịnh Văn Lợi"));
    let ds = doc.digital_signature.as_ref().expect("a digital signature");
    assert_eq!(
        ds.signer.as_deref(),
        Some("Bệnh viện Đa khoa tỉnh Ninh Bình")
    );
    assert_eq!(ds.signed_at.as_deref(), Some("12.05.2025 15:42:07 +07:00"));
    let stamp = &text[ds.span.start..ds.span.end];
    assert!(
        stamp.starts_with("Ký bởi:") && stamp.ends_with("+07:00"),
        "{stamp}"
    );
}

/// A web page's closing on one line: the list flattened onto the `Nơi nhận` line, and the
/// signature column after the archive entry's full stop, after a cell border or in a
/// markdown row of its own. Each gives the entries and the whole signature.
#[test]
fn a_signature_after_a_flattened_list() {
    let head = "\
BỘ TÀI CHÍNH
TỔNG CỤC DỰ TRỮ NHÀ NƯỚC
Số: 86/BC-TCDT
Hà Nội, ngày 25 tháng 01 năm 2024
BÁO CÁO
Tình hình xuất cấp hàng dự trữ quốc gia năm 2023

Tổng cục Dự trữ Nhà nước báo cáo Bộ Tài chính./.

";
    for closing in [
        "Nơi nhận: - Như trên; - Lưu: VT, QLHDT. KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Thị Xuân Mai\nBiểu số 01\nTỔNG HỢP XUẤT CẤP GẠO\n",
        "Nơi nhận: - Như trên; - Lưu: VT, QLHDT. | KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Thị Xuân Mai\n",
        "| Nơi nhận: - Như trên; - Lưu: VT, QLHDT. | KT. TỔNG CỤC TRƯỞNG PHÓ TỔNG CỤC TRƯỞNG Nguyễn Thị Xuân Mai |\n| --- | --- |\n",
    ] {
        let doc = vanban::parse(&format!("{head}{closing}"));
        let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(names, ["Như trên", "Lưu: VT, QLHDT"], "{closing}");
        let sig = doc.signature.as_ref().expect(closing);
        assert_eq!(sig.authority.as_deref(), Some("KT"), "{closing}");
        assert_eq!(sig.position.as_deref(), Some("PHÓ TỔNG CỤC TRƯỞNG"), "{closing}");
        assert_eq!(sig.name.as_deref(), Some("Nguyễn Thị Xuân Mai"), "{closing}");
        // A table after the list is an attachment, not another entry.
        if closing.contains("Biểu số") {
            assert_eq!(doc.attachments.len(), 1, "{closing}");
        }
    }
}

/// A signature without an authority prefix, after a body with no end mark: above its
/// recipient list, or below it with a title that folds like a name (`TRƯỞNG BAN`, as the
/// family name Trương). Both give the position and the name.
#[test]
fn a_bare_title_and_name_above_or_below_the_list() {
    let head = "\
TỈNH ỦY SƠN LA
BAN TỔ CHỨC
*
Số 45-TTr/BTCTU
ĐẢNG CỘNG SẢN VIỆT NAM
Sơn La, ngày 30 tháng 7 năm 2024

TỜ TRÌNH
về việc điều động cán bộ

Kính trình Ban Thường vụ Tỉnh ủy xem xét, quyết định.

";
    let list = "Nơi nhận:\n- Như trên,\n- Lưu Ban Tổ chức Tỉnh ủy.\n";
    for (closing, position) in [
        (format!("BÍ THƯ\n\nLò Văn Thanh\n\n{list}"), "BÍ THƯ"),
        (format!("{list}TRƯỞNG BAN\n\nLò Văn Thanh\n"), "TRƯỞNG BAN"),
    ] {
        let doc = vanban::parse(&format!("{head}{closing}"));
        let sig = doc.signature.as_ref().expect(&closing);
        assert_eq!(sig.position.as_deref(), Some(position), "{closing}");
        assert_eq!(sig.name.as_deref(), Some("Lò Văn Thanh"), "{closing}");
        assert_eq!(doc.recipients.len(), 2, "{closing}");
        assert!(doc.attachments.is_empty(), "{closing}");
    }
}

/// A final bracket on a recipient is a note on what it is sent for (`(b/c)`, `(t/h)`,
/// `(p/h)`, `(để biết)`), unless it names the body the recipient belongs to (`(Bộ Tư pháp)`),
/// which stays in its name.
#[test]
fn recipient_notes_and_bodies_in_brackets() {
    let doc = vanban::parse(
        "BỘ TÀI CHÍNH\nSố: 52/2023/TT-BTC\nHà Nội, ngày 28 tháng 7 năm 2023\n\nTHÔNG TƯ\n\
         Quy định mức thu phí thẩm định\n\n\
         Điều 1. Thông tư này có hiệu lực kể từ ngày 15 tháng 9 năm 2023./.\n\n\
         Nơi nhận:\n- Văn phòng Chính phủ (b/c);\n- Các sở, ban, ngành tỉnh (t/h);\n\
         - Sở Giáo dục và Đào tạo (p/h);\n- Kho bạc Nhà nước (để biết);\n\
         - Cục Kiểm tra văn bản QPPL (Bộ Tư pháp);\n- Lưu: VT, CST.\n\n\
         KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nPhan Thanh Hải\n",
    );
    let got: Vec<(&str, Option<&str>)> = doc
        .recipients
        .iter()
        .map(|r| (r.text.as_str(), r.note.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Văn phòng Chính phủ", Some("(b/c)")),
            ("Các sở, ban, ngành tỉnh", Some("(t/h)")),
            ("Sở Giáo dục và Đào tạo", Some("(p/h)")),
            ("Kho bạc Nhà nước", Some("(để biết)")),
            ("Cục Kiểm tra văn bản QPPL (Bộ Tư pháp)", None),
            ("Lưu: VT, CST", None),
        ]
    );
}

/// A round seal's text that OCR read between its stars on the archive line (`* HOANG ĐAN
/// *`) is neither the signer's name nor the position; the name printed below is the name.
#[test]
fn a_seals_text_is_no_signer() {
    let text = "\
Các chi bộ căn cứ Nghị quyết xây dựng kế hoạch thực hiện.

Nơi nhận: T/M ĐẢNG ỦY
- Ban Thường vụ Huyện ủy (b/c),
- Các chi bộ trực thuộc,
- Lưu VPĐU. * HOANG ĐAN *

Tạ Quang Vinh
";
    let doc = vanban::parse(text);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Tạ Quang Vinh"));
    assert_eq!(sig.position, None);
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.kind == "signature_column" && l.text == "HOANG ĐAN"));
    // Without the stars the same capitals are a name in capitals.
    let doc = vanban::parse(
        &text
            .replace("* HOANG ĐAN *", "HOANG ĐAN")
            .replace("Tạ Quang Vinh\n", ""),
    );
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("HOANG ĐAN")
    );
}

/// Two signature blocks side by side, as a joint document's two heads or a biên bản's
/// secretary and chair sign: the left block is the signature, read whole (its authority,
/// position and name), and the right block's lines are kept as the signature column's.
#[test]
fn two_signature_blocks_side_by_side() {
    let joint = "\
HƯỚNG DẪN LIÊN TỊCH
Thực hiện chính sách hỗ trợ cán bộ cấp xã

Liên Sở hướng dẫn thực hiện như sau.

KT. GIÁM ĐỐC SỞ TÀI CHÍNH                GIÁM ĐỐC SỞ NỘI VỤ
PHÓ GIÁM ĐỐC

Phan Thị Thu Hằng                        Nguyễn Đình Lực
";
    let doc = vanban::parse(joint);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.chain, ["KT. GIÁM ĐỐC SỞ TÀI CHÍNH"]);
    assert_eq!(sig.position.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert_eq!(sig.name.as_deref(), Some("Phan Thị Thu Hằng"));
    let column: Vec<&str> = doc
        .unclassified
        .iter()
        .filter(|l| l.kind == "signature_column")
        .map(|l| l.text.as_str())
        .collect();
    assert_eq!(column, ["GIÁM ĐỐC SỞ NỘI VỤ", "Nguyễn Đình Lực"]);

    let minutes = "\
BIÊN BẢN
Họp xét duyệt danh sách hộ nghèo

Cuộc họp kết thúc vào lúc 10 giờ 45 phút cùng ngày./.

THƯ KÝ                                   CHỦ TRÌ

Nguyễn Thị Hoa                           Trần Văn Quý
";
    let doc = vanban::parse(minutes);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("THƯ KÝ"));
    assert_eq!(sig.name.as_deref(), Some("Nguyễn Thị Hoa"));
    assert!(doc.attachments.is_empty());
    // A single block is read as before.
    let doc = vanban::parse("Nội dung./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n");
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Nguyễn Văn An")
    );
}

/// A digital signature's stamp that `pdftotext -layout` printed beside `Nơi nhận`, its fields
/// glued after the entries: the stamp's fields are the digital signature, and the entries
/// keep only their own text.
#[test]
fn a_digital_signature_beside_the_recipients() {
    let text = "\
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
    Nơi nhận:                                                   CHỦ TỊCH
    - Như Điều 2;                               Người ký: Nguyễn Tiến Dũng
    - Lưu: VT, TNMT.                            Thời gian ký: 20.06.2024 10:15:08 +07:00
                                                           Nguyễn Tiến Dũng
";
    let doc = vanban::parse(text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(names, ["Như Điều 2", "Lưu: VT, TNMT"]);
    let ds = doc.digital_signature.as_ref().expect("the stamp");
    assert_eq!(ds.signer.as_deref(), Some("Nguyễn Tiến Dũng"));
    assert_eq!(ds.signed_at.as_deref(), Some("20.06.2024 10:15:08 +07:00"));
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Nguyễn Tiến Dũng"));
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// A converter's table that held the list and the signature leaves its bottom border after
/// the name: pandoc's simple table (dash runs with a gap) or a grid table's border alone at
/// the end. Neither is an attachment; both are kept, with their reason.
#[test]
fn a_table_border_after_the_signature_is_no_attachment() {
    let head = "\
UBND HUYỆN CHƯ SÊ
PHÒNG TÀI CHÍNH - KẾ HOẠCH
Số: 96/TTr-TCKH
Chư Sê, ngày 07 tháng 11 năm 2022
TỜ TRÌNH
Về việc đề nghị bổ sung dự toán kinh phí năm 2022

Phòng Tài chính - Kế hoạch kính trình UBND huyện xem xét, quyết định./.

Nơi nhận:                            TRƯỞNG PHÒNG
- Như trên;
- Lưu: VT, TCKH.

                                     Rơ Châm H'Điêm
";
    for (border, reason) in [
        (
            "  ---------------------- ----------------------\n",
            "table_border",
        ),
        (
            "------------------------------------------------\n\n",
            "final_rule",
        ),
    ] {
        let text = format!("{head}{border}");
        let doc = vanban::parse(&text);
        let sig = doc.signature.as_ref().expect(border);
        assert_eq!(sig.name.as_deref(), Some("Rơ Châm H'Điêm"), "{border}");
        assert!(
            doc.attachments.is_empty(),
            "{border}: {:?}",
            doc.attachments
        );
        let kept: Vec<(&str, &str)> = doc
            .unclassified
            .iter()
            .map(|l| (l.kind.as_ref(), &text[l.span.start..l.span.end]))
            .collect();
        assert_eq!(kept, [(reason, border.trim())], "{border}");
    }
}

/// A legal site prints a statute's signature flattened: the signer's name marked `(Đã ký)`
/// alone, or the position and the name on one line after the closing sentence, with no
/// authority prefix and no end mark. Either is the signature, not a line of the body.
#[test]
fn a_crawled_statutes_flattened_signature() {
    let body = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                Số: 45/2021/QH15\nHà Nội, ngày 12 tháng 11 năm 2021\nNGHỊ QUYẾT\n\
                VỀ THÍ ĐIỂM MỘT SỐ CHÍNH SÁCH ĐẶC THÙ\nQUỐC HỘI\n\
                Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\n\
                Điều 1. Cho phép thí điểm một số chính sách đặc thù.\n\
                Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2022.\n\
                Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 2 thông qua ngày 12 tháng 11 năm 2021.\n";
    for (signature, position, name, signed) in [
        (
            "Vương Đình Huệ (Đã ký)",
            None,
            "Vương Đình Huệ",
            Some("(Đã ký)"),
        ),
        (
            "CHỦ TỊCH QUỐC HỘI Vương Đình Huệ",
            Some("CHỦ TỊCH QUỐC HỘI"),
            "Vương Đình Huệ",
            None,
        ),
    ] {
        let doc = vanban::parse(&format!("{body}{signature}\n"));
        let sig = doc.signature.as_ref().expect(signature);
        assert_eq!(sig.name.as_deref(), Some(name), "{signature}");
        assert_eq!(sig.position.as_deref(), position, "{signature}");
        assert_eq!(sig.signed.as_deref(), signed, "{signature}");
        assert_eq!(doc.body.items.len(), 2, "{signature}");
    }
}

/// A line of capitals and a name inside the body, with more body after it, is no
/// signature.
#[test]
fn a_position_and_name_mid_body_is_no_signature() {
    let text = "UBND TỈNH HÀ GIANG\nSố: 12/TB-UBND\nHà Giang, ngày 3 tháng 4 năm 2024\n\
                THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\
                Ngày 01/4/2024, Ủy ban nhân dân tỉnh họp nghe báo cáo.\n\
                CHỦ TỊCH UBND TỈNH Nguyễn Văn Sơn\n\
                kết luận như sau: các sở triển khai ngay.\n\
                1. Sở Tài chính chủ trì.\n";
    let doc = vanban::parse(text);
    assert!(doc.signature.is_none(), "{:?}", doc.signature);
}

/// A flattened table row of the list and the signature, the archive entry without its full
/// stop before the signature's cell (`- Lưu: VT, HĐ3 | CHỦ TỊCH Đinh Văn Hòa`): the entry
/// ends at the cell's border, and the signature is read from the cell.
#[test]
fn an_archive_entry_without_its_stop_before_the_signature_cell() {
    let text = FLAT.replace(
        "Nơi nhận: - Như trên; - Kho bạc Nhà nước; + Vụ Ngân sách nhà nước; - Lưu: VT, HCSN.\n\
         KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Quang Thuận\n",
        "Nơi nhận: - Như trên; - Kho bạc Nhà nước; - Lưu: VT, HĐ3 | BỘ TRƯỞNG Đinh Văn Hòa\n\n\
         PHỤ LỤC I\nDANH MỤC KINH PHÍ\n",
    );
    let doc = vanban::parse(&text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(names, ["Như trên", "Kho bạc Nhà nước", "Lưu: VT, HĐ3"]);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("BỘ TRƯỞNG"));
    assert_eq!(sig.name.as_deref(), Some("Đinh Văn Hòa"));
}

/// A scan's stamp and signature column read between the entries of a bulleted list (`qkxw`,
/// a garbled position, `^/cụcTKyt\&v`) and after its archive entry: the lines after the
/// archive entry do not make the list look unbulleted, so the stray lines between entries
/// are no recipients.
#[test]
fn stamp_lines_between_bulleted_entries_are_no_recipients() {
    let text = "\
CỤC THUẾ TỈNH NGHỆ AN
Số: 2291/CT-TTHT Nghệ An, ngày 21 tháng 06 năm 2023
V/v chính sách thuế thu nhập doanh nghiệp
Kính gửi: Công ty TNHH Gỗ Việt Lào
Cục Thuế trả lời để Công ty biết, thực hiện./.
Nơi nhận: KT. CỤC TRƯỞNG
qkxw
- Như trên;
PHÓ cụ c TRƯỞNG
- Phòng TTKT2;
- Website Cục Thuế;
^/cụcTKyt\\&v
- Lưu: VT, TTHT.
/at/
kÀNGHỆ A -----
Hoàng Văn Sơn
";
    let doc = vanban::parse(text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        [
            "Như trên",
            "Phòng TTKT2",
            "Website Cục Thuế",
            "Lưu: VT, TTHT"
        ]
    );
    // The stray lines are kept.
    for stray in ["qkxw", "^/cụcTKyt\\&v"] {
        assert!(
            doc.unclassified.iter().any(|l| l.text == stray),
            "{stray}: {:?}",
            doc.unclassified
        );
    }
}

/// Entries whose bullets OCR lost (`CT, các PCT UBNDTP`, `UBMTTQVNTP`) between bulleted
/// ones, when the whole signature is printed below the list: they are entries, not stray
/// lines of a signature column. A wrapped sentence's end (`... của`) is not.
#[test]
fn entries_without_bullets_above_a_signature_printed_below() {
    let text = "\
ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ
Số: 70/KH-UBND
Cần Thơ, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Phòng, chống dịch bệnh
1. Các sở, ngành triển khai theo chức năng./.
Nơi nhận:
- Bộ Y tế;
- TT.TU, TT.HĐNDTP;
CT, các PCT UBNDTP
UBMTTQVNTP
- Sở Y tế;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Võ Thanh Tâm
";
    let doc = vanban::parse(text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        [
            "Bộ Y tế",
            "TT.TU, TT.HĐNDTP",
            "CT, các PCT UBNDTP",
            "UBMTTQVNTP",
            "Sở Y tế",
            "Lưu: VT"
        ]
    );
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Võ Thanh Tâm")
    );
    let doc = vanban::parse(&text.replace(
        "CT, các PCT UBNDTP\nUBMTTQVNTP\n",
        "Thực hiện Công văn số 2003/UBDT của\n",
    ));
    assert_eq!(doc.recipients.len(), 4);
}

/// A consolidated text (VBHN) prints `XÁC THỰC VĂN BẢN HỢP NHẤT` above its certifier's
/// position and name, where another document prints its authority: the heading is the
/// signature's, not the last article's text. Its note of what it consolidates comes before
/// its basis lines.
#[test]
fn a_consolidated_texts_certification_heads_its_signature() {
    let text = "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                Số: 15/VBHN-BTC\nHà Nội, ngày 10 tháng 5 năm 2023\n\nNGHỊ ĐỊNH\n\
                Quy định chi tiết Luật Quản lý thuế\n\n\
                Nghị định số 126/2020/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 91/2022/NĐ-CP.\n\n\
                Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n\
                Theo đề nghị của Bộ trưởng Bộ Tài chính;\n\n\
                Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết Luật Quản lý thuế.\n\n\
                Điều 2. Hiệu lực thi hành\nNghị định này có hiệu lực từ ngày 05 tháng 12 năm 2020./.\n\n\
                XÁC THỰC VĂN BẢN HỢP NHẤT\nBỘ TRƯỞNG\n\nHồ Đức Phớc\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.notation.as_deref(), Some("VBHN-BTC"));
    let sig = doc.signature.clone().expect("a signature");
    assert_eq!(sig.chain, ["XÁC THỰC VĂN BẢN HỢP NHẤT"]);
    assert_eq!(sig.authority, None);
    assert_eq!(sig.position.as_deref(), Some("BỘ TRƯỞNG"));
    assert_eq!(sig.name.as_deref(), Some("Hồ Đức Phớc"));
    assert_eq!(
        doc.body.items[1].text,
        "Nghị định này có hiệu lực từ ngày 05 tháng 12 năm 2020./."
    );
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
    // The note of what the text consolidates stands before its basis lines, which are
    // still read as the basis.
    let basis: Vec<&str> = doc.body.basis.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        basis,
        [
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;",
            "Theo đề nghị của Bộ trưởng Bộ Tài chính;"
        ]
    );
    assert_eq!(doc.body.preamble.len(), 1);
    assert!(doc.body.preamble[0]
        .text
        .starts_with("Nghị định số 126/2020/NĐ-CP"));
}

/// OCR's `:` for `;` in a recipient list printed beside the signature: an entry ends in a
/// colon before the deputy's title glued to it (`- Phòng Công báo (VPCP): PHÓ VỤ
/// TRƯỞNG`), and entries whose bullets OCR lost end in `;` or in `:` (`Bộ Nội vụ:`). Each
/// is one entry, and the title is the signature's.
#[test]
fn colons_for_semicolons_in_a_recipient_list() {
    let doc = vanban::parse(
        "BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 415/BNG-HTQT Hà Nội, ngày 10 tháng 3 năm 2021\n\
         V/v góp ý dự thảo Hiệp định\n\n\
         Kính gửi: Các bộ, ngành\n\n\
         Bộ Ngoại giao đề nghị các bộ, ngành góp ý dự thảo./.\n\n\
         Nơi nhận: TL. BỘ TRƯỞNG\n\
         - Văn phòng Chính phủ (để b/c); KT. VỤ TRƯỞNG\n\
         - Phòng Công báo (Văn phòng Chính phủ): PHÓ VỤ TRƯỞNG\n\n\
         Bộ Công Thương;\n\n\
         Bộ Nội vụ:\n\n\
         Bộ Y tế;\n\
         - Lưu: VT, HTQT.\n\n\
         Trần Văn Minh\n",
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        [
            "Văn phòng Chính phủ",
            "Phòng Công báo (Văn phòng Chính phủ)",
            "Bộ Công Thương",
            "Bộ Nội vụ:",
            "Bộ Y tế",
            "Lưu: VT, HTQT"
        ]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("PHÓ VỤ TRƯỞNG"));
    assert_eq!(sig.name.as_deref(), Some("Trần Văn Minh"));
}
