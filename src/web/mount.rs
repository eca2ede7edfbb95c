//! Finds every `[data-doctin]` element on the page, reads its settings,
//! and starts a reader in its shadow root.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::{panic, shadow};
use crate::core::config::{self, RouteMode};
use crate::core::ui;
use crate::views::app::App;

#[wasm_bindgen(start)]
pub fn start() {
    panic::install();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("[data-doctin]") else { return };
    // The first reader owns the URL hash unless told otherwise; two readers
    // following one hash would both jump at every link.
    let mut hash_free = true;
    for index in 0..hosts.length() {
        if let Some(host) = hosts.get(index).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            let (config, problems) = config::read(|name| host.get_attribute(name), hash_free);
            hash_free &= config.route != RouteMode::Hash;
            for problem in &problems {
                web_sys::console::warn_1(&format!("doctin: {}", ui::problem(config.lang, problem)).into());
            }
            mount(host, config, problems);
        }
    }
}

fn mount(host: HtmlElement, config: config::Config, problems: Vec<config::Problem>) {
    // The host's own content stays in its light DOM: not shown while the
    // shadow root is there, still read by crawlers and kept if this fails.
    let Some(container) = shadow::attach(&host) else {
        web_sys::console::warn_1(&"doctin: this element cannot hold a reader; use a <div data-doctin>.".into());
        return;
    };
    panic::register(&container, ui::strings(config.lang));
    // The reader lives as long as the page, so its handle is never dropped.
    leptos::mount::mount_to(container, move || view! { <App config=config problems=problems /> }).forget();
}
