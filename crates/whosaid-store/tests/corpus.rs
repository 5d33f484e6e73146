//! Corpus-mode tests. Expected numbers are always computed here, from the
//! records the test builds, never from the store's own output.
//!
//! - `search_*`: FTS hits and filters against a hand count over the quotes.
//! - `stats_*`: per-outlet and per-month counts and gender shares, reprints counted once.
//! - `speaker_codes_*`: a search page with a gender or kind filter is the same with or without
//!   the in-memory speaker codes, also codes read before more articles were stored.
//! - `search_by_class_*`, `speakers_of_classes_*`, `a_store_without_classes_*`: search pages,
//!   `search` and people over some quote classes hold exactly those quotes (a hand count).
//! - `speakers_*`: one entry per person: name variants and a surname under a clear
//!   majority merge with aliases and one gender; shared surnames stay apart.
//! - `reprints_*`: a story and its reprints cluster, unrelated stories do not.
//! - `index_*`: the threaded pipeline stores each input once and resumes.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::PathBuf;
use whosaid::*;
use whosaid_store::synth::Rng;

fn temp_db(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-store-tests-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let db = dir.join(format!("{name}.db"));
    for s in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{s}", db.display()));
    }
    db
}

const WORDS: &[&str] = &[
    "river", "copper", "lantern", "meadow", "harbor", "pencil", "garden", "window", "thunder", "velvet", "orchard",
    "signal", "marble", "canyon", "feather", "engine", "basket", "island", "ladder", "mirror", "needle", "planet",
    "rocket", "saddle", "tunnel", "violin", "wagon", "yellow", "zephyr", "anchor", "bridge", "candle", "desert",
    "falcon", "glacier", "hammer", "jungle", "kettle", "lemon", "magnet",
];

/// A paragraph of seeded random words: bodies of different seeds share no 5-word shingles in practice.
fn babble(rng: &mut Rng, n: usize) -> String {
    let mut w: Vec<&str> = (0..n).map(|_| WORDS[rng.below(WORDS.len())]).collect();
    if let Some(f) = w.first_mut() {
        *f = "The";
    }
    format!("{}.", w.join(" "))
}

struct Spk {
    name: &'static str,
    gender: Gender,
    kind: SpeakerKind,
}

const PEOPLE: &[Spk] = &[
    Spk { name: "Anna Smith", gender: Gender::Female, kind: SpeakerKind::Person },
    Spk { name: "John Smith", gender: Gender::Male, kind: SpeakerKind::Person },
    Spk { name: "Maria Lopez", gender: Gender::Female, kind: SpeakerKind::Person },
    Spk { name: "Lee Chen", gender: Gender::Unknown, kind: SpeakerKind::Person },
    Spk { name: "the city council", gender: Gender::Unknown, kind: SpeakerKind::Organization },
];

const TOPICS: &[&str] = &["budget deficit", "school funding", "bridge repairs", "water prices"];

/// Builds article `i`: outlet, month and quotes all from a seeded draw.
fn article(i: usize, rng: &mut Rng) -> Article {
    let outlets = ["gazette", "herald", "tribune"];
    let outlet = outlets[rng.below(3)];
    let month = 1 + rng.below(3);
    let id = format!("{outlet}_2020-{month:02}-{:02}_story-{i}", 1 + rng.below(28));
    let mut text = String::new();
    let mut quotes = Vec::new();
    let mut speakers: Vec<Speaker> = Vec::new();
    let nq = rng.below(5);
    for q in 0..nq {
        text.push_str(&babble(rng, 30));
        text.push_str("\n\n");
        let who = &PEOPLE[rng.below(PEOPLE.len())];
        let topic = TOPICS[rng.below(TOPICS.len())];
        let said = format!("We must talk about the {topic} now, said item {i} {q}");
        let start = text.chars().count();
        text.push_str(&said);
        let end = text.chars().count();
        text.push_str("\n\n");
        let sid = match speakers.iter().find(|s| s.name == who.name) {
            Some(s) => s.id.clone(),
            None => {
                let id = format!("s{}", speakers.len() + 1);
                speakers.push(Speaker {
                    id: id.clone(),
                    name: who.name.to_string(),
                    kind: who.kind,
                    gender: who.gender,
                    gender_evidence: GenderEvidence::None,
                    gender_evidence_text: None,
                    roles: vec![Role { title: "spokesperson".into(), organization: None }],
                    mentions: vec![],
                });
                id
            }
        };
        quotes.push(Quote {
            id: format!("q{}", q + 1),
            kind: QuoteType::Direct,
            class: Default::default(),
            text: said,
            start,
            end,
            cue: None,
            speaker: Some(sid),
            speaker_mention: None,
            addressee: None,
            confidence: 0.9,
        });
    }
    text.push_str(&babble(rng, 40));
    Article {
        id,
        body: text.clone(),
        content: text.clone(),
        text,
        headline: Some(format!("Story {i}")),
        byline: None,
        published: None,
        url: None,
        site_name: None,
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

fn corpus(n: usize) -> Vec<Article> {
    let mut rng = Rng::new(2024);
    (0..n).map(|i| article(i, &mut rng)).collect()
}

fn outlet_of(a: &Article) -> String {
    a.id.split('_').next().unwrap_or("").to_string()
}

fn month_of(a: &Article) -> String {
    a.id.split('_').nth(1).and_then(|d| d.get(..7)).unwrap_or("").to_string()
}

fn speaker_of<'a>(a: &'a Article, q: &Quote) -> Option<&'a Speaker> {
    a.speakers.iter().find(|s| Some(&s.id) == q.speaker.as_ref())
}

/// SQL that gives a current store's quotes their text column back, as stores before version 5 had it.
/// (It also undoes version 6: the raw_text column and the indexes for replacing articles.)
const QUOTE_TEXT_COLUMN_BACK: &str = "DROP VIEW quote_texts;
    DROP INDEX articles_doc_id; DROP INDEX quotes_article; DROP INDEX speakers_article;
    ALTER TABLE quotes DROP COLUMN raw_text; ALTER TABLE quotes DROP COLUMN class;
    ALTER TABLE quotes ADD COLUMN text TEXT;
    UPDATE quotes SET text = (SELECT substr(a.text, quotes.start + 1, quotes.end - quotes.start) FROM articles a WHERE a.id = quotes.article);";

#[test]
fn search_survives_the_fts_rebuild_of_an_older_store() -> Result<(), Box<dyn std::error::Error>> {
    let arts = corpus(120);
    let db = temp_db("migrate");
    {
        let mut conn = whosaid_store::open(&db)?;
        assert_eq!(whosaid_store::insert_articles(&mut conn, &arts)?, 120);
        // Back to version 2: quotes kept their text, and the FTS index's speaker column held the name's words.
        conn.execute_batch(QUOTE_TEXT_COLUMN_BACK)?;
        conn.execute_batch(
            "DROP TABLE quotes_fts;
             CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, outlet, month, content='', tokenize='unicode61 remove_diacritics 2');
             INSERT INTO quotes_fts(rowid, text, speaker, outlet, month)
               SELECT q.id, q.text, coalesce(s.norm, ''), 'x', 'x' FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker;
             PRAGMA user_version = 2;",
        )?;
    }
    let conn = whosaid_store::open(&db)?;
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    assert_eq!(v, whosaid_store::schema::current_version());
    let want = arts
        .iter()
        .flat_map(|a| a.quotes.iter().map(move |q| (a, q)))
        .filter(|(a, q)| q.text.contains("budget") && speaker_of(a, q).is_some_and(|s| s.name.ends_with("Smith")))
        .count();
    assert!(want > 0);
    let q = whosaid_store::SearchQuery { text: "budget".into(), speaker: Some("Smith".into()), limit: 10_000, ..Default::default() };
    assert_eq!(whosaid_store::search(&conn, &q)?.len(), want);
    let q = whosaid_store::SearchQuery { text: "budget".into(), outlet: Some("gazette".into()), limit: 10_000, ..Default::default() };
    assert!(!whosaid_store::search(&conn, &q)?.is_empty());
    Ok(())
}

