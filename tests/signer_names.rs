//! Signer names as they are printed: after a military or police rank, the Central Highlands names
//! (`H'Lin Mlô`, `H' Yâm Byă`, `H Mai Niê Kdăm`, `Y Khu Niê`, `A Pao`), H'Mông names with the
//! middle `A` (`Giàng A Sùng`), after a degree (`ThS.`, kept apart from the name), and with a
//! table's border or a rule left after them. Each expectation is read off the text of the test.

/// A công văn signed by `name` under `KT. GIÁM ĐỐC` / `PHÓ GIÁM ĐỐC`.
fn signed_by(name: &str) -> vanban::Document {
    vanban::parse(&format!(
        "UBND TỈNH ĐẮK LẮK\nSỞ Y TẾ\nSố: 12/SYT-VP\nV/v tăng cường kiểm tra\n\
         Đắk Lắk, ngày 03 tháng 7 năm 2024\nKính gửi: Các đơn vị trực thuộc.\n\
         Đề nghị các đơn vị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\
         KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n{name}\n"
    ))
}

#[test]
fn names_as_printed() {
    for (line, name) in [
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("H'Lin Mlô", "H'Lin Mlô"),
        ("Ksor H'Bơ Khăp", "Ksor H'Bơ Khăp"),
        ("Y Khu Niê", "Y Khu Niê"),
        ("A Pao", "A Pao"),
        ("Nguyễn Đình Tuấn |", "Nguyễn Đình Tuấn"),
        ("Nguyễn Đình Tuấn ______", "Nguyễn Đình Tuấn"),
        ("Giàng A Sùng", "Giàng A Sùng"),
        ("Thào A Tủa", "Thào A Tủa"),
        ("H' Yâm Byă", "H' Yâm Byă"),
        ("Nay H' Blim", "Nay H' Blim"),
        ("H Mai Niê Kdăm", "H Mai Niê Kdăm"),
        // Typed carelessly: the middle name in small letters.
        ("Nguyễn văn Bình", "Nguyễn văn Bình"),
        ("Lê thị Thu Hà", "Lê thị Thu Hà"),
        // OCR's apostrophe for the horn of ư, kept as printed.
        ("Tru'ơng Minh Đức", "Tru'ơng Minh Đức"),
    ] {
        let doc = signed_by(line);
        let sig = doc.signature.as_ref().expect(line);
        assert_eq!(sig.name.as_deref(), Some(name), "{line}");
        assert_eq!(sig.position.as_deref(), Some("PHÓ GIÁM ĐỐC"), "{line}");
    }
}

/// The armed forces print the signer's rank before the name (format-spec: "no ranks before
/// the name, except where sector heads allow it"); it is the signature's title, not part of
/// the name.
#[test]
fn a_rank_before_the_name_is_the_title() {
    for (rank, name) in [
        ("Đại tá", "Nguyễn Văn Hùng"),
        ("Thiếu tướng", "Lê Văn Tâm"),
        ("Thượng tá", "Hoàng Minh Tuấn"),
        ("Trung úy", "Đỗ Thị Lan"),
    ] {
        let line = format!("{rank} {name}");
        let doc = signed_by(&line);
        let sig = doc.signature.as_ref().expect(&line);
        assert_eq!(sig.name.as_deref(), Some(name), "{line}");
        assert_eq!(sig.title.as_deref(), Some(rank), "{line}");
        assert_eq!(sig.position.as_deref(), Some("PHÓ GIÁM ĐỐC"), "{line}");
        assert!(
            doc.unclassified.is_empty(),
            "{line}: {:?}",
            doc.unclassified
        );
    }
}

/// A rank word alone is no title: `Trung tâm` and `Đại hội` are not ranks.
#[test]
fn words_that_start_like_a_rank_are_no_title() {
    let doc = signed_by("Trung Văn Tâm");
    let sig = doc.signature.as_ref().unwrap();
    assert_eq!(sig.name.as_deref(), Some("Trung Văn Tâm"));
    assert_eq!(sig.title, None);
}

