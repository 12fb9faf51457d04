//! Names as typists print them: a dash between spaces inside an issuer's or a place's name
//! (`SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI`, `Bà Rịa - Vũng Tàu`), `TP.` glued to a city's name,
//! Central Highlands names with an apostrophe, and Roman section numbers written `I/` or
//! `I - `. Each expectation is read off the text of the test.

/// A state header whose place and date line is `line`.
fn with_place_line(line: &str) -> vanban::Document {
    vanban::parse(&format!(
        "SỞ TÀI CHÍNH\nSố: 512/QĐ-STC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n{line}\nQUYẾT ĐỊNH\nVề việc phê duyệt danh mục dự án\n"
    ))
}

#[test]
fn place_names_with_dashes_abbreviations_and_apostrophes() {
    for (line, place) in [
        (
            "Bà Rịa - Vũng Tàu, ngày 15 tháng 3 năm 2023",
            "Bà Rịa - Vũng Tàu",
        ),
        (
            "Phan Rang - Tháp Chàm, ngày 15 tháng 3 năm 2023",
            "Phan Rang - Tháp Chàm",
        ),
        ("TP.Hồ Chí Minh, ngày 15 tháng 3 năm 2023", "TP.Hồ Chí Minh"),
        (
            "TP. Hồ Chí Minh, ngày 15 tháng 3 năm 2023",
            "TP. Hồ Chí Minh",
        ),
        ("TP.HCM, ngày 15 tháng 3 năm 2023", "TP.HCM"),
        ("TP. HCM, ngày 15 tháng 3 năm 2023", "TP. HCM"),
        ("Ea H'leo, ngày 15 tháng 3 năm 2023", "Ea H'leo"),
        ("Cư M'gar, ngày 15 tháng 3 năm 2023", "Cư M'gar"),
        (
            "Bà Rịa-Vũng Tàu, ngày 15 tháng 3 năm 2023",
            "Bà Rịa-Vũng Tàu",
        ),
        ("Quận 1, ngày 15 tháng 3 năm 2023", "Quận 1"),
    ] {
        let doc = with_place_line(line);
        assert_eq!(doc.place.as_deref(), Some(place), "{line}");
        assert_eq!(doc.date.as_deref(), Some("2023-03-15"), "{line}");
        // The header goes on past the place: the type and subject are still read.
        assert_eq!(doc.doc_type.name.as_deref(), Some("QUYẾT ĐỊNH"), "{line}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Về việc phê duyệt danh mục dự án"),
            "{line}"
        );
    }
}

#[test]
fn an_issuer_name_with_a_dash_between_spaces() {
    let doc = vanban::parse(
        "UBND TỈNH ĐỒNG THÁP\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nSố: 730/SLĐTBXH-VP\n\
         V/v rà soát hộ nghèo\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Đồng Tháp, ngày 2 tháng 4 năm 2024\nKính gửi: UBND các huyện, thành phố.\n",
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("UBND TỈNH ĐỒNG THÁP"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
    );
    assert_eq!(doc.number.number, Some(730));
    assert_eq!(doc.place.as_deref(), Some("Đồng Tháp"));
}

#[test]
fn an_issuer_with_a_dash_beside_the_motto() {
    // The two header columns on one row, as a layout-keeping conversion prints them.
    let doc = vanban::parse(
        "UBND HUYỆN GIA VIỄN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         PHÒNG VĂN HÓA - THÔNG TIN      Độc lập - Tự do - Hạnh phúc\n\
         Số: 41/VHTT      Gia Viễn, ngày 5 tháng 6 năm 2024\n\
         V/v tuyên truyền ngày truyền thống\nKính gửi: UBND các xã.\n",
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("UBND HUYỆN GIA VIỄN"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("PHÒNG VĂN HÓA - THÔNG TIN")
    );
    assert_eq!(doc.number.number, Some(41));
    assert_eq!(doc.place.as_deref(), Some("Gia Viễn"));
    assert_eq!(doc.date.as_deref(), Some("2024-06-05"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("tuyên truyền ngày truyền thống")
    );
}

#[test]
fn roman_sections_written_with_a_slash_or_a_spaced_dash() {
    for (a, b) in [("I/", "II/"), ("I -", "II -")] {
        let doc = vanban::parse(&format!(
            "BÁO CÁO\nKết quả 6 tháng đầu năm\n{a} KẾT QUẢ\n1. Thu ngân sách đạt 54%.\n\
             2. Chi ngân sách đạt 47%.\n{b} PHƯƠNG HƯỚNG\nTăng cường quản lý thu.\n"
        ));
        let tops: Vec<(&str, usize)> = doc
            .body
            .items
            .iter()
            .map(|i| (i.label.as_str(), i.children.len()))
            .collect();
        assert_eq!(tops, [(a, 2), (b, 0)], "{a}");
        assert_eq!(doc.body.items[0].heading.as_deref(), Some("KẾT QUẢ"), "{a}");
    }
    // `V/v` is no Roman five.
    let doc = vanban::parse("Số: 12/UBND\nV/v tăng cường kiểm tra\nKính gửi: Sở Y tế.\n");
    assert_eq!(doc.subject.as_deref(), Some("tăng cường kiểm tra"));
}
