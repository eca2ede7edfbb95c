//! Dates: what feeds write, read leniently, and shown in Vietnam time
//! (UTC+7) whatever the reader's device is set to. Three concerns, one
//! file each: `strict` reads the two wire formats (RFC 3339, RFC 2822),
//! `feed` adds the forms Vietnamese CMSs write in RSS, and `format` writes
//! dates for the views. What they share lives here: the one time-zone
//! offset reader, the one month table, and the step from fields to an
//! instant.
//!
//! chrono supplies the calendar (validation, offsets, leap years); the two
//! wire formats are read by hand. chrono's own `parse_from_rfc3339` and
//! `parse_from_rfc2822` go through its general format-string parser, which
//! cost about 12 KB of wasm for two fixed layouts, and neither accepts the
//! offset-less local times Vietnamese CMSs write. Formatting is written out
//! from chrono's accessors for the same reason.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};

mod feed;
mod format;
mod strict;

pub use feed::{month_first, parse_in_feed};
pub use format::{date, date_in, date_time, date_time_in, from_millis, iso};
pub use strict::parse;

const VIETNAM_OFFSET_SECONDS: i32 = 7 * 3600;

fn offset(seconds: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(seconds)
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
