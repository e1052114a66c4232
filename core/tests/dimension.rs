//! Dimensions: exponents of the base quantities, their arithmetic and its limits, and
//! how they are written in messages.

use unit_core::dimension::{Dimension, BASE_NAMES};

fn d(name: &str) -> Dimension {
    Dimension::base(name).unwrap()
}

#[test]
fn base_dimensions_are_distinct() {
    assert_eq!(Dimension::base("no such"), None);
    for (i, a) in BASE_NAMES.iter().enumerate() {
        let da = d(a);
        assert_eq!(da.0[i], 1);
        assert_eq!(da.0.iter().map(|&e| e as i32).sum::<i32>(), 1);
        assert!(!da.is_none());
        for b in &BASE_NAMES[i + 1..] {
            assert_ne!(da, d(b));
        }
    }
    assert!(Dimension::NONE.is_none() && Dimension::default().is_none());
}

#[test]
fn arithmetic() {
    let (l, t) = (d("length"), d("time"));
    let speed = l.div(&t).unwrap();
    assert_eq!(speed.0[0], 1);
    assert_eq!(speed.0[2], -1);
    assert_eq!(speed.mul(&t).unwrap(), l);
    assert_eq!(speed.recip().unwrap().mul(&speed).unwrap(), Dimension::NONE);
    let area = l.pow(2).unwrap();
    assert_eq!(area, l.mul(&l).unwrap());
    assert_eq!(area.root(2), Some(l));
    assert_eq!(l.pow(3).unwrap().root(3), Some(l));
    assert_eq!(l.pow(3).unwrap().root(2), None);
    assert_eq!(l.root(0), None);
    assert_eq!(l.pow(0), Some(Dimension::NONE));
    assert_eq!(l.pow(-2).unwrap(), area.recip().unwrap());
    assert_eq!(area.root(-2), Some(l.recip().unwrap()));
    // Limits of the i8 exponents: overflow is refused, never wrapped.
    assert_eq!(l.pow(127).unwrap().0[0], 127);
    assert_eq!(l.pow(-128).unwrap().0[0], -128);
    assert_eq!(l.pow(128), None);
    assert_eq!(l.pow(-129), None);
    assert_eq!(l.pow(i32::MAX), None);
    let top = l.pow(127).unwrap();
    assert_eq!(top.mul(&l), None);
    let bottom = l.pow(-128).unwrap();
    assert_eq!(bottom.recip(), None);
    assert_eq!(l.div(&bottom), None);
    assert_eq!(bottom.mul(&l).unwrap().0[0], -127);
}

#[test]
fn display() {
    let (l, m, t) = (d("length"), d("mass"), d("time"));
    assert_eq!(Dimension::NONE.to_string(), "dimensionless");
    assert_eq!(l.to_string(), "length");
    assert_eq!(l.div(&t).unwrap().to_string(), "length / time");
    assert_eq!(t.recip().unwrap().to_string(), "1 / time");
    assert_eq!(l.pow(3).unwrap().to_string(), "length^3");
    assert_eq!(t.pow(-2).unwrap().to_string(), "1 / time^2");
    let force = m.mul(&l).unwrap().div(&t.pow(2).unwrap()).unwrap();
    assert_eq!(force.to_string(), "length·mass / time^2");
}
