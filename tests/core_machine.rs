//! The reader's state machine with one feed, a sequence of events at a
//! time (the helpers are in `steps/`).

mod steps;

use steps::*;

#[test]
fn loads_the_first_page_and_saves_it() {
    check(&[(start("#/"), "fetch#1 index.json"), (ok(1, page("a", 12, 30, None)), "save")], "latest 10 of 12, more");
    check(&[(start("#/"), "fetch#1 index.json")], "loading");
    check(&[(start("#/"), "fetch#1 index.json"), (failed(1, LoadError::Status(404, None)), "-")], "failed: Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.");
    check(&[(start("#/"), "fetch#1 index.json"), (ok(1, "<html>".into()), "-")], "failed: Nguồn tin không phải JSON hợp lệ: máy chủ trả về một trang HTML.");
    // An answer to a request the reader no longer waits for changes nothing.
    check(&[(start("#/"), "fetch#1 index.json"), (ok(7, page("a", 3, 30, None)), "-")], "loading");
    // RSS given to a machine without an XML reader (the reader always has
    // one; `Machine::new` alone does not) says what it is and what to do.
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>"#;
    check(&[(start("#/"), "fetch#1 index.json"), (ok(1, rss.into()), "-")], "failed: Nguồn tin là RSS hoặc Atom (XML), còn bước này cần JSON Feed: hãy chuyển nguồn tin bằng lệnh doctin-feed import trước.");
}

#[test]
fn a_short_first_page_brings_the_next_at_once_and_no_more() {
    check(
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 4, 30, Some("2.json"))), "save, fetch#2 2.json"),
            (ok(2, page("b", 4, 20, Some("3.json"))), "fetch#3 3.json"),
            (ok(3, page("c", 4, 10, Some("4.json"))), "-"),
        ],
        "latest 10 of 12, more",
    );
}

#[test]
fn pages_that_repeat_themselves_end_the_list() {
    // A server that answers every page number with its last page.
    check(
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("index.json?p=2"))), "save"),
            (Event::More, "fetch#2 index.json?p=2"),
            (ok(2, page("b", 5, 20, Some("index.json?p=3"))), "fetch#3 index.json?p=3"),
            (ok(3, page("b", 5, 20, Some("index.json?p=4"))), "-"),
            (Event::More, "-"),
            (Event::More, "-"),
        ],
        "latest 15 of 15",
    );
    // A CMS that ignores the page parameter: the first page again.
    check(
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("index.json?page=2"))), "save"),
            (Event::More, "fetch#2 index.json?page=2"),
            (ok(2, page("a", 10, 30, Some("index.json?page=3"))), "-"),
            (Event::More, "-"),
        ],
        "latest 10 of 10",
    );
}

#[test]
fn a_loop_of_relative_urls_is_followed_once_around() {
    check(
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("./page-2.json"))), "save"),
            (Event::More, "fetch#2 page-2.json"),
            (ok(2, page("b", 10, 20, Some("../feed/./index.json#dau"))), "-"),
            (Event::More, "-"),
        ],
        "latest 20 of 20",
    );
    // "?page=2" keeps the page's path.
    check(
        &[(start("#/"), "fetch#1 index.json"), (ok(1, page("a", 10, 30, Some("?page=2"))), "save"), (Event::More, "fetch#2 index.json?page=2")],
        "latest 10 of 10, more",
    );
}

