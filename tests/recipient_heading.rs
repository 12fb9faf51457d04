//! What heads the recipient list: `Nơi nhận:`, or `Nơi gửi:` in documents of the 1960s–1980s;
//! and what does not (`Nơi nhận hồ sơ: ...`, a sentence of the body). Each expectation is
//! read off the text of the test.

/// A 1985 công văn, its list after the signature under the old heading.
#[test]
fn noi_gui_heads_the_list_in_old_documents() {
    let doc = vanban::parse(
        "BỘ LÂM NGHIỆP\nSố: 1312/LN-KL\nV/v phòng cháy, chữa cháy rừng\n\
         Hà Nội, ngày 25 tháng 11 năm 1985\n\
         Bộ Lâm nghiệp đề nghị các tỉnh chỉ đạo thực hiện ngay.\n\
         K/T BỘ TRƯỞNG BỘ LÂM NGHIỆP\nTHỨ TRƯỞNG\nHoàng Hữu Lạc\n\
         Nơi gửi:\n- Như trên\n- Hội đồng Bộ trưởng (để báo cáo)\n- Lưu\n",
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Hội đồng Bộ trưởng", "Lưu"]);
    assert!(doc.attachments.is_empty(), "{:?}", doc.attachments);
    assert_eq!(
        doc.signature.as_ref().and_then(|s| s.name.as_deref()),
        Some("Hoàng Hữu Lạc")
    );
}

/// A recruitment notice says where applications go: `Nơi nhận hồ sơ:` is a sentence of the
/// body, which goes on after it; the list is the one under `Nơi nhận:` alone.
#[test]
fn noi_nhan_ho_so_is_a_sentence_of_the_body() {
    let doc = vanban::parse(
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nSố: 14/TB-UBND\nĐông Anh, ngày 01 tháng 2 năm 2024\n\
         THÔNG BÁO\nTuyển dụng viên chức năm 2024\n1. Hồ sơ gồm đơn đăng ký dự tuyển.\n\
         Nơi nhận hồ sơ: Phòng Nội vụ huyện.\n2. Thời gian nhận hồ sơ: tháng 3 năm 2024.\n\
         3. Lệ phí theo quy định./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\
         CHỦ TỊCH\nNguyễn Văn Minh\n",
    );
    assert_eq!(doc.body.items.len(), 3);
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Lưu: VT"]);
}

/// OCR garbled the heading past reading (`oe`, a word glued to the signature column's
/// authority): the bulleted entries between the body's end mark and `Lưu` are still the
/// list, wrapped lines included, and a body whose bullets come before its end mark keeps them.
#[test]
fn a_list_whose_heading_ocr_lost() {
    for heading in ["", "oe KT. CỤC TRƯỞNG\n", "Noi nhật TL. BỘ TRƯỞNG\n"] {
        let text = format!(
            "BỘ TÀI CHÍNH\nTỔNG CỤC HẢI QUAN\nSố: 812/TCHQ-GSQL\nV/v kiểm tra điều kiện kho bãi\n\
             Hà Nội, ngày 14 tháng 3 năm 2022\nKính gửi: Cục Hải quan các tỉnh, thành phố.\n\
             Tổng cục Hải quan hướng dẫn như sau:\n- Kho có tường rào bao quanh;\n\
             - Camera giám sát hoạt động liên tục.\nĐề nghị các đơn vị thực hiện./.\n\
             {heading}- Bộ trưởng (để b/c);\n- Công ty TNHH Minh Long, Lô C2 KCN\n\
             Tân Phú (thay trả lời);\n- Lưu: VT, GSQL.\nPHÓ TỔNG CỤC TRƯỞNG\nĐỗ Minh Tâm\n"
        );
        let doc = vanban::parse(&text);
        let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            recipients,
            [
                "Bộ trưởng",
                "Công ty TNHH Minh Long, Lô C2 KCN Tân Phú",
                "Lưu: VT, GSQL"
            ],
            "{text}"
        );
        let bullets: Vec<&str> = (doc.body.preamble.iter())
            .filter(|p| p.label.as_deref() == Some("-"))
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            bullets,
            [
                "Kho có tường rào bao quanh;",
                "Camera giám sát hoạt động liên tục."
            ]
        );
        assert_eq!(
            doc.signature.as_ref().and_then(|s| s.name.as_deref()),
            Some("Đỗ Minh Tâm")
        );
        // The stamp's letters before the signature column's authority are passed.
        if heading.starts_with("oe") {
            let chain = doc.signature.as_ref().map(|s| s.chain.clone());
            assert_eq!(chain, Some(vec!["KT. CỤC TRƯỞNG".to_string()]));
        }
    }
}
