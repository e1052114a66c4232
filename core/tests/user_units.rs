//! A person's own units: all or nothing, line numbers, no shadowing, no circles.

use unit_core::{Registry, UnitError};

fn load(text: &str) -> Result<(Registry, usize), UnitError> {
    Registry::with_snapshot().with_units("my.units", text)
}

fn refused(text: &str, code: &str, line: u64) -> UnitError {
    let e = match load(text) {
        Ok(_) => panic!("{:?} was accepted", text),
        Err(e) => e,
    };
    assert_eq!((e.kind.as_str(), e.code()), ("definition", code), "{}", e);
    let details = e.details();
    let found = details.iter().find(|(n, _)| *n == "line").map(|(_, d)| d.to_string());
    assert_eq!(found, Some(line.to_string()), "{}", e);
    assert!(e.message.starts_with(&format!("Line {}", line)), "{}", e.message);
    e
}

#[test]
fn short_form_units_convert_like_built_in_ones() {
    let (r, n) = load("# my units\nzorp = 67 in\ncuppa = 350 mL   # the big one\n\nzorp_euro = zorp*EUR\nbeer = 4.5 EUR\n").unwrap();
    assert_eq!(n, 4);
    assert!((r.convert(1.0, "zorp", "m").unwrap() - 1.7018).abs() < 1e-12);
    assert_eq!(r.evaluate("364.4 zorp to m").unwrap().display(), "620.13592 m");
    assert_eq!(r.evaluate("2 cuppa to L").unwrap().display(), "0.7 L");
    assert_eq!(r.evaluate("2 beer to EUR").unwrap().display(), "9 EUR");
    // The category comes from the dimension.
    let length = r.categories.iter().find(|c| c.id == "length").unwrap();
    assert!(length.units.iter().any(|u| r.units[u.unit].symbol == "zorp"));
    // A dimension without a category gets its own.
    let custom = r.categories.iter().find(|c| c.units.iter().any(|u| r.units[u.unit].symbol == "zorp_euro")).unwrap();
    assert!(custom.id.starts_with("custom_"), "{}", custom.id);
}

#[test]
fn the_units_format_works_too() {
    let text = "[category length]\n# id | symbol | singular | plural | aliases | definition | prefixes | source\nmy_zorp | zrp | zorp | zorps | - | 67 in | - | MIT\n";
    let (r, n) = load(text).unwrap();
    assert_eq!(n, 1);
    assert_eq!(r.evaluate("2 zorps to in").unwrap().display(), "134 in");
    refused("[category length]\nx | ft | x | x | - | 1 m | - | s\n", "definition_name_taken", 2);
    refused("[category length]\nx | xx | x | x | - | 1 m\n", "definition_format", 2);
}

#[test]
fn a_bad_line_loads_nothing_and_names_its_line() {
    refused("zorp = 67 in\nthis is not a definition\n", "definition_syntax", 2);
    refused("zorp = 67 in\n\n2x = 3 m\n", "definition_bad_name", 3);
    refused("zorp = 67 in\ncuppa = 350 flurbs\n", "definition_unknown_unit", 2);
    refused("zorp = 67 in\nzero = 0 m\n", "definition_invalid", 2);
    refused("zing = 1 m\nzang = 2 m\nzing = 3 m\n", "definition_duplicate", 3);
    let e = refused("zorp = 67 in\ncuppa = 350 mL +\n", "definition_invalid", 2);
    assert!(e.details().iter().any(|(n, d)| *n == "name" && d.to_string() == "cuppa"));
    // Nothing of a refused file is loaded.
    let r = Registry::with_snapshot();
    assert!(r.with_units("my.units", "zorp = 67 in\nbad line\n").is_err());
    assert!(r.lookup("zorp").is_none());
}

#[test]
fn no_name_of_a_built_in_unit_or_currency_is_shadowed() {
    for (text, name) in [("ft = 1 m", "ft"), ("Foot = 1 m", "Foot"), ("km = 2 m", "km"), ("USD = 1 EUR", "USD"), ("meter = 2 m", "meter")] {
        let e = refused(text, "definition_name_taken", 1);
        assert!(e.details().iter().any(|(n, d)| *n == "name" && d.to_string() == name), "{}", e);
    }
}

#[test]
fn definitions_in_a_circle_are_refused() {
    refused("pung = 2 pong\npong = 3 pung\n", "definition_cycle", 1);
    refused("zing = 1 m\nloopy = 2 loopy\n", "definition_cycle", 2);
    let e = refused("pip = 2 pop\npop = 2 pap\npap = 2 pip\n", "definition_cycle", 1);
    assert!(e.message.contains("refers back"), "{}", e.message);
    // Definitions may refer forward without a circle.
    let (r, _) = load("biggy = 2 smally\nsmally = 3 m\n").unwrap();
    assert_eq!(r.convert(1.0, "biggy", "m").unwrap(), 6.0);
}

#[test]
fn reloading_a_file_replaces_it_and_other_files_stay() {
    let (r, _) = load("zorp = 67 in\n").unwrap();
    let (r, _) = r.with_units("other.units", "cuppa = 350 mL\n").unwrap();
    // The same file again: its own names are not "taken".
    let (r, n) = r.with_units("my.units", "zorp = 68 in\nzorplong = 2 zorp\n").unwrap();
    assert_eq!(n, 2);
    assert!((r.convert(1.0, "zorp", "in").unwrap() - 68.0).abs() < 1e-12);
    assert!(r.lookup("cuppa").is_some());
    // Another file may not take its names.
    let e = r.with_units("third.units", "zorp = 1 m\n").err().unwrap();
    assert_eq!(e.code(), "definition_name_taken");
    // Checking does not load.
    assert_eq!(r.check_units("my.units", "zorp = 1 m\nfoozle = 2 zorp\n").unwrap(), 2);
    assert!(r.lookup("foozle").is_none());
    let r = r.without_units("my.units").unwrap();
    assert!(r.lookup("zorp").is_none() && r.lookup("cuppa").is_some());
    // New rates keep the person's units.
    let r = r.with_rates(unit_core::ExchangeRates::snapshot()).unwrap();
    assert!(r.lookup("cuppa").is_some());
}

/// A person's file may name units in a language of its own; the table reads a language
/// only when it is asked for, so these words are checked while the file loads.
#[test]
fn a_language_block_in_a_persons_file_is_checked_as_it_loads() {
    let unit = "[category length]\nmy_zorp | zrp | zorp | zorps | - | 67 in | - | MIT\n";
    let good = format!("{}[language xx]\nkeywords: zu\nmy_zorp | Zorpa | Zorpen |\nfoot | Fussa | |\n", unit);
    let (r, _) = load(&good).unwrap();
    let options = unit_core::Options { lang: Some("xx"), ..unit_core::Options::default() };
    assert_eq!(r.evaluate_with("2 Zorpen zu zrp", &options).unwrap().display(), "2 zrp");
    assert_eq!(r.evaluate_with("1 Fussa zu in", &options).unwrap().display(), "12 in");
    // A unit that does not exist, on the line that names it.
    refused(&format!("{}[language xx]\nkeywords: zu\nnot_a_unit | Nichts | |\n", unit), "definition_format", 5);
    // A line that is not a name line.
    refused(&format!("{}[language xx]\nkeywords: zu\nmy_zorp | Zorpa\n", unit), "definition_format", 5);
    // One form for two units.
    assert!(load(&format!("{}[language xx]\nmy_zorp | Zorpa | |\nfoot | Zorpa | |\n", unit)).is_err());
}
