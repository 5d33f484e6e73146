//! `whosaid index` and `whosaid bench-index`: inputs -> analyzer workers -> the SQLite store.

use anyhow::{bail, Context, Result};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use whosaid_store::{IndexOptions, IndexReport, Input, Job, Progress};

/// Arguments of `whosaid index`.
#[derive(clap::Args)]
pub struct IndexArgs {
    /// Files or folders (recursively) to analyze and store.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The database file (created if missing).
    #[arg(long)]
    db: PathBuf,
    /// Analyzer threads (default: one per core).
    #[arg(long)]
    workers: Option<usize>,
    /// Merge the full-text index into one segment at the end (faster searches; worth it after a bulk load).
    #[arg(long)]
    optimize: bool,
}

/// Arguments of `whosaid bench-index`.
#[derive(clap::Args)]
pub struct BenchIndexArgs {
    /// The database file; removed first unless --keep.
    #[arg(long)]
    db: PathBuf,
    /// Gold folders to read (texts, and quotes from *.gold.json); the default is relative to the checkout.
    #[arg(long, default_values = ["../shared/gold/polnear/train", "../shared/gold/polnear/dev"])]
    gold: Vec<PathBuf>,
    /// Generate this many articles by resampling gold paragraphs (0: index the gold files themselves).
    #[arg(long, default_value_t = 0)]
    generate: u64,
    /// Seed of the generated corpus.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Replace the analyzer's quotes and speakers with the gold ones.
    #[arg(long)]
    gold_quotes: bool,
    /// Analyze everything first (timed apart), then time only the store pipeline (the corpus is held in memory).
    #[arg(long)]
    pre_analyze: bool,
    /// Keep an existing database (measures a resumed run).
    #[arg(long)]
    keep: bool,
    /// Analyzer threads (default: one per core).
    #[arg(long)]
    workers: Option<usize>,
    /// Merge the full-text index into one segment at the end (timed; reported apart too).
    #[arg(long)]
    optimize: bool,
    /// Index the corpus this many times, each into a fresh database, and report the median and best rounds.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
}

/// Draws progress on a terminal, or logs a plain line every 5 s when stderr is not one.
struct Bar {
    total: Option<u64>,
    tty: bool,
    last_log: Instant,
}

impl Bar {
    fn new(total: Option<u64>) -> Self {
        Bar { total, tty: std::io::stderr().is_terminal(), last_log: Instant::now() }
    }

    fn line(&self, p: &Progress) -> String {
        let secs = p.elapsed.as_secs_f64().max(1e-3);
        let rate = p.done() as f64 / secs;
        let mut s = match self.total {
            Some(t) => format!("{}/{} inputs", p.done(), t),
            None => format!("{} inputs", p.done()),
        };
        s.push_str(&format!(
            "  {} stored, {} skipped, {} errors  {:.0} articles/s  {:.1} MB/s",
            p.stored,
            p.skipped,
            p.failed,
            rate,
            p.bytes as f64 / 1e6 / secs
        ));
        if let Some(t) = self.total {
            if rate > 0.0 && t > p.done() {
                let eta = ((t - p.done()) as f64 / rate) as u64;
                s.push_str(&format!("  ETA {}:{:02}:{:02}", eta / 3600, eta / 60 % 60, eta % 60));
            }
        }
        s
    }

    fn show(&mut self, p: &Progress) {
        let mut err = std::io::stderr().lock();
        if self.tty {
            let bar = match self.total {
                Some(t) if t > 0 => {
                    let filled = (p.done().min(t) * 30 / t) as usize;
                    format!("[{}{}] ", "=".repeat(filled), " ".repeat(30 - filled))
                }
                _ => String::new(),
            };
            let _ = write!(err, "\r\x1b[2K{bar}{}", self.line(p));
            let _ = err.flush();
        } else if self.last_log.elapsed() >= Duration::from_secs(5) {
            let _ = writeln!(err, "whosaid index: {}", self.line(p));
            self.last_log = Instant::now();
        }
    }

