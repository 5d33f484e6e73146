//! Rows of one article, prepared off the writer thread ([`Prepared::new`]) and
//! written in the writer's transaction ([`insert`]).

use crate::derive;
use crate::error::Result;
use crate::minhash::Signature;
use rusqlite::{params, Transaction};
use whosaid::Article;

/// One analyzed article plus everything the store derives from it.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The input's content hash (see [`derive::doc_hash`]).
    pub hash: [u8; 16],
    /// Where it came from (a path), for reports.
    pub source: String,
    /// The analyzer's record, less what the writer does not read (body, content, people,
    /// entities, furniture, speakers' mentions): those are dropped on the worker thread
    /// once the values above are derived from them, not freed by the writer.
    pub article: Article,
    /// Outlet, date and month per [`derive`].
    pub outlet: String,
    /// `YYYY-MM-DD` when known.
    pub date: Option<String>,
    /// `YYYY-MM` when known.
    pub month: Option<String>,
    /// From the syndication notice.
    pub original_publisher: Option<String>,
    /// Wire credit in the text.
    pub wire: Option<String>,
    /// MinHash of the body as stored ([`Signature::to_bytes`]), `None` when too short.
    pub minhash: Option<Vec<u8>>,
    /// Distinct body shingles.
    pub shingles: u32,
    /// Normalized name per speaker, in `article.speakers` order.
    pub norms: Vec<String>,
    /// The FTS speaker column per speaker ([`crate::search::speaker_tokens`]), same order.
    pub speaker_tokens: Vec<String>,
    /// Body length in code points.
    pub body_chars: usize,
    /// The entities as a JSON array of `[kind, start, end]` ([`entities_json`]).
    pub entities_json: String,
    /// The furniture as a JSON array.
    pub furniture_json: String,
    /// Kind, gender and gender evidence labels per speaker (as in the JSON record).
    pub speaker_labels: Vec<[&'static str; 3]>,
    /// Per quote, the index of its speaker in `article.speakers`.
    pub quote_speakers: Vec<Option<usize>>,
    /// The outlet as one FTS token ([`crate::search::filter_token`]).
    pub outlet_token: String,
    /// The month column of the FTS index ([`crate::search::month_tokens`]).
    pub month_token: String,
}

impl Prepared {
    /// Derives the rows of `article` (CPU work: shingles, MinHash, names).
    pub fn new(hash: [u8; 16], source: String, article: Article) -> Prepared {
        let date = derive::date(&article);
        let month = date.as_deref().and_then(derive::month);
        let (signature, shingles) = Signature::of(&article.body);
        let outlet = derive::outlet(&article);
        let norms: Vec<String> = article.speakers.iter().map(|s| derive::norm_name(&s.name)).collect();
        let speaker_tokens = norms.iter().map(|n| crate::search::speaker_tokens(n)).collect();
        let quote_speakers = article
            .quotes
            .iter()
            .map(|q| q.speaker.as_deref().and_then(|s| article.speakers.iter().position(|x| x.id == s)))
            .collect();
        let body_chars = article.body.chars().count();
        let entities_json = entities_json(&article.entities);
        let furniture_json = serde_json::to_string(&article.furniture).unwrap_or_else(|_| "[]".into());
        let original_publisher = derive::original_publisher(&article);
        let wire = derive::wire_credit(&article);
        let mut article = article;
        article.body = String::new();
        article.content = String::new();
        article.people = Vec::new();
        article.entities = Vec::new();
        article.furniture = Vec::new();
        for s in &mut article.speakers {
            s.mentions = Vec::new();
        }
        Prepared {
            hash,
            source,
            outlet_token: crate::search::filter_token(&outlet),
            month_token: crate::search::month_tokens(&outlet, month.as_deref()),
            outlet,
            quote_speakers,
            original_publisher,
            wire,
            norms,
            speaker_tokens,
            body_chars,
            entities_json,
            furniture_json,
            speaker_labels: article
                .speakers
                .iter()
                .map(|s| [s.kind.as_str(), s.gender.as_str(), s.gender_evidence.as_str()])
                .collect(),
            date,
            month,
            minhash: signature.as_ref().map(Signature::to_bytes),
            shingles,
            article,
        }
    }
}

/// Entities as stored: `[["person",10,22],...]`, kind and code-point span (the text is `text[start..end]`).
pub fn entities_json(entities: &[whosaid::Entity]) -> String {
    let triples: Vec<(whosaid::EntityKind, usize, usize)> = entities.iter().map(|e| (e.kind, e.start, e.end)).collect();
    serde_json::to_string(&triples).unwrap_or_else(|_| "[]".into())
}





