//! One item of the latest list or of the search results: thumbnail,
//! title, date and lead, with the words of a search marked. One view for
//! both lists, because each distinct view type adds its own rendering code
//! to the bundle.

use leptos::either::Either;
use leptos::prelude::*;

use super::entry::Entry;
use crate::core::config::Lang;
use crate::core::model::Item;
use crate::core::search::highlight;

/// `words` are the folded words of a search (none in the latest list).
pub fn card(item: &Item, words: &[String], untitled: &str, lang: Lang) -> impl IntoView {
    let entry = Entry::new(item, untitled, lang);
    let title = marked(highlight(&entry.title, words));
    let lead = item.summary.as_deref().map(|s| marked(highlight(s, words)));
    let image = item.image.clone();
    view! {
        <li class="dt-card">
            {image.map(|src| view! {
                <a class="dt-thumb" href=entry.href.clone() tabindex="-1" aria-hidden="true">
                    <img src=src alt="" loading="lazy" decoding="async" />
                </a>
            })}
            <div class="dt-card-text">
                <h2 class="dt-card-title"><a href=entry.href>{title}</a></h2>
                {entry.date.map(|(iso, text)| view! { <time class="dt-date" datetime=iso>{text}</time> })}
                // In a reader of several feeds, the feed it came from.
                {item.origin.clone().map(|o| view! { <span class="dt-origin">{o}</span> })}
                {lead.map(|lead| view! { <p class="dt-card-lead">{lead}</p> })}
            </div>
        </li>
    }
}

/// Text with its matching pieces in `<mark>`.
fn marked(pieces: Vec<(String, bool)>) -> impl IntoView {
    pieces
        .into_iter()
        .map(|(text, hit)| if hit { Either::Left(view! { <mark>{text}</mark> }) } else { Either::Right(text) })
        .collect_view()
}
