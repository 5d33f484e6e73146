//! [`Corpus`]: the store as the statistics read it ([`read`]): articles by day with their outlet,
//! month, story and quote count, speaker rows grouped by article, corpus-wide identities, and
//! people's role rows. [`super::tally`] lays it out by day.

use super::{load_rows, NO_PERSON};
use crate::error::Result;
use crate::identity::Identities;
use rusqlite::Connection;
use whosaid::fasthash::FastMap;

/// "No value" in the interned columns of [`Art`].
const NONE: u32 = u32::MAX;

/// Interns `v` into `list` through `index`.
fn intern(v: &str, list: &mut Vec<String>, index: &mut FastMap<String, u32>) -> u32 {
    if let Some(&i) = index.get(v) {
        return i;
    }
    list.push(v.to_string());
    index.insert(v.to_string(), (list.len() - 1) as u32);
    (list.len() - 1) as u32
}

/// One stored article as the statistics see it.
pub(super) struct Art {
    /// Index into [`Corpus::outlets`].
    pub(super) outlet: u32,
    /// Index into [`Corpus::months`] (whose names include "unknown" for undated articles).
    pub(super) month: u32,
    /// The day: 0 undated, else 1 + the index of its date in [`Corpus::dates`].
    pub(super) day: u32,
    /// The story (reprint cluster root, else the article itself), as a dense index.
    pub(super) story: u32,
    /// Quotes of the article (with or without a speaker).
    pub(super) quotes: u32,
    /// Its speaker rows: `Corpus::rows[first_row..first_row + n_rows]`.
    pub(super) first_row: u32,
    pub(super) n_rows: u32,
}

/// One speaker row: its person or other source, and its quotes.
#[derive(Clone, Copy)]
pub(super) struct SpeakerRow {
    /// Identity (index into [`Identities::list`]), or [`NO_PERSON`].
    pub(super) person: u32,
    /// The source as a dense id: the identity for a person, else the identity count plus
    /// the index of its kind and normalized name.
    pub(super) source: u32,
    pub(super) quotes: u32,
}

/// The corpus as read from the store, articles in date order.
pub(super) struct Corpus {
    /// Articles by day, in row-id order within a day.
    pub(super) arts: Vec<Art>,
    pub(super) outlets: Vec<String>,
    /// Month names, "unknown" standing for undated articles.
    pub(super) months: Vec<String>,
    /// Distinct dates in text order.
    pub(super) dates: Vec<String>,
    /// Speaker rows, grouped by article.
    pub(super) rows: Vec<SpeakerRow>,
    pub(super) ids: Identities,
    /// Per identity: 0 female, 1 male, 2 unknown.
    pub(super) gender: Vec<u8>,
    /// Articles per story (a story of one article needs no memory of its pairs).
    pub(super) story_size: Vec<u32>,
    /// Distinct sources (the range of the dense ids).
    pub(super) sources: u32,
    /// People's role rows by person, role and day (emptied once the scopes have them).
    pub(super) roles: Vec<RoleRow>,
    /// Roles as shown ("title, organization"), interned.
    pub(super) shown: Vec<String>,
    /// Identity key -> identity.
    pub(super) by_key: FastMap<String, u32>,
}

/// One row of the `roles` table, for [`Tally::people`].
pub(super) struct RoleRow {
    pub(super) person: u32,
    /// The role as shown, lowercased (index into [`Corpus::shown`]).
    pub(super) key: u32,
    pub(super) day: u32,
    pub(super) outlet: u32,
    /// Its place in the table: among a slice's rows of one role, the first gives its spelling.
    pub(super) order: u32,
    /// The role as shown (index into [`Corpus::shown`]).
    pub(super) shown: u32,
}

impl Corpus {
    pub(super) fn rows_of(&self, a: &Art) -> &[SpeakerRow] {
        let start = a.first_row as usize;
        self.rows.get(start..start + a.n_rows as usize).unwrap_or(&[])
    }

    pub(super) fn gender_of(&self, person: u32) -> usize {
        usize::from(self.gender.get(person as usize).copied().unwrap_or(2))
    }
}

