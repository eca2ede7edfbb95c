//! The offline copy: the last good feed text, kept in `localStorage` under
//! the feed's absolute URL. Storage can be missing, full or forbidden (a
//! sandboxed frame, a privacy mode); then nothing is saved and nothing
//! breaks.

use crate::core::saved;
use crate::web::{absolute, storage};

/// The storage key for `feed` as the host page's attribute wrote it:
/// resolved against the page, so two pages naming "feed.json" in
/// different folders keep different copies.
fn key(feed: &str) -> String {
    format!("doctin:{}", absolute(feed))
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

/// Keeps `text` as the copy of `feed` fetched now; a feed too large to
/// keep removes the older copy, which would no longer be the last good one.
pub fn write(feed: &str, text: &str) {
    let Some(storage) = storage() else { return };
    let key = key(feed);
    match saved::encode(js_sys::Date::now() as i64, text) {
        // A full storage refuses the write; the older copy then stays, and
        // its own time says how old it is.
        Some(record) => drop(storage.set_item(&key, &record)),
        None => drop(storage.remove_item(&key)),
    }
}

/// Removes the copy of `feed`, when it turned out not to be a feed.
pub fn forget(feed: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(feed));
    }
}
