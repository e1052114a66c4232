//! A small, fast hasher for the name tables and the conversion cache.
//!
//! The keys are unit names (short strings) and nothing here faces untrusted network
//! input, so the default SipHash's resistance to flooding buys nothing and costs most of a
//! lookup. This is the multiply-rotate hash rustc uses internally (FxHash).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash + ?Sized>(key: &T) -> u64 {
        let mut h = BuildHasherDefault::<FxHasher>::default().build_hasher();
        key.hash(&mut h);
        h.finish()
    }

    /// A hash spreads distinct keys over distinct values (a 64-bit hash of a few thousand
    /// keys collides with a chance below 1e-12), else the maps it serves degrade to lists.
    /// Names of one word (up to 8 bytes), of two (a shared first word, the second varying),
    /// with a tail of each length, and the integer keys.
    #[test]
    fn distinct_keys_hash_apart() {
        let mut keys: Vec<String> = (0..3000).map(|i| format!("n{}", i)).collect();
        keys.extend((0..3000).map(|i| format!("kilogram{}", i)));
        keys.extend((0..16).map(|n| "x".repeat(n)));
        let strings: HashSet<u64> = keys.iter().map(|k| hash(k.as_str())).collect();
        assert_eq!(strings.len(), keys.len());
        let bytes: HashSet<u64> = (0..=255u8).map(|b| hash(&b)).collect();
        assert_eq!(bytes.len(), 256);
        let words: HashSet<u64> = (0..3000usize).map(|n| hash(&n)).collect();
        assert_eq!(words.len(), 3000);
    }
}
