//! What the reader shows when the code itself fails.
//!
//! A panic in wasm aborts the instance, so the views cannot recover; the
//! hook below still runs first, and uses plain DOM calls (no reactive
//! state, which may be mid-update) to put a message and a reload button
//! into the reader instead of leaving a frozen widget. Each reader has an
//! instance of its own (see `mount`), so the other readers on the page
//! are not touched.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::core::ui::Strings;

thread_local! {
    static HOST: RefCell<Option<(HtmlElement, &'static Strings)>> = const { RefCell::new(None) };
    /// Made before any panic, because after one nothing new should be
    /// allocated through wasm-bindgen's closure machinery.
    static RELOAD: Closure<dyn Fn()> = Closure::new(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    });
}

pub fn install() {
    RELOAD.with(|_| {});
    // The default hook is not chained: on wasm32-unknown-unknown it writes
    // to a stderr nobody reads, and keeping it costs 1.6 KB of the bundle.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("doctin: {info}").into());
        show_crash();
    }));
}

/// Remembers the reader's element, and its language, so a later panic can
/// write into it.
pub fn register(host: &HtmlElement, strings: &'static Strings) {
    HOST.with(|cell| {
        if let Ok(mut cell) = cell.try_borrow_mut() {
            *cell = Some((host.clone(), strings));
        }
    });
}

pub(crate) fn show_crash() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    HOST.with(|cell| {
        let Ok(cell) = cell.try_borrow() else { return };
        if let Some((host, strings)) = cell.as_ref() {
            let (Ok(box_), Ok(text), Ok(button)) = (
                document.create_element("div"),
                document.create_element("p"),
                document.create_element("button"),
            ) else {
                return;
            };
            let _ = box_.set_attribute("class", "doctin dt-crash");
            let _ = box_.set_attribute("role", "alert");
            text.set_text_content(Some(strings.crashed));
            button.set_text_content(Some(strings.reload));
            let _ = button.set_attribute("type", "button");
            let _ = button.set_attribute("class", "dt-button");
            if let Ok(button) = button.clone().dyn_into::<HtmlElement>() {
                RELOAD.with(|reload| button.set_onclick(Some(reload.as_ref().unchecked_ref())));
            }
            let _ = box_.append_child(&text);
            let _ = box_.append_child(&button);
            // No HTML string: on a host that requires Trusted Types a
            // string given to a live element's innerHTML is refused.
            host.replace_children_with_node_1(&box_);
        }
    });
}

#[cfg(test)]
mod tests {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;
    use web_sys::HtmlElement;

    use super::{register, show_crash};
    use crate::core::ui::{EN, VI};

    wasm_bindgen_test_configure!(run_in_browser);

    fn reader(text: &str) -> HtmlElement {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
        host.set_text_content(Some(text));
        document.body().unwrap().append_child(&host).unwrap();
        host
    }

    #[wasm_bindgen_test]
    fn a_crash_replaces_the_reader_with_a_message_and_a_reload_button_in_its_language() {
        for (host, strings) in [(reader("bài một"), &VI), (reader("bài hai"), &EN)] {
            register(&host, strings);
            show_crash();
            let alert = host.query_selector(".dt-crash[role=alert]").unwrap().expect("an alert box");
            assert_eq!(alert.query_selector("p").unwrap().unwrap().text_content().unwrap(), strings.crashed);
            let button: HtmlElement = alert.query_selector("button").unwrap().unwrap().dyn_into().unwrap();
            assert_eq!(button.text_content().unwrap(), strings.reload);
            assert!(button.onclick().is_some(), "the button reloads");
            assert!(!host.text_content().unwrap().contains("bài"), "the frozen content is gone");
        }
    }
}
