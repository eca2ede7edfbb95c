//! The article body's element; `web::bodies` fills it.

use leptos::prelude::*;

use crate::core::model::Body as Content;
use crate::web::bodies;

#[component]
pub fn Body(content: Content, base: Option<String>) -> impl IntoView {
    let reader = super::reader();
    let node = NodeRef::<leptos::html::Div>::new();
    node.on_load(move |div| bodies::show(div.into(), content, base, reader.config, reader.strings));
    view! { <div class="dt-body" node_ref=node></div> }
}
