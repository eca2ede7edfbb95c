//! The reader's own state machine: what to load, when to ask again, where
//! to go, and what the screen shows, as plain data.
//!
//! In the spirit of Elm's update/effects split: `Machine::update` takes one
//! `Event` (an answer came, a button was pressed, a timer fired, the route
//! changed) and returns the `Effect`s it asks for (fetch this, abort that,
//! save, wait, announce, change the hash). It performs none of them;
//! `web::driver` does, and feeds the outcome back as the next event.
//! `Machine::screen` is what the views draw. So the whole loading, paging,
//! retry and routing policy is tested natively, a sequence of events at a
//! time (`tests/core_machine.rs`), and fuzzed.
//!
//! The rules it keeps:
//! - At most one page request is on its way, and no page is loaded twice
//!   (`model::Feed::next_page`, which compares `url::key`s).
//! - A page that adds no new item ends the chain (`normalize::append`).
//! - One press (of "Xem tiếp", "Thử lại", a link, the first load) lets the
//!   reader follow at most `FOLLOW_PAGES` pages by itself, for every route
//!   alike; then it stops and offers to go on.
//! - At most one automatic retry is pending; "Thử lại" replaces it.
//! - A failure never takes away what is on screen.

use std::sync::Arc;

use super::config::{Lang, RouteMode};
use super::model::{Body, Feed};
use super::normalize::{self, ReadXml};
use super::retry::{AUTO_RETRIES, AUTO_RETRY_MAX_SECONDS};
use super::route::Route;
use super::saved::fingerprint;
use super::screen::{Screen, Shared, Shown};
use super::search::Index;
use super::select::{self, LATEST_PAGE};
use super::time;
use super::ui::{self, LoadError, What};

/// How many pages the reader follows by itself for one press: enough for
/// a list page of ten items or a deep link a few pages back, few enough
/// that no server sees more than a handful of requests for one click.
pub const FOLLOW_PAGES: u32 = 4;

/// Bodies kept for the visit, enough for going back and forth between a
/// few dozen articles without asking the server twice.
pub const KEEP_BODIES: usize = 32;

/// How many routes "Quay lại" remembers without the hash.
const TRAIL: usize = 50;

/// Something that happened to the reader.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The reader starts on `route` (at history depth `depth`), with the
    /// saved copy of its feed (fetch time, text) if storage had one.
    Start { route: Route, depth: u32, saved: Option<(i64, String)> },
    /// A page request ended with its text, or why there is none.
    Page { request: u32, result: Result<String, LoadError> },
    /// A body request ended.
    Body { request: u32, result: Result<String, LoadError> },
    /// The hash changed to `route`; the history entry is `depth` deep
    /// inside the reader (hash mode only).
    Hash { route: Route, depth: u32 },
    /// A link inside the reader was followed (route mode `none`).
    Follow(Route),
    /// "Quay lại".
    Back,
    /// "Xem tiếp", or "Tìm trong tin cũ hơn".
    More,
    /// "Thử lại" for the feed or a page.
    Retry,
    /// "Thử lại" for an article's body.
    RetryBody,
    /// The wait of an automatic retry is over.
    Timer(u32),
    /// The search box holds `query` now.
    Typed(String),
}

/// Something the machine asks the browser edge to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Fetch `url`, then send `Event::Page` (or `Event::Body` when `body`)
    /// with the same `request`. `fresh` (retries) bypasses the preload and
    /// the HTTP cache, since a stalled preload would stall them too.
    Fetch { request: u32, url: String, body: bool, fresh: bool },
    /// Abort request `request`; its answer, if any, is ignored.
    Abort(u32),
    /// Keep this text of the first page as the offline copy.
    Save(String),
    /// Remove the offline copy: it is no longer a feed.
    Forget,
    /// Send `Event::Timer(timer)` after `seconds`.
    Wait { timer: u32, seconds: u32 },
    /// Cancel timer `timer`.
    StopWaiting(u32),
    /// Put this text in the live region (empty: clear it).
    Announce(String),
    /// A new view by navigation: bring the reader into view and move focus
    /// to its title once it is drawn.
    Shown,
    SetHash(Route),
    /// Put the route in the address without a history entry.
    ReplaceHash(Route),
    HistoryBack,
    /// Stop reading aloud, if this reader is reading.
    Silence,
}

