//! The `query` fuzz target's body on stable: every file kept in `fuzz/corpus/query/` (the
//! minimized corpus of real `cargo fuzz` runs) and every crash file in `fuzz/artifacts/query/`,
//! so a fuzzer finding fails here until it is fixed.

#[path = "common/fuzz_query.rs"]
mod fuzz_query;

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
fn query_corpus() {
    let corpus = files("fuzz/corpus/query");
    assert!(!corpus.is_empty(), "the query corpus fuzz/corpus/query is in the repo");
    for f in corpus.iter().chain(&files("fuzz/artifacts/query")) {
        let data = std::fs::read(f).unwrap_or_default();
        eprintln!("{}", f.display());
        fuzz_query::query(&data);
    }
}
