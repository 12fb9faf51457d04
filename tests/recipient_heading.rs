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