#[test]
fn a_deep_link_follows_a_few_pages_per_press() {
    let chain = |n: u32| page(&format!("p{n}-"), 2, 28 - n, Some(&format!("{}.json", n + 1)));
    let mut steps = vec![(start("#/bai/p9-1"), "fetch#1 index.json".to_string()), (ok(1, chain(1)), "save, fetch#2 2.json".into())];
    for n in 2..=FOLLOW_PAGES + 1 {
        let next = if n <= FOLLOW_PAGES { format!("fetch#{} {}.json", n + 1, n + 1) } else { "-".into() };
        steps.push((ok(n, chain(n)), next));
    }
    let steps: Vec<(Event, &str)> = steps.iter().map(|(e, s)| (e.clone(), s.as_str())).collect();
    check(&steps, "not found, more");
    // "Tìm trong tin cũ hơn" goes on from there, one budget at a time.
    let mut more = steps.clone();
    more.push((Event::More, "fetch#6 6.json"));
    check(&more, "loading");
    // The article found ends the search.
    let found = [(start("#/bai/p2-2"), "fetch#1 index.json"), (ok(1, chain(1)), "save, fetch#2 2.json"), (ok(2, chain(2)), "-")];
    check(&found, "article p2-2 of 4: <p>p2-2</p>");
    // Without pages there is nothing more to look in.
    check(&[(start("#/bai/khong-co"), "fetch#1 index.json"), (ok(1, page("a", 3, 30, None)), "save")], "not found");
}

#[test]
fn a_busy_server_is_asked_again_once_at_a_time() {
    let steps = [
        (start("#/"), "fetch#1 index.json"),
        (failed(1, BUSY), "wait#2 3s"),
    ];
    check(&steps, "failed: Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 3 giây.");
    // "Thử lại" during the wait replaces the automatic retry.
    let mut pressed = steps.to_vec();
    pressed.extend([(Event::Retry, "stop#2, fetch#3 index.json fresh"), (Event::Timer(2), "-"), (Event::Retry, "-")]);
    check(&pressed, "loading");
    // The timer asks again, fresh, and a success ends the retries.
    let mut waited = steps.to_vec();
    waited.extend([(Event::Timer(2), "fetch#3 index.json fresh"), (Event::Timer(2), "-"), (ok(3, page("a", 10, 30, None)), "save")]);
    check(&waited, "latest 10 of 10");
    // Three automatic retries in a row, then only the message and "Thử lại".
    let mut tired = steps.to_vec();
    tired.extend([
        (Event::Timer(2), "fetch#3 index.json fresh"),
        (failed(3, BUSY), "wait#4 3s"),
        (Event::Timer(4), "fetch#5 index.json fresh"),
        (failed(5, BUSY), "wait#6 3s"),
        (Event::Timer(6), "fetch#7 index.json fresh"),
        (failed(7, BUSY), "-"),
    ]);
    check(&tired, "failed: Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 3 giây.");
    // A wait too long to sit out is only reported.
    check(
        &[(start("#/"), "fetch#1 index.json"), (failed(1, LoadError::Status(503, Some(600))), "-")],
        "failed: Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 600 giây.",
    );
}

#[test]
fn a_failed_next_page_says_so_and_is_asked_again_when_said() {
    let steps = [
        (start("#/"), "fetch#1 index.json"),
        (ok(1, page("a", 10, 30, Some("2.json"))), "save"),
        (Event::More, "fetch#2 2.json"),
    ];
    let mut busy = steps.to_vec();
    busy.extend([
        (failed(2, BUSY), "wait#3 3s, say: Máy chủ đang bận (HTTP 503) khi tải trang tin tiếp theo; trình đọc sẽ tự thử lại sau 3 giây."),
        (Event::Timer(3), "fetch#4 2.json fresh"),
        (ok(4, page("b", 10, 20, None)), "say nothing"),
    ]);
    check(&busy, "latest 20 of 20");
    // Without Retry-After, nothing is promised and nothing asked by itself:
    // the list stays, and "Xem tiếp" asks for that page again.
    let mut gone = steps.to_vec();
    gone.extend([
        (failed(2, LoadError::Unreachable), "say: Không kết nối được tới trang tin tiếp theo (mạng không ổn định hoặc máy chủ không trả lời)."),
        (Event::More, "fetch#3 2.json fresh"),
        (ok(3, page("b", 10, 20, None)), "say nothing"),
    ]);
    check(&gone, "latest 20 of 20");
    let mut shown = steps.to_vec();
    shown.push((failed(2, LoadError::Status(500, None)), "say: Máy chủ trả về lỗi HTTP 500 khi tải trang tin tiếp theo."));
    check(&shown, "latest 10 of 10, more");
    // On a deep link the page's failure is the status, with "Thử lại".
    check(
        &[
            (start("#/bai/b3"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("2.json"))), "save, fetch#2 2.json"),
            (failed(2, LoadError::Status(500, None)), "say: Máy chủ trả về lỗi HTTP 500 khi tải trang tin tiếp theo."),
        ],
        "failed: Máy chủ trả về lỗi HTTP 500 khi tải trang tin tiếp theo.",
    );
}

