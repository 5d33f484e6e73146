//! A small, fast, non-cryptographic hasher for the lexicon tables (the
//! multiply-rotate scheme of rustc's FxHash). Lexicon keys are fixed data, so
//! hash flooding is not a concern; std's SipHash showed up in profiles.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Word-at-a-time multiply-rotate hasher.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

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
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // the tail as a little-endian word padded with zeros, assembled byte by byte
            // (a copy of a variable length into a buffer is a `memcpy` call)
            let mut w = 0u64;
            for (k, &b) in rest.iter().enumerate() {
                w |= u64::from(b) << (8 * k);
            }
            self.add(w);
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
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

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// A word list written in the code, looked up through a [`FastSet`] built on first use:
/// one hash probe instead of a comparison with every word of the list (the lists of
/// clause words, determiners and the like are tested for most tokens of an article).
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FastSet<&'static str>>,
}

impl WordSet {
    /// The set of `words` (hashed on the first lookup).
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSet { words, set: OnceLock::new() }
    }

    /// True when `w` is one of the words, exactly (case included).
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.set.get_or_init(|| self.words.iter().copied().collect()).contains(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_they_hold() {
        let mut m: FastMap<&str, u32> = FastMap::default();
        for (i, w) in ["said", "told", "a", "abcdefghijklmnop"].iter().enumerate() {
            m.insert(w, i as u32);
        }
        assert_eq!(m.get("told"), Some(&1));
        assert_eq!(m.get("abcdefghijklmnop"), Some(&3));
        assert_eq!(m.get("tolD"), None);
    }

    #[test]
    fn word_sets_hold_their_words_only() {
        static W: WordSet = WordSet::new(&["the", "u.s.", "a"]);
        assert!(W.contains("the") && W.contains("u.s.") && W.contains("a"));
        assert!(!W.contains("The") && !W.contains("") && !W.contains("an"));
    }
}
