//! What every handler shares: the [`Config`], the [`Store`] (read connections), the
//! analyzer, the write lock, the [`Memo`]s of costly answers and the metrics.

use crate::error::{ApiError, ServerError};
use crate::metrics::Metrics;
use rusqlite::Connection;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime};
use tokio::sync::{OnceCell, Semaphore};
use whosaid_store::{Cluster, Person};

/// What `whosaid serve` serves and its limits; [`Config::new`] gives the defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// The store (opened read-only; written only by `POST /v1/articles`).
    pub db: PathBuf,
    /// Where to listen (default 127.0.0.1:8080).
    pub addr: SocketAddr,
    /// A file holding the token that `POST /v1/articles` requires; `None`: read-only server.
    pub token_file: Option<PathBuf>,
    /// Longest a request may take (default 30 s); then 503 `timeout`.
    pub timeout: Duration,
    /// Longest a client may take to send its request headers (default 10 s).
    pub header_timeout: Duration,
    /// Largest request body (default 32 MiB); larger gives 413 without reading it.
    pub max_body: usize,
    /// API requests answered at once (default 128); more wait up to `queue_wait`.
    pub max_in_flight: usize,
    /// How long a request waits for a slot before 503 `overloaded` (default 2 s).
    pub queue_wait: Duration,
    /// Open connections at most (default 1,024); more wait in the listen backlog.
    pub max_connections: usize,
    /// Threads for store queries and analysis (default 16).
    pub blocking_threads: usize,
    /// Searches and article reads run at once (default twice the cores); more wait their
    /// turn, first come first served, so that under load each waits about as long as the
    /// others instead of sixteen sharing two cores and the longest falling far behind.
    pub readers: usize,
    /// Statistics and people lists over a slice not counted before (a new date range or
    /// outlet) counted at once (default half the cores, at least one); more wait their turn,
    /// so that a stream of new slices (2-3 ms of CPU each on the 1M store) takes at most that
    /// many cores from searches and people pages.
    pub slice_turns: usize,
}

impl Config {
    /// The defaults for serving `db`.
    pub fn new(db: PathBuf) -> Config {
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            token_file: None,
            timeout: Duration::from_secs(30),
            header_timeout: Duration::from_secs(10),
            max_body: 32 << 20,
            max_in_flight: 128,
            queue_wait: Duration::from_secs(2),
            max_connections: 1024,
            blocking_threads: 16,
            readers: 2 * std::thread::available_parallelism().map_or(2, |n| n.get()),
            slice_turns: (std::thread::available_parallelism().map_or(2, |n| n.get()) / 2).max(1),
        }
    }
}

/// Read-only connections to the store, opened on demand and reused.
pub struct Store {
    path: PathBuf,
    pool: Mutex<Vec<Connection>>,
}

impl Store {
    /// Runs `f` with a read connection (call on a blocking thread); fails when the store cannot be opened.
    pub fn with<T>(&self, f: impl FnOnce(&Connection) -> whosaid_store::Result<T>) -> whosaid_store::Result<T> {
        let conn = self.pool.lock().ok().and_then(|mut p| p.pop());
        let conn = match conn {
            Some(c) => c,
            None => whosaid_store::open_read(&self.path)?,
        };
        let out = f(&conn);
        if let Ok(mut p) = self.pool.lock() {
            if p.len() < 64 {
                p.push(conn);
            }
        }
        out
    }

    /// A token that changes whenever the store file or its write-ahead log changes (size or
    /// modification time: another process's `whosaid index` too).
    pub fn stamp(&self) -> (u64, u128, u64, u128) {
        let stamp = |p: &Path| {
            std::fs::metadata(p).map_or((0, 0), |m| {
                let t = m.modified().ok().and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
                (m.len(), t)
            })
        };
        let (a, b) = stamp(&self.path);
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        let (c, d) = stamp(Path::new(&wal));
        (a, b, c, d)
    }

    /// Bytes of the store file and its write-ahead log.
    pub fn bytes(&self) -> u64 {
        let g = self.stamp();
        g.0 + g.2
    }

