//! Page furniture in text exported page by page (`pdftotext`): a form feed starts each page
//! and the page number is a line of its own, at the top or the bottom of a page. The number
//! is kept aside (`unclassified`, kind `page_number`), never read as an item or a recipient.

use vanban::Document;

/// A short công văn whose `Nơi nhận` list and body each run over a page break; `{break}` is
/// replaced by the page furniture under test.
const DOC: &str = "\
ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/UBND-VX
Hà Giang, ngày 02 tháng 11 năm 2023
V/v tăng cường công tác y tế

Kính gửi: Sở Y tế.

1. Rà soát các cơ sở khám bệnh.
{break1}2. Báo cáo kết quả trước ngày 20/11/2023.

Nơi nhận:
- Như trên;
- Chủ tịch UBND tỉnh;
{break2}- Sở Tài chính;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lương Văn Hùng
";

fn parse(break1: &str, break2: &str) -> (String, Document) {
    let text = DOC.replace("{break1}", break1).replace("{break2}", break2);
    let doc = vanban::parse(&text);
    (text, doc)
}

fn recipients(doc: &Document) -> Vec<&str> {
    doc.recipients.iter().map(|r| r.text.as_str()).collect()
}

/// The page numbers kept aside, as printed.
fn page_numbers<'t>(text: &'t str, doc: &Document) -> Vec<&'t str> {
    doc.unclassified
        .iter()
        .filter(|l| l.kind == "page_number")
        .map(|l| &text[l.span.start..l.span.end])
        .collect()
}

fn check(break1: &str, break2: &str) {
    let (text, doc) = parse(break1, break2);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1.", "2."], "{break1:?} {break2:?}");
    assert_eq!(
        recipients(&doc),
        ["Như trên", "Chủ tịch UBND tỉnh", "Sở Tài chính", "Lưu: VT"],
        "{break1:?} {break2:?}"
    );
    assert_eq!(
        page_numbers(&text, &doc),
        ["1", "2"],
        "{break1:?} {break2:?}"
    );
}

#[test]
fn without_pages_the_document_reads_as_expected() {
    let (_, doc) = parse("", "");
    assert_eq!(doc.body.items.len(), 2);
    assert_eq!(doc.recipients.len(), 4);
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

#[test]
fn page_number_at_the_top_of_a_page() {
    check("\x0c1\n", "\x0c2\n");
}

#[test]
fn page_number_at_the_bottom_of_a_page() {
    check("\n1\n\x0c", "\n2\n\x0c");
}

#[test]
fn page_number_at_the_bottom_with_the_form_feed_on_a_blank_line() {
    check("\n1\n\x0c\n", "\n2\n\x0c\n");
}

#[test]
fn page_number_of_an_indented_text_with_the_form_feed_after_the_indent() {
    check("    \x0c1\n", "        \x0c2\n");
}

/// A công văn's header and body, for the closings below.
const LETTER: &str = "\
ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 15/UBND-VX
V/v tăng cường công tác y tế

Kính gửi: Sở Y tế.

Đề nghị Sở Y tế rà soát các cơ sở khám bệnh./.

";

#[test]
fn a_page_marker_inside_the_recipient_list_does_not_end_it() {
    // The signature column is glued after the first entries (a two-column layout read row
    // by row), so the signer's name comes before the page ends.
    let text = &format!(
        "{LETTER}\
Nơi nhận:
- Như trên; KT. CHỦ TỊCH
- Chủ tịch UBND tỉnh; PHÓ CHỦ TỊCH
- Sở Tài chính; Lương Văn Hùng
Trang 1/2
\x0c- Sở Nội vụ;
- Lưu: VT.
"
    );
    let doc = vanban::parse(text);
    assert_eq!(
        recipients(&doc),
        [
            "Như trên",
            "Chủ tịch UBND tỉnh",
            "Sở Tài chính",
            "Sở Nội vụ",
            "Lưu: VT"
        ]
    );
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Lương Văn Hùng")
    );
    let marker: Vec<&str> = doc
        .unclassified
        .iter()
        .filter(|l| l.kind == "page_marker")
        .map(|l| &text[l.span.start..l.span.end])
        .collect();
    assert_eq!(marker, ["Trang 1/2"]);
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
}

/// A converter's page-break marker and the next page's number (`--- PAGE BREAK ---`, `---
/// PAGE 2 ---`) inside the recipient list: the list goes on past them.
#[test]
fn a_converters_page_number_inside_the_recipient_list() {
    let text = &format!(
        "{LETTER}\
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nơi nhận:
- Như trên;
- Sở Tài chính; Lương Văn Hùng

--- PAGE BREAK ---

--- PAGE 2 ---
- Sở Nội vụ;
- Lưu: VT.
"
    );
    let doc = vanban::parse(text);
    assert_eq!(
        recipients(&doc),
        ["Như trên", "Sở Tài chính", "Sở Nội vụ", "Lưu: VT"]
    );
    assert!(
        doc.unclassified
            .iter()
            .any(|l| l.kind == "page_marker" && l.text == "--- PAGE 2 ---"),
        "{:?}",
        doc.unclassified
    );
}

/// The page markers kept aside, as printed.
fn page_markers<'t>(text: &'t str, doc: &Document) -> Vec<&'t str> {
    doc.unclassified
        .iter()
        .filter(|l| l.kind == "page_marker")
        .map(|l| &text[l.span.start..l.span.end])
        .collect()
}

