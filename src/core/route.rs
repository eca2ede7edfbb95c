//! Routes live in the URL hash: `#/` is the latest list, `#/bai/<id>` an
//! article, `#/tim/<query>` a search. Ids and queries are percent-encoded
//! so that any string round-trips.

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

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn encode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Decodes `%XX` sequences; malformed ones stay as written, and invalid
/// UTF-8 becomes U+FFFD rather than an error, since a hash is user input.
pub fn decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(high, low)| high << 4 | low),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hexadecimal digit. (By hand: `u8::from_str_radix`
/// brings a general number parser into the bundle.)
fn hex(digit: u8) -> Option<u8> {
    match digit {
        b'0'..=b'9' => Some(digit - b'0'),
        b'a'..=b'f' => Some(digit - b'a' + 10),
        b'A'..=b'F' => Some(digit - b'A' + 10),
        _ => None,
    }
}
