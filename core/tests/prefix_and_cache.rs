//! SI and binary prefixes (their factors, where they apply) and the conversion cache
//! (a cached answer is the answer; many pairs do not grow it without bound).

mod common;
use common::{expect, expect_error};
use unit_core::cache::ConversionCache;
use unit_core::number::Number;
use unit_core::prefix::{name_variants, PrefixKind, PREFIXES};
use unit_core::rational::Rational;
use unit_core::{Conversion, Registry};

#[test]
fn prefix_factors_are_exact_powers() {
    for p in PREFIXES {
        let base: i128 = if p.kind == PrefixKind::Si { 10 } else { 1024 };
        let magnitude = Rational::from_int(base.pow(p.power.unsigned_abs()));
        let expected = if p.power >= 0 { magnitude } else { magnitude.recip().unwrap() };
        assert_eq!(p.factor(), Number::from_rational(expected), "{}", p.name);
        assert_eq!(p.symbol(), p.symbols[0]);
    }
    let find = |name: &str| PREFIXES.iter().find(|p| p.name == name).unwrap();
    assert_eq!(find("kilo").factor(), Number::from_rational(Rational::from_int(1000)));
    assert_eq!(find("milli").factor(), Number::from_rational(Rational::new(1, 1000).unwrap()));
    assert_eq!(find("quecto").factor(), Number::from_rational(Rational::new(1, 10i128.pow(30)).unwrap()));
    assert_eq!(find("mebi").factor(), Number::from_rational(Rational::from_int(1 << 20)));
    assert_eq!(find("micro").symbol(), "µ");
    assert_eq!(name_variants(find("deca")), &["deca", "deka"]);
    assert!(name_variants(find("kilo")).is_empty());
}

/// The SI Brochure (9th ed., table 7, with the 2022 additions) and IEC 80000-13, written
/// out here rather than read from the table under test.
#[test]
fn every_prefix_has_its_standard_power() {
    let standard: &[(&str, &str, i32)] = &[
        ("Q", "quetta", 30), ("R", "ronna", 27), ("Y", "yotta", 24), ("Z", "zetta", 21), ("E", "exa", 18),
        ("P", "peta", 15), ("T", "tera", 12), ("G", "giga", 9), ("M", "mega", 6), ("k", "kilo", 3),
        ("h", "hecto", 2), ("da", "deca", 1), ("d", "deci", -1), ("c", "centi", -2), ("m", "milli", -3),
        ("µ", "micro", -6), ("n", "nano", -9), ("p", "pico", -12), ("f", "femto", -15), ("a", "atto", -18),
        ("z", "zepto", -21), ("y", "yocto", -24), ("r", "ronto", -27), ("q", "quecto", -30),
        ("Ki", "kibi", 1), ("Mi", "mebi", 2), ("Gi", "gibi", 3), ("Ti", "tebi", 4), ("Pi", "pebi", 5),
        ("Ei", "exbi", 6), ("Zi", "zebi", 7), ("Yi", "yobi", 8),
    ];
    assert_eq!(PREFIXES.len(), standard.len());
    for &(symbol, name, power) in standard {
        let p = PREFIXES.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{} missing", name));
        assert_eq!((p.symbol(), p.power), (symbol, power), "{}", name);
        assert_eq!(p.kind == PrefixKind::Binary, symbol.ends_with('i'), "{}", name);
    }
    let micro = PREFIXES.iter().find(|p| p.name == "micro").unwrap();
    assert_eq!(micro.symbols, &["µ", "μ", "u"]);
}

#[test]
fn prefixes_in_use() {
    expect("1 km to m", "1000 m");
    expect("1 dam to m", "10 m");
    expect("1 hm to m", "100 m");
    expect("1 dm to m", "0.1 m");
    expect("1 µm to nm", "1000 nm");
    expect("1 um to nm", "1000 nm");
    expect("1 Qm to Rm", "1000 Rm");
    expect("1 qm to rm", "0.001 rm");
    expect("1 MiB to KiB", "1024 KiB");
    expect("1 GiB to MB", "1073.741824 MB");
    expect("1 kilometre to m", "1000 m");
    expect("1 dekameter to m", "10 m");
    expect_error("1 Kim", "unknown_unit");
}

#[test]
fn the_cache_returns_what_was_put() {
    let cache = ConversionCache::default();
    assert_eq!(cache.get("m", "ft"), None);
    let c = Conversion::Linear { factor: 3.0 };
    cache.put("m", "ft", c);
    assert_eq!(cache.get("m", "ft"), Some(c));
    assert_eq!(cache.get("ft", "m"), None);
    assert_eq!(cache.get("m", "in"), None);
    cache.put("m", "in", Conversion::Linear { factor: 4.0 });
    assert_eq!(cache.get("m", "ft"), Some(c));
    cache.clear();
    assert_eq!(cache.get("m", "ft"), None);
    // Past its limit the cache starts again rather than growing.
    for i in 0..5000 {
        cache.put(&format!("u{}", i), "x", Conversion::Linear { factor: i as f64 });
    }
    assert_eq!(cache.get("u4999", "x"), Some(Conversion::Linear { factor: 4999.0 }));
    assert_eq!(cache.get("u0", "x"), None);
}

#[test]
fn cached_and_fresh_conversions_agree() {
    let r = Registry::builtin();
    let first = r.conversion("ft", "m").unwrap();
    let again = r.conversion("ft", "m").unwrap();
    assert_eq!(first, again);
    assert_eq!(first, Conversion::Linear { factor: 0.3048 });
    assert_eq!(r.convert(10.0, "ft", "m").unwrap(), 3.048);
}
