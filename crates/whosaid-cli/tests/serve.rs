//! Issue 12: `whosaid serve` end to end, a real server process on a real store (PolNeAR dev
//! plus the seed article from `../shared`, indexed by `whosaid index`), spoken to over TCP.
//!
//! - `api_numbers_equal_the_cli`: /v1/stats (also with dates and an outlet) and /v1/speakers
//!   give what `whosaid stats --json` and `whosaid speakers --json` print.
//! - `analyze_gives_the_cli_bytes`: POST /v1/analyze answers `whosaid analyze`'s bytes.
//! - `search_pages_and_profiles`: cursor pages are disjoint and add up to the total; a hit's
//!   article holds the quote; a speaker profile's months add up to their quotes.
//! - `search_and_people_by_class`: `class=` on search and people gives exactly the quotes
//!   and people of those classes, as `whosaid search --class` and `speakers --class` do.
//! - `a_timed_out_request_leaves_its_answer_to_the_next`: a memo's computation outlives the
//!   request that timed out waiting for it.
//! - `errors_are_json_with_the_right_status`: 400, 404, 405, 413 (also before the body is
//!   read), 414, 415, traversal on asset paths, every documented route answers.
//! - `writes_need_the_token_and_are_seen_at_once`: 401/403 without the right token, 403 on a
//!   read-only server; batches posted while searches run are all stored once and found at once.
//! - `slow_clients_time_out`: a client that never finishes its headers is disconnected.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

type R<T = ()> = Result<T, Box<dyn std::error::Error>>;

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_whosaid")
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("whosaid-serve-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// `whosaid index` of PolNeAR dev and the seed into a new store in `dir`.
fn gold_store(dir: &Path) -> R<PathBuf> {
    index_store(&dir.join("gold.db"), &["gold/polnear/dev", "gold/seed"])
}

/// `whosaid index` of the given folders of `../shared` into a new store `db`.
fn index_store(db: &Path, sources: &[&str]) -> R<PathBuf> {
    let out = Command::new(bin()).args(["index", "--db"]).arg(db).args(sources.iter().map(|s| shared().join(s))).output()?;
    assert!(out.status.success(), "index failed: {}", String::from_utf8_lossy(&out.stderr));
    Ok(db.to_path_buf())
}

/// A running `whosaid serve`, stopped when dropped.
struct Server {
    child: Child,
    base: String,
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(db: &Path, extra: &[&str]) -> R<Server> {
        let mut child = Command::new(bin())
            .args(["serve", "--addr", "127.0.0.1:0", "--db"])
            .arg(db)
            .args(extra)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()?;
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let log2 = std::sync::Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split(" at http://").nth(1) {
                    let _ = tx.send(rest.split('/').next().unwrap_or("").to_string());
                }
                if let Ok(mut l) = log2.lock() {
                    l.push(line);
                }
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(20))?;
        Ok(Server { child, base: format!("http://{addr}"), log })
    }

    fn addr(&self) -> &str {
        self.base.trim_start_matches("http://")
    }

    /// Status and body of a request.
    fn call(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Option<&[u8]>) -> R<(u16, String)> {
        let mut req = ureq::request(method, &format!("{}{path}", self.base)).timeout(Duration::from_secs(60));
        for (k, v) in headers {
            req = req.set(k, v);
        }
        let resp = match body {
            Some(b) => req.send_bytes(b),
            None => req.call(),
        };
        let resp = match resp {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => return Err(e.into()),
        };
        let status = resp.status();
        let mut text = String::new();
        resp.into_reader().take(256 << 20).read_to_string(&mut text)?;
        Ok((status, text))
    }

    fn get(&self, path: &str) -> R<(u16, String)> {
        self.call("GET", path, &[], None)
    }

    fn json(&self, path: &str) -> R<serde_json::Value> {
        let (status, body) = self.get(path)?;
        assert_eq!(status, 200, "{path}: {body}");
        Ok(serde_json::from_str(&body)?)
    }
}

/// One store for the read tests, indexed once.
fn read_store() -> R<&'static Path> {
    static S: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match S.get_or_init(|| gold_store(&temp_dir("read")).map_err(|e| e.to_string())) {
        Ok(p) => Ok(p),
        Err(e) => Err(format!("store: {e}").into()),
    }
}

