//! Every string the reader's interface shows, in one place, and the
//! messages for each way loading can fail. Item text is never translated.

use super::normalize::FeedError;

pub struct Strings {
    pub loading: &'static str,
    pub retry: &'static str,
    pub updated: &'static str,
    pub source: &'static str,
    pub newer: &'static str,
    pub related: &'static str,
    pub back: &'static str,
    pub more: &'static str,
    pub latest: &'static str,
    pub links: &'static str,
    pub not_found: &'static str,
    pub to_latest: &'static str,
    pub untitled: &'static str,
    pub empty_feed: &'static str,
    pub crashed: &'static str,
    pub reload: &'static str,
}

pub const VI: Strings = Strings {
    loading: "Đang tải…",
    retry: "Thử lại",
    updated: "Cập nhật:",
    source: "Nguồn:",
    newer: "Các tin mới hơn",
    related: "Các bài liên quan",
    back: "Quay lại",
    more: "Xem tiếp",
    latest: "Tin mới nhất",
    links: "LIÊN KẾT WEBSITE",
    not_found: "Không tìm thấy bài viết",
    to_latest: "Về danh sách tin mới nhất",
    untitled: "(Không có tiêu đề)",
    empty_feed: "Nguồn tin chưa có bài viết nào.",
    crashed: "Đã xảy ra lỗi trong trình đọc tin.",
    reload: "Tải lại trang",
};

/// Why the feed could not be shown. Each case gets its own message so a
/// webmaster can tell a wrong URL from a broken server from a broken file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The host element has no `data-feed`, so there is nothing to fetch.
    NoFeedUrl,
    /// The request never got an HTTP answer: offline, DNS, CORS, refused.
    Unreachable,
    /// The server answered with a status other than 2xx.
    Status(u16),
    Feed(FeedError),
}

pub fn message(error: &LoadError) -> String {
    match error {
        LoadError::NoFeedUrl => {
            "Chưa khai báo nguồn tin: phần tử nhúng cần thuộc tính data-feed.".to_string()
        }
        LoadError::Unreachable => {
            "Không kết nối được tới nguồn tin (mạng không ổn định hoặc máy chủ không trả lời).".to_string()
        }
        LoadError::Status(status) => format!("Máy chủ trả về lỗi HTTP {status} khi tải nguồn tin."),
        LoadError::Feed(FeedError::InvalidJson { looks_like_html: true, .. }) => {
            "Nguồn tin không phải JSON hợp lệ: máy chủ trả về một trang HTML.".to_string()
        }
        LoadError::Feed(FeedError::InvalidJson { line, column, .. }) => {
            format!("Nguồn tin không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}).")
        }
        LoadError::Feed(FeedError::NotAFeed) => {
            "Nguồn tin là JSON nhưng không phải JSON Feed (không có danh sách \"items\").".to_string()
        }
    }
}
