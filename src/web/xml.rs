//! RSS and Atom in the reader: the browser's own XML parser (`DOMParser`)
//! builds `core::xml`'s tree, and `core::syndication` maps it to the wire
//! model of a JSON Feed, so the core reads RSS exactly as it reads a JSON
//! Feed.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, SupportedType};

use crate::core::normalize::FeedError;
use crate::core::syndication::to_json_feed;
use crate::core::wire;
use crate::core::xml::{declared_encoding, looks_like_xml, Element, Node};

/// The RSS or Atom document `text`, fetched from `url`, as the wire model
/// a JSON Feed gives (`normalize::ReadXml`, which the machine calls for
/// any answer that looks like XML and is not an HTML page).
pub fn read(text: &str, url: &str) -> Result<wire::Feed, FeedError> {
    let invalid = |line, column| FeedError::InvalidXml { line, column };
    let parser = DomParser::new().map_err(|_| invalid(1, 1))?;
    let document = parser.parse_from_string(text, SupportedType::ApplicationXml).map_err(|_| invalid(1, 1))?;
    // A document that is not well-formed (an undeclared prefix is one
    // way) comes back with a <parsererror> that says where.
    if let Some(error) = document.get_elements_by_tag_name("parsererror").item(0) {
        let (line, column) = position(&error.text_content().unwrap_or_default());
        return Err(invalid(line, column));
    }
    let root = document.document_element().ok_or_else(|| invalid(1, 1))?;
    to_json_feed(&element(&root, 0), url).map(wire::Feed::from_value)
}

/// Where a `<parsererror>` says the document broke: "error on line 3 at
/// column 7: …" in Chromium and WebKit (libxml2's words), "Line Number 3,
/// Column 7:" in Firefox; (1, 1) when a browser says it otherwise.
fn position(message: &str) -> (usize, usize) {
    let message = message.to_ascii_lowercase();
    let number = |text: &str| -> Option<usize> { text.trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok() };
    // Firefox's message also names the document's address, which may hold
    // these words too; its own come after it, so the column is looked for
    // after the line.
    let after_line = message.split_once("line number").or_else(|| message.split_once("line")).map(|(_, rest)| rest);
    let line = after_line.and_then(number);
    let column = after_line.and_then(|rest| rest.split_once("column")).and_then(|(_, rest)| number(rest));
    (line.unwrap_or(1), column.unwrap_or(1))
}

/// Past this depth an element keeps only its text, as in `native`: the
/// tree is walked by recursion, which must not overflow.
const MAX_DEPTH: usize = 64;

fn element(node: &web_sys::Element, depth: usize) -> Element {
    if depth >= MAX_DEPTH {
        let text = node.text_content().unwrap_or_default();
        return Element { ns: node.namespace_uri().unwrap_or_default(), name: node.local_name(), attrs: Vec::new(), children: vec![Node::Text(text)] };
    }
    let attributes = node.attributes();
    let attrs = (0..attributes.length())
        .filter_map(|i| attributes.item(i))
        .map(|a| (a.namespace_uri().unwrap_or_default(), a.local_name(), a.value()))
        .collect();
    let list = node.child_nodes();
    let children = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|child| match child.node_type() {
            web_sys::Node::ELEMENT_NODE => child.dyn_ref::<web_sys::Element>().map(|e| Node::Element(element(e, depth + 1))),
            web_sys::Node::TEXT_NODE | web_sys::Node::CDATA_SECTION_NODE => child.text_content().map(Node::Text),
            _ => None,
        })
        .collect();
    Element { ns: node.namespace_uri().unwrap_or_default(), name: node.local_name(), attrs, children }
}

/// The text of an answer: UTF-8, or the encoding an XML document declares
/// (`windows-1258`, `ISO-8859-1`, any WHATWG label), read by the browser's
/// `TextDecoder`; then NFC-normalized, so search and display see one form
/// of each Vietnamese letter. An XML document that declares nothing and is
/// not UTF-8 is refused rather than shown as garbage; JSON keeps the old
/// leniency (a bad byte becomes U+FFFD and only its field suffers).
pub fn decode(bytes: Vec<u8>) -> Result<String, FeedError> {
    let declared = declared_encoding(&bytes).filter(|name| name != "utf-8" && name != "utf8");
    let text = match &declared {
        Some(label) => {
            let options = web_sys::TextDecoderOptions::new();
            options.set_fatal(true);
            let decoder = web_sys::TextDecoder::new_with_label_and_options(label, &options)
                .map_err(|_| FeedError::NotText { declared: declared.clone() })?;
            decoder.decode_with_u8_array(&bytes).map_err(|_| FeedError::NotText { declared: declared.clone() })?
        }
        None => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) if looks_like_xml(&String::from_utf8_lossy(error.as_bytes())) => {
                return Err(FeedError::NotText { declared: None })
            }
            Err(error) => String::from_utf8_lossy(error.as_bytes()).into_owned(),
        },
    };
    Ok(js_sys::JsString::from(text.as_str()).normalize("NFC").into())
}
