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
use crate::core::select::{self, FOLLOW_PAGES, LATEST_PAGE};
use crate::core::time;
use crate::core::ui::{self, LoadError};
use crate::web::{absolute, bodies, fetch, history, saved, toolbar};

#[derive(Clone)]
enum Load {
    /// The embed's attributes are wrong; nothing is fetched. One message
    /// per line.
    Misconfigured(String),
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
}

thread_local! {
    /// What loading remembers. Each reader has a wasm instance of its own
    /// (see `web::mount`), so this is its reader's. It is not a field of
    /// `Loader`, because the view that asks for the next page must be
    /// `Send`, and cells are not `Sync`.
    static MEMORY: &'static Memory = Box::leak(Box::default());
}

fn memory() -> &'static Memory {
    MEMORY.with(|memory| *memory)
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
    /// Whether the next page of a paged feed is on its way.
    paging: Cell<bool>,
    /// Why the last attempt at the next page failed, until the reader asks
    /// again: the views show it instead of asking again by themselves.
    page_error: RefCell<Option<LoadError>>,
}

impl Loader {
    /// Puts the last good feed on screen at once, if one was saved; a
    /// saved text that no longer parses is removed, not shown.
    fn show_saved(self) {
        let Some((at, text)) = saved::read(&self.config.feed) else { return };
        match normalize::parse_at(&text, Some(&absolute(&self.config.feed))) {
            Ok(feed) => {
                memory().copy_from.set(at);
                memory().shown.set(fingerprint(&text));
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

    /// Fetches the feed; `retry` for every request after the first.
    fn run(self, retry: bool) {
        if !matches!(self.state.get_untracked(), Load::Ready(_)) {
            self.state.set(Load::Loading);
        }
        self.fetch(absolute(&self.config.feed), retry, false);
    }

    /// Fetches and reads the feed's first page, or (`page`) its next page.
    /// One request path for both, because each async function adds its
    /// own state machine to the bundle.
    fn fetch(self, url: String, retry: bool, page: bool) {
        spawn_local(async move {
            let result = fetch::text(&url, self.config.timeout, retry, None)
                .await
                .and_then(|text| normalize::parse_at(&text, Some(&url)).map(|feed| (feed, text)).map_err(LoadError::Feed));
            if page {
                self.paged(result.map(|(feed, _)| feed), url);
            } else {
                self.landed(result);
            }
        });
    }

    /// The first page has come, or has failed. A failure never takes away
    /// a feed on screen: the saved copy stays, with the notice of its age.
    fn landed(self, result: Result<(Feed, String), LoadError>) {
        let config = self.config;
        match result {
            Ok((feed, text)) => {
                saved::write(&config.feed, &text);
                memory().retries.set(0);
                memory().copy_from.set(0);
                self.say(None);
                let print = fingerprint(&text);
                if print != memory().shown.get() {
                    memory().shown.set(print);
                    self.state.set(Load::Ready(Arc::new(feed)));
                }
            }
            Err(error) => {
                // A busy server's Retry-After is honoured: asked again
                // after that wait, a few times, never sooner.
                let tries = memory().retries.get();
                if let LoadError::Status(_, Some(wait)) = error {
                    if wait <= AUTO_RETRY_MAX_SECONDS && tries < AUTO_RETRIES {
                        memory().retries.set(tries + 1);
                        set_timeout(move || self.run(true), std::time::Duration::from_secs(u64::from(wait.max(1))));
                    }
                }
                match memory().copy_from.get() {
                    0 if matches!(self.state.get_untracked(), Load::Ready(_)) => {}
                    0 => self.state.set(Load::Failed(error)),
                    at => self.say(time::from_millis(at).map(|at| ui::offline(config.lang, at))),
                }
            }
        }
    }
}

impl Loader {
    /// How many items are loaded.
    fn count(self) -> usize {
        match self.state.get_untracked() {
            Load::Ready(feed) => feed.items.len(),
            _ => 0,
        }
    }

    /// Loads the next page of a paged feed into the one on screen, unless
    /// there is none or it is already on its way. The views call this when
    /// they need more items than are loaded; a failure is kept, announced,
    /// and drawn by the views, which do not ask again until the reader does.
    fn next(self) {
        let next = match self.state.get_untracked() {
            Load::Ready(feed) => feed.next_page().map(str::to_string),
            _ => None,
        };
        let Some(url) = next else { return };
        if !memory().paging.replace(true) {
            self.fetch(url, false, true);
        }
    }

    /// The next page has come from `url`, or has failed.
    fn paged(self, result: Result<Feed, LoadError>, url: String) {
        memory().paging.set(false);
        match result {
            Ok(page) => {
                // A failure announced before is over; the offline notice
                // stays while the saved copy is what the first page shows.
                if memory().copy_from.get() == 0 {
                    self.say(None);
                }
                if let Load::Ready(mut feed) = self.state.get_untracked() {
                    normalize::append(Arc::make_mut(&mut feed), page, url);
                    self.state.set(Load::Ready(feed));
                }
            }
            Err(error) => {
                self.say(Some(ui::message(self.config.lang, &error)));
                *memory().page_error.borrow_mut() = Some(error);
                // Drawn again with the same feed, to show the failure.
                self.state.set(self.state.get_untracked());
            }
        }
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
    let loader = Loader { config, state, root };
    if problems.is_empty() {
        loader.show_saved();
        loader.run(false);
    } else {
        // A misconfigured embed says what is wrong instead of guessing.
        // Lines joined by hand: `join` would add its own code to the bundle.
        let mut messages = String::new();
        for problem in &problems {
            if !messages.is_empty() {
                messages.push('\n');
            }
            messages += &ui::problem(config.lang, problem);
        }
        state.set(Load::Misconfigured(messages));
    }

    // Leaving a view stops what belongs to it: reading aloud, and the
    // request for an article body that has not arrived.
    let leave = || {
        toolbar::silence();
        bodies::cancel();
    };
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
        leave();
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
        leave();
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
                // A reader asking starts the automatic retries over. A
                // failed next page is asked for again, not the first one.
                Some("retry") if memory().page_error.take().is_some() => loader.next(),
                Some("retry") => {
                    memory().retries.set(0);
                    loader.run(true);
                }
                Some("back") => back(),
                // On the latest list with every loaded item shown, one more
                // page is the next page of the feed (the view asks for it).
                // After a failure the count stays, and it is asked again.
                Some("more") => {
                    let again = memory().page_error.take().is_some();
                    let (route, pages) = at.get_untracked();
                    if again && route == Route::Latest && pages * LATEST_PAGE >= loader.count() {
                        loader.next();
                    } else {
                        at.update(|(_, pages)| *pages += 1);
                    }
                }
                // The article drawn again asks for its body again.
                Some("body") => at.set(at.get_untracked()),
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
                        (Route::Latest, pages) => {
                            // More wanted than loaded: the next page is asked
                            // for, and the list grows when it comes.
                            if pages * LATEST_PAGE > feed.items.len() && memory().page_error.borrow().is_none() {
                                loader.next();
                            }
                            return EitherOf4::B(view! { <Latest feed=feed pages=pages /> });
                        }
                        (Route::Search(query), pages) => {
                            return EitherOf4::D(view! { <Search feed=feed query=query pages=pages /> })
                        }
                        (Route::Article(id), pages) => match select::position(&feed, &id) {
                            // Test builds only: a panic in one reader, to show
                            // that it stays in that reader (tests/web/crash.test.mjs).
                            #[cfg(feature = "fault-injection")]
                            _ if id == "doctin-panic" => panic!("fault injection"),
                            Some(at) => return EitherOf4::C(view! { <Article feed=feed at=at pages=pages /> }),
                            // Not loaded yet: it may be on a later page of
                            // the feed, which is followed until the article
                            // turns up, the pages end, or `FOLLOW_PAGES`.
                            None if feed.next_page().is_some() && feed.loaded.len() < FOLLOW_PAGES => match &*memory().page_error.borrow() {
                                Some(error) => Kind::Failed(ui::message(config.lang, error)),
                                None => {
                                    loader.next();
                                    Kind::Loading
                                }
                            },
                            None => Kind::NotFound,
                        },
                    },
                };
                EitherOf4::A(view! { <Status kind=kind /> })
            }}
        </div>
    }
}
