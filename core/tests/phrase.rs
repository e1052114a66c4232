//! Free text: the target keyword, single and mixed targets (whole numbers but the last,
//! computed exactly), reciprocal targets, and the refusals with their places.

mod common;
use common::{expect, expect_error};
use unit_core::Registry;

fn parts(text: &str) -> Vec<(f64, String)> {
    Registry::builtin().evaluate(text).unwrap().parts
}

fn p(v: f64, u: &str) -> (f64, String) {
    (v, u.to_string())
}

#[test]
fn single_targets() {
    expect("5 ft 3 in to cm", "160.02 cm");
    expect("1/2 cup to mL", "118.29411825 mL");
    expect("100 km/h in mph", "62.1371192237334 mph");
    expect("100 degC to K", "373.15 K");
    expect("300 K to degC", "26.85 degC");
    expect("0 K to degC", "-273.15 degC");
    expect("1 m to 2 ft", "1.64041994750656 2 ft");
    expect("pi to 1", "3.14159265358979 1");
    expect("1 pi rad to deg", "180 deg");
    let r = Registry::builtin();
    let q = r.evaluate("100 km/h in mph").unwrap();
    assert_eq!((q.unit.as_str(), q.interpretation.as_str()), ("mph", "100 kilometer/hour"));
    assert!(q.parts.is_empty());
}

#[test]
fn no_target_keeps_the_written_unit() {
    expect("5", "5");
    expect("3*4", "12");
    expect("2 m*3 m", "6 m*m");
    expect("100 degC", "100 degC");
    expect("1 (m)", "1 m");
    expect("1 m2", "1 m2");
    let q = Registry::builtin().evaluate("3*4").unwrap();
    assert_eq!((q.value, q.unit.as_str(), q.interpretation.as_str()), (12.0, "", "3 × 4"));
}

#[test]
fn reciprocal_targets() {
    expect("5 L/100km to mpg", "47.0429166666667 mpg");
    expect("30 mpg to L/100km", "7.84048611111111 L/100km");
    expect("1 m/s to s/m", "1 s/m");
    expect("4 m/s to s/m", "0.25 s/m");
    expect("2 s/m to m/s", "0.5 m/s");
    assert_eq!(expect_error("0 mpg to L/100km", "invalid_number").code(), "division_by_zero");
    assert_eq!(expect_error("1 s to Hz", "incompatible").code(), "incompatible_units");
    assert_eq!(expect_error("1 Hz to s", "incompatible").code(), "incompatible_units");
}

#[test]
fn mixed_targets_carry_a_last_part_shown_rounded_up_and_keep_the_sign() {
    let shown = |t: &str| Registry::builtin().evaluate(t).unwrap().display();
    // 0.6095 m is 1 ft 11.996 in: shown to two decimals that is a whole foot more.
    assert_eq!(shown("0.6095 m to ft;in"), "2 ft 0 in");
    assert_eq!(shown("1.99967 ft to ft;in"), "2 ft 0 in");
    assert_eq!(shown("7199.996 s to h;min;s"), "2 h 0 min 0 s");
    assert_eq!(shown("-0.6095 m to ft;in"), "-2 ft 0 in");
    assert_eq!(shown("-0.99999 ft to ft;in"), "-1 ft 0 in");
    // A negative amount below the first unit keeps its sign.
    assert_eq!(shown("-0.5 ft to ft;in"), "-6 in");
    assert_eq!(shown("-0.5 ft to yd;ft;in"), "-6 in");
    assert_eq!(shown("-1.7 m to ft;in"), "-5 ft 6.93 in");
    assert_eq!(shown("1.7 m to ft;in"), "5 ft 6.93 in");
}

