//! The library's one error type.

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is not usable text (binary, or not valid UTF-8 after decoding).
    #[error("{source_name}: {reason}")]
    BadInput {
        /// The file or record that failed.
        source_name: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A bundled data file (lexicon, model) failed to parse.
    #[error("bundled data {file}: {reason}")]
    Data {
        /// The data file.
        file: &'static str,
        /// What is wrong with it.
        reason: String,
    },
}

/// Result with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
