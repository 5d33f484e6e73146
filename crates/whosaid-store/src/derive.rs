//! Facts the store derives from an [`Article`]: its outlet, date, the
//! content hash that makes re-runs resumable, normalized speaker names,
//! wire credits and (when the analyzer found none) syndication notices.

use whosaid::{Article, Document};

/// The content hash of one input: xxh3-128 over its id, text, URL and site name.
pub fn doc_hash(doc: &Document) -> [u8; 16] {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for part in [Some(doc.id.as_str()), Some(doc.text.as_str()), doc.url.as_deref(), doc.site_name.as_deref()] {
        let p = part.unwrap_or("");
        h.update(&(p.len() as u64).to_le_bytes());
        h.update(p.as_bytes());
    }
    h.digest128().to_le_bytes()
}

/// The outlet: `site_name`, else the URL host, else the id prefix before the first `_`, else "unknown".
pub fn outlet(a: &Article) -> String {
    if let Some(s) = a.site_name.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    if let Some(h) = a.url.as_deref().and_then(url_host) {
        return h;
    }
    match a.id.split_once('_') {
        Some((p, _)) if !p.is_empty() => p.to_string(),
        _ => "unknown".to_string(),
    }
}

/// The host of a URL without a leading `www.`; `None` when there is none.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|x| x.1).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    if host.is_empty() || !host.contains('.') {
        None
    } else {
        Some(host)
    }
}

/// The date `YYYY-MM-DD` (or `YYYY-MM` when no day is known): `published`, else one found in the id or URL.
pub fn date(a: &Article) -> Option<String> {
    [a.published.as_deref(), Some(a.id.as_str()), a.url.as_deref()].into_iter().flatten().find_map(find_date)
}

/// The month `YYYY-MM` of a date from [`date`].
pub fn month(date: &str) -> Option<String> {
    date.get(..7).map(str::to_string)
}

/// Finds the first plausible `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY-MM` in `s`.
pub fn find_date(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |i: usize, n: usize| b.get(i..i + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let num = |i: usize, n: usize| s.get(i..i + n).and_then(|d| d.parse::<u32>().ok()).unwrap_or(0);
    let mut month_only = None;
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        if !digits(i, 4) || !matches!(b.get(i + 4), Some(b'-' | b'/')) || !digits(i + 5, 2) {
            continue;
        }
        let (y, m) = (num(i, 4), num(i + 5, 2));
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) {
            continue;
        }
        let sep = b[i + 4];
        if b.get(i + 7) == Some(&sep) && digits(i + 8, 2) && !b.get(i + 10).is_some_and(u8::is_ascii_digit) {
            let d = num(i + 8, 2);
            if (1..=31).contains(&d) {
                return Some(format!("{y:04}-{m:02}-{d:02}"));
            }
        }
        if month_only.is_none() && !b.get(i + 7).is_some_and(u8::is_ascii_digit) {
            month_only = Some(format!("{y:04}-{m:02}"));
        }
    }
    month_only
}

const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame"];

/// A person's corpus-wide key: lowercase words (letters and digits), honorifics dropped.
///
/// "Dr. Nora  Castellano" and "nora castellano" share a key; "Castellano" alone does not.
pub fn norm_name(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let skip = words.iter().take_while(|w| HONORIFICS.contains(w)).count();
    let kept = if skip < words.len() { &words[skip..] } else { &words[..] };
    kept.join(" ")
}

