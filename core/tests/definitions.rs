//! The data-file reader: categories may continue across files; mistakes name file and line.

use unit_core::Registry;

const BASE: &str = "
[category length]
name: Length
base: m
common: m
meter | m | meter | meters | - | base length | si | SI
";

const MORE: &str = "
# Old units, filed separately but still lengths.
[category length]
common: ft
foot | ft | foot | feet | - | 0.3048 m | - | 1959 agreement
";

#[test]
fn a_category_continues_in_another_file() {
    let r = Registry::from_files(&[("base.units", BASE), ("old.units", MORE)]).unwrap();
    assert_eq!(r.categories.len(), 1);
    let symbols: Vec<String> = r.categories[0].units.iter().map(|&u| r.entry(u).symbol).collect();
    assert_eq!(symbols, ["m", "ft"]);
    assert_eq!(r.convert(1.0, "ft", "m").unwrap(), 0.3048);
}

#[test]
fn a_continuation_may_not_change_the_base() {
    let clash = "[category length]\nbase: s\n";
    let e = Registry::from_files(&[("base.units", BASE), ("bad.units", clash)]).err().unwrap();
    assert!(e.starts_with("bad.units:2:"), "{}", e);
}

#[test]
fn errors_name_the_file_and_line() {
    let broken = "[category length]\nname: Length\nbase: m\nmeter | m | meter\n";
    let e = Registry::from_files(&[("x.units", broken)]).err().unwrap();
    assert!(e.starts_with("x.units:4:"), "{}", e);
    let unknown = "[category length]\nname: Length\nbase: m\nfoo | foo | foo | foos | - | 3 bar | - | nowhere\n";
    let e = Registry::from_files(&[("y.units", unknown)]).err().unwrap();
    assert!(e.contains("y.units:4") && e.contains("bar"), "{}", e);
}

#[test]
fn an_id_may_not_be_another_units_name() {
    // Callers pass ids where names go; `ft` as the id of another unit would read as the foot.
    let clash = "[category length]\nfeetish | fi | feetish | feetishes | - | 2 m | - | test\nft | fx | fx | fxs | - | 3 m | - | test\n";
    let e = Registry::from_files(&[("base.units", BASE), ("old.units", MORE), ("c.units", clash)]).err().unwrap();
    assert!(e.contains("id 'ft' is also a name of 'foot'"), "{}", e);
}
