//! Word lists the builders consult: document types and their codes, marks, organization
//! nouns, position titles. Keys are in matching-key form (diacritics folded, capitals).
//!
//! Facts come from Nghị định 30/2020 (Điều 7, Phụ lục III), TT 01/2011, HD 36-HD/VPTW and
//! QĐ 66-QĐ/TW as summarized in the format specification.

/// A document type: canonical name, its key, and its codes (current first, then older ones).
#[derive(Clone, Copy, Debug)]
pub(crate) struct TypeInfo {
    pub key: &'static str,
    pub name: &'static str,
    /// The current ND 30 abbreviation (state) or the Party abbreviation; `None` for types
    /// without one (công văn, thư công).
    pub code: Option<&'static str>,
    /// Older or alternative abbreviations still found in archives.
    pub old_codes: &'static [&'static str],
}

macro_rules! ty {
    ($key:literal, $name:literal, $code:expr, [$($old:literal),*]) => {
        TypeInfo { key: $key, name: $name, code: $code, old_codes: &[$($old),*] }
    };
}

/// The document types vanban knows.
pub(crate) const TYPES: &[TypeInfo] = &[
    ty!(
        "NGHI QUYET LIEN TICH",
        "NGHỊ QUYẾT LIÊN TỊCH",
        Some("NQLT"),
        []
    ),
    ty!("THONG TU LIEN TICH", "THÔNG TƯ LIÊN TỊCH", Some("TTLT"), []),
    ty!("NGHI QUYET", "NGHỊ QUYẾT", Some("NQ"), []),
    ty!("QUYET DINH", "QUYẾT ĐỊNH", Some("QĐ"), []),
    ty!("CHI THI", "CHỈ THỊ", Some("CT"), []),
    ty!("QUY CHE", "QUY CHẾ", Some("QC"), []),
    ty!("QUY DINH", "QUY ĐỊNH", Some("QyĐ"), ["QĐi", "QĐ"]),
    ty!("THONG CAO", "THÔNG CÁO", Some("TC"), []),
    ty!("THONG BAO", "THÔNG BÁO", Some("TB"), []),
    ty!("HUONG DAN", "HƯỚNG DẪN", Some("HD"), []),
    ty!("CHUONG TRINH", "CHƯƠNG TRÌNH", Some("CTr"), ["Ctr"]),
    ty!("KE HOACH", "KẾ HOẠCH", Some("KH"), []),
    ty!("PHUONG AN", "PHƯƠNG ÁN", Some("PA"), []),
    ty!("DE AN", "ĐỀ ÁN", Some("ĐA"), []),
    ty!("DU AN", "DỰ ÁN", Some("DA"), []),
    ty!("BAO CAO", "BÁO CÁO", Some("BC"), []),
    ty!("BIEN BAN", "BIÊN BẢN", Some("BB"), []),
    ty!("TO TRINH", "TỜ TRÌNH", Some("TTr"), []),
    ty!("HOP DONG", "HỢP ĐỒNG", Some("HĐ"), []),
    ty!("CONG VAN", "CÔNG VĂN", None, []),
    ty!("CONG DIEN", "CÔNG ĐIỆN", Some("CĐ"), []),
    ty!("BAN GHI NHO", "BẢN GHI NHỚ", Some("BGN"), ["GN"]),
    ty!("BAN THOA THUAN", "BẢN THỎA THUẬN", Some("BTT"), ["TTh"]),
    ty!("GIAY UY QUYEN", "GIẤY ỦY QUYỀN", Some("GUQ"), ["UQ"]),
    ty!("GIAY MOI", "GIẤY MỜI", Some("GM"), []),
    ty!("GIAY GIOI THIEU", "GIẤY GIỚI THIỆU", Some("GGT"), ["GT"]),
    ty!("GIAY NGHI PHEP", "GIẤY NGHỈ PHÉP", Some("GNP"), ["NP"]),
    ty!("PHIEU GUI", "PHIẾU GỬI", Some("PG"), []),
    ty!("PHIEU CHUYEN", "PHIẾU CHUYỂN", Some("PC"), []),
    ty!("PHIEU BAO", "PHIẾU BÁO", Some("PB"), []),
    ty!("THU CONG", "THƯ CÔNG", None, []),
    ty!("GIAY CHUNG NHAN", "GIẤY CHỨNG NHẬN", Some("CN"), []),
    // Listed by TTLT 55/2005 and TT 01/2011, not by ND 30: their old codes only.
    ty!("GIAY DI DUONG", "GIẤY ĐI ĐƯỜNG", None, ["ĐĐ"]),
    ty!("GIAY BIEN NHAN", "GIẤY BIÊN NHẬN", None, ["BN"]),
    ty!("NGHI DINH", "NGHỊ ĐỊNH", Some("NĐ"), []),
    ty!("THONG TU", "THÔNG TƯ", Some("TT"), []),
    ty!("KET LUAN", "KẾT LUẬN", Some("KL"), []),
    ty!("THONG TRI", "THÔNG TRI", Some("TT"), []),
    ty!("TUYEN BO", "TUYÊN BỐ", None, []),
    ty!("LOI KEU GOI", "LỜI KÊU GỌI", None, []),
    ty!("QUY HOACH", "QUY HOẠCH", None, []),
    ty!("QUY TRINH", "QUY TRÌNH", Some("QT"), ["QTr"]),
    ty!("CHIEN LUOC", "CHIẾN LƯỢC", None, []),
    ty!("CUONG LINH", "CƯƠNG LĨNH", None, []),
    ty!("DIEU LE", "ĐIỀU LỆ", None, []),
    ty!("DE NGHI", "ĐỀ NGHỊ", Some("ĐN"), []),
    ty!("PHAP LENH", "PHÁP LỆNH", Some("PL"), []),
    ty!("LUAT", "LUẬT", None, []),
    ty!("LENH", "LỆNH", Some("L"), []),
];

