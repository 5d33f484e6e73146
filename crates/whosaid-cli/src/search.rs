//! `whosaid search` (quotes by words, speaker, outlet, date) and `whosaid bench-search` (latency percentiles).

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use whosaid_store::SearchQuery;

/// Arguments of `whosaid search`.
#[derive(clap::Args)]
pub struct SearchArgs {
    /// Words that every quote found contains; "quoted phrases" and prefix* work (at most 32
    /// terms, 4 prefixes of 3 or more characters). A query starting with `-` goes after `--`.
    query: String,
    /// The database file.
    #[arg(long)]
    db: PathBuf,
    /// Only quotes of this speaker (full name, or last name).
    #[arg(long)]
    speaker: Option<String>,
    /// Only this outlet.
    #[arg(long)]
    outlet: Option<String>,
    /// Only articles dated on or after this YYYY[-MM[-DD]] (checked: 2016-13 is refused).
    #[arg(long)]
    from: Option<String>,
    /// Only articles dated on or before this YYYY[-MM[-DD]].
    #[arg(long)]
    to: Option<String>,
    /// Only quotes of these classes (comma-separated: speech, belief, stance, evidence).
    #[arg(long, value_delimiter = ',', value_parser = whosaid::QuoteClass::parse_named)]
    class: Vec<whosaid::QuoteClass>,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Order by relevance (BM25) rather than index order; with more than 10,000 matches, the
    /// 10,000 most recently indexed are ranked (a note says so).
    #[arg(long)]
    rank: bool,
    /// One JSON object per hit (JSON Lines).
    #[arg(long)]
    json: bool,
}

