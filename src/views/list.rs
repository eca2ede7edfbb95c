//! "Các tin mới hơn" and "Các bài liên quan": a heading and lines of
//! "Title (dd/mm/yyyy)". One view for both, because each distinct view
//! type adds its own rendering code to the bundle.

use leptos::prelude::*;

use super::entry::{Entry, EntryLink};

/// Nothing at all when `entries` is empty. `class` names the list for the
/// stylesheet; `heading` also labels the landmark.
#[component]
pub fn List(class: &'static str, heading: &'static str, entries: Vec<Entry>) -> impl IntoView {
    (!entries.is_empty()).then(|| {
        view! {
            <aside class=class aria-label=heading>
                <h2 class="dt-list-title">{heading}</h2>
                <ul>{entries.into_iter().map(|entry| view! { <EntryLink entry=entry /> }).collect_view()}</ul>
            </aside>
        }
    })
}
