//! Documents as an e-mail carries them: quoted line by line under a reply's `... đã viết:`,
//! or forwarded under a mail program's header block and a cover note that opens with its
//! own `Kính gửi`. The document's facts are read as if it stood alone; the mail's lines are
//! kept apart. Each expectation is read off the text of the test.

const DOCUMENT: &str = "\
UBND HUYỆN XUÂN LỘC
ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ

Số: 52/UBND-VP
V/v đăng ký nhu cầu đào tạo nghề cho lao động nông thôn

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Xuân Phú, ngày 05 tháng 3 năm 2024

Kính gửi: Phòng Lao động - Thương binh và Xã hội huyện.

UBND xã Xuân Phú đề nghị Phòng xem xét, tổng hợp./.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lương Thị Hoa
";

/// The facts every form of the mail must give.
fn assert_document(doc: &vanban::Document, form: &str) {
    assert_eq!(
        doc.issuer.name.as_deref(),
        Some("ỦY BAN NHÂN DÂN XÃ XUÂN PHÚ"),
        "{form}"
    );
    assert_eq!(doc.number.printed.as_deref(), Some("52"), "{form}");
    assert_eq!(doc.number.notation.as_deref(), Some("UBND-VP"), "{form}");
    assert_eq!(doc.place.as_deref(), Some("Xuân Phú"), "{form}");
    assert_eq!(doc.date.as_deref(), Some("2024-03-05"), "{form}");
    assert_eq!(
        doc.subject.as_deref(),
        Some("đăng ký nhu cầu đào tạo nghề cho lao động nông thôn"),
        "{form}"
    );
    assert_eq!(
        doc.addressees,
        ["Phòng Lao động - Thương binh và Xã hội huyện"],
        "{form}"
    );
    let recipients: Vec<&str> = doc.recipients.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(recipients, ["Như trên", "Lưu: VT"], "{form}");
    let sig = doc.signature.as_ref().expect(form);
    assert_eq!(sig.authority.as_deref(), Some("TM"), "{form}");
    assert_eq!(sig.name.as_deref(), Some("Lương Thị Hoa"), "{form}");
}

#[test]
fn a_document_quoted_in_a_reply() {
    let reply = "Vào Th 3, 5 thg 3, 2024 vào lúc 15:20 UBND xã <ubnd@example.vn> đã viết:\n";
    for mark in ["> ", ">", "> > ", ">> "] {
        let quoted: String = DOCUMENT
            .lines()
            .map(|l| format!("{mark}{l}\n").replace(" \n", "\n"))
            .collect();
        let text = format!("{reply}{quoted}");
        let doc = vanban::parse(&text);
        assert_document(&doc, mark);
        // The reply's line is kept, and spans point into the text as given.
        let kept: Vec<(&str, &str)> = doc
            .unclassified
            .iter()
            .map(|l| (l.kind.as_ref(), l.text.as_str()))
            .collect();
        assert_eq!(kept, [("mail", reply.trim_end())], "{mark}");
        let sig = doc.signature.as_ref().expect(mark);
        assert_eq!(
            &text[sig.span.end - "Lương Thị Hoa".len()..sig.span.end],
            "Lương Thị Hoa"
        );
    }
}

#[test]
fn a_document_under_a_cover_note_with_its_own_greeting() {
    let cover = "Kính gửi Quý Phòng,\nUBND xã gửi văn bản đăng ký để Quý Phòng tổng hợp.\n\n";
    let doc = vanban::parse(&format!("{cover}{DOCUMENT}"));
    assert_document(&doc, "cover note");
    let kept: Vec<(&str, &str)> = doc
        .unclassified
        .iter()
        .map(|l| (l.kind.as_ref(), l.text.as_str()))
        .collect();
    assert_eq!(
        kept,
        [
            ("before_header", "Kính gửi Quý Phòng,"),
            (
                "before_header",
                "UBND xã gửi văn bản đăng ký để Quý Phòng tổng hợp."
            )
        ]
    );
}

/// A forwarded message: the sender's note (its own greeting, a signature with a phone
/// number), then the mail program's header block, then the document, quoted or not. The
/// note and the block are the mail's lines, kept apart from the document's.
#[test]
fn a_document_forwarded_under_a_mail_header() {
    let note = "\
Kính gửi các đồng chí,

Văn phòng chuyển tiếp văn bản để các đơn vị nghiên cứu, triển khai.

Trân trọng!
--
Nguyễn Văn Hưng
ĐT: 0238.3821.456

";
    for block in [
        "-----Original Message-----\nFrom: Văn thư <vanthu@example.vn>\nSent: Thursday, March 14, 2024 4:52 PM\nTo: Phong LDTBXH <ldtbxh@example.vn>\nSubject: Cong van so 52/UBND-VP\nAttachments: 52-UBND.pdf\n\n",
        "---------- Forwarded message ---------\nFrom: Văn thư <vanthu@example.vn>\nDate: Thu, Mar 14, 2024 at 4:52 PM\nSubject: Cong van so 52/UBND-VP\nTo: <ldtbxh@example.vn>\n\n\n",
    ] {
        for quote in ["", "> "] {
            let document: String = DOCUMENT.lines().map(|l| format!("{quote}{l}\n")).collect();
            let text = format!("{note}{block}{document}");
            let doc = vanban::parse(&text);
            assert_document(&doc, block);
            let mail: Vec<&str> = doc
                .unclassified
                .iter()
                .filter(|l| l.kind == "mail")
                .map(|l| l.text.as_str())
                .collect();
            let mail_text = format!("{note}{block}");
            let expected: Vec<&str> = mail_text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            assert_eq!(mail, expected, "{quote}");
        }
    }
}
