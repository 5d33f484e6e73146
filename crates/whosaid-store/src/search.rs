//! Full-text search over quotes (SQLite FTS5) with speaker, outlet and date filters.

use crate::derive::norm_name;
use crate::error::{Result, StoreError};
use crate::write::QUOTE_TEXT_SQL;
use rusqlite::{params, Connection};
use serde::Serialize;

/// A search: words (or "quoted phrases", `prefix*`) that every hit contains, plus filters.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// The words to find; all must occur in the quote.
    pub text: String,
    /// Only quotes of this speaker: a full name, or a last name alone.
    pub speaker: Option<String>,
    /// Only this outlet (case-insensitive).
    pub outlet: Option<String>,
    /// Only articles dated on or after this `YYYY[-MM[-DD]]`.
    pub from: Option<String>,
    /// Only articles dated on or before this `YYYY[-MM[-DD]]`.
    pub to: Option<String>,
    /// Only quotes of these classes (speech, belief, stance, evidence); empty: every class.
    /// Not a token of the index: each match's class is checked on its row (or, on a search
    /// page, in [`crate::browse::QuoteCodes`]).
    pub classes: Vec<whosaid::QuoteClass>,
    /// At most this many hits (0 means 20).
    pub limit: usize,
    /// Order by relevance (BM25) instead of index order: the best of the [`RANK_WINDOW`] most
    /// recently indexed matches (see `ranked`).
    pub rank: bool,
}

/// One quote found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// The quote's text.
    pub quote: String,
    /// The speaker's name, when known.
    pub speaker: Option<String>,
    /// The speaker's roles as "title, organization".
    pub roles: Vec<String>,
    /// The article's outlet.
    pub outlet: String,
    /// The article's date, when known.
    pub date: Option<String>,
    /// The article's id.
    pub article: String,
    /// The quote's id in the article ("q3").
    pub quote_id: String,
    /// First code point of the quote in the article's text.
    pub start: u64,
    /// One past the quote's last code point.
    pub end: u64,
}

/// One search term: a word, a `prefix*`, or a "phrase" of consecutive words (lowercase).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The words, in order.
    pub words: Vec<String>,
    /// True when the last word is a prefix.
    pub prefix: bool,
}

/// Splits user input into terms: "quoted phrases", words and `prefix*`; punctuation is ignored.
pub fn terms(q: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for (i, part) in q.split('"').enumerate() {
        let words: Vec<(String, bool)> = part
            .split(|c: char| !(c.is_alphanumeric() || c == '*'))
            .filter_map(|w| {
                let core: String = w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
                (!core.is_empty()).then(|| (core, w.ends_with('*')))
            })
            .collect();
        if i % 2 == 1 && !words.is_empty() {
            out.push(Term { words: words.into_iter().map(|w| w.0).collect(), prefix: false });
        } else {
            out.extend(words.into_iter().map(|(w, prefix)| Term { words: vec![w], prefix }));
        }
    }
    out
}

/// Turns user words into a safe FTS5 query: terms and "phrases" ANDed; `None` when nothing is left.
pub fn fts_query(q: &str) -> Option<String> {
    let t: Vec<String> = terms(q)
        .iter()
        .map(|t| format!("\"{}\"{}", t.words.join(" "), if t.prefix { "*" } else { "" }))
        .collect();
    (!t.is_empty()).then(|| t.join(" "))
}

/// True when `text` contains every term, tokenized like the FTS index (lowercase letters and digits).
pub fn matches(text: &str, terms: &[Term]) -> bool {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    terms.iter().all(|t| {
        let n = t.words.len();
        n > 0
            && words.windows(n).any(|win| {
                win.iter().zip(&t.words).enumerate().all(|(i, (w, q))| {
                    if t.prefix && i == n - 1 {
                        w.starts_with(q.as_str())
                    } else {
                        w == q
                    }
                })
            })
    })
}

/// An outlet or month as one FTS token: lowercase letters and digits only ("2016-03" -> "201603").
pub fn filter_token(v: &str) -> String {
    tagged_token('x', v).unwrap_or_else(|| "none".into())
}

