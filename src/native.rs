//! Reading a feed file natively, for `doctin-feed import` and the native
//! tests: bytes to text (the declared encoding, NFC), text to the XML tree
//! of `core::xml` (roxmltree), and either format to doctin's JSON Feed.
//! The reader does the same in the browser with `TextDecoder`,
//! `String.prototype.normalize` and `DOMParser` (`web::xml`); the mapping
//! itself is `core::syndication` in both.

use encoding_rs::Encoding;
use unicode_normalization::UnicodeNormalization;

use crate::core::normalize::{self, FeedError};
use crate::core::syndication::to_json_feed;
use crate::core::wire;
use crate::core::xml::{declared_encoding, is_html_page, looks_like_xml, Element, Node};

/// The text of a feed file: UTF-8 (a byte-order mark allowed), or the
/// encoding its XML declaration names; NFC-normalized, so search and
/// display see one form of each Vietnamese letter.
pub fn decode(bytes: &[u8]) -> Result<String, FeedError> {
    let declared = declared_encoding(bytes).filter(|name| name != "utf-8" && name != "utf8");
    let text = match &declared {
        Some(name) => {
            let encoding = Encoding::for_label(name.as_bytes()).ok_or(FeedError::NotText { declared: declared.clone() })?;
            let (text, _, errors) = encoding.decode(bytes);
            if errors {
                return Err(FeedError::NotText { declared });
            }
            text.into_owned()
        }
        None => {
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            match std::str::from_utf8(bytes) {
                Ok(text) => text.to_string(),
                Err(_) => return Err(FeedError::NotText { declared: None }),
            }
        }
    };
    Ok(text.nfc().collect())
}

/// The XML document in `text` as `core::xml`'s tree. A prefix used but
/// never declared is an error here, as in the browser.
pub fn parse_xml(text: &str) -> Result<Element, FeedError> {
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    let document = roxmltree::Document::parse_with_options(text, options).map_err(|error| {
        let at = error.pos();
        FeedError::InvalidXml { line: at.row as usize, column: at.col as usize }
    })?;
    Ok(element(document.root_element(), 0))
}

/// Past this depth an element keeps only its text: no feed nests that
/// deep, and the tree is walked by recursion, which must not overflow.
pub const MAX_DEPTH: usize = 64;

fn element(node: roxmltree::Node, depth: usize) -> Element {
    let name = node.tag_name();
    Element {
        ns: name.namespace().unwrap_or("").to_string(),
        name: name.name().to_string(),
        attrs: node
            .attributes()
            .map(|a| (a.namespace().unwrap_or("").to_string(), a.name().to_string(), a.value().to_string()))
            .collect(),
        children: if depth >= MAX_DEPTH {
            let text: String = node.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect();
            vec![Node::Text(text)]
        } else {
            node.children()
                .filter_map(|child| {
                    if child.is_element() {
                        Some(Node::Element(element(child, depth + 1)))
                    } else if child.is_text() {
                        child.text().map(|text| Node::Text(text.to_string()))
                    } else {
                        // Comments and processing instructions, as the browser's tree leaves them out.
                        None
                    }
                })
                .collect()
        },
    }
}

/// The RSS or Atom document `text`, fetched from `source`, as the wire
/// model: the native counterpart of `web::xml::read`, with the same
/// signature (`normalize::ReadXml`), so the machine reads XML natively in
/// tests exactly as it does in the browser.
pub fn read_xml(text: &str, source: &str) -> Result<wire::Feed, FeedError> {
    to_json_feed(&parse_xml(text)?, source).map(wire::Feed::from_value)
}

/// Any feed doctin reads, fetched from `source`, as doctin's JSON Feed
/// text: RSS and Atom mapped by `core::syndication`, a JSON Feed checked
/// and passed on as written.
pub fn to_json(bytes: &[u8], source: &str) -> Result<String, FeedError> {
    let text = decode(bytes)?;
    if !looks_like_xml(&text) {
        normalize::read(&text)?;
        return Ok(text);
    }
    if is_html_page(&text) {
        return Err(FeedError::InvalidJson { line: 1, column: 1, looks_like_html: true });
    }
    let feed = to_json_feed(&parse_xml(&text)?, source)?;
    Ok(serde_json::to_string_pretty(&feed).unwrap_or_default())
}
