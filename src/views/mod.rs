//! Leptos components, one per file, named after it. They lay out what the
//! core selected and formatted; they never parse, sort or compare dates.

pub mod app;
pub mod article;
pub mod body;
pub mod entry;
pub mod latest;
pub mod links;
pub mod newer;
pub mod related;
pub mod status;
