//! Everything the reader shows instead of content: loading, a failed load,
//! a missing article, a misconfigured embed. One component for all of
//! them, because every distinct view type adds its own rendering code to
//! the bundle.

use leptos::prelude::*;

use crate::core::route::Route;

#[derive(Clone)]
pub enum Kind {
    /// "Đang tải…", announced politely.
    Loading,
    /// A load that failed: the message, and "Thử lại" to fetch again.
    Failed(String, Callback<()>),
    /// "Không tìm thấy bài viết", with a way to the latest list.
    NotFound,
    /// Misconfigured attributes: one message each. Retrying cannot help,
    /// so there is no button.
    Problems(Vec<String>),
}

#[component]
pub fn Status(kind: Kind) -> impl IntoView {
    let t = super::reader().strings;
    let (class, role) = match kind {
        Kind::Loading => ("dt-status", "status"),
        Kind::NotFound => ("dt-status dt-not-found", "alert"),
        Kind::Failed(..) | Kind::Problems(_) => ("dt-status dt-error", "alert"),
    };
    let (title, lines, link, retry) = match kind {
        Kind::Loading => (None, vec![t.loading.to_string()], false, None),
        Kind::Failed(message, retry) => (None, vec![message], false, Some(retry)),
        Kind::NotFound => (Some(t.not_found), Vec::new(), true, None),
        Kind::Problems(messages) => (None, messages, false, None),
    };
    view! {
        <div class=class role=role>
            {title.map(|title| view! { <h1 class="dt-title">{title}</h1> })}
            {lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            {link.then(|| view! { <p><a href=Route::Latest.to_hash()>{t.to_latest}</a></p> })}
            {retry.map(|retry| view! {
                <button type="button" class="dt-button" on:click=move |_| retry.run(())>{t.retry}</button>
            })}
        </div>
    }
}
