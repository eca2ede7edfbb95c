//! Asking again: the automatic retry after a busy server's `Retry-After`
//! (at most one pending, and at most `AUTO_RETRIES` set in a row; an answer
//! that comes, or "Thử lại", starts the count over), and the retry button
//! ("Thử lại") itself.

use super::{Effect, Machine};
use crate::core::retry::{AUTO_RETRIES, AUTO_RETRY_MAX_SECONDS};
use crate::core::load::LoadError;

/// The one pending automatic retry, of feed `source`.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub(super) timer: u32,
    pub(super) url: String,
    pub(super) source: usize,
    /// The feed's first page (else a next page).
    pub(super) first: bool,
}

#[derive(Debug, Default)]
pub(super) struct Retries {
    pending: Option<Pending>,
    /// Automatic retries set since the last answer or "Thử lại".
    count: u32,
}

impl Retries {
    /// Sets the one automatic retry of `url` after a busy server's
    /// `error`, when its wait is short enough, no other retry is pending
    /// (that one keeps its promise; this failure is left to "Thử lại") and
    /// fewer than `AUTO_RETRIES` were set in a row. Returns the wait to
    /// ask the edge for; `timer` names it, and is asked for only then.
    pub(super) fn schedule(
        &mut self,
        error: &LoadError,
        url: String,
        source: usize,
        first: bool,
        timer: impl FnOnce() -> u32,
    ) -> Option<Effect> {
        let LoadError::Status(_, Some(wait)) = *error else { return None };
        if wait > AUTO_RETRY_MAX_SECONDS || self.count >= AUTO_RETRIES || self.pending.is_some() {
            return None;
        }
        self.count += 1;
        let timer = timer();
        self.pending = Some(Pending { timer, url, source, first });
        Some(Effect::Wait { timer, seconds: wait.max(1) })
    }

    /// An answer came: a later busy server may be waited for again.
    pub(super) fn answered(&mut self) {
        self.count = 0;
    }

    /// The retry whose timer `timer` fired, if it is the pending one.
    pub(super) fn fired(&mut self, timer: u32) -> Option<Pending> {
        self.pending.take_if(|p| p.timer == timer)
    }

    /// "Thử lại" replaces the pending retry, if any (returned, for its
    /// timer to be stopped), and starts the count over.
    pub(super) fn replace(&mut self) -> Option<Pending> {
        self.count = 0;
        self.pending.take()
    }

    pub(super) fn is_pending(&self) -> bool {
        self.pending.is_some()
    }
}

impl Machine {
    /// "Thử lại": asks again now for what failed (the next page, else the
    /// first page of each feed that could not be read), replacing any
    /// automatic retry, and starts the count of automatic retries over.
    pub(super) fn retry(&mut self, effects: &mut Vec<Effect>) {
        let replaced = self.retries.replace();
        let waited_for_first = replaced.as_ref().filter(|p| p.first).map(|p| p.source);
        effects.extend(replaced.map(|p| Effect::StopWaiting(p.timer)));
        self.paging.retried();
        let several = self.sources.len() > 1;
        if self.paging.take_error().is_some() {
            if let Some((source, next)) = self.sources.next_page() {
                self.ask_next(source, next, true, effects);
            }
            // One feed: that was all that failed. Several: the button
            // beside the notice asks for the failed feeds too.
            if !several {
                return;
            }
        }
        let failed_view = self.shown.reload();
        for source in 0..self.sources.len() {
            let failed = self.sources.has_failed(source) && (several || failed_view);
            if failed || waited_for_first == Some(source) {
                self.ask_first(source, true, effects);
            }
        }
    }
}
