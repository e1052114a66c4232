//! The shared conversion vectors in `tests/vectors/*.tsv` (format in
//! `tests/vectors/README.md`): `exact.tsv` must match bit for bit, every other file
//! within a relative 1e-12.

use std::path::PathBuf;

use unit_core::Registry;

struct Vector {
    file: String,
    line: usize,
    value: f64,
    from: String,
    to: String,
    expected: f64,
}

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("tests").join("vectors")
}

fn read_vectors() -> Vec<Vector> {
    let mut names: Vec<String> = std::fs::read_dir(vectors_dir())
        .expect("tests/vectors is readable")
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tsv"))
        .collect();
    names.sort();
    assert!(names.iter().any(|n| n == "exact.tsv"), "tests/vectors/exact.tsv is missing");
    let mut out = Vec::new();
    for name in names {
        let text = std::fs::read_to_string(vectors_dir().join(&name)).expect("vector file is readable");
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "{}:{}: expected 5 TAB-separated columns", name, index + 1);
            let number = |text: &str| -> f64 {
                text.trim().parse().unwrap_or_else(|_| panic!("{}:{}: {:?} is not a number", name, index + 1, text))
            };
            out.push(Vector {
                file: name.clone(),
                line: index + 1,
                value: number(cols[0]),
                from: cols[1].to_string(),
                to: cols[2].to_string(),
                expected: number(cols[3]),
            });
        }
    }
    out
}

#[test]
fn every_vector_converts_as_expected() {
    let r = Registry::builtin();
    let vectors = read_vectors();
    assert!(vectors.len() >= 300, "only {} vectors", vectors.len());
    let mut failures = Vec::new();
    for v in &vectors {
        let got = match r.convert(v.value, &v.from, &v.to) {
            Ok(x) => x,
            Err(e) => {
                failures.push(format!("{}:{}: {} {} -> {}: {}", v.file, v.line, v.value, v.from, v.to, e));
                continue;
            }
        };
        let ok = if v.file == "exact.tsv" {
            got == v.expected
        } else {
            (got - v.expected).abs() <= 1e-12 * v.expected.abs()
        };
        if !ok {
            failures.push(format!(
                "{}:{}: {} {} -> {}: got {:.17e}, expected {:.17e}",
                v.file, v.line, v.value, v.from, v.to, got, v.expected
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} vectors failed:\n{}", failures.len(), vectors.len(), failures.join("\n"));
}
