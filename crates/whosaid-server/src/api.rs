//! The JSON API under `/v1`, `/healthz`, `/metrics` and `/openapi.json`: one handler per route,
//! each checking its parameters, then calling the store on a blocking thread.

use crate::error::ApiError;
use crate::state::{blocking, AppState, People};
use axum::body::{Body, Bytes};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body_util::BodyExt;
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use whosaid_store::browse::{self, PageOptions};
use whosaid_store::stats::{PeoplePage, PeopleSort};
use whosaid_store::{Filter, GroupBy, SearchQuery};

type St = State<Arc<AppState>>;
type Answer = Result<Response, ApiError>;

/// Longest search text, in characters.
pub const MAX_Q: usize = 1000;
/// Longest other text parameter (name, outlet, id), in characters.
pub const MAX_PARAM: usize = 300;

fn json_bytes(bytes: Vec<u8>) -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], bytes).into_response()
}

fn to_json<T: Serialize>(v: &T) -> Answer {
    serde_json::to_vec(v).map(json_bytes).map_err(|e| ApiError::internal(e.to_string()))
}

fn query<T>(q: Result<Query<T>, QueryRejection>) -> Result<T, ApiError> {
    q.map(|Query(t)| t).map_err(|e| ApiError::bad(e.body_text()))
}

fn path(p: Result<Path<String>, PathRejection>) -> Result<String, ApiError> {
    p.map(|Path(s)| s).map_err(|e| ApiError::bad(e.body_text()))
}

/// A text parameter: `None` when absent or empty; 400 when longer than `max` characters.
fn text(name: &str, v: Option<String>, max: usize) -> Result<Option<String>, ApiError> {
    match v {
        Some(s) if s.chars().count() > max => Err(ApiError::bad(format!("{name} is longer than {max} characters"))),
        Some(s) if s.trim().is_empty() => Ok(None),
        other => Ok(other),
    }
}

fn one_of(name: &str, v: Option<String>, allowed: &[&str]) -> Result<Option<String>, ApiError> {
    match v.filter(|s| !s.is_empty()) {
        Some(s) if !allowed.contains(&s.as_str()) => Err(ApiError::bad(format!("{name} must be one of {}, not {s:?}", allowed.join(", ")))),
        other => Ok(other),
    }
}

fn date(name: &str, v: Option<String>) -> Result<Option<String>, ApiError> {
    match v.filter(|s| !s.is_empty()) {
        Some(d) if !whosaid_store::search::valid_date(&d) => {
            Err(ApiError::bad(format!("{name} {d:?} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")))
        }
        other => Ok(other),
    }
}

fn range(name: &str, v: Option<u64>, default: u64, min: u64, max: u64) -> Result<u64, ApiError> {
    match v {
        None => Ok(default),
        Some(n) if (min..=max).contains(&n) => Ok(n),
        Some(n) => Err(ApiError::bad(format!("{name} must be between {min} and {max}, not {n}"))),
    }
}

const GENDERS: &[&str] = &["female", "male", "unknown"];
const KINDS: &[&str] = &["person", "organization", "group", "anonymous", "document"];

/// Parameters of `GET /v1/search`.
#[derive(Deserialize)]
pub struct SearchParams {
    q: Option<String>,
    speaker: Option<String>,
    outlet: Option<String>,
    gender: Option<String>,
    kind: Option<String>,
    from: Option<String>,
    to: Option<String>,
    limit: Option<u64>,
    cursor: Option<String>,
    class: Option<String>,
}

/// `GET /v1/search`: a page of quote hits, the total, and the cursor of the next page.
pub async fn search(State(st): St, q: Result<Query<SearchParams>, QueryRejection>) -> Answer {
    let p = query(q)?;
    let text_q = text("q", p.q, MAX_Q)?.ok_or_else(|| ApiError::bad("q is required: the words to find"))?;
    let sq = SearchQuery {
        text: text_q,
        speaker: text("speaker", p.speaker, MAX_PARAM)?,
        outlet: text("outlet", p.outlet, MAX_PARAM)?,
        from: date("from", p.from)?,
        to: date("to", p.to)?,
        classes: classes(p.class)?,
        limit: range("limit", p.limit, 20, 1, 100)? as usize,
        rank: false,
    };
    let after = match p.cursor.filter(|c| !c.is_empty()) {
        None => None,
        Some(c) => Some(c.parse::<i64>().ok().filter(|n| *n >= 0).ok_or_else(|| ApiError::bad("cursor is not one this API gave"))?),
    };
    let mut opts = PageOptions { gender: one_of("gender", p.gender, GENDERS)?, kind: one_of("kind", p.kind, KINDS)?, after, codes: None };
    let filtered = opts.gender.is_some() || opts.kind.is_some() || !sq.classes.is_empty();
    if filtered || sq.outlet.is_some() || sq.from.is_some() || sq.to.is_some() {
        opts.codes = st.quote_codes();
    }
    whosaid_store::search::check(&sq)?;
    let page = st.read(move |c| browse::search_page(c, &sq, &opts)).await?;
    #[derive(Serialize)]
    struct Out {
        total: u64,
        total_exact: bool,
        hits: Vec<browse::PageHit>,
        next_cursor: Option<String>,
    }
    to_json(&Out { total: page.total, total_exact: page.total_exact, hits: page.hits, next_cursor: page.next.map(|n| n.to_string()) })
}