#[test]
fn a_page_number_between_dashes_is_a_page_marker() {
    for (m1, m2) in [
        ("- 1 -", "- 2 -"),
        ("- Trang 1 -", "- Trang 2 -"),
        ("-1-", "-2-"),
    ] {
        let (text, doc) = parse(&format!("{m1}\n\x0c"), &format!("{m2}\n\x0c"));
        let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["1.", "2."], "{m1}");
        // Item 1 has no child item `1 -`.
        assert!(doc.body.items[0].children.is_empty(), "{m1}");
        assert_eq!(doc.recipients.len(), 4, "{m1}");
        assert_eq!(page_markers(&text, &doc), [m1, m2]);
    }
}

#[test]
fn debris_read_as_a_label_above_the_header_does_not_hide_it() {
    // A stamp's or a scan's mark on the first line, which OCR read as a bullet or a label.
    // ` - Be Xa -`: a round stamp's words read as a bullet line. A recipient line moved to
    // the top is also no body start.
    for first in [
        "~",
        "+",
        "-",
        "•",
        "1.",
        "a)",
        "~ | (*) .",
        "- 1 -",
        " - Be Xa -",
        "- Công an tỉnh;",
    ] {
        let text = format!(
            "{first}\n{}",
            DOC.replace("{break1}", "").replace("{break2}", "")
        );
        let doc = vanban::parse(&text);
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
            "{first}"
        );
        assert_eq!(doc.number.number, Some(15), "{first}");
        assert_eq!(doc.date.as_deref(), Some("2023-11-02"), "{first}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("tăng cường công tác y tế"),
            "{first}"
        );
        assert_eq!(doc.body.items.len(), 2, "{first}");
        // The debris is kept aside.
        assert!(
            doc.unclassified
                .iter()
                .any(|l| &text[l.span.start..l.span.end] == first.trim()),
            "{first}: {:?}",
            doc.unclassified
        );
    }
}

/// Text that lost its form feeds (pdftotext to one stream, a copy from a viewer): the page
/// number is still set apart, by a blank line on either side or by being printed far to the
/// right, and is no item. Between items it would be a third top-level item `1`.
#[test]
fn page_number_without_a_form_feed_between_items() {
    for page in [
        "\n1\n\n",
        "\n1\n",
        "                                        1\n",
    ] {
        let text = DOC.replace("{break1}", page).replace("{break2}", "");
        let doc = vanban::parse(&text);
        let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["1.", "2."], "{page:?}");
        assert_eq!(page_numbers(&text, &doc), ["1"], "{page:?}");
    }
}

/// A number alone on its line right above its text, with no blank line between them, is a
/// label (web pages print a table's numbers so: `1` | `- Sở Y tế ...`).
#[test]
fn a_number_alone_right_above_its_text_is_a_label() {
    let text = DOC
        .replace("1. Rà soát", "1\n- Rà soát")
        .replace("{break1}", "")
        .replace("{break2}", "");
    let doc = vanban::parse(&text);
    assert_eq!(doc.body.items[0].label, "1");
    assert!(page_numbers(&text, &doc).is_empty());
}

/// A page number that lost its form feed and its indentation too (text copied from a PDF
/// viewer) and stands right above a line of text: it repeats a number the list has used and
/// does not follow its last one (`2` under `3.`), so it is no label.
#[test]
fn a_bare_number_going_back_in_the_list_is_a_page_number() {
    let text = DOC
        .replace(
            "{break1}",
            "3. Phân công nhiệm vụ:\n2\n- Giao Sở Tài chính bố trí kinh phí.\n",
        )
        .replace("2. Báo cáo", "4. Báo cáo")
        .replace("{break2}", "");
    let text = text.replace(
        "1. Rà soát các cơ sở khám bệnh.\n",
        "1. Rà soát.\n2. Kiểm tra.\n",
    );
    let doc = vanban::parse(&text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1.", "2.", "3.", "4."]);
    assert_eq!(page_numbers(&text, &doc), ["2"]);
    let third = &doc.body.items[2];
    assert_eq!(third.children.len(), 1);
    assert_eq!(third.children[0].text, "Giao Sở Tài chính bố trí kinh phí.");
}

/// Each section numbers its own list from `1` again: a bare number of the second section's
/// list is judged against that list only (`3` there, after `1.`, is a label even though the
/// first section used `3.`).
#[test]
fn a_bare_number_is_judged_against_its_own_sections_list() {
    let text = DOC
        .replace(
            "1. Rà soát các cơ sở khám bệnh.\n",
            "I. Y tế\n1. Rà soát các cơ sở.\n2. Kiểm tra thuốc.\n3. Tập huấn.\n\
             II. Giáo dục\n1. Rà soát trường học.\n3\n- Kiểm tra bếp ăn.\n",
        )
        .replace("{break1}2. Báo cáo", "III. Báo cáo")
        .replace("{break2}", "");
    let doc = vanban::parse(&text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["I.", "II.", "III."]);
    let second: Vec<&str> = doc.body.items[1]
        .children
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(second, ["1.", "3"]);
    assert!(page_numbers(&text, &doc).is_empty());
}
