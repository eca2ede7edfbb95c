//! An XML document as a plain tree of elements and text, with namespaces
//! resolved to their URIs. The browser's own parser (`web::xml`, through
//! `DOMParser`) and the command's XML crate (`doctin-feed import`) both
//! build it, so the mapping from RSS and Atom (`core::syndication`) is one
//! piece of pure code that both share and that is tested natively.

use super::text::starts_ignoring_case;

/// The namespaces the mapping reads, by URI: a feed may bind them to any
/// prefix.
pub const ATOM: &str = "http://www.w3.org/2005/Atom";
pub const RSS1: &str = "http://purl.org/rss/1.0/";
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
pub const CONTENT: &str = "http://purl.org/rss/1.0/modules/content/";
pub const DC: &str = "http://purl.org/dc/elements/1.1/";
pub const MEDIA: &str = "http://search.yahoo.com/mrss/";
/// RSS 1.0's enclosure module (`enc:enclosure rdf:resource="…"`).
pub const ENC: &str = "http://purl.oclc.org/net/rss_2.0/enc#";
pub const XML: &str = "http://www.w3.org/XML/1998/namespace";
pub const XHTML: &str = "http://www.w3.org/1999/xhtml";

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Element {
    /// The namespace URI; empty for none.
    pub ns: String,
    /// The local name, without its prefix.
    pub name: String,
    /// (namespace URI, local name, value); the namespace is empty for
    /// unprefixed attributes.
    pub attrs: Vec<(String, String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    /// Text and CDATA alike.
    Text(String),
}

impl Element {
    pub fn is(&self, ns: &str, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    /// An unprefixed attribute.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attr_ns("", name)
    }

    pub fn attr_ns(&self, ns: &str, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, local, _)| n == ns && local == name).map(|(_, _, value)| value.as_str())
    }

    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) => Some(element),
            Node::Text(_) => None,
        })
    }

    /// The child elements named `name` in namespace `ns`.
    pub fn all<'a>(&'a self, ns: &'a str, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements().filter(move |e| e.is(ns, name))
    }

    pub fn child(&self, ns: &str, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.is(ns, name))
    }

    /// The text of the element and everything in it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        self.collect_text(&mut out);
        out
    }

    fn collect_text(&self, out: &mut String) {
        for node in &self.children {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(element) => element.collect_text(out),
            }
        }
    }

    /// The text of the child `name`, trimmed; `None` when missing or blank.
    pub fn child_text(&self, ns: &str, name: &str) -> Option<String> {
        let text = self.child(ns, name)?.text();
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_string())
    }

    /// The element's children written back as HTML, for Atom's
    /// `type="xhtml"` content: element names without their prefix, text
    /// and attribute values escaped.
    pub fn inner_html(&self) -> String {
        let mut out = String::new();
        for node in &self.children {
            write_node(node, &mut out);
        }
        out
    }
}

fn write_node(node: &Node, out: &mut String) {
    match node {
        Node::Text(text) => escape(text, false, out),
        Node::Element(element) => {
            out.push('<');
            out.push_str(&element.name);
            for (_, name, value) in &element.attrs {
                out.push(' ');
                out.push_str(name);
                out.push_str("=\"");
                escape(value, true, out);
                out.push('"');
            }
            out.push('>');
            for child in &element.children {
                write_node(child, out);
            }
            out.push_str("</");
            out.push_str(&element.name);
            out.push('>');
        }
    }
}

fn escape(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Whether `text` looks like an XML document rather than JSON: its first
/// character, after a byte-order mark and white space, is "<".
pub fn looks_like_xml(text: &str) -> bool {
    text.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace()).starts_with('<')
}

/// A web page where a feed was expected (an error page, a login page, a
/// cookie challenge): it starts with `<!doctype` or `<html`.
pub fn is_html_page(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace());
    let starts = |word: &str| starts_ignoring_case(start, word);
    // `<!DOCTYPE rss …>` is a feed; only an HTML doctype is a page.
    starts("<!doctype html") || starts("<html")
}

/// The encoding an XML declaration names (`<?xml version="1.0"
/// encoding="windows-1258"?>`), lower-cased; `None` without one.
pub fn declared_encoding(head: &[u8]) -> Option<String> {
    let head = head.get(..head.len().min(200)).unwrap_or(head);
    let head = String::from_utf8_lossy(head);
    let declaration = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']).strip_prefix("<?xml")?;
    let (declaration, _) = declaration.split_once("?>")?;
    let (_, after) = declaration.split_once("encoding")?;
    let after = after.trim_start().strip_prefix('=')?.trim_start();
    let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let (name, _) = after.get(1..)?.split_once(quote)?;
    let name = name.trim().to_ascii_lowercase();
    (!name.is_empty()).then_some(name)
}
