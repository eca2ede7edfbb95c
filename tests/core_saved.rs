//! The offline copy's record: what is kept, and what is trusted back.

use doctin::core::saved::{decode, encode, fingerprint, MAX_SAVED};

/// Reads `record` as storage gave it; the expected time and text, or
/// `None` when the record must be discarded.
fn check(record: &str, expected: Option<(i64, &str)>) {
    assert_eq!(decode(record), expected, "{record:?}");
}

#[test]
fn records_are_read_back() {
    check("1764400000000\n{\"items\":[]}", Some((1_764_400_000_000, "{\"items\":[]}")));
    check("1\n{\n \"items\": []\n}", Some((1, "{\n \"items\": []\n}")));
    check(&encode(1_764_400_000_000, "tin").unwrap(), Some((1_764_400_000_000, "tin")));
}

#[test]
fn anything_else_is_discarded() {
    check("", None);
    check("{\"items\":[]}", None);
    check("abc\n{\"items\":[]}", None);
    check("-5\n{\"items\":[]}", None);
    check("0\n{\"items\":[]}", None);
    check("1764400000000\n", None);
    check("1764400000000", None);
    check("99999999999999999999999\n{}", None);
    check(&format!("1\n{}", "x".repeat(MAX_SAVED + 30)), None);
}

#[test]
fn only_feeds_within_the_bound_are_kept() {
    assert!(encode(1, &"x".repeat(MAX_SAVED)).is_some());
    assert_eq!(encode(1, &"x".repeat(MAX_SAVED + 1)), None);
    // The largest record encode writes is still read back.
    let largest = encode(i64::MAX, &"x".repeat(MAX_SAVED)).unwrap();
    assert_eq!(decode(&largest).map(|(at, text)| (at, text.len())), Some((i64::MAX, MAX_SAVED)));
}

#[test]
fn fingerprints_tell_texts_apart() {
    assert_eq!(fingerprint("{\"items\":[]}"), fingerprint("{\"items\":[]}"));
    assert_ne!(fingerprint("{\"items\":[]}"), fingerprint("{\"items\": []}"));
    assert_ne!(fingerprint("Hội đồng"), fingerprint("Hoi dong"));
}
