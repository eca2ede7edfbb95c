//! Two of ARCHITECTURE.md's invariants, checked on the sources themselves:
//! the views decide nothing (no `core::select`, no page arithmetic), and
//! every field of the machine's state is assigned only by the file that
//! owns it.

use std::fs;
use std::path::Path;

/// The Rust files of `folder` (relative to the crate), with their text.
fn sources(folder: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| (path.file_name().unwrap().to_string_lossy().into_owned(), fs::read_to_string(&path).expect("a readable file")))
        .collect();
    files.sort();
    files
}

/// Where `text` writes to `self.<path>`, by the path written: an
/// assignment (`=`, `+=`, `|=`…, not `==` or `=>`), or a `&mut` of it
/// handed to `mem::take`, `replace` or `swap`. "pages", "told.viewed".
fn assignments(text: &str) -> Vec<String> {
    const COMPOUND: [&str; 10] = ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "<<=", ">>="];
    let mut found = Vec::new();
    for (at, _) in text.match_indices("self.") {
        let before = text[..at].trim_end();
        let rest = &text[at + "self.".len()..];
        let path: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.').collect();
        let after = rest[path.len()..].trim_start();
        let assigns = (after.starts_with('=') && !after.starts_with("==") && !after.starts_with("=>")) || COMPOUND.iter().any(|op| after.starts_with(op));
        let taken = ["take(&mut", "replace(&mut", "swap(&mut"].iter().any(|call| before.ends_with(call));
        if (assigns || taken) && !path.is_empty() {
            found.push(path);
        }
    }
    found
}

#[track_caller]
fn check_assignments(text: &str, expected: &[&str]) {
    assert_eq!(assignments(text), expected);
}

#[test]
fn assignments_are_found_by_what_they_assign() {
    check_assignments("self.pages = 1;", &["pages"]);
    check_assignments("self.count += 1; self.count -= 1;", &["count", "count"]);
    check_assignments("self.told.viewed = None;", &["told.viewed"]);
    check_assignments("if self.pages == 1 { self.route.clone() }", &[]);
    check_assignments("self.shown.show(feed);", &[]);
    check_assignments("self.flags |= 1; match self.route => x", &["flags"]);
    check_assignments("std::mem::take(&mut self.speech); let ids = &mut self.ids;", &["speech"]);
}

/// The file that owns each part of `Machine`'s state; the other fields
/// are `mod.rs`'s, which also builds the machine (`new` and the builder
/// steps, struct literals no other file may write).
const OWNERS: [(&str, &str); 8] = [
    ("sources", "feeds.rs"),
    ("shown", "shown.rs"),
    ("paging", "paging.rs"),
    ("retries", "retries.rs"),
    ("bodies", "bodies.rs"),
    ("trail", "trail.rs"),
    ("told", "host.rs"),
    ("toolbar", "toolbar.rs"),
];

/// `Machine`'s own fields, read from its definition.
fn machine_fields(module: &str) -> Vec<String> {
    let start = module.find("pub struct Machine {").expect("Machine is defined in mod.rs");
    let body = &module[start..];
    let body = &body[..body.find("\n}").expect("the struct ends")];
    body.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with("//") && line.contains(':'))
        .filter_map(|line| line.split(':').next())
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty() && !name.contains(' '))
        .collect()
}

#[test]
fn every_machine_field_is_assigned_only_by_its_owner() {
    let files = sources("src/core/machine");
    let module = &files.iter().find(|(name, _)| name == "mod.rs").expect("mod.rs").1;
    let fields = machine_fields(module);
    assert!(fields.len() > 10 && fields.contains(&"route".to_string()), "{fields:?}");
    for (file, text) in &files {
        let literals = text.match_indices("Machine {").filter(|(at, _)| !text[..*at].ends_with("impl ") && !text[..*at].ends_with("struct "));
        assert!(file == "mod.rs" || literals.count() == 0, "machine/{file} builds a Machine: only mod.rs does");
        for path in assignments(text) {
            let field = path.split('.').next().unwrap_or_default();
            if !fields.iter().any(|f| f == field) {
                continue; // A part's own field, inside the part's impl.
            }
            let owner = OWNERS.iter().find(|(part, _)| *part == field).map_or("mod.rs", |(_, owner)| owner);
            assert_eq!(file, owner, "self.{path} is assigned in machine/{file}, not by its owner machine/{owner}");
        }
    }
}

#[test]
fn the_views_select_and_count_nothing() {
    for (file, text) in sources("src/views") {
        for forbidden in ["select::", "on_pages", "LATEST_PAGE", ".language.clone().or", ".take(", ".min(", ".max(", "len() -", "saturating_"] {
            assert!(!text.contains(forbidden), "views/{file} uses {forbidden}: that is the machine's screen's to work out");
        }
    }
}