/// The month column of a quote: the month token ([`filter_token`]) and one token for outlet
/// and month together ("huff-post", "2016-01" -> "x201601 mhuffpost201601"), so a search with
/// both filters looks up one short posting list instead of intersecting two long ones.
pub fn month_tokens(outlet: &str, month: Option<&str>) -> String {
    let m = filter_token(month.unwrap_or(""));
    match month.and_then(|mo| outlet_month_token(outlet, mo)) {
        Some(both) => format!("{m} {both}"),
        None => m,
    }
}

/// The one token for `outlet` and `month` ("huff-post", "2016-01" -> "mhuffpost201601").
fn outlet_month_token(outlet: &str, month: &str) -> Option<String> {
    tagged_token('m', &format!("{outlet}{month}"))
}

/// `tag` + the lowercase letters and digits of `v`; `None` when `v` has none.
fn tagged_token(tag: char, v: &str) -> Option<String> {
    let mut t = String::with_capacity(v.len() + 1);
    t.push(tag);
    t.extend(v.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase));
    (t.len() > 1).then_some(t)
}

/// The speaker column of a quote: its speaker's normalized full name as one token and the last
/// name as another ("donald trump" -> "xdonaldtrump ytrump"); empty when the speaker is unknown.
///
/// A `--speaker` filter is then one token lookup (two for a last name), not a phrase whose words
/// also fill the text column.
pub fn speaker_tokens(norm: &str) -> String {
    let surname = norm.rsplit(' ').next().unwrap_or("");
    match (tagged_token('x', norm), tagged_token('y', surname)) {
        (Some(full), Some(last)) => format!("{full} {last}"),
        (Some(full), None) => full,
        _ => String::new(),
    }
}

/// The FTS filter of a normalized `--speaker` value: the full-name token, or for a single word
/// the full-name or the last-name token.
fn speaker_filter(norm: &str) -> Option<String> {
    let full = tagged_token('x', norm)?;
    if norm.contains(' ') {
        Some(format!("\"{full}\""))
    } else {
        let last = tagged_token('y', norm)?;
        Some(format!("(\"{full}\" OR \"{last}\")"))
    }
}

/// Month tokens (see [`filter_token`]; with `outlet`, the outlet-and-month tokens of
/// [`month_tokens`]) from `from` to `to` (each `YYYY[-MM[-DD]]`), at most 600; `None` when
/// open-ended or too long.
fn months(from: Option<&str>, to: Option<&str>, outlet: Option<&str>) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for (y, m) in month_range(from, to)? {
        let token = match outlet {
            Some(o) => outlet_month_token(o, &format!("{y:04}{m:02}"))?,
            None => filter_token(&format!("{y:04}{m:02}")),
        };
        out.push(format!("\"{token}\""));
    }
    Some(out)
}

