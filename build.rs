//! The widget's stylesheet, which `web::shadow` compiles into the wasm.
//! A release build for the browser minifies it with esbuild, the same tool
//! the post-build hook runs on the JS glue (`npm ci` in `tests/`, which
//! `scripts/setup` runs, installs it): comments and layout white space are
//! bytes every reader downloads. Every other build takes it as written.

use std::{env, fs, path::Path, process::Command};

fn main() {
    let source = "style/doctin.css";
    println!("cargo:rerun-if-changed={source}");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("doctin.css");
    let release = env::var("PROFILE").as_deref() == Ok("release");
    let wasm = env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if !(release && wasm) {
        fs::copy(source, &out).expect("style/doctin.css is readable and OUT_DIR writable");
        return;
    }
    let esbuild = Path::new("tests/node_modules/.bin/esbuild");
    println!("cargo:rerun-if-changed={}", esbuild.display());
    let outfile = format!("--outfile={}", out.display());
    match Command::new(esbuild).args([source, "--minify", "--log-level=warning", &outfile]).status() {
        Ok(status) if status.success() => {}
        Ok(status) => panic!("esbuild could not minify {source} ({status})"),
        Err(error) => panic!(
            "a release build minifies {source} with {} ({error}): run `npm ci` in tests/ (scripts/setup does)",
            esbuild.display()
        ),
    }
}
