//! The automatic retry after a busy server's `Retry-After`: at most one is
//! pending, and at most `AUTO_RETRIES` are set in a row; an answer that
//! comes, or "Thử lại", starts the count over.

use super::Effect;
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
