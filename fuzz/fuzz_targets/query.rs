//! Fuzz target: `fuzz_query::query`, the search query path on arbitrary text (see
//! `crates/whosaid-store/tests/common/fuzz_query.rs`, which
//! `cargo test -p whosaid-store --test fuzz_query` also runs over `fuzz/corpus/query/`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/whosaid-store/tests/common/fuzz_query.rs"]
mod fuzz_query;

fuzz_target!(|data: &[u8]| {
    fuzz_query::query(data);
});
