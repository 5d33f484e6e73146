//! Proper names in the article: runs of capitalised words become people,
//! organizations or places. People are grouped by surname so that "Castellano"
//! resolves to "Nora Castellano"; each person keeps its occurrences, the titles
//! printed before them and the gender evidence found around them.

use crate::attribute::lexicon::lexicon;
use crate::attribute::Range;
use crate::model::{EntityKind, Gender, GenderEvidence};
use crate::fasthash::FastSet;
use crate::segment::{Paragraph, TokKind};
use std::sync::OnceLock;

/// One person named in the article.
#[derive(Debug, Clone)]
pub struct PersonName {
    /// The fullest form of the name the article gives.
    pub full: String,
    /// The surname (last word), lowercased.
    pub last: String,
    /// Byte ranges where the person is named (full or surname only).
    pub occurrences: Vec<Range>,
    /// Byte ranges of titles printed right before an occurrence, with the organization prefix.
    pub titles: Vec<(Range, Option<Range>)>,
    /// An honorific seen before the name ("Mr", "Ms").
    pub honorific: Option<String>,
}

impl PersonName {
    /// The start of the last occurrence before `pos`, or 0.
    pub fn last_seen(&self, pos: usize) -> usize {
        self.occurrences.iter().map(|r| r.0).filter(|&s| s < pos).max().unwrap_or(0)
    }
}

/// A capitalised run classified as something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameRun {
    /// Byte range of the name (titles stripped).
    pub span: Range,
    /// What it was taken for.
    pub kind: EntityKind,
    /// Index into `people` for persons.
    pub person: Option<usize>,
}

/// The names of one article.
#[derive(Debug, Default)]
pub struct Names {
    /// Every person.
    pub people: Vec<PersonName>,
    /// Every classified run, in text order.
    pub runs: Vec<NameRun>,
    /// Byte positions of gendered pronouns: (position, female?).
    pronouns: Vec<(usize, bool)>,
    /// Sentence boundaries (byte starts), sorted.
    sentence_starts: Vec<usize>,
}

/// Capitalised words that open sentences and are not names.
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "But", "And", "In", "On", "At", "For", "If", "When", "While", "After",
    "Before", "As", "So", "Yet", "Still", "However", "Meanwhile", "Now", "This", "That", "These",
    "Those", "There", "Here", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their",
    "Its", "Our", "My", "Your", "Some", "Many", "Most", "Other", "Others", "One", "Two", "Both",
    "All", "No", "Not", "Then", "Today", "Yesterday", "Last", "Next", "According", "Since",
    "Although", "Though", "Because", "With", "Without", "From", "To", "Of", "By", "Under", "Over",
    "Even", "Also", "Just", "Only", "What", "Who", "Why", "How", "Where", "Which", "Asked",
    "Despite", "During", "Like", "Unlike", "Instead", "Among", "Through", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Do", "Does", "Did", "Is", "Are", "Was",
    "Were", "Will", "Would", "Can", "Could", "Should", "Yes", "Every", "Each", "Such", "Another",
    "Once", "Whether", "Several", "Few", "Let", "Until", "Or", "Nor", "Any", "Perhaps", "Maybe",
];

const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
];

const HONORIFICS: &[(&str, Option<bool>)] = &[
    ("mr", Some(false)), ("mr.", Some(false)), ("mrs", Some(true)), ("mrs.", Some(true)),
    ("ms", Some(true)), ("ms.", Some(true)), ("miss", Some(true)), ("sir", Some(false)),
    ("dame", Some(true)), ("lord", Some(false)), ("lady", Some(true)), ("dr.", None),
    ("dr", None), ("mullah", Some(false)), ("sheikh", Some(false)), ("king", Some(false)),
    ("queen", Some(true)), ("prince", Some(false)), ("princess", Some(true)),
];

/// Builds the tables of this module (see `Analyzer::new`).
pub(crate) fn preload() {
    is_not_name("");
}

/// `w` is in [`NOT_NAMES`] (a hash set built once: the list is long).
fn is_not_name(w: &str) -> bool {
    static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| NOT_NAMES.iter().copied().collect()).contains(w)
}

fn honorific(w: &str) -> Option<Option<bool>> {
    HONORIFICS.iter().find(|(h, _)| *h == w).map(|(_, g)| *g)
}

