//! The conversion core: unit data, the parser for what people type, exact arithmetic.
//!
//! It knows nothing about Python, Qt or JavaScript; the bindings call [`Registry`].
//! It compiles with Rust 1.63 so that Debian's compiler can build it for WebAssembly.
//!
//! Modules, each one concept, each using only those listed before it:
//!
//! - numbers and dimensions: `rational` (exact fractions), `number` (a fraction times a
//!   power of π, or a double), `dimension`, `prefix`, `format`, `error`;
//! - text: `definitions` (reads `.units` files into records), `syntax` (text → tokens →
//!   expression);
//! - meaning: `eval` (expression → exact value, through a `Resolver`), `language` (one
//!   language's unit names and keywords, as words), `table` (the units and categories,
//!   name lookup, the languages' names checked; built by evaluating each definition), `search`
//!   (suggestions, unit search), `reading` (one way of reading a phrase's names: the
//!   evaluator's resolver, with the customary system and names read otherwise),
//!   `names` (multi-word names, everyday forms, target keywords), `interpret` (the echo);
//! - answers: `conversion` (compiled conversions), `quantity` (a result), `cache`,
//!   `engine` (`Registry`: table + cache, unit expressions, conversions, search), and
//!   `phrase` (free text: `5 ft 3 in to cm`);
//! - definitions at run time: `money` (exchange rates as unit definitions), `user_units`
//!   (a person's own units, checked line by line), `layers` (the built-in table plus
//!   those layers, replaced atomically: [`SharedRegistry`]).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod builtin;
mod case;
mod fast_hash;
pub mod cache;
pub mod conversion;
pub mod definitions;
pub mod dimension;
pub mod engine;
pub mod error;
pub mod eval;
pub mod format;
pub mod interpret;
pub mod language;
pub mod layers;
pub mod later;
pub mod money;
pub mod names;
pub mod number;
pub mod phrase;
pub mod prefix;
pub mod quantity;
pub mod rational;
pub mod reading;
pub mod search;
pub mod syntax;
pub mod table;
mod user_units;

pub use conversion::Conversion;
pub use dimension::Dimension;
pub use engine::Registry;
pub use error::{Detail, ErrorKind, Problem, UnitError, ERROR_CODES};
pub use format::format_value;
pub use layers::{Layers, SharedRegistry, UserLayer};
pub use money::ExchangeRates;
pub use phrase::Options;
pub use quantity::Quantity;
pub use language::Language;
pub use table::{Category, Customary, Entry, Unit, UnitRef, UnitTable};

/// Names of the embedded data files, for tests that check every file is listed.
pub fn builtin_file_names() -> Vec<&'static str> {
    builtin::FILES.iter().map(|(name, _)| *name).collect()
}

/// The embedded data files as `(name, text)`, in the order the registry reads them.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    builtin::FILES
}
