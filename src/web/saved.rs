//! The offline copy: the last good feed text, kept in `localStorage` under
//! the feed's absolute URL, all copies together within
//! `core::saved::MAX_TOTAL`. Storage can be missing, full or forbidden (a
//! sandboxed frame, a privacy mode); then nothing is saved and nothing
//! breaks.

use crate::core::saved::{self, Stored};
use crate::web::{absolute, storage};

/// Every saved copy's key starts with this; so does the text size's
/// (`doctin:size`), whose value is never a saved record.
const PREFIX: &str = "doctin:";

/// The storage key for `feed` as the host page's attribute wrote it:
/// resolved against the page's base URL, so two pages naming "feed.json"
/// in different folders keep different copies.
fn key(feed: &str) -> String {
    format!("{PREFIX}{}", absolute(feed))
}

/// The saved record for `feed`: when it was fetched, and its text. A
/// record that is not one of ours, or too large, is removed.
pub fn read(feed: &str) -> Option<(i64, String)> {
    let storage = storage()?;
    let key = key(feed);
    let record = storage.get_item(&key).ok()??;
    match saved::decode(&record) {
        Some((at, text)) => Some((at, text.to_string())),
        None => {
            forget(feed);
            None
        }
    }
}

/// Keeps `text` as the copy of `feed` fetched now, after removing the
/// copies fetched longest ago that would take all of them over the
/// bound. A feed too large to keep removes the older copy, which would
/// no longer be the last good one.
pub fn write(feed: &str, text: &str) {
    let Some(storage) = storage() else { return };
    let key = key(feed);
    let Some(record) = saved::encode(js_sys::Date::now() as i64, text) else {
        let _ = storage.remove_item(&key);
        return;
    };
    for old in saved::evict(&stored(&storage), &key, key.len() + record.len()) {
        let _ = storage.remove_item(&old);
    }
    // A full storage refuses the write; the older copy then stays, and
    // its own time says how old it is.
    let _ = storage.set_item(&key, &record);
}

/// The saved copies in `storage`: every key with our prefix whose value
/// reads as a saved record.
fn stored(storage: &web_sys::Storage) -> Vec<Stored> {
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count).filter_map(|at| storage.key(at).ok().flatten()).filter(|k| k.starts_with(PREFIX)).collect();
    keys.into_iter()
        .filter_map(|key| {
            let record = storage.get_item(&key).ok()??;
            let (saved_at, _) = saved::decode(&record)?;
            Some(Stored { size: key.len() + record.len(), key, saved_at })
        })
        .collect()
}

/// Removes the copy of `feed`, when it turned out not to be a feed.
pub fn forget(feed: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(feed));
    }
}
