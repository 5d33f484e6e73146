//! First-name gender shares from US Social Security baby-name counts.
//!
//! [`first_name_gender`] maps a first name to a [`NameGender`]: the share of
//! US births with that name recorded female, and how many births that share
//! rests on. The table is `data/names/first_names.tsv` (see its header for
//! the source and the build command), parsed once on first use.

use crate::fasthash::FastMap as HashMap;
use std::sync::OnceLock;

use super::{data_rows, fold_latin};

/// The bundled `first_names.tsv`: `name <TAB> female_share <TAB> count`.
pub(crate) const FIRST_NAMES_TSV: &str = include_str!("../../data/names/first_names.tsv");

/// How a first name splits between the sexes in the source counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NameGender {
    /// Share of births with this name recorded female, from 0.0 to 1.0.
    pub female_share: f32,
    /// Births with this name in the source (both sexes): how much the share rests on.
    pub count: u32,
}

/// The share and count for `name`, or `None` when the name is not in the
/// table; case-insensitive, and common Latin accents are folded (`José` = `Jose`).
pub fn first_name_gender(name: &str) -> Option<NameGender> {
    let table = table();
    let name = super::trim(name);
    // Fast path, no allocation: short ASCII names lower-cased in an integer (nearly all), or
    // on the stack.
    let hit = match super::packed(name, true) {
        Some(key) => Some(table.packed.get(&key).copied()),
        None => super::with_ascii_lower(name, |k| table.get(k).copied()),
    };
    if let Some(hit) = hit {
        if hit.is_some() || !crate::text::has_byte(name, b'-') {
            return hit;
        }
    }
    let key = fold_latin(name).to_lowercase();
    if let Some(&g) = table.get(key.as_str()) {
        return Some(g);
    }
    compound(table, &key)
}

/// Births a part of a compound given name needs in the table (both sexes).
const COMPOUND_PART_COUNT: u32 = 5_000;

/// Births a later part needs when it takes the sex of a common first part.
const RARE_PART_COUNT: u32 = 500;

/// A compound given name ("Marie-Ève", "Jean-Pierre", "Anne-Marie") that the table lacks:
/// a first name when every part is a common one. Its sex is the parts' when they agree (each at
/// least 4:1 the same way; the share is then the least sure part's); when they disagree, the
/// first part's if that part is common and of one sex ("Marie-Claude"), else even. A part `other_languages.tsv` lists counts
/// with its sex in that language (hyphenated given names are a French and European
/// convention: "Jean" in "Jean-Pierre" is a man's name). Its count is the rarest part's.
fn compound(table: &NameTable<'_>, key: &str) -> Option<NameGender> {
    if !key.contains('-') {
        return None;
    }
    // every part a common given name: "Dodd-Frank", "Star-Ledger" and "Clinton-Sanders" join
    // surnames and words that are also someone's rare first name. After a first part of
    // another language's convention ("Jean-"), any given name the table knows will do: the
    // French names after it are rare in US births ("Jean-Yves", "Jean-François").
    // After a common first part of decided sex, a rarer given name of the same sex will do
    // too ("Marie-Josée"), unless it is a surname ("Clinton-Sanders"; a rare surname,
    // "Clinton-Kaine", passes as well).
    let first_part = key.split('-').next().unwrap_or("");
    let foreign = share_in_compound(first_part).is_some();
    let min_count = if foreign { 0 } else { COMPOUND_PART_COUNT };
    let decided = |g: &NameGender| g.female_share >= 0.95 || g.female_share <= 0.05;
    let lead = table.get(first_part).filter(|g| g.count >= COMPOUND_PART_COUNT && decided(g)).map(|g| g.female_share >= 0.5);
    let mut parts = key.split('-').map(|w| {
        let same_sex = |g: &NameGender| lead.is_some_and(|f| decided(g) && (g.female_share >= 0.5) == f);
        let g = table.get(w).copied().filter(|g| g.count >= min_count || (g.count >= RARE_PART_COUNT && same_sex(g) && !is_known_surname(w)))?;
        Some(NameGender { female_share: share_in_compound(w).unwrap_or(g.female_share), ..g })
    });
    let first = parts.next()??;
    let (mut lo, mut hi, mut count) = (first.female_share, first.female_share, first.count);
    // (the key holds a hyphen, so there is always a second part)
    for g in parts {
        let g = g?;
        lo = lo.min(g.female_share);
        hi = hi.max(g.female_share);
        count = count.min(g.count);
    }
    // parts of both sexes: the first part decides, the French convention that hyphenates
    // given names ("Marie-Claude" a woman, "Jean-Marie" a man), when it is common and of
    // one sex; else nothing is decided
    let female_share = if lo >= 0.8 {
        lo
    } else if hi <= 0.2 {
        hi
    } else if lead.is_some() || foreign {
        first.female_share
    } else {
        0.5
    };
    Some(NameGender { female_share, count })
}

