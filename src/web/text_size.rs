//! The reader's text size ("A−", "A+") on the page: `data-size` on the
//! reader's root (the stylesheet sets the sizes), kept for the whole site
//! in its storage. Which size follows a press is `core::tools::resized`.

use web_sys::Element;

use crate::core::tools;
use crate::web::storage;

/// One setting for the whole site, like its other reading preferences.
const SIZE_KEY: &str = "doctin:size";

/// The text size this site's reader chose last time.
pub fn saved() -> u32 {
    tools::saved_size(storage().and_then(|s| s.get_item(SIZE_KEY).ok()?).as_deref())
}

/// Shows the reader at text size `size`, and keeps it for the site.
pub fn set(root: &Element, size: u32) {
    let size = size.to_string();
    let _ = root.set_attribute("data-size", &size);
    if let Some(storage) = storage() {
        let _ = storage.set_item(SIZE_KEY, &size);
    }
}
