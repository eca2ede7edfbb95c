//! The article toolbar as machine events: text size, reading aloud,
//! sharing, printing and the skip link, each press a step. Every step
//! also says what the speech buttons show after it (`Machine::speech`):
//! the machine is the only one that knows.

mod steps;

use doctin::core::names::Act;
use doctin::core::tools::Speech;
use steps::*;

/// A reader of `FIRST` in hash mode on a device with a Vietnamese voice,
/// text size 3 kept from last time, and a share sheet when `share_sheet`.
fn reader(share_sheet: bool) -> Machine {
    let device = Device { share_sheet, size: 3 };
    let mut machine = Machine::new(Lang::Vi, RouteMode::Hash, vec![FIRST.into()]).showing("https://hdnd.example.vn/tin.html".into(), 5, 1).on_device(device);
    machine.update(Event::Voices(vec!["vi-VN".into()]));
    machine
}

/// Starts on `hash`; the first page is three items s1…s3 of one section,
/// none with an address of its own: request 1.
fn opened(hash: &str) -> [(Event, &'static str); 2] {
    let three = page("s", 3, 30, None).replace(r#""content_html""#, r#""_doctin":{"section":"Tin"},"content_html""#);
    [(start(hash), "fetch#1 index.json | silent"), (ok(1, three), "save | silent")]
}

/// Runs `presses` on a reader opened on `hash`: each step's effects ("-"
/// for none), then " | " and what the speech buttons show; the last line
/// is the screen.
#[track_caller]
fn check_tools(share_sheet: bool, hash: &str, presses: &[(Event, &str)], screen: &str) {
    let mut machine = reader(share_sheet);
    for (at, (event, expected)) in opened(hash).iter().chain(presses).enumerate() {
        let effects: Vec<String> = machine.update(event.clone()).iter().filter(|e| !matches!(e, Effect::Emit(_))).map(effect).collect();
        let effects = if effects.is_empty() { "-".to_string() } else { effects.join(", ") };
        let speech = match machine.speech() {
            Speech::Silent => "silent",
            Speech::Reading => "reading",
            Speech::Paused => "paused",
        };
        assert_eq!(format!("{effects} | {speech}"), *expected, "step {} ({event:?})", at + 1);
    }
    assert_eq!(show(&machine.screen()), screen);
}

fn press(tool: Tool) -> Event {
    Event::Tool(tool)
}

/// What "Nghe đọc bài" reads of s1, as reading number `n`.
fn speak(n: u32) -> String {
    format!("speak#{n} vi: Tin s 1 / s1 | reading")
}

const S1: &str = "article s1 of 3: <p>s1</p>";

#[test]
fn the_text_size_steps_within_its_five_sizes_from_the_one_kept() {
    let larger = || (press(Tool::Larger), "size 4 | silent");
    check_tools(false, "#/", &[larger(), (press(Tool::Larger), "size 4 | silent"), (press(Tool::Smaller), "size 3 | silent")], "latest 3 of 3");
    let smaller = |size| (press(Tool::Smaller), size);
    check_tools(false, "#/bai/s1", &[smaller("size 2 | silent"), smaller("size 1 | silent"), smaller("size 0 | silent"), smaller("size 0 | silent")], S1);
}

#[test]
fn reading_aloud_reads_the_title_lead_and_body_a_paragraph_a_line() {
    let lead = r#"{"title":"Tin","items":[{"id":"l1","title":"Kỳ họp thứ 9","summary":"Khai mạc sáng nay.","content_html":"<p>Đoạn một.</p><p>Đoạn <b>hai</b>.<br>Dòng ba.</p>"}]}"#;
    let mut machine = reader(false);
    machine.update(start("#/bai/l1"));
    machine.update(ok(1, lead.into()));
    let effects: Vec<String> = machine.update(press(Tool::Listen)).iter().map(effect).collect();
    assert_eq!(effects, ["speak#2 vi: Kỳ họp thứ 9 / Khai mạc sáng nay. / Đoạn một. / Đoạn hai. / Dòng ba."]);
}

#[test]
fn reading_aloud_starts_pauses_goes_on_and_stops_only_when_reading() {
    check_tools(
        false,
        "#/bai/s1",
        &[
            (press(Tool::Pause), "- | silent"),
            (press(Tool::Stop), "- | silent"),
            (press(Tool::Listen), &speak(2)),
            (press(Tool::Pause), "pause | paused"),
            (press(Tool::Pause), "resume | reading"),
            (press(Tool::Stop), "silence | silent"),
            (press(Tool::Stop), "- | silent"),
            // Stopped while paused, it goes on first: Chromium keeps a
            // cancelled synthesizer paused, silencing the next reading.
            (press(Tool::Listen), &speak(3)),
            (press(Tool::Pause), "pause | paused"),
            (press(Tool::Stop), "resume, silence | silent"),
            // Listening again while reading starts over from the top.
            (press(Tool::Listen), &speak(4)),
            (press(Tool::Listen), &format!("silence, {}", speak(5))),
            // The end of the reading replaced is stale; this one's counts.
            (Event::SpeechEnded(4), "- | reading"),
            (Event::SpeechEnded(5), "- | silent"),
        ],
        S1,
    );
}

#[test]
fn speech_that_ends_while_paused_leaves_the_synthesizer_going() {
    // The host (or another reader) cancels the page's speech while this
    // reader is paused: the synthesizer stays paused in Chromium, so the
    // reader resumes it, and the next reading is heard.
    check_tools(
        false,
        "#/bai/s1",
        &[
            (press(Tool::Listen), &speak(2)),
            (press(Tool::Pause), "pause | paused"),
            (Event::SpeechEnded(2), "resume | silent"),
            (press(Tool::Stop), "- | silent"),
            (press(Tool::Listen), &speak(3)),
        ],
        S1,
    );
}

#[test]
fn the_host_cancelling_speech_offers_listening_again() {
    check_tools(false, "#/bai/s1", &[(press(Tool::Listen), &speak(2)), (Event::SpeechEnded(2), "- | silent"), (press(Tool::Stop), "- | silent")], S1);
}

#[test]
fn a_redraw_while_paused_keeps_it_paused() {
    // "Xem tiếp" in the related list draws the article again; the pause
    // button still says "Đọc tiếp", and pressing it goes on.
    check_tools(
        false,
        "#/bai/s1",
        &[
            (press(Tool::Listen), &speak(2)),
            (press(Tool::Pause), "pause | paused"),
            (Event::More, "- | paused"),
            (press(Tool::Pause), "resume | reading"),
        ],
        S1,
    );
}

#[test]
fn leaving_the_article_silences_it_unless_the_device_already_finished() {
    let listen = || (press(Tool::Listen), speak(2));
    let listen = listen();
    let listen = (listen.0, listen.1.as_str());
    check_tools(false, "#/bai/s1", &[listen.clone(), (hash("#/bai/s2"), "silence, shown | silent")], "article s2 of 3: <p>s2</p>");
    check_tools(false, "#/bai/s1", &[listen.clone(), (Event::SpeechEnded(2), "- | silent"), (hash("#/"), "shown | silent"), (press(Tool::Stop), "- | silent")], "latest 3 of 3");
    // Paused speech is stopped too, and resumed first.
    check_tools(false, "#/bai/s1", &[listen, (press(Tool::Pause), "pause | paused"), (hash("#/"), "resume, silence, shown | silent")], "latest 3 of 3");
}

#[test]
fn voices_that_arrive_late_offer_listening_then() {
    let mut machine = Machine::new(Lang::Vi, RouteMode::Hash, vec![FIRST.into()]);
    let listens = |machine: &Machine| matches!(machine.screen(), Screen::Article(ArticleScreen { tools, .. }) if tools.listen);
    machine.update(start("#/bai/s1"));
    machine.update(ok(1, page("s", 3, 30, None)));
    assert!(!listens(&machine), "no voice yet");
    assert_eq!(machine.update(press(Tool::Listen)), []);
    machine.update(Event::Voices(vec!["en-US".into()]));
    assert!(!listens(&machine), "no Vietnamese voice");
    machine.update(Event::Voices(vec!["en-US".into(), "vi-VN".into()]));
    assert!(listens(&machine), "a Vietnamese voice came");
    assert_eq!(machine.update(press(Tool::Listen)).iter().map(effect).collect::<Vec<_>>(), ["speak#2 vi: Tin s 1 / s1"]);
}

#[test]
fn the_article_tools_need_an_article_that_offers_them() {
    // No article on screen: nothing to read or share.
    let none = |tool| (press(tool), "- | silent");
    check_tools(false, "#/", &[none(Tool::Listen), none(Tool::Share), none(Tool::Copy)], "latest 3 of 3");
    // Without a share sheet, the link is copied; with one, it opens.
    let link = "https://hdnd.example.vn/tin.html#/bai/s2";
    let copy = format!("copy {link} | silent");
    check_tools(false, "#/bai/s2", &[none(Tool::Share), (press(Tool::Copy), &copy)], "article s2 of 3: <p>s2</p>");
    let share = format!("share {link} \"Tin s 2\" | silent");
    check_tools(true, "#/bai/s2", &[(press(Tool::Share), &share), none(Tool::Copy)], "article s2 of 3: <p>s2</p>");
}

#[test]
fn an_untitled_article_is_shared_as_untitled() {
    let untitled = r#"{"title":"Tin","items":[{"id":"u1","content_text":"x"}]}"#;
    let mut machine = reader(true);
    machine.update(start("#/bai/u1"));
    machine.update(ok(1, untitled.into()));
    let effects: Vec<String> = machine.update(press(Tool::Share)).iter().map(effect).collect();
    assert_eq!(effects, ["share https://hdnd.example.vn/tin.html#/bai/u1 \"(Không có tiêu đề)\""]);
}

#[test]
fn an_article_in_a_language_without_a_voice_is_not_read_aloud() {
    let english = r#"{"title":"Tin","language":"en","items":[{"id":"e1","title":"News","content_text":"x"}]}"#;
    let mut machine = reader(false);
    machine.update(start("#/bai/e1"));
    machine.update(ok(1, english.into()));
    assert_eq!(machine.update(press(Tool::Listen)), []);
    assert_eq!(show(&machine.screen()), "article e1 of 1: Text(\"x\")");
}

#[test]
fn the_skip_link_and_print_need_nothing_on_screen() {
    check_tools(false, "#/", &[(press(Tool::Skip), "focus title | silent"), (press(Tool::Print), "print | silent")], "latest 3 of 3");
}

#[track_caller]
fn check_act(value: &str, expected: Option<Act>) {
    assert_eq!(Act::parse(value), expected, "data-act={value:?}");
}

#[test]
fn a_button_names_what_it_does_by_its_data_act() {
    check_act("retry", Some(Act::Retry));
    check_act("back", Some(Act::Back));
    check_act("more", Some(Act::More));
    check_act("body", Some(Act::RetryBody));
    check_act("skip", Some(Act::Tool(Tool::Skip)));
    check_act("smaller", Some(Act::Tool(Tool::Smaller)));
    check_act("larger", Some(Act::Tool(Tool::Larger)));
    check_act("listen", Some(Act::Tool(Tool::Listen)));
    check_act("pause", Some(Act::Tool(Tool::Pause)));
    check_act("stop", Some(Act::Tool(Tool::Stop)));
    check_act("share", Some(Act::Tool(Tool::Share)));
    check_act("copy", Some(Act::Tool(Tool::Copy)));
    check_act("print", Some(Act::Tool(Tool::Print)));
    check_act("Listen", None);
    check_act("", None);
}

#[test]
fn every_act_reads_back_as_itself() {
    for act in Act::ALL {
        check_act(act.as_str(), Some(act));
    }
}