/// Parameters of `GET /v1/speakers`.
#[derive(Deserialize)]
pub struct SpeakersParams {
    gender: Option<String>,
    kind: Option<String>,
    outlet: Option<String>,
    from: Option<String>,
    to: Option<String>,
    min_quotes: Option<u64>,
    sort: Option<String>,
    limit: Option<u64>,
    offset: Option<u64>,
    q: Option<String>,
    class: Option<String>,
}

/// `GET /v1/speakers`: people across the corpus (or the filtered articles), filtered, sorted, one page.
pub async fn speakers(State(st): St, q: Result<Query<SpeakersParams>, QueryRejection>) -> Answer {
    let p = query(q)?;
    let filter = Filter { from: date("from", p.from)?, to: date("to", p.to)?, outlet: text("outlet", p.outlet, MAX_PARAM)? };
    let gender = one_of("gender", p.gender, GENDERS)?;
    let sort = one_of("sort", p.sort, &["quotes", "articles", "outlets", "name"])?;
    let min_quotes = p.min_quotes.unwrap_or(0);
    let limit = range("limit", p.limit, 50, 1, 1000)? as usize;
    let offset = range("offset", p.offset, 0, 0, 100_000_000)? as usize;
    let name = text("q", p.q, MAX_PARAM)?.map(|s| s.to_lowercase());
    let kind = one_of("kind", p.kind, whosaid_store::stats::KINDS)?.unwrap_or_else(|| "person".into());
    let classes = classes(p.class)?;
    if kind == "person" && (!filter.is_all() || !classes.is_empty()) {
        // People over a slice or some classes: counted once per slice, only the page's written
        // out, with roles.
        let people = st.people_in(filter, classes).await?;
        let sort = match sort.as_deref() {
            Some("articles") => PeopleSort::Articles,
            Some("outlets") => PeopleSort::Outlets,
            Some("name") => PeopleSort::Name,
            _ => PeopleSort::Quotes,
        };
        let (total, page) = blocking(move || {
            let ask = PeoplePage { gender: gender.as_deref(), min_quotes, name: name.as_deref(), sort, offset, limit };
            let (total, mut page) = people.tally.page(&people.slice, &ask);
            for p in &mut page {
                p.roles = people.tally.roles(&p.key, &people.filter)?;
            }
            Ok((total, page))
        })
        .await?;
        #[derive(Serialize)]
        struct Out {
            total: usize,
            offset: usize,
            speakers: Vec<whosaid_store::Person>,
        }
        return to_json(&Out { total, offset, speakers: page });
    }
    let people = if filter.is_all() && kind == "person" {
        st.all_people().await?
    } else {
        let key = format!("{kind}\u{1}{}", crate::state::slice_key(&filter, &classes));
        st.people.get(&st, key, move |c| whosaid_store::sources_of_classes(c, &filter, &kind, &classes).map(People::new)).await?
    };
    // The page's people (indexes into the list) and how many pass the filters.
    let (total, page) = {
        let gender_code = gender.as_deref().map(|g| crate::state::GENDER_CODES.iter().position(|c| *c == g).map_or(u8::MAX - 1, |i| i as u8));
        let keep = |&i: &usize| -> bool {
            gender_code.is_none_or(|g| people.gender.get(i) == Some(&g))
                && people.list.get(i).is_some_and(|p| p.quotes >= min_quotes)
                && name.as_deref().is_none_or(|n| {
                    people.lower.get(i).is_some_and(|l| l.contains(n)) || people.list.get(i).is_some_and(|p| p.key.contains(n))
                })
        };
        let order: Box<dyn Iterator<Item = usize> + Send + '_> = match sort.as_deref().and_then(|s| people.order(s)) {
            Some(o) => Box::new(o.iter().map(|&i| i as usize)),
            None => Box::new(0..people.list.len()), // already most quoted first
        };
        let mut total = 0;
        let mut page: Vec<usize> = Vec::with_capacity(limit.min(1000));
        for i in order.filter(keep) {
            if total >= offset && page.len() < limit {
                page.push(i);
            }
            total += 1;
        }
        (total, page)
    };
    // The people's JSON as serialized once per list.
    let mut out = format!("{{\"total\":{total},\"offset\":{offset},\"speakers\":[").into_bytes();
    for (n, &i) in page.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        out.extend_from_slice(people.json.get(i).map_or(&b"null"[..], |j| &j[..]));
    }
    out.extend_from_slice(b"]}");
    Ok(json_bytes(out))
}

