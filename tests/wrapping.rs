//! Hard-wrapped text (`pdftotext`, fixed-width exports): a wrap can bring a reference such as
//! `Điều 1` or a number to the start of a line. After a line cut in mid-sentence, such a
//! reference without its label punctuation continues the paragraph; a real label follows a
//! line that ends a sentence, or carries its dot.

use vanban::{Document, Item};

const DECISION: &str = "\
QUYẾT ĐỊNH
Về việc giảm tiền thuê đất năm 2022

Điều 1. Giảm 30% tiền thuê đất, thuê mặt nước của năm 2022 đối với tổ chức, đơn vị,
doanh nghiệp, hộ gia đình đang được Nhà nước cho thuê đất theo quy định tại khoản 2
Điều 1 Nghị định này và các văn bản hướng dẫn thi hành có liên quan đến việc thuê đất.
Điều 2. Bộ Tài chính trình Thủ tướng Chính phủ ban hành Quyết định quy định về việc
giảm tiền thuê đất, thuê mặt nước năm 2022 theo nội dung quy định tại khoản 1 và khoản
2 Điều 1 Quyết định này, bảo đảm đúng đối tượng, công khai và minh bạch trong thực hiện.
Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế các quy
định trước đây trái với Quyết định này.
";

fn top(doc: &Document) -> Vec<&str> {
    doc.body.items.iter().map(|i| i.label.as_str()).collect()
}

fn item<'d>(doc: &'d Document, label: &str) -> &'d Item {
    doc.body
        .items
        .iter()
        .find(|i| i.label == label)
        .unwrap_or_else(|| panic!("no item {label}: {:?}", top(doc)))
}

#[test]
fn a_wrapped_reference_continues_its_paragraph() {
    let doc = vanban::parse(DECISION);
    // `Điều 1 Nghị định này` and `2 Điều 1 Quyết định này` are references inside articles
    // 1 and 2, brought to the start of a line by the wrap.
    assert_eq!(top(&doc), ["Điều 1.", "Điều 2.", "Điều 3."]);
    assert!(item(&doc, "Điều 1.").children.is_empty());
    assert!(item(&doc, "Điều 1.")
        .text
        .contains("theo quy định tại khoản 2 Điều 1 Nghị định này và các văn bản"));
    assert!(item(&doc, "Điều 2.").children.is_empty());
    assert!(item(&doc, "Điều 2.")
        .text
        .contains("tại khoản 1 và khoản 2 Điều 1 Quyết định này, bảo đảm"));
}

#[test]
fn a_number_after_a_lead_in_stays_a_label() {
    // After a line ending with `:`, a number without its dot opens the list.
    let text = "THÔNG BÁO\n\nTổ chức thực hiện:\n1\n- Sở Y tế chủ trì.\n- Sở Tài chính bảo đảm kinh phí.\n";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["1"]);
    let dashes: Vec<&str> = doc.body.items[0]
        .children
        .iter()
        .map(|i| i.text.as_str())
        .collect();
    assert_eq!(
        dashes,
        ["Sở Y tế chủ trì.", "Sở Tài chính bảo đảm kinh phí."]
    );
}