/// A read-only server on the read tests' store, stopped when the test ends (a server in a
/// static would outlive the test process).
fn read_server() -> R<Server> {
    Server::start(read_store()?, &[])
}

fn cli_json(args: &[&str]) -> R<serde_json::Value> {
    let out = Command::new(bin()).args(args).output()?;
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    Ok(serde_json::from_slice(&out.stdout)?)
}


#[test]
fn api_numbers_equal_the_cli() -> R {
    let s = &read_server()?;
    let db = read_store()?.display().to_string();
    for by in ["outlet", "month", "speaker"] {
        let api = s.json(&format!("/v1/stats?by={by}"))?;
        let cli = cli_json(&["stats", "--db", &db, "--by", by, "--json"])?;
        assert_eq!(api, cli, "stats by {by}");
    }
    let api = s.json("/v1/stats?by=outlet&from=2016-03&to=2016-06")?;
    let cli = cli_json(&["stats", "--db", &db, "--by", "outlet", "--json", "--from", "2016-03", "--to", "2016-06"])?;
    assert_eq!(api, cli, "stats with a date range");
    let all = s.json("/v1/stats?by=outlet")?;
    assert_ne!(api["articles"], all["articles"], "a date range changes the numbers");
    let api = s.json("/v1/stats?by=month&outlet=breitbart")?;
    let cli = cli_json(&["stats", "--db", &db, "--by", "month", "--json", "--outlet", "breitbart"])?;
    assert_eq!(api, cli, "stats of one outlet");
    // Only people who said something: the same numbers as `stats --class speech`, fewer quotes.
    let api = s.json("/v1/stats?by=outlet&class=speech")?;
    let cli = cli_json(&["stats", "--db", &db, "--by", "outlet", "--json", "--class", "speech"])?;
    assert_eq!(api, cli, "stats of speech only");
    assert!(api["quotes"].as_u64() < all["quotes"].as_u64(), "PolNeAR has beliefs, stances and evidence");
    assert_eq!(s.json("/v1/stats?by=outlet&class=belief,speech,belief")?, s.json("/v1/stats?by=outlet&class=speech,belief")?);

    // `speakers --json` prints one person a line.
    let out = Command::new(bin()).args(["speakers", "--db", &db, "--json"]).output()?;
    let cli: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    let api = s.json("/v1/speakers?limit=1000")?;
    assert_eq!(api["total"].as_u64(), Some(cli.len() as u64));
    let page = api["speakers"].as_array().cloned().unwrap_or_default();
    assert_eq!(page.as_slice(), &cli[..page.len()], "the same people in the same order");
    // Other kinds of source: the same list as `speakers --kind`, each of that kind.
    let out = Command::new(bin()).args(["speakers", "--db", &db, "--json", "--kind", "organization"]).output()?;
    let cli: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    assert!(!cli.is_empty(), "the gold store quotes organizations");
    let api = s.json("/v1/speakers?kind=organization&limit=1000")?;
    assert_eq!(api["total"].as_u64(), Some(cli.len() as u64));
    let page = api["speakers"].as_array().cloned().unwrap_or_default();
    assert_eq!(page.as_slice(), &cli[..page.len()], "the same organizations in the same order");
    assert!(page.iter().all(|p| p["kind"] == "organization"));
    assert_eq!(s.json("/v1/speakers?kind=person&limit=5")?, s.json("/v1/speakers?limit=5")?);
    let women = s.json("/v1/speakers?gender=female&min_quotes=2&limit=1000")?;
    for p in women["speakers"].as_array().into_iter().flatten() {
        assert_eq!(p["gender"], "female");
        assert!(p["quotes"].as_u64().unwrap_or(0) >= 2);
    }
    Ok(())
}

