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

/// Runs a search; an empty query (no words) finds nothing.
pub fn search(conn: &Connection, q: &SearchQuery) -> Result<Vec<Hit>> {
    let Some(fts) = fts_query(&q.text) else { return Ok(Vec::new()) };
    let limit = if q.limit == 0 { 20 } else { q.limit } as i64;
    let speaker = q.speaker.as_deref().map(norm_name).filter(|s| !s.is_empty());
    let order = if q.rank { "ORDER BY f.rank" } else { "" };
    // A full name matches exactly; a single word matches a full name or a last name.
    let speaker_where = "(s.norm = ?2 OR (instr(?2, ' ') = 0 AND s.surname = ?2))";
    // A rare speaker drives the query from the speaker index, each quote checked
    // against the FTS index by rowid; otherwise the FTS match drives it.
    let few = match &speaker {
        Some(sp) => {
            let n: i64 = conn
                .prepare_cached(&format!(
                    "SELECT count(*) FROM (SELECT 1 FROM speakers s JOIN quotes q ON q.speaker = s.id
                     WHERE {speaker_where} LIMIT 5001)",
                ).replace("?2", "?1"))?
                .query_row([sp], |r| r.get(0))?;
            n <= 5000
        }
        None => false,
    };
    let filters = "AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)
         AND (?4 IS NULL OR a.date >= ?4)
         AND (?5 IS NULL OR a.date <= ?5 || '~')";
    let sql = if few {
        // Few quotes: read them all from the speaker index and match the words here.
        format!(
            "SELECT q.text, s.name, s.id, a.outlet, a.date, a.doc_id, q.qid, q.start, q.end
             FROM speakers s
             JOIN quotes q ON q.speaker = s.id
             JOIN articles a ON a.id = q.article
             WHERE {speaker_where} AND ?1 IS NOT NULL
               {filters}
             ORDER BY q.id LIMIT 5001"
        )
    } else {
        format!(
            "SELECT q.text, s.name, s.id, a.outlet, a.date, a.doc_id, q.qid, q.start, q.end
             FROM quotes_fts f
             JOIN quotes q ON q.id = f.rowid
             JOIN articles a ON a.id = q.article
             LEFT JOIN speakers s ON s.id = q.speaker
             WHERE quotes_fts MATCH ?1
               AND (?2 IS NULL OR {speaker_where})
               {filters}
             {order} LIMIT ?6"
        )
    };
    let wanted = terms(&q.text);
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut roles = conn.prepare_cached("SELECT title, organization FROM roles WHERE speaker = ?")?;
    let params = if few {
        params![fts, speaker, q.outlet, q.from, q.to]
    } else {
        params![fts, speaker, q.outlet, q.from, q.to, limit]
    };
    let rows = stmt.query_map(params, |r| {
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
        if few && !matches(&hit.quote, &wanted) {
            continue;
        }
        if hits.len() as i64 >= limit {
            break;
        }
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
    fn terms_match_like_the_index() {
        let t = terms("Border \"wall now\" immig*");
        assert!(matches("The border WALL, now! Immigration.", &t));
        assert!(!matches("The border now wall immigration", &t));
        assert!(!matches("wall now immig border", &terms("immigration")));
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
