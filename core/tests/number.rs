//! `Number`: exact while it can be (a fraction times a power of π), a double after; zero
//! and refusals; and through the evaluator, the sums and quotients people type.

use std::f64::consts::PI;

mod common;
use common::{expect, expect_error};
use unit_core::number::Number;
use unit_core::rational::Rational;
use unit_core::Registry;

fn ex(n: i128, d: i128, k: i32) -> Number {
    Number::Exact(Rational::new(n, d).unwrap(), k)
}

#[test]
fn zero_is_zero_in_every_form() {
    assert!(Number::ZERO.is_zero());
    assert!(ex(0, 1, 3).is_zero());
    assert!(Number::Float(0.0).is_zero() && Number::Float(-0.0).is_zero());
    assert!(!Number::ONE.is_zero() && !ex(1, 1 << 100, 0).is_zero() && !Number::Float(5e-324).is_zero());
}

#[test]
fn exact_arithmetic_keeps_powers_of_pi() {
    let deg = ex(1, 180, 1); // π/180
    assert_eq!(deg.mul(ex(180, 1, 0)), ex(1, 1, 1));
    assert_eq!(deg.mul(deg), ex(1, 32400, 2));
    assert_eq!(Number::ONE.div(deg), Some(ex(180, 1, -1)));
    assert_eq!(deg.add(deg), ex(1, 90, 1));
    assert_eq!(deg.sub(deg), Number::ZERO, "a zero sum drops its power of π");
    assert_eq!(deg.add(Number::ZERO), deg, "adding 0 keeps the power of π");
    assert_eq!(Number::ZERO.add(deg), deg);
    assert_eq!(deg.neg(), ex(-1, 180, 1));
    assert_eq!(deg.powi(2), Some(ex(1, 32400, 2)));
    assert_eq!(deg.powi(-1), Some(ex(180, 1, -1)));
    assert_eq!(ex(2, 3, 0).powi(0), Some(Number::ONE));
    assert_eq!(Number::ONE.to_f64(), 1.0);
    assert_eq!(ex(1, 4, 0).to_f64(), 0.25);
    assert_eq!(deg.to_f64(), PI / 180.0);
    assert_eq!(ex(3, 1, 2).to_f64(), 3.0 * PI * PI);
    assert_eq!(ex(3, 1, -1).to_f64(), 3.0 / PI);
}

#[test]
fn different_powers_of_pi_are_not_added_as_alike() {
    // 1 + π is no fraction: it becomes a double with the right value.
    match ex(1, 1, 0).add(ex(1, 1, 1)) {
        Number::Float(x) => assert_eq!(x, 1.0 + PI),
        other => panic!("1 + π gave {:?}", other),
    }
    match ex(1, 180, 1).sub(ex(1, 1, 0)) {
        Number::Float(x) => assert_eq!(x, PI / 180.0 - 1.0),
        other => panic!("π/180 - 1 gave {:?}", other),
    }
}

#[test]
fn overflow_falls_back_to_doubles() {
    let big = ex(1 << 100, 1, 0);
    assert_eq!(big.mul(big), Number::Float(2f64.powi(200)));
    assert_eq!(big.add(ex(i128::MAX, 1, 0)), Number::Float(2f64.powi(100) + i128::MAX as f64));
    assert_eq!(ex(1, 1 << 100, 0).div(big), Some(Number::Float(2f64.powi(-200))));
    assert_eq!(big.powi(2), Some(Number::Float(2f64.powi(200))));
    assert_eq!(ex(2, 1, i32::MAX).powi(2), Some(Number::Float((2.0 * PI.powi(i32::MAX)).powi(2))));
    assert_eq!(ex(2, 1, i32::MAX).mul(ex(1, 1, 1)), Number::Float(2.0 * PI.powi(i32::MAX) * PI));
    assert_eq!(ex(2, 1, i32::MIN).div(ex(1, 1, 1)), Some(Number::Float(2.0 * PI.powi(i32::MIN) / PI)));
    // A double stays a double.
    assert_eq!(Number::Float(2.0).mul(ex(3, 1, 0)), Number::Float(6.0));
    assert_eq!(Number::Float(2.0).add(ex(3, 1, 0)), Number::Float(5.0));
    assert_eq!(Number::Float(2.0).neg(), Number::Float(-2.0));
    assert_eq!(Number::Float(2.0).powi(-2), Some(Number::Float(0.25)));
    assert_eq!(ex(4, 1, 0).powf(0.5), Number::Float(2.0));
}

#[test]
fn division_by_zero_and_zero_to_a_negative_power_are_refused() {
    assert_eq!(Number::ONE.div(Number::ZERO), None);
    assert_eq!(Number::ONE.div(Number::Float(0.0)), None);
    assert_eq!(Number::Float(1.0).div(Number::Float(-0.0)), None);
    assert_eq!(Number::ZERO.powi(-1), None);
    assert_eq!(Number::Float(0.0).powi(-3), None);
    assert_eq!(Number::ZERO.powi(0), Some(Number::ONE));
    assert_eq!(Number::ZERO.powi(3), Some(Number::ZERO));
    assert_eq!(Number::Float(0.0).powi(2), Some(Number::Float(0.0)));
    assert_eq!(Number::ZERO.div(Number::ONE), Some(Number::ZERO));
}

#[test]
fn split_carries_the_rounding_error() {
    let third = ex(1, 3, 0);
    let (hi, lo) = third.split();
    assert_eq!(hi, 1.0 / 3.0);
    // 1/3 - hi exactly: hi = 6004799503160661 / 2^54, so the error is 1/(3·2^54).
    assert_eq!(lo, 1.0 / (3.0 * 2f64.powi(54)));
    assert_eq!(ex(1, 4, 0).split(), (0.25, 0.0));
    assert_eq!(ex(1, 180, 1).split(), (PI / 180.0, 0.0), "no error term with π");
    assert_eq!(Number::Float(0.1).split(), (0.1, 0.0));
}

#[test]
fn evaluator_refusals() {
    let e = expect_error("1/0 m", "invalid_number");
    assert_eq!(e.code(), "division_by_zero");
    assert_eq!(expect_error("m/(0 m)", "invalid_number").code(), "division_by_zero");
    assert_eq!(expect_error("0^-1 m", "invalid_number").code(), "division_by_zero");
    assert_eq!(expect_error("(0 m)^-2", "invalid_number").code(), "division_by_zero");
    assert_eq!(expect_error("1 m to 0 m", "invalid_number").code(), "zero_size_unit");
    assert_eq!(expect_error("1 s to Hz", "incompatible").code(), "incompatible_units");
    let r = Registry::builtin();
    assert_eq!(r.evaluate("0 m").unwrap().value, 0.0);
    assert_eq!(r.evaluate("0^2 m").unwrap().value, 0.0);
    assert_eq!(r.evaluate("0^0 m").unwrap().value, 1.0);
}

#[test]
fn sums_of_angles_keep_their_value() {
    expect("1 rad + 1 deg to deg", "58.2957795130823 deg");
    expect("180 deg - pi rad to deg", "0 deg");
    expect("1 deg + 1 deg to deg", "2 deg");
    expect("90 deg + 100 grad to deg", "180 deg");
    let r = Registry::builtin();
    let v = r.evaluate("1 rad + 1 deg to rad").unwrap().value;
    assert!((v - (1.0 + PI / 180.0)).abs() < 1e-15, "{}", v);
}
