//! Small text chores on feed strings: whitespace, entities, paragraphs,
//! tag names in any case.

/// Whether `text` starts with `prefix` (ASCII), in any case: tag names
/// and doctypes.
pub fn starts_ignoring_case(text: &str, prefix: &str) -> bool {
    text.as_bytes().get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Trims and collapses runs of whitespace, and decodes the HTML entities
/// that real feeds leave in plain-text fields ("Blog &#8211; InfluxData").
/// Returns `None` for what ends up empty, so views can skip the field.
pub fn clean(raw: &str) -> Option<String> {
    let decoded = decode_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    for word in decoded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    (!out.is_empty()).then_some(out)
}

/// Decodes numeric entities and the few named ones feeds actually use.
/// Unknown entities stay as written, which is what a browser shows too.
pub fn decode_entities(raw: &str) -> String {
    // Written with `split_once` rather than byte-index slicing, which would
    // carry a panic path (and its formatting code) into the bundle.
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        let decoded = after
            .split_once(';')
            .filter(|(name, _)| name.len() <= 10)
            .and_then(|(name, tail)| Some((entity(name)?, tail)));
        match decoded {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    let code = match name {
        "amp" => return Some('&'),
        "lt" => return Some('<'),
        "gt" => return Some('>'),
        "quot" => return Some('"'),
        "apos" => return Some('\''),
        "nbsp" => return Some('\u{a0}'),
        _ => {
            let number = name.strip_prefix('#')?;
            match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            }
        }
    };
    // Control characters and NUL would only hide text, so they are refused.
    char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())
}

/// Splits `content_text` into paragraphs at blank lines. Single line breaks
/// stay inside a paragraph; the stylesheet keeps them visible.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut paragraphs = Vec::new();
    let mut current = String::new();
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    paragraphs
}
