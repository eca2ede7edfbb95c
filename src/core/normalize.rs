//! From the JSON text of a feed to `model::Feed`, or a `FeedError` that
//! says what was wrong with it. This is the only place feed input is judged.

use std::cmp::Ordering;

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
    let wire = wire::Feed::parse(body).map_err(|error| FeedError::InvalidJson {
        line: error.line(),
        column: error.column(),
        looks_like_html: body.trim_start().starts_with('<'),
    })?;
    if !wire.is_feed() {
        return Err(FeedError::NotAFeed);
    }
    Ok(normalize(&wire))
}

pub fn normalize(wire: &wire::Feed) -> Feed {
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
    let mut items: Vec<Item> = wire.items().filter_map(|wire_item| item(&wire_item, base)).collect();
    drop_repeated_ids(&mut items);
    // Stable, so feed order is kept among equal dates and among undated
    // items, which all go after the dated ones.
    let order = stable_order(&items, &|a, b| match (a.date(), b.date()) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    });
    let mut slots: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    let items = order.into_iter().filter_map(|i| slots[i].take()).collect();
    Feed {
        title: wire.title().and_then(clean).unwrap_or_default(),
        home_page_url,
        language: wire.language().and_then(clean),
        links,
        items,
    }
}

/// The spec makes ids unique; when a feed repeats one, the first wins.
/// Sorting positions by id finds repeats without a hash table, whose code
/// would cost the bundle more than this.
fn drop_repeated_ids(items: &mut Vec<Item>) {
    // Stable: among equal ids, the earliest in the feed comes first.
    let order = stable_order(items, &|a, b| a.id.cmp(&b.id));
    let mut keep = vec![true; items.len()];
    for pair in order.windows(2) {
        if items[pair[0]].id == items[pair[1]].id {
            keep[pair[1]] = false;
        }
    }
    let mut keep = keep.into_iter();
    items.retain(|_| keep.next().unwrap_or(true));
}

/// The positions of `items` in the order `compare` gives, equal items
/// keeping their order. Both sorts in this file go through this one
/// function because each instantiation of the standard sort adds about
/// 5 KB to the wasm bundle.
fn stable_order(items: &[Item], compare: &dyn Fn(&Item, &Item) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| compare(&items[a], &items[b]));
    order
}

/// Items without a usable id are discarded, as the spec says.
fn item(wire: &wire::Item, base: Option<&str>) -> Option<Item> {
    let id = wire.id()?;
    let body = match (wire.content_html(), wire.content_text()) {
        (Some(html), _) if !html.trim().is_empty() => Body::Html(html.to_string()),
        (_, Some(text)) if !text.trim().is_empty() => Body::Text(text.to_string()),
        _ => Body::Empty,
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
    })
}
