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

fn table() -> &'static HashMap<&'static str, AbbrevKind> {
    static T: OnceLock<HashMap<&'static str, AbbrevKind>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for line in include_str!("../../data/attribution/abbreviations.txt").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut it = line.split('\t');
            let (Some(a), Some(k)) = (it.next(), it.next()) else { continue };
            let kind = if k.trim() == "may_end" { AbbrevKind::May } else { AbbrevKind::Never };
            m.insert(a.trim(), kind);
        }
        m
    })
}

/// The kind of abbreviation `word` (without its final period) is, if any.
pub fn abbreviation(word: &str) -> Option<AbbrevKind> {
    table().get(word).copied()
}
