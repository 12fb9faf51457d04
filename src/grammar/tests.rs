//! Rule-level tests: for every rule, inputs that must match fully and inputs that must not.
//!
//! Inputs are written as printed (with diacritics) and folded into the matching key before
//! parsing, as the library does. An input containing `\u{1}` must be matched exactly up to
//! that mark (for rules that end with a lookahead on what follows).

use pest::Parser;

use super::{rule_name, Rule, VanbanParser};
use crate::normalize::fold_str;

/// `(rule, must match fully, must not match fully)`.
type Case = (Rule, &'static [&'static str], &'static [&'static str]);

const CASES: &[Case] = &[
    (
        Rule::document,
        &[
            "Số: 12/QĐ-UBND\nHà Nội, ngày 05 tháng 01 năm 2021\n",
            "",
            "\n\n",
            "x",
        ],
        &[],
    ),
    (
        Rule::line,
        &[
            "THÔNG BÁO",
            "   ",
            "\x0c2",
            "- Như trên;",
            "bất kỳ; văn bản",
        ],
        &["a\nb"],
    ),
    (Rule::page_break, &["\x0c"], &[" "]),
    (
        Rule::text_line,
        &[
            "- Phòng Công báo (VPCP): PHÓ VỤ TRƯỞNG",
            "- Các huyện: TÂN AN",
            "Nội dung bất kỳ",
            "a; b; c",
            "; oe Bộ Tư pháp : VỤ TRƯỞNG",
        ],
        &["", "a\nb"],
    ),
    (Rule::rest, &["", "bất kỳ"], &["a\nb"]),
    (Rule::text, &["x", "Ngày 12 tháng 4"], &["", "a\nb"]),
    (Rule::num, &["1", "2354", "1234567"], &["12345678", "a1"]),
    (Rule::year, &["2021", "1980"], &["1850", "21"]),
    (
        Rule::wrapped_year,
        &["2016", "1982\u{1} Về việc", "năm 2024"],
        &["20245", "1850", "21"],
    ),
    (
        Rule::slash_date,
        &["09/8/2021", "01-10-1997", "05.05.2026"],
        &["2021/8/9", "9/8"],
    ),
    (Rule::clock, &["12:00:00", "09:48"], &["1600", "12:0"]),
    (Rule::chunk, &["Như trên", "a   b: c"], &["a;b"]),
    (Rule::entry_chunk, &["Như trên", ""], &["a;b", "a   b", "a: b"]),
    (Rule::to_paren, &["", "Tin mới "], &["a (b", "a\nb"]),
    (Rule::to_at, &["", "Email "], &["a@b", "a\nb"]),
    (Rule::to_comma, &["", "Hà Nội"], &["Hà Nội, ngày", "a\nb"]),
    (
        Rule::to_ngay,
        &["", "Hà Nội ", "Ngay"],
        &["Hà Nội ngày", "a\nb"],
    ),
    (
        Rule::header_line,
        &[
            "Số: 12/CT-TTHT ˆ Hà Giang, ngày 5 tháng 5 năm 2023",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "BỘ TƯ PHÁP CONG HOÀ XA HỘI CHU NGHĨA VIET NAM",
            "CỤC THUẾ HÀ TĨNH Độc lập - Tự do - Hạnh phúc",
            "UBND TỈNH ĐẮK LẮK        BỘ CÔNG AN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 418/TB-BNV Hà Nội, ngày 14 tháng 06 năm 2018",
            "VĂN PHÒNG QUỐC HỘI -------",
            // `Số` after the type's name.
            "Nghị quyết số: 17/2022/UBTVQH15",
            // A speck OCR read before the heading or the first header cell.
            ".                                THONG TU",
            "_ BQ TAI CHÍNH CONG HOA XA HOI CHU NGHIA VIET NAM",
            // ... or before the motto or `Số:`.
            "— Độc lập - Tự do - Hạnh phúc",
            "_Số:4Ö7€/BTC - TCT Hà Nội, ngày 5 tháng 3 năm 2019",
            // ... or letters a converter could not decode, and the motto's `ú` lost so.
            "\u{FFFD} \u{FFFD}Độc lập - Tự do -",
            "Hạnh ph\u{FFFD}c",
            // ... after other segments, its number on the next line.
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---- Nghị quyết số:",
            // A site's title glued before the header's first cell.
            "Công văn 384/BYT-KCB năm 2014 do Bộ Y tế ban hành. BỘ Y TẾ -------",
            "Công văn 778/TCHQ-GSQL. BỘ TÀI CHÍNH TỔNG CỤC HẢI QUAN ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "BỘ NỘI THƯƠNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do",
            "– Hạnh phúc -------",
            "Số: 2417/QĐ-CT Hà Giang, ngày 23 tháng 9 năm 2011 QUYẾT ĐỊNH BAN HÀNH MỨC HỖ TRỢ HỌC PHÍ",
            "147/TTg Hà Nội, ngày 22 tháng 3 năm 1979 CHỈ THỊ VỀ CÔNG TÁC THỦY LỢI",
            "THÔNG BÁO",
            "Hà Nội, ngày 18 tháng 02 năm 2020 Kính gửi: Bộ Công Thương.",
            "Số: 1184/VPCP-QHĐP V/v kiến nghị về thủ tục cấp phép xây dựng",
            "V/v triển khai thực hiện",
            "Số:",
            // Rows of a header table made markdown.
            "| BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "| Số: 418/TB-BNV | Hà Nội, ngày 14 tháng 06 năm 2018 |",
            "|  | Hà Nội, ngày 14 tháng 06 năm 2018 |",
            "| * | Tam Kỳ, ngày 04 tháng 5 năm 2023 |",
            // A Party header column joined on one line, the star under the issuer kept.
            "TỈNH ỦY HÀ GIANG BAN TUYÊN GIÁO * Số 21-HD/BTGTU",
            "BCH ĐOÀN TỈNH LÀO CAI *** ĐOÀN TNCS HỒ CHÍ MINH Số: 7-KH/TĐTN",
            // A cell that starts with the rule under a column's first line.
            "| _______ | SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "|  | ________ Độc lập - Tự do - Hạnh phúc |",
            // Place and date without the comma, alone or before a title or `Kính gửi`.
            "Lai Châu ngày 06 tháng 8 năm 2021",
            "Số: 418/TB-BNV Hà Nội ngày 14 tháng 06 năm 2018",
            "Hà Nội ngày 18 tháng 02 năm 2020 Kính gửi: Bộ Công Thương.",
            "Hà Giang ngày 23 tháng 9 năm 2011 QUYẾT ĐỊNH BAN HÀNH MỨC HỖ TRỢ HỌC PHÍ",
            // A two-column header wrapped at a fixed width: the national name cut anywhere
            // after `XÃ HỘI`, its end before the motto on the next line.
            // A number alone, or before another segment, after a bare `Số:` line.
            "147/TTg",
            "25-CT",
            "147/TTg Hà Nội, ngày 22 tháng 3 năm 1979",
            "BỘ Y TẾ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
            "SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
            "VIỆT NAM Độc lập - Tự do - Hạnh phúc",
            "NAM Độc lập – Tự do – Hạnh phúc -------",
        ],
        &[
            "ỦY BAN NHÂN DÂN",
            "Ngày 12/9/2021, tại Văn phòng UBND tỉnh",
            "1. Sở Y tế chủ trì",
            "Sở Y tế chủ trì",
            "| ỦY BAN NHÂN DÂN |  |",
            "|---|---|",
            "| --- | --- |",
            "| :---: | :--- |",
            "|___|___|",
            "| STT | Nội dung | Kết quả |",
            "Sáng ngày 15 tháng 3 năm 2024, UBND tỉnh họp",
            "Sáng ngày 15 tháng 3 năm 2024 UBND tỉnh họp",
            "Báo Lao động ngày 14 tháng 5 năm 2020 đưa tin",
            // Led by a number label: an item, whatever follows the label.
            "3. K ---",
            "1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "2) Số: 12/QĐ-UBND",
            // A bullet before `Số:`.
            "- Số: 12 người",
            "1.2. Hà Nội, ngày 05 tháng 01 năm 2021",
            // The end of an issuer's wrapped name, not the national name's.
            "VIỆT NAM",
            "NAM ĐỊNH",
            // A citation's number with prose after it, brought to the start of a line.
            "1070/TTg-KGVX của Thủ tướng Chính phủ; Văn bản số",
            "5328/VPCP-KGVX, số 5312/VPCP của Văn phòng",
        ],
    ),
    (
        Rule::header_rest,
        &["Ngày 12 tháng 4 năm 1976 Hội đồng Chính phủ"],
        &[""],
    ),
    (
        Rule::national,
        &[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CONG HOA XA HOI CHU NGHIA VIET NAM",
            "C0NG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CỘNGHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        ],
        &["CỘNG HÒA PHÁP", "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ),
    (
        Rule::national_old,
        &["VIỆT NAM DÂN CHỦ CỘNG HÒA", "VIỆT NAM DÂN CHỦ CỘNG HOÀ"],
        &["VIỆT NAM", "Việt Nam dân chủ cộng hòa"],
    ),
    (
        Rule::national_head,
        &[
            "CỘNG HÒA XÃ HỘI",
            "CỘNG HÒA XÃ HỘI CHỦ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT",
            // Wrapped after `XÃ`, as a narrow web cell wraps it.
            "CỘNG HÒA XÃ",
        ],
        &[
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA XÃ",
        ],
    ),
    (
        Rule::national_tail,
        &[
            "NGHĨA VIỆT NAM",
            "CHỦ NGHĨA VIỆT NAM",
            "HỘI CHỦ NGHĨA VIỆT NAM",
            // Before the motto, up to the mark.
            "VIỆT NAM\u{1} Độc lập - Tự do - Hạnh phúc",
            "NAM\u{1} Độc lập – Tự do – Hạnh phúc",
        ],
        &[
            "nghĩa việt nam",
            // Without the motto these may end an issuer's wrapped name.
            "VIỆT NAM",
            "NAM",
            "NAM ĐỊNH",
            "VIỆT NAM Sở Y tế",
            "CHỦ TỊCH",
            "HỘI ĐỒNG NHÂN DÂN",
        ],
    ),
    (
        Rule::motto,
        &[
            "Độc lập - Tự do - Hạnh phúc",
            "Độc lập – Tự do – Hạnh phúc",
            "Độc lập - Ty do - Hạnh phúc",
            "Độc lập -Tự do- Hạnh phúc",
            "Độc lập - Tự Do - Hanh Phức",
            "ĐỘC LẬP - TỰ DO - HẠNH PHÚC",
            "Độc lập - Tự do",
            "Độc lập – Tự do –",
        ],
        &["Độc lập, tự chủ", "Độc lập - Tự do là"],
    ),
    (
        Rule::motto_tail,
        &["- Hạnh phúc", "– Hạnh phúc", "Hạnh phúc", "HẠNH PHÚC"],
        &["- Hạnh", "Hạnh kiểm"],
    ),
    (
        Rule::party,
        &["ĐẢNG CỘNG SẢN VIỆT NAM"],
        &["Đảng Cộng sản Việt Nam"],
    ),
    (
        Rule::hrule,
        &["-------", "___", "==========="],
        &["--", "- - -"],
    ),
    (
        Rule::rule_line,
        &[
            "------- ---------------",
            "___",
            "* * *",
            "- - -",
            "_ _ _",
            "-----:------:-",
        ],
        &["--- x", "* *", "- - Như trên", "* * x", "---: a", ":-"],
    ),
    (
        Rule::dated_wrap_line,
        &[
            "chủ đầu tư nhà ở xã hội        Hà Lâm, ngày 21 tháng 9 năm 2020",
            "nâng cấp đường liên thôn|An Thạnh Nam, ngày 14 tháng 3 năm 2025",
            "Bình Minh - Bình An   Tân Lộc, ngày 02 tháng 4 năm 2023",
        ],
        &[
            "chủ đầu tư nhà ở xã hội Hà Lâm, ngày 21 tháng 9 năm 2020",
            "a  b        Hà Lâm, ngày 21 tháng 9 năm 2020",
            "chủ đầu tư        Hà Lâm, ngày 21 tháng 9 năm 2020 và",
        ],
    ),
    (Rule::wrap_text, &["chủ đầu tư nhà ở", ""], &["  a", "a  b", "a|b"]),
    (
        Rule::spaced_rule,
        &["* * *", "-  -  -  -", "_ _ _"],
        &["* *", "***", "* - *", "- - x"],
    ),
    (Rule::star_line, &["*", "***"], &["****", "* text"]),
    (
        Rule::page_title,
        &[
            "Công văn 384/BYT-KCB năm 2014 do Bộ Y tế ban hành",
            "Quyết định 12/QĐ-UBND",
        ],
        &["Công văn số 384/BYT-KCB", "BỘ Y TẾ", "Công văn 12. BỘ Y TẾ"],
    ),
    (
        Rule::titled_item_line,
        &["Quyết định 15/QĐ-BYT năm 2025 do Bộ Y tế ban hành. Điều 2. Bộ Nội vụ trình"],
        &["Quyết định 15/QĐ-BYT năm 2025.", "Điều 2. Bộ Nội vụ trình"],
    ),
    (Rule::so_kw, &["Số", "SỐ", "số"], &["Số lượng", "Sơn"]),
    (
        Rule::so_clause,
        &[
            "Số: 12/QĐ-UBND",
            "Sô': 45/BC-UBND",
            "Số: 2354 /UBND-VX",
            "Số: 12/2024/QĐ-TTg",
            "Số: /TB-UBND",
            "Số:      /HC-TH",
            "Số: 618",
            "Số 63-TB/VPTU",
            "Số: 30-SL/VPHU",
            "Số: 367 - QĐ/TWĐTN-VP",
            "Số: 25-CT",
            "Số:",
            "số: 12/QĐ-UBND",
            "Sé: 356/TB-SYT",
            "S6: 512/UBND-VP",
            "$6:417/TB-TCHQ",
            "S6 315-QĐ/HU",
            "S: 12/QĐ-UBND",
            "S0 : 7/BC-UBND",
            "Số: 12 CT/TU",
            "Số 12 CT/TU",
            "Số: …../KH-UBND",
            "Số: ...... /2024/QĐ-UBND",
            "Số: ____/TB-UBND",
            "Số: q17 /CT-TTHT",
            "số: x27/SXD-QLN",
            "Số;/?!/ /CI-TTHT",
            "Số: {500 /TLĐ",
            // `!` for the colon; `Số` with its second letter misread before the colon.
            "Số! /CTHY-TTHT",
            "Sá:4KKK /CT-TTHT",
            "Sé: 12/UBND-VP",
            // A stray mark before the number; the slash read as a sign; number and
            // notation garbled into one word before the place.
            "Số: /40/TB-HQTB",
            "Số: 52¿BTNMT-TCMT",
            "Số: 43l¿LĐTBXH-ATLĐ\u{1} Hà Nội",
            // Without the colon, a sign and a figure: a smudged number before a notation.
            "Số $9934 /CT-TTHT",
            "Số #12/UBND-VP",
        ],
        &[
            "Sở Y tế",
            "Số 5",
            "Số lượng",
            "Số 12 người/ngày", "Số 12 nguoi/ngay",
            // A misread `Số` only before a full number and notation.
            "S6: 512",
            "Sen 12/QĐ",
            "S Y TẾ",
            "SL: 512",
            "S1: 500",
            // A number with a letter glued to it is no bare number.
            "Số: 4K",
            // Without a colon, `số` in small letters is a citation's (a wrap brought it
            // to the start of a line).
            "số 4588/UBND-VX",
            // A word of letters only may be the place's.
            "Số: Ia\u{1} Báng",
            // A smudged number only before a notation in capitals, and only after a sign.
            "Số tiền/tháng",
            "Số $9934 /ct",
            "Số $abc /CT-TTHT",
            "Số $9934",
        ],
    ),
    (
        Rule::so_number,
        &["2354", "1 2 5", "125a\u{1}/QĐ-UBND"],
        &["23a", "1 2a", "43l\u{1}¿LĐ"],
    ),
    (Rule::so_colon, &[":", ".", "!"], &["-"]),
    (Rule::notation_year, &["2024"], &["224"]),
    (
        Rule::party_notation,
        &["TB/VPTU", "QĐ/TWĐTN-VP"],
        &["TB-VPTU"],
    ),
    (
        Rule::notation,
        &["QĐ-UBND", "UBND-VX", "TTLT-BNV-VPCP", "GD&ĐT-VP", "QĐ- BTC"],
        &["QĐ UBND", "24"],
    ),
    (
        Rule::notation_group,
        &["QĐ", "VP.UBND", "QH13", "GDTrH"],
        &["-UBND", "VP.", "13QH"],
    ),
    (
        Rule::number_seg,
        &["147/TTg", "12/2024/QĐ-TTg", "25-CT", "63-TB/VPTU"],
        &["1/ Đối với", "24/24", "21/10/2024", "1 - Mức", "2021-2025"],
    ),
    (
        Rule::notation_line,
        &["/TB-UBND", "/ 2024/NĐ-CP"],
        &["TB-UBND"],
    ),
    (
        Rule::date_seg,
        &[
            "Lai Châu, ngày 06 tháng 8 năm 2021",
            "Hà Nội, ngày   tháng   năm 2025",
            "Thành phố Hồ Chí Minh, ngày 01 tháng 02 năm 2024",
            "TP. Hồ Chí Minh, ngày 1 tháng 2 năm 2024",
            "Quận 1, ngày 5 tháng 5 năm 2023",
            "Phan Rang-Tháp Chàm, ngày 10 tháng 10 năm 2020",
            "ngày 21 tháng 10 năm 2024",
            "Hà Nội, ngày 14/6/2018",
            "Lai Châu ngày 06 tháng 8 năm 2021",
            "Hà Nội. ngày 06 tháng 8 năm 2021",
            "Bình Dương, ngàÊ 4 tháng 10 năm 2022",
            // A date garbled past reading: the place is read.
            "Hà Nội, ngày,Shháng năm 2020",
            "Thành phố Hồ Chí Minh, ngàu:J_ tháng 02jhăm 2018",
        ],
        &[
            "Trả lời Công văn số 215, ngày 09 tháng 10 năm 2015",
            "Trả lời Công văn số 215, ngày 09/10/2015",
            "ngày 14/6/2018",
            "Sáng ngày 15 tháng 3 năm 2024, UBND tỉnh họp",
            "Sáng ngày 15 tháng 3 năm 2024 UBND tỉnh họp",
            "Lai Châu ngày 06/8/2021",
            "BỘ TÀI CHÍNH Hà Nội, ngày 14 tháng 06 năm 2018",
            "Hà Nội ngày 5 tháng 5",
        ],
    ),
    (
        Rule::place,
        &[
            "Lai Châu",
            "TP. Hồ Chí Minh",
            "Phan Rang-Tháp Chàm",
            "Quận 1",
            "Bà Rịa - Vũng Tàu",
            "Hà  Nội",
        ],
        &["lai châu", "BỘ TÀI CHÍNH", "Bình An   Hà Lâm"],
    ),
    (
        Rule::date_body,
        &[
            "ngày 06 tháng 8 năm 2021",
            "ngày.14 thang 09 năm 2021",
            "ngày tháng năm",
            "Ngày 5 Tháng 5 Năm 2020",
            "ngày /2 tháng 4 năm 2024",
            "ngày | & tháng 5 năm 2020",
            "ngàyw93 tháng 8 năm 2019",
            "ngày 4ð tháng 9 năm 2020",
            "ngày2( tháng 2 năm 2019",
            "ngày 26 tháng OF năm 2021",
            "ngàu 26 tháng 4 năm 2021",
        ],
        &["ngày 06/8/2021", "ngày a b c tháng 5 năm 2020", "ngày abcde tháng 5 năm 2020"],
    ),
    (
        Rule::day_unread,
        &[
            "/2\u{1} tháng",
            "| &\u{1} tháng",
            "w93\u{1}tháng",
            "4ð\u{1} tháng",
            "OL\u{1} tháng",
        ],
        &["a b c tháng", "abcde tháng", " tháng", "w93"],
    ),
    (
        Rule::month_unread,
        &["OF\u{1} năm", "0l\u{1}năm"],
        &["OFFF năm", " năm", "OF"],
    ),
    (
        Rule::so_unread,
        &["q17\u{1} /CT", "/?!/\u{1} /CI", "x27\u{1}/SXD"],
        &["/CT", "abcdefg /CT", "a b /CT", "q17"],
    ),
    (
        Rule::date_unread,
        &["ngày,Shháng năm 2020", "ngàu:J_ tháng 02jhăm 2018", "ngày OS 2020  "],
        &[
            // No year ending the line, or too much between `ngày` and it.
            "ngày,Shháng năm 2020 và",
            "ngày,Shháng năm",
            "ngày xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 2020",
            "ngàu; 2020",
        ],
    ),
    (
        Rule::date_cut,
        &["ngày 15 tháng 3", "Ngày 02 tháng 11  ", "ngày 03", "ngày"],
        &["ngày 15 tháng 3 năm", "ngày tháng", "ngày 15 tháng 3, các", "ngày 03 các"],
    ),
    (
        Rule::wrapped_date,
        &["tháng 4 năm 2024", "19 tháng 11 năm 2025", "tháng 4 năm 2024\u{1} *"],
        &["tháng 4", "năm 2024", "tháng 4 năm 20245"],
    ),
    (
        Rule::date_numeric,
        &[
            "ngày 06/8/2021",
            "Ngày 6 / 8 / 2021",
            "ngày 01-10-1997",
            "ngày 05.3.2020",
        ],
        &[
            "ngày 06/8/21",
            "ngày 06/8",
            "ngày 06 tháng 8 năm 2021",
            "ngày 06/8/20211",
        ],
    ),
    (Rule::day, &["6", "06", "0 8"], &["006", "0  8"]),
    (Rule::month, &["8", "12", "1 0"], &["123"]),
    (
        Rule::date_year,
        &["2021", "202 5", "20 25"],
        &["21", "2 025", "202 55"],
    ),
    (
        Rule::type_seg,
        &[
            "THÔNG BÁO",
            "QUYẾT ĐỊNH V/V BAN HÀNH QUY CHẾ LÀM VIỆC",
            "CHỈ THỊ VỀ CÔNG TÁC THỦY LỢI Ngày 12 tháng 4 năm 1976 Hội đồng",
            "THÔNG BÁO Kết luận của Chủ tịch",
            "Thông báo",
            "Kế Hoạch:",
            "KẾ  HOẠCH",
            "T H Ô N G   B Á O",
            "Q U Y Ế T  Đ Ị N H",
            "K Ế  H O Ạ C H :",
        ],
        &[
            // A mixed-case column beside a subject in capitals, after a wide gap.
            "PHƯƠNG ÁN LẠC ĐÔNG      Độc lập - Tự do - Hạnh phúc",
            "T H Ô N G B Á O kết quả",
            "TH Ô N G",
            "Thông báo kết quả tuyển dụng",
            "Thông tin",
            "Luật",
            "kế hoạch",
        ],
    ),
    (
        Rule::type_name_plain,
        &[
            "Thông báo",
            "Kế Hoạch",
            "Giấy mời",
            "Tờ trình",
            "Thông tư liên tịch",
            "Hướng dẫn liên tịch",
            "Thông tư liên bộ",
            "Giấy đi đường",
            "Công văn",
            "Nghị định",
        ],
        &["Thông tin", "Luật", "Lệnh", "kế hoạch", "Báo"],
    ),
    (
        Rule::type_heading,
        &[
            "THÔNG BÁO",
            "QUYẾT ĐỊNH:",
            "NGHỊ QUYẾT",
            "KẾ  HOẠCH",
            "NGHỊ QUYẾT LIÊN TỊCH",
            "HƯỚNG DẪN LIÊN TỊCH",
        ],
        &["THÔNG BÁOX", "LUẬT SƯ", "KẾ    HOẠCH"],
    ),
    (
        Rule::spaced_type_name,
        &["T H Ô N G   B Á O", "B Á O  C Á O", "G I Ấ Y M Ờ I"],
        &["T H", "THÔNG BÁO", "A B C D", "T HÔNG"],
    ),
    (
        Rule::type_word,
        &["KẾ HOẠCH", "NGHỊ QUYẾT", "THÔNG TƯ"],
        &["KẾ HOẠCH LIÊN TỊCH", "LIÊN TỊCH"],
    ),
    (
        Rule::type_word_plain,
        &["Kế hoạch", "Hướng dẫn"],
        &["Hướng dẫn liên tịch", "Liên tịch"],
    ),
    (
        Rule::type_name,
        &[
            "NGHỊ QUYẾT LIÊN TỊCH",
            "THÔNG TƯ LIÊN TỊCH",
            "KẾ HOẠCH LIÊN TỊCH",
            "THÔNG TƯ LIÊN BỘ",
            "GIẤY MỜI",
            "GIẤY ĐI ĐƯỜNG",
            "KẾ HOẠCH",
            "THÔNG TƯ",
            "BÁO CÁO",
        ],
        &["THÔNG TIN", "Kế hoạch", "KẾ HOẠCH LIÊN"],
    ),
    (
        Rule::caps_subject,
        &["BAN HÀNH MỨC HỖ TRỢ HỌC PHÍ"],
        &["Ban hành"],
    ),
    (Rule::subject_tail, &["Ngày 12 tháng 4"], &[""]),
    (
        Rule::subject_text,
        &[
            "Kết luận của Chủ tịch",
            "góp ý dự thảo\u{1} Hà Nội, ngày 11 tháng 4 năm 2022 Kính gửi: Bộ Tài chính",
            "góp ý dự thảo Hà Nội, ngày 11 tháng 4 năm 2022 về chợ",
            "tổ chức hội nghị tại Thanh Hóa, ngày 11 tháng 9 năm 2024",
        ],
        &[""],
    ),
    (
        Rule::vv_seg,
        &[
            "V/v triển khai thực hiện",
            "._ V/v gia hạn nộp thuế",
            "Viv hoàn thuế giá trị gia tăng",
            "V/V: BAN HÀNH",
            "Về việc tổ chức",
            "V/v",
        ],
        &["Vv triển khai", "Về nội dung"],
    ),
    (
        Rule::vv_marker,
        &["V/v", "V/V", "v/v", "V.v", "Viv", "Vw\u{1} triển khai", "VW\u{1} thu nhập", "VÀ\u{1} tính thuế", "Về việc\u{1} cử", "VỀ VIỆC\u{1} CỬ"],
        &["Vi", "Vv", "Vw", "VW\u{1} GROUP", "VÀ", "VÀ\u{1} ĐÀO TẠO", "về việc\u{1} cử"],
    ),
    (
        Rule::kinh_gui_seg,
        &[
            "Kính gửi:",
            "Kính gửi: Sở Tài chính.",
            "Đồng kính gửi: Bộ Nội vụ",
            "KÍNH GỬI:",
            "inh gửi: Ông Lê Văn An",
        ],
        &["Kính chào", "inh gửi Ông Lê Văn An"],
    ),
    (Rule::addressee_text, &["Sở Tài chính."], &[""]),
    (
        Rule::marks_line,
        &[
            "MẬT",
            "HỎA TỐC",
            "TỐI MẬT",
            "MẬT - KHẨN",
            "HỎA TỐC HẸN GIỜ",
            "HOẢ TỐC",
        ],
        &["MẶT TRẬN", "Mật"],
    ),
    (
        Rule::secrecy_mark,
        &["MẬT", "TUYỆT MẬT", "TỐI MẬT"],
        &["MẬTX"],
    ),
    (
        Rule::urgency_mark,
        &["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC HẸN GIỜ"],
        &["KHẨNG"],
    ),
    (
        Rule::circulation_line,
        &["LƯU HÀNH NỘI BỘ", "XEM XONG TRẢ LẠI"],
        &["Lưu hành nội bộ"],
    ),
    (Rule::circulation, &["TÀI LIỆU HỘI NGHỊ"], &["TÀI LIỆU"]),
    (
        Rule::draft_line,
        &["DỰ THẢO", "Dự thảo lần 2", "(DỰ THẢO)"],
        &["Dự thảo Nghị quyết về"],
    ),
    (Rule::draft, &["DỰ THẢO", "Dự thảo lần 3"], &["Dự án"]),
    (
        Rule::stamp_line,
        &[
            "ĐẾN số: 440",
            "CÔNG VĂN ĐẾN",
            "Ngày: 09/8/2021",
            "Chuyên: Đ/C-Tay",
            "Giờ: 8h30",
        ],
        &["Ngày 31/8/2022, đồng chí", "Đến nay, các địa phương"],
    ),
    (Rule::stamp_den, &["ĐẾN Số: 440", "ĐẾN"], &["Đến", "ĐẾNX"]),
    (Rule::stamp_number, &["440"], &["a"]),
    (Rule::stamp_date, &["Ngày: 09/8/2021"], &["Ngày 09/8/2021"]),
    (
        Rule::stamp_route,
        &["Chuyển: Phòng VX", "Kính chuyển: đồng chí"],
        &["Chuyển"],
    ),
    (Rule::stamp_route_text, &["Phòng VX"], &[""]),
    (Rule::stamp_time, &["Giờ: 8h30"], &["Giờ"]),
    (
        Rule::esign_line,
        &[
            "vpubnd@thaibinh.gov.vn",
            "22.10.2024 14:05:37",
            "+07:00",
            "17.02.2025 08:46:52 +07:00",
            "Người ký: Nguyễn Văn A",
            "ky: 14.03.2021 09:48",
            "+ - ° Ký bởi: Cục Thuế",
        ],
        &["email của đơn vị", "+ Ký kết hợp đồng", "° Ký"],
    ),
    (
        Rule::email,
        &["vpubnd@thaibinh.gov.vn", "van.thu@hanoi.gov.vn"],
        &["@gov.vn", "a@b"],
    ),
    (
        Rule::esign_time,
        &["28.10.2024 15:12:40 +07:00", "+07:00"],
        &["28/10/2024"],
    ),
    (Rule::esign_stamp, &["22.10.2024 14:05:37"], &["22.10.2024"]),
    (Rule::timezone, &["+07:00"], &["07:00"]),
    (
        Rule::esign_label,
        &["Người ký:", "Thời gian ký:", "Cơ quan:"],
        &["Người nhận:"],
    ),
    (
        Rule::basis_line,
        &[
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "- Căn cứ Điều lệ Đảng;",
            "Xét đề nghị của Giám đốc Sở Nội vụ,",
            "Theo đề nghị của Chánh Văn phòng;",
            "Trên cơ sở kết quả biểu quyết.",
        ],
        &["Căn chỉnh văn bản"],
    ),
    (
        Rule::basis_kw,
        &["Căn cứ", "Trên cơ sở", "Xét Tờ trình", "Xét báo cáo", "Xét đề nghị"],
        &["Cơ sở", "Xét thấy"],
    ),
    (
        Rule::formula_line,
        &["QUYẾT ĐỊNH:", "QUYẾT NGHỊ :", "NGHỊ ĐỊNH:"],
        &["QUYẾT ĐỊNH"],
    ),
    (Rule::formula, &["QUYẾT ĐỊNH", "QUYẾT NGHỊ", "NGHỊ ĐỊNH"], &["QUYẾT TÂM", "NGHỊ"]),
    (
        Rule::item_line,
        &[
            "1. Sở Y tế chủ trì",
            "- Thủ tướng; PHÓ THỦ TƯỚNG - Các bộ, cơ quan ngang bộ;",
            "Điều 1.",
            "Điều 2. Bộ Nội vụ trình",
            // A speck OCR read before an article.
            "„ Điều 1. Ban hành kèm theo",
            ". Điều 2. Quyết định này",
            "- Như trên;",
            "a) Trưởng các tổ công tác",
            "(1)- Kiên định",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "2.1. Phương châm",
            "1/ Đối với hộ kinh doanh",
            "1 - Mức hỗ trợ",
            "1.Tiếp tục",
            "1-Nội dung",
            "2/ UBND các huyện",
            "3. K ---",
            "2",
            "+ Đơn vị thực hiện",
            "- Như trên; KT. THỦ TƯỚNG",
            // Undecoded characters before a bullet.
            "\u{FFFD}\u{FFFD}\u{FFFD} - Văn phòng HĐND, UBND xã;",
        ],
        &[
            "“Điều 7. Thời hạn nộp thuế",
            "\u{FFFD}\u{FFFD} Văn phòng",
            "\u{FFFD}-5 độ",
            "1.000.000 đồng",
            "21/10/2024 họp",
            "Điều này",
            "-5 độ",
            // A citation's number and notation that a wrap brought to the start of a line.
            "11/NQ-CP ngày 30",
            "412/TTr-BYT ngày",
            "156-HĐBT ngày 14-11-1984 của Hội đồng bộ trưởng",
        ],
    ),
    (
        Rule::article,
        &["Điều 1.", "Điều 12:", "ĐIỀU 3", "Điều l.", "Điều I:", "Điều 1.-", "Điều 2-", "Điều 20,\u{1} Nguyên tắc"],
        // In small letters, a wrapped sentence's middle (`điều 5 của Luật ...`).
        &["Điều này", "Điều lệ", "Điều l", "Điều 1-3", "điều 5."],
    ),
    (
        Rule::part,
        &["Phần I", "Phần thứ nhất", "PHẦN II."],
        &["Phan Văn", "phần II"],
    ),
    (
        Rule::chapter,
        &["Chương I", "Chương II.", "Chương thứ hai", "CHƯƠNG IV"],
        &["Chương trình", "chương II"],
    ),
    (Rule::section, &["Mục 1", "Mục II", "MỤC 2"], &["Mục tiêu", "mục II"]),
    (Rule::subsection, &["Tiểu mục 2"], &["Tiểu mục", "tiểu mục 2"]),
    (Rule::ordinal, &["nhất"], &["1"]),
    (Rule::roman_numeral, &["IV", "XII"], &["IVa", "C"]),
    (
        Rule::roman_label,
        &["I.", "II-", "IV)", "II.\u{1}MỤC TIÊU"],
        &["V/v", "I", "X.\u{1}An Hưng"],
    ),
    (
        Rule::decimal_label,
        &["1.", "2.1.", "2.1", "1/", "1)", "1 -", "2", "10.", "2,\u{1} Đề xuất"],
        &["1.000", "2021.", "2, 3", "2,"],
    ),
    (Rule::decimal_head, &["1", "123"], &["1234"]),
    (Rule::sub_number, &["1", "12"], &["01", "123"]),
    (
        Rule::paren_label,
        &["(1)", "(1)-", "(a)", "(IV).", "(ii)", "(iv):", "(i)"],
        &["(để b/c)", "(iiiii)", "(ia)"],
    ),
    (Rule::small_roman, &["ii\u{1})", "iv\u{1})", "xiv\u{1})"], &["i", "ii", "iiiii"]),
    (
        Rule::letter_label,
        &["a)", "đ)", "b.\u{1} Sở", "ii)", "xiv)"],
        &["ab)", "A)", "ii.", "vii"],
    ),
    (
        Rule::bullet,
        &["-", "+", "*", "~", "=", "•", "_\u{1} Như trên"],
        &["--", "_", "_\u{1} như", "_\u{1}_", "_\u{1} BỘ TÀI CHÍNH"],
    ),
    (
        Rule::table_row,
        &["| 1 | Nội dung |", "| --- | --- |"],
        &["1 | 2"],
    ),
    (
        Rule::cell_caps_line,
        &["| BAN TUYÊN GIÁO |  |", "| SỞ Y TẾ |", "| TỔNG CỘNG | | |"],
        &["| BAN TUYÊN GIÁO | Số: 12 |", "| | SỞ Y TẾ |", "| Nội dung | |", "BAN |"],
    ),
    (
        Rule::noi_nhan_line,
        &[
            "Nơi nhận:",
            "\u{FFFD} Nơi nhận:",
            ". Nơi nhận:",
            "NƠI NHẬN:",
            "Nơi nhận: GIÁM ĐỐC",
            "Nơi nhận: KT.CỤC TRƯỞNG",
            "Nơi nhận:k3Ê/- ; TL. BỘ TRUONG",
            "Nơi nhận: TM. CHÍNH PHỦ - Ban Bí thư Trung ương Đảng; KT. THỦ TƯỚNG",
            "Noi nhan:",
            "Nơi nhận: - Như trên; - Lưu: VT, QLHDT (5b). KT. TỔNG CỤC TRƯỞNG Nguyễn Văn A",
            "Nơi gửi:",
            "NƠI GỬI :",
            "Not nhận: TL. BỘ TRUONG",
            "Nai nhận: KT.CUC TRUONG",
            "Noi nhin: TM. ĐOÀN CHỦ TỊCH",
        ],
        &[
            "Nơi gửi",
            "Nơi gửi hồ sơ: Phòng Nội vụ",
            "Nơi nhận hồ sơ: Phòng Nội vụ",
            "Nơi ở:",
            "Nai nhận hồ sơ",
            "Not nhận",
        ],
    ),
    (
        Rule::inline_list,
        &[
            "- Như trên; - Lưu: VT, QLHDT (5b).\u{1} KT. CỤC TRƯỞNG",
            "- UBND tỉnh (để b/c); - Lưu: VT.\u{1} | KT. GIÁM ĐỐC",
        ],
        &["- Như trên; - Sở Y tế;", "- Lưu: VT"],
    ),
    (
        Rule::glued_row,
        &[
            " PHÓ THỦ TƯỚNG\u{1} - Các bộ;",
            " Trần Hồng Hà\u{1} - Tòa án nhân dân tối cao;",
            "TM. CHÍNH PHỦ\u{1} - Ban Bí thư",
        ],
        &[
            " PHÓ THỦ TƯỚNG",
            " Trần Hồng Hà -",
            " Sở Y tế - Sở Tài chính",
            " - Các bộ",
        ],
    ),
    (Rule::row_entry, &["- Ban Bí thư Trung ương Đảng;", "- Các bộ"], &["Các bộ", "- A; B"]),
    (
        Rule::noi_nhan_tail,
        &[" GIÁM ĐỐC", ";  TL. BỘ TRƯỞNG"],
        &["   "],
    ),
    (
        Rule::luu_line,
        &[
            "- Lưu: VT, VX1.",
            "- Lưu VT ( K2.17 ) .",
            "- Lưu Văn phòng Tỉnh ủy, TH1.",
            "- Lưu: VT, QHĐP (3b). Thu Hằng BỘ TRƯỞNG, CHỦ NHIỆM Đỗ Quang Vinh",
            "~ Lưu: VT, TCT (/4 ).",
            "Lưu: VT.",
            "- Lưu Văn Phòng",
            "Lưu Văn phòng.",
            "- - Lưu: VT, CN.",
        ],
        &[
            "Lưu Hữu Nghĩa",
            "Lưu Quang",
            "- Lưu ý: các đơn vị",
            "- lưu trữ hồ sơ",
            "LƯU TRỮ VÀ KHAI THÁC HỒ SƠ ĐIỆN TỬ",
            "- - - Lưu: VT.",
        ],
    ),
    (
        Rule::luu_kw,
        &["Lưu\u{1}: VT", "Lưu\u{1} VT", "LƯU\u{1}: VT"],
        &["Lưu ý", "LƯU TRỮ"],
    ),
    (Rule::luu_text, &["VT, VX1."], &["VT. X"]),
    (Rule::luu_more, &["Thu Hằng"], &[""]),
    (
        Rule::sig_line,
        &[
            "‘Phạm Quốc Vinh",
            "——Đinh Quang Vũ",
            "oe KT. TONG CỤC TRƯỞNG",
            "*** ***                          TM. ỦY BAN NHÂN DÂN",
            "/ỦY BAN MTTQ VIỆT NAM",
            ". Lê Văn An",
            "TL. CHỦ TỊCH",
            "KT. CHÁNH VĂN PHÒNG",
            "PHÓ CHÁNH VĂN PHÒNG",
            "Nguyễn Thị Hồng Tuyền",
            "(Đã ký)",
            "KT.CHỦ TỊCH PHÓ CHỦ TỊCH Lương Thị Kim Oanh",
            "T/M BAN THƯỜNG VỤ",
            "K/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Lâm Đức",
            "Nguyễn Văn A",
            "ĐẢNG ỦY XÃ HOÀNG ĐAN —",
            "CÔNG NGHIỆP THUẬN AN ¬ ——",
        ],
        &["Nguyễn Văn A chủ trì cuộc họp", "UBND tỉnh Lai Châu", "— ĐẢNG ỦY", ". KT. CHỦ TỊCH", "theo TL. BỘ TRƯỞNG", "oe KT", "/QĐ-UBND"],
    ),
    (
        Rule::glued_tail,
        &[
            " KT. THỦ TƯỚNG",
            " Phan Quốc Bảo",
            " (Đã ký và đóng dấu)",
            " } (để b/c)",
            " Thu Hằng BỘ TRƯỞNG, CHỦ NHIỆM Đỗ Quang Vinh",
            " ⁄ N",
            "        Người ký: Nguyễn Tiến Dũng",
        ],
        &[" cung cấp lương thực", " KT. X; Y", " Người ký Nguyễn Tiến Dũng"],
    ),
    (
        Rule::glued_esign,
        &["Người ký: Nguyễn Tiến Dũng", "Thời gian ký: 20.06.2024 10:15:08 +07:00"],
        &["Người ký văn bản", "Ngày ký 20.06.2024"],
    ),
    (
        Rule::authority,
        &[
            "TM. ỦY BAN NHÂN DÂN",
            "KT.CHỦ TỊCH",
            "T/M BAN THƯỜNG VỤ",
            "K/T CHÁNH VĂN PHÒNG",
            "TUQ. BỘ TRƯỞNG",
            "Q. GIÁM ĐỐC",
            "KT CHÁNH VĂN PHÒNG",
            "KT, CHỦ TỊCH",
            "KT/ TRƯỞNG BAN",
            "KT/TRƯỞNG BAN",
        ],
        &["KTX", "TMĐT"],
    ),
    (
        Rule::authority_prefix,
        &["TM.", "K/T", "T/L.", "Q.", "TUQ."],
        &["Q", "TT."],
    ),
    (
        Rule::caps_run,
        &[
            "ỦY BAN NHÂN DÂN",
            "ỦY BAN   NHÂN DÂN",
            "BỘ TRƯỞNG, CHỦ NHIỆM",
            "GD&ĐT",
            "SỐ 204-KH/TU",
        ],
        &["Ủy ban", "ỦY BAN TM. X", "THƯ KÝ      CHỦ TRÌ"],
    ),
    (
        Rule::caps_word,
        &["ỦY", "GD&ĐT,", "204-KH/TU", "“VỀ", "MỚI”", "CHi"],
        &["Ủy", "ỦYx", "AB;", "Chi", "Ci"],
    ),
    (
        Rule::name_run,
        &[
            "Quách Tô Minh",
            "Lâm Đức",
            "Nguyễn Văn A",
            "Vu Khanh",
            "Nguyễn Thị Hồng Tuyền",
            "Giàng A Sùng",
            "Lý A Páo",
            "H' Yâm Byă",
            "Nay H' Blim",
            "H Mai Niê Kdăm",
            "Nguyễn văn Bình",
            "Lê thị Thu Hà",
            "Tru'ơng Minh Đức",
            "Lê Thu' Hà",
        ],
        &[
            "Quách",
            "Nguyễn văn A",
            "Nguyễn văn bình",
            "Công văn Số 12",
            "Theo văn Bản này",
            "NGUYỄN VĂN A",
            "Giàng A sùng",
            "Lý A  ",
            "H Mai",
            "Đại tá Nguyễn Văn Hùng",
            "Phan Thu Hằng      Nguyễn Đình Lực",
        ],
    ),
    (
        Rule::copy_seg,
        &["SAO Y", "SAO Y BẢN CHÍNH  ", "TRÍCH SAO", "SAO LỤC"],
        &["SAO Y HỒ SƠ", "SAO", "SAO LỤC, "],
    ),
    (
        Rule::name_rank,
        &["Đại tá", "Thiếu tướng", "Trung úy", "Thượng úy", "Đại tướng"],
        &["Đại hội", "Trung tâm", "Thiếu úyx", "Đại tá Nguyễn Văn Hùng"],
    ),
    (
        Rule::degree,
        &["ThS.", "Ths.", "Th.S", "ThS.BS", "Th.s."],
        &["Thu", "Thông", "TS."],
    ),
    (
        Rule::signed_note,
        &[
            "(Đã ký)",
            "(đã ký)",
            "(ký)",
            "(Ký tên, đóng dấu)",
            "[đã ký]",
        ],
        &["(để b/c)", "(kỳ họp"],
    ),
    (
        Rule::paren_note,
        &["(để b/c)", "(Thực hiện)"],
        &["(a; b)", "(chưa đóng"],
    ),
    (Rule::brace_note, &["} (để b/c)"], &["(để b/c)"]),
    (
        Rule::junk,
        &["k3Ê/-", "oe", "/Ð—_—", "⁄"],
        &["thành", "Bộ", "a;b"],
    ),
    (
        Rule::page_marker,
        &["--- PAGE BREAK ---", "--- PAGE 2 ---", "Page 1of 1", "Trang 2/5", "Trang 3", "- 2 -", "-12-", "- Trang 2 -", "<!-- image -->"],
        &["Trang chủ", "- 2 người -", "- 2", "<!-- chú thích -->", "<!-- image"],
    ),
    (
        Rule::web_posted,
        &[
            "(Ngày đăng :01/01/2023 12:00:00 SA)",
            "Ngày đăng: 18/01/2023",
            "Cập nhật: 09/01/2023 3:41:30 CH",
        ],
        &["Ngày 01/01/2023"],
    ),
    (
        Rule::web_datetime,
        &["01/01/2023 12:00:00 SA", "18/01/2023"],
        &["2023-01-01 x"],
    ),
    (
        Rule::web_dated,
        &[
            "Tuyên truyền công tác cải cách hành chính(18/01/2023 11:00:14 SA)",
            "Hội nghị (lần 2) tổng kết (17/01/2023 2:49:14 CH)",
        ],
        &["Hội nghị (lần 2)"],
    ),
    (Rule::web_dated_title, &["Hội nghị (lần 2) tổng kết "], &[]),
    (
        Rule::web_marker,
        &[
            "Tin liên quan",
            "Trang chủ Chuyên mục tin tức",
            "Các tin khác",
        ],
        &["Tin tưởng"],
    ),
    (
        Rule::web_footer,
        &[
            "1030 người online",
            "Chịu trách nhiệm nội dung: Ông A",
            "Điện thoại: 0213.3791.558 - Email: a@b.vn",
            "Ghi rõ nguồn http://example.vn",
        ],
        &["Người online"],
    ),
    (
        Rule::copy_heading,
        &["SAO Y", "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO"],
        &["Sao y", "SAO Y BẢN CHÍNH ĐÂY"],
    ),
    (Rule::copy_kind, &["SAO LỤC"], &["SAO LỤCX"]),
    (
        Rule::glued_mark,
        &["MẬT", "HỎA TỐC\u{1}    CỘNG HÒA"],
        &["MẶT\u{1} TRẬN"],
    ),
    (
        Rule::youth_union,
        &[
            "ĐOÀN TNCS HỒ CHÍ MINH",
            "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
        ],
        &["Đoàn TNCS Hồ Chí Minh", "ĐOÀN KIỂM TRA"],
    ),
    (
        Rule::mass_org,
        &[
            "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
            "HỘI LHPN VIỆT NAM",
            "HỘI NÔNG DÂN VIỆT NAM",
            "HỘI CỰU CHIẾN BINH VIỆT NAM  ",
        ],
        &[
            "HỘI NÔNG DÂN TỈNH BẮC GIANG",
            "HỘI NÔNG DÂN VIỆT NAM TỈNH BẮC GIANG",
            "Hội Nông dân Việt Nam",
        ],
    ),
];

/// Does `rule` match the folded `input` exactly up to its end (or up to the `\u{1}` mark)?
fn full_match(rule: Rule, input: &str) -> bool {
    let (consumed, whole) = match input.split_once('\u{1}') {
        Some((a, b)) => (fold_str(a), format!("{}{}", fold_str(a), fold_str(b))),
        None => (fold_str(input), fold_str(input)),
    };
    match VanbanParser::parse(rule, &whole) {
        Ok(mut pairs) => pairs
            .next()
            .is_some_and(|p| p.as_span().end() == consumed.len()),
        Err(_) => false,
    }
}

#[test]
fn every_rule_matches_what_it_should_and_rejects_what_it_should_not() {
    let mut failures = Vec::new();
    for (rule, good, bad) in CASES {
        for input in *good {
            if !full_match(*rule, input) {
                failures.push(format!("{rule:?} should match {input:?}"));
            }
        }
        for input in *bad {
            if full_match(*rule, input) {
                failures.push(format!("{rule:?} should not match {input:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Silent rules (`_{ ... }`) are tested through the rules that use them.
fn silent_rules() -> Vec<String> {
    include_str!("../../grammar/vanban.pest")
        .lines()
        .filter_map(|l| {
            l.split_once(" = _{")
                .map(|(name, _)| name.trim().to_owned())
        })
        .collect()
}

#[test]
fn every_rule_has_cases_and_a_name() {
    let covered: Vec<Rule> = CASES.iter().map(|c| c.0).collect();
    let silent = silent_rules();
    assert!(
        silent.len() > 10,
        "silent rules not found in the grammar text"
    );
    let missing: Vec<String> = Rule::all_rules()
        .iter()
        .filter(|r| !covered.contains(r))
        .map(|r| format!("{r:?}"))
        .filter(|name| !silent.contains(name))
        .collect();
    assert!(missing.is_empty(), "rules without test cases: {missing:?}");
    for r in Rule::all_rules() {
        assert!(!rule_name(*r).is_empty());
    }
}

/// PERFORMANCE.md: scanners must be atomic, use `*` and at most three string literals so
/// pest turns them into memchr skips; `!NEWLINE ~ ANY` and `(!... ~ ANY)+` are slow.
#[test]
fn grammar_avoids_slow_scanner_shapes() {
    let grammar = include_str!("../../grammar/vanban.pest");
    for (n, line) in grammar.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        assert!(
            !code.contains("!NEWLINE ~ ANY"),
            "line {}: NEWLINE scanner",
            n + 1
        );
        assert!(!code.contains("~ ANY)+"), "line {}: `+` scanner", n + 1);
    }
}

/// The kind and extent `rule` gives the start of a folded line, as `line` reads it after the
/// indentation.
fn kind_by(rule: Rule, key: &str) -> Option<(Rule, usize)> {
    let pair = VanbanParser::parse(rule, key).ok()?.next()?;
    Some((pair.as_rule(), pair.as_span().end()))
}

/// Lines to compare the guarded and the plain choice on: every line of the corpus and every
/// rule example, each also in small and in capital letters, behind each character a guard
/// looks at, and cut after each of its first words.
fn dispatch_probe_lines() -> Vec<String> {
    let mut base: Vec<String> = Vec::new();
    for (_, good, bad) in CASES {
        base.extend(
            good.iter()
                .chain(bad.iter())
                .map(|s| s.replace('\u{1}', "")),
        );
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                base.extend(text.lines().map(str::to_owned));
            }
        }
    }
    let mut lines = Vec::new();
    for line in base.iter().flat_map(|l| l.split('\n')) {
        let line = line.trim_start();
        let mut cuts: Vec<&str> = line
            .match_indices(' ')
            .take(6)
            .map(|(i, _)| &line[..i])
            .collect();
        cuts.push(line);
        for cut in cuts {
            lines.push(cut.to_owned());
            lines.push(cut.to_lowercase());
            lines.push(cut.to_uppercase());
            for lead in [
                "-", "+", "(", "\"", "/", "1", "1. ", "12 ", "12/", "7-", "a) ", "Tin ",
            ] {
                lines.push(format!("{lead}{cut}"));
            }
        }
    }
    lines.sort();
    lines.dedup();
    lines
}

/// `line_kind` looks at a line's first character (and for some kinds scans for a character
/// the kind needs) before it tries a kind. Those guards must only skip kinds that cannot
/// match, so the guarded choice always agrees with the plain `line_kind_spec`.
#[test]
fn guarded_dispatch_agrees_with_the_plain_choice() {
    let lines = dispatch_probe_lines();
    assert!(lines.len() > 10_000, "too few probe lines: {}", lines.len());
    let mut failures = Vec::new();
    for line in &lines {
        let key = fold_str(line);
        let key = key.trim_start_matches([' ', '\x0c']);
        if key.is_empty() {
            continue;
        }
        let guarded = kind_by(Rule::line_kind, key);
        let plain = kind_by(Rule::line_kind_spec, key);
        if guarded != plain {
            failures.push(format!("{line:?}: guarded {guarded:?}, plain {plain:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} lines differ:\n{}",
        failures.len(),
        lines.len(),
        failures[..failures.len().min(20)].join("\n")
    );
}

/// A header line reads at most sixteen segments after its lead; the rest of the line is its
/// text (`header_rest`), so a line glued from thousands of segments stays linear.
#[test]
fn header_line_reads_a_bounded_number_of_segments() {
    let issuer = "ỦY BAN NHÂN DÂN ";
    let national = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ";
    let block = format!("{issuer}{national}");
    let key = fold_str(&block.repeat(12));
    let line = VanbanParser::parse(Rule::header_line, &key)
        .expect("a header line")
        .next()
        .expect("its pair");
    assert_eq!(line.as_span().end(), key.len(), "the whole line");
    let parts: Vec<_> = line.into_inner().collect();
    // The lead is a run of capitals and the national name (two segments); sixteen follow:
    // eight more blocks. The last three blocks are the rest.
    let segments: Vec<Rule> = parts.iter().map(|p| p.as_rule()).take(18).collect();
    let expected: Vec<Rule> = [Rule::caps_run, Rule::national]
        .into_iter()
        .cycle()
        .take(18)
        .collect();
    assert_eq!(segments, expected);
    assert_eq!(parts.len(), 19, "eighteen segments and the rest");
    let rest = &parts[18];
    assert_eq!(rest.as_rule(), Rule::header_rest);
    let expected_rest = fold_str(&block.repeat(3));
    assert_eq!(rest.as_str().trim_end(), expected_rest.trim_end());
}
