//! [`Tally`]: what every statistic needs from the whole corpus, read from the store once and
//! laid out day by day, so that statistics over any slice (dates, outlet) take a few lookups
//! per day and group instead of a pass over the slice's speaker rows.
//!
//! Reading the store is what costs: the reprint clusters (stories), every article's outlet and
//! date, every speaker row with its quotes, and the corpus-wide identities built from them
//! (36 s of CPU on a million articles). None of it depends on the slice. [`Tally::load`] then
//! sorts the articles by date, so that a date range is a range of days, and counts, day by
//! day, each [`Group`] a slice can ask about: a [`Scope`] (the whole corpus, or one outlet up
//! to ASCII case), a month within a scope, an outlet:
//!
//! - articles and quotes as prefix sums over the group's days;
//! - each distinct count (stories, sources, people, (story, person) pairs of each gender) as a
//!   [`Distinct`]: the values seen on the range's days, each once a day, less the sightings of
//!   values already seen on an earlier day of the range;
//! - the people's quotes, for the five most quoted, as [`Quoted`]: summed over runs of days and
//!   runs of runs, so that a range is a few runs plus the rows of at most two partial runs.
//!
//! By speaker, each person of a scope is a [`Quotee`]: their articles, quotes and stories day
//! by day, and for each outlet the days it quoted them.
//!
//! [`super::corpus`] reads the store; [`super::days`] holds the counting blocks.

mod people;

pub use people::{PeoplePage, PeopleSort, Slice};

use super::corpus::{read, Art, Corpus, SpeakerRow};
use super::days::{Acc, Distinct, DistinctBuilder, LastSeen, Quoted, RUN};
use super::{GroupBy, Person, Stats, StatsRow, TopPerson, NO_PERSON};
use crate::error::Result;
use crate::stats::Filter;
use rusqlite::Connection;
use std::ops::Range;
use std::sync::OnceLock;
use whosaid::fasthash::FastMap;

/// `n` over `d` to four decimals (0 when `d` is 0).
fn share(n: u64, d: u64) -> f64 {
    if d == 0 {
        0.0
    } else {
        (n as f64 / d as f64 * 10000.0).round() / 10000.0
    }
}

/// The (story, person) pairs of stories with more than one article, by the day (+1) last seen.
#[derive(Default)]
struct Pairs(FastMap<(u32, u32), u32>);

impl Pairs {
    /// As [`LastSeen::see`], for the pair of `person`, seen for the first time in article
    /// `a`, and the article's story (new when the article is alone in its story).
    fn see(&mut self, c: &Corpus, a: &Art, person: u32) -> Option<u32> {
        if c.story_size.get(a.story as usize).is_none_or(|&n| n <= 1) {
            return Some(0);
        }
        match self.0.insert((a.story, person), a.day + 1) {
            Some(d) if d == a.day + 1 => None,
            before => Some(before.unwrap_or(0)),
        }
    }
}

/// What a group counts over a range of days.
#[derive(Default)]
struct Counts {
    articles: u64,
    quotes: u64,
    stories: u64,
    sources: u64,
    people: u64,
    /// (story, person) pairs: women, men, unknown.
    pairs: [u64; 3],
}

/// Some articles (a scope's, an outlet's, a month's) day by day.
struct Group {
    /// Indexes into [`Corpus::arts`], by day.
    arts: Vec<u32>,
    /// The days with articles, ascending.
    days: Vec<u32>,
    /// Per day, where its articles start in `arts` (and the end last).
    starts: Vec<u32>,
    /// Prefix sums of quotes over the days.
    quotes: Vec<u64>,
    /// Prefix sums of speaker rows over the days.
    rows: Vec<u64>,
    stories: Distinct,
    sources: Distinct,
    people: Distinct,
    /// (story, person) pairs: women, men, unknown.
    pairs: [Distinct; 3],
    /// The people's quotes, for the top five.
    quoted: Quoted,
}

