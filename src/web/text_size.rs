//! The reader's text size ("A−", "A+"): five steps, as `data-size` on the
//! reader's root (the stylesheet sets 14, 16, 18, 20 and 23 px), kept for
//! the whole site in its storage.

use web_sys::Element;

use crate::web::storage;

/// The text sizes, as `data-size` on the reader's root (see the
/// stylesheet): 14, 16, 18, 20 and 23 px.
const SIZES: u32 = 5;
pub const DEFAULT_SIZE: u32 = 1;
/// One setting for the whole site, like its other reading preferences.
const SIZE_KEY: &str = "doctin:size";

/// The text size this site's reader chose last time.
pub fn saved_size() -> u32 {
    let saved = storage().and_then(|s| s.get_item(SIZE_KEY).ok()?).and_then(|v| v.parse::<u32>().ok());
    saved.filter(|s| *s < SIZES).unwrap_or(DEFAULT_SIZE)
}

pub fn resize(root: &Element, step: i32) {
    let now = root.get_attribute("data-size").and_then(|v| v.parse::<i32>().ok()).unwrap_or(DEFAULT_SIZE as i32);
    let size = (now + step).clamp(0, SIZES as i32 - 1).to_string();
    let _ = root.set_attribute("data-size", &size);
    if let Some(storage) = storage() {
        let _ = storage.set_item(SIZE_KEY, &size);
    }
}

