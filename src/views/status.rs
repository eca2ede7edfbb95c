//! The states around the content: loading, a failed load, a missing article.

use leptos::prelude::*;

use crate::core::route::Route;
use crate::core::ui::{message, LoadError, VI};

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="dt-status" role="status">{VI.loading}</p> }
}

#[component]
pub fn Failure(error: LoadError, retry: Callback<()>) -> impl IntoView {
    // Retrying cannot help when the page itself names no feed.
    let can_retry = error != LoadError::NoFeedUrl;
    view! {
        <div class="dt-status dt-error" role="alert">
            <p>{message(&error)}</p>
            {can_retry.then(|| view! {
                <button type="button" class="dt-button" on:click=move |_| retry.run(())>{VI.retry}</button>
            })}
        </div>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="dt-status dt-not-found" role="alert">
            <h1 class="dt-title">{VI.not_found}</h1>
            <p><a href=Route::Latest.to_hash()>{VI.to_latest}</a></p>
        </div>
    }
}