/// Whether `name` is in the first-name table (see [`first_name_gender`]).
pub fn is_known_first_name(name: &str) -> bool {
    first_name_gender(name).is_some()
}

/// What kind of word a [`not_name`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotName {
    /// A sentence word: "If", "Why", "See".
    Function,
    /// "Tuesday", "Tues.".
    Weekday,
    /// "March", "Sept.".
    Month,
    /// "Mr.", "Ms", "Dr." (their gender is [`honorific_gender`]).
    Honorific,
    /// "Christmas", "Thanksgiving": a day of the calendar that a run of capitalised words
    /// may still open ("Easter Island").
    Holiday,
    /// "Copyright", "Courtesy": a photo credit's word, which ends a run of capitalised words
    /// ("Peter Huber am Handy Copyright: imago/...").
    Credit,
}

/// `Some(kind)` when the capitalised word `w` never names a person on its own
/// (`data/names/not_names.tsv`).
pub fn not_name(w: &str) -> Option<NotName> {
    static T: OnceLock<crate::fasthash::WordMap<NotName>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for row in data_rows(include_str!("../../data/names/not_names.tsv")) {
            let kind = match row.get(1).copied() {
                Some("function") => NotName::Function,
                Some("weekday") => NotName::Weekday,
                Some("month") => NotName::Month,
                Some("honorific") => NotName::Honorific,
                Some("holiday") => NotName::Holiday,
                Some("credit") => NotName::Credit,
                _ => continue,
            };
            m.insert(row[0], kind);
        }
        crate::fasthash::WordMap::new(m)
    })
    .get(w)
    .copied()
}

/// A surname joined to an Arabic article in lower case ("al-Hamid", "el-Tayeb").
pub(crate) fn arabic_article_surname(w: &str) -> bool {
    w.starts_with(['a', 'e']) && without_arabic_article(w).len() < w.len()
}

/// `w` without an Arabic article joined to it before a capital ("al-Hamid", "Al-Hamid",
/// "el-Tayeb" -> "Hamid", "Tayeb"), else `w`: one surname with its article or without.
pub(crate) fn without_arabic_article(w: &str) -> &str {
    ["al-", "el-", "Al-", "El-"].iter().find_map(|a| w.strip_prefix(a).filter(|r| r.starts_with(char::is_uppercase))).unwrap_or(w)
}

/// Lowercase particles inside a person's name ("Pierre de Vos", "Ludwig van Dijk", Welsh
/// "Ellen ap Gwynn", Arabic "ibn", Dutch "ter").
pub static NAME_PARTICLES: crate::fasthash::WordSet =
    crate::fasthash::WordSet::new(&["de", "des", "van", "von", "der", "da", "di", "du", "del", "la", "le", "al", "bin", "dos", "das", "do", "ap", "ab", "ibn", "bint", "ter", "ten", "zu"]);

/// For an honorific (lowercase, with or without its period): `Some(Some(true))`
/// female, `Some(Some(false))` male, `Some(None)` gender-neutral ("dr."); `None`
/// when `w` is no honorific (`data/names/honorifics.tsv`).
pub fn honorific_gender(w: &str) -> Option<Option<bool>> {
    static T: OnceLock<crate::fasthash::WordMap<Option<bool>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for row in data_rows(include_str!("../../data/names/honorifics.tsv")) {
            let g = match row.get(1).copied() {
                Some("female") => Some(true),
                Some("male") => Some(false),
                Some("unknown" | "neutral") => None,
                _ => continue,
            };
            m.insert(row[0], g);
        }
        crate::fasthash::WordMap::new(m)
    })
    .get(w)
    .copied()
}

/// True when `w` (lowercase) is an honorific chosen so as not to state a sex ("mx."): its
/// bearer's first name says nothing of their gender either.
pub fn honorific_neutral(w: &str) -> bool {
    static T: OnceLock<Vec<&'static str>> = OnceLock::new();
    T.get_or_init(|| data_rows(include_str!("../../data/names/honorifics.tsv")).filter(|row| row.get(1) == Some(&"neutral")).map(|row| row[0]).collect()).contains(&w)
}