/// Words dropped from the front of a name for [`person_key`]: `data/person_titles.txt`.
static PERSON_TITLES: std::sync::LazyLock<std::collections::HashSet<&'static str>> = std::sync::LazyLock::new(|| {
    include_str!("../data/person_titles.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Generational suffixes dropped from the end of a name for [`person_key`].
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A person's corpus-wide identity key, from a [`norm_name`]: "first last", or one word.
///
/// Drops a possessive `'s`/`’s` from the last word, suffixes (Jr., Sr., III),
/// leading titles (`data/person_titles.txt`: "President", "Sen.", "Gov.", "Dr.")
/// and every middle name or initial: "President Donald J. Trump's" and "donald
/// trump" share the key "donald trump"; "Trump" alone keeps "trump" (the store
/// joins it to a full name only under a clear majority, [`crate::identity`]). A
/// word is never dropped when it is the last one left.
pub fn person_key(norm: &str) -> String {
    let mut words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
    if let Some(last) = words.last_mut() {
        let bare = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")).unwrap_or(last);
        let bare = bare.trim_end_matches(['\'', '’']);
        if !bare.is_empty() {
            *last = bare;
        }
    }
    while words.len() > 1 && words.last().is_some_and(|w| NAME_SUFFIXES.contains(w)) {
        words.pop();
    }
    let lead = words.iter().take_while(|w| PERSON_TITLES.contains(*w)).count().min(words.len().saturating_sub(1));
    let words = &words[lead..];
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, .., last] => format!("{first} {last}"),
    }
}

/// Wire services and how a credit names them.
const WIRES: &[(&str, &str)] = &[
    ("(reuters)", "Reuters"),
    ("(ap)", "The Associated Press"),
    ("associated press", "The Associated Press"),
    ("(afp)", "Agence France-Presse"),
    ("agence france-presse", "Agence France-Presse"),
    ("(upi)", "United Press International"),
    ("(bloomberg)", "Bloomberg"),
    ("(dpa)", "dpa"),
    ("(xinhua)", "Xinhua"),
];

/// The wire service credited in the dateline or the first lines of the text, if any.
pub fn wire_credit(a: &Article) -> Option<String> {
    let head: String = a.text.chars().take(400).collect::<String>().to_lowercase();
    let datelines = a
        .furniture
        .iter()
        .filter(|f| matches!(f.kind, whosaid::FurnitureKind::Dateline | whosaid::FurnitureKind::Byline))
        .map(|f| f.text.to_lowercase());
    let mut hay = vec![head];
    hay.extend(datelines);
    WIRES
        .iter()
        .filter(|(pat, _)| pat.starts_with('('))
        .chain(WIRES.iter().filter(|(pat, _)| !pat.starts_with('(')))
        .find(|(pat, _)| hay.iter().any(|h| h.contains(pat)))
        .map(|(_, name)| name.to_string())
}

/// Phrases that open a syndication notice, followed by the publisher's name.
const NOTICES: &[&str] = &[
    "originally published by ",
    "originally published in ",
    "originally published on ",
    "originally published at ",
    "originally appeared in ",
    "originally appeared on ",
    "originally appeared at ",
    "first published by ",
    "first published in ",
    "first published on ",
    "first appeared in ",
    "first appeared on ",
    "republished with permission from ",
    "republished from ",
    "reprinted with permission from ",
    "reprinted from ",
];

/// A word that every phrase of [`NOTICES`] contains.
const NOTICE_WORDS: &[&str] = &["published", "appeared", "reprinted"];

/// The original publisher: the analyzer's syndication notice, else one this module finds in a short line.
pub fn original_publisher(a: &Article) -> Option<String> {
    if let Some(p) = a.syndication.as_ref().and_then(|s| s.original_publisher.as_deref()) {
        let p = p.trim();
        if !p.is_empty() {
            return Some(p.to_string());
        }
    }
    notice_publisher(&a.text)
}

