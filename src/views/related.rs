//! "Các bài liên quan", a page at a time, with "Quay lại" and "Xem tiếp".

use leptos::prelude::*;

use super::entry::{Entry, EntryLink};
use crate::core::route::Route;
use crate::core::select::{has_more, shown, PAGE};
use crate::core::ui::VI;
use crate::web::history;

#[component]
pub fn Related(entries: Vec<Entry>, depth: RwSignal<u32>) -> impl IntoView {
    let total = entries.len();
    let pages = RwSignal::new(1usize);
    // "Quay lại" goes back through history when the reader came from an
    // earlier view; an article opened directly has nowhere to go back to
    // inside the reader, so it goes to the latest list instead.
    let back = move |_| {
        if depth.get_untracked() > 0 {
            history::back();
        } else {
            history::go(&Route::Latest);
        }
    };
    view! {
        {(total > 0).then(|| view! {
            <section class="dt-list dt-related">
                <h2 class="dt-list-title">{VI.related}</h2>
                <ul>
                    {move || {
                        entries[..shown(total, pages.get(), PAGE)]
                            .iter()
                            .map(|entry| view! { <EntryLink entry=entry.clone() /> })
                            .collect_view()
                    }}
                </ul>
            </section>
        })}
        <nav class="dt-pager">
            <button type="button" class="dt-button dt-back" on:click=back>{VI.back}</button>
            {move || has_more(total, pages.get(), PAGE).then(|| view! {
                <button type="button" class="dt-button dt-more" on:click=move |_| pages.update(|p| *p += 1)>
                    {VI.more}
                </button>
            })}
        </nav>
    }
}
