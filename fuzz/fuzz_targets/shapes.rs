//! The `machine` target's inputs: the feeds a reader has, pages of
//! awkward shapes, failures, and the words that promise a retry.

use doctin::core::load::LoadError;

pub const FEEDS: [&str; 3] = ["https://hdnd.example.vn/tin/feed.json", "https://huyen.example.vn/tin.json", "https://hdnd.example.vn/thong-bao.json"];

/// Request numbers from here up were never given out: the machine numbers
/// its requests and timers from 1, a few per event.
pub const STALE: u32 = 1 << 30;

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
pub fn page(seed: u8, count: u8) -> String {
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

/// A failure that is not a busy server.
pub fn failure(byte: u8) -> LoadError {
    match byte % 3 {
        0 => LoadError::Unreachable,
        1 => LoadError::TimedOut(10),
        _ => LoadError::Status(404, None),
    }
}
