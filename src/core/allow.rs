//! The sanitizer's allowlist: what `web::sanitize` keeps of feed HTML,
//! decided here by name so that the decisions are tested natively
//! (`tests/core_allow.rs`). The sanitizer walks the tree the browser
//! parsed and applies them; it never decides by itself.

use super::url::Use;

/// Elements kept with their allowed attributes.
const ALLOWED: &[&str] = &[
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
];

/// Elements removed together with everything inside them: active content,
/// embedded documents, forms, and anything that changes the page around it.
const DROPPED: &[&str] = &[
    "applet", "audio", "base", "button", "canvas", "dialog", "embed", "form", "frame", "frameset",
    "head", "iframe", "input", "link", "math", "meta", "noembed", "noframes", "noscript", "object",
    "option", "param", "plaintext", "portal", "script", "select", "source", "style", "svg",
    "template", "textarea", "title", "track", "video", "xmp",
];

/// Attributes kept on any allowed element. Everything else (`on*`, `style`,
/// `class`, `id`, `srcset`, …) goes: `class` and `id` could hook into the
/// widget's or the host's CSS and scripts.
const GLOBAL_ATTRIBUTES: &[&str] = &["title", "lang", "dir"];

/// What becomes of an element of feed HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementRule {
    /// Kept, with its allowed attributes and its cleaned children.
    Keep,
    /// Removed with everything inside it.
    Drop,
    /// Replaced by its cleaned children: unknown wrappers (section, font,
    /// center, custom elements…) hold text that is content, in a tag that
    /// is not.
    Unwrap,
}

/// The rule for the element `tag` (lower case); `html` says whether it is
/// in the HTML namespace (SVG and MathML never are kept: they are where
/// mutation XSS hides).
pub fn element(tag: &str, html: bool) -> ElementRule {
    if !html || DROPPED.contains(&tag) {
        ElementRule::Drop
    } else if ALLOWED.contains(&tag) {
        ElementRule::Keep
    } else {
        ElementRule::Unwrap
    }
}

/// What becomes of an attribute of a kept element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttributeRule {
    Remove,
    Keep,
    /// Kept as the address `core::url::resolve` makes of it for this use,
    /// or removed when it makes none (a `javascript:` link, say).
    Resolve(Use),
}

/// The rule for the attribute `name` (lower case) on a kept `tag`.
pub fn attribute(tag: &str, name: &str) -> AttributeRule {
    let allowed = GLOBAL_ATTRIBUTES.contains(&name)
        || matches!(
            (tag, name),
            ("a", "href")
                | ("img", "src" | "alt" | "width" | "height")
                | ("td" | "th", "colspan" | "rowspan")
                | ("th", "scope")
                | ("ol", "start" | "reversed")
                | ("time", "datetime")
        );
    match name {
        _ if !allowed => AttributeRule::Remove,
        "href" => AttributeRule::Resolve(Use::Link),
        "src" => AttributeRule::Resolve(Use::Image),
        _ => AttributeRule::Keep,
    }
}

/// Whether a link to `href` (resolved) opens in a new tab: links to web
/// pages do, so the reader stays where it was; `mailto:` and `tel:` do not.
pub fn opens_elsewhere(href: &str) -> bool {
    let href = href.to_ascii_lowercase();
    href.starts_with("http://") || href.starts_with("https://")
}
