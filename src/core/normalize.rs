//! From the JSON text of a feed to `model::Feed`, or a `FeedError` that
//! says what was wrong with it. This is the only place feed input is judged.

use std::cmp::Ordering;
use std::collections::HashSet;

use super::model::{Body, Feed, Item, Link};
use super::text::clean;
use super::url::{key, resolve, Use};
use super::xml::{is_html_page, looks_like_xml};
use super::{time, wire};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// Not JSON at all. `looks_like_html` catches the usual cause: a server
    /// (or `trunk serve`'s fallback) answering with a web page.
    InvalidJson { line: usize, column: usize, looks_like_html: bool },
    /// JSON, but not an object with an `items` array; or XML, but neither
    /// RSS nor Atom.
    NotAFeed,
    /// XML that is not well-formed (a prefix used but never declared is
    /// one way), where the parser says.
    InvalidXml { line: usize, column: usize },
    /// Bytes that are not text in the encoding the document declares, or
    /// in UTF-8 when it declares none; `declared` names the encoding.
    NotText { declared: Option<String> },
    /// An XML document (RSS or Atom, most likely) where the reader wanted
    /// a JSON Feed: `doctin-feed import` converts it.
    XmlFeed,
    /// A `content_url` document that holds no article body: nothing, a
    /// whole web page (often a server's fallback or error page), or JSON
    /// without `content_html` or `content_text`.
    NotABody,
}

/// A feed read on its own, with relative `next_url` and `content_url` left
/// relative to the page.
pub fn parse(body: &str) -> Result<Feed, FeedError> {
    parse_at(body, None)
}

/// A feed, or one page of a paged feed, fetched from the absolute URL
/// `source`: its `next_url` and `content_url` resolve against it, since
/// the files of a split archive name each other relatively.
pub fn parse_at(body: &str, source: Option<&str>) -> Result<Feed, FeedError> {
    read(body).map(|wire| from_wire(&wire, source))
}

/// What reads an RSS or Atom document (its text, and the absolute URL it
/// came from) into the wire model: XML parsing belongs to the edge that
/// has a parser (the browser's `DOMParser` in `web::xml`), the mapping to
/// the core (`syndication`). Passed in, so the core stays free of both.
pub type ReadXml = fn(&str, &str) -> Result<wire::Feed, FeedError>;

/// `parse_at` for a document that may also be RSS or Atom, read by `xml`.
/// Without a reader, such a document is `FeedError::XmlFeed`.
pub fn parse_any(body: &str, source: &str, xml: Option<ReadXml>) -> Result<Feed, FeedError> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let wire = match xml {
        Some(xml) if looks_like_xml(body) && !is_html_page(body) => xml(body, source)?,
        _ => read(body)?,
    };
    Ok(from_wire(&wire, Some(source)))
}

/// The feed document in `body`, judged as JSON and as a feed, not yet
/// normalized: for `split`, which keeps the JSON as written.
pub fn read(body: &str) -> Result<wire::Feed, FeedError> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let wire = wire::Feed::parse(body).map_err(|error| {
        if looks_like_xml(body) && !is_html_page(body) {
            return FeedError::XmlFeed;
        }
        FeedError::InvalidJson { line: error.line(), column: error.column(), looks_like_html: body.trim_start().starts_with('<') }
    })?;
    if !wire.is_feed() {
        return Err(FeedError::NotAFeed);
    }
    Ok(wire)
}

/// The model of a document `read` accepted, fetched from `source`.
pub fn from_wire(wire: &wire::Feed, source: Option<&str>) -> Feed {
    let mut feed = normalize(wire, source);
    feed.next_url = wire.next_url().and_then(|url| web_url(source, url));
    feed.loaded.extend(source.map(key));
    feed
}

/// A document the reader fetches: an http(s) URL, or one relative to the
/// page when there is no `source` to resolve it against.
fn web_url(source: Option<&str>, url: &str) -> Option<String> {
    let resolved = resolve(source, url, Use::Link)?;
    let web = resolve(None, &resolved, Use::Base).is_some();
    let scheme_free = !resolved.contains(':');
    (web || scheme_free).then_some(resolved)
}

/// Adds the next page, loaded from `url`, to the feed: its items join the
/// timeline (an id already loaded keeps its first version), and its
/// `next_url` becomes the feed's. A page that adds no new item ends the
/// chain: a server that answers every page number with its last page, or
/// a CMS that ignores the page parameter, would otherwise be asked for
/// ever-new URLs of the same items.
pub fn append(feed: &mut Feed, page: Feed, url: &str) {
    let before = feed.items.len();
    let mut items = std::mem::take(&mut feed.items);
    items.extend(page.items);
    feed.items = in_order(items);
    let added = feed.items.len() > before;
    feed.next_url = page.next_url.filter(|_| added);
    feed.loaded.push(key(url));
}

