//! The reader: tokens with their positions, numbers, precedence, and the errors with
//! their places.

use unit_core::number::Number;
use unit_core::rational::Rational;
use unit_core::syntax::{has_unit, parse_number, tokenize, Expr, Parser, Tok, MAX_INPUT_CHARS};

fn toks(s: &str) -> Vec<(Tok, usize)> {
    tokenize(s).unwrap().into_iter().map(|t| (t.tok, t.pos)).collect()
}

fn num(s: &str) -> Tok {
    Tok::Num(s.to_string())
}

fn id(s: &str) -> Tok {
    Tok::Ident(s.to_string())
}

fn code(s: &str) -> (&'static str, Option<(usize, usize)>) {
    let e = match tokenize(s) {
        Err(e) => e,
        Ok(t) => Parser::new(&t, s.chars().count()).parse_all().unwrap_err(),
    };
    (e.code(), e.span())
}

fn parse(s: &str) -> Expr {
    let t = tokenize(s).unwrap();
    Parser::new(&t, s.chars().count()).parse_all().unwrap()
}

/// The tree written out fully parenthesised, to check precedence.
fn tree(e: &Expr) -> String {
    match e {
        Expr::Num { text, .. } => text.clone(),
        Expr::Unit { name, .. } => name.clone(),
        Expr::Neg(a) => format!("(-{})", tree(a)),
        Expr::Add(a, b) => format!("({} + {})", tree(a), tree(b)),
        Expr::Sub(a, b) => format!("({} - {})", tree(a), tree(b)),
        Expr::Mul(a, b) => format!("({} * {})", tree(a), tree(b)),
        Expr::Div(a, b) => format!("({} / {})", tree(a), tree(b)),
        Expr::Pow(a, p) => format!("({} ^ {}/{})", tree(a), p.numer(), p.denom()),
    }
}

#[test]
fn tokens_and_positions() {
    assert_eq!(toks("5 ft 3 in"), vec![(num("5"), 0), (id("ft"), 2), (num("3"), 5), (id("in"), 7)]);
    assert_eq!(toks("1_000.5e-3m"), vec![(num("1000.5e-3"), 0), (id("m"), 10)]);
    assert_eq!(toks("2E+3 .5"), vec![(num("2e3"), 0), (num(".5"), 5)]);
    assert_eq!(toks("2e−3"), vec![(num("2e-3"), 0)]);
    assert_eq!(toks("2 em"), vec![(num("2"), 0), (id("em"), 2)]);
    assert_eq!(toks("2em"), vec![(num("2"), 0), (id("em"), 1)]);
    assert_eq!(toks("2e"), vec![(num("2"), 0), (id("e"), 1)]);
    assert_eq!(toks("2e-"), vec![(num("2"), 0), (id("e"), 1), (Tok::Op('-'), 2)]);
    assert_eq!(toks("1.2.3"), vec![(num("1.2.3"), 0)]);
    assert_eq!(toks("a->b → c"), vec![(id("a"), 0), (Tok::Arrow, 1), (id("b"), 3), (Tok::Arrow, 5), (id("c"), 7)]);
    assert_eq!(toks("m**2"), vec![(id("m"), 0), (Tok::Op('^'), 1), (num("2"), 3)]);
    assert_eq!(toks("m²"), vec![(id("m"), 0), (Tok::Super(2), 1)]);
    assert_eq!(toks("m⁻¹²"), vec![(id("m"), 0), (Tok::Super(-12), 1)]);
    assert_eq!(toks("m⁰"), vec![(id("m"), 0), (Tok::Super(0), 1)]);
    assert_eq!(toks("s⁹⁹⁹⁹"), vec![(id("s"), 0), (Tok::Super(9999), 1)]);
    // Every superscript digit reads as its own value.
    assert_eq!(toks("m⁰¹²³ s⁴⁵⁶⁷ g⁸⁹"), vec![(id("m"), 0), (Tok::Super(123), 1), (id("s"), 6), (Tok::Super(4567), 7), (id("g"), 12), (Tok::Super(89), 13)]);
    assert_eq!(toks("5'3\""), vec![(num("5"), 0), (id("'"), 1), (num("3"), 2), (id("\""), 3)]);
    assert_eq!(toks("10%"), vec![(num("10"), 0), (id("%"), 2)]);
    assert_eq!(toks("°C ℃ µm μm Ω_x"), vec![(id("°C"), 0), (id("℃"), 3), (id("µm"), 5), (id("μm"), 8), (id("Ω_x"), 11)]);
    assert_eq!(toks("a°b"), vec![(id("a°b"), 0)]);
    let ops = "+*/^();-−–·×⋅∙÷[]{}";
    let expected = ['+', '*', '/', '^', '(', ')', ';', '-', '-', '-', '*', '*', '*', '*', '/', '(', ')', '(', ')'];
    let got: Vec<char> = toks(ops).into_iter().map(|(t, _)| if let Tok::Op(c) = t { c } else { panic!("{:?}", t) }).collect();
    assert_eq!(got, expected);
    assert_eq!(toks(" \t\n"), vec![]);
}

