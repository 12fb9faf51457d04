//! The `V/v` subject and the place and date on one row, as a layout-keeping conversion
//! prints the two header columns (`pdftotext -layout`, a table row joined with `|`). Each
//! expectation is read off the text of the test.

fn document(vv_row: &str) -> vanban::Document {
    vanban::parse(&format!(
        "UBND TỈNH THANH HÓA          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG         Độc lập - Tự do - Hạnh phúc\n\
         Số: 4410/STNMT-QLĐĐ\n{vv_row}\nKính gửi: UBND các huyện, thị xã, thành phố.\n"
    ))
}

#[test]
fn the_place_and_date_beside_the_subject() {
    for row in [
        "V/v hướng dẫn thu hồi đất          Thanh Hóa, ngày 11 tháng 9 năm 2024",
        "V/v hướng dẫn thu hồi đất | Thanh Hóa, ngày 11 tháng 9 năm 2024",
        "V/v hướng dẫn thu hồi đất  |  Thanh Hóa, ngày 11 tháng 9 năm 2024 |",
    ] {
        let doc = document(row);
        assert_eq!(doc.place.as_deref(), Some("Thanh Hóa"), "{row}");
        assert_eq!(doc.date.as_deref(), Some("2024-09-11"), "{row}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("hướng dẫn thu hồi đất"),
            "{row}"
        );
    }
}

#[test]
fn a_date_inside_the_subject_stays_there() {
    // No column gap before it: the date is the subject's own.
    let doc = document("V/v tổ chức hội nghị tại Thanh Hóa, ngày 11 tháng 9 năm 2024");
    assert_eq!(
        doc.subject.as_deref(),
        Some("tổ chức hội nghị tại Thanh Hóa, ngày 11 tháng 9 năm 2024")
    );
    assert_eq!(doc.date, None);
}