/// The body a `content_url` document holds: JSON with the item's own
/// `content_html` or `content_text`, or an HTML fragment. A whole HTML
/// document is refused: a server that answers a missing file with its
/// home page (as `trunk serve` does) must not put that page in the article.
pub fn body(text: &str) -> Result<Body, FeedError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim();
    if text.is_empty() {
        return Err(FeedError::NotABody);
    }
    if !text.starts_with('{') {
        let head = text.get(..9).unwrap_or(text).to_ascii_lowercase();
        if head.starts_with("<!doctype") || head.starts_with("<html") {
            return Err(FeedError::NotABody);
        }
        return Ok(Body::Html(text.to_string()));
    }
    let document = wire::Feed::parse(text).map_err(|error| FeedError::InvalidJson {
        line: error.line(),
        column: error.column(),
        looks_like_html: false,
    })?;
    match content(&document.body()) {
        Body::Empty => Err(FeedError::NotABody),
        body => Ok(body),
    }
}

fn normalize(wire: &wire::Feed, source: Option<&str>) -> Feed {
    let home_page_url = wire.home_page_url().and_then(|url| resolve(None, url, Use::Base));
    let base = home_page_url.as_deref();
    let links = wire
        .links()
        .filter_map(|link| {
            let url = resolve(base, link.url()?, Use::Link)?;
            let title = link.title().and_then(clean).unwrap_or_else(|| url.clone());
            Some(Link { title, url })
        })
        .collect();
    let items = wire.items().filter_map(|wire_item| item(&wire_item, base, source)).collect();
    Feed {
        title: wire.title().and_then(clean).unwrap_or_default(),
        home_page_url,
        language: wire.language().and_then(clean),
        links,
        items: in_order(items),
        ..Feed::default()
    }
}

/// The items on the timeline, each id once: newest first, undated last.
pub fn in_order(mut items: Vec<Item>) -> Vec<Item> {
    // The spec makes ids unique; when a feed repeats one, the first wins.
    let mut seen = HashSet::new();
    items.retain(|item| seen.insert(item.id.clone()));
    // `sort_by` is stable, so feed order is kept among equal dates and
    // among undated items, which all go after the dated ones.
    items.sort_by(|a, b| match (a.date(), b.date()) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    items
}

/// Items without a usable id are discarded, as the spec says.
/// `content_html`, else `content_text`, whichever has something in it.
fn content(wire: &wire::Item) -> Body {
    match (wire.content_html(), wire.content_text()) {
        (Some(html), _) if !html.trim().is_empty() => Body::Html(html.to_string()),
        (_, Some(text)) if !text.trim().is_empty() => Body::Text(text.to_string()),
        _ => Body::Empty,
    }
}

/// Relative links and images resolve against the site (`base`), a
/// `content_url` against the feed file that names it (`source`).
fn item(wire: &wire::Item, base: Option<&str>, source: Option<&str>) -> Option<Item> {
    let id = wire.id()?;
    // HTML first, as the spec prefers it; then a body in a file of its own;
    // `content_text` last, since a split archive keeps a short text there
    // for readers that do not know `content_url`.
    let body = match (content(wire), wire.content_url().and_then(|url| web_url(source, url))) {
        (Body::Html(html), _) => Body::Html(html),
        (_, Some(url)) => Body::Remote(url),
        (body, None) => body,
    };
    // A bad value in the preferred field is not replaced by the fallback's:
    // the feed said what it meant, and it was unusable.
    let url = wire.url().or(wire.external_url());
    let image = wire.image().or(wire.banner_image());
    Some(Item {
        id,
        title: wire.title().and_then(clean).unwrap_or_default(),
        url: url.and_then(|u| resolve(base, u, Use::Link)),
        body,
        summary: wire.summary().and_then(clean),
        image: image.and_then(|u| resolve(base, u, Use::Image)),
        image_caption: wire.image_caption().and_then(clean),
        section: wire.section().and_then(clean),
        source: wire.source().and_then(clean),
        tags: wire.tags().filter_map(clean).collect(),
        authors: wire.author_names().into_iter().filter_map(clean).collect(),
        language: wire.language().and_then(clean),
        published: wire.date_published().and_then(time::parse),
        modified: wire.date_modified().and_then(time::parse),
        related: wire.related().collect(),
        origin: None,
    })
}
