//! What the article toolbar's buttons do: text size, listening, sharing,
//! printing, and the skip link. The buttons only carry `data-act`; one
//! click listener on the reader's root hands them here, so the toolbar adds
//! no handler of its own per button.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::core::share;
use crate::core::ui::Strings;
use crate::web::storage;

/// The text sizes, as `data-size` on the reader's root (see the
/// stylesheet): 14, 16, 18, 20 and 23 px.
const SIZES: u32 = 5;
pub const DEFAULT_SIZE: u32 = 1;
/// One setting for the whole site, like its other reading preferences.
const SIZE_KEY: &str = "doctin:size";

thread_local! {
    /// Whether this reader is reading aloud. Speech is one queue for the
    /// whole page, shared with the host and other readers, so a reader
    /// stops it only while the speech is its own. (Every reader has its own
    /// wasm instance, so this is one reader's.)
    static SPEAKING: Cell<bool> = const { Cell::new(false) };
    /// The utterances queued, held so that Chromium, which may drop an
    /// utterance it no longer sees referenced, still fires their events.
    static QUEUED: std::cell::RefCell<Vec<SpeechSynthesisUtterance>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The text size this site's reader chose last time.
pub fn saved_size() -> u32 {
    let saved = storage().and_then(|s| s.get_item(SIZE_KEY).ok()?).and_then(|v| v.parse::<u32>().ok());
    saved.filter(|s| *s < SIZES).unwrap_or(DEFAULT_SIZE)
}

fn resize(root: &Element, step: i32) {
    let now = root.get_attribute("data-size").and_then(|v| v.parse::<i32>().ok()).unwrap_or(DEFAULT_SIZE as i32);
    let size = (now + step).clamp(0, SIZES as i32 - 1).to_string();
    let _ = root.set_attribute("data-size", &size);
    if let Some(storage) = storage() {
        let _ = storage.set_item(SIZE_KEY, &size);
    }
}

/// Whether this browser has the Web Share API (phones mostly do).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice for the language `lang` ("vi", "vi-VN", "en-GB"…), if the
/// device has one. Asking early also makes browsers that load voices
/// lazily start loading them.
pub fn voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    synth()?.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).find(|v| {
        let tag = v.lang().to_ascii_lowercase();
        tag == primary || tag.strip_prefix(primary.as_str()).is_some_and(|rest| rest.starts_with(['-', '_']))
    })
}

/// Stops reading aloud, when this reader is the one reading: leaving the
/// article, or "Dừng đọc". Another reader's or the host's speech is not
/// this reader's to stop.
pub fn silence() {
    QUEUED.take();
    if SPEAKING.take() {
        if let Some(synth) = synth() {
            synth.cancel();
        }
    }
}

/// Shows the listen button when idle, pause and stop while reading.
fn reading(toolbar: &Element, on: bool) {
    for (act, hidden) in [("listen", on), ("pause", !on), ("stop", !on)] {
        if let Ok(Some(button)) = toolbar.query_selector(&format!("[data-act={act}]")) {
            let _ = button.toggle_attribute_with_force("hidden", hidden);
        }
    }
}

fn listen(toolbar: &Element) {
    let spoken = toolbar.get_attribute("data-voice").unwrap_or_default();
    let (Some(synth), Some(voice), Some(article)) = (synth(), voice(&spoken), toolbar.closest("article").ok().flatten()) else {
        return;
    };
    // Starting again from the top drops what this reader still had queued.
    silence();
    // Title, lead and body, a paragraph per utterance: long utterances are
    // cut off by some engines, and paragraphs give natural pauses.
    let mut last = None;
    for selector in ["h1", ".dt-lead", ".dt-body"] {
        let Some(part) = article.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        for line in part.inner_text().lines().map(str::trim).filter(|l| !l.is_empty()) {
            let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(line) else { continue };
            utterance.set_voice(Some(&voice));
            utterance.set_lang(&voice.lang());
            synth.speak(&utterance);
            QUEUED.with_borrow_mut(|queued| queued.push(utterance.clone()));
            last = Some(utterance);
        }
    }
    if let Some(last) = last {
        SPEAKING.set(true);
        reading(toolbar, true);
        // Ended, or interrupted by someone else's `cancel()` (an error
        // event): either way this reader is no longer speaking.
        let done = Closure::<dyn Fn()>::new({
            let toolbar = toolbar.clone();
            move || {
                SPEAKING.set(false);
                QUEUED.take();
                reading(&toolbar, false);
            }
        })
        .into_js_value();
        last.set_onend(Some(done.unchecked_ref()));
        last.set_onerror(Some(done.unchecked_ref()));
    }
}

fn say(toolbar: &Element, text: &str) {
    if let Ok(Some(said)) = toolbar.query_selector(".dt-said") {
        said.set_text_content(Some(text));
    }
}

