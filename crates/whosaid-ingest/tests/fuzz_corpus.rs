//! The reader fuzz targets' bodies on stable: every file kept in `fuzz/corpus/{html,warc,
//! jsonl,gzip,ingest}/` (the minimized corpora of real `cargo fuzz` runs) and every crash file
//! in `fuzz/artifacts/<target>/`, so a fuzzer finding fails here until it is fixed.

mod common;

#[path = "../../whosaid/tests/common/contract.rs"]
#[allow(dead_code)]
mod contract;

#[path = "common/fuzz_ingest.rs"]
mod fuzz_ingest;

use std::path::PathBuf;

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn replay(target: &str, body: fn(&[u8])) {
    let corpus = files(&format!("fuzz/corpus/{target}"));
    let crashes = files(&format!("fuzz/artifacts/{target}"));
    for f in corpus.iter().chain(&crashes) {
        let data = std::fs::read(f).unwrap_or_default();
        eprintln!("{}", f.display());
        body(&data);
    }
}

#[test]
fn html_corpus() {
    replay("html", common::fuzz_bodies::html);
}

#[test]
fn warc_corpus() {
    replay("warc", common::fuzz_bodies::warc);
}

#[test]
fn jsonl_corpus() {
    replay("jsonl", common::fuzz_bodies::jsonl);
}

#[test]
fn gzip_corpus() {
    replay("gzip", common::fuzz_bodies::gzip);
}

#[test]
fn ingest_corpus() {
    replay("ingest", |data| fuzz_ingest::ingest(data, contract::assert_contract));
}
