//! Putting an article's body into the page: the body itself, "Đang tải…"
//! while its own file is on its way, or why it could not be loaded with
//! "Thử lại". What to fetch, keep and abort is `core::machine`'s.
//!
//! The nodes are put in by hand, never by Leptos: when the reader moves to
//! another article, Leptos reuses the body's element, and nodes it did not
//! create would otherwise stay behind next to the new body. Replacing all
//! children every time keeps exactly one body.

use web_sys::Element;

use super::paragraphs::paragraphs as text_nodes;
use super::sanitize::sanitize;
use crate::core::model::Body;
use crate::core::screen::BodyState;
use crate::core::text::paragraphs;
use crate::core::ui::Strings;

/// Shows `content` in `div`; relative URLs in HTML resolve against `base`.
pub fn fill(div: &Element, content: &BodyState, base: Option<&str>, strings: &'static Strings) {
    let body = match content {
        BodyState::Ready(body) => body,
        BodyState::Loading => return notice(div, strings.loading, None),
        BodyState::Failed(message) => return notice(div, message, Some(strings.retry)),
    };
    let fragment = match body {
        Body::Html(html) => sanitize(html, base),
        Body::Text(text) => text_nodes(&paragraphs(text)),
        Body::Remote(_) | Body::Empty => None,
    };
    // Plain text keeps its line breaks (see the stylesheet).
    let _ = div.set_attribute("class", if matches!(body, Body::Text(_)) { "dt-body dt-text" } else { "dt-body" });
    match fragment {
        Some(fragment) => div.replace_children_with_node_1(&fragment),
        None => div.replace_children_with_node_0(),
    }
}

/// A line in place of the body: "Đang tải…" announced politely, or a
/// failure announced at once with a button to try again.
fn notice(div: &Element, text: &str, retry: Option<&str>) {
    let Some(document) = div.owner_document() else { return };
    let Ok(line) = document.create_element("p") else { return };
    let _ = line.set_attribute("class", "dt-status");
    let _ = line.set_attribute("role", if retry.is_some() { "alert" } else { "status" });
    line.set_text_content(Some(text));
    div.replace_children_with_node_1(&line);
    if let Some(Ok(button)) = retry.map(|_| document.create_element("button")) {
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("class", "dt-button");
        let _ = button.set_attribute("data-act", "body");
        button.set_text_content(retry);
        let _ = div.append_child(&button);
    }
}
