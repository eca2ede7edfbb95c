//! Starts one reader's machine: its feeds made absolute against the page,
//! their offline copies read, the route read from the hash (when this
//! reader owns it) and followed from then on, and the first event sent.
//! Runs inside the Leptos owner `web::mount` renders under, before the
//! first view is built.

use leptos::prelude::*;

use super::driver::Driver;
use super::{absolute, history, saved};
use crate::core::config::{Config, RouteMode};
use crate::core::machine::{Event, Machine};
use crate::core::route::Route;

/// The running reader's driver, and the route it started on.
pub fn start(config: &'static Config) -> (Driver, Route) {
    let feeds: Vec<String> = config.feeds.iter().map(|feed| absolute(feed)).collect();
    let saved = feeds.iter().map(|feed| saved::read(feed)).collect();
    // RSS and Atom are read through the browser's own XML parser.
    let machine = Machine::new(config.lang, config.route, feeds).in_page(history::page(), config.related, super::xml::read);
    let driver = Driver::new(machine, NodeRef::new(), config);
    let hash_mode = config.route == RouteMode::Hash;
    let route = if hash_mode { Route::parse(&history::hash()).unwrap_or(Route::Latest) } else { Route::Latest };
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
    driver.send(Event::Start { route: route.clone(), depth, saved });
    (driver, route)
}
