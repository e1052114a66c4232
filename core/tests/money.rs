//! Money: exchange rates as a layer of unit definitions over the built-in units.

use std::sync::Arc;
use std::thread;

use unit_core::{ExchangeRates, Registry, SharedRegistry};

fn rates(date: &str, usd: &str) -> ExchangeRates {
    let pairs = vec![("USD".to_string(), usd.to_string()), ("GBP".to_string(), "0.8".to_string()), ("JPY".to_string(), "160".to_string())];
    ExchangeRates::new(date, "test", pairs).unwrap()
}

fn with_rates(date: &str, usd: &str) -> Registry {
    Registry::builtin().with_rates(rates(date, usd)).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * b.abs().max(1.0)
}

#[test]
fn the_snapshot_converts_at_its_own_rate() {
    let snapshot = ExchangeRates::snapshot();
    assert!(snapshot.rates.len() >= 25, "{:?}", snapshot.rates);
    let usd = snapshot.rate("USD").unwrap();
    let r = Registry::with_snapshot();
    assert!(close(r.convert(100.0, "USD", "EUR").unwrap(), 100.0 / usd));
    assert!(close(r.convert(1.0, "EUR", "JPY").unwrap(), snapshot.rate("JPY").unwrap()));
    assert_eq!(r.exchange_rates().unwrap().date, snapshot.date);
}

#[test]
fn money_is_a_dimension_that_combines_with_every_other() {
    let r = with_rates("2026-10-30", "1.25");
    // 1 USD/lb = 0.8 EUR / 0.45359237 kg
    assert!(close(r.convert(1.0, "USD/lb", "EUR/kg").unwrap(), 0.8 / 0.45359237));
    // 1 EUR/L in USD per US gallon (3.785411784 L)
    assert!(close(r.convert(1.0, "EUR/L", "USD/gal").unwrap(), 1.25 * 3.785411784));
    assert!(close(r.convert(30.0, "eurocent/kWh", "EUR/MWh").unwrap(), 300.0));
    let e = r.convert(1.0, "USD", "kg").unwrap_err();
    assert_eq!(e.code(), "incompatible_units");
    let q = r.evaluate("100 USD to EUR").unwrap();
    assert_eq!(q.display(), "80 EUR");
}

#[test]
fn currencies_have_codes_names_plurals_and_signs() {
    let r = with_rates("2026-10-30", "1.25");
    for (name, code) in [
        ("$", "USD"), ("US dollars", "USD"), ("dollar", "USD"), ("usd", "USD"), ("€", "EUR"), ("euros", "EUR"),
        ("£", "GBP"), ("pounds sterling", "GBP"), ("¥", "JPY"), ("yen", "JPY"), ("Japanische Yen", "JPY"), ("Euro", "EUR"),
    ] {
        let found = r.lookup(name).unwrap_or_else(|| panic!("{} is not a unit", name));
        assert_eq!(r.units[found.unit].symbol, code, "{}", name);
    }
    // "pound" stays the unit of mass.
    assert_eq!(r.units[r.lookup("pound").unwrap().unit].symbol, "lb");
    let q = r.evaluate("5 $ to EUR").unwrap();
    assert_eq!(q.display(), "4 EUR");
    assert!(q.interpretation.contains("dollar"), "{}", q.interpretation);
    let money = r.categories.iter().find(|c| c.id == "money").unwrap();
    assert_eq!(r.entry(money.units[0]).symbol, "EUR");
}

#[test]
fn the_dollar_sign_can_mean_another_dollar() {
    let pairs = vec![("USD".to_string(), "1.25".to_string()), ("CAD".to_string(), "1.5".to_string())];
    let r = Registry::builtin().with_rates(ExchangeRates::new("2026-10-30", "test", pairs).unwrap()).unwrap();
    let r = r.with_dollar("CAD").unwrap();
    assert!(close(r.convert(3.0, "$", "EUR").unwrap(), 2.0));
    assert!(close(r.convert(1.25, "USD", "EUR").unwrap(), 1.0));
}

