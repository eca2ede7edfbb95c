//! From the JSON text of a feed to `model::Feed`, or a `FeedError` that
//! says what was wrong with it. This is the only place feed input is judged.

use serde_json::Value;

use super::model::{Body, Feed, Item, Link};
use super::text::clean;
use super::url::{resolve, Use};
use super::{time, wire};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedError {
    /// Not JSON at all. `looks_like_html` catches the usual cause: a server
    /// (or `trunk serve`'s fallback) answering with a web page.
    InvalidJson { line: usize, column: usize, looks_like_html: bool },
    /// JSON, but not an object with an `items` array.
    NotAFeed,
}

pub fn parse(body: &str) -> Result<Feed, FeedError> {
    let body = body.strip_prefix('\u{feff}').unwrap_or(body);
    let value: Value = serde_json::from_str(body).map_err(|error| FeedError::InvalidJson {
        line: error.line(),
        column: error.column(),
        looks_like_html: body.trim_start().starts_with('<'),
    })?;
    if !value.get("items").is_some_and(Value::is_array) {
        return Err(FeedError::NotAFeed);
    }
    let wire: wire::Feed = serde_json::from_value(value).map_err(|_| FeedError::NotAFeed)?;
    Ok(normalize(wire))
}

pub fn normalize(wire: wire::Feed) -> Feed {
    let home_page_url = wire
        .home_page_url
        .into_option()
        .and_then(|url| resolve(None, &url, Use::Base));
    let base = home_page_url.as_deref();
    let links = wire
        .doctin
        .into_option()
        .map(|ext| ext.links.0)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|link| {
            let url = resolve(base, &link.url.into_option()?, Use::Link)?;
            let title = link.title.into_option().and_then(|t| clean(&t)).unwrap_or_else(|| url.clone());
            Some(Link { title, url })
        })
        .collect();

    let mut items: Vec<Item> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for raw in wire.items.into_option().unwrap_or_default() {
        let Ok(wire_item) = serde_json::from_value::<wire::Item>(raw) else {
            continue;
        };
        let Some(item) = item(wire_item, base) else {
            continue;
        };
        // The spec makes ids unique; when a feed repeats one, the first wins.
        if seen.insert(item.id.clone()) {
            items.push(item);
        }
    }
    // A stable sort keeps feed order among equal dates and among undated
    // items, which all go after the dated ones.
    items.sort_by(|a, b| match (a.date(), b.date()) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });

    Feed {
        title: wire.title.into_option().and_then(|t| clean(&t)).unwrap_or_default(),
        home_page_url,
        language: wire.language.into_option().and_then(|l| clean(&l)),
        links,
        items,
    }
}

/// Items without a usable id are discarded, as the spec says.
fn item(wire: wire::Item, base: Option<&str>) -> Option<Item> {
    let id = parse_id(wire.id.into_option()?)?;
    let ext = wire.doctin.into_option().unwrap_or_default();
    let text = |field: super::lenient::Lenient<String>| field.into_option().and_then(|s| clean(&s));
    let body = match (wire.content_html.into_option(), wire.content_text.into_option()) {
        (Some(html), _) if !html.trim().is_empty() => Body::Html(html),
        (_, Some(text)) if !text.trim().is_empty() => Body::Text(text),
        _ => Body::Empty,
    };
    let mut authors: Vec<String> = wire.authors.0.into_iter().filter_map(|a| text(a.name)).collect();
    if authors.is_empty() {
        authors.extend(wire.author.into_option().and_then(|a| text(a.name)));
    }
    let url = wire.url.into_option().or(wire.external_url.into_option());
    let image = wire.image.into_option().or(wire.banner_image.into_option());
    Some(Item {
        id,
        title: text(wire.title).unwrap_or_default(),
        url: url.and_then(|u| resolve(base, &u, Use::Link)),
        body,
        summary: text(wire.summary),
        image: image.and_then(|u| resolve(base, &u, Use::Image)),
        image_caption: text(ext.image_caption),
        section: text(ext.section),
        source: text(ext.source),
        tags: wire.tags.0.iter().filter_map(|t| clean(t)).collect(),
        authors,
        language: text(wire.language),
        published: wire.date_published.into_option().and_then(|d| time::parse(&d)),
        modified: wire.date_modified.into_option().and_then(|d| time::parse(&d)),
        related: ext.related.0.into_iter().filter_map(parse_id).collect(),
    })
}

/// A string id as written, or a number in its JSON form; anything else, or
/// an empty string, is no id.
fn parse_id(value: Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
