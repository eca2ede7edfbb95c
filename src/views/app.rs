//! One reader: loads the feed, follows its route (the URL hash, or its own
//! memory), and shows the view for the current state.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::article::Article;
use super::latest::Latest;
use super::status::{Kind, Status};
use crate::core::config::{Config, Lang, Problem, RouteMode, Theme};
use crate::core::model::Feed;
use crate::core::route::Route;
use crate::core::select;
use crate::core::ui::{self, LoadError};
use crate::web::{fetch, history};

#[derive(Clone)]
enum Load {
    /// The embed's attributes are wrong; nothing is fetched.
    Misconfigured(Vec<String>),
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

/// What every view below `App` may need, provided as context.
#[derive(Clone, Copy)]
pub struct Reader {
    pub strings: &'static ui::Strings,
    pub config: &'static Config,
    /// "Quay lại": back to where the reader was before this article.
    pub back: Callback<()>,
}

#[component]
pub fn App(config: Config, problems: Vec<Problem>) -> impl IntoView {
    // One reader per element, alive as long as the page: leaking its
    // settings once gives every view a `&'static` to them.
    let config: &'static Config = Box::leak(Box::new(config));
    let strings = ui::strings(config.lang);
    let theme = match config.theme {
        Theme::Light => "doctin dt-theme-light",
        Theme::Dark => "doctin dt-theme-dark",
        Theme::Auto => "doctin dt-theme-auto",
    };
    let lang = match config.lang {
        Lang::Vi => "vi",
        Lang::En => "en",
    };
    let state = RwSignal::new(Load::Loading);
    let load = Callback::new(move |()| {
        state.set(Load::Loading);
        spawn_local(async move {
            state.set(match fetch::feed(&config.feed).await {
                Ok(feed) => Load::Ready(Arc::new(feed)),
                Err(error) => Load::Failed(error),
            });
        });
    });
    if problems.is_empty() {
        load.run(());
    } else {
        // A misconfigured embed says what is wrong instead of guessing.
        state.set(Load::Misconfigured(problems.iter().map(|p| ui::problem(config.lang, p)).collect()));
    }

    let root = NodeRef::<leptos::html::Div>::new();
    let route = RwSignal::new(Route::Latest);
    // A link near the bottom of a long article must not open the next one
    // scrolled to its end.
    let show = move |next: Route| {
        route.set(next);
        if let Some(root) = root.get_untracked() {
            if root.get_bounding_client_rect().top() < 0.0 {
                root.scroll_into_view();
            }
        }
    };
    // The routes visited inside the widget, for "Quay lại" without the hash.
    let visited = RwSignal::new(Vec::<Route>::new());
    let back = match config.route {
        RouteMode::Hash => {
            route.set(Route::parse(&history::hash()).unwrap_or(Route::Latest));
            let depth = RwSignal::new(history::depth(0));
            history::listen(move |hash| {
                // Hashes that are not routes (a host page's anchors) are left alone.
                if let Some(next) = Route::parse(&hash) {
                    depth.set(history::depth(depth.get_untracked() + 1));
                    show(next);
                }
            });
            // Back through history when the reader came from an earlier
            // view; an article opened directly goes to the latest list.
            Callback::new(move |()| {
                if depth.get_untracked() > 0 {
                    history::back();
                } else {
                    history::go(&Route::Latest);
                }
            })
        }
        RouteMode::Memory => Callback::new(move |()| {
            let previous = visited.try_update(|v| v.pop()).flatten();
            show(previous.unwrap_or(Route::Latest));
        }),
    };
    // Without the hash, the reader's own links are followed here instead of
    // by the browser, so the host's URL and history never change. Only
    // clicks inside this reader are looked at.
    let follow = move |event: web_sys::MouseEvent| {
        if config.route == RouteMode::Hash
            || event.default_prevented()
            || event.button() != 0
            || event.ctrl_key()
            || event.meta_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let href = target.and_then(|t| t.closest("a[href^='#/']").ok().flatten()).and_then(|a| a.get_attribute("href"));
        if let Some(next) = href.and_then(|h| Route::parse(&h)) {
            event.prevent_default();
            visited.update(|v| v.push(route.get_untracked()));
            show(next);
        }
    };
    provide_context(Reader { strings, config, back });

    view! {
        <div class=theme lang=lang node_ref=root on:click=follow>
            {move || match state.get() {
                Load::Misconfigured(messages) => view! { <Status kind=Kind::Problems(messages) /> }.into_any(),
                Load::Loading => view! { <Status kind=Kind::Loading /> }.into_any(),
                Load::Failed(error) => {
                    view! { <Status kind=Kind::Failed(ui::message(config.lang, &error), load) /> }.into_any()
                }
                Load::Ready(feed) => match route.get() {
                    Route::Latest => view! { <Latest feed=feed /> }.into_any(),
                    Route::Article(id) => match select::position(&feed, &id) {
                        // Test builds only: a panic in one reader, to show
                        // that it stays in that reader (tests/web/crash.test.mjs).
                        #[cfg(feature = "fault-injection")]
                        _ if id == "doctin-panic" => panic!("fault injection"),
                        Some(at) => view! { <Article feed=feed at=at /> }.into_any(),
                        None => view! { <Status kind=Kind::NotFound /> }.into_any(),
                    },
                },
            }}
        </div>
    }
}
