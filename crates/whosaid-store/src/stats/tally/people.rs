//! People over a slice, a page at a time: [`Tally::slice`] counts each person of a slice's
//! articles (articles, quotes) into a [`Slice`], a few numbers per person and nothing written
//! out; [`Tally::page`] picks the people of one page ([`PeoplePage`]: gender, fewest quotes,
//! name, order, offset and limit, as `GET /v1/speakers` asks) and writes out only those
//! (names, aliases, outlets), partially selecting them instead of sorting the whole slice.
//! [`Tally::people_without_roles`] is the page of everyone, most quoted first.
//!
//! A page over a new slice (the dashboard's ten most quoted women and men of a date range) so
//! costs one pass over the scope's [`Span`]s, the days of a person looked up only when the
//! range cuts through them, and a selection among the people of the asked gender.

use super::{Quotee, Scope, Tally};
use crate::error::Result;
use crate::stats::{Filter, Person};
use std::ops::Range;
use std::sync::OnceLock;

/// A person of a scope in brief, for [`Tally::slice`]'s pass: their first and last day and
/// their counts over all their days, so that a range holding all their days or none needs
/// nothing else.
#[derive(Clone, Copy)]
pub(super) struct Span {
    first: u32,
    last: u32,
    articles: u32,
    quotes: u64,
}

impl Span {
    /// Person `q` in brief.
    pub(super) fn of(q: &Quotee) -> Span {
        Span {
            first: q.days.first().copied().unwrap_or(u32::MAX),
            last: q.days.last().copied().unwrap_or(0),
            articles: q.articles.last().copied().unwrap_or(0),
            quotes: q.quotes.last().copied().unwrap_or(0),
        }
    }
}

/// One person of a slice and what they count in it.
#[derive(Clone, Copy)]
struct Counted {
    /// Index into the scope's people.
    at: u32,
    /// The identity.
    person: u32,
    articles: u64,
    quotes: u64,
}

/// The people quoted in a slice's articles, counted but not written out: what
/// [`Tally::page`] pages, with the tally that counted it.
pub struct Slice {
    /// The scope's index into `Tally::scopes` plus one, 0 for the whole corpus; `None` when no
    /// outlet has the filter's name.
    scope: Option<usize>,
    /// The filter's days.
    days: Range<u32>,
    /// The filter keeps every article.
    all: bool,
    /// In the scope's people order (identity order).
    rows: Vec<Counted>,
    /// The outlets of each row, counted when a page is first ordered by them.
    outlets: OnceLock<Vec<u64>>,
}

/// The order of a page of people: each one's ties go by identity key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeopleSort {
    /// Most quotes first, then most articles.
    Quotes,
    /// Most articles first.
    Articles,
    /// Most outlets first.
    Outlets,
    /// By name lowercased.
    Name,
}

/// Which people of a [`Slice`] a page shows.
#[derive(Clone, Copy, Debug)]
pub struct PeoplePage<'a> {
    /// Only this gender ("female", "male" or "unknown"); another value keeps no one.
    pub gender: Option<&'a str>,
    /// Only people with at least this many quotes in the slice.
    pub min_quotes: u64,
    /// Only people whose lowercased name or whose key contains this (lowercase) text.
    pub name: Option<&'a str>,
    pub sort: PeopleSort,
    /// People of the order skipped before the page.
    pub offset: usize,
    /// The most people on the page.
    pub limit: usize,
}

impl PeoplePage<'_> {
    /// Everyone, most quoted first.
    pub fn everyone() -> PeoplePage<'static> {
        PeoplePage { gender: None, min_quotes: 0, name: None, sort: PeopleSort::Quotes, offset: 0, limit: usize::MAX }
    }
}

impl Tally {
    /// The scope of a [`Slice`].
    fn slice_scope(&self, slice: &Slice) -> Option<&Scope> {
        match slice.scope? {
            0 => Some(&self.all),
            i => self.scopes.get(i - 1),
        }
    }

    /// The people quoted in the articles of `filter`, counted (articles, quotes) for
    /// [`Tally::page`]; fails on a bad date.
    pub fn slice(&self, filter: &Filter) -> Result<Slice> {
        filter.check()?;
        let days = self.days(filter);
        let scope = match &filter.outlet {
            None => Some(0),
            Some(o) => self.scope_of.get(&o.to_ascii_lowercase()).map(|&i| i as usize + 1),
        };
        let mut slice = Slice { scope, days, all: filter.is_all(), rows: Vec::new(), outlets: OnceLock::new() };
        let Some(scope) = self.slice_scope(&slice) else { return Ok(slice) };
        let range = &slice.days;
        for (at, (span, q)) in scope.spans.iter().zip(&scope.people).enumerate() {
            if span.last < range.start || span.first >= range.end {
                continue;
            }
            let (articles, quotes) = if span.first >= range.start && span.last < range.end {
                (u64::from(span.articles), span.quotes)
            } else {
                q.counts_in(&q.span(range))
            };
            if articles > 0 {
                slice.rows.push(Counted { at: at as u32, person: q.person, articles, quotes });
            }
        }
        Ok(slice)
    }

