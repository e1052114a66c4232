//! Properties of the conversion core that the fuzz targets check on every input, and that
//! `tests/corpus.rs` checks again on the committed corpus.
//!
//! Each check returns `Err("[property] what happened")` for an input that breaks a
//! property; the libFuzzer targets turn that into a crash ([`enforce`]), the replay test
//! into a failed assertion listing every such input. A panic inside the core is a crash
//! either way. The properties, by name:
//!
//! - `finite`: a finite input gives a finite result or an error (never inf or NaN);
//! - `error-span`: an error has a message, and its span lies inside the input;
//! - `display`: a result displays as something;
//! - `unit-readback`: a result's unit reads back (`convert(v, unit, unit)` is `v`), so
//!   `Quantity.to(unit)` works on every answer;
//! - `same-by-id`: a listed unit converts the same by symbol and by id;
//! - `compiled`: the compiled `Conversion`, applied to one value or a slice, gives the
//!   double `convert` gives;
//! - `round-trip`: there and back returns the value, within the tolerances below;
//! - `agree`: `evaluate("<x> <from> to <to>")` and `convert(x, from, to)` agree;
//! - `symbol-readable`: a listed unit's symbol can be typed in a phrase.
//!
//! Tolerances, and why they are honest (u = 2^-53, the unit roundoff; ulp(x) is the gap
//! from |x| to the next double up):
//!
//! - Linear there and back, `x · f · g` with `f` and `g` each the exact ratio rounded once:
//!   the relative error is below |e_f| + |e_g| + two products' roundings, which is less
//!   than 3 ulp(x) for every mantissa and, both ends being doubles, at most 2 ulp(x).
//! - Reciprocal there and back (L/100 km ↔ mpg), `k/(k/x)`: two roundings, within
//!   2 ulp(x) while `k/x` is a normal double (a subnormal one has lost digits).
//! - A factor that carries π (degrees, parsecs) is not rounded once: `r · π^k` rounds the
//!   fraction, π's power and their product. Counting roundings (each moves a result by at
//!   most 1 ulp): 4 per ratio, 1 per product, so 10 ulp there and back (light year →
//!   parsec and back is 3 ulp off at 123456789.125).
//! - Affine there and back (temperatures): the core applies `x·F + O` with compensated
//!   arithmetic, so `y` is within about ½ ulp(y) of the exact value, and going back turns
//!   that into ½ ulp(y)/|F| in the source unit, plus the final rounding: the bound is
//!   ulp(x) + ulp(y)/|F|. At 1e-10 °C the 273.15 K in between carry only 5.7e-14 °C of
//!   resolution; a relative bound would be dishonest there.
//! - `evaluate` reads the shortest decimal of x, which is not x itself (98.6 is not the
//!   double 98.6), works exactly and rounds once; `convert` rounds the factor once and the
//!   product once. Together that is under 3 ulp of the result, so at most 2 ulp.
//!   Where `evaluate` leaves exact fractions (π, a decimal like 1e-300, products past
//!   128 bits) it works in doubles, and the bound is the count of roundings on both
//!   sides: 7 ulp for sizes that are fractions, 13 where one carries π (mpg to
//!   gal/100mi at 5.6e-307 is 5 ulp apart: 1/(x·fa·fb) in doubles against k/x). On offset scales both sides are as
//!   precise as the kelvins they pass through, and the decimal's half ulp of x does not
//!   shrink with the result: 2 ulp(y) + (2 ulp(K) + ulp(x)·K per source degree) / K per
//!   target degree.
//! - `evaluate` passes through SI base units; where the value in base units is not a
//!   normal double (1e-300 Da is 1.7e-327 kg) it loses digits or refuses although the
//!   answer is representable. There only finiteness is checked.

use unit_core::eval::UnitSpec;
use unit_core::number::Number;
use unit_core::rational::Rational;
use unit_core::{Conversion, Quantity, Registry, UnitError, UnitRef};

/// The gap from |v| to the next double up (down, at the largest double).
pub fn ulp(v: f64) -> f64 {
    let a = v.abs();
    let up = f64::from_bits(a.to_bits() + 1);
    if up.is_finite() {
        up - a
    } else {
        a - f64::from_bits(a.to_bits() - 1)
    }
}