/// A rank before a name glued after the archive entry (two columns read as one line).
#[test]
fn a_rank_before_a_glued_name_is_the_title() {
    let doc = vanban::parse(
        "CÔNG AN TỈNH NGHỆ AN\nSố: 88/CAT-PC08\nV/v tuần tra kiểm soát\n\
         Nghệ An, ngày 03 tháng 7 năm 2024\nKính gửi: Các đơn vị trực thuộc.\n\
         Đề nghị các đơn vị thực hiện./.\nNơi nhận:                  KT. GIÁM ĐỐC\n\
         - Như trên;                 PHÓ GIÁM ĐỐC\n\
         - Lưu: VT, PC08.            Đại tá Lương Văn Phúc\n",
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Lương Văn Phúc"));
    assert_eq!(sig.title.as_deref(), Some("Đại tá"));
    assert_eq!(doc.recipients.len(), 2);
}

#[test]
fn a_degree_before_the_name_is_the_title() {
    // In mixed case, or in capitals, each with its dot.
    for degree in [
        "ThS.",
        "Th.S",
        "ThS.BS",
        "TS.",
        "PGS.TS.",
        "GS. TSKH.",
        "BSCKII.",
    ] {
        let doc = signed_by(&format!("{degree} Triệu Thị Mai Hương"));
        let sig = doc.signature.as_ref().expect(degree);
        assert_eq!(sig.name.as_deref(), Some("Triệu Thị Mai Hương"), "{degree}");
        assert_eq!(sig.title.as_deref(), Some(degree), "{degree}");
        assert!(
            doc.unclassified.is_empty(),
            "{degree}: {:?}",
            doc.unclassified
        );
    }
}

/// A degree in capitals before the name on a flattened closing, beside the archive entry, is
/// the title too; capitals that are no degree (`VP.`) are not.
#[test]
fn a_degree_in_capitals_beside_the_list_is_the_title() {
    let doc = vanban::parse(
        "SỞ Y TẾ\nSố: 12/SYT-VP\nV/v tăng cường kiểm tra\n\
         Đắk Lắk, ngày 03 tháng 7 năm 2024\nKính gửi: Các đơn vị.\nĐề nghị thực hiện./.\n\
         Nơi nhận:                                  TL. GIÁM ĐỐC\n\
         - Như trên;                                 TRƯỞNG PHÒNG\n\
         - Lưu: VT.                                  TS. Phan Minh Quang\n",
    );
    let sig = doc.signature.as_ref().unwrap();
    assert_eq!(sig.name.as_deref(), Some("Phan Minh Quang"));
    assert_eq!(sig.title.as_deref(), Some("TS."));
    // `VP.` is no degree.
    let doc = signed_by("VP. Triệu Thị Mai Hương");
    assert_eq!(doc.signature.as_ref().unwrap().title, None);
}

#[test]
fn a_dated_note_ending_in_a_full_stop_is_no_signature_line() {
    // Figures, a note in brackets and a full stop: a sentence, though every part of it
    // could stand in a signature block.
    let line = "01/11/2020 (theo quy định tại Nghị định số 119/2018/NĐ-CP).";
    let rows = vanban::explain(&format!("{line}\n"));
    assert_eq!(rows[0].text, line);
    assert_eq!(rows[0].kind, "text");
    // The same line without the full stop is one (a date and a note under a name).
    let rows = vanban::explain(&format!("{}\n", line.trim_end_matches('.')));
    assert_eq!(rows[0].kind, "signature");
}

/// A name wrapped in a narrow signature column: its end on the next line belongs to it, and
/// nothing is left over as an attachment.
#[test]
fn a_name_wrapped_onto_the_next_line_is_one_name() {
    for (line, name) in [
        ("Phạm Thị\nThu Hường", "Phạm Thị Thu Hường"),
        ("Tôn Nữ Thị\nDiễm Phương", "Tôn Nữ Thị Diễm Phương"),
    ] {
        let doc = signed_by(line);
        let sig = doc.signature.as_ref().expect(line);
        assert_eq!(sig.name.as_deref(), Some(name), "{line}");
        assert!(doc.attachments.is_empty(), "{line}: {:?}", doc.attachments);
    }
}

/// Two full names one under the other are not one wrapped name: the signer's is the one
/// right under the position, as a block prints it.
#[test]
fn two_full_names_are_not_joined() {
    let doc = signed_by("Nguyễn Văn An\nTrần Thị Bình");
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn An"));
    // The second is kept, outside the signature.
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains("Trần Thị Bình"));
}

/// A position wrapped onto a second line after its comma (`TRƯỞNG PHÒNG KINH TẾ,` | `HẠ TẦNG
/// VÀ ĐÔ THỊ`): the second line, in capitals and starting with a family name (`Hà`), is the
/// position's end, never the signer's name; the name is the one below.
#[test]
fn a_position_wrapped_after_its_comma_is_no_name() {
    for wrap in [
        "TRƯỞNG PHÒNG KINH TẾ,\nHẠ TẦNG VÀ ĐÔ THỊ",
        "TRƯỞNG PHÒNG KINH TẾ\nHẠ TẦNG VÀ ĐÔ THỊ",
    ] {
        let doc = vanban::parse(&format!(
            "ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA\nSố: 15/UBND-KT\nV/v sửa chữa đường giao thông\n\
             Tân Hòa, ngày 03 tháng 7 năm 2025\nKính gửi: Các thôn.\n\
             Đề nghị các thôn thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\
             TUQ. CHỦ TỊCH\n{wrap}\n\nĐào Minh Khôi\n"
        ));
        let sig = doc.signature.as_ref().expect(wrap);
        assert_eq!(sig.authority.as_deref(), Some("TUQ"), "{wrap}");
        assert_eq!(sig.name.as_deref(), Some("Đào Minh Khôi"), "{wrap}");
        if wrap.contains(',') {
            assert_eq!(
                sig.position.as_deref(),
                Some("TRƯỞNG PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ"),
                "{wrap}"
            );
            assert!(doc.unclassified.is_empty(), "{wrap}");
        }
    }
}

