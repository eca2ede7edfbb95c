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

use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// `style/doctin.css`, minified by esbuild in release builds (`build.rs`).
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/doctin.css"));

thread_local! {
    /// One parsed stylesheet shared by every reader on the page.
    static SHEET: OnceCell<Option<CssStyleSheet>> = const { OnceCell::new() };
}

/// Whether `host` can carry the reader's shadow root: an element the DOM
/// standard allows one on (`attachShadow`'s list, or a custom element) that
/// has none yet. Asked before the first render, because attaching is the
/// one step that cannot be undone.
pub fn can_hold(host: &HtmlElement) -> bool {
    const ALLOWED: [&str; 18] = [
        "article", "aside", "blockquote", "body", "div", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "main",
        "nav", "p", "section", "span",
    ];
    let name = host.local_name();
    let custom = name.contains('-') && name.starts_with(|c: char| c.is_ascii_lowercase());
    host.shadow_root().is_none() && (custom || ALLOWED.contains(&name.as_str()))
}

/// Attaches the styled shadow root with `reader`, already rendered, in it.
/// `false` when the host refuses one.
pub fn attach(host: &HtmlElement, reader: &HtmlElement) -> bool {
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let Ok(root) = host.attach_shadow(&init) else { return false };
    style(&root);
    root.append_child(reader).is_ok()
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
