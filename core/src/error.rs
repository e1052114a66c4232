//! Errors are values. Each stage of the work has its own error type whose variants carry
//! their data (the text that caused it, the limit that was passed, the two dimensions that
//! do not match): [`ReadError`] (reading the text), [`NumberError`] (a number literal),
//! [`LookupError`] (finding a unit), [`EvalError`] (evaluating), [`ConvertError`]
//! (converting), and for definitions that arrive at run time [`DefinitionError`] (a
//! person's own units) and [`RatesError`] (exchange rates). [`UnitError`] wraps one of them with where it stood in the input and the
//! suggestions, and gives every face the same three things: a stable [`UnitError::code`],
//! named [`UnitError::details`] and an English sentence. Each binding maps this once;
//! each face renders its own language from code and details, never from the sentence.
//!
//! The codes are listed, with their kind and details, in [`ERROR_CODES`] (and in
//! `docs/errors.md`, which a test keeps equal to it).

use std::fmt;

/// The coarse family of an error, for programs that branch on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A name that is not a unit.
    UnknownUnit,
    /// Two quantities that cannot be converted or combined.
    Incompatible,
    /// Text that cannot be read.
    Syntax,
    /// A number that cannot be read or represented, or arithmetic without a result.
    InvalidNumber,
    /// A person's own unit definition that cannot be used.
    Definition,
    /// Exchange rates that cannot be had (no network, a bad feed).
    RatesUnavailable,
}

impl ErrorKind {
    /// The stable name used by the Python and JavaScript faces.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::UnknownUnit => "unknown_unit",
            ErrorKind::Incompatible => "incompatible",
            ErrorKind::Syntax => "syntax",
            ErrorKind::InvalidNumber => "invalid_number",
            ErrorKind::Definition => "definition",
            ErrorKind::RatesUnavailable => "rates_unavailable",
        }
    }
}

/// A named piece of an error's data: text or a whole number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Text, such as a unit name or a dimension.
    Text(String),
    /// A count or a limit.
    Count(u64),
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Detail::Text(s) => f.write_str(s),
            Detail::Count(n) => write!(f, "{}", n),
        }
    }
}

/// Reading the text: characters, tokens and their order.
#[derive(Clone, Debug, PartialEq)]
pub enum ReadError {
    /// The input is longer than the reader accepts.
    TooLong {
        /// Characters given.
        length: usize,
        /// The most accepted.
        limit: usize,
    },
    /// A comma, which is neither a decimal point nor a unit separator here.
    DecimalComma,
    /// A character that is not part of any expression.
    UnexpectedCharacter {
        /// The character.
        character: char,
        /// Its character offset in the whole input.
        position: usize,
    },
    /// A superscript exponent with too many digits.
    ExponentTooLarge,
    /// A superscript minus with no digit after it.
    LoneSuperscriptMinus,
    /// A token where it cannot stand.
    UnexpectedToken {
        /// The token as written.
        token: String,
        /// Its character offset in the whole input.
        position: usize,
    },
    /// The text stops in the middle of an expression.
    EndsTooEarly,
    /// Nothing but spaces.
    Empty,
    /// Parentheses or signs nested beyond the limit.
    NestedTooDeeply,
    /// An opening parenthesis without its closing one.
    Unclosed {
        /// Its character offset in the whole input.
        position: usize,
    },
    /// An exponent that is not a small number.
    BadExponent,
    /// Bytes that are not UTF-8 text (from a binding).
    NotUtf8,
    /// An array of doubles not aligned to 8 bytes (from a binding).
    Misaligned,
}

/// A number literal that cannot be read or represented.
#[derive(Clone, Debug, PartialEq)]
pub enum NumberError {
    /// `1.2.3`.
    MultipleDecimalPoints {
        /// The literal as written.
        text: String,
    },
    /// `1e99999`.
    TooLarge {
        /// The literal as written.
        text: String,
    },
    /// `1e-99999`.
    TooSmall {
        /// The literal as written.
        text: String,
    },
    /// Digits that do not make a number.
    NotANumber {
        /// The literal as written.
        text: String,
    },
    /// A value given as infinity or NaN.
    NotFinite {
        /// The literal as written.
        text: String,
    },
}

/// Finding a unit by name.
#[derive(Clone, Debug, PartialEq)]
pub enum LookupError {
    /// No unit has this name.
    UnknownUnit {
        /// The name as written.
        name: String,
    },
}

