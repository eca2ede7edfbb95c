//! One reader: loads the feed, follows its route (the URL hash, or its own
//! memory), and shows the view for the current state.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::either::EitherOf4;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::article::Article;
use super::latest::Latest;
use super::search::Search;
use super::status::{Kind, Status};
use crate::core::config::{Config, Lang, Problem, RouteMode, Theme};
use crate::core::model::Feed;
use crate::core::normalize;
use crate::core::retry::{AUTO_RETRIES, AUTO_RETRY_MAX_SECONDS};
use crate::core::route::Route;
use crate::core::saved::fingerprint;
use crate::core::select;
use crate::core::time;
use crate::core::ui::{self, LoadError};
use crate::web::{fetch, history, saved, toolbar};

#[derive(Clone)]
enum Load {
    /// The embed's attributes are wrong; nothing is fetched.
    Misconfigured(Vec<String>),
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

/// Loading the feed, and what loading has to remember between attempts.
#[derive(Clone, Copy)]
struct Loader {
    config: &'static Config,
    state: RwSignal<Load>,
    /// The reader's root, which holds the live region (`.dt-notice`) that
    /// says the saved copy is on screen because a fresh feed could not be
    /// loaded. It exists, empty, from the start, because screen readers
    /// announce changes only to regions they already know.
    root: NodeRef<leptos::html::Div>,
    memory: &'static Memory,
}

/// Plain cells rather than signals: nothing is drawn from them directly.
#[derive(Default)]
struct Memory {
    /// The fetch time of the saved copy while it is the feed on screen;
    /// 0 when the feed on screen is fresh (saved times are positive).
    copy_from: Cell<i64>,
    /// The fingerprint of the feed text on screen, so that a refresh
    /// bringing the same feed does not rebuild the page under the reader.
    shown: Cell<u64>,
    /// Automatic retries in a row, after a `Retry-After`.
    retries: Cell<u32>,
}

impl Loader {
    /// Puts the last good feed on screen at once, if one was saved; a
    /// saved text that no longer parses is removed, not shown.
    fn show_saved(self) {
        let Some((at, text)) = saved::read(&self.config.feed) else { return };
        match normalize::parse(&text) {
            Ok(feed) => {
                self.memory.copy_from.set(at);
                self.memory.shown.set(fingerprint(&text));
                self.state.set(Load::Ready(Arc::new(feed)));
            }
            Err(_) => saved::forget(&self.config.feed),
        }
    }

    /// Puts `notice` into the live region, or empties it.
    fn say(self, notice: Option<String>) {
        if let Some(p) = self.root.get_untracked().and_then(|r| r.query_selector(".dt-notice").ok().flatten()) {
            p.set_text_content(notice.as_deref());
        }
    }

    /// Fetches the feed; `retry` for every request after the first. A
    /// failure never takes away a feed on screen: the saved copy stays,
    /// with the notice of its age.
    fn run(self, retry: bool) {
        if !matches!(self.state.get_untracked(), Load::Ready(_)) {
            self.state.set(Load::Loading);
        }
        spawn_local(async move {
            let config = self.config;
            let result = fetch::text(&config.feed, config.timeout, retry)
                .await
                .and_then(|text| normalize::parse(&text).map(|feed| (feed, text)).map_err(LoadError::Feed));
            match result {
                Ok((feed, text)) => {
                    saved::write(&config.feed, &text);
                    self.memory.retries.set(0);
                    self.memory.copy_from.set(0);
                    self.say(None);
                    let print = fingerprint(&text);
                    if print != self.memory.shown.get() {
                        self.memory.shown.set(print);
                        self.state.set(Load::Ready(Arc::new(feed)));
                    }
                }
                Err(error) => {
                    // A busy server's Retry-After is honoured: asked again
                    // after that wait, a few times, never sooner.
                    let tries = self.memory.retries.get();
                    if let LoadError::Status(_, Some(wait)) = error {
                        if wait <= AUTO_RETRY_MAX_SECONDS && tries < AUTO_RETRIES {
                            self.memory.retries.set(tries + 1);
                            set_timeout(move || self.run(true), std::time::Duration::from_secs(u64::from(wait.max(1))));
                        }
                    }
                    match self.memory.copy_from.get() {
                        0 if matches!(self.state.get_untracked(), Load::Ready(_)) => {}
                        0 => self.state.set(Load::Failed(error)),
                        at => self.say(time::from_millis(at).map(|at| ui::offline(config.lang, at))),
                    }
                }
            }
        });
    }
}

/// The way back for "Quay lại", in plain cells: nothing is drawn from it.
#[derive(Default)]
struct Trail {
    /// This history entry's depth in the reader (hash mode).
    depth: Cell<u32>,
    /// The routes visited inside the widget (memory mode).
    visited: RefCell<Vec<Route>>,
}

/// What every view below `App` may need, provided as context.
#[derive(Clone, Copy)]
pub struct Reader {
    pub strings: &'static ui::Strings,
    pub config: &'static Config,
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
    let root = NodeRef::<leptos::html::Div>::new();
    let loader = Loader { config, state, root, memory: Box::leak(Box::default()) };
    if problems.is_empty() {
        loader.show_saved();
        loader.run(false);
    } else {
        // A misconfigured embed says what is wrong instead of guessing.
        state.set(Load::Misconfigured(problems.iter().map(|p| ui::problem(config.lang, p)).collect()));
    }

