//! Every error the core can produce: its code is in ERROR_CODES with the kind and the
//! details listed there, and its English sentence carries those details.

use unit_core::error::{ConvertError, DefinitionError, EvalError, LookupError, NumberError, RatesError, ReadError};
use unit_core::{Detail, ErrorKind, Problem, UnitError, ERROR_CODES};

fn every_problem() -> Vec<Problem> {
    let t = |s: &str| s.to_string();
    vec![
        ReadError::TooLong { length: 5000, limit: 1000 }.into(),
        ReadError::DecimalComma.into(),
        ReadError::UnexpectedCharacter { character: '%', position: 4 }.into(),
        ReadError::ExponentTooLarge.into(),
        ReadError::LoneSuperscriptMinus.into(),
        ReadError::UnexpectedToken { token: t("to"), position: 0 }.into(),
        ReadError::EndsTooEarly.into(),
        ReadError::Empty.into(),
        ReadError::NestedTooDeeply.into(),
        ReadError::Unclosed { position: 2 }.into(),
        ReadError::BadExponent.into(),
        ReadError::NotUtf8.into(),
        ReadError::Misaligned.into(),
        NumberError::MultipleDecimalPoints { text: t("1.2.3") }.into(),
        NumberError::TooLarge { text: t("1e999") }.into(),
        NumberError::TooSmall { text: t("1e-999") }.into(),
        NumberError::NotANumber { text: t("1e") }.into(),
        NumberError::NotFinite { text: t("inf") }.into(),
        LookupError::UnknownUnit { name: t("furlongz") }.into(),
        EvalError::ResultTooLarge.into(),
        EvalError::PowersTooLarge.into(),
        EvalError::CannotAdd { left: t("length"), right: t("time") }.into(),
        EvalError::FractionalPower { dimension: t("length^3") }.into(),
        EvalError::DivisionByZero.into(),
        EvalError::RootOfNegative.into(),
        EvalError::TemperatureSum { unit: t("degC") }.into(),
        EvalError::TemperatureProduct { unit: t("degF") }.into(),
        EvalError::BelowAbsoluteZero { unit: t("K") }.into(),
        ConvertError::Incompatible { from: t("kg"), from_dimension: t("mass"), to: t("m"), to_dimension: t("length") }.into(),
        ConvertError::ZeroSize { unit: t("0 m") }.into(),
        ConvertError::NoUnit.into(),
        ConvertError::MissingTarget.into(),
        ConvertError::EmptyMixedPart.into(),
        ConvertError::UnknownResultUnit.into(),
        ConvertError::NothingToConvert { keyword: t("to") }.into(),
        ConvertError::Ambiguous { readings: t("gallon, imp_gal") }.into(),
        ConvertError::BadFraction { denominator: 3 }.into(),
        DefinitionError::Syntax { line: 3 }.into(),
        DefinitionError::Format { line: 3, reason: t("no '='") }.into(),
        DefinitionError::BadName { line: 3, name: t("2x") }.into(),
        DefinitionError::NameTaken { line: 3, name: t("meter") }.into(),
        DefinitionError::Duplicate { line: 4, name: t("zorp"), first_line: 2 }.into(),
        DefinitionError::Cycle { line: 3, name: t("zorp") }.into(),
        DefinitionError::UnknownUnit { line: 3, name: t("zorp"), unit: t("blarg") }.into(),
        DefinitionError::Invalid { line: 3, name: t("zorp"), reason: t("size zero") }.into(),
        DefinitionError::Unreadable { file: t("my.units") }.into(),
        RatesError::Unreachable { url: t("http://127.0.0.1/"), reason: t("refused") }.into(),
        RatesError::NotAFeed.into(),
        RatesError::TooLarge { limit: 1000 }.into(),
        RatesError::BadDate { date: t("2026-13-01") }.into(),
        RatesError::BadCurrency { currency: t("XYZ") }.into(),
        RatesError::BadRate { currency: t("USD"), rate: t("-1") }.into(),
    ]
}