/// True when `w` (any case) is among the 40,000 most frequent US surnames
/// (`data/names/surnames.txt`, US Census 1990).
pub fn is_known_surname(w: &str) -> bool {
    surname_rank(w).is_some()
}

/// True when `w` is shaped like a surname of a convention the US list covers poorly
/// (`data/names/surname_endings.txt`: "Tsarnaev", "Kovalenko"): five letters or more, a
/// capital first, one of the endings, no common word, no common first name (under 1,000
/// births) and no place.
pub fn surname_shaped(w: &str) -> bool {
    surname_ending(w).is_some()
        && !is_common_word(w)
        && first_name_gender(w).is_none_or(|g| g.count < 1_000)
        && crate::lexicon::places::place_kind(w).is_none()
}

/// True for a Chinese name printed family name first, two words as printed: a family name of
/// `chinese_surnames.txt` and a given name of two or three pinyin syllables ("Zhao Meiling",
/// "Wang Linjia"; not "Long Island", whose second word is no pinyin, nor "Song Dynasty").
pub fn chinese_name(family: &str, given: &str) -> bool {
    chinese_given_syllables(family, given).is_some_and(|n| (2..=3).contains(&n))
}

/// True for a Chinese name of a person already found, family name first: as
/// [`chinese_name`], but a given name of one pinyin syllable too ("Lu Feng", "Ma Jun"). Looser
/// than [`chinese_name`], which finds people: it only says which word is the given name.
pub fn chinese_family_first(family: &str, given: &str) -> bool {
    chinese_given_syllables(family, given).is_some_and(|n| (1..=3).contains(&n))
}

/// The pinyin syllables of `given` after the family name `family` of `chinese_surnames.txt`,
/// both capitalised ASCII words, the given name no common word; None otherwise.
fn chinese_given_syllables(family: &str, given: &str) -> Option<usize> {
    if !ascii_capitalised(family) || !ascii_capitalised(given) || !in_family_set(chinese_families(), family) || is_common_word(given) {
        return None;
    }
    pinyin_syllables(&given.to_ascii_lowercase())
}

/// True for a Korean name of three words printed family name first: a family name of
/// `korean_surnames.txt`, then a given name of two syllables printed apart ("Yoon Suk Yeol",
/// "Moon Jae In"; not "Lee Harvey Oswald", "Kim Ann Lee").
pub fn korean_family_first(words: &[&str]) -> bool {
    let [family, a, b] = words else { return false };
    ascii_capitalised(family) && is_korean_surname(family) && [a, b].iter().all(|w| ascii_capitalised(w) && korean_syllable(&w.to_ascii_lowercase()))
}

/// True for a family name of `korean_surnames.txt` ("Oh", "Yoon"), any case.
pub fn is_korean_surname(w: &str) -> bool {
    static T: OnceLock<crate::fasthash::FastSet<&'static str>> = OnceLock::new();
    in_family_set(T.get_or_init(|| family_set(include_str!("../../data/names/korean_surnames.txt"))), w)
}

/// The family names of `chinese_surnames.txt`.
fn chinese_families() -> &'static crate::fasthash::FastSet<&'static str> {
    static T: OnceLock<crate::fasthash::FastSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| family_set(include_str!("../../data/names/chinese_surnames.txt")))
}

/// A family-name list's names (lower case, one a row).
fn family_set(data: &'static str) -> crate::fasthash::FastSet<&'static str> {
    data_rows(data).filter_map(|r| r.first().copied()).collect()
}

/// True when `w`, in any case, is in `set` of lower-case family names (six letters at most).
fn in_family_set(set: &crate::fasthash::FastSet<&'static str>, w: &str) -> bool {
    w.len() <= 6 && super::with_ascii_lower(w, |k| set.contains(k)).unwrap_or(false)
}

/// True for a word of ASCII letters, a capital then lower case ("Feng", "Yoon").
fn ascii_capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_uppercase()) && w[1..].bytes().all(|c| c.is_ascii_lowercase())
}

/// True for one Korean syllable as romanized (lower case): an initial consonant or two, one
/// to three vowel letters, a final of one consonant or "ng" ("suk", "yeol", "jae", "myung",
/// "in").
fn korean_syllable(w: &str) -> bool {
    let b = w.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y');
    let lead = b.iter().take_while(|&&c| !vowel(c)).count();
    let v = b[lead..].iter().take_while(|&&c| vowel(c)).count();
    let tail = &w[lead + v..];
    lead <= 2 && (1..=3).contains(&v) && matches!(tail, "" | "ng" | "n" | "m" | "l" | "k" | "p" | "t" | "b" | "g") && w.len() <= 6
}

