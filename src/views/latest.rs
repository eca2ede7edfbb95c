//! The latest-news list: newest items with date, lead and thumbnail.

use leptos::prelude::*;

use super::card::card;
use super::links::Links;
use super::pager::Pager;
use crate::core::names::Hook;
use crate::core::screen::Timeline;

/// The first `shown` items of `feed` as cards (only those: an archive of
/// thousands costs nothing until it is paged through); `more` shows
/// "Xem tiếp".
#[component]
pub fn Latest(feed: Timeline, shown: usize, more: bool) -> impl IntoView {
    let reader = super::reader();
    let strings = reader.strings;
    let heading = feed.title_or(strings.latest).to_string();
    let empty = feed.items.is_empty();
    let (lang, links) = (feed.language.clone(), feed.links.clone());
    view! {
        <div class="dt-page">
            <section class="dt-main dt-latest" lang=lang>
                <h1 class=Hook::Title.class() tabindex="-1">{heading}</h1>
                {empty.then(|| view! { <p class="dt-status">{strings.empty_feed}</p> })}
                <ul class="dt-cards">{feed.items[..shown].iter().map(|item| card(item, &[], strings.untitled, reader.config.lang)).collect_view()}</ul>
                <Pager more=more />
            </section>
            <Links links=links />
        </div>
    }
}