#[test]
fn search_hits_match_a_hand_count() -> Result<(), Box<dyn std::error::Error>> {
    let arts = corpus(300);
    let db = temp_db("search");
    let mut conn = whosaid_store::open(&db)?;
    assert_eq!(whosaid_store::insert_articles(&mut conn, &arts)?, 300);
    let count = |pred: &dyn Fn(&Article, &Quote) -> bool| -> usize {
        arts.iter().flat_map(|a| a.quotes.iter().map(move |q| (a, q))).filter(|(a, q)| pred(a, q)).count()
    };
    let search = |q: whosaid_store::SearchQuery| whosaid_store::search(&conn, &q);
    let base = || whosaid_store::SearchQuery { limit: 100_000, ..Default::default() };

    let want = count(&|_, q| q.text.contains("budget deficit"));
    assert!(want > 10);
    assert_eq!(search(whosaid_store::SearchQuery { text: "Budget deficit".into(), ..base() })?.len(), want);
    let want_phrase = count(&|_, q| q.text.contains("school funding"));
    assert_eq!(search(whosaid_store::SearchQuery { text: "\"school funding\"".into(), ..base() })?.len(), want_phrase);

    let want = count(&|a, q| q.text.contains("water") && outlet_of(a) == "herald");
    let hits = search(whosaid_store::SearchQuery { text: "water".into(), outlet: Some("Herald".into()), ..base() })?;
    assert_eq!(hits.len(), want);
    assert!(hits.iter().all(|h| h.outlet == "herald"));

    let want = count(&|a, q| {
        q.text.contains("bridge") && speaker_of(a, q).is_some_and(|s| s.name == "Anna Smith")
    });
    let hits = search(whosaid_store::SearchQuery { text: "bridge".into(), speaker: Some("anna smith".into()), ..base() })?;
    assert_eq!(hits.len(), want);
    // A last name alone matches every Smith.
    let want_smiths = count(&|a, q| {
        q.text.contains("bridge") && speaker_of(a, q).is_some_and(|s| s.name.ends_with("Smith"))
    });
    let hits = search(whosaid_store::SearchQuery { text: "bridge".into(), speaker: Some("Smith".into()), ..base() })?;
    assert_eq!(hits.len(), want_smiths);
    assert!(want_smiths > want);

    let want = count(&|a, q| q.text.contains("prices") && month_of(a) == "2020-02");
    let hits = search(whosaid_store::SearchQuery {
        text: "prices".into(),
        from: Some("2020-02".into()),
        to: Some("2020-02".into()),
        ..base()
    })?;
    assert_eq!(hits.len(), want);

    // Outlet and month range together go through the outlet-and-month tokens.
    let want = count(&|a, q| q.text.contains("prices") && outlet_of(a) == "herald" && ("2020-01".."2020-03").contains(&month_of(a).as_str()));
    assert!(want > 0, "the synthetic corpus has herald prices quotes in 2020-01..02");
    let hits = search(whosaid_store::SearchQuery {
        text: "prices".into(),
        outlet: Some("Herald".into()),
        from: Some("2020-01".into()),
        to: Some("2020-02".into()),
        ..base()
    })?;
    assert_eq!(hits.len(), want);
    assert!(hits.iter().all(|h| h.outlet == "herald"));

    // Offsets index the stored article text.
    let by_id: HashMap<&str, &Article> = arts.iter().map(|a| (a.id.as_str(), a)).collect();
    for h in search(whosaid_store::SearchQuery { text: "talk".into(), limit: 50, ..Default::default() })? {
        let a = by_id[h.article.as_str()];
        let span: String = a.text.chars().skip(h.start as usize).take((h.end - h.start) as usize).collect();
        assert_eq!(span, h.quote);
        assert_eq!(h.roles, vec!["spokesperson".to_string()]);
    }
    // A query without words is refused with a reason (issue 14), not an empty result.
    let empty = search(whosaid_store::SearchQuery { text: "  ( ) \" ".into(), ..base() });
    assert!(matches!(empty, Err(whosaid_store::StoreError::Query(ref m)) if m.contains("no words")), "{empty:?}");
    assert_eq!(search(whosaid_store::SearchQuery { text: "budget".into(), limit: 3, ..base() })?.len(), 3);
    Ok(())
}

/// The API's search pages (`browse::search_page`, one pass over the index for the page, the
/// cursor and the total): followed by cursor, the pages hold exactly the quotes a hand count
/// finds, each once; the first page's total is the hand count up to `COUNT_LIMIT`, exact
/// below it, a lower bound above; with a filter only the rows hold (gender, a day bound), the
/// page's own hits.
#[test]
fn search_pages_walk_and_count_like_a_hand_count() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::browse::{search_page, PageOptions, COUNT_LIMIT};
    let arts = corpus(300);
    let db = temp_db("pages");
    let mut conn = whosaid_store::open(&db)?;
    assert_eq!(whosaid_store::insert_articles(&mut conn, &arts)?, 300);
    let conn = whosaid_store::open_read(&db)?;
    let female = |a: &Article, q: &Quote| speaker_of(a, q).is_some_and(|s| s.gender == Gender::Female);
    type Pred = Box<dyn Fn(&Article, &Quote) -> bool>;
    let cases: Vec<(whosaid_store::SearchQuery, Option<&str>, Pred)> = vec![
        (whosaid_store::SearchQuery { text: "talk".into(), ..Default::default() }, None, Box::new(|_, q| q.text.contains("talk"))),
        (whosaid_store::SearchQuery { text: "budget deficit".into(), ..Default::default() }, None, Box::new(|_, q| q.text.contains("budget deficit"))),
        (
            whosaid_store::SearchQuery { text: "water".into(), outlet: Some("Herald".into()), ..Default::default() },
            None,
            Box::new(|a, q| q.text.contains("water") && outlet_of(a) == "herald"),
        ),
        (
            whosaid_store::SearchQuery { text: "prices".into(), from: Some("2020-02".into()), to: Some("2020-02".into()), ..Default::default() },
            None,
            Box::new(|a, q| q.text.contains("prices") && month_of(a) == "2020-02"),
        ),
        (whosaid_store::SearchQuery { text: "talk".into(), ..Default::default() }, Some("female"), Box::new(move |a, q| q.text.contains("talk") && female(a, q))),
        (
            whosaid_store::SearchQuery { text: "talk".into(), from: Some("2020-01-10".into()), to: Some("2020-03-20".into()), ..Default::default() },
            None,
            Box::new(|a, q| {
                let day = a.id.split('_').nth(1).unwrap_or("");
                q.text.contains("talk") && ("2020-01-10"..="2020-03-20").contains(&day)
            }),
        ),
    ];
    let mut capped = 0;
    for (query, gender, pred) in &cases {
        let want: HashSet<(String, String)> = arts
            .iter()
            .flat_map(|a| a.quotes.iter().filter(|q| pred(a, q)).map(|q| (a.id.clone(), q.id.clone())))
            .collect();
        assert!(!want.is_empty(), "{query:?}");
        let by_index = gender.is_none() && query.from.as_deref().is_none_or(|d| d.len() <= 7);
        let mut got = HashSet::new();
        let mut opts = PageOptions { gender: gender.map(String::from), ..Default::default() };
        for page_no in 0.. {
            assert!(page_no < 1000, "{query:?}: the cursor does not move on");
            let page = search_page(&conn, &whosaid_store::SearchQuery { limit: 7, ..query.clone() }, &opts)?;
            if page_no == 0 {
                let n = want.len() as u64;
                if by_index {
                    assert_eq!((page.total, page.total_exact), (n.min(COUNT_LIMIT as u64), n <= COUNT_LIMIT as u64), "{query:?}");
                    capped += usize::from(n > COUNT_LIMIT as u64);
                } else {
                    assert_eq!((page.total, page.total_exact), (page.hits.len() as u64, page.next.is_none()), "{query:?}");
                }
            }
            assert!(page.hits.len() <= 7);
            for h in &page.hits {
                assert!(got.insert((h.article.clone(), h.quote_id.clone())), "{query:?}: a hit on two pages");
            }
            match page.next {
                Some(n) => opts.after = Some(n),
                None => break,
            }
        }
        assert_eq!(got, want, "{query:?}");
    }
    assert!(capped > 0, "no query had more than COUNT_LIMIT matches");
    Ok(())
}

