//! Speakers: mentions at cues become one [`Speaker`] per source.
//!
//! A name mention resolves to the fullest name of the article sharing its
//! surname; a pronoun to the most recent compatible speaker; "who" to its
//! antecedent; a definite common noun ("the source") to the latest speaker with
//! that head noun. Kinds come from the phrase (name, organization word,
//! speaker noun). Roles come from titles before a name and appositives after
//! it; gender from honorifics, co-referring pronouns, gendered nouns, and
//! last the first-name lexicon.

use crate::attribute::lexicon::{lexicon, NounKind};
use crate::attribute::{Attribution, MentionSpan, Range, SpeakerRef};
use crate::model::{Gender, GenderEvidence, Role, SpeakerKind};
use crate::recognize::names::{Names, PersonName};
use crate::fasthash::FastMap;
use crate::text::{find_short, split_once_short};
use crate::text::SplitWords;

/// Identity of a speaker across mentions: (from a recognized person name,
/// kind, lower-cased name).
type SpeakerKey = (bool, SpeakerKind, String);

/// How many earlier quotes a pronoun or definite noun may reach back to.
const RECENT: usize = 40;

/// A speaker while the article is being read (byte spans).
#[derive(Debug, Clone)]
pub struct SpeakerDraft {
    /// Canonical name.
    pub name: String,
    /// Person, organization, group, anonymous, document.
    pub kind: SpeakerKind,
    /// Byte ranges of its mentions.
    pub mentions: Vec<Range>,
    /// Titles and organizations.
    pub roles: Vec<Role>,
    /// Gender and its evidence.
    pub gender: (Gender, GenderEvidence, Option<String>),
    /// Lowercased head noun for common-noun speakers ("source").
    head: Option<String>,
    /// Whether a mention of it is the bare pronoun "he", "she" (kept as mentions are
    /// added, so a pronoun's check costs nothing however many mentions a speaker has).
    called: [bool; 2],
}

impl SpeakerDraft {
    /// A speaker known by its name and kind alone, with no mention, role or gender yet.
    fn plain(name: &str, kind: SpeakerKind) -> SpeakerDraft {
        SpeakerDraft { name: name.to_string(), kind, mentions: Vec::new(), roles: Vec::new(), gender: (Gender::Unknown, GenderEvidence::None, None), head: None, called: [false; 2] }
    }
}

/// The speakers of an article and, for each attribution, its speaker index and local mention.
#[derive(Debug, Default)]
pub struct Resolution {
    /// Speakers in order of first quote.
    pub speakers: Vec<SpeakerDraft>,
    /// Per attribution: (speaker index, mention byte range).
    pub links: Vec<(Option<usize>, Option<Range>)>,
    /// A title alone ("the actress") and the person it stood for where it was first read as
    /// the person quoted just before.
    titled: Vec<(String, usize)>,
    /// The speaker of the transcript's turn the mention being resolved stands in: a "he" or
    /// "she" of a turn is someone the speaker talks about, never the speaker.
    turn_speaker: Option<usize>,
}

/// Resolves the attributions' mentions into speakers.
pub fn resolve(text: &str, lc: &str, paragraphs: &[crate::segment::Paragraph], atts: &[Attribution], names: &Names) -> Resolution {
    // (one link per attribution: sized at once)
    let mut r = Resolution { speakers: Vec::new(), links: Vec::with_capacity(atts.len()), titled: Vec::new(), turn_speaker: None };
    // the transcript's turns resolved so far: (content, speaker)
    let mut turns: Vec<(Range, usize)> = Vec::new();
    // (the maps below sized at once for every attribution, each at most one speaker and one
    // mention span: not regrown and rehashed as they fill; they are only looked up, never
    // iterated, so their capacity changes no order)
    let mut by_key: FastMap<SpeakerKey, usize> = FastMap::with_capacity_and_hasher(atts.len(), Default::default());
    // (sized once: most attributions add a mention)
    let mut seen_mentions: FastMap<(usize, Range), ()> = FastMap::with_capacity_and_hasher(atts.len(), Default::default());
    // (speaker, appositive) pairs whose roles are merged already: merging a role again
    // changes nothing (`merge_role` keeps every title it took), so each is parsed once
    let mut merged_appositives: FastMap<(usize, Range), ()> = FastMap::default();
    // the speaker each mention span resolved to: one phrase is one speaker, whichever verbs
    // share it ("A Northline spokesperson said ... and urged ...": one spokesperson; a
    // pronoun aside)
    let mut by_span: FastMap<Range, Option<usize>> = FastMap::with_capacity_and_hasher(atts.len(), Default::default());
    for (ai, a) in atts.iter().enumerate() {
        let link = match &a.speaker {
            SpeakerRef::Unknown => (None, None),
            // filled in below, once every mention is resolved (it may point forward)
            SpeakerRef::Inherit(_) => (None, None),
            SpeakerRef::Mention(m) => {
                let named;
                // the wording at the cue spans the description and the name
                let mut wording = m.span;
                let m = match named_appositive(text, m, names) {
                    Some(x) => {
                        wording = (m.span.0.min(x.span.0), m.span.1.max(x.span.1));
                        named = x;
                        &named
                    }
                    None => m,
                };
                // (a pronoun is read from where its content starts, each time)
                let pronoun = lc.get(m.span.0..m.span.1).is_some_and(|w| lexicon().pronouns.contains_key(w));
                // ("“Are you serious?” I asked.": "I" in the narration, outside any quotation, is
                // the writer, not the one quoted last)
                // (in a transcript's turn, "I" is the turn's speaker: "PAVEL NOOR: ... I did
                // mention that ...")
                let turn = turns.iter().rev().find(|(c, _)| c.0 <= m.span.0 && m.span.1 <= c.1).map(|&(_, i)| i).filter(|_| !a.rule.starts_with("transcript-"));
                let narrator = lc.get(m.span.0..m.span.1) == Some("i") && !quoted_at(paragraphs, m.span.0);
                r.turn_speaker = turn.filter(|_| pronoun);
                let idx = match by_span.get(&m.span).filter(|_| !pronoun) {
                    Some(&known) => known,
                    None if narrator && turn.is_some() => turn,
                    None if narrator => Some(plain_speaker(&mut r, &mut by_key, WRITER, SpeakerKind::Anonymous)),
                    None if a.rule.starts_with("transcript-") => transcript_speaker(text, lc, m, &mut r, &mut by_key, names).or_else(|| resolve_mention(text, lc, m, &mut r, &mut by_key, names, a.content.0)),
                    None => resolve_mention(text, lc, m, &mut r, &mut by_key, names, a.content.0),
                };
                r.turn_speaker = None;
                if let (Some(i), true) = (idx, a.rule.starts_with("transcript-")) {
                    turns.push((a.content, i));
                }
                by_span.insert(m.span, idx);
                if let (Some(i), Some(app)) = (idx, m.appositive) {
                    if let Some(sp) = r.speakers.get_mut(i) {
                        // ("Her brother, Daniel, said": the description's family noun gives the sex
                        // of a person nothing else gives one)
                        // (not a relative clause's noun: "who plays the widow's brother")
                        let relative = lc.get(app.0..app.1).is_some_and(|d| d.starts_with("who ") || d.starts_with("whose ") || d.starts_with("which "));
                        if sp.kind == SpeakerKind::Person && sp.gender.1 == GenderEvidence::None && !relative {
                            let last = lc.get(app.0..app.1).and_then(|d| d.words().last()).unwrap_or("");
                            let g = noun_gender(last);
                            if family_noun(&g) {
                                sp.gender = g;
                            }
                        }
                        if sp.kind == SpeakerKind::Person && merged_appositives.insert((i, app), ()).is_none() {
                            for role in crate::recognize::roles::appositive_roles(text, app) {
                                crate::recognize::roles::merge_role(&mut sp.roles, role);
                            }
                        }
                    }
                }
                (idx, Some(wording))
            }
        };
        if let (Some(i), Some(span)) = link {
            if let Some(sp) = r.speakers.get_mut(i) {
                // a set, not a scan of the mentions: linear in quotes however many one speaker has
                if seen_mentions.insert((i, span), ()).is_none() {
                    match lc.get(span.0..span.1) {
                        Some("he") => sp.called[0] = true,
                        Some("she") => sp.called[1] = true,
                        _ => {}
                    }
                    sp.mentions.push(span);
                }
            }
        }
        let _ = ai;
        r.links.push(link);
    }
    singular_they(text, lc, atts, names, &mut r, &mut by_key);
    // continuations take their source's speaker; chains resolve over a few passes
    for _ in 0..4 {
        let mut changed = false;
        for (ai, a) in atts.iter().enumerate() {
            if let SpeakerRef::Inherit(i) = a.speaker {
                let src = r.links.get(i).and_then(|l| l.0);
                if src.is_some() && r.links[ai].0.is_none() {
                    r.links[ai].0 = src;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    lede_quote(text, lc, paragraphs, atts, names, &mut r, &mut by_key);
    subject_pronoun_gender(lc, &mut r);
    r
}

/// "Casey Morgan is a senior at the university. ¶ “I don't really have a gender,” they said":
/// a direct quotation that speaks as one ("I", "my", never "we") and that "they" says, with
/// no one found for it, is the person named last before it (within four sentences, no two
/// people named together, no plural noun for people between), when nothing but a name
/// gives that person a sex. Its speaker uses "they" for them: no sex, from that pronoun.
fn singular_they(text: &str, lc: &str, atts: &[Attribution], names: &Names, r: &mut Resolution, by_key: &mut FastMap<SpeakerKey, usize>) {
    for (ai, a) in atts.iter().enumerate() {
        if r.links.get(ai).is_none_or(|l| l.0.is_some()) || a.kind != crate::model::QuoteType::Direct {
            continue;
        }
        let SpeakerRef::Mention(m) = &a.speaker else { continue };
        if lc.get(m.span.0..m.span.1) != Some("they") {
            continue;
        }
        let content = lc.get(a.content.0..a.content.1).unwrap_or("");
        let (mut one, mut many) = (false, false);
        for w in content.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).filter(|w| !w.is_empty()) {
            match w.split(['\'', '’']).next().unwrap_or(w) {
                "i" | "my" | "me" | "myself" => one = true,
                "we" | "our" | "us" | "ours" | "ourselves" => many = true,
                _ => {}
            }
        }
        let at = m.span.0.min(a.content.0);
        if !one || many || names.pair_before(lc, at).is_some() || plural_people_before(lc, at).is_some() {
            continue;
        }
        let Some(p) = names.nearest_person_before(lc, at, None, &|_| false) else { continue };
        let last = p.occurrences.iter().rev().find(|o| o.1 <= at).map_or(0, |o| o.1);
        if names.sentence_starts_between(last, at) > 4 {
            continue;
        }
        let (_, evidence, _) = names.gender_of(text, p);
        if !matches!(evidence, GenderEvidence::None | GenderEvidence::NameLexicon) {
            continue;
        }
        let i = person_speaker(text, lc, p, r, by_key, names);
        r.speakers[i].gender = (Gender::Unknown, GenderEvidence::Pronoun, Some([crate::recognize::names::STATED_PRONOUNS, "they' for its quotes"].concat()));
        r.links[ai].0 = Some(i);
        if let Some(sp) = r.speakers.get_mut(i) {
            sp.mentions.push(m.span);
        }
    }
}

/// "Abike Dabiri ... Dabiri said Ugochukwu ... attacked him ... She said ... she said": a
/// person whose sex rests on pronouns read after the name (about anyone in the sentence) or
/// on nothing, spoken for by "she" or "he" two times at least and never by the other, is of
/// that sex: the subject of a verb of saying is the speaker, a pronoun after the name may be
/// anyone's.
fn subject_pronoun_gender(lc: &str, r: &mut Resolution) {
    for sp in r.speakers.iter_mut().filter(|sp| sp.kind == SpeakerKind::Person && matches!(sp.gender.1, GenderEvidence::Pronoun | GenderEvidence::None | GenderEvidence::NameLexicon)) {
        let (mut she, mut he) = (0usize, 0usize);
        for m in &sp.mentions {
            match lc.get(m.0..m.1) {
                Some("she") => she += 1,
                Some("he") => he += 1,
                _ => {}
            }
        }
        // ("Whitt said she does not want ...": with no evidence at all, the pronoun opening
        // what a mention by name said, of one sex only)
        if sp.gender.1 == GenderEvidence::None && she + he == 0 {
            let (mut f, mut m) = (0, 0);
            for x in &sp.mentions {
                let rest = lc.get(x.1..).unwrap_or("");
                let mut ws = rest.split(' ').skip(1);
                let cue = ws.next().unwrap_or("");
                if !matches!(lexicon().cues.get(cue), Some(crate::attribute::lexicon::CueClass::Speech)) {
                    continue;
                }
                match ws.next().map(|w| if w == "that" { ws.next().unwrap_or("") } else { w }) {
                    Some("she") => f += 1,
                    Some("he") => m += 1,
                    _ => {}
                }
            }
            let g = match (f, m) {
                (n, 0) if n >= 1 => (Gender::Female, "she"),
                (0, n) if n >= 1 => (Gender::Male, "he"),
                _ => continue,
            };
            if !stated_they(sp) {
                sp.gender = (g.0, GenderEvidence::Pronoun, Some(format!("pronoun '{}' opening what was said", g.1)));
            }
            continue;
        }
        // (over a guess from the first name, one pronoun will do for a name both sexes bear,
        // each at least one time in seven: "Police Sgt Kim Larrow said ... “...,” he said";
        // not "Chris", "Bernie")
        let share = sp.name.split(' ').next().and_then(crate::lexicon::names::first_name_gender).map(|n| n.female_share);
        let lexicon_guess = sp.gender.1 == GenderEvidence::NameLexicon;
        if lexicon_guess && !share.is_some_and(|s| (0.15..=0.85).contains(&s)) {
            continue;
        }
        let least = if lexicon_guess { 1 } else { 2 };
        let (g, n, w) = match (she, he) {
            (n, 0) if n >= least => (Gender::Female, n, "she"),
            (0, n) if n >= least => (Gender::Male, n, "he"),
            _ => continue,
        };
        // (not against a first name nine times in ten of the other sex: a "he said" given to
        // Hillary Clinton is the resolution's error, not hers)
        let against_name = share.is_some_and(|s| if g == Gender::Female { s <= 0.1 } else { s >= 0.9 });
        if sp.gender.0 != g && !stated_they(sp) && !against_name {
            sp.gender = (g, GenderEvidence::Pronoun, Some(format!("pronoun '{w}' for {n} of its quotes")));
        }
    }
}

/// "New AFN Chief Cindy Woodhouse visited Poundmaker First Nation on Friday ... ¶ “To come
/// back to our land is where we get strength from.”": a quotation with no cue and no
/// speaker, after a paragraph that quotes no one, is the person the story introduced just
/// before it ([`introduced_before`]).
fn lede_quote(text: &str, lc: &str, paragraphs: &[crate::segment::Paragraph], atts: &[Attribution], names: &Names, r: &mut Resolution, by_key: &mut FastMap<SpeakerKey, usize>) {
    // (the paragraphs that quote someone, marked once: not a scan of every attribution for
    // each quotation, quadratic in an article of many quotations)
    let mut quoting = vec![false; paragraphs.len()];
    for a in atts {
        if let Some(q) = quoting.get_mut(a.paragraph) {
            *q = true;
        }
    }
    for (ai, a) in atts.iter().enumerate() {
        // "“We had a terrific 80 minutes,” said coach Tom Sermanni. ¶ His comments were
        // echoed by captain Ali Riley. ¶ “I'm really proud of how we played.”": a quotation
        // filling its paragraph after one short sentence that announces a speaker, not the
        // speaker of the quotation before
        if a.rule == crate::attribute::CONTINUATION && a.paragraph >= 2 && !quoting.get(a.paragraph - 1).copied().unwrap_or(true) {
            if let Some(pi) = paragraphs.get(a.paragraph - 1).filter(|_| fills_paragraph(text, paragraphs, a)).and_then(|p| announcer(text, lc, p, names)) {
                if let Some(p) = names.people.get(pi) {
                    r.links[ai].0 = Some(person_speaker(text, lc, p, r, by_key, names));
                }
            }
            continue;
        }
        // (a quotation no rule gave a speaker, after the headline)
        if a.rule != crate::attribute::UNATTRIBUTED || a.paragraph < 1 || r.links.get(ai).is_none_or(|l| l.0.is_some()) {
            continue;
        }
        // "As for Tessa, the trip is a splurge. “I really do not have much money ...”": a
        // quotation in the first person after narration of its own paragraph naming one person
        if let Some(p) = one_person_before_in_paragraph(lc, paragraphs, a, names).and_then(|pi| names.people.get(pi)) {
            r.links[ai].0 = Some(person_speaker(text, lc, p, r, by_key, names));
            continue;
        }
        // (the paragraph before quotes no one)
        if quoting.get(a.paragraph - 1).copied().unwrap_or(false) {
            continue;
        }
        if let Some(pi) = introduced_before(text, paragraphs, a, names) {
            let Some(p) = names.people.get(pi) else { continue };
            r.links[ai].0 = Some(person_speaker(text, lc, p, r, by_key, names));
        } else if let Some(p) = fills_paragraph(text, paragraphs, a).then(|| pronoun_telling_before(lc, paragraphs, a, names)).flatten() {
            r.links[ai].0 = Some(person_speaker(text, lc, p, r, by_key, names));
        }
    }
}

/// "He told the court when he was called to the hospital on August 2, 2016, he heard ... ¶
/// “They were talking about my wife.”": a paragraph opening with "he" or "she" and a verb of
/// saying before a quotation filling the next, no cue of its own: the person the pronoun
/// stands for (the nearest person named before it of that sex).
fn pronoun_telling_before<'n>(lc: &str, paragraphs: &[crate::segment::Paragraph], a: &Attribution, names: &'n Names) -> Option<&'n PersonName> {
    let prev = paragraphs.get(a.paragraph.checked_sub(1)?)?;
    let body = lc.get(prev.start..prev.end)?;
    let (pronoun, rest) = body.split_once(' ')?;
    let want = match pronoun {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    let verb = rest.split(' ').next()?;
    if !matches!(lexicon().cues.get(verb), Some(crate::attribute::lexicon::CueClass::Speech | crate::attribute::lexicon::CueClass::Tell)) || matches!(verb, "asked" | "asks") {
        return None;
    }
    names.nearest_person_before(lc, prev.start, Some(want), &|_| false)
}

/// The one person named (outside quotation marks) in the narration that opens the paragraph
/// of quotation `a` before it, when `a` speaks in the first person ("I", "me", "my", "we").
fn one_person_before_in_paragraph(lc: &str, paragraphs: &[crate::segment::Paragraph], a: &Attribution, names: &Names) -> Option<usize> {
    let p = paragraphs.get(a.paragraph)?;
    let lead = lc.get(p.start..a.content.0)?.trim_end_matches(['"', '“', ' ']);
    if lead.words().count() < 3 || lead.contains(['"', '“', '”']) {
        return None;
    }
    let content = lc.get(a.content.0..a.content.1)?;
    if !content.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').any(|w| matches!(w, "i" | "me" | "my" | "we" | "our" | "us" | "i'm" | "i’m" | "i've" | "i’ve")) {
        return None;
    }
    let lo = names.runs.partition_point(|x| x.span.0 < p.start);
    let mut people = names.runs[lo..].iter().take_while(|x| x.span.1 <= p.start + lead.len()).filter_map(|x| x.person);
    let pi = people.next()?;
    people.all(|q| q == pi).then_some(pi)
}

/// True when `text[s..e]` holds no letter or digit (punctuation and spaces at most).
fn no_words(text: &str, s: usize, e: usize) -> bool {
    text.get(s..e).is_some_and(|t| t.chars().all(|c| !c.is_alphanumeric()))
}

/// True when quotation `a` fills its paragraph, punctuation aside.
fn fills_paragraph(text: &str, paragraphs: &[crate::segment::Paragraph], a: &Attribution) -> bool {
    paragraphs.get(a.paragraph).is_some_and(|here| no_words(text, here.start, a.content.0) && no_words(text, a.content.1, here.end))
}

/// The person a paragraph of one short sentence announces as the next to speak: its
/// subject, a name and a verb of saying or agreeing with a few words after it ("Captain
/// Ali Riley agreed.", "Riley echoed those comments."), or the agent of a passive ending
/// it ("His comments were echoed by captain Ali Riley.").
fn announcer(text: &str, lc: &str, p: &crate::segment::Paragraph, names: &Names) -> Option<usize> {
    let body = text.get(p.start..p.end)?.trim_end();
    let lbody = lc.get(p.start..p.end)?.trim_end();
    let inner = body.strip_suffix('.')?;
    if inner.contains(['.', '!', '?', '"', '“', '”', ';', ':']) || inner.words().count() > 12 {
        return None;
    }
    let lo = names.runs.partition_point(|x| x.span.0 < p.start);
    let mut people = names.runs[lo..].iter().take_while(|x| x.span.1 <= p.start + inner.len()).filter_map(|x| x.person.map(|pi| (pi, x.span)));
    let (pi, span) = people.next()?;
    if people.any(|(q, _)| q != pi) {
        return None;
    }
    let lex = lexicon();
    let capital_or_title = |w: &str| w.starts_with(char::is_uppercase) || lex.is_title(&w.to_lowercase());
    // (the agent of a passive, last: "were echoed by captain Ali Riley")
    let lead = lbody.get(..span.0 - p.start)?;
    let agent = span.1 == p.start + inner.len() && {
        let mut ws = lead.words().rev().skip_while(|w| lex.is_title(w));
        ws.next() == Some("by") && ws.next().is_some_and(|v| v.ends_with("ed")) && ws.any(|w| matches!(w, "was" | "were" | "been"))
    };
    // (the subject, opening the paragraph after a title at most, then a verb of saying and
    // at most three words)
    let subject = text.get(p.start..span.0).is_some_and(|t| t.split_whitespace().all(capital_or_title)) && {
        let rest = lc.get(span.1..p.start + inner.len()).unwrap_or("");
        let mut ws = rest.words();
        // (not a refusal nor a question: "Smith declined to comment.", "Smith asked.")
        let refused = rest.words().any(|w| matches!(w, "not" | "never" | "declined" | "refused" | "comment" | "asked" | "asks" | "wondered"));
        !refused && ws.next().is_some_and(|v| lex.cues.contains_key(v) || matches!(v, "agreed" | "concurred" | "echoed")) && ws.count() <= 3
    };
    (agent || subject).then_some(pi)
}

/// The person a quotation with no cue is introduced by: the one person named, where a
/// subject stands, in the paragraph before when the quotation fills its own, or in the
/// sentences before it in its paragraph when it ends that paragraph and they quote nothing
/// ("Dr. Robin Hale teaches journalists at conferences. “We want them to be more
/// skeptical.”"). Where a subject stands: opening the paragraph after a title and its body
/// at most ("New Assembly of First Nations (AFN) Chief Cindy Woodhouse visited"), or after
/// an opening phrase and its comma, with a description of lowercase words at most ("Near
/// the end of the meeting, concerned parent Jerri Thompson broke decorum"); not as an
/// object ("claims fact-checked with my colleague Michelle Ye Hee Lee").
fn introduced_before(text: &str, paragraphs: &[crate::segment::Paragraph], a: &Attribution, names: &Names) -> Option<usize> {
    let here = paragraphs.get(a.paragraph)?;
    // (nothing but punctuation between)
    let bare = |s: usize, e: usize| no_words(text, s, e);
    if !bare(a.content.1, here.end) {
        return None;
    }
    let (from, to) = if bare(here.start, a.content.0) {
        // (not the headline)
        let prev = paragraphs.get(a.paragraph.checked_sub(1).filter(|&k| k >= 1)?)?;
        (prev.start, prev.end)
    } else {
        // (the quotation opens a sentence of its paragraph, no other quotation mark before it)
        let lead = text.get(here.start..a.content.0)?;
        let lead = lead.trim_end().strip_suffix(['"', '“'])?;
        if lead.contains(['"', '“', '”']) || !lead.trim_end().ends_with(['.', '!', '?']) {
            return None;
        }
        (here.start, here.start + lead.len())
    };
    // (after a question the quotation is an answer, not the asker's: "Maria Lopez asked.")
    let intro = text.get(from..to)?;
    let asked = intro.trim_end().ends_with('?') || intro.split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "asked" | "asks" | "ask" | "asking" | "wondered" | "questioned"));
    if asked {
        return None;
    }
    let lo = names.runs.partition_point(|x| x.span.0 < from);
    let mut named = names.runs[lo..].iter().take_while(|x| x.span.1 <= to).filter_map(|x| x.person.map(|p| (p, x.span.0)));
    let (pi, at) = named.next()?;
    let before = text.get(from..at).unwrap_or("");
    let lex = lexicon();
    let capital_or_title = |w: &str| {
        let lw = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        w.starts_with(|c: char| c.is_uppercase() || c == '(') || matches!(lw.as_str(), "of" | "the" | "and" | "for" | "former" | "a" | "an") || lex.is_title(&lw)
    };
    let opening = before.split_whitespace().all(capital_or_title) || before.rsplit_once(", ").is_some_and(|(intro, desc)| {
        // (the opening phrase names no one and holds no sentence's end)
        !intro.contains(['.', '!', '?', ';'])
            && desc.split_whitespace().all(|w| {
                let lw = w.to_lowercase();
                capital_or_title(w) || crate::lexicon::names::is_person_noun(&lw) || (lw.ends_with("ed") && !lw.contains(['\'', '’']) && lw.len() > 4)
            })
    });
    (opening && named.all(|(q, _)| q == pi)).then_some(pi)
}

/// Paragraphs of the opening a local story's description of its person and their name may
/// span, the headline counted: the headline, the lede and two more.
const LEDE_PARAGRAPHS: usize = 4;

