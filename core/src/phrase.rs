//! Reading free text: `5 ft 3 in to cm`, `100 km/h in mph`, `1.8 m to ft;in`. Splits the
//! phrase at its target keyword, evaluates the quantity exactly, and expresses it in the
//! target (one unit, or a mixed target of whole numbers and a last part).

use crate::conversion::{incompatible, zero_unit};
use crate::engine::Registry;
use crate::error::{ConvertError, EvalError, ReadError, UnitError};
use crate::eval::{affine_source, eval, eval_quantity, resolve_with_power, Resolver, UnitSpec, Value};
use crate::interpret::{interpret, unit_part, unit_text};
use crate::names::{merge_multiword, split_target};
use crate::number::Number;
use crate::quantity::Quantity;
use crate::syntax::{tokenize, Parser, Tok, Token};

impl Registry {
    /// Evaluates what a person typed: a quantity, optionally followed by a target.
    pub fn evaluate(&self, text: &str) -> Result<Quantity, UnitError> {
        let chars = text.chars().count();
        let toks = merge_multiword(self.table(), tokenize(text)?);
        if toks.is_empty() {
            return Err(UnitError::new(ReadError::Empty, "", Some(0)));
        }
        let (source, target) = match split_target(&toks) {
            Some(k) => (&toks[..k], Some((&toks[k + 1..], toks[k].pos))),
            None => (&toks[..], None),
        };
        let expr = Parser::new(source, chars).parse_all()?;
        let value = eval_quantity(&expr, self.table() as &dyn Resolver)?;
        let interpretation = interpret(&expr, self.table());
        match target {
            Some((target_toks, keyword_pos)) => {
                if target_toks.is_empty() {
                    return Err(UnitError::new(ConvertError::MissingTarget, "", Some(keyword_pos)));
                }
                let start = char_to_byte(text, target_toks[0].pos);
                let target_text = text[start..].trim();
                self.to_target(value, &interpretation, target_text, target_toks, chars)
            }
            None => {
                let unit_expr = match unit_part(&expr) {
                    Some(u) => u,
                    None => {
                        if !value.dim.is_none() {
                            return Err(UnitError::plain(ConvertError::UnknownResultUnit));
                        }
                        return Ok(Quantity {
                            value: finite(value.num.to_f64())?,
                            unit: String::new(),
                            interpretation,
                            parts: Vec::new(),
                        });
                    }
                };
                let unit = unit_text(&unit_expr);
                let spec = self.spec_of_expr(&unit_expr)?;
                let v = self.express(value, &spec, &interpretation, &unit)?;
                Ok(Quantity { value: v, unit, interpretation, parts: Vec::new() })
            }
        }
    }

    fn spec_of_expr(&self, e: &crate::syntax::Expr) -> Result<UnitSpec, UnitError> {
        if let Some((None, name, pos, false)) = affine_source(e) {
            return resolve_with_power(self.table(), name, pos);
        }
        let v = eval(e, self.table() as &dyn Resolver)?;
        Ok(UnitSpec { factor: v.num, dim: v.dim, offset: None })
    }

    /// The exact value expressed in `spec`, rounded once.
    fn express(&self, value: Value, spec: &UnitSpec, from_text: &str, to_text: &str) -> Result<f64, UnitError> {
        finite(self.express_exact(value, spec, from_text, to_text)?.to_f64())
    }

    fn express_exact(&self, value: Value, spec: &UnitSpec, from_text: &str, to_text: &str) -> Result<Number, UnitError> {
        let zero = || zero_unit(to_text);
        if value.dim == spec.dim {
            if spec.offset.is_some() && value.num.to_f64() < 0.0 {
                return Err(UnitError::new(EvalError::BelowAbsoluteZero { unit: to_text.to_string() }, to_text, None));
            }
            let scaled = value.num.div(spec.factor).ok_or_else(zero)?;
            return Ok(match spec.offset {
                Some(o) => scaled.sub(o),
                None => scaled,
            });
        }
        let inverse = value.dim.recip().map_or(false, |d| d == spec.dim);
        if inverse && !value.dim.is_none() && self.reciprocal_allowed(&value.dim, &spec.dim) && spec.offset.is_none() {
            let product = value.num.mul(spec.factor);
            return Number::ONE
                .div(product)
                .ok_or_else(|| UnitError::new(EvalError::DivisionByZero, from_text, None));
        }
        Err(incompatible(self.table(), from_text, &value.dim, to_text, &spec.dim))
    }

