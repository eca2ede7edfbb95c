//! Cleaning plain-text fields and splitting text bodies into paragraphs.

use doctin::core::text::{clean, paragraphs};

#[track_caller]
fn check(raw: &str, expected: Option<&str>) {
    assert_eq!(clean(raw).as_deref(), expected, "cleaning {raw:?}");
}

#[test]
fn cleans_plain_text_fields() {
    check("Blog &#8211; InfluxData", Some("Blog – InfluxData"));
    check("  Kỳ họp\n  thứ 5  ", Some("Kỳ họp thứ 5"));
    check("A &amp; B &lt;b&gt; &quot;x&quot; &apos;y&apos;", Some("A & B <b> \"x\" 'y'"));
    check("&#x1EA1;&#X1EA1;", Some("ạạ"));
    check("AT&T &unknown; &#xZZ; &", Some("AT&T &unknown; &#xZZ; &"));
    check("&#0;x&#1;", Some("&#0;x&#1;"));
    check("&#99999999999;", Some("&#99999999999;"));
    check("a&nbsp;b", Some("a b"));
    check("", None);
    check(" \n\t ", None);
    check("&nbsp;", None);
    check("<b>not html</b>", Some("<b>not html</b>"));
}

#[test]
fn splits_text_into_paragraphs() {
    let split = |text: &str| paragraphs(text);
    assert_eq!(split("Một.\n\nHai.\r\n\r\nBa."), ["Một.", "Hai.", "Ba."]);
    assert_eq!(split("Dòng một\ndòng hai"), ["Dòng một\ndòng hai"]);
    assert_eq!(split("\n\n\n  \n\nChỉ một\n\n\n"), ["Chỉ một"]);
    assert!(split("   ").is_empty());
}
