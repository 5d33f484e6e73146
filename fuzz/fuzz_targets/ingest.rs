//! Fuzz target: `fuzz_ingest::ingest`, the sniffing reader and then the analyzer with the span
//! contract (see `crates/whosaid-ingest/tests/common/fuzz_ingest.rs`, which
//! `cargo test -p whosaid-ingest --test fuzz_corpus` also runs over `fuzz/corpus/ingest/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/whosaid/tests/common/contract.rs"]
#[allow(dead_code)]
mod contract;

#[path = "../../crates/whosaid-ingest/tests/common/fuzz_ingest.rs"]
mod fuzz_ingest;

fuzz_target!(|data: &[u8]| {
    fuzz_ingest::ingest(data, contract::assert_contract);
});
