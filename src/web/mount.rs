//! Starts one reader in one `[data-doctin]` element.
//!
//! `doctin.js` gives every reader on the page its own instance of this
//! module, and calls `mount` once in each. A panic aborts the instance it
//! happens in, so with one reader per instance it stops only that reader;
//! the others keep their own memory and keep working.
//!
//! Until the reader has rendered, the host element stays exactly as the
//! webmaster wrote it: the first render happens in an element that is not
//! in the page, and the shadow root (which hides the host's own content
//! and cannot be taken off again) is attached only after it. Only then
//! does the reader start (`web::start`): its requests, its storage and
//! history, its hash listener. A start that fails in any way, a panic
//! included, leaves the host's fallback visible and the page untouched
//! (but for the entry's preloads), which is what doctin.js's "the page's
//! own content stays" promises.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::{panic, shadow, start, timing};
use crate::core::config::{self, Config, RouteMode};
use crate::core::route::Route;
use crate::core::ui;
use crate::views::app::App;

#[wasm_bindgen]
pub fn mount(host: HtmlElement) {
    timing::mark("doctin:mount");
    panic::install();
    // The first reader owns the URL hash unless told otherwise; two readers
    // following one hash would both jump at every link. Every instance
    // reads the readers before its own, so all of them agree on the owner.
    let (config, problems) = config::read(|name| host.get_attribute(name), hash_free(&host));
    // A misconfigured embed neither guesses nor starts: the webmaster reads
    // what is wrong in the console, one problem per line, and readers keep
    // the page's own content.
    if !problems.is_empty() {
        web_sys::console::warn_1(&ui::not_started(config.lang, &problems).into());
        return;
    }
    if !shadow::can_hold(&host) {
        web_sys::console::warn_1(&"doctin: this element cannot hold a reader; use a <div data-doctin>. The page's own content stays.".into());
        return;
    }
    let Some(reader) = host.owner_document().and_then(|d| d.create_element("div").ok()).and_then(|e| e.dyn_into::<HtmlElement>().ok()) else {
        return;
    };
    let strings = ui::strings(config.lang);
    #[cfg(feature = "fault-injection")]
    let fault = host.get_attribute("data-fault").as_deref() == Some("mount");
    // One reader per element, alive as long as the page: leaking its
    // settings once gives every view a `&'static` to them.
    let config: &'static Config = Box::leak(Box::new(config));
    let prepared = Rc::new(Cell::new(None));
    let handle = leptos::mount::mount_to(reader.clone(), {
        let prepared = prepared.clone();
        move || {
            let (driver, route, size) = start::prepare(config);
            prepared.set(Some(driver));
            let query = match route {
                Route::Search(query) => query,
                _ => String::new(),
            };
            view! { <App driver=driver query=query size=size /> }
        }
    });
    timing::mark("doctin:first-view");
    // Test builds only: a panic at the last moment a start can fail, with
    // the whole first view built but not yet on the page
    // (tests/web/engines.test.mjs).
    #[cfg(feature = "fault-injection")]
    if fault {
        panic!("fault injection while mounting");
    }
    if !shadow::attach(&host, &reader) {
        // `can_hold` cannot see a closed shadow root, nor a custom element
        // that refuses one. Nothing was started: dropping the handle
        // takes the unseen view down, and no listener or request can
        // reach the machine the driver holds.
        web_sys::console::warn_1(&"doctin: this element refused the reader; use a <div data-doctin>. The page's own content stays.".into());
        return;
    }
    panic::register(&reader, strings);
    // Only now, on the page, does the reader ask for anything, read or
    // write storage and history, or listen for the hash.
    if let Some(driver) = prepared.take() {
        start::start(driver);
    }
    timing::mark("doctin:started");
    // The reader lives as long as the page, so its handle is never dropped.
    handle.forget();
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
