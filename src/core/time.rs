//! Dates: lenient parsing of what feeds write, and formatting in Vietnam
//! time (UTC+7) whatever the reader's device is set to.
//!
//! Formatting is written out by hand from chrono's accessors rather than
//! through `format()`, whose parser for format strings costs wasm bytes for
//! two fixed patterns.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

const VIETNAM_OFFSET_SECONDS: i32 = 7 * 3600;

fn vietnam() -> FixedOffset {
    // 7 hours is always a valid offset, so this cannot fail.
    FixedOffset::east_opt(VIETNAM_OFFSET_SECONDS).unwrap_or(FixedOffset::east_opt(0).unwrap())
}

/// Parses RFC 3339 (the spec), RFC 2822 (WordPress and RSS habits) and
/// offset-less local times, which Vietnamese CMSs write in Vietnam time.
/// Anything else is `None`: garbage dates must not invent an order.
pub fn parse(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if raw.is_empty() || raw.len() > 64 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(raw) {
        return Some(dt);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(raw) {
        return Some(dt);
    }
    let local = if raw.len() == 10 {
        format!("{raw}T00:00:00+07:00")
    } else {
        format!("{raw}+07:00")
    };
    DateTime::parse_from_rfc3339(&local).ok()
}

/// "16/11/2021 09:02:25 AM", the seed page's "Cập nhật" form.
pub fn date_time(dt: DateTime<FixedOffset>) -> String {
    let local = dt.with_timezone(&vietnam());
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
    let local = dt.with_timezone(&vietnam());
    format!("{:02}/{:02}/{:04}", local.day(), local.month(), local.year())
}

/// The machine-readable form for `<time datetime>`, in Vietnam time.
pub fn iso(dt: DateTime<FixedOffset>) -> String {
    dt.with_timezone(&vietnam()).to_rfc3339()
}