    /// The store's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// What a [`Memo`] answer was computed for: this server's write count ([`AppState::wrote`])
/// and the store's file [`Store::stamp`]. The count changes with every `POST /v1/articles`
/// before its answer leaves, whatever the file system's timestamp resolution.
pub type Generation = (u64, (u64, u128, u64, u128));

/// Answers computed once per store generation and key, one computation at a time per key.
pub struct Memo<T> {
    inner: Mutex<(Generation, Cells<T>)>,
    /// Most keys kept; past it the memo starts over.
    keys: usize,
}

/// One cell per key, filled once.
type Cells<T> = HashMap<String, Arc<OnceCell<Arc<T>>>>;

/// Most keys one [`Memo`] keeps by default; past it the memo starts over.
const MEMO_KEYS: usize = 512;

impl<T: Send + Sync + 'static> Memo<T> {
    fn new() -> Memo<T> {
        Memo::with_keys(MEMO_KEYS)
    }

    fn with_keys(keys: usize) -> Memo<T> {
        Memo { inner: Mutex::new(((0, (0, 0, 0, 0)), HashMap::new())), keys }
    }

    /// The answer for `key` in the store's current generation, computing it on a blocking
    /// thread when missing (concurrent callers wait for the same computation).
    pub async fn get(
        &self,
        state: &Arc<AppState>,
        key: String,
        compute: impl FnOnce(&Connection) -> whosaid_store::Result<T> + Send + 'static,
    ) -> Result<Arc<T>, ApiError> {
        self.get_at(state, state.generation(), key, compute).await
    }

    /// The answer for `key` when computed for `generation` already; never computes.
    pub fn peek(&self, generation: Generation, key: &str) -> Option<Arc<T>> {
        let g = self.inner.lock().ok()?;
        if g.0 != generation {
            return None;
        }
        g.1.get(key).and_then(|cell| cell.get()).map(Arc::clone)
    }

    /// [`Memo::get`] for a `generation` read by the caller, who computes from other answers
    /// of that same generation (statistics from the tally). A caller whose generation is
    /// already behind the memo's (a write came in between) computes its answer without
    /// keeping it: kept, an answer from before the write would stand for the store after it.
    pub async fn get_at(
        &self,
        state: &Arc<AppState>,
        generation: Generation,
        key: String,
        compute: impl FnOnce(&Connection) -> whosaid_store::Result<T> + Send + 'static,
    ) -> Result<Arc<T>, ApiError> {
        self.get_in_turn(state, generation, key, None, compute).await
    }

    /// [`Memo::get_at`], computing only with a permit of `turns` (held while computing, never
    /// while waiting for another answer, so computations that wait for each other cannot
    /// lock up on it).
    pub async fn get_in_turn(
        &self,
        state: &Arc<AppState>,
        generation: Generation,
        key: String,
        turns: Option<Arc<Semaphore>>,
        compute: impl FnOnce(&Connection) -> whosaid_store::Result<T> + Send + 'static,
    ) -> Result<Arc<T>, ApiError> {
        let cell = {
            let mut g = self.inner.lock().map_err(|_| ApiError::internal("memo lock poisoned"))?;
            if generation.0 < (g.0).0 {
                None
            } else {
                if g.0 != generation || g.1.len() > self.keys {
                    *g = (generation, HashMap::new());
                }
                Some(Arc::clone(g.1.entry(key).or_default()))
            }
        };
        let st = Arc::clone(state);
        let run = || async move {
            let _turn = match turns {
                Some(t) => Some(t.acquire_owned().await.map_err(|_| ApiError::internal("slice turns closed"))?),
                None => None,
            };
            blocking(move || st.store.with(compute)).await.map(Arc::new)
        };
        match cell {
            Some(cell) => match cell.get() {
                Some(answer) => Ok(Arc::clone(answer)),
                // Filled by a task of its own: a request that gives up waiting (its timeout, a
                // closed connection) leaves the answer to be kept for the next, where it was
                // computed and dropped before (a class tally of the 1M store, 36 s of CPU, was
                // asked anew by each request and never answered within the 30 s timeout).
                None => match tokio::spawn(async move { cell.get_or_try_init(run).await.map(Arc::clone) }).await {
                    Ok(answer) => answer,
                    Err(e) => Err(ApiError::internal(format!("worker stopped: {e}"))),
                },
            },
            None => run().await,
        }
    }
}

