//! Proper names in the article: runs of capitalised words become people,
//! organizations or places. People are grouped by surname so that "Castellano"
//! resolves to "Nora Castellano"; each person keeps its occurrences, the titles
//! printed before them and the gender evidence found around them.

use crate::attribute::lexicon::lexicon;
use crate::attribute::Range;
use crate::lexicon::names::NotName;
use crate::model::{EntityKind, Gender, GenderEvidence, Role};
use crate::segment::{Paragraph, TokKind};
use crate::text::SplitWords;

/// How a person's own stated pronouns open their gender evidence ("pronouns 'they/them'").
pub(crate) const STATED_PRONOUNS: &str = "pronouns '";
/// What [`Names::stated_neutral_pronouns`] returns for a person said to be non-binary.
const NON_BINARY: &str = "non-binary";

/// One person named in the article.
#[derive(Debug, Clone)]
pub struct PersonName {
    /// The fullest form of the name the article gives.
    pub full: String,
    /// The surname (last word), lowercased.
    pub last: String,
    /// Byte ranges where the person is named (full or surname only).
    pub occurrences: Vec<Range>,
    /// Roles printed around the name: titles before it, with their organization.
    pub roles: Vec<Role>,
    /// An honorific seen before the name ("Mr", "Ms").
    pub honorific: Option<String>,
    /// The sex the article's own words give (a gendered title, or pronouns after its
    /// mentions: three at least, twice the other sex's), for pronouns to find their
    /// antecedent; read when first asked.
    pub(crate) evident: std::cell::OnceCell<Gender>,
    /// The sex its honorific or first name tells ([`Names::name_guess`]), read when first
    /// asked: a pronoun asks it of every person named before it.
    pub(crate) guess: std::cell::OnceCell<Gender>,
    /// Another person of the article has the same surname.
    pub(crate) shared_surname: bool,
}

impl PersonName {
    /// The start of the last occurrence before `pos`, or 0.
    pub fn last_seen(&self, pos: usize) -> usize {
        self.occurrences.iter().map(|r| r.0).filter(|&s| s < pos).max().unwrap_or(0)
    }

