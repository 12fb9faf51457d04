//! Documents converted to markdown (pandoc, docling): bold and italic marks, and the
//! backslash escapes pandoc writes before a label's full stop or a bullet's dash so that
//! they stay text (`1\.`, `\-`). Each expectation is read off the text of the test.

const DOC: &str = "\
**ỦY BAN NHÂN DÂN QUẬN HẢI AN**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

Số: 1875/UBND-TNMT

*Hải An, ngày 03 tháng 8 năm 2023*

V/v tăng cường quản lý trật tự xây dựng

Chủ tịch Ủy ban nhân dân quận yêu cầu:

1\\. Ủy ban nhân dân các phường kiểm tra, xử lý vi phạm.

2\\. Phòng Quản lý đô thị quận kiểm tra định kỳ./.

**Nơi nhận:**

\\- Như trên;

\\- Lưu: VT.

**KT. CHỦ TỊCH**

**PHÓ CHỦ TỊCH**

**Đỗ Mạnh Cường**
";

#[test]
fn escaped_labels_and_bullets_are_labels_and_bullets() {
    let doc = vanban::parse(DOC);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1.", "2."]);
    assert_eq!(
        doc.body.items[0].text,
        "Ủy ban nhân dân các phường kiểm tra, xử lý vi phạm."
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Lưu: VT"]);
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.name.as_deref(), Some("Đỗ Mạnh Cường"));
    assert_eq!(doc.number.number, Some(1875));
    assert_eq!(doc.date.as_deref(), Some("2023-08-03"));
}

/// The closing as a table of two columns over several rows: the `Nơi nhận` list in the
/// first cells (its heading bold and italic), the signature in the second. Every row is read
/// cell by cell, not only the first.
#[test]
fn a_closing_table_of_several_rows() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN QUẬN HẢI AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 1875/UBND-TNMT\nHải An, ngày 03 tháng 8 năm 2023\n\
         V/v tăng cường quản lý trật tự xây dựng\n\n\
         Yêu cầu các phường nghiêm túc triển khai thực hiện./.\n\n\
         | ***Nơi nhận:*** | **KT. CHỦ TỊCH** |\n|---|---|\n\
         | - Như trên; | **PHÓ CHỦ TỊCH** |\n\
         | - Phòng Quản lý đô thị; |  |\n\
         | - Lưu: VT, TNMT. | **Đỗ Mạnh Cường** |\n",
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        ["Như trên", "Phòng Quản lý đô thị", "Lưu: VT, TNMT"]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.authority.as_deref(), Some("KT"));
    assert_eq!(sig.position.as_deref(), Some("PHÓ CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Đỗ Mạnh Cường"));
}

/// html2text's habits: italics and bold by underscores around a whole line (`_Cần Thơ, ngày
/// ..._`, `**_Nơi nhận:_**`), a rule escaped at its first dash and joined to the national
/// name's cell (`\-------| CỘNG HÒA ...`), and a bold run closed just before `<br>`.
/// Underscores inside a line, or three and more (a blank to fill in), stay as printed.
#[test]
fn html2text_underscores_and_an_escaped_rule() {
    // The place and date on a line of its own, or in the number's row after a cell border.
    for row in [
        "Số: 05/CT-UBND\n_Cần Thơ, ngày 18 tháng 5 năm 2020_",
        "Số: 05/CT-UBND| _Cần Thơ, ngày 18 tháng 5 năm 2020_",
    ] {
        closing_and_header(row);
    }
}