/// Puts the toolbar's buttons into `toolbar`, replacing any there. Tools
/// that cannot work here are hidden: "Nghe đọc bài" without a voice in the
/// article's language `spoken`, the share button where the browser has no
/// share sheet (copying the link, Facebook and Zalo stand in for it), and
/// every share tool when there is no `url` to share.
pub fn fill(toolbar: &Element, strings: &'static Strings, spoken: &str, url: Option<&str>) {
    let Some(document) = toolbar.owner_document() else { return };
    let mute = voice(spoken).is_none();
    let native = can_share() || url.is_none();
    let shareless = url.is_none();
    let url = url.unwrap_or_default();
    let (facebook, zalo) = (share::facebook(url), share::zalo(url));
    // (data-act or link, text, accessible name, hidden)
    let tools: [(&str, &str, &str, bool); 10] = [
        ("smaller", "A−", strings.smaller, false),
        ("larger", "A+", strings.larger, false),
        ("listen", strings.listen, "", mute),
        ("pause", strings.pause, "", true),
        ("stop", strings.stop, "", true),
        ("share", strings.share, "", !native || shareless),
        ("copy", strings.copy, "", native),
        (&facebook, "Facebook", "", native),
        (&zalo, "Zalo", "", native),
        ("print", strings.print, "", false),
    ];
    toolbar.replace_children_with_node_0();
    for (act, text, name, hidden) in tools {
        let link = act.starts_with("https:");
        let Ok(tool) = document.create_element(if link { "a" } else { "button" }) else { continue };
        let _ = tool.set_attribute("class", "dt-tool");
        if link {
            let _ = tool.set_attribute("href", act);
            let _ = tool.set_attribute("target", "_blank");
            let _ = tool.set_attribute("rel", "noopener noreferrer");
        } else {
            let _ = tool.set_attribute("type", "button");
            let _ = tool.set_attribute("data-act", act);
        }
        // "A−" alone tells a screen reader little; the name says what it
        // does and still starts with what is on the button.
        if !name.is_empty() {
            let _ = tool.set_attribute("aria-label", &format!("{text} {name}"));
            let _ = tool.set_attribute("title", name);
        }
        let _ = tool.toggle_attribute_with_force("hidden", hidden);
        tool.set_text_content(Some(text));
        let _ = toolbar.append_child(&tool);
    }
    // Where "Đã sao chép" is said.
    if let Ok(said) = document.create_element("span") {
        let _ = said.set_attribute("class", "dt-said");
        let _ = said.set_attribute("role", "status");
        let _ = toolbar.append_child(&said);
    }
    // The article is drawn again when "Xem tiếp" pages its related list;
    // reading aloud goes on, and so must its buttons.
    if SPEAKING.get() {
        reading(toolbar, true);
    }
}

/// Waits for `promise`, then says `done` or `failed` in the toolbar. One
/// function for both promises, because each future type adds its own
/// executor code to the bundle.
fn settle(promise: js_sys::Promise, toolbar: Element, done: &'static str, failed: &'static str) {
    leptos::task::spawn_local(async move {
        let ok = JsFuture::from(promise).await.is_ok();
        say(&toolbar, if ok { done } else { failed });
    });
}

/// Runs the action of `button` (its `data-act`) in the reader whose root
/// is `root`.
pub fn act(button: &Element, root: &Element, strings: &'static Strings) {
    let action = button.get_attribute("data-act").unwrap_or_default();
    let toolbar = button.closest(".dt-toolbar").ok().flatten();
    let url = toolbar.as_ref().and_then(|t| t.get_attribute("data-url")).unwrap_or_default();
    match (action.as_str(), toolbar) {
        ("skip", _) => {
            if let Some(title) = root.query_selector("h1").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                let _ = title.focus();
            }
        }
        ("smaller", _) => resize(root, -1),
        ("larger", _) => resize(root, 1),
        ("print", _) => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        ("listen", Some(toolbar)) => listen(&toolbar),
        ("pause", _) => {
            if let Some(synth) = synth() {
                let paused = synth.paused();
                if paused {
                    synth.resume();
                } else {
                    synth.pause();
                }
                button.set_text_content(Some(if paused { strings.pause } else { strings.resume }));
            }
        }
        ("stop", Some(toolbar)) => {
            silence();
            reading(&toolbar, false);
        }
        ("share", Some(toolbar)) => {
            let Some(window) = web_sys::window() else { return };
            let data = web_sys::ShareData::new();
            data.set_url(&url);
            data.set_title(&toolbar.get_attribute("data-title").unwrap_or_default());
            // Closing the share sheet rejects the promise; that is no error
            // and needs no word.
            settle(window.navigator().share_with_data(&data), toolbar, "", "");
        }
        ("copy", Some(toolbar)) => {
            let Some(window) = web_sys::window() else { return };
            settle(window.navigator().clipboard().write_text(&url), toolbar, strings.copied, strings.copy_failed);
        }
        _ => {}
    }
}
