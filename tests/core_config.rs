//! Reading the embed's data-* attributes: defaults, values, and problems.

use doctin::core::config::{read, Config, Expected, Lang, Problem, RouteMode, Theme};
use doctin::core::ui;

/// `attributes` as "name=value" pairs separated by "|" ("name" alone for an
/// empty value); `hash_free` as the page gives it. Returns the config and
/// the problems as their Vietnamese messages.
#[track_caller]
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
    Config { feeds: feed.split_whitespace().map(str::to_string).collect(), lang, newer, related, theme, route, timeout: 10 }
}

fn with_timeout(config: Config, timeout: u32) -> Config {
    Config { timeout, ..config }
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
fn several_feeds_separated_by_white_space_eight_at_most() {
    use {Lang::*, RouteMode::*, Theme::*};
    check("data-feed=/tin/a.json  /rss/b.xml\n https://huyen.vn/c.json", true, (config("/tin/a.json /rss/b.xml https://huyen.vn/c.json", Vi, 5, 5, Light, Hash), &[]));
    let eight = "a b c d e f g h";
    check(&format!("data-feed={eight}"), true, (config(eight, Vi, 5, 5, Light, Hash), &[]));
    // More is a configuration problem; the reader shows only its message.
    check(&format!("data-feed={eight} i"), true, (config(eight, Vi, 5, 5, Light, Hash), &[
        "Thuộc tính data-feed=\"a b c d e f g h i\" không hợp lệ: cần tối đa 8 địa chỉ nguồn tin, cách nhau bởi dấu cách.",
    ]));
}

#[test]
fn problems_name_the_attribute_and_what_it_takes() {
    use {Lang::*, RouteMode::*, Theme::*};
    check("", true, (config("", Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin (JSON Feed, RSS hoặc Atom)."]));
    check("data-feed=  ", true, (config("", Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin (JSON Feed, RSS hoặc Atom)."]));
    check("data-feed=/tin/feed.json|data-newer=abc", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-newer=\"abc\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-related=21", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-related=\"21\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-related=-1", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-related=\"-1\" không hợp lệ: cần một số từ 0 đến 20."]));
    check("data-feed=/tin/feed.json|data-lang=fr", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-lang=\"fr\" không hợp lệ: cần \"vi\" hoặc \"en\"."]));
    check("data-feed=/tin/feed.json|data-theme=blue", true, (config(F, Vi, 5, 5, Light, Hash), &["Thuộc tính data-theme=\"blue\" không hợp lệ: cần \"light\", \"dark\" hoặc \"auto\"."]));
    check("data-feed=/tin/feed.json|data-route=history", false, (config(F, Vi, 5, 5, Light, Memory), &["Thuộc tính data-route=\"history\" không hợp lệ: cần \"hash\" hoặc \"none\"."]));
    check("data-feed=/tin/feed.json|data-newer", true, (config(F, Vi, 5, 5, Light, Hash), &["Thiếu thuộc tính data-newer: cần một số từ 0 đến 20."]));
    check("data-newer=x|data-theme=x", true, (config("", Vi, 5, 5, Light, Hash), &[
        "Thiếu thuộc tính data-feed: cần địa chỉ của nguồn tin (JSON Feed, RSS hoặc Atom).",
        "Thuộc tính data-newer=\"x\" không hợp lệ: cần một số từ 0 đến 20.",
        "Thuộc tính data-theme=\"x\" không hợp lệ: cần \"light\", \"dark\" hoặc \"auto\".",
    ]));
}

#[test]
fn the_timeout_is_whole_seconds_from_one_to_two_minutes() {
    use {Lang::*, RouteMode::*, Theme::*};
    let base = config(F, Vi, 5, 5, Light, Hash);
    check("data-feed=/tin/feed.json|data-timeout=1", true, (with_timeout(base.clone(), 1), &[]));
    check("data-feed=/tin/feed.json|data-timeout= 30 ", true, (with_timeout(base.clone(), 30), &[]));
    check("data-feed=/tin/feed.json|data-timeout=120", true, (with_timeout(base.clone(), 120), &[]));
    check("data-feed=/tin/feed.json|data-timeout=0", true, (base.clone(), &["Thuộc tính data-timeout=\"0\" không hợp lệ: cần một số giây từ 1 đến 120."]));
    check("data-feed=/tin/feed.json|data-timeout=121", true, (base.clone(), &["Thuộc tính data-timeout=\"121\" không hợp lệ: cần một số giây từ 1 đến 120."]));
    check("data-feed=/tin/feed.json|data-timeout=2.5", true, (base.clone(), &["Thuộc tính data-timeout=\"2.5\" không hợp lệ: cần một số giây từ 1 đến 120."]));
    check("data-feed=/tin/feed.json|data-timeout=10s", true, (base, &["Thuộc tính data-timeout=\"10s\" không hợp lệ: cần một số giây từ 1 đến 120."]));
}

#[test]
fn problems_read_in_english_too() {
    let problem = Problem { attribute: "data-newer", value: Some("abc".into()), expected: Expected::Count };
    assert_eq!(ui::problem(Lang::En, &problem), "The attribute data-newer=\"abc\" is not valid: it takes a number from 0 to 20.");
    let missing = Problem { attribute: "data-feed", value: None, expected: Expected::FeedUrl };
    assert_eq!(ui::problem(Lang::En, &missing), "The attribute data-feed is missing: it takes the address of a feed (JSON Feed, RSS or Atom).");
    let timeout = Problem { attribute: "data-timeout", value: Some("0".into()), expected: Expected::Seconds };
    assert_eq!(ui::problem(Lang::En, &timeout), "The attribute data-timeout=\"0\" is not valid: it takes a number of seconds from 1 to 120.");
}

#[test]
fn an_embed_that_does_not_start_says_so_with_each_problem_on_its_line() {
    let newer = Problem { attribute: "data-newer", value: Some("nhiều".into()), expected: Expected::Count };
    let theme = Problem { attribute: "data-theme", value: Some("xanh".into()), expected: Expected::Theme };
    assert_eq!(
        ui::not_started(Lang::Vi, &[newer, theme]),
        "doctin: the reader did not start; the page's own content stays.\n\
         Thuộc tính data-newer=\"nhiều\" không hợp lệ: cần một số từ 0 đến 20.\n\
         Thuộc tính data-theme=\"xanh\" không hợp lệ: cần \"light\", \"dark\" hoặc \"auto\"."
    );
}
