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
//! A reader may have several feeds (`data-feed` lists up to eight): their
//! first pages are asked for at once, each feed keeps its own pages, saved
//! copy and failure, and the views see one timeline (`merge::timeline`).
//!
//! The rules it keeps:
//! - Besides the first page of each feed, at most one page request is on
//!   its way, and no page is loaded twice (`model::Feed::next_page`, which
//!   compares `url::key`s).
//! - A page that adds no new item ends the chain (`normalize::append`).
//! - One press (of "Xem tiếp", "Thử lại", a link, the first load) lets the
//!   reader follow at most `FOLLOW_PAGES` pages by itself, for every route
//!   alike; then it stops and offers to go on.
//! - At most one automatic retry is pending; "Thử lại" replaces it.
//! - A failure never takes away what is on screen, and one feed failing
//!   does not blank the others.

use std::sync::Arc;

use super::config::{Lang, RouteMode};
use super::merge;
use super::model::{Body, Feed};
use super::normalize::{self, ReadXml};
use super::retry::{AUTO_RETRIES, AUTO_RETRY_MAX_SECONDS};
use super::route::Route;
use super::screen::{Screen, Shared, Shown};
use super::search::Index;
use super::select::{self, LATEST_PAGE};
use super::ui::{self, LoadError, What};
use super::url;

mod feeds;

use feeds::Source;

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
    /// saved copy of each feed (fetch time, text) that storage had, in the
    /// order of the feeds (missing at the end: none).
    Start { route: Route, depth: u32, saved: Vec<Option<(i64, String)>> },
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
    /// Keep this text of the first page of the feed at `url` as its
    /// offline copy.
    Save { url: String, text: String },
    /// Remove the offline copy of the feed at `url`: it is no longer a feed.
    Forget(String),
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
    /// Show "Thử lại" beside the live region (or hide it): some feeds of
    /// several could not be read.
    OfferRetry(bool),
    /// Tell the host page (a DOM event on the reader's element).
    Emit(HostEvent),
}

/// What the host page is told, for its own statistics: `web::driver`
/// dispatches each as a `doctin:*` event whose `detail` holds the fields.
#[derive(Debug, Clone, PartialEq)]
pub enum HostEvent {
    /// `doctin:ready`: the first pages have come; `items` are on the
    /// timeline, from the feeds at `sources`.
    Ready { items: usize, sources: Vec<String> },
    /// `doctin:view`: an article is on screen, once each time it is shown.
    View { id: String, feed: String, title: String, url: Option<String>, section: Option<String> },
    /// `doctin:navigate`: the route changed to this one.
    Navigate(Route),
    /// `doctin:error`: loading `url` failed, for this reason.
    Error { url: String, message: String },
}

/// What the reader is doing with its feed.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Loading,
    Failed(String),
    Ready,
}

/// The one next-page request on its way, of feed `source`.
#[derive(Debug, Clone)]
struct PageRequest {
    request: u32,
    url: String,
    source: usize,
}

/// The one pending automatic retry, of feed `source`.
#[derive(Debug, Clone)]
struct Pending {
    timer: u32,
    url: String,
    source: usize,
    /// The feed's first page (else a next page).
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
    sources: Vec<Source>,
    phase: Phase,
    /// The timeline on screen: the one feed, or the feeds merged.
    feed: Arc<Feed>,
    route: Route,
    /// Pages of the current list shown ("Xem tiếp" adds one).
    pages: usize,
    depth: u32,
    visited: Vec<Route>,
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
    /// Whether `HostEvent::Ready` was sent.
    ready_said: bool,
    /// The route id of the article `HostEvent::View` was sent for, while
    /// it stays on screen.
    viewed: Option<String>,
}

