//! What a converter leaves in a document's text besides the document: the properties a word
//! processor saved with a page, letters it could not decode (`U+FFFD`), a narrow cell's wrap
//! inside the place name, and picture bullets kept as their glyphs' private-use codes. Each
//! expectation is read off the text of the test.

/// A mass organization's plan, the header given and `above` put before it.
fn plan(above: &str, national: &str, motto: &str, place: &str) -> vanban::Document {
    vanban::parse(&format!(
        "{above}ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN PHÚ\nBAN THƯỜNG TRỰC\n\nSố: 05/KH-MTTQ-BTT\n\n\
         {national}\n{motto}\n\n{place}, ngày 08 tháng 4 năm 2026\n\nKẾ HOẠCH\n\
         Tổ chức hội nghị đại biểu nhân dân\n\n\
         Ban Thường trực xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n- Phát huy dân chủ.\n\
         II. NỘI DUNG\n- Tổ chức tại các thôn.\n\nNơi nhận:\n- Đảng ủy xã;\n- Lưu: VT.\n\n\
         TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nĐỗ Văn Tâm\n"
    ))
}

const NATIONAL: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

fn assert_read(doc: &vanban::Document, place: &str) {
    assert_eq!(doc.issuer.name.as_deref(), Some("BAN THƯỜNG TRỰC"));
    assert_eq!(doc.number.number, Some(5));
    assert_eq!(doc.place.as_deref(), Some(place));
    assert_eq!(doc.date.as_deref(), Some("2026-04-08"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("KẾ HOẠCH"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Tổ chức hội nghị đại biểu nhân dân")
    );
    assert_eq!(doc.body.items.len(), 2);
}

/// A page saved by a word processor keeps its properties as lines above the document
/// (author, template, revision, dates, counts, `false`, language codes): the page's, not the
/// issuer's, and not the body's start.
#[test]
fn a_word_processors_properties_above_the_header() {
    let props = "Admin\n Normal\n Lê Văn Hải\n 3\n 12\n 2026-04-07T08:15:00Z\n \
                 2026-04-08T02:30:00Z\n 1\n 412\n 2350\n 19\n 5\n 2757\n 16.00\n\n false\n\n \
                 false\n false\n\n EN-US\n X-NONE\n X-NONE\n\n";
    let doc = plan(props, NATIONAL, MOTTO, "Tân Phú");
    assert_read(&doc, "Tân Phú");
    assert_eq!(
        doc.issuer.parent.as_deref(),
        Some("ỦY BAN MTTQ VIỆT NAM XÃ TÂN PHÚ")
    );
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.kind == "before_header" && l.text == "2026-04-07T08:15:00Z"));
}

/// Letters a converter could not decode (`U+FFFD` for `ò`, `ã`, `à`, `á`, `ú`), the motto's
/// last phrase on its own line after two of them: the date, the motto and the header still
/// read.
#[test]
fn letters_a_converter_could_not_decode() {
    let doc = plan(
        "",
        "CỘNG H\u{FFFD}A X\u{FFFD} HỘI CHỦ NGHĨA VIỆT NAM",
        "\u{FFFD} \u{FFFD}Độc lập - Tự do -\nHạnh ph\u{FFFD}c",
        "Tân Phú",
    );
    assert_read(&doc, "Tân Phú");
    let doc = vanban::parse(
        "SỞ Y TẾ\nSố: 12/SYT-VP\nV/v tăng cường kiểm tra\n\
         Đắk Lắk, ng\u{FFFD}y 03 th\u{FFFD}ng 7 năm 2024\nKính gửi: Các đơn vị.\n",
    );
    assert_eq!(doc.date.as_deref(), Some("2024-07-03"));
    assert_eq!(doc.place.as_deref(), Some("Đắk Lắk"));
}

/// A letter not decoded before `Nơi nhận` (a bullet the converter lost) leaves the heading
/// its list's.
#[test]
fn a_letter_not_decoded_before_noi_nhan() {
    let doc = vanban::parse(
        "SỞ Y TẾ\nSố: 12/SYT-VP\nV/v tăng cường kiểm tra\n\
         Đắk Lắk, ngày 03 tháng 7 năm 2024\nKính gửi: Các đơn vị.\n\
         Đề nghị các đơn vị thực hiện./.\n\u{FFFD} Nơi nhận:\n- Như trên;\n- Ban Giám đốc;\n\
         - Lưu: VT.\nGIÁM ĐỐC\n\nTrần Văn Nam\n",
    );
    assert_eq!(doc.recipients.len(), 3, "{:?}", doc.recipients);
    assert_eq!(
        doc.signature.and_then(|s| s.name).as_deref(),
        Some("Trần Văn Nam")
    );
}

