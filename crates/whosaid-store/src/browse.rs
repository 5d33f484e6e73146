//! Read views for browsing a store one item at a time: a page of quote hits ([`search_page`]),
//! one stored article ([`article`]) and one person's profile ([`speaker_profile`]).
//!
//! They reuse the search's FTS query ([`crate::search`]) and the people of
//! [`crate::stats::speakers`]; the HTTP server (`whosaid-server`) is their caller.

use crate::derive::{norm_name, person_key};
use crate::error::{Result, StoreError};
use crate::search::{check, full_query, SearchQuery};
use crate::stats::Person;
use crate::write::QUOTE_TEXT_SQL;
use rusqlite::{params, Connection};
use serde::Serialize;
use whosaid::fasthash::{FastMap, FastSet};
use whosaid::QuoteClass;

/// Filters a page of search hits adds to a [`SearchQuery`].
#[derive(Debug, Clone, Default)]
pub struct PageOptions {
    /// Only quotes whose speaker has this gender in the article ("female", "male", "unknown").
    pub gender: Option<String>,
    /// Only quotes whose speaker is of this kind ("person", "organization", "group", "anonymous", "document").
    pub kind: Option<String>,
    /// Only quotes after this one (the `next` of the previous page).
    pub after: Option<i64>,
    /// Each quote's class, speaker gender and kind, outlet and month, read from this store
    /// beforehand: with a gender, kind or class filter, matches it rules out are passed over
    /// without reading their rows; with an outlet or whole months, the index is asked for the
    /// words alone and each match's place checked in it ([`QuoteCodes::places`]). It must have
    /// been read from the store as it is now (the server keeps one per store generation): a
    /// quote id it does not know is looked up as without it. The page is the same either way.
    pub codes: Option<std::sync::Arc<QuoteCodes>>,
}

/// Each quote's class and its speaker's gender and kind in one byte, by quote rowid: what a
/// page with a gender, kind or class filter checks first. On the 1M-article store (13.2M
/// quotes) 13 MB, read in two passes over the speakers and quotes tables; a match it rules
/// out costs no row lookup (three B-tree lookups before: quote, article, speaker). Also each
/// quote's outlet and month ([`Places`]), what a page with an outlet or whole months checks
/// instead of intersecting posting lists in the full-text index.
pub struct QuoteCodes {
    /// Per quote rowid: 0 unknown (no such quote when read), else `class << SPEAKER_BITS |
    /// speaker`: `class` an index into [`QuoteClass::ALL`] or [`OTHER_CLASS`], `speaker`
    /// [`NO_SPEAKER`] or 1 + an index into `speakers`.
    by_quote: Vec<u8>,
    /// The (gender, kind) pairs of the speakers.
    speakers: Vec<(String, String)>,
    /// Each quote's outlet and month; `None` when the store has more outlets or months than a
    /// code holds, or a month the index's tokens do not read as `YYYY-MM`.
    places: Option<Places>,
}

/// Each quote's outlet and month as codes, by quote rowid (4 bytes a quote: 54 MB on the 1M
/// store, read with the other codes).
///
/// The full-text index holds an outlet token, a month token and an outlet-and-month token per
/// quote ([`crate::search::filter_token`], [`crate::search::month_tokens`]), and a search with
/// an outlet or whole months ANDs its words with them. Matching a word against a list with a
/// seventh or a 24th of all quotes in it walks both lists side by side (the index steps
/// through the long list's entries between two of the word's): on the 1M store such a search
/// cost 1.7-1.9 ms of server CPU against 0.47 ms for the word alone. Checking each of the
/// word's matches here instead is one array read.
struct Places {
    /// Per quote rowid: `outlet << 16 | month`, indexes into `outlets` and `months`;
    /// [`UNKNOWN_PLACE`] for a rowid without a quote when read.
    by_quote: Vec<u32>,
    /// Outlet codes' tokens ([`crate::search::filter_token`] of the article's outlet).
    outlets: Vec<String>,
    /// Month codes' (year, month); code 0 is an article without a month.
    months: Vec<Option<(u32, u32)>>,
    /// Quotes per outlet code, per month code and per `outlet << 16 | month`.
    per_outlet: Vec<u64>,
    per_month: Vec<u64>,
    per_place: FastMap<u32, u64>,
    /// Quotes in all.
    quotes: u64,
}

/// [`Places::by_quote`] of a rowid without a quote.
const UNKNOWN_PLACE: u32 = u32::MAX;

/// Most quotes a page passes over on its outlet and month codes before it searches with the
/// full query instead ([`search_page`]).
const PLACE_WALK: u64 = 32_768;

/// Fewest quotes, as a share of all (1 / this), that a page's outlet and months must hold for
/// the page to check them in the codes: a rarer filter is better looked up in its own short
/// posting list, and the word's list walked for it could be long.
const PLACE_SHARE: u64 = 128;

