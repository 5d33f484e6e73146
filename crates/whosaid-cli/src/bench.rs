//! `whosaid bench`: the whole pipeline (analyze + JSON) on one core over a fixed
//! corpus held in memory, in MB/s (10^6 bytes of input text) and articles/s.
//!
//! Every repeat must find the same, positive number of quotes; otherwise the
//! command fails, so a broken pipeline cannot look fast.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use whosaid::Document;

/// Arguments of `whosaid bench`.
#[derive(clap::Args)]
pub struct BenchArgs {
    /// Folder of `*.txt` articles (searched recursively); default `../shared/gold/polnear/train`
    /// found from the current folder or one of its parents.
    pub dir: Option<PathBuf>,
    /// How many passes over the corpus.
    #[arg(long, default_value_t = 3)]
    pub repeat: usize,
}

/// The default corpus: `shared/gold/polnear/train` beside the current folder or one of its parents.
fn default_dir() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors().flat_map(|a| [a.join("shared/gold/polnear/train"), a.join("../shared/gold/polnear/train")]).find(|p| p.is_dir())
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() && depth < 64 {
            txt_files(&p, out, depth + 1);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`), to see through a busy machine.
pub(crate) fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Runs the benchmark; exit 1 when no quotes are found or the count changes between repeats.
pub fn run(a: &BenchArgs) -> Result<ExitCode> {
    let dir = match &a.dir {
        Some(d) => d.clone(),
        None => default_dir().context("no ../shared/gold/polnear/train here or above; give DIR")?,
    };
    let mut files = Vec::new();
    txt_files(&dir, &mut files, 0);
    // (in byte order: `Path`'s order splits both paths into components at every
    // comparison, some 1,300 instructions each; the order only has to be the same each run)
    files.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|p| Some(Document::plain(whosaid_ingest::id_of(p), std::fs::read_to_string(p).ok()?)))
        .collect();
    if docs.is_empty() {
        bail!("no readable *.txt under {}", dir.display());
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!("corpus\t{}\t{} articles\t{:.2} MB", dir.display(), docs.len(), bytes as f64 / 1e6);
    let analyzer = whosaid::Analyzer::new();
    let mut buf: Vec<u8> = Vec::with_capacity(1 << 20);
    let mut counts = Vec::new();
    let (mut best, mut best_cpu) = (f64::INFINITY, f64::INFINITY);
    for r in 0..a.repeat.max(1) {
        let (t0, c0) = (Instant::now(), cpu_ns());
        let (mut quotes, mut json_bytes) = (0usize, 0usize);
        for d in &docs {
            let art = analyzer.analyze(d);
            quotes += art.quotes.len();
            buf.clear();
            whosaid::json::write_article(&mut buf, &art, &[]);
            json_bytes += buf.len();
        }
        let secs = t0.elapsed().as_secs_f64().max(1e-9);
        best = best.min(secs);
        // on-CPU time: wall time minus waits for a core on a shared machine
        let cpu = match (c0, cpu_ns()) {
            (Some(a), Some(b)) if b > a => {
                let c = (b - a) as f64 / 1e9;
                best_cpu = best_cpu.min(c);
                format!("\tcpu {c:.3} s = {:.2} MB/s", bytes as f64 / 1e6 / c)
            }
            _ => String::new(),
        };
        println!(
            "run {}\t{:.3} s\t{:.2} MB/s\t{:.0} articles/s\t{quotes} quotes\t{:.2} MB JSON{cpu}",
            r + 1,
            secs,
            bytes as f64 / 1e6 / secs,
            docs.len() as f64 / secs,
            json_bytes as f64 / 1e6
        );
        counts.push(quotes);
    }
    println!("best\t{:.3} s\t{:.2} MB/s\t{:.0} articles/s", best, bytes as f64 / 1e6 / best, docs.len() as f64 / best);
    if best_cpu.is_finite() {
        println!("best-cpu\t{:.3} s\t{:.2} MB/s\t{:.0} articles/s", best_cpu, bytes as f64 / 1e6 / best_cpu, docs.len() as f64 / best_cpu);
    }
    if counts.first().is_some_and(|&c| c == 0) {
        eprintln!("whosaid: bench found no quotes: the pipeline is broken");
        return Ok(ExitCode::from(1));
    }
    if counts.windows(2).any(|w| w[0] != w[1]) {
        eprintln!("whosaid: quote counts differ between repeats: {counts:?}");
        return Ok(ExitCode::from(1));
    }
    println!("quotes\t{} (stable over {} runs)", counts[0], counts.len());
    Ok(ExitCode::SUCCESS)
}