#[test]
fn bad_rates_are_refused_with_their_data() {
    let bad = |date: &str, code: &str, rate: &str| {
        ExchangeRates::new(date, "test", vec![(code.to_string(), rate.to_string())]).unwrap_err()
    };
    let e = bad("2026-10-30", "USD", "abc");
    assert_eq!((e.kind.as_str(), e.code()), ("rates_unavailable", "rates_bad_rate"));
    assert_eq!(bad("2026-10-30", "USD", "-1").code(), "rates_bad_rate");
    assert_eq!(bad("2026-10-30", "USD", "0").code(), "rates_bad_rate");
    assert_eq!(bad("2026-10-30", "USD", "inf").code(), "rates_bad_rate");
    assert_eq!(bad("yesterday", "USD", "1.1").code(), "rates_bad_date");
    assert_eq!(bad("2026-02-30", "USD", "1.1").code(), "rates_bad_date");
    assert_eq!(bad("2026-10-30", "usd", "1.1").code(), "rates_bad_currency");
    assert_eq!(bad("2026-10-30", "EUR", "1.1").code(), "rates_bad_currency");
    let twice = vec![("USD".to_string(), "1".to_string()), ("USD".to_string(), "2".to_string())];
    assert_eq!(ExchangeRates::new("2026-10-30", "t", twice).unwrap_err().code(), "rates_bad_currency");
    assert_eq!(ExchangeRates::new("2026-10-30", "t", Vec::new()).unwrap_err().code(), "rates_not_a_feed");
}

#[test]
fn replacing_the_rates_is_atomic_and_drops_cached_conversions() {
    let shared = Arc::new(SharedRegistry::new(with_rates("2026-10-29", "1.25")));
    // Cache a conversion with the old rates.
    assert!(close(shared.current().convert(1.0, "EUR", "USD").unwrap(), 1.25));
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let shared = shared.clone();
            thread::spawn(move || {
                for _ in 0..2000 {
                    // Within one registry the rates and the date always belong together.
                    let r = shared.current();
                    let usd = r.convert(1.0, "EUR", "USD").unwrap();
                    let gbp = r.convert(1.0, "EUR", "GBP").unwrap();
                    let date = r.exchange_rates().unwrap().date.clone();
                    match date.as_str() {
                        "2026-10-29" => assert!(close(usd, 1.25) && close(gbp, 0.8)),
                        "2026-10-30" => assert!(close(usd, 2.0) && close(gbp, 0.5)),
                        other => panic!("unexpected date {}", other),
                    }
                }
            })
        })
        .collect();
    for _ in 0..3 {
        for (date, usd, gbp) in [("2026-10-30", "2", "0.5"), ("2026-10-29", "1.25", "0.8")] {
            let pairs = vec![("USD".to_string(), usd.to_string()), ("GBP".to_string(), gbp.to_string()), ("JPY".to_string(), "160".to_string())];
            let next = ExchangeRates::new(date, "test", pairs).unwrap();
            shared.replace(|r| Ok((r.with_rates(next)?, ()))).unwrap();
        }
    }
    let pairs = vec![("USD".to_string(), "2".to_string()), ("GBP".to_string(), "0.5".to_string())];
    let last = ExchangeRates::new("2026-10-30", "test", pairs).unwrap();
    shared.replace(|r| Ok((r.with_rates(last)?, ()))).unwrap();
    for t in readers {
        t.join().unwrap();
    }
    // The conversion cached with the old rates is gone.
    assert!(close(shared.current().convert(1.0, "EUR", "USD").unwrap(), 2.0));
    // A failed change leaves the registry as it was.
    let before = shared.current();
    let failed = shared.replace(|r| Ok((r.with_units("bad.units", "x = 2 nonsense")?.0, ())));
    assert_eq!(failed.unwrap_err().code(), "definition_unknown_unit");
    assert!(Arc::ptr_eq(&before, &shared.current()));
}