/// Looks a type up by its key (`"THONG BAO"`), its name in any case, a citation word
/// (`"Quyết định"`), or its letters spaced out (`"T H Ô N G   B Á O"`).
pub(crate) fn type_by_key(key: &str) -> Option<&'static TypeInfo> {
    let k = crate::normalize::fold_str(key).to_uppercase();
    let words: Vec<&str> = k.split_whitespace().collect();
    if words.len() > 2 && words.iter().all(|w| w.chars().count() == 1) {
        // Spaced out, the gaps between words may be as wide as those between letters.
        let letters = words.concat();
        return TYPES.iter().find(|t| t.key.replace(' ', "") == letters);
    }
    let k = words.join(" ");
    TYPES.iter().find(|t| t.key == k)
}

/// Looks a type up as [`type_by_key`] does, and also a type issued jointly by several bodies,
/// printed with `LIÊN TỊCH` after its name (`HƯỚNG DẪN LIÊN TỊCH`), or with `LIÊN BỘ` by
/// ministries before 1996 (`THÔNG TƯ LIÊN BỘ`): the name and code of the type, with the
/// two words and `LT` or `LB` added (`HDLT`, `TTLB`, as notations print them) unless the
/// lexicon names the joint type itself (`THÔNG TƯ LIÊN TỊCH`, `TTLT`).
pub(crate) fn type_name_and_code(key: &str) -> Option<(String, Option<String>)> {
    let owned = |t: &TypeInfo| (t.name.to_owned(), t.code.map(str::to_owned));
    if let Some(t) = type_by_key(key) {
        return Some(owned(t));
    }
    let k = crate::normalize::fold_str(key).to_uppercase();
    let k = k.trim_end();
    let (joint, letters, rest) = if let Some(rest) = k.strip_suffix("TICH") {
        ("LIÊN TỊCH", "LT", rest)
    } else {
        ("LIÊN BỘ", "LB", k.strip_suffix("BO")?)
    };
    let t = type_by_key(rest.trim_end().strip_suffix("LIEN")?)?;
    Some((
        format!("{} {joint}", t.name),
        t.code.map(|c| format!("{c}{letters}")),
    ))
}

/// The one type whose current code is `code` (compared without the Đ stroke); `None` when
/// no type or several have it.
pub(crate) fn type_by_code(code: &str) -> Option<&'static TypeInfo> {
    let k = crate::normalize::fold_str(code);
    let mut named = TYPES
        .iter()
        .filter(|t| t.code.is_some_and(|c| crate::normalize::fold_str(c) == k));
    let first = named.next()?;
    named.next().is_none().then_some(first)
}

