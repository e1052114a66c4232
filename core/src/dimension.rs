//! Physical dimensions as integer exponents of base quantities.
//!
//! Besides the seven SI base quantities we keep plane angle and information as their own
//! dimensions: people do not expect "rad/s" and "Hz", or "bit" and "1", to be the same.
//! Money is one too, so that prices combine with every other unit (`USD/lb`, `EUR/kWh`).

use std::fmt;

/// How many base quantities there are: the seven SI ones plus angle, information and money.
pub const BASE_COUNT: usize = 10;

/// Names used in data files (`base length`) and in messages.
pub const BASE_NAMES: [&str; BASE_COUNT] = [
    "length",
    "mass",
    "time",
    "current",
    "temperature",
    "amount",
    "luminosity",
    "angle",
    "information",
    "money",
];

/// A dimension: the exponent of each base quantity, in the order of [`BASE_NAMES`]
/// (`[1, 0, -2, 0, ...]` is length / time²). The default is dimensionless.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Dimension(pub [i8; BASE_COUNT]);

impl Dimension {
    /// Dimensionless: every exponent 0 (plain numbers, ratios such as `%`).
    pub const NONE: Dimension = Dimension([0; BASE_COUNT]);

    /// The dimension of one base quantity, by its name in [`BASE_NAMES`] (as in
    /// `base length`); `None` for any other name.
    pub fn base(name: &str) -> Option<Dimension> {
        let index = BASE_NAMES.iter().position(|n| *n == name)?;
        let mut exps = [0; BASE_COUNT];
        exps[index] = 1;
        Some(Dimension(exps))
    }

    /// Whether this is dimensionless ([`Dimension::NONE`]); nothing to do with `Option`.
    pub fn is_none(&self) -> bool {
        *self == Dimension::NONE
    }

    /// The dimension of a product: exponents add. `None` when an exponent leaves the i8
    /// range (e.g. `m^100 * m^100`).
    pub fn mul(&self, o: &Dimension) -> Option<Dimension> {
        let mut out = [0i8; BASE_COUNT];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = self.0[i].checked_add(o.0[i])?;
        }
        Some(Dimension(out))
    }

    /// The dimension of a quotient: exponents subtract. `None` when one leaves the i8 range.
    pub fn div(&self, o: &Dimension) -> Option<Dimension> {
        self.mul(&o.recip()?)
    }

    /// The inverse dimension (`time` → `1 / time`); `None` only for an exponent of -128.
    pub fn recip(&self) -> Option<Dimension> {
        let mut out = [0i8; BASE_COUNT];
        for (i, slot) in out.iter_mut().enumerate() {
            *slot = self.0[i].checked_neg()?;
        }
        Some(Dimension(out))
    }

    /// The dimension to an integer power: exponents multiply. `None` when one leaves the
    /// i8 range (e.g. `m^200`).
    pub fn pow(&self, e: i32) -> Option<Dimension> {
        let mut out = [0i8; BASE_COUNT];
        for (i, slot) in out.iter_mut().enumerate() {
            let v = (self.0[i] as i32).checked_mul(e)?;
            if v < i8::MIN as i32 || v > i8::MAX as i32 {
                return None;
            }
            *slot = v as i8;
        }
        Some(Dimension(out))
    }

    /// Integer root, `None` when an exponent is not divisible (`m^3` has a cube root, `m` none).
    pub fn root(&self, n: i32) -> Option<Dimension> {
        if n == 0 {
            return None;
        }
        let mut out = [0i8; BASE_COUNT];
        for (i, slot) in out.iter_mut().enumerate() {
            let v = self.0[i] as i32;
            if v % n != 0 {
                return None;
            }
            *slot = (v / n) as i8;
        }
        Some(Dimension(out))
    }
}

/// Renders as `length^2 / time`, the words a person reads in an error message.
impl fmt::Display for Dimension {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.is_none() {
            return write!(f, "dimensionless");
        }
        let mut num = Vec::new();
        let mut den = Vec::new();
        for (i, &e) in self.0.iter().enumerate() {
            let name = BASE_NAMES[i];
            match e {
                0 => {}
                1 => num.push(name.to_string()),
                -1 => den.push(name.to_string()),
                e if e > 0 => num.push(format!("{}^{}", name, e)),
                e => den.push(format!("{}^{}", name, -e)),
            }
        }
        let top = if num.is_empty() { "1".to_string() } else { num.join("·") };
        if den.is_empty() {
            write!(f, "{}", top)
        } else {
            write!(f, "{} / {}", top, den.join("·"))
        }
    }
}