impl Places {
    /// The outlet and month codes of every article, with no quote yet ([`Places::add`]);
    /// `None` when a code would overflow or a stored month is not `YYYY-MM`.
    fn articles(conn: &Connection) -> Result<Option<(Places, Vec<u32>)>> {
        let mut outlets: FastMap<String, u32> = FastMap::default();
        let mut months: FastMap<Option<(u32, u32)>, u32> = FastMap::default();
        months.insert(None, 0);
        let mut by_article: Vec<u32> = Vec::new();
        let mut stmt = conn.prepare("SELECT id, outlet, month FROM articles ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let Some(id) = usize::try_from(r.get::<_, i64>(0)?).ok().filter(|&i| i <= 1 << 34) else { return Ok(None) };
            let token = crate::search::filter_token(r.get_ref(1)?.as_str().unwrap_or(""));
            let month = match r.get_ref(2)?.as_str_or_null().ok().flatten() {
                None => None,
                Some(m) => match year_month(m) {
                    Some(ym) => Some(ym),
                    None => return Ok(None),
                },
            };
            let n = outlets.len() as u32;
            let o = *outlets.entry(token).or_insert(n);
            let n = months.len() as u32;
            let m = *months.entry(month).or_insert(n);
            if o > 0xffff || m > 0xffff {
                return Ok(None);
            }
            if by_article.len() <= id {
                by_article.resize(id + 1, UNKNOWN_PLACE);
            }
            by_article[id] = o << 16 | m;
        }
        let mut outlet_tokens = vec![String::new(); outlets.len()];
        for (t, i) in outlets {
            outlet_tokens[i as usize] = t;
        }
        let mut month_list = vec![None; months.len()];
        for (ym, i) in months {
            month_list[i as usize] = ym;
        }
        let places = Places {
            by_quote: Vec::new(),
            per_outlet: vec![0; outlet_tokens.len()],
            per_month: vec![0; month_list.len()],
            outlets: outlet_tokens,
            months: month_list,
            per_place: FastMap::default(),
            quotes: 0,
        };
        Ok(Some((places, by_article)))
    }

    /// Quote rowid `id` of the article whose codes are `code` ([`UNKNOWN_PLACE`]: no such article).
    fn add(&mut self, id: usize, code: u32) {
        if self.by_quote.len() <= id {
            self.by_quote.resize(id + 1, UNKNOWN_PLACE);
        }
        self.by_quote[id] = code;
        if code != UNKNOWN_PLACE {
            self.per_outlet[(code >> 16) as usize] += 1;
            self.per_month[(code & 0xffff) as usize] += 1;
            *self.per_place.entry(code).or_default() += 1;
            self.quotes += 1;
        }
    }
}

/// "YYYY-MM" as (year, month), the only form whose month token ("x" and its six digits) and
/// outlet-and-month token say the month alone.
fn year_month(m: &str) -> Option<(u32, u32)> {
    let b = m.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() != 7 || b[4] != b'-' || !digits(0..4) || !digits(5..7) {
        return None;
    }
    Some((m[..4].parse().ok()?, m[5..].parse().ok()?))
}

/// Which quotes pass a page's outlet and whole months ([`QuoteCodes::places`]).
pub(crate) struct PlaceFilter<'a> {
    by_quote: &'a [u32],
    /// The outlet code that passes; `None` any.
    outlet: Option<u32>,
    /// By month code: does it pass; `None` any.
    months: Option<Vec<bool>>,
}

impl PlaceFilter<'_> {
    /// Whether quote `id` is of the outlet and months; `None` when the codes do not know it.
    fn pass(&self, id: i64) -> Option<bool> {
        let code = usize::try_from(id).ok().and_then(|i| self.by_quote.get(i)).copied().filter(|&c| c != UNKNOWN_PLACE)?;
        let outlet_ok = self.outlet.is_none_or(|o| code >> 16 == o);
        let month_ok = self.months.as_ref().is_none_or(|ms| ms.get((code & 0xffff) as usize).copied().unwrap_or(false));
        Some(outlet_ok && month_ok)
    }
}

/// Bits of a code for its speaker's gender and kind; the rest for the quote's class.
const SPEAKER_BITS: u32 = 5;
/// Speaker part of the code of a quote without a speaker, which no gender or kind filter keeps.
const NO_SPEAKER: u8 = (1 << SPEAKER_BITS) - 1;
/// Most distinct (gender, kind) pairs a code holds (the analyzer gives at most 15), so that
/// `1 + pair` stays under [`NO_SPEAKER`].
const CODE_PAIRS: usize = NO_SPEAKER as usize - 1;
/// Class part of the code of a quote whose stored class is none of the contract's, which no
/// class filter keeps.
const OTHER_CLASS: u8 = QuoteClass::ALL.len() as u8;

impl std::fmt::Debug for QuoteCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "QuoteCodes({} quotes, speakers {:?})", self.by_quote.len(), self.speakers)
    }
}

