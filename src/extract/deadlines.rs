//! Deadlines set by an item: `trước ngày 20/8/2021`, `chậm nhất ngày 13/9/2021`,
//! `hoàn thành trước ngày 25/8/2021`, `trước 15 giờ 30 ngày 17/6/2021`, `trong tháng 9/2021`,
//! `hoàn thành trong quý III/2022`, `ngay trong ngày`, `trong thời hạn 05 ngày làm việc`,
//! `chậm nhất là ngày 10 hàng tháng`.
//!
//! A deadline is a *marker* (`trước`, `chậm nhất`, `hạn chót`, `thời hạn`, `ngay trong`,
//! `trong`) directly followed by a *time expression*. A date without a marker is never a
//! deadline: that leaves out meeting dates (`Ngày 12/9/2021, tại ...`), citation dates
//! (`Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021`) and start dates (`từ ngày 01/4/2021`).
//!
//! `trong` (within) is also how a text narrates the past (`trong tháng 8/2022, toàn tỉnh ghi
//! nhận ...`), so a `trong` deadline needs a completion word in its clause (`hoàn thành`,
//! `xong`, `phải`, `dứt điểm`, ...), and any marker is dropped when the clause is in the past
//! (`đã hoàn thành trước ngày ...`) or closes a period (`đến trước ngày ...`).
//!
//! The `date` field holds what the phrase names, as precisely as it is printed:
//! `YYYY-MM-DD` for a day, `YYYY-MM` for a month, `YYYY-Qn` for a quarter (`quý III/2022` is
//! `2022-Q3`), `YYYY` for a year. It is null when the phrase names no calendar date: relative
//! deadlines (`ngay trong ngày`, `trong thời hạn 05 ngày`), recurring ones (`trước ngày 20/12
//! hằng năm`), a day or month printed without its year (the year is not guessed: the item
//! alone does not say which year is meant), a time without a day (`trước 16 giờ hằng ngày`),
//! and a printed date that is not on the calendar (the phrase is still reported).
//!
//! The patterns run over the matching key, so text without diacritics matches too; the
//! phrase is read back from the normalized text. Their word boundaries are ASCII
//! (`(?-u:\b)`): the key's letters are ASCII, and a Unicode `\b` would keep the regex
//! engine from its fast lazy DFA. Their digits are `[0-9]`, not `\d`: the fold turned
//! full-width digits to ASCII, and `\d`, every script's digits, made compiling the patterns
//! most of the work of parsing a single document.

use std::sync::OnceLock;

use regex::{Captures, Regex};

use crate::dates;
use crate::model::Deadline;
use crate::normalize::{utf8_len, Side, Text};
use crate::span::Span;

/// A day as `D/M/Y`, `D-M-Y`, `D.M.Y` (the year optional, two or four digits), or as
/// `D tháng M năm Y`. `{p}` prefixes the group names, since a name may appear only once in a
/// pattern.
fn day_pattern(p: &str) -> String {
    format!(
        r"(?:(?P<{p}d>[0-9]{{1,2}})\s*[/.-]\s*(?P<{p}m>[0-9]{{1,2}})(?:\s*[/.-]\s*(?P<{p}y>[0-9]{{4}}|[0-9]{{2}}))?(?-u:\b)
          |(?P<{p}td>[0-9]{{1,2}})\s+thang\s+(?P<{p}tm>[0-9]{{1,2}})(?:\s+nam\s+(?P<{p}ty>[0-9]{{4}}))?(?-u:\b))"
    )
}

