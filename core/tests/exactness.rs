//! A linear conversion's result is within 1 ulp of the exact value: checked against the
//! exact rational evaluation of the same conversion on random inputs.

use unit_core::number::Number;
use unit_core::Registry;

mod common;
use common::Rng;

/// A random dyadic number m / 2^k: exactly representable as f64 and as a finite decimal.
fn random_input(rng: &mut Rng) -> (f64, String) {
    let m = (rng.next() >> 24) as u128; // < 2^40
    let k = (rng.next() % 21) as u32;
    let value = m as f64 / (1u64 << k) as f64;
    let digits = (m * 5u128.pow(k)).to_string();
    let text = if k == 0 {
        digits
    } else {
        let padded = format!("{:0>width$}", digits, width = k as usize + 1);
        let split = padded.len() - k as usize;
        format!("{}.{}", &padded[..split], &padded[split..])
    };
    (value, text)
}

fn ulp(x: f64) -> f64 {
    let x = x.abs();
    f64::from_bits(x.to_bits() + 1) - x
}

#[test]
fn linear_conversions_are_within_one_ulp() {
    let r = Registry::builtin();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut checked = 0;
    for category in &r.categories {
        let linear: Vec<String> = category
            .units
            .iter()
            .map(|&u| r.entry(u).symbol)
            .filter(|s| {
                let u = r.lookup(s).map(|x| &r.units[x.unit]);
                u.map_or(false, |u| u.offset.is_none() && matches!(u.factor, Number::Exact(_, 0)))
            })
            .filter(|s| !s.contains(' ') && !s.contains(';'))
            .collect();
        if linear.len() < 2 || category.reciprocal {
            continue;
        }
        for _ in 0..60 {
            let a = &linear[(rng.next() % linear.len() as u64) as usize];
            let b = &linear[(rng.next() % linear.len() as u64) as usize];
            let (x, text) = random_input(&mut rng);
            let fast = r.convert(x, a, b).unwrap();
            let exact = match r.evaluate(&format!("{} ({}) to {}", text, a, b)) {
                Ok(q) => q.value,
                Err(e) => panic!("{} {} to {}: {}", text, a, b, e),
            };
            if exact == 0.0 || !exact.is_finite() {
                continue;
            }
            assert!(
                (fast - exact).abs() <= ulp(exact),
                "{} {} -> {}: fast {:e}, exact {:e} ({} ulp)",
                text,
                a,
                b,
                fast,
                exact,
                (fast - exact).abs() / ulp(exact)
            );
            checked += 1;
        }
    }
    assert!(checked > 300, "only {} conversions checked", checked);
}

/// Temperatures (an offset as well as a factor) come out correctly rounded: the same
/// double as the exact rational evaluation of the same text.
#[test]
fn temperature_conversions_are_correctly_rounded() {
    let r = Registry::builtin();
    let scales = ["degC", "degF", "K", "degR", "degRe"];
    let mut rng = Rng(0x0123_4567_89AB_CDEF);
    let mut checked = 0;
    for _ in 0..4000 {
        let a = scales[(rng.next() % scales.len() as u64) as usize];
        let b = scales[(rng.next() % scales.len() as u64) as usize];
        let shifted = |name: &str| r.lookup(name).map(|u| r.units[u.unit].offset.is_some());
        match (shifted(a), shifted(b)) {
            (Some(x), Some(y)) if x || y => {}
            _ => continue, // unknown, or both linear (those are held to 1 ulp above)
        }
        let (x, text) = random_input(&mut rng);
        let x = if rng.next() & 1 == 0 { x } else { -x };
        let text = if x < 0.0 { format!("-{}", text) } else { text };
        // Below absolute zero both paths refuse, at exactly the same inputs.
        let (fast, exact) = match (r.convert(x, a, b), r.evaluate(&format!("{} {} to {}", text, a, b))) {
            (Ok(fast), Ok(exact)) => (fast, exact.value),
            (Err(f), Err(e)) => {
                assert_eq!((f.code(), e.code()), ("below_absolute_zero", "below_absolute_zero"), "{} {} -> {}", text, a, b);
                continue;
            }
            (f, e) => panic!("{} {} -> {}: convert {:?} but evaluate {:?}", text, a, b, f, e),
        };
        assert_eq!(fast, exact, "{} {} -> {}", text, a, b);
        checked += 1;
    }
    assert!(checked > 700, "{} checked", checked);
}
