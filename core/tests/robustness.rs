//! Nothing anyone types may panic or hang the core: odd inputs and random token soup.

mod common;
use common::Rng;
use unit_core::Registry;

const NASTY: &[&str] = &[
    "", " ", "to", "in", "->", "5 to", "to cm", "5 in in in", "(", ")", "((((((", "))))", "^", "^^2",
    "m^", "m^-", "m^(1/0)", "m^99999", "m^-99999", "2^1000000000", "1e308*1e308", "1e-400 m",
    "1e99999", "-1e99999", "0/0", "1/0 m", "0 L/100km to mpg", "m/0", "0 m to 0 m", "5 ft 3",
    "5 ft 3 kg", "3 4 m", "1..2 m", ".", "1.", ".5 m", "1e", "1e+", "1e5e5", "--5 m", "+-+-5 m",
    "5 m;", "5 m to ;", "5 m to ft;", "5 m to ;in", "5 m to ft;;in", "5 degC to ft;in",
    "5 degC*2 to degF", "degC", "1 degC/s to degF/s", "-0 m", "1_000 m", "²", "m²²", "m⁻",
    "m⁻¹", "m¹²³⁴⁵", "\u{0}", "\u{202e}m", "🙂", "5 🙂", "ft'\"", "'\"'\"", "%%%", "1,5 m",
    "1 m in", "in to in", "1 in to in", "1 in in in", "kilo", "kilokilometer", "µ", "5 fl oz",
    "5 fl", "fl oz oz", "pi", "pi m", "2 pi rad to deg", "m^(1/2)", "m^(0.5)", "(m^2)^(1/2)",
    "(m^3)^(1/3) to cm", "(-1 m^2)^(1/2)", "m^(1/3)", "1e-320 m to km", "1e300 km to nm",
];

#[test]
fn odd_inputs_give_values_or_errors() {
    let r = Registry::builtin();
    for text in NASTY {
        match r.evaluate(text) {
            Ok(q) => {
                let _ = q.display();
            }
            Err(e) => assert!(!e.message.is_empty(), "{:?} gave an empty message", text),
        }
        let _ = r.convert(1.0, text, "m");
        let _ = r.convert(1.0, "m", text);
        let _ = unit_core::search::find_units(&r, text, 5);
    }
}

#[test]
fn long_and_deep_inputs_are_refused_quickly() {
    let r = Registry::builtin();
    let deep = format!("{}1 m{}", "(".repeat(500), ")".repeat(500));
    assert_eq!(r.evaluate(&deep).unwrap_err().kind.as_str(), "syntax");
    let negations = format!("{}1 m", "-".repeat(500));
    assert!(r.evaluate(&negations).is_err());
    let long = "m ".repeat(5000);
    assert_eq!(r.evaluate(&long).unwrap_err().kind.as_str(), "syntax");
    let sum = format!("1 m{}", " + 1 m".repeat(150));
    assert_eq!(r.evaluate(&format!("{} to m", sum)).unwrap().value, 151.0);
    let unknown = "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq";
    assert_eq!(r.evaluate(unknown).unwrap_err().kind.as_str(), "unknown_unit");
}

/// Deterministic xorshift token soup.
#[test]
fn random_token_soup() {
    let r = Registry::builtin();
    let pieces = [
        "5", "0", "1.5e3", "-", "+", "*", "/", "^", "(", ")", "m", "ft", "in", "to", "degC", "°F", "L/100km",
        "mpg", "²", ";", "kg", "h", "min", "1/2", "cup", "e", " ", "µ", "K", "deltaC", "pi", "'", "\"",
    ];
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for _ in 0..20_000 {
        let mut text = String::new();
        let len = (rng.next() % 9) as usize;
        for _ in 0..len {
            let state = rng.next();
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            if state & 1 == 0 {
                text.push(' ');
            }
        }
        if let Ok(q) = r.evaluate(&text) {
            let _ = q.display();
        }
    }
}
