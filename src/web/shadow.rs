//! Each reader lives in an open shadow root on its host element, with the
//! widget's stylesheet adopted inside it: host CSS cannot reach in, and
//! the widget's CSS cannot leak out.
//!
//! The stylesheet is compiled into the wasm and adopted as a constructed
//! stylesheet: no extra request, no flash of unstyled content, and no
//! `<style>` element, which a strict `style-src 'self'` would block. Where
//! constructed stylesheets are missing (Safari before 16.4) a `<style>`
//! element is the fallback.

use std::cell::OnceCell;

use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// `style/doctin.css`, minified by esbuild in release builds (`build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/doctin.css"));

thread_local! {
    /// One parsed stylesheet shared by every reader on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Attaches the shadow root and returns the element to mount the app in.
/// `None` when the host cannot carry a shadow root (an `<a>`, a `<p>`, or
/// an element that already has one).
pub fn attach(host: &HtmlElement) -> Option<HtmlElement> {
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let root = host.attach_shadow(&init).ok()?;
    style(&root);
    let document = host.owner_document()?;
    let container: HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    root.append_child(&container).ok()?;
    Some(container)
}

fn style(root: &ShadowRoot) {
    let sheet = SHEET.with(|cell| {
        cell.get_or_init(|| {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(CSS).ok()?;
            Some(sheet)
        })
        .clone()
    });
    match sheet {
        Some(sheet) => root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            if let Some(style) = root.owner_document().and_then(|d| d.create_element("style").ok()) {
                style.set_text_content(Some(CSS));
                let _ = root.append_child(&style);
            }
        }
    }
}