    /// A person named `full`, printed once at `at` (by a part of the name: "Dan" of "Dan
    /// and Lisa Whitford"), with no title or honorific.
    pub(crate) fn mentioned(full: &str, at: Range) -> PersonName {
        let last = crate::text::lower(crate::text::last_piece(full, b' '));
        PersonName { full: full.to_string(), last, occurrences: vec![at], roles: Vec::new(), honorific: None, evident: Default::default(), guess: Default::default(), shared_surname: true }
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
    /// "He" and "She" inside a run of capitalised words (outside quotation marks), which
    /// `pronouns` leaves out: (position, female?), in text order.
    run_he_she: Vec<(usize, bool)>,
    /// "him" or an object "her" after a verb (or a past tense and its preposition, "disagreed
    /// with him"): (pronoun position, where the verb's subject
    /// ends: right before the verb, or before an appositive between commas). A name ending
    /// there is the verb's subject, which the pronoun cannot stand for ("Belanger described
    /// him as ...": "himself" would be Belanger).
    objects: Vec<(usize, [usize; 2])>,
    /// A noun for one person after a determiner, outside quotation marks ("the victim",
    /// "a nurse"): (noun position, determiner position, the determiner follows a comma,
    /// "is", "was" or "as", where the noun may describe the one just named, the determiner is
    /// "the").
    person_nouns: Vec<(usize, usize, bool, bool)>,
    /// Where a name follows a possessive pronoun and a noun for what the owner has ("Her
    /// coach Stefan Vukov", "his agent, Tom Reyes,"): (the name's first byte, the owner
    /// female?), sorted. A pronoun of the owner's sex right after the name is more likely the
    /// owner's ("... said she was calm": the athlete).
    owned: Vec<(usize, bool)>,
    /// Positions of the pronouns in `pronouns` that are no subject ("her", "his", "him",
    /// "hers"), sorted.
    oblique: Vec<usize>,
    /// Ends of the names a verb of saying follows ("Judge Koetl said"), sorted.
    saying_names: Vec<usize>,
    /// Starts of the names printed inside quotation marks, sorted.
    quoted_names: Vec<usize>,
    /// Positions of pronouns right before a verb of saying ("he said"), sorted.
    speaking: Vec<usize>,
    /// Pronouns of both sexes occur (else what they say of a person tells no antecedent apart).
    both_sexes: bool,
    /// Sentence boundaries (byte starts), sorted.
    sentence_starts: Vec<usize>,
    /// (end of a person's name, start of the next name) where " of ", " at " or
    /// " from " joins them: the person heads that phrase.
    between_words: Vec<(usize, usize)>,
    /// Where the headline ends (0: none): a name printed there may be completed only later.
    headline_end: usize,
    /// Where "they/the" is printed ("who uses they/them pronouns"), sorted; most articles
    /// have none, and no person's own pronouns are looked for then.
    stated_they: Vec<usize>,
    /// Each person's roles, by index into `people`, read the first time they are asked
    /// for ([`Names::roles_of`]).
    roles: Vec<std::cell::OnceCell<Vec<Role>>>,
}

/// Builds the tables of this module (see `Analyzer::new`).
pub(crate) fn preload() {
    crate::lexicon::names::preload();
}

/// Organization words that name no body alone ("the Survey on Drug Use and Health"), only
/// inside a longer name ("Fraser Health", "Ambulance New Brunswick").
const IN_NAMES_ONLY: &[&str] = &["Health", "Healthcare", "Transit", "Ambulance", "Utilities"];

/// "Valentine's", "St. Patrick's": a one-word run at `span`, a possessive after it, that the
/// article prints somewhere before "Day" ("Valentine's Day").
fn names_a_day(text: &str, span: Range) -> bool {
    let day = |rest: &str| rest.strip_prefix("'s Day").or_else(|| rest.strip_prefix("’s Day")).is_some_and(|r| !r.starts_with(char::is_alphanumeric));
    let Some(s) = text.get(span.0..span.1) else { return false };
    let possessive = text.get(span.1..).is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
    possessive && memchr::memmem::find_iter(text.as_bytes(), s.as_bytes()).take(20).any(|at| text.get(at + s.len()..).is_some_and(day))
}

/// True for a capitalised word that names no one at a run's start ("The", "Tuesday", "Mr.").
fn is_not_name(w: &str) -> bool {
    crate::lexicon::names::not_name(w).is_some_and(|k| k != NotName::Holiday)
}

fn is_month(w: &str) -> bool {
    crate::lexicon::names::not_name(w) == Some(NotName::Month)
}

fn honorific(w: &str) -> Option<Option<bool>> {
    crate::lexicon::names::honorific_gender(w)
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
        // (one start per sentence: reserved at once, not regrown paragraph by paragraph)
        n.sentence_starts.reserve(paras.iter().map(|p| p.sentences.len()).sum());
        // (news has about a capitalised run to fourteen tokens: room for one to eight spares
        // most articles a regrowth of the runs)
        raw.reserve(paras.iter().map(|p| p.tokens.len()).sum::<usize>() / 8);
        for (pi, p) in paras.iter().enumerate() {
            let in_headline = headline.is_some() && pi == 0 && paras.len() > 1;
            // (a slice, not the vector: its start and length are kept for the loop, where a
            // `&Vec` inside the interior-mutable paragraph was read again at every token)
            let toks = p.tokens.as_slice();
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
                // pronouns ("he" to "herself") and determiners ("the", "a", "an"), told apart by
                // their first letter: a byte test on every word, other words not sliced and compared
                let first = if t.kind == TokKind::Word { lc.as_bytes().get(t.start).copied() } else { None };
                // pronouns inside quotation marks are the quoted speaker's, not the narrator's
                // (words of 2 to 8 bytes only are read, every one starting with "h" or "s";
                // with a contraction too, "she'd", "he’s")
                if matches!(first, Some(b'h' | b's')) && (2..=8).contains(&(t.end - t.start)) && !p.quoted(i) {
                    let w = lc.get(t.start..t.end);
                    let female = match w {
                        Some("he" | "his" | "him" | "himself" | "he'd" | "he's" | "he'll" | "he’d" | "he’s" | "he’ll") => Some(false),
                        Some("she" | "her" | "hers" | "herself" | "she'd" | "she's" | "she'll" | "she’d" | "she’s" | "she’ll") => Some(true),
                        _ => None,
                    };
                    if let Some(female) = female {
                        n.pronouns.push((t.start, female));
                        if matches!(w, Some("her" | "his" | "him" | "hers")) {
                            n.oblique.push(t.start);
                        }
                        if toks.get(i + 1).and_then(|t| lc.get(t.start..t.end)).is_some_and(|w| lex.cues.contains_key(w)) {
                            n.speaking.push(t.start);
                        }
                        if let Some(ends) = object_of_clause(lc, toks, i) {
                            n.objects.push((t.start, ends));
                        }
                    }
                } else if matches!(first, Some(b't' | b'a'))
                    && matches!(lc.as_bytes().get(t.start..t.end), Some(b"the" | b"a" | b"an"))
                    && !p.quoted(i + 1)
                    && person_noun_after(lc, toks, i)
                {
                    // (after a comma, "is", "was" or "as" the noun may describe the one just
                    // named: "Ruiz, a volunteer, said", "Ruiz, who is a neighbour, said")
                    let describes = i >= 1 && matches!(lc.as_bytes().get(toks[i - 1].start..toks[i - 1].end), Some(b"," | b"is" | b"was" | b"as"));
                    n.person_nouns.push((toks[i + 1].start, t.start, describes, first == Some(b't')));
                }
                if !t.is_capitalized() || (in_headline && !body_caps.contains(&t.text(text))) {
                    i += 1;
                    continue;
                }
                if let Some(female) = owner_before(lc, toks, i) {
                    n.owned.push((t.start, female));
                }
                // a run of capitalised words, initials and name particles; a possessive ends it
                let mut j = i;
                let mut cut = 0; // bytes of a possessive "'s" to drop from the run's end
                // a nickname printed between the given name and the surname, from its opening
                // mark to the surname ("Gerald (Gerry) Kleisinger", "John “Tig” Tiegen")
                let mut nickname: Option<Range> = None;
                // (and the given name before it)
                let mut given = i;
                while j < toks.len() {
                    let tj = &toks[j];
                    let wj = tj.text(text);
                    // a line break ends a name ("Profile: Julian Assange\nTimeline of ...")
                    // (the gap is a byte or two: read byte by byte, not by std's char search)
                    // (the gap's bytes, not its `str`: tokens start and end at character boundaries)
                    if j > i && text.as_bytes().get(toks[j - 1].end..tj.start).is_some_and(|gap| gap.iter().any(|&x| x == b'\n')) {
                        break;
                    }
                    if in_headline && tj.is_capitalized() && !body_caps.contains(&wj) {
                        break;
                    }
                    // "in Miami Tuesday": a weekday ends a name
                    if j > i && wj.ends_with("day") && tj.is_capitalized() && crate::lexicon::names::not_name(wj) == Some(NotName::Weekday) {
                        break;
                    }
                    // "Peter Huber am Handy Copyright: imago/...": a photo credit's word ends it
                    if j > i && tj.is_capitalized() && matches!(wj.as_bytes().first(), Some(b'C')) && crate::lexicon::names::not_name(wj) == Some(NotName::Credit) {
                        break;
                    }
                    // "met Liz Sandals Nov. 26": a month before a day's number ends it too (not a
                    // month that is also a given name or surname: "Theresa May")
                    if j > i && tj.is_capitalized() && toks.get(j + 1).is_some_and(|x| x.kind == TokKind::Number) && !month_also_a_name(wj) && is_month(wj) {
                        break;
                    }
                    // (read only for a word that is not capitalised)
                    // (the next word's capital first: most runs end at a word that no capitalised word follows)
                    // ("Pieter van der Merwe": or two particles, then the surname)
                    let particle = || {
                        let name_at = |k: usize| toks.get(k).is_some_and(|x| x.is_capitalized() && !is_not_name(x.text(text)));
                        // (Portuguese "do" only after a given name: "Maria do Carmo", "Hans River do
                        // Rio Nascimento"; not "what would Trump do Monday")
                        let name_particle = |w: &str| crate::lexicon::names::NAME_PARTICLES.contains(w) && (w != "do" || first_name_like(toks[j - 1].text(text)));
                        j > i
                            && ((name_at(j + 1) && (name_particle(wj) || matches!(wj, "of" | "on" | "for" | "and")))
                                || (name_particle(wj) && toks.get(j + 1).is_some_and(|x| name_particle(lc.get(x.start..x.end).unwrap_or(""))) && name_at(j + 2))
                                // ("Awadia al-Hamid", "Abdel Fattah el-Sisi": an Arabic article
                                // joined to the surname by a hyphen)
                                || crate::lexicon::names::arabic_article_surname(wj))
                    };
                    if tj.is_capitalized() || (particle() && !matches!(wj, "and")) {
                        // ("He" or "She" inside a run is read as no pronoun above: kept for [`Names::he_she`])
                        if j > i && (2..=3).contains(&(tj.end - tj.start)) && !p.quoted(j) {
                            if let Some(female) = match lc.get(tj.start..tj.end) {
                                Some("he") => Some(false),
                                Some("she") => Some(true),
                                _ => None,
                            } {
                                n.run_he_she.push((tj.start, female));
                            }
                        }
                        j += 1;
                        if tj.is_capitalized() || crate::lexicon::names::arabic_article_surname(wj) {
                            if let Some(c) = possessive_len(wj) {
                                cut = c;
                                break;
                            }
                        }
                    } else if j > i && matches!(wj, "'" | "’") && !tj.space_before && toks.get(j + 1).is_some_and(|x| x.is_capitalized() && plural_possessive_in_name(toks[j - 1].text(text), x.text(text))) {
                        j += 1;
                    } else if tj.kind == TokKind::Punct && tj.first == '-' && !tj.space_before && toks.get(j + 1).is_some_and(|x| x.is_capitalized()) {
                        j += 1;
                    } else if tj.kind == TokKind::Punct && tj.first == '&' && j > i && toks.get(j + 1).is_some_and(|x| x.is_capitalized()) {
                        // "Chapter & Verse", "Procter & Gamble"
                        j += 1;
                    } else if nickname.is_none() && j > i && nickname_at(text, toks, j) {
                        nickname = Some((tj.start, toks[j + 3].start));
                        given = j - 1;
                        j += 3;
                    } else {
                        break;
                    }
                }
                // "her memoir, “The Long Goodbye,”": a short quotation of capitalised words
                // (and the small words of titles) is a work's title, no one's name
                let work_title = p.in_quote.get(i).copied().flatten().and_then(|q| p.quotes.get(usize::from(q))).is_some_and(|q| {
                    let Some(close) = q.close else { return false };
                    let inner = q.open + 1..close;
                    inner.len() <= 10
                        && inner.clone().all(|x| {
                            let t = &toks[x];
                            t.kind != TokKind::Word || t.is_capitalized() || matches!(lc.get(t.start..t.end), Some("of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "for" | "with" | "at" | "by"))
                        })
                        && inner.clone().filter(|&x| toks[x].kind == TokKind::Word).count() >= 2
                });
                if work_title {
                    i = j.max(i + 1);
                    continue;
                }
                let sentence_initial = is_start[i] || (i > 0 && toks[i - 1].kind == TokKind::Quote && is_start[i - 1]);
                let mut s = i;
                let mut hon = None;
                // drop sentence-opening function words; an honorific among them is kept as such
                // (not past the given name before a nickname: the words after it are read by
                // position, and the nickname's marks are none of them)
                let drop_end = if nickname.is_some() { given } else { j };
                while s < drop_end {
                    let ws = toks[s].text(text);
                    // "Oh Dae-jin": a Korean family name that is also a function word, before a
                    // hyphenated given name
                    if s == i && j - s == 2 && crate::lexicon::names::is_korean_surname(ws) && family_name_first(&[ws, " ", toks[s + 1].text(text)].concat()).is_some() {
                        break;
                    }
                    // "Hosting Cook, ...": an opening participle is no first name
                    // (not a given name before a surname that only ends so: "Xiaoming Zhou")
                    let participle = sentence_initial
                        && s == i
                        && j - s >= 2
                        && (ws.ends_with("ing") || ws.ends_with("ed"))
                        && !first_name_like(ws)
                        && (crate::lexicon::names::is_common_word(ws) || j - s > 2 || first_name_births(toks[s + 1].text(text)) >= 5_000 || !crate::lexicon::names::is_known_surname(toks[s + 1].text(text)));
                    // "Rival Hillary Clinton", "Billionaire Donald Trump": a common word before
                    // a common first name and another name
                    // (the word in lower case)
                    let wl = lc.get(toks[s].start..toks[s].end).unwrap_or("");
                    let word_before_name = s == i
                        && j - s >= 3
                        && !lex.title_first.contains(wl)
                        // (or any name after a noun for a person: "Neighbour Raj Patel", "Parent
                        // Marie-Josée Cormier")
                        && (first_name_births(toks[s + 1].text(text)) >= 5_000
                            || crate::lexicon::names::is_person_noun(wl)
                            // ("Cleaner Aoife Brennan said": a trade opening the sentence, then
                            // any given name the lexicon has)
                            // (by its ending here; the text is read for it last, below)
                            || (sentence_initial && occupation_ending(ws) && first_name_like(toks[s + 1].text(text))))
                        && name_shaped(toks[s + 2].text(text))
                        // ("South Carolina Republicans": a place)
                        && text.get(toks[s].start..toks[s + 1].end).and_then(crate::lexicon::places::place_kind).is_none()
                        // ("the San Tomas River": a place's first word)
                        && !PLACE_FIRST_WORDS.contains(&ws)
                        // (the trade word last: it scans the text)
                        && (common_word_first(ws, 10_000)
                            || crate::lexicon::names::is_affiliation(ws, false)
                            || crate::lexicon::names::is_affiliation(ws, true)
                            // ("replaces All-Star Torii Hunter": a hyphenated noun for a person
                            // anywhere, no given name's shape)
                            || (ws.contains('-') && crate::lexicon::names::is_person_noun(wl))
                            // ("Freshman Alex Novak hit the tying shot": a noun for one person;
                            // "Incumbents Darlene Ostapchuk and Kevin Sandhu", "Trustees Pam
                            // Wiebe, ...": a plural noun listing the people named after it, no
                            // surname: "Wells Gray Provincial Park")
                            || (sentence_initial
                                && (occupation_shaped(text, ws)
                                    || crate::lexicon::names::is_person_noun(wl)
                                    || (plural_noun_of_people(wl) && !crate::lexicon::names::is_known_surname(ws)))));
                    // "Baker Tom Ruddle started", "Answer: Keeper Nora Feld": a trade's word (by
                    // its ending) opening the sentence or a line after a colon, then a given name
                    // ten times as common as a given name as the trade's word and a surname; a
                    // surname as well, so long as the article never prints it as a name inside a
                    // sentence ("Baker Mayfield", two words, keeps his)
                    let trade_before_given = || {
                        s == i
                            && (sentence_initial || (i > 0 && toks[i - 1].is_punct(':')))
                            && j - s >= 3
                            && ws.len() >= 5
                            && trade_ending(ws)
                            && !lex.is_title(wl)
                            && first_name_births(toks[s + 1].text(text)) >= 5_000.max(first_name_births(ws).saturating_mul(10))
                            && name_shaped(toks[s + 2].text(text))
                            && crate::lexicon::places::place_kind(ws).is_none()
                            && !capitalised_mid_sentence(text, ws)
                    };
                    // "Seventy-one-year-old Gwen Tillotson": an age opening the sentence
                    let aged = s == i && j - s >= 2 && (wl.ends_with("-year-old") || wl.ends_with("-years-old"));
                    // "Daughter Anne said:": a noun for kin opening the sentence before a given name
                    // (as the subject of a verb of saying: "Uncle Sam wants his share" is no one)
                    let kin_opening = sentence_initial && s == i && j - s == 2 && KIN_NOUNS.contains(&wl) && first_name_like(toks[s + 1].text(text)) && toks.get(j).is_some_and(|t| saying_after(lc, t.start.saturating_sub(1)) || t.is_punct(':'));
                    if !(participle || word_before_name || aged || kin_opening || is_not_name(ws) || (ws.ends_with('.') && is_not_name(ws.trim_end_matches('.'))) || trade_before_given()) {
                        break;
                    }
                    // "Will Moy": a function word that is also a common first name, before a name
                    // (opening a sentence too when the sentence asks nothing: "Will Turner chairs
                    // the board.", not "Will Turner run again?")
                    if s == i && j - s >= 2 && j - s <= 3 && keeps_first_name(ws) && name_shaped(toks[s + 1].text(text)) && (!sentence_initial || !asks(toks, &is_start, j)) && !trade_before_given() {
                        break;
                    }
                    // ... and alone inside a sentence, after a word in lower case or a
                    // quotation's closing mark (the modal verb is printed so there): "“...,”
                    // smiles Will.", "“...,” Will said."
                    if !sentence_initial
                        && s == i
                        && j == s + 1
                        && i > 1
                        && ((toks[i - 1].kind == TokKind::Word && !toks[i - 1].is_capitalized()) || (toks[i - 1].kind == TokKind::Quote && toks[i - 2].is_punct(',')))
                        && keeps_first_name(ws)
                        && crate::lexicon::names::not_name(ws) == Some(NotName::Function)
                    {
                        break;
                    }
                    if honorific(wl).is_some() {
                        hon = Some(wl.trim_end_matches('.').to_string());
                    }
                    s += 1;
                }
                // "Relatives of Mary Bernard", "Supporters of Hillary Clinton": a plural noun
                // for people and "of" opening the sentence, then a given name and more of a name
                // (a common one, not "Residents of Little Fort"; not "Sisters of Mercy", one word
                // after "of")
                if sentence_initial
                    && s == i
                    && j - s >= 4
                    && lc.get(toks[s + 1].start..toks[s + 1].end) == Some("of")
                    && plural_noun_of_people(lc.get(toks[s].start..toks[s].end).unwrap_or(""))
                    && first_name_births(toks[s + 2].text(text)) >= 10_000
                {
                    s += 2;
                }
                // ("Speaking on BBC Radio", "Appearing on Fox News": the medium after a
                // dropped participle opens with no "on"; "Some of Clinton's allies", "As for
                // Carson's mangling" and "March for Bernie" stay phrases for no one)
                let mut after_on = false;
                while s < j && lc.get(toks[s].start..toks[s].end) == Some("on") {
                    s += 1;
                    after_on = true;
                }
                if s >= j {
                    i = j.max(i + 1);
                    continue;
                }
                // "... envoy to Ukraine Kurt Volker": a place, then a person's name
                let mut place_org: Option<String> = None;
                // ("the Toronto Maple Leafs": a place, then a plural, is a team's name)
                let plural_end = || {
                    let l = toks[j - 1].text(text);
                    let after_the = i > 0 && lc.get(toks[i - 1].start..toks[i - 1].end) == Some("the");
                    l.ends_with('s') && !l.ends_with("ss") && cut == 0 && (after_the || !crate::lexicon::names::is_known_surname(l))
                };
                if j - s >= 3
                    && !(nickname.is_some() && s == given)
                    && (first_name_like(toks[s + 1].text(text)) || (s + 1..j).all(|x| toks[x].kind != TokKind::Word || name_shaped(toks[x].text(text))))
                    && crate::lexicon::places::place_kind(toks[s].text(text)).is_some()
                    // (a place's first word opens a longer place's name: "the San Tomas River")
                    && !PLACE_FIRST_WORDS.contains(&toks[s].text(text))
                    && (!plural_end() || first_name_births(toks[s + 1].text(text)) >= 5_000)
                    // (a middle initial follows a given name: "George W. Bush", not George,
                    // South Africa)
                    && !(initials(toks[s + 1].text(text)) && toks[s + 1].text(text).len() == 2)
                    // (not an organization's name: "Ontario Nurses' Association")
                    && !(s + 1..j).any(|x| lex.org_words.contains(toks[x].text(text)))
                    // (nor a common given name before another, a double given name: "Mary Lou
                    // McDonald", "Ann Marie Smith" are no towns Mary and Ann)
                    && !(j - s == 3 && first_name_births(toks[s].text(text)) >= 50_000 && first_name_births(toks[s + 1].text(text)) >= 5_000)
                    // (nor a common given name before a capitalised particle: "Norman De Bono",
                    // "Madison Van Horn" are no towns Norman and Madison)
                    && !(first_name_births(toks[s].text(text)) >= 50_000 && matches!(toks[s + 1].text(text), "De" | "Van" | "Von" | "Le" | "La" | "Du" | "Da" | "Di" | "Del" | "Della" | "Dos" | "Das"))
                {
                    place_org = toks[s].text(text).to_string().into();
                    s += 1;
                    // "Nevada Democrat Lucy Flores": a party word after the place is no given name
                    if j - s >= 3 && crate::lexicon::names::is_affiliation(toks[s].text(text), false) && first_name_like(toks[s + 1].text(text)) {
                        s += 1;
                    }
                }
                // "Toronto D Morgan Rielly", "Chiefs QB Pat Mahomes": a player's position
                // before a common first name, after no given name but a place's ("John F
                // Kennedy" keeps its initial, "JP Morgan Chase" is no position)
                // (after a team's or a place's name, any first name: "Canucks D Filip Hronek")
                if let Some(x) = (s..j.saturating_sub(2)).find(|&x| {
                    PLAYER_POSITIONS.contains(&toks[x].text(text))
                        && first_name_births(toks[x + 1].text(text)) >= if x > s { 1 } else { 5_000 }
                        && (s..x).all(|y| first_name_births(toks[y].text(text)) < 5_000 || crate::lexicon::places::place_kind(toks[y].text(text)).is_some())
                }) {
                    s = x + 1;
                }
                // "former CIA operative and Marine John “Tig” Tiegen": a name with a nickname
                // starts at the given name, after words no common given name (titles are
                // read below; "Mary Ann “Molly” Smith" keeps both)
                if nickname.is_some() && s < given && (s..given).all(|x| {
                    let w = lc.get(toks[x].start..toks[x].end).unwrap_or("");
                    (crate::lexicon::names::is_common_word(toks[x].text(text)) || first_name_births(toks[x].text(text)) < 1_000) && !lex.title_first.contains(w)
                }) {
                    s = given;
                }
                // titles inside the run: keep the name after the last title word
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
                    // "Co-moderator Andrea Mitchell", "Vice-Chair X": a hyphenated title by its
                    // head; "Toxicologist X": a trade by its ending ("by part": a title as
                    // printed opens a title, and was found above as one of one word)
                    if matched == 0 && lex.is_title_by_part(wk) {
                        matched = 1;
                    }
                    // "Liberal MPs Kevin Lamoureux and Mark Gerretsen", "Councillors Ana Ruiz and
                    // ...": a title's plural before a given name lists those who hold it
                    if matched == 0 && k + 2 < j && wk.len() > 2 && wk.strip_suffix('s').is_some_and(|one| lex.titles.contains(one))
                        && first_name_like(toks[k + 1].text(text))
                        && name_shaped(toks[k + 2].text(text))
                        && !crate::lexicon::names::is_common_word(toks[k + 2].text(text))
                    {
                        matched = 1;
                    }
                    // "Maria Di Lorenzo": a title's initials ("DI", Detective Inspector) are one
                    // only in capitals; in "Di", "Dc", "Pc" they are a name's
                    if matched == 1 && toks[k].text(text).bytes().any(|b| b.is_ascii_lowercase()) && lex.title_abbrev.get(wk).is_some_and(|full| initials_of(wk, full)) {
                        matched = 0;
                    }
                    // "PC Premier Heather Stefanson", "PC Leader X": initials before a title
                    // spelled out are a party's or a body's ("Progressive Conservative"), no
                    // rank of their own (ranks stack abbreviated: "Det Supt")
                    if matched == 1
                        && title.is_none()
                        && k + 2 < j
                        && toks[k + 1].abbrev.is_none()
                        && lex.title_abbrev.get(wk).is_some_and(|full| initials_of(wk, full))
                        && lc.get(toks[k + 1].start..toks[k + 1].end).is_some_and(|n| lex.title_first.contains(n) && lex.is_title(n))
                    {
                        matched = 0;
                    }
                    // "said fan Dean Krupski", "teammate Major Jones": a title word that is a
                    // common given name, opening a run of two words right after a noun for a
                    // person in lower case, is the given name (titles do not stack so)
                    if matched > 0 && k == s && k == i && j - k == 2 && i > 0 && toks[k].abbrev.is_none() && first_name_births(toks[k].text(text)) >= 50_000 && {
                        let before = lc.get(toks[i - 1].start..toks[i - 1].end).unwrap_or("");
                        toks[i - 1].end < toks[i].start && before.bytes().all(|b| b.is_ascii_lowercase()) && (crate::lexicon::names::is_person_noun(before) || lex.is_title(before))
                    } {
                        matched = 0;
                    }
                    // (an elder's "Uncle" before a full name only: "Uncle Sam" and "Uncle Tom"
                    // are figures of speech; and an honorific before a name, not the run's last
                    // word: "Mike Hedges MS" is a Member of the Senedd)
                    if matched == 0 && k + 1 < j && honorific(wk).is_some() && (wk != "uncle" || j - k >= 3) {
                        hon = Some(wk.trim_end_matches('.').to_string());
                        matched = 1;
                    }
                    // (a title of honour of two words, read as one: "Tan Sri", "Datuk Seri";
                    // "Tan" alone is a surname)
                    let mut hon_pair = false;
                    if matched <= 1 && k + 2 < j && matches!(wk, "tan" | "puan" | "toh" | "datuk" | "dato" | "dato'" | "dato’") {
                        let pair = format!("{wk} {}", lc.get(toks[k + 1].start..toks[k + 1].end).unwrap_or(""));
                        if honorific(&pair).is_some() {
                            hon = Some(pair);
                            matched = 2;
                            hon_pair = true;
                        }
                    }
                    // "Chief Wilfred King of Gull Bay": a title word after a first name that
                    // follows a title is the surname ("King", "Bishop", "Judge")
                    if matched > 0 && title.is_some() && k > s && k - s <= 2 && first_name_like(toks[k - 1].text(text)) && toks[k].abbrev.is_none() {
                        break;
                    }
                    if matched > 0 && k + matched < j {
                        // words before the first title are its organization ("UN Deputy Secretary-General")
                        if title.is_none() && k > s {
                            org = Some((toks[s].start, toks[k - 1].end));
                        }
                        // (a courtesy honorific after a title is no part of it: "Labour MP Dr
                        // Rosena Allin-Khan" is an MP, "Prof Sir Stephen Powis" a professor, "Local MCA Hon.
                        // Stephen Mwangi" an MCA)
                        let courtesy = matches!(wk.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss" | "mx" | "dr" | "sir" | "dame" | "madam" | "madame" | "mme" | "mlle" | "herr" | "frau" | "señor" | "señora" | "sra" | "signor" | "signora" | "shri" | "smt" | "shrimati" | "hon" | "encik") || MALAY_TITLES.contains(&wk) || hon_pair;
                        if (honorific(wk).is_none() && !hon_pair) || (title.is_some() && !courtesy) {
                            let tstart = title.map(|t| t.0).unwrap_or(toks[k].start);
                            title = Some((tstart, toks[k + matched - 1].end));
                        }
                        k += matched;
                        s = k;
                    } else {
                        k += 1;
                    }
                }
                // "Deputy Director of Public Prosecution Eva-Marie Persson": a title's "of X"
                // runs on to the name, which is the run's last two words (three with an initial)
                if title.is_some() && s < j && matches!(lc.get(toks[s].start..toks[s].end), Some("of" | "for" | "at")) {
                    let words: Vec<usize> = (s..j).filter(|&x| toks[x].kind == TokKind::Word).collect();
                    // (or from the given name: "Minister for Rural Affairs Eamon Ó Cuív", "... Mary
                    // Lou McDonald": the furthest common given name of the last four words, no
                    // common word, with only names and particles after it)
                    let given = (3..=4).rev().find(|&t| {
                        words.len() > t && {
                            let w = toks[words[words.len() - t]].text(text);
                            // (no place's last word: "Governor of New Jersey Thomas Kean",
                            // "Secretary of State for Northern Ireland Karen Bradley")
                            let in_place = || {
                                let at = words.len() - t;
                                at >= 1 && text.get(toks[words[at - 1]].start..toks[words[at]].end).and_then(crate::lexicon::places::place_kind).is_some()
                            };
                            first_name_births(w) >= 1_000
                                && !crate::lexicon::names::is_common_word(w)
                                && !in_place()
                                && words[words.len() - t + 1..].iter().all(|&x| toks[x].is_capitalized() || crate::lexicon::names::NAME_PARTICLES.contains(lc.get(toks[x].start..toks[x].end).unwrap_or("")))
                        }
                    });
                    // (or a given name the lexicon lacks after a body's common word: "Inspector
                    // General of Police Hari Prasad Koirala"; no place, title or honorific:
                    // "Governor of New York Andrew Cuomo", "Chief of Defence Staff General Sir
                    // Nick Carter")
                    let unlisted_given = || {
                        words.len() >= 5 && {
                            let (body, given) = (&toks[words[words.len() - 4]], &toks[words[words.len() - 3]]);
                            let (b, g) = (body.text(text), given.text(text));
                            body.is_capitalized()
                                && crate::lexicon::names::is_common_word(b)
                                && first_name_births(b) < 5_000
                                && !crate::lexicon::names::is_common_word(g)
                                && !lex.is_title(&g.to_lowercase())
                                && crate::lexicon::names::honorific_gender(g).is_none()
                                && !lex.org_words.contains(g)
                                && crate::lexicon::places::place_kind(g).is_none()
                                && text.get(body.start..given.end).and_then(crate::lexicon::places::place_kind).is_none()
                                && words[words.len() - 3..].iter().all(|&x| toks[x].is_capitalized() && toks[x].abbrev.is_none())
                        }
                    };
                    let take = if let Some(t) = given { t } else if words.len() >= 4 && toks[words[words.len() - 2]].abbrev.is_some() { 3 } else if unlisted_given() { 3 } else { 2 };
                    // ("The MP for Leicester South": a place, no name, after the title)
                    let place_last = words.len() > take && {
                        let first = toks[words[words.len() - take]].text(text);
                        // (nor a common word: "Minister Responsible for Indigenous Relations")
                        (crate::lexicon::places::place_kind(first).is_some() || crate::lexicon::names::is_common_word(first)) && !first_name_like(first)
                    };
                    // (nor words joined by "and" to another capitalised one: "Minister Responsible
                    // for Indigenous Relations and Reconciliation")
                    let coordinated = j + 1 < toks.len() && lc.get(toks[j].start..toks[j].end) == Some("and") && toks[j + 1].is_capitalized();
                    // (a body's word at least between "of" and the name, or a given name opening
                    // it: "Chief Executive Officer of BT Calling" names the body alone, "CEO of
                    // Donald Trump's campaign" a person)
                    let named_whole = || words.len() == take + 1 && first_name_like(toks[words[1]].text(text));
                    if (words.len() > take + 1 || named_whole()) && !place_last && !coordinated {
                        let ns = words[words.len() - take];
                        title = title.map(|t| (t.0, toks[ns - 1].end));
                        s = ns;
                    } else {
                        // "the CEO of DH": the title's organization, no name after it (a
                        // constituency or a place is neither: "the MP for Leicester South")
                        if s + 1 < j && !place_last {
                            raw.push(RawRun::split_off((toks[s + 1].start, toks[j - 1].end - cut), true, false));
                        }
                        i = j;
                        continue;
                    }
                }
                // "VP Welfare Gemma Holloway", "VP Heath Park Ruth Delaney": a portfolio's common
                // words after a title, then a given name and the rest of the name; the portfolio
                // is the title's ("President John Quincy Adams" keeps its middle name: no common
                // word before the given name)
                // (or after a title in lower case and its "for" or "of": "said the former
                // minister for Foreign Affairs Marc Vermeulen")
                let title_for_before = || {
                    title.is_none()
                        && s == i
                        && i >= 2
                        && matches!(lc.get(toks[i - 1].start..toks[i - 1].end), Some("for" | "of"))
                        && toks[i - 2].kind == TokKind::Word
                        && !toks[i - 2].is_capitalized()
                        && lc.get(toks[i - 2].start..toks[i - 2].end).is_some_and(|w| lex.is_title(w))
                };
                if (title.is_some() || title_for_before()) && j - s >= 3 && (s..j).all(|x| toks[x].kind == TokKind::Word && toks[x].is_capitalized()) {
                    let given_at = (s + 1..j - 1).rev().find(|&g| {
                        let (w, before) = (toks[g].text(text), toks[g - 1].text(text));
                        (first_name_births(w) >= 10_000 || (first_name_births(w) >= 1_000 && !crate::lexicon::names::is_common_word(w))) && crate::lexicon::names::is_common_word(before) && first_name_births(before) < 5_000
                    });
                    if let Some(g) = given_at {
                        title = title.map(|t| (t.0, toks[g - 1].end));
                        s = g;
                    }
                }
                // (the nickname's three tokens: its marks and itself)
                let nick_token = |x: usize| nickname.is_some() && (given + 1..given + 4).contains(&x);
                let nick_tokens = |a: usize, b: usize| (a..b).filter(|&x| nick_token(x)).count();
                // "Li Wen of Acme Markets": a person's name, then "of" and an organization
                let mut end = j;
                if let Some(of) = (s + 2..j.saturating_sub(1)).find(|&x| lc.get(toks[x].start..toks[x].end) == Some("of")) {
                    // (a given name the lexicon lacks will do after a title, or before an
                    // organization's word: "Chief Wapun Beardy of Niska Lake First Nation",
                    // "Xiaoming Zhou of McMaster University")
                    let org_after = || (of + 1..j).any(|x| lex.org_words.contains(toks[x].text(text)));
                    // ("Minister Pieter de Wolf of Finance": a surname's particles are no words of
                    // the name here)
                    let particle = |x: usize| x > s && crate::lexicon::names::NAME_PARTICLES.contains(toks[x].text(text));
                    let particles = (s..of).filter(|&x| particle(x)).count();
                    let before_ok = of - s - nick_tokens(s, of) - particles <= 3
                        && (s..of).all(|x| nick_token(x) || particle(x) || (name_shaped(toks[x].text(text)) && !lex.org_words.contains(toks[x].text(text))))
                        && (first_name_like(toks[s].text(text)) || title.is_some() || (of - s == 2 && org_after()));
                    if before_ok {
                        raw.push(RawRun::split_off((toks[of + 1].start, toks[j - 1].end - cut), true, false));
                        end = of;
                        cut = 0;
                    }
                }
                // "Sanders on Twitter", "Louis Dorfman for Trump": a name, then "on" or "for" and another name
                if end == j {
                    if let Some(x) = (s + 1..j.saturating_sub(1)).find(|&x| matches!(lc.get(toks[x].start..toks[x].end), Some("on" | "for"))) {
                        let first = toks[s].text(text);
                        let before_ok = x - s - nick_tokens(s, x) <= 3
                            && (s..x).all(|y| nick_token(y) || (name_shaped(toks[y].text(text)) && !lex.org_words.contains(toks[y].text(text))))
                            && (first_name_like(first) || (x - s == 1 && crate::lexicon::names::is_known_surname(first)));
                        if before_ok {
                            raw.push(RawRun::split_off((toks[x + 1].start, toks[j - 1].end - cut), false, p.quoted(x + 1)));
                            end = x;
                            cut = 0;
                        }
                    }
                }
                // "Secretary of the Interior Dirk Kempthorne": after a capitalised title's "of
                // the", a department's one word that is no given name, then a given name and a
                // surname
                if title.is_none() && hon.is_none() && end == j && end - s == 3 && s >= 3 && nickname.is_none() {
                    let lw = |x: usize| lc.get(toks[x].start..toks[x].end).unwrap_or("");
                    let titled = lw(s - 1) == "the" && lw(s - 2) == "of" && toks[s - 3].is_capitalized() && lex.is_title(lw(s - 3));
                    let (dept, given, last) = (toks[s].text(text), toks[s + 1].text(text), toks[s + 2].text(text));
                    if titled && first_name_births(dept) < 1_000 && name_shaped(dept) && first_name_births(given) >= 1_000 && !crate::lexicon::names::is_common_word(given) && name_shaped(last) && crate::lexicon::places::place_kind(last).is_none() {
                        raw.push(RawRun::split_off((toks[s].start, toks[s].end), true, p.quoted(s)));
                        s += 1;
                    }
                }
                // "The president of the Nova Scotia Nurses Union Janet Hazelton says": a body's
                // name, then a person's with no comma between (a word for a body, then a
                // given name and no common word, then a surname)
                let mut after_body = false;
                if title.is_none() && hon.is_none() && end == j && (end - s >= 4 || (end - s == 3 && is_acronym(toks[s].text(text)))) && nickname.is_none() {
                    let first_at = end - 2;
                    let (body_end, first, last) = (toks[first_at - 1].text(text), toks[first_at].text(text), toks[end - 1].text(text));
                    let births = first_name_births(first);
                    // (or a given name the lexicon lacks or rarely has, no place, whose surname
                    // the text prints again: "Chairman of the Nigerian Diaspora Commission Abike
                    // Dabiri ... Dabiri said"; the split then stands for a title)
                    let unknown_given = || {
                        births < 1_000
                            && name_shaped(first)
                            && crate::lexicon::places::place_kind(first).is_none()
                            && text.get(toks[first_at].start..toks[end - 1].end).and_then(crate::lexicon::places::place_kind).is_none()
                            && crate::lexicon::names::place_head(last).is_none()
                            && !crate::lexicon::places::is_demonym(first)
                            && memchr::memmem::find_iter(text.as_bytes(), last.as_bytes()).nth(1).is_some()
                    };
                    // ("the RPS Lorilee Davies": a body's acronym too, no letters after a name)
                    if toks[first_at - 1].kind == TokKind::Word
                        && (lex.org_words.contains(body_end)
                            // (capitals only, no initials: "A.E. Dick Howard"; no given name
                            // that is a place after them: "PAC America Rising")
                            || ((3..=5).contains(&body_end.len())
                                && body_end.bytes().all(|b| b.is_ascii_uppercase())
                                && !POSTNOMINALS.contains(&body_end)
                                && crate::lexicon::places::place_kind(body_end).is_none()
                                && !first.bytes().all(|b| b.is_ascii_uppercase())
                                && !last.bytes().all(|b| b.is_ascii_uppercase())))
                        && (end - s >= 4 || crate::lexicon::places::place_kind(first).is_none())
                        && (births >= 1_000 || unknown_given())
                        && !crate::lexicon::names::is_common_word(first)
                        && !lex.org_words.contains(first)
                        && !lex.org_words.contains(last)
                        && name_shaped(last)
                        && crate::lexicon::places::place_kind(last).is_none()
                    {
                        raw.push(RawRun::split_off((toks[s].start, toks[first_at - 1].end), true, p.quoted(s)));
                        after_body = births < 1_000;
                        s = first_at;
                    }
                }
                // "Helen Morgan MP", "Jane Doe MSP", "Mike Hedges MS": a member's letters after
                // the name are a title, no part of the name (and "MS" there no honorific: a
                // Member of the Senedd; "AM" its Assembly before it, "TD" a member of the Dáil)
                // (a word of two or three bytes only is sliced and compared)
                if title.is_none() && end == j && cut == 0 && (2..=3).contains(&(toks[end - 1].end - toks[end - 1].start)) && MEMBER_LETTERS.contains(&toks[end - 1].text(text)) {
                    // ("a Tory MP", "one Liberal MLA": a party and the title, no one's name;
                    // nor "the Bersatu Rakyat MP": after "the", a party's name of two words)
                    let after_the = s > 0 && matches!(lc.get(toks[s - 1].start..toks[s - 1].end), Some("the" | "a" | "an"));
                    if end - s < 3 || after_the {
                        i = j;
                        continue;
                    }
                    title = Some((toks[end - 1].start, toks[end - 1].end));
                    end -= 1;
                }
                // honorific or lowercase title right before the run: "Mr. Smith", "spokesman John Doe"
                let mut role: Vec<Role> = title
                    .map(|t| {
                        let mut title = lex.full_title(text.get(t.0..t.1).unwrap_or(""));
                        // (each of "Liberal MPs Kevin Lamoureux and ..." is an MP)
                        if !is_title_word(&title) && title.strip_suffix('s').is_some_and(is_title_word) {
                            title.pop();
                        }
                        let org = org.and_then(|o| text.get(o.0..o.1)).map(str::trim).filter(|o| !is_title_word(o));
                        // ("Leader of the alliance, former President Karim Zahir": a lowercase
                        // modifier right before the run's capitalised title is the title's)
                        let modifier = (org.is_none() && t.0 == toks[i].start && i > 0 && !is_start[i])
                            .then(|| lc.get(toks[i - 1].start..toks[i - 1].end))
                            .flatten()
                            .filter(|m| TITLE_MODIFIERS.contains(m) && toks[i - 1].kind == TokKind::Word && !toks[i - 1].is_capitalized());
                        if let Some(m) = modifier {
                            title = format!("{m} {title}");
                        }
                        title_and_body(text, title, org)
                    })
                    .into_iter()
                    .collect();
                // "Mental Health and Addictions Minister X": a ministry's name joined by "and"
                // opens before the run (common words before the "and": not "Obama and Defense
                // Secretary X")
                if let (Some(r), Some(o)) = (role.first_mut(), org) {
                    let lwi = |x: usize| lc.get(toks[x].start..toks[x].end).unwrap_or("");
                    if o.0 == toks[i].start && i >= 2 && lwi(i - 1) == "and" && toks[i - 2].is_capitalized() && crate::lexicon::names::is_common_word(toks[i - 2].text(text)) && !is_start[i - 1] {
                        let mut b = i - 2;
                        while b > 0 && !is_start[b] && toks[b - 1].is_capitalized() {
                            b -= 1;
                        }
                        r.organization = text.get(toks[b].start..o.1).map(|x| x.trim().to_string());
                    }
                }
                // "Health Minister X", "Treasury Secretary X", "Ontario Mental Health and
                // Addictions Minister X": a portfolio is part of the office's name (as
                // "Foreign Secretary" is), not an organization; a place before it is
                if let Some(r) = role.first_mut() {
                    if let Some((title, place)) = r.organization.as_deref().and_then(|o| portfolio_title(o, &r.title)) {
                        r.title = title;
                        r.organization = place;
                    }
                }
                // "Republican state schools Superintendent X": lowercase nouns before a
                // capitalised title at the run's start belong to the title
                if let (Some(r), Some(t)) = (role.first_mut(), title) {
                    if t.0 == toks[i].start && r.organization.is_none() {
                        let mut b = i;
                        while b > 0 && i - b < 3 && toks[b - 1].kind == TokKind::Word && !toks[b - 1].is_capitalized() {
                            let w = lc.get(toks[b - 1].start..toks[b - 1].end).unwrap_or("");
                            // (a cue that is also a noun may modify it: "state schools Superintendent")
                            let verb = lex.cues.contains_key(w) && !lex.noun_verbs.contains(w);
                            // (a title of its own before an abbreviated rank is another role:
                            // "Fire Service spokesperson Lt. Karen Dupuis")
                            let rank = lc.get(t.0..t.1).is_some_and(|x| lex.title_abbrev.contains_key(x));
                            // ("Toronto police Const. Laura Brabant": a force named by its place
                            // before a rank is the rank's organization, no part of the title)
                            if rank && w == "police" && b >= 2 && toks[b - 2].is_capitalized() {
                                let mut o = b - 2;
                                while o > 0 && !is_start[o] && toks[o - 1].is_capitalized() {
                                    o -= 1;
                                }
                                r.organization = text.get(toks[o].start..toks[b - 1].end).map(str::to_string);
                                break;
                            }
                            // (only a jurisdiction's or a body's noun or a title's word: in "a
                            // remark President X made", "the late Justice X", "Nor would President
                            // X" the word before the title is none)
                            let office = OFFICE_QUALIFIERS.contains(&w) || (lex.is_title(w) && !rank);
                            if !office || TITLE_STOP.contains(w) || verb || w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing") || TITLE_MODIFIERS.contains(&w) {
                                break;
                            }
                            b -= 1;
                        }
                        let opener = b > 0 && (toks[b - 1].is_capitalized() || matches!(lc.get(toks[b - 1].start..toks[b - 1].end), Some("the" | "a" | "an")));
                        if b < i && opener {
                            if let Some(mods) = text.get(toks[b].start..toks[i - 1].end) {
                                r.title = format!("{mods} {}", r.title);
                            }
                        }
                    }
                }
                // ("We all miss Steve": a lowercase word is no honorific)
                if hon.is_none() && s == i && i > 0 && toks[i - 1].is_capitalized() {
                    let wb = lc.get(toks[i - 1].start..toks[i - 1].end).unwrap_or("");
                    if honorific(wb).is_some() {
                        hon = Some(wb.trim_end_matches('.').to_string());
                    }
                }
                // lowercase title words (and their organization) before the run:
                // "Salesforce founder and co-CEO Marc Benioff", "Wild coach Bruce Boudreau"
                // "Indiana House Speaker X": the place split off the run is the title's organization
                if let (Some(r), Some(place)) = (role.first_mut(), &place_org) {
                    if r.organization.is_none() {
                        r.organization = Some(place.clone());
                    }
                }
                let mut pre = role_before(text, lc, toks, s.min(i), &is_start);
                if let Some(place) = place_org {
                    // the place completes the title before it: "special envoy to Ukraine"
                    if i >= 2 && matches!(lc.get(toks[i - 1].start..toks[i - 1].end), Some("to" | "for" | "of" | "in")) {
                        for r in role_before(text, lc, toks, i - 1, &is_start) {
                            pre.push(Role { title: r.title, organization: Some(place.clone()) });
                        }
                    }
                }
                if let (Some(r), Some(org)) = (role.first_mut(), pre.iter().find_map(|r| r.organization.clone())) {
                    if r.organization.is_none() {
                        r.organization = Some(org);
                    }
                }
                role.extend(pre);
                let initial = sentence_initial && s == i && role.is_empty() && hon.is_none();
                // the word right before the run, lower-cased
                // (or the "on" dropped from its start: "And on Capitol Hill")
                let prev = if s == i && i > 0 { lc.get(toks[i - 1].start..toks[i - 1].end) } else if after_on { Some("on") } else { None };
                // "the Harriers", and "The Harriers" opening a sentence (the run starts at "The")
                let after_the = prev == Some("the") || (s == i + 1 && lc.get(toks[i].start..toks[i].end) == Some("the"));
                // "in Palm Beach", "on Capitol Hill", "residents of Little Fort", "north of Sandy
                // Lake": where something is
                // (not "in" as a verb's particle: "the band swore in Lena Marsh", "voters
                // ushered in Ana Ruiz")
                let particle = prev == Some("in") && i >= 2 && lc.get(toks[i - 2].start..toks[i - 2].end).is_some_and(|v| matches!(v, "swore" | "sworn" | "swear" | "swears" | "voted" | "vote" | "votes" | "ushered" | "ushers" | "usher" | "welcomed" | "welcomes" | "brought" | "brings" | "bring"));
                let after_locative = (matches!(prev, Some("in" | "at" | "on" | "near" | "outside")) && !particle)
                    || (prev == Some("of") && i >= 2 && lc.get(toks[i - 2].start..toks[i - 2].end).is_some_and(|w| LOCATIVE_BEFORE_OF.contains(&w)));
                let span_end = if end == j { toks[j - 1].end - cut } else { toks[end - 1].end };
                let quote_initial = s == i && (sentence_initial || (i > 0 && toks[i - 1].kind == TokKind::Quote && toks[i - 1].space_before && !toks[i].space_before));
                // (or a plural of two words or more after "his", "her", "their", "our", "my": a
                // band's or a team's name, "his Velvet Pylons", no one's)
                let owned_plural = || {
                    matches!(prev, Some("his" | "her" | "their" | "our" | "my"))
                        && end - s >= 2
                        && text.get(toks[end - 1].start..span_end).is_some_and(|l| crate::lexicon::names::plural_shaped(l) && !crate::lexicon::names::is_known_surname(l))
                };
                let possessed = prev == Some("its") || owned_plural();
                // "a new group Doctors for Clean Air": a name right after a noun for an
                // organization names one (unless it starts like a person's name: "the
                // company Ana Ruiz runs")
                let org_hint = s == i
                    && i > 0
                    && role.is_empty()
                    && hon.is_none()
                    && toks[i - 1].kind == TokKind::Word
                    && {
                        let noun = lc.get(toks[i - 1].start..toks[i - 1].end).unwrap_or("");
                        (ORG_NOUNS.contains(noun) && !first_name_like(toks[s].text(text))) || (TRADE_NOUNS.contains(noun) && first_name_births(toks[s].text(text)) < 1_000)
                    };
                // "analysts at Morgan Stanley", "economists at Goldman Sachs": the staff of a
                // firm, whatever its name looks like
                let org_hint = org_hint
                    || (s == i
                        && i > 1
                        && role.is_empty()
                        && hon.is_none()
                        && lc.get(toks[i - 1].start..toks[i - 1].end) == Some("at")
                        && matches!(lc.get(toks[i - 2].start..toks[i - 2].end), Some("analysts" | "economists" | "strategists" | "researchers" | "executives" | "employees" | "engineers" | "bankers" | "traders")));
                // "owner of Silver Pines Vintage", "who runs Maple Cones": what one owns or runs
                // is a business, whoever it is named after ("co-owner of Rita Gable Interiors")
                let org_hint = org_hint
                    || (s == i && i > 1 && role.is_empty() && hon.is_none() && {
                        let w1 = lc.get(toks[i - 1].start..toks[i - 1].end).unwrap_or("");
                        let w2 = lc.get(toks[i - 2].start..toks[i - 2].end).unwrap_or("");
                        (w1 == "of" && matches!(w2, "owner" | "owners" | "co-owner" | "co-owners" | "proprietor" | "proprietors" | "franchisee"))
                            || (matches!(w1, "runs" | "owns" | "co-owns") && matches!(w2, "who" | "and" | "also" | "now" | "she" | "he" | "they"))
                    });
                // "Yin Myint May, 60, a doctor": an age between commas after the name
                // (the month lookup last: most runs have no comma and number after them)
                // (or in brackets, as South Asian papers print it: "Pramila Dixit (45)")
                let aged = ((toks.get(end).is_some_and(|t| t.is_punct(',')) && toks.get(end + 2).is_some_and(|t| t.is_punct(',')))
                    || (toks.get(end).is_some_and(|t| t.is_punct('(')) && toks.get(end + 2).is_some_and(|t| t.is_punct(')'))))
                    && toks.get(end + 1).is_some_and(|t| t.kind == TokKind::Number && t.text(text).parse::<u32>().is_ok_and(|n| (1..=120).contains(&n)))
                    && !is_month(toks[s].text(text));
                // "victim Orlaith Quennell said", "witness Tam Vorley told": a lowercase noun for a
                // person right before the name, a verb of saying right after it, tell a person as
                // an age does, whatever the lexicon knows of the name
                let aged = aged
                    || (s == i
                        && i > 0
                        && end - s >= 2
                        && toks[i - 1].kind == TokKind::Word
                        && !toks[i - 1].is_capitalized()
                        && toks.get(end).is_some_and(|t| t.kind == TokKind::Word && lc.get(t.start..t.end).is_some_and(|w| lex.cues.contains_key(w)))
                        && lc.get(toks[i - 1].start..toks[i - 1].end).is_some_and(crate::lexicon::names::is_person_noun));
                let appositive = (toks.get(end).is_some_and(|t| t.is_punct(',')) && toks.get(end + 1).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())).then(|| toks[end].end);
                // ("Her parents, Mr. and Mrs. Emeka Obi,": a couple by the husband's name, his)
                if hon.as_deref() == Some("mrs") && end - s >= 2 && ["Mr. and Mrs. ", "Mr and Mrs "].iter().any(|c| text.get(..toks[s].start).is_some_and(|b| b.ends_with(c))) {
                    hon = Some("mr".to_string());
                }
                // ("Judge Koetl said": a verb of saying right after the name)
                if toks.get(end).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized() && lc.get(t.start..t.end).is_some_and(|w| lex.cues.contains_key(w))) {
                    n.saying_names.push(span_end);
                }
                raw.push(RawRun { span: (toks[s].start, span_end), role, hon, initial, after_the, after_locative, org_hint, quote_initial, possessed, aged, quoted: p.quoted(s), appositive, nickname: nickname.filter(|n| n.0 > toks[s].start && n.1 < span_end), after_body });
                i = j;
            }
        }
        // (a run split off a longer one is pushed before it: most articles have none, and their
        // runs are in text order already)
        if !raw.is_sorted_by_key(|r| r.span.0) {
            raw.sort_by_key(|r| r.span.0);
        }
        n.quoted_names = raw.iter().filter(|r| r.quoted).map(|r| r.span.0).collect();
        n.headline_end = if headline.is_some() && paras.len() > 1 { paras[0].end } else { 0 };
        n.classify(text, lc, raw);
        n.add_partners(text, lc);
        n.add_kin_surnames(text, lc);
        n.add_bracketed_first_names(text);
        n.stated_they = memchr::memmem::find_iter(text.as_bytes(), b"they/the").collect();
        // ("Sam Porter revealed that they are nonbinary": an identity stated of a person, its
        // start kept with the pronouns', one scan for both spellings)
        let lcb = lc.as_bytes();
        let binary = memchr::memmem::find_iter(lcb, b"binary").filter_map(|at| {
            let start = if lcb[..at].ends_with(b"non-") { at - 4 } else if lcb[..at].ends_with(b"non") { at - 3 } else { return None };
            Some(start)
        });
        n.stated_they.extend(binary);
        n.stated_they.sort_unstable();
        n.both_sexes = n.pronouns.iter().any(|p| p.1) && n.pronouns.iter().any(|p| !p.1);
        n.roles = n.people.iter().map(|_| std::cell::OnceCell::new()).collect();
        n
    }

    /// The roles of `p` ([`crate::recognize::roles::roles_of`]), read once a person of
    /// `people`: the resolver reads those of the people a description such as "the
    /// governor" may stand for, and again those of the person it makes a speaker, and the
    /// record every person's (a person's roles cost thousands of instructions to read).
    pub fn roles_of(&self, text: &str, lc: &str, p: &PersonName) -> std::borrow::Cow<'_, [Role]> {
        let memo = self.people.iter().position(|q| std::ptr::eq(q, p)).and_then(|k| self.roles.get(k));
        match memo {
            Some(m) => std::borrow::Cow::Borrowed(m.get_or_init(|| crate::recognize::roles::roles_of(text, lc, p, self))),
            None => std::borrow::Cow::Owned(crate::recognize::roles::roles_of(text, lc, p, self)),
        }
    }

    #[inline(never)]
    fn classify(&mut self, text: &str, lc: &str, raw: Vec<RawRun>) {
        let lex = lexicon();
        // (a run gives one classified run at most)
        self.runs.reserve(raw.len());
        // per one-word name: printed other than at a sentence start?, ever after "the"?, how often,
        // and 1 + the index of its last run (0: none), whose earlier runs `earlier` chains
        let mut seen: crate::fasthash::FastMap<&str, (bool, bool, u32, u32)> = crate::fasthash::FastMap::with_capacity_and_hasher(raw.len(), Default::default());
        let mut earlier: Vec<u32> = vec![0; raw.len()];
        // (a run's space tests here and below by `text::has_byte`: a space is one byte in
        // UTF-8, found a word at a time, where `contains(' ')` called memchr for a few bytes)
        for (k, r) in raw.iter().enumerate() {
            if let Some(w) = text.get(r.span.0..r.span.1).filter(|w| !crate::text::has_byte(w, b' ')) {
                let e = seen.entry(w).or_insert((false, false, 0, 0));
                e.0 |= !r.initial;
                e.1 |= r.after_the;
                e.2 += 1;
                earlier[k] = e.3;
                e.3 = k as u32 + 1;
            }
        }
        // the runs of one-word text `s`, last first (none for a text with a space)
        let (all_runs, earlier) = (&raw, &earlier);
        let runs_of = |s: &str| {
            let mut at = seen.get(s).map_or(0, |e| e.3);
            std::iter::from_fn(move || {
                let r = all_runs.get(at.checked_sub(1)? as usize)?;
                at = earlier[at as usize - 1];
                Some(r)
            })
        };
        // surnames printed alone somewhere (other than at a sentence start): evidence that a
        // sentence-initial "Eyamba Sowers" with an unfamiliar first name is a person
        // ("the Lakers" is a team's name, not a surname printed alone)
        // ("Gamra al-Khalil" ... "Khalil says": the surname printed alone without its article)
        let alone = |w: &str| seen.get(crate::lexicon::names::without_arabic_article(w)).is_some_and(|e| e.0 && !e.1);
        // is a run with this text printed after "the" or "in", "at", "on", "near" somewhere?
        // (the set of such runs is built the first time a run's last word asks, once)
        let framed_runs: std::cell::OnceCell<crate::fasthash::FastSet<&str>> = std::cell::OnceCell::new();
        let framed = |s: &str| {
            framed_runs
                .get_or_init(|| raw.iter().filter(|r| r.after_the || r.after_locative).filter_map(|r| text.get(r.span.0..r.span.1)).collect())
                .contains(s)
        };
        // "of Moss Lane, Bolton", "from Daytona Beach, Fla.": a comma and a known place or a
        // state's abbreviation after the run make it an address
        let address = |end: usize| {
            text.get(end..).and_then(|r| r.strip_prefix(", ")).is_some_and(|r| {
                let w = r.split(|c: char| !c.is_alphanumeric() && c != '.').next().unwrap_or("");
                w.starts_with(char::is_uppercase) && (crate::lexicon::places::place_kind(w).is_some() || crate::lexicon::places::state_or_province(w).is_some())
            })
        };
        // "Cold Lake and Christina Lake", "Sandy Bay, Long Bay": a run coordinated with
        // another of the same place's last word is a place too, and so is one coordinated
        // with a street's or a landmark's name ("Patterson Road and Paradise Garden")
        let coordinated_place = |span: (usize, usize), head: &str| {
            let sure = |w: &str| w == head || matches!(crate::lexicon::names::place_head(w), Some(crate::lexicon::names::PlaceHead::Street | crate::lexicon::names::PlaceHead::Place));
            let before = text.get(..span.0).unwrap_or("");
            let before = before.strip_suffix(" and ").or_else(|| before.strip_suffix(", ")).or_else(|| before.strip_suffix(" or "));
            let after = text.get(span.1..).unwrap_or("");
            let after = after.strip_prefix(" and ").or_else(|| after.strip_prefix(", ")).or_else(|| after.strip_prefix(" or "));
            before.is_some_and(|b| {
                let (rest, w) = b.rsplit_once(' ').unwrap_or(("", b));
                sure(w) && rest.rsplit(' ').next().is_some_and(|x| x.starts_with(char::is_uppercase))
            }) || after.is_some_and(|a| {
                let mut w = a.split(' ');
                w.next().is_some_and(|x| x.starts_with(char::is_uppercase)) && w.next().is_some_and(|x| sure(x.trim_end_matches(|c: char| !c.is_alphanumeric())))
            })
        };
        // ("An Angus Reid poll found"): an article before the run, "poll" or "survey" after it
        // (not any document: "the Lois Lerner email controversy" names her)
        let names_a_poll = |span: (usize, usize)| {
            // (compared as bytes: the article's bytes are ASCII, whatever precedes them)
            let before = text.as_bytes().get(..span.0).unwrap_or_default();
            let article = [&b" a "[..], b" an ", b" the ", b"\na ", b"\nan ", b"\nthe "].iter().any(|a| before.len() >= a.len() && before[before.len() - a.len()..].eq_ignore_ascii_case(a));
            let next = text.get(span.1..).and_then(|r| r.strip_prefix(' ')).and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
            article && matches!(next, "poll" | "polls" | "survey" | "surveys")
        };
        // names of more than one word that the article shows are a firm's: before a noun only a
        // company has ("Goldman Sachs analyst", "Wells Fargo CEO"),
        // or after an analyst's "at" or "with" ("an economist at Morgan Stanley"); every mention of the
        // name is the firm's then
        let firm_runs: crate::fasthash::FastSet<&str> = raw
            .iter()
            .filter_map(|r| {
                let s = text.get(r.span.0..r.span.1)?;
                if !crate::text::has_byte(s, b' ') {
                    return None;
                }
                let after = text.get(r.span.1..).unwrap_or("");
                let before = lc.get(..r.span.0).unwrap_or("");
                let word_end = |rest: &str| rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
                // (each list read only after its one cheap byte test: most runs are followed by
                // neither an "a", an "e" nor a "C", nor preceded by "at " or "with ")
                let firm_after = matches!(after.as_bytes().get(1), Some(b'a' | b'e' | b'C')) && FIRM_NOUNS_AFTER.iter().any(|n| after.strip_prefix(n).is_some_and(word_end));
                let firm_before = before.strip_suffix(" at ").or_else(|| before.strip_suffix(" with ")).is_some_and(|b| FIRM_NOUNS_BEFORE.iter().any(|n| b.ends_with(n)));
                (firm_after || firm_before).then_some(s)
            })
            // ("Hartley Brown CEO Jane Doe": a run split into a title at a body and a name)
            .chain(raw.iter().flat_map(|r| &r.role).filter(|role| FIRM_NOUNS_AFTER.iter().any(|n| n.trim_start().eq_ignore_ascii_case(&role.title))).filter_map(|role| role.organization.as_deref()).filter(|o| crate::text::has_byte(o, b' ')))
            .collect();
        // ("the low-cost airline Spirit ... Spirit said": a name a noun for a body introduced
        // is that body at each mention)
        // (not a place's name: "the agency Israel created" leaves Israel a place elsewhere)
        let hinted_orgs: Vec<&str> = raw.iter().filter(|r| r.org_hint).filter_map(|r| text.get(r.span.0..r.span.1)).filter(|s| crate::lexicon::places::place_kind(s).is_none()).collect();
        // first pass: multiword person names
        let mut kinds = Vec::with_capacity(raw.len());
        // place lookups of the first pass, kept for the second
        let mut places: Vec<Option<Option<crate::lexicon::places::PlaceKind>>> = Vec::with_capacity(raw.len());
        // the runs the first pass leaves out as no one's name (a group, a word of a compound
        // title), which the second pass must not take for a surname or a first name alone
        // ("evangelical Christians": "Christians" is a surname of the lexicon too)
        let mut no_name: Vec<bool> = Vec::with_capacity(raw.len());
        let mut words: Vec<&str> = Vec::new();
        // each run's number of words, for the people below
        let mut run_words: Vec<usize> = Vec::with_capacity(raw.len());
        // the last words of teams' names ("Leafs"): alone, no one's surname
        let mut team_words: Vec<&str> = Vec::new();
        // the runs that name a team, by index
        let mut teams: Vec<usize> = Vec::new();
        for RawRun { span, role, hon, initial, org_hint, quote_initial, possessed, aged, appositive, after_the, nickname, after_body, .. } in &raw {
            let s = text.get(span.0..span.1).unwrap_or("");
            words.clear();
            words.extend(crate::text::words(s));
            // (the words of the name: a nickname inside it is none of them)
            if let Some(n) = nickname {
                words.retain(|w| !(n.0..n.1).contains(&(w.as_ptr() as usize - text.as_ptr() as usize)));
            }
            run_words.push(words.len());
            if words.is_empty() {
                kinds.push(EntityKind::Place);
                places.push(Some(None));
                no_name.push(true);
                continue;
            }
            // What the lexicons say of the run and of its first word, each looked up once, when
            // first asked: the tests below ask a run's first word for its first-name births,
            // its place and its shape up to five times each. (A run of one word is its first
            // word to `place_kind`, which trims what splitting the run strips.)
            let run_place = std::cell::OnceCell::new();
            let place_s = || *run_place.get_or_init(|| crate::lexicon::places::place_kind(s));
            let first_place = std::cell::OnceCell::new();
            let place0 = || if words.len() == 1 { place_s() } else { *first_place.get_or_init(|| crate::lexicon::places::place_kind(words[0])) };
            let first_name = std::cell::OnceCell::new();
            let first_name0 = || *first_name.get_or_init(|| crate::lexicon::names::first_name_gender(words[0]));
            // ([`first_name_births`] and [`first_name_like`] of the first word)
            let births0 = || first_name0().map_or(0, |g| g.count);
            let like0 = || first_name0().is_some();
            let acronym = std::cell::OnceCell::new();
            let acronym0 = || *acronym.get_or_init(|| is_acronym(words[0]));
            // ("a 3.40 ERA", "500 MW": an acronym after a number is a unit or a statistic)
            let after_number = || text.get(..span.0).is_some_and(|b| b.trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit()));
            let verb_after = || {
                let next = word_after(lc, span.1);
                lex.cues.contains_key(next) || lex.is_past_tense(next) || matches!(next, "is" | "was" | "has" | "had" | "will" | "would" | "says")
            };
            let orgish = *org_hint
                || (!hinted_orgs.is_empty() && hinted_orgs.contains(&s))
                || (words.len() >= 2 && (crate::lexicon::names::is_firm(s) || firm_runs.contains(s)))
                || words.contains(&"&") || words.iter().any(|w| lex.org_words.contains(w.trim_end_matches(|c: char| !c.is_alphanumeric())) && (words.len() > 1 || !IN_NAMES_ONLY.contains(w)))
                // (an acronym names a body, unless it is a country's: "U.S.", "U.K."; or one
                // person's stage name or initials after a title and before a verb: "artist SZA
                // expressed", "Rep. AOC said"; "major GOP donors" are the party's, "the 1.6
                // million member AFT, which" and "the AFT" a body's, "Gov. C.L." initials)
                || words.len() == 1 && acronym0() && place0().is_none() && !after_number() && (role.is_empty() || *after_the || crate::text::has_byte(s, b'.') || !verb_after())
                // ("Vernon North Okanagan RCMP", "Bradford NHS": a body's acronym after a
                // place; not letters for an honour or a degree, "Anthony Lambert OBE", nor a
                // generation, "III", nor a name printed in capitals throughout, nor a stage
                // name after a given name, "Charli XCX", unless the run is long)
                || (words.len() >= 2
                    && words.last().is_some_and(|w| w.len() >= 3 && is_acronym(w) && !POSTNOMINALS.contains(w) && !w.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')))
                    && !is_acronym(words[0])
                    && (words.len() >= 4 || place0().is_some() || !like0()))
                // ("Windsor High", "Kelvin High": a high school as news shortens it)
                || words.len() >= 2 && words.last() == Some(&"High")
                // ("Alberta NDP", "Kent NHS": a place, then a body's acronym; not letters after
                // a name, "Jane Doe QC")
                // ("Washington D.C." is a place, "Bush II" a king's number)
                || words.len() == 2
                    && is_acronym(words[1])
                    && place0().is_some()
                    && !POSTNOMINALS.contains(&words[1])
                    && !words[1].bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
                    && place_s().is_none()
                    && !matches!(words[1], "DC" | "D.C." | "D.C");
            let titled = !role.is_empty() || hon.is_some() || *aged || nickname.is_some() || *after_body;
            // "Mayor Don Guardian", "Mr. Band": after a title or an honorific, a common first
            // name and a surname that is also an organization word, or a surname alone after
            // an honorific, name a person
            let org_surname = || {
                fn bare(w: &str) -> &str {
                    w.trim_end_matches(|c: char| !c.is_alphanumeric())
                }
                let (last, rest) = words.split_last().map_or(("", &[][..]), |(l, r)| (bare(l), r));
                let person_shaped = match rest {
                    [] => hon.is_some(),
                    // (`first` is the run's first word; a middle initial may follow it, no
                    // surname: "Colonel Thomas Brayfield School" is named after him)
                    [_] => titled && births0() >= 5_000,
                    [_, middle] => titled && births0() >= 5_000 && initials(middle),
                    _ => false,
                };
                person_shaped && !words.contains(&"&") && lex.org_words.contains(last) && !rest.iter().any(|w| lex.org_words.contains(bare(w)))
                    // (a surname, not "Broadcasting", "Services": "a fellow Turner Broadcasting asset")
                    && (crate::lexicon::names::is_known_surname(last) || !(last.ends_with("ing") || crate::lexicon::names::plural_shaped(last)))
            };
            // "Vanity Fair magazine", "the Hindustan Times newspaper": a medium's noun in lower
            // case right after the run makes it the medium's name (not a place's, a
            // nationality's or a compound's: "an Italian newspaper", "a New York-based blog";
            // nor a common word's alone, "Daily")
            let outlet_after = || {
                matches!(word_after(lc, span.1), "magazine" | "newspaper" | "tabloid" | "broadsheet" | "website" | "weekly" | "journal" | "blog" | "podcast")
                    && text.get(span.1 + 1..).is_some_and(|r| r.starts_with(char::is_lowercase))
                    && !crate::text::has_byte(s, b'-')
                    && (words.len() >= 2 || !crate::lexicon::names::is_common_word(words[0]))
                    && !crate::lexicon::places::is_demonym(s)
                    && place_s().is_none()
            };
            let orgish = orgish && !org_surname() || !titled && outlet_after();
            // ("Unai Emery said": a verb of saying right after a run opening the sentence, whose
            // first word is no surname: "Goldman Sachs said")
            let cue_next = || lex.cues.contains_key(word_after(lc, span.1));
            // (not a body's name before a title in lower case and its holder's name: "said
            // Tagit Dun governance director Mary Quill")
            let cue_before = || {
                lc.get(..span.0).and_then(|b| b.strip_suffix(' ')).and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next()).is_some_and(|w| matches!(lex.cues.get(w), Some(crate::attribute::lexicon::CueClass::Speech)))
                    && !text.get(span.1..).and_then(|r| r.strip_prefix(' ')).is_some_and(|r| {
                        // (up to three lowercase words, the last a title, then a capital)
                        let mut ws = r.split(' ');
                        let (mut title, mut n) = (false, 0);
                        let next = loop {
                            match ws.next() {
                                Some(w) if n < 3 && w.starts_with(|c: char| c.is_ascii_lowercase()) => {
                                    title = lex.is_title(w);
                                    n += 1;
                                }
                                other => break other,
                            }
                        };
                        title && next.is_some_and(|w| w.starts_with(char::is_uppercase))
                    })
            };
            // (a quotation's closing mark, after its comma, right before the run)
            let tensed_next = || {
                let w = word_after(lc, span.1);
                // (or a tensed "be" or "have": "Facundo Ibarrola was quick to ... He argued")
                (matches!(w, "was" | "is" | "has" | "had") || (w.len() > 3 && (w.ends_with('s') || w.ends_with("ed")) && !w.ends_with("ss"))) && lc.get(span.1..).is_some_and(|r| r.starts_with(' '))
            };
            let quote_before = || lc.get(..span.0).is_some_and(|b| [",” ", ",\" ", "?” ", "!” ", "?\" ", "!\" "].iter().any(|e| b.ends_with(e)));
            // (the first pronoun outside quotation marks in the next 300 bytes)
            let personal_pronoun_next = || {
                let rest = lc.get(span.1..).unwrap_or("");
                let mut end = rest.len().min(300);
                while !rest.is_char_boundary(end) {
                    end -= 1;
                }
                let mut quoted = false;
                let outside = rest.get(..end).unwrap_or("").split(|c: char| {
                    if matches!(c, '“' | '”' | '"') {
                        quoted = c == '“' || (c == '"' && !quoted);
                    }
                    !c.is_alphabetic() || quoted
                });
                outside.filter(|w| !w.is_empty()).find(|w| matches!(*w, "he" | "she" | "his" | "her" | "it" | "its" | "they" | "their")).is_some_and(|w| matches!(w, "he" | "she" | "his" | "her"))
            };
            // ("The chair of the Elders Council, Semi Tabua, said": an article and a title, "of"
            // and whom it serves, opening the clause before the comma)
            let serving_title = |b: &str| {
                let clause = b.rsplit(['.', '\n', ',', ';', '“', '"', '(']).next().unwrap_or("").trim_start();
                let mut ws = clause.split(' ');
                // (or the clause's first word a title, capitalised as it opens the clause:
                // "Spokesperson at the Home Ministry, Chakra Bahadur Budha, said")
                let (mut title, mut n) = (false, 0);
                match ws.next() {
                    Some("The" | "the" | "A" | "a" | "An" | "an") => {}
                    Some(w) if w.starts_with(char::is_uppercase) && lex.is_title(&w.to_lowercase()) => (title, n) = (true, 1),
                    _ => return false,
                }
                // (up to three lowercase words before the preposition, the last a title)
                for w in ws.by_ref() {
                    if matches!(w, "of" | "for" | "at" | "with") {
                        return n > 0 && title && ws.next().is_some();
                    }
                    n += 1;
                    if n > 3 || !w.chars().all(char::is_lowercase) {
                        return false;
                    }
                    title = lex.is_title(w);
                }
                false
            };
            let title_before = || {
                text.get(..span.0).and_then(|b| b.strip_suffix(", ")).is_some_and(|b| {
                    let w = crate::text::last_piece(b, b' ');
                    (w.chars().all(char::is_lowercase) && lex.is_title(w)) || serving_title(b)
                }) && text.get(span.1..).is_some_and(|r| r.starts_with(','))
            };
            let plural = words.last().is_some_and(|l| crate::lexicon::names::plural_shaped(l));
            // "Wall Street", "United Nations", "Moon Express": a common word (no common first
            // name) opens the run, so the capitals are a street's, a body's or a firm's;
            // "Indiana Statehouse", "Florida Republicans", "Arizona Republic": a country or state
            // opening the run (and no common first name) names a body, a team or a paper there
            // (not a city: many are someone's first name or surname too, "Vladimir", "Gao")
            use crate::lexicon::places::PlaceKind;
            let region_kind = |k: Option<PlaceKind>| matches!(k, Some(PlaceKind::Country | PlaceKind::State | PlaceKind::Region | PlaceKind::Continent));
            let region = |w: &str| region_kind(crate::lexicon::places::place_kind(w));
            // (of one word or two: "Nova Scotia Health", "New Brunswick Power")
            // (the run's text up to its second space, or after its second space from the end:
            // a slice, no copy)
            let first_two = || (words.len() >= 3).then(|| s.match_indices(' ').nth(1).and_then(|(k, _)| s.get(..k))).flatten();
            let last_two = || (words.len() >= 3).then(|| s.rmatch_indices(' ').nth(1).and_then(|(k, _)| s.get(k + 1..))).flatten();
            let region_first = || region_kind(place0()) || first_two().is_some_and(region);
            // (`common_word_first(words[0], 1_000)`)
            // (not a Chinese or Korean family name that is an English word, before a given
            // name of pinyin or Korean syllables: "Fan Meiling", "He Lifeng", "Moon Jae Ho")
            let east_asian = || (words.len() == 2 && crate::lexicon::names::chinese_name(words[0], words[1])) || crate::lexicon::names::korean_family_first(&words);
            let word_first = || !titled && ((crate::lexicon::names::is_common_word(words[0]) && births0() < 1_000 && !east_asian()) || (region_first() && births0() < 10_000));
            // "Comfort Okonkwo, a trader who ...", "Gift Mthembu, a younger worker on the line,",
            // "Sunday Adeyemi, who has sold lace ...": a given name that is also a common word
            // opens a person's name when a relative "who" or a description of one person
            // follows (a determiner, then a title or a person's noun within four words)
            // ("Hardeep Singh Chahal, his pregnant wife Kamaldeep Kaur and their daughter": a
            // possessive pronoun and a noun for a person, a relative most often)
            let described_as_person = || {
                (2..=3).contains(&words.len())
                    && appositive.and_then(|a| lc.get(a..)).is_some_and(|l| {
                        let mut ws = l.split(' ').filter(|w| !w.is_empty()).map(|w| w.trim_end_matches([',', '.', ';']));
                        match ws.next() {
                            Some("who") => true,
                            Some("his" | "her" | "their") => ws.take(2).any(crate::lexicon::names::is_person_noun),
                            Some("a" | "an") => ws.take(4).any(|w| crate::lexicon::names::is_person_noun(w) || lex.is_title(w)),
                            // ("Ban Ki-moon, the secretary general of the United Nations,")
                            Some("the") => ws.take(4).any(|w| lex.is_title(w)),
                            _ => false,
                        }
                    })
            };
            // ("the Montreal Canadiens", "the Toronto Maple Leafs": a plural after "the"
            // names a team, unless a common first name opens it: "the Bernie Sanders campaign")
            // (or a place, then a plural that is no common surname, after no "the": "his
            // hometown Chicago Bulls"; "Austin Powers" keeps his surname)
            // ... unless a description of one person follows, or, after a given name, the plural
            // speaks alone elsewhere, with no "the": "France Gelinas, the NDP health critic",
            // "Gelinas said"
            let team = !titled
                && plural
                && words.len() >= 2
                && ((*after_the && (births0() < 5_000 || place0().is_some()))
                    || (place0().is_some()
                        && births0() < 5_000
                        && words.last().is_some_and(|l| crate::lexicon::names::surname_rank(l).is_none_or(|r| r > 5_000) && !(like0() && speaks_bare(text, lc, l)))
                        && !described_as_person()));
            if team {
                team_words.extend(words.last().copied());
                teams.push(kinds.len());
            }
            let mut place = None;
            // "Palm Beach", "the Baltimore Sun": a place's or a paper's last word
            use crate::lexicon::names::PlaceHead;
            let head_word = if words.len() >= 2 && !titled { words.last().and_then(|w| crate::lexicon::names::place_head(w)) } else { None };
            let head = match head_word {
                Some(PlaceHead::Place) => Some(EntityKind::Place),
                Some(PlaceHead::PlaceIfFramed) if framed(s) || address(span.1) || coordinated_place(*span, words.last().copied().unwrap_or("")) => Some(EntityKind::Place),
                // ("Wells Gray Provincial Park", "Ada Ruiz Memorial Park": a word news prints in
                // lower case before the place's last word, no one's middle name)
                Some(PlaceHead::PlaceIfFramed) if words.len() >= 3 && words[1..words.len() - 1].iter().any(|w| crate::lexicon::names::is_common_word(w)) => Some(EntityKind::Place),
                // ("Cross Lake", "Deer Lake", "Red River": such a word first, no given name, is
                // no one's; "Ricki Lake", "Fiona Hill" stay people)
                Some(PlaceHead::PlaceIfFramed) if words.len() == 2 && crate::lexicon::names::is_common_word(words[0]) && births0() < 2_000 => Some(EntityKind::Place),
                Some(PlaceHead::Street) if address(span.1) => Some(EntityKind::Place),
                Some(PlaceHead::PaperIfFramed) if framed(s) => Some(EntityKind::Organization),
                _ => None,
            };
            // "Christians", "Florida Republicans", "Cuban Americans": a group, no one person
            // (left out like an unknown place)
            // (and "Democratic" alone, after a title or not: "Clinton's chief Democratic rival",
            // unless a first name: "Christian")
            // ("Nova Scotians", "British Columbian": a nationality of two words; "an Orlando
            // Republican": a party word no one has for a surname ends a description)
            // ("Toronto Mayor John Tory", "John Tory said": a common given name before the party
            // word, after a title or before a verb of saying, no article before them, is a
            // person's; "an Orlando Republican", "a devout Roman Catholic" stay descriptions)
            let given_then_party = || {
                let before = lc.get(..span.0).unwrap_or("");
                words.len() == 2 && first_name_births(words[0]) >= 10_000 && !["a ", "an ", "the ", "one "].iter().any(|a| before.ends_with(a)) && (titled || saying_after(lc, span.1))
            };
            let group = words.last().is_some_and(|w| crate::lexicon::names::is_affiliation(w, true))
                || words.len() >= 2 && crate::lexicon::places::is_demonym(s)
                // ("a Cree Métis artist": peoples' names, one after another)
                || words.len() >= 2 && words.iter().all(|w| crate::lexicon::places::is_demonym(w))
                // (a surname too after no given name: "Fianna Fáil")
                || words.len() >= 2 && words.last().is_some_and(|w| crate::lexicon::names::is_party_or_creed(w) && (!crate::lexicon::names::is_known_surname(w) || births0() < 1_000)) && !given_then_party()
                || words.len() == 1 && crate::lexicon::names::is_party_or_creed(words[0]) && births0() < 1_000;
            // "St. Joseph's Health Centre", "St. Michael's said": a saint's possessive names an
            // institution, a hospital, a school or a church
            // ("St Thomas' Hospital": a saint's name ending in "s" takes the apostrophe alone)
            let saints = matches!(words[0], "St." | "St" | "Saint")
                && words.len() >= 2
                && text.get(span.1..).is_some_and(|r| r.starts_with("'s") || r.starts_with("’s") || (s.ends_with('s') && (r.starts_with("' ") || r.starts_with("’ "))));
            // "Deputy Premier and Municipal Affairs Minister Ana Ruiz": a title word after a
            // title, before "and" and the rest of a compound title, is no one's name
            let compound_title = words.len() == 1
                && !role.is_empty()
                && hon.is_none()
                && text.get(span.1..).is_some_and(|r| r.starts_with(" and "))
                && lex.is_title(&words[0].to_lowercase());
            // "MPP Arjun Mehta (Don Valley West)", "Coun. Ana Ruiz (Ward 3, Etobicoke)": a
            // run in brackets right after a titled person's name is a riding, a ward, a party,
            // no second person (after a name alone it may be one: "Elio (Timothée Chalamet)",
            // "graduate student Oliver (Armie Hammer)")
            let bracketed_after_name = !titled
                && text.get(..span.0).and_then(|b| b.strip_suffix(" (")).is_some_and(|b| {
                    let mut before = b.rsplit(' ');
                    let name_end = before.next().is_some_and(|w| w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphabetic));
                    // (a title printed with a capital, an office: not "graduate student Oliver")
                    name_end && before.take(3).any(|w| w.starts_with(char::is_uppercase) && (lex.is_title(&w.to_lowercase()) || lex.title_abbrev.contains_key(w.to_lowercase().as_str())))
                });
            // "Sinn Féin president Mary Lou McDonald", "Trans Mountain spokesperson Ali Hounsell":
            // a run of words no common given name opens, printed once, right before a title in
            // lower case and a name, is the holder's party or body ("Hillary Clinton spokesman
            // Brian Fallon" names her)
            let body_of_title = || {
                !titled
                    && words.len() >= 2
                    && births0() < 5_000
                    && title_and_name_after(text, span.1)
                    && memchr::memmem::find_iter(text.as_bytes(), s.as_bytes()).nth(1).is_none()
            };
            // "Anzor Bekov displayed", "“...,” Zubeidat Tsarnaev said": a given name no lexicon
            // knows and a surname shaped like one of a convention the US list covers poorly
            // ([`crate::lexicon::names::surname_shaped`]), the given name no common word or place
            // (read once: the person test asks it twice)
            let foreign_cell = std::cell::OnceCell::new();
            let foreign_surname = || {
                *foreign_cell.get_or_init(|| {
                    words.len() == 2
                        && place0().is_none()
                        && !crate::lexicon::names::is_common_word(words[0])
                        && !crate::lexicon::places::is_demonym(words[0])
                        && crate::lexicon::names::surname_shaped(words[1])
                })
            };
            // ("from Chris Hani township", "in a Broome driveway": a name before a lowercase
            // noun for a place is that place's, no one's)
            // (a byte test first: most runs are followed by no lowercase word)
            // ("Luiz Inácio Lula da Silva", "María Fernanda Gómez de la Torre": a surname's
            // lowercase particles inside, counted apart from the name's words)
            let particles = || words.get(1..words.len().saturating_sub(1)).unwrap_or_default().iter().filter(|w| crate::lexicon::names::NAME_PARTICLES.contains(w)).count();
            let place_noun_after = !titled && text.as_bytes().get(span.1 + 1).is_some_and(u8::is_ascii_lowercase) && matches!(word_after(lc, span.1), "township" | "village" | "suburb" | "neighbourhood" | "neighborhood" | "district" | "settlement" | "driveway" | "precinct" | "apartments" | "subdivision" | "condos");
            let kind = if is_month(words[0]) && !titled {
                EntityKind::Date
            } else if place_noun_after {
                EntityKind::Place
            } else if compound_title {
                EntityKind::Place // left out, like an unknown place
            } else if saints {
                EntityKind::Organization
            } else if matches!(words[0], "St." | "St" | "Saint") && words.len() == 2 && !titled && hon.is_none() {
                // "in Rose Hall, St. James", "St Luke of Mercy Hospital": a saint's name alone,
                // no given name before it, is a place, a parish or an institution's, no one
                // quoted ("Lisa St. Pierre" has a given name)
                EntityKind::Place
            } else if group {
                EntityKind::Place
            } else if let Some(k) = head {
                k
            } else if words.len() == 1 && !titled && (crate::lexicon::names::not_name(words[0]) == Some(NotName::Holiday) || names_a_day(text, *span)) {
                // "including Christmas", "before Christmas asking": a holiday alone is a date
                // (so is "on Valentine's" where the article prints "Valentine's Day")
                EntityKind::Date
            } else if words.len() == 1 && *quote_initial && lex.org_words.contains(words[0]) {
                // "“Fund our schools”": an organization word opening a sentence or a
                // quotation is a common noun written with a capital, not a name
                EntityKind::Place
            } else if words.len() == 1 && acronym0() && place.insert(place_s()).is_some() {
                // "U.S.", "U.K.": a country's acronym, even before a title ("U.S. Rep. Ana Ruiz")
                EntityKind::Place
            } else if orgish {
                EntityKind::Organization
            } else if *possessed {
                EntityKind::Place // left out: a product or project of an organization
            } else if !titled && place.insert(place_s()).is_some() {
                EntityKind::Place
            } else if team {
                EntityKind::Organization
            } else if (2..=4).contains(&words.len().saturating_sub(particles()))
                && words.len() <= 7
                && !words.iter().all(|w| is_acronym(w))
                // "Bill C-17", "Route 66 Diner": a word with a digit is a number's or a
                // label's, no one's name
                && !words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit()))
                // "Sanders on Twitter", "Star of David": a small word inside is no person's,
                // capitalised or not ("Race To The Top")
                && !words.iter().any(|w| matches!(*w, "on" | "for" | "and") || (*w == "of" && !titled))
                && !words[1..].iter().any(|w| matches!(*w, "To" | "The" | "And" | "Of" | "For" | "On" | "In" | "At" | "With" | "A" | "An"))
                // "Elizabeth Warren-style", "Ivy League-trained": a modifier made of a name
                // (not a Korean given name: "Ban Ki-moon", "Kim Jong-un")
                // (the part after the last '-', by bytes: `text::after_last`)
                && !words.last().and_then(|l| crate::text::after_last(l, b'-')).is_some_and(modifier_suffix)
                // "Fort Hood", "Lake Winola", "Mount Vernon": a place's first word
                && !(words.len() >= 2 && PLACE_FIRST_WORDS.contains(&words[0]))
                // "Canadian Red Cross", "American Legion": a nationality opens a body's name,
                // no one's given name
                && !(words.len() >= 2 && crate::lexicon::places::is_demonym(words[0]) && first_name_births(words[0]) < 1_000)
                // "Aviva Investors", "Summit Partners": a plural of a word news prints in lower
                // case, no surname, ends a firm's name, not a person's
                && (titled || !words.last().is_some_and(|l| {
                    let l = l.trim_end_matches(|c: char| !c.is_alphanumeric());
                    crate::lexicon::names::plural_shaped(l) && crate::lexicon::names::is_common_word(l) && !crate::lexicon::names::is_known_surname(l)
                }))
                // "Severnmoor Water", "Harbour Books", "River Action": after a word that is no
                // first name, a word news prints in lower case that is a rare surname at most
                // (not among the 5,000 most frequent) ends a body's name
                && (titled || like0() || !words.last().is_some_and(|l| {
                    let l = l.trim_end_matches(|c: char| !c.is_alphanumeric());
                    crate::lexicon::names::is_common_word(l) && crate::lexicon::names::surname_rank(l).is_none_or(|r| r > 5_000)
                }))
                // ("Saffron Table", "West End", "Ellice Community Hub": after a first name too,
                // a word news prints in lower case that is no surname at all, unless a title
                // before it or a verb of saying after it shows a person: "singer Stevie Wonder";
                // or a description of one person after it: "said Lisa Making, the museum's
                // executive director")
                // (the lexicon first: the title and cue tests read the text around the run)
                && (titled || !words.last().is_some_and(|l| {
                    let l = l.trim_end_matches(|c: char| !c.is_alphanumeric());
                    crate::lexicon::names::is_common_word(l) && !crate::lexicon::names::is_known_surname(l)
                }) || title_before() || cue_next() || (like0() && head_word.is_none() && described_as_person()))
                && !bracketed_after_name
                // "An Angus Reid poll": a name between an article and "poll" or "survey" is the
                // pollster's, no one named here
                && (titled || !names_a_poll(*span))
                // "Sawyer Creek Lumber", "Hudson Ridge Energy": a place's last word inside the
                // run makes it a body's name, no person's
                && (titled || words.len() < 3 || !words[1..words.len() - 1].iter().any(|w| crate::lexicon::names::place_head(w).is_some_and(|h| matches!(h, PlaceHead::Place | PlaceHead::PlaceIfFramed))))
                // "Passenger Rights Canada", "Amnesty International Canada": a body's name ends
                // with its country, no person's (after a common first name it is a surname:
                // "David Oman")
                && (titled || births0() >= 5_000 || !words.last().is_some_and(|l| crate::lexicon::places::place_kind(l) == Some(PlaceKind::Country)))
                // ("Ambulance New Brunswick", "Tourism Nova Scotia": or with a country's,
                // state's or province's name of two words, no one's surname)
                && (titled || !last_two().is_some_and(region))
                // ("Art Toronto", "Doors Open Ottawa": or a word news prints in lower case, then
                // a city's name that is no surname; "Uzi Arad" is a person)
                && (titled || !(crate::lexicon::names::is_common_word(words[0]) && words.last().is_some_and(|l| crate::lexicon::places::place_kind(l) == Some(PlaceKind::City) && !crate::lexicon::names::is_known_surname(l))))
                // "the Harriers" elsewhere: the Dunmore Harriers are a team or a band (a
                // plural after "the"; "the Trump campaign" keeps Donald Trump a person)
                && (titled || (!team && (like0() || !(plural && words.last().is_some_and(|l| seen.get(l).is_some_and(|e| e.1))))))
                && (titled
                    || like0()
                    // ("Hsu Ang-wen", "Ko Ran-su": a family name first, then a hyphenated given
                    // name, when the family name is a known surname or no common word or place)
                    || (family_name_first(s).is_some() && place0().is_none() && (crate::lexicon::names::is_known_surname(words[0]) || !crate::lexicon::names::is_common_word(words[0])))
                    // "J.K. Rowling", "A.J. Vance": initials for the given names
                    // (not a place's or a body's: "D.C. Circuit", "U.N. Charter", "N.J. He")
                    || (initials(words[0])
                        && place0().is_none()
                        && crate::lexicon::places::us_state(words[0]).is_none()
                        && words[1..].iter().all(|w| name_shaped(w) && !is_not_name(w) && !crate::lexicon::names::is_common_word(w)))
                    // ("Pieter van der Merwe": a surname's particles inside, in lower case)
                    || (words.iter().enumerate().all(|(k, w)| name_shaped(w) || (k > 0 && k + 1 < words.len() && crate::lexicon::names::NAME_PARTICLES.contains(w)))
                        && ((!initial || (cue_next() && !crate::lexicon::names::is_known_surname(words[0])) || foreign_surname())
                            && words.last().is_some_and(|l| crate::lexicon::names::is_known_surname(l) || foreign_surname())
                            // ("Palm Beach", "Hyde Park": after a word that is no first name, a
                            // surname that is also a place's last word is the place's)
                            && head_word.is_none()
                            // (nor, through a particle, a phrase's: "Cinco de Mayo", "Casa de
                            // Campo"; "Sanne de Vries said" is shown by other evidence below)
                            && !words.iter().any(|w| crate::lexicon::names::NAME_PARTICLES.contains(w))
                            // "The bank's chief economist, Tiff Macklem, has warned": a
                            // person's title set off before the name
                            || title_before()
                            || words.last().is_some_and(|l| alone(l))
                            // "Jagmeet Singh, the federal NDP leader, told ...": a person's
                            // title in the appositive after it
                            || appositive.and_then(|a| Some((text.get(a..)?, lc.get(a..)?))).is_some_and(|(t, l)| crate::recognize::roles::describes_person(t, l))
                            || described_as_person()
                            // "“...,” said Wab Kinew": two words no lexicon knows, no common
                            // word, place or nationality, after a verb of saying are a person's
                            // given name and surname (a body seldom speaks after its quotation:
                            // "Exxon Mobil said" stays unknown)
                            // ... and so before one when the next pronoun after them, in their
                            // paragraph, is "he" or "she", not "it" ("Thandiwe Mokoena said the
                            // play was lovely. “...,” she said.")
                            // ... and so between a quotation's closing mark and "said" ("“We are
                            // still coping,” Dembe Kasoro said": bodies speak so in statements)
                            // ... and so opening a sentence before a verb in the present or the
                            // past tense, when the next pronoun is "he" or "she" ("Ozren Pellini
                            // favors the couch. He says ...")
                            // "Zhao Meiling", "Wang Linjia": a Chinese name, family name first
                            || (words.len() == 2 && crate::lexicon::names::chinese_name(words[0], words[1]))
                            // "Yoon Suk Yeol", "Moon Jae In": a Korean name of three words (no
                            // place's: "Ha Long Bay")
                            || (words.len() == 3 && crate::lexicon::names::korean_family_first(&words) && place_s().is_none())
                            || (words.len() == 2 && (cue_before() || (cue_next() && (personal_pronoun_next() || quote_before())) || (*initial && tensed_next() && personal_pronoun_next())) && place0().is_none() && words.iter().all(|w| !crate::lexicon::names::is_common_word(w) && crate::lexicon::places::place_kind(w).is_none() && !crate::lexicon::places::is_demonym(w))))))
                && (!word_first() || described_as_person())
                // ("PM Housing Scheme", "CM Rise Schools": after a title, words news prints in
                // lower case, none a given name or a surname, name a programme, no one)
                && !(titled && words.len() >= 2 && words.iter().all(|w| crate::lexicon::names::is_common_word(w) && first_name_births(w) < 1_000 && !crate::lexicon::names::is_known_surname(w)))
                && !body_of_title()
                // ("the Seattle Storm", "the Ottawa Hospital": after "the", a place's name that
                // is no given name opens a body's or a thing's name, not a person's)
                && (titled || !(*after_the && place0().is_some() && births0() < 1_000))
                // ("The Silver Heron flipped onto its side", "reached the Golden Ray": after
                // "the", two words, the first one news prints in lower case too and a rare given
                // name at most, name a ship, a building or a thing, no one; "the Bernie Sanders
                // campaign" keeps him)
                && (titled || !(*after_the && words.len() == 2 && births0() < 10_000 && crate::lexicon::names::is_common_word(words[0])))
                // ("Martin Luther King Jr. Day": a run opening with a generation's suffix is
                // the rest of a longer name, no one's)
                && !matches!(words[0], "Jr." | "Jr" | "Sr." | "Sr")
                // ("the beach at Umm Suqeim", "a space in Al Quoz where workers gather": two
                // words whose last is no surname the lexicon knows nor shaped like one, printed
                // only after "in", "at", "near", "on" or "outside" and never before a verb of
                // saying, are a place's name, whatever given name the first word may be)
                && (titled
                    || hon.is_some()
                    || words.len() != 2
                    || crate::lexicon::names::is_known_surname(words[1])
                    || crate::lexicon::names::surname_shaped(words[1])
                    || !raw.iter().filter(|r| text.get(r.span.0..r.span.1) == Some(s)).all(|r| {
                        // (an owner is someone: "a wild card in Ross Perot's candidacy")
                        let owner = text.get(r.span.1..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
                        r.after_locative && !owner && !lex.cues.contains_key(word_after(lc, r.span.1))
                    }))
            {
                EntityKind::Person
            } else if words.len() == 1
                && titled
                && !is_not_name(words[0])
                && !crate::lexicon::places::is_demonym(words[0])
                && lc.get(span.0..span.1).and_then(honorific).is_none()
                // ("the Saskatchewan Volunteer Medal": an award's last word after a title)
                && !matches!(crate::lexicon::names::place_head(words[0]), Some(PlaceHead::Place))
                // ("Executive Session", "the Governor General's award": after a title, a word
                // news prints in lower case is an office or a thing, unless a common surname,
                // "Gov. Brown"; "“Mr. President, will you pledge ...”": after an honorific, an
                // office is how one addresses its holder, other words are surnames, "Mr. Ban")
                && !if hon.is_some() {
                    lc.get(span.0..span.1).is_some_and(|w| lex.is_title(w)) && crate::lexicon::names::surname_rank(words[0]).is_none_or(|r| r > 10_000)
                } else {
                    common_word_no_common_surname(words[0])
                }
            {
                // (an honorific alone is no one's name: "“Auntie, I'm so disturbed”")
                EntityKind::Person
            } else {
                // decided in the second pass (surname of a known person) or left out
                EntityKind::Place
            };
            no_name.push(compound_title || group || place_noun_after);
            kinds.push(kind);
            places.push(place);
        }
        // "Maple Leafs" after "the Toronto Maple Leafs": the last words of a team's name are
        // the team's, printed anywhere
        for &ti in &teams {
            let team = text.get(raw[ti].span.0..raw[ti].span.1).unwrap_or("");
            for (ri, r) in raw.iter().enumerate() {
                let s = text.get(r.span.0..r.span.1).unwrap_or("");
                if kinds[ri] == EntityKind::Person && crate::text::has_byte(s, b' ') && r.role.is_empty() && r.hon.is_none() && team.strip_suffix(s).is_some_and(|t| t.ends_with(' ')) {
                    kinds[ri] = kinds[ti];
                }
            }
        }
        // people by (lower-cased) surname, in order of creation: a run looks only at the
        // people who share its surname, not at every person so far
        let mut by_surname: crate::fasthash::FastMap<String, Vec<usize>> = crate::fasthash::FastMap::with_capacity_and_hasher(raw.len(), Default::default());
        // (each run's lower-cased surname, in one buffer: copied only for a new person)
        let mut last = String::new();
        for (ri, run) in raw.iter().enumerate() {
            if kinds[ri] != EntityKind::Person {
                continue;
            }
            let RawRun { span, role, hon, .. } = run;
            let name = run.name(text);
            let s: &str = &name;
            // ("Minister Mc Kenzie" is Trevor McKenzie: a surname's "Mc" printed apart is
            // read joined to it, as Caribbean and Irish papers print one name both ways)
            let mc = mc_apart(s);
            let n_words = run_words[ri] - usize::from(mc);
            // the surname, not a suffix: "James P. Kennedy Jr." is "Kennedy"; the first word
            // before a hyphenated given name ("Ban Ki-moon", "Park Geun-hye")
            let surname = match family_first_surname(s) {
                Some(family) => family,
                None => crate::text::words(s).rev().find(|w| !is_name_suffix(w)).unwrap_or(""),
            };
            last.clear();
            if mc {
                last.push_str("mc");
            }
            push_surname_key(&mut last, surname);
            let hon_g = hon.as_deref().and_then(honorific).flatten();
            // the person with this surname named most recently, unless first names or
            // honorifics tell them apart (a mother and her daughter, Mr. and Mrs. X)
            let same_last = by_surname.get(last.as_str()).map(Vec::as_slice).unwrap_or_default();
            // "Harrington Sr." is not "Geoffrey Harrington Jr.": a father and his son
            let own_suffix = name_suffix(s);
            // "Kevin's father Kev Marchetti" is not Kevin Marchetti (read once, and only for a
            // surname seen before)
            let kin_owner = if same_last.is_empty() { None } else { kin_owner_before(text, *span) };
            let pi = same_last
                .iter()
                .map(|&pi| (pi, &self.people[pi]))
                .filter(|(_, p)| {
                    own_suffix.is_none_or(|x| name_suffix(&p.full).is_none_or(|y| y == x))
                        && (p.full.words().count() - usize::from(mc_apart(&p.full)) == 1 || n_words == 1 || first_compatible(&p.full, s))
                        && !(hon_g.is_some() && p.honorific.as_deref().and_then(honorific).flatten().is_some_and(|g| Some(g) != hon_g))
                        // "Mr. Reyes" is not "Ana Reyes": a clear first name of the other sex
                        // (unless what the person said before opened with the honorific's
                        // pronoun alone: "headman Lesia Naqara said he ... Mr Naqara")
                        && hon_g.is_none_or(|g| {
                            first_name_sex(&p.full).is_none_or(|f| f == g) || {
                                let (f, m) = own_clause_pronouns(text, p);
                                if g { f > 0 && m == 0 } else { m > 0 && f == 0 }
                            }
                        })
                        && kin_owner.is_none_or(|o| !p.full.split(' ').any(|w| w == o))
                })
                // (the name as printed first: "Kevin Marchetti" after his father "Kev Marchetti")
                // ("Chief Keeshig" after Darren Keeshig is Chief Marian Keeshig: a title printed
                // before a surname picks the one of that surname given it, before recency)
                .max_by_key(|(_, p)| (n_words >= 2 && p.full == s, n_words == 1 && !role.is_empty() && p.roles.iter().any(|r| role.iter().any(|x| x.title.eq_ignore_ascii_case(&r.title))), p.occurrences.last().map_or(0, |o| o.0)))
                .map(|(pi, _)| pi);
            // "Sir Keir", "Dame Sarah": a knight by the first name of someone named in full before
            // (and a Malaysian title of honour: "Tengku Razif", "Datuk Seri Anwar", whose
            // given name is how the name is shortened)
            let knighted = || n_words == 1 && hon.as_deref().is_some_and(|h| matches!(h, "sir" | "dame") || MALAY_TITLES.contains(&h) || h.contains(' ')) && !is_not_name(s);
            let pi = pi.or_else(|| if knighted() { self.one_named_before((0..self.people.len()).filter(|&pi| full_first_name(&self.people[pi].full) == Some(s)), span.0) } else { None });
            // "Khalid Al Mazrouei spent the day ... “...,” says Khalid, 22, a student": a given
            // name alone that its own description made a person here is the one person named
            // before in full with that given name (not a relative: "her son Khalid, 5,")
            let described_first = || n_words == 1 && hon.is_none() && same_last.is_empty() && !crate::lexicon::names::is_common_word(s) && kin_noun_before(text, *span).is_none();
            let pi = pi.or_else(|| if described_first() { self.one_named_before((0..self.people.len()).filter(|&pi| full_first_name(&self.people[pi].full) == Some(s)), span.0) } else { None });
            // "Tan Wei Ming ... Mr Tan": an honorific and the first word of a name of three
            // words, the family name first as Chinese names print it, when no one named has
            // that word for a surname and it is no common given name
            let family_first = || {
                n_words == 1 && hon.is_some() && same_last.is_empty() && first_name_births(s) < 5_000 && !is_not_name(s)
            };
            let family_of = |full: &str| {
                let mut w = full.split(' ');
                w.next() == Some(s) && w.count() == 2
            };
            let pi = pi.or_else(|| if family_first() { self.one_named_before((0..self.people.len()).filter(|&pi| family_of(&self.people[pi].full)), span.0) } else { None });
            // "Luiz Inácio Lula da Silva ... Lula said": a word inside a longer name
            // (after an honorific the longer name had too: "Rev. Fr. Cyril Gamini Fernando ...
            // Rev. Fr. Gamini said")
            let same_honorific = |pi: &usize| hon.is_none() || self.people[*pi].honorific.as_deref() == hon.as_deref();
            let pi = pi.or_else(|| if n_words == 1 && same_last.is_empty() { self.inner_name_of(s, span.0, (0..self.people.len()).filter(same_honorific)) } else { None });
            // "Mirza Fakhrul Islam Alamgir ... Mirza Fakhrul said": the first words of a longer
            // name named before, the rest left off (no one else's surname ends them)
            let pi = pi.or_else(|| {
                let opens = |full: &str| full.len() > s.len() + 1 && full.starts_with(s) && full.as_bytes()[s.len()] == b' ';
                if n_words >= 2 && same_last.is_empty() {
                    self.one_named_before((0..self.people.len()).filter(|&pi| opens(&self.people[pi].full)), span.0)
                } else {
                    None
                }
            });
            let pi = match pi {
                Some(pi) => {
                    // (the longer name, but not initials for a given name printed in full:
                    // "Barack Obama" stays, "B. Hussein Obama" does not replace it)
                    let full = &self.people[pi].full;
                    let initialled = |n: &str| n.words().next().is_some_and(initials);
                    // (not a word before a full name already known, no one's first name: an
                    // epithet, "Crooked Hillary Clinton" after "Hillary Clinton")
                    // (asked only of a longer name: most runs repeat one already read)
                    let epithet = || crate::text::has_byte(full, b' ') && first_name_like(full.split(' ').next().unwrap_or("")) && s.strip_suffix(full.as_str()).is_some_and(|b| b.ends_with(' ') && first_name_births(b.trim_end()) < 1_000);
                    let longer = n_words > full.words().count() - usize::from(mc_apart(full)) && !epithet();
                    // ("Thomas Hadley" after "Tom Hadley", "Jeffrey Saut" after "Jeff Saut": the
                    // given name in full, a short form of five letters at most before it whose
                    // letters it holds in order, the rest alike; "James Smith" is no "John")
                    let given_in_full = || {
                        let (Some((a, rest_a)), Some((b, rest_b))) = (s.split_once(' '), full.split_once(' ')) else { return false };
                        let mut long = a.chars().flat_map(char::to_lowercase);
                        let held = b.chars().flat_map(char::to_lowercase).all(|c| long.any(|x| x == c));
                        rest_a == rest_b && b.len() <= 5 && a.len() > b.len() && a.chars().next() == b.chars().next() && held && !initialled(s) && !initialled(full)
                    };
                    if (longer && !(initialled(s) && !initialled(full))) || (n_words >= 2 && initialled(full) && !initialled(s)) || given_in_full() {
                        self.people[pi].full = s.to_string();
                    }
                    pi
                }
                None => {
                    // (the key copied only for a surname not seen before)
                    match by_surname.get_mut(last.as_str()) {
                        Some(same) => same.push(self.people.len()),
                        None => {
                            by_surname.insert(last.clone(), vec![self.people.len()]);
                        }
                    }
                    self.people.push(PersonName { full: s.to_string(), last: last.clone(), occurrences: Vec::new(), roles: Vec::new(), honorific: None, evident: Default::default(), guess: Default::default(), shared_surname: false });
                    self.people.len() - 1
                }
            };
            let p = &mut self.people[pi];
            p.occurrences.push(*span);
            for r in role {
                if !p.roles.contains(r) {
                    p.roles.push(r.clone());
                }
            }
            if hon.is_some() && p.honorific.is_none() {
                p.honorific.clone_from(hon);
            }
            self.runs.push(NameRun { span: *span, kind: EntityKind::Person, person: Some(pi) });
        }
        // second pass: single words that are a known surname
        // (each pass pushes its runs in text order, `raw`'s: the two lists are merged below)
        let first_pass_runs = self.runs.len();
        // per word: whether it is a lone surname ([`lone_surname`]), and, once asked, whether it is
        // a first name printed alone ([`lone_first_word`], [`named_alone`], [`kin_noun_before`]);
        // one lookup for both
        let mut lone_cache: crate::fasthash::FastMap<&str, (bool, Option<bool>)> = crate::fasthash::FastMap::with_capacity_and_hasher(raw.len(), Default::default());
        // the people named in full, with their first names' lengths, listed the first time a
        // lone first name asks (full names do not change in this pass)
        let by_first: std::cell::OnceCell<Vec<(usize, usize)>> = std::cell::OnceCell::new();
        // the people named by three words or more, whose inner words a lone word may be
        // ([`Names::inner_name_of`]), listed the first time one asks (only one-word people are
        // added in this pass)
        let long_names: std::cell::OnceCell<Vec<usize>> = std::cell::OnceCell::new();
        // (the words printed before a title only a company has, found once per article)
        let corporate = corporate_heads(text, lc);
        // each person's occurrences are the first pass's, in text order, then this pass's,
        // in text order too: the last occurrence before a position is two binary searches
        let mut first_pass_len: Vec<usize> = self.people.iter().map(|p| p.occurrences.len()).collect();
        // "Alden Capital ... Alden announced": the first word of an organization's name
        // stands for the organization, not for someone of that surname (a known place stays
        // one: "Florida" of "the Florida Standards"); at a sentence's start only after the
        // name ("Rail strike to go ahead" in a headline is no "Rail Delivery Group" named later)
        let org_first_words: Vec<(&str, usize)> = raw
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| **k == EntityKind::Organization)
            .filter_map(|(r, _)| text.get(r.span.0..r.span.1).map(|s| (s, r.span.0)))
            .filter(|(s, _)| crate::text::has_byte(s, b' '))
            .filter_map(|(s, at)| s.words().next().map(|w| (w, at)))
            .collect();
        let org_first_word = |w: &str, run: &RawRun| org_first_words.iter().any(|&(f, at)| f == w && (!run.initial || at < run.span.0));
        for (ri, RawRun { span, after_the, possessed, quoted, .. }) in raw.iter().enumerate() {
            // "the Taliban", "the Pentagon": a word after "the" is no one's surname
            if kinds[ri] == EntityKind::Person || *possessed {
                continue;
            }
            if *after_the {
                // "the Federal Water Agency" is an organization all the same
                if kinds[ri] == EntityKind::Organization {
                    self.runs.push(NameRun { span: *span, kind: EntityKind::Organization, person: None });
                }
                continue;
            }
            let s = text.get(span.0..span.1).unwrap_or("");
            // a surname is one word: a run with a space names no one by surname, but the
            // person whose longer name ends with it ("Des Rosiers said": a surname with its
            // particle; "Standing Elk said" after "Lorraine Standing Elk", a surname of two
            // words the first pass took for no name; or the whole name of one named
            // elsewhere with the evidence this mention lacks, where no place would stand:
            // "France Gelinas said", not "in North-Rhine Westphalia")
            let ending_a_name: Vec<usize>;
            // (not a place's name: "White House" after a wrongly read "Obama White House")
            let same_surname: &[usize] = if crate::text::has_byte(s, b' ') {
                // (the surname before a generation's suffix: "Cahill III said")
                ending_a_name = s
                    .words()
                    .rev()
                    .find(|w| !is_name_suffix(w))
                    .filter(|_| places[ri].is_none_or(|p| p.is_none()))
                    .and_then(|last| by_surname.get(surname_key(last).as_str()))
                    .map(|v| v.iter().copied().filter(|&pi| ends_with_name(&self.people[pi].full, s) || (self.people[pi].full == s && !raw[ri].after_locative)).collect())
                    .unwrap_or_default();
                &ending_a_name
            } else {
                crate::lexicon::with_ascii_lower(s, |k| by_surname.get(k).map(Vec::as_slice))
                    .unwrap_or_else(|| by_surname.get(surname_key(s).as_str()).map(Vec::as_slice))
                    .unwrap_or_default()
            };
            // 1 + the start of person `pi`'s last occurrence before this run, or 0
            // (a mention by the first name alone does not count: "Rod Kern said he and Fran were
            // out ... “...,” Kern said" is Rod's, the name printed to tell the two apart)
            let last_before = |pi: usize| {
                let person = &self.people[pi];
                let occ = &person.occurrences;
                let (first, later) = occ.split_at(first_pass_len[pi].min(occ.len()));
                // (`lc` lowers ASCII letters only: a mention beyond ASCII counts, unread)
                let by_surname = |o: &Range| lc.get(o.0..o.1).is_some_and(|t| t.ends_with(person.last.as_str()) || !t.is_ascii());
                let before = |part: &[Range]| part[..part.partition_point(|o| o.0 < span.0)].iter().rev().find(|o| by_surname(o)).map(|o| o.0);
                before(first).max(before(later)).map_or(0, |o| o + 1)
            };
            // the most recently named person with this surname (else the last of them); when
            // two share it and that mention is a few sentences back, the one the article names
            // most ("Hillary Clinton ... Clinton" twenty times, "Bill Clinton" once, then
            // "Clinton had a 50-point lead": Hillary)
            let mut found = same_surname.iter().copied().max_by_key(|&pi| last_before(pi));
            if let (Some(recent), true) = (found, same_surname.len() > 1) {
                const NEAR: usize = 300;
                let seen = last_before(recent);
                if seen == 0 {
                    // before either is named in full, the one named first ("send a Cheney to
                    // Washington. Liz Cheney, the daughter of Dick Cheney, ...")
                    found = same_surname.first().copied();
                } else if span.0 - (seen - 1) > NEAR {
                    let named_before = |pi: usize| {
                        let occ = &self.people[pi].occurrences;
                        let (first, later) = occ.split_at(first_pass_len[pi].min(occ.len()));
                        first.partition_point(|o| o.0 < span.0) + later.partition_point(|o| o.0 < span.0)
                    };
                    found = same_surname.iter().copied().max_by_key(|&pi| (named_before(pi), last_before(pi)));
                } else {
                    // "Farah Nadeau, whose husband, Omar Nadeau, coaches the team, said ...
                    // Nadeau added": a namesake named inside the description of the sentence's
                    // subject is not the one a later bare surname means; the subject is
                    let occurrence = |pi: usize, start: usize| self.people[pi].occurrences.iter().find(|o| o.0 == start).copied();
                    let inner = occurrence(recent, seen - 1);
                    let subject = same_surname.iter().copied().filter(|&pi| pi != recent).find(|&pi| {
                        let (Some(outer), Some(inner)) = (last_before(pi).checked_sub(1).and_then(|st| occurrence(pi, st)), inner) else { return false };
                        let between = text.get(outer.1..inner.0).unwrap_or("");
                        let lead = text.get(..outer.0).unwrap_or("");
                        let from = lead.rfind(['\n', '.', '?', '!', '"', '“', '”']).map_or(0, |k| k + lead[k..].chars().next().map_or(1, char::len_utf8));
                        let lead = lead.get(from..).unwrap_or("");
                        outer.1 < inner.0
                            && between.starts_with(',')
                            && !between.contains(['.', '?', '!', '\n'])
                            && lead.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
                    });
                    if subject.is_some() {
                        found = subject;
                    } else if inner.is_some_and(|o| self.people[recent].occurrences.first() == Some(&o) && kin_in_predicate(text, o)) {
                        // "Dorian Pelk ... He brought his daughter, Marisol Pelk, along. “...,”
                        // Pelk said": a namesake first named as another's relative, inside a
                        // sentence about someone else, is named so to be told apart; a bare
                        // surname after it is still the one named before
                        found = same_surname.iter().copied().filter(|&pi| pi != recent && last_before(pi) > 0).max_by_key(|&pi| last_before(pi)).or(found);
                    }
                }
                // "Wiebe, for his part, said" after Dale and Ashlyn Wiebe: the one of the sex of
                // a possessive in a parenthetical right after the surname, when one alone is
                // and the one found has a first name of the other sex
                if let Some(f) = parenthetical_sex_after(text, span.1) {
                    // (the likelier sex of the first name: the two differ)
                    let sex = |pi: usize| given_name(&self.people[pi].full).and_then(crate::lexicon::names::first_name_gender).map(|g| g.female_share >= 0.5);
                    if found.is_some_and(|pi| sex(pi) == Some(!f)) {
                        let mut fits = same_surname.iter().copied().filter(|&pi| sex(pi) == Some(f));
                        if let (Some(pi), None) = (fits.next(), fits.next()) {
                            found = Some(pi);
                        }
                    }
                }
            }
            // "Maria Lopez, 34, ... Maria said": a first name alone after the full name, when no
            // one else named so far has it and it is no place, nationality or common word
            // ("French", "Bill"), not in a quotation ("It seems Bernie will run," he said)
            // (a place's name too before a verb of saying: "Jordan Fiorentino, a Grade 11
            // student ... “...,” Jordan said")
            // (or right after one, ending the clause: "“...,” said Mary.")
            let saying_next = || saying_after(lc, span.1) || (lc.get(span.1..).is_some_and(|t| t.starts_with(['.', ',', ';'])) && saying_before(lc, span.0));
            // (a given name the lexicon lacks too, before a verb of saying: "Wanjiru Mwangi
            // ... “...,” Wanjiru said")
            if found.is_none()
                && !quoted
                && same_surname.is_empty()
                && !crate::text::has_byte(s, b' ')
                && s.len() > 2
                && (places[ri].is_none_or(|p| p.is_none()) || saying_next())
                && (first_name_like(s) || (name_shaped(s) && saying_next()))
                && !crate::lexicon::names::is_common_word(s)
                && !crate::lexicon::places::is_demonym(s)
            {
                let by_first = by_first.get_or_init(|| people_with_first_names(&self.people));
                found = self.one_named_before(with_first_name(&self.people, by_first, s), span.0).or_else(|| {
                    // "Kowalski's husband, Derek, ... Derek Kowalski": a given name set off after a
                    // noun for kin is the one person of that first name, named later in full
                    // (so is a given name in the headline: "A student, Riley says: ..." before
                    // "Riley Gohlke-Schermer")
                    if span.1 > self.headline_end {
                        kin_noun_before(text, *span)?;
                    }
                    let mut all = with_first_name(&self.people, by_first, s);
                    match (all.next(), all.next()) {
                        (Some(pi), None) => Some(pi),
                        _ => None,
                    }
                });
            }
            // "Ernesto Villalba Robles ... said an effusive Villalba": a word inside a longer
            // name; "AMLO": the initials of one named in full
            if found.is_none() && !quoted && same_surname.is_empty() && !crate::text::has_byte(s, b' ') && places[ri].is_none_or(|p| p.is_none()) {
                // (in the headline, the name the body gives later: "..., Says Former President
                // Lula" over "Luiz Inácio Lula da Silva")
                let pos = if span.1 <= self.headline_end { usize::MAX } else { span.0 };
                let long = long_names.get_or_init(|| (0..self.people.len()).filter(|&pi| self.people[pi].full.words().filter(|x| !crate::lexicon::names::NAME_PARTICLES.contains(x)).count() >= 3).collect());
                found = self.inner_name_of(s, pos, long.iter().copied()).or_else(|| self.person_of_initials(s, pos));
            }
            // "Toni Sacconaghi ... Sacconagahi wrote", "Adelle Popolo ... said Popoplo": a lone
            // word of five letters or more, no place's, one letter off the surname of the one
            // person named before whose surname it nearly is (a typo), is that person (not the
            // plural: "both Clintons")
            if found.is_none() && !quoted && same_surname.is_empty() && s.len() >= 5 && !crate::text::has_byte(s, b' ') && places[ri].is_none_or(|p| p.is_none()) && name_shaped(s) {
                // (the lengths and first letters first: most people are no candidate)
                let first = s.as_bytes()[0].to_ascii_lowercase();
                let mut near = self.people.iter().enumerate().filter(|(_, p)| {
                    p.last.len().abs_diff(s.len()) <= 1
                        && p.last.as_bytes().first() == Some(&first)
                        && p.last.len() >= 5
                        && p.full.contains(' ')
                        && p.occurrences.first().is_some_and(|o| o.1 <= span.0)
                        && crate::lexicon::with_ascii_lower(s, |k| one_edit_apart(k, &p.last) && k.strip_suffix('s') != Some(p.last.as_str())).unwrap_or(false)
                });
                if let (Some((pi, _)), None) = (near.next(), near.next()) {
                    found = Some(pi);
                }
            }
            if let Some(pi) = found {
                self.people[pi].occurrences.push(*span);
                self.runs.push(NameRun { span: *span, kind: EntityKind::Person, person: Some(pi) });
            // ("Apple tells us", "according to Bloomberg": a one-word firm's name no one in the
            // article is named in full with is the firm)
            } else if kinds[ri] == EntityKind::Place
                && ((org_first_word(s, &raw[ri]) && !places[ri].is_some_and(|p| p.is_some()))
                    || (!crate::text::has_byte(s, b' ') && (corporate.contains(s) || (!places[ri].is_some_and(|p| p.is_some()) && crate::lexicon::names::is_firm(s)))))
            {
                self.runs.push(NameRun { span: *span, kind: EntityKind::Organization, person: None });
            } else if kinds[ri] == EntityKind::Place
                && places[ri].is_none_or(|p| p.is_none())
                && !no_name[ri]
                && !team_words.contains(&s)
                // "Vogel said": a surname the article never completes is still a person
                // ("Stanford, Calif.", "Roe v. Wade": no mention of the word may be an address
                // or a party to a court case; "Bill 21", "(Ward 2) ... In Ward 6": a word
                // printed before a number each time is a label, a bill's, a ward's, a highway's)
                && ({
                    let mentions = || runs_of(s);
                    let label = || mentions().all(|r| text.get(r.span.1..).and_then(|t| t.strip_prefix(' ')).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit())));
                    let (lone, first) = lone_cache.entry(s).or_insert_with(|| {
                        let named = || mentions().any(|r| !r.quoted && named_alone(text, lc, r.span, false));
                        // (a town's name, not a surname: framed as a place's anywhere, "the city
                        // of Pickering", "residents of Langford"; before a municipality's noun,
                        // "Langford Mayor Scott Goodmanson", "Pickering city council"; or after
                        // "in", "at", "near" at every mention, "my bedroom in Scarborough ...
                        // every kid in Scarborough")
                        let placed = || mentions().any(|r| r.after_locative && text.get(..r.span.0).is_some_and(|b| b.ends_with(" of "))) || mentions().all(|r| r.after_locative) || before_place_noun(text, s);
                        // ("Queen’s Park", "Harlan’s Landing": each mention joined to another
                        // capitalised word by a possessive is part of a place's or a thing's
                        // name)
                        let compound = || mentions().all(|r| possessive_compound(text, r.span));
                        (lone_surname(&seen, text, s, named) && !label() && !mentions().any(|r| address(r.span.1) || case_party(text, r.span)) && !placed() && !compound(), None)
                    });
                    *lone
                    // "“...,” Wendy said", "Her husband, Dennis,": so is someone the article
                    // names by a first name only (any of the word's mentions outside quotations
                    // may show it: "Sarah, who asked that her surname not be used, said ... Sarah
                    // said"), when no one of the article has that first name ("Freddy ... Freddy
                    // Trump")
                    || (!*quoted
                        && same_surname.is_empty()
                        && *first.get_or_insert_with(|| {
                            let unquoted = || mentions().filter(|r| !r.quoted);
                            !label()
                                && (lone_first_word(s).is_some_and(|surname| unquoted().any(|r| named_alone(text, lc, r.span, surname)))
                                    // ("his wife, Rekha,", "her brothers Armand, Léo and Gilles":
                                    // any given name, known to the lexicon or not, after a noun for
                                    // kin; not "brothers John and Brian Meza": John Meza, a partner)
                                    || (unquoted().any(|r| kin_noun_before(text, r.span).is_some() && !before_partner(text, r.span.1)) && plain_name_word(s)))
                        })
                        && with_first_name(&self.people, by_first.get_or_init(|| people_with_first_names(&self.people)), s).next().is_none())
                })
            {
                let last = surname_key(s);
                by_surname.entry(last.clone()).or_default().push(self.people.len());
                first_pass_len.push(0);
                self.people.push(PersonName { full: s.to_string(), last, occurrences: vec![*span], roles: Vec::new(), honorific: None, evident: Default::default(), guess: Default::default(), shared_surname: false });
                self.runs.push(NameRun { span: *span, kind: EntityKind::Person, person: Some(self.people.len() - 1) });
            } else if kinds[ri] != EntityKind::Place || places[ri].unwrap_or_else(|| crate::lexicon::places::place_kind(s)).is_some() {
                self.runs.push(NameRun { span: *span, kind: kinds[ri], person: None });
            }
        }
        for same in by_surname.values().filter(|v| v.len() > 1) {
            for &pi in same {
                self.people[pi].shared_surname = true;
            }
        }
        let second_pass = self.runs.split_off(first_pass_runs);
        self.runs = merge_by_start(std::mem::take(&mut self.runs), second_pass);
        for r in self.runs.iter().filter(|r| r.person.is_some()) {
            if let Some(rest) = text.get(r.span.1..) {
                if let Some(j) = [" of ", " at ", " from ", " with the ", " with "].iter().find(|j| rest.starts_with(**j)) {
                    self.between_words.push((r.span.1, r.span.1 + j.len()));
                }
            }
        }
        for p in &mut self.people {
            p.occurrences.sort();
        }
        self.sentence_starts.sort_unstable();
    }

    /// "Dan and Lisa Whitford", "the brothers Frank and Ernest Holloway": a common first name
    /// joined by "and" to a person's given name and surname is a second person of that
    /// surname, named only there (not "Warren and Bernie Sanders": no one listed bears the
    /// word, nor does a capitalised word stand before it, "Ana Ruiz and Lisa Whitford").
    /// Listed with the others, so that "her husband" and "he" can find that person.
    fn add_partners(&mut self, text: &str, lc: &str) {
        let mut partners: Vec<(PersonName, usize)> = Vec::new();
        for (pi, p) in self.people.iter().enumerate() {
            let Some((_, surname)) = crate::text::split_once_byte(&p.full, b' ').filter(|(_, l)| !crate::text::has_byte(l, b' ')) else { continue };
            // (a mention by given name and surname: "Hillary and Bernie are" names two people
            // by their given names)
            for &(s, e) in p.occurrences.iter().take(8) {
                let Some(before) = text.get(..s).and_then(|b| b.strip_suffix(" and ")).filter(|_| text.get(s..e).is_some_and(|m| crate::text::has_byte(m, b' '))) else { continue };
                let w = crate::text::last_piece(before, b' ');
                let w = w.rsplit('\n').next().unwrap_or(w);
                // (a capitalised word right before, on the same line, not ending a sentence: a
                // name, or a list of names, "Brandy, Monica and Lauryn Hill")
                // (not a noun for people opening the sentence: "Owners Rosa and Mel Tarkington")
                let people_noun = |x: &str| {
                    let l = x.to_lowercase();
                    plural_noun_of_people(&l) || crate::lexicon::names::is_person_noun(&l) || lexicon().is_title(&l)
                };
                let name_before = before.get(..before.len() - w.len()).and_then(|b| b.strip_suffix(' ')).and_then(|b| b.rsplit([' ', '\n']).next()).is_some_and(|x| x.starts_with(char::is_uppercase) && !x.ends_with(['.', ':', ';', '"', '”']) && !people_noun(x));
                // (a given name, not a month, a weekday or a place: "in January and Clinton is
                // down", "of Florida and Jeb Bush")
                // (a rarer one when the name joined to it opens with a common first name:
                // "Chidi and Lorraine Obi")
                // (or, both given names unknown to the lexicon, a word shaped like a name that
                // is no common word, place, nationality or surname: "Anzor and Zubeidat
                // Tsarnaev")
                let first = p.full.words().next().unwrap_or("");
                let unknown_pair = || {
                    crate::lexicon::names::first_name_gender(first).is_none()
                        && crate::lexicon::names::first_name_gender(w).is_none()
                        && w.chars().count() >= 3
                        && w.starts_with(char::is_uppercase)
                        && w.chars().all(char::is_alphabetic)
                        && !is_not_name(w)
                        && !crate::lexicon::names::is_common_word(w)
                        && !crate::lexicon::names::is_known_surname(w)
                        && crate::lexicon::places::place_kind(w).is_none()
                        && !crate::lexicon::places::is_demonym(w)
                };
                let first_name = printed_first_name(w).is_some_and(|g| g.count >= 1_000 || crate::lexicon::names::first_name_gender(first).is_some_and(|h| h.count >= 100_000)) || unknown_pair();
                // (no one listed bears the word: "Hillary and Huma Abedin" is Hillary Clinton and
                // Abedin, and "Obama and Mitt Romney" is Obama, named before; the given name
                // alone first printed here, "Rosa and Mel Tarkington ... Rosa told", is the
                // partner)
                let at = s - " and ".len() - w.len();
                let known = || self.people.iter().any(|q| (q.last.eq_ignore_ascii_case(w) || q.full.split(' ').next() == Some(w)) && (crate::text::has_byte(&q.full, b' ') || q.occurrences.first().is_some_and(|o| o.0 < at)));
                if name_before || !first_name || known() {
                    continue;
                }
                let full = format!("{w} {surname}");
                if partners.iter().any(|x| x.0.full == full) {
                    continue;
                }
                partners.push((PersonName::mentioned(&full, (at, at + w.len())), pi));
            }
        }
        for (mut partner, pi) in partners {
            self.people[pi].shared_surname = true;
            let span = partner.occurrences[0];
            let person = Some(self.people.len());
            // ("Julian and Maria King ... Mr King claimed": the surname after an honorific of
            // the partner's sex, not the other's, is the partner's: the partner's sex known and
            // the owner's other, or the owner's known alone and the honorific of the other sex,
            // "Jackie and Carl Brannigan ... Ms Brannigan")
            let (owner_sex, partner_sex) = (first_name_sex(&self.people[pi].full), first_name_sex(&partner.full));
            let partners_honorific = |h: Option<bool>| h.is_some() && owner_sex != h && (partner_sex == h || (partner_sex.is_none() && owner_sex.is_some()));
            if owner_sex.is_some() && owner_sex != partner_sex {
                let moved: Vec<Range> = self.people[pi].occurrences.iter().copied().filter(|&o| o.0 > span.1 && text.get(o.0..o.1).is_some_and(|w| !crate::text::has_byte(w, b' ')) && partners_honorific(honorific_before(lc, o.0).flatten())).collect();
                if !moved.is_empty() {
                    self.people[pi].occurrences.retain(|o| !moved.contains(o));
                    self.give_mentions(&mut partner, moved, person);
                }
            }
            // (and a surname alone after an honorific of the partner's sex, read as a person
            // of its own, "Mr Walsh" after "Peter and Ruth Walsh", is the partner)
            if owner_sex != partner_sex {
                for qi in 0..self.people.len() {
                    let q = &self.people[qi];
                    if qi == pi || crate::text::has_byte(&q.full, b' ') || q.last != partner.last || !partners_honorific(q.honorific.as_deref().and_then(honorific).flatten()) || !q.roles.is_empty() {
                        continue;
                    }
                    let q = &mut self.people[qi];
                    let moved = std::mem::take(&mut q.occurrences);
                    partner.honorific = partner.honorific.take().or_else(|| q.honorific.clone());
                    self.give_mentions(&mut partner, moved, person);
                }
                partner.occurrences.sort_unstable();
            }
            // (the given name printed alone, "Rosa told", is the partner: no one else of the
            // article bears it)
            let given = partner.full.split(' ').next().unwrap_or("").to_string();
            for qi in 0..self.people.len() {
                if self.people[qi].full == given && self.people[qi].roles.is_empty() {
                    let moved = std::mem::take(&mut self.people[qi].occurrences);
                    self.give_mentions(&mut partner, moved, person);
                }
            }
            partner.occurrences.sort_unstable();
            partner.occurrences.dedup();
            self.people.push(partner);
            // (the first name's own run, if any, is the partner's now)
            let at = self.runs.partition_point(|r| r.span.0 < span.0);
            match self.runs.get_mut(at).filter(|r| r.span == span) {
                Some(run) => *run = NameRun { span, kind: EntityKind::Person, person },
                None => self.runs.insert(at, NameRun { span, kind: EntityKind::Person, person }),
            }
        }
    }

    /// Points the run at `span`, if any, to `person` (runs are sorted by start).
    fn set_run_person(&mut self, span: Range, person: Option<usize>) {
        let at = self.runs.partition_point(|r| r.span.0 < span.0);
        if let Some(run) = self.runs[at..].iter_mut().take_while(|r| r.span.0 == span.0).find(|r| r.span == span) {
            run.person = person;
        }
    }

    /// Gives the mentions at `spans` to `to`, the person numbered `person` (not listed yet):
    /// its occurrences, and their runs.
    fn give_mentions(&mut self, to: &mut PersonName, spans: Vec<Range>, person: Option<usize>) {
        for o in spans {
            to.occurrences.push(o);
            self.set_run_person(o, person);
        }
    }

    /// A relative named by a given name alone after a noun for kin of one sex ("Anna's mum,
    /// Jessi,", "her husband, Tom,") shares the possessor's family name: the possessor's
    /// surname after an honorific of the relative's sex ("Ms Seagren", "Mrs Smith"), from the
    /// relative's mention up to the possessor's next full name, is the relative's, the one of
    /// that family named most recently, as for any two people of one surname. The relative's
    /// name is then the given name and that surname. Not when the article called the
    /// possessor by that honorific before the relative ("Mr. Trump's son, Eric"), and a
    /// surname alone, with no honorific, stays the possessor's ("Smith's wife, Mary, ...
    /// Smith said": most often the story's subject).
    fn add_kin_surnames(&mut self, text: &str, lc: &str) {
        let mut moves: Vec<(usize, usize, Range)> = Vec::new();
        for (ki, k) in self.people.iter().enumerate() {
            if crate::text::has_byte(&k.full, b' ') {
                continue;
            }
            let Some(&o) = k.occurrences.first() else { continue };
            let Some(kin) = kin_noun_before(text, o) else { continue };
            if !KIN_NOUNS.contains(&kin) {
                continue;
            }
            // the kin noun's possessor: a name with "'s", or "his"/"her" and the person it stands for
            let Some(at) = text.get(..o.0).and_then(|b| b.rfind(kin)) else { continue };
            let before = text.get(..at).unwrap_or("").trim_end();
            let possessor = if let Some(name) = crate::text::possessive_owner(before) {
                self.runs.iter().find(|r| r.span.1 == name.len()).and_then(|r| r.person)
            } else {
                let want = match before.rsplit(char::is_whitespace).next().unwrap_or("").to_ascii_lowercase().as_str() {
                    "his" => Gender::Male,
                    "her" => Gender::Female,
                    _ => continue,
                };
                let pos = before.len();
                self.nearest_person_before(lc, pos, Some(want), &|q| std::ptr::eq(q, k)).and_then(|q| self.people.iter().position(|x| std::ptr::eq(x, q)))
            };
            let Some(pi) = possessor.filter(|&pi| pi != ki) else { continue };
            let p = &self.people[pi];
            if !crate::text::has_byte(&p.full, b' ') {
                continue;
            }
            let kin_sex = match crate::resolve::noun_gender(kin.split('-').next().unwrap_or(kin)).0 {
                Gender::Female => Some(true),
                Gender::Male => Some(false),
                _ => None,
            };
            // (a possessor the article called by that honorific before: "Mr. Trump" after "Mr.
            // Trump's son, Eric," is still the father, whom the paper calls so)
            if kin_sex.is_none() || p.occurrences.iter().any(|x| x.0 < o.0 && honorific_before(lc, x.0).flatten() == kin_sex) {
                continue;
            }
            // (nor a child of a parent of the child's sex: "Renee Thornton sends her daughter
            // Ebonnie ... Mrs Thornton said" is the mother, whom "Mrs" fits better)
            if matches!(kin, "daughter" | "son" | "granddaughter" | "grandson" | "niece" | "nephew" | "stepdaughter" | "stepson") && first_name_sex(&p.full) == kin_sex {
                continue;
            }
            // the possessor's surname mentions after the relative's, up to the possessor's next full one
            for &occ in p.occurrences.iter().filter(|x| x.0 > o.1) {
                let mention = text.get(occ.0..occ.1).unwrap_or("");
                if crate::text::has_byte(mention, b' ') {
                    break;
                }
                // (an honorific of the relative's sex, which the noun gives: "Dr", or a
                // "partner", tells neither apart)
                if honorific_before(lc, occ.0).flatten() == kin_sex {
                    moves.push((pi, ki, occ));
                }
            }
        }
        for (pi, ki, occ) in moves {
            let p = &mut self.people[pi];
            p.occurrences.retain(|&x| x != occ);
            // (the honorific goes with the mention, unless another of the possessor's has one)
            let hon = p.honorific.clone();
            if !p.occurrences.iter().any(|o| honorific_before(lc, o.0).is_some()) {
                p.honorific = None;
            }
            let surname = crate::text::words(&p.full).rev().find(|w| !is_name_suffix(w)).unwrap_or("").to_string();
            let k = &mut self.people[ki];
            if !crate::text::has_byte(&k.full, b' ') {
                k.full = format!("{} {surname}", k.full);
                k.last = crate::text::lower(&surname);
            }
            if k.honorific.is_none() {
                k.honorific = hon;
            }
            k.occurrences.push(occ);
            k.occurrences.sort_unstable();
            self.set_run_person(occ, Some(ki));
        }
    }

    /// A first name an editor put in brackets inside a quotation, before a surname the
    /// article gives alone ("“Coach (Frank) Vogel came in,” James said", "[Hillary]
    /// Clinton"): the person's fullest name is the two together.
    fn add_bracketed_first_names(&mut self, text: &str) {
        for p in &mut self.people {
            if crate::text::has_byte(&p.full, b' ') {
                continue;
            }
            for &(s, _) in p.occurrences.iter().take(8) {
                let Some(before) = text.get(..s).and_then(|b| b.strip_suffix(") ").or_else(|| b.strip_suffix("] "))) else { continue };
                let Some(open) = before.rfind(['(', '[']) else { continue };
                let w = &before[open + 1..];
                if printed_first_name(w).is_some_and(|g| g.count >= 1_000) {
                    p.full = format!("{w} {}", p.full);
                    break;
                }
            }
        }
    }

    /// True when the name starting at `start` is printed inside quotation marks.
    pub fn quoted_at(&self, start: usize) -> bool {
        self.quoted_names.binary_search(&start).is_ok()
    }

    /// The one person among `candidates` (people named in full with the same first name)
    /// first named before `pos`; none when two are.
    fn one_named_before(&self, candidates: impl Iterator<Item = usize>, pos: usize) -> Option<usize> {
        let mut found = None;
        for pi in candidates.filter(|&pi| self.people[pi].occurrences.first().is_some_and(|o| o.1 <= pos)) {
            if found.is_some() {
                return None;
            }
            found = Some(pi);
        }
        found
    }

    /// The one person among `among` named before `pos` by a name of three words or more
    /// (particles apart) with `w` inside it, neither its first word nor its last: a second
    /// surname or a nickname news prints alone ("Villalba" of "Ernesto Villalba Robles",
    /// "Lula" of "Luiz Inácio Lula da Silva"); none when no one or two such people are.
    fn inner_name_of(&self, w: &str, pos: usize, among: impl Iterator<Item = usize>) -> Option<usize> {
        self.one_named_before(among.filter(|&pi| has_inner_word(&self.people[pi].full, w)), pos)
    }

    /// The one person named before `pos` whose name's initials the acronym `w` spells, three
    /// letters or more ("AMLO" for Andrés Manuel López Obrador, "AOC" for Alexandria
    /// Ocasio-Cortez): the words and a hyphen's parts, with the particles or without.
    fn person_of_initials(&self, w: &str, pos: usize) -> Option<usize> {
        if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        // (the words and a hyphen's parts, the particles left out or not)
        let spells = |full: &str| {
            full.words().count() >= 2 && (initials_of_words(w, name_parts(full).filter(|x| !crate::lexicon::names::NAME_PARTICLES.contains(x))) || initials_of_words(w, name_parts(full)))
        };
        self.one_named_before((0..self.people.len()).filter(|&pi| spells(&self.people[pi].full)), pos)
    }

    /// The runs (sorted by start) that start inside `span`.
    fn runs_starting_in(&self, span: Range) -> &[NameRun] {
        let lo = self.runs.partition_point(|r| r.span.0 < span.0);
        let hi = self.runs.partition_point(|r| r.span.0 < span.1);
        &self.runs[lo..hi.max(lo)]
    }

    /// The two different people named inside `span`, when it names two and no more.
    pub fn two_people_in(&self, span: Range) -> Option<(&PersonName, &PersonName)> {
        let mut people = self.runs_starting_in(span).iter().filter(|r| r.span.1 <= span.1).filter_map(|r| r.person);
        let (a, b) = (people.next()?, people.next()?);
        (a != b && people.next().is_none()).then(|| (&self.people[a], &self.people[b]))
    }

    /// The person named inside `span` (not after a preposition like "for").
    pub fn person_in(&self, span: Range) -> Option<&PersonName> {
        let runs = self.runs_starting_in(span);
        // a person before "of"/"at"/"for" heads the phrase ("Rhea Moss of Orbitex's Jet Lab")
        let head = runs.iter().position(|r| r.person.is_some() && r.span.1 <= span.1).and_then(|k| {
            let next = runs.get(k + 1)?;
            let between = self.between_words.iter().any(|&(a, b)| a == runs[k].span.1 && b == next.span.0);
            between.then_some(&runs[k])
        });
        let run = match head {
            Some(r) => r,
            None => runs.iter().rev().find(|r| r.person.is_some() && r.span.1 <= span.1)?,
        };
        self.people.get(run.person?)
    }

    /// The person whose name starts at byte `pos`.
    pub fn person_starting_at(&self, pos: usize) -> Option<&PersonName> {
        let i = self.runs.partition_point(|r| r.span.0 < pos);
        let run = self.runs.get(i).filter(|r| r.span.0 == pos)?;
        self.people.get(run.person?)
    }

    /// True when `span` joins two different people with "and" ("Smith and Jones",
    /// "Mr. Reyes and Ms. Ruiz", "Ana and Luis Ortega").
    pub fn joint_people(&self, lc: &str, span: Range) -> bool {
        let runs: Vec<&NameRun> = self.runs_starting_in(span).iter().filter(|r| r.span.1 <= span.1 && r.person.is_some()).collect();
        // "Ana and Luis Ortega": a first name, "and", then a full name sharing its surname
        if let (Some((first, _)), [run]) = (lc.get(span.0..span.1).and_then(|t| t.split_once(" and ")), runs.as_slice()) {
            let full_after = run.span.0 == span.0 + first.len() + 5 && run.person.and_then(|pi| self.people.get(pi)).is_some_and(|p| crate::text::has_byte(&p.full, b' '));
            if full_after && !crate::text::has_byte(first, b' ') && first_name_like(first) {
                return true;
            }
        }
        runs.windows(2).any(|w| {
            let between = lc.get(w[0].span.1..w[1].span.0).unwrap_or("");
            let joined = between.words().filter(|t| !matches!(*t, "mr." | "mrs." | "ms." | "dr." | "mr" | "mrs" | "ms" | "dr")).collect::<Vec<_>>();
            // ("NDP Leader Andrea Horwath and Green Leader Mike Schreiner": the second's title,
            // one to three words ending in a title the lexicon knows, may stand between)
            // (or a noun for kin: "Lesley Wain and granddaughter Cassandra Moore")
            let titled = |rest: &[&str]| (1..=3).contains(&rest.len()) && rest.last().is_some_and(|t| lexicon().is_title(t) || (rest.len() == 1 && crate::resolve::noun_gender(t).0 != Gender::Unknown));
            let joint = match joined.as_slice() {
                ["and"] | [",", "and"] | [","] => true,
                ["and", rest @ ..] | [",", "and", rest @ ..] => titled(rest),
                _ => false,
            };
            w[0].person != w[1].person && joint
        })
    }

    /// The last two people named together before `pos` ("Senator Ana Ruiz and
    /// congresswoman Lena Voss"), in the sentence holding `pos` or the one before it,
    /// with where the pair ends: whom a following "they" can mean.
    pub fn pair_before(&self, lc: &str, pos: usize) -> Option<(&PersonName, &PersonName, usize)> {
        let (start, _) = self.sentence_around(pos);
        let (prev_start, _) = self.sentence_around(start.saturating_sub(1));
        let from = if start == 0 { 0 } else { prev_start };
        let lo = self.runs.partition_point(|r| r.span.0 < from);
        let hi = self.runs.partition_point(|r| r.span.0 < pos);
        let runs: Vec<&NameRun> = self.runs[lo..hi].iter().filter(|r| r.person.is_some() && r.span.1 <= pos).collect();
        runs.windows(2).rev().find_map(|w| {
            let between = lc.get(w[0].span.1..w[1].span.0)?;
            let mut words = between.words();
            // "and", then at most two lowercase title words ("and congresswoman")
            // (or a noun for kin: "Lesley Wain and granddaughter Cassandra Moore")
            let joined = words.next() == Some("and") && words.clone().count() <= 2 && words.all(|t| lexicon().titles.contains(t) || crate::attribute::PHRASE_MODIFIERS.contains(t) || crate::resolve::noun_gender(t).0 != Gender::Unknown);
            let (a, b) = (w[0].person?, w[1].person?);
            (joined && a != b).then(|| (&self.people[a], &self.people[b], w[1].span.1))
        })
    }

    /// True when `span` holds an organization name.
    pub fn is_org(&self, span: Range) -> bool {
        self.runs_starting_in(span).iter().any(|r| r.kind == EntityKind::Organization && r.span.1 <= span.1)
    }

    /// The person named most recently before `pos` whose gender fits.
    /// How many name runs back a pronoun looks for its antecedent.
    pub const PRONOUN_REACH: usize = 256;

    pub fn nearest_person_before(&self, lc: &str, pos: usize, want: Option<Gender>, skip: &dyn Fn(&PersonName) -> bool) -> Option<&PersonName> {
        self.nearest_person_before_depth(lc, pos, want, skip, 0)
    }

    fn nearest_person_before_depth(&self, lc: &str, pos: usize, want: Option<Gender>, skip: &dyn Fn(&PersonName) -> bool, depth: u8) -> Option<&PersonName> {
        // runs are sorted by start: only those before `pos`, nearest first
        let upto = self.runs.partition_point(|r| r.span.0 < pos);
        let fits = |p: &PersonName| !skip(p) && want.is_none_or(|w| {
            let g = self.gender_guess(p);
            g == w || (g == Gender::Unknown && !owns_with_other_sex(lc, p, w) && !kin_of_other_sex(lc, p, w))
        });
        let (ri, p) = self.runs[..upto]
            .iter()
            .enumerate()
            .rev()
            // a pronoun's antecedent is among the last few hundred names, never further:
            // without a bound, "he" after thousands of women's names scans them all each time
            .take(Self::PRONOUN_REACH)
            .filter(|(_, r)| r.span.1 <= pos)
            .filter_map(|(ri, r)| r.person.and_then(|i| self.people.get(i)).map(|p| (ri, p)))
            .find(|&(ri, p)| fits(p) && !after_like(lc, self.runs[ri].span.0))?;
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
        // (a possessor whose relation is named in apposition is no subject: in "Lindqvist's
        // lawyer, Saul Abergel, spoke" the lawyer is; such a name is taken only when no other fits)
        let possessive = |r: &NameRun| {
            let Some(t) = lc.get(r.span.1..).and_then(|t| t.strip_prefix("'s ").or_else(|| t.strip_prefix("’s "))) else { return false };
            // the relation before ", ": up to three words of lower-case letters and hyphens,
            // read up to the first byte that can be none of them (the text to the first ", "
            // holds such a byte, or a third space, in all but a possessor's relation: the
            // search for ", " and the split into words read on, over the rest of the text)
            let b = t.as_bytes();
            let (mut k, mut spaces) = (0, 0);
            while let Some(&c) = b.get(k) {
                if c == b' ' {
                    spaces += 1;
                    if spaces > 2 {
                        return false;
                    }
                } else if !(c.is_ascii_lowercase() || c == b'-') {
                    break;
                }
                k += 1;
            }
            let Some(rest) = t.get(k..).and_then(|x| x.strip_prefix(", ")) else { return false };
            self.runs.get(self.runs.partition_point(|x| x.span.0 <= r.span.0)).is_some_and(|n| n.span.0 == lc.len() - rest.len() && n.person.is_some())
        };
        let fitting = || self.runs[lo..ri].iter().filter_map(|r| r.person.and_then(|i| self.people.get(i)).map(|q| (r, q))).filter(|(_, q)| fits(q));
        // (not a name inside a phrase fronted before the subject, when one fits after it:
        // "Considering the story surrounding reporter Tom Morris, Beveridge was wary. He
        // said" is Beveridge)
        let fronted = fronted_end(lc, sent_start, at + 1).filter(|&e| at >= e || fitting().any(|(r, _)| r.span.0 >= e));
        // (nor a name in a list of people, three at least: "the ones with people like Hugo
        // Brandt, Leon Vasquez, and Ian Corr, in which Tarrant holds ... he says" is Tarrant;
        // a list gives examples, seldom the one the story goes on about)
        // (runs j and j + 1 two people joined by a comma, "and" or "or"; run k is in a list of
        // three when two such joints in a row touch it)
        let joined = |j: usize| match (self.runs.get(j), self.runs.get(j + 1)) {
            (Some(a), Some(b)) => a.person.is_some() && b.person.is_some() && lc.get(a.span.1..b.span.0).is_some_and(|g| matches!(g, ", " | ", and " | " and " | ", or " | " or ")),
            _ => false,
        };
        let listed = |r: &NameRun| {
            let k = self.runs.partition_point(|x| x.span.0 < r.span.0);
            let left = |n: usize| k.checked_sub(n).is_some_and(joined);
            (left(2) && left(1)) || (left(1) && joined(k)) || (joined(k) && joined(k + 1))
        };
        let first = match fitting().find(|(r, _)| !possessive(r) && !listed(r) && fronted.is_none_or(|e| r.span.0 >= e)) {
            Some((_, q)) => Some(q),
            None if fronted.is_some() => None,
            None if !possessive(&self.runs[ri]) => None,
            None => fitting().next().map(|(_, q)| q),
        };
        // "He was arrested for the call to the offices of Omar. ... he said": that
        // sentence's subject is the same pronoun, and the name in it only an object;
        // the chain of pronouns goes back to the name before it
        if first.is_none() && depth < 3 && at > sent_start {
            let pronoun = match want {
                Some(Gender::Male) => "he",
                Some(Gender::Female) => "she",
                _ => "",
            };
            let same = !pronoun.is_empty() && subject_pronoun_before(lc.get(sent_start..at).unwrap_or(""), pronoun);
            if same {
                if let Some(q) = self.nearest_person_before_depth(lc, sent_start, want, skip, depth + 1) {
                    return Some(q);
                }
            }
        }
        first.or(Some(p))
    }

    /// The start of the sentence holding byte `pos` and the start of the next one
    /// (None in the last sentence).
    pub fn sentence_around(&self, pos: usize) -> (usize, Option<usize>) {
        let si = self.sentence_starts.partition_point(|&s| s <= pos);
        let start = si.checked_sub(1).and_then(|i| self.sentence_starts.get(i)).copied().unwrap_or(0);
        (start, self.sentence_starts.get(si).copied())
    }

    /// How many sentences start after byte `a` and at or before `b`.
    pub fn sentence_starts_between(&self, a: usize, b: usize) -> usize {
        self.sentence_starts.partition_point(|&s| s <= b) - self.sentence_starts.partition_point(|&s| s <= a)
    }

    /// The organization a sentence is about: the one that opens it ("Apple was pulled
    /// into ...", "The Federal Water Agency said ...") or speaks at its end ("..., the
    /// Swedish Prosecution Authority said").
    pub fn sentence_org(&self, text: &str, pos: usize) -> Option<Range> {
        let (start, end) = self.sentence_around(pos);
        let end = end.unwrap_or(text.len());
        let lo = self.runs.partition_point(|r| r.span.0 < start);
        self.runs[lo..].iter().take_while(|r| r.span.0 < end).filter(|r| r.kind == EntityKind::Organization).map(|r| r.span).find(|&(a, b)| {
            let before = text.get(start..a).unwrap_or("").trim_start();
            let after = text.get(b..end).unwrap_or("");
            matches!(before, "" | "The " | "the ") || [" said", " says", " announced", " stated"].iter().any(|v| after.starts_with(v))
        })
    }

    /// True when a person is named in `[a, b)`.
    pub fn person_named_in(&self, a: usize, b: usize) -> bool {
        let lo = self.runs.partition_point(|r| r.span.0 < a);
        self.runs[lo..].iter().take_while(|r| r.span.0 < b).any(|r| r.person.is_some())
    }

    /// The sex `p`'s gendered title gives ([`title_gender`]), unless it is a man's compound
    /// that British and Irish papers print for women too ("Former chairman Toni Brisby told
    /// the inquiry she ...", "spokesman"), and only pronouns of the other sex follow the
    /// person's mentions: two at least, or one after a first name given to more women than men.
    fn weighed_title_gender(&self, p: &PersonName) -> Option<(Gender, String)> {
        let (g, ev) = title_gender(p)?;
        // ("Safety board Chairman Laura Quentin": a man's compound printed as an office's
        // title before a given name borne by women almost alone, no "he" after, tells no sex)
        let womans_name = || first_name_share(p).is_some_and(|s| s >= 0.95) && self.pronouns_after(p).1 == 0;
        if g == Gender::Male && p.roles.iter().any(|r| post_compound(&r.title)) && (self.pronouns_say_woman(p) || womans_name()) {
            return None;
        }
        Some((g, ev))
    }

    /// True when what follows `p`'s mentions says a woman holds the man's compound she is
    /// given ("The party's chairman, Lin Mei-hua, said ... She said"): the first name is no
    /// man's, and only pronouns of the other sex follow the mentions, two at least, or one
    /// after a first name given to more women than men.
    fn pronouns_say_woman(&self, p: &PersonName) -> bool {
        if first_name_sex(&p.full) == Some(false) {
            return false;
        }
        let (f, m) = self.pronouns_after(p);
        m == 0 && (f >= 2 || (f == 1 && first_name_share(p).is_some_and(|s| s > 0.5)))
    }

    /// The sex the article's words give `p`: a gendered title, or pronouns right after its
    /// mentions, three at least and twice those of the other sex.
    fn evident_gender(&self, p: &PersonName) -> Gender {
        if let Some((g, _)) = self.weighed_title_gender(p) {
            return g;
        }
        if !self.both_sexes {
            return Gender::Unknown;
        }
        let (f, m) = self.pronouns_after(p);
        // (three at least, twice the other sex's: a pronoun after a name is often about
        // someone else in its sentence)
        if f >= 3 && f >= 2 * m + 1 {
            Gender::Female
        } else if m >= 3 && m >= 2 * f + 1 {
            Gender::Male
        } else {
            Gender::Unknown
        }
    }

    /// The sex a pronoun's antecedent must have: from the name ([`Self::name_guess`]), else
    /// from what the text says of a name that could be either ("Hillary Clinton ... as she
    /// sought", "Sen. Bernie Sanders ... he said").
    pub(crate) fn gender_guess(&self, p: &PersonName) -> Gender {
        match self.name_guess(p) {
            Gender::Unknown => *p.evident.get_or_init(|| self.evident_gender(p)),
            g => g,
        }
    }

    fn name_guess(&self, p: &PersonName) -> Gender {
        // honorifics, then only first names that are nearly always one sex (share 0.99): at
        // 0.9 first-name guesses moved pronouns to the wrong people more often than to the
        // right ones on the PolNeAR train split; at 0.99 they cost train and dev 0.0003 F1
        // and gain the web pages 0.0075 ("she said" no longer goes to "Oliver Sacks" named
        // in the sentence before)
        // (asked once the names are read: a person's name and honorific no longer change)
        *p.guess.get_or_init(|| match p.honorific.as_deref().and_then(honorific).flatten() {
            Some(true) => Gender::Female,
            Some(false) => Gender::Male,
            None => match first_name_share(p) {
                Some(s) if s >= 0.99 => Gender::Female,
                Some(s) if s <= 0.01 => Gender::Male,
                _ => Gender::Unknown,
            },
        })
    }

    /// Gender of a person from honorifics, then pronouns right after its mentions, then the first-name lexicon.
    #[inline(never)]
    pub fn gender_of(&self, text: &str, p: &PersonName) -> (Gender, GenderEvidence, Option<String>) {
        if let Some(h) = &p.honorific {
            match honorific(h).flatten() {
                Some(true) => return (Gender::Female, GenderEvidence::Honorific, Some(["honorific '", h.as_str(), "'"].concat())),
                Some(false) => return (Gender::Male, GenderEvidence::Honorific, Some(["honorific '", h.as_str(), "'"].concat())),
                None => {}
            }
        }
        // "Robin Ashdown, who uses they/them pronouns,": the person's own pronouns, stated
        // right after a mention, tell no sex, whatever the first name or a stray "she" says
        if let Some(stated) = self.stated_neutral_pronouns(text, p) {
            let evidence = if stated == NON_BINARY { [STATED_PRONOUNS, "they' (", stated, ")"].concat() } else { [STATED_PRONOUNS, stated, "'"].concat() };
            return (Gender::Unknown, GenderEvidence::Pronoun, Some(evidence));
        }
        // a gendered title: "spokeswoman", "chairman", "actress"
        if let Some((g, ev)) = self.weighed_title_gender(p) {
            return (g, GenderEvidence::Noun, Some(ev));
        }
        // a gendered noun in apposition or after a copula: "Dana Holt, a mother of three",
        // "her husband, Tom Reyes", "Holt is the first woman to lead the board"
        // (a man's compound for a post as for a title: "The party's chairman, Lin Mei-hua")
        if let Some((g, noun, ev)) = described_gender(text, p) {
            if !(g == Gender::Male && post_compound(&noun) && self.pronouns_say_woman(p)) {
                return (g, GenderEvidence::Noun, Some(ev));
            }
        }
        // an Irish or Scottish Gaelic surname a woman's by its particle ("Phil Ní Shé",
        // "Aoife Nic Giolla"; a man's is "Ó" or "Mac"): read before any first name
        // (a name without an "N", most, is not split into words for it)
        let particle = || p.full.split(' ').rev().skip(1).find(|w| matches!(*w, "Ní" | "Nic"));
        if let Some(particle) = crate::text::has_byte(&p.full, b'N').then(particle).flatten() {
            return (Gender::Female, GenderEvidence::NameLexicon, Some(["surname particle '", particle, "'"].concat()));
        }
        // "Mx. Bankole": a title chosen so as not to state a sex; the first name guesses nothing
        let neutral = p.honorific.as_deref().is_some_and(|h| crate::lexicon::names::honorific_neutral(h));
        // (the given name, its share and the pronouns of the person's own clauses are read
        // once, and only where they decide: most people's pronouns outnumber the other sex's
        // clearly, or are none)
        let given_cell = std::cell::OnceCell::new();
        let given = || *given_cell.get_or_init(|| given_name(&p.full));
        // (the first name's share, or a first name alone's, [`first_name_share`], read once)
        let share_cell = std::cell::OnceCell::new();
        let share = || *share_cell.get_or_init(|| first_name_share(p).filter(|_| !neutral));
        // a first name four times as common for one sex as for the other (SSA births): a
        // guess right at least four times in five, recorded with its share
        // (a person named by a first name alone: that word, as [`lone_first_share`] reads it)
        let by_name = |share: f32| {
            let g = if share >= 0.8 { Gender::Female } else if share <= 0.2 { Gender::Male } else { return None };
            Some((g, GenderEvidence::NameLexicon, Some(share_evidence(given().unwrap_or(&p.full), share))))
        };
        // "grandchildren Ashley, Kyle and Priya": given names named only in a list after a
        // noun for kin; the pronouns after a list are the people's around it, and the given
        // name, a surname too or not, guesses as for anyone
        if !crate::text::has_byte(&p.full, b' ') && !p.occurrences.is_empty() && p.occurrences.iter().all(|&o| kin_noun_before(text, o).is_some()) {
            let share = crate::lexicon::names::first_name_gender(&p.full).map(|g| g.female_share).filter(|_| !neutral);
            return share.and_then(by_name).unwrap_or((Gender::Unknown, GenderEvidence::None, None));
        }
        let (f, m) = self.pronouns_after(p);
        // one or two pronouns of one sex, not outnumbering the other's twice, are weak
        // evidence: they are as often about someone else in the same sentence ("Ana Ruiz said
        // he was calm", "Supporters of Hillary Clinton and Bernie Sanders ... her status").
        // A first name nine times in ten of the other sex outweighs them: on PolNeAR train
        // and dev that set 37 people right (Hillary Clinton in 33 articles) and 4 wrong
        // ("Lindsey Graham", "Kelsey Grammer").
        let clear_name = || share().filter(|&s| s >= 0.9 || s <= 0.1);
        let (more, fewer) = (f.max(m), f.min(m));
        // ... but not a pronoun opening what the person said, of one sex only: "Whitecourt
        // Mayor Ashley Dunford said he was relieved", "Beaulieu said she expected"
        // (unless the name is all but never given to that sex: "Opposition leader Eva Horak
        // said he must go" speaks of someone else, where "Ashley Dunford said he" may not)
        let own = || {
            let (sf, sm) = own_clause_pronouns(text, p);
            (sf > 0) != (sm > 0) && (sf > 0) == (f > m) && share().is_none_or(|s| if sf > 0 { s > 0.01 } else { s < 0.99 })
        };
        if more > fewer && (more < 3 || more < 2 * fewer + 1) && !own() {
            if let Some(s) = clear_name().filter(|&s| (s >= 0.9) != (f > m)) {
                return by_name(s).unwrap_or((Gender::Unknown, GenderEvidence::None, None));
            }
        }
        // ... nor do pronouns after under a third of a person's mentions, some of the name's
        // sex among them, outweigh a name all but always of that sex: they are about the
        // people around ("Trump was waving to the crowd, and she was switching off the
        // television": the woman watching)
        if more > fewer && fewer >= 1 && (more as usize) * 3 < p.occurrences.len() && !own() {
            if let Some(s) = share().filter(|&s| (s >= 0.99 || s <= 0.01) && (s >= 0.5) != (f > m)) {
                return by_name(s).unwrap_or((Gender::Unknown, GenderEvidence::None, None));
            }
        }
        if f > m {
            return (Gender::Female, GenderEvidence::Pronoun, Some(pronoun_evidence("she/her", f, p.occurrences.len())));
        }
        if m > f {
            return (Gender::Male, GenderEvidence::Pronoun, Some(pronoun_evidence("he/his", m, p.occurrences.len())));
        }
        let _ = text;
        if neutral {
            return (Gender::Unknown, GenderEvidence::Honorific, p.honorific.as_deref().map(|h| ["honorific '", h, "'"].concat()));
        }
        share().and_then(by_name).or_else(|| {
            // a given name the lexicon does not know, and a surname in a Slavic, Czech or
            // Icelandic woman's form the US list lacks ("Zubeidat Bekova": "-ova"; not "Tim
            // Canova", an Italian surname and a man's given name)
            let last = p.full.rsplit_once(' ')?.1;
            let ending = crate::lexicon::names::female_surname_ending(last).filter(|_| given().is_none_or(|g| crate::lexicon::names::first_name_gender(g).is_none()) && !crate::lexicon::names::is_known_surname(last))?;
            Some((Gender::Female, GenderEvidence::NameLexicon, Some(["surname ending '-", ending, "'"].concat())))
        }).unwrap_or((Gender::Unknown, GenderEvidence::None, None))
    }

    /// "they/them" (or "they/their") printed within a short clause after one of the first
    /// mentions of `p` ("X, who uses they/them pronouns,", "X (they/them)"), or
    /// [`NON_BINARY`] for "non-binary" said of `p` there ("X, who is nonbinary").
    fn stated_neutral_pronouns(&self, text: &str, p: &PersonName) -> Option<&'static str> {
        if self.stated_they.is_empty() {
            return None;
        }
        for &(_, end) in p.occurrences.iter().take(8) {
            let k = self.stated_they.partition_point(|&x| x < end);
            let Some(&at) = self.stated_they.get(k).filter(|&&x| x < end + 80) else { continue };
            // (within the sentence: no period and space between)
            if text.get(end..at).is_none_or(|between| crate::text::find_short(between, ". ").is_some()) {
                continue;
            }
            let rest = text.get(at..).unwrap_or("");
            for stated in ["they/them", "they/their"] {
                if rest.starts_with(stated) {
                    return Some(stated);
                }
            }
            // ("X, who is non-binary", "X identifies as nonbinary", "they are a nonbinary
            // artist": the identity predicated of the person, not of someone the person owns
            // or speaks of: "X said her child is nonbinary", "X backs nonbinary students")
            let between = text.get(end..at).unwrap_or("");
            let lead = between.trim_end();
            let predicated = ["is", "are", "as", "am", "is a", "are a", "as a", "is an", "are an"].iter().any(|w| lead.strip_suffix(w).is_some_and(|b| b.ends_with(' ')));
            let owned = [" her ", " his ", " my ", " their ", " our ", " whose "].iter().any(|w| crate::text::find_short(between, w).is_some());
            if predicated && !owned {
                return Some(NON_BINARY);
            }
        }
        None
    }

    /// True when a noun for one person after a determiner (after "the" only, if `definite`)
    /// lies between the end of a mention (`from`) and `to`, other than one describing the one
    /// mentioned ("Ruiz, a volunteer,"; "Ruiz, who is a neighbour,"): a pronoun after it may
    /// be that person's ("Ruiz said the new tenant moves in Monday and that he works nights").
    pub fn person_noun_between(&self, from: usize, to: usize, definite: bool) -> bool {
        self.person_nouns[self.person_nouns.partition_point(|n| n.0 <= from)..]
            .iter()
            .take_while(|n| n.0 < to)
            .any(|&(_, det, describes, the)| !(describes && det <= from + 12) && (the || !definite))
    }

    /// Pronouns (female, male) right after the mentions of `p`: after each occurrence, before
    /// any other person is named, within two sentences.
    /// When another person shares the surname ("Keith Scott", "Rakeyia Scott"), a surname alone
    /// may be either: only mentions by the full name count.
    fn pronouns_after(&self, p: &PersonName) -> (u32, u32) {
        let (mut f, mut m) = (0u32, 0u32);
        let (shared, full_len) = (p.shared_surname, p.full.len());
        // all three lists are sorted by position: binary searches keep this linear-logarithmic
        for occ in p.occurrences.iter().filter(|o| !shared || o.1 - o.0 >= full_len).take(200) {
            let si = self.sentence_starts.partition_point(|&s| s <= occ.1);
            let limit = self.sentence_starts.get(si + 1).copied().unwrap_or(usize::MAX);
            // (the runs are read only for a pronoun within the two sentences)
            let other = || {
                let ri = self.runs.partition_point(|r| r.span.0 <= occ.1);
                self.runs[ri..]
                    .iter()
                    .take_while(|r| r.span.0 < limit)
                    .find(|r| r.person.is_some() && p.occurrences.binary_search(&r.span).is_err())
                    .map(|r| r.span.0)
                    .unwrap_or(limit)
            };
            let pi = self.pronouns.partition_point(|(pos, _)| *pos <= occ.1);
            // a pronoun in a later sentence means the first person named in this one when
            // it can ("Swift's albums were bought by a firm of Scooter Braun. She said ...")
            let next = self.sentence_starts.get(si).copied().unwrap_or(usize::MAX);
            let sent_start = si.checked_sub(1).and_then(|i| self.sentence_starts.get(i)).copied().unwrap_or(0);
            let first_other = || {
                self.runs[self.runs.partition_point(|r| r.span.0 < sent_start)..]
                    .iter()
                    .take_while(|r| r.span.0 < occ.0)
                    .find(|r| r.person.is_some() && p.occurrences.binary_search(&r.span).is_err())
                    .and_then(|r| self.people.get(r.person?))
            };
            if let Some(&(pos, fem)) = self.pronouns.get(pi).filter(|(pos, _)| *pos < limit && *pos < other()) {
                // ... and a pronoun of that sex before the name in this sentence goes on in the
                // next ("He called the offices of Ruiz. He asked ...": the caller)
                let chained = || self.pronouns[self.pronouns.partition_point(|(x, _)| *x < sent_start)..pi].iter().any(|&(x, g)| x < occ.0 && g == fem);
                let theirs = pos >= next
                    && (first_other().is_some_and(|q| {
                        let g = self.name_guess(q);
                        g == Gender::Unknown || (g == Gender::Female) == fem
                    }) || chained());
                // the object of the name's own verb is someone else ("Belanger described him"),
                // and so is a pronoun after a noun for another person ("Houghton said ... The
                // victim's family asked that his name ..."), unless that noun is the name's
                // appositive ("Ruiz, a nurse, said her ...")
                let object = || self.objects.binary_search_by_key(&pos, |o| o.0).is_ok_and(|k| self.objects[k].1.contains(&occ.1));
                // (for the pronoun of a verb of saying in a later sentence, "Ruiz said the accused
                // faced one charge. “...,” she said", a noun inside what the name said is no
                // one else who speaks: only nouns in the pronoun's own sentence count)
                let noun_between = || {
                    let reported = pos >= next && self.speaking.binary_search(&pos).is_ok() && self.saying_names.binary_search(&occ.1).is_ok();
                    self.person_noun_between(if reported { next } else { occ.1 }, pos, false)
                };
                // after a name inside a quotation, the pronoun of the verb of saying is the
                // speaker (“... Hillary Clinton will not withdraw,” he said)
                let speaker = || self.speaking.binary_search(&pos).is_ok() && self.quoted_names.binary_search(&occ.0).is_ok();
                // "Her coach Stefan Vukov said she was calm": the owner
                let owners = || self.owned.binary_search(&(occ.0, fem)).is_ok();
                // "Lynne Stewart was sentenced. Judge Koetl said there was no evidence any
                // victim was harmed by her actions": a possessive or object far into what a
                // person said may be a person's of that sex named in the sentence before
                // (only for a person with no first name: else the name guesses, and a
                // pronoun about the person, "Graham has acknowledged ..., which makes him",
                // must outweigh a first name of the other sex)
                let earlier = || {
                    pos > occ.1 + 60
                        && self.oblique.binary_search(&pos).is_ok()
                        && self.saying_names.binary_search(&occ.1).is_ok()
                        && first_name_share(p).is_none()
                        && si >= 2
                        && self.runs[self.runs.partition_point(|r| r.span.0 < self.sentence_starts[si - 2])..]
                            .iter()
                            .take_while(|r| r.span.0 < sent_start)
                            .filter(|r| p.occurrences.binary_search(&r.span).is_err())
                            .filter_map(|r| self.people.get(r.person?))
                            .any(|q| match self.name_guess(q) {
                                Gender::Unknown => false,
                                g => (g == Gender::Female) == fem,
                            })
                };
                if !theirs && !object() && !noun_between() && !speaker() && !owners() && !earlier() {
                    if fem { f += 1 } else { m += 1 }
                }
            }
        }
        (f, m)
    }

    /// Every "he" and "she" outside quotation marks as byte ranges, with their sex (true:
    /// "she"), in text order: those found while building (the pronouns, and the ones inside
    /// capitalised runs), with no second pass over the tokens. (`lc` is the lower-cased text;
    /// "he" is the one male pronoun whose second letter is "e", "she" the one female pronoun
    /// opening with "s".)
    pub fn he_she(&self, lc: &str) -> Vec<(Range, bool)> {
        let b = lc.as_bytes();
        let mut out: Vec<(Range, bool)> = self
            .pronouns
            .iter()
            .filter(|&&(pos, female)| if female { b.get(pos) == Some(&b's') } else { b.get(pos + 1) == Some(&b'e') })
            .chain(&self.run_he_she)
            .map(|&(pos, female)| ((pos, pos + if female { 3 } else { 2 }), female))
            .collect();
        out.sort_unstable_by_key(|x| x.0 .0);
        out
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
    /// Roles printed before it ("UN Secretary-General", "Wild coach").
    role: Vec<Role>,
    /// An organization split off a person's name ("Li Wen of Acme Markets").
    org_hint: bool,
    /// An honorific before it.
    hon: Option<String>,
    /// It opens a sentence (so its capital letter says little).
    initial: bool,
    /// "the" stands right before it.
    after_the: bool,
    /// "in", "at", "on" or "near" stands right before it.
    after_locative: bool,
    /// It opens a sentence or a quotation.
    quote_initial: bool,
    /// "its" stands right before it: a thing's name ("its Dream Chaser vehicle"), no person's.
    possessed: bool,
    /// It stands inside quotation marks.
    quoted: bool,
    /// An age follows it between commas ("Yin Myint May, 60, a doctor"), or a noun for a
    /// person and a verb of saying frame it ("victim Orlaith Quennell said"): a person's name.
    aged: bool,
    /// Where a lowercase appositive after it starts ("Jagmeet Singh, the federal NDP
    /// leader"): read only when nothing else tells whether the run is a person's name.
    appositive: Option<usize>,
    /// A nickname inside the name, from its opening mark to the surname ("(Gerry) " of
    /// "Gerald (Gerry) Kleisinger"): left out of the name, and a person's name is what has one.
    nickname: Option<Range>,
    /// Split off a body's name it followed with no comma, by a given name the lexicon lacks
    /// or rarely has ("... Diaspora Commission Abike Dabiri"): a person's name, as a title
    /// before it would show.
    after_body: bool,
}

