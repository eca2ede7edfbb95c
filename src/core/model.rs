//! The normalized feed the views render: every string trimmed and decoded,
//! every URL resolved and checked, every date parsed, items in timeline
//! order. Views read this and nothing else.

use chrono::{DateTime, FixedOffset};

use super::url::key;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feed {
    pub title: String,
    /// Absolute http(s) URL, the base for the feed's relative links.
    pub home_page_url: Option<String>,
    pub language: Option<String>,
    /// The "LIÊN KẾT WEBSITE" box.
    pub links: Vec<Link>,
    /// Newest first; items without a usable date follow in feed order.
    pub items: Vec<Item>,
    /// The next page of a paged feed, as the last loaded page names it.
    pub next_url: Option<String>,
    /// The pages loaded so far, the first included, as `url::key`s: a
    /// page is never loaded twice, however its URL is spelled, so a
    /// `next_url` loop ends.
    pub loaded: Vec<String>,
}

impl Feed {
    /// The heading of its latest list: its title, or `untitled` (in the
    /// reader's language) when it gave none.
    pub fn title_or<'a>(&'a self, untitled: &'a str) -> &'a str {
        if self.title.is_empty() {
            untitled
        } else {
            &self.title
        }
    }

    /// The page to load for more items, unless the feed has no more or its
    /// `next_url` leads back to a page already loaded.
    pub fn next_page(&self) -> Option<&str> {
        self.next_url.as_deref().filter(|url| {
            let key = key(url);
            !self.loaded.contains(&key)
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Item {
    pub id: String,
    pub title: String,
    /// The article's permanent address on the publisher's site.
    pub url: Option<String>,
    pub body: Body,
    /// The lead, shown emphasized under the title.
    pub summary: Option<String>,
    pub image: Option<String>,
    pub image_caption: Option<String>,
    pub section: Option<String>,
    /// `_doctin.source`, the "Nguồn" line under the body.
    pub source: Option<String>,
    /// In a reader of several feeds, the title of the feed the item came
    /// from (`merge::timeline`); `None` in a reader of one.
    pub origin: Option<String>,
    pub tags: Vec<String>,
    pub authors: Vec<String>,
    pub language: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub modified: Option<DateTime<FixedOffset>>,
    /// Ids named by `_doctin.related`, as written; they may not exist.
    pub related: Vec<String>,
}

impl Item {
    /// The date that places the item on the timeline.
    pub fn date(&self) -> Option<DateTime<FixedOffset>> {
        self.published.or(self.modified)
    }

    /// The headline to show: the title, or `untitled` (in the reader's
    /// language) when the feed gave none.
    pub fn title_or<'a>(&'a self, untitled: &'a str) -> &'a str {
        if self.title.is_empty() {
            untitled
        } else {
            &self.title
        }
    }

    /// The text that stands in for its photo: the photo's caption, else
    /// the headline (`title_or`).
    pub fn image_alt<'a>(&'a self, untitled: &'a str) -> &'a str {
        self.image_caption.as_deref().unwrap_or(self.title_or(untitled))
    }

    /// The date shown as "Cập nhật": the last change, else publication.
    pub fn updated(&self) -> Option<DateTime<FixedOffset>> {
        self.modified.or(self.published)
    }
}

/// The body is either HTML that must be sanitized before it reaches the
/// DOM, or plain text that is always rendered as text.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Body {
    Html(String),
    Text(String),
    /// `_doctin.content_url`: the body lives in its own small document,
    /// fetched only when the article opens.
    Remote(String),
    #[default]
    Empty,
}
