//! The span contract of `shared/contract/OUTPUT.md`, checked on one
//! [`Article`]: every span lies inside the text (`start <= end <= len` in code
//! points) and its `text` equals `text[start..end]` in code points; quote ids
//! are unique; every `quote.speaker` names a speaker in `speakers`.
//!
//! Shared by `tests/properties.rs`, `tests/spans.rs`, `tests/fuzz_seeds.rs`
//! and the cargo-fuzz target `fuzz/fuzz_targets/analyze.rs` (through `#[path]`).

use std::collections::HashSet;
use whosaid::{Analyzer, Article, Document};

/// Code-point -> byte offsets of one text (one entry per code point, plus the length).
struct Bounds<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> Bounds<'a> {
    fn new(text: &'a str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Bounds { text, bytes }
    }

    /// Number of code points.
    fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// `text[start..end]` in code points, or why not.
    fn slice(&self, start: usize, end: usize) -> Result<&'a str, String> {
        if start > end || end > self.len() {
            return Err(format!("span {start}..{end} outside 0..{} code points", self.len()));
        }
        Ok(&self.text[self.bytes[start]..self.bytes[end]])
    }

    /// Checks one span with its own `text` field.
    fn check(&self, what: &str, start: usize, end: usize, text: &str, errs: &mut Vec<String>) {
        match self.slice(start, end) {
            Err(e) => errs.push(format!("{what}: {e}")),
            Ok(s) if s != text => {
                errs.push(format!("{what} {start}..{end}: text {text:?} but text[start..end] is {s:?}"))
            }
            Ok(_) => {}
        }
    }

    /// Checks a span without a text field (syndication).
    fn check_bare(&self, what: &str, start: usize, end: usize, errs: &mut Vec<String>) {
        if let Err(e) = self.slice(start, end) {
            errs.push(format!("{what}: {e}"));
        }
    }
}

/// Every violation of the span contract in `a`, empty when it holds.
pub fn violations(a: &Article) -> Vec<String> {
    let b = Bounds::new(&a.text);
    let mut errs = Vec::new();
    let mut ids = HashSet::new();
    let speaker_ids: HashSet<&str> = a.speakers.iter().map(|s| s.id.as_str()).collect();
    if speaker_ids.len() != a.speakers.len() {
        errs.push("speaker ids are not unique".to_string());
    }
    for q in &a.quotes {
        if !ids.insert(q.id.as_str()) {
            errs.push(format!("quote id {} is not unique", q.id));
        }
        b.check(&format!("quote {}", q.id), q.start, q.end, &q.text, &mut errs);
        if let Some(c) = &q.cue {
            b.check(&format!("quote {} cue", q.id), c.start, c.end, &c.text, &mut errs);
        }
        if let Some(m) = &q.speaker_mention {
            b.check(&format!("quote {} speaker_mention", q.id), m.start, m.end, &m.text, &mut errs);
        }
        if let Some(s) = &q.speaker {
            if !speaker_ids.contains(s.as_str()) {
                errs.push(format!("quote {} names speaker {s}, which is not in speakers", q.id));
            }
        }
        if !(0.0..=1.0).contains(&q.confidence) {
            errs.push(format!("quote {} confidence {} outside 0..1", q.id, q.confidence));
        }
    }
    for s in &a.speakers {
        for m in &s.mentions {
            b.check(&format!("speaker {} mention", s.id), m.start, m.end, &m.text, &mut errs);
        }
    }
    for (i, p) in a.people.iter().enumerate() {
        for m in &p.mentions {
            b.check(&format!("person {i} mention"), m.start, m.end, &m.text, &mut errs);
        }
        if let Some(sid) = &p.speaker {
            if !speaker_ids.contains(sid.as_str()) {
                errs.push(format!("person {i} names speaker {sid}, which is not in speakers"));
            }
        }
    }
    for (i, f) in a.furniture.iter().enumerate() {
        b.check(&format!("furniture {i} ({:?})", f.kind), f.start, f.end, &f.text, &mut errs);
    }
    for (i, e) in a.entities.iter().enumerate() {
        b.check(&format!("entity {i} ({:?})", e.kind), e.start, e.end, &e.text, &mut errs);
    }
    if let Some(s) = &a.syndication {
        b.check_bare("syndication", s.start, s.end, &mut errs);
    }
    errs
}

/// Panics with every violation listed (and a label for the input) when the contract fails.
pub fn assert_contract(label: &str, a: &Article) {
    let errs = violations(a);
    if !errs.is_empty() {
        let shown: Vec<&String> = errs.iter().take(20).collect();
        panic!("{label}: {} span contract violations:\n{shown:#?}", errs.len());
    }
}

/// The fuzz body: arbitrary bytes, read as lossy UTF-8, analyzed, checked.
///
/// The analyzer must not panic, its `text` must be the input unchanged, and
/// the span contract must hold.
pub fn fuzz_one(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let a = Analyzer::new().analyze(&Document::plain("fuzz", text.as_str()));
    assert_eq!(a.text, text, "plain-text input must be returned unchanged");
    assert_contract("fuzz input", &a);
}
