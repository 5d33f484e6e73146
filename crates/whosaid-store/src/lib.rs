//! Corpus store (to be built): SQLite, quote search, reprints, statistics.
