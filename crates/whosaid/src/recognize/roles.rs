//! Roles: a title and an organization, from titles printed before a name
//! ("WHO Deputy Director-General Nora Castellano", "Wild coach Ann Lee", read
//! while names are built), appositives after it ("X, co-director of the
//! Lisbon-based Institute for Coastal Studies", "X, the company's chief
//! operating officer"), copular sentences ("X is the CEO of Y"), titles set
//! off before it ("The group's founder, X, said") and party-state tags
//! ("Sen. X, R-Neb." -> Senator, Nebraska).

use crate::attribute::lexicon::lexicon;
use crate::attribute::Range;
use crate::model::{EntityKind, Role};
use crate::recognize::names::{Names, PersonName};
use crate::text::{find_bytes, find_short, split_once_short, split_short};
use crate::text::SplitWords;

/// Prepositions that join a title to its organization.
const JOINERS: &[&str] = &["of", "at", "for", "with", "in", "from", "to"];

/// Common nouns that refer back to an organization named earlier ("the company's CEO").
const ORG_REFERENCES: &[&str] = &["company", "firm", "group", "agency", "organization", "organisation", "team", "club", "union", "party", "department", "business", "startup", "charity", "nonprofit", "institute", "university", "school", "paper", "newspaper", "network", "bank", "campaign", "committee", "board", "council", "ministry"];

/// Words that make an organization's name a public body, a party, a school or a church:
/// never "the company" ("the company's chief executive").
const PUBLIC_BODIES: &[&str] = &["Office", "Department", "Agency", "Administration", "Commission", "Committee", "Council", "Court", "Ministry", "Parliament", "Senate", "Congress", "House", "Police", "Army", "Navy", "University", "College", "School", "Party", "Church", "Government", "Bureau", "Service", "Authority", "Assembly"];

/// Titles a party-state tag completes with the state ("Sen. X, R-Neb.").
const LEGISLATIVE: &[&str] = &["senator", "representative", "congressman", "congresswoman", "governor", "lawmaker", "state senator", "state representative", "delegate"];

/// Roles of a person from every place the article names them (`lc` is `text`
/// ASCII-lower-cased, for the title tests).
pub fn roles_of(text: &str, lc: &str, p: &PersonName, names: &Names) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    let add = merge_role;
    for r in &p.roles {
        add(&mut out, r.clone());
    }
    // "Apple was pulled into ..., CEO Tim Cook said": a company title printed without
    // its organization at the first mention belongs to the organization the sentence is about
    if let Some(first) = p.occurrences.first() {
        if out.iter().any(|r| r.organization.is_none() && employee_title(&r.title)) {
            if let Some(org) = names.sentence_org(text, first.0).and_then(|(a, b)| text.get(a..b)) {
                let org = clean_org(org);
                for r in out.iter_mut().filter(|r| r.organization.is_none() && employee_title(&r.title)) {
                    r.organization = Some(org.clone());
                }
            }
        }
    }
    // "Union president Chris Scott" opening a sentence: the union named last before whose
    // name holds the word (not a party or a campaign, of which a story names several)
    if let Some(first) = p.occurrences.first() {
        for r in out.iter_mut() {
            let noun = r.organization.as_deref().filter(|o| !o.contains(' ')).map(str::to_lowercase).filter(|o| ORG_REFERENCES.contains(&o.as_str()) && !matches!(o.as_str(), "party" | "campaign"));
            let Some(noun) = noun else { continue };
            let named = names.runs.iter().rev().filter(|x| x.span.1 <= first.0 && x.kind == EntityKind::Organization).filter_map(|x| text.get(x.span.0..x.span.1)).find(|n| n.contains(' ') && n.words().any(|w| w.eq_ignore_ascii_case(&noun)));
            if let Some(full) = named {
                r.organization = Some(full.to_string());
            }
        }
    }
    for occ in &p.occurrences {
        let Some(rest) = text.get(occ.1..) else { continue };
        // "X, R-Neb.," / "X (D-Calif.)": the state completes a legislative title
        if let Some(state) = party_state(rest) {
            for r in out.iter_mut() {
                if r.organization.is_none() && LEGISLATIVE.contains(&r.title.to_lowercase().as_str()) {
                    r.organization = Some(state.to_string());
                }
            }
            continue;
        }
        // "planetary geologist X of NASA's Jet Propulsion Laboratory": the organization
        // after the name completes the titles printed before it
        if let Some(tail) = rest.strip_prefix(" of ") {
            let org = clean_org(name_run(&tail[..appositive_end(tail)]));
            let named = org.chars().next().is_some_and(char::is_uppercase) && !org.is_empty();
            if named {
                for r in out.iter_mut().filter(|r| r.organization.is_none()) {
                    r.organization = Some(org.clone());
                }
            }
        }
        // "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic
        // candidate stated": a name ending a fronted prepositional phrase, then a phrase and a
        // verb of saying, is followed by the sentence's subject, no appositive ("In picking
        // Fiorina, the former CEO of Hewlett-Packard who ..." is one)
        let fronted = || {
            let Some(a) = rest.strip_prefix(", ") else { return false };
            let b = clause_window(a);
            let cut = relative_end(&a[..b]);
            if !a.get(cut..).and_then(|r| r.strip_prefix(' ')).and_then(|r| r.split(' ').next()).is_some_and(|w| SAYING_AFTER_APPOSITIVE.contains(&w)) {
                return false;
            }
            let before = text.get(..occ.0).unwrap_or("");
            let lead = before.rsplit(['.', '\n', '“', '"', '!', '?', ',', ';', ':']).next().unwrap_or("").trim_start();
            // (a phrase, no clause in it: not "Asked whether he was concerned that Donald
            // Trump, the presumptive nominee, ...")
            let opens = lead.len() < before.len()
                && lead.split(' ').next().is_some_and(|w| matches!(w, "In" | "At" | "During" | "After" | "Before" | "With" | "Following" | "On" | "From" | "Over" | "Through"))
                && !lead.split(' ').any(|w| matches!(w, "that" | "whether" | "if" | "when" | "as" | "he" | "she" | "they" | "it"));
            let sentence_start = before[..before.len() - lead.len()].trim_end().chars().last().is_none_or(|c| matches!(c, '.' | '\n' | '!' | '?'));
            opens && sentence_start
        };
        let after = rest
            .strip_prefix(", ")
            // (past an age: "Tom Riley, 52, a farmer, watched")
            .map(|a| skip_age(a))
            .or_else(|| [" is ", " was ", " has been ", " is now "].iter().find_map(|v| rest.strip_prefix(v)));
        // where the appositive starts, when a title word is among its first words
        let start = after.map(|a| occ.1 + (rest.len() - a.len())).filter(|&st| mentions_title(lc.get(st..).unwrap_or("")));
        // (the fronted phrase is read only for an appositive with a title: most names followed
        // by a comma have none)
        // "The decision will be taken by Prime Minister X, the party secretary said.": a name
        // inside a clause, then a phrase and a verb of saying that ends the sentence (a few
        // words of adjunct at most), is what the phrase's speaker said, no appositive (one
        // whose closing comma is left out goes on to what was said: "X, president of the
        // association stated that ...")
        let content_before = || {
            let Some(a) = rest.strip_prefix(", ") else { return false };
            let b = clause_window(a);
            // the verb of saying after the phrase (its word may carry the sentence's stop: "the
            // council clerk said.")
            let saying = |w: &str| SAYING_AFTER_APPOSITIVE.contains(&w.trim_end_matches(|c: char| !c.is_alphabetic()));
            let Some(cut) = a[..b].match_indices(' ').map(|(k, _)| k + 1).find(|&k| a[k..].split(char::is_whitespace).next().is_some_and(saying)) else { return false };
            let (verb, after_verb) = a[cut..].split_once(char::is_whitespace).unwrap_or((&a[cut..], ""));
            let ends_here = verb.ends_with('.');
            let remainder = after_verb.split(['.', '\n', '!', '?', '“', '"']).next().unwrap_or("");
            let short = ends_here || (remainder.split(' ').filter(|w| !w.is_empty()).count() <= 4 && !remainder.split(' ').any(|w| matches!(w, "that" | "he" | "she" | "they" | "it" | "the" | "a")));
            let before = text.get(..occ.0).unwrap_or("");
            let lead = before.rsplit(['.', '\n', '!', '?', '“', '"']).next().unwrap_or("");
            let inside_clause = lead.split(' ').any(|w| w.starts_with(|c: char| c.is_lowercase()));
            short && inside_clause
        };
        let subject_after_fronted = start.is_some() && rest.starts_with(", ") && (fronted() || content_before());
        if let (Some(after), Some(start), false) = (after, start, subject_after_fronted) {
            let mut end = appositive_end(after);
            // after a copula, a passive's agent is someone else ("X was attacked by former
            // secretary of state Y"); "X was named chief executive by the board" keeps its title
            if !rest.starts_with(", ") {
                end = agent_cut(after, end);
            }
            for r in appositive_roles_in(text, (start, start + end), names) {
                add(&mut out, r);
            }
        }
        if let Some(r) = description_next(text, occ.0, names) {
            add(&mut out, r);
        }
        // "The group's founder, X, said": a title set off before the name
        // (past an honorific after an owner: "Its chair, Sir Malcolm Ferris", "The agency's
        // director, Dr Ana Ruiz"; not "A passionate defender of RT, Mr. Schultz")
        // (the cheap tests first: this runs at every mention of every person)
        let before_name = text.get(..occ.0).map(|b| {
            let Some(t) = b.strip_suffix(' ') else { return b };
            let word = crate::text::last_piece(t, b' ');
            let past = t.strip_suffix(word).unwrap_or(t);
            if word.is_empty() || word.len() > 5 || !past.ends_with(", ") || !crate::lexicon::names::honorific_gender(&word.to_ascii_lowercase()).is_some() {
                return b;
            }
            let clause = past.get(past.floor_char_boundary(past.len().saturating_sub(60))..).unwrap_or("");
            let owned = clause.rsplit(['.', '“', '"', '\n']).next().is_some_and(|c| c.contains("Its ") || c.contains(" its ") || c.contains("'s ") || c.contains("’s "));
            if owned { past } else { b }
        });
        if let Some(before) = before_name.and_then(|b| b.strip_suffix(", ")) {
            let from = before.rfind(['.', ',', ';', ':', '\n', '“', '"', '(']).map_or(0, |k| k + 1);
            let from = from.max(before.len().saturating_sub(120));
            if let Some(chunk) = before.get(from..) {
                // (after an inverted verb of saying: "“...,” said its founder, X")
                let chunk = chunk.trim_start();
                let chunk = ["said ", "says ", "added ", "adds "].iter().find_map(|v| chunk.strip_prefix(v)).filter(|c| c.starts_with("its ")).unwrap_or(chunk);
                let lead = chunk.trim_start();
                let s0 = before.len() - lead.len();
                // ASCII lower case: no other letter lower-cases to these articles' letters
                let l = lc.get(s0..before.len()).unwrap_or("");
                // ("Her lawyer, Gabriel Osei-Mensah, said": a person's possessive too)
                let opener = ["the ", "a ", "an ", "its ", "his ", "her ", "their "].iter().any(|o| l.starts_with(o));
                if (opener || find_short(lead, "'s ").is_some() || find_short(lead, "’s ").is_some()) && mentions_title(l) {
                    for r in appositive_roles_in(text, (s0, before.len()), names) {
                        add(&mut out, r);
                    }
                }
            }
        }
    }
    out
}