/// Which codes of a [`QuoteCodes`] pass a page's filters ([`QuoteCodes::filter`]).
pub struct CodeFilter<'a> {
    codes: &'a QuoteCodes,
    /// By code: may the quote pass.
    pass: [bool; 256],
}

impl CodeFilter<'_> {
    /// False when quote `id` is known to fail the filters (a quote without a speaker fails
    /// any gender or kind filter); true when it may pass, or the quote is unknown.
    pub fn may_pass(&self, id: i64) -> bool {
        let code = usize::try_from(id).ok().and_then(|i| self.codes.by_quote.get(i)).copied().unwrap_or(0);
        self.pass[usize::from(code)]
    }
}

impl QuoteCodes {
    /// Reads every speaker's gender and kind and every quote's speaker and class; `None` when
    /// the store holds more distinct (gender, kind) pairs than a code holds. Fails on a SQLite
    /// error.
    pub fn load(conn: &Connection) -> Result<Option<QuoteCodes>> {
        let mut speakers: Vec<(String, String)> = Vec::new();
        let mut by_speaker: Vec<u8> = Vec::new();
        {
            let mut stmt = conn.prepare("SELECT id, gender, kind FROM speakers ORDER BY id")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let id = usize::try_from(r.get::<_, i64>(0)?).unwrap_or(usize::MAX);
                let gender = r.get_ref(1)?.as_str().unwrap_or("");
                let kind = r.get_ref(2)?.as_str().unwrap_or("");
                let pair = match speakers.iter().position(|(g, k)| g == gender && k == kind) {
                    Some(i) => i,
                    None if speakers.len() < CODE_PAIRS => {
                        speakers.push((gender.to_string(), kind.to_string()));
                        speakers.len() - 1
                    }
                    None => return Ok(None),
                };
                if id == usize::MAX || id > 1 << 34 {
                    return Ok(None);
                }
                if by_speaker.len() <= id {
                    by_speaker.resize(id + 1, 0);
                }
                by_speaker[id] = 1 + pair as u8;
            }
        }
        let mut places = Places::articles(conn)?;
        let mut by_quote: Vec<u8> = Vec::new();
        // The raw column (NULL for speech), not `class_sql`'s text per row.
        let class = if crate::schema::has_class_column(conn) { "class" } else { "NULL" };
        let mut stmt = conn.prepare(&format!("SELECT id, speaker, {class}, article FROM quotes ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id = usize::try_from(r.get::<_, i64>(0)?).unwrap_or(usize::MAX);
            if id == usize::MAX || id > 1 << 34 {
                return Ok(None);
            }
            let speaker = match r.get::<_, Option<i64>>(1)? {
                None => NO_SPEAKER,
                // A speaker id without its row: the join finds no speaker either.
                Some(sid) => usize::try_from(sid).ok().and_then(|i| by_speaker.get(i)).copied().filter(|&c| c != 0).unwrap_or(NO_SPEAKER),
            };
            let class = match r.get_ref(2)?.as_str_or_null().ok().flatten() {
                None => 0,
                Some(name) => QuoteClass::ALL.iter().position(|c| c.as_str() == name).map_or(OTHER_CLASS, |i| i as u8),
            };
            if by_quote.len() <= id {
                by_quote.resize(id + 1, 0);
            }
            by_quote[id] = class << SPEAKER_BITS | speaker;
            if let Some((p, by_article)) = places.as_mut() {
                let article = usize::try_from(r.get::<_, i64>(3)?).ok();
                p.add(id, article.and_then(|a| by_article.get(a)).copied().unwrap_or(UNKNOWN_PLACE));
            }
        }
        by_quote.shrink_to_fit();
        let places = places.map(|(mut p, _)| {
            p.by_quote.shrink_to_fit();
            p
        });
        Ok(Some(QuoteCodes { by_quote, speakers, places }))
    }