#[test]
fn analyze_gives_the_cli_bytes() -> R {
    let s = &read_server()?;
    let txt = shared().join("gold/seed/rferl-taliban-engagement.txt");
    let cli = Command::new(bin()).arg("analyze").arg(&txt).output()?;
    assert!(cli.status.success());
    let body = std::fs::read(&txt)?;
    let (status, api) =
        s.call("POST", "/v1/analyze?id=rferl-taliban-engagement", &[("Content-Type", "text/plain; charset=utf-8")], Some(&body))?;
    assert_eq!(status, 200, "{api}");
    assert_eq!(api.as_bytes(), cli.stdout.as_slice(), "same bytes as whosaid analyze");
    // A JSON body is a JSON Lines record: the same as `whosaid analyze` of that line.
    let text = String::from_utf8_lossy(&body).into_owned();
    let obj = serde_json::json!({"id": "j1", "text": text, "url": "https://example.org/2016/03/01/story"});
    let dir = temp_dir("analyze");
    let jsonl = dir.join("one.jsonl");
    std::fs::write(&jsonl, format!("{obj}\n"))?;
    let cli = Command::new(bin()).arg("analyze").arg(&jsonl).output()?;
    let pretty = serde_json::to_vec_pretty(&obj)?;
    let (status, api) = s.call("POST", "/v1/analyze", &[("Content-Type", "application/json")], Some(&pretty))?;
    assert_eq!(status, 200, "{api}");
    assert_eq!(api.as_bytes(), cli.stdout.as_slice());
    Ok(())
}

#[test]
fn search_pages_and_profiles() -> R {
    let s = &read_server()?;
    let first = s.json("/v1/search?q=said&limit=7")?;
    let total = first["total"].as_u64().unwrap_or(0);
    assert!(total > 7 && total < 200, "{total}");
    let mut seen = std::collections::HashSet::new();
    let mut cursor = String::new();
    let mut pages = 0;
    loop {
        let page = s.json(&format!("/v1/search?q=said&limit=7{cursor}"))?;
        for h in page["hits"].as_array().into_iter().flatten() {
            assert!(seen.insert(format!("{}/{}", h["article"], h["quote_id"])), "a hit on two pages");
            assert!(h["quote"].as_str().unwrap_or("").to_lowercase().contains("said"));
        }
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => break,
        }
        assert!(pages < 100);
    }
    assert_eq!(seen.len() as u64, total, "the pages add up to the total");

    // A hit's article holds the quote at its offsets, with its speaker.
    let hit = &first["hits"][0];
    let art = s.json(&format!("/v1/articles/{}", hit["article"].as_str().unwrap_or("")))?;
    let q = art["article"]["quotes"].as_array().into_iter().flatten().find(|q| q["id"] == hit["quote_id"]).cloned().unwrap_or_default();
    assert_eq!(q["text"], hit["quote"]);
    let text: Vec<char> = art["article"]["text"].as_str().unwrap_or("").chars().collect();
    let (a, b) = (q["start"].as_u64().unwrap_or(0) as usize, q["end"].as_u64().unwrap_or(0) as usize);
    assert_eq!(text.get(a..b).map(|c| c.iter().collect::<String>()), q["text"].as_str().map(String::from));

    // An article's record is what `whosaid analyze` prints for its input (plain-text files here).
    let mut compared = 0;
    for h in first["hits"].as_array().into_iter().flatten() {
        let id = h["article"].as_str().unwrap_or("");
        let Some(file) = ["gold/polnear/dev", "gold/seed"].iter().map(|d| shared().join(d).join(format!("{id}.txt"))).find(|p| p.exists()) else {
            continue;
        };
        let art = s.json(&format!("/v1/articles/{id}"))?;
        assert_eq!(art["record"], cli_json(&["analyze", file.to_str().unwrap_or("")])?, "the record of {id}");
        compared += 1;
    }
    assert!(compared > 0);

    // Filters narrow: every hit of gender=female has a female speaker.
    let f = s.json("/v1/search?q=said&gender=female&kind=person&limit=100")?;
    for h in f["hits"].as_array().into_iter().flatten() {
        assert_eq!(h["speaker"]["gender"], "female");
    }

    // The most quoted person's profile: months add up to their quotes.
    let top = s.json("/v1/speakers?limit=1")?;
    let p = &top["speakers"][0];
    let key = p["key"].as_str().unwrap_or("").replace(' ', "%20");
    let prof = s.json(&format!("/v1/speakers/{key}"))?;
    let months: u64 = prof["months"].as_array().into_iter().flatten().map(|m| m["quotes"].as_u64().unwrap_or(0)).sum();
    assert_eq!(months, p["quotes"].as_u64().unwrap_or(0), "months add up to the person's quotes");
    assert!(prof["latest"].as_array().is_some_and(|l| !l.is_empty()));
    assert_eq!(s.get("/v1/speakers/nobody%20at%20all")?.0, 404);
    Ok(())
}

