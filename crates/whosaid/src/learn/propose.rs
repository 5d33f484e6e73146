//! From tags to attributions: the model's confident cue + content spans that
//! cross none of the rules' attributions (in sentences the rules left alone, for
//! the speech scope), with the speaker the rules' subject finder proposes for
//! that cue.

use super::features::{kind, Sheet};
use super::{Model, Scope};
use crate::attribute::lexicon::{lexicon, CueClass};
use crate::attribute::{self, Attribution, MentionSpan, SpeakerRef};
use crate::model::QuoteType;
use crate::segment::{Paragraph, TokKind};
use crate::text::SplitWords;

/// The rule name of an attribution the model added (`whosaid debug attributions`).
pub const RULE: &str = "model";

use crate::attribute::CONTINUATION;

/// One span of a tagged sentence: kind (1 cue, 2 source, 3 content), tokens `[s, e)`, mean margin.
#[derive(Debug, Clone, Copy)]
struct Run {
    kind: u8,
    s: usize,
    e: usize,
    margin: f32,
}

fn runs(tags: &[u8], margins: &[f32], a: usize) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    let mut open: Option<(u8, usize, f32)> = None;
    for (k, (&t, &m)) in tags.iter().zip(margins).enumerate() {
        let kd = kind(t);
        let begins = t % 2 == 1;
        if let Some((ok, s, sum)) = open {
            if kd == ok && !begins {
                open = Some((ok, s, sum + m));
                continue;
            }
            out.push(Run { kind: ok, s: a + s, e: a + k, margin: sum / (k - s) as f32 });
            open = None;
        }
        if kd != 0 {
            open = Some((kd, k, m));
        }
    }
    if let Some((ok, s, sum)) = open {
        out.push(Run { kind: ok, s: a + s, e: a + tags.len(), margin: sum / (tags.len() - s) as f32 });
    }
    // content split by a stray begin tag or a token or two outside is one span
    let mut merged: Vec<Run> = Vec::with_capacity(out.len());
    for r in out {
        if let Some(last) = merged.last_mut() {
            if last.kind == 3 && r.kind == 3 && r.s <= last.e + 2 {
                let (n1, n2) = ((last.e - last.s) as f32, (r.e - r.s) as f32);
                last.margin = (last.margin * n1 + r.margin * n2) / (n1 + n2);
                last.e = r.e;
                continue;
            }
        }
        merged.push(r);
    }
    merged
}

/// A proposal before its threshold: the attribution and its confidence margin.
pub type Proposal = (Attribution, f32);

