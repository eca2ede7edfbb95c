//! The latest-news list: newest items with date, lead and thumbnail.

use leptos::prelude::*;

use super::card::card;
use super::links::Links;
use crate::core::screen::Timeline;
use crate::core::select::{on_pages, LATEST_PAGE};

/// `pages` is how many pages of the list to show; `more` shows "Xem tiếp".
#[component]
pub fn Latest(feed: Timeline, pages: usize, more: bool) -> impl IntoView {
    let reader = super::reader();
    let strings = reader.strings;
    let total = feed.items.len();
    // Only the shown items become cards: an archive of thousands costs
    // nothing until it is paged through.
    let count = on_pages(total, pages, LATEST_PAGE);
    let heading = if feed.title.is_empty() { strings.latest.to_string() } else { feed.title.clone() };
    let (lang, links) = (feed.language.clone(), feed.links.clone());
    view! {
        <div class="dt-page">
            <section class="dt-main dt-latest" lang=lang>
                <h1 class="dt-title" tabindex="-1">{heading}</h1>
                {(total == 0).then(|| view! { <p class="dt-status">{strings.empty_feed}</p> })}
                <ul class="dt-cards">{feed.items[..count].iter().map(|item| card(item, &[], strings.untitled, reader.config.lang)).collect_view()}</ul>
                {more.then(|| view! {
                    <nav class="dt-pager">
                        <button type="button" class="dt-button dt-more" data-act="more">
                            {strings.more}
                        </button>
                    </nav>
                })}
            </section>
            <Links links=links />
        </div>
    }
}