/// Runs store work on a blocking thread; a panic there becomes a 500, never a crash.
pub async fn blocking<T: Send + 'static>(f: impl FnOnce() -> whosaid_store::Result<T> + Send + 'static) -> Result<T, ApiError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(r) => r.map_err(ApiError::from),
        Err(e) => Err(ApiError::internal(format!("worker stopped: {e}"))),
    }
}

/// Every person quoted, with a lookup by key, and what a page of `GET /v1/speakers` reads,
/// computed once per list: the order of each sort, gender codes and each person's JSON.
pub struct People {
    /// Most quoted first.
    pub list: Vec<Person>,
    /// Person key -> index in `list`.
    pub by_key: HashMap<String, usize>,
    /// Each name lowercased (what a name search and the sort by name compare), as in `list`.
    pub lower: Vec<String>,
    /// Each person's gender as an index into [`GENDER_CODES`] (`u8::MAX` for another value), as in `list`.
    pub gender: Vec<u8>,
    /// Indexes into `list` by most articles, most outlets and name (ties by key), each sorted
    /// when first asked for.
    orders: [OnceLock<Vec<u32>>; 3],
    /// Each person serialized (`serde_json`), as in `list`: a page is these bytes joined.
    pub json: Vec<Box<[u8]>>,
}

/// The genders a people list is filtered by, in the order of [`People::gender`]'s codes.
pub const GENDER_CODES: [&str; 3] = ["female", "male", "unknown"];

impl People {
    /// Indexes `list` by key, sorts it each way and serializes each person.
    pub fn new(list: Vec<Person>) -> People {
        let by_key = list.iter().enumerate().map(|(i, p)| (p.key.clone(), i)).collect();
        let lower: Vec<String> = list.iter().map(|p| p.name.to_lowercase()).collect();
        let gender = list.iter().map(|p| GENDER_CODES.iter().position(|g| *g == p.gender).map_or(u8::MAX, |i| i as u8)).collect();
        // A Person (strings, numbers, lists of strings and aliases) always serializes.
        let json = list.iter().map(|p| serde_json::to_vec(p).unwrap_or_default().into_boxed_slice()).collect();
        People { list, by_key, lower, gender, orders: Default::default(), json }
    }

    /// Indexes into `list` in the order of `sort` ("articles", "outlets" or "name"; ties by
    /// key); `None` for most quoted first, the order of `list`.
    pub fn order(&self, sort: &str) -> Option<&[u32]> {
        let (slot, key): (usize, fn(&People, usize, usize) -> std::cmp::Ordering) = match sort {
            "articles" => (0, |p, a, b| p.list[b].articles.cmp(&p.list[a].articles)),
            "outlets" => (1, |p, a, b| p.list[b].outlets.cmp(&p.list[a].outlets)),
            "name" => (2, |p, a, b| p.lower[a].cmp(&p.lower[b])),
            _ => return None,
        };
        let order = self.orders.get(slot)?.get_or_init(|| {
            let mut o: Vec<u32> = (0..self.list.len() as u32).collect();
            o.sort_by(|&a, &b| key(self, a as usize, b as usize).then(self.list[a as usize].key.cmp(&self.list[b as usize].key)));
            o
        });
        Some(order)
    }
}

/// The people of a slice (dates, outlet) as counted by a tally ([`whosaid_store::stats::Slice`]),
/// with that tally, which writes out a page of them and their roles.
pub struct SlicePeople {
    /// The tally that counted them.
    pub tally: Arc<whosaid_store::stats::Tally>,
    /// The slice's filter.
    pub filter: whosaid_store::Filter,
    /// Who is quoted in the slice.
    pub slice: whosaid_store::stats::Slice,
}

/// Reprint clusters, with a lookup by article id.
pub struct Reprints {
    /// The clusters.
    pub clusters: Vec<Cluster>,
    /// Article id -> index in `clusters`.
    pub by_article: HashMap<String, usize>,
}

