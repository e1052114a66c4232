//! The answer to a phrase: a value in a unit, what was understood, and how it reads.

use crate::format::format_value;

/// A value in a unit, as `evaluate` answers it.
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
    /// How names were read where it was not their everyday meaning ("F read as degree
    /// Fahrenheit"), and other remarks ("rounded to the nearest 1/16 in").
    pub notes: Vec<String>,
    /// Other phrases that read the names otherwise and also convert, for one-click
    /// choices ("100 °F" for "100 F"; "1 imp_gal to L" for "1 gal to L").
    pub alternatives: Vec<String>,
    /// Inches (the target, or the last part of a mixed target) shown as a fraction with
    /// this denominator.
    pub inch_fraction: Option<u32>,
    /// For mixed targets, how many of each part after the first make one of the part
    /// before it (`[12.0]` for `ft;in`): a last part shown rounded carries over.
    pub carries: Vec<f64>,
}

impl Quantity {
    /// A value in a unit, understood as `interpretation`, nothing more to say.
    pub fn new(value: f64, unit: String, interpretation: String) -> Quantity {
        Quantity { value, unit, interpretation, parts: Vec::new(), notes: Vec::new(), alternatives: Vec::new(), inch_fraction: None, carries: Vec::new() }
    }

    /// `160.02 cm`, `5 ft 10.87 in`: at most 15 significant digits, so float noise never
    /// shows; the last part of a mixed quantity to two decimals.
    pub fn display(&self) -> String {
        if !self.parts.is_empty() {
            return display_parts(&self.parts, self.inch_fraction, &self.carries);
        }
        let number = match self.inch_fraction {
            Some(n) => fraction_text(self.value, n),
            None => format_value(self.value, 15),
        };
        if self.unit.is_empty() {
            number
        } else {
            format!("{} {}", number, self.unit)
        }
    }
}

fn display_parts(parts: &[(f64, String)], inch_fraction: Option<u32>, carries: &[f64]) -> String {
    let mut values: Vec<f64> = parts.iter().map(|p| p.0).collect();
    let last = values.len() - 1;
    if inch_fraction.is_none() {
        values[last] = (values[last] * 100.0).round() / 100.0;
    }
    // A part that reached a whole one of the part before carries into it (`1 ft 12 in` is
    // `2 ft 0 in`); the first part holds the sign of the whole, the others are sizes.
    for i in (1..values.len()).rev() {
        match carries.get(i - 1) {
            Some(&size) if size > 0.0 && values[i] >= size => {
                values[i] -= size;
                values[i - 1] += if i == 1 && values[0].is_sign_negative() { -1.0 } else { 1.0 };
            }
            _ => {}
        }
    }
    // The sign of the whole is on the first part, even when that part is zero (`-0 ft`).
    let negative = values[0].is_sign_negative();
    let mut pieces = Vec::new();
    for (i, (v, (_, unit))) in values.iter().zip(parts.iter()).enumerate() {
        // Drop zero leading parts (`0 ft 3 in` reads as `3 in`), keep the last always.
        if *v == 0.0 && i != last && pieces.is_empty() {
            continue;
        }
        let mut text = match (i == last, inch_fraction) {
            (true, Some(n)) => fraction_text(*v, n),
            (true, None) => format_value(*v, 15),
            (false, _) => format_value(*v, 17),
        };
        // A dropped `-0 ft` hands its sign on: -0.5 ft is `-6 in`, not `6 in`.
        if pieces.is_empty() && i > 0 && negative && !text.starts_with('-') && text.chars().any(|c| matches!(c, '1'..='9')) {
            text.insert(0, '-');
        }
        pieces.push(format!("{} {}", text, unit));
    }
    pieces.join(" ")
}


/// `6.9375` with 16 → `6 15/16`; whole numbers stay whole (`6`), and a value below one is a
/// plain fraction (`3/8`). The value is a multiple of 1/n (rounded so by the caller).
fn fraction_text(value: f64, n: u32) -> String {
    let scaled = (value.abs() * n as f64).round();
    if !scaled.is_finite() || scaled > 1e15 {
        return format_value(value, 15);
    }
    let total = scaled as u64;
    let (whole, mut num, mut den) = (total / n as u64, total % n as u64, n as u64);
    while num > 0 && num % 2 == 0 && den % 2 == 0 {
        num /= 2;
        den /= 2;
    }
    let sign = if value < 0.0 && total > 0 { "-" } else { "" };
    match (whole, num) {
        (w, 0) => format!("{}{}", sign, w),
        (0, _) => format!("{}{}/{}", sign, num, den),
        (w, _) => format!("{}{} {}/{}", sign, w, num, den),
    }
}
