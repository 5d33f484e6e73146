//! Attribution: reporting cues, quote spans and the local speaker mention.
//!
//! For each segmented [`Paragraph`], [`find`] looks for cues (a verb of saying,
//! "according to") outside quotation marks, then for the structure around each:
//! content before the cue (`"A," X said`, `A, X said`, inverted `A, said X`),
//! content after it (`X said (that) A`, `X told Y: "A"`), or "according to X".
//! Quotes left without a cue inherit the speaker of the paragraph or of the
//! previous paragraph (continuations); short quoted phrases without a cue are
//! scare quotes and dropped. The result is a list of [`Attribution`]s with byte
//! spans; [`crate::resolve`] turns their mentions into speakers.
//!
//! The rules are split by concern, each an `impl Ctx` of its own: `cues` (candidate
//! generation: a cue and the structure around it), `content` (where content ends, its
//! type), `subject` (the speaker phrase at a cue), `uncued` (quotations without a cue
//! word); [`class`] says what kind of attribution a quote is. This file holds the types,
//! the paragraph walk ([`find`]) and the token helpers they share.

pub mod class;
mod content;
mod cues;
pub mod lexicon;
mod subject;
mod transcript;
mod uncued;

pub(crate) use transcript::{name_line, repeated_name_lines};
pub(crate) use uncued::{continuation_distance, label_line};

use crate::fasthash::WordSet;
use crate::model::QuoteType;
use crate::segment::{Paragraph, TokKind, Token};
use crate::lexicon::names::NAME_PARTICLES;
use lexicon::{lexicon, CueClass};
use crate::text::SplitWords;

/// A byte range of the article text.
pub type Range = (usize, usize);

/// The noun phrase naming a speaker at one cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionSpan {
    /// Byte range of the whole phrase ("Nora Castellano", "a senior official").
    pub span: Range,
    /// An appositive describing it (", co-director of X,"), if any.
    pub appositive: Option<Range>,
    /// For relative pronouns ("who said"): the phrase they refer to.
    pub antecedent: Option<Range>,
}

/// The rule name of a quotation left without a speaker (`whosaid debug attributions`).
pub const UNATTRIBUTED: &str = "unattributed-quote";
/// The rule of a quotation with no cue that goes on with the speaker of the paragraph before.
pub const CONTINUATION: &str = "continuation";

/// Where an attribution's speaker comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpeakerRef {
    /// A mention at the cue.
    Mention(MentionSpan),
    /// The same speaker as an earlier attribution (index into the list).
    Inherit(usize),
    /// Unknown.
    Unknown,
}

/// One quote found with its cue and speaker reference.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    /// Byte range of what was said.
    pub content: Range,
    /// Direct, indirect or mixed.
    pub kind: QuoteType,
    /// Byte range of the cue.
    pub cue: Option<Range>,
    /// Who said it.
    pub speaker: SpeakerRef,
    /// Byte range of the addressee ("told reporters").
    pub addressee: Option<Range>,
    /// 0 to 1.
    pub confidence: f32,
    /// Index of the paragraph.
    pub paragraph: usize,
    /// Why: the rule that produced it (for `whosaid debug`).
    pub rule: &'static str,
}

/// Words that end a subject phrase when walking back from a cue.
static CLAUSE_WORDS: WordSet = WordSet::new(&[
    "that", "and", "but", "because", "when", "while", "as", "if", "after", "before", "since",
    "although", "though", "so", "or", "where", "whether", "than", "until", "unless", "once",
    "said", "says", "told", "is", "are", "was", "were", "to", "in", "on", "at", "for", "with",
    "by", "from", "of", "about", "into", "over", "under", "against", "during", "not", "this",
]);

/// Auxiliaries and modals: a lowercase one ends a noun phrase ("the AP has [surveyed]", "an
/// upturn would [benefit]"), where "Will" or "Can" capitalized may open a name.
static AUXILIARIES: WordSet = WordSet::new(&[
    "has", "have", "had", "would", "will", "could", "should", "can", "must", "might", "shall",
    "did", "does", "do", "been", "be", "being", "cannot", "don't", "doesn't", "didn't", "won't",
    "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't", "don’t",
    "doesn’t", "didn’t", "won’t", "wouldn’t", "can’t", "couldn’t", "shouldn’t", "hasn’t",
    "haven’t", "hadn’t",
]);

/// Conjunctions that open a subordinate clause ("Although X said A, ...", "when X arrived and
/// asked"); each rule adds "as" or "if" where they read as one.
static SUBORDINATORS: WordSet = WordSet::new(&[
    "when", "while", "after", "before", "since", "although", "though", "because", "once", "until",
    "unless", "whereas",
]);

/// Words that start an adjunct after a cue ("said on Tuesday", "said in a statement").
static ADJUNCT_WORDS: WordSet = WordSet::new(&[
    "in", "on", "at", "during", "after", "before", "while", "when", "to", "of", "about", "via",
    "through", "from", "with", "last", "this", "yesterday", "today", "tonight", "earlier",
    "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "recently", "here", "afterward", "afterwards", "again", "then", "too", "as", "for", "by",
]);