/// The server's shared state.
pub struct AppState {
    /// The settings.
    pub config: Config,
    /// The store.
    pub store: Store,
    /// The token of `POST /v1/articles`, when writes are on.
    pub token: Option<Vec<u8>>,
    /// The analyzer (shared by every request).
    pub analyzer: Arc<whosaid::Analyzer>,
    /// One writer at a time.
    pub write_lock: tokio::sync::Mutex<()>,
    /// People by filter.
    pub people: Memo<People>,
    /// People over a slice, counted from the tally ([`AppState::people_in`]): a few MB each,
    /// quick to count again, so fewer kept, and apart from `people`, whose unfiltered list
    /// takes a reading of the whole store.
    pub people_in: Memo<SlicePeople>,
    /// What statistics count, read from the whole store once ([`whosaid_store::stats::Tally`]).
    pub tally: Memo<whosaid_store::stats::Tally>,
    /// Tallies that count only some quote classes (`class=speech` of `GET /v1/stats` and
    /// `GET /v1/speakers`), by class list; each as big as the tally, so few kept.
    pub class_tallies: Memo<whosaid_store::stats::Tally>,
    /// Statistics, serialized, by grouping and filter.
    pub stats: Memo<Vec<u8>>,
    /// Reprint clusters.
    pub reprints: Memo<Reprints>,
    /// Speaker profiles by key.
    pub profiles: Memo<Vec<u8>>,
    /// Article counts.
    pub counts: Memo<u64>,
    /// Each quote's class, speaker gender and kind, outlet and month ([`AppState::quote_codes`]).
    pub codes: Memo<Option<Arc<whosaid_store::browse::QuoteCodes>>>,
    /// The generation whose quote codes were last sent to be read.
    codes_asked: Mutex<Option<Generation>>,
    /// Request counters.
    pub metrics: Metrics,
    slots: Semaphore,
    /// Turns to read the store for a request ([`AppState::read`]).
    readers: Arc<Semaphore>,
    /// Turns to count a new slice ([`Config::slice_turns`]).
    slices: Arc<Semaphore>,
    request_ids: AtomicU64,
    /// Writes to the store by `POST /v1/articles` so far.
    writes: AtomicU64,
}

impl AppState {
    /// Opens the store (read-only) and reads the token file.
    ///
    /// Fails when the store is missing or not a whosaid store, or the token file is unreadable or empty.
    pub fn new(config: Config) -> Result<AppState, ServerError> {
        let conn = whosaid_store::open_read(&config.db)
            .map_err(|source| ServerError::Store { path: config.db.display().to_string(), source })?;
        let token = match &config.token_file {
            None => None,
            Some(p) => {
                let shown = p.display().to_string();
                let raw = std::fs::read(p).map_err(|e| ServerError::Token { path: shown.clone(), reason: e.to_string() })?;
                let t = raw.trim_ascii().to_vec();
                if t.is_empty() {
                    return Err(ServerError::Token { path: shown, reason: "empty".into() });
                }
                Some(t)
            }
        };
        Ok(AppState {
            store: Store { path: config.db.clone(), pool: Mutex::new(vec![conn]) },
            slots: Semaphore::new(config.max_in_flight.max(1)),
            readers: Arc::new(Semaphore::new(config.readers.max(1))),
            slices: Arc::new(Semaphore::new(config.slice_turns.max(1))),
            config,
            token,
            analyzer: Arc::new(whosaid::Analyzer::new()),
            write_lock: tokio::sync::Mutex::new(()),
            people: Memo::new(),
            people_in: Memo::with_keys(64),
            tally: Memo::new(),
            class_tallies: Memo::with_keys(4),
            stats: Memo::new(),
            reprints: Memo::new(),
            profiles: Memo::new(),
            counts: Memo::new(),
            codes: Memo::new(),
            codes_asked: Mutex::new(None),
            metrics: Metrics::default(),
            request_ids: AtomicU64::new(1),
            writes: AtomicU64::new(0),
        })
    }

    /// A new request id.
    pub fn next_request_id(&self) -> u64 {
        self.request_ids.fetch_add(1, Ordering::Relaxed)
    }

