//! whosaid: who said what in a news article.
//!
//! The main types, in the order data flows:
//! [`Document`] (id + plain text, optionally a [`Layout`] from HTML) ->
//! [`layout`] (furniture and story paragraphs) -> [`segment`] (sentences,
//! tokens, quotation marks) -> [`attribute`] (cues, quotes, speakers) ->
//! [`recognize`] (names, roles, gender, entities) -> [`Article`], the
//! record of `shared/contract/OUTPUT.md`. [`Analyzer`] runs the stages.
//!
//! All offsets are Unicode code points into [`Article::text`].

pub mod error;
pub mod layout;
pub mod model;
pub mod pipeline;
pub mod text;

pub use error::{Error, Result};
pub use model::*;
pub use pipeline::Analyzer;
pub mod segment;