/// A store of `arts` (at least 200) opened for reading, with its quote codes read now and as
/// read when only the first 200 articles were stored (the quotes of the rest are unknown to
/// those: a page must look them up as without codes).
fn store_with_codes(
    arts: &[Article],
    name: &str,
) -> Result<(rusqlite::Connection, std::sync::Arc<whosaid_store::browse::QuoteCodes>, std::sync::Arc<whosaid_store::browse::QuoteCodes>), Box<dyn std::error::Error>> {
    use whosaid_store::browse::QuoteCodes;
    let db = temp_db(name);
    let mut conn = whosaid_store::open(&db)?;
    assert_eq!(whosaid_store::insert_articles(&mut conn, &arts[..200])?, 200);
    let early = QuoteCodes::load(&whosaid_store::open_read(&db)?)?.ok_or("no codes")?;
    assert_eq!(whosaid_store::insert_articles(&mut conn, &arts[200..])?, (arts.len() - 200) as u64);
    let conn = whosaid_store::open_read(&db)?;
    let codes = QuoteCodes::load(&conn)?.ok_or("no codes")?;
    Ok((conn, std::sync::Arc::new(codes), std::sync::Arc::new(early)))
}

/// Every search page of `q` from `opts` on, each next one by the cursor of the one before.
fn walk_pages(
    conn: &rusqlite::Connection,
    q: &whosaid_store::SearchQuery,
    mut opts: whosaid_store::browse::PageOptions,
) -> Result<Vec<whosaid_store::browse::Page>, Box<dyn std::error::Error>> {
    let mut pages = Vec::new();
    for page_no in 0.. {
        assert!(page_no < 1000, "{q:?}: the cursor does not move on");
        let page = whosaid_store::browse::search_page(conn, q, &opts)?;
        let next = page.next;
        pages.push(page);
        match next {
            Some(n) => opts.after = Some(n),
            None => break,
        }
    }
    Ok(pages)
}

#[test]
fn speaker_codes_leave_every_filtered_page_as_it_was() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::browse::PageOptions;
    let (conn, codes, early) = store_with_codes(&corpus(300), "codes")?;
    let filters: &[(Option<&str>, Option<&str>)] = &[
        (Some("female"), None),
        (Some("male"), None),
        (Some("unknown"), None),
        (None, Some("person")),
        (None, Some("organization")),
        (Some("female"), Some("person")),
        (Some("male"), Some("organization")),
        (Some("nonsense"), None),
    ];
    let queries = [
        whosaid_store::SearchQuery { text: "talk".into(), limit: 7, ..Default::default() },
        whosaid_store::SearchQuery { text: "water".into(), outlet: Some("Herald".into()), limit: 5, ..Default::default() },
        whosaid_store::SearchQuery { text: "prices".into(), from: Some("2020-01-10".into()), to: Some("2020-03-20".into()), limit: 3, ..Default::default() },
    ];
    let mut hits = 0;
    for q in &queries {
        for &(gender, kind) in filters {
            let mut walks = Vec::new();
            for with in [None, Some(&codes), Some(&early)] {
                let opts = PageOptions { gender: gender.map(String::from), kind: kind.map(String::from), codes: with.cloned(), ..Default::default() };
                walks.push(walk_pages(&conn, q, opts)?);
            }
            hits += walks[0].iter().map(|p| p.hits.len()).sum::<usize>();
            assert_eq!(walks[0], walks[1], "{q:?} {gender:?} {kind:?}: codes changed the pages");
            assert_eq!(walks[0], walks[2], "{q:?} {gender:?} {kind:?}: codes of an older store changed the pages");
        }
    }
    assert!(hits > 50, "too few hits to compare: {hits}");
    // A filter rules out a quote without a speaker; an unknown quote id is looked up.
    let female = codes.filter(Some("female"), None, &[]);
    assert!(female.may_pass(i64::MAX));
    assert!(female.may_pass(-1));
    let none: Option<i64> = conn.query_row("SELECT min(id) FROM quotes WHERE speaker IS NULL", [], |r| r.get(0))?;
    if let Some(id) = none {
        assert!(!codes.filter(None, Some("person"), &[]).may_pass(id));
        assert!(codes.filter(None, None, &[]).may_pass(id));
    }
    Ok(())
}

/// A search page with an outlet or whole months checks them in the quote codes and asks the
/// index for the words alone: the same pages, totals and cursors as the full query, with and
/// without a gender filter, also with codes read before more articles were stored (whose new
/// quotes they do not know: the page then runs the full query).
#[test]
fn place_codes_leave_every_page_as_it_was() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::browse::PageOptions;
    let (conn, codes, early) = store_with_codes(&corpus(300), "place-codes")?;
    let query = |text: &str, outlet: Option<&str>, from: Option<&str>, to: Option<&str>| whosaid_store::SearchQuery {
        text: text.into(),
        outlet: outlet.map(String::from),
        from: from.map(String::from),
        to: to.map(String::from),
        limit: 6,
        ..Default::default()
    };
    // (query, checked in the codes)
    let cases = [
        (query("talk", Some("Herald"), None, None), true),
        (query("talk", Some("HER-ALD"), None, None), true),
        (query("water", None, Some("2020-02"), Some("2020-03")), true),
        (query("talk", None, Some("2020"), Some("2020")), true),
        (query("prices", Some("tribune"), Some("2020-01"), Some("2020-02")), true),
        (query("prices", Some("gazette"), Some("2020-01-10"), Some("2020-03-20")), true),
        (query("talk", None, Some("2020-03"), Some("2020-01")), false),
        (query("talk", Some("nowhere"), None, None), false),
        (query("talk", None, Some("2020-02"), None), false),
    ];
    let mut hits = 0;
    let mut counted = 0;
    for (q, checked) in &cases {
        assert_eq!(codes.checks_places(q), *checked, "{q:?}");
        for gender in [None, Some("female")] {
            let mut walks = Vec::new();
            for with in [None, Some(&codes), Some(&early)] {
                let opts = PageOptions { gender: gender.map(String::from), codes: with.cloned(), ..Default::default() };
                walks.push(walk_pages(&conn, q, opts)?);
            }
            hits += walks[0].iter().map(|p| p.hits.len()).sum::<usize>();
            counted += walks[0].iter().filter(|p| p.total > p.hits.len() as u64).count();
            assert_eq!(walks[0], walks[1], "{q:?} {gender:?}: codes changed the pages");
            assert_eq!(walks[0], walks[2], "{q:?} {gender:?}: codes of an older store changed the pages");
        }
    }
    assert!(hits > 100, "too few hits to compare: {hits}");
    assert!(counted > 5, "too few pages counted past their hits: {counted}");
    Ok(())
}

