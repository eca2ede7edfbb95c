//! One reader: its root, the search box, the live region, and the view of
//! the current screen. What to load, retry and show is decided by
//! `core::machine`; `web::driver` runs it. This file only turns the
//! reader's clicks, keys and hash changes into events, and draws.

use leptos::either::EitherOf4;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::article::Article;
use super::latest::Latest;
use super::search::Search;
use super::status::{StatusKind, Status};
use crate::core::config::{Config, RouteMode, Theme};
use crate::core::machine::{Event, Machine};
use crate::core::route::Route;
use crate::core::screen::Screen;
use crate::core::ui;
use crate::web::driver::Driver;
use crate::web::{absolute, history, saved, toolbar};

/// What every view below `App` may need, provided as context.
#[derive(Clone, Copy)]
pub struct Reader {
    pub strings: &'static ui::Strings,
    pub config: &'static Config,
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    // One reader per element, alive as long as the page: leaking its
    // settings once gives every view a `&'static` to them.
    let config: &'static Config = Box::leak(Box::new(config));
    let strings = ui::strings(config.lang);
    let theme = match config.theme {
        Theme::Light => "doctin dt-theme-light",
        Theme::Dark => "doctin dt-theme-dark",
        Theme::Auto => "doctin dt-theme-auto",
    };
    let lang = config.lang.code();
    let feeds: Vec<String> = config.feeds.iter().map(|feed| absolute(feed)).collect();
    let saved = feeds.iter().map(|feed| saved::read(feed)).collect();
    // RSS and Atom are read through the browser's own XML parser.
    let machine = Machine::new(config.lang, config.route, feeds).reading_xml(crate::web::xml::read);
    let root = NodeRef::<leptos::html::Div>::new();
    let driver = Driver::new(machine, root, config);
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
    let searched = match &route {
        Route::Search(query) => query.clone(),
        _ => String::new(),
    };
    let depth = if hash_mode { history::depth(0) } else { 0 };
    driver.send(Event::Start { route, depth, saved });

    let typed = move |event: web_sys::Event| driver.send(Event::Typed(event_target_value(&event)));
    // The one click listener of the reader. Every button carries
    // `data-act` instead of a handler of its own (each handler adds its own
    // code to the bundle): "Thử lại", "Quay lại" and "Xem tiếp" become
    // events here, the toolbar's and the skip link's are run by
    // `web::toolbar`. Without the hash, the reader's own links are followed
    // here instead of by the browser, so the host's URL and history never
    // change. Only clicks inside this reader are looked at.
    let follow = move |event: web_sys::MouseEvent| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(button), Some(root)) =
            (target.as_ref().and_then(|t| t.closest("[data-act]").ok().flatten()), root.get_untracked())
        {
            event.prevent_default();
            match button.get_attribute("data-act").as_deref() {
                Some("retry") => driver.send(Event::Retry),
                Some("back") => driver.send(Event::Back),
                Some("more") => driver.send(Event::More),
                Some("body") => driver.send(Event::RetryBody),
                _ => toolbar::act(&button, &root, strings),
            }
            return;
        }
        if hash_mode
            || event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let href = target.and_then(|t| t.closest("a[href^='#/']").ok().flatten()).and_then(|a| a.get_attribute("href"));
        if let Some(next) = href.and_then(|h| Route::parse(&h)) {
            event.prevent_default();
            driver.send(Event::Follow(next));
        }
    };
    provide_context(Reader { strings, config });
    let screen = driver.screen;

    view! {
        <div class=theme lang=lang data-size=toolbar::saved_size().to_string() node_ref=root on:click=follow>
            <a class="dt-skip" href="#" data-act="skip">{strings.skip}</a>
            <div class="dt-search" role="search">
                <input type="search" class="dt-search-box" aria-label=strings.search placeholder=strings.search
                    value=searched on:input=typed />
            </div>
            // The live region exists, empty, from the start: screen readers
            // announce changes only to regions they already know.
            <p class="dt-notice" role="status"></p>
            // "Thử lại" for the feeds of several that could not be read.
            <button type="button" class="dt-button dt-retry" data-act="retry" hidden>{strings.retry}</button>
            // One reactive block draws the whole view, as one of four
            // shapes: a status, the latest list, an article, or results.
            // (`Either` costs less code than type-erased views, and every
            // status is the same `Status` view.)
            {move || {
                let kind = match screen.get() {
                    Screen::Loading => StatusKind::Loading,
                    Screen::Failed(message) => StatusKind::Failed(message),
                    Screen::NotFound { more } => StatusKind::NotFound(more),
                    Screen::Latest { feed, pages, more } => {
                        return EitherOf4::B(view! { <Latest feed=feed pages=pages more=more /> })
                    }
                    Screen::Search { feed, query, hits, pages, more } => {
                        return EitherOf4::D(view! { <Search feed=feed query=query hits=hits pages=pages more=more /> })
                    }
                    Screen::Article { feed, at, pages, body } => {
                        return EitherOf4::C(view! { <Article feed=feed at=at pages=pages body=body /> })
                    }
                };
                EitherOf4::A(view! { <Status kind=kind /> })
            }}
        </div>
    }
}
