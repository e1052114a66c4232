//! The conversion core: unit data, the parser for what people type, exact arithmetic.
//!
//! It knows nothing about Python, Qt or JavaScript; the bindings call [`Registry`].
//! It compiles with Rust 1.63 so that Debian's compiler can build it for WebAssembly.
#![forbid(unsafe_code)]

mod builtin;
mod case;
mod fast_hash;
pub mod conversion;
pub mod definitions;
pub mod dimension;
pub mod error;
pub mod eval;
pub mod format;
pub mod number;
pub mod prefix;
pub mod quantity;
pub mod rational;
pub mod registry;
pub mod search;
pub mod syntax;

pub use conversion::Conversion;
pub use dimension::Dimension;
pub use error::{ErrorKind, UnitError};
pub use format::format_value;
pub use quantity::Quantity;
pub use registry::{Category, Entry, Registry, Unit, UnitRef};

/// Names of the embedded data files, for tests that check every file is listed.
pub fn builtin_file_names() -> Vec<&'static str> {
    builtin::FILES.iter().map(|(name, _)| *name).collect()
}
