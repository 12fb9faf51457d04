//! The issuing body under its parent (cơ quan chủ quản) in the header's left column: a line
//! that starts a body of its own is the issuer, the line above it the parent; in small
//! letters above the header where text extraction lost the font's capitals. Each
//! expectation is read off the text of the test.

/// A thông báo whose header's left column is `parent` over `body`.
fn headed_by(parent: &str, body: &str) -> vanban::Document {
    vanban::parse(&format!(
        "{parent}\n{body}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
         Số: 21/TB-CĐN\nBắc Giang, ngày 12 tháng 3 năm 2024\n\nTHÔNG BÁO\n\
         Về việc tổ chức hội thao\n\n1. Thời gian: tháng 4 năm 2024.\n"
    ))
}

/// Trade unions, Youth Union branches, associations' branches, cooperatives and a sector's
/// units start bodies of their own, like a `SỞ` under its `UBND`.
#[test]
fn mass_organizations_under_their_parent() {
    for (parent, body) in [
        (
            "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG",
            "CÔNG ĐOÀN NGÀNH GIÁO DỤC",
        ),
        (
            "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM",
            "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THCS ĐÔNG HƯNG",
        ),
        (
            "ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM",
            "CHI ĐOÀN LỚP K52 KHOA HỌC CÂY TRỒNG",
        ),
        ("HỘI NÔNG DÂN HUYỆN LỤC NAM", "CHI HỘI THÔN ĐỒNG CỐC"),
        (
            "ỦY BAN NHÂN DÂN XÃ TIÊN HƯNG",
            "HỢP TÁC XÃ NÔNG NGHIỆP TIÊN HƯNG",
        ),
        // Units of a sector: a national park, a forest ranger station, a museum, a library.
        ("TỔNG CỤC LÂM NGHIỆP", "VƯỜN QUỐC GIA CÚC PHƯƠNG"),
        (
            "CHI CỤC KIỂM LÂM TỈNH BẮC GIANG",
            "HẠT KIỂM LÂM HUYỆN LỤC NAM",
        ),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BẢO TÀNG TỈNH BẮC GIANG"),
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "THƯ VIỆN TỈNH BẮC GIANG"),
        // An election committee's sub-committee, a People's Committee's working group.
        (
            "ỦY BAN BẦU CỬ XÃ PHỐ BẢNG",
            "TIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT",
        ),
        (
            "ỦY BAN NHÂN DÂN HUYỆN LỤC NAM",
            "TỔ CÔNG TÁC RÀ SOÁT ĐẤT ĐAI",
        ),
    ] {
        let doc = headed_by(parent, body);
        assert_eq!(doc.issuer.parent.as_deref(), Some(parent), "{body}");
        assert_eq!(doc.issuer.name.as_deref(), Some(body), "{body}");
    }
}

/// A wrapped name is still one name: an administrative unit on the second line continues it.
#[test]
fn a_wrapped_name_is_one_body() {
    let doc = headed_by("LIÊN ĐOÀN LAO ĐỘNG", "TỈNH BẮC GIANG");
    assert_eq!(doc.issuer.parent, None);
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG")
    );
}

/// A Party committee is named after its place, whatever the place's first word: `ĐẠI` of
/// `ĐẠI LỘC` also starts bodies (`ĐÀI PHÁT THANH`), but not after `HUYỆN ỦY`.
#[test]
fn a_party_committee_keeps_its_place() {
    for body in ["HUYỆN ỦY ĐẠI LỘC", "HUYỆN ỦY ĐẠI TỪ", "TỈNH ỦY ĐÀ NẴNG"]
    {
        let doc = headed_by("ĐẢNG BỘ TỈNH QUẢNG NAM", body);
        assert_eq!(
            doc.issuer.parent.as_deref(),
            Some("ĐẢNG BỘ TỈNH QUẢNG NAM"),
            "{body}"
        );
        assert_eq!(doc.issuer.name.as_deref(), Some(body), "{body}");
    }
}

