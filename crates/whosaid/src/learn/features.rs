//! Features of the attribution tagger: each token of a [`Paragraph`] becomes a
//! list of hashed template ids ([`Sheet::statics`]), computed once; the
//! templates over the tags already chosen ([`dynamics`]) are added while decoding.
//! The tagger mixes only the templates over words and cue codes ([`Sheet::each_token`]):
//! those of few values, and those over the tags before, are rows [`Combined`] summed once
//! for each value when the model is read.
//!
//! Templates: the word, its neighbours and bigrams, suffix and shape; whether
//! the rule lexicon (`data/attribution/cues.tsv`) holds the word and how far
//! the nearest such word is; quotation marks around the token; the position in
//! the sentence; and the rules' own reading ([`RuleTag`]: the token is in a cue,
//! a speaker mention or a content span the rules found).

use crate::attribute::lexicon::CueClass;
use crate::attribute::{Attribution, SpeakerRef};
use crate::fasthash::FxHasher;
use crate::segment::{Paragraph, TokKind};
use std::hash::Hasher;

/// Static features per token.
pub const NSTATIC: usize = 22;
/// Static templates mixed for each token ([`Sheet::each_token`]); the others are [`Combined`]'s.
pub const NMIXED: usize = 12;
/// Tags: outside, then begin/inside for cue, source and content.
pub const NTAGS: usize = 7;
/// Weights per feature id (the tags padded to eight).
pub const STRIDE: usize = 8;
/// Outside every span.
pub const O: u8 = 0;
/// First token of a cue; `+1` is inside one.
pub const B_CUE: u8 = 1;
/// First token of a source mention; `+1` is inside one.
pub const B_SRC: u8 = 3;
/// First token of content; `+1` is inside it.
pub const B_CON: u8 = 5;

/// The span kind of a tag: 0 outside, 1 cue, 2 source, 3 content.
pub fn kind(tag: u8) -> u8 {
    tag.div_ceil(2)
}

/// What the rules made of a token: 0 nothing, 1 cue, 2 speaker mention, 3 content.
pub type RuleTag = u8;