/// Quotes as (article id, quote id).
type QuoteIds = Vec<(String, String)>;

/// Every hit of `path` (a search without a cursor), page by page, once each, and the first
/// page's total and whether it is exact.
fn all_hits(s: &Server, path: &str) -> R<(QuoteIds, u64, bool)> {
    let first = s.json(path)?;
    let (total, exact) = (first["total"].as_u64().unwrap_or(0), first["total_exact"].as_bool().unwrap_or(true));
    let mut seen = std::collections::HashSet::new();
    let mut hits = Vec::new();
    let mut page = first;
    for _ in 0..1000 {
        for h in page["hits"].as_array().into_iter().flatten() {
            let id = (h["article"].as_str().unwrap_or("").to_string(), h["quote_id"].as_str().unwrap_or("").to_string());
            assert!(seen.insert(id.clone()), "{path}: {id:?} on two pages");
            hits.push(id);
        }
        match page["next_cursor"].as_str() {
            Some(c) => page = s.json(&format!("{path}&cursor={c}"))?,
            None => return Ok((hits, total, exact)),
        }
    }
    Err(format!("{path}: the cursor does not end").into())
}

/// `class=` on search and people: the search pages of some classes hold exactly the quotes
/// that `whosaid search --class` finds, each of those classes in its stored article, and the
/// classes' pages together are the unfiltered search; people are `whosaid speakers --class`
/// and the rows of `stats --by speaker --class`; a person who never spoke is not among the
/// speakers.
#[test]
fn search_and_people_by_class() -> R {
    let s = &read_server()?;
    let db = read_store()?.display().to_string();
    let (all, _, _) = all_hits(s, "/v1/search?q=said&limit=50")?;
    let sorted = |mut v: QuoteIds| {
        v.sort();
        v
    };
    let mut union = Vec::new();
    let mut stored_class: std::collections::HashMap<String, serde_json::Value> = Default::default();
    for class in ["speech", "belief,stance", "evidence"] {
        let path = format!("/v1/search?q=said&limit=7&class={class}");
        let (hits, total, exact) = all_hits(s, &path)?;
        let first = s.json(&path)?;
        assert_eq!((total, exact), (first["hits"].as_array().map_or(0, |h| h.len() as u64), first["next_cursor"].is_null()), "{path}");
        let out = Command::new(bin()).args(["search", "said", "--db", &db, "--json", "--limit", "100000", "--class", class]).output()?;
        let cli: QuoteIds = String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).map(|h| (h["article"].as_str().unwrap_or("").into(), h["quote_id"].as_str().unwrap_or("").into())))
            .collect::<Result<_, _>>()?;
        assert_eq!(sorted(hits.clone()), sorted(cli), "{path} and whosaid search --class {class}");
        for (article, quote) in &hits {
            if !stored_class.contains_key(article) {
                stored_class.insert(article.clone(), s.json(&format!("/v1/articles/{article}"))?);
            }
            let q = stored_class[article]["article"]["quotes"].as_array().into_iter().flatten().find(|q| q["id"] == quote.as_str()).cloned();
            let c = q.map(|q| q["class"].as_str().unwrap_or("").to_string()).unwrap_or_default();
            assert!(class.split(',').any(|x| x == c), "{article} {quote} is {c}, not {class}");
        }
        union.extend(hits);
    }
    assert_eq!(sorted(union.clone()), sorted(all.clone()), "the classes' pages together are the unfiltered search");
    assert!(union.len() > 30 && stored_class.len() > 10, "{} hits in {} articles", union.len(), stored_class.len());

    // People who said something: `whosaid speakers --class speech`, and their quotes are the
    // rows of `stats --by speaker --class speech`.
    let out = Command::new(bin()).args(["speakers", "--db", &db, "--json", "--class", "speech"]).output()?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    let api = s.json("/v1/speakers?class=speech&limit=1000")?;
    assert_eq!(api["total"].as_u64(), Some(cli.len() as u64));
    let page = api["speakers"].as_array().cloned().unwrap_or_default();
    assert_eq!(page.as_slice(), &cli[..page.len()], "the same people in the same order");
    let everyone = s.json("/v1/speakers?limit=1000")?;
    assert!(api["total"].as_u64() < everyone["total"].as_u64(), "some people only believed, took a stance or were cited");
    let rows = s.json("/v1/stats?by=speaker&class=speech")?;
    let quotes: std::collections::HashMap<String, u64> = rows["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (r["key"].as_str().unwrap_or("").to_string(), r["quotes"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(quotes.len() as u64, api["total"].as_u64().unwrap_or(0));
    for p in &page {
        assert_eq!(quotes.get(p["name"].as_str().unwrap_or("")), p["quotes"].as_u64().as_ref(), "{}", p["name"]);
    }
    // Someone quoted only with other classes is no speaker.
    let speakers: std::collections::HashSet<&str> = page.iter().filter_map(|p| p["key"].as_str()).collect();
    let others = s.json("/v1/speakers?class=belief,stance,evidence&limit=1000")?;
    let silent = others["speakers"].as_array().into_iter().flatten().filter_map(|p| p["key"].as_str()).filter(|k| !speakers.contains(k)).count();
    assert!(silent > 0, "PolNeAR dev has people who only believed, took a stance or were cited");
    // A slice and a gender: the same numbers as the slice's speaker rows; the dashboard's top women.
    let women = s.json("/v1/speakers?class=speech&gender=female&from=2016-10&to=2016-10&limit=10")?;
    let rows = s.json("/v1/stats?by=speaker&class=speech&from=2016-10&to=2016-10")?;
    for p in women["speakers"].as_array().into_iter().flatten() {
        assert_eq!(p["gender"], "female");
        let row = rows["rows"].as_array().into_iter().flatten().find(|r| r["key"] == p["name"]).cloned().unwrap_or_default();
        assert_eq!((row["quotes"].as_u64(), row["articles"].as_u64()), (p["quotes"].as_u64(), p["articles"].as_u64()), "{}", p["name"]);
    }
    assert!(women["total"].as_u64().unwrap_or(0) > 0);
    // Other kinds of source, as `whosaid speakers --kind --class`.
    let out = Command::new(bin()).args(["speakers", "--db", &db, "--json", "--kind", "organization", "--class", "speech"]).output()?;
    let cli: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout).lines().map(serde_json::from_str).collect::<Result<_, _>>()?;
    let api = s.json("/v1/speakers?kind=organization&class=speech&limit=1000")?;
    assert_eq!(api["total"].as_u64(), Some(cli.len() as u64));
    assert_eq!(api["speakers"].as_array().map(|a| a.as_slice()), Some(&cli[..cli.len().min(1000)]));
    Ok(())
}