/// `s` past an age between commas at its start ("52, a farmer" -> "a farmer").
/// A copula after the age goes too ("Ana Ruiz, 56, is the founder of X").
fn skip_age(s: &str) -> &str {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    match s.get(digits..).and_then(|r| r.strip_prefix(", ")) {
        // (a noun phrase after the copula only: "was attacked by X" is no role)
        Some(r) if (1..=3).contains(&digits) => r.strip_prefix("is ").or_else(|| r.strip_prefix("was ")).filter(|p| p.starts_with("the ") || p.starts_with("a ") || p.starts_with("an ")).unwrap_or(r),
        _ => s,
    }
}

/// Head words of titles held inside one organization, whose organization is the one
/// the sentence is about when none is printed ("president", "analyst" and "economist"
/// are as often a country's or another firm's).
const EMPLOYEE_HEADS: &[&str] = &["ceo", "cfo", "coo", "cto", "executive", "director", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "manager", "prosecutor"];

/// True for a title whose head ("Deputy Director of Public Prosecution": "director")
/// is held inside one organization.
fn employee_title(title: &str) -> bool {
    let head = crate::text::lower(crate::text::last_piece(split_once_short(title, " of ").map_or(title, |(h, _)| h), b' '));
    EMPLOYEE_HEADS.contains(&head.as_str())
}