    // The route, and how many pages of its paged list ("Tin mới nhất", or
    // "Các bài liên quan") are shown: "Xem tiếp" adds one, a new route
    // starts at one. The view is drawn again from both, so the lists hold
    // no reactive code of their own, and one signal holds both, because
    // each reactive block and each signal type adds code to the bundle.
    let at = RwSignal::new((Route::Latest, 1usize));
    // A link near the bottom of a long article must not open the next one
    // scrolled to its end. Focus moves to the new view's title once it is
    // drawn, so keyboard and screen-reader users land on it and hear it.
    let show = move |next: Route| {
        toolbar::silence();
        at.set((next, 1));
        if let Some(root) = root.get_untracked() {
            if root.get_bounding_client_rect().top() < 0.0 {
                root.scroll_into_view();
            }
        }
        request_animation_frame(move || {
            let title = root.get_untracked().and_then(|r| r.query_selector("h1").ok().flatten());
            if let Some(title) = title.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = title.focus();
            }
        });
    };
    // Where "Quay lại" goes: the history depth with the hash, the routes
    // visited inside the widget without it. Neither is drawn, so neither
    // is a signal.
    let trail: &'static Trail = Box::leak(Box::default());
    if config.route == RouteMode::Hash {
        at.set((Route::parse(&history::hash()).unwrap_or(Route::Latest), 1));
        trail.depth.set(history::depth(0));
        history::listen(move |hash| {
            // Hashes that are not routes (a host page's anchors) are left alone.
            if let Some(next) = Route::parse(&hash) {
                trail.depth.set(history::depth(trail.depth.get() + 1));
                show(next);
            }
        });
    }
    // "Quay lại": with the hash, back through history when the reader came
    // from an earlier view, and to the latest list when the article was
    // opened directly; without it, to the previous route in the widget.
    let back = move || match config.route {
        RouteMode::Hash if trail.depth.get() > 0 => history::back(),
        RouteMode::Hash => history::go(&Route::Latest),
        RouteMode::Memory => {
            let previous = trail.visited.borrow_mut().pop();
            show(previous.unwrap_or(Route::Latest));
        }
    };
    // The search box stays while the views below it change, so typing is
    // never interrupted; each letter shows the results at once and puts
    // the query in the address (replacing, not adding, a history entry).
    let searched = match at.get_untracked().0 {
        Route::Search(query) => query,
        _ => String::new(),
    };
    let typed = move |event: web_sys::Event| {
        let query = event_target_value(&event);
        let next = if query.trim().is_empty() { Route::Latest } else { Route::Search(query) };
        if config.route == RouteMode::Hash {
            history::replace(&next);
        }
        at.set((next, 1));
    };
    // The one click listener of the reader. Every button carries
    // `data-act` instead of a handler of its own (each handler adds its own
    // code to the bundle): "Thử lại", "Quay lại" and "Xem tiếp" are run
    // here, the toolbar's and the skip link's by `web::toolbar`. Without
    // the hash, the reader's own links are followed here instead of by the
    // browser, so the host's URL and history never change. Only clicks
    // inside this reader are looked at.
    let follow = move |event: web_sys::MouseEvent| {
        let target = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let (Some(button), Some(root)) =
            (target.as_ref().and_then(|t| t.closest("[data-act]").ok().flatten()), root.get_untracked())
        {
            event.prevent_default();
            match button.get_attribute("data-act").as_deref() {
                // A reader asking starts the automatic retries over.
                Some("retry") => {
                    loader.memory.retries.set(0);
                    loader.run(true);
                }
                Some("back") => back(),
                Some("more") => at.update(|(_, pages)| *pages += 1),
                _ => toolbar::act(&button, &root, strings, config.lang),
            }
            return;
        }
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
        let href = target.and_then(|t| t.closest("a[href^='#/']").ok().flatten()).and_then(|a| a.get_attribute("href"));
        if let Some(next) = href.and_then(|h| Route::parse(&h)) {
            event.prevent_default();
            trail.visited.borrow_mut().push(at.get_untracked().0);
            show(next);
        }
    };
    provide_context(Reader { strings, config });

    view! {
        <div class=theme lang=lang data-size=toolbar::saved_size().to_string() node_ref=root on:click=follow>
            <a class="dt-skip" href="#" data-act="skip">{strings.skip}</a>
            <div class="dt-search" role="search">
                <input type="search" class="dt-search-box" aria-label=strings.search placeholder=strings.search
                    value=searched on:input=typed />
            </div>
            <p class="dt-notice" role="status"></p>
            // One reactive block draws the whole view, as one of three
            // shapes: a status, the latest list, or an article. (`Either`
            // costs less code than type-erased views, and every status is
            // the same `Status` view.)
            {move || {
                let kind = match state.get() {
                    Load::Misconfigured(messages) => Kind::Problems(messages),
                    Load::Loading => Kind::Loading,
                    Load::Failed(error) => Kind::Failed(ui::message(config.lang, &error)),
                    Load::Ready(feed) => match at.get() {
                        (Route::Latest, pages) => return EitherOf4::B(view! { <Latest feed=feed pages=pages /> }),
                        (Route::Search(query), pages) => {
                            return EitherOf4::D(view! { <Search feed=feed query=query pages=pages /> })
                        }
                        (Route::Article(id), pages) => match select::position(&feed, &id) {
                            // Test builds only: a panic in one reader, to show
                            // that it stays in that reader (tests/web/crash.test.mjs).
                            #[cfg(feature = "fault-injection")]
                            _ if id == "doctin-panic" => panic!("fault injection"),
                            Some(at) => return EitherOf4::C(view! { <Article feed=feed at=at pages=pages /> }),
                            None => Kind::NotFound,
                        },
                    },
                };
                EitherOf4::A(view! { <Status kind=kind /> })
            }}
        </div>
    }
}
