//! The article body: sanitized HTML moved in as nodes, or text as paragraphs.

use leptos::prelude::*;

use crate::core::model::Body as Content;
use crate::core::text::paragraphs;
use crate::web::sanitize::sanitize;

#[component]
pub fn Body(content: Content, base: Option<String>) -> impl IntoView {
    // One element for every kind of body keeps this a single view type;
    // per-kind views would each add their own rendering code to the bundle.
    let node = NodeRef::<leptos::html::Div>::new();
    let (html, text) = match content {
        Content::Html(html) => (Some(html), Vec::new()),
        Content::Text(text) => (None, paragraphs(&text)),
        Content::Empty => (None, Vec::new()),
    };
    let is_text = !text.is_empty();
    if let Some(html) = html {
        node.on_load(move |div| {
            if let Some(fragment) = sanitize(&html, base.as_deref()) {
                let _ = div.append_child(&fragment);
            }
        });
    }
    view! {
        <div class="dt-body" class:dt-text=is_text node_ref=node>
            {text.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
        </div>
    }
}