/// Whether `code` is a type abbreviation in some era, compared without the Đ stroke.
pub(crate) fn is_type_code(code: &str) -> bool {
    let k = crate::normalize::fold_str(code);
    // A joint document's code: the type's code and `LT` (`KHLT`, `HDLT`, `TTLT`), or `LB`
    // before 1996 (`TTLB`).
    if let Some(base) = k
        .strip_suffix("LT")
        .or_else(|| k.strip_suffix("LB"))
        .filter(|b| b.len() >= 2)
    {
        if TYPES.iter().any(|t| {
            t.code
                .is_some_and(|c| crate::normalize::fold_str(c) == base)
        }) {
            return true;
        }
    }
    TYPES.iter().any(|t| {
        t.code.is_some_and(|c| crate::normalize::fold_str(c) == k)
            || t.old_codes
                .iter()
                .any(|c| crate::normalize::fold_str(c) == k)
    }) || COPY_CODES.contains(&k.as_str())
        || k == "CV"
}

/// The codes of a copy's form in its notation: sao y, sao lục, trích sao (current and
/// older), and the Party's bản sao (`Số: 37/SY-SNV`, `Số 24-BS/UBKTTU`).
pub(crate) const COPY_CODES: &[&str] = &["SY", "SL", "TrS", "TS", "BS"];

/// Canonical capitals of a secrecy or urgency mark, from its key.
pub(crate) fn mark_name(key: &str) -> Option<&'static str> {
    let k = key.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(match k.as_str() {
        "MAT" => "MẬT",
        "TOI MAT" => "TỐI MẬT",
        "TUYET MAT" => "TUYỆT MẬT",
        "KHAN" => "KHẨN",
        "THUONG KHAN" => "THƯỢNG KHẨN",
        "HOA TOC" => "HỎA TỐC",
        "HOA TOC HEN GIO" => "HỎA TỐC HẸN GIỜ",
        _ => return None,
    })
}

/// Canonical capitals of a copy form, from its key.
pub(crate) fn copy_kind_name(key: &str) -> &'static str {
    let k = key.split_whitespace().collect::<Vec<_>>().join(" ");
    match k.as_str() {
        "SAO LUC" => "SAO LỤC",
        "TRICH SAO" => "TRÍCH SAO",
        _ => "SAO Y",
    }
}

/// Words that begin the name of an organization: a header line starting with one begins a
/// new body (the line above it is then the parent body), rather than continuing a wrapped
/// name. Multi-word entries are checked before single words.
const ORG_STARTS: &[&str] = &[
    "TINH UY",
    "THANH UY",
    "HUYEN UY",
    "QUAN UY",
    "THI UY",
    "DANG UY",
    "DANG DOAN",
    "CHI BO",
    "BAN CHAP HANH",
    // Its abbreviation, as a Youth Union school branch prints it (`BCH ĐOÀN TRƯỜNG ...`).
    "BCH",
    "BAN THUONG VU",
    "BAN CHI DAO",
    "BAN CAN SU",
    "BAN QUAN LY",
    "BAN TUYEN GIAO",
    "BAN TO CHUC",
    "BAN DAN VAN",
    "BAN",
    // An election committee's sub-committees and a working group (`TIỂU BAN THÔNG TIN,
    // TUYÊN TRUYỀN` under `ỦY BAN BẦU CỬ XÃ ...`).
    "TIEU BAN",
    "TO CONG TAC",
    "BO CHI HUY",
    "BO",
    "SO",
    "CUC",
    "TONG CUC",
    "CHI CUC",
    "VU",
    "UY BAN",
    "UBND",
    "HDND",
    "HOI DONG",
    "VAN PHONG",
    "PHONG",
    "TRUONG",
    "TRUNG TAM",
    "VIEN",
    "BENH VIEN",
    "HOC VIEN",
    "DAI HOC",
    "CONG AN",
    "CONG TY",
    "TAP DOAN",
    "TONG CONG TY",
    "NGAN HANG",
    "KHO BAC",
    "BAO HIEM",
    "TOA AN",
    "THANH TRA",
    "KIEM TOAN",
    "CHINH PHU",
    "QUOC HOI",
    "PHU THU TUONG",
    "THU TUONG",
    "CHU TICH",
    "CO QUAN",
    "LIEN DOAN",
    "CONG DOAN",
    "MAT TRAN",
    "DOAN",
    "CHI DOAN",
    "HOI",
    "CHI HOI",
    "HOP TAC XA",
    "VUON QUOC GIA",
    "KHU BAO TON",
    "HAT KIEM LAM",
    "BAO TANG",
    "THU VIEN",
    "DAI",
];

