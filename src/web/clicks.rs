//! The reader's one click listener. Every button carries `data-act`
//! instead of a handler of its own (each handler adds its own code to the
//! bundle): "Thử lại", "Quay lại", "Xem tiếp", the toolbar's and the
//! skip link's all become machine events here (`core::names::Act`).
//! Without the hash, the reader's own links are followed here instead of
//! by the browser, so the host's URL and history never change. Only clicks
//! inside this reader reach it.

use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use super::driver::Driver;
use crate::core::config::RouteMode;
use crate::core::machine::Event;
use crate::core::names::Act;
use crate::core::route::{self, Click, Route};

pub fn click(driver: Driver, event: MouseEvent) {
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    if let Some(button) = target.as_ref().and_then(|t| t.closest("[data-act]").ok().flatten()) {
        event.prevent_default();
        let act = button.get_attribute("data-act").and_then(|act| Act::parse(&act));
        if let Some(act) = act {
            driver.send(match act {
                Act::Retry => Event::Retry,
                Act::Back => Event::Back,
                Act::More => Event::More,
                Act::RetryBody => Event::RetryBody,
                Act::Tool(tool) => Event::Tool(tool),
            });
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
