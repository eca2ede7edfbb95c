//! Every string the reader's interface shows, in one place, in Vietnamese
//! and English, and the message for each way loading or configuring can
//! fail. Item text is never translated.

use chrono::{DateTime, FixedOffset};

use super::config::{Expected, Lang, Problem, MAX_FEEDS, MAX_LIST, MAX_TIMEOUT};
use super::load::{LoadError, Target};
use super::normalize::FeedError;
use super::time;

pub struct Strings {
    pub loading: &'static str,
    pub retry: &'static str,
    pub updated: &'static str,
    pub source: &'static str,
    /// Before the name of the feed an item came from, in a reader of several.
    pub origin: &'static str,
    pub newer: &'static str,
    pub related: &'static str,
    pub back: &'static str,
    pub more: &'static str,
    pub latest: &'static str,
    pub links: &'static str,
    pub not_found: &'static str,
    pub not_yet: &'static str,
    pub older: &'static str,
    pub to_latest: &'static str,
    pub untitled: &'static str,
    pub empty_feed: &'static str,
    pub crashed: &'static str,
    pub reload: &'static str,
    pub skip: &'static str,
    pub tools: &'static str,
    pub smaller: &'static str,
    pub larger: &'static str,
    pub listen: &'static str,
    pub pause: &'static str,
    pub resume: &'static str,
    pub stop: &'static str,
    pub share: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub print: &'static str,
    pub search: &'static str,
    pub results: &'static str,
}

pub const VI: Strings = Strings {
    loading: "Đang tải…",
    retry: "Thử lại",
    updated: "Cập nhật:",
    source: "Nguồn:",
    origin: "Nguồn tin:",
    newer: "Các tin mới hơn",
    related: "Các bài liên quan",
    back: "Quay lại",
    more: "Xem tiếp",
    latest: "Tin mới nhất",
    links: "LIÊN KẾT WEBSITE",
    not_found: "Không tìm thấy bài viết",
    not_yet: "Bài viết không có trong các trang tin đã tải.",
    older: "Tìm trong tin cũ hơn",
    to_latest: "Về danh sách tin mới nhất",
    untitled: "(Không có tiêu đề)",
    empty_feed: "Nguồn tin chưa có bài viết nào.",
    crashed: "Đã xảy ra lỗi trong trình đọc tin.",
    reload: "Tải lại trang",
    skip: "Đến nội dung chính",
    tools: "Công cụ đọc bài",
    smaller: "Giảm cỡ chữ",
    larger: "Tăng cỡ chữ",
    listen: "Nghe đọc bài",
    pause: "Tạm dừng",
    resume: "Đọc tiếp",
    stop: "Dừng đọc",
    share: "Chia sẻ",
    copy: "Sao chép liên kết",
    copied: "Đã sao chép",
    copy_failed: "Không sao chép được; hãy sao chép địa chỉ trên thanh địa chỉ.",
    print: "In bài",
    search: "Tìm trong tin",
    results: "Kết quả tìm kiếm",
};

pub const EN: Strings = Strings {
    loading: "Loading…",
    retry: "Try again",
    updated: "Updated:",
    source: "Source:",
    origin: "Feed:",
    newer: "Newer news",
    related: "Related articles",
    back: "Back",
    more: "More",
    latest: "Latest news",
    links: "LINKS",
    not_found: "Article not found",
    not_yet: "The article is not in the pages loaded so far.",
    older: "Look in older news",
    to_latest: "Back to the latest news",
    untitled: "(Untitled)",
    empty_feed: "The feed has no articles yet.",
    crashed: "Something went wrong in the news reader.",
    reload: "Reload the page",
    skip: "Skip to the main content",
    tools: "Reading tools",
    smaller: "Smaller text",
    larger: "Larger text",
    listen: "Listen",
    pause: "Pause",
    resume: "Resume",
    stop: "Stop",
    share: "Share",
    copy: "Copy link",
    copied: "Copied",
    copy_failed: "Could not copy; copy the address from the address bar.",
    print: "Print",
    search: "Search the news",
    results: "Search results",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Vi => &VI,
        Lang::En => &EN,
    }
}

