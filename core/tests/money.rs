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

fn one_rate(date: &str, rate: &str) -> Result<ExchangeRates, unit_core::UnitError> {
    ExchangeRates::new(date, "test", vec![("USD".to_string(), rate.to_string())])
}

#[test]
fn a_date_must_be_a_real_day_since_the_euro() {
    for good in ["2026-10-30", "2026-04-30", "2026-02-28", "2024-02-29", "2000-02-29", "1999-01-04", " 2026-12-31\n"] {
        let r = one_rate(good, "1.1").unwrap_or_else(|e| panic!("{:?} refused: {}", good, e));
        assert_eq!(r.date, good.trim());
    }
    for bad in [
        "2100-02-29", // not a leap year (a century), though divisible by 4
        "2023-02-29",
        "2026-04-31",
        "2026-10-32",
        "2026-10-00",
        "2026-00-10",
        "1998-12-31", // before the euro
        "2026-10x30",
        "2026x10-30",
        "2026-1-030",
        "26-10-30",
    ] {
        let e = one_rate(bad, "1.1").unwrap_err();
        assert_eq!(e.code(), "rates_bad_date", "{:?}", bad);
        assert!(e.details().iter().any(|(n, d)| *n == "date" && d.to_string() == bad), "{}", e);
    }
}

#[test]
fn a_rate_must_be_written_as_the_ecb_writes_it() {
    for good in ["0.5", "0.8338", "10", "136", "20275.17", "1.0000000000000000000001"] {
        let r = one_rate("2026-10-30", good).unwrap_or_else(|e| panic!("{:?} refused: {}", good, e));
        assert_eq!(r.rates, vec![("USD".to_string(), good.to_string())]);
    }
    // 25 characters: longer than any real rate.
    for bad in ["1.00000000000000000000001", "00.5", "01", "0.0", "1e5", "1.", ".5", "+1", " ", "1 000"] {
        let e = one_rate("2026-10-30", bad).unwrap_err();
        assert_eq!(e.code(), "rates_bad_rate", "{:?}", bad);
        let details = e.details();
        assert!(details.iter().any(|(n, d)| *n == "currency" && d.to_string() == "USD"), "{}", e);
        assert!(details.iter().any(|(n, d)| *n == "rate" && d.to_string() == bad.trim()), "{}", e);
    }
    // Codes and rates are taken without the spaces around them.
    let r = ExchangeRates::new("2026-10-30", "t", vec![(" GBP ".to_string(), " 0.8 ".to_string())]).unwrap();
    assert_eq!(r.rates, vec![("GBP".to_string(), "0.8".to_string())]);
    assert_eq!(r.rate("GBP"), Some(0.8));
    assert_eq!(r.rate("EUR"), Some(1.0));
    assert_eq!(r.rate("USD"), None);
    for bad in ["US", "USDX", "U$D", "EUR"] {
        let e = ExchangeRates::new("2026-10-30", "t", vec![(bad.to_string(), "1".to_string())]).unwrap_err();
        assert_eq!(e.code(), "rates_bad_currency", "{:?}", bad);
    }
}

#[test]
fn the_snapshot_format_is_read_line_by_line() {
    let text = "# rates\n\ndate: 2026-10-30   # a Friday\nUSD 1.25\n  GBP\t0.8  # pound sterling\nJPY 160\n";
    let r = ExchangeRates::parse(text, "file").unwrap();
    assert_eq!(r.date, "2026-10-30");
    assert_eq!(r.source, "file");
    let pairs: Vec<(&str, &str)> = r.rates.iter().map(|(c, x)| (c.as_str(), x.as_str())).collect();
    assert_eq!(pairs, vec![("USD", "1.25"), ("GBP", "0.8"), ("JPY", "160")]);
    assert_eq!(r.rate("JPY"), Some(160.0));
    assert_eq!(r.rate("USD"), Some(1.25));
    // A line of one word or of three is not the format; no rates at all is not a feed.
    for bad in ["date: 2026-10-30\nUSD\n", "date: 2026-10-30\nUSD 1.25 1.3\n", "date: 2026-10-30\n# nothing\n"] {
        assert_eq!(ExchangeRates::parse(bad, "file").unwrap_err().code(), "rates_not_a_feed", "{:?}", bad);
    }
    assert_eq!(ExchangeRates::parse("USD 1.25\n", "file").unwrap_err().code(), "rates_bad_date");
    assert_eq!(ExchangeRates::parse("date: 2026-10-30\nUSD 0\n", "file").unwrap_err().code(), "rates_bad_rate");
}