/// The whole months (year, month) from `from` to `to` (each `YYYY[-MM[-DD]]`) that a search's
/// full-text query filters on, at most 600: `None` when open-ended, unreadable or longer;
/// empty when `to` comes before `from`.
pub(crate) fn month_range(from: Option<&str>, to: Option<&str>) -> Option<Vec<(u32, u32)>> {
    let ym = |s: &str, end: bool| -> Option<(u32, u32)> {
        let y: u32 = s.get(..4)?.parse().ok()?;
        let m: u32 = match s.get(5..7) {
            Some(m) => m.parse().ok()?,
            None if end => 12,
            None => 1,
        };
        (1..=12).contains(&m).then_some((y, m))
    };
    let (mut y, mut m) = ym(from?, false)?;
    let (ty, tm) = ym(to?, true)?;
    let mut out = Vec::new();
    while (y, m) <= (ty, tm) {
        out.push((y, m));
        if out.len() > 600 {
            return None;
        }
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    Some(out)
}

/// The FTS5 query of a search: the words in the text column, the filters in theirs.
pub(crate) fn full_query(q: &SearchQuery, speaker: Option<&str>) -> Option<String> {
    let mut parts = vec![format!("text : ({})", fts_query(&q.text)?)];
    if let Some(p) = speaker.and_then(speaker_filter) {
        parts.push(format!("speaker : {p}"));
    }
    // Outlet and months together are one token per month; either alone is its own column.
    let outlet = q.outlet.as_deref();
    match months(q.from.as_deref(), q.to.as_deref(), outlet) {
        Some(ms) if ms.is_empty() => return None,
        Some(ms) => parts.push(format!("month : ({})", ms.join(" OR "))),
        None => {
            if let Some(o) = outlet {
                parts.push(format!("outlet : \"{}\"", filter_token(o)));
            }
        }
    }
    Some(parts.join(" AND "))
}

/// Most terms (words, phrases, prefixes) in one query.
pub const MAX_TERMS: usize = 32;
/// Most `prefix*` terms in one query: each expands to every indexed word it starts.
pub const MAX_PREFIXES: usize = 4;
/// Fewest characters before a `*`.
pub const MIN_PREFIX_CHARS: usize = 3;
/// `--rank` scores at most this many matches, the most recently indexed ([`Found::window_full`]).
pub const RANK_WINDOW: usize = 10_000;

/// Checks a query before it runs: words to search for, the limits on terms and prefixes,
/// and dates of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
///
/// Fails with [`StoreError::Query`] saying what is wrong and how to fix it.
pub fn check(q: &SearchQuery) -> Result<()> {
    let bad = |m: String| Err(StoreError::Query(m));
    let ts = terms(&q.text);
    if ts.is_empty() {
        return bad(format!(
            "no words to search for in {:?}: quotes, brackets, * and other punctuation are ignored; give words, \"a phrase\" or a prefix*",
            q.text
        ));
    }
    if ts.len() > MAX_TERMS {
        return bad(format!("{} terms in the query, at most {MAX_TERMS}: use fewer words or a \"phrase\"", ts.len()));
    }
    let prefixes: Vec<&Term> = ts.iter().filter(|t| t.prefix).collect();
    if prefixes.len() > MAX_PREFIXES {
        return bad(format!("{} prefix* terms in the query, at most {MAX_PREFIXES}", prefixes.len()));
    }
    if let Some(t) = prefixes.iter().find(|t| t.words.last().map_or(0, |w| w.chars().count()) < MIN_PREFIX_CHARS) {
        return bad(format!(
            "prefix {:?}* is too short: give at least {MIN_PREFIX_CHARS} characters before the *",
            t.words.last().map(String::as_str).unwrap_or("")
        ));
    }
    for (flag, d) in [("--from", &q.from), ("--to", &q.to)] {
        if let Some(d) = d {
            if !valid_date(d) {
                return bad(format!("{flag} {d:?} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2016-03)"));
            }
        }
    }
    Ok(())
}

/// True for `YYYY`, `YYYY-MM` and `YYYY-MM-DD` naming a real month and day.
pub fn valid_date(d: &str) -> bool {
    let num = |s: &str| -> Option<u32> { s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse().ok()).flatten() };
    let parts: Vec<&str> = d.split('-').collect();
    let (Some(y), m, day) = (
        parts.first().filter(|p| p.len() == 4).and_then(|p| num(p)),
        parts.get(1).map(|p| if p.len() == 2 { num(p) } else { None }),
        parts.get(2).map(|p| if p.len() == 2 { num(p) } else { None }),
    ) else {
        return false;
    };
    if parts.len() > 3 {
        return false;
    }
    match (m, day) {
        (None, _) => true,
        (Some(Some(m)), None) => (1..=12).contains(&m),
        (Some(Some(m)), Some(Some(day))) => {
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let days = match m {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 if leap => 29,
                2 => 28,
                _ => return false,
            };
            (1..=days).contains(&day)
        }
        _ => false,
    }
}