impl RawRun {
    /// The run's name as the article gives it, without a nickname inside it.
    fn name<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let (s, e) = self.span;
        match self.nickname {
            Some(n) => format!("{}{}", text.get(s..n.0).unwrap_or(""), text.get(n.1..e).unwrap_or("")).into(),
            None => text.get(s..e).unwrap_or("").into(),
        }
    }

    /// The part of a run split off after a title or a joining word ("the CEO of DH", "Li Wen
    /// of Acme Markets", "Sanders on Twitter"): no role, no honorific, no position flags.
    fn split_off(span: Range, org_hint: bool, quoted: bool) -> RawRun {
        RawRun { span, role: Vec::new(), hon: None, initial: false, after_the: false, after_locative: false, org_hint, quote_initial: false, possessed: false, aged: false, quoted, appositive: None, nickname: None, after_body: false }
    }
}

/// True when the name's surname is printed with its "Mc" apart ("Mc Kenzie", "Trevor Mc
/// Kenzie"): read as one word, "McKenzie".
fn mc_apart(name: &str) -> bool {
    name.rsplit_once(' ').is_some_and(|(head, _)| head == "Mc" || head.ends_with(" Mc"))
}

/// Malaysian titles of honour of one word before a name ("Datuk", "Tengku"; the two-word ones,
/// "Tan Sri", "Datuk Seri", are read from `honorifics.tsv` as pairs): courtesies after a
/// title, and a name they shorten to its given name ("Tengku Razif") is the one named in full.
const MALAY_TITLES: &[&str] = &["datuk", "dato", "dato'", "dato’", "datin", "tun", "tengku", "tunku"];