/// Finds "This story originally appeared in X." style notices in lines under 300 characters.
pub fn notice_publisher(text: &str) -> Option<String> {
    // Every notice has one of these words; news text rarely does, so most texts stop here.
    // ASCII lower-casing keeps byte offsets, so a phrase found in `lower` is at the same place in `text`.
    let lower = text.to_ascii_lowercase();
    let has_word = |t: &str| NOTICE_WORDS.iter().any(|w| memchr::memmem::find(t.as_bytes(), w.as_bytes()).is_some());
    if !has_word(&lower) {
        return None;
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let (Some(line), Some(low)) = (text.get(start..end), lower.get(start..end)) else { continue };
        let (line, low) = (line.trim_end_matches(['\n', '\r']), low.trim_end_matches(['\n', '\r']));
        if line.len() >= 300 || !has_word(low) {
            continue;
        }
        for pat in NOTICES {
            let Some(i) = low.find(pat) else { continue };
            let rest = line.get(i + pat.len()..).unwrap_or("");
            let name = rest
                .split(['.', ',', ';', '|', '(', '\n'])
                .next()
                .unwrap_or("")
                .split(" and ")
                .next()
                .unwrap_or("")
                .split(" under ")
                .next()
                .unwrap_or("")
                .split(" on ")
                .next()
                .unwrap_or("")
                .trim();
            if !name.is_empty() && name.chars().count() <= 60 {
                return Some(name.to_string());
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn art(id: &str) -> Article {
        whosaid::Analyzer::new().analyze(&Document::plain(id, "x"))
    }

    #[test]
    fn outlet_falls_back_to_host_then_id_prefix() {
        let mut a = art("breitbart_2015-11-11_slug");
        assert_eq!(outlet(&a), "breitbart");
        a.url = Some("https://www.example.org/2016/02/03/x".into());
        assert_eq!(outlet(&a), "example.org");
        assert_eq!(date(&a).as_deref(), Some("2015-11-11"));
        a.site_name = Some("Example News".into());
        assert_eq!(outlet(&a), "Example News");
        assert_eq!(outlet(&art("noprefix")), "unknown");
    }

    #[test]
    fn dates_from_url_and_published() {
        let mut a = art("plain");
        a.url = Some("https://x.com/2016/02/03/story".into());
        assert_eq!(date(&a).as_deref(), Some("2016-02-03"));
        a.published = Some("2017-05-06T10:00:00Z".into());
        assert_eq!(date(&a).as_deref(), Some("2017-05-06"));
        assert_eq!(find_date("2019-13-01 then 2020-02"), Some("2020-02".into()));
        assert_eq!(find_date("12345-01-01"), None);
    }

    #[test]
    fn names_normalize() {
        assert_eq!(norm_name("Dr. Nora  Castellano"), "nora castellano");
        assert_eq!(norm_name("O’Malley"), "o’malley");
        assert_eq!(norm_name("Mr."), "mr");
    }

    #[test]
    fn person_keys_are_first_and_last_name() {
        let key = |n: &str| person_key(&norm_name(n));
        for (name, want) in [
            ("Dana Q. Whitfield", "dana whitfield"),
            ("Dana Whitfield", "dana whitfield"),
            ("DANA WHITFIELD", "dana whitfield"),
            ("Dana Whitfield's", "dana whitfield"),
            ("Dana Whitfield’s", "dana whitfield"),
            ("President Dana Whitfield", "dana whitfield"),
            ("Vice President-elect Dana Q. Whitfield", "dana whitfield"),
            ("Sen. Dana Whitfield", "dana whitfield"),
            ("Gov. Dana Whitfield Jr.", "dana whitfield"),
            ("Dr. Dana Whitfield III", "dana whitfield"),
            ("Mrs. Dana Rourke Whitfield", "dana whitfield"),
            ("Secretary of State Dana Whitfield", "dana whitfield"),
            ("Whitfield", "whitfield"),
            ("Whitfield's", "whitfield"),
            ("Mr. Whitfield", "whitfield"),
            ("President Whitfield", "whitfield"),
            ("Davis", "davis"),
            ("Jones'", "jones"),
            ("President", "president"),
            ("Jr.", "jr"),
            ("O’Malley", "o’malley"),
            ("", ""),
            ("'s", "s"),
        ] {
            assert_eq!(key(name), want, "{name}");
        }
    }

    #[test]
    fn notices_name_the_publisher() {
        assert!(NOTICES.iter().all(|n| NOTICE_WORDS.iter().any(|w| n.contains(w))));
        let t = "Story.\n\nThis article originally appeared on The Daily Example. Republished here.\n";
        assert_eq!(notice_publisher(t).as_deref(), Some("The Daily Example"));
        assert_eq!(notice_publisher("nothing here"), None);
    }
}
