//! Definitions that arrive at run time, in layers over the built-in units: first the
//! exchange rates, then each file of a person's own units in the order loaded. Changing a
//! layer builds a new [`Registry`] (table and an empty cache) from the built-in data and
//! every layer; [`SharedRegistry`] swaps it in at once, so a conversion that has taken
//! the current registry finishes with it, and the next one sees the new definitions.
//! A registry is never changed in place, so no conversion sees a mix of old and new.

use std::ops::Range;
use std::sync::{Arc, Mutex, RwLock};

use crate::definitions::Records;
use crate::engine::Registry;
use crate::error::{DefinitionError, UnitError};
use crate::money::{ExchangeRates, RATES_LAYER};
use crate::table::UnitTable;
use crate::user_units::{compile, Known};

/// A file of a person's own units, as loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UserLayer {
    /// The file as named by whoever loaded it; loading the same name again replaces it.
    pub file: String,
    /// How many units it added.
    pub count: usize,
    /// The layer in the `.units` format.
    pub units_text: String,
}

/// The run-time layers of a registry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layers {
    /// The exchange rates in use, if any.
    pub rates: Option<ExchangeRates>,
    /// The ISO code that `$`, "dollar" and "dollars" mean.
    pub dollar: String,
    /// A person's own units, in the order loaded.
    pub user: Vec<UserLayer>,
}

impl Default for Layers {
    fn default() -> Layers {
        Layers { rates: None, dollar: "USD".to_string(), user: Vec::new() }
    }
}

