//! Short papers and forms: a giấy mời or giấy đi đường with no subject under its heading, a
//! form that goes on below its signature, a number left blank as dots, and a list closed by
//! parentheses under a numbered item. Each expectation is read off the text of the test.

/// A header over `heading` and `rest`.
fn paper(so: &str, heading: &str, rest: &str) -> vanban::Document {
    vanban::parse(&format!(
        "SỞ Y TẾ QUẢNG NAM\nTRUNG TÂM Y TẾ HUYỆN ĐẠI LỘC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n{so}\nĐại Lộc, ngày 14 tháng 3 năm 2019\n\n{heading}\n\n{rest}"
    ))
}

/// The first line under a giấy mời's heading is the body when it leads into it (`... trân
/// trọng kính mời:`) or ends with the end mark: such a paper has no subject.
#[test]
fn a_body_sentence_under_the_heading_is_no_subject() {
    for first in [
        "Trung tâm Y tế huyện trân trọng kính mời:",
        "Kính mời bà Nguyễn Thị Kim Oanh dự tập huấn ngày 18/3/2019./.",
    ] {
        let doc = paper(
            "Số: 37/GM-TTYT",
            "GIẤY MỜI",
            &format!("{first}\n\nGIÁM ĐỐC\n\nVõ Văn Sang\n"),
        );
        assert_eq!(doc.doc_type.name.as_deref(), Some("GIẤY MỜI"), "{first}");
        assert_eq!(doc.subject, None, "{first}");
        assert_eq!(doc.body.preamble[0].text, first);
    }
    // A subject line stays the subject.
    let doc = paper(
        "Số: 37/GM-TTYT",
        "GIẤY MỜI",
        "Dự tập huấn chăm sóc người bệnh\n\nKính mời bà Oanh dự./.\n",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("Dự tập huấn chăm sóc người bệnh")
    );
}

/// A giấy đi đường (a type of the older rules) signed after a sentence with its full stop,
/// and its form's lines after the signature: the signer is read, the lines are kept.
#[test]
fn a_travel_paper_signed_above_its_form() {
    let doc = paper(
        "Số: 37/GĐĐ-TTYT",
        "GIẤY ĐI ĐƯỜNG",
        "Cấp cho: Bà Nguyễn Thị Kim Oanh\nTừ ngày 18/3/2019 đến ngày 22/3/2019\n\
         Giấy này có giá trị hết ngày 22/3/2019.\n\n\
         GIÁM ĐỐC\n(Ký, ghi rõ họ tên, đóng dấu)\n\nVõ Văn Sang\n\n\
         Tiền trọ: ................. đồng\nNơi đến: Tam Kỳ, ngày 18/3/2019.\n",
    );
    assert_eq!(doc.doc_type.name.as_deref(), Some("GIẤY ĐI ĐƯỜNG"));
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("GIÁM ĐỐC"));
    assert_eq!(sig.name.as_deref(), Some("Võ Văn Sang"));
    let json = serde_json::to_string(&doc).expect("json");
    assert!(json.contains("Tiền trọ: ................. đồng"));
    // Without the full stop (mid-list), a position and a name are no signature.
    let doc = paper(
        "Số: 37/GĐĐ-TTYT",
        "GIẤY ĐI ĐƯỜNG",
        "Thành phần gồm\nGIÁM ĐỐC\nVõ Văn Sang\nvà các khoa, phòng\n",
    );
    assert!(doc.signature.is_none(), "{:?}", doc.signature);
}

/// A number left to fill in as dots or underscores: no number, the notation (and a year)
/// as printed, nothing of the line left over.
#[test]
fn a_number_left_blank_as_dots() {
    for (so, notation, year) in [
        ("Số: …../KH-UBND", "KH-UBND", None),
        ("Số: ...... /KH-UBND", "KH-UBND", None),
        ("Số: ____/KH-UBND", "KH-UBND", None),
        ("Số: ......./2024/QĐ-UBND", "QĐ-UBND", Some(2024)),
        ("Số:      /2024/QĐ-UBND", "QĐ-UBND", Some(2024)),
    ] {
        let doc = paper(
            so,
            "KẾ HOẠCH",
            "Tổ chức Tết trồng cây\n\nNội dung kế hoạch./.\n",
        );
        assert_eq!(doc.number.number, None, "{so}");
        assert_eq!(doc.number.notation.as_deref(), Some(notation), "{so}");
        assert_eq!(doc.number.year, year, "{so}");
        assert!(doc.unclassified.is_empty(), "{so}: {:?}", doc.unclassified);
    }
}

/// A list closed by parentheses (`1)`) under item `2.` is that item's; `3.` after it goes
/// back to the top. A `2)` that goes on from `1.` (a typist's slip) stays its sibling.
#[test]
fn a_parenthesised_list_under_a_numbered_item() {
    let doc = paper(
        "Số: 86/TTYT-HC",
        "V/v hướng dẫn chứng thực",
        "1. Về thẩm quyền chứng thực.\n2. Không chứng thực trong trường hợp sau:\n\
         1) Bản chính bị tẩy xóa.\n2) Bản chính bị hư hỏng.\n3. Tổ chức thực hiện./.\n",
    );
    let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(top, ["1.", "2.", "3."]);
    let under: Vec<&str> = doc.body.items[1]
        .children
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(under, ["1)", "2)"]);
    let doc = paper(
        "Số: 86/TTYT-HC",
        "V/v hướng dẫn chứng thực",
        "1. Về thẩm quyền chứng thực.\n2) Không chứng thực bản tẩy xóa.\n3. Tổ chức thực hiện./.\n",
    );
    let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(top, ["1.", "2)", "3."]);
}

/// Clauses numbered with Roman numerals in small letters (`(i)`, `(ii)`, `(iii)`, or `i)`,
/// `ii)`), as plans and resolutions print them: each is an item of its own under the item
/// above, not a wrapped line of the first.
#[test]
fn clauses_numbered_with_small_roman_numerals() {
    for labels in [
        ["(i)", "(ii)", "(iii)", "(iv)"],
        ["i)", "ii)", "iii)", "iv)"],
    ] {
        let rest = format!(
            "1. Mục đích.\n2. Yêu cầu:\n{} Bảo đảm tiến độ;\n{} Bảo đảm chất lượng;\n\
             {} Bảo đảm an toàn;\n{} Tiết kiệm chi phí.\n3. Tổ chức thực hiện./.\n",
            labels[0], labels[1], labels[2], labels[3]
        );
        let doc = paper(
            "Số: 86/KH-TTYT",
            "KẾ HOẠCH\nTriển khai chuyển đổi số",
            &rest,
        );
        let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(top, ["1.", "2.", "3."], "{labels:?}");
        let under: Vec<(&str, &str)> = doc.body.items[1]
            .children
            .iter()
            .map(|i| (i.label.as_str(), i.text.as_str()))
            .collect();
        assert_eq!(
            under,
            [
                (labels[0], "Bảo đảm tiến độ;"),
                (labels[1], "Bảo đảm chất lượng;"),
                (labels[2], "Bảo đảm an toàn;"),
                (labels[3], "Tiết kiệm chi phí."),
            ],
            "{labels:?}"
        );
    }
}
