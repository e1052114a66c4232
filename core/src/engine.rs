//! The engine: the unit table with a cache of compiled conversions. It turns unit texts
//! into [`UnitSpec`]s, compiles and caches [`Conversion`]s, and answers searches. Free text
//! (`5 ft 3 in to cm`) is read by `phrase.rs`, which adds `evaluate` to it.

use std::ops::Deref;
use std::sync::{Arc, Mutex};

use crate::cache::ConversionCache;
use crate::conversion::{compile, Conversion};
use crate::error::{ConvertError, UnitError};
use crate::eval::{affine_source, eval, resolve_with_power, Resolver, UnitSpec};
use crate::names::merge_multiword;
use crate::syntax::{tokenize, Parser, Token};
use crate::layers::{BaseFiles, LayerSpan, Layers};
use crate::reading::Reading;
use crate::table::{Customary, Entry, UnitTable};

/// The unit table and the conversions compiled from it. A registry never changes: the
/// definitions added at run time (exchange rates, a person's own units; `layers.rs`) make
/// a new registry, so a conversion sees one set of definitions, old or new, and the new
/// one starts with an empty cache.
pub struct Registry {
    table: UnitTable,
    cache: ConversionCache,
    /// The run-time layers the table was built with, and the units each added.
    pub(crate) layers: Layers,
    pub(crate) spans: Vec<LayerSpan>,
    /// The data files under the layers.
    pub(crate) base_files: BaseFiles,
}

/// The engine reads as its table: `registry.units`, `registry.lookup("ft")`.
impl Deref for Registry {
    type Target = UnitTable;
    fn deref(&self) -> &UnitTable {
        &self.table
    }
}

/// A unit expression split into tokens, names read as `reading` reads them, whose positions
/// count in a line of `line_len` characters (a target's tokens keep their places in the
/// whole line, so messages point at the right character). `text` is the unit as written.
pub(crate) fn spec_of_tokens(reading: &Reading, toks: &[Token], text: &str, line_len: usize) -> Result<UnitSpec, UnitError> {
    if let Some(r) = reading.lookup(text) {
        return Ok(reading.table.resolve_ref(r));
    }
    let expr = Parser::new(toks, line_len).parse_all()?;
    if let Some((None, name, pos, false)) = affine_source(&expr) {
        return resolve_with_power(reading, name, pos);
    }
    let v = eval(&expr, reading as &dyn Resolver)?;
    if v.num.is_zero() {
        return Err(crate::conversion::zero_unit(text));
    }
    Ok(UnitSpec { factor: v.num, dim: v.dim, offset: None, reciprocal: v.reciprocal })
}

static BUILTIN: Mutex<Option<Arc<Registry>>> = Mutex::new(None);

impl Registry {
    /// The registry of the embedded unit files, built on first use and shared.
    pub fn builtin() -> Arc<Registry> {
        let mut slot = match BUILTIN.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(r) = &*slot {
            return r.clone();
        }
        let table = UnitTable::from_files(crate::builtin::FILES).unwrap_or_else(|e| panic!("built-in unit data is broken: {}", e));
        let registry = Arc::new(Registry::assemble(table, Layers::default(), Vec::new(), BaseFiles::Static(crate::builtin::FILES)));
        *slot = Some(registry.clone());
        registry
    }