/// "A Calgary woman says she is fighting for her deposit. ¶ Priya Deshmukh tells CTV News
/// ...": a local story's lede describes its person before naming them. An unnamed speaker
/// described by an indefinite noun of one sex ("a Calgary woman", "an Edmonton father"; the
/// headline's "Calgary woman"), mentioned only in the opening paragraphs, is the first person
/// named after it when that person opens a paragraph of the opening, is of the same sex, has
/// no title (an official named next is someone else: "Police spokesperson Jane Doe said")
/// and is quoted. Its quotes and mentions move to that person.
pub fn lede_descriptions(text: &str, lc: &str, paragraphs: &[crate::segment::Paragraph], names: &Names, r: &mut Resolution) {
    // the end of the opening: the story's paragraphs as the layout found them (furniture
    // such as a byline or a caption is none of them)
    let lede_end = paragraphs.get(LEDE_PARAGRAPHS - 1).map_or(text.len(), |p| p.end);
    for i in 0..r.speakers.len() {
        let sp = &r.speakers[i];
        if sp.kind != SpeakerKind::Anonymous || sp.mentions.is_empty() || sp.mentions.iter().any(|m| m.1 > lede_end) {
            continue;
        }
        // (an office whose noun tells a sex, "a spokeswoman for the agency", is an office too)
        let noun_sex = sp.gender.1 == GenderEvidence::Noun;
        if !noun_sex || crate::text::lower(&sp.name).words().any(|w| lexicon().titles.contains(w)) {
            lede_office(text, paragraphs, lede_end, names, r, i);
            if r.speakers[i].mentions.is_empty() {
                continue;
            }
            if !noun_sex {
                lede_title(lc, paragraphs, names, r, i);
                continue;
            }
        }
        let sp = &r.speakers[i];
        // (indefinite or bare, a noun of one sex last: not "the woman", "one mother", "the
        // mother of the victim")
        let lname = crate::text::lower(&sp.name);
        let words: Vec<&str> = lname.words().collect();
        let bare_or_indefinite = words.first().is_some_and(|w| matches!(*w, "a" | "an") || sp.name.starts_with(char::is_uppercase) && !matches!(*w, "the" | "one" | "another" | "his" | "her" | "their" | "its"));
        if !bare_or_indefinite || words.len() > 5 || words.contains(&"of") || lname.contains('\'') || lname.contains('\u{2019}') || !words.last().is_some_and(|w| crate::lexicon::names::is_person_noun(w)) {
            continue;
        }
        // (the description's own mentions: a "she" resolved to it may stand after the name,
        // "Tina Beaulieu's son died, she told CBC")
        let pronoun = |m: &&Range| lc.get(m.0..m.1).is_some_and(|w| matches!(w, "she" | "he" | "her" | "him"));
        let last = sp.mentions.iter().filter(|m| !pronoun(m)).map(|m| m.1).max().unwrap_or(0);
        let gender = sp.gender.0;
        // the first person named after the description, named there first
        let Some(p) = names.people.iter().filter_map(|p| Some((p.occurrences.first()?.0, p))).filter(|&(o, _)| o > last).min_by_key(|&(o, _)| o) else { continue };
        let (at, p) = p;
        let opens_paragraph = paragraphs.iter().any(|q| text.get(q.start..at).is_some_and(|g| g.trim().is_empty()));
        // (and introduced bare or with an age, not as someone new: "Jane Smith, who was on the
        // bus, said", "Jane Smith, a neighbour, said")
        let end = p.occurrences.first().map_or(at, |o| o.1);
        let introduced = lc.get(end..).is_some_and(|rest| ["who ", "a ", "an ", "the ", "whose "].iter().any(|w| rest.strip_prefix(", ").is_some_and(|r| r.starts_with(w))));
        if at > lede_end || !opens_paragraph || introduced || names.people.iter().any(|q| q.occurrences.iter().any(|o| o.0 > last && o.0 < at)) {
            continue;
        }
        let Some(j) = r.speakers.iter().position(|x| x.kind == SpeakerKind::Person && x.name == p.full) else { continue };
        if r.speakers[j].gender.0 != gender || !r.speakers[j].roles.is_empty() || !p.roles.is_empty() {
            continue;
        }
        move_speaker(r, i, j);
    }
}

