//! The engine: one shared built-in registry, unit expressions, and the unit search that
//! also finds units of the size an expression names.

use std::sync::Arc;

use unit_core::Registry;

#[test]
fn the_builtin_registry_is_built_once() {
    let a = Registry::builtin();
    let b = Registry::builtin();
    assert!(Arc::ptr_eq(&a, &b));
    assert!(a.units.len() > 1000);
    assert!(std::ptr::eq(a.table(), &**a), "the registry reads as its table");
}

#[test]
fn unit_expressions() {
    let r = Registry::builtin();
    for text in ["", "   "] {
        let e = r.unit_spec(text).unwrap_err();
        assert_eq!((e.code(), e.span()), ("no_unit", Some((0, 0))), "{:?}", text);
    }
    assert_eq!(r.unit_spec("0 m").unwrap_err().code(), "zero_size_unit");
    assert_eq!(r.unit_spec("m/0").unwrap_err().code(), "division_by_zero");
    assert_eq!(r.unit_spec(" km/h ").unwrap().factor.to_f64(), 1000.0 / 3600.0);
    assert_eq!(r.unit_spec("kilometer_per_hour").unwrap().factor.to_f64(), 1000.0 / 3600.0);
    assert_eq!(r.unit_spec("2 km").unwrap().factor.to_f64(), 2000.0);
    assert_eq!(r.unit_spec("degC").unwrap().offset.map(|o| o.to_f64()), Some(273.15));
    assert!(r.unit_spec("2 degC").unwrap().offset.is_none(), "a multiple of a scale is a difference unit");
    assert_eq!(r.unit_spec("US gallon").unwrap().factor.to_f64(), 0.003785411784);
    let compiled = r.compile(&r.unit_spec("ft").unwrap(), &r.unit_spec("m").unwrap(), "ft", "m").unwrap();
    assert_eq!(compiled, r.conversion("ft", "m").unwrap());
}

#[test]
fn unit_search() {
    let r = Registry::builtin();
    let ids = |text: &str, limit: usize, category: Option<&str>| -> Vec<String> { r.find_units(text, limit, category, None).into_iter().map(|e| e.id).collect() };
    assert_eq!(ids("mi/h", 1, None), vec!["mile_per_hour"]);
    assert_eq!(ids("kmh", 1, None), vec!["kilometer_per_hour"]);
    assert_eq!(ids("m", 1, None), vec!["meter"]);
    assert_eq!(ids("m", 3, None).len(), 3);
    // An expression finds the units of exactly its size, named otherwise.
    assert!(ids("1000 m/(3600 s)", 5, None).contains(&"kilometer_per_hour".to_string()));
    assert!(!ids("1000 m", 5, None).contains(&"kilometer".to_string()), "plain text is searched by name only");
    // The category's units come first among equal matches.
    let in_area = ids("acre", 3, Some("area"));
    assert_eq!(in_area[0], "acre");
    assert!(ids("", 5, None).is_empty());
}

#[test]
fn the_category_breaks_ties() {
    let data = "[category length]\nname: Length\nbase: m\n\
meter | m | meter | meters | - | base length | - | SI\n\
foobar | fbr | foobar | foobars | - | 2 m | - | test\n\
[category time]\nname: Time\nbase: s\n\
second | s | second | seconds | - | base time | - | SI\n\
foobaz | fbz | foobaz | foobazs | - | 2 s | - | test\n";
    let r = Registry::from_files(&[("t.units", data)]).unwrap();
    let ids = |category: Option<&str>| -> Vec<String> { r.find_units("fooba", 2, category, None).into_iter().map(|e| e.id).collect() };
    assert_eq!(ids(Some("time")), vec!["foobaz", "foobar"]);
    assert_eq!(ids(Some("length")), vec!["foobar", "foobaz"]);
    assert_eq!(ids(None), vec!["foobar", "foobaz"], "without a category, the table's order");
}