/// `GET /v1/speakers/{id}`: one person (by key) with quotes per month, top outlets, latest quotes.
pub async fn speaker(State(st): St, id: Result<Path<String>, PathRejection>) -> Answer {
    let key = text("id", Some(path(id)?), MAX_PARAM)?.unwrap_or_default();
    let people = st.all_people().await?;
    let Some(person) = people.by_key.get(&key).and_then(|&i| people.list.get(i)).cloned() else {
        return Err(ApiError::not_found(format!("no person with key {key:?} (GET /v1/speakers lists them)")));
    };
    let bytes = st
        .profiles
        .get(&st, key, move |c| {
            let p = browse::speaker_profile(c, &person, 20)?;
            serde_json::to_vec(&p).map_err(|e| whosaid_store::StoreError::Invalid(e.to_string()))
        })
        .await?;
    Ok(json_bytes(bytes.as_ref().clone()))
}

/// Parameters of `GET /v1/stats`.
#[derive(Deserialize)]
pub struct StatsParams {
    by: Option<String>,
    from: Option<String>,
    to: Option<String>,
    outlet: Option<String>,
    class: Option<String>,
}

/// The `class` parameter of search, people and statistics: quote classes, comma-separated
/// (`speech,belief`), sorted without repeats ([`whosaid::QuoteClass::parse_list`]); absent or
/// empty: every class. 400 for a text longer than [`MAX_PARAM`] or anything else, exactly
/// what the OpenAPI document's pattern refuses.
fn classes(v: Option<String>) -> Result<Vec<whosaid::QuoteClass>, ApiError> {
    let v = v.unwrap_or_default();
    if v.chars().count() > MAX_PARAM {
        return Err(ApiError::bad(format!("class is longer than {MAX_PARAM} characters")));
    }
    whosaid::QuoteClass::parse_list(&v).map_err(|e| ApiError::bad(format!("class {e}")))
}

/// `GET /v1/stats`: what `whosaid stats --json` prints, over the filtered articles.
pub async fn stats(State(st): St, q: Result<Query<StatsParams>, QueryRejection>) -> Answer {
    let p = query(q)?;
    let by: GroupBy = one_of("by", p.by, &["outlet", "month", "speaker"])?.as_deref().unwrap_or("outlet").parse()?;
    let filter = Filter { from: date("from", p.from)?, to: date("to", p.to)?, outlet: text("outlet", p.outlet, MAX_PARAM)? };
    let bytes = st.stats_json(by, filter, classes(p.class)?).await?;
    Ok(json_bytes(bytes.as_ref().clone()))
}

/// `GET /v1/articles/{id}`: the stored article, its record (what `whosaid analyze` prints for
/// its text, when that gives the stored quotes) and its reprint cluster.
pub async fn article(State(st): St, id: Result<Path<String>, PathRejection>) -> Answer {
    let id = text("id", Some(path(id)?), MAX_PARAM)?.unwrap_or_default();
    let wanted = id.clone();
    let Some(a) = st.read(move |c| browse::article(c, &wanted)).await? else {
        return Err(ApiError::not_found(format!("no article with id {id:?}")));
    };
    let doc = whosaid::Document { id: a.id.clone(), text: a.text.clone(), url: a.url.clone(), site_name: a.site_name.clone(), layout: None };
    let analyzer = Arc::clone(&st.analyzer);
    let record = blocking(move || Ok(analyzer.analyze(&doc))).await?;
    let record = same_quotes(&record, &a).then_some(record);
    let reprints = st.all_reprints().await?;
    let cluster = reprints.by_article.get(&a.id).and_then(|&i| reprints.clusters.get(i));
    #[derive(Serialize)]
    struct Out<'a> {
        article: browse::StoredArticle,
        record: Option<&'a whosaid::Article>,
        reprints: Option<&'a whosaid_store::Cluster>,
    }
    to_json(&Out { article: a, record: record.as_ref(), reprints: cluster })
}

