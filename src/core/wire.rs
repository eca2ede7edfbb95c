//! The feed as it travels: JSON Feed 1.0/1.1 plus the `_doctin` extension,
//! read through serde_json's `Value` with one typed accessor per field.
//! Nothing here is trusted or cleaned; `normalize` does that.
//!
//! Accessors instead of `#[derive(Deserialize)]` structs make every field
//! lenient for free: a value of the wrong type reads as absent and costs
//! only itself, never the feed. It is also the small choice for the wasm
//! bundle: derived structs with per-field lenient wrappers instantiated
//! serde_json's parser once per field type, about 23 KB of code, where one
//! `Value` parse and these lookups cost a few.

use serde_json::Value;

/// A parsed feed document. It is a feed when it is an object whose
/// `items` is an array; the version string is not required, since real
/// feeds misspell it ("http://jsonfeed.org/version/1").
pub struct Feed(Value);

impl Feed {
    pub fn parse(text: &str) -> Result<Feed, serde_json::Error> {
        serde_json::from_str(text).map(Feed)
    }

    /// A document built rather than parsed: an RSS or Atom feed mapped by
    /// `syndication::to_json_feed`.
    pub fn from_value(value: Value) -> Feed {
        Feed(value)
    }

    /// The JSON as written, for tools that rewrite a feed and must keep
    /// every field (`split`).
    pub fn into_value(self) -> Value {
        self.0
    }

    pub fn is_feed(&self) -> bool {
        self.0.get("items").is_some_and(Value::is_array)
    }

    pub fn version(&self) -> Option<&str> {
        text(&self.0, "version")
    }

    pub fn title(&self) -> Option<&str> {
        text(&self.0, "title")
    }

    pub fn home_page_url(&self) -> Option<&str> {
        text(&self.0, "home_page_url")
    }

    pub fn language(&self) -> Option<&str> {
        text(&self.0, "language")
    }

    /// The next page of a paged feed.
    pub fn next_url(&self) -> Option<&str> {
        text(&self.0, "next_url")
    }

    /// `_doctin.links`: the "LIÊN KẾT WEBSITE" box.
    pub fn links(&self) -> impl Iterator<Item = Link<'_>> {
        list(self.0.get("_doctin"), "links").map(Link)
    }

    /// The document itself read as an item: a `content_url` document has
    /// an item's `content_html` and `content_text` at its top level.
    pub fn body(&self) -> Item<'_> {
        Item(&self.0)
    }

    pub fn items(&self) -> impl Iterator<Item = Item<'_>> {
        list(Some(&self.0), "items").map(Item)
    }
}

pub struct Link<'a>(&'a Value);

impl<'a> Link<'a> {
    pub fn title(&self) -> Option<&'a str> {
        text(self.0, "title")
    }

    pub fn url(&self) -> Option<&'a str> {
        text(self.0, "url")
    }
}

pub struct Item<'a>(&'a Value);

/// String fields of an item, each read as `Option<&str>`.
macro_rules! text_fields {
    ($($field:ident),* $(,)?) => {
        $(pub fn $field(&self) -> Option<&'a str> {
            text(self.0, stringify!($field))
        })*
    };
}

/// String fields of the item's `_doctin` object.
macro_rules! extension_fields {
    ($($field:ident),* $(,)?) => {
        $(pub fn $field(&self) -> Option<&'a str> {
            self.0.get("_doctin").and_then(|ext| text(ext, stringify!($field)))
        })*
    };
}

impl<'a> Item<'a> {
    text_fields!(
        url,
        external_url,
        title,
        content_html,
        content_text,
        summary,
        image,
        banner_image,
        date_published,
        date_modified,
        language,
    );

    extension_fields!(section, image_caption, source, content_url);

    /// A string id as written, or a whole number in decimal (`7`, `7.0` and
    /// `7e0` all read "7", as JavaScript's `String()` would). A fraction, an
    /// empty string or any other value is no id.
    pub fn id(&self) -> Option<String> {
        self.0.get("id").and_then(id)
    }

    pub fn tags(&self) -> impl Iterator<Item = &'a str> {
        list(Some(self.0), "tags").filter_map(Value::as_str)
    }

    /// `authors[].name`, falling back to JSON Feed 1.0's singular `author`.
    pub fn author_names(&self) -> Vec<&'a str> {
        let names: Vec<&str> = list(Some(self.0), "authors").filter_map(|a| text(a, "name")).collect();
        if names.is_empty() {
            self.0.get("author").and_then(|a| text(a, "name")).into_iter().collect()
        } else {
            names
        }
    }

    /// `_doctin.related`: ids, which may be numbers like item ids.
    pub fn related(&self) -> impl Iterator<Item = String> + 'a {
        list(self.0.get("_doctin"), "related").filter_map(id)
    }
}

fn text<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    object.get(key).and_then(Value::as_str)
}

/// The elements of `object[key]` when it is an array, else none. (A slice
/// iterator rather than `Option::into_iter().flatten()`, whose adapter
/// code cost 4 KB of wasm here.)
fn list<'a>(object: Option<&'a Value>, key: &str) -> std::slice::Iter<'a, Value> {
    match object.and_then(|o| o.get(key)).and_then(Value::as_array) {
        Some(values) => values.iter(),
        None => [].iter(),
    }
}

/// An id as the reader reads it: see `Item::id`.
pub fn id(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => whole_number(n),
        _ => None,
    }
}

/// CMSs number their articles, so whole-number ids are common; fractional
/// ids are not, and turning them into text exactly would need a float
/// formatter that costs 2 KB of the bundle, so they are treated as no id.
fn whole_number(n: &serde_json::Number) -> Option<String> {
    if let Some(i) = n.as_i64() {
        return Some(i.to_string());
    }
    if let Some(u) = n.as_u64() {
        return Some(u.to_string());
    }
    // Below 2^53 every whole f64 is exact, so the conversion loses nothing.
    n.as_f64()
        .filter(|f| f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0)
        .map(|f| (f as i64).to_string())
}
