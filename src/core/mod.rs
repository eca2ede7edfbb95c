//! The pure core: everything doctin knows about feeds, dates, routes and
//! text, with no web-sys and no DOM, so that plain `cargo test` covers it.
//!
//! Data flows one way through it: `wire` (what the JSON says) is turned by
//! `normalize` into `model` (what the reader shows), and `select` picks the
//! lists each view needs from the model; `merge` makes one timeline of a
//! reader's several feeds. `machine` is the reader's own
//! policy (what to load, retry and show) as a state machine whose
//! `screen` the views draw.

pub mod allow;
pub mod config;
pub mod contract;
pub mod html;
pub mod load;
pub mod machine;
pub mod merge;
pub mod model;
pub mod names;
pub mod normalize;
pub mod retry;
pub mod route;
pub mod saved;
pub mod screen;
pub mod search;
pub mod select;
pub mod share;
pub mod split;
pub mod syndication;
pub mod text;
pub mod time;
pub mod tools;
pub mod ui;
pub mod url;
pub mod wire;
pub mod xml;
