//! Finds every `[data-doctin]` element on the page and starts a reader in
//! each, replacing the fallback content the host put there.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::panic;
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
    host.set_inner_html("");
    panic::register(&host);
    // The reader lives as long as the page, so its handle is never dropped.
    leptos::mount::mount_to(host, move || view! { <App feed_url=feed_url /> }).forget();
}