#[test]
fn currency_names_come_in_each_language_and_fall_back_to_english() {
    use unit_core::money::currency_name;
    let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    assert_eq!(currency_name("USD", "en"), pair("US dollar", "US dollars"));
    assert_eq!(currency_name("USD", "de"), pair("US-Dollar", "US-Dollar"));
    assert_eq!(currency_name("USD", "es"), pair("dólar estadounidense", "dólares estadounidenses"));
    assert_eq!(currency_name("EUR", "fr"), pair("euro", "euros"));
    // A language the data has no names in gets the English ones.
    assert_eq!(currency_name("USD", "it"), pair("US dollar", "US dollars"));
    assert_eq!(currency_name("XXX", "en"), None);
}

#[test]
fn a_currency_never_takes_a_name_that_already_means_a_unit() {
    // Data in which "yen", "Euro" and "euros" are units of length: they stay so, and the
    // currencies keep their other names.
    let data = "[category length]\nname: Length\nbase: m\ncommon: m\n\
                # id | symbol | singular | plural | aliases | definition | prefixes | source\n\
                meter | m | meter | meters | - | base length | - | s\n\
                yen_length | yl | yen | yen | Euro, euros | 3 m | - | s\n";
    let r = Registry::from_files(&[("length.units", data)]).unwrap();
    let r = r.with_rates(rates("2026-10-30", "1.25")).unwrap();
    assert_eq!(r.units[r.lookup("yen").unwrap().unit].symbol, "yl");
    assert_eq!(r.units[r.lookup("Euro").unwrap().unit].symbol, "yl");
    assert_eq!(r.units[r.lookup("Japanese yen").unwrap().unit].symbol, "JPY");
    assert_eq!(r.units[r.lookup("euros").unwrap().unit].symbol, "yl");
    // Names are compared without case, so "euro" is taken too: the euro goes by its code.
    let euro = &r.units[r.lookup("EUR").unwrap().unit];
    assert_eq!((euro.singular.as_str(), euro.plural.as_str()), ("EUR", "EUR"));
    assert!(close(r.convert(2.0, "yen", "m").unwrap(), 6.0));
    assert!(close(r.convert(160.0, "Japanese yen", "EUR").unwrap(), 1.0));
}

#[test]
fn a_code_that_cannot_be_a_name_is_left_out_of_the_units() {
    // The fields are public, so rates may come without the checks of `new`.
    let odd = ExchangeRates {
        date: "2026-10-30".to_string(),
        source: "test".to_string(),
        rates: ["", "A|B", "C,D", "E#F", "USD"].iter().map(|c| (c.to_string(), "2".to_string())).collect(),
    };
    let text = odd.units_text("USD", &|_| false);
    let ids: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && l.contains(" | ")).map(|l| l.split(" | ").next().unwrap()).collect();
    assert_eq!(ids, vec!["eur", "usd", "euro_cent"], "{}", text);
    assert!(text.contains("\ncommon: EUR USD\n"), "{}", text);
}

#[test]
fn each_currency_is_a_unit_with_its_names_and_source() {
    let r = with_rates("2026-10-30", "1.25");
    let unit = |code: &str| r.units[r.lookup(code).unwrap().unit].clone();
    let (usd, eur, jpy) = (unit("USD"), unit("EUR"), unit("JPY"));
    assert_eq!((usd.singular.as_str(), usd.plural.as_str()), ("US dollar", "US dollars"));
    assert_eq!((jpy.singular.as_str(), jpy.plural.as_str()), ("Japanese yen", "Japanese yen"));
    assert!(!usd.aliases.iter().any(|a| *a == usd.singular || *a == usd.plural), "{:?}", usd.aliases);
    assert_eq!(usd.source, "test, 2026-10-30");
    assert_eq!(eur.source, "The euro, the base of ECB's reference rates");
    // The best-known currencies come first, then the others in the feed's order.
    let pairs = ["CAD", "JPY", "NOK", "USD"].iter().map(|c| (c.to_string(), "2".to_string())).collect();
    let text = ExchangeRates::new("2026-10-30", "t", pairs).unwrap().units_text("USD", &|_| false);
    assert!(text.contains("\ncommon: EUR USD JPY CAD NOK\n"), "{}", text);
}
