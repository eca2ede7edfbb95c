//! What the host page is told (`core::machine::HostEvent`): a DOM event on
//! the reader's host element, `doctin:ready`, `doctin:view`,
//! `doctin:navigate` or `doctin:error`, bubbling and composed (so it
//! leaves the shadow root), with the facts in `detail`. No global, no
//! callback attribute: the host listens if it wants to, and the reader
//! itself sends nothing anywhere.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Element, ShadowRoot};

use crate::core::machine::HostEvent;

/// Dispatches `event` on the host element of the shadow root that holds
/// `root` (the reader's own box).
pub fn emit(root: &Element, event: &HostEvent) {
    let host = root.get_root_node().dyn_into::<ShadowRoot>().map(|shadow| shadow.host()).unwrap_or_else(|_| root.clone());
    let detail = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &value);
    };
    let text = |value: &Option<String>| value.as_deref().map_or(JsValue::NULL, JsValue::from_str);
    let name = match event {
        HostEvent::Ready { items, sources } => {
            set("items", JsValue::from(*items as u32));
            set("sources", sources.iter().map(|s| JsValue::from_str(s)).collect::<Array>().into());
            "doctin:ready"
        }
        HostEvent::View { id, feed, title, url, section } => {
            set("id", id.into());
            set("feed", feed.into());
            set("title", title.into());
            set("url", text(url));
            set("section", text(section));
            "doctin:view"
        }
        HostEvent::Navigate(route) => {
            set("route", route.to_hash().into());
            "doctin:navigate"
        }
        HostEvent::Error { url, failure } => {
            set("url", url.into());
            set("message", failure.message.as_str().into());
            set("retrying", failure.retrying.into());
            "doctin:error"
        }
    };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
