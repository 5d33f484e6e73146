//! Full-text search over quotes (SQLite FTS5) with speaker, outlet and date filters.

use crate::derive::norm_name;
use crate::error::Result;
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

/// Turns user words into a safe FTS5 query: terms and "phrases" ANDed; `None` when nothing is left.
pub fn fts_query(q: &str) -> Option<String> {
    let mut terms = Vec::new();
    for (i, part) in q.split('"').enumerate() {
        let words: Vec<String> = part
            .split(|c: char| !(c.is_alphanumeric() || c == '*'))
            .filter_map(|w| {
                let prefix = w.ends_with('*');
                let core: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
                (!core.is_empty()).then(|| if prefix { format!("\"{core}\"*") } else { format!("\"{core}\"") })
            })
            .collect();
        if words.is_empty() {
            continue;
        }
        if i % 2 == 1 {
            let phrase: Vec<&str> = words.iter().map(|w| w.trim_end_matches('*').trim_matches('"')).collect();
            terms.push(format!("\"{}\"", phrase.join(" ")));
        } else {
            terms.extend(words);
        }
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Runs a search; an empty query (no words) finds nothing.
pub fn search(conn: &Connection, q: &SearchQuery) -> Result<Vec<Hit>> {
    let Some(fts) = fts_query(&q.text) else { return Ok(Vec::new()) };
    let limit = if q.limit == 0 { 20 } else { q.limit } as i64;
    let speaker = q.speaker.as_deref().map(norm_name).filter(|s| !s.is_empty());
    let order = if q.rank { "ORDER BY f.rank" } else { "" };
    let sql = format!(
        "SELECT q.text, s.name, s.id, a.outlet, a.date, a.doc_id, q.qid, q.start, q.end
         FROM quotes_fts f
         JOIN quotes q ON q.id = f.rowid
         JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker
         WHERE quotes_fts MATCH ?1
           AND (?2 IS NULL OR s.norm = ?2 OR s.norm LIKE '% ' || ?2)
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
    fn queries_are_sanitized() {
        assert_eq!(fts_query("tax cuts").as_deref(), Some("\"tax\" \"cuts\""));
        assert_eq!(fts_query("\"border wall\" now").as_deref(), Some("\"border wall\" \"now\""));
        assert_eq!(fts_query("immig*").as_deref(), Some("\"immig\"*"));
        assert_eq!(fts_query("NEAR( -- ) \" ^").as_deref(), Some("\"NEAR\""));
        assert_eq!(fts_query("  \"\" ()"), None);
    }
}