/// How many pinyin syllables spell `w` (lower case, no tone marks), reading the longest
/// syllable first; None when it is no such spelling.
fn pinyin_syllables(w: &str) -> Option<usize> {
    const INITIALS: &[&str] = &["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];
    const FINALS: &[&str] = &["iang", "iong", "uang", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u", "v"];
    if w.is_empty() {
        return Some(0);
    }
    for i in INITIALS {
        let Some(rest) = w.strip_prefix(i) else { continue };
        for f in FINALS {
            if let Some(tail) = rest.strip_prefix(f) {
                // (a syllable needs a vowel; the next opens with a consonant or ends the word,
                // so "Meiling" is "mei-ling", never "mein-g")
                if let Some(n) = pinyin_syllables(tail) {
                    return Some(n + 1);
                }
            }
        }
    }
    None
}

/// The ending of `surname_endings.txt` that `w` has (a word of five letters or more, a
/// capital first and lowercase letters after it), with whether it is a woman's form only.
fn surname_ending(w: &str) -> Option<(&'static str, bool)> {
    static T: OnceLock<Vec<(&'static str, bool)>> = OnceLock::new();
    let endings = T.get_or_init(|| data_rows(include_str!("../../data/names/surname_endings.txt")).filter_map(|r| Some((*r.first()?, r.get(1) == Some(&"f")))).collect());
    // (capitals inside the word are a brand's or an outlet's: "KoSSev")
    if w.chars().count() < 5 || !w.starts_with(char::is_uppercase) || !w.chars().skip(1).all(char::is_lowercase) {
        return None;
    }
    let lower = w.to_lowercase();
    // (the longest ending that fits)
    endings.iter().filter(|(e, _)| lower.ends_with(e)).max_by_key(|(e, _)| e.len()).copied()
}

/// The ending that makes `w`, read as a surname, a woman's ("Bekova": "-ova"; "Nowakowska":
/// "-ska"); whether `w` is a surname at all is the caller's to tell.
pub fn female_surname_ending(w: &str) -> Option<&'static str> {
    surname_ending(w).filter(|(_, f)| *f).map(|(e, _)| e)
}

/// Where `w` (any case) stands among the 40,000 most frequent US surnames, 0 the most
/// frequent ("smith"); `None` when it is not among them.
pub fn surname_rank(w: &str) -> Option<u32> {
    static T: OnceLock<crate::fasthash::FastMap<&'static str, u32>> = OnceLock::new();
    let map = T.get_or_init(|| {
        const SURNAMES: &str = include_str!("../../data/names/surnames.txt");
        // (sized once: forty thousand names would otherwise move a dozen times as the map grows)
        let mut map = crate::fasthash::FastMap::with_capacity_and_hasher(super::max_lines(SURNAMES), Default::default());
        for (rank, name) in super::data_lines(SURNAMES).filter_map(|l| super::fields(l).next()).enumerate() {
            map.entry(name).or_insert(rank as u32);
        }
        map
    });
    let w = super::trim(w);
    if let Some(hit) = super::with_ascii_lower(w, |k| map.get(k.trim_end_matches(|c: char| !c.is_alphanumeric())).copied()) {
        return hit;
    }
    let key = fold_latin(w).to_lowercase();
    let key = key.trim_end_matches(|c: char| !c.is_alphanumeric());
    map.get(key).copied()
}

/// True when `w` is an English word news prints in lower case (`data/names/common_words.txt`,
/// counted over PolNeAR's train split): capitalised, it more likely opens an organization's
/// or a place's name ("United Nations", "Wall Street") than a person's. Case-insensitive.
pub fn is_common_word(w: &str) -> bool {
    // (a word table: most capitalised words asked are no common word, turned away by shape)
    static T: OnceLock<crate::fasthash::WordTable> = OnceLock::new();
    // one word a line: no need to split rows into fields
    let set = T.get_or_init(|| crate::text::lines(include_str!("../../data/names/common_words.txt")).map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect());
    super::with_ascii_lower(w, |k| set.contains(k) || us_spelling(k).is_some_and(|u| set.contains(u.as_str()))).unwrap_or_else(|| set.contains(w.to_lowercase().as_str()))
}

/// True for a company's name that reads as a person's ("Wells Fargo", "Tim Hortons"; see
/// `data/names/firms.txt`), as printed.
pub fn is_firm(name: &str) -> bool {
    static T: OnceLock<crate::fasthash::FastSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| super::data_lines(include_str!("../../data/names/firms.txt")).map(str::trim).filter(|l| !l.is_empty()).collect()).contains(name)
}

/// The US spelling of a lower-case British or Canadian one, when its ending tells
/// ("neighbour" -> "neighbor", "organised" -> "organized", "centre" -> "center",
/// "defence" -> "defense"); the
/// word list was counted over US news.
fn us_spelling(k: &str) -> Option<String> {
    // (a byte scan: `str::find` sets up a substring searcher for every word asked; a word
    // with no "u", most, is passed by a test a word at a time)
    if let Some(at) = crate::text::has_byte(k, b'u').then(|| k.as_bytes().windows(3).position(|w| w == b"our")).flatten().filter(|&at| at > 1) {
        // (-our for the US -or: "labour", "colours", "neighbourhood"; not "four", "hours")
        return Some(format!("{}or{}", &k[..at], &k[at + 3..]));
    }
    // (the endings that end in the word's last byte, in the order of the list "isation",
    // "ised", "ising", "ise", "tre", "tres", "ence", "ences"; other words, most asked, are
    // passed at once)
    let endings: &[(&str, &str)] = match k.as_bytes().last() {
        Some(b'n') => &[("isation", "ization")],
        Some(b'd') => &[("ised", "ized")],
        Some(b'g') => &[("ising", "izing")],
        Some(b'e') => &[("ise", "ize"), ("tre", "ter"), ("ence", "ense")],
        Some(b's') => &[("tres", "ters"), ("ences", "enses")],
        _ => return None,
    };
    for &(gb, us) in endings {
        if let Some(stem) = k.strip_suffix(gb).filter(|s| s.len() >= 3) {
            return Some(format!("{stem}{us}"));
        }
    }
    None
}

/// True when `w` names a party, a creed or a US state's people ("Republican", "Christian",
/// "Vermonter"; `data/names/affiliations.txt`), or is a nationality ([`crate::lexicon::places::is_demonym`]).
/// A plural is tested by its singular when `plural` is set ("Republicans", "Americans").
pub fn is_affiliation(w: &str, plural: bool) -> bool {
    let w = if plural {
        match w.strip_suffix('s') {
            Some(x) if x.len() > 2 && !x.ends_with('s') => x,
            _ => return false,
        }
    } else {
        w
    };
    // (only a capitalised word is either)
    w.starts_with(|c: char| c.is_uppercase()) && (is_party_or_creed(w) || crate::lexicon::places::is_demonym(w))
}

/// True for a word of `data/names/affiliations.txt` as printed ("Democratic", "Christian",
/// "Vermonter"): [`is_affiliation`] without the nationalities.
pub fn is_party_or_creed(w: &str) -> bool {
    static T: OnceLock<crate::fasthash::WordTable> = OnceLock::new();
    let set = T.get_or_init(|| super::data_lines(include_str!("../../data/names/affiliations.txt")).flat_map(str::split_whitespace).collect());
    set.contains(w)
}

/// True when `w` (lower case) is a noun for one person: in `data/names/person_nouns.txt`
/// ("victim", "driver", "wife") or an unnamed speaker's noun ("resident", "witness";
/// `data/attribution/speaker_nouns.tsv`), one table.
pub fn is_person_noun(w: &str) -> bool {
    static T: OnceLock<crate::fasthash::FastSet<&'static str>> = OnceLock::new();
    let set = T.get_or_init(|| {
        let lex = crate::attribute::lexicon::lexicon();
        let anonymous = lex.nouns.iter().filter(|(_, k)| **k == crate::attribute::lexicon::NounKind::Anonymous).map(|(w, _)| *w);
        super::data_lines(include_str!("../../data/names/person_nouns.txt")).flat_map(str::split_whitespace).chain(anonymous).collect()
    });
    set.contains(w)
}

/// What the last word of a capitalised run says of it (`data/names/place_heads.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceHead {
    /// A place, whatever comes first ("Pacific Ocean", "Pearl Harbor").
    Place,
    /// A place when printed after "the" or a locative preposition ("on Capitol Hill"), else
    /// perhaps a surname ("Fiona Hill").
    PlaceIfFramed,
    /// A newspaper under the same condition ("the Baltimore Sun"; "Samantha Bee").
    PaperIfFramed,
    /// A street's last word ("Lane", "Road"): a place only in an address ("of Moss Lane, Bolton").
    Street,
}