#[test]
fn reading_errors_and_their_places() {
    let cases: &[(&str, &str, Option<(usize, usize)>)] = &[
        (".", "unexpected_character", Some((0, 1))),
        ("5 m @", "unexpected_character", Some((4, 5))),
        ("1,5 m", "decimal_comma", Some((1, 2))),
        ("m⁻", "lone_superscript_minus", Some((1, 2))),
        ("m⁻x", "lone_superscript_minus", Some((1, 2))),
        ("m¹²³⁴⁵", "exponent_too_large", Some((1, 1))),
        ("", "empty_text", Some((0, 0))),
        ("5 m )", "unexpected_token", Some((4, 5))),
        ("5 +", "ends_too_early", Some((3, 3))),
        ("(5 m", "unclosed_parenthesis", Some((0, 1))),
        ("(5 m ;", "unexpected_token", Some((5, 6))),
        ("m^", "ends_too_early", Some((2, 2))),
        ("m^x", "unexpected_token", Some((2, 3))),
        ("m^(2", "ends_too_early", Some((4, 4))),
        ("m^(1/0)", "bad_exponent", Some((2, 3))),
        ("m^1001", "bad_exponent", Some((2, 3))),
        ("m^(1/1001)", "bad_exponent", Some((2, 3))),
        ("m^1e999", "bad_exponent", Some((2, 3))),
        ("-> m", "unexpected_token", Some((0, 2))),
        ("1.2.3 m", "multiple_decimal_points", Some((0, 5))),
        ("1e999 m", "number_too_large", Some((0, 5))),
        ("1e-999 m", "number_too_small", Some((0, 6))),
        ("2 / 1e999", "number_too_large", Some((4, 9))),
        ("1/1e999", "number_too_large", Some((2, 7))),
        ("pi/1e999", "number_too_large", Some((3, 8))),
    ];
    for &(text, expected, span) in cases {
        assert_eq!(code(text), (expected, span), "{:?}", text);
    }
    let long = "m".repeat(MAX_INPUT_CHARS + 1);
    assert_eq!(code(&long).0, "text_too_long");
    assert!(tokenize(&"m ".repeat(MAX_INPUT_CHARS / 2)).is_ok());
    let deep = format!("{}m{}", "(".repeat(64), ")".repeat(64));
    assert!(tokenize(&deep).map(|t| Parser::new(&t, 130).parse_all().is_ok()).unwrap());
    let deeper = format!("{}m{}", "(".repeat(65), ")".repeat(65));
    assert_eq!(code(&deeper).0, "nested_too_deeply");
    assert_eq!(code(&format!("{}m", "-".repeat(65))).0, "nested_too_deeply");
    assert_eq!(code(&format!("{}m", "+".repeat(65))).0, "nested_too_deeply");
    assert_eq!(tree(&parse(&format!("{}m", "+".repeat(64)))), "m");
    assert_eq!(tree(&parse(&format!("{}m", "-".repeat(2)))), "(-(-m))");
}

#[test]
fn numbers() {
    let exact = |n: i128, d: i128| Number::from_rational(Rational::new(n, d).unwrap());
    assert_eq!(parse_number("12").unwrap(), exact(12, 1));
    assert_eq!(parse_number("0.25").unwrap(), exact(1, 4));
    assert_eq!(parse_number("1e-3").unwrap(), exact(1, 1000));
    assert_eq!(parse_number("1e300").unwrap(), Number::Float(1e300));
    assert_eq!(parse_number("0e-999").unwrap(), Number::ZERO);
    assert_eq!(parse_number("0.000e-999").unwrap(), Number::ZERO);
    assert_eq!(parse_number("1e-999").unwrap_err().code(), "number_too_small");
    assert_eq!(parse_number("1e999").unwrap_err().code(), "number_too_large");
    assert_eq!(parse_number("1.2.3").unwrap_err().code(), "multiple_decimal_points");
    assert_eq!(parse_number("x").unwrap_err().code(), "not_a_number");
    assert_eq!(parse_number("10e-999").unwrap_err().code(), "number_too_small");
}

