//! Errors are values: a kind a program can branch on, the text that caused it, where it
//! stood, suggestions, and a sentence a person understands. Each binding maps this once.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    UnknownUnit,
    Incompatible,
    Syntax,
    InvalidNumber,
}

impl ErrorKind {
    /// The stable name used by the Python and JavaScript faces.
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::UnknownUnit => "unknown_unit",
            ErrorKind::Incompatible => "incompatible",
            ErrorKind::Syntax => "syntax",
            ErrorKind::InvalidNumber => "invalid_number",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct UnitError {
    pub kind: ErrorKind,
    pub message: String,
    /// The piece of input the error is about (a unit name, a token), possibly empty.
    pub offending: String,
    /// Character offset of `offending` in the input, when known.
    pub position: Option<usize>,
    pub suggestions: Vec<String>,
}

impl UnitError {
    pub fn new(kind: ErrorKind, message: String, offending: &str, position: Option<usize>) -> UnitError {
        UnitError { kind, message, offending: offending.to_string(), position, suggestions: Vec::new() }
    }

    pub fn syntax(message: String, offending: &str, position: Option<usize>) -> UnitError {
        UnitError::new(ErrorKind::Syntax, message, offending, position)
    }

    pub fn invalid_number(message: String, offending: &str) -> UnitError {
        UnitError::new(ErrorKind::InvalidNumber, message, offending, None)
    }

    pub fn unknown_unit(name: &str, position: Option<usize>, suggestions: Vec<String>) -> UnitError {
        let message = match suggestions.len() {
            0 => format!("Unknown unit \"{}\".", name),
            1 => format!("Unknown unit \"{}\". Did you mean \"{}\"?", name, suggestions[0]),
            _ => format!(
                "Unknown unit \"{}\". Did you mean {}?",
                name,
                suggestions.iter().map(|s| format!("\"{}\"", s)).collect::<Vec<_>>().join(" or ")
            ),
        };
        UnitError { kind: ErrorKind::UnknownUnit, message, offending: name.to_string(), position, suggestions }
    }
}

impl fmt::Display for UnitError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UnitError {}
