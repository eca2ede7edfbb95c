//! Which items each list shows. Pure functions over `model::Feed`, whose
//! items are already in timeline order (newest first, undated last), so
//! "newer" and "older" are positions, never file order or string dates.

use super::merge::same_article;
use super::model::{Feed, Item};

// The article's lists take their lengths from the embed's settings
// (`config::Config::newer` and `related`, 5 by default).

/// How many items the latest list shows at first and adds per "Xem tiếp".
pub const LATEST_PAGE: usize = 10;

/// Where the item with route id `id` is: the same id, else the same
/// article with or without a feed's tag (`merge::same_article`).
pub fn position(feed: &Feed, id: &str) -> Option<usize> {
    let items = &feed.items;
    items.iter().position(|item| item.id == id).or_else(|| items.iter().position(|item| same_article(&item.id, id)))
}

/// "Các tin mới hơn": the positions of the newest items published after
/// the one at `current`, newest first, at most `limit`.
pub fn newer(current: usize, limit: usize) -> Vec<usize> {
    (0..current).take(limit).collect()
}

/// "Các bài liên quan" in full, as positions in `feed.items`, to be shown a
/// page at a time: first the item's own `related` ids that exist, in their
/// order; then older items that share its section or a tag, nearest first.
/// No item appears twice and the current item never appears. Positions,
/// not items, so a view can turn only the page it shows into lines.
pub fn related(feed: &Feed, current: usize) -> Vec<usize> {
    let Some(item) = feed.items.get(current) else {
        return Vec::new();
    };
    // A flag per item keeps this linear on archives of thousands of items.
    let mut taken = vec![false; feed.items.len()];
    taken[current] = true;
    let mut chosen: Vec<usize> = Vec::new();
    let explicit = item.related.iter().filter_map(|id| position(feed, id));
    let by_topic = (current + 1..feed.items.len()).filter(|&i| shares_topic(item, &feed.items[i]));
    for index in explicit.chain(by_topic) {
        if !taken[index] {
            taken[index] = true;
            chosen.push(index);
        }
    }
    chosen
}

fn shares_topic(a: &Item, b: &Item) -> bool {
    let same_section = a.section.is_some() && a.section == b.section;
    same_section || a.tags.iter().any(|tag| b.tags.contains(tag))
}

/// How many of `total` items to show after `pages` pages of `per_page`:
/// the first page is shown at once, each "Xem tiếp" adds one more.
pub fn on_pages(total: usize, pages: usize, per_page: usize) -> usize {
    total.min(pages.max(1).saturating_mul(per_page))
}
