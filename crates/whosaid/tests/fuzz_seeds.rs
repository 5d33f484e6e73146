//! The cargo-fuzz body on stable: runs `fuzz_one` (the same function
//! `fuzz/fuzz_targets/analyze.rs` calls) over every seed in
//! `fuzz/seeds/analyze/`, the minimized corpus of the real fuzzing runs in
//! `fuzz/corpus/analyze/`, and over any crash files saved in
//! `fuzz/artifacts/analyze/` so that a fuzzer finding becomes a failing test
//! here until it is fixed.

mod common;

use std::path::PathBuf;

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn fuzz_seeds_keep_the_contract() {
    let seeds = files("fuzz/seeds/analyze");
    assert!(seeds.len() >= 5, "the seed corpus fuzz/seeds/analyze is in the repo");
    for f in seeds.iter().chain(&files("fuzz/corpus/analyze")).chain(&files("fuzz/artifacts/analyze")) {
        let data = std::fs::read(f).expect("seed is readable");
        eprintln!("{}", f.display());
        common::contract::fuzz_one(&data);
    }
}
