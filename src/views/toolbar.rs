//! The article's reading tools: text size, listen, share, print.
//!
//! Only the toolbar's box is a Leptos view; `web::toolbar::fill` puts the
//! buttons in by hand from a table; a press reaches the machine through
//! the reader's one click listener (`Event::Tool`). Eleven buttons and
//! links of different shapes as Leptos views cost the bundle about 6 KB
//! brotli of rendering code when first measured, and 2.1 KB when measured again
//! for the RSS issue as one `view!` per shape from the same table, which the
//! budget had no room for; the table costs a loop.

use leptos::prelude::*;

use crate::core::tools::Tools;
use crate::web::toolbar::fill;

/// `tools` are the ones the article offers, `url` what its share tools
/// send. The buttons' labels are the interface's, in its language.
#[component]
pub fn Toolbar(tools: Tools, url: Option<String>) -> impl IntoView {
    let reader = super::reader();
    let node = NodeRef::<leptos::html::Div>::new();
    let shared = url.clone();
    // Filled on every load: Leptos reuses the element from one article to
    // the next, so the buttons are replaced, never added to.
    node.on_load(move |div| fill(&div, reader.strings, tools, shared.as_deref()));
    view! {
        <div class="dt-toolbar" role="group" lang=reader.config.lang.code() aria-label=reader.strings.tools
            data-url=url node_ref=node></div>
    }
}
