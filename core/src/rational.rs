//! Exact rational numbers on 128-bit integers.
//!
//! Unit definitions are decimal or fractional constants (1 in = 254/10000 m), so keeping
//! them as reduced fractions lets a chain of definitions be combined without rounding.
//! Every operation is checked: when a result no longer fits, the caller falls back to
//! floating point instead of overflowing.

use std::cmp::Ordering;

/// An exact fraction of two `i128`s, always in lowest terms with a positive denominator,
/// so equal values have equal fields and `==` compares values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rational {
    num: i128,
    den: i128, // always > 0, gcd(num, den) == 1
}

/// The value as an i64 when it fits comfortably (so products fit in i128).
#[inline]
fn small(x: i128) -> Option<i64> {
    if x > -(1i128 << 62) && x < (1i128 << 62) {
        Some(x as i64)
    } else {
        None
    }
}

/// Binary GCD: shifts and subtractions instead of 128-bit divisions, which are slow.
fn gcd(a: i128, b: i128) -> i128 {
    let (a, b) = (a.unsigned_abs(), b.unsigned_abs());
    if a <= u64::MAX as u128 && b <= u64::MAX as u128 {
        return gcd_u64(a as u64, b as u64) as i128;
    }
    gcd_u128(a, b) as i128
}

/// Stein's algorithm, written once for both widths.
macro_rules! binary_gcd {
    ($name:ident, $t:ty) => {
        fn $name(mut a: $t, mut b: $t) -> $t {
            if a == 0 {
                return b;
            }
            if b == 0 {
                return a;
            }
            let shift = (a | b).trailing_zeros();
            a >>= a.trailing_zeros();
            loop {
                b >>= b.trailing_zeros();
                if a > b {
                    std::mem::swap(&mut a, &mut b);
                }
                b -= a;
                if b == 0 {
                    return a << shift;
                }
            }
        }
    };
}

binary_gcd!(gcd_u64, u64);
binary_gcd!(gcd_u128, u128);

impl Rational {
    /// 0, as `0/1`.
    pub const ZERO: Rational = Rational { num: 0, den: 1 };
    /// 1, as `1/1`.
    pub const ONE: Rational = Rational { num: 1, den: 1 };

    /// `num/den` reduced to lowest terms with the sign on the numerator; `None` when `den`
    /// is 0 or either part is `i128::MIN` (whose negation overflows).
    pub fn new(num: i128, den: i128) -> Option<Rational> {
        if den == 0 || num == i128::MIN || den == i128::MIN {
            return None;
        }
        let g = gcd(num, den);
        let (mut n, mut d) = (num / g.max(1), den / g.max(1));
        if d < 0 {
            n = -n;
            d = -d;
        }
        Some(Rational { num: n, den: d })
    }

    /// The integer `n` as `n/1`. Unlike [`Rational::new`] it does not refuse `i128::MIN`,
    /// so callers pass only values that can be negated.
    pub fn from_int(n: i128) -> Rational {
        Rational { num: n, den: 1 }
    }

    /// The numerator; it carries the sign.
    pub fn numer(&self) -> i128 {
        self.num
    }

    /// The denominator, always positive.
    pub fn denom(&self) -> i128 {
        self.den
    }

    /// Whether the value is 0.
    pub fn is_zero(&self) -> bool {
        self.num == 0
    }

