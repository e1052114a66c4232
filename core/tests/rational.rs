//! `Rational` against an independent reference: Python's `fractions.Fraction`
//! (core/tests/data/*.tsv, written by core/tests/data/generate_rational_vectors.py).
//! `to_f64` must give the correctly rounded double bit for bit (ties to even, the sticky
//! bit, negatives); `from_f64_exact` the exact value, or nothing where it does not fit.

use std::path::PathBuf;

use unit_core::rational::Rational;

fn rows(name: &str) -> Vec<Vec<String>> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("data").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {}", path.display(), e));
    let rows: Vec<Vec<String>> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    assert!(rows.len() > 100, "{} holds only {} rows", name, rows.len());
    rows
}

fn bits_of(hex: &str) -> u64 {
    u64::from_str_radix(hex, 16).unwrap()
}

#[test]
fn to_f64_is_correctly_rounded_as_fractions_says() {
    let mut failures = Vec::new();
    let rows = rows("to_f64.tsv");
    for row in &rows {
        let (n, d): (i128, i128) = (row[0].parse().unwrap(), row[1].parse().unwrap());
        let r = Rational::new(n, d).unwrap();
        // The vectors are in lowest terms: the core must reduce to the same fraction.
        assert_eq!((r.numer(), r.denom()), (n, d), "{}", row[3]);
        let got = r.to_f64().to_bits();
        if got != bits_of(&row[2]) {
            failures.push(format!("{}/{} ({}): got {:016x}, expected {}", n, d, row[3], got, row[2]));
        }
    }
    assert!(failures.is_empty(), "{} of {} wrong:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn unreduced_fractions_round_the_same() {
    // The same values with a common factor (and the sign on the denominator) reduce first.
    for row in rows("to_f64.tsv").iter().take(120) {
        let (n, d): (i128, i128) = (row[0].parse().unwrap(), row[1].parse().unwrap());
        for k in [2i128, 3, 10] {
            if let (Some(kn), Some(kd)) = (n.checked_mul(k), d.checked_mul(k)) {
                let r = Rational::new(kn, kd).unwrap();
                assert_eq!((r.numer(), r.denom()), (n, d), "{}·{}/{}·{}", k, n, k, d);
                let r = Rational::new(-kn, -kd).unwrap();
                assert_eq!((r.numer(), r.denom()), (n, d), "-{}·{}/-{}·{}", k, n, k, d);
                assert_eq!(r.to_f64().to_bits(), bits_of(&row[2]), "{}", row[3]);
            }
        }
    }
}

#[test]
fn from_f64_exact_as_fractions_says() {
    for row in rows("from_f64_exact.tsv") {
        let x = f64::from_bits(bits_of(&row[0]));
        let got = Rational::from_f64_exact(x).map(|r| (r.numer().to_string(), r.denom().to_string()));
        let expected = if row[1] == "none" { None } else { Some((row[1].clone(), row[2].clone())) };
        assert_eq!(got, expected, "{:e} ({})", x, row[3]);
        // What is kept converts back to the same double, sign included.
        if let Some(r) = Rational::from_f64_exact(x) {
            assert_eq!(r.to_f64(), x, "{:e}", x);
            assert_eq!(r.to_f64().is_sign_negative(), x < 0.0, "{:e}", x);
        }
    }
}

#[test]
fn from_f64_exact_refuses_what_is_not_finite() {
    for x in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        assert_eq!(Rational::from_f64_exact(x), None, "{}", x);
    }
}

fn q(n: i128, d: i128) -> Rational {
    Rational::new(n, d).unwrap()
}

#[test]
fn construction_and_refusals() {
    assert_eq!(Rational::new(1, 0), None);
    assert_eq!(Rational::new(i128::MIN, 1), None);
    assert_eq!(Rational::new(1, i128::MIN), None);
    assert_eq!(q(0, -5), Rational::ZERO);
    assert_eq!((q(6, -4).numer(), q(6, -4).denom()), (-3, 2));
    assert_eq!((q(-6, -4).numer(), q(-6, -4).denom()), (3, 2));
    assert!(Rational::ZERO.is_zero() && q(0, 7).is_zero());
    assert!(!q(1, 1 << 100).is_zero() && !q(-1, 3).is_zero());
    assert_eq!(Rational::from_int(-7), q(-7, 1));
    assert_eq!(Rational::ONE, q(9, 9));
}