/// Reusable memory for building groups.
struct Scratch {
    stories: LastSeen,
    sources: LastSeen,
    people: LastSeen,
    pairs: Pairs,
    in_article: Vec<u32>,
    acc: Acc,
}

impl Group {
    /// Counts the articles `arts` (indexes into `c.arts`, by day); with `top`, also their
    /// people's quotes per run.
    fn new(c: &Corpus, arts: Vec<u32>, top: bool, s: &mut Scratch) -> Group {
        let (mut days, mut starts, mut quotes, mut n_rows) = (Vec::new(), Vec::new(), vec![0u64], vec![0u64]);
        let (mut stories, mut sources, mut people) = (DistinctBuilder::new(), DistinctBuilder::new(), DistinctBuilder::new());
        let mut pairs = [DistinctBuilder::new(), DistinctBuilder::new(), DistinctBuilder::new()];
        let mut runs: Vec<Vec<(u32, u64)>> = Vec::new();
        let mut day_quotes = 0u64;
        let end_day = |k: usize, dq: &mut u64, q: &mut Vec<u64>, b: &mut [&mut DistinctBuilder]| {
            q.push(q.last().copied().unwrap_or(0) + std::mem::take(dq));
            b.iter_mut().for_each(|b| b.end_day(k));
        };
        for (i, a) in arts.iter().filter_map(|&i| c.arts.get(i as usize)).enumerate() {
            if days.last() != Some(&a.day) {
                if let Some(k) = days.len().checked_sub(1) {
                    let [w, m, u] = &mut pairs;
                    end_day(k, &mut day_quotes, &mut quotes, &mut [&mut stories, &mut sources, &mut people, w, m, u]);
                }
                if top && runs.len() <= (a.day / RUN) as usize {
                    if let Some(last) = runs.last_mut() {
                        *last = s.acc.take();
                        last.sort_unstable();
                    }
                    runs.resize_with((a.day / RUN) as usize + 1, Vec::new);
                }
                days.push(a.day);
                starts.push(i as u32);
                n_rows.push(n_rows.last().copied().unwrap_or(0));
            }
            if let Some(n) = n_rows.last_mut() {
                *n += u64::from(a.n_rows);
            }
            let day1 = a.day + 1;
            day_quotes += u64::from(a.quotes);
            if let Some(before) = s.stories.see(a.story, day1) {
                stories.see(before);
            }
            s.in_article.clear();
            for row in c.rows_of(a) {
                if let Some(before) = s.sources.see(row.source, day1) {
                    sources.see(before);
                }
                if row.person == NO_PERSON {
                    continue;
                }
                if let Some(before) = s.people.see(row.person, day1) {
                    people.see(before);
                }
                if top {
                    s.acc.add(row.person, u64::from(row.quotes));
                }
                if s.in_article.contains(&row.person) {
                    continue;
                }
                s.in_article.push(row.person);
                if let Some(before) = s.pairs.see(c, a, row.person) {
                    if let Some(p) = pairs.get_mut(c.gender_of(row.person)) {
                        p.see(before);
                    }
                }
            }
        }
        if let Some(k) = days.len().checked_sub(1) {
            let [w, m, u] = &mut pairs;
            end_day(k, &mut day_quotes, &mut quotes, &mut [&mut stories, &mut sources, &mut people, w, m, u]);
        }
        if let Some(last) = runs.last_mut() {
            *last = s.acc.take();
            last.sort_unstable();
        }
        starts.push(arts.len() as u32);
        s.stories.reset();
        s.sources.reset();
        s.people.reset();
        s.pairs.0.clear();
        let [w, m, u] = pairs;
        Group {
            arts,
            days,
            starts,
            quotes,
            rows: n_rows,
            stories: stories.d,
            sources: sources.d,
            people: people.d,
            pairs: [w.d, m.d, u.d],
            quoted: if top { Quoted::new(runs) } else { Quoted::default() },
        }
    }

