//! `doctin-feed`: tools for the people who publish feeds. Native only;
//! built with the `cli` feature, so trunk's wasm build never sees it.
//!
//!     cargo run --features cli --bin doctin-feed -- check demo/feed.json
//!     cargo run --features cli --bin doctin-feed -- split archive.json out/ --per-page 50
//!     cargo run --features cli --bin doctin-feed -- import https://tinh.vn/rss/tin-moi.rss --merge tin.json --out tin.json
//!
//! `check FEED…` says what doctin will make of each feed (JSON Feed, RSS or
//! Atom), and exits with 1 when any has an error (something is not shown).
//! `split` writes the paged layout of one large feed (see `core::split`),
//! then checks its first page. `import` turns RSS, Atom or JSON Feed, from
//! a file or an http(s) URL, into doctin's JSON Feed with the reader's own
//! mapping (`core::syndication`); `--merge` keeps the items of an earlier
//! import that have left the source, so a scheduled import builds an
//! archive.

use std::path::Path;
use std::process::ExitCode;

use doctin::core::config::Lang;
use doctin::core::contract::{check, Level};
use doctin::core::model::Body;
use doctin::core::xml::looks_like_xml;
use doctin::core::{normalize, time};
use doctin::native;
use doctin::core::load::{LoadError, Target};
use doctin::core::ui;
use doctin::core::split::{split, FIRST_PAGE};

const USAGE: &str = "usage: doctin-feed check FEED…\n       doctin-feed split FEED.json OUT_DIR [--per-page N]\n       doctin-feed import FILE|URL [--merge EXISTING.json] [--out FILE]";

/// How long `import` waits for a feed server, in all.
const TIMEOUT_SECONDS: u64 = 30;

/// Items per index page unless told: the first page of a 20 000-item
/// archive stays near the size of a small feed.
const PER_PAGE: usize = 50;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["check", files @ ..] if !files.is_empty() => check_files(files),
        ["import", source, options @ ..] => match import_options(options) {
            Ok((merge, out)) => import(source, merge, out),
            Err(problem) => usage(&problem),
        },
        ["split", feed, out] => split_feed(feed, out, PER_PAGE),
        ["split", feed, out, "--per-page", n] => match n.parse::<usize>() {
            Ok(n) if n > 0 => split_feed(feed, out, n),
            _ => usage(&format!("--per-page takes a whole number above 0, not \"{n}\"")),
        },
        _ => usage(""),
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("{problem}");
    }
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

fn read(file: &str) -> Result<String, String> {
    std::fs::read(file).map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).map_err(|error| format!("{file}: cannot read it: {error}"))
}

