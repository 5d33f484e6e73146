//! Training the tagger on gold PolNeAR articles (`whosaid train`).
//!
//! Each article is read by the rules-only [`Analyzer`] (its paragraphs, and the
//! rules' attributions as features); gold quotes become token tags: content
//! (the quote span), source (the speaker mention) and cue (the gold cue's text,
//! found next to its quote). The articles are split, with a seeded shuffle, into
//! a part the perceptron learns from and a held-out part on which the margin
//! threshold is chosen: the one that gives the whole pipeline its best
//! attribution F1 there ([`crate::eval::score`]). The model shipped is the one
//! trained on the first part. Deterministic: the same gold, options and seed give
//! the same bytes.

use super::features::{dynamics, kind, Sheet, B_CON, B_CUE, B_SRC, NSTATIC, STRIDE};
use super::{best, propose, Model, Scope};
use crate::eval::{self, GoldArticle, Prediction, Predictions};
use crate::fasthash::FastMap;
use crate::model::Document;
use crate::pipeline::Analyzer;
use crate::text::CharMap;
use std::sync::Arc;

/// How to train.
#[derive(Debug, Clone)]
pub struct Options {
    /// Seed of the shuffles (split and epoch order). Default 1.
    pub seed: u64,
    /// Passes over the training part. Default 6.
    pub epochs: usize,
    /// Hash bits of the feature space. Default 15 (a 0.46 MB model).
    pub bits: u32,
    /// Share of articles held out to choose the threshold. Default 0.2.
    pub holdout: f64,
    /// The command line, written into the model's header.
    pub command: String,
    /// A name for the corpus, written into the model's header.
    pub corpus: String,
}

impl Default for Options {
    fn default() -> Self {
        Options { seed: 1, epochs: 6, bits: 15, holdout: 0.2, command: String::new(), corpus: String::new() }
    }
}

/// What training measured.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Articles learned from.
    pub fit_articles: usize,
    /// Articles held out.
    pub held_articles: usize,
    /// Tokens learned from.
    pub tokens: usize,
    /// Attribution F1 of the rules alone on the held-out part.
    pub rules_f1: f64,
    /// Each threshold tried: (threshold, attribution precision, recall, F1 on the held-out part).
    pub grid: Vec<(f32, f64, f64, f64)>,
    /// The threshold chosen ([`Scope::Speech`]).
    pub threshold: f32,
    /// The same for [`Scope::Broad`].
    pub broad_grid: Vec<(f32, f64, f64, f64)>,
    /// The threshold chosen for [`Scope::Broad`].
    pub broad_threshold: f32,
    /// Words that may open a cue.
    pub triggers: usize,
}

/// One sentence to learn from.
struct Example {
    statics: Vec<[u32; NSTATIC]>,
    words: Vec<u64>,
    rules: Vec<u8>,
    gold: Vec<u8>,
}

/// A splitmix64 generator: seeded, the same sequence everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// The byte range of the gold cue text `cue` nearest to `near` (preferring one outside `content`).
fn find_cue(text: &str, cue: &str, near: (usize, usize), content: (usize, usize)) -> Option<(usize, usize)> {
    if cue.trim().is_empty() {
        return None;
    }
    let mut lo = near.0.min(content.0).saturating_sub(600);
    let mut hi = (near.1.max(content.1) + 600).min(text.len());
    while lo > 0 && !text.is_char_boundary(lo) {
        lo -= 1;
    }
    while hi < text.len() && !text.is_char_boundary(hi) {
        hi += 1;
    }
    let hay = text.get(lo..hi)?;
    hay.match_indices(cue)
        .map(|(k, m)| (lo + k, lo + k + m.len()))
        .min_by_key(|&(s, e)| {
            let inside = s >= content.0 && e <= content.1;
            let d = if e <= near.0 { near.0 - e } else { s.saturating_sub(near.1) };
            (inside, d, s)
        })
}