    fn finish(&mut self, p: &Progress) {
        let mut err = std::io::stderr().lock();
        if self.tty {
            let _ = writeln!(err);
        }
        let _ = writeln!(err, "whosaid index: done in {:.1}s: {}", p.elapsed.as_secs_f64(), self.line(p));
    }
}

fn options(workers: Option<usize>, optimize: bool) -> IndexOptions {
    let mut o = IndexOptions { optimize, ..IndexOptions::default() };
    if let Some(w) = workers {
        o.workers = w.max(1);
    }
    o
}

fn report_failures(r: &IndexReport) -> ExitCode {
    for (src, e) in &r.failures {
        // the reader's errors name the file (and line or record) already
        if e.starts_with(src.as_str()) {
            eprintln!("whosaid: failed {e}");
        } else {
            eprintln!("whosaid: failed {src}: {e}");
        }
    }
    let failed = r.progress.failed;
    if failed == 0 {
        return ExitCode::SUCCESS;
    }
    if failed > r.failures.len() as u64 {
        eprintln!(
            "whosaid: {failed} inputs failed (the first {} listed above, `whosaid analyze` on the same paths lists all); the others are stored",
            r.failures.len()
        );
    } else {
        eprintln!("whosaid: {failed} inputs failed (listed above); the others are stored");
    }
    ExitCode::from(1)
}

/// Runs `whosaid index`: every input analyzed and stored once; bad inputs reported at the end.
pub fn run(args: &IndexArgs) -> Result<ExitCode> {
    let walk = whosaid_ingest::expand(&args.paths);
    for n in &walk.notes {
        eprintln!("whosaid: note: {n}");
    }
    if walk.files.is_empty() {
        anyhow::bail!("no input files: none of the paths given is or holds a .txt, .html, .warc or .jsonl file");
    }
    let files = walk.files;
    // Single-page files give one article each; an archive or JSONL file an unknown number.
    let single = |p: &PathBuf| {
        let n = p.to_string_lossy().to_lowercase();
        [".txt", ".html", ".htm", ".txt.gz", ".html.gz", ".htm.gz"].iter().any(|e| n.ends_with(e))
    };
    let total = files.iter().all(single).then_some(files.len() as u64);
    let not_articles = std::cell::Cell::new(0u64);
    // Each file streams its records (a WARC or JSONL corpus never sits in memory whole).
    let inputs = files.into_iter().flat_map(|path| {
        let source = path.display().to_string();
        let records: Box<dyn Iterator<Item = Input<whosaid::Document>>> = match whosaid_ingest::open(&path) {
            Ok(items) => {
                let source = source.clone();
                let not_articles = &not_articles;
                Box::new(items.filter_map(move |item| match item {
                    Ok(input) => {
                        let hash = whosaid_store::derive::doc_hash(&input.doc);
                        let bytes = input.doc.text.len() as u64;
                        Some(Input::Job(Job { source: source.clone(), hash, bytes, item: input.doc }))
                    }
                    Err(e) if e.is_skip() => {
                        not_articles.set(not_articles.get() + 1);
                        None
                    }
                    Err(e) => Some(Input::Failed { source: source.clone(), error: e.to_string() }),
                }))
            }
            Err(e) => Box::new(std::iter::once(Input::Failed { source, error: e.to_string() })),
        };
        records
    });
    let analyzer = whosaid::Analyzer::new();
    let mut bar = Bar::new(total);
    let report = whosaid_store::index(&args.db, inputs, |d| analyzer.analyze(&d), &options(args.workers, args.optimize), |p| bar.show(p))
        .with_context(|| format!("indexing into {}", args.db.display()))?;
    bar.finish(&report.progress);
    if not_articles.get() > 0 {
        eprintln!("whosaid: {} records were not articles (skipped)", not_articles.get());
    }
    Ok(report_failures(&report))
}

/// CPU seconds (user + system) this process has used so far, from /proc (0 where there is none).
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    let rest = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn remove_db(db: &Path) -> Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let mut p = db.as_os_str().to_owned();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", PathBuf::from(p).display())),
        }
    }
    Ok(())
}