impl Names {
    /// Reads the names of the paragraphs. With `headline` the first paragraph is a
    /// title-case headline, where every word is capitalised: there a name run keeps
    /// only words in `headline`, those the body capitalises mid-sentence
    /// ([`body_capitalised`]): "Jane Doe Was Headed Home" names "Jane Doe".
    pub fn build(text: &str, lc: &str, paras: &[Paragraph], headline: Option<&[&str]>) -> Names {
        let lex = lexicon();
        let mut n = Names::default();
        let mut raw: Vec<RawRun> = Vec::new();
        let mut is_start = Vec::new();
        let body_caps = headline.unwrap_or_default();
        for (pi, p) in paras.iter().enumerate() {
            let in_headline = headline.is_some() && pi == 0 && paras.len() > 1;
            let toks = &p.tokens;
            is_start.clear();
            is_start.resize(toks.len() + 1, false);
            for s in &p.sentences {
                if let Some(x) = is_start.get_mut(s.start) {
                    *x = true;
                }
            }
            n.sentence_starts.extend(p.sentences.iter().filter_map(|s| toks.get(s.start).map(|t| t.start)));
            let mut i = 0;
            while i < toks.len() {
                let t = &toks[i];
                let w = lc.get(t.start..t.end).unwrap_or("");
                if t.kind == TokKind::Word && matches!(w, "he" | "his" | "him" | "himself") {
                    n.pronouns.push((t.start, false));
                } else if t.kind == TokKind::Word && matches!(w, "she" | "her" | "hers" | "herself") {
                    n.pronouns.push((t.start, true));
                }
                if !t.is_capitalized() || (in_headline && !body_caps.contains(&t.text(text))) {
                    i += 1;
                    continue;
                }
                // a run of capitalised words, initials and name particles
                let mut j = i;
                while j < toks.len() {
                    let tj = &toks[j];
                    let wj = tj.text(text);
                    if in_headline && tj.is_capitalized() && !body_caps.contains(&wj) {
                        break;
                    }
                    let particle = matches!(wj, "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "du" | "la" | "le" | "del" | "of" | "on" | "for" | "and")
                        && j > i
                        && toks.get(j + 1).is_some_and(|x| x.is_capitalized());
                    if tj.is_capitalized() || (particle && !matches!(wj, "and")) {
                        j += 1;
                    } else if tj.kind == TokKind::Punct && tj.first == '-' && !tj.space_before && toks.get(j + 1).is_some_and(|x| x.is_capitalized()) {
                        j += 1;
                    } else {
                        break;
                    }
                }
                let sentence_initial = is_start[i] || (i > 0 && toks[i - 1].kind == TokKind::Quote && is_start[i - 1]);
                let mut s = i;
                // drop sentence-opening function words
                while s < j && is_not_name(toks[s].text(text).trim_end_matches('.')) {
                    s += 1;
                }
                if s >= j {
                    i = j.max(i + 1);
                    continue;
                }
                // titles inside the run: keep the name after the last title word
                let mut hon = None;
                let mut title: Option<Range> = None;
                let mut org: Option<Range> = None;
                let mut k = s;
                while k < j {
                    let mut matched = 0;
                    let wk = lc.get(toks[k].start..toks[k].end).unwrap_or("");
                    if lex.title_first.contains(wk) {
                        for len in (1..=lex.max_title_words.min(j - k)).rev() {
                            let cand = lc.get(toks[k].start..toks[k + len - 1].end).unwrap_or("");
                            if lex.titles.contains(cand) {
                                matched = len;
                                break;
                            }
                        }
                    }
                    if matched == 0 {
                        if let Some(_g) = honorific(wk) {
                            hon = Some(wk.trim_end_matches('.').to_string());
                            matched = 1;
                        }
                    }
                    if matched > 0 && k + matched < j {
                        // words before the first title are its organization ("UN Deputy Secretary-General")
                        if title.is_none() && k > s {
                            org = Some((toks[s].start, toks[k - 1].end));
                        }
                        let tstart = title.map(|t| t.0).unwrap_or(toks[k].start);
                        title = Some((tstart, toks[k + matched - 1].end));
                        k += matched;
                        s = k;
                    } else {
                        k += 1;
                    }
                }
                // honorific or lowercase title right before the run: "Mr. Smith", "spokesman John Doe"
                if hon.is_none() && i > 0 {
                    let wb = lc.get(toks[i - 1].start..toks[i - 1].end).unwrap_or("");
                    if honorific(wb).is_some() {
                        hon = Some(wb.trim_end_matches('.').to_string());
                    }
                    if title.is_none() && lex.titles.contains(wb) {
                        title = Some((toks[i - 1].start, toks[i - 1].end));
                    }
                }
                let initial = sentence_initial && s == i && title.is_none() && hon.is_none();
                let after_the = s == i && i > 0 && lc.get(toks[i - 1].start..toks[i - 1].end) == Some("the");
                raw.push(RawRun { span: (toks[s].start, toks[j - 1].end), title, org, hon, initial, after_the });
                i = j;
            }
        }
        n.classify(text, raw);
        n
    }

    fn classify(&mut self, text: &str, raw: Vec<RawRun>) {
        let lex = lexicon();
        // first pass: multiword person names
        let mut kinds = Vec::with_capacity(raw.len());
        // place lookups of the first pass, kept for the second
        let mut places: Vec<Option<Option<crate::lexicon::places::PlaceKind>>> = Vec::with_capacity(raw.len());
        let mut words: Vec<&str> = Vec::new();
        for RawRun { span, title, hon, initial, .. } in &raw {
            let s = text.get(span.0..span.1).unwrap_or("");
            words.clear();
            words.extend(s.split_whitespace());
            let orgish = words.iter().any(|w| lex.org_words.contains(w.trim_end_matches(|c: char| !c.is_alphanumeric())))
                || words.len() == 1 && is_acronym(words[0]);
            let mut place = None;
            let kind = if MONTHS.contains(&words[0]) {
                EntityKind::Date
            } else if orgish {
                EntityKind::Organization
            } else if title.is_none() && hon.is_none() && place.insert(crate::lexicon::places::place_kind(s)).is_some() {
                EntityKind::Place
            } else if (2..=4).contains(&words.len())
                && (title.is_some() || hon.is_some() || first_name_like(words[0]) || (!initial && words.iter().all(|w| name_shaped(w))))
            {
                EntityKind::Person
            } else if words.len() == 1 && (hon.is_some() || title.is_some()) {
                EntityKind::Person

            } else {
                // decided in the second pass (surname of a known person) or left out
                EntityKind::Place
            };
            kinds.push(kind);
            places.push(place);
        }
        for (ri, RawRun { span, title, org, hon, .. }) in raw.iter().enumerate() {
            if kinds[ri] != EntityKind::Person {
                continue;
            }
            let s = text.get(span.0..span.1).unwrap_or("").to_string();
            let last = s.split_whitespace().last().unwrap_or("").to_lowercase();
            let pi = match self.people.iter().position(|p| p.last == last && (p.full.split_whitespace().count() == 1 || s.split_whitespace().count() == 1 || first_compatible(&p.full, &s))) {
                Some(pi) => {
                    if s.split_whitespace().count() > self.people[pi].full.split_whitespace().count() {
                        self.people[pi].full = s.clone();
                    }
                    pi
                }
                None => {
                    self.people.push(PersonName { full: s.clone(), last, occurrences: Vec::new(), titles: Vec::new(), honorific: None });
                    self.people.len() - 1
                }
            };
            let p = &mut self.people[pi];
            p.occurrences.push(*span);
            if let Some(t) = title {
                p.titles.push((*t, *org));
            }
            if hon.is_some() && p.honorific.is_none() {
                p.honorific.clone_from(hon);
            }
            self.runs.push(NameRun { span: *span, kind: EntityKind::Person, person: Some(pi) });
        }
        // second pass: single words that are a known surname
        for (ri, RawRun { span, after_the, .. }) in raw.iter().enumerate() {
            // "the Taliban", "the Pentagon": a word after "the" is no one's surname
            if kinds[ri] == EntityKind::Person || *after_the {
                continue;
            }
            let s = text.get(span.0..span.1).unwrap_or("");
            let found = if s.is_ascii() {
                // no allocation: the surnames are lower-cased already
                self.people.iter().position(|p| p.last.len() == s.len() && p.last.bytes().zip(s.bytes()).all(|(a, b)| a == b.to_ascii_lowercase()))
            } else {
                let lower = s.to_lowercase();
                self.people.iter().position(|p| p.last == lower)
            };
            if let Some(pi) = found {
                self.people[pi].occurrences.push(*span);
                self.runs.push(NameRun { span: *span, kind: EntityKind::Person, person: Some(pi) });
            } else if kinds[ri] != EntityKind::Place || places[ri].unwrap_or_else(|| crate::lexicon::places::place_kind(s)).is_some() {
                self.runs.push(NameRun { span: *span, kind: kinds[ri], person: None });
            }
        }
        self.runs.sort_by_key(|r| r.span.0);
        for p in &mut self.people {
            p.occurrences.sort();
        }
        self.sentence_starts.sort_unstable();
    }

    /// The person named inside `span` (not after a preposition like "for").
    pub fn person_in(&self, span: Range) -> Option<&PersonName> {
        let lo = self.runs.partition_point(|r| r.span.0 < span.0);
        let hi = self.runs.partition_point(|r| r.span.0 < span.1);
        let run = self.runs[lo..hi.max(lo)].iter().rev().find(|r| r.person.is_some() && r.span.1 <= span.1)?;
        self.people.get(run.person?)
    }

    /// True when `span` holds an organization name.
    pub fn is_org(&self, span: Range) -> bool {
        let lo = self.runs.partition_point(|r| r.span.0 < span.0);
        let hi = self.runs.partition_point(|r| r.span.0 < span.1);
        self.runs[lo..hi.max(lo)].iter().any(|r| r.kind == EntityKind::Organization && r.span.1 <= span.1)
    }

    /// The person named most recently before `pos` whose gender fits.
    pub fn nearest_person_before(&self, pos: usize, want: Option<Gender>) -> Option<&PersonName> {
        // runs are sorted by start: only those before `pos`, nearest first
        let upto = self.runs.partition_point(|r| r.span.0 < pos);
        let fits = |p: &PersonName| want.is_none_or(|w| {
            let g = self.gender_guess(p);
            g == w || g == Gender::Unknown
        });
        let (ri, p) = self.runs[..upto]
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, r)| r.span.1 <= pos)
            .filter_map(|(ri, r)| r.person.and_then(|i| self.people.get(i)).map(|p| (ri, p)))
            .find(|(_, p)| fits(p))?;
        // subject salience: in an earlier sentence, the first fitting person named in it
        // ("Marsh thanked Voss on Friday. ... she said" -> Marsh)
        let at = self.runs[ri].span.0;
        let si = self.sentence_starts.partition_point(|&s| s <= at);
        let sent_start = si.checked_sub(1).and_then(|i| self.sentence_starts.get(i)).copied().unwrap_or(0);
        let pos_sent = self.sentence_starts.partition_point(|&s| s <= pos);
        if pos_sent == si {
            return Some(p); // same sentence as the pronoun: the nearest
        }
        let lo = self.runs.partition_point(|r| r.span.0 < sent_start);
        self.runs[lo..ri]
            .iter()
            .filter_map(|r| r.person.and_then(|i| self.people.get(i)))
            .find(|q| fits(q))
            .or(Some(p))
    }

    fn gender_guess(&self, p: &PersonName) -> Gender {
        // honorifics only: first-name guesses here moved pronouns to the wrong people more
        // often than to the right ones on the PolNeAR train split
        match p.honorific.as_deref().and_then(honorific).flatten() {
            Some(true) => Gender::Female,
            Some(false) => Gender::Male,
            None => Gender::Unknown,
        }
    }

    /// Gender of a person from honorifics, then pronouns right after its mentions, then the first-name lexicon.
    pub fn gender_of(&self, text: &str, p: &PersonName) -> (Gender, GenderEvidence, Option<String>) {
        if let Some(h) = &p.honorific {
            match honorific(h).flatten() {
                Some(true) => return (Gender::Female, GenderEvidence::Honorific, Some(format!("honorific '{h}'"))),
                Some(false) => return (Gender::Male, GenderEvidence::Honorific, Some(format!("honorific '{h}'"))),
                None => {}
            }
        }
        // pronouns after each occurrence, before any other person is named, within two sentences
        let (mut f, mut m) = (0, 0);
        // all three lists are sorted by position: binary searches keep this linear-logarithmic
        for occ in p.occurrences.iter().take(200) {
            let si = self.sentence_starts.partition_point(|&s| s <= occ.1);
            let limit = self.sentence_starts.get(si + 1).copied().unwrap_or(usize::MAX);
            let ri = self.runs.partition_point(|r| r.span.0 <= occ.1);
            let other = self.runs[ri..]
                .iter()
                .take_while(|r| r.span.0 < limit)
                .find(|r| r.person.is_some() && p.occurrences.binary_search(&r.span).is_err())
                .map(|r| r.span.0)
                .unwrap_or(limit);
            let pi = self.pronouns.partition_point(|(pos, _)| *pos <= occ.1);
            if let Some(&(_, fem)) = self.pronouns.get(pi).filter(|(pos, _)| *pos < other.min(limit)) {
                if fem { f += 1 } else { m += 1 }
            }
        }
        if f > m {
            return (Gender::Female, GenderEvidence::Pronoun, Some(format!("pronoun 'she/her' after {f} of {} mentions", p.occurrences.len())));
        }
        if m > f {
            return (Gender::Male, GenderEvidence::Pronoun, Some(format!("pronoun 'he/his' after {m} of {} mentions", p.occurrences.len())));
        }
        let first = p.full.split_whitespace().next().unwrap_or("");
        if p.full.split_whitespace().count() >= 2 {
            if let Some(g) = crate::lexicon::names::first_name_gender(first) {
                if g.female_share >= 0.9 {
                    return (Gender::Female, GenderEvidence::NameLexicon, Some(format!("first name '{first}' ({:.2} female)", g.female_share)));
                }
                if g.female_share <= 0.1 {
                    return (Gender::Male, GenderEvidence::NameLexicon, Some(format!("first name '{first}' ({:.2} female)", g.female_share)));
                }
            }
        }
        let _ = text;
        (Gender::Unknown, GenderEvidence::None, None)
    }

    /// Entities: people, organizations, places and dates, as byte ranges.
    pub fn entities(&self) -> Vec<(EntityKind, Range)> {
        self.runs.iter().map(|r| (r.kind, r.span)).collect()
    }
}

