//! Documents scraped from a government portal: the page's menu, breadcrumb and tools above
//! the document are kept aside, and the document is read from its own header. Each
//! expectation is read off the text of the test.

const DOCUMENT: &str = "\
ỦY BAN NHÂN DÂN
THỊ XÃ HƯƠNG TRÀ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 96/KH-UBND
Hương Trà, ngày 16 tháng 4 năm 2024

KẾ HOẠCH
Triển khai Tháng hành động vì an toàn thực phẩm năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về an toàn thực phẩm.
II. NỘI DUNG
Tổ chức kiểm tra các cơ sở kinh doanh thực phẩm./.
";

/// Fourteen lines of menu and page tools, more than a scan's debris ever takes.
const CHROME: &str = "\
Cổng thông tin điện tử thị xã Hương Trà
Đăng nhập | Sơ đồ cổng | English
Trang chủ
Giới thiệu
Tin tức - Sự kiện
Chính quyền
Văn bản
Dịch vụ công
Hỏi đáp
Liên hệ
Trang chủ » Văn bản » Văn bản chỉ đạo điều hành
Kế hoạch triển khai Tháng hành động vì an toàn thực phẩm năm 2024
Cập nhật lúc: 17/04/2024 15:32 | Lượt xem: 1.284
Chia sẻ In trang Cỡ chữ: A- A A+
";

/// The facts of `DOCUMENT`'s header, read from its own lines.
fn assert_reads_document(doc: &vanban::Document) {
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ")
    );
    assert_eq!(doc.number.number, Some(96));
    assert_eq!(doc.date.as_deref(), Some("2024-04-16"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("KẾ HOẠCH"));
}

#[test]
fn a_long_menu_above_the_header_is_kept_aside() {
    let text = format!("{CHROME}{DOCUMENT}");
    let doc = vanban::parse(&text);
    assert_reads_document(&doc);
    assert_eq!(doc.body.items.len(), 2);
    // Every menu line is kept, none read as the body.
    for line in CHROME.lines() {
        let kept = doc.unclassified.iter().chain(&doc.source.chrome);
        assert!(
            kept.clone().any(|l| l.text == line),
            "{line}: {:?}",
            doc.unclassified
        );
    }
}

/// Prose before the header that is not a menu (a sentence, a line wrapped from a paragraph)
/// is still the start of a document without a header of its own, when the header is far.
#[test]
fn prose_far_above_a_header_is_the_body() {
    let prose =
        "Thực hiện Công văn số 1520/STC-QLNS ngày 20/6/2024 của Sở Tài chính về việc báo cáo.\n";
    let text = format!("{prose}{}{DOCUMENT}", "Dòng chữ.\n".repeat(14));
    let doc = vanban::parse(&text);
    assert!(
        doc.body
            .preamble
            .iter()
            .any(|p| p.text.starts_with("Thực hiện Công văn")),
        "{:?}",
        doc.body.preamble
    );
}

/// Inline HTML tags a page's text kept (`<i>Nơi nhận:</i>`, `<b>`) are read as the
/// formatting they were: the heading still heads the list, the signer still signs, and
/// spans still point into the text as given.
#[test]
fn inline_html_tags_are_formatting() {
    let text = "Văn phòng trân trọng kính mời các thành phần đến dự họp./.\n\n\
                <i>Nơi nhận:</i>\tTL. CHỦ TỊCH\n\
                - Như thành phần mời;\t<b>KT. CHÁNH VĂN PHÒNG</b>\n\
                - CT, các PCT UBND tỉnh;\tPHÓ CHÁNH VĂN PHÒNG\n\
                - Lưu: VT, KT.\n\n\tLê Thị Thanh Thủy\n";
    let doc = vanban::parse(text);
    let names: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        names,
        ["Như thành phần mời", "CT, các PCT UBND tỉnh", "Lưu: VT, KT"]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.authority.as_deref(), Some("TL"));
    assert_eq!(sig.chain, ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG"]);
    assert_eq!(sig.name.as_deref(), Some("Lê Thị Thanh Thủy"));
    let span = doc.spans["signature.name"];
    assert_eq!(&text[span.start..span.end], "Lê Thị Thanh Thủy");
}

