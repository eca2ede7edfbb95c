//! Several feeds as one timeline (`core::merge`): order, tags, colliding
//! ids, related ids, and deep links across a change of `data-feed`.

use doctin::core::merge::{same_article, tag, timeline};
use doctin::core::normalize::parse;
use doctin::core::select::position;

const A: &str = "https://tinh.example.vn/tin/feed.json";
const B: &str = "https://huyen.example.vn/rss/tin-huyen.json";

fn feed(title: &str, items: &str) -> doctin::core::model::Feed {
    parse(&format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"{title}","items":[{items}]}}"#)).unwrap()
}

/// Merges `feeds` (URL, title, items as JSON) and describes the timeline:
/// "route id (origin) date", one item after another.
#[track_caller]
fn check(feeds: &[(&str, &str, &str)], expected: &str) {
    let loaded: Vec<_> = feeds.iter().map(|(url, title, items)| (*url, feed(title, items))).collect();
    let pairs: Vec<_> = loaded.iter().map(|(url, feed)| (*url, feed)).collect();
    let merged = timeline(&pairs);
    let got: Vec<String> = merged
        .items
        .iter()
        .map(|i| {
            let id = i.id.replace(&tag(A), "A").replace(&tag(B), "B");
            format!("{id} ({}) {}", i.origin.as_deref().unwrap_or("-"), i.date().map(|d| d.format("%d/%m").to_string()).unwrap_or("-".into()))
        })
        .collect();
    assert_eq!(got.join(", "), expected);
}

fn item(id: &str, date: &str) -> String {
    format!(r#"{{"id":"{id}","title":"Tin {id}","date_published":"2026-{date}T08:00:00+07:00"}}"#)
}

#[test]
fn one_timeline_newest_first_with_each_items_feed() {
    let a = [item("1", "05-03"), item("2", "05-01")].join(",");
    let b = [item("x", "05-02"), r#"{"id":"y","title":"Không ngày"}"#.to_string()].join(",");
    check(&[(A, "Tin tỉnh", &a), (B, "Tin huyện", &b)], "A~1 (Tin tỉnh) 03/05, B~x (Tin huyện) 02/05, A~2 (Tin tỉnh) 01/05, B~y (Tin huyện) -");
    // Colliding ids: both items stay, each with its own route id.
    check(&[(A, "Tin tỉnh", &item("1", "05-03")), (B, "Tin huyện", &item("1", "05-04"))], "B~1 (Tin huyện) 04/05, A~1 (Tin tỉnh) 03/05");
    // Order of data-feed changes neither the ids nor the timeline.
    check(&[(B, "Tin huyện", &item("1", "05-04")), (A, "Tin tỉnh", &item("1", "05-03"))], "B~1 (Tin huyện) 04/05, A~1 (Tin tỉnh) 03/05");
    // A feed without a title gives no name.
    check(&[(A, "", &item("1", "05-03"))], "A~1 (-) 03/05");
}

#[test]
fn tags_follow_the_feeds_url_not_its_spelling_or_place() {
    assert_eq!(tag(A).len(), 6);
    assert_eq!(tag(A), tag("HTTPS://Tinh.Example.vn:443/tin/feed.json"));
    assert_ne!(tag(A), tag(B));
}

#[test]
fn related_ids_name_items_of_their_own_feed() {
    let a = feed("Tin tỉnh", &[r#"{"id":"1","title":"Một","_doctin":{"related":["2"]}}"#, r#"{"id":"2","title":"Hai"}"#].join(","));
    let b = feed("Tin huyện", r#"{"id":"2","title":"Hai của huyện"}"#);
    let merged = timeline(&[(A, &a), (B, &b)]);
    let one = position(&merged, &format!("{}~1", tag(A))).unwrap();
    let related = &merged.items[one].related;
    assert_eq!(related, &vec![format!("{}~2", tag(A))]);
    assert_eq!(merged.items[position(&merged, &related[0]).unwrap()].title, "Hai");
}

#[test]
fn deep_links_survive_a_change_of_data_feed() {
    let a = feed("Tin tỉnh", &[item("1", "05-03"), item("2", "05-01")].join(","));
    let b = feed("Tin huyện", &item("1", "05-04"));
    let merged = timeline(&[(A, &a), (B, &b)]);
    let title = |feed: &doctin::core::model::Feed, id: &str| position(feed, id).map(|at| feed.items[at].title.clone());
    // A tagged link, whatever the order of the feeds.
    let reordered = timeline(&[(B, &b), (A, &a)]);
    let link = format!("{}~2", tag(A));
    assert_eq!(title(&merged, &link), title(&reordered, &link));
    // A link of the one-feed reader ("#/bai/2") opens the article once a
    // second feed is added (the way back is `core_machine`'s
    // `a_one_feed_reader_reads_tagged_links_of_its_own_feed_only`).
    assert_eq!(title(&merged, "2").as_deref(), Some("Tin 2"));
    // A link to a feed that was removed finds nothing rather than another
    // feed's item with the same id.
    let without_b = timeline(&[(A, &a), ("https://khac.example.vn/c.json", &b)]);
    assert_eq!(title(&without_b, &format!("{}~1", tag(B))), None);
    // Tags only where they are tags; a tagged link names a tagged item.
    for (item, route, same) in [("1", "1", true), ("abcdef~1", "1", true), ("1", "abcdef~1", false), ("abcdeg~1", "1", false), ("ab~1", "1", false), ("abcdef~1", "abcdef~2", false)] {
        assert_eq!(same_article(item, route), same, "{item} {route}");
    }
}
