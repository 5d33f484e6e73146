//! Fuzz target: `bodies::jsonl` (see `crates/whosaid-ingest/tests/common/fuzz_bodies.rs`, which
//! `cargo test -p whosaid-ingest --test fuzz_corpus` also runs over `fuzz/corpus/jsonl/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/whosaid-ingest/tests/common/fuzz_bodies.rs"]
mod bodies;

fuzz_target!(|data: &[u8]| {
    bodies::jsonl(data);
});