    /// A slot to answer an API request, waiting at most `queue_wait`; `None` when saturated.
    pub async fn admit(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        tokio::time::timeout(self.config.queue_wait, self.slots.acquire()).await.ok()?.ok()
    }

    /// Runs `f` with a read connection on a blocking thread when a reader's turn is free
    /// ([`Config::readers`]; tokio's semaphore queues the waiting first come first served).
    /// The turn is held until `f` returns, even when the request gave up waiting for it.
    pub async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Connection) -> whosaid_store::Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let turn = Arc::clone(&self.readers).acquire_owned().await.map_err(|_| ApiError::internal("readers closed"))?;
        let st = Arc::clone(self);
        blocking(move || {
            let out = st.store.with(f);
            drop(turn);
            out
        })
        .await
    }

    /// The store's generation now: this server's write count and the file's stamp.
    pub fn generation(&self) -> Generation {
        (self.writes.load(Ordering::Acquire), self.store.stamp())
    }

    /// Says that the store was written: every [`Memo`] computes its answers anew.
    pub fn wrote(&self) {
        self.writes.fetch_add(1, Ordering::AcqRel);
    }

    /// API requests being answered now.
    pub fn in_flight(&self) -> usize {
        self.config.max_in_flight.max(1).saturating_sub(self.slots.available_permits())
    }

    /// Every person across the corpus (the unfiltered people), computed once per store generation.
    pub async fn all_people(self: &Arc<Self>) -> Result<Arc<People>, ApiError> {
        self.people
            .get(self, String::new(), |c| whosaid_store::speakers(c).map(People::new))
            .await
    }

    /// The reprint clusters, computed once per store generation.
    pub async fn all_reprints(self: &Arc<Self>) -> Result<Arc<Reprints>, ApiError> {
        self.reprints
            .get(self, String::new(), |c| {
                let clusters = whosaid_store::reprints(c)?;
                let mut by_article = HashMap::new();
                for (i, cl) in clusters.iter().enumerate() {
                    for m in &cl.articles {
                        by_article.insert(m.article.clone(), i);
                    }
                }
                Ok(Reprints { clusters, by_article })
            })
            .await
    }

    /// Each quote's class, speaker gender and kind, outlet and month, for search pages with a
    /// class, gender, kind, outlet or date filter, when already read for the store's current
    /// generation; else `None` (the page reads the rows, or asks the index for the outlet and
    /// months), and the first caller of a generation sends them to be read in the background
    /// (a few seconds on the 1M store), so no search waits for them.
    pub fn quote_codes(self: &Arc<Self>) -> Option<Arc<whosaid_store::browse::QuoteCodes>> {
        let generation = self.generation();
        if let Some(codes) = self.codes.peek(generation, "") {
            return codes.as_ref().clone();
        }
        {
            let mut asked = self.codes_asked.lock().ok()?;
            if *asked == Some(generation) {
                return None;
            }
            *asked = Some(generation);
        }
        let st = Arc::clone(self);
        tokio::spawn(async move {
            let t = std::time::Instant::now();
            let read = st.codes.get_at(&st, generation, String::new(), |c| {
                whosaid_store::browse::QuoteCodes::load(c).map(|codes| codes.map(Arc::new))
            });
            match read.await {
                Ok(codes) => match codes.as_ref() {
                    Some(c) => eprintln!("whosaid-server: quote codes read in {:.1} s ({} bytes)", t.elapsed().as_secs_f64(), c.bytes()),
                    None => eprintln!("whosaid-server: quote codes not kept: more genders or kinds than a code holds"),
                },
                Err(e) => eprintln!("whosaid-server: reading quote codes failed: {}", e.message),
            }
        });
        None
    }

    /// What statistics and people over a slice are counted from, read once per store generation.
    pub async fn tally(self: &Arc<Self>) -> Result<Arc<whosaid_store::stats::Tally>, ApiError> {
        self.tally_at(self.generation()).await
    }

    /// [`AppState::tally`] of a generation the caller read.
    async fn tally_at(self: &Arc<Self>, generation: Generation) -> Result<Arc<whosaid_store::stats::Tally>, ApiError> {
        self.tally.get_at(self, generation, String::new(), whosaid_store::stats::Tally::load).await
    }

    /// The people quoted in the articles of `filter` (whom `speakers_in` lists), counted from
    /// the [`AppState::tally`] once per filter and store generation, each page written out
    /// from the same tally ([`SlicePeople`]); with `classes` (sorted, no repeats), from the
    /// tally of those classes ([`AppState::class_tallies`]): only people with a quote of
    /// them, their quotes counted of them.
    pub async fn people_in(
        self: &Arc<Self>,
        filter: whosaid_store::Filter,
        classes: Vec<whosaid::QuoteClass>,
    ) -> Result<Arc<SlicePeople>, ApiError> {
        filter.check()?;
        let key = slice_key(&filter, &classes);
        // one generation for the tally and the answer counted from it
        let generation = self.generation();
        let tally = self.tally_of(generation, classes).await?;
        let turns = Some(Arc::clone(&self.slices));
        self.people_in
            .get_in_turn(self, generation, key, turns, move |_| Ok(SlicePeople { slice: tally.slice(&filter)?, tally, filter }))
            .await
    }

    /// [`AppState::tally`] counting only quotes of `classes` (sorted, no repeats; empty: all).
    async fn tally_of(
        self: &Arc<Self>,
        generation: Generation,
        classes: Vec<whosaid::QuoteClass>,
    ) -> Result<Arc<whosaid_store::stats::Tally>, ApiError> {
        if classes.is_empty() {
            return self.tally_at(generation).await;
        }
        let key = class_key(&classes);
        self.class_tallies.get_at(self, generation, key, move |c| whosaid_store::stats::Tally::load_classes(c, &classes)).await
    }

    /// Statistics by `by` over `filter`, as the JSON of `whosaid stats --json`; with `classes`
    /// (sorted, no repeats) as `whosaid stats --class`.
    pub async fn stats_json(
        self: &Arc<Self>,
        by: whosaid_store::GroupBy,
        filter: whosaid_store::Filter,
        classes: Vec<whosaid::QuoteClass>,
    ) -> Result<Arc<Vec<u8>>, ApiError> {
        filter.check()?;
        let key = format!("{by:?}\u{1}{}", slice_key(&filter, &classes));
        let generation = self.generation();
        let tally = self.tally_of(generation, classes).await?;
        let turns = Some(Arc::clone(&self.slices));
        self.stats
            .get_in_turn(self, generation, key, turns, move |_| {
                let s = tally.stats(by, &filter)?;
                serde_json::to_vec(&s).map_err(|e| whosaid_store::StoreError::Invalid(e.to_string()))
            })
            .await
    }
}

