//! Phrases as people type them (`tests/vectors/phrases/*.tsv`, format in
//! `tests/vectors/README.md`), through `Registry::evaluate`: the value in the phrase's
//! target unit within a relative 1e-9, or the error code. The Python and JavaScript tests
//! read the same files. Every failing phrase is reported at once, so the gap is seen whole.
//!
//! Rows for the UK customary system (`uk` in the third column) run with
//! `Registry::evaluate_with` and `Customary::Uk`.

use std::path::PathBuf;

use unit_core::{Customary, Options, Registry};

const REL_TOL: f64 = 1e-9;
/// For expected values of 0 (`32 F to C`).
const ABS_TOL: f64 = 1e-12;

struct Row {
    place: String,
    phrase: String,
    expected: String,
    customary: String,
    kind: String,
}

fn phrases_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("tests").join("vectors").join("phrases")
}

fn read_rows() -> Vec<Row> {
    let mut names: Vec<String> = std::fs::read_dir(phrases_dir())
        .expect("tests/vectors/phrases is readable")
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tsv"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(phrases_dir().join(&name)).expect("phrase file is readable");
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "{}:{}: expected 5 TAB-separated columns", name, index + 1);
            assert!(cols[2] == "us" || cols[2] == "uk", "{}:{}: customary is {:?}", name, index + 1, cols[2]);
            out.push(Row {
                place: format!("{}:{}", name, index + 1),
                phrase: cols[0].to_string(),
                expected: cols[1].to_string(),
                customary: cols[2].to_string(),
                kind: cols[4].to_string(),
            });
        }
    }
    out
}

/// `None` if the phrase gives what the row expects, else what it gave.
fn check(r: &Registry, row: &Row) -> Option<String> {
    let customary = if row.customary == "uk" { Customary::Uk } else { Customary::Us };
    match r.evaluate_with(&row.phrase, &Options { customary, ..Options::default() }) {
        Err(e) => {
            if row.expected == format!("error:{}", e.code()) {
                None
            } else {
                Some(format!("error {}: {}", e.code(), e))
            }
        }
        Ok(q) => {
            if row.expected.starts_with("error:") {
                return Some(format!("{} {} ({}), not refused", q.value, q.unit, q.interpretation));
            }
            let want: f64 = row.expected.parse().unwrap_or_else(|_| panic!("{}: {:?} is not a number", row.place, row.expected));
            let diff = (q.value - want).abs();
            if diff <= REL_TOL * want.abs() || diff <= ABS_TOL {
                None
            } else {
                Some(format!("{:?} {} ({})", q.value, q.unit, q.interpretation))
            }
        }
    }
}

#[test]
fn the_corpus_is_there() {
    let rows = read_rows();
    assert!(rows.len() >= 200, "only {} phrases", rows.len());
    for kind in ["recipe", "DIY", "travel", "fitness", "weather", "car", "computing"] {
        assert!(rows.iter().any(|r| r.kind == kind), "no {} phrases", kind);
    }
    assert!(rows.iter().any(|r| r.expected.starts_with("error:")), "no refusals");
}

fn run(customary: &str, at_least: usize) {
    let r = Registry::with_snapshot();
    let mut failures = Vec::new();
    let mut checked = 0;
    for row in read_rows().iter().filter(|row| row.customary == customary) {
        checked += 1;
        if let Some(got) = check(&r, row) {
            failures.push(format!("{} [{}] {:?}: got {}; expected {}", row.place, row.kind, row.phrase, got, row.expected));
        }
    }
    assert!(checked >= at_least, "only {} {} phrases", checked, customary);
    assert!(failures.is_empty(), "{} of {} phrases fail:\n{}", failures.len(), checked, failures.join("\n"));
}

#[test]
fn phrases_with_us_customary() {
    run("us", 200);
}

#[test]
fn phrases_with_uk_customary() {
    run("uk", 10);
}
