//! Dates as the reader shows them, in Vietnam time and the interface
//! language.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

use super::{offset, MONTHS, VIETNAM_OFFSET_SECONDS};
use crate::core::config::Lang;

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