fn check_files(files: &[&str]) -> ExitCode {
    let mut failed = false;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{file}: cannot read it: {error}");
                failed = true;
                continue;
            }
        };
        // RSS and Atom are checked as the JSON Feed the reader makes of
        // them, and each item is shown as it becomes one.
        let text = String::from_utf8_lossy(&bytes);
        if !looks_like_xml(&text) {
            failed |= report(file, &text);
            continue;
        }
        match native::to_json(&bytes, file) {
            Ok(json) => {
                describe(file, &json);
                failed |= report(file, &json);
            }
            Err(error) => {
                let why = ui::message(Lang::En, Target::Feed, &LoadError::Feed(error), false);
                println!("{file}: error: {why}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Prints the findings for one feed; whether it has errors.
fn report(file: &str, text: &str) -> bool {
    let findings = check(text);
    let errors = findings.iter().filter(|f| f.level == Level::Error).count();
    for finding in &findings {
        println!("{file}: {finding}");
    }
    println!("{file}: {errors} errors, {} warnings", findings.len() - errors);
    errors > 0
}

/// One line per item of an RSS or Atom feed: what the reader shows of it.
fn describe(file: &str, json: &str) {
    let Ok(feed) = normalize::parse(json) else { return };
    for item in &feed.items {
        let date = item.date().map(time::date_time).unwrap_or_else(|| "no date".into());
        let body = match &item.body {
            Body::Html(_) | Body::Text(_) => "a body",
            _ => "no body",
        };
        let image = if item.image.is_some() { "a photo" } else { "no photo" };
        let lead = if item.summary.is_some() { "a lead" } else { "no lead" };
        println!("{file}: item \"{}\": \"{}\", {date}; {lead}, {image}, {body}", item.id, item.title);
    }
}

/// `--merge FILE` and `--out FILE`, in any order.
fn import_options<'a>(options: &[&'a str]) -> Result<(Option<&'a str>, Option<&'a str>), String> {
    let (mut merge, mut out) = (None, None);
    let mut rest = options.iter();
    while let Some(option) = rest.next() {
        let value = rest.next().copied().ok_or_else(|| format!("{option} takes a file name"))?;
        match *option {
            "--merge" => merge = Some(value),
            "--out" => out = Some(value),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok((merge, out))
}

/// The bytes at `source`: an http(s) URL (redirects followed, within
/// `TIMEOUT_SECONDS`) or a file.
fn fetch(source: &str) -> Result<Vec<u8>, String> {
    if !(source.starts_with("http://") || source.starts_with("https://")) {
        return std::fs::read(source).map_err(|error| format!("{source}: cannot read it: {error}"));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(std::time::Duration::from_secs(TIMEOUT_SECONDS)))
        .build()
        .into();
    let response = agent.get(source).call().map_err(|error| match error {
        ureq::Error::StatusCode(status) => format!("{source}: the server answered HTTP {status}"),
        ureq::Error::Timeout(_) => format!("{source}: no complete answer within {TIMEOUT_SECONDS} seconds"),
        other => format!("{source}: cannot fetch it: {other}"),
    })?;
    response.into_body().with_config().limit(64 * 1024 * 1024).read_to_vec().map_err(|error| format!("{source}: the answer broke off: {error}"))
}

fn import(source: &str, merge: Option<&str>, out: Option<&str>) -> ExitCode {
    let fail = |message: String| {
        eprintln!("{message}");
        ExitCode::FAILURE
    };
    let bytes = match fetch(source) {
        Ok(bytes) => bytes,
        Err(message) => return fail(message),
    };
    let json = match native::to_json(&bytes, source) {
        Ok(json) => json,
        Err(error) => return fail(format!("{source}: {}", ui::message(Lang::En, Target::Feed, &LoadError::Feed(error), false))),
    };
    // The first run of a scheduled import has no archive yet: nothing to
    // merge with.
    let json = match merge.map(|existing| (existing, std::fs::read_to_string(existing))) {
        Some((existing, Ok(old))) => match merged(&json, &old) {
            Ok(json) => json,
            Err(error) => return fail(format!("{existing}: cannot merge with it: {error}")),
        },
        Some((_, Err(error))) if error.kind() == std::io::ErrorKind::NotFound => json,
        Some((existing, Err(error))) => return fail(format!("{existing}: cannot read it: {error}")),
        None => json,
    };
    match out {
        Some(file) => match write_whole(file, &json) {
            Ok(()) => {
                println!("{file}: written from {source}");
                ExitCode::SUCCESS
            }
            Err(error) => fail(format!("{file}: cannot write it: {error}")),
        },
        None => {
            println!("{json}");
            ExitCode::SUCCESS
        }
    }
}

/// Writes `text` to `file` whole or not at all: into a file beside it, then
/// renamed over it, so a failed write never leaves half an archive and a
/// web server never serves half a feed.
fn write_whole(file: &str, text: &str) -> std::io::Result<()> {
    let partial = format!("{file}.partial");
    std::fs::write(&partial, text)?;
    std::fs::rename(&partial, file)
}

/// The fresh import `fresh` with the items of `old` it no longer has, newest
/// first (undated last): RSS carries only the latest items, so an archive
/// grows one import at a time. An id in both keeps its fresh version.
fn merged(fresh: &str, old: &str) -> Result<String, String> {
    let mut feed: serde_json::Value = serde_json::from_str(fresh).map_err(|e| e.to_string())?;
    let old: serde_json::Value = serde_json::from_str(old).map_err(|e| e.to_string())?;
    let id = |item: &serde_json::Value| item.get("id").and_then(serde_json::Value::as_str).map(str::to_string);
    let date = |item: &serde_json::Value| item.get("date_published").and_then(serde_json::Value::as_str).and_then(time::parse);
    let Some(items) = feed.get_mut("items").and_then(serde_json::Value::as_array_mut) else {
        return Err("the fresh import has no items".into());
    };
    let known: Vec<String> = items.iter().filter_map(id).collect();
    let kept = old.get("items").and_then(serde_json::Value::as_array).ok_or("it is not a JSON Feed")?;
    items.extend(kept.iter().filter(|item| id(item).is_some_and(|i| !known.contains(&i))).cloned());
    items.sort_by(|a, b| match (date(a), date(b)) {
        (Some(a), Some(b)) => b.cmp(&a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    serde_json::to_string_pretty(&feed).map_err(|e| e.to_string())
}

fn split_feed(feed: &str, out: &str, per_page: usize) -> ExitCode {
    let text = match read(feed) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let files = match split(&text, per_page) {
        Ok(files) => files,
        Err(error) => {
            let why = ui::message(Lang::En, Target::Feed, &LoadError::Feed(error), false);
            eprintln!("{feed}: cannot split it. {why}");
            return ExitCode::FAILURE;
        }
    };
    let out = Path::new(out);
    for file in &files {
        let path = out.join(&file.path);
        let written = path.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&path, &file.text));
        if let Err(error) = written {
            eprintln!("{}: cannot write it: {error}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let pages = files.iter().filter(|f| !f.path.starts_with("bai/")).count();
    let bodies = files.len() - pages;
    let first = out.join(FIRST_PAGE);
    println!("{}: {pages} pages of up to {per_page} items, {bodies} bodies in {}", first.display(), out.join("bai").display());
    if report(&first.display().to_string(), &files[0].text) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
