//! User Timing marks at the reader's start-up steps, for the start-up
//! benchmark (`bench/startup.mjs`), which reads them from a performance
//! trace. Only the `timing` feature's build makes them; elsewhere `mark`
//! is empty and compiles to nothing.

/// Marks `name` ("doctin:…") on the page's performance timeline.
#[cfg(feature = "timing")]
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

#[cfg(not(feature = "timing"))]
pub fn mark(_: &str) {}
