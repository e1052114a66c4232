//! Evaluating free text: `5 ft 3 in to cm`, `100 km/h in mph`, `1.8 m to ft;in`.

use crate::conversion::UnitSpec;
use crate::error::UnitError;
use crate::eval::{affine_source, eval, eval_quantity, interpret, resolve_with_power, unit_part, unit_text, Resolver, Value};
use crate::format::format_value;
use crate::number::Number;
use crate::registry::Registry;
use crate::syntax::{tokenize, Parser, Tok, Token};

#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The value in `unit`; for a mixed target (`ft;in`) the whole amount in the first unit.
    pub value: f64,
    /// The unit as the person wrote it (`cm`, `km/h`), or empty for a plain number.
    pub unit: String,
    /// What we understood, unit names spelled out: `5 foot + 3 inch`.
    pub interpretation: String,
    /// For mixed targets, each part: `[(5, "ft"), (10.866…, "in")]`; otherwise empty.
    pub parts: Vec<(f64, String)>,
}

impl Quantity {
    /// `160.02 cm`, `5 ft 10.87 in`: at most 15 significant digits, so float noise never
    /// shows; the last part of a mixed quantity to two decimals.
    pub fn display(&self) -> String {
        if !self.parts.is_empty() {
            return display_parts(&self.parts);
        }
        let number = format_value(self.value, 15);
        if self.unit.is_empty() {
            number
        } else {
            format!("{} {}", number, self.unit)
        }
    }
}

fn display_parts(parts: &[(f64, String)]) -> String {
    let mut values: Vec<f64> = parts.iter().map(|p| p.0).collect();
    let last = values.len() - 1;
    values[last] = (values[last] * 100.0).round() / 100.0;
    let mut pieces = Vec::new();
    for (i, (v, (_, unit))) in values.iter().zip(parts.iter()).enumerate() {
        // Drop zero leading parts (`0 ft 3 in` reads as `3 in`), keep the last always.
        if *v == 0.0 && i != last && pieces.is_empty() {
            continue;
        }
        let text = if i == last { format_value(*v, 15) } else { format_value(*v, 17) };
        pieces.push(format!("{} {}", text, unit));
    }
    pieces.join(" ")
}