/// Evaluating an expression.
#[derive(Clone, Debug, PartialEq)]
pub enum EvalError {
    /// A result beyond the range of a double.
    ResultTooLarge,
    /// Dimension exponents beyond their range.
    PowersTooLarge,
    /// A sum of quantities of different dimensions.
    CannotAdd {
        /// Dimension of the left term.
        left: String,
        /// Dimension of the right term.
        right: String,
    },
    /// A root of a dimension that has no such root.
    FractionalPower {
        /// The dimension.
        dimension: String,
    },
    /// A division (or a negative power) of zero.
    DivisionByZero,
    /// An even root of a negative number.
    RootOfNegative,
    /// A sum of two absolute temperatures.
    TemperatureSum {
        /// The unit as written.
        unit: String,
    },
    /// An absolute temperature multiplied, divided or raised to a power.
    TemperatureProduct {
        /// The unit as written.
        unit: String,
    },
    /// A temperature below absolute zero on an absolute scale.
    BelowAbsoluteZero {
        /// The unit as written.
        unit: String,
    },
}

/// Converting to a target unit.
#[derive(Clone, Debug, PartialEq)]
pub enum ConvertError {
    /// The dimensions differ.
    Incompatible {
        /// The quantity as understood.
        from: String,
        /// What it measures (a category or dimension).
        from_dimension: String,
        /// The target as written.
        to: String,
        /// What the target measures.
        to_dimension: String,
    },
    /// A unit whose size is zero.
    ZeroSize {
        /// The unit as written.
        unit: String,
    },
    /// An empty unit expression.
    NoUnit,
    /// A target keyword with nothing after it.
    MissingTarget,
    /// A mixed target with an empty part (`ft;;in`).
    EmptyMixedPart,
    /// A result with a dimension but no unit written to show it in.
    UnknownResultUnit,
    /// A phrase that starts with its target keyword (`to cm`).
    NothingToConvert {
        /// The keyword as typed.
        keyword: String,
    },
    /// Several readings of the phrase's names convert.
    Ambiguous {
        /// The readings, each as "F as degree Fahrenheit, C as degree Celsius", joined by "; ".
        readings: String,
    },
    /// Inch fractions other than halves to 64ths.
    BadFraction {
        /// The denominator asked for.
        denominator: usize,
    },
}

/// A file of a person's own unit definitions that cannot be loaded. Lines count from 1.
#[derive(Clone, Debug, PartialEq)]
pub enum DefinitionError {
    /// A line that is not `NAME = EXPRESSION`.
    Syntax {
        /// The line number.
        line: usize,
    },
    /// A line of the `.units` format that cannot be read.
    Format {
        /// The line number.
        line: usize,
        /// Why, in English.
        reason: String,
    },
    /// A name that is not a word (letters, digits, `_`; not starting with a digit).
    BadName {
        /// The line number.
        line: usize,
        /// The name as written.
        name: String,
    },
    /// A name that already means a unit: no silent shadowing.
    NameTaken {
        /// The line number.
        line: usize,
        /// The name as written.
        name: String,
    },
    /// A name defined twice in the same file.
    Duplicate {
        /// The line number of the second definition.
        line: usize,
        /// The name as written.
        name: String,
        /// The line number of the first.
        first_line: usize,
    },
    /// Definitions that refer to each other in a circle.
    Cycle {
        /// The line number of a definition on the circle.
        line: usize,
        /// Its name.
        name: String,
    },
    /// A definition that uses a name that is not a unit.
    UnknownUnit {
        /// The line number.
        line: usize,
        /// The unit being defined.
        name: String,
        /// The unknown name.
        unit: String,
    },
    /// A definition whose expression cannot be evaluated (zero size, bad syntax, ...).
    Invalid {
        /// The line number.
        line: usize,
        /// The unit being defined.
        name: String,
        /// Why, in English (the expression's own error).
        reason: String,
    },
    /// A file that cannot be read as text.
    Unreadable {
        /// The file as named.
        file: String,
    },
}

/// Exchange rates that cannot be had or used; the rates in use stay.
#[derive(Clone, Debug, PartialEq)]
pub enum RatesError {
    /// The feed could not be downloaded (no network, time-out, an HTTP error).
    Unreachable {
        /// Where it was asked for.
        url: String,
        /// What went wrong, as the network library said it.
        reason: String,
    },
    /// What came back is not the ECB's daily feed (an HTML page, a cut or corrupt file).
    NotAFeed,
    /// The feed is larger than any real one.
    TooLarge {
        /// The most bytes read.
        limit: usize,
    },
    /// The feed's date is missing or not a date.
    BadDate {
        /// The date as written.
        date: String,
    },
    /// A currency that is not an ISO 4217 code (three capital letters), or given twice.
    BadCurrency {
        /// The code as written.
        currency: String,
    },
    /// A rate that is not a positive finite number.
    BadRate {
        /// The currency.
        currency: String,
        /// The rate as written.
        rate: String,
    },
}

