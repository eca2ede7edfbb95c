//! URL resolution against the feed's home page, and scheme allowlists.

use doctin::core::url::{join, key, resolve, Use};

const BASE: Option<&str> = Some("https://vinhlin.github.io/blog/index.html?x=1");

#[track_caller]
fn check(base: Option<&str>, raw: &str, usage: Use, expected: Option<&str>) {
    assert_eq!(resolve(base, raw, usage).as_deref(), expected, "{raw:?} as {usage:?} against {base:?}");
}

#[test]
fn resolves_relative_urls() {
    check(BASE, "/image/a.png", Use::Image, Some("https://vinhlin.github.io/image/a.png"));
    check(BASE, "b.png", Use::Image, Some("https://vinhlin.github.io/blog/b.png"));
    check(BASE, "//cdn.vn/c.png", Use::Image, Some("https://cdn.vn/c.png"));
    check(BASE, "#muc-1", Use::Link, Some("https://vinhlin.github.io/blog/index.html?x=1#muc-1"));
    check(Some("https://hdnd.vn"), "tin/1", Use::Link, Some("https://hdnd.vn/tin/1"));
    check(Some("http://hdnd.vn/"), "/tin/1", Use::Link, Some("http://hdnd.vn/tin/1"));
    check(None, "/image/a.png", Use::Image, Some("/image/a.png"));
    check(Some("javascript:alert(1)"), "/a", Use::Link, Some("/a"));
    check(Some("/relative-base/"), "/a", Use::Link, Some("/a"));
}

#[test]
fn keeps_safe_absolute_urls() {
    check(BASE, "https://hdnd.vn/a", Use::Link, Some("https://hdnd.vn/a"));
    check(BASE, "HTTP://hdnd.vn/a", Use::Link, Some("HTTP://hdnd.vn/a"));
    check(BASE, "mailto:bbt@hdnd.vn", Use::Link, Some("mailto:bbt@hdnd.vn"));
    check(BASE, "tel:+842203000000", Use::Link, Some("tel:+842203000000"));
    check(BASE, "data:image/png;base64,AAAA", Use::Image, Some("data:image/png;base64,AAAA"));
    check(BASE, "  https://hdnd.vn/a  ", Use::Link, Some("https://hdnd.vn/a"));
}

#[test]
fn refuses_dangerous_or_empty_urls() {
    check(BASE, "javascript:alert(1)", Use::Link, None);
    check(BASE, "JaVaScRiPt:alert(1)", Use::Link, None);
    check(BASE, "java\tscript:alert(1)", Use::Link, None);
    check(BASE, "java\nscript:alert(1)", Use::Link, None);
    check(BASE, "\u{1}javascript:alert(1)", Use::Link, None);
    check(BASE, " vbscript:msgbox(1)", Use::Link, None);
    check(BASE, "data:text/html,<script>alert(1)</script>", Use::Link, None);
    check(BASE, "data:text/html,<script>alert(1)</script>", Use::Image, None);
    check(BASE, "data:image/png;base64,AAAA", Use::Link, None);
    check(BASE, "mailto:a@b.vn", Use::Image, None);
    check(BASE, "file:///etc/passwd", Use::Link, None);
    check(BASE, "", Use::Link, None);
    check(BASE, "   ", Use::Image, None);
    check(None, "/a", Use::Base, None);
}

/// RFC 3986 §5.4's base URI; `reference` resolved against it by `join`.
#[track_caller]
fn check_rfc(reference: &str, expected: &str) {
    assert_eq!(join("http://a/b/c/d;p?q", reference), expected, "{reference:?}");
}

