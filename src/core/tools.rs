//! The rules of the article's reading tools (the toolbar): which of them
//! an article shows, and which device voice may read it aloud. The browser
//! edge (`web::toolbar`, `web::speech`) asks the device what it has and
//! lays the tools out; what follows from that is decided here.

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
