//! Search results: the loaded items whose title, lead or tags hold every
//! word of the query, with or without diacritics, title hits first, the
//! matching letters marked. Laid out as the latest list is, beside the
//! links box, so the page keeps its shape while the reader types.

use leptos::prelude::*;

use super::card::card;
use super::links::Links;
use crate::core::screen::Timeline;
use crate::core::search::words;
use crate::core::select::{on_pages, LATEST_PAGE};
use crate::core::ui;

/// `hits` are the positions of the matching items, as the machine found
/// them; `pages` of ten are shown, and `more` shows "Xem tiếp".
#[component]
pub fn Search(feed: Timeline, query: String, hits: Vec<usize>, pages: usize, more: bool) -> impl IntoView {
    let reader = super::reader();
    let (strings, lang) = (reader.strings, reader.config.lang);
    let words = words(&query);
    let count = on_pages(hits.len(), pages, LATEST_PAGE);
    let cards = hits[..count].iter().map(|&at| card(&feed.items[at], &words, strings.untitled, lang));
    view! {
        <div class="dt-page">
            <section class="dt-main dt-latest dt-results">
                <h1 class="dt-title" tabindex="-1">{strings.results}</h1>
                <p class="dt-found" role="status">{ui::found(lang, hits.len(), query.trim())}</p>
                <ul class="dt-cards">{cards.collect_view()}</ul>
                {more.then(|| view! {
                    <nav class="dt-pager">
                        <button type="button" class="dt-button dt-more" data-act="more">{strings.more}</button>
                    </nav>
                })}
            </section>
            <Links links=feed.links.clone() />
        </div>
    }
}