#[test]
fn rfc_3986_normal_examples() {
    // §5.4.1, every line.
    check_rfc("g:h", "g:h");
    check_rfc("g", "http://a/b/c/g");
    check_rfc("./g", "http://a/b/c/g");
    check_rfc("g/", "http://a/b/c/g/");
    check_rfc("/g", "http://a/g");
    check_rfc("//g", "http://g");
    check_rfc("?y", "http://a/b/c/d;p?y");
    check_rfc("g?y", "http://a/b/c/g?y");
    check_rfc("#s", "http://a/b/c/d;p?q#s");
    check_rfc("g#s", "http://a/b/c/g#s");
    check_rfc("g?y#s", "http://a/b/c/g?y#s");
    check_rfc(";x", "http://a/b/c/;x");
    check_rfc("g;x", "http://a/b/c/g;x");
    check_rfc("g;x?y#s", "http://a/b/c/g;x?y#s");
    check_rfc("", "http://a/b/c/d;p?q");
    check_rfc(".", "http://a/b/c/");
    check_rfc("./", "http://a/b/c/");
    check_rfc("..", "http://a/b/");
    check_rfc("../", "http://a/b/");
    check_rfc("../g", "http://a/b/g");
    check_rfc("../..", "http://a/");
    check_rfc("../../", "http://a/");
    check_rfc("../../g", "http://a/g");
}

#[test]
fn rfc_3986_abnormal_examples() {
    // §5.4.2, every line (with the strict parser for "http:g").
    check_rfc("../../../g", "http://a/g");
    check_rfc("../../../../g", "http://a/g");
    check_rfc("/./g", "http://a/g");
    check_rfc("/../g", "http://a/g");
    check_rfc("g.", "http://a/b/c/g.");
    check_rfc(".g", "http://a/b/c/.g");
    check_rfc("g..", "http://a/b/c/g..");
    check_rfc("..g", "http://a/b/c/..g");
    check_rfc("./../g", "http://a/b/g");
    check_rfc("./g/.", "http://a/b/c/g/");
    check_rfc("g/./h", "http://a/b/c/g/h");
    check_rfc("g/../h", "http://a/b/c/h");
    check_rfc("g;x=1/./y", "http://a/b/c/g;x=1/y");
    check_rfc("g;x=1/../y", "http://a/b/c/y");
    check_rfc("g?y/./x", "http://a/b/c/g?y/./x");
    check_rfc("g?y/../x", "http://a/b/c/g?y/../x");
    check_rfc("g#s/./x", "http://a/b/c/g#s/./x");
    check_rfc("g#s/../x", "http://a/b/c/g#s/../x");
    check_rfc("http:g", "http:g");
}

#[test]
fn feed_references_resolve_as_a_browser_resolves_them() {
    let page = Some("https://hdnd.example.vn/q/feed.json?page=1");
    check(page, "?page=2", Use::Link, Some("https://hdnd.example.vn/q/feed.json?page=2"));
    check(page, "./page-2.json", Use::Link, Some("https://hdnd.example.vn/q/page-2.json"));
    check(page, "../loop/page-1.json", Use::Link, Some("https://hdnd.example.vn/loop/page-1.json"));
    check(page, "//cdn.example.vn/a/./b/../c.json", Use::Link, Some("https://cdn.example.vn/a/c.json"));
    check(page, "https://hdnd.example.vn/a/../b.json#p2", Use::Link, Some("https://hdnd.example.vn/b.json#p2"));
    check(Some("https://hdnd.example.vn"), "tin.json", Use::Link, Some("https://hdnd.example.vn/tin.json"));
}

/// The comparison key of `url`.
#[track_caller]
fn check_key(url: &str, expected: &str) {
    assert_eq!(key(url), expected, "{url:?}");
}

#[test]
fn pages_are_compared_without_fragment_and_with_scheme_and_host_in_one_case() {
    check_key("https://hdnd.example.vn/feed.json#trang-1", "https://hdnd.example.vn/feed.json");
    check_key("HTTPS://HDND.Example.VN/Feed.json?p=2", "https://hdnd.example.vn/Feed.json?p=2");
    check_key("https://hdnd.example.vn", "https://hdnd.example.vn/");
    check_key("https://hdnd.example.vn?p=1#x", "https://hdnd.example.vn/?p=1");
    check_key("/feeds/a.json#x", "/feeds/a.json");
    check_key("https://hdnd.example.vn:443/a.json", "https://hdnd.example.vn/a.json");
    check_key("http://hdnd.example.vn:80/a.json", "http://hdnd.example.vn/a.json");
    check_key("http://hdnd.example.vn:8080/a.json", "http://hdnd.example.vn:8080/a.json");
}