/// The error of one stage.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Reading the text.
    Read(ReadError),
    /// A number literal.
    Number(NumberError),
    /// Finding a unit.
    Lookup(LookupError),
    /// Evaluating.
    Evaluate(EvalError),
    /// Converting.
    Convert(ConvertError),
    /// A person's own definitions.
    Define(DefinitionError),
    /// Exchange rates.
    Rates(RatesError),
}

impl From<ReadError> for Problem {
    fn from(e: ReadError) -> Problem {
        Problem::Read(e)
    }
}
impl From<NumberError> for Problem {
    fn from(e: NumberError) -> Problem {
        Problem::Number(e)
    }
}
impl From<LookupError> for Problem {
    fn from(e: LookupError) -> Problem {
        Problem::Lookup(e)
    }
}
impl From<EvalError> for Problem {
    fn from(e: EvalError) -> Problem {
        Problem::Evaluate(e)
    }
}
impl From<ConvertError> for Problem {
    fn from(e: ConvertError) -> Problem {
        Problem::Convert(e)
    }
}
impl From<DefinitionError> for Problem {
    fn from(e: DefinitionError) -> Problem {
        Problem::Define(e)
    }
}
impl From<RatesError> for Problem {
    fn from(e: RatesError) -> Problem {
        Problem::Rates(e)
    }
}

/// One row of the error table: the stable code, its kind, and the names of its details.
#[derive(Clone, Copy, Debug)]
pub struct ErrorCode {
    /// Stable snake_case id.
    pub code: &'static str,
    /// The coarse family.
    pub kind: ErrorKind,
    /// Names of the details every error of this code carries.
    pub details: &'static [&'static str],
    /// What it means, for the documentation.
    pub meaning: &'static str,
}

