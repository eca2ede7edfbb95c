//! One line of "Các tin mới hơn" or "Các bài liên quan": "Title (dd/mm/yyyy)".

use leptos::prelude::*;

use crate::core::config::Lang;
use crate::core::model::Item;
use crate::core::route::Route;
use crate::core::time;

/// What a list line needs, taken from an item once rather than per render.
#[derive(Clone)]
pub struct Entry {
    pub href: String,
    pub title: String,
    pub date: Option<(String, String)>,
}

impl Entry {
    /// `untitled` stands in for an empty title, and the date is written,
    /// in the reader's language `lang`.
    pub fn new(item: &Item, untitled: &str, lang: Lang) -> Entry {
        Entry {
            href: Route::Article(item.id.clone()).to_hash(),
            title: item.title_or(untitled).to_string(),
            date: item.date().map(|d| (time::iso(d), time::date_in(lang, d))),
        }
    }
}

#[component]
pub fn EntryLink(entry: Entry) -> impl IntoView {
    // Lines of the links box point to other sites, and open in a tab of
    // their own; articles stay in the reader.
    let external = entry.href.starts_with("http");
    view! {
        <li class="dt-entry">
            <a href=entry.href target=external.then_some("_blank") rel=external.then_some("noopener noreferrer")>{entry.title}</a>
            {entry.date.map(|(iso, text)| view! {
                " " <time class="dt-date" datetime=iso>"(" {text} ")"</time>
            })}
        </li>
    }
}
