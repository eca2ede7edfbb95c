//! Hash routes: parsing, and the round trip of any id through the URL.

use doctin::core::route::{decode, encode, follows, Click, Route};

#[track_caller]
fn check(hash: &str, expected: Option<Route>) {
    assert_eq!(Route::parse(hash), expected, "parsing {hash:?}");
}

fn article(id: &str) -> Option<Route> {
    Some(Route::Article(id.to_string()))
}

#[test]
fn parses_hashes() {
    check("", Some(Route::Latest));
    check("#", Some(Route::Latest));
    check("#/", Some(Route::Latest));
    check("#/bai/42", article("42"));
    check("#/bai/ky-hop-thu-5", article("ky-hop-thu-5"));
    check("#/bai/H%E1%BB%99i%20%C4%91%E1%BB%93ng", article("Hội đồng"));
    check("#/bai/https%3A%2F%2Fexample.vn%2F%3Fp%3D1", article("https://example.vn/?p=1"));
    check("#/bai/", Some(Route::Latest));
    check("#/tim/hoi%20dong", Some(Route::Search("hoi dong".to_string())));
    check("#/tim/H%E1%BB%98I%20%C4%90%E1%BB%92NG", Some(Route::Search("HỘI ĐỒNG".to_string())));
    check("#/tim/", Some(Route::Latest));
    check("#/tim/%20%20", Some(Route::Latest));
    check("#/khong-co", Some(Route::Latest));
    check("#top", None);
    check("#noi-dung", None);
}

#[test]
fn decodes_malformed_escapes_without_failing() {
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%4"), "%zz%4");
    assert_eq!(decode("%+f"), "%+f");
    assert_eq!(decode("%FF"), "\u{fffd}");
}

#[test]
fn every_id_round_trips() {
    for id in ["1", "a b", "Hội đồng nhân dân", "https://x.vn/a?b=c#d", "%41", "/", "emoji 📰", "'\"<>"] {
        let hash = Route::Article(id.to_string()).to_hash();
        assert!(hash.bytes().all(|b| b.is_ascii_graphic()), "{hash} is not plain ASCII");
        assert_eq!(Route::parse(&hash), article(id), "via {hash}");
    }
    assert_eq!(Route::Latest.to_hash(), "#/");
    assert_eq!(encode("a b/ư"), "a%20b%2F%C6%B0");
}

#[track_caller]
fn check_click(owns_hash: bool, button: i16, modified: bool, prevented: bool, expected: bool) {
    assert_eq!(follows(owns_hash, Click { button, modified, prevented }), expected);
}

#[test]
fn without_the_hash_the_reader_follows_a_plain_click_on_its_links_itself() {
    check_click(false, 0, false, false, true);
    // The browser keeps: the hash owner's links, other buttons, a new tab
    // (any modifier), and a click a handler took.
    check_click(true, 0, false, false, false);
    check_click(false, 1, false, false, false);
    check_click(false, 2, false, false, false);
    check_click(false, 0, true, false, false);
    check_click(false, 0, false, true, false);
}
