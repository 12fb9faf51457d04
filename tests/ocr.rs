//! OCR habits in the numbers of a header: `O` read for 0 and `l` for 1.

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
