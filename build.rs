//! Minifies the widget's stylesheet, which `web::shadow` compiles into the
//! wasm: comments and layout whitespace are bytes every reader downloads.
//! Only safe rewrites are made: comments go, runs of whitespace become one
//! space, and spaces next to `{ } ; , :` and `>` go.

use std::{env, fs, path::Path};

fn main() {
    let source = "style/doctin.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source).expect("style/doctin.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("doctin.min.css");
    fs::write(out, minify(&css)).expect("OUT_DIR is writable");
}

fn minify(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    without_comments.push_str(rest);
    let collapsed = without_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: Option<&char>| matches!(c, Some('{' | '}' | ';' | ',' | '>'));
        // A space stays only between two word characters; around
        // punctuation it carries no meaning. `:` is kept spaced before,
        // since "a :hover" and "a:hover" differ.
        if c == ' ' && (tight(chars.get(i + 1)) || tight(i.checked_sub(1).and_then(|j| chars.get(j))) || chars.get(i.wrapping_sub(1)) == Some(&':')) {
            continue;
        }
        out.push(c);
    }
    out.replace(";}", "}")
}
