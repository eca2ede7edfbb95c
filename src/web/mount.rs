//! Starts one reader in one `[data-doctin]` element.
//!
//! `doctin.js` gives every reader on the page its own instance of this
//! module, and calls `mount` once in each. A panic aborts the instance it
//! happens in, so with one reader per instance it stops only that reader;
//! the others keep their own memory and keep working.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::{panic, shadow, toolbar};
use crate::core::config::{self, RouteMode};
use crate::core::ui;
use crate::views::app::App;

#[wasm_bindgen]
pub fn mount(host: HtmlElement) {
    panic::install();
    // The first reader owns the URL hash unless told otherwise; two readers
    // following one hash would both jump at every link. Every instance
    // reads the readers before its own, so all of them agree on the owner.
    let (config, problems) = config::read(|name| host.get_attribute(name), hash_free(&host));
    for problem in &problems {
        web_sys::console::warn_1(&format!("doctin: {}", ui::problem(config.lang, problem)).into());
    }
    // The host's own content stays in its light DOM: not shown while the
    // shadow root is there, still read by crawlers and kept if this fails.
    let Some(container) = shadow::attach(&host) else {
        web_sys::console::warn_1(&"doctin: this element cannot hold a reader; use a <div data-doctin>.".into());
        return;
    };
    panic::register(&container, ui::strings(config.lang));
    // Some browsers load speech voices only once asked; asking now means
    // "Nghe đọc bài" can be offered when the first article opens.
    let _ = toolbar::voice(config.lang.code());
    // The reader lives as long as the page, so its handle is never dropped.
    leptos::mount::mount_to(container, move || view! { <App config=config problems=problems /> }).forget();
}

/// Whether no reader before `host` in the page takes the hash.
fn hash_free(host: &HtmlElement) -> bool {
    let Some(hosts) = host.owner_document().and_then(|d| d.query_selector_all("[data-doctin]").ok()) else {
        return true;
    };
    let mut free = true;
    for index in 0..hosts.length() {
        let Some(other) = hosts.get(index) else { break };
        if other.is_same_node(Some(host)) {
            break;
        }
        let Ok(other) = other.dyn_into::<HtmlElement>() else { continue };
        free &= config::read(|name| other.get_attribute(name), free).0.route != RouteMode::Hash;
    }
    free
}