/// Runs `whosaid bench-index`: indexes the gold texts (or a corpus generated from them), reports
/// articles/s and MB/s, and fails when the stored count is not the expected one.
pub fn bench(args: &BenchIndexArgs) -> Result<ExitCode> {
    if args.keep && args.repeat > 1 {
        bail!("--keep measures one resumed run; it cannot be combined with --repeat");
    }
    let gold = whosaid_store::synth::load_gold(&args.gold).context("reading the gold corpus")?;
    if gold.is_empty() {
        bail!("no gold texts under {:?}", args.gold);
    }
    let loaded = Instant::now();
    let analyzer = whosaid::Analyzer::new();
    eprintln!("bench-index: lexicons loaded in {:.0} ms (once per process, before the timed run)", loaded.elapsed().as_secs_f64() * 1e3);
    let overlay = args.gold_quotes;
    let analyze = |s: whosaid_store::synth::SynthDoc| {
        let a = analyzer.analyze(&s.doc);
        if overlay {
            whosaid_store::synth::with_quotes(a, &s.quotes)
        } else {
            a
        }
    };
    let to_job = |source: String, s: whosaid_store::synth::SynthDoc| {
        let hash = whosaid_store::derive::doc_hash(&s.doc);
        Input::Job(Job { source, hash, bytes: s.doc.text.len() as u64, item: s })
    };
    let mut rates = Vec::with_capacity(args.repeat);
    for round in 1..=args.repeat.max(1) {
        if !args.keep {
            remove_db(&args.db)?;
        }
        if args.repeat > 1 {
            println!("bench-index: round {round} of {}", args.repeat);
        }
        match bench_round(args, &gold, &analyze, &to_job)? {
            Some(rate) => rates.push(rate),
            None => return Ok(ExitCode::from(1)),
        }
    }
    if rates.len() > 1 {
        rates.sort_by(f64::total_cmp);
        println!(
            "bench-index: {} rounds: median {:.0} articles/s, best {:.0}, worst {:.0}",
            rates.len(),
            rates[rates.len() / 2],
            rates[rates.len() - 1],
            rates[0]
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `index` with a progress bar over `total` inputs; the report and the wall time of the
/// whole call (opening the store, the run, the final checkpoint, closing).
fn timed_index<T: Send>(
    db: &Path,
    inputs: impl Iterator<Item = Input<T>>,
    analyze: impl Fn(T) -> whosaid::Article + Sync,
    opts: &IndexOptions,
    total: u64,
) -> Result<(IndexReport, Duration)> {
    let mut bar = Bar::new(Some(total));
    let timer = Instant::now();
    let r = whosaid_store::index(db, inputs, analyze, opts, |p| bar.show(p))?;
    let took = timer.elapsed();
    bar.finish(&r.progress);
    Ok((r, took))
}

/// One timed run of [`bench`]; its articles/s, or `None` when the stored count or an input was wrong (reported).
fn bench_round<A, J>(
    args: &BenchIndexArgs,
    gold: &[whosaid_store::synth::GoldFile],
    analyze: &A,
    to_job: &J,
) -> Result<Option<f64>>
where
    A: Fn(whosaid_store::synth::SynthDoc) -> whosaid::Article + Sync,
    J: Fn(String, whosaid_store::synth::SynthDoc) -> Input<whosaid_store::synth::SynthDoc>,
{
    let opts = options(args.workers, args.optimize);
    let mut cpu_start = cpu_seconds();
    let took: Duration;
    let (expected, report) = if args.pre_analyze {
        let t = Instant::now();
        let workers = opts.workers.max(1);
        // The gold files, or the generated corpus (held in memory, so keep --generate small here).
        let docs: Vec<(String, whosaid_store::synth::SynthDoc)> = if args.generate == 0 {
            gold.iter()
                .map(|(p, d, q)| {
                    (p.display().to_string(), whosaid_store::synth::SynthDoc { doc: d.clone(), quotes: q.clone() })
                })
                .collect()
        } else {
            let pool = whosaid_store::synth::Pool::new(gold);
            pool.docs(args.generate, args.seed).map(|s| (s.doc.id.clone(), s)).collect()
        };
        let chunk = docs.len().div_ceil(workers);
        let articles: Vec<(String, [u8; 16], u64, whosaid::Article)> = std::thread::scope(|s| {
            let handles: Vec<_> = docs
                .chunks(chunk.max(1))
                .map(|part| {
                    s.spawn(move || {
                        part.iter()
                            .map(|(p, sd)| {
                                let hash = whosaid_store::derive::doc_hash(&sd.doc);
                                (p.clone(), hash, sd.doc.text.len() as u64, analyze(sd.clone()))
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        });
        let secs = t.elapsed().as_secs_f64();
        println!(
            "bench-index: analyzed {} articles in {secs:.2}s on {workers} threads: {:.0} articles/s",
            articles.len(),
            articles.len() as f64 / secs.max(1e-9)
        );
        let n = articles.len() as u64;
        cpu_start = cpu_seconds();
        let inputs = articles
            .into_iter()
            .map(|(source, hash, bytes, item)| Input::Job(Job { source, hash, bytes, item }));
        let (r, t) = timed_index(&args.db, inputs, |a| a, &opts, n)?;
        took = t;
        (n, r)
    } else if args.generate == 0 {
        let n = gold.len() as u64;
        // The gold quotes are copied only when they replace the analyzer's.
        let inputs = gold.iter().map(|(p, d, q)| {
            let quotes = if args.gold_quotes { q.clone() } else { Vec::new() };
            to_job(p.display().to_string(), whosaid_store::synth::SynthDoc { doc: d.clone(), quotes })
        });
        let (r, t) = timed_index(&args.db, inputs, analyze, &opts, n)?;
        took = t;
        (n, r)
    } else {
        let pool = whosaid_store::synth::Pool::new(gold);
        let inputs = pool.docs(args.generate, args.seed).map(|s| to_job(s.doc.id.clone(), s));
        let (r, t) = timed_index(&args.db, inputs, analyze, &opts, args.generate)?;
        took = t;
        (args.generate, r)
    };
    let cpu = cpu_seconds() - cpu_start;
    let conn = whosaid_store::open_read(&args.db)?;
    let stored = whosaid_store::count_articles(&conn)?;
    let quotes: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    let p = &report.progress;
    let secs = took.as_secs_f64().max(1e-9);
    let size = std::fs::metadata(&args.db).map(|m| m.len()).unwrap_or(0);
    let wcpu = p.writer_cpu.as_secs_f64();
    if args.optimize {
        println!(
            "bench-index: FTS optimize {:.2}s (included below); without it {:.0} articles/s",
            p.optimize_time.as_secs_f64(),
            p.stored as f64 / (took.saturating_sub(p.optimize_time)).as_secs_f64().max(1e-9)
        );
    }
    println!(
        "bench-index: {} articles stored ({} new, {} skipped, {} failed) in {:.2}s with {} workers: {:.0} articles/s, {:.2} MB/s; {} quotes; db {:.1} MB; analyze+prepare {:.2}s (all workers), write {:.2}s; CPU {:.2}s = {:.0} articles per CPU-second; workers CPU {:.2}s; writer CPU {:.2}s = {:.0} articles per writer CPU-second",
        stored,
        p.stored,
        p.skipped,
        p.failed,
        secs,
        opts.workers,
        p.stored as f64 / secs,
        p.bytes as f64 / 1e6 / secs,
        quotes,
        size as f64 / 1e6,
        p.analyze_time.as_secs_f64(),
        p.write_time.as_secs_f64(),
        cpu,
        p.stored as f64 / cpu.max(1e-9),
        p.workers_cpu.as_secs_f64(),
        wcpu,
        p.stored as f64 / wcpu.max(1e-9)
    );
    if stored != expected {
        eprintln!("bench-index: expected {expected} articles stored, found {stored}");
        return Ok(None);
    }
    if report_failures(&report) != ExitCode::SUCCESS {
        return Ok(None);
    }
    Ok(Some(p.stored as f64 / secs))
}
