//! What the reader has to show of its feeds (`Shown`): nothing yet, the
//! failure of every feed, or the timeline they make; and, while the route
//! is a search, the search index of that timeline, kept so that typing
//! does not fold the whole timeline again at every key.

use std::sync::Arc;

use crate::core::model::Feed;
use crate::core::screen::Failure;
use crate::core::search::Index;

/// Whether the reader has a timeline to show.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) enum Phase {
    #[default]
    Loading,
    /// No feed could be read: why.
    Failed(Failure),
    Ready,
}

#[derive(Default)]
pub(super) struct Shown {
    phase: Phase,
    /// The timeline on screen: the one feed, or the feeds merged.
    feed: Arc<Feed>,
    /// The folded search index of `feed`, when one was asked for since
    /// `feed` last changed.
    index: Option<Index>,
}

impl Shown {
    pub(super) fn phase(&self) -> &Phase {
        &self.phase
    }

    pub(super) fn is_ready(&self) -> bool {
        self.phase == Phase::Ready
    }

    pub(super) fn feed(&self) -> &Arc<Feed> {
        &self.feed
    }

    /// The timeline `feed` goes on screen.
    pub(super) fn show(&mut self, feed: Arc<Feed>) {
        self.feed = feed;
        self.index = None;
        self.phase = Phase::Ready;
    }

    /// No feed could be read, for this reason.
    pub(super) fn fail(&mut self, failure: Failure) {
        self.phase = Phase::Failed(failure);
    }

    /// "Thử lại" after every feed failed: the reader is loading again.
    /// Says whether the failure was on screen.
    pub(super) fn reload(&mut self) -> bool {
        let failed = matches!(self.phase, Phase::Failed(_));
        if failed {
            self.phase = Phase::Loading;
        }
        failed
    }

    /// Lets go of the timeline until `show` gives the next one, so that a
    /// feed about to have a page appended is not shared, and is appended
    /// to in place rather than copied.
    pub(super) fn let_go(&mut self) {
        self.feed = Arc::default();
        self.index = None;
    }

    /// Builds the search index of the timeline, when `searching` and it
    /// has none.
    pub(super) fn keep_index(&mut self, searching: bool) {
        if searching && self.index.is_none() {
            self.index = Some(Index::new(&self.feed));
        }
    }

    /// The positions of the items matching `query`, best first, from the
    /// kept index when there is one.
    pub(super) fn hits(&self, query: &str) -> Vec<usize> {
        match &self.index {
            Some(index) => index.search(query),
            None => Index::new(&self.feed).search(query),
        }
    }
}