/// A template's value mixed with its id into a bucket of `bits` bits.
#[inline]
fn mix(template: u64, value: u64, bits: u32) -> u32 {
    let h = (value ^ template.wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    let h = (h ^ (h >> 29)).wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    (h >> (64 - bits)) as u32
}

/// The hash of a word (its lowercase bytes).
#[inline]
pub fn word_hash(w: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(w.as_bytes());
    h.finish() | 1
}

fn bucket(d: usize) -> u64 {
    match d {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4..=6 => 4,
        7..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

fn cue_code(c: Option<&CueClass>) -> u64 {
    match c {
        None => 0,
        Some(CueClass::Speech) => 1,
        Some(CueClass::Tell) => 2,
        Some(CueClass::Belief) => 3,
        Some(CueClass::Object) => 4,
        Some(CueClass::Intent) => 5,
        Some(CueClass::Seem) => 6,
    }
}

/// Per-token facts of one sentence (tokens `base..base + len` of its paragraph),
/// from which the features are read.
pub struct Sheet {
    base: usize,
    /// Word hash per token.
    words: Vec<u64>,
    shapes: Vec<u8>,
    suffixes: Vec<u64>,
    /// The tokens whose word, shape and suffix are filled in ([`Sheet::around`]); empty: all.
    filled: Vec<bool>,
    cues: Vec<u64>,
    quoted: Vec<bool>,
    marks: Vec<u8>,
    /// The rules' reading per token.
    rules: Vec<RuleTag>,
}

impl Sheet {
    /// The facts of the sentence of tokens `[a, b)` of paragraph `p`; `attrs` are the
    /// rules' attributions of this paragraph.
    pub fn new(text: &str, lc: &str, p: &Paragraph, attrs: &[Attribution], a: usize, b: usize) -> Self {
        let mut s = Sheet::cheap(p, lc, attrs, a, b);
        for k in 0..s.words.len() {
            s.fill(text, lc, p, k);
        }
        s
    }

    /// Like [`Sheet::new`], with the word, shape and suffix read only within two tokens of the
    /// tokens `at` (paragraph indices, in the sentence): all that [`Sheet::statics_at`] of
    /// them and a cue test of them read. [`Sheet::complete`] reads the rest (most sentences
    /// with a verb of saying hold no cue the model would open: they are not tagged).
    pub fn around(text: &str, lc: &str, p: &Paragraph, attrs: &[Attribution], a: usize, b: usize, at: &[usize]) -> Self {
        let mut s = Sheet::cheap(p, lc, attrs, a, b);
        let n = s.words.len();
        s.filled = vec![false; n];
        for &i in at {
            let k = i.wrapping_sub(s.base);
            for k in k.saturating_sub(2)..(k + 3).min(n) {
                s.fill(text, lc, p, k);
            }
        }
        s
    }

    /// Reads the words, shapes and suffixes that [`Sheet::around`] left out: the sheet is then
    /// that of [`Sheet::new`].
    pub fn complete(&mut self, text: &str, lc: &str, p: &Paragraph) {
        for k in 0..self.words.len() {
            self.fill(text, lc, p, k);
        }
        self.filled = Vec::new();
    }

    /// The facts read for every token (cue words, quotation marks, the rules' reading), with
    /// room for the words, shapes and suffixes ([`Sheet::fill`]).
    fn cheap(p: &Paragraph, lc: &str, attrs: &[Attribution], a: usize, b: usize) -> Self {
        let b = b.min(p.tokens.len());
        let a = a.min(b);
        let n = b - a;
        let toks = p.tokens.get(a..b).unwrap_or_default();
        // (each fact collected from the sentence's tokens or copied from the paragraph's:
        // three pushes a token, each testing its vector's room, cost as much as the facts)
        let mut s = Sheet {
            base: a,
            words: vec![0; n],
            shapes: vec![0; n],
            suffixes: vec![0; n],
            filled: Vec::new(),
            cues: toks
                .iter()
                .zip(a..)
                .map(|(t, i)| if t.kind == TokKind::Word && !t.is_capitalized() { cue_code(crate::attribute::cue_class(lc, p, i)) } else { 0 })
                .collect(),
            quoted: Vec::new(),
            marks: Vec::new(),
            rules: vec![0; n],
        };
        // (a paragraph has a quoted flag and marks for every token: copied as slices, with no
        // test per token; a shorter vector would leave the rest unquoted and unmarked)
        let within = |len: usize| a.min(len)..b.min(len);
        s.quoted = p.in_quote.get(within(p.in_quote.len())).unwrap_or_default().iter().map(Option::is_some).collect();
        s.quoted.resize(n, false);
        s.marks = p.marks.get(within(p.marks.len())).unwrap_or_default().to_vec();
        s.marks.resize(n, 0);
        let span = match (toks.first(), toks.last()) {
            (Some(f), Some(l)) => (f.start, l.end),
            _ => (0, 0),
        };
        let mut paint = |r: (usize, usize), tag: RuleTag| {
            if !(r.0 < span.1 && span.0 < r.1) {
                return;
            }
            for (i, t) in toks.iter().enumerate() {
                if t.start >= r.0 && t.end <= r.1 {
                    if let Some(x) = s.rules.get_mut(i) {
                        if *x == 0 || tag < 3 {
                            *x = tag;
                        }
                    }
                }
            }
        };
        for a in attrs {
            paint(a.content, 3);
            if let SpeakerRef::Mention(m) = &a.speaker {
                paint(m.span, 2);
            }
            if let Some(c) = a.cue {
                paint(c, 1);
            }
        }
        s
    }

    /// Reads the word hash, shape and suffix of the sentence's token `k` (once).
    fn fill(&mut self, text: &str, lc: &str, p: &Paragraph, k: usize) {
        if let Some(f) = self.filled.get_mut(k) {
            if *f {
                return;
            }
            *f = true;
        }
        let Some(t) = p.tokens.get(self.base + k) else { return };
        let w = lc.get(t.start..t.end).unwrap_or("");
        let shape = match t.kind {
            TokKind::Word if t.is_capitalized() => {
                if w.len() > 1 && text.get(t.start..t.end).is_some_and(|o| o.bytes().all(|b| !b.is_ascii_lowercase())) {
                    1
                } else {
                    2
                }
            }
            TokKind::Word => 3,
            TokKind::Number => 4,
            TokKind::Quote => 5,
            TokKind::Punct => 6,
        };
        // where the last three characters start: three bytes from the end when those are
        // ASCII (most words), else by characters
        let b = w.as_bytes();
        let cut = match b.len().checked_sub(3) {
            Some(c) if b.get(c..).is_some_and(<[u8]>::is_ascii) => c,
            None if b.is_ascii() => 0,
            _ => w.char_indices().rev().nth(2).map_or(0, |(k, _)| k),
        };
        if let (Some(wh), Some(sh), Some(sx)) = (self.words.get_mut(k), self.shapes.get_mut(k), self.suffixes.get_mut(k)) {
            *wh = word_hash(w);
            *sh = shape;
            *sx = word_hash(w.get(cut..).unwrap_or(""));
        }
    }

    /// The number of tokens of the sentence.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The word hash of token `i` of the paragraph.
    #[inline]
    pub fn word(&self, i: usize) -> u64 {
        self.words.get(i.wrapping_sub(self.base)).copied().unwrap_or(0)
    }

    /// The rules' reading of token `i` of the paragraph.
    #[inline]
    pub fn rule(&self, i: usize) -> RuleTag {
        self.rules.get(i.wrapping_sub(self.base)).copied().unwrap_or(0)
    }

    /// The static feature ids of every token of the sentence, in `bits`-bit buckets.
    pub fn statics(&self, bits: u32) -> Vec<[u32; NSTATIC]> {
        self.statics_at(bits, 0..self.words.len())
    }

    /// The static feature ids of the sentence's tokens `at` (indices from the sentence start).
    pub fn statics_at(&self, bits: u32, at: impl Iterator<Item = usize>) -> Vec<[u32; NSTATIC]> {
        let mut out = Vec::with_capacity(self.words.len());
        self.each_token(bits, at, |_, mixed, few| out.push(static_ids(bits, mixed, few)));
        out
    }

    /// Calls `f` with each of the sentence's tokens `at` (in that order, those past the end
    /// left out), the ids of its templates over words and marks (2 to 9, 13, 18, 20 and 22,
    /// mixed) and the values of those over few values (11, 15, 16, 19, and 21 with 12, whose
    /// values hold those of 10, 14 and 17). [`Combined`] holds the rows of the latter summed
    /// for each value, so the tagger adds five rows where it would mix and add ten.
    #[inline]
    pub fn each_token(&self, bits: u32, at: impl Iterator<Item = usize>, mut f: impl FnMut(usize, &[u32; NMIXED], [u64; 5])) {
        // indices below are relative to the sentence
        let (a, b) = (0usize, self.words.len());
        // distance to the nearest lexicon cue on either side, within the sentence
        // (left and right distances side by side: one vector, not two)
        let mut dist = vec![(0usize, 0usize); b - a];
        let mut last: Option<usize> = None;
        for i in a..b {
            dist[i - a].0 = last.map_or(0, |l| i - l);
            if self.cues[i] != 0 && !self.quoted[i] {
                last = Some(i);
            }
        }
        last = None;
        for i in (a..b).rev() {
            dist[i - a].1 = last.map_or(0, |l| l - i);
            if self.cues[i] != 0 && !self.quoted[i] {
                last = Some(i);
            }
        }
        let has_quote = (a..b).any(|i| self.marks[i] & 1 != 0);
        // a token's neighbours, those outside the sentence as their fixed stand-ins (words
        // 11 before and 13 after, shapes and rules 9, quoted 3)
        let out_of = |k: isize| k < a as isize || k >= b as isize;
        let w = |k: isize| if k < a as isize { 11 } else if k >= b as isize { 13 } else { self.words[k as usize] };
        let sh = |k: isize| if out_of(k) { 9 } else { u64::from(self.shapes[k as usize]) };
        let rt = |k: isize| if out_of(k) { 9 } else { u64::from(self.rules[k as usize]) };
        let q = |k: isize| if out_of(k) { 3 } else { u64::from(self.quoted[k as usize]) };
        let m = |template: u64, value: u64| mix(template, value, bits);
        for i in at.filter(|&i| i < b) {
            // the words from i - 2 to i + 2 and the other facts from i - 1 to i + 1: inside the
            // sentence (most tokens) one slice read each, not a range test per neighbour
            // (`wrapping_sub`: a window starting before token 0 is no slice, and read one by one)
            let ii = i as isize;
            let [w_2, w_1, w0, w1, w2] = self.words.get(i.wrapping_sub(2)..i + 3).and_then(|x| <[u64; 5]>::try_from(x).ok()).unwrap_or_else(|| [-2, -1, 0, 1, 2].map(|d| w(ii + d)));
            let three = |v: &[u8]| v.get(i.wrapping_sub(1)..i + 2).and_then(|x| <[u8; 3]>::try_from(x).ok()).map(|x| x.map(u64::from));
            let [sh_1, sh0, sh1] = three(&self.shapes).unwrap_or_else(|| [-1, 0, 1].map(|d| sh(ii + d)));
            let [rt_1, rt0, rt1] = three(&self.rules).unwrap_or_else(|| [-1, 0, 1].map(|d| rt(ii + d)));
            let [q_1, q0, q1] = self.quoted.get(i.wrapping_sub(1)..i + 2).and_then(|x| <[bool; 3]>::try_from(x).ok()).map_or_else(|| [-1, 0, 1].map(|d| q(ii + d)), |x| x.map(u64::from));
            let (dl, dr) = (bucket(dist[i - a].0), bucket(dist[i - a].1));
            // (each id mixed as its value is read: an array of (template, value) pairs, built
            // on the stack and mapped afterwards, cost about as many moves as the mixing)
            let mixed = [
                m(2, w0),
                m(3, w_1),
                m(4, w1),
                m(5, w_2),
                m(6, w2),
                m(7, w_1.rotate_left(17) ^ w0),
                m(8, w0.rotate_left(17) ^ w1),
                m(9, self.suffixes[i]),
                m(13, q_1 * 100 + q0 * 10 + q1 + u64::from(self.marks[i]) * 1000),
                m(18, w0 ^ dl.wrapping_mul(0x1000_0001) ^ dr.wrapping_mul(0x10_0000_0001)),
                m(20, self.cues[i].wrapping_mul(31) ^ w1),
                m(22, w0 ^ rt0.wrapping_mul(0x7777_0001)),
            ];
            let few = [
                sh_1 * 100 + sh0 * 10 + sh1,
                rt_1 * 100 + rt0 * 10 + rt1,
                bucket(i - a) * 10 + bucket(b - 1 - i),
                dl * 100 + dr * 10 + q0 + u64::from(has_quote) * 1000,
                (self.cues[(i + 1).min(b - 1)] * 10 + self.cues[i.saturating_sub(1).max(a)]) * 32 + self.cues[i] * 4 + q0,
            ];
            f(i, &mixed, few);
        }
    }
}

/// The static feature ids of a token from [`Sheet::each_token`]'s ids and values, in template order.
#[inline]
pub fn static_ids(bits: u32, mixed: &[u32; NMIXED], few: [u64; 5]) -> [u32; NSTATIC] {
    let m = |template: u64, value: u64| mix(template, value, bits);
    let [shapes, rules, place, dist, cues] = few;
    [
        // (template 1 has no value: the same id for every token)
        m(1, 0),
        mixed[0],
        mixed[1],
        mixed[2],
        mixed[3],
        mixed[4],
        mixed[5],
        mixed[6],
        mixed[7],
        m(10, shapes / 10 % 10),
        m(11, shapes),
        m(12, cues % 32),
        mixed[8],
        m(14, rules / 10 % 10),
        m(15, rules),
        m(16, place),
        m(17, dist % 1000 / 10),
        mixed[9],
        m(19, dist),
        mixed[10],
        m(21, cues / 32),
        mixed[11],
    ]
}

/// The weight rows of the templates of few values, summed for each value ([`Sheet::each_token`]'s
/// `few`: the shapes and the rules' readings around the token, its place in the sentence, its
/// distances to a cue and the cue codes at and beside it), and of the templates over the tags
/// before and the rules' reading ([`dynamics`] but the word's): one row read for what were
/// two or three ids mixed and their rows added (integer sums: the order changes nothing).
#[derive(Debug, Clone, Default)]
pub struct Combined {
    /// Templates 10 and 11 by the value of 11 (under 1,000).
    shapes: Vec<[i32; STRIDE]>,
    /// Templates 14 and 15 by the value of 15 (under 1,000).
    rules: Vec<[i32; STRIDE]>,
    /// The bias (template 1) and template 16 by the value of 16 (under 100).
    place: Vec<[i32; STRIDE]>,
    /// Templates 17 and 19 by the value of 19 (under 2,000).
    dist: Vec<[i32; STRIDE]>,
    /// Templates 12 and 21 by `32 * value of 21 + value of 12` (under 32 and 100).
    cues: Vec<[i32; STRIDE]>,
    /// Templates 30, 31 and 33 by `(p1 * 16 + p2) * 4 + rule` (tags under 16, rules under 4).
    tags: Vec<[i32; STRIDE]>,
}

impl Combined {
    /// The sums for weights `row` (the row of a feature id) in `bits`-bit buckets.
    pub fn new(bits: u32, row: impl Fn(u32) -> [i32; STRIDE]) -> Self {
        let m = |template: u64, value: u64| mix(template, value, bits);
        let sum = |ids: &[u32]| {
            let mut acc = [0i32; STRIDE];
            for &f in ids {
                add_row(&mut acc, &row(f));
            }
            acc
        };
        let table = |n: u64, ids: &dyn Fn(u64) -> Vec<u32>| (0..n).map(|v| sum(&ids(v))).collect();
        Combined {
            shapes: table(1000, &|v| vec![m(10, v / 10 % 10), m(11, v)]),
            rules: table(1000, &|v| vec![m(14, v / 10 % 10), m(15, v)]),
            place: table(100, &|v| vec![m(1, 0), m(16, v)]),
            dist: table(2000, &|v| vec![m(17, v % 1000 / 10), m(19, v)]),
            cues: table(3200, &|v| vec![m(12, v % 32), m(21, v / 32)]),
            tags: table(16 * 16 * 4, &|v| {
                let (p, rule) = (v / 4, v % 4);
                vec![m(30, p / 16), m(31, p), m(33, p / 16 * 16 + rule)]
            }),
        }
    }

    /// Adds the rows of the `few` values of [`Sheet::each_token`] to `acc`; false (and
    /// `acc` partly added to) when a value is past its table.
    #[inline]
    pub fn add_few(&self, few: [u64; 5], acc: &mut [i32; STRIDE]) -> bool {
        let [shapes, rules, place, dist, cues] = few;
        let rows = [(&self.shapes, shapes), (&self.rules, rules), (&self.place, place), (&self.dist, dist), (&self.cues, cues)];
        for (table, v) in rows {
            let Some(row) = table.get(v as usize) else { return false };
            add_row(acc, row);
        }
        true
    }

    /// Adds the rows of templates 30, 31 and 33 after tags `p1`, `p2` for a token the rules
    /// read as `rule`; false (nothing added) past the table.
    #[inline]
    pub fn add_tags(&self, p1: u8, p2: u8, rule: RuleTag, acc: &mut [i32; STRIDE]) -> bool {
        if p1 >= 16 || p2 >= 16 || rule >= 4 {
            return false;
        }
        let Some(row) = self.tags.get((usize::from(p1) * 16 + usize::from(p2)) * 4 + usize::from(rule)) else { return false };
        add_row(acc, row);
        true
    }
}

/// Adds weight row `row` to the scores `acc`.
#[inline]
pub fn add_row(acc: &mut [i32; STRIDE], row: &[i32; STRIDE]) {
    for (a, &x) in acc.iter_mut().zip(row) {
        *a += x;
    }
}

/// The id of template 32 (the word and the tag before) of [`dynamics`].
#[inline]
pub fn word_after_tag(p1: u8, word: u64, bits: u32) -> u32 {
    mix(32, word ^ u64::from(p1).wrapping_mul(0x5555_0001), bits)
}

/// Feature ids over the tags chosen for the two tokens before (`p1`, `p2`).
#[inline]
pub fn dynamics(p1: u8, p2: u8, word: u64, rule: RuleTag, bits: u32) -> [u32; 4] {
    let (p1, p2) = (u64::from(p1), u64::from(p2));
    [
        mix(30, p1, bits),
        mix(31, p1 * 16 + p2, bits),
        mix(32, word ^ p1.wrapping_mul(0x5555_0001), bits),
        mix(33, p1 * 16 + u64::from(rule), bits),
    ]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The static features as first written, each (template, value) pair in an array mapped
    /// afterwards: the reference for [`Sheet::statics_at`].
    fn statics_reference(sheet: &Sheet, bits: u32, at: impl Iterator<Item = usize>) -> Vec<[u32; NSTATIC]> {
        let s = sheet;
        let (a, b) = (0usize, s.words.len());
        let w = |i: isize| -> u64 {
            if i < a as isize {
                11
            } else if i >= b as isize {
                13
            } else {
                s.words[i as usize]
            }
        };
        let mut left = vec![0usize; b - a];
        let mut right = vec![0usize; b - a];
        let mut last: Option<usize> = None;
        for i in a..b {
            left[i - a] = last.map_or(0, |l| i - l);
            if s.cues[i] != 0 && !s.quoted[i] {
                last = Some(i);
            }
        }
        last = None;
        for i in (a..b).rev() {
            right[i - a] = last.map_or(0, |l| l - i);
            if s.cues[i] != 0 && !s.quoted[i] {
                last = Some(i);
            }
        }
        let has_quote = (a..b).any(|i| s.marks[i] & 1 != 0);
        let mut out = Vec::new();
        for i in at.filter(|&i| i < b) {
            let ii = i as isize;
            let out_of = |k: isize| k < a as isize || k >= b as isize;
            let sh = |k: isize| if out_of(k) { 9 } else { u64::from(s.shapes[k as usize]) };
            let rt = |k: isize| if out_of(k) { 9 } else { u64::from(s.rules[k as usize]) };
            let q = |k: isize| if out_of(k) { 3 } else { u64::from(s.quoted[k as usize]) };
            let (dl, dr) = (bucket(left[i - a]), bucket(right[i - a]));
            let w0 = w(ii);
            let v = [
                (1, 0),
                (2, w0),
                (3, w(ii - 1)),
                (4, w(ii + 1)),
                (5, w(ii - 2)),
                (6, w(ii + 2)),
                (7, w(ii - 1).rotate_left(17) ^ w0),
                (8, w0.rotate_left(17) ^ w(ii + 1)),
                (9, s.suffixes[i]),
                (10, sh(ii)),
                (11, sh(ii - 1) * 100 + sh(ii) * 10 + sh(ii + 1)),
                (12, s.cues[i] * 4 + q(ii)),
                (13, q(ii - 1) * 100 + q(ii) * 10 + q(ii + 1) + u64::from(s.marks[i]) * 1000),
                (14, rt(ii)),
                (15, rt(ii - 1) * 100 + rt(ii) * 10 + rt(ii + 1)),
                (16, bucket(i - a) * 10 + bucket(b - 1 - i)),
                (17, dl * 10 + dr),
                (18, w0 ^ dl.wrapping_mul(0x1000_0001) ^ dr.wrapping_mul(0x10_0000_0001)),
                (19, dl * 100 + dr * 10 + q(ii) + u64::from(has_quote) * 1000),
                (20, s.cues[ii.max(a as isize) as usize].wrapping_mul(31) ^ w(ii + 1)),
                (21, s.cues[(i + 1).min(b - 1)] * 10 + s.cues[i.saturating_sub(1).max(a)]),
                (22, w0 ^ rt(ii).wrapping_mul(0x7777_0001)),
            ];
            out.push(v.map(|(t, x)| mix(t, x, bits)));
        }
        out
    }

    /// A sheet of `n` tokens with facts drawn from `next` (a pseudo-random stream).
    pub(crate) fn random_sheet(n: usize, next: &mut impl FnMut() -> u64) -> Sheet {
        let mut s = Sheet {
            base: (next() % 5) as usize,
            words: Vec::new(),
            shapes: Vec::new(),
            suffixes: Vec::new(),
            filled: Vec::new(),
            cues: Vec::new(),
            quoted: Vec::new(),
            marks: Vec::new(),
            rules: Vec::new(),
        };
        for _ in 0..n {
            // (a few words repeat, some are unread: 0, as `Sheet::around` leaves them)
            s.words.push(if next() % 4 == 0 { 0 } else { next() % 50 + 1 });
            s.shapes.push((next() % 7) as u8);
            s.suffixes.push(next() % 30);
            s.cues.push(if next() % 3 == 0 { next() % 7 } else { 0 });
            s.quoted.push(next() % 3 == 0);
            s.marks.push((next() % 4) as u8);
            s.rules.push((next() % 4) as u8);
        }
        s
    }

    /// A pseudo-random stream (xorshift), the same on every run.
    pub(crate) fn stream(seed: u64) -> impl FnMut() -> u64 {
        let mut x = seed | 1;
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    #[test]
    fn statics_are_those_of_pairs_mapped_after() {
        let mut next = stream(0x5eed);
        for n in (0..40).chain([63, 100, 257]) {
            for _ in 0..20 {
                let sheet = random_sheet(n, &mut next);
                let bits = 8 + (next() % 13) as u32;
                assert_eq!(sheet.statics(bits), statics_reference(&sheet, bits, 0..n), "n {n}");
                // some tokens only, in order, and one past the end (left out)
                let at: Vec<usize> = (0..=n).filter(|_| next() % 3 == 0).collect();
                assert_eq!(sheet.statics_at(bits, at.iter().copied()), statics_reference(&sheet, bits, at.iter().copied()), "n {n} at {at:?}");
            }
        }
    }
}