/// What the reader is doing with its feed.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    /// The embed's attributes are wrong; nothing is fetched.
    Problems(String),
    Loading,
    Failed(String),
    Ready,
}

/// The one page request on its way.
#[derive(Debug, Clone)]
struct PageRequest {
    request: u32,
    url: String,
    /// The feed's first page (else a next page).
    first: bool,
}

/// The one pending automatic retry.
#[derive(Debug, Clone)]
struct Pending {
    timer: u32,
    url: String,
    first: bool,
}

/// The remote body of the article on screen, while it is not kept.
#[derive(Debug, Clone)]
struct BodyLoad {
    url: String,
    /// The request on its way, or the message of its failure.
    state: Result<u32, String>,
}

pub struct Machine {
    lang: Lang,
    mode: RouteMode,
    /// The feed's absolute URL, as the page's base URL resolves it.
    url: String,
    phase: Phase,
    feed: Arc<Feed>,
    route: Route,
    /// Pages of the current list shown ("Xem tiếp" adds one).
    pages: usize,
    depth: u32,
    visited: Vec<Route>,
    /// The fetch time of the saved copy while it is the feed on screen.
    copy_from: Option<i64>,
    /// The fingerprint of the first page's text on screen.
    shown: u64,
    next_id: u32,
    page: Option<PageRequest>,
    pending: Option<Pending>,
    retries: u32,
    /// Why the last attempt at the next page failed, until the reader asks
    /// again: the views show it instead of asking again by themselves.
    page_error: Option<String>,
    /// Whether the live region holds a page's failure, to be cleared when
    /// a page comes.
    said_error: bool,
    /// Pages the reader may still follow by itself for the last press.
    budget: u32,
    body: Option<BodyLoad>,
    kept: Vec<(String, Body)>,
    /// The folded search index of the feed on screen, built on demand.
    index: Option<(Arc<Feed>, Index)>,
    /// Reads RSS and Atom, where the edge has an XML parser.
    xml: Option<ReadXml>,
}

impl Machine {
    /// A reader of the feed at `url` (absolute). `problems` holds the
    /// messages for unusable attributes, one per line, when there are any:
    /// then the reader only shows them.
    pub fn new(lang: Lang, mode: RouteMode, url: String, problems: Option<String>) -> Machine {
        Machine {
            lang,
            mode,
            url,
            phase: problems.map_or(Phase::Loading, Phase::Problems),
            feed: Arc::default(),
            route: Route::Latest,
            pages: 1,
            depth: 0,
            visited: Vec::new(),
            copy_from: None,
            shown: 0,
            next_id: 0,
            page: None,
            pending: None,
            retries: 0,
            page_error: None,
            said_error: false,
            budget: FOLLOW_PAGES,
            body: None,
            kept: Vec::new(),
            index: None,
            xml: None,
        }
    }

    /// The same reader, which also reads feeds in RSS or Atom with `xml`.
    pub fn reading_xml(self, xml: ReadXml) -> Machine {
        Machine { xml: Some(xml), ..self }
    }

    /// This history entry's depth inside the reader (hash mode).
    pub fn depth(&self) -> u32 {
        self.depth
    }

