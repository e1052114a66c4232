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