#[test]
fn every_code_is_produced_once_with_its_listed_kind_and_details() {
    let problems = every_problem();
    let codes: Vec<&str> = problems.iter().map(|p| p.code()).collect();
    let listed: Vec<&str> = ERROR_CODES.iter().map(|c| c.code).collect();
    let mut sorted_codes = codes.clone();
    sorted_codes.sort_unstable();
    let mut sorted_listed = listed.clone();
    sorted_listed.sort_unstable();
    assert_eq!(sorted_codes, sorted_listed, "each variant has its own listed code");
    for p in &problems {
        let row = ERROR_CODES.iter().find(|c| c.code == p.code()).unwrap();
        assert_eq!(p.kind(), row.kind, "{}", p.code());
        let names: Vec<&str> = p.details().iter().map(|(k, _)| *k).collect();
        assert_eq!(names, row.details.to_vec(), "{}", p.code());
        let sentence = p.english();
        // A sentence ends with a full stop, or with a reason quoted from elsewhere.
        let ends_with_reason = p.details().iter().any(|(k, v)| *k == "reason" && sentence.ends_with(&v.to_string()));
        assert!((sentence.ends_with('.') || ends_with_reason) && sentence.len() > 10, "{}: {:?}", p.code(), sentence);
        for (name, value) in p.details() {
            assert!(sentence.contains(&value.to_string()), "{}: {} {:?} not in {:?}", p.code(), name, value, sentence);
        }
        let e = UnitError::plain(p.clone());
        assert_eq!((e.code(), e.kind, e.message.as_str()), (p.code(), row.kind, sentence.as_str()));
        assert_eq!(e.to_string(), sentence);
        assert_eq!(e.span(), None);
        assert!(!row.meaning.is_empty());
    }
    let sentences: std::collections::HashSet<String> = problems.iter().map(|p| p.english()).collect();
    assert_eq!(sentences.len(), problems.len(), "no two codes share a sentence");
}

#[test]
fn kinds_and_details_render() {
    let kinds = [
        (ErrorKind::UnknownUnit, "unknown_unit"),
        (ErrorKind::Incompatible, "incompatible"),
        (ErrorKind::Syntax, "syntax"),
        (ErrorKind::InvalidNumber, "invalid_number"),
    ];
    for (k, s) in kinds {
        assert_eq!(k.as_str(), s);
    }
    assert_eq!(Detail::Text("abc".into()).to_string(), "abc");
    assert_eq!(Detail::Count(42).to_string(), "42");
    // Positions count from 1 in details and sentences alike.
    let p: Problem = ReadError::UnexpectedCharacter { character: '%', position: 4 }.into();
    assert_eq!(p.details(), vec![("character", Detail::Text("%".into())), ("position", Detail::Count(5))]);
    assert_eq!(p.english(), "Unexpected character \"%\" at position 5.");
    let p: Problem = ReadError::TooLong { length: 5000, limit: 1000 }.into();
    assert_eq!(p.details(), vec![("length", Detail::Count(5000)), ("limit", Detail::Count(1000))]);
}

#[test]
fn positions_spans_and_suggestions() {
    let e = UnitError::new(LookupError::UnknownUnit { name: "ftt".into() }, "ftt", Some(2));
    assert_eq!(e.span(), Some((2, 5)));
    assert_eq!(e.clone().at(7).span(), Some((2, 5)), "a known place is kept");
    let placeless = UnitError::plain(EvalError::DivisionByZero);
    assert_eq!(placeless.clone().at(7).span(), Some((7, 7)));
    let e = UnitError::new(LookupError::UnknownUnit { name: "µµ".into() }, "µµ", Some(1));
    assert_eq!(e.span(), Some((1, 3)), "spans count characters, not bytes");
    let none = UnitError::unknown_unit("qq", Some(0), vec![]);
    assert_eq!(none.message, "Unknown unit \"qq\".");
    assert!(none.suggestions.is_empty());
    let one = UnitError::unknown_unit("fot", Some(0), vec!["ft".into()]);
    assert_eq!(one.message, "Unknown unit \"fot\". Did you mean \"ft\"?");
    let two = UnitError::unknown_unit("fot", None, vec!["ft".into(), "fur".into(), "fm".into()]);
    assert_eq!(two.message, "Unknown unit \"fot\". Did you mean \"ft\" or \"fur\" or \"fm\"?");
    assert_eq!(two.suggestions, vec!["ft", "fur", "fm"]);
    assert_eq!((two.code(), two.kind), ("unknown_unit", ErrorKind::UnknownUnit));
}
