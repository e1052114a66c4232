//! Compiled conversions: the array paths (`apply_into`, `apply_slice`) element by element
//! against the scalar path and against constants computed independently, for linear,
//! affine (temperature) and reciprocal (fuel economy) conversions; and the refusals of
//! `compile`.

use unit_core::rational::Rational;
use unit_core::{Conversion, Registry};

/// Inputs with the awkward cases: zeros of both signs, negatives, huge and tiny values,
/// infinities and NaN (arrays use IEEE arithmetic and let them through).
fn inputs() -> Vec<f64> {
    let mut xs = vec![0.0, -0.0, 1.0, -1.0, 2.0, 0.5, 3.75, -40.0, 100.0, 1e300, -1e300, 1e-300, 5e-324, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..200 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        xs.push(((state >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 1e4);
    }
    xs
}

trait NextUp {
    fn next_up_compat(self) -> f64;
}

impl NextUp for f64 {
    /// The next double up (for positive finite values), without `f64::next_up` (Rust 1.86).
    fn next_up_compat(self) -> f64 {
        f64::from_bits(self.to_bits() + 1)
    }
}

fn same(a: f64, b: f64) -> bool {
    a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
}

/// The exact ratio a/b (decimals) rounded once, by the fraction reference-tested in rational.rs.
fn ratio(a: i128, b: i128) -> f64 {
    Rational::new(a, b).unwrap().to_f64()
}

fn check_arrays(c: &Conversion, expected: impl Fn(f64) -> f64, what: &str) {
    let xs = inputs();
    let mut into = vec![f64::NAN; xs.len()];
    c.apply_into(&xs, &mut into);
    let mut slice = xs.clone();
    c.apply_slice(&mut slice);
    for (i, &x) in xs.iter().enumerate() {
        let scalar = c.apply(x);
        assert!(same(into[i], scalar), "{} apply_into({:e}) = {:e}, apply = {:e}", what, x, into[i], scalar);
        assert!(same(slice[i], scalar), "{} apply_slice({:e}) = {:e}, apply = {:e}", what, x, slice[i], scalar);
        let want = expected(x);
        assert!(same(scalar, want), "{} apply({:e}) = {:e}, expected {:e}", what, x, scalar, want);
    }
}

#[test]
fn linear_arrays_match_the_scalar_path() {
    let r = Registry::builtin();
    let c = r.conversion("mi", "km").unwrap();
    let f = ratio(1_609_344, 1_000_000);
    assert_eq!(c, Conversion::Linear { factor: f });
    check_arrays(&c, |x| x * f, "mi -> km");
    let c = r.conversion("km", "mi").unwrap();
    let f = ratio(1_000_000, 1_609_344);
    check_arrays(&c, |x| x * f, "km -> mi");
}

#[test]
fn affine_arrays_match_the_scalar_path() {
    let r = Registry::builtin();
    let c = r.conversion("degC", "degF").unwrap();
    // Exact for these: 9/5 x + 32 needs no extra rounding where x·9/5 is exact.
    check_arrays(&c, |x| if x.is_finite() && (x * 4.0).fract() == 0.0 && x.abs() < 1e6 { x * 1.8 + 32.0 } else { c.apply(x) }, "degC -> degF");
    let c = r.conversion("degF", "K").unwrap();
    check_arrays(&c, |x| c.apply(x), "degF -> K");
    let mut xs = [212.0, 32.0, 50.0, 98.6];
    c.apply_slice(&mut xs);
    assert_eq!(xs, [373.15, 273.15, 283.15, 310.15]);
    let mut out = [1.0; 5];
    c.apply_into(&[212.0, 32.0, 50.0, 98.6], &mut out);
    assert_eq!(out, [373.15, 273.15, 283.15, 310.15, 1.0], "an extra output element is left alone");
}

#[test]
fn reciprocal_arrays_match_the_scalar_path() {
    let r = Registry::builtin();
    // 100 km/L in mpg: 100 · 3.785411784 / 1.609344 = 3785411784 / 16093440, exactly.
    let k = ratio(3_785_411_784, 16_093_440);
    for (from, to) in [("L/100km", "mpg"), ("mpg", "L/100km")] {
        let c = r.conversion(from, to).unwrap();
        assert_eq!(c, Conversion::Reciprocal { k });
        check_arrays(&c, |x| k / x, &format!("{} -> {}", from, to));
    }
    let c = r.conversion("L/100km", "mpg").unwrap();
    let mut xs = [1.0, 2.0, 4.0, 0.0, -0.0];
    c.apply_slice(&mut xs);
    assert_eq!(xs, [k, k / 2.0, k / 4.0, f64::INFINITY, f64::NEG_INFINITY]);
    assert!((xs[1] - 117.607_291_666_666_67).abs() < 1e-9, "{}", xs[1]);
}

#[test]
fn checked_scalars_agree_with_arrays_or_refuse() {
    let r = Registry::builtin();
    for (from, to) in [("mi", "km"), ("degC", "degF"), ("degF", "K"), ("L/100km", "mpg"), ("mpg", "L/100km"), ("degRe", "degC")] {
        let c = r.conversion(from, to).unwrap();
        for x in inputs() {
            match r.convert(x, from, to) {
                Ok(y) => assert!(same(y, c.apply(x)), "{} {} -> {}", x, from, to),
                Err(e) => {
                    let code = e.code();
                    let why = if !x.is_finite() {
                        "not_finite"
                    } else if matches!(c, Conversion::Reciprocal { .. }) {
                        // Any reciprocal result that is not finite is reported so (also
                        // for 5e-324, whose reciprocal overflows).
                        "division_by_zero"
                    } else if c.apply(x).is_finite() {
                        "below_absolute_zero"
                    } else {
                        "result_too_large"
                    };
                    assert_eq!(code, why, "{:e} {} -> {}", x, from, to);
                    assert!(!e.message.is_empty());
                }
            }
        }
    }
}

#[test]
fn absolute_zero_is_the_limit_in_both_directions() {
    let r = Registry::builtin();
    // The double nearest -273.15 lies a hair above absolute zero: accepted, exactly.
    assert_eq!(r.convert(-273.15, "degC", "K").unwrap(), 2.2737367544323206e-14);
    assert_eq!(r.convert(-273.16, "degC", "K").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(f64::from_bits((-273.15f64).to_bits() + 1), "degC", "K").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(-1e-9, "K", "degC").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(0.0, "K", "degC").unwrap(), -273.15);
    // Delisle falls as it warms: 559.725 °De is absolute zero, more is colder.
    assert!(r.convert(559.7, "degDe", "K").unwrap() > 0.0);
    // Typing absolute zero itself is accepted on a falling scale too.
    assert!(r.convert(559.725, "degDe", "K").unwrap().abs() < 1e-12);
    assert_eq!(r.convert(559.725f64.next_up_compat(), "degDe", "K").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(559.8, "degDe", "K").unwrap_err().code(), "below_absolute_zero");
    assert_eq!(r.convert(0.0, "degDe", "degC").unwrap(), 100.0);
    assert_eq!(r.convert(-150.0, "degDe", "degC").unwrap(), 200.0);
    let e = r.convert(-300.0, " degC ", "K").unwrap_err();
    assert_eq!(e.details(), vec![("unit", unit_core::Detail::Text("degC".to_string()))]);
}

#[test]
fn results_that_are_not_finite_are_refused() {
    let r = Registry::builtin();
    assert_eq!(r.convert(1e300, "km", "nm").unwrap_err().code(), "result_too_large");
    assert_eq!(r.convert(1e308, "degC", "degF").unwrap_err().code(), "result_too_large");
    assert_eq!(r.convert(0.0, "L/100km", "mpg").unwrap_err().code(), "division_by_zero");
    assert_eq!(r.convert(f64::NEG_INFINITY, "m", "ft").unwrap_err().code(), "not_finite");
    assert_eq!(r.convert(5e-324, "mpg", "L/100km").unwrap_err().code(), "division_by_zero");
}

#[test]
fn a_value_that_is_not_finite_is_named_in_the_message() {
    let r = Registry::builtin();
    for (x, text) in [(f64::INFINITY, "inf"), (f64::NEG_INFINITY, "-inf"), (f64::NAN, "NaN")] {
        let e = r.convert(x, "m", "ft").unwrap_err();
        assert_eq!(e.details(), vec![("text", unit_core::Detail::Text(text.to_string()))]);
        assert_eq!(e.message, format!("{} is not a finite number.", text));
    }
}

#[test]
fn compile_refuses_what_cannot_be_converted() {
    let r = Registry::builtin();
    // Inverse dimensions convert reciprocally only where the table allows (fuel economy).
    for (from, to) in [("s", "Hz"), ("Hz", "s"), ("m", "1/m"), ("kg", "1/kg"), ("kg", "m"), ("degC", "1/K"), ("1", "m")] {
        let e = r.conversion(from, to).unwrap_err();
        assert_eq!(e.code(), "incompatible_units", "{} -> {}", from, to);
    }
    // A dimensionless pair is linear, never reciprocal.
    assert_eq!(r.conversion("percent", "1").unwrap(), Conversion::Linear { factor: 0.01 });
    // Units of size zero.
    assert_eq!(r.conversion("m", "0 m").unwrap_err().code(), "zero_size_unit");
    assert_eq!(r.conversion("0 m", "m").unwrap_err().code(), "zero_size_unit");
    // Dimensions are named by the category that measures them, else written out.
    let named = |from: &str, to: &str| -> Vec<String> {
        let e = r.conversion(from, to).unwrap_err();
        e.details().into_iter().filter(|(k, _)| k.ends_with("_dimension")).map(|(_, v)| format!("{:?}", v)).collect()
    };
    assert_eq!(named("m/s", "kg"), vec!["Text(\"speed\")", "Text(\"mass\")"]);
    assert_eq!(named("m^5", "kg"), vec!["Text(\"length^5\")", "Text(\"mass\")"]);
    let e = r.conversion("kg", "m").unwrap_err();
    let details = e.details();
    assert!(details.iter().any(|(k, v)| *k == "from_dimension" && *v == unit_core::Detail::Text("mass".to_string())), "{:?}", details);
    assert!(details.iter().any(|(k, v)| *k == "to_dimension" && *v == unit_core::Detail::Text("length".to_string())), "{:?}", details);
}
