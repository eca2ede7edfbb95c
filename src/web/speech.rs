//! Reading an article aloud ("Nghe đọc bài") with the device's speech
//! synthesis, in the article's language, a paragraph per utterance, and
//! stopping only speech that is this reader's own.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::core::tools;

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
pub fn reading(toolbar: &Element, on: bool) {
    for (act, hidden) in [("listen", on), ("pause", !on), ("stop", !on)] {
        if let Ok(Some(button)) = toolbar.query_selector(&format!("[data-act={act}]")) {
            let _ = button.toggle_attribute_with_force("hidden", hidden);
        }
    }
}

pub fn listen(toolbar: &Element) {
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


/// Whether this reader is reading aloud now.
pub fn speaking() -> bool {
    SPEAKING.get()
}