#[test]
fn a_body_in_its_own_file_is_fetched_kept_and_abandoned() {
    let steps = [
        (start("#/bai/r1"), "fetch#1 index.json"),
        (ok(1, page("r", 3, 30, None)), "save, fetch#2 bai/r1.html body"),
    ];
    check(&steps, "article r1 of 3: loading");
    let mut fetched = steps.to_vec();
    fetched.extend([
        (body(2, Ok("<p>Thân bài</p>")), "-"),
        (hash("#/bai/r2"), "shown, fetch#3 bai/r2.html body"),
        (hash("#/bai/r1"), "shown, abort#3"),
    ]);
    check(&fetched, "article r1 of 3: <p>Thân bài</p>");
    let mut failing = steps.to_vec();
    failing.push((body(2, Err(LoadError::Status(404, None))), "-"));
    check(&failing, "article r1 of 3: failed: Máy chủ trả về lỗi HTTP 404 khi tải tệp nội dung bài viết.");
    failing.extend([(Event::RetryBody, "fetch#3 bai/r1.html body fresh"), (body(2, Ok("<p>cũ</p>")), "-")]);
    check(&failing, "article r1 of 3: loading");
    let mut not_a_body = steps.to_vec();
    not_a_body.push((body(2, Ok("<!doctype html><html>")), "-"));
    check(&not_a_body, "article r1 of 3: failed: Tệp nội dung bài viết không phải HTML hay JSON có content_html.");
    // Leaving for the list aborts the body's request.
    let mut left = steps.to_vec();
    left.extend([(hash("#/"), "shown, abort#2"), (body(2, Ok("<p>muộn</p>")), "-")]);
    check(&left, "latest 3 of 3");
}

#[test]
fn the_saved_copy_is_shown_at_once_and_stays_when_the_network_fails() {
    let saved = |text: String| Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((1_795_917_909_000, text))] };
    check(&[(saved(page("s", 3, 30, None)), "fetch#1 index.json")], "latest 3 of 3");
    check(
        &[(saved(page("s", 3, 30, None)), "fetch#1 index.json"), (failed(1, LoadError::Unreachable), "say: Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới.")],
        "latest 3 of 3",
    );
    check(&[(saved(page("s", 3, 30, None)), "fetch#1 index.json"), (ok(1, page("a", 5, 30, None)), "say nothing, save")], "latest 5 of 5");
    check(&[(saved("{not json".into()), "forget, fetch#1 index.json")], "loading");
}

#[test]
fn navigation_follows_the_route_mode() {
    let ready = [(start("#/bai/a2"), "fetch#1 index.json"), (ok(1, page("a", 3, 30, None)), "save")];
    let mut back = ready.to_vec();
    back.push((Event::Back, "hash #/"));
    check(&back, "article a2 of 3: <p>a2</p>");
    back.extend([(hash("#/bai/a3"), "shown"), (Event::Back, "history back")]);
    check(&back, "article a3 of 3: <p>a3</p>");
    // Without the hash, links and "Quay lại" stay inside the reader.
    check_in(
        RouteMode::Memory,
        &[
            (start("#/"), "fetch#1 index.json"),
            (ok(1, page("a", 3, 30, None)), "save"),
            (Event::Follow(Route::Article("a2".into())), "shown"),
            (Event::Follow(Route::Article("a3".into())), "shown"),
            (Event::Back, "shown"),
        ],
        "article a2 of 3: <p>a2</p>",
    );
    // Typing puts the query in the address only in hash mode, and stops
    // reading aloud only when it leaves an article.
    check(&[(start("#/"), "fetch#1 index.json"), (ok(1, page("a", 3, 30, None)), "save"), (Event::Typed("tin a".into()), "replace #/tim/tin%20a")], "search 3 hits");
    check_in(RouteMode::Memory, &[(start("#/"), "fetch#1 index.json"), (Event::Typed("x".into()), "-"), (Event::Typed(" ".into()), "-")], "loading");
    let mut typed = ready.to_vec();
    typed.push((Event::Typed("a".into()), "replace #/tim/a"));
    check(&typed, "search 3 hits");
}

