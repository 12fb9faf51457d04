//! Hard-wrapped text (`pdftotext`, fixed-width exports): a wrap can bring a reference such as
//! `Điều 1` or a number to the start of a line. After a line cut in mid-sentence, such a
//! reference without its label punctuation continues the paragraph; a real label follows a
//! line that ends a sentence, or carries its dot.

use vanban::{Document, Item};

const DECISION: &str = "\
QUYẾT ĐỊNH
Về việc hỗ trợ học phí năm học 2023 - 2024

Điều 1. Hỗ trợ 50% học phí năm học 2023 - 2024 cho học sinh, sinh viên thuộc hộ nghèo,
hộ cận nghèo đang theo học tại các cơ sở giáo dục nghề nghiệp công lập theo khoản 2
Điều 1 Nghị định này và các văn bản hướng dẫn có liên quan đến việc miễn, giảm học phí.
Điều 2. Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục lập danh sách người học
được hỗ trợ học phí năm học 2023 - 2024 theo các điều kiện quy định tại khoản 1 và khoản
2 Điều 1 Quyết định này, bảo đảm đúng đối tượng, công khai và kịp thời khi chi trả.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký và bãi bỏ các văn bản trước đây
trái với Quyết định này.
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
        .contains("công lập theo khoản 2 Điều 1 Nghị định này và các văn bản"));
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

/// Basis lines of a decision wrapped at about 80 columns: one cut before a capitalized word,
/// one inside a citation (its number then starts a line, and reads as a header line).
const WRAPPED_BASIS: &str = "\
QUYẾT ĐỊNH
Về việc ban hành chương trình phát triển văn hóa đọc năm 2024

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Chỉ thị số 48-CT/TW ngày 12 tháng 8 năm 2021 của Ban Bí thư Trung ương
Đảng về đẩy mạnh phát triển văn hóa đọc trong cán bộ, đảng viên và Nhân dân, nhất
là thế hệ trẻ trong giai đoạn mới;
Xét đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số
58/TTr-SVHTTDL ngày 21 tháng 3 năm 2023.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Chương trình phát triển văn hóa đọc của Ủy ban
nhân dân tỉnh thực hiện Chỉ thị số 48-CT/TW của Ban Bí thư.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
";

#[test]
fn a_wrapped_basis_line_keeps_its_continuation() {
    let doc = vanban::parse(WRAPPED_BASIS);
    let basis: Vec<&str> = doc.body.basis.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(basis.len(), 3, "{basis:?}");
    assert!(
        basis[1].contains("Trung ương Đảng về đẩy mạnh"),
        "{}",
        basis[1]
    );
    assert!(basis[1].ends_with("trong giai đoạn mới;"), "{}", basis[1]);
    assert!(
        basis[2].ends_with("ngày 21 tháng 3 năm 2023."),
        "{}",
        basis[2]
    );
    assert!(doc.body.preamble.is_empty(), "{:?}", doc.body.preamble);
    assert_eq!(top(&doc), ["Điều 1.", "Điều 2."]);
}

/// An opening quotation mark typed where the closing one belongs (`mới “;`) quotes nothing:
/// the labels after it are still labels.
#[test]
fn a_mistyped_closing_quote_does_not_swallow_the_items() {
    let text = "\
KẾ HOẠCH
Thực hiện phong trào thi đua năm 2024

Thực hiện phương châm “bốn tại chỗ“; Ủy ban nhân dân huyện ban hành kế hoạch như sau:
1. Mục đích
Chủ động phòng ngừa.
2. Yêu cầu
Thực hiện theo phương châm \"bốn tại chỗ
trên địa bàn\" của tỉnh.
3. Tổ chức thực hiện
Các xã triển khai.
";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["1.", "2.", "3."]);
}

/// A quotation whose marks stand each alone on a line (OCR keeps them as paragraphs of
/// their own): the numbered clauses between them are quoted, not the document's items, and
/// the text after the closing mark is the body's again.
#[test]
fn quotation_marks_on_lines_of_their_own() {
    let text = "\
Trả lời công văn của Công ty, Cục Thuế có ý kiến như sau:

- Căn cứ Nghị định số 35/2022/NĐ-CP của Chính phủ quy định:

“

3. Quan hệ trao đổi hàng hóa với khu vực khác là quan hệ xuất khẩu.

7. Doanh nghiệp chế xuất phải mở sổ kế toán riêng.

”

Căn cứ quy định trên, Công ty áp dụng thuế suất theo quy định.

1. Về thuế suất: áp dụng mức 0%.
";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["1."]);
}

