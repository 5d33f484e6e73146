//! MinHash signatures over word 5-shingles and LSH banding, for near-duplicate stories.
//!
//! [`Signature::of`] turns a body into [`HASHES`] minima (one-permutation MinHash); [`Clusterer`] bands
//! signatures ([`BANDS`] bands of [`ROWS`] rows), checks each candidate pair's
//! estimated similarity, and joins similar stories with a union-find.

use std::collections::HashMap;

/// Bins per signature, one minimum each.
pub const HASHES: usize = 64;
// A shingle hash picks its bin with its top six bits.
const _: () = assert!(HASHES == 64);
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
    /// The minima, one per bin.
    pub mins: [u32; HASHES],
    /// Distinct shingles in the body.
    pub shingles: u32,
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A word's hash, the same for any mix of upper and lower case.
fn word_hash(w: &str) -> u64 {
    if w.is_ascii() {
        ascii_word_hash(w.as_bytes())
    } else {
        xxhash_rust::xxh3::xxh3_64(w.to_lowercase().as_bytes())
    }
}

/// [`word_hash`] of an ASCII word of letters and digits, read eight bytes at a
/// time with bit 0x20 set in every byte: that lower-cases letters and leaves digits as they are.
fn ascii_word_hash(w: &[u8]) -> u64 {
    let mut h = (w.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]) | 0x2020_2020_2020_2020;
        h = (h.rotate_left(23) ^ x).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // the zero-padded little-endian word, built byte by byte (a copy of a variable
        // length into a buffer is a `memcpy` call, for nearly every word)
        let b = rest.iter().rev().fold(0u64, |x, &c| (x << 8) | u64::from(c));
        let x = b | (0x2020_2020_2020_2020 >> (64 - 8 * rest.len()));
        h = (h.rotate_left(23) ^ x).wrapping_mul(0xff51_afd7_ed55_8ccd);
    }
    mix(h)
}

/// The alphanumeric character starting at byte `i` of `text` and its length, or `None` for any other character.
fn alnum_at(text: &str, i: usize) -> (bool, usize) {
    match text.get(i..).and_then(|t| t.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    }
}

/// The hashes of the words of `text`: its runs of alphanumeric characters, in order.
///
/// The same words as `text.split(|c: char| !c.is_alphanumeric())` without the
/// empty ones, scanned a byte at a time where the text is ASCII.
fn word_hashes(text: &str) -> Vec<u64> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 5);
    let mut i = 0;
    while i < b.len() {
        // Skip to the next word.
        match CLASS[b[i] as usize] {
            SEPARATOR => {
                i += 1;
                continue;
            }
            ALNUM => {}
            _ => {
                let (alnum, len) = alnum_at(text, i);
                if !alnum {
                    i += len;
                    continue;
                }
            }
        }
        let start = i;
        let mut ascii = true;
        loop {
            let rest = b.get(i..).unwrap_or_default();
            i += rest.iter().position(|&c| CLASS[usize::from(c)] != ALNUM).unwrap_or(rest.len());
            if b.get(i).is_none_or(|&c| CLASS[usize::from(c)] == SEPARATOR) {
                break;
            }
            let (alnum, len) = alnum_at(text, i);
            if !alnum {
                break;
            }
            ascii = false;
            i += len;
        }
        out.push(if ascii {
            ascii_word_hash(&b[start..i])
        } else {
            word_hash(text.get(start..i).unwrap_or(""))
        });
    }
    out
}

const SEPARATOR: u8 = 0;
const ALNUM: u8 = 1;
const NON_ASCII: u8 = 2;

/// The class of each byte: an ASCII letter or digit, another ASCII byte, or part of a longer character.
const CLASS: [u8; 256] = {
    let mut t = [SEPARATOR; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            NON_ASCII
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            SEPARATOR
        };
        i += 1;
    }
    t
};

