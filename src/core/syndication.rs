//! RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 as doctin's JSON Feed: the same
//! wire model a JSON Feed gives, so every view, selection, search, paging
//! and the offline copy work unchanged. The reader (after the browser's
//! `DOMParser`) and `doctin-feed import` (after an XML crate) both call
//! `to_json_feed`, so the two agree. README's "Using your portal's RSS"
//! has the mapping as a table.

use serde_json::{Map, Value};

use super::html;
use super::normalize::FeedError;
use super::saved::fingerprint;
use super::text::clean;
use super::time;
use super::url::{resolve, Use};
use super::xml::{Element, ATOM, CONTENT, DC, ENC, MEDIA, RDF, RSS1, XHTML, XML};

/// A description longer than this, as text, is the article's body (and
/// its lead is its first paragraph or sentence); a shorter one is the lead.
pub const BODY_FROM: usize = 300;

/// The JSON Feed 1.1 (with `_doctin`) for the XML document `root`, fetched
/// from the absolute URL `source`. `FeedError::NotAFeed` when the document
/// is neither RSS nor Atom.
pub fn to_json_feed(root: &Element, source: &str) -> Result<Value, FeedError> {
    let (channel, items, atom): (&Element, Vec<&Element>, bool) = if root.is("", "rss") {
        let channel = root.child("", "channel").ok_or(FeedError::NotAFeed)?;
        (channel, channel.all("", "item").collect(), false)
    } else if root.is(RDF, "RDF") {
        let channel = root.child(RSS1, "channel").ok_or(FeedError::NotAFeed)?;
        (channel, root.all(RSS1, "item").collect(), false)
    } else if root.is(ATOM, "feed") {
        (root, root.all(ATOM, "entry").collect(), true)
    } else {
        return Err(FeedError::NotAFeed);
    };
    let ns = namespace(channel);
    // Relative links: against xml:base, then the feed's own link, then
    // the URL it was fetched from.
    let base = base_of(root, source);
    let base = base_of(channel, &base);
    let link = if atom { alternate(channel) } else { channel.child_text(ns, "link") };
    let home = link.and_then(|l| resolve(Some(&base), &l, Use::Link)).filter(|h| resolve(None, h, Use::Base).is_some());
    // xml:base first, then the feed's own link, then the feed's URL.
    let declared_base = root.attr_ns(XML, "base").or(channel.attr_ns(XML, "base")).is_some();
    let item_base = if declared_base { base.clone() } else { home.clone().unwrap_or_else(|| base.clone()) };
    let dates: Vec<String> = items.iter().flat_map(|item| raw_dates(item, atom)).collect();
    let month_first = time::month_first(dates.iter().map(String::as_str));

    let mut feed = Map::new();
    feed.insert("version".into(), "https://jsonfeed.org/version/1.1".into());
    insert(&mut feed, "title", channel.child_text(ns, "title").and_then(|t| clean(&t)));
    insert(&mut feed, "home_page_url", home);
    if resolve(None, source, Use::Base).is_some() {
        feed.insert("feed_url".into(), source.into());
    }
    let language = channel.child_text(ns, "language").or_else(|| root.attr_ns(XML, "lang").map(str::to_string));
    insert(&mut feed, "language", language);
    let items: Vec<Value> = items.into_iter().map(|item| convert(item, atom, &item_base, month_first)).collect();
    feed.insert("items".into(), Value::Array(items));
    Ok(Value::Object(feed))
}

/// RSS 2.0 elements have no namespace, RSS 1.0's have theirs.
fn namespace(channel: &Element) -> &'static str {
    match channel.ns.as_str() {
        RSS1 => RSS1,
        ATOM => ATOM,
        _ => "",
    }
}

fn base_of(element: &Element, outer: &str) -> String {
    element
        .attr_ns(XML, "base")
        .and_then(|b| resolve(Some(outer), b, Use::Base).or_else(|| resolve(Some(outer), b, Use::Link)))
        .unwrap_or_else(|| outer.to_string())
}

/// Atom's `link rel="alternate"` (a link without `rel` is one).
fn alternate(element: &Element) -> Option<String> {
    element
        .all(ATOM, "link")
        .find(|l| l.attr("rel").is_none_or(|rel| rel == "alternate"))
        .and_then(|l| l.attr("href"))
        .map(|h| h.trim().to_string())
}

fn raw_dates(item: &Element, atom: bool) -> Vec<String> {
    let names: &[(&str, &str)] = if atom {
        &[(ATOM, "published"), (ATOM, "updated")]
    } else {
        &[("", "pubDate"), (DC, "date"), (RSS1, "date")]
    };
    names.iter().filter_map(|(ns, name)| item.child_text(ns, name)).collect()
}

fn insert(map: &mut Map<String, Value>, key: &str, value: Option<String>) {
    if let Some(value) = value {
        map.insert(key.into(), value.into());
    }
}

