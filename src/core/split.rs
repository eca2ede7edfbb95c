//! Splitting one large JSON Feed into the paged layout doctin reads fast
//! at any archive size: index pages of `per_page` items chained by
//! `next_url`, newest first, and one small document per article body named
//! by the item's `_doctin.content_url`. For `doctin-feed split`; the
//! reader never calls it.
//!
//! It works on the JSON as written (`serde_json::Value`), not on the
//! model, so every field a site put in its feed, known to doctin or not,
//! reaches the pages unchanged. Only the order comes from the core: the
//! pages follow the reader's own timeline, so its first page holds the
//! newest items.

use std::collections::HashMap;

use serde_json::{Map, Value};

use super::normalize::{self, FeedError};
use super::saved::fingerprint;
use super::wire;

/// The name of the first page, the one a site's `data-feed` points to.
pub const FIRST_PAGE: &str = "feed.json";

/// One file to write: its path under the output folder, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub text: String,
}

/// The files of the paged layout for the feed `text`, pages first. Items
/// the reader would not show (no usable id, or an id repeated) are left
/// out, as the reader leaves them out.
pub fn split(text: &str, per_page: usize) -> Result<Vec<File>, FeedError> {
    let per_page = per_page.max(1);
    // One parse: the model is made from the same document that is cut up.
    let wire = normalize::read(text)?;
    let order = normalize::from_wire(&wire, None);
    let Value::Object(mut top) = wire.into_value() else {
        return Err(FeedError::NotAFeed);
    };
    let Some(Value::Array(raw_items)) = top.remove("items") else {
        return Err(FeedError::NotAFeed);
    };
    top.remove("next_url");
    // The model has the reader's order and drops what it drops; each of its
    // ids is matched back to the first raw item with that id.
    let mut by_id: HashMap<String, Value> = HashMap::with_capacity(raw_items.len());
    for value in raw_items {
        if let Some(id) = value.get("id").and_then(wire::id) {
            by_id.entry(id).or_insert(value);
        }
    }
    let items: Vec<Value> = order.items.iter().filter_map(|item| by_id.remove(&item.id)).collect();

    let mut files = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut pages: Vec<Vec<Value>> = Vec::new();
    for (n, mut item) in items.into_iter().enumerate() {
        if n % per_page == 0 {
            pages.push(Vec::new());
        }
        if let Some(body) = take_body(&mut item) {
            let name = body_name(&item, &names);
            names.push(name.clone());
            files.push(File { path: format!("bai/{name}.json"), text: to_json(&Value::Object(body)) });
            set_content_url(&mut item, &format!("bai/{name}.json"));
        }
        if let Some(page) = pages.last_mut() {
            page.push(item);
        }
    }
    if pages.is_empty() {
        pages.push(Vec::new());
    }

    let count = pages.len();
    let mut page_files = Vec::with_capacity(count);
    for (n, page_items) in pages.into_iter().enumerate() {
        let mut page = top.clone();
        // The links box is read from the first page only.
        if n > 0 {
            page.remove("_doctin");
        }
        page.insert("items".into(), Value::Array(page_items));
        if n + 1 < count {
            page.insert("next_url".into(), Value::String(page_name(n + 1)));
        }
        page_files.push(File { path: page_name(n), text: to_json(&Value::Object(page)) });
    }
    page_files.extend(files);
    Ok(page_files)
}

/// `feed.json`, then `feed-2.json`, `feed-3.json`…
fn page_name(index: usize) -> String {
    if index == 0 {
        FIRST_PAGE.to_string()
    } else {
        format!("feed-{}.json", index + 1)
    }
}

/// Takes `content_html` and `content_text` out of the item into a body
/// document, and leaves a short `content_text` (the summary, else the
/// title) so that readers that do not know `content_url` still have one,
/// as the spec requires. An item with no body keeps what it has.
fn take_body(item: &mut Value) -> Option<Map<String, Value>> {
    let object = item.as_object_mut()?;
    let has = |key: &str, object: &Map<String, Value>| object.get(key).and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty());
    if !has("content_html", object) && !has("content_text", object) {
        return None;
    }
    let mut body = Map::new();
    for key in ["content_html", "content_text"] {
        if let Some(value) = object.remove(key).filter(|v| v.is_string()) {
            body.insert(key.into(), value);
        }
    }
    let short = ["summary", "title"].iter().find_map(|key| object.get(*key).and_then(Value::as_str).filter(|s| !s.trim().is_empty()));
    object.insert("content_text".into(), Value::String(short.unwrap_or("").to_string()));
    Some(body)
}

fn set_content_url(item: &mut Value, url: &str) {
    let Some(object) = item.as_object_mut() else { return };
    let extension = object.entry("_doctin").or_insert_with(|| Value::Object(Map::new()));
    if !extension.is_object() {
        *extension = Value::Object(Map::new());
    }
    if let Some(extension) = extension.as_object_mut() {
        extension.insert("content_url".into(), Value::String(url.to_string()));
    }
}

/// The body's file name: the id itself when it is a safe, short file
/// name (so a webmaster can find an article's file), else a hash of it.
/// Names never repeat, even when two ids differ only in case, which some
/// file systems do not tell apart.
fn body_name(item: &Value, taken: &[String]) -> String {
    let id = item.get("id").and_then(wire::id).unwrap_or_default();
    let safe = !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('.')
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    let base = if safe { id.clone() } else { format!("{:016x}", fingerprint(&id)) };
    let mut name = base.clone();
    let mut n = 1;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        n += 1;
        name = format!("{base}-{n}");
    }
    name
}

fn to_json(value: &Value) -> String {
    // Pretty output would double the size of a 20 000-item archive.
    serde_json::to_string(value).unwrap_or_default()
}
