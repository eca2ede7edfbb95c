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
/// RFC 3339 without an offset, read as Vietnam time. The offset may also
/// be written "+0700" or "+07", as ISO 8601 allows. Anything else is
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
    let offset_seconds = match c.eat_any(b"Zz+-") {
        None => VIETNAM_OFFSET_SECONDS,
        Some(b'Z' | b'z') => 0,
        Some(sign) => {
            // "+07:00" (RFC 3339), and ISO 8601's other forms "+0700"
            // (PHP's DATE_ISO8601 and many CMSs) and "+07".
            let hours = c.digits(2)?;
            let colon = c.eat(b':');
            let minutes = if colon || !c.done() { c.digits(2)? } else { 0 };
            signed(sign, hours, minutes)?
        }
    };
    c.done().then_some(())?;
    at(date, hour, minute, second, offset_seconds)
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
    let offset_seconds = zone(words.next()?)?;
    if time.next().is_some() || words.next().is_some() {
        return None;
    }
    at(NaiveDate::from_ymd_opt(year as i32, month, day)?, hour, minute, second, offset_seconds)
}

fn number(word: &str, min_len: usize, max_len: usize) -> Option<u32> {
    let ok = (min_len..=max_len).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
    ok.then(|| word.parse().ok()).flatten()
}

fn month(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = word.to_ascii_lowercase();
    MONTHS.iter().position(|m| *m == lower).map(|i| i as u32 + 1)
}

fn zone(word: &str) -> Option<i32> {
    let hours = match word.to_ascii_uppercase().as_str() {
        "GMT" | "UT" | "UTC" | "Z" => 0,
        "EDT" => -4,
        "EST" | "CDT" => -5,
        "CST" | "MDT" => -6,
        "MST" | "PDT" => -7,
        "PST" => -8,
        _ => {
            // The sign is checked as a byte first, so slicing after it
            // cannot split a multi-byte character.
            let sign = *word.as_bytes().first().filter(|b| matches!(b, b'+' | b'-'))?;
            let digits = word.get(1..)?;
            let hours = number(digits.get(..2)?, 2, 2)?;
            let minutes = number(digits.get(2..)?, 2, 2)?;
            return signed(sign, hours, minutes);
        }
    };
    Some(hours * 3600)
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

/// English month abbreviations, for English dates ("16 Nov 2021").
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

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
