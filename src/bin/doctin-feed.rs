//! `doctin-feed check FEED.json…`: what doctin will make of a feed, for the
//! people who publish it. Native only; built with the `cli` feature, so
//! trunk's wasm build never sees it:
//!
//!     cargo run --features cli --bin doctin-feed -- check demo/feed.json
//!
//! Exits with 1 when any feed has an error (something is not shown).

use std::process::ExitCode;

use doctin::core::contract::{check, Level};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(("check", files)) = args.split_first().map(|(command, files)| (command.as_str(), files)) else {
        eprintln!("usage: doctin-feed check FEED.json…");
        return ExitCode::from(2);
    };
    if files.is_empty() {
        eprintln!("usage: doctin-feed check FEED.json…");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in files {
        let text = match std::fs::read(file) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(error) => {
                eprintln!("{file}: cannot read it: {error}");
                failed = true;
                continue;
            }
        };
        let findings = check(&text);
        let errors = findings.iter().filter(|f| f.level == Level::Error).count();
        for finding in &findings {
            println!("{file}: {finding}");
        }
        println!("{file}: {errors} errors, {} warnings", findings.len() - errors);
        failed |= errors > 0;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
