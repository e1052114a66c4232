//! Reading free text: `5 ft 3 in to cm`, `100 km/h in mph`, `1.8 m to ft;in`. Splits the
//! phrase at its target keyword, evaluates the quantity exactly, and expresses it in the
//! target (one unit, or a mixed target of whole numbers and a last part).
//!
//! Names are read with their everyday meanings first. When that reading cannot convert,
//! the other meanings the data lists for the phrase's names are tried (`98.6 F to C`: F
//! and C as degrees), each name keeping one meaning throughout the phrase; the one reading
//! that converts with the fewest names read otherwise is taken and named in the notes, and
//! two equally good readings are an error that lists them.

use crate::conversion::{incompatible, zero_unit};
use crate::engine::{spec_of_tokens, Registry};
use crate::error::{ConvertError, EvalError, ReadError, UnitError};
use crate::eval::{affine_source, eval, eval_quantity, resolve_with_power, Resolver, UnitSpec, Value};
use crate::interpret::{interpret, unit_part, unit_text};
use crate::names::{everyday_forms, merge_multiword, split_target, starts_with_keyword, tokens_text};
use crate::number::Number;
use crate::quantity::Quantity;
use crate::reading::Reading;
use crate::syntax::{tokenize, Parser, Tok, Token};
use crate::table::{Customary, UnitRef};

/// How to read and show a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options<'a> {
    /// Which units the plain customary names (`gallon`, `ton`) mean.
    pub customary: Customary,
    /// Show inches (an inch target, or the inch part of a mixed target) to the nearest
    /// 1/n inch as a fraction (n = 2, 4, 8, 16, 32 or 64).
    pub inch_fraction: Option<u32>,
    /// The person's language (`de`): its unit names and keywords are read after the
    /// English ones, and the echo names units in it. A language the data has no words for
    /// reads as English.
    pub lang: Option<&'a str>,
}

impl Default for Options<'static> {
    fn default() -> Options<'static> {
        Options { customary: Customary::Us, inch_fraction: None, lang: None }
    }
}

/// At most this many names with other meanings are tried together (2^4 readings at most
/// for names with one other meaning each).
const MAX_AMBIGUOUS_NAMES: usize = 4;

/// A phrase split into tokens, ready to be read in several ways.
struct Phrase<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Whether everyday forms were rewritten (then the target's text comes from tokens).
    rewritten: bool,
    /// Where the word that starts the target stands (`to`, Spanish `a`): it is read as
    /// that word, never offered as a unit in another reading.
    keyword_pos: Option<usize>,
    chars: usize,
}

impl Registry {
    /// Evaluates what a person typed: a quantity, optionally followed by a target.
    pub fn evaluate(&self, text: &str) -> Result<Quantity, UnitError> {
        self.evaluate_with(text, &Options::default())
    }

    /// Evaluates what a person typed, with the customary system and the inch fractions
    /// of `options`.
    pub fn evaluate_with(&self, text: &str, options: &Options) -> Result<Quantity, UnitError> {
        if let Some(d) = options.inch_fraction {
            if !matches!(d, 2 | 4 | 8 | 16 | 32 | 64) {
                return Err(UnitError::plain(ConvertError::BadFraction { denominator: d as usize }));
            }
        }
        let chars = text.chars().count();
        let words = options.lang.and_then(|code| self.table().language(code));
        let language = words.as_deref();
        let base = Reading::new(self.table(), options.customary).in_language(language);
        let toks = merge_multiword(&base, tokenize(text)?);
        if toks.is_empty() {
            return Err(UnitError::new(ReadError::Empty, "", Some(0)));
        }
        if starts_with_keyword(&base, &toks) {
            let word = match &toks[0].tok {
                Tok::Ident(w) => w.clone(),
                _ => "->".to_string(),
            };
            return Err(UnitError::new(ConvertError::NothingToConvert { keyword: word.clone() }, &word, Some(toks[0].pos)));
        }
        let (toks, rewritten) = everyday_forms(&base, toks);
        // An inch before the target (`1 in pt`) is no keyword: every name may be read otherwise.
        let keyword_pos = split_target(&base, &toks).filter(|s| s.source_end < s.target_start).map(|s| s.keyword_pos);
        let phrase = Phrase { text, toks, rewritten, keyword_pos, chars };
        let result = match self.read_phrase(&phrase, &base, options) {
            Ok(mut q) => {
                q.alternatives = self.alternatives(&phrase, &base, options);
                Ok(q)
            }
            Err(e) if matches!(e.code(), "incompatible_units" | "unknown_unit" | "cannot_add") => {
                self.other_reading(&phrase, &base, options).unwrap_or(Err(e))
            }
            Err(e) => Err(e),
        };
        result.map_err(|e| within(e, text))
    }

