//! The last good feed, as kept in the browser's storage between visits:
//! the format of the saved record and the rules for trusting it.
//!
//! A saved copy lives in the host site's storage, which the site's own
//! scripts share, so it is bounded and checked: anything oversized or
//! unreadable is discarded rather than shown.

/// The largest feed text kept, in bytes. The host's storage (about 5 MB
/// per origin) is the site's, not the widget's; a paged feed's first page
/// fits easily, a whole archive in one file does not and is not saved.
pub const MAX_SAVED: usize = 512 * 1024;

/// The record for `text`, fetched at `saved_at` (milliseconds since the
/// Unix epoch): the time, a newline, then the feed exactly as received.
/// `None` when the feed is too large to keep.
pub fn encode(saved_at: i64, text: &str) -> Option<String> {
    (text.len() <= MAX_SAVED).then(|| format!("{saved_at}\n{text}"))
}

/// The time and feed text of a saved record; `None` when it is not one of
/// ours or is larger than any record `encode` writes.
pub fn decode(record: &str) -> Option<(i64, &str)> {
    if record.len() > MAX_SAVED + 24 {
        return None;
    }
    let (time, text) = record.split_once('\n')?;
    let time = time.parse::<i64>().ok().filter(|t| *t > 0)?;
    (!text.is_empty()).then_some((time, text))
}

/// A cheap fingerprint (64-bit FNV-1a) to tell whether a fetched feed is
/// the one already shown, without keeping a second copy of its text.
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}