    /// The group's days (as indexes into `days`) within the days `range`.
    fn span(&self, range: &Range<u32>) -> Range<usize> {
        self.days.partition_point(|&d| d < range.start)..self.days.partition_point(|&d| d < range.end)
    }

    /// The counts over the days `range`.
    fn count(&self, range: &Range<u32>) -> Counts {
        let k = self.span(range);
        let at = |v: &[u32], i: usize| u64::from(v.get(i).copied().unwrap_or(0));
        let q = |i: usize| self.quotes.get(i).copied().unwrap_or(0);
        let first = range.start;
        Counts {
            articles: at(&self.starts, k.end) - at(&self.starts, k.start),
            quotes: q(k.end) - q(k.start),
            stories: self.stories.count(k.clone(), first),
            sources: self.sources.count(k.clone(), first),
            people: self.people.count(k.clone(), first),
            pairs: [0, 1, 2].map(|g| self.pairs[g].count(k.clone(), first)),
        }
    }

    /// Speaker rows of the articles on the days `range`.
    fn rows_in(&self, range: &Range<u32>) -> u64 {
        let k = self.span(range);
        let at = |i: usize| self.rows.get(i).copied().unwrap_or(0);
        at(k.end) - at(k.start)
    }

    /// The people's rows of the articles on the days `range`.
    fn person_rows<'c>(&'c self, c: &'c Corpus, range: &Range<u32>) -> impl Iterator<Item = &'c SpeakerRow> + 'c {
        let k = self.span(range);
        let (s, e) = (self.starts.get(k.start).copied().unwrap_or(0), self.starts.get(k.end).copied().unwrap_or(0));
        let arts = self.arts.get(s as usize..e as usize).unwrap_or(&[]).iter().filter_map(|&i| c.arts.get(i as usize));
        arts.flat_map(|a| c.rows_of(a)).filter(|r| r.person != NO_PERSON)
    }

    /// Adds the quotes of the people quoted on the days `range` to `acc`: whole runs from
    /// [`Quoted`]; a run the range cuts through either row by row over its days in the range or,
    /// when that reads fewer, as the run's sums less the rows of its days outside the range
    /// (a range's ends cut through runs of up to 15 days; on a store of few, often quoted
    /// people a run's sums are a few days' rows).
    fn add_quotes(&self, c: &Corpus, range: &Range<u32>, acc: &mut Acc) {
        if range.start >= range.end {
            return;
        }
        let whole = range.start.div_ceil(RUN)..range.end / RUN;
        if whole.start < whole.end {
            self.quoted.add(whole.start as usize..whole.end as usize, acc);
        }
        // The runs of the range's first and last days, when not whole.
        let ends = [range.start / RUN, (range.end - 1) / RUN];
        let cut = if ends[0] == ends[1] { &ends[..1] } else { &ends[..] };
        for &r in cut.iter().filter(|r| !whole.contains(r)) {
            let run = r.saturating_mul(RUN)..(r + 1).saturating_mul(RUN);
            let inside = range.start.max(run.start)..range.end.min(run.end);
            let outside = [run.start..inside.start, inside.end..run.end];
            let listed = self.quoted.run(r as usize);
            let subtract = listed.is_some_and(|l| l.len() as u64 + outside.iter().map(|o| self.rows_in(o)).sum::<u64>() < self.rows_in(&inside));
            match listed.filter(|_| subtract) {
                Some(list) => {
                    list.iter().for_each(|&(p, q)| acc.add(p, q));
                    for row in outside.iter().flat_map(|o| self.person_rows(c, o)) {
                        acc.sub(row.person, u64::from(row.quotes));
                    }
                }
                None => self.person_rows(c, &inside).for_each(|row| acc.add(row.person, u64::from(row.quotes))),
            }
        }
    }
}

