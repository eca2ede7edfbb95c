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

/// The most all saved copies together may take, in bytes of key and
/// record. Each feed URL is a key of its own, and a cache-busting query
/// string makes a new one on every deploy, so without a bound across
/// copies the widget would fill the host's storage a feed at a time.
pub const MAX_TOTAL: usize = 1024 * 1024;

/// One record already in storage: its key, its size (key and record, in
/// bytes) and its fetch time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub key: String,
    pub size: usize,
    pub saved_at: i64,
}

/// The keys to remove before a record of `size` bytes is written under
/// `key`, so that all copies together stay within `MAX_TOTAL`: the copy
/// fetched longest ago first. (Every visit that reaches the network saves
/// its feed again, so that is the least recently used.) The record being
/// replaced counts for nothing, since the write replaces it.
pub fn evict(stored: &[Stored], key: &str, size: usize) -> Vec<String> {
    let mut others: Vec<&Stored> = stored.iter().filter(|s| s.key != key).collect();
    let mut total = others.iter().fold(size, |sum, s| sum.saturating_add(s.size));
    let mut removed = Vec::new();
    while total > MAX_TOTAL {
        let Some((at, oldest)) = others.iter().enumerate().min_by_key(|(_, s)| s.saved_at) else { break };
        total -= oldest.size;
        removed.push(oldest.key.clone());
        others.swap_remove(at);
    }
    removed
}

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
