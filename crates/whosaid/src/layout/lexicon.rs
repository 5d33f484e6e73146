//! The layout vocabularies of `data/layout/*.txt`, parsed once.
//!
//! Every file has a header comment saying where its entries came from; entries
//! are matched case-insensitively, so they are kept lower-cased here.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use std::sync::OnceLock;

use crate::model::FurnitureKind;
use crate::text::SplitWords;

/// All layout vocabularies.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Words a promo line starts with ("join", "sign up").
    pub promo_starts: Vec<String>,
    /// Words one of which a promo line contains ("channel", "newsletter").
    pub promo_objects: Vec<String>,
    pub promo_ends: Vec<String>,
    /// Phrases that make a short paragraph a promo anywhere.
    pub promo_phrases: Vec<String>,
    /// Syndication phrases followed by the publisher's name.
    pub synd_phrases: Vec<String>,
    /// Syndication phrases without a publisher after them.
    pub synd_bare: Vec<String>,
    /// First words allowed for the sentence holding a syndication phrase.
    pub synd_openers: Vec<String>,
    /// Wire agency (lower-cased) -> publisher name to report.
    pub wires: HashMap<String, String>,
    /// Prefixes of photo credits ("photo:", "ap photo").
    pub credit_prefixes: Vec<String>,
    /// Photo agencies a credit may end with.
    pub credit_agencies: Vec<String>,
    pub caption_labels: Vec<String>,
    pub source_labels: Vec<String>,
    /// Prefixes of related-links lines.
    pub related: Vec<String>,
    /// Whole-paragraph boilerplate labels -> kind (looked up for most short paragraphs:
    /// FxHash, not SipHash; the lookups alone read it, never its order).
    pub boilerplate: crate::fasthash::FastMap<String, FurnitureKind>,
    /// Openings that make a paragraph furniture (`[starts]` in `boilerplate.txt`), with their kind.
    pub boilerplate_starts: Vec<String>,
    pub boilerplate_start_kind: crate::fasthash::FastMap<String, FurnitureKind>,
    /// Headings that make a paragraph of lines below them furniture (`[headings]` in `boilerplate.txt`).
    pub headings: Vec<String>,
    /// What an editor's update note says after its colon (`[update_notes]` in `boilerplate.txt`).
    pub update_notes: Vec<String>,
    /// Month spelling -> month number.
    /// (FxHash: looked up for many words of date lines; never iterated.)
    pub months: crate::fasthash::FastMap<String, u32>,
    /// Weekday spellings.
    pub weekdays: Vec<String>,
    /// Byline prefixes ("by", "written by").
    pub byline_prefixes: Vec<String>,
    /// Contributor-line prefixes ("reporting by", "contributing:").
    pub contributor_prefixes: Vec<String>,
    /// Contributor-line endings ("contributed to this report").
    pub contributor_suffixes: Vec<String>,
    /// Job titles dropped from byline names.
    pub roles: Vec<String>,
    /// Phrases of a writer's contact note ("may be reached at", "have a tip").
    pub contact: Vec<String>,
    /// Last words of an outlet's name after a byline's writer ("star", "presse").
    pub outlet_heads: Vec<String>,
    /// Syndication phrases then bare phrases, lower-cased, searched in the ASCII-lower-cased paragraph.
    pub synd_ac: Option<AhoCorasick>,
    /// Promo phrases, lower-cased, searched in the ASCII-lower-cased paragraph.
    pub promo_ac: Option<AhoCorasick>,
    /// Credit prefixes, for one-pass search (ASCII case-insensitive).
    pub credit_ac: Option<AhoCorasick>,
    /// No credit prefix holds '.' or '|' or starts with a space: a prefix match
    /// right after ". " or " | " cannot overlap an earlier match.
    pub credit_after_separator_only: bool,
    /// First bytes of `credit_prefixes`.
    pub credit_first: FirstBytes,
    /// First bytes of `related`.
    pub related_first: FirstBytes,
    /// First bytes of `promo_starts`.
    pub promo_first: FirstBytes,
    /// First bytes of `byline_prefixes`.
    pub byline_first: FirstBytes,
    /// First bytes of `contributor_prefixes`.
    pub contributor_first: FirstBytes,
    pub boilerplate_first: FirstBytes,
    pub caption_label_first: FirstBytes,
}

