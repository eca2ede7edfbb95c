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

/// Everything but RFC 3986's unreserved characters is percent-encoded.
const RESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// `raw` with everything but RFC 3986's unreserved characters
/// percent-encoded.
pub fn encode(raw: &str) -> String {
    utf8_percent_encode(raw, RESERVED).to_string()
}

/// Decodes `%XX` sequences; malformed ones stay as written, and invalid
/// UTF-8 becomes U+FFFD rather than an error, since a hash is user input.
pub fn decode(raw: &str) -> String {
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}
