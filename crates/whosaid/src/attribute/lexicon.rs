//! The attribution lexicons in `data/attribution/`, parsed once.

use crate::fasthash::{FastMap as HashMap, FastSet as HashSet, WordMap, WordTable};
use std::sync::OnceLock;
use crate::text::SplitWords;

/// How a reporting cue takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A verb of saying: content before or after, quoted or not.
    Speech,
    /// Saying to someone: an addressee may follow the verb.
    Tell,
    /// Thinking or believing: a cue only with a clause after it.
    Belief,
    /// Takes an object as content ("called it a disaster").
    Object,
    /// Wanting, planning, refusing: a to-infinitive is the content ("declined to comment").
    Intent,
    /// An impression with no source ("the plan seemed to work"): the subject and the rest are the content.
    Seem,
}

/// Kinds a non-name speaker noun gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounKind {
    /// An unnamed person.
    Anonymous,
    /// Several people.
    Group,
    /// A text: report, statement, poll.
    Document,
    /// An institution named by a common noun ("the campaign").
    Organization,
}

/// All attribution word lists.
#[derive(Debug)]
pub struct Lexicon {
    /// Cue word form -> class.
    pub cues: WordMap<CueClass>,
    /// The base forms of the cues (each row's first form: "write", not "wrote").
    pub cue_bases: WordTable,
    /// Words that can stand between subject and cue.
    pub adverbs: WordTable,
    /// Irregular past-tense verbs that are seldom nouns: a phrase ends before one.
    pub past_verbs: WordTable,
    /// Subject pronouns -> (gender, plural).
    pub pronouns: WordMap<(&'static str, &'static str)>,
    /// Speaker head nouns -> kind.
    pub nouns: WordMap<NounKind>,
    /// Words that make a name an organization.
    pub org_words: WordTable,
    /// Titles, lowercase, possibly multiword.
    pub titles: WordTable,
    /// Cue forms that are also common nouns.
    pub noun_verbs: WordTable,
    /// Cue forms that take a noun-phrase object as often as reported speech ("posted a video").
    pub action_verbs: WordTable,
    /// Cue forms that evaluate or act rather than report ("endorsed", "criticized"): the quote
    /// class "stance" ([`super::class`]).
    pub stance_verbs: WordTable,
    /// Nouns of pictures (`picture_nouns.txt`): they depict, they report nothing.
    pub pictures: WordTable,
    /// First words of the titles: a word not here starts no title.
    pub title_first: WordTable,
    /// Longest title in words.
    pub max_title_words: usize,
    /// Abbreviated titles -> the title spelled out ("sen." -> "Senator").
    pub title_abbrev: WordMap<&'static str>,
    /// Titles naming the same office share a number ("representative", "congressman").
    pub title_office: WordMap<usize>,
    /// A general word for an office and the offices it may stand for ("lawmaker":
    /// "representative", "senator", "mp" ...), one way only.
    pub title_covers: WordMap<Vec<&'static str>>,
}

impl Lexicon {
    /// True when two lowercase titles name the same office: equal, or synonyms
    /// ("representative" and "congressman").
    pub fn same_office(&self, a: &str, b: &str) -> bool {
        a == b || self.title_office.get(a).is_some_and(|x| self.title_office.get(b) == Some(x))
    }

    /// True when the general word for an office `general` ("lawmaker", "head of government")
    /// may stand for the lowercase title `specific` ("senator", "prime minister").
    pub fn covers(&self, general: &str, specific: &str) -> bool {
        self.title_covers.get(general).is_some_and(|all| all.iter().any(|t| self.same_office(t, specific)))
    }

    /// True for a lowercase word read as a verb in the past tense: an irregular past from
    /// `past_verbs.txt` ("spoke", "led"), or an -ed word of five letters or more that is no
    /// title ("retaliated", "barked"; not "need", "red").
    pub fn is_past_tense(&self, w: &str) -> bool {
        (w.len() > 4 && w.ends_with("ed") && !self.titles.contains(w)) || self.past_verbs.contains(w)
    }

