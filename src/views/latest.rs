//! The latest-news list: newest items with date, lead and thumbnail.

use std::sync::Arc;

use leptos::prelude::*;

use super::entry::Entry;
use super::links::Links;
use crate::core::model::Feed;
use crate::core::select::{has_more, shown, LATEST_PAGE};
use crate::core::ui::VI;

#[derive(Clone)]
struct Card {
    entry: Entry,
    summary: Option<String>,
    image: Option<String>,
}

#[component]
pub fn Latest(feed: Arc<Feed>) -> impl IntoView {
    let cards: Vec<Card> = feed
        .items
        .iter()
        .map(|item| Card { entry: Entry::new(item), summary: item.summary.clone(), image: item.image.clone() })
        .collect();
    let total = cards.len();
    let pages = RwSignal::new(1usize);
    let heading = if feed.title.is_empty() { VI.latest.to_string() } else { feed.title.clone() };
    view! {
        <div class="dt-page">
            <section class="dt-main dt-latest" lang=feed.language.clone()>
                <h1 class="dt-title">{heading}</h1>
                {(total == 0).then(|| view! { <p class="dt-status">{VI.empty_feed}</p> })}
                <ul class="dt-cards">
                    {move || cards[..shown(total, pages.get(), LATEST_PAGE)].iter().cloned().map(card).collect_view()}
                </ul>
                {move || has_more(total, pages.get(), LATEST_PAGE).then(|| view! {
                    <nav class="dt-pager">
                        <button type="button" class="dt-button dt-more" on:click=move |_| pages.update(|p| *p += 1)>
                            {VI.more}
                        </button>
                    </nav>
                })}
            </section>
            <Links links=feed.links.clone() />
        </div>
    }
}

fn card(card: Card) -> impl IntoView {
    let Card { entry, summary, image } = card;
    view! {
        <li class="dt-card">
            {image.map(|src| view! {
                <a class="dt-thumb" href=entry.href.clone() tabindex="-1" aria-hidden="true">
                    <img src=src alt="" loading="lazy" decoding="async" />
                </a>
            })}
            <div class="dt-card-text">
                <h2 class="dt-card-title"><a href=entry.href>{entry.title}</a></h2>
                {entry.date.map(|(iso, shown)| view! { <time class="dt-date" datetime=iso>{shown}</time> })}
                {summary.map(|s| view! { <p class="dt-card-lead">{s}</p> })}
            </div>
        </li>
    }
}
