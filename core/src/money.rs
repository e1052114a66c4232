//! Exchange rates: the European Central Bank's euro reference rates (units of a currency
//! per euro, on one day), checked, and turned into a layer of unit definitions in the
//! `.units` format, so that money is one more dimension: `USD/lb to EUR/kg` works like
//! `km/h to mph`.
//!
//! The snapshot the app ships (`core/money/ecb-snapshot.txt`, made by
//! `packaging/make_rates_snapshot.py`) and the currencies' names in every language
//! (`core/money/currencies.txt`) are data embedded at build time. Reading the ECB's XML
//! feed is the bindings' job (Python has an XML parser); they hand the core the date and
//! the `(code, rate)` pairs as written, which [`ExchangeRates::new`] checks.

use crate::definitions::split_columns;
use crate::error::{RatesError, UnitError};
use crate::fast_hash::FastMap;

/// The snapshot the app ships: the newest day of ECB's history when it was made.
pub const SNAPSHOT: &str = include_str!("../money/ecb-snapshot.txt");

/// The currencies' codes, signs and names in each language.
pub const CURRENCY_NAMES: &str = include_str!("../money/currencies.txt");

/// What [`ExchangeRates::source`] says of the snapshot.
pub const SNAPSHOT_SOURCE: &str = "ECB euro reference rates (snapshot shipped with the app)";

/// The file name the rates layer is read under, as messages name it.
pub const RATES_LAYER: &str = "exchange rates";

/// The longest rate text accepted: real ones have at most 10 characters.
const MAX_RATE_CHARS: usize = 24;

/// One day's euro reference rates: how many units of each currency one euro buys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExchangeRates {
    /// The day the rates are of, `YYYY-MM-DD`.
    pub date: String,
    /// Where they come from, for people.
    pub source: String,
    /// ISO 4217 code and rate exactly as the feed writes it (`("USD", "1.1172")`), in the
    /// feed's order. The euro itself is not listed.
    pub rates: Vec<(String, String)>,
}

fn bad_rate(currency: &str, rate: &str) -> UnitError {
    UnitError::plain(RatesError::BadRate { currency: currency.to_string(), rate: rate.to_string() })
}

/// Whether `text` is a date `YYYY-MM-DD` that exists (leap years included).
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = &text[r];
        if s.bytes().all(|c| c.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day) = match (digits(0..4), digits(5..7), digits(8..10)) {
        (Some(y), Some(m), Some(d)) => (y, m, d),
        _ => return false,
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1999 && day >= 1 && day <= days
}

/// Whether `rate` is written as ECB writes rates (digits, at most one decimal point) and
/// is a positive finite number.
fn is_rate(rate: &str) -> bool {
    let mut parts = rate.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
    // No leading zeros ("007"): rates are passed on as JSON numbers as written.
    let leading_zero = whole.len() > 1 && whole.starts_with('0');
    let well_formed = rate.len() <= MAX_RATE_CHARS && digits(whole) && !leading_zero && fraction.map_or(true, digits);
    well_formed && rate.parse::<f64>().map_or(false, |x| x.is_finite() && x > 0.0)
}

impl ExchangeRates {
    /// Checks one day's rates: a real date, ISO 4217 codes (three capital letters, each
    /// once, not the euro), every rate a positive finite number, at least one rate.
    pub fn new(date: &str, source: &str, rates: Vec<(String, String)>) -> Result<ExchangeRates, UnitError> {
        let date = date.trim();
        if !is_date(date) {
            return Err(UnitError::plain(RatesError::BadDate { date: date.to_string() }));
        }
        if rates.is_empty() {
            return Err(UnitError::plain(RatesError::NotAFeed));
        }
        let mut checked: Vec<(String, String)> = Vec::with_capacity(rates.len());
        for (code, rate) in rates {
            let (code, rate) = (code.trim().to_string(), rate.trim().to_string());
            let iso = code.len() == 3 && code.bytes().all(|c| c.is_ascii_uppercase());
            if !iso || code == "EUR" || checked.iter().any(|(c, _)| *c == code) {
                return Err(UnitError::plain(RatesError::BadCurrency { currency: code }));
            }
            if !is_rate(&rate) {
                return Err(bad_rate(&code, &rate));
            }
            checked.push((code, rate));
        }
        Ok(ExchangeRates { date: date.to_string(), source: source.to_string(), rates: checked })
    }