fn convert(item: &Element, atom: bool, base: &str, month_first: bool) -> Value {
    let ns = if atom { ATOM } else if item.ns == RSS1 { RSS1 } else { "" };
    let base = base_of(item, base);
    let url = if atom { alternate(item) } else { item.child_text(ns, "link") };
    let url = url.and_then(|u| resolve(Some(&base), &u, Use::Link));
    let title = item.child_text(ns, "title").map(|t| html::text(&t).unwrap_or_default()).filter(|t| !t.is_empty());

    // Content: the full text if the feed has it, else the description.
    let content = if atom { atom_text(item.child(ATOM, "content")) } else { item.child_text(CONTENT, "encoded") };
    let description = if atom { atom_text(item.child(ATOM, "summary")) } else { item.child_text(ns, "description") };
    let (mut image, mut caption) = media_image(item, &base);
    let (mut description, mut body) = (description, content);
    // With no photo from a carrier, the first picture of the description,
    // else of the body, is the photo; it is taken out of its text so that
    // it is not shown twice.
    if image.is_none() {
        for text in [&mut description, &mut body] {
            let Some((src, alt, rest)) = text.as_deref().and_then(html::take_image) else { continue };
            // A picture with an unusable address (`cid:`) stays where it is.
            // (No carrier gave a photo, so there is no carrier's caption.)
            if let Some(src) = resolve(Some(&base), &src, Use::Image) {
                image = Some(src);
                caption = alt;
                *text = Some(rest);
                break;
            }
        }
    }
    let mut summary = None;
    if let Some(description) = description {
        let text = html::text(&description);
        match (&body, text) {
            (Some(_), text) => summary = text,
            (None, Some(text)) if text.chars().count() > BODY_FROM => {
                summary = html::lead(&description);
                body = Some(description);
            }
            (None, text) => summary = text,
        }
    }

    let date = |names: &[(&str, &str)]| {
        names.iter().filter_map(|(ns, name)| item.child_text(ns, name)).find_map(|raw| time::parse_in_feed(&raw, month_first))
    };
    // Atom's `updated` stands in for a missing `published`.
    let (published, modified) = if atom {
        (date(&[(ATOM, "published"), (ATOM, "updated")]), date(&[(ATOM, "updated")]))
    } else {
        (date(&[("", "pubDate"), (DC, "date"), (RSS1, "date")]), None)
    };
    let id = if atom { item.child_text(ATOM, "id") } else { item.child_text("", "guid") }
        .or_else(|| item.attr_ns(RDF, "about").map(str::to_string))
        .or_else(|| url.clone())
        .unwrap_or_else(|| {
            // Stable from one import to the next: a hash of what the item says.
            let said = format!("{}|{}", title.as_deref().unwrap_or(""), published.map(time::iso).unwrap_or_default());
            format!("{:016x}", fingerprint(&said))
        });

    let categories: Vec<String> = if atom {
        item.all(ATOM, "category").filter_map(|c| c.attr("term").or(c.attr("label")).and_then(clean)).collect()
    } else {
        item.all(ns, "category").chain(item.all(DC, "subject")).filter_map(|c| clean(&c.text())).collect()
    };
    let authors: Vec<String> = if atom {
        item.all(ATOM, "author").filter_map(|a| a.child_text(ATOM, "name")).collect()
    } else {
        item.all(DC, "creator").chain(item.all(ns, "author")).filter_map(|a| clean(&a.text())).collect()
    };

    let mut out = Map::new();
    out.insert("id".into(), id.into());
    insert(&mut out, "url", url);
    insert(&mut out, "title", title);
    insert(&mut out, "content_html", body);
    insert(&mut out, "summary", summary);
    insert(&mut out, "image", image);
    insert(&mut out, "date_published", published.map(time::iso));
    insert(&mut out, "date_modified", modified.map(time::iso));
    if !categories.is_empty() {
        out.insert("tags".into(), categories.clone().into());
    }
    if !authors.is_empty() {
        let authors = authors.into_iter().map(|name| Value::Object(Map::from_iter([("name".to_string(), Value::from(name))])));
        out.insert("authors".into(), Value::Array(authors.collect()));
    }
    let mut doctin = Map::new();
    insert(&mut doctin, "section", categories.into_iter().next());
    insert(&mut doctin, "image_caption", caption);
    // Atom's `source` holds another feed's metadata, not a name.
    let source = if atom { None } else { item.child(ns, "source").and_then(|s| clean(&s.text())) };
    insert(&mut doctin, "source", source);
    if !doctin.is_empty() {
        out.insert("_doctin".into(), Value::Object(doctin));
    }
    Value::Object(out)
}