/// Gold tags per token of each paragraph.
fn gold_tags(g: &GoldArticle, paras: &[crate::segment::Paragraph]) -> Vec<Vec<u8>> {
    let text = g.text.as_str();
    let map = CharMap::new(text);
    let b = |c: usize| map.byte_at(c, text.len());
    // (start, end, kind, id): content first, then sources and cues over it
    let mut ranges: Vec<(usize, usize, u8, usize)> = Vec::new();
    for (qi, q) in g.quotes.iter().enumerate() {
        let content = (b(q.span.0), b(q.span.1));
        ranges.push((content.0, content.1, 3, qi * 3));
    }
    for (qi, q) in g.quotes.iter().enumerate() {
        let content = (b(q.span.0), b(q.span.1));
        let src = q.speaker_span.as_ref().filter(|s| s.len() == 2 && s[0] >= 0 && s[1] > s[0]).map(|s| (b(s[0] as usize), b(s[1] as usize)));
        if let Some(s) = src {
            ranges.push((s.0, s.1, 2, qi * 3 + 1));
        }
        if let Some(c) = q.cue.as_deref().and_then(|c| find_cue(text, c, src.unwrap_or(content), content)) {
            ranges.push((c.0, c.1, 1, qi * 3 + 2));
        }
    }
    let mut out = Vec::with_capacity(paras.len());
    for p in paras {
        let here: Vec<_> = ranges.iter().filter(|r| r.0 < p.end && p.start < r.1).collect();
        let mut tags = vec![0u8; p.tokens.len()];
        let mut prev: Option<(u8, usize)> = None;
        for (i, t) in p.tokens.iter().enumerate() {
            // the last range painted over the token wins (cues over sources over content)
            let hit = here.iter().rev().find(|r| t.start >= r.0 && t.start < r.1).map(|r| (r.2, r.3));
            tags[i] = match hit {
                None => 0,
                Some((k, id)) => {
                    let begin = prev != Some((k, id));
                    let base = match k {
                        1 => B_CUE,
                        2 => B_SRC,
                        _ => B_CON,
                    };
                    if begin {
                        base
                    } else {
                        base + 1
                    }
                }
            };
            prev = hit;
        }
        out.push(tags);
    }
    out
}

/// The sentences of one article with features and gold tags, and its word counts
/// (hash -> (uses outside quotation marks, uses as a cue)).
fn examples(rules: &Analyzer, g: &GoldArticle, bits: u32, counts: &mut FastMap<u64, (u32, u32)>) -> Vec<Example> {
    let (_, trace) = rules.analyze_traced(&Document::plain(g.id.clone(), g.text.clone()));
    let text = g.text.as_str();
    let lc = text.to_ascii_lowercase();
    let tags = gold_tags(g, &trace.paragraphs);
    let mut out = Vec::new();
    for (pi, (p, gt)) in trace.paragraphs.iter().zip(&tags).enumerate() {
        let attrs: Vec<_> = trace.attributions.iter().filter(|a| a.paragraph == pi).cloned().collect();
        for s in &p.sentences {
            let (a, b) = (s.start, s.end.min(p.tokens.len()));
            if b <= a {
                continue;
            }
            let sheet = Sheet::new(text, &lc, p, &attrs, a, b);
            for i in a..b {
                if p.tokens[i].kind == crate::segment::TokKind::Word && !p.quoted(i) {
                    let c = counts.entry(sheet.word(i)).or_default();
                    c.0 += 1;
                    c.1 += u32::from(kind(gt[i]) == 1);
                }
            }
            out.push(Example {
                statics: sheet.statics(bits),
                words: (a..b).map(|i| sheet.word(i)).collect(),
                rules: (a..b).map(|i| sheet.rule(i)).collect(),
                gold: gt[a..b].to_vec(),
            });
        }
    }
    out
}

/// Averaged perceptron weights being learned.
struct Perceptron {
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    clock: u32,
}

impl Perceptron {
    fn new(bits: u32) -> Self {
        let n = (1usize << bits) * STRIDE;
        Perceptron { w: vec![0.0; n], total: vec![0.0; n], stamp: vec![0; n], clock: 0 }
    }
    fn update(&mut self, f: u32, tag: u8, delta: f32) {
        let i = f as usize * STRIDE + tag as usize;
        self.total[i] += f64::from(self.clock - self.stamp[i]) * f64::from(self.w[i]);
        self.stamp[i] = self.clock;
        self.w[i] += delta;
    }
    fn averaged(mut self) -> Vec<f32> {
        let c = f64::from(self.clock.max(1));
        for i in 0..self.w.len() {
            self.total[i] += f64::from(self.clock - self.stamp[i]) * f64::from(self.w[i]);
            self.w[i] = (self.total[i] / c) as f32;
        }
        self.w
    }
}

