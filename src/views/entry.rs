//! One line of "Các tin mới hơn" or "Các bài liên quan": "Title (dd/mm/yyyy)".

use leptos::prelude::*;

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
    /// `untitled` stands in for an empty title, in the reader's language.
    pub fn new(item: &Item, untitled: &str) -> Entry {
        Entry {
            href: Route::Article(item.id.clone()).to_hash(),
            title: item.title_or(untitled).to_string(),
            date: item.date().map(|d| (time::iso(d), time::date(d))),
        }
    }
}

#[component]
pub fn EntryLink(entry: Entry) -> impl IntoView {
    view! {
        <li class="dt-entry">
            <a href=entry.href>{entry.title}</a>
            {entry.date.map(|(iso, shown)| view! {
                " " <time class="dt-date" datetime=iso>"(" {shown} ")"</time>
            })}
        </li>
    }
}