/// Administrative units (`TỈNH`, `HUYỆN`, ...), which continue a wrapped name (`ỦY BAN NHÂN
/// DÂN` / `TỈNH LAI CHÂU`) and are followed by a place's name.
const ADMIN_UNITS: &[&str] = &[
    "TINH",
    "THANH PHO",
    "TP",
    "HUYEN",
    "QUAN",
    "THI XA",
    "THI TRAN",
    "XA",
    "PHUONG",
];

/// Other words that continue a wrapped name.
const NAME_CONTINUERS: &[&str] = &["VA", "CUA", "TAI", "KHU VUC", "NHAN DAN"];

/// Whether a header line (as key words in capitals) starts a new organization.
pub(crate) fn starts_org(words: &[&str]) -> bool {
    let first_unit =
        starts_with_any(words, ADMIN_UNITS).max(starts_with_any(words, NAME_CONTINUERS));
    let first_org = starts_with_any(words, ORG_STARTS);
    match (first_org, first_unit) {
        (Some(o), Some(u)) => o >= u,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Ministries and bodies of ministerial rank, which head the header of the bodies under them
/// (`BỘ TÀI CHÍNH` above `TỔNG CỤC DỰ TRỮ NHÀ NƯỚC`). Their names hold words that also start
/// organizations (`BỘ QUỐC PHÒNG`, `BỘ NỘI VỤ`), so a parent on the body's line is known by
/// its whole name. Keys; a dash in a name is an empty word.
const MINISTRIES: &[&str] = &[
    "BO QUOC PHONG",
    "BO CONG AN",
    "BO NGOAI GIAO",
    "BO NOI VU",
    "BO TU PHAP",
    "BO KE HOACH VA DAU TU",
    "BO TAI CHINH",
    "BO CONG THUONG",
    "BO NONG NGHIEP VA PHAT TRIEN NONG THON",
    "BO NONG NGHIEP VA MOI TRUONG",
    "BO GIAO THONG VAN TAI",
    "BO XAY DUNG",
    "BO TAI NGUYEN VA MOI TRUONG",
    "BO THONG TIN VA TRUYEN THONG",
    "BO KHOA HOC VA CONG NGHE",
    "BO LAO DONG THUONG BINH VA XA HOI",
    "BO LAO DONG  THUONG BINH VA XA HOI",
    "BO VAN HOA THE THAO VA DU LICH",
    "BO GIAO DUC VA DAO TAO",
    "BO Y TE",
    "BO DAN TOC VA TON GIAO",
    "NGAN HANG NHA NUOC VIET NAM",
    "THANH TRA CHINH PHU",
    "UY BAN DAN TOC",
    "VAN PHONG CHINH PHU",
    "BAO HIEM XA HOI VIET NAM",
];

/// Where a body's name begins when its parent's was printed before it on the same line
/// (`UBND TỈNH NGHỆ AN SỞ GIÁO DỤC VÀ ĐÀO TẠO`, `TỈNH ỦY ĐIỆN BIÊN VĂN PHÒNG`, `BỘ TÀI
/// CHÍNH TỔNG CỤC DỰ TRỮ NHÀ NƯỚC`): after a ministry's whole name, or the first word that
/// starts an organization after an administrative unit and a word of its name, leaving the
/// body two words or more (`UBND XÃ TÂN HỘI` stays whole, and so does `HUYỆN ỦY ĐẠI LỘC`).
/// Words are keys.
pub(crate) fn body_after_parent(words: &[&str]) -> Option<usize> {
    if let Some(n) = starts_with_any(words, MINISTRIES) {
        return (n + 2 <= words.len() && starts_org(&words[n..])).then_some(n);
    }
    let (unit, mut len) =
        (0..words.len()).find_map(|u| starts_with_any(&words[u..], ADMIN_UNITS).map(|n| (u, n)))?;
    // A Party committee (`HUYỆN ỦY`) is named after its place as a unit is: `HUYỆN ỦY ĐẠI
    // LỘC` is one body, though `ĐÀI` starts organizations.
    if words.get(unit + len) == Some(&"UY") {
        len += 1;
    }
    (unit + len + 1..words.len().saturating_sub(1)).find(|&j| starts_org(&words[j..]))
}

/// Whether a line of an organization name ends with a connector, so the next line continues
/// it.
pub(crate) fn ends_with_connector(words: &[&str]) -> bool {
    matches!(
        words.last(),
        Some(&"VA") | Some(&"CUA") | Some(&"CAC") | Some(&"VE")
    )
}

/// Words that begin a signer's position after the office an authority prefix acts for
/// (`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH`).
const POSITION_STARTS: &[&str] = &[
    "PHO",
    "THU TRUONG",
    "CHANH VAN PHONG",
    "CHANH THANH TRA",
    "CHANH",
    "GIAM DOC",
    "TONG GIAM DOC",
    "CHU TICH",
    "BI THU",
    "TRUONG BAN",
    "TRUONG PHONG",
    "VU TRUONG",
    "CUC TRUONG",
    "HIEU TRUONG",
    "VIEN TRUONG",
    "UY VIEN",
    "THU TUONG",
    "BO TRUONG",
];

/// The number of words (from the start) that a position keyword covers, if `words` starts
/// with one.
pub(crate) fn position_start(words: &[&str]) -> Option<usize> {
    starts_with_any(words, POSITION_STARTS)
}

/// Whether `words` starts with a deputy's title (`PHÓ ...`, `THỨ TRƯỞNG`).
pub(crate) fn deputy_start(words: &[&str]) -> bool {
    words.first() == Some(&"PHO") || words.starts_with(&["THU", "TRUONG"])
}

/// Common Vietnamese family names, folded (`Đặng` → `DANG`): together they cover most of
/// the population, which is what a signer's name in capitals is recognized by.
const SURNAMES: &[&str] = &[
    "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "HUYNH", "PHAN", "VU", "VO", "DANG", "BUI", "DO",
    "HO", "NGO", "DUONG", "LY", "DAO", "DOAN", "VUONG", "TRINH", "TRUONG", "LAM", "MAI", "TO",
    "HA", "LUONG", "LUU", "CAO", "TA", "THAI", "DINH", "CHU", "KIEU", "QUACH", "TONG", "HUA", "LA",
    "LAI", "NONG", "LO", "LUC", "PHUNG", "NGHIEM", "TRIEU", "BACH", "KHUONG", "MAC", "THAN",
    "TIEU", "DIEP", "DAM", "HAU", "LU", "KIM", "GIANG", "VI", "THACH",
];

/// The last words of a bare position title (`PHÓ CHỦ TỊCH`, `THỨ TRƯỞNG`, `GIÁM ĐỐC`, `PHÓ
/// CHÁNH VĂN PHÒNG`, `ỦY VIÊN`, `TRƯỞNG BAN`, `CHÁNH ÁN`, `CHÁNH THANH TRA`), folded.
const POSITION_ENDS: &[&str] = &[
    "TICH", "TUONG", "TRUONG", "DOC", "THU", "PHONG", "NHIEM", "KY", "VIEN", "BAN", "AN", "TRA",
];

/// Whether a name's first word is a common family name (`Trần Hồng Hà`, not `Bộ Công
/// Thương`).
pub(crate) fn starts_with_surname(key: &str) -> bool {
    key.split_whitespace()
        .next()
        .is_some_and(|w| SURNAMES.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// Whether a run of capitals reads as a personal name printed in capitals (`PHẠM ĐỨC
/// THƯỜNG`): two to five words of letters only, a common family name first, and no words
/// of a position title.
pub(crate) fn is_caps_name(key: &str) -> bool {
    let words: Vec<&str> = key.split_whitespace().collect();
    is_caps_name_words(&words)
}

/// [`is_caps_name`] of a run's words.
fn is_caps_name_words(words: &[&str]) -> bool {
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_uppercase()))
        && SURNAMES.contains(&words[0])
        // `và` joins a unit's names (`HẠ TẦNG VÀ ĐÔ THỊ`, under `TRƯỞNG PHÒNG KINH TẾ,`);
        // no personal name has it.
        && !words.contains(&"VA")
        // `CHỦ TỊCH` starts with the family name `Chu`; `Trương` folds to a title's `TRUONG`.
        && !looks_like_position(&words[usize::from(words[0] == "TRUONG")..].join(" "))
        && !heads_a_unit(words)
}

/// `TRƯỞNG` and the unit it heads (`TRƯỞNG BAN`, `TRƯỞNG PHÒNG`, `TRƯỞNG TIỂU BAN`), a title that folds like the
/// family name Trương and a given name.
fn heads_a_unit(words: &[&str]) -> bool {
    words[0] == "TRUONG"
        && matches!(
            words.get(1),
            Some(
                &("BAN"
                    | "PHONG"
                    | "KHOA"
                    | "DOAN"
                    | "TRAM"
                    | "TRAI"
                    | "THON"
                    | "AP"
                    | "TO"
                    | "TIEU"
                    | "NHOM"
                    | "DOI"
                    | "CHI"
                    | "KHU"
                    | "BO")
            )
        )
}

/// Where a signer's name printed in capitals begins at the end of a position title printed
/// on the same line (`PHÓ CHỦ TỊCH VŨ THỊ BÍCH VIỆT` → 3): the longest tail of two to five
/// words that reads as a name, after two or more words that end as a bare title does (a
/// title with its office, `GIÁM ĐỐC SỞ Y TẾ ...`, is not split). Requiring the title's end
/// keeps a family name inside the name (`NGUYỄN THỊ MAI LAN`) from starting it.
pub(crate) fn trailing_caps_name(words: &[&str]) -> Option<usize> {
    // A title has at least two words (`THỨ TRƯỞNG`: `THỨ` alone folds to `BÍ THƯ`'s end).
    (words.len().saturating_sub(5).max(2)..words.len().saturating_sub(1))
        .find(|&j| POSITION_ENDS.contains(&words[j - 1]) && is_caps_name_words(&words[j..]))
}

/// Words that mark a caps run as a position title (for choosing among candidates).
pub(crate) fn looks_like_position(key: &str) -> bool {
    [
        "TRUONG",
        "PHO",
        "CHU TICH",
        "GIAM DOC",
        "BI THU",
        "CHANH",
        "UY VIEN",
        "TUONG",
        "CHU NHIEM",
        "THU KY",
        // A meeting's chair, who signs its minutes (biên bản) beside the secretary.
        "CHU TRI",
        "CHU TOA",
    ]
    .iter()
    .any(|w| key.contains(w))
}

/// If `words` starts with one of `list` (each entry space-separated words), the number of
/// words it covers (the longest match).
fn starts_with_any(words: &[&str], list: &[&str]) -> Option<usize> {
    let covered = |entry: &str| {
        // Compared part by part, without collecting the entry's words (called per line).
        let mut n = 0;
        for part in entry.split(' ') {
            if words.get(n) != Some(&part) {
                return None;
            }
            n += 1;
        }
        Some(n)
    };
    list.iter().filter_map(|entry| covered(entry)).max()
}

/// Capitalized words that open a body paragraph rather than continue a wrapped subject.
/// (`Ngày` opens one only before a date: see `opens_body`.)
pub(crate) const BODY_OPENERS: &[&str] = &[
    "Thuc hien",
    "Can cu",
    "Sau khi",
    "Tra loi",
    "Theo",
    "De ",
    "Vua qua",
    "Trong thoi gian",
    "Nham",
    "Xet",
    "Tiep theo",
    "Hom nay",
    "Vao hoi",
    "Thua lenh",
    "Duoc su",
    "Tham du",
    "Chu tri",
    "Thanh phan",
    "Tai ",
    "Qua ",
    "Hien nay",
    "Nhu cau",
];

/// Whether a paragraph (as key text) speaks of the document itself (`... thi hành Chỉ thị
/// này`, `Kế hoạch này ...`): `<type name> này`, in any case.
pub(crate) fn speaks_of_itself(key: &str) -> bool {
    use std::sync::OnceLock;
    static RE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let names: Vec<&str> = TYPES.iter().map(|t| t.key).collect();
        regex::Regex::new(&format!(
            "(?i)(?-u:\\b)(?:{}) nay(?-u:\\b)",
            names.join("|")
        ))
        .ok()
    });
    re.as_ref().is_some_and(|r| r.is_match(key))
}

