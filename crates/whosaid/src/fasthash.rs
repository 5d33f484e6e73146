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
            self.add(tail_word(rest));
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

/// The last 1 to 7 bytes of a key as a little-endian word padded with zeros, from two
/// overlapping loads (four bytes at both ends, or three single bytes): no loop over the
/// bytes and no variable-length copy (a `memcpy` call). Overlapping bytes are ORed
/// with themselves, so the word is the one a byte-by-byte assembly gives.
#[inline]
pub(crate) fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let at = |k: usize| u64::from(rest.get(k).copied().unwrap_or(0));
    let word4 = |k: usize| u64::from(u32::from_le_bytes(rest.get(k..k + 4).and_then(|w| w.try_into().ok()).unwrap_or_default()));
    if n >= 4 {
        word4(0) | (word4(n - 4) << (8 * (n - 4)))
    } else if n > 0 {
        at(0) | (at(n / 2) << (8 * (n / 2))) | (at(n - 1) << (8 * (n - 1)))
    } else {
        0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The (first byte, last byte, length) shapes of a word table's keys, a bit each among
/// 16,384 (shapes may share a bit), and their (second byte, second-to-last byte, length)
/// shapes, another 16,384 bits: a word whose bit is clear in either is no key, found
/// without hashing it. Most words looked up in a lexicon are in none ("the", "of", "and");
/// the outer bytes alone let a quarter of a text's words through to the cue table ("and"
/// has the shape of "add", "that" of "tout"), the inner bytes turn away most of those.
#[derive(Debug, Clone)]
pub struct Shapes {
    outer: [u64; 256],
    inner: [u64; 256],
}

impl Shapes {
    /// The bit of bytes `x` and `y` and length `n`.
    #[inline]
    fn bit(x: u8, y: u8, n: usize) -> usize {
        usize::from(x & 31) | (usize::from(y & 31) << 5) | ((n & 15) << 10)
    }

    /// The first and last bytes' bit (an empty word's bytes read as 0).
    #[inline]
    fn outer_bit(b: &[u8]) -> usize {
        Shapes::bit(b.first().copied().unwrap_or(0), b.last().copied().unwrap_or(0), b.len())
    }

    /// The second and second-to-last bytes' bit (a word of one byte or none reads 0 for both).
    #[inline]
    fn inner_bit(b: &[u8]) -> usize {
        match b {
            [_, second, ..] => Shapes::bit(*second, b[b.len() - 2], b.len()),
            _ => Shapes::bit(0, 0, b.len()),
        }
    }

    /// The shapes of `words`.
    pub fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let (mut outer, mut inner) = ([0u64; 256], [0u64; 256]);
        for w in words {
            let (o, i) = (Shapes::outer_bit(w.as_bytes()), Shapes::inner_bit(w.as_bytes()));
            outer[o >> 6] |= 1 << (o & 63);
            inner[i >> 6] |= 1 << (i & 63);
        }
        Shapes { outer, inner }
    }

    /// False when no word of the table has the shape of `w`.
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let o = Shapes::outer_bit(b);
        // (the inner bytes are read only for a word whose outer shape a key has)
        self.outer[o >> 6] & (1 << (o & 63)) != 0 && {
            let i = Shapes::inner_bit(b);
            self.inner[i >> 6] & (1 << (i & 63)) != 0
        }
    }
}

/// A [`FastMap`] from words with the [`Shapes`] of its keys: `get` and `contains_key`
/// turn most absent words away before hashing; everything else reads the map itself.
#[derive(Debug)]
pub struct WordMap<V> {
    map: FastMap<&'static str, V>,
    shapes: Shapes,
}

