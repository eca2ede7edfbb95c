//! The messages a reader sees when loading fails, in both languages.

use doctin::core::config::Lang::{self, En, Vi};
use doctin::core::normalize::FeedError;
use doctin::core::time;
use doctin::core::load::{LoadError::{self, *}, Target};
use doctin::core::ui::{message, offline};

/// The message for `error` on the feed's first page, with no automatic
/// retry set.
#[track_caller]
fn check(lang: Lang, error: LoadError, expected: &str) {
    check_on(lang, Target::Feed, error, false, expected);
}

#[track_caller]
fn check_on(lang: Lang, target: Target, error: LoadError, retrying: bool, expected: &str) {
    assert_eq!(message(lang, target, &error, retrying), expected, "{target:?} {error:?} retrying: {retrying}");
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
fn a_busy_server_says_when_the_reader_tries_again_only_when_it_will() {
    check_on(Vi, Target::Feed, Status(503, Some(30)), true, "Máy chủ đang bận (HTTP 503) khi tải nguồn tin; trình đọc sẽ tự thử lại sau 30 giây.");
    check_on(En, Target::Feed, Status(429, Some(120)), true, "The server is busy (HTTP 429) for the feed; the reader will try again in 120 seconds.");
    check(Vi, Status(503, Some(30)), "Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 30 giây.");
    check(Vi, Status(503, Some(3600)), "Máy chủ đang bận (HTTP 503) khi tải nguồn tin và đề nghị thử lại sau 3600 giây.");
    check(En, Status(503, Some(121)), "The server is busy (HTTP 503) for the feed and asks to try again in 121 seconds.");
}

#[test]
fn broken_feeds() {
    let html = FeedError::InvalidJson { line: 1, column: 1, looks_like_html: true };
    let broken = FeedError::InvalidJson { line: 3, column: 7, looks_like_html: false };
    check(Vi, Feed(html.clone()), "Nguồn tin không phải JSON hợp lệ: máy chủ trả về một trang HTML.");
    check(Vi, Feed(FeedError::XmlFeed), "Nguồn tin là RSS hoặc Atom (XML), còn bước này cần JSON Feed: hãy chuyển nguồn tin bằng lệnh doctin-feed import trước.");
    check(En, Feed(html), "The feed is not valid JSON: the server sent an HTML page.");
    check(Vi, Feed(FeedError::InvalidXml { line: 4, column: 9 }), "Nguồn tin không phải XML hợp lệ (lỗi ở dòng 4, cột 9).");
    check(Vi, Feed(FeedError::NotText { declared: None }), "Nguồn tin không khai báo bảng mã và không phải UTF-8.");
    check(En, Feed(FeedError::NotText { declared: Some("windows-1258".into()) }), "The feed declares the encoding \"windows-1258\" but cannot be read in it.");
    check(Vi, Feed(broken.clone()), "Nguồn tin không phải JSON hợp lệ (lỗi ở dòng 3, cột 7).");
    check(En, Feed(broken), "The feed is not valid JSON (error at line 3, column 7).");
    check(Vi, Feed(FeedError::NotAFeed), "Nguồn tin không phải JSON Feed (không có danh sách \"items\"), RSS hay Atom.");
    check(En, Feed(FeedError::NotAFeed), "The feed is not a JSON Feed (it has no \"items\" list), RSS or Atom.");
}

#[test]
fn a_later_page_and_a_body_file_say_what_failed() {
    check_on(Vi, Target::Body, Status(404, None), false, "Máy chủ trả về lỗi HTTP 404 khi tải tệp nội dung bài viết.");
    check_on(En, Target::Body, Status(404, None), false, "The server answered HTTP 404 for the article's text file.");
    check_on(Vi, Target::Body, Feed(FeedError::NotABody), false, "Tệp nội dung bài viết không phải HTML hay JSON có content_html.");
    check_on(En, Target::Body, Feed(FeedError::NotABody), false, "The article's text file is neither HTML nor JSON with content_html.");
    check_on(Vi, Target::Body, TimedOut(10), false, "Tệp nội dung bài viết không trả lời kịp sau 10 giây.");
    check_on(Vi, Target::Page, Status(503, Some(3)), true, "Máy chủ đang bận (HTTP 503) khi tải trang tin tiếp theo; trình đọc sẽ tự thử lại sau 3 giây.");
    check_on(Vi, Target::Page, Status(503, Some(3)), false, "Máy chủ đang bận (HTTP 503) khi tải trang tin tiếp theo và đề nghị thử lại sau 3 giây.");
    check_on(En, Target::Page, Unreachable, false, "Could not reach the next page of the feed (the network is down or the server did not answer).");
    let broken = FeedError::InvalidJson { line: 2, column: 4, looks_like_html: false };
    check_on(Vi, Target::Page, Feed(broken), false, "Trang tin tiếp theo không phải JSON hợp lệ (lỗi ở dòng 2, cột 4).");
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