/// True when `record` (the stored text analyzed anew) has exactly the stored quotes: same ids,
/// spans and speakers. Not so for an HTML input, whose layout came from its page, or for an
/// article stored by another version of the analyzer.
fn same_quotes(record: &whosaid::Article, stored: &browse::StoredArticle) -> bool {
    let mut fresh: Vec<(&str, u64, u64, Option<&str>)> =
        record.quotes.iter().map(|q| (q.id.as_str(), q.start as u64, q.end as u64, q.speaker.as_deref())).collect();
    let mut kept: Vec<(&str, u64, u64, Option<&str>)> =
        stored.quotes.iter().map(|q| (q.id.as_str(), q.start, q.end, q.speaker.as_deref())).collect();
    fresh.sort_unstable();
    kept.sort_unstable();
    fresh == kept
}

/// Parameters of `GET /v1/reprints`.
#[derive(Deserialize)]
pub struct PageParams {
    limit: Option<u64>,
    offset: Option<u64>,
}

/// `GET /v1/reprints`: clusters of near-duplicate stories, one page.
pub async fn reprints(State(st): St, q: Result<Query<PageParams>, QueryRejection>) -> Answer {
    let p = query(q)?;
    let limit = range("limit", p.limit, 50, 1, 1000)? as usize;
    let offset = range("offset", p.offset, 0, 0, 100_000_000)? as usize;
    let r = st.all_reprints().await?;
    #[derive(Serialize)]
    struct Out<'a> {
        total: usize,
        offset: usize,
        clusters: &'a [whosaid_store::Cluster],
    }
    let clusters = r.clusters.get(offset.min(r.clusters.len())..).unwrap_or(&[]);
    to_json(&Out { total: r.clusters.len(), offset, clusters: clusters.get(..limit.min(clusters.len())).unwrap_or(&[]) })
}

/// The body, read up to the limit: 413 at once when `Content-Length` says it is larger,
/// else 413 as soon as the bytes read pass it.
async fn read_body(st: &AppState, headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
    let limit = st.config.max_body;
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::too_large(limit));
    }
    match http_body_util::Limited::new(body, limit).collect().await {
        Ok(b) => Ok(b.to_bytes()),
        Err(e) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => Err(ApiError::too_large(limit)),
        Err(e) => Err(ApiError::bad(format!("could not read the body: {e}"))),
    }
}

/// The body's format by its media type: the file name the ingest readers sniff it under.
fn input_name(headers: &HeaderMap, id: &str, allow_archives: bool) -> Result<(String, bool), ApiError> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let media = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let (ext, many) = match media.as_str() {
        "text/plain" => ("txt", false),
        "text/html" | "application/xhtml+xml" => ("html", false),
        "application/json" => ("jsonl", false),
        "application/x-ndjson" | "application/jsonl" | "application/jsonlines" => ("jsonl", true),
        "application/warc" if allow_archives => ("warc", true),
        "" => return Err(ApiError::media_type("give a Content-Type: text/plain, text/html or application/json")),
        other => {
            return Err(ApiError::media_type(format!(
                "{other} is not read here: give text/plain, text/html, application/json, application/x-ndjson{}",
                if allow_archives { " or application/warc" } else { "" }
            )))
        }
    };
    Ok((format!("{id}.{ext}"), many))
}

