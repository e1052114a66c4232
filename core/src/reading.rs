//! One way of reading the names of a phrase: the table's everyday meanings, with some
//! names read otherwise: the plain customary names under the UK setting (`gallon` as the
//! imperial gallon), or a name given another of its listed meanings (`F` as degree
//! Fahrenheit). A `Reading` is the evaluator's [`Resolver`] for one phrase.

use crate::error::UnitError;
use crate::eval::{Resolver, UnitSpec};
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
}

impl<'t> Reading<'t> {
    /// Every name with its everyday meaning, customary names in `system`.
    pub fn new(table: &'t UnitTable, customary: Customary) -> Reading<'t> {
        Reading { table, customary, overrides: Vec::new() }
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
        self.lookup(name).map(|r| self.table.spelled_out(r))
    }
}
