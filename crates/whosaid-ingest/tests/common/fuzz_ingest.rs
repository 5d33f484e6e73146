//! The body of the `ingest` fuzz target (`fuzz/fuzz_targets/ingest.rs` includes this file),
//! also run on stable by `tests/fuzz_corpus.rs` over the kept corpus and every crash file:
//! arbitrary bytes through the whole input path of `analyze` and `index`, the sniffing
//! reader (gzip, WARC, JSONL, HTML or text) and then the analyzer on each document it
//! yields, so HTML layouts and JSONL metadata meet the analyzer, which the `analyze`
//! target (plain text only) never shows it. Panics when either panics or when `check`
//! (the span contract of `crates/whosaid/tests/common/contract.rs`) fails.
#![allow(dead_code, clippy::panic)]

/// Reads `data` as a file named `fuzz` (the format is sniffed from the bytes) and as
/// `fuzz.txt`, analyzes at most 16 documents of each and checks every record.
pub fn ingest(data: &[u8], check: fn(&str, &whosaid::Article)) {
    let analyzer = whosaid::Analyzer::new();
    for name in ["fuzz", "fuzz.txt"] {
        let raw = Box::new(std::io::Cursor::new(data.to_vec()));
        let Ok(items) = whosaid_ingest::read_from(raw, std::path::Path::new(name)) else { continue };
        for item in items.take(16) {
            if let Ok(input) = item {
                let a = analyzer.analyze(&input.doc);
                check(name, &a);
            }
        }
    }
}
