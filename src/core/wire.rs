//! The feed as it travels: serde types mirroring JSON Feed 1.0/1.1 plus the
//! `_doctin` extension. Nothing here is trusted or cleaned; `normalize` does
//! that. Every field is lenient so that one malformed value only loses itself.

use serde::Deserialize;
use serde_json::Value;

use super::lenient::{Lenient, LenientVec};

#[derive(Debug, Default, Deserialize)]
pub struct Feed {
    #[serde(default)]
    pub version: Lenient<String>,
    #[serde(default)]
    pub title: Lenient<String>,
    #[serde(default)]
    pub home_page_url: Lenient<String>,
    #[serde(default)]
    pub feed_url: Lenient<String>,
    #[serde(default)]
    pub language: Lenient<String>,
    /// Kept as raw values so `normalize` can tell "no items" from "items
    /// that are not objects", and so one bad item does not sink the rest.
    #[serde(default)]
    pub items: Lenient<Vec<Value>>,
    #[serde(default, rename = "_doctin")]
    pub doctin: Lenient<FeedExtension>,
}

#[derive(Debug, Default, Deserialize)]
pub struct FeedExtension {
    #[serde(default)]
    pub links: LenientVec<Link>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Link {
    #[serde(default)]
    pub title: Lenient<String>,
    #[serde(default)]
    pub url: Lenient<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Item {
    /// A string, or a number that is coerced to its string form.
    #[serde(default)]
    pub id: Lenient<Value>,
    #[serde(default)]
    pub url: Lenient<String>,
    #[serde(default)]
    pub external_url: Lenient<String>,
    #[serde(default)]
    pub title: Lenient<String>,
    #[serde(default)]
    pub content_html: Lenient<String>,
    #[serde(default)]
    pub content_text: Lenient<String>,
    #[serde(default)]
    pub summary: Lenient<String>,
    #[serde(default)]
    pub image: Lenient<String>,
    #[serde(default)]
    pub banner_image: Lenient<String>,
    #[serde(default)]
    pub date_published: Lenient<String>,
    #[serde(default)]
    pub date_modified: Lenient<String>,
    #[serde(default)]
    pub tags: LenientVec<String>,
    #[serde(default)]
    pub authors: LenientVec<Author>,
    /// JSON Feed 1.0's singular author, still common in the wild.
    #[serde(default)]
    pub author: Lenient<Author>,
    #[serde(default)]
    pub language: Lenient<String>,
    #[serde(default, rename = "_doctin")]
    pub doctin: Lenient<ItemExtension>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Author {
    #[serde(default)]
    pub name: Lenient<String>,
}

#[derive(Debug, Default, Deserialize)]
pub struct ItemExtension {
    #[serde(default)]
    pub section: Lenient<String>,
    #[serde(default)]
    pub image_caption: Lenient<String>,
    #[serde(default)]
    pub source: Lenient<String>,
    /// Ids may be numbers too, like the item ids they point at.
    #[serde(default)]
    pub related: LenientVec<Value>,
}
