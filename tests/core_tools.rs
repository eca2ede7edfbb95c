use doctin::core::tools::{speaks, Tools};

#[track_caller]
fn check_voice(voice: &str, wanted: &str, expected: bool) {
    assert_eq!(speaks(voice, wanted), expected, "a {voice:?} voice for {wanted:?}");
}

#[track_caller]
fn check_tools(voice: bool, share_sheet: bool, url: bool, expected: (bool, bool, bool)) {
    let Tools { listen, share_sheet, share_links } = Tools::for_article(voice, share_sheet, url);
    assert_eq!((listen, share_sheet, share_links), expected);
}

#[test]
fn a_voice_speaks_its_primary_language_in_any_case_and_any_region() {
    check_voice("vi-VN", "vi", true);
    check_voice("vi_VN", "vi-VN", true);
    check_voice("VI", "vi", true);
    check_voice("vi", "vi-VN", true);
    check_voice("en-GB", "en-US", true);
    check_voice("en-GB", "vi", false);
    check_voice("vie", "vi", false);
    check_voice("", "vi", false);
}

#[test]
fn the_tools_follow_the_voice_the_share_sheet_and_the_address() {
    // (listen, share sheet, share links)
    check_tools(true, true, true, (true, true, false));
    check_tools(true, false, true, (true, false, true));
    check_tools(false, true, true, (false, true, false));
    check_tools(false, false, true, (false, false, true));
    // Nothing to share: no share tool of either kind.
    check_tools(true, true, false, (true, false, false));
    check_tools(false, false, false, (false, false, false));
}
