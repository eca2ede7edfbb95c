//! Paged feeds and bodies in files of their own: `next_url` resolved and
//! followed once per page, pages merged into one timeline, and what a
//! `content_url` document may hold.

use doctin::core::model::Body;
use doctin::core::normalize::{append, body, parse_at, FeedError};

const FIRST: &str = "https://tin.example.vn/feed/index.json";

/// Loads `pages` as one paged feed, the first from `FIRST` and each next
/// one from the `next_page` the feed names, and lists the merged ids in
/// order, then "| next" with the page that would load next ("-" for none).
#[track_caller]
fn check(pages: &[&str], expected: &str) {
    let mut feed = parse_at(pages[0], Some(FIRST)).expect("the first page parses");
    for page in &pages[1..] {
        let Some(url) = feed.next_page().map(str::to_string) else { break };
        let next = parse_at(page, Some(&url)).expect("a page parses");
        append(&mut feed, next, &url);
    }
    let ids: Vec<&str> = feed.items.iter().map(|item| item.id.as_str()).collect();
    let got = format!("{} | {}", ids.join(" "), feed.next_page().unwrap_or("-"));
    assert_eq!(got, expected, "paging {pages:?}");
}

/// What the document at a `content_url` yields.
#[track_caller]
fn check_body(text: &str, expected: Result<Body, FeedError>) {
    assert_eq!(body(text), expected, "reading the body {text:?}");
}

