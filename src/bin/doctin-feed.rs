//! `doctin-feed`: tools for the people who publish feeds. Native only;
//! built with the `cli` feature, so trunk's wasm build never sees it.
//!
//!     cargo run --features cli --bin doctin-feed -- check demo/feed.json
//!     cargo run --features cli --bin doctin-feed -- split archive.json out/ --per-page 50
//!
//! `check FEED.json…` says what doctin will make of each feed, and exits
//! with 1 when any has an error (something is not shown). `split` writes
//! the paged layout of one large feed (see `core::split`), then checks
//! its first page.

use std::path::Path;
use std::process::ExitCode;

use doctin::core::config::Lang;
use doctin::core::contract::{check, Level};
use doctin::core::ui::{self, LoadError};
use doctin::core::split::{split, FIRST_PAGE};

const USAGE: &str = "usage: doctin-feed check FEED.json…\n       doctin-feed split FEED.json OUT_DIR [--per-page N]";

/// Items per index page unless told: the first page of a 20 000-item
/// archive stays near the size of a small feed.
const PER_PAGE: usize = 50;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["check", files @ ..] if !files.is_empty() => check_files(files),
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
        let text = match read(file) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("{message}");
                failed = true;
                continue;
            }
        };
        failed |= report(file, &text);
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
            let why = ui::message(Lang::En, ui::What::Feed, &LoadError::Feed(error), false);
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