/// One role of a [`Quotee`], for [`Tally::roles`].
struct Said {
    key: u32,
    /// The days of its rows, ascending, one per row.
    days: Vec<u32>,
    /// When it is written in more than one way: (table order, spelling) per row of `days`.
    spellings: Vec<(u32, u32)>,
}

/// One person of a scope, for statistics by speaker.
struct Quotee {
    /// The identity.
    person: u32,
    /// Days they were quoted on, ascending.
    days: Vec<u32>,
    /// When their days are dense (at least half the days from their first to their last): for
    /// each day from the first to the last, how many of their days come before it, so that a
    /// range's days are two lookups instead of two binary searches; else empty.
    before: Vec<u32>,
    /// Prefix sums over the days of the articles quoting them (fewer than the corpus's
    /// articles, which [`Corpus::arts`] counts in `u32`).
    articles: Vec<u32>,
    /// Prefix sums over the days of their quotes.
    quotes: Vec<u64>,
    stories: Distinct,
    /// Per outlet quoting them: the days it did, ascending.
    outlets: Vec<(u32, Vec<u32>)>,
    /// Their roles in the scope's articles.
    roles: Vec<Said>,
}

impl Quotee {
    /// Their days (as indexes into `days`) within the days `range`.
    fn span(&self, range: &Range<u32>) -> Range<usize> {
        self.before_day(range.start)..self.before_day(range.end)
    }

    /// How many of their days come before day `d`.
    fn before_day(&self, d: u32) -> usize {
        match self.days.first() {
            Some(&first) if !self.before.is_empty() => match d.checked_sub(first) {
                None | Some(0) => 0,
                Some(i) => self.before.get(i as usize).map_or(self.days.len(), |&n| n as usize),
            },
            _ => self.days.partition_point(|&x| x < d),
        }
    }

    /// Articles quoting them and their quotes on their days `k` (indexes into `days`).
    fn counts_in(&self, k: &Range<usize>) -> (u64, u64) {
        let articles = |i: usize| u64::from(self.articles.get(i).copied().unwrap_or(0));
        let quotes = |i: usize| self.quotes.get(i).copied().unwrap_or(0);
        (articles(k.end) - articles(k.start), quotes(k.end) - quotes(k.start))
    }

    /// Outlets quoting them on the days `range`, whose indexes into `days` are `k`: an outlet
    /// counts when one of its days is in the range (every outlet when all their days are).
    fn outlets_in(&self, range: &Range<u32>, k: &Range<usize>) -> u64 {
        if *k == (0..self.days.len()) {
            self.outlets.iter().filter(|(_, d)| !d.is_empty()).count() as u64
        } else {
            self.outlets.iter().filter(|(_, d)| d.get(d.partition_point(|&x| x < range.start)).is_some_and(|&x| x < range.end)).count() as u64
        }
    }
}

/// Builds a [`Quotee`] one article at a time.
struct QuoteeBuilder {
    q: Quotee,
    stories: DistinctBuilder,
    day_articles: u32,
    day_quotes: u64,
}

impl QuoteeBuilder {
    fn end_day(&mut self) {
        if let Some(k) = self.q.days.len().checked_sub(1) {
            let (a, q) = (&mut self.q.articles, &mut self.q.quotes);
            a.push(a.last().copied().unwrap_or(0) + std::mem::take(&mut self.day_articles));
            q.push(q.last().copied().unwrap_or(0) + std::mem::take(&mut self.day_quotes));
            self.stories.end_day(k);
        }
    }

    fn finish(mut self) -> Quotee {
        self.end_day();
        self.q.stories = self.stories.d;
        let days = &self.q.days;
        if let (Some(&first), Some(&last)) = (days.first(), days.last()) {
            if ((last - first) as usize) < 2 * days.len() {
                let mut k = 0;
                let before = (first..=last).map(|d| {
                    while days.get(k).is_some_and(|&x| x < d) {
                        k += 1;
                    }
                    k as u32
                });
                self.q.before = before.collect();
            }
        }
        self.q
    }
}

