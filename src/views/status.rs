//! Everything the reader shows instead of content: loading, a failed load,
//! a missing article. One component for all of
//! them, because every distinct view type adds its own rendering code to
//! the bundle.

use leptos::prelude::*;

use crate::core::route::Route;

#[derive(Clone)]
pub enum Kind {
    /// "Đang tải…", announced politely.
    Loading,
    /// A load that failed: the message, and "Thử lại" to fetch again.
    Failed(String),
    /// "Không tìm thấy bài viết", with a way to the latest list, and (when
    /// the feed has pages not followed yet) "Tìm trong tin cũ hơn".
    NotFound(bool),
}

#[component]
pub fn Status(kind: Kind) -> impl IntoView {
    let t = super::reader().strings;
    let (class, role) = match kind {
        Kind::Loading => ("dt-status", "status"),
        Kind::NotFound(_) => ("dt-status dt-not-found", "alert"),
        Kind::Failed(..) => ("dt-status dt-error", "alert"),
    };
    let (title, message, link, more, retry) = match kind {
        Kind::Loading => (None, t.loading.to_string(), false, false, false),
        Kind::Failed(message) => (None, message, false, false, true),
        Kind::NotFound(false) => (Some(t.not_found), String::new(), true, false, false),
        Kind::NotFound(true) => (Some(t.not_found), t.not_yet.to_string(), true, true, false),
    };
    view! {
        <div class=class role=role>
            {title.map(|title| view! { <h1 class="dt-title" tabindex="-1">{title}</h1> })}
            <p class="dt-message">{message}</p>
            {link.then(|| view! { <p><a href=Route::Latest.to_hash()>{t.to_latest}</a></p> })}
            {more.then(|| view! { <button type="button" class="dt-button dt-more" data-act="more">{t.older}</button> })}
            {retry.then(|| view! { <button type="button" class="dt-button" data-act="retry">{t.retry}</button> })}
        </div>
    }
}
