//! The two wire formats a feed's dates are in: RFC 3339 (JSON Feed, Atom)
//! and RFC 2822 (RSS), each as real feeds bend it.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{at, month, number, numeric_offset, zone_offset, VIETNAM_OFFSET_SECONDS};

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
