//! The numeric dates Vietnamese CMSs write in their RSS, beside the wire
//! formats: day first unless the feed shows otherwise.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{at, number, parse, zone_offset, VIETNAM_OFFSET_SECONDS};

/// A date as an RSS or Atom feed writes it: everything `parse` reads, plus
/// the numeric forms Vietnamese CMSs write: "16/11/2021 09:02:25 AM",
/// "16/11/2021 09:02", "Thứ 5, 28/05/2026 17:00:00 GMT+7", "Chủ nhật,
/// 19/10/2025, 13:00", "2020/1/10 14:33:00".
/// Day comes before month unless `month_first` (decided once per feed by
/// `month_first`); a time without a zone is Vietnam time.
pub fn parse_in_feed(raw: &str, month_first: bool) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    parse(raw).or_else(|| numeric(raw, month_first))
}

/// Whether a feed writes its numeric dates month first: some date's second
/// number is above 12 ("8/13/2026 2:55:37 PM"). One answer for the whole
/// feed, never per item, so "5/6/2026" means one thing in one feed.
pub fn month_first<'a>(dates: impl IntoIterator<Item = &'a str>) -> bool {
    dates.into_iter().any(|raw| match day_month_year(raw) {
        Some((first, second, _)) => first <= 12 && second > 12,
        None => false,
    })
}

/// The three numbers of "16/11/2021", "2021-11-16" or "2020/1/10" after
/// any weekday, in the order written.
fn day_month_year(raw: &str) -> Option<(u32, u32, u32)> {
    let date = raw.split([' ', ',']).find(|word| word.contains('/'))?;
    let mut numbers = date.split('/').map(|n| n.parse::<u32>().ok());
    let triple = (numbers.next()??, numbers.next()??, numbers.next()??);
    numbers.next().is_none().then_some(triple)
}

fn numeric(raw: &str, month_first: bool) -> Option<DateTime<FixedOffset>> {
    // A weekday, Vietnamese or not, is whatever comes before the first
    // comma when it holds no date.
    let raw = match raw.split_once(',') {
        Some((weekday, rest)) if !weekday.contains('/') => rest,
        _ => raw,
    };
    let words: Vec<&str> = raw.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let (date, rest) = words.split_first()?;
    let (a, b, c) = day_month_year(date)?;
    let year_first = date.split('/').next().is_some_and(|y| y.len() == 4);
    let (year, month, day) = match (year_first, month_first) {
        (true, _) => (a, b, c),
        (false, true) => (c, a, b),
        (false, false) => (c, b, a),
    };
    (1000..=9999).contains(&year).then_some(())?;
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let mut rest = rest.iter();
    let Some(clock) = rest.next() else {
        return at(date, 0, 0, 0, VIETNAM_OFFSET_SECONDS);
    };
    let mut parts = clock.split(':');
    let mut hour = number(parts.next()?, 1, 2)?;
    let minute = number(parts.next()?, 2, 2)?;
    let second = parts.next().map(|s| number(s, 2, 2)).unwrap_or(Some(0))?;
    parts.next().is_none().then_some(())?;
    let mut offset = VIETNAM_OFFSET_SECONDS;
    for word in rest {
        match word.to_ascii_uppercase().as_str() {
            // Morning and afternoon, also as vi-VN writes them ("SA",
            // "CH"); a marker after a 24-hour time adds nothing.
            "AM" | "SA" if (1..=12).contains(&hour) => hour %= 12,
            "PM" | "CH" if (1..=12).contains(&hour) => hour = hour % 12 + 12,
            "AM" | "SA" | "PM" | "CH" => {}
            zone => offset = zone_offset(zone)?,
        }
    }
    at(date, hour, minute, second, offset)
}
