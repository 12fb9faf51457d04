//! OCR habits in the numbers of a header: `O` read for 0, `l` for 1, `Sé`, `S6` for `Số`.

#[test]
fn a_number_and_date_with_letters_for_digits_are_read_as_numbers() {
    let text = "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\nSố: 1O7/TB-UBND\n\
                Yên Thế, ngày l2 tháng O3 năm 2O25\nTHÔNG BÁO\nVề việc lịch tiếp dân\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(107));
    assert_eq!(doc.number.notation.as_deref(), Some("TB-UBND"));
    assert_eq!(doc.date.as_deref(), Some("2025-03-12"));
    // The span shows the number as printed.
    let span = doc.spans["number.number"];
    assert_eq!(&text[span.start..span.end], "1O7");
    // Each restored figure is noted where it stands (VB006), so a reader can check it.
    let restored: Vec<&str> = (doc.diagnostics.iter())
        .filter(|d| d.code == "VB006")
        .filter_map(|d| d.span.map(|s| &text[s.start..s.end]))
        .collect();
    assert_eq!(restored, ["1O7", "l2", "O3", "2O25"]);
    // Figures printed as figures, or a number's letter suffix (`125l` is no `1251`), give
    // no such note.
    for text in [
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\nSố: 107/TB-UBND\nYên Thế, ngày 12 tháng 3 năm 2025\n",
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\nSố: 125l/TB-UBND\nYên Thế, ngày 12 tháng 3 năm 2025\n",
    ] {
        let doc = vanban::parse(text);
        assert!(doc.diagnostics.iter().all(|d| d.code != "VB006"), "{text}");
    }
}

/// A zero-padded month whose 1 OCR read as `l` (`tháng 0l`) is still the date's month, and
/// the place before it stays.
#[test]
fn a_padded_month_ending_in_l() {
    let text = "ĐẢNG ỦY XÃ HOÀNG ĐAN\n*\nSố 15-NQ/ĐU\n\
                Hoàng Đan, ngày 10 tháng 0l năm 2024\nNGHỊ QUYẾT\nvề nhiệm vụ năm 2024\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.place.as_deref(), Some("Hoàng Đan"));
    assert_eq!(doc.date.as_deref(), Some("2024-01-10"));
}

#[test]
fn so_as_ocr_misreads_it() {
    for (so, issuer, number, notation) in [
        ("Sé: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S6: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S: 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("S6 315-QĐ/HU", "SỞ Y TẾ", 315, "QĐ/HU"),
        // The tone mark read as a tick before the colon.
        ("Sô': 356/TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
        ("Sô`: 356 /TB-SYT", "SỞ Y TẾ", 356, "TB-SYT"),
    ] {
        // On its own line, and glued after the issuer in a flattened header.
        for text in [
            format!("UBND TỈNH NAM ĐỊNH\n{issuer}\n{so}\nNam Định, ngày 17 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc\n"),
            format!("UBND TỈNH NAM ĐỊNH\n{issuer} {so} Nam Định, ngày 17 tháng 4 năm 2024\nTHÔNG BÁO\nKết luận của Giám đốc\n"),
        ] {
            let doc = vanban::parse(&text);
            assert_eq!(doc.issuer.name.as_deref(), Some(issuer), "{text}");
            assert_eq!(doc.number.number, Some(number), "{text}");
            assert_eq!(doc.number.notation.as_deref(), Some(notation), "{text}");
            assert_eq!(doc.date.as_deref(), Some("2024-04-17"), "{text}");
            assert_eq!(doc.subject.as_deref(), Some("Kết luận của Giám đốc"), "{text}");
        }
    }
    // `Sen`, `Sơn` and a bare `S` before words are no number.
    for line in ["Sen 12 bông", "S Y TẾ 12/TB"] {
        let doc = vanban::parse(&format!("{line}\n"));
        assert_eq!(doc.number.number, None, "{line}");
    }
}

/// The top-level labels of a body, each with its children's labels.
fn outline(text: &str) -> Vec<(String, Vec<String>)> {
    vanban::parse(text)
        .body
        .items
        .iter()
        .map(|i| {
            let children = i.children.iter().map(|c| c.label.clone()).collect();
            (i.label.clone(), children)
        })
        .collect()
}

#[test]
fn a_first_number_read_as_l_or_i() {
    let opening = "THÔNG BÁO\nVề việc rà soát hộ nghèo\n";
    for first in ["l.", "I."] {
        let text = format!(
            "{opening}{first} Rà soát hộ nghèo trên địa bàn.\n2. Báo cáo kết quả trước ngày 20/6/2024.\n3. Cử cán bộ dự tập huấn.\n"
        );
        let got = outline(&text);
        let labels: Vec<&str> = got.iter().map(|(l, _)| l.as_str()).collect();
        assert_eq!(labels, [first, "2.", "3."], "{first}");
        assert!(got.iter().all(|(_, c)| c.is_empty()), "{first}");
    }
    // A Roman section that numbers its items from 1, and one followed by `II.`, stay so.
    let text = format!(
        "{opening}I. Mục tiêu\n1. Rà soát hộ nghèo.\n2. Báo cáo kết quả.\nII. Tổ chức thực hiện\nCác xã thực hiện.\n"
    );
    assert_eq!(
        outline(&text),
        [
            ("I.".to_owned(), vec!["1.".to_owned(), "2.".to_owned()]),
            ("II.".to_owned(), vec![])
        ]
    );
    let text = format!("{opening}I. Mục tiêu\n2. Báo cáo kết quả.\nII. Tổ chức thực hiện\n");
    assert_eq!(outline(&text)[0], ("I.".to_owned(), vec!["2.".to_owned()]));
    // A letter `l)` after `k)` is a letter.
    let text = format!(
        "{opening}1. Nội dung:\nk) Rà soát hộ nghèo;\nl) Báo cáo kết quả;\n2. Tổ chức thực hiện.\n"
    );
    assert_eq!(
        outline(&text),
        [
            ("1.".to_owned(), vec!["k)".to_owned(), "l)".to_owned()]),
            ("2.".to_owned(), vec![])
        ]
    );
}

#[test]
fn an_article_one_read_as_l() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN\nHUYỆN YÊN THẾ\nSố: 107/QĐ-UBND\nYên Thế, ngày 12 tháng 3 năm 2025\n\
         QUYẾT ĐỊNH\nVề việc nâng bậc lương\nQUYẾT ĐỊNH:\nĐiều l. Nâng bậc lương thường xuyên.\n\
         Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. Các ông, bà có tên tại Điều l \
         thi hành./.\n",
    );
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["Điều l.", "Điều 2.", "Điều 3."]);
}