/// A lower-case prefix list's entries grouped by their first byte, both ASCII cases:
/// a text is compared only with the entries that may start it, in list order (most
/// paragraphs start as a few entries do, and a comparison costs a case-folded match).
/// An empty entry may start any text that has a first byte.
#[derive(Debug, Clone, Default)]
pub(crate) struct FirstBytes(Vec<Vec<usize>>);

impl FirstBytes {
    fn of(list: &[String]) -> FirstBytes {
        let mut groups = vec![Vec::new(); 256];
        for (i, e) in list.iter().enumerate() {
            match e.as_bytes().first() {
                Some(&b) => {
                    groups[usize::from(b.to_ascii_lowercase())].push(i);
                    if b.to_ascii_uppercase() != b.to_ascii_lowercase() {
                        groups[usize::from(b.to_ascii_uppercase())].push(i);
                    }
                }
                None => groups.iter_mut().for_each(|g| g.push(i)),
            }
        }
        FirstBytes(groups)
    }

    /// The entries of `list` (the list these groups were made of) that `s` may start
    /// with, in list order: none when `s` is empty.
    pub(crate) fn entries<'l>(&'l self, list: &'l [String], s: &str) -> impl Iterator<Item = &'l str> {
        let group = s.as_bytes().first().and_then(|&b| self.0.get(usize::from(b))).map_or(&[][..], Vec::as_slice);
        group.iter().filter_map(|&i| list.get(i)).map(String::as_str)
    }
}

#[cfg(test)]
impl FirstBytes {
    /// `s` may start with an entry (the test of the flat filter these groups replace).
    fn may_start(&self, s: &str) -> bool {
        s.as_bytes().first().is_some_and(|&b| self.0.get(usize::from(b)).is_some_and(|g| !g.is_empty()))
    }
}

/// The lexicon, parsed on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

/// Lines of a data file without comments and blanks, with their `[section]`.
fn entries(src: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    src.lines().filter_map(move |line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        if line.starts_with('[') && line.ends_with(']') {
            section = line.get(1..line.len() - 1).unwrap_or("");
            return None;
        }
        Some((section, line))
    })
}

fn section(src: &'static str, name: &str) -> Vec<String> {
    entries(src).filter(|(s, _)| *s == name).map(|(_, l)| l.to_lowercase()).collect()
}

