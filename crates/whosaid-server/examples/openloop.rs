//! Open-loop HTTP load at a fixed request rate, for `scripts/openloop.sh` (issue 12): a
//! benchmark tool, never a test.
//!
//! A closed-loop tool (wrk) sends a connection's next request only when the answer to its last
//! one arrived, so at saturation its latencies measure the queue it builds itself, and a server
//! that stalls is asked less while it stalls (coordinated omission). Here request `i` is due at
//! `start + i / RATE` whatever happened before; one of `CONNS` keep-alive connections sends it
//! when free, and its latency runs from the time it was due to the end of the answer's body, so
//! time spent waiting for a free connection counts, as in wrk2.
//!
//!     cargo run --release -p whosaid-server --example openloop -- \
//!         --url http://127.0.0.1:8080 --paths PATHS --rate 500 --conns 64 --seconds 60
//!
//! PATHS holds one request a line, `KIND<TAB>PATH` or `PATH` (the kind is then the path's
//! second segment: `/v1/search?...` is `search`); they are sent in a shuffled order (`--seed`),
//! cycling. Prints one `RESULT` line per kind and one for all: requests, achieved requests/s,
//! p50, p90, p99 and max in ms, errors (connection or I/O failures, non-2xx answers, and
//! requests still unsent or unanswered `--timeout` seconds after the run's end).

use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::net::TcpStream;
use tokio::time::Instant;

/// The command line.
struct Args {
    url: String,
    paths: String,
    rate: f64,
    conns: usize,
    seconds: f64,
    seed: u64,
    timeout: f64,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args { url: String::new(), paths: String::new(), rate: 0.0, conns: 64, seconds: 10.0, seed: 1, timeout: 10.0 };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let num = |v: &str| v.parse::<f64>().map_err(|_| format!("{flag}: not a number: {v}"));
        match flag.as_str() {
            "--url" => a.url = value,
            "--paths" => a.paths = value,
            "--rate" => a.rate = num(&value)?,
            "--conns" => a.conns = num(&value)? as usize,
            "--seconds" => a.seconds = num(&value)?,
            "--seed" => a.seed = num(&value)? as u64,
            "--timeout" => a.timeout = num(&value)?,
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    if a.url.is_empty() || a.paths.is_empty() || a.rate <= 0.0 || a.conns == 0 || a.seconds <= 0.0 {
        return Err("usage: openloop --url URL --paths FILE --rate R [--conns 64] [--seconds 10] [--seed 1] [--timeout 10]".into());
    }
    Ok(a)
}

/// What one request came to: its kind's index, latency from its due time (µs), and success.
type Sample = (usize, u64, bool);

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("openloop: {e}");
            std::process::exit(2);
        }
    };
    let text = match std::fs::read_to_string(&args.paths) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("openloop: {}: {e}", args.paths);
            std::process::exit(2);
        }
    };
    let mut kinds: Vec<String> = Vec::new();
    let mut reqs: Vec<(usize, String)> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (kind, path) = match line.split_once('\t') {
            Some((k, p)) => (k.to_string(), p.to_string()),
            None => (line.split(['/', '?']).nth(2).unwrap_or("other").to_string(), line.to_string()),
        };
        let k = kinds.iter().position(|x| *x == kind).unwrap_or_else(|| {
            kinds.push(kind);
            kinds.len() - 1
        });
        reqs.push((k, path));
    }
    if reqs.is_empty() {
        eprintln!("openloop: {}: no paths", args.paths);
        std::process::exit(2);
    }
    shuffle(&mut reqs, args.seed);
    let rt = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("openloop: {e}");
            std::process::exit(1);
        }
    };
    let (samples, unsent, wall) = rt.block_on(run(&args, Arc::new(reqs)));
    report(&kinds, &samples, unsent, wall, &args);
}

