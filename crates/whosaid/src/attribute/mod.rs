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

pub mod class;
pub mod lexicon;

use crate::fasthash::WordSet;
use crate::model::QuoteType;
use crate::segment::{Paragraph, TokKind, Token};
use lexicon::{lexicon, CueClass};

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

/// Words that start an adjunct after a cue ("said on Tuesday", "said in a statement").
static ADJUNCT_WORDS: WordSet = WordSet::new(&[
    "in", "on", "at", "during", "after", "before", "while", "when", "to", "of", "about", "via",
    "through", "from", "with", "last", "this", "yesterday", "today", "tonight", "earlier",
    "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "recently", "afterward", "afterwards", "again", "then", "too", "as", "for", "by",
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
    "senate", "gop", "team", "policy", "press", "news", "vice", "assistant", "associate",
]);

/// Labels that open a paragraph with a colon but name no speaker.
static NOT_SPEAKER_LABELS: WordSet = WordSet::new(&[
    "note", "update", "updated", "editor", "editors", "related", "photo", "photos", "source",
    "sources", "correction", "watch", "read", "more", "see", "video", "listen", "also", "breaking",
    "exclusive", "analysis", "opinion", "q", "a", "question", "answer", "poll", "full", "abstract",
    "the", "why", "what", "how", "who", "when", "where", "here", "this", "that", "live", "latest",
]);

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
    find_with_headline(text, lc, paras, None)
}