/// A title quoted within a sentence whose closing mark the typist left out, on a line that
/// ends the sentence (`Chỉ thị số 37-CT/TW “về tăng cường ... (Chỉ thị số 37);`), quotes
/// nothing after that line, even where a closing mark stands far below with no opening
/// one (`... tình hình mới” (Quyết định ...)`): the sections and items between are the
/// document's.
#[test]
fn a_quoted_title_left_open_at_the_end_of_its_sentence() {
    let text = "\
I. MỤC ĐÍCH, YÊU CẦU
1. Bám sát Chỉ thị số 37-CT/TW của Ban Bí thư “về tăng cường sự lãnh đạo (Chỉ thị số 37);
2. Thực hiện nghiêm túc.
II. NỘI DUNG
1. Tuyên truyền Chỉ thị.
2. Kiểm tra việc thực hiện Chỉ thị trong tình hình mới” (Kế hoạch số 119).
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành thực hiện./.
";
    assert_eq!(top(&vanban::parse(text)), ["I.", "II.", "III."]);
}

/// Quotation marks as typists mix them and OCR loses or invents them. A curly quotation
/// closed by a straight mark (`(HQ nhập)" trên`, `quy định."`) is closed. A stray mark
/// within a sentence that nothing closes (`... của “Quốc hội ...`) quotes nothing. A
/// quotation that opens a line and whose closing mark was lost ends before the document's
/// next article. A quotation of numbered clauses whose closing mark was lost, under no
/// numbered item of the document's own, stays a quotation.
#[test]
fn quotations_left_open_do_not_swallow_the_document() {
    let curly_then_straight = "\
Căn cứ Luật Hải quan;
1. Hướng dẫn nhập chứng từ
Chọn chức năng “Chứng từ đủ điều kiện (HQ nhập)\" trên Hệ thống.
2. In danh sách container
Đơn vị in danh sách.
3. Tổ chức thực hiện
Các đơn vị thực hiện./.
";
    assert_eq!(top(&vanban::parse(curly_then_straight)), ["1.", "2.", "3."]);
    let stray = "\
Thực hiện ý kiến của Bộ Tài chính:
1. Phổ biến nội dung Nghị quyết của “Quốc hội tới công chức
trong toàn ngành.
2. Báo cáo kết quả trước ngày 30 tháng 6.
3. Tổ chức thực hiện
Các đơn vị thực hiện./.
";
    assert_eq!(top(&vanban::parse(stray)), ["1.", "2.", "3."]);
    let lost_close = "\
Điều 1. Sửa đổi khoản 2 Điều 5 như sau:
“2. Người lao động được nghỉ 01 ngày
trong mỗi tháng làm việc.
Điều 2. Hiệu lực thi hành
Quyết định này có hiệu lực từ ngày ký.
Điều 3. Tổ chức thực hiện
Các đơn vị thực hiện./.
";
    assert_eq!(
        top(&vanban::parse(lost_close)),
        ["Điều 1.", "Điều 2.", "Điều 3."]
    );
    let quoted_clauses = "\
Về vấn đề này, Tổng cục Thuế có ý kiến như sau:
Tại Điều 5 Nghị định số 132/2020/NĐ-CP quy định:
“1. Các bên có quan hệ liên kết là các bên
tham gia điều hành.
2. Các trường hợp khác theo quy định.
Đề nghị Công ty căn cứ quy định trên để thực hiện./.
";
    assert!(top(&vanban::parse(quoted_clauses)).is_empty());
}

