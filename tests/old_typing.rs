//! Habits of documents typed before the current rules: a Party notation after a space where
//! its hyphen belongs, and an authority prefix closed by a slash. Each expectation is read off
//! the text of the test.

/// A Party directive of the 1990s, its `Số` line given.
fn party_directive(so: &str) -> vanban::Document {
    vanban::parse(&format!(
        "TỈNH UỶ HẢI HƯNG\n*\n{so}\nĐẢNG CỘNG SẢN VIỆT NAM\n\
         Hải Dương, ngày 3 tháng 11 năm 1992\n\nCHỈ THỊ\n\
         Về việc tăng cường quản lý thu, nộp đảng phí\n\n\
         Ban Thường vụ Tỉnh uỷ chỉ thị các cấp uỷ thực hiện.\n\n\
         Nơi nhận:\n- Các huyện uỷ,\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn Hùng\n"
    ))
}

/// `Số: 12 CT/TU`: the space stands for the hyphen of `12-CT/TU`, with or without the colon.
#[test]
fn a_party_notation_after_a_space() {
    for so in ["Số: 12 CT/TU", "Số 12 CT/TU", "Số 12-CT/TU"] {
        let doc = party_directive(so);
        assert_eq!(doc.number.number, Some(12), "{so}");
        assert_eq!(doc.number.notation.as_deref(), Some("CT/TU"), "{so}");
        assert_eq!(doc.number.type_code.as_deref(), Some("CT"), "{so}");
        assert_eq!(doc.doc_type.name.as_deref(), Some("CHỈ THỊ"), "{so}");
        assert_eq!(doc.date.as_deref(), Some("1992-11-03"), "{so}");
    }
}

/// Words in small letters after a number are no notation: a body line that begins `Số 12`
/// is text, not a second number.
#[test]
fn words_after_a_number_are_no_notation() {
    let text = "Số 12 người/ngày được cử đi học.";
    let doc = vanban::parse(&format!(
        "TỈNH UỶ HẢI HƯNG\n*\nSố: 12 CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n\
         Hải Dương, ngày 3 tháng 11 năm 1992\n\nCHỈ THỊ\nVề việc cử cán bộ đi học\n\n{text}\n"
    ));
    assert_eq!(doc.number.notation.as_deref(), Some("CT/TU"));
    let body: Vec<&str> = doc.body.preamble.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(body, [text]);
}

/// `KT/ TRƯỞNG BAN`: the older typist's slash closes the prefix as a dot does.
#[test]
fn an_authority_prefix_closed_by_a_slash() {
    for prefix in ["KT/ TRƯỞNG BAN", "KT/TRƯỞNG BAN", "KT. TRƯỞNG BAN"] {
        let doc = vanban::parse(&format!(
            "UBND TỈNH ĐỒNG NAI\nBAN TỔ CHỨC CHÍNH QUYỀN\nSố: 312/TCCQ\n\
             V/v hướng dẫn xếp lương cán bộ\nBiên Hoà, ngày 20 tháng 10 năm 1995\n\n\
             Kính gửi: UBND các huyện.\n\nĐề nghị các đơn vị thực hiện./.\n\n\
             Nơi nhận:\n- Như trên;\n- Lưu VP.\n{prefix}\nPHÓ TRƯỞNG BAN\nHồ Thị Kim Xuyến\n"
        ));
        let sig = doc.signature.as_ref().expect(prefix);
        assert_eq!(sig.authority.as_deref(), Some("KT"), "{prefix}");
        assert_eq!(sig.position.as_deref(), Some("PHÓ TRƯỞNG BAN"), "{prefix}");
        assert_eq!(sig.name.as_deref(), Some("Hồ Thị Kim Xuyến"), "{prefix}");
        assert_eq!(doc.recipients.len(), 2, "{prefix}");
    }
}
