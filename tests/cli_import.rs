//! `doctin-feed import`, run as a webmaster runs it: from files and from a
//! real HTTP server on loopback (with a redirect, a failure and a page
//! that is not a feed), with `--merge` growing an archive, and ids that
//! stay the same from one run to the next.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_doctin-feed");

/// Runs the command; its exit success, standard output and error.
fn run(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(BIN).args(args).output().expect("the command runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn items(json: &str) -> Vec<serde_json::Value> {
    let feed: serde_json::Value = serde_json::from_str(json).expect("JSON");
    feed["items"].as_array().expect("items").clone()
}

fn dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("doctin-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_fixture_imports_into_a_feed_that_check_accepts() {
    let dir = dir();
    for entry in std::fs::read_dir("tests/data/rss").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let out = dir.join(path.file_name().unwrap()).with_extension("json");
        let (ok, _, err) = run(&["import", path.to_str().unwrap(), "--out", out.to_str().unwrap()]);
        assert!(ok, "{}: {err}", path.display());
        let (ok, said, _) = run(&["check", out.to_str().unwrap()]);
        assert!(ok && said.contains(" 0 errors"), "{}: {said}", path.display());
        // …and splits into the paged layout, whose first page checks too.
        let pages = out.with_extension("");
        let (ok, said, err) = run(&["split", out.to_str().unwrap(), pages.to_str().unwrap(), "--per-page", "10"]);
        assert!(ok && said.contains(" 0 errors"), "{}: {said} {err}", path.display());
        // Stable ids: a second import is the same feed.
        let (_, again, _) = run(&["import", path.to_str().unwrap()]);
        assert_eq!(again.trim_end(), std::fs::read_to_string(&out).unwrap().trim_end(), "{}", path.display());
    }
}

#[test]
fn merge_keeps_items_that_left_the_source_newest_first() {
    let dir = dir();
    let archive = dir.join("archive.json");
    let _ = std::fs::remove_file(&archive);
    let archive = archive.to_str().unwrap();
    // The first run of a scheduled import: nothing to merge with yet.
    let (ok, _, err) = run(&["import", "tests/data/rss/vi-vnexpress-tin-moi-nhat-2017-browsercopy.xml", "--merge", archive, "--out", archive]);
    assert!(ok, "{err}");
    let (ok, _, err) = run(&["import", "tests/data/rss/vi-vnexpress-tin-moi-nhat-2019-02-18.xml", "--merge", archive, "--out", archive]);
    assert!(ok, "{err}");
    let merged = items(&std::fs::read_to_string(archive).unwrap());
    assert_eq!(merged.len(), 50);
    let dates: Vec<&str> = merged.iter().map(|i| i["date_published"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    assert!(dates[0].starts_with("2019-02-18") && dates[49].starts_with("2017-02-18"));
    // Merging the same source again adds nothing.
    let (ok, _, _) = run(&["import", "tests/data/rss/vi-vnexpress-tin-moi-nhat-2019-02-18.xml", "--merge", archive, "--out", archive]);
    assert!(ok);
    assert_eq!(items(&std::fs::read_to_string(archive).unwrap()).len(), 50);
}

/// A server on loopback answering each request with the next of
/// `answers` (status line, content type, body).
fn serve(answers: Vec<(&'static str, &'static str, Vec<u8>)>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let location = format!("{base}/rss/feed.xml");
    std::thread::spawn(move || {
        for ((status, kind, body), stream) in answers.into_iter().zip(listener.incoming()) {
            let mut stream = stream.unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let head = format!("HTTP/1.1 {status}\r\ncontent-type: {kind}\r\nlocation: {location}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
        }
    });
    base
}

#[test]
fn imports_from_a_url_following_redirects_and_says_what_failed() {
    let rss = std::fs::read("tests/data/rss/vi-vnexpress-tin-moi-nhat-2019-02-18.xml").unwrap();
    let base = serve(vec![("301 Moved Permanently", "text/html", Vec::new()), ("200 OK", "text/html", rss)]);
    let (ok, json, err) = run(&["import", &format!("{base}/rss/old.rss")]);
    assert!(ok, "{err}");
    assert_eq!(items(&json).len(), 25);

    let base = serve(vec![("503 Service Unavailable", "text/plain", b"busy".to_vec())]);
    let (ok, _, err) = run(&["import", &format!("{base}/rss/feed.xml")]);
    assert!(!ok);
    assert!(err.contains("the server answered HTTP 503"), "{err}");

    let base = serve(vec![("200 OK", "text/html", b"<!DOCTYPE html><html><body>Cookie?</body></html>".to_vec())]);
    let (ok, _, err) = run(&["import", &format!("{base}/rss/feed.xml")]);
    assert!(!ok);
    assert!(err.contains("the server sent an HTML page"), "{err}");

    let (ok, _, err) = run(&["import", "http://127.0.0.1:9/khong-co.rss"]);
    assert!(!ok && err.contains("cannot fetch it"), "{err}");
}
