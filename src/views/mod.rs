//! Leptos components, one per file, named after it. They lay out what the
//! core selected and formatted; they never parse, sort or compare dates.

pub mod app;
pub mod article;
pub mod body;
pub mod card;
pub mod entry;
pub mod latest;
pub mod links;
pub mod list;
pub mod pager;
pub mod related;
pub mod search;
pub mod status;
pub mod toolbar;

use app::Reader;
use leptos::prelude::use_context;

/// The reader's strings, settings and speech, provided by `App`.
pub fn reader() -> Reader {
    // `App` provides it before any other view exists; a view rendered
    // without it is a programming error that the panic box will show.
    use_context::<Reader>().expect("views render inside App")
}
