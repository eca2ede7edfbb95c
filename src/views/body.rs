//! The article's body: the body itself, or, while its own file is on its
//! way or could not be loaded, a status in its place (`Status`, as every
//! view's status is drawn).

use leptos::either::Either;
use leptos::prelude::*;

use super::status::{Status, StatusKind};
use crate::core::model::Body as Content;
use crate::core::names::Act;
use crate::core::screen::BodyState;
use crate::web::bodies;

/// `content` is the body, or where its own file has got to; relative URLs
/// in it resolve against `base`.
#[component]
pub fn Body(content: BodyState, base: Option<String>) -> impl IntoView {
    let body = match content {
        BodyState::Ready(body) => body,
        BodyState::Loading => return Either::Right(view! { <div class="dt-body"><Status kind=StatusKind::Loading /></div> }),
        BodyState::Failed(message) => {
            let kind = StatusKind::Failed(message, Act::RetryBody);
            return Either::Right(view! { <div class="dt-body"><Status kind=kind /></div> });
        }
    };
    // Plain text keeps its line breaks (see the stylesheet).
    let class = if matches!(body, Content::Text(_)) { "dt-body dt-text" } else { "dt-body" };
    let node = NodeRef::<leptos::html::Div>::new();
    // The feed's HTML is sanitized into nodes by hand (`web::bodies`), and
    // put in on every load: Leptos reuses the element from one article to
    // the next, so its children are replaced, never added to.
    node.on_load(move |div| bodies::fill(&div, &body, base.as_deref()));
    Either::Left(view! { <div class=class node_ref=node></div> })
}
