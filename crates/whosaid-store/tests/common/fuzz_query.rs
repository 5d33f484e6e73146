//! The body of the `query` fuzz target (`fuzz/fuzz_targets/query.rs` includes this file), also
//! run on stable by `tests/fuzz_query.rs` over `fuzz/corpus/query/` and every crash file: the
//! search query path on arbitrary text. `search::check` refuses or accepts it, and an accepted
//! query always runs on a real store: FTS5 never sees a query it cannot parse, so no search
//! ends in a database error. The text is also used as the speaker, outlet and date filters.
#![allow(dead_code, clippy::panic, clippy::unwrap_used)]

use std::sync::OnceLock;

/// A store of two analyzed articles, made once per process in the temporary folder.
fn store() -> &'static std::sync::Mutex<rusqlite::Connection> {
    static S: OnceLock<std::sync::Mutex<rusqlite::Connection>> = OnceLock::new();
    S.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("whosaid-fuzz-query-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let db = dir.join("q.db");
        let _ = std::fs::remove_file(&db);
        let mut conn = whosaid_store::open(&db).expect("store");
        let a = whosaid::Analyzer::new();
        let arts: Vec<whosaid::Article> = [
            "\"We will rebuild the bridge before winter,\" said Jane Doe, the mayor.",
            "\"Taxes are too high near the border,\" Tom Hale told Reuters.",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| a.analyze(&whosaid::Document::plain(format!("outlet_2020-01-0{}_s{i}", i + 1), *t)))
        .collect();
        whosaid_store::insert_articles(&mut conn, &arts).expect("insert");
        std::sync::Mutex::new(conn)
    })
}

/// The fuzz body: `data` (lossy UTF-8) split at the first U+0001 into query words and a
/// filter value; every search either runs or is refused by `check`, never a database error.
pub fn query(data: &[u8]) {
    let text = String::from_utf8_lossy(data).into_owned();
    let (words, filter) = text.split_once('\u{1}').unwrap_or((&text, ""));
    let _ = whosaid_store::search::terms(words);
    let _ = whosaid_store::search::valid_date(filter);
    let Ok(conn) = store().lock() else { return };
    for q in [
        whosaid_store::SearchQuery { text: words.to_string(), ..Default::default() },
        whosaid_store::SearchQuery { text: words.to_string(), rank: true, ..Default::default() },
        whosaid_store::SearchQuery {
            text: words.to_string(),
            speaker: Some(filter.to_string()),
            outlet: Some(filter.to_string()),
            from: Some(filter.to_string()),
            to: Some(filter.to_string()),
            ..Default::default()
        },
    ] {
        match whosaid_store::search(&conn, &q) {
            Ok(_) | Err(whosaid_store::StoreError::Query(_)) => {}
            Err(e) => panic!("search {q:?} failed: {e}"),
        }
        if whosaid_store::search::check(&q).is_ok() {
            if let Err(e) = whosaid_store::search::explain_no_hits(&conn, &q) {
                panic!("explain {q:?} failed: {e}");
            }
        }
    }
}
