//! The table of units and categories, built once from the data files, and name lookup
//! (symbols, names, aliases, SI and binary prefixes, ids). It knows nothing of the engine
//! above it: building it evaluates each definition with its own resolver.

use std::cell::RefCell;
use std::collections::hash_map::Entry as Slot;
use std::sync::Arc;
use crate::fast_hash::FastMap;

use crate::definitions::{LanguageSource, Records, UnitRecord};
use crate::dimension::{Dimension, BASE_NAMES};
use crate::error::{LookupError, UnitError};
use crate::eval::{eval, Resolver, UnitSpec};
use crate::language::Language;
use crate::later::Later;
use crate::number::Number;
use crate::prefix::{name_variants, PrefixKind, PREFIXES};
use crate::syntax::{tokenize, Parser};

/// One unit of the data files, resolved to its exact size.
#[derive(Clone, Debug)]
pub struct Unit {
    /// Stable id (`foot`).
    pub id: String,
    /// Symbol (`ft`).
    pub symbol: String,
    /// Name of one (`foot`).
    pub singular: String,
    /// Name of many (`feet`).
    pub plural: String,
    /// Other names that mean this unit alone.
    pub aliases: Vec<String>,
    /// Names this unit shares with others (searchable, not typeable).
    pub shared_aliases: Vec<String>,
    /// Index of its category.
    pub category: usize,
    /// The definition as written in the data.
    pub definition: String,
    /// Where the definition comes from.
    pub source: String,
    /// The data file the unit is defined in.
    pub file: String,
    /// Its 1-based line there.
    pub line: usize,
    /// Whether SI prefixes apply (`km`).
    pub si_prefixes: bool,
    /// Whether binary prefixes apply (`MiB`).
    pub binary_prefixes: bool,
    /// Size of one unit in SI base units (of one degree for offset scales).
    pub factor: Number,
    /// The shifted zero of an offset scale (`°C`).
    pub offset: Option<Number>,
    /// What it measures.
    pub dim: Dimension,
    /// Whether it may take part in a reciprocal conversion: a unit of a category that
    /// takes the inverse dimension (`mpg`, `L/100km`, `min/km`), a volume (`mi/gal` to
    /// `L/100km`) or anything per time (`km/h`, `knot` to `min/km`). Lengths and areas
    /// alone may not: `m^2` and `1/m^2` have the dimensions of `L/100km` and `mpg` but are
    /// no fuel per distance.
    pub reciprocal: bool,
}

/// A kind of quantity (Length, Speed) and its units.
#[derive(Clone, Debug)]
pub struct Category {
    /// Stable id (`length`).
    pub id: String,
    /// English name (`Length`).
    pub name: String,
    /// The base unit expression.
    pub base: String,
    /// What its units measure.
    pub dim: Dimension,
    /// Whether units of the inverse dimension belong too (fuel economy).
    pub reciprocal: bool,
    /// The units listed for this category, common ones first. Common prefixed forms
    /// (`km`, `MiB`) are entries of their own.
    pub units: Vec<UnitRef>,
}

/// A typeable name and its lower-case form.
#[derive(Clone, Debug)]
pub struct FoldedName {
    /// The name as written.
    pub name: String,
    /// Lower case.
    pub lower: String,
    /// Lower case, as characters.
    pub lower_chars: Vec<char>,
    /// Length in characters.
    pub chars: usize,
    /// Index of the unit it names.
    pub unit: usize,
}

/// A listed unit as the bindings show it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable id (`kilometer` for the prefixed form).
    pub id: String,
    /// Name of one.
    pub name: String,
    /// Name of many.
    pub plural: String,
    /// Symbol.
    pub symbol: String,
    /// Other names.
    pub aliases: Vec<String>,
    /// The category's id.
    pub category: String,
}

/// A name found in the table: a unit, possibly with a prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitRef {
    /// Index into the table's units.
    pub unit: usize,
    /// Index into [`PREFIXES`], if prefixed.
    pub prefix: Option<usize>,
}

