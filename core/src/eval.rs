//! Evaluates a parsed expression to an exact value in SI base units, and renders the
//! interpretation people read back ("5 foot + 3 inch").

use crate::dimension::Dimension;
use crate::error::{ErrorKind, UnitError};
use crate::number::Number;
use crate::syntax::Expr;

/// What a unit name stands for.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// Size of one unit in SI base units (for offset scales: of one degree).
    pub factor: Number,
    pub dim: Dimension,
    /// For scales with a shifted zero: absolute = (value + offset) × factor.
    pub offset: Option<Number>,
}

pub trait Resolver {
    fn resolve(&self, name: &str, pos: usize) -> Result<Resolved, UnitError>;

    /// The unit's name as people read it, prefix included (`km` → "kilometer"). Only the
    /// interpretation needs it, so resolving stays free of string building.
    fn spelled_out(&self, name: &str) -> Option<String> {
        Some(name.to_string())
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Value {
    pub num: Number,
    pub dim: Dimension,
}

fn too_large() -> UnitError {
    UnitError::invalid_number("The result is too large to represent.".to_string(), "")
}

fn check(v: Value) -> Result<Value, UnitError> {
    match v.num {
        Number::Float(x) if !x.is_finite() => Err(too_large()),
        _ => Ok(v),
    }
}

fn dimension_overflow() -> UnitError {
    UnitError::new(ErrorKind::Syntax, "The unit's powers are too large.".to_string(), "", None)
}

/// Resolves a name, accepting a trailing power written without `^` (`m2`, `s2`, `cm3`).
pub fn resolve_with_power(r: &dyn Resolver, name: &str, pos: usize) -> Result<Resolved, UnitError> {
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
                return Ok(Resolved { factor, dim, offset: None });
            }
        }
    }
    Err(first_error)
}

fn spelled_out_with_power(r: &dyn Resolver, name: &str) -> String {
    if let Some(spelled) = r.spelled_out(name) {
        return spelled;
    }
    let digits = name.chars().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 && digits < name.len() {
        let (base, power) = name.split_at(name.len() - digits);
        if let Some(spelled) = r.spelled_out(base) {
            return format!("{}^{}", spelled, power);
        }
    }
    name.to_string()
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
            return check(Value { num: n.add(offset).mul(unit.factor), dim: unit.dim });
        }
    }
    eval(e, r)
}

/// Evaluates an expression; offset units inside it count as their degree size.
pub fn eval(e: &Expr, r: &dyn Resolver) -> Result<Value, UnitError> {
    let v = match e {
        Expr::Num { value, .. } => Value { num: *value, dim: Dimension::NONE },
        Expr::Unit { name, pos } => {
            if (name == "pi" || name == "π") && r.resolve(name, *pos).is_err() {
                Value { num: Number::Exact(crate::rational::Rational::ONE, 1), dim: Dimension::NONE }
            } else {
                let u = resolve_with_power(r, name, *pos)?;
                Value { num: u.factor, dim: u.dim }
            }
        }
        Expr::Neg(a) => {
            let v = eval(a, r)?;
            Value { num: v.num.neg(), dim: v.dim }
        }
        Expr::Add(a, b) | Expr::Sub(a, b) => {
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            if x.dim != y.dim {
                return Err(UnitError::new(
                    ErrorKind::Incompatible,
                    format!("Cannot add {} and {}.", describe(&x.dim), describe(&y.dim)),
                    "",
                    None,
                ));
            }
            if affine_source(a).is_some() || affine_source(b).is_some() {
                reject_temperature_sum(a, b, r)?;
            }
            let num = if matches!(e, Expr::Add(..)) { x.num.add(y.num) } else { x.num.sub(y.num) };
            Value { num, dim: x.dim }
        }
        Expr::Mul(a, b) => {
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            Value { num: x.num.mul(y.num), dim: x.dim.mul(&y.dim).ok_or_else(dimension_overflow)? }
        }
        Expr::Div(a, b) => {
            let (x, y) = (eval(a, r)?, eval(b, r)?);
            let num = x
                .num
                .div(y.num)
                .ok_or_else(|| UnitError::invalid_number("Division by zero.".to_string(), "/"))?;
            Value { num, dim: x.dim.div(&y.dim).ok_or_else(dimension_overflow)? }
        }
        Expr::Pow(a, p) => {
            let x = eval(a, r)?;
            if p.denom() == 1 {
                let e = p.numer() as i32;
                let num = x
                    .num
                    .powi(e)
                    .ok_or_else(|| UnitError::invalid_number("Division by zero.".to_string(), "^"))?;
                Value { num, dim: x.dim.pow(e).ok_or_else(dimension_overflow)? }
            } else {
                let root = x.dim.root(p.denom() as i32).and_then(|d| d.pow(p.numer() as i32));
                let dim = root.ok_or_else(|| {
                    UnitError::new(
                        ErrorKind::Incompatible,
                        format!("Cannot raise {} to a fractional power.", describe(&x.dim)),
                        "^",
                        None,
                    )
                })?;
                if x.num.to_f64() < 0.0 {
                    return Err(UnitError::invalid_number("Cannot take a root of a negative number.".to_string(), "^"));
                }
                Value { num: x.num.powf(p.to_f64()), dim }
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
                return Err(UnitError::new(
                    ErrorKind::Incompatible,
                    format!(
                        "Adding temperatures on the \"{}\" scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K.",
                        name
                    ),
                    name,
                    Some(pos),
                ));
            }
        }
    }
    Ok(())
}

