//! Searching the loaded items the way Vietnamese readers type: often
//! without diacritics. Text is folded (marks dropped, đ → d, ASCII case
//! ignored) before comparing, and matches are mapped back onto the
//! original text for highlighting.
//!
//! Folding is written out for the Vietnamese alphabet rather than done by
//! Unicode normalization: the normalization tables would cost the bundle
//! far more than the reader needs, and Vietnamese letters are all in three
//! small ranges.

use super::model::{Feed, Item};

/// The base letter of a Vietnamese letter, lower-cased; `None` for a
/// combining mark (text written decomposed), which folds to nothing.
fn fold_char(c: char) -> Option<char> {
    // Ạạ Ảả … Ỹỹ: 45 upper/lower pairs in the order of this string.
    const EXTENDED: &[u8; 45] = b"aaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy";
    Some(match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{300}'..='\u{36f}' => return None,
        'À'..='Ã' | 'à'..='ã' | 'Ă' | 'ă' => 'a',
        'È'..='Ê' | 'è'..='ê' => 'e',
        'Ì' | 'Í' | 'ì' | 'í' | 'Ĩ' | 'ĩ' => 'i',
        'Ò'..='Õ' | 'ò'..='õ' | 'Ơ' | 'ơ' => 'o',
        'Ù' | 'Ú' | 'ù' | 'ú' | 'Ũ' | 'ũ' | 'Ư' | 'ư' => 'u',
        'Ý' | 'ý' => 'y',
        'Đ' | 'đ' => 'd',
        '\u{1ea0}'..='\u{1ef9}' => char::from(EXTENDED[(c as usize - 0x1ea0) / 2]),
        _ => c,
    })
}

fn has(text: &str, word: &str) -> bool {
    !word.is_empty() && text.contains(word)
}

/// `text` folded for comparison.
pub fn fold(text: &str) -> String {
    text.chars().filter_map(fold_char).collect()
}

/// The words of a query, folded; empty words are dropped.
pub fn words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

/// The folded title, and lead and tags, of every item of a feed, made once
/// so that each keystroke only compares.
pub struct Index {
    titles: Vec<String>,
    rests: Vec<String>,
}

impl Index {
    pub fn new(feed: &Feed) -> Index {
        Index { titles: feed.items.iter().map(|i| fold(&i.title)).collect(), rests: feed.items.iter().map(rest).collect() }
    }

    /// Positions in the feed's items of the items whose title, lead or
    /// tags hold every word of `query`: items with every word in the title
    /// first, then the rest, each group in the feed's order (newest first).
    pub fn search(&self, query: &str) -> Vec<usize> {
        let words = words(query);
        if words.is_empty() {
            return Vec::new();
        }
        let mut title_hits = Vec::new();
        let mut other_hits = Vec::new();
        for (at, (title, rest)) in self.titles.iter().zip(&self.rests).enumerate() {
            if words.iter().all(|w| has(title, w)) {
                title_hits.push(at);
            } else if words.iter().all(|w| has(title, w) || has(rest, w)) {
                other_hits.push(at);
            }
        }
        title_hits.extend(other_hits);
        title_hits
    }
}

/// The lead and tags of `item`, folded, for words not in its title.
fn rest(item: &Item) -> String {
    let mut text = fold(item.summary.as_deref().unwrap_or_default());
    for tag in &item.tags {
        text.push(' ');
        text.push_str(&fold(tag));
    }
    text
}

/// `text` cut into pieces, each marked `true` where it matches a word of
/// the query, for highlighting. Adjacent and overlapping matches merge.
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    // The latest list draws every card through here with no words: it
    // needs no folding at all.
    if words.is_empty() {
        return if text.is_empty() { Vec::new() } else { vec![(text.to_string(), false)] };
    }
    // Folded text, and for each of its bytes the byte in `text` it came from.
    let mut folded = String::new();
    let mut origin = Vec::new();
    for (at, c) in text.char_indices() {
        if let Some(f) = fold_char(c) {
            let before = folded.len();
            folded.push(f);
            origin.extend(std::iter::repeat_n(at, folded.len() - before));
        }
    }
    let mut hit = vec![false; text.len()];
    for word in words {
        if word.is_empty() {
            continue;
        }
        for (start, _) in folded.match_indices(word.as_str()) {
            let from = origin[start];
            let to = origin.get(start + word.len()).copied().unwrap_or(text.len());
            hit[from..to].iter_mut().for_each(|h| *h = true);
        }
    }
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for (at, c) in text.char_indices() {
        match pieces.last_mut() {
            Some((piece, marked)) if *marked == hit[at] => piece.push(c),
            _ => pieces.push((c.to_string(), hit[at])),
        }
    }
    pieces
}
