//! The indexing pipeline: one reader -> N analyzer workers -> one SQLite writer,
//! with a checkpointer thread copying committed WAL frames into the database
//! beside the writer, so commits never wait for a checkpoint.
//!
//! The reader pulls [`Input`]s from any iterator and drops those whose hash is
//! already stored (so an interrupted run resumes); workers analyze and
//! [`Prepared::new`] the rows; the writer commits them in batched
//! transactions. Channels are bounded, so memory stays flat however large the
//! corpus is. A failing input (unreadable, or an analyzer panic) is counted
//! and reported in [`IndexReport::failures`] (the first [`MAX_LISTED_FAILURES`]);
//! the run goes on, and a million bad records cost no more memory than ten.

use crate::error::{Result, StoreError};
use crate::write::{insert, Prepared};
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use whosaid::Article;

/// One input to index: an item to analyze (a document, say) with its content hash.
#[derive(Debug)]
pub struct Job<T> {
    /// Where it came from, for reports.
    pub source: String,
    /// Content hash; equal hashes are stored once.
    pub hash: [u8; 16],
    /// Input size, for MB/s.
    pub bytes: u64,
    /// What the analyze function receives.
    pub item: T,
}

/// What the input iterator yields: a job, or an input that could not be read.
#[derive(Debug)]
pub enum Input<T> {
    /// Something to analyze and store.
    Job(Job<T>),
    /// An input that failed before analysis.
    Failed {
        /// The input.
        source: String,
        /// Why.
        error: String,
    },
}

/// Settings of a run; [`IndexOptions::default`] gives one worker per core and 512-article batches.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Analyzer threads (default: available cores).
    pub workers: usize,
    /// Articles per transaction at most (default 512: the checkpointer copies a commit while the next one is written).
    pub batch: usize,
    /// Commit at least this often (default 1 s), so a kill loses little.
    pub commit_every: Duration,
    /// Call the progress callback at most this often (default 100 ms).
    pub progress_every: Duration,
    /// After a load that stored something, merge the FTS index into one segment (FTS5
    /// `optimize`): faster searches, but it rewrites the whole index, so for bulk loads (default off).
    pub optimize: bool,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            workers: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2),
            batch: 512,
            commit_every: Duration::from_secs(1),
            progress_every: Duration::from_millis(100),
            optimize: false,
        }
    }
}

/// Counters of a run so far.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Articles newly stored.
    pub stored: u64,
    /// Inputs skipped because they were already stored.
    pub skipped: u64,
    /// Inputs that failed.
    pub failed: u64,
    /// Bytes of the stored inputs.
    pub bytes: u64,
    /// Time since the run started.
    pub elapsed: Duration,
    /// Time the workers spent analyzing and preparing rows (summed over workers).
    pub analyze_time: Duration,
    /// Time the writer spent inserting and committing.
    pub write_time: Duration,
    /// CPU time of the writer thread (Linux `schedstat`; zero elsewhere).
    pub writer_cpu: Duration,
    /// CPU time of the worker threads, summed (known once they have finished; zero elsewhere).
    pub workers_cpu: Duration,
    /// Time of the final FTS `optimize` ([`IndexOptions::optimize`]), part of `elapsed` and `writer_cpu`.
    pub optimize_time: Duration,
}

impl Progress {
    /// Inputs handled (stored, skipped or failed).
    pub fn done(&self) -> u64 {
        self.stored + self.skipped + self.failed
    }
}

/// What a finished run did.
#[derive(Debug, Clone, Default)]
pub struct IndexReport {
    /// Final counters.
    pub progress: Progress,
    /// The first [`MAX_LISTED_FAILURES`] failed inputs with their errors; `progress.failed`
    /// counts them all.
    pub failures: Vec<(String, String)>,
}

/// Failed inputs an [`IndexReport`] lists at most, so a file of millions of bad records
/// (a JSON Lines file of broken lines) is refused at flat memory, like `analyze` refuses it.
pub const MAX_LISTED_FAILURES: usize = 1_000;

enum Msg {
    Row(Box<Prepared>, u64, Duration),
    Skipped(u64),
    Failed(String, String),
}

/// Jobs and results travel in batches of this many: one channel wake-up per batch, not per article.
const CHUNK: usize = 16;

/// CPU time this thread has run so far (Linux `/proc/thread-self/schedstat`), `None` elsewhere.
pub fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