#[test]
fn precedence() {
    let cases = [
        ("5 ft 3 in", "((5 * ft) + (3 * in))"),
        ("1/2 cup", "((1 / 2) * cup)"),
        ("J/kg K", "(J / (kg * K))"),
        ("m/s/s", "((m / s) / s)"),
        ("m/s*s", "((m / s) * s)"),
        ("a b c", "((a * b) * c)"),
        ("m²", "(m ^ 2/1)"),
        ("m^-2", "(m ^ -2/1)"),
        ("m^(-1/2)", "(m ^ -1/2)"),
        ("m^(2)", "(m ^ 2/1)"),
        ("m^0.5", "(m ^ 1/2)"),
        ("-m^2", "((-m) ^ 2/1)"), // unary minus binds tightest, as documented
        ("2 3 m", "((2 * 3) * m)"),
        ("2 m 3", "((2 * m) + 3)"),
        ("1 - 2 + 3", "((1 - 2) + 3)"),
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("(1 + 2) 3", "((1 + 2) * 3)"),
        ("2 (m)", "(2 * m)"),
        ("pi/180 rad", "((pi / 180) * rad)"),
        ("π/2", "(π / 2)"),
        ("pi/x", "(pi / x)"),
        ("x/2", "(x / 2)"),
        ("1/2/3", "((1 / 2) / 3)"),
        ("5 ft -3 in", "((5 * ft) - (3 * in))"),
        ("+5 m", "(5 * m)"),
    ];
    for (text, expected) in cases {
        assert_eq!(tree(&parse(text)), expected, "{:?}", text);
    }
    if let Expr::Mul(a, _) = parse("7 m") {
        assert!(matches!(*a, Expr::Num { ref text, value } if text == "7" && value == Number::from_rational(Rational::from_int(7))));
    } else {
        panic!("7 m");
    }
    if let Expr::Unit { pos, .. } = parse("  m") {
        assert_eq!(pos, 2);
    }
}

#[test]
fn which_expressions_hold_a_unit() {
    for (text, unit) in [("5", false), ("5 m", true), ("-m", true), ("2^3", false), ("m^2", true), ("1/2", false), ("1 + m", true), ("m - 1", true), ("2*3", false), ("3/m", true)] {
        assert_eq!(has_unit(&parse(text)), unit, "{:?}", text);
    }
}

/// The nesting limit counts what is open at one time, not what came before: a binary `+`
/// opens nothing, and a closed unary minus no longer counts.
#[test]
fn nesting_counts_only_what_is_open() {
    // 64 parentheses after a binary `+` are within the limit, as they are alone.
    let after_plus = format!("1 m + {}1 m{}", "(".repeat(64), ")".repeat(64));
    assert_eq!(tree(&parse(&after_plus)), "((1 * m) + (1 * m))");
    // Seventy negated terms one after another: each minus is closed before the next.
    let terms = vec!["-1 m"; 70].join(" + ");
    let e = parse(&terms);
    assert_eq!(tree(&e).matches("(-").count(), 70);
}

/// Exponents after `^` are bounded at 1000 in numerator and denominator, both included.
#[test]
fn exponent_bounds_are_inclusive() {
    assert_eq!(tree(&parse("m^1000")), "(m ^ 1000/1)");
    assert_eq!(tree(&parse("m^(-1000)")), "(m ^ -1000/1)");
    assert_eq!(tree(&parse("m^(1/1000)")), "(m ^ 1/1000)");
    assert_eq!(tree(&parse("m^0.001")), "(m ^ 1/1000)");
    assert_eq!(tree(&parse("m^(999/1000)")), "(m ^ 999/1000)");
    assert_eq!(code("m^(1/1001)").0, "bad_exponent");
    assert_eq!(code("m^0.0001").0, "bad_exponent");
}

/// Unary signs and parentheses one after another: each closes before the next opens.
#[test]
fn closed_signs_and_parentheses_leave_the_nesting_limit() {
    let pluses = vec!["+1 m"; 70].join(" + ");
    assert_eq!(tree(&parse(&pluses)).matches("(1 * m)").count(), 70);
    let groups = vec!["(1 m)"; 70].join(" + ");
    assert_eq!(tree(&parse(&groups)).matches("(1 * m)").count(), 70);
}

/// A superscript where none belongs is reported as it was typed.
#[test]
fn a_stray_superscript_is_quoted_as_typed() {
    for (text, token) in [("²", "²"), ("⁰", "⁰"), ("⁻¹²", "⁻¹²"), ("⁵⁶⁷⁸ m", "⁵⁶⁷⁸"), ("(⁹", "⁹")] {
        let t = tokenize(text).unwrap();
        let e = Parser::new(&t, text.chars().count()).parse_all().unwrap_err();
        assert_eq!(e.code(), "unexpected_token", "{}", text);
        let start = text.chars().count() - text.trim_start_matches('(').chars().count();
        assert_eq!(e.span(), Some((start, start + token.chars().count())), "{}", text);
        assert!(e.to_string().contains(token), "{}: {}", text, e);
    }
}

/// `1 1/2` is a mixed number only when both parts of the fraction are whole numbers and
/// it is below one; otherwise the two are multiplied.
#[test]
fn mixed_numbers_need_a_proper_fraction_of_whole_numbers() {
    assert_eq!(tree(&parse("1 1/2 cup")), "((1 + (1 / 2)) * cup)");
    assert_eq!(tree(&parse("1 2/2 cup")), "((1 * (2 / 2)) * cup)");
    assert_eq!(tree(&parse("1 3/2 cup")), "((1 * (3 / 2)) * cup)");
    assert_eq!(tree(&parse("1 1.5/2 cup")), "((1 * (1.5 / 2)) * cup)");
    assert_eq!(tree(&parse("1 1/2.5 cup")), "((1 * (1 / 2.5)) * cup)");
    assert_eq!(tree(&parse("1.5 1/2 cup")), "((1.5 * (1 / 2)) * cup)");
}