/// Every code the core can produce: the one table the faces and the docs follow.
pub const ERROR_CODES: &[ErrorCode] = &[
    ErrorCode { code: "text_too_long", kind: ErrorKind::Syntax, details: &["length", "limit"], meaning: "the text is longer than the reader accepts" },
    ErrorCode { code: "decimal_comma", kind: ErrorKind::Syntax, details: &[], meaning: "a comma where a decimal point or ';' belongs" },
    ErrorCode { code: "unexpected_character", kind: ErrorKind::Syntax, details: &["character", "position"], meaning: "a character that is not part of any expression" },
    ErrorCode { code: "exponent_too_large", kind: ErrorKind::Syntax, details: &[], meaning: "a superscript exponent with too many digits" },
    ErrorCode { code: "lone_superscript_minus", kind: ErrorKind::Syntax, details: &[], meaning: "a superscript minus with no digit after it" },
    ErrorCode { code: "unexpected_token", kind: ErrorKind::Syntax, details: &["token", "position"], meaning: "a word, number or sign where it cannot stand" },
    ErrorCode { code: "ends_too_early", kind: ErrorKind::Syntax, details: &[], meaning: "the text stops in the middle of an expression" },
    ErrorCode { code: "empty_text", kind: ErrorKind::Syntax, details: &[], meaning: "nothing to convert" },
    ErrorCode { code: "nested_too_deeply", kind: ErrorKind::Syntax, details: &[], meaning: "parentheses or signs nested beyond the limit" },
    ErrorCode { code: "unclosed_parenthesis", kind: ErrorKind::Syntax, details: &["position"], meaning: "a '(' that is never closed" },
    ErrorCode { code: "bad_exponent", kind: ErrorKind::Syntax, details: &[], meaning: "an exponent that is not a small number" },
    ErrorCode { code: "not_utf8", kind: ErrorKind::Syntax, details: &[], meaning: "bytes that are not UTF-8 text" },
    ErrorCode { code: "misaligned_values", kind: ErrorKind::Syntax, details: &[], meaning: "an array of doubles not aligned to 8 bytes" },
    ErrorCode { code: "multiple_decimal_points", kind: ErrorKind::InvalidNumber, details: &["text"], meaning: "a number with more than one decimal point" },
    ErrorCode { code: "number_too_large", kind: ErrorKind::InvalidNumber, details: &["text"], meaning: "a number beyond the range of a double" },
    ErrorCode { code: "number_too_small", kind: ErrorKind::InvalidNumber, details: &["text"], meaning: "a non-zero number that rounds to zero" },
    ErrorCode { code: "not_a_number", kind: ErrorKind::InvalidNumber, details: &["text"], meaning: "digits that do not make a number" },
    ErrorCode { code: "not_finite", kind: ErrorKind::InvalidNumber, details: &["text"], meaning: "a value given as infinity or NaN" },
    ErrorCode { code: "unknown_unit", kind: ErrorKind::UnknownUnit, details: &["name"], meaning: "no unit has this name (see suggestions)" },
    ErrorCode { code: "result_too_large", kind: ErrorKind::InvalidNumber, details: &[], meaning: "a result beyond the range of a double" },
    ErrorCode { code: "powers_too_large", kind: ErrorKind::Syntax, details: &[], meaning: "a unit raised to a power beyond the limit" },
    ErrorCode { code: "cannot_add", kind: ErrorKind::Incompatible, details: &["left", "right"], meaning: "a sum of quantities of different dimensions" },
    ErrorCode { code: "fractional_power", kind: ErrorKind::Incompatible, details: &["dimension"], meaning: "a root of a unit that has no such root" },
    ErrorCode { code: "division_by_zero", kind: ErrorKind::InvalidNumber, details: &[], meaning: "a division by zero" },
    ErrorCode { code: "root_of_negative", kind: ErrorKind::InvalidNumber, details: &[], meaning: "a root of a negative number" },
    ErrorCode { code: "temperature_sum", kind: ErrorKind::Incompatible, details: &["unit"], meaning: "a sum of two absolute temperatures" },
    ErrorCode { code: "temperature_product", kind: ErrorKind::Incompatible, details: &["unit"], meaning: "an absolute temperature multiplied, divided or raised to a power" },
    ErrorCode { code: "below_absolute_zero", kind: ErrorKind::InvalidNumber, details: &["unit"], meaning: "a temperature below absolute zero" },
    ErrorCode { code: "incompatible_units", kind: ErrorKind::Incompatible, details: &["from", "from_dimension", "to", "to_dimension"], meaning: "the two sides measure different things" },
    ErrorCode { code: "zero_size_unit", kind: ErrorKind::InvalidNumber, details: &["unit"], meaning: "a unit whose size is zero" },
    ErrorCode { code: "no_unit", kind: ErrorKind::Syntax, details: &[], meaning: "an empty unit" },
    ErrorCode { code: "missing_target", kind: ErrorKind::Syntax, details: &[], meaning: "'to' with no unit after it" },
    ErrorCode { code: "empty_mixed_part", kind: ErrorKind::Syntax, details: &[], meaning: "an empty unit between ';'" },
    ErrorCode { code: "unknown_result_unit", kind: ErrorKind::Syntax, details: &[], meaning: "a result whose unit cannot be told" },
    ErrorCode { code: "nothing_to_convert", kind: ErrorKind::Syntax, details: &["keyword"], meaning: "a phrase that starts with its target keyword" },
    ErrorCode { code: "ambiguous_reading", kind: ErrorKind::Incompatible, details: &["readings"], meaning: "several readings of the phrase's names convert" },
    ErrorCode { code: "bad_fraction", kind: ErrorKind::InvalidNumber, details: &["denominator"], meaning: "inch fractions other than 1/2 to 1/64" },
    ErrorCode { code: "definition_syntax", kind: ErrorKind::Definition, details: &["line"], meaning: "a line of own units that is not NAME = EXPRESSION" },
    ErrorCode { code: "definition_format", kind: ErrorKind::Definition, details: &["line", "reason"], meaning: "a line of the .units format that cannot be read" },
    ErrorCode { code: "definition_bad_name", kind: ErrorKind::Definition, details: &["line", "name"], meaning: "a unit name that is not a word" },
    ErrorCode { code: "definition_name_taken", kind: ErrorKind::Definition, details: &["line", "name"], meaning: "a name that already means a unit (no shadowing)" },
    ErrorCode { code: "definition_duplicate", kind: ErrorKind::Definition, details: &["line", "name", "first_line"], meaning: "a name defined twice in one file" },
    ErrorCode { code: "definition_cycle", kind: ErrorKind::Definition, details: &["line", "name"], meaning: "definitions that refer to each other in a circle" },
    ErrorCode { code: "definition_unknown_unit", kind: ErrorKind::Definition, details: &["line", "name", "unit"], meaning: "a definition that uses a name that is not a unit" },
    ErrorCode { code: "definition_invalid", kind: ErrorKind::Definition, details: &["line", "name", "reason"], meaning: "a definition whose expression has no usable value" },
    ErrorCode { code: "definition_unreadable", kind: ErrorKind::Definition, details: &["file"], meaning: "a file of definitions that cannot be read as text" },
    ErrorCode { code: "rates_unreachable", kind: ErrorKind::RatesUnavailable, details: &["url", "reason"], meaning: "the rates could not be downloaded" },
    ErrorCode { code: "rates_not_a_feed", kind: ErrorKind::RatesUnavailable, details: &[], meaning: "the download is not the ECB's daily feed" },
    ErrorCode { code: "rates_too_large", kind: ErrorKind::RatesUnavailable, details: &["limit"], meaning: "the download is larger than any real feed" },
    ErrorCode { code: "rates_bad_date", kind: ErrorKind::RatesUnavailable, details: &["date"], meaning: "the feed's date is missing or not a date" },
    ErrorCode { code: "rates_bad_currency", kind: ErrorKind::RatesUnavailable, details: &["currency"], meaning: "a currency that is not an ISO 4217 code, or given twice" },
    ErrorCode { code: "rates_bad_rate", kind: ErrorKind::RatesUnavailable, details: &["currency", "rate"], meaning: "a rate that is not a positive finite number" },
];