    /// The codes that pass a gender, a kind and a list of classes (empty: every class), to
    /// check a page's matches by.
    pub fn filter(&self, gender: Option<&str>, kind: Option<&str>, classes: &[QuoteClass]) -> CodeFilter<'_> {
        let mut pass = [true; 256];
        for (code, slot) in pass.iter_mut().enumerate().skip(1) {
            let (class, speaker) = (code >> SPEAKER_BITS, code & usize::from(NO_SPEAKER));
            let class_ok = classes.is_empty() || QuoteClass::ALL.get(class).is_some_and(|c| classes.contains(c));
            let speaker_ok = (gender.is_none() && kind.is_none())
                || (speaker != usize::from(NO_SPEAKER)
                    && speaker.checked_sub(1).and_then(|i| self.speakers.get(i)).is_some_and(|(g, k)| {
                        gender.is_none_or(|w| w == g) && kind.is_none_or(|w| w == k)
                    }));
            *slot = class_ok && speaker_ok;
        }
        CodeFilter { codes: self, pass }
    }

    /// The outlet and whole months of `q` that a page checks in these codes instead of the
    /// full-text index; `None` when the codes hold no places, `q` has neither filter in the
    /// index (see [`crate::search::month_range`]), or they pass fewer than one quote in
    /// [`PLACE_SHARE`].
    pub(crate) fn places(&self, q: &SearchQuery) -> Option<PlaceFilter<'_>> {
        let p = self.places.as_ref()?;
        let range = crate::search::month_range(q.from.as_deref(), q.to.as_deref());
        if q.outlet.is_none() && range.is_none() {
            return None;
        }
        let outlet = match q.outlet.as_deref() {
            None => None,
            Some(o) => {
                let token = crate::search::filter_token(o);
                Some(p.outlets.iter().position(|t| *t == token)? as u32)
            }
        };
        // (consecutive months: a stored month passes between the first and the last)
        let within = |r: &[(u32, u32)], ym: (u32, u32)| r.first().is_some_and(|&f| f <= ym) && r.last().is_some_and(|&l| ym <= l);
        let months: Option<Vec<bool>> = range.map(|r| p.months.iter().map(|m| m.is_some_and(|ym| within(&r, ym))).collect());
        let share = {
            let codes = || months.iter().flatten().enumerate().filter(|(_, pass)| **pass).map(|(m, _)| m as u32);
            match (outlet, &months) {
                (None, _) => codes().map(|m| p.per_month[m as usize]).sum(),
                (Some(o), None) => p.per_outlet[o as usize],
                (Some(o), Some(_)) => codes().map(|m| p.per_place.get(&(o << 16 | m)).copied().unwrap_or(0)).sum::<u64>(),
            }
        };
        (share > 0 && share.saturating_mul(PLACE_SHARE) >= p.quotes).then_some(PlaceFilter { by_quote: &p.by_quote, outlet, months })
    }

    /// Whether a page of `q` checks its outlet and months in these codes ([`QuoteCodes::places`]).
    pub fn checks_places(&self, q: &SearchQuery) -> bool {
        self.places(q).is_some()
    }

    /// Bytes held.
    pub fn bytes(&self) -> usize {
        self.by_quote.len() + self.places.as_ref().map_or(0, |p| p.by_quote.len() * 4)
    }
}

/// Most matches [`search_page`] counts for `total` from the full-text index alone (words,
/// no filters); past it `total_exact` is false ("100+"), as a search engine's
/// tracked-total cap. Counting is a walk of the matches: on the 1M-article store, counting
/// to 1,000 was 60% of a search's CPU (3.2-3.6 ms of server CPU per search under load against
/// 1.2-1.5 ms counting to 100), most of it for a word with an outlet or month filter, whose
/// matches are sparse in the word's list.
pub const COUNT_LIMIT: i64 = 100;

/// Most index matches one page reads: when the filters on the rows (class, gender, kind, exact outlet
/// and days) reject many, a page can hold fewer hits than asked, with a cursor to go on.
pub const SCAN_WINDOW: i64 = 1_000;

/// True when a filter is a property of the quote or speaker row (class, gender, kind), which
/// the index does not hold.
fn needs_rows(q: &SearchQuery, opts: &PageOptions) -> bool {
    opts.gender.is_some() || opts.kind.is_some() || !q.classes.is_empty()
}

/// The speaker of a hit, as the article profiles them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HitSpeaker {
    /// The name as the article gives it.
    pub name: String,
    /// The corpus-wide person key ([`person_key`]) for people, else empty.
    pub key: String,
    /// person, organization, group, anonymous or document.
    pub kind: String,
    /// female, male or unknown, in that article.
    pub gender: String,
    /// What showed the gender: honorific, noun, pronoun, name_lexicon or none.
    pub gender_evidence: String,
    /// Roles as "title, organization".
    pub roles: Vec<String>,
}

/// One quote found, with its speaker's profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageHit {
    /// The quote's text.
    pub quote: String,
    /// The quote's id in the article ("q3").
    pub quote_id: String,
    /// direct, indirect or mixed.
    pub quote_kind: String,
    /// First code point of the quote in the article's text.
    pub start: u64,
    /// One past the quote's last code point.
    pub end: u64,
    /// The article's id.
    pub article: String,
    /// The article's headline, when found.
    pub headline: Option<String>,
    /// The article's outlet.
    pub outlet: String,
    /// The article's date, when known.
    pub date: Option<String>,
    /// The speaker, when known.
    pub speaker: Option<HitSpeaker>,
}

/// A page of hits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Page {
    /// Matches of the query and filters, counted by the full-text index up to [`COUNT_LIMIT`]
    /// (words, speaker, outlet, whole months); with a class, gender, kind or day bound, the hits of this page.
    pub total: u64,
    /// False when `total` is a lower bound: over [`COUNT_LIMIT`] matches, or only this page counted and more follow.
    pub total_exact: bool,
    /// The hits, in index order.
    pub hits: Vec<PageHit>,
    /// Pass as `after` for the next page; `None` on the last page.
    pub next: Option<i64>,
}

