//! Fuzz target: `bodies::warc` (see `crates/whosaid-ingest/tests/common/fuzz_bodies.rs`, which
//! `cargo test -p whosaid-ingest --test fuzz_corpus` also runs over `fuzz/corpus/warc/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/whosaid-ingest/tests/common/fuzz_bodies.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| {
    bodies::warc(data);
});