/// A legal-text site prints the document's title in capitals as the page's title, number
/// and year in it, and its own name over the breadcrumb. Neither is the document's: the
/// title is no type heading with a subject, the site's name no parent body of the issuer.
#[test]
fn a_page_title_in_capitals_and_the_sites_name_are_the_pages() {
    for page in [
        "KẾ HOẠCH 96/KH-UBND NĂM 2024 TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM\n\
         Cơ quan ban hành: UBND thị xã Hương Trà | Số hiệu: 96/KH-UBND | Loại văn bản: Kế hoạch\n",
        "CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG TRÀ\nTrang chủ > Văn bản > Kế hoạch\n",
    ] {
        let text = format!("{page}{DOCUMENT}");
        let doc = vanban::parse(&text);
        assert_eq!(doc.issuer.parent, None, "{page}");
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some("ỦY BAN NHÂN DÂN THỊ XÃ HƯƠNG TRÀ"),
            "{page}"
        );
        assert_eq!(doc.number.number, Some(96), "{page}");
        assert_eq!(doc.date.as_deref(), Some("2024-04-16"), "{page}");
        assert_eq!(doc.doc_type.name.as_deref(), Some("KẾ HOẠCH"), "{page}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("Triển khai Tháng hành động vì an toàn thực phẩm năm 2024"),
            "{page}"
        );
        // The page's lines are kept.
        for line in page.lines() {
            let kept = doc.unclassified.iter().chain(&doc.source.chrome);
            assert!(kept.clone().any(|l| l.text == line), "{line}");
        }
    }
}