/// Sentence adverbs and connectives that open a sentence but are not part of a speaker phrase.
static SENTENCE_ADVERBS: WordSet = WordSet::new(&[
    "meanwhile", "however", "but", "and", "still", "yet", "so", "now", "then", "also", "instead",
    "later", "earlier", "today", "yesterday", "moreover", "indeed", "separately", "similarly",
    "thus", "finally", "recently", "previously", "ultimately", "nevertheless", "nonetheless",
    "otherwise", "last", "this", "in", "on", "at", "during", "after", "before", "while",
]);

/// Lowercase modifiers that stay in a speaker phrase without a determiner ("former President X").
pub(crate) static PHRASE_MODIFIERS: WordSet = WordSet::new(&[
    "former", "senior", "top", "chief", "deputy", "acting", "then", "longtime", "current",
    "outgoing", "incoming", "presidential", "republican", "democratic", "administration",
    "campaign", "white", "house", "state", "federal", "local", "government", "party", "u.s.",
    "foreign", "defense", "military", "intelligence", "police", "court", "congressional",
    "senate", "gop", "team", "policy", "press", "news", "vice", "assistant", "associate", "retired",
    "interim", "veteran",
]);

/// Labels that open a paragraph with a colon but name no speaker.
static NOT_SPEAKER_LABELS: WordSet = WordSet::new(&[
    "note", "update", "updated", "editor", "editors", "related", "photo", "photos", "source",
    "sources", "correction", "watch", "read", "more", "see", "video", "listen", "also", "breaking",
    "exclusive", "analysis", "opinion", "q", "a", "question", "answer", "poll", "full", "abstract",
    "the", "why", "what", "how", "who", "when", "where", "here", "this", "that", "live", "latest",
]);