fn build() -> Lexicon {
    let promo = include_str!("../../data/layout/promo.txt");
    let synd = include_str!("../../data/layout/syndication.txt");
    let credit = include_str!("../../data/layout/credit.txt");
    let mut lex = Lexicon {
        promo_starts: section(promo, "starts"),
        promo_objects: section(promo, "objects"),
        promo_ends: section(promo, "ends"),
        promo_phrases: section(promo, "phrases"),
        synd_phrases: section(synd, "phrases"),
        synd_bare: section(synd, "bare"),
        synd_openers: section(synd, "openers"),
        credit_prefixes: section(credit, "prefixes"),
        credit_agencies: section(credit, "agencies"),
        caption_labels: section(credit, "line_labels"),
        source_labels: section(credit, "source_labels"),
        related: section(include_str!("../../data/layout/related.txt"), ""),
        byline_prefixes: section(include_str!("../../data/layout/byline.txt"), "prefixes"),
        contributor_prefixes: section(include_str!("../../data/layout/byline.txt"), "contributor_prefixes"),
        contributor_suffixes: section(include_str!("../../data/layout/byline.txt"), "contributor_suffixes"),
        roles: section(include_str!("../../data/layout/byline.txt"), "roles"),
        contact: section(include_str!("../../data/layout/byline.txt"), "contact"),
        outlet_heads: section(include_str!("../../data/layout/byline.txt"), "outlet_heads"),
        ..Default::default()
    };
    // Longest first, so "sign up for" wins over "sign up".
    for v in [&mut lex.synd_phrases, &mut lex.credit_prefixes, &mut lex.related, &mut lex.promo_starts, &mut lex.byline_prefixes, &mut lex.contributor_prefixes] {
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
    for (_, line) in entries(include_str!("../../data/layout/wire.txt")) {
        let (short, full) = match line.split_once(" = ") {
            Some((s, f)) => (s.trim(), f.trim()),
            None => (line, line),
        };
        lex.wires.insert(short.to_lowercase(), full.to_string());
        lex.wires.entry(full.to_lowercase()).or_insert_with(|| full.to_string());
    }
    for (sec, line) in entries(include_str!("../../data/layout/boilerplate.txt")) {
        if sec == "headings" || sec == "update_notes" {
            let list = if sec == "headings" { &mut lex.headings } else { &mut lex.update_notes };
            list.push(line.to_lowercase());
        } else if let Some((kind, text)) = line.split_once(':') {
            let kind = match kind.trim() {
                "ad" => FurnitureKind::Ad,
                _ => FurnitureKind::Other,
            };
            if sec == "starts" {
                lex.boilerplate_starts.push(text.trim().to_lowercase());
                lex.boilerplate_start_kind.insert(text.trim().to_lowercase(), kind);
            } else {
                lex.boilerplate.insert(text.trim().to_lowercase(), kind);
            }
        }
    }
    for (_, line) in entries(include_str!("../../data/layout/months.txt")) {
        let mut parts = line.words();
        let first = parts.next().unwrap_or("");
        if first == "d" {
            lex.weekdays.extend(parts.map(str::to_lowercase));
            continue;
        }
        if let Ok(n) = first.parse::<u32>() {
            for p in parts {
                lex.months.insert(p.to_lowercase(), n);
            }
        }
    }
    let ac = |pats: Vec<&String>| {
        AhoCorasickBuilder::new().kind(Some(AhoCorasickKind::DFA)).ascii_case_insensitive(true).match_kind(MatchKind::LeftmostLongest).build(pats).ok()
    };
    // Scanned over the ASCII-lower-cased text: exact matching keeps the fast prefilters.
    let lower_ac = |pats: Vec<&String>| {
        let pats: Vec<String> = pats.into_iter().map(|p| p.to_ascii_lowercase()).collect();
        AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostLongest).build(pats).ok()
    };
    lex.synd_ac = lower_ac(lex.synd_phrases.iter().chain(lex.synd_bare.iter()).collect());
    lex.promo_ac = lower_ac(lex.promo_phrases.iter().collect());
    lex.credit_ac = ac(lex.credit_prefixes.iter().collect());
    lex.credit_after_separator_only = lex.credit_prefixes.iter().all(|p| !p.is_empty() && !p.contains(['.', '|']) && !p.starts_with(' '));
    lex.credit_first = FirstBytes::of(&lex.credit_prefixes);
    lex.related_first = FirstBytes::of(&lex.related);
    lex.promo_first = FirstBytes::of(&lex.promo_starts);
    lex.byline_first = FirstBytes::of(&lex.byline_prefixes);
    lex.contributor_first = FirstBytes::of(&lex.contributor_prefixes);
    lex.boilerplate_first = FirstBytes::of(&lex.boilerplate_starts);
    lex.caption_label_first = FirstBytes::of(&lex.caption_labels);
    lex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouped_entries_are_the_entries_a_text_starts_with() {
        use crate::layout::rules::starts_word_ci;
        let lists: [Vec<String>; 3] = [
            ["read more", "related", "r", "»", "more:", "also on", "more"].map(String::from).to_vec(),
            ["sign up", "by", "", "é", "follow"].map(String::from).to_vec(),
            Vec::new(),
        ];
        let texts = ["Read more: x", "READ MORE", "related stories", "R", "r", "» Also", "More", "more:", "Also on Site:", "By Ana", "é", "É", "", " read more", "Sign up", "x", "follow us"];
        for list in &lists {
            let groups = FirstBytes::of(list);
            for t in texts {
                let grouped: Vec<&str> = groups.entries(list, t).filter(|e| starts_word_ci(t, e)).collect();
                let flat: Vec<&str> = list.iter().map(String::as_str).filter(|e| groups.may_start(t) && starts_word_ci(t, e)).collect();
                assert_eq!(grouped, flat, "{list:?} {t:?}");
                // (the flat filter let through every text starting with an entry's first byte)
                let any_first = !t.is_empty() && list.iter().any(|e| e.is_empty() || e.as_bytes()[0].eq_ignore_ascii_case(&t.as_bytes()[0]));
                assert_eq!(groups.may_start(t), any_first, "{list:?} {t:?}");
            }
        }
    }

    #[test]
    fn layout_lexicon_loads() {
        let l = lexicon();
        assert!(l.promo_starts.iter().any(|s| s == "join"));
        assert!(l.synd_phrases.iter().any(|s| s == "originally published by"));
        assert_eq!(l.wires.get("ap").map(String::as_str), Some("Associated Press"));
        assert_eq!(l.months.get("sept"), Some(&9));
        assert_eq!(l.boilerplate.get("advertisement"), Some(&FurnitureKind::Ad));
        assert!(l.related.iter().any(|s| s == "read more"));
    }
}
