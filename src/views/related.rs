//! "Các bài liên quan", a page at a time, with "Quay lại" and "Xem tiếp".

use std::sync::Arc;

use leptos::prelude::*;

use super::entry::{Entry, EntryLink};
use crate::core::model::Feed;
use crate::core::select::{has_more, shown};

/// `related` holds positions in `feed.items`, from `select::related`; only
/// the `pages` shown are turned into lines, so a section of thousands of
/// items costs nothing until the reader pages through it.
#[component]
pub fn Related(feed: Arc<Feed>, related: Vec<usize>, pages: usize) -> impl IntoView {
    let reader = super::reader();
    let t = reader.strings;
    let per_page = reader.config.related;
    let total = related.len();
    let count = if per_page == 0 { 0 } else { shown(total, pages, per_page) };
    let more = count > 0 && has_more(total, pages, per_page);
    let entries = related[..count].iter().map(|&at| Entry::new(&feed.items[at], t.untitled));
    view! {
        {(count > 0).then(|| view! {
            <section class="dt-list dt-related">
                <h2 class="dt-list-title">{t.related}</h2>
                <ul>{entries.map(|entry| view! { <EntryLink entry=entry /> }).collect_view()}</ul>
            </section>
        })}
        <nav class="dt-pager">
            <button type="button" class="dt-button dt-back" on:click=move |_| reader.back.run(())>{t.back}</button>
            {more.then(|| view! {
                <button type="button" class="dt-button dt-more" on:click=move |_| reader.pages.update(|p| *p += 1)>
                    {t.more}
                </button>
            })}
        </nav>
    }
}
