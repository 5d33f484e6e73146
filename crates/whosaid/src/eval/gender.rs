//! Persons by gender: precision, recall and F1 for female, male and unknown.
//!
//! A [`Tally`] takes, article by article, the gold persons and the predicted
//! ones as (name, gender) pairs. On each side a person counts once per article
//! and normalized name ([`super::norm`]; a repeated name keeps the first stated
//! gender). Gold and predicted persons are paired one to one: first by equal
//! normalized names, then by the reference scorer's person rule
//! ([`super::same_speaker`]: the same last word and, when both names have more
//! than one word, the same first initial). A predicted person is right for
//! gender G when it is paired and both sides say G; precision for G is over the
//! predicted persons with G, recall over the gold persons with G. The result is
//! [`GenderScores`], one [`GenderScore`] per gender.

use super::{prf, same_speaker, GoldSp, PredSpeaker, Prf};

/// The three genders of the contract, in report order.
pub const GENDERS: [&str; 3] = ["female", "male", "unknown"];

/// One gender's counts and scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GenderScore {
    /// "female", "male" or "unknown".
    pub gender: &'static str,
    /// Predicted persons with this gender.
    pub predicted: usize,
    /// Gold persons with this gender.
    pub gold: usize,
    /// Pairs where both sides have this gender.
    pub right: usize,
    /// right / predicted, right / gold, F1.
    pub prf: Prf,
}

/// Female, male and unknown, in that order.
pub type GenderScores = [GenderScore; 3];

/// 0 female, 1 male, 2 anything else (unknown, absent, unexpected).
fn code(g: Option<&str>) -> usize {
    match g {
        Some("female") => 0,
        Some("male") => 1,
        _ => 2,
    }
}

/// A person on one side: raw name, normalized name, gender code.
struct Who<'a> {
    name: &'a str,
    norm: String,
    gender: usize,
}

/// Distinct persons by normalized name, in first-seen order; nameless ones are dropped.
fn distinct<'a>(persons: impl Iterator<Item = (Option<&'a str>, Option<&'a str>)>) -> Vec<Who<'a>> {
    let mut out: Vec<Who<'a>> = Vec::new();
    for (name, gender) in persons {
        let Some(name) = name else { continue };
        let n = super::norm(Some(name));
        if n.is_empty() {
            continue;
        }
        let g = code(gender);
        match out.iter_mut().find(|w| w.norm == n) {
            Some(w) if w.gender == 2 => w.gender = g,
            Some(_) => {}
            None => out.push(Who { name, norm: n, gender: g }),
        }
    }
    out
}

