//! The "LIÊN KẾT WEBSITE" box from the feed's `_doctin.links`: the same
//! view as the lists of articles, with the host portal's links as lines
//! (each distinct view type adds its own rendering code to the bundle).

use leptos::prelude::*;

use super::entry::Entry;
use super::list::List;
use crate::core::model::Link;

#[component]
pub fn Links(links: Vec<Link>) -> impl IntoView {
    let strings = super::reader().strings;
    let entries = links.into_iter().map(|link| Entry { href: link.url, title: link.title, date: None }).collect();
    view! { <List class="dt-links" heading=strings.links entries=entries /> }
}
