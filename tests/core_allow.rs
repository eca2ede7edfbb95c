//! The sanitizer's allowlist, decided by name (`core::allow`); the browser
//! tests (`tests/web/xss-corpus.test.mjs`, `engines.test.mjs`) run the
//! whole XSS corpus through the sanitizer that applies it.

use doctin::core::allow::{attribute, element, opens_elsewhere, AttributeRule, ElementRule};
use doctin::core::url::Use;

#[track_caller]
fn check_element(tag: &str, html: bool, expected: ElementRule) {
    assert_eq!(element(tag, html), expected, "<{tag}> (HTML namespace: {html})");
}

#[track_caller]
fn check_attribute(tag: &str, name: &str, expected: AttributeRule) {
    assert_eq!(attribute(tag, name), expected, "<{tag} {name}>");
}

#[test]
fn elements_are_kept_dropped_with_their_content_or_unwrapped() {
    use ElementRule::*;
    check_element("p", true, Keep);
    check_element("a", true, Keep);
    check_element("img", true, Keep);
    check_element("figcaption", true, Keep);
    check_element("table", true, Keep);
    check_element("script", true, Drop);
    check_element("style", true, Drop);
    check_element("iframe", true, Drop);
    check_element("form", true, Drop);
    check_element("template", true, Drop);
    check_element("noscript", true, Drop);
    check_element("base", true, Drop);
    check_element("meta", true, Drop);
    check_element("svg", true, Drop);
    check_element("math", true, Drop);
    check_element("video", true, Drop);
    check_element("section", true, Unwrap);
    check_element("font", true, Unwrap);
    check_element("center", true, Unwrap);
    check_element("tin-bai", true, Unwrap);
    // Anything outside the HTML namespace goes, whatever its name.
    check_element("p", false, Drop);
    check_element("a", false, Drop);
    check_element("foreignobject", false, Drop);
}

#[test]
fn attributes_are_kept_only_where_they_mean_something() {
    use AttributeRule::*;
    check_attribute("a", "href", Resolve(Use::Link));
    check_attribute("img", "src", Resolve(Use::Image));
    check_attribute("img", "alt", Keep);
    check_attribute("img", "width", Keep);
    check_attribute("p", "title", Keep);
    check_attribute("span", "lang", Keep);
    check_attribute("p", "dir", Keep);
    check_attribute("td", "colspan", Keep);
    check_attribute("th", "scope", Keep);
    check_attribute("td", "scope", Remove);
    check_attribute("ol", "start", Keep);
    check_attribute("time", "datetime", Keep);
    check_attribute("img", "href", Remove);
    check_attribute("a", "src", Remove);
    check_attribute("img", "srcset", Remove);
    check_attribute("img", "onerror", Remove);
    check_attribute("a", "onclick", Remove);
    check_attribute("p", "style", Remove);
    check_attribute("p", "class", Remove);
    check_attribute("p", "id", Remove);
    check_attribute("a", "target", Remove);
    check_attribute("a", "formaction", Remove);
    check_attribute("p", "xmlns", Remove);
}

#[test]
fn only_links_to_web_pages_open_in_a_new_tab() {
    for (href, expected) in [
        ("https://hdnd.example.vn/tin/1.html", true),
        ("HTTP://hdnd.example.vn/", true),
        ("mailto:vanphong@hdnd.example.vn", false),
        ("tel:+842333123456", false),
    ] {
        assert_eq!(opens_elsewhere(href), expected, "{href}");
    }
}
