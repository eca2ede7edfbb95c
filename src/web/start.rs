//! Starts one reader's machine, in two steps around the first render
//! (`web::mount`): `prepare` builds it (its feeds made absolute against the
//! page, the route read from the hash when this reader owns it) inside the
//! Leptos owner the first view renders under; `start`, once that view is
//! on the page, reads the offline copies, follows the hash and sends the
//! first event.

use leptos::prelude::*;

use super::driver::Driver;
use super::{absolute, history, saved, share, speech, text_size};
use crate::core::config::{Config, RouteMode};
use crate::core::machine::{Event, Machine};
use crate::core::route::Route;
use crate::core::tools::Device;

/// The reader's driver, with its machine built but not yet told anything,
/// the route it will start on and its text size. Nothing outside the
/// reader is touched yet: no request, no storage write, no listener, no
/// history entry.
pub fn prepare(config: &'static Config) -> (Driver, Route, u32) {
    let feeds: Vec<String> = config.feeds.iter().map(|feed| absolute(feed)).collect();
    let device = Device { share_sheet: share::can_share(), size: text_size::saved() };
    let size = device.size;
    // RSS and Atom are read through the browser's own XML parser.
    let machine = Machine::new(config.lang, config.route, feeds).in_page(history::page(), config.newer, config.related, super::xml::read, device);
    (Driver::new(machine, NodeRef::new(), config), route(config), size)
}

/// The route the reader starts on: the hash's, when it owns the hash.
fn route(config: &Config) -> Route {
    match config.route {
        RouteMode::Hash => Route::parse(&history::hash()).unwrap_or(Route::Latest),
        RouteMode::Memory => Route::Latest,
    }
}

/// Starts the prepared reader, once it is on the page, on the route it
/// was prepared for: its offline copies read, the hash followed from then
/// on (when it owns it), and the first event sent, which asks for the
/// feeds.
pub fn start(driver: Driver) {
    let config = driver.config;
    let route = route(config);
    let saved = config.feeds.iter().map(|feed| saved::read(&absolute(feed))).collect();
    let hash_mode = config.route == RouteMode::Hash;
    if hash_mode {
        history::listen(move |hash| {
            // Hashes that are not routes (a host page's anchors) are left alone.
            if let Some(route) = Route::parse(&hash) {
                // Test builds only: a panic in one reader, to show that it
                // stays in that reader (tests/web/crash.test.mjs).
                #[cfg(feature = "fault-injection")]
                if route == Route::Article("doctin-panic".into()) {
                    panic!("fault injection");
                }
                let depth = history::depth(driver.depth() + 1);
                driver.send(Event::Hash { route, depth });
            }
        });
    }
    let depth = if hash_mode { history::depth(0) } else { 0 };
    driver.send(Event::Start { route, depth, saved });
    // The device's voices, now and whenever they change: browsers load
    // them some time after the page (some only once asked, which this
    // does), and "Nghe đọc bài" shows as soon as one speaks the article.
    speech::on_voices(move |voices| driver.send(Event::Voices(voices)));
    driver.send(Event::Voices(speech::voices()));
}