    /// Parses a decimal literal such as `12`, `0.45359237`, `1.5e3`, `.5` exactly.
    pub fn parse_decimal(text: &str) -> Option<Rational> {
        let (mantissa, exp) = match text.find(|c| c == 'e' || c == 'E') {
            Some(i) => (&text[..i], text[i + 1..].parse::<i32>().ok()?),
            None => (text, 0),
        };
        let (int_part, frac_part) = match mantissa.find('.') {
            Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
            None => (mantissa, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return None;
        }
        let mut num: i128 = 0;
        for c in int_part.chars().chain(frac_part.chars()) {
            let d = c.to_digit(10)? as i128;
            num = num.checked_mul(10)?.checked_add(d)?;
        }
        let scale = exp.checked_sub(frac_part.len() as i32)?;
        let ten_pow = |k: u32| -> Option<i128> { 10i128.checked_pow(k) };
        if scale >= 0 {
            Rational::new(num.checked_mul(ten_pow(scale as u32)?)?, 1)
        } else {
            Rational::new(num, ten_pow((-scale) as u32)?)
        }
    }

    /// The exact sum, or `None` when it does not fit in 128 bits.
    pub fn checked_add(self, o: Rational) -> Option<Rational> {
        let g = gcd(self.den, o.den);
        let lhs = self.num.checked_mul(o.den / g)?;
        let rhs = o.num.checked_mul(self.den / g)?;
        Rational::new(lhs.checked_add(rhs)?, (self.den / g).checked_mul(o.den)?)
    }

    /// The exact difference, or `None` when it does not fit in 128 bits.
    pub fn checked_sub(self, o: Rational) -> Option<Rational> {
        self.checked_add(o.neg())
    }

    /// The exact product, or `None` when it does not fit in 128 bits. Factors are
    /// cancelled crosswise first, so products of reduced fractions stay as small as they can.
    pub fn checked_mul(self, o: Rational) -> Option<Rational> {
        // Most factors fit in 64 bits; dividing there avoids slow 128-bit division.
        if let (Some(a), Some(b), Some(c), Some(d)) = (small(self.num), small(self.den), small(o.num), small(o.den)) {
            let g1 = (gcd_u64(a.unsigned_abs(), d.unsigned_abs()).max(1)) as i64;
            let g2 = (gcd_u64(c.unsigned_abs(), b.unsigned_abs()).max(1)) as i64;
            let n = ((a / g1) as i128) * ((c / g2) as i128);
            let d = ((b / g2) as i128) * ((d / g1) as i128);
            return Some(Rational { num: n, den: d });
        }
        // Cross-reduce first so that products of reduced fractions stay small.
        let g1 = gcd(self.num, o.den).max(1);
        let g2 = gcd(o.num, self.den).max(1);
        let n = (self.num / g1).checked_mul(o.num / g2)?;
        let d = (self.den / g2).checked_mul(o.den / g1)?;
        // Both inputs were reduced and we cancelled across, so n/d is already reduced.
        if n == i128::MIN {
            return None;
        }
        Some(Rational { num: n, den: d })
    }

    /// The exact quotient; `None` when `o` is 0 or the result does not fit in 128 bits.
    pub fn checked_div(self, o: Rational) -> Option<Rational> {
        self.checked_mul(o.recip()?)
    }

    /// `1 / self`; `None` for 0.
    pub fn recip(self) -> Option<Rational> {
        Rational::new(self.den, self.num)
    }

    /// `-self`, exact: [`Rational::new`] and the checked operations never produce the
    /// numerator `i128::MIN`, the one value whose negation overflows.
    pub fn neg(self) -> Rational {
        Rational { num: -self.num, den: self.den }
    }

    /// `self` to an integer power, exact; a negative `exp` takes the reciprocal first.
    /// `None` for 0 to a negative power or when the result does not fit in 128 bits.
    pub fn checked_pow(self, exp: i32) -> Option<Rational> {
        let base = if exp < 0 { self.recip()? } else { self };
        // Square-and-multiply: a huge exponent costs ~32 steps, never a long loop.
        let (mut result, mut square, mut e) = (Rational::ONE, base, exp.unsigned_abs());
        while e > 0 {
            if e & 1 == 1 {
                result = result.checked_mul(square)?;
            }
            e >>= 1;
            if e > 0 {
                square = square.checked_mul(square)?;
            }
        }
        Some(result)
    }

    /// The exact value of a finite `f64`, when numerator and denominator fit in 128 bits.
    pub fn from_f64_exact(x: f64) -> Option<Rational> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Rational::ZERO);
        }
        let bits = x.to_bits();
        let negative = bits >> 63 == 1;
        let biased = ((bits >> 52) & 0x7ff) as i32;
        let fraction = (bits & ((1u64 << 52) - 1)) as i128;
        let (mut mantissa, mut exp) = if biased == 0 { (fraction, -1074) } else { (fraction | (1i128 << 52), biased - 1075) };
        let zeros = mantissa.trailing_zeros() as i32;
        mantissa >>= zeros;
        exp += zeros;
        let signed = if negative { -mantissa } else { mantissa };
        if exp >= 0 {
            if exp > 70 {
                return None;
            }
            Some(Rational { num: signed << exp, den: 1 })
        } else {
            if -exp > 125 {
                return None;
            }
            Some(Rational { num: signed, den: 1i128 << (-exp) })
        }
    }

    /// The nearest `f64` to this fraction (round half to even), computed by long division so
    /// that the only rounding in a conversion factor is this one.
    pub fn to_f64(self) -> f64 {
        let negative = self.num < 0;
        let magnitude = correctly_rounded_ratio(self.num.unsigned_abs(), self.den as u128);
        if negative {
            -magnitude
        } else {
            magnitude
        }
    }
}