#[test]
fn stats_match_a_hand_count_and_count_reprints_once() -> Result<(), Box<dyn std::error::Error>> {
    let mut arts = corpus(200);
    // A reprint of article 0 in the same outlet: same body, same people; it must not count them twice.
    let mut re = arts[0].clone();
    re.id = format!("{}_reprint", arts[0].id);
    re.headline = Some("Reprinted".into());
    arts.push(re);
    let db = temp_db("stats");
    let mut conn = whosaid_store::open(&db)?;
    whosaid_store::insert_articles(&mut conn, &arts)?;
    let story = |a: &Article| if a.id.ends_with("_reprint") { arts[0].id.clone() } else { a.id.clone() };

    for by in [whosaid_store::GroupBy::Outlet, whosaid_store::GroupBy::Month] {
        let key = |a: &Article| if by == whosaid_store::GroupBy::Outlet { outlet_of(a) } else { month_of(a) };
        #[derive(Default, Debug)]
        struct Want {
            articles: u64,
            quotes: u64,
            sources: HashSet<String>,
            people: HashMap<(String, String), Gender>,
        }
        let mut want: BTreeMap<String, Want> = BTreeMap::new();
        for a in &arts {
            let w = want.entry(key(a)).or_default();
            w.articles += 1;
            w.quotes += a.quotes.len() as u64;
            for s in &a.speakers {
                w.sources.insert(s.name.to_lowercase());
                if s.kind == SpeakerKind::Person {
                    w.people.insert((story(a), s.name.to_lowercase()), s.gender);
                }
            }
        }
        let got = whosaid_store::stats(&conn, by)?;
        assert_eq!(got.articles, arts.len() as u64);
        assert_eq!(got.quotes, arts.iter().map(|a| a.quotes.len() as u64).sum::<u64>());
        assert_eq!(got.stories, arts.len() as u64 - 1);
        assert_eq!(got.rows.len(), want.len());
        for row in &got.rows {
            let w = &want[&row.key];
            assert_eq!(row.articles, w.articles, "{}", row.key);
            assert_eq!(row.quotes, w.quotes, "{}", row.key);
            assert_eq!(row.sources, w.sources.len() as u64, "{}", row.key);
            assert_eq!(row.people, w.people.len() as u64, "{}", row.key);
            let n = |g: Gender| w.people.values().filter(|&&x| x == g).count() as u64;
            assert_eq!((row.women, row.men, row.unknown), (n(Gender::Female), n(Gender::Male), n(Gender::Unknown)));
        }
    }
    let people: HashSet<&str> =
        arts.iter().flat_map(|a| &a.speakers).filter(|s| s.kind == SpeakerKind::Person).map(|s| s.name.as_str()).collect();
    let by_speaker = whosaid_store::stats(&conn, whosaid_store::GroupBy::Speaker)?;
    assert_eq!(by_speaker.rows.len(), people.len());
    for row in &by_speaker.rows {
        let q = arts
            .iter()
            .flat_map(|a| a.quotes.iter().map(move |q| (a, q)))
            .filter(|(a, q)| speaker_of(a, q).is_some_and(|s| s.name == row.key))
            .count() as u64;
        assert_eq!(row.quotes, q, "{}", row.key);
    }
    let csv = whosaid_store::stats::to_csv(&by_speaker);
    assert_eq!(csv.lines().count(), people.len() + 1);
    let svg = whosaid_store::plot::svg(&whosaid_store::stats(&conn, whosaid_store::GroupBy::Outlet)?, 40);
    assert!(svg.starts_with("<svg") && svg.contains("gazette"));
    Ok(())
}

#[test]
fn speakers_merge_full_names_and_keep_shared_surnames_apart() -> Result<(), Box<dyn std::error::Error>> {
    let mut arts = corpus(60);
    // One story names only "Smith" (the analyzer could not resolve a full name there).
    let mut lone = article(999, &mut Rng::new(5));
    lone.speakers = vec![Speaker {
        id: "s1".into(),
        name: "Smith".into(),
        kind: SpeakerKind::Person,
        gender: Gender::Unknown,
        gender_evidence: GenderEvidence::None,
        gender_evidence_text: None,
        roles: vec![],
        mentions: vec![],
    }];
    for q in &mut lone.quotes {
        q.speaker = Some("s1".into());
    }
    arts.push(lone);
    let db = temp_db("speakers");
    let mut conn = whosaid_store::open(&db)?;
    whosaid_store::insert_articles(&mut conn, &arts)?;
    let got = whosaid_store::speakers(&conn)?;
    let mut want: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for a in &arts {
        for s in a.speakers.iter().filter(|s| s.kind == SpeakerKind::Person) {
            let e = want.entry(s.name.clone()).or_default();
            e.0 += 1;
            e.1 += a.quotes.iter().filter(|q| q.speaker.as_ref() == Some(&s.id)).count() as u64;
        }
    }
    let got_map: BTreeMap<String, (u64, u64)> = got.iter().map(|p| (p.name.clone(), (p.articles, p.quotes))).collect();
    assert_eq!(got_map, want);
    assert!(got_map.contains_key("Anna Smith") && got_map.contains_key("John Smith") && got_map.contains_key("Smith"));
    let anna = got.iter().find(|p| p.name == "Anna Smith").ok_or("no Anna")?;
    assert_eq!(anna.gender, "female");
    assert_eq!(anna.roles, vec!["spokesperson".to_string()]);
    // Other kinds by normalized name (`GET /v1/speakers?kind=`), counted by hand.
    let all = whosaid_store::Filter::default();
    let orgs = whosaid_store::sources_in(&conn, &all, "organization")?;
    let mut want: BTreeMap<String, (u64, u64, String)> = BTreeMap::new();
    for a in &arts {
        for s in a.speakers.iter().filter(|s| s.kind == SpeakerKind::Organization) {
            let e = want.entry(s.name.clone()).or_default();
            e.0 += 1;
            e.1 += a.quotes.iter().filter(|q| q.speaker.as_ref() == Some(&s.id)).count() as u64;
            e.2 = "organization".into();
        }
    }
    let got: BTreeMap<String, (u64, u64, String)> = orgs.iter().map(|p| (p.name.clone(), (p.articles, p.quotes, p.kind.clone()))).collect();
    assert!(!got.is_empty());
    assert_eq!(got, want);
    assert_eq!(whosaid_store::sources_in(&conn, &all, "person")?, whosaid_store::speakers(&conn)?);
    assert!(whosaid_store::sources_in(&conn, &all, "robot").is_err());
    Ok(())
}

/// An article of `outlet` whose speakers are (name, gender, evidence, quotes); the body is seeded babble.
fn quoted(id: &str, seed: u64, speakers: &[(&str, Gender, GenderEvidence, usize)]) -> Article {
    let mut rng = Rng::new(seed);
    let mut a = article(0, &mut rng);
    a.id = format!("gazette_2021-03-0{}_{id}", 1 + seed % 9);
    let mut text = babble(&mut rng, 40);
    a.quotes.clear();
    a.speakers.clear();
    for (k, (name, gender, evidence, n)) in speakers.iter().enumerate() {
        let sid = format!("s{}", k + 1);
        for _ in 0..*n {
            text.push_str("\n\n");
            let said = format!("We will fix the {} soon", WORDS[rng.below(WORDS.len())]);
            let start = text.chars().count();
            text.push_str(&said);
            a.quotes.push(Quote {
                id: format!("q{}", a.quotes.len() + 1),
                kind: QuoteType::Direct,
                class: Default::default(),
                text: said,
                start,
                end: text.chars().count(),
                cue: None,
                speaker: Some(sid.clone()),
                speaker_mention: None,
                addressee: None,
                confidence: 0.9,
            });
        }
        a.speakers.push(Speaker {
            id: sid,
            name: name.to_string(),
            kind: SpeakerKind::Person,
            gender: *gender,
            gender_evidence: *evidence,
            gender_evidence_text: None,
            roles: vec![],
            mentions: vec![],
        });
    }
    text.push_str("\n\n");
    text.push_str(&babble(&mut rng, 40));
    a.body = text.clone();
    a.text = text;
    a
}

