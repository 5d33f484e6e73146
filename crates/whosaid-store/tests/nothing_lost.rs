//! Issue 14, data loss: the store never changes a file that is not its own, keeps the
//! text of quotes in articles with NUL characters, replaces an input indexed again
//! under the same id, and leaves no `-wal`/`-shm` files after a clean run.

use std::path::{Path, PathBuf};
use whosaid::{Analyzer, Document};

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-nothing-lost-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let db = dir.join(format!("{name}.db"));
    for s in ["", "-wal", "-shm", "-journal"] {
        let _ = std::fs::remove_file(format!("{}{s}", db.display()));
    }
    db
}

fn side_files(db: &Path) -> Vec<String> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| format!("{}{s}", db.display()))
        .filter(|p| Path::new(p).exists())
        .collect()
}

fn index(db: &Path, docs: Vec<Document>) -> Result<whosaid_store::IndexReport, whosaid_store::StoreError> {
    let analyzer = Analyzer::new();
    let inputs = docs.into_iter().map(|d| {
        whosaid_store::Input::Job(whosaid_store::Job {
            source: d.id.clone(),
            hash: whosaid_store::derive::doc_hash(&d),
            bytes: d.text.len() as u64,
            item: d,
        })
    });
    whosaid_store::index(db, inputs, |d| analyzer.analyze(&d), &Default::default(), |_| {})
}

fn search(db: &Path, words: &str) -> Result<Vec<whosaid_store::Hit>, whosaid_store::StoreError> {
    let conn = whosaid_store::open_read(db)?;
    whosaid_store::search(&conn, &whosaid_store::SearchQuery { text: words.into(), limit: 100, ..Default::default() })
}

#[test]
fn issue14_another_programs_database_is_refused_unchanged() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("foreign");
    {
        let c = rusqlite::Connection::open(&db)?;
        c.execute_batch("CREATE TABLE articles(x); INSERT INTO articles VALUES (1);")?;
    }
    let before = std::fs::read(&db)?;
    let err = whosaid_store::open(&db).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("not a whosaid store"), "{err}");
    assert_eq!(std::fs::read(&db)?, before, "the file was changed");
    assert!(side_files(&db).is_empty(), "{:?}", side_files(&db));
    assert!(index(&db, vec![Document::plain("a", "\"Yes,\" Ann Lee said.")]).is_err());
    assert_eq!(std::fs::read(&db)?, before, "index changed the file");
    assert!(whosaid_store::open_read(&db).is_err());
    Ok(())
}

#[test]
fn issue14_a_store_of_a_newer_schema_is_refused_unchanged() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("newer");
    drop(whosaid_store::open(&db)?);
    whosaid_store::schema::close_wal(&db);
    {
        let c = rusqlite::Connection::open(&db)?;
        c.pragma_update(None, "user_version", 99)?;
    }
    let before = std::fs::read(&db)?;
    let err = whosaid_store::open(&db).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("99"), "{err}");
    assert_eq!(std::fs::read(&db)?, before, "still switched to WAL or otherwise changed");
    assert!(side_files(&db).is_empty());
    Ok(())
}

#[test]
fn issue14_quotes_of_text_with_nul_are_stored_and_found() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("nul");
    let text = "Officials met on Monday.\u{0}\n\n\"The bridge will reopen in spring,\" Maria Lopez said.\n".to_string();
    let doc = Document::plain("nul-article", text.clone());
    let want: Vec<String> = Analyzer::new().analyze(&doc).quotes.iter().map(|q| q.text.clone()).collect();
    assert!(want.iter().any(|q| q.contains("bridge")), "{want:?}");
    index(&db, vec![doc])?;
    let hits = search(&db, "bridge")?;
    assert_eq!(hits.iter().map(|h| h.quote.clone()).collect::<Vec<_>>(), want.iter().filter(|q| q.contains("bridge")).cloned().collect::<Vec<_>>());
    let conn = whosaid_store::open_read(&db)?;
    let stored: Vec<String> = conn.prepare("SELECT text FROM quote_texts ORDER BY id")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    assert_eq!(stored, want);
    let full: String = conn.query_row("SELECT text FROM articles", [], |r| r.get(0))?;
    assert_eq!(full, text);
    Ok(())
}

#[test]
fn issue14_reindexing_an_edited_input_replaces_it() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("replace");
    let v1 = Document::plain("story", "\"The ferry will stop in June,\" Anna Berg said.\n");
    let other = Document::plain("other", "\"The ferry is late again,\" Tom Hale said.\n");
    let r = index(&db, vec![v1, other.clone()])?;
    assert_eq!(r.progress.stored, 2);
    assert_eq!(search(&db, "june")?.len(), 1);
    let v2 = Document::plain("story", "\"The ferry will stop in July,\" Anna Berg said.\n");
    let r = index(&db, vec![v2, other])?;
    assert_eq!((r.progress.stored, r.progress.skipped), (1, 1));
    assert!(search(&db, "june")?.is_empty(), "the old version is still found");
    assert_eq!(search(&db, "july")?.len(), 1);
    // One hit per article for a word both versions have: no duplicates.
    let ferry = search(&db, "ferry")?;
    assert_eq!(ferry.iter().map(|h| h.article.as_str()).collect::<Vec<_>>(), ["other", "story"]);
    let conn = whosaid_store::open_read(&db)?;
    let counts: (i64, i64, i64) = conn.query_row(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM quotes), (SELECT count(*) FROM speakers)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    assert_eq!(counts, (2, 2, 2));
    drop(conn);
    let conn = whosaid_store::open(&db)?;
    conn.execute_batch("INSERT INTO quotes_fts(quotes_fts, rank) VALUES('integrity-check', 1)")?;
    Ok(())
}

#[test]
fn issue14_a_clean_index_run_leaves_no_side_files() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("clean");
    index(&db, vec![Document::plain("a", "\"We will win,\" Ann Lee said.\n")])?;
    assert!(side_files(&db).is_empty(), "{:?}", side_files(&db));
    assert_eq!(search(&db, "win")?.len(), 1);
    assert!(side_files(&db).is_empty(), "search left {:?}", side_files(&db));
    // The next run goes back to WAL and still resumes.
    let r = index(&db, vec![Document::plain("a", "\"We will win,\" Ann Lee said.\n")])?;
    assert_eq!(r.progress.skipped, 1);
    Ok(())
}
