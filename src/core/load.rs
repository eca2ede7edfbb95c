//! Why a request of the reader brought nothing to show, as the browser
//! edge (`web::fetch`) and `doctin-feed import` report it and the machine
//! handles it; `core::ui::message` words it.

use super::normalize::FeedError;

/// Why a request brought nothing to show. Each case gets its own message
/// so a webmaster can tell a wrong URL from a broken server from a broken
/// file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an HTTP answer: offline, DNS, CORS, refused.
    Unreachable,
    /// No complete answer within the time limit, in seconds.
    TimedOut(u32),
    /// The server answered with a status other than 2xx, and maybe with
    /// the seconds its `Retry-After` asks the reader to wait.
    Status(u16, Option<u32>),
    Feed(FeedError),
}

/// Which request failed: each message names it, so a reader is never told
/// that "the feed" failed when it was one article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The feed's first page, which every view needs.
    Feed,
    /// A later page of a paged feed (`next_url`).
    Page,
    /// An article's body kept in a file of its own (`content_url`).
    Body,
}