/// Letters printed after a person's name for a degree, an honour or a rank ("Jane Doe QC"),
/// which a body's acronym after a place is not ("Alberta NDP").
/// A member's letters printed after a name, or after a party as a title ("Helen Morgan MP",
/// "Plaid Cymru AM"): of a parliament, the Scottish one, a legislative or provincial
/// assembly, the Senedd (MS; AM before 2020), the Dáil (TD), Europe's, a legislative council,
/// the House of Keys.
pub(crate) const MEMBER_LETTERS: &[&str] = &["MP", "MSP", "MLA", "MPP", "MNA", "MHA", "MS", "AM", "TD", "MEP", "MLC", "MHK"];

const POSTNOMINALS: &[&str] = &["QC", "KC", "SC", "MP", "MD", "PhD", "OBE", "MBE", "CBE", "KBE", "DBE", "OC", "CM", "RN", "CPA", "DDS", "JP", "MLA", "MPP", "MSP", "TD"];

/// A nickname in brackets or quotation marks at token `j`, between a given name (the token
/// before; in brackets one the lexicon knows) and a capitalised word ("Gerald (Gerry)
/// Kleisinger", "Marcia "Cia" Price", "John “Tig” Tiegen"): one capitalised word, the marks
/// closed right after it. "Minister (Junichiro) Koizumi" is no given name's nickname.
fn nickname_at(text: &str, toks: &[crate::segment::Token], j: usize) -> bool {
    let [given, open, nick, close, next] = match toks.get(j - 1..j + 4) {
        Some([a, b, c, d, e]) => [a, b, c, d, e],
        _ => return false,
    };
    let marks = (open.is_punct('(') && close.is_punct(')')) || (open.kind == TokKind::Quote && close.kind == TokKind::Quote);
    marks
        && open.space_before
        && !nick.space_before
        && !close.space_before
        && next.space_before
        && nick.kind == TokKind::Word
        && nick.is_capitalized()
        // (a word of letters: "Ted Cruz (R-Texas) Wednesday" is a party and a state)
        && nick.text(text).chars().all(char::is_alphabetic)
        && !is_not_name(next.text(text))
        && next.is_capitalized()
        && name_shaped(nick.text(text))
        && name_shaped(next.text(text))
        && (first_name_births(given.text(text)) >= 1_000
            // (in quotation marks, after any word shaped like a given name that is no common
            // word nor title: "Sipho “Bricks” Ngcobo")
            || (open.kind == TokKind::Quote && given.is_capitalized() && name_shaped(given.text(text)) && !crate::lexicon::names::is_common_word(given.text(text)) && !crate::attribute::lexicon::lexicon().is_title(&given.text(text).to_lowercase())))
}

