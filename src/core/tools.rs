//! The rules of the article's reading tools (the toolbar): which of them
//! an article shows, and which device voice may read it aloud. The browser
//! edge (`web::start`, `web::speech`) tells the machine what the device
//! has; what follows is decided here and in the machine's `Toolbar`, and
//! `views::toolbar` lays it out.

use super::html;
use super::model::{Body, Item};
use super::screen::BodyState;
use super::text::paragraphs;

/// Which of the toolbar's optional tools an article shows. Text size and
/// print are always there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tools {
    /// "Nghe đọc bài": only with a voice in the article's language.
    pub listen: bool,
    /// "Chia sẻ", the browser's share sheet.
    pub share_sheet: bool,
    /// "Sao chép liên kết", Facebook and Zalo: where there is no share
    /// sheet, they stand in for it.
    pub share_links: bool,
}

impl Tools {
    /// The tools of an article that has a `url` to share (else no share
    /// tool at all), on a device with a `voice` for its language and, or
    /// not, a `share_sheet`.
    pub fn for_article(voice: bool, share_sheet: bool, url: bool) -> Tools {
        Tools { listen: voice, share_sheet: url && share_sheet, share_links: url && !share_sheet }
    }
}

/// Whether a voice tagged `voice` ("vi-VN", "en_GB", "VI") speaks the
/// language `wanted` ("vi", "vi-VN", "en-GB"): their primary language
/// subtags are the same, in any case (BCP 47). A voice for "vi" reads an
/// article marked "vi-VN", and one marked "vi" alike.
pub fn speaks(voice: &str, wanted: &str) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or(tag).to_ascii_lowercase();
    primary(voice) == primary(wanted)
}

/// A press on one of the toolbar's buttons, or on the skip link (its
/// `data-act` is `names::Act::Tool`'s); the machine decides what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// The skip link ("Bỏ qua, đến bài"): to the title.
    Skip,
    /// "A−" and "A+".
    Smaller,
    Larger,
    /// "Nghe đọc bài", "Tạm dừng" (or "Đọc tiếp"), "Dừng đọc".
    Listen,
    Pause,
    Stop,
    /// "Chia sẻ" (the share sheet), "Sao chép liên kết".
    Share,
    Copy,
    /// "In".
    Print,
}

/// Reading aloud, as far as this reader is concerned, which is what its
/// toolbar shows: "Nghe đọc bài" while silent, "Tạm dừng" and "Dừng đọc"
/// while reading, "Đọc tiếp" and "Dừng đọc" while paused. The page's
/// speech queue is shared with the host and other readers, so a reader
/// stops only speech it started.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speech {
    #[default]
    Silent,
    Reading,
    Paused,
}

/// The text sizes ("A−", "A+"), as `data-size` on the reader's root: the
/// stylesheet sets 14, 16, 18, 20 and 23 px.
pub const SIZES: u32 = 5;
pub const DEFAULT_SIZE: u32 = 1;

/// The text size kept in storage as `saved`, if it is one.
pub fn saved_size(saved: Option<&str>) -> u32 {
    saved.and_then(|s| s.parse().ok()).filter(|s| *s < SIZES).unwrap_or(DEFAULT_SIZE)
}

/// The text size one step (`by`, −1 or 1) from `size`, within the sizes.
pub fn resized(size: u32, by: i32) -> u32 {
    size.saturating_add_signed(by).min(SIZES - 1)
}

/// Whether one of the device's `voices` (their language tags) speaks
/// the language `wanted`.
pub fn has_voice(voices: &[String], wanted: &str) -> bool {
    voices.iter().any(|voice| speaks(voice, wanted))
}

/// What the browser offers the toolbar when the reader starts: whether it
/// has a share sheet, and the text size this site's reader chose last
/// time. Its speech voices come as `Event::Voices`, at start and again
/// whenever the browser's list changes, since browsers load them some
/// time after the page.
#[derive(Debug, Clone, Copy)]
pub struct Device {
    pub share_sheet: bool,
    pub size: u32,
}

impl Default for Device {
    /// No share sheet, the default text size.
    fn default() -> Device {
        Device { share_sheet: false, size: DEFAULT_SIZE }
    }
}

/// What "Nghe đọc bài" reads, a paragraph a line: the title, the lead,
/// then the body if it has come (its text, without what the sanitizer
/// drops; a body still on its way is not waited for). Paragraphs,
/// because some engines cut long utterances off, and a paragraph's end
/// is a natural pause.
pub fn read_aloud(item: &Item, body: &BodyState) -> Vec<String> {
    let mut lines: Vec<String> = [Some(&item.title), item.summary.as_ref()].into_iter().flatten().filter(|line| !line.is_empty()).cloned().collect();
    match body {
        BodyState::Ready(Body::Html(html)) => lines.extend(html::blocks(html)),
        BodyState::Ready(Body::Text(text)) => lines.extend(paragraphs(text)),
        _ => {}
    }
    lines
}
