//! The browser edge: everything that talks to the DOM, the network or the
//! history, kept apart from the pure core and from the views.

pub mod fetch;
pub mod history;
pub mod mount;
pub mod panic;
pub mod paragraphs;
pub mod saved;
pub mod sanitize;
pub mod shadow;
pub mod toolbar;