/// How many doubles lie between `a` and `b` (0 when equal; -0.0 and 0.0 are equal).
pub fn ulps_between(a: f64, b: f64) -> u64 {
    fn key(v: f64) -> i128 {
        let bits = v.to_bits() as i64 as i128;
        if bits < 0 {
            -(bits & 0x7fff_ffff_ffff_ffff)
        } else {
            bits
        }
    }
    (key(a) - key(b)).unsigned_abs() as u64
}

/// A broken property: `[property] detail`.
pub fn violation(property: &str, detail: String) -> String {
    format!("[{}] {}", property, detail)
}

/// The property a violation names.
pub fn property_of(violation: &str) -> &str {
    violation.strip_prefix('[').and_then(|rest| rest.split(']').next()).unwrap_or("")
}

/// What the fuzz targets do with a check's outcome: panic (a crash for libFuzzer) on a
/// broken property, except those named in `UNIT_FUZZ_TOLERATE` (comma-separated, e.g.
/// `finite,same-by-id`), which are printed (the first ten of each) and let through, so
/// a long run can look past known findings. The replay test never tolerates anything.
pub fn enforce(outcome: Result<(), String>) {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static SEEN: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);
    let message = match outcome {
        Ok(()) => return,
        Err(m) => m,
    };
    let property = property_of(&message).to_string();
    let tolerated = std::env::var("UNIT_FUZZ_TOLERATE").map_or(false, |list| list.split(',').any(|p| p.trim() == property));
    if !tolerated {
        panic!("{}", message);
    }
    let mut seen = SEEN.lock().unwrap_or_else(|p| p.into_inner());
    let count = seen.get_or_insert_with(HashMap::new).entry(property).or_insert(0);
    *count += 1;
    if *count <= 10 {
        eprintln!("tolerated: {}", message);
    }
}

fn describe(r: &Result<f64, UnitError>) -> String {
    match r {
        Ok(v) => format!("{:?}", v),
        Err(e) => format!("error {} ({})", e.problem.code(), e.message),
    }
}

/// The free-text target: `evaluate` on any text.
///
/// - a result is finite (value and every part of a mixed target), or it is an error;
/// - an error has a message, and its position lies inside the input;
/// - a result's unit reads back: `convert(value, unit, unit)` gives the value itself, so
///   `Quantity.to(unit)` in the bindings works on every answer.
pub fn check_phrase(data: &[u8]) -> Result<(), String> {
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(_) => return Ok(()),
    };
    let r = Registry::builtin();
    match r.evaluate(text) {
        Ok(q) => check_quantity(&r, text, &q),
        Err(e) => {
            if e.message.is_empty() {
                return Err(violation("error-span", format!("evaluate({:?}): error {} has no message", text, e.problem.code())));
            }
            let chars = text.chars().count();
            if let Some((start, end)) = e.span() {
                if start > end || end > chars {
                    return Err(violation(
                        "error-span",
                        format!(
                            "evaluate({:?}): error {} spans {}..{} ({:?}), past the end of {} characters",
                            text,
                            e.problem.code(),
                            start,
                            end,
                            e.offending,
                            chars
                        ),
                    ));
                }
            }
            Ok(())
        }
    }
}

fn check_quantity(r: &Registry, text: &str, q: &Quantity) -> Result<(), String> {
    if !q.value.is_finite() {
        return Err(violation("finite", format!("evaluate({:?}) gave {:?} {}: a finite input gave a non-finite result", text, q.value, q.unit)));
    }
    if let Some((v, unit)) = q.parts.iter().find(|p| !p.0.is_finite()) {
        return Err(violation("finite", format!("evaluate({:?}) gave the part {:?} {}: not finite", text, v, unit)));
    }
    if q.display().is_empty() {
        return Err(violation("display", format!("evaluate({:?}) displays as nothing", text)));
    }
    if q.unit.is_empty() || !q.parts.is_empty() {
        return Ok(());
    }
    let back = r.convert(q.value, &q.unit, &q.unit);
    match back {
        Ok(v) if v.to_bits() == q.value.to_bits() || (v == 0.0 && q.value == 0.0) => Ok(()),
        _ => Err(violation(
            "unit-readback",
            format!("evaluate({:?}) gave {:?} {:?}, but convert(that, {:?}, {:?}) gave {}", text, q.value, q.unit, q.unit, q.unit, describe(&back)),
        )),
    }
}