/// OCR reads the `O` of the national name as a zero (`C0NG HOÀ`, `H0À`): it is still the
/// national name, and the issuer's column beside it keeps only its own words.
#[test]
fn the_national_name_with_a_zero_for_its_o() {
    for national in [
        "C0NG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "C0NG H0À XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ] {
        let doc = vanban::parse(&format!(
            "UBND HUYỆN CAN LỘC                 {national}\n\
             UỶ BAN NHÂN DÂN XÃ KIM SƠN              Độc lập - Tự do - Hạnh phúc\n\
             Số: 47/BC-UBND                    Kim Sơn, ngày 12 tháng 6 năm 2024\n\
             BÁO CÁO\nKết quả công tác phòng, chống thiên tai\n"
        ));
        assert_eq!(
            doc.header.as_ref().and_then(|h| h.name.as_deref()),
            Some(national)
        );
        assert_eq!(doc.issuer.parent.as_deref(), Some("UBND HUYỆN CAN LỘC"));
        assert_eq!(
            doc.issuer.name.as_deref(),
            Some("UỶ BAN NHÂN DÂN XÃ KIM SƠN")
        );
    }
}

/// An incoming stamp OCR read above the header, its register number on a line of its own
/// (`CÔNG VĂN ĐẾN` | `Số: 1482.` | `Ngày: ...`), under the receiving body's name: the number
/// is the stamp's, the document's own number and issuer are the header's. A mark OCR read
/// after the issuer's last line (`¬ ——`, the rule under it) leaves the name whole.
#[test]
fn an_incoming_stamp_above_the_header() {
    let text = "\
TRƯỜNG THPT HƯƠNG TRÀ
CÔNG VĂN ĐẾN
Số: 1482.
Ngày: 26/5/2020

BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRƯỜNG CAO ĐẲNG KỸ THUẬT Độc lập - Tự do - Hạnh phúc
CÔNG NGHIỆP THUẬN AN ¬ ——
Số: 112/TB-CĐKT Huế, ngày 21 tháng 5 năm 2020
THÔNG BÁO
Tuyển sinh trình độ cao đẳng năm 2020
";
    let doc = vanban::parse(text);
    assert_eq!(doc.number.number, Some(112));
    assert_eq!(doc.number.notation.as_deref(), Some("TB-CĐKT"));
    assert_eq!(doc.issuer.parent.as_deref(), Some("BỘ CÔNG THƯƠNG"));
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHIỆP THUẬN AN")
    );
    assert_eq!(doc.date.as_deref(), Some("2020-05-21"));
    let received = doc.received.as_ref().expect("the stamp");
    assert_eq!(received.number, Some(1482));
    assert_eq!(received.date.as_deref(), Some("2020-05-26"));
    // The receiving body's name is kept, as header noise.
    assert!(doc
        .unclassified
        .iter()
        .any(|l| l.text == "TRƯỜNG THPT HƯƠNG TRÀ"));
}

