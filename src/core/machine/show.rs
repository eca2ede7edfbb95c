//! What the views draw (`Screen`), projected from the machine's state
//! without changing it: the list, the results, or the article with what
//! its view lays out beside the item.

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
        match &self.phase {
            Phase::Loading => return Screen::Loading,
            Phase::Failed(message) => return Screen::Failed(message.clone()),
            Phase::Ready => {}
        }
        let feed = Timeline(self.feed.clone());
        let pages = self.pages;
        let next = self.sources.next_page().is_some();
        match &self.route {
            Route::Latest => {
                let more = select::has_more(self.feed.items.len(), pages, LATEST_PAGE) || next;
                Screen::Latest { feed, pages, more }
            }
            Route::Search(query) => {
                let hits = self.hits(query);
                let more = select::has_more(hits.len(), pages, LATEST_PAGE) || next;
                Screen::Search { feed, query: query.clone(), hits, pages, more }
            }
            Route::Article(id) => match self.find(id) {
                Some(at) => self.article(feed, at),
                None if self.paging.is_busy() || !self.sources.settled() => Screen::Loading,
                None => match self.paging.error() {
                    Some(message) => Screen::Failed(message.clone()),
                    None => Screen::NotFound { more: next },
                },
            },
        }
    }

    /// Where the article on screen is on the timeline, if one is.
    pub(super) fn article_at(&self) -> Option<usize> {
        match (&self.route, &self.phase) {
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

    /// The language an article is read aloud in: its own, else its
    /// feed's; the labels around it are the interface's.
    pub(super) fn voice(&self, item: &Item) -> String {
        item.language.clone().or_else(|| self.feed.language.clone()).unwrap_or_else(|| self.lang.code().to_string())
    }

    /// The article at `at` on `feed`, as its view lays it out.
    fn article(&self, feed: Timeline, at: usize) -> Screen {
        let item = &feed.items[at];
        let body = self.bodies.state(&item.body);
        let all = select::related(&feed, at);
        let count = if self.related == 0 { 0 } else { select::on_pages(all.len(), self.pages, self.related) };
        let more = count > 0 && select::has_more(all.len(), self.pages, self.related);
        let related = all[..count].to_vec();
        let share = self.share(item);
        let tools = self.toolbar.tools(&self.voice(item), share.is_some());
        Screen::Article(ArticleScreen { feed, at, body, related, more, share, tools })
    }
}
