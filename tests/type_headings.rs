//! Type headings as typists print them: spaced out letter by letter, with a double space
//! between the words, broken word by word by text extraction; a subject in parentheses
//! under the heading; a heading that was not read, named by the number's type code; a
//! decision's opening led by `Xét Tờ trình`. Each expectation is read off the text of the
//! test.

/// A state header, the heading `heading`, a subject line and a basis line.
fn document(heading: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 86/UBND-VP\nTân Phú, ngày 12 tháng 01 năm 2024\n\n\
         {heading}\nTổ chức các hoạt động mừng Xuân Giáp Thìn\n\n\
         Căn cứ Luật Tổ chức chính quyền địa phương;\n"
    ))
}

#[test]
fn a_heading_spaced_out_letter_by_letter() {
    for (heading, name) in [
        ("T H Ô N G   B Á O", "THÔNG BÁO"),
        ("T H Ô N G B Á O", "THÔNG BÁO"),
        ("K Ế  H O Ạ C H", "KẾ HOẠCH"),
        ("G I Ấ Y   M Ờ I", "GIẤY MỜI"),
        ("Q U Y Ế T  Đ Ị N H:", "QUYẾT ĐỊNH"),
    ] {
        let doc = document(heading);
        assert_eq!(doc.doc_type.name.as_deref(), Some(name), "{heading}");
        assert!(doc.doc_type.stated, "{heading}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Tổ chức các hoạt động mừng Xuân Giáp Thìn"),
            "{heading}"
        );
    }
}

#[test]
fn a_heading_with_a_double_space() {
    for (heading, name) in [
        ("KẾ  HOẠCH", "KẾ HOẠCH"),
        ("QUYẾT  ĐỊNH", "QUYẾT ĐỊNH"),
        ("GIẤY   MỜI", "GIẤY MỜI"),
    ] {
        let doc = document(heading);
        assert_eq!(doc.doc_type.name.as_deref(), Some(name), "{heading}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Tổ chức các hoạt động mừng Xuân Giáp Thìn"),
            "{heading}"
        );
    }
}

/// A type that bodies issue jointly carries `LIÊN TỊCH` (before 1996, ministries' `LIÊN BỘ`)
/// after its name: the whole heading is the type, its code gains `LT` (`LB`) as the notation
/// prints it (`02/HDLT-SNV-STC`), and the subject is the line below, not `LIÊN TỊCH`.
#[test]
fn a_joint_heading_is_one_type() {
    for (heading, name, code) in [
        ("HƯỚNG DẪN LIÊN TỊCH", "HƯỚNG DẪN LIÊN TỊCH", "HDLT"),
        ("KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH LIÊN TỊCH", "KHLT"),
        ("CHƯƠNG TRÌNH  LIÊN TỊCH", "CHƯƠNG TRÌNH LIÊN TỊCH", "CTrLT"),
        ("Hướng dẫn liên tịch", "HƯỚNG DẪN LIÊN TỊCH", "HDLT"),
        ("THÔNG TƯ LIÊN TỊCH", "THÔNG TƯ LIÊN TỊCH", "TTLT"),
        // Ministries' joint circulars before 1996.
        ("THÔNG TƯ LIÊN BỘ", "THÔNG TƯ LIÊN BỘ", "TTLB"),
        ("Thông tư liên bộ", "THÔNG TƯ LIÊN BỘ", "TTLB"),
    ] {
        let doc = document(heading);
        assert_eq!(doc.doc_type.name.as_deref(), Some(name), "{heading}");
        assert_eq!(doc.doc_type.code.as_deref(), Some(code), "{heading}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Tổ chức các hoạt động mừng Xuân Giáp Thìn"),
            "{heading}"
        );
    }
}

/// The joint code in the notation (`KHLT`, `HDLT`) is the type's code, and the issuers'
/// codes follow it.
#[test]
fn a_joint_code_in_the_notation_is_the_type_code() {
    for (notation, code, issuer, unit) in [
        ("KHLT-SGDĐT-CAT", "KHLT", "SGDĐT", "CAT"),
        ("HDLT-SNV-STC", "HDLT", "SNV", "STC"),
        ("TTLT-BTC-BNV", "TTLT", "BTC", "BNV"),
        ("TTLB-TC-YT", "TTLB", "TC", "YT"),
    ] {
        let doc = unheaded(&format!("45/{notation}"));
        assert_eq!(doc.number.type_code.as_deref(), Some(code), "{notation}");
        assert_eq!(
            doc.number.issuer_code.as_deref(),
            Some(issuer),
            "{notation}"
        );
        assert_eq!(doc.number.unit_code.as_deref(), Some(unit), "{notation}");
    }
    // `LT` after no type's code is an issuer's code (`HLT`: a body's initials).
    let doc = unheaded("45/HLT-VP");
    assert_eq!(doc.number.type_code, None);
    assert_eq!(doc.number.issuer_code.as_deref(), Some("HLT"));
}

