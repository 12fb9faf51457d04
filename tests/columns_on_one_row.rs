//! Two columns on one row, as a layout-keeping conversion prints them (`pdftotext -layout`,
//! a table row joined with `|`): the `V/v` subject and the place and date; a copy's body and
//! its `SAO Y` heading. Each expectation is read off the text of the test.

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

/// A công văn signed by `TRƯỞNG PHÒNG` / `Lê Văn Hải`, then a copy whose first row is
/// `copy_row`.
fn copied(copy_row: &str) -> vanban::Document {
    vanban::parse(&format!(
        "UBND HUYỆN CHÂU THÀNH\nPHÒNG NỘI VỤ\nSố: 45/PNV-TCCB\nV/v rà soát biên chế\n\
         Châu Thành, ngày 02 tháng 4 năm 2024\nKính gửi: Các cơ quan chuyên môn.\n\
         Đề nghị các cơ quan thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\
         TRƯỞNG PHÒNG\n\nLê Văn Hải\n\n{copy_row}\n\
         Số: 12/SY-VP                          Châu Thành, ngày 05 tháng 4 năm 2024\n\
         Nơi nhận:                             TL. CHỦ TỊCH\n\
         - Các xã, thị trấn;                   CHÁNH VĂN PHÒNG\n\
         - Lưu: VT.\n                                      Trần Minh Tâm\n"
    ))
}

#[test]
fn a_copy_heading_on_the_copying_bodys_row() {
    for (row, kind, heading) in [
        (
            "VĂN PHÒNG HĐND VÀ UBND          SAO Y BẢN CHÍNH",
            "SAO Y",
            "SAO Y BẢN CHÍNH",
        ),
        (
            "VĂN PHÒNG HĐND VÀ UBND          SAO LỤC",
            "SAO LỤC",
            "SAO LỤC",
        ),
        // A tab, which normalization makes one space.
        (
            "VĂN PHÒNG HĐND VÀ UBND\tTRÍCH SAO",
            "TRÍCH SAO",
            "TRÍCH SAO",
        ),
    ] {
        let doc = copied(row);
        assert_eq!(
            doc.signature.as_ref().and_then(|s| s.name.as_deref()),
            Some("Lê Văn Hải")
        );
        assert_eq!(doc.copies.len(), 1, "{row}");
        let copy = &doc.copies[0];
        assert_eq!(copy.kind, kind, "{row}");
        assert_eq!(copy.heading.as_deref(), Some(heading), "{row}");
        assert_eq!(
            copy.issuer.name.as_deref(),
            Some("VĂN PHÒNG HĐND VÀ UBND"),
            "{row}"
        );
        assert_eq!(copy.number.notation.as_deref(), Some("SY-VP"), "{row}");
        assert_eq!(copy.date.as_deref(), Some("2024-04-05"), "{row}");
        assert_eq!(copy.recipients.len(), 2, "{row}");
        let sig = copy.signature.as_ref().expect(row);
        assert_eq!(sig.name.as_deref(), Some("Trần Minh Tâm"), "{row}");
        assert!(doc.attachments.is_empty(), "{row}");
    }
}

#[test]
fn a_row_of_capitals_that_only_mentions_a_copy_is_no_copy_heading() {
    // `SAO Y` inside the row, not at its end.
    let doc = copied("VĂN PHÒNG SAO Y HỒ SƠ GỐC LƯU TRỮ");
    assert!(doc.copies.is_empty());
}