/// "A Quebec Superior Court judge has ruled that A. ¶ Justice Marie-Ève Gagnon wrote that B": an
/// unnamed speaker described by an indefinite title ("a federal judge", "an Ontario cabinet
/// minister", "a spokeswoman for the World Food Programme"), mentioned only in the opening, is
/// the first person named after it when that person opens a paragraph of the opening (maybe
/// after the quotation the paragraph opens with), holds the same office by a title printed with
/// the name, and is quoted, and no one else named in the opening holds it. Speaker `i`'s
/// quotes and mentions move to that person.
fn lede_office(text: &str, paragraphs: &[crate::segment::Paragraph], lede_end: usize, names: &Names, r: &mut Resolution, i: usize) {
    let lex = lexicon();
    let sp = &r.speakers[i];
    let lname = crate::text::lower(&sp.name);
    let words: Vec<&str> = lname.words().collect();
    let office = match words.as_slice() {
        // "a Quebec Superior Court judge"
        [first, .., last] if matches!(*first, "a" | "an") && words.len() <= 6 && !words.contains(&"of") && !lname.contains('\'') && !lname.contains('\u{2019}') => *last,
        // "a spokeswoman for the World Food Programme": the office, then whom it serves
        [first, office, prep, ..] if matches!(*first, "a" | "an") && matches!(*prep, "for" | "at" | "with") && words.len() <= 10 => *office,
        // (definite, its article dropped from the name) "the mayor of a northwestern Alberta
        // town", "the town's mayor", "the town mayor"
        [office, "of", det, ..] if matches!(*det, "a" | "an" | "the") && words.len() <= 8 => *office,
        [owner, office] if crate::text::possessive_owner(owner).is_some_and(|o| MUNICIPAL.contains(&o)) => *office,
        [mods @ .., office] if !mods.is_empty() && mods.iter().all(|w| MUNICIPAL.contains(w)) => *office,
        // "The judge who sentenced X ... said": a bare office after "the" (below: held by one
        // person of the whole article, named later and quoted)
        [office] if sp.mentions.iter().all(|m| opens_with_the(text, m.0)) => *office,
        _ => return,
    };
    if !lex.titles.contains(office) {
        return;
    }
    let last = sp.mentions.iter().map(|m| m.1).max().unwrap_or(0);
    let holds = |p: &PersonName| p.roles.iter().any(|r| {
        let t = crate::text::lower(&r.title);
        t.words().last().is_some_and(|h| h == office || lex.same_office(h, office))
    });
    if words.len() == 1 {
        // the one holder of the office the article names, first named after the description
        // and quoted ("... ¶ “...,” U.S. District Judge James Spencer said")
        let mut holders = names.people.iter().filter(|q| holds(q));
        let (Some(p), None) = (holders.next(), holders.next()) else { return };
        if p.occurrences.first().is_none_or(|o| o.0 < last) {
            return;
        }
        if let Some(j) = r.speakers.iter().position(|x| x.kind == SpeakerKind::Person && x.name == p.full) {
            move_speaker(r, i, j);
        }
        return;
    }
    // the first person named after the description
    let Some((at, p)) = names.people.iter().filter_map(|p| Some((p.occurrences.first()?.0, p))).filter(|&(o, _)| o > last).min_by_key(|&(o, _)| o) else { return };
    // (after its title: "Justice Marie-Ève Gagnon wrote"; after a connective: "However,
    // Mayor Kandis Jameson said")
    // ("Community leader Sione Fifita said": a title's words in lower case after the first)
    let titles_only = |g: &str| g.len() < 60 && g.split_whitespace().all(|w| (w.starts_with(char::is_uppercase) || lex.is_title(w)) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-')));
    fn past_connective(g: &str) -> &str {
        match g.split_once(", ") {
            Some((c, rest)) if c.chars().all(char::is_alphabetic) => rest,
            _ => g,
        }
    }
    // (or after the quotation the paragraph opens with: "“...,” WFP spokeswoman Marta
    // Lindqvist told reporters")
    fn past_quotation(g: &str) -> &str {
        match g.strip_prefix(['“', '"']).and_then(|q| q.rsplit_once(['”', '"'])) {
            Some((said, rest)) if said.ends_with(',') => rest.trim_start(),
            _ => g,
        }
    }
    let opens_paragraph = paragraphs.iter().any(|q| text.get(q.start..at).is_some_and(|g| titles_only(g) || titles_only(past_connective(g)) || titles_only(past_quotation(g))));
    let others = names.people.iter().filter(|q| q.occurrences.first().is_some_and(|o| o.0 < lede_end) && holds(q)).count();
    if at > lede_end || !opens_paragraph || !holds(p) || others != 1 {
        return;
    }
    let Some(j) = r.speakers.iter().position(|x| x.kind == SpeakerKind::Person && x.name == p.full) else { return };
    move_speaker(r, i, j);
}

/// "Dollarama Inc.'s chief executive says A. ¶ “...,” Neil Rossy told analysts", "The new
/// leader of Ontario's Opposition says A. ¶ Doug Ford, who was made the leader ..., says": an
/// unnamed speaker described by a title, definite or a body's (not a noun for an unnamed
/// source, "the spokesman"; not "a Carrier executive", someone new), mentioned only in one
/// paragraph of the opening that names no one, is the first person
/// named after it when that person is named in the next paragraph, is quoted, and is given
/// no title or one with the same head. Speaker `i`'s quotes and mentions move to that person.
fn lede_title(lc: &str, paragraphs: &[crate::segment::Paragraph], names: &Names, r: &mut Resolution, i: usize) {
    let lex = lexicon();
    let sp = &r.speakers[i];
    // (a definite description or a body's: "a Carrier executive" is someone new, unless the
    // person named next holds that title: "A judge in Orlando says ... ¶ Judge Belvin Perry")
    let indefinite = sp.mentions.iter().any(|m| lc.get(m.0..m.1).is_some_and(|t| t.starts_with("a ") || t.starts_with("an ")));
    let Some(first) = sp.mentions.first().and_then(|m| paragraphs.iter().position(|p| p.start <= m.0 && m.1 <= p.end)) else { return };
    let (Some(here), Some(next)) = (paragraphs.get(first), paragraphs.get(first + 1)) else { return };
    if sp.mentions.iter().any(|m| m.0 < here.start || m.1 > here.end) {
        return;
    }
    let lname = crate::text::lower(&sp.name);
    // (the words before a preposition: "a judge in Orlando", "the leader of the Opposition")
    let head = [" of ", " in ", " at ", " for ", " from "].iter().filter_map(|w| find_short(&lname, w)).min().map_or(lname.as_str(), |k| &lname[..k]);
    let office = crate::text::last_piece(head, b' ');
    let two = head.rmatch_indices(' ').nth(1).map_or(head, |(k, _)| &head[k + 1..]);
    if !(lex.titles.contains(office) || lex.titles.contains(two)) || lex.nouns.contains_key(office) {
        return;
    }
    // (no one named in the description's paragraph; the first person named after it, in the next)
    if names.people.iter().any(|p| p.occurrences.iter().any(|o| o.0 >= here.start && o.1 <= here.end)) {
        return;
    }
    // (the headline may name them before: "Ford takes over Ontario Tories")
    let Some((at, p)) = names.people.iter().filter_map(|p| Some((p.occurrences.iter().find(|o| o.0 >= here.end)?.0, p))).min_by_key(|&(o, _)| o) else { return };
    // (nor when another unnamed speaker, of some attribution, is described in the next
    // paragraph before the name, whom the name more likely completes: "The agency's regional
    // director warned A. ¶ A spokeswoman for the sheriff's office said B. Mirela Vasko said
    // C."; not a description the name is given right after, "said the base chief known as Bob")
    let quoted = |k: usize| r.links.iter().any(|l| l.0 == Some(k));
    let names_it = |m: &Range| lc.get(m.1..at).is_some_and(|g| matches!(g.trim(), "known as" | "named" | "called" | "identified as" | "identified only as"));
    if at > next.end || r.speakers.iter().enumerate().any(|(k, x)| k != i && x.kind == SpeakerKind::Anonymous && x.mentions.iter().any(|m| m.0 >= next.start && m.1 <= at && !names_it(m)) && quoted(k)) {
        return;
    }
    let holds = |roles: &[Role]| roles.iter().any(|r| crate::text::lower(&r.title).words().any(|w| w == office));
    let Some(j) = r.speakers.iter().position(|x| x.kind == SpeakerKind::Person && x.name == p.full) else { return };
    let titled = if indefinite { holds(&p.roles) } else { p.roles.is_empty() || holds(&p.roles) };
    if titled && (r.speakers[j].roles.is_empty() || holds(&r.speakers[j].roles)) {
        move_speaker(r, i, j);
    }
}

/// The name of the speaker "I" stands for in a story's narration.
const WRITER: &str = "the writer";

/// True when byte `at` of the text lies inside quotation marks in its paragraph.
fn quoted_at(paragraphs: &[crate::segment::Paragraph], at: usize) -> bool {
    let k = paragraphs.partition_point(|p| p.start <= at);
    let Some(p) = k.checked_sub(1).and_then(|k| paragraphs.get(k)).filter(|p| at < p.end) else { return false };
    let i = p.tokens.partition_point(|t| t.start < at);
    p.tokens.get(i).is_some_and(|t| t.start == at) && p.quoted(i)
}

/// Speaker `i`'s quotes and mentions, moved to speaker `j`.
fn move_speaker(r: &mut Resolution, i: usize, j: usize) {
    for l in r.links.iter_mut().filter(|l| l.0 == Some(i)) {
        l.0 = Some(j);
    }
    let moved = std::mem::take(&mut r.speakers[i].mentions);
    r.speakers[j].mentions.extend(moved);
    r.speakers[j].mentions.sort_unstable();
}

/// True when the text at byte `at` opens with "the" or "The" and a space.
fn opens_with_the(text: &str, at: usize) -> bool {
    text.get(at..).is_some_and(|t| t.starts_with("the ") || t.starts_with("The "))
}

/// "He" and "she" outside quotations, where they stand for a person quoted in the
/// article, become mentions of that speaker: each resolves to the nearest person
/// named before it whose gender fits, as a speaker's pronoun does (subject of an
/// earlier sentence first). Objects and possessives are left out: "Vindman did not
/// come to him" is never Vindman, and the nearest name is the wrong guess there. A
/// speaker's mentions are then every place the article refers to them, not only where
/// they speak; no quote's speaker changes.
pub fn pronoun_mentions(lc: &str, names: &Names, r: &mut Resolution) {
    // a named person's speaker carries the person's fullest name (`person_speaker`)
    // (sized at once, as `known` below: both are only looked up)
    let mut people: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(r.speakers.len(), Default::default());
    for (i, sp) in r.speakers.iter().enumerate() {
        if sp.kind == SpeakerKind::Person {
            people.entry(sp.name.as_str()).or_insert(i);
        }
    }
    if people.is_empty() {
        return;
    }
    let mut added: Vec<(usize, Range)> = Vec::new();
    // (each "he" and "she" outside quotation marks, as the names' reading found them)
    for (span, female) in names.he_she(lc) {
        let want = if female { Gender::Female } else { Gender::Male };
        let Some(person) = names.nearest_person_before(lc, span.0, Some(want), &|_| false) else { continue };
        if let Some(&i) = people.get(person.full.as_str()) {
            let other = if want == Gender::Male { Gender::Female } else { Gender::Male };
            if r.speakers[i].gender.0 != other {
                added.push((i, span));
            }
        }
    }
    // a set of the mentions there are: linear however many a speaker has
    let mut known: FastMap<(usize, Range), ()> = FastMap::with_capacity_and_hasher(r.speakers.iter().map(|sp| sp.mentions.len()).sum::<usize>() + added.len(), Default::default());
    for (i, sp) in r.speakers.iter().enumerate() {
        known.extend(sp.mentions.iter().map(|&m| ((i, m), ())));
    }
    for &(i, span) in &added {
        if known.insert((i, span), ()).is_none() {
            r.speakers[i].mentions.push(span);
        }
    }
    // a person the text gave no sex, whom the pronouns read here stand for, all of one sex,
    // each in the sentence of a mention by name and no other person's noun after "the"
    // between (an indefinite one, "with a baby on the way, she", is rarely the subject): theirs
    // ("After waiting it out Brisen Quint decided ..., she and her husband needed to go"; not
    // "Lee Ambrose said the tenant moves in soon and she ...")
    for i in 0..r.speakers.len() {
        if r.speakers[i].gender.1 != GenderEvidence::None || stated_they(&r.speakers[i]) {
            continue;
        }
        let Some(person) = names.people.iter().find(|p| p.full == r.speakers[i].name) else { continue };
        let same_sentence = |span: &Range| {
            person.occurrences.iter().any(|m| m.1 <= span.0 && lc.get(m.1..span.0).is_some_and(|g| !g.contains(". ") && !g.contains('\n') && !g.contains("? ") && !g.contains("! ")) && !names.person_noun_between(m.1, span.0, true))
        };
        let (mut she, mut he) = (0, 0);
        for (_, span) in added.iter().filter(|(k, span)| *k == i && same_sentence(span)) {
            if lc.get(span.0..span.1) == Some("she") { she += 1 } else { he += 1 }
        }
        let g = match (she, he) {
            (n, 0) if n >= 1 => (Gender::Female, "she"),
            (0, n) if n >= 1 => (Gender::Male, "he"),
            _ => continue,
        };
        r.speakers[i].gender = (g.0, GenderEvidence::Pronoun, Some(format!("pronoun '{}' after its name", g.1)));
    }
}

/// "The group that owns her catalogue, Harbor Records, says": a description
/// headed by a common noun, then a name in apposition. The name is the
/// speaker and the description its appositive.
fn named_appositive(text: &str, m: &MentionSpan, names: &Names) -> Option<MentionSpan> {
    let app = m.appositive?;
    let head = text.get(m.span.0..m.span.1)?;
    let app_text = text.get(app.0..app.1)?;
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let connector = |w: &str| matches!(w, "of" | "and" | "&" | "for" | "the" | "de" | "du" | "van" | "von");
    // the head names no one: no capital after its first word, no person in it
    let opener = crate::text::lower(head.words().next()?);
    let described = !capital(head) || matches!(opener.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "one" | "another");
    // "Vell's attorney, Ana Ruiz, said": a possessor's name, then lowercase nouns (a
    // capitalised modifier may stand among them when a person is named after it:
    // "Ontario's French language services commissioner, François Boileau")
    let hwords: Vec<&str> = head.words().collect();
    let possessor_words = hwords.iter().position(|w| w.ends_with("'s") || w.ends_with("’s"));
    // ("The province's Municipal Affairs Minister, Ric McIver": a common noun after an
    // article owns a capitalised title, the person named after it)
    let possessed = possessor_words.is_some_and(|k| {
        // ("Ontario's Chief Medical Officer of Health, Dr. X": the title's own "of" phrase
        // left out)
        let nouns = hwords.get(k + 1..).unwrap_or_default();
        let nouns = nouns.split(|w| *w == "of").next().unwrap_or_default();
        let common_owner = k == 1 && matches!(opener.as_str(), "the" | "this") && !capital(hwords[1]) && names.person_in(app).is_some();
        k + 1 < hwords.len()
            && k < 4
            && (hwords[..=k].iter().all(|w| capital(w)) || common_owner)
            && (nouns.iter().all(|w| !capital(w))
                || (nouns.last().is_some_and(|w| !capital(w) || lexicon().is_title(&w.to_lowercase())) && names.person_in(app).is_some()))
    });
    // "A spokesperson for Lee, Jade Byers, said": a title, then "for", "of", "to", "at" or
    // "with" and whom it serves ("Headteacher at Howard, Gregory Hill, said"); the person
    // named after the comma speaks ("The Progressive Conservative MLA
    // for the area, Jaspreet Gill,": a capitalised title, a party before it)
    // ("Minister Responsible for Seniors, Ana Ruiz, says": a title of two words, opening the
    // sentence without an article)
    let serving = (described || lexicon().is_title(&opener))
        && names.person_in(app).is_some()
        && hwords.iter().position(|w| matches!(*w, "for" | "of" | "to" | "at" | "with")).is_some_and(|k| {
            let two = || k >= 2 && lexicon().titles.contains(crate::text::lower(&hwords[k - 2..k].join(" ")).as_str());
            k >= 1 + usize::from(described) && k + 1 < hwords.len() && (lexicon().is_title(&hwords[k - 1].to_lowercase()) || two())
        });
    // "The local MP, Helen Okonkwo, said", "The CUPE president, Mark Hancock, said": after an
    // article, a title last (an acronym or a body may stand before it), then a person's name
    // ("B.C.'s Emergency Management Minister, Kelly Greene-Watts, said": or a capitalised
    // office alone, its owner cut off before it)
    // ("said NDP health critic, France Gelinas,": a body's name, then a title in lower case)
    // ("former Australian Boomers coach, Brett Brown, told": modifiers in lower case before
    // the body, its capitalised words, then the title; "Manchester United manager, Ole
    // Gunnar Solskjaer, has admitted": a body of capitalised words opening the sentence)
    let lead = hwords.iter().take_while(|w| !capital(w) && crate::attribute::PHRASE_MODIFIERS.contains(&w.to_lowercase())).count();
    let body_title = hwords.len() >= lead + 2 && capital(hwords[lead]) && {
        let rest = &hwords[lead + 1..];
        let caps = rest.iter().take_while(|w| capital(w)).count();
        rest[caps..].iter().all(|w| !capital(w)) && caps < rest.len()
    };
    let titled_head = (matches!(opener.as_str(), "the" | "a" | "an") || hwords.iter().all(|w| capital(w)) || body_title)
        && hwords.len() <= 5
        && names.person_in(app).is_some()
        && hwords.last().is_some_and(|w| lexicon().is_title(&w.to_lowercase()));
    if possessed || serving || titled_head {
        // (its description names the possessor: the name after it is the speaker)
    } else if !described || head.words().skip(1).any(|w| capital(w) && !crate::lexicon::places::is_demonym(w)) || names.person_in(m.span).is_some() {
        // (a nationality may describe: "one Syrian woman, Gamra Khalil")
        return None;
    }
    let words: Vec<&str> = app_text.words().collect();
    let first = words.first()?;
    // "former adviser Ana Ruiz": a lowercase title or modifier may open a named appositive,
    // other lowercase words may not ("including Mr. Ruiz", "on his first day")
    let lfirst = first.to_lowercase();
    let titled = (lexicon().is_title(&lfirst) || crate::attribute::PHRASE_MODIFIERS.contains(&lfirst)) && names.person_in(app).is_some();
    // ("Her union, the Ontario Nurses' Association, says": a name after "the" too)
    let proper = !lexicon().is_title(&lfirst) && words.iter().all(|w| capital(w) || connector(w)) && words.len() <= 6 && words.iter().any(|w| capital(w));
    if !capital(first) && !titled && !(*first == "the" && proper) {
        return None;
    }
    if !(proper || names.person_in(app).is_some()) {
        return None;
    }
    Some(MentionSpan { span: app, appositive: Some(m.span), antecedent: None })
}

fn resolve_mention(
    text: &str,
    lc: &str,
    m: &MentionSpan,
    r: &mut Resolution,
    by_key: &mut FastMap<SpeakerKey, usize>,
    names: &Names,
    at: usize,
) -> Option<usize> {
    let lex = lexicon();
    let phrase = text.get(m.span.0..m.span.1)?;
    let lphrase = lc.get(m.span.0..m.span.1)?;
    // a possessive pronoun that owns a noun cue ("his vow that") stands for its subject form
    let lphrase = match lphrase {
        "his" => "he",
        "her" => "she",
        "their" => "they",
        "its" => "it",
        // ... and so does an object pronoun ("According to him, ...", "according to them")
        "him" => "he",
        "them" => "they",
        // a pronoun with a clitic auxiliary ("He's said", "They've argued") is the pronoun
        // (nine bytes at most, "they’ll": a longer phrase is not searched)
        other if other.len() > "they’ll".len() => other,
        other => match other.rsplit_once(['\'', '\u{2019}']) {
            Some((p @ ("he" | "she" | "i" | "we" | "they"), "s" | "ve" | "d" | "ll" | "re" | "m")) => p,
            _ => other,
        },
    };
    // "TASHA BELL: ...", "BELL: ...": a transcript's label in capitals names the person of
    // that name or surname; a first name and a surname no one else has are someone new
    if phrase.len() >= 3 && phrase.bytes().any(|b| b.is_ascii_uppercase()) && !phrase.chars().any(char::is_lowercase) && !lphrase.starts_with("the ") {
        let n = lphrase.words().count();
        if (1..=4).contains(&n) {
            let named = names.people.iter().find(|p| crate::text::lower(&p.full) == lphrase || (n == 1 && p.last == lphrase && p.full.contains(' ')));
            if let Some(p) = named {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
            let cased: Vec<String> = phrase.words().map(title_case).collect();
            // (or any first name, with a title in capitals after it: "SHOICHI ARISAWA, GENERAL
            // MANAGER AT IWAICOSMO SECURITIES")
            let titled = || m.appositive.and_then(|a| lc.get(a.0..a.1)).is_some_and(|d| d.split([' ', ',']).any(|w| lexicon().is_title(w)));
            if (2..=3).contains(&cased.len()) && (crate::lexicon::names::is_known_first_name(&cased[0]) || titled()) && cased.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')) {
                let p = PersonName::mentioned(&cased.join(" "), m.span);
                return Some(person_speaker(text, lc, &p, r, by_key, names));
            }
        }
    }
    // "One doctor who treated Ms Allen says he ...": a noun for a person and a relative
    // clause naming someone else; the noun before it speaks
    // (a "that" a name follows opens what was said: "an editor's note saying that Carson
    // had implied")
    let relative_that = || find_short(lphrase, " that ").filter(|&k| phrase.get(k + " that ".len()..).is_some_and(|w| !w.starts_with(char::is_uppercase)));
    if let Some(k) = [find_short(lphrase, " who "), find_short(lphrase, " whom "), relative_that()].into_iter().flatten().min() {
        let head = phrase.get(..k).unwrap_or("");
        let mut hw = head.words();
        let opener = hw.next().map(crate::text::lower).unwrap_or_default();
        let plain_head = matches!(opener.as_str(), "the" | "a" | "an" | "one" | "another" | "this" | "that") && hw.clone().count() >= 1 && hw.all(|w| !w.starts_with(char::is_uppercase));
        if plain_head && names.person_in(m.span).is_some() {
            let hm = MentionSpan { span: (m.span.0, m.span.0 + k), appositive: None, antecedent: None };
            return resolve_mention(text, lc, &hm, r, by_key, names, at);
        }
    }
    // "a clearly frustrated Morgan said", "an emotional Smith told": an indefinite article and
    // words describing a mood before a name stand for the person of that name
    // (when the name alone is a person's)
    if let Some(tail) = described_name(text, lphrase, m.span).filter(|&t| names.person_in(t).is_some() || classify_phrase(text, lc, t, names) == SpeakerKind::Person) {
        let tm = MentionSpan { span: tail, appositive: None, antecedent: None };
        return resolve_mention(text, lc, &tm, r, by_key, names, at);
    }
    // "The “Mean Girls” actress said", "the “Wicked” star added": a title or a noun for a
    // person after a work's title is the person quoted just before (given no role), else
    // the one person the article has named so far, outside quotations, of the noun's sex
    if let Some(noun) = after_work_title(lphrase) {
        let sex = noun_gender(noun).0;
        let fits = |g: Gender| sex == Gender::Unknown || g == Gender::Unknown || g == sex;
        // (a noun for one person: a singular the lexicon gives no kind, "star", "actress",
        // "creator"; or one it gives an unnamed person when it is a title, a person's noun or
        // of one sex; never a body's or a group's)
        let plural = noun.ends_with('s') && !noun.ends_with("ss");
        let one = !plural
            && match lex.nouns.get(noun) {
                None => true,
                Some(NounKind::Anonymous) => lex.is_title(noun) || crate::lexicon::names::is_person_noun(noun) || sex != Gender::Unknown,
                Some(_) => false,
            };
        if one {
            if let Some(i) = last_quoted_person(r).filter(|&i| r.speakers[i].roles.is_empty() && just_before(&r.speakers[i], m.span.0) && fits(r.speakers[i].gender.0)) {
                return Some(i);
            }
            if let Some(p) = only_person_before(names, m.span.0).filter(|p| fits(names.gender_guess(p))) {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
        }
    }
    // "His wife Sandra said", "her brother Daniel Cote told": a relative by a family noun,
    // then the relative's name, is that person, of the noun's sex
    // ("Her father, Hemant, said", "Mistry's father, Hemant, said": the name set off after
    // such a description, which is its appositive)
    let described_kin = m.appositive.and_then(|d| lc.get(d.0..d.1)).and_then(|d| {
        let mut w = d.words();
        let (owner, kin) = (w.next()?, w.next()?);
        let owner_ok = matches!(owner, "his" | "her" | "their" | "my" | "our") || owner.ends_with("'s") || owner.ends_with("’s");
        (w.next().is_none() && owner_ok).then_some(kin)
    });
    let mut lead = lphrase.words();
    let (poss, kin) = match described_kin {
        Some(kin) => ("", kin),
        None => (lead.next().unwrap_or(""), lead.next().unwrap_or("")),
    };
    if described_kin.is_some() || matches!(poss, "his" | "her" | "their" | "my" | "our") {
        let kin_gender = noun_gender(kin);
        // (the name: the phrase past its first two words, or the whole phrase after its description)
        let rest = if described_kin.is_some() {
            phrase
        } else {
            let rest = phrase.split_once(char::is_whitespace).map_or("", |(_, r)| r.trim_start());
            rest.split_once(char::is_whitespace).map_or("", |(_, r)| r.trim_start())
        };
        let words = rest.words().count();
        let named = (1..=3).contains(&words) && rest.words().all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'));
        if named && family_noun(&kin_gender) {
            let nspan = (m.span.1 - rest.len(), m.span.1);
            if let Some(p) = names.person_in(nspan) {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
            let i = plain_speaker(r, by_key, text.get(nspan.0..nspan.1)?, SpeakerKind::Person);
            if r.speakers[i].gender.0 == Gender::Unknown {
                r.speakers[i].gender = kin_gender;
            }
            return Some(i);
        }
        // "Her brother said" after "... with her brother, Arjun Gill, said": the person the
        // same words were last set beside (the latest earlier use only)
        if words == 0 && family_noun(&kin_gender) {
            if let Some(p) = described_before(lc, m.span.0, lphrase, names) {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
        }
        // "His mother said" after "Tyler Sakanee, Rosalie's son": the one person named
        // before with the possessor's surname and the noun's sex (the possessor is the
        // nearest person named before of the pronoun's sex; of the other sex than the
        // relative only, as "his brother" may be either of two brothers)
        let owner_sex = match poss {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        if words == 0 && family_noun(&kin_gender) && owner_sex.is_some_and(|g| g != kin_gender.0) {
            // (a person named by more than one word: their surname, `PersonName::last`)
            fn surname(p: &PersonName) -> Option<&str> {
                p.full.contains(' ').then_some(p.last.as_str())
            }
            if let Some(owner) = names.nearest_person_before(lc, m.span.0, owner_sex, &|_| false) {
                let mut kin = names.people.iter().filter(|p| {
                    p.full != owner.full
                        && surname(p).is_some_and(|s| Some(s) == surname(owner))
                        && p.occurrences.first().is_some_and(|o| o.1 <= m.span.0)
                        && names.gender_of(text, p).0 == kin_gender.0
                });
                if let (Some(p), None) = (kin.next(), kin.next()) {
                    return Some(person_speaker(text, lc, p, r, by_key, names));
                }
            }
        }
    }
    // "the 45-year-old (woman)": the person printed with that age before ("Maria Vasquez, 45,")
    if let Some(p) = aged_person(text, lphrase, m.span.0, names) {
        return Some(person_speaker(text, lc, p, r, by_key, names));
    }
    // a relative pronoun stands for its antecedent ("that" too, "a story that claimed",
    // which no lexicon lists as a pronoun)
    if let Some(ant) = m.antecedent.filter(|_| lphrase == "that" || lex.pronouns.contains_key(lphrase)) {
        let am = MentionSpan { span: ant, appositive: None, antecedent: None };
        return resolve_mention(text, lc, &am, r, by_key, names, at);
    }
    // pronouns
    if let Some(&(g, _num)) = lex.pronouns.get(lphrase) {
        let want = match g {
            "male" => Some(Gender::Male),
            "female" => Some(Gender::Female),
            _ => None,
        };
        // "it" stands for a body or a text, never a person: the organization that opens its
        // sentence ("The union, which represents 4,000 workers, issued a statement saying it
        // hoped ..."), else the last body or text quoted (not a group: "they")
        if lphrase == "it" {
            if let Some(span) = sentence_body_before(text, lc, names, m.span.0) {
                let am = MentionSpan { span, appositive: None, antecedent: None };
                if let Some(i) = resolve_mention(text, lc, &am, r, by_key, names, at) {
                    if r.speakers[i].kind != SpeakerKind::Person {
                        return Some(i);
                    }
                }
            }
            let body = r.links.iter().rev().take(RECENT).filter_map(|l| l.0).find(|&i| matches!(r.speakers[i].kind, SpeakerKind::Organization | SpeakerKind::Document));
            if body.is_some() {
                return body;
            }
        }
        let singular_person = matches!(lphrase, "he" | "she" | "i");
        // a speaker a pronoun of the other sex was already resolved to ("he said" for
        // Charlie Reyes, then "she said") is this pronoun's only when no one else fits
        let other = match want {
            Some(Gender::Male) => Some(1),
            Some(Gender::Female) => Some(0),
            _ => None,
        };
        let called_other = |sp: &SpeakerDraft| other.is_some_and(|o| sp.called[o]);
        // (with no pronoun of the other sex to look for, the strict search is the plain one)
        let strict = other.is_some();
        // most recent speaker that fits
        // the most recent speakers only: a pronoun reaches back a few dozen quotes at most
        let recent = |strict: bool| r.links.iter().rev().take(RECENT).filter_map(|l| l.0).find(|&i| {
            let sp = &r.speakers[i];
            let kind_ok = if singular_person {
                // an unnamed speaker only when its noun names a person ("the official",
                // "a spokeswoman"), not "this graphic"
                sp.kind == SpeakerKind::Person
                    || (sp.kind == SpeakerKind::Anonymous
                        && (family_noun(&sp.gender) || sp.head.as_deref().is_none_or(|h| lex.nouns.contains_key(h) || lex.is_title(h) || noun_gender(h).0 != Gender::Unknown || crate::lexicon::names::is_person_noun(h))))
            } else if lphrase == "they" || lphrase == "we" {
                // (a person who uses "they" is one: "Rowan X, who uses they/them pronouns")
                // (not one unnamed person: "a coroner ruled ... They said" are others)
                let one_unnamed = sp.kind == SpeakerKind::Anonymous && sp.mentions.iter().all(|x| lc.get(x.0..x.1).is_some_and(|t| t.starts_with("a ") || t.starts_with("an ")));
                // (nor one text, which is "it": "A message posted on Facebook read ... they
                // announced"; and a text is never "we")
                let one_text = sp.kind == SpeakerKind::Document && (lphrase == "we" || !sp.name.ends_with('s'));
                (sp.kind != SpeakerKind::Person && !one_unnamed && !one_text) || (lphrase == "they" && stated_they(sp))
            } else if lphrase == "it" {
                // ("After menopause, it was believed that ...": "it" is never a named person)
                sp.kind != SpeakerKind::Person
            } else {
                true
            };
            // ("Fisher said her landlord reported ... “...,” she said": an unnamed person owned
            // by "her" is seldom the "she" after, who is the owner; "his lawyer" and "he" alike)
            let owned_by_same = singular_person
                && sp.kind == SpeakerKind::Anonymous
                && sp.gender.1 != GenderEvidence::Noun
                && !sp.mentions.is_empty()
                && sp.mentions.iter().all(|x| lc.get(x.0..x.1).is_some_and(|t| match lphrase {
                    "she" => t.starts_with("her "),
                    "he" => t.starts_with("his "),
                    _ => false,
                }));
            // (the writer is "I" alone, never "he" or "she")
            let writer = sp.kind == SpeakerKind::Anonymous && sp.name == WRITER;
            kind_ok && !owned_by_same && !writer && r.turn_speaker != Some(i) && want.is_none_or(|w| sp.gender.0 == w || sp.gender.0 == Gender::Unknown) && !(strict && called_other(sp))
        });
        // or the nearest person named before it with a compatible gender
        // (not one named last inside quotation marks: in a quote running over paragraphs,
        // "“Councillor Mahlangu has asked for help. ... The parks are falling apart,” he
        // said" is the one who opened it, not the one it names)
        let nearest = |strict: bool| {
            let skip = |p: &PersonName| {
                let known = || by_key.get(&person_key(p)).copied();
                (strict && known().is_some_and(|i| called_other(&r.speakers[i]))) || names.quoted_at(p.last_seen(m.span.0)) || (r.turn_speaker.is_some() && known() == r.turn_speaker)
            };
            names.nearest_person_before(lc, at.min(m.span.0), want, &skip).filter(|_| singular_person)
        };
        let (last, named) = match (recent(strict), nearest(strict)) {
            (None, None) if strict => (recent(false), nearest(false)),
            found => found,
        };
        // "Ana Ruiz and Lena Voss ... They said": the two people named together last
        if lphrase == "they" {
            if let Some((a, b, end)) = names.pair_before(lc, at.min(m.span.0)) {
                let later = last.is_none_or(|i| r.speakers[i].mentions.last().is_none_or(|x| x.0 < end));
                if later {
                    let name = format!("{} and {}", a.full, b.full);
                    return Some(plain_speaker(r, by_key, &name, SpeakerKind::Group));
                }
            }
        }
        // ("“...,” he added", "he went on": a verb that continues speech goes on with the
        // one quoted last, not someone a background sentence named since)
        let continues = || {
            let after = lc.get(m.span.1..).unwrap_or("");
            [" added", " adds", " continued", " continues", " went on", " goes on"].iter().any(|v| after.starts_with(v) && after[v.len()..].starts_with(|c: char| !c.is_alphanumeric()))
        };
        let choice = match (last, named) {
            (Some(i), Some(p)) => {
                let last_pos = r.speakers[i].mentions.last().map(|x| x.0).unwrap_or(0);
                if p.last_seen(m.span.0) > last_pos && !(singular_person && continues()) { Some(Err(p)) } else { Some(Ok(i)) }
            }
            (Some(i), None) => Some(Ok(i)),
            (None, Some(p)) => Some(Err(p)),
            (None, None) => None,
        };
        // "It is alleged the woman was in bed ... She said he grabbed her ankles": a noun for
        // one person of the pronoun's sex, the subject of its clause, printed after everyone
        // else who fits, is the pronoun's, unless a name or an honorific gives one of them
        // that sex or the text already did (court stories leave complainants unnamed; "the
        // businessman" after Donald Trump is him)
        if let (true, Some(w)) = (matches!(lphrase, "he" | "she"), want) {
            let (after, sure) = match &choice {
                Some(Ok(i)) => {
                    let sp = &r.speakers[*i];
                    (sp.mentions.last().map_or(0, |x| x.0), sp.gender.0 == w)
                }
                Some(Err(p)) => (p.last_seen(m.span.0), names.gender_guess(p) == w),
                None => (0, false),
            };
            // (the text read only when no one fits by sex already: most pronouns have someone)
            if let Some((s, e)) = (!sure).then(|| gendered_subject_before(lc, at.min(m.span.0), w)).flatten().filter(|&(s, _)| s >= after) {
                let idx = plain_speaker(r, by_key, text.get(s..e)?, SpeakerKind::Anonymous);
                let sp = &mut r.speakers[idx];
                if sp.gender.1 == GenderEvidence::None {
                    sp.gender = noun_gender(lc.get(s..e)?);
                }
                if !sp.mentions.contains(&(s, e)) {
                    sp.mentions.push((s, e));
                }
                return Some(idx);
            }
        }
        // "Activists ... are frustrated. They argue that ...": with no group quoted or pair
        // named, the people a plural noun named last, in this paragraph or the one before;
        // and over a group or body quoted earlier, such people opening a clause printed
        // after it ("Residents said ... Two women who live nearby were worried. They told
        // the station": the women, not the residents)
        let choice = match choice {
            Some(Ok(i)) if lphrase == "they" => match plural_subject_before(lc, m.span.0) {
                Some((s, e)) if r.speakers[i].mentions.last().is_some_and(|x| x.1 <= s) => {
                    let name = text.get(s..e)?;
                    return Some(plain_speaker(r, by_key, name, SpeakerKind::Group));
                }
                _ => Some(Ok(i)),
            },
            None if lphrase == "they" => {
                let (s, e) = plural_subject_before(lc, m.span.0).or_else(|| plural_people_before(lc, m.span.0))?;
                let name = text.get(s..e)?;
                return Some(plain_speaker(r, by_key, name, SpeakerKind::Group));
            }
            c => c,
        };
        let idx = match choice? {
            Ok(i) => i,
            Err(p) => person_speaker(text, lc, p, r, by_key, names),
        };
        if let Some(w) = want {
            let sp = &mut r.speakers[idx];
            // only where nothing better speaks: a pronoun resolved at a cue is weaker
            // evidence than the pronouns read around the person's own mentions (and than a
            // first name's share: over it, "he said" made Hillary Clinton a man in 7 train
            // articles); an unnamed person has nothing better ("Her landlord ... “...,” he
            // says")
            if matches!(sp.kind, SpeakerKind::Person | SpeakerKind::Anonymous) && (sp.gender.1 == GenderEvidence::None || (sp.gender.1 == GenderEvidence::NameLexicon && sp.gender.0 == w)) {
                sp.gender = (w, GenderEvidence::Pronoun, Some(format!("pronoun '{}'", phrase)));
            }
        }
        return Some(idx);
    }
    // "Others argue", "Many fear": a quantifier alone speaks for people the article leaves
    // unnamed (which ones the sentence before may say; the name keeps only what is printed)
    // (each use its own group: "some" here and "some" later are seldom the same people)
    // ("almost half", "nearly two-thirds", "42 percent", "42%": a fraction or share of people)
    let last = crate::text::last_piece(lphrase, b' ');
    let fraction = (last == "percent" || crate::attribute::is_fraction(last) || lphrase.ends_with('%')) && lphrase.split(' ').count() <= 3;
    if fraction || matches!(lphrase, "some" | "many" | "others" | "most" | "several" | "few" | "both") {
        r.speakers.push(SpeakerDraft::plain(lphrase, SpeakerKind::Group));
        return Some(r.speakers.len() - 1);
    }
    // "Another said", "Someone told him": one unnamed person
    if matches!(lphrase, "another" | "someone" | "somebody" | "one") {
        r.speakers.push(SpeakerDraft::plain(lphrase, SpeakerKind::Anonymous));
        return Some(r.speakers.len() - 1);
    }
    // "Lori May ... “...,” May said", "Ian Read ... “...,” Read said": a month, a holiday
    // ("Nadia Easter ... said Easter") or a sentence word that is also a surname, the subject
    // of a verb of saying, is the one person named before with that surname (the people of
    // that surname, read once)
    let word_surname = || !phrase.contains(' ') && matches!(crate::lexicon::names::not_name(phrase), Some(crate::lexicon::names::NotName::Function | crate::lexicon::names::NotName::Holiday));
    let month_surname: Vec<&PersonName> = if crate::recognize::names::month_also_a_name(phrase) || word_surname() {
        names.people.iter().filter(|p| p.full.contains(' ') && p.last == lphrase).collect()
    } else {
        Vec::new()
    };
    // "Tuesday", "If", "March": a sentence or calendar word names no one
    // (unless the first name of one the article names: "Will Kemper ... “...,” smiles Will.")
    if !phrase.contains(' ')
        && crate::lexicon::names::not_name(phrase.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')).is_some()
        && !names.people.iter().any(|p| crate::recognize::names::full_first_name(&p.full) == Some(phrase))
        && month_surname.is_empty()
    {
        return None;
    }
    // a person's name inside the phrase, unless the phrase is headed by a common noun
    // and the name only completes it ("the authors of the study in the journal X")
    // ("A spokesperson for Premier Ana Ruiz", "an aide to Sen. Tom Pike": a title too, when a
    // preposition follows it, heads the phrase; "the chairman Tom Reyes" is Reyes)
    let det_headed = ["the ", "a ", "an ", "this ", "these ", "those "].iter().any(|d| lphrase.starts_with(d))
        && lphrase.words().nth(1).is_some_and(|w| {
            (!lex.titles.contains(w) || lphrase.words().nth(2).is_some_and(|p| matches!(p, "for" | "to" | "of" | "at" | "with")))
                && w.chars().all(|c| c.is_lowercase() || c == '-')
        });
    let completes = |p: &PersonName| {
        let Some(o) = p.occurrences.iter().find(|o| o.0 >= m.span.0 && o.1 <= m.span.1) else { return false };
        let before = lc.get(m.span.0..o.0).unwrap_or("");
        // (past an honorific or title before the name: "advisers to Ms. Roe", "the daughter of
        // former President Jimmy Carter", "for federal Crown-Indigenous Relations Minister Ana
        // Ruiz"; a title's capitalised field words too, two at most,
        // when a title ends them: "a spokeswoman for Health Minister Karen Dubois", not "envoy
        // to Ukraine Kurt Volker" or "Secretary of State Hillary Clinton")
        let honorific = |lw: &str| {
            let t = lw.trim_end_matches('.');
            lex.titles.contains(t) || lex.title_abbrev.contains_key(lw) || crate::lexicon::names::honorific_gender(lw).is_some()
        };
        let printed = text.get(m.span.0..o.0).unwrap_or("");
        // (each word as printed and lower-cased, from the name back: `lc` is `text` in ASCII
        // lowercase, so the two split alike)
        let mut chain = printed.split_whitespace().rev().zip(before.split_whitespace().rev()).peekable();
        let mut titled = false;
        let mut field = 0;
        let before_chain = loop {
            match chain.next() {
                Some((_, lw)) if honorific(lw) => titled = true,
                Some((_, lw)) if matches!(lw, "former" | "late" | "acting" | "interim" | "federal" | "provincial") => {}
                Some((w, _)) if titled && field < 2 && w.starts_with(char::is_uppercase) && chain.peek().is_some() => field += 1,
                other => break other,
            }
        };
        let printed_before = before_chain.map(|(w, _)| w);
        let before_chain = before_chain.map(|(_, lw)| lw);
        // ("Court of King's Bench Justice Harold Achterhof": a body's name of its own before
        // the title, a capitalised noun for a body, "of" and capitalised words, makes the
        // phrase the titled person's, not the body's)
        let body_named = || field > 0 && before_chain == Some("of") && phrase.split(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase) && lex.nouns.get(lphrase.split(' ').next().unwrap_or("")) == Some(&NounKind::Organization));
        // (or a verb's object after "to": "activists clamoring to block Donald Trump")
        let infinitive = printed_before.is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase())) && chain.next().is_some_and(|(_, lw)| lw == "to");
        (before_chain.is_some_and(|w| matches!(w, "of" | "in" | "for" | "by" | "from" | "with" | "at" | "to" | "on" | "journal")) || infinitive) && !body_named()
    };
    // "representatives of Smith's family", "lawyers for Smith", "People close to Smith",
    // "Advisers to Smith": a common noun (lowercase, or a speaker noun or plural title at the
    // sentence's start) heads the phrase and the name only completes it
    // (after capitalised words too, a lowercase plural of people: "Republican activists
    // opposed to Donald Trump", "Democratic donors close to X")
    let people_after_modifiers = || {
        let k = phrase.words().take_while(|w| w.starts_with(char::is_uppercase)).count();
        (1..=3).contains(&k)
            && phrase.words().nth(k).is_some_and(|w| w.chars().all(|c| c.is_lowercase()))
            && lphrase.words().nth(k).is_some_and(|lw| lw.ends_with('s') && (lex.nouns.get(lw) == Some(&NounKind::Group) || lex.is_title_plural(lw)))
    };
    let noun_headed = phrase.words().next().is_some_and(|w| {
        let lw = lphrase.words().next().unwrap_or("");
        let lower = w.chars().all(|c| c.is_lowercase() || c == '-') && !lex.titles.contains(w);
        (lower || lex.nouns.contains_key(lw) || lex.is_title_plural(lw)) && !lex.pronouns.contains_key(lw) && !DETERMINER_WORDS.contains(&lw)
    }) || people_after_modifiers();
    // "Smith and Jones": two people speak together, a group and neither one alone (so do "Mr
    // and Mrs Tran", a couple by one surname)
    let couple = || {
        let mut w = lphrase.split(' ');
        let hon = |x: Option<&str>| x.and_then(crate::lexicon::names::honorific_gender).is_some();
        hon(w.next()) && w.next() == Some("and") && hon(w.next()) && w.next().is_some_and(|x| !x.is_empty()) && w.next().is_none()
    };
    // "Andrea Horwath, Steven Del Duca and Mike Schreiner said", "NDP Leader Andrea Horwath,
    // Liberal Leader Steven Del Duca, and Green Leader Mike Schreiner say": people listed from
    // the sentence's start speak together, a group (the phrase holds the last one or two)
    if let Some(start) = listed_people_start(text, names, m.span, find_short(lphrase, " and ").is_some()) {
        return Some(plain_speaker(r, by_key, text.get(start..m.span.1)?, SpeakerKind::Group));
    }
    if find_short(lphrase, " and ").is_some() && (names.joint_people(lc, m.span) || couple()) {
        // (two people by their names, as a "they" after them is: "Her daughter Lesley Wain
        // and granddaughter Cassandra Moore" is "Lesley Wain and Cassandra Moore")
        if let Some((a, b)) = names.two_people_in(m.span).filter(|_| !couple()) {
            let name = format!("{} and {}", a.full, b.full);
            return Some(plain_speaker(r, by_key, &name, SpeakerKind::Group));
        }
        return Some(plain_speaker(r, by_key, strip_determiner(phrase), SpeakerKind::Group));
    }
    // "Morrison's lawyer", "Mr. Ruiz's advisers": someone of that person's, not that
    // person (the owner's name alone, in capitals, then one to three lowercase words)
    // ("one of Carson's advisers", "two of Ruiz's aides": a quantifier first, one of them)
    let possessed = ["'s ", "’s "].iter().any(|sfx| {
        split_once_short(phrase, sfx).is_some_and(|(owner, rest)| {
            let owner = ["one of ", "two of ", "some of ", "many of ", "several of ", "most of ", "all of ", "few of ", "a few of ", "another of ", "none of "]
                .iter()
                .find_map(|q| owner.get(..q.len()).filter(|h| h.eq_ignore_ascii_case(q)).map(|_| &owner[q.len()..]))
                .unwrap_or(owner);
            let rest: Vec<&str> = rest.words().collect();
            (1..=3).contains(&rest.len())
                && rest.iter().all(|w| w.chars().all(|c| !c.is_uppercase()))
                && owner.words().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
    });
    // "Clinton aides", "Lopez campaign officials", "a Lopez spokeswoman": a name modifying a
    // people noun or a title (one to three lowercase words last), the person's people or one
    // of them, not the person
    let name_modifies = || {
        // (a last word with a capital is no lowercase tail: `tail` below is 0, so false; the
        // words are not collected for the names most phrases end with)
        if phrase.words().last().is_none_or(|w| w.chars().any(char::is_uppercase)) {
            return false;
        }
        // (each word as printed and in lowercase: `lphrase` is `phrase` in ASCII lowercase)
        let words: Vec<(&str, &str)> = phrase.words().zip(lphrase.words()).collect();
        let tail = words.iter().rev().take_while(|(w, _)| w.chars().all(|c| !c.is_uppercase())).count();
        let head = words.len() - tail;
        // (nouns only after the name: "Ackman wrote to investors" is a phrase read too far)
        let nounish = |(_, l): &(&str, &str)| {
            let l = bare(l);
            !lex.cues.contains_key(l) && !lex.is_past_tense(l) && !DETERMINER_WORDS.contains(&l) && !POSTMODIFIER_PREPOSITIONS.contains(&l) && !matches!(l, "and" | "or" | "who" | "that")
        };
        let people = |l: &str| matches!(lex.nouns.get(l), Some(NounKind::Group | NounKind::Anonymous)) || lex.is_title_plural(l) || lex.titles.contains(l);
        let capital = |(w, _): &&(&str, &str)| w.chars().next().is_some_and(char::is_uppercase);
        (1..=3).contains(&tail)
            && words[head..].iter().all(nounish)
            && words.last().is_some_and(|(_, l)| people(bare(l)))
            && words[..head].iter().enumerate().all(|(i, x)| capital(&x) || (i == 0 && DETERMINER_WORDS.contains(&bare(x.1))))
            && words[..head].iter().any(|x| capital(&x))
    };
    // "An Angus Reid poll found", "the Mueller report says": a name between a determiner and
    // a document's noun modifies it, and the document speaks
    let names_a_document = |p: &PersonName| {
        let det = lphrase.split(' ').next().filter(|d| DETERMINER_WORDS.contains(d));
        let Some(det) = det else { return false };
        p.occurrences.iter().find(|o| o.0 == m.span.0 + det.len() + 1 && o.1 <= m.span.1).is_some_and(|o| {
            let next = lc.get(o.1..m.span.1).and_then(|r| r.split_whitespace().next()).unwrap_or("");
            text.get(o.1..).is_some_and(|r| r.starts_with(' ')) && lex.nouns.get(bare(next)) == Some(&NounKind::Document)
        })
    };
    if let Some(p) = names.person_in(m.span).filter(|p| !possessed && !name_modifies() && !((det_headed || noun_headed) && completes(p)) && !names_a_document(p)) {
        return Some(person_speaker(text, lc, p, r, by_key, names));
    }
    let mut named_before = month_surname.iter().filter(|p| p.occurrences.first().is_some_and(|o| o.1 <= m.span.0));
    if let (Some(p), None) = (named_before.next(), named_before.next()) {
        return Some(person_speaker(text, lc, p, r, by_key, names));
    }
    // an organization or other proper name
    // (the word before a postmodifier: "A spokesperson for Sunrise Living" is a spokesperson,
    // whom "the spokesperson" names again)
    let lwords: Vec<&str> = lphrase.words().collect();
    // (a person's or people's noun only: "a draft copy of the document" is a document)
    let last_at = lwords.len().saturating_sub(1);
    let head_at = (1..lwords.len())
        .find(|&k| POSTMODIFIER_PREPOSITIONS.contains(&lwords[k]) || matches!(lwords[k], "who" | "that" | "which" | "whose"))
        // ("a source familiar with the investigation", "people close to the family": past an
        // adjective that follows its noun)
        .map(|k| if k >= 2 && POSTNOMINAL_ADJECTIVES.contains(&lwords[k - 1]) { k - 2 } else { k - 1 })
        .filter(|&k| {
            let w = bare(lwords[k]);
            matches!(lex.nouns.get(w), Some(NounKind::Anonymous | NounKind::Group)) || lex.is_title(w) || lex.is_title_plural(w)
        })
        .unwrap_or(last_at);
    // ("a 14-page indictment unsealed in federal court", "a study published Monday in the
    // journal Neurology": a document's noun before its participle or preposition is the head
    // "the indictment", "the study" name again)
    let document_at = |k: usize| {
        lex.nouns.get(bare(lwords[k])) == Some(&NounKind::Document)
            && lwords.get(k + 1).is_none_or(|n| POSTMODIFIER_PREPOSITIONS.contains(n) || matches!(*n, "that" | "which") || (n.len() > 4 && n.ends_with("ed")))
    };
    let head_at = if lex.nouns.get(bare(lwords.get(head_at).copied().unwrap_or(""))) == Some(&NounKind::Document) { head_at } else { (1..lwords.len()).find(|&k| document_at(k)).unwrap_or(head_at) };
    // ("one of the women watching": the plural after "one of" and its determiner)
    let head_at = match lwords.get(..2) {
        Some(["one", "of"]) => (2..lwords.len()).find(|&k| !ONE_OF_DETERMINERS.contains(&lwords[k]) && crate::text::possessive_owner(lwords[k]).is_none()).unwrap_or(head_at),
        _ => head_at,
    };
    let one_of = lwords.starts_with(&["one", "of"]);
    let head = bare(lwords.get(head_at).copied().unwrap_or("")).to_string();
    let kind = match classify_phrase(text, lc, m.span, names) {
        // "Morrison's lawyer" is a person the article does not name; "Ruiz's aides" people
        _ if possessed && (lex.titles.contains(head.as_str()) || noun_gender(&head).0 != Gender::Unknown) => SpeakerKind::Anonymous,
        // ("CBP's guidelines" stay a document)
        // ("one of Hale's associates": `classify_phrase` reads "one of" phrases, one person)
        k if possessed && !one_of && k != SpeakerKind::Document && (lex.is_title_plural(&head) || head.ends_with('s') && !head.ends_with("ss")) => SpeakerKind::Group,
        k => k,
    };
    // "Kevin, a rider who ..., said ... Kevin Moore, 52, said": a first name alone before the
    // full name is that person, when no one else the article names has that first name
    if kind == SpeakerKind::Person && !phrase.contains(' ') && crate::lexicon::names::is_known_first_name(phrase) {
        let mut same = names.people.iter().filter(|p| crate::recognize::names::full_first_name(&p.full) == Some(phrase));
        if let (Some(p), None) = (same.next(), same.next()) {
            return Some(person_speaker(text, lc, p, r, by_key, names));
        }
    }
    // "A crossing guard, who asked that only her first name be used, said ... “...,” Wendy
    // said": someone described, then named by a first name alone, is one person
    if kind == SpeakerKind::Anonymous {
        // (its appositive, else the rest of its sentence)
        let described = m.appositive.and_then(|a| lc.get(a.0..a.1)).or_else(|| lc.get(m.span.1..).map(|rest| rest.find(['.', '\n']).map_or(rest, |k| &rest[..k])));
        if described.is_some_and(|d| find_short(d, "first name").is_some()) {
            let reach = m.span.1 + 800;
            let named = names.people.iter().filter(|p| !p.full.contains(' ') && p.occurrences.first().is_some_and(|o| o.0 > m.span.1 && o.0 < reach)).min_by_key(|p| p.occurrences[0].0);
            if let Some(p) = named {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
        }
    }
    // "said the director of one health charity ... said the director of a second charity": a
    // definite title completed by an indefinite body is one of several, someone new as "a
    // director" is, told apart by that body, which its name keeps ("director of a second
    // charity")
    let qualified = (kind == SpeakerKind::Anonymous && lphrase.starts_with("the ")).then(|| indefinite_complement(text, m.span.1)).flatten();
    let definite = (lphrase.starts_with("the ") || lphrase.starts_with("that ") || lphrase.starts_with("this ")) && qualified.is_none();
    // "“...,” the family said in a statement. ¶ “...,” the statement continued": a statement
    // is its author's, the speaker named in the sentence that introduced it
    // ("Big Hit Music released a statement saying it will ...": a statement issued in this
    // sentence is its issuer's)
    // (the mention may hold its article or not: "statement" after "released a")
    let issued = || {
        let before = lc.get(..m.span.0).map(str::trim_end).unwrap_or("");
        let before = if lphrase.starts_with("a ") { Some(before) } else { before.strip_suffix(" a") };
        before.is_some_and(|b| ["released", "issued", "posted", "shared", "put out"].iter().any(|v| b.ends_with(v)))
    };
    if kind == SpeakerKind::Document && matches!(head.as_str(), "statement" | "release") && ((definite && lwords.len() == 2) || (lwords.len() <= 2 && issued())) {
        let until = if definite { m.span.0 } else { m.span.1 };
        match statement_author(lc, until, &head, r, names) {
            Some(Author::Speaker(i)) => return Some(i),
            Some(Author::Name(span)) => {
                let named = MentionSpan { span, appositive: None, antecedent: None };
                if let Some(i) = resolve_mention(text, lc, &named, r, by_key, names, at) {
                    return Some(i);
                }
            }
            None => {}
        }
    }
    // "Merrow Capital's Dana Fairbrook believes ... “...,” the firm's chief investment
    // strategist said": a title owned by "the firm" (a body's noun) is the person quoted just
    // before, when a body's possessive introduced that person and no title is theirs yet (no
    // spokesperson, lawyer or official: someone else of the body speaks so)
    if let Some((i, owner)) = firm_title_holder(text, &lwords, &head, m.span.0, r) {
        crate::recognize::roles::merge_role(&mut r.speakers[i].roles, Role { title: owned_title(lphrase).to_string(), organization: Some(owner) });
        return Some(i);
    }
    if definite && matches!(kind, SpeakerKind::Anonymous | SpeakerKind::Document | SpeakerKind::Group) {
        // the same head, and no word before it that the earlier speaker's name lacks: "the
        // chief" is the police chief quoted before, "the fire chief" someone else
        // (the words before the head: a postmodifier only tells which one, "the staff member
        // who reported the call")
        let modifiers: Vec<&str> = lwords.get(1..head_at).unwrap_or(&[]).iter().copied().filter(|w| bare(w) != head).collect();
        // (a title alone, asked once for every speaker `fits` reads)
        let bare_title_head = modifiers.is_empty() && lex.is_title(&head);
        let fits = |i: usize| {
            let sp = &r.speakers[i];
            // (a title is a person's: "the senator" is no organization "Senator from Texas";
            // "the fund" may be the International Monetary Fund)
            // (the earlier name lower-cased only when there are modifiers to find in it)
            let same_head = !(sp.kind == SpeakerKind::Organization && lex.is_title(&head))
                && sp.head.as_deref() == Some(head.as_str())
                && (modifiers.is_empty() || {
                    let earlier = crate::text::lower(&sp.name);
                    modifiers.iter().all(|w| earlier.words().any(|e| e == *w))
                });
            // ("a UN spokesman said ... said Pieter Holmqvist, spokesman for the UN mission ...
            // The spokesman told": a person quoted since with that title is the one meant,
            // when the article names no one else with it)
            let has_title = |roles: &[Role]| {
                roles.iter().any(|r| {
                    let t = r.title.to_lowercase();
                    t == head || t.strip_suffix(head.as_str()).is_some_and(|b| b.ends_with(' '))
                })
            };
            // (or a title with modifiers the person's roles hold, or a party's or body's
            // generic noun, or the initials of the role's body: "the party leader", "the CDA
            // leader" after "Christian Democrat leader Sybrand Visser")
            let modifiers_fit = |roles: &[Role]| {
                modifiers.iter().all(|w| {
                    let w = bare(w);
                    matches!(w, "party" | "opposition" | "union" | "group" | "council" | "company" | "agency" | "state" | "city" | "county" | "federal" | "provincial")
                        || roles.iter().any(|r| {
                            let org = r.organization.as_deref().unwrap_or("");
                            // (the body's initials open the acronym: "Christian Democrat" and
                            // "CDA", the Christian Democratic Appeal)
                            let n = org.words().count();
                            role_holds(r, w) || (w.len() <= 5 && n <= w.len() && w.get(..n).is_some_and(|opening| crate::recognize::names::initials_of(opening, org)))
                        })
                })
            };
            let titled = || {
                (bare_title_head || (!modifiers.is_empty() && lex.is_title(&head) && modifiers_fit(&sp.roles)))
                    && sp.kind == SpeakerKind::Person
                    && has_title(&sp.roles)
                    // (no one else the title, and its modifiers, fit: "the CDA leader" among
                    // the leaders of other parties)
                    && !names.people.iter().any(|p| p.full != sp.name && has_title(&p.roles) && (bare_title_head || modifiers_fit(&p.roles)))
            };
            same_head || titled()
        };
        if let Some(i) = r.links.iter().rev().take(RECENT).filter_map(|l| l.0).find(|&i| fits(i)) {
            return Some(i);
        }
    }
    // "Health minister says ...": a headline's or a deck's title without an article, before
    // anyone is named, is the one person the story gives that title (its other words among
    // the role's: "Higher education minister" is the Minister of Higher Education)
    let bare_title = lphrase.words().next().is_some_and(|w| !DETERMINER_WORDS.contains(&w));
    // ("B.C. premier defends ...": a capitalised place before the lowercase title)
    let lower_head = phrase.words().last().is_some_and(|w| w.starts_with(char::is_lowercase));
    // ("Mayor says ...", "Premier defends ...", "... as Finance Minister promises return to
    // balance": a capitalised title of up to three words, a person by the surname lexicon or
    // an organization by its capital)
    let short_title = matches!(kind, SpeakerKind::Person | SpeakerKind::Organization) && lphrase.words().count() <= 3;
    // ("Senator from Texas says ...": a title with the place it serves after it)
    let postmodified = head_at < last_at;
    if bare_title && (kind == SpeakerKind::Anonymous || (kind == SpeakerKind::Organization && (lower_head || postmodified)) || short_title) && lex.titles.contains(head.as_str()) && names.people.iter().all(|p| p.occurrences.first().is_none_or(|o| o.0 > m.span.0)) {
        let modifiers: Vec<&str> = lwords[..head_at].iter().map(|w| bare(w)).filter(|w| *w != head).collect();
        let fits = |role: &Role| {
            let rl = role.title.to_lowercase();
            (rl == head || rl.ends_with(&format!(" {head}")) || lex.same_office(&rl, &head)) && modifiers.iter().all(|w| role_holds(role, w))
        };
        let mut holders = names.people.iter().filter(|p| names.roles_of(text, lc, p).iter().any(fits));
        if let (Some(p), None) = (holders.next(), holders.next()) {
            return Some(person_speaker(text, lc, p, r, by_key, names));
        }
    }
    // "She said ... the 34-year-old mother of three replied": a description by age or by
    // family ("of two") with a noun of one sex is the person quoted last, when of that sex
    // (an age alone tells no sex: "“Donald is ...,” said the 46-year-old" is his wife)
    let described = find_short(lphrase, "-year-old").is_some() || find_short(lphrase, " of ").is_some();
    if definite && described && kind == SpeakerKind::Anonymous && !lphrase.contains("'s") && !lphrase.contains('\u{2019}') {
        // (a family or a person noun: "the chairman of X" is an office, anyone's)
        let g = head_noun_gender(phrase, lphrase);
        if family_noun(&g) {
            if let Some(i) = last_quoted_person(r).filter(|&i| r.speakers[i].gender.0 == g.0) {
                return Some(i);
            }
        }
    }
    // "The daughter of one victim ... said ... “...,” the woman said": a noun of one sex alone
    // is the speaker quoted last, a person or someone unnamed, when of that sex and mentioned
    // just before
    if definite && kind == SpeakerKind::Anonymous && matches!(lwords[..], [_, "woman" | "man" | "girl" | "boy"]) {
        let g = noun_gender(lphrase).0;
        let last = r.links.iter().rev().take(RECENT).find_map(|l| l.0);
        if let Some(i) = last.filter(|&i| {
            let sp = &r.speakers[i];
            matches!(sp.kind, SpeakerKind::Person | SpeakerKind::Anonymous) && sp.gender.0 == g && just_before(sp, m.span.0)
        }) {
            return Some(i);
        }
    }
    // "Ricardo Mendes, a student, said ... “People were scared,” the 16-year-old said": an
    // age alone is the person quoted last when that person was named in this paragraph and
    // no one since (the wife in "“Donald is ...,” said the 46-year-old" is not)
    // (or the age and a noun that describes anyone of that age, no part in an event: "the
    // 13-year-old student said"; not "the 45-year-old victim", someone else than the accused)
    let age_noun = || matches!(lwords[..], [_, age, "student" | "pupil" | "resident" | "teen" | "teenager" | "athlete" | "player" | "worker" | "graduate" | "grandmother" | "grandfather" | "mother" | "father"] if age.ends_with("-year-old"));
    if definite && kind == SpeakerKind::Anonymous && ((lphrase.words().count() == 2 && lphrase.ends_with("-year-old")) || age_noun()) {
        let here = |i: usize| {
            r.speakers[i].mentions.iter().rev().find(|x| x.1 <= m.span.0).is_some_and(|x| {
                text.get(x.1..m.span.0).is_some_and(|between| !between.contains('\n')) && !names.person_named_in(x.1, m.span.0)
            })
        };
        // (and not printed with another age: "The 45-year-old said ... The 52-year-old said")
        let age = lphrase.trim_start_matches(|c: char| !c.is_ascii_digit()).split('-').next().unwrap_or("");
        let other_age = |i: usize| {
            r.speakers[i].mentions.iter().any(|x| {
                let printed = text.get(x.1..).and_then(|t| t.strip_prefix(", ")).map(|t| t.split(|c: char| !c.is_ascii_digit()).next().unwrap_or(""));
                let described = text.get(x.0..x.1).and_then(|t| t.split_once("-year-old")).map(|(a, _)| a.rsplit(|c: char| !c.is_ascii_digit()).next().unwrap_or(""));
                [printed, described].into_iter().flatten().any(|a| !a.is_empty() && a != age)
            })
        };
        if let Some(i) = last_quoted_person(r).filter(|&i| here(i) && !other_age(i)) {
            return Some(i);
        }
        // (or, none quoted, the person named last, in this sentence or the one before: "A
        // fifth grader, Anaya, read a letter. “...,” the 10-year-old said")
        // (printed outside quotation marks: "“Donald is ...,” said the 46-year-old" is his wife)
        // (not a person named in a phrase fronted before the mention, its subject: "Standing
        // beside teammates Kylie Masse and Sydney Pickrem, the 21-year-old said" is neither)
        let (sent, _) = names.sentence_around(m.span.0);
        let fronted = lc.get(sent..m.span.0).is_some_and(|b| {
            let mut ws = b.words().skip_while(|w| matches!(*w, "but" | "and" | "yet" | "so"));
            let first = ws.next().unwrap_or("");
            b.ends_with(", ") && (first.ends_with("ing") || matches!(first, "beside" | "alongside" | "with" | "like" | "unlike" | "after" | "before" | "despite" | "behind" | "against" | "among" | "next" | "in" | "at" | "on" | "during" | "amid" | "following"))
        });
        let in_fronted = |p: &PersonName| fronted && p.last_seen(m.span.0) >= sent;
        let upto = if fronted { sent } else { m.span.0 };
        if let Some(p) = names.nearest_person_before(lc, m.span.0, None, &in_fronted).filter(|p| !names.quoted_at(p.last_seen(m.span.0))) {
            let at = p.last_seen(m.span.0);
            let occ = p.occurrences.iter().find(|o| o.0 == at);
            // (in the sentence just before at most: "Tom Reyes agreed. The 45-year-old said
            // ... The 52-year-old said" is no one named; that sentence may end the paragraph
            // before: "Darnell Hughes was charged Monday. ¶ “...,” the 45-year-old said")
            // (the sentences of a quotation between count as one: "Fiorella loves her school. ¶
            // “It is safe. I can play outside,” the 13-year-old student said")
            let near = occ.is_some_and(|o| {
                let Some(between) = text.get(o.1..m.span.0) else { return false };
                let quoted_from = between.find(['“', '"']).map_or(m.span.0, |k| o.1 + k);
                between.matches('\n').count() <= 2 && names.sentence_starts_between(o.1, quoted_from) <= 1 && !names.person_named_in(o.1, upto)
            });
            // (not printed with another age: "Ana Ruiz, 34, ... the 10-year-old")
            let aged = occ.and_then(|o| text.get(o.1..)).and_then(|t| t.strip_prefix(", ")).is_some_and(|t| t.split(|c: char| !c.is_ascii_digit()).next().is_some_and(|a| !a.is_empty() && a != age));
            if near && !aged {
                match by_key.get(&person_key(p)).copied() {
                    None => return Some(person_speaker(text, lc, p, r, by_key, names)),
                    // (a person quoted already, the last one quoted, in the paragraph before:
                    // "Coach Vlatko Andonovski has blamed luck ... ¶ Following the loss,
                    // which included misses from Megan Rapinoe, the 46-year-old said")
                    Some(i) if last_quoted_person(r) == Some(i) => return Some(i),
                    Some(_) => {}
                }
            }
        }
    }
    // "Unai Emery admitted ... “...,” the Spaniard told BBC Sport": a nationality for a
    // person is the person quoted last
    if definite && demonym_person(phrase) {
        if let Some(i) = last_quoted_person(r).filter(|&i| just_before(&r.speakers[i], m.span.0)) {
            return Some(i);
        }
    }
    // "Former chairman Toni Brisby told the inquiry ... The businesswoman, who took on the job
    // in 2004, said": a compound noun of one sex for what a person does ("businesswoman",
    // "sportsman"; an office someone was given, "the chairman", is its holder's, read below)
    // is the person of that sex named last, in the paragraph or the one before
    // (and "the Yackandandah woman", "the Winnipeg man": a place's name, then "woman" or "man")
    let placed_sex_noun = lwords.len() == 3 && matches!(lwords[2], "woman" | "man") && phrase.words().nth(1).is_some_and(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-'));
    if definite && (lwords.len() == 2 || placed_sex_noun) {
        let noun = lwords[lwords.len() - 1];
        let compound = placed_sex_noun || noun.strip_suffix("woman").or_else(|| noun.strip_suffix("man")).is_some_and(|b| b.len() >= 4 && b.chars().all(char::is_alphabetic));
        let sex = if compound { noun_gender(noun).0 } else { Gender::Unknown };
        // (not one who speaks for a body, "the spokesman": seldom the person named last)
        let speaks_for_body = !placed_sex_noun && lex.nouns.get(noun) == Some(&NounKind::Anonymous);
        if sex != Gender::Unknown && !speaks_for_body && !names.people.iter().any(|p| p.roles.iter().any(|r| r.title.eq_ignore_ascii_case(noun))) {
            let named = names.nearest_person_before(lc, m.span.0, Some(sex), &|_| false).filter(|p| {
                let at = p.last_seen(m.span.0);
                at > 0 && m.span.0 - at <= 400 && names.gender_of(text, p).0 == sex
            });
            if let Some(p) = named {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
        }
    }
    // "the governor", "the coach": the person the article gave that title, named last
    // ("Her lawyer said" too, after "Her lawyer, Gabriel Osei-Mensah,")
    // ("Halvorsen's lawyer has said", after "defence lawyer Gillian Costa-Whyte": a
    // person's title owned by another named one, printed as "Name's", the one given it)
    let owner_words = if possessed { phrase.words().position(|w| w.ends_with("'s") || w.ends_with("’s")).map_or(0, |k| k + 1) } else { 0 };
    let owned = lphrase.starts_with("his ") || lphrase.starts_with("her ") || lphrase.starts_with("their ") || owner_words > 0;
    let n_words = lphrase.words().count();
    if (definite || owned) && (n_words <= 5 || (n_words <= 12 && lphrase.contains(" of the "))) {
        let words: Vec<&str> = lphrase.words().skip(owner_words.max(1)).collect();
        let mut t = words.join(" ");
        // ("the PM", "the VP": a title's abbreviation printed in capitals is the title it
        // stands for)
        // (the title a last word printed in capitals abbreviates, if any: "PM", "CJ")
        let spelled_out = |t: &str| phrase.words().last().filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())).and_then(|_| lex.title_abbrev.get(t)).map(|full| full.to_lowercase());
        let mut abbreviated = false;
        if words.len() == 1 {
            if let Some(full) = spelled_out(&t) {
                t = full;
                abbreviated = true;
            }
        }
        // "the Acme founder": a title after the organization's capitalised name, given to
        // someone in that organization
        let mut org = None;
        if !lex.titles.contains(t.as_str()) && words.len() == 2 && lex.titles.contains(words[1]) {
            let capitalised = phrase.words().nth(1).is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
            if capitalised {
                org = Some(words[0]);
                t = words[1].to_string();
                // ("the IHC CJ": the title's abbreviation in capitals stands for the title)
                if let Some(full) = spelled_out(&t) {
                    t = full;
                    abbreviated = true;
                }
            }
        }
        // ("the head of the government": a general name of an office, "of the" read as "of")
        if let Some(general) = t.contains(" of the ").then(|| t.replace(" of the ", " of ")).filter(|g| lex.title_covers.get(g).is_some()) {
            t = general;
        }
        // ("the principal of the school", "the president of the union": a title, then "of the"
        // and common nouns only, says no more than the title)
        if let Some((head, body)) = t.split_once(" of the ") {
            let printed_body = phrase.rsplit(" of the ").next();
            if org.is_none() && lex.titles.contains(head) && !body.is_empty() && printed_body.is_some_and(|b| b.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')) {
                t = head.to_string();
            } else if org.is_none()
                && lex.titles.contains(head)
                && printed_body.is_some_and(|b| {
                    b.starts_with(char::is_uppercase)
                        && b.words().all(|w| (w.starts_with(char::is_uppercase) && !crate::lexicon::names::is_party_or_creed(w) && crate::lexicon::places::place_kind(w).is_none()) || matches!(w, "and" | "in" | "of" | "&"))
                        && !crate::recognize::roles::PARTIES.iter().any(|p| b.eq_ignore_ascii_case(p))
                })
            {
                // ("the owner of the Outfield Diner": the title at that body; not a party's or a
                // place's office, "the chairman of the Conservative Party", seldom whoever was
                // named last)
                org = lphrase.rsplit(" of the ").next();
                t = head.to_string();
            }
        }
        // ("the town mayor", "the city manager" after "Mayor Kandis Jameson": a municipality's
        // common noun before the title says only where the office is; "the beleaguered mayor",
        // "the longtime coach": nor does a word judging or dating its holder)
        if let Some((mods, head)) = t.rsplit_once(' ') {
            if org.is_none() && mods.split(' ').all(|w| MUNICIPAL.contains(&w) || holder_epithet(w)) && lex.titles.contains(head) && !lex.titles.contains(t.as_str()) {
                t = head.to_string();
            }
        }
        // ("the certified nursing assistant": a title of two words by itself, after words
        // that qualify its holder)
        if org.is_none() && !abbreviated && !lex.titles.contains(t.as_str()) {
            if let Some(two) = t.rmatch_indices(' ').nth(1).map(|(k, _)| t[k + 1..].to_string()).filter(|two| lex.titles.contains(two.as_str())) {
                t = two;
            }
        }
        // ("the chief medical officer": a title by its head)
        // (a title the abbreviations list spells out is one whole: "senior superintendent of
        // police")
        if abbreviated || lex.titles.contains(t.as_str()) || lex.titles.contains(crate::text::last_piece(t.as_str(), b' ')) || lex.title_covers.get(t.as_str()).is_some() {
            // "the Republican presidential nominee", "the White House spokesman": no title as a
            // whole, the words before its head among those of the role's title and body
            // ("presidential nominee" at the Republican party)
            let (mods, head_t): (Vec<&str>, &str) = match t.rsplit_once(' ') {
                Some((mods, h)) if org.is_none() && !lex.titles.contains(t.as_str()) => (mods.split(' ').map(bare).collect(), h),
                _ => (Vec::new(), ""),
            };
            // the same title, or another name of the office ("the congressman": Rep. Welch)
            let fits = |r: &Role, org: Option<&str>| {
                let mut rl = r.title.to_lowercase();
                // ("Minister Responsible for X" is a minister)
                if rl.ends_with(" responsible") {
                    rl.truncate(rl.len() - " responsible".len());
                }
                // ("a farmer from the valley", "a nurse at the clinic": the title's head
                // is before its postmodifier)
                if let Some(k) = [" from ", " at ", " in ", " with ", " on "].iter().filter_map(|j| rl.find(j)).min() {
                    rl.truncate(k);
                }
                // (a lesser rank of the office is another: "Deputy Prime Minister Winston Peters"
                // is not "the Prime Minister")
                const LESSER: &[&str] = &["deputy ", "vice ", "vice-", "assistant ", "associate ", "shadow ", "junior ", "under "];
                let lesser = |rl: &str| rl.strip_suffix(t.as_str()).is_some_and(|b| LESSER.iter().any(|r| b.ends_with(r)));
                // (a lesser rank's word anywhere in the title, at its start or after a space)
                let lesser_any = |rl: &str| LESSER.iter().any(|r| rl.match_indices(r).any(|(i, _)| i == 0 || rl.as_bytes()[i - 1] == b' '));
                // (or a general word for it: "the lawmaker" for Rep. Anna Colt)
                let title_ok = rl == t || ((rl.ends_with(&format!(" {t}")) || rl.ends_with(&format!("-{t}"))) && !lesser(&rl)) || lex.same_office(&rl, &t) || (lex.covers(&t, &rl) && !lesser_any(&rl));
                let modified = || (rl == head_t || rl.ends_with(&format!(" {head_t}")) || lex.same_office(&rl, head_t)) && mods.iter().all(|w| role_holds(r, w));
                // (the body may be printed in the title itself: "the Labour MP" for "Fiona Reid,
                // a Labour MP for Leeds", title "Labour MP")
                let body_ok = |o: &str| r.organization.as_ref().is_some_and(|x| x.to_lowercase() == o) || rl.words().rev().skip(1).any(|w| w == o);
                // ("Her lawyer": not a title another owner was given, "Clinton's lawyer Cheryl Mills")
                let free = !owned || r.organization.is_none();
                free && ((title_ok && org.is_none_or(body_ok)) || (!mods.is_empty() && org.is_none() && modified()))
            };
            // ("the doctor" after "Dr. Kristjan Thompson, the past president of Doctors Manitoba":
            // the honorific is the office)
            let doctor = |p: &PersonName| org.is_none() && matches!(t.as_str(), "doctor" | "physician") && p.honorific.as_deref().is_some_and(|h| h.trim_end_matches('.') == "dr");
            // ("the IHC CJ" after "Chief Justice of Islamabad High Court (IHC) Aamer Farooq": a
            // role read without its body, the body's name printed right around the person's)
            let body_near = |p: &PersonName, o: &str| {
                p.occurrences.iter().filter(|x| x.0 < m.span.0).any(|&(s, e)| {
                    let (a, b) = (text.floor_char_boundary(s.saturating_sub(80)), text.ceil_char_boundary((e + 20).min(text.len())));
                    lc.get(a..b).is_some_and(|w| w.split(|c: char| !c.is_alphanumeric()).any(|x| x == o))
                })
            };
            let holder = |org: Option<&str>| {
                names
                    .people
                    .iter()
                    .filter(|p| p.last_seen(m.span.0) > 0 || p.occurrences.first().is_some_and(|o| o.0 < m.span.0))
                    .filter(|p| {
                        p.roles.iter().any(|r| fits(r, org))
                            || doctor(p)
                            || org.is_some_and(|o| {
                                // (or the body's initials: "the HHC CJ" for the Chief Justice of
                                // the Harbour High Court; not "the" and "of" in them)
                                let initials = |x: &str| crate::recognize::names::initials_of_words(o, x.split(' ').filter(|w| !w.is_empty() && !matches!(*w, "the" | "of" | "and" | "for" | "The") && !w.starts_with('(')));
                                p.roles.iter().any(|r| fits(r, None)) && (body_near(p, o) || names.roles_of(text, lc, p).iter().any(|r| fits(r, None) && r.organization.as_deref().is_some_and(initials)))
                            })
                    })
                    .max_by_key(|p| p.last_seen(m.span.0))
            };
            // "the Vermont congressman", "the Ohio governor": a place before the title is where
            // the office is, seldom printed as the role's organization; the one person given
            // that office with the place printed near their name is meant (not Sen. Joni Ernst
            // of Iowa for "the Florida senator"; a nationality names a country's office: "the
            // French president" is not President Obama)
            let place = phrase.words().nth(1).filter(|w| crate::lexicon::places::place_kind(w).is_some());
            // the place printed near one of the person's names ("Vermont Sen. Bernie Sanders",
            // "Rep. Peter Welch (D-Vt.)")
            let placed = |p: &PersonName, place: &str| {
                p.occurrences.iter().any(|&(s, e)| {
                    // (not reaching the description itself)
                    let end = if s < m.span.0 { m.span.0 } else { text.len() };
                    let (mut a, mut b) = (s.saturating_sub(60), (e + 30).min(end).max(e));
                    while !text.is_char_boundary(a) {
                        a -= 1;
                    }
                    while !text.is_char_boundary(b) {
                        b += 1;
                    }
                    text.get(a..b).is_some_and(|w| {
                        w.contains(place) || w.split(|c: char| !(c.is_alphanumeric() || c == '.')).any(|t| crate::lexicon::places::us_state(t) == Some(place))
                    })
                })
            };
            // (the one person named before given the title, with the place near their name
            // when one is asked for)
            let only_holder = |place: Option<&str>| {
                let mut all = names.people.iter().filter(|p| p.occurrences.first().is_some_and(|o| o.0 < m.span.0) && p.roles.iter().any(|r| fits(r, None)) && place.is_none_or(|place| placed(p, place)));
                match (all.next(), all.next()) {
                    (Some(p), None) => Some(p),
                    _ => None,
                }
            };
            // the roles read around the names too ("Prof Chris Whitty warned ... The chief
            // medical officer said"), for the few people named last before the mention
            let described = || {
                let mut recent: Vec<&PersonName> = names.people.iter().filter(|p| p.last_seen(m.span.0) > 0).collect();
                recent.sort_by_key(|p| std::cmp::Reverse(p.last_seen(m.span.0)));
                recent.into_iter().take(3).find(|p| names.roles_of(text, lc, p).iter().any(|r| fits(r, org)) || doctor(p))
            };
            // "The mayor said he has no plans ... “...,” Mayor Charlie Kowalski-Dunn told
            // reporters": no one given the title before, the one person given it just after,
            // in the same paragraph, is meant
            let named_next = || {
                let rest = text.get(m.span.1..).unwrap_or("");
                let reach = m.span.1 + rest.find("\n\n").unwrap_or(rest.len()).min(300);
                let mut next = names.people.iter().filter(|p| p.occurrences.first().is_some_and(|o| o.0 >= m.span.1 && o.1 <= reach) && p.roles.iter().any(|r| fits(r, org)));
                match (next.next(), next.next()) {
                    (Some(p), None) => Some(p),
                    _ => None,
                }
            };
            // ("The Democratic governor noted" after "Gov. Brant Holloway says": a party's word
            // before the title, no body's, and the one person given the title before)
            let party_word = || {
                phrase.words().nth(1).is_some_and(crate::lexicon::names::is_party_or_creed) || org.is_some_and(|o| crate::recognize::roles::PARTIES.contains(&o))
            };
            let party_office = || if party_word() { only_holder(None) } else { None };
            let titled = holder(org).or_else(|| if org.is_some() { place.and_then(|pl| only_holder(Some(pl))).or_else(party_office) } else { None }).or_else(described).or_else(named_next);
            if let Some(p) = titled {
                return Some(person_speaker(text, lc, p, r, by_key, names));
            }
            // "Jurgen Klopp praised X ... “...,” the Liverpool manager said": a title at a named
            // body that no one was given is the person quoted just before, if given no role
            // (not a nationality's office: "the Mexican president")
            // (or the person named since, the subject of a sentence just before, given no role
            // either: "Connor McDavid had a goal ... The Oilers captain said", after Kadri's quote)
            // (an owned title, "her lawyer", only ever its holder: it is someone's, seldom the
            // person quoted before's)
            if definite && org.is_some_and(|o| !crate::lexicon::places::is_demonym(o)) {
                let quoted = last_quoted_person(r).filter(|&i| r.speakers[i].roles.is_empty() && just_before(&r.speakers[i], m.span.0));
                // (a body's, not a party's or a place's office: "the Democratic nominee" and "the
                // Vermont senator" are seldom whoever was named last)
                let body = org.is_some_and(|o| {
                    let printed = phrase.words().nth(1).unwrap_or(o);
                    !crate::lexicon::names::is_party_or_creed(printed) && !crate::recognize::roles::PARTIES.contains(&o) && crate::lexicon::places::place_kind(printed).is_none()
                });
                let quoted_at = quoted.and_then(|i| r.speakers[i].mentions.iter().map(|x| x.0).filter(|&x| x < m.span.0).max()).unwrap_or(0);
                // (looked for only at a body's title)
                let named = body.then(|| names.nearest_person_before(lc, m.span.0, None, &|_| false)).flatten().filter(|p| {
                    let at = p.last_seen(m.span.0);
                    p.roles.is_empty() && at > quoted_at && m.span.0 - at <= 300 && quoted.is_none_or(|i| !r.speakers[i].name.contains(p.full.as_str()))
                });
                if let Some(p) = named {
                    return Some(person_speaker(text, lc, p, r, by_key, names));
                }
                if let Some(i) = quoted {
                    return Some(i);
                }
            }
            // "Demko, who missed last season, said ... “...,” the goaltender said": a title
            // alone that no one was given, no unnamed speaker holds, is the person quoted
            // just before (`just_before`), if given no role (and no "a nurse" was printed
            // before: "When a nurse ... returned, the governor ordered ... The nurse later sued")
            let introduced = || {
                let b = lc.get(..m.span.0).unwrap_or("");
                crate::text::contains_word(b, &format!("a {t}")) || crate::text::contains_word(b, &format!("an {t}"))
            };
            // (a lowercase one: "The Premier", "The Taoiseach" name an office, seldom held by
            // whoever spoke last)
            let bare_title = definite && org.is_none() && kind == SpeakerKind::Anonymous && words.len() == 1 && phrase.words().nth(1).is_some_and(|w| w.starts_with(char::is_lowercase));
            // (nor a party to what happened, "the landlord", "the tenant", "the victim": as often
            // the other side of the person quoted before as that person)
            let party = || crate::lexicon::names::is_person_noun(t.as_str());
            // (the title no one holds: no unnamed speaker by it, no person given it, none
            // introduced by it, no party to the story)
            let unclaimed = || !by_key.contains_key(&(false, SpeakerKind::Anonymous, t.clone())) && !names.people.iter().any(|p| p.roles.iter().any(|r| fits(r, None))) && !introduced() && !party();
            // (nor an office one holds in a court, a government or a body, "the judge", "the
            // mayor": its holder is introduced with it, and a person quoted before without it
            // holds it seldom; what one is or does may vary a name, "the goaltender")
            if bare_title && unclaimed() && !SOLE_OFFICES.contains(&t.as_str()) {
                if let Some(i) = last_quoted_person(r).filter(|&i| r.speakers[i].roles.is_empty() && just_before(&r.speakers[i], m.span.0)) {
                    if !r.titled.iter().any(|x| x.0 == t) {
                        r.titled.push((t.clone(), i));
                    }
                    return Some(i);
                }
                // ("For now, the actress says", paragraphs on): the person the same title stood
                // for before
                if let Some(&(_, i)) = r.titled.iter().find(|x| x.0 == t) {
                    return Some(i);
                }
            }
            // "Linda Fisher looked out her window ... “...,” the nursing assistant, 33, said": a
            // title in lower case after "the" that no one was given, no unnamed speaker holds
            // and no "a nursing assistant" introduced, with no one quoted just before, is the
            // one person named in the paragraph or the one before, given no role (a new person
            // would be introduced or named; not a party to the story, "the victim")
            // (not someone's, "the former vice president's spokeswoman"; nor a person named only
            // inside a quotation, often the one spoken to: "“Mr. Trump, ...,” the moderator said")
            let lower = definite && !owned && !phrase.contains("'s ") && !phrase.contains("’s ") && org.is_none() && kind == SpeakerKind::Anonymous && phrase.words().skip(1).all(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
            if lower && last_quoted_person(r).is_none_or(|i| !just_before(&r.speakers[i], m.span.0)) && unclaimed() {
                let from = text.get(..m.span.0).map_or(0, previous_paragraph_start);
                // (named before the description's own sentence: "Anna Berg will call the vote,
                // the council clerk said" reports on her; the clerk is someone else)
                let (sentence, _) = names.sentence_around(m.span.0);
                let mut named = names.people.iter().filter(|p| p.occurrences.iter().any(|o| o.0 >= from && o.0 < m.span.0 && !names.quoted_at(o.0)));
                let before_sentence = |p: &PersonName| p.occurrences.iter().any(|o| o.0 < sentence && !names.quoted_at(o.0));
                // (nor one named as what is done to: "Donald Trump was asked ... “...,” the
                // moderator said")
                let passive = |p: &PersonName| {
                    p.occurrences.iter().filter(|o| o.0 >= from && o.0 < m.span.0).any(|o| {
                        let mut after = lc.get(o.1..).unwrap_or("").words();
                        matches!(after.next(), Some("was" | "were" | "is" | "are" | "being")) && after.next().is_some_and(|w| w.len() > 3 && (w.ends_with("ed") || lex.is_past_tense(w)))
                    })
                };
                match (named.next(), named.next()) {
                    (Some(p), None) if p.roles.is_empty() && !r.speakers.iter().any(|s| s.name == p.full) && !passive(p) && before_sentence(p) => {
                        return Some(person_speaker(text, lc, p, r, by_key, names));
                    }
                    // ("Karen Holt has apologized ... ¶ “...” ¶ The star wrote": no one named
                    // there, the one person the article has named so far, outside quotations,
                    // given no role; not for a noun the lexicon has for an unnamed source, "the
                    // official", seldom the story's one person)
                    (None, _) if !lex.nouns.contains_key(crate::text::last_piece(&t, b' ')) => {
                        let sex = noun_gender(crate::text::last_piece(&t, b' ')).0;
                        let fits = |p: &PersonName| {
                            let guess = names.gender_guess(p);
                            sex == Gender::Unknown || guess == Gender::Unknown || guess == sex
                        };
                        if let Some(p) = only_person_before(names, m.span.0).filter(|p| p.roles.is_empty() && fits(p) && before_sentence(p)) {
                            return Some(person_speaker(text, lc, p, r, by_key, names));
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    // "Trump, a New York businessman, ... The New York businessman said": a description
    // repeating the words of an appositive printed after a person's name is that person
    if definite && matches!(kind, SpeakerKind::Anonymous | SpeakerKind::Organization) && phrase.words().last().is_some_and(|w| w.starts_with(char::is_lowercase)) {
        if let Some(p) = lphrase.split_once(' ').and_then(|(_, rest)| appositive_holder(lc, rest, m.span.0, names)) {
            return Some(person_speaker(text, lc, p, r, by_key, names));
        }
    }
    // "“...,” said Reza Tavakoli, the provincial trade chief. ... the official added", "said
    // the Bangladeshi expat" after Karim Hossain is quoted: a definite description by a noun
    // that says what anyone may be, not an office one holds alone, is the person quoted last
    if definite && matches!(kind, SpeakerKind::Anonymous | SpeakerKind::Organization) && (2..=4).contains(&lwords.len()) && VARIED_NOUNS.contains(&head.as_str()) {
        if let Some(i) = last_quoted_person(r).filter(|&i| varied_reference(lc, &r.speakers[i], &head, m.span.0, names)) {
            return Some(i);
        }
    }
    // "the company", "the agency": the organization named last before the mention
    let common_head = phrase.words().nth(1).is_some_and(|w| w.chars().all(|c| c.is_lowercase()));
    // (singular only: "the unions" are a group, not the union named last)
    let plural = head.ends_with('s') && !head.ends_with("ss");
    // ("the Calgary-based company": where it is based tells no other company)
    let based = lwords.len() == 3 && lwords[1].ends_with("-based") && lwords[2].chars().all(char::is_lowercase);
    // ("the centre" after "the Islamic Centre of Dunmore": a noun the lexicon lacks that heads
    // an organization's name printed before, last or before "of")
    let heads_named = || {
        !lex.nouns.contains_key(head.as_str())
            && names.runs.iter().any(|x| x.span.1 <= m.span.0 && x.kind == crate::model::EntityKind::Organization && lc.get(x.span.0..x.span.1).is_some_and(|n| headed_by(n, &head)))
    };
    if definite && (common_head || based) && !plural && (kind == SpeakerKind::Organization || (kind == SpeakerKind::Anonymous && lwords.len() == 2 && heads_named())) && (lwords.len() == 2 || based) {
        // (an organization printed after "the" is as often an event or a body as a
        // company: "the American Music Awards", "the Senate"; not when its name holds the
        // noun: "the union" is "the Canadian Union of Postal Workers")
        let before = names.runs.iter().rev().filter(|x| x.span.1 <= m.span.0 && x.kind == crate::model::EntityKind::Organization);
        // ("the union" is also "the RMT union": a name the noun follows)
        let holds_head = |x: &&crate::recognize::names::NameRun| {
            lc.get(x.span.0..x.span.1).is_some_and(|n| n.words().any(|w| w == head))
                || lc.get(x.span.1..).and_then(|t| t.strip_prefix(' ')).is_some_and(|t| t.starts_with(head.as_str()) && !t[head.len()..].starts_with(char::is_alphanumeric))
        };
        // ("the division" is the Louis Riel School Division named before, not the fire
        // service named since: a name holding the noun first)
        // (and first a name the noun heads, last or before "of": "the university" is "Lakeshore
        // University" or "the University of Regina", not the "Lakeshore University Faculty
        // Association" named since)
        let headed = |x: &&crate::recognize::names::NameRun| lc.get(x.span.0..x.span.1).is_some_and(|n| headed_by(n, &head));
        let named_holding = before.clone().find(headed).or_else(|| before.clone().find(holds_head));
        let named = named_holding.or_else(|| {
            before.clone().find(|x| {
                let after_the = || lc.get(..x.span.0).is_some_and(|b| b.ends_with("the ") || b.ends_with("the\n"));
                // ("the team" is "the Toronto Blue Jays": a plural name)
                let team = || matches!(head.as_str(), "team" | "club") && lc.get(x.span.0..x.span.1).and_then(|n| n.words().last()).is_some_and(crate::lexicon::names::plural_shaped);
                // ("A union representative told NBC5 that ... The union said": whom a verb of
                // telling addresses, a newsroom most often, is not the body the noun means)
                let addressee = || lc.get(..x.span.0).is_some_and(|b| ["told ", "tells ", "told the ", "tells the "].iter().any(|v| b.ends_with(v)));
                // ("a major IT failure", "6 p.m. BST": letters modifying a noun after them, or a
                // time's zone, are no body)
                // (between words in lower case, the next no verb's form nor a function word:
                // "AAN polled", "told the FBI last week" name bodies)
                let modifier = || {
                    let noun_after = || {
                        let before = text.get(..x.span.0).unwrap_or("").trim_end();
                        let prev = crate::text::last_piece(before, b' ');
                        let next = text.get(x.span.1..).and_then(|t| t.strip_prefix(' ')).map_or("", |t| t.split(|c: char| !c.is_alphabetic()).next().unwrap_or(""));
                        prev.starts_with(char::is_lowercase)
                            && next.starts_with(char::is_lowercase)
                            && !next.ends_with("ed")
                            && !next.ends_with('s')
                            && !matches!(next, "last" | "this" | "next" | "on" | "in" | "at" | "to" | "for" | "of" | "and" | "or" | "that" | "which" | "who" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should" | "had" | "did" | "also" | "then" | "now" | "later" | "earlier" | "today" | "yesterday" | "tomorrow")
                    };
                    text.get(x.span.0..x.span.1).is_some_and(|n| !n.contains(' ') && n.chars().all(|c| c.is_ascii_uppercase()))
                        && (noun_after() || lc.get(..x.span.0).is_some_and(|b| b.ends_with("a.m. ") || b.ends_with("p.m. ") || b.trim_end().ends_with(|c: char| c.is_ascii_digit())))
                };
                (team() || !after_the()) && !addressee() && !modifier() && text.get(x.span.0..x.span.1).is_some_and(|n| org_noun_fits(&head, n))
            })
        });
        // the nearer of the organization named last and the one quoted last
        let quoted = r.links.iter().rev().take(RECENT).filter_map(|l| l.0).find(|&i| {
            let sp = &r.speakers[i];
            sp.kind == SpeakerKind::Organization && sp.name.chars().next().is_some_and(char::is_uppercase) && org_noun_fits(&head, &sp.name)
        });
        let quoted_at = quoted.and_then(|i| r.speakers[i].mentions.last().map(|x| x.0));
        if named.is_some() || quoted.is_some() {
            // (a name inside the quoted organization's own mention is that organization: "the
            // U.S. Food and Drug Administration said", read as "Drug Administration")
            let inside = |i: usize| named.is_some_and(|o| r.speakers[i].mentions.iter().any(|x| x.0 <= o.span.0 && o.span.1 <= x.1) && text.get(o.span.0..o.span.1).is_some_and(|n| r.speakers[i].name.ends_with(n)));
            let at_org = named.filter(|_| !quoted.is_some_and(inside)).map_or(0, |o| o.span.0);
            match (quoted, quoted_at, named) {
                // (a name holding the noun before one quoted since that does not: "the RMT
                // union ... the Centre for Cities thinktank found ... The union says")
                (Some(i), Some(q), _) if q >= at_org && (named_holding.is_none() || crate::text::lower(&r.speakers[i].name).words().any(|w| w == head)) => return Some(i),
                (_, _, None) => {}
                (_, _, Some(org)) => {
                    let oname = text.get(org.span.0..org.span.1).unwrap_or("");
                    let oname = spelled_out(text, oname);
                    return Some(plain_speaker(r, by_key, oname, SpeakerKind::Organization));
                }
            }
        }
    }
    let name = strip_determiner(phrase);
    let name = crate::text::possessive_owner(name).unwrap_or(name);
    // "migrant support group Sanctuary Health", "the tech company Acme": a body's name after
    // a description in lower case ending in a noun for a body is the name alone
    let name = if kind == SpeakerKind::Organization { named_after_body_noun(name).unwrap_or(name) } else { name };
    // "CBP": the organization's full name where the article spells it out
    let name = if kind == SpeakerKind::Organization { spelled_out(text, name) } else { name };
    // ("since he is BK ... “Come here,” BK says": initials a person's name spells out are
    // that person, no body)
    if kind == SpeakerKind::Organization {
        if let Some(p) = names.people.iter().find(|p| p.full == name && p.full.contains(' ')) {
            return Some(person_speaker(text, lc, p, r, by_key, names));
        }
    }
    let qualified_name;
    let name = match qualified {
        Some(end) => {
            qualified_name = format!("{name}{}", text.get(m.span.1..end).unwrap_or(""));
            qualified_name.as_str()
        }
        None => name,
    };
    let key = (false, kind, crate::text::lower(name));
    // anonymous "a source" twice are two people; only definite references merge
    if kind != SpeakerKind::Anonymous || definite {
        if let Some(&i) = by_key.get(&key) {
            return Some(i);
        }
    }
    // (a body or a text has no sex, whatever noun its name holds: "Prince Andrew High School",
    // "the Duke Energy report")
    let gender = if matches!(kind, SpeakerKind::Organization | SpeakerKind::Document) { (Gender::Unknown, GenderEvidence::None, None) } else { head_noun_gender(phrase, lphrase) };
    // an unnamed holder of a title: its title and body, as an appositive gives them ("A
    // spokesperson for the Ministry of Education", "a CBP spokesperson")
    let mut roles = Vec::new();
    if kind == SpeakerKind::Anonymous && lphrase.words().any(|w| lex.titles.contains(bare(w))) {
        for mut role in crate::recognize::roles::appositive_roles(text, m.span) {
            if let Some(org) = role.organization.as_deref() {
                // ("Morrison's lawyer" is a person's, no body's)
                if names.people.iter().any(|p| p.last.eq_ignore_ascii_case(org) || p.full == org) {
                    role.organization = None;
                } else if let Some(full) = expand_acronym(text, org) {
                    role.organization = Some(full.to_string());
                }
            }
            crate::recognize::roles::merge_role(&mut roles, role);
        }
    }
    r.speakers.push(SpeakerDraft {
        name: name.to_string(),
        kind,
        mentions: Vec::new(),
        roles,
        gender,
        head: Some(head),
        called: [false; 2],
    });
    let i = r.speakers.len() - 1;
    by_key.insert(key, i);
    Some(i)
}

/// Offices one person holds in a court, a government or a body: "the judge" or "the mayor"
/// after someone quoted without that title is seldom that person.
const SOLE_OFFICES: &[&str] = &[
    "judge", "justice", "magistrate", "prosecutor", "coroner", "sheriff", "mayor", "governor", "president", "premier", "chancellor", "commissioner",
    "superintendent", "principal", "speaker", "chairman", "chairwoman", "chair", "chairperson", "chief", "director", "attorney general", "minister", "secretary",
];

/// Nouns a story uses to vary how it names someone it has just quoted ("the official", "the
/// expat", "the economist"): what anyone may be, no office only one person holds ("the
/// judge", "the mayor"), no family noun (read by their own rules; "the businessman" alone
/// after "the" is read by the rule for compounds of one sex first).
const VARIED_NOUNS: &[&str] = &[
    "official", "expat", "expatriate", "employee", "worker", "resident", "executive", "analyst", "economist", "expert", "researcher", "scientist", "activist", "volunteer",
    "farmer", "tenant", "shopper", "commuter", "veteran", "retiree", "pensioner", "entrepreneur", "academic", "lawmaker", "legislator", "politician", "campaigner", "businesswoman",
    "businessman", "homeowner", "motorist", "diplomat", "engineer", "consultant", "strategist",
];

/// Whether `head` in a definite description at byte `at` ("the official") may stand for
/// speaker `sp`, the person quoted last: mentioned within the 400 bytes before, no one else
/// named since, of the noun's sex if it has one, and the noun not used before for anyone
/// else (only in an appositive right after one of `sp`'s mentions: "Karim Hossain, a
/// 30-year-old worker, said ... the worker added").
fn varied_reference(lc: &str, sp: &SpeakerDraft, head: &str, at: usize, names: &Names) -> bool {
    let Some(last) = sp.mentions.iter().filter(|x| x.1 <= at).max_by_key(|x| x.1) else { return false };
    if at - last.0 > 400 || names.person_named_in(last.1, at) {
        return false;
    }
    let sex = noun_gender(head).0;
    if sex != Gender::Unknown && sex != sp.gender.0 {
        return false;
    }
    let Some(before) = lc.get(..at) else { return false };
    let finder = memchr::memmem::Finder::new(head.as_bytes());
    finder.find_iter(before.as_bytes()).all(|k| {
        let whole = !before[..k].chars().next_back().is_some_and(char::is_alphanumeric) && !before[k + head.len()..].chars().next().is_some_and(char::is_alphanumeric);
        // (in an appositive of one of the speaker's mentions: after its comma, in its sentence)
        let appositive = sp.mentions.iter().any(|x| x.1 <= k && k - x.1 <= 80 && before[x.1..k].starts_with(", ") && !before[x.1..k].contains(['.', '\n']));
        !whole || appositive
    })
}

/// The person printed last before byte `at` with the appositive "a `rest`" or "an `rest`"
/// right after a mention ("Donald Trump, a New York businessman,"), `rest` a whole phrase.
fn appositive_holder<'n>(lc: &str, rest: &str, at: usize, names: &'n Names) -> Option<&'n PersonName> {
    // (read after each mention of a person, not searched for in the text: a few dozen
    // mentions an article against every byte before each description)
    let holds = |end: usize| {
        let after = lc.get(end..at).unwrap_or("");
        let Some(tail) = after.strip_prefix(", a ").or_else(|| after.strip_prefix(", an ")) else { return false };
        tail.strip_prefix(rest).is_some_and(|t| t.chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '-'))
    };
    names
        .people
        .iter()
        .flat_map(|p| p.occurrences.iter().filter(|o| o.1 < at && holds(o.1)).map(move |o| (o.1, p)))
        .max_by_key(|(end, _)| *end)
        .map(|(_, p)| p)
}

/// The name an acronym stands for, where the article writes it out: capitalised
/// words whose initials spell it, with "and", "of", "for", "the" or "&" between
/// them ("Customs and Border Protection" for "CBP"). None for anything else.
pub(crate) fn expand_acronym<'t>(text: &'t str, acronym: &str) -> Option<&'t str> {
    let letters: Vec<char> = acronym.chars().filter(|c| *c != '.').collect();
    if !(2..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let connector = |w: &str| matches!(w, "and" | "of" | "for" | "the" | "&" | "on");
    // Words are runs of characters between separators; only a word that starts with
    // the first letter can start the name, so those are found with memchr and the
    // words read from there (not the whole text for every acronym).
    let first = u8::try_from(letters[0]).ok()?;
    let mut from = 0;
    while let Some(k) = text.as_bytes().get(from..).and_then(|r| memchr::memchr(first, r)) {
        let s = from + k;
        from = s + 1;
        if text.get(..s).and_then(|t| t.chars().next_back()).is_some_and(|c| !acronym_sep(c)) {
            continue; // inside a word
        }
        let mut words = words_from(text, s).peekable();
        let (mut n, mut last) = (0, None);
        while n < letters.len() {
            let Some(&(at, w)) = words.peek() else { break };
            if w.starts_with(letters[n]) && w.chars().nth(1).is_some_and(char::is_lowercase) {
                n += 1;
            } else if !(n > 0 && connector(w)) {
                break;
            }
            last = Some((at, w));
            words.next();
        }
        let ends = words.peek().is_none_or(|(_, w)| !w.chars().next().is_some_and(char::is_uppercase));
        if let (true, true, Some((at, w))) = (n == letters.len(), ends, last) {
            let end = at + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
            return text.get(s..end);
        }
    }
    None
}

/// An organization's name as the article spells it out: the name an acronym
/// ([`expand_acronym`]) or a bracketed alias ([`parenthesised_alias`]) stands for, else
/// the name as printed.
fn spelled_out<'t>(text: &'t str, name: &'t str) -> &'t str {
    expand_acronym(text, name).or_else(|| parenthesised_alias(text, name)).unwrap_or(name)
}

/// The name an alias stands for where the article defines it in brackets after the name:
/// "The National Union of Metalworkers of South Africa (Numsa)" for "Numsa" (an acronym
/// printed as a word, which [`expand_acronym`] does not spell out). The capitalised words
/// before the bracket, with "of", "and", "to" and the like between them, opening with the
/// alias's first letter.
fn parenthesised_alias<'t>(text: &'t str, alias: &str) -> Option<&'t str> {
    if alias.is_empty() || alias.contains(' ') || alias.len() > 12 || !alias.starts_with(char::is_uppercase) {
        return None;
    }
    // (at the text's opening brackets, by memchr: few, where every byte of the text would
    // be read by a search for the alias)
    let at = memchr::memchr_iter(b'(', text.as_bytes()).map(|k| k + 1).find(|&k| {
        k >= 2 && text.as_bytes()[k - 2] == b' ' && text.get(k..).and_then(|r| r.strip_prefix(alias)).is_some_and(|r| r.starts_with(')'))
    })?;
    let before = text.get(..at - 2)?;
    // (`start`: where the words read so far begin)
    let mut start = before.len();
    let mut capitals = 0;
    for w in before.rsplit(' ') {
        let connector = matches!(w, "of" | "and" | "for" | "the" | "&" | "to" | "on" | "in" | "at" | "de" | "du" | "des" | "la");
        let capital = w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.'));
        if !(capital || (connector && capitals > 0)) || w == "The" {
            break;
        }
        capitals += usize::from(capital);
        start -= w.len();
        // (the space before the word, unless it opens the text)
        start = start.saturating_sub(1);
    }
    let name = before.get(start..)?.trim_start_matches(|c: char| !c.is_uppercase());
    // (and the alias opens with the name's first letter: "Alliance to Reclaim Our Schools
    // (AROS)", not the words after a connector the walk stopped at)
    let same_first = name.chars().next().zip(alias.chars().next()).is_some_and(|(a, b)| a.eq_ignore_ascii_case(&b));
    (capitals >= 2 && name.contains(' ') && same_first).then_some(name)
}

/// What separates the words [`expand_acronym`] reads.
fn acronym_sep(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
}

/// The words of `text` from byte `s` (a word's start) on, each with its byte offset.
fn words_from(text: &str, s: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut start = None;
    let tail = text.get(s..).unwrap_or("");
    tail.char_indices().map(move |(i, c)| (s + i, c)).chain(std::iter::once((text.len(), ' '))).filter_map(move |(i, c)| {
        match (acronym_sep(c), start) {
            (true, Some(st)) => {
                start = None;
                Some((st, text.get(st..i).unwrap_or("")))
            }
            (false, None) => {
                start = Some(i);
                None
            }
            _ => None,
        }
    })
}

/// The person "the N-year-old" (with at most one noun after it) at `pos` stands for: the
/// one printed with that age last before it.
fn aged_person<'n>(text: &str, lphrase: &str, pos: usize, names: &'n Names) -> Option<&'n PersonName> {
    let rest = lphrase.strip_prefix("the ")?;
    let (age, tail) = split_once_short(rest, "-year-old")?;
    if !(1..=3).contains(&age.len()) || !age.bytes().all(|b| b.is_ascii_digit()) || tail.words().count() > 1 {
        return None;
    }
    let printed = format!(", {age}");
    // (the person named last is no fallback: "“Donald is ...,” said the 46-year-old" is his wife)
    names
        .people
        .iter()
        .filter_map(|p| {
            let at = p.occurrences.iter().filter(|o| o.1 <= pos && text.get(o.1..).is_some_and(|t| t.starts_with(&printed))).map(|o| o.1).last()?;
            Some((at, p))
        })
        .max_by_key(|(at, _)| *at)
        .map(|(_, p)| p)
}

/// True when lower-cased name `n` is headed by noun `head`, its last word or the word before
/// "of" ("lakeshore university", "the university of regina", "islamic centre of dunmore").
fn headed_by(n: &str, head: &str) -> bool {
    n.words().last() == Some(head) || n.words().zip(n.words().skip(1)).any(|(w, o)| w == head && o == "of")
}

/// Whether "the `head`" ("the company", "the union") may name the organization `name`, which
/// does not hold the noun: a name holding another kind's noun is that kind ("the company" is no
/// "Graduate School of Journalism"), a place is a body only for a government's nouns ("the
/// campaign" is no "South Carolina"), and a campaign or an administration is named for its
/// person ("the campaign" is "Trump's campaign", not the organization quoted before it).
fn org_noun_fits(head: &str, name: &str) -> bool {
    // (nouns one organization is called by in turn: "the company" is "Acme Corporation", "the
    // college" is "Trump University")
    const KINDS: &[&[&str]] = &[
        &["company", "firm", "corporation", "corp", "inc", "co", "ltd", "llc", "plc", "group"],
        &["university", "college", "school", "institute"],
        &["newspaper", "magazine", "publisher", "network"],
        &["union", "association", "federation", "league", "alliance", "coalition", "society", "council", "guild"],
        &["agency", "department", "bureau", "office", "ministry", "authority", "commission", "service", "administration"],
        // (a house of worship by its building: "the mosque" is "the Islamic Centre of Dunmore")
        &["church", "mosque", "synagogue", "temple", "parish", "cathedral", "chapel", "centre", "center"],
    ];
    let same_kind = |w: &str| KINDS.iter().any(|k| k.contains(&head) && k.contains(&w));
    let words = || name.words().map(|w| crate::text::lower(w.trim_matches(|c: char| !c.is_alphanumeric())));
    // a body of the arts or a trade is one named so ("the band" is no company quoted before
    // it; "the studio" is "Harbor Lantern Games", "the label" "Fernhill Records")
    const NAMED_SO: &[&str] = &["band", "orchestra", "ensemble", "troupe", "festival", "venue", "theatre", "theater", "studio", "label", "brand", "chain", "carmaker", "manufacturer", "lender", "supermarket", "utility"];
    // (and words naming a studio's or a label's trade: a company of any kind may be either)
    const TRADES: &[(&str, &[&str])] = &[("studio", &["games", "entertainment", "pictures", "productions", "films", "animation"]), ("label", &["records", "recordings", "music"])];
    if NAMED_SO.contains(&head) {
        let trade = TRADES.iter().find(|(h, _)| *h == head).map_or(&[][..], |(_, t)| *t);
        return words().any(|w| w == head || w.strip_suffix('s') == Some(head) || trade.contains(&w.as_str()));
    }
    const GOVERNMENT: &[&str] = &["state", "province", "city", "town", "county", "village", "district", "government"];
    if words().any(|w| w == head) {
        return true;
    }
    if matches!(head, "campaign" | "administration") || lexicon().nouns.get(head) != Some(&NounKind::Organization) {
        return false;
    }
    if crate::lexicon::places::is_demonym(name) {
        return false;
    }
    // (a firm of the lexicon is a company, no school, union, agency or church: "the agency
    // writes" is no "Bloomberg" named since; "the automaker" may be "Tesla")
    if crate::lexicon::names::is_firm(name) {
        return !KINDS[1..].iter().any(|k| k.contains(&head));
    }
    // ("the state" is a place named before, not "Reuters" quoted since)
    if crate::lexicon::places::place(name).is_some() || crate::lexicon::places::state_or_province(name).is_some() {
        return GOVERNMENT.contains(&head);
    } else if head != "government" && GOVERNMENT.contains(&head) {
        return false;
    }
    // a broadcaster's or a paper's name is no union's, school's or ministry's ("Speaking on
    // BBC Radio, ... the union said": not the radio)
    const MEDIA_WORDS: &[&str] = &["radio", "television", "tv", "news", "times", "post", "journal", "herald", "tribune", "gazette", "press", "broadcasting", "newspaper", "magazine", "channel"];
    if words().any(|w| MEDIA_WORDS.contains(&w.as_str())) {
        return matches!(head, "group" | "organization" | "company" | "agency") || KINDS[2].contains(&head);
    }
    // ("the group" may be any organization; a word of the noun lexicon's organizations marks
    // the name as its kind, and so, for a noun of a kind, does any of the kinds' words: "the
    // agency" is no "Intercept Pharmaceuticals Inc.")
    let head_kind = KINDS.iter().any(|k| k.contains(&head));
    matches!(head, "group" | "organization")
        || words().all(|w| {
            let marks = lexicon().nouns.get(w.as_str()) == Some(&NounKind::Organization) || (head_kind && KINDS.iter().any(|k| k.contains(&w.as_str())));
            !marks || same_kind(&w)
        })
}

fn last_quoted_person(r: &Resolution) -> Option<usize> {
    r.links.iter().rev().take(RECENT).find_map(|l| l.0).filter(|&i| r.speakers[i].kind == SpeakerKind::Person)
}

/// True when speaker `sp` was mentioned in the 400 bytes before `at` (a paragraph or two).
fn just_before(sp: &SpeakerDraft, at: usize) -> bool {
    sp.mentions.iter().any(|m| m.0 < at && at - m.0 <= 400)
}

/// True for "the Spaniard", "the German", "the Dutchman": an article and one nationality
/// word for a person.
fn demonym_person(phrase: &str) -> bool {
    let mut words = phrase.words();
    let (Some(_), Some(w), None) = (words.next(), words.next(), words.next()) else { return false };
    let man = w.strip_suffix("man").is_some_and(|stem| matches!(stem, "Dutch" | "French" | "English" | "Irish" | "Scots" | "Welsh"));
    w.starts_with(char::is_uppercase) && !w.ends_with('s') && (man || crate::lexicon::places::is_demonym(w))
}

/// Nouns for a person by sex or family, no office: "the mother of two", "Her husband".
const FAMILY_NOUNS: &[&str] = &[
    "woman", "man", "mother", "father", "wife", "husband", "daughter", "son", "sister", "brother", "grandmother", "grandfather", "widow", "widower", "mom", "dad", "aunt", "uncle", "girl", "boy",
    "grandson", "granddaughter", "niece", "nephew", "stepmother", "stepfather",
];

/// The person named right after the latest use of `phrase` before `pos` ("her brother,
/// Arjun Gill", "her sister Claire Obi"); none when that use names no one.
fn described_before<'n>(lc: &str, pos: usize, phrase: &str, names: &'n Names) -> Option<&'n PersonName> {
    let before = lc.get(..pos)?;
    let mut end = before.len();
    // (the latest use as whole words)
    let at = loop {
        let i = before.get(..end)?.rfind(phrase)?;
        if i == 0 || !before.as_bytes()[i - 1].is_ascii_alphanumeric() {
            break i;
        }
        end = i;
    };
    let after = at + phrase.len();
    let rest = lc.get(after..)?;
    let gap = if rest.starts_with(", ") {
        2
    } else if rest.starts_with(' ') {
        1
    } else {
        return None;
    };
    names.person_starting_at(after + gap)
}

/// True when a gender came from a family or sex noun ("mother of two"), not an office's
/// ("chairman").
fn family_noun(g: &(Gender, GenderEvidence, Option<String>)) -> bool {
    g.1 == GenderEvidence::Noun && g.2.as_deref().is_some_and(|w| FAMILY_NOUNS.contains(&w.trim_start_matches("noun '").trim_end_matches('\'')))
}

/// Words that open a phrase without heading it.
const DETERMINER_WORDS: &[&str] = &["the", "a", "an", "this", "these", "those", "that", "his", "her", "their", "its", "our", "my", "your", "some", "many", "several", "two", "three", "both", "all", "other", "another", "one"];

/// Common nouns for a municipality, printed before an office's title to say where it is
/// ("the town mayor", "the city clerk").
const MUNICIPAL: &[&str] = &["town", "city", "village", "township", "county", "municipal", "local", "regional"];

/// A word before a title that judges or dates its holder, not the office ("the beleaguered
/// mayor", "the embattled premier", "the longtime coach"), one of a few such adjectives
/// ("acting", "former", "deputy" and the like name another office or holder, and stay).
fn holder_epithet(w: &str) -> bool {
    const EPITHETS: &[&str] = &["beleaguered", "embattled", "besieged", "longtime", "long-time", "veteran", "outspoken", "popular", "controversial", "combative", "soft-spoken", "first-term", "two-term", "three-term", "newly-elected", "re-elected"];
    EPITHETS.contains(&w)
}

/// The capitalised name that ends `name` after words in lower case, the last of them a
/// noun for a body ("support group Sanctuary Health": "Sanctuary Health"); `None` when
/// `name` is not so made.
fn named_after_body_noun(name: &str) -> Option<&str> {
    // (the words in lower case that open `name`: the last of them, and where the rest starts)
    let mut at = 0;
    let mut noun = None;
    for w in name.split(' ').take_while(|w| w.starts_with(char::is_lowercase)) {
        noun = Some(w);
        at += w.len() + 1;
    }
    let noun = noun?;
    let rest = name.get(at..).filter(|r| !r.is_empty())?;
    // (or a business's trade: "online brokerage Redfin", "property website Rightmove")
    let body_noun = matches!(lexicon().nouns.get(noun), Some(NounKind::Organization)) || matches!(noun, "group" | "organization" | "organisation" | "charity" | "nonprofit" | "coalition") || crate::recognize::names::is_trade_noun(noun);
    (body_noun && rest.split(' ').all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "the" | "&"))).then_some(rest)
}

/// The end (byte) of an indefinite body completing the noun phrase that ends at byte `at`:
/// "of", "for" or "at", an indefinite determiner ("a", "an", "another", "one") and at most
/// four words in lower case, up to a comma, a sentence's end or a line's ("the director | of
/// a second charity,"). None when anything else follows.
fn indefinite_complement(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let after_prep = ["of ", "for ", "at "].iter().find_map(|p| rest.strip_prefix(' ')?.strip_prefix(p))?;
    let body = ["a ", "an ", "another ", "one "].iter().find_map(|d| after_prep.strip_prefix(d))?;
    let stop = body.find([',', '.', ';', '\n', '"', '“', '”', '(']).unwrap_or(body.len());
    let words = body[..stop].trim_end();
    let n = words.split(' ').count();
    let plain = words.split(' ').all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'));
    (plain && (1..=4).contains(&n) && words.split(' ').all(|w| !matches!(w, "who" | "that" | "which" | "said" | "says" | "and"))).then(|| text.len() - body.len() + words.len())
}

fn strip_determiner(s: &str) -> &str {
    for d in ["the ", "The "] {
        if let Some(rest) = s.strip_prefix(d) {
            return rest;
        }
    }
    s
}

/// The sex a gendered noun in `lphrase` (lower case) gives, with the noun; a possessive
/// modifies another noun and gives none ("women's national team head coach", "the
/// men's coach").
pub(crate) fn noun_gender(lphrase: &str) -> (Gender, GenderEvidence, Option<String>) {
    let mut rest = lphrase;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let (w, after) = rest.split_at(end);
        rest = after.get(after.chars().next().map_or(0, char::len_utf8)..).unwrap_or("");
        if after.starts_with("'s") || after.starts_with("’s") {
            continue;
        }
        let g = match w {
            "woman" | "women" | "mother" | "girl" | "spokeswoman" | "chairwoman" | "congresswoman" | "wife" | "daughter" | "sister" | "grandmother" | "businesswoman" | "actress" | "councilwoman" | "assemblywoman" | "policewoman" | "sportswoman" | "aunt" | "niece" | "widow" | "mom" | "queen" | "princess" | "duchess" | "baroness" | "waitress" | "stepmother" | "granddaughter" | "anchorwoman" | "saleswoman" | "camerawoman" | "fisherwoman" | "lady" | "ladies" | "mum" | "grandma" | "granny" | "girlfriend" | "heiress" | "hostess" | "landlady" | "stepdaughter" | "fiancée" | "nun" => Gender::Female,
            "man" | "men" | "father" | "boy" | "spokesman" | "chairman" | "congressman" | "husband" | "son" | "brother" | "grandfather" | "businessman" | "councilman" | "assemblyman" | "policeman" | "sportsman" | "uncle" | "nephew" | "widower" | "dad" | "king" | "prince" | "duke" | "baron" | "stepfather" | "grandson" | "anchorman" | "salesman" | "cameraman" | "fisherman" | "fireman" | "lineman" | "gentleman" | "gentlemen" | "grandpa" | "boyfriend" | "stepson" | "fiancé" | "monk" => Gender::Male,
            _ => continue,
        };
        return (g, GenderEvidence::Noun, Some(format!("noun '{w}'")));
    }
    (Gender::Unknown, GenderEvidence::None, None)
}

/// [`noun_gender`] of a description's head: the words before its first preposition or
/// relative, without a possessive modifier or a capitalised name ("The man's lawyer", "a
/// judge in Prince Albert" tell no sex; "the mother of the victim" does). `phrase` as
/// printed, `lphrase` in lower case.
fn head_noun_gender(phrase: &str, lphrase: &str) -> (Gender, GenderEvidence, Option<String>) {
    const ENDS: &[&str] = &["of", "in", "at", "for", "from", "with", "on", "near", "by", "to", "who", "whose", "that", "which"];
    let mut head = String::new();
    // (a quantifier's "of" leads to the head: "some of the women", "one of two men")
    let quantifier = |w: &str| matches!(w, "some" | "one" | "two" | "three" | "four" | "many" | "most" | "several" | "all" | "both" | "each" | "few" | "none" | "any" | "either" | "neither");
    let mut only_quantifiers = true;
    for (k, (w, lw)) in phrase.split(' ').zip(lphrase.split(' ')).enumerate() {
        if lw == "of" && only_quantifiers {
            continue;
        }
        if ENDS.contains(&lw) {
            break;
        }
        only_quantifiers &= quantifier(lw);
        let possessive = lw.ends_with("'s") || lw.ends_with("’s") || lw.ends_with("s'") || lw.ends_with("s’");
        let named = k > 0 && w.starts_with(char::is_uppercase);
        if !possessive && !named {
            head.push_str(lw);
            head.push(' ');
        }
    }
    noun_gender(&head)
}

/// The determiners between "one of" and the plural it picks one from ("one of the women",
/// "one of his aides").
pub(crate) const ONE_OF_DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "these", "those", "our"];

