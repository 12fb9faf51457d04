//! OCR habits in the numbers of a header: `O` read for 0, `l` for 1, `Sé`, `S6` for `Số`.

#[test]
fn a_number_and_date_with_letters_for_digits_are_read_as_numbers() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\nSố: 1O7/TB-UBND\n\
                Yên Thế, ngày l2 tháng O3 năm 2O25\nTHÔNG BÁO\nVề việc lịch tiếp dân\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(107));
    assert_eq!(doc.number.notation.as_deref(), Some("TB-UBND"));
    assert_eq!(doc.date.as_deref(), Some("2025-03-12"));
    // The span shows the number as printed.
    let span = doc.spans["number.number"];
    assert_eq!(&text[span.start..span.end], "1O7");
}

#[test]
fn so_as_ocr_misreads_it() {
    for (so, issuer, number, notation) in [
        ("Sé: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S6: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S6 315-QĐ/HU", "SỞ Y TẾ", 315, "QĐ/HU"),
    ] {
        // On its own line, and glued after the issuer in a flattened header.
        for text in [
            format!("UBND TỈNH NAM ĐỊNH\n{issuer}\n{so}\nNam Định, ngày 17 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc\n"),
            format!("UBND TỈNH NAM ĐỊNH\n{issuer} {so} Nam Định, ngày 17 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc\n"),
        ] {
            let doc = vanban::parse(&text);
            assert_eq!(doc.issuer.name.as_deref(), Some(issuer), "{text}");
            assert_eq!(doc.number.number, Some(number), "{text}");
            assert_eq!(doc.number.notation.as_deref(), Some(notation), "{text}");
            assert_eq!(doc.date.as_deref(), Some("2024-04-17"), "{text}");
            assert_eq!(doc.subject.as_deref(), Some("Kết luận của Giám đốc"), "{text}");
        }
    }
    // `Sen`, `Sơn` and a bare `S` before words are no number.
    for line in ["Sen 12 bông", "S Y TẾ 12/TB"] {
        let doc = vanban::parse(&format!("{line}\n"));
        assert_eq!(doc.number.number, None, "{line}");
    }
}