/// The [`PlaceHead`] of `w` (case-sensitive: the word as printed in a name).
pub fn place_head(w: &str) -> Option<PlaceHead> {
    static T: OnceLock<crate::fasthash::WordMap<PlaceHead>> = OnceLock::new();
    let table = T.get_or_init(|| {
        let map = data_rows(include_str!("../../data/names/place_heads.tsv"))
            .filter_map(|row| {
                let k = match *row.get(1)? {
                    "place" | "thing" => PlaceHead::Place,
                    "place?" => PlaceHead::PlaceIfFramed,
                    "paper?" => PlaceHead::PaperIfFramed,
                    "street" => PlaceHead::Street,
                    _ => return None,
                };
                Some((row[0], k))
            })
            .collect();
        crate::fasthash::WordMap::new(map)
    });
    table.get(w).copied()
}

/// True for a word shaped like a plural noun of more than three letters ("Leafs",
/// "Bruins"; not "Ross", "Bass"): a team's last word, no one's given name or surname.
pub fn plural_shaped(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Builds the name tables (see `Analyzer::new`).
pub(crate) fn preload() {
    table();
    place_head("");
    is_affiliation("", false);
    is_party_or_creed("");
    share_in_compound("");
    not_name("");
    honorific_gender("");
    is_known_surname("");
    is_common_word("");
    is_person_noun("");
}

/// The parsed bundled table, each name of `other_languages.tsv` made even (see there).
fn table() -> &'static NameTable<'static> {
    static TABLE: OnceLock<NameTable<'static>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = parse(FIRST_NAMES_TSV);
        for (name, _) in other_languages() {
            if let Some(g) = table.get_mut(name) {
                g.female_share = 0.5;
            }
        }
        table
    })
}