    fn to_target(&self, value: Value, interpretation: &str, target_text: &str, toks: &[Token], line_len: usize) -> Result<Quantity, UnitError> {
        let names: Vec<&str> = target_text.split(';').map(str::trim).collect();
        if names.len() == 1 {
            let spec = self.spec_of_tokens(toks, target_text, line_len)?;
            let v = self.express(value, &spec, interpretation, target_text).map_err(|e| if e.offending == target_text { e.at(toks[0].pos) } else { e })?;
            return Ok(Quantity { value: v, unit: target_text.to_string(), interpretation: interpretation.to_string(), parts: Vec::new() });
        }
        // Mixed units: whole numbers of each unit but the last, computed exactly. Each
        // part's tokens lie between the `;` tokens.
        let groups: Vec<&[Token]> = toks.split(|t| t.tok == Tok::Op(';')).collect();
        let separators: Vec<usize> = toks.iter().filter(|t| t.tok == Tok::Op(';')).map(|t| t.pos).collect();
        let mut specs = Vec::new();
        for (i, (name, group)) in names.iter().zip(groups.iter()).enumerate() {
            if name.is_empty() || group.is_empty() {
                let at = if i == 0 { separators.first().copied() } else { separators.get(i - 1).map(|p| p + 1) };
                return Err(UnitError::new(ConvertError::EmptyMixedPart, ";", at));
            }
            let spec = self.spec_of_tokens(group, name, line_len)?;
            if spec.offset.is_some() || spec.dim != value.dim {
                return Err(incompatible(self.table(), interpretation, &value.dim, name, &spec.dim).at(group[0].pos));
            }
            specs.push(spec);
        }
        let total = self.express_exact(value, &specs[0], interpretation, names[0])?;
        let negative = total.to_f64() < 0.0;
        let mut rest = if negative { value.num.neg() } else { value.num };
        let mut parts = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let amount = rest.div(spec.factor).ok_or_else(|| UnitError::new(EvalError::DivisionByZero, names[i], None))?;
            if i + 1 == specs.len() {
                parts.push((finite(amount.to_f64())?, names[i].to_string()));
            } else {
                let whole = floor(amount);
                parts.push((finite(whole.to_f64())?, names[i].to_string()));
                rest = rest.sub(whole.mul(spec.factor));
            }
        }
        if negative {
            parts[0].0 = -parts[0].0;
        }
        Ok(Quantity { value: finite(total.to_f64())?, unit: names[0].to_string(), interpretation: interpretation.to_string(), parts })
    }

    /// The same amount in another unit (`q.to("mm")`); a plain number (no unit) is
    /// dimensionless. The interpretation stays what was understood.
    pub fn quantity_to(&self, q: &Quantity, unit: &str) -> Result<Quantity, UnitError> {
        let from = if q.unit.is_empty() { "1" } else { q.unit.as_str() };
        let value = self.convert(q.value, from, unit)?;
        Ok(Quantity { value, unit: unit.trim().to_string(), interpretation: q.interpretation.clone(), parts: Vec::new() })
    }
}

/// An exact value that rounds beyond the range of a double is an error, not infinity.
fn finite(x: f64) -> Result<f64, UnitError> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(UnitError::plain(EvalError::ResultTooLarge))
    }
}

fn floor(n: Number) -> Number {
    match n {
        Number::Exact(r, 0) => {
            let q = r.numer().div_euclid(r.denom());
            Number::from_rational(crate::rational::Rational::from_int(q))
        }
        other => Number::Float(other.to_f64().floor()),
    }
}

fn char_to_byte(text: &str, chars: usize) -> usize {
    text.char_indices().nth(chars).map(|(b, _)| b).unwrap_or(text.len())
}
