//! The learned attribution layer: an averaged perceptron that tags tokens as
//! cue, source or content, adding the attributions the rules miss.
//!
//! [`Model`] is read once from the bundled `data/model/attribution.bin`
//! ([`embedded`]); [`features::Sheet`] holds the per-token facts of a paragraph
//! and the hashed feature ids; [`Model::tag`] decodes a sentence greedily, left
//! to right, into tags with a score margin per token; [`propose`] turns
//! confident cue + content spans outside the rules' own cues, speakers and contents into
//! [`Attribution`]s whose speaker is the phrase the rules propose for that cue
//! ([`crate::attribute::speaker_at`]); [`propose::merge`] puts them among the
//! rules' attributions in text order. [`train`] builds a model from gold
//! PolNeAR articles (`whosaid train`); it is not on the analyzer's path.

pub mod features;
pub mod propose;
pub mod train;

use features::{NTAGS, STRIDE};
use std::sync::{Arc, OnceLock};

/// The magic bytes that open a model file.
const MAGIC: &[u8; 4] = b"WSAM";
/// The model file format version.
pub const FORMAT: u32 = 2;

/// The model bundled with the library (trained by `whosaid train`; its header says how).
static EMBEDDED: &[u8] = include_bytes!("../../data/model/attribution.bin");

/// Which cues the model may add attributions for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Cues holding a verb of saying, telling, believing or intending from the rules'
    /// lexicon (the default; a quote's `class` tells speech from belief, so a tracker of who
    /// said what can keep only speech).
    Speech,
    /// Any cue the model reads, PolNeAR's broad attributions (beliefs, stances, actions)
    /// included; sentences are tagged when they hold a word that was a cue in training.
    Broad,
}

/// A trained tagger with the threshold its proposals must pass.
#[derive(Clone)]
pub struct Model {
    /// Hash bits of the feature space.
    pub bits: u32,
    /// Weights, a row of `STRIDE` per feature id, quantized to 16 bits (held as `i32`: a
    /// row adds to the scores as one vector add, with no widening).
    weights: Vec<[i32; STRIDE]>,
    /// Quantized weight per unit of score.
    scale: f32,
    /// The mean score margin over a proposal's cue and content tokens must reach this.
    pub threshold: f32,
    /// The threshold of [`Scope::Broad`] (`threshold` is that of [`Scope::Speech`]).
    pub broad_threshold: f32,
    /// Which cues may add attributions.
    pub scope: Scope,
    /// Hashes of the words that may open a cue (sorted): only sentences holding one are tagged.
    triggers: Vec<u64>,
    /// How the model was trained (text lines).
    pub header: String,
    /// The rows of the templates of few values summed ([`features::Combined`]), for [`Model::tag`].
    combined: features::Combined,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model").field("bits", &self.bits).field("threshold", &self.threshold).field("broad_threshold", &self.broad_threshold).field("scope", &self.scope).field("triggers", &self.triggers.len()).finish()
    }
}

/// The bundled model, parsed on first use; `None` if the bundled file is not a valid model.
pub fn embedded() -> Option<Arc<Model>> {
    static M: OnceLock<Option<Arc<Model>>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(EMBEDDED).map(Arc::new)).clone()
}

struct Reader<'a> {
    b: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (h, t) = (self.b.get(..n)?, self.b.get(n..)?);
        self.b = t;
        Some(h)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

impl Model {
    /// A model from weights (`STRIDE << bits` of them), a threshold and cue-opening words.
    pub fn new(bits: u32, weights: &[f32], threshold: f32, mut triggers: Vec<u64>, header: String) -> Self {
        triggers.sort_unstable();
        triggers.dedup();
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { 32767.0 / max } else { 1.0 };
        let weights: Vec<[i32; STRIDE]> = weights
            .chunks(STRIDE)
            .map(|row| {
                let mut q = [0i32; STRIDE];
                for (q, w) in q.iter_mut().zip(row) {
                    *q = i32::from((w * scale).round().clamp(-32767.0, 32767.0) as i16);
                }
                q
            })
            .collect();
        let combined = combined(bits, &weights);
        Model { bits, weights, scale, threshold, broad_threshold: threshold, scope: Scope::Speech, triggers, header, combined }
    }

    /// The same model adding attributions for cues of `scope`.
    pub fn with_scope(&self, scope: Scope) -> Self {
        Model { scope, ..self.clone() }
    }