#[test]
fn speakers_are_corpus_wide_people_with_aliases_and_one_gender() -> Result<(), Box<dyn std::error::Error>> {
    use GenderEvidence::{Honorific, None as NoEvidence, Pronoun};
    let arts = vec![
        quoted("a1", 11, &[("Dana Q. Whitfield", Gender::Female, Pronoun, 3)]),
        quoted("a2", 12, &[("Dana Whitfield", Gender::Female, Honorific, 2)]),
        // one article gets her gender wrong, from a pronoun
        quoted("a3", 13, &[("Sen. Dana Whitfield's", Gender::Male, Pronoun, 1)]),
        // surname only: Dana holds 6 of the 7 full-name Whitfield quotes (86%), so it joins her
        quoted("a4", 14, &[("Whitfield", Gender::Unknown, NoEvidence, 1)]),
        quoted("a5", 15, &[("Rob Whitfield", Gender::Male, Pronoun, 1)]),
        // two people share a surname: neither holds 80% of the Smith quotes, "Smith" joins no one
        quoted("a6", 16, &[("Mary Smith", Gender::Female, Pronoun, 2), ("Smith", Gender::Unknown, NoEvidence, 1)]),
        quoted("a7", 17, &[("John Smith", Gender::Male, Pronoun, 2)]),
    ];
    let db = temp_db("identity");
    let mut conn = whosaid_store::open(&db)?;
    assert_eq!(whosaid_store::insert_articles(&mut conn, &arts)?, 7);
    let got = whosaid_store::speakers(&conn)?;
    let summary: Vec<(&str, &str, u64, u64)> =
        got.iter().map(|p| (p.name.as_str(), p.gender.as_str(), p.articles, p.quotes)).collect();
    assert_eq!(
        summary,
        [
            ("Dana Whitfield", "female", 4, 7),
            ("John Smith", "male", 1, 2),
            ("Mary Smith", "female", 1, 2),
            ("Rob Whitfield", "male", 1, 1),
            ("Smith", "unknown", 1, 1),
        ]
    );
    let dana = &got[0];
    assert_eq!(dana.key, "dana whitfield");
    assert_eq!(dana.gender_evidence, "honorific");
    let mut aliases: Vec<(&str, u64)> = dana.aliases.iter().map(|a| (a.name.as_str(), a.count)).collect();
    aliases.sort();
    assert_eq!(aliases, [("Dana Q. Whitfield", 1), ("Dana Whitfield", 1), ("Sen. Dana Whitfield's", 1), ("Whitfield", 1)]);

    // stats count each person once per story, always with the person's one gender
    let by_speaker = whosaid_store::stats(&conn, whosaid_store::GroupBy::Speaker)?;
    let row = by_speaker.rows.iter().find(|r| r.key == "Dana Whitfield").ok_or("no Dana row")?;
    assert_eq!((row.articles, row.quotes, row.women, row.men, row.unknown), (4, 7, 4, 0, 0));
    assert_eq!(by_speaker.rows.len(), 5);
    assert_eq!(by_speaker.people, 5);
    let by_outlet = whosaid_store::stats(&conn, whosaid_store::GroupBy::Outlet)?;
    let row = by_outlet.rows.first().ok_or("no outlet row")?;
    // Dana in 4 stories, Mary 1 (women); Rob 1, John 1 (men); Smith 1 (unknown)
    assert_eq!((row.people, row.women, row.men, row.unknown), (8, 5, 2, 1));
    assert_eq!(row.sources, 5);
    assert_eq!(row.top.first().map(|t| (t.name.as_str(), t.quotes)), Some(("Dana Whitfield", 7)));
    Ok(())
}

// An original story written for this test, and its reprints.
const ORIGINAL: &[&str] = &[
    "The Lakeside town council voted 5 to 2 on Monday night to close the Harbor Street ferry terminal by the end of the summer, ending more than sixty years of daily crossings to Pine Island.",
    "Council members said the terminal's wooden pier had rotted beyond repair and that a replacement would cost the town about 14 million dollars, nearly twice its yearly budget for roads and parks.",
    "\"We looked at every option we could find, and none of them kept the boats running without raising property taxes by a third,\" said Councilwoman Ruth Abernathy, who chairs the finance committee.",
    "Residents of Pine Island, about four hundred people, will have to drive the long way around the bay, a trip of fifty minutes each way, or rely on a private water taxi that the council hopes to license.",
    "Several islanders spoke against the plan during a public hearing that lasted past midnight, holding hand-painted signs and photographs of the ferry in its early years.",
    "\"My mother rode this ferry to school, and so did I, and so did my kids,\" said Tom Okafor, a boat mechanic who has lived on the island since 1979. \"Now they tell us it is just a line in a spreadsheet.\"",
    "The two members who voted against the closure proposed a smaller floating dock that could serve a shuttle boat, but engineers hired by the town said it would not survive winter storms.",
    "The town will hold a second hearing next month on the water taxi license and on whether to sell the terminal building, which sits on a valuable stretch of the waterfront.",
];

const UNRELATED: &[&str] = &[
    "A family of river otters has moved into the old mill pond behind the public library, delighting children and worrying the librarians who fear for the koi they have raised for a decade. Wildlife officers said the otters will probably move on once the fish are gone, and advised against feeding them. The library plans a reading hour about otters next week.",
    "The regional orchestra opened its season with a program of Czech music on Saturday, drawing a full house despite the rain. The new conductor, appointed in the spring, led a brisk account of a Dvorak symphony and a rarely played suite of folk dances. Ticket sales for the season are up by a fifth compared with last year, the orchestra said.",
    "High school robotics teams from six counties competed in the gymnasium on Friday, building machines that stacked crates and climbed a narrow ramp. A team of sophomores won the top prize with a robot made partly from bicycle parts. The winners will travel to the state finals in April, paid for by a bake sale and a local hardware store.",
    "A late frost damaged apple blossoms across the valley this week, and growers said the harvest could be the smallest in twenty years. Some orchards ran fans and sprinklers through the night to protect the buds. Farm agents will survey the damage and decide whether growers qualify for disaster relief from the state.",
    // Same town and topic area as the original, but a different story: must not join it.
    "The Lakeside town council approved a new parking plan for the waterfront on Tuesday, adding meters along Harbor Street and a free lot near the marina for residents. Shop owners had asked for more short-term spaces during the summer season. The meters will be installed in May, and the fees will pay for new benches and lights along the promenade.",
];

fn doc(id: &str, site: &str, url: &str, text: String) -> Document {
    Document { id: id.into(), text, url: Some(url.into()), site_name: Some(site.into()), layout: None }
}

/// The original story, three reprints of it and the unrelated stories, as inputs.
fn ferry_docs() -> Vec<Document> {
    let body = ORIGINAL.join("\n\n");
    let mut docs = vec![doc(
        "gazette-ferry",
        "Lakeside Gazette",
        "https://lakesidegazette.example/2021/06/14/ferry-terminal-to-close",
        format!("Council votes to close Harbor Street ferry terminal\n\n{body}\n"),
    )];
    // A reprint with a new headline, a promo line and a syndication notice.
    docs.push(doc(
        "coastal-ferry",
        "Coastal Daily",
        "https://coastaldaily.example/news/2021/06/16/island-loses-its-ferry",
        format!(
            "Island loses its ferry after council vote\n\nSubscribe to our free morning newsletter for more local news.\n\n{body}\n\nThis story originally appeared in the Lakeside Gazette and is republished with permission.\n"
        ),
    ));
    // A reprint with its ending trimmed, in another outlet.
    docs.push(doc(
        "bay-ferry",
        "Bay Area Observer",
        "https://bayobserver.example/2021/06/15/pine-island-ferry",
        format!("Pine Island ferry to stop this summer\n\n{}\n", ORIGINAL[..6].join("\n\n")),
    ));
    // Another outlet, with a different headline and a follow-us line at the end.
    docs.push(doc(
        "valley-ferry",
        "Valley Voice",
        "https://valleyvoice.example/2021/06/17/ferry",
        format!("Sixty years of crossings end\n\n{body}\n\nFollow us on social media for updates.\n"),
    ));
    for (i, t) in UNRELATED.iter().enumerate() {
        docs.push(doc(
            &format!("other-{i}"),
            ["Lakeside Gazette", "Coastal Daily", "Valley Voice"][i % 3],
            &format!("https://news{i}.example/2021/06/1{i}/story"),
            format!("Headline number {i}\n\n{t}\n"),
        ));
    }
    docs
}

fn index_docs(db: &std::path::Path, docs: Vec<Document>) -> Result<whosaid_store::IndexReport, whosaid_store::StoreError> {
    let analyzer = Analyzer::new();
    let inputs = docs.into_iter().map(|d| {
        whosaid_store::Input::Job(whosaid_store::Job {
            source: d.id.clone(),
            hash: whosaid_store::derive::doc_hash(&d),
            bytes: d.text.len() as u64,
            item: d,
        })
    });
    whosaid_store::index(db, inputs, |d| analyzer.analyze(&d), &Default::default(), |_| {})
}

