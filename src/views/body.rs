//! The article body: sanitized HTML moved in as nodes, or text as paragraphs.

use leptos::prelude::*;

use crate::core::model::Body as Content;
use crate::core::text::paragraphs;
use crate::web::sanitize::sanitize;

#[component]
pub fn Body(content: Content, base: Option<String>) -> impl IntoView {
    match content {
        Content::Html(html) => {
            let node = NodeRef::<leptos::html::Div>::new();
            node.on_load(move |div| {
                if let Some(fragment) = sanitize(&html, base.as_deref()) {
                    let _ = div.append_child(&fragment);
                }
            });
            view! { <div class="dt-body" node_ref=node></div> }.into_any()
        }
        Content::Text(text) => view! {
            <div class="dt-body dt-text">
                {paragraphs(&text).into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
        }
        .into_any(),
        Content::Empty => ().into_any(),
    }
}