/// Reads the corpus from the store: stories, articles by day, speaker rows with their quotes,
/// identities. Fails when the store cannot be read.
///
/// `classes` keeps only quotes of those classes (empty: all): speaker rows with no such quote
/// drop out, so sources and people count only who said something of that kind.
pub(super) fn read(conn: &Connection, classes: &[whosaid::QuoteClass]) -> Result<Corpus> {
    let story = crate::reprints::stories(conn)?;
    let (mut outlets, mut months, mut dates) = (Vec::new(), Vec::new(), Vec::new());
    let (mut outlet_ix, mut month_ix, mut date_ix) = (FastMap::default(), FastMap::default(), FastMap::default());
    let mut arts = Vec::new();
    let mut art_of: FastMap<i64, u32> = FastMap::default();
    let mut story_ix: FastMap<i64, u32> = FastMap::default();
    let mut story_size: Vec<u32> = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT id, outlet, month, date FROM articles ORDER BY id")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let id: i64 = r.get(0)?;
            let outlet = intern(r.get_ref(1)?.as_str().unwrap_or(""), &mut outlets, &mut outlet_ix);
            let month = r.get_ref(2)?.as_str_or_null().ok().flatten().unwrap_or("unknown");
            let month = intern(month, &mut months, &mut month_ix);
            let date = match r.get_ref(3)?.as_str_or_null().ok().flatten() {
                Some(d) => intern(d, &mut dates, &mut date_ix),
                None => NONE,
            };
            art_of.insert(id, arts.len() as u32);
            let root = story.get(&id).copied().unwrap_or(id);
            let n = story_ix.len() as u32;
            let story = *story_ix.entry(root).or_insert(n);
            if story == n {
                story_size.push(0);
            }
            if let Some(s) = story_size.get_mut(story as usize) {
                *s += 1;
            }
            arts.push(Art { outlet, month, day: date, story, quotes: 0, first_row: 0, n_rows: 0 });
        }
    }
    drop(story);
    drop(story_ix);
    let loaded = load_rows(conn, false, |index, rows| {
        let list = crate::schema::class_list(classes);
        let sql = match &list {
            None => "SELECT article, speaker FROM quotes".to_string(),
            Some(_) => {
                let column = crate::schema::has_class_column(conn);
                format!("SELECT q.article, q.speaker FROM quotes q WHERE {}", crate::schema::class_filter_sql(column, 1))
            }
        };
        let mut stmt = conn.prepare(&sql)?;
        let mut q = match &list {
            None => stmt.query([])?,
            Some(l) => stmt.query([l])?,
        };
        while let Some(r) = q.next()? {
            if let Some(a) = art_of.get(&r.get(0)?).and_then(|&a| arts.get_mut(a as usize)) {
                a.quotes = a.quotes.saturating_add(1);
            }
            if let Some(i) = r.get::<_, Option<i64>>(1)?.and_then(|s| index.get(s)) {
                rows[i].quotes = rows[i].quotes.saturating_add(1);
            }
        }
        Ok(())
    })?;
    // Days: dates in text order, after day 0 for undated articles.
    let mut order: Vec<u32> = (0..dates.len() as u32).collect();
    order.sort_by(|&a, &b| dates[a as usize].cmp(&dates[b as usize]));
    let mut day_of = vec![0u32; dates.len()];
    for (rank, &d) in order.iter().enumerate() {
        day_of[d as usize] = rank as u32 + 1;
    }
    let dates: Vec<String> = order.iter().map(|&d| std::mem::take(&mut dates[d as usize])).collect();
    for a in &mut arts {
        a.day = day_of.get(a.day as usize).copied().unwrap_or(0);
    }
    // Articles by day (a stable sort keeps row-id order within a day).
    let mut by_day: Vec<u32> = (0..arts.len() as u32).collect();
    by_day.sort_by_key(|&i| arts[i as usize].day);
    let mut new_ix = vec![0u32; arts.len()];
    for (new, &old) in by_day.iter().enumerate() {
        new_ix[old as usize] = new as u32;
    }
    // Speaker rows grouped by article (a stable sort keeps their order within one).
    let n_ids = loaded.ids.list.len() as u32;
    let mut other: FastMap<u64, u32> = FastMap::default();
    let mut by_art: Vec<(u32, SpeakerRow)> = Vec::with_capacity(loaded.rows.len());
    for r in &loaded.rows {
        let Some(&a) = art_of.get(&r.article) else { continue };
        if !classes.is_empty() && r.quotes == 0 {
            continue;
        }
        let source = if r.person == NO_PERSON {
            let n = other.len() as u32;
            n_ids.saturating_add(*other.entry(r.source).or_insert(n))
        } else {
            r.person
        };
        by_art.push((new_ix[a as usize], SpeakerRow { person: r.person, source, quotes: r.quotes }));
    }
    let sources = n_ids.saturating_add(other.len() as u32);
    drop(other);
    // People's role rows, by person, role and day.
    let (mut shown, mut shown_ix) = (Vec::new(), FastMap::default());
    let mut roles: Vec<RoleRow> = Vec::new();
    {
        let mut stmt = conn.prepare("SELECT speaker, title, organization FROM roles")?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let Some(row) = loaded.index.get(r.get(0)?).and_then(|i| loaded.rows.get(i)) else { continue };
            let Some(art) = art_of.get(&row.article).and_then(|&a| arts.get(a as usize)) else { continue };
            // Under a class filter, only the roles of rows that said something of those classes.
            if row.person == NO_PERSON || (!classes.is_empty() && row.quotes == 0) {
                continue;
            }
            let title: String = r.get(1)?;
            let text = match r.get::<_, Option<String>>(2)? {
                Some(o) => format!("{title}, {o}"),
                None => title,
            };
            let key = intern(&text.to_lowercase(), &mut shown, &mut shown_ix);
            let spelled = intern(&text, &mut shown, &mut shown_ix);
            let order = roles.len() as u32;
            roles.push(RoleRow { person: row.person, key, day: art.day, outlet: art.outlet, order, shown: spelled });
        }
    }
    roles.sort_by_key(|r| (r.person, r.key, r.day, r.order));
    drop(shown_ix);
    drop(art_of);
    let mut arts: Vec<Art> = {
        let mut slots: Vec<Option<Art>> = arts.into_iter().map(Some).collect();
        by_day.iter().filter_map(|&i| slots[i as usize].take()).collect()
    };
    by_art.sort_by_key(|(a, _)| *a);
    let mut rows = Vec::with_capacity(by_art.len());
    for (i, (a, row)) in by_art.into_iter().enumerate() {
        if let Some(art) = arts.get_mut(a as usize) {
            if art.n_rows == 0 {
                art.first_row = i as u32;
            }
            art.n_rows += 1;
        }
        rows.push(row);
    }
    let gender = loaded
        .ids
        .list
        .iter()
        .map(|i| match i.gender {
            "female" => 0,
            "male" => 1,
            _ => 2,
        })
        .collect();
    let by_key = loaded.ids.list.iter().enumerate().map(|(i, id)| (id.key.clone(), i as u32)).collect();
    Ok(Corpus { arts, outlets, months, dates, rows, ids: loaded.ids, gender, story_size, sources, roles, shown, by_key })
}