/// Why a valid query found nothing: the speaker or outlet filter names no one in the store,
/// else the words (with the filters) match no quote.
pub fn explain_no_hits(conn: &Connection, q: &SearchQuery) -> Result<String> {
    let any = |fts: String| -> Result<bool> {
        Ok(conn.prepare_cached("SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT 1")?.exists([fts])?)
    };
    if let Some(s) = &q.speaker {
        let norm = norm_name(s);
        if !speaker_filter(&norm).map(|f| any(format!("speaker : {f}"))).transpose()?.unwrap_or(false) {
            return Ok(format!("no quotes of a speaker named {s:?} in the store (try a full name or a last name; `whosaid speakers` lists them)"));
        }
    }
    if let Some(o) = &q.outlet {
        if !any(format!("outlet : \"{}\"", filter_token(o)))? {
            return Ok(format!("no quotes from an outlet named {o:?} in the store (`whosaid stats --by outlet` lists them)"));
        }
    }
    let filters =
        [q.speaker.is_some(), q.outlet.is_some(), q.from.is_some() || q.to.is_some(), !q.classes.is_empty()].iter().filter(|b| **b).count();
    Ok(if filters > 0 {
        format!("no quotes match {:?} with these filters", q.text)
    } else {
        format!("no quotes match {:?}", q.text)
    })
}

/// What a search found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Found {
    /// The hits, best first with `rank`, else in index order.
    pub hits: Vec<Hit>,
    /// With `rank`: more than [`RANK_WINDOW`] quotes match, so only the most recently indexed
    /// were ranked. Always false without `rank`.
    pub window_full: bool,
}

/// Runs a search; fails when [`check`] refuses the query. The hits of [`find`].
pub fn search(conn: &Connection, q: &SearchQuery) -> Result<Vec<Hit>> {
    Ok(find(conn, q)?.hits)
}

/// Runs a search and says whether a `--rank` window was full; fails when [`check`] refuses
/// the query.
///
/// The FTS index narrows by words and filters at once; the exact filters
/// (full outlet name, last name, day range) are then checked on the rows.
/// With `rank`, the [`RANK_WINDOW`] most recently indexed matches are scored (BM25, see
/// [`ranked`]) and the best `limit` of them returned, so a common word costs the same as a rare one.
pub fn find(conn: &Connection, q: &SearchQuery) -> Result<Found> {
    check(q)?;
    let speaker = q.speaker.as_deref().map(norm_name).filter(|s| !s.is_empty());
    let Some(fts) = full_query(q, speaker.as_deref()) else { return Ok(Found::default()) };
    let limit = if q.limit == 0 { 20 } else { q.limit };
    if q.rank {
        return ranked(conn, q, &fts, speaker.as_deref(), limit);
    }
    let classes = crate::schema::class_list(&q.classes);
    let column = classes.is_some() && crate::schema::has_class_column(conn);
    let mut stmt = conn.prepare_cached(&unranked_sql(classes.as_ref().map(|_| column)))?;
    let rows = match &classes {
        None => stmt.query_map(params![fts, speaker, q.outlet, q.from, q.to, limit as i64], hit_row)?,
        Some(c) => stmt.query_map(params![fts, speaker, q.outlet, q.from, q.to, limit as i64, c], hit_row)?,
    };
    let mut hits = Vec::new();
    for row in rows {
        hits.push(with_roles(conn, row?)?);
    }
    Ok(Found { hits, window_full: false })
}

/// The hits of an unranked search in index order: FTS query `?1`, filters `?2`..`?5`
/// ([`FILTERS`]), at most `?6`; with `classes` (whether the store has the class column), only
/// quotes of the classes bound to `?7` ([`crate::schema::class_list`]).
fn unranked_sql(classes: Option<bool>) -> String {
    let class = classes.map(|column| format!(" AND {}", crate::schema::class_filter_sql(column, 7))).unwrap_or_default();
    format!(
        "SELECT {QUOTE_TEXT_SQL}, {COLUMNS}
         FROM quotes_fts f
         JOIN quotes q ON q.id = f.rowid
         JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker
         WHERE quotes_fts MATCH ?1 AND {FILTERS}{class}
         LIMIT ?6"
    )
}

/// The filters of a search on the joined rows: a full name matches exactly; a single word
/// matches a full name or a last name; the outlet case-insensitively; the day range.
const FILTERS: &str = "(?2 IS NULL OR s.norm = ?2 OR (instr(?2, ' ') = 0 AND s.surname = ?2))
       AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)
       AND (?4 IS NULL OR a.date >= ?4)
       AND (?5 IS NULL OR a.date <= ?5 || '~')";