/// The hash of every word 5-shingle of a text (lowercase letters and digits), in order, repeats kept.
///
/// A shingle's hash mixes its five word hashes, each rotated by its position, so
/// word order counts; a text of fewer than five words is one shingle.
pub fn shingles(text: &str) -> Vec<u64> {
    let words = word_hashes(text);
    if words.len() < SHINGLE {
        if words.is_empty() {
            return Vec::new();
        }
        return vec![words.iter().fold(0u64, |h, w| mix(h ^ w))];
    }
    words
        .windows(SHINGLE)
        .map(|w| mix(w[0] ^ w[1].rotate_left(13) ^ w[2].rotate_left(26) ^ w[3].rotate_left(39) ^ w[4].rotate_left(52)))
        .collect()
}

/// How many distinct values `hashes` holds (an open-addressing set in a reused buffer: no sort).
fn distinct(hashes: &[u64]) -> usize {
    thread_local! {
        static SLOTS: std::cell::RefCell<Vec<u64>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let cap = (hashes.len() * 2).next_power_of_two().max(16);
    let mask = cap - 1;
    SLOTS.with_borrow_mut(|slots| {
        slots.clear();
        slots.resize(cap, 0);
        // 0 marks an empty slot; a zero hash is counted apart.
        let mut n = 0;
        let mut zero = false;
        for &h in hashes {
            if h == 0 {
                zero = true;
                continue;
            }
            let mut i = (h >> 7) as usize & mask;
            loop {
                match slots[i] {
                    0 => {
                        slots[i] = h;
                        n += 1;
                        break;
                    }
                    x if x == h => break,
                    _ => i = (i + 1) & mask,
                }
            }
        }
        n + usize::from(zero)
    })
}

impl Signature {
    /// The signature of a body; `None` when it has fewer than [`MIN_SHINGLES`] distinct shingles.
    ///
    /// One-permutation MinHash: the top six bits of a shingle's hash pick one of the
    /// [`HASHES`] bins and the bin keeps the smallest low 32 bits it sees, so each
    /// shingle costs one comparison instead of one hash per bin. An empty bin
    /// (short bodies) borrows the value of the first filled bin along a probe
    /// sequence fixed by its index, the same in every signature (Shrivastava's
    /// optimal densification), so bins of two similar bodies still agree as often as their
    /// shingle sets overlap.
    pub fn of(body: &str) -> (Option<Signature>, u32) {
        let all = shingles(body);
        let n = distinct(&all) as u32;
        if (n as usize) < MIN_SHINGLES {
            return (None, n);
        }
        let mut mins = [u32::MAX; HASHES];
        let mut filled = 0u64;
        for s in all {
            let bin = (s >> 58) as usize;
            mins[bin] = mins[bin].min(s as u32);
            filled |= 1 << bin;
        }
        let have = mins;
        for (i, m) in mins.iter_mut().enumerate() {
            if filled & (1 << i) != 0 {
                continue;
            }
            // Probe bins in an order fixed by (i, attempt) until a filled one; `filled` is
            // not empty (at least MIN_SHINGLES shingles), and after 4,096 tries the first
            // filled bin after i is taken, so this always ends.
            let mut from = None;
            for attempt in 0..4096u64 {
                let j = (mix(((i as u64) << 32) | attempt) >> 58) as usize;
                if filled & (1 << j) != 0 {
                    from = Some(j);
                    break;
                }
            }
            let j = from.unwrap_or_else(|| (filled.rotate_right(i as u32).trailing_zeros() as usize + i) % HASHES);
            *m = have[j];
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

    /// The LSH key of band `band` (of [`BANDS`]): signatures that share one are candidates
    /// of one story ([`Clusterer::stories`]); a signature whose keys no other shares is a story alone.
    pub fn band_key(&self, band: usize) -> u64 {
        let mut h = band as u64;
        let rows = band.saturating_mul(ROWS)..band.saturating_add(1).saturating_mul(ROWS);
        for m in self.mins.get(rows).unwrap_or(&[]) {
            h = mix(h.rotate_left(21) ^ *m as u64);
        }
        h
    }
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
    fn ascii_word_hashes_read_the_tail_as_a_zero_padded_word() {
        // the hashes are stored (MinHash signatures): the tail's word must stay the same
        let padded = |w: &[u8]| {
            let mut h = (w.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
            for c in w.chunks(8) {
                let mut b = [0u8; 8];
                b[..c.len()].copy_from_slice(c);
                let x = u64::from_le_bytes(b) | (0x2020_2020_2020_2020 >> (64 - 8 * c.len()));
                h = (h.rotate_left(23) ^ x).wrapping_mul(0xff51_afd7_ed55_8ccd);
            }
            mix(h)
        };
        let word = b"Abcdefghijklmnopq0123";
        for n in 1..=word.len() {
            assert_eq!(ascii_word_hash(&word[..n]), padded(&word[..n]), "{n} bytes");
        }
    }

    #[test]
    fn word_hashes_ignore_case_only() {
        assert_eq!(word_hash("Senator"), word_hash("sENATOR"));
        assert_eq!(word_hash("ÉTÉ"), word_hash("été"));
        assert_eq!(word_hash("COVID19"), word_hash("covid19"));
        assert_eq!(word_hash("abcdefghijklmnopq"), word_hash("ABCDEFGHIJKLMNOPQ"));
        assert_ne!(word_hash("abcdefgh"), word_hash("abcdefgh0"));
        assert_ne!(word_hash("a1"), word_hash("a"));
        assert_ne!(word_hash("senator"), word_hash("senators"));
    }

    /// A text of `n` words drawn from a 5,000-word vocabulary by `seed`.
    fn words(n: usize, seed: u64) -> Vec<String> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = mix(x.wrapping_add(0x9e37_79b9_7f4a_7c15));
                format!("w{}", x % 5000)
            })
            .collect()
    }

    fn true_jaccard(a: &str, b: &str) -> f64 {
        let (sa, sb): (std::collections::HashSet<u64>, std::collections::HashSet<u64>) =
            (shingles(a).into_iter().collect(), shingles(b).into_iter().collect());
        sa.intersection(&sb).count() as f64 / sa.union(&sb).count() as f64
    }

    #[test]
    #[allow(clippy::panic)]
    fn estimates_follow_the_true_jaccard() {
        // Bodies of 600 words sharing a prefix of `keep` words, then different words.
        for (i, keep) in [600usize, 540, 450, 300, 150, 0].into_iter().enumerate() {
            let base = words(600, 1 + i as u64);
            let other = words(600 - keep, 100 + i as u64);
            let a = base.join(" ");
            let b = base[..keep].iter().chain(&other).cloned().collect::<Vec<_>>().join(" ");
            let (Some(sa), Some(sb)) = (Signature::of(&a).0, Signature::of(&b).0) else { panic!("signatures") };
            let (est, exact) = (sa.jaccard(&sb), true_jaccard(&a, &b));
            // 64 bins: the standard error is at most 0.0625; allow about three of them.
            assert!((est - exact).abs() <= 0.2, "keep {keep}: estimate {est:.3}, exact {exact:.3}");
        }
    }

    #[test]
    #[allow(clippy::panic)]
    fn densified_short_bodies_still_match_themselves_and_not_others() {
        // Ten shingles fill at most ten of the 64 bins; the other bins are borrowed.
        let a = words(14, 7).join(" ");
        let b = words(14, 8).join(" ");
        let (Some(sa), Some(sa2), Some(sb)) = (Signature::of(&a).0, Signature::of(&format!("{a}\n\n")).0, Signature::of(&b).0)
        else {
            panic!("signatures")
        };
        assert_eq!(sa.shingles, 10);
        assert_eq!(sa, sa2);
        assert!(sa.jaccard(&sb) < 0.2, "{}", sa.jaccard(&sb));
    }

    #[test]
    fn distinct_counts_repeats_once() {
        assert_eq!(distinct(&[]), 0);
        assert_eq!(distinct(&[0, 0, 5, 5, 5, 1 << 63, 7]), 4);
        let many: Vec<u64> = (0..1000u64).map(|i| mix(i % 300)).collect();
        assert_eq!(distinct(&many), 300);
    }

    #[test]
    fn short_bodies_get_no_signature() {
        assert!(Signature::of("Too short.").0.is_none());
        assert!(Signature::of("").0.is_none());
    }
}
