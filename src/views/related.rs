//! "Các bài liên quan", a page at a time, with "Quay lại" and "Xem tiếp".

use leptos::prelude::*;

use super::entry::Entry;
use super::list::List;
use crate::core::screen::Timeline;
use crate::core::select::{has_more, on_pages};

/// `related` holds positions in `feed.items`, from `select::related`; only
/// the `pages` shown are turned into lines, so a section of thousands of
/// items costs nothing until the reader pages through it.
#[component]
pub fn Related(feed: Timeline, related: Vec<usize>, pages: usize) -> impl IntoView {
    let reader = super::reader();
    let strings = reader.strings;
    let per_page = reader.config.related;
    let total = related.len();
    let count = if per_page == 0 { 0 } else { on_pages(total, pages, per_page) };
    let more = count > 0 && has_more(total, pages, per_page);
    let entries = related[..count].iter().map(|&at| Entry::new(&feed.items[at], strings.untitled, reader.config.lang)).collect();
    view! {
        <List class="dt-list dt-related" heading=strings.related entries=entries />
        <nav class="dt-pager">
            <button type="button" class="dt-button dt-back" data-act="back">{strings.back}</button>
            {more.then(|| view! {
                <button type="button" class="dt-button dt-more" data-act="more">
                    {strings.more}
                </button>
            })}
        </nav>
    }
}