/// The deadline pattern: an optional completion verb, a marker, a time expression and an
/// optional recurrence.
fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let src = format!(
            r"(?xi)
            # A completion verb right before the marker belongs to the phrase
            # (`hoàn thành trước ngày ...`).
            (?P<verb>(?-u:\b)(?:hoan\s+thanh|hoan\s+tat|xong)\s+)?
            (?-u:\b)(?P<marker>
                cham\s+nhat(?:\s+la)?(?:\s+(?:vao|den\s+het|den|truoc|trong|sau))?
              | han\s+chot(?:\s+la)?(?:\s+(?:vao|truoc|trong))?
              | thoi\s+han(?:\s+hoan\s+thanh)?(?:\s*:|\s+la)?(?:\s+(?:truoc|trong))?
              | thoi\s+gian\s+hoan\s+thanh(?:\s*:|\s+la)?(?:\s+(?:truoc|trong))?
              | ngay\s+trong
              | truoc
              | trong
            )
            \s*
            (?P<when>
                # A time, then usually the day: `16 giờ ngày 20/8/2021`, `14h00, ngày ...`.
                (?P<hour>[0-9]{{1,2}})\s*(?:gio|h)(?:\s*[0-9]{{1,2}}(?:\s*phut)?)?(?-u:\b)
                    (?:\s+(?:sang|chieu|toi|trua))?
                    (?:\s*,?\s*(?:ngay\s+)?{time_day})?
              | ngay\s+(?P<rday>[0-9]{{1,2}})\s+(?:hang|moi)\s+thang
              | ngay\s+{day}
              | (?P<bd>[0-9]{{1,2}})\s*/\s*(?P<bm>[0-9]{{1,2}})\s*/\s*(?P<by>[0-9]{{4}})(?-u:\b)
              | thang\s+(?P<mm>[0-9]{{1,2}})(?:\s*[/.-]\s*(?P<my>[0-9]{{4}})|\s+nam\s+(?P<my2>[0-9]{{4}}))?(?-u:\b)
              | qu[yi]\s+(?P<q>IV|I{{1,3}}|[1-4])(?:\s*[/.-]\s*(?P<qy>[0-9]{{4}})|\s+nam\s+(?P<qy2>[0-9]{{4}}))?(?-u:\b)
              | nam\s+(?P<yy>[0-9]{{4}})(?-u:\b)
              | (?P<period>thoi\s+han\s+)?(?P<count>[0-9]{{1,3}})\s+(?:ngay|tuan|thang|gio)(?:\s+lam\s+viec)?(?-u:\b)
              | (?P<bare>ngay)(?-u:\b)(?:\s+hom\s+nay)?
            )
            (?P<rec>\s+(?:hang|moi)\s+(?:nam|thang|tuan|ngay|quy))?",
            time_day = day_pattern("t"),
            day = day_pattern("n"),
        );
        Regex::new(&src).unwrap_or_else(|e| panic!("deadline pattern: {e}"))
    })
}

/// Words that make a `trong` phrase a deadline when they come earlier in its clause.
fn completion() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:hoan\s+thanh|hoan\s+tat|hoan\s+chinh|xong|ket\s+thuc|phan\s+dau|phai|dut\s+diem|cham\s+nhat)(?-u:\b)",
        )
        .unwrap_or_else(|e| panic!("completion pattern: {e}"))
    })
}

/// The past (`đã`, `vừa qua`): a clause that reports, not one that sets a deadline. Case
/// matters: the capital `Đà` of place names folds to `Da`.
fn past() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?-u:\b)(?:da|[Vv]ua\s+qua)(?-u:\b)")
            .unwrap_or_else(|e| panic!("past pattern: {e}"))
    })
}

/// How many words before a phrase are searched for completion and past words: one clause
/// of a directive, and a bound that keeps the look-back constant per match.
const WINDOW_WORDS: usize = 12;
/// Bytes of key looked back at most: more than `WINDOW_WORDS` words of folded Vietnamese.
const WINDOW_BYTES: usize = 160;
/// The past is looked for closer: `đã` governs the verb right before the phrase.
const PAST_WORDS: usize = 6;

/// Finds the deadlines in an item's own text, given as key spans.
pub(crate) fn find(text: &Text<'_>, pieces: &[Span]) -> Vec<Deadline> {
    let mut out = Vec::new();
    for &piece in pieces {
        // `key_str` is empty for a span out of range or off a character boundary.
        let key = text.key_str(piece);
        if key.is_empty() {
            continue;
        }
        let mut cursor = Cursor::new(text, piece.start);
        for caps in pattern().captures_iter(key) {
            if let Some(d) = deadline(text, &mut cursor, piece.start, key, &caps) {
                out.push(d);
            }
        }
    }
    out
}

