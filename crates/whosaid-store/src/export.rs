//! Flat rows for exports and data frames: one [`QuoteRow`] per quote, one [`SpeakerRow`]
//! per speaker of an article, one [`ArticleRow`] per article.
//!
//! The same rows come from two places, so a table built from records (the Python package)
//! and a table exported from a store (`whosaid export`) are one schema with one meaning:
//! [`QuoteRow::of_article`] and friends build them from an analyzed [`Article`];
//! [`quotes`], [`speakers`] and [`articles`] stream them from a store, one SQL row at a
//! time, so memory stays bounded whatever the corpus size. Values the store derives
//! (outlet, date) come from [`crate::derive`] in both cases.

use crate::error::Result;
use crate::stats::Filter;
use crate::derive;
use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;
use whosaid::Article;

/// A speaker's role, as in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleRow {
    /// "co-director".
    pub title: String,
    /// The organization, when stated.
    pub organization: Option<String>,
}

/// One quote with its article and speaker: a row of the quotes table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    /// The record id (file stem, JSONL id, WARC record id).
    pub article_id: String,
    /// The article's URL, when known.
    pub url: Option<String>,
    /// The outlet ([`derive::outlet`]: site name, else URL host, else id prefix).
    pub outlet: String,
    /// The record's `published`, as the article states it.
    pub published: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM`): published, else a date in the id or URL ([`derive::date`]).
    pub date: Option<String>,
    /// "q1" within the article.
    pub quote_id: String,
    /// direct, indirect or mixed.
    #[serde(rename = "type")]
    pub kind: String,
    /// speech, belief, stance or evidence (contract v1.1).
    pub class: String,
    /// What was said.
    pub text: String,
    /// Code-point offset of the quote in the article's text.
    pub start: i64,
    /// End (exclusive), code points.
    pub end: i64,
    /// The cue's text ("said"), when there is one.
    pub cue: Option<String>,
    /// The analyzer's confidence.
    pub confidence: f64,
    /// "s1" within the article, when the speaker is known.
    pub speaker_id: Option<String>,
    /// The speaker's name (the fullest the article gives).
    pub name: Option<String>,
    /// The speaker's kind: person, organization, group, anonymous or document.
    #[serde(rename = "kind")]
    pub kind_of_speaker: Option<String>,
    /// female, male or unknown.
    pub gender: Option<String>,
    /// pronoun, honorific, name_lexicon, noun or none.
    pub gender_evidence: Option<String>,
    /// The speaker's roles (empty without a speaker).
    pub roles: Vec<RoleRow>,
}

/// One speaker of one article: a row of the speakers table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    /// The record id.
    pub article_id: String,
    /// The article's URL.
    pub url: Option<String>,
    /// The outlet.
    pub outlet: String,
    /// The record's `published`.
    pub published: Option<String>,
    /// The article's date ([`derive::date`]).
    pub date: Option<String>,
    /// "s1" within the article.
    pub speaker_id: String,
    /// The fullest name the article gives.
    pub name: String,
    /// The corpus-wide person key ([`derive::person_key`] of [`derive::norm_name`]).
    pub person_key: String,
    /// person, organization, group, anonymous or document.
    pub kind: String,
    /// female, male or unknown.
    pub gender: String,
    /// pronoun, honorific, name_lexicon, noun or none.
    pub gender_evidence: String,
    /// The speaker's roles.
    pub roles: Vec<RoleRow>,
    /// Quotes attributed to the speaker in the article.
    pub quotes: i64,
}

/// One article with its counts: a row of the articles table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleRow {
    /// The record id.
    pub article_id: String,
    /// The article's URL.
    pub url: Option<String>,
    /// The outlet.
    pub outlet: String,
    /// The record's `published`.
    pub published: Option<String>,
    /// The article's date ([`derive::date`]).
    pub date: Option<String>,
    /// The headline.
    pub headline: Option<String>,
    /// The byline.
    pub byline: Option<String>,
    /// Quotes in the article.
    pub quotes: i64,
    /// Speakers (sources of any kind) in the article.
    pub speakers: i64,
    /// Quoted people (person speakers with at least one quote).
    pub people: i64,
    /// Of them, women.
    pub women: i64,
    /// Of them, men.
    pub men: i64,
    /// Of them, of unknown gender.
    pub unknown: i64,
}

fn roles_of(s: &whosaid::Speaker) -> Vec<RoleRow> {
    s.roles.iter().map(|r| RoleRow { title: r.title.clone(), organization: r.organization.clone() }).collect()
}

impl QuoteRow {
    /// The rows of an analyzed article, in the record's quote order.
    pub fn of_article(a: &Article) -> Vec<QuoteRow> {
        let outlet = derive::outlet(a);
        let date = derive::date(a);
        a.quotes
            .iter()
            .map(|q| {
                let s = q.speaker.as_deref().and_then(|id| a.speakers.iter().find(|s| s.id == id));
                QuoteRow {
                    article_id: a.id.clone(),
                    url: a.url.clone(),
                    outlet: outlet.clone(),
                    published: a.published.clone(),
                    date: date.clone(),
                    quote_id: q.id.clone(),
                    kind: q.kind.as_str().to_string(),
                    class: q.class.as_str().to_string(),
                    text: q.text.clone(),
                    start: q.start as i64,
                    end: q.end as i64,
                    cue: q.cue.as_ref().map(|c| c.text.clone()),
                    // The store keeps an f32 as a REAL: the same f64 either way.
                    confidence: f64::from(q.confidence),
                    speaker_id: s.map(|s| s.id.clone()),
                    name: s.map(|s| s.name.clone()),
                    kind_of_speaker: s.map(|s| s.kind.as_str().to_string()),
                    gender: s.map(|s| s.gender.as_str().to_string()),
                    gender_evidence: s.map(|s| s.gender_evidence.as_str().to_string()),
                    roles: s.map(roles_of).unwrap_or_default(),
                }
            })
            .collect()
    }
}

/// Quotes attributed to each speaker of `a`, in `a.speakers` order.
fn quotes_per_speaker(a: &Article) -> Vec<i64> {
    a.speakers.iter().map(|s| a.quotes.iter().filter(|q| q.speaker.as_deref() == Some(s.id.as_str())).count() as i64).collect()
}

impl SpeakerRow {
    /// The rows of an analyzed article, in the record's speaker order.
    pub fn of_article(a: &Article) -> Vec<SpeakerRow> {
        let outlet = derive::outlet(a);
        let date = derive::date(a);
        a.speakers
            .iter()
            .zip(quotes_per_speaker(a))
            .map(|(s, n)| SpeakerRow {
                article_id: a.id.clone(),
                url: a.url.clone(),
                outlet: outlet.clone(),
                published: a.published.clone(),
                date: date.clone(),
                speaker_id: s.id.clone(),
                name: s.name.clone(),
                person_key: derive::person_key(&derive::norm_name(&s.name)),
                kind: s.kind.as_str().to_string(),
                gender: s.gender.as_str().to_string(),
                gender_evidence: s.gender_evidence.as_str().to_string(),
                roles: roles_of(s),
                quotes: n,
            })
            .collect()
    }
}

/// Women, men and unknown among the quoted people of (kind, gender, quotes) speakers.
fn people_counts<'a>(speakers: impl Iterator<Item = (&'a str, &'a str, i64)>) -> [i64; 4] {
    let mut c = [0i64; 4];
    for (kind, gender, quotes) in speakers {
        if kind != "person" || quotes == 0 {
            continue;
        }
        c[0] += 1;
        match gender {
            "female" => c[1] += 1,
            "male" => c[2] += 1,
            _ => c[3] += 1,
        }
    }
    c
}

impl ArticleRow {
    /// The row of an analyzed article.
    pub fn of_article(a: &Article) -> ArticleRow {
        let per = quotes_per_speaker(a);
        let c = people_counts(a.speakers.iter().zip(&per).map(|(s, &n)| (s.kind.as_str(), s.gender.as_str(), n)));
        ArticleRow {
            article_id: a.id.clone(),
            url: a.url.clone(),
            outlet: derive::outlet(a),
            published: a.published.clone(),
            date: derive::date(a),
            headline: a.headline.clone(),
            byline: a.byline.clone(),
            quotes: a.quotes.len() as i64,
            speakers: a.speakers.len() as i64,
            people: c[0],
            women: c[1],
            men: c[2],
            unknown: c[3],
        }
    }
}

/// `WHERE` conditions of a [`Filter`] on the articles table `a` (parameters 1-3).
const FILTER_SQL: &str =
    "(?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2 || '~') AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)";

/// Reads a speaker's roles, remembering the last speaker asked (its quotes come together).
struct Roles<'c> {
    stmt: rusqlite::Statement<'c>,
    last: Option<(i64, Vec<RoleRow>)>,
}

impl<'c> Roles<'c> {
    fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Roles { stmt: conn.prepare("SELECT title, organization FROM roles WHERE speaker = ? ORDER BY rowid")?, last: None })
    }

    fn of(&mut self, speaker: i64) -> Result<Vec<RoleRow>> {
        if let Some((s, r)) = &self.last {
            if *s == speaker {
                return Ok(r.clone());
            }
        }
        let rows = self
            .stmt
            .query_map([speaker], |r| Ok(RoleRow { title: r.get(0)?, organization: r.get(1)? }))?
            .collect::<Result<Vec<_>, _>>()?;
        self.last = Some((speaker, rows.clone()));
        Ok(rows)
    }
}

/// Streams the quotes of the articles `filter` keeps, in storage order, into `each`;
/// stops at the first error `each` returns. Returns the rows given.
pub fn quotes(conn: &Connection, filter: &Filter, mut each: impl FnMut(QuoteRow) -> Result<()>) -> Result<u64> {
    filter.check()?;
    let sql = format!(
        "SELECT a.doc_id, a.url, a.outlet, a.published, a.date, q.qid, q.kind,
                coalesce(q.raw_text, substr(a.text, q.start + 1, q.end - q.start)), q.start, q.end, q.cue, q.confidence,
                s.id, s.sid, s.name, s.kind, s.gender, s.gender_evidence, {}
         FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN speakers s ON s.id = q.speaker
         WHERE {FILTER_SQL} ORDER BY q.id",
        crate::schema::class_sql(conn)
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut roles = Roles::new(conn)?;
    let mut rows = stmt.query([&filter.from, &filter.to, &filter.outlet])?;
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let speaker: Option<i64> = r.get(12)?;
        let row = QuoteRow {
            article_id: r.get(0)?,
            url: r.get(1)?,
            outlet: r.get(2)?,
            published: r.get(3)?,
            date: r.get(4)?,
            quote_id: r.get(5)?,
            kind: r.get(6)?,
            class: r.get(18)?,
            text: r.get(7)?,
            start: r.get(8)?,
            end: r.get(9)?,
            cue: r.get(10)?,
            confidence: r.get(11)?,
            speaker_id: r.get(13)?,
            name: r.get(14)?,
            kind_of_speaker: r.get(15)?,
            gender: r.get(16)?,
            gender_evidence: r.get(17)?,
            roles: match speaker {
                Some(s) => roles.of(s)?,
                None => Vec::new(),
            },
        };
        each(row)?;
        n += 1;
    }
    Ok(n)
}

/// Streams the speakers of the articles `filter` keeps, in storage order, into `each`.
pub fn speakers(conn: &Connection, filter: &Filter, mut each: impl FnMut(SpeakerRow) -> Result<()>) -> Result<u64> {
    filter.check()?;
    let sql = format!(
        "SELECT a.doc_id, a.url, a.outlet, a.published, a.date, s.id, s.sid, s.name, s.norm, s.kind, s.gender, s.gender_evidence,
                (SELECT count(*) FROM quotes q WHERE q.speaker = s.id)
         FROM speakers s JOIN articles a ON a.id = s.article
         WHERE {FILTER_SQL} ORDER BY s.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut roles = Roles::new(conn)?;
    let mut rows = stmt.query([&filter.from, &filter.to, &filter.outlet])?;
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let norm: String = r.get(8)?;
        let row = SpeakerRow {
            article_id: r.get(0)?,
            url: r.get(1)?,
            outlet: r.get(2)?,
            published: r.get(3)?,
            date: r.get(4)?,
            speaker_id: r.get(6)?,
            name: r.get(7)?,
            person_key: derive::person_key(&norm),
            kind: r.get(9)?,
            gender: r.get(10)?,
            gender_evidence: r.get(11)?,
            roles: roles.of(r.get(5)?)?,
            quotes: r.get(12)?,
        };
        each(row)?;
        n += 1;
    }
    Ok(n)
}

/// Streams the articles `filter` keeps, in storage order, with their counts, into `each`.
pub fn articles(conn: &Connection, filter: &Filter, mut each: impl FnMut(ArticleRow) -> Result<()>) -> Result<u64> {
    filter.check()?;
    let sql = format!(
        "SELECT a.id, a.doc_id, a.url, a.outlet, a.published, a.date, a.headline, a.byline,
                (SELECT count(*) FROM quotes q WHERE q.article = a.id)
         FROM articles a WHERE {FILTER_SQL} ORDER BY a.id"
    );
    let mut stmt = conn.prepare(&sql)?;
    let mut per_speaker = conn.prepare(
        "SELECT s.kind, s.gender, (SELECT count(*) FROM quotes q WHERE q.speaker = s.id) FROM speakers s WHERE s.article = ?",
    )?;
    let mut rows = stmt.query([&filter.from, &filter.to, &filter.outlet])?;
    let mut n = 0u64;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let sp: Vec<(String, String, i64)> =
            per_speaker.query_map([id], |s| Ok((s.get(0)?, s.get(1)?, s.get(2)?)))?.collect::<Result<_, _>>()?;
        let c = people_counts(sp.iter().map(|(k, g, q)| (k.as_str(), g.as_str(), *q)));
        let row = ArticleRow {
            article_id: r.get(1)?,
            url: r.get(2)?,
            outlet: r.get(3)?,
            published: r.get(4)?,
            date: r.get(5)?,
            headline: r.get(6)?,
            byline: r.get(7)?,
            quotes: r.get(8)?,
            speakers: sp.len() as i64,
            people: c[0],
            women: c[1],
            men: c[2],
            unknown: c[3],
        };
        each(row)?;
        n += 1;
    }
    Ok(n)
}

/// Rows of `table` ("quotes", "speakers", "articles") the filter keeps, counted by SQL alone.
pub fn count(conn: &Connection, table: &str, filter: &Filter) -> Result<u64> {
    filter.check()?;
    let from = match table {
        "quotes" => "quotes x JOIN articles a ON a.id = x.article",
        "speakers" => "speakers x JOIN articles a ON a.id = x.article",
        "articles" => "articles a",
        other => return Err(crate::StoreError::Invalid(format!("no table {other:?}: give quotes, speakers or articles"))),
    };
    let n: Option<i64> = conn
        .query_row(&format!("SELECT count(*) FROM {from} WHERE {FILTER_SQL}"), [&filter.from, &filter.to, &filter.outlet], |r| r.get(0))
        .optional()?;
    Ok(n.unwrap_or(0) as u64)
}
