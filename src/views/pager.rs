//! "Xem tiếp" under a list that has more to show.

use leptos::prelude::*;

use crate::core::names::Act;

/// Nothing unless `more`.
#[component]
pub fn Pager(more: bool) -> impl IntoView {
    let strings = super::reader().strings;
    more.then(|| {
        view! {
            <nav class="dt-pager">
                <button type="button" class="dt-button dt-more" data-act=Act::More.as_str()>{strings.more}</button>
            </nav>
        }
    })
}