    /// Names of the phrase that the data lists other meanings for, with those meanings.
    fn ambiguous_names(&self, phrase: &Phrase, base: &Reading) -> Vec<(String, Vec<UnitRef>)> {
        let system = base.customary;
        let mut out: Vec<(String, Vec<UnitRef>)> = Vec::new();
        for t in phrase.toks.iter().filter(|t| Some(t.pos) != phrase.keyword_pos) {
            if let Tok::Ident(w) = &t.tok {
                let mut others = self.table().other_readings(w);
                // A name in the person's language has the other meanings of the English
                // name it stands for (French `onces`: ounces, or fluid ounces).
                if others.is_empty() && self.table().lookup(w).is_none() {
                    if let Some(english) = base.language_name(w) {
                        others = self.table().other_readings(english);
                    }
                }
                if !others.is_empty() && !out.iter().any(|(n, _)| n == w) && out.len() < MAX_AMBIGUOUS_NAMES {
                    out.push((w.clone(), others.iter().map(|&u| self.table().in_system(u, system)).collect()));
                }
            }
        }
        out
    }

    /// The phrase read with some names taking their other meanings: the one reading with
    /// the fewest changed names that converts, or None when none does.
    fn other_reading(&self, phrase: &Phrase, base: &Reading, options: &Options) -> Option<Result<Quantity, UnitError>> {
        let names = self.ambiguous_names(phrase, base);
        if names.is_empty() {
            return None;
        }
        // Every choice per name: 0 keeps the everyday meaning, k takes the k-th other one.
        let mut choices: Vec<Vec<usize>> = vec![Vec::new()];
        for (_, others) in &names {
            choices = choices
                .into_iter()
                .flat_map(|c| (0..=others.len()).map(move |k| c.iter().copied().chain(std::iter::once(k)).collect()))
                .collect();
        }
        let changed_names = |c: &Vec<usize>| c.iter().filter(|&&k| k > 0).count();
        let mut found: Vec<(usize, Reading, Quantity)> = Vec::new();
        // Fewest names read otherwise first; stop at the first count that converts.
        let ordered = (1..=names.len()).flat_map(|n| choices.iter().filter(move |c| changed_names(c) == n));
        for choice in ordered {
            let changed = changed_names(choice);
            if found.first().map_or(false, |(n, _, _)| changed > *n) {
                break;
            }
            let mut reading = base.clone();
            for ((name, others), &k) in names.iter().zip(choice.iter()) {
                if k > 0 {
                    reading = reading.with(name, others[k - 1]);
                }
            }
            if let Ok(q) = self.read_phrase(phrase, &reading, options) {
                found.push((changed, reading, q));
            }
        }
        match found.len() {
            0 => None,
            1 => {
                let (_, reading, mut q) = found.remove(0);
                for (name, unit) in reading.overrides() {
                    q.notes.push(format!("{} read as {}", name, self.table().spelled_out(*unit)));
                }
                Some(Ok(q))
            }
            _ => {
                let readings: Vec<String> = found
                    .iter()
                    .map(|(_, reading, _)| {
                        reading
                            .overrides()
                            .iter()
                            .map(|(name, unit)| format!("{} as {}", name, self.table().spelled_out(*unit)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    })
                    .collect();
                Some(Err(UnitError::plain(ConvertError::Ambiguous { readings: readings.join("; ") })))
            }
        }
    }

    /// Other phrases that mean something else and also convert: each ambiguous name in
    /// its other meanings, and the plain customary names in the other system.
    fn alternatives(&self, phrase: &Phrase, base: &Reading, options: &Options) -> Vec<String> {
        let mut out = Vec::new();
        for (name, others) in self.ambiguous_names(phrase, base) {
            for unit in others {
                if self.read_phrase(phrase, &base.with(&name, unit), options).is_ok() {
                    out.push(self.replaced(phrase, &[(name.clone(), unit)]));
                }
            }
        }
        let other = match options.customary {
            Customary::Us => Customary::Uk,
            Customary::Uk => Customary::Us,
        };
        let customary: Vec<(String, UnitRef)> = phrase
            .toks
            .iter()
            .filter_map(|t| match &t.tok {
                Tok::Ident(w) => self.table().customary(w, other).map(|u| (w.clone(), u)),
                _ => None,
            })
            .collect();
        if !customary.is_empty() {
            out.push(self.replaced(phrase, &customary));
        }
        out.dedup();
        out
    }

    /// The phrase's text with each of `names` replaced by its unit's symbol.
    fn replaced(&self, phrase: &Phrase, names: &[(String, UnitRef)]) -> String {
        let chars: Vec<char> = phrase.text.chars().collect();
        let mut out = String::new();
        let mut at = 0;
        for t in phrase.toks.iter().filter(|t| Some(t.pos) != phrase.keyword_pos) {
            if let Tok::Ident(w) = &t.tok {
                if let Some((_, unit)) = names.iter().find(|(n, _)| n == w) {
                    let end = word_end(&chars, t.pos, w);
                    if t.pos >= at && end <= chars.len() {
                        out.extend(&chars[at..t.pos]);
                        out.push_str(&self.unambiguous_name(*unit));
                        at = end;
                    }
                }
            }
        }
        out.extend(&chars[at.min(chars.len())..]);
        out
    }

    /// A name of `unit` that means it alone, whatever the reading: its symbol, name or an
    /// alias that is neither a plain customary name nor listed with other meanings
    /// (`US gallon` for the US gallon, whose `gal` the UK setting reads otherwise).
    fn unambiguous_name(&self, unit: UnitRef) -> String {
        let e = self.table().entry(unit);
        let plain = |n: &str| {
            self.table().customary(n, Customary::Us).is_some() || !self.table().other_readings(n).is_empty()
        };
        std::iter::once(&e.symbol)
            .chain(std::iter::once(&e.name))
            .chain(e.aliases.iter())
            .find(|n| !plain(n) && self.table().lookup(n) == Some(unit))
            .cloned()
            .unwrap_or(e.symbol)
    }

    /// The phrase read one way.
    fn read_phrase(&self, phrase: &Phrase, reading: &Reading, options: &Options) -> Result<Quantity, UnitError> {
        let toks = &phrase.toks;
        let (source, target) = match split_target(reading, toks) {
            Some(s) => (&toks[..s.source_end], Some((&toks[s.target_start..], s.keyword_pos))),
            None => (&toks[..], None),
        };
        let expr = Parser::new(source, phrase.chars).parse_all()?;
        let value = eval_quantity(&expr, reading as &dyn Resolver)?;
        let interpretation = interpret(&expr, reading);
        match target {
            Some((target_toks, keyword_pos)) => {
                if target_toks.is_empty() {
                    return Err(UnitError::new(ConvertError::MissingTarget, "", Some(keyword_pos)));
                }
                let read_otherwise = |w: &str| reading.read_otherwise(w);
                let renamed = target_toks.iter().any(|t| matches!(&t.tok, Tok::Ident(w) if read_otherwise(w).is_some()));
                let target_text = if renamed {
                    // A name read otherwise shows as a name that means that unit anywhere, so
                    // the result's unit reads back the same (`37 °C`, `1.09984 imp_gal`).
                    let toks: Vec<Token> = target_toks
                        .iter()
                        .map(|t| match &t.tok {
                            Tok::Ident(w) => match read_otherwise(w) {
                                Some(u) => Token { tok: Tok::Ident(self.unambiguous_name(u)), pos: t.pos },
                                None => t.clone(),
                            },
                            _ => t.clone(),
                        })
                        .collect();
                    tokens_text(&toks)
                } else if phrase.rewritten {
                    tokens_text(target_toks)
                } else {
                    let start = char_to_byte(phrase.text, target_toks[0].pos);
                    phrase.text[start..].trim().to_string()
                };
                self.to_target(reading, value, &interpretation, &target_text, target_toks, phrase.chars, options)
            }
            None => {
                let unit_expr = match unit_part(&expr) {
                    Some(u) => u,
                    None => {
                        if !value.dim.is_none() {
                            return Err(UnitError::plain(ConvertError::UnknownResultUnit));
                        }
                        return Ok(Quantity::new(finite(value.num.to_f64())?, String::new(), interpretation));
                    }
                };
                let spec = spec_of_expr(reading, &unit_expr)?;
                let unit = unit_text(&renamed_units(&unit_expr, &|w: &str| {
                    reading.read_otherwise(w).map(|u| self.unambiguous_name(u))
                }));
                let v = self.express(value, &spec, &interpretation, &unit)?;
                Ok(Quantity::new(v, unit, interpretation))
            }
        }
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
        if inverse && value.reciprocal && spec.reciprocal && self.reciprocal_allowed(&value.dim, &spec.dim) && spec.offset.is_none() {
            let product = value.num.mul(spec.factor);
            return Number::ONE
                .div(product)
                .ok_or_else(|| UnitError::new(EvalError::DivisionByZero, from_text, None));
        }
        Err(incompatible(self.table(), from_text, &value.dim, to_text, &spec.dim))
    }

    #[allow(clippy::too_many_arguments)]
    fn to_target(
        &self,
        reading: &Reading,
        value: Value,
        interpretation: &str,
        target_text: &str,
        toks: &[Token],
        line_len: usize,
        options: &Options,
    ) -> Result<Quantity, UnitError> {
        let names: Vec<&str> = target_text.split(';').map(str::trim).collect();
        let inch = self.lookup("in").map(|r| self.resolve_ref(r));
        let is_inch = |spec: &UnitSpec| inch.as_ref().map_or(false, |i| i.dim == spec.dim && i.factor == spec.factor && spec.offset.is_none());
        if names.len() == 1 {
            let spec = spec_of_tokens(reading, toks, target_text, line_len)?;
            let mut value = value;
            let mut q = Quantity::new(0.0, target_text.to_string(), interpretation.to_string());
            if let (Some(n), true) = (options.inch_fraction, is_inch(&spec)) {
                value = self.round_to_fraction(value, &spec, n, &mut q);
            }
            q.value = self.express(value, &spec, interpretation, target_text).map_err(|e| if e.offending == target_text { e.at(toks[0].pos) } else { e })?;
            return Ok(q);
        }
        // Mixed units: whole numbers of each unit but the last, computed exactly. Each
        // part's tokens lie between the `;` tokens.
        let groups: Vec<&[Token]> = toks.split(|t| t.tok == Tok::Op(';')).collect();
        let separators: Vec<usize> = toks.iter().filter(|t| t.tok == Tok::Op(';')).map(|t| t.pos).collect();
        let mut specs = Vec::new();
        for (i, (name, group)) in names.iter().zip(groups.iter()).enumerate() {
            if name.is_empty() || group.is_empty() {
                // The `;` next to the empty part: a span inside the text even at its end.
                let at = if i == 0 { separators.first().copied() } else { separators.get(i - 1).copied() };
                return Err(UnitError::new(ConvertError::EmptyMixedPart, ";", at));
            }
            let spec = spec_of_tokens(reading, group, name, line_len)?;
            if spec.offset.is_some() || spec.dim != value.dim {
                return Err(incompatible(self.table(), interpretation, &value.dim, name, &spec.dim).at(group[0].pos));
            }
            specs.push(spec);
        }
        let mut q = Quantity::new(0.0, names[0].to_string(), interpretation.to_string());
        let mut value = value;
        let last = &specs[specs.len() - 1];
        if let Some(n) = options.inch_fraction.filter(|_| is_inch(last)) {
            value = self.round_to_fraction(value, last, n, &mut q);
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
        q.value = finite(total.to_f64())?;
        q.parts = parts;
        // How many of each part make one of the part before (12 in to the ft), so a last
        // part shown rounded up to a whole one carries: `2 ft 0 in`, not `1 ft 12 in`.
        q.carries = specs.windows(2).map(|w| w[0].factor.div(w[1].factor).map_or(0.0, |r| r.to_f64())).collect();
        Ok(q)
    }

    /// `value` rounded to the nearest 1/n of the inch `spec`, exactly; the quantity shows
    /// its inches as a fraction and notes a rounding.
    fn round_to_fraction(&self, value: Value, spec: &UnitSpec, n: u32, q: &mut Quantity) -> Value {
        q.inch_fraction = Some(n);
        let inches = match value.num.div(spec.factor) {
            Some(x) => x,
            None => return value,
        };
        let scaled = inches.mul(Number::from_rational(crate::rational::Rational::from_int(n as i128)));
        let rounded = round_half_away(scaled);
        if !scaled.sub(rounded).is_zero() {
            q.notes.push(format!("rounded to the nearest 1/{} in", n));
        }
        let back = rounded.div(Number::from_rational(crate::rational::Rational::from_int(n as i128))).map(|x| x.mul(spec.factor));
        match back {
            Some(num) => Value { num, ..value },
            None => value,
        }
    }

    /// The same amount in another unit (`q.to("mm")`); a plain number (no unit) is
    /// dimensionless. The interpretation stays what was understood.
    pub fn quantity_to(&self, q: &Quantity, unit: &str) -> Result<Quantity, UnitError> {
        let from = if q.unit.is_empty() { "1" } else { q.unit.as_str() };
        let value = self.convert(q.value, from, unit)?;
        Ok(Quantity::new(value, unit.trim().to_string(), q.interpretation.clone()))
    }
}

/// The expression with unit names replaced where `rename` gives another.
fn renamed_units(e: &crate::syntax::Expr, rename: &dyn Fn(&str) -> Option<String>) -> crate::syntax::Expr {
    use crate::syntax::Expr;
    let b = |x: &Expr| Box::new(renamed_units(x, rename));
    match e {
        Expr::Unit { name, pos } => Expr::Unit { name: rename(name).unwrap_or_else(|| name.clone()), pos: *pos },
        Expr::Num { .. } => e.clone(),
        Expr::Neg(a) => Expr::Neg(b(a)),
        Expr::Add(x, y) => Expr::Add(b(x), b(y)),
        Expr::Sub(x, y) => Expr::Sub(b(x), b(y)),
        Expr::Mul(x, y) => Expr::Mul(b(x), b(y)),
        Expr::Div(x, y) => Expr::Div(b(x), b(y)),
        Expr::Pow(x, p) => Expr::Pow(b(x), *p),
    }
}

/// An error about rewritten text (`sq ft` read as `ft^2`) points at what was typed there:
/// its span stays inside the input.
fn within(mut e: UnitError, text: &str) -> UnitError {
    if let Some((start, end)) = e.span() {
        let chars = text.chars().count();
        if end > chars {
            e.offending = text.chars().skip(start.min(chars)).collect::<String>().trim_end().to_string();
            if start >= chars {
                e.position = Some(chars);
            }
        }
    }
    e
}

/// An exact value that rounds beyond the range of a double is an error, not infinity.
fn finite(x: f64) -> Result<f64, UnitError> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(UnitError::plain(EvalError::ResultTooLarge))
    }
}

/// The nearest whole number, halves away from zero.
fn round_half_away(n: Number) -> Number {
    let half = Number::from_rational(crate::rational::Rational::new(1, 2).unwrap_or(crate::rational::Rational::ONE));
    if n.to_f64() < 0.0 {
        floor(n.neg().add(half)).neg()
    } else {
        floor(n.add(half))
    }
}

/// The unit expression of a result without a target, read as `reading` reads names.
fn spec_of_expr(reading: &Reading, e: &crate::syntax::Expr) -> Result<UnitSpec, UnitError> {
    if let Some((None, name, pos, false)) = affine_source(e) {
        return resolve_with_power(reading, name, pos);
    }
    let v = eval(e, reading as &dyn Resolver)?;
    Ok(UnitSpec { factor: v.num, dim: v.dim, offset: None, reciprocal: v.reciprocal })
}

/// Where a name typed at character `pos` ends in the text (multi-word names may have been
/// typed with more spaces than their joined form).
fn word_end(chars: &[char], pos: usize, word: &str) -> usize {
    let mut at = pos;
    for (k, part) in word.split(' ').enumerate() {
        if k > 0 {
            while at < chars.len() && chars[at].is_whitespace() {
                at += 1;
            }
        }
        at += part.chars().count();
    }
    at.min(chars.len())
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
