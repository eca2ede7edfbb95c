//! The reader's state machine with several feeds, a sequence of events
//! at a time (the helpers are in `steps/`).

mod steps;

use steps::*;

const SECOND: &str = "https://tin.example.vn/feed/huyen.json";

/// Several feeds: both first pages at once, one timeline once both have
/// answered; a feed that fails is named in the live region with "Thử
/// lại", which asks again for it alone; only when every feed fails is it
/// the reader's failure.
#[test]
fn several_feeds_make_one_timeline() {
    let feeds = |steps: &[(Event, &str)], screen: &str| run(&[FIRST, SECOND], RouteMode::Hash, false, steps, screen);
    let both = (start("#/"), "fetch#1 index.json, fetch#2 huyen.json");
    feeds(&[both.clone(), (ok(2, page("b", 5, 29, None)), "save")], "loading");
    feeds(&[both.clone(), (ok(2, page("b", 5, 29, None)), "save"), (ok(1, page("a", 5, 30, None)), "save, say nothing, offer retry false")], "latest 10 of 10");
    let gone = "say: Không đọc được một số nguồn tin:\n– https://tin.example.vn/feed/huyen.json: Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin., offer retry true";
    feeds(&[both.clone(), (ok(1, page("a", 5, 30, None)), "save"), (failed(2, LoadError::Status(404, None)), gone)], "latest 5 of 5");
    feeds(
        &[
            both.clone(),
            (failed(2, LoadError::Status(404, None)), "-"),
            (ok(1, page("a", 5, 30, None)), &format!("save, {gone}")),
            (Event::Retry, "fetch#3 huyen.json fresh"),
            (ok(3, page("b", 5, 29, None)), "save, say nothing, offer retry false"),
        ],
        "latest 10 of 10",
    );
    feeds(
        &[both.clone(), (failed(1, LoadError::Unreachable), "-"), (failed(2, LoadError::Status(404, None)), "-"), (Event::Retry, "fetch#3 index.json fresh, fetch#4 huyen.json fresh")],
        "loading",
    );
    feeds(
        &[both.clone(), (failed(1, LoadError::Unreachable), "-"), (failed(2, LoadError::Status(404, None)), "-")],
        "failed: Không đọc được một số nguồn tin:\n– https://tin.example.vn/feed/index.json: Không kết nối được tới nguồn tin (mạng không ổn định hoặc máy chủ không trả lời).\n– https://tin.example.vn/feed/huyen.json: Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.",
    );
    // Paging follows the feed whose next items come first on the timeline.
    feeds(
        &[both.clone(), (ok(1, page("a", 6, 30, Some("a2.json"))), "save"), (ok(2, page("b", 6, 29, None)), "save, say nothing, offer retry false"), (Event::More, "fetch#3 a2.json")],
        "latest 12 of 12, more",
    );
}

/// Two feeds may both have an item "a1": both are shown, each with its
/// own route id (its feed's tag and its id).
#[test]
fn colliding_ids_are_both_shown() {
    let a1 = format!("#/bai/{}~a1", doctin::core::merge::tag(SECOND));
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        false,
        &[(start(&a1), "fetch#1 index.json, fetch#2 huyen.json"), (ok(1, page("a", 3, 30, None)), "save"), (ok(2, page("a", 3, 20, None)), "save, say nothing, offer retry false")],
        &format!("article {}~a1 of 6: <p>a1</p>", doctin::core::merge::tag(SECOND)),
    );
}

