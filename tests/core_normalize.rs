//! Decoding feed text into the model: ids, dedupe, dates, order, errors.
//! Each case is a feed written inline and the ids (or error) it yields.

use doctin::core::model::Body;
use doctin::core::normalize::{parse, FeedError};

/// Parses `json` and lists its items as "id" or "id@dd/mm/yyyy" in order.
#[track_caller]
fn check(json: &str, expected: Result<&str, FeedError>) {
    let got = parse(json).map(|feed| {
        feed.items
            .iter()
            .map(|item| match item.date() {
                Some(d) => format!("{}@{}", item.id, doctin::core::time::date(d)),
                None => item.id.clone(),
            })
            .collect::<Vec<_>>()
            .join(" ")
    });
    assert_eq!(got.as_deref().map_err(Clone::clone), expected, "decoding {json}");
}

fn invalid(line: usize, column: usize, looks_like_html: bool) -> Result<&'static str, FeedError> {
    Err(FeedError::InvalidJson { line, column, looks_like_html })
}

#[test]
fn coerces_ids_and_discards_items_without_one() {
    check(r#"{"items":[{"id":"a"},{"id":7},{"id":1.5},{"title":"no id"},{"id":null},{"id":""},{"id":["x"]},{"id":{"a":1}}]}"#, Ok("a 7"));
    check(r#"{"items":[{"id":-3},{"id":8.0},{"id":9e2},{"id":18446744073709551615},{"id":1e300},{"id":"  "},{"id":true}]}"#, Ok("-3 8 900 18446744073709551615"));
    check(r#"{"items":[{"id":"a"},{"id":"a","title":"second"},{"id":1},{"id":"1"},{"id":1.0}]}"#, Ok("a 1"));
    check(r#"{"items":[1,"x",null,[],{"id":"ok"}]}"#, Ok("ok"));
    check(r#"{"items":[]}"#, Ok(""));
}

#[test]
fn the_first_of_repeated_ids_wins() {
    let feed = parse(r#"{"items":[{"id":"a","title":"first"},{"id":"b"},{"id":"a","title":"second"}]}"#).unwrap();
    let titles: Vec<(&str, &str)> = feed.items.iter().map(|i| (i.id.as_str(), i.title.as_str())).collect();
    assert_eq!(titles, [("a", "first"), ("b", "")]);
}

#[test]
fn orders_by_date_then_keeps_undated_in_feed_order() {
    check(
        r#"{"items":[{"id":"u1","date_published":"garbage"},{"id":"old","date_published":"2021-10-29T08:00:00+07:00"},{"id":"u2"},{"id":"new","date_published":"2022-09-29T08:00:00+07:00"}]}"#,
        Ok("new@29/09/2022 old@29/10/2021 u1 u2"),
    );
    check(
        r#"{"items":[{"id":"a","date_published":"2021-11-16T09:00:00+07:00"},{"id":"b","date_published":"2021-11-16T02:00:00Z"},{"id":"c","date_modified":"2021-11-17T00:00:00+07:00"}]}"#,
        Ok("c@17/11/2021 a@16/11/2021 b@16/11/2021"),
    );
}

#[test]
fn orders_many_items_as_a_stable_sort_would() {
    // A pseudo-random archive with repeated dates and undated items, long
    // enough for the merge sort's runs to merge several times over.
    let mut seed = 12345u32;
    let mut items = Vec::new();
    let mut expected: Vec<(u32, usize)> = Vec::new();
    for i in 0..500 {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let day = (seed >> 16) % 30;
        if day == 0 {
            items.push(format!(r#"{{"id":"{i}"}}"#));
            expected.push((u32::MAX, i));
        } else {
            items.push(format!(r#"{{"id":"{i}","date_published":"2024-06-{day:02}T08:00:00+07:00"}}"#));
            expected.push((30 - day, i));
        }
    }
    // The standard library's stable sort is the reference.
    expected.sort_by_key(|&(rank, _)| rank);
    let got: Vec<String> = parse(&format!(r#"{{"items":[{}]}}"#, items.join(","))).unwrap().items.into_iter().map(|i| i.id).collect();
    let want: Vec<String> = expected.iter().map(|(_, i)| i.to_string()).collect();
    assert_eq!(got, want);
}

#[test]
fn tells_invalid_json_from_json_that_is_not_a_feed() {
    check("", invalid(1, 0, false));
    check("{\"items\": [", invalid(1, 11, false));
    check("<!DOCTYPE html><html>", invalid(1, 1, true));
    check("\n  <html>", invalid(2, 3, true));
    // Nesting deeper than serde_json's limit of 128 is refused with a
    // message, never a stack overflow, wherever it is in the document.
    check(&"[".repeat(100_000), invalid(1, 128, false));
    let deep = format!(r#"{{"items":[{{"id":"sau"}}],"x":{}{}}}"#, "[".repeat(100_000), "]".repeat(100_000));
    check(&deep, invalid(1, 155, false));
    let shallow = format!(r#"{{"items":[{{"id":"sau"}}],"x":{}{}}}"#, "[".repeat(100), "]".repeat(100));
    check(&shallow, Ok("sau"));
    check("[]", Err(FeedError::NotAFeed));
    check("null", Err(FeedError::NotAFeed));
    check(r#"{"version":"https://jsonfeed.org/version/1.1","title":"x"}"#, Err(FeedError::NotAFeed));
    check(r#"{"items":{"id":"1"}}"#, Err(FeedError::NotAFeed));
    check("\u{feff}{\"items\":[{\"id\":\"bom\"}]}", Ok("bom"));
}

#[test]
fn keeps_a_feed_whose_fields_have_wrong_types() {
    let feed = parse(
        r#"{"title":5,"home_page_url":["x"],"language":"vi","_doctin":{"links":[{"title":"UBND","url":"https://ubnd.vn"},{"url":"javascript:alert(1)"},"bad",{"title":"no url"}]},
           "items":[{"id":"1","title":{"x":1},"summary":"  Tóm   tắt ","tags":["a",2,"b"],"image":"/a.png","content_text":"Một\n\nHai",
                     "authors":[{"name":"Lan"},{"name":3}],"_doctin":{"section":"Tin HĐND","related":["2",3,null],"image_caption":"Ảnh","source":"Báo"}}]}"#,
    )
    .expect("a feed with odd fields is still a feed");
    assert_eq!(feed.title, "");
    assert_eq!(feed.home_page_url, None);
    assert_eq!(feed.language.as_deref(), Some("vi"));
    assert_eq!(feed.links.len(), 1);
    assert_eq!((feed.links[0].title.as_str(), feed.links[0].url.as_str()), ("UBND", "https://ubnd.vn"));
    let item = &feed.items[0];
    assert_eq!(item.title, "");
    assert_eq!(item.summary.as_deref(), Some("Tóm tắt"));
    assert_eq!(item.tags, ["a", "b"]);
    assert_eq!(item.image.as_deref(), Some("/a.png"));
    assert_eq!(item.body, Body::Text("Một\n\nHai".to_string()));
    assert_eq!(item.authors, ["Lan"]);
    assert_eq!(item.section.as_deref(), Some("Tin HĐND"));
    assert_eq!(item.related, ["2", "3"]);
    assert_eq!(item.image_caption.as_deref(), Some("Ảnh"));
    assert_eq!(item.source.as_deref(), Some("Báo"));
}

#[test]
fn resolves_item_urls_against_the_home_page() {
    let feed = parse(
        r#"{"home_page_url":"https://hdnd.vn/","items":[{"id":"1","url":"/tin/1","image":"/anh/1.jpg","content_html":"<p>x</p>"},
           {"id":"2","url":"javascript:alert(1)","external_url":"https://x.vn","image":"javascript:alert(1)","banner_image":"b.jpg","content_html":"  ","content_text":"t"}]}"#,
    )
    .unwrap();
    let [first, second] = &feed.items[..] else { panic!("two items expected") };
    assert_eq!(first.url.as_deref(), Some("https://hdnd.vn/tin/1"));
    assert_eq!(first.image.as_deref(), Some("https://hdnd.vn/anh/1.jpg"));
    assert_eq!(first.body, Body::Html("<p>x</p>".to_string()));
    // A bad value in the preferred field is not replaced by the fallback:
    // the feed said what it meant, and it was unsafe.
    assert_eq!(second.url, None);
    assert_eq!(second.image, None);
    assert_eq!(second.body, Body::Text("t".to_string()));
}

#[test]
fn prefers_authors_and_falls_back_to_author() {
    let feed = parse(r#"{"items":[{"id":"1","author":{"name":"Hà"}},{"id":"2","author":{"name":"Hà"},"authors":[{"name":"Minh"}]}]}"#).unwrap();
    assert_eq!(feed.items[0].authors, ["Hà"]);
    assert_eq!(feed.items[1].authors, ["Minh"]);
}