#[test]
fn spaced_letters_that_spell_no_type_are_no_heading() {
    let doc = document("A B C D E");
    assert_eq!(doc.doc_type.name, None);
    assert!(!doc.doc_type.stated);
    // The line is kept where the user can see it.
    let json = serde_json::to_string(&doc).unwrap_or_default();
    assert!(json.contains("A B C D E"));
}

/// A header numbered `number`, with no type heading, then prose.
fn unheaded(number: &str) -> vanban::Document {
    vanban::parse(&format!(
        "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Số: {number}\nHà Nội, ngày 05 tháng 3 năm 2024\n\n\
         Bộ Tài chính triển khai các nội dung sau.\n"
    ))
}

#[test]
fn an_unread_heading_is_named_by_the_numbers_type_code_as_not_stated() {
    let doc = unheaded("86/KH-BTC");
    assert_eq!(doc.doc_type.name.as_deref(), Some("KẾ HOẠCH"));
    assert_eq!(doc.doc_type.code.as_deref(), Some("KH"));
    assert!(!doc.doc_type.stated);
    // `TT` is the code of both thông tư and thông tri: no type is named.
    let doc = unheaded("12/2024/TT-BTC");
    assert_eq!(doc.doc_type.name, None);
    // A number without a type code names none.
    let doc = unheaded("1234/BTC-NSNN");
    assert_eq!(doc.doc_type.name, None);
}

#[test]
fn a_subject_in_parentheses_under_the_heading() {
    for (lines, subject) in [
        (
            "(V/v đề nghị phê duyệt điều chỉnh kế hoạch vốn)",
            "đề nghị phê duyệt điều chỉnh kế hoạch vốn",
        ),
        (
            "(V/v đề nghị phê duyệt điều chỉnh\nkế hoạch vốn năm 2024)",
            "đề nghị phê duyệt điều chỉnh kế hoạch vốn năm 2024",
        ),
        // `Về việc` is kept as printed; only the parentheses go.
        (
            "(Về việc đề nghị phê duyệt kế hoạch vốn)",
            "Về việc đề nghị phê duyệt kế hoạch vốn",
        ),
    ] {
        let doc = vanban::parse(&format!(
            "UBND HUYỆN ĐĂK GLONG\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 118/TTr-TCKH\n\
             Đăk Glong, ngày 14 tháng 8 năm 2024\n\nTỜ TRÌNH\n{lines}\n\n\
             Kính gửi: Ủy ban nhân dân huyện.\n\nPhòng kính trình Ủy ban nhân dân huyện./.\n"
        ));
        assert_eq!(doc.doc_type.name.as_deref(), Some("TỜ TRÌNH"));
        assert_eq!(doc.subject.as_deref(), Some(subject), "{lines}");
        assert_eq!(doc.addressees.len(), 1, "{lines}");
        assert_eq!(doc.addressees[0], "Ủy ban nhân dân huyện", "{lines}");
    }
}

