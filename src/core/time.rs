//! Dates: lenient parsing of what feeds write, and formatting in Vietnam
//! time (UTC+7) whatever the reader's device is set to.
//!
//! chrono supplies the calendar (validation, offsets, leap years); the two
//! wire formats are read by hand. chrono's own `parse_from_rfc3339` and
//! `parse_from_rfc2822` go through its general format-string parser, which
//! cost about 12 KB of wasm for two fixed layouts, and neither accepts the
//! offset-less local times Vietnamese CMSs write. Formatting is written out
//! from chrono's accessors for the same reason.

use super::config::Lang;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike};

const VIETNAM_OFFSET_SECONDS: i32 = 7 * 3600;

fn offset(seconds: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(seconds)
}

/// Parses RFC 3339 (the spec), RFC 2822 (WordPress and RSS habits), and
/// RFC 3339 without an offset, read as Vietnam time. The RFC 3339 offset
/// may also be written "+0700" or "+07", as ISO 8601 allows; the RFC 2822
/// zone also "+07:00", "+7" or "GMT+7" (`zone_offset`). Anything else is
/// `None`: garbage dates must not invent an order.
pub fn parse(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    rfc3339(raw).or_else(|| rfc2822(raw))
}

/// A byte cursor over an ASCII date string.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }
    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }
    fn eat_any(&mut self, set: &[u8]) -> Option<u8> {
        let byte = self.peek().filter(|b| set.contains(b))?;
        self.at += 1;
        Some(byte)
    }
    /// Exactly `count` ASCII digits as a number.
    fn digits(&mut self, count: usize) -> Option<u32> {
        let slice = self.bytes.get(self.at..self.at + count)?;
        self.at += count;
        slice
            .iter()
            .try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    }
    fn done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// "2021-11-16T09:02:25.123+07:00", with "t" or a space for "T", "Z" for
/// UTC, "+0700" or "+07" for "+07:00"; without an offset it is Vietnam
/// time, and a date alone is midnight.
fn rfc3339(raw: &str) -> Option<DateTime<FixedOffset>> {
    let mut c = Cursor { bytes: raw.as_bytes(), at: 0 };
    let year = c.digits(4)?;
    c.eat(b'-').then_some(())?;
    let month = c.digits(2)?;
    c.eat(b'-').then_some(())?;
    let day = c.digits(2)?;
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    if c.done() {
        return at(date, 0, 0, 0, VIETNAM_OFFSET_SECONDS);
    }
    c.eat_any(b"Tt ")?;
    let hour = c.digits(2)?;
    c.eat(b':').then_some(())?;
    let minute = c.digits(2)?;
    c.eat(b':').then_some(())?;
    let second = c.digits(2)?;
    if c.eat(b'.') {
        // Fractions of a second are never shown; they only need skipping.
        let start = c.at;
        while c.peek().is_some_and(|b| b.is_ascii_digit()) {
            c.at += 1;
        }
        (c.at > start).then_some(())?;
    }
    // "+07:00" (RFC 3339), ISO 8601's other forms "+0700" (PHP's
    // DATE_ISO8601 and many CMSs) and "+07", or "Z"; none is Vietnam time.
    let offset = match raw.get(c.at..)? {
        "" => VIETNAM_OFFSET_SECONDS,
        "Z" | "z" => 0,
        number => numeric_offset(number, false)?,
    };
    at(date, hour, minute, second, offset)
}

/// "Fri, 31 May 2019 12:17:58 -0700": the weekday and the seconds are
/// optional, two-digit years follow RFC 2822's rule, and the old zone
/// names (GMT, UT, EST…) are understood.
fn rfc2822(raw: &str) -> Option<DateTime<FixedOffset>> {
    let mut words = raw.split_whitespace().peekable();
    if words.peek()?.ends_with(',') {
        words.next();
    }
    let day: u32 = number(words.next()?, 1, 2)?;
    let month = month(words.next()?)?;
    let year_word = words.next()?;
    let year = match number(year_word, 2, 4)? {
        y if year_word.len() == 4 => y,
        y if y < 50 => 2000 + y,
        y => 1900 + y,
    };
    let mut time = words.next()?.split(':');
    let hour = number(time.next()?, 2, 2)?;
    let minute = number(time.next()?, 2, 2)?;
    let second = time.next().map(|s| number(s, 2, 2)).unwrap_or(Some(0))?;
    let offset = zone_offset(words.next()?)?;
    if time.next().is_some() || words.next().is_some() {
        return None;
    }
    at(NaiveDate::from_ymd_opt(year as i32, month, day)?, hour, minute, second, offset)
}

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

fn number(word: &str, min_len: usize, max_len: usize) -> Option<u32> {
    let ok = (min_len..=max_len).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| word.parse().ok()).flatten()
}

/// English month abbreviations: RFC 2822's month names, and English
/// dates ("16 Nov 2021").
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month(word: &str) -> Option<u32> {
    MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)).map(|i| i as u32 + 1)
}