/// Abbreviated months ("Dec. 2"), lowercase, without the stop.
static MONTH_ABBREVIATIONS: WordSet = WordSet::new(&["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/// Month and day names: capitalised but never a speaker.
static MONTH_WORDS: WordSet = WordSet::new(&[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
]);

/// Determiners that may open a speaker phrase.
static DETERMINERS: WordSet = WordSet::new(&[
    "the", "a", "an", "one", "another", "some", "many", "several", "two", "three", "four",
    "his", "her", "their", "its", "our", "other", "most", "few", "both", "all", "any", "each",
]);

/// Reads the paragraphs and returns every attribution in text order.
pub fn find(text: &str, lc: &str, paras: &[Paragraph]) -> Vec<Attribution> {
    find_with_headline(text, lc, paras, None, None)
}

/// The paragraphs of a question-and-answer interview: `Some(labels)` when at least one
/// paragraph opens with "Q:" (or "Question:") and one with "A:" ("Answer:"), three at least
/// in all; `labels[i]` tells what paragraph `i` opens.
pub fn interview_labels(lc: &str, paras: &[Paragraph]) -> Option<Vec<InterviewLabel>> {
    let mut labels: Vec<InterviewLabel> = paras.iter().map(|p| opening_label(lc, p).unwrap_or(InterviewLabel::Other)).collect();
    // an answer's further paragraphs, up to the next question (not after the last answer,
    // where the article's own closing lines stand)
    let q = labels.iter().filter(|l| **l == InterviewLabel::Question).count();
    let a = labels.iter().filter(|l| **l == InterviewLabel::Answer).count();
    let mut i = 0;
    while i < labels.len() {
        if labels[i] == InterviewLabel::Answer {
            let run = labels[i + 1..].iter().take_while(|l| **l == InterviewLabel::Other).count();
            if labels.get(i + 1 + run) == Some(&InterviewLabel::Question) {
                labels[i + 1..i + 1 + run].fill(InterviewLabel::AnswerGoesOn);
            }
            i += run;
        }
        i += 1;
    }
    (q >= 1 && a >= 1 && q + a >= 3).then_some(labels)
}

/// The label paragraph `p` opens with: "Q:" or "Question:", "A:" or "Answer:".
fn opening_label(lc: &str, p: &Paragraph) -> Option<InterviewLabel> {
    if !p.tokens.get(1).is_some_and(|t| t.is_punct(':')) {
        return None;
    }
    match p.tokens.first().and_then(|t| lc.get(t.start..t.end))? {
        "q" | "question" => Some(InterviewLabel::Question),
        "a" | "answer" => Some(InterviewLabel::Answer),
        _ => None,
    }
}

/// What an interview's paragraph opens with ([`interview_labels`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InterviewLabel {
    /// "Q: ..."
    Question,
    /// "A: ..."
    Answer,
    /// An answer's further paragraph, before the next question.
    AnswerGoesOn,
    Other,
}

/// An interview's labels and the mention of the person who answers ([`find_with_headline`]).
pub struct Interview {
    pub labels: Vec<InterviewLabel>,
    pub answerer: MentionSpan,
}

/// Like [`find`]; with `headline` the first paragraph is a title-case headline,
/// where cue verbs are capitalised ("X Calls Y ‘A Disgrace’"), and `headline`
/// holds its words that the body capitalises mid-sentence
/// ([`crate::recognize::names::body_capitalised`]): the names among them.
/// With `interview`, an answer paragraph ("A: ...") is the answerer's words and a question
/// paragraph the interviewer's, read no further.
pub fn find_with_headline(text: &str, lc: &str, paras: &[Paragraph], headline: Option<&[&str]>, interview: Option<&Interview>) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let mut pending_colon: Option<SpeakerRef> = None;
    // (one buffer of lower-cased words for every paragraph: refilled, not reallocated)
    let mut words: Vec<&str> = Vec::new();
    // who a label line names ("GOVERNOR TOBIAS KELLERMANN:" on a line of its own): the
    // speaker of the quotations without a cue in the paragraphs after it, until a paragraph
    // with a cue of its own or with no quotation
    let mut label: Option<MentionSpan> = None;
    // a transcript's turns, paragraph by paragraph ("KYRA PHILLIPS, CNN ANCHOR: ...")
    let turns = transcript::turns(text, paras, usize::from(headline.is_some()));
    for (pi, p) in paras.iter().enumerate() {
        let before = out.len();
        let here = turns.as_ref().and_then(|t| t.get(pi)).filter(|t| !t.is_empty());
        if let Some(here) = here {
            label = None;
            pending_colon = None;
            for t in here {
                push(
                    &mut out,
                    Attribution {
                        content: t.content,
                        kind: QuoteType::Direct,
                        cue: t.colon,
                        speaker: SpeakerRef::Mention(t.speaker.clone()),
                        addressee: None,
                        confidence: if t.goes_on { 0.75 } else { 0.85 },
                        paragraph: pi,
                        rule: if t.goes_on { "transcript-goes-on" } else { "transcript-turn" },
                    },
                );
            }
            // (a label on a line of its own: nothing more to read)
            if here.iter().all(|t| t.content.0 >= t.content.1) {
                continue;
            }
        }
        if here.is_none() && p.quotes.is_empty() && p.end - p.start <= 160 && !(headline.is_some() && pi == 0) {
            if let Some(((a, b), rest)) = text.get(p.start..p.end).and_then(label_line) {
                label = Some(MentionSpan { span: (p.start + a, p.start + b), appositive: rest.map(|(c, d)| (p.start + c, p.start + d)), antecedent: None });
                pending_colon = None;
                continue;
            }
        }
        if let Some(iv) = interview {
            match iv.labels.get(pi) {
                Some(InterviewLabel::Question) => {
                    pending_colon = None;
                    continue;
                }
                Some(label @ (InterviewLabel::Answer | InterviewLabel::AnswerGoesOn)) => {
                    pending_colon = None;
                    // (after "A:", or the whole of an answer's further paragraph)
                    let labelled = *label == InterviewLabel::Answer;
                    let (Some(first), Some(last)) = (p.tokens.get(if labelled { 1 } else { 0 }), p.tokens.last()) else { continue };
                    let from = if labelled { first.end } else { first.start };
                    let content = trim(text, from, last.end);
                    if content.0 < content.1 {
                        out.push(Attribution {
                            content,
                            kind: QuoteType::Direct,
                            cue: labelled.then_some((first.start, first.end)),
                            speaker: SpeakerRef::Mention(iv.answerer.clone()),
                            addressee: None,
                            confidence: 0.85,
                            paragraph: pi,
                            rule: "interview-answer",
                        });
                    }
                    continue;
                }
                _ => {}
            }
        }
        words.clear();
        words.extend(lower_words(lc, p));
        let cx = Ctx {
            text,
            lc,
            p,
            words: &words,
            cues: cue_memo(p),
            pi,
            extra: Default::default(),
            lenient: Default::default(),
            headline: headline.is_some() && pi == 0,
            headline_names: headline.unwrap_or_default(),
            antecedent: Default::default(),
        };
        if here.is_none() {
            if let Some(at) = cx.speaker_colon() {
                push(&mut out, at);
            }
        }
        for (si, s) in p.sentences.iter().enumerate() {
            // "Rents rose 9 percent. That's according to a report.": the sentence before,
            // this paragraph's or the last of the one before, when nothing else reports it
            if opens_with_anaphor(&words, s.start) {
                let free = |c: &(Range, QuoteType)| !out.iter().rev().take_while(|o| o.paragraph + 1 >= pi).any(|o| overlaps(o.content, c.0));
                let antecedent = match si.checked_sub(1).and_then(|j| p.sentences.get(j)) {
                    Some(prev) => cx.content(prev.start, prev.end),
                    None => pi.checked_sub(1).filter(|&j| interview.is_none() && (j > 0 || headline.is_none())).and_then(|j| last_sentence_content(text, lc, &paras[j], j)),
                };
                cx.antecedent.set(antecedent.filter(free));
            }
            cx.sentence(s.start, s.end, &mut out);
        }
        // "X said:" closing the previous paragraph introduces this one's quote
        if let Some(sp) = pending_colon.take() {
            // "The governor added:" then a paragraph of his words without quotation marks
            if p.quotes.first().is_none_or(|q| q.open != 0) && out[before..].is_empty() {
                if let Some((content, kind)) = cx.content(0, p.tokens.len()) {
                    out.push(Attribution {
                        content,
                        kind: if kind == QuoteType::Indirect { QuoteType::Direct } else { kind },
                        cue: None,
                        speaker: sp.clone(),
                        addressee: None,
                        confidence: 0.7,
                        paragraph: pi,
                        rule: "colon-intro-block",
                    });
                }
            }
            if let Some(q) = p.quotes.first() {
                if q.open == 0 && !out[before..].iter().any(|a| overlaps(a.content, cx.quote_inner(q))) {
                    let content = cx.quote_inner(q);
                    out.push(Attribution {
                        content,
                        kind: QuoteType::Direct,
                        cue: None,
                        speaker: sp,
                        addressee: None,
                        confidence: 0.8,
                        paragraph: pi,
                        rule: "colon-intro",
                    });
                }
            }
        }
        cx.orphans(before, &mut out);
        if let Some(m) = &label {
            let mut cued = false;
            for a in &mut out[before..] {
                if a.cue.is_none() && matches!(a.rule, UNATTRIBUTED | CONTINUATION) {
                    a.speaker = SpeakerRef::Mention(m.clone());
                    a.confidence = 0.8;
                    a.rule = "label-line";
                }
                cued |= a.cue.is_some();
            }
            if cued || out.len() == before {
                label = None;
            }
        }
        if let Some(last) = p.tokens.last() {
            if last.is_punct(':') {
                if let Some(a) = out[before..].iter().rev().find(|a| a.content.1 <= last.start + 1) {
                    pending_colon = Some(a.speaker.clone());
                } else if let Some((sp, _)) = cx.colon_speaker() {
                    pending_colon = Some(sp);
                }
            }
        }
        sort_paragraph(&mut out, before);
    }
    out
}