/// Handwritten figures in a typed header, as OCR reads them: a number or a day with spaces
/// between its figures is that number; a day it could not read (`/2`) gives no date, but the
/// place, the number and the rest of the line are still read.
#[test]
fn handwritten_figures_in_the_number_and_date() {
    let head = |so: &str, date: &str| {
        vanban::parse(&format!(
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             HUYỆN ĐỨC TRỌNG Độc lập - Tự do - Hạnh phúc\n\n\
             {so} Đức Trọng, {date}\n\
             V/v xử lý san gạt đất nông nghiệp trái phép\n\n\
             Kính gửi: Ủy ban nhân dân xã Hiệp An.\n"
        ))
    };
    for (so, date, number, iso) in [
        (
            "Số: 1 2 5 /UBND-TNMT",
            "ngày 24 tháng 01 năm 2024",
            125,
            Some("2024-01-24"),
        ),
        (
            "Số: 125/UBND-TNMT",
            "ngày 0 8 tháng 1 0 năm 2024",
            125,
            Some("2024-10-08"),
        ),
        ("Số: 125/UBND-TNMT", "ngày /2 tháng 4 năm 2024", 125, None),
    ] {
        let doc = head(so, date);
        assert_eq!(doc.number.number, Some(number), "{so} {date}");
        assert_eq!(doc.number.printed.as_deref(), Some("125"), "{so}");
        assert_eq!(doc.number.notation.as_deref(), Some("UBND-TNMT"), "{so}");
        assert_eq!(doc.place.as_deref(), Some("Đức Trọng"), "{date}");
        assert_eq!(doc.date.as_deref(), iso, "{date}");
        assert_eq!(
            doc.subject.as_deref(),
            Some("xử lý san gạt đất nông nghiệp trái phép"),
            "{so} {date}"
        );
    }
}