/// An input of the structured target: a value and two listed units of one category.
#[derive(Clone, Debug)]
pub struct ConversionCase {
    /// The value, from 8 little-endian bytes.
    pub value: f64,
    /// Index of the category.
    pub category: usize,
    /// The unit to convert from.
    pub from: UnitRef,
    /// The unit to convert to.
    pub to: UnitRef,
}

/// Bytes 0–7: the value (f64, little-endian); byte 8: the category (modulo their number);
/// bytes 9–10 and 11–12: the two units (u16 little-endian, modulo the category's units).
/// Shorter inputs are ignored.
pub fn decode_conversion(r: &Registry, data: &[u8]) -> Option<ConversionCase> {
    if data.len() < 13 {
        return None;
    }
    let mut value = [0u8; 8];
    value.copy_from_slice(&data[..8]);
    let value = f64::from_le_bytes(value);
    let category = data[8] as usize % r.categories.len();
    let units = &r.categories[category].units;
    if units.is_empty() {
        return None;
    }
    let pick = |lo: u8, hi: u8| units[u16::from_le_bytes([lo, hi]) as usize % units.len()];
    Some(ConversionCase { value, category, from: pick(data[9], data[10]), to: pick(data[11], data[12]) })
}

/// The inverse of [`decode_conversion`], for writing seeds.
pub fn encode_conversion(r: &Registry, value: f64, category: &str, from: &str, to: &str) -> Option<Vec<u8>> {
    let c = r.categories.iter().position(|c| c.id == category)?;
    let index = |id: &str| r.categories[c].units.iter().position(|u| r.entry(*u).id == id);
    let (a, b) = (index(from)? as u16, index(to)? as u16);
    let mut out = value.to_le_bytes().to_vec();
    out.push(c as u8);
    out.extend_from_slice(&a.to_le_bytes());
    out.extend_from_slice(&b.to_le_bytes());
    Some(out)
}

/// A unit's symbol as it can stand in a phrase: in parentheses when it holds a space or
/// an operator (`(L/100km)`), as written otherwise (`°C` must stay bare: a bracketed
/// absolute temperature is a product).
pub fn phrase_symbol(symbol: &str) -> String {
    if symbol.contains(|c: char| c.is_whitespace() || "/*^·;()".contains(c)) {
        format!("({})", symbol)
    } else {
        symbol.to_string()
    }
}

/// Whether a unit's size is a fraction without π: its conversions round the factor once.
fn rounds_once(r: &Registry, u: UnitRef) -> bool {
    matches!(r.resolve_ref(u).factor, Number::Exact(_, 0))
}

/// How many roundings, at most, a unit's size carries as a double: one for a fraction;
/// for `r · π^k` the fraction's, π's power's (1/π is a division) and their product's,
/// and a size that left 128-bit fractions was built in doubles (counted the same).
fn roundings(size: &Number) -> u64 {
    match size {
        Number::Exact(_, 0) => 1,
        _ => 4,
    }
}