    /// The people of `slice` (from [`Tally::slice`] of this tally) that pass `ask`'s filters,
    /// and the page of them `ask` asks for, as [`super::super::speakers_in`] gives them but
    /// without roles ([`Tally::roles`] gives them).
    pub fn page(&self, slice: &Slice, ask: &PeoplePage) -> (usize, Vec<Person>) {
        // As the corpus codes genders (an identity is female, male or unknown).
        let gender = ask.gender.map(|g| match g {
            "female" => 0,
            "male" => 1,
            "unknown" => 2,
            _ => usize::MAX,
        });
        let lower = ask.name.map(|_| self.lower_names());
        let keep = |r: &Counted| {
            gender.is_none_or(|g| self.c.gender_of(r.person) == g)
                && r.quotes >= ask.min_quotes
                && ask.name.is_none_or(|n| {
                    lower.and_then(|l| l.get(r.person as usize)).is_some_and(|l| l.contains(n))
                        || self.c.ids.list.get(r.person as usize).is_some_and(|id| id.key.contains(n))
                })
        };
        let outlets = (ask.sort == PeopleSort::Outlets).then(|| self.slice_outlets(slice));
        let names = (ask.sort == PeopleSort::Name).then(|| self.name_ranks());
        // What orders row `i` (`!n`: most first), ties by key.
        let order = |i: usize, r: &Counted| {
            let (first, then) = match ask.sort {
                PeopleSort::Quotes => (!r.quotes, !r.articles),
                PeopleSort::Articles => (!r.articles, 0),
                PeopleSort::Outlets => (!outlets.and_then(|o| o.get(i)).copied().unwrap_or(0), 0),
                PeopleSort::Name => (names.and_then(|n| n.get(r.person as usize)).map_or(u64::MAX, |&n| u64::from(n)), 0),
            };
            (first, then, self.key_rank.get(r.person as usize).copied().unwrap_or(u32::MAX))
        };
        let mut kept: Vec<((u64, u64, u32), u32)> =
            slice.rows.iter().enumerate().filter(|(_, r)| keep(r)).map(|(i, r)| (order(i, r), i as u32)).collect();
        let total = kept.len();
        let end = ask.offset.saturating_add(ask.limit).min(total);
        if ask.offset >= end {
            return (total, Vec::new());
        }
        if end < kept.len() {
            kept.select_nth_unstable(end);
            kept.truncate(end);
        }
        kept.sort_unstable();
        let rows = kept.get(ask.offset..).unwrap_or(&[]).iter().filter_map(|&(_, i)| slice.rows.get(i as usize));
        let page = rows.filter_map(|r| self.person_of(slice, r)).collect();
        (total, page)
    }

    /// The people quoted in the articles of `filter`, most quoted first, as
    /// [`super::super::speakers_in`] lists them but without their roles (each person's `roles`
    /// empty), which cost the most to count; [`Tally::roles`] gives them for the people shown.
    /// Fails on a bad date.
    pub fn people_without_roles(&self, filter: &Filter) -> Result<Vec<Person>> {
        let slice = self.slice(filter)?;
        Ok(self.page(&slice, &PeoplePage::everyone()).1)
    }

    /// Row `r` of `slice` written out, without roles.
    fn person_of(&self, slice: &Slice, r: &Counted) -> Option<Person> {
        let id = self.c.ids.list.get(r.person as usize)?;
        let q = self.slice_scope(slice)?.people.get(r.at as usize)?;
        Some(Person {
            name: id.name.clone(),
            key: id.key.clone(),
            kind: "person".into(),
            gender: id.gender.to_string(),
            gender_evidence: id.gender_evidence.to_string(),
            articles: r.articles,
            quotes: if slice.all { id.quotes } else { r.quotes },
            outlets: q.outlets_in(&slice.days, &q.span(&slice.days)),
            roles: Vec::new(),
            aliases: id.aliases.clone(),
        })
    }

    /// The outlets of each row of `slice`, counted once per slice.
    fn slice_outlets<'s>(&self, slice: &'s Slice) -> &'s [u64] {
        slice.outlets.get_or_init(|| {
            let people = self.slice_scope(slice).map_or(&[][..], |s| s.people.as_slice());
            slice.rows.iter().map(|r| people.get(r.at as usize).map_or(0, |q| q.outlets_in(&slice.days, &q.span(&slice.days)))).collect()
        })
    }

    /// Each identity's name lowercased, made when a page first filters by name.
    fn lower_names(&self) -> &[String] {
        self.lower.get_or_init(|| self.c.ids.list.iter().map(|id| id.name.to_lowercase()).collect())
    }

    /// Each identity's place in the order of lowercased names (ties by key), made when a page
    /// is first ordered by name.
    fn name_ranks(&self) -> &[u32] {
        self.name_rank.get_or_init(|| {
            let lower = self.lower_names();
            let mut order: Vec<u32> = (0..lower.len() as u32).collect();
            order.sort_by(|&a, &b| {
                lower.get(a as usize).cmp(&lower.get(b as usize)).then(self.key_rank.get(a as usize).cmp(&self.key_rank.get(b as usize)))
            });
            ranks(&order)
        })
    }
}

/// The rank of each index in `order` (a permutation of `0..order.len()`).
pub(super) fn ranks(order: &[u32]) -> Vec<u32> {
    let mut rank = vec![u32::MAX; order.len()];
    for (r, &i) in order.iter().enumerate() {
        if let Some(slot) = rank.get_mut(i as usize) {
            *slot = r as u32;
        }
    }
    rank
}
