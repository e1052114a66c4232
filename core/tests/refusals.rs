//! Answers that would be silently wrong are errors with their own codes.

mod common;
use common::{expect, expect_error};
use unit_core::Registry;

fn code(input: &str) -> &'static str {
    Registry::builtin().evaluate(input).err().map(|e| e.code()).unwrap_or("no error")
}

#[test]
fn absolute_temperatures_do_not_multiply() {
    for text in ["2 degC * 3", "100 degC / 2", "degC*3", "degF/2", "(20 degC)^2", "3 * 2 degC", "-(40 degC)*2"] {
        assert_eq!(code(text), "temperature_product", "{}", text);
        expect_error(text, "incompatible");
    }
    expect("2 deltaC * 3", "6 deltaC");
    expect("2 K * 3", "6 K");
    expect("1 J/(kg*degC) to J/(kg*K)", "1 J/(kg*K)");
    // A sum keeps its own message.
    assert_eq!(code("5 degC + 3 degC"), "temperature_sum");
}

#[test]
fn below_absolute_zero_is_refused_on_every_path() {
    for text in ["-500 degC to K", "-5 K to degC", "-460 degF", "600 degDe to K"] {
        assert_eq!(code(text), "below_absolute_zero", "{}", text);
    }
    expect("-273.15 degC to K", "0 K");
    expect("559.725 degDe to K", "0 K");
    let r = Registry::builtin();
    assert_eq!(r.convert(-500.0, "degC", "K").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(600.0, "degDe", "degC").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(-273.15, "degC", "degF").unwrap(), -459.66999999999996);
    assert_eq!(r.convert(100.0, "degDe", "degC").unwrap(), 100.0 / 3.0);
}

#[test]
fn results_that_are_not_finite_are_refused() {
    let r = Registry::builtin();
    assert_eq!(code("1e308 m3 to L"), "result_too_large");
    assert_eq!(r.convert(1e308, "km", "m").unwrap_err().code(), "result_too_large");
    assert_eq!(r.convert(0.0, "mpg", "L/100km").unwrap_err().code(), "division_by_zero");
    assert_eq!(r.convert(f64::NAN, "m", "ft").unwrap_err().code(), "not_finite");
    assert_eq!(r.convert(f64::NEG_INFINITY, "m", "ft").unwrap_err().code(), "not_finite");
    // Arrays keep IEEE arithmetic.
    let mut xs = [0.0, 10.0];
    r.conversion("mpg", "L/100km").unwrap().apply_slice(&mut xs);
    assert!(xs[0].is_infinite() && (xs[1] - 23.521458333333333).abs() < 1e-12);
}

#[test]
fn every_error_has_a_listed_code_and_a_span_inside_the_input() {
    let r = Registry::builtin();
    let inputs = ["5 meterz to ft", "5 kg to m", "(5 m", "5 m to", "", "5 m & 3", "1.8 m to ft;;in", "1.2.3 m", "5 m to ftx"];
    for text in inputs {
        let e = r.evaluate(text).unwrap_err();
        assert!(unit_core::ERROR_CODES.iter().any(|c| c.code == e.code() && c.kind == e.kind), "{}", text);
        let names: Vec<&str> = e.details().iter().map(|(n, _)| *n).collect();
        let listed = unit_core::ERROR_CODES.iter().find(|c| c.code == e.code()).unwrap().details;
        assert_eq!(names, listed, "{}", text);
        let (start, end) = e.span().expect(text);
        assert!(start <= end && end <= text.chars().count(), "{}: {:?}", text, e.span());
    }
}

/// Fuel economy converts to its inverse (`mpg` ↔ `L/100km`); an area and an inverse area
/// have the same dimensions but are no amounts of fuel per distance, so they are refused,
/// on the phrase path and the unit-to-unit path alike.
#[test]
fn only_fuel_economy_converts_to_its_inverse() {
    for text in ["1 m^2 to 1/m^2", "1 acre to mpg", "1 barn to mpg", "2 m2 to km/L", "3 mpg to hectare", "1/m^2 to L/100km"] {
        assert_eq!(code(text), "incompatible_units", "{}", text);
    }
    let r = Registry::builtin();
    for (from, to) in [("m^2", "1/m^2"), ("acre", "mpg"), ("mpg", "ha")] {
        assert_eq!(r.convert(1.0, from, to).map_err(|e| e.code()), Err("incompatible_units"), "{} to {}", from, to);
    }
    // Every way of writing fuel per distance, or distance per fuel, still converts.
    expect("8 L/100km to mpg", "29.4018229166667 mpg");
    expect("30 mi/gal to L/100km", "7.84048611111111 L/100km");
    expect("30 mpg to L/km", "0.0784048611111111 L/km");
    expect("1/(25 mpg) to L/100km", "9.40858333333333 L/100km");
    expect("5 L/100km to km/L", "20 km/L");
    // A sum converts when one of its terms is fuel per distance.
    expect("8 L/100km + 0 m^2 to mpg", "29.4018229166667 mpg");
    // Pace and speed too, a speed named without a time in it included.
    expect("4 m/s to s/m", "0.25 s/m");
    expect("10 knots to min/km", "3.23974082073434 min/km");
    assert!((r.convert(8.0, "L/100km", "mpg").unwrap() - 29.401822916666667).abs() < 1e-12);
}