const PAGE_FILTERS: &str = "(?2 IS NULL OR s.norm = ?2 OR (instr(?2, ' ') = 0 AND s.surname = ?2))
       AND (?3 IS NULL OR a.outlet = ?3 COLLATE NOCASE)
       AND (?4 IS NULL OR a.date >= ?4)
       AND (?5 IS NULL OR a.date <= ?5 || '~')
       AND (?6 IS NULL OR s.gender = ?6)
       AND (?7 IS NULL OR s.kind = ?7)";

/// A page of quote hits in index order, with the total count; fails when [`check`] refuses the query.
///
/// `q.limit` is the page size (0 means 20). Gender and kind filter on the speaker row of the
/// quote, `q.classes` on the quote row (or on the codes of [`PageOptions::codes`]).
///
/// One pass over the full-text index gives the page, whether more follows, and the total:
/// the matches after the cursor come in rowid order, each is looked up (and checked against
/// the filters the index does not hold) until the page is full or [`SCAN_WINDOW`] matches
/// were read; on a first page whose filters the index holds, the pass then goes on counting
/// up to [`COUNT_LIMIT`]` + 1` matches. (Counting, the page and the window's end were three
/// walks of the same matches before: for two words that rarely meet, three walks of the rarer
/// word's whole list.)
pub fn search_page(conn: &Connection, q: &SearchQuery, opts: &PageOptions) -> Result<Page> {
    check(q)?;
    let speaker = q.speaker.as_deref().map(norm_name).filter(|s| !s.is_empty());
    // With codes that hold the outlet and months (and enough quotes pass them), the index is
    // asked for the words and speaker alone and each match's place checked in the codes; the
    // page is the same as with the full query (the codes hold what its tokens say), unless
    // that walk runs long or meets a quote the codes do not know: then the full query.
    if let Some(places) = opts.codes.as_deref().and_then(|c| c.places(q)) {
        let words = SearchQuery { outlet: None, from: None, to: None, ..q.clone() };
        if let Some(fts) = full_query(&words, speaker.as_deref()) {
            if let Some(page) = page_pass(conn, q, opts, speaker.as_deref(), &fts, Some(&places))? {
                return Ok(page);
            }
        }
    }
    match full_query(q, speaker.as_deref()) {
        Some(fts) => Ok(page_pass(conn, q, opts, speaker.as_deref(), &fts, None)?.unwrap_or_else(Page::empty)),
        None => Ok(Page::empty()),
    }
}

impl Page {
    fn empty() -> Page {
        Page { total: 0, total_exact: true, hits: Vec::new(), next: None }
    }
}

/// [`search_page`]'s pass over the matches of the full-text query `fts`; with `places`, each
/// match is first checked against the page's outlet and months in the codes (which `fts` then
/// leaves out). `None` when that check passed over more than [`PLACE_WALK`] matches or met a
/// quote the codes do not know.
fn page_pass(
    conn: &Connection,
    q: &SearchQuery,
    opts: &PageOptions,
    speaker: Option<&str>,
    fts: &str,
    places: Option<&PlaceFilter<'_>>,
) -> Result<Option<Page>> {
    let limit = if q.limit == 0 { 20 } else { q.limit };
    // Matches of `fts` passed over on their place; `None` from `place` ends the pass.
    let mut passed_over = 0u64;
    let mut place = |id: i64| -> Option<bool> {
        let Some(p) = places else { return Some(true) };
        let pass = p.pass(id)?;
        if !pass {
            passed_over += 1;
        }
        (passed_over <= PLACE_WALK).then_some(pass)
    };
    // Words, speaker, outlet and whole months are tokens of the full-text index, so the index
    // alone counts them; class, gender, kind and day bounds need every matching row read, which
    // costs up to a second on a million articles, so then only this page is counted. A first
    // page counts in its own pass; a later one counts from the first match apart.
    let month_bound = |d: &Option<String>| d.as_deref().is_none_or(|d| d.len() <= 7);
    let by_index = !needs_rows(q, opts) && month_bound(&q.from) && month_bound(&q.to);
    let count_to = if by_index && opts.after.is_none() { COUNT_LIMIT + 1 } else { 0 };
    let mut matches = conn.prepare_cached("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1 AND rowid > ?2 ORDER BY rowid")?;
    let counted_apart: Option<i64> = match (by_index && opts.after.is_some(), places) {
        (false, _) => None,
        (true, None) => {
            let sql = "SELECT count(*) FROM (SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?1 LIMIT ?2)";
            Some(conn.prepare_cached(sql)?.query_row(params![fts, COUNT_LIMIT + 1], |r| r.get(0))?)
        }
        (true, Some(_)) => {
            let mut ids = matches.query(params![fts, i64::MIN])?;
            let mut n = 0;
            while n <= COUNT_LIMIT {
                let Some(r) = ids.next()? else { break };
                match place(r.get(0)?) {
                    None => return Ok(None),
                    Some(pass) => n += i64::from(pass),
                }
            }
            Some(n)
        }
    };
    let mut ids = matches.query(params![fts, opts.after.unwrap_or(i64::MIN)])?;
    // A class filter is one more condition on the quote row, in a statement of its own, so a
    // page without one runs the statement it always ran.
    let classes = crate::schema::class_list(&q.classes);
    let filters = match classes {
        None => HitFilters::Rows,
        Some(_) => HitFilters::RowsAndClass { column: crate::schema::has_class_column(conn) },
    };
    let mut hit = conn.prepare_cached(hit_sql(filters))?;
    let keep = opts.codes.as_deref().filter(|_| needs_rows(q, opts)).map(|c| c.filter(opts.gender.as_deref(), opts.kind.as_deref(), &q.classes));
    let mut hits = Vec::new();
    // Matches taken from the index (of the outlet and months), and those of them looked up on the rows.
    let (mut seen, mut read): (i64, i64) = (0, 0);
    let mut last = None;
    let mut more = false;
    while let Some(r) = ids.next()? {
        let id: i64 = r.get(0)?;
        match place(id) {
            None => return Ok(None),
            Some(false) => continue,
            Some(true) => {}
        }
        seen += 1;
        if read == SCAN_WINDOW {
            // A full window and one more match: the next page starts after the window.
            more = true;
            break;
        }
        read += 1;
        if keep.as_ref().is_some_and(|k| !k.may_pass(id)) {
            last = Some(id);
            continue;
        }
        let mut rows = match &classes {
            None => hit.query(params![id, speaker, q.outlet, q.from, q.to, opts.gender, opts.kind])?,
            Some(c) => hit.query(params![id, speaker, q.outlet, q.from, q.to, opts.gender, opts.kind, c])?,
        };
        let Some(row) = rows.next()? else {
            last = Some(id);
            continue;
        };
        if hits.len() == limit {
            more = true;
            break;
        }
        hits.push(read_hit(conn, row)?);
        last = Some(id);
    }
    if more {
        while seen < count_to {
            let Some(r) = ids.next()? else { break };
            match place(r.get(0)?) {
                None => return Ok(None),
                Some(pass) => seen += i64::from(pass),
            }
        }
    }
    let (total, total_exact) = match counted_apart.or((count_to > 0).then_some(seen)) {
        Some(n) => (n.clamp(0, COUNT_LIMIT) as u64, n <= COUNT_LIMIT),
        None => (hits.len() as u64, !more && opts.after.is_none()),
    };
    Ok(Some(Page { total, total_exact, hits, next: if more { last } else { None } }))
}

