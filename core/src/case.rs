//! Case folding for unit names without Unicode's case tables.
//!
//! `str::to_lowercase` pulls about 45 KB of tables into the WebAssembly module. Unit names
//! only need ASCII, Latin-1 letters (`Å`) and Greek letters (`Ω`, `µ`) folded, which are
//! plain offsets.

use std::borrow::Cow;

/// The lower-case form of one letter (others unchanged).
pub fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1 capitals À..Þ, except the multiplication sign.
        'À'..='Þ' if c != '×' => shift(c, 32),
        // Greek capitals Α..Ω (U+0391..U+03A9), except the unassigned U+03A2.
        'Α'..='Ω' if c != '\u{3a2}' => shift(c, 32),
        _ => c,
    }
}

/// The upper-case form of one letter (others unchanged).
pub fn upper(c: char) -> char {
    match c {
        'a'..='z' => c.to_ascii_uppercase(),
        'à'..='þ' if c != '÷' => shift(c, -32),
        'α'..='ω' if c != 'ς' => shift(c, -32),
        _ => c,
    }
}

pub fn is_upper(c: char) -> bool {
    lower(c) != c
}

fn shift(c: char, by: i32) -> char {
    std::char::from_u32((c as i32 + by) as u32).unwrap_or(c)
}

/// The lower-case form of a name.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

/// The lower-case form of a name, borrowed when the name already is in lower case (most
/// are): building the name maps folds every name, and a copy of each cost as much as the
/// lookups.
pub fn folded(s: &str) -> Cow<'_, str> {
    // ASCII without capitals, as most names are, shows in one pass over the bytes; without
    // a branch per byte (no early exit) it is twice as fast on names of usual length.
    let plain = !s.bytes().fold(false, |any, b| any | b.is_ascii_uppercase() | !b.is_ascii());
    if plain || !has_upper(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(fold(s))
    }
}

pub fn has_upper(s: &str) -> bool {
    s.chars().any(is_upper)
}

pub fn to_upper(s: &str) -> String {
    s.chars().map(upper).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_letters_unit_names_use() {
        assert_eq!(fold("Meter ÅNGSTRÖM ΩMEGA µm °C"), "meter ångström ωmega µm °c");
        assert_eq!(to_upper("km"), "KM");
        assert!(has_upper("kPa") && !has_upper("km"));
        assert_eq!(lower('×'), '×');
        assert!(matches!(folded("km µm"), Cow::Borrowed("km µm")));
        assert_eq!(folded("ΩMEGA µm"), "ωmega µm");
        assert_eq!(folded("KM"), "km");
    }
}