fn closing_and_header(row: &str) {
    let doc = vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\\-------| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n{row}\n\n\
         CHỈ THỊ\nVề tăng cường công tác phòng, chống thiên tai\n\n\
         1. Các sở thực hiện theo mẫu số_01 và điền vào ô ______.\n\n\
         **_Nơi nhận:_**<br>- Văn phòng Chính phủ;<br>- UBND quận, huyện;<br>- Lưu: VT, KT.\n\n\
         **CHỦ TỊCH**<br>**Lê Quang Trung**\n",
    ));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
    );
    assert_eq!(doc.number.number, Some(5));
    assert_eq!(doc.number.notation.as_deref(), Some("CT-UBND"));
    assert_eq!(doc.place.as_deref(), Some("Cần Thơ"), "{row}");
    assert_eq!(doc.date.as_deref(), Some("2020-05-18"), "{row}");
    assert_eq!(doc.doc_type.name.as_deref(), Some("CHỈ THỊ"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Về tăng cường công tác phòng, chống thiên tai")
    );
    assert_eq!(
        doc.body.items[0].text,
        "Các sở thực hiện theo mẫu số_01 và điền vào ô ______."
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        ["Văn phòng Chính phủ", "UBND quận, huyện", "Lưu: VT, KT"]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.position.as_deref(), Some("CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Lê Quang Trung"));
    assert!(doc.unclassified.is_empty(), "{row}: {:?}", doc.unclassified);
}

/// A page converted with its HTML layout kept (`<div align="center">`, `</div>`, `<hr
/// style=...>`) around a header in a markdown table, with the table's empty first row and
/// its border row: the layout tags are no text, so the header goes on past them to the
/// number, date and `V/v` in the table. The signer's name, a `---` under it and the `Nơi
/// nhận` list after it: the rule starts no attachment, the list is the closing's.
#[test]
fn html_layout_around_the_header_and_a_rule_above_the_list() {
    let text = "\
<div style=\"display: flex; justify-content: space-between;\">
<div>
SỞ Y TẾ TỈNH AN GIANG<br>
BỆNH VIỆN ĐA KHOA KHU VỰC TÂN CHÂU
</div>
<div style=\"text-align: center;\">
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
Độc lập - Tự do - Hạnh phúc
<hr style=\"width: 50%; margin: auto;\">
</div>
</div>

| | |
| :-- | --: |
| Số: 214/BVĐK-KHTH | *Tân Châu, ngày 12 tháng 03 năm 2024* |
| V/v cử cán bộ tham dự tập huấn | |

Kính gửi: Sở Y tế tỉnh An Giang

Bệnh viện cử 02 cán bộ tham dự lớp tập huấn./.

<div style=\"text-align: center;\">
GIÁM ĐỐC<br>
Lê Văn Phúc
</div>

---

***Nơi nhận:***
- Như trên;
- Lưu: VT, KHTH.
";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("BỆNH VIỆN ĐA KHOA KHU VỰC TÂN CHÂU")
    );
    assert_eq!(doc.number.number, Some(214));
    assert_eq!(doc.number.notation.as_deref(), Some("BVĐK-KHTH"));
    assert_eq!(doc.place.as_deref(), Some("Tân Châu"));
    assert_eq!(doc.date.as_deref(), Some("2024-03-12"));
    assert_eq!(doc.subject.as_deref(), Some("cử cán bộ tham dự tập huấn"));
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Lưu: VT, KHTH"]);
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Lê Văn Phúc")
    );
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    assert!(
        !doc.unclassified.iter().any(|l| l.text.contains("div")),
        "{:?}",
        doc.unclassified
    );
}

