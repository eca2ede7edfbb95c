//! One reader: its root, the search box, the live region, and the view of
//! the current screen. What to load, retry and show is decided by
//! `core::machine`; `web::start` starts it, `web::driver` runs it and
//! `web::clicks` turns clicks into its events. This file provides the
//! context and draws one of the screen's shapes, at the text size `size`
//! the reader starts with (`core::tools::SIZES`).

use leptos::either::EitherOf4;
use leptos::prelude::*;

use super::article::Article;
use super::latest::Latest;
use super::search::Search;
use super::status::{StatusKind, Status};
use crate::core::config::{Config, Theme};
use crate::core::machine::Event;
use crate::core::names::{Act, Hook};
use crate::core::screen::Screen;
use crate::core::tools::{Speech, Tool};
use crate::core::ui;
use crate::web::driver::Driver;
use crate::web::clicks;

/// What every view below `App` may need, provided as context.
#[derive(Clone, Copy)]
pub struct Reader {
    pub strings: &'static ui::Strings,
    pub config: &'static Config,
    /// Reading aloud, as the machine says (`Machine::speech`).
    pub speech: ReadSignal<Speech>,
}

#[component]
pub fn App(driver: Driver, query: String, size: u32) -> impl IntoView {
    let config = driver.config;
    let strings = ui::strings(config.lang);
    let theme = match config.theme {
        Theme::Light => "doctin dt-theme-light",
        Theme::Dark => "doctin dt-theme-dark",
        Theme::Auto => "doctin dt-theme-auto",
    };
    provide_context(Reader { strings, config, speech: driver.speech.read_only() });
    let screen = driver.screen;
    let typed = move |event: web_sys::Event| driver.send(Event::Typed(event_target_value(&event)));

    view! {
        <div class=theme lang=config.lang.code() data-size=size.to_string() node_ref=driver.root
            on:click=move |event| clicks::click(driver, event)>
            <a class="dt-skip" href="#" data-act=Act::Tool(Tool::Skip).as_str()>{strings.skip}</a>
            <div class="dt-search" role="search">
                <input type="search" class="dt-search-box" aria-label=strings.search placeholder=strings.search
                    value=query on:input=typed />
            </div>
            // The live region exists, empty, from the start: screen readers
            // announce changes only to regions they already know.
            <p class=Hook::Notice.class() role="status"></p>
            // "Thử lại" for the feeds of several that could not be read.
            <button type="button" class=format!("dt-button {}", Hook::RetryFeeds.class()) data-act=Act::Retry.as_str() hidden>{strings.retry}</button>
            // One reactive block draws the whole view, as one of four
            // shapes: a status, the latest list, an article, or results.
            // (`Either` costs less code than type-erased views, and every
            // status is the same `Status` view.)
            {move || {
                let kind = match screen.get() {
                    Screen::Loading => StatusKind::Loading,
                    Screen::Failed(failure) => StatusKind::Failed(failure.message, Act::Retry),
                    Screen::NotFound { more } => StatusKind::NotFound(more),
                    Screen::Latest { feed, shown, more } => {
                        return EitherOf4::B(view! { <Latest feed=feed shown=shown more=more /> })
                    }
                    Screen::Search { feed, query, hits, found, more } => {
                        return EitherOf4::D(view! { <Search feed=feed query=query hits=hits found=found more=more /> })
                    }
                    Screen::Article(article) => return EitherOf4::C(view! { <Article article=article /> }),
                };
                EitherOf4::A(view! { <Status kind=kind /> })
            }}
        </div>
    }
}