fn fit(exs: &[&Example], epochs: usize, bits: u32, rng: &mut Rng) -> Vec<f32> {
    let mut p = Perceptron::new(bits);
    let mut order: Vec<usize> = (0..exs.len()).collect();
    for _ in 0..epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let ex = exs[k];
            let (mut p1, mut p2) = (0u8, 0u8);
            for (i, fs) in ex.statics.iter().enumerate() {
                let dy = dynamics(p1, p2, ex.words[i], ex.rules[i], bits);
                let mut acc = [0f32; STRIDE];
                for &f in fs.iter().chain(&dy) {
                    super::add(&p.w, f, &mut acc);
                }
                let (t, _) = best(&acc);
                let g = ex.gold[i];
                p.clock += 1;
                if t != g {
                    for &f in fs.iter().chain(&dy) {
                        p.update(f, g, 1.0);
                        p.update(f, t, -1.0);
                    }
                }
                p2 = p1;
                p1 = t;
            }
        }
    }
    p.averaged()
}

/// Words that were a cue at least twice and in at least a tenth of their uses outside quotation marks.
fn triggers(counts: &FastMap<u64, (u32, u32)>) -> Vec<u64> {
    let mut t: Vec<u64> = counts.iter().filter(|(_, &(n, c))| c >= 2 && c * 10 >= n).map(|(&h, _)| h).collect();
    t.sort_unstable();
    t
}

fn f1_of(gold: &[GoldArticle], an: &Analyzer) -> (f64, f64, f64) {
    let pred: Predictions = gold
        .iter()
        .map(|g| (g.id.clone(), Prediction::from_article(&an.analyze(&Document::plain(g.id.clone(), g.text.clone())))))
        .collect();
    let (r, _) = eval::score(&gold.to_vec(), &pred, false);
    (r.attribution.precision, r.attribution.recall, r.attribution.f1)
}

/// Held-out F1 differences below this are ties: well under the sampling noise of an
/// F1 over a few thousand held-out attributions.
const TIE: f64 = 0.002;

/// The highest threshold within [`TIE`] of `model`'s best attribution F1 on `held`
/// (`f32::MAX`, the rules alone, unless one beats `rules_f1`), its F1, and every threshold tried:
/// twenty quantiles of the margins of the model's proposals there.
fn choose(held: &[GoldArticle], rules: &Analyzer, model: &Model, rules_f1: f64) -> (f32, f64, Vec<(f32, f64, f64, f64)>) {
    let mut margins: Vec<f32> = Vec::new();
    for g in held {
        let (_, trace) = rules.analyze_traced(&Document::plain(g.id.clone(), g.text.clone()));
        let lc = g.text.to_ascii_lowercase();
        for (pi, p) in trace.paragraphs.iter().enumerate() {
            let attrs: Vec<_> = trace.attributions.iter().filter(|a| a.paragraph == pi).cloned().collect();
            margins.extend(propose::paragraph(model, &g.text, &lc, p, pi, &attrs, f32::NEG_INFINITY).into_iter().map(|(_, m)| m));
        }
    }
    margins.sort_by(f32::total_cmp);
    let mut grid: Vec<f32> = (0..20).filter_map(|k| margins.get(margins.len() * k / 20).copied()).collect();
    grid.dedup();
    let mut tried = Vec::new();
    for &t in &grid {
        let an = Analyzer::with_model(Some(Arc::new(model.with_thresholds(t, t))));
        let (p, r, f) = f1_of(held, &an);
        tried.push((t, p, r, f));
    }
    // the F1 curve is flat near its top, within what 168 articles can tell apart: of the
    // thresholds within TIE of the best, the highest (the most precise proposals), so
    // that the choice does not swing with a small change of the rules
    let best = tried.iter().map(|x| x.3).fold(rules_f1, f64::max);
    let chosen = tried.iter().rev().find(|x| x.3 > rules_f1 + 1e-9 && x.3 >= best - TIE).map_or((f32::MAX, rules_f1), |x| (x.0, x.3));
    (chosen.0, chosen.1, tried)
}