/// Two lists of runs, each sorted by start, in one sorted by start: `first` then `second`
/// sorted stably by start, by a merge (`first`'s run before `second`'s at the same start).
fn merge_by_start(first: Vec<NameRun>, second: Vec<NameRun>) -> Vec<NameRun> {
    if second.is_empty() {
        return first;
    }
    let mut out = Vec::with_capacity(first.len() + second.len());
    let mut later = second.into_iter().peekable();
    for r in first {
        while let Some(x) = later.next_if(|x| x.span.0 < r.span.0) {
            out.push(x);
        }
        out.push(r);
    }
    out.extend(later);
    out
}

/// The sex of a possessive in a short parenthetical right after byte `at` (`Some(true)`:
/// female): "Wiebe, for his part, said", "Wiebe, in her statement, said". (A pronoun later in
/// the sentence is no evidence: "Clinton said he did not join" is about someone else.)
fn parenthetical_sex_after(text: &str, at: usize) -> Option<bool> {
    let rest = text.get(at..)?.strip_prefix(", ")?;
    let inner = &rest[..rest.find(',')?];
    if inner.split(' ').count() > 5 {
        return None;
    }
    inner.split(' ').find_map(|w| match w {
        "his" => Some(false),
        "her" => Some(true),
        _ => None,
    })
}

