//! Calibrated confidence: each quote's `confidence` becomes the probability that the
//! reference scorer counts it right (span and speaker), so users can trade recall for
//! precision (`--min-confidence`).
//!
//! The attribution rules give each quote a fixed prior by the rule that found it, and the
//! learned layer a margin; neither is a probability. A [`Calibrator`] is a logistic
//! regression over facts of the finished record: that prior, the quote's type and class,
//! its cue word, where the cue stands, how the speaker is named at the quote (a name, a
//! pronoun, a noun, nothing) and how far away, the speaker's kind and number of quotes, and
//! the quote's length. It is fitted by `whosaid calibrate` on PolNeAR train (never dev) and
//! bundled as `data/model/calibration.tsv`, a text file of feature weights with a header
//! saying how it was made. [`Calibrator::apply`] runs after the record is built and changes
//! nothing but the confidences.

use crate::fasthash::FastMap;
use crate::model::{Article, Quote};
use std::fmt::Write;
use std::sync::{Arc, OnceLock};
use crate::text::SplitWords;

static EMBEDDED: &str = include_str!("../data/model/calibration.tsv");

/// Logistic-regression weights by feature name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calibrator {
    weights: FastMap<String, f64>,
    /// The same weights by [`name_hash`] of the feature.
    hashed: FastMap<u64, f64>,
    /// How it was fitted (the file's `#` lines).
    pub header: String,
}

/// The bundled calibrator; `None` when the bundled file holds no weights.
pub fn embedded() -> Option<Arc<Calibrator>> {
    static C: OnceLock<Option<Arc<Calibrator>>> = OnceLock::new();
    C.get_or_init(|| Calibrator::from_tsv(EMBEDDED).ok().filter(|c| !c.weights.is_empty()).map(Arc::new)).clone()
}

fn bucket(n: usize, edges: &[usize]) -> usize {
    edges.iter().position(|&e| n <= e).unwrap_or(edges.len())
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "his", "its", "their"];
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const PRIORS: [&str; 21] = [
    "0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35", "0.40", "0.45", "0.50", "0.55", "0.60", "0.65", "0.70",
    "0.75", "0.80", "0.85", "0.90", "0.95", "1.00",
];

/// Where features go: named (for fitting and the file) or hashed (to look weights up
/// without allocating). A feature is `key=v1*v2...`; `lower` lowercases the values (ASCII).
trait Sink {
    fn add(&mut self, key: Key, values: &[&str], lower: bool);
}

impl Sink for Vec<String> {
    fn add(&mut self, key: Key, values: &[&str], lower: bool) {
        let v = values.join("*");
        self.push(format!("{}={}", key.name, if lower { v.to_ascii_lowercase() } else { v }));
    }
}

/// A feature's key with the hash of `key=` worked out at compile time ([`key!`]): every
/// quote hashes only its values, not the same key names again.
#[derive(Debug, Clone, Copy)]
struct Key {
    name: &'static str,
    /// [`fnv`] of `name` and `=` from [`FNV_START`].
    hash: u64,
}

impl Key {
    const fn new(name: &'static str) -> Key {
        Key { name, hash: fnv_const(fnv_const(FNV_START, name.as_bytes()), b"=") }
    }
}

/// The [`Key`] of a literal name, built in a constant.
macro_rules! key {
    ($name:literal) => {{
        const K: Key = Key::new($name);
        K
    }};
}

/// FNV-1a over a feature's name, byte by byte as [`Vec<String>`]'s sink would write it.
fn fnv(h: u64, bytes: &[u8], lower: bool) -> u64 {
    bytes.iter().fold(h, |h, &b| (h ^ u64::from(if lower { b.to_ascii_lowercase() } else { b })).wrapping_mul(0x100_0000_01b3))
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// [`fnv`] without lowercasing, for constants (no iterators in a `const fn`).
const fn fnv_const(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x100_0000_01b3);
        i += 1;
    }
    h
}

fn name_hash(name: &str) -> u64 {
    fnv(FNV_START, name.as_bytes(), false)
}

