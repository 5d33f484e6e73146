//! People across the corpus ([`speakers`]) and source-diversity statistics ([`stats`]).
//!
//! Both read every person speaker row once ([`load_rows`]) and group the rows
//! into corpus-wide people with [`crate::identity`]: name variants of one
//! person ("Dana Q. Whitfield", "Sen. Dana Whitfield", a surname-only
//! "Whitfield" under a clear majority) are one person with aliases and one
//! gender decided from the evidence of all their articles, so each person is
//! counted once, with one gender. Gender shares count each person once per
//! story, a story being one article and all its reprints.

mod corpus;
mod days;
#[cfg(test)]
mod reference;
mod tally;

pub use tally::{PeoplePage, PeopleSort, Slice, Tally};

use crate::error::{Result, StoreError};
use crate::identity::{Alias, Identities, IdentityBuilder};
use rusqlite::Connection;
use serde::Serialize;
use whosaid::fasthash::{FastMap, FastSet};

/// A person quoted somewhere in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// The most used full-name spelling.
    pub name: String,
    /// The identity key: "first last" ([`crate::derive::person_key`]), or one word; for other
    /// kinds of source ([`sources_in`]), the normalized name.
    pub key: String,
    /// `person`, or for [`sources_in`] the kind asked for (`organization`, `group`,
    /// `anonymous`, `document`).
    pub kind: String,
    /// Female, male or unknown, decided once from the evidence of all their articles.
    pub gender: String,
    /// The evidence class that decided it: honorific, noun, pronoun, name_lexicon or none.
    pub gender_evidence: String,
    /// Articles quoting them.
    pub articles: u64,
    /// Quotes attributed to them.
    pub quotes: u64,
    /// Outlets quoting them.
    pub outlets: u64,
    /// Roles as "title, organization", most frequent first.
    pub roles: Vec<String>,
    /// Every spelling of the name seen, with the speaker rows (articles) using it, most used first.
    pub aliases: Vec<Alias>,
}

/// One speaker row as the queries use it.
#[derive(Debug, Clone, Copy)]
struct Row {
    article: i64,
    /// The person's identity (index into [`Identities::list`]), `NO_PERSON` for other sources.
    person: u32,
    /// For other sources: a hash of kind and normalized name.
    source: u64,
    /// Quotes attributed to the row.
    quotes: u32,
}

const NO_PERSON: u32 = u32::MAX;

/// Speaker rows by `speakers.id`: a dense vector when the ids are (as written) nearly contiguous.
enum RowIndex {
    Dense { min: i64, slots: Vec<u32> },
    Sparse(FastMap<i64, u32>),
}

impl RowIndex {
    fn new(ids: &[i64]) -> RowIndex {
        let (Some(&min), Some(&max)) = (ids.iter().min(), ids.iter().max()) else {
            return RowIndex::Sparse(FastMap::default());
        };
        let span = max.checked_sub(min).map_or(u128::MAX, |d| d as u128 + 1);
        if span <= 2 * ids.len() as u128 + 1024 {
            let mut slots = vec![u32::MAX; span as usize];
            for (i, &id) in ids.iter().enumerate() {
                slots[(id - min) as usize] = i as u32;
            }
            RowIndex::Dense { min, slots }
        } else {
            RowIndex::Sparse(ids.iter().enumerate().map(|(i, &id)| (id, i as u32)).collect())
        }
    }

    fn get(&self, id: i64) -> Option<usize> {
        match self {
            RowIndex::Dense { min, slots } => {
                let k = usize::try_from(id.checked_sub(*min)?).ok()?;
                slots.get(k).filter(|&&i| i != u32::MAX).map(|&i| i as usize)
            }
            RowIndex::Sparse(m) => m.get(&id).map(|&i| i as usize),
        }
    }
}

/// Every speaker row (only persons with `persons_only`), their quote counts, and the people they make.
struct Loaded {
    rows: Vec<Row>,
    index: RowIndex,
    ids: Identities,
}