/// Joins neighbouring words that together name a unit (`fl oz`, `nautical mile`,
/// `US gallon`), longest first, so the parser sees one name.
pub fn merge_multiword(r: &Registry, toks: Vec<Token>) -> Vec<Token> {
    let any_head = toks.iter().any(|t| matches!(&t.tok, Tok::Ident(w) if r.starts_multiword(w)));
    if !any_head {
        return toks;
    }
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let joinable = match &toks[i].tok {
            Tok::Ident(w) => i + 1 < toks.len() && r.starts_multiword(w),
            _ => false,
        };
        if joinable {
            let mut best: Option<(usize, String)> = None;
            let mut name = String::new();
            for j in i..toks.len().min(i + 4) {
                match &toks[j].tok {
                    Tok::Ident(w) => {
                        if j > i {
                            name.push(' ');
                        }
                        name.push_str(w);
                        if j > i && r.is_known_name(&name) {
                            best = Some((j, name.clone()));
                        }
                    }
                    _ => break,
                }
            }
            if let Some((j, joined)) = best {
                out.push(Token { tok: Tok::Ident(joined), pos: toks[i].pos });
                i = j + 1;
                continue;
            }
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// Splits at the target keyword: `to`, `->`, `as`, `into`, or else `in` when a unit
/// follows it (a trailing `in` is the inch: `5 ft 3 in`). Only keywords outside
/// parentheses count, and the last one wins.
fn split_target(toks: &[Token]) -> Option<usize> {
    let mut strong = None;
    let mut weak = None;
    let mut depth = 0i32;
    for (i, t) in toks.iter().enumerate() {
        match &t.tok {
            Tok::Op('(') => depth += 1,
            Tok::Op(')') => depth -= 1,
            Tok::Arrow if depth == 0 && i > 0 => strong = Some(i),
            Tok::Ident(w) if depth == 0 && i > 0 => {
                let w = crate::case::fold(w);
                if w == "to" || w == "as" || w == "into" {
                    strong = Some(i);
                } else if w == "in" && matches!(toks.get(i + 1).map(|n| &n.tok), Some(Tok::Ident(_)) | Some(Tok::Op('('))) {
                    weak = Some(i);
                }
            }
            _ => {}
        }
    }
    strong.or(weak)
}

impl Registry {
    pub fn evaluate(&self, text: &str) -> Result<Quantity, UnitError> {
        let chars = text.chars().count();
        let toks = merge_multiword(self, tokenize(text)?);
        if toks.is_empty() {
            return Err(UnitError::syntax("Nothing to convert: the text is empty.".to_string(), "", Some(0)));
        }
        let (source, target) = match split_target(&toks) {
            Some(k) => (&toks[..k], Some((&toks[k + 1..], toks[k].pos))),
            None => (&toks[..], None),
        };
        let expr = Parser::new(source, chars).parse_all()?;
        let value = eval_quantity(&expr, self as &dyn Resolver)?;
        let interpretation = interpret(&expr, self);
        match target {
            Some((target_toks, keyword_pos)) => {
                if target_toks.is_empty() {
                    return Err(UnitError::syntax("Say which unit to convert to after \"to\".".to_string(), "", Some(keyword_pos)));
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
                            return Err(UnitError::syntax("Could not tell the unit of the result.".to_string(), "", None));
                        }
                        return Ok(Quantity {
                            value: value.num.to_f64(),
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
            let u = resolve_with_power(self, name, pos)?;
            return Ok(UnitSpec { factor: u.factor, dim: u.dim, offset: u.offset });
        }
        let v = eval(e, self as &dyn Resolver)?;
        Ok(UnitSpec { factor: v.num, dim: v.dim, offset: None })
    }

    /// The exact value expressed in `spec`, rounded once.
    fn express(&self, value: Value, spec: &UnitSpec, from_text: &str, to_text: &str) -> Result<f64, UnitError> {
        self.express_exact(value, spec, from_text, to_text).map(Number::to_f64)
    }

    fn express_exact(&self, value: Value, spec: &UnitSpec, from_text: &str, to_text: &str) -> Result<Number, UnitError> {
        let zero = || UnitError::invalid_number(format!("\"{}\" has size zero.", to_text), to_text);
        if value.dim == spec.dim {
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
                .ok_or_else(|| UnitError::invalid_number("Division by zero.".to_string(), from_text));
        }
        Err(self.incompatible(from_text, &value.dim, to_text, &spec.dim))
    }

    fn to_target(&self, value: Value, interpretation: &str, target_text: &str, toks: &[Token], line_len: usize) -> Result<Quantity, UnitError> {
        let names: Vec<&str> = target_text.split(';').map(str::trim).collect();
        if names.len() == 1 {
            let spec = self.spec_of_tokens(toks, target_text, line_len)?;
            let v = self.express(value, &spec, interpretation, target_text)?;
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
                return Err(UnitError::syntax("An empty unit between \";\".".to_string(), ";", at));
            }
            let spec = self.spec_of_tokens(group, name, line_len)?;
            if spec.offset.is_some() || spec.dim != value.dim {
                return Err(self.incompatible(interpretation, &value.dim, name, &spec.dim));
            }
            specs.push(spec);
        }
        let total = self.express_exact(value, &specs[0], interpretation, names[0])?;
        let negative = total.to_f64() < 0.0;
        let mut rest = if negative { value.num.neg() } else { value.num };
        let mut parts = Vec::new();
        for (i, spec) in specs.iter().enumerate() {
            let amount = rest.div(spec.factor).ok_or_else(|| UnitError::invalid_number("Division by zero.".to_string(), names[i]))?;
            if i + 1 == specs.len() {
                parts.push((amount.to_f64(), names[i].to_string()));
            } else {
                let whole = floor(amount);
                parts.push((whole.to_f64(), names[i].to_string()));
                rest = rest.sub(whole.mul(spec.factor));
            }
        }
        if negative {
            parts[0].0 = -parts[0].0;
        }
        Ok(Quantity { value: total.to_f64(), unit: names[0].to_string(), interpretation: interpretation.to_string(), parts })
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