/// Phrases that open a paragraph closing the body (`Trên đây là ...`).
pub(crate) const CLOSING_OPENERS: &[&str] = &[
    "Tren day",
    "Nay thong bao",
    "Thua lenh",
    "Thua uy quyen",
    "Van phong",
    "Can cu noi dung",
    "De nghi cac",
    "Yeu cau cac",
];

/// Whether a key reads `XÁC THỰC VĂN BẢN HỢP NHẤT`: the heading a consolidated text (VBHN)
/// prints above its certifier's position and name, where another document prints its
/// authority.
pub(crate) fn certifies_consolidation(key: &str) -> bool {
    key.split_whitespace()
        .eq(["XAC", "THUC", "VAN", "BAN", "HOP", "NHAT"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_are_told_from_offices_and_titles() {
        for name in [
            "PHAM DUC THUONG",
            "NGUYEN VAN A",
            "DANG THI HOA",
            "LE MINH KHAI",
            "TRUONG VAN AN",
        ] {
            assert!(is_caps_name(name), "{name}");
        }
        for not in [
            "PHO CHU TICH",
            "CHU TICH",
            "HA NOI TRUONG",
            "UY BAN NHAN DAN",
            "NGUYEN",
            "TRAN PHO GIAM DOC",
            "Pham Duc Thuong",
            "LE 2024",
            "HOANG VAN THU KY",
            "TRUONG BAN",
            "TRUONG PHONG",
        ] {
            assert!(!is_caps_name(not), "{not}");
        }
    }

    #[test]
    fn a_body_printed_after_its_parent_on_one_line_is_found() {
        let at = |line: &str| body_after_parent(&line.split(' ').collect::<Vec<_>>());
        assert_eq!(at("UBND TINH NGHE AN SO GIAO DUC VA DAO TAO"), Some(4));
        assert_eq!(at("TINH UY DIEN BIEN VAN PHONG"), Some(4));
        assert_eq!(at("DANG BO TINH QUANG TRI BAN THUONG VU TINH UY"), Some(5));
        assert_eq!(at("UBND HUYEN DUC THO UY BAN NHAN DAN XA TAN DAN"), Some(4));
        // One body: a unit's name that starts like a body, a body of one word, no unit.
        assert_eq!(at("UY BAN NHAN DAN TINH LAI CHAU"), None);
        assert_eq!(at("UBND PHUONG TRUONG THI"), None);
        assert_eq!(at("UBND XA TAN HOI"), None);
        // A Party committee's place, though `ĐẠI` (`ĐÀI`) starts bodies.
        assert_eq!(at("HUYEN UY DAI LOC"), None);
        assert_eq!(at("HUYEN UY DAI TU VAN PHONG"), Some(4));
        assert_eq!(at("BO TAI CHINH"), None);
        assert_eq!(at("BO TAI CHINH TONG CUC DU TRU NHA NUOC"), Some(3));
        assert_eq!(at("BO NOI VU VU TO CHUC CAN BO"), Some(3));
        assert_eq!(at("BO QUOC PHONG CUC TAC CHIEN"), Some(3));
        // A ministry's name alone, or with a word that starts no body.
        assert_eq!(at("BO QUOC PHONG"), None);
        assert_eq!(at("BO Y TE VIET NAM"), None);
        assert_eq!(at("PHONG GIAO DUC VA DAO TAO HUYEN KY ANH"), None);
    }

    fn tail(line: &str) -> Option<usize> {
        trailing_caps_name(&line.split(' ').collect::<Vec<_>>())
    }

    #[test]
    fn a_name_in_capitals_is_split_off_the_end_of_a_bare_title() {
        assert_eq!(tail("PHO CHU TICH VU THI BICH NGOC"), Some(3));
        assert_eq!(tail("THU TRUONG CAO VAN HUNG"), Some(2));
        assert_eq!(tail("PHO THU TUONG TO HUU"), Some(3));
        assert_eq!(tail("GIAM DOC PHUNG VAN LOC"), Some(2));
        // The family name inside a name does not start it: the title must end before it.
        assert_eq!(tail("PHO GIAM DOC NGUYEN THI MAI LAN"), Some(3));
        // A title with its office, a title alone, a name alone: nothing to split.
        assert_eq!(tail("GIAM DOC SO Y TE LE VAN AN"), None);
        assert_eq!(tail("PHO CHANH VAN PHONG"), None);
        assert_eq!(tail("NGUYEN VAN AN"), None);
        // Two title words after the title are not a name (`CHỦ` is also a family name).
        assert_eq!(tail("KT CHU TICH PHO CHU TICH"), None);
    }
}