/// Reads the speaker rows; `count_quotes` then adds each row's quotes (through [`Loaded`]'s
/// index) before the identities are built from names, genders and quote counts.
fn load_rows(
    conn: &Connection,
    persons_only: bool,
    count_quotes: impl FnOnce(&RowIndex, &mut [Row]) -> Result<()>,
) -> Result<Loaded> {
    let mut builder = IdentityBuilder::default();
    let mut rows: Vec<Row> = Vec::new();
    let mut ids: Vec<i64> = Vec::new();
    // The condition of `persons_only` is `identity::is_person`, in SQL.
    let sql = if persons_only {
        "SELECT id, article, norm, kind, gender, gender_evidence, name FROM speakers WHERE kind = 'person' AND norm <> ''"
    } else {
        "SELECT id, article, norm, kind, gender, gender_evidence, name FROM speakers"
    };
    let mut stmt = conn.prepare(sql)?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        let norm = r.get_ref(2)?.as_str().unwrap_or("");
        let kind = r.get_ref(3)?.as_str().unwrap_or("");
        let (person, source) = if crate::identity::is_person(kind, norm) {
            let n = builder.norm_id(norm);
            let gender = r.get_ref(4)?.as_str().unwrap_or("");
            let evidence = r.get_ref(5)?.as_str().unwrap_or("");
            builder.add_row(n, r.get_ref(6)?.as_str().unwrap_or(""), gender, evidence);
            (n, 0)
        } else {
            (NO_PERSON, h(&format!("{kind}\u{1}{norm}")) & !PERSON_BIT)
        };
        ids.push(r.get(0)?);
        rows.push(Row { article: r.get(1)?, person, source, quotes: 0 });
    }
    let index = RowIndex::new(&ids);
    drop(ids);
    count_quotes(&index, &mut rows)?;
    for r in rows.iter().filter(|r| r.person != NO_PERSON) {
        builder.add_quotes(r.person, u64::from(r.quotes));
    }
    let identities = builder.build();
    for r in rows.iter_mut().filter(|r| r.person != NO_PERSON) {
        r.person = identities.of(r.person).unwrap_or(NO_PERSON);
    }
    Ok(Loaded { rows, index, ids: identities })
}

/// Quote counts per row from the `quotes(speaker)` index alone.
fn quotes_per_row(conn: &Connection, index: &RowIndex, rows: &mut [Row]) -> Result<()> {
    let mut stmt = conn.prepare("SELECT speaker, count(*) FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker")?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        if let Some(i) = index.get(r.get(0)?) {
            rows[i].quotes = u32::try_from(r.get::<_, i64>(1)?.max(0)).unwrap_or(u32::MAX);
        }
    }
    Ok(())
}

#[derive(Default)]
struct PersonAgg {
    articles: FastSet<i64>,
    outlets: FastSet<u32>,
    roles: FastMap<String, (String, u64)>,
}

/// Articles a query looks at: a date range and an outlet; [`Filter::default`] is the whole corpus.
///
/// People keep their corpus-wide identity and gender under a filter; only the
/// articles (and so the quotes, stories and groups) counted change.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filter {
    /// Only articles dated on or after this `YYYY[-MM[-DD]]` (undated articles drop out).
    pub from: Option<String>,
    /// Only articles dated on or before this `YYYY[-MM[-DD]]` (undated articles drop out).
    pub to: Option<String>,
    /// Only this outlet (case-insensitive).
    pub outlet: Option<String>,
}

impl Filter {
    /// True when the filter keeps every article.
    pub fn is_all(&self) -> bool {
        self.from.is_none() && self.to.is_none() && self.outlet.is_none()
    }

    /// Checks the dates (see [`crate::search::valid_date`]); fails with [`StoreError::Query`].
    pub fn check(&self) -> Result<()> {
        for (name, d) in [("from", &self.from), ("to", &self.to)] {
            if let Some(d) = d.as_deref().filter(|d| !crate::search::valid_date(d)) {
                return Err(StoreError::Query(format!("{name} {d:?} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")));
            }
        }
        Ok(())
    }

    /// `SELECT id, outlet, month FROM articles` with this filter's conditions (parameters 1-3).
    fn articles_sql(&self) -> &'static str {
        if self.is_all() {
            "SELECT id, outlet, month FROM articles WHERE ?1 IS NULL AND ?2 IS NULL AND ?3 IS NULL"
        } else {
            "SELECT id, outlet, month FROM articles
             WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2 || '~') AND (?3 IS NULL OR outlet = ?3 COLLATE NOCASE)"
        }
    }

    /// This filter's conditions on articles `a` (parameters 1-3, as [`Filter::params`]).
    fn articles_where(&self) -> &'static str {
        "(?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2 || '~') AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)"
    }

    fn params(&self) -> [&Option<String>; 3] {
        [&self.from, &self.to, &self.outlet]
    }
}