/// "State Department official Ana Ruiz testified. The political counselor was ...": a
/// sentence that opens with "The", a modifier and a title, after a sentence whose
/// subject is the person named at `at`, describes that person. Two words at least
/// ("the president" alone is as often someone else), and no other person named first.
fn description_next(text: &str, at: usize, names: &Names) -> Option<Role> {
    let (start, next) = names.sentence_around(at);
    let next = next?;
    // (the cheap test first: most sentences open with no "The ")
    let rest = text.get(next..)?.strip_prefix("The ")?;
    if names.person_named_in(start, at) {
        return None;
    }
    let words: Vec<&str> = spaced(rest).take(5).collect();
    let n = words.iter().take_while(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-')).count().min(4);
    // the description, then its verb
    for k in (2..=n.min(3)).rev() {
        let verb = words.get(k).copied().unwrap_or("");
        if !matches!(verb, "was" | "is" | "had" | "has" | "said" | "told" | "added" | "testified" | "recalled" | "declined" | "did" | "would" | "will") {
            continue;
        }
        let phrase = words[..k].join(" ");
        if names.person_named_in(next, next + 4 + phrase.len()) {
            return None;
        }
        return title_role(&phrase).map(|_| Role { title: phrase, organization: None });
    }
    None
}

/// True when the appositive opening `after` (the text after a name's comma) gives a
/// person's title: "the federal NDP leader", "chair of the planning board".
/// `lc_after` is the same text ASCII-lower-cased.
pub(crate) fn describes_person(after: &str, lc_after: &str) -> bool {
    let skip = after.len() - after.trim_start().len();
    let (after, lc_after) = (&after[skip..], lc_after.get(skip..).unwrap_or(""));
    let end = appositive_end(after);
    lc_after.get(..end).is_some_and(mentions_title) && after.get(..end).is_some_and(|a| !parse_appositive(a, &|_| None).is_empty())
}

/// `s.find([',', '.', ';', '(', '“', '"', '—', '–', '\n', ':']).unwrap_or(s.len()).min(cap)`:
/// where the first clause boundary starts, read by bytes (the ASCII marks, and the first
/// bytes E2 80 of the curly quote and the dashes) and only over the first `cap` bytes:
/// `s` runs on to the article's end, and std's search decodes every character it passes.
fn boundary_within(s: &str, cap: usize) -> usize {
    let b = s.as_bytes();
    let mark = |k: usize| match b.get(k) {
        Some(b',' | b'.' | b';' | b'(' | b'"' | b'\n' | b':') => true,
        Some(0xE2) => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x9C | 0x94 | 0x93)),
        _ => false,
    };
    (0..b.len().min(cap)).find(|&k| mark(k)).unwrap_or(b.len().min(cap))
}

/// The bytes of `s` up to its first clause boundary ([`boundary_within`], 200 bytes at
/// most), ended on a character's boundary: where an appositive or a fronted phrase is read.
fn clause_window(s: &str) -> usize {
    s.floor_char_boundary(boundary_within(s, 200))
}

/// Where an appositive ends: at a clause boundary or a relative clause.
fn appositive_end(after: &str) -> usize {
    let mut end = relative_end(&after[..clause_window(after)]);
    // an abbreviation's period ("U.S. attorney for ...") does not end it
    while after.as_bytes().get(end) == Some(&b'.') {
        let word = after.get(..end).map_or("", |a| crate::text::last_piece(a, b' '));
        // "Mrs. Clinton's spokesman": the period of a title before a name goes on too
        let never = crate::segment::abbreviation(word) == Some(crate::segment::AbbrevKind::Never);
        let abbrev = never || word.contains('.') || (word.len() == 1 && word.chars().all(char::is_uppercase));
        let goes_on = after.get(end + 1..).is_some_and(|r| {
            let next_capital = r.get(1..).and_then(|n| n.chars().next()).is_some_and(char::is_uppercase);
            // ("the B.C. Supreme Court", "the U.S. District Court": a dotted acronym before
            // a capitalised word that is no sentence word)
            let acronym = word.len() >= 3 && word.split('.').all(|p| p.len() == 1 && p.chars().all(|c| c.is_ascii_uppercase()));
            let name_next = || r.get(1..).and_then(|n| n.split(' ').next()).is_some_and(|n| crate::lexicon::names::not_name(n.trim_end_matches(|c: char| !c.is_alphanumeric())).is_none());
            r.starts_with(' ') && r[1..].chars().next().is_some_and(char::is_lowercase) || r.starts_with(['\'', '’', '-']) || r.chars().next().is_some_and(char::is_uppercase) || (never && r.starts_with(' ') && next_capital) || (acronym && r.starts_with(' ') && next_capital && name_next())
        });
        if !(abbrev && goes_on) {
            break;
        }
        let r = &after[end + 1..];
        end += 1 + appositive_end(r).min(r.len());
    }
    end
}

/// Verbs of saying that end an appositive whose closing comma is left out ("president of the
/// association stated"; not "noted", an adjective too: "a noted historian", nor "wrote": "an
/// advocate of trade deals and wrote legislation").
const SAYING_AFTER_APPOSITIVE: &[&str] = &["said", "says", "told", "tells", "stated", "added", "adds", "explained", "argued", "insisted", "announced", "remarked", "commented", "replied", "responded", "declared", "warned", "stressed"];

/// Where a relative clause or a cue starts in appositive `s`, else its length: "a retired
/// engineer who lives in Dayton" ends before "who".
fn relative_end(s: &str) -> usize {
    let mut pos = 0;
    for w in spaced(s) {
        if pos > 0 && (matches!(w, "who" | "which" | "that" | "whose") || SAYING_AFTER_APPOSITIVE.contains(&w)) {
            return pos - 1;
        }
        pos += w.len() + 1;
    }
    s.len()
}

/// A cheap test before parsing: a title word among the first words of `ls`, text
/// that is ASCII-lower-cased already (it runs for every name followed by a comma).
fn mentions_title(ls: &str) -> bool {
    let lex = lexicon();
    ascii_split(ls, |b| b == b' ' || b == b',').take(12).any(|w| {
        let lw = w.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        // titles and their abbreviations are short ASCII words
        if !lw.is_ascii() || lw.len() > 32 {
            return false;
        }
        let bare = lw.trim_end_matches('.');
        // (every abbreviation is a title as printed: without a period, the abbreviations
        // hold `lw` only when the titles do, and the second lookup is spared)
        lex.is_title(bare) || (bare.len() < lw.len() && lex.title_abbrev.contains_key(lw))
    })
}

/// `s.split(' ')` by [`ascii_split`] (the appositive and title rules split every phrase
/// they read into words, and std's `char` search is set up for each word).
fn spaced(s: &str) -> impl Iterator<Item = &str> {
    ascii_split(s, |b| b == b' ')
}

/// The pieces of `s` between the ASCII bytes `sep` accepts, as `str::split` gives them
/// (empty ones included), found by a byte scan instead of decoding characters.
fn ascii_split(s: &str, sep: impl Fn(u8) -> bool) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        let rest = b.get(start..).unwrap_or_default();
        match rest.iter().position(|&c| c < 0x80 && sep(c)) {
            Some(k) => from = Some(start + k + 1),
            None => from = None,
        }
        // the cuts are at ASCII bytes, so at character boundaries
        s.get(start..from.map_or(b.len(), |f| f - 1))
    })
}

/// `end`, or where " by " starts in `after` when that is sooner:
/// `end.min(after.find(" by ").unwrap_or(end))`. Only a " by " starting before `end` can
/// matter, so the search stops there (`after` runs on to the article's end).
fn agent_cut(after: &str, end: usize) -> usize {
    let window = after.as_bytes().get(..after.len().min(end + " by".len())).unwrap_or_default();
    end.min(find_bytes(window, b" by ").unwrap_or(end))
}

/// "R-Neb.", "(D-Calif.)", "D-N.Y.": the state of a party-state tag right after a name.
fn party_state(rest: &str) -> Option<&'static str> {
    let r = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" ("))?;
    let r = r.strip_prefix("R-").or_else(|| r.strip_prefix("D-")).or_else(|| r.strip_prefix("I-"))?;
    let end = r.find([',', ')', ' ', ';', '\n']).unwrap_or(r.len());
    let form = r.get(..end)?;
    crate::lexicon::places::us_state(form).or_else(|| crate::lexicon::places::us_state(form.trim_end_matches('.')))
}

