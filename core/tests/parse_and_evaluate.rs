//! What people type, and what they get back.

mod common;
use common::{expect, expect_error};

#[test]
fn sums_of_like_terms() {
    expect("5 ft 3 in to cm", "160.02 cm");
    expect("5 ft 3 in", "5.25 ft");
    expect("1 h 30 min to min", "90 min");
    expect("5 ft 3 in in cm", "160.02 cm");
    expect("5'3\" to cm", "160.02 cm");
}

#[test]
fn targets_and_products() {
    expect("100 km/h to mph", "62.1371192237334 mph");
    expect("100 km/h in m/s", "27.7777777777778 m/s");
    expect("3*4 m", "12 m");
    expect("1/2 cup to mL", "118.29411825 mL");
    expect("1.5e3 m to km", "1.5 km");
    expect("2 kg*m/s^2 to N", "2 N");
    expect("2 kg·m/s² to N", "2 N");
    expect("1 BTU/(h*ft^2) to W/m^2", "3.15459074506305 W/m^2");
    expect("1 gal to L", "3.785411784 L");
    expect("3 in -> mm", "76.2 mm");
    expect("10 m2 to ft2", "107.639104167097 ft2");
    expect("1 µm to um", "1 um");
    expect("1 fl oz to mL", "29.5735295625 mL");
}

#[test]
fn temperatures_are_absolute_and_differences_are_not() {
    expect("100 degC to degF", "212 degF");
    expect("-40 °C to °F", "-40 °F");
    expect("0 K to °C", "-273.15 °C");
    expect("10 deltaC to deltaF", "18 deltaF");
    expect_error("20 degC + 5 degC", "incompatible");
}

#[test]
fn mixed_targets() {
    expect("1.8 m to ft;in", "5 ft 10.87 in");
    expect("5400 s to h;min", "1 h 30 min");
}

#[test]
fn fuel_economy_is_reciprocal() {
    expect("10 L/100km to km/L", "10 km/L");
    expect("30 mpg to L/100km", "7.84048611111111 L/100km");
}

#[test]
fn errors_are_clear() {
    expect_error("5 meterz to ft", "unknown_unit");
    expect_error("5 kg to m", "incompatible");
    expect_error("5 ft to", "syntax");
    expect_error("", "syntax");
    expect_error("1e99999 m", "invalid_number");
    expect_error("((((1 m", "syntax");
    expect_error("1.2.3 m", "invalid_number");
    expect_error("5 m to s;min", "incompatible");
}

#[test]
fn interpretation_spells_units_out() {
    let r = unit_core::Registry::builtin();
    let said = |text: &str| r.evaluate(text).unwrap().interpretation;
    assert_eq!(said("5 ft 3 in to cm"), "5 foot + 3 inch");
    assert_eq!(said("100 km/h to mph"), "100 kilometer/hour");
    assert_eq!(said("3*4 m"), "3 × 4 meter");
    assert_eq!(said("1/2 cup to mL"), "1/2 cup");
    assert_eq!(said("-40 degC to degF"), "-40 degree Celsius");
}

#[test]
fn suggestions_for_typos() {
    let e = expect_error("5 meterz to ft", "unknown_unit");
    assert_eq!(e.suggestions[0], "meter");
    let e = expect_error("5 kilometr to ft", "unknown_unit");
    assert!(e.suggestions.contains(&"kilometer".to_string()), "{:?}", e.suggestions);
    let e = expect_error("5 KM to ft", "unknown_unit");
    assert!(e.suggestions.contains(&"km".to_string()), "{:?}", e.suggestions);
    assert_eq!(e.position, Some(2));
}

#[test]
fn temperatures_convert_without_float_noise() {
    let r = unit_core::Registry::builtin();
    assert_eq!(r.convert(212.0, "°F", "K").unwrap(), 373.15);
    assert_eq!(r.convert(98.6, "degF", "degC").unwrap(), 37.0);
    assert_eq!(r.convert(100.0, "degC", "degF").unwrap(), 212.0);
    assert_eq!(r.convert(-40.0, "degC", "degF").unwrap(), -40.0);
    assert_eq!(r.convert(0.0, "K", "degC").unwrap(), -273.15);
    assert_eq!(r.convert(451.0, "degF", "degC").unwrap(), 232.77777777777777);
    // A single value that is not finite is refused; arrays keep IEEE arithmetic.
    assert_eq!(r.convert(f64::INFINITY, "degC", "K").unwrap_err().code(), "not_finite");
    assert_eq!(r.convert(f64::NAN, "degC", "K").unwrap_err().code(), "not_finite");
    let c = r.conversion("degC", "K").unwrap();
    let mut values = [f64::INFINITY, f64::NAN, 100.0];
    c.apply_slice(&mut values);
    assert!(values[0].is_infinite() && values[1].is_nan() && values[2] == 373.15);
}

#[test]
fn pi_over_a_number_is_one_number() {
    expect("pi/2 rad to deg", "90 deg");
    expect("pi/180 rad to deg", "1 deg");
    expect("2 pi rad to deg", "360 deg");
}

#[test]
fn positions_count_from_the_start_of_the_line() {
    assert_eq!(expect_error("5 mm to ftx", "unknown_unit").position, Some(8));
    assert_eq!(expect_error("5 m to (ft", "syntax").position, Some(7));
    assert_eq!(expect_error("1.8 m to ft;inx", "unknown_unit").position, Some(12));
    assert_eq!(expect_error("1.8 m to ft; inx", "unknown_unit").position, Some(13));
    assert_eq!(expect_error("5 meterz to ft", "unknown_unit").position, Some(2));
}