/// `Nơi nhận` with one letter misread (`Not nhận:`, `Nai nhận:`, `Noi nhin:`) still heads
/// the list, and the signature column glued after it is the signature's.
#[test]
fn noi_nhan_with_a_letter_misread() {
    for heading in ["Not nhận:", "Nai nhận:", "Noi nhin:"] {
        let text = format!(
            "BỘ TƯ PHÁP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nSố: 215/BTP-PLQT Hà Nội, ngày 12 tháng 4 năm 2021\n\
             V/v góp ý dự thảo hiệp định\n\nKính gửi: Bộ Ngoại giao\n\n\
             Bộ Tư pháp góp ý như sau./.\n\n\
             {heading} TL. BỘ TRƯỞNG\n- Như trên;\n- Văn phòng Chính phủ; VỤ TRƯỞNG\n\
             - Lưu: VT, PLQT.\n\nNguyễn Văn Hòa\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.recipients.len(), 3, "{heading}: {:?}", doc.recipients);
        let sig = doc.signature.as_ref().expect("signature");
        assert_eq!(
            sig.chain.first().map(String::as_str),
            Some("TL. BỘ TRƯỞNG"),
            "{heading}"
        );
        assert_eq!(sig.name.as_deref(), Some("Nguyễn Văn Hòa"), "{heading}");
    }
}

/// The motto with `Tự` read as `Ty` still ends a header row of two columns, so the issuer
/// beside it, the number and the subject are read.
#[test]
fn the_motto_with_tu_read_as_ty() {
    let text = "\
TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM
CUC THUE TINH NAM DINH Độc lập - Ty do - Hạnh phúc
Số: 2210/CT-TTHT Nam Định, ngày 05 tháng 6 năm 2020
V/v giải đáp chính sách thuế

Kính gửi: Công ty TNHH Thành Công

Cục Thuế trả lời như sau./.
";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.name.as_deref(), Some("CUC THUE TINH NAM DINH"));
    assert_eq!(doc.number.notation.as_deref(), Some("CT-TTHT"));
    assert_eq!(doc.place.as_deref(), Some("Nam Định"));
    assert_eq!(doc.subject.as_deref(), Some("giải đáp chính sách thuế"));
}

/// A place and date as OCR damages it: a period read for the comma, `ngày` with its last
/// letter misread, a month that is no figure. The place is kept, and the date where its
/// figures are read.
#[test]
fn a_place_and_date_damaged_by_ocr() {
    for (line, date) in [
        ("Hà Nội. ngày 05 tháng 7 năm 2024", Some("2024-07-05")),
        ("Hà Nội, ngàu 26 tháng 4 năm 2021", Some("2021-04-26")),
        ("Hà Nội, ngày 26 tháng OF năm 2021", None),
    ] {
        let text = format!(
            "BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n\
             Số: 2862/TCT-HTQT {line}\nV/v hiệp định thuế\n\n\
             Kính gửi: Cục Thuế các tỉnh\n\nTổng cục Thuế thông báo như sau./.\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.place.as_deref(), Some("Hà Nội"), "{line}");
        assert_eq!(doc.date.as_deref(), date, "{line}");
        assert_eq!(doc.subject.as_deref(), Some("hiệp định thuế"), "{line}");
    }
}

/// A dash that OCR read as an underscore before a word (`_ Như trên;`) is a bullet; one
/// before a header line in capitals is debris. `Vw` is `V/v` as OCR reads it.
#[test]
fn an_underscore_bullet_and_vw_for_v_slash_v() {
    let text = "\
_ BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc
Số: 4489/TCT-TTKT Hà Nội, ngày 12 tháng 10 năm 2022
Vw triển khai công tác kiểm tra thuế

Kính gửi: Cục Thuế các tỉnh, thành phố

Tổng cục Thuế đề nghị các Cục Thuế triển khai thực hiện./.

Nơi nhận: KT. TỔNG CỤC TRƯỞNG
_ Như trên; PHÓ TỔNG CỤC TRƯỞNG
- Lãnh đạo Tổng cục;
- Lưu: VT, TTKT.
Đặng Ngọc Minh
";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.name.as_deref(), Some("TỔNG CỤC THUẾ"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("triển khai công tác kiểm tra thuế")
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(
        recipients,
        ["Như trên", "Lãnh đạo Tổng cục", "Lưu: VT, TTKT"]
    );
}

/// OCR's damage to the number on the `Số` line no longer loses the rest of the line: a
/// stray slash before the number (`Số: /40/TB-HQTB`), the notation's slash read as a sign
/// (`52¿BTNMT-TCMT`), or a number and notation garbled into one word (`43l¿LĐTBXH-ATLĐ`,
/// left out whole). The place and date after them are read in each case.
#[test]
fn a_damaged_number_keeps_its_place_and_date() {
    for (so, number, notation) in [
        ("Số: /40/TB-HQTB", Some(40), Some("TB-HQTB")),
        ("Số: 52¿BTNMT-TCMT", Some(52), Some("BTNMT-TCMT")),
        ("Só:43l¿LĐTBXH-ATLĐ", None, None),
        // `!` for the colon, a blank number.
        ("Số! /TB-HQTB", None, Some("TB-HQTB")),
        // A stroke before `Số`, and a number read as letters and signs glued to it.
        ("_Số:7Ö3€/TB-HQTB", None, Some("TB-HQTB")),
        // `Số` with its second letter misread, the number read as letters.
        ("Sá:9KKK /TB-HQTB", None, Some("TB-HQTB")),
    ] {
        let text = format!(
            "CHI CỤC HẢI QUAN TRẢNG BÀNG   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\n\
             {so} Trảng Bàng, ngày 22 tháng 10 năm 2022\n\
             V/v thủ tục hải quan\n\
             Kính gửi: Các doanh nghiệp.\n\
             Chi cục thông báo như sau./.\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.number.number, number, "{so}");
        assert_eq!(doc.number.notation.as_deref(), notation, "{so}");
        assert_eq!(doc.place.as_deref(), Some("Trảng Bàng"), "{so}");
        assert_eq!(doc.date.as_deref(), Some("2022-10-22"), "{so}");
        assert_eq!(doc.subject.as_deref(), Some("thủ tục hải quan"), "{so}");
    }
}

/// A number added between two registered ones keeps its letter as printed; the number is
/// its figures.
#[test]
fn a_number_with_a_letter_suffix() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 125a/QĐ-UBND\nLong Xuyên, ngày 3 tháng 2 năm 2020\n\
         QUYẾT ĐỊNH\nVề việc điều chỉnh kế hoạch\n",
    );
    assert_eq!(doc.number.number, Some(125));
    assert_eq!(doc.number.printed.as_deref(), Some("125a"));
    assert_eq!(doc.number.notation.as_deref(), Some("QĐ-UBND"));
}

/// A year whose figures a scan or a crawl spaced (`năm 202 5`, `năm 20 25`) is still the
/// year.
#[test]
fn a_year_with_spaced_figures() {
    for year in ["202 5", "20 25"] {
        let doc = vanban::parse(&format!(
            "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI\nSố: 63/NQ-HĐND | Lào Cai, ngày 29 tháng 12 năm {year}\n\
             NGHỊ QUYẾT\nVề dự toán ngân sách\n"
        ));
        assert_eq!(doc.date.as_deref(), Some("2025-12-29"), "{year}");
        assert_eq!(doc.place.as_deref(), Some("Lào Cai"), "{year}");
    }
}

/// A speck OCR read before a line of capitals (`.      THONG TU`, `_ BQ TAI CHÍNH CONG HOA
/// ...`) does not hide it: the type heading and its subject, and the parent body and the
/// national name, are read.
#[test]
fn a_speck_before_a_heading_or_the_first_header_line() {
    let text = "\
_ BỘ XÂY DỰNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC KINH TẾ XÂY DỰNG           Độc lập - Tự do - Hạnh phúc
Số: 19/2024/TT-BXD            Hà Nội, ngày 08 tháng 4 năm 2024

.                                THONG TU
Quy dinh ve kiem tra chat luong vat lieu xay dung

Căn cứ Nghị định số 52/2022/NĐ-CP;
Điều 1. Phạm vi điều chỉnh
Điều 2. Hiệu lực thi hành./.
";
    let doc = vanban::parse(text);
    assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG TƯ"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Quy dinh ve kiem tra chat luong vat lieu xay dung")
    );
    assert_eq!(doc.issuer.parent.as_deref(), Some("BỘ XÂY DỰNG"));
    assert_eq!(doc.issuer.name.as_deref(), Some("CỤC KINH TẾ XÂY DỰNG"));
    assert!(doc.header.as_ref().is_some_and(|h| h.name.is_some()));
    assert_eq!(doc.body.items.len(), 2);
}