/// The structured target: a finite value and two listed units of one category.
///
/// - `convert` gives a finite value or an error (never inf or NaN from a finite value);
/// - by symbol and by id the same unit converts the same, bit for bit, and the compiled
///   `Conversion` applied to one value or a slice gives that same double;
/// - there and back returns the value within the tolerance of the module docs;
/// - `evaluate("<x> <from> to <to>")` agrees with `convert` within the tolerances of the
///   module docs, and can read every listed symbol.
pub fn check_conversion(data: &[u8]) -> Result<(), String> {
    let r = Registry::builtin();
    let case = match decode_conversion(&r, data) {
        Some(c) => c,
        None => return Ok(()),
    };
    let x = case.value;
    let (ea, eb) = (r.entry(case.from), r.entry(case.to));
    let (a, b) = (ea.symbol.as_str(), eb.symbol.as_str());
    let there = r.convert(x, a, b);
    // Non-finite values only have to be survived.
    if !x.is_finite() {
        return Ok(());
    }
    let call = format!("convert({:?}, {:?}, {:?})", x, a, b);
    if let Ok(y) = there {
        if !y.is_finite() {
            return Err(violation("finite", format!("{} gave {:?}: a finite input gave a non-finite result", call, y)));
        }
    }
    let by_id = r.convert(x, &ea.id, &eb.id);
    let same = match (&there, &by_id) {
        (Ok(p), Ok(q)) => p.to_bits() == q.to_bits(),
        (Err(_), Err(_)) => true,
        _ => false,
    };
    if !same {
        return Err(violation("same-by-id", format!("{} gave {}, but by id ({:?}, {:?}) {}", call, describe(&there), ea.id, eb.id, describe(&by_id))));
    }
    let y = match there {
        Ok(y) => y,
        Err(_) => return check_agreement(&r, &case, x, a, b, None),
    };
    let conversion = r.conversion(a, b).map_err(|e| violation("compiled", format!("{} gave {:?} but conversion() failed: {}", call, y, e)))?;
    let mut slice = [x, x];
    conversion.apply_slice(&mut slice);
    let applied = [conversion.apply(x), slice[0]];
    if applied.iter().any(|v| v.to_bits() != y.to_bits()) {
        return Err(violation("compiled", format!("{} gave {:?} but the compiled conversion gives {:?}", call, y, applied)));
    }
    check_round_trip(&r, &case, &conversion, x, y, a, b)?;
    check_agreement(&r, &case, x, a, b, Some(y))
}

fn check_round_trip(r: &Registry, case: &ConversionCase, conversion: &Conversion, x: f64, y: f64, a: &str, b: &str) -> Result<(), String> {
    // Digits lost to underflow do not come back.
    if !(x == 0.0 || x.is_normal()) || !(y == 0.0 || y.is_normal()) || (y == 0.0) != (x == 0.0) {
        return Ok(());
    }
    let z = match r.convert(y, b, a) {
        Ok(z) => z,
        // Going back may meet a limit going there did not (absolute zero after rounding,
        // overflow next to the largest double); only the value is checked here.
        Err(_) => return Ok(()),
    };
    if !z.is_finite() {
        return Err(violation("finite", format!("convert({:?}, {:?}, {:?}) = {:?}, but back gives {:?}: a finite input gave a non-finite result", x, a, b, y, z)));
    }
    let exact = rounds_once(r, case.from) && rounds_once(r, case.to);
    let tolerance = match *conversion {
        Conversion::Linear { .. } | Conversion::Reciprocal { .. } => {
            if exact {
                2.0 * ulp(x)
            } else {
                // Counted: each of the two ratios rounds up to 4 times, each product once;
                // every rounding moves a result by at most 1 ulp.
                10.0 * ulp(x)
            }
        }
        Conversion::Affine { factor, .. } => ulp(x) + ulp(y) / factor.abs(),
    };
    if (z - x).abs() > tolerance {
        return Err(violation(
            "round-trip",
            format!(
            "convert({:?}, {:?}, {:?}) = {:?}, and back gives {:?}: off by {} ulp (allowed {:e}, {:?})",
            x,
            a,
            b,
            y,
            z,
            ulps_between(x, z),
            tolerance,
            conversion
        ),
        ));
    }
    Ok(())
}

