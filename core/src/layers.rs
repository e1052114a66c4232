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
use crate::table::{NameIndex, UnitTable};
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

/// The currencies of the table, named in each language the data has words for (from
/// `core/money/currencies.txt`): the window lists them so, the echo says them so.
fn name_currencies(table: &mut UnitTable) {
    let mut names = Vec::new();
    for currency in crate::money::currency_names() {
        let id = currency.code.to_ascii_lowercase();
        if table.unit_by_id(&id).is_none() {
            continue;
        }
        for l in currency.languages {
            names.push((id.clone(), l.language, l.singular, l.plural));
        }
    }
    table.add_later_names(names);
}

/// A table-building error about `file` (`file:12: what is wrong`) as its line and what is
/// wrong (the message says the line itself); 0 and the whole text when it is about another
/// file.
fn in_file(message: &str, file: &str) -> (usize, String) {
    message
        .strip_prefix(file)
        .and_then(|rest| rest.strip_prefix(':'))
        .and_then(|rest| rest.split_once(':'))
        .and_then(|(n, what)| Some((n.parse().ok()?, what.trim_start().to_string())))
        .unwrap_or_else(|| (0, message.to_string()))
}

impl Registry {
    /// The built-in units with the exchange rate snapshot the app ships: what the bindings
    /// start with.
    pub fn with_snapshot() -> Registry {
        let layers = Layers { rates: Some(ExchangeRates::snapshot()), ..Layers::default() };
        Registry::layered_over(BaseFiles::Static(crate::builtin::FILES), layers)
            .unwrap_or_else(|e| panic!("the exchange rate snapshot does not build: {}", e))
    }

    /// The built-in units with these layers.
    pub fn layered(layers: Layers) -> Result<Registry, UnitError> {
        Registry::layered_over(BaseFiles::Static(crate::builtin::FILES), layers)
    }

    /// This registry's data files (without its layers) with these layers.
    pub fn relayered(&self, layers: Layers) -> Result<Registry, UnitError> {
        Registry::layered_over(self.base_files.clone(), layers)
    }

    /// Reads the data files once: the names their units take decide which names the
    /// currencies may have (no built-in unit gives a name up), then the layers are read
    /// after them and one table is built of all.
    fn layered_over(files: BaseFiles, layers: Layers) -> Result<Registry, UnitError> {
        let format = |reason: String| UnitError::plain(DefinitionError::Format { line: 0, reason });
        let mut records = Records::default();
        files.read(&mut records).map_err(format)?;
        // The table's name maps, begun with the data files' units when the rates need them.
        let mut index = NameIndex::default();
        let rates_text = match &layers.rates {
            Some(rates) => {
                index.extend(&records).map_err(format)?;
                Some(rates.units_text(&layers.dollar, &|name: &str| index.finds(&records, name)))
            }
            None => None,
        };
        let mut spans = Vec::new();
        let rates_span = match &rates_text {
            Some(text) => read_layer(&mut records, RATES_LAYER, text).map_err(format)?,
            None => LayerSpan::default(),
        };
        spans.push(rates_span);
        for layer in &layers.user {
            let span = read_layer(&mut records, &layer.file, &layer.units_text)
                .map_err(|e| {
                    let (line, reason) = in_file(&e, &layer.file);
                    UnitError::plain(DefinitionError::Format { line, reason })
                })?;
            spans.push(span);
        }
        let mut table = UnitTable::from_records(records, index).map_err(|e| {
            let (line, reason) = layers.user.iter().map(|l| in_file(&e, &l.file)).find(|(n, _)| *n > 0).unwrap_or((0, e));
            UnitError::plain(DefinitionError::Format { line, reason })
        })?;
        if layers.rates.is_some() {
            name_currencies(&mut table);
        }
        Ok(Registry::assemble(table, layers, spans, files))
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