/// Every unit and category, and the maps that find them by name.
pub struct UnitTable {
    /// The units, in data file order.
    pub units: Vec<Unit>,
    /// The categories, in data file order.
    pub categories: Vec<Category>,
    /// Symbols, names and aliases exactly as written.
    exact: FastMap<String, usize>,
    /// Names and aliases (not symbols) in lower case, for `Meter` or `FEET`.
    folded: FastMap<String, usize>,
    /// Dimensions between which reciprocal conversion is allowed (fuel economy).
    reciprocal_dims: Vec<Dimension>,
    /// Lower-cased first words of names with spaces (`fl` of `fl oz`), so the parser only
    /// tries to join words that can start such a name.
    multiword_heads: FastMap<String, ()>,
    /// Every typeable name folded, made when suggestions first need them.
    folded_names: Later<Vec<FoldedName>>,
    /// Unit ids, for callers that hold an id rather than a name.
    ids: FastMap<String, usize>,
    // A few dozen entries each: plain lists keep the WebAssembly module small.
    /// Other meanings of names as typed (`F` → degree Fahrenheit), from `[readings]`.
    readings: Vec<(String, Vec<UnitRef>)>,
    /// Plain customary names and their (US, UK) units, from `[customary]`.
    customary: Vec<(String, UnitRef, UnitRef)>,
    /// How the echo names a customary unit ("US gallon", "short ton (2,000 lb)").
    echo_names: Vec<(usize, String)>,
    /// The words of other languages, from `[language CODE]` blocks, each read when
    /// first asked for.
    languages: Vec<LanguageSlot>,
    /// Names of units that come after the data (currencies), per language:
    /// (unit id, language code, name of one, name of many).
    later_names: Vec<(String, String, String, String)>,
}

/// A `[language CODE]` block and, once asked for, its words.
struct LanguageSlot {
    source: LanguageSource,
    words: Later<Language>,
}

/// Which units the plain customary names (`gallon`, `ton`, `pint`) mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Customary {
    /// US customary: the US gallon, the short ton.
    Us,
    /// British imperial: the imperial gallon, the long ton.
    Uk,
}

impl UnitTable {
    /// Builds the table from `(file name, contents)` pairs; errors name file and line.
    pub fn from_files(files: &[(&str, &str)]) -> Result<UnitTable, String> {
        let mut records = Records::default();
        for (name, text) in files {
            records.read(name, text)?;
        }
        let table = UnitTable::build(records, NameIndex::default())?;
        // Built from files, every language is read now, so a mistake in one is refused
        // here (the registries the bindings use read a language when it is asked for).
        for slot in &table.languages {
            table.read_language(slot)?;
        }
        Ok(table)
    }

    /// Builds the table from records already read (the engine reads its layers one by
    /// one to know which units each brought), `index` having indexed the names of some
    /// of them already (the data files', which the rates layer had to know).
    pub(crate) fn from_records(records: Records, index: NameIndex) -> Result<UnitTable, String> {
        UnitTable::build(records, index)
    }

