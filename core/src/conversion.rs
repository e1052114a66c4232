//! A conversion between two units, compiled from their exact sizes: the factor and offset
//! are computed exactly and each rounded once; applying is a multiply (and an add for
//! temperatures, a divide for fuel economy).

use crate::dimension::Dimension;
use crate::error::{ConvertError, EvalError, NumberError, UnitError};
use crate::eval::UnitSpec;
use crate::number::Number;
use crate::table::UnitTable;

/// How to turn a value in one unit into a value in another.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Conversion {
    /// y = x · factor
    Linear {
        /// The ratio of the sizes.
        factor: f64,
    },
    /// y = x · factor + offset (absolute temperatures), each constant carried as a pair
    /// of doubles so the sum is rounded once (212 °F is 373.15 K, not 373.15000000000003).
    Affine {
        /// The ratio of the degree sizes, high part.
        factor: f64,
        /// Its rounding error.
        factor_low: f64,
        /// The shift of the zero, high part.
        offset: f64,
        /// Its rounding error.
        offset_low: f64,
        /// Absolute zero in the input unit (the nearest double): colder inputs have no meaning.
        min_input: f64,
        /// Whether the input scale rises with temperature (Delisle's falls).
        rising: bool,
    },
    /// y = k / x (L/100 km ↔ mpg)
    Reciprocal {
        /// The product of input and output.
        k: f64,
    },
}

impl Conversion {
    /// Converts one value as a person means it: an error instead of a result that is not
    /// finite, or for a temperature below absolute zero. `from` names the input unit.
    pub fn apply_checked(&self, x: f64, from: &str) -> Result<f64, UnitError> {
        if !x.is_finite() {
            // Spelled out: formatting a float generically would add its shortest-digits
            // algorithm to the WebAssembly module for three words.
            let text = if x.is_nan() { "NaN" } else if x > 0.0 { "inf" } else { "-inf" };
            return Err(UnitError::plain(NumberError::NotFinite { text: text.to_string() }));
        }
        if let Conversion::Affine { min_input, rising, .. } = *self {
            // Beyond the double nearest to absolute zero: typing absolute zero itself
            // (-273.15 °C, whose double lies a hair on either side) is always accepted.
            let below = if rising { x < min_input } else { x > min_input };
            if below {
                return Err(UnitError::plain(EvalError::BelowAbsoluteZero { unit: from.trim().to_string() }));
            }
        }
        let y = self.apply(x);
        if !y.is_finite() {
            return Err(UnitError::plain(match self {
                Conversion::Reciprocal { .. } => EvalError::DivisionByZero,
                _ => EvalError::ResultTooLarge,
            }));
        }
        Ok(y)
    }

    /// Converts one value; IEEE arithmetic (what arrays get: infinities and NaN pass).
    #[inline]
    pub fn apply(&self, x: f64) -> f64 {
        match *self {
            Conversion::Linear { factor } => x * factor,
            Conversion::Affine { factor, factor_low, offset, offset_low, .. } => affine(x, factor, factor_low, offset, offset_low),
            Conversion::Reciprocal { k } => k / x,
        }
    }

    /// Converts `from` into `to` (equal lengths; extra elements are left alone).
    #[inline]
    pub fn apply_into(&self, from: &[f64], to: &mut [f64]) {
        let pairs = to.iter_mut().zip(from.iter());
        match *self {
            Conversion::Linear { factor } => pairs.for_each(|(y, x)| *y = x * factor),
            Conversion::Affine { factor, factor_low, offset, offset_low, .. } => {
                pairs.for_each(|(y, x)| *y = affine(*x, factor, factor_low, offset, offset_low))
            }
            Conversion::Reciprocal { k } => pairs.for_each(|(y, x)| *y = k / x),
        }
    }

