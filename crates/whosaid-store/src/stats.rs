//! People across the corpus ([`speakers`]) and source-diversity statistics ([`stats`]).
//!
//! A person's corpus-wide identity is the normalized full name
//! ([`crate::derive::norm_name`]): the analyzer already resolves surname-only
//! mentions to the full name within an article, so "Smith" in one story never
//! joins "Anna Smith" or "John Smith" from another. Gender shares count each
//! person once per story, a story being one article and all its reprints.

use crate::error::{Result, StoreError};
use rusqlite::Connection;
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A person quoted somewhere in the corpus.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Person {
    /// The most frequent spelling of the full name.
    pub name: String,
    /// The normalized name that identifies them.
    pub key: String,
    /// Female, male or unknown: the majority of the articles that give evidence.
    pub gender: String,
    /// Articles quoting them.
    pub articles: u64,
    /// Quotes attributed to them.
    pub quotes: u64,
    /// Outlets quoting them.
    pub outlets: u64,
    /// Roles as "title, organization", most frequent first.
    pub roles: Vec<String>,
}

fn majority_gender(f: u64, m: u64) -> &'static str {
    match f.cmp(&m) {
        std::cmp::Ordering::Greater => "female",
        std::cmp::Ordering::Less => "male",
        std::cmp::Ordering::Equal => "unknown",
    }
}

fn top_name(names: &HashMap<String, u64>) -> String {
    let mut v: Vec<(&String, &u64)> = names.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(b.0)));
    v.first().map(|x| x.0.clone()).unwrap_or_default()
}

#[derive(Default)]
struct PersonAgg {
    names: HashMap<String, u64>,
    female: u64,
    male: u64,
    articles: HashSet<i64>,
    quotes: u64,
    outlets: HashSet<String>,
    roles: HashMap<String, (String, u64)>,
}