/// The conditions of a hit's statement ([`hit_sql`]).
#[derive(Clone, Copy)]
enum HitFilters {
    /// None: the quote by id.
    Plain,
    /// The row filters `?2`..`?7` of [`PAGE_FILTERS`].
    Rows,
    /// The row filters and the classes bound to `?8` ([`crate::schema::class_list`]), in a
    /// store with or without the class `column`.
    RowsAndClass { column: bool },
}

/// The statement of one hit by quote rowid `?1` with `filters`. No row when the quote is
/// missing or filtered out. Built once per process (a search page prepares it from the
/// statement cache per request).
fn hit_sql(filters: HitFilters) -> &'static str {
    static SQL: std::sync::OnceLock<[String; 4]> = std::sync::OnceLock::new();
    let [plain, rows, class_column, class_none] = SQL.get_or_init(|| {
        let base = format!(
            "SELECT {QUOTE_TEXT_SQL}, q.qid, q.kind, q.start, q.end, a.doc_id, a.headline, a.outlet, a.date,
                s.id, s.name, s.norm, s.kind, s.gender, s.gender_evidence
         FROM quotes q JOIN articles a ON a.id = q.article LEFT JOIN speakers s ON s.id = q.speaker
         WHERE q.id = ?1"
        );
        let rows = format!("{base} AND {PAGE_FILTERS}");
        let class = |column| format!("{rows} AND {}", crate::schema::class_filter_sql(column, 8));
        let (class_column, class_none) = (class(true), class(false));
        [base, rows, class_column, class_none]
    });
    match filters {
        HitFilters::Plain => plain,
        HitFilters::Rows => rows,
        HitFilters::RowsAndClass { column: true } => class_column,
        HitFilters::RowsAndClass { column: false } => class_none,
    }
}

/// A hit from a row of [`hit_sql`], with its speaker's profile.
fn read_hit(conn: &Connection, r: &rusqlite::Row<'_>) -> Result<PageHit> {
    let speaker = match r.get::<_, Option<i64>>(9)? {
        Some(sid) => Some(hit_speaker(conn, r, sid, 10)?),
        None => None,
    };
    Ok(PageHit {
        quote: r.get(0)?,
        quote_id: r.get(1)?,
        quote_kind: r.get(2)?,
        start: r.get::<_, i64>(3)?.max(0) as u64,
        end: r.get::<_, i64>(4)?.max(0) as u64,
        article: r.get(5)?,
        headline: r.get(6)?,
        outlet: r.get(7)?,
        date: r.get(8)?,
        speaker,
    })
}