impl<V> WordMap<V> {
    /// The table of `map` (its keys no longer change).
    pub fn new(map: FastMap<&'static str, V>) -> Self {
        let shapes = Shapes::of(map.keys().copied());
        WordMap { map, shapes }
    }
    /// The value of word `w`.
    #[inline]
    pub fn get(&self, w: &str) -> Option<&V> {
        if !self.shapes.may_hold(w) {
            return None;
        }
        self.map.get(w)
    }
    /// True when `w` is a key.
    #[inline]
    pub fn contains_key(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

impl<V> std::ops::Deref for WordMap<V> {
    type Target = FastMap<&'static str, V>;
    fn deref(&self) -> &Self::Target {
        &self.map
    }
}

/// A [`FastSet`] of words with their [`Shapes`]: `contains` turns most absent words away
/// before hashing; everything else reads the set itself.
#[derive(Debug)]
pub struct WordTable {
    set: FastSet<&'static str>,
    shapes: Shapes,
}

impl WordTable {
    /// The table of `set` (its words no longer change).
    pub fn new(set: FastSet<&'static str>) -> Self {
        let shapes = Shapes::of(set.iter().copied());
        WordTable { set, shapes }
    }
    /// True when `w` is one of the words.
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.shapes.may_hold(w) && self.set.contains(w)
    }
}

impl std::ops::Deref for WordTable {
    type Target = FastSet<&'static str>;
    fn deref(&self) -> &Self::Target {
        &self.set
    }
}

impl FromIterator<&'static str> for WordTable {
    fn from_iter<I: IntoIterator<Item = &'static str>>(it: I) -> Self {
        WordTable::new(it.into_iter().collect())
    }
}

/// A word list written in the code, looked up through a [`FastSet`] built on first use:
/// one hash probe instead of a comparison with every word of the list (the lists of
/// clause words, determiners and the like are tested for most tokens of an article).
///
/// Most words looked up are in no list: the list's [`Shapes`] turn most of them away
/// before they are hashed.
#[derive(Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<WordTable>,
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
    fn tail_words_are_the_bytes_in_order() {
        let bytes: Vec<u8> = (1..=7).map(|b| b * 0x21).collect();
        for n in 0..=7 {
            let rest = &bytes[..n];
            let plain = rest.iter().enumerate().fold(0u64, |w, (k, &b)| w | (u64::from(b) << (8 * k)));
            assert_eq!(tail_word(rest), plain, "{n} bytes");
        }
    }

    #[test]
    fn word_tables_find_what_they_hold() {
        let words = ["said", "told", "a", "", "é", "abcdefghijklmnop", "Said"];
        let t: WordTable = words.iter().copied().collect();
        let mut m: FastMap<&'static str, usize> = FastMap::default();
        for (i, w) in words.iter().enumerate() {
            m.insert(w, i);
        }
        let m = WordMap::new(m);
        for (i, w) in words.iter().enumerate() {
            assert!(t.contains(w) && m.contains_key(w) && m.get(w) == Some(&i), "{w}");
        }
        for w in ["the", "of", "sai", "saidd", "tolD", "b", "è", "abcdefghijklmnoq"] {
            assert!(!t.contains(w) && !m.contains_key(w) && m.get(w).is_none(), "{w}");
        }
        assert_eq!(t.len(), words.len());
    }

    #[test]
    fn shapes_hold_every_key_and_turn_away_inner_misses() {
        let keys = ["", "a", "ab", "abc", "add", "said", "tout", "é", "ñu", "abcdefghijklmnopq"];
        let s = Shapes::of(keys.iter().copied());
        for w in keys {
            assert!(s.may_hold(w), "{w:?}");
        }
        // the outer shape of a key, other inner bytes
        for w in ["and", "acc", "sand", "tart"] {
            assert!(!s.may_hold(w), "{w:?}");
        }
    }

    #[test]
    fn word_sets_hold_their_words_only() {
        static W: WordSet = WordSet::new(&["the", "u.s.", "a"]);
        assert!(W.contains("the") && W.contains("u.s.") && W.contains("a"));
        assert!(!W.contains("The") && !W.contains("") && !W.contains("an"));
    }
}