/// The speaker phrase the rules propose for a cue at token `k` of paragraph `p`
/// (index `pi`), in the sentence that starts at token `a`: the subject before the
/// cue ("Smith, a lawyer, argued"), else a phrase right after it ("argued Smith").
/// Used by [`crate::learn`] to give a speaker to a cue the rules did not read. `words` are
/// the paragraph's lower-cased words ([`lower_words`]), read once for all its cues.
#[allow(clippy::too_many_arguments)]
pub fn speaker_at(text: &str, lc: &str, p: &Paragraph, words: &[&str], pi: usize, k: usize, a: usize, b: usize) -> Option<MentionSpan> {
    let cx = Ctx::plain(text, lc, p, words, pi);
    // "Scott Reyes, 42, a gym owner, was evacuated on Friday, believing that ...": a
    // participle after a comma reports what its clause's subject says, as the rules read it
    if k > a && cx.punct(k - 1, ',') && words.get(k).is_some_and(|w| w.len() > 4 && w.ends_with("ing")) {
        if let Some(SpeakerRef::Mention(m)) = cx.participle_speaker(k, a, &[]) {
            return (!counts_people(lc, &m)).then_some(m);
        }
    }
    if let Some(s) = cx.np_before(k, a) {
        return (!counts_people(lc, &s.mention)).then_some(s.mention);
    }
    let (ns, ne) = cx.np_after(k + 1, b).filter(|&(ns, ne)| cx.valid_np_as(ns, ne, false))?;
    Some(cx.mention(ns, ne))
}

/// True for "who" after a count of people: "the number who said they had used cannabis
/// rose by 23 percent" reports a survey's count, no source. `lc` is the lower-cased text.
pub fn counts_people(lc: &str, m: &MentionSpan) -> bool {
    // (the antecedent, else the word before "who" when no phrase was read there)
    let before = || (lc.get(m.span.0..m.span.1) == Some("who")).then(|| lc.get(..m.span.0)).flatten();
    let head = m.antecedent.and_then(|(s, e)| lc.get(s..e)).or_else(before).and_then(|t| t.words().last());
    head.is_some_and(|h| matches!(h, "number" | "share" | "percentage" | "proportion" | "fraction"))
}

