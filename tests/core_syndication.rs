//! RSS 2.0, RSS 1.0 and Atom as doctin's JSON Feed: the mapping on small
//! documents, one case a line, then every real fixture of `tests/data/rss`.
//! (Needs the `cli` feature for the XML parser; `scripts/test` runs
//! `cargo test --features cli`.)

use doctin::core::model::{Body, Feed};
use doctin::core::normalize::{parse_at, FeedError};
use doctin::core::time;
use doctin::native::to_json;

const SOURCE: &str = "https://hdnd.example.vn/rss/tin-moi.rss";

/// Reads `xml` as the reader would, then describes its first item:
/// "id | title | url | date | image (caption) | lead | body", with "-" for
/// what is missing.
#[track_caller]
fn check(xml: &str, expected: &str) {
    let feed = read(xml.as_bytes()).unwrap_or_else(|e| panic!("{xml}: {e:?}"));
    let item = &feed.items[0];
    let body = match &item.body {
        Body::Html(html) => html.clone(),
        Body::Text(text) => text.clone(),
        _ => "-".into(),
    };
    let or = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let image = match (&item.image, &item.image_caption) {
        (Some(src), Some(caption)) => format!("{src} ({caption})"),
        (src, _) => or(src.clone()),
    };
    let got = format!(
        "{} | {} | {} | {} | {} | {} | {}",
        item.id,
        if item.title.is_empty() { "-" } else { &item.title },
        or(item.url.clone()),
        or(item.date().map(time::date_time)),
        image,
        or(item.summary.clone()),
        body
    );
    assert_eq!(got, expected, "{xml}");
}

fn read(bytes: &[u8]) -> Result<Feed, FeedError> {
    let json = to_json(bytes, SOURCE)?;
    parse_at(&json, Some(SOURCE))
}