/// Every person quoted, most quoted first: one entry per corpus-wide identity ([`crate::identity`]).
pub fn speakers(conn: &Connection) -> Result<Vec<Person>> {
    speakers_in(conn, &Filter::default())
}

/// [`speakers`] over the articles of `filter`: articles, quotes, outlets and roles count only
/// those articles; a person quoted in none of them is left out. Fails on a bad date.
pub fn speakers_in(conn: &Connection, filter: &Filter) -> Result<Vec<Person>> {
    filter.check()?;
    let loaded = load_rows(conn, true, |index, rows| quotes_per_row(conn, index, rows))?;
    let mut quotes_in: Vec<u64> = vec![0; loaded.ids.list.len()];
    let mut aggs: Vec<PersonAgg> = (0..loaded.ids.list.len()).map(|_| PersonAgg::default()).collect();
    // article -> outlet, interned
    let mut outlet_of: FastMap<i64, u32> = FastMap::default();
    {
        let mut outlets: FastMap<String, u32> = FastMap::default();
        let mut stmt = conn.prepare(filter.articles_sql())?;
        let mut q = stmt.query(filter.params())?;
        while let Some(r) = q.next()? {
            let name = r.get_ref(1)?.as_str().unwrap_or("");
            let n = outlets.len() as u32;
            let o = match outlets.get(name) {
                Some(&o) => o,
                None => *outlets.entry(name.to_string()).or_insert(n),
            };
            outlet_of.insert(r.get(0)?, o);
        }
    }
    for row in &loaded.rows {
        let Some(a) = aggs.get_mut(row.person as usize) else { continue };
        let Some(&outlet) = outlet_of.get(&row.article) else { continue };
        a.articles.insert(row.article);
        a.outlets.insert(outlet);
        if let Some(n) = quotes_in.get_mut(row.person as usize) {
            *n += u64::from(row.quotes);
        }
    }
    {
        let mut stmt = conn.prepare("SELECT speaker, title, organization FROM roles")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let Some(i) = loaded.index.get(r.get(0)?) else { continue };
            let Some(row) = loaded.rows.get(i).filter(|row| outlet_of.contains_key(&row.article)) else { continue };
            let Some(a) = aggs.get_mut(row.person as usize) else { continue };
            let title: String = r.get(1)?;
            let org: Option<String> = r.get(2)?;
            let shown = match &org {
                Some(o) => format!("{title}, {o}"),
                None => title,
            };
            a.roles.entry(shown.to_lowercase()).or_insert_with(|| (shown, 0)).1 += 1;
        }
    }
    let mut out: Vec<Person> = loaded
        .ids
        .list
        .into_iter()
        .zip(aggs)
        .zip(quotes_in)
        .filter(|((_, a), _)| !a.articles.is_empty())
        .map(|((id, a), quotes_in)| {
            let mut roles: Vec<(String, u64)> = a.roles.into_values().collect();
            roles.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            Person {
                name: id.name,
                key: id.key,
                kind: "person".into(),
                gender: id.gender.to_string(),
                gender_evidence: id.gender_evidence.to_string(),
                articles: a.articles.len() as u64,
                quotes: if filter.is_all() { id.quotes } else { quotes_in },
                outlets: a.outlets.len() as u64,
                roles: roles.into_iter().map(|r| r.0).collect(),
                aliases: id.aliases,
            }
        })
        .collect();
    out.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(b.articles.cmp(&a.articles)).then(a.key.cmp(&b.key)));
    Ok(out)
}

/// The kinds of source a speaker row has (the record's `speakers[].kind`).
pub const KINDS: &[&str] = &["person", "organization", "group", "anonymous", "document"];

/// The sources of one `kind` over the articles of `filter`, most quoted first: people as
/// [`speakers_in`] gives them; other kinds one entry per normalized name (`key`), named by
/// their most used spelling, with gender `unknown` (evidence `none`) and no roles.
///
/// Fails on a bad date or a kind not in [`KINDS`].
pub fn sources_in(conn: &Connection, filter: &Filter, kind: &str) -> Result<Vec<Person>> {
    sources_of_classes(conn, filter, kind, &[])
}

