//! The article's reading tools: text size, listen, share, print.
//!
//! Only the toolbar's box is a Leptos view; `web::toolbar::fill` puts the
//! buttons in by hand from a table, and `web::toolbar::act` runs them,
//! reached through the reader's one click listener. Eleven buttons and
//! links of different shapes as Leptos views cost the bundle about 6 KB
//! brotli of rendering code when first measured, and 2.1 KB when measured again
//! for the RSS issue as one `view!` per shape from the same table, which the
//! budget had no room for; the table costs a loop.

use leptos::prelude::*;

use crate::web::toolbar::fill;

/// `title` and `url` are what sharing sends (no share tools without a
/// `url`); `voice` is the article's language, which reading aloud speaks.
/// The buttons' labels are the interface's, in its language.
#[component]
pub fn Toolbar(title: String, url: Option<String>, voice: String) -> impl IntoView {
    let reader = super::reader();
    let node = NodeRef::<leptos::html::Div>::new();
    let (shared, spoken) = (url.clone(), voice.clone());
    // Filled on every load: Leptos reuses the element from one article to
    // the next, so the buttons are replaced, never added to.
    node.on_load(move |div| fill(&div, reader.strings, &spoken, shared.as_deref()));
    view! {
        <div class="dt-toolbar" role="group" lang=reader.config.lang.code() aria-label=reader.strings.tools
            data-url=url data-title=title data-voice=voice node_ref=node></div>
    }
}
