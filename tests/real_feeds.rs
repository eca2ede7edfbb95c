//! Every real feed in tests/data/feeds decodes, keeps its items
//! (minus those the spec discards), and survives selection and formatting.

use std::path::Path;

use doctin::core::model::Body;
use doctin::core::normalize::parse;
use doctin::core::{select, time};

const FEEDS: &str = "tests/data/feeds";

/// (file, items kept, items with a parseable date, title of the feed)
#[track_caller]
fn check(file: &str, items: usize, dated: usize, title: &str) {
    let text = std::fs::read_to_string(Path::new(FEEDS).join(file)).expect("test feed is readable");
    let feed = parse(&text).unwrap_or_else(|e| panic!("{file}: {e:?}"));
    assert_eq!(feed.title, title, "{file}");
    assert_eq!(feed.items.len(), items, "{file}: items");
    assert_eq!(feed.items.iter().filter(|i| i.date().is_some()).count(), dated, "{file}: dated items");
    for (at, item) in feed.items.iter().enumerate() {
        assert!(!item.id.is_empty());
        assert!(!matches!(item.body, Body::Empty) || item.summary.is_some() || !item.title.is_empty(), "{file}: {} has nothing to show", item.id);
        let _ = (select::newer(at, 5), select::related(&feed, at));
        let _ = item.updated().map(time::date_time);
    }
    let dates: Vec<_> = feed.items.iter().filter_map(|i| i.date()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{file}: dated items are newest first");
}

#[test]
fn real_feeds_decode() {
    check("netnewswire-3960-journal.json", 20, 20, "fboës - Der Blog | Startseite");
    check("netnewswire-daringfireball.json", 48, 48, "Daring Fireball");
    check("netnewswire-rosemaryorchard.json", 84, 84, "Rosemary Orchard");
    check("netnewswire-pxlnv.json", 20, 20, "Pixel Envy");
    check("vinhlin-vi-first8.json", 8, 0, "VinhLD");
    check("vinhlin-vi-full.json", 150, 0, "VinhLD");
    // None of this feed's items has an id, so the spec says to drop them all.
    check("feedrs-influxdata-wordpress.json", 0, 0, "Blog – InfluxData");
}