/// A joint document's header with the two issuers' columns and the national name's side by
/// side: the first issuer is the document's; the second's lines are kept, unread, and the
/// national name and motto are still read.
#[test]
fn two_issuers_beside_the_national_name() {
    let doc = vanban::parse(
        "UBND TỈNH ĐẮK LẮK                BỘ CÔNG AN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         SỞ GIÁO DỤC VÀ ĐÀO TẠO       CÔNG AN TỈNH ĐẮK LẮK             Độc lập - Tự do - Hạnh phúc\n\
         Số: 45/KHLT-SGDĐT-CAT                                      Đắk Lắk, ngày 14 tháng 8 năm 2024\n\
         KẾ HOẠCH\nPhối hợp bảo đảm an ninh, trật tự trường học năm học 2024 - 2025\n",
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("UBND TỈNH ĐẮK LẮK"));
    assert_eq!(doc.issuer.name.as_deref(), Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    let header = doc.header.as_ref().expect("the national name");
    assert_eq!(
        header.name.as_deref(),
        Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    assert_eq!(header.motto.as_deref(), Some("Độc lập - Tự do - Hạnh phúc"));
    assert_eq!(doc.date.as_deref(), Some("2024-08-14"));
    let kept: Vec<&str> = doc.unclassified.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(kept, ["BỘ CÔNG AN", "CÔNG AN TỈNH ĐẮK LẮK"]);
}

/// A Word table as `docx2txt` prints it: a tab between the cells of a row. The tab before the
/// place and date sets them off from the `V/v` subject, as a column gap does; a tab after a
/// label in the body stays a space.
#[test]
fn a_tab_between_the_subject_and_the_date() {
    let doc = vanban::parse(
        "UBND TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\tĐộc lập - Tự do - Hạnh phúc\n\
         Số: 4410/STNMT-QLĐĐ\n\
         V/v hướng dẫn thu hồi đất\tThanh Hóa, ngày 11 tháng 9 năm 2024\n\
         Kính gửi: UBND các huyện, thị xã, thành phố.\n\
         1. Thời gian:\t08 giờ 00, ngày 15 tháng 9 năm 2024.\n",
    );
    assert_eq!(doc.subject.as_deref(), Some("hướng dẫn thu hồi đất"));
    assert_eq!(doc.place.as_deref(), Some("Thanh Hóa"));
    assert_eq!(doc.date.as_deref(), Some("2024-09-11"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
    );
    let items: Vec<&str> = doc.body.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(items, ["Thời gian: 08 giờ 00, ngày 15 tháng 9 năm 2024."]);
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// A header cell centred vertically puts the place and date on the second line of a `V/v`
/// subject (`pdftotext -layout` gaps, or Word's tab, read as a cell border): the subject
/// ends before the gap, and the place and date are the header's. A body line with a date
/// after a gap stays the body's. The wrap may start with a small letter or with a name
/// (`Bình Minh - Bình An`).
#[test]
fn the_place_and_date_beside_a_subjects_second_line() {
    let wraps = [
        (
            "chủ đầu tư nhà ở xã hội",
            "công nhận chủ đầu tư nhà ở xã hội",
        ),
        ("Bình Minh - Bình An", "công nhận Bình Minh - Bình An"),
    ];
    for gap in ["             ", "\t"] {
        for (wrap, subject) in wraps {
            let text = format!(
            "SỞ XÂY DỰNG                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Số: 2354/SXD-QLN\nV/v hướng dẫn thủ tục công nhận\n\
             {wrap}{gap}Hà Lâm, ngày 21 tháng 9 năm 2020\n\n\
             Kính gửi: Các chủ đầu tư.\n\n\
             Sở Xây dựng hướng dẫn như sau.\nHạn nộp hồ sơ       Hà Lâm, ngày 30 tháng 9 năm 2020\n"
        );
            let doc = vanban::parse(&text);
            assert_eq!(
                doc.subject.as_deref(),
                Some(format!("hướng dẫn thủ tục {subject}").as_str()),
                "{gap:?}"
            );
            assert_eq!(doc.place.as_deref(), Some("Hà Lâm"), "{gap:?}");
            assert_eq!(doc.date.as_deref(), Some("2020-09-21"), "{gap:?}");
            assert!(
                doc.unclassified.is_empty(),
                "{gap:?}: {:?}",
                doc.unclassified
            );
            let body: Vec<&str> = doc.body.preamble.iter().map(|p| p.text.as_str()).collect();
            assert!(
                body.iter()
                    .any(|t| t.contains("Hạn nộp hồ sơ") && t.contains("30 tháng 9")),
                "{body:?}"
            );
        }
    }
}

/// A web page that flattened the header table onto one line: the `V/v` subject ends where
/// the place and date begin, before `Kính gửi`.
#[test]
fn a_flattened_subject_stops_at_the_place_and_date() {
    let text = "\
BỘ CÔNG THƯƠNG ----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 2188/BCT-TTTN V/v góp ý dự thảo quy chế chợ đầu mối Hà Nội, ngày 11 tháng 4 năm 2022 Kính gửi: Ủy ban nhân dân tỉnh Hòa Bình
1. Thống nhất với dự thảo.
2. Đề nghị bổ sung quy định về phòng cháy./.
";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("góp ý dự thảo quy chế chợ đầu mối")
    );
    assert_eq!(doc.place.as_deref(), Some("Hà Nội"));
    assert_eq!(doc.date.as_deref(), Some("2022-04-11"));
    assert_eq!(doc.addressees, ["Ủy ban nhân dân tỉnh Hòa Bình"]);
}