/// Runs `whosaid search`; exit code 1 when nothing is found (saying why on stderr), 2 for a
/// query that cannot run (saying what to change).
pub fn run(args: &SearchArgs) -> Result<ExitCode> {
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let q = SearchQuery {
        text: args.query.clone(),
        speaker: args.speaker.clone(),
        outlet: args.outlet.clone(),
        from: args.from.clone(),
        to: args.to.clone(),
        classes: args.class.clone(),
        limit: args.limit,
        rank: args.rank,
    };
    let found = whosaid_store::search::find(&conn, &q)?;
    let hits = found.hits;
    if hits.is_empty() {
        eprintln!("whosaid: {}", whosaid_store::search::explain_no_hits(&conn, &q)?);
        return Ok(ExitCode::from(1));
    }
    if found.window_full {
        eprintln!(
            "whosaid: note: more than {} quotes match; --rank ordered the {} most recently indexed (add words or filters to rank them all)",
            whosaid_store::search::RANK_WINDOW,
            whosaid_store::search::RANK_WINDOW
        );
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for h in &hits {
        let r = if args.json {
            serde_json::to_writer(&mut out, h).map_err(anyhow::Error::from).and_then(|_| Ok(writeln!(out)?))
        } else {
            let who = match (&h.speaker, h.roles.first()) {
                (Some(s), Some(r)) => format!("{s} ({r})"),
                (Some(s), None) => s.clone(),
                _ => "unknown speaker".into(),
            };
            writeln!(
                out,
                "{who} — {} {} [{} {} {}..{}]\n  “{}”",
                h.outlet,
                h.date.as_deref().unwrap_or("undated"),
                h.article,
                h.quote_id,
                h.start,
                h.end,
                h.quote
            )
            .map_err(anyhow::Error::from)
        };
        if r.is_err() {
            return Ok(ExitCode::SUCCESS); // closed pipe
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `whosaid bench-search`.
#[derive(clap::Args)]
pub struct BenchSearchArgs {
    /// The database file (indexed before, e.g. by bench-index --gold-quotes).
    #[arg(long)]
    db: PathBuf,
    /// Number of queries to time.
    #[arg(long, default_value_t = 500)]
    queries: usize,
    /// Seed for picking query words from stored quotes.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    /// Hits per query.
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Rank every query by relevance (`search --rank`), the window note's count included.
    #[arg(long)]
    rank: bool,
    /// Time these queries (comma-separated, e.g. common words) in turn instead of words drawn
    /// from stored quotes, `--queries` runs in all; each gets its own line.
    #[arg(long, value_delimiter = ',')]
    words: Vec<String>,
    /// Interrupt a query after this many milliseconds; it counts as taking that long and is
    /// listed with its parameters, and the run goes on (0: no limit).
    #[arg(long, default_value_t = 10_000)]
    timeout_ms: u64,
    /// Print every query with its time as it finishes.
    #[arg(long)]
    each: bool,
}

/// The running query's deadline (`None` between queries) and a flag to stop, with the
/// condition variable that wakes the [`Watchdog`] thread when either changes.
type Deadline = std::sync::Arc<(std::sync::Mutex<(Option<Instant>, bool)>, std::sync::Condvar)>;

/// Interrupts the SQLite statement of one connection when a query runs past its deadline.
struct Watchdog {
    deadline: Deadline,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Watchdog {
    /// Starts a thread that interrupts `conn`'s running statement past each armed deadline.
    fn new(conn: &rusqlite::Connection) -> Watchdog {
        let handle = conn.get_interrupt_handle();
        let deadline: Deadline = std::sync::Arc::new((std::sync::Mutex::new((None, false)), std::sync::Condvar::new()));
        let shared = deadline.clone();
        let thread = std::thread::spawn(move || {
            let (lock, cv) = &*shared;
            let Ok(mut state) = lock.lock() else { return };
            loop {
                match *state {
                    (_, true) => return,
                    (Some(d), _) if Instant::now() >= d => {
                        handle.interrupt();
                        state.0 = None;
                    }
                    (Some(d), _) => match cv.wait_timeout(state, d - Instant::now()) {
                        Ok((s, _)) => state = s,
                        Err(_) => return,
                    },
                    (None, _) => match cv.wait(state) {
                        Ok(s) => state = s,
                        Err(_) => return,
                    },
                }
            }
        });
        Watchdog { deadline, thread: Some(thread) }
    }

    /// Sets (or with `None` clears) the deadline of the query about to run.
    fn arm(&self, until: Option<Instant>) {
        let (lock, cv) = &*self.deadline;
        if let Ok(mut s) = lock.lock() {
            s.0 = until;
        }
        cv.notify_one();
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let (lock, cv) = &*self.deadline;
        if let Ok(mut s) = lock.lock() {
            s.1 = true;
        }
        cv.notify_one();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// True when a search failed because the [`Watchdog`] interrupted it.
fn interrupted(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<rusqlite::Error>().and_then(rusqlite::Error::sqlite_error_code) == Some(rusqlite::ErrorCode::OperationInterrupted)
    })
}

/// Runs `whosaid bench-search`: queries built from words of random stored quotes (a quarter with an
/// outlet filter, a fifth with a speaker filter, a sixth with a date range), timed one by one.
pub fn bench(args: &BenchSearchArgs) -> Result<ExitCode> {
    let conn = whosaid_store::open_read(&args.db)?;
    let max_id: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM quotes", [], |r| r.get(0))?;
    if max_id == 0 {
        anyhow::bail!("no quotes stored in {}: index with --gold-quotes first", args.db.display());
    }
    let mut rng = whosaid_store::synth::Rng::new(args.seed);
    let mut queries = Vec::new();
    for i in 0..if args.words.is_empty() { 0 } else { args.queries.max(args.words.len()) } {
        queries.push(SearchQuery { text: args.words[i % args.words.len()].clone(), limit: args.limit, ..Default::default() });
    }
    while queries.len() < args.queries {
        let id = 1 + rng.below(max_id as usize) as i64;
        let Some(whosaid_store::search::Sample { text, outlet, speaker, date }) = whosaid_store::search::sample(&conn, id)? else {
            continue;
        };
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 4).collect();
        if words.is_empty() {
            continue;
        }
        let n = queries.len();
        let w1 = words[rng.below(words.len())];
        let text = if n % 2 == 0 { w1.to_string() } else { format!("{w1} {}", words[rng.below(words.len())]) };
        let mut q = SearchQuery { text, limit: args.limit, ..Default::default() };
        if n % 4 == 1 {
            q.outlet = Some(outlet);
        }
        if n % 5 == 2 {
            q.speaker = speaker;
        }
        if n % 6 == 3 {
            if let Some(d) = date {
                q.from = d.get(..7).map(str::to_string);
                q.to = d.get(..7).map(str::to_string);
            }
        }
        queries.push(q);
    }
    for q in &mut queries {
        q.rank = args.rank;
    }
    // One query as `whosaid search` runs it (with --rank, also whether the window was full).
    let run = |q: &SearchQuery| -> Result<usize> { Ok(whosaid_store::search::find(&conn, q)?.hits.len()) };
    let watchdog = Watchdog::new(&conn);
    let limit = (args.timeout_ms > 0).then(|| std::time::Duration::from_millis(args.timeout_ms));
    // One query under the deadline: its hits, or `None` when it was interrupted.
    let timed = |q: &SearchQuery| -> Result<Option<usize>> {
        watchdog.arm(limit.map(|l| Instant::now() + l));
        let r = run(q);
        watchdog.arm(None);
        match r {
            Ok(n) => Ok(Some(n)),
            Err(e) if interrupted(&e) => Ok(None),
            Err(e) => Err(e),
        }
    };
    // Warm the page cache the way a running service would be.
    for (i, q) in queries.iter().take(20).enumerate() {
        let t = Instant::now();
        let n = timed(q)?;
        if args.each || n.is_none() {
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            println!("  warm {i:>4} {ms:>9.2} ms {}{q:?}", if n.is_none() { "TIMED OUT " } else { "" });
        }
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut cpu = Vec::with_capacity(queries.len());
    let mut hits = 0usize;
    let mut timeouts = 0usize;
    for (i, q) in queries.iter().enumerate() {
        let (t, c) = (Instant::now(), crate::bench::cpu_ns());
        let n = timed(q)?;
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        if let (Some(c0), Some(c1)) = (c, crate::bench::cpu_ns()) {
            cpu.push(c1.saturating_sub(c0) as f64 / 1e6);
        }
        times.push(ms);
        hits += n.unwrap_or(0);
        timeouts += usize::from(n.is_none());
        if args.each || n.is_none() {
            println!(
                "  {i:>4} {ms:>9.2} ms {}{:?} outlet={:?} speaker={:?} from={:?} to={:?}",
                if n.is_none() { "TIMED OUT " } else { "" },
                q.text,
                q.outlet,
                q.speaker,
                q.from,
                q.to
            );
        }
    }
    for w in &args.words {
        let mut t: Vec<f64> = queries.iter().zip(&times).filter(|(q, _)| &q.text == w).map(|(_, t)| *t).collect();
        t.sort_by(|a, b| a.total_cmp(b));
        if let Some(max) = t.last() {
            println!("  {w:<12} {:>4} runs: p50 {:.2} ms, max {max:.2} ms", t.len(), t[t.len() / 2]);
        }
    }
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let pct = |p: f64| sorted[((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1];
    let mut order: Vec<usize> = (0..times.len()).collect();
    order.sort_by(|&a, &b| times[b].total_cmp(&times[a]));
    let slowest = order.first().map(|&i| format!("{:?}", queries[i].text)).unwrap_or_default();
    for &i in order.iter().take(5) {
        let q = &queries[i];
        println!(
            "  slow: {:.2} ms {:?} outlet={:?} speaker={:?} from={:?} to={:?}",
            times[i], q.text, q.outlet, q.speaker, q.from, q.to
        );
    }
    for (kind, pick) in [
        ("words only", &(|q: &SearchQuery| q.outlet.is_none() && q.speaker.is_none() && q.from.is_none()) as &dyn Fn(&SearchQuery) -> bool),
        ("--outlet", &|q: &SearchQuery| q.outlet.is_some()),
        ("--speaker", &|q: &SearchQuery| q.speaker.is_some()),
        ("--from/--to", &|q: &SearchQuery| q.from.is_some()),
    ] {
        let mut t: Vec<f64> = queries.iter().zip(&times).filter(|(q, _)| pick(q)).map(|(_, t)| *t).collect();
        t.sort_by(|a, b| a.total_cmp(b));
        if let Some(max) = t.last() {
            let p99 = t[((t.len() as f64 * 0.99).ceil() as usize).clamp(1, t.len()) - 1];
            println!("  {kind:<12} {:>4} queries: p50 {:.2} ms, p99 {p99:.2} ms, max {max:.2} ms", t.len(), t[t.len() / 2]);
        }
    }
    if timeouts > 0 {
        println!("  {timeouts} queries interrupted after {} ms (counted as that long)", args.timeout_ms);
    }
    // CPU time of the searching thread (Linux schedstat): what a busy machine does not inflate.
    cpu.sort_by(|a, b| a.total_cmp(b));
    if let Some(max) = cpu.last() {
        let at = |p: f64| cpu[((cpu.len() as f64 * p).ceil() as usize).clamp(1, cpu.len()) - 1];
        println!("  CPU time       {:>4} queries: p50 {:.2} ms, p99 {:.2} ms, max {max:.2} ms", cpu.len(), at(0.5), at(0.99));
    }
    println!(
        "bench-search: {} queries over {} quotes, {} hits: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms (slowest {})",
        queries.len(),
        max_id,
        hits,
        pct(0.50),
        pct(0.95),
        pct(0.99),
        pct(1.0),
        slowest
    );
    Ok(ExitCode::SUCCESS)
}