/// Every cue + content pair the model reads in paragraph `pi` that overlaps no cue,
/// speaker mention or content of the rules' (`rules`: their attributions of this
/// paragraph), whose margin is `floor` at least (`f32::NEG_INFINITY`: whatever its margin);
/// in sentences the rules left alone for [`Scope::Speech`].
pub fn paragraph(model: &Model, text: &str, lc: &str, p: &Paragraph, pi: usize, rules: &[Attribution], floor: f32) -> Vec<Proposal> {
    let mut out = Vec::new();
    // the paragraph's lower-cased words, read once for the speakers of all its cues
    let words = std::cell::OnceCell::new();
    let mut cands: Vec<usize> = Vec::new();
    for s in &p.sentences {
        let (a, b) = (s.start, s.end.min(p.tokens.len()));
        if b <= a {
            continue;
        }
        let (Some(first), Some(last)) = (p.tokens.get(a), p.tokens.get(b - 1)) else { continue };
        let range = (first.start, last.end);
        // a sentence the rules read keeps their reading: the speech scope reads only
        // sentences the rules left alone; the broad scope may add an attribution beside theirs
        // ("“...,” said X, whose group has long opposed Y"), none that crosses it
        if model.scope == Scope::Speech && rules.iter().any(|r| overlaps(r.content, range) || r.cue.is_some_and(|c| overlaps(c, range))) {
            continue;
        }
        // the words that may open a cue: verbs of saying (speech), or words that were cues in training (broad)
        // (one buffer for all sentences: most have no candidate)
        cands.clear();
        match model.scope {
            Scope::Speech => cands.extend((a..b).filter(|&i| saying(p, lc, i))),
            Scope::Broad => cands.extend((a..b).filter(|&i| {
                let t = &p.tokens[i];
                t.kind == TokKind::Word && !p.quoted(i) && lc.get(t.start..t.end).is_some_and(|w| model.is_trigger(super::features::word_hash(w)))
            })),
        }
        if cands.is_empty() {
            continue;
        }
        // a verb of saying the model would not open a cue with: nothing to tag here (read
        // from the words around the verbs alone; the rest of the sentence only when tagged)
        let sheet = if model.scope == Scope::Speech {
            let mut sheet = Sheet::around(text, lc, p, rules, a, b, &cands);
            if !model.opens_any_cue(&sheet, a, cands.iter().map(|&i| i - a)) {
                continue;
            }
            sheet.complete(text, lc, p);
            sheet
        } else {
            Sheet::new(text, lc, p, rules, a, b)
        };
        // (the rules' spans, read only for a sentence the model tags)
        let theirs: Vec<(usize, usize)> = rules
            .iter()
            .flat_map(|r| {
                let m = match &r.speaker {
                    SpeakerRef::Mention(m) => Some(m.span),
                    _ => None,
                };
                [Some(r.content), r.cue, m]
            })
            .flatten()
            .filter(|&x| overlaps(x, range))
            .collect();
        let (tags, margins) = model.tag(&sheet, a);
        let rs = runs(&tags, &margins, a);
        // each content run goes to the nearest cue outside it
        let dist = |c: &Run, q: &Run| if q.e <= c.s { c.s - q.e } else if q.s >= c.e { q.s - c.e } else { usize::MAX };
        let mut pairs: Vec<(Run, Run)> = Vec::new();
        for c in rs.iter().filter(|r| r.kind == 3) {
            if let Some(cue) = rs.iter().filter(|q| q.kind == 1 && dist(c, q) != usize::MAX).min_by_key(|q| (dist(c, q), q.s)) {
                pairs.push((*cue, *c));
            }
        }
        // one content per cue: the run nearest to it, joined with the runs beyond it on that side
        let mut cues: Vec<Run> = pairs.iter().map(|(q, _)| *q).collect();
        cues.dedup_by_key(|q| q.s);
        cues.sort_by_key(|q| q.s);
        cues.dedup_by_key(|q| q.s);
        for cue in cues {
            // (a proposal's margin is its cue's at most: a cue under the floor proposes nothing)
            if cue.margin < floor {
                continue;
            }
            let mine: Vec<&Run> = pairs.iter().filter(|(q, _)| q.s == cue.s).map(|(_, c)| c).collect();
            let Some(near) = mine.iter().min_by_key(|c| (dist(c, &cue), c.s)) else { continue };
            let after = near.s >= cue.e;
            let side: Vec<&&Run> = mine.iter().filter(|c| (c.s >= cue.e) == after).collect();
            let (s0, e0) = (side.iter().map(|c| c.s).min().unwrap_or(near.s), side.iter().map(|c| c.e).max().unwrap_or(near.e));
            let n: usize = side.iter().map(|c| c.e - c.s).sum();
            let m: f32 = side.iter().map(|c| c.margin * (c.e - c.s) as f32).sum::<f32>() / n.max(1) as f32;
            let mut c = Run { kind: 3, s: s0, e: e0, margin: m };
            // (a margin under the floor is known here, the cue's tested above: the tests and the
            // speaker below are spared)
            if c.margin < floor {
                continue;
            }
            // content after the cue that stops on a function word ("... could", "... in the")
            // lost its end: it runs to the end of the sentence
            if after && dangling(word(p, lc, c.e - 1)) {
                c.e = b;
            }
            if model.scope == Scope::Speech && !(cue.s..cue.e).any(|i| saying(p, lc, i)) {
                continue;
            }
            // readings that are no quoted speech; PolNeAR's broad attributions count them
            // ("declined to discuss X", "spoke about X", "was described by X as")
            if model.scope == Scope::Speech
                && (refused(p, lc, cue.s.saturating_sub(2).max(a), cue.e)
                    || reduced_relative(p, lc, cue.s, a)
                    || passive(p, lc, cue.s, cue.e, a)
                    || (c.s >= cue.e && prepositional(p, lc, cue.e - 1, c.s))
                    || noun_like(p, lc, cue.s, cue.e, a)
                    || (cue.s..cue.e).any(|i| attribute::you_can_tell(|j| word(p, lc, j), i, a)))
            {
                continue;
            }
            // "has asked that his name not be released": a wish for anonymity (as the rules read it)
            if (cue.s..cue.e).any(|i| attribute::anonymity_wish(word(p, lc, i), |j| word(p, lc, j), c.s, c.e)) {
                continue;
            }
            let Some(content) = content_range(text, p, c.s, c.e) else { continue };
            let cue_range = (p.tokens[cue.s].start, p.tokens[cue.e - 1].end);
            if theirs.iter().any(|&x| overlaps(x, content.0) || overlaps(x, cue_range)) {
                continue;
            }
            // (no one after a verb that takes an addressee: "“...,” Jan told Valley Daily News"
            // is told to the paper)
            let tell = (cue.s..cue.e).any(|i| attribute::lexicon::lexicon().cues.get(word(p, lc, i)) == Some(&attribute::lexicon::CueClass::Tell));
            let speaker = match attribute::speaker_at(text, lc, p, words.get_or_init(|| attribute::lower_words(lc, p).collect::<Vec<_>>()), pi, cue.s, a, b) {
                Some(m) if !overlaps(m.span, content.0) && !(tell && m.span.0 >= cue_range.1) => SpeakerRef::Mention(m),
                _ => match rs
                    .iter()
                    // a source the model tagged holds a word (not "," alone)
                    .filter(|q| q.kind == 2 && (q.s..q.e).any(|i| p.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)))
                    // (and, for a participle after its content, stands before it: "“...,”
                    // saying she'd sought advice from the chief executive" is no chief
                    // executive's; "Since announcing that ..., Mr. Biden" is his)
                    .filter(|q| q.s < cue.s || after || !word(p, lc, cue.s).ends_with("ing"))
                    .filter(|q| q.s < cue.s || !tell)
                    .min_by_key(|q| q.s.abs_diff(cue.s))
                    .map(|q| {
                        let (s, e) = whole_name(p, q.s, q.e, a, b);
                        SpeakerRef::Mention(MentionSpan { span: (p.tokens[s].start, p.tokens[e - 1].end), appositive: None, antecedent: None })
                    })
                {
                    Some(sp) => sp,
                    // an attribution with nobody to say it is more often a misreading than a finding
                    None => continue,
                },
            };
            // "This graphic, provided by X, shows ...": a picture depicts, it says nothing; "the
            // number who said ..." is a survey's count
            if let SpeakerRef::Mention(m) = &speaker {
                let head = lc.get(m.span.0..m.span.1).and_then(|s| s.words().last()).unwrap_or("");
                if attribute::lexicon::lexicon().pictures.contains(head) || attribute::counts_people(lc, m) {
                    continue;
                }
                if lc.get(m.span.0..m.span.1).is_some_and(fragment) {
                    continue;
                }
            }
            let margin = c.margin.min(cue.margin);
            out.push((
                Attribution {
                    content: content.0,
                    kind: content.1,
                    cue: Some(cue_range),
                    speaker,
                    addressee: None,
                    confidence: 0.5,
                    paragraph: pi,
                    rule: RULE,
                },
                margin,
            ));
        }
    }
    out
}

