//! The reader's own state machine: what to load, when to ask again, where
//! to go, and what the screen shows, as plain data.
//!
//! In the spirit of Elm's update/effects split: `Machine::update` takes one
//! `Event` (an answer came, a button was pressed, a timer fired, the route
//! changed) and returns the `Effect`s it asks for (fetch this, abort that,
//! save, wait, announce, change the hash). It performs none of them;
//! `web::driver` does, and feeds the outcome back as the next event.
//! `Machine::screen` is what the views draw, computed from the state
//! without changing it. So the whole loading, paging,
//! retry and routing policy is tested natively, a sequence of events at a
//! time (`tests/core_machine.rs`), and fuzzed.
//!
//! A reader may have several feeds (`data-feed` lists up to eight): their
//! first pages are asked for at once, each feed keeps its own pages, saved
//! copy and failure, and the views see one timeline (`merge::timeline`).
//!
//! The state is split by concern, each part with private fields and the
//! few methods that keep its rule: `Sources` (feeds.rs), `Shown`,
//! `Paging`, `Retries`, `Bodies`, `Trail`, `Told` (host.rs) and
//! `Toolbar`, one file each; `update` below hands each event to them, and
//! `screen` (show.rs) projects them into what the views draw. Every field
//! of `Machine` is assigned in this file or in the file of its part, and
//! nowhere else.
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

use super::config::{Lang, RouteMode, DEFAULT_LIST};
use super::load::LoadError;
use super::normalize::ReadXml;
use super::route::Route;
use super::screen::Failure;
use super::select;
use super::tools::{Device, Tool};

mod bodies;
mod feeds;
mod host;
mod paging;
mod retries;
mod show;
mod shown;
mod toolbar;
mod trail;

use bodies::Bodies;
use feeds::Sources;
use host::Told;
use paging::Paging;
use retries::Retries;
use shown::{Phase, Shown};
use toolbar::Toolbar;
use trail::Trail;

/// How many pages the reader follows by itself for one press: enough for
/// a list page of ten items or a deep link a few pages back, few enough
/// that no server sees more than a handful of requests for one click.
pub const FOLLOW_PAGES: u32 = 4;

/// Bodies kept for the visit, enough for going back and forth between a
/// few dozen articles without asking the server twice.
pub const KEEP_BODIES: usize = 32;

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
    /// A toolbar button or the skip link was pressed.
    Tool(Tool),
    /// The device's speech voices, by their language tags: told at start
    /// and again whenever the browser's list changes (voices often come
    /// some time after the page).
    Voices(Vec<String>),
    /// Reading aloud number `reading` (`Effect::Speak`) ended: the device
    /// read it all, could not read it, or someone cancelled the page's
    /// speech.
    SpeechEnded(u32),
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
    Focus,
    /// Move focus to the title on screen now (the skip link).
    FocusTitle,
    SetHash(Route),
    /// Put the route in the address without a history entry.
    ReplaceHash(Route),
    HistoryBack,
    /// Stop reading aloud what this reader queued.
    Silence,
    /// Read `lines` aloud, a line at a time, in a voice for the language
    /// `lang`; send `Event::SpeechEnded(reading)` when they are all read
    /// or the speech is dropped.
    Speak { reading: u32, lang: String, lines: Vec<String> },
    /// Pause reading aloud.
    Pause,
    /// Go on reading aloud after a pause.
    Resume,
    /// Set the text size (one of `tools::SIZES`) and keep it for the site.
    TextSize(u32),
    /// Open the device's share sheet for this address and title.
    Share { url: String, title: String },
    /// Copy this address to the clipboard.
    Copy(String),
    /// Open the browser's print dialog.
    Print,
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
    /// `doctin:error`: loading `url` failed, for this reason (and an
    /// automatic retry is set, or not).
    Error { url: String, failure: Failure },
}

/// The numbers that tell the machine's requests, timers and readings
/// apart.
#[derive(Debug, Default)]
struct Ids(u32);

impl Ids {
    /// A number not given before (until it wraps, far beyond a visit).
    fn next(&mut self) -> u32 {
        self.0 = self.0.wrapping_add(1);
        self.0
    }
}

pub struct Machine {
    lang: Lang,
    mode: RouteMode,
    sources: Sources,
    shown: Shown,
    route: Route,
    /// Pages of the current list shown ("Xem tiếp" adds one).
    pages: usize,
    trail: Trail,
    ids: Ids,
    paging: Paging,
    retries: Retries,
    bodies: Bodies,
    told: Told,
    toolbar: Toolbar,
    /// Reads RSS and Atom, where the edge has an XML parser.
    xml: Option<ReadXml>,
    /// How many "Các tin mới hơn" an article lists (`data-newer`).
    newer: usize,
    /// How many "Các bài liên quan" an article lists per page
    /// (`data-related`).
    related: usize,
    /// The page the reader is on, as it was when the reader started: what
    /// an article without an address of its own shares, with its hash
    /// (`share::article_url`). A host that changes its own path later
    /// (`pushState`) shares the path the reader started on.
    page: String,
}

impl Machine {
    /// A reader of the feeds at `urls` (absolute). An embed with unusable
    /// attributes never gets this far: `web::mount` does not start it.
    pub fn new(lang: Lang, mode: RouteMode, urls: Vec<String>) -> Machine {
        Machine {
            lang,
            mode,
            // A feed named twice (however spelled) is one feed.
            sources: Sources::new(urls),
            shown: Shown::default(),
            route: Route::Latest,
            pages: 1,
            trail: Trail::default(),
            ids: Ids::default(),
            paging: Paging::default(),
            retries: Retries::default(),
            bodies: Bodies::default(),
            told: Told::default(),
            toolbar: Toolbar::default(),
            xml: None,
            newer: DEFAULT_LIST,
            related: DEFAULT_LIST,
            page: String::new(),
        }
    }

