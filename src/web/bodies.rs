//! Putting an article's body into the page. Most bodies come with the
//! feed; a body kept in a file of its own (`_doctin.content_url`) is
//! fetched when its article opens, kept for the rest of the visit, and
//! abandoned (its request aborted) when the reader leaves the article
//! before it arrives.
//!
//! The nodes are put in by hand, never by Leptos: when the reader moves to
//! another article, Leptos reuses the body's element, and nodes it did not
//! create would otherwise stay behind next to the new body. Replacing all
//! children every time keeps exactly one body.

use std::cell::{Cell, RefCell};

use leptos::task::spawn_local;
use web_sys::{AbortController, Element};

use super::fetch;
use super::paragraphs::paragraphs as text_nodes;
use super::sanitize::sanitize;
use crate::core::config::Config;
use crate::core::model::Body;
use crate::core::normalize;
use crate::core::text::paragraphs;
use crate::core::ui::{self, LoadError, Strings};

/// Bodies fetched in this visit; enough for a reader going back and forth
/// between a few dozen articles without asking the server twice.
const KEEP: usize = 32;

thread_local! {
    /// Fetched bodies by URL, oldest first. (Every reader has its own wasm
    /// instance, so these are one reader's.)
    static KEPT: RefCell<Vec<(String, Body)>> = const { RefCell::new(Vec::new()) };
    /// The request for the body being waited for.
    static PENDING: RefCell<Option<AbortController>> = const { RefCell::new(None) };
    /// Counts the bodies asked for, so an answer that comes after the
    /// reader has moved on is recognised and dropped.
    static TURN: Cell<u32> = const { Cell::new(0) };
}

/// Aborts the request for a body not yet shown: the reader has left its
/// article.
pub fn cancel() {
    TURN.set(TURN.get().wrapping_add(1));
    if let Some(request) = PENDING.take() {
        request.abort();
    }
}

/// Shows `content` in `div`: at once when it is in the feed or was fetched
/// before, otherwise after fetching it, with "Đang tải…" meanwhile and a
/// message and "Thử lại" if it fails. ("Thử lại" draws the article
/// again, which brings its body here again.)
pub fn show(div: Element, content: Body, base: Option<String>, config: &'static Config, t: &'static Strings) {
    cancel();
    let Body::Remote(url) = &content else {
        fill(&div, &content, base.as_deref());
        return;
    };
    if let Some(body) = KEPT.with_borrow(|kept| kept.iter().find(|(at, _)| at == url).map(|(_, body)| body.clone())) {
        fill(&div, &body, base.as_deref());
        return;
    }
    notice(&div, t.loading, None);
    let url = url.clone();
    let turn = TURN.get();
    let request = AbortController::new().ok();
    PENDING.set(request.clone());
    spawn_local(async move {
        let result = fetch::text(&url, config.timeout, false, request)
            .await
            .and_then(|text| normalize::body(&text).map_err(LoadError::Feed));
        if TURN.get() != turn {
            return;
        }
        PENDING.set(None);
        match result {
            Ok(body) => {
                fill(&div, &body, base.as_deref());
                KEPT.with_borrow_mut(|kept| {
                    if kept.len() == KEEP {
                        kept.remove(0);
                    }
                    kept.push((url, body));
                });
            }
            Err(error) => notice(&div, &ui::body_failed(config.lang, &error), Some(t.retry)),
        }
    });
}

fn fill(div: &Element, content: &Body, base: Option<&str>) {
    let fragment = match content {
        Body::Html(html) => sanitize(html, base),
        Body::Text(text) => text_nodes(&paragraphs(text)),
        Body::Remote(_) | Body::Empty => None,
    };
    // Plain text keeps its line breaks (see the stylesheet).
    let _ = div.set_attribute("class", if matches!(content, Body::Text(_)) { "dt-body dt-text" } else { "dt-body" });
    match fragment {
        Some(fragment) => div.replace_children_with_node_1(&fragment),
        None => div.replace_children_with_node_0(),
    }
}

/// A line in place of the body: "Đang tải…" announced politely, or a
/// failure announced at once with a button to try again.
fn notice(div: &Element, text: &str, retry: Option<&str>) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(line) = document.create_element("p") else { return };
    let _ = line.set_attribute("class", "dt-status");
    let _ = line.set_attribute("role", if retry.is_some() { "alert" } else { "status" });
    line.set_text_content(Some(text));
    div.replace_children_with_node_1(&line);
    if let Some(Ok(button)) = retry.map(|_| document.create_element("button")) {
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("class", "dt-button");
        let _ = button.set_attribute("data-act", "body");
        button.set_text_content(retry);
        let _ = div.append_child(&button);
    }
}