/// Adds `r` to `out` unless a role with its title is there already; a version
/// with an organization replaces one without, and a bare title ("Secretary") is
/// the same role as a longer one it heads ("Labor Secretary").
pub fn merge_role(out: &mut Vec<Role>, r: Role) {
    if r.title.is_empty() {
        return;
    }
    let same = |o: &Role| o.title.eq_ignore_ascii_case(&r.title);
    // (`o` a bare title that `r`'s office heads; `r` a bare title that `o`'s heads)
    let heads_r = |o: &Role| o.organization.is_none() && headed_by(&r.title, &o.title);
    let headed_by_o = |o: &Role| r.organization.is_none() && headed_by(&o.title, &r.title);
    if let Some(k) = out.iter().position(|o| (same(o) && o.organization.is_none() && r.organization.is_some()) || heads_r(o)) {
        out[k] = r;
    } else if !out.iter().any(|o| (same(o) && (o.organization == r.organization || r.organization.is_none())) || headed_by_o(o)) {
        out.push(r);
    }
}

/// True when `title` is an office's name ending in `head` ("Labor Secretary",
/// "District Judge", "Police Chief" for "Secretary", "Judge", "Chief"): capitalised
/// words before the head, none making another office of it ("Vice President", "former
/// president" are not "President").
fn headed_by(title: &str, head: &str) -> bool {
    const OTHER_OFFICE: &[&str] = &["vice", "deputy", "assistant", "associate", "under", "lieutenant", "lt.", "former", "acting", "interim", "co", "sub"];
    // (the space before the head makes the slice after it a character boundary)
    let cut = title.len().wrapping_sub(head.len() + 1);
    title.len() > head.len() + 1
        && title.as_bytes()[cut] == b' '
        && title[cut + 1..].eq_ignore_ascii_case(head)
        && title[..cut].split(' ').all(|w| w.chars().next().is_some_and(char::is_uppercase) && !OTHER_OFFICE.iter().any(|o| w.eq_ignore_ascii_case(o)))
}

/// Parses an appositive ("a senior fellow at the Harbor Policy Center and fellow at the Marin Institute") into roles.
pub fn appositive_roles(text: &str, span: Range) -> Vec<Role> {
    let s = text.get(span.0..span.1).unwrap_or("");
    parse_appositive(&s[..relative_end(s)], &|_| None)
}

/// [`appositive_roles`], with "the company's" resolved to the organization named last before `span`.
fn appositive_roles_in(text: &str, span: Range, names: &Names) -> Vec<Role> {
    parse_appositive(text.get(span.0..span.1).unwrap_or(""), &|noun: &str| org_reference(text, names, span.0, noun))
}

/// The organization a common noun for one stands for at byte `at` ("a member of the
/// group", "the company's"): the organization named before `at` that
/// the article called so ("the advocacy group X", "X Group"), else, for a general noun, the
/// organization named last; for "its", see [`its_org`].
fn org_reference(text: &str, names: &Names, at: usize, noun: &str) -> Option<String> {
    let before = names.runs.iter().rev().filter(|r| r.span.1 <= at && r.kind == EntityKind::Organization);
    if noun == "its" {
        return its_org(text, before.clone().next()?, at);
    }
    let called = |r: &&crate::recognize::names::NameRun| {
        let name = text.get(r.span.0..r.span.1).unwrap_or("");
        let lead = text.get(text.floor_char_boundary(r.span.0.saturating_sub(40))..r.span.0).unwrap_or("");
        let lead_words: Vec<&str> = lead.words().rev().take(4).collect();
        // ("the RMT union": the noun right after the name)
        let next = text.get(r.span.1..).and_then(|t| t.words().next()).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
        name.words().any(|w| w.eq_ignore_ascii_case(noun)) || lead_words.iter().any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(noun)) || next.is_some_and(|w| w.eq_ignore_ascii_case(noun))
    };
    // (a company is any business: "the company" means the one named last that is no
    // public body, party, school or church: not "the Government Accountability Office")
    let generic = matches!(noun, "company" | "firm" | "business" | "startup");
    let business = |r: &&crate::recognize::names::NameRun| !generic || !text.get(r.span.0..r.span.1).unwrap_or("").words().any(|w| PUBLIC_BODIES.contains(&w));
    let r = if generic { None } else { before.clone().take(50).find(called) };
    // (a specific noun, "the university's", "the board", names only a body the article
    // called so: the organization named last may be anything else)
    let any_last = generic || matches!(noun, "group" | "organization" | "organisation");
    let r = r.or_else(|| if any_last { before.clone().find(business) } else { None })?;
    text.get(r.span.0..r.span.1).map(str::to_string)
}

/// The organization "its" at byte `at` stands for ("Acme Corp. reported a loss. Its chief
/// executive, X, said"): `last`, the organization named last, when it opens its sentence
/// (maybe after "The") and that sentence is this one or the one before. An organization
/// inside a sentence is seldom what "its" means ("the same Democratic digital firm,
/// Revolution Messaging": the firm), so anything else gives none.
fn its_org(text: &str, last: &crate::recognize::names::NameRun, at: usize) -> Option<String> {
    let lead = text.get(..last.span.0)?;
    let lead = lead.strip_suffix("The ").or_else(|| lead.strip_suffix("the ")).unwrap_or(lead);
    // ("But the Royal College ... Its president": a conjunction may open the sentence)
    let lead = lead.trim_end_matches([' ', '\u{a0}']);
    let lead = ["But", "And", "Yet", "So"].iter().find_map(|c| lead.strip_suffix(c)).unwrap_or(lead).trim_end_matches([' ', '\u{a0}']);
    let opens = lead.is_empty() || lead.ends_with(['.', '!', '?', '\n', '"', '”']);
    let between = text.get(last.span.1..at)?;
    let sentence_ends = between.match_indices(['.', '!', '?', '\n']).filter(|&(k, _)| between[k + 1..].starts_with([' ', '\n']) || k + 1 == between.len()).count();
    let org = clean_org(text.get(last.span.0..last.span.1)?);
    (opens && sentence_ends <= 1 && !org.is_empty()).then_some(org)
}

