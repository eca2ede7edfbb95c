//! "Các tin mới hơn": the newest items published after the current one.

use leptos::prelude::*;

use super::entry::{Entry, EntryLink};

#[component]
pub fn Newer(entries: Vec<Entry>) -> impl IntoView {
    let t = super::reader().strings;
    (!entries.is_empty()).then(|| {
        view! {
            <section class="dt-list dt-newer">
                <h2 class="dt-list-title">{t.newer}</h2>
                <ul>{entries.into_iter().map(|entry| view! { <EntryLink entry=entry /> }).collect_view()}</ul>
            </section>
        }
    })
}