fn text(s: &str) -> Detail {
    Detail::Text(s.to_string())
}

fn count(n: usize) -> Detail {
    Detail::Count(n as u64)
}

impl Problem {
    /// The stable code of this error.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Read(e) => match e {
                ReadError::TooLong { .. } => "text_too_long",
                ReadError::DecimalComma => "decimal_comma",
                ReadError::UnexpectedCharacter { .. } => "unexpected_character",
                ReadError::ExponentTooLarge => "exponent_too_large",
                ReadError::LoneSuperscriptMinus => "lone_superscript_minus",
                ReadError::UnexpectedToken { .. } => "unexpected_token",
                ReadError::EndsTooEarly => "ends_too_early",
                ReadError::Empty => "empty_text",
                ReadError::NestedTooDeeply => "nested_too_deeply",
                ReadError::Unclosed { .. } => "unclosed_parenthesis",
                ReadError::BadExponent => "bad_exponent",
                ReadError::NotUtf8 => "not_utf8",
                ReadError::Misaligned => "misaligned_values",
            },
            Problem::Number(e) => match e {
                NumberError::MultipleDecimalPoints { .. } => "multiple_decimal_points",
                NumberError::TooLarge { .. } => "number_too_large",
                NumberError::TooSmall { .. } => "number_too_small",
                NumberError::NotANumber { .. } => "not_a_number",
                NumberError::NotFinite { .. } => "not_finite",
            },
            Problem::Lookup(LookupError::UnknownUnit { .. }) => "unknown_unit",
            Problem::Evaluate(e) => match e {
                EvalError::ResultTooLarge => "result_too_large",
                EvalError::PowersTooLarge => "powers_too_large",
                EvalError::CannotAdd { .. } => "cannot_add",
                EvalError::FractionalPower { .. } => "fractional_power",
                EvalError::DivisionByZero => "division_by_zero",
                EvalError::RootOfNegative => "root_of_negative",
                EvalError::TemperatureSum { .. } => "temperature_sum",
                EvalError::TemperatureProduct { .. } => "temperature_product",
                EvalError::BelowAbsoluteZero { .. } => "below_absolute_zero",
            },
            Problem::Convert(e) => match e {
                ConvertError::Incompatible { .. } => "incompatible_units",
                ConvertError::ZeroSize { .. } => "zero_size_unit",
                ConvertError::NoUnit => "no_unit",
                ConvertError::MissingTarget => "missing_target",
                ConvertError::EmptyMixedPart => "empty_mixed_part",
                ConvertError::UnknownResultUnit => "unknown_result_unit",
                ConvertError::NothingToConvert { .. } => "nothing_to_convert",
                ConvertError::Ambiguous { .. } => "ambiguous_reading",
                ConvertError::BadFraction { .. } => "bad_fraction",
            },
            Problem::Define(e) => match e {
                DefinitionError::Syntax { .. } => "definition_syntax",
                DefinitionError::Format { .. } => "definition_format",
                DefinitionError::BadName { .. } => "definition_bad_name",
                DefinitionError::NameTaken { .. } => "definition_name_taken",
                DefinitionError::Duplicate { .. } => "definition_duplicate",
                DefinitionError::Cycle { .. } => "definition_cycle",
                DefinitionError::UnknownUnit { .. } => "definition_unknown_unit",
                DefinitionError::Invalid { .. } => "definition_invalid",
                DefinitionError::Unreadable { .. } => "definition_unreadable",
            },
            Problem::Rates(e) => match e {
                RatesError::Unreachable { .. } => "rates_unreachable",
                RatesError::NotAFeed => "rates_not_a_feed",
                RatesError::TooLarge { .. } => "rates_too_large",
                RatesError::BadDate { .. } => "rates_bad_date",
                RatesError::BadCurrency { .. } => "rates_bad_currency",
                RatesError::BadRate { .. } => "rates_bad_rate",
            },
        }
    }

    /// The coarse family, from the table.
    pub fn kind(&self) -> ErrorKind {
        let code = self.code();
        ERROR_CODES.iter().find(|c| c.code == code).map(|c| c.kind).unwrap_or(ErrorKind::Syntax)
    }

    /// The named data of the message, in the order of the table's `details`. Positions
    /// count characters from 1, as the English sentence shows them.
    pub fn details(&self) -> Vec<(&'static str, Detail)> {
        match self {
            Problem::Read(e) => match e {
                ReadError::TooLong { length, limit } => vec![("length", count(*length)), ("limit", count(*limit))],
                ReadError::UnexpectedCharacter { character, position } => {
                    vec![("character", Detail::Text(character.to_string())), ("position", count(position + 1))]
                }
                ReadError::UnexpectedToken { token, position } => vec![("token", text(token)), ("position", count(position + 1))],
                ReadError::Unclosed { position } => vec![("position", count(position + 1))],
                _ => Vec::new(),
            },
            Problem::Number(e) => match e {
                NumberError::MultipleDecimalPoints { text: t }
                | NumberError::TooLarge { text: t }
                | NumberError::TooSmall { text: t }
                | NumberError::NotANumber { text: t }
                | NumberError::NotFinite { text: t } => vec![("text", text(t))],
            },
            Problem::Lookup(LookupError::UnknownUnit { name }) => vec![("name", text(name))],
            Problem::Evaluate(e) => match e {
                EvalError::CannotAdd { left, right } => vec![("left", text(left)), ("right", text(right))],
                EvalError::FractionalPower { dimension } => vec![("dimension", text(dimension))],
                EvalError::TemperatureSum { unit }
                | EvalError::TemperatureProduct { unit }
                | EvalError::BelowAbsoluteZero { unit } => vec![("unit", text(unit))],
                _ => Vec::new(),
            },
            Problem::Convert(e) => match e {
                ConvertError::Incompatible { from, from_dimension, to, to_dimension } => vec![
                    ("from", text(from)),
                    ("from_dimension", text(from_dimension)),
                    ("to", text(to)),
                    ("to_dimension", text(to_dimension)),
                ],
                ConvertError::ZeroSize { unit } => vec![("unit", text(unit))],
                ConvertError::NothingToConvert { keyword } => vec![("keyword", text(keyword))],
                ConvertError::Ambiguous { readings } => vec![("readings", text(readings))],
                ConvertError::BadFraction { denominator } => vec![("denominator", count(*denominator))],
                _ => Vec::new(),
            },
            Problem::Define(e) => match e {
                DefinitionError::Syntax { line } => vec![("line", count(*line))],
                DefinitionError::Format { line, reason } => vec![("line", count(*line)), ("reason", text(reason))],
                DefinitionError::BadName { line, name }
                | DefinitionError::NameTaken { line, name }
                | DefinitionError::Cycle { line, name } => vec![("line", count(*line)), ("name", text(name))],
                DefinitionError::Duplicate { line, name, first_line } => {
                    vec![("line", count(*line)), ("name", text(name)), ("first_line", count(*first_line))]
                }
                DefinitionError::UnknownUnit { line, name, unit } => {
                    vec![("line", count(*line)), ("name", text(name)), ("unit", text(unit))]
                }
                DefinitionError::Invalid { line, name, reason } => {
                    vec![("line", count(*line)), ("name", text(name)), ("reason", text(reason))]
                }
                DefinitionError::Unreadable { file } => vec![("file", text(file))],
            },
            Problem::Rates(e) => match e {
                RatesError::Unreachable { url, reason } => vec![("url", text(url)), ("reason", text(reason))],
                RatesError::NotAFeed => Vec::new(),
                RatesError::TooLarge { limit } => vec![("limit", count(*limit))],
                RatesError::BadDate { date } => vec![("date", text(date))],
                RatesError::BadCurrency { currency } => vec![("currency", text(currency))],
                RatesError::BadRate { currency, rate } => vec![("currency", text(currency)), ("rate", text(rate))],
            },
        }
    }

    /// The English sentence (suggestions are added by [`UnitError`]).
    pub fn english(&self) -> String {
        match self {
            Problem::Read(e) => match e {
                ReadError::TooLong { length, limit } => format!("The text is too long ({} characters; at most {}).", length, limit),
                ReadError::DecimalComma => {
                    "Unexpected \",\": write decimals with a point (1.5), and separate target units with \";\" (ft;in).".to_string()
                }
                ReadError::UnexpectedCharacter { character, position } => {
                    format!("Unexpected character \"{}\" at position {}.", character, position + 1)
                }
                ReadError::ExponentTooLarge => "That exponent is too large.".to_string(),
                ReadError::LoneSuperscriptMinus => "\"⁻\" must be followed by a superscript digit.".to_string(),
                ReadError::UnexpectedToken { token, position } => format!("Unexpected \"{}\" at position {}.", token, position + 1),
                ReadError::EndsTooEarly => "The expression ends too early.".to_string(),
                ReadError::Empty => "Nothing to convert: the text is empty.".to_string(),
                ReadError::NestedTooDeeply => "The expression is nested too deeply.".to_string(),
                ReadError::Unclosed { position } => format!("A \"(\" at position {} is never closed.", position + 1),
                ReadError::BadExponent => "An exponent must be a small number such as 2, -1 or (1/2).".to_string(),
                ReadError::NotUtf8 => "The text is not valid UTF-8.".to_string(),
                ReadError::Misaligned => "The values are not aligned to 8 bytes.".to_string(),
            },
            Problem::Number(e) => match e {
                NumberError::MultipleDecimalPoints { text } => {
                    format!("\"{}\" is not a number: it has more than one decimal point.", text)
                }
                NumberError::TooLarge { text } => format!("The number {} is too large.", text),
                NumberError::TooSmall { text } => format!("The number {} is too small to represent.", text),
                NumberError::NotANumber { text } => format!("\"{}\" is not a number.", text),
                NumberError::NotFinite { text } => format!("{} is not a finite number.", text),
            },
            Problem::Lookup(LookupError::UnknownUnit { name }) => format!("Unknown unit \"{}\".", name),
            Problem::Evaluate(e) => match e {
                EvalError::ResultTooLarge => "The result is too large to represent.".to_string(),
                EvalError::PowersTooLarge => "The unit's powers are too large.".to_string(),
                EvalError::CannotAdd { left, right } => format!("Cannot add {} and {}.", left, right),
                EvalError::FractionalPower { dimension } => format!("Cannot raise {} to a fractional power.", dimension),
                EvalError::DivisionByZero => "Division by zero.".to_string(),
                EvalError::RootOfNegative => "Cannot take a root of a negative number.".to_string(),
                EvalError::TemperatureSum { unit } => format!(
                    "Adding temperatures on the \"{}\" scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K.",
                    unit
                ),
                EvalError::TemperatureProduct { unit } => format!(
                    "A temperature on the \"{}\" scale cannot be multiplied or divided: convert it to K first, or write a difference (deltaC, deltaF).",
                    unit
                ),
                EvalError::BelowAbsoluteZero { unit } => format!("That temperature is below absolute zero on the \"{}\" scale.", unit),
            },
            Problem::Convert(e) => match e {
                ConvertError::Incompatible { from, from_dimension, to, to_dimension } => format!(
                    "Cannot convert \"{}\" ({}) to \"{}\" ({}): {} vs {}.",
                    from, from_dimension, to, to_dimension, from_dimension, to_dimension
                ),
                ConvertError::ZeroSize { unit } => format!("\"{}\" has size zero.", unit),
                ConvertError::NoUnit => "No unit given.".to_string(),
                ConvertError::MissingTarget => "Say which unit to convert to after \"to\".".to_string(),
                ConvertError::EmptyMixedPart => "An empty unit between \";\".".to_string(),
                ConvertError::UnknownResultUnit => "Could not tell the unit of the result.".to_string(),
                ConvertError::NothingToConvert { keyword } => {
                    format!("Nothing to convert before \"{}\": write the amount first, as in \"5 ft {} cm\".", keyword, keyword)
                }
                ConvertError::Ambiguous { readings } => {
                    format!("The units can be read in more than one way ({}): write the unit's symbol to choose.", readings)
                }
                ConvertError::BadFraction { denominator } => {
                    format!("Inches can be shown in halves, quarters, eighths, 16ths, 32nds or 64ths, not 1/{}.", denominator)
                }
            },
            Problem::Define(e) => match e {
                DefinitionError::Syntax { line } => {
                    format!("Line {}: expected a definition such as \"smoot = 67 in\" (NAME = EXPRESSION).", line)
                }
                DefinitionError::Format { line, reason } => format!("Line {}: {}", line, reason),
                DefinitionError::BadName { line, name } => format!(
                    "Line {}: \"{}\" cannot be a unit name: use letters, digits and \"_\", starting with a letter.",
                    line, name
                ),
                DefinitionError::NameTaken { line, name } => {
                    format!("Line {}: \"{}\" is already a unit; pick another name.", line, name)
                }
                DefinitionError::Duplicate { line, name, first_line } => {
                    format!("Line {}: \"{}\" is already defined on line {}.", line, name, first_line)
                }
                DefinitionError::Cycle { line, name } => {
                    format!("Line {}: the definition of \"{}\" refers back to itself.", line, name)
                }
                DefinitionError::UnknownUnit { line, name, unit } => {
                    format!("Line {}: the definition of \"{}\" uses \"{}\", which is not a unit.", line, name, unit)
                }
                DefinitionError::Invalid { line, name, reason } => {
                    format!("Line {}: the definition of \"{}\" cannot be used: {}", line, name, reason)
                }
                DefinitionError::Unreadable { file } => format!("\"{}\" cannot be read as a text file of unit definitions.", file),
            },
            Problem::Rates(e) => match e {
                RatesError::Unreachable { url, reason } => {
                    format!("The exchange rates could not be downloaded from {}: {}. The rates in use stay.", url, reason)
                }
                RatesError::NotAFeed => {
                    "The download is not the ECB's daily exchange rate feed. The rates in use stay.".to_string()
                }
                RatesError::TooLarge { limit } => {
                    format!("The download is larger than {} bytes, more than any exchange rate feed. The rates in use stay.", limit)
                }
                RatesError::BadDate { date } => {
                    format!("The exchange rate feed has no valid date (\"{}\"). The rates in use stay.", date)
                }
                RatesError::BadCurrency { currency } => format!(
                    "The exchange rate feed lists \"{}\", which is not a currency code or is given twice. The rates in use stay.",
                    currency
                ),
                RatesError::BadRate { currency, rate } => format!(
                    "The exchange rate feed gives {} a rate of \"{}\", which is not a positive number. The rates in use stay.",
                    currency, rate
                ),
            },
        }
    }
}

