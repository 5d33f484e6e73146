//! Opening a store: pragmas (WAL), and schema migrations keyed by `PRAGMA user_version`.
//!
//! Each entry of [`MIGRATIONS`] moves the schema one version up; a fresh file
//! runs them all, an older file runs the missing ones, in one transaction each.

use crate::error::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// Schema steps; index `i` upgrades version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[r#"
CREATE TABLE articles(
    id INTEGER PRIMARY KEY,
    hash BLOB NOT NULL UNIQUE,          -- xxh3-128 of the input (id, text, url, site)
    doc_id TEXT NOT NULL,               -- the record id (file stem)
    source TEXT,                        -- the input path
    outlet TEXT NOT NULL,               -- site_name, else URL host, else id prefix
    date TEXT,                          -- YYYY-MM-DD: published, else found in id or URL
    month TEXT,                         -- YYYY-MM
    headline TEXT,
    byline TEXT,
    published TEXT,
    url TEXT,
    site_name TEXT,
    original_publisher TEXT,            -- from the syndication notice
    wire TEXT,                          -- wire credit found in the text
    text TEXT NOT NULL,                 -- the text every offset indexes
    body_chars INTEGER NOT NULL,
    shingles INTEGER NOT NULL,          -- distinct word 5-shingles of the body
    minhash BLOB                        -- 64 little-endian u32 minima, NULL when too short (v5: one-permutation)
);
CREATE TABLE speakers(
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    sid TEXT NOT NULL,                  -- "s1" within the article
    name TEXT NOT NULL,
    norm TEXT NOT NULL,                 -- normalized full name: the corpus-wide identity
    surname TEXT NOT NULL,              -- last word of norm, for --speaker SURNAME
    kind TEXT NOT NULL,
    gender TEXT NOT NULL,
    gender_evidence TEXT NOT NULL
);
CREATE INDEX speakers_norm ON speakers(norm);
CREATE INDEX speakers_surname ON speakers(surname);
CREATE TABLE roles(
    speaker INTEGER NOT NULL,
    title TEXT NOT NULL,
    organization TEXT
);
CREATE INDEX roles_speaker ON roles(speaker);
CREATE TABLE quotes(
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    qid TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    cue TEXT,
    speaker INTEGER,                    -- speakers.id, NULL when unknown
    addressee TEXT,
    confidence REAL NOT NULL
);
CREATE INDEX quotes_speaker ON quotes(speaker);
-- Contentless full-text index of quotes (rowid = quotes.id). Besides the text it
-- indexes the filters, so `--speaker`, `--outlet` and dates narrow the match
-- inside the index: speaker = normalized name; outlet and month are one token
-- each (search::filter_token: "x" + lowercase letters and digits, "x201603");
-- from version 4 the month column adds an outlet+month token (search::month_tokens).
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, outlet, month, content='', tokenize='unicode61 remove_diacritics 2'
);
-- Entities and furniture of an article: JSON arrays of the record's objects
-- (kind, text, start, end[, credit]); one row per article keeps the writer fast.
CREATE TABLE extras(
    article INTEGER PRIMARY KEY,
    entities TEXT NOT NULL,
    furniture TEXT NOT NULL
);
"#, r#"
-- Version 2, for bulk loading: no query looks speakers up by name (search
-- filters speakers in the FTS index and checks norm/surname on the joined
-- row), so these two indexes only cost random B-tree inserts.
DROP INDEX IF EXISTS speakers_norm;
DROP INDEX IF EXISTS speakers_surname;
-- FTS5 buffers this many bytes of postings before writing a segment (default
-- 1 MB): bigger first-level segments mean fewer merge passes. Stored in
-- quotes_fts_config, so every connection uses it.
INSERT INTO quotes_fts(quotes_fts, rank) VALUES('hashsize', 4194304);
"#, r#"
-- Version 3: the speaker column holds one token for the normalized full name and
-- one for the last name (search::speaker_tokens), so a --speaker filter is a token
-- lookup instead of a phrase over words that also fill the text column. The
-- index is rebuilt from the quotes by write::rebuild_fts (see REBUILD_FTS).
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker, outlet, month, content='', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO quotes_fts(quotes_fts, rank) VALUES('hashsize', 4194304);
"#, r#"
-- Version 4: the month column also holds one token for outlet and month together
-- (search::month_tokens), so --outlet with --from/--to is one short posting list.
-- The index is emptied here and refilled by write::rebuild_fts.
INSERT INTO quotes_fts(quotes_fts) VALUES('delete-all');
"#, r#"
-- Version 5, smaller rows for bulk loading:
-- * quotes.text goes: a quote is text[start..end] of its article (code points),
--   which the view quote_texts gives as substr(articles.text, start + 1, end - start);
-- * extras.entities holds [kind, start, end] triples instead of objects that
--   repeated each entity's text;
-- * signatures are one-permutation MinHash (minhash::Signature::of) and
--   articles.shingles counts distinct shingles anew: write::recompute_minhash
--   recomputes both (see RECOMPUTE_MINHASH).
-- The step rewrites the articles and quotes tables in one transaction: it needs
-- free disk about the size of the store, and minutes per million articles.
ALTER TABLE quotes DROP COLUMN text;
CREATE VIEW quote_texts AS
    SELECT q.id, q.article, q.qid, substr(a.text, q.start + 1, q.end - q.start) AS text
    FROM quotes q JOIN articles a ON a.id = q.article;