/// A costly answer (here a class tally) outlives a request that timed out waiting for it:
/// a later request gets it. Before, each request started it anew and timed out in turn (on
/// the 1M store no `class=` request ever answered within the 30 s timeout).
///
/// The store holds all of PolNeAR (924 articles, a class tally takes about 30 ms here) and
/// the timeout is 2 ms: on the dev store alone a fast machine answered within the 5 ms this
/// test once allowed. Each class is a tally of its own; at least one must time out first.
#[test]
fn a_timed_out_request_leaves_its_answer_to_the_next() -> R {
    let db = index_store(&temp_dir("tally").join("all.db"), &["gold/polnear/train", "gold/polnear/dev"])?;
    let s = Server::start(&db, &["--timeout", "0.002"])?;
    let mut timed_out = 0;
    for class in ["evidence", "belief", "stance", "speech"] {
        let mut statuses = Vec::new();
        for _ in 0..200 {
            let (status, _) = s.get(&format!("/v1/stats?by=outlet&class={class}"))?;
            statuses.push(status);
            if status == 200 {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(statuses[..statuses.len() - 1].iter().all(|&c| c == 503), "{class}: {statuses:?}");
        assert_eq!(statuses.last(), Some(&200), "{class}: {statuses:?}");
        timed_out += usize::from(statuses.len() > 1);
    }
    assert!(timed_out > 0, "no class tally took longer than 2 ms");
    Ok(())
}

fn raw(addr: &str, request: &[u8]) -> R<String> {
    let mut c = TcpStream::connect(addr)?;
    c.set_read_timeout(Some(Duration::from_secs(20)))?;
    c.write_all(request)?;
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match c.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                out.extend_from_slice(&buf[..n]);
                if out.windows(4).any(|w| w == b"\r\n\r\n") && String::from_utf8_lossy(&out).contains("}") {
                    break;
                }
            }
            Err(_) => break,
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[test]
fn errors_are_json_with_the_right_status() -> R {
    let s = &read_server()?;
    let is_error = |body: &str, code: &str| -> bool {
        serde_json::from_str::<serde_json::Value>(body).is_ok_and(|v| v["error"]["code"] == code && v["error"]["message"].is_string())
    };
    for (path, status, code) in [
        ("/v1/search", 400, "bad_parameter"),
        ("/v1/search?q=wall&from=2016-13", 400, "bad_parameter"),
        ("/v1/search?q=wall&limit=0", 400, "bad_parameter"),
        ("/v1/search?q=wall&limit=ten", 400, "bad_parameter"),
        ("/v1/search?q=wall&cursor=-3", 400, "bad_parameter"),
        ("/v1/search?q=ab*", 400, "bad_parameter"),
        ("/v1/stats?by=year", 400, "bad_parameter"),
        ("/v1/stats?class=said", 400, "bad_parameter"),
        ("/v1/search?q=wall&class=said", 400, "bad_parameter"),
        ("/v1/search?q=wall&class=speech,,said", 400, "bad_parameter"),
        ("/v1/speakers?class=speeches", 400, "bad_parameter"),
        ("/v1/speakers?kind=organization&class=Speech", 400, "bad_parameter"),
        ("/v1/speakers?gender=other", 400, "bad_parameter"),
        ("/v1/articles/no-such-article", 404, "not_found"),
        ("/nothing/here", 404, "not_found"),
        ("/assets/..%2f..%2fCargo.toml", 404, "not_found"),
        ("/assets/%2e%2e/%2e%2e/Cargo.toml", 404, "not_found"),
    ] {
        let (st, body) = s.get(path)?;
        assert_eq!(st, status, "{path}: {body}");
        assert!(is_error(&body, code), "{path}: {body}");
    }
    let long = format!("/v1/search?q={}", "a".repeat(17000));
    assert_eq!(s.get(&long)?.0, 414);
    let (st, body) = s.call("DELETE", "/v1/stats", &[], None)?;
    assert_eq!((st, is_error(&body, "method_not_allowed")), (405, true));
    let (st, body) = s.call("POST", "/v1/analyze", &[("Content-Type", "image/png")], Some(b"x"))?;
    assert_eq!((st, is_error(&body, "unsupported_media_type")), (415, true), "{body}");
    // 33 MiB sent chunked (no length declared): refused once the limit is passed.
    {
        let mut c = TcpStream::connect(s.addr())?;
        c.set_read_timeout(Some(Duration::from_secs(30)))?;
        c.write_all(b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")?;
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..33 {
            // The server may answer and close before all is sent.
            if c.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).and_then(|_| c.write_all(&chunk)).and_then(|_| c.write_all(b"\r\n")).is_err() {
                break;
            }
        }
        let _ = c.write_all(b"0\r\n\r\n");
        let mut answer = Vec::new();
        let _ = c.read_to_end(&mut answer);
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 413") && answer.contains("payload_too_large"), "{answer}");
    }
    // A declared 1 GB body: refused at once, without waiting for the bytes.
    let t = Instant::now();
    let answer = raw(
        s.addr(),
        b"POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1000000000\r\n\r\nonly this",
    )?;
    assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
    assert!(t.elapsed() < Duration::from_secs(5));
    // Raw traversal attempts on the asset path.
    for target in ["/assets/../Cargo.toml", "/assets/%2e%2e%2fCargo.toml", "/assets/..%5c..%5cCargo.toml", "/assets//etc/passwd"] {
        let answer = raw(s.addr(), format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes())?;
        assert!(answer.starts_with("HTTP/1.1 404") || answer.starts_with("HTTP/1.1 400"), "{target}: {answer}");
        assert!(!answer.contains("[workspace]") && !answer.contains("root:"), "{target}");
    }
    assert_eq!(s.get("/assets/app.js")?.0, 200);
    // Every documented route answers (not the router's 404 or 405).
    let doc = s.json("/openapi.json")?;
    for (p, ops) in doc["paths"].as_object().into_iter().flatten() {
        for m in ops.as_object().into_iter().flatten().map(|(m, _)| m.to_uppercase()) {
            let path = p.replace("{id}", "x");
            let (st, body) = s.call(&m, &path, &[("Content-Type", "text/plain")], (m == "POST").then_some(&b"Hello."[..]))?;
            assert!(!(st == 404 && body.contains("no such route")) && st != 405, "{m} {p}: {st} {body}");
        }
    }
    let (_, metrics) = s.get("/metrics")?;
    assert!(metrics.contains("whosaid_http_requests_total{route=\"/v1/search\",status=\"400\"}"), "{metrics}");
    assert!(metrics.contains("whosaid_store_bytes "));
    // Garbage in every parameter never gives a 5xx.
    let junk = ["%00", "%ff%fe", "\"", "*", "((", "a%20OR%20b", "NEAR(a%20b)", "-1", "99999999999999999999", "%E2%80%9Cx%E2%80%9D"];
    for j in junk {
        for p in ["q", "speaker", "outlet", "from", "to", "gender", "kind", "limit", "cursor", "class"] {
            let (st, body) = s.get(&format!("/v1/search?q=wall&{p}={j}"))?;
            assert!(st < 500, "{p}={j}: {st} {body}");
        }
        for path in ["/v1/speakers?outlet=", "/v1/speakers?class=", "/v1/stats?from=", "/v1/speakers/", "/v1/articles/", "/v1/reprints?offset="] {
            let (st, body) = s.get(&format!("{path}{j}"))?;
            assert!(st < 500, "{path}{j}: {st} {body}");
        }
    }
    let log = s.log.lock().map(|l| l.join("\n")).unwrap_or_default();
    assert!(log.contains("request ") && log.contains("-> 400"), "failures are logged with the request id");
    Ok(())
}

#[test]
fn writes_need_the_token_and_are_seen_at_once() -> R {
    let dir = temp_dir("write");
    let db = gold_store(&dir)?;
    // Read-only server: 403.
    {
        let ro = Server::start(&db, &[])?;
        let (st, body) = ro.call("POST", "/v1/articles", &[("Content-Type", "text/plain")], Some(b"x"))?;
        assert_eq!(st, 403, "{body}");
        assert!(body.contains("read_only"));
    }
    let token = dir.join("token");
    std::fs::write(&token, "s3cret-token\n")?;
    let s = Server::start(&db, &["--token-file", token.to_str().unwrap_or("")])?;
    let before = s.json("/healthz")?["articles"].as_u64().unwrap_or(0);
    let post = |auth: Option<&str>, id: &str, body: &str| -> R<(u16, String)> {
        let bearer;
        let mut h = vec![("Content-Type", "text/plain")];
        if let Some(a) = auth {
            bearer = format!("Bearer {a}");
            h.push(("Authorization", bearer.as_str()));
        }
        s.call("POST", &format!("/v1/articles?id={id}"), &h, Some(body.as_bytes()))
    };
    assert_eq!(post(None, "a", "x")?.0, 401);
    assert_eq!(post(Some("s3cret-tokeN"), "a", "x")?.0, 403);
    assert_eq!(post(Some("s3cret"), "a", "x")?.0, 403);

    // Searches run while batches are posted; none fails, every article is stored once.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let readers: Vec<_> = (0..3)
        .map(|i| {
            let stop = std::sync::Arc::clone(&stop);
            let base = s.base.clone();
            std::thread::spawn(move || -> (u64, u64) {
                let (mut ok, mut bad) = (0, 0);
                let paths = ["/v1/search?q=said", "/v1/stats?by=outlet", "/v1/speakers?limit=5"];
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    match ureq::get(&format!("{base}{}", paths[i % 3])).call() {
                        Ok(r) if r.status() == 200 => ok += 1,
                        _ => bad += 1,
                    }
                }
                (ok, bad)
            })
        })
        .collect();
    let batches = 6;
    for b in 0..batches {
        let mut lines = String::new();
        for k in 0..5 {
            let text = format!(
                "Harbor report {b}-{k}\n\n\"The zebrafinch{b}x{k} tide will turn,\" said Marisol Quenby, the harbor master, on Tuesday.\n\nShe said more boats would come.\n"
            );
            lines.push_str(&serde_json::json!({"id": format!("harbor-{b}-{k}"), "text": text, "site_name": "Harbor Daily", "published": "2016-05-0{}"}).to_string().replace("2016-05-0{}", &format!("2016-05-0{}", 1 + k)));
            lines.push('\n');
        }
        let (st, body) = s.call(
            "POST",
            "/v1/articles",
            &[("Content-Type", "application/x-ndjson"), ("Authorization", "Bearer s3cret-token")],
            Some(lines.as_bytes()),
        )?;
        assert_eq!(st, 200, "{body}");
        let r: serde_json::Value = serde_json::from_str(&body)?;
        assert_eq!((r["stored"].as_u64(), r["failed"].as_u64()), (Some(5), Some(0)), "{body}");
        // Seen at once.
        let t = Instant::now();
        let hits = s.json(&format!("/v1/search?q=zebrafinch{b}x4"))?;
        assert_eq!(hits["total"], 1, "batch {b} searchable right after its answer");
        assert!(t.elapsed() < Duration::from_secs(1));
        // The cached statistics and people are computed anew.
        let stats = s.json("/v1/stats?by=outlet")?;
        let harbor = stats["rows"].as_array().and_then(|rows| rows.iter().find(|r| r["key"] == "Harbor Daily")).cloned();
        assert_eq!(harbor.map(|r| r["articles"].clone()), Some(serde_json::json!(5 * (b + 1))), "batch {b} counted right after its answer");
        assert_eq!(s.json("/healthz")?["articles"].as_u64(), Some(before + 5 * (b + 1)));
    }
    // Posting a batch again stores nothing twice.
    let again = serde_json::json!({"id": "harbor-0-0", "text": "Harbor report 0-0\n\n\"The zebrafinch0x0 tide will turn,\" said Marisol Quenby, the harbor master, on Tuesday.\n\nShe said more boats would come.\n", "site_name": "Harbor Daily", "published": "2016-05-01"});
    let (st, body) = s.call("POST", "/v1/articles", &[("Content-Type", "application/json"), ("Authorization", "Bearer s3cret-token")], Some(again.to_string().as_bytes()))?;
    assert_eq!(st, 200, "{body}");
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for r in readers {
        let (ok, bad) = r.join().map_err(|_| "reader thread")?;
        assert!(ok > 0);
        assert_eq!(bad, 0, "no request failed while writing");
    }
    let after = s.json("/healthz")?["articles"].as_u64().unwrap_or(0);
    assert_eq!(after, before + 5 * batches);
    let people = s.json("/v1/speakers?q=quenby")?;
    assert_eq!(people["total"], 1);
    assert_eq!(people["speakers"][0]["gender"], "female");
    Ok(())
}

#[test]
fn slow_clients_time_out() -> R {
    let dir = temp_dir("slow");
    let db = gold_store(&dir)?;
    let s = Server::start(&db, &["--header-timeout", "1"])?;
    let mut c = TcpStream::connect(s.addr())?;
    c.set_read_timeout(Some(Duration::from_secs(10)))?;
    c.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")?; // never ends the headers
    let t = Instant::now();
    let mut buf = [0u8; 512];
    let n = c.read(&mut buf).unwrap_or(0);
    assert!(t.elapsed() < Duration::from_secs(5), "disconnected after the header timeout");
    let answer = String::from_utf8_lossy(&buf[..n]);
    assert!(n == 0 || answer.starts_with("HTTP/1.1 408"), "{answer}");
    // The server still answers others.
    assert_eq!(s.get("/healthz")?.0, 200);
    Ok(())
}