impl Machine {
    /// A reader of the feeds at `urls` (absolute). An embed with unusable
    /// attributes never gets this far: `web::mount` does not start it.
    pub fn new(lang: Lang, mode: RouteMode, urls: Vec<String>) -> Machine {
        // A feed named twice (however spelled) is one feed.
        let mut sources: Vec<Source> = Vec::new();
        for url in urls {
            if !sources.iter().any(|s| url::key(&s.url) == url::key(&url)) {
                sources.push(Source { url, feed: None, shown: 0, copy_from: None, request: None, failed: None });
            }
        }
        Machine {
            lang,
            mode,
            sources,
            phase: Phase::Loading,
            feed: Arc::default(),
            route: Route::Latest,
            pages: 1,
            depth: 0,
            visited: Vec::new(),
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
            ready_said: false,
            viewed: None,
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
        match event {
            Event::Start { route, depth, saved } => self.start(route, depth, saved, &mut fx),
            Event::Page { request, result } => {
                if let Some(page) = self.page.take_if(|p| p.request == request) {
                    self.paged(page.source, page.url, result, &mut fx);
                } else if let Some(source) = self.sources.iter().position(|s| s.request == Some(request)) {
                    self.sources[source].request = None;
                    self.landed(source, result, &mut fx);
                } else {
                    return fx;
                }
            }
            Event::Body { request, result } => self.body_done(request, result, &mut fx),
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
                if pending.first {
                    self.request_first(pending.source, true, &mut fx);
                } else {
                    self.request(pending.source, pending.url, true, &mut fx);
                }
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
        self.tell_view(&mut fx);
        fx
    }

    /// Asks for a next page of feed `source`, unless one is on its way.
    fn request(&mut self, source: usize, url: String, fresh: bool, fx: &mut Vec<Effect>) {
        if self.page.is_some() {
            return;
        }
        let request = self.id();
        fx.push(Effect::Fetch { request, url: url.clone(), body: false, fresh });
        self.page = Some(PageRequest { request, url, source });
    }

    fn id(&mut self) -> u32 {
        self.next_id = self.next_id.wrapping_add(1);
        self.next_id
    }

    /// A later page of feed `source` has come from `url`, or has failed.
    fn paged(&mut self, source: usize, url: String, result: Result<String, LoadError>, fx: &mut Vec<Effect>) {
        let page = result.and_then(|text| normalize::parse_any(&text, &url, self.xml).map_err(LoadError::Feed));
        match page {
            Ok(page) => {
                self.retries = 0;
                // A failure announced before is over; while a saved copy
                // is what a first page shows, its notice comes back.
                self.page_error = None;
                if std::mem::take(&mut self.said_error) {
                    fx.push(Effect::Announce(self.notice()));
                }
                // The timeline on screen is let go first, so that a feed
                // of its own is not copied to be appended to.
                self.feed = Arc::default();
                if let Some(feed) = self.sources[source].feed.as_mut() {
                    normalize::append(Arc::make_mut(feed), page, &url);
                }
                self.merge();
            }
            Err(error) => {
                let retrying = self.schedule(&error, url.clone(), source, false, fx);
                let message = ui::message(self.lang, What::Page, &error, retrying);
                fx.push(Effect::Emit(HostEvent::Error { url, message: message.clone() }));
                fx.push(Effect::Announce(message.clone()));
                self.said_error = true;
                self.page_error = Some(message);
            }
        }
    }

    /// Sets the one automatic retry after a busy server's `Retry-After`,
    /// a few times in a row at most; says whether it did.
    fn schedule(&mut self, error: &LoadError, url: String, source: usize, first: bool, fx: &mut Vec<Effect>) -> bool {
        let LoadError::Status(_, Some(wait)) = *error else { return false };
        // Another feed's retry already waiting keeps its promise; this one
        // is then left to "Thử lại".
        if wait > AUTO_RETRY_MAX_SECONDS || self.retries >= AUTO_RETRIES || self.pending.is_some() {
            return false;
        }
        self.retries += 1;
        let timer = self.id();
        fx.push(Effect::Wait { timer, seconds: wait.max(1) });
        self.pending = Some(Pending { timer, url, source, first });
        true
    }

    fn stop_waiting(&mut self, fx: &mut Vec<Effect>) {
        if let Some(pending) = self.pending.take() {
            fx.push(Effect::StopWaiting(pending.timer));
        }
    }

    /// "Thử lại": asks again now for what failed (the next page, else the
    /// first page of each feed that could not be read), replacing any
    /// automatic retry, and starts the count of automatic retries over.
    fn retry(&mut self, fx: &mut Vec<Effect>) {
        let waited_for_first = self.pending.as_ref().filter(|p| p.first).map(|p| p.source);
        self.stop_waiting(fx);
        self.retries = 0;
        // The page asked again counts against this press's pages.
        self.budget = FOLLOW_PAGES - 1;
        let several = self.sources.len() > 1;
        if self.page_error.take().is_some() {
            if let Some((source, next)) = self.next_page() {
                self.request(source, next, true, fx);
            }
            // One feed: that was all that failed. Several: the button
            // beside the notice asks for the failed feeds too.
            if !several {
                return;
            }
        }
        let failed_view = matches!(self.phase, Phase::Failed(_));
        if failed_view {
            self.phase = Phase::Loading;
        }
        for source in 0..self.sources.len() {
            let failed = self.sources[source].failed.is_some() && (several || failed_view);
            if failed || waited_for_first == Some(source) {
                self.request_first(source, true, fx);
            }
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
        if route != self.route {
            fx.push(Effect::Emit(HostEvent::Navigate(route.clone())));
        }
        self.route = route;
        self.pages = 1;
        self.budget = FOLLOW_PAGES;
    }

    /// Follows the next page while the view wants more items than are
    /// loaded, one request at a time, within the press's budget.
    fn pump(&mut self, fx: &mut Vec<Effect>) {
        // Next pages wait for the first pages: a saved copy's `next_url`
        // may be out of date.
        let busy = self.page.is_some() || self.pending.is_some() || !self.settled();
        if self.phase != Phase::Ready || busy || self.page_error.is_some() || self.budget == 0 {
            return;
        }
        let Some((source, next)) = self.next_page() else { return };
        if self.wants_more() {
            self.budget -= 1;
            self.request(source, next, false, fx);
        }
    }

    fn wants_more(&mut self) -> bool {
        let loaded = self.feed.items.len();
        match self.route.clone() {
            Route::Latest => self.pages.saturating_mul(LATEST_PAGE) > loaded,
            Route::Article(id) => self.find(&id).is_none(),
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
            (Route::Article(id), Phase::Ready) => match self.find(id).map(|at| &self.feed.items[at].body) {
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

    fn body_done(&mut self, request: u32, result: Result<String, LoadError>, fx: &mut Vec<Effect>) {
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
                fx.push(Effect::Emit(HostEvent::Error { url: load.url.clone(), message: message.clone() }));
                self.body = Some(BodyLoad { url: load.url, state: Err(message) });
            }
        }
    }

    /// `HostEvent::View` once each time an article comes on screen, not
    /// again while it stays (a page of the feed arriving redraws it).
    fn tell_view(&mut self, fx: &mut Vec<Effect>) {
        let at = match (&self.route, &self.phase) {
            (Route::Article(id), Phase::Ready) => self.find(id),
            _ => None,
        };
        let Some(item) = at.map(|at| &self.feed.items[at]) else {
            self.viewed = None;
            return;
        };
        // The host hears `ready` first (a saved copy can show an article
        // before the reader is even on the page).
        if !self.ready_said {
            return;
        }
        if self.viewed.as_ref() == Some(&item.id) {
            return;
        }
        // The host hears the item's own id and its feed's address; route
        // ids with a feed's tag are the reader's business.
        let (feed, id) = match self.sources.as_slice() {
            [one] => (one.url.clone(), item.id.as_str()),
            many => {
                let feed = many.iter().find(|s| item.id.starts_with(&merge::tag(&s.url))).map(|s| s.url.clone());
                (feed.unwrap_or_default(), merge::untagged(&item.id).unwrap_or(&item.id))
            }
        };
        let view = HostEvent::View { id: id.to_string(), feed, title: item.title.clone(), url: item.url.clone(), section: item.section.clone() };
        self.viewed = Some(item.id.clone());
        fx.push(Effect::Emit(view));
    }

    /// What the views draw now.
    pub fn screen(&mut self) -> Screen {
        match &self.phase {
            Phase::Loading => return Screen::Loading,
            Phase::Failed(message) => return Screen::Failed(message.clone()),
            Phase::Ready => {}
        }
        let feed = Shared(self.feed.clone());
        let pages = self.pages;
        let next = self.next_page().is_some();
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
            Route::Article(id) => match self.find(&id) {
                Some(at) => Screen::Article { feed, at, pages, body: self.body_shown(at) },
                None if self.page.is_some() || !self.settled() => Screen::Loading,
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
