//! What the reader shows, as `core::machine::Machine::screen` computes it:
//! the views draw a `Screen` and nothing else.

use std::sync::Arc;

use super::model::{Body, Feed};
use super::tools::Tools;

/// One of the reader's views, with what it needs to draw itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Loading,
    /// The feed could not be loaded (or, for an article not yet found, a
    /// later page): the message, and "Thử lại".
    Failed(String),
    /// No loaded item has the route's id. `more`: the feed has pages the
    /// reader has not followed yet ("Tìm trong tin cũ hơn").
    NotFound { more: bool },
    /// The latest list, `pages` pages of it; `more` shows "Xem tiếp".
    Latest { feed: Timeline, pages: usize, more: bool },
    /// An article, with everything its view lays out.
    Article(ArticleScreen),
    /// The positions of the items matching `query`, best first.
    Search { feed: Timeline, query: String, hits: Vec<usize>, pages: usize, more: bool },
}

/// The item at `at`, with what its view lays out beside the item itself:
/// its body as far as it has come; the pages of "Các bài liên quan" shown
/// (`related`, positions in `feed.items`) and whether "Xem tiếp" has more
/// of them (`more`); the address its share tools send
/// (`share`; none, no share tools); and which of the toolbar's tools it
/// offers on this device (`tools`).
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleScreen {
    pub feed: Timeline,
    pub at: usize,
    pub body: BodyState,
    pub related: Vec<usize>,
    pub more: bool,
    pub share: Option<String>,
    pub tools: Tools,
}

/// The feed on screen, compared by identity: a redraw is needed when the
/// machine holds another feed, never because two feeds look alike.
#[derive(Debug, Clone)]
pub struct Timeline(pub Arc<Feed>);

impl PartialEq for Timeline {
    fn eq(&self, other: &Timeline) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Timeline {
    type Target = Feed;
    fn deref(&self) -> &Feed {
        &self.0
    }
}

/// An article's body as the article shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyState {
    /// In the feed, or fetched: never `Body::Remote`.
    Ready(Body),
    Loading,
    /// Its file could not be loaded: the message, and "Thử lại".
    Failed(String),
}