/// A capitalised run found while reading, before it is classified.
#[derive(Debug)]
struct RawRun {
    /// The name, titles stripped.
    span: Range,
    /// A title printed before it.
    title: Option<Range>,
    /// The organization prefix of that title ("UN" in "UN Secretary-General").
    org: Option<Range>,
    /// An honorific before it.
    hon: Option<String>,
    /// It opens a sentence (so its capital letter says little).
    initial: bool,
    /// "the" stands right before it.
    after_the: bool,
}

/// True for a word shaped like a name: a capital, then lowercase letters, with
/// apostrophes, hyphens between capitals ("Smith-Jones") and Mc/Mac allowed;
/// "DoNotRecognize", "Taliban-ruled" and "NATO" are not.
fn name_shaped(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let body = w.strip_prefix("Mac").or_else(|| w.strip_prefix("Mc")).unwrap_or(w);
    let mut prev = ' ';
    let mut first = true;
    for c in body.chars() {
        let ok = if first {
            c.is_uppercase()
        } else if c.is_uppercase() {
            matches!(prev, '-' | '\'' | '’')
        } else if c == '-' || c == '\'' || c == '’' || c == '.' {
            true
        } else if matches!(prev, '-') {
            false // "Taliban-ruled": a hyphen then lowercase
        } else {
            c.is_alphabetic()
        };
        if !ok {
            return false;
        }
        prev = c;
        first = false;
    }
    !first
}

