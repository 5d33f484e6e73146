//! [`Scan`]: the statistics as they were counted before [`super::Tally`] laid the corpus out
//! day by day: one pass over the slice's articles with a set insertion per speaker row. Kept
//! for the tests, as the reference the day-by-day counts must equal for every slice.

use super::{load_rows, GroupBy, Stats, StatsRow, TopPerson, NO_PERSON};
use crate::error::Result;
use crate::identity::Identities;
use crate::stats::Filter;
use rusqlite::Connection;
use whosaid::fasthash::{FastMap, FastSet};

/// "No value" in the interned columns of [`Art`].
const NONE: u32 = u32::MAX;

/// One group's counts: the distinct sources, (story, person) pairs and outlets by dense id.
#[derive(Default)]
struct Acc {
    articles: u64,
    quotes: u64,
    sources: FastSet<u32>,
    /// (story, identity).
    people: FastSet<(u32, u32)>,
    /// Identity -> quotes.
    top: FastMap<u32, u64>,
    outlets: FastSet<u32>,
}

/// `n` over `d` to four decimals (0 when `d` is 0).
fn share(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        (n as f64 / d as f64 * 10000.0).round() / 10000.0
    }
}

/// Women, men and unknown among (story, identity) pairs, each identity with its one gender.
fn counts<'a>(people: impl Iterator<Item = &'a (u32, u32)>, ids: &Identities) -> (u64, u64, u64) {
    let (mut w, mut m, mut u) = (0, 0, 0);
    for (_, p) in people {
        match ids.list.get(*p as usize).map(|i| i.gender) {
            Some("female") => w += 1,
            Some("male") => m += 1,
            _ => u += 1,
        }
    }
    (w, m, u)
}

/// Marks the first sighting of `i` in `seen`; true when it is the first.
fn first(seen: &mut [bool], i: u32) -> bool {
    match seen.get_mut(i as usize) {
        Some(s) if !*s => {
            *s = true;
            true
        }
        _ => false,
    }
}

/// One stored article as the statistics see it.
struct Art {
    /// Index into [`Scan::outlets`].
    outlet: u32,
    /// Index into [`Scan::months`], or [`NONE`].
    month: u32,
    /// Index into [`Scan::dates`], or [`NONE`].
    date: u32,
    /// The story (reprint cluster root, else the article itself), as a dense index.
    story: u32,
    /// Quotes of the article (with or without a speaker).
    quotes: u32,
    /// Its speaker rows: `Scan::rows[first_row..first_row + n_rows]`.
    first_row: u32,
    n_rows: u32,
}

/// One speaker row: its person or other source, and its quotes.
#[derive(Clone, Copy)]
struct SpeakerRow {
    /// Identity (index into [`Identities::list`]), or [`NO_PERSON`].
    person: u32,
    /// The source as a dense id: the identity for a person, else the identity count plus
    /// the index of its kind and normalized name.
    source: u32,
    quotes: u32,
}

/// The corpus as the statistics count it; [`Scan::load`] reads it, [`Scan::stats`] counts a slice.
pub struct Scan {
    /// Articles in row-id order (the order `SELECT ... FROM articles` gives).
    arts: Vec<Art>,
    outlets: Vec<String>,
    months: Vec<String>,
    dates: Vec<String>,
    /// Speaker rows, grouped by article.
    rows: Vec<SpeakerRow>,
    ids: Identities,
    /// Distinct stories and sources (the ranges of the dense ids).
    stories: u32,
    sources: u32,
}

/// Interns `v` into `list` through `index`.
fn intern(v: &str, list: &mut Vec<String>, index: &mut FastMap<String, u32>) -> u32 {
    if let Some(&i) = index.get(v) {
        return i;
    }
    list.push(v.to_string());
    index.insert(v.to_string(), (list.len() - 1) as u32);
    (list.len() - 1) as u32
}

