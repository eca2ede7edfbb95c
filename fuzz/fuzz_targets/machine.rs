//! The reader's state machine under arbitrary sequences of events: answers
//! to its requests (pages from a small set of awkward shapes: repeats,
//! loops written with relative URLs, query-only references, failures with
//! and without Retry-After), presses, timers, routes and typing, in any
//! order, for a reader of one feed or of three, each with or without a
//! saved copy to start from. Nothing may panic, and
//! after every step:
//! - besides each feed's first page, at most one page request is on its
//!   way, and at most one timer set;
//! - no page that was loaded is asked for again;
//! - between two presses the reader sends at most a handful of page
//!   requests (`FOLLOW_PAGES` pages and each feed's first page, each tried
//!   at most `AUTO_RETRIES + 1` times).
#![no_main]

use doctin::core::config::{Lang, RouteMode};
use doctin::core::machine::{Effect, Event, Machine, FOLLOW_PAGES};
use doctin::core::retry::AUTO_RETRIES;
use doctin::core::route::Route;
use doctin::core::ui::LoadError;
use doctin::core::url::key;
use libfuzzer_sys::fuzz_target;

const FEEDS: [&str; 3] = ["https://hdnd.example.vn/tin/feed.json", "https://huyen.example.vn/tin.json", "https://hdnd.example.vn/thong-bao.json"];

/// Next-page references a real feed may write, relative to the page.
const NEXTS: [&str; 10] = [
    "feed.json?p=2",
    "?p=3",
    "./2.json",
    "../tin/feed.json",
    "feed.json#again",
    "HTTPS://HDND.example.vn/tin/3.json",
    "/tin/4.json",
    "//hdnd.example.vn/tin/./5.json",
    "",
    "javascript:alert(1)",
];

/// A page: `count` items with ids from a small alphabet (so pages repeat
/// each other), some with a body in a file of their own.
fn page(seed: u8, count: u8) -> String {
    let items: Vec<String> = (0..count % 12)
        .map(|n| {
            let id = (seed.wrapping_add(n) % 23) as usize;
            let body = if id % 3 == 0 { r#""_doctin":{"content_url":"bai/x.json"}"# } else { r#""content_text":"x""# };
            format!(r#"{{"id":"{id}","date_published":"2024-05-{:02}T08:00:00+07:00",{body}}}"#, 1 + id % 28)
        })
        .collect();
    let next = NEXTS[usize::from(seed) % NEXTS.len()];
    format!(r#"{{"items":[{}],"next_url":"{next}"}}"#, items.join(","))
}

fn error(byte: u8) -> LoadError {
    match byte % 5 {
        0 => LoadError::Unreachable,
        1 => LoadError::TimedOut(10),
        2 => LoadError::Status(503, Some(u32::from(byte % 4))),
        3 => LoadError::Status(429, Some(500)),
        _ => LoadError::Status(404, None),
    }
}

fuzz_target!(|data: &[u8]| {
    let first = data.first().copied().unwrap_or(0);
    let mode = if first % 2 == 0 { RouteMode::Hash } else { RouteMode::Memory };
    let feeds = if first & 2 == 0 { 1 } else { FEEDS.len() };
    let mut machine = Machine::new(Lang::Vi, mode, FEEDS[..feeds].iter().map(|f| f.to_string()).collect());
    let mut pages: Vec<(u32, String)> = Vec::new();
    let mut bodies: Vec<u32> = Vec::new();
    let mut timers: Vec<u32> = Vec::new();
    let mut loaded: Vec<String> = Vec::new();
    let mut since_press = 0u32;
    // Some feeds start from a saved copy (which may name a next page).
    let saved = (0..feeds).map(|n| (first >> (2 + n) & 1 == 1).then(|| (1_795_917_909_000, page(first.wrapping_add(n as u8), 7)))).collect();
    let start = Event::Start { route: Route::Article("5".into()), depth: 0, saved };
    let mut events = vec![start];
    let mut bytes = data.iter().copied().skip(1);
    loop {
        for event in events.drain(..) {
            let pressed = matches!(
                event,
                Event::Start { .. } | Event::More | Event::Retry | Event::Hash { .. } | Event::Follow(_) | Event::Back | Event::Typed(_)
            );
            if pressed {
                since_press = 0;
            }
            for effect in machine.update(event) {
                match effect {
                    Effect::Fetch { request, url, body: false, .. } => {
                        assert!(!loaded.contains(&key(&url)), "a loaded page is asked for again: {url}");
                        pages.push((request, url));
                        since_press += 1;
                    }
                    Effect::Fetch { request, body: true, .. } => bodies.push(request),
                    Effect::Abort(request) => bodies.retain(|r| *r != request),
                    Effect::Wait { timer, .. } => timers.push(timer),
                    Effect::StopWaiting(timer) => timers.retain(|t| *t != timer),
                    _ => {}
                }
            }
            let next_pages = pages.iter().filter(|(_, url)| !FEEDS.contains(&url.as_str())).count();
            assert!(next_pages <= 1, "two next-page requests at once");
            assert!(pages.len() <= feeds + 1, "{} page requests at once", pages.len());
            assert!(bodies.len() <= 1, "two body requests at once");
            assert!(timers.len() <= 1, "two automatic retries pending");
            assert!(since_press <= (FOLLOW_PAGES + feeds as u32) * (AUTO_RETRIES + 1), "{since_press} page requests for one press");
            let _ = machine.screen();
        }
        let Some(byte) = bytes.next() else { break };
        let arg = bytes.next().unwrap_or(0);
        let event = match byte % 12 {
            0 | 1 | 2 => match pages.pop() {
                Some((request, url)) => {
                    if byte % 4 == 3 {
                        Event::Page { request, result: Err(error(arg)) }
                    } else {
                        loaded.push(key(&url));
                        Event::Page { request, result: Ok(page(arg, byte)) }
                    }
                }
                None => Event::More,
            },
            3 => match bodies.pop() {
                Some(request) if arg % 2 == 0 => Event::Body { request, result: Ok("<p>thân bài</p>".into()) },
                Some(request) => Event::Body { request, result: Err(error(arg)) },
                None => Event::RetryBody,
            },
            4 => Event::More,
            5 => Event::Retry,
            6 => match timers.pop() {
                Some(timer) => Event::Timer(timer),
                None => Event::Timer(u32::from(arg)),
            },
            7 => Event::Back,
            8 => Event::Hash { route: Route::Article((arg % 30).to_string()), depth: u32::from(arg % 3) },
            9 => Event::Follow(if arg % 2 == 0 { Route::Latest } else { Route::Article((arg % 30).to_string()) }),
            10 => Event::Typed(["", "1", "x", " "][usize::from(arg % 4)].into()),
            _ => Event::RetryBody,
        };
        events.push(event);
    }
});