/// Pandoc's tables as a Word file's two columns come out of it: a simple table for the
/// header whose cells end in pandoc's hard line break (`\` at a line's or a cell's end), and
/// a multiline table whose left cells wrap the recipients while the right cells hold the
/// signature beside them, after a column gap and no punctuation (`- Các chi bộ, đảng bộ
/// trực      BÍ THƯ\`). The wrapped entry goes on past the signature column's piece.
#[test]
fn pandoc_tables_with_hard_line_breaks_around_header_and_closing() {
    let doc = vanban::parse(
        "  -------------------------------- --------------------------------------\n\
         \x20   **ĐẢNG ỦY XÃ TÂN PHÚ\\              **ĐẢNG CỘNG SẢN VIỆT NAM\\\n\
         \x20               \\***                  \\-\\-\\-\\-\\-\\-\\-\\-\\-\\-\\--**\n\
         \n\
         \x20           Số 21-NQ/ĐU              *Tân Phú, ngày 09 tháng 4 năm 2025*\n\
         \x20 -------------------------------- --------------------------------------\n\
         \n\
         **NGHỊ QUYẾT**\n\
         \n\
         VỀ PHÁT TRIỂN ĐẢNG VIÊN MỚI NĂM 2025\n\
         \n\
         **1. **Kết nạp ít nhất mười đảng viên mới trong năm.\n\
         \n\
         **2.** Giao Ban Xây dựng Đảng theo dõi, hướng dẫn các chi bộ.\n\
         \n\
         \x20 ----------------------------------- -----------------------------------\n\
         \x20 ***Nơi nhận:\\***                     **T/M BAN THƯỜNG VỤ\\**\n\
         \x20 - Các chi bộ, đảng bộ trực                     BÍ THƯ\\\n\
         \x20 thuộc,\\                                          **\\\n\
         \x20 - Các đồng chí đảng ủy viên,\\                   \\\n\
         \x20 - Lưu Văn phòng Đảng ủy.                      Trần Văn Hải**\n\
         \n\
         \x20 ----------------------------------- -----------------------------------\n",
    );
    assert_eq!(doc.issuer.name.as_deref(), Some("ĐẢNG ỦY XÃ TÂN PHÚ"));
    assert_eq!(
        doc.header.as_ref().and_then(|h| h.name.as_deref()),
        Some("ĐẢNG CỘNG SẢN VIỆT NAM")
    );
    assert_eq!(doc.number.number, Some(21));
    assert_eq!(doc.place.as_deref(), Some("Tân Phú"));
    assert_eq!(doc.date.as_deref(), Some("2025-04-09"));
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        [
            "Các chi bộ, đảng bộ trực thuộc",
            "Các đồng chí đảng ủy viên",
            "Lưu Văn phòng Đảng ủy"
        ]
    );
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.authority.as_deref(), Some("TM"));
    assert_eq!(sig.position.as_deref(), Some("BÍ THƯ"));
    assert_eq!(sig.name.as_deref(), Some("Trần Văn Hải"));
}

/// A pandoc grid table for the closing: its top border holds the alignment colons
/// (`+-----+:-----:+`), and the left cell of the first row is empty but for emphasis marks
/// (`*** ***`) beside the signature's authority. The border is a rule, not the last
/// article's text, and the authority is read.
#[test]
fn pandoc_grid_table_with_an_empty_emphasised_cell_beside_the_authority() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN TỈNH AN HÒA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nSố: 77/QĐ-UBND\nAn Hòa, ngày 02 tháng 6 năm 2024\n\n\
         QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nQUYẾT ĐỊNH:\n\n\
         Điều 1. Thành lập Tổ công tác rà soát đất công.\n\n\
         Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n\
         +------------------------------+:-------------------------------------:+\n\
         | *** ***                      | **TM. ỦY BAN NHÂN DÂN\\                |\n\
         |                              | CHỦ TỊCH\\                             |\n\
         | ***Nơi nhận:\\***             | \\                                     |\n\
         | - Như Điều 2;\\               | \\                                     |\n\
         | - Lưu: VT.                   | Phạm Văn Tùng**                       |\n\
         +------------------------------+---------------------------------------+\n",
    );
    let last = doc.body.items.last().expect("articles");
    assert_eq!(last.label, "Điều 2.");
    assert_eq!(last.text, "Quyết định này có hiệu lực kể từ ngày ký.");
    let sig = doc.signature.as_ref().expect("a signature");
    assert_eq!(sig.authority.as_deref(), Some("TM"));
    assert_eq!(sig.position.as_deref(), Some("CHỦ TỊCH"));
    assert_eq!(sig.name.as_deref(), Some("Phạm Văn Tùng"));
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như Điều 2", "Lưu: VT"]);
}