/// Sends the requests on `args.conns` connections at their due times; the samples, the number
/// of due requests never sent, and the seconds from the first due time to the last answer.
async fn run(args: &Args, reqs: Arc<Vec<(usize, String)>>) -> (Vec<Sample>, u64, f64) {
    let host = args.url.trim_start_matches("http://").trim_end_matches('/').to_string();
    let total = (args.rate * args.seconds).round() as u64;
    let next = Arc::new(AtomicU64::new(0));
    let samples = Arc::new(Mutex::new(Vec::with_capacity(total as usize)));
    let start = Instant::now() + Duration::from_millis(50);
    let interval = 1.0 / args.rate;
    let give_up = start + Duration::from_secs_f64(args.seconds + args.timeout);
    let mut tasks = Vec::new();
    for _ in 0..args.conns {
        let (next, samples, reqs, host) = (next.clone(), samples.clone(), reqs.clone(), host.clone());
        tasks.push(tokio::spawn(async move {
            let mut sender: Option<hyper::client::conn::http1::SendRequest<Empty<Bytes>>> = None;
            let mut mine = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let due = start + Duration::from_secs_f64(i as f64 * interval);
                if Instant::now() > give_up {
                    break;
                }
                tokio::time::sleep_until(due).await;
                let (kind, path) = &reqs[(i % reqs.len() as u64) as usize];
                let left = give_up.saturating_duration_since(Instant::now());
                let ok = match tokio::time::timeout(left, send(&mut sender, &host, path)).await {
                    Ok(Ok(status)) => (200..300).contains(&status),
                    Ok(Err(_)) | Err(_) => {
                        sender = None;
                        false
                    }
                };
                mine.push((*kind, due.elapsed().as_micros() as u64, ok));
            }
            if let Ok(mut all) = samples.lock() {
                all.extend(mine);
            }
        }));
    }
    for t in tasks {
        let _ = t.await;
    }
    let wall = start.elapsed().as_secs_f64();
    let samples = samples.lock().map(|mut s| std::mem::take(&mut *s)).unwrap_or_default();
    let unsent = total.saturating_sub(samples.len() as u64);
    (samples, unsent, wall)
}

/// GETs `path` on the connection, opening one first when there is none; the answer's status
/// once its whole body arrived.
async fn send(
    sender: &mut Option<hyper::client::conn::http1::SendRequest<Empty<Bytes>>>,
    host: &str,
    path: &str,
) -> Result<u16, Box<dyn std::error::Error + Send + Sync>> {
    if sender.as_ref().is_none_or(|s| s.is_closed()) {
        let stream = TcpStream::connect(host).await?;
        stream.set_nodelay(true)?;
        let (s, conn) = hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
        tokio::spawn(conn);
        *sender = Some(s);
    }
    let s = sender.as_mut().ok_or("no connection")?;
    s.ready().await?;
    let req = hyper::Request::get(path).header(hyper::header::HOST, host).body(Empty::<Bytes>::new())?;
    let resp = s.send_request(req).await?;
    let status = resp.status().as_u16();
    resp.into_body().collect().await?;
    Ok(status)
}

/// Prints a `RESULT` line per kind and for all.
fn report(kinds: &[String], samples: &[Sample], unsent: u64, wall: f64, args: &Args) {
    let mut by: BTreeMap<&str, Vec<&Sample>> = BTreeMap::new();
    for s in samples {
        by.entry(kinds[s.0].as_str()).or_default().push(s);
        by.entry("all").or_default().push(s);
    }
    println!("openloop: rate {} req/s, {} connections, {} s, {} due requests never sent", args.rate, args.conns, args.seconds, unsent);
    for (kind, ss) in by {
        let mut t: Vec<u64> = ss.iter().map(|s| s.1).collect();
        t.sort_unstable();
        let at = |p: f64| t[((t.len() as f64 * p).ceil() as usize).clamp(1, t.len()) - 1] as f64 / 1000.0;
        let errors = ss.iter().filter(|s| !s.2).count() as u64 + if kind == "all" { unsent } else { 0 };
        println!(
            "RESULT kind={kind} requests={} rps={:.0} p50_ms={:.2} p90_ms={:.2} p99_ms={:.2} max_ms={:.1} errors={errors}",
            t.len(),
            t.len() as f64 / wall,
            at(0.5),
            at(0.9),
            at(0.99),
            at(1.0),
        );
    }
}

/// Fisher-Yates with a xorshift generator: the same order for the same seed.
fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
}