/// A dash at the end of the issuer's line: OCR's reading of the rule under the name
/// (`ĐẢNG ỦY XÃ HOÀNG ĐAN —`) is no part of it, and a name wrapped at its own dash (`TỈNH
/// BÀ RỊA -` | `VŨNG TÀU`) keeps the dash between its lines.
#[test]
fn a_dash_at_the_end_of_the_issuers_line() {
    let doc = headed_by("ĐẢNG BỘ HUYỆN TAM DƯƠNG", "ĐẢNG ỦY XÃ HOÀNG ĐAN —");
    assert_eq!(
        doc.issuer.parent.as_deref(),
        Some("ĐẢNG BỘ HUYỆN TAM DƯƠNG")
    );
    assert_eq!(doc.issuer.name.as_deref(), Some("ĐẢNG ỦY XÃ HOÀNG ĐAN"));
    let doc = headed_by("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA -", "VŨNG TÀU");
    assert_eq!(doc.issuer.parent, None);
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU")
    );
}

/// A mass organization prints its own name for the nation where the state prints the
/// quốc hiệu and the Party `ĐẢNG CỘNG SẢN VIỆT NAM` (`HỘI NÔNG DÂN VIỆT NAM`, `HỘI LHPN VIỆT
/// NAM`): that line is the header, not an issuer under a parent, and the document follows
/// neither family's rules (no Party diagnostics).
#[test]
fn a_mass_organizations_own_heading_is_no_issuer() {
    for (issuer, heading) in [
        ("HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH BẮC GIANG", "HỘI LHPN VIỆT NAM"),
        ("HỘI NÔNG DÂN\nHUYỆN LỤC NAM", "HỘI NÔNG DÂN VIỆT NAM"),
        (
            "HỘI CỰU CHIẾN BINH\nTỈNH BẮC GIANG",
            "HỘI CỰU CHIẾN BINH VIỆT NAM",
        ),
    ] {
        let doc = vanban::parse(&format!(
            "{issuer}\n***\n{heading}\nSố: 27/HD-HPN\nBắc Giang, ngày 20 tháng 02 năm 2024\n\
             HƯỚNG DẪN\nTổ chức kỷ niệm Ngày Quốc tế Phụ nữ 8/3\n\
             Các cấp Hội tổ chức kỷ niệm thiết thực, tiết kiệm./.\n\
             TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nHoàng Thị Thu Trang\n"
        ));
        assert_eq!(doc.issuer.parent, None, "{heading}");
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some(issuer.replace('\n', " ").as_str()),
            "{heading}"
        );
        assert_eq!(
            doc.header.as_ref().and_then(|h| h.name.as_deref()),
            Some(heading),
            "{heading}"
        );
        assert_eq!(doc.family, vanban::Family::Unknown, "{heading}");
        let party: Vec<&str> = doc
            .diagnostics
            .iter()
            .map(|d| d.name.as_ref())
            .filter(|n: &&str| n.contains("party"))
            .collect();
        assert!(party.is_empty(), "{heading}: {party:?}");
    }
}

/// A ward named `An ...` folds to the type `PHƯƠNG ÁN` (`PHUONG AN LAC`), but its printed
/// `PHƯỜNG` is the unit: the line is the issuer's, and the heading below is the type. In
/// its own lines, and with the national name's column on the same rows (`pdftotext -layout`).
#[test]
fn a_ward_named_an_is_no_type_heading() {
    let tail = "Số: 26/TB-UBND\nAn Lạc, ngày 03 tháng 10 năm 2025\n\nTHÔNG BÁO\n\
                Về việc tạm ngừng tiếp nhận hồ sơ\n\nỦy ban nhân dân phường thông báo.\n";
    for head in [
        "ỦY BAN NHÂN DÂN\nPHƯỜNG AN LẠC ĐÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n",
        "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         PHƯỜNG AN LẠC ĐÔNG          Độc lập - Tự do - Hạnh phúc\n",
    ] {
        let doc = vanban::parse(&format!("{head}{tail}"));
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some("ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC ĐÔNG"),
            "{head}"
        );
        assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"), "{head}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Về việc tạm ngừng tiếp nhận hồ sơ"),
            "{head}"
        );
        assert!(doc.unclassified.is_empty(), "{head}");
        // The motto beside the ward's name is read: no diagnostic says it is missing.
        assert!(doc.diagnostics.iter().all(|d| d.code != "VB102"), "{head}");
    }
    // The type itself, printed `PHƯƠNG ÁN`, is still the heading.
    let doc = vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH AN\n{}",
        tail.replace("THÔNG BÁO", "PHƯƠNG ÁN")
    ));
    assert_eq!(doc.doc_type.name.as_deref(), Some("PHƯƠNG ÁN"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN PHƯỜNG BÌNH AN")
    );
}

