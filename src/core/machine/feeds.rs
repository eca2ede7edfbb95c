//! The reader's feeds (`data-feed` lists up to eight): each feed's pages
//! or saved copy, its first page's request and failure; which next page
//! to follow; and the timeline they make together. Then, as part of
//! `Machine`, what happens when a first page comes or fails, and when the
//! host hears `ready`.

use std::sync::Arc;

use super::{Effect, HostEvent, Machine};
use crate::core::merge;
use crate::core::model::Feed;
use crate::core::normalize;
use crate::core::saved::fingerprint;
use crate::core::screen::Failure;
use crate::core::time;
use crate::core::load::{LoadError, Target};
use crate::core::ui;
use crate::core::url;

/// One feed of the reader.
#[derive(Debug, Clone)]
struct Source {
    /// Its absolute URL, as the page's base URL resolves it.
    url: String,
    /// Its pages loaded so far (or its saved copy).
    feed: Option<Arc<Feed>>,
    /// The fingerprint of its first page's text on screen.
    fingerprint: u64,
    /// The fetch time of its saved copy while that copy is on screen.
    copy_from: Option<i64>,
    /// Its first page's request on its way.
    request: Option<u32>,
    /// Why its first page could not be read, until it is.
    failed: Option<Failure>,
}

/// The feeds, each once however its URL is spelled.
#[derive(Debug)]
pub(super) struct Sources(Vec<Source>);

impl Sources {
    pub(super) fn new(urls: Vec<String>) -> Sources {
        let mut sources: Vec<Source> = Vec::new();
        for url in urls {
            if !sources.iter().any(|s| url::key(&s.url) == url::key(&url)) {
                sources.push(Source { url, feed: None, fingerprint: 0, copy_from: None, request: None, failed: None });
            }
        }
        Sources(sources)
    }

    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    pub(super) fn url(&self, source: usize) -> &str {
        &self.0[source].url
    }

    /// The first page of `source`, unless it is on its way: its request is
    /// `request()`.
    pub(super) fn ask(&mut self, source: usize, fresh: bool, request: impl FnOnce() -> u32) -> Option<Effect> {
        let source = &mut self.0[source];
        if source.request.is_some() {
            return None;
        }
        let request = request();
        source.request = Some(request);
        Some(Effect::Fetch { request, url: source.url.clone(), body: false, fresh })
    }

    /// The feed whose first page request `request` is, which is no longer
    /// on its way.
    pub(super) fn answered(&mut self, request: u32) -> Option<usize> {
        let source = self.0.iter().position(|s| s.request == Some(request))?;
        self.0[source].request = None;
        Some(source)
    }

    /// Shows the saved copy `feed` (its `text` fetched at `at`) for `source`.
    pub(super) fn restore(&mut self, source: usize, at: i64, text: &str, feed: Feed) {
        let source = &mut self.0[source];
        source.copy_from = Some(at);
        source.fingerprint = fingerprint(text);
        source.feed = Some(Arc::new(feed));
    }

    /// `source`'s first page came as `feed` from `text`. Says whether its
    /// saved copy was on screen, and whether the feed changed (the same
    /// text as on screen changes nothing: a refresh must not rebuild the
    /// page under the reader).
    pub(super) fn came(&mut self, source: usize, feed: Feed, text: &str) -> (bool, bool) {
        let source = &mut self.0[source];
        let had_copy = source.copy_from.take().is_some();
        source.failed = None;
        let print = fingerprint(text);
        let changed = print != source.fingerprint || source.feed.is_none();
        if changed {
            source.fingerprint = print;
            source.feed = Some(Arc::new(feed));
        }
        (had_copy, changed)
    }

    pub(super) fn fail(&mut self, source: usize, failure: Failure) {
        self.0[source].failed = Some(failure);
    }

    /// Appends a later `page` of `source`, which came from `url`.
    pub(super) fn append(&mut self, source: usize, page: Feed, url: &str) {
        if let Some(feed) = self.0[source].feed.as_mut() {
            normalize::append(Arc::make_mut(feed), page, url);
        }
    }