impl Scan {
    /// Reads the corpus: stories, articles, speaker rows with their quotes, identities.
    /// Fails when the store cannot be read.
    pub fn load(conn: &Connection) -> Result<Scan> {
        let story = crate::reprints::stories(conn)?;
        let (mut outlets, mut months, mut dates) = (Vec::new(), Vec::new(), Vec::new());
        let (mut outlet_ix, mut month_ix, mut date_ix) = (FastMap::default(), FastMap::default(), FastMap::default());
        let mut arts = Vec::new();
        let mut art_of: FastMap<i64, u32> = FastMap::default();
        let mut story_ix: FastMap<i64, u32> = FastMap::default();
        {
            let mut stmt = conn.prepare("SELECT id, outlet, month, date FROM articles ORDER BY id")?;
            let mut q = stmt.query([])?;
            while let Some(r) = q.next()? {
                let id: i64 = r.get(0)?;
                let outlet = intern(r.get_ref(1)?.as_str().unwrap_or(""), &mut outlets, &mut outlet_ix);
                let month = match r.get_ref(2)?.as_str_or_null().ok().flatten() {
                    Some(m) => intern(m, &mut months, &mut month_ix),
                    None => NONE,
                };
                let date = match r.get_ref(3)?.as_str_or_null().ok().flatten() {
                    Some(d) => intern(d, &mut dates, &mut date_ix),
                    None => NONE,
                };
                art_of.insert(id, arts.len() as u32);
                let root = story.get(&id).copied().unwrap_or(id);
                let n = story_ix.len() as u32;
                let story = *story_ix.entry(root).or_insert(n);
                arts.push(Art { outlet, month, date, story, quotes: 0, first_row: 0, n_rows: 0 });
            }
        }
        drop(story);
        let stories = story_ix.len() as u32;
        drop(story_ix);
        let loaded = load_rows(conn, false, |index, rows| {
            let mut stmt = conn.prepare("SELECT article, speaker FROM quotes")?;
            let mut q = stmt.query([])?;
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
        // Speaker rows grouped by article (a stable sort keeps their order within one).
        let n_ids = loaded.ids.list.len() as u32;
        let mut other: FastMap<u64, u32> = FastMap::default();
        let mut by_art: Vec<(u32, SpeakerRow)> = Vec::with_capacity(loaded.rows.len());
        for r in &loaded.rows {
            let Some(&a) = art_of.get(&r.article) else { continue };
            let source = if r.person == NO_PERSON {
                let n = other.len() as u32;
                n_ids.saturating_add(*other.entry(r.source).or_insert(n))
            } else {
                r.person
            };
            by_art.push((a, SpeakerRow { person: r.person, source, quotes: r.quotes }));
        }
        let sources = n_ids.saturating_add(other.len() as u32);
        drop(other);
        drop(art_of);
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
        Ok(Scan { arts, outlets, months, dates, rows, ids: loaded.ids, stories, sources })
    }

    /// True when article `a` is in the slice: dated within it (compared as text, like the
    /// SQL of a [`Filter`]) and of its outlet (ASCII case-insensitive, like `COLLATE NOCASE`).
    fn keeps(&self, a: &Art, filter: &Filter, to: Option<&str>) -> bool {
        let date = self.dates.get(a.date as usize).map(String::as_str);
        filter.from.as_deref().is_none_or(|f| date.is_some_and(|d| d >= f))
            && to.is_none_or(|t| date.is_some_and(|d| d <= t))
            && filter.outlet.as_deref().is_none_or(|o| self.outlets.get(a.outlet as usize).is_some_and(|n| n.eq_ignore_ascii_case(o)))
    }

    /// Source-diversity statistics grouped by `by` over the articles of `filter` (see
    /// [`super::stats_in`]); fails on a bad date.
    pub fn stats(&self, by: GroupBy, filter: &Filter) -> Result<Stats> {
        filter.check()?;
        let to = filter.to.as_ref().map(|t| format!("{t}~"));
        let ids = &self.ids;
        let mut keys: Vec<String> = Vec::new();
        let mut key_ix: FastMap<String, u32> = FastMap::default();
        let mut accs: Vec<Acc> = Vec::new();
        if by == GroupBy::Speaker {
            keys = ids.list.iter().map(|i| i.name.clone()).collect();
            accs = (0..keys.len()).map(|_| Acc::default()).collect();
        }
        let mut articles = 0u64;
        let mut total_quotes = 0u64;
        let (mut n_stories, mut n_sources, mut n_people) = (0u64, 0u64, 0u64);
        let mut stories_seen = vec![false; self.stories as usize];
        let mut sources_seen = vec![false; self.sources as usize];
        let mut people_seen = vec![false; ids.list.len()];
        // Pairs as tuples: the fast hasher spreads only the low bits of one integer into the
        // table index, so `story << 32 | identity` put every pair of one identity in one bucket.
        let mut all_people: FastSet<(u32, u32)> = FastSet::default();
        let mut speaker_articles: FastSet<(u32, u32)> = FastSet::default();
        for (ai, a) in self.arts.iter().enumerate() {
            if !self.keeps(a, filter, to.as_deref()) {
                continue;
            }
            articles += 1;
            total_quotes += u64::from(a.quotes);
            n_stories += u64::from(first(&mut stories_seen, a.story));
            let g_art = match by {
                GroupBy::Outlet => intern(self.outlets.get(a.outlet as usize).map_or("", |s| s), &mut keys, &mut key_ix),
                GroupBy::Month => intern(self.months.get(a.month as usize).map_or("unknown", |s| s), &mut keys, &mut key_ix),
                GroupBy::Speaker => NONE,
            };
            if by != GroupBy::Speaker {
                if accs.len() < keys.len() {
                    accs.push(Acc::default());
                }
                if let Some(acc) = accs.get_mut(g_art as usize) {
                    acc.articles += 1;
                    acc.quotes += u64::from(a.quotes);
                }
            }
            let story = a.story;
            let start = a.first_row as usize;
            for row in self.rows.get(start..start + a.n_rows as usize).unwrap_or(&[]) {
                let person = (row.person != NO_PERSON).then_some(row.person);
                let src = row.source;
                n_sources += u64::from(first(&mut sources_seen, src));
                if let Some(p) = person {
                    n_people += u64::from(first(&mut people_seen, p));
                    all_people.insert((story, p));
                }
                let g = match (by, person) {
                    (GroupBy::Speaker, Some(p)) => p,
                    (GroupBy::Speaker, None) => continue,
                    _ => g_art,
                };
                let Some(acc) = accs.get_mut(g as usize) else { continue };
                if by == GroupBy::Speaker {
                    if speaker_articles.insert((g, ai as u32)) {
                        acc.articles += 1;
                    }
                    acc.outlets.insert(a.outlet);
                    acc.quotes += u64::from(row.quotes);
                }
                acc.sources.insert(src);
                if let Some(p) = person {
                    acc.people.insert((story, p));
                    if row.quotes > 0 {
                        *acc.top.entry(p).or_default() += u64::from(row.quotes);
                    }
                }
            }
        }
        let display = |p: u32| ids.list.get(p as usize).map(|i| i.name.clone()).unwrap_or_default();
        let mut rows: Vec<StatsRow> = keys
            .into_iter()
            .zip(accs)
            .filter(|(_, a)| by != GroupBy::Speaker || a.articles > 0)
            .map(|(key, a)| {
                let (w, m, u) = counts(a.people.iter(), ids);
                let people = a.people.len() as u64;
                let mut top: Vec<(u32, u64)> = a.top.into_iter().collect();
                top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
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
                    top: top.into_iter().take(5).map(|(p, q)| TopPerson { name: display(p), quotes: q }).collect(),
                }
            })
            .collect();
        match by {
            GroupBy::Speaker => rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.key.cmp(&b.key))),
            GroupBy::Month => rows.sort_by(|a, b| a.key.cmp(&b.key)),
            GroupBy::Outlet => rows.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.key.cmp(&b.key))),
        }
        let (w, m, u) = counts(all_people.iter(), ids);
        let np = all_people.len() as u64;
        Ok(Stats {
            articles,
            quotes: total_quotes,
            speakers: n_sources,
            people: n_people,
            stories: n_stories,
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
}

#[cfg(test)]
mod tests {
    //! [`super::super::Tally`] against [`Scan`] (and its people against [`crate::speakers_in`])
    //! on a generated store: every grouping over random slices (dates as years, months and
    //! days, open and empty ranges, undated and month-only articles, outlets differing only
    //! in case, reprints on later days, roles spelled in several ways).
    use super::Scan;
    use crate::stats::{Filter, GroupBy, PeoplePage, PeopleSort, Person, Tally};
    use crate::synth::Rng;
    use whosaid::{Article, Gender, GenderEvidence, Quote, QuoteType, Role, Speaker, SpeakerKind};

    const WORDS: &[&str] = &[
        "river", "copper", "lantern", "meadow", "harbor", "pencil", "garden", "window", "thunder", "velvet", "orchard",
        "signal", "marble", "canyon", "feather", "engine", "basket", "island", "ladder", "mirror", "needle", "planet",
    ];

    /// (name, kind, gender): people merged into identities ("Smith" joins the Smith most quoted), and other sources.
    const SOURCES: &[(&str, SpeakerKind, Gender)] = &[
        ("Anna Smith", SpeakerKind::Person, Gender::Female),
        ("Sen. Anna Smith", SpeakerKind::Person, Gender::Female),
        ("Smith", SpeakerKind::Person, Gender::Unknown),
        ("John Berg", SpeakerKind::Person, Gender::Male),
        ("Maria Lopez", SpeakerKind::Person, Gender::Female),
        ("Lee Chen", SpeakerKind::Person, Gender::Unknown),
        ("Omar Haddad", SpeakerKind::Person, Gender::Male),
        ("Ruth Okafor", SpeakerKind::Person, Gender::Female),
        ("the city council", SpeakerKind::Organization, Gender::Unknown),
        ("residents", SpeakerKind::Group, Gender::Unknown),
        ("an official", SpeakerKind::Anonymous, Gender::Unknown),
    ];

    const OUTLETS: &[&str] = &["Gazette", "gazette", "herald", "tribune", "Post"];

    fn words(rng: &mut Rng, n: usize) -> String {
        (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect::<Vec<_>>().join(" ")
    }

    /// A date in 2019-11 .. 2020-03: mostly days, some months only, some undated.
    fn date(rng: &mut Rng) -> Option<String> {
        let (y, m) = [(2019, 11), (2019, 12), (2020, 1), (2020, 2), (2020, 3)][rng.below(5)];
        match rng.below(12) {
            0 => None,
            1 => Some(format!("{y}-{m:02}")),
            _ => Some(format!("{y}-{m:02}-{:02}", 1 + rng.below(28))),
        }
    }

    fn article(i: usize, rng: &mut Rng) -> Article {
        let mut text = format!("{}.\n\n", words(rng, 40));
        let (mut quotes, mut speakers) = (Vec::new(), Vec::<Speaker>::new());
        for q in 0..rng.below(6) {
            let (name, kind, gender) = SOURCES[rng.below(SOURCES.len())];
            let said = format!("We will see about the {} now, said item {i} {q}", words(rng, 2));
            let start = text.chars().count();
            text.push_str(&said);
            let end = text.chars().count();
            text.push_str("\n\n");
            let sid = match speakers.iter().find(|s| s.name == name) {
                Some(s) => s.id.clone(),
                None => {
                    speakers.push(Speaker {
                        id: format!("s{}", speakers.len() + 1),
                        name: name.into(),
                        kind,
                        gender,
                        gender_evidence: if gender == Gender::Unknown { GenderEvidence::None } else { GenderEvidence::Honorific },
                        gender_evidence_text: None,
                        roles: vec![Role {
                            title: ["spokesperson", "Spokesperson", "mayor"][rng.below(3)].into(),
                            organization: [None, Some("City Hall".into()), Some("city hall".into())][rng.below(3)].clone(),
                        }],
                        mentions: vec![],
                    });
                    format!("s{}", speakers.len())
                }
            };
            // Some speakers are named but never quoted.
            let speaker = (rng.below(8) != 0).then_some(sid);
            quotes.push(Quote {
                id: format!("q{}", q + 1),
                kind: QuoteType::Direct,
                class: Default::default(),
                text: said,
                start,
                end,
                cue: None,
                speaker,
                speaker_mention: None,
                addressee: None,
                confidence: 0.9,
            });
        }
        text.push_str(&words(rng, 40));
        Article {
            id: format!("story-{i}"),
            body: text.clone(),
            content: text.clone(),
            text,
            headline: None,
            byline: None,
            published: date(rng),
            url: None,
            site_name: Some(OUTLETS[rng.below(OUTLETS.len())].into()),
            language: None,
            syndication: None,
            furniture: vec![],
            quotes,
            speakers,
            people: vec![],
            entities: vec![],
            warnings: vec![],
        }
    }

    /// The page `ask` of the people `listed` (most quoted first) and how many pass its filters,
    /// as the server paged a whole list before [`Tally::page`]: the list in the asked order
    /// (a stable sort, ties by key), filtered, then skipped and taken.
    fn page_of(listed: &[Person], ask: &PeoplePage) -> (usize, Vec<Person>) {
        let mut order: Vec<&Person> = listed.iter().collect();
        match ask.sort {
            PeopleSort::Quotes => {}
            PeopleSort::Articles => order.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.key.cmp(&b.key))),
            PeopleSort::Outlets => order.sort_by(|a, b| b.outlets.cmp(&a.outlets).then(a.key.cmp(&b.key))),
            PeopleSort::Name => order.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.key.cmp(&b.key))),
        }
        let kept: Vec<&Person> = order
            .into_iter()
            .filter(|p| ask.gender.is_none_or(|g| p.gender == g) && p.quotes >= ask.min_quotes)
            .filter(|p| ask.name.is_none_or(|n| p.name.to_lowercase().contains(n) || p.key.contains(n)))
            .collect();
        (kept.len(), kept.into_iter().skip(ask.offset).take(ask.limit).cloned().collect())
    }

    /// A bound: none, a year, a month or a day around the corpus's dates.
    fn bound(rng: &mut Rng) -> Option<String> {
        let (y, m) = [(2019, 10), (2019, 11), (2019, 12), (2020, 1), (2020, 2), (2020, 3), (2020, 4)][rng.below(7)];
        match rng.below(6) {
            0 => None,
            1 => Some(y.to_string()),
            2 => Some(format!("{y}-{m:02}")),
            _ => Some(format!("{y}-{m:02}-{:02}", 1 + rng.below(28))),
        }
    }

    #[test]
    fn tally_counts_every_slice_as_the_scan_does() -> Result<(), Box<dyn std::error::Error>> {
        let mut rng = Rng::new(12);
        let mut arts: Vec<Article> = (0..900).map(|i| article(i, &mut rng)).collect();
        // Reprints: the same text under another id, outlet and date (often a later day).
        for i in 0..120 {
            let mut re = arts[rng.below(300)].clone();
            re.id = format!("reprint-{i}");
            re.published = date(&mut rng);
            re.site_name = Some(OUTLETS[rng.below(OUTLETS.len())].into());
            arts.push(re);
        }
        let dir = std::env::temp_dir().join(format!("whosaid-tally-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let db = dir.join("tally.db");
        let _ = std::fs::remove_file(&db);
        let mut conn = crate::open(&db)?;
        crate::insert_articles(&mut conn, &arts)?;
        let (scan, tally) = (Scan::load(&conn)?, Tally::load(&conn)?);
        assert!(crate::reprints::stories(&conn)?.len() > 100, "the reprints make stories of several articles");
        let outlets = [None, Some("gazette"), Some("GAZETTE"), Some("herald"), Some("Post"), Some("nowhere"), Some("")];
        let mut filters = vec![Filter::default()];
        for _ in 0..400 {
            let (mut from, mut to) = (bound(&mut rng), bound(&mut rng));
            if rng.below(3) != 0 && from > to {
                std::mem::swap(&mut from, &mut to);
            }
            filters.push(Filter { from, to, outlet: outlets[rng.below(outlets.len())].map(str::to_string) });
        }
        for f in &filters {
            for by in [GroupBy::Outlet, GroupBy::Month, GroupBy::Speaker] {
                assert_eq!(tally.stats(by, f)?, scan.stats(by, f)?, "{by:?} {f:?}");
            }
            let listed = crate::speakers_in(&conn, f)?;
            assert_eq!(tally.people(f)?, listed, "{f:?}");
            let slice = tally.slice(f)?;
            for _ in 0..6 {
                let ask = PeoplePage {
                    gender: [None, Some("female"), Some("male"), Some("unknown"), Some("other")][rng.below(5)],
                    min_quotes: [0, 0, 2][rng.below(3)],
                    name: [None, None, Some("o"), Some("smith")][rng.below(4)],
                    sort: [PeopleSort::Quotes, PeopleSort::Articles, PeopleSort::Outlets, PeopleSort::Name][rng.below(4)],
                    offset: rng.below(4),
                    limit: [1, 3, 1000][rng.below(3)],
                };
                let (total, mut page) = tally.page(&slice, &ask);
                for p in &mut page {
                    p.roles = tally.roles(&p.key, f)?;
                }
                assert_eq!((total, page), page_of(&listed, &ask), "{f:?} {ask:?}");
            }
        }
        let all = tally.stats(GroupBy::Outlet, &Filter::default())?;
        assert!(all.rows.len() == OUTLETS.len() && all.people > 5 && all.stories < all.articles, "{all:?}");
        let everyone = tally.people(&Filter::default())?;
        assert!(everyone.iter().any(|p| p.roles.len() >= 3), "roles in several spellings: {everyone:?}");
        drop(conn);
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }
}
