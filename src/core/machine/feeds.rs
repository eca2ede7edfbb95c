//! The reader's feeds, as the machine keeps them: each feed's first page
//! (asked for at once with the others), its saved copy, its failure, and
//! the timeline they make together; which next page to follow; and where
//! a route's article is on that timeline. Part of `Machine`, split off so
//! each file holds one concern.

use std::sync::Arc;

use super::{Effect, HostEvent, Machine, Phase};
use crate::core::merge;
use crate::core::model::Feed;
use crate::core::normalize;
use crate::core::route::Route;
use crate::core::saved::fingerprint;
use crate::core::select;
use crate::core::time;
use crate::core::ui::{self, LoadError, What};
use crate::core::url;

/// One feed of the reader.
#[derive(Debug, Clone)]
pub(super) struct Source {
    /// Its absolute URL, as the page's base URL resolves it.
    pub(super) url: String,
    /// Its pages loaded so far (or its saved copy).
    pub(super) feed: Option<Arc<Feed>>,
    /// The fingerprint of its first page's text on screen.
    pub(super) shown: u64,
    /// The fetch time of its saved copy while that copy is on screen.
    pub(super) copy_from: Option<i64>,
    /// Its first page's request on its way.
    pub(super) request: Option<u32>,
    /// Why its first page could not be read, until it is.
    pub(super) failed: Option<String>,
}

impl Machine {
    pub(super) fn start(&mut self, route: Route, depth: u32, saved: Vec<Option<(i64, String)>>, fx: &mut Vec<Effect>) {
        self.route = route;
        self.depth = depth;
        for (source, saved) in saved.into_iter().enumerate().take(self.sources.len()) {
            let Some((at, text)) = saved else { continue };
            let url = self.sources[source].url.clone();
            match normalize::parse_any(&text, &url, self.xml) {
                Ok(feed) => {
                    let source = &mut self.sources[source];
                    source.copy_from = Some(at);
                    source.shown = fingerprint(&text);
                    source.feed = Some(Arc::new(feed));
                }
                Err(_) => fx.push(Effect::Forget(url)),
            }
        }
        // Saved copies are shown at once, while every feed is asked for.
        if self.sources.iter().any(|s| s.feed.is_some()) {
            self.merge();
        }
        for source in 0..self.sources.len() {
            self.request_first(source, false, fx);
        }
    }

    /// Asks for the first page of feed `source`, unless it is on its way.
    pub(super) fn request_first(&mut self, source: usize, fresh: bool, fx: &mut Vec<Effect>) {
        if self.sources[source].request.is_some() {
            return;
        }
        let request = self.id();
        fx.push(Effect::Fetch { request, url: self.sources[source].url.clone(), body: false, fresh });
        self.sources[source].request = Some(request);
    }

    /// The timeline of the feeds loaded so far goes on screen: the one
    /// feed as it is, several merged.
    pub(super) fn merge(&mut self) {
        self.feed = match self.sources.as_slice() {
            [one] => one.feed.clone().unwrap_or_default(),
            many => {
                let loaded: Vec<(&str, &Feed)> = many.iter().filter_map(|s| Some((s.url.as_str(), &**s.feed.as_ref()?))).collect();
                Arc::new(merge::timeline(&loaded))
            }
        };
        self.index = None;
        self.phase = Phase::Ready;
    }

    /// The first page of feed `source` has come, or has failed.
    pub(super) fn landed(&mut self, source: usize, result: Result<String, LoadError>, fx: &mut Vec<Effect>) {
        let url = self.sources[source].url.clone();
        let parsed = result.and_then(|text| match normalize::parse_any(&text, &url, self.xml) {
            Ok(feed) => Ok((feed, text)),
            Err(error) => Err(LoadError::Feed(error)),
        });
        let (feed, text) = match parsed {
            Ok(page) => page,
            Err(error) => return self.first_failed(source, error, fx),
        };
        self.retries = 0;
        let had_copy = self.sources[source].copy_from.take().is_some();
        self.sources[source].failed = None;
        // The same text as on screen changes nothing: a refresh must not
        // rebuild the page under the reader.
        let print = fingerprint(&text);
        if print != self.sources[source].shown || self.sources[source].feed.is_none() {
            self.sources[source].shown = print;
            self.sources[source].feed = Some(Arc::new(feed));
            if self.phase == Phase::Ready || self.settled() {
                self.page_error = None;
                self.merge();
            }
        } else if self.phase != Phase::Ready && self.settled() {
            self.merge();
        }
        // The offline notice of a lone feed's copy is over.
        if had_copy && self.sources.len() == 1 {
            fx.push(Effect::Announce(String::new()));
        }
        fx.push(Effect::Save { url, text });
        self.tell_sources(fx);
    }