    fn build(mut records: Records, mut index: NameIndex) -> Result<UnitTable, String> {
        index.extend(&records)?;
        let NameIndex { mut exact, mut folded, ids, .. } = index;
        // Extending made room for names that units repeat: the table keeps what growing one
        // name at a time would have taken (the same room, unless the count crossed a
        // doubling that the names did not).
        exact.shrink_to_fit();
        folded.shrink_to_fit();
        let builder = Builder { records: &records, exact: &exact, folded: &folded, state: RefCell::new(vec![State::Todo; records.units.len()]), failure: RefCell::new(None) };
        let sizes = (0..records.units.len()).map(|i| builder.resolve_index(i)).collect::<Result<Vec<_>, String>>()?;
        let info = |i: usize| {
            let u = &records.units[i];
            (u.symbol.as_str(), u.si_prefixes, u.binary_prefixes)
        };

        let mut categories = Vec::new();
        let mut reciprocal_dims = Vec::new();
        for (ci, c) in records.categories.iter().enumerate() {
            let base = builder
                .evaluate_definition(&c.base)
                .map_err(|e| format!("{}:{}: base '{}' of category '{}': {}", c.file, c.line, c.base, c.id, e))?;
            let mut members: Vec<usize> = (0..records.units.len()).filter(|&i| records.units[i].category == ci).collect();
            for &m in &members {
                let dim = sizes[m].2;
                let inverse = base.1.recip().map_or(false, |d| d == dim);
                if dim != base.1 && !(c.reciprocal && inverse) {
                    let r = &records.units[m];
                    return Err(format!(
                        "{}:{}: unit '{}' has dimension {} but category '{}' is {}",
                        r.file, r.line, r.id, dim, c.id, base.1
                    ));
                }
            }
            let mut ordered: Vec<UnitRef> = Vec::new();
            for name in &c.common {
                let found = lookup_in(&exact, &folded, name, info).filter(|r| records.units[r.unit].category == ci);
                let r = found.ok_or_else(|| format!("{}:{}: common unit '{}' is not in category '{}'", c.file, c.line, name, c.id))?;
                if !ordered.contains(&r) {
                    ordered.push(r);
                }
            }
            members.retain(|&i| !ordered.contains(&UnitRef { unit: i, prefix: None }));
            ordered.extend(members.into_iter().map(|i| UnitRef { unit: i, prefix: None }));
            if c.reciprocal {
                reciprocal_dims.push(base.1);
                if let Some(d) = base.1.recip() {
                    reciprocal_dims.push(d);
                }
            }
            categories.push(Category {
                id: c.id.clone(),
                name: c.name.clone(),
                base: c.base.clone(),
                dim: base.1,
                reciprocal: c.reciprocal,
                units: ordered,
            });
        }
        drop(builder);
        let volume = Dimension::base("length").and_then(|l| l.pow(3));
        let time = BASE_NAMES.iter().position(|n| *n == "time");
        let takes_part = |category: usize, dim: Dimension| {
            categories.get(category).map_or(false, |c: &Category| c.reciprocal)
                || Some(dim) == volume
                || time.map_or(false, |t| dim.0[t] != 0)
        };
        // The records' texts move into the units: copying them would hold both at once.
        let units: Vec<Unit> = std::mem::take(&mut records.units)
            .into_iter()
            .zip(sizes)
            .map(|(r, (factor, offset, dim))| Unit {
                reciprocal: takes_part(r.category, dim),
                id: r.id,
                symbol: r.symbol,
                singular: r.singular,
                plural: r.plural,
                aliases: r.aliases,
                shared_aliases: r.shared_aliases,
                category: r.category,
                definition: r.definition,
                source: r.source,
                file: r.file,
                line: r.line,
                si_prefixes: r.si_prefixes,
                binary_prefixes: r.binary_prefixes,
                factor,
                offset,
                dim,
            })
            .collect();
        let mut multiword_heads = FastMap::default();
        for name in exact.keys() {
            // Words are split at hyphens too (`single-layer DVD` starts with `single`).
            if name.contains(' ') {
                let head = name.split(|c| c == ' ' || c == '-').next().unwrap_or("");
                multiword_heads.insert(crate::case::fold(head), ());
            }
        }
        // No sorting needed: suggestions sort their candidates fully (score, length, name).
        let mut table = UnitTable {
            units,
            categories,
            exact,
            folded,
            reciprocal_dims,
            multiword_heads,
            folded_names: Later::default(),
            ids,
            readings: Vec::new(),
            customary: Vec::new(),
            echo_names: Vec::new(),
            languages: Vec::new(),
            later_names: Vec::new(),
        };
        table.add_readings(&records)?;
        table.languages = records.languages.into_iter().map(|source| LanguageSlot { source, words: Later::default() }).collect();
        Ok(table)
    }

    /// The `[readings]` and `[customary]` lines, each unit checked to exist.
    fn add_readings(&mut self, records: &Records) -> Result<(), String> {
        for r in &records.readings {
            let (optional, name) = match r.unit.strip_prefix('?') {
                Some(name) => (true, name),
                None => (false, r.unit.as_str()),
            };
            let unit = match self.lookup(name) {
                Some(unit) => unit,
                None if optional => continue,
                None => return Err(format!("{}:{}: unknown unit '{}'", r.file, r.line, r.unit)),
            };
            match self.readings.iter_mut().find(|(n, _)| *n == r.name) {
                Some((_, list)) if list.contains(&unit) => {}
                Some((_, list)) => list.push(unit),
                None => self.readings.push((r.name.clone(), vec![unit])),
            }
        }
        for c in &records.customary {
            let find = |id: &str| -> Result<UnitRef, String> {
                match self.ids.get(id) {
                    Some(&unit) => Ok(UnitRef { unit, prefix: None }),
                    None => Err(format!("{}:{}: unknown unit id '{}'", c.file, c.line, id)),
                }
            };
            let (us, uk) = (find(&c.us.0)?, find(&c.uk.0)?);
            for name in &c.names {
                // Plain names mean the US unit in the unit files; the UK setting re-reads them.
                if self.lookup(name) != Some(us) {
                    return Err(format!("{}:{}: '{}' is not a name of '{}'", c.file, c.line, name, c.us.0));
                }
                self.customary.push((name.clone(), us, uk));
            }
            self.echo_names.push((us.unit, c.us.1.clone()));
            self.echo_names.push((uk.unit, c.uk.1.clone()));
        }
        Ok(())
    }

