//! A real number that stays exact as long as it can.
//!
//! `Exact(r, k)` is `r · π^k`: angles bring π into factors (1° = π/180 rad), everything
//! else is a fraction. When an operation leaves what 128-bit fractions can hold, or mixes
//! different powers of π in a sum, the number becomes an `f64` and stays one.

use crate::rational::Rational;
use std::f64::consts::PI;

/// A real number: exact as `r · π^k` while it can be, otherwise an `f64`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// `r · π^k`: the fraction `r` times π to the power `k`.
    Exact(Rational, i32),
    /// An approximation, once exactness is lost; arithmetic never makes it exact again.
    Float(f64),
}

impl Number {
    /// Exactly 1.
    pub const ONE: Number = Number::Exact(Rational::ONE, 0);
    /// Exactly 0.
    pub const ZERO: Number = Number::Exact(Rational::ZERO, 0);

    /// The exact fraction `r`, without a factor of π.
    pub fn from_rational(r: Rational) -> Number {
        Number::Exact(r, 0)
    }

    /// The value as an `f64`: a fraction alone is correctly rounded; with a power of π it
    /// is the product of two rounded values, so it may be off by a few units in the last place.
    pub fn to_f64(self) -> f64 {
        match self {
            Number::Exact(r, 0) => r.to_f64(),
            Number::Exact(r, k) => r.to_f64() * PI.powi(k),
            Number::Float(x) => x,
        }
    }

    /// The nearest `f64` and what it leaves out (`hi + lo` is within 2^-106 of the value), so
    /// a conversion can carry the rounding error of its constants; `lo` is 0 when unknown.
    pub fn split(self) -> (f64, f64) {
        let hi = self.to_f64();
        let lo = match self {
            Number::Exact(r, 0) => Rational::from_f64_exact(hi).and_then(|h| r.checked_sub(h)).map_or(0.0, |d| d.to_f64()),
            _ => 0.0,
        };
        (hi, lo)
    }

    /// Whether the value is 0 (`-0.0` included).
    pub fn is_zero(self) -> bool {
        match self {
            Number::Exact(r, _) => r.is_zero(),
            Number::Float(x) => x == 0.0,
        }
    }

    /// The product: exact when both factors are exact and it fits in 128 bits, else `f64`.
    pub fn mul(self, o: Number) -> Number {
        if let (Number::Exact(a, i), Number::Exact(b, j)) = (self, o) {
            if let (Some(r), Some(k)) = (a.checked_mul(b), i.checked_add(j)) {
                return Number::Exact(r, k);
            }
        }
        Number::Float(self.to_f64() * o.to_f64())
    }

    /// The quotient, with the exactness of [`Number::mul`]; `None` on division by zero.
    pub fn div(self, o: Number) -> Option<Number> {
        if o.is_zero() {
            return None;
        }
        if let (Number::Exact(a, i), Number::Exact(b, j)) = (self, o) {
            if let (Some(r), Some(k)) = (a.checked_div(b), i.checked_sub(j)) {
                return Some(Number::Exact(r, k));
            }
        }
        Some(Number::Float(self.to_f64() / o.to_f64()))
    }

    /// The sum: exact when both are exact with the same power of π (or one is 0) and it
    /// fits in 128 bits; a sum such as `1 + π` becomes an `f64`.
    pub fn add(self, o: Number) -> Number {
        match (self, o) {
            (Number::Exact(a, i), Number::Exact(b, j)) if i == j || a.is_zero() || b.is_zero() => {
                let k = if a.is_zero() { j } else { i };
                match a.checked_add(b) {
                    Some(r) => Number::Exact(r, if r.is_zero() { 0 } else { k }),
                    None => Number::Float(self.to_f64() + o.to_f64()),
                }
            }
            _ => Number::Float(self.to_f64() + o.to_f64()),
        }
    }

    /// `-self`, as exact as `self`.
    pub fn neg(self) -> Number {
        match self {
            Number::Exact(r, k) => Number::Exact(r.neg(), k),
            Number::Float(x) => Number::Float(-x),
        }
    }

    /// The difference, with the exactness rules of [`Number::add`].
    pub fn sub(self, o: Number) -> Number {
        self.add(o.neg())
    }

    /// `self` to an integer power: exact when `self` is exact and it fits in 128 bits, else
    /// `f64`; `None` for 0 to a negative power.
    pub fn powi(self, e: i32) -> Option<Number> {
        if e < 0 && self.is_zero() {
            return None;
        }
        if let Number::Exact(r, k) = self {
            if let (Some(p), Some(pk)) = (r.checked_pow(e), k.checked_mul(e)) {
                return Some(Number::Exact(p, pk));
            }
        }
        Some(Number::Float(self.to_f64().powi(e)))
    }

    /// `self` to a non-integer power (a root such as `^0.5`), always an `f64`.
    pub fn powf(self, e: f64) -> Number {
        Number::Float(self.to_f64().powf(e))
    }
}