/// The columns of a hit after its text (read by [`hit_row`]).
const COLUMNS: &str = "s.name, s.id, a.outlet, a.date, a.doc_id, q.qid, q.start, q.end";

/// A hit (without roles) and its speaker's row id from a row of `{QUOTE_TEXT_SQL}, {COLUMNS}`.
fn hit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Hit, Option<i64>)> {
    Ok((
        Hit {
            quote: r.get(0)?,
            speaker: r.get(1)?,
            roles: Vec::new(),
            outlet: r.get(3)?,
            date: r.get(4)?,
            article: r.get(5)?,
            quote_id: r.get(6)?,
            start: r.get::<_, i64>(7)?.max(0) as u64,
            end: r.get::<_, i64>(8)?.max(0) as u64,
        },
        r.get::<_, Option<i64>>(2)?,
    ))
}

/// The hit with its speaker's roles as "title, organization".
fn with_roles(conn: &Connection, (mut hit, sid): (Hit, Option<i64>)) -> Result<Hit> {
    if let Some(sid) = sid {
        let mut roles = conn.prepare_cached("SELECT title, organization FROM roles WHERE speaker = ?")?;
        let rs = roles.query_map([sid], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
        for role in rs {
            let (t, o) = role?;
            hit.roles.push(match o {
                Some(o) => format!("{t}, {o}"),
                None => t,
            });
        }
    }
    Ok(hit)
}

/// A stored quote with what `whosaid bench-search` builds a query from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    /// The quote's text.
    pub text: String,
    /// Its article's outlet.
    pub outlet: String,
    /// Its speaker's name, when known.
    pub speaker: Option<String>,
    /// Its article's date, when known.
    pub date: Option<String>,
}

/// The SQL of [`sample`]. The quote's row id is found first, by itself, so the quote drives
/// the joins: given `q.id >= ?` beside the join, SQLite's planner (with the statistics that
/// `PRAGMA optimize` leaves after `index`) scanned every article instead, through
/// `quotes(article)`, and sorted the result: seconds per quote on a million articles.
pub const SAMPLE_SQL: &str = "SELECT coalesce(q.raw_text, substr(a.text, q.start + 1, q.end - q.start)), a.outlet, s.name, a.date
     FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN speakers s ON s.id = q.speaker
     WHERE q.id = (SELECT id FROM quotes WHERE id >= ?1 ORDER BY id LIMIT 1)";

/// The first stored quote whose row id is `id` or more; `None` past the last one.
pub fn sample(conn: &Connection, id: i64) -> Result<Option<Sample>> {
    use rusqlite::OptionalExtension;
    Ok(conn
        .prepare_cached(SAMPLE_SQL)?
        .query_row([id], |r| Ok(Sample { text: r.get(0)?, outlet: r.get(1)?, speaker: r.get(2)?, date: r.get(3)? }))
        .optional()?)
}

/// A term in more quotes than this makes `--rank` score without FTS5's `bm25()` ([`ranked`]).
pub const RANK_EXACT_DF: usize = 5_000;

/// True when more than [`RANK_EXACT_DF`] quotes contain `term`, counted no further.
fn is_common(conn: &Connection, term: &Term) -> Result<bool> {
    let phrase = format!("text : (\"{}\"{})", term.words.join(" "), if term.prefix { "*" } else { "" });
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?)",
        params![phrase, RANK_EXACT_DF as i64 + 1],
        |r| r.get(0),
    )?;
    Ok(n as usize > RANK_EXACT_DF)
}

