//! The messages a reader sees when loading fails, in both languages.

use doctin::core::config::Lang::{self, En, Vi};
use doctin::core::normalize::FeedError;
use doctin::core::time;
use doctin::core::ui::{body_failed, message, offline, LoadError::{self, *}};

fn check(lang: Lang, error: LoadError, expected: &str) {
    assert_eq!(message(lang, &error), expected, "{error:?}");
}

#[test]
fn network_and_http_failures() {
    check(Vi, Unreachable, "Không kết nối được tới nguồn tin (mạng không ổn định hoặc máy chủ không trả lời).");
    check(En, Unreachable, "Could not reach the feed (the network is down or the server did not answer).");
    check(Vi, TimedOut(10), "Nguồn tin không trả lời kịp sau 10 giây.");
    check(En, TimedOut(3), "The feed did not answer within 3 seconds.");
    check(Vi, Status(404, None), "Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.");
    check(En, Status(500, None), "The server answered HTTP 500 for the feed.");
}

#[test]
fn a_busy_server_says_when_the_reader_tries_again() {
    check(Vi, Status(503, Some(30)), "Máy chủ đang bận (HTTP 503); trình đọc sẽ tự thử lại sau 30 giây.");
    check(En, Status(429, Some(120)), "The server is busy (HTTP 429); the reader will try again in 120 seconds.");
    check(Vi, Status(503, Some(3600)), "Máy chủ đang bận (HTTP 503) và đề nghị thử lại sau 3600 giây.");
    check(En, Status(503, Some(121)), "The server is busy (HTTP 503) and asks to try again in 121 seconds.");
}

#[test]
fn broken_feeds() {
    let html = FeedError::InvalidJson { line: 1, column: 1, looks_like_html: true };
    let broken = FeedError::InvalidJson { line: 3, column: 7, looks_like_html: false };
    check(Vi, Feed(html.clone()), "Nguồn tin không phải JSON hợp lệ: máy chủ trả về một trang HTML.");
    check(En, Feed(html), "The feed is not valid JSON: the server sent an HTML page.");
    check(Vi, Feed(broken.clone()), "Nguồn tin không phải JSON hợp lệ (lỗi ở dòng 3, cột 7).");
    check(En, Feed(broken), "The feed is not valid JSON (error at line 3, column 7).");
    check(Vi, Feed(FeedError::NotAFeed), "Nguồn tin là JSON nhưng không phải JSON Feed (không có danh sách \"items\").");
    check(En, Feed(FeedError::NotAFeed), "The feed is JSON but not a JSON Feed (it has no \"items\" list).");
    check(Vi, Feed(FeedError::NotABody), "Tệp nội dung không phải HTML hay JSON có content_html.");
    check(En, Feed(FeedError::NotABody), "The file is neither HTML nor JSON with content_html.");
}

#[test]
fn a_body_in_its_own_file_says_it_is_the_body() {
    assert_eq!(body_failed(Vi, &Status(404, None)), "Chưa tải được nội dung bài viết. Máy chủ trả về lỗi HTTP 404 khi tải nguồn tin.");
    assert_eq!(body_failed(En, &Feed(FeedError::NotABody)), "The article's text could not be loaded. The file is neither HTML nor JSON with content_html.");
}

#[test]
fn search_counts() {
    use doctin::core::ui::found;
    assert_eq!(found(Vi, 0, "hội đồng"), "Không có bài nào khớp với “hội đồng”.");
    assert_eq!(found(Vi, 12, "hoi dong"), "12 bài khớp với “hoi dong”.");
    assert_eq!(found(En, 0, "x"), "No article matches “x”.");
    assert_eq!(found(En, 1, "x"), "1 article matches “x”.");
    assert_eq!(found(En, 3, "x"), "3 articles match “x”.");
}

#[test]
fn the_offline_notice_gives_the_copy_time_in_vietnam() {
    // 2026-11-29T02:05:09Z is 09:05:09 in Vietnam.
    let at = time::from_millis(1_795_917_909_000).unwrap();
    assert_eq!(offline(Vi, at), "Bản lưu ngoại tuyến lúc 29/11/2026 09:05:09 AM: chưa tải được tin mới.");
    assert_eq!(offline(En, at), "Offline copy from 29 Nov 2026, 9:05 AM (UTC+7): newer news could not be loaded.");
}
