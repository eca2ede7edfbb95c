//! doctin: a news reader widget for Vietnamese provincial portals.
//!
//! `core` is pure Rust and is what native tests cover; `web` and `views`
//! exist only in the wasm build, where they meet the browser.

pub mod core;

/// Reading feed files natively (`doctin-feed import`, the fuzzer):
/// encodings, XML.
#[cfg(feature = "xml")]
pub mod native;

#[cfg(target_arch = "wasm32")]
mod views;
#[cfg(target_arch = "wasm32")]
mod web;
