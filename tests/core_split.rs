//! `doctin-feed split`: one large feed into index pages chained by
//! `next_url` and one body file per article, which the reader then reads
//! back as the same feed.

use doctin::core::model::Body;
use doctin::core::normalize::{append, body, parse, parse_at};
use doctin::core::split::split;

/// Splits `json` into pages of `per_page` and describes the files: each
/// page as "path: ids → next", each body file as "path".
#[track_caller]
fn check(json: &str, per_page: usize, expected: &[&str]) {
    let files = split(json, per_page).expect("the feed splits");
    let got: Vec<String> = files
        .iter()
        .map(|file| {
            if file.path.starts_with("bai/") {
                return file.path.clone();
            }
            let page = parse(&file.text).expect("a page is a feed");
            let ids: Vec<&str> = page.items.iter().map(|i| i.id.as_str()).collect();
            format!("{}: {} → {}", file.path, ids.join(" "), page.next_url.as_deref().unwrap_or("-"))
        })
        .collect();
    assert_eq!(got, expected, "splitting {json}");
}

const FEED: &str = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Tin","home_page_url":"https://hdnd.example.vn/","_doctin":{"links":[{"title":"Cổng","url":"https://example.vn/"}]},"items":[
  {"id":"old","title":"Cũ","content_html":"<p>cũ</p>","date_published":"2021-01-01T08:00:00+07:00","x_site":"giữ nguyên"},
  {"id":"new","title":"Mới","summary":"Tóm tắt mới","content_html":"<p>mới</p>","date_published":"2021-03-01T08:00:00+07:00"},
  {"title":"không id","content_html":"<p>bỏ</p>"},
  {"id":"mid","title":"Giữa","content_text":"giữa","date_published":"2021-02-01T08:00:00+07:00"},
  {"id":"new","title":"trùng id","content_html":"<p>bỏ</p>"},
  {"id":"Bài số 7/2021","title":"Id lạ","content_html":"<p>lạ</p>"},
  {"id":"empty","title":"Không nội dung","date_published":"2020-12-01T08:00:00+07:00"}
]}"#;

#[test]
fn pages_follow_the_readers_timeline() {
    check(FEED, 2, &[
        "feed.json: new mid → feed-2.json",
        "feed-2.json: old empty → feed-3.json",
        "feed-3.json: Bài số 7/2021 → -",
        "bai/new.json",
        "bai/mid.json",
        "bai/old.json",
        "bai/6ca22961d18ce2f0.json",
    ]);
    check(FEED, 10, &["feed.json: new mid old empty Bài số 7/2021 → -", "bai/new.json", "bai/mid.json", "bai/old.json", "bai/6ca22961d18ce2f0.json"]);
    check(r#"{"items":[]}"#, 5, &["feed.json:  → -"]);
}

#[test]
fn the_reader_gets_the_same_feed_back() {
    let whole = parse(FEED).unwrap();
    let files = split(FEED, 2).unwrap();
    let site = "https://hdnd.example.vn/tin/";
    let at = |path: &str| files.iter().find(|f| f.path == path).map(|f| f.text.as_str()).expect("the file exists");
    let mut paged = parse_at(at("feed.json"), Some(&format!("{site}feed.json"))).unwrap();
    while let Some(url) = paged.next_page().map(str::to_string) {
        let page = parse_at(at(url.strip_prefix(site).unwrap()), Some(&url)).unwrap();
        append(&mut paged, page, &url);
    }
    assert_eq!(paged.links, whole.links);
    assert_eq!(paged.items.len(), whole.items.len());
    for (split_item, item) in paged.items.iter().zip(&whole.items) {
        assert_eq!((&split_item.id, &split_item.title, split_item.published), (&item.id, &item.title, item.published));
        let Body::Remote(url) = &split_item.body else {
            assert_eq!(split_item.body, item.body, "an item without a body keeps none");
            continue;
        };
        assert_eq!(body(at(url.strip_prefix(site).unwrap())).unwrap(), item.body, "the body file of {}", item.id);
    }
}

#[test]
fn keeps_unknown_fields_and_leaves_a_short_text_for_other_readers() {
    let files = split(FEED, 10).unwrap();
    let page: serde_json::Value = serde_json::from_str(&files[0].text).unwrap();
    let items = page["items"].as_array().unwrap();
    assert_eq!(items[2]["x_site"], "giữ nguyên");
    assert_eq!(items[0]["content_text"], "Tóm tắt mới", "the summary, for readers without content_url");
    assert_eq!(items[2]["content_text"], "Cũ", "else the title");
    assert!(items[0].get("content_html").is_none());
    assert_eq!(items[0]["_doctin"]["content_url"], "bai/new.json");
    assert!(items[3].get("_doctin").is_none(), "an item without a body gets no content_url");
}

#[test]
fn body_file_names_never_collide() {
    let feed = r#"{"items":[{"id":"A","content_html":"1"},{"id":"a","content_html":"2"},{"id":"a-2","content_html":"3"},{"id":".env","content_html":"4"}]}"#;
    let paths: Vec<String> = split(feed, 10).unwrap().into_iter().skip(1).map(|f| f.path).collect();
    assert_eq!(paths, ["bai/A.json", "bai/a-2.json", "bai/a-2-2.json", "bai/3d265ca7884fe860.json"]);
}

#[test]
fn what_is_not_a_feed_is_not_split() {
    assert!(split("{", 5).is_err());
    assert!(split(r#"{"items":{}}"#, 5).is_err());
}