    /// The words of a `[language CODE]` block, each unit they name checked to exist (a
    /// unit's id, `kilometer` for a listed prefixed form, or a plain customary name), with
    /// the names of the units that came after the data; kept for the next time.
    fn read_language(&self, slot: &LanguageSlot) -> Result<Arc<Language>, String> {
        slot.words.get_or_try(|| {
            let record = slot.source.read()?;
            for n in &record.names {
                if !self.names_a_unit(&n.unit) {
                    return Err(format!("{}:{}: unknown unit id '{}'", record.file, n.line, n.unit));
                }
            }
            let mut language = Language::new(&record)?;
            for (unit, _, singular, plural) in self.later_names.iter().filter(|(_, code, _, _)| *code == record.code) {
                language.add_names(unit, singular, plural);
            }
            Ok(language)
        })
    }

    /// Whether a line of a `[language CODE]` block may name `unit`: a unit's id
    /// (`foot`, `kilometer` for a listed prefixed form) or a plain customary name.
    pub(crate) fn names_a_unit(&self, unit: &str) -> bool {
        self.lookup_id(unit).is_some() || self.customary(unit, Customary::Us).is_some()
    }

    /// The words of the language with this code (`de`), if the data has it (and they
    /// read without a mistake: the data's own are checked by its tests).
    pub fn language(&self, code: &str) -> Option<Arc<Language>> {
        let slot = self.languages.iter().find(|l| l.source.code == code)?;
        self.read_language(slot).ok()
    }

