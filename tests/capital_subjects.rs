//! A subject set in capitals on the lines below the type heading: over several lines, and
//! led by a word that is also a type name (`QUY ĐỊNH ...` under `NGHỊ ĐỊNH`, `KẾT LUẬN ...`
//! under `THÔNG BÁO`). Each expectation is read off the text of the test.

/// A state header, the type heading `heading`, then `subject_lines` and a basis line.
fn document(heading: &str, subject_lines: &str) -> vanban::Document {
    vanban::parse(&format!(
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
         Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 03 tháng 7 năm 2024\n{heading}\n\
         {subject_lines}\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    ))
}

#[test]
fn a_capitals_subject_over_two_lines() {
    let doc = document(
        "QUYẾT ĐỊNH",
        "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\nCỦA ỦY BAN NHÂN DÂN TỈNH",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH")
    );
    assert_eq!(doc.body.basis.len(), 1);
}

#[test]
fn a_capitals_subject_led_by_a_type_name() {
    for (heading, lines, subject) in [
        (
            "NGHỊ ĐỊNH",
            "QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU\nCỦA LUẬT ĐẤT ĐAI",
            "QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI",
        ),
        (
            "THÔNG TƯ",
            "HƯỚNG DẪN THI HÀNH LUẬT THUẾ",
            "HƯỚNG DẪN THI HÀNH LUẬT THUẾ",
        ),
        (
            "THÔNG BÁO",
            "KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "KẾT LUẬN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        ),
    ] {
        let doc = document(heading, lines);
        assert_eq!(doc.doc_type.name.as_deref(), Some(heading));
        assert_eq!(doc.subject.as_deref(), Some(subject), "{heading}");
    }
}

#[test]
fn a_lower_case_subject_does_not_take_a_capitals_line() {
    // A subject in normal case ends where a line in capitals begins.
    let doc = document(
        "QUYẾT ĐỊNH",
        "Về việc ban hành Quy chế làm việc\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
    );
    assert_eq!(
        doc.subject.as_deref(),
        Some("Về việc ban hành Quy chế làm việc")
    );
}

/// A type heading and its subject glued onto the number's line, as a web page flattens the
/// header: a `V/V` between them is the marker and left out, `VỀ VIỆC` is the subject's
/// first words and kept, as it is on a line of its own.
#[test]
fn ve_viec_after_a_glued_heading_is_kept() {
    let glued = |title: &str| {
        vanban::parse(&format!(
            "UỶ BAN NHÂN DÂN TỈNH NGHỆ AN ------\n\
             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----------\n\
             Số: 18/CT-UB Vinh, ngày 06 tháng 5 năm 1996 {title}\n\
             Để chủ động phòng, chống lụt bão, Uỷ ban nhân dân tỉnh chỉ thị:\n"
        ))
    };
    let doc = glued("CHỈ THỊ VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO");
    assert_eq!(doc.doc_type.name.as_deref(), Some("CHỈ THỊ"));
    assert_eq!(
        doc.subject.as_deref(),
        Some("VỀ VIỆC TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO")
    );
    let doc = glued("CHỈ THỊ V/V TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO");
    assert_eq!(
        doc.subject.as_deref(),
        Some("TĂNG CƯỜNG CÔNG TÁC PHÒNG CHỐNG LỤT BÃO")
    );
}

/// `VỀ VIỆC` inside a subject in capitals (`QUY ĐỊNH VỀ VIỆC LẬP ...`) goes on the subject,
/// on the heading's line as on its own.
#[test]
fn ve_viec_inside_a_subject_in_capitals() {
    for title in [
        "Hà Nội, ngày 03 tháng 4 năm 2023 THÔNG TƯ QUY ĐỊNH VỀ VIỆC LẬP HỒ SƠ CÁN BỘ CẤP XÃ",
        "Hà Nội, ngày 03 tháng 4 năm 2023\nTHÔNG TƯ\nQUY ĐỊNH VỀ VIỆC LẬP HỒ SƠ CÁN BỘ CẤP XÃ",
    ] {
        let text = format!(
            "BỘ NỘI VỤ --------\n\
             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n\
             Số: 07/2023/TT-BNV\n{title}\n\
             Căn cứ Luật Cán bộ, công chức;\n\
             Điều 1. Phạm vi điều chỉnh\nThông tư này quy định việc lập hồ sơ.\n"
        );
        let doc = vanban::parse(&text);
        assert_eq!(
            doc.subject.as_deref(),
            Some("QUY ĐỊNH VỀ VIỆC LẬP HỒ SƠ CÁN BỘ CẤP XÃ"),
            "{title}"
        );
        assert_eq!(doc.doc_type.name.as_deref(), Some("THÔNG TƯ"));
    }
}

/// A decision's authority line under its subject in capitals names the issuer the header
/// printed, alone or after a position (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU`, the header
/// abbreviating the name or not): it is the body's authority, not the subject's last line.
/// A subject's last line that only continues its phrase (`... CỦA` | `ỦY BAN NHÂN DÂN TỈNH
/// LAI CHÂU`) or names another body stays the subject's.
#[test]
fn the_authority_under_a_capitals_subject() {
    for (issuer, subject_lines, subject, authority) in [
        (
            "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
            "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
            "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH",
            Some("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
        ),
        (
            "UBND TỈNH LAI CHÂU",
            "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
            "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH",
            Some("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
        ),
        (
            "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
            "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
            "VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH LAI CHÂU",
            None,
        ),
        (
            "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU",
            "VỀ VIỆC GIAO NHIỆM VỤ CHO\nSỞ NỘI VỤ TỈNH ĐIỆN BIÊN",
            "VỀ VIỆC GIAO NHIỆM VỤ CHO SỞ NỘI VỤ TỈNH ĐIỆN BIÊN",
            None,
        ),
    ] {
        let doc = vanban::parse(&format!(
            "{issuer}\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
             Độc lập - Tự do - Hạnh phúc\nLai Châu, ngày 03 tháng 7 năm 2024\nQUYẾT ĐỊNH\n\
             {subject_lines}\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n\
             Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục.\n"
        ));
        assert_eq!(doc.subject.as_deref(), Some(subject), "{subject_lines}");
        assert_eq!(
            doc.body.authority.as_ref().map(|p| p.text.as_str()),
            authority,
            "{subject_lines}"
        );
        assert_eq!(doc.body.basis.len(), 1, "{subject_lines}");
    }
}