/// One-to-one pairs (gold index, predicted index): equal names first, then the person rule.
fn pairs(gold: &[Who<'_>], pred: &[Who<'_>]) -> Vec<(usize, usize)> {
    let mut used_g = vec![false; gold.len()];
    let mut used_p = vec![false; pred.len()];
    let mut out = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if let Some(pi) = (0..pred.len()).find(|&pi| !used_p[pi] && pred[pi].norm == g.norm) {
            used_g[gi] = true;
            used_p[pi] = true;
            out.push((gi, pi));
        }
    }
    for (gi, g) in gold.iter().enumerate() {
        if used_g[gi] {
            continue;
        }
        let gs = GoldSp { name: Some(g.name.to_string()), kind: Some("person".into()), span: None };
        let found = (0..pred.len()).find(|&pi| {
            let ps = PredSpeaker { name: Some(pred[pi].name.to_string()), ..Default::default() };
            !used_p[pi] && same_speaker(Some(&gs), Some(&ps), None)
        });
        if let Some(pi) = found {
            used_p[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

/// Counts over articles, turned into [`GenderScores`] at the end.
#[derive(Debug, Default, Clone)]
pub(super) struct Tally {
    predicted: [usize; 3],
    gold: [usize; 3],
    right: [usize; 3],
}

impl Tally {
    /// Adds one article's gold and predicted persons, each as (name, gender).
    pub(super) fn add<'a, 'b>(
        &mut self,
        gold: impl Iterator<Item = (Option<&'a str>, Option<&'a str>)>,
        pred: impl Iterator<Item = (Option<&'b str>, Option<&'b str>)>,
    ) {
        let (g, p) = (distinct(gold), distinct(pred));
        for w in &g {
            self.gold[w.gender] += 1;
        }
        for w in &p {
            self.predicted[w.gender] += 1;
        }
        for (gi, pi) in pairs(&g, &p) {
            if g[gi].gender == p[pi].gender {
                self.right[g[gi].gender] += 1;
            }
        }
    }

    /// Precision, recall and F1 per gender.
    pub(super) fn scores(&self) -> GenderScores {
        let one = |i: usize| GenderScore {
            gender: GENDERS[i],
            predicted: self.predicted[i],
            gold: self.gold[i],
            right: self.right[i],
            prf: prf(self.right[i], self.predicted[i], self.right[i], self.gold[i]),
        };
        [one(0), one(1), one(2)]
    }
}

/// The scores as a JSON object keyed by gender.
pub fn to_json(s: &GenderScores) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    for g in s {
        m.insert(
            g.gender.to_string(),
            serde_json::json!({
                "predicted": g.predicted, "gold": g.gold, "right": g.right,
                "precision": g.prf.precision, "recall": g.prf.recall, "f1": g.prf.f1,
            }),
        );
    }
    serde_json::Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (name, gender) persons of one side of one article.
    type Side<'a> = &'a [(&'a str, &'a str)];

    fn tally(articles: &[(Side<'_>, Side<'_>)]) -> GenderScores {
        let mut t = Tally::default();
        for (gold, pred) in articles {
            t.add(gold.iter().map(|(n, g)| (Some(*n), Some(*g))), pred.iter().map(|(n, g)| (Some(*n), Some(*g))));
        }
        t.scores()
    }

    #[test]
    fn counts_by_hand() {
        // Article 1: gold Dana Whitfield (f), Omar Castellano (m), Lee Pruitt (unknown).
        //   predicted "Whitfield" (f: pairs by surname), "Dr. Omar Castellano" (f: wrong gender),
        //   "Pruitt" twice (one person), "Ivo Brandt" (m: not in gold).
        // Article 2: gold Mara Okonkwo (f); predicted "Tom Okonkwo" (f: other first initial, no pair).
        let s = tally(&[
            (
                &[("Dana Q. Whitfield", "female"), ("Omar Castellano", "male"), ("Lee Pruitt", "unknown")],
                &[
                    ("Whitfield", "female"),
                    ("Dr. Omar Castellano", "female"),
                    ("Pruitt", "unknown"),
                    ("Pruitt", "unknown"),
                    ("Ivo Brandt", "male"),
                ],
            ),
            (&[("Mara Okonkwo", "female")], &[("Tom Okonkwo", "female")]),
        ]);
        let f = s[0];
        assert_eq!((f.predicted, f.gold, f.right), (3, 2, 1));
        assert_eq!((f.prf.precision, f.prf.recall, f.prf.f1), (0.3333, 0.5, 0.4));
        let m = s[1];
        assert_eq!((m.predicted, m.gold, m.right), (1, 1, 0));
        assert_eq!(m.prf.f1, 0.0);
        let u = s[2];
        assert_eq!((u.predicted, u.gold, u.right), (1, 1, 1));
        assert_eq!((u.prf.precision, u.prf.recall, u.prf.f1), (1.0, 1.0, 1.0));
    }

    #[test]
    fn exact_names_pair_before_the_surname_rule() {
        // "Whitfield" alone could pair with either gold Whitfield; "Dana Whitfield" must keep hers.
        let s = tally(&[(
            &[("Dana Whitfield", "female"), ("Rob Whitfield", "male")],
            &[("Whitfield", "male"), ("Dana Whitfield", "female")],
        )]);
        assert_eq!((s[0].right, s[1].right), (1, 1));
    }

    #[test]
    fn empty_sides_score_zero_without_dividing_by_zero() {
        let s = tally(&[(&[], &[]), (&[("", "female")], &[])]);
        for g in s {
            assert_eq!((g.predicted, g.gold, g.right, g.prf.f1), (0, 0, 0, 0.0));
        }
    }
}
