//! Calendar dates: validation with chrono and ISO formatting.

use chrono::NaiveDate;

/// A validated date as `YYYY-MM-DD`, or `None` when it is not on the calendar.
///
/// Two-digit years are read as 19xx/20xx around 1945 (archives start after independence).
pub(crate) fn iso(year: i32, month: u32, day: u32) -> Option<String> {
    let year = match year {
        0..=44 => 2000 + year,
        45..=99 => 1900 + year,
        y => y,
    };
    NaiveDate::from_ymd_opt(year, month, day).map(|d| d.format("%Y-%m-%d").to_string())
}

/// Parses `09/8/2021`, `01-10-1997`, `05.05.2026` (day first) into `YYYY-MM-DD`.
pub(crate) fn parse_numeric(s: &str) -> Option<String> {
    let mut parts = s.split(['/', '-', '.']).map(str::trim);
    let d = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let y = parts.next()?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    iso(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_the_calendar() {
        assert_eq!(iso(2021, 8, 6).as_deref(), Some("2021-08-06"));
        assert_eq!(iso(2021, 2, 31), None);
        assert_eq!(iso(2024, 2, 29).as_deref(), Some("2024-02-29"));
        assert_eq!(iso(2023, 2, 29), None);
        assert_eq!(iso(2021, 13, 1), None);
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(parse_numeric("09/8/2021").as_deref(), Some("2021-08-09"));
        assert_eq!(parse_numeric("01-10-1997").as_deref(), Some("1997-10-01"));
        assert_eq!(parse_numeric("05.05.2026").as_deref(), Some("2026-05-05"));
        assert_eq!(parse_numeric("31/02/2022"), None);
        assert_eq!(parse_numeric("1/2/3/4"), None);
    }
}