/// Like [`find`]; with `headline` the first paragraph is a title-case headline,
/// where cue verbs are capitalised ("X Calls Y ‘A Disgrace’"), and `headline`
/// holds its words that the body capitalises mid-sentence
/// ([`crate::recognize::names::body_capitalised`]): the names among them.
pub fn find_with_headline(text: &str, lc: &str, paras: &[Paragraph], headline: Option<&[&str]>) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    let mut pending_colon: Option<SpeakerRef> = None;
    for (pi, p) in paras.iter().enumerate() {
        let before = out.len();
        let cx = Ctx {
            text,
            lc,
            p,
            pi,
            extra: Default::default(),
            lenient: Default::default(),
            headline: headline.is_some() && pi == 0,
            headline_names: headline.unwrap_or_default(),
        };
        if let Some(at) = cx.speaker_colon() {
            push(&mut out, at);
        }
        for s in &p.sentences {
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
/// Used by [`crate::learn`] to give a speaker to a cue the rules did not read.
pub fn speaker_at(text: &str, lc: &str, p: &Paragraph, pi: usize, k: usize, a: usize, b: usize) -> Option<MentionSpan> {
    let cx = Ctx { text, lc, p, pi, extra: Default::default(), lenient: Default::default(), headline: false, headline_names: &[] };
    if let Some(s) = cx.np_before(k, a) {
        return Some(s.mention);
    }
    let (ns, ne) = cx.np_after(k + 1, b).filter(|&(ns, ne)| cx.valid_np_as(ns, ne, false))?;
    Some(cx.mention(ns, ne))
}

/// Puts the attributions from index `before` on in text order, keeping
/// `Inherit` references pointing at the same attributions.
fn sort_paragraph(out: &mut Vec<Attribution>, before: usize) {
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
    pi: usize,
    /// Attributions a rule produced besides the one it returns.
    extra: std::cell::RefCell<Vec<Attribution>>,
    /// Accept "the clip", "another 19 percent" as speakers (verbs of saying only).
    lenient: std::cell::Cell<bool>,
    /// This paragraph is a title-case headline.
    headline: bool,
    /// Words of the headline the body capitalises mid-sentence (names).
    headline_names: &'a [&'a str],
}

impl<'a> Ctx<'a> {
    /// A direct quotation `content` with no cue word, spoken by mention `m`.
    fn cueless_direct(&self, content: Range, m: MentionSpan, confidence: f32, rule: &'static str) -> Attribution {
        Attribution { content, kind: QuoteType::Direct, cue: None, speaker: SpeakerRef::Mention(m), addressee: None, confidence, paragraph: self.pi, rule }
    }

    /// The mention of tokens `[s, e)`, without appositive or antecedent.
    fn mention(&self, s: usize, e: usize) -> MentionSpan {
        MentionSpan { span: self.bytes(s, e), appositive: None, antecedent: None }
    }

    /// Back from token `j` over adverbs ("Smith quickly said"), not past `a`.
    fn skip_adverbs_back(&self, mut j: usize, a: usize) -> usize {
        let lex = lexicon();
        while j > a && self.is_word(j - 1) && (lex.adverbs.contains(self.lw(j - 1)) || is_ly_adverb(self.lw(j - 1))) {
            j -= 1;
        }
        j
    }

    fn tok(&self, i: usize) -> Option<&'a Token> {
        self.p.tokens.get(i)
    }
    fn lw(&self, i: usize) -> &'a str {
        self.tok(i).map(|t| self.lc.get(t.start..t.end).unwrap_or("")).unwrap_or("")
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
    fn is_open_quote(&self, i: usize) -> bool {
        self.p.marks.get(i).is_some_and(|m| m & 1 != 0)
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

    /// Finds attributions in the sentence of tokens `[a, b)`.
    fn sentence(&self, a: usize, b: usize, out: &mut Vec<Attribution>) {
        let lex = lexicon();
        let mut k = a;
        while k < b {
            if !self.is_word(k) || self.p.quoted(k) {
                k += 1;
                continue;
            }
            let w = self.lw(k);
            if w == "according" && self.lw(k + 1) == "to" {
                if let Some(at) = self.according(k, a, b) {
                    push(out, at);
                }
                k += 2;
                continue;
            }
            let lowercase = self.tok(k).is_some_and(|t| t.first.is_lowercase());
            // in a title-case headline a capitalised verb is a cue when a quotation follows it
            let headline_cue = self.headline && !lowercase && k > a && (k + 1..b).any(|i| self.is_open_quote(i));
            // the cue table is consulted only for words that may be cues
            if let Some(&class) = (lowercase || headline_cue).then(|| lex.cues.get(w)).flatten() {
                if headline_cue && lex.noun_verbs.contains(w) && !self.is_word(k + 1) {
                    k += 1;
                    continue;
                }
                self.lenient.set(matches!(class, CueClass::Speech | CueClass::Tell | CueClass::Seem));
                // "the vote seemed close", "the bill is expected to pass": an impression without a source
                if class == CueClass::Seem || (w == "expected" && self.after_be(k, a)) {
                    if self.inside_content(k, out) {
                        k += 1;
                        continue;
                    }
                    self.lenient.set(true);
                    if let Some(at) = self.seem(k, a, b) {
                        push(out, at);
                    }
                    k += 1;
                    continue;
                }
                // "when asked about the delay, ...", "she was asked whether ...": the question is content, nobody's words
                if w == "asked" && k > a && matches!(self.lw(k - 1), "when" | "if" | "after" | "was" | "were" | "being" | "been")
                    && matches!(self.lw(k + 1), "about" | "whether" | "if" | "why" | "what" | "how" | "when" | "where" | "who")
                {
                    let end = (k + 2..b).find(|&i| self.punct(i, ',') && !self.p.quoted(i)).unwrap_or(b);
                    if let Some((content, kind)) = self.content(k + 1, end) {
                        push(out, Attribution {
                            content,
                            kind,
                            cue: Some(self.bytes(k, k + 1)),
                            speaker: SpeakerRef::Unknown,
                            addressee: None,
                            confidence: 0.5,
                            paragraph: self.pi,
                            rule: "asked-question",
                        });
                    }
                    k += 1;
                    continue;
                }
                // "X said he wanted to go": an attitude inside reported content belongs to that report
                if matches!(class, CueClass::Intent | CueClass::Belief) && self.inside_content(k, out) {
                    k += 1;
                    continue;
                }
                let at = if w.ends_with("ing") {
                    self.participle(k, class, a, b, out)
                } else {
                    self.cue(k, class, a, b).or_else(|| self.coordinated(k, class, a, b, out))
                };
                for x in self.extra.borrow_mut().drain(..) {
                    push(out, x);
                }
                if let Some(at) = at {
                    push(out, at);
                }
            }
            k += 1;
        }
    }

    /// "According to X, A." / "A, according to X."
    fn according(&self, k: usize, a: usize, b: usize) -> Option<Attribution> {
        // "according to conservative talk radio host X,": the phrase runs to the comma
        let to_comma = (k + 2..b.min(k + 16)).find(|&i| self.punct(i, ',') || self.punct(i, '.') || self.punct(i, ';'));
        let (ns, ne) = match to_comma {
            Some(c) if c > k + 2 && (k + 2..c).all(|i| self.tok(i).is_some_and(|t| t.kind != TokKind::Quote)) && (k + 2..c).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized())) => (k + 2, c),
            _ => self.np_after(k + 2, b)?,
        };
        let mention = self.mention(ns, ne);
        let lead = (a..k).all(|i| matches!(self.lw(i), "but" | "and" | "yet" | "so" | "still") || self.tok(i).is_some_and(|t| t.kind != TokKind::Word));
        let (cs, ce) = if lead {
            let mut s = ne;
            while s < b && self.punct(s, ',') {
                s += 1;
            }
            (s, b)
        } else {
            (a, k)
        };
        let content = self.content(cs, ce)?;
        Some(Attribution {
            content: content.0,
            kind: content.1,
            cue: Some(self.bytes(k, k + 2)),
            speaker: SpeakerRef::Mention(mention),
            addressee: None,
            confidence: 0.75,
            paragraph: self.pi,
            rule: if lead { "according-to-lead" } else { "according-to-tail" },
        })
    }

    /// A cue verb at token `k` of the sentence `[a, b)`.
    fn cue(&self, k: usize, class: CueClass, a: usize, b: usize) -> Option<Attribution> {
        let lex = lexicon();
        // "a newly revealed call", "the widely reported remark": a participle modifying a noun
        if self.lw(k).ends_with("ed") && k > a + 1 && self.lw(k - 1).len() >= 4 && self.lw(k - 1).ends_with("ly") && matches!(self.lw(k - 2), "a" | "an" | "the" | "this" | "that" | "his" | "her" | "its" | "their") {
            return None;
        }
        // "pleaded guilty", "pleads not guilty": a plea in court, nothing reported
        if self.lw(k).starts_with("plead") && matches!(self.lw(k + 1), "guilty" | "not" | "innocent" | "no") {
            return None;
        }
        // the verb group: "has long said", "would later say"
        let mut after = k + 1;
        // "said in a statement" / "said Tuesday": adjuncts are skipped when looking for content
        let cue_range = self.bytes(k, k + 1);
        // inverted subject: ", said X" right after a comma or closing quote
        let prev = k.checked_sub(1);
        let after_break = prev.is_some_and(|i| self.punct(i, ',') || self.is_close_quote(i) || self.punct(i, '—'));
        if after_break && class == CueClass::Speech {
            if let Some((ns, ne)) = self.np_after(k + 1, b).filter(|&(ns, ne)| self.valid_np_as(ns, ne, false)) {
                // after the phrase: adjuncts, an appositive or a relative clause ("said one woman who declined ...")
                let rest_adjunct = self.adjunct_only(ne, b) || self.punct(ne, ',') || self.punct(ne, '(') || matches!(self.lw(ne), "who" | "whose");
                let content_end = self.back_over_punct(k, a);
                if rest_adjunct && content_end > a {
                    if let Some((content, kind)) = self.content(a, content_end) {
                        let (sp, ap) = self.with_appositive(ns, ne, b);
                        return Some(Attribution {
                            content,
                            kind,
                            cue: Some(cue_range),
                            speaker: SpeakerRef::Mention(MentionSpan { span: sp, appositive: ap, antecedent: None }),
                            addressee: None,
                            confidence: if kind == QuoteType::Indirect { 0.7 } else { 0.9 },
                            paragraph: self.pi,
                            rule: "content-comma-cue-subject",
                        });
                    }
                }
            }
        }
        // "was endorsed by", "were told": the subject of a passive is not the speaker
        // (a belief may be a state: "is convinced that", "was worried that")
        let belief_state = class == CueClass::Belief && self.lw(k + 1) == "that";
        if !belief_state && !self.lw(k).ends_with("ing") && self.after_be(k, a) {
            return None;
        }
        // subject before the cue
        let subj = self.np_before(k, a)?;
        // "said in a statement emailed to reporters": a phrase after a preposition is no
        // subject, and a participle after it modifies it
        if self.lw(k).ends_with("ed")
            && subj.first_tok > a
            && matches!(self.lw(subj.first_tok - 1), "in" | "on" | "at" | "with" | "through" | "via")
            && matches!(self.lw(k + 1), "to" | "by" | "on" | "in" | "at" | "from" | "with")
        {
            return None;
        }
        if lex.noun_verbs.contains(self.lw(k)) && !self.headline {
            // "Battleground state Florida ...": a noun unless the structure says verb
            let pron = lex.pronouns.contains_key(self.text.get(subj.mention.span.0..subj.mention.span.1).unwrap_or("").to_ascii_lowercase().as_str());
            let next_that = self.lw(k + 1) == "that";
            let next_quote = self.is_open_quote(k + 1) || ((self.punct(k + 1, ',') || self.punct(k + 1, ':')) && self.is_open_quote(k + 2));
            let next_to = class == CueClass::Intent && self.infinitive_at(k + 1, b);
            if !(pron || next_that || next_quote || next_to) {
                return None;
            }
        }
        // addressee for verbs of telling
        let mut addressee = None;
        if class == CueClass::Tell {
            if let Some((xs, xe)) = self.np_after(after, b) {
                addressee = Some(self.bytes(xs, xe));
                after = xe;
            }
        }
        // content before: "A, X said." / "“A,” X said."
        // modifiers the phrase dropped ("retired Air Force general X") sit between the break and the phrase
        let mut bs = subj.first_tok;
        while bs > a + 1 && subj.first_tok - bs < 3 && self.is_word(bs - 1) && self.tok(bs - 1).is_some_and(|t| t.first.is_lowercase()) && !CLAUSE_WORDS.contains(self.lw(bs - 1)) && !lex.cues.contains_key(self.lw(bs - 1)) {
            bs -= 1;
        }
        if !(bs > a && (self.punct(bs - 1, ',') || self.is_close_quote(bs - 1) || self.punct(bs - 1, '—'))) {
            bs = subj.first_tok;
        }
        let before_subj = bs.checked_sub(1);
        // "X, who joked about Y, ...": before a relative pronoun stands its antecedent, not content
        let relative = matches!(self.lw(subj.first_tok), "who" | "which" | "whom");
        let subj_after_break = !relative && before_subj.is_some_and(|i| i >= a && (self.punct(i, ',') || self.is_close_quote(i) || self.punct(i, '—')));
        let mut rest = after;
        while rest < b && (self.lw(rest) == "that" || self.punct(rest, ':')) {
            rest += 1;
        }
        if subj_after_break && class != CueClass::Object {
            let content_end = self.back_over_punct(bs, a);
            let participle_next = self.punct(after, ',') && (self.lw(after + 1).ends_with("ing") || matches!(self.lw(after + 1), "and" | "but" | "as" | "while" | "when" | "before" | "after" | "because" | "although"));
            let clause_after = rest < b && !self.adjunct_only(after, b) && !participle_next;
            // "A, X said, B.": a parenthetical cue; both sides were said
            let before_words = (a..content_end).filter(|&i| self.is_word(i)).count();
            if clause_after && content_end > a && self.punct(after, ',') && before_words >= 2 && !self.lw(after + 1).ends_with("ing") {
                let mk = |content: Range, kind: QuoteType| Attribution {
                    content,
                    kind,
                    cue: Some(cue_range),
                    speaker: SpeakerRef::Mention(subj.mention.clone()),
                    addressee,
                    confidence: 0.75,
                    paragraph: self.pi,
                    rule: "parenthetical-cue",
                };
                if before_words < 6 {
                    // "Such an approach, she said, would be ...": one span, the subject belongs to it
                    if let Some((c, k)) = self.content(a, b) {
                        return Some(mk(c, k));
                    }
                }
                if let (Some((c1, k1)), Some((c2, k2))) = (self.content(a, content_end), self.content(after + 1, b)) {
                    self.extra.borrow_mut().push(mk(c1, k1));
                    return Some(mk(c2, k2));
                }
            }
            // a closed quotation right before the subject is what was said, whatever follows
            let quote_before = content_end > a && self.is_close_quote(content_end - 1) && self.p.quotes.iter().any(|q| q.close == Some(content_end - 1) && q.open <= a + 1);
            let that_after = self.lw(after) == "that" || self.punct(after, ':');
            if content_end > a && (!clause_after || (quote_before && !that_after)) && !self.frame_before(a, content_end) {
                if let Some((content, kind)) = self.content(a, content_end) {
                    return Some(Attribution {
                        content,
                        kind,
                        cue: Some(cue_range),
                        speaker: SpeakerRef::Mention(subj.mention),
                        addressee,
                        confidence: if kind == QuoteType::Indirect { 0.7 } else { 0.9 },
                        paragraph: self.pi,
                        rule: "content-comma-subject-cue",
                    });
                }
            }
        }
        // content after: "X said (that) A", "X said: “A”"
        let mut cs = after;
        let mut saw_that = false;
        // skip adjuncts before "that": "said on Tuesday that"
        if let Some(t) = (after..b.min(after + 8)).find(|&i| self.lw(i) == "that" && !self.p.quoted(i)) {
            if self.adjunct_only_range(after, t) {
                cs = t + 1;
                saw_that = true;
            } else if addressee.is_none() && self.people_object(after, t) {
                // "warned voters that", "promised them that": whom it was said to, then what
                addressee = Some(self.bytes(after, t));
                cs = t + 1;
                saw_that = true;
            }
        }
        while cs < b && (self.punct(cs, ':') || self.punct(cs, ',')) {
            cs += 1;
        }
        if !saw_that && self.lw(cs) == "that" {
            cs += 1;
            saw_that = true;
        }
        if cs >= b {
            return None;
        }
        // "said in a statement: “...”" / "said Tuesday, “...”": skip the adjunct to the quotation
        if !saw_that && !self.is_open_quote(cs) {
            if let Some(q) = (cs..b.min(cs + 10)).find(|&i| self.is_open_quote(i) && i > cs && (self.punct(i - 1, ',') || self.punct(i - 1, ':'))) {
                if (cs..q).all(|i| !self.p.quoted(i)) {
                    cs = q;
                }
            }
        }
        let opens_quote = self.is_open_quote(cs);
        if !saw_that && !opens_quote && class != CueClass::Object && intransitive_start(self.lw(cs)) {
            return None; // "has written extensively on X", "spoke about Y"
        }
        // "declined to comment", "wants the city to pay": the infinitive is the content
        let infinitive = class == CueClass::Intent && !saw_that && !opens_quote && self.infinitive_at(cs, b);
        // "who declined to be named", "refused to give his name": anonymity, not a statement
        if infinitive && (cs..b.min(cs + 5)).any(|i| matches!(self.lw(i), "name" | "named" | "identified" | "identify" | "identity")) {
            return None;
        }
        // "posted a video", "added 25 points": an action, unless a clause follows
        let action = lex.action_verbs.contains(self.lw(k));
        if (matches!(class, CueClass::Belief | CueClass::Intent) || action) && !saw_that && !opens_quote && !infinitive && !self.clause_at(cs, b) {
            return None;
        }
        if !saw_that && !opens_quote && !infinitive && ADJUNCT_WORDS.contains(self.lw(cs)) && class != CueClass::Object {
            // "said in a statement." with nothing reported after
            if self.adjunct_only(cs, b) {
                return None;
            }
        }
        let ce = self.content_end(cs, b);
        if !saw_that && !opens_quote && ce < b && (cs..ce).filter(|&i| self.is_word(i)).count() < 4 {
            return None; // "a message posted Friday, Cruz said ...": not this cue's content
        }
        let (content, kind) = self.content(cs, ce)?;
        let rule = match class {
            _ if saw_that || opens_quote => "subject-cue-content",
            CueClass::Intent if infinitive => "subject-cue-infinitive",
            CueClass::Belief | CueClass::Intent => "subject-cue-clause",
            _ => "subject-cue-content",
        };
        Some(Attribution {
            content,
            kind,
            cue: Some(cue_range),
            speaker: SpeakerRef::Mention(subj.mention),
            addressee,
            confidence: match kind {
                QuoteType::Direct => 0.9,
                QuoteType::Mixed => 0.8,
                QuoteType::Indirect => if saw_that { 0.75 } else { 0.6 },
            },
            paragraph: self.pi,
            rule,
        })
    }

    /// True when token `k` lies inside the content of an attribution of this paragraph.
    fn inside_content(&self, k: usize, out: &[Attribution]) -> bool {
        let Some(t) = self.tok(k) else { return false };
        out.iter().rev().take_while(|x| x.paragraph == self.pi).any(|x| x.content.0 <= t.start && t.end <= x.content.1)
    }

    /// True when token `k` ("expected") follows a form of "be", maybe with adverbs between.
    fn after_be(&self, k: usize, a: usize) -> bool {
        let mut j = k;
        while j > a && (is_ly_adverb(self.lw(j - 1)) || self.lw(j - 1) == "not") {
            j -= 1;
        }
        j > a && matches!(self.lw(j - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s")
    }

    /// "The vote seemed close", "the bill is expected to pass": the subject and what
    /// follows are one content span, with no speaker.
    fn seem(&self, k: usize, a: usize, b: usize) -> Option<Attribution> {
        let next = self.lw(k + 1);
        // "appeared on television", "appeared." : not an impression
        if !self.is_word(k + 1) || (next != "to" && (ADJUNCT_WORDS.contains(next) || CLAUSE_WORDS.contains(next))) {
            return None;
        }
        let subj = self.np_before(k, a)?;
        let mut s = subj.first_tok;
        if matches!(self.lw(s), "it" | "there" | "this") {
            // "it seems that A": the clause is the content
            if next != "that" {
                return None;
            }
            s = k + 2;
        }
        let ce = self.content_end(k + 1, b);
        let (content, kind) = self.content(s, ce)?;
        Some(Attribution {
            content,
            kind: if kind == QuoteType::Direct { QuoteType::Mixed } else { kind },
            cue: Some(self.bytes(k, k + 1)),
            speaker: SpeakerRef::Unknown,
            addressee: None,
            confidence: 0.4,
            paragraph: self.pi,
            rule: "seem-impression",
        })
    }

    /// "to comment", "the city to pay": an infinitive, maybe after its own subject, at `cs`.
    fn infinitive_at(&self, cs: usize, b: usize) -> bool {
        if self.lw(cs) == "to" {
            return self.is_word(cs + 1) && !self.tok(cs + 1).is_some_and(|t| t.is_capitalized());
        }
        match self.np_after(cs, b) {
            Some((_, e)) => self.lw(e) == "to" && self.is_word(e + 1),
            None => false,
        }
    }

    /// A finite clause without "that" at `cs`: "he can win", "the plan will fail".
    fn clause_at(&self, cs: usize, b: usize) -> bool {
        const AUX: &[&str] = &[
            "is", "are", "was", "were", "will", "would", "can", "could", "should", "might", "may", "must",
            "has", "have", "had", "does", "did", "do", "won't", "can't", "isn't", "aren't", "wasn't",
            "doesn't", "didn't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't",
        ];
        let w = self.lw(cs);
        if matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you" | "there") {
            let v = self.lw(cs + 1);
            return self.is_word(cs + 1) && (AUX.contains(&v) || !(CLAUSE_WORDS.contains(v) || ADJUNCT_WORDS.contains(v) || is_ly_adverb(v)));
        }
        let starts_np = self.tok(cs).is_some_and(|t| t.is_capitalized() || t.kind == TokKind::Number) || DETERMINERS.contains(w);
        if !starts_np || matches!(w, "a" | "an") {
            return false;
        }
        // the phrase runs to an auxiliary within a few words, with no break before it
        for i in cs + 1..b.min(cs + 9) {
            if AUX.contains(&self.lw(i)) {
                return true;
            }
            if !self.tok(i).is_some_and(|t| t.kind == TokKind::Word || (t.kind == TokKind::Quote && !t.space_before) || t.kind == TokKind::Number) || CLAUSE_WORDS.contains(self.lw(i)) {
                return false;
            }
        }
        false
    }

    /// "X exhorted Y ... and said A": a second verb shares the sentence's subject.
    fn coordinated(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let j = self.skip_adverbs_back(k, a);
        let prev = j.checked_sub(1)?;
        if !matches!(self.lw(prev), "and" | "but") || prev <= a || class == CueClass::Belief {
            return None;
        }
        let mut at = self.participle_with_subject(k, class, a, b, out)?;
        at.rule = "coordinated-verb";
        Some(at)
    }

    /// ", adding that A": the participle's speaker is the sentence's subject.
    fn participle(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let prev = k.checked_sub(1)?;
        let aux = matches!(self.lw(prev), "is" | "was" | "were" | "are" | "been" | "be" | "am" | "kept" | "keeps" | "started" | "began");
        if aux {
            return self.cue(k, class, a, b);
        }
        // "with the minister saying that ...": the phrase after "with" speaks
        if self.is_word(prev) && class != CueClass::Belief {
            if let Some(subj) = self.np_before(k, a) {
                if subj.first_tok > a && self.lw(subj.first_tok - 1) == "with" {
                    let mut cs = k + 1;
                    if let Some(t) = (cs..b.min(cs + 8)).find(|&i| self.lw(i) == "that") {
                        if self.adjunct_only_range(cs, t) {
                            cs = t + 1;
                        }
                    }
                    let (content, kind) = self.content(cs, b)?;
                    return Some(Attribution {
                        content,
                        kind,
                        cue: Some(self.bytes(k, k + 1)),
                        speaker: SpeakerRef::Mention(subj.mention),
                        addressee: None,
                        confidence: 0.65,
                        paragraph: self.pi,
                        rule: "with-subject-participle",
                    });
                }
            }
        }
        if class == CueClass::Belief {
            return None;
        }
        // "after accusing them of ...", "while insisting that ...": a subordinator before the
        // participle; "posted on Twitter accusing X of ...": a verb of saying and its place
        let before_adverbs = self.skip_adverbs_back(k, a).checked_sub(1).unwrap_or(prev);
        let subordinate = matches!(self.lw(before_adverbs), "after" | "before" | "by") && before_adverbs > a;
        let lex = lexicon();
        let said_where = (k.saturating_sub(5).max(a)..prev).any(|j| {
            matches!(lex.cues.get(self.lw(j)), Some(CueClass::Speech | CueClass::Tell))
                && matches!(self.lw(j + 1), "on" | "in" | "at" | "during")
                && (j + 1..k).all(|i| self.is_word(i) && !lex.cues.contains_key(self.lw(i)))
        });
        if !(self.punct(prev, ',') || self.punct(prev, '—') || subordinate || said_where) {
            return None;
        }
        self.participle_with_subject(k, class, a, b, out)
    }

    /// Content after the cue at `k`, spoken by the sentence's subject.
    fn participle_with_subject(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        // the speaker of an attribution earlier in this sentence, else the sentence's first phrase
        let sent_start = self.tok(a).map(|t| t.start).unwrap_or(0);
        let speaker = match out.iter().rev().take_while(|x| x.paragraph == self.pi).find(|x| x.content.1 >= sent_start && x.cue.is_some_and(|c| c.0 >= sent_start)) {
            Some(x) => x.speaker.clone(),
            None => {
                // the clause's subject: after the last comma before the verb when a phrase
                // stands there ("Once in my 20s, when ..., I laughed and said"), else the sentence's first
                let np_from = |mut s0: usize| {
                    while s0 < k && (!self.is_word(s0) || SENTENCE_ADVERBS.contains(self.lw(s0))) {
                        s0 += 1;
                    }
                    self.np_after(s0, k).filter(|&(ns, ne)| self.valid_np(ns, ne))
                };
                // a quotation that opens the clause is what was said, not who said it:
                // "“We miss him,” Ruiz weighed in, telling ...", "“...,” said Ruiz, citing"
                let after_quote = |from: usize| {
                    let mut s0 = from;
                    while s0 < k && (self.p.quoted(s0) || !self.is_word(s0)) {
                        s0 += 1;
                    }
                    if s0 == from || s0 >= k {
                        return None;
                    }
                    if lexicon().cues.contains_key(self.lw(s0)) {
                        s0 += 1;
                    }
                    np_from(s0)
                };
                let subject_at = |from: usize| after_quote(from).or_else(|| np_from(from));
                let last_comma = (a..k).rev().find(|&i| self.punct(i, ',') && !self.p.quoted(i));
                // "After the hearing, Ruiz issued a statement, saying": an opening adverbial
                // phrase is not the subject
                let opener = matches!(self.lw(a), "after" | "before" | "during" | "following" | "in" | "at" | "on" | "despite" | "amid" | "since" | "when" | "while" | "as" | "with" | "later" | "earlier");
                let clause_start = if opener { (a..k).find(|&i| self.punct(i, ',') && !self.p.quoted(i)).map_or(a, |c| c + 1) } else { a };
                let named_or_pronoun = |x: &(usize, usize)| self.tok(x.0).is_some_and(|t| t.is_capitalized() || lexicon().pronouns.contains_key(self.lw(x.0)));
                // "NASA chose three firms, but one withdrew weeks later, citing costs": the
                // participle belongs to the clause after the last ", but"
                let contrast = (clause_start..k)
                    .rev()
                    .find(|&i| matches!(self.lw(i), "but" | "while" | "whereas" | "though" | "although" | "yet") && i > a && self.punct(i - 1, ',') && !self.p.quoted(i));
                let (ns, ne) = match last_comma.and_then(|c| subject_at(c + 1)) {
                    Some(x) if named_or_pronoun(&x) => x,
                    _ => match contrast.and_then(|c| subject_at(c + 1)).filter(named_or_pronoun) {
                        Some(x) => x,
                        None => subject_at(clause_start).or_else(|| subject_at(a))?,
                    },
                };
                SpeakerRef::Mention(self.mention(ns, ne))
            }
        };
        let mut cs = k + 1;
        if class == CueClass::Tell {
            if let Some((_, xe)) = self.np_after(cs, b) {
                cs = xe;
            }
        }
        let mut saw_that = false;
        while cs < b && (self.lw(cs) == "that" || self.punct(cs, ':') || self.punct(cs, ',')) {
            saw_that |= self.lw(cs) == "that";
            cs += 1;
        }
        if !saw_that && !self.is_open_quote(cs) && intransitive_start(self.lw(cs)) {
            return None;
        }
        let (content, kind) = self.content(cs, b)?;
        Some(Attribution {
            content,
            kind,
            cue: Some(self.bytes(k, k + 1)),
            speaker,
            addressee: None,
            confidence: 0.65,
            paragraph: self.pi,
            rule: "participle-after-comma",
        })
    }

    /// Where content after a cue ends: the sentence end, or a comma that opens
    /// another attribution ("A, the source added").
    fn content_end(&self, cs: usize, b: usize) -> usize {
        let lex = lexicon();
        // "chanted, “Fund our schools,” and “Put kids first,” as hundreds lined the halls":
        // quoted words, then a subordinate clause of the narrator's
        if self.is_open_quote(cs) {
            // (a clause: a verb within a few words, not "“Christian” as their religion")
            let verb_soon = |j: usize| {
                (j..b.min(j + 7)).any(|i| {
                    let w = self.lw(i);
                    matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had" | "will" | "would" | "could" | "can") || (w.len() > 4 && w.ends_with("ed"))
                })
            };
            let sub = |c: usize| matches!(self.lw(c + 1), "as" | "while" | "when" | "before" | "after" | "because" | "until") && !self.p.quoted(c + 1);
            if let Some(c) = (cs + 1..b).find(|&c| self.is_close_quote(c) && sub(c) && verb_soon(c + 2)) {
                return c + 1;
            }
        }
        for c in cs + 1..b {
            if !self.punct(c, ',') || self.p.quoted(c) {
                continue;
            }
            for j in c + 2..b.min(c + 9) {
                let w = self.lw(j);
                if self.tok(j).is_some_and(|t| t.first.is_lowercase()) && matches!(lex.cues.get(w), Some(CueClass::Speech | CueClass::Tell)) && !w.ends_with("ing") {
                    // "A, the source added", "A, but her lawyer said B": the clause after the
                    // comma has its own subject and cue
                    let conj = matches!(self.lw(c + 1), "but" | "and" | "while" | "though" | "although" | "whereas" | "yet");
                    if let Some(sub) = self.np_before(j, c + 1) {
                        if sub.first_tok == c + 1 || (conj && sub.first_tok == c + 2) {
                            return c;
                        }
                    }
                    break;
                }
            }
        }
        b
    }

    /// True when tokens `[s, e)` are an object pronoun or a short phrase for people
    /// ("them", "voters", "local residents", "his supporters"): whom something was said to.
    fn people_object(&self, s: usize, e: usize) -> bool {
        if e <= s || e - s > 3 || (s..e).any(|i| !self.is_word(i)) {
            return false;
        }
        if e - s == 1 && matches!(self.lw(s), "him" | "her" | "them" | "us" | "me") {
            return true;
        }
        let lex = lexicon();
        let last = self.lw(e - 1);
        let people = lex.is_title_plural(last) || lex.nouns.contains_key(last) || ["ers", "ents", "ists", "ans", "ors"].iter().any(|x| last.len() > 4 && last.ends_with(x));
        people && last.ends_with('s') && (s..e - 1).all(|i| DETERMINERS.contains(self.lw(i)) || self.tok(i).is_some_and(|t| !t.is_capitalized()))
    }

    /// Index after walking back from `k` over commas, dashes and closing quotes.
    fn back_over_punct(&self, k: usize, a: usize) -> usize {
        let mut e = k;
        while e > a && (self.punct(e - 1, ',') || self.punct(e - 1, '—') || self.is_close_quote(e - 1) || self.punct(e - 1, '-')) {
            if self.is_close_quote(e - 1) {
                // keep the quote: content ends after the closing mark
                return e;
            }
            e -= 1;
        }
        e
    }

    /// True when tokens `[i, b)` are only adjuncts and punctuation ("in a statement on Tuesday.").
    fn adjunct_only(&self, i: usize, b: usize) -> bool {
        self.adjunct_only_range(i, b)
    }

    /// True when the words `[a, e)` before a subject frame its sentence and report nothing:
    /// a subordinate clause ("As the charges were unsealed, X testified") or an adjunct
    /// without a verb ("In a May 5 letter, the doctors pleaded", "Then, last week, X posted").
    fn frame_before(&self, a: usize, e: usize) -> bool {
        const AUX: &[&str] = &["is", "are", "was", "were", "will", "would", "can", "could", "should", "might", "may", "must", "has", "have", "had", "do", "does", "did"];
        if (a..e).any(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Quote)) {
            return false;
        }
        let first = self.lw(a);
        let subordinate = matches!(first, "as" | "when" | "while" | "after" | "before" | "since" | "although" | "though" | "because" | "once" | "until" | "unless" | "whereas");
        if subordinate {
            return !(a + 1..e).any(|i| self.punct(i, ',') || self.punct(i, ';'));
        }
        let words = (a..e).filter(|&i| self.is_word(i)).count();
        // (lowercase words only: "In a May 5 letter")
        let verb = (a..e).any(|i| self.tok(i).is_some_and(|t| !t.is_capitalized()) && (AUX.contains(&self.lw(i)) || (self.lw(i).ends_with("ed") && self.lw(i).len() > 4)));
        (ADJUNCT_WORDS.contains(first) || SENTENCE_ADVERBS.contains(first)) && words <= 8 && !verb
    }

    fn adjunct_only_range(&self, i: usize, b: usize) -> bool {
        if i >= b {
            return true;
        }
        // ", who ...", ", according to ...", ", adding ...": still no new clause
        let (i, comma) = if self.punct(i, ',') { (i + 1, true) } else { (i, false) };
        if i >= b {
            return true;
        }
        let first = self.lw(i);
        if comma && !(ADJUNCT_WORDS.contains(first) || first.ends_with("ing") || matches!(first, "who" | "according" | "which" | "a" | "an" | "the")) {
            return false;
        }
        let words = (i..b).filter(|&j| self.is_word(j) || self.tok(j).is_some_and(|t| t.kind == TokKind::Number)).count();
        if words == 0 {
            return true;
        }
        if (i..b).any(|j| self.lw(j) == "that" || self.is_open_quote(j)) {
            return false;
        }
        (ADJUNCT_WORDS.contains(first) || is_ly_adverb(first) || self.punct(i, ',') || self.punct(i, '.')) && words <= 40
    }

    /// The content of tokens `[cs, ce)`: a direct quote when it is one quotation, mixed when it contains one.
    fn content(&self, mut cs: usize, mut ce: usize) -> Option<(Range, QuoteType)> {
        // trim punctuation at both ends
        while cs < ce && self.tok(cs).is_some_and(|t| t.kind == TokKind::Punct && !matches!(t.first, '(' | '$')) {
            cs += 1;
        }
        while ce > cs && self.tok(ce - 1).is_some_and(|t| t.kind == TokKind::Punct && !matches!(t.first, ')' | '%')) {
            ce -= 1;
        }
        if cs >= ce {
            return None;
        }
        let n = self.p.tokens.len();
        // one quotation covering the whole content
        for q in &self.p.quotes {
            let inner_end = q.inner_end(n);
            if q.open == cs && (q.close.map_or(ce >= n, |c| c + 1 >= ce) || (inner_end >= ce)) {
                let tail_ok = q.close.is_none_or(|c| (c + 1..ce).all(|i| !self.is_word(i)));
                if tail_ok {
                    let r = self.quote_inner(q);
                    if r.1 > r.0 {
                        return Some((r, QuoteType::Direct));
                    }
                }
            }
        }
        let words = (cs..ce).filter(|&i| self.is_word(i) || self.tok(i).is_some_and(|t| t.kind == TokKind::Number)).count();
        if words < 2 {
            return None;
        }
        let has_quote = self.p.quotes.iter().any(|q| !q.single && q.open >= cs && q.open < ce);
        let r = self.bytes(cs, ce);
        let r = trim(self.text, r.0, r.1);
        Some((r, if has_quote { QuoteType::Mixed } else { QuoteType::Indirect }))
    }

    /// The subject phrase before the cue at `k` (the sentence starts at `a`).
    fn np_before(&self, k: usize, a: usize) -> Option<Subject> {
        let lex = lexicon();
        let mut j = self.skip_adverbs_back(k, a);
        // "Smith on Tuesday said", "Smith earlier this week said": the time phrase is not the subject
        let mut t = j;
        while t > a && self.is_word(t - 1) && is_time_word(self.lw(t - 1)) {
            t -= 1;
        }
        if t < j && t > a && (t..j).any(|i| MONTH_WORDS.contains(self.lw(i)) || matches!(self.lw(i), "week" | "month" | "year" | "morning" | "night" | "afternoon" | "evening" | "earlier" | "later")) && self.is_word(t - 1) {
            j = self.skip_adverbs_back(t, a);
        }
        if j == a {
            return None;
        }
        let last = j - 1;
        let w = self.lw(last);
        if lex.pronouns.contains_key(w) {
            let antecedent = if matches!(w, "who" | "which") && last > a && self.punct(last - 1, ',') {
                self.np_core(last - 1, a).map(|(s, e)| self.bytes(s, e))
            } else {
                None
            };
            if matches!(w, "who" | "which") && antecedent.is_none() {
                // "the man who said": the phrase before who
                let ant = self.np_core(last, a).map(|(s, e)| self.bytes(s, e));
                return Some(Subject { first_tok: last, mention: MentionSpan { span: self.bytes(last, j), appositive: None, antecedent: ant } });
            }
            return Some(Subject { first_tok: last, mention: MentionSpan { span: self.bytes(last, j), appositive: None, antecedent } });
        }
        if self.punct(last, ',') || self.punct(last, ')') || self.punct(last, '—') || (self.punct(last, '-') && self.tok(last).is_some_and(|t| t.space_before || last > 0 && self.punct(last - 1, '-'))) {
            // "X, co-director of Y, said": the appositive sits between two commas (or dashes, or brackets)
            let open = if self.punct(last, ')') { '(' } else if self.punct(last, ',') { ',' } else { self.tok(last).map_or('-', |t| t.first) };
            let last = if open == '-' && last > 0 && self.punct(last - 1, '-') { last - 1 } else { last };
            let mut c2 = last;
            let lim = last.saturating_sub(30).max(a);
            let mut app_end = last;
            loop {
                while c2 > lim {
                    c2 -= 1;
                    if self.punct(c2, open) || self.is_close_quote(c2) {
                        break;
                    }
                }
                // "X, during a rally in Dayton, Ohio, said": a place after a comma or a
                // prepositional phrase is no appositive; the subject stands before it
                let seg_first = self.lw(c2 + 1);
                let place = c2 + 2 == app_end && self.tok(c2 + 1).is_some_and(|t| t.is_capitalized());
                let adjunct = matches!(seg_first, "during" | "in" | "at" | "on" | "after" | "before" | "speaking" | "while" | "from" | "earlier" | "later" | "last" | "when" | "appearing" | "writing");
                if open == ',' && c2 > a && c2 < app_end && self.punct(c2, ',') && (place || adjunct) && (c2 > lim) {
                    app_end = c2;
                    continue;
                }
                break;
            }
            if app_end < last && !(c2 > a && c2 < app_end && self.punct(c2, open)) {
                // only adjuncts between the commas: the subject ends at the first of them
                let (s, e) = self.np_core(app_end, a)?;
                return Some(Subject { first_tok: s, mention: self.mention(s, e) });
            }
            let last = app_end;
            if c2 > a && c2 < last && self.punct(c2, open) {
                let app_start = c2 + 1;
                if open == '-' && self.punct(c2 - 1, '-') {
                    c2 -= 1;
                }
                let c2 = self.skip_brackets_back(c2, a);
                let Some((s, e)) = self.np_core(c2, a) else {
                    // "The label that owns her records, Harbor Tone, says": no speaker
                    // phrase before the comma, a name after it
                    let named = self.tok(app_start).is_some_and(|t| t.is_capitalized()) && self.valid_np(app_start, last);
                    return named.then(|| Subject { first_tok: app_start, mention: self.mention(app_start, last) });
                };
                // "X, 55, of Addison, a village near Y, said": the place belongs to the name before it
                if self.after_of(s, a) {
                    let (s0, e0) = self.name_before_of(s, a)?;
                    let app = self.bytes(e0 + 1, last);
                    return Some(Subject { first_tok: s0, mention: MentionSpan { span: self.bytes(s0, e0), appositive: Some(app), antecedent: None } });
                }
                // "The company that runs the awards, Dick Clark Productions, said": the
                // phrase before the relative clause heads the subject
                let (s, e) = self.before_relative(s, c2, a).unwrap_or((s, e));
                // "X, president of Y, a design agency, said": a title phrase in
                // apposition to a name before it; the name speaks
                if open == ',' && s > a + 1 && self.punct(s - 1, ',') && self.tok(s).is_some_and(|t| !t.is_capitalized()) && lexicon().is_title(self.lw(s)) {
                    if let Some((s0, e0)) = self.np_core(s - 1, a).filter(|&(s0, e0)| (s0..e0).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized()))) {
                        let app = self.bytes(s, last);
                        return Some(Subject { first_tok: s0, mention: MentionSpan { span: self.bytes(s0, e0), appositive: Some(app), antecedent: None } });
                    }
                }
                let app = self.bytes(app_start, last);
                return Some(Subject { first_tok: s, mention: MentionSpan { span: self.bytes(s, e), appositive: Some(app), antecedent: None } });
            }
            return None;
        }
        let core = self.np_core(self.skip_brackets_back(j, a), a);
        // "The document that surfaced in November said": the phrase before a short relative clause
        let rel_from = core.map_or(j, |c| c.0);
        let rel = (rel_from.saturating_sub(8).max(a)..rel_from.max(a))
            .rev()
            .find(|&i| matches!(self.lw(i), "that" | "who" | "which") && !self.p.quoted(i));
        if let Some(r) = rel {
            if let Some((s2, e2)) = self.np_core(r, a) {
                let starts_det = DETERMINERS.contains(self.lw(s2)) || self.tok(s2).is_some_and(|t| t.is_capitalized());
                let between_plain = (r + 1..j).all(|i| !self.punct(i, ',') && !self.is_open_quote(i));
                if starts_det && between_plain && (core.is_none() || core.is_some_and(|c| c.1 - c.0 <= 3 && !(c.0..c.1).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized()) && !MONTH_WORDS.contains(self.lw(i))))) {
                    return Some(Subject { first_tok: s2, mention: self.mention(s2, e2) });
                }
            }
        }
        let (s, e) = core?;
        if self.after_of(s, a) {
            let (s0, e0) = self.name_before_of(s, a)?;
            return Some(Subject { first_tok: s0, mention: self.mention(s0, e0) });
        }
        // "his often-repeated vow that", "her long-stated claim": a possessive pronoun
        // and a participle before a noun cue; the pronoun speaks
        let participle = |w: &str| w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
        if e - s >= 2 && matches!(self.lw(s), "his" | "her" | "their" | "its") && participle(self.lw(e - 1)) && !lex.nouns.contains_key(self.lw(e - 1)) && !lex.titles.contains(self.lw(e - 1)) {
            return Some(Subject { first_tok: s, mention: self.mention(s, s + 1) });
        }
        Some(Subject { first_tok: s, mention: self.mention(s, e) })
    }

    /// True when the phrase at `s` follows "of" or "from" right after a break
    /// ("Smith, 55, of Addison"): a place of origin, no speaker of its own.
    fn after_of(&self, s: usize, a: usize) -> bool {
        s >= a + 2 && matches!(self.lw(s - 1), "of" | "from") && (self.punct(s - 2, ',') || self.tok(s - 2).is_some_and(|t| t.kind == TokKind::Number))
    }

    /// The name before ", 55, of Addison" whose origin the phrase at `s` gives.
    fn name_before_of(&self, s: usize, a: usize) -> Option<(usize, usize)> {
        let mut end = s - 1; // the "of"
        if self.punct(end - 1, ',') {
            end -= 1;
        }
        // an age between commas: ", 55,"
        if end >= a + 2 && self.tok(end - 1).is_some_and(|t| t.kind == TokKind::Number) && self.punct(end - 2, ',') {
            end -= 2;
        }
        let (s0, e0) = self.np_core(end, a)?;
        (s0..e0).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized())).then_some((s0, e0))
    }

    /// The determiner phrase before a short relative clause that ends at `end`
    /// and holds the phrase starting at `s` ("the company that runs the awards").
    fn before_relative(&self, s: usize, end: usize, a: usize) -> Option<(usize, usize)> {
        let r = (s.saturating_sub(8).max(a)..s).rev().find(|&i| matches!(self.lw(i), "that" | "who" | "which") && !self.p.quoted(i))?;
        if (r + 1..end).any(|i| self.punct(i, ',') || self.is_open_quote(i)) {
            return None;
        }
        let (s2, e2) = self.np_core(r, a)?;
        DETERMINERS.contains(self.lw(s2)).then_some((s2, e2))
    }

    /// The noun phrase ending just before token `end`, not reaching before `a`.
    fn np_core(&self, end: usize, a: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let mut s = end;
        while s > a {
            let i = s - 1;
            let Some(t) = self.tok(i) else { break };
            let ok = match t.kind {
                TokKind::Word => {
                    let w = self.lw(i);
                    if w == "and" {
                        // "Smith and Jones": coordination of names; "founder and co-CEO Lena
                        // Ortiz": of titles before a name
                        let title = |k: usize| lex.is_title(self.lw(k));
                        (self.tok(i + 1).is_some_and(|n| n.is_capitalized()) && i > a && self.tok(i - 1).is_some_and(|p| p.is_capitalized()))
                            || (i > a && title(i - 1) && title(i + 1))
                    } else if matches!(w, "of" | "for" | "at" | "on" | "in") {
                        s < end && (self.tok(i + 1).is_some_and(|n| n.is_capitalized()) || self.lw(i + 1) == "the")
                    } else {
                        !CLAUSE_WORDS.contains(w)
                    }
                }
                TokKind::Number => true,
                TokKind::Punct => (matches!(t.first, '-' | '&' | '/' | '.') && !t.space_before) || t.first == '&',
                TokKind::Quote => matches!(t.first, '’' | '\'') && !t.space_before && self.lw(i + 1) == "s",
            };
            if !ok {
                break;
            }
            s = i;
            if end - s > 14 {
                return None;
            }
        }
        // without a determiner, lowercase words other than titles and speaker nouns end the phrase
        let det = |i: usize| DETERMINERS.contains(self.lw(i)) || self.is_possessive(i);
        if !(s < end && (det(s) || (s + 1..end).any(|i| self.is_possessive(i) && i > s))) {
            let mut cut = s;
            for i in s..end {
                let Some(t) = self.tok(i) else { continue };
                let w = self.lw(i);
                let keep = t.kind != TokKind::Word
                    || t.is_capitalized()
                    || t.abbrev.is_some()
                    || lex.titles.contains(w)
                    || lex.nouns.contains_key(w)
                    || (i + 1 == end && lex.is_title_plural(w))
                    || matches!(w, "of" | "for" | "at" | "on" | "in" | "and" | "de" | "van" | "von" | "bin" | "al")
                    || PHRASE_MODIFIERS.contains(w);
                if !keep {
                    cut = i + 1;
                }
            }
            s = cut;
        }
        // leading sentence adverbs and prepositions are not part of the phrase
        while s < end && (SENTENCE_ADVERBS.contains(self.lw(s)) || matches!(self.lw(s), "of" | "for" | "at" | "on" | "in" | "and")) {
            s += 1;
        }
        if s >= end {
            return None;
        }
        if !self.valid_np(s, end) {
            return None;
        }
        Some((s, end))
    }

    /// Before "Rep. X (D-Ohio)": the index of the opening bracket when `end` follows a bracketed group.
    fn skip_brackets_back(&self, end: usize, a: usize) -> usize {
        if end > a + 1 && self.punct(end - 1, ')') {
            if let Some(o) = (a..end - 1).rev().take(8).find(|&i| self.punct(i, '(')) {
                return o;
            }
        }
        end
    }

    /// True for "Trump’s": a word followed by a possessive "’s".
    fn is_possessive(&self, i: usize) -> bool {
        self.lw(i).ends_with("'s") || self.text.get(self.tok(i).map_or(0..0, |t| t.start..t.end)).is_some_and(|w| w.ends_with("’s"))
    }

    /// True when `[s, e)` can name a speaker: a name, pronoun, title or speaker noun
    /// (and, for the current verb of saying, any determiner phrase).
    fn valid_np(&self, s: usize, e: usize) -> bool {
        self.valid_np_as(s, e, self.lenient.get())
    }

    /// [`Ctx::valid_np`] with leniency given: `lenient` accepts "the clip", "another 19 percent".
    /// "…, a prospect Vindman denied", "a rover NASA plans to fly": an article, a
    /// common noun that names no kind of person, then a name is the object of a relative
    /// clause whose subject is the name, not a speaker.
    fn reduced_relative(&self, s: usize, e: usize) -> bool {
        let lex = lexicon();
        if !matches!(self.lw(s), "a" | "an" | "another") {
            return false;
        }
        let Some(n) = (s + 1..e).find(|&i| self.tok(i).is_some_and(|t| t.is_capitalized())) else { return false };
        let common = s + 1..n;
        // the name ends the phrase ("a recent Gallup poll" is a poll) and no quantity
        // opens it ("a dozen Republicans", "a handful of Democrats")
        let name_ends = (n..e).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.kind != TokKind::Word));
        name_ends
            && !common.is_empty()
            && common.len() <= 2
            && !common.clone().any(|i| matches!(self.lw(i), "few" | "dozen" | "handful" | "couple" | "number" | "pair" | "group" | "host" | "slew" | "of"))
            && common.clone().all(|i| {
                let w = self.lw(i);
                self.is_word(i)
                    && !lex.titles.contains(w)
                    && !lex.nouns.contains_key(w)
                    && !PHRASE_MODIFIERS.contains(w)
                    && crate::resolve::noun_gender(w).0 == crate::model::Gender::Unknown
                    && !looks_adjectival(w)
            })
    }

    fn valid_np_as(&self, s: usize, e: usize, lenient: bool) -> bool {
        let lex = lexicon();
        let head = self.lw(e - 1);
        if e - s == 1 && lex.pronouns.contains_key(head) {
            return true;
        }
        let has_name = (s..e).any(|i| {
            self.tok(i).is_some_and(|t| t.is_capitalized())
                && !(i == s && DETERMINERS.contains(self.lw(i)))
                && !matches!(self.lw(i), "the" | "a" | "an" | "but" | "and" | "in" | "this" | "that" | "it")
        });
        if has_name {
            return !self.reduced_relative(s, e);
        }
        if lex.nouns.contains_key(head) || lex.titles.contains(head) || lex.is_title_plural(head) {
            return true;
        }
        if lenient && DETERMINERS.contains(self.lw(s)) && e - s >= 2 && head.len() > 2 && !CLAUSE_WORDS.contains(head) {
            return true;
        }
        let ends_agentive = head.ends_with("ers") || head.ends_with("ists") || head.ends_with("ians") || head.ends_with("ans");
        ends_agentive && head.len() > 4
    }

    /// The noun phrase starting at token `i` (subject after an inverted cue, "according to X", an addressee).
    fn np_after(&self, i: usize, b: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let mut e = i;
        let mut words = 0;
        while e < b {
            let Some(t) = self.tok(e) else { break };
            let w = self.lw(e);
            let ok = match t.kind {
                TokKind::Word => {
                    if t.is_capitalized() || t.abbrev.is_some() {
                        true
                    } else if e == i && (DETERMINERS.contains(w) || lex.pronouns.contains_key(w) || matches!(w, "him" | "her" | "them" | "me" | "us" | "reporters")) {
                        true
                    } else if words == 0 && self.titled_name_at(e, b) {
                        // "said (head) coach Dan Reyes", "said city spokeswoman Ana Ruiz"
                        true
                    } else if words > 0 && (s_lower_run(self, i, e)) && self.titled_name_at(i, b) {
                        true
                    } else if words > 0 && (w == "of" || w == "for") && self.tok(e + 1).is_some_and(|n| n.is_capitalized() || self.lw(e + 1) == "the") {
                        true
                    } else if words > 0 && (lex.titles.contains(w) || lex.nouns.contains_key(w) || PHRASE_MODIFIERS.contains(w) || matches!(w, "magazine" | "columnist")) && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) {
                        // "Rubio spokesman Alex Conant", "Time magazine": a title inside a capitalised run
                        true
                    } else {
                        words > 0
                            && !CLAUSE_WORDS.contains(w)
                            && !ADJUNCT_WORDS.contains(w)
                            && !lex.cues.contains_key(w)
                            && !is_ly_adverb(w)
                            && !matches!(w, "who" | "whose" | "which" | "whom")
                            && !(w.ends_with("ed") && w.len() > 4 && !lex.nouns.contains_key(w))
                            && (DETERMINERS.contains(self.lw(i)) || self.tok(e - 1).is_some_and(|p| !p.is_capitalized()))
                    }
                }
                TokKind::Number => words > 0,
                TokKind::Punct => matches!(t.first, '-' | '&' | '/' | '\'') && !t.space_before && words > 0,
                TokKind::Quote => false,
            };
            if !ok {
                break;
            }
            if t.kind == TokKind::Word {
                words += 1;
            }
            e += 1;
            // "said he would appeal": a personal pronoun is the whole phrase
            if e == i + 1 && matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you" | "him" | "them" | "me" | "us") {
                break;
            }
            if e - i > 10 {
                break;
            }
        }
        if e == i || words == 0 {
            return None;
        }
        // a single pronoun object or determiner alone is not a speaker
        if e - i == 1 && DETERMINERS.contains(self.lw(i)) {
            return None;
        }
        Some((i, e))
    }

    /// True when lowercase words from `i` end in a title right before a capitalised
    /// name: "coach Dan Reyes", "head coach Dan Reyes", "city spokeswoman Ana Ruiz".
    fn titled_name_at(&self, i: usize, b: usize) -> bool {
        let lex = lexicon();
        // lowercase modifiers, an organization's capitalised words, then the title:
        // "former Tallis College Ukraine adviser Ada Quill"
        for k in i..(i + 8).min(b) {
            let Some(t) = self.tok(k) else { return false };
            if t.kind != TokKind::Word {
                return false;
            }
            if t.is_capitalized() {
                if k == i {
                    return false;
                }
                continue;
            }
            let w = self.lw(k);
            if CLAUSE_WORDS.contains(w) || lex.cues.contains_key(w) || DETERMINERS.contains(w) && k > i {
                return false;
            }
            if lex.titles.contains(w) && self.tok(k + 1).is_some_and(|n| n.is_capitalized()) {
                return true;
            }
        }
        false
    }

    /// Extends an inverted subject with its appositive: "said Castellano, co-director of X."
    fn with_appositive(&self, ns: usize, ne: usize, b: usize) -> (Range, Option<Range>) {
        let sp = self.bytes(ns, ne);
        // "said another witness in the inquiry, former adviser Ana Ruiz": a description
        // (determiner and lowercase words) may carry a short prepositional phrase before its
        // appositive
        let described = DETERMINERS.contains(self.lw(ns)) && (ns + 1..ne).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()));
        let ne = if described && matches!(self.lw(ne), "in" | "at" | "on" | "of" | "for" | "from" | "with") {
            (ne + 1..(ne + 8).min(b))
                .take_while(|&i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word || t.first == ','))
                .take_while(|&i| !CLAUSE_WORDS.contains(self.lw(i)) || matches!(self.lw(i), "of" | "in"))
                .find(|&i| self.punct(i, ','))
                .unwrap_or(ne)
        } else {
            ne
        };
        if self.punct(ne, ',') && ne + 1 < b {
            let mut e = ne + 1;
            while e < b && !self.punct(e, ',') && !self.punct(e, '.') && !self.is_open_quote(e) {
                e += 1;
            }
            if e > ne + 1 {
                return (sp, Some(self.bytes(ne + 1, e)));
            }
        }
        (sp, None)
    }

    /// "PENCE: Well, look ..." (transcripts) and "Name Surname: ..." (headlines):
    /// a short capitalised name and a colon open the paragraph.
    fn speaker_colon(&self) -> Option<Attribution> {
        let n0 = usize::from(self.is_open_quote(0));
        let colon = (n0 + 1..=n0 + 4).find(|&i| self.punct(i, ':'))?;
        let name_ok = (n0..colon).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.abbrev.is_some()));
        if !name_ok {
            return None;
        }
        let all_caps = (n0..colon).all(|i| self.tok(i).is_some_and(|t| t.text(self.text).chars().all(|c| !c.is_lowercase())));
        let first = self.lw(n0);
        if NOT_SPEAKER_LABELS.contains(first) || (!all_caps && colon < n0 + 2) {
            return None;
        }
        let words = (colon + 1..self.p.tokens.len()).filter(|&i| self.is_word(i)).count();
        if words < 3 {
            return None;
        }
        // "Big Week: Voters Head to the Polls": in a headline the colon introduces a quote
        // only after a speaker the story names (its last word capitalised mid-sentence in
        // the body), not after a kicker
        if self.headline {
            let function_word = (n0..colon).any(|i| matches!(self.lw(i), "for" | "is" | "in" | "of" | "the" | "a" | "an" | "to" | "on" | "at" | "and" | "with" | "from" | "by" | "are" | "was" | "just" | "how" | "why" | "what"));
            let last = self.tok(colon - 1).map_or("", |t| t.text(self.text));
            // or a person's name: a known first name and a surname ("Jane Doe: ...")
            let person = colon - n0 >= 2 && colon - n0 <= 3 && self.tok(n0).and_then(|t| crate::lexicon::names::first_name_gender(t.text(self.text))).is_some_and(|g| g.count >= 20_000);
            if function_word || !(person || self.headline_names.contains(&last)) {
                return None;
            }
        }
        let n = self.p.tokens.len();
        let end = if n0 == 1 { self.p.quotes.first().and_then(|q| q.close).filter(|&c| c + 2 >= n).unwrap_or(n) } else { n };
        let (content, kind) = self.content(colon + 1, end)?;
        Some(Attribution {
            content,
            kind: if kind == QuoteType::Indirect { QuoteType::Direct } else { kind },
            cue: Some(self.bytes(colon, colon + 1)),
            speaker: SpeakerRef::Mention(self.mention(n0, colon)),
            addressee: None,
            confidence: if all_caps { 0.85 } else { 0.6 },
            paragraph: self.pi,
            rule: "speaker-colon",
        })
    }

    /// "“...” ― Jane Doe": a dash and a name right after the closing mark.
    fn dash_speaker(&self, close: usize) -> Option<MentionSpan> {
        let mut i = close + 1;
        while self.punct(i, '.') || self.punct(i, ',') {
            i += 1;
        }
        if !self.tok(i).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '―' | '—' | '–' | '-')) {
            return None;
        }
        i += 1;
        while self.punct(i, '-') {
            i += 1;
        }
        let s = i;
        let mut e = s;
        while self.tok(e).is_some_and(|t| t.is_capitalized() || t.abbrev.is_some() || (t.kind == TokKind::Punct && matches!(t.first, '-' | '\'' | '.') && !t.space_before)) {
            e += 1;
        }
        if e == s || e - s > 6 {
            return None;
        }
        Some(self.mention(s, e))
    }

    /// The speaker of a paragraph ending "X said:".
    fn colon_speaker(&self) -> Option<(SpeakerRef, usize)> {
        let n = self.p.tokens.len();
        let last = n.checked_sub(1)?;
        let mut k = last;
        let lex = lexicon();
        while k > 0 {
            k -= 1;
            if lex.cues.contains_key(self.lw(k)) {
                break;
            }
        }
        if !lex.cues.contains_key(self.lw(k)) {
            return None;
        }
        let a = self.p.sentences.last().map(|s| s.start).unwrap_or(0);
        let subj = self.np_before(k, a)?;
        Some((SpeakerRef::Mention(subj.mention), k))
    }

    /// For a quotation opening the sentence `[a, b)` and closing with a comma, "!" or "?":
    /// the speaker when the rest is only a name and one verb ("Doe shot back", "beamed Doe").
    fn unknown_verb_after(&self, q: &crate::segment::QuoteSpan, a: usize, b: usize) -> Option<MentionSpan> {
        let c = q.close?;
        if (a..q.open).any(|i| self.is_word(i)) || c < 1 || !self.tok(c - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, ',' | '!' | '?')) {
            return None;
        }
        let mut i = c + 1;
        while i < b && self.punct(i, ',') {
            i += 1;
        }
        let lowercase = |j: usize| self.tok(j).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase());
        let v = (i..b.min(i + 8)).find(|&j| lowercase(j))?;
        let verbish = |w: &str| !CLAUSE_WORDS.contains(w) && !DETERMINERS.contains(w) && !ADJUNCT_WORDS.contains(w) && !is_ly_adverb(w) && w.len() > 2;
        if !verbish(self.lw(v)) {
            return None;
        }
        if v == i {
            // "beamed Jane Doe, a retired teacher."
            let (ns, ne) = self.np_after(v + 1, b).filter(|&(ns, ne)| self.tok(ns).is_some_and(|t| t.is_capitalized()) && self.valid_np_as(ns, ne, false))?;
            return (self.adjunct_only(ne, b) || self.punct(ne, ',')).then(|| self.mention(ns, ne));
        }
        // "Jane Doe shot back." / "an angry Doe retaliated."
        let (ns, ne) = self.np_core(v, i)?;
        if ns != i || !(ns..ne).any(|j| self.tok(j).is_some_and(|t| t.is_capitalized())) {
            return None;
        }
        let mut r = v + 1;
        if matches!(self.lw(r), "back" | "out" | "up" | "in") {
            r += 1;
        }
        self.adjunct_only(r, b).then(|| self.mention(ns, ne))
    }

    /// The speaker of a sentence at token `i` that is only "X asked." / "asked X."
    /// (a cue, its subject and adjuncts, no content).
    fn cue_sentence_after(&self, i: usize) -> Option<MentionSpan> {
        let s = self.p.sentences.iter().find(|s| s.start == i)?;
        let lex = lexicon();
        let (a, b) = (s.start, s.end);
        if b - a > 40 || (a..b).any(|j| self.is_open_quote(j)) {
            return None;
        }
        let k = (a..b).find(|&j| self.tok(j).is_some_and(|t| t.first.is_lowercase()) && matches!(lex.cues.get(self.lw(j)), Some(CueClass::Speech | CueClass::Tell)))?;
        if k == a {
            // "asked Jane Doe."
            let (ns, ne) = self.np_after(k + 1, b).filter(|&(ns, ne)| self.valid_np_as(ns, ne, false))?;
            return self.adjunct_only(ne, b).then(|| self.mention(ns, ne));
        }
        let subj = self.np_before(k, a)?;
        let lead_ok = (a..subj.first_tok).all(|j| !self.is_word(j) || SENTENCE_ADVERBS.contains(self.lw(j)));
        // "X told reporters during a call.": the addressee of a verb of telling, then adjuncts
        let mut rest = k + 1;
        if lex.cues.get(self.lw(k)) == Some(&CueClass::Tell) {
            if let Some((_, xe)) = self.np_after(rest, b) {
                rest = xe;
            }
        }
        (lead_ok && self.adjunct_only(rest, b)).then_some(subj.mention)
    }

    /// A paragraph that is only a short quotation whose words the article prints again
    /// elsewhere: a pull quote or a quoted subhead ("“My fears came true”" above the
    /// paragraph that quotes it), not another statement.
    fn pull_quote(&self, q: &crate::segment::QuoteSpan, inner: Range, words: usize) -> bool {
        let n = self.p.tokens.len();
        let alone = q.open == 0 && q.close.is_some_and(|c| (c + 1..n).all(|i| !self.is_word(i)));
        if !alone || words > 15 {
            return false;
        }
        let Some(needle) = self.lc.get(inner.0..inner.1).map(|t| t.trim_end_matches(|c: char| c.is_ascii_punctuation())) else { return false };
        !needle.is_empty() && self.lc.match_indices(needle).any(|(at, _)| at != inner.0)
    }

    /// Quotations the cues left unattributed: whole-sentence quotes take the
    /// speaker of a neighbouring attribution; short phrases are scare quotes.
    fn orphans(&self, before: usize, out: &mut Vec<Attribution>) {
        let n = self.p.tokens.len();
        for q in &self.p.quotes {
            let inner = self.quote_inner(q);
            if inner.1 <= inner.0 || out[before..].iter().any(|a| overlaps(a.content, inner)) {
                continue;
            }
            let words = (q.open + 1..q.inner_end(n)).filter(|&i| self.is_word(i)).count();
            let sent = self.p.sentences.iter().find(|s| s.start <= q.open && q.open < s.end);
            let whole = sent.is_some_and(|s| {
                (s.start..q.open).all(|i| !self.is_word(i)) && q.close.is_none_or(|c| (c + 1..s.end).all(|i| !self.is_word(i)))
            });
            // "“...” ― Jane Doe": a dash credit names the speaker
            if words >= 3 {
                if let Some(m) = q.close.and_then(|c| self.dash_speaker(c)) {
                    out.push(self.cueless_direct(inner, m, 0.8, "quote-dash-speaker"));
                    continue;
                }
            }
            // "“A,” X said during a rally, “B.”": the second half of a split quotation
            let split_from = sent.and_then(|s| {
                let s0 = self.tok(s.start).map_or(0, |t| t.start);
                out[before..]
                    .iter()
                    .position(|a| a.cue.is_some_and(|c| c.0 >= s0 && c.1 <= inner.0) && a.kind == QuoteType::Direct && a.content.1 <= inner.0)
                    .map(|i| before + i)
            });
            if let (false, Some(src), true) = (whole, split_from, words >= 2) {
                out.push(Attribution {
                    content: inner,
                    kind: QuoteType::Direct,
                    cue: None,
                    speaker: SpeakerRef::Inherit(src),
                    addressee: None,
                    confidence: 0.8,
                    paragraph: self.pi,
                    rule: "split-quote-second-half",
                });
                continue;
            }
            // "“This is fantastic!” beamed Jane Doe." / "“...,” Doe shot back.": a verb the
            // lexicon lacks, in the place of a cue
            if words >= 3 {
                if let Some(m) = sent.and_then(|s| self.unknown_verb_after(q, s.start, s.end)) {
                    out.push(self.cueless_direct(inner, m, 0.7, "quote-unknown-verb"));
                    continue;
                }
            }
            // "“Is it safe?” Jane Doe asked.": the cue stands alone in the next sentence
            if whole && words >= 2 {
                if let Some(m) = sent.and_then(|s| self.cue_sentence_after(s.end)) {
                    out.push(self.cueless_direct(inner, m, 0.8, "quote-then-cue-sentence"));
                    continue;
                }
            }
            // "Instead, “A.”" after an attribution: a connective and a quotation continue the speaker
            let lead_in = !whole
                && words >= 3
                && sent.is_some_and(|s| {
                    let outside = (s.start..q.open).filter(|&i| self.is_word(i)).count();
                    let tail = q.close.map_or(0, |c| (c + 1..s.end).filter(|&i| self.is_word(i)).count());
                    outside <= 2 && tail == 0 && (s.start..q.open).all(|i| !lexicon().cues.contains_key(self.lw(i)))
                });
            if !((whole && words >= 3) || lead_in) {
                continue;
            }
            if whole && self.pull_quote(q, inner, words) {
                continue;
            }
            // speaker: nearest attribution in this paragraph, else the previous paragraph's last
            let here = out[before..]
                .iter()
                .enumerate()
                .filter(|(_, a)| !matches!(a.speaker, SpeakerRef::Unknown))
                .min_by_key(|(_, a)| if a.content.0 < inner.0 { inner.0 - a.content.0 } else { (a.content.0 - inner.0) * 2 })
                .map(|(i, _)| before + i);
            let prev = if here.is_none() && before > 0 {
                let last = before - 1;
                let a = &out[last];
                (a.paragraph + 2 >= self.pi && (q.open == 0)).then_some(last)
            } else {
                None
            };
            let (speaker, conf, rule) = match here.or(prev) {
                Some(i) => (SpeakerRef::Inherit(i), if here.is_some() { 0.8 } else { 0.65 }, if here.is_some() { "same-paragraph-quote" } else { "continuation" }),
                None => (SpeakerRef::Unknown, 0.4, "unattributed-quote"),
            };
            out.push(Attribution {
                content: inner,
                kind: QuoteType::Direct,
                cue: None,
                speaker,
                addressee: None,
                confidence: conf,
                paragraph: self.pi,
                rule,
            });
        }
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

/// Words of a time phrase that may stand between a subject and its verb ("on Tuesday", "last week").
fn is_time_word(w: &str) -> bool {
    MONTH_WORDS.contains(w)
        || matches!(w, "on" | "earlier" | "later" | "last" | "this" | "next" | "week" | "month" | "year" | "morning" | "night" | "afternoon" | "evening" | "today" | "yesterday" | "tonight")
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
    // attributions arrive paragraph by paragraph: duplicates can only be in this one
    if at.content.1 > at.content.0 && !out.iter().rev().take_while(|o| o.paragraph == at.paragraph).any(|o| o.content == at.content) {
        out.push(at);
    }
}

/// Shrinks a byte range past whitespace at both ends.
pub fn trim(text: &str, start: usize, end: usize) -> Range {
    let Some(s) = text.get(start..end) else { return (start, start) };
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (start + lead, (end - trail).max(start + lead))
}
