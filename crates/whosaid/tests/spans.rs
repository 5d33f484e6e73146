//! The span contract over real articles: every PolNeAR dev article
//! (`../shared/gold/polnear/dev/*.txt`) and the seed article
//! (`../shared/gold/seed/*.txt`) is analyzed and every span checked with
//! `common/contract.rs`. Skips with a message when `../shared` is absent.

mod common;

use common::contract::violations;
use whosaid::{Analyzer, Document};

#[test]
fn gold_articles_keep_the_span_contract() {
    let mut files = common::gold_texts("polnear/dev");
    files.extend(common::gold_texts("seed"));
    if files.is_empty() {
        eprintln!("skipping: no gold articles found under {}", common::gold_dir().display());
        return;
    }
    let analyzer = Analyzer::new();
    let mut failures = Vec::new();
    let mut quotes = 0;
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else {
            failures.push(format!("{}: unreadable", f.display()));
            continue;
        };
        let id = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let a = analyzer.analyze(&Document::plain(id.as_str(), text.as_str()));
        assert_eq!(a.text, text, "{id}: text must come back unchanged");
        quotes += a.quotes.len();
        for e in violations(&a).into_iter().take(5) {
            failures.push(format!("{id}: {e}"));
        }
    }
    eprintln!("checked {} articles, {quotes} quotes", files.len());
    assert!(failures.is_empty(), "{} violations:\n{}", failures.len(), failures.join("\n"));
    assert!(quotes > files.len(), "real news yields quotes: only {quotes} in {} articles", files.len());
}