/// True when the word after byte `at` is a verb of saying or telling ("Wendy said"), or
/// one after a word that may stand between a speaker and the verb ("Kanokwan also said").
#[inline(never)]
fn saying_after(lc: &str, at: usize) -> bool {
    let w = word_after(lc, at);
    saying(w) || (lexicon().adverbs.contains(w) && saying(word_after(lc, at + 1 + w.len())))
}

/// Whether the word right before byte `at` is a verb of saying or telling ("said Mary").
fn saying_before(lc: &str, at: usize) -> bool {
    saying(crate::text::last_piece(lc.get(..at).unwrap_or("").trim_end(), b' '))
}

/// Whether the lower-case word `w` is a verb of saying or telling.
fn saying(w: &str) -> bool {
    matches!(lexicon().cues.get(w), Some(crate::attribute::lexicon::CueClass::Speech | crate::attribute::lexicon::CueClass::Tell))
}

/// Whether the lower-case abbreviation `abbrev` is the initials of its title `full` ("di",
/// "Detective Inspector"; not "lt", "Lieutenant").
pub(crate) fn initials_of(abbrev: &str, full: &str) -> bool {
    initials_of_words(abbrev, full.split(' ').filter(|w| !w.is_empty()))
}

/// True when `abbrev` (two letters or more) spells the first letters of `words`, one each,
/// in any case.
pub(crate) fn initials_of_words<'a>(abbrev: &str, words: impl IntoIterator<Item = &'a str>) -> bool {
    let mut words = words.into_iter();
    abbrev.len() >= 2 && abbrev.bytes().all(|b| words.next().is_some_and(|w| w.as_bytes()[0].eq_ignore_ascii_case(&b))) && words.next().is_none()
}

/// The words of a name and the parts of its hyphenated words, no suffix ("Ocasio-Cortez":
/// "Ocasio", "Cortez").
fn name_parts(full: &str) -> impl Iterator<Item = &str> {
    full.split([' ', '-']).filter(|x| !x.is_empty() && !is_name_suffix(x))
}

/// True when `w` is a word inside the name `full`, neither its first word nor its last
/// (particles and suffixes apart): "Villalba" in "Ernesto Villalba Robles".
fn has_inner_word(full: &str, w: &str) -> bool {
    // (a byte search first: most names hold no such word; then the words after the first,
    // `w` at one of them with another after it)
    if full.len() <= w.len() || crate::text::find_short(full, w).is_none() {
        return false;
    }
    let mut words = full.words().filter(|x| !crate::lexicon::names::NAME_PARTICLES.contains(x) && !is_name_suffix(x)).skip(1);
    let mut at_w = false;
    words.any(|x| std::mem::replace(&mut at_w, x == w))
}

/// Whether a mention of `p` is followed by "with" or "and" and a possessive of the sex other
/// than `want` ("Laxman Bhujel with his wife", "Ana Ruiz and her husband"): no pronoun of
/// `want`'s sex means that person, however few pronouns the name's sex rests on.
fn owns_with_other_sex(lc: &str, p: &PersonName, want: Gender) -> bool {
    let other = match want {
        Gender::Female => "his ",
        Gender::Male => "her ",
        Gender::Unknown => return false,
    };
    p.occurrences.iter().any(|o| {
        lc.get(o.1..).and_then(|r| r.strip_prefix(" with ").or_else(|| r.strip_prefix(" and "))).is_some_and(|r| r.starts_with(other))
    })
}

/// True when a noun for kin of the other sex than `want` sets off one of `p`'s first
/// mentions ("Addressing the patient's son, Peter, ... she said": not Peter).
fn kin_of_other_sex(lc: &str, p: &PersonName, want: Gender) -> bool {
    p.occurrences.iter().take(2).any(|&o| kin_noun_before(lc, o).is_some_and(|k| {
        let g = crate::resolve::noun_gender(k).0;
        g != Gender::Unknown && g != want
    }))
}

/// Whether the capitalised word `w` stands alone somewhere in `text` before a verb of saying,
/// with no "the" and no capitalised word before it ("Gelinas said"): a person's surname, where a
/// team is "the Bulls".
fn speaks_bare(text: &str, lc: &str, w: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).any(|k| {
        let end = k + w.len();
        let before = text.get(..k).unwrap_or("");
        text.get(end..).is_some_and(|r| !r.starts_with(char::is_alphanumeric))
            && !before.ends_with(char::is_alphanumeric)
            && !before.trim_end_matches(' ').rsplit([' ', '\n']).next().is_some_and(|p| p.starts_with(char::is_uppercase) || p.eq_ignore_ascii_case("the"))
            && saying_after(lc, end)
    })
}

/// The indices of `people` named in full, each with its first name's length ([`with_first_name`]).
// (one list an article, not a map of first names: a String and a Vec a person, and their
// drops, cost more than the few lone first names asked compare)
fn people_with_first_names(people: &[PersonName]) -> Vec<(usize, usize)> {
    people.iter().enumerate().filter_map(|(pi, p)| full_first_name(&p.full).map(|f| (pi, f.len()))).collect()
}

/// The people of `firsts` ([`people_with_first_names`]) whose first name is `s`, in order.
fn with_first_name<'a>(people: &'a [PersonName], firsts: &'a [(usize, usize)], s: &'a str) -> impl Iterator<Item = usize> + 'a {
    // (the length first: most first names differ in it)
    firsts.iter().filter(move |&&(pi, n)| n == s.len() && people.get(pi).and_then(|p| full_first_name(&p.full)) == Some(s)).map(|&(pi, _)| pi)
}

/// The first-name lexicon's entry for `w` as printed before a surname: a capitalised word of
/// letters, no weekday, month or sentence word, no place ("Chidi and Lorraine Obi", "Coach
/// (Frank) Vogel"; not "in January and Clinton", "of Florida and Jeb Bush").
fn printed_first_name(w: &str) -> Option<crate::lexicon::names::NameGender> {
    let shaped = w.len() >= 2 && w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic);
    shaped.then(|| crate::lexicon::names::first_name_gender(w)).flatten().filter(|_| !is_not_name(w) && crate::lexicon::places::place_kind(w).is_none())
}

/// True when one or two words in lower case, the last a title, then a capitalised word follow
/// byte `at` of `text` (" president Mary", " campaign manager Robby").
fn title_and_name_after(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at..).and_then(|r| r.strip_prefix(' ')) else { return false };
    let mut ws = rest.splitn(4, ' ');
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    let (Some(a), Some(b)) = (ws.next(), ws.next()) else { return false };
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let lex = lexicon();
    (lower(a) && lex.is_title(a) && capital(b)) || (lower(a) && lower(b) && lex.is_title(b) && ws.next().is_some_and(capital))
}

/// The word right after one space at byte `at` of the lower-cased text ("" when none).
fn word_after(lc: &str, at: usize) -> &str {
    lc.get(at..).and_then(|r| r.strip_prefix(' ')).and_then(|r| r.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("")
}

/// True when the run at `span` is a party to a court case as news prints one: "Roe v. Wade",
/// "Citizens United v. FEC", "Bush vs. Gore".
fn case_party(text: &str, span: Range) -> bool {
    let before = text.get(..span.0).unwrap_or("");
    let after = text.get(span.1..).unwrap_or("");
    [" v. ", " vs. "].iter().any(|v| before.ends_with(v) || after.starts_with(v))
}

/// Whether the capitalised word at `span` is joined by a possessive to another capitalised
/// word, before it ("Queen’s Park": "Queen") or after it ("Park"): one name of a place or a
/// thing.
fn possessive_compound(text: &str, span: (usize, usize)) -> bool {
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let after = text.get(span.1..).unwrap_or("");
    let before = text.get(..span.0).unwrap_or("");
    after.strip_prefix("'s ").or_else(|| after.strip_prefix("’s ")).is_some_and(capital)
        || before.strip_suffix("'s ").or_else(|| before.strip_suffix("’s ")).is_some_and(|b| b.rsplit([' ', '\n']).next().is_some_and(capital))
}

/// Whether `s`, one capitalised word no one else's name claims, is a surname the article
/// never completes ("Vogel said"): `named` tells whether some mention prints it as a
/// person's name ([`named_alone`]), asked only of a word news also prints in lower case.
fn lone_surname(seen: &crate::fasthash::FastMap<&str, (bool, bool, u32, u32)>, text: &str, s: &str, named: impl Fn() -> bool) -> bool {
    // cheapest tests first: this runs for every capitalised word no one else claimed
    // (how the article prints the word, one lookup, before the lexicons: most such words
    // are printed once, or only at a sentence's start)
    if crate::text::has_byte(s, b' ') {
        return false;
    }
    let (non_initial, after_the, count, _) = seen.get(s).copied().unwrap_or((false, true, 0, 0));
    // named at least twice: one capitalised word said once is as likely a thing as a person
    count >= 2
        && non_initial
        && !after_the
        && name_shaped(s)
        && !is_not_name(s)
        && crate::lexicon::names::is_known_surname(s)
        // ("Executive Session", "Rule 40", "a fake Southern accent": a word news prints in
        // lower case is a surname alone when a common one, "Baker", "Young", "Hart", or when
        // the article prints it as a person's name: "Ban said", "Clinton's husband, Bill,")
        && (!common_word_no_common_surname(s) || named())
        && could_be_surname(text, s)
}

/// Whether `s`, one capitalised word no one else's name claims, may name a person by a
/// first name alone: a first name of the lexicon (a thousand births at least), no common
/// word, demonym or place. `Some(true)` when it is a surname too, fewer than a million births
/// having borne it ("Wolf reported from Washington", "Anaya").
fn lone_first_word(s: &str) -> Option<bool> {
    // (the first-name table first: most capitalised words are none)
    if s.len() < 3 || crate::text::has_byte(s, b' ') {
        return None;
    }
    let g = crate::lexicon::names::first_name_gender(s).filter(|g| g.count >= 1_000)?;
    plain_name_word(s).then(|| g.count < 1_000_000 && crate::lexicon::names::is_known_surname(s))
}

/// True for a word news prints in lower case that is no common surname (not among the 2,500
/// most frequent: "Session", "Rule"; "Baker", "Young" are): alone, a thing's or an office's.
fn common_word_no_common_surname(w: &str) -> bool {
    crate::lexicon::names::is_common_word(w) && crate::lexicon::names::surname_rank(w).is_none_or(|r| r > 2_500)
}

/// True for a word shaped like a name that is no sentence word, common word, nationality or
/// place: what may be a given name printed alone.
fn plain_name_word(s: &str) -> bool {
    name_shaped(s) && !is_not_name(s) && !crate::lexicon::names::is_common_word(s) && !crate::lexicon::places::is_demonym(s) && crate::lexicon::places::place_kind(s).is_none()
}

/// Nouns for kin, one or several, before the first names they introduce ("his wife, Rekha",
/// "her brothers Armand, Léo and Gilles").
const KIN_NOUNS: &[&str] = &[
    "wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "grandson", "granddaughter", "niece", "nephew", "cousin", "partner", "stepson", "stepdaughter",
    "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "mum", "mom", "dad", "grandmother", "grandfather", "aunt", "uncle", "stepmother", "stepfather",
    "widow", "widower", "fiancé", "fiancée",
];
const KIN_PLURALS: &[&str] = &[
    "sons", "daughters", "brothers", "sisters", "grandchildren", "children", "kids", "nieces", "nephews", "cousins", "grandsons", "granddaughters", "siblings", "stepchildren",
    "sons-in-law", "daughters-in-law", "brothers-in-law", "sisters-in-law", "parents", "grandparents", "twins",
];

/// True when the name at `span` is set off after a possessive and a noun for kin that its
/// sentence does not open with ("He brought his daughter, Marisol Pelk, along"; not "Her
/// husband, Tomas Velden, said"): a relative named inside a sentence about someone else.
fn kin_in_predicate(text: &str, span: Range) -> bool {
    let Some(kin) = kin_noun_before(text, span).filter(|k| KIN_NOUNS.contains(k)) else { return false };
    let before = text.get(..span.0).unwrap_or("");
    let Some(at) = before.rfind(kin) else { return false };
    let lead = &before[..at];
    let from = lead.rfind(['\n', '.', '?', '!', '"', '“', '”']).map_or(0, |k| k + lead[k..].chars().next().map_or(1, char::len_utf8));
    // (the words before the possessive: a verb or a preposition of someone else's sentence)
    let mut words: Vec<&str> = lead[from..].split_whitespace().collect();
    words.pop();
    words.iter().any(|w| w.starts_with(char::is_lowercase))
}

/// The noun for kin that the capitalised word at `span` follows as one of its first names:
/// "his wife, Rekha,", "her son, Devendra;", "her brothers Armand, Léo and Gilles",
/// "grandchildren Ashley, Kyle and Priya" (read back over the names listed before it). The
/// noun as printed, lower case in news.
fn kin_noun_before(text: &str, span: Range) -> Option<&str> {
    let after = text.get(span.1..).unwrap_or("");
    if !(after.is_empty() || after.starts_with([',', ';', '.', ')', ' '])) {
        return None;
    }
    let mut before = text.get(..span.0).unwrap_or("");
    // (at most eight names listed before it)
    for _ in 0..8 {
        let rest = [", and ", " and ", ", ", " "].iter().find_map(|j| before.strip_suffix(j))?;
        let joiner = before.len() - rest.len();
        let word = crate::text::last_piece(rest, b' ');
        // a plural noun lists its names with a comma or without ("her brothers Armand",
        // "children, Ana and Li"), a singular one sets its one name off ("his wife, Rekha")
        // (or, after a possessive, without the comma: "whose husband Tunde", "his wife Rekha")
        let owned = || {
            let mut head = rest[..rest.len() - word.len()].trim_end();
            let mut owner = crate::text::last_piece(head, b' ');
            // (past a word of age or order: "Dhuxo's youngest son Kibet", "her late husband Jim")
            if matches!(owner, "youngest" | "eldest" | "oldest" | "younger" | "older" | "late" | "baby" | "twin" | "infant") {
                head = head[..head.len() - owner.len()].trim_end();
                owner = crate::text::last_piece(head, b' ');
            }
            // (or after an age: "Forty-year-old mum Dhuxo")
            ["his", "her", "their", "whose", "my", "our"].iter().any(|d| owner.eq_ignore_ascii_case(d)) || owner.ends_with("'s") || owner.ends_with("’s") || ends_ascii_ci(owner, "-year-old")
        };
        if KIN_PLURALS.contains(&word) || (KIN_NOUNS.contains(&word) && (joiner == 2 || (joiner == 1 && owned()))) {
            return Some(word);
        }
        // an earlier name of the list, printed with a capital: read on before it
        if !word.starts_with(char::is_uppercase) || joiner == 1 {
            return None;
        }
        before = &rest[..rest.len() - word.len()];
    }
    None
}

/// The name whose noun for kin stands right before `span` ("Kevin's father Kev Marchetti",
/// "Ana's husband, Tom Reyes": "Kevin", "Ana").
fn kin_owner_before(text: &str, span: Range) -> Option<&str> {
    let before = text.get(..span.0)?.strip_suffix(' ')?.trim_end_matches(',');
    let kin = crate::text::last_piece(before, b' ');
    if !KIN_NOUNS.contains(&kin) {
        return None;
    }
    let owner = crate::text::last_piece(before.get(..before.len() - kin.len())?.trim_end(), b' ');
    crate::text::possessive_owner(owner).filter(|o| o.starts_with(char::is_uppercase))
}

/// The honorific printed right before `pos` ("Ms " of "Ms Seagren", "Mrs. " of "Mrs. Smith"),
/// read in the lower-cased text: the sex it gives, if any.
fn honorific_before(lc: &str, pos: usize) -> Option<Option<bool>> {
    let before = lc.get(..pos)?.strip_suffix(' ')?;
    honorific(before.rsplit(char::is_whitespace).next()?.trim_end_matches('.'))
}

/// True when " and " and a given name and surname follow `end`: "John and Brian Meza".
fn before_partner(text: &str, end: usize) -> bool {
    text.get(end..).and_then(|r| r.strip_prefix(" and ")).is_some_and(|r| {
        // (the given name ends no sentence or phrase: "Kyle and Priya. He")
        let mut words = r.split(' ');
        let cap = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
        let given = words.next();
        cap(given) && given.is_some_and(|g| g.chars().all(char::is_alphabetic)) && cap(words.next())
    })
}

/// True when the word at `span` ([`lone_first_word`]) is printed as a person's name: the
/// subject of a verb of saying ("Wendy said", "said Wendy") or after "named" ("an
/// instructor named Deb"), where it is no `surname`, and between commas after a noun for a
/// person, where it may be one ("Her husband, Dennis,", "A fifth grader, Anaya,").
fn named_alone(text: &str, lc: &str, span: Range, surname: bool) -> bool {
    let before = lc.get(..span.0).unwrap_or("");
    let after = text.get(span.1..).unwrap_or("");
    let word_before = crate::text::last_piece(before.trim_end_matches(' '), b' ');
    (!surname && (saying_after(lc, span.1) || (before.ends_with(' ') && matches!(word_before, "said" | "says" | "named" | "asked" | "added"))))
        || (after.starts_with(',')
            && before.strip_suffix(", ").is_some_and(|b| {
                let noun = crate::text::last_piece(b, b' ');
                crate::lexicon::names::is_person_noun(noun) || lexicon().is_title(noun)
            }))
}

/// True when `pronoun` is the subject of a main clause in `before` (the words of a
/// sentence before a name): it opens the sentence or a clause after a comma, and no
/// subordinator ("when she arrived, X said") opens that clause, where it could mean X.
fn subject_pronoun_before(before: &str, pronoun: &str) -> bool {
    // (the clauses of `before.split([',', ';', ':'])`, cut where `memchr3` finds those
    // ASCII bytes, character boundaries all: no character search over the sentence)
    let mut from = 0;
    let mut cuts = memchr::memchr3_iter(b',', b';', b':', before.as_bytes()).chain(std::iter::once(before.len()));
    cuts.any(|k| {
        let clause = before.get(from..k).unwrap_or("");
        from = k + 1;
        let mut words = clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
        let first = words.next();
        first == Some(pronoun) || (matches!(first, Some("and" | "but" | "yet" | "so")) && words.next() == Some(pronoun))
    })
}

/// True when a plural's apostrophe between words `before` and `after` lies inside an
/// organization's name, which goes on to its organization word: "the Ontario Nurses'
/// Association" (not a surname's possessive: "Bernie Sanders’ College for All Act").
pub(crate) fn plural_possessive_in_name(before: &str, after: &str) -> bool {
    before.ends_with('s') && !crate::lexicon::names::is_known_surname(before) && lexicon().org_words.contains(after)
}

/// True for the lowercase word after a name's hyphen that makes the name a modifier:
/// a participle or a word of likeness ("-trained", "-winning", "-style", "-type", "-like").
fn modifier_suffix(t: &str) -> bool {
    t.starts_with(char::is_lowercase)
        && (t.ends_with("ed") || t.ends_with("ing") || matches!(t, "style" | "type" | "like" | "esque" | "era" | "shirt" | "shirts" | "led" | "born"))
}

/// Whether the word `w` is printed somewhere right before a noun only a place's name
/// modifies ("Langford Mayor", "Pickering city council", "Whitby residents").
fn before_place_noun(text: &str, w: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).any(|at| {
        let whole = !text.get(..at).and_then(|b| b.chars().next_back()).is_some_and(char::is_alphanumeric);
        whole
            && text.get(at + w.len()..).and_then(|r| r.strip_prefix(' ')).is_some_and(|r| {
                let next = r.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                PLACE_NOUNS_AFTER.iter().any(|n| next.eq_ignore_ascii_case(n))
            })
    })
}