/// The kind of a non-person speaker phrase.
fn classify_phrase(text: &str, lc: &str, span: Range, names: &Names) -> SpeakerKind {
    let lex = lexicon();
    let phrase = text.get(span.0..span.1).unwrap_or("");
    let lphrase = lc.get(span.0..span.1).unwrap_or("");
    let words: Vec<&str> = phrase.words().collect();
    let determined = DETERMINER_WORDS.contains(&lphrase.words().next().unwrap_or(""));
    // a postmodified phrase is named by its head, the last word before a preposition, a
    // relative pronoun or a participle after a noun: "A poll from Marquette Law School
    // released ..." is a document, "One Democratic official who relayed ..." a person, "former
    // officials who spoke with The Post" a group (their capitalised words made each an
    // organization)
    let lwords: Vec<&str> = lphrase.words().collect();
    // "Some in Velmora", "Many in the valley", "Others at the rally": a quantifier of people
    // and where they are, a group
    if lwords.len() >= 3 && matches!(lwords[0], "some" | "many" | "most" | "few" | "several" | "others") && matches!(lwords[1], "in" | "at" | "from" | "across" | "around") {
        return SpeakerKind::Group;
    }
    // "One of the people", "one of the officials": one person of a group (and "one of the
    // women watching", "one of the officers at the scene": by the plural after "one of")
    if let Some(rest) = lphrase.strip_prefix("one of ") {
        // (and an owner's name: "one of Hale's associates")
        let mut ws = rest.words().skip_while(|w| ONE_OF_DETERMINERS.contains(w) || matches!(*w, "two" | "three" | "four" | "five" | "several" | "many") || crate::text::possessive_owner(w).is_some());
        let head = ws.next().map(bare).unwrap_or("");
        let plural_people = |h: &str| lex.nouns.get(h) == Some(&NounKind::Group) || lex.is_title_plural(h) || matches!(h, "women" | "men" | "people" | "children" | "girls" | "boys");
        if rest.words().next().is_some_and(|w| w.starts_with(char::is_lowercase)) && plural_people(head) {
            return SpeakerKind::Anonymous;
        }
    }
    let from = usize::from(determined);
    // ("Moviegoers leaving the screening": a plural for people in no word list opening it)
    let people_opening = || words.first().is_some_and(|w| crate::recognize::names::people_plural_opening(text, w));
    let cut = (1..lwords.len()).find(|&i| {
        let w = lwords[i];
        let people_before = || lex.nouns.contains_key(bare(lwords[i - 1])) || (i == 1 && people_opening());
        POSTMODIFIER_PREPOSITIONS.contains(&w) || matches!(w, "who" | "that" | "which" | "whose")
            // ("a source close to the campaign", "officials familiar with the talks")
            || (w == "close" && lwords.get(i + 1) == Some(&"to")) || (w == "familiar" && lwords.get(i + 1) == Some(&"with"))
            || (w.len() > 4 && w.ends_with("ed") && !lex.nouns.contains_key(w) && people_before())
            // ("the union representing the workers")
            || (w.len() > 5 && w.ends_with("ing") && !lex.nouns.contains_key(w) && people_before())
    });
    // "the IMF report", "a Reuters/Ipsos poll": a document, whoever made it (not "a campaign
    // official who spoke before the announcement", "voters in a CBS News poll": a speaker noun
    // heads them, and a postmodifier's last word is no head)
    let postmodified = cut.filter(|&c| c > from).is_some_and(|c| {
        let head = bare(lwords[c - 1]);
        let lower = words.get(c - 1).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
        (lower || c == 1) && (lex.nouns.get(head).is_some_and(|k| *k != NounKind::Document) || lex.titles.contains(head) || lex.is_title_plural(head))
    });
    let last = bare(lphrase.words().last().unwrap_or(""));
    let last_lower = words.last().is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    if words.len() >= 2 && last_lower && !postmodified && matches!(lex.nouns.get(last), Some(NounKind::Document)) {
        return SpeakerKind::Document;
    }
    // "A 2023 report by the province's auditor general": a document postmodified by who made
    // it, whatever title ends the phrase
    if cut.filter(|&c| c > from).is_some_and(|c| words[c - 1].starts_with(char::is_lowercase) && lex.nouns.get(bare(lwords[c - 1])) == Some(&NounKind::Document)) {
        return SpeakerKind::Document;
    }
    // "The Premier said", "The Taoiseach said": an office capitalised after "the", held by
    // someone the article does not name here, no body (not a paper, "The Examiner", "The
    // Economist"; nor a surname of the article's)
    if words.len() == 2 && lphrase.starts_with("the ") && words[1].starts_with(char::is_uppercase) && lex.titles.contains(last) && !matches!(last, "economist" | "advocate") && !crate::layout::is_outlet_head(last) && !names.people.iter().any(|p| p.last == last) {
        return SpeakerKind::Anonymous;
    }
    // ("The Prime Minister says", "The Attorney General said": a title of two or three words)
    if (3..=4).contains(&words.len()) && words[1..].iter().all(|w| w.starts_with(char::is_uppercase)) && lphrase.strip_prefix("the ").is_some_and(|t| lex.titles.contains(t)) && !crate::layout::is_outlet_head(last) {
        return SpeakerKind::Anonymous;
    }
    // "a New Hampshire Republican", "an American Muslim", "another Democrat": one member of
    // a party or creed, someone the article does not name (not the party)
    let indefinite = matches!(lphrase.words().next(), Some("a" | "an" | "another" | "one"));
    let member = |w: &str| {
        let w = bare(w);
        let mut cap = w.to_string();
        if let Some(c) = cap.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        crate::lexicon::names::is_party_or_creed(w) || crate::lexicon::names::is_party_or_creed(&cap)
    };
    if indefinite && (2..=5).contains(&words.len()) && words.last().is_some_and(|w| member(w)) {
        return SpeakerKind::Anonymous;
    }
    // "the Spaniard": someone by nationality
    if demonym_person(phrase) && DETERMINER_WORDS.contains(&lphrase.words().next().unwrap_or("")) {
        return SpeakerKind::Anonymous;
    }
    // "the 46-year-old" no one was printed with: a person the article does not name here
    if find_short(lphrase, "-year-old").is_some() && !last.ends_with('s') {
        return SpeakerKind::Anonymous;
    }
    // "Regular MLAs said", "Opposition MPs told": a title's acronym in the plural, people
    // holding it
    let acronym_plural = words.last().and_then(|w| w.strip_suffix('s')).is_some_and(|s| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase()));
    if acronym_plural && last.strip_suffix('s').is_some_and(|s| lex.titles.contains(s)) {
        return SpeakerKind::Group;
    }
    // "Defense attorneys", "Union representatives": people holding a title, a group (of an
    // organization's people, not the organization)
    if last_lower && lex.is_title_plural(last) {
        return SpeakerKind::Group;
    }
    // "Teachers said", "Nurses told": one plural opening a sentence, capitalised only for that
    // ("Developers say": an agent noun's plural that is a common word, not a firm's name
    // such as "Reuters")
    // (or, common or not, a plural with an ending for people that is no surname, no one the
    // article names, and never capitalised mid-sentence: "Evacuees said", "Moviegoers
    // leaving the screening said"; not "Sanders said", "Reuters said", nor the "Oilers" of a
    // team the article names as such)
    let agents = || {
        ((last.ends_with("ers") || last.ends_with("ists") || last.ends_with("ors")) && last.len() > 5 && crate::lexicon::names::is_common_word(words[0]))
            || (crate::recognize::names::people_plural_opening(text, words[0]) && !names.people.iter().any(|p| p.last.eq_ignore_ascii_case(last)))
    };
    if words.len() == 1 && words[0].chars().skip(1).all(char::is_lowercase) && (lex.is_title_plural(last) || matches!(lex.nouns.get(last), Some(NounKind::Group)) || agents()) {
        return SpeakerKind::Group;
    }
    // "Nurse tells jury ...", "Witness says ...": a headline's noun for one person, capitalised
    // only there, is someone unnamed (no one the article names has it for a surname)
    let person_noun = || lex.titles.contains(last) || crate::lexicon::names::is_person_noun(last) || lex.nouns.get(last) == Some(&NounKind::Anonymous);
    if words.len() == 1 && words[0].chars().skip(1).all(char::is_lowercase) && person_noun() && !names.people.iter().any(|p| p.last.eq_ignore_ascii_case(last)) {
        return SpeakerKind::Anonymous;
    }
    // "The Bzdels say": the family of a person the article names
    if words.len() == 2 && lphrase.starts_with("the ") && last.len() > 3 {
        let family = [last.strip_suffix("es"), last.strip_suffix('s')].into_iter().flatten().any(|stem| {
            names.people.iter().any(|p| p.full.contains(' ') && p.last == stem)
        });
        if family {
            return SpeakerKind::Group;
        }
    }
    // "the police chief", "a deputy chief": one person holding a title whom the article does
    // not name (not the body the title is of). Not under a capitalised word: "Republican
    // presidential nominee" stands for someone named, whom the pronouns after it are about.
    let lowercase = |w: &&str| w.chars().all(|c| !c.is_uppercase());
    // So is "a State Department official", "the Senate majority leader": after an article, a
    // title at a body named before it, not the body (not "the candidates for president": people).
    let all_lowercase = || words.iter().skip(usize::from(determined)).all(lowercase);
    let at_a_body = || determined && !lphrase.words().any(|w| lex.is_title_plural(w));
    if last_lower && lex.titles.contains(last) && (all_lowercase() || at_a_body()) {
        return SpeakerKind::Anonymous;
    }
    // ... and "one Liberal MP", "a Tory MP", "a company CEO": a title printed as an acronym
    let acronym_title = || words.last().is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())) && lex.titles.contains(last);
    if determined && acronym_title() && !lphrase.words().any(|w| lex.is_title_plural(w)) {
        return SpeakerKind::Anonymous;
    }
    // "The Millbrook Police Chief told", "the Harlow County Sheriff": after an article, a title
    // that local copy capitalises, last, is one person's, whatever body is named before it
    // (not a newspaper's last word: the organization words hold most, "The San Francisco
    // Examiner"; two more are titles too, "The Advocate", "The Union Leader"; nor a body's
    // name with its field after "of" or "for": "the Department of Justice")
    let capital_title = || {
        determined
            && !last_lower
            && words.len() >= 3
            && lex.titles.contains(last)
            && !matches!(last, "advocate" | "leader")
            && !lwords.iter().any(|w| matches!(*w, "of" | "for" | "and" | "&"))
            && !lex.org_words.contains(bare(words[words.len() - 1]))
            && !lphrase.words().any(|w| lex.is_title_plural(w))
    };
    if capital_title() {
        return SpeakerKind::Anonymous;
    }
    // "the New York businessman", "a Winnipeg mother": a noun of one sex after an article,
    // whatever place or body is capitalised before it, is someone the article does not name here
    // (without an article too, in a short phrase: "said GOP chairman", "Former DNC chairman")
    if last_lower && (determined || words.len() <= 3) && !last.ends_with("men") && noun_gender(last).0 != Gender::Unknown && !words.iter().any(|w| lex.org_words.contains(bare(w))) {
        return SpeakerKind::Anonymous;
    }
    // "New York's chief medical examiner", "the agency's spokesperson": a possessive stands
    // for the article, and the lowercase title after it is one person's
    let possessed_title = || {
        let k = words.iter().rposition(|w| w.ends_with("'s") || w.ends_with("’s"));
        k.is_some_and(|k| k + 1 < words.len() && words[k + 1..].iter().all(lowercase))
    };
    if last_lower && lex.titles.contains(last) && possessed_title() {
        return SpeakerKind::Anonymous;
    }
    if let Some(cut) = cut.filter(|&c| c > from) {
        let head = bare(lwords[cut - 1]);
        let head_lower = words.get(cut - 1).is_some_and(|w| !w.chars().next().is_some_and(char::is_uppercase));
        if matches!(lex.nouns.get(head), Some(NounKind::Document)) {
            return SpeakerKind::Document;
        }
        if head_lower && determined && lex.titles.contains(head) {
            return SpeakerKind::Anonymous;
        }
        // ("a source close to the campaign", "residents of the Elm Street tower": a speaker
        // noun heads the phrase, whatever body its postmodifier names)
        if head_lower {
            match lex.nouns.get(head) {
                Some(NounKind::Anonymous) => return SpeakerKind::Anonymous,
                Some(NounKind::Group) => return SpeakerKind::Group,
                // ("the union representing the workers")
                Some(NounKind::Organization) if determined => return SpeakerKind::Organization,
                _ => {}
            }
        }
        // ("the Canadian Union of Public Employees": an organization word heads the name,
        // whatever the people it is of)
        if !head_lower && words.get(cut - 1).is_some_and(|w| lex.org_words.contains(bare(w))) {
            return SpeakerKind::Organization;
        }
        // ("Nurses at Edmonton's Royal Alexandra Hospital say": a plural opening the
        // sentence, capitalised only for that)
        let opening = cut == 1 && words[0].chars().skip(1).all(char::is_lowercase);
        if (head_lower && lex.is_title_plural(head)) || (opening && (lex.is_title_plural(head) || matches!(lex.nouns.get(head), Some(NounKind::Group)) || people_opening())) {
            return SpeakerKind::Group;
        }
    }
    // "the chairman of the Conservative Party", "a spokeswoman for Acme": the holder of a
    // title, of that body (lowercase title words, then the preposition)
    if let Some(p) = lwords.iter().position(|w| matches!(*w, "of" | "for" | "at")).filter(|&p| p > from) {
        // (after an article a capitalised title too: "the MP for Leicester South", "the CEO of Acme")
        let lowercase_title = determined || words.get(from..p).is_some_and(|t| t.iter().all(lowercase));
        if lowercase_title && lwords.get(from..p).is_some_and(|t| lex.titles.contains(t.join(" ").as_str())) {
            return SpeakerKind::Anonymous;
        }
    }
    // "Her mother", "A father of three": someone by family or sex, whatever is capitalised
    let head_at = cut.filter(|&c| c > from).map_or(lwords.len().saturating_sub(1), |c| c - 1);
    if lwords.get(head_at).is_some_and(|h| FAMILY_NOUNS.contains(&bare(h))) {
        return SpeakerKind::Anonymous;
    }
    // "Senate Republicans", "White House officials": people of a body, a group (not the body)
    // (not a firm's name ending in a word for bodies: "Coral Bay Airlines", "Summit Partners")
    let firm_word = || words.last().is_some_and(|w| w.starts_with(char::is_uppercase) && lex.org_words.contains(bare(w)));
    if words.len() >= 2 && last.ends_with('s') && matches!(lex.nouns.get(last), Some(NounKind::Group)) && !firm_word() {
        return SpeakerKind::Group;
    }
    // "A former Bloomwell employee", "a Google source": after a determiner, a lowercase
    // noun for people heads the phrase, whatever body is named before it
    if determined && last_lower {
        match lex.nouns.get(last) {
            Some(NounKind::Anonymous) => return SpeakerKind::Anonymous,
            Some(NounKind::Group) => return SpeakerKind::Group,
            _ => {}
        }
    }
    // "Wafaa Haddad said her commute ...", "K.T., 11, said": a name of capitalised words that
    // no lexicon knows (no organization word in it; initials too, which the name finder may
    // have taken for a body's) is a person's when the article describes
    // it as one or a personal pronoun opens what it said
    let capitalised = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !lex.org_words.contains(bare(w)));
    if !determined && capitalised && (words.len() > 1 || words[0].contains('.')) && crate::lexicon::places::place_kind(phrase).is_none() {
        // (the tests reading the words after this mention first, the article's other uses last)
        if personal_evidence(lc, span) || pronoun_opens_what_it_said(lc, span) || described_as_person(lc, lphrase) {
            return SpeakerKind::Person;
        }
    }
    // "“I stand by every word,” TRZ said", "SZA told fans she ...": one word in capitals (a
    // stage name) whose quotation speaks as "I", or after which "said" and "he" or "she"
    // follow, or printed after a title, is a person's, as a word in lower case is
    // (`bare_word_kind` below), not a body's acronym
    let stage_name = || {
        let w = words[0];
        (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && !lex.org_words.contains(w) && crate::lexicon::places::place_kind(w).is_none()
    };
    if !determined && words.len() == 1 && stage_name() && (personal_evidence(lc, span) || titled_somewhere(text, words[0])) {
        return SpeakerKind::Person;
    }
    if words.iter().any(|w| lex.org_words.contains(bare(w))) || names.is_org(span) {
        return SpeakerKind::Organization;
    }
    let head = bare(lphrase.words().last().unwrap_or(""));
    // the head noun decides for common nouns; "a spokesman for X": the first noun
    // (not in a name, every word capitalised: "Statistics Canada" is an agency, no document)
    let proper = phrase.words().all(|w| w.starts_with(char::is_uppercase));
    let first_noun = lphrase.words().map(bare).find(|w| !proper && lex.nouns.contains_key(w));
    if let Some(k) = lex.nouns.get(head).or_else(|| first_noun.and_then(|w| lex.nouns.get(w))) {
        return match k {
            NounKind::Anonymous => SpeakerKind::Anonymous,
            NounKind::Group => SpeakerKind::Group,
            NounKind::Document => SpeakerKind::Document,
            NounKind::Organization => SpeakerKind::Organization,
        };
    }
    let all_caps = words.iter().any(|w| w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '/' || c == '-'));
    if all_caps {
        return SpeakerKind::Organization;
    }
    // "Marcela and Patricio said": two given names joined are two people, a group, no body
    if let [a, "and", b] = words[..] {
        // (not places: "Georgia and Virginia")
        let given = |w: &str| crate::lexicon::names::is_known_first_name(w) && !lex.org_words.contains(w) && crate::lexicon::places::place_kind(w).is_none();
        if given(a) && given(bare(b)) {
            return SpeakerKind::Group;
        }
    }
    // (a determiner capitalised as the sentence's first word names nothing: "A driver said")
    if words.iter().skip(usize::from(determined)).any(|w| w.chars().next().is_some_and(char::is_uppercase)) {
        if words.len() == 1 {
            // "which the North said", "as the Pentagon said": a word after "the" is no one's
            // surname
            if !determined && lc.get(..span.0).is_some_and(|b| b.ends_with(" the ") || b.ends_with("\nthe ")) {
                return match bare_word_kind(text, words[0], head) {
                    SpeakerKind::Group => SpeakerKind::Group,
                    _ => SpeakerKind::Organization,
                };
            }
            // "which Chelsea hope to announce", "Taliban say they freed": a name whose verb
            // agrees with a plural is a team's or a body's, however a given name it may be
            return match bare_word_kind(text, words[0], head) {
                SpeakerKind::Person | SpeakerKind::Organization if !determined && plural_verb_after(lc, span) => SpeakerKind::Organization,
                // "Gim said her team played well", "“I think it is alarmist,” Kossin says": a
                // word no lexicon knows is a person's surname when "said" and a personal pronoun
                // follow it, or its quotation speaks as "I" (`personal_evidence`)
                // (a place's name only by "who" or an age: "George, who lives there"; each
                // test reads the article's uses of the word once)
                SpeakerKind::Organization
                    if !determined
                        && if crate::lexicon::places::place_kind(words[0]).is_none() {
                            personal_evidence(lc, span) || described_as_person(lc, words[0]) || titled_somewhere(text, words[0])
                        } else {
                            who_or_age_after(lc, words[0])
                        } =>
                {
                    SpeakerKind::Person
                }
                kind => kind,
            };
        }
        if head.ends_with('s') && words.len() <= 2 && (lex.nouns.contains_key(head) || head.strip_suffix('s').is_some_and(|h| lex.nouns.contains_key(h) || crate::lexicon::places::is_demonym(h))) {
            return SpeakerKind::Group; // "Kenyan activists", "Senate Republicans"
        }
        return SpeakerKind::Organization;
    }
    if head.ends_with('s') {
        SpeakerKind::Group
    } else {
        SpeakerKind::Anonymous
    }
}