/// A place name wrapped in a narrow cell (`Tân` | `Phú, ngày ...`): the word above the date
/// line begins the place.
#[test]
fn a_place_wrapped_above_its_date() {
    let doc = plan("", NATIONAL, MOTTO, "Tân\nPhú");
    assert_read(&doc, "Tân Phú");
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
    // A word apart from the date line, past a blank line, is not joined to it.
    let doc = plan("", NATIONAL, MOTTO, "Tân\n\nPhú");
    assert_eq!(doc.place.as_deref(), Some("Phú"));
    assert!(doc.unclassified.iter().any(|l| l.text == "Tân"));
}

/// A converter read the closing's two-column table row by row (docling): each row's
/// signature cell sits between two entries, before the next entry's bullet, and the
/// heading's row holds the authority; a doubled bullet leads the archive entry, and a
/// picture's mark (`<!-- image -->`) follows. The entries, the signature and the mark each
/// land where they belong.
#[test]
fn a_closing_table_read_row_by_row() {
    let text = "<!-- image -->\n\nỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 31/2024/QĐ-UBND\n\
                Hà Giang, ngày 9 tháng 7 năm 2024\nQUYẾT ĐỊNH\nBan hành quy chế quản lý chợ\n\
                Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ.\n\
                Điều 2. Quyết định có hiệu lực từ ngày ký./.\n\n\
                Nơi nhận: TM. ỦY BAN NHÂN DÂN - Bộ Công Thương; KT. CHỦ TỊCH\n\n\
                - Thường trực Tỉnh ủy;\n\
                - Thường trực HĐND tỉnh; PHÓ CHỦ TỊCH - Các sở, ban, ngành tỉnh;\n\
                - UBND các huyện, thành phố; Hoàng Văn Dũng - Báo Hà Giang;\n\
                - - Lưu: VT, KT.\n\n<!-- image -->\n";
    let doc = vanban::parse(text);
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        [
            "Bộ Công Thương",
            "Thường trực Tỉnh ủy",
            "Thường trực HĐND tỉnh",
            "Các sở, ban, ngành tỉnh",
            "UBND các huyện, thành phố",
            "Báo Hà Giang",
            "Lưu: VT, KT"
        ]
    );
    let sig = doc.signature.expect("a signature");
    assert_eq!(sig.chain, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Hoàng Văn Dũng"));
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    let marks: Vec<(&str, &str)> = (doc.unclassified.iter())
        .map(|u| (&*u.kind, u.text.as_str()))
        .collect();
    assert_eq!(
        marks,
        [
            ("page_marker", "<!-- image -->"),
            ("page_marker", "<!-- image -->")
        ]
    );
}

/// Not every `; X - ` in an entry is a signature's cell: an office written in title case
/// stays the entry's text, and the signature below is still the document's.
#[test]
fn an_office_in_title_case_is_no_signature_cell() {
    let text =
        "BỘ TÀI CHÍNH\nSố: 812/BTC-PC\nV/v góp ý dự thảo\nHà Nội, ngày 14 tháng 3 năm 2022\n\
                Kính gửi: Bộ Tư pháp.\nBộ Tài chính có ý kiến như sau./.\nNơi nhận:\n- Như trên;\n\
                - Bộ Công Thương; Văn Phòng Chính Phủ - Vụ Pháp chế;\n- Lưu: VT, PC.\n\
                KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐỗ Minh Tâm\n";
    let doc = vanban::parse(text);
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        [
            "Như trên",
            "Bộ Công Thương; Văn Phòng Chính Phủ - Vụ Pháp chế",
            "Lưu: VT, PC"
        ]
    );
    let sig = doc.signature.expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Đỗ Minh Tâm"));
    assert_eq!(sig.position.as_deref(), Some("THỨ TRƯỞNG"));

    // On the heading's line, only an authority opens a row read across.
    let text = text.replace(
        "Nơi nhận:\n- Như trên;\n- Bộ Công Thương; Văn Phòng Chính Phủ - Vụ Pháp chế;",
        "Nơi nhận: Bộ Công Thương - Vụ Pháp chế;",
    );
    let doc = vanban::parse(&text);
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Bộ Công Thương - Vụ Pháp chế", "Lưu: VT, PC"]);
}