/// The part of a [`Memo`] key that says which articles and quote classes an answer counts:
/// the filter's dates and outlet, then [`class_key`].
pub fn slice_key(filter: &whosaid_store::Filter, classes: &[whosaid::QuoteClass]) -> String {
    format!("{:?}\u{1}{:?}\u{1}{:?}\u{1}{}", filter.from, filter.to, filter.outlet, class_key(classes))
}

/// The part of a [`Memo`] key that says which quote classes an answer counts ("speech,belief";
/// empty: all).
fn class_key(classes: &[whosaid::QuoteClass]) -> String {
    classes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",")
}

/// Computes the answers the dashboard asks for first (people, statistics by outlet and month,
/// reprints) in the background, so the first visitor does not wait for them.
pub fn warm(state: Arc<AppState>) {
    tokio::spawn(async move {
        let t = std::time::Instant::now();
        let all = whosaid_store::Filter::default();
        let people = state.all_people().await.err();
        let outlet = state.stats_json(whosaid_store::GroupBy::Outlet, all.clone(), Vec::new()).await.err();
        let month = state.stats_json(whosaid_store::GroupBy::Month, all, Vec::new()).await.err();
        let reprints = state.all_reprints().await.err();
        // Sent to be read in the background; filtered searches use them when read.
        let _ = state.quote_codes();
        for e in [people, outlet, month, reprints].into_iter().flatten() {
            eprintln!("whosaid-server: warming the caches failed: {}", e.message);
        }
        eprintln!("whosaid-server: caches warm in {:.1} s", t.elapsed().as_secs_f64());
    });
}
