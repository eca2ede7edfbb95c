//! Finds every `[data-doctin]` element on the page and starts a reader in
//! each, replacing the fallback content the host put there.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::{panic, shadow};
use crate::views::app::App;

#[wasm_bindgen(start)]
pub fn start() {
    panic::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("[data-doctin]") else { return };
    for index in 0..hosts.length() {
        if let Some(host) = hosts.get(index).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            mount(host);
        }
    }
}

fn mount(host: HtmlElement) {
    let feed_url = host.get_attribute("data-feed").filter(|url| !url.trim().is_empty());
    // The host's own content stays in its light DOM: not shown while the
    // shadow root is there, still read by crawlers and kept if this fails.
    let Some(container) = shadow::attach(&host) else {
        web_sys::console::warn_1(&"doctin: this element cannot hold a reader; use a <div data-doctin>.".into());
        return;
    };
    panic::register(&container);
    // The reader lives as long as the page, so its handle is never dropped.
    leptos::mount::mount_to(container, move || view! { <App feed_url=feed_url /> }).forget();
}
