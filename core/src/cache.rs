//! Compiled conversions kept by the pair of unit texts that asked for them.

use std::sync::Mutex;

use crate::conversion::Conversion;
use crate::fast_hash::FastMap;

/// Bounded so that a program converting between endless distinct strings cannot grow it
/// without limit; real use has a handful of pairs.
const CACHE_LIMIT: usize = 4096;

/// Conversions by (from, to) text; shared by threads.
#[derive(Default)]
pub struct ConversionCache {
    map: Mutex<FastMap<String, FastMap<String, Conversion>>>,
}

impl ConversionCache {
    /// The conversion compiled earlier for this pair.
    pub fn get(&self, from: &str, to: &str) -> Option<Conversion> {
        let map = self.map.lock().ok()?;
        map.get(from).and_then(|m| m.get(to)).copied()
    }

    /// Keeps a compiled conversion; forgets everything when full.
    pub fn put(&self, from: &str, to: &str, c: Conversion) {
        if let Ok(mut map) = self.map.lock() {
            if map.len() >= CACHE_LIMIT {
                map.clear();
            }
            map.entry(from.to_string()).or_insert_with(FastMap::default).insert(to.to_string(), c);
        }
    }

    /// Forgets every conversion (the definitions they were made from changed).
    pub fn clear(&self) {
        if let Ok(mut map) = self.map.lock() {
            map.clear();
        }
    }
}