/// The people of the articles `arts` (indexes into `c.arts`, by day), in identity order.
fn quotees(c: &Corpus, arts: &[u32], in_scope: impl Fn(u32) -> bool, s: &mut Scratch) -> Vec<Quotee> {
    let mut builders: Vec<Option<QuoteeBuilder>> = (0..c.ids.list.len()).map(|_| None).collect();
    for a in arts.iter().filter_map(|&i| c.arts.get(i as usize)) {
        s.in_article.clear();
        for row in c.rows_of(a) {
            let Some(slot) = builders.get_mut(row.person as usize) else { continue };
            let b = slot.get_or_insert_with(|| QuoteeBuilder {
                q: Quotee {
                    person: row.person,
                    days: Vec::new(),
                    before: Vec::new(),
                    articles: vec![0],
                    quotes: vec![0],
                    stories: Distinct::default(),
                    outlets: Vec::new(),
                    roles: Vec::new(),
                },
                stories: DistinctBuilder::new(),
                day_articles: 0,
                day_quotes: 0,
            });
            if b.q.days.last() != Some(&a.day) {
                b.end_day();
                b.q.days.push(a.day);
            }
            b.day_quotes += u64::from(row.quotes);
            if s.in_article.contains(&row.person) {
                continue;
            }
            s.in_article.push(row.person);
            b.day_articles += 1;
            if let Some(before) = s.pairs.see(c, a, row.person) {
                b.stories.see(before);
            }
            match b.q.outlets.iter_mut().find(|(o, _)| *o == a.outlet) {
                Some((_, days)) if days.last() == Some(&a.day) => {}
                Some((_, days)) => days.push(a.day),
                None => b.q.outlets.push((a.outlet, vec![a.day])),
            }
        }
    }
    s.pairs.0.clear();
    let mut people: Vec<Quotee> = builders.into_iter().flatten().map(QuoteeBuilder::finish).collect();
    // Role rows come by person, role and day: one run per (person, role).
    let mut at = 0;
    for r in c.roles.iter().filter(|r| in_scope(r.outlet)) {
        while people.get(at).is_some_and(|q| q.person < r.person) {
            at += 1;
        }
        let Some(q) = people.get_mut(at).filter(|q| q.person == r.person) else { continue };
        match q.roles.last_mut() {
            Some(said) if said.key == r.key => {
                said.days.push(r.day);
                said.spellings.push((r.order, r.shown));
            }
            _ => q.roles.push(Said { key: r.key, days: vec![r.day], spellings: vec![(r.order, r.shown)] }),
        }
    }
    for said in people.iter_mut().flat_map(|q| q.roles.iter_mut()) {
        if said.spellings.iter().all(|s| s.1 == said.spellings[0].1) {
            said.spellings.truncate(1);
            said.spellings.shrink_to_fit();
        }
    }
    people
}

/// The articles of the whole corpus, or of one outlet up to ASCII case.
struct Scope {
    total: Group,
    /// By month, in month id order.
    months: Vec<(u32, Group)>,
    /// The outlets (ids) in it.
    outlets: Vec<u32>,
    /// Its people, in identity order.
    people: Vec<Quotee>,
    /// Its people in brief, as in `people`.
    spans: Vec<people::Span>,
}

impl Scope {
    fn new(c: &Corpus, arts: Vec<u32>, in_scope: impl Fn(u32) -> bool, top: bool, s: &mut Scratch) -> Scope {
        let mut by_month: Vec<Vec<u32>> = vec![Vec::new(); c.months.len()];
        let mut has = vec![false; c.outlets.len()];
        for &i in &arts {
            let Some(a) = c.arts.get(i as usize) else { continue };
            if let Some(m) = by_month.get_mut(a.month as usize) {
                m.push(i);
            }
            if let Some(h) = has.get_mut(a.outlet as usize) {
                *h = true;
            }
        }
        let outlets = (0..has.len() as u32).filter(|&o| has[o as usize]).collect();
        let months = by_month
            .into_iter()
            .enumerate()
            .filter(|(_, v)| !v.is_empty())
            .map(|(m, v)| (m as u32, Group::new(c, v, true, s)))
            .collect();
        let people = quotees(c, &arts, in_scope, s);
        let spans = people.iter().map(people::Span::of).collect();
        Scope { total: Group::new(c, arts, top, s), months, outlets, people, spans }
    }
}