/// A JSON body becomes one JSON Lines line (pretty-printed JSON has newlines); 400 when it is not an object.
fn one_line_json(bytes: &[u8]) -> Result<Vec<u8>, ApiError> {
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| ApiError::bad(format!("the body is not JSON: {e}")))?;
    let Some(obj) = v.as_object() else {
        return Err(ApiError::bad("the JSON body must be an object: {\"text\" or \"html\", \"id\", \"url\", ...}"));
    };
    for field in ["id", "text", "html", "url", "published", "title", "site_name"] {
        if obj.get(field).is_some_and(|f| !f.is_string() && !f.is_null()) {
            return Err(ApiError::bad(format!("{field} must be a string")));
        }
    }
    let mut out = serde_json::to_vec(&v).map_err(|e| ApiError::internal(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// Parameters of the POST endpoints.
#[derive(Deserialize)]
pub struct PostParams {
    id: Option<String>,
}

fn post_id(p: PostParams) -> Result<String, ApiError> {
    let id = text("id", p.id, MAX_PARAM)?.unwrap_or_else(|| "input".into());
    if id.contains(['/', '\\', '\0']) || id.starts_with('.') {
        return Err(ApiError::bad("id may not contain / or \\ or NUL, nor start with a dot"));
    }
    Ok(id)
}

/// `POST /v1/analyze`: the record(s) of the body, byte for byte what `whosaid analyze` prints.
pub async fn analyze(State(st): St, q: Result<Query<PostParams>, QueryRejection>, headers: HeaderMap, body: Body) -> Answer {
    let id = post_id(query(q)?)?;
    let (name, many) = input_name(&headers, &id, true)?;
    let bytes = read_body(&st, &headers, body).await?;
    let bytes = if name.ends_with(".jsonl") && !many { Bytes::from(one_line_json(&bytes)?) } else { bytes };
    let analyzer = Arc::clone(&st.analyzer);
    let (out, n) = blocking(move || {
        let inputs = whosaid_ingest::read_from(Box::new(std::io::Cursor::new(bytes)), std::path::Path::new(&name))
            .map_err(|e| whosaid_store::StoreError::Query(e.to_string()))?;
        let mut out = Vec::new();
        let mut n = 0usize;
        for item in inputs {
            let input = match item {
                Ok(i) => i,
                Err(e) if e.is_skip() => continue,
                Err(e) => return Err(whosaid_store::StoreError::Query(e.to_string())),
            };
            let a = analyzer.analyze(&input.doc);
            // the record plus what the transport knew, as `whosaid analyze` writes it
            let fetched = input.fetched.as_deref().map(|f| ("fetched", f));
            whosaid::json::write_article(&mut out, &a, fetched.as_slice());
            out.push(b'\n');
            n += 1;
        }
        Ok((out, n))
    })
    .await?;
    if n == 0 {
        return Err(ApiError::bad("the body holds no article"));
    }
    let ct = if many { "application/x-ndjson" } else { "application/json" };
    Ok(([(header::CONTENT_TYPE, HeaderValue::from_static(ct))], out).into_response())
}

/// True when `given` equals `want`, in time that depends only on `want`'s length.
pub fn token_matches(given: &[u8], want: &[u8]) -> bool {
    let mut diff = (given.len() ^ want.len()) as u64;
    for (i, w) in want.iter().enumerate() {
        diff |= u64::from(given.get(i).copied().unwrap_or(0) ^ w);
    }
    std::hint::black_box(diff) == 0
}

/// `POST /v1/articles`: analyzes the body's articles and stores them; only with the token.
pub async fn add_articles(State(st): St, q: Result<Query<PostParams>, QueryRejection>, headers: HeaderMap, body: Body) -> Answer {
    let Some(want) = st.token.as_deref() else {
        return Err(ApiError {
            status: StatusCode::FORBIDDEN,
            code: "read_only",
            message: "this server is read-only: start it with --token-file to accept articles".into(),
        });
    };
    let given = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let Some(given) = given else {
        let mut r = ApiError { status: StatusCode::UNAUTHORIZED, code: "unauthorized", message: "give Authorization: Bearer TOKEN".into() }
            .into_response();
        r.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        return Ok(r);
    };
    if !token_matches(given.trim().as_bytes(), want) {
        return Err(ApiError { status: StatusCode::FORBIDDEN, code: "forbidden", message: "the token is not the server's".into() });
    }
    let id = post_id(query(q)?)?;
    let (name, many) = input_name(&headers, &id, true)?;
    let bytes = read_body(&st, &headers, body).await?;
    let bytes = if name.ends_with(".jsonl") && !many { Bytes::from(one_line_json(&bytes)?) } else { bytes };
    let _writer = st.write_lock.lock().await;
    // A new generation before the write as well as after: nothing kept for the store before it
    // (the quote codes, whose quote ids a replaced article's new quotes may reuse) stands for
    // the store while batches commit.
    st.wrote();
    let st2 = Arc::clone(&st);
    let report = blocking(move || {
        let source = format!("POST /v1/articles {name}");
        let inputs = whosaid_ingest::read_from(Box::new(std::io::Cursor::new(bytes)), std::path::Path::new(&name))
            .map_err(|e| whosaid_store::StoreError::Query(e.to_string()))?;
        let jobs = inputs.filter_map(|item| match item {
            Ok(input) => {
                let hash = whosaid_store::derive::doc_hash(&input.doc);
                let bytes = input.doc.text.len() as u64;
                Some(whosaid_store::Input::Job(whosaid_store::Job { source: source.clone(), hash, bytes, item: input.doc }))
            }
            Err(e) if e.is_skip() => None,
            Err(e) => Some(whosaid_store::Input::Failed { source: source.clone(), error: e.to_string() }),
        });
        let opts = whosaid_store::IndexOptions { workers: 1, ..Default::default() };
        let analyzer = Arc::clone(&st2.analyzer);
        whosaid_store::index(st2.store.path(), jobs, |d| analyzer.analyze(&d), &opts, |_| {})
    })
    .await;
    // Even a failed run may have committed batches.
    st.wrote();
    let report = report?;
    #[derive(Serialize)]
    struct Failure {
        source: String,
        error: String,
    }
    #[derive(Serialize)]
    struct Out {
        stored: u64,
        skipped: u64,
        failed: u64,
        failures: Vec<Failure>,
    }
    let p = &report.progress;
    to_json(&Out {
        stored: p.stored,
        skipped: p.skipped,
        failed: p.failed,
        failures: report.failures.into_iter().map(|(source, error)| Failure { source, error }).collect(),
    })
}

/// `GET /healthz`: the store answers.
pub async fn healthz(State(st): St) -> Answer {
    let st2 = Arc::clone(&st);
    let articles = st.counts.get(&st2, String::new(), whosaid_store::count_articles).await?;
    to_json(&serde_json::json!({"status": "ok", "articles": *articles}))
}

/// `GET /metrics`: Prometheus text.
pub async fn metrics(State(st): St) -> Response {
    let text = st.metrics.render(st.store.bytes(), st.in_flight());
    ([(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"))], text).into_response()
}

/// `GET /openapi.json`: the API description.
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], crate::OPENAPI).into_response()
}

/// Any other path: a JSON 404.
pub async fn not_found() -> ApiError {
    ApiError::not_found("no such route (GET /openapi.json lists the API)")
}

/// A known path with another method: a JSON 405.
pub async fn method_not_allowed() -> ApiError {
    ApiError { status: StatusCode::METHOD_NOT_ALLOWED, code: "method_not_allowed", message: "this route does not take that method".into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `class` parameter is documented once for search, people and statistics, and its
    /// OpenAPI schema (pattern, length) accepts exactly what [`classes`] accepts, so
    /// schemathesis's generated requests and the server agree on every value.
    #[test]
    fn class_parameter_is_documented_exactly() {
        let doc: serde_json::Value = serde_json::from_str(crate::OPENAPI).unwrap_or_default();
        let schemas: Vec<serde_json::Value> = ["/v1/search", "/v1/speakers", "/v1/stats"]
            .iter()
            .filter_map(|p| doc["paths"][p]["get"]["parameters"].as_array()?.iter().find(|x| x["name"] == "class").map(|x| x["schema"].clone()))
            .collect();
        assert_eq!(schemas.len(), 3, "class on each route");
        assert!(schemas.iter().all(|s| *s == schemas[0]), "one schema: {schemas:?}");
        let pattern = regex::Regex::new(schemas[0]["pattern"].as_str().unwrap_or("")).expect("a pattern");
        let max = schemas[0]["maxLength"].as_u64().unwrap_or(0) as usize;
        assert_eq!(max, MAX_PARAM);
        let long = format!("speech{}", ",belief".repeat(42)); // 300 characters
        let longer = format!("{long},stance");
        for v in [
            "", "speech", "belief,stance", "evidence,speech,evidence", "speech,belief,stance,evidence", "said", "Speech", " speech",
            "speech,", ",speech", "speech,,belief", "speech belief", "speech;belief", "speech\n", &long, &longer, &long[..299],
        ] {
            let documented = pattern.is_match(v) && v.chars().count() <= max;
            assert_eq!(classes(Some(v.to_string())).is_ok(), documented, "{v:?}");
        }
        assert_eq!(classes(None).ok(), Some(Vec::new()));
        assert_eq!(classes(Some("evidence,speech,evidence".into())).ok(), Some(vec![whosaid::QuoteClass::Speech, whosaid::QuoteClass::Evidence]));
    }
}