/// Indexes `inputs` into the store at `db` (created if missing), analyzing each item with `analyze`.
///
/// The input iterator runs on the calling thread (it need not be `Send`); the
/// workers and the writer run on their own threads, and `on_progress` is
/// called from the writer. Fails only when the database cannot be opened or
/// written; bad inputs are reported, not fatal.
pub fn index<T, I, F, P>(db: &Path, inputs: I, analyze: F, opts: &IndexOptions, mut on_progress: P) -> Result<IndexReport>
where
    T: Send,
    I: Iterator<Item = Input<T>>,
    F: Fn(T) -> Article + Sync,
    P: FnMut(&Progress) + Send,
{
    let mut conn = crate::schema::open(db)?;
    // The writer never checkpoints: the checkpointer thread does, beside it (see `checkpointer`).
    conn.pragma_update(None, "wal_autocheckpoint", 0)?;
    let checkpoint_conn = crate::schema::open(db)?;
    let reader_conn = crate::schema::open_read(db)?;
    let workers = opts.workers.max(1);
    let analyze = &analyze;
    let start = Instant::now();

    std::thread::scope(|scope| -> Result<IndexReport> {
        let (job_tx, job_rx) = sync_channel::<Vec<Job<T>>>(workers * 4);
        let (msg_tx, msg_rx) = sync_channel::<Vec<Msg>>(workers * 4 + opts.batch.min(4096) / CHUNK);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let workers_cpu = Arc::new(Mutex::new(Duration::ZERO));
        for i in 0..workers {
            let rx = Arc::clone(&job_rx);
            let tx = msg_tx.clone();
            let cpu = Arc::clone(&workers_cpu);
            let spawned = std::thread::Builder::new().name(format!("whosaid-worker-{i}")).spawn_scoped(scope, move || {
                worker(&rx, &tx, analyze);
                if let (Some(t), Ok(mut total)) = (thread_cpu(), cpu.lock()) {
                    *total += t;
                }
            });
            spawned.map_err(|e| StoreError::Pipeline(format!("cannot start a worker: {e}")))?;
        }
        drop(job_rx);
        let writer = std::thread::Builder::new()
            .name("whosaid-writer".into())
            .spawn_scoped(scope, move || {
                let r = write_all(&mut conn, checkpoint_conn, &msg_rx, opts, start, &mut on_progress);
                // On a writer error, dropping the receiver fails every pending send and stops the pipeline.
                drop(msg_rx);
                r
            })
            .map_err(|e| StoreError::Pipeline(format!("cannot start the writer: {e}")))?;
        let read = read_all(&reader_conn, inputs, &job_tx, &msg_tx);
        drop(job_tx);
        drop(msg_tx);
        let mut report = writer.join().map_err(|_| StoreError::Pipeline("writer thread panicked".into()))??;
        read?;
        // The writer ends after every worker has dropped its sender, so their CPU time is in.
        report.progress.workers_cpu = workers_cpu.lock().map(|t| *t).unwrap_or_default();
        Ok(report)
    })
    .inspect(|_| {
        // A clean run leaves no -wal/-shm files (another user's reader then needs none).
        drop(reader_conn);
        crate::schema::close_wal(db);
    })
}

fn read_all<T, I: Iterator<Item = Input<T>>>(
    conn: &rusqlite::Connection,
    inputs: I,
    jobs: &SyncSender<Vec<Job<T>>>,
    msgs: &SyncSender<Vec<Msg>>,
) -> Result<()> {
    let mut seen = conn.prepare("SELECT 1 FROM articles WHERE hash = ?")?;
    let mut batch = Vec::with_capacity(CHUNK);
    let mut notes = Vec::new();
    let mut skipped = 0u64;
    let mut last_sent = Instant::now();
    for input in inputs {
        match input {
            Input::Job(job) => {
                if seen.exists([&job.hash[..]])? {
                    skipped += 1;
                } else {
                    batch.push(job);
                }
            }
            Input::Failed { source, error } => notes.push(Msg::Failed(source, error)),
        }
        // Skips and failures go straight to the writer, at least every 100 ms so progress moves.
        if skipped >= 1024 || notes.len() >= CHUNK || (!(skipped == 0 && notes.is_empty()) && last_sent.elapsed() >= Duration::from_millis(100)) {
            if skipped > 0 {
                notes.push(Msg::Skipped(std::mem::take(&mut skipped)));
            }
            if msgs.send(std::mem::take(&mut notes)).is_err() {
                return Ok(()); // the writer stopped; its error is the one to report
            }
            last_sent = Instant::now();
        }
        if batch.len() >= CHUNK && jobs.send(std::mem::replace(&mut batch, Vec::with_capacity(CHUNK))).is_err() {
            return Ok(());
        }
    }
    if skipped > 0 {
        notes.push(Msg::Skipped(skipped));
    }
    // A failed send means the writer stopped; its error is the one to report.
    if !batch.is_empty() && jobs.send(batch).is_err() {
        return Ok(());
    }
    if !notes.is_empty() {
        let _ = msgs.send(notes);
    }
    Ok(())
}

fn worker<T, F: Fn(T) -> Article + Sync>(rx: &Mutex<Receiver<Vec<Job<T>>>>, tx: &SyncSender<Vec<Msg>>, analyze: &F) {
    loop {
        let jobs = match rx.lock() {
            Ok(g) => g.recv(),
            Err(_) => return,
        };
        let Ok(jobs) = jobs else { return };
        let mut out = Vec::with_capacity(jobs.len());
        for Job { source, hash, bytes, item } in jobs {
            let t = Instant::now();
            out.push(match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(item))) {
                Ok(article) => {
                    let p = Box::new(Prepared::new(hash, source, article));
                    Msg::Row(p, bytes, t.elapsed())
                }
                Err(_) => Msg::Failed(source, "the analyzer panicked on this input".into()),
            });
        }
        if tx.send(out).is_err() {
            return;
        }
    }
}

