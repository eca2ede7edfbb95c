//! The names the views write into the page and the browser edge reads
//! back, each defined once: what a button does when pressed (`Act`, its
//! `data-act`), and the elements the edge finds again after the views drew
//! them (`Hook`, a class). Views, `web::clicks`, `web::driver` and the
//! tests all go through these, so a renamed button cannot leave a
//! listener looking for the old name.

use super::tools::Tool;

/// What pressing one of the reader's buttons or its skip link does, named
/// in the page by its `data-act` (`as_str`); the reader's one click
/// listener reads it back with `parse` and turns it into a machine event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// "Thử lại" for the feeds or a page.
    Retry,
    /// "Quay lại".
    Back,
    /// "Xem tiếp", or "Tìm trong tin cũ hơn".
    More,
    /// "Thử lại" for an article's body.
    RetryBody,
    /// A toolbar button or the skip link.
    Tool(Tool),
}

impl Act {
    /// Every act, once.
    pub const ALL: [Act; 13] = [
        Act::Retry,
        Act::Back,
        Act::More,
        Act::RetryBody,
        Act::Tool(Tool::Skip),
        Act::Tool(Tool::Smaller),
        Act::Tool(Tool::Larger),
        Act::Tool(Tool::Listen),
        Act::Tool(Tool::Pause),
        Act::Tool(Tool::Stop),
        Act::Tool(Tool::Share),
        Act::Tool(Tool::Copy),
        Act::Tool(Tool::Print),
    ];

    /// Its `data-act` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Act::Retry => "retry",
            Act::Back => "back",
            Act::More => "more",
            Act::RetryBody => "body",
            Act::Tool(tool) => match tool {
                Tool::Skip => "skip",
                Tool::Smaller => "smaller",
                Tool::Larger => "larger",
                Tool::Listen => "listen",
                Tool::Pause => "pause",
                Tool::Stop => "stop",
                Tool::Share => "share",
                Tool::Copy => "copy",
                Tool::Print => "print",
            },
        }
    }

    /// The act a `data-act` value names, exactly as `as_str` writes it.
    pub fn parse(value: &str) -> Option<Act> {
        Act::ALL.into_iter().find(|act| act.as_str() == value)
    }
}

/// An element of the reader that the browser edge finds again by its
/// class after the views drew it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hook {
    /// The live region: notices of saved copies, failed pages and feeds.
    Notice,
    /// "Thử lại" beside the live region, for the feeds of several that
    /// failed.
    RetryFeeds,
    /// The title of the view on screen, which takes the focus.
    Title,
    /// Where the toolbar says "Đã sao chép".
    Said,
}

impl Hook {
    /// The class the views give the element.
    pub fn class(self) -> &'static str {
        match self {
            Hook::Notice => "dt-notice",
            Hook::RetryFeeds => "dt-retry",
            Hook::Title => "dt-title",
            Hook::Said => "dt-said",
        }
    }

    /// The selector the edge finds it by.
    pub fn selector(self) -> String {
        format!(".{}", self.class())
    }
}
