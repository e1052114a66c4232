//! The evaluator: powers written without `^`, absolute temperatures and where they are
//! refused, sums, products, quotients, powers and roots, and the limits.

mod common;
use common::{expect, expect_error};

#[test]
fn powers_written_without_a_caret() {
    expect("1 m2 to ft2", "10.7639104167097 ft2");
    expect("1 cm3 to mL", "1 mL");
    expect("2 cm3 to L", "0.002 L");
    expect("1 km2 to m2", "1000000 m2");
    // Names that are no unit's alias, read as a unit and a power.
    expect("1 kg3 to g3", "1000000000 g3");
    expect("1 kg2 to g2", "1000000 g2");
    expect("1 m12 to km12", "1e-36 km12");
    expect("3 s2 to min2", "0.000833333333333333 min2");
    // Three digits are a name, not a power; offset units take no power.
    assert_eq!(expect_error("1 m123", "unknown_unit").span(), Some((2, 6)));
    assert_eq!(expect_error("1 degC2", "unknown_unit").span(), Some((2, 7)));
}

#[test]
fn absolute_temperatures_and_their_signs() {
    expect("-40 degC to degF", "-40 degF");
    expect("-(40 degC) to degF", "-40 degF");
    expect("--40 degC to degF", "104 degF");
    expect("-(-40 degF) to degC", "4.44444444444444 degC");
    expect("degC to K", "274.15 K");
    expect("-degC to K", "272.15 K");
    expect("3*degC to K", "276.15 K");
    expect("-459.67 degF to K", "0 K");
    let e = expect_error("-300 degC", "invalid_number");
    assert_eq!((e.code(), e.span()), ("below_absolute_zero", Some((5, 9))));
    assert_eq!(expect_error("-459.68 degF to K", "invalid_number").code(), "below_absolute_zero");
    // Inside a compound unit a temperature unit is its degree size.
    expect("J/(kg*degC) to J/(kg*K)", "1 J/(kg*K)");
}

#[test]
fn sums_and_products_of_absolute_temperatures_are_refused() {
    for (text, span) in [
        ("300 K - 20 degC", (11, 15)),
        ("20 degC + 5 K", (3, 7)),
        ("5 K + 20 degC", (9, 13)),
        ("20 degC - 10 degC", (3, 7)),
        ("1 deltaC + 20 degC", (14, 18)),
        // Only one side written as "number unit": still a sum with an absolute temperature.
        ("20 degC + K*5", (3, 7)),
        ("K*5 + 20 degC", (9, 13)),
    ] {
        let e = expect_error(text, "incompatible");
        assert_eq!((e.code(), e.span()), ("temperature_sum", Some(span)), "{}", text);
    }
    for (text, span) in [
        ("2 degC * 3", (2, 6)),
        ("degC*3", (0, 4)),
        ("100 degC / 2", (4, 8)),
        ("2 * 3 degC", (6, 10)),
        ("degC^2", (0, 4)),
        ("(2 degC)^2", (3, 7)),
    ] {
        let e = expect_error(text, "incompatible");
        assert_eq!((e.code(), e.span()), ("temperature_product", Some(span)), "{}", text);
    }
}

