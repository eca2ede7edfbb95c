//! One reader: loads the feed, follows the hash route, and shows the view
//! for the current state.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::article::Article;
use super::latest::Latest;
use super::status::{Failure, Loading, NotFound};
use crate::core::model::Feed;
use crate::core::route::Route;
use crate::core::select;
use crate::core::ui::LoadError;
use crate::web::{fetch, history};

#[derive(Clone)]
enum Load {
    Loading,
    Ready(Arc<Feed>),
    Failed(LoadError),
}

#[component]
pub fn App(feed_url: Option<String>) -> impl IntoView {
    let state = RwSignal::new(Load::Loading);
    let load = Callback::new(move |()| {
        let Some(url) = feed_url.clone() else {
            state.set(Load::Failed(LoadError::NoFeedUrl));
            return;
        };
        state.set(Load::Loading);
        spawn_local(async move {
            state.set(match fetch::feed(&url).await {
                Ok(feed) => Load::Ready(Arc::new(feed)),
                Err(error) => Load::Failed(error),
            });
        });
    });
    load.run(());

    let route = RwSignal::new(Route::parse(&history::hash()).unwrap_or(Route::Latest));
    let depth = RwSignal::new(history::depth(0));
    let root = NodeRef::<leptos::html::Div>::new();
    history::listen(move |hash| {
        // Hashes that are not routes (a host page's anchors) are left alone.
        if let Some(next) = Route::parse(&hash) {
            depth.set(history::depth(depth.get_untracked() + 1));
            route.set(next);
            // A link near the bottom of a long article must not open the
            // next one scrolled to its end.
            if let Some(root) = root.get_untracked() {
                if root.get_bounding_client_rect().top() < 0.0 {
                    root.scroll_into_view();
                }
            }
        }
    });

    view! {
        <div class="doctin" node_ref=root>
            {move || match state.get() {
                Load::Loading => view! { <Loading /> }.into_any(),
                Load::Failed(error) => view! { <Failure error=error retry=load /> }.into_any(),
                Load::Ready(feed) => match route.get() {
                    Route::Latest => view! { <Latest feed=feed /> }.into_any(),
                    Route::Article(id) => match select::position(&feed, &id) {
                        Some(at) => view! { <Article feed=feed at=at depth=depth /> }.into_any(),
                        None => view! { <NotFound /> }.into_any(),
                    },
                },
            }}
        </div>
    }
}