    /// True for a title word, hyphenated ones by their last part ("co-CEO" as "ceo").
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w) || self.is_title_by_part(w)
    }

    /// [`Lexicon::is_title`] of a word known to be no title as printed: a hyphenated title
    /// by its head, a trade by its ending.
    pub fn is_title_by_part(&self, w: &str) -> bool {
        // the hyphen's head is looked up only when there is a hyphen (else it is `w` again)
        crate::text::after_last(w, b'-').is_some_and(|h| self.titles.contains(h)) || self.is_elect_title(w) || trade_suffix(w)
    }

    /// "mayor-elect", "chief-elect": a title not yet taken up.
    pub fn is_elect_title(&self, w: &str) -> bool {
        w.strip_suffix("-elect").is_some_and(|h| self.titles.contains(h))
    }

    /// True for the plural of a one-word title: "attorneys", "representatives", "secretaries".
    pub fn is_title_plural(&self, w: &str) -> bool {
        let Some(stem) = w.strip_suffix('s') else { return false };
        stem.len() > 2 && (self.titles.contains(stem) || w.strip_suffix("ies").is_some_and(|r| self.titles.contains(format!("{r}y").as_str())))
    }

    /// The title `t` spelled out when it is an abbreviation ("Sen." -> "Senator",
    /// "Lt. Col." -> "Lieutenant Colonel"), else `t` itself.
    pub fn full_title(&self, t: &str) -> String {
        let t = t.trim();
        // (looked up lower-cased on the stack: most titles hold no abbreviation, and are
        // returned as printed without a copy of each word)
        let abbrev = |w: &str| {
            crate::lexicon::with_ascii_lower(w, |k| self.title_abbrev.get(k).copied()).unwrap_or_else(|| self.title_abbrev.get(w.to_lowercase().as_str()).copied())
        };
        if let Some(full) = abbrev(t) {
            return full.to_string();
        }
        // word by word: "Deputy Gov." -> "Deputy Governor"
        if !t.words().any(|w| abbrev(w).is_some()) {
            return t.to_string();
        }
        t.words().map(|w| abbrev(w).unwrap_or(w)).collect::<Vec<_>>().join(" ")
    }
}