#[test]
fn more_search_results_come_from_the_next_pages() {
    check(
        &[
            (start("#/tim/tin"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("2.json"))), "save"),
            (Event::More, "fetch#2 2.json"),
            (ok(2, page("b", 10, 20, None)), "-"),
        ],
        "search 20 hits",
    );
    check(&[(start("#/tim/tin"), "fetch#1 index.json"), (ok(1, page("a", 10, 30, Some("2.json"))), "save")], "search 10 hits, more");
}

#[test]
fn after_a_failed_page_more_shows_what_is_loaded_first() {
    check(
        &[
            (start("#/bai/zz"), "fetch#1 index.json"),
            (ok(1, page("a", 10, 30, Some("2.json"))), "save, fetch#2 2.json"),
            (ok(2, page("b", 10, 20, Some("3.json"))), "fetch#3 3.json"),
            (failed(3, LoadError::Unreachable), "say: Không kết nối được tới trang tin tiếp theo (mạng không ổn định hoặc máy chủ không trả lời)."),
            (hash("#/"), "shown"),
            (Event::More, "-"),
            (Event::More, "fetch#4 3.json fresh"),
        ],
        "latest 20 of 20, more",
    );
}

#[test]
fn one_press_follows_at_most_four_pages_even_after_a_failure() {
    let chain = |n: u32| page(&format!("p{n}-"), 2, 28 - n, Some(&format!("{}.json", n + 1)));
    check(
        &[
            (start("#/bai/zz"), "fetch#1 index.json"),
            (ok(1, chain(1)), "save, fetch#2 2.json"),
            (failed(2, LoadError::Status(500, None)), "say: Máy chủ trả về lỗi HTTP 500 khi tải trang tin tiếp theo."),
            (Event::Retry, "fetch#3 2.json fresh"),
            (ok(3, chain(2)), "say nothing, fetch#4 3.json"),
            (ok(4, chain(3)), "fetch#5 4.json"),
            (ok(5, chain(4)), "fetch#6 5.json"),
            (ok(6, chain(5)), "-"),
        ],
        "not found, more",
    );
}

#[test]
fn the_offline_notice_comes_back_after_a_page_failure_ends() {
    let saved = Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((1_795_917_909_000, page("s", 3, 30, Some("2.json"))))] };
    check(
        &[
            (saved, "fetch#1 index.json"),
            (failed(1, LoadError::Unreachable), "say: Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới., fetch#2 2.json"),
            (failed(2, LoadError::Unreachable), "say: Không kết nối được tới trang tin tiếp theo (mạng không ổn định hoặc máy chủ không trả lời)."),
            (Event::More, "fetch#3 2.json fresh"),
            (ok(3, page("b", 3, 20, None)), "say: Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới."),
        ],
        "latest 6 of 6",
    );
}

#[test]
fn retry_during_a_wait_for_the_first_page_asks_now_even_over_a_saved_copy() {
    let saved = Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((1_795_917_909_000, page("s", 3, 30, None)))] };
    check(
        &[
            (saved, "fetch#1 index.json"),
            (failed(1, BUSY), "wait#2 3s, say: Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới."),
            (Event::Retry, "stop#2, fetch#3 index.json fresh"),
        ],
        "latest 3 of 3",
    );
}