#[test]
fn reprints_cluster_together_and_name_the_original() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("reprints");
    let r = index_docs(&db, ferry_docs())?;
    assert_eq!(r.progress.stored, 4 + UNRELATED.len() as u64);
    let conn = whosaid_store::open_read(&db)?;
    let clusters = whosaid_store::reprints(&conn)?;
    assert_eq!(clusters.len(), 1, "{clusters:#?}");
    let c = &clusters[0];
    let mut ids: Vec<&str> = c.articles.iter().map(|m| m.article.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, vec!["bay-ferry", "coastal-ferry", "gazette-ferry", "valley-ferry"]);
    assert_eq!(c.outlets, 4);
    let p = c.original_publisher.as_deref().ok_or("no original publisher")?;
    assert!(p.contains("Lakeside Gazette"), "{p}");
    assert_eq!(c.evidence.as_deref(), Some("syndication notice"));
    assert_eq!(c.articles[0].article, "gazette-ferry", "earliest first");
    // Stats count the four versions as one story.
    assert_eq!(whosaid_store::stats(&conn, whosaid_store::GroupBy::Outlet)?.stories, 1 + UNRELATED.len() as u64);
    Ok(())
}

#[test]
fn migration_to_v5_recomputes_signatures_and_keeps_quotes_and_entities() -> Result<(), Box<dyn std::error::Error>> {
    let db = temp_db("v5-migration");
    let docs = ferry_docs();
    let analyzer = Analyzer::new();
    let articles: Vec<Article> = docs.iter().map(|d| analyzer.analyze(d)).collect();
    index_docs(&db, docs)?;
    type Row = (i64, i64, Option<Vec<u8>>);
    let read = |db: &std::path::Path| -> Result<(Vec<Row>, Vec<String>, Vec<String>), whosaid_store::StoreError> {
        let conn = whosaid_store::open_read(db)?;
        let mut stmt = conn.prepare("SELECT id, shingles, minhash FROM articles ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?.collect::<Result<Vec<_>, _>>()?;
        let mut stmt = conn.prepare("SELECT text FROM quote_texts ORDER BY id")?;
        let quotes = stmt.query_map([], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?;
        let mut stmt = conn.prepare("SELECT entities FROM extras ORDER BY article")?;
        let entities = stmt.query_map([], |r| r.get(0))?.collect::<Result<Vec<_>, _>>()?;
        Ok((rows, quotes, entities))
    };
    let stored = read(&db)?;
    assert_eq!(stored.0.len(), 4 + UNRELATED.len());
    assert!(stored.0.iter().all(|(_, n, sig)| *n >= 8 && sig.as_ref().is_some_and(|b| b.len() == 256)));
    // Quotes come back as the analyzer's quote texts, entities as [kind, start, end] of the analyzer's.
    let want_quotes: Vec<String> = articles.iter().flat_map(|a| a.quotes.iter().map(|q| q.text.clone())).collect();
    assert!(!want_quotes.is_empty());
    assert_eq!(stored.1, want_quotes);
    let want_entities: Vec<String> = articles.iter().map(|a| whosaid_store::write::entities_json(&a.entities)).collect();
    assert_eq!(stored.2, want_entities);
    assert!(stored.2.iter().any(|e| e.starts_with("[[\"")));
    // Make it a version 4 store: quotes with their text, entities as objects, other signatures.
    {
        let conn = whosaid_store::open(&db)?;
        conn.execute_batch(QUOTE_TEXT_COLUMN_BACK)?;
        conn.execute_batch(
            "UPDATE extras SET entities = (SELECT json_group_array(json_object('kind', json_extract(e.value, '$[0]'), 'text', 'x',
                 'start', json_extract(e.value, '$[1]'), 'end', json_extract(e.value, '$[2]'))) FROM json_each(extras.entities) e);
             UPDATE articles SET shingles = 0, minhash = zeroblob(256);
             PRAGMA user_version = 4;",
        )?;
        let objects: String = conn.query_row("SELECT entities FROM extras LIMIT 1", [], |r| r.get(0))?;
        assert!(objects.starts_with("[{"), "{objects}");
    }
    let conn = whosaid_store::open(&db)?;
    let v: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    assert_eq!(v, whosaid_store::schema::current_version());
    drop(conn);
    assert_eq!(read(&db)?, stored, "plain-text inputs get back the signatures indexing gave them");
    assert_eq!(whosaid_store::reprints(&whosaid_store::open_read(&db)?)?.len(), 1);
    Ok(())
}

#[test]
fn index_pipeline_stores_each_input_once_and_resumes() -> Result<(), Box<dyn std::error::Error>> {
    let arts = corpus(500);
    let db = temp_db("pipeline");
    let jobs = |n: usize| {
        arts.iter().take(n).map(|a| {
            let d = Document::plain(a.id.clone(), a.text.clone());
            whosaid_store::Input::Job(whosaid_store::Job {
                source: a.id.clone(),
                hash: whosaid_store::derive::doc_hash(&d),
                bytes: 1,
                item: a.clone(),
            })
        })
    };
    let opts = whosaid_store::IndexOptions { batch: 37, ..Default::default() };
    let r = whosaid_store::index(&db, jobs(200), |a| a, &opts, |_| {})?;
    assert_eq!((r.progress.stored, r.progress.skipped), (200, 0));
    let bad = std::iter::once(whosaid_store::Input::Failed { source: "bad.txt".into(), error: "binary".into() });
    let r = whosaid_store::index(&db, jobs(500).chain(bad), |a| a, &opts, |_| {})?;
    assert_eq!((r.progress.stored, r.progress.skipped, r.progress.failed), (300, 200, 1));
    assert_eq!(r.failures, vec![("bad.txt".to_string(), "binary".to_string())]);
    // Issue 14 point 4: a million bad records cost what ten do; the first ones are listed.
    let many = (0..5_000).map(|i| whosaid_store::Input::Failed { source: format!("bad{i}.jsonl"), error: "broken".into() });
    let r = whosaid_store::index(&db, many, |a: Article| a, &opts, |_| {})?;
    assert_eq!(r.progress.failed, 5_000);
    assert_eq!(r.failures.len(), whosaid_store::index::MAX_LISTED_FAILURES);
    assert_eq!(r.failures.first().map(|f| f.0.as_str()), Some("bad0.jsonl"));
    let conn = whosaid_store::open_read(&db)?;
    assert_eq!(whosaid_store::count_articles(&conn)?, 500);
    let quotes: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    assert_eq!(quotes as usize, arts.iter().map(|a| a.quotes.len()).sum::<usize>());
    Ok(())
}

#[test]
#[allow(clippy::panic)]
fn analyzer_panics_are_reported_not_fatal() -> Result<(), Box<dyn std::error::Error>> {
    let arts = corpus(20);
    let db = temp_db("panic");
    let jobs = arts.iter().map(|a| {
        whosaid_store::Input::Job(whosaid_store::Job {
            source: a.id.clone(),
            hash: whosaid_store::derive::doc_hash(&Document::plain(a.id.clone(), a.text.clone())),
            bytes: 1,
            item: a.clone(),
        })
    });
    let boom = |a: Article| {
        if a.id.ends_with("story-3") {
            std::panic::panic_any("boom");
        }
        a
    };
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = whosaid_store::index(&db, jobs, boom, &Default::default(), |_| {});
    std::panic::set_hook(prev);
    let r = r?;
    assert_eq!((r.progress.stored, r.progress.failed), (19, 1));
    Ok(())
}

