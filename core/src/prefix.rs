//! SI and binary (IEC 80000-13) prefixes.

use crate::number::Number;
use crate::rational::Rational;

/// The family a prefix belongs to; a unit accepts the families its data line lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrefixKind {
    /// Decimal prefixes of the SI (`k`, `m`, `µ`): powers of ten.
    Si,
    /// IEC binary prefixes (`Ki`, `Mi`): powers of 1024, for bits and bytes.
    Binary,
}

/// A unit prefix: how it is written before a symbol and a name, and the factor it means.
pub struct Prefix {
    /// Symbols accepted before a unit symbol; the first is the one printed (micro is
    /// written `µ`, and also accepted as Greek `μ` or ASCII `u`).
    pub symbols: &'static [&'static str],
    /// The name written before a unit name (`kilo` in `kilometer`).
    pub name: &'static str,
    /// Whether it is an SI or a binary prefix, which fixes its base and the units it fits.
    pub kind: PrefixKind,
    /// Power of ten (SI) or of 1024 (binary).
    pub power: i32,
}

const fn si(symbols: &'static [&'static str], name: &'static str, power: i32) -> Prefix {
    Prefix { symbols, name, kind: PrefixKind::Si, power }
}

const fn bin(symbols: &'static [&'static str], name: &'static str, power: i32) -> Prefix {
    Prefix { symbols, name, kind: PrefixKind::Binary, power }
}

/// SI Brochure, 9th edition (2019, amended 2022 with ronna/quetta), table 7; IEC 80000-13.
pub const PREFIXES: &[Prefix] = &[
    si(&["Q"], "quetta", 30),
    si(&["R"], "ronna", 27),
    si(&["Y"], "yotta", 24),
    si(&["Z"], "zetta", 21),
    si(&["E"], "exa", 18),
    si(&["P"], "peta", 15),
    si(&["T"], "tera", 12),
    si(&["G"], "giga", 9),
    si(&["M"], "mega", 6),
    si(&["k"], "kilo", 3),
    si(&["h"], "hecto", 2),
    si(&["da"], "deca", 1),
    si(&["d"], "deci", -1),
    si(&["c"], "centi", -2),
    si(&["m"], "milli", -3),
    si(&["µ", "μ", "u"], "micro", -6),
    si(&["n"], "nano", -9),
    si(&["p"], "pico", -12),
    si(&["f"], "femto", -15),
    si(&["a"], "atto", -18),
    si(&["z"], "zepto", -21),
    si(&["y"], "yocto", -24),
    si(&["r"], "ronto", -27),
    si(&["q"], "quecto", -30),
    bin(&["Ki"], "kibi", 1),
    bin(&["Mi"], "mebi", 2),
    bin(&["Gi"], "gibi", 3),
    bin(&["Ti"], "tebi", 4),
    bin(&["Pi"], "pebi", 5),
    bin(&["Ei"], "exbi", 6),
    bin(&["Zi"], "zebi", 7),
    bin(&["Yi"], "yobi", 8),
];

impl Prefix {
    /// The exact factor: 10^power or 1024^power.
    pub fn factor(&self) -> Number {
        // Every prefix fits in 128 bits (10^30, 2^80), so integer powers are exact.
        let base: i128 = match self.kind {
            PrefixKind::Si => 10,
            PrefixKind::Binary => 1024,
        };
        let magnitude = base.pow(self.power.unsigned_abs());
        let r = if self.power >= 0 { Rational::from_int(magnitude) } else { Rational::from_int(magnitude).recip().unwrap_or(Rational::ONE) };
        Number::from_rational(r)
    }

    /// The symbol printed in front of a unit symbol (`k`, `µ`, `Ki`).
    pub fn symbol(&self) -> &'static str {
        self.symbols[0]
    }
}

/// Also accepted spellings of prefix names ("deka" is the US spelling of deca).
pub fn name_variants(p: &Prefix) -> &'static [&'static str] {
    match p.name {
        "deca" => &["deca", "deka"],
        _ => &[],
    }
}
