//! Names in free text: several words naming one unit, and the keyword that starts the
//! target (`to`, `as`, `into`, `->`, `→`; `in` only when a unit follows it).

mod common;
use common::expect;
use unit_core::Registry;

#[test]
fn words_that_name_one_unit() {
    expect("5 fl oz to mL", "147.8676478125 mL");
    expect("1 fl oz in mL", "29.5735295625 mL");
    expect("1 US gallon to L", "3.785411784 L");
    // At the very start of the text too.
    expect("fl oz to mL", "29.5735295625 mL");
    expect("US gallon to L", "3.785411784 L");
    expect("3 square feet to m2", "0.27870912 m2");
    expect("1 cubic inch to cm3", "16.387064 cm3");
    let r = Registry::builtin();
    assert_eq!(r.evaluate("5 fl oz").unwrap().interpretation, "5 US fluid ounce");
    assert_eq!(r.evaluate("3 square feet").unwrap().interpretation, "3 square foot");
}

#[test]
fn target_keywords() {
    for text in ["1 m to cm", "1 m AS cm", "1 m INTO cm", "1 m -> cm", "1 m → cm", "1 m in cm", "1 m To cm"] {
        expect(text, "100 cm");
    }
    // `in` is the inch unless a unit follows it.
    expect("2 in in cm", "5.08 cm");
    expect("5 in to cm", "12.7 cm");
    expect("1 in", "1 in");
    expect("1 m in", "1 m*in");
    expect("1 m in (cm)", "100 (cm)");
    // A keyword opens a target only after something and outside parentheses.
    // With nothing before it, a keyword at the start is refused, not read as a unit.
    assert_eq!(Registry::builtin().evaluate("in cm").unwrap_err().code(), "nothing_to_convert");
    expect("(1 m) in cm", "100 cm");
    expect("(2 in in cm)", "2 in*in*cm");
    let r = Registry::builtin();
    let e = r.evaluate("-> cm").unwrap_err();
    assert_eq!((e.code(), e.span()), ("nothing_to_convert", Some((0, 2))));
    // The last keyword splits; a keyword inside parentheses does not.
    assert_eq!(r.evaluate("1 m to cm to mm").unwrap_err().span(), Some((13, 15)));
}

/// A name whose last part is a number after a hyphen (`DVD-5`, `OC-3`, `STM-16`) is one
/// name, as typed; a glued hyphen before a number that makes no name is still a minus.
#[test]
fn hyphenated_names_ending_in_a_number() {
    // DVD Forum: a single-layer DVD holds 4.7 GB; SONET OC-3 and SDH STM-16 run at
    // 155.52 Mbit/s and 16 × 155.52 Mbit/s.
    expect("1 DVD-5 to GB", "4.7 GB");
    expect("2 OC-3 to Mbit/s", "311.04 Mbit/s");
    expect("1 STM-16 to Gbit/s", "2.48832 Gbit/s");
    expect("10 m-2 m to m", "8 m");
    expect("5 ft-3 in to in", "57 in");
}
