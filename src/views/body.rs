//! The article body's element; `web::bodies` fills it.

use leptos::prelude::*;

use crate::core::screen::BodyState;
use crate::web::bodies;

/// `content` is the body, or where its own file has got to; relative URLs
/// in it resolve against `base`.
#[component]
pub fn Body(content: BodyState, base: Option<String>) -> impl IntoView {
    let strings = super::reader().strings;
    let node = NodeRef::<leptos::html::Div>::new();
    // Filled on every load: Leptos reuses the element from one article to
    // the next, so its children are replaced, never added to.
    node.on_load(move |div| bodies::fill(&div, &content, base.as_deref(), strings));
    view! { <div class="dt-body" node_ref=node></div> }
}