/// Sums the weights of the features it is given.
struct Scorer<'a> {
    weights: &'a FastMap<u64, f64>,
    sum: f64,
}

impl Sink for Scorer<'_> {
    fn add(&mut self, key: Key, values: &[&str], lower: bool) {
        let mut h = key.hash;
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                h = fnv(h, b"*", false);
            }
            h = fnv(h, v.as_bytes(), lower);
        }
        self.sum += self.weights.get(&h).copied().unwrap_or(0.0);
    }
}

/// Per article: each speaker's kind, quote count and name length, by speaker id.
struct SpeakerFacts<'a> {
    by_id: FastMap<&'a str, (&'static str, usize, usize)>,
}

impl<'a> SpeakerFacts<'a> {
    fn of(a: &'a Article) -> Self {
        let mut by_id: FastMap<&'a str, (&'static str, usize, usize)> =
            a.speakers.iter().map(|s| (s.id.as_str(), (s.kind.as_str(), 0, s.name.words().count()))).collect();
        for q in &a.quotes {
            if let Some(e) = q.speaker.as_deref().and_then(|id| by_id.get_mut(id)) {
                e.1 += 1;
            }
        }
        SpeakerFacts { by_id }
    }
}

/// The features of quote `q` (`raw` its uncalibrated confidence), into `out`.
fn features_into(facts: &SpeakerFacts<'_>, q: &Quote, raw: f32, out: &mut impl Sink) {
    out.add(key!("bias"), &[], false);
    let prior = (raw.clamp(0.0, 1.0) * 20.0).round() as usize;
    out.add(key!("prior"), &[PRIORS[prior.min(20)]], false);
    let kind = q.kind.as_str();
    out.add(key!("type"), &[kind], false);
    out.add(key!("class"), &[q.class.as_str()], false);
    out.add(key!("cue"), &[q.cue.as_ref().map_or("-", |c| c.text.as_str())], true);
    let side = match &q.cue {
        None => "none",
        Some(c) if c.end <= q.start => "before",
        Some(c) if c.start >= q.end => "after",
        Some(_) => "inside",
    };
    out.add(key!("cue_side"), &[side], false);
    let mention = match &q.speaker_mention {
        None => "none",
        Some(m) if PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(&m.text)) => "pronoun",
        Some(m) if m.text.chars().next().is_some_and(char::is_uppercase) => "name",
        Some(_) => "noun",
    };
    out.add(key!("mention"), &[mention], false);
    out.add(key!("type*mention"), &[kind, mention], false);
    out.add(key!("cue_side*mention"), &[side, mention], false);
    if let Some(m) = &q.speaker_mention {
        let gap = if m.end <= q.start { q.start - m.end } else { m.start.saturating_sub(q.end) };
        out.add(key!("mention_gap"), &[DIGITS[bucket(gap, &[2, 10, 40, 150])]], false);
    }
    match q.speaker.as_deref().and_then(|id| facts.by_id.get(id)) {
        None => out.add(key!("speaker"), &["none"], false),
        Some(&(skind, quotes, words)) => {
            out.add(key!("speaker"), &[skind], false);
            out.add(key!("speaker*type"), &[skind, kind], false);
            out.add(key!("speaker_quotes"), &[DIGITS[bucket(quotes, &[1, 3, 9])]], false);
            out.add(key!("name_words"), &[DIGITS[bucket(words, &[1, 2])]], false);
        }
    }
    let words = DIGITS[bucket(crate::text::word_count(&q.text), &[3, 8, 20, 40, 80])];
    out.add(key!("words"), &[words], false);
    out.add(key!("type*words"), &[kind, words], false);
}

/// The features of quote `q` of `a`, named, with `raw` its uncalibrated confidence.
pub fn features(a: &Article, q: &Quote, raw: f32) -> Vec<String> {
    let mut f = Vec::with_capacity(20);
    features_into(&SpeakerFacts::of(a), q, raw, &mut f);
    f
}

