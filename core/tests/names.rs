//! Names in free text: several words naming one unit, and the keyword that starts the
//! target (`to`, `as`, `into`, `->`, `→`; `in` only when a unit follows it).

mod common;
use common::{expect, expect_error};
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

/// A hyphen joins two words into one name only when it is glued to both; with a space on
/// either side it is a minus, as in `10 m- 2 m`.
#[test]
fn a_hyphen_joins_words_only_when_glued_on_both_sides() {
    expect("1 lb-ft to N m", "1.3558179483314 N m");
    expect("10 m- 2 m to m", "8 m");
    for text in ["1 lb- ft to N m", "1 lb -ft to N m", "1 N- m to J", "1 N -m to J"] {
        expect_error(text, "incompatible");
        assert_eq!(Registry::builtin().evaluate(text).unwrap_err().code(), "cannot_add", "{}", text);
    }
    // Names with a hyphen and a space: the glued hyphen is part of the name.
    expect("1 pound-mole per cubic foot to mol/L", "16.0184633739601 mol/L");
    expect("1 single-layer DVD to GB", "4.7 GB");
    for text in ["1 pound- mole per cubic foot to mol/L", "1 pound -mole per cubic foot to mol/L"] {
        assert_eq!(Registry::builtin().evaluate(text).unwrap_err().code(), "cannot_add", "{}", text);
    }
    // A target holding a name read from glued words is written back from its tokens.
    expect("1 W to N-m / s", "1 N-m/s");
}

/// Hyphenated names anywhere in the phrase, of up to five parts.
#[test]
fn hyphenated_names_of_several_parts() {
    expect("DVD-5 to GB", "4.7 GB");
    expect("foot-pound-force to J", "1.3558179483314 J");
    expect("1 foot-pound-force to J", "1.3558179483314 J");
    expect("2 * 1 inch-pound-force to N m", "0.225969658055233 N m");
    // The name keeps the place where it was typed.
    let r = Registry::builtin();
    for name in ["lb-ft", "DVD-5", "N-m"] {
        let e = r.evaluate(&format!("1 kg to {}", name)).unwrap_err();
        assert_eq!((e.code(), e.span(), e.offending.as_str()), ("incompatible_units", Some((8, 8 + name.len())), name));
    }
    // A person's own names with more parts: up to five are read as one name.
    let text = "[category length]\n# id | symbol | singular | plural | aliases | definition | prefixes | source\n\
                my_zorp | zrp | zorp | zorps | qa-qb-qc-qd, qa-qb-qc-qd-qe, qb-qc-qd-qe-qf-qg | 2 m | - | test\n";
    let (r, _) = Registry::builtin().with_units("my.units", text).unwrap();
    for text in ["1 qa-qb-qc-qd to m", "qa-qb-qc-qd to m", "1 qa-qb-qc-qd-qe to m", "1 * 1 qa-qb-qc-qd to m"] {
        assert_eq!(r.evaluate(text).unwrap().display(), "2 m", "{}", text);
    }
    let e = r.evaluate("1 qb-qc-qd-qe-qf-qg to m").unwrap_err();
    assert_eq!((e.code(), e.offending.as_str()), ("unknown_unit", "qc"));
}

/// A glued hyphen between two unit names that make no name together multiplies them
/// (`kg-m`); so it does between plurals of symbols (`kgs`), but not before a word that
/// is neither.
#[test]
fn a_glued_hyphen_between_units_multiplies() {
    expect("1 kg-m to g m", "1000 g m");
    expect("1 kgs-m to g m", "1000 g m");
    expect("1 m-kgs to g m", "1000 g m");
    assert_eq!(Registry::builtin().evaluate("1 kg-sqms").unwrap_err().code(), "cannot_add");
    assert_eq!(Registry::builtin().evaluate("1 sqms-kg").unwrap_err().code(), "cannot_add");
}

/// `$5`, `€10`, `£8`, `¥160`: a currency sign before its amount.
#[test]
fn currency_signs_before_the_amount() {
    let pairs = vec![("USD".to_string(), "1.25".to_string()), ("GBP".to_string(), "0.8".to_string()), ("JPY".to_string(), "160".to_string())];
    let rates = unit_core::ExchangeRates::new("2026-10-30", "test", pairs).unwrap();
    let r = Registry::builtin().with_rates(rates).unwrap();
    for (text, out, read) in [
        ("$5 to EUR", "4 EUR", "5 US dollar"),
        ("2 * $5 to EUR", "8 EUR", "2 × 5 US dollar"),
        ("€10 to USD", "12.5 USD", "10 euro"),
        ("£8 to EUR", "10 EUR", "8 pound sterling"),
        ("¥160 to EUR", "1 EUR", "160 Japanese yen"),
    ] {
        let q = r.evaluate(text).unwrap();
        assert_eq!((q.display().as_str(), q.interpretation.as_str()), (out, read), "{}", text);
    }
}

/// `per`, `sq`/`square`, `cubic`, glued powers, plurals and `and` where they cannot apply.
#[test]
fn everyday_words() {
    let r = Registry::builtin();
    let read = |text: &str| {
        let q = r.evaluate(text).unwrap();
        (q.display(), q.interpretation)
    };
    assert_eq!(read("3 sq km to m^2"), ("3000000 m^2".to_string(), "3 square kilometer".to_string()));
    assert_eq!(read("3 square km to m^2"), ("3000000 m^2".to_string(), "3 kilometer^2".to_string()));
    assert_eq!(read("2 cubic km to m^3"), ("2000000000 m^3".to_string(), "2 kilometer^3".to_string()));
    expect("1 cuin to cm3", "16.387064 cm3");
    expect("1 cuft to L", "28.316846592 L");
    // `per` and `and` at the end join nothing: they are read as names, and are none.
    for (text, word, at) in [("5 miles per", "per", 8), ("1.8 m to ft and", "and", 12), ("5 blargs", "blargs", 2)] {
        let e = r.evaluate(text).unwrap_err();
        assert_eq!((e.code(), e.offending.as_str(), e.position), ("unknown_unit", word, Some(at)), "{}", text);
    }
}

#[test]
fn a_phrase_that_starts_with_a_unit() {
    expect("kg m", "1 kg*m");
    expect("in", "1 in");
    expect("in^2 to cm^2", "6.4516 cm^2");
    // `in` followed by a unit and a keyword later: the inch times that unit.
    assert_eq!(Registry::builtin().evaluate("in cm to mm").unwrap_err().code(), "incompatible_units");
    // An arrow inside parentheses is no target.
    let e = Registry::builtin().evaluate("(1 m -> cm)").unwrap_err();
    assert_eq!((e.code(), e.span()), ("unexpected_token", Some((5, 7))));
}

/// After an inch, a unit starts the target without a keyword (`1 in pt`); that unit may
/// be read otherwise like any other (`pt` as the typographic point).
#[test]
fn the_unit_after_an_inch_may_be_read_otherwise() {
    let r = Registry::builtin();
    for text in ["1 in pt", "1 in to pt"] {
        let q = r.evaluate(text).unwrap();
        assert_eq!((q.display().as_str(), q.notes.clone()), ("72 pt_typo", vec!["pt read as point".to_string()]), "{}", text);
    }
}