    /// Builds a registry from `(file name, contents)` pairs; errors name file and line.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Registry, String> {
        let table = UnitTable::from_files(files)?;
        let owned = files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        Ok(Registry::assemble(table, Layers::default(), Vec::new(), BaseFiles::Given(Arc::new(owned))))
    }

    /// A registry of a table built with run-time layers.
    pub(crate) fn assemble(table: UnitTable, layers: Layers, spans: Vec<LayerSpan>, base_files: BaseFiles) -> Registry {
        Registry { table, cache: ConversionCache::default(), layers, spans, base_files }
    }

    /// The unit table.
    pub fn table(&self) -> &UnitTable {
        &self.table
    }

    /// Parses a unit expression (`km/h`, `BTU/(h*ft^2)`, `L/100km`, `°C`, a unit's id).
    pub fn unit_spec(&self, text: &str) -> Result<UnitSpec, UnitError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(UnitError::new(ConvertError::NoUnit, "", Some(0)));
        }
        // Whole-string names first: symbols such as `km/h` or names such as `US gallon`.
        if let Some(r) = self.lookup(trimmed) {
            return Ok(self.resolve_ref(r));
        }
        let toks = merge_multiword(&Reading::new(&self.table, Customary::Us), tokenize(trimmed)?);
        self.spec_of_tokens(&toks, trimmed, trimmed.chars().count())
    }

    /// A unit expression already split into tokens, with every name's everyday meaning.
    pub(crate) fn spec_of_tokens(&self, toks: &[Token], text: &str, line_len: usize) -> Result<UnitSpec, UnitError> {
        spec_of_tokens(&Reading::new(&self.table, Customary::Us), toks, text, line_len)
    }

    /// The cached conversion from one unit expression to another.
    pub fn conversion(&self, from: &str, to: &str) -> Result<Conversion, UnitError> {
        if let Some(c) = self.cache.get(from, to) {
            return Ok(c);
        }
        let a = self.unit_spec(from)?;
        let b = self.unit_spec(to)?;
        let c = compile(&self.table, &a, &b, from.trim(), to.trim())?;
        self.cache.put(from, to, c);
        Ok(c)
    }

    /// Converts one value; a result that is not finite, or a temperature below absolute
    /// zero, is an error (arrays use [`Conversion::apply_into`]: IEEE, unchecked).
    pub fn convert(&self, value: f64, from: &str, to: &str) -> Result<f64, UnitError> {
        self.conversion(from, to)?.apply_checked(value, from)
    }

    /// Exact factor and offset from `a` to `b`, each rounded once.
    pub fn compile(&self, a: &UnitSpec, b: &UnitSpec, from: &str, to: &str) -> Result<Conversion, UnitError> {
        compile(&self.table, a, b, from, to)
    }

    /// Units matching `text` by name, symbol or alias, best first, typos forgiven; among
    /// equally good matches those of `category` (an id) come first. A text that is itself
    /// a unit expression (`miles/h`) also finds the units of exactly that size. The one
    /// ranking the window's and the web page's unit search both use. With a language
    /// (`de`), its names are searched too and the entries carry them.
    pub fn find_units(&self, text: &str, limit: usize, category: Option<&str>, lang: Option<&str>) -> Vec<Entry> {
        let words = lang.and_then(|code| self.table.language(code));
        let language = words.as_deref();
        let query = text.trim();
        // Only expressions are worth evaluating here; a plain word is looked up by name.
        let is_expression = query.contains(|c| matches!(c, '/' | '*' | '^' | '·' | '²' | '³'));
        let spec = if is_expression && query.chars().count() <= 200 { self.unit_spec(query).ok() } else { None };
        let category = category.and_then(|id| self.categories.iter().position(|c| c.id == id));
        crate::search::rank_units(&self.table, query, limit, spec.as_ref(), category, language)
            .into_iter()
            .map(|u| self.entry_in(u, language))
            .collect()
    }

    /// Every unit the language (`de`) names, by id, with its names of one and of many,
    /// in the data's order; empty for a language the data has no words for. Plain
    /// customary names (`Gallone`, US or UK by the setting) are not listed.
    pub fn unit_names(&self, lang: &str) -> Vec<(String, String, String)> {
        let language = match self.table.language(lang) {
            Some(l) => l,
            None => return Vec::new(),
        };
        language
            .names
            .iter()
            .filter(|(unit, _, _)| self.table.lookup_id(unit).map_or(false, |r| self.table.entry_id(r) == *unit))
            .cloned()
            .collect()
    }
}