UPDATE extras SET entities = (
    SELECT json_group_array(CASE WHEN e.type = 'object'
        THEN json_array(json_extract(e.value, '$.kind'), json_extract(e.value, '$.start'), json_extract(e.value, '$.end'))
        ELSE json(e.value) END)
    FROM json_each(extras.entities) e);
"#, r#"
-- Version 6, nothing lost:
-- * quotes.raw_text holds a quote's text when its article's text contains a NUL
--   character (SQLite's substr() stops at the first NUL, so the view would give
--   an empty or cut text); NULL otherwise, which costs one byte a row;
-- * re-indexing an input whose id is stored replaces the stored version
--   (write::insert deletes it first), which looks articles up by doc_id and
--   their quotes and speakers by article. Quotes and speakers of one article
--   are appended with growing article ids, so those two indexes grow at their end.
ALTER TABLE quotes ADD COLUMN raw_text TEXT;
CREATE INDEX articles_doc_id ON articles(doc_id);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX speakers_article ON speakers(article);
DROP VIEW quote_texts;
CREATE VIEW quote_texts AS
    SELECT q.id, q.article, q.qid, coalesce(q.raw_text, substr(a.text, q.start + 1, q.end - q.start)) AS text
    FROM quotes q JOIN articles a ON a.id = q.article;
"#, r#"
-- Version 7: quotes.class is the record's quote class (contract v1.1): belief, stance or
-- evidence; NULL for speech, the class of every quote stored before (which costs one byte
-- a row for the most common class).
ALTER TABLE quotes ADD COLUMN class TEXT;
"#];

/// `PRAGMA application_id` of a whosaid store ("whos"): the store refuses other SQLite files.
pub const APPLICATION_ID: i32 = 0x7768_6f73;

/// Versions whose migration ends by refilling the FTS index from the stored quotes.
const REBUILD_FTS: &[i64] = &[3, 4];
/// Versions whose migration ends by recomputing every article's MinHash signature.
const RECOMPUTE_MINHASH: &[i64] = &[5];

/// The schema version this build writes.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// Opens (creating if missing) a store for reading and writing, migrated to the current schema.
///
/// Fails, before changing anything in the file, when it is not a SQLite database, is
/// another program's database (see [`APPLICATION_ID`]) or was written by a newer schema.
pub fn open(path: &Path) -> Result<Connection> {
    let mut conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let kind = check_ours(&conn, path)?;
    if kind == Kind::Empty {
        // Only a new file takes it: 8 KiB pages mean fewer B-tree splits and WAL frames.
        conn.pragma_update(None, "page_size", 8192)?;
    }
    pragmas(&conn)?;
    stable_plans(&conn)?;
    migrate(&mut conn)?;
    if kind != Kind::Tagged {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    Ok(conn)
}

/// Opens an existing store read-only (no migration); fails when the file is missing or not a store.
///
/// Nothing is written beside the file: a store left in rollback mode by a clean `index` run
/// needs no `-wal`/`-shm` files; a store still in WAL mode that cannot be opened that way
/// (read-only media or folder) is opened as immutable.
pub fn open_read(path: &Path) -> Result<Connection> {
    if !path.exists() {
        return Err(StoreError::Io {
            path: path.display().to_string(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file"),
        });
    }
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let conn = match check_ours(&conn, path) {
        Ok(_) => conn,
        Err(StoreError::Sql(e)) if is_cannot_open(&e) => {
            drop(conn);
            let c = Connection::open_with_flags(immutable_uri(path), flags | rusqlite::OpenFlags::SQLITE_OPEN_URI)?;
            check_ours(&c, path)?;
            c
        }
        Err(e) => return Err(e),
    };
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "mmap_size", READ_MMAP_BYTES)?;
    stable_plans(&conn)?;
    Ok(conn)
}

/// The SQL expression of a quote's class over `quotes` (alias `q`): the stored class, or
/// 'speech' in a store written before version 7 (read-only opens do not migrate).
pub fn class_sql(conn: &Connection) -> &'static str {
    class_sql_of(has_class_column(conn))
}

/// True when the store's quotes have a `class` column (schema version 7 on).
pub fn has_class_column(conn: &Connection) -> bool {
    conn.prepare_cached("SELECT 1 FROM pragma_table_info('quotes') WHERE name = 'class'")
        .and_then(|mut s| s.exists([]))
        .unwrap_or(false)
}

/// [`class_sql`] of a store with (`column`) or without the `class` column.
pub fn class_sql_of(column: bool) -> &'static str {
    if column { "coalesce(q.class, 'speech')" } else { "'speech'" }
}

/// The SQL condition that quote `q`'s class ([`class_sql_of`] `column`) is one of those bound
/// to parameter `?param` as [`class_list`] writes them. One statement serves every set of
/// classes, so a statement cache holds one per query, whatever the classes asked.
pub fn class_filter_sql(column: bool, param: usize) -> String {
    format!("instr(?{param}, ',' || {} || ',') > 0", class_sql_of(column))
}

