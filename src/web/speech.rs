//! Reading an article aloud ("Nghe đọc bài") with the device's speech
//! synthesis, in the article's language, a paragraph per utterance, and
//! stopping only speech that is this reader's own. When to start, pause
//! and stop is the machine's (`core::machine`'s `Toolbar`); this file
//! does it, and shows it on the toolbar's buttons.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::core::tools;
use crate::core::ui::Strings;

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

/// The page's speech synthesis, where the browser has one.
pub fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// A voice for the language `lang` ("vi", "vi-VN", "en-GB"…), if the
/// device has one. Asking early also makes browsers that load voices
/// lazily start loading them.
pub fn voice(lang: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    voices.iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).find(|v| tools::speaks(&v.lang(), lang))
}

/// Whether the device has a voice for `lang` now (`core::tools::HasVoice`).
pub fn has_voice(lang: &str) -> bool {
    voice(lang).is_some()
}

/// Stops reading aloud, when this reader is the one reading: leaving the
/// article, or "Dừng đọc". Another reader's or the host's speech is not
/// this reader's to stop. The toolbar in `root`, if any, offers listening
/// again.
pub fn silence(root: &Element) {
    QUEUED.take();
    if SPEAKING.take() {
        if let Some(synth) = synth() {
            synth.cancel();
        }
    }
    if let Ok(Some(toolbar)) = root.query_selector(".dt-toolbar") {
        reading(&toolbar, false);
    }
}

/// Pauses reading aloud (`paused`) or goes on.
pub fn pause(root: &Element, paused: bool, strings: &Strings) {
    let Some(synth) = synth() else { return };
    if paused {
        synth.pause();
    } else {
        synth.resume();
    }
    // The button says what pressing it does next.
    if let Ok(Some(button)) = root.query_selector("[data-act=pause]") {
        button.set_text_content(Some(if paused { strings.resume } else { strings.pause }));
    }
}

/// Shows the listen button when idle, pause and stop while reading.
pub fn reading(toolbar: &Element, on: bool) {
    for (act, hidden) in [("listen", on), ("pause", !on), ("stop", !on)] {
        if let Ok(Some(button)) = toolbar.query_selector(&format!("[data-act={act}]")) {
            let _ = button.toggle_attribute_with_force("hidden", hidden);
        }
    }
}

/// Reads the article in `root` aloud in a voice for `lang`; `ended` is
/// called when the device has read it all, was interrupted, or could not
/// start.
pub fn listen(root: &Element, lang: &str, ended: impl Fn() + 'static) {
    let found = (synth(), voice(lang), root.query_selector("article").ok().flatten(), root.query_selector(".dt-toolbar").ok().flatten());
    let (Some(synth), Some(voice), Some(article), Some(toolbar)) = found else {
        ended();
        return;
    };
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
    let Some(last) = last else {
        ended();
        return;
    };
    SPEAKING.set(true);
    reading(&toolbar, true);
    // Ended, or interrupted by someone else's `cancel()` (an error
    // event): either way this reader is no longer speaking.
    let done = Closure::<dyn Fn()>::new(move || {
        SPEAKING.set(false);
        QUEUED.take();
        reading(&toolbar, false);
        ended();
    })
    .into_js_value();
    last.set_onend(Some(done.unchecked_ref()));
    last.set_onerror(Some(done.unchecked_ref()));
}


/// Whether this reader is reading aloud now.
pub fn speaking() -> bool {
    SPEAKING.get()
}