/// Tokens `[s, e)` widened to the whole capitalised run they sit in (the model may tag
/// "Sondland" of "Ambassador Gordon Sondland"), within the sentence `[a, b)`.
fn whole_name(p: &Paragraph, mut s: usize, mut e: usize, a: usize, b: usize) -> (usize, usize) {
    let cap = |i: usize| p.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
    if cap(s) {
        while s > a && cap(s - 1) {
            s -= 1;
        }
    }
    if e > s && cap(e - 1) {
        while e < b && cap(e) {
            e += 1;
        }
    }
    (s, e)
}

/// The byte range and type of content tokens `[s, e)`, without quotation marks at its ends.
fn content_range(text: &str, p: &Paragraph, mut s: usize, mut e: usize) -> Option<((usize, usize), QuoteType)> {
    let edge = |i: usize| p.tokens.get(i).is_some_and(|t| t.kind == TokKind::Quote || (t.kind == TokKind::Punct && !matches!(t.first, '.' | '?' | '!')));
    while s < e && edge(s) {
        s += 1;
    }
    while e > s && edge(e - 1) {
        e -= 1;
    }
    let words = (s..e).filter(|&i| p.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)).count();
    // one word ("it", "laws") is most often a fragment of a content the model lost
    if words < 2 {
        return None;
    }
    let quoted = (s..e).filter(|&i| p.quoted(i)).count();
    let kind = if quoted == e - s {
        QuoteType::Direct
    } else if quoted > 0 {
        QuoteType::Mixed
    } else {
        QuoteType::Indirect
    };
    if kind != QuoteType::Direct {
        // a content partly quoted keeps the quotation mark it opens with ("found “significant
        // discrepancies” in the books"), and no sentence's full stop at its end
        if s > 0 && p.tokens.get(s - 1).is_some_and(|t| t.kind == TokKind::Quote) && p.quoted(s) {
            s -= 1;
        }
        while e > s + 1 && p.tokens.get(e - 1).is_some_and(|t| t.kind == TokKind::Punct && t.first == '.') && !p.quoted(e - 1) {
            e -= 1;
        }
    }
    let r = attribute::trim(text, p.tokens[s].start, p.tokens[e - 1].end);
    Some((r, kind))
}