fn rss(items: &str) -> String {
    format!(r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss/"><channel><title>Tin HĐND</title><link>https://hdnd.example.vn/</link>{items}</channel></rss>"#)
}

#[test]
fn rss_items_map_to_json_feed_items() {
    // guid, link, title, pubDate, description as the lead.
    check(&rss("<item><guid>a1</guid><link>/tin/a1.html</link><title>Kỳ họp thứ 10</title><pubDate>Tue, 16 Nov 2021 09:02:25 +0700</pubDate><description>Khai mạc kỳ họp.</description></item>"),
        "a1 | Kỳ họp thứ 10 | https://hdnd.example.vn/tin/a1.html | 16/11/2021 09:02:25 AM | - | Khai mạc kỳ họp. | -");
    // No guid: the link is the id; no link either: a stable hash.
    check(&rss("<item><link>https://hdnd.example.vn/b</link><title>B</title></item>"), "https://hdnd.example.vn/b | B | https://hdnd.example.vn/b | - | - | - | -");
    check(&rss("<item><title>C</title><pubDate>16/11/2021 09:02</pubDate></item>"), "f5748e3d37afaec1 | C | - | 16/11/2021 09:02:00 AM | - | - | -");
    // content:encoded is the body, the description the lead.
    check(&rss("<item><guid>d</guid><description><![CDATA[<p>Tóm tắt</p>]]></description><content:encoded><![CDATA[<p>Toàn văn</p>]]></content:encoded></item>"),
        "d | - | - | - | - | Tóm tắt | <p>Toàn văn</p>");
    // A long description is the body, its first paragraph the lead.
    let long = format!("<p>Đoạn mở đầu.</p><p>{}</p>", "Nội dung dài. ".repeat(30));
    check(&rss(&format!("<item><guid>e</guid><description>{}</description></item>", long.replace('<', "&lt;"))),
        &format!("e | - | - | - | - | Đoạn mở đầu. | {long}"));
    // The first picture of a description is the photo, shown once.
    check(&rss(r#"<item><guid>f</guid><description><![CDATA[<a href="/f"><img width=130 src="/anh/f.jpg" alt="Toàn cảnh"></a></br>Lời dẫn]]></description></item>"#),
        "f | - | - | - | https://hdnd.example.vn/anh/f.jpg (Toàn cảnh) | Lời dẫn | -");
    // enclosure, media:content (the widest) and media:thumbnail.
    check(&rss(r#"<item><guid>g</guid><enclosure url="/g.mp3" type="audio/mpeg"/><enclosure url="/g.jpg" type="image/jpeg"/></item>"#), "g | - | - | - | https://hdnd.example.vn/g.jpg | - | -");
    check(&rss(r#"<item><guid>h</guid><m:content url="https://a.vn/140.jpg" width="140"/><m:content url="https://a.vn/460.jpg" width="460"><m:description>Ảnh lớn</m:description></m:content></item>"#), "h | - | - | - | https://a.vn/460.jpg (Ảnh lớn) | - | -");
    // A video is not the photo; the description's picture is.
    check(&rss(r#"<item><guid>v</guid><m:content url="https://a.vn/v.mp4" medium="video"/><description><![CDATA[<img src="/anh.jpg">Phim]]></description></item>"#), "v | - | - | - | https://hdnd.example.vn/anh.jpg | Phim | -");
    // A "<" that starts no tag is text.
    check(&rss("<item><guid>lt</guid><title>Lãi suất &lt; 5%, người gửi rút vốn</title></item>"), "lt | Lãi suất < 5%, người gửi rút vốn | - | - | - | - | -");
    // Comments are not text, in the command as in the browser.
    check(&rss("<item><guid>c</guid><title>Tin mới<!-- cms:42 --></title></item>"), "c | Tin mới | - | - | - | - | -");
    check(&rss(r#"<item><guid>i</guid><m:thumbnail url="https://a.vn/t.jpg"/><description><![CDATA[<img src="/khac.jpg">Chữ]]></description></item>"#), "i | - | - | - | https://a.vn/t.jpg | Chữ | -");
}

/// Every carrier of a picture the formats define gives the article its
/// photo, in one order: RSS 2.0's enclosure, Media RSS (also inside a
/// `media:group`), RSS 1.0's enclosure module, Atom's enclosure link, and
/// last the first `<img>` of the text.
#[test]
fn every_image_carrier_gives_the_photo() {
    // An enclosure without a type is a picture when its address ends like one.
    check(&rss(r#"<item><guid>g1</guid><enclosure url="/g1.mp3" length="9"/><enclosure url="/anh/g1.JPG?w=800" length="0"/></item>"#), "g1 | - | - | - | https://hdnd.example.vn/anh/g1.JPG?w=800 | - | -");
    // The enclosure comes before Media RSS.
    check(&rss(r#"<item><guid>g2</guid><m:content url="https://a.vn/m.jpg"/><enclosure url="/e.jpg" type="image/jpeg"/></item>"#), "g2 | - | - | - | https://hdnd.example.vn/e.jpg | - | -");
    // media:group: the widest of its pictures, with the group's description.
    check(&rss(r#"<item><guid>mg</guid><m:group><m:content url="https://a.vn/300.jpg" width="300"/><m:content url="https://a.vn/800.jpg" width="800"/><m:description>Phiên khai mạc</m:description></m:group></item>"#), "mg | - | - | - | https://a.vn/800.jpg (Phiên khai mạc) | - | -");
    check(&rss(r#"<item><guid>mt</guid><m:group><m:content url="https://a.vn/v.mp4" medium="video"/><m:thumbnail url="https://a.vn/v.jpg"/></m:group></item>"#), "mt | - | - | - | https://a.vn/v.jpg | - | -");
    // RSS 1.0's enclosure module.
    let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
        <channel rdf:about="https://hdnd.example.vn/"><title>Tin</title><link>https://hdnd.example.vn/</link></channel>
        <item rdf:about="https://hdnd.example.vn/r2"><title>R2</title><link>https://hdnd.example.vn/r2</link>
        <enc:enclosure rdf:resource="/a.mp3" enc:type="audio/mpeg"/><enc:enclosure rdf:resource="/anh/r2.jpg" enc:type="image/jpeg" enc:length="1200"/></item></rdf:RDF>"#;
    check(rdf, "https://hdnd.example.vn/r2 | R2 | https://hdnd.example.vn/r2 | - | https://hdnd.example.vn/anh/r2.jpg | - | -");
    // Atom's enclosure link, against xml:base.
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://h.vn/tin/"><entry><id>ae</id><link rel="enclosure" type="audio/mpeg" href="a.mp3"/><link rel="enclosure" type="image/png" href="anh/ae.png" length="5"/></entry></feed>"#;
    check(atom, "ae | - | - | - | https://h.vn/tin/anh/ae.png | - | -");
    // Last, the first picture of the body, taken out of it with the
    // paragraph and link that held only it.
    check(&rss(r#"<item><guid>b1</guid><description>Tóm tắt</description><content:encoded><![CDATA[<p><a href="/anh/k.jpg"><img src="/anh/k.jpg" alt="Hội trường"></a></p><p>Nội dung <img src="/anh/2.jpg"></p>]]></content:encoded></item>"#),
        r#"b1 | - | - | - | https://hdnd.example.vn/anh/k.jpg (Hội trường) | Tóm tắt | <p>Nội dung <img src="/anh/2.jpg"></p>"#);
    // A picture in the middle of a paragraph leaves the paragraph.
    check(&rss(r#"<item><guid>b2</guid><content:encoded><![CDATA[<p>Trước <img src="/anh/b2.jpg"> sau</p>]]></content:encoded></item>"#), "b2 | - | - | - | https://hdnd.example.vn/anh/b2.jpg | - | <p>Trước  sau</p>");
    // The description's picture comes before the body's.
    check(&rss(r#"<item><guid>b3</guid><description><![CDATA[<img src="/mo.jpg">Mở]]></description><content:encoded><![CDATA[<img src="/than.jpg"><p>Thân</p>]]></content:encoded></item>"#), r#"b3 | - | - | - | https://hdnd.example.vn/mo.jpg | Mở | <img src="/than.jpg"><p>Thân</p>"#);
    // A figure goes with its picture, and its figcaption is the caption.
    check(&rss(r#"<item><guid>fg</guid><content:encoded><![CDATA[<figure class="wp-block-image"><img src="/anh/fg.jpg" alt="ảnh"><figcaption>Chủ tọa <em>phát biểu</em></figcaption></figure><p>Thân</p>]]></content:encoded></item>"#),
        "fg | - | - | - | https://hdnd.example.vn/anh/fg.jpg (Chủ tọa phát biểu) | - | <p>Thân</p>");
    // In any case; a link that holds words besides the picture stays.
    check(&rss(r#"<item><guid>uc</guid><content:encoded><![CDATA[<P><A HREF="/k"><IMG SRC="/anh/u.jpg" ALT="Hoa"></A></P><p>Thân</p>]]></content:encoded></item>"#), "uc | - | - | - | https://hdnd.example.vn/anh/u.jpg (Hoa) | - | <p>Thân</p>");
    check(&rss(r#"<item><guid>lw</guid><content:encoded><![CDATA[<p><a href="/x">Xem <img src="/anh/a.jpg"></a></p>]]></content:encoded></item>"#), r#"lw | - | - | - | https://hdnd.example.vn/anh/a.jpg | - | <p><a href="/x">Xem </a></p>"#);
    check(&rss(r#"<item><guid>ab</guid><content:encoded><![CDATA[<abbr title="x"><img src="/anh/ab.jpg"></abbr>]]></content:encoded></item>"#), r#"ab | - | - | - | https://hdnd.example.vn/anh/ab.jpg | - | <abbr title="x"></abbr>"#);
    // Decoration is never the photo: a tracking pixel, an icon, a lazy
    // loader's placeholder; the first real picture is.
    check(&rss(r#"<item><guid>dc</guid><content:encoded><![CDATA[<img src="/pixel.gif" width="1" height="1"><img src="/icons/rss.png"><img src="/skins/filetype/jpg.gif"><img src="data:image/gif;base64,R0lGOD"><img src="/anh/that.jpg" width="600" alt="Thật">]]></content:encoded></item>"#),
        r#"dc | - | - | - | https://hdnd.example.vn/anh/that.jpg (Thật) | - | <img src="/pixel.gif" width="1" height="1"><img src="/icons/rss.png"><img src="/skins/filetype/jpg.gif"><img src="data:image/gif;base64,R0lGOD">"#);
    // A picture whose address cannot be used stays; the body's is the photo.
    check(&rss(r#"<item><guid>cid</guid><description><![CDATA[<img src="cid:abc">Lời]]></description><content:encoded><![CDATA[<img src="/anh/b.jpg"><p>B</p>]]></content:encoded></item>"#), "cid | - | - | - | https://hdnd.example.vn/anh/b.jpg | Lời | <p>B</p>");
    // The caption is the chosen picture's: not a video group's.
    check(&rss(r#"<item><guid>cg</guid><m:group><m:content url="https://a.vn/v.mp4" medium="video"/><m:description>Phim</m:description></m:group><m:group><m:content url="https://a.vn/p.jpg" medium="image"/><m:description>Ảnh</m:description></m:group></item>"#), "cg | - | - | - | https://a.vn/p.jpg (Ảnh) | - | -");
    check(&rss(r#"<item><guid>ce</guid><enclosure url="/e2.jpg" type="image/jpeg"/><m:group><m:content url="https://a.vn/v.mp4" medium="video"/><m:description>Phim</m:description></m:group></item>"#), "ce | - | - | - | https://hdnd.example.vn/e2.jpg | - | -");
    // Without a type, a Media RSS address that ends like video is no
    // picture; types are read in any case.
    check(&rss(r#"<item><guid>mv</guid><m:content url="https://a.vn/clip.MP4"/><m:thumbnail url="https://a.vn/clip.jpg"/></item>"#), "mv | - | - | - | https://a.vn/clip.jpg | - | -");
    check(&rss(r#"<item><guid>ct</guid><enclosure url="/anh/E.bin" type="Image/JPEG"/></item>"#), "ct | - | - | - | https://hdnd.example.vn/anh/E.bin | - | -");
    // Atom content's first picture, too.
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><link href="https://h.vn/"/><entry><id>ac</id><content type="html">&lt;img src="/anh/ac.jpg" alt="Ảnh"&gt;&lt;p&gt;Bài&lt;/p&gt;</content></entry></feed>"#;
    check(atom, "ac | - | - | - | https://h.vn/anh/ac.jpg (Ảnh) | - | <p>Bài</p>");
}

#[test]
fn rss_categories_authors_and_source() {
    let feed = read(rss("<item><guid>j</guid><category>Hoạt động HĐND</category><category>Kỳ họp</category><dc:creator>Phòng Thông tin</dc:creator><source url=\"https://baohd.vn/rss\">Báo Hải Dương</source></item>").as_bytes()).unwrap();
    let item = &feed.items[0];
    assert_eq!(item.section.as_deref(), Some("Hoạt động HĐND"));
    assert_eq!(item.tags, ["Hoạt động HĐND", "Kỳ họp"]);
    assert_eq!(item.authors, ["Phòng Thông tin"]);
    assert_eq!(item.source.as_deref(), Some("Báo Hải Dương"));
    assert_eq!((feed.title.as_str(), feed.home_page_url.as_deref()), ("Tin HĐND", Some("https://hdnd.example.vn/")));
}

#[test]
fn day_and_month_are_decided_once_per_feed() {
    // One item shows month first, so "5/6/2026" is the 6th of May.
    let feed = read(rss("<item><guid>a</guid><pubDate>5/6/2026 6:44:00 PM</pubDate></item><item><guid>b</guid><pubDate>8/13/2026 2:55:37 PM</pubDate></item>").as_bytes()).unwrap();
    let dates: Vec<String> = feed.items.iter().map(|i| time::date_time(i.date().unwrap())).collect();
    assert_eq!(dates, ["13/08/2026 02:55:37 PM", "06/05/2026 06:44:00 PM"]);
    let feed = read(rss("<item><guid>a</guid><pubDate>5/6/2026 6:44:00 PM</pubDate></item><item><guid>b</guid><pubDate>Chủ nhật, 19/10/2025, 13:00</pubDate></item>").as_bytes()).unwrap();
    let dates: Vec<String> = feed.items.iter().map(|i| time::date_time(i.date().unwrap())).collect();
    assert_eq!(dates, ["05/06/2026 06:44:00 PM", "19/10/2025 01:00:00 PM"]);
}

#[test]
fn atom_and_rss_1_0() {
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://hdnd.example.vn/tin/"><title>Tin</title><link href="/"/>
        <entry><id>urn:a</id><title type="html">Kỳ &lt;b&gt;họp&lt;/b&gt;</title><link rel="alternate" href="a.html"/><published>2021-11-16T09:02:25+07:00</published>
        <summary>Tóm tắt</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Toàn <b>văn</b></p></div></content><author><name>Ban Thư ký</name></author><category term="HĐND"/></entry></feed>"#;
    check(atom, "urn:a | Kỳ họp | https://hdnd.example.vn/tin/a.html | 16/11/2021 09:02:25 AM | - | Tóm tắt | <p>Toàn <b>văn</b></p>");
    // xml:base wins over the feed's own link; Atom's source is no name.
    let based = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://h.vn/tin/"><link href="https://h.vn/"/><entry><id>b</id><link href="a.html"/><source><id>x</id><title>Khác</title></source></entry></feed>"#;
    check(based, "b | - | https://h.vn/tin/a.html | - | - | - | -");
    assert_eq!(read(based.as_bytes()).unwrap().items[0].source, None);
    // An RSS 0.91 doctype is a feed, not a web page.
    let doctype = r#"<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>T</title><item><link>https://h.vn/1</link><title>Một</title></item></channel></rss>"#;
    check(doctype, "https://h.vn/1 | Một | https://h.vn/1 | - | - | - | -");
    let text = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>t</id><updated>2021-11-16T02:02:25Z</updated><content>a &lt; b</content></entry></feed>"#;
    check(text, "t | - | - | 16/11/2021 09:02:25 AM | - | - | <p>a &lt; b</p>");
    let rdf = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://hdnd.example.vn/"><title>Tin</title><link>https://hdnd.example.vn/</link></channel>
        <item rdf:about="https://hdnd.example.vn/r1"><title>R1</title><link>https://hdnd.example.vn/r1</link><dc:date>2021-11-16T09:02:25+07:00</dc:date><description>Lời dẫn</description></item></rdf:RDF>"#;
    check(rdf, "https://hdnd.example.vn/r1 | R1 | https://hdnd.example.vn/r1 | 16/11/2021 09:02:25 AM | - | Lời dẫn | -");
}

#[test]
fn what_is_not_a_feed_says_so() {
    let error = |text: &str| read(text.as_bytes()).err();
    assert_eq!(error("<html><body>Trang chủ</body></html>"), Some(FeedError::InvalidJson { line: 1, column: 1, looks_like_html: true }));
    assert_eq!(error("<?xml version=\"1.0\"?><urlset/>"), Some(FeedError::NotAFeed));
    assert!(matches!(error("<rss><channel><item><m:content/></item></channel></rss>"), Some(FeedError::InvalidXml { .. })), "an undeclared prefix");
    assert!(matches!(error("<rss><channel>"), Some(FeedError::InvalidXml { .. })));
    // Nesting far deeper than any feed neither crashes nor loses the text.
    let deep = format!("<rss><channel><item><guid>d</guid><description>{}sâu{}</description></item></channel></rss>", "<a>".repeat(100_000), "</a>".repeat(100_000));
    assert_eq!(read(deep.as_bytes()).unwrap().items[0].summary.as_deref(), Some("sâu"));
    assert_eq!(read(b"<?xml version=\"1.0\"?><rss><channel>\xe9</channel></rss>").err(), Some(FeedError::NotText { declared: None }));
    assert_eq!(
        read(b"<?xml version=\"1.0\" encoding=\"x-nope\"?><rss/>").err(),
        Some(FeedError::NotText { declared: Some("x-nope".into()) })
    );
}

#[test]
fn legacy_encodings_are_decoded_and_text_is_nfc() {
    // "Hội đồng" in windows-1258, which writes the tone marks as
    // combining characters: the reader sees the composed letters.
    let bytes = b"<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss><channel><item><guid>v</guid><title>H\xf4\xf2i \xf0\xf4\xccng</title></item></channel></rss>";
    let feed = read(bytes).unwrap();
    assert_eq!(feed.items[0].title, "Hội đồng");
    assert!(feed.items[0].title.chars().all(|c| !('\u{300}'..='\u{36f}').contains(&c)), "no combining marks left");
}

/// Every real fixture: what it becomes, item count and first item.
#[test]
fn real_feeds() {
    let fixture = |name: &str| read(&std::fs::read(format!("tests/data/rss/{name}")).unwrap());
    let cases = [
        ("vi-vnexpress-tin-moi-nhat-2019-02-18.xml", 25, "Ngộ độc rượu, bệnh nhân thấy ảo giác 'bị ma quỷ truy đuổi'", "18/02/2019 08:35:51 PM"),
        ("vi-vnexpress-tin-moi-nhat-2017-browsercopy.xml", 25, "Giang Kim Đạt bị đề nghị tử hình", "18/02/2017 03:16:55 PM"),
        ("en-wordpress-manton.xml", 10, "", "25/09/2015 09:26:40 PM"),
        ("atom-github-releases-gulp.xml", 10, "v3.9.0", "02/06/2015 04:49:41 AM"),
        ("en-guardian-media-content.xml", 55, "Tottenham Hotspur v Manchester United: Premier League – live!", "01/02/2018 03:13:54 AM"),
        ("en-reddit-media-thumbnail.xml", 24, "We are Aziz Ansari and Alan Yang from Master of None - Ask Us Anything", "13/11/2015 05:27:28 AM"),
        ("zh-kc0011-gb2312.xml", 20, "建国35周年纪念，华表，和平鸽", "10/01/2020 02:33:00 PM"),
    ];
    for (name, count, title, date) in cases {
        let feed = fixture(name).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let first = &feed.items[0];
        assert_eq!((feed.items.len(), first.title.as_str(), first.date().map(time::date_time).as_deref()), (count, title, Some(date)), "{name}");
        assert!(feed.items.iter().all(|i| !i.id.is_empty()), "{name}: every item has an id");
    }
    // The VnExpress photo comes out of the description, once.
    let vnexpress = fixture("vi-vnexpress-tin-moi-nhat-2019-02-18.xml").unwrap();
    assert!(vnexpress.items[0].image.as_deref().is_some_and(|i| i.ends_with("_180x108.png")));
    assert_eq!(vnexpress.items[0].summary.as_deref(), Some("Nam bệnh nhân 43 tuổi nhập viện trong tình trạng mơ màng, co giật, nôn mửa, da xanh xao, mê sảng và xuất hiện ảo giác."));
    // Not well-formed: Latin-1 bytes in a document that declares nothing.
    assert_eq!(fixture("not-wellformed/pt-uol-noticias-latin1-undeclared.xml").err(), Some(FeedError::NotText { declared: None }));
}

/// The reader's state machine, given the XML reader as the browser edge
/// gives it `web::xml::read`, shows an RSS feed, keeps its text as the
/// offline copy, and starts again from that copy.
#[test]
fn the_reader_reads_rss_and_its_saved_copy() {
    use doctin::core::config::{Lang, RouteMode};
    use doctin::core::machine::{Effect, Event, Machine};
    use doctin::core::route::Route;
    use doctin::core::screen::Screen;
    use doctin::native::read_xml;

    let xml = rss("<item><guid>a1</guid><title>Kỳ họp thứ 10</title></item><item><guid>a2</guid><title>Tin hai</title></item>");
    let titles = |screen: Screen| match screen {
        Screen::Latest { feed, .. } => feed.items.iter().map(|i| i.title.clone()).collect::<Vec<_>>().join(", "),
        other => format!("{other:?}"),
    };
    let mut reader = Machine::new(Lang::Vi, RouteMode::Hash, vec![SOURCE.into()]).reading_xml(read_xml);
    reader.update(Event::Start { route: Route::Latest, depth: 0, saved: vec![] });
    let effects = reader.update(Event::Page { request: 1, result: Ok(xml.clone()) });
    assert!(effects.contains(&Effect::Save { url: SOURCE.into(), text: xml.clone() }), "{effects:?}");
    assert_eq!(titles(reader.screen()), "Kỳ họp thứ 10, Tin hai");

    let mut again = Machine::new(Lang::Vi, RouteMode::Hash, vec![SOURCE.into()]).reading_xml(read_xml);
    again.update(Event::Start { route: Route::Latest, depth: 0, saved: vec![Some((0, xml))] });
    assert_eq!(titles(again.screen()), "Kỳ họp thứ 10, Tin hai");

    // Without an XML reader (`Machine::new` alone; the browser edge always
    // gives one), RSS is named as such.
    let mut plain = Machine::new(Lang::Vi, RouteMode::Hash, vec![SOURCE.into()]);
    plain.update(Event::Start { route: Route::Latest, depth: 0, saved: vec![] });
    plain.update(Event::Page { request: 1, result: Ok(rss("<item><guid>x</guid></item>")) });
    assert!(matches!(plain.screen(), Screen::Failed(failure) if failure.message.contains("doctin-feed import")), "{:?}", plain.screen());
}