/// Category-free description of a dimension for messages ("length", "length / time").
pub fn describe(d: &Dimension) -> String {
    d.to_string()
}

/// Renders what we understood, with unit names spelled out: `5 foot + 3 inch`.
pub fn interpret(e: &Expr, r: &dyn Resolver) -> String {
    let mut out = String::with_capacity(32);
    write_interpretation(e, r, &mut out);
    out
}

fn write_interpretation(e: &Expr, r: &dyn Resolver, out: &mut String) {
    match e {
        Expr::Num { text, .. } => out.push_str(text),
        Expr::Unit { name, .. } => out.push_str(&spelled_out_with_power(r, name)),
        Expr::Neg(a) => {
            out.push('-');
            write_operand(a, r, out);
        }
        Expr::Add(a, b) | Expr::Sub(a, b) => {
            write_interpretation(a, r, out);
            out.push_str(if matches!(e, Expr::Add(..)) { " + " } else { " - " });
            match **b {
                Expr::Add(..) | Expr::Sub(..) => write_operand(b, r, out),
                _ => write_interpretation(b, r, out),
            }
        }
        Expr::Mul(a, b) => {
            let plain_number = !crate::syntax::has_unit(a);
            let sep = if !crate::syntax::has_unit(b) || (plain_number && starts_with_number(b)) {
                " × "
            } else if plain_number {
                " "
            } else {
                "·"
            };
            write_operand(a, r, out);
            out.push_str(sep);
            write_operand(b, r, out);
        }
        Expr::Div(a, b) => {
            write_operand(a, r, out);
            out.push('/');
            write_operand(b, r, out);
        }
        Expr::Pow(a, p) => {
            write_operand(a, r, out);
            out.push('^');
            if p.denom() == 1 {
                out.push_str(&p.numer().to_string());
            } else {
                out.push_str(&format!("({}/{})", p.numer(), p.denom()));
            }
        }
    }
}

fn starts_with_number(e: &Expr) -> bool {
    match e {
        Expr::Num { .. } => true,
        Expr::Mul(a, _) | Expr::Div(a, _) | Expr::Pow(a, _) | Expr::Add(a, _) | Expr::Sub(a, _) => starts_with_number(a),
        Expr::Neg(_) => true,
        Expr::Unit { .. } => false,
    }
}

fn write_operand(e: &Expr, r: &dyn Resolver, out: &mut String) {
    let group = match e {
        Expr::Add(..) | Expr::Sub(..) => true,
        // `5 foot` and `1/2 cup` read fine without parentheses; compound units do not.
        Expr::Mul(a, _) | Expr::Div(a, _) => crate::syntax::has_unit(e) && crate::syntax::has_unit(a),
        _ => false,
    };
    if group {
        out.push('(');
    }
    write_interpretation(e, r, out);
    if group {
        out.push(')');
    }
}

/// The unit part of the first term, numbers removed: `100 km/h` → `km/h`, `5 ft 3 in` →
/// `ft`. Used to show a result without a target in the unit the person wrote.
pub fn unit_part(e: &Expr) -> Option<Expr> {
    match e {
        Expr::Num { .. } => None,
        Expr::Unit { .. } => Some(e.clone()),
        Expr::Neg(a) => unit_part(a),
        Expr::Add(a, _) | Expr::Sub(a, _) => unit_part(a),
        Expr::Mul(a, b) => match (unit_part(a), unit_part(b)) {
            (Some(x), Some(y)) => Some(Expr::Mul(Box::new(x), Box::new(y))),
            (x, None) => x,
            (None, y) => y,
        },
        Expr::Div(a, b) => match (unit_part(a), unit_part(b)) {
            (Some(x), Some(y)) => Some(Expr::Div(Box::new(x), Box::new(y))),
            (x, None) => x,
            (None, Some(y)) => Some(Expr::Pow(Box::new(y), crate::rational::Rational::from_int(-1))),
        },
        Expr::Pow(a, p) => unit_part(a).map(|x| Expr::Pow(Box::new(x), *p)),
    }
}

/// Writes a unit expression back as text with the names as typed: `km/h`, `kg*m/s^2`.
pub fn unit_text(e: &Expr) -> String {
    match e {
        Expr::Num { text, .. } => text.clone(),
        Expr::Unit { name, .. } => name.clone(),
        Expr::Neg(a) => format!("-{}", unit_text(a)),
        Expr::Add(a, b) => format!("{} + {}", unit_text(a), unit_text(b)),
        Expr::Sub(a, b) => format!("{} - {}", unit_text(a), unit_text(b)),
        Expr::Mul(a, b) => format!("{}*{}", unit_text(a), unit_text(b)),
        Expr::Div(a, b) => match **b {
            Expr::Mul(..) | Expr::Div(..) => format!("{}/({})", unit_text(a), unit_text(b)),
            _ => format!("{}/{}", unit_text(a), unit_text(b)),
        },
        Expr::Pow(a, p) => {
            let base = match **a {
                Expr::Unit { .. } => unit_text(a),
                _ => format!("({})", unit_text(a)),
            };
            if p.denom() == 1 {
                format!("{}^{}", base, p.numer())
            } else {
                format!("{}^({}/{})", base, p.numer(), p.denom())
            }
        }
    }
}