    /// The code of every language the data has words for (`de`), in the data's order.
    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.source.code.as_str()).collect()
    }

    /// Names a unit that comes after the data (a currency) in a language, as typed and
    /// shown: (unit id, language code, name of one, name of many). Before any language
    /// is read.
    pub(crate) fn add_later_names(&mut self, names: Vec<(String, String, String, String)>) {
        self.later_names.extend(names);
    }

    /// A found name spelled out in `language` (`ft` → "Fuß"), or as in English where the
    /// language has no name for it.
    pub fn spelled_out_in(&self, r: UnitRef, language: Option<&Language>) -> String {
        if let Some(l) = language {
            if let Some((singular, _)) = l.names_of(&self.entry_id(r)) {
                return singular.to_string();
            }
        }
        self.spelled_out(r)
    }

    /// How a listed entry presents itself in `language`: its names in that language
    /// where it has them.
    pub fn entry_in(&self, r: UnitRef, language: Option<&Language>) -> Entry {
        let mut e = self.entry(r);
        if let Some((singular, plural)) = language.and_then(|l| l.names_of(&e.id)) {
            e.name = singular.to_string();
            e.plural = plural.to_string();
        }
        e
    }

    /// The id of a found name: the unit's, or the prefix name before it (`kilometer`).
    pub fn entry_id(&self, r: UnitRef) -> String {
        let u = &self.units[r.unit];
        match r.prefix {
            None => u.id.clone(),
            Some(p) => format!("{}{}", PREFIXES[p].name, u.id),
        }
    }

    /// The other units a name as typed may mean, from the data (`F`: degree Fahrenheit).
    pub fn other_readings(&self, name: &str) -> &[UnitRef] {
        self.readings.iter().find(|(n, _)| n == name).map_or(&[], |(_, v)| v.as_slice())
    }

    /// `unit` in `system`: a US customary unit under the UK setting is its British
    /// counterpart (an `oz` read as a fluid ounce is the imperial one in the UK), and back.
    pub fn in_system(&self, unit: UnitRef, system: Customary) -> UnitRef {
        for &(_, us, uk) in &self.customary {
            match system {
                Customary::Uk if us == unit => return uk,
                Customary::Us if uk == unit => return us,
                _ => {}
            }
        }
        unit
    }

    /// The unit a plain customary name means under `system` (`gallon`, UK: imperial
    /// gallon), or None for a name that is not a plain customary name.
    pub fn customary(&self, name: &str, system: Customary) -> Option<UnitRef> {
        self.customary.iter().find(|(n, _, _)| n == name).map(|&(_, us, uk)| match system {
            Customary::Us => us,
            Customary::Uk => uk,
        })
    }

    /// The unit with this id.
    pub fn unit_by_id(&self, id: &str) -> Option<&Unit> {
        self.ids.get(id).map(|&i| &self.units[i])
    }

    /// Whether a quantity of dimension `a` may convert to the inverse dimension `b`.
    pub fn reciprocal_allowed(&self, a: &Dimension, b: &Dimension) -> bool {
        self.reciprocal_dims.contains(a) && self.reciprocal_dims.contains(b)
    }

    /// Finds a name: exact match, then SI/binary prefix + symbol, then case-insensitive
    /// name, then prefix name + name (`kilometres`), and last a unit's id (`russian_vedro`,
    /// or `kilometer` for a listed prefixed form).
    pub fn lookup(&self, name: &str) -> Option<UnitRef> {
        lookup_in(&self.exact, &self.folded, name, |i| {
            let u = &self.units[i];
            (u.symbol.as_str(), u.si_prefixes, u.binary_prefixes)
        })
        .or_else(|| self.lookup_id(name))
    }

    /// Finds a name as definitions do: like [`UnitTable::lookup`] but without ids.
    pub fn lookup_name(&self, name: &str) -> Option<UnitRef> {
        lookup_in(&self.exact, &self.folded, name, |i| {
            let u = &self.units[i];
            (u.symbol.as_str(), u.si_prefixes, u.binary_prefixes)
        })
    }

    /// A unit's id, or a prefix name before one (the id of a listed prefixed form).
    pub fn lookup_id(&self, id: &str) -> Option<UnitRef> {
        lookup_id_in(&self.ids, id, |i| {
            let u = &self.units[i];
            (u.symbol.as_str(), u.si_prefixes, u.binary_prefixes)
        })
    }

    /// Whether some unit name with spaces starts with this word.
    pub fn starts_multiword(&self, word: &str) -> bool {
        if crate::case::has_upper(word) {
            self.multiword_heads.contains_key(&crate::case::fold(word))
        } else {
            self.multiword_heads.contains_key(word)
        }
    }

    /// Whether `text` is exactly a known symbol, name or alias (no prefix needed).
    pub fn is_known_name(&self, text: &str) -> bool {
        if self.exact.contains_key(text) {
            return true;
        }
        if crate::case::has_upper(text) {
            self.folded.contains_key(&crate::case::fold(text))
        } else {
            self.folded.contains_key(text)
        }
    }

    /// The size of a found name.
    pub fn resolve_ref(&self, r: UnitRef) -> UnitSpec {
        let u = &self.units[r.unit];
        match r.prefix {
            None => UnitSpec { factor: u.factor, dim: u.dim, offset: u.offset, reciprocal: u.reciprocal },
            Some(p) => UnitSpec { factor: PREFIXES[p].factor().mul(u.factor), dim: u.dim, offset: None, reciprocal: u.reciprocal },
        }
    }

    /// A found name spelled out as people read it (`km` → "kilometer"); customary units
    /// say which they are ("US gallon").
    pub fn spelled_out(&self, r: UnitRef) -> String {
        if r.prefix.is_none() {
            if let Some((_, name)) = self.echo_names.iter().find(|(u, _)| *u == r.unit) {
                return name.clone();
            }
        }
        let singular = &self.units[r.unit].singular;
        match r.prefix {
            Some(p) => format!("{}{}", PREFIXES[p].name, singular),
            None => singular.clone(),
        }
    }

    /// How a listed entry presents itself: a unit, or a common prefixed form of one.
    pub fn entry(&self, r: UnitRef) -> Entry {
        let u = &self.units[r.unit];
        match r.prefix {
            None => Entry {
                id: u.id.clone(),
                name: u.singular.clone(),
                plural: u.plural.clone(),
                symbol: u.symbol.clone(),
                aliases: u.aliases.clone(),
                category: self.categories[u.category].id.clone(),
            },
            Some(p) => {
                let prefix = &PREFIXES[p];
                Entry {
                    id: format!("{}{}", prefix.name, u.id),
                    name: format!("{}{}", prefix.name, u.singular),
                    plural: format!("{}{}", prefix.name, u.plural),
                    symbol: format!("{}{}", prefix.symbol(), u.symbol),
                    aliases: Vec::new(),
                    category: self.categories[u.category].id.clone(),
                }
            }
        }
    }

    /// Every name a person may type for a unit, with its lower-case form, for suggestions.
    pub fn folded_names(&self) -> Arc<Vec<FoldedName>> {
        self.folded_names.get_or(|| {
            self.exact
                .iter()
                .map(|(name, &unit)| {
                    let lower = crate::case::fold(name);
                    FoldedName { name: name.clone(), lower_chars: lower.chars().collect(), lower, chars: name.chars().count(), unit }
                })
                .collect()
        })
    }

    /// The English name of the category that measures `d`.
    pub fn category_name_of_dim(&self, d: &Dimension) -> Option<&str> {
        self.category_name_for(None, d)
    }

    /// The name of the quantity `d` measures, as for [`UnitTable::category_name_of_dim`],
    /// said of `unit` (a name as typed): its own category where it is listed in one of
    /// that dimension (`N·m` torque, `J` energy); otherwise, of the categories of that
    /// dimension, the one with the most units (energy rather than torque).
    pub fn category_name_for(&self, unit: Option<&str>, d: &Dimension) -> Option<&str> {
        let own = unit
            .and_then(|u| self.lookup(u.trim()))
            .map(|r| self.units[r.unit].category)
            .and_then(|c| self.categories.get(c))
            .filter(|c| c.dim == *d);
        own.or_else(|| {
            // max_by_key keeps the last of equals: the first in data order wins ties.
            self.categories.iter().filter(|c| c.dim == *d).rev().max_by_key(|c| c.units.len())
        })
        .map(|c| c.name.as_str())
    }
}

