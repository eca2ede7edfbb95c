//! URL resolution against the feed's home page, and scheme allowlists.

use doctin::core::url::{resolve, Use};

const BASE: Option<&str> = Some("https://vinhlin.github.io/blog/index.html?x=1");

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