/// True when a verb of wishing (`cue`: "asked", "wants", "requested" ...) takes a wish for
/// anonymity: "asked that her last name not be used", "asked that CBC not use her name",
/// "has asked that his name not be released". `word(i)` is the lower-cased word at token
/// `i`; the content opens at token `cs` and ends before `b`. ("said the victim's name would
/// be released" still reports: only a wish is read.)
pub(crate) fn anonymity_wish<'w>(cue: &str, word: impl Fn(usize) -> &'w str, cs: usize, b: usize) -> bool {
    if !["ask", "want", "request", "wish", "prefer"].iter().any(|v| cue.starts_with(v)) {
        return false;
    }
    let window = cs..b.min(cs + 8);
    window.clone().any(|i| matches!(word(i), "name" | "surname" | "names" | "identity"))
        && window.into_iter().any(|i| matches!(word(i), "used" | "use" | "published" | "publish" | "withheld" | "revealed" | "released" | "disclosed" | "printed" | "given" | "included"))
}

/// True when "tell" at token `k` follows "you could" or "you can" ("You could tell that the
/// room was tense"): what anyone could see, nobody's words. `word(i)` is the lower-cased
/// word at token `i`; the sentence opens at token `a`. The rules and the learned layer both
/// read it so.
pub(crate) fn you_can_tell<'w>(word: impl Fn(usize) -> &'w str, k: usize, a: usize) -> bool {
    word(k) == "tell" && k >= a + 2 && matches!(word(k - 1), "could" | "can" | "couldn't" | "can't" | "couldn’t" | "can’t") && word(k - 2) == "you"
}

/// A token's class in the cue lexicon once looked up (inner `None`: no cue word).
pub(crate) type CueMemo = std::cell::Cell<Option<Option<&'static CueClass>>>;

/// The memo of paragraph `p`'s cue classes, one slot per token ([`cue_class`]).
fn cue_memo(p: &Paragraph) -> &[CueMemo] {
    p.cue_classes.get_or_init(|| vec![CueMemo::default(); p.tokens.len()].into_boxed_slice())
}

/// The class in the cue lexicon of the lower-cased word `w` of token `i` of `p` (`memo`
/// its paragraph's [`cue_memo`]): looked up once, then read again by the rules and the
/// learned layer.
#[inline]
fn memo_class(memo: &[CueMemo], i: usize, w: &str) -> Option<&'static CueClass> {
    let Some(slot) = memo.get(i) else { return lexicon().cues.get(w) };
    if let Some(c) = slot.get() {
        return c;
    }
    let c = lexicon().cues.get(w);
    slot.set(Some(c));
    c
}

/// The class in the cue lexicon of token `i` of `p` (`lc` the lower-cased text):
/// `lexicon().cues.get` of its lower-cased word, looked up once per token.
#[inline]
pub(crate) fn cue_class(lc: &str, p: &Paragraph, i: usize) -> Option<&'static CueClass> {
    let memo = cue_memo(p);
    // (a token looked up before is read back without slicing its word again)
    if let Some(c) = memo.get(i).and_then(std::cell::Cell::get) {
        return c;
    }
    let w = p.tokens.get(i).and_then(|t| lc.get(t.start..t.end)).unwrap_or("");
    memo_class(memo, i, w)
}

/// True when the sentence at token `a` opens "That's according to" ("This is according
/// to", "That was according to"): a pronoun for the sentence before, the source after.
fn opens_with_anaphor(words: &[&str], a: usize) -> bool {
    let w = |i: usize| words.get(a + i).copied().unwrap_or("");
    let at = match w(0) {
        "that's" | "that’s" => 1,
        "that" | "this" if matches!(w(1), "is" | "was") => 2,
        _ => return false,
    };
    w(at) == "according" && w(at + 1) == "to"
}

/// The content of the last sentence of paragraph `p` (index `pi`), read as the rules read
/// content ([`Ctx::content`]).
fn last_sentence_content(text: &str, lc: &str, p: &Paragraph, pi: usize) -> Option<(Range, QuoteType)> {
    let s = p.sentences.last()?;
    let words: Vec<&str> = lower_words(lc, p).collect();
    let cx = Ctx::plain(text, lc, p, &words, pi);
    cx.content(s.start, s.end)
}

/// The lower-cased text of each token of `p` (`lc` is the article's text in ASCII lower case).
pub fn lower_words<'a, 'p>(lc: &'a str, p: &'p Paragraph) -> impl Iterator<Item = &'a str> + use<'a, 'p> {
    p.tokens.iter().map(|t| lc.get(t.start..t.end).unwrap_or(""))
}

/// Puts the attributions from index `before` on in text order, keeping
/// `Inherit` references pointing at the same attributions.
fn sort_paragraph(out: &mut Vec<Attribution>, before: usize) {
    // (already in text order, as most paragraphs' are: the sort below would keep every
    // attribution, and so every `Inherit` index, where it is)
    if out.get(before..).unwrap_or_default().windows(2).all(|w| w[0].content.0 <= w[1].content.0) {
        return;
    }
    let mut order: Vec<usize> = (before..out.len()).collect();
    order.sort_by_key(|&i| (out[i].content.0, i));
    let mut new_pos = vec![0usize; order.len()];
    for (rank, &old) in order.iter().enumerate() {
        new_pos[old - before] = before + rank;
    }
    let mut tail: Vec<Option<Attribution>> = out.drain(before..).map(Some).collect();
    for &old in &order {
        if let Some(mut a) = tail[old - before].take() {
            if let SpeakerRef::Inherit(j) = a.speaker {
                if j >= before {
                    a.speaker = SpeakerRef::Inherit(new_pos[j - before]);
                }
            }
            out.push(a);
        }
    }
}

