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
    /// later page): why, and "Thử lại".
    Failed(Failure),
    /// No loaded item has the route's id. `more`: the feed has pages the
    /// reader has not followed yet ("Tìm trong tin cũ hơn").
    NotFound { more: bool },
    /// The latest list: its first `shown` items; `more` shows "Xem tiếp".
    Latest { feed: Timeline, shown: usize, more: bool },
    /// An article, with everything its view lays out.
    Article(ArticleScreen),
    /// The results of a search for `query`: the positions of the matching
    /// items shown (`hits`, best first), of the `found` in all; `more`
    /// shows "Xem tiếp".
    Search { feed: Timeline, query: String, hits: Vec<usize>, found: usize, more: bool },
}

/// The item at `at`, with what its view lays out beside the item itself,
/// all decided by the machine. Whether it is being read aloud is not
/// here but in `Machine::speech`, which only the toolbar's buttons follow:
/// a press on "Tạm dừng" must not draw the article again under the
/// reader's finger and focus.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleScreen {
    pub feed: Timeline,
    pub at: usize,
    /// Its body, as far as it has come.
    pub body: BodyState,
    /// "Các tin mới hơn": positions in `feed.items`.
    pub newer: Vec<usize>,
    /// The pages of "Các bài liên quan" shown: positions in `feed.items`.
    pub related: Vec<usize>,
    /// Whether "Xem tiếp" has more related items.
    pub more: bool,
    /// The language it is written in, as far as it or its feed says.
    pub lang: Option<String>,
    /// The language it is read aloud in: `lang`, else the interface's.
    pub voice: String,
    /// The address its share tools send (none: no share tools).
    pub share: Option<String>,
    /// Which of the toolbar's tools it offers on this device.
    pub tools: Tools,
}

/// A load that failed, as the reader words it (`ui::message`): the
/// `message`, and whether an automatic retry is set for it (`retrying`),
/// which the message then promises.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub message: String,
    pub retrying: bool,
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