/// A wrapped `V/v` subject whose next line starts with `Ngày` as a name (`Ngày giải phóng
/// ...`) goes on; `Ngày` before a date opens the body.
#[test]
fn a_subject_wrapped_before_ngay_goes_on_unless_a_date_follows() {
    let text = |second: &str| {
        format!(
            "TỈNH ỦY QUẢNG TRỊ\nBAN TUYÊN GIÁO\n*\nSố 07-CV/BTGTU\n\
             V/v tuyên truyền kỷ niệm 50 năm\n{second}\nĐẢNG CỘNG SẢN VIỆT NAM\n\
             Đông Hà, ngày 21 tháng 5 năm 2022\n\nKính gửi: Ban Tuyên giáo các huyện ủy.\n\n\
             Ban Tuyên giáo Tỉnh ủy đề nghị các đơn vị thực hiện.\n"
        )
    };
    let doc = vanban::parse(&text("Ngày giải phóng tỉnh Quảng Trị"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("tuyên truyền kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Trị")
    );
    assert_eq!(doc.date.as_deref(), Some("2022-05-21"));
    assert_eq!(doc.addressees, ["Ban Tuyên giáo các huyện ủy"]);
    let doc = vanban::parse(&text("Ngày 15/5/2022, Ban Thường vụ Tỉnh ủy đã họp."));
    assert_eq!(doc.subject.as_deref(), Some("tuyên truyền kỷ niệm 50 năm"));
}

/// `pdftotext -layout` wraps the date's column before `năm`: the year on the next line,
/// indented under it, completes the date.
#[test]
fn a_date_wrapped_before_nam_in_a_narrow_column() {
    let text = "\
          UBND TỈNH NINH BÌNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
               VĂN PHÒNG                                     Độc lập - Tự do - Hạnh phúc

         Số: 214/TB-VPUBND                                  Ninh Bình, ngày 15 tháng 3
                                                                      năm 2024

                                              THÔNG BÁO
                         Kết luận của Phó Chủ tịch UBND tỉnh

    Văn phòng UBND tỉnh thông báo để các cơ quan biết, thực hiện./.
";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Ninh Bình"));
    assert_eq!(doc.date.as_deref(), Some("2024-03-15"));
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
    // Without the year, the date stays unknown.
    let doc = vanban::parse(&text.replace("năm 2024", ""));
    assert_eq!(doc.date, None);
}

/// Typed articles indented as paragraphs, with citations wrapped to the start of a line
/// after a word that leaves the phrase open: `Điều 5 của ...` and `Điều 1.` (an article
/// already passed) are references, not articles.
#[test]
fn a_citation_after_an_open_phrase_is_no_article() {
    let text = "\
NGHỊ ĐỊNH
ban hành Điều lệ tạm thời

     Điều 1. - Nay ban hành bản Điều lệ tạm thời.

     Điều 2. - Bộ Lương thực hướng dẫn thi hành bản Điều lệ nói ở
Điều 1.

     Điều 3. - Các Ủy ban hành chính xử lý vi phạm theo quy định tại
Điều 5 của Quyết định số 47-HĐBT ngày 2-4-1984.

     Điều 4. - Nghị định này thi hành từ ngày ban hành.
";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["Điều 1.", "Điều 2.", "Điều 3.", "Điều 4."]);
    assert!(item(&doc, "Điều 2.").text.ends_with("nói ở Điều 1."));
    assert!(item(&doc, "Điều 3.")
        .text
        .ends_with("tại Điều 5 của Quyết định số 47-HĐBT ngày 2-4-1984."));
}

/// No blank line after the subject (pdftotext default mode): a sentence that leads into
/// what follows with `:` is the body's first line, not the subject's end. A subject line
/// that ends in `:` itself, wrapped in small letters, still continues it.
#[test]
fn a_lead_in_sentence_right_after_the_subject_is_the_body() {
    let text = |after: &str| {
        format!(
            "ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\nSố: 215/TB-UBND\n\
             Đức Thọ, ngày 21 tháng 8 năm 2023\nTHÔNG BÁO\n{after}\n\
             1. Chủ tịch UBND huyện tiếp công dân vào ngày 15/9/2023.\n\
             2. Địa điểm: Trụ sở Tiếp công dân huyện./.\n"
        )
    };
    let doc = vanban::parse(&text(
        "Lịch tiếp công dân tháng 9 năm 2023\n\
         Văn phòng HĐND và UBND huyện thông báo lịch tiếp công dân như sau:",
    ));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Lịch tiếp công dân tháng 9 năm 2023")
    );
    assert_eq!(doc.body.items.len(), 2);
    let doc = vanban::parse(&text(
        "Lịch tiếp công dân tháng 9 năm 2023 của\nlãnh đạo huyện:",
    ));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Lịch tiếp công dân tháng 9 năm 2023 của lãnh đạo huyện:")
    );
}