    /// Reads the snapshot format: `#` comments, `date: YYYY-MM-DD`, then `CODE RATE` lines.
    pub fn parse(text: &str, source: &str) -> Result<ExchangeRates, UnitError> {
        let mut date = String::new();
        let mut rates = Vec::new();
        for raw in text.lines() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            if let Some(d) = line.strip_prefix("date:") {
                date = d.trim().to_string();
                continue;
            }
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next()) {
                (Some(code), Some(rate), None) => rates.push((code.to_string(), rate.to_string())),
                _ => return Err(UnitError::plain(RatesError::NotAFeed)),
            }
        }
        ExchangeRates::new(&date, source, rates)
    }

    /// The snapshot the app ships.
    pub fn snapshot() -> ExchangeRates {
        ExchangeRates::parse(SNAPSHOT, SNAPSHOT_SOURCE).unwrap_or_else(|e| panic!("the rate snapshot is broken: {}", e))
    }

    /// Units of `code` per euro (1 for the euro), or `None` for a currency not listed.
    pub fn rate(&self, code: &str) -> Option<f64> {
        if code == "EUR" {
            return Some(1.0);
        }
        self.rates.iter().find(|(c, _)| c == code).and_then(|(_, r)| r.parse().ok())
    }

    /// The rates as unit definitions in the `.units` format: a `money` category with the
    /// euro as its base, one unit per currency (`1/1.1172 EUR`, exact), named in every
    /// language of `currencies.txt`. `$`, "dollar" and "dollars" go to `dollar` (an ISO
    /// code, normally `USD`). Names for which `taken` is true (already units, such as
    /// "cent" the land measure) are left out rather than shadowing anything; a currency
    /// whose code is taken is left out of the units (its rate stays in [`Self::rates`]).
    pub fn units_text(&self, dollar: &str, taken: &dyn Fn(&str) -> bool) -> String {
        let names = currency_names();
        // Some hundreds of names, each asked for once: a set, not a list searched through.
        let mut claimed: FastMap<String, ()> = FastMap::default();
        let mut claim = |name: &str| -> bool {
            let name = name.trim();
            if name.is_empty() || name.contains(|c| matches!(c, '|' | ',' | '#')) || taken(name) {
                return false;
            }
            claimed.insert(name.to_string(), ()).is_none()
        };
        let mut lines = Vec::new();
        let mut common = Vec::new();
        let mut currencies: Vec<(&str, String)> = vec![("EUR", "base money".to_string())];
        currencies.extend(self.rates.iter().map(|(c, r)| (c.as_str(), format!("1/{} EUR", r))));
        for (code, definition) in &currencies {
            if !claim(code) {
                continue;
            }
            let info = names.iter().find(|n| n.code == *code);
            let english = info.and_then(|n| n.languages.iter().find(|l| l.language == "en"));
            let singular = english.map_or(code.to_string(), |l| l.singular.clone());
            let plural = english.map_or(code.to_string(), |l| l.plural.clone());
            let singular = if claim(&singular) { singular } else { code.to_string() };
            let plural = if plural == singular || claim(&plural) { plural } else { singular.clone() };
            // Borrowed from the names read: only the ones kept are copied, into the line.
            let mut aliases: Vec<&str> = Vec::new();
            let mut candidates: Vec<&str> = Vec::new();
            if let Some(n) = info {
                candidates.extend(n.sign.as_deref());
                for l in &n.languages {
                    candidates.push(&l.singular);
                    candidates.push(&l.plural);
                    candidates.extend(l.others.iter().map(String::as_str));
                }
            }
            if *code == dollar {
                candidates.extend(["$", "dollar", "dollars", "Dollar", "dólar", "dólares"]);
            }
            for c in candidates {
                if c != singular && c != plural && claim(c) {
                    aliases.push(c);
                }
            }
            let alias_column = if aliases.is_empty() { "-".to_string() } else { aliases.join(", ") };
            let source = if *code == "EUR" {
                "The euro, the base of ECB's reference rates".to_string()
            } else {
                format!("{}, {}", self.source, self.date)
            };
            // The id is the code in lower case, unless that already reads as a unit
            // ("myr" reads as a thousandth of a year).
            let id = code.to_ascii_lowercase();
            let id = if taken(&id) { format!("currency_{}", id) } else { id };
            lines.push(format!(
                "{} | {} | {} | {} | {} | {} | - | {}",
                id,
                code,
                singular,
                plural,
                alias_column,
                definition,
                source
            ));
            common.push(code.to_string());
        }
        if claim("eurocent") {
            let mut aliases: Vec<&str> = Vec::new();
            for a in ["eurocents", "Eurocent", "Eurocents"] {
                if claim(a) {
                    aliases.push(a);
                }
            }
            aliases.extend(["~ct", "~cent", "~cents"]);
            lines.push(format!(
                "euro_cent | eurocent | euro cent | euro cents | {} | 1/100 EUR | - | One hundredth of a euro",
                aliases.join(", ")
            ));
        }
        // The best-known currencies first, then the rest in the feed's order.
        let mut ordered: Vec<String> = ["EUR", "USD", "GBP", "JPY", "CHF"].iter().filter(|c| common.iter().any(|x| x == *c)).map(|c| c.to_string()).collect();
        for c in common {
            if !ordered.contains(&c) {
                ordered.push(c);
            }
        }
        format!(
            "[category money]\nname: Money\nbase: EUR\ncommon: {}\n\n# id | symbol | singular | plural | aliases | definition | prefixes | source\n{}\n",
            ordered.join(" "),
            lines.join("\n")
        )
    }
}

