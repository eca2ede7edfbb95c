//! The reader's settings, read from its host element's `data-*` attributes.
//! Every attribute but `data-feed` has a default; a value the reader cannot
//! use is reported as a `Problem` (logged, and the reader does not start) rather
//! than silently replaced.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    /// The language's tag, for `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

/// Who owns navigation: the URL hash (deep links, back button) or the
/// widget alone, which leaves the host page's URL and history untouched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteMode {
    Hash,
    Memory,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The feeds, as `data-feed` lists them (separated by white space, as
    /// `class` is): one at least, `MAX_FEEDS` at most.
    pub feeds: Vec<String>,
    pub lang: Lang,
    pub newer: usize,
    pub related: usize,
    pub theme: Theme,
    pub route: RouteMode,
    /// Seconds the feed request and its body may take in all.
    pub timeout: u32,
}

/// What an attribute must hold, for the message that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    FeedUrl,
    /// At most `MAX_FEEDS` addresses.
    FewerFeeds,
    Lang,
    Count,
    Theme,
    Route,
    Seconds,
}

/// An attribute the reader could not use: which one, what it held (`None`
/// when it was missing), and what it must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub attribute: &'static str,
    pub value: Option<String>,
    pub expected: Expected,
}

/// How many feeds one reader merges: a portal's departments and districts
/// fit, and a page never makes more than this many requests at its start.
pub const MAX_FEEDS: usize = 8;

/// The longest "Các tin mới hơn" or page of "Các bài liên quan".
pub const MAX_LIST: usize = 20;
pub const DEFAULT_LIST: usize = 5;

/// How long a feed request may take, in seconds: a mobile connection that
/// stalls must not leave "Đang tải…" on screen forever, and a slow but
/// working one deserves a generous default.
pub const DEFAULT_TIMEOUT: u32 = 10;
pub const MAX_TIMEOUT: u32 = 120;

/// Reads the settings through `attribute` (the host's attribute by name).
/// `hash_free` is true while no earlier reader on the page owns the hash:
/// the first reader defaults to `hash`, the others to `none`.
pub fn read(attribute: impl Fn(&str) -> Option<String>, hash_free: bool) -> (Config, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut feeds: Vec<String> = attribute("data-feed").unwrap_or_default().split_whitespace().map(str::to_string).collect();
    if feeds.is_empty() {
        problems.push(Problem { attribute: "data-feed", value: attribute("data-feed"), expected: Expected::FeedUrl });
    } else if feeds.len() > MAX_FEEDS {
        problems.push(Problem { attribute: "data-feed", value: attribute("data-feed"), expected: Expected::FewerFeeds });
        feeds.truncate(MAX_FEEDS);
    }
    let p = &mut problems;
    let lang = optional(&attribute, p, "data-lang", Expected::Lang, lang).unwrap_or(Lang::Vi);
    let newer = optional(&attribute, p, "data-newer", Expected::Count, count).unwrap_or(DEFAULT_LIST);
    let related = optional(&attribute, p, "data-related", Expected::Count, count).unwrap_or(DEFAULT_LIST);
    let theme = optional(&attribute, p, "data-theme", Expected::Theme, theme).unwrap_or(Theme::Light);
    let route = optional(&attribute, p, "data-route", Expected::Route, route)
        .unwrap_or(if hash_free { RouteMode::Hash } else { RouteMode::Memory });
    let timeout = optional(&attribute, p, "data-timeout", Expected::Seconds, seconds).unwrap_or(DEFAULT_TIMEOUT);
    (Config { feeds, lang, newer, related, theme, route, timeout }, problems)
}

/// An optional attribute: `None` when absent or unusable, and in the
/// latter case a problem is recorded.
fn optional<T>(
    attribute: &dyn Fn(&str) -> Option<String>,
    problems: &mut Vec<Problem>,
    name: &'static str,
    expected: Expected,
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let raw = attribute(name)?;
    let parsed = parse(raw.trim());
    if parsed.is_none() {
        problems.push(Problem { attribute: name, value: Some(raw), expected });
    }
    parsed
}

fn count(value: &str) -> Option<usize> {
    value.parse::<usize>().ok().filter(|n| *n <= MAX_LIST)
}

fn seconds(value: &str) -> Option<u32> {
    value.parse::<u32>().ok().filter(|n| (1..=MAX_TIMEOUT).contains(n))
}

fn lang(value: &str) -> Option<Lang> {
    // "vi-VN" and "en-GB" name the same interface languages.
    let primary = value.split(['-', '_']).next().unwrap_or(value).to_ascii_lowercase();
    match primary.as_str() {
        "vi" => Some(Lang::Vi),
        "en" => Some(Lang::En),
        _ => None,
    }
}

fn theme(value: &str) -> Option<Theme> {
    match value.to_ascii_lowercase().as_str() {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        "auto" => Some(Theme::Auto),
        _ => None,
    }
}

fn route(value: &str) -> Option<RouteMode> {
    match value.to_ascii_lowercase().as_str() {
        "hash" => Some(RouteMode::Hash),
        "none" => Some(RouteMode::Memory),
        _ => None,
    }
}