/// The bundled `other_languages.tsv`: given names that are a man's (or a woman's) in
/// another language against their US counts, with the female share that language gives.
fn other_languages() -> impl Iterator<Item = (&'static str, f32)> {
    data_rows(include_str!("../../data/names/other_languages.tsv")).filter_map(|row| match row[..] {
        [name, "m", ..] => Some((name, 0.0)),
        [name, "f", ..] => Some((name, 1.0)),
        _ => None,
    })
}

/// `key`'s female share in the language whose convention a compound given name follows.
fn share_in_compound(key: &str) -> Option<f32> {
    static T: OnceLock<HashMap<&'static str, f32>> = OnceLock::new();
    T.get_or_init(|| other_languages().collect()).get(key).copied()
}

/// Parses `first_names.tsv` text, skipping lines that are malformed: fewer
/// than three fields, a share outside 0..=1, or a count that is not a number.
fn parse(text: &str) -> NameTable<'_> {
    let mut map = NameTable::with_capacity(super::max_lines(text));
    for line in super::data_lines(text) {
        let mut row = super::fields(line);
        let (Some(name), Some(share), Some(count)) = (row.next(), row.next(), row.next()) else {
            continue;
        };
        let (Ok(female_share), Ok(count)) = (share.parse::<f32>(), count.parse::<u32>()) else {
            continue;
        };
        if name.is_empty() || !(0.0..=1.0).contains(&female_share) {
            continue;
        }
        map.insert(
            name,
            NameGender {
                female_share,
                count,
            },
        );
    }
    map
}

/// The first-name table: a name of up to 15 ASCII bytes keyed by its bytes packed into an
/// integer ([`super::packed`]), which a capitalised word is looked up by once lower-cased in
/// the registers (no copy, no string hashed or compared), any other name by itself.
#[derive(Debug, Default)]
struct NameTable<'a> {
    packed: HashMap<u128, NameGender>,
    other: HashMap<&'a str, NameGender>,
}

impl<'a> NameTable<'a> {
    fn with_capacity(n: usize) -> Self {
        NameTable { packed: HashMap::with_capacity_and_hasher(n, Default::default()), other: HashMap::default() }
    }

    fn insert(&mut self, name: &'a str, g: NameGender) {
        match super::packed(name, false) {
            Some(key) => self.packed.insert(key, g),
            None => self.other.insert(name, g),
        };
    }

