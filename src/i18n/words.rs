//! Dates and counted words the way each language writes them (SPEC §6): Danish dates as
//! `1. december 2026` in running text and headings and `01.12.2026` in tables, ISO in English;
//! "1 dag" but "2 dage".

use crate::i18n::Lang;
use chrono::{Datelike, NaiveDate};

/// The Danish month names, January first.
pub const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// `1. december 2026`: a date in Danish running text and headings.
pub fn date_da(d: NaiveDate) -> String {
    format!(
        "{}. {} {}",
        d.day(),
        MONTHS_DA[d.month0() as usize],
        d.year()
    )
}

/// `01.12.2026`: a date in a Danish table cell (day and month always two digits).
pub fn date_da_short(d: NaiveDate) -> String {
    format!("{:02}.{:02}.{}", d.day(), d.month(), d.year())
}

/// A date in running text: Danish long form, or ISO in English.
pub fn date_long(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Da => date_da(d),
        Lang::En => d.to_string(),
    }
}

/// A date in a table cell: `01.12.2026` in Danish, ISO in English.
pub fn date_short(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Da => date_da_short(d),
        Lang::En => d.to_string(),
    }
}

/// `1 dag`, `3 dage`.
pub fn days_da(n: i64) -> String {
    if n == 1 || n == -1 {
        format!("{n} dag")
    } else {
        format!("{n} dage")
    }
}

/// `1 day`, `3 days`.
pub fn days_en(n: i64) -> String {
    if n == 1 || n == -1 {
        format!("{n} day")
    } else {
        format!("{n} days")
    }
}

/// A count of days in the language.
pub fn days(n: i64, lang: Lang) -> String {
    match lang {
        Lang::Da => days_da(n),
        Lang::En => days_en(n),
    }
}

/// A counted noun: `count(1, "handling", "handlinger")` is `1 handling`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_dates_and_plurals() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(date_da(d), "1. december 2026");
        assert_eq!(date_da_short(d), "01.12.2026");
        assert_eq!(date_short(d, Lang::En), "2026-12-01");
        assert_eq!(days_da(1), "1 dag");
        assert_eq!(days_da(2), "2 dage");
        assert_eq!(days_en(1), "1 day");
        assert_eq!(count(1, "handling", "handlinger"), "1 handling");
        assert_eq!(count(0, "handling", "handlinger"), "0 handlinger");
    }
}