/// [`sources_in`] counting only quotes of `classes` (empty: all): a source with no such quote
/// in the filter's articles is left out, and articles, quotes, outlets and roles count only
/// the speaker rows with one. People come from [`Tally::load_classes`], as `stats --class`
/// counts them. Fails on a bad date or a kind not in [`KINDS`].
pub fn sources_of_classes(conn: &Connection, filter: &Filter, kind: &str, classes: &[whosaid::QuoteClass]) -> Result<Vec<Person>> {
    filter.check()?;
    if kind == "person" {
        return match classes {
            [] => speakers_in(conn, filter),
            _ => Tally::load_classes(conn, classes)?.people(filter),
        };
    }
    if !KINDS.contains(&kind) {
        return Err(StoreError::Invalid(format!("kind must be one of {}, not {kind:?}", KINDS.join(", "))));
    }
    #[derive(Default)]
    struct Source {
        names: FastMap<String, u64>,
        articles: FastSet<i64>,
        outlets: FastSet<String>,
        quotes: u64,
    }
    let mut by_key: FastMap<String, Source> = FastMap::default();
    let list = crate::schema::class_list(classes);
    let class = match list {
        Some(_) => format!(" AND {}", crate::schema::class_filter_sql(crate::schema::has_class_column(conn), 5)),
        None => String::new(),
    };
    let mut stmt = conn.prepare(&format!(
        "SELECT s.article, s.norm, s.name, a.outlet, (SELECT count(*) FROM quotes q WHERE q.speaker = s.id{class})
         FROM speakers s JOIN articles a ON a.id = s.article
         WHERE s.kind = ?4 AND {}",
        filter.articles_where()
    ))?;
    let [from, to, outlet] = filter.params();
    let mut rows = match &list {
        None => stmt.query(rusqlite::params![from, to, outlet, kind])?,
        Some(l) => stmt.query(rusqlite::params![from, to, outlet, kind, l])?,
    };
    while let Some(r) = rows.next()? {
        let quotes = r.get::<_, i64>(4)?.max(0) as u64;
        if list.is_some() && quotes == 0 {
            continue;
        }
        let name: String = r.get(2)?;
        let norm: String = r.get(1)?;
        let key = if norm.is_empty() { name.to_lowercase() } else { norm };
        let src = by_key.entry(key).or_default();
        *src.names.entry(name).or_default() += 1;
        src.articles.insert(r.get(0)?);
        src.outlets.insert(r.get(3)?);
        src.quotes += quotes;
    }
    let mut out: Vec<Person> = by_key
        .into_iter()
        .filter(|(_, s)| s.quotes > 0)
        .map(|(key, s)| {
            let mut aliases: Vec<Alias> = s.names.into_iter().map(|(name, count)| Alias { name, count }).collect();
            aliases.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
            Person {
                name: aliases.first().map(|a| a.name.clone()).unwrap_or_else(|| key.clone()),
                key,
                kind: kind.to_string(),
                gender: "unknown".into(),
                gender_evidence: "none".into(),
                articles: s.articles.len() as u64,
                quotes: s.quotes,
                outlets: s.outlets.len() as u64,
                roles: Vec::new(),
                aliases,
            }
        })
        .collect();
    out.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(b.articles.cmp(&a.articles)).then(a.key.cmp(&b.key)));
    Ok(out)
}

/// How `stats` groups articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    /// By outlet.
    Outlet,
    /// By `YYYY-MM` ("unknown" when undated).
    Month,
    /// By quoted person.
    Speaker,
}

impl std::str::FromStr for GroupBy {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "outlet" => Ok(GroupBy::Outlet),
            "month" => Ok(GroupBy::Month),
            "speaker" => Ok(GroupBy::Speaker),
            _ => Err(StoreError::Invalid(format!("--by must be outlet, month or speaker, not {s:?}"))),
        }
    }
}

/// A person and how often they were quoted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopPerson {
    /// Their name.
    pub name: String,
    /// Quotes in the group.
    pub quotes: u64,
}

