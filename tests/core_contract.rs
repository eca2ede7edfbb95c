//! `doctin-feed check`: each feed problem named, with what the reader does.

use doctin::core::contract::check as findings;
use expect_test::{expect, Expect};

/// `json` is either a list of items (starting with "["), which is wrapped
/// in a feed with a version, title and home page, or a whole document.
/// `expected` are the findings as "level: place: message" lines, one per
/// line (`UPDATE_EXPECT=1 cargo test --features cli --test core_contract`
/// writes them anew after a deliberate change of wording).
#[track_caller]
fn check(json: &str, expected: Expect) {
    let text = if json.starts_with('[') {
        format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Tin","home_page_url":"https://hdnd.example.vn/","items":{json}}}"#)
    } else {
        json.to_string()
    };
    let lines: Vec<String> = findings(&text).iter().map(ToString::to_string).collect();
    expected.assert_eq(&lines.join("\n"));
}

const GOOD: &str = r#"{"id":"1","title":"Kỳ họp","content_html":"<p>Nội dung</p>","date_published":"2021-11-16T09:02:25+07:00"}"#;

#[test]
fn a_good_feed_has_nothing_to_say() {
    check(&format!("[{GOOD}]"), expect![[""]]);
    check(&format!(r#"[{GOOD},{{"id":2,"title":"Hai","content_text":"Văn bản","date_published":"Tue, 16 Nov 2021 02:02:25 GMT","_doctin":{{"related":["1"]}}}}]"#), expect![[""]]);
}

#[test]
fn documents_that_are_not_feeds() {
    check("{\"items\":[", expect!["error: feed: is not valid JSON (line 1, column 10); nothing is shown"]);
    check("<!DOCTYPE html>", expect!["error: feed: is not valid JSON (line 1, column 1); nothing is shown"]);
    check("{\"hello\":1}", expect![[r#"error: feed: is JSON but has no "items" list, so it is not a JSON Feed; nothing is shown"#]]);
}

#[test]
fn feed_level_problems() {
    check("{\"items\":[]}", expect![[r#"
        warning: feed: has no "version"; write https://jsonfeed.org/version/1.1
        warning: feed: has no title; the list is headed "Tin mới nhất"
        warning: feed: has no home_page_url; relative image and link URLs are dropped"#]]);
    check(r#"{"version":"1.1","title":"Tin","home_page_url":"/tin","items":[],"_doctin":{"links":[{"title":"Cổng","url":"javascript:alert(1)"}]}}"#, expect![[r#"
        warning: feed: version "1.1" is not a JSON Feed version; write https://jsonfeed.org/version/1.1
        error: feed: home_page_url "/tin" is not an absolute http(s) URL; relative URLs are dropped
        error: _doctin.links[0]: needs a title and an http(s) url; it is not shown"#]]);
    check(&format!(r#"{{"version":"http://jsonfeed.org/version/1","title":"Tin","home_page_url":"https://a.vn/","items":[],"x":"{}"}}"#, "x".repeat(600 * 1024)), expect!["warning: feed: is 600 KB; feeds over 512 KB get no offline copy"]);
}

#[test]
fn item_problems() {
    check(r#"[{"title":"Không id"},{"id":1.5}]"#, expect![[r#"
        error: items[0]: has no usable id (a non-empty string or a whole number); it is not shown
        error: items[1]: has no usable id (a non-empty string or a whole number); it is not shown"#]]);
    check(&format!(r#"[{GOOD},{GOOD}]"#), expect![[r#"error: items[1] "1": repeats the id of items[0]; only the first is shown"#]]);
    check(r#"[{"id":"a"}]"#, expect![[r#"
        warning: items[0] "a": has no title; it is shown as "(Không có tiêu đề)"
        warning: items[0] "a": has no content_html or content_text; the article has no body
        warning: items[0] "a": has no date_published; it is undated and listed after dated items"#]]);
    check(r#"[{"id":"a","title":"T","content_text":"x","date_published":"hôm qua","date_modified":"sau"}]"#, expect![[r#"
        error: items[0] "a": date_published "hôm qua" is not a date (RFC 3339, e.g. 2021-11-16T09:02:25+07:00); it is shown undated
        error: items[0] "a": date_modified "sau" is not a date; it is ignored"#]]);
    check(r#"[{"id":"a","title":"T","content_text":"x","date_published":"2021-11-16","url":"javascript:alert(1)","image":"data:text/html,x","_doctin":{"related":["b"]}}]"#, expect![[r#"
        error: items[0] "a": url "javascript:alert(1)" is not an allowed URL here; it is dropped
        error: items[0] "a": image "data:text/html,x" is not an allowed URL here; it is dropped
        warning: items[0] "a": _doctin.related names "b", which is not in the feed"#]]);
}

#[test]
fn paged_feeds_and_bodies_in_their_own_files() {
    let wrap = |items: &str, extra: &str| {
        format!(r#"{{"version":"https://jsonfeed.org/version/1.1","title":"Tin","home_page_url":"https://hdnd.example.vn/"{extra},"items":{items}}}"#)
    };
    let dated = r#""title":"Kỳ họp","date_published":"2021-11-16T09:02:25+07:00""#;
    check(&wrap(&format!(r#"[{{"id":"1",{dated},"content_text":"Tóm tắt","_doctin":{{"content_url":"bai/1.json"}}}}]"#), r#","next_url":"feed-2.json""#), expect![[""]]);
    check(&wrap("[]", r#","next_url":"javascript:void(0)""#), expect![[r#"error: feed: next_url "javascript:void(0)" is not a URL; the pages after this one are not loaded"#]]);
    check(&wrap("[]", r#","next_url":"mailto:a@b.vn""#), expect![[r#"error: feed: next_url "mailto:a@b.vn" is not a URL; the pages after this one are not loaded"#]]);
    check(&format!(r#"[{{"id":"1",{dated},"_doctin":{{"content_url":"bai/1.json"}}}}]"#), expect![[r#"warning: items[0] "1": has only _doctin.content_url; readers other than doctin show no body (add a short content_text)"#]]);
    check(&format!(r#"[{{"id":"1",{dated},"content_html":"<p>x</p>","_doctin":{{"content_url":"bai/1.json"}}}}]"#), expect![[r#"warning: items[0] "1": has content_html, so its _doctin.content_url is never fetched"#]]);
    check(&format!(r#"[{{"id":"1",{dated},"content_text":"x","_doctin":{{"content_url":"javascript:x"}}}}]"#), expect![[r#"error: items[0] "1": _doctin.content_url "javascript:x" is not an allowed URL; it is ignored"#]]);
    // Related ids may be on another page of a paged feed.
    check(&wrap(&format!(r#"[{{"id":"1",{dated},"content_text":"x","_doctin":{{"related":["9"]}}}}]"#), r#","next_url":"feed-2.json""#), expect![[""]]);
}