/// A stroke OCR read before the motto (`— Độc lập ...`) leaves it the motto, so the header
/// goes on to the number, date and title below it; before, the line was a bullet and the
/// header ended there.
#[test]
fn a_stroke_before_the_motto() {
    let text = "CHINH PHU CONG HOA XA HOI CHU NGHIA VIET NAM\n\
                — Độc lập - Tự do - Hạnh phúc\n\n\
                Số: 17/2022/NĐ-CP Hà Nội, ngày 9 tháng 5 năm 2022\n\n\
                NGHỊ ĐỊNH\nQuy định mức thu phí thẩm định\n\n\
                Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n";
    let doc = vanban::parse(text);
    let motto = doc.header.as_ref().and_then(|h| h.motto.as_deref());
    assert_eq!(motto, Some("Độc lập - Tự do - Hạnh phúc"));
    assert_eq!(doc.number.number, Some(17));
    assert_eq!(doc.number.notation.as_deref(), Some("NĐ-CP"));
    assert_eq!(doc.number.year, Some(2022));
    assert_eq!(doc.date.as_deref(), Some("2022-05-09"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("NGHỊ ĐỊNH"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("Quy định mức thu phí thẩm định")
    );
}

/// An issuer in capitals with one letter OCR read small (`HO CHi MINH`, the accent lost
/// with the dot) is still the issuer under its parent, not a line before the header.
#[test]
fn an_issuer_with_one_small_letter() {
    let text = "TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM\n\n\
                CUC THUE TP. HO CHi MINH Độc lập - Tự do- Hanh phúc\n\
                Số: 812/CT-TTHT TP. Hồ Chí Minh, ngày 4 tháng 3 năm 2019\n\
                V/v chính sách thuế\n\nKính gửi: Công ty TNHH An Phát\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.parent.as_deref(), Some("TONG CUC THUE"));
    assert_eq!(doc.issuer.name.as_deref(), Some("CUC THUE TP. HO CHi MINH"));
    assert_eq!(doc.number.number, Some(812));
    assert_eq!(doc.subject.as_deref(), Some("chính sách thuế"));
    // A word in sentence case is no such word.
    let doc = vanban::parse("Chi cục Thuế thông báo\n");
    assert_eq!(doc.issuer.name, None);
}

/// A speck OCR read before an article's label (`„ Điều 1.`) leaves it the article: a
/// decision's three articles, not two.
#[test]
fn a_speck_before_an_article() {
    let doc = vanban::parse(
        "BỘ TÀI CHÍNH\nSố: 312/QĐ-BTC\nHà Nội, ngày 4 tháng 3 năm 2022\nQUYẾT ĐỊNH\n\
         Về việc ban hành Quy chế quản lý kho\n\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n\n\
         Căn cứ Luật Ngân sách nhà nước;\n\nQUYẾT ĐỊNH:\n\n\
         „ Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho.\n\
         Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\
         Điều 3. Chánh Văn phòng Bộ chịu trách nhiệm thi hành./.\n",
    );
    let labels: Vec<_> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["Điều 1.", "Điều 2.", "Điều 3."]);
}

/// OCR read one dash of the motto as two (`Độc lập —- Tự do`), in a header whose two columns
/// were flattened row by row: the motto still ends the national name's column, so the unit
/// before it on its row is the issuer and the row above holds its parent.
#[test]
fn a_motto_with_a_doubled_dash() {
    let text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                TRƯỜNG THPT NGUYỄN TRÃI Độc lập —- Tự do - Hạnh phúc\n\
                Số: 45/QĐ-THPT Hải Dương, ngày 3 tháng 9 năm 2024\n\
                QUYẾT ĐỊNH\nVề việc phân công chủ nhiệm lớp\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.issuer.parent.as_deref(), Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    assert_eq!(doc.issuer.name.as_deref(), Some("TRƯỜNG THPT NGUYỄN TRÃI"));
    let motto = doc.header.and_then(|h| h.motto);
    assert_eq!(motto.as_deref(), Some("Độc lập —- Tự do - Hạnh phúc"));
}

/// OCR read a label's dot as a comma (`Điều 3, Kinh phí`, `2, Đề xuất`): the label still
/// numbers its article or item when it is the next in order; a wrapped reference that only
/// looks so (`Điều 7, Điều 8 của Luật ...` after article 2) stays in its article.
#[test]
fn a_label_with_a_comma_for_its_dot() {
    let text = "ỦY BAN NHÂN DÂN\nTỈNH LONG AN\nSố: 88/QĐ-UBND\nLong An, ngày 2 tháng 4 năm 2024\n\
                QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\nQUYẾT ĐỊNH:\n\
                Điều 1. Thành lập Tổ công tác rà soát hồ sơ đất đai.\n\
                Điều 2. Tổ công tác rà soát hồ sơ theo quy định tại\n\
                Điều 7, Điều 8 của Luật Đất đai.\n\
                Điều 3, Kinh phí hoạt động do ngân sách tỉnh bảo đảm.\n\
                Điều 4. Quyết định này có hiệu lực kể từ ngày ký./.\n";
    let doc = vanban::parse(text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["Điều 1.", "Điều 2.", "Điều 3,", "Điều 4."]);
    assert!(doc.body.items[1]
        .text
        .ends_with("Điều 7, Điều 8 của Luật Đất đai."));

    let text = "CỤC HẢI QUAN TỈNH BÌNH DƯƠNG\nSố: 2408/HQBD-GSQL\nV/v báo cáo vướng mắc\n\
                Bình Dương, ngày 4 tháng 10 năm 2022\nKính gửi: Tổng cục Hải quan.\n\
                1. Tình hình thực hiện: các doanh nghiệp đã khai báo đúng hạn.\n\
                2, Đề xuất, kiến nghị: hướng dẫn thống nhất thủ tục./.\n";
    let doc = vanban::parse(text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1.", "2,"]);
}

/// The number and date's line garbled past reading, right above `V/v`: the subject and
/// `Kính gửi` below it are still the header's, and the garbled line is kept as header noise,
/// not taken for the body's start.
#[test]
fn a_garbled_number_line_above_the_subject() {
    let text = "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                CỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc\n\
                sé2 * 0Ôosp.GsQL. Nam Định, ngàÊ 4 tháng 10 năm 2021\n\n\
                V/v hoàn thuế GTGT đối với dự án\nđầu tư mở rộng\n\n\
                Kính gửi: Công ty TNHH Cơ khí Minh Phát\n\n\
                Cục Thuế tỉnh Nam Định có ý kiến như sau.\n";
    let doc = vanban::parse(text);
    assert_eq!(
        doc.subject.as_deref(),
        Some("hoàn thuế GTGT đối với dự án đầu tư mở rộng")
    );
    assert_eq!(doc.addressees, ["Công ty TNHH Cơ khí Minh Phát"]);
    let noise: Vec<&str> = (doc.unclassified.iter())
        .filter(|u| u.kind == "header_noise")
        .map(|u| u.text.as_str())
        .collect();
    assert_eq!(
        noise,
        ["sé2 * 0Ôosp.GsQL. Nam Định, ngàÊ 4 tháng 10 năm 2021"]
    );
}

/// `Số` without its colon and a number smudged to a sign and figures (`Số $7712 /CT-TTHT`):
/// the notation is read, the number is left out as unreadable, and the place after it is
/// read. A date garbled past reading after its place (`ngày,Shháng năm 2021`) leaves the
/// place read and the date out, with the same diagnostic.
#[test]
fn a_smudged_number_and_a_garbled_date() {
    for (line, notation) in [
        (
            "Số $7712 /CT-TTHT Nam Định, ngày OBthang 1Onăm 2021",
            Some("CT-TTHT"),
        ),
        (
            "Số: q17 /CT-TTHT Nam Định, ngày,Shháng năm 2021",
            Some("CT-TTHT"),
        ),
        (
            "Số: 4521/CT-TTHT Nam Định, ngàu:J_ tháng 02jhăm 2021",
            Some("CT-TTHT"),
        ),
    ] {
        let text = format!(
            "TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             CỤC THUẾ TỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc\n\
             {line}\n\n\
             V/v hoàn thuế GTGT đối với dự án\n\n\
             Kính gửi: Công ty TNHH Cơ khí Minh Phát\n\n\
             Cục Thuế tỉnh Nam Định có ý kiến như sau.\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(doc.number.notation.as_deref(), notation, "{line}");
        assert_eq!(doc.place.as_deref(), Some("Nam Định"), "{line}");
        assert_eq!(doc.date, None, "{line}");
        assert_eq!(doc.subject.as_deref(), Some("hoàn thuế GTGT đối với dự án"));
        let unreadable = doc.diagnostics.iter().filter(|d| d.code == "VB005").count();
        assert!(unreadable >= 1, "{line}");
        assert!(
            !doc.unclassified.iter().any(|u| u.kind == "header_noise"),
            "{line}"
        );
    }
    // The number that is read stays read.
    let doc = vanban::parse(
        "CỤC THUẾ TỈNH NAM ĐỊNH\nSố: 4521/CT-TTHT Nam Định, ngàu:J_ tháng 02jhăm 2021\n",
    );
    assert_eq!(doc.number.number, Some(4521));
}

/// `về việc` in small letters is prose, not the `V/v` marker, even after a notation's tail
/// in capitals that a wrap left at the line's start (`... số 4357/TCHQ-` | `GSQL về việc
/// ...`): the body's first sentence is neither header noise nor the subject.
#[test]
fn ve_viec_in_small_letters_is_no_subject() {
    let text = "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
                CỤC HẢI QUAN TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc\n\
                Số: 2408/HQBD-GSQL Bình Dương, ngày 24 tháng 10 năm 2022\n\
                V/v tiếp tục báo cáo vướng mắc\n\n\
                Ngày 17/10/2022, Tổng cục Hải quan ban hành công văn số 4357/TCHQ-\n\
                GSQL về việc vướng mắc quyền xuất khẩu, nhập khẩu.\n";
    let doc = vanban::parse(text);
    assert_eq!(doc.subject.as_deref(), Some("tiếp tục báo cáo vướng mắc"));
    assert_eq!(doc.body.preamble.len(), 1, "{:?}", doc.body.preamble);
    assert!(doc.body.preamble[0].text.starts_with("Ngày 17/10/2022"));
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// A law's clauses quoted under a lead-in, their quotation marks lost by OCR (`..3.` for
/// `“3.`): a number far into a list that does not go on (`6.` with no `1.` before and no
/// `7.` after it) is quoted text, not the letter's first item. A list whose first numbers
/// OCR lost (`3.`, `4.`, `5.`) is still the document's.
#[test]
fn a_quoted_clause_whose_marks_ocr_lost_is_no_item() {
    let letter = |body: &str| {
        vanban::parse(&format!(
            "CỤC THUẾ TỈNH NAM ĐỊNH\nSố: 12/CT-TTHT\nNam Định, ngày 05 tháng 3 năm 2021\n\
             V/v xử lý vi phạm\n\nKính gửi: Công ty TNHH Minh Phát\n\n{body}"
        ))
    };
    let doc = letter(
        "- Căn cứ Luật Quản lý thuế:\n+ Tại Điều 19 quy định về quyền hạn:\n\
         ..3. Kiểm tra thuế theo quy định của pháp luật.\n\n\
         6. Xử phạt vi phạm hành chính về quản lý thuế theo thẩm quyền.\n\n\
         Căn cứ quy định trên, đề nghị Công ty thực hiện./.\n",
    );
    assert!(doc.body.items.is_empty(), "{:?}", doc.body.items);
    let doc = letter(
        "Cục Thuế có ý kiến như sau:\n3. Về hóa đơn.\n4. Về thuế suất.\n5. Về thời hạn./.\n",
    );
    let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(top, ["3.", "4.", "5."]);
}

/// OCR's blank lines inside a paragraph: the `V/v` subject cut after `đối`, its wrap below a
/// blank line starting with a small letter, goes on the subject; and `Kính gửi:` whose first
/// letter OCR lost (`inh gửi:`) still names the addressee.
#[test]
fn a_subject_wrapped_across_a_blank_line_and_kinh_gui_without_its_k() {
    let doc = vanban::parse(
        "CỤC THUẾ TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 315/CTNĐ-TTHT Nam Định, ngày 07 tháng 3 năm 2022\n\
         V/v chính sách thuế đối\n\n\
         với khoản hỗ trợ đi lại\n\n\
         inh gửi: Công ty TNHH Hòa Bình\n\n\
         Cục Thuế tỉnh Nam Định trả lời để Công ty biết./.\n",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("chính sách thuế đối với khoản hỗ trợ đi lại")
    );
    assert_eq!(doc.addressees, ["Công ty TNHH Hòa Bình"]);
    // A line in capitals or a sentence after the blank line is not the subject's.
    let doc = vanban::parse(
        "CỤC THUẾ TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 315/CTNĐ-TTHT Nam Định, ngày 07 tháng 3 năm 2022\n\
         V/v chính sách thuế đối với khoản hỗ trợ\n\n\
         Cục Thuế tỉnh Nam Định trả lời để Công ty biết./.\n",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("chính sách thuế đối với khoản hỗ trợ")
    );
}

/// `Số:` read by OCR as `$6:`, the place and date too damaged to read the date (`ngayl8thing
/// 5 ăm 2023`), and the subject under a type heading in capitals without its marks marked
/// `Vw` (`V/v`): the number, the place and the subject are read, the marker dropped, and the
/// date left out with a note.
#[test]
fn a_dollar_for_so_and_vw_under_the_type_heading() {
    let doc = vanban::parse(
        "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         $6:512/TB-TCHQ Hà Nội, ngayl8thing 5 ăm 2023\n\
         THONG BAO\n\n\
         Vw kết quả giao ban tháng 5\n\n\
         Tổng cục Hải quan thông báo kết quả như sau.\n",
    );
    assert_eq!(doc.number.number, Some(512));
    assert_eq!(doc.number.notation.as_deref(), Some("TB-TCHQ"));
    assert_eq!(doc.place.as_deref(), Some("Hà Nội"));
    assert_eq!(doc.date, None);
    assert!(doc.diagnostics.iter().any(|d| d.code == "VB005"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG BÁO"));
    assert_eq!(doc.subject.as_deref(), Some("kết quả giao ban tháng 5"));
}

/// A speck of the scan between the notation and the place (`/CTHG-TTHT ˆ Hà Giang`), and a
/// date OCR garbled past reading: the place is read, and the date is left out with a note.
#[test]
fn a_speck_before_the_place_in_the_number_row() {
    let doc = vanban::parse(
        "CỤC THUẾ TỈNH HÀ GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 248/CTHG-TTHT ˆ Hà Giang, ngàyä4 kháng 5 năm 2023\n\
         V/v chính sách thuế đối với hộ kinh doanh\n\n\
         Cục Thuế tỉnh Hà Giang trả lời để Công ty biết./.\n",
    );
    assert_eq!(doc.number.number, Some(248));
    assert_eq!(doc.place.as_deref(), Some("Hà Giang"));
    assert_eq!(doc.date, None);
    assert!(doc.diagnostics.iter().any(|d| d.code == "VB005"));
}

/// A line of OCR's garbage that opens a quotation (`“itr ap iy ...`) and a stray closing mark
/// after the body's end mark (`thực hiện./.A+z”`): the end mark is never quoted, so the
/// quotation was never closed, and it ends before the next label of the list's own
/// sequence (`2.3.` after `2.2.`). Before, `2.3.` and `3.` were quoted text.
#[test]
fn a_stray_quotation_mark_does_not_swallow_the_items_below_it() {
    let doc = vanban::parse(
        "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 88/TB-TCHQ Hà Nội, ngày 02 tháng 11 năm 2023\n\
         THÔNG BÁO\nKế hoạch công tác tháng 11 năm 2023\n\n\
         1. Kết quả tháng 10\n\
         2. Nhiệm vụ tháng 11\n\
         2.1. Giao Cục Giám sát quản lý rà soát quy trình.\n\
         2.2. Giao Cục Kiểm tra sau thông quan:\n\
         - Hoàn thành kế hoạch kiểm tra.\n\n\
         “itr ap iy tl TREN eect cic.\n\n\
         2.3. Giao Cục Thuế xuất nhập khẩu theo dõi hoàn thuế.\n\
         3. Tổ chức thực hiện\n\
         Các đơn vị báo cáo trước ngày 25 hằng tháng.\n\n\
         Tổng cục Hải quan thông báo để các đơn vị thực hiện./.A+z”\n\n\
         Nơi nhận:\n- Các đơn vị;\n- Lưu: VT.\n\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nLê Văn An\n",
    );
    let top: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(top, ["1.", "2.", "3."]);
    let second: Vec<&str> = doc.body.items[1]
        .children
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(second, ["2.1.", "2.2.", "2.3."]);
}

/// OCR reads the second `I` of a Roman `II.` as a small `l` (`Il.`): the section is the
/// second of the top level, not text of the first.
#[test]
fn a_roman_two_read_with_a_small_l() {
    let text = "ỦY BAN NHÂN DÂN\nXÃ AN HÒA\nSố: 15/BC-UBND\nAn Hòa, ngày 02 tháng 7 năm 2025\n\
                BÁO CÁO\nKết quả công tác quý II\n\
                I. KẾT QUẢ\nHoàn thành các chỉ tiêu của quý.\n\
                Il. TỒN TẠI\nMột số công trình chậm tiến độ.\n\
                III. ĐỀ XUẤT\nBổ sung vốn cho các công trình.\n";
    let doc = vanban::parse(text);
    let labels: Vec<&str> = doc.body.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["I.", "Il.", "III."]);
    assert!(doc
        .body
        .items
        .iter()
        .all(|i| i.kind == vanban::LabelKind::Roman));
    assert_eq!(doc.body.items[1].text, "Một số công trình chậm tiến độ.");
}
