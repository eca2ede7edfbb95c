//! Runs one reader's `core::machine::Machine`: hands it events, puts its
//! screen in the signal the views draw from, and performs the effects it
//! asks for (requests, timers, storage, the live region, the hash).
//!
//! Every reader has a wasm instance of its own (see `mount`), so the
//! thread-locals here are one reader's.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

use super::{events, fetch, history, saved, share, speech, text_size, timing};
use crate::core::config::Config;
use crate::core::machine::{Effect, Event, Machine};
use crate::core::names::Hook;
use crate::core::screen::Screen;
use crate::core::tools::Speech;
use crate::core::ui;

thread_local! {
    static MACHINE: RefCell<Option<Machine>> = const { RefCell::new(None) };
    /// The requests on their way, to abort when the machine says so.
    static REQUESTS: RefCell<Vec<(u32, AbortController)>> = const { RefCell::new(Vec::new()) };
    /// The timers set, by the machine's number, with the browser's handle.
    static TIMERS: RefCell<Vec<(u32, i32)>> = const { RefCell::new(Vec::new()) };
}

/// The handle the views and listeners send events through.
#[derive(Clone, Copy)]
pub struct Driver {
    pub screen: RwSignal<Screen>,
    /// Reading aloud, as the machine says: only the toolbar's speech
    /// buttons follow it.
    pub speech: RwSignal<Speech>,
    pub root: NodeRef<leptos::html::Div>,
    pub config: &'static Config,
}

impl Driver {
    /// Takes over `machine`, showing its first screen.
    pub fn new(machine: Machine, root: NodeRef<leptos::html::Div>, config: &'static Config) -> Driver {
        let (screen, speech) = (RwSignal::new(machine.screen()), RwSignal::new(machine.speech()));
        MACHINE.set(Some(machine));
        Driver { screen, speech, root, config }
    }

    /// This history entry's depth inside the reader, as the machine knows it.
    pub fn depth(self) -> u32 {
        MACHINE.with_borrow(|m| m.as_ref().map_or(0, Machine::depth))
    }

    /// Hands `event` to the machine, redraws if the screen changed, then
    /// performs the effects. The machine is not borrowed while effects
    /// run, so an effect may send the next event.
    pub fn send(self, event: Event) {
        let page = matches!(event, Event::Page { .. });
        if page {
            timing::mark("doctin:page-came");
        }
        let Some((effects, screen, speech)) = MACHINE.with_borrow_mut(|machine| {
            let machine = machine.as_mut()?;
            let effects = machine.update(event);
            Some((effects, machine.screen(), machine.speech()))
        }) else {
            return;
        };
        if page {
            timing::mark("doctin:page-read");
        }
        if !self.screen.with_untracked(|drawn| *drawn == screen) {
            self.screen.set(screen);
        }
        if self.speech.get_untracked() != speech {
            self.speech.set(speech);
        }
        for effect in effects {
            self.perform(effect);
        }
    }

    fn perform(self, effect: Effect) {
        let strings = ui::strings(self.config.lang);
        let root = self.root.get_untracked();
        match effect {
            Effect::Fetch { request, url, body, fresh } => {
                let controller = AbortController::new().ok();
                if let Some(controller) = controller.clone() {
                    REQUESTS.with_borrow_mut(|requests| requests.push((request, controller)));
                }
                spawn_local(async move {
                    let result = fetch::text(&url, self.config.timeout, fresh, controller).await;
                    REQUESTS.with_borrow_mut(|requests| requests.retain(|(r, _)| *r != request));
                    self.send(if body { Event::Body { request, result } } else { Event::Page { request, result } });
                });
            }
            Effect::Abort(request) => {
                let aborted = REQUESTS.with_borrow_mut(|requests| {
                    let at = requests.iter().position(|(r, _)| *r == request)?;
                    Some(requests.swap_remove(at).1)
                });
                if let Some(controller) = aborted {
                    controller.abort();
                }
            }
            Effect::Save { url, text } => saved::write(&url, &text),
            Effect::Forget(url) => saved::forget(&url),
            Effect::Wait { timer, seconds } => {
                let fire = Closure::once_into_js(move || {
                    TIMERS.with_borrow_mut(|timers| timers.retain(|(t, _)| *t != timer));
                    self.send(Event::Timer(timer));
                });
                let millis = i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
                let handle = web_sys::window()
                    .and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), millis).ok());
                if let Some(handle) = handle {
                    TIMERS.with_borrow_mut(|timers| timers.push((timer, handle)));
                }
            }
            Effect::StopWaiting(timer) => {
                let handle = TIMERS.with_borrow_mut(|timers| {
                    let at = timers.iter().position(|(t, _)| *t == timer)?;
                    Some(timers.swap_remove(at).1)
                });
                if let (Some(handle), Some(window)) = (handle, web_sys::window()) {
                    window.clear_timeout_with_handle(handle);
                }
            }
            Effect::SetHash(route) => history::go(&route),
            Effect::ReplaceHash(route) => history::replace(&route),
            Effect::HistoryBack => history::back(),
            Effect::Focus => self.focus(),
            Effect::Print => {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }
            Effect::Speak { reading, lang, lines } => speech::speak(reading, &lang, &lines, move || self.send(Event::SpeechEnded(reading))),
            Effect::Pause => speech::pause(),
            Effect::Resume => speech::resume(),
            Effect::Silence => speech::silence(),
            // The rest happen on the reader's own elements; without its
            // root (the reader is gone) there is nothing to do them on.
            effect => {
                let Some(root) = root else { return };
                match effect {
                    Effect::Announce(text) => {
                        if let Ok(Some(region)) = root.query_selector(&Hook::Notice.selector()) {
                            region.set_text_content(Some(&text));
                        }
                    }
                    Effect::OfferRetry(offer) => {
                        if let Ok(Some(button)) = root.query_selector(&Hook::RetryFeeds.selector()) {
                            let _ = button.toggle_attribute_with_force("hidden", !offer);
                        }
                    }
                    Effect::Emit(event) => events::emit(&root, &event),
                    Effect::FocusTitle => focus_title(&root),
                    Effect::TextSize(size) => text_size::set(&root, size),
                    Effect::Share { url, title } => share::share(&root, &url, &title),
                    Effect::Copy(url) => share::copy(&root, &url, strings),
                    _ => {}
                }
            }
        }
    }

    /// A link near the bottom of a long article must not open the next one
    /// scrolled to its end. Focus moves to the new view's title once it is
    /// drawn, so keyboard and screen-reader users land on it and hear it.
    fn focus(self) {
        let root = self.root;
        if let Some(root) = root.get_untracked() {
            if root.get_bounding_client_rect().top() < 0.0 {
                root.scroll_into_view();
            }
        }
        request_animation_frame(move || {
            if let Some(root) = root.get_untracked() {
                focus_title(&root);
            }
        });
    }
}

/// Moves focus to the title of the view in `root`, if it has one.
fn focus_title(root: &web_sys::Element) {
    if let Some(title) = root.query_selector(&Hook::Title.selector()).ok().flatten().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = title.focus();
    }
}