/// Atom's text constructs: `html` as written, `xhtml` written back as
/// HTML, `text` (the default) escaped so it stays text.
fn atom_text(element: Option<&Element>) -> Option<String> {
    let element = element?;
    let html = match element.attr("type").unwrap_or("text") {
        "html" => element.text(),
        "xhtml" => match element.child(XHTML, "div") {
            Some(div) => div.inner_html(),
            None => element.inner_html(),
        },
        _ => {
            let text = element.text();
            let escaped = text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            let mut html = String::new();
            let mut rest = escaped.as_str();
            loop {
                let (paragraph, after) = rest.split_once("\n\n").unwrap_or((rest, ""));
                html.push_str("<p>");
                html.push_str(paragraph.trim());
                html.push_str("</p>");
                if after.is_empty() {
                    break html;
                }
                rest = after;
            }
        }
    };
    (!html.trim().is_empty()).then_some(html)
}

/// The item's photo from the carriers the formats define, in this order:
/// RSS 2.0's `enclosure`, Media RSS (`media:content`, the widest picture,
/// then `media:thumbnail`, each also inside a `media:group`), RSS 1.0's
/// enclosure module (`enc:enclosure rdf:resource`), and Atom's `link
/// rel="enclosure"`. The caption is the picture's `media:description`,
/// its group's or the item's. (The first `<img>` of the text comes after
/// these, in `convert`.)
fn media_image(item: &Element, base: &str) -> (Option<String>, Option<String>) {
    let described = |e: &Element| e.child_text(MEDIA, "description");
    let enclosure = item.all("", "enclosure").find(|e| is_image(e.attr("type"), e.attr("url"))).and_then(|e| e.attr("url"));
    // Media RSS puts its elements in the item or in `media:group`s, each
    // the versions of one thing. A picture is `medium="image"` when the
    // feed says a medium, else of an image type, else (no type either) any
    // address that does not end like sound or video. The widest, since
    // feeds list small ones first.
    let groups: Vec<&Element> = std::iter::once(item).chain(item.all(MEDIA, "group")).collect();
    let picture = |m: &Element| match (m.attr("medium"), m.attr("type").map(str::trim).filter(|t| !t.is_empty())) {
        (Some(medium), _) => medium.trim().eq_ignore_ascii_case("image"),
        (None, Some(kind)) => kind.to_ascii_lowercase().starts_with("image/"),
        (None, None) => !ends_with_any(m.attr("url"), SOUND_AND_VIDEO),
    };
    let widest = groups
        .iter()
        .flat_map(|g| g.all(MEDIA, "content").map(move |m| (*g, m)))
        .filter(|(_, m)| picture(m))
        .max_by_key(|(_, m)| m.attr("width").and_then(|w| w.trim().parse::<u32>().ok()).unwrap_or(0));
    let thumbnail = groups.iter().find_map(|g| g.child(MEDIA, "thumbnail").map(|t| (*g, t)));
    let rss1 = item
        .all(ENC, "enclosure")
        .find(|e| is_image(e.attr_ns(ENC, "type"), e.attr_ns(RDF, "resource")))
        .and_then(|e| e.attr_ns(RDF, "resource"));
    let atom = item
        .all(ATOM, "link")
        .find(|l| l.attr("rel") == Some("enclosure") && is_image(l.attr("type"), l.attr("href")))
        .and_then(|l| l.attr("href"));
    // The caption is the chosen picture's own description, else its
    // group's, else the item's: never another picture's.
    let found = enclosure
        .map(|url| (url, None))
        .or_else(|| widest.and_then(|(group, m)| Some((m.attr("url")?, described(m).or_else(|| described(group))))))
        .or_else(|| thumbnail.and_then(|(group, t)| Some((t.attr("url")?, described(group)))))
        .or(rss1.map(|url| (url, None)))
        .or(atom.map(|url| (url, None)));
    let Some((url, caption)) = found else { return (None, None) };
    match resolve(Some(base), url.trim(), Use::Image) {
        Some(url) => (Some(url), caption.or_else(|| described(item)).and_then(|c| html::text(&c))),
        None => (None, None),
    }
}

/// File endings of sound and video, which a Media RSS item without a type
/// may carry beside its pictures.
const SOUND_AND_VIDEO: &[&str] = &[".mp3", ".m4a", ".aac", ".ogg", ".oga", ".wav", ".mp4", ".m4v", ".webm", ".mov", ".ogv", ".m3u8"];
/// File endings of pictures, for an enclosure without a type.
const PICTURES: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif"];

/// Whether an enclosure is a picture: its type says so, or, where a feed
/// leaves the type out, its address ends like one.
fn is_image(kind: Option<&str>, url: Option<&str>) -> bool {
    match kind.map(str::trim).filter(|k| !k.is_empty()) {
        Some(kind) => kind.to_ascii_lowercase().starts_with("image/"),
        None => ends_with_any(url, PICTURES),
    }
}

/// Whether the path of `url` (without query or fragment) ends with one of
/// `endings`, in any case.
fn ends_with_any(url: Option<&str>, endings: &[&str]) -> bool {
    let path = url.unwrap_or("").split(['?', '#']).next().unwrap_or("").trim().to_ascii_lowercase();
    endings.iter().any(|ending| path.ends_with(ending))
}
