//! whosaid-store: the corpus mode of whosaid, an embedded SQLite store of analyzed articles.
//!
//! The main types, in the order data flows: an iterator of [`Input`]s goes
//! into [`index()`], whose workers turn each analyzed [`whosaid::Article`] into a
//! [`Prepared`] set of rows, which one writer commits in batches into the
//! schema of [`schema`] (WAL, versioned by `PRAGMA user_version`). Reading
//! back: [`search()`] (FTS5 over quotes, giving [`Hit`]s), [`speakers()`] (people
//! across the corpus, one per [`identity`]), [`stats()`] (source diversity, [`Stats`]), and
//! [`reprints()`] (MinHash/LSH clusters from [`minhash`], each a [`Cluster`]).
//! [`synth`] builds the reproducible benchmark corpus.

pub mod browse;
pub mod derive;
pub mod error;
pub mod export;
pub mod identity;
pub mod index;
pub mod minhash;
pub mod plot;
pub mod reprints;
pub mod schema;
pub mod search;
pub mod stats;
pub mod synth;
pub mod write;

pub use error::{Result, StoreError};
pub use index::{index, IndexOptions, IndexReport, Input, Job, Progress};
pub use reprints::{reprints, Cluster, Member};
pub use schema::{open, open_read};
pub use search::{search, Hit, SearchQuery};
pub use stats::{sources_in, sources_of_classes, speakers, speakers_in, stats, stats_in, Filter, GroupBy, Person, Stats, StatsRow};
pub use write::Prepared;

/// Number of articles stored.
pub fn count_articles(conn: &rusqlite::Connection) -> Result<u64> {
    Ok(conn.query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))?.max(0) as u64)
}

/// Writes already-analyzed articles directly (one transaction); returns how many were new.
///
/// For callers that build records themselves (tests, imports of `analyze` output).
pub fn insert_articles(conn: &mut rusqlite::Connection, articles: &[whosaid::Article]) -> Result<u64> {
    let tx = conn.transaction()?;
    let mut n = 0;
    for a in articles {
        let doc = whosaid::Document {
            id: a.id.clone(),
            text: a.text.clone(),
            url: a.url.clone(),
            site_name: a.site_name.clone(),
            layout: None,
        };
        let p = Prepared::new(derive::doc_hash(&doc), a.id.clone(), a.clone());
        if write::insert(&tx, &p)? {
            n += 1;
        }
    }
    tx.commit()?;
    Ok(n)
}
