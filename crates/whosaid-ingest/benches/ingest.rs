//! Throughput of the whole pipeline on the Zyte benchmark pages (read from
//! `shared/gold/extraction/zyte/html`, never copied into the repo): decode,
//! parse, extract, analyze. Reports pages/s (elements) and MB/s (bytes), and
//! asserts how many pages yield a story so a broken pipeline cannot look fast.
//! `ZYTE_DIR` overrides the folder; without the pages the bench is skipped.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::io::Read;
use std::path::PathBuf;

fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = std::env::var_os("ZYTE_DIR").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/extraction/zyte/html")
    });
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(&dir) else { return out };
    let mut files: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    files.sort();
    for f in files {
        let Ok(gz) = std::fs::read(&f) else { continue };
        let mut bytes = Vec::new();
        if flate2::read::MultiGzDecoder::new(&gz[..]).read_to_end(&mut bytes).is_ok() {
            out.push((whosaid_ingest::id_of(&f), bytes));
        }
    }
    out
}

fn run(analyzer: &whosaid::Analyzer, pages: &[(String, Vec<u8>)]) -> usize {
    let mut with_body = 0;
    for (id, bytes) in pages {
        if let Ok(doc) = whosaid_ingest::html_document(bytes, None, id.clone(), None, id) {
            let a = analyzer.analyze(&doc);
            with_body += usize::from(a.body.len() > 200);
        }
    }
    with_body
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`, 100 ticks a second).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("zyte pages not found; set ZYTE_DIR");
        return;
    }
    let analyzer = whosaid::Analyzer::new();
    let n = run(&analyzer, &pages);
    assert!(n >= 170, "only {n} of {} pages yielded a story", pages.len());
    let bytes: usize = pages.iter().map(|p| p.1.len()).sum();
    let start = std::time::Instant::now();
    let cpu0 = cpu_seconds();
    let rounds = 5;
    for _ in 0..rounds {
        std::hint::black_box(run(&analyzer, &pages));
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu = cpu_seconds().map(|c| c - cpu0.unwrap_or(0.0));
    let per = |s: f64| ((pages.len() * rounds) as f64 / s, (bytes * rounds) as f64 / s / 1e6);
    let (pw, mw) = per(secs);
    eprintln!("zyte: {} pages, wall: {pw:.1} pages/s, {mw:.1} MB/s (one thread, whole pipeline)", pages.len());
    if let Some(c) = cpu.filter(|c| *c > 0.0) {
        let (pc, mc) = per(c);
        eprintln!("zyte: cpu time: {pc:.1} pages/s, {mc:.1} MB/s (unaffected by other load on the machine)");
    }
    let mut g = c.benchmark_group("zyte");
    g.sample_size(10);
    g.throughput(Throughput::Elements(pages.len() as u64));
    g.bench_function("pages", |b| b.iter(|| run(&analyzer, &pages)));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("bytes", |b| b.iter(|| run(&analyzer, &pages)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
