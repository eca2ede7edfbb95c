//! Where the reader has been: its history depth in hash mode (so "Quay
//! lại" can step back in the browser's history only inside the reader),
//! and without the hash the routes "Quay lại" returns to, the last `TRAIL`.

use crate::core::route::Route;

/// How many routes "Quay lại" remembers without the hash.
const TRAIL: usize = 50;

#[derive(Debug, Default)]
pub(super) struct Trail {
    /// This history entry's depth inside the reader (hash mode).
    depth: u32,
    /// The routes before this one (route mode `none`), oldest first.
    visited: Vec<Route>,
}

impl Trail {
    pub(super) fn depth(&self) -> u32 {
        self.depth
    }

    pub(super) fn set_depth(&mut self, depth: u32) {
        self.depth = depth;
    }

    /// Remembers `route` as the one to come back to; the oldest is
    /// forgotten past `TRAIL`.
    pub(super) fn leave(&mut self, route: Route) {
        if self.visited.len() == TRAIL {
            self.visited.remove(0);
        }
        self.visited.push(route);
    }

    /// The route to go back to: the last one left, else the latest list.
    pub(super) fn back(&mut self) -> Route {
        self.visited.pop().unwrap_or(Route::Latest)
    }
}