    /// Takes one event; returns what the browser edge must do about it.
    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        let mut fx = Vec::new();
        if matches!(self.phase, Phase::Problems(_)) {
            return fx;
        }
        match event {
            Event::Start { route, depth, saved } => self.start(route, depth, saved, &mut fx),
            Event::Page { request, result } => {
                let Some(page) = self.page.take_if(|p| p.request == request) else { return fx };
                if page.first {
                    self.landed(result, &mut fx);
                } else {
                    self.paged(page.url, result, &mut fx);
                }
            }
            Event::Body { request, result } => self.body_done(request, result),
            Event::Hash { route, depth } => {
                self.depth = depth;
                self.go(route, &mut fx);
            }
            Event::Follow(route) => {
                if self.visited.len() == TRAIL {
                    self.visited.remove(0);
                }
                self.visited.push(self.route.clone());
                self.go(route, &mut fx);
            }
            Event::Back => match self.mode {
                RouteMode::Hash if self.depth > 0 => fx.push(Effect::HistoryBack),
                RouteMode::Hash => fx.push(Effect::SetHash(Route::Latest)),
                RouteMode::Memory => {
                    let previous = self.visited.pop().unwrap_or(Route::Latest);
                    self.go(previous, &mut fx);
                }
            },
            Event::More => self.more(&mut fx),
            Event::Retry => self.retry(&mut fx),
            Event::RetryBody => {
                if matches!(self.body, Some(BodyLoad { state: Err(_), .. })) {
                    self.body = None;
                    self.sync_body(true, &mut fx);
                }
            }
            Event::Timer(timer) => {
                // A failed page's message stays until its answer comes.
                let Some(pending) = self.pending.take_if(|p| p.timer == timer) else { return fx };
                self.request(pending.url, pending.first, true, &mut fx);
            }
            Event::Typed(query) => {
                let next = if query.trim().is_empty() { Route::Latest } else { Route::Search(query) };
                // Typing changes the view under the box; focus stays in it.
                self.enter(next, &mut fx);
                if self.mode == RouteMode::Hash {
                    fx.push(Effect::ReplaceHash(self.route.clone()));
                }
            }
        }
        self.pump(&mut fx);
        self.sync_body(false, &mut fx);
        fx
    }

    fn start(&mut self, route: Route, depth: u32, saved: Option<(i64, String)>, fx: &mut Vec<Effect>) {
        self.route = route;
        self.depth = depth;
        if let Some((at, text)) = saved {
            match normalize::parse_any(&text, &self.url, self.xml) {
                Ok(feed) => {
                    self.copy_from = Some(at);
                    self.shown = fingerprint(&text);
                    self.show(feed);
                }
                Err(_) => fx.push(Effect::Forget),
            }
        }
        self.request(self.url.clone(), true, false, fx);
    }

    /// Asks for a page, unless one is already on its way.
    fn request(&mut self, url: String, first: bool, fresh: bool, fx: &mut Vec<Effect>) {
        if self.page.is_some() {
            return;
        }
        let request = self.id();
        fx.push(Effect::Fetch { request, url: url.clone(), body: false, fresh });
        self.page = Some(PageRequest { request, url, first });
    }

    fn id(&mut self) -> u32 {
        self.next_id = self.next_id.wrapping_add(1);
        self.next_id
    }

    fn show(&mut self, feed: Feed) {
        self.feed = Arc::new(feed);
        self.index = None;
        self.phase = Phase::Ready;
    }

    /// The first page has come, or has failed.
    fn landed(&mut self, result: Result<String, LoadError>, fx: &mut Vec<Effect>) {
        let text = match result {
            Ok(text) => text,
            Err(error) => return self.first_failed(error, fx),
        };
        match normalize::parse_any(&text, &self.url, self.xml) {
            Ok(feed) => {
                self.retries = 0;
                if self.copy_from.take().is_some() {
                    fx.push(Effect::Announce(String::new()));
                }
                // The same text as on screen changes nothing: a refresh
                // must not rebuild the page under the reader.
                let print = fingerprint(&text);
                if print != self.shown || self.phase != Phase::Ready {
                    self.shown = print;
                    self.page_error = None;
                    self.show(feed);
                }
                fx.push(Effect::Save(text));
            }
            Err(error) => self.first_failed(LoadError::Feed(error), fx),
        }
    }

    /// The notice over the saved copy while it is on screen; else nothing.
    fn offline_notice(&self) -> String {
        self.copy_from.and_then(time::from_millis).map(|at| ui::offline(self.lang, at)).unwrap_or_default()
    }

    /// A failure of the first page never takes away a feed on screen: the
    /// saved copy stays, with the notice of its age.
    fn first_failed(&mut self, error: LoadError, fx: &mut Vec<Effect>) {
        let retrying = self.schedule(&error, self.url.clone(), true, fx);
        match self.copy_from {
            Some(_) => fx.push(Effect::Announce(self.offline_notice())),
            None if self.phase == Phase::Ready => {}
            None => self.phase = Phase::Failed(ui::message(self.lang, What::Feed, &error, retrying)),
        }
    }

    /// A later page has come from `url`, or has failed.
    fn paged(&mut self, url: String, result: Result<String, LoadError>, fx: &mut Vec<Effect>) {
        let page = result.and_then(|text| normalize::parse_any(&text, &url, self.xml).map_err(LoadError::Feed));
        match page {
            Ok(page) => {
                self.retries = 0;
                // A failure announced before is over; while the saved copy
                // is what the first page shows, its notice comes back.
                self.page_error = None;
                if std::mem::take(&mut self.said_error) {
                    fx.push(Effect::Announce(self.offline_notice()));
                }
                normalize::append(Arc::make_mut(&mut self.feed), page, &url);
                self.index = None;
            }
            Err(error) => {
                let retrying = self.schedule(&error, url, false, fx);
                let message = ui::message(self.lang, What::Page, &error, retrying);
                fx.push(Effect::Announce(message.clone()));
                self.said_error = true;
                self.page_error = Some(message);
            }
        }
    }

    /// Sets the one automatic retry after a busy server's `Retry-After`,
    /// a few times in a row at most; says whether it did.
    fn schedule(&mut self, error: &LoadError, url: String, first: bool, fx: &mut Vec<Effect>) -> bool {
        let LoadError::Status(_, Some(wait)) = *error else { return false };
        if wait > AUTO_RETRY_MAX_SECONDS || self.retries >= AUTO_RETRIES {
            return false;
        }
        self.retries += 1;
        self.stop_waiting(fx);
        let timer = self.id();
        fx.push(Effect::Wait { timer, seconds: wait.max(1) });
        self.pending = Some(Pending { timer, url, first });
        true
    }

    fn stop_waiting(&mut self, fx: &mut Vec<Effect>) {
        if let Some(pending) = self.pending.take() {
            fx.push(Effect::StopWaiting(pending.timer));
        }
    }

    /// "Thử lại": asks again now for what failed, replacing any automatic
    /// retry, and starts the count of automatic retries over.
    fn retry(&mut self, fx: &mut Vec<Effect>) {
        let waited_for_first = self.pending.as_ref().is_some_and(|p| p.first);
        self.stop_waiting(fx);
        self.retries = 0;
        // The page asked again counts against this press's pages.
        self.budget = FOLLOW_PAGES - 1;
        if self.page_error.take().is_some() {
            if let Some(next) = self.feed.next_page().map(str::to_string) {
                self.request(next, false, true, fx);
            }
        } else if matches!(self.phase, Phase::Failed(_)) || waited_for_first {
            if matches!(self.phase, Phase::Failed(_)) {
                self.phase = Phase::Loading;
            }
            self.request(self.url.clone(), true, true, fx);
        }
    }

    /// "Xem tiếp": one more page of the list, which may need the next page
    /// of the feed; after a failed page, that page again.
    fn more(&mut self, fx: &mut Vec<Effect>) {
        self.budget = FOLLOW_PAGES;
        // After a failed page, "Xem tiếp" first shows what is loaded, then
        // asks for that page again. On an article it pages the related
        // list; a page that failed there has the status's own "Thử lại".
        let loaded = match self.route.clone() {
            Route::Latest => self.feed.items.len(),
            Route::Search(query) => self.hits(&query).len(),
            Route::Article(_) => usize::MAX,
        };
        if self.page_error.is_some() && self.pages.saturating_mul(LATEST_PAGE) >= loaded {
            self.retry(fx);
        } else {
            self.pages = self.pages.saturating_add(1);
        }
    }

    fn on_article(&self) -> bool {
        matches!(self.route, Route::Article(_))
    }

    /// A new route by navigation.
    fn go(&mut self, route: Route, fx: &mut Vec<Effect>) {
        self.enter(route, fx);
        fx.push(Effect::Shown);
    }

    fn enter(&mut self, route: Route, fx: &mut Vec<Effect>) {
        // Leaving an article stops reading it aloud; its body request is
        // aborted by `sync_body`.
        if self.on_article() && route != self.route {
            fx.push(Effect::Silence);
        }
        self.route = route;
        self.pages = 1;
        self.budget = FOLLOW_PAGES;
    }

    /// Follows the next page while the view wants more items than are
    /// loaded, one request at a time, within the press's budget.
    fn pump(&mut self, fx: &mut Vec<Effect>) {
        if self.phase != Phase::Ready || self.page.is_some() || self.pending.is_some() || self.page_error.is_some() || self.budget == 0 {
            return;
        }
        let Some(next) = self.feed.next_page().map(str::to_string) else { return };
        if self.wants_more() {
            self.budget -= 1;
            self.request(next, false, false, fx);
        }
    }

    fn wants_more(&mut self) -> bool {
        let loaded = self.feed.items.len();
        match self.route.clone() {
            Route::Latest => self.pages.saturating_mul(LATEST_PAGE) > loaded,
            Route::Article(id) => select::position(&self.feed, &id).is_none(),
            // Typing searches what is loaded; "Xem tiếp" past the last hit
            // looks in the next pages.
            Route::Search(query) => self.pages > 1 && self.pages.saturating_mul(LATEST_PAGE) > self.hits(&query).len(),
        }
    }

    fn hits(&mut self, query: &str) -> Vec<usize> {
        let fresh = !matches!(&self.index, Some((feed, _)) if Arc::ptr_eq(feed, &self.feed));
        if fresh {
            self.index = Some((self.feed.clone(), Index::new(&self.feed)));
        }
        self.index.as_ref().map(|(_, index)| index.search(query)).unwrap_or_default()
    }

    /// The remote body the article on screen needs, asked for when it is
    /// neither kept nor on its way; a request for a body no longer on
    /// screen is aborted.
    fn sync_body(&mut self, fresh: bool, fx: &mut Vec<Effect>) {
        let wanted = match (&self.route, &self.phase) {
            (Route::Article(id), Phase::Ready) => match select::position(&self.feed, id).map(|at| &self.feed.items[at].body) {
                Some(Body::Remote(url)) if !self.kept.iter().any(|(kept, _)| kept == url) => Some(url.clone()),
                _ => None,
            },
            _ => None,
        };
        if self.body.as_ref().map(|b| &b.url) == wanted.as_ref() {
            return;
        }
        if let Some(BodyLoad { state: Ok(request), .. }) = self.body.take() {
            fx.push(Effect::Abort(request));
        }
        if let Some(url) = wanted {
            let request = self.id();
            fx.push(Effect::Fetch { request, url: url.clone(), body: true, fresh });
            self.body = Some(BodyLoad { url, state: Ok(request) });
        }
    }

    fn body_done(&mut self, request: u32, result: Result<String, LoadError>) {
        let Some(load) = self.body.take_if(|b| b.state == Ok(request)) else { return };
        match result.and_then(|text| normalize::body(&text).map_err(LoadError::Feed)) {
            Ok(body) => {
                if self.kept.len() == KEEP_BODIES {
                    self.kept.remove(0);
                }
                self.kept.push((load.url, body));
            }
            Err(error) => {
                let message = ui::message(self.lang, What::Body, &error, false);
                self.body = Some(BodyLoad { url: load.url, state: Err(message) });
            }
        }
    }

    /// What the views draw now.
    pub fn screen(&mut self) -> Screen {
        match &self.phase {
            Phase::Problems(messages) => return Screen::Problems(messages.clone()),
            Phase::Loading => return Screen::Loading,
            Phase::Failed(message) => return Screen::Failed(message.clone()),
            Phase::Ready => {}
        }
        let feed = Shared(self.feed.clone());
        let pages = self.pages;
        let next = self.feed.next_page().is_some();
        match self.route.clone() {
            Route::Latest => {
                let more = select::has_more(self.feed.items.len(), pages, LATEST_PAGE) || next;
                Screen::Latest { feed, pages, more }
            }
            Route::Search(query) => {
                let hits = self.hits(&query);
                let more = select::has_more(hits.len(), pages, LATEST_PAGE) || next;
                Screen::Search { feed, query, hits, pages, more }
            }
            Route::Article(id) => match select::position(&self.feed, &id) {
                Some(at) => Screen::Article { feed, at, pages, body: self.body_shown(at) },
                None if self.page.is_some() => Screen::Loading,
                None => match &self.page_error {
                    Some(message) => Screen::Failed(message.clone()),
                    None => Screen::NotFound { more: next },
                },
            },
        }
    }

    fn body_shown(&self, at: usize) -> Shown {
        let Body::Remote(url) = &self.feed.items[at].body else {
            return Shown::Ready(self.feed.items[at].body.clone());
        };
        if let Some((_, body)) = self.kept.iter().find(|(kept, _)| kept == url) {
            return Shown::Ready(body.clone());
        }
        match &self.body {
            Some(BodyLoad { state: Err(message), .. }) => Shown::Failed(message.clone()),
            _ => Shown::Loading,
        }
    }
}