#[test]
fn decimal_literals_parse_exactly() {
    let cases: &[(&str, Option<(i128, i128)>)] = &[
        ("12", Some((12, 1))),
        ("0.45359237", Some((45359237, 100000000))),
        ("1.5e3", Some((1500, 1))),
        ("1.5E-3", Some((3, 2000))),
        (".5", Some((1, 2))),
        ("5.", Some((5, 1))),
        ("2.50", Some((5, 2))),
        ("0", Some((0, 1))),
        ("1e0", Some((1, 1))),
        ("1e38", Some((100_000_000_000_000_000_000_000_000_000_000_000_000, 1))),
        ("1e39", None), // beyond 128 bits
        ("1e-38", Some((1, 100_000_000_000_000_000_000_000_000_000_000_000_000))),
        ("1e-39", None),
        (".", None),
        ("", None),
        ("1x", None),
        ("1e", None),
        ("1.2.3", None),
        ("-1", None), // the sign belongs to the expression, not to the literal
    ];
    for (text, expected) in cases {
        let got = Rational::parse_decimal(text).map(|r| (r.numer(), r.denom()));
        assert_eq!(got, *expected, "{:?}", text);
    }
}

#[test]
fn arithmetic_is_exact_and_checked() {
    assert_eq!(q(1, 6).checked_add(q(1, 3)), Some(q(1, 2)));
    assert_eq!(q(1, 6).checked_sub(q(1, 3)), Some(q(-1, 6)));
    assert_eq!(q(1, 3).checked_sub(q(1, 3)), Some(Rational::ZERO));
    assert_eq!(q(2, 3).checked_mul(q(9, 4)), Some(q(3, 2)));
    assert_eq!(q(-2, 3).checked_mul(q(9, -4)), Some(q(3, 2)));
    assert_eq!(q(2, 3).checked_div(q(4, 9)), Some(q(3, 2)));
    assert_eq!(q(2, 3).checked_div(Rational::ZERO), None);
    assert_eq!(q(-2, 3).recip(), Some(q(-3, 2)));
    assert_eq!(Rational::ZERO.recip(), None);
    assert_eq!(q(5, 7).neg(), q(-5, 7));
    assert_eq!(q(2, 3).checked_pow(3), Some(q(8, 27)));
    assert_eq!(q(2, 3).checked_pow(-3), Some(q(27, 8)));
    assert_eq!(q(-2, 3).checked_pow(5), Some(q(-32, 243)));
    assert_eq!(q(7, 5).checked_pow(0), Some(Rational::ONE));
    assert_eq!(q(2, 1).checked_pow(126), Some(q(1 << 126, 1)));
    assert_eq!(q(2, 1).checked_pow(127), None);
    assert_eq!(q(1, 2).checked_pow(-127), None);
    assert_eq!(Rational::ZERO.checked_pow(-1), None);
    assert_eq!(Rational::ZERO.checked_pow(2), Some(Rational::ZERO));
    // Large operands: the 128-bit path, cancelled crosswise.
    let big = q((1 << 100) + 1, 3);
    assert_eq!(big.checked_mul(q(3, (1 << 100) + 1)), Some(Rational::ONE));
    assert_eq!(big.checked_mul(q(6, 1)), Some(q((1 << 101) + 2, 1)));
    assert_eq!(big.checked_mul(big), None);
    assert_eq!(big.checked_add(big), Some(q((1 << 101) + 2, 3)));
    assert_eq!(q(i128::MAX, 1).checked_add(Rational::ONE), None);
    assert_eq!(q(i128::MAX, 2).checked_add(q(1, 3)), None);
    assert_eq!(q(1, 1 << 70).checked_add(q(1, (1 << 70) + 1)).map(|r| r.denom()), None);
    assert_eq!(q(1 << 64, 1).checked_mul(q(1 << 64, 1)), None);
    // -2^127 fits in i128 but cannot be negated: refused.
    assert_eq!(q(-(1 << 63), 1).checked_mul(q(1 << 64, 1)), None);
    assert_eq!(q(-(1 << 63), 1).checked_mul(q((1 << 64) - 1, 1)), Some(q(i128::MIN + (1 << 63), 1)));
}

#[test]
fn ordering_compares_values() {
    let mut v = vec![q(1, 2), q(-1, 3), q(2, 3), q(0, 1), q(-5, 2), q(i128::MAX, 3), q(-i128::MAX, 7)];
    v.sort();
    assert_eq!(v, vec![q(-i128::MAX, 7), q(-5, 2), q(-1, 3), q(0, 1), q(1, 2), q(2, 3), q(i128::MAX, 3)]);
    assert!(q(1, 3) < q(1, 2));
    assert!(q(i128::MAX, 3) > q(i128::MAX, 5), "cross products overflow: compared as doubles");
    assert_eq!(q(1, 3).cmp(&q(2, 6)), std::cmp::Ordering::Equal);
    assert_eq!(q(1, 3).partial_cmp(&q(1, 2)), Some(std::cmp::Ordering::Less));
}