/// True when token `i` is a verb of saying, telling, naming or describing, believing or
/// intending from the rules' lexicon, outside quotation marks, and not a verb of stance
/// ("endorsed", "criticized": an evaluation is no quoted source unless the rules read one).
/// Each proposal's class says which kind it is ([`crate::attribute::class`]).
/// (Inlined: it is asked of every token of the sentences the model reads.)
#[inline]
fn saying(p: &Paragraph, lc: &str, i: usize) -> bool {
    let Some(t) = p.tokens.get(i) else { return false };
    t.kind == TokKind::Word
        && !t.is_capitalized()
        && !p.quoted(i)
        && match crate::attribute::cue_class(lc, p, i) {
            Some(CueClass::Speech | CueClass::Tell | CueClass::Belief | CueClass::Intent | CueClass::Object) => {
                lc.get(t.start..t.end).is_some_and(|w| !crate::attribute::class::is_stance_verb(w))
            }
            _ => false,
        }
}

/// The lowercase word of token `i`.
fn word<'t>(p: &Paragraph, lc: &'t str, i: usize) -> &'t str {
    p.tokens.get(i).and_then(|t| lc.get(t.start..t.end)).unwrap_or("")
}

/// True when tokens `[s, e)` negate or refuse the cue ("did not say", "declined to
/// say", "failed to answer") or make a plea ("pleaded guilty"): no content was reported (the rules' lexicon leaves
/// "declined to comment" out for the same reason).
fn refused(p: &Paragraph, lc: &str, s: usize, e: usize) -> bool {
    (s..e).any(|i| {
        let w = word(p, lc, i);
        // "pleaded guilty": a plea in court, nothing reported (as the rules read it)
        if w.starts_with("plead") && matches!(word(p, lc, i + 1), "guilty" | "not" | "innocent" | "no") {
            return true;
        }
        w.ends_with("n't") || w.ends_with("n’t") || matches!(w, "not" | "never" | "no")
            || ["declin", "refus", "fail"].iter().any(|r| w.starts_with(r))
    })
}