fn overlaps(a: Range, b: Range) -> bool {
    a.0 < b.1 && b.0 < a.1
}

struct Ctx<'a> {
    text: &'a str,
    lc: &'a str,
    p: &'a Paragraph,
    /// Each token's lower-cased text ([`Ctx::lw`] reads it many times a token).
    words: &'a [&'a str],
    /// Each token's class in the cue lexicon, once looked up ([`cue_class`]).
    cues: &'a [CueMemo],
    pi: usize,
    /// Attributions a rule produced besides the one it returns.
    extra: std::cell::RefCell<Vec<Attribution>>,
    /// Accept "the clip", "another 19 percent" as speakers (verbs of saying only).
    lenient: std::cell::Cell<bool>,
    /// This paragraph is a title-case headline.
    headline: bool,
    /// Words of the headline the body capitalises mid-sentence (names).
    headline_names: &'a [&'a str],
    /// The sentence before, read as content, for a sentence that opens "That's according
    /// to X" ([`opens_with_anaphor`]): what X reports.
    antecedent: std::cell::Cell<Option<(Range, QuoteType)>>,
}

impl<'a> Ctx<'a> {
    /// The rules' view of paragraph `p` (index `pi`, `words` its lower-cased words) outside
    /// the paragraph walk: no headline, nothing carried from the sentence before.
    fn plain(text: &'a str, lc: &'a str, p: &'a Paragraph, words: &'a [&'a str], pi: usize) -> Self {
        Ctx { text, lc, p, words, cues: cue_memo(p), pi, extra: Default::default(), lenient: Default::default(), headline: false, headline_names: &[], antecedent: Default::default() }
    }

    /// A direct quotation `content` with no cue word, spoken by mention `m`.
    fn cueless_direct(&self, content: Range, m: MentionSpan, confidence: f32, rule: &'static str) -> Attribution {
        Attribution { content, kind: QuoteType::Direct, cue: None, speaker: SpeakerRef::Mention(m), addressee: None, confidence, paragraph: self.pi, rule }
    }

    /// The mention of tokens `[s, e)`, without appositive or antecedent.
    fn mention(&self, s: usize, e: usize) -> MentionSpan {
        MentionSpan { span: self.bytes(s, e), appositive: None, antecedent: None }
    }

    /// True when tokens `[s, e)` (a final stop aside) are a person's name and title alone:
    /// capitalised words, "of", "the" or "and" between them, the first capitalised, a title
    /// among them or a listed given name first ("Police Commissioner Ali Rasheed",
    /// "Commissioner of Police Mo Hameed", "Maria Lopez"; not "Parliament", "the Senate");
    /// or up to four words ending in a title or a noun for one person ("the police chief").
    fn person_alone(&self, s: usize, e: usize) -> bool {
        let mut e = e;
        while e > s && self.tok(e - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '.' | '!')) {
            e -= 1;
        }
        let lex = lexicon();
        let capital = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        // (no verb: a title-case headline capitalises "Was" in "Rick Ross Jab Was A Joke")
        let shaped = (s..e).all(|i| (capital(i) && !is_auxiliary(self.lw(i)) && self.cue_class(i).is_none()) || (i > s && i + 1 < e && matches!(self.lw(i), "of" | "the" | "and")));
        let capitals = (s..e).filter(|&i| capital(i)).count();
        let titled = (s..e).any(|i| lex.is_title(self.lw(i)));
        let given = crate::lexicon::names::first_name_gender(self.lw(s)).is_some_and(|g| g.count >= 1_000) && !crate::lexicon::names::is_common_word(self.tok(s).map_or("", |t| t.text(self.text)));
        if e > s && capital(s) && shaped && capitals >= 2 && (titled || given) && !self.p.quoted(s) && !lex.org_words.contains(self.tok(e - 1).map_or("", |t| t.text(self.text))) {
            return true;
        }
        // ("Ex-leader warns police chief", "warned the prime minister": a short phrase whose
        // head is a title or a noun for one person, no verb in it)
        let head = self.lw(e.saturating_sub(1));
        let plain = |i: usize| self.is_word(i) && !self.finite_verb(i) && !is_auxiliary(self.lw(i)) && self.cue_class(i).is_none() && !self.p.quoted(i) && !CLAUSE_WORDS.contains(self.lw(i));
        let det = |i: usize| DETERMINERS.contains(self.lw(i)) || self.is_possessive(i);
        e > s && e - s <= 4 && (lex.is_title(head) || crate::lexicon::names::is_person_noun(head)) && (s..e).all(|i| plain(i) || (i == s && det(i)))
    }

