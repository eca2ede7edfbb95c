//! The URL hash as the reader's route, and the history depth that tells
//! "Quay lại" whether going back stays inside the reader.
//!
//! The depth lives in `history.state`, which the browser restores on back
//! and forward: a fresh entry (a link click) has no state yet and gets the
//! previous depth plus one; an entry we have seen carries its own depth.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::core::route::Route;

const DEPTH_KEY: &str = "doctinDepth";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The page's address as the browser shows it.
pub fn page() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Reads this entry's depth, stamping `fresh_depth` on it when it has none.
/// A host page's own state object is left alone (the depth is then 0).
pub fn depth(fresh_depth: u32) -> u32 {
    let Some(history) = window().and_then(|w| w.history().ok()) else {
        return 0;
    };
    let state = history.state().unwrap_or(JsValue::NULL);
    if state.is_null() || state.is_undefined() {
        let stamp = Object::new();
        let _ = Reflect::set(&stamp, &DEPTH_KEY.into(), &fresh_depth.into());
        let _ = history.replace_state(&stamp, "");
        return fresh_depth;
    }
    Reflect::get(&state, &DEPTH_KEY.into())
        .ok()
        .and_then(|v| v.as_f64())
        .map(|d| d as u32)
        .unwrap_or(0)
}

/// Calls `on_change` with the new hash after every `hashchange`. The
/// listener lives as long as the page, like the reader itself.
pub fn listen(on_change: impl Fn(String) + 'static) {
    let Some(window) = window() else { return };
    let closure = Closure::<dyn Fn()>::new(move || on_change(hash()));
    let _ = window.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref());
    closure.forget();
}

pub fn back() {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.back();
    }
}

/// Puts `route` in the address without a new history entry and without a
/// `hashchange`: a search typed letter by letter is one place to go back
/// from, not one per letter.
pub fn replace(route: &Route) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&route.to_hash()));
    }
}

pub fn go(route: &Route) {
    if let Some(window) = window() {
        let _ = window.location().set_hash(&route.to_hash());
    }
}
