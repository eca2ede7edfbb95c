//! Checking a feed against what doctin expects of it, for the people who
//! publish it: the `doctin-feed check` command. The reader itself copes
//! with all of this quietly; this says what it will do about each problem,
//! so a webmaster can fix the feed instead of wondering.

use std::fmt;

use super::normalize::{self, FeedError};
use super::saved::MAX_SAVED;
use super::time;
use super::url::{resolve, Use};
use super::wire;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something is lost: an item not shown, a date or a URL dropped.
    Error,
    /// The reader copes, but the feed is not what it should be.
    Warning,
}

/// One problem: where it is ("feed", or `items[3] "id"`) and what the
/// reader does about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    pub place: String,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        };
        write!(f, "{level}: {}: {}", self.place, self.message)
    }
}

const VERSIONS: [&str; 4] = [
    "https://jsonfeed.org/version/1.1",
    "https://jsonfeed.org/version/1",
    "http://jsonfeed.org/version/1.1",
    "http://jsonfeed.org/version/1",
];

/// Every finding for the feed `text`, feed-level ones first, then items in
/// order. An empty list means the feed is shown exactly as written.
pub fn check(text: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut say = |level, place: &str, message: String| findings.push(Finding { level, place: place.to_string(), message });
    let feed = match wire::Feed::parse(text) {
        Ok(feed) if feed.is_feed() => feed,
        Ok(_) => {
            say(Level::Error, "feed", "is JSON but has no \"items\" list, so it is not a JSON Feed; nothing is shown".into());
            return findings;
        }
        Err(_) => {
            let message = match normalize::parse(text) {
                Err(FeedError::InvalidJson { line, column, .. }) => {
                    format!("is not valid JSON (line {line}, column {column}); nothing is shown")
                }
                _ => "is not valid JSON; nothing is shown".to_string(),
            };
            say(Level::Error, "feed", message);
            return findings;
        }
    };

    match feed.version() {
        Some(v) if VERSIONS.contains(&v) => {}
        Some(v) => say(Level::Warning, "feed", format!("version \"{v}\" is not a JSON Feed version; write https://jsonfeed.org/version/1.1")),
        None => say(Level::Warning, "feed", "has no \"version\"; write https://jsonfeed.org/version/1.1".into()),
    }
    if feed.title().is_none_or(|t| t.trim().is_empty()) {
        say(Level::Warning, "feed", "has no title; the list is headed \"Tin mới nhất\"".into());
    }
    let home = feed.home_page_url();
    match home {
        Some(h) if resolve(None, h, Use::Base).is_none() => {
            say(Level::Error, "feed", format!("home_page_url \"{h}\" is not an absolute http(s) URL; relative URLs are dropped"))
        }
        Some(_) => {}
        None => say(Level::Warning, "feed", "has no home_page_url; relative image and link URLs are dropped".into()),
    }
    let base = home.and_then(|h| resolve(None, h, Use::Base));
    let paged = feed.next_url().is_some();
    if let Some(next) = feed.next_url().filter(|n| resolve(None, n, Use::Link).is_none_or(|u| u.starts_with("mailto:") || u.starts_with("tel:"))) {
        say(Level::Error, "feed", format!("next_url \"{next}\" is not a URL; the pages after this one are not loaded"));
    }
    if text.len() > MAX_SAVED {
        say(Level::Warning, "feed", format!("is {} KB; feeds over {} KB get no offline copy", text.len() / 1024, MAX_SAVED / 1024));
    }
    for (n, link) in feed.links().enumerate() {
        let place = format!("_doctin.links[{n}]");
        if link.title().is_none_or(|t| t.trim().is_empty()) || link.url().and_then(|u| resolve(base.as_deref(), u, Use::Link)).is_none() {
            say(Level::Error, &place, "needs a title and an http(s) url; it is not shown".into());
        }
    }

    let mut ids: Vec<String> = Vec::new();
    for (n, item) in feed.items().enumerate() {
        let Some(id) = item.id() else {
            say(Level::Error, &format!("items[{n}]"), "has no usable id (a non-empty string or a whole number); it is not shown".into());
            continue;
        };
        let place = format!("items[{n}] \"{id}\"");
        if let Some(first) = ids.iter().position(|other| *other == id) {
            say(Level::Error, &place, format!("repeats the id of items[{first}]; only the first is shown"));
        }
        ids.push(id);
        if item.title().is_none_or(|t| t.trim().is_empty()) {
            say(Level::Warning, &place, "has no title; it is shown as \"(Không có tiêu đề)\"".into());
        }
        let no_html = item.content_html().is_none_or(|c| c.trim().is_empty());
        let no_text = item.content_text().is_none_or(|c| c.trim().is_empty());
        match item.content_url() {
            Some(url) if resolve(None, url, Use::Link).is_none() => {
                say(Level::Error, &place, format!("_doctin.content_url \"{url}\" is not an allowed URL; it is ignored"))
            }
            Some(_) if no_html && no_text => say(
                Level::Warning,
                &place,
                "has only _doctin.content_url; readers other than doctin show no body (add a short content_text)".into(),
            ),
            Some(_) if !no_html => say(Level::Warning, &place, "has content_html, so its _doctin.content_url is never fetched".into()),
            Some(_) => {}
            None if no_html && no_text => say(Level::Warning, &place, "has no content_html or content_text; the article has no body".into()),
            None => {}
        }
        match item.date_published() {
            None => say(Level::Warning, &place, "has no date_published; it is undated and listed after dated items".into()),
            Some(d) if time::parse(d).is_none() => {
                say(Level::Error, &place, format!("date_published \"{d}\" is not a date (RFC 3339, e.g. 2021-11-16T09:02:25+07:00); it is shown undated"))
            }
            Some(_) => {}
        }
        if let Some(d) = item.date_modified().filter(|d| time::parse(d).is_none()) {
            say(Level::Error, &place, format!("date_modified \"{d}\" is not a date; it is ignored"));
        }
        for (field, value, usage) in [("url", item.url(), Use::Link), ("image", item.image(), Use::Image)] {
            if let Some(v) = value.filter(|v| resolve(base.as_deref(), v, usage).is_none()) {
                say(Level::Error, &place, format!("{field} \"{v}\" is not an allowed URL here; it is dropped"));
            }
        }
    }
    // Related ids are checked once every id is known: they may point
    // forward. In a paged feed they may be on another page, which this file
    // cannot tell.
    for (n, item) in feed.items().enumerate().filter(|_| !paged) {
        let Some(id) = item.id() else { continue };
        for missing in item.related().filter(|r| !ids.contains(r)) {
            say(Level::Warning, &format!("items[{n}] \"{id}\""), format!("_doctin.related names \"{missing}\", which is not in the feed"));
        }
    }
    findings
}