/// One group's numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatsRow {
    /// The outlet, month or person.
    pub key: String,
    /// Articles in the group.
    pub articles: u64,
    /// Quotes in them.
    pub quotes: u64,
    /// Distinct sources quoted (people, organizations, groups... by kind and normalized name).
    pub sources: u64,
    /// Quoted people, each counted once per story.
    pub people: u64,
    /// Of them, women.
    pub women: u64,
    /// Of them, men.
    pub men: u64,
    /// Of them, of unknown gender.
    pub unknown: u64,
    /// `women / people` (0 when no people).
    pub share_women: f64,
    /// `men / people`.
    pub share_men: f64,
    /// `unknown / people`.
    pub share_unknown: f64,
    /// For `--by speaker`: outlets that quote the person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlets: Option<u64>,
    /// The most quoted people in the group (at most 5).
    pub top: Vec<TopPerson>,
}

/// Corpus totals plus grouped rows: the output of `whosaid stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Articles stored.
    pub articles: u64,
    /// Quotes stored.
    pub quotes: u64,
    /// Distinct sources (kind + normalized name) across the corpus.
    pub speakers: u64,
    /// Distinct quoted people across the corpus.
    pub people: u64,
    /// Stories: articles with their reprints counted once.
    pub stories: u64,
    /// Corpus-wide shares of women, men and unknown among quoted people (per story).
    pub share_women: f64,
    /// See `share_women`.
    pub share_men: f64,
    /// See `share_women`.
    pub share_unknown: f64,
    /// The grouping: "outlet", "month" or "speaker".
    pub by: String,
    /// One row per group, most articles first (most quotes for speakers).
    pub rows: Vec<StatsRow>,
}

fn h(s: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(s.as_bytes())
}

/// Marks a source id as a person (identity index below it); other sources are hashes without it.
const PERSON_BIT: u64 = 1 << 63;

/// Source-diversity statistics grouped by outlet, month or speaker.
///
/// People are corpus-wide identities ([`crate::identity`]): counted once per
/// story and group, always with their one gender.
pub fn stats(conn: &Connection, by: GroupBy) -> Result<Stats> {
    stats_in(conn, by, &Filter::default())
}

/// [`stats`] over the articles of `filter`: totals and groups count only those articles (a
/// story is in when one of its articles is); people keep their corpus-wide identity and
/// gender. Fails on a bad date.
///
/// Reads the whole corpus each time ([`Tally::load`]); to count several slices, load a
/// [`Tally`] once and call [`Tally::stats`].
pub fn stats_in(conn: &Connection, by: GroupBy, filter: &Filter) -> Result<Stats> {
    filter.check()?;
    Tally::load(conn)?.stats(by, filter)
}

/// [`stats_in`] counting only quotes of `classes` (empty: all; see [`Tally::load_classes`]).
pub fn stats_of_classes(conn: &Connection, by: GroupBy, filter: &Filter, classes: &[whosaid::QuoteClass]) -> Result<Stats> {
    filter.check()?;
    Tally::load_classes(conn, classes)?.stats(by, filter)
}

/// The rows as CSV (header first); the top people as "Name (n); Name (n)".
pub fn to_csv(s: &Stats) -> String {
    let esc = |v: &str| {
        if v.contains([',', '"', '\n']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.to_string()
        }
    };
    let mut out = String::from(
        "key,articles,quotes,sources,people,women,men,unknown,share_women,share_men,share_unknown,outlets,top\n",
    );
    for r in &s.rows {
        let top: Vec<String> = r.top.iter().map(|t| format!("{} ({})", t.name, t.quotes)).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            esc(&r.key),
            r.articles,
            r.quotes,
            r.sources,
            r.people,
            r.women,
            r.men,
            r.unknown,
            r.share_women,
            r.share_men,
            r.share_unknown,
            r.outlets.map(|o| o.to_string()).unwrap_or_default(),
            esc(&top.join("; "))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn row_index_finds_dense_and_sparse_ids() {
        let dense = RowIndex::new(&[5, 6, 8, 7]);
        assert!(matches!(dense, RowIndex::Dense { .. }));
        assert_eq!([4, 5, 6, 7, 8, 9].map(|id| dense.get(id)), [None, Some(0), Some(1), Some(3), Some(2), None]);
        let sparse = RowIndex::new(&[i64::MIN, 0, i64::MAX]);
        assert!(matches!(sparse, RowIndex::Sparse(_)));
        assert_eq!([i64::MIN, 0, i64::MAX, 1].map(|id| sparse.get(id)), [Some(0), Some(1), Some(2), None]);
        assert_eq!(RowIndex::new(&[]).get(1), None);
    }
}