/// A time-zone offset in seconds east of UTC, however an RFC 2822 date or
/// a Vietnamese CMS writes it: "Z", "GMT", "UT", "UTC" and RFC 822's US
/// zones ("EST"…); a number, "+07:00", "+0700", "+07" or "+7"; or a name
/// with a number, "GMT+7", "UTC+07:00". RFC 3339's stricter offsets are
/// read by the same `numeric_offset`.
fn zone_offset(word: &str) -> Option<i32> {
    let upper = word.to_ascii_uppercase();
    // "UTC" before "UT", so that "UTC+7" loses the whole name.
    match ["GMT", "UTC", "UT", "Z"].iter().find_map(|name| upper.strip_prefix(name)) {
        Some("") => return Some(0),
        Some(number) => return numeric_offset(number, true),
        None => {}
    }
    let hours = match upper.as_str() {
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        _ => return numeric_offset(&upper, true),
    };
    Some(hours * 3600)
}

/// "+07:00", "+0700" or "+07"; with `short_hours` also "+7" and "+7:00".
fn numeric_offset(text: &str, short_hours: bool) -> Option<i32> {
    // The sign is checked as a byte first, so slicing after it cannot
    // split a multi-byte character.
    let sign = *text.as_bytes().first().filter(|b| matches!(b, b'+' | b'-'))?;
    let digits = text.get(1..)?;
    let (hours, minutes) = match digits.split_once(':') {
        Some(split) => split,
        None if digits.len() == 4 => digits.split_at_checked(2)?,
        None => (digits, "00"),
    };
    let hours = number(hours, if short_hours { 1 } else { 2 }, 2)?;
    signed(sign, hours, number(minutes, 2, 2)?)
}

fn signed(sign: u8, hours: u32, minutes: u32) -> Option<i32> {
    (hours < 24 && minutes < 60).then_some(())?;
    let seconds = (hours * 3600 + minutes * 60) as i32;
    Some(if sign == b'-' { -seconds } else { seconds })
}

fn at(date: NaiveDate, hour: u32, minute: u32, second: u32, offset_seconds: i32) -> Option<DateTime<FixedOffset>> {
    // A leap second (":60") is shown as the second before it.
    let time = NaiveTime::from_hms_opt(hour, minute, second.min(59))?;
    offset(offset_seconds)?.from_local_datetime(&NaiveDateTime::new(date, time)).single()
}

fn vietnam(dt: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    match offset(VIETNAM_OFFSET_SECONDS) {
        Some(vn) => dt.with_timezone(&vn),
        None => dt,
    }
}

/// The instant `millis` after the Unix epoch (as JavaScript's `Date.now()`
/// gives it); `None` outside chrono's range.
pub fn from_millis(millis: i64) -> Option<DateTime<FixedOffset>> {
    DateTime::from_timestamp_millis(millis).map(|utc| utc.fixed_offset())
}

/// "16/11/2021 09:02:25 AM", the seed page's "Cập nhật" form.
pub fn date_time(dt: DateTime<FixedOffset>) -> String {
    let local = vietnam(dt);
    let (pm, hour) = local.hour12();
    format!(
        "{} {:02}:{:02}:{:02} {}",
        date(dt),
        hour,
        local.minute(),
        local.second(),
        if pm { "PM" } else { "AM" }
    )
}

/// "16/11/2021", the form used in lists.
pub fn date(dt: DateTime<FixedOffset>) -> String {
    let local = vietnam(dt);
    format!("{:02}/{:02}/{:04}", local.day(), local.month(), local.year())
}

fn english_date(dt: DateTime<FixedOffset>) -> String {
    let local = vietnam(dt);
    let month = MONTHS.get(local.month0() as usize).copied().unwrap_or("");
    format!("{} {} {:04}", local.day(), month, local.year())
}

/// A list date in the interface language: "16/11/2021" or "16 Nov 2021".
pub fn date_in(lang: Lang, dt: DateTime<FixedOffset>) -> String {
    match lang {
        Lang::Vi => date(dt),
        Lang::En => english_date(dt),
    }
}

/// An update time in the interface language: "16/11/2021 09:02:25 AM" or
/// "16 Nov 2021, 9:02 AM (UTC+7)". The English form names the offset,
/// because a reader abroad would otherwise take it for local time.
pub fn date_time_in(lang: Lang, dt: DateTime<FixedOffset>) -> String {
    match lang {
        Lang::Vi => date_time(dt),
        Lang::En => {
            let local = vietnam(dt);
            let (pm, hour) = local.hour12();
            format!("{}, {}:{:02} {} (UTC+7)", english_date(dt), hour, local.minute(), if pm { "PM" } else { "AM" })
        }
    }
}

/// The machine-readable form for `<time datetime>`, in Vietnam time.
pub fn iso(dt: DateTime<FixedOffset>) -> String {
    let local = vietnam(dt);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+07:00",
        local.year(),
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
        local.second()
    )
}