/// An issuer whose name ends in `VIỆT NAM`, wrapped in a two-column header read row by row:
/// its last words lead the motto's line (`TỔNG LIÊN ĐOÀN LAO ĐỘNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA
/// VIỆT NAM` | `VIỆT NAM Độc lập - Tự do - Hạnh phúc`). The national name is already whole, so
/// they are the issuer's.
#[test]
fn an_issuers_viet_nam_beside_the_motto() {
    let doc = vanban::parse(
        "NGÂN HÀNG NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\
         Số: 215/NHNN-TD Hà Nội, ngày 9 tháng 2 năm 2021\nV/v cho vay hộ nghèo\n\n\
         Kính gửi: Ngân hàng Chính sách xã hội.\n",
    );
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM")
    );
    assert_eq!(
        doc.header.and_then(|h| h.name).as_deref(),
        Some("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    );
    // The national name's own wrap (`... CHỦ NGHĨA` | `VIỆT NAM Độc lập ...`) stays its.
    let doc = vanban::parse(
        "NGÂN HÀNG NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n\
         VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\
         Số: 215/NHNN-TD Hà Nội, ngày 9 tháng 2 năm 2021\nV/v cho vay hộ nghèo\n",
    );
    assert_eq!(doc.issuer.name.as_deref(), Some("NGÂN HÀNG NHÀ NƯỚC"));
}

/// A school's Youth Union executive committee, printed `BCH` (Ban Chấp hành), under its
/// district Youth Union: the district is the parent, the committee the issuer.
#[test]
fn a_youth_union_committee_under_its_district() {
    let doc = vanban::parse(
        "HUYỆN ĐOÀN TÂN KỲ\n\nBCH ĐOÀN TRƯỜNG THPT LÊ LỢI\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n\
         Số: 07-TB/ĐTN\n\nTân Kỳ, ngày 2 tháng 10 năm 2024\n\nTHÔNG BÁO\n\n\
         V/v Tổ chức hội thi văn nghệ\n",
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("HUYỆN ĐOÀN TÂN KỲ"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("BCH ĐOÀN TRƯỜNG THPT LÊ LỢI")
    );
}

/// A `.docx` whose header capitals were the font's setting loses them in text extraction:
/// the issuer's lines above the national name are in small letters. They are the issuer,
/// as printed.
#[test]
fn an_issuer_in_small_letters_above_the_header() {
    let doc = |issuer: &str| {
        vanban::parse(&format!(
            "{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 52/TB-STC\nBắc Giang, ngày 04 tháng 6 năm 2025\nTHÔNG BÁO\n\
             Về lịch tiếp công dân tháng 6\n"
        ))
    };
    let d = doc("Ủy ban nhân dân\nhuyện Yên Thế");
    assert_eq!(d.issuer.parent, None);
    assert_eq!(
        d.issuer.name.as_deref(),
        Some("Ủy ban nhân dân huyện Yên Thế")
    );
    assert_eq!(d.number.number, Some(52));
    // A line that starts another body ends the parent.
    let d = doc("UBND tỉnh Bắc Giang\nSở Tài chính");
    assert_eq!(d.issuer.parent.as_deref(), Some("UBND tỉnh Bắc Giang"));
    assert_eq!(d.issuer.name.as_deref(), Some("Sở Tài chính"));
    let text = "UBND tỉnh Bắc Giang\nSở Tài chính";
    let name = d.spans["issuer.name"];
    assert_eq!(&text[name.start..name.end], "Sở Tài chính");
    // Not a sentence, nor a header in capitals garbled past reading, nor words that name
    // no body.
    for above in [
        "Ủy ban nhân dân huyện đã họp.",
        "HOI LIEN HIEP PHU NU C)NG HOAXAHQI",
        "Trang chủ\nVăn bản",
    ] {
        assert_eq!(doc(above).issuer.name, None, "{above}");
    }
}
