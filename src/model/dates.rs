//! Dates as authors write them: ISO `2025-06-30` (the only accepted form, SPEC §3), and the
//! Danish forms (`30.06.2025`, `30/6-2025`) that BASS-L004 recognises to suggest — or, when they
//! can be read one way only, to fix — the ISO form.

use chrono::NaiveDate;

/// True when a Danish date can be read one way only: with dots or a hyphen before the year
/// it is day-month-year in every Danish hand; `06/07/2025` could be an American July 6 (or
/// June 7), so only a day above 12, or day equal to month, is certain with slashes alone.
pub fn danish_date_is_certain(s: &str) -> bool {
    let Some(d) = parse_danish_date(s) else {
        return false;
    };
    if s.contains(['.', '-']) {
        return true;
    }
    use chrono::Datelike;
    d.day() > 12 || d.day() == d.month()
}

/// `YYYY-MM-DD`, strictly.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return None;
    }
    let y: i32 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Danish ways of writing a date: `30.06.2025`, `30/6-2025`, `30-06-2025`, `30/06/2025`.
pub fn parse_danish_date(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split(['.', '/', '-']).map(str::trim).collect();
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(parse_iso_date("2025-06-30").is_some());
        assert!(parse_iso_date("2025-6-30").is_none());
        assert!(parse_iso_date("2025-02-30").is_none());
        assert_eq!(parse_danish_date("30/6-2025"), parse_iso_date("2025-06-30"));
        assert_eq!(
            parse_danish_date("30.06.2025"),
            parse_iso_date("2025-06-30")
        );
    }
}
