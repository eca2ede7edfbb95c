//! Turns feed HTML into DOM nodes that are safe to show.
//!
//! The HTML is parsed by the browser itself, inside an inert `<template>`
//! (no scripts run, no images load), so we judge exactly the tree the
//! browser would build. The tree is then pruned against the allowlist of
//! `core::allow`, which decides by name, and
//! its nodes are moved into the page as nodes: never serialized back to a
//! string and re-parsed, which is where mutation XSS comes from.

use wasm_bindgen::JsCast;
use web_sys::{DocumentFragment, Element, HtmlFormElement, HtmlTemplateElement, Node};

use crate::core::allow::{self, AttributeRule, ElementRule};
use crate::core::url::resolve;

const HTML_NAMESPACE: &str = "http://www.w3.org/1999/xhtml";

/// Parses and cleans `html`; relative URLs resolve against `base` (the
/// feed's home page). `None` only when the DOM itself is unavailable.
pub fn sanitize(html: &str, base: Option<&str>) -> Option<DocumentFragment> {
    let document = web_sys::window()?.document()?;
    let template: HtmlTemplateElement = document.create_element("template").ok()?.dyn_into().ok()?;
    template.set_inner_html(html);
    let content = template.content();
    clean_children(&content, base);
    describe_images(&content);
    Some(content)
}

/// An image without `alt` gets its figure's caption as its text, or
/// `alt=""`: without one a screen reader reads out the file name. This
/// runs on the cleaned tree, so a caption's text is what the page shows.
fn describe_images(content: &DocumentFragment) {
    let Ok(images) = content.query_selector_all("img:not([alt])") else { return };
    for image in (0..images.length()).filter_map(|i| images.get(i)) {
        let image: Element = image.unchecked_into();
        let caption = image
            .closest("figure")
            .ok()
            .flatten()
            .and_then(|figure| figure.query_selector("figcaption").ok().flatten())
            .and_then(|caption| caption.text_content())
            .unwrap_or_default();
        let _ = image.set_attribute("alt", caption.trim());
    }
}

fn clean_children(parent: &Node, base: Option<&str>) {
    // Children are collected first because cleaning moves and removes them.
    let list = parent.child_nodes();
    let children: Vec<Node> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    for child in children {
        match child.node_type() {
            Node::TEXT_NODE => {}
            Node::ELEMENT_NODE => clean_element(parent, child.unchecked_into(), base),
            _ => {
                // Comments, CDATA and processing instructions carry nothing
                // a reader needs and are a favourite hiding place.
                let _ = parent.remove_child(&child);
            }
        }
    }
}

fn clean_element(parent: &Node, element: Element, base: Option<&str>) {
    // A <form> is dropped before anything is read from it: its inputs can
    // shadow its own properties (`<input name=namespaceURI>` makes
    // `form.namespaceURI` an element), which would hand the bindings an
    // object where they expect a string. `instanceof` cannot be shadowed.
    if element.is_instance_of::<HtmlFormElement>() {
        let _ = parent.remove_child(&element);
        return;
    }
    let tag = element.local_name().to_ascii_lowercase();
    let html = element.namespace_uri().as_deref() == Some(HTML_NAMESPACE);
    let rule = allow::element(&tag, html);
    if rule == ElementRule::Drop {
        let _ = parent.remove_child(&element);
        return;
    }
    clean_children(&element, base);
    if rule == ElementRule::Unwrap {
        while let Some(child) = element.first_child() {
            let _ = parent.insert_before(&child, Some(&element));
        }
        let _ = parent.remove_child(&element);
        return;
    }
    clean_attributes(&tag, &element, base);
}

fn clean_attributes(tag: &str, element: &Element, base: Option<&str>) {
    let names = element.get_attribute_names();
    for name in names.iter().filter_map(|n| n.as_string()) {
        let usage = match allow::attribute(tag, &name.to_ascii_lowercase()) {
            AttributeRule::Keep => continue,
            AttributeRule::Remove => {
                let _ = element.remove_attribute(&name);
                continue;
            }
            AttributeRule::Resolve(usage) => usage,
        };
        let value = element.get_attribute(&name).unwrap_or_default();
        match resolve(base, &value, usage) {
            Some(url) => {
                let _ = element.set_attribute(&name, &url);
            }
            None => {
                let _ = element.remove_attribute(&name);
            }
        }
    }
    match tag {
        "a" if element.has_attribute("href") => {
            let _ = element.set_attribute("rel", "noopener noreferrer");
            if allow::opens_elsewhere(&element.get_attribute("href").unwrap_or_default()) {
                let _ = element.set_attribute("target", "_blank");
            }
        }
        "img" => {
            let _ = element.set_attribute("loading", "lazy");
            let _ = element.set_attribute("decoding", "async");
        }
        _ => {}
    }
}