/// No blank line after the subject, and the body is one sentence ending with the end mark
/// `./.`: no subject carries that mark, so the sentence is the body's, after a typed title or
/// a `V/v` line alike.
#[test]
fn a_sentence_with_the_end_mark_right_after_the_subject_is_the_body() {
    for (title, subject) in [
        (
            "V/v tăng cường quản lý trật tự xây dựng",
            "tăng cường quản lý trật tự xây dựng",
        ),
        (
            "BÁO CÁO\nKết quả thu ngân sách tháng 3",
            "Kết quả thu ngân sách tháng 3",
        ),
    ] {
        let doc = vanban::parse(&format!(
            "ỦY BAN NHÂN DÂN\nXÃ KIM SƠN\nSố: 31/BC-UBND\nKim Sơn, ngày 02 tháng 4 năm 2024\n\
             {title}\nYêu cầu các bộ phận nghiêm túc triển khai thực hiện./.\n\
             Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nĐinh Văn Phú\n"
        ));
        assert_eq!(doc.subject.as_deref(), Some(subject), "{title}");
        assert_eq!(
            doc.body.preamble[0].text, "Yêu cầu các bộ phận nghiêm túc triển khai thực hiện./.",
            "{title}"
        );
    }
}

/// A date's month that the wrap moved onto a line of its own (`... chậm nhất ngày 20 tháng`
/// / `3.`) ends the sentence; it is no item. A number alone after a line that ends a
/// sentence still is.
#[test]
fn a_month_moved_onto_its_own_line_is_no_item() {
    let text = "THÔNG BÁO\n\n1. Về thời hạn nộp hồ sơ quyết toán\n\
                Việc ủy quyền quyết toán phải lập mẫu 08/UQ-QTT-TNCN và gửi cho\n\
                tổ chức trả thu nhập chậm nhất ngày 20 tháng\n3.\n\
                2. Về giảm trừ gia cảnh\nMức giảm trừ là 11 triệu đồng/tháng.\n";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["1.", "2."]);
    assert!(item(&doc, "1.").text.ends_with("ngày 20 tháng 3."));
    let doc = vanban::parse(&text.replace("ngày 20 tháng\n", "ngày 20 tháng 3.\n"));
    assert_eq!(top(&doc), ["1.", "3.", "2."]);
}

/// A `V/v` subject wrapped after a comma onto a line of abbreviations only, all in capitals
/// (`BHTN, BHTNLĐ-BNN`), goes on there; a line of capitals after a subject that ended
/// without a comma is the header's.
#[test]
fn a_vv_subject_wrapped_onto_abbreviations_in_capitals() {
    let doc = |vv: &str| {
        vanban::parse(&format!(
            "BẢO HIỂM XÃ HỘI TỈNH THÁI BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nSố: 1186/BHXH-QLT\n{vv}\n\
             Thái Bình, ngày 03 tháng 10 năm 2023\nKính gửi: Các đơn vị trên địa bàn tỉnh.\n\
             Đề nghị các đơn vị nộp đủ số tiền còn nợ./.\nGIÁM ĐỐC\nVũ Thị Ngọc Lan\n"
        ))
    };
    let wrapped = doc("V/v đôn đốc thu nợ BHXH, BHYT,\nBHTN, BHTNLĐ-BNN");
    assert_eq!(
        wrapped.subject.as_deref(),
        Some("đôn đốc thu nợ BHXH, BHYT, BHTN, BHTNLĐ-BNN")
    );
    assert!(
        wrapped.unclassified.is_empty(),
        "{:?}",
        wrapped.unclassified
    );
    let closed = doc("V/v đôn đốc thu nợ bảo hiểm\nBHTN, BHTNLĐ-BNN");
    assert_eq!(closed.subject.as_deref(), Some("đôn đốc thu nợ bảo hiểm"));
}