#[test]
fn resolves_next_url_against_the_page_that_names_it() {
    check(&[r#"{"items":[],"next_url":"page-2.json"}"#], " | https://tin.example.vn/feed/page-2.json");
    check(&[r#"{"items":[],"next_url":"/archive/2.json"}"#], " | https://tin.example.vn/archive/2.json");
    check(&[r#"{"items":[],"next_url":"https://cdn.example.vn/2.json"}"#], " | https://cdn.example.vn/2.json");
    check(&[r#"{"items":[],"next_url":""}"#], " | -");
    check(&[r#"{"items":[],"next_url":7}"#], " | -");
    check(&[r#"{"items":[]}"#], " | -");
    check(&[r#"{"items":[],"next_url":"javascript:alert(1)"}"#], " | -");
    check(&[r#"{"items":[],"next_url":"mailto:bbt@hdnd.vn"}"#], " | -");
}

#[test]
fn merges_pages_into_one_timeline() {
    let first = r#"{"items":[{"id":"b","date_published":"2024-05-02T08:00:00+07:00"},{"id":"a","date_published":"2024-05-03T08:00:00+07:00"}],"next_url":"2.json"}"#;
    let second = r#"{"items":[{"id":"c","date_published":"2024-05-01T08:00:00+07:00"},{"id":"new","date_published":"2024-05-04T08:00:00+07:00"}],"next_url":"3.json"}"#;
    let third = r#"{"items":[{"id":"undated"},{"id":"d","date_published":"2024-04-30T08:00:00+07:00"}]}"#;
    check(&[first], "a b | https://tin.example.vn/feed/2.json");
    check(&[first, second], "new a b c | https://tin.example.vn/feed/3.json");
    check(&[first, second, third], "new a b c d undated | -");
}

#[test]
fn an_id_seen_on_an_earlier_page_keeps_its_first_version() {
    let first = r#"{"items":[{"id":"a","title":"first"}],"next_url":"2.json"}"#;
    let second = r#"{"items":[{"id":"a","title":"again"},{"id":"b"}]}"#;
    check(&[first, second], "a b | -");
    let mut feed = parse_at(first, Some(FIRST)).unwrap();
    append(&mut feed, parse_at(second, None).unwrap(), "2");
    assert_eq!(feed.items[0].title, "first");
}

#[test]
fn never_loads_a_page_twice() {
    // A page naming itself, and two pages naming each other.
    check(&[r#"{"items":[{"id":"a"}],"next_url":"index.json"}"#], "a | -");
    let loop_first = r#"{"items":[{"id":"a"}],"next_url":"2.json"}"#;
    let loop_second = r#"{"items":[{"id":"b"}],"next_url":"index.json"}"#;
    check(&[loop_first, loop_second, loop_first], "a b | -");
    let chain_back = r#"{"items":[{"id":"c"}],"next_url":"2.json"}"#;
    check(&[loop_first, r#"{"items":[{"id":"b"}],"next_url":"3.json"}"#, chain_back], "a b c | -");
}

#[test]
fn a_page_that_adds_no_new_item_ends_the_chain() {
    // A server answering every page number with its last page, or a CMS
    // that ignores the page parameter: new URLs, the same items.
    let first = r#"{"items":[{"id":"a"},{"id":"b"}],"next_url":"feed.json?p=2"}"#;
    let last = r#"{"items":[{"id":"c"}],"next_url":"feed.json?p=3"}"#;
    let again = r#"{"items":[{"id":"c"}],"next_url":"feed.json?p=4"}"#;
    check(&[first, last], "a b c | https://tin.example.vn/feed/feed.json?p=3");
    check(&[first, last, again], "a b c | -");
    let ignored = r#"{"items":[{"id":"a"},{"id":"b"}],"next_url":"index.json?page=9"}"#;
    check(&[first, ignored], "a b | -");
    // An empty page ends it too.
    check(&[first, r#"{"items":[],"next_url":"feed.json?p=3"}"#], "a b | -");
}

#[test]
fn a_loop_written_with_relative_urls_is_still_a_loop() {
    // page-1 → ./page-2 → ../feed/page-1 (the first page again), and the
    // first page spelled with a fragment and another host case.
    let one = r#"{"items":[{"id":"a"}],"next_url":"./page-2.json"}"#;
    let two = r#"{"items":[{"id":"b"}],"next_url":"../feed/./index.json"}"#;
    check(&[one, two, one], "a b | -");
    let three = r#"{"items":[{"id":"b"}],"next_url":"HTTPS://TIN.example.vn/feed/index.json#dau"}"#;
    check(&[one, three, one], "a b | -");
    // A query-only reference keeps the page's path.
    check(&[r#"{"items":[],"next_url":"?page=2"}"#], " | https://tin.example.vn/feed/index.json?page=2");
}

#[test]
fn a_content_url_body_is_fetched_only_without_content_html() {
    let feed = |item: &str| parse_at(&format!(r#"{{"items":[{item}]}}"#), Some(FIRST)).unwrap().items[0].body.clone();
    let remote = |url: &str| Body::Remote(url.to_string());
    assert_eq!(feed(r#"{"id":"1","_doctin":{"content_url":"bai/1.json"}}"#), remote("https://tin.example.vn/feed/bai/1.json"));
    assert_eq!(feed(r#"{"id":"1","content_text":"Tóm tắt","_doctin":{"content_url":"bai/1.json"}}"#), remote("https://tin.example.vn/feed/bai/1.json"));
    assert_eq!(feed(r#"{"id":"1","content_html":"<p>Đủ</p>","_doctin":{"content_url":"bai/1.json"}}"#), Body::Html("<p>Đủ</p>".into()));
    assert_eq!(feed(r#"{"id":"1","content_html":" ","_doctin":{"content_url":"/b/1.html"}}"#), remote("https://tin.example.vn/b/1.html"));
    assert_eq!(feed(r#"{"id":"1","content_text":"Chỉ chữ","_doctin":{"content_url":"javascript:x"}}"#), Body::Text("Chỉ chữ".into()));
    assert_eq!(feed(r#"{"id":"1","_doctin":{"content_url":5}}"#), Body::Empty);
}

#[test]
fn reads_what_a_content_url_document_holds() {
    check_body(r#"{"content_html":"<p>Nội dung</p>"}"#, Ok(Body::Html("<p>Nội dung</p>".into())));
    check_body(r#"{"content_text":"Dòng một\nDòng hai"}"#, Ok(Body::Text("Dòng một\nDòng hai".into())));
    check_body(r#"{"content_html":"","content_text":"chữ"}"#, Ok(Body::Text("chữ".into())));
    check_body("\u{feff}  <p>Một đoạn</p>\n", Ok(Body::Html("<p>Một đoạn</p>".into())));
    check_body("Chỉ là chữ", Ok(Body::Html("Chỉ là chữ".into())));
    check_body("<!DOCTYPE html><html><body>trang chủ</body></html>", Err(FeedError::NotABody));
    check_body("<!doctype html>", Err(FeedError::NotABody));
    check_body("<HTML lang=vi>", Err(FeedError::NotABody));
    check_body(r#"{"title":"không có nội dung"}"#, Err(FeedError::NotABody));
    check_body(r#"{"content_html":"   "}"#, Err(FeedError::NotABody));
    check_body("{\"content_html\": ", Err(FeedError::InvalidJson { line: 1, column: 16, looks_like_html: false }));
    check_body("", Err(FeedError::NotABody));
    check_body(" \n ", Err(FeedError::NotABody));
}
