//! Routes live in the URL hash: `#/` is the latest list, `#/bai/<id>` an
//! article, `#/tim/<query>` a search. Ids and queries are percent-encoded
//! so that any string round-trips.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Latest,
    Article(String),
    Search(String),
}

/// A click on a link inside the reader, as its one click listener sees
/// it: the mouse `button`, whether a modifier key was held, and whether a
/// handler already took it.
#[derive(Debug, Clone, Copy)]
pub struct Click {
    pub button: i16,
    pub modified: bool,
    pub prevented: bool,
}

/// Whether the reader follows a click on one of its own links (`#/…`)
/// itself: only without the hash (`owns_hash` false), so the host's URL
/// and history never change, and only a plain click. With the hash, for
/// another button or a modifier key (a new tab, say), or once a handler
/// took it, the browser follows the link as it would any other.
pub fn follows(owns_hash: bool, click: Click) -> bool {
    !owns_hash && !click.prevented && click.button == 0 && !click.modified
}

impl Route {
    /// Reads a `location.hash`. Returns `None` for hashes that are not ours
    /// (a host page's "#top" anchor), which the reader leaves alone.
    pub fn parse(hash: &str) -> Option<Route> {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        if path.is_empty() || path == "/" {
            return Some(Route::Latest);
        }
        let path = path.strip_prefix('/')?;
        if let Some(id) = path.strip_prefix("bai/") {
            let id = decode(id);
            return Some(if id.is_empty() { Route::Latest } else { Route::Article(id) });
        }
        if let Some(query) = path.strip_prefix("tim/") {
            let query = decode(query);
            return Some(if query.trim().is_empty() { Route::Latest } else { Route::Search(query) });
        }
        // An unknown path under "#/" is ours but meaningless: show the list.
        Some(Route::Latest)
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Latest => "#/".to_string(),
            Route::Article(id) => format!("#/bai/{}", encode(id)),
            Route::Search(query) => format!("#/tim/{}", encode(query)),
        }
    }
}

/// What a route leaves as written: RFC 3986's unreserved characters.
/// Everything else is percent-encoded, so that any id or query
/// round-trips through the hash.
const ESCAPED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(raw: &str) -> String {
    utf8_percent_encode(raw, ESCAPED).to_string()
}

/// Decodes `%XX` sequences; malformed ones stay as written, and invalid
/// UTF-8 becomes U+FFFD rather than an error, since a hash is user input.
pub fn decode(raw: &str) -> String {
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}
