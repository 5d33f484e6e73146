//! Prometheus counters: requests by route and status, a latency histogram by route, and
//! the store's size, written as text by [`Metrics::render`].

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
struct Route {
    by_status: BTreeMap<u16, u64>,
    buckets: [u64; BUCKETS.len()],
    count: u64,
    sum: f64,
}

/// Request counters shared by every connection.
#[derive(Default)]
pub struct Metrics {
    routes: Mutex<BTreeMap<String, Route>>,
}

impl Metrics {
    /// Counts one answered request of `route` (the matched path pattern) with its status and time.
    pub fn observe(&self, route: &str, status: u16, took: Duration) {
        let Ok(mut routes) = self.routes.lock() else { return };
        let r = routes.entry(route.to_string()).or_default();
        *r.by_status.entry(status).or_default() += 1;
        let s = took.as_secs_f64();
        for (i, b) in BUCKETS.iter().enumerate() {
            if s <= *b {
                r.buckets[i] += 1;
            }
        }
        r.count += 1;
        r.sum += s;
    }

    /// The Prometheus text exposition of the counters, plus the store size in bytes.
    pub fn render(&self, store_bytes: u64, in_flight: usize) -> String {
        let mut out = String::new();
        out.push_str("# HELP whosaid_http_requests_total Requests answered, by route and status.\n");
        out.push_str("# TYPE whosaid_http_requests_total counter\n");
        let routes = match self.routes.lock() {
            Ok(r) => r,
            Err(p) => p.into_inner(),
        };
        for (route, r) in routes.iter() {
            for (status, n) in &r.by_status {
                out.push_str(&format!("whosaid_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}\n", esc(route)));
            }
        }
        out.push_str("# HELP whosaid_http_request_duration_seconds Time to answer, by route.\n");
        out.push_str("# TYPE whosaid_http_request_duration_seconds histogram\n");
        for (route, r) in routes.iter() {
            let route = esc(route);
            for (b, n) in BUCKETS.iter().zip(r.buckets) {
                out.push_str(&format!("whosaid_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{b}\"}} {n}\n"));
            }
            out.push_str(&format!("whosaid_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}\n", r.count));
            out.push_str(&format!("whosaid_http_request_duration_seconds_sum{{route=\"{route}\"}} {}\n", r.sum));
            out.push_str(&format!("whosaid_http_request_duration_seconds_count{{route=\"{route}\"}} {}\n", r.count));
        }
        out.push_str("# HELP whosaid_http_requests_in_flight API requests being answered now.\n");
        out.push_str("# TYPE whosaid_http_requests_in_flight gauge\n");
        out.push_str(&format!("whosaid_http_requests_in_flight {in_flight}\n"));
        out.push_str("# HELP whosaid_store_bytes Size of the store file and its write-ahead log.\n");
        out.push_str("# TYPE whosaid_store_bytes gauge\n");
        out.push_str(&format!("whosaid_store_bytes {store_bytes}\n"));
        out
    }
}

fn esc(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}