/// Every person quoted, most quoted first.
pub fn speakers(conn: &Connection) -> Result<Vec<Person>> {
    let mut people: HashMap<String, PersonAgg> = HashMap::new();
    let mut stmt = conn.prepare(
        "SELECT s.norm, s.name, s.gender, s.article, a.outlet,
                (SELECT count(*) FROM quotes q WHERE q.speaker = s.id)
         FROM speakers s JOIN articles a ON a.id = s.article
         WHERE s.kind = 'person' AND s.norm <> ''",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let p = people.entry(r.get(0)?).or_default();
        *p.names.entry(r.get(1)?).or_default() += 1;
        match r.get_ref(2)?.as_str().unwrap_or("") {
            "female" => p.female += 1,
            "male" => p.male += 1,
            _ => {}
        }
        p.articles.insert(r.get(3)?);
        p.outlets.insert(r.get(4)?);
        p.quotes += r.get::<_, i64>(5)?.max(0) as u64;
    }
    let mut stmt = conn.prepare(
        "SELECT s.norm, r.title, r.organization FROM roles r JOIN speakers s ON s.id = r.speaker
         WHERE s.kind = 'person' AND s.norm <> ''",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let norm: String = r.get(0)?;
        let title: String = r.get(1)?;
        let org: Option<String> = r.get(2)?;
        let shown = match &org {
            Some(o) => format!("{title}, {o}"),
            None => title.clone(),
        };
        if let Some(p) = people.get_mut(&norm) {
            let key = shown.to_lowercase();
            p.roles.entry(key).or_insert_with(|| (shown, 0)).1 += 1;
        }
    }
    let mut out: Vec<Person> = people
        .into_iter()
        .map(|(key, p)| {
            let mut roles: Vec<(String, u64)> = p.roles.into_values().collect();
            roles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            Person {
                name: top_name(&p.names),
                key,
                gender: majority_gender(p.female, p.male).to_string(),
                articles: p.articles.len() as u64,
                quotes: p.quotes,
                outlets: p.outlets.len() as u64,
                roles: roles.into_iter().map(|r| r.0).collect(),
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

#[derive(Default)]
struct Acc {
    articles: u64,
    quotes: u64,
    sources: HashSet<u64>,
    people: HashMap<(i64, u64), u8>, // (story, person) -> gender 0 unknown 1 female 2 male
    top: HashMap<u64, u64>,
    outlets: HashSet<u64>,
}

fn gender_code(g: &str) -> u8 {
    match g {
        "female" => 1,
        "male" => 2,
        _ => 0,
    }
}

fn counts(people: &HashMap<(i64, u64), u8>) -> (u64, u64, u64) {
    let (mut w, mut m, mut u) = (0, 0, 0);
    for g in people.values() {
        match g {
            1 => w += 1,
            2 => m += 1,
            _ => u += 1,
        }
    }
    (w, m, u)
}

fn share(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        (n as f64 / d as f64 * 10000.0).round() / 10000.0
    }
}

fn note_person(map: &mut HashMap<(i64, u64), u8>, key: (i64, u64), g: u8) {
    let e = map.entry(key).or_insert(g);
    if *e == 0 {
        *e = g;
    }
}

/// Source-diversity statistics grouped by outlet, month or speaker.
pub fn stats(conn: &Connection, by: GroupBy) -> Result<Stats> {
    let story = crate::reprints::stories(conn)?;
    let story_of = |a: i64| story.get(&a).copied().unwrap_or(a);
    // Article -> (group key, outlet hash).
    let mut art: HashMap<i64, (u32, u64)> = HashMap::new();
    let mut keys: Vec<String> = Vec::new();
    let mut key_ix: HashMap<String, u32> = HashMap::new();
    let mut accs: Vec<Acc> = Vec::new();
    let mut intern = |k: String, keys: &mut Vec<String>, accs: &mut Vec<Acc>| -> u32 {
        *key_ix.entry(k.clone()).or_insert_with(|| {
            keys.push(k);
            accs.push(Acc::default());
            (keys.len() - 1) as u32
        })
    };
    let mut total_articles = 0u64;
    let mut stories_seen: HashSet<i64> = HashSet::new();
    {
        let mut stmt = conn.prepare("SELECT id, outlet, month FROM articles")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let outlet: String = r.get(1)?;
            total_articles += 1;
            stories_seen.insert(story_of(id));
            let g = match by {
                GroupBy::Outlet => intern(outlet.clone(), &mut keys, &mut accs),
                GroupBy::Month => {
                    intern(r.get::<_, Option<String>>(2)?.unwrap_or_else(|| "unknown".into()), &mut keys, &mut accs)
                }
                GroupBy::Speaker => u32::MAX,
            };
            if let Some(a) = accs.get_mut(g as usize) {
                a.articles += 1;
            }
            art.insert(id, (g, h(&outlet)));
        }
    }
    // Speaker rowid -> (group, person hash or 0, source hash).
    let mut spk: HashMap<i64, (u32, u64)> = HashMap::new();
    let mut names: HashMap<u64, HashMap<String, u64>> = HashMap::new();
    let mut all_sources: HashSet<u64> = HashSet::new();
    let mut all_people: HashMap<(i64, u64), u8> = HashMap::new();
    let mut person_keys: HashSet<u64> = HashSet::new();
    {
        let mut stmt = conn.prepare("SELECT id, article, norm, kind, gender, name FROM speakers")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let (sid, article): (i64, i64) = (r.get(0)?, r.get(1)?);
            let norm: String = r.get(2)?;
            let kind: String = r.get(3)?;
            let person = kind == "person" && !norm.is_empty();
            let src = h(&format!("{kind}\u{1}{norm}"));
            all_sources.insert(src);
            let ph = h(&norm);
            let gender = gender_code(r.get_ref(4)?.as_str().unwrap_or(""));
            let Some(&(g_art, outlet)) = art.get(&article) else { continue };
            let st = story_of(article);
            if person {
                person_keys.insert(ph);
                note_person(&mut all_people, (st, ph), gender);
                *names.entry(ph).or_default().entry(r.get(5)?).or_default() += 1;
            }
            let g = if by == GroupBy::Speaker {
                if !person {
                    continue;
                }
                let name: String = r.get(5)?;
                let g = intern(norm.clone(), &mut keys, &mut accs);
                let _ = name;
                if let Some(a) = accs.get_mut(g as usize) {
                    a.articles += 1;
                    a.outlets.insert(outlet);
                }
                g
            } else {
                g_art
            };
            if let Some(a) = accs.get_mut(g as usize) {
                a.sources.insert(src);
                if person {
                    note_person(&mut a.people, (st, ph), gender);
                }
            }
            spk.insert(sid, (g, if person { ph } else { 0 }));
        }
    }
    let mut total_quotes = 0u64;
    {
        let mut stmt = conn.prepare("SELECT article, speaker FROM quotes")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            total_quotes += 1;
            let article: i64 = r.get(0)?;
            let speaker: Option<i64> = r.get(1)?;
            let s = speaker.and_then(|s| spk.get(&s).copied());
            let g = match by {
                GroupBy::Speaker => match s {
                    Some((g, _)) => g,
                    None => continue,
                },
                _ => match art.get(&article) {
                    Some(&(g, _)) => g,
                    None => continue,
                },
            };
            if let Some(a) = accs.get_mut(g as usize) {
                a.quotes += 1;
                if let Some((_, ph)) = s.filter(|s| s.1 != 0) {
                    *a.top.entry(ph).or_default() += 1;
                }
            }
        }
    }
    let display = |ph: u64| names.get(&ph).map(top_name).unwrap_or_default();
    let mut rows: Vec<StatsRow> = keys
        .into_iter()
        .zip(accs)
        .map(|(key, a)| {
            let (w, m, u) = counts(&a.people);
            let people = a.people.len() as u64;
            let mut top: Vec<(u64, u64)> = a.top.into_iter().collect();
            top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            let key = if by == GroupBy::Speaker { display(h(&key)) } else { key };
            StatsRow {
                key,
                articles: a.articles,
                quotes: a.quotes,
                sources: a.sources.len() as u64,
                people,
                women: w,
                men: m,
                unknown: u,
                share_women: share(w, people),
                share_men: share(m, people),
                share_unknown: share(u, people),
                outlets: (by == GroupBy::Speaker).then_some(a.outlets.len() as u64),
                top: top.into_iter().take(5).map(|(ph, q)| TopPerson { name: display(ph), quotes: q }).collect(),
            }
        })
        .collect();
    match by {
        GroupBy::Speaker => rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.key.cmp(&b.key))),
        GroupBy::Month => rows.sort_by(|a, b| a.key.cmp(&b.key)),
        GroupBy::Outlet => rows.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.key.cmp(&b.key))),
    }
    let (w, m, u) = counts(&all_people);
    let np = all_people.len() as u64;
    Ok(Stats {
        articles: total_articles,
        quotes: total_quotes,
        speakers: all_sources.len() as u64,
        people: person_keys.len() as u64,
        stories: stories_seen.len() as u64,
        share_women: share(w, np),
        share_men: share(m, np),
        share_unknown: share(u, np),
        by: match by {
            GroupBy::Outlet => "outlet",
            GroupBy::Month => "month",
            GroupBy::Speaker => "speaker",
        }
        .into(),
        rows,
    })
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
