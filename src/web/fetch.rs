//! Fetching the feed. The body is read as text and parsed by the core, so
//! "not JSON" and "JSON but not a feed" stay two different messages.

use gloo_net::http::Request;

use crate::core::model::Feed;
use crate::core::normalize;
use crate::core::ui::LoadError;

pub async fn feed(url: &str) -> Result<Feed, LoadError> {
    let response = Request::get(url).send().await.map_err(|_| LoadError::Unreachable)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // A body cut off mid-transfer is a network failure, not a bad feed.
    let text = response.text().await.map_err(|_| LoadError::Unreachable)?;
    normalize::parse(&text).map_err(LoadError::Feed)
}