/// What follows `prefix` at the start of `text`. Lookups try every prefix on a name
/// that mostly starts with none of them: comparing the first bytes before the rest spares
/// a call to compare memory for each (most of what answering "is this a unit?" cost).
fn after_prefix<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    match (text.as_bytes().first(), prefix.as_bytes().first()) {
        (Some(a), Some(b)) if a != b => None,
        _ => text.strip_prefix(prefix),
    }
}

/// A prefix symbol and a unit's symbol (or a short alias) as written: `km`, `MiB`.
fn prefixed_symbol<'s>(exact: &FastMap<String, usize>, name: &str, info: &dyn Fn(usize) -> (&'s str, bool, bool)) -> Option<UnitRef> {
    for (pi, p) in PREFIXES.iter().enumerate() {
        for sym in p.symbols {
            if let Some(rest) = after_prefix(name, sym) {
                if let Some(&i) = exact.get(rest) {
                    let (symbol, si, binary) = info(i);
                    let allowed = match p.kind {
                        PrefixKind::Si => si,
                        PrefixKind::Binary => binary,
                    };
                    let symbol_like = rest == symbol || (rest.chars().count() <= 3 && !rest.contains(' '));
                    if symbol_like && allowed {
                        return Some(UnitRef { unit: i, prefix: Some(pi) });
                    }
                }
            }
        }
    }
    None
}

/// The maps that find a unit of some records by name, made before any definition is
/// evaluated: the first step of building the table, and all it takes to know which names
/// the units of some files have taken (the currencies of the rates layer take no other).
/// It indexes the records' units read since it last did: indexing the data files, then
/// the layers read after them, makes the same maps as indexing all at once, so the names
/// the rates layer needed are not indexed a second time for the table.
#[derive(Default)]
pub(crate) struct NameIndex {
    exact: FastMap<String, usize>,
    folded: FastMap<String, usize>,
    ids: FastMap<String, usize>,
    /// How many of the records' units are indexed.
    indexed: usize,
}