/// The data files under the layers: the core's own, or files given at run time (the web
/// build ships them compressed and passes them in).
#[derive(Clone, Debug)]
pub enum BaseFiles {
    /// Files compiled in: `core/units/*.units`, embedded. (A reference to them, not the
    /// embedding itself, so that the web build, which passes its data in, leaves them out.)
    Static(&'static [(&'static str, &'static str)]),
    /// `(name, text)` pairs.
    Given(Arc<Vec<(String, String)>>),
}

impl BaseFiles {
    fn read(&self, records: &mut Records) -> Result<(), String> {
        match self {
            BaseFiles::Static(files) => files.iter().try_for_each(|(name, text)| records.read(name, text)),
            BaseFiles::Given(files) => files.iter().try_for_each(|(name, text)| records.read(name, text)),
        }
    }
}

/// Which units and categories (indices into the table) one layer added.
#[derive(Clone, Debug, Default)]
pub struct LayerSpan {
    units: Range<usize>,
    categories: Range<usize>,
}

/// Reads one more file into `records`, noting what it added.
fn read_layer(records: &mut Records, file: &str, text: &str) -> Result<LayerSpan, String> {
    let (units, categories) = (records.units.len(), records.categories.len());
    records.read(file, text)?;
    Ok(LayerSpan { units: units..records.units.len(), categories: categories..records.categories.len() })
}

/// The registry without layers that a layered one is built over: kept for the next change
/// of layers, or dropped once it has said which names are taken.
enum Base {
    Kept(Arc<Registry>),
    Dropped(Registry),
}

impl Base {
    fn registry(&self) -> &Registry {
        match self {
            Base::Kept(b) => b,
            Base::Dropped(b) => b,
        }
    }
}

/// The currencies of the table, named in each language the data has words for (from
/// `core/money/currencies.txt`): the window lists them so, the echo says them so.
fn name_currencies(table: &mut UnitTable) {
    let currencies: Vec<(String, Vec<(String, String, String)>)> = crate::money::currency_names()
        .into_iter()
        .map(|n| (n.code.to_ascii_lowercase(), n.languages.into_iter().map(|l| (l.language, l.singular, l.plural)).collect()))
        .filter(|(id, _)| table.unit_by_id(id).is_some())
        .collect();
    for language in table.languages_mut() {
        for (id, names) in &currencies {
            if let Some((_, singular, plural)) = names.iter().find(|(code, _, _)| *code == language.code) {
                language.add_names(id, singular, plural);
            }
        }
    }
}

/// The line of a table-building error about `file` (`file:12: ...`), or 0.
fn line_of(message: &str, file: &str) -> usize {
    message
        .strip_prefix(file)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|rest| rest.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

impl Registry {
    /// The built-in units with the exchange rate snapshot the app ships: what the bindings
    /// start with.
    ///
    /// Start-up memory: the table without the rates, which says which names a currency
    /// may not take, is dropped before the table with them is built, so the two are never
    /// held together (a later change of layers builds it again, once).
    pub fn with_snapshot() -> Registry {
        let layers = Layers { rates: Some(ExchangeRates::snapshot()), ..Layers::default() };
        let files = crate::builtin::FILES;
        let base = Registry::from_files(files).unwrap_or_else(|e| panic!("built-in unit data is broken: {}", e));
        Registry::layered_over(BaseFiles::Static(files), Base::Dropped(base), layers)
            .unwrap_or_else(|e| panic!("the exchange rate snapshot does not build: {}", e))
    }

    /// The built-in units with these layers.
    pub fn layered(layers: Layers) -> Result<Registry, UnitError> {
        Registry::layered_over(BaseFiles::Static(crate::builtin::FILES), Base::Kept(Registry::builtin()), layers)
    }

    /// This registry's data files (without its layers) with these layers.
    pub fn relayered(&self, layers: Layers) -> Result<Registry, UnitError> {
        let base = match (&self.base, &self.base_files) {
            (Some(base), _) => base.clone(),
            (None, BaseFiles::Static(files)) => {
                Arc::new(Registry::from_files(files).map_err(|e| UnitError::plain(DefinitionError::Format { line: 0, reason: e }))?)
            }
            (None, BaseFiles::Given(files)) => {
                let pairs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect();
                Arc::new(Registry::from_files(&pairs).map_err(|e| UnitError::plain(DefinitionError::Format { line: 0, reason: e }))?)
            }
        };
        Registry::layered_over(self.base_files.clone(), Base::Kept(base), layers)
    }

    fn layered_over(files: BaseFiles, base: Base, layers: Layers) -> Result<Registry, UnitError> {
        // The rates' names first: a dropped base goes before the records are read.
        let rates_text = layers.rates.as_ref().map(|rates| {
            let b = base.registry();
            let taken = |name: &str| b.lookup(name).is_some() || b.unit_by_id(name).is_some();
            rates.units_text(&layers.dollar, &taken)
        });
        let base = match base {
            Base::Kept(b) => Some(b),
            Base::Dropped(b) => {
                drop(b);
                None
            }
        };
        let mut records = Records::default();
        files.read(&mut records).map_err(|e| UnitError::plain(DefinitionError::Format { line: 0, reason: e }))?;
        let mut spans = Vec::new();
        let rates_span = match &rates_text {
            Some(text) => read_layer(&mut records, RATES_LAYER, text).map_err(|e| UnitError::plain(DefinitionError::Format { line: 0, reason: e }))?,
            None => LayerSpan::default(),
        };
        spans.push(rates_span);
        for layer in &layers.user {
            let span = read_layer(&mut records, &layer.file, &layer.units_text)
                .map_err(|e| UnitError::plain(DefinitionError::Format { line: line_of(&e, &layer.file), reason: e }))?;
            spans.push(span);
        }
        let mut table = UnitTable::from_records(records).map_err(|e| {
            let line = layers.user.iter().map(|l| line_of(&e, &l.file)).find(|&n| n > 0).unwrap_or(0);
            UnitError::plain(DefinitionError::Format { line, reason: e })
        })?;
        if layers.rates.is_some() {
            name_currencies(&mut table);
        }
        Ok(Registry::assemble(table, layers, spans, files, base))
    }

    /// The layers this registry was built with.
    pub fn layers(&self) -> &Layers {
        &self.layers
    }

    /// The exchange rates in use, if any.
    pub fn exchange_rates(&self) -> Option<&ExchangeRates> {
        self.layers.rates.as_ref()
    }

    /// This registry with other exchange rates (the person's units stay).
    pub fn with_rates(&self, rates: ExchangeRates) -> Result<Registry, UnitError> {
        self.relayered(Layers { rates: Some(rates), ..self.layers.clone() })
    }

    /// This registry with `$`, "dollar" and "dollars" meaning another currency (an ISO
    /// code of the rates in use).
    pub fn with_dollar(&self, code: &str) -> Result<Registry, UnitError> {
        self.relayered(Layers { dollar: code.to_string(), ..self.layers.clone() })
    }

    /// The units already known when `file` is (re)loaded: all but its previous version.
    fn known_for(&self, file: &str) -> Known<'_> {
        let index = self.layers.user.iter().position(|l| l.file == file);
        let span = index.and_then(|i| self.spans.get(i + 1)).cloned().unwrap_or_default();
        Known { table: self.table(), hidden_units: span.units, hidden_categories: span.categories }
    }

    /// Checks a file of definitions (`NAME = EXPRESSION` lines or the `.units` format) as
    /// [`Registry::with_units`] would, without loading it; returns how many units it has.
    pub fn check_units(&self, file: &str, text: &str) -> Result<usize, UnitError> {
        compile(&self.known_for(file), file, text).map(|c| c.count)
    }

    /// This registry with a file of a person's own units added, or put in place of the
    /// file's previous version; and how many units the file has. All or nothing.
    pub fn with_units(&self, file: &str, text: &str) -> Result<(Registry, usize), UnitError> {
        let compiled = compile(&self.known_for(file), file, text)?;
        let layer = UserLayer { file: file.to_string(), count: compiled.count, units_text: compiled.units_text };
        let mut layers = self.layers.clone();
        match layers.user.iter_mut().find(|l| l.file == file) {
            Some(slot) => *slot = layer,
            None => layers.user.push(layer),
        }
        Ok((self.relayered(layers)?, compiled.count))
    }

    /// This registry without a file of a person's own units.
    pub fn without_units(&self, file: &str) -> Result<Registry, UnitError> {
        let mut layers = self.layers.clone();
        layers.user.retain(|l| l.file != file);
        self.relayered(layers)
    }
}

/// The registry in use, replaced as a whole: readers take an `Arc` of the current one and
/// keep it for as long as they work with it; a writer builds the next one outside the
/// lock and swaps it in. Writers take turns, so no change is lost.
pub struct SharedRegistry {
    current: RwLock<Arc<Registry>>,
    writer: Mutex<()>,
}

impl SharedRegistry {
    /// Starts with `registry`.
    pub fn new(registry: Registry) -> SharedRegistry {
        SharedRegistry { current: RwLock::new(Arc::new(registry)), writer: Mutex::new(()) }
    }

    /// The registry in use now.
    pub fn current(&self) -> Arc<Registry> {
        match self.current.read() {
            Ok(guard) => guard.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Makes the next registry from the current one with `change` and puts it in use; on
    /// an error nothing changes.
    pub fn replace<T>(&self, change: impl FnOnce(&Registry) -> Result<(Registry, T), UnitError>) -> Result<T, UnitError> {
        let _turn = match self.writer.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        let (next, result) = change(&self.current())?;
        let next = Arc::new(next);
        match self.current.write() {
            Ok(mut guard) => *guard = next,
            Err(poisoned) => *poisoned.into_inner() = next,
        }
        Ok(result)
    }
}