/// True when `a` and `b` (ASCII, lower case) differ by one letter changed, added, dropped or
/// swapped with its neighbour, and share their first letter.
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.first() != b.first() || a.len().abs_diff(b.len()) > 1 || !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    // (the common prefix, then the rest must match after one edit)
    let k = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[k..], &b[k..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// Nouns after a name that make it a municipality's (see [`before_place_noun`]).
const PLACE_NOUNS_AFTER: &[&str] = &["mayor", "council", "councillor", "councilor", "reeve", "residents", "township", "city"];

/// Nouns that make the name after their "of" a place's ("residents of Little Fort").
const LOCATIVE_BEFORE_OF: &[&str] = &[
    "residents", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts", "town", "city", "village", "hamlet",
    "community", "suburb", "township", "municipality", "shores", "banks", "mayor", "reeve",
];

/// First words of places' names that news rarely prints as a given name ("Fort Hood",
/// "Lake Winola", "Mount Vernon", "Cape Cod", "Camp David", "the South Shore").
const PLACE_FIRST_WORDS: &[&str] = &["Fort", "Ft.", "Lake", "Mount", "Mt.", "Port", "Cape", "Camp", "Lac", "Île", "St.", "Ste.", "Saint", "Sainte", "San", "Santa", "Grand", "Grande", "Pointe", "Co", "Co.",
    // (a region's compass word: "South Shore", "North Bay", "West End", "Upper Canada")
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower", "Central",
    // (a storm's name: "Hurricane Ike", "Tropical Storm Debby", "Typhoon Haiyan")
    "Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical",
    // (a street's first word in French, Spanish, Portuguese and Italian: "Rue Saint-Denis")
    "Rue", "Chemin", "Calle", "Avenida", "Rua", "Piazza", "Viale"];

/// What follows a firm's name, never a person's ("Goldman Sachs analyst", "Acme CEO"), as
/// printed; a word ends after it (not ", which": "a lead over Hillary Clinton, which could
/// grow" is about the lead; nor "shares" or "stock": "Clinton shares", "Bill Clinton's stock
/// answer").
const FIRM_NOUNS_AFTER: &[&str] = &[" analyst", " analysts", " economist", " economists", " CEO", " CFO"];

/// What precedes a firm's name and its "at" or "with", never a person's ("an analyst at
/// Morgan Stanley"), in lower case.
const FIRM_NOUNS_BEFORE: &[&str] = &["analyst", "analysts", "economist", "economists", "strategist", "strategists"];

/// Titles only a company or an institution has, never a person ("Apple CEO Tim
/// Cook", "Acme's founder"; "Trump adviser X" is a person's adviser, so no "adviser").
const CORPORATE_TITLES: &[&str] = &["ceo", "cfo", "coo", "cto", "chief executive", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "shareholders", "employees", "executives", "headquarters"];

/// The words before title `t` found at byte `at` (see [`corporate_heads`]), into `out`.
fn heads_before_title<'t>(text: &'t str, lc: &str, t: &str, at: usize, out: &mut crate::fasthash::FastSet<&'t str>) {
    // the title is a whole word ("CEO-designate" is not "CEO")
    let after = lc.get(at + t.len()..).and_then(|a| a.chars().next());
    if after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
        return;
    }
    let Some(before) = text.get(..at) else { return };
    for head in ["'s ", "’s ", " "].iter().filter_map(|p| before.strip_suffix(p)) {
        // the word before: every suffix of the last space-free chunk that starts after
        // a character no letter or digit, and the chunk itself
        let chunk_start = head.rfind(char::is_whitespace).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
        let chunk = &head[chunk_start..];
        for (i, _) in chunk.char_indices() {
            let w = &chunk[i..];
            if w.len() >= 2 && (i == 0 || !chunk[..i].chars().last().is_some_and(char::is_alphanumeric)) {
                out.insert(w);
            }
        }
    }
}

/// The words printed right before a title only a company has ("Apple CEO", "Apple's
/// founder"): a capitalised word among them is the article's company, not a surname printed
/// alone. Each word of two bytes or more that ends right before the title (or its "'s") and
/// starts after a character that is no letter or digit; `lc` is `text` in ASCII lowercase.
fn corporate_heads<'t>(text: &'t str, lc: &str) -> crate::fasthash::FastSet<&'t str> {
    let mut out = crate::fasthash::FastSet::default();
    let mut at_title = |t: &str, at: usize| heads_before_title(text, lc, t, at, &mut out);
    // every title's occurrences as a search for that title alone finds them (each after the
    // end of the one before), all titles in one pass over the text: the search finds the
    // next position where a title starts, every title starting there is read, and the
    // search goes on from the next byte
    static TITLES: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    let init = || aho_corasick::AhoCorasick::builder().match_kind(aho_corasick::MatchKind::LeftmostFirst).build(CORPORATE_TITLES).ok();
    match TITLES.get_or_init(init) {
        Some(ac) => {
            let hay = lc.as_bytes();
            let mut next = [0usize; CORPORATE_TITLES.len()];
            let mut from = 0;
            while let Some(m) = ac.find(aho_corasick::Input::new(hay).range(from..)) {
                let at = m.start();
                for (t, next) in CORPORATE_TITLES.iter().zip(next.iter_mut()) {
                    if at >= *next && hay.get(at..).is_some_and(|h| h.starts_with(t.as_bytes())) {
                        *next = at + t.len();
                        at_title(t, at);
                    }
                }
                from = at + 1;
            }
        }
        None => return corporate_heads_by_title(text, lc),
    }
    out
}

/// [`corporate_heads`] as one search per title, each title's occurrences from the end of
/// the one before (where the one-pass search cannot be built; the test's reference).
fn corporate_heads_by_title<'t>(text: &'t str, lc: &str) -> crate::fasthash::FastSet<&'t str> {
    let mut out = crate::fasthash::FastSet::default();
    for t in CORPORATE_TITLES {
        for at in memchr::memmem::find_iter(lc.as_bytes(), t.as_bytes()) {
            heads_before_title(text, lc, t, at, &mut out);
        }
    }
    out
}

/// False when the capitalised word `w` is shown by the article to be no name: it
/// is printed lowercase elsewhere ("good", "current"), it is a US state's or a
/// Canadian province's abbreviation ("Kan.", "Ont."), or a demonym ("French").
pub fn could_be_surname(text: &str, w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() || crate::lexicon::places::state_or_province(w).is_some() || crate::lexicon::places::is_demonym(w) {
        return false;
    }
    let lower = w.to_lowercase();
    if lower == w {
        return true;
    }
    // a lowercase use as a whole word
    !memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).take(256).any(|k| {
        let before = text.get(..k).and_then(|b| b.chars().last());
        let after = text.get(k + lower.len()..).and_then(|a| a.chars().next());
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The suffix a name ends with, without its stop ("Jr" of "Geoffrey Harrington Jr.").
fn name_suffix(name: &str) -> Option<&str> {
    crate::text::words(name).last().filter(|w| is_name_suffix(w)).map(|w| w.trim_end_matches([',', '.']))
}

/// "Jr.", "Sr.", "III", or letters for a degree or an honour ("QC", "OBE"): a suffix after a
/// surname.
fn is_name_suffix(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    matches!(w, "Jr" | "Sr" | "II" | "III" | "IV") || (w != "MP" && POSTNOMINALS.contains(&w))
}

/// Bytes of a possessive ending ("'s", "’s", or a bare apostrophe after s) on `w`.
fn possessive_len(w: &str) -> Option<usize> {
    // (every ending below ends with one of these bytes: "s", "S", "'" or the last of "’")
    if !matches!(w.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return None;
    }
    ["'s", "’s", "'S", "’S"].iter().find(|e| w.len() > e.len() && w.ends_with(*e)).map(|e| e.len()).or_else(|| {
        ["s'", "s’"].iter().find(|e| w.len() > e.len() + 1 && w.ends_with(*e)).map(|e| e.len() - 1)
    })
}

/// True when the sentence holding token `from` ends with a question mark (read up to the
/// next sentence's first token).
fn asks(toks: &[crate::segment::Token], is_start: &[bool], from: usize) -> bool {
    let end = (from + 1..toks.len()).find(|&k| is_start[k]).unwrap_or(toks.len());
    (from..end).rev().find(|&k| toks[k].kind == TokKind::Punct).is_some_and(|k| toks[k].is_punct('?'))
}

/// A sentence word that is also a common first name ("Will"): kept before a name.
fn keeps_first_name(w: &str) -> bool {
    crate::lexicon::names::first_name_gender(w).is_some_and(|g| g.count >= 5_000)
}

/// Offices a government gives a portfolio: "Health Minister", "Treasury Secretary",
/// "Police Commissioner".
const PORTFOLIO_TITLES: &[&str] = &["minister", "secretary", "commissioner"];

/// For a capitalised run printed before a government title ("Health" in "Health
/// Minister X", "Ontario Health", "U.S. Treasury"), the title with the portfolio in it
/// and the place before the portfolio, if any: the portfolio's words are common nouns
/// and adjectives ("Mental Health and Addictions"), none a name, an acronym or a place.
/// `None` when the run is an organization's name ("Labour Party Secretary").
fn portfolio_title(org: &str, title: &str) -> Option<(String, Option<String>)> {
    if !PORTFOLIO_TITLES.iter().any(|t| title.eq_ignore_ascii_case(t)) {
        return None;
    }
    let words: Vec<&str> = org.words().collect();
    // the longest run of words opening it that names a place ("New Brunswick Health")
    let place_words = (1..words.len()).rev().find(|&n| crate::lexicon::places::place_kind(&words[..n].join(" ")).is_some()).unwrap_or(0);
    let portfolio = &words[place_words..];
    // (a plural's singular counts: "Addictions"; a party's word does not: "Labour Party")
    let common_noun = |w: &str| crate::lexicon::names::is_common_word(w) || w.strip_suffix('s').is_some_and(crate::lexicon::names::is_common_word);
    let common = |w: &&str| {
        matches!(*w, "and" | "&")
            || (w.chars().next().is_some_and(char::is_uppercase) && !is_acronym(w) && common_noun(w) && crate::lexicon::places::place_kind(w).is_none() && !crate::lexicon::names::is_party_or_creed(w) && *w != "Party")
    };
    if portfolio.is_empty() || !portfolio.iter().all(common) || matches!(portfolio.first(), Some(&"and" | &"&")) {
        return None;
    }
    let place = (place_words > 0).then(|| words[..place_words].join(" "));
    Some((format!("{} {title}", portfolio.join(" ")), place))
}

/// True when `s` is only a title or honorific ("Lt.", "Sen."): no organization.
fn is_title_word(s: &str) -> bool {
    let l = crate::text::lower(s);
    let lex = lexicon();
    l.words().all(|w| lex.titles.contains(w) || lex.is_elect_title(w) || honorific(w).is_some() || lex.title_abbrev.contains_key(w))
}

/// Lowercase words that may qualify a title before a name ("former", "high school math").
static TITLE_STOP: crate::fasthash::WordSet = crate::fasthash::WordSet::new(&[
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "and", "or", "but", "that",
    "this", "who", "which", "said", "says", "told", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "his", "her", "their", "its", "our", "my", "your", "when", "while", "after", "before", "than", "then", "if",
    "not", "no", "also", "into", "about", "over", "under", "between", "against", "like", "including", "according",
    // (a verb's particle: "took down businessman X")
    "up", "down", "out", "off", "back", "away",
]);

/// Common nouns for an organization that may stand right before its name ("the
/// advocacy group Nurses for Clean Water").
static ORG_NOUNS: crate::fasthash::WordSet = crate::fasthash::WordSet::new(&[
    "group", "organization", "organisation", "coalition", "nonprofit", "charity", "association", "company",
    "firm", "startup", "union", "agency", "network", "publisher", "label", "committee", "foundation",
    "watchdog", "movement", "campaign", "alliance", "collective", "consortium",
]);

/// Businesses by their trade, before their name ("consultancy Wood Mackenzie", "the
/// low-cost airline Spirit"): a first word a few hundred were given is no given name there.
static TRADE_NOUNS: crate::fasthash::WordSet = crate::fasthash::WordSet::new(&[
    "airline", "consultancy", "carmaker", "automaker", "retailer", "insurer", "lender", "brokerage",
    "chipmaker", "manufacturer", "utility", "broadcaster", "newspaper", "supermarket", "conglomerate",
    "bank", "studio", "website",
    // (the press: "the daily Nasha Pravda said", "the news magazine Spiegel reported")
    "daily", "weekly", "tabloid", "magazine", "newsmagazine", "broadsheet", "newswire", "outlet", "portal", "channel",
]);

/// True for a business's trade printed before its name ("brokerage", "website", "airline").
pub(crate) fn is_trade_noun(w: &str) -> bool {
    TRADE_NOUNS.contains(w)
}

/// Titles held for a party ("Liberal health critic", "Conservative MP", "Democratic nominee"):
/// a party's name opening the sentence before one is the organization, not a field of work.
const PARTISAN_TITLES: &[&str] = &[
    "critic", "mp", "mpp", "mla", "mep", "msp", "mna", "leader", "candidate", "nominee", "hopeful", "strategist", "operative", "whip", "senator",
    "lawmaker", "legislator", "congressman", "congresswoman", "councillor", "councilor", "chairman", "chairwoman", "chair", "delegate", "incumbent", "challenger",
];

/// Lowercase nouns that may qualify a capitalised title before a name: the jurisdiction
/// or body the office is of ("state schools Superintendent", "county Commissioner",
/// "campaign Chairman").
const OFFICE_QUALIFIERS: &[&str] = &[
    "state", "county", "city", "district", "provincial", "federal", "municipal", "regional", "town", "village", "tribal", "national",
    "school", "schools", "party", "campaign", "council", "board", "police", "fire", "court", "union", "assembly", "house", "senate",
];

/// A capitalised title and the capitalised words before it ("Former Galveston Mayor",
/// "Finance Director"): a modifier such as "Former" opening them belongs to the title, and so
/// does one word news prints in lower case that the article never prints capitalised after a
/// lowercase word (a department's field: "Finance Director", "Parks Director"; not "Apple CEO"
/// where Apple is named elsewhere, nor a place or an organization's word).
fn title_and_body(text: &str, mut title: String, org: Option<&str>) -> Role {
    let mut org = org;
    // ("Former President": the modifier alone, no body left)
    if let Some((first, rest)) = org.map(|o| o.split_once(' ').unwrap_or((o, ""))) {
        if TITLE_MODIFIERS.iter().any(|m| first.eq_ignore_ascii_case(m)) {
            title = format!("{} {title}", first.to_lowercase());
            org = Some(rest.trim_start()).filter(|r| !r.is_empty());
        }
    }
    // ("Neither Speaker", "Well, Senator", "Enter President": a sentence's first word, an
    // adverb, a determiner or an imperative, no field and no body)
    const OPENERS: &[&str] = &["neither", "either", "both", "well", "so", "now", "then", "also", "even", "still", "yet", "meanwhile", "like", "unlike", "enter", "recall", "remember", "meet", "ask", "thank", "thanks", "please", "dear", "hey", "oh", "yes", "no"];
    if org.is_some_and(|o| is_not_name(o) || OPENERS.iter().any(|w| o.eq_ignore_ascii_case(w))) {
        return Role { title, organization: None };
    }
    if let Some(o) = org.filter(|o| !o.contains(' ')) {
        let field = crate::lexicon::names::is_common_word(o)
            && !capitalised_mid_sentence(text, o)
            && !is_acronym(o)
            && !lexicon().org_words.contains(o)
            && crate::lexicon::places::place_kind(o).is_none()
            && !crate::lexicon::places::is_demonym(o)
            && !crate::lexicon::names::is_party_or_creed(o);
        if field {
            title = format!("{o} {title}");
            org = None;
        }
    }
    Role { title, organization: org.map(str::to_string) }
}

/// Words that make a title "former" or "acting" and stay with it.
const TITLE_MODIFIERS: &[&str] = &["former", "acting", "interim", "then", "outgoing", "incoming", "retired", "longtime", "veteran"];

/// Capitalised words that open a title rather than name a body: "Crown attorney" (the
/// Commonwealth's public prosecutor), "PhD candidate".
const CAPITALISED_TITLE_WORDS: &[&str] = &["Crown", "PhD", "Ph.D.", "MBA"];

/// The roles printed right before a name starting at token `i`: one or more
/// lowercase titles ("spokeswoman", "founder and co-CEO", "high school math
/// teacher") and the capitalised organization before them ("Wild coach",
/// "State Department official"); a place at that organization's end names the
/// title's field ("former White House Russia adviser": title "former Russia
/// adviser" at "White House").
// (always: as `inline` the compiler kept it a call, with its frame, for every capitalised run)
#[inline(always)]
fn role_before(text: &str, lc: &str, toks: &[crate::segment::Token], i: usize, is_start: &[bool]) -> Vec<Role> {
    // (tested where the name is read: most names follow no lowercase title, and are turned
    // away without a call to the reading below and the setting up of its frame)
    let lower_word = |x: usize| toks[x].kind == TokKind::Word && !toks[x].is_capitalized();
    // ("critic" only right before a name: "Liberal immigration critic X"; "a critic of X"
    // names no office)
    let title = |x: usize| {
        let w = lc.get(toks[x].start..toks[x].end).unwrap_or("");
        lexicon().is_title(w) || w == "critic"
    };
    if i == 0 || !lower_word(i - 1) || !title(i - 1) {
        return Vec::new();
    }
    roles_before_title(text, lc, toks, i, is_start)
}

/// [`role_before`] of a name after a lowercase title (token `i - 1`).
#[inline(never)]
fn roles_before_title(text: &str, lc: &str, toks: &[crate::segment::Token], i: usize, is_start: &[bool]) -> Vec<Role> {
    let lex = lexicon();
    let lw = |x: usize| lc.get(toks[x].start..toks[x].end).unwrap_or("");
    let lower_word = |x: usize| toks[x].kind == TokKind::Word && !toks[x].is_capitalized();
    // lowercase words back from the name: titles, "and" between titles, qualifiers
    let mut b = i - 1;
    let mut n = 1;
    while b > 0 && n < 5 && lower_word(b - 1) {
        let w = lw(b - 1);
        let ok = if w == "and" {
            b >= 2 && lower_word(b - 2) && lex.is_title(lw(b - 2))
        } else {
            !TITLE_STOP.contains(w) && !lex.cues.contains_key(w) && !(w.ends_with("ly") && w.len() > 4) && !(w.ends_with("ed") && w.len() > 4) && !lex.past_verbs.contains(w)
        };
        if !ok {
            break;
        }
        b -= 1;
        n += 1;
    }
    // a capitalised organization right before them ("NASA's" counts, its 's dropped)
    // (with a union local's number, "Unifor Local 1285", and a particle between capitalised
    // words, "Université de Montréal", "Court of Appeal")
    let inner = |x: usize| {
        x >= 1
            && toks[x - 1].is_capitalized()
            && ((toks[x].kind == TokKind::Punct && matches!(toks[x].first, '&' | '-'))
                || (toks[x].kind == TokKind::Number && toks[x - 1].text(text) == "Local")
                || (lower_word(x) && matches!(lw(x), "de" | "du" | "des" | "of" | "la")))
    };
    let mut o = b;
    while o > 0 && (toks[o - 1].is_capitalized() || inner(o - 1)) {
        o -= 1;
        if is_start.get(o).copied().unwrap_or(false) {
            break;
        }
    }
    let mut modifiers: Vec<&str> = Vec::new();
    // "former White House Russia adviser": a lowercase modifier before the organization
    if o < b && o > 0 && TITLE_MODIFIERS.contains(&lw(o - 1)) {
        modifiers.push(toks[o - 1].text(text));
    }
    // "High school math teacher", "Senior author": one capitalised common word opening
    // the sentence belongs to the title
    let mut lead: Option<String> = None;
    // (a word news prints in lower case, a compound: "Oscar-winning actress", a gerund
    // that is no name: "Cycling advocate", "Housing minister", or a noun for a person:
    // "Patient advocate"; "Leafs head coach" names the team, "Liberal health critic" the
    // party, but "Labour economist" a field; "Wildfire scientist" where the article prints
    // "wildfire" in lower case)
    let gerund = |w: &str| w.len() > 5 && w.ends_with("ing") && no_name_word(w);
    if b - o == 1 && is_start.get(o).copied().unwrap_or(false) && !matches!(lw(o), "his" | "her" | "their" | "its" | "our" | "my" | "your" | "the" | "this" | "that" | "these" | "those") && (crate::lexicon::names::is_common_word(toks[o].text(text)) || toks[o].text(text).contains('-') || gerund(toks[o].text(text)) || crate::lexicon::names::is_person_noun(lw(o)) || crate::text::contains_word(text, lw(o))) && !capitalised_mid_sentence(text, toks[o].text(text)) && !is_acronym(toks[o].text(text)) && !lex.org_words.contains(toks[o].text(text)) && crate::lexicon::places::place_kind(toks[o].text(text)).is_none() && !(PARTISAN_TITLES.contains(&lw(i - 1)) && crate::lexicon::names::is_party_or_creed(toks[o].text(text))) {
        lead = Some(lw(o).to_string());
        o = b;
    }
    // leading "Former"/"Acting" of the organization run, and opening sentence words, are not its name
    while o < b && (TITLE_MODIFIERS.contains(&lw(o)) || is_not_name(toks[o].text(text))) {
        if TITLE_MODIFIERS.contains(&lw(o)) {
            modifiers.push(toks[o].text(text));
        }
        o += 1;
    }
    let mut org: Option<String> = None;
    let mut topic: Option<&str> = None;
    if o < b {
        let mut oe = b; // exclusive token end of the organization
        // a place at the end of a longer organization run is the title's field ("NASA Mars
        // scientist"), unless the run is one place's name ("New York businessman") or a
        // person's with a middle initial ("George W. Bush speechwriter")
        let one_place = || text.get(toks[o].start..toks[b - 1].end).is_some_and(|run| crate::lexicon::places::place_kind(run).is_some());
        let initial = || toks[b - 2].text(text).trim_end_matches('.').len() == 1;
        // ("Environment Canada meteorologist", "Statistics Canada economist": a common noun
        // and a country are a government body's name)
        let national_body = || b - o == 2 && crate::lexicon::names::is_common_word(toks[o].text(text)) && crate::lexicon::places::place_kind(toks[b - 1].text(text)) == Some(crate::lexicon::places::PlaceKind::Country);
        // (nor after a particle: "Université de Montréal", "University of Toronto")
        if b - o >= 2 && crate::lexicon::places::place_kind(toks[b - 1].text(text)).is_some() && !one_place() && !initial() && !national_body() && !lower_word(b - 2) {
            topic = text.get(toks[b - 1].start..toks[b - 1].end);
            oe = b - 1;
        }
        let os = toks[o].start;
        let mut oend = toks[oe - 1].end;
        if let Some(c) = possessive_len(toks[oe - 1].text(text)) {
            oend -= c;
        }
        // "Oscar-winning actress": an adjective, not an organization
        org = text.get(os..oend).map(str::to_string).filter(|s| !s.is_empty() && !is_title_word(s) && !s.rsplit('-').next().is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase)));
        // "Crown attorney", "PhD candidate": a capitalised word of the title itself
        if let Some(w) = org.as_deref().filter(|w| CAPITALISED_TITLE_WORDS.contains(w)) {
            lead = Some(w.to_string());
            org = None;
        }
    }
    let titles_text = text.get(toks[b].start..toks[i - 1].end).unwrap_or("");
    let mut out = Vec::new();
    for part in titles_text.split(" and ") {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let mut t = String::new();
        for m in &modifiers {
            t.push_str(&m.to_lowercase());
            t.push(' ');
        }
        if let Some(tp) = topic {
            t.push_str(tp);
            t.push(' ');
        }
        if let Some(l) = &lead {
            t.push_str(l);
            t.push(' ');
        }
        t.push_str(part);
        out.push(Role { title: lex.full_title(&t), organization: org.clone() });
    }
    out
}

/// True when `w`, capitalised at a sentence's start, reads as a noun for someone's trade
/// or part ("Shopkeeper", "Organizer", "Cyclist", "Librarian"): an agent noun's ending,
/// rare as a first name, no known surname, no title, and printed capitalised nowhere
/// mid-sentence.
fn occupation_shaped(text: &str, w: &str) -> bool {
    occupation_ending(w) && !capitalised_mid_sentence(text, w)
}

/// Endings of nouns for a trade or a part people take ("shopkeeper", "teacher", "activist",
/// "librarian", "resident", "cattleman").
const TRADE_ENDINGS: &[&str] = &["keeper", "er", "or", "ist", "ian", "ant", "ent", "eer", "man"];

/// [`occupation_shaped`] by the word alone: a trade's ending, no name word, no title.
pub(crate) fn occupation_ending(w: &str) -> bool {
    // (the ending first: most words have none)
    // ("Evacuee Stefanie Brown", "Retiree Ann Cole": "-ee", one who undergoes, too)
    w.len() >= 6
        && (trade_ending(w) || (w.len() >= 7 && ends_ascii_ci(w, "ee")))
        && no_name_word(w)
        && crate::lexicon::places::place_kind(w).is_none()
        // (a title stays one: "Co-moderator Andrea Mitchell")
        && !crate::attribute::lexicon::lexicon().is_title(&w.to_lowercase())
}

/// True when `w`, longer than the ending, ends with one of [`TRADE_ENDINGS`] (ASCII case
/// ignored: "Baker", "Keeper").
pub(crate) fn trade_ending(w: &str) -> bool {
    TRADE_ENDINGS.iter().any(|e| ends_ascii_ci(w, e))
}

/// True when `w`, longer than `e`, ends with `e`, ASCII case ignored.
fn ends_ascii_ci(w: &str, e: &str) -> bool {
    w.len() > e.len() && w.as_bytes()[w.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
}

/// True when `w` is no one's name by the lexicons: no surname, and a first name of fewer
/// than 100 births if one at all ("Cycling", "Shopkeeper").
fn no_name_word(w: &str) -> bool {
    first_name_births(w) < 100 && !crate::lexicon::names::is_known_surname(w)
}

/// True when `w`, capitalised to open a sentence, is a plural with an ending for people
/// ("Evacuees", "Moviegoers", "Librarians") that is no surname, no organization's word and
/// never capitalised mid-sentence or after "the" in `text`: people, whatever word lists hold
/// it ("Sanders", "Reuters" and the "Oilers" of a team the article names are not).
pub(crate) fn people_plural_opening(text: &str, w: &str) -> bool {
    // (a trade's ending, or "-ee", then the plural's "s")
    w.len() > 5
        && w.chars().skip(1).all(char::is_lowercase)
        && w.strip_suffix('s').is_some_and(|one| one.ends_with("ee") || TRADE_ENDINGS.iter().any(|e| one.ends_with(e)))
        && !crate::lexicon::names::is_known_surname(w)
        && !lexicon().org_words.contains(w)
        && !capitalised_mid_sentence(text, w)
        && !after_the(text, w)
}

/// True when `text` prints the word `w` right after "the" or "The": a name there ("The
/// Oilers won").
fn after_the(text: &str, w: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).take(64).any(|k| {
        let before = text.get(..k).unwrap_or("");
        let whole = text.get(k + w.len()..).and_then(|r| r.chars().next()).is_none_or(|c| !c.is_alphanumeric());
        whole && (before.ends_with("the ") || before.ends_with("The "))
    })
}

/// True when `w` is printed capitalised somewhere after a lowercase word (so it is a
/// name there, not a sentence's first word): "the Wild's win" for "Wild".
pub(crate) fn capitalised_mid_sentence(text: &str, w: &str) -> bool {
    let mid_sentence = |k: usize| {
        let before = text.get(..k).unwrap_or("");
        let end_ok = text.get(k + w.len()..).and_then(|r| r.chars().next()).is_none_or(|c| !c.is_alphanumeric());
        let prev_word = crate::text::last_piece(before.trim_end(), b' ');
        // (a word ending a sentence is no lowercase word before it: "last season. Star")
        let ends_sentence = prev_word.ends_with(['.', '!', '?', ':', '"', '”']);
        end_ok && before.ends_with(' ') && ((prev_word.chars().next().is_some_and(char::is_lowercase) && !ends_sentence) || prev_word.ends_with(','))
    };
    // (the article searched by memmem's vector search rather than std's two-way searcher,
    // set up anew for each word: the same matches, leftmost first, none overlapping)
    if w.is_empty() {
        return text.match_indices(w).take(64).any(|(k, _)| mid_sentence(k));
    }
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).take(64).any(mid_sentence)
}


/// True for a word shaped like a name: a capital, then lowercase letters, with
/// apostrophes, hyphens between capitals ("Smith-Jones") and Mc, Mac, Le, De and the like
/// allowed;
/// "DoNotRecognize", "Taliban-ruled" and "NATO" are not.
fn name_shaped(w: &str) -> bool {
    // (most words asked are ASCII: read byte by byte, with no character decoding and no
    // Unicode tables; the answer is that of `name_shaped_chars`, as a test checks)
    if !w.is_ascii() {
        return name_shaped_chars(w);
    }
    let b = w.as_bytes();
    let b = &b[..b.iter().rposition(u8::is_ascii_alphanumeric).map_or(0, |k| k + 1)];
    let body = [&b"Mac"[..], b"Mc", b"Le", b"La", b"De", b"Di", b"Da", b"al-", b"el-"]
        .iter()
        .find_map(|p| b.strip_prefix(*p).filter(|r| r.first().is_some_and(u8::is_ascii_uppercase)))
        .unwrap_or(b);
    let Some((&first, rest)) = body.split_first() else { return false };
    if !first.is_ascii_uppercase() {
        return false;
    }
    let mut prev = first;
    for &c in rest {
        let ok = if c.is_ascii_uppercase() {
            matches!(prev, b'-' | b'\'')
        } else if matches!(c, b'-' | b'\'' | b'.') {
            true
        } else if prev == b'-' {
            false
        } else {
            c.is_ascii_alphabetic()
        };
        if !ok {
            return false;
        }
        prev = c;
    }
    true
}

/// [`name_shaped`] for any text, a character at a time.
fn name_shaped_chars(w: &str) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    // ("MacDonald", "McLister", "LeBlanc", "DeSantis", "DiCaprio"; "Macklem", "Mace",
    // "Leblanc" are plain names; "DuPont", "VanEck" are firms; "al-Hamid", "el-Tayeb": an
    // Arabic article joined to a surname)
    let body = ["Mac", "Mc", "Le", "La", "De", "Di", "Da", "al-", "el-"]
        .iter()
        .find_map(|p| w.strip_prefix(p).filter(|b| b.starts_with(char::is_uppercase)))
        .unwrap_or(w);
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

/// The first word of a full name of two words or more ("Maria" of "Maria Lopez").
pub(crate) fn full_first_name(full: &str) -> Option<&str> {
    let mut words = full.words();
    let first = words.next()?;
    words.next().map(|_| first)
}

/// "J.", "J.K.", "A.J.": one to three capital letters, each with its period.
fn initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len()) && b.len() % 2 == 0 && b.chunks(2).all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