/// The corpus as the statistics count it; [`Tally::load`] reads and lays it out,
/// [`Tally::stats`] counts a slice.
pub struct Tally {
    c: Corpus,
    all: Scope,
    /// One per outlet name folded to ASCII lowercase.
    scopes: Vec<Scope>,
    /// Folded outlet name -> index into `scopes`.
    scope_of: FastMap<String, u32>,
    /// Per outlet: the index of its scope.
    fold_of: Vec<u32>,
    /// Per outlet: its own group when another outlet folds to the same scope (else the
    /// scope's total is the outlet's group).
    outlet_groups: Vec<Option<Group>>,
    /// Per identity: its place in the order of identity keys (what ties of a people list go by).
    key_rank: Vec<u32>,
    /// Per identity: its name lowercased, made when first asked for ([`Tally::page`]).
    lower: OnceLock<Vec<String>>,
    /// Per identity: its place in the order of lowercased names, ties by key, made when first
    /// asked for.
    name_rank: OnceLock<Vec<u32>>,
}

impl Tally {
    /// Reads the corpus (stories, articles, speaker rows with their quotes, identities) and
    /// lays it out by day. Fails when the store cannot be read.
    pub fn load(conn: &Connection) -> Result<Tally> {
        Tally::load_classes(conn, &[])
    }

    /// [`Tally::load`] counting only quotes of `classes` (empty: all): a speaker with no such
    /// quote is no source ("who spoke": `&[QuoteClass::Speech]`).
    pub fn load_classes(conn: &Connection, classes: &[whosaid::QuoteClass]) -> Result<Tally> {
        let mut c = read(conn, classes)?;
        let mut s = Scratch {
            stories: LastSeen::new(c.story_size.len()),
            sources: LastSeen::new(c.sources as usize),
            people: LastSeen::new(c.ids.list.len()),
            pairs: Pairs::default(),
            in_article: Vec::new(),
            acc: Acc::new(c.ids.list.len()),
        };
        let mut scope_of: FastMap<String, u32> = FastMap::default();
        let mut fold_of: Vec<u32> = Vec::with_capacity(c.outlets.len());
        for o in &c.outlets {
            let n = scope_of.len() as u32;
            fold_of.push(*scope_of.entry(o.to_ascii_lowercase()).or_insert(n));
        }
        let mut arts_of: Vec<Vec<u32>> = vec![Vec::new(); scope_of.len()];
        let mut spellings = vec![0u32; scope_of.len()];
        for &f in &fold_of {
            spellings[f as usize] += 1;
        }
        let mut own: Vec<Option<Vec<u32>>> =
            fold_of.iter().map(|&f| (spellings[f as usize] > 1).then(Vec::new)).collect();
        for (i, a) in c.arts.iter().enumerate() {
            if let Some(&f) = fold_of.get(a.outlet as usize) {
                arts_of[f as usize].push(i as u32);
            }
            if let Some(Some(v)) = own.get_mut(a.outlet as usize) {
                v.push(i as u32);
            }
        }
        let all = Scope::new(&c, (0..c.arts.len() as u32).collect(), |_| true, false, &mut s);
        let scopes = (0..arts_of.len())
            .zip(arts_of)
            .map(|(f, arts)| Scope::new(&c, arts, |o| fold_of.get(o as usize) == Some(&(f as u32)), true, &mut s))
            .collect();
        c.roles = Vec::new();
        let outlet_groups = own.into_iter().map(|v| v.map(|arts| Group::new(&c, arts, true, &mut s))).collect();
        let mut by_key: Vec<u32> = (0..c.ids.list.len() as u32).collect();
        let key = |i: u32| c.ids.list.get(i as usize).map(|id| id.key.as_str());
        by_key.sort_by(|&a, &b| key(a).cmp(&key(b)));
        let key_rank = people::ranks(&by_key);
        Ok(Tally { c, all, scopes, scope_of, fold_of, outlet_groups, key_rank, lower: OnceLock::new(), name_rank: OnceLock::new() })
    }

