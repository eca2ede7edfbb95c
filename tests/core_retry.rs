//! Reading Retry-After: seconds to wait, from a number or an HTTP date.

use doctin::core::retry::after;

/// 2026-11-29T10:00:00Z, as milliseconds since the epoch.
const NOW: i64 = 1_795_946_400_000;

#[track_caller]
fn check(value: &str, expected: Option<u32>) {
    assert_eq!(after(value, NOW), expected, "{value:?}");
}

#[test]
fn seconds() {
    check("0", Some(0));
    check("30", Some(30));
    check(" 120 ", Some(120));
    check("99999999999", Some(u32::MAX));
}

#[test]
fn http_dates() {
    check("Sun, 29 Nov 2026 10:00:30 GMT", Some(30));
    check("Sun, 29 Nov 2026 10:00:00 GMT", Some(0));
    check("Sun, 29 Nov 2026 09:00:00 GMT", Some(0));
    check("Sun, 29 Nov 2026 10:02:00 GMT", Some(120));
    check("Sun, 29 Nov 2026 17:00:01 +0700", Some(1));
}

#[test]
fn anything_else_is_ignored() {
    check("", None);
    check("-5", None);
    check("1.5", None);
    check("soon", None);
    check("30 seconds", None);
}
