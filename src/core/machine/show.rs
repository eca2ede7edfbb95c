//! What the views draw (`Screen`), projected from the machine's state
//! without changing it: the list, the results, or the article with what
//! its view lays out beside the item. Every count, selection and fallback
//! a view needs is worked out here, so the views only lay it out.

use super::{Machine, Phase};
use crate::core::config::RouteMode;
use crate::core::model::Item;
use crate::core::route::Route;
use crate::core::screen::{ArticleScreen, Screen, Timeline};
use crate::core::select::{self, LATEST_PAGE};
use crate::core::share;

impl Machine {
    /// What the views draw now.
    pub fn screen(&self) -> Screen {
        match self.shown.phase() {
            Phase::Loading => return Screen::Loading,
            Phase::Failed(failure) => return Screen::Failed(failure.clone()),
            Phase::Ready => {}
        }
        let feed = Timeline(self.shown.feed().clone());
        let next = self.sources.next_page().is_some();
        match &self.route {
            Route::Latest => {
                let total = feed.items.len();
                let shown = select::on_pages(total, self.pages, LATEST_PAGE);
                Screen::Latest { feed, shown, more: shown < total || next }
            }
            Route::Search(query) => {
                let mut hits = self.hits(query);
                let found = hits.len();
                hits.truncate(select::on_pages(found, self.pages, LATEST_PAGE));
                let more = hits.len() < found || next;
                Screen::Search { feed, query: query.clone(), hits, found, more }
            }
            Route::Article(id) => match self.find(id) {
                Some(at) => self.article(feed, at),
                None if self.paging.is_busy() || !self.sources.settled() => Screen::Loading,
                None => match self.paging.error() {
                    Some(failure) => Screen::Failed(failure.clone()),
                    None => Screen::NotFound { more: next },
                },
            },
        }
    }

    /// Where the article on screen is on the timeline, if one is.
    pub(super) fn article_at(&self) -> Option<usize> {
        match (&self.route, self.shown.phase()) {
            (Route::Article(id), Phase::Ready) => self.find(id),
            _ => None,
        }
    }

    /// The address an article's share tools send, if it has one: its own,
    /// else the reader's page with its route (`share::article_url`).
    pub(super) fn share(&self, item: &Item) -> Option<String> {
        let hash = Route::Article(item.id.clone()).to_hash();
        share::article_url(item.url.as_deref(), &self.page, &hash, self.mode == RouteMode::Hash)
    }

    /// The language an article is written in, as far as it says: its own,
    /// else its feed's.
    fn language(&self, item: &Item) -> Option<String> {
        item.language.clone().or_else(|| self.shown.feed().language.clone())
    }

    /// The language an article is read aloud in: its own language, else
    /// the interface's.
    pub(super) fn voice(&self, item: &Item) -> String {
        self.language(item).unwrap_or_else(|| self.lang.code().to_string())
    }

    /// The article at `at` on `feed`, as its view lays it out.
    fn article(&self, feed: Timeline, at: usize) -> Screen {
        let item = &feed.items[at];
        let body = self.bodies.state(&item.body);
        let newer = select::newer(at, self.newer);
        let mut related = select::related(&feed, at);
        let shown = if self.related == 0 { 0 } else { select::on_pages(related.len(), self.pages, self.related) };
        let more = shown > 0 && shown < related.len();
        related.truncate(shown);
        let share = self.share(item);
        let (lang, voice) = (self.language(item), self.voice(item));
        let tools = self.toolbar.tools(&voice, share.is_some());
        Screen::Article(ArticleScreen { feed, at, body, newer, related, more, lang, voice, share, tools })
    }
}
