//! Helpers shared by the integration tests: the span contract of
//! `shared/contract/OUTPUT.md` as one checker, and where the gold data lives.
//!
//! `contract.rs` is also compiled into the cargo-fuzz target
//! (`fuzz/fuzz_targets/analyze.rs`), so the fuzzer and the stable test suite
//! check exactly the same thing.

#![allow(dead_code)]

pub mod contract;

use std::path::PathBuf;

/// `../shared/gold` beside the repository (the repo root is two levels above this crate).
pub fn gold_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold")
}

/// The `.txt` files of one gold folder, sorted; empty (with a note on stderr) when the folder is absent.
pub fn gold_texts(sub: &str) -> Vec<PathBuf> {
    let dir = gold_dir().join(sub);
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("skipping: {} not present", dir.display());
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}
