//! Numbers for people: significant digits, trailing zeros trimmed, positional or
//! scientific by magnitude.

use unit_core::format_value;

#[test]
fn special_values() {
    assert_eq!(format_value(f64::NAN, 15), "NaN");
    assert_eq!(format_value(f64::INFINITY, 15), "inf");
    assert_eq!(format_value(f64::NEG_INFINITY, 15), "-inf");
    assert_eq!(format_value(0.0, 15), "0");
    assert_eq!(format_value(-0.0, 15), "0");
}

#[test]
fn layouts_at_the_edges() {
    let cases: &[(f64, usize, &str)] = &[
        (1.0, 15, "1"),
        (-1.0, 15, "-1"),
        (10.0, 15, "10"),
        (0.5, 15, "0.5"),
        (1.5, 15, "1.5"),
        (12.25, 15, "12.25"),
        (-0.001, 15, "-0.001"),
        (1e-6, 15, "0.000001"),
        (1.5e-6, 15, "0.0000015"),
        (1e-7, 15, "1e-7"),
        (-1.25e-7, 15, "-1.25e-7"),
        (999999999999999.0, 15, "999999999999999"),
        (1e15, 15, "1e15"),
        (1e15, 16, "1000000000000000"),
        (1e16, 17, "1e16"),
        (123456.0, 6, "123456"),
        (1234567.0, 6, "1.23457e6"),
        (1000000.0, 6, "1e6"),
        (1000000.0, 7, "1000000"),
        (100000.0, 5, "100000"),
        (999999.0, 5, "1e6"),
        (12345678.0, 8, "12345678"),
        (123456789.0, 8, "1.2345679e8"),
        (2.0 / 3.0, 3, "0.667"),
        (2.0 / 3.0, 0, "0.7"),
        (2.0 / 3.0, 40, "0.66666666666666663"),
        (9.5, 1, "10"),
        (9.5e6, 1, "1e7"),
        (0.1 + 0.2, 17, "0.30000000000000004"),
        (0.1 + 0.2, 15, "0.3"),
        (1.0 / 3.0 * 1e-3, 4, "0.0003333"),
    ];
    for &(x, significant, text) in cases {
        assert_eq!(format_value(x, significant), text, "{:e} to {} digits", x, significant);
    }
}

#[test]
fn what_is_shown_reads_back_close_to_the_value() {
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    for _ in 0..2000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let x = f64::from_bits(state >> 2) * if state & 1 == 0 { 1.0 } else { -1.0 };
        if !x.is_finite() {
            continue;
        }
        for significant in [1usize, 4, 10, 15, 17] {
            let shown = format_value(x, significant);
            let back: f64 = shown.parse().unwrap_or_else(|_| panic!("{:?} does not parse", shown));
            let tol = 10f64.powi(1 - significant as i32) * x.abs();
            assert!((back - x).abs() <= tol, "{:e} to {} digits: {}", x, significant, shown);
            assert!(!shown.ends_with('.') && !(shown.contains('.') && !shown.contains('e') && shown.ends_with('0')), "{}", shown);
        }
    }
}