    /// The same reader on the page at `page`, listing `newer` newer items
    /// and `related` related items a page.
    pub fn showing(self, page: String, newer: usize, related: usize) -> Machine {
        Machine { page, newer, related, ..self }
    }

    /// The reader as the browser edge starts it: `showing`, then
    /// `reading_xml` with the browser's XML parser, then `on_device`.
    pub fn in_page(self, page: String, newer: usize, related: usize, xml: ReadXml, device: Device) -> Machine {
        self.showing(page, newer, related).reading_xml(xml).on_device(device)
    }

    /// The same reader on a device offering its toolbar `device`.
    pub fn on_device(self, device: Device) -> Machine {
        Machine { toolbar: Toolbar::new(device), ..self }
    }

    /// The same reader, which also reads feeds in RSS or Atom with `xml`.
    pub fn reading_xml(self, xml: ReadXml) -> Machine {
        Machine { xml: Some(xml), ..self }
    }

    /// This history entry's depth inside the reader (hash mode).
    pub fn depth(&self) -> u32 {
        self.trail.depth()
    }

    /// Takes one event; returns what the browser edge must do about it.
    pub fn update(&mut self, event: Event) -> Vec<Effect> {
        let mut effects = Vec::new();
        match event {
            Event::Start { route, depth, saved } => {
                self.route = route;
                self.trail.set_depth(depth);
                self.start(saved, &mut effects);
            }
            Event::Page { request, result } => {
                if let Some(page) = self.paging.answered(request) {
                    self.next_page_came(page.source, page.url, result, &mut effects);
                } else if let Some(source) = self.sources.answered(request) {
                    self.first_page_came(source, result, &mut effects);
                } else {
                    return effects;
                }
            }
            Event::Body { request, result } => self.bodies.answered(request, result, self.lang, &mut effects),
            Event::Hash { route, depth } => {
                self.trail.set_depth(depth);
                self.navigate(route, &mut effects);
            }
            Event::Follow(route) => {
                self.trail.leave(self.route.clone());
                self.navigate(route, &mut effects);
            }
            Event::Back => match self.mode {
                RouteMode::Hash if self.trail.depth() > 0 => effects.push(Effect::HistoryBack),
                RouteMode::Hash => effects.push(Effect::SetHash(Route::Latest)),
                RouteMode::Memory => {
                    let previous = self.trail.back();
                    self.navigate(previous, &mut effects);
                }
            },
            Event::More => self.more(&mut effects),
            Event::Retry => self.retry(&mut effects),
            Event::RetryBody => {
                if self.bodies.retry() {
                    self.sync_body(true, &mut effects);
                }
            }
            Event::Timer(timer) => {
                // A failed page's message stays until its answer comes.
                let Some(pending) = self.retries.fired(timer) else { return effects };
                if pending.first {
                    self.ask_first(pending.source, true, &mut effects);
                } else {
                    self.ask_next(pending.source, pending.url, true, &mut effects);
                }
            }
            Event::Typed(query) => {
                let next = if query.trim().is_empty() { Route::Latest } else { Route::Search(query) };
                // Typing changes the view under the box; focus stays in it.
                self.set_route(next, &mut effects);
                if self.mode == RouteMode::Hash {
                    effects.push(Effect::ReplaceHash(self.route.clone()));
                }
            }
            Event::Tool(tool) => self.press(tool, &mut effects),
            Event::Voices(voices) => self.toolbar.voices(voices),
            Event::SpeechEnded(reading) => self.toolbar.ended(reading, &mut effects),
        }
        // The index first: following pages searches it, and so does the
        // screen.
        self.shown.keep_index(matches!(self.route, Route::Search(_)));
        self.follow(&mut effects);
        self.sync_body(false, &mut effects);
        self.tell_view(&mut effects);
        effects
    }

    fn on_article(&self) -> bool {
        matches!(self.route, Route::Article(_))
    }

    /// A new route by navigation: a new view, which takes the focus.
    fn navigate(&mut self, route: Route, effects: &mut Vec<Effect>) {
        self.set_route(route, effects);
        effects.push(Effect::Focus);
    }

    /// The route changes to `route`, its list at its first page.
    fn set_route(&mut self, route: Route, effects: &mut Vec<Effect>) {
        // Leaving an article stops reading it aloud; its body request is
        // aborted by `sync_body`.
        if self.on_article() && route != self.route {
            self.toolbar.silence(effects);
        }
        if route != self.route {
            effects.push(Effect::Emit(HostEvent::Navigate(route.clone())));
        }
        self.route = route;
        self.pages = 1;
        self.paging.pressed();
    }

    /// One more page of the list on screen ("Xem tiếp").
    fn add_page(&mut self) {
        self.pages = self.pages.saturating_add(1);
    }

    /// The positions of the items matching `query`, best first.
    fn hits(&self, query: &str) -> Vec<usize> {
        self.shown.hits(query)
    }

    /// Where the article with route id `id` is on the timeline.
    fn find(&self, id: &str) -> Option<usize> {
        select::position(self.shown.feed(), self.sources.timeline_id(id))
    }

    /// The remote body the article on screen needs is asked for when it is
    /// neither kept nor on its way; a request for a body no longer on
    /// screen is aborted.
    fn sync_body(&mut self, fresh: bool, effects: &mut Vec<Effect>) {
        let wanted = match self.article_at().map(|at| &self.shown.feed().items[at].body) {
            Some(super::model::Body::Remote(url)) => Some(url.as_str()),
            _ => None,
        };
        let ids = &mut self.ids;
        self.bodies.sync(wanted, fresh, || ids.next(), effects);
    }
}