#[test]
fn arithmetic_on_quantities() {
    expect("1 m - 2 m", "-1 m");
    expect("3 m - 1 m to cm", "200 cm");
    expect("1 m / 2 s to km/h", "1.8 km/h");
    expect("-(1 m) to cm", "-100 cm");
    expect("m/s^2*s to m/s", "1 m/s");
    expect("1 (2 m) to cm", "200 cm");
    expect("kg m^2 s^-2 to J", "1 J");
    expect("(1 m)^2 to cm^2", "10000 cm^2");
    expect("(4 m^2)^(1/2) to m", "2 m");
    expect("2^0.5", "1.4142135623731");
    expect("(0 m^2)^(1/2) to m", "0 m");
    let e = expect_error("1 m + 1 s", "incompatible");
    assert_eq!(e.code(), "cannot_add");
    assert_eq!(e.details().len(), 2);
    assert_eq!(format!("{:?}", e.details()), r#"[("left", Text("length")), ("right", Text("time"))]"#);
}

#[test]
fn refusals_of_the_arithmetic() {
    assert_eq!(expect_error("1/(0 m)", "invalid_number").code(), "division_by_zero");
    assert_eq!(expect_error("0^-1", "invalid_number").code(), "division_by_zero");
    let e = expect_error("(4 m^3)^(1/2)", "incompatible");
    assert_eq!(e.code(), "fractional_power");
    assert_eq!(format!("{:?}", e.details()), r#"[("dimension", Text("length^3"))]"#);
    assert_eq!(expect_error("(-4 m^2)^(1/2)", "invalid_number").code(), "root_of_negative");
    assert_eq!(expect_error("(-8)^(1/3)", "invalid_number").code(), "root_of_negative");
    assert_eq!(expect_error("1e300 m * 1e300 m", "invalid_number").code(), "result_too_large");
    assert_eq!(expect_error("1e300^2", "invalid_number").code(), "result_too_large");
    assert_eq!(expect_error("(m^60)*(m^60)*(m^60)", "syntax").code(), "powers_too_large");
    assert_eq!(expect_error("m^100000", "syntax").code(), "bad_exponent");
}

#[test]
fn an_overflow_on_the_way_is_refused_even_if_the_end_is_finite() {
    // 1/(1e300·1e300) would come out as 0 if the infinite product were let through.
    assert_eq!(expect_error("1/(1e300*1e300) m", "invalid_number").code(), "result_too_large");
    assert_eq!(expect_error("(1e200 m)^2 / (1e200 m)", "invalid_number").code(), "result_too_large");
}

mod resolver {
    use unit_core::dimension::Dimension;
    use unit_core::error::LookupError;
    use unit_core::eval::{eval, Resolver, UnitSpec};
    use unit_core::number::Number;
    use unit_core::syntax::{tokenize, Parser};
    use unit_core::UnitError;

    /// A resolver of one unit, `u` (2 m), relying on the default `spelled_out`.
    struct OneUnit;

    impl Resolver for OneUnit {
        fn resolve(&self, name: &str, _pos: usize) -> Result<UnitSpec, UnitError> {
            if name == "u" {
                let two = Number::from_rational(unit_core::rational::Rational::from_int(2));
                Ok(UnitSpec { factor: two, dim: Dimension::base("length").unwrap(), offset: None, reciprocal: false })
            } else {
                Err(UnitError::plain(LookupError::UnknownUnit { name: name.to_string() }))
            }
        }
    }

    #[test]
    fn a_resolver_of_ones_own() {
        assert_eq!(OneUnit.spelled_out("u"), Some("u".to_string()));
        assert_eq!(OneUnit.spelled_out("km"), Some("km".to_string()));
        let text = "3 u2";
        let toks = tokenize(text).unwrap();
        let e = Parser::new(&toks, text.chars().count()).parse_all().unwrap();
        let v = eval(&e, &OneUnit).unwrap();
        assert_eq!((v.num.to_f64(), v.dim), (12.0, Dimension::base("length").unwrap().pow(2).unwrap()));
        assert_eq!(unit_core::interpret::interpret(&e, &OneUnit), "3 u2");
        let toks = tokenize("pi u").unwrap();
        let e = Parser::new(&toks, 4).parse_all().unwrap();
        assert_eq!(eval(&e, &OneUnit).unwrap().num.to_f64(), 2.0 * std::f64::consts::PI);
        let toks = tokenize("π u").unwrap();
        let e = Parser::new(&toks, 3).parse_all().unwrap();
        assert_eq!(eval(&e, &OneUnit).unwrap().num.to_f64(), 2.0 * std::f64::consts::PI);
    }

    /// A resolver that spells `u` out but names many no otherwise than one.
    struct Spelled;

    impl Resolver for Spelled {
        fn resolve(&self, name: &str, pos: usize) -> Result<UnitSpec, UnitError> {
            OneUnit.resolve(name, pos)
        }

        fn spelled_out(&self, name: &str) -> Option<String> {
            Some(format!("{} unit", name))
        }
    }

    #[test]
    fn after_a_count_a_name_is_spelled_out_as_alone_by_default() {
        assert_eq!(Spelled.spelled_out_after("u", Some(3.0)), Some("u unit".to_string()));
        assert_eq!(OneUnit.spelled_out_after("u", None), Some("u".to_string()));
        let toks = tokenize("3 u").unwrap();
        let e = Parser::new(&toks, 3).parse_all().unwrap();
        assert_eq!(unit_core::interpret::interpret(&e, &Spelled), "3 u unit");
    }
}