#[test]
fn issue14_rank_scores_a_window_and_never_counts_a_common_word_whole() -> Result<(), Box<dyn std::error::Error>> {
    // Every quote says "talk" (> RANK_EXACT_DF quotes): ranked without FTS5's bm25(), from the
    // 10,000 most recent matches, shortest first. A rare phrase goes through bm25().
    let db = temp_db("rank");
    let mut conn = whosaid_store::open(&db)?;
    let mut rng = Rng::new(14);
    let arts: Vec<Article> = (0..11_000).map(|i| article(i, &mut rng)).collect();
    whosaid_store::insert_articles(&mut conn, &arts)?;
    let total: usize = arts.iter().map(|a| a.quotes.len()).sum();
    assert!(total > whosaid_store::search::RANK_EXACT_DF + 100, "{total} quotes");
    let q = |text: &str| whosaid_store::SearchQuery { text: text.into(), rank: true, limit: 20, ..Default::default() };
    let hits = whosaid_store::search(&conn, &q("talk"))?;
    assert_eq!(hits.len(), 20);
    let lens: Vec<u64> = hits.iter().map(|h| h.end - h.start).collect();
    assert!(lens.windows(2).all(|w| w[0] <= w[1]), "shortest first: {lens:?}");
    assert!(hits.iter().all(|h| h.quote.contains("talk")));
    assert!(whosaid_store::search::find(&conn, &q("talk"))?.window_full);
    // A filter is checked on the window's rows.
    let anna = whosaid_store::SearchQuery { speaker: Some("Anna Smith".into()), ..q("talk") };
    let hits = whosaid_store::search(&conn, &anna)?;
    assert_eq!(hits.len(), 20);
    assert!(hits.iter().all(|h| h.speaker.as_deref() == Some("Anna Smith")));
    // A rare phrase goes through bm25(): every hit holds it.
    let hits = whosaid_store::search(&conn, &q("\"item 17\""))?;
    assert_eq!(hits.len(), arts[17].quotes.len());
    assert!(hits.iter().all(|h| h.quote.contains("item 17 ")), "{hits:?}");
    assert!(!whosaid_store::search::find(&conn, &q("\"item 17\""))?.window_full);
    assert!(whosaid_store::search(&conn, &q("zzzunseen"))?.is_empty());
    Ok(())
}

/// Quote classes are stored, read back and exported, and `stats` over some classes counts
/// only those quotes, and as sources only the speakers with one of them (a hand count).
#[test]
fn stats_count_only_the_classes_asked_for() -> Result<(), Box<dyn std::error::Error>> {
    let mut arts = corpus(120);
    for a in &mut arts {
        for (i, q) in a.quotes.iter_mut().enumerate() {
            q.class = QuoteClass::ALL[(i * 7 + a.text.len()) % 4];
        }
    }
    let db = temp_db("classes");
    let mut conn = whosaid_store::open(&db)?;
    whosaid_store::insert_articles(&mut conn, &arts)?;
    let stored = whosaid_store::browse::article(&conn, &arts[3].id)?.expect("stored");
    let mut want: Vec<(u64, &str)> = arts[3].quotes.iter().map(|q| (q.start as u64, q.class.as_str())).collect();
    let mut got: Vec<(u64, &str)> = stored.quotes.iter().map(|q| (q.start, q.class.as_str())).collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    let mut exported = Vec::new();
    whosaid_store::export::quotes(&conn, &Default::default(), |r| {
        exported.push((r.article_id, r.quote_id, r.class));
        Ok(())
    })?;
    let all: Vec<(String, String, String)> =
        arts.iter().flat_map(|a| a.quotes.iter().map(|q| (a.id.clone(), q.id.clone(), q.class.as_str().to_string()))).collect();
    assert_eq!(exported.len(), all.len());
    assert!(all.iter().all(|x| exported.contains(x)));

    for classes in [vec![QuoteClass::Speech], vec![QuoteClass::Belief, QuoteClass::Stance]] {
        let by = whosaid_store::GroupBy::Outlet;
        let got = whosaid_store::stats::stats_of_classes(&conn, by, &Default::default(), &classes)?;
        let mut want: BTreeMap<String, (u64, u64, HashSet<String>)> = BTreeMap::new();
        for a in &arts {
            let w = want.entry(outlet_of(a)).or_default();
            w.0 += 1;
            for q in a.quotes.iter().filter(|q| classes.contains(&q.class)) {
                w.1 += 1;
                if let Some(s) = speaker_of(a, q) {
                    w.2.insert(s.name.to_lowercase());
                }
            }
        }
        assert_eq!(got.quotes, want.values().map(|w| w.1).sum::<u64>(), "{classes:?}");
        assert!(got.quotes > 0 && got.quotes < arts.iter().map(|a| a.quotes.len() as u64).sum::<u64>());
        for row in &got.rows {
            let w = &want[&row.key];
            assert_eq!((row.articles, row.quotes, row.sources), (w.0, w.1, w.2.len() as u64), "{} {classes:?}", row.key);
        }
    }
    Ok(())
}

/// [`corpus`] with quotes of every class: Lee Chen's all beliefs (so she said nothing), the
/// others' drawn from their place in the text; each speaker's role in an article names the
/// class of their first quote there ("belief spokesperson").
fn classed_corpus(n: usize) -> Vec<Article> {
    let mut arts = corpus(n);
    for a in &mut arts {
        let chen: Option<String> = a.speakers.iter().find(|s| s.name == "Lee Chen").map(|s| s.id.clone());
        let len = a.text.len();
        for (i, q) in a.quotes.iter_mut().enumerate() {
            q.class = if q.speaker.is_some() && q.speaker == chen { QuoteClass::Belief } else { QuoteClass::ALL[(i * 7 + len) % 4] };
        }
        for s in &mut a.speakers {
            if let Some(q) = a.quotes.iter().find(|q| q.speaker.as_ref() == Some(&s.id)) {
                s.roles = vec![Role { title: format!("{} spokesperson", q.class.as_str()), organization: None }];
            }
        }
    }
    arts
}

/// The class sets the class tests ask for.
fn class_sets() -> Vec<Vec<QuoteClass>> {
    vec![vec![QuoteClass::Speech], vec![QuoteClass::Belief, QuoteClass::Stance], vec![QuoteClass::Evidence], QuoteClass::ALL.to_vec()]
}

/// Search pages with a class filter (`GET /v1/search?class=`): followed by cursor, the pages
/// hold exactly the quotes of those classes a hand count finds, each once; the total is the
/// page's (a class is no token of the index); the same pages with the speaker codes, also
/// codes read before more articles were stored; `whosaid search --class` (unranked and
/// ranked) finds the same quotes.
#[test]
fn search_by_class_finds_exactly_the_quotes_of_those_classes() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::browse::PageOptions;
    let arts = classed_corpus(300);
    let (conn, codes, early) = store_with_codes(&arts, "search-classes")?;
    let female = |a: &Article, q: &Quote| speaker_of(a, q).is_some_and(|s| s.gender == Gender::Female);
    type Pred = Box<dyn Fn(&Article, &Quote) -> bool>;
    let cases: Vec<(whosaid_store::SearchQuery, Option<&str>, Pred)> = vec![
        (whosaid_store::SearchQuery { text: "talk".into(), ..Default::default() }, None, Box::new(|_, q| q.text.contains("talk"))),
        (
            whosaid_store::SearchQuery { text: "water".into(), outlet: Some("Herald".into()), ..Default::default() },
            None,
            Box::new(|a, q| q.text.contains("water") && outlet_of(a) == "herald"),
        ),
        (
            whosaid_store::SearchQuery { text: "prices".into(), from: Some("2020-01-10".into()), to: Some("2020-03-20".into()), ..Default::default() },
            None,
            Box::new(|a, q| {
                let day = a.id.split('_').nth(1).unwrap_or("");
                q.text.contains("prices") && ("2020-01-10"..="2020-03-20").contains(&day)
            }),
        ),
        (whosaid_store::SearchQuery { text: "talk".into(), ..Default::default() }, Some("female"), Box::new(move |a, q| q.text.contains("talk") && female(a, q))),
    ];
    let mut sizes = Vec::new();
    for (query, gender, pred) in &cases {
        for classes in class_sets() {
            let query = whosaid_store::SearchQuery { classes: classes.clone(), limit: 7, ..query.clone() };
            let want: HashSet<(String, String)> = arts
                .iter()
                .flat_map(|a| a.quotes.iter().filter(|q| pred(a, q) && classes.contains(&q.class)).map(|q| (a.id.clone(), q.id.clone())))
                .collect();
            sizes.push(want.len());
            let mut walks = Vec::new();
            for with in [None, Some(&codes), Some(&early)] {
                let opts = PageOptions { gender: gender.map(String::from), codes: with.cloned(), ..Default::default() };
                let pages = walk_pages(&conn, &query, opts)?;
                let first = &pages[0];
                assert_eq!((first.total, first.total_exact), (first.hits.len() as u64, first.next.is_none()), "{query:?}");
                let mut got = HashSet::new();
                for page in &pages {
                    assert!(page.hits.len() <= 7);
                    for h in &page.hits {
                        assert!(got.insert((h.article.clone(), h.quote_id.clone())), "{query:?}: a hit on two pages");
                    }
                }
                assert_eq!(got, want, "{query:?} {gender:?} codes {}", with.is_some());
                walks.push(pages);
            }
            assert_eq!(walks[0], walks[1], "{query:?} {gender:?}: codes changed the pages");
            assert_eq!(walks[0], walks[2], "{query:?} {gender:?}: codes of an older store changed the pages");
            // `whosaid search --class`, unranked and ranked, finds the same quotes.
            if gender.is_none() {
                for rank in [false, true] {
                    let q = whosaid_store::SearchQuery { limit: 100_000, rank, ..query.clone() };
                    let found: HashSet<(String, String)> =
                        whosaid_store::search(&conn, &q)?.into_iter().map(|h| (h.article, h.quote_id)).collect();
                    assert_eq!(found, want, "search {q:?}");
                }
            }
        }
    }
    assert!(sizes.iter().all(|&n| n > 0), "a class set with no quotes: {sizes:?}");
    assert!(sizes.iter().any(|&n| n > 20), "no walk of several pages: {sizes:?}");
    // The codes rule out quotes of other classes; an unknown quote id is looked up.
    let speech: i64 = conn.query_row("SELECT min(id) FROM quotes WHERE class IS NULL", [], |r| r.get(0))?;
    let belief: i64 = conn.query_row("SELECT min(id) FROM quotes WHERE class = 'belief'", [], |r| r.get(0))?;
    let only_speech = codes.filter(None, None, &[QuoteClass::Speech]);
    assert!(only_speech.may_pass(speech) && !only_speech.may_pass(belief) && only_speech.may_pass(i64::MAX));
    assert!(codes.filter(None, None, &[]).may_pass(belief));
    Ok(())
}

