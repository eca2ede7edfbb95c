//! Fetching text: a feed's pages and the bodies kept in files of their
//! own. The text is parsed by the core, so "not JSON" and "JSON but not a
//! feed" stay two different messages, and the first page can be saved as
//! the offline copy exactly as received.

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;
use web_sys::{AbortController, RequestInit};

use crate::core::retry;
use crate::core::load::LoadError;

/// The feed's text, or why there is none. The request and its body
/// together may take `seconds`; then the request is aborted. A `retry`
/// goes to the network: the first request may take the answer that
/// `doctin.js` preloaded, but when that one stalled, a retry that took it
/// too would stall with it. A caller that may give up on the answer
/// passes its own `controller`, to abort the request when it does.
pub async fn text(url: &str, seconds: u32, retry: bool, controller: Option<AbortController>) -> Result<String, LoadError> {
    let controller = controller.or_else(|| AbortController::new().ok());
    let abort = controller.clone().map(|c| Closure::once(move || c.abort()));
    let timer = abort.as_ref().zip(web_sys::window()).and_then(|(abort, window)| {
        let millis = i32::try_from(seconds.saturating_mul(1000)).unwrap_or(i32::MAX);
        window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.as_ref().unchecked_ref(), millis).ok()
    });
    let signal = controller.as_ref().map(AbortController::signal);
    let result = fetch(url, signal.as_ref(), retry).await;
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    // The abort closure lives until here, so a late timer never calls a
    // freed closure: the timer is cleared before it is dropped.
    drop(abort);
    match result {
        Err(LoadError::Unreachable) if signal.as_ref().is_some_and(|s| s.aborted()) => Err(LoadError::TimedOut(seconds)),
        other => other,
    }
}

async fn fetch(url: &str, signal: Option<&web_sys::AbortSignal>, retry: bool) -> Result<String, LoadError> {
    // The request is made here rather than by gloo-net's builder, which
    // appends "&" to a URL that has a query ("feed.json?v=2&"): a URL the
    // preload did not ask for, so two requests instead of one.
    let init = RequestInit::new();
    init.set_signal(signal);
    if retry {
        init.set_cache(web_sys::RequestCache::Reload);
    }
    let request = web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| LoadError::Unreachable)?;
    let response = Request::from(request).send().await.map_err(|_| LoadError::Unreachable)?;
    if !response.ok() {
        // Readable only on the same origin, or where the feed's server
        // lists it in Access-Control-Expose-Headers.
        let wait = response.headers().get("retry-after").and_then(|v| retry::after(&v, js_sys::Date::now() as i64));
        return Err(LoadError::Status(response.status(), wait));
    }
    // A body cut off mid-transfer is a network failure, not a bad feed.
    // The bytes are decoded as an XML document declares (RSS from a
    // Vietnamese CMS may be windows-1258), else as UTF-8.
    let bytes = response.binary().await.map_err(|_| LoadError::Unreachable)?;
    super::xml::decode(bytes).map_err(LoadError::Feed)
}