fn parse_appositive(s: &str, resolve: &dyn Fn(&str) -> Option<String>) -> Vec<Role> {
    let lex = lexicon();
    let mut out: Vec<Role> = Vec::new();
    let s = s.trim();
    // "SENIOR PORTFOLIO MANAGER AT GCI ASSET MANAGEMENT, TOKYO" (a wire label in capitals):
    // read as news prints it in lower case
    // (once: acronyms alone, "GCI UBS", stay in capitals)
    // (or a title alone: "GOVERNOR")
    if s.len() > 3 && s.bytes().any(|b| b.is_ascii_uppercase()) && !s.chars().any(char::is_lowercase) && (crate::text::has_byte(s, b' ') || lex.is_title(&crate::text::lower(s))) {
        let u = uncapitalised(s);
        if u.chars().any(char::is_lowercase) {
            return parse_appositive(&u, resolve);
        }
    }
    let s = strip_any(s, &["who is ", "who was ", "now ", "also "]);
    // "a hotelier the president tapped as his ambassador to the EU": the office after "as"
    // is a role even where the clause around it is none
    // (most appositives hold no " as ": one search rules all seven out)
    let as_office = if find_short(s, " as ").is_some() {
        [" as his ", " as her ", " as their ", " as its ", " as the ", " as a ", " as an "].iter().find_map(|m| s.find(m).map(|k| k + 4))
    } else {
        None
    };
    if let Some(k) = as_office {
        if let Some(rest) = s.get(k..) {
            // (a named organization and a short title only: "as the former secretary of
            // state struggles to ..." goes on into a clause)
            for r in parse_appositive(rest, resolve).into_iter().filter(|r| r.organization.is_some() && r.title.words().count() <= 4) {
                merge_role(&mut out, r);
            }
        }
    }
    // "president and chief operating officer of X" are two titles; "expert in drug use
    // and mental health" is one: split at "and" only before another title
    // (each part a byte range of `s`: the pieces lie in `s` in order, one " and " apart,
    // so a piece joined to the part before with " and " is the range up to its end)
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut piece_start = 0;
    for piece in split_short(s, " and ") {
        let piece_range = (piece_start, piece_start + piece.len());
        piece_start = piece_range.1 + " and ".len();
        // the words before the first joiner, joined by single spaces as `spaced` split
        // them: the piece up to the space before that joiner
        let mut head_end = piece.len();
        let mut at = 0usize;
        for w in spaced(piece) {
            if JOINERS.contains(&w) {
                head_end = at.saturating_sub(1);
                break;
            }
            at += w.len() + 1;
        }
        let head = piece.get(..head_end).unwrap_or(piece);
        let head = strip_any(head.trim(), &["a ", "an ", "the ", "its ", "his ", "her ", "their ", "Its ", "His ", "Her ", "Their "]);
        // ("Department of Health and Social Care spokesperson": "and" inside a capitalised
        // name joins two of its words, no two titles)
        let capital = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase) && !lexicon().is_title(&w.to_lowercase()));
        let in_name = parts.last().is_some_and(|prev| capital(s.get(prev.0..prev.1).unwrap_or("").words().last()) && capital(piece.words().next()));
        match parts.last_mut() {
            Some(prev) if in_name || title_role(head).is_none() => prev.1 = piece_range.1,
            _ => parts.push(piece_range),
        }
    }
    let mut words: Vec<&str> = Vec::new();
    for part in parts.iter().filter_map(|r| s.get(r.0..r.1)) {
        // ("But Labour's shadow housing secretary": a sentence's connective goes too)
        let part = strip_any(part.trim(), &["But ", "And ", "Yet "]);
        // "Its president, X,", "X, its chief executive,": the organization named last
        let its = part.starts_with("its ") || part.starts_with("Its ");
        let part = strip_any(part.trim(), &["a ", "an ", "the ", "A ", "An ", "The ", "its ", "his ", "her ", "their ", "Its ", "His ", "Her ", "Their ", "now ", "also ", "then "]);
        // ("one West Virginia official", "another former envoy": one of several, the same title)
        let part = strip_any(part, &["one ", "another ", "One ", "Another "]);
        // (one buffer for all parts)
        words.clear();
        words.extend(part.words());
        if words.is_empty() || words.len() > 24 {
            continue;
        }
        // "NASA's science mission directorate", "the company's chief operating officer"
        let (mut org, words): (Option<String>, &[&str]) = match words.iter().position(|w| possessive(w)) {
            Some(k) if k <= 3 && (k == 0 || words[..=k].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))) => {
                let owner = words[..=k].join(" ");
                let owner = without_possessive(&owner).to_string();
                let ol = owner.to_lowercase();
                let org = if owner.chars().next().is_some_and(char::is_uppercase) && !ORG_REFERENCES.contains(&ol.as_str()) {
                    Some(owner)
                } else if ORG_REFERENCES.contains(&ol.as_str()) {
                    resolve(&ol)
                } else {
                    None
                };
                (org, &words[k + 1..])
            }
            _ => (None, &words[..]),
        };
        // the title runs up to the first joiner that opens a name ("vice president of
        // advanced development programs at Blue Origin": the organization is "Blue Origin")
        let mut title_end = words.len();
        let mut org_start = None;
        for (k, w) in words.iter().enumerate() {
            // "Department of Parks ...": a joiner inside a capitalised name is part of it
            // (but not after a capitalised title: "CEO of Lumen", "U.S. Attorney for the ...")
            // (read at a joiner only: the title test joins and parses the words before it)
            let inside_name = || {
                words[..k].iter().all(|x| x.chars().next().is_some_and(char::is_uppercase)) && title_role(&words[..k].join(" ")).is_none()
            };
            if JOINERS.contains(w) && k > 0 && !inside_name() {
                // the first word after the joiner, an article and up to two adjectives
                // ("of the northern Nangarhar Province" names a place)
                let after: Vec<&str> = words[k + 1..].iter().copied().skip_while(|x| matches!(*x, "the" | "a" | "an")).take(3).collect();
                let adjectives = after.iter().take_while(|x| x.chars().next().is_some_and(char::is_lowercase) && !JOINERS.contains(*x)).count();
                let named = adjectives <= 2 && after.get(adjectives).is_some_and(|x| x.chars().next().is_some_and(char::is_uppercase))
                    || after.first().is_some_and(|x| x.contains("-based"));
                let lower_org = words[k + 1..].last().is_some_and(|l| ORG_REFERENCES.contains(&l.trim_end_matches(|c: char| !c.is_alphanumeric())));
                if named || lower_org {
                    title_end = k;
                    org_start = Some(k + 1);
                    break;
                }
            }
        }
        let mut title_words = &words[..title_end];
        // "European Space Agency research fellow": capitalised words, then the title
        if org.is_none() && org_start.is_none() {
            // "former National Security Council official", "the federal NDP leader": up to
            // two lowercase modifiers (no title words) stay with the title
            // (not a quantifier: "one West Virginia official" is an official)
            let quantifier = |w: &str| matches!(w, "one" | "two" | "three" | "four" | "another" | "some" | "several" | "many" | "other" | "both");
            let modifier = |w: &&&str| w.chars().next().is_some_and(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || c == '-') && !JOINERS.contains(w) && !lex.is_title(w) && !quantifier(w);
            let mods = title_words.iter().take(2).take_while(modifier).count();
            let prefix = title_words[..mods].join(" ");
            let title_words = &title_words[mods..];
            // (capitalised words first: "running for president" names nothing)
            let upper = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
            // ("Department of Health and Social Care spokesperson": "and" between capitals too)
            let joins = |k: usize| matches!(title_words[k], "of" | "for" | "&") || (title_words[k] == "and" && title_words.get(k + 1).is_some_and(upper));
            let caps = if title_words.first().is_some_and(upper) { (0..title_words.len()).take_while(|&k| upper(&title_words[k]) || joins(k)).count() } else { 0 };
            if caps > 0 && caps < title_words.len() && !lex.titles.contains(crate::text::lower(title_words[0]).as_str()) {
                let mut oe = caps;
                let mut topic = None;
                // ("NASA Mars scientist": a place last is the title's topic, unless the
                // capitalised words are one place's name: "New York businessman")
                let one_place = || crate::lexicon::places::place_kind(&title_words[..caps].join(" ")).is_some();
                if caps >= 2 && crate::lexicon::places::place_kind(title_words[caps - 1]).is_some() && !one_place() {
                    topic = Some(title_words[caps - 1]);
                    oe = caps - 1;
                }
                org = Some(title_words[..oe].join(" "));
                let rest = title_words[caps..].join(" ");
                let t = match topic {
                    Some(tp) => format!("{tp} {rest}"),
                    None => rest,
                };
                let t = if prefix.is_empty() { t } else { format!("{prefix} {t}") };
                if let Some(r) = title_role(&t) {
                    out.push(Role { title: r, organization: org.clone() });
                }
                continue;
            }
        }
        if let Some(os) = org_start {
            let o = clean_org(&words[os..].join(" "));
            if ORG_REFERENCES.contains(&o.as_str()) {
                // "a member of the group": the organization named before
                org = resolve(&o);
            } else if !o.is_empty() {
                org = Some(o);
            }
        }
        while title_words.last().is_some_and(|w| w.is_empty()) {
            title_words = &title_words[..title_words.len() - 1];
        }
        let Some(title) = title_role(&title_words.join(" ")) else { continue };
        if its && org.is_none() {
            org = resolve("its");
        }
        out.push(Role { title, organization: org.filter(|o| !o.is_empty()) });
    }
    // "president and chief operating officer of SpaceX": coordinated titles share the organization
    if let Some(o) = out.iter().rev().find_map(|r| r.organization.clone()) {
        for r in out.iter_mut() {
            if r.organization.is_none() {
                r.organization = Some(o.clone());
            }
        }
    }
    out
}

