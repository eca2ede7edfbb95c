//! The article page, in the seed page's order: section, title, update
//! time, lead, photo and caption, body, source; then the newer and related
//! lists and the links box.

use leptos::prelude::*;

use super::body::Body;
use super::entry::Entry;
use super::links::Links;
use super::list::List;
use super::related::Related;
use super::toolbar::Toolbar;
use crate::core::names::Hook;
use crate::core::screen::ArticleScreen;
use crate::core::time;

/// An article, laid out as `core::screen::ArticleScreen` says.
#[component]
pub fn Article(article: ArticleScreen) -> impl IntoView {
    let ArticleScreen { feed, at, body, newer, related, more, lang, share, tools, .. } = article;
    let reader = super::reader();
    let strings = reader.strings;
    let lang_ui = reader.config.lang;
    let item = feed.items[at].clone();
    let newer: Vec<Entry> = newer.iter().map(|&at| Entry::new(&feed.items[at], strings.untitled, lang_ui)).collect();
    let title = item.title_or(strings.untitled).to_string();
    let alt = item.image_alt(strings.untitled).to_string();
    // The labels around the article are the interface's, and say so.
    let ui = lang_ui.code();
    let updated = item.updated();
    view! {
        <div class="dt-page">
            <div class="dt-main">
                <article class="dt-article" lang=lang>
                    {item.section.map(|s| view! { <p class="dt-section">{s}</p> })}
                    // Focused (not tabbed to) when the reader opens the article,
                    // so screen readers announce it.
                    <h1 class=Hook::Title.class() tabindex="-1">{title}</h1>
                    {updated.map(|d| view! {
                        <p class="dt-updated"><span lang=ui>{strings.updated}</span> " " <time datetime=time::iso(d)>{time::date_time_in(lang_ui, d)}</time></p>
                    })}
                    <Toolbar tools=tools url=share />
                    {item.summary.map(|s| view! { <p class="dt-lead"><strong>{s}</strong></p> })}
                    {item.image.map(|src| view! {
                        <figure class="dt-figure">
                            <img src=src alt=alt decoding="async" />
                            {item.image_caption.map(|c| view! { <figcaption>{c}</figcaption> })}
                        </figure>
                    })}
                    <Body content=body base=feed.home_page_url.clone() />
                    {item.source.map(|s| view! { <p class="dt-source"><span lang=ui>{strings.source}</span> " " {s}</p> })}
                    {item.origin.map(|o| view! { <p class="dt-origin"><span lang=ui>{strings.origin}</span> " " {o}</p> })}
                </article>
                <List class="dt-list dt-newer" heading=strings.newer entries=newer />
                <Related feed=feed.clone() related=related more=more />
            </div>
            <Links links=feed.links.clone() />
        </div>
    }
}