/// A speaker row's roles as "title, organization".
/// The profile of speaker row `speaker`, from the columns name, norm, kind, gender and
/// gender_evidence that a query selects in that order from column `at` on.
fn hit_speaker(conn: &Connection, r: &rusqlite::Row<'_>, speaker: i64, at: usize) -> Result<HitSpeaker> {
    let norm: String = r.get(at + 1)?;
    let kind: String = r.get(at + 2)?;
    Ok(HitSpeaker {
        name: r.get(at)?,
        key: if kind == "person" { person_key(&norm) } else { String::new() },
        kind,
        gender: r.get(at + 3)?,
        gender_evidence: r.get(at + 4)?,
        roles: roles(conn, speaker)?,
    })
}

fn roles(conn: &Connection, speaker: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT title, organization FROM roles WHERE speaker = ?")?;
    let rs = stmt.query_map([speaker], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)))?;
    let mut out = Vec::new();
    for role in rs {
        let (t, o) = role?;
        out.push(match o {
            Some(o) => format!("{t}, {o}"),
            None => t,
        });
    }
    Ok(out)
}

/// A speaker of a stored article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleSpeaker {
    /// "s1" within the article.
    pub id: String,
    /// Name, key, kind, gender with its evidence, and roles.
    #[serde(flatten)]
    pub profile: HitSpeaker,
}

/// A quote of a stored article.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleQuote {
    /// "q1" within the article.
    pub id: String,
    /// direct, indirect or mixed.
    pub kind: String,
    /// speech, belief, stance or evidence (contract v1.1).
    pub class: String,
    /// The quote's text, `text[start..end]`.
    pub text: String,
    /// First code point.
    pub start: u64,
    /// One past the last code point.
    pub end: u64,
    /// The cue ("said"), when there is one.
    pub cue: Option<String>,
    /// The speaker's id ("s1"), when known.
    pub speaker: Option<String>,
    /// Whom the quote was said to, when stated.
    pub addressee: Option<String>,
    /// The analyzer's confidence.
    pub confidence: f64,
}

/// A stored article with its quotes, speakers, entities and furniture, as the store keeps them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredArticle {
    /// The record id.
    pub id: String,
    /// The outlet.
    pub outlet: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The headline, when found.
    pub headline: Option<String>,
    /// Authors, when found.
    pub byline: Option<String>,
    /// The published date as stated.
    pub published: Option<String>,
    /// Where it was fetched from.
    pub url: Option<String>,
    /// The site name.
    pub site_name: Option<String>,
    /// The publisher a syndication notice names.
    pub original_publisher: Option<String>,
    /// The wire service credited.
    pub wire: Option<String>,
    /// The text every offset indexes (code points).
    pub text: String,
    /// Quotes in text order.
    pub quotes: Vec<ArticleQuote>,
    /// Speakers.
    pub speakers: Vec<ArticleSpeaker>,
    /// Entities as `[kind, start, end]`.
    pub entities: serde_json::Value,
    /// Furniture (headline, byline, captions...) with spans into `text`.
    pub furniture: serde_json::Value,
}

/// The stored article with record id `id`, or `None` when there is none.
pub fn article(conn: &Connection, id: &str) -> Result<Option<StoredArticle>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.doc_id, a.outlet, a.date, a.headline, a.byline, a.published, a.url, a.site_name,
                a.original_publisher, a.wire, a.text, e.entities, e.furniture
         FROM articles a LEFT JOIN extras e ON e.article = a.id WHERE a.doc_id = ? ORDER BY a.id DESC LIMIT 1",
    )?;
    let mut rows = stmt.query([id])?;
    let Some(r) = rows.next()? else { return Ok(None) };
    let rowid: i64 = r.get(0)?;
    let json = |s: Option<String>| -> serde_json::Value {
        s.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or(serde_json::Value::Array(Vec::new()))
    };
    let mut a = StoredArticle {
        id: r.get(1)?,
        outlet: r.get(2)?,
        date: r.get(3)?,
        headline: r.get(4)?,
        byline: r.get(5)?,
        published: r.get(6)?,
        url: r.get(7)?,
        site_name: r.get(8)?,
        original_publisher: r.get(9)?,
        wire: r.get(10)?,
        text: r.get(11)?,
        quotes: Vec::new(),
        speakers: Vec::new(),
        entities: json(r.get(12)?),
        furniture: json(r.get(13)?),
    };
    drop(rows);
    let mut sids: FastMap<i64, String> = FastMap::default();
    let mut st = conn.prepare_cached(
        "SELECT id, sid, name, norm, kind, gender, gender_evidence FROM speakers WHERE article = ? ORDER BY id",
    )?;
    let mut rows = st.query([rowid])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let sid: String = r.get(1)?;
        sids.insert(id, sid.clone());
        a.speakers.push(ArticleSpeaker { id: sid, profile: hit_speaker(conn, r, id, 2)? });
    }
    drop(rows);
    let sql = format!(
        "SELECT q.qid, q.kind, {QUOTE_TEXT_SQL}, q.start, q.end, q.cue, q.speaker, q.addressee, q.confidence, {}
         FROM quotes q JOIN articles a ON a.id = q.article WHERE q.article = ? ORDER BY q.start, q.id",
        crate::schema::class_sql(conn)
    );
    let mut qs = conn.prepare_cached(&sql)?;
    let mut rows = qs.query([rowid])?;
    while let Some(r) = rows.next()? {
        a.quotes.push(ArticleQuote {
            id: r.get(0)?,
            kind: r.get(1)?,
            class: r.get(9)?,
            text: r.get(2)?,
            start: r.get::<_, i64>(3)?.max(0) as u64,
            end: r.get::<_, i64>(4)?.max(0) as u64,
            cue: r.get(5)?,
            speaker: r.get::<_, Option<i64>>(6)?.and_then(|s| sids.get(&s).cloned()),
            addressee: r.get(7)?,
            confidence: r.get(8)?,
        });
    }
    Ok(Some(a))
}

