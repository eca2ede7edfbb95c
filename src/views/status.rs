//! Everything the reader shows instead of content: loading, a failed load
//! (of the feeds, or of an article's body in its place), a missing
//! article. One component for all of them, because every distinct view
//! type adds its own rendering code to the bundle.

use leptos::prelude::*;

use crate::core::names::{Act, Hook};
use crate::core::route::Route;

#[derive(Clone)]
pub enum StatusKind {
    /// "Đang tải…", announced politely.
    Loading,
    /// A load that failed: the message, and "Thử lại", which does `Act`.
    Failed(String, Act),
    /// "Không tìm thấy bài viết", with a way to the latest list, and (when
    /// the feed has pages not followed yet) "Tìm trong tin cũ hơn".
    NotFound(bool),
}

#[component]
pub fn Status(kind: StatusKind) -> impl IntoView {
    let strings = super::reader().strings;
    let (class, role) = match kind {
        StatusKind::Loading => ("dt-status", "status"),
        StatusKind::NotFound(_) => ("dt-status dt-not-found", "alert"),
        StatusKind::Failed(..) => ("dt-status dt-error", "alert"),
    };
    let (title, message, link, more, retry) = match kind {
        StatusKind::Loading => (None, strings.loading.to_string(), false, false, None),
        StatusKind::Failed(message, act) => (None, message, false, false, Some(act)),
        StatusKind::NotFound(false) => (Some(strings.not_found), String::new(), true, false, None),
        StatusKind::NotFound(true) => (Some(strings.not_found), strings.not_yet.to_string(), true, true, None),
    };
    view! {
        <div class=class role=role>
            {title.map(|title| view! { <h1 class=Hook::Title.class() tabindex="-1">{title}</h1> })}
            <p class="dt-message">{message}</p>
            {link.then(|| view! { <p><a href=Route::Latest.to_hash()>{strings.to_latest}</a></p> })}
            {more.then(|| view! { <button type="button" class="dt-button dt-more" data-act=Act::More.as_str()>{strings.older}</button> })}
            {retry.map(|act| view! { <button type="button" class="dt-button" data-act=act.as_str()>{strings.retry}</button> })}
        </div>
    }
}
