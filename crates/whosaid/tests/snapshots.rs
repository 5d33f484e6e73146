//! Golden snapshot of the seed article's record (`../shared/gold/seed`).
//!
//! The article text is not ours to copy, so the snapshot keeps only `text`
//! and `body` as a length and a hash, plus the parts a reviewer reads: the
//! headline, byline, syndication, furniture (kind and span), every quote
//! (type, span, speaker id, cue and mention text) and every speaker in full.
//! Quote and speaker texts are short excerpts and stay out of the snapshot
//! except for names, cues and mentions.
//!
//! The snapshot changes whenever accuracy changes. Changes are accepted by
//! review, never by hand edits of the `.snap` file:
//!
//! ```text
//! cargo insta review            # or, to take every change at once:
//! INSTA_UPDATE=always cargo test -p whosaid --test snapshots
//! ```
//!
//! Skips with a message when `../shared` is absent.

mod common;

use serde_json::{json, Value};
use whosaid::{Analyzer, Article, Document};

/// 64-bit FNV-1a: a hash that is stable across Rust versions and platforms.
fn fnv1a(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A text replaced by its length in code points and its hash.
fn redacted(s: &str) -> Value {
    json!({ "chars": s.chars().count(), "fnv1a": fnv1a(s) })
}

/// The reviewable part of a record, with the article's own text redacted.
fn summary(a: &Article) -> Value {
    json!({
        "id": a.id,
        "text": redacted(&a.text),
        "body": redacted(&a.body),
        "headline": a.headline,
        "byline": a.byline,
        "published": a.published,
        "syndication": a.syndication,
        "furniture": a.furniture.iter().map(|f| json!({
            "kind": f.kind, "start": f.start, "end": f.end,
        })).collect::<Vec<_>>(),
        "quotes": a.quotes.iter().map(|q| json!({
            "id": q.id,
            "type": q.kind,
            "start": q.start,
            "end": q.end,
            "speaker": q.speaker,
            "cue": q.cue.as_ref().map(|c| &c.text),
            "mention": q.speaker_mention.as_ref().map(|m| &m.text),
        })).collect::<Vec<_>>(),
        "speakers": a.speakers,
        "warnings": a.warnings,
    })
}

#[test]
fn seed_article() {
    let Some(path) = common::gold_texts("seed").into_iter().next() else {
        eprintln!("skipping: no seed article under {}", common::gold_dir().display());
        return;
    };
    let text = std::fs::read_to_string(&path).expect("seed article is readable UTF-8");
    let a = Analyzer::new().analyze(&Document::plain("rferl-taliban-engagement", text));
    common::contract::assert_contract("seed", &a);
    insta::assert_json_snapshot!("seed_article", summary(&a));
}