#[test]
fn mixed_targets_are_whole_numbers_but_the_last() {
    assert_eq!(parts("1.8 m to ft;in"), vec![p(5.0, "ft"), p(10.866141732283465, "in")]);
    assert_eq!(parts("-1.8 m to ft;in"), vec![p(-5.0, "ft"), p(10.866141732283465, "in")]);
    assert_eq!(parts("1 h to min;s"), vec![p(60.0, "min"), p(0.0, "s")]);
    assert_eq!(parts("100000 s to d;h;min;s"), vec![p(1.0, "d"), p(3.0, "h"), p(46.0, "min"), p(40.0, "s")]);
    assert_eq!(parts("10 ft to in;ft"), vec![p(120.0, "in"), p(0.0, "ft")]);
    assert_eq!(parts("1.5 kg to lb;oz"), vec![p(3.0, "lb"), p(4.9109429243706195, "oz")]);
    expect("1.8 m to ft;in", "5 ft 10.87 in");
    expect("100000 s to d;h;min;s", "1 d 3 h 46 min 40 s");
    expect("1 km to mi;ft;in", "3280 ft 10.08 in");
    let q = Registry::builtin().evaluate("1.8 m to ft;in").unwrap();
    assert_eq!((q.value, q.unit.as_str()), (1.8 / 0.3048, "ft"));
    // Zero is not negative: no "-0 ft".
    let zero = parts("0 m to ft;in");
    assert_eq!(zero, vec![p(0.0, "ft"), p(0.0, "in")]);
    assert!(zero.iter().all(|(v, _)| v.is_sign_positive()), "{:?}", zero);
    // Beyond exact fractions the parts are doubles.
    assert_eq!(parts("1e20 m to mi;ft")[0].0, 62137119223733392.0);
}

