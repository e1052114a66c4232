//! A value made the first time it is asked for, then kept: parts of the table that
//! start-up does not need (the words of languages a person does not use, the folded
//! names that only suggestions read). Std's `OnceLock` is newer than the Rust the
//! WebAssembly build uses (1.63).

use std::sync::{Arc, Mutex};

/// Holds nothing until [`Later::get_or_try`] first succeeds, then that value.
pub struct Later<T>(Mutex<Option<Arc<T>>>);

impl<T> Default for Later<T> {
    fn default() -> Later<T> {
        Later(Mutex::new(None))
    }
}

impl<T> Later<T> {
    /// The value, made with `make` if it is not there yet; a failure is returned and
    /// nothing kept, so the next call tries again. Callers take turns while it is made.
    pub fn get_or_try<E>(&self, make: impl FnOnce() -> Result<T, E>) -> Result<Arc<T>, E> {
        let mut slot = match self.0.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(value) = &*slot {
            return Ok(value.clone());
        }
        let value = Arc::new(make()?);
        *slot = Some(value.clone());
        Ok(value)
    }

    /// The value, made with `make` if it is not there yet.
    pub fn get_or(&self, make: impl FnOnce() -> T) -> Arc<T> {
        match self.get_or_try(|| Ok::<T, std::convert::Infallible>(make())) {
            Ok(value) => value,
            Err(never) => match never {},
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_and_kept_but_a_failure_is_not() {
        let later: Later<u32> = Later::default();
        assert_eq!(later.get_or_try(|| Err::<u32, &str>("broken")), Err("broken"));
        let mut calls = 0;
        assert_eq!(*later.get_or(|| { calls += 1; 7 }), 7);
        assert_eq!(*later.get_or(|| { calls += 1; 8 }), 7);
        assert_eq!(calls, 1);
    }
}
