//! whosaid-server: `whosaid serve`, the JSON API under `/v1` and the source-diversity
//! dashboard at `/`, over one corpus store.
//!
//! The main types, in the order a request meets them: [`Config`] says what to serve;
//! [`run`] binds the address and answers each connection with hyper (headers must arrive
//! within [`Config::header_timeout`]); the [`router`] sends each request through one
//! middleware (request id, query-length and concurrency limits, the per-request timeout,
//! [`metrics::Metrics`], a log line for every failure) to a handler of [`api`] (JSON) or
//! [`assets`] (the dashboard, embedded in the binary). Handlers read the store through
//! [`state::Store`] (a pool of read-only SQLite connections used on blocking threads) and the
//! store's own query functions (`whosaid_store::stats_in`, `speakers_in`, `browse::*`), so the
//! API's numbers are those of `whosaid stats --json`; costly answers (people, statistics,
//! reprint clusters) are kept in [`state::Memo`] until the store file changes.
//! Every failure is an [`error::ApiError`]: `{"error": {"code", "message"}}` with its status.

pub mod api;
pub mod assets;
pub mod error;
pub mod metrics;
pub mod state;

pub use error::{ApiError, ServerError};
pub use state::{AppState, Config};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use std::sync::Arc;
use std::time::Instant;

/// The API's routes and methods, as `/openapi.json` documents them (a test checks they agree).
pub const ROUTES: &[(&str, &str)] = &[
    ("post", "/v1/analyze"),
    ("get", "/v1/search"),
    ("get", "/v1/speakers"),
    ("get", "/v1/speakers/{id}"),
    ("get", "/v1/stats"),
    ("get", "/v1/articles/{id}"),
    ("post", "/v1/articles"),
    ("get", "/v1/reprints"),
    ("get", "/healthz"),
    ("get", "/metrics"),
];

/// The OpenAPI 3 document of the API, served at `/openapi.json`.
pub const OPENAPI: &str = include_str!("openapi.json");

/// The route pattern that answered a request, for metrics and logs.
#[derive(Clone)]
struct RouteLabel(String);

/// Every route of the server, with its middleware.
pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route("/v1/analyze", post(api::analyze))
        .route("/v1/search", get(api::search))
        .route("/v1/speakers", get(api::speakers))
        .route("/v1/speakers/{id}", get(api::speaker))
        .route("/v1/stats", get(api::stats))
        .route("/v1/articles", post(api::add_articles))
        .route("/v1/articles/{id}", get(api::article))
        .route("/v1/reprints", get(api::reprints))
        .route("/healthz", get(api::healthz))
        .route("/metrics", get(api::metrics))
        .route("/openapi.json", get(api::openapi))
        .route("/", get(assets::index))
        .route("/assets/{*path}", get(assets::asset))
        .route_layer(axum::middleware::from_fn(label))
        .fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        .layer(axum::middleware::from_fn_with_state(Arc::clone(&state), guard))
        .with_state(state)
}

/// Tags the response with the matched route pattern.
async fn label(path: Option<MatchedPath>, req: Request, next: Next) -> Response {
    let route = path.map(|p| p.as_str().to_string()).unwrap_or_else(|| "unmatched".into());
    let mut r = next.run(req).await;
    r.extensions_mut().insert(RouteLabel(route));
    r
}

/// Longest query string accepted, in bytes.
pub const MAX_QUERY: usize = 16 * 1024;

/// Request id, limits, timeout, metrics and failure log around every request.
async fn guard(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let id = state.next_request_id();
    let start = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let api = path.starts_with("/v1/");
    let mut resp = if req.uri().query().map_or(0, str::len) > MAX_QUERY {
        ApiError { status: StatusCode::URI_TOO_LONG, code: "query_too_long", message: format!("the query string is over {MAX_QUERY} bytes") }
            .into_response()
    } else if api {
        match state.admit().await {
            Some(_permit) => match tokio::time::timeout(state.config.timeout, next.run(req)).await {
                Ok(r) => r,
                Err(_) => ApiError::unavailable(
                    "timeout",
                    format!("the request took longer than {} s; try a narrower query", state.config.timeout.as_secs_f64()),
                )
                .into_response(),
            },
            None => ApiError::unavailable("overloaded", "too many requests at once; retry in a moment").into_response(),
        }
    } else {
        next.run(req).await
    };
    let took = start.elapsed();
    let status = resp.status();
    let route = resp.extensions().get::<RouteLabel>().map(|l| l.0.clone()).unwrap_or_else(|| "unmatched".into());
    state.metrics.observe(&route, status.as_u16(), took);
    if status.is_client_error() || status.is_server_error() {
        let detail = resp.extensions().get::<error::InternalMessage>().map(|m| format!(": {}", m.0)).unwrap_or_default();
        eprintln!("whosaid-server: request {id}: {method} {path} -> {} in {:.1} ms{detail}", status.as_u16(), took.as_secs_f64() * 1e3);
    }
    if let Ok(v) = HeaderValue::from_str(&id.to_string()) {
        resp.headers_mut().insert("x-request-id", v);
    }
    resp
}

/// Serves until interrupted (Ctrl-C or SIGTERM): opens the store, binds, prints the address.
///
/// Fails when the store cannot be opened, the token file is unreadable or empty, or the
/// address cannot be bound.
pub fn run(config: Config) -> Result<(), ServerError> {
    let state = Arc::new(AppState::new(config)?);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(state.config.blocking_threads.max(2))
        .build()?;
    rt.block_on(serve(state))
}

async fn serve(state: Arc<AppState>) -> Result<(), ServerError> {
    let listener = tokio::net::TcpListener::bind(state.config.addr).await?;
    let addr = listener.local_addr()?;
    eprintln!(
        "whosaid-server: serving {} at http://{addr}/ ({})",
        state.config.db.display(),
        if state.token.is_some() { "POST /v1/articles with the token" } else { "read-only" }
    );
    state::warm(Arc::clone(&state));
    let app = router(Arc::clone(&state));
    let conns = Arc::new(tokio::sync::Semaphore::new(state.config.max_connections));
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = Arc::clone(&conns).acquire_owned() => match p { Ok(p) => p, Err(_) => break },
        };
        let (stream, _) = tokio::select! {
            _ = &mut shutdown => break,
            a = listener.accept() => match a {
                Ok(a) => a,
                Err(e) => {
                    eprintln!("whosaid-server: accept failed: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let header_timeout = state.config.header_timeout;
        tokio::spawn(async move {
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            // Errors here are clients going away or timing out on headers: nothing to answer.
            let _ = conn.await;
            drop(permit);
        });
    }
    eprintln!("whosaid-server: stopping");
    Ok(())
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(t) => t,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn openapi_documents_exactly_the_routes() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI).unwrap_or_default();
        let mut documented: Vec<(String, String)> = doc["paths"]
            .as_object()
            .map(|paths| {
                paths
                    .iter()
                    .flat_map(|(p, ops)| ops.as_object().into_iter().flat_map(|o| o.keys()).map(move |m| (m.clone(), p.clone())))
                    .collect()
            })
            .unwrap_or_default();
        let mut served: Vec<(String, String)> = ROUTES.iter().map(|(m, p)| (m.to_string(), p.to_string())).collect();
        documented.sort();
        served.sort();
        assert_eq!(documented, served);
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(api::token_matches(b"s3cret", b"s3cret"));
        for other in [&b"s3cre"[..], b"s3cret!", b"", b"S3cret", b"s3cres"] {
            assert!(!api::token_matches(other, b"s3cret"), "{other:?}");
        }
    }
}