/// Writes one article; returns false (writing nothing) when its hash is already stored.
///
/// An article stored before under the same id (an edited input indexed again) is
/// replaced: its rows and its postings are deleted first ([`delete_article`]).
pub fn insert(tx: &Transaction<'_>, p: &Prepared) -> Result<bool> {
    let a = &p.article;
    if tx.prepare_cached("SELECT 1 FROM articles WHERE hash = ?")?.exists([&p.hash[..]])? {
        return Ok(false);
    }
    let old: Vec<i64> = tx
        .prepare_cached("SELECT id FROM articles WHERE doc_id = ?")?
        .query_map([&a.id], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for id in old {
        delete_article(tx, id)?;
    }
    // SQLite's substr() stops at a NUL, so such an article keeps its quotes' texts.
    let has_nul = a.text.contains('\0');
    let n = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO articles(hash, doc_id, source, outlet, date, month, headline, byline,
             published, url, site_name, original_publisher, wire, text, body_chars, shingles, minhash)
             VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        )?
        .execute(params![
            &p.hash[..],
            a.id,
            p.source,
            p.outlet,
            p.date,
            p.month,
            a.headline,
            a.byline,
            a.published,
            a.url,
            a.site_name,
            p.original_publisher,
            p.wire,
            a.text,
            p.body_chars as i64,
            p.shingles as i64,
            p.minhash,
        ])?;
    if n == 0 {
        return Ok(false);
    }
    let art = tx.last_insert_rowid();
    // speakers.id of each speaker, in `a.speakers` order
    let mut speaker_rows: Vec<i64> = Vec::with_capacity(a.speakers.len());
    if !a.speakers.is_empty() {
        let mut ins_s = tx.prepare_cached(
            "INSERT INTO speakers(article, sid, name, norm, surname, kind, gender, gender_evidence) VALUES (?,?,?,?,?,?,?,?)",
        )?;
        let mut ins_r = tx.prepare_cached("INSERT INTO roles(speaker, title, organization) VALUES (?,?,?)")?;
        for ((s, norm), l) in a.speakers.iter().zip(&p.norms).zip(&p.speaker_labels) {
            let surname = norm.rsplit(' ').next().unwrap_or("");
            ins_s.execute(params![art, s.id, s.name, norm, surname, l[0], l[1], l[2]])?;
            let sid = tx.last_insert_rowid();
            speaker_rows.push(sid);
            for r in &s.roles {
                ins_r.execute(params![sid, r.title, r.organization])?;
            }
        }
    }
    if !a.quotes.is_empty() {
        let mut ins_q = tx.prepare_cached(
            "INSERT INTO quotes(article, qid, kind, start, end, cue, speaker, addressee, confidence, raw_text, class)
             VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        )?;
        // One token per filter value keeps its doclist cheap to intersect.
        let mut ins_f =
            tx.prepare_cached("INSERT INTO quotes_fts(rowid, text, speaker, outlet, month) VALUES (?,?,?,?,?)")?;
        for (i, q) in a.quotes.iter().enumerate() {
            let who = p.quote_speakers.get(i).copied().flatten();
            let speaker = who.and_then(|k| speaker_rows.get(k).copied());
            ins_q.execute(params![
                art,
                q.id,
                q.kind.as_str(),
                q.start as i64,
                q.end as i64,
                q.cue.as_ref().map(|c| c.text.as_str()),
                speaker,
                q.addressee,
                q.confidence as f64,
                has_nul.then_some(q.text.as_str()),
                (q.class != whosaid::QuoteClass::Speech).then_some(q.class.as_str()),
            ])?;
            let who = who.and_then(|k| p.speaker_tokens.get(k)).map(String::as_str).unwrap_or("");
            ins_f.execute(params![tx.last_insert_rowid(), q.text, who, p.outlet_token, p.month_token])?;
        }
    }
    tx.prepare_cached("INSERT INTO extras(article, entities, furniture) VALUES (?,?,?)")?.execute(params![
        art,
        p.entities_json,
        p.furniture_json
    ])?;
    Ok(true)
}

