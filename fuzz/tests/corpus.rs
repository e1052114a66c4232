//! The fuzz targets' properties, replayed without afl: every committed corpus input, and
//! every pair of listed units of each category at a few telling values. A failure lists
//! every input that breaks a property, so one run shows all of them.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use unit_core::Registry;
use unit_core_fuzz::{check_conversion, check_phrase, encode_conversion};

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {}", dir.display(), e))
        .map(|entry| entry.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

/// Runs `check` on each input; a panic counts as a broken property.
fn failures<'a>(inputs: impl Iterator<Item = (String, Vec<u8>)>, check: fn(&[u8]) -> Result<(), String>) -> (usize, Vec<String>) {
    let mut count = 0;
    let mut failed = Vec::new();
    for (name, data) in inputs {
        count += 1;
        match catch_unwind(AssertUnwindSafe(|| check(&data))) {
            Ok(Ok(())) => {}
            Ok(Err(violation)) => failed.push(format!("{}: {}", name, violation)),
            Err(_) => failed.push(format!("{}: panicked", name)),
        }
    }
    (count, failed)
}

fn replay(target: &str, check: fn(&[u8]) -> Result<(), String>, minimum: usize) {
    let files = corpus(target);
    let inputs = files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap()));
    let (count, failed) = failures(inputs, check);
    assert!(count >= minimum, "the {} corpus has {} inputs, expected at least {}", target, count, minimum);
    assert!(failed.is_empty(), "{} of {} {} corpus inputs break a property:\n{}", failed.len(), count, target, failed.join("\n"));
}

#[test]
fn phrase_corpus_keeps_its_properties() {
    replay("phrase", check_phrase, 30);
}

#[test]
fn conversion_corpus_keeps_its_properties() {
    replay("conversion", check_conversion, 20);
}

/// Values at the edges: zero, tiny and huge magnitudes, below absolute zero on every
/// temperature scale, and everyday ones.
const VALUES: &[f64] = &[0.0, 98.6, -40.0, -500.0, 1e-300, 2.2250738585072014e-308, 1e300, 1e308, 123456789.125];

#[test]
fn every_listed_pair_keeps_the_properties() {
    let r = Registry::builtin();
    let mut inputs = Vec::new();
    for c in &r.categories {
        for a in &c.units {
            for b in &c.units {
                let (ea, eb) = (r.entry(*a), r.entry(*b));
                for &x in VALUES {
                    let data = encode_conversion(&r, x, &c.id, &ea.id, &eb.id).expect("a listed unit encodes");
                    inputs.push((format!("{:?} {} -> {}", x, ea.id, eb.id), data));
                }
            }
        }
    }
    let (count, failed) = failures(inputs.into_iter(), check_conversion);
    assert!(failed.is_empty(), "{} of {} listed conversions break a property:\n{}", failed.len(), count, failed.join("\n"));
}
