//! Reading the embed's data-* attributes: defaults, values, and problems.

use doctin::core::config::{read, Config, Expected, Lang, Problem, RouteMode, Theme};
use doctin::core::ui;

/// `attributes` as "name=value" pairs separated by "|" ("name" alone for an
/// empty value); `hash_free` as the page gives it. Returns the config and
/// the problems as their Vietnamese messages.
fn check(attributes: &str, hash_free: bool, expected: (Config, &[&str])) {
    let pairs: Vec<(&str, &str)> = attributes
        .split('|')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .collect();
    let (config, problems) = read(|name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string()), hash_free);
    let messages: Vec<String> = problems.iter().map(|p| ui::problem(Lang::Vi, p)).collect();
    assert_eq!((config, messages), (expected.0, expected.1.iter().map(|m| m.to_string()).collect::<Vec<_>>()), "{attributes}");
}

fn config(feed: &str, lang: Lang, newer: usize, related: usize, theme: Theme, route: RouteMode) -> Config {
    Config { feed: feed.to_string(), lang, newer, related, theme, route }
}

const F: &str = "/tin/feed.json";

#[test]
fn defaults_and_values() {
    use {Lang::*, RouteMode::*, Theme::*};
    check("data-feed=/tin/feed.json", true, (config(F, Vi, 5, 5, Light, Hash), &[]));
    check("data-feed=/tin/feed.json", false, (config(F, Vi, 5, 5, Light, Memory), &[]));
    check("data-feed= /tin/feed.json ", true, (config(F, Vi, 5, 5, Light, Hash), &[]));
    check("data-feed=/tin/feed.json|data-lang=en|data-newer=0|data-related=20|data-theme=dark|data-route=none", true, (config(F, En, 0, 20, Dark, Memory), &[]));
    check("data-feed=/tin/feed.json|data-lang=VI-vn|data-theme=AUTO|data-route=hash", false, (config(F, Vi, 5, 5, Auto, Hash), &[]));
    check("data-feed=/tin/feed.json|data-lang=en-GB|data-newer= 7 ", true, (config(F, En, 7, 5, Light, Hash), &[]));
}

#[test]
fn problems_name_the_attribute_and_what_it_takes() {
    use {Lang::*, RouteMode::*, Theme::*};
    check("", true, (config("", Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin JSON Feed."]));
    check("data-feed=  ", true, (config("", Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin JSON Feed."]));
    check("data-feed=/tin/feed.json|data-newer=abc", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-newer=\"abc\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-related=21", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-related=\"21\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-related=-1", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-related=\"-1\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-lang=fr", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-lang=\"fr\" không hợp lệ: cần \"vi\" hoặc \"en\"."]));
    check("data-feed=/tin/feed.json|data-theme=blue", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-theme=\"blue\" không hợp lệ: cần \"light\", \"dark\" hoặc \"auto\"."]));
    check("data-feed=/tin/feed.json|data-route=history", false, (config(F, Vi, 5, 5, Light, Memory), &["Thuộc tính data-route=\"history\" không hợp lệ: cần \"hash\" hoặc \"none\"."]));
    check("data-feed=/tin/feed.json|data-newer", true, (config(F, Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-newer: cần một số từ 0 đến 20."]));
    check("data-newer=x|data-theme=x", true, (config("", Vi, 5, 5, Light, Hash), &[
        "Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin JSON Feed.",
        "Thuộc tính data-newer=\"x\" không hợp lệ: cần một số từ 0 đến 20.",
        "Thuộc tính data-theme=\"x\" không hợp lệ: cần \"light\", \"dark\" hoặc \"auto\".",
    ]));
}

#[test]
fn problems_read_in_english_too() {
    let problem = Problem { attribute: "data-newer", value: Some("abc".into()), expected: Expected::Count };
    assert_eq!(ui::problem(Lang::En, &problem), "The attribute data-newer=\"abc\" is not valid: it takes a number from 0 to 20.");
    let missing = Problem { attribute: "data-feed", value: None, expected: Expected::FeedUrl };
    assert_eq!(ui::problem(Lang::En, &missing), "The attribute data-feed is missing: it takes the address of a JSON Feed.");
}
