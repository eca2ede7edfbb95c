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
    /// The utterances queued, held so that Chromium, which may drop an
    /// utterance it no longer sees referenced, still fires their events.
    /// (Every reader has its own wasm instance, so this is one reader's.)
    /// The reading they belong to comes first.
    static QUEUED: RefCell<(u32, Vec<SpeechSynthesisUtterance>)> = const { RefCell::new((0, Vec::new())) };
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
/// utterance, in a voice for `lang`; `ended` is called once: when the
/// last line has been read, when the synthesizer drops the reading
/// (someone's `cancel()`: an error event, or in some engines an early
/// end with nothing left queued), or at once when nothing could be
/// queued.
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
    let Some(last) = queued.last() else {
        ended();
        return;
    };
    // Only this reading's first end counts: a cancel drops every
    // utterance, and a new reading's queue is not this one's to end.
    let done = Closure::<dyn Fn()>::new(move || {
        let ours = QUEUED.with_borrow_mut(|(at, queued)| *at == reading && !std::mem::take(queued).is_empty());
        if ours {
            ended();
        }
    })
    .into_js_value();
    let paragraph_end = {
        let (synth, done) = (synth.clone(), done.clone());
        Closure::<dyn Fn()>::new(move || {
            if !synth.speaking() && !synth.pending() {
                let _ = done.unchecked_ref::<js_sys::Function>().call0(&JsValue::NULL);
            }
        })
        .into_js_value()
    };
    for utterance in &queued {
        utterance.set_onerror(Some(done.unchecked_ref()));
        utterance.set_onend(Some(paragraph_end.unchecked_ref()));
    }
    last.set_onend(Some(done.unchecked_ref()));
    // Kept before speaking, so that an engine that fails at once still
    // finds the reading its error ends.
    QUEUED.set((reading, queued.clone()));
    for utterance in &queued {
        synth.speak(utterance);
    }
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
