//! The unit data files (`core/units/*.units`): every file is embedded, the registry loads
//! with enough breadth, every unit belongs to one category, converts to the category's
//! base unit and back, and is found again by its own symbol and names.

use std::collections::BTreeSet;
use std::path::PathBuf;

mod common;
use common::Rng;
use unit_core::{Conversion, Registry};

fn units_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("units")
}

/// Names of the `*.units` files on disk.
fn files_on_disk() -> BTreeSet<String> {
    let mut files: BTreeSet<String> = std::fs::read_dir(units_dir())
        .expect("core/units is readable")
        .map(|e| e.expect("directory entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".units"))
        .collect();
    // The languages' names, in core/units/lang/.
    files.extend(
        std::fs::read_dir(units_dir().join("lang"))
            .expect("core/units/lang is readable")
            .map(|e| format!("lang/{}", e.expect("directory entry").file_name().to_string_lossy()))
            .filter(|name| name.ends_with(".names")),
    );
    files
}

/// Random values for round trips.
trait Values {
    fn value(&mut self) -> f64;
}

impl Values for Rng {
    /// A value spread over many magnitudes, positive and negative: m × 10^e.
    fn value(&mut self) -> f64 {
        let mantissa = (self.next() >> 11) as f64 / (1u64 << 53) as f64 + 0.5;
        let exponent = (self.next() % 25) as i32 - 12;
        let sign = if self.next() & 1 == 0 { 1.0 } else { -1.0 };
        sign * mantissa * 10f64.powi(exponent)
    }
}

fn ulp(x: f64) -> f64 {
    let x = x.abs();
    f64::from_bits(x.to_bits() + 1) - x
}

/// `(category id, common names)` read from the `common:` lines of every data file.
fn common_lists() -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for name in files_on_disk() {
        let text = std::fs::read_to_string(units_dir().join(&name)).expect("data file is readable");
        let mut category = String::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            if let Some(id) = line.strip_prefix("[category ").and_then(|s| s.strip_suffix(']')) {
                category = id.trim().to_string();
            } else if let Some(list) = line.strip_prefix("common:") {
                out.push((category.clone(), list.split_whitespace().map(str::to_string).collect()));
            }
        }
    }
    out
}

#[test]
fn every_data_file_is_embedded() {
    let embedded: BTreeSet<String> = unit_core::builtin_file_names().into_iter().map(str::to_string).collect();
    let on_disk = files_on_disk();
    let missing: Vec<&String> = on_disk.difference(&embedded).collect();
    let stale: Vec<&String> = embedded.difference(&on_disk).collect();
    assert!(missing.is_empty(), "add these files to core/src/builtin.rs: {:?}", missing);
    assert!(stale.is_empty(), "core/src/builtin.rs lists files that are not in core/units: {:?}", stale);
}

#[test]
fn registry_is_broad() {
    let r = Registry::builtin();
    println!(
        "{} units, {} categories, {} data files",
        r.units.len(),
        r.categories.len(),
        unit_core::builtin_file_names().len()
    );
    assert!(r.units.len() >= 1000, "only {} units", r.units.len());
    assert!(r.categories.len() >= 50, "only {} categories", r.categories.len());
    let ids: BTreeSet<&str> = r.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), r.categories.len(), "category ids must be unique");
    for c in &r.categories {
        assert!(!c.name.is_empty(), "category {} has no name", c.id);
        assert!(!c.units.is_empty(), "category {} has no units", c.id);
    }
}

#[test]
fn every_unit_is_listed_in_exactly_one_category() {
    let r = Registry::builtin();
    for (i, u) in r.units.iter().enumerate() {
        let listed: Vec<&str> = r
            .categories
            .iter()
            .filter(|c| c.units.iter().any(|e| e.unit == i && e.prefix.is_none()))
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(listed, vec![r.categories[u.category].id.as_str()], "unit {} is listed in {:?}", u.id, listed);
        for c in &r.categories {
            let times = c.units.iter().filter(|e| e.unit == i && e.prefix.is_none()).count();
            assert!(times <= 1, "unit {} is listed {} times in {}", u.id, times, c.id);
        }
        assert!(!u.source.is_empty() && u.source != "-", "unit {} has no source note", u.id);
    }
}

#[test]
fn every_unit_is_found_by_its_symbol_and_names() {
    let r = Registry::builtin();
    for (i, u) in r.units.iter().enumerate() {
        for name in [&u.symbol, &u.singular, &u.plural].iter().copied().chain(u.aliases.iter()) {
            match r.lookup(name) {
                Some(found) => assert!(
                    found.unit == i && found.prefix.is_none(),
                    "{:?} (of {}) finds {}",
                    name,
                    u.id,
                    r.units[found.unit].id
                ),
                None => panic!("{:?} (of {}) is not found", name, u.id),
            }
        }
    }
}

#[test]
fn common_entries_resolve_within_their_category() {
    let r = Registry::builtin();
    let lists = common_lists();
    for c in &r.categories {
        let list = lists.iter().find(|(id, _)| *id == c.id);
        let (_, names) = list.unwrap_or_else(|| panic!("category {} has no common: list", c.id));
        assert!(!names.is_empty(), "category {} has an empty common: list", c.id);
        for name in names {
            let found = r.lookup(name).unwrap_or_else(|| panic!("common {:?} of {} is not found", name, c.id));
            assert_eq!(r.categories[r.units[found.unit].category].id, c.id, "common {:?} is not in {}", name, c.id);
            assert!(c.units.contains(&found), "common {:?} is not listed in {}", name, c.id);
        }
    }
}

#[test]
fn every_unit_round_trips_through_its_base_unit() {
    let r = Registry::builtin();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let mut linear_checked = 0;
    let mut two_ulp = 0;
    for u in &r.units {
        let base = r.categories[u.category].base.as_str();
        let there = r.conversion(&u.symbol, base).unwrap_or_else(|e| panic!("{} -> {}: {}", u.symbol, base, e));
        let back = r.conversion(base, &u.symbol).unwrap_or_else(|e| panic!("{} -> {}: {}", base, u.symbol, e));
        for _ in 0..50 {
            let x = rng.value();
            let y = back.apply(there.apply(x));
            match (there, back) {
                // Each factor is the correctly rounded exact ratio (one rounding), and
                // each multiply rounds once more: four half-ulp steps in all, so a
                // round trip can be 2 ulp off even when each direction is within 1 ulp
                // of the exact result (tests/exactness.rs checks one direction).
                (Conversion::Linear { .. }, Conversion::Linear { .. }) => {
                    if (y - x).abs() > ulp(x) {
                        two_ulp += 1;
                    }
                    assert!(
                        (y - x).abs() <= 2.0 * ulp(x),
                        "{} {} -> {} -> back gives {:e} ({} ulp)",
                        x,
                        u.symbol,
                        base,
                        y,
                        (y - x).abs() / ulp(x)
                    );
                    linear_checked += 1;
                }
                // Offsets (temperatures) and reciprocals (fuel economy) add a rounding
                // step or two; they still come back to within a few parts in 10^15.
                _ => assert!((y - x).abs() <= 1e-12 * x.abs().max(1.0), "{} {} -> {} -> back gives {:e}", x, u.symbol, base, y),
            }
        }
    }
    assert!(linear_checked > 40_000, "only {} linear round trips", linear_checked);
    // Most round trips are exact or 1 ulp off; a 2-ulp trip is the rare worst case.
    assert!(two_ulp * 50 < linear_checked, "{} of {} round trips were 2 ulp off", two_ulp, linear_checked);
    println!("{} linear round trips, {} of them 2 ulp off", linear_checked, two_ulp);
}