    pub(super) fn any_loaded(&self) -> bool {
        self.0.iter().any(|s| s.feed.is_some())
    }

    pub(super) fn any_failed(&self) -> bool {
        self.0.iter().any(|s| s.failed.is_some())
    }

    pub(super) fn has_failed(&self, source: usize) -> bool {
        self.0[source].failed.is_some()
    }

    /// Whether `source`'s saved copy is what is on screen of it.
    pub(super) fn shows_copy(&self, source: usize) -> bool {
        self.0[source].copy_from.is_some()
    }

    /// Whether every feed's first page has answered.
    pub(super) fn settled(&self) -> bool {
        self.0.iter().all(|s| s.request.is_none())
    }

    /// Each feed whose first page could not be read: its address, and why.
    pub(super) fn failures(&self) -> Vec<(&str, &str)> {
        self.0.iter().filter_map(|s| Some((s.url.as_str(), s.failed.as_ref()?.message.as_str()))).collect()
    }

    /// Whether the message of a feed that could not be read promises an
    /// automatic retry.
    pub(super) fn any_retrying(&self) -> bool {
        self.0.iter().any(|s| s.failed.as_ref().is_some_and(|f| f.retrying))
    }

    /// The addresses of the feeds with something on the timeline.
    pub(super) fn loaded_urls(&self) -> Vec<String> {
        self.0.iter().filter(|s| s.feed.is_some()).map(|s| s.url.clone()).collect()
    }

    /// When the oldest saved copy on screen was fetched.
    pub(super) fn oldest_copy(&self) -> Option<i64> {
        self.0.iter().filter_map(|s| s.copy_from).min()
    }

    /// The timeline of the feeds loaded so far: the one feed as it is,
    /// several merged.
    pub(super) fn timeline(&self) -> Arc<Feed> {
        match self.0.as_slice() {
            [one] => one.feed.clone().unwrap_or_default(),
            many => {
                let loaded: Vec<(&str, &Feed)> = many.iter().filter_map(|s| Some((s.url.as_str(), &**s.feed.as_ref()?))).collect();
                Arc::new(merge::timeline(&loaded))
            }
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
            self.0.iter().any(|s| url::key(&s.url) == next || s.feed.as_ref().is_some_and(|f| f.loaded.contains(&next)))
        };
        let mut best: Option<(usize, &str, Option<_>)> = None;
        for (index, source) in self.0.iter().enumerate() {
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

    /// The item id `id` as the timeline names it. A reader of one feed
    /// keeps bare ids; a link made while it had several carries its feed's
    /// tag, which names this feed or none of it.
    pub(super) fn timeline_id<'a>(&self, id: &'a str) -> &'a str {
        match (self.0.as_slice(), merge::untagged(id)) {
            ([one], Some(own)) if id.starts_with(&merge::tag(&one.url)) => own,
            _ => id,
        }
    }

    /// The host's names for the timeline item `id`: its feed's address and
    /// its id in that feed (route ids with a feed's tag are the reader's
    /// business).
    pub(super) fn host_names<'a>(&self, id: &'a str) -> (String, &'a str) {
        match self.0.as_slice() {
            [one] => (one.url.clone(), id),
            many => {
                let feed = many.iter().find(|s| id.starts_with(&merge::tag(&s.url))).map(|s| s.url.clone());
                (feed.unwrap_or_default(), merge::untagged(id).unwrap_or(id))
            }
        }
    }
}

impl Machine {
    /// The reader starts with the saved copy of each feed that storage
    /// had (fetch time, text), in the order of the feeds.
    pub(super) fn start(&mut self, saved: Vec<Option<(i64, String)>>, effects: &mut Vec<Effect>) {
        for (source, saved) in saved.into_iter().enumerate().take(self.sources.len()) {
            let Some((at, text)) = saved else { continue };
            match normalize::parse_any(&text, self.sources.url(source), self.xml) {
                Ok(feed) => self.sources.restore(source, at, &text, feed),
                Err(_) => effects.push(Effect::Forget(self.sources.url(source).to_string())),
            }
        }
        // Saved copies are shown at once, while every feed is asked for.
        if self.sources.any_loaded() {
            self.show_timeline();
        }
        for source in 0..self.sources.len() {
            self.ask_first(source, false, effects);
        }
    }

