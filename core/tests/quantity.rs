//! How a result is shown: 15 significant digits; mixed units with zero leading parts left
//! out and the last part to two decimals.

use unit_core::Quantity;

fn q(value: f64, unit: &str, parts: &[(f64, &str)]) -> Quantity {
    let mut q = Quantity::new(value, unit.to_string(), String::new());
    q.parts = parts.iter().map(|&(v, u)| (v, u.to_string())).collect();
    q
}

#[test]
fn display() {
    assert_eq!(q(160.02, "cm", &[]).display(), "160.02 cm");
    assert_eq!(q(3.7854117839999997, "L", &[]).display(), "3.785411784 L");
    assert_eq!(q(12.0, "", &[]).display(), "12");
    assert_eq!(q(0.1 + 0.2, "", &[]).display(), "0.3");
    assert_eq!(q(0.0, "ft", &[(5.0, "ft"), (10.866141732283465, "in")]).display(), "5 ft 10.87 in");
    assert_eq!(q(0.0, "ft", &[(0.0, "mi"), (3280.0, "ft"), (10.078740157480315, "in")]).display(), "3280 ft 10.08 in");
    // The sign of the whole stays when the part that carried it is zero and dropped.
    assert_eq!(q(-0.5, "ft", &[(-0.0, "ft"), (6.0, "in")]).display(), "-6 in");
    assert_eq!(q(-0.5, "ft", &[(-0.0, "yd"), (0.0, "ft"), (6.0, "in")]).display(), "-6 in");
    assert_eq!(q(-0.0001, "ft", &[(-0.0, "ft"), (0.001, "in")]).display(), "0 in");
    assert_eq!(q(-5.5, "ft", &[(-5.0, "ft"), (6.0, "in")]).display(), "-5 ft 6 in");
    assert_eq!(q(0.0, "h", &[(2.0, "h"), (0.0, "min"), (5.0, "s")]).display(), "2 h 0 min 5 s");
    assert_eq!(q(0.0, "h", &[(0.0, "h"), (0.0, "min")]).display(), "0 min");
    assert_eq!(q(0.0, "ft", &[(-5.0, "ft"), (10.866, "in")]).display(), "-5 ft 10.87 in");
    // Without the sizes of the parts, a rounded last part cannot carry.
    assert_eq!(q(0.0, "ft", &[(1.0, "ft"), (11.996, "in")]).display(), "1 ft 12 in");
    // With them it carries; a size of 0 stands for one that could not be had (the target
    // writes 0 then) and carries nothing.
    let mut carried = q(0.0, "ft", &[(1.0, "ft"), (11.996, "in")]);
    carried.carries = vec![12.0];
    assert_eq!(carried.display(), "2 ft 0 in");
    carried.carries = vec![0.0];
    assert_eq!(carried.display(), "1 ft 12 in");
    // Leading parts get 17 digits (whole numbers must not be rounded away), the last 15.
    assert_eq!(q(0.0, "d", &[(123456789012345678.0, "d"), (1.0, "h")]).display(), "1.2345678901234568e17 d 1 h");
}

fn inches(value: f64, n: u32) -> String {
    let mut q = Quantity::new(value, "in".to_string(), String::new());
    q.inch_fraction = Some(n);
    q.display()
}

/// Inches as a whole number and a fraction in lowest terms, as a tape measure reads.
#[test]
fn inch_fractions() {
    assert_eq!(inches(6.9375, 16), "6 15/16 in");
    assert_eq!(inches(6.0, 16), "6 in");
    assert_eq!(inches(0.375, 16), "3/8 in");
    assert_eq!(inches(6.5, 16), "6 1/2 in");
    assert_eq!(inches(6.75, 16), "6 3/4 in");
    assert_eq!(inches(0.125, 16), "1/8 in");
    assert_eq!(inches(0.0625, 16), "1/16 in");
    assert_eq!(inches(10.5, 2), "10 1/2 in");
    assert_eq!(inches(2.0 / 3.0, 3), "2/3 in");
    assert_eq!(inches(0.6, 5), "3/5 in");
    // The nearest 1/n: 0.03 in is nearer 0 than 1/16; 0.04 is nearer 1/16.
    assert_eq!(inches(0.03, 16), "0 in");
    assert_eq!(inches(0.04, 16), "1/16 in");
    // A sign only for a value that is not zero once rounded.
    assert_eq!(inches(-6.9375, 16), "-6 15/16 in");
    assert_eq!(inches(-0.375, 16), "-3/8 in");
    assert_eq!(inches(-3.0, 16), "-3 in");
    assert_eq!(inches(-0.01, 16), "0 in");
    // Up to 10^15 sixteenths the fraction is exact; beyond, and for infinity, a plain number.
    assert_eq!(inches(1e15 / 3.0, 3), "333333333333333 1/3 in");
    assert_eq!(inches(1e20, 16), "1e20 in");
    assert_eq!(inches(f64::INFINITY, 16), "inf in");
    // Mixed: the last part as a fraction, not rounded to two decimals first.
    let mut q = q(0.0, "ft", &[(5.0, "ft"), (10.875, "in")]);
    q.inch_fraction = Some(8);
    assert_eq!(q.display(), "5 ft 10 7/8 in");
    q.parts = vec![(1.0, "ft".to_string()), (1.0 / 256.0, "in".to_string())];
    q.inch_fraction = Some(256);
    assert_eq!(q.display(), "1 ft 1/256 in");
    q.parts = vec![(0.0, "ft".to_string()), (0.5, "in".to_string())];
    assert_eq!(q.display(), "1/2 in");
}