    /// Converts values in place.
    pub fn apply_slice(&self, xs: &mut [f64]) {
        match *self {
            Conversion::Linear { factor } => xs.iter_mut().for_each(|x| *x *= factor),
            Conversion::Affine { factor, factor_low, offset, offset_low, .. } => {
                xs.iter_mut().for_each(|x| *x = affine(*x, factor, factor_low, offset, offset_low))
            }
            Conversion::Reciprocal { k } => xs.iter_mut().for_each(|x| *x = k / *x),
        }
    }
}

/// x·(f + fl) + (o + ol) with the product's and the sum's rounding errors recovered
/// exactly (fma, two-sum) and added back before the one final rounding.
#[inline]
fn affine(x: f64, f: f64, fl: f64, o: f64, ol: f64) -> f64 {
    let product = x * f;
    let sum = product + o;
    if !sum.is_finite() {
        return sum;
    }
    let product_error = x.mul_add(f, -product);
    let back = sum - product;
    let sum_error = (product - (sum - back)) + (o - back);
    sum + (sum_error + product_error + x.mul_add(fl, ol))
}

/// Compiles the conversion from `a` to `b` (written `from` and `to`), exactly, each constant
/// rounded once; reciprocal only between dimensions the table allows (fuel economy, pace),
/// and only when both sides name a unit that may take part ([`UnitSpec::reciprocal`]).
pub fn compile(table: &UnitTable, a: &UnitSpec, b: &UnitSpec, from: &str, to: &str) -> Result<Conversion, UnitError> {
    if a.dim == b.dim {
        let ratio = a.factor.div(b.factor).ok_or_else(|| zero_unit(to))?;
        if a.offset.is_none() && b.offset.is_none() {
            return Ok(Conversion::Linear { factor: ratio.to_f64() });
        }
        // y = (x + oa)·fa/fb − ob  =  x·ratio + (oa·ratio − ob)
        let oa = a.offset.unwrap_or(Number::ZERO);
        let ob = b.offset.unwrap_or(Number::ZERO);
        let offset = oa.mul(ratio).sub(ob);
        let (factor, factor_low) = ratio.split();
        let (offset, offset_low) = offset.split();
        let min_input = oa.neg().to_f64();
        let rising = a.factor.to_f64() > 0.0;
        return Ok(Conversion::Affine { factor, factor_low, offset, offset_low, min_input, rising });
    }
    let inverse = a.dim.recip().map_or(false, |d| d == b.dim);
    if inverse && a.reciprocal && b.reciprocal && table.reciprocal_allowed(&a.dim, &b.dim) && a.offset.is_none() && b.offset.is_none() {
        // x·fa = 1 / (y·fb)  ⇒  y = 1 / (fa·fb) / x
        let k = Number::ONE.div(a.factor.mul(b.factor)).ok_or_else(|| zero_unit(to))?;
        return Ok(Conversion::Reciprocal { k: k.to_f64() });
    }
    Err(incompatible(table, from, &a.dim, to, &b.dim))
}

/// "Cannot convert "5 kg" (mass) to "m" (length)": dimensions named by their category
/// where one measures them.
pub fn incompatible(table: &UnitTable, from: &str, a: &Dimension, to: &str, b: &Dimension) -> UnitError {
    let describe = |unit: &str, d: &Dimension| -> String {
        match table.category_name_for(Some(unit), d) {
            Some(name) => crate::case::fold(name),
            None => d.to_string(),
        }
    };
    let (da, db) = (describe(from, a), describe(to, b));
    let (da, db) = if da == db { (a.to_string(), b.to_string()) } else { (da, db) };
    UnitError::new(
        ConvertError::Incompatible { from: from.to_string(), from_dimension: da, to: to.to_string(), to_dimension: db },
        to,
        None,
    )
}

/// A unit of size zero cannot be converted to.
pub fn zero_unit(name: &str) -> UnitError {
    UnitError::new(ConvertError::ZeroSize { unit: name.to_string() }, name, None)
}
