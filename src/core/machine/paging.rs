//! Following a feed's next pages: the one next-page request on its way,
//! how many pages the last press still lets the reader follow by itself
//! (`FOLLOW_PAGES` a press), and the failure of the last next page, which
//! stops the following until the reader asks again.


use super::{Effect, HostEvent, Machine, FOLLOW_PAGES};
use crate::core::normalize;
use crate::core::route::Route;
use crate::core::select::LATEST_PAGE;
use crate::core::load::{LoadError, Target};
use crate::core::screen::Failure;
use crate::core::ui;

/// The one next-page request on its way, of feed `source`.
#[derive(Debug, Clone)]
pub(super) struct PageRequest {
    pub(super) request: u32,
    pub(super) url: String,
    pub(super) source: usize,
}

#[derive(Debug)]
pub(super) struct Paging {
    on_its_way: Option<PageRequest>,
    /// Pages the reader may still follow by itself for the last press.
    left: u32,
    /// Why the last attempt at the next page failed, until the reader asks
    /// again: the views show it instead of asking again by themselves.
    error: Option<Failure>,
    /// Whether the live region holds that failure, to be cleared when a
    /// page comes.
    announced: bool,
}

impl Default for Paging {
    fn default() -> Paging {
        Paging { on_its_way: None, left: FOLLOW_PAGES, error: None, announced: false }
    }
}

impl Paging {
    /// A press (a link, "Xem tiếp", the first load): `FOLLOW_PAGES` more.
    pub(super) fn pressed(&mut self) {
        self.left = FOLLOW_PAGES;
    }

    /// "Thử lại": the page asked again counts against the press's pages.
    pub(super) fn retried(&mut self) {
        self.left = FOLLOW_PAGES - 1;
    }

    pub(super) fn is_busy(&self) -> bool {
        self.on_its_way.is_some()
    }

    /// Whether the reader may follow one more page by itself now: none on
    /// its way, no failure waiting for the reader, and pages left.
    pub(super) fn may_follow(&self) -> bool {
        self.on_its_way.is_none() && self.error.is_none() && self.left > 0
    }

    /// One page followed by itself, of those the press allows.
    pub(super) fn followed(&mut self) {
        self.left = self.left.saturating_sub(1);
    }

    /// Records `request` as the one on its way, unless one is already;
    /// says whether it was.
    pub(super) fn ask(&mut self, request: u32, url: String, source: usize) -> bool {
        if self.on_its_way.is_some() {
            return false;
        }
        self.on_its_way = Some(PageRequest { request, url, source });
        true
    }

    /// The request `request` answered, if it is the one on its way.
    pub(super) fn answered(&mut self, request: u32) -> Option<PageRequest> {
        self.on_its_way.take_if(|p| p.request == request)
    }

    /// A next page failed with `message`, which the live region now says.
    pub(super) fn failed(&mut self, failure: Failure) {
        self.error = Some(failure);
        self.announced = true;
    }

    /// A next page came: its failure is over. Says whether the live region
    /// still says it, so the caller puts the standing notice back.
    pub(super) fn came(&mut self) -> bool {
        self.error = None;
        std::mem::take(&mut self.announced)
    }

    /// A first page came: a failure of the old chain is moot.
    pub(super) fn forget_error(&mut self) {
        self.error = None;
    }

    /// The reader asks again: the failure, if any, is taken to retry.
    pub(super) fn take_error(&mut self) -> Option<Failure> {
        self.error.take()
    }

    pub(super) fn error(&self) -> Option<&Failure> {
        self.error.as_ref()
    }
}

impl Machine {
    /// Asks for a next page of feed `source`, unless one is on its way.
    pub(super) fn ask_next(&mut self, source: usize, url: String, fresh: bool, effects: &mut Vec<Effect>) {
        if self.paging.is_busy() {
            return;
        }
        let request = self.ids.next();
        effects.push(Effect::Fetch { request, url: url.clone(), body: false, fresh });
        self.paging.ask(request, url, source);
    }

    /// A later page of feed `source` has come from `url`, or has failed.
    pub(super) fn next_page_came(&mut self, source: usize, url: String, result: Result<String, LoadError>, effects: &mut Vec<Effect>) {
        match result.and_then(|text| normalize::parse_any(&text, &url, self.xml).map_err(LoadError::Feed)) {
            Ok(page) => {
                self.retries.answered();
                // A failure announced before is over; while a saved copy
                // is what a first page shows, its notice comes back.
                if self.paging.came() {
                    effects.push(Effect::Announce(self.notice()));
                }
                // The timeline on screen is let go first, so that a feed
                // of its own is not copied to be appended to.
                self.shown.let_go();
                self.sources.append(source, page, &url);
                self.show_timeline();
            }
            Err(error) => {
                let ids = &mut self.ids;
                let retrying = self.retries.schedule(&error, url.clone(), source, false, || ids.next());
                let failure = Failure { message: ui::message(self.lang, Target::Page, &error, retrying.is_some()), retrying: retrying.is_some() };
                effects.extend(retrying);
                effects.push(Effect::Emit(HostEvent::Error { url, failure: failure.clone() }));
                effects.push(Effect::Announce(failure.message.clone()));
                self.paging.failed(failure);
            }
        }
    }

    /// "Xem tiếp": one more page of the list, which may need the next page
    /// of the feed; after a failed page, that page again.
    pub(super) fn more(&mut self, effects: &mut Vec<Effect>) {
        self.paging.pressed();
        // After a failed page, "Xem tiếp" first shows what is loaded, then
        // asks for that page again. On an article it pages the related
        // list; a page that failed there has the status's own "Thử lại".
        let loaded = match &self.route {
            Route::Latest => self.shown.feed().items.len(),
            Route::Search(query) => self.hits(query).len(),
            Route::Article(_) => usize::MAX,
        };
        if self.paging.error().is_some() && self.pages.saturating_mul(LATEST_PAGE) >= loaded {
            self.retry(effects);
        } else {
            self.add_page();
        }
    }

    /// Follows the next page while the view wants more items than are
    /// loaded, one request at a time, within the press's pages.
    pub(super) fn follow(&mut self, effects: &mut Vec<Effect>) {
        // Next pages wait for the first pages: a saved copy's `next_url`
        // may be out of date.
        if !self.shown.is_ready() || !self.paging.may_follow() || self.retries.is_pending() || !self.sources.settled() {
            return;
        }
        let Some((source, next)) = self.sources.next_page() else { return };
        if self.wants_more() {
            self.paging.followed();
            self.ask_next(source, next, false, effects);
        }
    }

    /// Whether the view wants more items than are loaded.
    fn wants_more(&self) -> bool {
        let loaded = self.shown.feed().items.len();
        match &self.route {
            Route::Latest => self.pages.saturating_mul(LATEST_PAGE) > loaded,
            Route::Article(id) => self.find(id).is_none(),
            // Typing searches what is loaded; "Xem tiếp" past the last hit
            // looks in the next pages.
            Route::Search(query) => self.pages > 1 && self.pages.saturating_mul(LATEST_PAGE) > self.hits(query).len(),
        }
    }
}
