//! URLs from feeds: reference resolution as RFC 3986 §5.2 defines it, the
//! form two URLs are compared in, and scheme checks per use.
//!
//! Written out rather than taken from a URL crate: feeds need resolution,
//! comparison and a scheme allowlist, which fit in this page, and the
//! browser parses what we produce again anyway.

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
    if let Some(scheme) = Parts::of(url).scheme.map(str::to_ascii_lowercase) {
        let web = matches!(scheme.as_str(), "http" | "https");
        let allowed = match usage {
            Use::Link => web || matches!(scheme.as_str(), "mailto" | "tel"),
            Use::Image => web || (scheme == "data" && url.get(5..).is_some_and(|rest| rest.to_ascii_lowercase().starts_with("image/"))),
            Use::Base => web,
        };
        // Web URLs lose their dot segments, as the browser would remove
        // them, so that one page has one spelling.
        return allowed.then(|| if web { join(url, url) } else { url.to_string() });
    }
    if usage == Use::Base {
        return None;
    }
    match base.and_then(|b| resolve(None, b, Use::Base)) {
        Some(base) => Some(join(&base, url)),
        // Without a base the URL stays relative to the host page.
        None => Some(url.to_string()),
    }
}

/// The key under which two URLs name the same document: the fragment
/// dropped (it never reaches the server), scheme and host lower-cased, an
/// empty path written "/". Loop protection compares these.
pub fn key(url: &str) -> String {
    let parts = Parts::of(url);
    let mut key = String::with_capacity(url.len());
    if let Some(scheme) = parts.scheme {
        key.push_str(&scheme.to_ascii_lowercase());
        key.push(':');
    }
    if let Some(authority) = parts.authority {
        key.push_str("//");
        // A default port is no port: "https://h:443/" is "https://h/".
        let authority = authority.to_ascii_lowercase();
        let default = match parts.scheme.map(str::to_ascii_lowercase).as_deref() {
            Some("http") => ":80",
            Some("https") => ":443",
            _ => "",
        };
        key.push_str(authority.strip_suffix(default).filter(|_| !default.is_empty()).unwrap_or(&authority));
        if parts.path.is_empty() {
            key.push('/');
        }
    }
    key.push_str(parts.path);
    if let Some(query) = parts.query {
        key.push('?');
        key.push_str(query);
    }
    key
}

/// The five components of RFC 3986 Appendix B. Each is a slice of the
/// URL, cut with `split_once` and friends, so no input can make it panic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(url: &'a str) -> Parts<'a> {
        let (rest, fragment) = match url.split_once('#') {
            Some((rest, fragment)) => (rest, Some(fragment)),
            None => (url, None),
        };
        let (rest, query) = match rest.split_once('?') {
            Some((rest, query)) => (rest, Some(query)),
            None => (rest, None),
        };
        // A scheme is what comes before the first ":", when no "/" comes
        // before it and it is spelled as RFC 3986 §3.1 says.
        let (scheme, rest) = match rest.split_once(':') {
            Some((scheme, after)) if is_scheme(scheme) => (Some(scheme), after),
            _ => (None, rest),
        };
        let (authority, path) = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find('/').unwrap_or(after.len());
                match after.split_at_checked(end) {
                    Some((authority, path)) => (Some(authority), path),
                    None => (Some(after), ""),
                }
            }
            None => (None, rest),
        };
        Parts { scheme, authority, path, query, fragment }
    }
}

/// A letter, then letters, digits, "+", "-" or ".".
fn is_scheme(candidate: &str) -> bool {
    let mut chars = candidate.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `reference` resolved against the absolute URL `base`, exactly as RFC
/// 3986 §5.2.2 does it (the strict parser: "http:g" keeps its scheme).
pub fn join(base: &str, reference: &str) -> String {
    let b = Parts::of(base);
    let r = Parts::of(reference);
    let merged;
    let (scheme, authority, path, query) = if r.scheme.is_some() {
        (r.scheme, r.authority, remove_dot_segments(r.path), r.query)
    } else if r.authority.is_some() {
        (b.scheme, r.authority, remove_dot_segments(r.path), r.query)
    } else if r.path.is_empty() {
        (b.scheme, b.authority, b.path.to_string(), r.query.or(b.query))
    } else if r.path.starts_with('/') {
        (b.scheme, b.authority, remove_dot_segments(r.path), r.query)
    } else {
        // §5.2.3: the base path up to its last "/", then the reference.
        merged = match (b.authority, b.path.rsplit_once('/')) {
            (Some(_), _) if b.path.is_empty() => format!("/{}", r.path),
            (_, Some((dir, _))) => format!("{dir}/{}", r.path),
            (_, None) => r.path.to_string(),
        };
        (b.scheme, b.authority, remove_dot_segments(&merged), r.query)
    };
    let mut out = String::with_capacity(base.len() + reference.len());
    if let Some(scheme) = scheme {
        out.push_str(scheme);
        out.push(':');
    }
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    if let Some(fragment) = r.fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// RFC 3986 §5.2.4, step by step: "." and ".." segments removed, a ".."
/// taking the segment before it with it, never climbing above the root.
fn remove_dot_segments(path: &str) -> String {
    let mut input = path;
    let mut output = String::with_capacity(path.len());
    while !input.is_empty() {
        if let Some(rest) = input.strip_prefix("../").or_else(|| input.strip_prefix("./")) {
            // A: a leading "../" or "./" goes.
            input = rest;
        } else if let Some(rest) = input.strip_prefix("/.").filter(|rest| rest.is_empty() || rest.starts_with('/')) {
            // B: "/./" and a final "/." become "/".
            input = if rest.is_empty() { "/" } else { rest };
        } else if let Some(rest) = input.strip_prefix("/..").filter(|rest| rest.is_empty() || rest.starts_with('/')) {
            // C: "/../" and a final "/.." become "/", and the last segment
            // of the output goes.
            input = if rest.is_empty() { "/" } else { rest };
            output.truncate(output.rfind('/').unwrap_or(0));
        } else if input == "." || input == ".." {
            // D: a path of only dots is empty.
            input = "";
        } else {
            // E: the first segment, with its leading "/", moves to the output.
            let end = input.char_indices().skip(1).find(|&(_, c)| c == '/').map_or(input.len(), |(at, _)| at);
            let (segment, rest) = input.split_at_checked(end).unwrap_or((input, ""));
            output.push_str(segment);
            input = rest;
        }
    }
    output
}