#[test]
fn a_decision_opened_by_xet_to_trinh_and_xet_bao_cao() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 45/QĐ-UBND\nKon Tum, ngày 05 tháng 8 năm 2022\n\n\
         QUYẾT ĐỊNH\nVề việc phê duyệt mức chi\n\nỦY BAN NHÂN DÂN TỈNH KON TUM\n\n\
         Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\
         Xét Tờ trình số 92/TTr-STC ngày 01/8/2022 của Sở Tài chính;\n\
         Xét Báo cáo thẩm định số 15/BC-STP ngày 03/8/2022 của Sở Tư pháp.\n\n\
         QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt mức chi.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n",
    );
    assert_eq!(
        doc.body.authority.as_ref().map(|a| a.text.as_str()),
        Some("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    );
    // The first two words of each basis line.
    let basis: Vec<String> = doc
        .body
        .basis
        .iter()
        .map(|b| b.text.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(basis, ["Căn cứ", "Xét Tờ", "Xét Báo"]);
    assert!(doc.body.formula.is_some());
    assert!(doc.body.preamble.is_empty());
    assert_eq!(doc.body.items.len(), 2);
}

/// The author named under the heading (`CỦA BAN THƯỜNG VỤ TỈNH ỦY`), on the heading's line
/// or below it, as Party resolutions and older decisions print it: the author is kept apart
/// and the subject is what follows.
#[test]
fn the_author_under_the_heading_is_not_the_subject() {
    for (heading, subject_line, by, subject) in [
        (
            "NGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY",
            "về phát triển kinh tế lâm nghiệp",
            "BAN THƯỜNG VỤ TỈNH ỦY",
            "về phát triển kinh tế lâm nghiệp",
        ),
        (
            "NGHỊ QUYẾT CỦA BAN THƯỜNG VỤ TỈNH ỦY",
            "về phát triển kinh tế lâm nghiệp",
            "BAN THƯỜNG VỤ TỈNH ỦY",
            "về phát triển kinh tế lâm nghiệp",
        ),
        (
            "QUYẾT ĐỊNH CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC",
            "",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ",
            "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC",
        ),
    ] {
        let text = format!(
            "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\nSố: 86/QĐ-UBND\nTân Phú, ngày 12 tháng 01 năm 2024\n\n\
             {heading}\n{subject_line}\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        );
        let doc = vanban::parse(&text);
        assert!(doc.doc_type.name.is_some(), "{heading}");
        assert_eq!(doc.doc_type.by.as_deref(), Some(by), "{heading}");
        assert_eq!(doc.subject.as_deref(), Some(subject), "{heading}");
        let span = doc.spans["doc_type.by"];
        assert_eq!(&text[span.start..span.end], by, "{heading}");
    }
}

/// The National Assembly's bodies print the type's name before `số` (`Nghị quyết số:
/// 17/2022/UBTVQH15`), under the issuer and above the national name.
#[test]
fn the_number_after_the_types_name() {
    let text = "\
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Nghị quyết số: 42/2023/UBTVQH15
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 18 tháng 5 năm 2023
NGHỊ QUYẾT
Về tiền lương của đại biểu Quốc hội hoạt động chuyên trách
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 1. Phạm vi điều chỉnh
Nghị quyết này quy định tiền lương của đại biểu.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2023./.
TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH
Vương Đình Huệ
";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(42));
    assert_eq!(doc.number.year, Some(2023));
    assert_eq!(doc.number.notation.as_deref(), Some("UBTVQH15"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN THƯỜNG VỤ QUỐC HỘI")
    );
    assert_eq!(doc.doc_type.name.as_deref(), Some("NGHỊ QUYẾT"));
    assert_eq!(doc.date.as_deref(), Some("2023-05-18"));
    assert_eq!(doc.body.items.len(), 2);
}

/// A crawl flattens the header so that `Nghị quyết số:` ends the national name's line and
/// the number stands alone on the next: the number is still the document's.
#[test]
fn the_types_number_label_at_a_lines_end() {
    let text = "\
QUỐC HỘI -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:
61/2022/QH15
Hà Nội, ngày 16 tháng 6 năm 2022 NGHỊ QUYẾT VỀ TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
QUYẾT NGHỊ:
Điều 1. Tiếp tục tăng cường hiệu lực.
Điều 2. Nghị quyết này có hiệu lực từ ngày ký.
";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(61));
    assert_eq!(doc.number.year, Some(2022));
    assert_eq!(doc.number.notation.as_deref(), Some("QH15"));
    assert_eq!(doc.date.as_deref(), Some("2022-06-16"));
    assert_eq!(doc.body.items.len(), 2);
}

/// Text extraction may break the type name word by word (`QUYẾT` | `ĐỊNH`): the two lines
/// are the type heading, and the subject under them is the decision's, `Về việc` kept.
#[test]
fn a_type_name_broken_word_by_word() {
    for (first, second, name, blank) in [
        ("QUYẾT", "ĐỊNH", "QUYẾT ĐỊNH", ""),
        ("THÔNG", "BÁO", "THÔNG BÁO", "\n"),
        ("KẾ", "HOẠCH", "KẾ HOẠCH", ""),
    ] {
        let text = format!(
            "ỦY BAN NHÂN DÂN\nXÃ PHÚ LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nSố: 41/UBND\nPhú Lộc, ngày 12 tháng 3 năm 2025\n\
             {first}\n{blank}{second}\nVề việc tổ chức ngày hội đọc sách\n\
             CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\nQUYẾT ĐỊNH:\n\
             Điều 1. Tổ chức ngày hội đọc sách.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.doc_type.name.as_deref(), Some(name), "{name}");
        assert!(doc.doc_type.stated, "{name}");
        let heading = doc.spans["doc_type"];
        assert_eq!(
            &text[heading.start..heading.end],
            format!("{first}\n{blank}{second}"),
            "{name}"
        );
        assert_eq!(
            doc.subject.as_deref(),
            Some("Về việc tổ chức ngày hội đọc sách"),
            "{name}"
        );
        assert_eq!(doc.body.items.len(), 2, "{name}");
    }
}