/// `classes` as the value a [`class_filter_sql`] parameter binds: `,speech,belief,`; `None`
/// when empty (every class: no condition).
pub fn class_list(classes: &[whosaid::QuoteClass]) -> Option<String> {
    (!classes.is_empty()).then(|| classes.iter().fold(String::from(","), |s, c| s + c.as_str() + ","))
}

/// How much of the store a read connection maps into memory (`PRAGMA mmap_size`): 64 GiB,
/// i.e. the whole file of any store this machine serves (the 1M-article store is 9.8 GB).
/// Pages past the map are read with `pread` into SQLite's page cache, a copy per page
/// fetched: with 1 GiB mapped, 7-9% of the server's CPU under search load on the 1M store
/// (perf). SQLite caps the map at its compile-time `SQLITE_MAX_MMAP_SIZE`, 2 GB unless the
/// build raises it: `.cargo/config.toml` sets it to 64 GiB for the bundled SQLite. The map
/// is address space, not memory: its pages are the kernel's page cache of the file.
pub const READ_MMAP_BYTES: i64 = 64 << 30;

/// Turns on SQLite's query planner stability guarantee: a statement's plan never depends on
/// the values bound to it, so a cached statement runs as prepared.
///
/// Without it, SQLite 3.54 marks a parameter whose value could sharpen the plan (`LIMIT ?`
/// on the FTS table, `?2 IS NULL OR ...` in a filter) and re-prepares the statement on its
/// next step after every new binding: 18% of the server's CPU under search load (perf) went
/// to parsing and planning the two statements of a search page again and again. The plans
/// without bound values are those the `issue14` test of `search` checks.
fn stable_plans(conn: &Connection) -> Result<()> {
    conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
    Ok(())
}

/// True for the errors SQLite gives a read-only connection to a WAL database whose
/// `-shm` it cannot create.
fn is_cannot_open(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::PermissionDenied | rusqlite::ErrorCode::SystemIoFailure)
    )
}

/// `file:PATH?immutable=1`, the path percent-encoded where URI syntax needs it.
fn immutable_uri(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for b in abs.as_os_str().as_encoded_bytes() {
        match b {
            b'%' | b'?' | b'#' | 0x80..=0xff | 0..=0x20 => uri.push_str(&format!("%{b:02X}")),
            _ => uri.push(*b as char),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

/// What [`check_ours`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A new or empty file.
    Empty,
    /// A store with whosaid's [`APPLICATION_ID`].
    Tagged,
    /// A store of a version before the application id was set (its tables and version say so).
    Legacy,
}

/// Refuses, by reading only, files that are not an empty database or a whosaid store.
fn check_ours(conn: &Connection, path: &Path) -> Result<Kind> {
    let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let names: Vec<String> = {
        let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let too_new = || StoreError::SchemaTooNew { found: version, supported: current_version() };
    let refuse = |reason: &str| StoreError::NotAStore { path: path.display().to_string(), reason: reason.to_string() };
    if app == APPLICATION_ID {
        return if version > current_version() { Err(too_new()) } else { Ok(Kind::Tagged) };
    }
    if app != 0 {
        return Err(refuse(&format!("its application id is {app:#x}, not whosaid's")));
    }
    if names.is_empty() && version == 0 {
        return Ok(Kind::Empty);
    }
    let ours = ["articles", "speakers", "roles", "quotes", "quotes_fts", "extras"].iter().all(|t| names.iter().any(|n| n == t));
    match (ours, version) {
        (true, v) if v > current_version() => Err(too_new()),
        (true, v) if v >= 1 => Ok(Kind::Legacy),
        _ => Err(refuse("it is another program's SQLite database (not empty, no whosaid application id)")),
    }
}

fn pragmas(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    let _mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    // WAL + NORMAL: a committed batch survives a killed process; only power loss may drop the last one.
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if v > current_version() {
        return Err(StoreError::SchemaTooNew { found: v, supported: current_version() });
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(v.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        if REBUILD_FTS.contains(&((i + 1) as i64)) {
            crate::write::rebuild_fts(&tx)?;
        }
        if RECOMPUTE_MINHASH.contains(&((i + 1) as i64)) {
            crate::write::recompute_minhash(&tx)?;
        }
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}

/// Leaves WAL mode after a clean run: checkpoints and removes the `-wal` and `-shm` files, so
/// readers (another user, read-only media) need nothing beside the store. The next writer
/// switches back to WAL. Does nothing when another connection has the store open.
pub fn close_wal(path: &Path) {
    if let Ok(conn) = Connection::open(path) {
        let _ = conn.busy_timeout(std::time::Duration::ZERO);
        let _ = conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get::<_, String>(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_store_gets_current_version_and_reopens() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("whosaid-schema-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let db = dir.join("s.db");
        let _ = std::fs::remove_file(&db);
        {
            let c = open(&db)?;
            let v: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0))?;
            assert_eq!(v, current_version());
        }
        let c = open(&db)?;
        let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        assert_eq!(mode, "wal");
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }
}