/// A slash a converter left before the issuer's first line (`/ỦY BAN MTTQ VIỆT NAM`) is
/// passed: the line is still the issuer's, with the lines below it.
#[test]
fn a_slash_before_the_issuers_first_line() {
    let text = "/ỦY BAN MTTQ VIỆT NAM\nXÃ HÒA LỘC\nBAN THƯỜNG TRỰC\n\nSố: 07/KH-MTTQ-BTT\n\n\
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                Hòa Lộc, ngày 5 tháng 01 năm 2026\nKẾ HOẠCH\nTổ chức hội nghị hiệp thương\n";
    let doc = vanban::parse(text);
    let issuer = [doc.issuer.parent.as_deref(), doc.issuer.name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    assert_eq!(issuer, "ỦY BAN MTTQ VIỆT NAM XÃ HÒA LỘC BAN THƯỜNG TRỰC");
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// Letters a converter could not decode before an entry's bullet in `Nơi nhận` (`��� - Văn
/// phòng HĐND, UBND xã;`): the entry is read after them, the line's span kept whole.
#[test]
fn undecoded_letters_before_a_recipients_bullet() {
    let text = "ỦY BAN MTTQ VIỆT NAM\nXÃ TÂN PHÚ\nSố: 05/KH-MTTQ\n\
                Tân Phú, ngày 08 tháng 4 năm 2026\n\nKẾ HOẠCH\nTổ chức hội nghị\n\n\
                Ban Thường trực thực hiện./.\n\nNơi nhận:\n- Đảng ủy xã;\n\
                \u{FFFD}\u{FFFD}\u{FFFD} - Văn phòng HĐND, UBND xã;\n- Lưu: VT.\n\n\
                TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n\nNguyễn Văn An\n";
    let doc = vanban::parse(text);
    let entries: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        entries,
        ["Đảng ủy xã", "Văn phòng HĐND, UBND xã", "Lưu: VT"]
    );
    let s = doc.recipients[1].span;
    assert!(text[s.start..s.end].starts_with('\u{FFFD}'));
    assert!(doc
        .unclassified
        .iter()
        .all(|u| !u.text.contains("Văn phòng")));
}

/// Word's picture bullets, as printed (`➢ ❖ ■ ✓ ►`) or as the private-use code of their
/// Wingdings glyph that a PDF converter keeps (`U+F0D8` for ➢, `U+F076` for ❖, `U+F0FC` for
/// ✓): each opens an item under its section, as a dash does.
#[test]
fn word_picture_bullets_open_items() {
    for bullet in [
        "➢", "➤", "❖", "■", "✓", "✔", "►", "◆", "○", "❑", "\u{F0D8}", "\u{F076}", "\u{F0FC}",
        "\u{F06E}", "\u{F071}", "\u{F0A8}",
    ] {
        let doc = vanban::parse(&format!(
            "ỦY BAN NHÂN DÂN\nXÃ TÂN PHÚ\n\nSố: 12/KH-UBND\n\n{NATIONAL}\n{MOTTO}\n\n\
             Tân Phú, ngày 08 tháng 4 năm 2026\n\nKẾ HOẠCH\nPhòng chống thiên tai năm 2026\n\n\
             I. MỤC ĐÍCH\n{bullet} Chủ động ứng phó.\n{bullet} Giảm thiệt hại.\n\
             II. NỘI DUNG\n{bullet} Kiểm tra đê điều.\n\nNơi nhận:\n- Huyện ủy;\n- Lưu: VT.\n\n\
             TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐỗ Văn Tâm\n"
        ));
        let sections: Vec<(&str, Vec<&str>)> = doc
            .body
            .items
            .iter()
            .map(|i| {
                let texts = i.children.iter().map(|c| c.text.as_str()).collect();
                (i.label.as_str(), texts)
            })
            .collect();
        assert_eq!(
            sections,
            [
                ("I.", vec!["Chủ động ứng phó.", "Giảm thiệt hại."]),
                ("II.", vec!["Kiểm tra đê điều."]),
            ],
            "{bullet:?}"
        );
        assert_eq!(doc.body.items[0].children[0].label, bullet);
    }
}