/// The calibration samples of `gold`: each quote `analyzer` finds (its confidences
/// uncalibrated: build it with `.calibrated(None)`), its [`features`], and whether the
/// reference scorer counts it right (span and speaker, as attribution precision does).
pub fn samples(gold: &crate::eval::Gold, analyzer: &crate::Analyzer) -> Vec<(Vec<String>, bool)> {
    let articles: FastMap<String, Article> = gold
        .iter()
        .map(|g| (g.id.clone(), analyzer.analyze(&crate::Document::plain(g.id.clone(), g.text.clone()))))
        .collect();
    let pred: crate::eval::Predictions = articles.iter().map(|(id, a)| (id.clone(), crate::eval::Prediction::from_article(a))).collect();
    let scores = crate::eval::score_all(gold, &pred, false);
    let facts: FastMap<&str, SpeakerFacts<'_>> = articles.iter().map(|(id, a)| (id.as_str(), SpeakerFacts::of(a))).collect();
    scores
        .outcomes
        .iter()
        .filter_map(|o| {
            let q = articles.get(&o.article)?.quotes.get(o.index)?;
            let mut f = Vec::with_capacity(20);
            features_into(facts.get(o.article.as_str())?, q, q.confidence, &mut f);
            Some((f, o.attribution_right))
        })
        .collect()
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl Calibrator {
    /// The probability that a quote with features `f` is right.
    pub fn probability(&self, f: &[String]) -> f64 {
        sigmoid(f.iter().filter_map(|k| self.weights.get(k)).sum())
    }

    /// Replaces each quote's confidence in `a` by its calibrated probability (3 decimals).
    pub fn apply(&self, a: &mut Article) {
        let facts = SpeakerFacts::of(a);
        let p: Vec<f32> = a
            .quotes
            .iter()
            .map(|q| {
                let mut s = Scorer { weights: &self.hashed, sum: 0.0 };
                features_into(&facts, q, q.confidence, &mut s);
                ((sigmoid(s.sum) * 1000.0).round() / 1000.0) as f32
            })
            .collect();
        drop(facts);
        for (q, p) in a.quotes.iter_mut().zip(p) {
            q.confidence = p;
        }
    }

    /// Fits weights to `samples` (features, right or not) by L2-regularized logistic
    /// regression: `l2` the penalty per weight (the bias is not penalized), full-batch
    /// gradient descent with per-feature step sizes (AdaGrad), `rounds` passes.
    /// Deterministic: the same samples give the same weights.
    pub fn fit(samples: &[(Vec<String>, bool)], l2: f64, rounds: usize, header: &str) -> Calibrator {
        let mut index: FastMap<&str, usize> = FastMap::default();
        let mut names: Vec<&str> = Vec::new();
        let rows: Vec<(Vec<usize>, f64)> = samples
            .iter()
            .map(|(f, y)| {
                let ids = f
                    .iter()
                    .map(|k| {
                        *index.entry(k.as_str()).or_insert_with(|| {
                            names.push(k.as_str());
                            names.len() - 1
                        })
                    })
                    .collect();
                (ids, if *y { 1.0 } else { 0.0 })
            })
            .collect();
        let bias = index.get("bias").copied();
        let mut w = vec![0.0f64; names.len()];
        let mut g2 = vec![1e-8f64; names.len()];
        let n = rows.len().max(1) as f64;
        for _ in 0..rounds {
            let mut grad = vec![0.0f64; w.len()];
            for (ids, y) in &rows {
                let p = sigmoid(ids.iter().map(|&i| w[i]).sum());
                for &i in ids {
                    grad[i] += (p - y) / n;
                }
            }
            for (i, g) in grad.iter_mut().enumerate() {
                if Some(i) != bias {
                    *g += l2 * w[i] / n;
                }
                g2[i] += *g * *g;
                w[i] -= 0.5 * *g / g2[i].sqrt();
            }
        }
        let weights = names.iter().zip(&w).filter(|(_, &x)| x.abs() >= 1e-6).map(|(k, &x)| ((*k).to_string(), x)).collect();
        Calibrator::from_weights(weights, header.to_string())
    }

    fn from_weights(weights: FastMap<String, f64>, header: String) -> Calibrator {
        let hashed = weights.iter().map(|(k, &v)| (name_hash(k), v)).collect();
        Calibrator { weights, hashed, header }
    }

    /// The weights as a TSV file: the header's lines as `#` comments, then `feature<TAB>weight`
    /// sorted by feature.
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for l in self.header.lines() {
            let _ = writeln!(out, "# {l}");
        }
        let mut ws: Vec<(&String, &f64)> = self.weights.iter().collect();
        ws.sort_by(|a, b| a.0.cmp(b.0));
        for (k, v) in ws {
            let _ = writeln!(out, "{k}\t{v:.6}");
        }
        out
    }

    /// Reads [`Calibrator::to_tsv`]'s format; fails on a line that is not `feature<TAB>number`.
    pub fn from_tsv(s: &str) -> Result<Calibrator, String> {
        let mut c = Calibrator::default();
        for (n, line) in s.lines().enumerate() {
            if let Some(h) = line.strip_prefix('#') {
                c.header.push_str(h.strip_prefix(' ').unwrap_or(h));
                c.header.push('\n');
                continue;
            }
            if line.trim().is_empty() {
                continue;
            }
            let (k, v) = line.rsplit_once('\t').ok_or_else(|| format!("line {}: no tab", n + 1))?;
            let v: f64 = v.trim().parse().map_err(|_| format!("line {}: {v:?} is not a number", n + 1))?;
            if !v.is_finite() {
                return Err(format!("line {}: {v} is not finite", n + 1));
            }
            c.weights.insert(k.to_string(), v);
        }
        Ok(Calibrator::from_weights(c.weights, c.header))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_and_named_features_agree() {
        let a = crate::Analyzer::rules_only().analyze(&crate::Document::plain(
            "t",
            "Intro.\n\n“The bridge will open,” Maria Lopez said.\n\nShe told reporters it would cost $4 million.",
        ));
        assert!(a.quotes.len() >= 2, "{:?}", a.quotes);
        // cue words are lowercased ("Said Lopez: ...")
        let mut a = a;
        if let Some(c) = a.quotes[0].cue.as_mut() {
            c.text = c.text.to_uppercase();
        }
        let facts = SpeakerFacts::of(&a);
        for q in &a.quotes {
            let named = features(&a, q, 0.7);
            let weights: FastMap<String, f64> = named.iter().enumerate().map(|(i, k)| (k.clone(), (i + 1) as f64)).collect();
            let c = Calibrator::from_weights(weights, String::new());
            let mut s = Scorer { weights: &c.hashed, sum: 0.0 };
            features_into(&facts, q, 0.7, &mut s);
            let want: f64 = (1..=named.len()).map(|i| i as f64).sum();
            assert_eq!(s.sum, want, "{named:?}");
            assert!(named.contains(&"cue=said".to_string()) || named.contains(&"cue=told".to_string()), "{named:?}");
        }
    }

    #[test]
    fn fit_learns_rates_and_round_trips() {
        // "a" right 9 times in 10, "b" 2 in 10
        let mut xs = Vec::new();
        for i in 0..10 {
            xs.push((vec!["bias".to_string(), "a".to_string()], i < 9));
            xs.push((vec!["bias".to_string(), "b".to_string()], i < 2));
        }
        let c = Calibrator::fit(&xs, 0.01, 2000, "test");
        let pa = c.probability(&["bias".into(), "a".into()]);
        let pb = c.probability(&["bias".into(), "b".into()]);
        assert!((pa - 0.9).abs() < 0.03, "{pa}");
        assert!((pb - 0.2).abs() < 0.03, "{pb}");
        let back = Calibrator::from_tsv(&c.to_tsv()).unwrap();
        assert!((back.probability(&["bias".into(), "a".into()]) - pa).abs() < 1e-5);
        assert_eq!(back.header, "test\n");
        assert_eq!(Calibrator::fit(&xs, 0.01, 2000, "test").to_tsv(), c.to_tsv());
        assert!(Calibrator::from_tsv("x\tnan").is_err());
        assert!(Calibrator::from_tsv("x 1").is_err());
    }
}
