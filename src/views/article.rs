//! The article page, in the seed page's order: section, title, update
//! time, lead, photo and caption, body, source; then the newer and related
//! lists and the links box.

use std::sync::Arc;

use leptos::prelude::*;

use super::body::Body;
use super::entry::Entry;
use super::links::Links;
use super::newer::Newer;
use super::related::Related;
use crate::core::model::Feed;
use crate::core::select;
use crate::core::time;

#[component]
/// `at` is the item's position in `feed.items`; the caller has found it.
/// `pages` is how many pages of "Các bài liên quan" to show.
pub fn Article(feed: Arc<Feed>, at: usize, pages: usize) -> impl IntoView {
    let reader = super::reader();
    let t = reader.strings;
    let item = feed.items[at].clone();
    let newer: Vec<Entry> =
        select::newer(&feed, at, reader.config.newer).into_iter().map(|item| Entry::new(item, t.untitled)).collect();
    let related = select::related(&feed, at);
    let title = item.title_or(t.untitled).to_string();
    let alt = item.image_caption.clone().unwrap_or_else(|| title.clone());
    let lang = item.language.clone().or_else(|| feed.language.clone());
    let updated = item.updated();
    view! {
        <div class="dt-page">
            <div class="dt-main">
                <article class="dt-article" lang=lang>
                    {item.section.map(|s| view! { <p class="dt-section">{s}</p> })}
                    <h1 class="dt-title">{title}</h1>
                    {updated.map(|d| view! {
                        <p class="dt-updated">{t.updated} " " <time datetime=time::iso(d)>{time::date_time(d)}</time></p>
                    })}
                    {item.summary.map(|s| view! { <p class="dt-lead"><strong>{s}</strong></p> })}
                    {item.image.map(|src| view! {
                        <figure class="dt-figure">
                            <img src=src alt=alt decoding="async" />
                            {item.image_caption.map(|c| view! { <figcaption>{c}</figcaption> })}
                        </figure>
                    })}
                    <Body content=item.body base=feed.home_page_url.clone() />
                    {item.source.map(|s| view! { <p class="dt-source">{t.source} " " {s}</p> })}
                </article>
                <Newer entries=newer />
                <Related feed=feed.clone() related=related pages=pages />
            </div>
            <Links links=feed.links.clone() />
        </div>
    }
}