/// `--rank`: the [`RANK_WINDOW`] most recently indexed matches that pass the filters, ordered
/// by BM25, and the best `limit` returned.
///
/// FTS5's own `bm25()` first counts every row holding each phrase of its query: for a common
/// word in a million articles that alone takes most of a second, whatever the window, and so
/// does a filter token (an outlet is in a tenth of all quotes). So `bm25()` ranks the words
/// alone ([`words_window`]), and only when every term is in at most [`RANK_EXACT_DF`] quotes;
/// otherwise the window is scored here from its quote rows alone ([`shortest_window`]).
/// The exact filters are then checked on the best rows only, until `limit` of them pass.
fn ranked(conn: &Connection, q: &SearchQuery, fts: &str, speaker: Option<&str>, limit: usize) -> Result<Found> {
    let in_index = speaker.is_some() || q.outlet.is_some() || q.from.is_some() || q.to.is_some();
    let classes = crate::schema::class_list(&q.classes);
    let filtered = in_index || classes.is_some();
    let mut common = false;
    for t in &terms(&q.text) {
        if is_common(conn, t)? {
            common = true;
            break;
        }
    }
    let (order, window_full) = match (common, fts_query(&q.text)) {
        (false, Some(words)) => (words_window(conn, &words, in_index.then_some(fts))?, false),
        _ => shortest_window(conn, fts)?,
    };
    let column = classes.is_some() && crate::schema::has_class_column(conn);
    let mut pass = conn.prepare_cached(&pass_sql(classes.as_ref().map(|_| column)))?;
    let mut ids = Vec::new();
    for id in order {
        if ids.len() >= limit {
            break;
        }
        let passes = match &classes {
            _ if !filtered => true,
            None => pass.exists(params![id, speaker, q.outlet, q.from, q.to])?,
            Some(c) => pass.exists(params![id, speaker, q.outlet, q.from, q.to, c])?,
        };
        if passes {
            ids.push(id);
        }
    }
    let mut fetch = conn.prepare_cached(&fetch_sql())?;
    let mut hits = Vec::new();
    for id in ids {
        let row = fetch.query_row([id], hit_row)?;
        hits.push(with_roles(conn, row)?);
    }
    Ok(Found { hits, window_full })
}

/// Whether quote `?1` passes the exact filters (`?2`..`?5`, as in [`FILTERS`]); with
/// `classes` (whether the store has the class column), and is of the classes bound to `?6`.
fn pass_sql(classes: Option<bool>) -> String {
    let class = classes.map(|column| format!(" AND {}", crate::schema::class_filter_sql(column, 6))).unwrap_or_default();
    format!(
        "SELECT 1 FROM quotes q
         JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker
         WHERE q.id = ?1 AND {FILTERS}{class}"
    )
}

/// A hit's row (read by [`hit_row`]) by quote id.
fn fetch_sql() -> String {
    format!(
        "SELECT {QUOTE_TEXT_SQL}, {COLUMNS}
         FROM quotes q
         JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker
         WHERE q.id = ?"
    )
}

