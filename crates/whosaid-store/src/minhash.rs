//! MinHash signatures over word 5-shingles and LSH banding, for near-duplicate stories.
//!
//! [`Signature::of`] turns a body into [`HASHES`] minima; [`Clusterer`] bands
//! signatures ([`BANDS`] bands of [`ROWS`] rows), checks each candidate pair's
//! estimated similarity, and joins similar stories with a union-find.

use std::collections::HashMap;

/// Hash functions per signature.
pub const HASHES: usize = 64;
/// Rows per LSH band.
pub const ROWS: usize = 3;
/// LSH bands (`BANDS * ROWS <= HASHES`).
pub const BANDS: usize = HASHES / ROWS;
/// Words per shingle.
pub const SHINGLE: usize = 5;
/// Bodies with fewer distinct shingles get no signature (too short to judge).
pub const MIN_SHINGLES: usize = 8;

/// A body's MinHash signature and its number of distinct shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The minima, one per hash function.
    pub mins: [u32; HASHES],
    /// Distinct shingles in the body.
    pub shingles: u32,
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn word_hash(w: &str) -> u64 {
    if w.is_ascii() && w.len() <= 64 {
        let mut buf = [0u8; 64];
        let b = &mut buf[..w.len()];
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        xxhash_rust::xxh3::xxh3_64(b)
    } else {
        xxhash_rust::xxh3::xxh3_64(w.to_lowercase().as_bytes())
    }
}

/// The hashes of the words of `text`: its runs of alphanumeric characters, in order.
///
/// The same words as `text.split(|c: char| !c.is_alphanumeric())` without the
/// empty ones, scanned a byte at a time where the text is ASCII.
fn word_hashes(text: &str) -> Vec<u64> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5);
    let mut start = None;
    let mut i = 0;
    while i < b.len() {
        let (alnum, len) = if b[i] < 0x80 {
            (b[i].is_ascii_alphanumeric(), 1)
        } else {
            match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                None => (false, 1),
            }
        };
        match (alnum, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(word_hash(text.get(s..i).unwrap_or("")));
                start = None;
            }
            _ => {}
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(word_hash(text.get(s..).unwrap_or("")));
    }
    out
}

/// The distinct word-shingle hashes of a text (lowercase letters and digits), sorted.
pub fn shingles(text: &str) -> Vec<u64> {
    let words = word_hashes(text);
    let mut out: Vec<u64> = if words.len() < SHINGLE {
        if words.is_empty() {
            Vec::new()
        } else {
            vec![words.iter().fold(0u64, |h, w| mix(h ^ w))]
        }
    } else {
        words
            .windows(SHINGLE)
            .map(|win| win.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, w| mix(h.rotate_left(17) ^ w)))
            .collect()
    };
    out.sort_unstable();
    out.dedup();
    out
}

impl Signature {
    /// The signature of a body; `None` when it has fewer than [`MIN_SHINGLES`] shingles.
    pub fn of(body: &str) -> (Option<Signature>, u32) {
        let set = shingles(body);
        let n = set.len() as u32;
        if set.len() < MIN_SHINGLES {
            return (None, n);
        }
        let mut mins = [u32::MAX; HASHES];
        // Hash function i is the multiply-shift h_i(s) = (a_i * s + b_i) >> 32 with odd a_i.
        for s in set {
            for ((m, a), b) in mins.iter_mut().zip(&SEEDS).zip(&SEEDS_B) {
                let h = ((a | 1).wrapping_mul(s).wrapping_add(*b) >> 32) as u32;
                *m = (*m).min(h);
            }
        }
        (Some(Signature { mins, shingles: n }), n)
    }

    /// The signature as bytes for storage (little-endian u32s).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.mins.iter().flat_map(|m| m.to_le_bytes()).collect()
    }

    /// A signature read back from [`Signature::to_bytes`]; `None` when the blob has the wrong size.
    pub fn from_bytes(b: &[u8], shingles: u32) -> Option<Signature> {
        if b.len() != HASHES * 4 {
            return None;
        }
        let mut mins = [0u32; HASHES];
        for (m, c) in mins.iter_mut().zip(b.chunks_exact(4)) {
            *m = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
        }
        Some(Signature { mins, shingles })
    }

    /// Estimated Jaccard similarity: the share of agreeing minima.
    pub fn jaccard(&self, o: &Signature) -> f64 {
        self.mins.iter().zip(&o.mins).filter(|(a, b)| a == b).count() as f64 / HASHES as f64
    }

    /// True when two bodies are the same story: Jaccard >= 0.45, or the shorter
    /// one is >= 75% inside the longer (a trimmed reprint) with Jaccard >= 0.25.
    pub fn same_story(&self, o: &Signature) -> bool {
        let j = self.jaccard(o);
        if j >= 0.45 {
            return true;
        }
        if j < 0.25 {
            return false;
        }
        let (a, b) = (self.shingles as f64, o.shingles as f64);
        let inter = j / (1.0 + j) * (a + b);
        inter / a.min(b).max(1.0) >= 0.75
    }

    fn band_key(&self, band: usize) -> u64 {
        let mut h = band as u64;
        for m in &self.mins[band * ROWS..(band + 1) * ROWS] {
            h = mix(h.rotate_left(21) ^ *m as u64);
        }
        h
    }
}

