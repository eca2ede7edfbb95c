//! Fetching the feed. The body is read as text and parsed by the core, so
//! "not JSON" and "JSON but not a feed" stay two different messages.

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use web_sys::AbortController;

use crate::core::model::Feed;
use crate::core::normalize;
use crate::core::ui::LoadError;

/// How long the request and its body may take before the reader gives up
/// and offers "Thử lại": a mobile connection that stalls must not leave
/// "Đang tải…" on screen forever.
const TIMEOUT_MS: i32 = 10_000;

pub async fn feed(url: &str) -> Result<Feed, LoadError> {
    let controller = AbortController::new().ok();
    let abort = controller.clone().map(|c| Closure::once(move || c.abort()));
    let timer = abort.as_ref().zip(web_sys::window()).and_then(|(abort, window)| {
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(abort.as_ref().unchecked_ref(), TIMEOUT_MS)
            .ok()
    });
    let signal = controller.as_ref().map(AbortController::signal);
    let result = fetch(url, signal.as_ref()).await;
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    // The abort closure lives until here, so a late timer never calls a
    // freed closure: the timer is cleared before it is dropped.
    drop(abort);
    match result {
        Err(LoadError::Unreachable) if signal.as_ref().is_some_and(|s| s.aborted()) => Err(LoadError::TimedOut),
        other => other,
    }
}

async fn fetch(url: &str, signal: Option<&web_sys::AbortSignal>) -> Result<Feed, LoadError> {
    let response = Request::get(url).abort_signal(signal).send().await.map_err(|_| LoadError::Unreachable)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // A body cut off mid-transfer is a network failure, not a bad feed.
    let text = response.text().await.map_err(|_| LoadError::Unreachable)?;
    normalize::parse(&text).map_err(LoadError::Feed)
}