/// The message for `error` on a request for `target`. `retrying` says whether
/// the reader has set itself to ask again after the wait a `Retry-After`
/// asked for: only then does the message promise it.
pub fn message(lang: Lang, target: Target, error: &LoadError, retrying: bool) -> String {
    let vi = lang == Lang::Vi;
    // The subject as it reads inside a sentence, and at its start.
    let (s, upper) = match (target, vi) {
        (Target::Feed, true) => ("nguồn tin", "Nguồn tin"),
        (Target::Feed, false) => ("the feed", "The feed"),
        (Target::Page, true) => ("trang tin tiếp theo", "Trang tin tiếp theo"),
        (Target::Page, false) => ("the next page of the feed", "The next page of the feed"),
        (Target::Body, true) => ("tệp nội dung bài viết", "Tệp nội dung bài viết"),
        (Target::Body, false) => ("the article's text file", "The article's text file"),
    };
    match error {
        LoadError::Unreachable if vi => format!("Không kết nối được tới {s} (mạng không ổn định hoặc máy chủ không trả lời)."),
        LoadError::Unreachable => format!("Could not reach {s} (the network is down or the server did not answer)."),
        LoadError::TimedOut(seconds) if vi => format!("{upper} không trả lời kịp sau {seconds} giây."),
        LoadError::TimedOut(seconds) => format!("{upper} did not answer within {seconds} seconds."),
        LoadError::Status(status, Some(wait)) if retrying && vi => {
            format!("Máy chủ đang bận (HTTP {status}) khi tải {s}; trình đọc sẽ tự thử lại sau {wait} giây.")
        }
        LoadError::Status(status, Some(wait)) if retrying => {
            format!("The server is busy (HTTP {status}) for {s}; the reader will try again in {wait} seconds.")
        }
        LoadError::Status(status, Some(wait)) if vi => {
            format!("Máy chủ đang bận (HTTP {status}) khi tải {s} và đề nghị thử lại sau {wait} giây.")
        }
        LoadError::Status(status, Some(wait)) => {
            format!("The server is busy (HTTP {status}) for {s} and asks to try again in {wait} seconds.")
        }
        LoadError::Status(status, None) if vi => format!("Máy chủ trả về lỗi HTTP {status} khi tải {s}."),
        LoadError::Status(status, None) => format!("The server answered HTTP {status} for {s}."),
        LoadError::Feed(FeedError::InvalidJson { looks_like_html: true, .. }) if vi => {
            format!("{upper} không phải JSON hợp lệ: máy chủ trả về một trang HTML.")
        }
        LoadError::Feed(FeedError::InvalidJson { looks_like_html: true, .. }) => {
            format!("{upper} is not valid JSON: the server sent an HTML page.")
        }
        LoadError::Feed(FeedError::XmlFeed) if vi => format!(
            "{upper} là RSS hoặc Atom (XML), còn bước này cần JSON Feed: hãy chuyển nguồn tin bằng lệnh doctin-feed import trước."
        ),
        LoadError::Feed(FeedError::XmlFeed) => {
            format!("{upper} is RSS or Atom (XML), and this step needs a JSON Feed: convert it with doctin-feed import first.")
        }
        LoadError::Feed(FeedError::InvalidXml { line, column }) if vi => {
            format!("{upper} không phải XML hợp lệ (lỗi ở dòng {line}, cột {column}).")
        }
        LoadError::Feed(FeedError::InvalidXml { line, column }) => {
            format!("{upper} is not well-formed XML (error at line {line}, column {column}).")
        }
        LoadError::Feed(FeedError::NotText { declared: Some(name) }) if vi => {
            format!("{upper} khai báo bảng mã \"{name}\" nhưng không đọc được theo bảng mã đó.")
        }
        LoadError::Feed(FeedError::NotText { declared: Some(name) }) => {
            format!("{upper} declares the encoding \"{name}\" but cannot be read in it.")
        }
        LoadError::Feed(FeedError::NotText { declared: None }) if vi => {
            format!("{upper} không khai báo bảng mã và không phải UTF-8.")
        }
        LoadError::Feed(FeedError::NotText { declared: None }) => {
            format!("{upper} declares no encoding and is not UTF-8.")
        }
        LoadError::Feed(FeedError::InvalidJson { line, column, .. }) if vi => {
            format!("{upper} không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}).")
        }
        LoadError::Feed(FeedError::InvalidJson { line, column, .. }) => {
            format!("{upper} is not valid JSON (error at line {line}, column {column}).")
        }
        LoadError::Feed(FeedError::NotAFeed) if vi => {
            format!("{upper} không phải JSON Feed (không có danh sách \"items\"), RSS hay Atom.")
        }
        LoadError::Feed(FeedError::NotAFeed) => format!("{upper} is not a JSON Feed (it has no \"items\" list), RSS or Atom."),
        LoadError::Feed(FeedError::NotABody) if vi => format!("{upper} không phải HTML hay JSON có content_html."),
        LoadError::Feed(FeedError::NotABody) => format!("{upper} is neither HTML nor JSON with content_html."),
    }
}

