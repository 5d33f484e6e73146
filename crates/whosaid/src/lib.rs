//! whosaid: who said what in a news article.
//!
//! The main types, in the order data flows:
//! [`Document`] (id + plain text, optionally a [`Layout`] from HTML) ->
//! [`layout`] (furniture and story paragraphs) -> [`segment`] (sentences,
//! tokens, quotation marks) -> [`recognize`] (names, roles, gender) ->
//! [`attribute`] (cues, quotes, local speaker mentions) -> [`resolve`]
//! (one speaker per source) -> [`Article`], the record of
//! `shared/contract/OUTPUT.md`. [`Analyzer`] runs the stages.
//!
//! All offsets in the record are Unicode code points into [`Article::text`];
//! stages work on byte offsets and convert once, at the end.
// Rule chains keep one branch per documented case even where two give the same answer,
// and a rule's conditions stay in the order they read in prose.
#![allow(clippy::if_same_then_else, clippy::nonminimal_bool)]

pub mod attribute;
pub mod calibrate;
pub mod error;
pub mod fasthash;
pub mod eval;
pub mod json;
pub mod layout;
pub mod learn;
pub mod lexicon;
pub mod model;
pub mod pipeline;
pub mod recognize;
pub mod resolve;
pub mod segment;
pub mod text;

pub use error::{Error, Result};
pub use model::*;
pub use pipeline::Analyzer;
