//! The "LIÊN KẾT WEBSITE" box from the feed's `_doctin.links`.

use leptos::prelude::*;

use crate::core::model::Link;

#[component]
pub fn Links(links: Vec<Link>) -> impl IntoView {
    let t = super::reader().strings;
    (!links.is_empty()).then(|| {
        view! {
            <aside class="dt-links">
                <h2 class="dt-links-title">{t.links}</h2>
                <ul>
                    {links.into_iter().map(|link| view! {
                        <li><a href=link.url rel="noopener noreferrer" target="_blank">{link.title}</a></li>
                    }).collect_view()}
                </ul>
            </aside>
        }
    })
}
