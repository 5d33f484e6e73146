//! HTML pages: bytes -> decoded text ([`decode`]) -> [`dom::Dom`] ->
//! [`extract::Page`] (clean text + layout) -> [`whosaid::Document`].

pub mod boilerplate;
pub mod classes;
pub mod dom;
pub mod extract;
pub mod meta;
pub mod outlet;

pub use extract::{extract, Page};
