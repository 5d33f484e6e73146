//! Quotations without a cue word: speaker labels and colons, dashes, a cue in the next
//! sentence, pull quotes, and orphan quotes that inherit a neighbour's speaker.

use super::*;

/// Words opening a short phrase after a quotation that leaves it the speaker's words:
/// "“just a tax increase” for the top bracket".
const TAIL_PREPOSITIONS: &[&str] = &["for", "to", "in", "on", "at", "from", "with", "about", "by", "over", "against", "into", "of", "under", "among"];

impl<'a> Ctx<'a> {
    /// "PENCE: Well, look ..." (transcripts) and "Name Surname: ..." (headlines):
    /// a short capitalised name and a colon open the paragraph.
    pub(super) fn speaker_colon(&self) -> Option<Attribution> {
        let n0 = usize::from(self.is_open_quote(0));
        // "Rep. Trey Gowdy (R-S.C.): ...": a party tag in brackets between the name and the colon
        let tagged = (n0 + 2..=n0 + 12).find(|&i| self.punct(i, ':')).and_then(|c| {
            let open = (c.saturating_sub(8).max(n0 + 1)..c).rev().find(|&i| self.punct(i, '('))?;
            // ("R-S.C.", "D-Calif.", "I-Vt.": a party letter and a dash open the tag)
            let party = self.tok(open + 1).is_some_and(|t| {
                let w = t.text(self.text);
                matches!(w.as_bytes().first(), Some(b'D' | b'R' | b'I')) && (w.as_bytes().get(1) == Some(&b'-') || (w.len() == 1 && self.punct(open + 2, '-')))
            });
            (self.punct(c - 1, ')') && party && open <= n0 + 4).then_some((open, c))
        });
        let mut titled = false;
        let (colon, label_colon) = match tagged {
            Some((open, c)) => (open, c),
            None => match (n0 + 1..=n0 + 4).find(|&i| self.punct(i, ':')) {
                Some(c) => (c, c),
                None => {
                    let c = self.titled_label_colon(n0)?;
                    titled = true;
                    (c, c)
                }
            },
        };
        // (a hyphen inside a double-barrelled name, "Obi-Ross:", is part of it)
        let joined = |i: usize| self.punct(i, '-') && i > n0 && self.tok(i).is_some_and(|t| !t.space_before) && self.tok(i + 1).is_some_and(|t| !t.space_before);
        let name_ok = titled || (n0..colon).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.abbrev.is_some()) || joined(i));
        if !name_ok {
            return None;
        }
        // ("UP NEXT\nLeafs: Host Boston": a label is on one line)
        let line_break = (n0 + 1..colon).any(|i| self.text.get(self.tok(i - 1).map_or(0, |t| t.end)..self.tok(i).map_or(0, |t| t.start)).is_some_and(|g| g.contains('\n')));
        if line_break {
            return None;
        }
        let all_caps = (n0..colon).all(|i| self.tok(i).is_some_and(|t| t.text(self.text).chars().all(|c| !c.is_lowercase())));
        // "NOTES:", "GAME NOTES:": a heading in capitals of common words, no one's name
        let heading = all_caps
            && (n0..colon).all(|i| {
                let w = self.tok(i).map_or("", |t| t.text(self.text));
                // (two capitals are an acronym: "AP:", "UN:")
                w.len() > 2 && (crate::lexicon::names::is_common_word(w) && !crate::lexicon::names::is_known_surname(w) && !crate::lexicon::names::is_known_first_name(w))
            });
        if heading {
            return None;
        }
        // "LONDON: To hear Serena Williams tell it, ...": a place in capitals opening the
        // story is its dateline, no one's label (and in capitals and lower case, as Malaysian
        // and Caribbean papers print it: "Kuala Lumpur: Veteran party member ...")
        let dateline = || {
            let label = (n0..colon).filter_map(|i| self.tok(i)).map(|t| crate::resolve::title_case(t.text(self.text))).collect::<Vec<_>>().join(" ");
            crate::lexicon::places::place_kind(&label).is_some()
        };
        if n0 == 0 && self.pi <= 2 && dateline() {
            return None;
        }
        let first = self.lw(n0);
        // ("Said Ana Ruiz: ..." is a fronted cue, read by `fronted_cue`)
        // one word before the colon: a transcript's speaker in capitals ("PENCE:"), or in a
        // headline a name the story uses ("Graham: ...", checked below)
        // (or a surname the article gives in full, "Obi-Ross:" after "Jordan Obi-Ross": an
        // interview's answers)
        let label = self.text.get(self.tok(n0).map_or(0, |t| t.start)..self.tok(colon - 1).map_or(0, |t| t.end)).unwrap_or("");
        let one_word = !crate::text::has_byte(label, b' ');
        // (an answer: no quotation marks of its own, a sentence or more, no team's plural name:
        // "Lakers: Kuzma left the court ...")
        let answer = || {
            let line = self.text.get(self.tok(colon).map_or(0, |t| t.end)..self.tok(self.p.tokens.len() - 1).map_or(0, |t| t.end)).is_some_and(|t| !crate::text::has_byte(t, b'\n'));
            line && self.p.quotes.is_empty() && (colon + 1..self.p.tokens.len()).filter(|&i| self.is_word(i)).count() >= 6 && !crate::lexicon::names::plural_shaped(label) && surname_named_in_full(self.text, label)
        };
        let one_word_ok = all_caps || self.headline || (one_word && answer());
        if NOT_SPEAKER_LABELS.contains(first) || (!one_word_ok && one_word) || (!all_caps && !titled && lexicon().cues.get(first) == Some(&CueClass::Speech)) {
            return None;
        }
        // "Maple Leafs: At Detroit on Monday": a team's plural name, no common first name
        // before it (a sports story's schedule lines; "Chris Matthews: ..." is a transcript's)
        let plural = self.tok(colon - 1).is_some_and(|t| crate::lexicon::names::plural_shaped(t.text(self.text)));
        if !all_caps && colon >= n0 + 2 && plural && crate::lexicon::names::first_name_gender(self.tok(n0).map_or("", |t| t.text(self.text))).is_none_or(|g| g.count < 5_000) {
            return None;
        }
        let words = (label_colon + 1..self.p.tokens.len()).filter(|&i| self.is_word(i)).count();
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
        let (content, kind) = self.content(label_colon + 1, end)?;
        Some(Attribution {
            content,
            kind: if kind == QuoteType::Indirect { QuoteType::Direct } else { kind },
            cue: Some(self.bytes(label_colon, label_colon + 1)),
            speaker: SpeakerRef::Mention(self.mention(n0, colon)),
            addressee: None,
            confidence: if all_caps { 0.85 } else { 0.6 },
            paragraph: self.pi,
            rule: "speaker-colon",
        })
    }

    /// The colon of a longer label in a statement's list, a title and a name before a
    /// quotation ("State Water Commissioner Dorla Venn: “...”", "Agency Assistant Administrator
    /// for Enforcement and Compliance Assurance Mira Tollan: “...”"): capitalised words (and
    /// "of", "for", "and", "the", "&" between them), a capitalised title among them, two
    /// capitalised words that are no title before the colon, a quotation opening after it.
    fn titled_label_colon(&self, n0: usize) -> Option<usize> {
        // (not in a headline, whose every word may be capitalised: "X Praises Editor Y: ‘...’")
        let c = (n0 + 5..=n0 + 14).find(|&i| !self.is_word(i) && !self.punct(i, '&'))?;
        if self.headline || !(self.punct(c, ':') && self.is_open_quote(c + 1)) {
            return None;
        }
        let lex = lexicon();
        let capital_word = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        let title = |i: usize| capital_word(i) && (lex.is_title(self.lw(i)) || self.opens_title(i, c));
        let words_ok = (n0..c).all(|i| capital_word(i) || self.punct(i, '&') || matches!(self.lw(i), "of" | "for" | "and" | "the"));
        let name_last = (c - 2..c).all(|i| capital_word(i) && !title(i));
        (words_ok && name_last && capital_word(n0) && (n0..c - 2).any(title)).then_some(c)
    }

    /// "“...” ― Jane Doe": a dash and a name right after the closing mark.
    pub(super) fn dash_speaker(&self, close: usize) -> Option<MentionSpan> {
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
    pub(super) fn colon_speaker(&self) -> Option<(SpeakerRef, usize)> {
        let n = self.p.tokens.len();
        let last = n.checked_sub(1)?;
        let mut k = last;
        let lex = lexicon();
        while k > 0 {
            k -= 1;
            if self.cue_class(k).is_some() {
                break;
            }
        }
        let a = self.p.sentences.last().map(|s| s.start).unwrap_or(0);
        if !self.cue_class(k).is_some() {
            // "Trump issued the following statement:", "Ruiz posted this tweet:": a verb then
            // a written message at the end of the sentence
            let noun = last.checked_sub(1).filter(|&i| i >= a && matches!(self.lw(i), "statement" | "tweet" | "message" | "letter" | "note" | "memo" | "email" | "post"))?;
            let verb = (noun.saturating_sub(4).max(a + 1)..noun).find(|&i| {
                self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && (lex.is_past_tense(self.lw(i)) || lex.action_verbs.contains(self.lw(i)))
            })?;
            let subj = self.np_before(verb, a)?;
            return Some((SpeakerRef::Mention(subj.mention), verb));
        }
        // "Said Ana Ruiz:": a fronted cue, its subject after it
        if k == a {
            let (ns, ne) = self.np_after(k + 1, last).filter(|&(ns, ne)| self.valid_np(ns, ne) && ne == last)?;
            return Some((SpeakerRef::Mention(self.mention(ns, ne)), k));
        }
        let subj = self.np_before(k, a)?;
        Some((SpeakerRef::Mention(subj.mention), k))
    }

    /// For a quotation after a colon that ends the sentence `[a, b)` with no cue before it: the
    /// sentence's subject when it is a name or a personal pronoun ("Buckley had a similar
    /// experience: “...”", not "The problem is simple: “...”").
    pub(super) fn colon_subject(&self, q: &crate::segment::QuoteSpan, a: usize, b: usize) -> Option<MentionSpan> {
        if q.open <= a + 1 || !self.punct(q.open - 1, ':') || q.close.is_some_and(|c| (c + 1..b).any(|i| self.is_word(i))) {
            return None;
        }
        let colon = q.open - 1;
        // "More from Jones: “...”", "From the memo: “...”": what comes from a name or a
        // document (a few words after the last "from")
        let from = (a..colon).rev().take(6).find(|&i| self.lw(i) == "from");
        if let Some((ns, ne)) = from.and_then(|f| self.np_after(f + 1, colon)).filter(|&(ns, ne)| ne == colon && self.valid_np(ns, ne)) {
            let document = matches!(lexicon().nouns.get(self.lw(ne - 1)), Some(super::lexicon::NounKind::Document));
            let named = (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.kind != TokKind::Word) || self.is_possessive(i));
            return (document || named).then(|| self.mention(ns, ne));
        }
        // "RED STATES OUTNUMBER BLUE - Jeffrey M. Jones: “...”": a heading, a dash, then
        // the name labelling the quotation
        let after_dash = (a..colon).rev().find(|&i| !self.p.quoted(i) && self.is_dash_or_spaced_hyphen(i));
        let a = after_dash.map_or(a, |d| d + 1);
        if (a..q.open).any(|i| !self.p.quoted(i) && self.cue_class(i).is_some()) {
            return None;
        }
        let s0 = (a..q.open).find(|&i| self.is_word(i))?;
        let w = self.lw(s0);
        if DETERMINERS.contains(w) || CLAUSE_WORDS.contains(w) || ADJUNCT_WORDS.contains(w) || SENTENCE_ADVERBS.contains(w) || super::cues::QUESTION_WORDS.contains(&w) || w.starts_with("here") || w.starts_with("there") {
            return None;
        }
        if matches!(w, "he" | "she" | "they" | "we" | "i") {
            return Some(self.mention(s0, s0 + 1));
        }
        let (ns, ne) = self.np_after(s0, q.open - 1).filter(|&(ns, ne)| self.valid_np(ns, ne))?;
        let named = (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.kind != TokKind::Word));
        // a verb or an appositive follows the name
        let then = self.punct(ne, ',') || self.tok(ne).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase());
        // or the name alone labels the quotation, as in a transcript or a list of answers
        // ("Clinton: “Our goal is ...”"): a person's name, known first name or surname
        let words = (ns..ne).filter(|&i| self.is_word(i)).count();
        let person = || {
            crate::lexicon::names::is_known_first_name(self.lw(ns)) || self.tok(ne - 1).is_some_and(|t| crate::lexicon::names::is_known_surname(t.text(self.text)))
        };
        let label = ne + 1 == q.open && (1..=3).contains(&words) && person();
        (named && (then || label)).then(|| self.mention(ns, ne))
    }

    /// For a quotation opening the sentence `[a, b)` and closing with a comma, "!" or "?":
    /// the speaker when the rest is only a name and one verb ("Doe shot back", "beamed Doe").
    pub(super) fn unknown_verb_after(&self, q: &crate::segment::QuoteSpan, a: usize, b: usize) -> Option<MentionSpan> {
        let c = q.close?;
        if (a..q.open).any(|i| self.is_word(i)) || c < 1 || !self.tok(c - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, ',' | '!' | '?')) {
            return None;
        }
        let mut i = c + 1;
        while i < b && self.punct(i, ',') {
            i += 1;
        }
        let lowercase = |j: usize| self.tok(j).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase());
        // (after a determiner, the verb follows the name: "an angry Doe retaliated")
        let after_name = |j: usize| (i..j).any(|x| self.tok(x).is_some_and(|t| t.is_capitalized()));
        let det = lowercase(i) && DETERMINERS.contains(self.lw(i));
        if det {
            // "“Nooooo!” the crowd cried out.", "“...,” the Republican nominee riffed on it.": a
            // described speaker (its head a speaker noun or title), then a verb in the past tense
            let lex = lexicon();
            let head = (i + 1..b.min(i + 6)).take_while(|&j| self.is_word(j) || self.punct(j, '-')).find(|&j| lowercase(j) && (lex.nouns.contains_key(self.lw(j)) || lex.titles.contains(self.lw(j))));
            if let Some(h) = head.filter(|&h| (i + 1..h).all(|j| !CLAUSE_WORDS.contains(self.lw(j)))) {
                let v = h + 1;
                let vw = self.lw(v);
                let past = lowercase(v) && !lex.cues.contains_key(vw) && lex.is_past_tense(vw);
                if past {
                    let mut r = v + 1;
                    if matches!(self.lw(r), "back" | "out" | "up" | "in") {
                        r += 1;
                    }
                    if self.adjunct_only(r, b) {
                        return Some(self.mention(i, h + 1));
                    }
                }
            }
        }
        // "“...,” she laughed.": a subject pronoun and a verb in the past tense, nothing after
        // them but adjuncts
        if matches!(self.lw(i), "he" | "she") && lowercase(i + 1) && !lexicon().cues.contains_key(self.lw(i + 1)) && lexicon().is_past_tense(self.lw(i + 1)) && self.adjunct_only(i + 2, b) {
            return Some(self.mention(i, i + 1));
        }
        let v = (i..b.min(i + 8)).find(|&j| lowercase(j) && (!det || after_name(j)))?;
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
        // the name, without the determiner and adjectives before it
        let ns = if det { (ns..ne).find(|&j| self.tok(j).is_some_and(|t| t.is_capitalized())).unwrap_or(ns) } else { ns };
        let mut r = v + 1;
        if matches!(self.lw(r), "back" | "out" | "up" | "in") {
            r += 1;
        }
        // "... Doe barked and a guard led him out", "... Doe shot back as he left": a clause of
        // its own may follow a verb in the past tense (not a noun: "the Ohio senator and
        // candidate said")
        let vw = self.lw(v);
        let past = lexicon().is_past_tense(vw);
        let next = if self.punct(r, ',') { r + 1 } else { r };
        // ("Benioff weighed in, telling Cook, “...”": a participle of saying after the comma)
        let saying = self.punct(r, ',') && self.lw(next).ends_with("ing") && matches!(self.cue_class(next), Some(CueClass::Speech | CueClass::Tell));
        let clause = past && r < b && (matches!(self.lw(next), "and" | "as") || super::SUBORDINATORS.contains(self.lw(next)) || saying);
        (self.adjunct_only(r, b) || clause).then(|| self.mention(ns, ne))
    }

    /// The speaker of a sentence at token `i` that is only "X asked." / "asked X."
    /// (a cue, its subject and adjuncts, no content).
    pub(super) fn cue_sentence_after(&self, i: usize) -> Option<MentionSpan> {
        let s = self.p.sentences.iter().find(|s| s.start == i)?;
        let lex = lexicon();
        let (a, b) = (s.start, s.end);
        if b - a > 40 || (a..b).any(|j| self.is_open_quote(j)) {
            return None;
        }
        let k = (a..b).find(|&j| self.tok(j).is_some_and(|t| t.first.is_lowercase()) && matches!(self.cue_class(j), Some(CueClass::Speech | CueClass::Tell)))?;
        if k == a {
            // "asked Jane Doe."
            let (ns, ne) = self.np_after(k + 1, b).filter(|&(ns, ne)| self.valid_np_as(ns, ne, false))?;
            return self.adjunct_only(ne, b).then(|| self.mention(ns, ne));
        }
        let subj = self.np_before(k, a)?;
        // (before the name a sentence adverb, or a title and the capitalised words of its body:
        // "City spokeswoman Ana Ruiz agreed.")
        let lead_ok = (a..subj.first_tok).all(|j| !self.is_word(j) || SENTENCE_ADVERBS.contains(self.lw(j)) || self.tok(j).is_some_and(|t| t.is_capitalized()) || lex.is_title(self.lw(j)));
        // "X told reporters during a call.": the addressee of a verb of telling, then adjuncts
        // ("Ann Bell shouted back.": a particle first)
        let mut rest = if matches!(self.lw(k + 1), "back" | "out") { k + 2 } else { k + 1 };
        if self.cue_class(k) == Some(&CueClass::Tell) {
            if let Some((_, xe)) = self.np_after(rest, b) {
                rest = xe;
            }
        }
        // "Al-Masri said, laughing.", "she said, shaking her head.": a participle of manner,
        // no cue of its own, after the adjuncts
        let manner = || {
            (rest..b).find(|&j| self.punct(j, ',')).is_some_and(|p| {
                (p == rest || self.adjunct_only(rest, p)) && self.lw(p + 1).ends_with("ing") && self.tok(p + 1).is_some_and(|t| t.first.is_lowercase()) && self.cue_class(p + 1).is_none()
            })
        };
        (lead_ok && (self.adjunct_only(rest, b) || manner())).then_some(subj.mention)
    }

    /// True when quotation `q` closes with "!" or "?" inside its marks.
    fn closes_exclaiming(&self, q: &crate::segment::QuoteSpan) -> bool {
        q.close.is_some_and(|c| c > 0 && self.tok(c - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '!' | '?')))
    }

    /// The speaker of the sentence at token `i` when it is only a name, a verb in the past
    /// tense that the lexicon lacks ("Marla cried.", "Tom Reyes shouted back."; not "Marla
    /// said", a cue's own sentence) and adjuncts.
    fn unknown_verb_sentence(&self, i: usize) -> Option<MentionSpan> {
        let s = self.p.sentences.iter().find(|s| s.start == i)?;
        let (a, b) = (s.start, s.end);
        if b - a > 12 || (a..b).any(|j| self.is_open_quote(j)) || !self.tok(a).is_some_and(|t| t.is_capitalized()) {
            return None;
        }
        let lex = lexicon();
        let v = (a..b).find(|&j| self.tok(j).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()))?;
        let vw = self.lw(v);
        if lex.cues.contains_key(vw) || !lex.is_past_tense(vw) || CLAUSE_WORDS.contains(vw) {
            return None;
        }
        let (ns, ne) = self.np_core(v, a)?;
        if ns != a || ne != v || !(ns..ne).all(|j| !self.is_word(j) || self.tok(j).is_some_and(|t| t.is_capitalized())) {
            return None;
        }
        let mut r = v + 1;
        if matches!(self.lw(r), "back" | "out" | "up") {
            r += 1;
        }
        // (a few words of manner or place at most: "Marla ran to the door and opened it" is
        // narration)
        let rest = (r..b).filter(|&j| self.is_word(j)).count();
        (rest <= 3 && (r..b).all(|j| self.lw(j) != "and") && self.adjunct_only(r, b)).then(|| self.mention(ns, ne))
    }

    /// The speaker of the sentence ending at token `i` when it is only "X agreed." (a cue
    /// that asks no question, its subject and adjuncts) and no attribution of `done` took it.
    pub(super) fn cue_sentence_before(&self, i: usize, done: &[Attribution]) -> Option<MentionSpan> {
        let s = self.p.sentences.iter().find(|s| s.end == i && s.start < i)?;
        let (s0, s1) = (self.tok(s.start)?.start, self.tok(i - 1)?.end);
        if done.iter().any(|a| a.cue.is_some_and(|c| s0 <= c.0 && c.1 <= s1)) || (s.start..i).any(|j| super::cues::QUESTION_CUES.contains(&self.lw(j))) {
            return None;
        }
        self.cue_sentence_after(s.start).or_else(|| self.expression_sentence(s.start, i))
    }

    /// The subject of the sentence `[a, b)` when it is only a name and a verb of laughing,
    /// smiling or shrugging ("Her husband, Willie Etok-Johnston, laughs.", "Szymanski, asked
    /// about the goal, grinned."): the quotation after it is that person's.
    fn expression_sentence(&self, a: usize, b: usize) -> Option<MentionSpan> {
        const EXPRESSION_VERBS: &[&str] = &[
            "laughs", "laughed", "grins", "grinned", "smiles", "smiled", "shrugs", "shrugged", "sighs", "sighed", "chuckles", "chuckled", "nods", "nodded", "beams", "beamed",
        ];
        let k = (a..b).rev().find(|&j| self.is_word(j))?;
        if b - a > 40 || !EXPRESSION_VERBS.contains(&self.lw(k)) || (a..b).any(|j| self.is_open_quote(j)) || !(k + 1..b).all(|j| self.punct(j, '.')) {
            return None;
        }
        let subj = self.np_before(k, a)?;
        let named = self.tok(subj.first_tok).is_some_and(|t| t.is_capitalized());
        // (the name opens the sentence, or is set off after a description: "Her husband, X,")
        let opens = (a..subj.first_tok).all(|j| !self.is_word(j)) || (subj.first_tok > a && self.punct(subj.first_tok - 1, ','));
        (named && opens).then_some(subj.mention)
    }

    /// True when a token of `[a, b)` is a lowercase cue: the words after a quotation are
    /// then a report of their own, no gloss of the narrator's.
    fn lowercase_cue_in(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.cue_class(i).is_some() && self.tok(i).is_some_and(|t| t.first.is_lowercase()))
    }

    /// True when quotation `q` is the title of a show, a book or a song, not words said: short,
    /// every word but the short function words capitalised, after a possessive, a preposition
    /// or a noun for a work ("on NBC's “Meet the Press,”", "author of “Destiny and Power,”",
    /// "the podcast “Here’s the Thing.”"; not a sign's "“Less Money on Testing.”").
    pub(super) fn title_cased(&self, q: &crate::segment::QuoteSpan) -> bool {
        let n = self.p.tokens.len();
        let Some(before) = q.open.checked_sub(1) else { return false };
        let w = self.lw(before);
        let possessive = w.ends_with("'s") || w.ends_with("’s") || (matches!(w, "s" | "'s" | "’s") && before > 0);
        let work = matches!(w, "on" | "of" | "to" | "in" | "at" | "from" | "show" | "book" | "podcast" | "program" | "programme" | "film" | "movie" | "song" | "album" | "series" | "titled" | "entitled" | "episode" | "column" | "memoir" | "novel");
        if !(possessive || work) {
            return false;
        }
        let mut words = 0;
        for i in q.open + 1..q.inner_end(n) {
            if !self.is_word(i) {
                continue;
            }
            words += 1;
            let minor = matches!(self.lw(i), "a" | "an" | "the" | "of" | "and" | "or" | "in" | "on" | "at" | "to" | "for" | "with" | "by" | "from" | "de");
            if words > 10 || !(minor && words > 1) && !self.tok(i).is_some_and(|t| t.is_capitalized() || t.kind == TokKind::Number) {
                return false;
            }
        }
        words > 0
    }

    /// A paragraph that is only a short quotation whose words the article prints again
    /// elsewhere: a pull quote or a quoted subhead ("“My fears came true”" above the
    /// paragraph that quotes it), not another statement.
    pub(super) fn pull_quote(&self, q: &crate::segment::QuoteSpan, inner: Range, words: usize) -> bool {
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
    pub(super) fn orphans(&self, before: usize, out: &mut Vec<Attribution>) {
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
                    .position(|a| a.cue.is_some_and(|c| c.0 >= s0 && c.1 <= inner.0) && matches!(a.kind, QuoteType::Direct | QuoteType::Mixed) && a.content.1 <= inner.0)
                    .map(|i| before + i)
            });
            // (not a title: "Weiner said on the podcast “Here’s the Thing.”", "said on NBC's
            // “Meet the Press.”")
            if let (false, Some(src), true, false) = (whole, split_from, words >= 2, self.title_cased(q)) {
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
            // "Buckley, who phoned in, had a similar experience: “It was ...”": a quotation
            // after a colon, ending its sentence, is the words of the sentence's named subject
            if words >= 3 {
                if let Some(m) = sent.and_then(|s| self.colon_subject(q, s.start, s.end)) {
                    out.push(self.cueless_direct(inner, m, 0.7, "colon-quote-subject"));
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
            // "“Get out now!” Marla cried.": after a quotation closing with "!" or "?", which
            // ends the sentence before a capital, a name and a verb the lexicon lacks
            if whole && words >= 2 {
                if let Some(m) = sent.filter(|_| self.closes_exclaiming(q)).and_then(|s| self.unknown_verb_sentence(s.end)) {
                    out.push(self.cueless_direct(inner, m, 0.7, "quote-then-verb-sentence"));
                    continue;
                }
            }
            // "Jane Doe agreed. “That is what the law says.”": the sentence before is
            // only a cue and its subject, and the quotation is what it announces (not after a
            // question: "Doe asked." is answered by someone else)
            if whole && words >= 3 {
                if let Some(m) = sent.and_then(|s| self.cue_sentence_before(s.start, &out[before..])) {
                    out.push(self.cueless_direct(inner, m, 0.75, "cue-sentence-then-quote"));
                    continue;
                }
            }
            // "Instead, “A.”" after an attribution: a connective and a quotation continue the speaker
            let lead_in = !whole
                && words >= 3
                && sent.is_some_and(|s| {
                    let outside = (s.start..q.open).filter(|&i| self.is_word(i)).count();
                    let tail = q.close.map_or(0, |c| (c + 1..s.end).filter(|&i| self.is_word(i)).count());
                    outside <= 2 && tail == 0 && (s.start..q.open).all(|i| !self.cue_class(i).is_some())
                });
            // "“I feel good about November,” Tester said. “Very good.”": a short quotation
            // that is its whole sentence right after a quotation of this paragraph continues it
            let echo = whole
                && words >= 1
                && out[before..].last().is_some_and(|a| {
                    a.kind == QuoteType::Direct && !matches!(a.speaker, SpeakerRef::Unknown) && a.content.1 <= inner.0 && sent.is_some_and(|s| self.tok(s.start).is_some_and(|t| t.start >= a.content.1))
                })
                && sent.is_some_and(|s| s.start > 0 && (s.start.saturating_sub(12)..s.start).any(|i| self.is_close_quote(i)));
            // "“So I called my best friend,” a detail that fits the plot.": the narrator's
            // appositive after the quotation, no cue in it, leaves the words the speaker's
            let aside = !whole
                && words >= 3
                && sent.is_some_and(|s| {
                    let c = q.close.unwrap_or(s.end);
                    (s.start..q.open).all(|i| !self.is_word(i))
                        && (self.punct(c + 1, ',') || self.punct(c.saturating_sub(1), ','))
                        && matches!(self.lw(if self.punct(c + 1, ',') { c + 2 } else { c + 1 }), "a" | "an")
                        && !self.lowercase_cue_in(c + 1, s.end)
                });
            // (an attribution of this paragraph with a speaker, before the quotation)
            let spoken_before = || out[before..].iter().any(|a| !matches!(a.speaker, SpeakerRef::Unknown) && a.content.1 <= inner.0);
            // "“It's basically just a tax increase” for the top bracket." after an attribution of
            // this paragraph: a quotation opening its sentence and closed by a short
            // prepositional phrase with no cue continues the speaker (the speaker is found
            // below only in this paragraph)
            let tail_phrase = !whole
                && words >= 3
                && sent.is_some_and(|s| {
                    let Some(c) = q.close else { return false };
                    let tail = || (c + 1..s.end).filter(|&i| self.is_word(i));
                    (s.start..q.open).all(|i| !self.is_word(i))
                        && c + 1 < s.end
                        && self.is_word(c + 1)
                        && TAIL_PREPOSITIONS.contains(&self.lw(c + 1))
                        && tail().count() <= 6
                        && tail().all(|i| self.cue_class(i).is_none())
                })
                && spoken_before();
            // "“Sanders has to do the two-step” - raising his name recognition ...": a dash
            // after the quotation opens the narrator's gloss on it, no cue in it
            let dash_gloss = !whole
                && words >= 3
                && sent.is_some_and(|s| {
                    let Some(c) = q.close else { return false };
                    (s.start..q.open).all(|i| !self.is_word(i))
                        && self.is_dash_or_spaced_hyphen(c + 1)
                        && !self.lowercase_cue_in(c + 2, s.end)
                })
                && spoken_before();
            if !((whole && words >= 3) || lead_in || echo || aside || tail_phrase || dash_gloss) {
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
                .min_by_key(|(_, a)| continuation_distance(a.content.0, inner.0))
                .map(|(i, _)| before + i);
            let prev = if here.is_none() && before > 0 {
                let last = before - 1;
                let a = &out[last];
                (a.paragraph + 2 >= self.pi && (q.open == 0)).then(|| outermost_last(&out[..before]).unwrap_or(last))
            } else {
                None
            };
            let (speaker, conf, rule) = match here.or(prev) {
                Some(i) => (SpeakerRef::Inherit(i), if here.is_some() { 0.8 } else { 0.65 }, if here.is_some() { "same-paragraph-quote" } else { super::CONTINUATION }),
                None => (SpeakerRef::Unknown, 0.4, super::UNATTRIBUTED),
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

/// How far an attribution whose content starts at `start` is from a quotation starting at
/// `at`, for the quotation to continue the nearest (one before it preferred: a distance
/// after counts twice).
pub(crate) fn continuation_distance(start: usize, at: usize) -> usize {
    if start < at { at - start } else { (start - at) * 2 }
}

/// In the paragraph of the last attribution of `out`, the last one with a speaker that
/// no other attribution's content holds: "Carter said that for decades some critics had
/// been predicting a withdrawal." is Carter's, and so is a quotation opening the next
/// paragraph, not the critics'.
fn outermost_last(out: &[Attribution]) -> Option<usize> {
    let pi = out.last()?.paragraph;
    let first = out.iter().rposition(|a| a.paragraph != pi).map_or(0, |i| i + 1);
    // (the paragraph's last 32 at most: each is checked against the others)
    let group = first.max(out.len().saturating_sub(32))..out.len();
    let inside = |j: usize| {
        let c = out[j].content;
        group.clone().any(|o| o != j && out[o].content != c && out[o].content.0 <= c.0 && c.1 <= out[o].content.1)
    };
    group.clone().rev().find(|&j| !matches!(out[j].speaker, SpeakerRef::Unknown) && !inside(j))
}

/// True when `w` is printed after a common first name somewhere in `text` ("Jordan Obi-Ross"),
/// and is no common word or place: a person's surname.
fn surname_named_in_full(text: &str, w: &str) -> bool {
    if w.len() < 3 || !w.starts_with(char::is_uppercase) || crate::lexicon::names::is_common_word(w) || crate::lexicon::places::place_kind(w).is_some() {
        return false;
    }
    let finder = memchr::memmem::Finder::new(w.as_bytes());
    finder.find_iter(text.as_bytes()).take(50).any(|at| {
        let after_ok = !text.as_bytes().get(at + w.len()).is_some_and(|b| b.is_ascii_alphanumeric());
        let before = text.get(..at).and_then(|b| b.strip_suffix(' ')).unwrap_or("");
        let first = before.rsplit(char::is_whitespace).next().unwrap_or("");
        after_ok && !first.is_empty() && crate::lexicon::names::first_name_gender(first).is_some_and(|g| g.count >= 1_000)
    })
}

/// A line of its own naming who speaks in the quotations after it, as wire "reaction" pieces
/// and transcripts print it: "PRIYA VENKATESAN, HEAD OF METALS AT NORDLAND BANK, OSLO",
/// "GOVERNOR TOBIAS KELLERMANN:", "Governor Tobias Kellermann:". The whole line in capitals,
/// or a name alone and a colon; before its first comma or colon, capitalised words only: titles
/// (or an honorific), then a known given name and one or two more words. Returns the name's
/// byte range in `line`, and the range of the description after it, in capitals, if any.
pub(crate) fn label_line(line: &str) -> Option<(Range, Option<Range>)> {
    let t = line.trim_end();
    if t.is_empty() || t.len() > 160 || crate::text::has_byte(t, b'\n') || crate::text::has_byte(t, b'"') || t.contains(['“', '”']) {
        return None;
    }
    let caps = !t.chars().any(char::is_lowercase);
    // (in capitals and lower case, the name alone before the colon: "Libby Schaaf, the mayor
    // of Oakland, also spoke out:" is a sentence that introduces what follows)
    if !caps && !(t.ends_with(':') && !t[..t.len() - 1].contains([',', ':'])) {
        return None;
    }
    if crate::text::word_count(t) > 16 {
        return None;
    }
    let head_end = t.find([',', ':']).unwrap_or(t.len());
    let head = &t[..head_end];
    let mut words = Vec::with_capacity(6);
    let mut at = 0;
    for w in head.split(' ') {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    if words.len() > 6 || !words.iter().all(|(_, w)| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let lex = lexicon();
    let lower = |w: &str| w.to_lowercase();
    let skip = words.iter().take_while(|(_, w)| {
        let l = lower(w);
        lex.is_title(&l) || crate::lexicon::names::honorific_gender(&l).is_some()
    });
    let k = skip.count();
    let name = &words[k..];
    // (a given name the lexicon knows, or, in capitals, any words no common ones before a
    // title: "SHOICHI ARISAWA, GENERAL MANAGER AT IWAICOSMO SECURITIES, TOKYO")
    let given = name.first().is_some_and(|(_, w)| crate::lexicon::names::first_name_gender(&crate::resolve::title_case(w)).is_some_and(|g| g.count >= 1_000))
        || (caps && name.iter().all(|(_, w)| !crate::lexicon::names::is_common_word(w)) && t[head_end..].split([' ', ',']).any(|w| lex.is_title(&lower(w))));
    let shaped = name.iter().all(|(_, w)| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')));
    if !(2..=3).contains(&name.len()) || !given || !shaped {
        return None;
    }
    let (s, _) = name[0];
    let (e, last) = name[name.len() - 1];
    // (", GENERAL MANAGER AT IWAICOSMO SECURITIES, TOKYO": up to the next comma, the city
    // after it no part of the title)
    let rest = t.get(head_end..).map(|r| r.trim_start_matches([',', ':', ' '])).filter(|r| caps && !r.is_empty());
    let description = rest.map(|r| {
        let from = t.len() - r.len();
        (from, from + r.find(',').unwrap_or(r.len()))
    });
    Some(((s, e + last.len()), description))
}
