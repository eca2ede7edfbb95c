//! "Các bài liên quan", a page at a time, with "Quay lại" and "Xem tiếp".

use leptos::prelude::*;

use super::entry::Entry;
use super::list::List;
use crate::core::names::Act;
use crate::core::screen::Timeline;

/// `related` holds the positions in `feed.items` of the pages shown;
/// `more` shows "Xem tiếp".
#[component]
pub fn Related(feed: Timeline, related: Vec<usize>, more: bool) -> impl IntoView {
    let reader = super::reader();
    let strings = reader.strings;
    let entries = related.iter().map(|&at| Entry::new(&feed.items[at], strings.untitled, reader.config.lang)).collect();
    view! {
        <List class="dt-list dt-related" heading=strings.related entries=entries />
        <nav class="dt-pager">
            <button type="button" class="dt-button dt-back" data-act=Act::Back.as_str()>{strings.back}</button>
            {more.then(|| view! {
                <button type="button" class="dt-button dt-more" data-act=Act::More.as_str()>
                    {strings.more}
                </button>
            })}
        </nav>
    }
}