/// A round seal's text read by OCR as lines of capitals between the position and the name
/// (`TRƯỜNG TRUNG HÒA AN`, `* BÌNH LÂM`: a school's name, which folds like the family name
/// Trương) is no name when the signer's name in normal case follows close below. Before, the
/// seal's line was the name and the real name an attachment.
#[test]
fn a_seals_capitals_above_the_name_in_normal_case() {
    let doc = signed_by("TRƯỜNG TRUNG HỌC\nPHỔ THÔNG\nTRƯỜNG XUÂN LỘC\n* ĐỒNG NAI\n\nLê Thị Hạnh");
    let sig = doc.signature.expect("signature");
    assert_eq!(sig.name.as_deref(), Some("Lê Thị Hạnh"));
    assert_eq!(sig.position.as_deref(), Some("PHÓ GIÁM ĐỐC"));
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    // A name in capitals with nothing below it is still the name.
    let doc = signed_by("TRẦN VĂN LỘC");
    assert_eq!(
        doc.signature.and_then(|s| s.name).as_deref(),
        Some("TRẦN VĂN LỘC")
    );
}

/// `TRƯỞNG TIỂU BAN` (the head of a sub-committee) is a position, not the family name
/// Trương and a given name.
#[test]
fn truong_tieu_ban_is_a_position() {
    let doc = vanban::parse(
        "ỦY BAN BẦU CỬ XÃ AN BÌNH\nTIỂU BAN TUYÊN TRUYỀN\nSố: 03/KH-TBTT\n\
         An Bình, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nTuyên truyền bầu cử\n\n\
         Tiểu ban xây dựng kế hoạch như sau./.\nNơi nhận:\n- Ủy ban bầu cử xã;\n- Lưu: VT.\n\n\
         TM. TIỂU BAN\nTRƯỞNG TIỂU BAN\n\nPHẠM VĂN HÙNG\n",
    );
    let sig = doc.signature.expect("signature");
    assert_eq!(sig.position.as_deref(), Some("TRƯỞNG TIỂU BAN"));
    assert_eq!(sig.name.as_deref(), Some("PHẠM VĂN HÙNG"));
}

/// A speck OCR read before the signer's name (`‘Phạm Quốc Vinh`), or the rule above the
/// name glued to it (`——Phạm Quốc Vinh`), leaves the name readable.
#[test]
fn a_speck_before_the_name() {
    for speck in ["‘", ". ", "`", "——", "-- "] {
        let text = format!(
            "CỤC HẢI QUAN TỈNH LONG AN\nSố: 1180/HQLA-GSQL\nV/v báo cáo vướng mắc\n\
             Long An, ngày 21 tháng 6 năm 2022\nKính gửi: Tổng cục Hải quan.\n\
             Cục Hải quan tỉnh Long An báo cáo để xin ý kiến./.\n\
             Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\n{speck}Phạm Quốc Vinh\n"
        );
        let doc = vanban::parse(&text);
        let sig = doc.signature.expect("a signature");
        assert_eq!(sig.name.as_deref(), Some("Phạm Quốc Vinh"), "{text}");
    }
}

/// A narrow column wrapped the name after its middle name, leaving the given name alone on
/// the next line (`Lan Thị` | `Vân`): no name ends with `Thị` or `Văn`, so the word below
/// ends it, and no attachment starts there. A name that is whole (`Trần Hùng`) takes no word
/// from below.
#[test]
fn a_name_wrapped_after_its_middle_name() {
    let closing = |name: &str, below: &str| {
        format!(
            "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH\nSố: 18/KH-MTTQ\nLương Minh, ngày 12 tháng 01 năm 2026\n\
             KẾ HOẠCH\nTiếp công dân phục vụ bầu cử\nBan Thường trực triển khai kế hoạch./.\n\
             Nơi nhận:\n- Như trên;\n- Lưu: MTTQ.\nTM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n{name}\n{below}\n"
        )
    };
    for (name, below, want) in [
        ("Lan Thị", "Vân", "Lan Thị Vân"),
        ("Trần Văn", "Hùng", "Trần Văn Hùng"),
    ] {
        let doc = vanban::parse(&closing(name, below));
        let sig = doc.signature.expect("a signature");
        assert_eq!(sig.name.as_deref(), Some(want));
        assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    }
    let doc = vanban::parse(&closing("Trần Hùng", "Phụ lục"));
    let sig = doc.signature.expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Trần Hùng"));
}