/// WAL frames (8 KiB pages, so 128 MB) after which the writer rewinds the log
/// itself: the checkpointer's passive checkpoints copy frames into the database
/// but cannot restart the log while the writer is always inside a transaction.
const WAL_LIMIT: i64 = 16_384;

/// Copies committed WAL frames into the database file after each commit the
/// writer announces (`PRAGMA wal_checkpoint(PASSIVE)`), so the writer's
/// transactions do not wait for checkpoints and their fsyncs; publishes the
/// length of the log in `wal_frames`. Ends when the writer drops its sender.
fn checkpointer(conn: rusqlite::Connection, commits: Receiver<()>, wal_frames: &AtomicI64) {
    while commits.recv().is_ok() {
        // A failed passive checkpoint leaves its frames to the next one or to the writer's final one.
        if let Ok(frames) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get::<_, i64>(1)) {
            wal_frames.store(frames, Ordering::Relaxed);
        }
    }
}

/// The writer: batched transactions of the workers' rows, then the final FTS
/// merge (when asked) and checkpoint. Runs the checkpointer beside it on
/// `checkpoint_conn` while rows come in.
fn write_all<P: FnMut(&Progress)>(
    conn: &mut rusqlite::Connection,
    checkpoint_conn: rusqlite::Connection,
    rx: &Receiver<Vec<Msg>>,
    opts: &IndexOptions,
    start: Instant,
    on_progress: &mut P,
) -> Result<IndexReport> {
    let mut report = IndexReport::default();
    let cpu0 = thread_cpu();
    let writer_cpu = || cpu0.zip(thread_cpu()).map(|(a, b)| b.saturating_sub(a)).unwrap_or_default();
    let wal_frames = &AtomicI64::new(0);
    // Leaving this scope (done or failed) drops `commits`, which ends the checkpointer,
    // and waits for it: the final checkpoint below then copies whatever it has not.
    std::thread::scope(|scope| -> Result<()> {
        let (commits, commit_rx) = sync_channel::<()>(1);
        std::thread::Builder::new()
            .name("whosaid-checkpoint".into())
            .spawn_scoped(scope, move || checkpointer(checkpoint_conn, commit_rx, wal_frames))
            .map_err(|e| StoreError::Pipeline(format!("cannot start the checkpointer: {e}")))?;
        let mut last_progress = Instant::now();
        let mut open = true;
        while open {
            let tx = conn.transaction()?;
            let batch_start = Instant::now();
            let mut in_batch = 0usize;
            loop {
                let left = opts.commit_every.saturating_sub(batch_start.elapsed());
                match rx.recv_timeout(left.max(Duration::from_millis(1))) {
                    Ok(msgs) => {
                        for msg in msgs {
                            match msg {
                                Msg::Row(p, bytes, took) => {
                                    report.progress.analyze_time += took;
                                    let t = Instant::now();
                                    let new = insert(&tx, &p)?;
                                    report.progress.write_time += t.elapsed();
                                    if new {
                                        report.progress.stored += 1;
                                        report.progress.bytes += bytes;
                                    } else {
                                        report.progress.skipped += 1;
                                    }
                                    in_batch += 1;
                                }
                                Msg::Skipped(n) => report.progress.skipped += n,
                                Msg::Failed(s, e) => {
                                    report.progress.failed += 1;
                                    if report.failures.len() < MAX_LISTED_FAILURES {
                                        report.failures.push((s, e));
                                    }
                                }
                            }
                        }
                    }
                    Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                    Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => open = false,
                }
                if last_progress.elapsed() >= opts.progress_every {
                    report.progress.elapsed = start.elapsed();
                    report.progress.writer_cpu = writer_cpu();
                    on_progress(&report.progress);
                    last_progress = Instant::now();
                }
                if !open || in_batch >= opts.batch || batch_start.elapsed() >= opts.commit_every {
                    break;
                }
            }
            let t = Instant::now();
            tx.commit()?;
            // A full channel means a checkpoint is pending, and it will copy this commit too.
            let _ = commits.try_send(());
            if wal_frames.load(Ordering::Relaxed) >= WAL_LIMIT {
                // Waits for the checkpointer's pass, copies what is left and rewinds the log. Readers
                // holding old snapshots can keep it from rewinding: then a later commit tries again.
                let _ = conn.query_row("PRAGMA wal_checkpoint(RESTART)", [], |_| Ok(()));
                wal_frames.store(0, Ordering::Relaxed);
            }
            report.progress.write_time += t.elapsed();
        }
        Ok(())
    })?;
    if opts.optimize && report.progress.stored > 0 {
        let t = Instant::now();
        conn.execute_batch("INSERT INTO quotes_fts(quotes_fts) VALUES('optimize')")?;
        report.progress.optimize_time = t.elapsed();
    }
    conn.execute_batch("PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);")?;
    report.progress.elapsed = start.elapsed();
    report.progress.writer_cpu = writer_cpu();
    on_progress(&report.progress);
    Ok(report)
}
