//! The article toolbar's buttons: put in by `fill` from a table, and run
//! by `act` (text size, listening, sharing, printing, and the skip link).
//! The buttons only carry `data-act`; one click listener on the reader's
//! root hands them here, so the toolbar adds no handler of its own per
//! button. Which tools show is `core::tools`'s rule.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement};

use super::speech::{listen, reading, silence, speaking, synth, voice};
use super::text_size::resize;
use crate::core::share;
use crate::core::tools::Tools;
use crate::core::ui::Strings;

/// Whether this browser has the Web Share API (phones mostly do).
pub fn can_share() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
}

fn say(toolbar: &Element, text: &str) {
    if let Ok(Some(said)) = toolbar.query_selector(".dt-said") {
        said.set_text_content(Some(text));
    }
}

/// Puts the toolbar's buttons into `toolbar`, replacing any there. Tools
/// that cannot work here are hidden: "Nghe đọc bài" without a voice in the
/// article's language `spoken`, the share button where the browser has no
/// share sheet (copying the link, Facebook and Zalo stand in for it), and
/// every share tool when there is no `url` to share.
pub fn fill(toolbar: &Element, strings: &'static Strings, spoken: &str, url: Option<&str>) {
    let Some(document) = toolbar.owner_document() else { return };
    let tools = Tools::for_article(voice(spoken).is_some(), can_share(), url.is_some());
    let url = url.unwrap_or_default();
    let (facebook, zalo) = (share::facebook(url), share::zalo(url));
    // (data-act or link, text, accessible name, hidden)
    let buttons: [(&str, &str, &str, bool); 10] = [
        ("smaller", "A−", strings.smaller, false),
        ("larger", "A+", strings.larger, false),
        ("listen", strings.listen, "", !tools.listen),
        ("pause", strings.pause, "", true),
        ("stop", strings.stop, "", true),
        ("share", strings.share, "", !tools.share_sheet),
        ("copy", strings.copy, "", !tools.share_links),
        (&facebook, "Facebook", "", !tools.share_links),
        (&zalo, "Zalo", "", !tools.share_links),
        ("print", strings.print, "", false),
    ];
    toolbar.replace_children_with_node_0();
    for (act, text, name, hidden) in buttons {
        let link = act.starts_with("https:");
        let Ok(tool) = document.create_element(if link { "a" } else { "button" }) else { continue };
        let _ = tool.set_attribute("class", "dt-tool");
        if link {
            let _ = tool.set_attribute("href", act);
            let _ = tool.set_attribute("target", "_blank");
            let _ = tool.set_attribute("rel", "noopener noreferrer");
        } else {
            let _ = tool.set_attribute("type", "button");
            let _ = tool.set_attribute("data-act", act);
        }
        // "A−" alone tells a screen reader little; the name says what it
        // does and still starts with what is on the button.
        if !name.is_empty() {
            let _ = tool.set_attribute("aria-label", &format!("{text} {name}"));
            let _ = tool.set_attribute("title", name);
        }
        let _ = tool.toggle_attribute_with_force("hidden", hidden);
        tool.set_text_content(Some(text));
        let _ = toolbar.append_child(&tool);
    }
    // Where "Đã sao chép" is said.
    if let Ok(said) = document.create_element("span") {
        let _ = said.set_attribute("class", "dt-said");
        let _ = said.set_attribute("role", "status");
        let _ = toolbar.append_child(&said);
    }
    // The article is drawn again when "Xem tiếp" pages its related list;
    // reading aloud goes on, and so must its buttons.
    if speaking() {
        reading(toolbar, true);
    }
}

/// Waits for `promise`, then says `done` or `failed` in the toolbar. One
/// function for both promises, because each future type adds its own
/// executor code to the bundle.
fn settle(promise: js_sys::Promise, toolbar: Element, done: &'static str, failed: &'static str) {
    leptos::task::spawn_local(async move {
        let ok = JsFuture::from(promise).await.is_ok();
        say(&toolbar, if ok { done } else { failed });
    });
}

/// Runs the action of `button` (its `data-act`) in the reader whose root
/// is `root`.
pub fn act(button: &Element, root: &Element, strings: &'static Strings) {
    let action = button.get_attribute("data-act").unwrap_or_default();
    let toolbar = button.closest(".dt-toolbar").ok().flatten();
    let url = toolbar.as_ref().and_then(|t| t.get_attribute("data-url")).unwrap_or_default();
    match (action.as_str(), toolbar) {
        ("skip", _) => {
            if let Some(title) = root.query_selector("h1").ok().flatten().and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                let _ = title.focus();
            }
        }
        ("smaller", _) => resize(root, -1),
        ("larger", _) => resize(root, 1),
        ("print", _) => {
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
        ("listen", Some(toolbar)) => listen(&toolbar),
        ("pause", _) => {
            if let Some(synth) = synth() {
                let paused = synth.paused();
                if paused {
                    synth.resume();
                } else {
                    synth.pause();
                }
                button.set_text_content(Some(if paused { strings.pause } else { strings.resume }));
            }
        }
        ("stop", Some(toolbar)) => {
            silence();
            reading(&toolbar, false);
        }
        ("share", Some(toolbar)) => {
            let Some(window) = web_sys::window() else { return };
            let data = web_sys::ShareData::new();
            data.set_url(&url);
            data.set_title(&toolbar.get_attribute("data-title").unwrap_or_default());
            // Closing the share sheet rejects the promise; that is no error
            // and needs no word.
            settle(window.navigator().share_with_data(&data), toolbar, "", "");
        }
        ("copy", Some(toolbar)) => {
            let Some(window) = web_sys::window() else { return };
            settle(window.navigator().clipboard().write_text(&url), toolbar, strings.copied, strings.copy_failed);
        }
        _ => {}
    }
}
