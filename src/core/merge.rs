//! Several feeds as one timeline: a portal's news page gathers the news of
//! its departments, districts and People's Council. Ids are unique only
//! within a feed, so in a reader of several feeds an item's route id is
//! its feed's tag and its own id ("3f09a1~42"). The tag comes from the
//! feed's URL, not its place in `data-feed`, so a deep link survives
//! feeds being added, removed or reordered. A reader of one feed keeps the
//! bare ids; a link of either kind still finds its item when a reader goes
//! from one feed to several (`same_article`) or back (`Machine::find`).

use super::model::{Feed, Item};
use super::normalize::in_order;
use super::saved::fingerprint;
use super::url::key;

/// Between a feed's tag and an item's own id in a route id.
const JOIN: &str = "~";
const TAG_LEN: usize = 6;

/// The feed at `url`'s tag: six hex digits of its normalized URL's hash,
/// so the same feed spelled `HTTPS://Example.vn:443/a` has the same tag.
pub fn tag(url: &str) -> String {
    let hash = fingerprint(&key(url));
    (0..TAG_LEN).filter_map(|i| char::from_digit(((hash >> (4 * i)) & 0xf) as u32, 16)).collect()
}

/// The loaded feeds, each with the URL it was asked for, in `data-feed`
/// order, as one feed: every item, newest first (undated last, in feed
/// order), with its route id tagged, its `related` ids tagged alike (they
/// name items of its own feed) and its feed's title as `origin`. The
/// title, home page, language and links box are the first feed's. Paging
/// stays with each feed; the merged feed has no `next_url`.
pub fn timeline(feeds: &[(&str, &Feed)]) -> Feed {
    let Some((_, first)) = feeds.first() else { return Feed::default() };
    let mut items = Vec::new();
    for (url, feed) in feeds {
        let tag = tag(url);
        let tagged = |id: &str| format!("{tag}{JOIN}{id}");
        items.extend(feed.items.iter().map(|item| Item {
            id: tagged(&item.id),
            related: item.related.iter().map(|id| tagged(id)).collect(),
            origin: Some(feed.title.clone()).filter(|t| !t.is_empty()),
            ..item.clone()
        }));
    }
    Feed {
        title: first.title.clone(),
        home_page_url: first.home_page_url.clone(),
        language: first.language.clone(),
        links: first.links.clone(),
        items: in_order(items),
        next_url: None,
        loaded: Vec::new(),
    }
}

/// Whether route id `route` names the item whose id is `item`: the same
/// id, or a bare id (a link made when the reader had one feed) naming a
/// tagged item of a reader of several. The reverse, a tagged link in a
/// reader of one feed, is the machine's to judge, since only it knows
/// whether the tag is its feed's (`Machine::find`).
pub fn same_article(item: &str, route: &str) -> bool {
    item == route || untagged(item) == Some(route)
}

/// The item's own id of a tagged route id.
pub fn untagged(id: &str) -> Option<&str> {
    let bytes = id.as_bytes();
    let tagged = bytes.get(TAG_LEN..=TAG_LEN) == Some(JOIN.as_bytes()) && bytes.get(..TAG_LEN)?.iter().all(u8::is_ascii_hexdigit);
    if tagged {
        id.get(TAG_LEN + 1..)
    } else {
        None
    }
}