/// Trains a model on `gold` and returns its file bytes and what training measured.
pub fn train(gold: &[GoldArticle], opt: &Options) -> (Vec<u8>, Report) {
    let bits = opt.bits.clamp(10, 22);
    let rules = Analyzer::rules_only();
    let mut rng = Rng(opt.seed);
    let mut order: Vec<usize> = (0..gold.len()).collect();
    rng.shuffle(&mut order);
    let n_held = ((gold.len() as f64) * opt.holdout).round() as usize;
    let n_held = n_held.min(gold.len().saturating_sub(1));
    let (held_idx, fit_idx) = order.split_at(n_held);
    let mut fit_idx = fit_idx.to_vec();
    fit_idx.sort_unstable();
    let mut held_idx = held_idx.to_vec();
    held_idx.sort_unstable();
    let mut counts: FastMap<u64, (u32, u32)> = FastMap::default();
    let mut exs: Vec<Example> = Vec::new();
    for &i in &fit_idx {
        exs.extend(examples(&rules, &gold[i], bits, &mut counts));
    }
    let refs: Vec<&Example> = exs.iter().collect();
    let tokens = exs.iter().map(|e| e.gold.len()).sum();
    let weights = fit(&refs, opt.epochs, bits, &mut rng);
    drop(exs);
    let trig = triggers(&counts);
    let mut report = Report { fit_articles: fit_idx.len(), held_articles: held_idx.len(), tokens, triggers: trig.len(), ..Default::default() };
    let model = Model::new(bits, &weights, 0.0, trig, String::new());
    // the threshold: candidates from the margins of the held-out proposals, each scored end to end
    let held: Vec<GoldArticle> = held_idx.iter().map(|&i| gold[i].clone()).collect();
    report.rules_f1 = f1_of(&held, &rules).2;
    let (t_speech, f_speech, grid) = choose(&held, &rules, &model.with_scope(Scope::Speech), report.rules_f1);
    report.grid = grid;
    let (t_broad, f_broad, grid) = choose(&held, &rules, &model.with_scope(Scope::Broad), report.rules_f1);
    report.broad_grid = grid;
    report.broad_threshold = t_broad;
    let chosen = (t_speech, f_speech);
    report.threshold = chosen.0;
    let header = format!(
        "whosaid attribution tagger (averaged perceptron, greedy BIO: cue/source/content)\n\
         command: {}\ncorpus: {}\narticles: {} trained, {} held out for the threshold (seed {})\n\
         epochs: {}\nseed: {}\nbits: {}\ntokens: {}\nthreshold: speech {}, broad {}\n\
         held-out attribution F1: rules {:.4}, with model (speech) {:.4}, (broad) {:.4}\n\
         whosaid: {}\nformat: {}\n",
        opt.command,
        opt.corpus,
        report.fit_articles,
        report.held_articles,
        opt.seed,
        opt.epochs,
        opt.seed,
        bits,
        tokens,
        report.threshold,
        report.broad_threshold,
        report.rules_f1,
        chosen.1,
        f_broad,
        env!("CARGO_PKG_VERSION"),
        super::FORMAT
    );
    let model = Model { header, ..model.with_thresholds(report.threshold, report.broad_threshold) };
    (model.to_bytes(), report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffles_are_seeded() {
        let (mut a, mut b) = ((0..50).collect::<Vec<u32>>(), (0..50).collect::<Vec<u32>>());
        Rng(7).shuffle(&mut a);
        Rng(7).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<u32>>());
    }

    #[test]
    fn cues_are_found_next_to_their_quote() {
        let text = "He said so. Later she said the plan failed.";
        let content = (text.find("the plan").unwrap_or(0), text.len() - 1);
        let near = (text.find("she").unwrap_or(0), text.find("she").unwrap_or(0) + 3);
        assert_eq!(find_cue(text, "said", near, content), Some((near.1 + 1, near.1 + 5)));
    }
}