fn check_agreement(r: &Registry, case: &ConversionCase, x: f64, a: &str, b: &str, converted: Option<f64>) -> Result<(), String> {
    let phrase = format!("{:?} {} to {}", x, phrase_symbol(a), phrase_symbol(b));
    let evaluated = r.evaluate(&phrase).map(|q| q.value);
    let apart = |y: f64, e: f64| format!("{} ulp apart", ulps_between(y, e));
    let disagree = |property: &'static str, why: String| {
        Err(violation(property, format!(
            "convert({:?}, {:?}, {:?}) gave {} but evaluate({:?}) gave {}: {}",
            x,
            a,
            b,
            converted.map_or_else(|| describe(&r.convert(x, a, b)), |y| format!("{:?}", y)),
            phrase,
            describe(&evaluated),
            why
        )))
    };
    // `evaluate` works in SI base units; once its exact fractions give out it does so in
    // doubles, and a value whose size in base units leaves the normal doubles loses digits
    // there (or is refused as too large) although the answer itself is representable.
    let (from, to) = (r.resolve_ref(case.from), r.resolve_ref(case.to));
    let base = |v: f64, spec: &UnitSpec| ((v + spec.offset.map_or(0.0, Number::to_f64)) * spec.factor.to_f64()).abs();
    let in_base_range = |v: f64, spec: &UnitSpec| {
        let b = base(v, spec);
        (v == 0.0 && b == 0.0) || (b.is_normal() && b < f64::MAX / 16.0)
    };
    let representable = in_base_range(x, &from) && converted.map_or(true, |y| in_base_range(y, &to));
    let near_overflow = |v: f64| ulps_between(v.abs(), f64::MAX) <= 1;
    match (converted, &evaluated) {
        (Some(y), Ok(e)) => {
            if !e.is_finite() {
                return disagree("finite", "a finite input gave a non-finite result".to_string());
            }
            if !representable {
                return Ok(());
            }
            let exact = evaluates_exactly(x, &from, &to);
            if from.offset.is_some() || to.offset.is_some() {
                // On offset scales both sides pass through kelvins: each is as precise as
                // the absolute temperature, ulp(K) carried to the target's degree size.
                // And `evaluate` reads the decimal, not the double: half an ulp of x, which the
                // offset does not shrink with the result (-260.0000000000073 °C is 13.15 K).
                let (size_from, size_to) = (from.factor.to_f64().abs(), to.factor.to_f64().abs());
                let tolerance = 2.0 * ulp(y) + 2.0 * ulp(base(x, &from)) / size_to + ulp(x) * size_from / size_to;
                if (y - e).abs() > tolerance {
                    return disagree("agree", format!("{} (allowed {:e} on an offset scale)", apart(y, *e), tolerance));
                }
                return Ok(());
            }
            // Counted when `evaluate` works in doubles: its two sizes, two or three
            // operations (x·fa/fb, or 1/(x·fa·fb)); `convert`'s ratio and one operation.
            let (ra, rb) = (roundings(&from.factor), roundings(&to.factor));
            let allowed = if exact { 2 } else { ra + rb + 3 + ra.max(rb) + 1 };
            if ulps_between(y, *e) > allowed {
                return disagree("agree", format!("{} (allowed {})", apart(y, *e), allowed));
            }
            Ok(())
        }
        (None, Err(_)) => Ok(()),
        (Some(_), Err(_)) if !representable => Ok(()),
        (Some(y), Err(_)) if near_overflow(y) => Ok(()),
        (None, Ok(e)) if near_overflow(*e) => Ok(()),
        // A listed unit's symbol that the phrase reader does not know (`wa²`).
        (Some(_), Err(e)) if e.problem.code() == "unknown_unit" => disagree("symbol-readable", "a listed symbol is unknown in a phrase".to_string()),
        _ => disagree("agree", "one answers, the other refuses".to_string()),
    }
}

/// Whether `evaluate` keeps `<x> <from> to <to>` in exact fractions until its one final
/// rounding: the decimal reads as a fraction, and the value times one unit's size divided
/// by the other's stays one (the same checked operations the evaluator does).
fn evaluates_exactly(x: f64, from: &UnitSpec, to: &UnitSpec) -> bool {
    let decimal = match Rational::parse_decimal(&format!("{:?}", x)) {
        Some(d) => Number::from_rational(d),
        None => return false,
    };
    let value = match from.offset {
        Some(o) => decimal.add(o).mul(from.factor),
        None => decimal.mul(from.factor),
    };
    // Fuel economy the other way round is 1/(value · size of the target unit).
    let result = if from.dim == to.dim { value.div(to.factor) } else { Number::ONE.div(value.mul(to.factor)) };
    matches!(result, Some(Number::Exact(_, 0)))
}

/// Builds the shared registry and fills the conversion cache's code paths once, so that a
/// fuzzing process forked after this starts with them.
pub fn warm_up() {
    let r = Registry::builtin();
    let _ = r.evaluate("5 ft 3 in to cm");
    let _ = r.convert(1.0, "km", "m");
}