/// The title of a title phrase when its head is a title ("deputy associate
/// administrator for exploration": head "administrator"), spelled out.
fn title_role(t: &str) -> Option<String> {
    let lex = lexicon();
    let t = t.trim().trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    // "a 67-year-old retired bookkeeper": the age is the person's, no part of the title
    let t = match crate::text::split_once_byte(t, b' ') {
        Some((age, rest)) if age.ends_with("-year-old") => rest.trim_start(),
        _ => t,
    };
    if t.is_empty() || t.words().count() > 9 {
        return None;
    }
    let tl = crate::text::lower(t);
    // the head: the last word before a portfolio ("of epidemiology", "for exploration")
    let mut head_len = tl.len();
    let mut pos = 0;
    for w in spaced(&tl) {
        if pos > 0 && JOINERS.contains(&w) {
            head_len = pos - 1;
            break;
        }
        pos += w.len() + 1;
    }
    let head_part = tl.get(..head_len).unwrap_or(&tl);
    let head = head_part.words().last().unwrap_or("");
    // a title is a noun phrase: no verbs, pronouns or names inside it
    // ("a wealthy hotelier Trump tapped as his ambassador" is none)
    // (a head no title list holds is none: the phrase is not read further)
    let known = lex.titles.contains(head_part) || lex.is_title(head);
    if !known {
        return None;
    }
    let orig_head = t.get(..head_part.len()).unwrap_or(t);
    // a place or an acronym is the title's field, no name: "chief UK economist", "senior
    // Middle East analyst", "deputy U.S. trade representative"
    let field = |o: &str| {
        let o = o.trim_end_matches(',');
        crate::lexicon::places::place_kind(o).is_some() || crate::lexicon::places::is_demonym(o) || (o.len() <= 5 && o.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
    };
    let bad = head_part.words().zip(orig_head.words()).enumerate().any(|(k, (w, o))| {
        matches!(w, "as" | "his" | "her" | "their" | "its" | "who" | "that" | "is" | "was" | "has" | "had" | "the" | "a" | "an")
            || (w.ends_with("ed") && w.len() > 4 && !matches!(w, "retired" | "elected" | "appointed" | "licensed" | "certified" | "registered"))
            || (k > 0 && o.chars().next().is_some_and(char::is_uppercase) && orig_head.words().take(k).all(|x| x.chars().next().is_some_and(char::is_lowercase)) && !lex.titles.contains(w) && !field(o))
    });
    if bad {
        return None;
    }
    Some(lex.full_title(t))
}

/// `w` without its possessive ending: "NASA's" -> "NASA", "Liberal Democrats'" -> "Liberal
/// Democrats".
fn without_possessive(w: &str) -> &str {
    w.trim_end_matches("'s").trim_end_matches("’s").trim_end_matches(['\'', '’'])
}

fn possessive(w: &str) -> bool {
    // (a name's plural too: "the Liberal Democrats' spokeswoman", not "the prison workers' union")
    w.ends_with("'s") || w.ends_with("’s") || ((w.ends_with("s'") || w.ends_with("s’")) && w.starts_with(char::is_uppercase))
}

fn strip_any<'s>(s: &'s str, prefixes: &[&str]) -> &'s str {
    for p in prefixes {
        if let Some(r) = s.strip_prefix(p) {
            return r;
        }
    }
    s
}

/// "the Lisbon-based Institute for Coastal Studies" -> "Institute for Coastal Studies";
/// "the prison workers' union" stays (a lowercase organization noun ends it).
/// The capitalised name that opens `s`, with the small words inside names ("Bank of
/// America", "the Center for Law and Justice"): "Vermont and former Maryland governor
/// X" -> "Vermont", "Florida into the top ranks" -> "Florida".
fn name_run(s: &str) -> &str {
    let words: Vec<(usize, &str)> = spaced(s).scan(0, |pos, w| {
        let at = *pos;
        *pos += w.len() + 1;
        Some((at, w))
    }).collect();
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || w == "&";
    let small = |w: &str| matches!(w, "of" | "for" | "and" | "the" | "at" | "on" | "de" | "du" | "la" | "v." | "vs.");
    let mut end = 0;
    for (k, &(at, w)) in words.iter().enumerate() {
        // small words join when a capitalised word follows them ("Committee for a Responsible Budget")
        let joins = small(w) && words[k + 1..].iter().find(|n| !small(n.1)).is_some_and(|n| capital(n.1));
        if capital(w) {
            end = at + w.len();
        } else if end > 0 && {
            let n = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            ORG_REFERENCES.contains(&n) || matches!(n, "schools" | "family" | "administration" | "foundation" | "office")
        } {
            // "the Clinton campaign", "Gibson Southern schools": a common noun ends the name
            end = at + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            break;
        } else if !joins {
            break;
        }
    }
    &s[..end]
}

