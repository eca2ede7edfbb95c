//! Putting an article's body into the page: the feed's HTML through the
//! sanitizer, plain text as paragraphs. What to fetch, keep and abort is
//! `core::machine`'s; a body still on its way, or failed, is a `Status`
//! in `views::body`.

use web_sys::Element;

use super::paragraphs::paragraphs as text_nodes;
use super::sanitize::sanitize;
use crate::core::model::Body;
use crate::core::text::paragraphs;

/// Puts `body` into `div`, replacing what was there; relative URLs in
/// HTML resolve against `base`.
pub fn fill(div: &Element, body: &Body, base: Option<&str>) {
    let fragment = match body {
        Body::Html(html) => sanitize(html, base),
        Body::Text(text) => text_nodes(&paragraphs(text)),
        Body::Remote(_) | Body::Empty => None,
    };
    match fragment {
        Some(fragment) => div.replace_children_with_node_1(&fragment),
        None => div.replace_children_with_node_0(),
    }
}
