//! The article toolbar as machine events: text size, reading aloud,
//! sharing, printing and the skip link, each press a step.

mod steps;

use steps::*;

/// A reader of `FIRST` in hash mode on a device with a Vietnamese voice,
/// text size 3 kept from last time, and a share sheet when `share_sheet`.
fn reader(share_sheet: bool) -> Machine {
    let device = Device { has_voice: |lang| lang == "vi", share_sheet, size: 3 };
    Machine::new(Lang::Vi, RouteMode::Hash, vec![FIRST.into()]).showing("https://hdnd.example.vn/tin.html".into(), 10).on_device(device)
}

/// The first page: three items s1…s3, none with an address of its own.
fn opened(hash: &str) -> [(Event, &'static str); 2] {
    [(start(hash), "fetch#1 index.json"), (ok(1, page("s", 3, 30, None)), "save")]
}

#[track_caller]
fn check_tools(share_sheet: bool, hash: &str, presses: &[(Event, &str)], screen: &str) {
    let steps: Vec<(Event, &str)> = opened(hash).into_iter().chain(presses.iter().cloned()).collect();
    run_on(reader(share_sheet), false, &steps, screen);
}

fn press(tool: Tool) -> Event {
    Event::Tool(tool)
}

#[test]
fn the_text_size_steps_within_its_five_sizes_from_the_one_kept() {
    let larger = || (press(Tool::Larger), "size 4");
    check_tools(false, "#/", &[larger(), (press(Tool::Larger), "size 4"), (press(Tool::Smaller), "size 3")], "latest 3 of 3");
    let smaller = |size| (press(Tool::Smaller), size);
    check_tools(false, "#/bai/s1", &[smaller("size 2"), smaller("size 1"), smaller("size 0"), smaller("size 0")], "article s1 of 3: <p>s1</p>");
}

#[test]
fn reading_aloud_starts_pauses_goes_on_and_stops_only_when_reading() {
    check_tools(
        false,
        "#/bai/s1",
        &[
            (press(Tool::Pause), "-"),
            (press(Tool::Stop), "-"),
            (press(Tool::Listen), "speak vi"),
            (press(Tool::Pause), "pause true"),
            (press(Tool::Pause), "pause false"),
            (press(Tool::Stop), "silence"),
            (press(Tool::Stop), "-"),
            // Stopped while paused, it goes on first: Chromium keeps a
            // cancelled synthesizer paused, silencing the next reading.
            (press(Tool::Listen), "speak vi"),
            (press(Tool::Pause), "pause true"),
            (press(Tool::Stop), "pause false, silence"),
            // Listening again while reading starts over from the top.
            (press(Tool::Listen), "speak vi"),
            (press(Tool::Listen), "silence, speak vi"),
        ],
        "article s1 of 3: <p>s1</p>",
    );
}

#[test]
fn leaving_the_article_silences_it_unless_the_device_already_finished() {
    let listen = || (press(Tool::Listen), "speak vi");
    check_tools(false, "#/bai/s1", &[listen(), (hash("#/bai/s2"), "silence, shown")], "article s2 of 3: <p>s2</p>");
    check_tools(false, "#/bai/s1", &[listen(), (Event::SpeechEnded, "-"), (hash("#/"), "shown"), (press(Tool::Stop), "-")], "latest 3 of 3");
    // Paused speech is stopped too.
    check_tools(false, "#/bai/s1", &[listen(), (press(Tool::Pause), "pause true"), (hash("#/"), "pause false, silence, shown")], "latest 3 of 3");
}

#[test]
fn the_article_tools_need_an_article_that_offers_them() {
    // No article on screen: nothing to read or share.
    let none = |tool| (press(tool), "-");
    check_tools(false, "#/", &[none(Tool::Listen), none(Tool::Share), none(Tool::Copy)], "latest 3 of 3");
    // Without a share sheet, the link is copied; with one, it opens.
    let link = "https://hdnd.example.vn/tin.html#/bai/s2";
    check_tools(false, "#/bai/s2", &[none(Tool::Share), (press(Tool::Copy), &format!("copy {link}"))], "article s2 of 3: <p>s2</p>");
    check_tools(true, "#/bai/s2", &[(press(Tool::Share), &format!("share {link} \"Tin s 2\"")), none(Tool::Copy)], "article s2 of 3: <p>s2</p>");
}

#[test]
fn an_article_in_a_language_without_a_voice_is_not_read_aloud() {
    let english = r#"{"title":"Tin","language":"en","items":[{"id":"e1","title":"News","content_text":"x"}]}"#;
    run_on(
        reader(false),
        false,
        &[(start("#/bai/e1"), "fetch#1 index.json"), (ok(1, english.into()), "save"), (press(Tool::Listen), "-")],
        "article e1 of 1: Text(\"x\")",
    );
}

#[test]
fn the_skip_link_and_print_need_nothing_on_screen() {
    check_tools(false, "#/", &[(press(Tool::Skip), "focus title"), (press(Tool::Print), "print")], "latest 3 of 3");
}

#[track_caller]
fn check_parse(act: &str, expected: Option<Tool>) {
    assert_eq!(Tool::parse(act), expected, "data-act={act:?}");
}

#[test]
fn a_button_names_its_tool_by_its_data_act() {
    check_parse("skip", Some(Tool::Skip));
    check_parse("smaller", Some(Tool::Smaller));
    check_parse("larger", Some(Tool::Larger));
    check_parse("listen", Some(Tool::Listen));
    check_parse("pause", Some(Tool::Pause));
    check_parse("stop", Some(Tool::Stop));
    check_parse("share", Some(Tool::Share));
    check_parse("copy", Some(Tool::Copy));
    check_parse("print", Some(Tool::Print));
    // The reader's own buttons are events of their own, not tools.
    check_parse("retry", None);
    check_parse("more", None);
    check_parse("Listen", None);
    check_parse("", None);
}
