//! Share links: the shared address, and the Facebook and Zalo pages.

use doctin::core::share::{article_url, facebook, zalo};

#[track_caller]
fn check(url: Option<&str>, page: &str, hash: &str, expected: (&str, &str, &str)) {
    let shared = article_url(url, page, hash, true).expect("a reader with the hash always shares");
    assert_eq!((shared.as_str(), facebook(&shared).as_str(), zalo(&shared).as_str()), expected, "{url:?} {page} {hash}");
}

#[test]
fn the_article_page_when_the_feed_has_one_else_the_reader_with_its_hash() {
    check(
        Some("https://hdnd.example.vn/tin/ky-hop-thu-10.html"),
        "https://tinh.example.vn/tin-tuc#/bai/1",
        "#/bai/1",
        (
            "https://hdnd.example.vn/tin/ky-hop-thu-10.html",
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fhdnd.example.vn%2Ftin%2Fky-hop-thu-10.html",
            "https://button-share.zalo.me/share_external?href=https%3A%2F%2Fhdnd.example.vn%2Ftin%2Fky-hop-thu-10.html",
        ),
    );
    check(
        None,
        "https://tinh.example.vn/tin-tuc?muc=2#/",
        "#/bai/k%E1%BB%B3-h%E1%BB%8Dp",
        (
            "https://tinh.example.vn/tin-tuc?muc=2#/bai/k%E1%BB%B3-h%E1%BB%8Dp",
            "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftinh.example.vn%2Ftin-tuc%3Fmuc%3D2%23%2Fbai%2Fk%25E1%25BB%25B3-h%25E1%25BB%258Dp",
            "https://button-share.zalo.me/share_external?href=https%3A%2F%2Ftinh.example.vn%2Ftin-tuc%3Fmuc%3D2%23%2Fbai%2Fk%25E1%25BB%25B3-h%25E1%25BB%258Dp",
        ),
    );
    check(None, "https://tinh.example.vn/", "#/bai/7", ("https://tinh.example.vn/#/bai/7", "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftinh.example.vn%2F%23%2Fbai%2F7", "https://button-share.zalo.me/share_external?href=https%3A%2F%2Ftinh.example.vn%2F%23%2Fbai%2F7"));
}

#[test]
fn a_reader_without_the_hash_shares_only_the_article_page() {
    let page = "https://tinh.example.vn/tin-tuc#/bai/khac";
    assert_eq!(article_url(Some("https://hdnd.example.vn/tin/1.html"), page, "#/bai/1", false).as_deref(), Some("https://hdnd.example.vn/tin/1.html"));
    assert_eq!(article_url(None, page, "#/bai/1", false), None);
}