/// Deletes one stored article: its quotes (and their full-text postings), speakers, roles and extras.
///
/// The FTS index is contentless, so each posting is deleted with the values it was
/// inserted with, which the stored rows give back exactly.
pub fn delete_article(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let (text, outlet, month): (String, String, Option<String>) =
        tx.query_row("SELECT text, outlet, month FROM articles WHERE id = ?", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let outlet_token = crate::search::filter_token(&outlet);
    let month_token = crate::search::month_tokens(&outlet, month.as_deref());
    let map = whosaid::text::CharMap::new(&text);
    // (quote id, start, end, raw_text, speaker's norm)
    type Row = (i64, i64, i64, Option<String>, Option<String>);
    let quotes: Vec<Row> = tx
        .prepare_cached(
            "SELECT q.id, q.start, q.end, q.raw_text, s.norm FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker
             WHERE q.article = ?",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))?
        .collect::<Result<_, _>>()?;
    let mut del = tx.prepare_cached(
        "INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, outlet, month) VALUES ('delete', ?, ?, ?, ?, ?)",
    )?;
    for (qid, start, end, raw, norm) in quotes {
        let quote = match raw {
            Some(t) => t,
            None => {
                let char_byte = |c: i64| map.byte_at(c.max(0) as usize, text.len());
                let (s, e) = (char_byte(start), char_byte(end));
                text.get(s..e).unwrap_or("").to_string()
            }
        };
        let who = norm.as_deref().map(crate::search::speaker_tokens).unwrap_or_default();
        del.execute(params![qid, quote, who, outlet_token, month_token])?;
    }
    tx.execute_batch(&format!(
        "DELETE FROM quotes WHERE article = {id};
         DELETE FROM roles WHERE speaker IN (SELECT id FROM speakers WHERE article = {id});
         DELETE FROM speakers WHERE article = {id};
         DELETE FROM extras WHERE article = {id};
         DELETE FROM articles WHERE id = {id};"
    ))?;
    Ok(())
}

/// SQL for a quote's text, `text[start..end]` of its article, with the quote as `q` and the
/// article as `a` (SQLite's `substr` counts code points, as the record's offsets do; it stops
/// at a NUL, so quotes of an article with one keep their text in `raw_text`).
pub const QUOTE_TEXT_SQL: &str = "coalesce(q.raw_text, substr(a.text, q.start + 1, q.end - q.start))";

/// Refills the (emptied) FTS index from the stored quotes, speakers and articles; for the
/// migrations to versions 3 and 4, whose quotes have no `raw_text` yet.
pub fn rebuild_fts(tx: &Transaction<'_>) -> Result<()> {
    let mut read = tx.prepare(
        "SELECT q.id, substr(a.text, q.start + 1, q.end - q.start), s.norm, a.outlet, a.month
         FROM quotes q JOIN articles a ON a.id = q.article
         LEFT JOIN speakers s ON s.id = q.speaker ORDER BY q.id",
    )?;
    let mut ins = tx.prepare("INSERT INTO quotes_fts(rowid, text, speaker, outlet, month) VALUES (?,?,?,?,?)")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let norm: Option<String> = r.get(2)?;
        let outlet: String = r.get(3)?;
        let month: Option<String> = r.get(4)?;
        ins.execute(params![
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            crate::search::speaker_tokens(norm.as_deref().unwrap_or("")),
            crate::search::filter_token(&outlet),
            crate::search::month_tokens(&outlet, month.as_deref())
        ])?;
    }
    Ok(())
}

/// Recomputes every article's signature and shingle count from its body; for migrations.
///
/// The body is the stored text's story paragraphs as layout detection finds them
/// ([`whosaid::layout::detect_with`]), which is the analyzer's body for plain-text
/// inputs. For HTML inputs, whose layout came from the markup, it can differ a
/// little (a caption or subhead more or less), which near-duplicate detection tolerates.
pub fn recompute_minhash(tx: &Transaction<'_>) -> Result<()> {
    let mut read = tx.prepare("SELECT id, text FROM articles")?;
    let mut update = tx.prepare("UPDATE articles SET shingles = ?, minhash = ? WHERE id = ?")?;
    let mut rows = read.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let text: String = r.get(1)?;
        let map = whosaid::text::CharMap::new(&text);
        let layout = whosaid::layout::detect_with(&text, &text.to_ascii_lowercase(), &map);
        let body = whosaid::pipeline::body_text(&text, &map, &layout.body);
        let (signature, shingles) = Signature::of(&body);
        update.execute(params![shingles as i64, signature.as_ref().map(Signature::to_bytes), id])?;
    }
    Ok(())
}
