//! What the article's share links point to.

use super::route::encode;

/// The address to share: the article's own page when the feed gives one
/// (`url`). Otherwise, for the reader that owns the hash (`owns_hash`),
/// the reader's page (`page`, its hash replaced) with the article's route
/// `hash`, which opens the same article. A reader without the hash has
/// nothing to share then: a hash it never reads would open the page's
/// other reader, the one that owns the hash, in the wrong feed, and the
/// bare page does not show the article. Its share tools are left out.
pub fn article_url(url: Option<&str>, page: &str, hash: &str, owns_hash: bool) -> Option<String> {
    match url {
        Some(url) => Some(url.to_string()),
        None if owns_hash => Some(format!("{}{hash}", page.split('#').next().unwrap_or(page))),
        None => None,
    }
}

/// Facebook's share dialog for `url`.
pub fn facebook(url: &str) -> String {
    format!("https://www.facebook.com/sharer/sharer.php?u={}", encode(url))
}

/// Zalo's share page for `url`: the page Zalo's own share button opens.
pub fn zalo(url: &str) -> String {
    format!("https://button-share.zalo.me/share_external?href={}", encode(url))
}