/// A count under a name (a month, an outlet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The month (`YYYY-MM`, "unknown") or outlet.
    pub key: String,
    /// Quotes.
    pub quotes: u64,
}

/// One person's profile: who they are across the corpus and where they were quoted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Profile {
    /// The person as [`crate::stats::speakers`] gives them.
    #[serde(flatten)]
    pub person: Person,
    /// Quotes per month, oldest first.
    pub months: Vec<Count>,
    /// Quotes per outlet, most first.
    pub top_outlets: Vec<Count>,
    /// The latest quotes (by article date, undated last).
    pub latest: Vec<PageHit>,
}

/// The profile of `person` (one of [`crate::stats::speakers`]): their quotes per month and
/// outlet and the `latest` newest quotes, found through the speaker tokens of each alias.
pub fn speaker_profile(conn: &Connection, person: &Person, latest: usize) -> Result<Profile> {
    let norms: FastSet<String> = person.aliases.iter().map(|a| norm_name(&a.name)).filter(|n| !n.is_empty()).collect();
    let mut tokens: Vec<String> = norms
        .iter()
        .flat_map(|n| crate::search::speaker_tokens(n).split(' ').map(String::from).collect::<Vec<_>>())
        .filter(|t| t.starts_with('x'))
        .map(|t| format!("\"{t}\""))
        .collect();
    tokens.sort();
    tokens.dedup();
    if tokens.is_empty() {
        return Err(StoreError::Invalid(format!("{:?} has no name to look up", person.name)));
    }
    let fts = format!("speaker : ({})", tokens.join(" OR "));
    let sql = "SELECT q.id, s.norm, a.month, a.outlet, a.date FROM quotes_fts f
         JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article JOIN speakers s ON s.id = q.speaker
         WHERE quotes_fts MATCH ?1 AND s.kind = 'person'";
    let mut months: FastMap<String, u64> = FastMap::default();
    let mut outlets: FastMap<String, u64> = FastMap::default();
    let mut dated: Vec<(Option<String>, i64)> = Vec::new();
    {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query([&fts])?;
        while let Some(r) = rows.next()? {
            let norm = r.get_ref(1)?.as_str().unwrap_or("");
            if !norms.contains(norm) {
                continue;
            }
            let month: Option<String> = r.get(2)?;
            *months.entry(month.unwrap_or_else(|| "unknown".into())).or_default() += 1;
            *outlets.entry(r.get(3)?).or_default() += 1;
            dated.push((r.get(4)?, r.get(0)?));
        }
    }
    // Newest first, undated last; the later-indexed quote first among equals.
    dated.sort_by(|a, b| match (&a.0, &b.0) {
        (Some(x), Some(y)) => y.cmp(x).then(b.1.cmp(&a.1)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => b.1.cmp(&a.1),
    });
    let mut latest_hits = Vec::new();
    for (_, qid) in dated.iter().take(latest) {
        if let Some(h) = quote_hit(conn, *qid)? {
            latest_hits.push(h);
        }
    }
    let mut months: Vec<Count> = months.into_iter().map(|(key, quotes)| Count { key, quotes }).collect();
    months.sort_by(|a, b| a.key.cmp(&b.key));
    let mut top_outlets: Vec<Count> = outlets.into_iter().map(|(key, quotes)| Count { key, quotes }).collect();
    top_outlets.sort_by(|a, b| b.quotes.cmp(&a.quotes).then(a.key.cmp(&b.key)));
    top_outlets.truncate(20);
    Ok(Profile { person: person.clone(), months, top_outlets, latest: latest_hits })
}

/// One quote by its rowid, as a hit.
fn quote_hit(conn: &Connection, id: i64) -> Result<Option<PageHit>> {
    let mut stmt = conn.prepare_cached(hit_sql(HitFilters::Plain))?;
    let mut rows = stmt.query([id])?;
    rows.next()?.map(|r| read_hit(conn, r)).transpose()
}
