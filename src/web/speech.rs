//! Reading aloud with the device's speech synthesis. Whether the reader
//! is reading, what it reads and which buttons show are the machine's
//! (`core::machine`'s `Toolbar`); this file only does what it asks
//! (`Effect::Speak`, `Pause`, `Resume`, `Silence`) and reports what the
//! synthesizer did (`Event::Voices`, `Event::SpeechEnded`).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::core::tools;

thread_local! {
    /// The reading on its way: its number, and its lines not yet over,
    /// held so that Chromium, which may drop an utterance it no longer
    /// sees referenced, still fires their events. (Every reader has its
    /// own wasm instance, so this is one reader's.)
    static QUEUED: RefCell<Option<(u32, Vec<Option<SpeechSynthesisUtterance>>)>> = const { RefCell::new(None) };
}

/// The page's speech synthesis, where the browser has one.
fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

fn voice_list(synth: &SpeechSynthesis) -> Vec<SpeechSynthesisVoice> {
    synth.get_voices().iter().filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok()).collect()
}

/// The language tags of the device's voices (none without speech
/// synthesis). Asking also makes browsers that load voices lazily start
/// loading them.
pub fn voices() -> Vec<String> {
    synth().map(|synth| voice_list(&synth).iter().map(SpeechSynthesisVoice::lang).collect()).unwrap_or_default()
}

/// Calls `changed` with the device's voices whenever the browser's list
/// of them changes (`voiceschanged`): browsers load voices some time
/// after the page, and a voice that arrives late must still offer
/// "Nghe đọc bài".
pub fn on_voices(changed: impl Fn(Vec<String>) + 'static) {
    let Some(synth) = synth() else { return };
    let listener = Closure::<dyn Fn()>::new(move || changed(voices())).into_js_value();
    let _ = synth.add_event_listener_with_callback("voiceschanged", listener.unchecked_ref());
}

/// Reads `lines` aloud as reading number `reading`, a line an
/// utterance, in a voice for `lang`. `ended` is called once: when every
/// line has been read (a line the engine fails to say counts as read),
/// when someone's `cancel()` drops the reading (an `interrupted` or
/// `canceled` error, or, in engines that report a cancel as an end, a
/// line's end with nothing left to say), or at once when nothing could
/// be queued.
pub fn speak(reading: u32, lang: &str, lines: &[String], ended: impl Fn() + 'static) {
    let voice = synth().and_then(|synth| Some((voice_list(&synth).into_iter().find(|v| tools::speaks(&v.lang(), lang))?, synth)));
    let Some((voice, synth)) = voice.filter(|_| !lines.is_empty()) else {
        ended();
        return;
    };
    let queued: Vec<SpeechSynthesisUtterance> = lines
        .iter()
        .filter_map(|line| {
            let utterance = SpeechSynthesisUtterance::new_with_text(line).ok()?;
            utterance.set_voice(Some(&voice));
            utterance.set_lang(&voice.lang());
            Some(utterance)
        })
        .collect();
    if queued.is_empty() {
        ended();
        return;
    }
    let ended = std::rc::Rc::new(ended);
    for (line, utterance) in queued.iter().enumerate() {
        let (at_end, over_at_end) = (synth.clone(), ended.clone());
        let on_end = Closure::<dyn Fn()>::new(move || {
            if line_over(reading, line, false, &at_end) {
                over_at_end();
            }
        });
        let (at_error, over_at_error) = (synth.clone(), ended.clone());
        let on_error = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
            let code = js_sys::Reflect::get(&event, &"error".into()).ok().and_then(|code| code.as_string());
            let dropped = matches!(code.as_deref(), Some("interrupted" | "canceled"));
            if line_over(reading, line, dropped, &at_error) {
                over_at_error();
            }
        });
        utterance.set_onend(Some(on_end.into_js_value().unchecked_ref()));
        utterance.set_onerror(Some(on_error.into_js_value().unchecked_ref()));
    }
    // Kept before speaking, so that an engine that fails at once still
    // finds the reading its error ends.
    QUEUED.set(Some((reading, queued.iter().cloned().map(Some).collect())));
    for utterance in &queued {
        synth.speak(utterance);
    }
}

/// Line `line` of reading `reading` is over, read or `dropped`; says
/// whether that ends the reading, which is then forgotten. Only the
/// reading on its way counts: after `silence`, or once a newer reading
/// is queued, its events change nothing.
fn line_over(reading: u32, line: usize, dropped: bool, synth: &SpeechSynthesis) -> bool {
    QUEUED.with_borrow_mut(|current| {
        let Some((_, lines)) = current.as_mut().filter(|(at, _)| *at == reading) else { return false };
        if let Some(slot) = lines.get_mut(line) {
            *slot = None;
        }
        // A line ends with the page's queue empty: the rest of this
        // reading was dropped by someone's `cancel()`.
        let idle = !synth.speaking() && !synth.pending();
        let over = dropped || idle || lines.iter().all(Option::is_none);
        if over {
            *current = None;
        }
        over
    })
}

/// Pauses reading aloud.
pub fn pause() {
    if let Some(synth) = synth() {
        synth.pause();
    }
}

/// Goes on reading aloud after a pause.
pub fn resume() {
    if let Some(synth) = synth() {
        synth.resume();
    }
}

/// Stops reading aloud. The machine asks only while the reader is the
/// one reading: another reader's or the host's speech is not this
/// reader's to stop.
pub fn silence() {
    QUEUED.take();
    if let Some(synth) = synth() {
        synth.cancel();
    }
}