fn is_acronym(w: &str) -> bool {
    // (ASCII words, most, by bytes: no character decoding and no Unicode tables; from a
    // byte beyond ASCII on, the word is read again by characters, `is_acronym_chars`)
    let mut letters = 0;
    for &b in w.as_bytes() {
        if b >= 0x80 {
            return is_acronym_chars(w);
        }
        if b.is_ascii_alphabetic() {
            if !b.is_ascii_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    letters >= 2
}

/// [`is_acronym`] by characters: at least two letters, every one a capital.
fn is_acronym_chars(w: &str) -> bool {
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
    // the byte lengths of the wanted words, a bit each (63 for any longer): a word of no such
    // length is passed over unsliced
    let lengths = want.iter().fold(0u64, |m, w| m | (1 << w.len().min(63)));
    for p in body {
        if want.is_empty() {
            break;
        }
        let mut starts = p.sentences.iter().map(|s| s.start).peekable();
        for (i, t) in p.tokens.iter().enumerate() {
            if !t.is_capitalized() || lengths & (1 << (t.end - t.start).min(63)) == 0 {
                continue;
            }
            while starts.next_if(|&s| s < i).is_some() {}
            // (a first name opening a sentence before another capitalised word is a name's
            // capital too: "Joseph Many Grey Horses, a Blackfoot elder, has died")
            let opens_name = || p.tokens.get(i + 1).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized() && n.start == t.end + 1) && first_name_like(t.text(text));
            if (starts.peek() == Some(&i) || (i > 0 && p.tokens[i - 1].kind == TokKind::Quote)) && !opens_name() {
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

/// "first name 'Dana' (0.97 female)": what `format!("first name '{first}' ({share:.2}
/// female)")` writes, built by hand (most people's gender evidence is one of these or
/// [`pronoun_evidence`]; `format!`, with its float printing, cost a thousand instructions
/// a person). `{:.2}` rounds the exact value half to even; `share * 100` is exact in an
/// f64 (24 bits of mantissa times 7), so rounding it the same way gives the same digits.
fn share_evidence(first: &str, share: f32) -> String {
    // (a share off 0..=1, NaN or -0.0 is left to `format!`)
    if !(0.0..=1.0).contains(&share) || share.is_sign_negative() {
        return format!("first name '{first}' ({share:.2} female)");
    }
    let n = (f64::from(share) * 100.0).round_ties_even() as u8;
    let digits = [b'0' + n / 100, b'.', b'0' + n / 10 % 10, b'0' + n % 10];
    ["first name '", first, "' (", std::str::from_utf8(&digits).unwrap_or_default(), " female)"].concat()
}

/// True when the name at byte `at` of `lc` follows "like a" or "like an" and up to two
/// words in lower case ("hugging a fan like a cheerful Al Roker"): a likeness, no one a later
/// pronoun stands for ("experts like Paul Bauman" gives an example, who may speak).
fn after_like(lc: &str, at: usize) -> bool {
    let before = lc.get(at.saturating_sub(48)..at).unwrap_or("");
    // (most names follow no "like": one search of a few bytes decides)
    if crate::text::find_short(before, "like ").is_none() {
        return false;
    }
    let mut words = before.trim_end().rsplit(' ');
    for _ in 0..3 {
        match words.next() {
            Some("a" | "an") => return words.next() == Some("like"),
            Some(w) if !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-') => {}
            _ => return false,
        }
    }
    false
}

/// "pronoun 'she/her' after 2 of 3 mentions", as `format!` writes it (see [`share_evidence`]).
fn pronoun_evidence(pronouns: &str, n: u32, mentions: usize) -> String {
    let (mut a, mut b) = (itoa::Buffer::new(), itoa::Buffer::new());
    ["pronoun '", pronouns, "' after ", a.format(n), " of ", b.format(mentions), " mentions"].concat()
}

/// True for a man's compound naming a post, which British, Irish and Asian papers print
/// for women too: "chairman", "spokesman", "congressman" (a stem of four letters at least:
/// not "woman", "madman").
fn post_compound(title: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or(title);
    last.len() >= 7 && last.get(last.len() - 3..).is_some_and(|s| s.eq_ignore_ascii_case("man"))
}

/// The sex a gendered title of `p` gives ("spokeswoman", "chairman", "actress"), with the
/// evidence in words.
fn title_gender(p: &PersonName) -> Option<(Gender, String)> {
    p.roles.iter().find_map(|r| match crate::resolve::noun_gender(&crate::text::lower(&r.title)) {
        (g @ (Gender::Female | Gender::Male), _, Some(ev)) => Some((g, ev)),
        _ => None,
    })
}

/// Where a phrase fronted before a sentence's subject ends (after its comma), when the
/// sentence at `start` opens with a participle or a preposition ("Considering the story
/// surrounding Tom Morris, Beveridge was wary", "After meeting Ruiz, Voss said") and the
/// comma comes before `limit`. Not a clause of its own, whose subjects are subjects too
/// ("While Obama had ..., that has not been happening for Clinton").
fn fronted_end(lc: &str, start: usize, limit: usize) -> Option<usize> {
    let rest = lc.get(start..limit.min(lc.len()))?;
    let first = rest.split(|c: char| !c.is_alphanumeric()).next()?;
    let opens = (first.len() > 4 && first.ends_with("ing") && first != "according")
        || matches!(first, "after" | "before" | "despite" | "following" | "amid" | "during" | "beside" | "alongside" | "unlike" | "like" | "with" | "without");
    if !opens {
        return None;
    }
    let k = crate::text::find_short(rest, ", ")?;
    Some(start + k + 2)
}

/// True for a month's name that is a given name or a surname too ("May", "June", "April",
/// "August"), as printed or in lower case.
pub(crate) fn month_also_a_name(w: &str) -> bool {
    matches!(w, "May" | "June" | "April" | "August" | "may" | "june" | "april" | "august")
}

/// The sex of a possessive pronoun ("her", "his") before token `i`, with one or two
/// lower-case words between, the last of them maybe followed by a comma ("Her coach
/// Stefan Vukov", "his longtime agent, Tom Reyes"): true for "her".
fn owner_before(lc: &str, toks: &[crate::segment::Token], i: usize) -> Option<bool> {
    let mut k = i.checked_sub(1)?;
    if toks[k].kind == TokKind::Punct && toks[k].first == ',' {
        k = k.checked_sub(1)?;
    }
    // (most names follow no such words: a word's kind, case and length are read first, its
    // bytes only for the three-letter words "her" and "his")
    for words in 0..3 {
        let t = &toks[k];
        if t.kind != TokKind::Word {
            return None;
        }
        if words > 0 && t.end - t.start == 3 {
            match lc.as_bytes().get(t.start..t.end) {
                Some(b"her") => return Some(true),
                Some(b"his") => return Some(false),
                _ => {}
            }
        }
        if t.is_capitalized() {
            return None;
        }
        k = k.checked_sub(1)?;
    }
    None
}

/// For "him", or "her" as an object (no noun after it), after a verb: where the verb's
/// subject may end, [right before the verb, before an appositive between commas]
/// ("Belanger described him", "A friend of his, Belanger, thanked her"; adverbs and
/// auxiliaries between are skipped: "Belanger had long admired him"). A verb of saying
/// with "of", "about" or "to" counts as the verb ("Ruiz spoke about him").
fn object_of_clause(lc: &str, toks: &[crate::segment::Token], i: usize) -> Option<[usize; 2]> {
    const NOT_VERB: &[&str] = &[
        "to", "of", "for", "with", "about", "at", "on", "in", "by", "from", "and", "or", "but", "than", "like", "that", "as", "into", "onto",
        "upon", "without", "against", "among", "between", "behind", "before", "after", "beside", "near", "toward", "towards", "under",
        "over", "through", "around", "is", "was", "be", "been", "were", "are", "if", "when", "because", "whether", "unlike", "including",
    ];
    const AFTER_OBJECT_HER: &[&str] = &[
        "as", "to", "that", "for", "of", "in", "on", "at", "with", "about", "from", "into", "and", "or", "but", "because", "after",
        "before", "when", "if", "back", "up", "out", "down", "again", "too", "last", "this", "by", "so", "not", "what", "how", "why",
    ];
    let word = |k: usize| toks.get(k).and_then(|t| lc.get(t.start..t.end)).unwrap_or("");
    match word(i) {
        "him" => {}
        "her" => {
            let next = toks.get(i + 1);
            if next.is_some_and(|t| t.kind == TokKind::Word && !AFTER_OBJECT_HER.contains(&word(i + 1))) {
                return None;
            }
        }
        _ => return None,
    }
    let lex = lexicon();
    let mut v = i.checked_sub(1)?;
    let is_lower_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized());
    if !is_lower_word(v) {
        return None;
    }
    if matches!(word(v), "of" | "about" | "to") {
        v = v.checked_sub(1)?;
        if !is_lower_word(v) || !lex.cues.contains_key(word(v)) {
            return None;
        }
    } else if matches!(word(v), "with" | "against" | "at" | "toward" | "towards" | "from" | "behind" | "beside") {
        // (a past tense and its preposition: "Grewal disagreed with him", "sided against her")
        v = v.checked_sub(1)?;
        let w = word(v);
        if !is_lower_word(v) || NOT_VERB.contains(&w) || !(lex.past_verbs.contains(w) || (w.len() > 4 && w.ends_with("ed"))) {
            return None;
        }
    } else if NOT_VERB.contains(&word(v)) {
        return None;
    }
    let mut k = v.checked_sub(1)?;
    while lex.adverbs.contains(word(k)) {
        k = k.checked_sub(1)?;
    }
    let t = toks.get(k)?;
    if t.kind == TokKind::Punct && word(k) == "," {
        let before = toks.get(k.checked_sub(1)?)?;
        // the comma before an appositive, within the clause
        let open = (k.saturating_sub(30)..k.saturating_sub(1))
            .rev()
            .take_while(|&j| !matches!(word(j), "." | ";" | "?" | "!") && toks[j].kind != TokKind::Quote)
            .find(|&j| word(j) == ",")
            .and_then(|j| j.checked_sub(1))
            .map_or(usize::MAX, |j| toks[j].end);
        return Some([before.end, open]);
    }
    matches!(t.kind, TokKind::Word | TokKind::Number).then_some([t.end, usize::MAX])
}

/// True when the word after the determiner at `det` ("the", "a", "an"), or after one
/// lowercase word more ("the injured driver"), is a lowercase noun for one person, possessive
/// or not ("the victim's", "a resident"; [`crate::lexicon::names::is_person_noun`]). Not a
/// title: "the senator" after a senator's name is most often that senator.
fn person_noun_after(lc: &str, toks: &[crate::segment::Token], det: usize) -> bool {
    let word = |k: usize| toks.get(k).filter(|t| t.kind == TokKind::Word && !t.is_capitalized()).and_then(|t| lc.get(t.start..t.end));
    let noun = |w: &str| {
        let w = crate::text::possessive_owner(w).unwrap_or(w);
        crate::lexicon::names::is_person_noun(w)
    };
    word(det + 1).is_some_and(|w| noun(w) || word(det + 2).is_some_and(noun))
}

/// Pronouns (female, male) that open the clause a person's own verb of saying reports:
/// "Dunford said he was relieved", "Beaulieu says that she expected" (the subject of what
/// one says is most often oneself).
fn own_clause_pronouns(text: &str, p: &PersonName) -> (u32, u32) {
    const SAYING: &[&str] = &["said", "says", "added", "adds", "explained", "noted", "insisted", "argued", "stated", "wrote", "acknowledged", "admitted"];
    let (mut f, mut m) = (0, 0);
    for &(_, e) in p.occurrences.iter().take(200) {
        // (the three words after the name, read lazily)
        let mut w = text.get(e..).unwrap_or("").words();
        if !w.next().is_some_and(|v| SAYING.contains(&v)) {
            continue;
        }
        let mut next = w.next().unwrap_or("");
        if next == "that" {
            next = w.next().unwrap_or("");
        }
        // ("she'd", "he’s")
        let next = next.split(['\'', '\u{2019}']).next().unwrap_or(next);
        match next {
            "she" => f += 1,
            "he" => m += 1,
            _ => {}
        }
    }
    (f, m)
}

/// The sex a gendered noun describing `p` gives, with the evidence in words: in an
/// appositive after a mention ("Dana Holt, 34, a mother of three"; "Holt, one of the first
/// women elected"), after "is"/"was" ("Holt is the first woman to ..."), or before it after a
/// possessive ("her husband, Tom Reyes"; "Reyes's wife Ana"). Only the words before a
/// preposition or relative pronoun are read ("a lawyer for the man" says nothing of the lawyer);
/// a plural ("women") only after "one of".
fn described_gender(text: &str, p: &PersonName) -> Option<(Gender, String, String)> {
    const STOP: &[&str] = &["of", "for", "to", "at", "in", "on", "with", "from", "by", "who", "whose", "that", "which", "and", "or", "but", "said", "says"];
    // one plain word ("wife." ends a sentence, "father-and-daughter" is no one's noun)
    let noun = |w: &str, plural_ok: bool| -> Option<Gender> {
        if !w.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        match crate::resolve::noun_gender(w) {
            (g @ (Gender::Female | Gender::Male), ..) if plural_ok || !matches!(w, "women" | "men") => Some(g),
            _ => None,
        }
    };
    // the words of a description that opens `s`, up to its first stop
    let head = |s: &str| -> Option<(Gender, String)> {
        let s = s.trim_start();
        let (rest, plural_ok) = match s.strip_prefix("one of the ").or_else(|| s.strip_prefix("one of ")) {
            Some(r) => (r, true),
            None => (s.strip_prefix("a ").or_else(|| s.strip_prefix("an ")).or_else(|| s.strip_prefix("the "))?, false),
        };
        for raw in rest.words().take(6) {
            let w = raw.trim_end_matches([',', '.', ';', ':', ')']);
            if STOP.contains(&w) || w.contains(['\'', '’']) {
                return None;
            }
            if let Some(g) = noun(w, plural_ok) {
                return Some((g, w.to_string()));
            }
            if raw.len() != w.len() {
                return None;
            }
        }
        None
    };
    // "Nato Ferris, spokesman for the union", "Bob Gibbons, Metro Transit spokesman.": a
    // description without a determiner, the names of its body first, a gendered noun for a
    // post next; a noun for kin only before "of" ("Ana Ruiz, wife of the late mayor"; not
    // "Tom Reyes, wife Ana and their son", a list)
    // ("Konrad Vail, gallery spokesman": two words in lower case at most before it)
    let bare = |s: &str| -> Option<(Gender, String)> {
        let mut ws = s.split_whitespace().peekable();
        let mut lower = 0;
        while let Some(raw) = ws.next() {
            let w = raw.trim_end_matches([',', '.', ';']);
            if w.starts_with(char::is_uppercase) && raw.len() == w.len() {
                continue;
            }
            let Some(g) = noun(w, false) else {
                lower += 1;
                if lower > 2 || raw.len() != w.len() || STOP.contains(&w) || !w.bytes().all(|b| b.is_ascii_lowercase()) || matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its") {
                    return None;
                }
                continue;
            };
            // (or a noun for one's sex alone: "Ana Ruiz, woman of the year")
            let kin = KIN_NOUNS.contains(&w) || matches!(w, "woman" | "man" | "girl" | "boy" | "girlfriend" | "boyfriend" | "grandma" | "grandpa");
            let next = ws.peek().copied().unwrap_or("");
            // (a punctuation mark or a preposition after it: "Jane Ruiz, Ohio businessman and
            // candidate Tom Hale" lists two people)
            let ends = raw.len() != w.len() || next.is_empty() || matches!(next, "of" | "for" | "to" | "at" | "in" | "on" | "with" | "from" | "who" | "whose");
            return (if kin { lower == 0 && raw.len() == w.len() && next == "of" } else { ends }).then(|| (g, w.to_string()));
        }
        None
    };
    for &(s, e) in p.occurrences.iter().take(50) {
        // (descriptions are printed in lower case: the text is read as it is, unallocated)
        let mut rest = text.get(e..).unwrap_or("");
        // an age first: "Holt, 34, a mother"
        if let Some(r) = rest.strip_prefix(", ") {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && r[digits..].starts_with(", ") {
                rest = &r[digits..];
            }
        }
        let found = match rest.strip_prefix(", ") {
            Some(r) => head(r).or_else(|| bare(r)),
            None => rest.strip_prefix(" is ").or_else(|| rest.strip_prefix(" was ")).and_then(head),
        };
        if let Some((g, w)) = found {
            let ev = format!("noun '{w}' describing '{}'", text.get(s..e).unwrap_or(""));
            return Some((g, w, ev));
        }
        // "her brothers Armand, Léo and Gilles": a noun for kin of one sex before a list
        if let Some(kin) = kin_noun_before(text, (s, e)) {
            // (an in-law by its head: "sons-in-law" a son's)
            let head = kin.split('-').next().unwrap_or(kin);
            let one = if KIN_PLURALS.contains(&kin) { head.strip_suffix('s').unwrap_or(head) } else { head };
            if let Some(g) = noun(one, false) {
                return Some((g, kin.to_string(), format!("noun '{kin}' before '{}'", text.get(s..e).unwrap_or(""))));
            }
        }
        // "her husband, Tom Reyes", "Reyes's wife Ana"
        // (two words back at most: a short window, on a character boundary)
        let mut from = s.saturating_sub(48);
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let before = text.get(from..s).unwrap_or("");
        let mut words = before.trim_end().trim_end_matches(',').rsplit(|c: char| c.is_whitespace());
        if let (Some(w), Some(mut owner)) = (words.next(), words.next()) {
            // (an age or any one word in lower case between the possessor and the noun: "whose
            // 7-year-old son Liam", "Beardy's younger brother, Marcus", "his pregnant wife
            // Kamaldeep Kaur")
            let is_possessor = |o: &str| ["his", "her", "their", "whose"].iter().any(|x| o.eq_ignore_ascii_case(x)) || o.ends_with("'s") || o.ends_with("’s");
            if owner.ends_with("-year-old") || (!is_possessor(owner) && owner.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')) {
                owner = words.next().unwrap_or("");
            }
            let possessor = is_possessor(owner);
            if possessor {
                if let Some(g) = noun(w, false) {
                    return Some((g, w.to_string(), format!("noun '{w}' before '{}'", text.get(s..e).unwrap_or(""))));
                }
            }
        }
    }
    None
}

/// The family name of a name written family name first with a hyphenated given name, as
/// Korean names are in English ("Ban Ki-moon", "Park Geun-hye", "Kim Jong-un"): two words,
/// the second a capital, lowercase letters, a hyphen and lowercase letters.
fn family_name_first(full: &str) -> Option<&str> {
    if !crate::text::has_byte(full, b'-') {
        return None;
    }
    let mut it = full.words();
    let (family, given) = (it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    let (a, b) = given.split_once('-')?;
    let word = |w: &str, capital: bool| {
        let mut cs = w.chars();
        // (a syllable of six letters at most: Korean "Myeong-sung", "Ye-ryeong")
        cs.next().is_some_and(|c| if capital { c.is_uppercase() } else { c.is_lowercase() }) && cs.all(|c| c.is_lowercase()) && (2..=6).contains(&w.chars().count())
    };
    (word(a, true) && word(b, false) && family.chars().all(char::is_alphabetic) && family.chars().count() <= 5).then_some(family)
}

/// The family name of a full name printed family name first: [`family_name_first`], or a
/// Chinese name of two words whose given name is one pinyin syllable or more ("Lu Feng",
/// "Ma Jun", "Wang Yi": the given name is the second word, the surname the first). Read for a
/// person already found, not to find one ("Fan Zone" is no name); or a Korean name of three
/// words ("Yoon Suk Yeol": [`crate::lexicon::names::korean_family_first`]).
fn family_first_surname(full: &str) -> Option<&str> {
    family_name_first(full).or_else(|| {
        let mut it = full.words();
        let (family, given) = (it.next()?, it.next()?);
        match it.next() {
            None => crate::lexicon::names::chinese_family_first(family, given).then_some(family),
            Some(third) => (it.next().is_none() && crate::lexicon::names::korean_family_first(&[family, given, third])).then_some(family),
        }
    })
}

/// The given name of a full name: its first word, or the second when the family name comes
/// first ([`family_name_first`]); None for one word.
fn given_name(full: &str) -> Option<&str> {
    let mut it = full.words();
    let first = it.next()?;
    let second = it.next()?;
    Some(if family_first_surname(full).is_some() { second } else { first })
}

/// The lexicon's entry for the given name of a person already found: the name, or for a
/// compound given name the lexicon lacks, its first part when that part is common (a
/// thousand births) and of one sex, the French convention ("Francois-Philippe
/// Champagne": François; the lexicon's own compounds need commoner parts, as they also
/// decide whether a word is a given name at all).
fn given_name_gender(first: &str) -> Option<crate::lexicon::names::NameGender> {
    crate::lexicon::names::first_name_gender(first).or_else(|| {
        let (lead, _) = first.split_once('-')?;
        crate::lexicon::names::first_name_gender(lead).filter(|g| g.count >= 1_000 && (g.female_share >= 0.95 || g.female_share <= 0.05))
    })
}

/// Appends the key people are found by from `surname`: lower case, and an apostrophe
/// printed curly or straight one mark ("O’Rourke" in one paragraph and "O'Rourke" in the
/// next are one name: copy edited in parts, an article mixes them).
fn push_surname_key(out: &mut String, surname: &str) {
    // ("al-Hamid" and "Hamid", "El-Tayeb" and "Tayeb": one surname, with its Arabic article
    // or without)
    let surname = crate::lexicon::names::without_arabic_article(surname);
    if surname.is_ascii() {
        crate::text::push_lower(out, surname);
    } else {
        out.extend(surname.chars().flat_map(char::to_lowercase).map(|c| if matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}') { '\'' } else { c }));
    }
}

/// [`push_surname_key`] into a new string.
fn surname_key(surname: &str) -> String {
    let mut key = String::with_capacity(surname.len());
    push_surname_key(&mut key, surname);
    key
}

/// `Some(true)` for a full name whose first name is clearly female in the lexicon
/// (share ≥ 0.95), `Some(false)` clearly male (≤ 0.05), else `None`.
fn first_name_sex(full: &str) -> Option<bool> {
    let first = given_name(full)?;
    let g = given_name_gender(first)?;
    if g.female_share >= 0.95 {
        Some(true)
    } else if g.female_share <= 0.05 {
        Some(false)
    } else {
        None
    }
}

/// The female share of a full name's first name in the lexicon (none for a lone surname).
fn first_name_share(p: &PersonName) -> Option<f32> {
    match given_name(&p.full) {
        Some(first) => given_name_gender(first).map(|g| g.female_share),
        None => lone_first_share(&p.full),
    }
}

/// The female share of a person named by one word only ("Melanie said", "“I would,
/// Donald.”") when that word is a first name nearly always of one sex (share 0.99): read
/// as a surname it tells nothing, and "she said" went to "Donald", "he said" to "Melanie".
/// Not for a word that is also a surname, unless a million births or more bore it as a
/// first name ("Donald", not "Clinton" nor "Scott"), nor for a common word ("Apple", "Rock").
fn lone_first_share(full: &str) -> Option<f32> {
    let mut words = full.words();
    let w = words.next()?;
    if words.next().is_some() || crate::lexicon::names::is_common_word(w) {
        return None;
    }
    let g = crate::lexicon::names::first_name_gender(w)?;
    if crate::lexicon::names::is_known_surname(w) && g.count < 1_000_000 {
        return None;
    }
    let s = g.female_share;
    (s >= 0.99 || s <= 0.01).then_some(s)
}

/// Players' positions sports pages print in capitals before a name ("D Morgan Rielly", "QB
/// Pat Mahomes", "RHP Gerrit Cole"): hockey, football, baseball, basketball and soccer
/// abbreviations (the one-letter K, P and S left out, as initials).
const PLAYER_POSITIONS: &[&str] = &[
    "C", "D", "F", "G", "LW", "RW", "QB", "RB", "WR", "TE", "LB", "CB", "DB", "DE", "DT", "OL", "OT", "OG", "SS", "OF", "RHP", "LHP", "PG", "SG", "SF", "PF", "GK",
];

/// Births with first name `w` in the lexicon (0 when it is not there).
fn first_name_births(w: &str) -> u32 {
    crate::lexicon::names::first_name_gender(w).map_or(0, |g| g.count)
}

/// True when `w` is a word news prints in lower case and a first name of fewer than `births`
/// births (if one at all): "United", "Wall", "Moon" ("Rose", "Will" are common first names).
/// True for the plural of a title, of a noun for one person or of a word news prints in
/// lower case ("trustees", "neighbours", "incumbents"), lower case.
fn plural_noun_of_people(w: &str) -> bool {
    lexicon().is_title_plural(w) || w.strip_suffix('s').is_some_and(|one| one.len() > 2 && (crate::lexicon::names::is_person_noun(one) || crate::lexicon::names::is_common_word(one)))
}

fn common_word_first(w: &str, births: u32) -> bool {
    crate::lexicon::names::is_common_word(w) && first_name_births(w) < births
}

fn first_name_like(w: &str) -> bool {
    crate::lexicon::names::is_known_first_name(w)
}

fn first_compatible(a: &str, b: &str) -> bool {
    // "Eriksson Ek" in "Joel Eriksson Ek": the shorter name ends the longer one
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() < long.len() && ends_with_name(long, short) {
        return true;
    }
    // ("Park Hae-rin" and "Park Ji-eun": two given names after one family name are two people)
    if let (Some(_), Some(_)) = (family_first_surname(a), family_first_surname(b)) {
        return given_name(a).zip(given_name(b)).is_some_and(|(x, y)| x.eq_ignore_ascii_case(y));
    }
    let fa = a.words().next().unwrap_or("");
    let fb = b.words().next().unwrap_or("");
    // (not two given names each nine times in ten of another sex: "Selin Arkan" and her
    // husband "Sinan Arkan" are two people; "Jim" and "James" may be one)
    let sex = |w: &str| crate::lexicon::names::first_name_gender(w).map(|g| g.female_share).filter(|s| *s <= 0.1 || *s >= 0.9).map(|s| s >= 0.9);
    fa.chars().next() == fb.chars().next() && !matches!((sex(fa), sex(fb)), (Some(x), Some(y)) if x != y)
}

/// `long` ends with the words of `short`, a space before them; a particle may differ in
/// case ("Bill de Blasio" ends with "De Blasio" opening a sentence).
fn ends_with_name(long: &str, short: &str) -> bool {
    let Some(at) = long.len().checked_sub(short.len()) else { return false };
    long.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(short)) && long.get(..at).is_some_and(|h| h.ends_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_what_format_writes() {
        // the ties of `{:.2}` (0.125 ...), both ends, and a sweep of f32 values in between
        let mut shares = vec![0.0f32, 1.0, 0.125, 0.375, 0.625, 0.875, 0.005, 0.015, 0.995, 0.5, -0.0, 1.5, f32::NAN];
        shares.extend((0..=1_000_000u32).map(|k| k as f32 / 1_000_000.0));
        shares.extend((0..=1_000_000u32).map(|k| f32::from_bits(0x3F80_0000 - k * 997)));
        for s in shares {
            assert_eq!(share_evidence("Dana", s), format!("first name 'Dana' ({s:.2} female)"), "{s}");
        }
        assert_eq!(pronoun_evidence("she/her", 2, 13), "pronoun 'she/her' after 2 of 13 mentions");
    }

    #[test]
    fn ascii_words_are_name_shaped_as_read_by_characters() {
        // every word of up to five characters from a small alphabet, and longer ones drawn
        // from it: capitals, small letters, the name prefixes' letters, the marks the test
        // reads, digits, and characters of other scripts
        let alphabet = ['M', 'a', 'c', 'D', 'e', 'L', 'i', 'O', '-', '\'', '.', ',', '3', ' ', '’', 'é', 'É'];
        let mut words = vec![String::new()];
        let mut frontier = vec![String::new()];
        for _ in 0..5 {
            frontier = frontier.iter().flat_map(|w| alphabet.iter().map(move |&c| format!("{w}{c}"))).collect();
            words.extend(frontier.iter().cloned());
        }
        for w in ["MacDonald", "McLister", "LeBlanc", "DeSantis", "DiCaprio", "Macklem", "O'Brien", "Smith-Jones", "Taliban-ruled", "NATO", "DoNotRecognize", "St.", "Jean-Pierre", "Mc", "Mac-", "D'Angelo", "X.", "Jr.,", "al-Hamid", "el-Tayeb", "al-", "al-qaeda"] {
            words.push(w.to_string());
        }
        for w in &words {
            assert_eq!(name_shaped(w), name_shaped_chars(w), "{w:?}");
        }
        assert!(name_shaped("MacDonald") && name_shaped("O'Brien") && !name_shaped("NATO") && !name_shaped("Taliban-ruled"));
    }

    #[test]
    fn he_and_she_are_those_of_a_token_scan() {
        let texts = [
            "Ana Ruiz said he would go. She said \"he is here\" and she left. He Said No. Mr. Smith He",
            "SHE SAID IT, HE SAID. The Ministry He Leads. John She Smith spoke; she and he, Her Majesty.",
            "“He is,” she said. ‘She is’, he said. Tom\nHe said. He",
        ];
        for text in texts {
            let lc = text.to_ascii_lowercase();
            let paras: Vec<Paragraph> = text.split(". ").scan(0, |at, piece| {
                let p = Paragraph::new(text, *at, *at + piece.len());
                *at += piece.len() + 2;
                Some(p)
            }).collect();
            let scan: Vec<(Range, bool)> = paras
                .iter()
                .flat_map(|p| p.tokens.iter().enumerate().map(move |(i, t)| (p, i, t)))
                .filter(|(p, i, t)| t.kind == TokKind::Word && !p.quoted(*i))
                .filter_map(|(_, _, t)| match &lc[t.start..t.end] {
                    "he" => Some(((t.start, t.end), false)),
                    "she" => Some(((t.start, t.end), true)),
                    _ => None,
                })
                .collect();
            assert_eq!(Names::build(text, &lc, &paras, None).he_she(&lc), scan, "{text}");
        }
    }

    #[test]
    fn corporate_heads_in_one_pass_are_those_of_a_search_per_title() {
        for text in [
            "Apple CEO Tim Cook and Acme's co-founder Jo Ray met Foo-Bar cofounder Al Li.",
            "Zed shareholders Zed shareholdershareholders X ceoceo Y coo Z coo cooo W CEO-designate V CEO",
            "The Acme Corp. chairwoman, Globex chairman and Initech founder; Umbrella’s executives",
            "Hooli employees, Hooli headquarters, Hooli's CTO, Hooli CFO",
            "",
            "ceo",
        ] {
            let lc = text.to_ascii_lowercase();
            assert_eq!(corporate_heads(text, &lc), corporate_heads_by_title(text, &lc), "{text}");
        }
    }

    #[test]
    fn capitalised_mid_sentence_is_that_of_a_search_by_match_indices() {
        let by_match_indices = |text: &str, w: &str| {
            text.match_indices(w).take(64).any(|(k, _)| {
                let before = text.get(..k).unwrap_or("");
                let end_ok = text.get(k + w.len()..).and_then(|r| r.chars().next()).is_none_or(|c| !c.is_alphanumeric());
                let prev_word = crate::text::last_piece(before.trim_end(), b' ');
                let ends_sentence = prev_word.ends_with(['.', '!', '?', ':', '"', '”']);
                end_ok && before.ends_with(' ') && ((prev_word.chars().next().is_some_and(char::is_lowercase) && !ends_sentence) || prev_word.ends_with(','))
            })
        };
        let pieces = ["Wild", "the ", "Wild's ", "Wilds ", ". ", "season ", "é ", "“", "WildWild ", ", ", "\n"];
        for seed in 0..300usize {
            let mut text = String::new();
            let mut k = seed;
            for _ in 0..(seed % 90) {
                k = k.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(pieces[(k >> 33) as usize % pieces.len()]);
            }
            for w in ["Wild", "WildWild", "é", "Wild's", "", "season"] {
                assert_eq!(capitalised_mid_sentence(&text, w), by_match_indices(&text, w), "{text:?} {w:?}");
            }
        }
    }

    #[test]
    fn acronyms_by_bytes_are_those_by_characters() {
        let pieces = ["A", "b", "Z", ".", "-", "1", "É", "é", "Ü", "ß", "Σ", "σ", "中", "’", ""];
        // every word of up to four pieces: capitals, small letters, marks, digits, beyond ASCII
        let mut words = vec![String::new()];
        for _ in 0..4 {
            words = words.iter().flat_map(|w| pieces.iter().map(move |p| format!("{w}{p}"))).collect();
            for w in &words {
                assert_eq!(is_acronym(w), is_acronym_chars(w), "{w:?}");
            }
        }
        for w in ["NATO", "U.S.", "Obama", "AT&T", "CBC’s", "ÉU", "A", "R-Neb.", "IBM-É", "UNé"] {
            assert_eq!(is_acronym(w), is_acronym_chars(w), "{w:?}");
        }
    }

    #[test]
    fn runs_merged_by_start_are_those_of_a_stable_sort() {
        let run = |start: usize, person: usize| NameRun { span: (start, start + 1), kind: EntityKind::Person, person: Some(person) };
        let lists: [&[usize]; 6] = [&[], &[3], &[1, 5, 9], &[2, 5, 5, 10], &[0, 1, 2], &[9, 11]];
        for a in lists {
            for b in lists {
                let first: Vec<NameRun> = a.iter().map(|&x| run(x, 0)).collect();
                let second: Vec<NameRun> = b.iter().map(|&x| run(x, 1)).collect();
                let mut want: Vec<NameRun> = first.iter().chain(&second).copied().collect();
                want.sort_by_key(|r| r.span.0);
                assert_eq!(merge_by_start(first, second), want, "{a:?} {b:?}");
            }
        }
    }
}