/// A store written before quotes had a class (schema v6, opened read-only, not migrated):
/// every quote is speech, for the search pages, their codes and people alike.
#[test]
fn a_store_without_classes_is_all_speech() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::browse::{search_page, PageOptions, QuoteCodes};
    let arts = corpus(60);
    let db = temp_db("no-classes");
    let mut conn = whosaid_store::open(&db)?;
    whosaid_store::insert_articles(&mut conn, &arts)?;
    conn.execute_batch("ALTER TABLE quotes DROP COLUMN class")?;
    drop(conn);
    let conn = whosaid_store::open_read(&db)?;
    assert!(!whosaid_store::schema::has_class_column(&conn));
    let codes = std::sync::Arc::new(QuoteCodes::load(&conn)?.ok_or("no codes")?);
    let talk = arts.iter().flat_map(|a| &a.quotes).filter(|q| q.text.contains("talk")).count();
    for with in [None, Some(codes)] {
        let opts = PageOptions { codes: with, ..Default::default() };
        let page = |classes: Vec<QuoteClass>| {
            search_page(&conn, &whosaid_store::SearchQuery { text: "talk".into(), classes, limit: 100, ..Default::default() }, &opts)
        };
        assert_eq!(page(vec![QuoteClass::Speech])?.hits.len(), talk.min(100));
        assert!(page(vec![QuoteClass::Belief, QuoteClass::Evidence])?.hits.is_empty());
    }
    let all = whosaid_store::speakers(&conn)?;
    let speech = whosaid_store::sources_of_classes(&conn, &Default::default(), "person", &[QuoteClass::Speech])?;
    let brief = |p: &[whosaid_store::Person]| p.iter().map(|p| (p.key.clone(), p.quotes, p.articles)).collect::<Vec<_>>();
    assert_eq!(brief(&speech), brief(&all));
    assert!(whosaid_store::sources_of_classes(&conn, &Default::default(), "person", &[QuoteClass::Stance])?.is_empty());
    Ok(())
}

/// People over some classes (`GET /v1/speakers?class=`, `whosaid speakers --class`): only
/// the people with a quote of those classes in the slice, their quotes, articles and outlets
/// counted over those quotes alone (a hand count), over the whole corpus and over slices;
/// the server's pages of the class tally give the same people; other kinds of source too.
#[test]
fn speakers_of_classes_count_only_those_quotes() -> Result<(), Box<dyn std::error::Error>> {
    use whosaid_store::stats::{PeoplePage, PeopleSort, Tally};
    let arts = classed_corpus(200);
    let db = temp_db("speakers-classes");
    let mut conn = whosaid_store::open(&db)?;
    whosaid_store::insert_articles(&mut conn, &arts)?;
    let conn = whosaid_store::open_read(&db)?;
    let filters = [
        whosaid_store::Filter::default(),
        whosaid_store::Filter { outlet: Some("Herald".into()), ..Default::default() },
        whosaid_store::Filter { from: Some("2020-02".into()), to: Some("2020-03-15".into()), ..Default::default() },
    ];
    let in_filter = |f: &whosaid_store::Filter, a: &Article| {
        let day = a.id.split('_').nth(1).unwrap_or("");
        f.outlet.as_deref().is_none_or(|o| o.eq_ignore_ascii_case(&outlet_of(a)))
            && f.from.as_deref().is_none_or(|d| day >= d)
            && f.to.as_deref().is_none_or(|d| day <= format!("{d}~").as_str())
    };
    let mut chen_seen = [false, false];
    for classes in class_sets() {
        let tally = Tally::load_classes(&conn, &classes)?;
        for filter in &filters {
            for kind in ["person", "organization"] {
                // name -> (quotes, articles, outlets); roles of the rows with such a quote
                let mut want: BTreeMap<String, (u64, HashSet<String>, HashSet<String>)> = BTreeMap::new();
                let mut want_roles: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
                for a in arts.iter().filter(|a| in_filter(filter, a)) {
                    for q in a.quotes.iter().filter(|q| classes.contains(&q.class)) {
                        let Some(s) = speaker_of(a, q).filter(|s| s.kind.as_str() == kind) else { continue };
                        let w = want.entry(s.name.clone()).or_default();
                        w.0 += 1;
                        w.1.insert(a.id.clone());
                        w.2.insert(outlet_of(a));
                        if kind == "person" {
                            want_roles.entry(s.name.clone()).or_default().extend(s.roles.iter().map(|r| r.title.clone()));
                        }
                    }
                }
                let want: BTreeMap<String, (u64, u64, u64)> =
                    want.into_iter().map(|(k, (q, a, o))| (k, (q, a.len() as u64, o.len() as u64))).collect();
                let got = whosaid_store::sources_of_classes(&conn, filter, kind, &classes)?;
                let got_map: BTreeMap<String, (u64, u64, u64)> =
                    got.iter().map(|p| (p.name.clone(), (p.quotes, p.articles, p.outlets))).collect();
                assert_eq!(got_map, want, "{kind} {classes:?} {filter:?}");
                assert_eq!(got_map.len(), got.len(), "one entry per {kind}");
                assert!(got.windows(2).all(|w| w[0].quotes >= w[1].quotes), "most quoted first");
                if kind == "person" {
                    let got_roles: BTreeMap<String, BTreeSet<String>> =
                        got.iter().map(|p| (p.name.clone(), p.roles.iter().cloned().collect())).collect();
                    assert_eq!(got_roles, want_roles, "roles {classes:?} {filter:?}");
                    if filter.is_all() {
                        chen_seen[usize::from(classes.contains(&QuoteClass::Belief))] |= want.contains_key("Lee Chen");
                    }
                    // The server's pages: the class tally's slice, paged.
                    let slice = tally.slice(filter)?;
                    let (total, page) = tally.page(&slice, &PeoplePage { sort: PeopleSort::Quotes, ..PeoplePage::everyone() });
                    assert_eq!(total, got.len());
                    let brief = |p: &[whosaid_store::Person]| p.iter().map(|p| (p.key.clone(), p.quotes, p.articles, p.outlets)).collect::<Vec<_>>();
                    assert_eq!(brief(&page), brief(&got), "{classes:?} {filter:?}");
                }
            }
        }
    }
    assert_eq!(chen_seen, [false, true], "Lee Chen, who only believed, is a person only among beliefs");
    Ok(())
}
