//! The browser edge: everything that talks to the DOM, the network or the
//! history, kept apart from the pure core and from the views.

pub mod bodies;
pub mod clicks;
pub mod driver;
pub mod events;
pub mod fetch;
pub mod history;
pub mod mount;
pub mod panic;
pub mod paragraphs;
pub mod saved;
pub mod sanitize;
pub mod shadow;
pub mod share;
pub mod speech;
pub mod start;
pub mod text_size;
pub mod timing;
pub mod xml;

/// The page's `localStorage`, shared with the host site. `None` where it is
/// missing or forbidden (a sandboxed frame, some privacy modes); callers
/// then keep nothing, and nothing breaks.
pub fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// `url` made absolute against the page's base URL (`document.baseURI`,
/// which a `<base href>` changes), exactly as the preload `doctin.js` adds
/// for `data-feed` resolves it, so the two are one request: the feed's
/// address, the key of its offline copy, and the base of its pages' links.
pub fn absolute(url: &str) -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    crate::core::url::resolve(base.as_deref(), url, crate::core::url::Use::Link).unwrap_or_else(|| url.to_string())
}
