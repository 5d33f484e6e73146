//! The store's one error type.

/// Everything that can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite refused an operation (open, schema, insert, query).
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    /// A file (the database, a gold corpus) could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The database was written by a newer whosaid than this one.
    #[error("database schema version {found} is newer than this whosaid supports ({supported})")]
    SchemaTooNew {
        /// The version in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// The file is a SQLite database of another program (or not empty and not a store).
    #[error("{path} is not a whosaid store: {reason}; nothing was changed")]
    NotAStore {
        /// The file.
        path: String,
        /// What it is instead.
        reason: String,
    },
    /// A worker or the writer thread stopped unexpectedly.
    #[error("indexing pipeline: {0}")]
    Pipeline(String),
    /// A search that cannot run as given (no words, too many terms, a bad date).
    #[error("{0}")]
    Query(String),
    /// An argument is out of range (e.g. an unknown `--by`).
    #[error("{0}")]
    Invalid(String),
}

/// Result with the store's [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
