//! Date parsing and formatting: every case is one line, input → shown text.

use doctin::core::config::Lang;
use doctin::core::time;

/// Parses `raw` and shows it as "Cập nhật" would; `None` means unparseable.
#[track_caller]
fn check(raw: &str, expected: Option<&str>) {
    let shown = time::parse(raw).map(time::date_time);
    assert_eq!(shown.as_deref(), expected, "parsing {raw:?}");
}

#[test]
fn formats_in_vietnam_time_whatever_the_input_offset() {
    check("2021-11-16T09:02:25+07:00", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T02:02:25Z", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-15T19:02:25-07:00", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T18:30:00Z", Some("17/11/2021 01:30:00 AM"));
    check("2021-11-16T05:00:00Z", Some("16/11/2021 12:00:00 PM"));
    check("2021-11-16T17:00:00Z", Some("17/11/2021 12:00:00 AM"));
    check("2021-12-31T17:00:00Z", Some("01/01/2022 12:00:00 AM"));
    check("2021-11-16T09:02:25.123+07:00", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16t09:02:25+07:00", Some("16/11/2021 09:02:25 AM"));
}

#[test]
fn accepts_rfc2822_and_local_times() {
    check("Fri, 31 May 2019 12:17:58 -0700", Some("01/06/2019 02:17:58 AM"));
    check("16 Nov 2021 09:02:25 +0700", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T21:15:00", Some("16/11/2021 09:15:00 PM"));
    check("2021-11-16 21:15:00", Some("16/11/2021 09:15:00 PM"));
    check("2021-11-16", Some("16/11/2021 12:00:00 AM"));
    check("  2021-11-16T09:02:25+07:00  ", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 02:02:25 GMT", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 nov 2021 02:02 UT", Some("16/11/2021 09:02:00 AM"));
    check("16 Nov 21 09:02:25 +0700", Some("16/11/2021 09:02:25 AM"));
    check("16 Nov 99 09:02:25 +0700", Some("16/11/1999 09:02:25 AM"));
    check("Mon, 15 Nov 2021 14:02:25 EST", Some("16/11/2021 02:02:25 AM"));
    check("2021-11-16T09:02:60+07:00", Some("16/11/2021 09:02:59 AM"));
    check("2021-11-16T09:02:25.5Z", Some("16/11/2021 04:02:25 PM"));
}

#[test]
fn accepts_iso_8601_offsets_without_a_colon() {
    // PHP's DATE_ISO8601 and many CMSs write the basic form.
    check("2021-11-16T09:02:25+0700", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T02:02:25+0000", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-15T21:32:25-0530", Some("16/11/2021 10:02:25 AM"));
    check("2021-11-16T09:02:25.120+0700", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T09:02:25+07", Some("16/11/2021 09:02:25 AM"));
    check("2021-11-16T09:02:25+07:0", None);
    check("2021-11-16T09:02:25+070", None);
    check("2021-11-16T09:02:25+07000", None);
    check("2021-11-16T09:02:25+2500", None);
    check("2021-11-16T09:02:25+0760", None);
    // A bare offset needs two digits for its hours; only after a zone's
    // name ("GMT+7") may it have one.
    check("2021-11-16T09:02:25+7", None);
}

#[test]
fn one_reader_of_offsets_serves_every_form() {
    // The same offsets in RFC 2822 as in RFC 3339, and names with numbers.
    check("Tue, 16 Nov 2021 09:02:25 +07:00", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 09:02:25 +07", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 09:02:25 GMT+7", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 02:02:25 utc+0", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 09:02:25 UTC+07:00", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 09:02:25 +7", Some("16/11/2021 09:02:25 AM"));
    check("Tue, 16 Nov 2021 09:02:25 GMT+7:0", None);
    // RFC 3339 keeps its own offsets: no zone names there.
    check("2021-11-16T09:02:25EST", None);
    check("2021-11-16T09:02:25GMT+7", None);
    check("2021-11-16T09:02:25Z+07:00", None);
    check("Tue, 16 Nov 2021 09:02:25 GMT+", None);
    check("Tue, 16 Nov 2021 09:02:25 ZZ", None);
    // Month names in any case, from the one table English dates use.
    check("16 NOV 2021 09:02:25 +0700", Some("16/11/2021 09:02:25 AM"));
    check("16 Dec 2021 09:02:25 +0700", Some("16/12/2021 09:02:25 AM"));
}

#[test]
fn refuses_garbage() {
    check("19066-19-09T612:1919:00+07:00", None);
    check("", None);
    check("hôm qua", None);
    check("2021-13-01T00:00:00Z", None);
    check("2021-02-30T00:00:00Z", None);
    check("16/11/2021 09:02:25 AM", None);
    check(&"9".repeat(500), None);
    check("2021-11-16T09:02:25.+07:00", None);
    check("2021-11-16T25:02:25+07:00", None);
    check("2021-11-16T09:02:25+24:00", None);
    check("2021-11-16T09:02+07:00", None);
    check("2021-1-16", None);
    check("16 Foo 2021 09:02:25 +0700", None);
    check("16 Nov 2021 09:02:25 XYZ", None);
    check("16 Nov 2021 09:02:25 +0700 extra", None);
    check("16 Nov 2021 9:02:25 +0700", None);
    check("Fri,", None);
    check("+1-1", None);
    check("ạ", None);
    check("16 Nov 2021 09:02:25 ạạ", None);
    check("16 Nov 2021 09:02:25 +ạ", None);
    check("2021-11-16Tạ", None);
    check("16 Nov 2021 09:02:25 +", None);
}

#[test]
fn list_dates_and_iso() {
    let dt = time::parse("2022-09-28T20:00:00Z").unwrap();
    assert_eq!(time::date(dt), "29/09/2022");
    assert_eq!(time::iso(dt), "2022-09-29T03:00:00+07:00");
}

/// The English forms, from the same instants.
#[track_caller]
fn check_en(raw: &str, expected: (&str, &str)) {
    let dt = time::parse(raw).expect(raw);
    assert_eq!((time::date_in(Lang::En, dt), time::date_time_in(Lang::En, dt)), (expected.0.to_string(), expected.1.to_string()), "{raw}");
    assert_eq!((time::date_in(Lang::Vi, dt), time::date_time_in(Lang::Vi, dt)), (time::date(dt), time::date_time(dt)));
}

#[test]
fn english_dates_name_the_month_and_the_offset() {
    check_en("2021-11-16T09:02:25+07:00", ("16 Nov 2021", "16 Nov 2021, 9:02 AM (UTC+7)"));
    check_en("2021-01-01T00:00:00+07:00", ("1 Jan 2021", "1 Jan 2021, 12:00 AM (UTC+7)"));
    check_en("2021-12-31T17:30:00Z", ("1 Jan 2022", "1 Jan 2022, 12:30 AM (UTC+7)"));
    check_en("2021-06-15T13:05:00+07:00", ("15 Jun 2021", "15 Jun 2021, 1:05 PM (UTC+7)"));
}

/// A date as an RSS or Atom feed writes it, in a feed whose numeric dates
/// are day first (`false`) or month first (`true`).
#[track_caller]
fn check_feed(raw: &str, month_first: bool, expected: Option<&str>) {
    let shown = time::parse_in_feed(raw, month_first).map(time::date_time);
    assert_eq!(shown.as_deref(), expected, "parsing {raw:?} (month first: {month_first})");
}

#[test]
fn reads_the_dates_rss_feeds_write() {
    check_feed("Mon, 18 Feb 2019 20:35:51 +0700", false, Some("18/02/2019 08:35:51 PM"));
    check_feed("Mon, 12 Jun 2017 10:50:00 GMT+7", false, Some("12/06/2017 10:50:00 AM"));
    check_feed("Mon, 12 Jun 2017 10:50:00 +7", false, Some("12/06/2017 10:50:00 AM"));
    check_feed("16/11/2021 09:02 +7", false, Some("16/11/2021 09:02:00 AM"));
    check_feed("16/11/2021 09:02 +7:00", false, Some("16/11/2021 09:02:00 AM"));
    check_feed("Mon, 12 Jun 2017 10:50:00 GMT+07:00", false, Some("12/06/2017 10:50:00 AM"));
    check_feed("12 Jun 2017 03:50:00 GMT", false, Some("12/06/2017 10:50:00 AM"));
    check_feed("5 Jun 2017 03:50:00 UTC+0", false, Some("05/06/2017 10:50:00 AM"));
    check_feed("2021-11-16T09:02:25+0700", false, Some("16/11/2021 09:02:25 AM"));
    check_feed("2021-11-16T09:02:25+07", false, Some("16/11/2021 09:02:25 AM"));
    // The forms of Vietnamese CMSs, in Vietnam time unless they say.
    check_feed("16/11/2021 09:02:25 AM", false, Some("16/11/2021 09:02:25 AM"));
    check_feed("16/11/2021 09:02:25 PM", false, Some("16/11/2021 09:02:25 PM"));
    check_feed("16/11/2021 12:05:00 AM", false, Some("16/11/2021 12:05:00 AM"));
    check_feed("16/11/2021 09:02", false, Some("16/11/2021 09:02:00 AM"));
    check_feed("Thứ 5, 28/05/2026 17:00:00 GMT+7", false, Some("28/05/2026 05:00:00 PM"));
    check_feed("Chủ nhật, 19/10/2025, 13:00", false, Some("19/10/2025 01:00:00 PM"));
    check_feed("1/2/2026 7:05", false, Some("01/02/2026 07:05:00 AM"));
    check_feed("16/11/2021", false, Some("16/11/2021 12:00:00 AM"));
    check_feed("2020/1/10 14:33:00", false, Some("10/01/2020 02:33:00 PM"));
    // Month first, as baochinhphu.vn writes, when the feed shows it.
    check_feed("8/13/2026 2:55:37 PM", true, Some("13/08/2026 02:55:37 PM"));
    check_feed("9/14/2026 6:44:00 PM", true, Some("14/09/2026 06:44:00 PM"));
    check_feed("5/6/2026 6:44:00 PM", true, Some("06/05/2026 06:44:00 PM"));
    check_feed("5/6/2026 6:44:00 PM", false, Some("05/06/2026 06:44:00 PM"));
    check_feed("16/11/2021 09:02:25 +07:00", false, Some("16/11/2021 09:02:25 AM"));
    check_feed("16/11/2021 02:02:25 GMT", false, Some("16/11/2021 09:02:25 AM"));
    check_feed("Thu, 28 May 2026 17:00:00 GMT+0700", false, Some("28/05/2026 05:00:00 PM"));
    check_feed("16/11/2021 2:55:37 CH", false, Some("16/11/2021 02:55:37 PM"));
    check_feed("16/11/2021 9:05:00 SA", false, Some("16/11/2021 09:05:00 AM"));
    check_feed("16/11/2021 14:02:25 PM", false, Some("16/11/2021 02:02:25 PM"));
    check_feed("16/11/2021 00:15:00 AM", false, Some("16/11/2021 12:15:00 AM"));
    // Still not dates.
    check_feed("8/13/2026 2:55:37 PM", false, None);
    check_feed("Seg, 24 Set 2018 19:42:40 -0300", false, None);
    check_feed("32/01/2026 10:00", false, None);
    check_feed("16/11/21 10:00", false, None);
    check_feed("16/11/2021 25:00", false, None);
    check_feed("16/11/2021 10:00 XYZ", false, None);
    check_feed("hôm qua", false, None);
}

#[test]
fn decides_day_or_month_first_once_per_feed() {
    assert!(!time::month_first(["16/11/2021 09:02", "1/2/2026 7:05"]));
    assert!(time::month_first(["1/2/2026 7:05", "8/13/2026 2:55:37 PM"]));
    assert!(!time::month_first(["Mon, 18 Feb 2019 20:35:51 +0700", "2020/1/10 14:33:00"]));
    assert!(!time::month_first(["Thứ 5, 28/05/2026 17:00:00 GMT+7"]));
    assert!(!time::month_first(Vec::<&str>::new()));
}