impl NameIndex {
    /// Indexes the symbols, names, aliases and ids of the units read since the last call
    /// (all of them, the first time); refuses a name or an id given to two units (file and
    /// line in the message), and then an id that is another unit's name.
    pub(crate) fn extend(&mut self, records: &Records) -> Result<(), String> {
        let NameIndex { exact, folded, ids, indexed } = self;
        let new = &records.units[*indexed..];
        // Room for the new names at once, rather than a rehash at each doubling: each unit
        // has a symbol, two names and its aliases (fewer keys where they repeat).
        let names: usize = new.iter().map(|u| 3 + u.aliases.len()).sum();
        exact.reserve(names);
        folded.reserve(names - new.len());
        ids.reserve(new.len());
        for (i, u) in new.iter().enumerate().map(|(k, u)| (*indexed + k, u)) {
            if let Some(j) = ids.insert(u.id.clone(), i) {
                return Err(format!("{}:{}: id '{}' is also used at line {}", u.file, u.line, u.id, records.units[j].line));
            }
            // Most names are new: made a key at once, each is hashed once.
            let claim = |map: &mut FastMap<String, usize>, key: &str| -> Result<(), String> {
                match map.entry(key.to_string()) {
                    Slot::Occupied(found) if *found.get() != i => {
                        let other: &UnitRecord = &records.units[*found.get()];
                        Err(format!(
                            "{}:{}: '{}' names both '{}' and '{}' ({}:{}); mark one of them shared with '~'",
                            u.file, u.line, key, u.id, other.id, other.file, other.line
                        ))
                    }
                    Slot::Occupied(_) => Ok(()),
                    Slot::Vacant(slot) => {
                        slot.insert(i);
                        Ok(())
                    }
                }
            };
            claim(exact, &u.symbol)?;
            for name in std::iter::once(&u.singular).chain(std::iter::once(&u.plural)).chain(u.aliases.iter()) {
                claim(exact, name)?;
            }
            for name in std::iter::once(&u.singular).chain(std::iter::once(&u.plural)).chain(u.aliases.iter()) {
                // Case-folded names may collide harmlessly (`Gy` vs `gy`): first one wins
                // unless it is an exact name of another unit.
                folded.entry(crate::case::folded(name).into_owned()).or_insert(i);
            }
        }
        *indexed = records.units.len();

        // Callers may pass a unit's id where a name goes; names are looked up first, so an
        // id must not be another unit's name (the galileo's id `gal` read as the gallon).
        // Every unit's, not only the new ones': a new name may be an older unit's id.
        for (i, u) in records.units.iter().enumerate() {
            let other = exact.get(&u.id).or_else(|| folded.get(crate::case::folded(&u.id).as_ref()));
            if let Some(&j) = other {
                if j != i {
                    let o = &records.units[j];
                    return Err(format!(
                        "{}:{}: id '{}' is also a name of '{}' ({}:{}); pick another id",
                        u.file, u.line, u.id, o.id, o.file, o.line
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether the table built from these records would find `name`
    /// ([`UnitTable::lookup`]: a name, a prefixed name, an id or a prefixed id).
    pub(crate) fn finds(&self, records: &Records, name: &str) -> bool {
        let info = |i: usize| {
            let u = &records.units[i];
            (u.symbol.as_str(), u.si_prefixes, u.binary_prefixes)
        };
        lookup_in(&self.exact, &self.folded, name, info).is_some() || lookup_id_in(&self.ids, name, info).is_some()
    }
}

/// An id, or a prefix name before the id of a unit that takes that kind of prefix.
fn lookup_id_in<'s, K: std::borrow::Borrow<str> + std::hash::Hash + Eq>(
    ids: &FastMap<K, usize>,
    id: &str,
    info: impl Fn(usize) -> (&'s str, bool, bool),
) -> Option<UnitRef> {
    if let Some(&i) = ids.get(id) {
        return Some(UnitRef { unit: i, prefix: None });
    }
    for (pi, p) in PREFIXES.iter().enumerate() {
        if let Some(rest) = after_prefix(id, p.name) {
            if let Some(&i) = ids.get(rest) {
                let (_, si, binary) = info(i);
                let allowed = match p.kind {
                    PrefixKind::Si => si,
                    PrefixKind::Binary => binary,
                };
                if allowed {
                    return Some(UnitRef { unit: i, prefix: Some(pi) });
                }
            }
        }
    }
    None
}

/// Words that may contain prefixes: a unit's symbol takes symbol prefixes, its long names
/// take name prefixes.
fn lookup_in<'s>(
    exact: &FastMap<String, usize>,
    folded: &FastMap<String, usize>,
    name: &str,
    info: impl Fn(usize) -> (&'s str, bool, bool),
) -> Option<UnitRef> {
    if let Some(&i) = exact.get(name) {
        return Some(UnitRef { unit: i, prefix: None });
    }
    let allows = |i: usize, kind: PrefixKind| {
        let (_, si, binary) = info(i);
        match kind {
            PrefixKind::Si => si,
            PrefixKind::Binary => binary,
        }
    };
    if let Some(r) = prefixed_symbol(exact, name, &info) {
        return Some(r);
    }
    let lower = crate::case::folded(name);
    // In a symbol with a power (`Mm2`) case tells prefixes apart: when what stands before
    // the power is a prefixed symbol as written (`Mm`, the megameter), the power reads it
    // ((Mm)²), never the alias `mm2`, 10^18 times smaller. `KM2` or `M2` still find km²
    // and m² here: `KM` is no symbol, `M` is one without a prefix.
    let base = name.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '²' | '³'));
    let prefixed_base = base.len() < name.len()
        && !base.is_empty()
        && exact.get(base).is_none()
        && prefixed_symbol(exact, base, &info).is_some();
    if let Some(&i) = folded.get(lower.as_ref()).filter(|_| !prefixed_base) {
        return Some(UnitRef { unit: i, prefix: None });
    }
    for (pi, p) in PREFIXES.iter().enumerate() {
        let variants = name_variants(p);
        let names: &[&str] = if variants.is_empty() { std::slice::from_ref(&p.name) } else { variants };
        for pname in names {
            if let Some(rest) = after_prefix(&lower, pname) {
                if rest.chars().count() > 3 {
                    if let Some(&i) = folded.get(rest) {
                        if allows(i, p.kind) {
                            return Some(UnitRef { unit: i, prefix: Some(pi) });
                        }
                    }
                }
            }
        }
    }
    None
}

#[derive(Clone, Debug)]
enum State {
    Todo,
    Busy,
    Done(Number, Option<Number>, Dimension),
}

/// Resolves definitions in any order, detecting cycles.
struct Builder<'a> {
    records: &'a Records,
    exact: &'a FastMap<String, usize>,
    folded: &'a FastMap<String, usize>,
    state: RefCell<Vec<State>>,
    /// The error of a definition that failed while another one was being evaluated.
    failure: RefCell<Option<String>>,
}

impl<'a> Builder<'a> {
    fn resolve_index(&self, i: usize) -> Result<(Number, Option<Number>, Dimension), String> {
        let current = self.state.borrow()[i].clone();
        match current {
            State::Done(f, o, d) => return Ok((f, o, d)),
            State::Busy => {
                let r = &self.records.units[i];
                return Err(format!("{}:{}: definition of '{}' refers to itself", r.file, r.line, r.id));
            }
            State::Todo => {}
        }
        self.state.borrow_mut()[i] = State::Busy;
        let r = &self.records.units[i];
        let at = |e: String| format!("{}:{}: '{}': {}", r.file, r.line, r.id, e);
        let result = if let Some(dim_name) = r.definition.strip_prefix("base ") {
            let dim = Dimension::base(dim_name.trim()).ok_or_else(|| at(format!("unknown base dimension '{}'", dim_name)))?;
            (Number::ONE, None, dim)
        } else {
            let (linear, offset) = match r.definition.split_once('@') {
                Some((l, o)) => (l.trim(), Some(o.trim())),
                None => (r.definition.as_str(), None),
            };
            let (factor, dim) = self.evaluate_definition(linear).map_err(at)?;
            let offset = match offset {
                Some(text) => {
                    let (o, d) = self.evaluate_definition(text).map_err(at)?;
                    if !d.is_none() {
                        return Err(at("the offset after '@' must be a plain number".to_string()));
                    }
                    Some(o)
                }
                None => None,
            };
            (factor, offset, dim)
        };
        self.state.borrow_mut()[i] = State::Done(result.0, result.1, result.2);
        Ok(result)
    }

    fn evaluate_definition(&self, text: &str) -> Result<(Number, Dimension), String> {
        let toks = tokenize(text).map_err(|e| e.message)?;
        let expr = Parser::new(&toks, text.chars().count()).parse_all().map_err(|e| e.message)?;
        let value = eval(&expr, self).map_err(|e| self.failure.borrow_mut().take().unwrap_or(e.message))?;
        Ok((value.num, value.dim))
    }
}

impl<'a> Resolver for Builder<'a> {
    fn resolve(&self, name: &str, _pos: usize) -> Result<UnitSpec, UnitError> {
        let found = lookup_in(self.exact, self.folded, name, |i| {
            let r = &self.records.units[i];
            (r.symbol.as_str(), r.si_prefixes, r.binary_prefixes)
        })
        .ok_or_else(|| UnitError::unknown_unit(name, None, Vec::new()))?;
        let (factor, offset, dim) = self.resolve_index(found.unit).map_err(|message| {
            // The definition's own error (file and line) is the one to report.
            *self.failure.borrow_mut() = Some(message);
            UnitError::plain(LookupError::UnknownUnit { name: name.to_string() })
        })?;
        let factor = match found.prefix {
            Some(p) => PREFIXES[p].factor().mul(factor),
            None => factor,
        };
        let offset = if found.prefix.is_some() { None } else { offset };
        Ok(UnitSpec { factor, dim, offset, reciprocal: false })
    }
}