/// The start of a list of people that ends with the phrase at `span`: before it ", " or
/// ", and ", a person's name (after its title's capitalised words: "Liberal Leader Steven
/// Del Duca"), and so on back to the sentence's start, with "and" somewhere (in the phrase
/// when `joint`). `None` when the words before the phrase are no such list.
fn listed_people_start(text: &str, names: &Names, span: Range, joint: bool) -> Option<usize> {
    let lex = lexicon();
    let (sentence, _) = names.sentence_around(span.0);
    let mut start = span.0;
    let mut listed = 0;
    let mut and = joint;
    while start > sentence {
        let before = text.get(sentence..start)?;
        let (rest, with_and) = match before.strip_suffix(", and ") {
            Some(r) => (r, true),
            None => (before.strip_suffix(", ")?, false),
        };
        let end = sentence + rest.len();
        let k = names.runs.partition_point(|x| x.span.0 < end);
        let run = names.runs[..k].iter().rev().take(2).find(|x| x.span.1 == end && x.person.is_some())?;
        // (the title's words before the name: capitalised, or a title in lower case)
        let mut s = run.span.0;
        for _ in 0..3 {
            let head = text.get(sentence..s)?.trim_end();
            let (lead, w) = head.rsplit_once(' ').unwrap_or(("", head));
            let title = w.starts_with(char::is_uppercase) || lex.titles.contains(crate::text::lower(w).as_str());
            if w.is_empty() || !title || w.ends_with(',') {
                break;
            }
            s = sentence + lead.len() + usize::from(!lead.is_empty());
        }
        start = s;
        listed += 1;
        and |= with_and;
    }
    (listed > 0 && and && text.get(sentence..start)?.trim().is_empty()).then_some(start)
}