/// Maps key offsets to normalized and input offsets, moving forward only.
///
/// `Text::key_to_norm` counts characters from the start of the line at every call, which
/// is quadratic on a long line with many hits; walking the key and the normalized text side
/// by side (the fold is one character for one) costs one pass over a piece however many
/// phrases it holds. Offsets must be asked in increasing order.
pub(super) struct Cursor<'t> {
    key: &'t str,
    norm: &'t str,
    /// Key offset reached.
    k: usize,
    /// The normalized offset of `k`.
    n: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor at key offset `start`, which must be on a character boundary of the key.
    pub(super) fn new(text: &'t Text<'_>, start: usize) -> Cursor<'t> {
        let key = text.key();
        let k = if key.is_char_boundary(start) {
            start
        } else {
            key.len()
        };
        Cursor {
            key,
            norm: text.norm(),
            k,
            n: text.key_to_norm(k),
        }
    }

    /// The normalized offset of key offset `off` (not before the last one asked).
    #[inline]
    pub(super) fn norm_at(&mut self, off: usize) -> usize {
        // Both offsets stay on character boundaries, so a character's length is read off
        // its first byte; the key and the text have as many characters.
        let (key, norm) = (self.key.as_bytes(), self.norm.as_bytes());
        while self.k < off {
            let (Some(&kb), Some(&nb)) = (key.get(self.k), norm.get(self.n)) else {
                break;
            };
            self.k += utf8_len(kb);
            self.n += utf8_len(nb);
        }
        self.n
    }

    /// The normalized text under a key span, lines joined and spaces squeezed, and the
    /// span's input span.
    pub(super) fn read(&mut self, text: &Text<'_>, key_span: Span) -> (String, Span) {
        let ns = self.norm_at(key_span.start);
        let ne = self.norm_at(key_span.end).max(ns);
        let printed = self.norm.get(ns..ne).unwrap_or("");
        let input = Span::new(
            text.norm_to_input(ns, Side::Start),
            text.norm_to_input(ne, Side::End),
        );
        (crate::build::squeeze(printed), input)
    }
}

/// The deadline a match stands for, if its context makes it one.
fn deadline(
    text: &Text<'_>,
    cursor: &mut Cursor<'_>,
    base: usize,
    key: &str,
    caps: &Captures<'_>,
) -> Option<Deadline> {
    let whole = caps.get(0)?;
    let marker = caps.name("marker")?;
    let marker_key = marker.as_str().to_ascii_lowercase();
    let bare_marker = |m: &str| marker_key.split_whitespace().eq(m.split_whitespace());
    let clause = clause_before(key, whole.start());
    let words: Vec<&str> = clause.split_whitespace().collect();
    let near = |n: usize| words[words.len().saturating_sub(n)..].join(" ");

    // `đã hoàn thành trước ngày ...` reports; it sets nothing. Only the words since the last
    // comma count: `các nhiệm vụ đã được giao, hoàn thành chậm nhất ...` sets a deadline.
    let recent = near(PAST_WORDS);
    let recent = recent.rsplit(',').next().unwrap_or("");
    if past().is_match(recent) {
        return None;
    }
    let relative = caps.name("count").is_some();
    let explicit_period = caps.name("period").is_some();
    let year_only = caps.name("yy").is_some();
    let bare_day = caps.name("bare").is_some();
    let bare_date = caps.name("bd").is_some();
    let gated = || caps.name("verb").is_some() || completion().is_match(&near(WINDOW_WORDS));

    if bare_marker("truoc") {
        // `từ ngày ... đến trước ngày ...` closes a period; `trước ngày Tết` names no day;
        // `trước năm 2020` and `trước 14 ngày` usually describe, unless a completion word
        // says otherwise.
        let prev = words.last().map(|w| w.to_ascii_lowercase());
        if matches!(prev.as_deref(), Some("den") | Some("tu")) || bare_day {
            return None;
        }
        if (year_only || relative) && !gated() {
            return None;
        }
    } else if bare_marker("trong") {
        // `trong thời hạn 05 ngày` is a deadline by its own words; any other `trong` needs a
        // completion word, and never takes a date printed without `ngày`.
        if bare_date || (!explicit_period && !gated()) {
            return None;
        }
    } else if bare_marker("ngay trong") {
        if bare_date {
            return None;
        }
    } else if bare_day {
        // `chậm nhất ngày`, `hạn chót ngày` without the day name nothing.
        return None;
    }

    let start = caps.name("verb").map_or(marker.start(), |v| v.start());
    let (printed, span) = cursor.read(text, Span::new(base + start, base + whole.end()));
    Some(Deadline {
        date: date_of(caps),
        text: printed,
        span,
    })
}