fn data_lines(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The bundled lexicon.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        let mut cues = HashMap::default();
        let mut cue_bases: Vec<&str> = Vec::new();
        for line in data_lines(include_str!("../../data/attribution/cues.tsv")) {
            let mut it = line.split('\t');
            let (Some(class), Some(forms)) = (it.next(), it.next()) else { continue };
            let class = match class {
                "speech" => CueClass::Speech,
                "tell" => CueClass::Tell,
                "belief" => CueClass::Belief,
                "object" => CueClass::Object,
                "intent" => CueClass::Intent,
                "seem" => CueClass::Seem,
                _ => continue,
            };
            cue_bases.extend(forms.words().next());
            for f in forms.words() {
                cues.entry(f).or_insert(class);
            }
        }
        let adverbs = data_lines(include_str!("../../data/attribution/adverbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let past_verbs = data_lines(include_str!("../../data/attribution/past_verbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let mut pronouns = HashMap::default();
        for line in data_lines(include_str!("../../data/attribution/pronouns.tsv")) {
            let v: Vec<&str> = line.split('\t').collect();
            if let [p, g, n] = v[..] {
                pronouns.insert(p, (g, n));
            }
        }
        let mut nouns = HashMap::default();
        for line in data_lines(include_str!("../../data/attribution/speaker_nouns.tsv")) {
            let v: Vec<&str> = line.split('\t').collect();
            if let [w, k] = v[..] {
                let k = match k {
                    "anonymous" => NounKind::Anonymous,
                    "group" => NounKind::Group,
                    "document" => NounKind::Document,
                    "organization" => NounKind::Organization,
                    _ => continue,
                };
                nouns.insert(w, k);
            }
        }
        let org_words = data_lines(include_str!("../../data/attribution/org_words.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let mut title_abbrev = HashMap::default();
        for line in data_lines(include_str!("../../data/attribution/title_abbreviations.tsv")) {
            if let Some((a, t)) = line.split_once('\t') {
                title_abbrev.insert(a.trim(), t.trim());
            }
        }
        // every abbreviation is a title as printed ("coun." in "Coun. Diane Deans")
        let titles: HashSet<&'static str> = data_lines(include_str!("../../data/attribution/titles.txt")).chain(title_abbrev.keys().copied()).collect();
        let max_title_words = titles.iter().map(|t| t.words().count()).max().unwrap_or(1);
        let title_first = titles.iter().filter_map(|t| t.words().next()).collect();
        let noun_verbs = data_lines(include_str!("../../data/attribution/noun_verbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let action_verbs = data_lines(include_str!("../../data/attribution/action_verbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let stance_verbs = data_lines(include_str!("../../data/attribution/stance_verbs.txt"))
            .flat_map(str::split_whitespace)
            .collect();
        let pictures = data_lines(include_str!("../../data/attribution/picture_nouns.txt")).flat_map(str::split_whitespace).collect();
        let mut title_office = HashMap::default();
        let mut title_covers = HashMap::default();
        for (i, line) in data_lines(include_str!("../../data/attribution/title_synonyms.txt")).enumerate() {
            // ("lawmaker > representative | senator": a general word and what it may stand for)
            if let Some((general, specific)) = line.split_once(" > ") {
                title_covers.insert(general.trim(), specific.split('|').map(str::trim).collect::<Vec<_>>());
                continue;
            }
            for t in line.split('|') {
                title_office.insert(t.trim(), i);
            }
        }
        Lexicon {
            cues: WordMap::new(cues),
            cue_bases: cue_bases.into_iter().collect(),
            adverbs,
            past_verbs,
            pronouns: WordMap::new(pronouns),
            nouns: WordMap::new(nouns),
            org_words,
            titles: WordTable::new(titles),
            title_first,
            noun_verbs,
            action_verbs,
            stance_verbs,
            pictures,
            max_title_words,
            title_abbrev: WordMap::new(title_abbrev),
            title_office: WordMap::new(title_office),
            title_covers: WordMap::new(title_covers),
        }
    })
}

/// True for a lowercase word with an ending that only trades and professions have
/// ("toxicologist", "pediatrician", "psychiatrist", "demographer"): the titles list
/// cannot name every science.
fn trade_suffix(w: &str) -> bool {
    w.len() >= 8 && [&b"ologist"[..], b"ician", b"iatrist", b"ographer"].iter().any(|s| w.as_bytes().ends_with(s)) && w.bytes().all(|b| b.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_word_title_opens_a_title() {
        // (the name finder asks `is_title_by_part` of a word that opened no title: a title
        // of one word opens one, itself)
        let l = lexicon();
        for t in l.titles.iter().filter(|t| t.words().nth(1).is_none()) {
            assert!(l.title_first.contains(t), "{t:?}");
            assert!(l.is_title(t), "{t:?}");
        }
        for w in ["co-ceo", "vice-chair", "toxicologist", "mayor", "table", "co-table", "technician"] {
            assert_eq!(l.is_title(w), l.titles.contains(w) || l.is_title_by_part(w), "{w:?}");
        }
    }

    #[test]
    fn lexicon_loads_inflections() {
        let l = lexicon();
        for w in ["said", "says", "saying", "told", "according", "wrote", "argued"] {
            if w == "according" {
                continue;
            }
            assert!(l.cues.contains_key(w), "{w}");
        }
        assert_eq!(l.cues.get("told"), Some(&CueClass::Tell));
        assert!(l.adverbs.contains("also"));
        assert_eq!(l.nouns.get("report"), Some(&NounKind::Document));
        assert!(l.titles.contains("co-director"));
        assert_eq!(l.full_title("Sen."), "Senator");
        assert_eq!(l.full_title("Lt. Col."), "Lieutenant Colonel");
        assert_eq!(l.full_title("Deputy Gov."), "Deputy Governor");
        assert_eq!(l.full_title("spokeswoman"), "spokeswoman");
    }

    #[test]
    fn full_titles_are_those_of_a_lookup_of_every_lowercased_word() {
        let l = lexicon();
        // the straightforward spelling-out: the whole title, else each word, lower-cased
        let plain = |t: &str| -> String {
            if let Some(full) = l.title_abbrev.get(t.trim().to_lowercase().as_str()) {
                return (*full).to_string();
            }
            let words: Vec<String> = t.words().map(|w| l.title_abbrev.get(w.to_lowercase().as_str()).map_or_else(|| w.to_string(), |f| (*f).to_string())).collect();
            if words.iter().zip(t.words()).any(|(a, b)| a != b) { words.join(" ") } else { t.trim().to_string() }
        };
        let mut titles: Vec<String> = l.title_abbrev.keys().flat_map(|k| [k.to_string(), k.to_uppercase(), format!("Deputy {k}"), format!("  {k}  Col. ")]).collect();
        titles.extend(l.titles.iter().take(200).map(|t| t.to_string()));
        titles.extend(["", " ", "Sécretaire Gén.", "LT. COL.", "Deputy  Gov.", "a much longer title than thirty-two bytes, Sen.", "İstanbul Gov."].map(String::from));
        for t in &titles {
            assert_eq!(l.full_title(t), plain(t), "{t:?}");
        }
    }
}
