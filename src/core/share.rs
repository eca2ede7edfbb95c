//! What the article's share links point to.

use super::route::encode;

/// The address to share: the article's own page when the feed gives one
/// (`url`), otherwise the reader's page (`page`, its hash replaced) with
/// the article's route `hash`, which opens the same article.
pub fn article_url(url: Option<&str>, page: &str, hash: &str) -> String {
    match url {
        Some(url) => url.to_string(),
        None => format!("{}{hash}", page.split('#').next().unwrap_or(page)),
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
