//! Two small readings of the HTML in an RSS description, without an HTML
//! parser (the core has no DOM, and the command must agree with the
//! reader): its text, and its first image. What reaches the page is still
//! parsed and sanitized by the browser (`web::sanitize`); these only pick
//! a lead and a photo.

use super::allow::{self, ElementRule};
use super::text::{clean, starts_ignoring_case};

/// The text of `html` as the reader shows it: tags dropped (with what is
/// inside the elements the sanitizer drops), entities decoded, white
/// space collapsed. `None` when empty.
pub fn text(html: &str) -> Option<String> {
    clean(&strip(html, ' '))
}

/// The text of `html` a block a line (paragraphs, headings, list items,
/// captions, lines broken by `<br>`), each as `text` reads it: what
/// reading an article aloud says, a paragraph at a time.
pub fn blocks(html: &str) -> Vec<String> {
    strip(html, '\n').split('\n').filter_map(clean).collect()
}

/// Elements without content or end tag, among those the sanitizer drops.
const VOID: [&str; 9] = ["base", "embed", "frame", "input", "link", "meta", "param", "source", "track"];

/// Block-level elements, whose starts and ends break the text.
const BLOCKS: [&str; 24] = [
    "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table", "tr", "td",
    "th", "pre", "hr", "section", "article", "dd",
];

/// `html` with its tags dropped (and what is inside the elements the
/// sanitizer drops, `core::allow`), entities not yet decoded: a block's start or end becomes
/// `block_break`, so "a</p><p>b" does not read "ab"; inline tags go
/// without a trace, as they do on screen.
fn strip(html: &str, block_break: char) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some((before, after)) = rest.split_once('<') {
        out.push_str(before);
        // A "<" that starts no tag ("lãi suất < 5%") is text.
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            out.push('<');
            rest = after;
            continue;
        }
        let name = after.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
        // Inline markup ("Đoạn <b>hai</b>.") breaks nothing.
        if BLOCKS.contains(&name.as_str()) {
            out.push(block_break);
        }
        // What the sanitizer drops with its content (scripts, styles,
        // forms, embedded media…) is no text of the page either.
        let opens = !after.starts_with('/');
        let dropped = opens && allow::element(&name, true) == ElementRule::Drop && !VOID.contains(&name.as_str());
        let close = if after.starts_with("!--") {
            "-->".to_string()
        } else if dropped {
            format!("</{name}>")
        } else {
            ">".to_string()
        };
        rest = match find_ignoring_case(after, &close) {
            Some(end) => after.get(end + close.len()..).unwrap_or(""),
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// The lead of a long description: its first paragraph, else its first
/// sentence, as text, at most about 300 characters.
pub fn lead(html: &str) -> Option<String> {
    let first_paragraph = find_ignoring_case(html, "<p").and_then(|start| {
        let from = html.get(start..)?;
        let end = find_ignoring_case(from, "</p>").unwrap_or(from.len());
        text(from.get(..end)?)
    });
    let all = text(html)?;
    let lead = first_paragraph.unwrap_or_else(|| first_sentence(&all));
    Some(shorten(&lead, 300))
}

fn first_sentence(text: &str) -> String {
    let mut end = text.len();
    for mark in [". ", "! ", "? "] {
        if let Some(at) = text.find(mark) {
            end = end.min(at + 1);
        }
    }
    text.get(..end).unwrap_or(text).to_string()
}

/// At most `limit` characters, cut at a word, with "…" when cut.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > limit {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

/// The photo among the pictures of `html`: the first `<img>` with a `src`
/// that is not decoration (`decoration`), its caption (the `<figcaption>`
/// of a figure around it, else its `alt`), and the HTML without it, and
/// without a link, paragraph or figure that held only it, so the photo is
/// not shown twice. `None` when there is no such picture.
pub fn take_image(html: &str) -> Option<(String, Option<String>, String)> {
    let mut from = 0;
    loop {
        let start = from + find_ignoring_case(html.get(from..)?, "<img")?;
        let tag_end = start + html.get(start..)?.find('>')? + 1;
        let tag = html.get(start..tag_end)?;
        from = tag_end;
        let Some(src) = attribute(tag, "src").filter(|src| !src.is_empty() && !decoration(tag, src)) else { continue };
        let (mut before, mut after) = (html.get(..start)?, html.get(tag_end..)?);
        let mut caption = None;
        while let Some((outer, inner, figcaption)) = unwrap(before, after) {
            (before, after) = (outer, inner);
            caption = caption.or(figcaption);
        }
        let caption = caption.or_else(|| attribute(tag, "alt").and_then(|a| clean(&a)));
        return Some((src, caption, before.to_string() + after));
    }
}

/// Whether an `<img>` is decoration rather than a photo: a tracking pixel
/// or an icon by its size (`width` or `height` under 50), a `data:`
/// placeholder that lazy loading swaps out, or a file whose name says so
/// ("spacer.gif", "icons/…", an old forum's "filetype/jpg.gif").
fn decoration(tag: &str, src: &str) -> bool {
    let small = ["width", "height"].into_iter().any(|name| {
        attribute(tag, name).and_then(|v| v.trim().strip_suffix("px").unwrap_or(v.trim()).parse::<u32>().ok()).is_some_and(|n| n < 50)
    });
    let src = src.to_ascii_lowercase();
    small || src.starts_with("data:") || ["spacer", "pixel.", "blank.", "icon", "filetype", "emoticon", "smiley"].iter().any(|word| src.contains(word))
}

/// `before` without its last tag and `after` without its first, when they
/// are the opening and closing tags of one `a`, `p` or `figure` element
/// with nothing else in it (a figure may keep its `<figcaption>`, whose
/// text comes back as the caption).
fn unwrap<'a>(before: &'a str, after: &'a str) -> Option<(&'a str, &'a str, Option<String>)> {
    let at = before.trim_end().rfind('<')?;
    let open = before.get(at..)?.trim_end();
    let rest = open.get(1..)?;
    let name = ["a", "p", "figure"].into_iter().find(|name| {
        starts_ignoring_case(rest, name) && rest.get(name.len()..).is_some_and(|r| r.starts_with(['>', ' ', '\t', '\n', '\r']))
    })?;
    if !open.ends_with('>') {
        return None;
    }
    let mut after = after.trim_start();
    let mut caption = None;
    if name == "figure" && starts_ignoring_case(after, "<figcaption") {
        let end = find_ignoring_case(after, "</figcaption>")?;
        caption = text(after.get(..end)?);
        after = after.get(end + "</figcaption>".len()..)?.trim_start();
    }
    let close = format!("</{name}>");
    starts_ignoring_case(after, &close).then(|| (before.get(..at).unwrap_or(""), after.get(close.len()..).unwrap_or(""), caption))
}

/// The value of `name` in one tag, quoted or not.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    for (at, _) in lower.match_indices(name) {
        let from = at + name.len();
        let before_ok = lower.get(..at).and_then(|b| b.chars().last()).is_some_and(char::is_whitespace);
        let rest = tag.get(from..)?.trim_start();
        let Some(value) = rest.strip_prefix('=').map(str::trim_start).filter(|_| before_ok) else { continue };
        let raw = match value.chars().next()? {
            quote @ ('"' | '\'') => value.get(1..)?.split(quote).next()?,
            _ => value.split(|c: char| c.is_whitespace() || c == '>').next()?,
        };
        return Some(super::text::decode_entities(raw.trim()));
    }
    None
}

/// Where `needle` (ASCII) first occurs in `haystack`, in any case.
fn find_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes().windows(needle.len()).position(|window| window.eq_ignore_ascii_case(needle))
}
