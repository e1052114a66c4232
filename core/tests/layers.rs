//! The layers over the built-in units: rates, the meaning of `$`, a person's files.

use unit_core::{ExchangeRates, Layers, Registry};

#[test]
fn a_registry_is_built_from_the_layers_it_is_given_and_keeps_them() {
    let plain = Registry::layered(Layers::default()).unwrap();
    assert!(plain.exchange_rates().is_none() && plain.lookup("USD").is_none());
    assert_eq!(plain.layers(), &Layers::default());
    let layers = Layers { rates: Some(ExchangeRates::snapshot()), dollar: "CAD".to_string(), user: Vec::new() };
    let r = Registry::layered(layers.clone()).unwrap();
    assert_eq!(r.layers(), &layers);
    assert_eq!(r.units[r.lookup("$").unwrap().unit].symbol, "CAD");
    assert_eq!(r.units[r.lookup("USD").unwrap().unit].symbol, "USD");
    // The person's units are layers too, in the order loaded.
    let (r, _) = r.with_units("a.units", "zing = 1 m\n").unwrap();
    let (r, _) = r.with_units("b.units", "zang = 2 zing\nzung = 3 zing\n").unwrap();
    let files: Vec<(&str, usize)> = r.layers().user.iter().map(|l| (l.file.as_str(), l.count)).collect();
    assert_eq!(files, vec![("a.units", 1), ("b.units", 2)]);
    assert_eq!(r.layers().dollar, "CAD");
}

#[test]
fn currencies_are_named_in_each_language_of_the_data() {
    let r = Registry::with_snapshot();
    assert_eq!(r.language("de").unwrap().names_of("usd"), Some(("US-Dollar", "US-Dollar")));
    assert_eq!(r.language("fr").unwrap().names_of("jpy"), Some(("yen japonais", "yens japonais")));
    assert_eq!(r.language("es").unwrap().names_of("eur"), Some(("euro", "euros")));
    // Without rates there are no currencies to name.
    let plain = Registry::layered(Layers::default()).unwrap();
    assert_eq!(plain.language("de").unwrap().names_of("usd"), None);
}