/// How many loaded items match `query`.
pub fn found(lang: Lang, count: usize, query: &str) -> String {
    match (lang, count) {
        (Lang::Vi, 0) => format!("Không có bài nào khớp với “{query}”."),
        (Lang::Vi, n) => format!("{n} bài khớp với “{query}”."),
        (Lang::En, 0) => format!("No article matches “{query}”."),
        (Lang::En, 1) => format!("1 article matches “{query}”."),
        (Lang::En, n) => format!("{n} articles match “{query}”."),
    }
}

/// The notice of a reader of several feeds when some could not be read:
/// each feed by its address, with why.
pub fn sources_failed(lang: Lang, failed: &[(&str, &str)]) -> String {
    let mut out = String::from(match lang {
        Lang::Vi => "Không đọc được một số nguồn tin:",
        Lang::En => "Some feeds could not be read:",
    });
    for (url, why) in failed {
        out.push_str("\n– ");
        out.push_str(url);
        out.push_str(": ");
        out.push_str(why);
    }
    out
}

/// The notice over a saved copy shown because a fresh feed could not be
/// loaded: when that copy was fetched, in Vietnam time.
pub fn offline(lang: Lang, saved_at: DateTime<FixedOffset>) -> String {
    let at = time::date_time_in(lang, saved_at);
    match lang {
        Lang::Vi => format!("Bản lưu ngoại tuyến lúc {at}: chưa tải được tin mới."),
        Lang::En => format!("Offline copy from {at}: newer news could not be loaded."),
    }
}

/// The console warning of an embed that does not start for its
/// `problems`: that it did not, that the page keeps its own content, and
/// each problem on a line of its own.
pub fn not_started(lang: Lang, problems: &[Problem]) -> String {
    let mut message = String::from("doctin: the reader did not start; the page's own content stays.");
    for one in problems {
        message.push('\n');
        message += &problem(lang, one);
    }
    message
}

/// What a webmaster reads when an attribute of the embed is wrong.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    let vi = lang == Lang::Vi;
    let wants = match (problem.expected, vi) {
        (Expected::FeedUrl, true) => "địa chỉ của nguồn tin (JSON Feed, RSS hoặc Atom)".to_string(),
        (Expected::FeedUrl, false) => "the address of a feed (JSON Feed, RSS or Atom)".to_string(),
        (Expected::FewerFeeds, true) => format!("tối đa {MAX_FEEDS} địa chỉ nguồn tin, cách nhau bởi dấu cách"),
        (Expected::FewerFeeds, false) => format!("at most {MAX_FEEDS} feed addresses, separated by spaces"),
        (Expected::Lang, true) => "\"vi\" hoặc \"en\"".to_string(),
        (Expected::Lang, false) => "\"vi\" or \"en\"".to_string(),
        (Expected::Count, true) => format!("một số từ 0 đến {MAX_LIST}"),
        (Expected::Count, false) => format!("a number from 0 to {MAX_LIST}"),
        (Expected::Theme, true) => "\"light\", \"dark\" hoặc \"auto\"".to_string(),
        (Expected::Theme, false) => "\"light\", \"dark\" or \"auto\"".to_string(),
        (Expected::Route, true) => "\"hash\" hoặc \"none\"".to_string(),
        (Expected::Route, false) => "\"hash\" or \"none\"".to_string(),
        (Expected::Seconds, true) => format!("một số giây từ 1 đến {MAX_TIMEOUT}"),
        (Expected::Seconds, false) => format!("a number of seconds from 1 to {MAX_TIMEOUT}"),
    };
    let name = problem.attribute;
    match (&problem.value, vi) {
        (Some(value), true) if !value.trim().is_empty() => {
            format!("Thuộc tính {name}=\"{value}\" không hợp lệ: cần {wants}.")
        }
        (Some(value), false) if !value.trim().is_empty() => {
            format!("The attribute {name}=\"{value}\" is not valid: it takes {wants}.")
        }
        (_, true) => format!("Thiếu thuộc tính {name}: cần {wants}."),
        (_, false) => format!("The attribute {name} is missing: it takes {wants}."),
    }
}
