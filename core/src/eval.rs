//! Evaluates a parsed expression to an exact value in SI base units. Names are turned
//! into units by a [`Resolver`]: the unit table while it is being built, the engine after.

use crate::dimension::Dimension;
use crate::error::{EvalError, UnitError};
use crate::number::Number;
use crate::syntax::Expr;

/// What a unit name or a unit expression stands for.
#[derive(Clone, Debug)]
pub struct UnitSpec {
    /// Size of one unit in SI base units (for offset scales: of one degree).
    pub factor: Number,
    /// What it measures.
    pub dim: Dimension,
    /// For scales with a shifted zero (`°C`): absolute = (value + offset) × factor.
    pub offset: Option<Number>,
    /// Whether it names a unit that may take part in a reciprocal conversion (of fuel
    /// economy or pace, a volume, anything per time: `mpg`, `mi/gal`, `km/h`); only such
    /// expressions convert to the inverse dimension. `m^2` and `1/m^2` have the
    /// dimensions of `L/100km` and `mpg` but are not amounts of fuel per distance.
    pub reciprocal: bool,
}

/// Turns a unit name into what it stands for.
pub trait Resolver {
    /// The unit called `name`, which starts at character `pos` of the input.
    fn resolve(&self, name: &str, pos: usize) -> Result<UnitSpec, UnitError>;

    /// The unit's name as people read it, prefix included (`km` → "kilometer"). Only the
    /// interpretation needs it, so resolving stays free of string building.
    fn spelled_out(&self, name: &str) -> Option<String> {
        Some(name.to_string())
    }

    /// The unit's name after a count (`5 Meilen`), where the reading's language names
    /// many otherwise than one; `count` is the number, None when it is not a plain one.
    fn spelled_out_after(&self, name: &str, _count: Option<f64>) -> Option<String> {
        self.spelled_out(name)
    }
}

/// An exact amount of some dimension, in SI base units.
#[derive(Clone, Copy, Debug)]
pub struct Value {
    /// The amount.
    pub num: Number,
    /// What it measures.
    pub dim: Dimension,
    /// Whether a unit that may take part in a reciprocal conversion went into it (see
    /// [`UnitSpec`]).
    pub reciprocal: bool,
}

fn too_large() -> UnitError {
    UnitError::plain(EvalError::ResultTooLarge)
}

fn check(v: Value) -> Result<Value, UnitError> {
    match v.num {
        Number::Float(x) if !x.is_finite() => Err(too_large()),
        _ => Ok(v),
    }
}

fn dimension_overflow() -> UnitError {
    UnitError::plain(EvalError::PowersTooLarge)
}

/// Resolves a name, accepting a trailing power written without `^` (`m2`, `s2`, `cm3`).
pub fn resolve_with_power(r: &dyn Resolver, name: &str, pos: usize) -> Result<UnitSpec, UnitError> {
    let first_error = match r.resolve(name, pos) {
        Ok(found) => return Ok(found),
        Err(e) => e,
    };
    let digits = name.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits < name.len() && digits <= 2 {
        let (base, power) = name.split_at(name.len() - digits);
        if let (Ok(found), Ok(p)) = (r.resolve(base, pos), power.parse::<i32>()) {
            if found.offset.is_none() {
                let factor = found.factor.powi(p).ok_or_else(too_large)?;
                let dim = found.dim.pow(p).ok_or_else(dimension_overflow)?;
                return Ok(UnitSpec { factor, dim, offset: None, reciprocal: found.reciprocal });
            }
        }
    }
    Err(first_error)
}

/// When the expression is a number times one offset unit (`100 °C`, `-40 degF`) it names
/// an absolute temperature; anywhere else such a unit is a temperature difference.
pub fn affine_source<'e>(e: &'e Expr) -> Option<(Option<&'e Expr>, &'e str, usize, bool)> {
    match e {
        Expr::Unit { name, pos } => Some((None, name, *pos, false)),
        Expr::Mul(a, b) => match &**b {
            Expr::Unit { name, pos } if !crate::syntax::has_unit(a) => Some((Some(&**a), name, *pos, false)),
            _ => None,
        },
        Expr::Neg(inner) => affine_source(inner).map(|(n, name, pos, neg)| (n, name, pos, !neg)),
        _ => None,
    }
}

/// Evaluates what a person typed as a quantity: `100 °C` is an absolute temperature.
pub fn eval_quantity(e: &Expr, r: &dyn Resolver) -> Result<Value, UnitError> {
    if let Some((number, name, pos, negative)) = affine_source(e) {
        // A failed lookup falls through: the general path reports it (or knows `pi`).
        let shifted = resolve_with_power(r, name, pos).ok().and_then(|u| u.offset.map(|o| (o, u)));
        if let Some((offset, unit)) = shifted {
            let mut n = match number {
                Some(n) => eval(n, r)?.num,
                None => Number::ONE,
            };
            if negative {
                n = n.neg();
            }
            let absolute = n.add(offset).mul(unit.factor);
            if absolute.to_f64() < 0.0 {
                return Err(UnitError::new(EvalError::BelowAbsoluteZero { unit: name.to_string() }, name, Some(pos)));
            }
            return check(Value { num: absolute, dim: unit.dim, reciprocal: unit.reciprocal });
        }
    }
    eval(e, r)
}