/// The key text of the clause that ends at `end`: back to the last sentence or clause
/// mark, so a completion word of another clause does not count, and at most
/// `WINDOW_BYTES` back, so that the look-back costs the same for every match (a paragraph
/// of commas would otherwise be scanned again at each match).
fn clause_before(key: &str, end: usize) -> &str {
    let end = end.min(key.len());
    let mut start = end.saturating_sub(WINDOW_BYTES);
    while !key.is_char_boundary(start) {
        start += 1;
    }
    let mut before = key.get(start..end).unwrap_or("");
    // A window cut inside a word drops that word's tail, which could read as another word.
    if start > 0
        && key
            .get(..start)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric)
    {
        let skip = before
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(before.len());
        before = before.get(skip..).unwrap_or("");
    }
    let from = before
        .rfind(['.', ';', ':', '!', '?', '(', ')'])
        .map_or(0, |p| p + 1);
    before.get(from..).unwrap_or("")
}

/// The date a phrase names, in the precision it is printed with.
fn date_of(caps: &Captures<'_>) -> Option<String> {
    if caps.name("rec").is_some() || caps.name("rday").is_some() {
        return None;
    }
    let num = |name: &str| -> Option<i64> { caps.name(name)?.as_str().parse().ok() };
    let day = |d: &str, m: &str, y: &str| -> Option<String> {
        let (day, month, year) = (num(d)?, num(m)?, num(y)?);
        dates::iso(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    };
    for p in ["t", "n"] {
        if caps.name(&format!("{p}d")).is_some() {
            return day(&format!("{p}d"), &format!("{p}m"), &format!("{p}y"));
        }
        if caps.name(&format!("{p}td")).is_some() {
            return day(&format!("{p}td"), &format!("{p}tm"), &format!("{p}ty"));
        }
    }
    if caps.name("bd").is_some() {
        return day("bd", "bm", "by");
    }
    if caps.name("mm").is_some() {
        let month = u32::try_from(num("mm")?).ok()?;
        let year = i32::try_from(num("my").or_else(|| num("my2"))?).ok()?;
        // chrono checks the month; the day is only there to build a date.
        dates::iso(year, month, 1)?;
        return Some(format!("{year:04}-{month:02}"));
    }
    if let Some(q) = caps.name("q") {
        let year = num("qy").or_else(|| num("qy2"))?;
        let quarter = match q.as_str().to_ascii_uppercase().as_str() {
            "I" | "1" => 1,
            "II" | "2" => 2,
            "III" | "3" => 3,
            "IV" | "4" => 4,
            _ => return None,
        };
        return Some(format!("{year:04}-Q{quarter}"));
    }
    if caps.name("yy").is_some() {
        return Some(format!("{:04}", num("yy")?));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The deadlines of one sentence, as `(date, text)`.
    fn run(s: &str) -> Vec<(Option<String>, String)> {
        let t = Text::new(s);
        find(&t, &[Span::new(0, t.key().len())])
            .into_iter()
            .map(|d| (d.date, d.text))
            .collect()
    }

    fn one(s: &str) -> (Option<String>, String) {
        let mut v = run(s);
        assert_eq!(v.len(), 1, "{s}: {v:?}");
        v.remove(0)
    }

    #[test]
    fn full_width_digits_are_read_as_digits() {
        // The fold makes them ASCII, which is all the patterns match.
        let (date, text) = one("Hoàn thành trước ngày ２０/８/２０２１.");
        assert_eq!(date.as_deref(), Some("2021-08-20"));
        assert_eq!(text, "Hoàn thành trước ngày ２０/８/２０２１");
    }

    #[test]
    fn before_a_day() {
        let (date, text) = one("Báo cáo UBND tỉnh kết quả thực hiện trước ngày 20/8/2021.");
        assert_eq!(date.as_deref(), Some("2021-08-20"));
        assert_eq!(text, "trước ngày 20/8/2021");
    }

    #[test]
    fn completion_verb_is_part_of_the_phrase() {
        let (date, text) = one("Tổ chức tập huấn cho Tổ Covid cộng đồng (hoàn thành trước ngày 25/8/2021 và báo cáo UBND tỉnh).");
        assert_eq!(date.as_deref(), Some("2021-08-25"));
        assert_eq!(text, "hoàn thành trước ngày 25/8/2021");
        let (date, text) = one("Các đơn vị gửi báo cáo xong trước ngày 05/10/2023.");
        assert_eq!(date.as_deref(), Some("2023-10-05"));
        assert_eq!(text, "xong trước ngày 05/10/2023");
    }

    #[test]
    fn at_the_latest() {
        let (date, text) = one("Khẩn trương hoàn thành kế hoạch xét nghiệm chậm nhất ngày 13/9/2021, để có căn cứ triển khai.");
        assert_eq!(date.as_deref(), Some("2021-09-13"));
        assert_eq!(text, "chậm nhất ngày 13/9/2021");
        let (date, _) = one("Gửi hồ sơ về Sở Nội vụ chậm nhất là ngày 30 tháng 6 năm 2022.");
        assert_eq!(date.as_deref(), Some("2022-06-30"));
    }

    #[test]
    fn hour_and_day() {
        let (date, text) = one("Gửi kết quả về Sở Y tế trước 15 giờ 30 ngày 17/6/2021.");
        assert_eq!(date.as_deref(), Some("2021-06-17"));
        assert_eq!(text, "trước 15 giờ 30 ngày 17/6/2021");
        let (date, text) = one("Tổng hợp danh sách trước 16 giờ ngày 20/8/2021.");
        assert_eq!(date.as_deref(), Some("2021-08-20"));
        assert_eq!(text, "trước 16 giờ ngày 20/8/2021");
        let (date, _) = one("Báo cáo trước 09h30, ngày 11/5/2021.");
        assert_eq!(date.as_deref(), Some("2021-05-11"));
    }

    #[test]
    fn month_quarter_and_year() {
        let (date, text) = one("Các địa phương phải hoàn thành tiêm mũi 2 trong tháng 9/2021.");
        assert_eq!(date.as_deref(), Some("2021-09"));
        assert_eq!(text, "trong tháng 9/2021");
        let (date, text) = one("Thời gian thực hiện: Hoàn thành trong quý III/2022.");
        assert_eq!(date.as_deref(), Some("2022-Q3"));
        assert_eq!(text, "Hoàn thành trong quý III/2022");
        let (date, _) = one("Công tác sáp nhập hoàn thành chậm nhất trong quý 4 năm 2021.");
        assert_eq!(date.as_deref(), Some("2021-Q4"));
        let (date, _) = one("Phấn đấu hoàn thành việc cấp giấy chứng nhận trong năm 2025.");
        assert_eq!(date.as_deref(), Some("2025"));
    }

    #[test]
    fn relative_and_recurring() {
        let (date, text) =
            one("Cập nhật dữ liệu đầy đủ, chính xác và hoàn thành ngay trong ngày lên hệ thống.");
        assert_eq!(date, None);
        assert_eq!(text, "hoàn thành ngay trong ngày");
        let (date, text) =
            one("Giải quyết hồ sơ trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ.");
        assert_eq!(date, None);
        assert_eq!(text, "trong thời hạn 05 ngày làm việc");
        let (date, text) = one("Định kỳ hằng năm (trước ngày 20/12) báo cáo kết quả thực hiện.");
        assert_eq!(date, None, "no year printed: none guessed");
        assert_eq!(text, "trước ngày 20/12");
        let (date, text) = one("Gửi Sở Tài chính trước ngày 15 tháng 12 hằng năm.");
        assert_eq!(date, None);
        assert_eq!(text, "trước ngày 15 tháng 12 hằng năm");
        let (date, text) = one("Báo cáo ngay trong ngày cho Ban Chỉ đạo tỉnh.");
        assert_eq!(date, None);
        assert_eq!(text, "ngay trong ngày");
        let (date, text) = one("Cập nhật số liệu trước 16 giờ hằng ngày.");
        assert_eq!(date, None);
        assert_eq!(text, "trước 16 giờ hằng ngày");
        let (date, text) = one("Chậm nhất là ngày 10 hàng tháng, đơn vị gửi báo cáo thống kê.");
        assert_eq!(date, None);
        assert_eq!(text, "Chậm nhất là ngày 10 hàng tháng");
    }

    #[test]
    fn deadline_across_a_line_break() {
        let (date, text) = one("gửi danh sách về Ban tổ chức Hội thi trước\nngày 14/10/2024.");
        assert_eq!(date.as_deref(), Some("2024-10-14"));
        assert_eq!(text, "trước ngày 14/10/2024");
    }

    #[test]
    fn without_diacritics() {
        let (date, _) = one("Bao cao truoc ngay 20/8/2021.");
        assert_eq!(date.as_deref(), Some("2021-08-20"));
    }

    #[test]
    fn several_in_one_item() {
        let v = run("Báo cáo sơ bộ trước ngày 10/3/2022; báo cáo chính thức trước ngày 25/3/2022.");
        let dates: Vec<_> = v.iter().map(|d| d.0.as_deref()).collect();
        assert_eq!(dates, [Some("2022-03-10"), Some("2022-03-25")]);
    }

    #[test]
    fn dates_that_are_not_deadlines() {
        assert!(run(
            "Ngày 12/9/2021, tại Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh đã chủ trì buổi họp."
        )
        .is_empty());
        assert!(run("Đánh giá mức độ nguy cơ theo Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021 của Ban Chỉ đạo.").is_empty());
        assert!(
            run("Triển khai theo Kế hoạch số 120/KH-UBND ngày 18/11/2022 của UBND tỉnh.")
                .is_empty()
        );
        assert!(run("Áp dụng mức trợ cấp mới từ ngày 01/4/2021.").is_empty());
        assert!(run("Báo cáo Ban Chỉ đạo tỉnh tại cuộc họp sáng mai (13/9/2021).").is_empty());
    }

    #[test]
    fn narration_is_not_a_deadline() {
        assert!(
            run("Trong tháng 8/2022, toàn tỉnh ghi nhận số ca mắc tăng gần gấp 2 lần.").is_empty()
        );
        assert!(run("Sở Y tế đã hoàn thành trước ngày 20/8/2021 việc tiêm mũi 1.").is_empty());
        assert_eq!(
            one("Các nhiệm vụ đã được giao, hoàn thành chậm nhất ngày 30/9/2021.")
                .0
                .as_deref(),
            Some("2021-09-30")
        );
        assert!(run("áp dụng từ ngày 01/3/2015 đến trước ngày 15/9/2017.").is_empty());
        assert!(run("Trước ngày Tết Nguyên đán, các địa phương tổ chức thăm hỏi.").is_empty());
        assert!(run("Dự án được phê duyệt trước năm 2020 tiếp tục thực hiện.").is_empty());
        assert!(run("Cách ly tập trung trong 14 ngày.").is_empty());
    }

    #[test]
    fn calendar_is_checked() {
        let (date, text) = one("Hoàn thành trước ngày 31/02/2022.");
        assert_eq!(date, None);
        assert_eq!(text, "Hoàn thành trước ngày 31/02/2022");
        assert_eq!(
            one("Nộp hồ sơ trước ngày 29/2/2024.").0.as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(one("Hoàn thành trong tháng 13/2021.").0, None);
    }

    #[test]
    fn spans_point_into_the_input() {
        let s = "Hoàn thành trước ngày 25/8/2021.";
        let t = Text::new(s);
        let d = find(&t, &[Span::new(0, t.key().len())]);
        assert_eq!(
            &s[d[0].span.start..d[0].span.end],
            "Hoàn thành trước ngày 25/8/2021"
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "trước",
            "trước ngày",
            "trong quý V/2020",
            "trước 99 giờ ngày 99/99/99999",
            "ngày trong ngày trước ngày 1/1/1 ✓ 𝔘",
        ] {
            let t = Text::new(s);
            let n = t.key().len();
            let _ = find(
                &t,
                &[
                    Span::new(0, n),
                    Span::new(1, n),
                    Span::new(n, n + 5),
                    Span::new(3, 1),
                ],
            );
        }
    }

    proptest::proptest! {
        /// Any text and any spans, on or off character boundaries: no panic, and every
        /// span found lies inside the input.
        #[test]
        fn never_panics(
            s in "(trước|ngày|chậm nhất|trong|tháng|quý|năm|giờ|hoàn thành|hằng|[0-9]{1,5}|[/.:,;() \n-]|Ủy|ư|𝔘|\u{0301}|a){0,40}",
            a in 0usize..200,
            b in 0usize..200,
        ) {
            let t = Text::new(&s);
            for d in find(&t, &[Span::new(a, b), Span::new(0, t.key().len()), Span::new(b, a)]) {
                proptest::prop_assert!(d.span.start <= d.span.end && d.span.end <= s.len());
                proptest::prop_assert!(s.is_char_boundary(d.span.start) && s.is_char_boundary(d.span.end));
            }
        }
    }
}