/// One language's names of a currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageNames {
    /// The language (`en`, `de`).
    pub language: String,
    /// Name of one.
    pub singular: String,
    /// Name of many.
    pub plural: String,
    /// Other names people type.
    pub others: Vec<String>,
}

/// A currency's code, sign and names, from `currencies.txt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrencyName {
    /// ISO 4217 code.
    pub code: String,
    /// A sign that means this currency alone (`€`), if any.
    pub sign: Option<String>,
    /// Its names, by language.
    pub languages: Vec<LanguageNames>,
}

/// Reads `currencies.txt` (format in its header). The file is tested to read completely;
/// a malformed line is skipped rather than stopping the app.
pub fn currency_names() -> Vec<CurrencyName> {
    let mut out: Vec<CurrencyName> = Vec::new();
    // Read twice for each registry with rates: one list of columns serves every line.
    let mut columns: Vec<&str> = Vec::new();
    for raw in CURRENCY_NAMES.lines() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push(CurrencyName { code: code.trim().to_string(), sign: None, languages: Vec::new() });
            continue;
        }
        let current = match out.last_mut() {
            Some(c) => c,
            None => continue,
        };
        let (key, value) = match line.split_once(':') {
            Some((k, v)) => (k.trim(), v.trim()),
            None => continue,
        };
        if key == "sign" {
            current.sign = Some(value.to_string());
            continue;
        }
        split_columns(value, &mut columns);
        if columns.len() != 3 {
            continue;
        }
        let others = columns[2].split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
        current.languages.push(LanguageNames {
            language: key.to_string(),
            singular: columns[0].to_string(),
            plural: if columns[1].is_empty() { columns[0].to_string() } else { columns[1].to_string() },
            others,
        });
    }
    out
}

/// A currency's name of one and of many in `language`, falling back to English.
pub fn currency_name(code: &str, language: &str) -> Option<(String, String)> {
    let names = currency_names();
    let n = names.into_iter().find(|n| n.code == code)?;
    let pick = n.languages.iter().find(|l| l.language == language).or_else(|| n.languages.iter().find(|l| l.language == "en"))?;
    Some((pick.singular.clone(), pick.plural.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_rates_are_checked() {
        assert!(is_date("2026-10-30") && is_date("2024-02-29"));
        assert!(!is_date("2023-02-29") && !is_date("2026-13-01") && !is_date("30.10.2026") && !is_date(""));
        assert!(is_rate("1.1172") && is_rate("136") && is_rate("20275.17"));
        for bad in ["abc", "007", "", "-1", "0", "0.000", "1e5", "inf", "NaN", "1.2.3", ".5", "1.", "1,5"] {
            assert!(!is_rate(bad), "{} accepted", bad);
        }
    }

    #[test]
    fn every_currency_has_english_names_and_every_language_both_forms() {
        let names = currency_names();
        assert!(names.len() >= 30);
        for n in &names {
            assert!(n.languages.iter().any(|l| l.language == "en"), "{} has no English name", n.code);
            for language in ["de", "fr", "es"] {
                assert!(n.languages.iter().any(|l| l.language == language), "{} has no name in {}", n.code, language);
            }
            for l in &n.languages {
                assert!(!l.singular.is_empty() && !l.plural.is_empty(), "{} {}", n.code, l.language);
            }
        }
        let lines = CURRENCY_NAMES.lines().filter(|l| l.starts_with('[')).count();
        assert_eq!(lines, names.len());
    }
}