/// The one person the article names before `at` outside quotations, if it names only one.
fn only_person_before(names: &Names, at: usize) -> Option<&PersonName> {
    let mut all = names.people.iter().filter(|p| p.occurrences.iter().any(|o| o.1 <= at && !names.quoted_at(o.0)));
    match (all.next(), all.next()) {
        (Some(p), None) => Some(p),
        _ => None,
    }
}

/// The noun of "the “Mean Girls” actress": after "the", a work's title in quotation marks,
/// then one lowercase word (the phrase in lower case). `None` for any other phrase.
fn after_work_title(lphrase: &str) -> Option<&str> {
    let rest = lphrase.strip_prefix("the ")?;
    let rest = rest.strip_prefix('“').or_else(|| rest.strip_prefix('"'))?;
    let close = rest.find(['”', '"'])?;
    let noun = rest[close..].trim_start_matches(['”', '"', ',']).trim();
    (!noun.is_empty() && !noun.contains(' ') && noun.chars().all(|c| c.is_lowercase() || c == '-')).then_some(noun)
}

/// The name at the end of "a clearly frustrated Morgan", "an emotional Jane Smith": after "a"
/// or "an", lowercase words shaped like adjectives or adverbs that are no noun or title the
/// lexicon knows (a mood), then one to three capitalised words and nothing else. Its span, or
/// `None`.
fn described_name(text: &str, lphrase: &str, span: Range) -> Option<Range> {
    let rest = lphrase.strip_prefix("a ").or_else(|| lphrase.strip_prefix("an "))?;
    let lex = lexicon();
    let from = span.1 - rest.len();
    let phrase = text.get(from..span.1)?;
    let mut name_at = None;
    let mut modifiers = 0;
    for (off, w) in words_from(phrase, 0) {
        if w.starts_with(char::is_uppercase) {
            name_at.get_or_insert(off);
        } else if name_at.is_some() {
            return None;
        } else {
            let lw = bare(w);
            let plain = w.chars().all(|c| c.is_lowercase() || c == '-');
            // (an adverb, or a word shaped like an adjective: no preposition, no noun
            // such as "a fact-check on Donald Trump")
            const ADJECTIVE: &[&str] = &["ed", "ful", "al", "ive", "ous", "ing", "ent", "ant", "ic", "y", "less", "ible", "able"];
            let shaped = ADJECTIVE.iter().any(|e| lw.ends_with(e) && lw.len() > e.len() + 2);
            if !plain || !shaped || lex.nouns.contains_key(lw) || lex.is_title(lw) || lex.cues.contains_key(lw) {
                return None;
            }
            modifiers += 1;
        }
    }
    let name_at = name_at?;
    let name = &phrase[name_at..];
    let n = name.words().count();
    let clean = name.words().all(|w| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')) && !lex.org_words.contains(bare(w)));
    (modifiers >= 1 && (1..=3).contains(&n) && clean).then_some((from + name_at, span.1))
}

/// Whether the phrase at `span` (one capitalised word no lexicon knows) reads as a person's:
/// a verb, then "he", "she", "his" or "her" right after it ("Gim said her team played well",
/// "Kazim said in his report"); a past tense, then "his" or "her" owning a noun ("Lizzo
/// clarified her post");
/// or a quotation closing just before it, no other name or word of saying between, holds "I"
/// or "my" ("“I think it is alarmist,” Kossin says"). `lc` is the lower-cased text.
fn personal_evidence(lc: &str, span: Range) -> bool {
    // (the three words after the phrase, read once for both tests below)
    let mut after = lc.get(span.1..).unwrap_or("").split(' ').filter(|w| !w.is_empty());
    let (w1, w2, w3) = (after.next().unwrap_or(""), after.next().unwrap_or(""), after.next().unwrap_or(""));
    let verb = matches!(w1, "said" | "says" | "say" | "added" | "adds" | "wrote" | "writes");
    // (or "in" and "his" or "her": "Kazim said in his report", where a body's is "its")
    let next = if matches!(w2, "in" | "on") { if matches!(w3, "his" | "her") { w3 } else { "" } } else { w2 };
    if verb && matches!(next, "he" | "she" | "his" | "her") {
        return true;
    }
    // ("Lizzo clarified her post": a past tense, then "his" or "her" owning a noun, where a
    // body's is "its"; not "told her the", "fired her last year": an object)
    let past = w1.len() > 3 && w1.ends_with("ed") && w1.chars().all(char::is_alphabetic);
    let owner = matches!(w2, "his" | "her");
    let owned = w3.len() > 2
        && w3.chars().all(|c| c.is_alphabetic() || c == '-')
        && !matches!(w3, "the" | "that" | "this" | "and" | "for" | "with" | "about" | "from" | "last" | "after" | "before" | "over" | "because" | "when" | "into" | "out" | "off" | "down" | "back" | "away");
    if past && owner && owned {
        return true;
    }
    // (the quotation: from its opening mark to its closing mark, the closing within 80 bytes,
    // in the same paragraph)
    let before = lc.get(..span.0).unwrap_or("");
    let Some(close) = before.rfind(['”', '"']).filter(|&c| span.0 - c <= 80 && !before[c..].contains('\n')) else { return false };
    let Some(open) = before[..close].rfind(['“', '"']) else { return false };
    let between = &before[close..];
    let plain = between.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).all(|w| !lexicon().cues.contains_key(w));
    plain && before[open..close].split(|c: char| !c.is_alphabetic()).any(|w| matches!(w, "i" | "my"))
}