fn is_acronym(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

/// The capitalised words of `head` that the `body` paragraphs capitalise other
/// than at a sentence start (a linear scan: no hashing of the body's words).
pub fn body_capitalised<'t>(text: &'t str, head: &Paragraph, body: &[Paragraph]) -> Vec<&'t str> {
    let mut want: Vec<&'t str> = head.tokens.iter().filter(|t| t.is_capitalized()).map(|t| t.text(text)).collect();
    want.sort_unstable();
    want.dedup();
    let mut found = Vec::with_capacity(want.len());
    for p in body {
        if want.is_empty() {
            break;
        }
        let mut starts = p.sentences.iter().map(|s| s.start).peekable();
        for (i, t) in p.tokens.iter().enumerate() {
            if !t.is_capitalized() {
                continue;
            }
            while starts.next_if(|&s| s < i).is_some() {}
            if starts.peek() == Some(&i) || (i > 0 && p.tokens[i - 1].kind == TokKind::Quote) {
                continue;
            }
            let w = t.text(text);
            if let Some(k) = want.iter().position(|x| x.len() == w.len() && *x == w) {
                found.push(want.swap_remove(k));
            }
        }
    }
    found
}

fn first_name_like(w: &str) -> bool {
    crate::lexicon::names::is_known_first_name(w)
}

fn first_compatible(a: &str, b: &str) -> bool {
    let fa = a.split_whitespace().next().unwrap_or("");
    let fb = b.split_whitespace().next().unwrap_or("");
    fa.chars().next() == fb.chars().next()
}