    /// Asks for the first page of feed `source`, unless it is on its way.
    pub(super) fn ask_first(&mut self, source: usize, fresh: bool, effects: &mut Vec<Effect>) {
        let ids = &mut self.ids;
        effects.extend(self.sources.ask(source, fresh, || ids.next()));
    }

    /// The timeline of the feeds loaded so far goes on screen.
    pub(super) fn show_timeline(&mut self) {
        self.shown.show(self.sources.timeline());
    }

    /// The first page of feed `source` has come, or has failed.
    pub(super) fn first_page_came(&mut self, source: usize, result: Result<String, LoadError>, effects: &mut Vec<Effect>) {
        let url = self.sources.url(source).to_string();
        let parsed = result.and_then(|text| match normalize::parse_any(&text, &url, self.xml) {
            Ok(feed) => Ok((feed, text)),
            Err(error) => Err(LoadError::Feed(error)),
        });
        let (feed, text) = match parsed {
            Ok(page) => page,
            Err(error) => return self.first_page_failed(source, error, effects),
        };
        self.retries.answered();
        let (had_copy, changed) = self.sources.came(source, feed, &text);
        if changed {
            if self.shown.is_ready() || self.sources.settled() {
                self.paging.forget_error();
                self.show_timeline();
            }
        } else if !self.shown.is_ready() && self.sources.settled() {
            self.show_timeline();
        }
        // The offline notice of a lone feed's copy is over.
        if had_copy && self.sources.len() == 1 {
            effects.push(Effect::Announce(String::new()));
        }
        effects.push(Effect::Save { url, text });
        self.tell_sources(effects);
    }

    /// The live region's standing text: the age of the saved copies on
    /// screen, if any, and in a reader of several feeds the feeds that
    /// could not be read, with why.
    pub(super) fn notice(&self) -> String {
        let oldest = self.sources.oldest_copy();
        let mut notice = oldest.and_then(time::from_millis).map(|at| ui::offline(self.lang, at)).unwrap_or_default();
        let failed = self.sources.failures();
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
    fn tell_sources(&mut self, effects: &mut Vec<Effect>) {
        if !self.sources.settled() || !self.sources.any_loaded() {
            return;
        }
        if !self.shown.is_ready() {
            self.show_timeline();
        }
        if self.sources.len() > 1 {
            effects.push(Effect::Announce(self.notice()));
            effects.push(Effect::OfferRetry(self.sources.any_failed()));
        } else if self.sources.shows_copy(0) {
            effects.push(Effect::Announce(self.notice()));
        }
        if self.told.ready() {
            effects.push(Effect::Emit(HostEvent::Ready { items: self.shown.feed().items.len(), sources: self.sources.loaded_urls() }));
        }
    }

    /// A failure of a first page never takes away a feed on screen: a
    /// saved copy stays, with the notice of its age, and the other feeds
    /// stay. Only when no feed can be shown is it the reader's failure.
    fn first_page_failed(&mut self, source: usize, error: LoadError, effects: &mut Vec<Effect>) {
        let url = self.sources.url(source).to_string();
        let ids = &mut self.ids;
        let retrying = self.retries.schedule(&error, url.clone(), source, true, || ids.next());
        let failure = Failure { message: ui::message(self.lang, Target::Feed, &error, retrying.is_some()), retrying: retrying.is_some() };
        effects.extend(retrying);
        effects.push(Effect::Emit(HostEvent::Error { url, failure: failure.clone() }));
        self.sources.fail(source, failure.clone());
        let loaded = self.sources.any_loaded();
        if !loaded && self.sources.settled() {
            // One feed: its message. Several: each feed's, by address.
            let failed = self.sources.failures();
            let failure = match failed.len() {
                1 => failure,
                _ => Failure { message: ui::sources_failed(self.lang, &failed), retrying: self.sources.any_retrying() },
            };
            self.shown.fail(failure);
        } else if loaded {
            self.tell_sources(effects);
        }
    }
}
