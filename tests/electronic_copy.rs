//! An electronic copy's stamp (Nghị định 30/2020): the form of the copy, the copying body's
//! name in small letters, the copy's number and the digital signature's time, printed at
//! the top of the first page, above the copied document's own header. Each expectation is
//! read off the text of the test.

use vanban::Document;

const STAMP: &str = "SAO Y\nSở Tư pháp tỉnh Kon Tum\nSố: 52/SY-STP\n\
                     Thời gian ký: 21.05.2025 14:05:33 +07:00\n";

const ORIGINAL: &str = "\
ỦY BAN NHÂN DÂN
TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/QĐ-UBND
Kon Tum, ngày 19 tháng 5 năm 2025

QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính lĩnh vực hộ tịch

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này 04 thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đặng Văn Lâm
";

/// The original's facts, whatever stands above its header.
fn assert_original(doc: &Document) {
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN TỈNH KON TUM")
    );
    assert_eq!(doc.number.number, Some(318));
    assert_eq!(doc.number.notation.as_deref(), Some("QĐ-UBND"));
    assert_eq!(doc.place.as_deref(), Some("Kon Tum"));
    assert_eq!(doc.date.as_deref(), Some("2025-05-19"));
    assert_eq!(doc.doc_type.name.as_deref(), Some("QUYẾT ĐỊNH"));
    assert_eq!(doc.body.items.len(), 2);
    let sig = doc.signature.as_ref().expect("signature");
    assert_eq!(sig.name.as_deref(), Some("Đặng Văn Lâm"));
}

#[test]
fn the_stamp_above_the_header_is_a_copy_and_the_header_is_the_originals() {
    let text = format!("{STAMP}{ORIGINAL}");
    let doc = vanban::parse(&text);
    assert_original(&doc);
    assert_eq!(doc.copies.len(), 1);
    let copy = &doc.copies[0];
    assert_eq!(copy.kind, "SAO Y");
    assert_eq!(copy.issuer.name.as_deref(), Some("Sở Tư pháp tỉnh Kon Tum"));
    assert_eq!(copy.number.number, Some(52));
    assert_eq!(copy.number.notation.as_deref(), Some("SY-STP"));
    assert_eq!(copy.date.as_deref(), Some("2025-05-21"));
    // The signature's time is kept as printed, with its span.
    let time = doc
        .unclassified
        .iter()
        .find(|l| l.kind == "copy_digital_signature")
        .expect("the signing time");
    assert_eq!(
        &text[time.span.start..time.span.end],
        "Thời gian ký: 21.05.2025 14:05:33 +07:00"
    );
    let date = doc.spans["copies[0].date"];
    assert_eq!(&text[date.start..date.end], "21.05.2025");
    let name = doc.spans["copies[0].issuer.name"];
    assert_eq!(&text[name.start..name.end], "Sở Tư pháp tỉnh Kon Tum");
}

/// Printed by `pdftotext -layout`, the stamp sits at the right, and a blank line may part it
/// from the header.
#[test]
fn the_stamp_indented_at_the_right() {
    let stamp: String = STAMP
        .lines()
        .map(|l| format!("                                        {l}\n"))
        .collect();
    let doc = vanban::parse(&format!("{stamp}\n{ORIGINAL}"));
    assert_original(&doc);
    assert_eq!(doc.copies.len(), 1);
    assert_eq!(doc.copies[0].number.number, Some(52));
}

/// A paper copy's block after the original as well: the stamp is the first copy, the block
/// the second.
#[test]
fn a_stamp_and_a_paper_copy_block() {
    let block = "________________________________\n\
                 SAO LỤC\nVĂN PHÒNG UBND HUYỆN ĐĂK HÀ\nSố: 09/SL-VP\n\
                 Đăk Hà, ngày 23 tháng 5 năm 2025\n\
                 Nơi nhận:\n- Các xã;\n- Lưu: VT.\n\
                 TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Thị Hoa\n";
    let doc = vanban::parse(&format!("{STAMP}{ORIGINAL}{block}"));
    assert_original(&doc);
    let copies: Vec<(&str, Option<u32>)> = doc
        .copies
        .iter()
        .map(|c| (c.kind.as_str(), c.number.number))
        .collect();
    assert_eq!(copies, [("SAO Y", Some(52)), ("SAO LỤC", Some(9))]);
}

/// A copy heading above the header with no copy's number under it is no stamp: the
/// original's number stays the document's.
#[test]
fn a_heading_without_a_copys_number_is_no_stamp() {
    let doc = vanban::parse(&format!("SAO Y\n{ORIGINAL}"));
    assert_original(&doc);
    assert!(doc.copies.iter().all(|c| c.number.number != Some(318)));
}
