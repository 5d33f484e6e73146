//! The hand-written JSON writer (`whosaid::json::write_article`) against serde_json's
//! derived serialization, on real records: every PolNeAR dev article, the seed
//! article and the web set's texts (`../shared/gold`). Skips with a message when `../shared` is absent.

mod common;

use whosaid::{Analyzer, Document};

#[test]
fn gold_records_are_written_as_serde_json_writes_them() {
    let mut files = common::gold_texts("polnear/dev");
    files.extend(common::gold_texts("seed"));
    files.extend(common::gold_texts("web"));
    if files.is_empty() {
        eprintln!("skipping: no gold articles found under {}", common::gold_dir().display());
        return;
    }
    let analyzer = Analyzer::new();
    let mut differ = Vec::new();
    let mut out = Vec::new();
    for f in &files {
        let Ok(text) = std::fs::read_to_string(f) else { continue };
        let id = f.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let a = analyzer.analyze(&Document::plain(id.as_str(), text.as_str()));
        out.clear();
        whosaid::json::write_article(&mut out, &a, &[("fetched", "2024-01-01T00:00:00Z")]);
        let mut want = serde_json::to_vec(&a).unwrap_or_default();
        want.pop(); // the closing brace: the extra field goes before it
        want.extend_from_slice(br#","fetched":"2024-01-01T00:00:00Z"}"#);
        if out != want {
            differ.push(id);
        }
    }
    assert!(differ.is_empty(), "records written differently: {differ:?}");
}