fn clean_org(o: &str) -> String {
    let o = strip_any(o.trim(), &["the ", "The "]);
    let mut words: Vec<&str> = o.words().collect();
    // "the group Doctors for Camp Closure": the name after a reference noun
    if words.len() > 1 && ORG_REFERENCES.contains(&words[0]) && words[1].chars().next().is_some_and(char::is_uppercase) {
        words.remove(0);
    }
    let last_is_org_noun = words.last().is_some_and(|l| ORG_REFERENCES.contains(&l.trim_end_matches(|c: char| !c.is_alphanumeric())));
    let skip = if last_is_org_noun && !words.iter().any(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        0
    } else {
        words.iter().take_while(|w| w.ends_with("-based") || w.ends_with("-owned") || w.ends_with("-funded") || w.chars().next().is_some_and(char::is_lowercase)).count()
    };
    let rest = &words[skip.min(words.len())..];
    // "West Tarn University who has taught there since 1990": a relative clause ends it
    // so do a verb and "such as", "including" ("Sen. X was one of the first", "Republicans such as Gov. X")
    let rest = &rest[..rest
        .iter()
        .position(|w| matches!(*w, "who" | "whom" | "whose" | "which" | "that" | "where" | "was" | "is" | "has" | "had" | "will" | "would" | "said" | "such" | "including" | "when" | "while" | "after" | "before"))
        .unwrap_or(rest.len())];
    let rest = &rest[..rest.len() - rest.iter().rev().take_while(|w| matches!(**w, "and" | "or" | "but" | "of" | "the" | "for")).count()];
    // a possessive owner of a lowercase unit ends it: "NASA's science mission directorate"
    // -> "NASA" (but "Stanford University's Hoover Institution" stays whole)
    let lower_after = |k: usize| rest.get(k + 1).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    if let Some(k) = rest.iter().position(|w| possessive(w)).filter(|&k| lower_after(k)) {
        return without_possessive(&rest[..=k].join(" ")).to_string();
    }
    // "Jet Propulsion Laboratory in California": a trailing location is not the name
    let mut rest = rest;
    if let Some(k) = rest.iter().rposition(|w| *w == "in").filter(|&k| k > 0) {
        let place = rest[k + 1..].join(" ");
        let place = place.trim_end_matches(|c: char| !c.is_alphanumeric());
        if crate::lexicon::places::place_kind(place).is_some() {
            rest = &rest[..k];
        }
    }
    // "Mr. Trump and his running mate", "Indiana and close friend of Gov. X": "and" before
    // a lowercase word starts another phrase
    let lower = |w: &&str| w.chars().next().is_some_and(char::is_lowercase);
    // and so does "and" before a title ("Texas and Gov. X of Ohio")
    let titled = |w: &&str| w.strip_suffix('.').is_some_and(|a| crate::segment::abbreviation(a) == Some(crate::segment::AbbrevKind::Never));
    let rest = &rest[..(1..rest.len()).find(|&k| matches!(rest[k], "and" | "but") && rest.get(k + 1).is_some_and(|n| lower(n) || titled(n))).unwrap_or(rest.len())];
    rest.join(" ").trim_end_matches(|c: char| !c.is_alphanumeric()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_by_bytes_are_those_of_the_char_search() {
        let pieces = ["a", " ", ",", ".", ";", "(", "\u{201c}", "\u{201d}", "\"", "\u{2014}", "\u{2013}", "\u{2019}", "\n", ":", "\u{e9}", "\u{2022}"];
        for seed in 0..2000usize {
            let mut s = String::new();
            let mut k = seed;
            for _ in 0..(seed % 120) {
                k = k.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                // (mostly letters and spaces, as text runs)
                let x = (k >> 33) as usize % 40;
                s.push_str(if x < pieces.len() { pieces[x] } else if x % 2 == 0 { "a" } else { " " });
            }
            for cap in [0, 1, 7, 50, 200] {
                let by_chars = s.find([',', '.', ';', '(', '\u{201c}', '"', '\u{2014}', '\u{2013}', '\n', ':']).unwrap_or(s.len()).min(cap);
                assert_eq!(boundary_within(&s, cap), by_chars, "{s:?} {cap}");
            }
        }
    }

    #[test]
    fn agent_cut_is_the_first_by_before_the_end() {
        let afters = ["named chief executive by the board", "attacked by", "x by", " by ", "by the", "a b c", "", "é by é by", "stood by, by then"];
        for after in afters {
            for end in 0..after.len() + 6 {
                assert_eq!(agent_cut(after, end), end.min(after.find(" by ").unwrap_or(end)), "{after:?} {end}");
            }
        }
    }

    #[test]
    fn ascii_split_cuts_as_str_split_does() {
        for s in ["", ",", " ", "a", "a, b", ",a,,b ", "chief executive, “Acme”", "né, à ,", "x,y z"] {
            let ours: Vec<&str> = ascii_split(s, |b| b == b' ' || b == b',').collect();
            let std: Vec<&str> = s.split([' ', ',']).collect();
            assert_eq!(ours, std, "{s:?}");
            assert_eq!(spaced(s).collect::<Vec<_>>(), s.split(' ').collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn appositives_give_title_and_organization() {
        let cases = [
            ("co-director of the Lisbon-based Institute for Coastal Studies", vec![("co-director", Some("Institute for Coastal Studies"))]),
            ("a senior fellow at the Harbor Policy Center and fellow at the Marin Institute", vec![("senior fellow", Some("Harbor Policy Center")), ("fellow", Some("Marin Institute"))]),
            ("a resident of Alder County", vec![("resident", Some("Alder County"))]),
            ("a spokesman", vec![("spokesman", None)]),
            ("who was there", vec![]),
            ("vice president of field operations at Corvid Launch", vec![("vice president of field operations", Some("Corvid Launch"))]),
            ("president and chief operating officer of Lumen Freight", vec![("president", Some("Lumen Freight")), ("chief operating officer", Some("Lumen Freight"))]),
            ("a Pacific Mapping Agency research fellow", vec![("research fellow", Some("Pacific Mapping Agency"))]),
            ("Elm State Department of Parks public information officer", vec![("public information officer", Some("Elm State Department of Parks"))]),
            ("local president of the bus drivers' union", vec![("local president", Some("bus drivers' union"))]),
            ("a clinical psychologist and jail safety expert from Fresno", vec![("clinical psychologist", Some("Fresno")), ("jail safety expert", Some("Fresno"))]),
            ("deputy associate administrator for research in Orbitex's science directorate", vec![("deputy associate administrator for research", Some("Orbitex"))]),
            ("the Sen.", vec![("Senator", None)]),
            ("a resident of the northern Alder Province", vec![("resident", Some("Alder Province"))]),
            ("fellow at Quill University’s Marsh Institution", vec![("fellow", Some("Quill University’s Marsh Institution"))]),
            ("a wealthy hotelier", vec![]),
            ("an expert in soil use and crop health at the University of Tarn", vec![("expert in soil use and crop health", Some("University of Tarn"))]),
            ("CEO of Lumen Holdings", vec![("CEO", Some("Lumen Holdings"))]),
            ("a former Harbor Safety Board official", vec![("former official", Some("Harbor Safety Board"))]),
            ("a member of the group Nurses for Clean Water", vec![("member", Some("Nurses for Clean Water"))]),
            // the clause is no title, the office after "as" is
            ("a rich grocer Mayor Hale tapped as his ambassador to the Ardent Union", vec![("ambassador", Some("Ardent Union"))]),
            ("who served as a consultant for Lumen Freight", vec![("consultant", Some("Lumen Freight"))]),
            ("a rival the mayor called her nemesis as the former secretary of state struggles to win", vec![]),
            ("a law professor at West Tarn University who has taught there since 1990", vec![("law professor", Some("West Tarn University"))]),
        ];
        for (t, want) in cases {
            let got = appositive_roles(t, (0, t.len()));
            let got: Vec<(String, Option<String>)> = got.into_iter().map(|r| (r.title, r.organization)).collect();
            let want: Vec<(String, Option<String>)> = want.into_iter().map(|(a, b)| (a.to_string(), b.map(str::to_string))).collect();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn party_state_tags_name_the_state() {
        assert_eq!(party_state(", R-Neb., called"), Some("Nebraska"));
        assert_eq!(party_state(" (D-Calif.) said"), Some("California"));
        assert_eq!(party_state(", D-N.Y., said"), Some("New York"));
        assert_eq!(party_state(", R-Texas, said"), Some("Texas"));
        assert_eq!(party_state(", a senator"), None);
    }

    #[test]
    fn relative_clauses_end_an_appositive() {
        let s = "a retired engineer who lives in Dayton, said";
        assert_eq!(&s[..appositive_end(s)], "a retired engineer");
    }
}

/// National offices that, printed with no organization, belong to the country the
/// article reports from ("President X" in a story datelined WASHINGTON).
const NATIONAL: &[&str] = &["president", "vice president", "prime minister", "deputy prime minister", "foreign secretary", "home secretary", "foreign minister", "finance minister", "defense secretary", "defence secretary", "secretary of state", "chancellor"];

/// State offices that belong to the US state the article is about ("Gov. X").
const STATE: &[&str] = &["governor", "lieutenant governor", "state schools superintendent", "superintendent of public instruction"];

/// Parties, which are an affiliation and no office's organization.
pub(crate) const PARTIES: &[&str] = &["republican", "democratic", "democrat", "gop"];

/// The places an article's offices imply: the country of its dateline (when the
/// dateline's city is shared by several countries, the country the article names
/// most), named as the article prints it (else as GeoNames does), and the US state it
/// names most (at least twice) when it reports from the United States or gives no dateline.
pub fn implied_places(text: &str, dateline: Option<&str>, names: &Names) -> (Option<String>, Option<String>) {
    use crate::lexicon::places::{country_name, place, PlaceKind};
    // every known place the article names, looked up once
    let named: Vec<(&str, crate::lexicon::places::Place)> = names
        .runs
        .iter()
        .filter(|r| r.kind == EntityKind::Place)
        .filter_map(|r| text.get(r.span.0..r.span.1))
        .filter_map(|n| Some((n, place(n)?)))
        .collect();
    let of_kind = |k: PlaceKind| named.iter().filter(move |(_, p)| p.kind == k);
    // "WASHINGTON (AP) —": the words before the first comma, bracket or dash, in title case
    let city = dateline.map(|d| {
        let head = d.split([',', '(', '—', '–']).next().unwrap_or("").split(" - ").next().unwrap_or("");
        head.words()
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
            })
            .collect::<Vec<String>>()
            .join(" ")
    });
    let code = match city.as_deref().and_then(place) {
        Some(p) if p.country.is_some() => p.country,
        Some(_) => most(of_kind(PlaceKind::Country).filter_map(|(_, p)| p.country), 1),
        None => None,
    };
    let country = code.and_then(|c| {
        let printed = of_kind(PlaceKind::Country).filter(|(n, p)| p.country == Some(c) && n.chars().any(char::is_lowercase));
        most(printed.map(|(n, _)| *n), 1).or_else(|| country_name(c)).map(str::to_string)
    });
    let us = code.is_none() || code == Some("US");
    let state = if us { most(of_kind(PlaceKind::State).map(|(n, _)| *n), 2).map(str::to_string) } else { None };
    (country, state)
}

/// The most frequent of `items` that occurs at least `min` times (ties: the greatest).
fn most<'a>(items: impl Iterator<Item = &'a str>, min: usize) -> Option<&'a str> {
    let mut n: crate::fasthash::FastMap<&str, usize> = crate::fasthash::FastMap::default();
    for i in items {
        *n.entry(i).or_default() += 1;
    }
    n.into_iter().filter(|e| e.1 >= min).max_by_key(|e| (e.1, e.0)).map(|e| e.0)
}

/// The level of office a role holds when its organization is missing (or is only a
/// party) and the article's place completes it: national ("President") or state ("Governor").
pub fn implied_office(r: &Role) -> Option<bool> {
    let party = r.organization.as_deref().is_some_and(|o| PARTIES.iter().any(|p| o.eq_ignore_ascii_case(p)));
    if r.organization.is_some() && !party {
        return None;
    }
    let capitalised = r.title.chars().next().is_some_and(char::is_uppercase);
    let title = crate::text::lower(&r.title);
    if capitalised && NATIONAL.contains(&title.as_str()) {
        Some(true)
    } else if STATE.contains(&title.as_str()) || (capitalised && title == "superintendent") {
        Some(false)
    } else {
        None
    }
}

/// Gives offices printed without an organization the place the article implies
/// ([`implied_places`], [`implied_office`]); a party is no organization for them.
pub fn imply_places(roles: &mut [Role], country: Option<&str>, state: Option<&str>) {
    for r in roles.iter_mut() {
        let place = match implied_office(r) {
            Some(true) => country,
            Some(false) => state,
            None => None,
        };
        if let Some(p) = place {
            r.organization = Some(p.to_string());
        }
    }
}

/// A description printed in capitals as news prints it in lower case: the title before the
/// first preposition or comma in lower case, the names after it capitalised, small words in
/// lower case and words of three letters or fewer kept as acronyms ("GCI", "CEO"):
/// "SENIOR ANALYST AT GCI ASSET MANAGEMENT" -> "senior analyst at GCI Asset Management".
fn uncapitalised(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut title = true;
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let core = w.trim_end_matches([',', '.', ';', ':']);
        let lower = core.to_lowercase();
        let small = matches!(lower.as_str(), "at" | "of" | "for" | "and" | "the" | "in" | "on" | "to" | "with" | "a" | "an");
        if small && lower != "and" {
            title = false;
        }
        if core.chars().filter(|c| c.is_alphabetic()).count() <= 3 && !small {
            out.push_str(core);
        } else if small || title {
            out.push_str(&lower);
        } else {
            out.push_str(&crate::resolve::title_case(core));
        }
        out.push_str(&w[core.len()..]);
        if core.len() < w.len() {
            title = false;
        }
    }
    out
}
