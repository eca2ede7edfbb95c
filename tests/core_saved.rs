//! The offline copy's record: what is kept, and what is trusted back.

use doctin::core::saved::{decode, encode, evict, fingerprint, Stored, MAX_SAVED, MAX_TOTAL};

/// Reads `record` as storage gave it; the expected time and text, or
/// `None` when the record must be discarded.
#[track_caller]
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

/// Which of `stored` (key, size in KB, time) go before `size` KB is
/// written under `key`.
#[track_caller]
fn check_evict(stored: &[(&str, usize, i64)], key: &str, size: usize, expected: &[&str]) {
    let stored: Vec<Stored> = stored.iter().map(|&(key, kb, saved_at)| Stored { key: key.into(), size: kb * 1024, saved_at }).collect();
    assert_eq!(evict(&stored, key, size * 1024), expected, "{stored:?} + {key} {size} KB");
}

#[test]
fn all_copies_together_stay_within_the_bound_oldest_evicted_first() {
    assert_eq!(MAX_TOTAL, 1024 * 1024);
    check_evict(&[], "a", 400, &[]);
    check_evict(&[("a", 400, 1)], "b", 400, &[]);
    check_evict(&[("a", 400, 1), ("b", 400, 2)], "c", 400, &["a"]);
    check_evict(&[("b", 400, 2), ("a", 400, 1)], "c", 400, &["a"]);
    check_evict(&[("a", 300, 3), ("b", 300, 1), ("c", 300, 2)], "d", 500, &["b", "c"]);
    // Six feeds of 400 KB, one after another: never more than two kept.
    check_evict(&[("f1", 400, 1), ("f2", 400, 2), ("f3", 400, 3), ("f4", 400, 4), ("f5", 400, 5)], "f6", 400, &["f1", "f2", "f3", "f4"]);
    // The copy being replaced does not count against its successor.
    check_evict(&[("a", 500, 1), ("b", 500, 2)], "a", 520, &[]);
    check_evict(&[("a", 500, 1), ("b", 500, 2)], "a", 530, &["b"]);
    check_evict(&[("a", 1, 1)], "b", 2000, &["a"]);
}