/// Evaluates an expression; offset units inside it count as their degree size.
pub fn eval(e: &Expr, r: &dyn Resolver) -> Result<Value, UnitError> {
    let v = match e {
        Expr::Num { value, .. } => Value { num: *value, dim: Dimension::NONE, reciprocal: false },
        Expr::Unit { name, pos } => {
            if (name == "pi" || name == "π") && r.resolve(name, *pos).is_err() {
                Value { num: Number::Exact(crate::rational::Rational::ONE, 1), dim: Dimension::NONE, reciprocal: false }
            } else {
                let u = resolve_with_power(r, name, *pos)?;
                Value { num: u.factor, dim: u.dim, reciprocal: u.reciprocal }
            }
        }
        Expr::Neg(a) => {
            let v = eval(a, r)?;
            Value { num: v.num.neg(), ..v }
        }
        Expr::Add(a, b) | Expr::Sub(a, b) => {
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            if x.dim != y.dim {
                return Err(UnitError::plain(EvalError::CannotAdd { left: describe(&x.dim), right: describe(&y.dim) }));
            }
            if affine_source(a).is_some() || affine_source(b).is_some() {
                reject_temperature_sum(a, b, r)?;
            }
            let num = if matches!(e, Expr::Add(..)) { x.num.add(y.num) } else { x.num.sub(y.num) };
            Value { num, dim: x.dim, reciprocal: x.reciprocal || y.reciprocal }
        }
        Expr::Mul(a, b) => {
            reject_temperature_product(a, b, r)?;
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            Value { num: x.num.mul(y.num), dim: x.dim.mul(&y.dim).ok_or_else(dimension_overflow)?, reciprocal: x.reciprocal || y.reciprocal }
        }
        Expr::Div(a, b) => {
            reject_temperature_product(a, b, r)?;
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            let num = x
                .num
                .div(y.num)
                .ok_or_else(|| UnitError::new(EvalError::DivisionByZero, "/", None))?;
            Value { num, dim: x.dim.div(&y.dim).ok_or_else(dimension_overflow)?, reciprocal: x.reciprocal || y.reciprocal }
        }
        Expr::Pow(a, p) => {
            reject_temperature_product(a, &Expr::Num { text: String::new(), value: Number::ONE }, r)?;
            let x = eval(a, r)?;
            if p.denom() == 1 {
                let e = p.numer() as i32;
                let num = x
                    .num
                    .powi(e)
                    .ok_or_else(|| UnitError::new(EvalError::DivisionByZero, "^", None))?;
                Value { num, dim: x.dim.pow(e).ok_or_else(dimension_overflow)?, ..x }
            } else {
                let root = x.dim.root(p.denom() as i32).and_then(|d| d.pow(p.numer() as i32));
                let dim = root.ok_or_else(|| UnitError::new(EvalError::FractionalPower { dimension: describe(&x.dim) }, "^", None))?;
                if x.num.to_f64() < 0.0 {
                    return Err(UnitError::new(EvalError::RootOfNegative, "^", None));
                }
                Value { num: x.num.powf(p.to_f64()), dim, ..x }
            }
        }
    };
    check(v)
}

/// `20 °C + 5 °C` has no single meaning (is the second a difference?), so we ask.
fn reject_temperature_sum(a: &Expr, b: &Expr, r: &dyn Resolver) -> Result<(), UnitError> {
    for side in [a, b] {
        if let Some((_, name, pos, _)) = affine_source(side) {
            if resolve_with_power(r, name, pos)?.offset.is_some() {
                return Err(UnitError::new(EvalError::TemperatureSum { unit: name.to_string() }, name, Some(pos)));
            }
        }
    }
    Ok(())
}

/// `2 °C * 3`, `100 degC / 2`: an absolute temperature (a number times an offset unit, or
/// a bare offset unit times a plain number) has no meaningful product, so we refuse it.
/// Offset units elsewhere in a product are their degree size (`J/(kg*degC)`).
fn reject_temperature_product(a: &Expr, b: &Expr, r: &dyn Resolver) -> Result<(), UnitError> {
    // A bare unit counts only on the left (`degC*3`): `3 degC` is how a temperature is written.
    fn absolute<'e>(side: &'e Expr, other: &Expr, left: bool) -> Option<(&'e str, usize)> {
        match affine_source(side) {
            Some((Some(_), name, pos, _)) => Some((name, pos)),
            Some((None, name, pos, _)) if left && !crate::syntax::has_unit(other) => Some((name, pos)),
            _ => None,
        }
    }
    for (side, other, left) in [(a, b, true), (b, a, false)] {
        if let Some((name, pos)) = absolute(side, other, left) {
            if resolve_with_power(r, name, pos).map_or(false, |u| u.offset.is_some()) {
                return Err(UnitError::new(EvalError::TemperatureProduct { unit: name.to_string() }, name, Some(pos)));
            }
        }
    }
    Ok(())
}

/// Category-free description of a dimension for messages ("length", "length / time").
pub fn describe(d: &Dimension) -> String {
    d.to_string()
}
