//! One way of reading the names of a phrase: the table's everyday meanings, with some
//! names read otherwise: the plain customary names under the UK setting (`gallon` as the
//! imperial gallon), or a name given another of its listed meanings (`F` as degree
//! Fahrenheit). With a language, its names are read too (`Fuß`), before the English ones
//! (which every other word still finds), and the echo uses them. A `Reading` is the evaluator's [`Resolver`] for one
//! phrase.

use crate::error::UnitError;
use crate::eval::{Resolver, UnitSpec};
use crate::language::Language;
use crate::table::{Customary, UnitRef, UnitTable};

/// The table's meanings with some names read otherwise.
#[derive(Clone)]
pub struct Reading<'t> {
    /// The unit table.
    pub table: &'t UnitTable,
    /// Which units the plain customary names mean.
    pub customary: Customary,
    /// Names read otherwise than in the table, as typed.
    overrides: Vec<(String, UnitRef)>,
    /// The person's language, whose names are read after the English ones.
    pub language: Option<&'t Language>,
}

impl<'t> Reading<'t> {
    /// Every name with its everyday meaning, customary names in `system`.
    pub fn new(table: &'t UnitTable, customary: Customary) -> Reading<'t> {
        Reading { table, customary, overrides: Vec::new(), language: None }
    }

    /// The same reading, also reading the names of `language`.
    pub fn in_language(mut self, language: Option<&'t Language>) -> Reading<'t> {
        self.language = language;
        self
    }

    /// The same reading, with `name` meaning `unit` wherever it stands.
    pub fn with(&self, name: &str, unit: UnitRef) -> Reading<'t> {
        let mut r = self.clone();
        r.overrides.retain(|(n, _)| n != name);
        r.overrides.push((name.to_string(), unit));
        r
    }

    /// The names read otherwise than in the table, and how.
    pub fn overrides(&self) -> &[(String, UnitRef)] {
        &self.overrides
    }

    /// What `name` means in this reading.
    pub fn lookup(&self, name: &str) -> Option<UnitRef> {
        if let Some((_, unit)) = self.overrides.iter().find(|(n, _)| n == name) {
            return Some(*unit);
        }
        // The person's words mean what they mean in their language, even where an English
        // name or a historical symbol is spelt alike (`Meile` is the German mile's symbol,
        // `pouce` the French royal inch): those stay reachable by their ids.
        match self.language_name(name) {
            Some(english) => self.lookup_english(english),
            None => self.lookup_english(name),
        }
    }

    /// The English name or id that a name of the reading's language stands for
    /// (`Meilen` → `mile`).
    pub fn language_name(&self, name: &str) -> Option<&'t str> {
        self.language.and_then(|l| l.find(name))
    }

    /// The unit `name` means in this reading where that is not what the table gives for
    /// it (or, for a name of the reading's language, for the English name it stands for):
    /// `gallon` read as the imperial gallon, a name the person chose another meaning for.
    pub fn read_otherwise(&self, name: &str) -> Option<UnitRef> {
        let unit = self.lookup(name)?;
        let plain = self.language_name(name).unwrap_or(name);
        (self.table.lookup(plain) != Some(unit)).then_some(unit)
    }

    /// What `name` means as an English name, symbol or id.
    fn lookup_english(&self, name: &str) -> Option<UnitRef> {
        if self.customary != Customary::Us {
            if let Some(unit) = self.table.customary(name, self.customary) {
                return Some(unit);
            }
        }
        self.table.lookup(name)
    }
}

impl<'t> Resolver for Reading<'t> {
    fn resolve(&self, name: &str, pos: usize) -> Result<UnitSpec, UnitError> {
        match self.lookup(name) {
            Some(r) => Ok(self.table.resolve_ref(r)),
            None => Err(UnitError::unknown_unit(name, Some(pos), crate::search::suggestions(self.table, name))),
        }
    }

    fn spelled_out(&self, name: &str) -> Option<String> {
        self.lookup(name).map(|r| self.table.spelled_out_in(r, self.language))
    }

    fn spelled_out_after(&self, name: &str, count: Option<f64>) -> Option<String> {
        let unit = self.lookup(name)?;
        match self.language {
            Some(l) if l.takes_plural(count) => match l.names_of(&self.table.entry_id(unit)) {
                Some((_, plural)) => Some(plural.to_string()),
                None => Some(self.table.spelled_out(unit)),
            },
            _ => Some(self.table.spelled_out_in(unit, self.language)),
        }
    }
}
