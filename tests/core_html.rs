//! The text of feed HTML as the reader shows it: whole (an RSS item's
//! lead) and a block a line (what "Nghe đọc bài" reads).

use doctin::core::html::{blocks, text};

#[track_caller]
fn check_text(html: &str, expected: Option<&str>) {
    assert_eq!(text(html).as_deref(), expected, "{html}");
}

#[track_caller]
fn check_blocks(html: &str, expected: &[&str]) {
    assert_eq!(blocks(html), expected, "{html}");
}

#[test]
fn text_drops_tags_and_what_the_sanitizer_drops() {
    check_text("<p>Kỳ họp</p><p>thứ 9</p>", Some("Kỳ họp thứ 9"));
    check_text("Đoạn <b>hai</b>.", Some("Đoạn hai."));
    check_text("lãi suất < 5% &amp; ổn định", Some("lãi suất < 5% & ổn định"));
    check_text("<script>alert(1)</script>Tin<style>p{}</style>", Some("Tin"));
    check_text("<noscript>Bật JavaScript</noscript><p>Tin</p>", Some("Tin"));
    check_text("<form><button>Gửi</button><textarea>x</textarea></form>Tin", Some("Tin"));
    check_text("<VIDEO src=v.mp4>Trình duyệt không hỗ trợ</VIDEO>Tin", Some("Tin"));
    check_text("<svg><text>Biểu tượng</text></svg>Tin<input value=x>", Some("Tin"));
    check_text("<!-- ghi chú -->Tin", Some("Tin"));
    check_text("<iframe src=x></iframe>", None);
}

#[test]
fn blocks_are_lines_and_inline_markup_is_not() {
    check_blocks("<p>Đoạn một.</p><p>Đoạn <b>hai</b>.<br>Dòng ba.</p>", &["Đoạn một.", "Đoạn hai.", "Dòng ba."]);
    check_blocks("<h2>Mục</h2><ul><li>Một</li><li>Hai</li></ul>", &["Mục", "Một", "Hai"]);
    check_blocks("<figure><img src=a.jpg><figcaption>Ảnh</figcaption></figure>Sau ảnh", &["Ảnh", "Sau ảnh"]);
    check_blocks("Chỉ một dòng", &["Chỉ một dòng"]);
    check_blocks("<p>Tin</p><noscript><p>Bật JavaScript</p></noscript><p>Hết</p>", &["Tin", "Hết"]);
    check_blocks("<p> </p><div></div>", &[]);
}