const SEEDS: [u64; HASHES] = seeds(0x2545_f491_4f6c_dd1d);
const SEEDS_B: [u64; HASHES] = seeds(0x1b87_3593_cc9e_2d51);

const fn seeds(start: u64) -> [u64; HASHES] {
    let mut s = [0u64; HASHES];
    let mut x: u64 = start;
    let mut i = 0;
    while i < HASHES {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s[i] = x;
        i += 1;
    }
    s
}

/// Groups signatures into stories with LSH candidates and a union-find.
#[derive(Debug, Default)]
pub struct Clusterer {
    sigs: Vec<Signature>,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new() -> Self {
        Clusterer::default()
    }

    /// Adds a signature; returns its index.
    pub fn push(&mut self, s: Signature) -> usize {
        self.sigs.push(s);
        self.sigs.len() - 1
    }

    /// Number of signatures added.
    pub fn len(&self) -> usize {
        self.sigs.len()
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.sigs.is_empty()
    }

    /// The story of every signature: index of its cluster's smallest member.
    pub fn stories(&self) -> Vec<u32> {
        let n = self.sigs.len();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        for band in 0..BANDS {
            let mut buckets: HashMap<u64, Vec<u32>> = HashMap::with_capacity(n);
            for (i, s) in self.sigs.iter().enumerate() {
                let members = buckets.entry(s.band_key(band)).or_default();
                for &j in members.iter() {
                    let (ri, rj) = (find(&mut parent, i as u32), find(&mut parent, j));
                    if ri == rj {
                        break;
                    }
                    if s.same_story(&self.sigs[j as usize]) {
                        let (lo, hi) = if ri < rj { (ri, rj) } else { (rj, ri) };
                        parent[hi as usize] = lo;
                        break;
                    }
                }
                // Keep buckets small: a few representatives are enough to find a match.
                if members.len() < 4 {
                    members.push(i as u32);
                }
            }
        }
        (0..n as u32).map(|i| find(&mut parent, i)).collect()
    }
}

fn find(parent: &mut [u32], mut i: u32) -> u32 {
    while parent[i as usize] != i {
        let p = parent[i as usize];
        parent[i as usize] = parent[p as usize];
        i = p;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "The council voted on Tuesday to close the old library on Maple Street after a long debate about costs, and the mayor said the building would be sold to pay for repairs at three schools across the north side of town before winter comes.";

    #[test]
    #[allow(clippy::panic)]
    fn identical_and_unrelated() {
        let (a, _) = Signature::of(A);
        let (b, _) = Signature::of(&format!("Promo: read more.\n\n{A}"));
        let (c, _) = Signature::of("Scientists in a remote lab reported that a small bird can remember hundreds of hiding places for seeds through an entire season of snow and cold wind.");
        let (Some(a), Some(b), Some(c)) = (a, b, c) else { panic!("signatures") };
        assert!(a.same_story(&b));
        assert!(!a.same_story(&c));
        let bytes = a.to_bytes();
        assert_eq!(Signature::from_bytes(&bytes, a.shingles), Some(a.clone()));
        let mut cl = Clusterer::new();
        cl.push(a);
        cl.push(c);
        cl.push(b);
        assert_eq!(cl.stories(), vec![0, 1, 0]);
    }

    #[test]
    fn words_split_like_str_split() {
        for t in ["", "  ", "Hello, wörld! 3x-ray  café—naïve", "ends with word", "ÉTÉ été 東京 x", "a\u{300}b c"] {
            let expect: Vec<u64> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(word_hash).collect();
            assert_eq!(word_hashes(t), expect, "{t:?}");
        }
    }

    #[test]
    fn short_bodies_get_no_signature() {
        assert!(Signature::of("Too short.").0.is_none());
        assert!(Signature::of("").0.is_none());
    }
}