/// A legal portal's page as markdown: long link lines (logo, breadcrumb, downloads), its
/// title naming the document by type and number, a table of the document's facts and a
/// spaced rule (`* * *`) above the header, with a rule escaped dash by dash (`\-\-\-`) under
/// the issuer. All are the page's; the document is read from its own header.
#[test]
fn a_portal_table_of_facts_and_links_above_the_header() {
    let page = "\
[![Logo](https://vanban.example.vn/static/logo.svg)](https://vanban.example.vn/)

[Trang chủ](https://vanban.example.vn/) » [Văn bản](https://vanban.example.vn/van-ban) » [Kế hoạch](https://vanban.example.vn/van-ban/ke-hoach) » Kế hoạch 96/KH-UBND

# Kế hoạch 96/KH-UBND năm 2024 triển khai Tháng hành động vì an toàn thực phẩm do thị xã Hương Trà ban hành

[Tải văn bản (.docx)](https://vanban.example.vn/tai/96.docx) | [Tải PDF](https://vanban.example.vn/tai/96.pdf) | [Văn bản liên quan](#lien-quan)

| | |
|---|---|
| **Số hiệu:** | 96/KH-UBND |
| **Loại văn bản:** | Kế hoạch |
| **Nơi ban hành:** | Thị xã Hương Trà |
| **Ngày ban hành:** | 16/04/2024 |
| **Hiệu lực:** | Còn hiệu lực |

* * *

![](https://vanban.example.vn/uploads/quoc-huy.png)

";
    let text = format!(
        "{page}{}",
        DOCUMENT.replacen("-------", "\\-\\-\\-\\-\\-\\-\\-", 1)
    );
    let doc = vanban::parse(&text);
    assert_reads_document(&doc);
    assert_eq!(
        doc.subject.as_deref(),
        Some("Triển khai Tháng hành động vì an toàn thực phẩm năm 2024")
    );
    // The page's lines are kept, aside from the document: down to its table of facts as
    // the page's chrome, and what is left above the header as lines before it.
    let aside: Vec<&str> = doc
        .unclassified
        .iter()
        .filter(|u| u.kind == "before_header")
        .chain(&doc.source.chrome)
        .map(|u| u.text.as_str())
        .collect();
    assert!(
        aside.iter().any(|t| t.starts_with("[Trang chủ]")),
        "{aside:?}"
    );
    assert!(aside.iter().any(|t| t.contains("Số hiệu:")), "{aside:?}");
    assert!(
        aside
            .iter()
            .any(|t| t.starts_with("Kế hoạch 96/KH-UBND năm 2024")),
        "{aside:?}"
    );
}

/// A legal site's crawler prints the page's title and the header's first cell on one line
/// (`Công văn ... ban hành. BỘ Y TẾ -------`), and may put the parent, the issuer and the
/// national name there too: the header is read after the title's full stop, and the title
/// is kept aside.
#[test]
fn a_sites_title_glued_before_the_header() {
    let title =
        "Công văn 4471/BCT-XNK năm 2022 về thủ tục xuất khẩu gạo do Bộ Công Thương ban hành.";
    for (first, second, issuer) in [
        (
            "BỘ CÔNG THƯƠNG -------",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------",
            "BỘ CÔNG THƯƠNG",
        ),
        (
            "BỘ CÔNG THƯƠNG CỤC XUẤT NHẬP KHẨU ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -----",
            "",
            "CỤC XUẤT NHẬP KHẨU",
        ),
    ] {
        let text = format!(
            "{title} {first}\n{second}\n\
             Số: 4471/BCT-XNK V/v thủ tục xuất khẩu gạo\n\
             Hà Nội, ngày 09 tháng 8 năm 2022 Kính gửi: Các thương nhân xuất khẩu gạo.\n\
             Bộ Công Thương hướng dẫn như sau:\n\
             1. Hồ sơ nộp qua cổng dịch vụ công.\n\
             2. Thời hạn giải quyết là 05 ngày làm việc./.\n\
             Nơi nhận:\n- Như trên;\n- Lưu: VT, XNK.\n\
             KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Minh Khoa\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.issuer.name.as_deref(), Some(issuer), "{first}");
        assert_eq!(doc.number.number, Some(4471));
        assert_eq!(doc.place.as_deref(), Some("Hà Nội"));
        assert_eq!(doc.date.as_deref(), Some("2022-08-09"));
        assert_eq!(doc.body.items.len(), 2);
        let title = title.trim_end_matches('.');
        assert!(
            doc.unclassified.iter().any(|l| l.text.starts_with(title)),
            "{:?}",
            doc.unclassified
        );
    }
}

/// A crawler that repeats the site's title before each article (`Quyết định ... ban hành.
/// Điều 2. ...`): each is still an article, its text from the label on.
#[test]
fn articles_after_a_repeated_site_title() {
    let title = "Quyết định 808/QĐ-BTP năm 2023 về quy chế tiếp công dân do Bộ Tư pháp ban hành.";
    let text = format!(
        "BỘ TƯ PHÁP -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\
         Số: 808/QĐ-BTP Hà Nội, ngày 02 tháng 6 năm 2023\n\
         QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN\nBỘ TRƯỞNG BỘ TƯ PHÁP\n\
         Căn cứ Luật Tiếp công dân;\nQUYẾT ĐỊNH:\n\
         {title} Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\n\
         {title} Điều 2. Quyết định này có hiệu lực từ ngày ký.\n\
         {title} Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./.\n\
         Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VP.\nBỘ TRƯỞNG Lê Thành Long\n"
    );
    let doc = vanban::parse(&text);
    let articles: Vec<(&str, &str)> = doc
        .body
        .items
        .iter()
        .map(|i| (i.label.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(
        articles,
        [
            (
                "Điều 1.",
                "Ban hành kèm theo Quyết định này Quy chế tiếp công dân."
            ),
            ("Điều 2.", "Quyết định này có hiệu lực từ ngày ký."),
            (
                "Điều 3.",
                "Chánh Văn phòng Bộ chịu trách nhiệm thi hành Quyết định này./."
            ),
        ]
    );
}

/// A bold mark that a crawler left alone on its line (`**`) above the header is the page's,
/// not the Party's star: the header below it is read.
#[test]
fn a_lone_bold_mark_above_the_header() {
    let text = "\
Trang văn bản của cổng thông tin
**
Nội dung được cập nhật từ nguồn công khai.
ỦY BAN NHÂN DÂN
TỈNH KON TUM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 512/QĐ-UBND
Kon Tum, ngày 11 tháng 7 năm 2024
QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính
Điều 1. Công bố danh mục thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Ngọc
";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    );
    assert_eq!(doc.number.number, Some(512));
    assert_eq!(doc.date.as_deref(), Some("2024-07-11"));
    assert_eq!(doc.body.items.len(), 2);
    assert!(
        doc.unclassified
            .iter()
            .any(|l| l.kind == "before_header" && l.text == "**"),
        "{:?}",
        doc.unclassified
    );
}

/// A legal portal's page dumped whole: a notice in capitals, then the document's facts as a
/// table printed one cell per line (`Số hiệu:` | `|` | `512/QĐ-UBND` ...), then the header
/// far below; after the signature, the page names the document again and lists related
/// ones. The facts and the notice are the page's, not the header's; the header is read from
/// its own lines, and the footer is the page's too, not an attachment.
#[test]
fn a_portal_page_with_its_facts_one_cell_per_line() {
    let mut facts = String::new();
    for (field, value) in [
        ("Số hiệu", "512/QĐ-UBND"),
        ("Loại văn bản", "Quyết định"),
        ("Nơi ban hành", "Tỉnh Kon Tum"),
        ("Người ký", "Y Ngọc"),
        ("Ngày ban hành", "11/07/2024"),
        ("Ngày hiệu lực", "Đã biết"),
        ("Tình trạng", "Đã biết"),
    ] {
        facts.push_str(&format!("|\n**{field}:**\n|\n{value}\n|\n"));
    }
    let page = format!(
        "**\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\n\
         Các nội dung của văn bản này được văn bản khác thay đổi sẽ được làm nổi bật bằng\n\
         các màu sắc:\nClick vào phần bôi vàng để xem chi tiết.\n|\n|\nĐang tải văn bản...\n\
         {facts}|\n\
         **ỦY BAN NHÂN\nDÂN**\n**TỈNH KON TUM**\n--------\n|\n\
         **CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n---------------\n|\n\
         Số: 512/QĐ-UBND\n|\n*Kon Tum, ngày 11 tháng 7 năm 2024*\n|\n\
         **QUYẾT ĐỊNH**\nVỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nLĨNH VỰC NÔNG NGHIỆP\n\
         **ỦY BAN NHÂN DÂN TỈNH KON TUM**\n\
         *Căn cứ Luật Tổ chức chính quyền địa phương;*\n**QUYẾT ĐỊNH:**\n\
         **Điều 1. **Công bố danh mục thủ tục hành chính.\n\
         **Điều 2. **Quyết định này có hiệu lực kể từ ngày ký./.\n|\n\
         *Nơi nhận:*\n- Như Điều 2;\n- Lưu: VT.\n|\n\
         **TM. ỦY BAN NHÂN DÂN**\n**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Y Ngọc**\n|\n\
         Quyết định 512/QĐ-UBND năm 2024 công bố danh mục thủ tục hành chính do tỉnh Kon Tum ban hành\n\
         Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n01/07/2024\n\
         Tình trạng: Đã biết\n"
    );
    let doc = vanban::parse(&page);
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    );
    assert_eq!(doc.doc_type.name.as_deref(), Some("QUYẾT ĐỊNH"));
    assert_eq!(doc.number.number, Some(512));
    assert_eq!(doc.number.notation.as_deref(), Some("QĐ-UBND"));
    assert_eq!(doc.place.as_deref(), Some("Kon Tum"));
    assert_eq!(doc.date.as_deref(), Some("2024-07-11"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH LĨNH VỰC NÔNG NGHIỆP")
    );
    assert_eq!(
        doc.body.authority.as_ref().map(|p| p.text.as_str()),
        Some("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    );
    assert_eq!(doc.body.items.len(), 2);
    assert_eq!(doc.recipients.len(), 2);
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Y Ngọc")
    );
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    let chrome: Vec<&str> = doc.source.chrome.iter().map(|l| l.text.as_str()).collect();
    for line in [
        "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN",
        "Số hiệu:",
        "Tình trạng:",
        "Văn bản này chưa cập nhật nội dung Tiếng Anh",
        "Văn bản liên quan",
    ] {
        assert!(chrome.contains(&line), "{line}: {chrome:?}");
    }
}

/// A legal site's notes in brackets around an old decree's subject on its heading's line
/// (`NGHỊ ĐỊNH [Nghị định này được hướng dẫn bởi ...] CỦA CHÍNH PHỦ ... [...]`) are not the
/// subject; they stay in the output as the line's rest. A reference mark (`[1]`) is no note.
#[test]
fn a_sites_bracketed_notes_around_the_subject() {
    let note = "[Nghị định này được hướng dẫn bởi Thông tư 12-TT năm 1996]";
    let text = format!(
        "CHÍNH PHỦ ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\
         Số: 47-CP\nHà Nội, ngày 18 tháng 3 năm 1996\n\
         NGHỊ ĐỊNH {note} CỦA CHÍNH PHỦ SỐ 47-CP VỀ QUẢN LÝ BẾN ĐÒ NGANG {note}\n\
         CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;\nNGHỊ ĐỊNH:\n\
         Điều 1.- Bến đò ngang là nơi đón, trả khách qua sông.\n"
    );
    let doc = vanban::parse(&text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("CỦA CHÍNH PHỦ SỐ 47-CP VỀ QUẢN LÝ BẾN ĐÒ NGANG")
    );
    let rests: Vec<&str> = (doc.unclassified.iter())
        .filter(|u| u.kind == "line_rest")
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(rests, [note, note]);

    let doc = vanban::parse(
        "BỘ Y TẾ\nSố: 12/QĐ-BYT\nHà Nội, ngày 2 tháng 3 năm 2020\n\
         QUYẾT ĐỊNH Về việc ban hành hướng dẫn [1]\nĐiều 1. Ban hành hướng dẫn.\n",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("Về việc ban hành hướng dẫn [1]")
    );
}
