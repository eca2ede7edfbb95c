//! RSS and Atom on arbitrary bytes, as `doctin-feed import` reads them
//! (decode, XML, `core::syndication`) and as the reader's machine does
//! (`native::read_xml`, the same hook the browser's `DOMParser` fills).
//! Nothing may panic; a document the mapping accepts must come out as a
//! JSON Feed the reader reads, with the same items both ways.
#![no_main]

use doctin::core::normalize::{self, parse_any};
use doctin::native::{decode, read_xml, to_json};
use libfuzzer_sys::fuzz_target;

const SOURCE: &str = "https://hdnd.example.vn/rss/tin-moi.rss";

fuzz_target!(|data: &[u8]| {
    let Ok(json) = to_json(data, SOURCE) else { return };
    let imported = normalize::parse_at(&json, Some(SOURCE)).expect("import writes a feed the reader reads");
    let Ok(text) = decode(data) else { return };
    if let Ok(read) = parse_any(&text, SOURCE, Some(read_xml)) {
        let ids = |feed: &doctin::core::model::Feed| feed.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&imported), ids(&read), "import and the reader agree");
    }
});