/// A sentence's figure moved to the start of a line by a short-cut wrap (`... bị nhắc nhở
/// là` / `7. Công tác ...`) is out of step with the list (item 2 comes next): the paragraph
/// goes on. After a line that ends its sentence, or when the number is the next in the
/// list, it is a label.
#[test]
fn a_number_out_of_step_after_an_open_phrase_is_no_item() {
    let text = "THÔNG BÁO\nKết luận giao ban\n\n1. Đánh giá chung\n\
                Số cơ sở bị nhắc nhở là\n7. Công tác sàng lọc chưa thường xuyên.\n\
                2. Nhiệm vụ\nTriển khai nội dung./.\n";
    let doc = vanban::parse(text);
    assert_eq!(top(&doc), ["1.", "2."]);
    assert!(
        item(&doc, "1.")
            .text
            .ends_with("nhắc nhở là 7. Công tác sàng lọc chưa thường xuyên."),
        "{:?}",
        item(&doc, "1.").text
    );
    // The next number after the open phrase is the list's.
    let doc = vanban::parse(
        &text
            .replace("7. Công tác", "2. Công tác")
            .replace("2. Nhiệm vụ", "3. Nhiệm vụ"),
    );
    assert_eq!(top(&doc), ["1.", "2.", "3."]);
    // After a full stop, any number is a label.
    let doc = vanban::parse(&text.replace("nhắc nhở là\n", "nhắc nhở.\n"));
    assert_eq!(top(&doc), ["1.", "7.", "2."]);
}

/// A wrapped sentence whose next line starts with `mục`, `điều` or `chương` in small letters
/// and a numeral (`... kê khai tại` | `mục II của Phụ lục này.`) goes on: no section,
/// article or chapter starts there, and the Roman parts after it stay the top level.
#[test]
fn a_wrap_at_a_small_word_label_is_no_heading() {
    let text = "\
CỤC THUẾ TỈNH TÂY NINH
Số: 311/CTTNI-TTHT
Tây Ninh, ngày 09 tháng 01 năm 2024
V/v lưu ý doanh nghiệp đầu năm
Kính gửi: Các doanh nghiệp.
Cục Thuế hướng dẫn như sau:
I. Các báo cáo phải nộp:
1. Doanh nghiệp được miễn kê khai thông tin tại
mục III Phụ lục I ban hành kèm theo Nghị định, nhưng phải kê khai tại
mục II của Phụ lục này, theo
điều 5 của Luật Quản lý thuế và
chương II của Nghị định.
2. Báo cáo tài chính theo quy định.
II. Các công việc năm 2024:
1. Nộp lệ phí môn bài đúng hạn./.
";
    let doc = vanban::parse(text);
    let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(top, ["I.", "II."]);
    let first = &doc.body.items[0].children[0];
    assert_eq!(first.label, "1.");
    assert!(
        first.text.ends_with("chương II của Nghị định."),
        "{}",
        first.text
    );
    assert_eq!(doc.body.items[0].children.len(), 2);
}

/// A reference without its label's dot after a line that ends in a comma (`... các khoản
/// 1, 2 và 3,` / `Điều 5 của Nghị định này;`), or one numbering an article before the last,
/// continues its paragraph even in text printed one paragraph per line, where the line's
/// width tells nothing.
#[test]
fn a_reference_after_a_comma_or_numbered_back_is_no_article() {
    let decree = |between: &str| {
        vanban::parse(&format!(
            "CHÍNH PHỦ\nSố: 61-CP\nHà Nội, ngày 5 tháng 7 năm 1994\nNGHỊ ĐỊNH\nVề mua bán nhà ở\n\n\
             Điều 5. Nhà ở thuộc sở hữu nhà nước được bán cho người đang thuê.\n\
             Điều 6. Việc bán nhà ở được thực hiện như sau:\n\
             1. Bán nhà ở cho người đang thuê theo quy định tại các khoản 1, 2 và 3{between}\n\
             Điều 5 của Nghị định này;\n\
             2. Bán nhà ở còn lại theo giá thị trường.\n\
             Điều 7. Nghị định này có hiệu lực từ ngày ký; Bộ trưởng Bộ Xây dựng, Chủ tịch Ủy \
             ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành.\n"
        ))
    };
    for between in [",", ""] {
        let doc = decree(between);
        assert_eq!(top(&doc), ["Điều 5.", "Điều 6.", "Điều 7."], "{between:?}");
        let six = item(&doc, "Điều 6.");
        assert_eq!(six.children.len(), 2, "{between:?}");
    }
}
