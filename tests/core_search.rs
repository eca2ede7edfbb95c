//! Searching as Vietnamese readers type: folding, ranking, highlighting.

use doctin::core::normalize::parse;
use doctin::core::search::{fold, highlight, words, Index};

#[track_caller]
fn check_fold(text: &str, expected: &str) {
    assert_eq!(fold(text), expected, "{text}");
}

#[test]
fn folds_marks_case_and_d() {
    check_fold("Hội đồng nhân dân", "hoi dong nhan dan");
    check_fold("HỘI ĐỒNG", "hoi dong");
    check_fold("Thượng Lâm", "thuong lam");
    check_fold("ặẶỗỖữỮỹỸ", "aaoouuyy");
    check_fold("Ạạ Ảả Ấấ Ầầ Ẩẩ Ẫẫ Ậậ Ắắ Ằằ Ẳẳ Ẵẵ Ặặ", "aa aa aa aa aa aa aa aa aa aa aa aa");
    check_fold("Ẹẹ Ẻẻ Ẽẽ Ếế Ềề Ểể Ễễ Ệệ Ỉỉ Ịị", "ee ee ee ee ee ee ee ee ii ii");
    check_fold("Ọọ Ỏỏ Ốố Ồồ Ổổ Ỗỗ Ộộ Ớớ Ờờ Ởở Ỡỡ Ợợ", "oo oo oo oo oo oo oo oo oo oo oo oo");
    check_fold("Ụụ Ủủ Ứứ Ừừ Ửử Ữữ Ựự Ỳỳ Ỵỵ Ỷỷ Ỹỹ", "uu uu uu uu uu uu uu yy yy yy yy");
    check_fold("ÀÁÂÃàáâãĂăÈÉÊèéêÌÍìíĨĩÒÓÔÕòóôõƠơÙÚùúŨũƯưÝý", "aaaaaaaaaaeeeeeeiiiiiioooooooooouuuuuuuuyy");
    // Decomposed text (a letter, then combining marks) folds the same.
    check_fold("Ho\u{302}\u{323}i", "hoi");
    check_fold("2021-11-16 · 北京", "2021-11-16 · 北京");
}

const FEED: &str = r#"{"items":[
  {"id":"1","title":"Kỳ họp thứ 10 HĐND tỉnh","summary":"Hội đồng nhân dân thông qua nghị quyết"},
  {"id":"2","title":"Hội đồng nhân dân tỉnh giám sát","tags":["Giáo dục"]},
  {"id":"3","title":"Tiếp xúc cử tri","summary":"Cử tri hỏi về học phí","tags":["hội đồng"]},
  {"id":"4","title":"Thời tiết"}
]}"#;

#[track_caller]
fn check_search(query: &str, expected: &[&str]) {
    let feed = parse(FEED).unwrap();
    let ids: Vec<&str> = Index::new(&feed).search(query).into_iter().map(|at| feed.items[at].id.as_str()).collect();
    assert_eq!(ids, expected, "{query:?}");
}

#[test]
fn finds_with_or_without_diacritics_title_hits_first() {
    check_search("hoi dong nhan dan", &["2", "1"]);
    check_search("HỘI ĐỒNG", &["2", "1", "3"]);
    check_search("hội đồng", &["2", "1", "3"]);
    check_search("giao duc", &["2"]);
    check_search("cu tri hoc phi", &["3"]);
    check_search("ky hop", &["1"]);
    check_search("  ", &[]);
    check_search("khong co", &[]);
}

#[track_caller]
fn check_marks(text: &str, query: &str, expected: &[(&str, bool)]) {
    let pieces = highlight(text, &words(query));
    let pieces: Vec<(&str, bool)> = pieces.iter().map(|(t, m)| (t.as_str(), *m)).collect();
    assert_eq!(pieces, expected, "{text} / {query}");
}

#[test]
fn highlights_the_original_letters() {
    check_marks("Hội đồng nhân dân", "hoi dong", &[("Hội", true), (" ", false), ("đồng", true), (" nhân dân", false)]);
    check_marks("Hội đồng nhân dân", "hoi dong nhan", &[("Hội", true), (" ", false), ("đồng", true), (" ", false), ("nhân", true), (" dân", false)]);
    check_marks("Hồ Hồng", "ho", &[("Hồ", true), (" ", false), ("Hồ", true), ("ng", false)]);
    check_marks("Kỳ họp HĐND", "hđnd", &[("Kỳ họp ", false), ("HĐND", true)]);
    check_marks("Cử tri, cử tri", "CỬ", &[("Cử", true), (" tri, ", false), ("cử", true), (" tri", false)]);
    check_marks("Ho\u{302}\u{323}i nghị", "hoi", &[("Ho\u{302}\u{323}i", true), (" nghị", false)]);
    check_marks("Thời tiết", "mua", &[("Thời tiết", false)]);
    check_marks("", "a", &[]);
    // No search (the latest list): the text whole, unmarked.
    check_marks("Hội đồng", "", &[("Hội đồng", false)]);
    check_marks("", "", &[]);
}