impl PartialOrd for Rational {
    fn partial_cmp(&self, other: &Rational) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rational {
    fn cmp(&self, other: &Rational) -> Ordering {
        match (self.num.checked_mul(other.den), other.num.checked_mul(self.den)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.to_f64().partial_cmp(&other.to_f64()).unwrap_or(Ordering::Equal),
        }
    }
}

/// Correctly rounded `p / q` for `q > 0`.
fn correctly_rounded_ratio(p: u128, q: u128) -> f64 {
    if p == 0 {
        return 0.0;
    }
    // Integer part and remainder, then produce quotient bits until we hold 54 significant
    // bits (53 + one rounding bit); the remainder acts as the sticky bit.
    let mut quotient = p / q;
    let mut rem = p % q;
    let mut exp2: i32 = 0; // value = (quotient + rem/q) * 2^exp2
    if quotient >> 54 != 0 {
        return finish_shifted(p, q);
    }
    while quotient >> 53 == 0 {
        // Bring one more bit down from the remainder.
        rem <<= 1; // rem < q <= 2^127, so this cannot overflow
        quotient <<= 1;
        exp2 -= 1;
        if rem >= q {
            rem -= q;
            quotient |= 1;
        }
    }
    // quotient has exactly 54 bits: 53 kept + 1 rounding bit.
    round_bits(quotient, rem != 0, exp2)
}

/// Slow path for large quotients: count bits explicitly.
fn finish_shifted(p: u128, q: u128) -> f64 {
    let quotient = p / q;
    let rem = p % q;
    let bits = 128 - quotient.leading_zeros() as i32;
    let shift = bits - 54;
    let kept = quotient >> shift;
    let sticky = rem != 0 || (quotient & ((1u128 << shift) - 1)) != 0;
    round_bits(kept, sticky, shift)
}

/// `bits` holds 54 significant bits (53 + rounding bit); value = bits * 2^exp2.
fn round_bits(bits: u128, sticky: bool, exp2: i32) -> f64 {
    let round_bit = bits & 1;
    let mut mantissa = bits >> 1;
    if round_bit == 1 && (sticky || mantissa & 1 == 1) {
        mantissa += 1;
    }
    // mantissa < 2^54 is exactly representable as f64; scaling by a power of two is exact
    // unless the result is subnormal or overflows, which unit factors never reach.
    scale_pow2(mantissa as f64, exp2 + 1)
}

fn scale_pow2(mut x: f64, mut e: i32) -> f64 {
    while e > 0 {
        let step = e.min(1000);
        x *= 2f64.powi(step);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        x /= 2f64.powi(step);
        e += step;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rounds() {
        let inch = Rational::parse_decimal("0.0254").unwrap();
        assert_eq!(inch, Rational::new(127, 5000).unwrap());
        assert_eq!(inch.to_f64(), 0.0254);
        assert_eq!(Rational::new(1, 3).unwrap().to_f64(), 1.0 / 3.0);
        assert_eq!(Rational::parse_decimal("1.5e3").unwrap().to_f64(), 1500.0);
        let big = Rational::new(i128::MAX / 3, 7).unwrap();
        assert_eq!(big.to_f64(), (i128::MAX / 3) as f64 / 7.0);
    }
}
