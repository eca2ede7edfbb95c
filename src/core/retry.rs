//! When to ask a busy server again: its `Retry-After` answer.

use super::time;

/// The longest wait the reader sits out by itself; a server asking for
/// more gets its message and the "Thử lại" button, nothing automatic.
pub const AUTO_RETRY_MAX_SECONDS: u32 = 120;

/// How many automatic retries in a row, so that a server answering
/// "Retry-After: 1" forever is not asked forever.
pub const AUTO_RETRIES: u32 = 3;

/// The seconds to wait from `now` (milliseconds since the Unix epoch) that
/// a `Retry-After` value asks for: delta-seconds or an HTTP date. `None`
/// for anything else.
pub fn after(value: &str, now: i64) -> Option<u32> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        // Huge values saturate instead of failing: they still mean "later".
        return Some(value.parse::<u32>().unwrap_or(u32::MAX));
    }
    let at = time::parse(value)?.timestamp_millis();
    let wait = at.saturating_sub(now).max(0);
    // Rounded up: waiting a little long is harmless, a little short is not.
    Some(u32::try_from((wait + 999) / 1000).unwrap_or(u32::MAX))
}
