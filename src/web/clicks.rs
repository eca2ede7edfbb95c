//! The reader's one click listener. Every button carries `data-act`
//! instead of a handler of its own (each handler adds its own code to the
//! bundle): "Thử lại", "Quay lại" and "Xem tiếp" become machine events
//! here, the toolbar's and the skip link's are run by `web::toolbar`.
//! Without the hash, the reader's own links are followed here instead of
//! by the browser, so the host's URL and history never change. Only clicks
//! inside this reader reach it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use super::driver::Driver;
use super::toolbar;
use crate::core::config::RouteMode;
use crate::core::machine::Event;
use crate::core::route::{self, Click, Route};
use crate::core::ui;

pub fn click(driver: Driver, event: MouseEvent) {
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    if let (Some(button), Some(root)) = (target.as_ref().and_then(|t| t.closest("[data-act]").ok().flatten()), driver.root.get_untracked()) {
        event.prevent_default();
        match button.get_attribute("data-act").as_deref() {
            Some("retry") => driver.send(Event::Retry),
            Some("back") => driver.send(Event::Back),
            Some("more") => driver.send(Event::More),
            Some("body") => driver.send(Event::RetryBody),
            _ => toolbar::act(&button, &root, ui::strings(driver.config.lang)),
        }
        return;
    }
    let click = Click {
        button: event.button(),
        modified: event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key(),
        prevented: event.default_prevented(),
    };
    if !route::follows(driver.config.route == RouteMode::Hash, click) {
        return;
    }
    let href = target.and_then(|t| t.closest("a[href^='#/']").ok().flatten()).and_then(|a| a.get_attribute("href"));
    if let Some(next) = href.and_then(|h| Route::parse(&h)) {
        event.prevent_default();
        driver.send(Event::Follow(next));
    }
}
