//! The reader's one click listener. Every button carries `data-act`
//! instead of a handler of its own (each handler adds its own code to the
//! bundle): "Thử lại", "Quay lại", "Xem tiếp", the toolbar's and the
//! skip link's all become machine events here (`core::tools::Tool`).
//! Without the hash, the reader's own links are followed here instead of
//! by the browser, so the host's URL and history never change. Only clicks
//! inside this reader reach it.

use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent};

use super::driver::Driver;
use crate::core::config::RouteMode;
use crate::core::machine::Event;
use crate::core::route::{self, Click, Route};
use crate::core::tools::Tool;

pub fn click(driver: Driver, event: MouseEvent) {
    let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
    if let Some(button) = target.as_ref().and_then(|t| t.closest("[data-act]").ok().flatten()) {
        event.prevent_default();
        let act = button.get_attribute("data-act").unwrap_or_default();
        let pressed = match act.as_str() {
            "retry" => Some(Event::Retry),
            "back" => Some(Event::Back),
            "more" => Some(Event::More),
            "body" => Some(Event::RetryBody),
            _ => Tool::parse(&act).map(Event::Tool),
        };
        if let Some(pressed) = pressed {
            driver.send(pressed);
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
