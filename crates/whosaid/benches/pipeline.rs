//! The whole pipeline (analyze + JSON) over the PolNeAR train texts, in bytes per second.
//!
//! The texts are read at run time from `shared/gold/polnear/train` beside the
//! repository (or `$WHOSAID_BENCH_DIR`); they are never copied into the repo.
//! Without them the bench prints a note and measures nothing. Each iteration
//! also counts quotes and asserts the count is positive, so a broken pipeline
//! cannot look fast.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::PathBuf;
use whosaid::{Analyzer, Document};

/// The corpus folder: `$WHOSAID_BENCH_DIR`, else `../shared/gold/polnear/train` from the workspace root.
fn corpus_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("WHOSAID_BENCH_DIR") {
        return PathBuf::from(d);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/polnear/train")
}

/// Every `*.txt` of the corpus, sorted, as documents.
fn load() -> Vec<Document> {
    let Ok(rd) = std::fs::read_dir(corpus_dir()) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| {
            let id = p.file_stem()?.to_string_lossy().into_owned();
            Some(Document::plain(id, std::fs::read_to_string(p).ok()?))
        })
        .collect()
}

fn pipeline(c: &mut Criterion) {
    let docs = load();
    if docs.is_empty() {
        eprintln!("pipeline bench: no texts in {} (set WHOSAID_BENCH_DIR); skipped", corpus_dir().display());
        return;
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let analyzer = Analyzer::new();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("polnear_train", |b| {
        let mut buf = Vec::with_capacity(1 << 20);
        b.iter(|| {
            let mut quotes = 0usize;
            for d in &docs {
                let a = analyzer.analyze(d);
                quotes += a.quotes.len();
                buf.clear();
                whosaid::json::write_article(&mut buf, &a, &[]);
            }
            assert!(quotes > 0, "the pipeline found no quotes");
            quotes
        })
    });
    g.finish();
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
