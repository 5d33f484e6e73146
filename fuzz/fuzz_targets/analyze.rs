//! Fuzz target: arbitrary bytes, read as lossy UTF-8, through
//! `whosaid::Analyzer::analyze`; panics when the analyzer panics or when a
//! span breaks the contract of `shared/contract/OUTPUT.md`.
//!
//! The body is `fuzz_one` in `crates/whosaid/tests/common/contract.rs`, which
//! the stable test suite also runs over `fuzz/seeds/analyze/`
//! (`cargo test -p whosaid --test fuzz_seeds`).

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/whosaid/tests/common/contract.rs"]
mod contract;

fuzz_target!(|data: &[u8]| {
    contract::fuzz_one(data);
});
