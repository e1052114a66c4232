//! The unit table as the evaluator's [`Resolver`]: a name that is not found becomes an
//! unknown-unit error with "did you mean" suggestions.

use crate::error::UnitError;
use crate::eval::{Resolver, UnitSpec};
use crate::table::UnitTable;

impl Resolver for UnitTable {
    fn resolve(&self, name: &str, pos: usize) -> Result<UnitSpec, UnitError> {
        match self.lookup(name) {
            Some(r) => Ok(self.resolve_ref(r)),
            None => Err(UnitError::unknown_unit(name, Some(pos), crate::search::suggestions(self, name))),
        }
    }

    fn spelled_out(&self, name: &str) -> Option<String> {
        self.lookup(name).map(|r| UnitTable::spelled_out(self, r))
    }
}
