//! Abbreviations that end in a period, from `data/attribution/abbreviations.txt`.

use crate::fasthash::FastMap as HashMap;
use std::sync::OnceLock;

/// Whether an abbreviation can end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevKind {
    /// Never ends a sentence ("Mr.").
    Never,
    /// Ends one when a sentence opener follows ("U.S.").
    May,
}

fn table() -> &'static HashMap<Box<str>, AbbrevKind> {
    static T: OnceLock<HashMap<Box<str>, AbbrevKind>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: HashMap<Box<str>, AbbrevKind> = HashMap::default();
        for line in include_str!("../../data/attribution/abbreviations.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut it = line.split('\t');
            let (Some(a), Some(k)) = (it.next(), it.next()) else { continue };
            let kind = if k.trim() == "may_end" { AbbrevKind::May } else { AbbrevKind::Never };
            m.insert(a.trim().into(), kind);
        }
        // every one-word title abbreviation before a name ("Coun. Diane Deans", "Cpl. Ana
        // Ruiz"; the attribution lexicon's), capitalised as printed there, never ends a sentence
        for a in crate::attribute::lexicon::lexicon().title_abbrev.keys() {
            let Some(stem) = a.strip_suffix('.').filter(|s| !s.is_empty() && !s.contains(['.', ' '])) else { continue };
            let mut cs = stem.chars();
            let Some(first) = cs.next() else { continue };
            let word: String = first.to_uppercase().chain(cs).collect();
            m.entry(word.into_boxed_str()).or_insert(AbbrevKind::Never);
        }
        m
    })
}

/// The kind of abbreviation `word` (without its final period) is, if any.
pub fn abbreviation(word: &str) -> Option<AbbrevKind> {
    table().get(word).copied()
}