    /// The threshold of the scope in use.
    pub fn active_threshold(&self) -> f32 {
        match self.scope {
            Scope::Speech => self.threshold,
            Scope::Broad => self.broad_threshold,
        }
    }

    /// The same model with other thresholds (speech, broad).
    pub fn with_thresholds(&self, threshold: f32, broad_threshold: f32) -> Self {
        Model { threshold, broad_threshold, ..self.clone() }
    }

    /// Parses a model file; `None` when the bytes are not one (wrong magic,
    /// version or size).
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        let mut r = Reader { b };
        if r.take(4)? != MAGIC || r.u32()? != FORMAT {
            return None;
        }
        let hl = r.u32()? as usize;
        let header = String::from_utf8(r.take(hl)?.to_vec()).ok()?;
        let bits = r.u32()?;
        if !(8..=24).contains(&bits) || r.u32()? as usize != NTAGS {
            return None;
        }
        let scale = r.f32()?;
        let threshold = r.f32()?;
        let broad_threshold = r.f32()?;
        let nt = r.u32()? as usize;
        let mut triggers = Vec::with_capacity(nt.min(1 << 20));
        for _ in 0..nt {
            triggers.push(r.u64()?);
        }
        let n = (1usize << bits) * NTAGS;
        let raw = r.take(n * 2)?;
        if !r.b.is_empty() || !(scale > 0.0) {
            return None;
        }
        let mut weights = vec![[0i32; STRIDE]; 1usize << bits];
        // (a row's bytes at a time: no division and no bounds check per weight)
        for (row, bytes) in weights.iter_mut().zip(raw.chunks_exact(2 * NTAGS)) {
            for (q, c) in row.iter_mut().zip(bytes.chunks_exact(2)) {
                *q = i32::from(i16::from_le_bytes([c[0], c[1]]));
            }
        }
        triggers.sort_unstable();
        let combined = combined(bits, &weights);
        Some(Model { bits, weights, scale, threshold, broad_threshold, scope: Scope::Speech, triggers, header, combined })
    }

    /// The model file: magic, format, header, sizes, threshold, trigger hashes,
    /// then the weights quantized to 16 bits (little-endian throughout).
    pub fn to_bytes(&self) -> Vec<u8> {
        let scale = self.scale;
        let mut out = Vec::with_capacity(self.header.len() + 64 + self.triggers.len() * 8 + self.weights.len() * NTAGS * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT.to_le_bytes());
        out.extend_from_slice(&(self.header.len() as u32).to_le_bytes());
        out.extend_from_slice(self.header.as_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        out.extend_from_slice(&(NTAGS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&self.threshold.to_le_bytes());
        out.extend_from_slice(&self.broad_threshold.to_le_bytes());
        out.extend_from_slice(&(self.triggers.len() as u32).to_le_bytes());
        for t in &self.triggers {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for row in &self.weights {
            for &q in &row[..NTAGS] {
                out.extend_from_slice(&(q as i16).to_le_bytes());
            }
        }
        out
    }

    /// True when the word hash `h` may open a cue.
    pub fn is_trigger(&self, h: u64) -> bool {
        self.triggers.binary_search(&h).is_ok()
    }

    /// Tags the sentence of `sheet` that starts at token `a`: one tag and one score margin per
    /// token, as [`Model::tag_with`] does with the sentence's static ids, from the ids mixed
    /// for each token and the rows [`features::Combined`] summed for the templates of few values.
    pub fn tag(&self, sheet: &features::Sheet, a: usize) -> (Vec<u8>, Vec<f32>) {
        let n = sheet.len();
        let mut tags = Vec::with_capacity(n);
        let mut margins = Vec::with_capacity(n);
        let (mut p1, mut p2) = (0u8, 0u8);
        sheet.each_token(self.bits, 0..n, |k, mixed, few| {
            let (t, m) = best_q(&self.scores(sheet, a + k, mixed, few, p1, p2));
            tags.push(t);
            margins.push(m as f32 / self.scale);
            p2 = p1;
            p1 = t;
        });
        (tags, margins)
    }

    /// The scores of token `i` of the paragraph ([`features::Sheet::each_token`]'s `mixed` and
    /// `few`) after tags `p1` and `p2`: the rows of its static and dynamic ids summed.
    #[inline]
    fn scores(&self, sheet: &features::Sheet, i: usize, mixed: &[u32; features::NMIXED], few: [u64; 5], p1: u8, p2: u8) -> [i32; STRIDE] {
        let (word, rule) = (sheet.word(i), sheet.rule(i));
        let mut acc = [0i32; STRIDE];
        self.add_rows(mixed, &mut acc);
        if self.combined.add_few(few, &mut acc) && self.combined.add_tags(p1, p2, rule, &mut acc) {
            self.add_rows(&[features::word_after_tag(p1, word, self.bits)], &mut acc);
        } else {
            // (a value past a table: every row added anew, as `tag_with` does)
            acc = [0i32; STRIDE];
            self.add_rows(&features::static_ids(self.bits, mixed, few), &mut acc);
            self.add_rows(&features::dynamics(p1, p2, word, rule, self.bits), &mut acc);
        }
        acc
    }

    /// True when one of the sentence's tokens `at` (indices from its start `a`) opens a cue
    /// ([`Model::opens_cue`]), from the rows [`Model::tag`] adds.
    pub fn opens_any_cue(&self, sheet: &features::Sheet, a: usize, at: impl Iterator<Item = usize>) -> bool {
        let mut opens = false;
        sheet.each_token(self.bits, at, |k, mixed, few| {
            opens = opens || matches!(best_q(&self.scores(sheet, a + k, mixed, few, 0, 0)).0, 1 | 2);
        });
        opens
    }

    /// True when token `i` (static features `fs`) scores best as a cue, read alone
    /// after an outside tag: a cheap test before tagging a whole sentence.
    pub fn opens_cue(&self, sheet: &features::Sheet, i: usize, fs: &[u32; features::NSTATIC]) -> bool {
        let mut acc = [0i32; STRIDE];
        self.add_rows(fs, &mut acc);
        self.add_rows(&features::dynamics(0, 0, sheet.word(i), sheet.rule(i), self.bits), &mut acc);
        matches!(best_q(&acc).0, 1 | 2)
    }

    /// Adds the quantized weights of the feature ids `fs` to `acc`: a plain loop over one
    /// slice (over the static ids, then again over the dynamic ones), which compiles to a
    /// few instructions a row, where one loop over both chained kept a state machine
    /// stepping between them (the sums are integers: the order of the adds changes nothing).
    #[inline]
    fn add_rows(&self, fs: &[u32], acc: &mut [i32; STRIDE]) {
        for &f in fs {
            if let Some(row) = self.weights.get(f as usize) {
                features::add_row(acc, row);
            }
        }
    }

    /// Tags the tokens from `a` with their static features `statics` ([`features::Sheet::statics`]):
    /// greedy left-to-right decoding on the quantized weights with integer sums (training decodes the same way in floats).
    pub fn tag_with(&self, sheet: &features::Sheet, a: usize, statics: &[[u32; features::NSTATIC]]) -> (Vec<u8>, Vec<f32>) {
        let mut tags = Vec::with_capacity(statics.len());
        let mut margins = Vec::with_capacity(statics.len());
        let (mut p1, mut p2) = (0u8, 0u8);
        for (k, fs) in statics.iter().enumerate() {
            let i = a + k;
            let mut acc = [0i32; STRIDE];
            self.add_rows(fs, &mut acc);
            self.add_rows(&features::dynamics(p1, p2, sheet.word(i), sheet.rule(i), self.bits), &mut acc);
            let (t, m) = best_q(&acc);
            tags.push(t);
            margins.push(m as f32 / self.scale);
            p2 = p1;
            p1 = t;
        }
        (tags, margins)
    }
}

/// The [`features::Combined`] rows of quantized `weights` in `bits`-bit buckets.
fn combined(bits: u32, weights: &[[i32; STRIDE]]) -> features::Combined {
    features::Combined::new(bits, |f| weights.get(f as usize).copied().unwrap_or_default())
}

/// Adds the weights of feature id `f` to `acc` (training's unquantized weights).
#[inline]
fn add(w: &[f32], f: u32, acc: &mut [f32; STRIDE]) {
    let at = f as usize * STRIDE;
    if let Some(row) = w.get(at..at + STRIDE) {
        for (a, &x) in acc.iter_mut().zip(row) {
            *a += x;
        }
    }
}

/// The best tag for the scores `acc`, and its margin over the next best. Any tag
/// may follow any other (an inside tag after another kind opens a span), so
/// training never asks for a tag decoding cannot give.
#[inline]
pub fn best(acc: &[f32; STRIDE]) -> (u8, f32) {
    let (bt, bs, ss) = top_two(acc, f32::NEG_INFINITY);
    (bt, bs - ss)
}

/// [`best`] over integer sums.
#[inline]
fn best_q(acc: &[i32; STRIDE]) -> (u8, i32) {
    let (bt, bs, ss) = top_two(acc, i32::MIN);
    (bt, bs.saturating_sub(ss))
}

/// The best of the first [`NTAGS`] scores, its score and the second best (`min` when none).
#[inline]
fn top_two<T: Copy + PartialOrd>(acc: &[T; STRIDE], min: T) -> (u8, T, T) {
    let (mut bt, mut bs, mut ss) = (0u8, min, min);
    for (t, &s) in acc.iter().enumerate().take(NTAGS) {
        if s > bs {
            ss = bs;
            bs = s;
            bt = t as u8;
        } else if s > ss {
            ss = s;
        }
    }
    (bt, bs, ss)
}

#[cfg(test)]
mod tests {
    use super::features::tests::{random_sheet, stream};
    use super::*;

    /// The rows of the static ids `fs` and the dynamic ids `dynamic` summed in one loop
    /// over both chained, as first written.
    fn chained_sum(m: &Model, fs: &[u32], dynamic: &[u32]) -> [i32; STRIDE] {
        let mut acc = [0i32; STRIDE];
        for &f in fs.iter().chain(dynamic) {
            if let Some(row) = m.weights.get(f as usize) {
                for (a, &x) in acc.iter_mut().zip(row) {
                    *a += x;
                }
            }
        }
        acc
    }

    /// Greedy decoding as first written, one loop over the static and dynamic ids chained:
    /// the reference for [`Model::tag_with`].
    fn tag_reference(m: &Model, sheet: &features::Sheet, a: usize, statics: &[[u32; features::NSTATIC]]) -> (Vec<u8>, Vec<f32>) {
        let (mut tags, mut margins) = (Vec::new(), Vec::new());
        let (mut p1, mut p2) = (0u8, 0u8);
        for (k, fs) in statics.iter().enumerate() {
            let i = a + k;
            let acc = chained_sum(m, fs, &features::dynamics(p1, p2, sheet.word(i), sheet.rule(i), m.bits));
            let (t, margin) = best_q(&acc);
            tags.push(t);
            margins.push(margin as f32 / m.scale);
            p2 = p1;
            p1 = t;
        }
        (tags, margins)
    }

    #[test]
    fn tagging_adds_the_rows_of_every_feature_as_one_chained_loop_did() {
        let mut next = stream(0x7a6);
        for bits in [8, 10] {
            let weights: Vec<f32> = (0..STRIDE << bits).map(|_| (next() % 2001) as f32 / 1000.0 - 1.0).collect();
            let m = Model::new(bits, &weights, 0.5, Vec::new(), String::new());
            for n in 0..60 {
                let sheet = random_sheet(n, &mut next);
                let statics = sheet.statics(bits);
                for a in [0, 3] {
                    assert_eq!(m.tag_with(&sheet, a, &statics), tag_reference(&m, &sheet, a, &statics), "bits {bits} n {n}");
                    assert_eq!(m.tag(&sheet, a), tag_reference(&m, &sheet, a, &statics), "bits {bits} n {n}");
                }
                for (k, fs) in statics.iter().enumerate() {
                    let acc = chained_sum(&m, fs, &features::dynamics(0, 0, sheet.word(k), sheet.rule(k), bits));
                    assert_eq!(m.opens_cue(&sheet, k, fs), matches!(best_q(&acc).0, 1 | 2));
                }
                // some tokens (one past the end left out), as one test
                let at: Vec<usize> = (0..=n).filter(|_| next() % 4 == 0).collect();
                let any = at.iter().filter(|&&k| k < n).any(|&k| m.opens_cue(&sheet, k, &statics[k]));
                assert_eq!(m.opens_any_cue(&sheet, 0, at.iter().copied()), any, "bits {bits} n {n} at {at:?}");
            }
        }
    }
}