/// "Kovač, who chairs the board", "Oyelaran, 52, said": a name (lower-cased `phrase`) the
/// article follows, somewhere, with a relative "who" or an age between commas, as only a
/// person's is (a place's too is no "who": "George, who lives there").
fn who_or_age_after(lc: &str, phrase: &str) -> bool {
    any_appositive(lc, phrase, who_or_age)
}

/// "Sutrisno, a member of the ruling party, said", "Avi Rosen, a resident of Haifa,": a name
/// (lower-cased `phrase`) the article describes, somewhere, as a person: [`who_or_age_after`],
/// or "a", "an" or "the" and a phrase headed by a title or a noun for one person after its
/// comma. Not titles a body bears too ("Acme, the owner of ...", "the official news agency").
fn described_as_person(lc: &str, phrase: &str) -> bool {
    any_appositive(lc, phrase, |before, rest| who_or_age(before, rest) || titled_appositive(before, rest))
}

/// "Chief Telane Sikko to run for mayor" (a headline), then "“...,” Sikko said": a word the
/// article prints somewhere right after a capitalised title, or after one and a capitalised
/// given name, is a person's surname.
fn titled_somewhere(text: &str, word: &str) -> bool {
    if word.len() < 3 {
        return false;
    }
    let lex = lexicon();
    let title = |w: &str| w.starts_with(char::is_uppercase) && lex.is_title(&crate::text::lower(w.trim_end_matches('.')));
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).take(20).any(|at| {
        let whole = text.get(at + word.len()..).is_some_and(|r| !r.starts_with(char::is_alphanumeric));
        let Some(before) = text.get(..at).and_then(|b| b.strip_suffix(' ')) else { return false };
        let mut ws = before.rsplit([' ', '\n']);
        let (w1, w2) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
        whole && (title(w1) || (w1.starts_with(char::is_uppercase) && w1.chars().all(char::is_alphabetic) && title(w2)))
    })
}

/// [`who_or_age_after`] of one use: the text `before` it and what follows its comma.
fn who_or_age(before: &str, rest: &str) -> bool {
    // (not a place that ends someone's description: "a teacher from Manchester, who said",
    // "Harry Bond of Raleigh, N.C., who")
    let placed = [" of", " from", " in", " at", " near", ","].iter().any(|p| before.ends_with(p));
    !placed && (rest.starts_with("who ") || rest.split_once(',').is_some_and(|(n, _)| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())))
}

/// An article and a phrase headed by a title or a noun for one person after a use's comma
/// ([`described_as_person`]).
fn titled_appositive(before: &str, rest: &str) -> bool {
    // (a phrase set off by commas itself describes the name before it: "Lindsey Graham,
    // R-S.C., a presidential candidate")
    if before.ends_with(',') {
        return false;
    }
    // (a line break ends the phrase as a space does: "said Markha, a local activist.\n\n")
    let mut ws = rest.split([' ', '\n']);
    if !matches!(ws.next(), Some("a" | "an" | "the")) {
        return false;
    }
    // (the phrase's head: its last word before a preposition or a punctuation mark, within
    // four words)
    let mut head = "";
    for x in ws.take(4) {
        let bare = x.trim_end_matches(|c: char| !c.is_alphanumeric());
        if matches!(bare, "of" | "for" | "at" | "in" | "with" | "from" | "which" | "that") {
            break;
        }
        head = bare;
        if bare.len() != x.len() {
            break;
        }
    }
    let lex = lexicon();
    !matches!(head, "owner" | "publisher" | "broker" | "producer" | "partner" | "leader" | "operator" | "sponsor")
        && (lex.is_title(head) || matches!(lex.nouns.get(head), Some(NounKind::Anonymous)))
}

/// Whether `test` holds for one of the first 20 whole-word uses of `phrase` (lower-cased,
/// without trailing punctuation) in `lc` followed by ", ", given the text before the use and
/// what follows the comma.
fn any_appositive(lc: &str, phrase: &str, mut test: impl FnMut(&str, &str) -> bool) -> bool {
    let w = phrase.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if w.len() < 3 {
        return false;
    }
    memchr::memmem::find_iter(lc.as_bytes(), w.as_bytes()).take(20).any(|at| {
        let before_ok = !lc.get(..at).and_then(|b| b.chars().next_back()).is_some_and(char::is_alphanumeric);
        // (initials keep their last point before the comma: "K.T., 11,")
        let rest = lc.get(at + w.len()..).map(|r| r.strip_prefix('.').unwrap_or(r)).and_then(|r| r.strip_prefix(", ")).filter(|_| before_ok);
        match (rest, lc.get(..at)) {
            (Some(rest), Some(before)) => test(before.trim_end(), rest),
            _ => false,
        }
    })
}

/// "Ma'ayan Levi also said that at first she didn't believe ...", "said Wafaa Haddad, adding
/// that her commute ...": after the phrase at `span`, a verb of saying (or, after a comma, its
/// participle) and "he", "she", "his" or "her" within the first three words of what it says,
/// before any article, other pronoun or demonstrative. A body's is "it" or "its".
fn pronoun_opens_what_it_said(lc: &str, span: Range) -> bool {
    let lex = lexicon();
    let rest = lc.get(span.1..).unwrap_or("");
    let rest = rest.split(['.', '\n', '“', '"', ';']).next().unwrap_or("");
    let mut ws = rest.split(' ').filter(|w| !w.is_empty()).map(|w| w.trim_end_matches(',')).peekable();
    let speech = |w: &str| matches!(lex.cues.get(w), Some(crate::attribute::lexicon::CueClass::Speech));
    match ws.next() {
        Some("") => {
            // ", adding that her ..."
            if !ws.next().is_some_and(|w| w.ends_with("ing") && speech(w)) {
                return false;
            }
        }
        Some(w) => {
            let mut w = w;
            let mut skipped = 0;
            while lex.adverbs.contains(w) && skipped < 2 {
                w = ws.next().unwrap_or("");
                skipped += 1;
            }
            // (what a body reports may be about a "he": "BuzzFeed reported that he ...")
            if !speech(w) || w.ends_with("ing") || w.starts_with("report") {
                return false;
            }
        }
        None => return false,
    }
    if ws.peek() == Some(&"that") {
        ws.next();
    }
    for w in ws.take(3) {
        match w {
            "he" | "she" | "his" | "her" => return true,
            "the" | "a" | "an" | "it" | "its" | "they" | "their" | "we" | "our" | "i" | "my" | "you" | "this" | "that" | "these" | "those" => return false,
            _ => {}
        }
    }
    false
}

