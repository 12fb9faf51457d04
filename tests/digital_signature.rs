//! The visible stamp of a digital signature that `pdftotext` prints above the header: the
//! signer, an e-mail and the signing time, each field wrapped in the stamp's narrow box.
//! Each expectation is read off the text of the test.

const HEADER: &str = "\
        UBND TỈNH QUẢNG BÌNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      SỞ GIÁO DỤC VÀ ĐÀO TẠO                     Độc lập - Tự do - Hạnh phúc
       Số: 1875 /KH-SGDĐT                Quảng Bình, ngày 14 tháng 9 năm 2023
                                      KẾ HOẠCH
                   Tổ chức Hội khỏe Phù Đổng cấp tỉnh
     I. MỤC ĐÍCH, YÊU CẦU
";

fn stamp_of(stamp: &str) -> (vanban::Document, vanban::DigitalSignature) {
    let doc = vanban::parse(&format!("{stamp}{HEADER}"));
    let ds = doc.digital_signature.clone().expect(stamp);
    (doc, ds)
}

/// `pdftotext -layout`: labelled fields, the signer's and the time's wrapped onto the next
/// line in the same column (the signer over two lines once).
#[test]
fn wrapped_fields_are_read_whole() {
    for (stamp, signer) in [
        (
            "                  Người ký: Sở Giáo dục và\n                  Đào tạo\n                  Email: sgddt@quangbinh.gov.vn\n                  Thời gian ký: 14.09.2023\n                  08:45:12 +07:00\n",
            "Sở Giáo dục và Đào tạo",
        ),
        (
            "Người ký: Sở Giáo\ndục và Đào\ntạo\nEmail: sgddt@quangbinh.gov.vn\nThời gian ký: 14.09.2023\n08:45:12 +07:00\n\n",
            "Sở Giáo dục và Đào tạo",
        ),
    ] {
        let (doc, ds) = stamp_of(stamp);
        assert_eq!(ds.signer.as_deref(), Some(signer), "{stamp}");
        assert_eq!(ds.email.as_deref(), Some("sgddt@quangbinh.gov.vn"), "{stamp}");
        assert_eq!(
            ds.signed_at.as_deref(),
            Some("14.09.2023 08:45:12 +07:00"),
            "{stamp}"
        );
        assert!(doc.unclassified.is_empty(), "{stamp}: {:?}", doc.unclassified);
        assert_eq!(doc.issuer.name.as_deref(), Some("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
    }
}

/// `pdftotext` without layout: the signer's name unlabelled, in normal case, at the top and
/// wrapped, then the e-mail and the time.
#[test]
fn an_unlabelled_signer_at_the_top_is_the_signer() {
    let stamp = "Sở Giáo dục và\nĐào tạo\nsgddt@quangbinh.gov.vn\nThời gian ký: 14.09.2023\n08:45:12 +07:00\n\n";
    let (doc, ds) = stamp_of(stamp);
    assert_eq!(ds.signer.as_deref(), Some("Sở Giáo dục và Đào tạo"));
    assert_eq!(ds.email.as_deref(), Some("sgddt@quangbinh.gov.vn"));
    assert_eq!(ds.signed_at.as_deref(), Some("14.09.2023 08:45:12 +07:00"));
    assert!(doc.unclassified.is_empty(), "{:?}", doc.unclassified);
}

/// A sentence after the stamp's time is no part of it.
#[test]
fn a_sentence_under_the_stamp_is_not_its_field() {
    let stamp = "Thời gian ký: 14.09.2023 08:45\nđơn).\n\n";
    let (doc, ds) = stamp_of(stamp);
    assert_eq!(ds.signed_at.as_deref(), Some("14.09.2023 08:45"));
    assert!(doc.unclassified.iter().any(|l| l.text == "đơn)."));
}

/// A scan of a signed PDF: OCR read the stamp's frame before its first label (`+ - ° Ký
/// bởi:`) and wrapped its address over blank lines. The stamp is read, and the header below
/// it too, where OCR put a full stop after `ngày` and a capital `W` in `Vw` (`V/v`).
#[test]
fn a_stamp_at_the_top_of_a_scan_with_marks_before_its_label() {
    let doc = vanban::parse(
        "+ - ° Ký bởi: Cục Thuế\nTỉnh Lào Cai\n\nĐịa chỉ: Đường Hoàng Liên\n\n\
         Thời gian ký:\n11.03.2022 09:40\n\n\
         CỤC THUẾ TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\n\
         Số: 842/CT-TTHT Lào Cai, ngày.11 tháng 3 năm 2022\n\
         VW hoàn thuế giá trị gia tăng\n\n\
         Kính gửi: Công ty TNHH Sơn Hà\n\n\
         Cục Thuế tỉnh Lào Cai trả lời để Công ty biết./.\n",
    );
    let stamp = doc.digital_signature.as_ref().expect("a stamp");
    assert_eq!(stamp.signed_at.as_deref(), Some("11.03.2022 09:40"));
    assert!(stamp
        .signer
        .as_deref()
        .is_some_and(|s| s.starts_with("Cục Thuế")));
    assert_eq!(doc.issuer.name.as_deref(), Some("CỤC THUẾ TỈNH LÀO CAI"));
    assert_eq!(doc.number.number, Some(842));
    assert_eq!(doc.place.as_deref(), Some("Lào Cai"));
    assert_eq!(doc.date.as_deref(), Some("2022-03-11"));
    assert_eq!(doc.subject.as_deref(), Some("hoàn thuế giá trị gia tăng"));
    assert_eq!(doc.addressees, ["Công ty TNHH Sơn Hà"]);
}