/// True when the cue is an -ing participle right after a lowercase noun ("polls
/// showing", "messages suggesting", "reports urging"): a reduced relative clause
/// that reports what a document or a poll shows, not what someone said.
fn reduced_relative(p: &Paragraph, lc: &str, s: usize, a: usize) -> bool {
    let prev = s.checked_sub(1).filter(|&i| i >= a);
    word(p, lc, s).ends_with("ing")
        && prev.is_some_and(|i| p.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()) && !lexicon().pronouns.contains_key(word(p, lc, i)))
}

/// True when a one-word cue that is also a common noun ("show", "state", "claims") reads
/// as the noun: nothing a verb takes follows it (a comma, a stop, "which", "of": "“The
/// Harbor” TV show, which ran for years"), and no pronoun stands before it. "A poll shows
/// Sanders ahead" keeps the verb.
fn noun_like(p: &Paragraph, lc: &str, s: usize, e: usize, a: usize) -> bool {
    let lex = lexicon();
    if e != s + 1 || !lex.noun_verbs.contains(word(p, lc, s)) {
        return false;
    }
    let pronoun_before = s > a && lex.pronouns.contains_key(word(p, lc, s - 1));
    let no_object = p.tokens.get(e).is_none_or(|t| t.kind == TokKind::Punct) || matches!(word(p, lc, e), "which" | "who" | "of" | "for" | "in" | "on" | "at" | "with");
    no_object && !pronoun_before
}

/// Words a clause does not end on: articles, prepositions, conjunctions, auxiliaries.
fn dangling(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "to" | "of" | "in" | "on" | "for" | "with" | "and" | "or" | "but" | "could" | "would" | "should" | "will"
            | "can" | "may" | "might" | "must" | "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "that" | "which"
            | "who" | "his" | "her" | "their" | "its" | "our" | "by" | "at" | "from" | "as" | "than" | "not"
    )
}

/// True for a source of function words alone (`s` lowercase): "of" from "two-thirds of
/// Republicans", "the", "a" are fragments of a phrase the model lost, no one who speaks
/// (a relative pronoun stands for its antecedent, a possessive for its owner).
fn fragment(s: &str) -> bool {
    s.words().all(|w| (dangling(w) && !matches!(w, "his" | "her" | "their" | "its" | "our" | "who" | "which" | "that")) || w == "together")
}

/// True when the cue is a passive ("were told", "is said to"): its subject is not
/// the speaker (the rules' `after_be` reading).
fn passive(p: &Paragraph, lc: &str, s: usize, e: usize, a: usize) -> bool {
    let be = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s");
    (s.saturating_sub(2).max(a)..e).any(|i| be(word(p, lc, i)))
}