    /// True when the phrase at byte range `span` names someone: a personal pronoun, or a
    /// capitalised name with no document noun in it ("Mercer", "She"; not "The poll").
    fn names_someone(&self, span: Range) -> bool {
        let Some(s) = self.text.get(span.0..span.1) else { return false };
        let words: Vec<String> = s.words().map(str::to_lowercase).collect();
        if let [w] = words.as_slice() {
            if matches!(w.as_str(), "he" | "she" | "they" | "i" | "we") {
                return true;
            }
        }
        let not_someone = |w: &str| matches!(lexicon().nouns.get(w), Some(lexicon::NounKind::Document | lexicon::NounKind::Group));
        !words.is_empty() && s.words().all(|w| w.starts_with(char::is_uppercase)) && !words.iter().any(|w| not_someone(w))
    }

    /// Back from token `j` over adverbs ("Smith quickly said"), not past `a`.
    fn skip_adverbs_back(&self, mut j: usize, a: usize) -> usize {
        let lex = lexicon();
        // (a capitalised -ly word is a name: "Connolly said", "Schlafly argued"; so is a
        // capitalised modal before a verb in lower case: "“...,” Will said")
        let capital = |i: usize| self.tok(i).is_some_and(|t| t.is_capitalized());
        let modal_name = |i: usize| capital(i) && AUXILIARIES.contains(self.lw(i)) && self.tok(i + 1).is_some_and(|t| t.first.is_lowercase());
        while j > a && self.is_word(j - 1) && ((lex.adverbs.contains(self.lw(j - 1)) && !modal_name(j - 1)) || (is_ly_adverb(self.lw(j - 1)) && !capital(j - 1))) {
            j -= 1;
        }
        j
    }

    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.p.tokens.get(i)
    }
    fn lw(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// The cue lexicon's class of the lower-cased word at `i` (`self.cue_class(i)`).
    fn cue_class(&self, i: usize) -> Option<&'static CueClass> {
        memo_class(self.cues, i, self.lw(i))
    }
    /// True when the lowercase word at `i` opens a title of several words that ends
    /// before token `end` ("minority leader", "press secretary").
    fn opens_title(&self, i: usize, end: usize) -> bool {
        let lex = lexicon();
        if !lex.title_first.contains(self.lw(i)) {
            return false;
        }
        let Some(first) = self.tok(i) else { return false };
        (2..=lex.max_title_words.min(end.saturating_sub(i))).any(|len| {
            self.tok(i + len - 1).and_then(|last| self.lc.get(first.start..last.end)).is_some_and(|t| lex.titles.contains(t))
        })
    }
    fn is_word(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokKind::Word)
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }
    fn is_close_quote(&self, i: usize) -> bool {
        self.p.marks.get(i).is_some_and(|m| m & 2 != 0)
    }
    /// The opening mark of the quotation whose closing mark is token `close`.
    fn opening_of(&self, close: usize) -> Option<usize> {
        self.p.quotes.iter().find(|q| q.close == Some(close)).map(|q| q.open)
    }
    fn is_open_quote(&self, i: usize) -> bool {
        self.p.marks.get(i).is_some_and(|m| m & 1 != 0)
    }
    /// True when token `i` ends the content of "A, X said" / "“A,” X said": a comma, a
    /// closing quotation mark or a dash.
    fn is_break(&self, i: usize) -> bool {
        self.punct(i, ',') || self.is_close_quote(i) || self.punct(i, '—')
    }
    /// True when token `i` is a dash between clauses: an em dash, or an en dash set with spaces
    /// ("changed his vote – saying"; not "2015–16").
    fn is_dash(&self, i: usize) -> bool {
        self.punct(i, '—') || (self.punct(i, '–') && self.tok(i).is_some_and(|t| t.space_before))
    }
    /// A dash, or a hyphen typed for one with a space before it ("the two-step” - raising").
    fn is_dash_or_spaced_hyphen(&self, i: usize) -> bool {
        self.is_dash(i) || (self.punct(i, '-') && self.tok(i).is_some_and(|t| t.space_before))
    }
    /// True when token `i` is a lowercase word that is a finite verb: an auxiliary or a past
    /// tense ("was", "has", "voted", "went").
    fn finite_verb(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && (is_auxiliary(self.lw(i)) || lexicon().is_past_tense(self.lw(i)))
    }
    /// True when token `i` is a lowercase verb with the particle that makes it a reply or an
    /// attack: "hit back on Tuesday", "shot back,", "lashed out at" ("hit" and "shot" are
    /// nouns too; the particle and what follows it show the verb). Not "running back", a
    /// player.
    fn phrasal_verb_at(&self, i: usize) -> bool {
        let w = self.lw(i);
        if !self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) || w.ends_with("ing") || self.p.quoted(i) {
            return false;
        }
        let after = self.lw(i + 2);
        let ends = self.tok(i + 2).is_none_or(|t| t.kind == TokKind::Punct) || is_time_word(after) || is_weekday(after);
        match self.lw(i + 1) {
            "back" => ends || matches!(after, "at" | "against" | "on" | "in" | "with" | "hard" | "quickly"),
            "out" => matches!(after, "at" | "against"),
            _ => false,
        }
    }
    fn bytes(&self, a: usize, b: usize) -> Range {
        // token range [a, b) -> byte range
        match (self.tok(a), b.checked_sub(1).and_then(|x| self.tok(x))) {
            (Some(s), Some(e)) if a < b => (s.start, e.end),
            _ => (0, 0),
        }
    }
    fn quote_inner(&self, q: &crate::segment::QuoteSpan) -> Range {
        let start = self.tok(q.open).map(|t| t.end).unwrap_or(self.p.start);
        let end = match q.close {
            Some(c) => self.tok(c).map(|t| t.start).unwrap_or(self.p.end),
            None => self.p.end,
        };
        trim(self.text, start, end.max(start))
    }
}