/// What an article's view is given: "Các tin mới hơn" and the related
/// page shown (as ids here), whether "Xem tiếp" has more, the address its
/// share tools send, the language it is written and read aloud in, and
/// "listen" when it offers reading aloud (on a device with only a
/// Vietnamese voice).
#[track_caller]
fn check_article(machine: Machine, hash_route: &str, more_presses: usize, expected: &str) {
    let mut machine = machine;
    machine.update(Event::Voices(vec!["vi-VN".into()]));
    machine.update(start(hash_route));
    // Eight items of one section, a1 (newest) … a8; a3 in English.
    let items: Vec<String> = (1..=8)
        .map(|n| {
            let lang = if n == 3 { r#""language":"en","# } else { "" };
            format!(r#"{{"id":"a{n}","title":"Tin {n}",{lang}"date_published":"2024-05-{:02}T08:00:00+07:00","content_text":"x","_doctin":{{"section":"Thời sự"}}}}"#, 21 - n)
        })
        .collect();
    machine.update(ok(1, format!(r#"{{"title":"Tin","items":[{}]}}"#, items.join(","))));
    for _ in 0..more_presses {
        machine.update(Event::More);
    }
    let Screen::Article(ArticleScreen { feed, newer, related, more, lang, voice, share, tools, .. }) = machine.screen() else { panic!("no article") };
    let ids = |at: &[usize]| at.iter().map(|&at| feed.items[at].id.as_str()).collect::<Vec<_>>().join(" ");
    let listen = if tools.listen { " listen" } else { "" };
    let more = if more { " more" } else { "" };
    let (share, lang) = (share.as_deref().unwrap_or("-"), lang.as_deref().unwrap_or("-"));
    let shown = format!("newer [{}] related [{}]{more} share {share} in {lang} voice {voice}{listen}", ids(&newer), ids(&related));
    assert_eq!(shown, expected);
}

#[test]
fn an_article_is_given_its_lists_its_address_and_its_voice() {
    let reader = |mode, newer, related| Machine::new(Lang::Vi, mode, vec![FIRST.into()]).showing("https://hdnd.example.vn/tin.html#/".into(), newer, related);
    let page = "https://hdnd.example.vn/tin.html#/bai";
    // Newer are the items before it on the timeline, newest first; related
    // the older items of the same section, nearest first.
    check_article(reader(RouteMode::Hash, 5, 5), "#/bai/a4", 0, &format!("newer [a1 a2 a3] related [a5 a6 a7 a8] share {page}/a4 in - voice vi listen"));
    check_article(reader(RouteMode::Hash, 2, 3), "#/bai/a4", 0, &format!("newer [a1 a2] related [a5 a6 a7] more share {page}/a4 in - voice vi listen"));
    check_article(reader(RouteMode::Hash, 5, 3), "#/bai/a4", 1, &format!("newer [a1 a2 a3] related [a5 a6 a7 a8] share {page}/a4 in - voice vi listen"));
    check_article(reader(RouteMode::Hash, 0, 0), "#/bai/a1", 0, &format!("newer [] related [] share {page}/a1 in - voice vi listen"));
    // An item in its own language is read in it, and there is no voice
    // for English here.
    check_article(reader(RouteMode::Hash, 5, 5), "#/bai/a3", 0, &format!("newer [a1 a2] related [a4 a5 a6 a7 a8] share {page}/a3 in en voice en"));
    // Without the hash, an article without an address of its own shares
    // nothing; the English interface reads a feed that names no language
    // in the interface's.
    check_article(reader(RouteMode::Memory, 5, 5), "#/bai/a4", 0, "newer [a1 a2 a3] related [a5 a6 a7 a8] share - in - voice vi listen");
    let english = Machine::new(Lang::En, RouteMode::Hash, vec![FIRST.into()]);
    check_article(english, "#/bai/a2", 0, "newer [a1] related [a3 a4 a5 a6 a7] more share #/bai/a2 in - voice en");
}
