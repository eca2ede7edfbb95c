//! Sharing an article: the device's share sheet ("Chia sẻ") or the
//! clipboard ("Sao chép liên kết"), and what the toolbar says after.
//! The address and title are the machine's (`Effect::Share`, `Effect::Copy`).

use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::core::names::Hook;
use crate::core::ui::Strings;

/// Whether this browser has the Web Share API (phones mostly do).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

/// Waits for `promise`, then says `done` or `failed` in the toolbar in
/// `root`. One function for both promises, because each future type adds
/// its own executor code to the bundle.
fn settle(promise: js_sys::Promise, root: &Element, done: &'static str, failed: &'static str) {
    let Ok(Some(said)) = root.query_selector(&Hook::Said.selector()) else { return };
    leptos::task::spawn_local(async move {
        let ok = JsFuture::from(promise).await.is_ok();
        said.set_text_content(Some(if ok { done } else { failed }));
    });
}

/// Opens the device's share sheet for `url` and `title`.
pub fn share(root: &Element, url: &str, title: &str) {
    let Some(window) = web_sys::window() else { return };
    let data = web_sys::ShareData::new();
    data.set_url(url);
    data.set_title(title);
    // Closing the share sheet rejects the promise; that is no error and
    // needs no word.
    settle(window.navigator().share_with_data(&data), root, "", "");
}

/// Copies `url` to the clipboard, and says whether it worked.
pub fn copy(root: &Element, url: &str, strings: &'static Strings) {
    let Some(window) = web_sys::window() else { return };
    settle(window.navigator().clipboard().write_text(url), root, strings.copied, strings.copy_failed);
}