    /// The days of `filter`'s dates: text comparisons, as the SQL of a [`Filter`] makes them
    /// (`to` extended by `~`), undated articles only when neither bound is given.
    fn days(&self, filter: &Filter) -> Range<u32> {
        let dates = &self.c.dates;
        let n = dates.len() as u32;
        if filter.from.is_none() && filter.to.is_none() {
            return 0..n + 1;
        }
        let start = filter.from.as_deref().map_or(0, |f| dates.partition_point(|d| d.as_str() < f)) as u32;
        let end = match &filter.to {
            Some(t) => {
                let t = format!("{t}~");
                dates.partition_point(|d| *d <= t) as u32
            }
            None => n,
        };
        1 + start..(1 + end).max(1 + start)
    }

    /// Outlet `o`'s group.
    fn outlet_group(&self, o: u32) -> Option<&Group> {
        match self.outlet_groups.get(o as usize) {
            Some(Some(g)) => Some(g),
            _ => self.fold_of.get(o as usize).and_then(|&f| self.scopes.get(f as usize)).map(|s| &s.total),
        }
    }

    /// A grouped row from `counts` and the group's top people in `acc`.
    fn row(&self, key: String, n: Counts, acc: &mut Acc) -> StatsRow {
        let [w, m, u] = n.pairs;
        let people = w + m + u;
        StatsRow {
            key,
            articles: n.articles,
            quotes: n.quotes,
            sources: n.sources,
            people,
            women: w,
            men: m,
            unknown: u,
            share_women: share(w, people),
            share_men: share(m, people),
            share_unknown: share(u, people),
            outlets: None,
            top: acc.top(5).into_iter().map(|(p, q)| TopPerson { name: self.name(p), quotes: q }).collect(),
        }
    }

    fn name(&self, p: u32) -> String {
        self.c.ids.list.get(p as usize).map(|i| i.name.clone()).unwrap_or_default()
    }

    /// The scope of `filter`'s outlet; `None` when no outlet has that name.
    fn scope(&self, filter: &Filter) -> Option<&Scope> {
        match &filter.outlet {
            None => Some(&self.all),
            Some(o) => self.scope_of.get(&o.to_ascii_lowercase()).and_then(|&i| self.scopes.get(i as usize)),
        }
    }

    /// The people quoted in the articles of `filter`, as [`super::speakers_in`] lists them;
    /// fails on a bad date.
    pub fn people(&self, filter: &Filter) -> Result<Vec<Person>> {
        let mut people = self.people_without_roles(filter)?;
        for p in &mut people {
            p.roles = self.roles(&p.key, filter)?;
        }
        Ok(people)
    }