/// What the host page hears: `ready` once, `navigate` on every change of
/// route, `view` once each time an article comes on screen (not when a
/// page of the feed redraws it), `error` for each failed load.
#[test]
fn host_events() {
    let events = |steps: &[(Event, &str)], screen: &str| run(&[FIRST], RouteMode::Hash, true, steps, screen);
    let ready = r#"Ready { items: 5, sources: ["https://tin.example.vn/feed/index.json"] }"#;
    let view = r#"View { id: "a2", feed: "https://tin.example.vn/feed/index.json", title: "Tin a 2", url: None, section: None }"#;
    events(
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 5, 30, Some("2.json"))), &format!("save, {ready}, fetch#2 2.json")),
            (hash("#/bai/a2"), &format!(r#"Navigate(Article("a2")), shown, {view}"#)),
            // The next page arrives and the article is drawn again: no
            // second view.
            (ok(2, page("c", 3, 20, None)), "-"),
            (hash("#/"), "Navigate(Latest), shown"),
            (hash("#/bai/a2"), &format!(r#"Navigate(Article("a2")), shown, {view}"#)),
        ],
        "article a2 of 8: <p>a2</p>",
    );
    // A deep link to an article: ready, then its view.
    events(
        &[(start("#/bai/a1"), "fetch#1 index.json"), (ok(1, page("a", 5, 30, None)), &format!(r#"save, {ready}, View {{ id: "a1", feed: "https://tin.example.vn/feed/index.json", title: "Tin a 1", url: None, section: None }}"#))],
        "article a1 of 5: <p>a1</p>",
    );
    events(
        &[(start("#/"), "fetch#1 index.json"), (failed(1, LoadError::Status(404, None)), r#"Error { url: "https://tin.example.vn/feed/index.json", failure: Failure { message: "Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.", retrying: false } }"#)],
        "failed: Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.",
    );
    // A busy server: the host hears that the reader will try again.
    events(
        &[(start("#/"), "fetch#1 index.json"), (failed(1, BUSY), r#"wait#2 3s, Error { url: "https://tin.example.vn/feed/index.json", failure: Failure { message: "Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 3 giây.", retrying: true } }"#)],
        "failed: Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 3 giây.",
    );
    // In a reader of several feeds, the view names the item's own id and feed.
    let a3 = format!("#/bai/{}~b3", doctin::core::merge::tag(SECOND));
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        true,
        &[
            (start(&a3), "fetch#1 index.json, fetch#2 huyen.json"),
            (ok(1, page("a", 3, 30, None)), "save"),
            (
                ok(2, page("b", 3, 20, None)),
                r#"save, say nothing, offer retry false, Ready { items: 6, sources: ["https://tin.example.vn/feed/index.json", "https://tin.example.vn/feed/huyen.json"] }, View { id: "b3", feed: "https://tin.example.vn/feed/huyen.json", title: "Tin b 3", url: None, section: None }"#,
            ),
        ],
        &format!("article {}~b3 of 6: <p>b3</p>", doctin::core::merge::tag(SECOND)),
    );
}

/// Each feed of several keeps its own offline copy: the copies are shown
/// at once, and a feed that cannot be reached keeps its copy on the
/// timeline, with the notice of its age and of the failure.
#[test]
fn several_feeds_keep_their_own_copies() {
    let at = 1_795_917_909_000;
    let copies = Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((at, page("a", 3, 30, None))), Some((at, page("b", 3, 29, None)))] };
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        false,
        &[
            (copies, "fetch#1 index.json, fetch#2 huyen.json"),
            (ok(1, page("a", 4, 30, None)), "save"),
            (
                failed(2, LoadError::Unreachable),
                "say: Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới.\nKhông đọc được một số nguồn tin:\n– https://tin.example.vn/feed/huyen.json: Không kết nối được tới nguồn tin (mạng không ổn định hoặc máy chủ không trả lời)., offer retry true",
            ),
        ],
        "latest 7 of 7",
    );
    // Before the answers, the copies of both are the timeline.
    let copies = Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((at, page("a", 3, 30, None))), Some((at, page("b", 3, 29, None)))] };
    run(&[FIRST, SECOND], RouteMode::Hash, false, &[(copies, "fetch#1 index.json, fetch#2 huyen.json")], "latest 6 of 6");
}

/// A reader that had several feeds and now has one: a link with this
/// feed's tag opens its article; a link with another feed's tag finds
/// nothing, rather than this feed's item with the same id. A deep link
/// from a saved copy waits for the first page before it says "not found".
#[test]
fn a_one_feed_reader_reads_tagged_links_of_its_own_feed_only() {
    let own = format!("#/bai/{}~a2", doctin::core::merge::tag(FIRST));
    check(&[(start(&own), "fetch#1 index.json"), (ok(1, page("a", 3, 30, None)), "save")], "article a2 of 3: <p>a2</p>");
    let other = format!("#/bai/{}~a2", doctin::core::merge::tag(SECOND));
    check(&[(start(&other), "fetch#1 index.json"), (ok(1, page("a", 3, 30, None)), "save")], "not found");
    let copy = Event::Start { route: Route::parse("#/bai/n1").unwrap(), depth: 0, saved: vec![Some((1_795_917_909_000, page("a", 3, 30, None)))] };
    check(&[(copy, "fetch#1 index.json")], "loading");
}

/// Only one automatic retry waits at a time: a second feed's busy answer
/// does not cancel the first's, and its message promises nothing. "Thử
/// lại" then asks for both.
#[test]
fn one_retry_waits_and_a_second_busy_feed_is_left_to_the_button() {
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        false,
        &[
            (start("#/"), "fetch#1 index.json, fetch#2 huyen.json"),
            (failed(1, BUSY), "wait#3 3s"),
            (failed(2, BUSY), "-"),
            (Event::Retry, "stop#3, fetch#4 index.json fresh, fetch#5 huyen.json fresh"),
        ],
        "loading",
    );
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        false,
        &[(start("#/"), "fetch#1 index.json, fetch#2 huyen.json"), (failed(1, BUSY), "wait#3 3s"), (failed(2, BUSY), "-")],
        "failed: Không đọc được một số nguồn tin:\n– https://tin.example.vn/feed/index.json: Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 3 giây.\n– https://tin.example.vn/feed/huyen.json: Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 3 giây.",
    );
}

/// With a failed next page and a failed feed, "Thử lại" asks for both;
/// when the page comes, the notice still names the failed feed.
#[test]
fn retry_after_a_failed_page_asks_for_the_failed_feeds_too() {
    let gone = "Không đọc được một số nguồn tin:\n– https://tin.example.vn/feed/huyen.json: Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.";
    run(
        &[FIRST, SECOND],
        RouteMode::Hash,
        false,
        &[
            (start("#/"), "fetch#1 index.json, fetch#2 huyen.json"),
            (ok(1, page("a", 5, 30, Some("a2.json"))), "save"),
            (failed(2, LoadError::Status(404, None)), &format!("say: {gone}, offer retry true, fetch#3 a2.json")),
            (failed(3, LoadError::Unreachable), "say: Không kết nối được tới trang tin tiếp theo (mạng không ổn định hoặc máy chủ không trả lời)."),
            (Event::Retry, "fetch#4 a2.json fresh, fetch#5 huyen.json fresh"),
            (ok(4, page("c", 5, 20, None)), &format!("say: {gone}")),
        ],
        "latest 10 of 10",
    );
}

/// A feed named twice, however spelled, is one feed.
#[test]
fn a_feed_named_twice_is_asked_for_once() {
    run(&[FIRST, "HTTPS://TIN.example.vn:443/feed/index.json"], RouteMode::Hash, false, &[(start("#/"), "fetch#1 index.json")], "loading");
}
