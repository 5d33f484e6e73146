//! Full-text search over quotes (SQLite FTS5) with speaker, outlet and date filters.

use crate::derive::norm_name;
use crate::error::Result;
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
    /// At most this many hits (0 means 20).
    pub limit: usize,
    /// Order by relevance (BM25) instead of index order; slower for very common words.
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
        let token = match outlet {
            Some(o) => outlet_month_token(o, &format!("{y:04}{m:02}"))?,
            None => filter_token(&format!("{y:04}{m:02}")),
        };
        out.push(format!("\"{token}\""));
        if out.len() > 600 {
            return None;
        }
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    Some(out)
}

/// The FTS5 query of a search: the words in the text column, the filters in theirs.
fn full_query(q: &SearchQuery, speaker: Option<&str>) -> Option<String> {
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

/// Runs a search; an empty query (no words) finds nothing.
///
/// The FTS index narrows by words and filters at once; the exact filters
/// (full outlet name, last name, day range) are then checked on the rows.
pub fn search(conn: &Connection, q: &SearchQuery) -> Result<Vec<Hit>> {
    let speaker = q.speaker.as_deref().map(norm_name).filter(|s| !s.is_empty());
    let Some(fts) = full_query(q, speaker.as_deref()) else { return Ok(Vec::new()) };
    let limit = if q.limit == 0 { 20 } else { q.limit } as i64;
    let order = if q.rank { "ORDER BY f.rank" } else { "" };
    // A full name matches exactly; a single word matches a full name or a last name.
    let sql = format!(
        "SELECT {QUOTE_TEXT_SQL}, s.name, s.id, a.outlet, a.date, a.doc_id, q.qid, q.start, q.end
         FROM quotes_fts f
         JOIN quotes q ON q.id = f.rowid
         JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker
         WHERE quotes_fts MATCH ?1
           AND (?2 IS NULL OR s.norm = ?2 OR (instr(?2, ' ') = 0 AND s.surname = ?2))
           AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)
           AND (?4 IS NULL OR a.date >= ?4)
           AND (?5 IS NULL OR a.date <= ?5 || '~')
         {order} LIMIT ?6"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut roles = conn.prepare_cached("SELECT title, organization FROM roles WHERE speaker = ?")?;
    let rows = stmt.query_map(params![fts, speaker, q.outlet, q.from, q.to, limit], |r| {
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
    })?;
    let mut hits = Vec::new();
    for row in rows {
        let (mut hit, sid) = row?;
        if let Some(sid) = sid {
            let rs = roles.query_map([sid], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
            for role in rs {
                let (t, o) = role?;
                hit.roles.push(match o {
                    Some(o) => format!("{t}, {o}"),
                    None => t,
                });
            }
        }
        hits.push(hit);
    }
    Ok(hits)
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn queries_are_sanitized() {
        assert_eq!(fts_query("tax cuts").as_deref(), Some("\"tax\" \"cuts\""));
        assert_eq!(fts_query("\"border wall\" now").as_deref(), Some("\"border wall\" \"now\""));
        assert_eq!(fts_query("immig*").as_deref(), Some("\"immig\"*"));
        assert_eq!(fts_query("NEAR( -- ) \" ^").as_deref(), Some("\"near\""));
        assert_eq!(fts_query("  \"\" ()"), None);
    }
}