/// True when the cue's last token `k` or the content's first token `c` is a
/// preposition ("spoke about X", "wrote on Y"): a verb of saying without an object
/// reports a topic, not what was said (the rules' `intransitive_start` reading).
fn prepositional(p: &Paragraph, lc: &str, k: usize, c: usize) -> bool {
    let prep = |w: &str| matches!(w, "about" | "on" | "for" | "with" | "of" | "at" | "into" | "over" | "upon");
    prep(word(p, lc, k)) || prep(word(p, lc, c))
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The model's confident attributions for every paragraph, merged into the rules' list.
pub fn augment(model: &Model, text: &str, lc: &str, paras: &[Paragraph], rules: Vec<Attribution>) -> Vec<Attribution> {
    let mut added = Vec::new();
    let mut at = 0;
    for (pi, p) in paras.iter().enumerate() {
        let from = at;
        while at < rules.len() && rules[at].paragraph == pi {
            at += 1;
        }
        let t = model.active_threshold();
        for (mut x, m) in paragraph(model, text, lc, p, pi, rules.get(from..at).unwrap_or_default(), t) {
            if m >= t {
                x.confidence = confidence(m, t);
                added.push(x);
            }
        }
    }
    let mut all = merge(rules, added);
    adopt_orphans(&mut all, paras);
    all
}

/// Quotations the rules left without a speaker that follow one the model added:
/// "“A,” Mr. Putin said. “B.”" (the rules read no cue in the first sentence, so
/// the second had no attribution to continue). Each takes the speaker of the
/// nearest added attribution in its paragraph, before it preferred, as the rules'
/// own continuation does; a quotation opening its paragraph takes the one just
/// before it when that is an added attribution up to two paragraphs back.
fn adopt_orphans(all: &mut [Attribution], paras: &[Paragraph]) {
    let spoken = |a: &Attribution| a.rule == RULE && matches!(a.speaker, SpeakerRef::Mention(_));
    if !all.iter().any(spoken) {
        return;
    }
    for i in 0..all.len() {
        let q = &all[i];
        // a continuation the rules pointed past an added attribution in a paragraph
        // between: the added one is the last before it
        if let (CONTINUATION, SpeakerRef::Inherit(t)) = (q.rule, &q.speaker) {
            let j = i.wrapping_sub(1);
            if *t < j && all.get(j).is_some_and(|a| spoken(a) && a.paragraph < q.paragraph) {
                all[i].speaker = SpeakerRef::Inherit(j);
            }
            continue;
        }
        if q.rule != crate::attribute::UNATTRIBUTED || q.speaker != SpeakerRef::Unknown {
            continue;
        }
        let (pi, at) = (q.paragraph, q.content.0);
        // (the list is in paragraph order: only this paragraph's attributions are read)
        let (lo, hi) = (all.partition_point(|a| a.paragraph < pi), all.partition_point(|a| a.paragraph <= pi));
        let here = (lo..hi)
            .filter(|&j| spoken(&all[j]))
            .min_by_key(|&j| crate::attribute::continuation_distance(all[j].content.0, at));
        let opens = paras.get(pi).and_then(|p| p.tokens.first()).is_some_and(|t| t.kind == TokKind::Quote && t.end <= at && at <= t.end + 1);
        let prev = (here.is_none() && opens && i > 0).then(|| i - 1).filter(|&j| spoken(&all[j]) && all[j].paragraph + 2 >= pi);
        if let Some(j) = here.or(prev) {
            let a = &mut all[i];
            a.speaker = SpeakerRef::Inherit(j);
            (a.confidence, a.rule) = if here.is_some() { (0.8, "same-paragraph-quote") } else { (0.65, CONTINUATION) };
        }
    }
}

/// A margin as a confidence in [0.5, 0.85]: the threshold gives 0.5, twice it about 0.67.
fn confidence(m: f32, threshold: f32) -> f32 {
    let t = threshold.max(1e-6);
    (m / (m + t)).clamp(0.5, 0.85)
}

/// The rules' attributions and the added ones in one list ordered by paragraph
/// and content start (the rules' first on ties), `Inherit` indices following
/// the attributions they point at.
pub fn merge(rules: Vec<Attribution>, added: Vec<Attribution>) -> Vec<Attribution> {
    if added.is_empty() {
        return rules;
    }
    let n = rules.len();
    let mut all: Vec<(usize, Attribution)> = rules.into_iter().chain(added).enumerate().collect();
    all.sort_by_key(|(i, a)| (a.paragraph, a.content.0, *i));
    let mut new_pos = vec![0usize; n];
    for (pos, (i, _)) in all.iter().enumerate() {
        if *i < n {
            new_pos[*i] = pos;
        }
    }
    all.into_iter()
        .map(|(_, mut a)| {
            if let SpeakerRef::Inherit(j) = a.speaker {
                a.speaker = SpeakerRef::Inherit(new_pos.get(j).copied().unwrap_or(j));
            }
            a
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(p: usize, s: usize, sp: SpeakerRef) -> Attribution {
        Attribution { content: (s, s + 1), kind: QuoteType::Direct, cue: None, speaker: sp, addressee: None, confidence: 0.5, paragraph: p, rule: "t" }
    }

    #[test]
    fn merge_keeps_inherit_pointing_at_the_same_attribution() {
        let rules = vec![at(0, 10, SpeakerRef::Unknown), at(1, 50, SpeakerRef::Unknown), at(1, 80, SpeakerRef::Inherit(1))];
        let added = vec![at(0, 5, SpeakerRef::Unknown), at(1, 60, SpeakerRef::Unknown)];
        let m = merge(rules, added);
        let starts: Vec<usize> = m.iter().map(|a| a.content.0).collect();
        assert_eq!(starts, vec![5, 10, 50, 60, 80]);
        assert_eq!(m[4].speaker, SpeakerRef::Inherit(2));
    }

    #[test]
    fn a_tagged_part_of_a_name_widens_to_the_whole_name() {
        let text = "WASHINGTON — Ambassador Gordon Sondland, a witness, is likely to speak.";
        let p = Paragraph::new(text, 0, text.len());
        let word = |w: &str| p.tokens.iter().position(|t| &text[t.start..t.end] == w).unwrap();
        let (s, e) = whole_name(&p, word("Sondland"), word("Sondland") + 1, 0, p.tokens.len());
        assert_eq!(&text[p.tokens[s].start..p.tokens[e - 1].end], "Ambassador Gordon Sondland");
        // a lowercase word stays as it is
        let (s, e) = whole_name(&p, word("witness"), word("witness") + 1, 0, p.tokens.len());
        assert_eq!((s, e), (word("witness"), word("witness") + 1));
    }

    #[test]
    fn a_source_of_function_words_is_a_fragment() {
        for s in ["of", "the", "a", "for", "together", "of the"] {
            assert!(fragment(s), "{s}");
        }
        for s in ["who", "which", "his", "one", "the senator", "two-thirds of republicans"] {
            assert!(!fragment(s), "{s}");
        }
    }

    #[test]
    fn a_partly_quoted_content_keeps_its_opening_mark_and_drops_the_full_stop() {
        let text = "The audit found “significant discrepancies” in the books.";
        let p = Paragraph::new(text, 0, text.len());
        let word = |w: &str| p.tokens.iter().position(|t| &text[t.start..t.end] == w).unwrap();
        // the model's content run starting inside the quotation, ending at the full stop
        let ((s, e), kind) = content_range(text, &p, word("significant"), p.tokens.len()).unwrap();
        assert_eq!((&text[s..e], kind), ("“significant discrepancies” in the books", QuoteType::Mixed));
        // wholly quoted: no marks at its ends
        let ((s, e), kind) = content_range(text, &p, word("significant") - 1, word("in")).unwrap();
        assert_eq!((&text[s..e], kind), ("significant discrepancies", QuoteType::Direct));
    }

    #[test]
    fn content_runs_join_across_begin_tags() {
        // O B-CUE B-CON I-CON B-CON O
        let r = runs(&[0, 1, 5, 6, 5, 0], &[1.0; 6], 10);
        let kinds: Vec<(u8, usize, usize)> = r.iter().map(|r| (r.kind, r.s, r.e)).collect();
        assert_eq!(kinds, vec![(1, 11, 12), (3, 12, 15)]);
    }
}