/// A subject phrase and where it starts.
struct Subject {
    first_tok: usize,
    mention: MentionSpan,
}

/// True when every token in `[i, e)` is a lowercase word.
fn s_lower_run(c: &Ctx, i: usize, e: usize) -> bool {
    (i..e).all(|k| c.tok(k).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()))
}

/// True when content would start with a preposition or adverb: the verb is used without an object.
fn intransitive_start(w: &str) -> bool {
    is_ly_adverb(w) || matches!(w, "about" | "on")
}

/// A number written as a word ("forty-two", "ten").
fn is_number_word(w: &str) -> bool {
    // (every number word opens with one of these letters: most words are turned away here)
    if !matches!(w.as_bytes().first(), Some(b'o' | b't' | b'f' | b's' | b'e' | b'n')) {
        return false;
    }
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    matches!(w, "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve")
        || tens.iter().any(|t| w == *t || w.strip_prefix(t).is_some_and(|r| r.starts_with('-')))
}

/// A fraction that heads a noun phrase of people or things ("half", "two-thirds").
pub(crate) fn is_fraction(w: &str) -> bool {
    matches!(w, "half" | "one-third" | "two-thirds" | "one-quarter" | "three-quarters" | "one-fifth" | "two-fifths" | "three-fifths" | "four-fifths")
}

/// Auxiliary and modal verbs ("is", "has", "will", "could"...): a verb follows or is this.
fn is_auxiliary(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "may") || AUXILIARIES.contains(w)
}

/// Words of a time phrase that may stand between a subject and its verb ("on Tuesday", "last week").
fn is_time_word(w: &str) -> bool {
    MONTH_WORDS.contains(w)
        || matches!(w, "on" | "earlier" | "later" | "last" | "this" | "next" | "week" | "month" | "year" | "morning" | "night" | "afternoon" | "evening" | "today" | "yesterday" | "tonight")
}

fn is_weekday(w: &str) -> bool {
    matches!(w, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
}

/// "cynically", "repeatedly": a lowercase -ly adverb (not "family", "ally").
/// A word shaped like an adjective ("a teary-eyed Bush", "a defensive Obama"): hyphenated
/// or with an adjective's ending. A shape test, so some nouns pass as adjectives.
fn looks_adjectival(w: &str) -> bool {
    const ENDINGS: &[&str] = &["ed", "ive", "ous", "ful", "ing", "ic", "al", "ent", "ant", "less", "ible", "able", "y", "ish", "ese", "ian"];
    w.contains('-') || ENDINGS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

fn is_ly_adverb(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ly") && !matches!(w, "family" | "supply" | "assembly" | "italy" | "rally" | "reply" | "apply" | "anomaly" | "monopoly")
}

fn push(out: &mut Vec<Attribution>, at: Attribution) {
    if at.content.1 <= at.content.0 {
        return;
    }
    // attributions arrive paragraph by paragraph: duplicates can only be in this one
    let same = out.iter().rev().take_while(|o| o.paragraph == at.paragraph).position(|o| o.content == at.content);
    match same.map(|i| out.len() - 1 - i) {
        None => out.push(at),
        // ("Canneries are expected to cut shifts, said Dora Flint": the words a sourceless
        // impression read first are the named speaker's, in the same place)
        Some(i) if matches!(out[i].speaker, SpeakerRef::Unknown) && matches!(at.speaker, SpeakerRef::Mention(_)) => out[i] = at,
        Some(_) => {}
    }
}

/// Shrinks a byte range past whitespace at both ends.
pub fn trim(text: &str, start: usize, end: usize) -> Range {
    let Some(s) = text.get(start..end) else { return (start, start) };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, (end - trail).max(start + lead))
}