/// An error of any stage, with where it stood and what might have been meant.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitError {
    /// The coarse family (from [`ERROR_CODES`]).
    pub kind: ErrorKind,
    /// What went wrong, with its data (boxed: a `Result` of the recursive parser stays small).
    pub problem: Box<Problem>,
    /// The English sentence, suggestions included.
    pub message: String,
    /// The piece of input the error is about (a unit name, a token), possibly empty.
    pub offending: String,
    /// Character offset of `offending` in the whole input, when known.
    pub position: Option<usize>,
    /// Names the person may have meant, best first.
    pub suggestions: Vec<String>,
}

impl UnitError {
    /// An error about `offending`, which starts at character `position` of the input.
    pub fn new<P: Into<Problem>>(problem: P, offending: &str, position: Option<usize>) -> UnitError {
        let problem = problem.into();
        UnitError {
            kind: problem.kind(),
            message: problem.english(),
            problem: Box::new(problem),
            offending: offending.to_string(),
            position,
            suggestions: Vec::new(),
        }
    }

    /// An error about nothing in particular of the input.
    pub fn plain<P: Into<Problem>>(problem: P) -> UnitError {
        UnitError::new(problem, "", None)
    }

    /// An unknown unit, with the names the person may have meant.
    pub fn unknown_unit(name: &str, position: Option<usize>, suggestions: Vec<String>) -> UnitError {
        let mut e = UnitError::new(LookupError::UnknownUnit { name: name.to_string() }, name, position);
        match suggestions.len() {
            0 => {}
            1 => e.message = format!("{} Did you mean \"{}\"?", e.message, suggestions[0]),
            _ => {
                e.message = format!(
                    "{} Did you mean {}?",
                    e.message,
                    suggestions.iter().map(|s| format!("\"{}\"", s)).collect::<Vec<_>>().join(" or ")
                )
            }
        }
        e.suggestions = suggestions;
        e
    }

    /// The stable snake_case code (one of [`ERROR_CODES`]).
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }

    /// The named data of the message.
    pub fn details(&self) -> Vec<(&'static str, Detail)> {
        self.problem.details()
    }

    /// Start and end (exclusive), in characters of the whole input, of the text the error
    /// is about; an empty span marks a place (where text ends too early).
    pub fn span(&self) -> Option<(usize, usize)> {
        self.position.map(|p| (p, p + self.offending.chars().count()))
    }

    /// The same error, moved to start at `position` when it had no place yet.
    pub fn at(mut self, position: usize) -> UnitError {
        if self.position.is_none() {
            self.position = Some(position);
        }
        self
    }
}

impl fmt::Display for UnitError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UnitError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_listed_once() {
        for (i, c) in ERROR_CODES.iter().enumerate() {
            assert!(ERROR_CODES[i + 1..].iter().all(|d| d.code != c.code), "{} listed twice", c.code);
        }
    }
}
