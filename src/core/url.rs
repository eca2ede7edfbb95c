//! URL resolution and scheme checks for the URLs a feed hands us.
//!
//! A full URL parser would cost wasm bytes for little: feeds only need
//! "is this scheme safe" and "make this root- or path-relative URL absolute
//! against the feed's home page". The browser re-parses what we produce.

/// What a URL will be used for decides which schemes are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// An `<a href>`: web pages, mail and phone links.
    Link,
    /// An `<img src>`: web images and inline `data:image/…`.
    Image,
    /// A base for other URLs: only absolute http(s).
    Base,
}

/// Returns the URL to put in the DOM, absolute where `base` allows, or
/// `None` when it is empty or its scheme is not allowed for `usage`.
pub fn resolve(base: Option<&str>, raw: &str, usage: Use) -> Option<String> {
    // Browsers drop tabs and newlines anywhere in a URL and trim leading
    // control characters and spaces, so "java\tscript:" must be judged as
    // the browser will read it.
    let cleaned: String = raw.chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    let url = cleaned.trim_matches(|c: char| c <= ' ');
    if url.is_empty() {
        return None;
    }
    if let Some(scheme) = scheme(url) {
        let allowed = match usage {
            Use::Link => matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel"),
            Use::Image => {
                matches!(scheme.as_str(), "http" | "https")
                    || (scheme == "data" && url.get(5..).is_some_and(|rest| rest.to_ascii_lowercase().starts_with("image/")))
            }
            Use::Base => matches!(scheme.as_str(), "http" | "https"),
        };
        return allowed.then(|| url.to_string());
    }
    if usage == Use::Base {
        return None;
    }
    let Some(base) = base.and_then(|b| resolve(None, b, Use::Base)) else {
        // Without a base the URL stays relative to the host page.
        return Some(url.to_string());
    };
    // A base always has a scheme; the authority follows its "//". The
    // pieces are cut with `split_once`, never by byte index, so nothing
    // here can panic on odd input.
    let (scheme, after_scheme) = base.split_once(':')?;
    let (prefix, rest) = match after_scheme.strip_prefix("//") {
        Some(rest) => ("://", rest),
        None => (":", after_scheme),
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let path = rest.strip_prefix(authority).unwrap_or("").split(['?', '#']).next().unwrap_or("");
    Some(if url.starts_with("//") {
        format!("{scheme}:{url}")
    } else if url.starts_with('/') {
        format!("{scheme}{prefix}{authority}{url}")
    } else if url.starts_with('#') {
        let without_fragment = base.split('#').next().unwrap_or(&base);
        format!("{without_fragment}{url}")
    } else {
        let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        format!("{scheme}{prefix}{authority}{dir}/{url}")
    })
}

/// The lower-cased scheme, when the URL starts with one (RFC 3986: a letter,
/// then letters, digits, "+", "-" or ".", then ":").
fn scheme(url: &str) -> Option<String> {
    let (candidate, _) = url.split_once(':')?;
    let mut chars = candidate.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| candidate.to_ascii_lowercase())
}
