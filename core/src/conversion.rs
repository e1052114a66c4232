//! Conversions between two unit expressions, compiled once and cached.
//!
//! Compiling computes the factor and offset exactly and rounds each once; applying is a
//! multiply (and an add for temperatures, a divide for fuel economy).

use crate::fast_hash::FastMap;
use std::sync::Mutex;

use crate::dimension::Dimension;
use crate::error::{ErrorKind, UnitError};
use crate::eval::{affine_source, eval, resolve_with_power, Resolver};
use crate::number::Number;
use crate::registry::Registry;
use crate::syntax::{tokenize, Parser, Token};

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Conversion {
    /// y = x · factor
    Linear { factor: f64 },
    /// y = x · factor + offset (absolute temperatures), each constant carried as a pair
    /// of doubles so the sum is rounded once (212 °F is 373.15 K, not 373.15000000000003).
    Affine { factor: f64, factor_low: f64, offset: f64, offset_low: f64 },
    /// y = k / x (L/100 km ↔ mpg)
    Reciprocal { k: f64 },
}

impl Conversion {
    #[inline]
    pub fn apply(&self, x: f64) -> f64 {
        match *self {
            Conversion::Linear { factor } => x * factor,
            Conversion::Affine { factor, factor_low, offset, offset_low } => affine(x, factor, factor_low, offset, offset_low),
            Conversion::Reciprocal { k } => k / x,
        }
    }

    /// Converts `from` into `to` (equal lengths; extra elements are left alone).
    #[inline]
    pub fn apply_into(&self, from: &[f64], to: &mut [f64]) {
        let pairs = to.iter_mut().zip(from.iter());
        match *self {
            Conversion::Linear { factor } => pairs.for_each(|(y, x)| *y = x * factor),
            Conversion::Affine { factor, factor_low, offset, offset_low } => {
                pairs.for_each(|(y, x)| *y = affine(*x, factor, factor_low, offset, offset_low))
            }
            Conversion::Reciprocal { k } => pairs.for_each(|(y, x)| *y = k / x),
        }
    }

    pub fn apply_slice(&self, xs: &mut [f64]) {
        match *self {
            Conversion::Linear { factor } => xs.iter_mut().for_each(|x| *x *= factor),
            Conversion::Affine { factor, factor_low, offset, offset_low } => {
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

/// A unit expression reduced to its size in SI base units.
#[derive(Clone, Debug)]
pub struct UnitSpec {
    pub factor: Number,
    pub dim: Dimension,
    /// Set when the expression is a single offset unit (`°C`): its zero is shifted.
    pub offset: Option<Number>,
}

/// Bounded so that a program converting between endless distinct strings cannot grow it
/// without limit; real use has a handful of pairs.
const CACHE_LIMIT: usize = 4096;

#[derive(Default)]
pub struct ConversionCache {
    map: Mutex<FastMap<String, FastMap<String, Conversion>>>,
}

impl Registry {
    /// Parses a unit expression (`km/h`, `BTU/(h*ft^2)`, `L/100km`, `°C`).
    pub fn unit_spec(&self, text: &str) -> Result<UnitSpec, UnitError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(UnitError::syntax("No unit given.".to_string(), "", Some(0)));
        }
        // Whole-string names first: symbols such as `km/h` or names such as `US gallon`.
        if let Some(r) = self.lookup(trimmed) {
            let u = self.resolve_ref(r);
            return Ok(UnitSpec { factor: u.factor, dim: u.dim, offset: u.offset });
        }
        let toks = crate::quantity::merge_multiword(self, tokenize(trimmed)?);
        self.spec_of_tokens(&toks, trimmed, trimmed.chars().count())
    }

    /// A unit expression already split into tokens, whose positions count in a line of
    /// `line_len` characters (a target's tokens keep their places in the whole line, so
    /// messages point at the right character). `text` is the unit as written.
    pub(crate) fn spec_of_tokens(&self, toks: &[Token], text: &str, line_len: usize) -> Result<UnitSpec, UnitError> {
        if let Some(r) = self.lookup(text) {
            let u = self.resolve_ref(r);
            return Ok(UnitSpec { factor: u.factor, dim: u.dim, offset: u.offset });
        }
        let expr = Parser::new(toks, line_len).parse_all()?;
        if let Some((None, name, pos, false)) = affine_source(&expr) {
            let u = resolve_with_power(self, name, pos)?;
            return Ok(UnitSpec { factor: u.factor, dim: u.dim, offset: u.offset });
        }
        let v = eval(&expr, self as &dyn Resolver)?;
        if v.num.is_zero() {
            return Err(UnitError::invalid_number(format!("\"{}\" has size zero.", text), text));
        }
        Ok(UnitSpec { factor: v.num, dim: v.dim, offset: None })
    }

    /// The cached conversion from one unit expression to another.
    pub fn conversion(&self, from: &str, to: &str) -> Result<Conversion, UnitError> {
        if let Ok(map) = self.cache.map.lock() {
            if let Some(c) = map.get(from).and_then(|m| m.get(to)) {
                return Ok(*c);
            }
        }
        let a = self.unit_spec(from)?;
        let b = self.unit_spec(to)?;
        let c = self.compile(&a, &b, from.trim(), to.trim())?;
        if let Ok(mut map) = self.cache.map.lock() {
            if map.len() >= CACHE_LIMIT {
                map.clear();
            }
            map.entry(from.to_string()).or_insert_with(FastMap::default).insert(to.to_string(), c);
        }
        Ok(c)
    }

    pub fn convert(&self, value: f64, from: &str, to: &str) -> Result<f64, UnitError> {
        Ok(self.conversion(from, to)?.apply(value))
    }

    /// Exact factor and offset, each rounded once.
    pub fn compile(&self, a: &UnitSpec, b: &UnitSpec, from: &str, to: &str) -> Result<Conversion, UnitError> {
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
            return Ok(Conversion::Affine { factor, factor_low, offset, offset_low });
        }
        let inverse = a.dim.recip().map_or(false, |d| d == b.dim);
        if inverse && !a.dim.is_none() && self.reciprocal_allowed(&a.dim, &b.dim) && a.offset.is_none() && b.offset.is_none() {
            // x·fa = 1 / (y·fb)  ⇒  y = 1 / (fa·fb) / x
            let k = Number::ONE.div(a.factor.mul(b.factor)).ok_or_else(|| zero_unit(to))?;
            return Ok(Conversion::Reciprocal { k: k.to_f64() });
        }
        Err(self.incompatible(from, &a.dim, to, &b.dim))
    }

    pub fn incompatible(&self, from: &str, a: &Dimension, to: &str, b: &Dimension) -> UnitError {
        let describe = |d: &Dimension| -> String {
            match self.category_name_of_dim(d) {
                Some(name) => crate::case::fold(name),
                None => d.to_string(),
            }
        };
        let (da, db) = (describe(a), describe(b));
        let (da, db) = if da == db { (a.to_string(), b.to_string()) } else { (da, db) };
        UnitError::new(
            ErrorKind::Incompatible,
            format!("Cannot convert \"{}\" ({}) to \"{}\" ({}): {} vs {}.", from, da, to, db, da, db),
            to,
            None,
        )
    }
}

fn zero_unit(name: &str) -> UnitError {
    UnitError::invalid_number(format!("\"{}\" has size zero.", name), name)
}