    /// The roles of the person with identity key `key` in the articles of `filter`, most
    /// frequent first, as [`super::speakers_in`] gives them (none for an unknown key). Fails
    /// on a bad date.
    pub fn roles(&self, key: &str, filter: &Filter) -> Result<Vec<String>> {
        filter.check()?;
        let days = self.days(filter);
        let Some(scope) = self.scope(filter) else { return Ok(Vec::new()) };
        let Some(&person) = self.c.by_key.get(key) else { return Ok(Vec::new()) };
        let Ok(at) = scope.people.binary_search_by_key(&person, |q| q.person) else { return Ok(Vec::new()) };
        let in_range = |v: &[u32]| v.partition_point(|&d| d < days.start)..v.partition_point(|&d| d < days.end);
        let mut roles: Vec<(&str, u64)> = Vec::new();
        for said in scope.people.get(at).map_or(&[][..], |q| q.roles.as_slice()) {
            let rows = in_range(&said.days);
            if rows.is_empty() {
                continue;
            }
            // The spelling of the slice's first row in table order.
            let spelling = match said.spellings.as_slice() {
                [(_, one)] => Some(*one),
                all => all.get(rows.clone()).and_then(|s| s.iter().min()).map(|s| s.1),
            };
            let text = spelling.and_then(|s| self.c.shown.get(s as usize)).map_or("", String::as_str);
            roles.push((text, rows.len() as u64));
        }
        roles.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
        Ok(roles.into_iter().map(|r| r.0.to_string()).collect())
    }

    /// Source-diversity statistics grouped by `by` over the articles of `filter` (see
    /// [`super::stats_in`]); fails on a bad date.
    pub fn stats(&self, by: GroupBy, filter: &Filter) -> Result<Stats> {
        filter.check()?;
        let days = self.days(filter);
        let scope = self.scope(filter);
        let total = scope.map(|s| s.total.count(&days)).unwrap_or_default();
        let mut rows = Vec::new();
        if let Some(scope) = scope {
            let mut acc = Acc::new(self.c.ids.list.len());
            match by {
                GroupBy::Outlet => {
                    for &o in &scope.outlets {
                        let Some(g) = self.outlet_group(o) else { continue };
                        let n = g.count(&days);
                        if n.articles > 0 {
                            g.add_quotes(&self.c, &days, &mut acc);
                            rows.push(self.row(self.c.outlets.get(o as usize).cloned().unwrap_or_default(), n, &mut acc));
                        }
                    }
                }
                GroupBy::Month => {
                    for (m, g) in &scope.months {
                        let n = g.count(&days);
                        if n.articles > 0 {
                            g.add_quotes(&self.c, &days, &mut acc);
                            rows.push(self.row(self.c.months.get(*m as usize).cloned().unwrap_or_default(), n, &mut acc));
                        }
                    }
                }
                GroupBy::Speaker => rows = scope.people.iter().filter_map(|q| self.speaker_row(q, &days)).collect(),
            }
        }
        match by {
            GroupBy::Speaker => rows.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.key.cmp(&b.key))),
            GroupBy::Month => rows.sort_by(|a, b| a.key.cmp(&b.key)),
            GroupBy::Outlet => rows.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.key.cmp(&b.key))),
        }
        let [w, m, u] = total.pairs;
        let np = w + m + u;
        Ok(Stats {
            articles: total.articles,
            quotes: total.quotes,
            speakers: total.sources,
            people: total.people,
            stories: total.stories,
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

    /// Person `q`'s row over the days `range`; `None` when no article of it quotes them.
    fn speaker_row(&self, q: &Quotee, range: &Range<u32>) -> Option<StatsRow> {
        let k = q.span(range);
        let (articles, quotes) = q.counts_in(&k);
        if articles == 0 {
            return None;
        }
        let outlets = q.outlets_in(range, &k);
        let stories = q.stories.count(k, range.start);
        let mut pairs = [0; 3];
        pairs[self.c.gender_of(q.person)] = stories;
        let [w, m, u] = pairs;
        Some(StatsRow {
            key: self.name(q.person),
            articles,
            quotes,
            sources: 1,
            people: stories,
            women: w,
            men: m,
            unknown: u,
            share_women: share(w, stories),
            share_men: share(m, stories),
            share_unknown: share(u, stories),
            outlets: Some(outlets),
            top: if quotes > 0 { vec![TopPerson { name: self.name(q.person), quotes }] } else { Vec::new() },
        })
    }
}