/// The quotes holding every word (FTS5 query `words`, each term in at most [`RANK_EXACT_DF`]
/// quotes, so a few thousand at most), best BM25 first, the most recent first on a tie; with
/// `filtered` (the full query of words and filters), only those it matches too.
///
/// `bm25()` sees the words alone, so it never counts a filter's posting list.
fn words_window(conn: &Connection, words: &str, filtered: Option<&str>) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ?1")?;
    let mut scored: Vec<(i64, f64)> =
        stmt.query_map([format!("text : ({words})")], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    if let Some(fts) = filtered {
        let mut stmt = conn.prepare_cached("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1")?;
        let keep: std::collections::HashSet<i64> = stmt.query_map([fts], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        scored.retain(|(id, _)| keep.contains(id));
    }
    // FTS5's rank is bm25() negated: the best is the lowest
    scored.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
    Ok(scored.into_iter().map(|(id, _)| id).collect())
}

/// The `?2` most recent matches of FTS query `?1` with their quotes' lengths.
const SHORTEST_WINDOW_SQL: &str = "SELECT f.rowid, q.end - q.start
     FROM (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) f
     JOIN quotes q ON q.id = f.rowid";

/// The [`RANK_WINDOW`] most recently indexed matches of `fts`, shortest quote first (BM25 with
/// each term once per quote; see [`ranked`]), the most recent first on a tie; true when more
/// quotes match.
///
/// One more match than the window is read, so the same pass says whether the window is full.
/// Lengths come from the quote rows alone: a filtered window is scattered over the whole
/// store, where reading its article or speaker rows would cost seconds when cold.
fn shortest_window(conn: &Connection, fts: &str) -> Result<(Vec<i64>, bool)> {
    let mut stmt = conn.prepare_cached(SHORTEST_WINDOW_SQL)?;
    let mut rows: Vec<(i64, i64)> =
        stmt.query_map(params![fts, RANK_WINDOW as i64 + 1], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    let full = rows.len() > RANK_WINDOW;
    if full {
        rows.sort_unstable_by_key(|r| std::cmp::Reverse(r.0));
        rows.truncate(RANK_WINDOW);
    }
    rows.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)));
    Ok((rows.into_iter().map(|(id, _)| id).collect(), full))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 14: `bench-search --rank` never finished because a statement that looks quotes up
    /// by id was planned as a scan of every article (an index added in schema v6 made that look
    /// cheaper to SQLite, which has no statistics). Every statement a search runs must look its
    /// rows up by key: no full scan of a table, only the FTS index scanned.
    #[test]
    fn issue14_search_statements_look_rows_up_by_key() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("whosaid-plans-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let db = dir.join("plans.db");
        let _ = std::fs::remove_file(&db);
        // The statistics `PRAGMA optimize` left in the 1M-article store (`bench-index --generate
        // 1000000`): with them, the planner thought a scan of the articles cheaper.
        crate::schema::open(&db)?.execute_batch(
            "ANALYZE;
             DELETE FROM sqlite_stat1;
             INSERT INTO sqlite_stat1 VALUES
               ('quotes', 'quotes_article', '13190962 13'), ('quotes', 'quotes_speaker', '13190962 4'),
               ('articles', 'articles_doc_id', '1000000 1'), ('articles', 'sqlite_autoindex_articles_1', '1000000 1'),
               ('speakers', 'speakers_article', '8049694 8'), ('roles', 'roles_speaker', '1716118 1');",
        )?;
        let conn = crate::schema::open(&db)?;
        let full_scans = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
            // Parameters left unbound are NULL: enough for a plan.
            let mut rows = stmt.raw_query();
            let mut plan = Vec::new();
            while let Some(r) = rows.next()? {
                plan.push(r.get::<_, String>(3)?);
            }
            let table_scan = |d: &str| {
                d.strip_prefix("SCAN ").and_then(|t| t.split(' ').next()).is_some_and(|t| {
                    ["a", "q", "s", "articles", "quotes", "speakers", "roles"].contains(&t)
                })
            };
            Ok(plan.into_iter().filter(|d| table_scan(d) || d.contains("TEMP B-TREE")).collect())
        };
        let mut statements = vec![SAMPLE_SQL.to_string(), fetch_sql(), SHORTEST_WINDOW_SQL.to_string()];
        for classes in [None, Some(false), Some(true)] {
            statements.extend([pass_sql(classes), unranked_sql(classes)]);
        }
        for sql in statements {
            let scans = full_scans(&sql)?;
            assert!(scans.is_empty(), "{sql}\nplanned with {scans:?}");
        }
        // The statement bench-search drew its queries with until then: the check sees its scan.
        let before = format!(
            "SELECT {QUOTE_TEXT_SQL}, a.outlet, s.name, a.date FROM quotes q JOIN articles a ON a.id = q.article
             LEFT JOIN speakers s ON s.id = q.speaker WHERE q.id >= ? ORDER BY q.id LIMIT 1"
        );
        assert!(!full_scans(&before)?.is_empty());
        // The quote sampled is the first at or after the id asked for.
        assert_eq!(sample(&conn, 1)?, None);
        drop(conn);
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }

    /// A statement keeps its plan whatever is bound to it: without the planner stability
    /// guarantee (`schema::stable_plans`), SQLite re-prepared the statements of a search page
    /// (`LIMIT ?` on the FTS table, `?2 IS NULL OR ...` filters) after every new binding, 18%
    /// of a loaded server's CPU.
    #[test]
    fn statements_are_not_prepared_again_per_binding() -> Result<()> {
        let dir = std::env::temp_dir().join(format!("whosaid-qpsg-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let db = dir.join("qpsg.db");
        let _ = std::fs::remove_file(&db);
        drop(crate::schema::open(&db)?);
        for conn in [crate::schema::open(&db)?, crate::schema::open_read(&db)?] {
            let mut stmt = conn.prepare(
                "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?1 AND (?2 IS NULL OR rowid > ?2) LIMIT ?3)",
            )?;
            for n in 1..5_i64 {
                let after = (n % 2 == 0).then_some(n);
                stmt.query_row(params!["text : \"word\"", after, n], |r| r.get::<_, i64>(0))?;
            }
            assert_eq!(stmt.get_status(rusqlite::StatementStatus::RePrepare), 0);
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }

    #[test]
    fn month_ranges() {
        assert_eq!(months(Some("2015-11"), Some("2016-01-31"), None).map(|m| m.len()), Some(3));
        assert_eq!(months(Some("2016"), Some("2016"), None).map(|m| m.len()), Some(12));
        assert_eq!(months(Some("2016-01"), Some("2016-01"), Some("huff-post")), Some(vec!["\"mhuffpost201601\"".to_string()]));
        assert_eq!(month_tokens("huff-post", Some("2016-01")), "x201601 mhuffpost201601");
        assert_eq!(month_tokens("huff-post", None), "none");
        assert_eq!(months(Some("2016-05"), Some("2016-04"), None), Some(vec![]));
        assert_eq!(months(None, Some("2016"), None), None);
    }

    #[test]
    fn terms_match_like_the_index() {
        let t = terms("Border \"wall now\" immig*");
        assert!(matches("The border WALL, now! Immigration.", &t));
        assert!(!matches("The border now wall immigration", &t));
        assert!(!matches("wall now immig border", &terms("immigration")));
    }

    #[test]
    fn speaker_filters_are_single_tokens() {
        assert_eq!(speaker_tokens("donald trump"), "xdonaldtrump ytrump");
        assert_eq!(speaker_tokens("madonna"), "xmadonna ymadonna");
        assert_eq!(speaker_tokens(""), "");
        assert_eq!(speaker_filter("donald trump").as_deref(), Some("\"xdonaldtrump\""));
        assert_eq!(speaker_filter("trump").as_deref(), Some("(\"xtrump\" OR \"ytrump\")"));
        assert_eq!(speaker_filter("o’malley").as_deref(), Some("(\"xomalley\" OR \"yomalley\")"));
    }

    #[test]
    fn dates_are_strict() {
        for good in ["2016", "2016-03", "2016-02-29", "2000-02-29", "1999-12-31"] {
            assert!(valid_date(good), "{good}");
        }
        for bad in ["2016-13", "yesterday", "2015-02-29", "1900-02-29", "2016-3", "2016-04-31", "16-03", "2016-03-01-02", "", "2016-00", "２０１６"] {
            assert!(!valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn query_limits_are_checked() {
        let q = |t: &str| SearchQuery { text: t.into(), ..Default::default() };
        assert!(check(&q("border wall")).is_ok());
        for (text, says) in [("\"", "no words"), ("((", "no words"), ("*", "no words"), ("ab*", "too short")] {
            let e = check(&q(text)).err().map(|e| e.to_string()).unwrap_or_default();
            assert!(e.contains(says), "{text}: {e}");
        }
        assert!(check(&q(&"a* ".repeat(4000))).is_err());
        assert!(check(&q(&"word ".repeat(MAX_TERMS + 1))).is_err());
        assert!(check(&q("abc* def* ghi* jkl*")).is_ok());
        assert!(check(&q("abc* def* ghi* jkl* mno*")).is_err());
        let bad_date = SearchQuery { from: Some("2016-13".into()), ..q("wall") };
        assert!(check(&bad_date).err().map(|e| e.to_string()).unwrap_or_default().contains("--from"));
    }

    #[test]
    fn queries_are_sanitized() {
        assert_eq!(fts_query("tax cuts").as_deref(), Some("\"tax\" \"cuts\""));
        assert_eq!(fts_query("\"border wall\" now").as_deref(), Some("\"border wall\" \"now\""));
        assert_eq!(fts_query("immig*").as_deref(), Some("\"immig\"*"));
        assert_eq!(fts_query("NEAR( -- ) \" ^").as_deref(), Some("\"near\""));
        assert_eq!(fts_query("  \"\" ()"), None);
    }
}