#[test]
fn refusals_name_their_place() {
    let cases: &[(&str, &str, Option<(usize, usize)>)] = &[
        ("1 m to ft;", "empty_mixed_part", Some((9, 10))),
        ("1 m to ;in", "empty_mixed_part", Some((7, 8))),
        ("1 m to ft;;in", "empty_mixed_part", Some((9, 10))),
        ("1 m to ft;kg", "incompatible_units", Some((10, 12))),
        ("20 degC to ft;in", "incompatible_units", Some((11, 13))),
        ("1 m to degC;K", "incompatible_units", Some((7, 11))),
        ("1 m to", "missing_target", Some((4, 4))),
        ("-300 degC to K", "below_absolute_zero", Some((5, 9))),
        ("-1 K to degC", "below_absolute_zero", Some((8, 12))),
        ("5 to m", "incompatible_units", Some((5, 6))),
        ("1 m to kg", "incompatible_units", Some((7, 9))),
        ("2 min;s", "unexpected_token", Some((5, 6))),
        ("1 m to 0 m", "zero_size_unit", None),
        ("1e300 m * 1e10 to m", "result_too_large", None),
        ("1 m in 2 m", "cannot_add", None),
        ("", "empty_text", Some((0, 0))),
        ("   ", "empty_text", Some((0, 0))),
    ];
    let r = Registry::builtin();
    for &(text, code, span) in cases {
        let e = r.evaluate(text).unwrap_err();
        assert_eq!((e.code(), e.span()), (code, span), "{:?}: {}", text, e);
    }
    let e = r.evaluate("1 m to ft;kg").unwrap_err();
    assert_eq!(format!("{:?}", e.details()), r#"[("from", Text("1 meter")), ("from_dimension", Text("length")), ("to", Text("kg")), ("to_dimension", Text("mass"))]"#);
    let e = r.evaluate("5 to m").unwrap_err();
    assert_eq!(format!("{:?}", e.details()), r#"[("from", Text("5")), ("from_dimension", Text("ratio")), ("to", Text("m")), ("to_dimension", Text("length"))]"#);
}

#[test]
fn quantities_convert_on() {
    let r = Registry::builtin();
    let q = r.evaluate("5 ft 3 in to cm").unwrap();
    let m = r.quantity_to(&q, " m ").unwrap();
    assert_eq!((m.value, m.unit.as_str(), m.interpretation.as_str()), (1.6002, "m", "5 foot + 3 inch"));
    let plain = r.evaluate("3*4").unwrap();
    assert_eq!(r.quantity_to(&plain, "percent").unwrap().value, 1200.0);
    assert_eq!(r.quantity_to(&q, "kg").unwrap_err().code(), "incompatible_units");
}

#[test]
fn case_tells_prefixes_apart_in_symbols_with_powers() {
    let value = |t: &str| Registry::builtin().evaluate(t).unwrap().value;
    // Mm2 is the square megameter, not the alias mm2 (a factor of 10^18 apart).
    assert_eq!(value("1 Mm2 to m2"), 1e12);
    assert_eq!(value("1 Mm3 to m3"), 1e18);
    assert_eq!(value("1 mm2 to m2"), 1e-6);
    assert_eq!(value("1 Gm2 to m2"), 1e18);
    // Written in capitals where no prefixed symbol is meant, the alias is still found.
    assert_eq!(value("1 KM2 to m2"), 1e6);
    assert_eq!(value("1 CM3 to mL"), 1.0);
    assert_eq!(value("1 M2 to m2"), 1.0);
}

#[test]
fn pi_alone_is_a_number_and_refusals_name_the_everyday_quantity() {
    let r = Registry::builtin();
    assert_eq!(r.evaluate("pi").unwrap().value, std::f64::consts::PI);
    assert_eq!(r.evaluate("2 π").unwrap().value, 2.0 * std::f64::consts::PI);
    assert_eq!(r.evaluate("2 pi").unwrap().unit, "");
    // J is energy (torque shares its dimension but has fewer units); N·m as listed is torque.
    let e = r.evaluate("1 kg to J").unwrap_err();
    assert!(e.message.contains("\"J\" (energy)"), "{}", e.message);
    let e = r.evaluate("1 W to J").unwrap_err();
    assert!(e.message.contains("(power)") && e.message.contains("(energy)"), "{}", e.message);
    let e = r.evaluate("1 kg to N·m").unwrap_err();
    assert!(e.message.contains("(torque)"), "{}", e.message);
}

/// Under the UK setting a plain customary name in the answer's unit is written as the name
/// that means that unit anywhere, so the answer reads back the same (1 imperial gallon is
/// 4.54609 L by definition).
#[test]
fn names_read_otherwise_are_written_unambiguously_in_the_answer() {
    use unit_core::{Customary, Options};
    let r = Registry::builtin();
    let uk = Options { customary: Customary::Uk, ..Options::default() };
    let q = r.evaluate_with("4.54609 L to gallon", &uk).unwrap();
    assert_eq!((q.value, q.unit.as_str()), (1.0, "imp_gal"));
    let q = r.evaluate_with("2 gallon/min", &uk).unwrap();
    assert_eq!((q.value, q.unit.as_str()), (2.0, "imp_gal/min"));
    // Under the US setting the name is its everyday self.
    let q = r.evaluate("3.785411784 L to gallon").unwrap();
    assert_eq!((q.value, q.unit.as_str()), (1.0, "gallon"));
}

/// Other phrases offered with an answer: a name in each of its other meanings that also
/// converts, and the plain customary names in the other system, written so that they read
/// back the same (`imp_gal`, `US gallon`, `°F`).
#[test]
fn alternatives_offered_with_an_answer() {
    use unit_core::{Customary, Options};
    let r = Registry::builtin();
    let alts = |text: &str, customary: Customary| {
        r.evaluate_with(text, &Options { customary, ..Options::default() }).unwrap().alternatives
    };
    assert_eq!(alts("100 F", Customary::Us), vec!["100 °F"]);
    assert_eq!(alts("2 c", Customary::Us), vec!["2 c₀", "2 °C"]);
    assert_eq!(alts("1 gal to L", Customary::Us), vec!["1 imp_gal to L"]);
    assert_eq!(alts("1 gal to L", Customary::Uk), vec!["1 US gallon to L"]);
    assert_eq!(alts("2 gal + 1 qt to L", Customary::Us), vec!["2 imp_gal + 1 imp_qt to L"]);
    assert_eq!(alts("1 gal/mi to L/km", Customary::Us), vec!["1 imp_gal/mi to L/km"]);
    // Nothing else to offer.
    assert!(alts("10 m to ft", Customary::Us).is_empty());
    assert!(alts("3 F + 2 F", Customary::Us).is_empty());
}

/// Inch fractions are halves to 64ths; a phrase starting with a target keyword names it.
#[test]
fn options_and_a_phrase_that_starts_with_the_target() {
    use unit_core::Options;
    let r = Registry::builtin();
    let with = |d: u32| Options { inch_fraction: Some(d), ..Options::default() };
    assert_eq!(r.evaluate_with("38.1 mm to in", &with(16)).unwrap().display(), "1 1/2 in");
    assert_eq!(r.evaluate_with("38.1 mm to in", &with(64)).unwrap().display(), "1 1/2 in");
    // Only inches are written as fractions.
    assert_eq!(r.evaluate_with("1 m to ft", &with(16)).unwrap().display(), "3.28083989501312 ft");
    assert_eq!(r.evaluate_with("1 lb to kg", &with(16)).unwrap().display(), "0.45359237 kg");
    for d in [0, 3, 10, 128] {
        assert_eq!(r.evaluate_with("1.5 in", &with(d)).unwrap_err().code(), "bad_fraction", "{}", d);
    }
    let e = r.evaluate("into cm").unwrap_err();
    assert_eq!((e.code(), e.span()), ("nothing_to_convert", Some((0, 4))));
    assert!(e.to_string().contains("\"into\""), "{}", e);
}

/// Other meanings are offered for at most four names of a phrase, the first four.
#[test]
fn alternatives_for_at_most_four_names() {
    let q = Registry::builtin().evaluate("1 rad b a g ps").unwrap();
    assert_eq!(q.alternatives.len(), 4, "{:?}", q.alternatives);
    assert!(q.alternatives.iter().all(|a| a.ends_with(" ps")), "{:?}", q.alternatives);
}

/// Inches rounded to the nearest 1/n, halves away from zero, with a note when rounded.
#[test]
fn inch_fractions_round_half_away_and_say_so() {
    use unit_core::Options;
    let r = Registry::builtin();
    let with16 = Options { inch_fraction: Some(16), ..Options::default() };
    let q = r.evaluate_with("38.1 mm to in", &with16).unwrap();
    assert_eq!((q.display(), q.notes.len()), ("1 1/2 in".to_string(), 0));
    // 1 cm = 6.299… sixteenths of an inch: 6/16 = 3/8, rounded.
    let q = r.evaluate_with("1 cm to in", &with16).unwrap();
    assert_eq!(q.display(), "3/8 in");
    assert_eq!(q.notes, vec!["rounded to the nearest 1/16 in"]);
    // The value is the rounded one too, not only its text.
    assert_eq!(q.value, 0.375);
    // Exactly half a sixteenth rounds away from zero, either side.
    assert_eq!(r.evaluate_with("1/32 in to in", &with16).unwrap().display(), "1/16 in");
    assert_eq!(r.evaluate_with("-1/32 in to in", &with16).unwrap().display(), "-1/16 in");
    assert_eq!(r.evaluate_with("-1 cm to in", &with16).unwrap().display(), "-3/8 in");
}

/// A name of several words typed with more spaces is replaced whole in an alternative.
#[test]
fn alternatives_replace_names_typed_with_more_spaces() {
    let r = Registry::builtin();
    assert_eq!(r.evaluate("1 fl  oz to mL").unwrap().alternatives, vec!["1 imp_floz to mL"]);
    assert_eq!(r.evaluate("2 fl oz + 1 fl   oz to mL").unwrap().alternatives, vec!["2 imp_floz + 1 imp_floz to mL"]);
}

/// The reading with the fewest names read otherwise wins: once one converts, readings
/// that change more names are not tried (`b/b` is 1 as bits or as barns).
#[test]
fn the_fewest_names_read_otherwise() {
    let q = Registry::builtin().evaluate("3 g b/b to m/s^2").unwrap();
    assert!((q.value - 3.0 * 9.80665).abs() < 1e-12, "{}", q.value);
    assert_eq!(q.notes, vec!["g read as standard gravity"]);
}

/// An error about text the reader added (`6 ft 2` is read as `6 ft 2 in`) points at what
/// was typed there, inside the input: here a table without inches.
#[test]
fn errors_about_added_words_stay_inside_the_input() {
    let data = "[category length]\nname: Length\nbase: m\n\
meter | m | meter | meters | - | base length | si | SI\n\
foot | ft | foot | feet | - | 0.3048 m | - | 1959\n";
    let r = Registry::from_files(&[("len.units", data)]).unwrap();
    let e = r.evaluate("6 ft 2").unwrap_err();
    assert_eq!((e.code(), e.span()), ("unknown_unit", Some((5, 6))));
}
