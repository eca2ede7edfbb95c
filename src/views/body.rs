//! The article body: sanitized HTML, or text as paragraphs.

use leptos::prelude::*;

use crate::core::model::Body as Content;
use crate::core::text::paragraphs;
use crate::web::{paragraphs::paragraphs as text_nodes, sanitize::sanitize};

#[component]
pub fn Body(content: Content, base: Option<String>) -> impl IntoView {
    // The body's nodes are put in by hand, never by Leptos: when the reader
    // moves to another article, Leptos reuses this element, and nodes it
    // did not create would otherwise stay behind next to the new body.
    // Replacing all children on every load keeps exactly one body.
    let node = NodeRef::<leptos::html::Div>::new();
    let is_text = matches!(content, Content::Text(_));
    node.on_load(move |div| {
        let fragment = match &content {
            Content::Html(html) => sanitize(html, base.as_deref()),
            Content::Text(text) => text_nodes(&paragraphs(text)),
            Content::Empty => None,
        };
        match fragment {
            Some(fragment) => div.replace_children_with_node_1(&fragment),
            None => div.replace_children_with_node_0(),
        }
    });
    view! { <div class="dt-body" class:dt-text=is_text node_ref=node></div> }
}
