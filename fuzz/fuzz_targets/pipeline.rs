//! The whole pure pipeline on arbitrary bytes: decode → normalize → select
//! → format, plus the other inputs the core reads (dates, hashes, URLs,
//! text). Nothing may panic, and every item id must survive the trip
//! through a URL hash.
#![no_main]

use doctin::core::route::Route;
use doctin::core::url::{resolve, Use};
use doctin::core::{config, contract, load, normalize, retry, saved, select, split, text, time, ui};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    match normalize::parse(&input) {
        Ok(feed) => {
            for (at, item) in feed.items.iter().enumerate().take(64) {
                assert!(select::newer(at, config::DEFAULT_LIST).iter().all(|&newer| newer < at), "newer items come before the item");
                let related = select::related(&feed, at);
                assert!(related.iter().all(|&other| feed.items[other].id != item.id), "an item is never related to itself");
                let _ = select::on_pages(related.len(), 2, 5);
                for date in [item.published, item.modified].into_iter().flatten() {
                    let _ = (time::date_time(date), time::date(date), time::iso(date));
                }
                let hash = Route::Article(item.id.clone()).to_hash();
                assert_eq!(Route::parse(&hash), Some(Route::Article(item.id.clone())));
            }
        }
        Err(error) => {
            let _ = ui::message(config::Lang::Vi, load::Target::Feed, &load::LoadError::Feed(error), false);
        }
    }
    // A page of a paged feed, merged into itself: pages repeat ids.
    if let Ok(page) = normalize::parse_at(&input, Some("https://hdnd.example.vn/tin/feed.json")) {
        let mut feed = page.clone();
        normalize::append(&mut feed, page, "https://hdnd.example.vn/tin/feed-2.json");
        assert!(feed.next_page().is_none_or(|next| next != "https://hdnd.example.vn/tin/feed-2.json"), "a loaded page is never next");
    }
    // A body document, and the splitter's layout of the input.
    if let Err(error) = normalize::body(&input) {
        let _ = ui::message(config::Lang::Vi, load::Target::Body, &load::LoadError::Feed(error), false);
    }
    if let Ok(files) = split::split(&input, 3) {
        assert!(files.first().is_some_and(|first| first.path == split::FIRST_PAGE), "the first file is the first page");
    }
    let _ = time::parse(&input);
    let _ = contract::check(&input).iter().map(ToString::to_string).count();
    // The saved-copy record and Retry-After come from storage and servers
    // the reader does not control either.
    if let Some((at, text)) = saved::decode(&input) {
        assert_eq!(saved::decode(&saved::encode(at, text).unwrap_or_default()), Some((at, text)));
        let _ = time::from_millis(at).map(|at| ui::offline(config::Lang::Vi, at));
    }
    if let Some(wait) = retry::after(&input, 1_700_000_000_000) {
        let _ = ui::message(config::Lang::En, load::Target::Page, &load::LoadError::Status(503, Some(wait)), true);
    }
    let _ = Route::parse(&input);
    let _ = resolve(Some("https://hdnd.example.vn/tin/bai.html"), &input, Use::Link);
    let _ = resolve(None, &input, Use::Image);
    let _ = text::clean(&input);
    let _ = text::paragraphs(&input);
    let (_, problems) = config::read(|_| Some(input.to_string()), true);
    for problem in &problems {
        let _ = ui::problem(config::Lang::En, problem);
    }
});