    /// The entry of `name` as the table holds it (no case folded).
    fn get(&self, name: &str) -> Option<&NameGender> {
        match super::packed(name, false) {
            Some(key) => self.packed.get(&key),
            None => self.other.get(name),
        }
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut NameGender> {
        match super::packed(name, false) {
            Some(key) => self.packed.get_mut(&key),
            None => self.other.get_mut(name),
        }
    }

    #[cfg(test)]
    fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.packed.len() + self.other.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(name: &str) -> f32 {
        first_name_gender(name).map_or(f32::NAN, |g| g.female_share)
    }

    #[test]
    fn clear_names_have_the_right_majority() {
        for name in ["Mary", "Angela", "Maria", "Jessica", "Olena"] {
            assert!(share(name) > 0.9, "{name}: {}", share(name));
        }
        for name in ["John", "Emmanuel", "Vladimir", "Rishi", "Mohammed"] {
            assert!(share(name) < 0.1, "{name}: {}", share(name));
        }
    }

    #[test]
    fn ambiguous_names_have_a_middle_share() {
        let jordan = share("Jordan");
        assert!(jordan > 0.1 && jordan < 0.5, "jordan {jordan}");
        let count = first_name_gender("Jordan").map_or(0, |g| g.count);
        assert!(count > 100_000);
    }

    #[test]
    fn unknown_strings_give_none() {
        assert_eq!(first_name_gender("Xqzzyvv"), None);
        assert_eq!(first_name_gender(""), None);
        assert_eq!(first_name_gender("Xqzzyvv-Pierre"), None);
        assert_eq!(first_name_gender("Mary-"), None);
        assert!(!is_known_first_name("the said"));
    }

    #[test]
    fn compound_given_names_take_their_parts_sex_or_the_first_parts() {
        assert!(share("Anne-Marie") > 0.8, "{}", share("Anne-Marie"));
        assert!(share("Marie-Ève") > 0.8, "{}", share("Marie-Ève"));
        assert!(share("John-Paul") < 0.2, "{}", share("John-Paul"));
        // parts of either sex ("Marie-Claude"): the first part's, the French convention
        assert!(share("Marie-Claude") > 0.8, "{}", share("Marie-Claude"));
        assert!(is_known_first_name("Marie-Claude"));
        let count = |n: &str| first_name_gender(n).map_or(0, |g| g.count);
        assert_eq!(count("Anne-Marie"), count("Anne").min(count("Marie")));
        // a rarer part of the same sex as a common first part: "Marie-Josée"
        assert!(share("Marie-Josée") > 0.8, "{}", share("Marie-Josée"));
        assert!(!is_known_first_name("Marie-Xqzzyvv"));
        // (not a surname: "Clinton-Sanders" joins two)
        assert!(!is_known_first_name("Clinton-Sanders"));
    }

    #[test]
    fn a_name_of_the_other_sex_in_another_language_decides_nothing_alone() {
        // a woman's name in US births, a man's in French or Italian: alone it is even
        assert_eq!(share("Jean"), 0.5);
        assert_eq!(share("Andrea"), 0.5);
        assert!(is_known_first_name("Jean"));
        // in a hyphenated given name (a French convention) it has its French sex
        assert!(share("Jean-Pierre") < 0.2, "{}", share("Jean-Pierre"));
        assert!(share("Jean-François") < 0.2, "{}", share("Jean-François"));
        // (and decides against a later part of the other sex: Jean-Marie is a man)
        assert!(share("Jean-Marie") < 0.2, "{}", share("Jean-Marie"));
        // every listed name is in the US table: a name it lacks would change nothing
        for (name, _) in other_languages() {
            assert!(table().contains_key(name), "{name} is not in first_names.tsv");
        }
    }

    #[test]
    fn lookups_are_case_insensitive_and_fold_accents() {
        assert_eq!(first_name_gender("MARY"), first_name_gender("mary"));
        assert_eq!(first_name_gender("mArY"), first_name_gender("Mary"));
        assert!(first_name_gender("José").is_some());
        assert_eq!(first_name_gender("José"), first_name_gender("jose"));
        assert_eq!(first_name_gender("ZOË"), first_name_gender("zoe"));
        assert!(is_known_first_name(" John "));
    }

    #[test]
    fn malformed_lines_are_skipped() {
        let text = "# header\nann\t0.990\t100\nbroken line\nbob\tx\t5\n\
                    eve\t1.5\t9\nkim\t0.8\t-3\n\t0.5\t10\nsam\t0.400\t70\textra\n";
        let map = parse(text);
        assert_eq!(map.len(), 2, "{map:?}");
        assert_eq!(map.get("ann").map(|g| g.count), Some(100));
        assert_eq!(map.get("sam").map(|g| g.count), Some(70));
    }

    #[test]
    fn word_tables_answer() {
        assert_eq!(not_name("Tuesday"), Some(NotName::Weekday));
        assert_eq!(not_name("Sept."), Some(NotName::Month));
        assert_eq!(not_name("Why"), Some(NotName::Function));
        assert_eq!(not_name("Holt"), None);
        assert_eq!(honorific_gender("ms"), Some(Some(true)));
        assert_eq!(honorific_gender("mr."), Some(Some(false)));
        assert_eq!(honorific_gender("dr."), Some(None));
        assert_eq!(honorific_gender("senator"), None);
        assert!(is_known_surname("Williams") && is_known_surname("SOWERS"));
        assert!(!is_known_surname("Politico") && !is_known_surname("Tuesday"));
    }

    #[test]
    fn packed_lookup_is_the_lower_cased_copys() {
        // every listed name, capitalised and in capitals, and words that are none (long,
        // accented, hyphenated, with a digit or a NUL byte): the name lower-cased in the
        // registers finds what its lower-cased copy finds
        let mut words: Vec<String> = Vec::new();
        for line in super::super::data_lines(FIRST_NAMES_TSV) {
            let name = line.split('\t').next().unwrap_or("");
            let mut cap = name.to_string();
            if let Some(c) = cap.get_mut(..1) {
                c.make_ascii_uppercase();
            }
            words.extend([name.to_string(), cap, name.to_uppercase()]);
        }
        words.extend(["", "A", "Zz", "O'Brien", "Jean-Pierre", "MARIE-ÈVE", "José", "Abcdefghijklmno", "Abcdefghijklmnop", "Christopherson1", "a\0", "[Anna]", "@Mary"].map(String::from));
        let table = table();
        for w in &words {
            let slow = super::super::with_ascii_lower(w, |k| table.get(k).copied());
            let fast = super::super::packed(w, true).map(|key| table.packed.get(&key).copied());
            if fast.is_some() {
                assert_eq!(fast, slow, "{w:?}");
            }
            assert_eq!(fast.is_some(), w.len() <= 15 && w.is_ascii(), "{w:?}");
        }
    }

    #[test]
    fn packed_words_differ_when_the_words_do() {
        let words = ["", "a", "a\0", "\0", "ab", "ba", "anna", "annabelle", "annabellee", "abcdefgh", "abcdefgh\0", "abcdefghijklmno", "Anna"];
        let keys: std::collections::HashSet<u128> = words.iter().filter_map(|w| super::super::packed(w, false)).collect();
        assert_eq!(keys.len(), words.len());
        assert_eq!(super::super::packed("AnNa-Lee", true), super::super::packed("anna-lee", false));
        assert_eq!(super::super::packed("Zoë", true), None);
    }

    #[test]
    fn us_spelling_is_the_ending_lists() {
        // the endings tried in list order, every one for every word (the code tries those of
        // the word's last byte)
        let listed = |k: &str| -> Option<String> {
            if let Some(at) = k.as_bytes().windows(3).position(|w| w == b"our").filter(|&at| at > 1) {
                return Some(format!("{}or{}", &k[..at], &k[at + 3..]));
            }
            for (gb, us) in [("isation", "ization"), ("ised", "ized"), ("ising", "izing"), ("ise", "ize"), ("tre", "ter"), ("tres", "ters"), ("ence", "ense"), ("ences", "enses")] {
                if let Some(stem) = k.strip_suffix(gb).filter(|s| s.len() >= 3) {
                    return Some(format!("{stem}{us}"));
                }
            }
            None
        };
        let words = ["", "our", "four", "hours", "labour", "colours", "neighbourhood", "organisation", "organised", "organising", "organise", "rise", "centre", "centres", "tres", "defence", "fence", "licences", "sentences", "johnson", "rose", "sanders", "ise", "xise", "abcise", "théâtre", "sœur", "ourse", "boulevard"];
        for w in words {
            assert_eq!(us_spelling(w), listed(w), "{w:?}");
        }
    }

    #[test]
    fn pinyin_given_names_are_read_syllable_by_syllable() {
        for (w, n) in [("meiling", Some(2)), ("wenjun", Some(2)), ("linjia", Some(2)), ("jinping", Some(2)), ("xiaoming", Some(2)), ("zhengyuan", Some(2)), ("island", None), ("dynasty", None), ("smith", None)] {
            assert_eq!(super::pinyin_syllables(w), n, "{w}");
        }
        assert!(super::chinese_name("Zhao", "Meiling"));
        assert!(!super::chinese_name("Long", "Island"));
        assert!(!super::chinese_name("Zhao", "Dynasty"));
        assert!(!super::chinese_name("Smith", "Meiling"));
    }

    #[test]
    fn bundled_table_is_large() {
        assert!(table().len() > 20_000);
    }
}
