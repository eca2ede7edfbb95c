//! Search results: the loaded items whose title, lead or tags hold every
//! word of the query, with or without diacritics, title hits first, the
//! matching letters marked. Laid out as the latest list is, beside the
//! links box, so the page keeps its shape while the reader types.

use leptos::prelude::*;

use super::card::card;
use super::links::Links;
use super::pager::Pager;
use crate::core::names::Hook;
use crate::core::screen::Timeline;
use crate::core::search::words;
use crate::core::ui;

/// `hits` are the positions of the matching items shown, as the machine
/// found them, of `found` in all; `more` shows "Xem tiếp".
#[component]
pub fn Search(feed: Timeline, query: String, hits: Vec<usize>, found: usize, more: bool) -> impl IntoView {
    let reader = super::reader();
    let (strings, lang) = (reader.strings, reader.config.lang);
    let words = words(&query);
    let cards = hits.iter().map(|&at| card(&feed.items[at], &words, strings.untitled, lang));
    view! {
        <div class="dt-page">
            <section class="dt-main dt-latest dt-results">
                <h1 class=Hook::Title.class() tabindex="-1">{strings.results}</h1>
                <p class="dt-found" role="status">{ui::found(lang, found, query.trim())}</p>
                <ul class="dt-cards">{cards.collect_view()}</ul>
                <Pager more=more />
            </section>
            <Links links=feed.links.clone() />
        </div>
    }
}