/// The person a title owned by a body's noun stands for ([`resolve_mention`]): the phrase is
/// "the firm's" (company's, bank's, fund's, group's) and one to four words in lower case
/// ending in a title that is no spokesperson's, lawyer's or official's; the speaker is the
/// person quoted last, mentioned in the 400 bytes before `at`, with no title of their own,
/// whom a body's possessive introduced ("Merrow Capital's Dana Fairbrook"); with that body.
fn firm_title_holder(text: &str, lwords: &[&str], head: &str, at: usize, r: &Resolution) -> Option<(usize, String)> {
    const OTHERS: &[&str] = &["spokesman", "spokeswoman", "spokesperson", "representative", "official", "lawyer", "attorney", "spokesmen", "officials", "lawyers"];
    let owner_noun = || crate::text::possessive_owner(lwords[1]).is_some_and(|o| matches!(o, "firm" | "company" | "bank" | "fund" | "group"));
    if lwords.len() < 3 || lwords.len() > 6 || lwords[0] != "the" || !owner_noun() || !lexicon().is_title(head) || OTHERS.contains(&head) {
        return None;
    }
    let i = last_quoted_person(r)?;
    let sp = &r.speakers[i];
    if !sp.roles.is_empty() || !sp.mentions.iter().any(|m| m.0 < at && at - m.0 <= 400) {
        return None;
    }
    // ("Merrow Capital's Dana Fairbrook": capitalised words and "'s" open a mention, or stand
    // right before it; the body's name, up to four words)
    let owner_before = |b: &str| -> Option<String> {
        let b = crate::text::possessive_owner(b.trim_end())?;
        let words: Vec<&str> = b.rsplit(' ').take_while(|w| w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphanumeric)).take(4).collect();
        (!words.is_empty()).then(|| words.into_iter().rev().collect::<Vec<_>>().join(" "))
    };
    let owner = sp.mentions.iter().find_map(|m| {
        let t = text.get(m.0..m.1)?;
        let inside = ["'s ", "’s "].iter().find_map(|p| t.match_indices(p).find_map(|(k, _)| owner_before(&t[..k + p.len() - 1])));
        inside.or_else(|| owner_before(text.get(..m.0)?))
    })?;
    Some((i, owner))
}

/// The title after "the firm's" in `lphrase` ("the firm's chief strategist").
fn owned_title(lphrase: &str) -> &str {
    lphrase.split_once("'s ").or_else(|| lphrase.split_once("’s ")).map_or("", |(_, t)| t)
}

/// True when the name at `span` is the subject of a verb in the plural present right after
/// it ("Chelsea hope", "Juventus say"), not after a word that takes a bare verb ("did Ana
/// say", "to let Ana say", "heard Ana say").
fn plural_verb_after(lc: &str, span: Range) -> bool {
    const PLURAL: &[&str] = &["say", "have", "are", "were", "want", "expect", "believe", "insist", "think", "feel", "know", "argue", "deny", "admit", "confirm", "warn"];
    // (nouns too, verbs before "to" or "that" only: "the McKinley plan" is a plan)
    const PLURAL_BEFORE_TO: &[&str] = &["hope", "plan", "fear", "claim"];
    const BARE_BEFORE: &[&str] = &["to", "did", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must", "let", "make", "made", "help", "helped", "heard", "hear", "saw", "see", "watch", "watched", "had", "why"];
    // (the two words after the name, right after it)
    let mut after = lc.get(span.1..).and_then(|r| r.strip_prefix(' ')).unwrap_or("").split(' ').map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()));
    let (next, then) = (after.next().unwrap_or(""), after.next().unwrap_or(""));
    let before = lc.get(..span.0).unwrap_or("").trim_end();
    let prev = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let verb = PLURAL.contains(&next) || (PLURAL_BEFORE_TO.contains(&next) && matches!(then, "to" | "that"));
    verb && !(before.ends_with(|c: char| c.is_alphabetic()) && BARE_BEFORE.contains(&prev))
}

/// The kind of a speaker named by one capitalised word that is no person the
/// article names in full: a plural noun or demonym is a group ("Republicans",
/// "Canadians"), a surname is a person ("Jones said"), a place is an
/// organization (a government: "Ottawa said"), and anything else an
/// organization ("Acme said").
fn bare_word_kind(text: &str, word: &str, lhead: &str) -> SpeakerKind {
    let lex = lexicon();
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    if crate::lexicon::places::is_demonym(word) || crate::lexicon::places::is_demonym(lhead) {
        return SpeakerKind::Group; // "the French said": a people or its government
    }
    if !crate::recognize::names::could_be_surname(text, word) {
        return SpeakerKind::Organization;
    }
    let singular = lhead.strip_suffix('s').unwrap_or(lhead);
    if lhead.ends_with('s') && (lex.nouns.contains_key(lhead) || lex.nouns.contains_key(singular) || crate::lexicon::places::is_demonym(singular) || crate::lexicon::places::is_demonym(lhead)) {
        return SpeakerKind::Group;
    }
    if crate::lexicon::places::place_kind(word).is_some() {
        return SpeakerKind::Organization;
    }
    if crate::lexicon::names::is_known_surname(word) || crate::lexicon::names::is_known_first_name(word) || crate::lexicon::names::surname_shaped(word) {
        return SpeakerKind::Person;
    }
    SpeakerKind::Organization
}

/// Where the paragraph before the last one of `before` starts (paragraphs apart by a blank
/// line); 0 when `before` holds fewer than two breaks.
fn previous_paragraph_start(before: &str) -> usize {
    before.rfind("\n\n").and_then(|p| before[..p].rfind("\n\n")).map_or(0, |q| q + 2)
}

/// The text of `lc` a backward search from byte `at` reads: back to the start of the
/// paragraph before, and 1,500 bytes at most. Its start and the slice.
fn recent_window(lc: &str, at: usize) -> Option<(usize, &str)> {
    let before = lc.get(..at)?;
    let mut from = at.saturating_sub(1_500).max(previous_paragraph_start(before));
    while !lc.is_char_boundary(from) {
        from += 1;
    }
    Some((from, lc.get(from..at)?))
}

/// The last noun phrase before byte `at` of `lc`, in its paragraph or the one before and
/// outside quotation marks, that is a determiner, at most one modifier and a noun for one
/// person of sex `want` ([`noun_gender`]), and the subject of its clause: a verb follows it
/// and no preposition stands before it ("the woman was in bed", "The man has denied"; not
/// "came into the woman's room", "spoke to a man"). Its byte range.
fn gendered_subject_before(lc: &str, at: usize, want: Gender) -> Option<Range> {
    const VERBS: &[&str] = &["is", "was", "has", "had", "would", "will", "could", "can", "did", "does", "said", "says", "told", "tells"];
    let (from, window) = recent_window(lc, at)?;
    // the words outside quotation marks, with their byte ranges in `lc`
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut quoted = false;
    let mut start = None;
    for (i, c) in window.char_indices().chain([(window.len(), ' ')]) {
        let in_word = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’';
        if let (false, Some(s)) = (in_word, start) {
            if !quoted {
                words.push((from + s, from + i));
            }
            start = None;
        }
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            '"' => quoted = !quoted,
            _ if in_word && start.is_none() => start = Some(i),
            _ => {}
        }
        // (a sentence end breaks the chain of words: "... in bed. The man" is two clauses)
        if matches!(c, '.' | '?' | '!' | ';' | ',' | '\n') && !quoted {
            words.push((from + i, from + i));
        }
    }
    let word = |k: usize| words.get(k).and_then(|&(s, e)| lc.get(s..e)).unwrap_or("");
    let mut found = None;
    for k in 0..words.len() {
        // (not a relative's noun after a possessive: "his son" is seldom the "he" after it)
        if !matches!(word(k), "the" | "a" | "an") || (k > 0 && SUBJECT_BARRING_PREPOSITIONS.contains(&word(k - 1))) {
            continue;
        }
        for n in [k + 1, k + 2] {
            let noun = word(n);
            if noun.is_empty() || (n == k + 2 && word(k + 1).is_empty()) {
                break;
            }
            // ("The man's evidence ... was different. He said": a possessor opening its
            // sentence is its topic too)
            // (a possessor elsewhere is no one's subject: "when the man's car stopped")
            let owner = crate::text::possessive_owner(noun);
            let opens = k == 0 || word(k - 1).is_empty();
            let bare = match owner {
                Some(o) if opens => o,
                Some(_) => break,
                None => noun,
            };
            if noun_gender(bare).0 == want && !bare.ends_with('s') && !matches!(bare, "men" | "women" | "gentlemen") {
                let next = word(n + 1);
                if owner.is_some() || VERBS.contains(&next) || lexicon().is_past_tense(next) {
                    found = Some((words[k].0, words[n].0 + bare.len()));
                }
                break;
            }
        }
    }
    found
}

/// The author of the statement (or release) "the statement" at byte `at` of `lc` stands for:
/// the last "in a statement", "in a written statement", "issued a statement" ("released a
/// statement") before it, in its paragraph or the one before, and the one speaker who is not
/// a text with a mention in that sentence ("the family said in a statement", "In a
/// statement, the family said"). None when no statement was introduced, or by no one or
/// several.
fn statement_author(lc: &str, at: usize, noun: &str, r: &Resolution, names: &Names) -> Option<Author> {
    let (from, window) = recent_window(lc, at)?;
    let introduced = [format!("in a {noun}"), format!("in a written {noun}"), format!("issued a {noun}"), format!("released a {noun}"), format!("posted a {noun}"), format!("shared a {noun}"), format!("put out a {noun}")];
    let k = introduced.iter().filter_map(|p| window.rfind(p.as_str()).filter(|&k| window[k + p.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))).max()? + from;
    // (the sentence as the segmenter found it: "Dr." ends none)
    let (start, next) = names.sentence_around(k);
    let end = next.unwrap_or(lc.len());
    let mut authors = r.speakers.iter().enumerate().filter(|(_, sp)| sp.kind != SpeakerKind::Document && sp.mentions.iter().any(|x| x.0 >= start && x.1 <= end)).map(|(i, _)| i);
    match (authors.next(), authors.next()) {
        (Some(i), None) => Some(Author::Speaker(i)),
        // ("Blue Heron Music, the group's label, released a statement saying ...": no speaker
        // yet, the name that opens the sentence, a person's or a body's, before the verb; or
        // a body's noun after "the": "The festival posted a statement")
        (None, _) => names
            .runs
            .iter()
            .find(|n| n.span.0 >= start && n.span.1 <= k)
            .filter(|n| matches!(n.kind, crate::model::EntityKind::Person | crate::model::EntityKind::Organization) && lc.get(start..n.span.0).is_some_and(|lead| lead.split_whitespace().count() <= 1))
            .map(|n| Author::Name(n.span))
            .or_else(|| {
                let rest = lc.get(start..k)?.strip_prefix("the ")?;
                let noun = rest.split(' ').next()?;
                (lexicon().nouns.get(noun) == Some(&NounKind::Organization)).then(|| Author::Name((start, start + "the ".len() + noun.len())))
            }),
        _ => None,
    }
}

/// Who issued a statement ([`statement_author`]): a speaker already, or a name not yet one.
enum Author {
    Speaker(usize),
    Name(Range),
}

/// The last word before byte `at` of `lc` (in its paragraph or the one before) that names
/// people in the plural: a speaker noun of a group ("activists", "voters") or a plural title
/// ("senators"). Its byte range.
fn plural_people_before(lc: &str, at: usize) -> Option<(usize, usize)> {
    plural_people_where(lc, at, |_, _| true)
}

/// [`plural_people_before`]'s last noun that opens its clause: at most four words after a
/// sentence's start, none of them a preposition, a relative pronoun, a verb in the past
/// tense or a verb of saying ("Two women who live nearby"; "Pharmacy owners across the
/// region sent a letter to state lawmakers": the owners; not "met with residents",
/// "arrested two teenagers"), outside quotation marks; after a comma or a semicolon only
/// with a verb right after it ("If the senator runs, Democrats have signaled"; not a list's
/// "liberals and conservatives", nor "2,383 delegates").
fn plural_subject_before(lc: &str, at: usize) -> Option<(usize, usize)> {
    const AUXILIARIES: &[&str] = &["is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do", "did", "does"];
    let lex = lexicon();
    plural_people_where(lc, at, |s, e| {
        let Some(before) = lc.get(..s) else { return false };
        let sentence = before.rfind(['.', '!', '?', ':', '\n', '“', '”', '"']).map_or(0, |k| k + 1);
        let clause = before.rmatch_indices([',', ';']).map(|(k, _)| k + 1).find(|&k| before[k..].starts_with(' ')).filter(|&k| k > sentence);
        let lead = before.get(clause.unwrap_or(sentence)..).unwrap_or("");
        let paragraph = before.get(before.rfind('\n').map_or(0, |k| k + 1)..).unwrap_or("");
        let quoted = paragraph.matches(['“', '”']).count() % 2 == 1 || paragraph.matches('"').count() % 2 == 1;
        let mut words = lead.split_whitespace();
        let open = !quoted && words.clone().count() <= 4 && !words.any(|w| SUBJECT_BARRING_PREPOSITIONS.contains(&w) || matches!(w, "that" | "which" | "whom" | "whose") || lex.is_past_tense(w) || lex.cues.contains_key(w));
        let next = lc.get(e..).and_then(|r| r.split_whitespace().next()).unwrap_or("");
        // (or a phrase or clause that describes them before the verb: "Sanders supporters in
        // California are")
        let verb = || AUXILIARIES.contains(&next) || lex.is_past_tense(next) || lex.cues.contains_key(next) || matches!(next, "in" | "from" | "at" | "across" | "who" | "with");
        open && (clause.is_none() || verb())
    })
}

/// The last word before byte `at` of `lc` (in its paragraph or the one before) naming
/// people in the plural ([`plural_people_before`]) whose byte range `keep` accepts.
fn plural_people_where(lc: &str, at: usize, keep: impl Fn(usize, usize) -> bool) -> Option<(usize, usize)> {
    let lex = lexicon();
    let (from, window) = recent_window(lc, at)?;
    let in_word = |c: char| c.is_alphanumeric() || c == '-';
    // the words naming people, in order; then the last one `keep` accepts (asked from the
    // last back, so only until one passes)
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in window.char_indices().chain([(window.len(), ' ')]) {
        match (in_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = &window[s..i];
                // (the irregular plurals for people too: "women", "men", "children")
                let group = w.len() > 2 && (w.ends_with('s') || matches!(w, "women" | "men" | "children")) && (matches!(lex.nouns.get(w), Some(NounKind::Group)) || lex.is_title_plural(w));
                if group && w != "people" {
                    found.push((from + s, from + i));
                }
                start = None;
            }
            _ => {}
        }
    }
    found.into_iter().rev().find(|&(s, e)| keep(s, e))
}

/// The body that opens the sentence holding `at`, before `at`: an organization's name
/// ("Acme Corp., which ..., said it") or "the" and an organization's common noun with its
/// modifiers ("The union", "The state water resources department"; not "The union's
/// leader", nor "the city" in "The union told the city it").
fn sentence_body_before(text: &str, lc: &str, names: &Names, at: usize) -> Option<Range> {
    // (not a body named inside the quotation the pronoun follows: "“The Town of Hay River may
    // be threatened,” it said" is no town's word)
    let quoted = |span: Range| text.get(span.1..at).is_some_and(|between| between.contains(['”', '"']));
    if let Some(span) = names.sentence_org(text, at).filter(|s| s.1 <= at) {
        if quoted(span) {
            return None;
        }
        return Some(span);
    }
    let (start, _) = names.sentence_around(at);
    let head = lc.get(start..at)?;
    let lead = head.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''));
    let from = start + (head.len() - lead.len());
    let rest = lead.strip_prefix("the ")?;
    let lex = lexicon();
    // (the last organization noun among the phrase's first five words, which end at a
    // punctuation mark, a determiner, a verb of saying or a past tense)
    let (mut end, mut found) = (from + 4, None);
    for w in rest.split(' ').take(5) {
        let bare = w.trim_end_matches([',', ';', ':']);
        if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || DETERMINER_WORDS.contains(&bare) || lex.cues.contains_key(bare) || lex.past_verbs.contains(bare) {
            break;
        }
        end += bare.len();
        if matches!(lex.nouns.get(bare), Some(NounKind::Organization)) {
            found = Some((from, end));
        }
        if bare.len() != w.len() {
            break;
        }
        end += 1;
    }
    found.filter(|&span| !quoted(span))
}

/// A word without the punctuation around it ("officials," -> "officials").
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True when the lower-case word `w` is one of the words of a role's title or body, read in
/// lower case and without their punctuation ("party" of "party leader", "labour" of
/// "Labour Party").
fn role_holds(role: &Role, w: &str) -> bool {
    let holds = |s: &str| s.words().any(|x| bare(x).chars().flat_map(char::to_lowercase).eq(w.chars()));
    holds(&role.title) || role.organization.as_deref().is_some_and(holds)
}

/// Adjectives printed after the noun they describe, before a preposition ("a source
/// familiar with", "people close to", "officials briefed on").
const POSTNOMINAL_ADJECTIVES: &[&str] = &["familiar", "close", "knowledgeable", "briefed", "involved", "opposed", "loyal", "allied", "sympathetic", "connected", "linked", "tied", "aligned", "friendly"];

/// Prepositions whose object is no clause's subject: a noun after one ("spoke to a man",
/// "met with residents") is not who a later pronoun stands for
/// ([`gendered_subject_before`], [`plural_subject_before`]).
const SUBJECT_BARRING_PREPOSITIONS: &[&str] = &["to", "with", "of", "for", "at", "by", "from", "on", "in", "into", "about", "against", "like", "than", "among", "between"];

/// Prepositions that open a phrase's postmodifier ("officials of", "a poll from"): the word
/// before one heads the phrase.
const POSTMODIFIER_PREPOSITIONS: &[&str] = &["of", "from", "by", "for", "at", "in", "on", "to", "with", "near", "outside"];

/// The speaker of that name and kind, created (no gender, roles or head noun) on first sight.
fn plain_speaker(r: &mut Resolution, by_key: &mut FastMap<SpeakerKey, usize>, name: &str, kind: SpeakerKind) -> usize {
    let key = (false, kind, crate::text::lower(name));
    if let Some(&i) = by_key.get(&key) {
        return i;
    }
    r.speakers.push(SpeakerDraft::plain(name, kind));
    by_key.insert(key, r.speakers.len() - 1);
    r.speakers.len() - 1
}

/// The speaker a transcript's label names ("KYRA PHILLIPS", "Ms. HANIF", "S. O'BRIEN",
/// "Tavis", "UNIDENTIFIED MALE"): a person, the one of the article's people or of the
/// speakers labelled before whose name, surname or given name it is (an initial before a
/// surname tells two of one surname apart), else someone new of that name; an unidentified
/// speaker is anonymous, of the sex the label gives. Initials ("NK:") are the one person of
/// the article with those initials; None when no one has them (an acronym, "NPR:").
fn transcript_speaker(text: &str, lc: &str, m: &MentionSpan, r: &mut Resolution, by_key: &mut FastMap<SpeakerKey, usize>, names: &Names) -> Option<usize> {
    let phrase = text.get(m.span.0..m.span.1).unwrap_or("");
    let (honorific, name) = match phrase.split_once(' ') {
        Some((h, rest)) if crate::lexicon::names::honorific_gender(&crate::text::lower(h.trim_end_matches('.'))).is_some() && !rest.is_empty() => (Some(h), rest),
        _ => (None, phrase),
    };
    let cased: Vec<String> = name.words().map(title_case).collect();
    let lower: Vec<String> = cased.iter().map(|w| crate::text::lower(w)).collect();
    if lower.len() == 2 && lower[0] == "unidentified" {
        let i = plain_speaker(r, by_key, &["unidentified ", lower[1].as_str()].concat(), SpeakerKind::Anonymous);
        let sex = match lower[1].as_str() {
            "man" | "male" | "boy" => Gender::Male,
            "woman" | "female" | "girl" => Gender::Female,
            _ => Gender::Unknown,
        };
        if sex != Gender::Unknown && r.speakers[i].gender.0 == Gender::Unknown {
            r.speakers[i].gender = (sex, GenderEvidence::Noun, Some(["label '", phrase, "'"].concat()));
        }
        return Some(i);
    }
    // "NK:", "TS:" after "Nil Köksal", "Talia Schlanger"
    if honorific.is_none() && (2..=3).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase()) {
        let initials = |full: &str| full.contains(' ') && full.words().map(|w| w.chars().next().unwrap_or(' ')).eq(name.chars());
        if let Some(i) = r.speakers.iter().rposition(|sp| sp.kind == SpeakerKind::Person && initials(&sp.name)) {
            return Some(i);
        }
        let mut them = names.people.iter().filter(|p| initials(&p.full));
        return match (them.next(), them.next()) {
            (Some(p), None) => Some(person_speaker(text, lc, p, r, by_key, names)),
            _ => None,
        };
    }
    let initial = |w: &str| w.len() == 2 && w.ends_with('.');
    let surname = lower.iter().rev().find(|w| !initial(w)).cloned().unwrap_or_default();
    let given_initial = lower.first().filter(|w| initial(w)).and_then(|w| w.chars().next());
    let full = crate::text::lower(&cased.join(" "));
    let fits = |full_name: &str| {
        let l = crate::text::lower(full_name);
        if l == full {
            return true;
        }
        let (first, last) = (l.words().next().unwrap_or(""), l.words().last().unwrap_or(""));
        match (lower.len(), given_initial) {
            // "KORVELL:" after "DANA KORVELL, BYLINE:"; "Tavis:" after "Tavis Smiley:"
            (1, _) => l.contains(' ') && (last == surname || first == surname),
            // "S. O'BRIEN:" is Soledad, "M. O'BRIEN:" Miles
            (2, Some(c)) => l.contains(' ') && last == surname && first.starts_with(c),
            _ => false,
        }
    };
    if let Some(i) = r.speakers.iter().rposition(|sp| sp.kind == SpeakerKind::Person && fits(&sp.name)) {
        return Some(i);
    }
    if let Some(p) = names.people.iter().find(|p| fits(&p.full)) {
        return Some(person_speaker(text, lc, p, r, by_key, names));
    }
    let mut p = PersonName::mentioned(&cased.join(" "), m.span);
    p.honorific = honorific.map(str::to_string);
    Some(person_speaker(text, lc, &p, r, by_key, names))
}

/// True when a person speaker's own stated pronouns are "they/them" (no sex, from a pronoun).
fn stated_they(sp: &SpeakerDraft) -> bool {
    sp.kind == SpeakerKind::Person && sp.gender.0 == Gender::Unknown && sp.gender.1 == GenderEvidence::Pronoun && sp.gender.2.as_deref().is_some_and(|e| e.starts_with(crate::recognize::names::STATED_PRONOUNS))
}

/// A word printed in capitals as a name is written: "ADEYEMI-TRAN" -> "Adeyemi-Tran",
/// "O'NEIL" -> "O'Neil".
pub(crate) fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = matches!(c, '-' | '\'' | '\u{2019}');
    }
    out
}

/// The speaker index of a person, creating it with profile on first sight.
/// The key of the speaker a named person becomes.
fn person_key(p: &PersonName) -> SpeakerKey {
    (true, SpeakerKind::Person, crate::text::lower(&p.full))
}

fn person_speaker(text: &str, lc: &str, p: &PersonName, r: &mut Resolution, by_key: &mut FastMap<SpeakerKey, usize>, names: &Names) -> usize {
    let key = person_key(p);
    if let Some(&i) = by_key.get(&key) {
        return i;
    }
    // "“...,” said Wafaa Abu Samrah ... Abu Samrah said": a name of two words or more that ends
    // the name of a speaker quoted before, one the name finder did not know, is that person
    // (typed a body for want of evidence, when its words are all capitalised and none is a
    // body's word: its end is a person's name)
    if p.full.contains(' ') {
        let tail = [" ", p.full.as_str()].concat();
        let lex = lexicon();
        let named_like = |sp: &SpeakerDraft| {
            sp.kind == SpeakerKind::Organization && sp.name.words().all(|w| w.starts_with(char::is_uppercase) && !lex.org_words.contains(bare(w)))
        };
        if let Some(i) = r.speakers.iter().position(|sp| sp.name.ends_with(tail.as_str()) && (sp.kind == SpeakerKind::Person || named_like(sp))) {
            r.speakers[i].kind = SpeakerKind::Person;
            by_key.insert(key, i);
            return i;
        }
    }
    let roles = names.roles_of(text, lc, p).into_owned();
    let gender = names.gender_of(text, p);
    r.speakers.push(SpeakerDraft {
        name: p.full.clone(),
        kind: SpeakerKind::Person,
        mentions: Vec::new(),
        roles,
        gender,
        head: None,
        called: [false; 2],
    });
    let i = r.speakers.len() - 1;
    by_key.insert(key, i);
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first version: every word of the text listed, then each tried as the start.
    fn expand_by_scan<'t>(text: &'t str, acronym: &str) -> Option<&'t str> {
        let letters: Vec<char> = acronym.chars().filter(|c| *c != '.').collect();
        if !(2..=6).contains(&letters.len()) || !letters.iter().all(|c| c.is_ascii_uppercase()) {
            return None;
        }
        let mut words: Vec<(usize, &str)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            match (acronym_sep(c), start) {
                (true, Some(s)) => {
                    words.push((s, &text[s..i]));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        let connector = |w: &str| matches!(w, "and" | "of" | "for" | "the" | "&" | "on");
        for i in 0..words.len() {
            if !words[i].1.starts_with(letters[0]) {
                continue;
            }
            let (mut k, mut n) = (i, 0);
            while k < words.len() && n < letters.len() {
                let w = words[k].1;
                if w.starts_with(letters[n]) && w.chars().nth(1).is_some_and(char::is_lowercase) {
                    n += 1;
                } else if !(n > 0 && connector(w)) {
                    break;
                }
                k += 1;
            }
            let ends = k >= words.len() || !words[k].1.chars().next().is_some_and(char::is_uppercase);
            if n == letters.len() && ends {
                let (start, last) = (words[i].0, words[k - 1]);
                let end = last.0 + last.1.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                return text.get(start..end);
            }
        }
        None
    }

    #[test]
    fn acronyms_expand_as_the_full_scan_did() {
        let texts = [
            "Customs and Border Protection (CBP) said on Monday.",
            "“Customs and Border Protection” said CBP would act.",
            "Officials at Customs\u{a0}and Border Protection, CBP, said",
            "CBP. Customs Border Patrol Agents said. Cat Bat Pot",
            "the Centers for Disease Control and Prevention (CDC) and the CDC's staff",
            "X-Customs and Border Protection; Customs and Border Protection",
            "Centers for Disease Control and Prevention",
            "CCustoms and Border Protection Bureau",
            "Customs and Border Protection",
            "",
            "C",
            "é Customs and Border Protection: é",
        ];
        for t in texts {
            for a in ["CBP", "CDC", "C.B.P.", "CB", "CBPX", "cbp", "C", "Cbp"] {
                assert_eq!(expand_acronym(t, a), expand_by_scan(t, a), "{a} in {t:?}");
            }
        }
        assert_eq!(expand_acronym(texts[1], "CBP"), Some("Customs and Border Protection"));
    }
}