    /// Each feed whose first page could not be read: its address, and why.
    pub(super) fn failures(&self) -> Vec<(&str, &str)> {
        self.sources.iter().filter_map(|s| Some((s.url.as_str(), s.failed.as_deref()?))).collect()
    }

    /// Whether every feed's first page has answered.
    pub(super) fn settled(&self) -> bool {
        self.sources.iter().all(|s| s.request.is_none())
    }

    /// The live region's standing text: the age of the saved copies on
    /// screen, if any, and in a reader of several feeds the feeds that
    /// could not be read, with why.
    pub(super) fn notice(&self) -> String {
        let oldest = self.sources.iter().filter_map(|s| s.copy_from).min();
        let mut notice = oldest.and_then(time::from_millis).map(|at| ui::offline(self.lang, at)).unwrap_or_default();
        let failed = self.failures();
        if self.sources.len() > 1 && !failed.is_empty() {
            if !notice.is_empty() {
                notice.push('\n');
            }
            notice += &ui::sources_failed(self.lang, &failed);
        }
        notice
    }

    /// Once every first page has answered: the timeline goes on screen
    /// (or, when no feed could be read, the failure), and the live region
    /// says which feeds failed and why, with "Thử lại" for them. The host
    /// hears `ready` the first time.
    pub(super) fn tell_sources(&mut self, fx: &mut Vec<Effect>) {
        let loaded = self.sources.iter().any(|s| s.feed.is_some());
        if !self.settled() || !loaded {
            return;
        }
        if self.phase != Phase::Ready {
            self.merge();
        }
        if self.sources.len() > 1 {
            fx.push(Effect::Announce(self.notice()));
            fx.push(Effect::OfferRetry(self.sources.iter().any(|s| s.failed.is_some())));
        } else if self.sources[0].copy_from.is_some() {
            fx.push(Effect::Announce(self.notice()));
        }
        if !self.ready_said {
            self.ready_said = true;
            let sources = self.sources.iter().filter(|s| s.feed.is_some()).map(|s| s.url.clone()).collect();
            fx.push(Effect::Emit(HostEvent::Ready { items: self.feed.items.len(), sources }));
        }
    }

    /// A failure of a first page never takes away a feed on screen: a
    /// saved copy stays, with the notice of its age, and the other feeds
    /// stay. Only when no feed can be shown is it the reader's failure.
    pub(super) fn first_failed(&mut self, source: usize, error: LoadError, fx: &mut Vec<Effect>) {
        let url = self.sources[source].url.clone();
        let retrying = self.schedule(&error, url.clone(), source, true, fx);
        let message = ui::message(self.lang, What::Feed, &error, retrying);
        fx.push(Effect::Emit(HostEvent::Error { url, message: message.clone() }));
        self.sources[source].failed = Some(message.clone());
        let loaded = self.sources.iter().any(|s| s.feed.is_some());
        if !loaded && self.settled() {
            // One feed: its message. Several: each feed's, by address.
            let failed = self.failures();
            self.phase = Phase::Failed(if failed.len() > 1 { ui::sources_failed(self.lang, &failed) } else { message });
        } else if loaded {
            self.tell_sources(fx);
        }
    }

    /// The next page to follow for more of the timeline, and its feed's
    /// index: of the feeds with a next page, the one whose oldest loaded
    /// item is the newest, since its next items come first on the
    /// timeline (a feed without dates goes last). A next page that is
    /// another feed's first page, or a page another feed loaded, is not
    /// followed: its items are on the timeline already.
    pub(super) fn next_page(&self) -> Option<(usize, String)> {
        let taken = |next: &str| {
            let next = url::key(next);
            self.sources.iter().any(|s| url::key(&s.url) == next || s.feed.as_ref().is_some_and(|f| f.loaded.contains(&next)))
        };
        let mut best: Option<(usize, &str, Option<_>)> = None;
        for (index, source) in self.sources.iter().enumerate() {
            let Some(feed) = &source.feed else { continue };
            let Some(next) = feed.next_page().filter(|next| !taken(next)) else { continue };
            // Items are newest first, undated last: the last dated is the oldest.
            let oldest = feed.items.iter().rev().find_map(|i| i.date());
            if best.as_ref().is_none_or(|(_, _, best)| oldest > *best) {
                best = Some((index, next, oldest));
            }
        }
        best.map(|(index, next, _)| (index, next.to_string()))
    }

    /// Where the article with route id `id` is on the timeline. A reader of
    /// one feed keeps bare ids; a link made while it had several carries
    /// its feed's tag, which names this feed or none of it.
    pub(super) fn find(&self, id: &str) -> Option<usize> {
        let id = match (self.sources.as_slice(), merge::untagged(id)) {
            ([one], Some(own)) if id.starts_with(&merge::tag(&one.url)) => own,
            _ => id,
        };
        select::position(&self.feed, id)
    }
}
