//! Newer, related and paging over a small feed written as one line per item.

use doctin::core::model::Feed;
use doctin::core::normalize::parse;
use doctin::core::config::DEFAULT_LIST;
use doctin::core::select::{newer, on_pages, position, related};

/// Items as "id date section tags related", with "-" for none; tags and
/// related ids are comma-separated. Items are listed out of date order on
/// purpose: selection must follow dates, never file order.
const ITEMS: &[&str] = &[
    "k5 2021-11-04 hdnd - -",
    "cur 2021-11-16 hdnd hocphi k4,zz,new1,cur,k4 ",
    "new1 2022-09-29 hdnd - -",
    "k4 2021-10-29 hdnd - -",
    "new3 2022-09-26 ubnd - -",
    "hp 2021-10-29 giaoduc hocphi -",
    "new2 2022-09-29 ubnd - -",
    "new4 2022-08-12 hdnd - -",
    "new5 2022-08-12 hdnd - -",
    "new6 2022-01-05 hdnd - -",
    "old1 2021-06-01 ubnd - -",
    "old2 2021-05-01 hdnd - -",
    "old3 2021-04-01 hdnd - -",
    "old4 2021-03-01 hdnd - -",
    "old5 2021-02-01 hdnd - -",
    "old6 2021-01-01 hdnd - -",
    "undated - hdnd - -",
];

fn feed() -> Feed {
    let items: Vec<String> = ITEMS
        .iter()
        .map(|line| {
            let f: Vec<&str> = line.split(' ').collect();
            let list = |s: &str| -> Vec<String> {
                s.split(',').filter(|x| !x.is_empty() && *x != "-").map(|x| format!("\"{x}\"")).collect()
            };
            let date = if f[1] == "-" { String::new() } else { format!(r#","date_published":"{}T08:00:00+07:00""#, f[1]) };
            format!(
                r#"{{"id":"{}","title":"T {}"{date},"tags":[{}],"_doctin":{{"section":"{}","related":[{}]}}}}"#,
                f[0], f[0], list(f[3]).join(","), f[2], list(f.get(4).copied().unwrap_or("-")).join(",")
            )
        })
        .collect();
    parse(&format!(r#"{{"items":[{}]}}"#, items.join(","))).unwrap()
}

/// Runs a selection for the item `id` and compares the ids it returns.
#[track_caller]
fn check(list: fn(&Feed, usize) -> Vec<String>, id: &str, expected: &str) {
    let feed = feed();
    let at = position(&feed, id).unwrap_or_else(|| panic!("{id} is in the feed"));
    assert_eq!(list(&feed, at).join(" "), expected, "for {id}");
}

fn newer5(feed: &Feed, at: usize) -> Vec<String> {
    newer(at, DEFAULT_LIST).into_iter().map(|i| feed.items[i].id.clone()).collect()
}

fn related_all(feed: &Feed, at: usize) -> Vec<String> {
    related(feed, at).into_iter().map(|i| feed.items[i].id.clone()).collect()
}

#[test]
fn newer_is_the_newest_five_after_the_item_by_date() {
    check(newer5, "cur", "new1 new2 new3 new4 new5");
    check(newer5, "new1", "");
    check(newer5, "new2", "new1");
    check(newer5, "old6", "new1 new2 new3 new4 new5");
    check(newer5, "undated", "new1 new2 new3 new4 new5");
}

#[test]
fn related_puts_named_ids_first_then_nearest_older_by_section_or_tag() {
    // Named: k4 then new1 (zz does not exist; cur and the repeated k4 are
    // skipped). Then older items sharing "hdnd" or the "hocphi" tag, nearest
    // first: k5 (04/11), hp (29/10, by tag), old2… ubnd's old1 is not related.
    check(related_all, "cur", "k4 new1 k5 hp old2 old3 old4 old5 old6 undated");
    check(related_all, "old5", "old6 undated");
    check(related_all, "old6", "undated");
    check(related_all, "undated", "");
    // new2 shares the section but is newer, so only the older old1 counts.
    check(related_all, "new3", "old1");
}

#[test]
fn pages_grow_by_one_page_per_more() {
    let cases = [
        // (total, pages, per_page) → (shown, more left)
        ((0, 1, 5), (0, false)),
        ((3, 1, 5), (3, false)),
        ((5, 1, 5), (5, false)),
        ((6, 1, 5), (5, true)),
        ((6, 2, 5), (6, false)),
        ((12, 2, 5), (10, true)),
        ((12, 0, 5), (5, true)),
        ((7, usize::MAX, 5), (7, false)),
    ];
    for ((total, pages, per), expected) in cases {
        let shown = on_pages(total, pages, per);
        assert_eq!((shown, shown < total), expected, "{total} items, {pages} pages of {per}");
    }
}

#[test]
fn unknown_positions_select_nothing() {
    let feed = feed();
    assert_eq!(position(&feed, "nope"), None);
    assert!(related(&feed, 999).is_empty());
}
