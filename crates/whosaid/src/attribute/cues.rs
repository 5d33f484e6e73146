//! Candidate generation: each cue outside quotation marks and the structure around it
//! (`"A," X said`, `X said (that) A`, "according to X", participles, coordinated verbs,
//! impressions without a source), turned into [`Attribution`]s.

use super::*;
use crate::text::SplitWords;

/// Words that open the question after "asked".
pub(super) const QUESTION_WORDS: &[&str] = &["about", "whether", "if", "why", "what", "how", "when", "where", "who", "which"];

/// Cues that ask: what follows them answers and is someone else's.
pub(super) const QUESTION_CUES: &[&str] = &["ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "inquired", "queried", "questioned", "pressed"];

impl<'a> Ctx<'a> {
    /// Finds attributions in the sentence of tokens `[a, b)`.
    pub(super) fn sentence(&self, a: usize, b: usize, out: &mut Vec<Attribution>) {
        let lex = lexicon();
        // (the token, quotation and word vectors read at every token, held here: read through
        // `self.p`, whose cue memo the lookups below write, they were loaded again each time)
        let (tokens, in_quote, words) = (self.p.tokens.as_slice(), self.p.in_quote.as_slice(), self.words);
        let mut k = a;
        while k < b {
            let quote = in_quote.get(k).copied().flatten();
            if tokens.get(k).is_none_or(|t| t.kind != TokKind::Word) || quote.is_some() {
                // (inside quotation marks every token up to the closing mark is quoted too:
                // passed over at once)
                let quote = quote.and_then(|q| self.p.quotes.get(usize::from(q)));
                k = quote.map_or(k + 1, |q| q.inner_end(tokens.len()).max(k + 1));
                continue;
            }
            let w = words.get(k).copied().unwrap_or("");
            if w == "in" {
                if let Some(at) = self.in_poll(k, a, b) {
                    push(out, at);
                    k += 1;
                    continue;
                }
            }
            if w == "according" && self.lw(k + 1) == "to" {
                if let Some((at, rest)) = self.according(k, a, b) {
                    push(out, at);
                    if let Some(rest) = rest {
                        push(out, rest);
                    }
                }
                k += 2;
                continue;
            }
            // "Reid has gone after Trump as a “con artist”": a verb the lexicon lacks, its
            // object and "as" before a quotation characterise the object in the subject's words
            if w == "as" && k > a + 2 {
                if let Some(at) = self.portrayed_as(k, a, b, out) {
                    push(out, at);
                    k += 1;
                    continue;
                }
            }
            if k == a {
                // "Asked whether he would run, X said ...", "Asked on Fox News who leads the party, ..."
                if w == "asked" {
                    // ("Asked to describe the device, X said ...": a request, asked as much)
                    let q = (k + 1..b.min(k + 7)).take_while(|&i| self.is_word(i) && !self.p.quoted(i)).find(|&i| QUESTION_WORDS.contains(&self.lw(i)) || (i == k + 1 && self.lw(i) == "to"));
                    if let Some(at) = q.filter(|&q| q == k + 1 || self.adjunct_only_range(k + 1, q)).and_then(|q| self.asked_question(k, q, b)) {
                        push(out, at);
                        k += 1;
                        continue;
                    }
                }
                if let Some(at) = self.fronted_cue(k, b) {
                    push(out, at);
                    k += 1;
                    continue;
                }
            }
            // (and a participle opening the sentence with a clause: "Noting that ...")
            let lowercase = tokens.get(k).is_some_and(|t| t.first.is_lowercase()) || (k == a && w.ends_with("ing") && self.lw(k + 1) == "that");
            // in a title-case headline a capitalised verb is a cue when a quotation follows it
            // or when it follows a name the story uses: "Rubio Says He Will Stay In The Race"
            let named_subject = || {
                let prev = self.tok(k - 1).map_or("", |t| t.text(self.text));
                w.ends_with('s') && matches!(self.cue_class(k), Some(CueClass::Speech | CueClass::Tell)) && self.headline_names.contains(&prev)
            };
            // (or inverted after a comma, before a title or name that ends the headline: "My
            // Critics Will Be Ridiculed, Says Former President Peixoto")
            let inverted = || {
                w.ends_with('s')
                    && self.punct(k - 1, ',')
                    && matches!(self.cue_class(k), Some(CueClass::Speech))
                    && k + 1 < b
                    && (k + 1..b).all(|i| self.tok(i).is_some_and(|t| (t.kind == TokKind::Word && t.is_capitalized()) || t.kind == TokKind::Punct))
            };
            let headline_cue = self.headline && !lowercase && k > a && ((k + 1..b).any(|i| self.is_open_quote(i)) || named_subject() || inverted());
            // the cue table is consulted only for words that may be cues
            if let Some(&class) = (lowercase || headline_cue).then(|| self.cue_class(k)).flatten() {
                if headline_cue && lex.noun_verbs.contains(w) && !self.is_word(k + 1) {
                    k += 1;
                    continue;
                }
                // "a proposed warehouse", "their asking prices": a participle between a
                // determiner or a possessive and a word after it modifies that word
                let modifier = (w.ends_with("ed") || w.ends_with("ing"))
                    && k > a
                    && matches!(self.lw(k - 1), "a" | "an" | "the" | "this" | "these" | "those" | "its" | "their" | "his" | "her" | "our" | "my" | "your")
                    && self.tok(k + 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase())
                    && !self.p.quoted(k);
                if modifier {
                    k += 1;
                    continue;
                }
                self.lenient.set(matches!(class, CueClass::Speech | CueClass::Tell | CueClass::Seem));
                // "the vote seemed close", "the bill is expected to pass": an impression without a source
                // ("A photo of the pill appeared alongside another": a thing seen somewhere, no
                // impression)
                if class == CueClass::Seem && w.starts_with("appear") && matches!(self.lw(k + 1), "in" | "on" | "at" | "alongside" | "beside" | "next" | "near" | "with" | "before" | "onstage" | "outside" | "inside" | "during" | "under" | "above" | "below" | "together") {
                    k += 1;
                    continue;
                }
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
                if w == "asked" && k > a && matches!(self.lw(k - 1), "when" | "if" | "after" | "was" | "were" | "being" | "been") {
                    if let Some(at) = self.asked_question(k, k + 1, b) {
                        push(out, at);
                        k += 1;
                        continue;
                    }
                }
                // "You could tell that ...", "you can tell": what one sees, nobody's words
                if you_can_tell(|i| self.lw(i), k, a) {
                    k += 1;
                    continue;
                }
                // "a trend that one economist says could continue", "will continue to": "continue"
                // after a modal or "to" goes on with a thing, it reports no words ("she
                // continued" after a quotation does)
                if matches!(w, "continue" | "continues" | "continued" | "continuing") && k > a && matches!(self.lw(k - 1), "could" | "would" | "will" | "may" | "might" | "can" | "should" | "must" | "to" | "likely" | "cannot" | "won't" | "won’t") {
                    k += 1;
                    continue;
                }
                // "well, you know, the goats", "And then, you know, when ...", "I mean, it was
                // bad": a speaker's filler between commas reports nothing
                if matches!(w, "know" | "mean" | "see" | "guess") && k > a && matches!(self.lw(k - 1), "you" | "i") && self.punct(k + 1, ',') && (k - 1 == a || self.punct(k - 2, ',') || self.punct(k - 2, '-') || matches!(self.lw(k - 2), "and" | "but" | "so" | "well" | "oh")) {
                    k += 1;
                    continue;
                }
                // "X said he wanted to go": an attitude inside reported content belongs to that report
                if matches!(class, CueClass::Intent | CueClass::Belief) && self.inside_content(k, out) {
                    k += 1;
                    continue;
                }
                // "The paper quoted Ana Ruiz as saying: “...”", "Ruiz was quoted as saying ...":
                // the one quoted speaks, not the one quoting
                if k > a + 1 && self.lw(k - 1) == "as" && matches!(w, "saying" | "telling" | "writing") {
                    if let Some(at) = self.quoted_as_saying(k, a, b) {
                        push(out, at);
                        k += 1;
                        continue;
                    }
                }
                // "Noting that ..., Schlafly said", "Having admitted that ..., the mayor closed it"
                let opening = (k == a && w.ends_with("ing")) || (k == a + 1 && self.lw(a) == "having");
                let at = if opening && class != CueClass::Belief {
                    self.opening_participle(k, b)
                } else if w.ends_with("ing") {
                    self.participle(k, class, a, b, out)
                } else if self.joined_to_infinitive(k, a) {
                    None
                } else {
                    (k > a + 2 && self.lw(k - 1) == "to")
                        .then(|| self.purpose_infinitive(k, class, a, b, out))
                        .flatten()
                        .or_else(|| self.cue(k, class, a, b))
                        .or_else(|| self.coordinated(k, class, a, b, out))
                };
                for x in self.extra.borrow_mut().drain(..) {
                    push(out, x);
                }
                if let Some(at) = at {
                    if at.rule == "coordinated-verb" {
                        self.end_before_coordinated(k, a, &at, out);
                    }
                    push(out, at);
                }
            }
            k += 1;
        }
    }

    /// "has been pounding Trump as a “con artist”", "painted Romney as an out-of-touch rich
    /// guy who “looked down his nose”": a verb outside the cue lexicon, its object and "as"
    /// (at `k`) before a quotation in the sentence `[a, b)`. The verb is read as a cue with
    /// its object for content, as "described X as" is; a verb in the passive ("was painted
    /// as") or a preposition before the object ("in 2001 as") is not one.
    fn portrayed_as(&self, k: usize, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let after = k + 1 + usize::from(matches!(self.lw(k + 1), "a" | "an" | "the"));
        // (the quotation opens the phrase after "as", or closes inside a few words of it:
        // "as an out-of-touch rich guy who “looked down ...”")
        let q = self.p.quotes.iter().find(|q| q.open >= after && q.open <= after + 8 && (after..q.open).all(|i| self.is_word(i) || self.punct(i, '-')))?;
        let inner = self.quote_inner(q);
        if out.iter().any(|x| overlaps(x.content, inner)) || q.open >= b {
            return None;
        }
        let obj = self.np_before_once(k, a, false)?;
        let mut v = obj.first_tok.checked_sub(1)?;
        if matches!(self.lw(v), "after" | "on") && v > a {
            v -= 1;
        }
        if v <= a {
            return None;
        }
        let lw = self.lw(v);
        let verb_like = self.tok(v).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && (lw.ends_with("ed") || lw.ends_with("ing") || lexicon().is_past_tense(lw));
        // ("has been pounding" is active: only a participle in -ing after "been")
        let passive = !lw.ends_with("ing") && matches!(self.lw(v - 1), "was" | "were" | "is" | "are" | "be" | "been" | "being");
        let object_ends = self.tok(k - 1).is_some_and(|t| t.end == obj.mention.span.1);
        if !verb_like || !object_ends || passive || self.cue_class(v).is_some() || self.p.quoted(v) || matches!(self.lw(v - 1), "a" | "an" | "the") {
            return None;
        }
        self.cue(v, CueClass::Object, a, b).filter(|at| at.content.1 >= inner.1)
    }

    /// True when tokens `s..b` are a source closing the sentence: a short subject, a verb of
    /// saying and adjuncts only ("Interfax reported Thursday.", "the agency said.").
    fn source_closing(&self, s: usize, b: usize) -> bool {
        // (the subject: a name, or a determiner and a noun or two)
        let opens = self.tok(s).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized() && !is_auxiliary(self.lw(s))) || DETERMINERS.contains(self.lw(s));
        if !opens {
            return false;
        }
        let Some(v) = (s + 1..b.min(s + 6)).find(|&i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && !DETERMINERS.contains(self.lw(i))) else { return false };
        !self.p.quoted(v) && matches!(self.cue_class(v), Some(CueClass::Speech)) && self.adjunct_only(v + 1, b)
    }

    /// "quoted X as saying A" (X speaks) and "X was quoted as saying A" (the subject speaks),
    /// with the participle at `k` in the sentence `[a, b)`.
    fn quoted_as_saying(&self, k: usize, a: usize, b: usize) -> Option<Attribution> {
        let q = (a..k - 1).rev().take(10).find(|&i| matches!(self.lw(i), "quoted" | "quotes" | "quoting" | "quote") && !self.p.quoted(i))?;
        let mut subject_at = None;
        let speaker = if q + 2 == k {
            let mut v = q;
            while v > a && matches!(self.lw(v - 1), "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had" | "being" | "widely" | "also" | "once" | "later" | "reportedly" | "often") {
                v -= 1;
            }
            let subj = self.np_before(v, a)?;
            subject_at = Some(subj.first_tok);
            SpeakerRef::Mention(subj.mention)
        } else {
            // (an object pronoun is someone other than the clause's subject, whom the
            // resolver would pick: the quote is kept, its speaker left unknown)
            let pronoun = q + 2 == k - 1 && matches!(self.lw(q + 1), "him" | "her" | "them");
            if !(pronoun || self.valid_np(q + 1, k - 1)) || (q + 1..k - 1).any(|i| !self.is_word(i) && !self.punct(i, '.')) {
                return None;
            }
            if pronoun { SpeakerRef::Unknown } else { SpeakerRef::Mention(self.mention(q + 1, k - 1)) }
        };
        // (past a colon or a comma after the participle)
        let mut cs = k + 1;
        while cs < b && (self.punct(cs, ':') || self.punct(cs, ',')) {
            cs += 1;
        }
        // ("“...,” Dana, a resident, was quoted as saying by the Ynet news site.": who quoted
        // her follows, and what she said is the quotation closing right before her name)
        // (and so when the sentence ends after the participle: "“...,” Reyes was quoted as
        // saying.")
        let by_quoter = (self.lw(cs) == "by" && !(cs..b).any(|i| self.is_open_quote(i) || self.lw(i) == "that")) || !(cs..b).any(|i| self.is_word(i));
        let (content, kind) = if by_quoter {
            let close = subject_at.and_then(|s0| s0.checked_sub(1)).filter(|&c| c >= a && self.is_close_quote(c))?;
            let open = self.opening_of(close)?;
            self.content(open, close + 1)?
        } else {
            self.content(cs, b)?
        };
        let confidence = if matches!(speaker, SpeakerRef::Unknown) { 0.6 } else { 0.8 };
        Some(Attribution { content, kind, cue: Some(self.bytes(q, k + 1)), speaker, addressee: None, confidence, paragraph: self.pi, rule: "quoted-as-saying" })
    }

    /// The question after "asked" at `k` that opens at `q` ("whether ...", "about the delay"),
    /// up to the next comma: content whose asker the sentence does not name.
    pub(super) fn asked_question(&self, k: usize, q: usize, b: usize) -> Option<Attribution> {
        let request = q == k + 1 && self.lw(q) == "to" && self.tok(k).is_some_and(|t| t.is_capitalized());
        if !QUESTION_WORDS.contains(&self.lw(q)) && !request {
            return None;
        }
        let end = (q + 1..b).find(|&i| self.punct(i, ',') && !self.p.quoted(i)).unwrap_or(b);
        let (content, kind) = self.content(q, end)?;
        Some(Attribution {
            content,
            kind,
            cue: Some(self.bytes(k, k + 1)),
            speaker: SpeakerRef::Unknown,
            addressee: None,
            confidence: 0.5,
            paragraph: self.pi,
            rule: "asked-question",
        })
    }

    /// "Said Ana Ruiz, who grew up nearby, “We were proud of him.”": a verb of saying opens the
    /// sentence, its subject follows, then (after a comma or colon) the quotation.
    pub(super) fn fronted_cue(&self, k: usize, b: usize) -> Option<Attribution> {
        let w = self.lw(k);
        if !self.tok(k).is_some_and(|t| t.is_capitalized()) || !(w.ends_with("ed") || w.ends_with('s') || w == "said" || w == "told") || lexicon().cues.get(w) != Some(&CueClass::Speech) {
            return None;
        }
        let (ns, ne) = self.np_after(k + 1, b).filter(|&(ns, ne)| self.valid_np_as(ns, ne, false))?;
        // the first quotation after the subject, opened after a comma or colon
        let q = (ne..b).find(|&i| self.is_open_quote(i))?;
        if !(self.punct(q - 1, ',') || self.punct(q - 1, ':')) || (ne..q).any(|i| self.p.quoted(i)) {
            return None;
        }
        let (content, kind) = self.content(q, b)?;
        let (sp, ap) = self.with_appositive(ns, ne, b);
        Some(Attribution {
            content,
            kind,
            cue: Some(self.bytes(k, k + 1)),
            speaker: SpeakerRef::Mention(MentionSpan { span: sp, appositive: ap, antecedent: None }),
            addressee: None,
            confidence: 0.9,
            paragraph: self.pi,
            rule: "fronted-cue-subject-quote",
        })
    }

    /// "In the new Post-ABC poll, Trump wins a third of the vote.", "Clinton leads Sanders in
    /// the latest CBS News poll.": a poll or survey framing a clause is its source (the speaker
    /// is a document, so the class is evidence). The poll's phrase is short and plain, opens the
    /// sentence before a comma or closes it; not "voters surveyed in the poll" (a participle
    /// before "in": the clause is no finding).
    pub(super) fn in_poll(&self, k: usize, a: usize, b: usize) -> Option<Attribution> {
        let poll = |i: usize| matches!(self.lw(i), "poll" | "polls" | "survey" | "surveys") && !self.p.quoted(i);
        let plain = |i: usize| !self.p.quoted(i) && self.cue_class(i).is_none() && self.tok(i).is_some_and(|t| t.kind != TokKind::Quote && !matches!(t.first, ',' | ';' | ':' | '(' | ')' | '.' | '?' | '!'));
        let mut e = b;
        while e > k && self.tok(e - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '.' | '!' | '?')) {
            e -= 1;
        }
        // the poll's phrase [s, e): modifiers, the poll word, then at most a short participle
        // or time phrase ("released Monday", "last month"); no clause or other phrase in it
        // ("the District of Columbia head to the polls", "an interview before the polls closed")
        let poll_phrase = |s: usize, e: usize| {
            let Some(h) = (s..e).find(|&i| poll(i)) else { return false };
            (s..e).all(plain)
                && (s..h).all(|i| !matches!(self.lw(i), "to" | "of" | "and" | "or" | "for" | "with" | "that" | "which" | "who" | "before" | "after" | "as"))
                && (h + 1 == e || (e - h <= 5 && matches!(self.lw(h + 1), "released" | "conducted" | "taken" | "published" | "last" | "this" | "earlier")))
        };
        let (speaker, content) = if k == a {
            let c = (k + 2..b.min(k + 14)).find(|&i| self.punct(i, ','))?;
            if !poll_phrase(k + 1, c) {
                return None;
            }
            // (past a participle's phrase or a connective: "In the new poll, conducted March
            // 11-13, 40 percent ...", "In a poll on Thursday, however, ...")
            let mut cs = c + 1;
            let w = self.lw(cs);
            if (w.len() > 4 && w.ends_with("ed")) || SENTENCE_ADVERBS.contains(w) {
                cs = (cs..b.min(cs + 10)).find(|&i| self.punct(i, ','))? + 1;
            }
            ((k + 1, c), self.content(cs, b)?)
        } else {
            // (a single short clause before it: "Clinton leads Sanders in the latest poll")
            let before = self.lw(k - 1);
            // (none with its own cue or a clause inside: "Carson says he is under attack
            // because of his rise in the polls" is Carson's)
            let one_clause = k - a <= 20
                && (a..k).all(|i| !self.p.quoted(i) && self.cue_class(i).is_none() && !matches!(self.lw(i), "that" | "because") && self.tok(i).is_some_and(|t| t.kind != TokKind::Quote && !matches!(t.first, ',' | ';' | ':')));
            if e <= k + 1 || !poll_phrase(k + 1, e) || !one_clause || (before.len() > 4 && before.ends_with("ed")) || !self.is_word(k - 1) || SUBORDINATORS.contains(self.lw(a)) {
                return None;
            }
            ((k + 1, e), self.content(a, k)?)
        };
        let words = |r: Range| self.text.get(r.0..r.1).map_or(0, |t| t.words().count());
        if words(content.0) < 4 {
            return None;
        }
        Some(Attribution {
            content: content.0,
            kind: content.1,
            cue: Some(self.bytes(k, k + 1)),
            speaker: SpeakerRef::Mention(self.mention(speaker.0, speaker.1)),
            addressee: None,
            confidence: 0.7,
            paragraph: self.pi,
            rule: if k == a { "in-poll-lead" } else { "in-poll-tail" },
        })
    }

    /// "According to X, A." / "A, according to X." / "A, according to X, B.": the second
    /// is the rest of the sentence after a parenthetical "according to X,", when it goes on
    /// with a clause of its own ("Since November, according to the group, forces have killed
    /// 400 people", "Trump leads, according to the average, although Carson is close").
    pub(super) fn according(&self, k: usize, a: usize, b: usize) -> Option<(Attribution, Option<Attribution>)> {
        let lead = (a..k).all(|i| matches!(self.lw(i), "but" | "and" | "yet" | "so" | "still") || self.tok(i).is_some_and(|t| t.kind != TokKind::Word));
        // "according to conservative talk radio host X,", "according to state law,", "according
        // to an email from the union.": the phrase runs to the comma (at a sentence's start a
        // long one: "According to results of exit polls conducted by X for Y, ...")
        let reach = if lead { 32 } else { 16 };
        let to_comma = (k + 2..b.min(k + reach)).find(|&i| self.punct(i, ',') || self.punct(i, '.') || self.punct(i, ';'));
        // ("according to plan": an idiom, no source)
        let idiom = matches!(self.lw(k + 2), "plan" | "schedule") && to_comma == Some(k + 3);
        let (ns, ne) = match to_comma {
            Some(c) if c > k + 2 && !idiom && (k + 2..c).all(|i| self.tok(i).is_some_and(|t| t.kind != TokKind::Quote)) => (k + 2, c),
            _ => self.np_after(k + 2, b)?,
        };
        let mut mention = self.mention(ns, ne);
        // "According to Dana Pruitt, a spokeswoman for the utility, crews ...": a description
        // between commas after a name (no verb in it) is the name's appositive, not content
        let mut after = ne;
        if lead && self.punct(ne, ',') && self.tok(ns).is_some_and(|t| t.is_capitalized()) && mention.appositive.is_none() {
            if let Some(c) = (ne + 2..b.min(ne + 14)).find(|&i| self.punct(i, ',')) {
                let opens = matches!(self.lw(ne + 1), "a" | "an" | "the") || self.tok(ne + 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase() && lexicon().titles.contains(self.lw(ne + 1)));
                if opens && !(ne + 1..c).any(|i| self.finite_verb(i) || self.p.quoted(i)) && c + 1 < b {
                    mention.appositive = Some(self.bytes(ne + 1, c));
                    after = c;
                }
            }
        }
        // "According to the company's finance chief, Jeff Ames, costs ...": a name between
        // commas after a description is the description's appositive, the speaker
        // (a person's description: a title or a noun for one person last, no document's)
        let person_head = ne > ns && (lexicon().is_title(self.lw(ne - 1)) || matches!(lexicon().nouns.get(self.lw(ne - 1)), Some(super::lexicon::NounKind::Anonymous)));
        if lead && person_head && self.punct(ne, ',') && mention.appositive.is_none() && (self.tok(ns).is_some_and(|t| !t.is_capitalized()) || (ns..ne).any(|i| self.is_possessive(i))) {
            let in_name = |i: usize| self.tok(i).is_some_and(|t| (t.kind == TokKind::Word && (t.is_capitalized() || NAME_PARTICLES.contains(self.lw(i)))) || (t.first == '.' && !t.space_before));
            if let Some(c) = (ne + 1..b.min(ne + 6)).find(|&i| !in_name(i)).filter(|&c| self.punct(c, ',') && c >= ne + 3 && c + 1 < b) {
                if self.valid_np(ne + 1, c) {
                    mention.appositive = Some(self.bytes(ne + 1, c));
                    after = c;
                }
            }
        }
        // "..., according to her daughter, Delphine Keewatin-Ross.": a name closing the
        // sentence after a description is the description's appositive, the speaker
        if !lead && mention.appositive.is_none() && self.punct(ne, ',') {
            let in_name = |i: usize| self.tok(i).is_some_and(|t| (t.kind == TokKind::Word && (t.is_capitalized() || NAME_PARTICLES.contains(self.lw(i)))) || (t.first == '-' && !t.space_before));
            let e = (ne + 1..b).find(|&i| !in_name(i));
            let closes = e.is_none_or(|e| self.punct(e, '.') || self.is_close_quote(e));
            let e = e.unwrap_or(b);
            if closes && e >= ne + 3 && self.valid_np(ne + 1, e) {
                mention.appositive = Some(self.bytes(ne + 1, e));
            }
        }
        let mk = |content: (Range, QuoteType)| Attribution {
            content: content.0,
            kind: content.1,
            cue: Some(self.bytes(k, k + 2)),
            speaker: SpeakerRef::Mention(mention.clone()),
            addressee: None,
            confidence: 0.75,
            paragraph: self.pi,
            rule: if lead { "according-to-lead" } else { "according-to-tail" },
        };
        // "The plan, according to two officials, would cut taxes": a parenthetical between a
        // subject and its verb; the whole sentence was said (after the comma anything else, an
        // appositive "X, co-director of Y," or a new clause, leaves the content before the cue)
        let verb_next = is_auxiliary(self.lw(ne + 1));
        if !lead && k > a && self.punct(k - 1, ',') && self.punct(ne, ',') && verb_next {
            return self.content(a, b).map(|c| (mk(c), None));
        }
        // "Since January, according to Vask, the shelter has turned away 312 families": a frame
        // before the parenthetical source (an adjunct, a subordinate clause), the clause after
        // it is what the source reports
        // (not the source's appositive: "according to Dana Ross, a former envoy, was ...")
        let clause_after = || {
            let verb = |s: usize, e: usize| (s..e).any(|i| self.finite_verb(i) && !self.p.quoted(i));
            verb(ne + 1, b) && (ne + 1..b).find(|&i| self.punct(i, ',')).is_none_or(|c| verb(ne + 1, c))
        };
        if !lead && k > a + 1 && self.punct(k - 1, ',') && self.punct(ne, ',') && mention.appositive.is_none() && self.frame_before(a, k - 1) && clause_after() {
            if let Some(c) = self.content(ne + 1, b) {
                return Some((mk(c), None));
            }
        }
        // "That's according to X": the sentence before is what X reports (nothing, when
        // that sentence is another's)
        if !lead && opens_with_anaphor(self.words, a) {
            return self.antecedent.get().map(|c| (mk(c), None));
        }
        let (cs, ce) = if lead {
            let mut s = after;
            while s < b && self.punct(s, ',') {
                s += 1;
            }
            (s, b)
        } else {
            (a, k)
        };
        let before = self.content(cs, ce).map(mk)?;
        // the rest after a parenthetical source: a clause (a conjunction, or a finite verb
        // before the end), not the source's appositive or relative ("according to the
        // report, which ...", "according to Doe, a professor at ...")
        // (nor a contrast, the narrator's: "X leads, according to a tally, but his path is
        // narrowing"; nor a participle's phrase: "including one from ...", "taking a step")
        let r = ne + 1;
        let words = (r..b).filter(|&i| self.is_word(i)).count();
        let verb_in = |s: usize, e: usize| (s..e).any(|i| self.finite_verb(i) && !self.p.quoted(i));
        let first = self.lw(r);
        let appositive = (r..b).find(|&i| self.punct(i, ',')).is_some_and(|c| !verb_in(r, c));
        let clause = matches!(first, "and" | "although" | "though" | "while" | "whereas")
            || (!matches!(first, "which" | "who" | "whom" | "whose" | "where" | "a" | "an" | "the" | "one" | "its" | "his" | "her" | "their" | "but" | "yet" | "even" | "compared")
                && !first.ends_with("ing")
                && !appositive
                && verb_in(r, b));
        let rest = (!lead && k > a && self.punct(k - 1, ',') && self.punct(ne, ',') && mention.appositive.is_none() && words >= 3 && clause && self.is_word(r))
            .then(|| self.content(r, b).map(mk))
            .flatten();
        Some((before, rest))
    }

    /// Tokens `[a, e)` are a name and a description set off by a comma, in either order
    /// ("Maria Lopez, a nurse at the hospital", "A nurse, Maria Lopez"), with no verb: a
    /// subject phrase, never a clause said.
    fn name_and_appositive(&self, a: usize, e: usize) -> bool {
        let Some(c) = (a..e).find(|&i| self.punct(i, ',')) else { return false };
        // (the description's relative clause has verbs of its own: "Ramesh Patil, a farmer who
        // is not related to Sunita Patil,")
        let relative = (c + 2..e).find(|&i| matches!(self.lw(i), "who" | "whose" | "whom") && !self.p.quoted(i)).unwrap_or(e);
        let verbless = (a..relative).all(|i| !self.finite_verb(i) && !is_auxiliary(self.lw(i)) && self.cue_class(i).is_none() && !self.p.quoted(i) && !self.is_open_quote(i))
            && (relative..e).all(|i| !self.p.quoted(i) && !self.is_open_quote(i) && !self.punct(i, ','));
        // a name: two or more capitalised words and nothing else
        let name = |s: usize, t: usize| t >= s + 2 && (s..t).all(|i| self.is_word(i) && self.tok(i).is_some_and(|t| t.is_capitalized()));
        let second_end = (c + 1..e).find(|&i| self.punct(i, ',')).unwrap_or(e);
        verbless && (name(a, c) || name(c + 1, second_end))
    }

    /// "For Ana Ruiz, owner of the bakery, the rent ...": the token after a frame that opens
    /// `[a, e)` with "For", a name (capitalised words) and perhaps its appositive, when a clause
    /// follows the frame.
    fn person_frame(&self, a: usize, e: usize) -> Option<usize> {
        if self.lw(a) != "for" || self.p.quoted(a) {
            return None;
        }
        let c1 = (a + 1..e.min(a + 6)).find(|&i| self.punct(i, ','))?;
        if c1 < a + 2 || !(a + 1..c1).all(|i| self.is_word(i) && self.tok(i).is_some_and(|t| t.is_capitalized())) {
            return None;
        }
        if self.clause_at(c1 + 1, e) {
            return Some(c1 + 1);
        }
        // (an appositive without a verb: "owner of the bakery,", "a nurse in Leeds,")
        let c2 = (c1 + 2..e.min(c1 + 12)).find(|&i| self.punct(i, ','))?;
        let verbless = (c1 + 1..c2).all(|i| self.is_word(i) && !self.finite_verb(i) && self.cue_class(i).is_none() && !self.p.quoted(i));
        (verbless && self.tok(c1 + 1).is_some_and(|t| !t.is_capitalized()) && self.clause_at(c2 + 1, e)).then_some(c2 + 1)
    }

    /// "enable the mayor to plan and write the budget": a base form joined by "and" or "or" to
    /// the verb of an infinitive is one too, nothing reported (not "decided to stay and said").
    fn joined_to_infinitive(&self, k: usize, a: usize) -> bool {
        k >= a + 3 && matches!(self.lw(k - 1), "and" | "or") && self.lw(k - 3) == "to" && self.is_word(k - 2) && self.tok(k - 2).is_some_and(|t| !t.is_capitalized()) && lexicon().cue_bases.contains(self.lw(k))
    }

    /// True when token `k` stands between an owner (a possessive pronoun, or a possessive
    /// [`Ctx::is_possessive`] that is no pronoun's "has" or "is") and a word that may head a
    /// noun phrase.
    fn owner_before_noun(&self, k: usize) -> bool {
        let before = self.lw(k - 1);
        let contraction = || crate::text::possessive_owner(before).is_some_and(|o| matches!(o, "" | "he" | "she" | "it" | "that" | "who" | "what" | "there" | "here" | "where" | "this"));
        let owner = matches!(before, "his" | "its" | "their" | "our" | "my" | "your") || (self.is_word(k - 1) && self.is_possessive(k - 1) && !contraction());
        owner && self.is_word(k + 1) && !self.p.quoted(k + 1) && !matches!(self.lw(k + 1), "that" | "to" | "it" | "this" | "he" | "she" | "they" | "we" | "i" | "you" | "in" | "on" | "at" | "for" | "by" | "with" | "as" | "the" | "a" | "an" | "his" | "her" | "their" | "its")
    }

    /// A cue verb at token `k` of the sentence `[a, b)`.
    pub(super) fn cue(&self, k: usize, class: CueClass, a: usize, b: usize) -> Option<Attribution> {
        let lex = lexicon();
        // "a newly revealed call", "the widely reported remark": a participle modifying a noun
        if self.lw(k).ends_with("ed") && k > a + 1 && self.lw(k - 1).len() >= 4 && self.lw(k - 1).ends_with("ly") && matches!(self.lw(k - 2), "a" | "an" | "the" | "this" | "that" | "his" | "her" | "its" | "their") {
            return None;
        }
        // "called off a rally": a phrasal verb, cancelling; "its No. 9 express bus": "express"
        // after a determiner or a number modifies a noun; "The route continues north": moving on
        let w = self.lw(k);
        if w.starts_with("call") && self.lw(k + 1) == "off" {
            return None;
        }
        // "relate to, say, deficit projections": "say" set off by commas alone gives an
        // example; "It's no wonder the mayor is anxious": a noun after "no"
        if (w == "say" && k > 0 && self.punct(k - 1, ',') && self.punct(k + 1, ',')) || (k > 0 && self.lw(k - 1) == "no" && matches!(w, "wonder" | "doubt" | "question")) {
            return None;
        }
        if w == "express" && k > a && (matches!(self.lw(k - 1), "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "my") || self.tok(k - 1).is_some_and(|t| t.kind == TokKind::Number)) {
            return None;
        }
        if w.starts_with("continu") && matches!(self.lw(k + 1), "north" | "south" | "east" | "west" | "northward" | "southward" | "eastward" | "westward" | "along" | "through" | "past" | "across" | "into" | "onto" | "toward" | "towards" | "downstream" | "upstream" | "inland") {
            return None;
        }
        // "state Del. Marcia Price", "state senator Ana Ruiz": "state" before a title is the
        // title's modifier, no verb
        if w == "state" && (lex.is_title(self.lw(k + 1).trim_end_matches('.')) || self.tok(k + 1).is_some_and(|t| t.abbrev.is_some())) {
            return None;
        }
        // "The expanded recall would affect vehicles", "the claim has cost": a modal or an
        // auxiliary right after the word makes it the noun heading a subject (no verb of
        // saying reports a clause opening with one)
        // (after a determiner, maybe an adjective between: not "a plan experts say could
        // exclude", whose relative clause lacks its subject)
        // (no plural nor title between, the subject of a relative: "what the senators say was")
        let det = |i: usize| matches!(self.lw(i), "the" | "a" | "an" | "its" | "his" | "her" | "their");
        let modifier = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()) && !lex.nouns.contains_key(self.lw(i)) && !self.lw(i).ends_with('s') && !lex.is_title(self.lw(i));
        let noun_place = det(k - 1) || (k > a + 1 && det(k - 2) && modifier(k - 1));
        if noun_place && !self.p.quoted(k + 1) && matches!(self.lw(k + 1), "would" | "will" | "could" | "should" | "can" | "may" | "might" | "must" | "has" | "had" | "is" | "was" | "were") && !self.lw(k).ends_with("ing") {
            return None;
        }
        // "the accused had fled": a participle after "the" is a noun, no verb
        if k > a && self.lw(k - 1) == "the" && self.lw(k).ends_with("ed") {
            return None;
        }
        // "Mayor Kerr’s proposed bylaw", "his revised plan": a participle between an owner and
        // a noun modifies the noun (not after a pronoun's "'s", "has": "he's said that"; a
        // noun with a clause of its own reports that: "his repeated calls to ban", "Stumpf’s
        // repeated emphasis that")
        if k > a && w.ends_with("ed") && self.owner_before_noun(k) && !matches!(self.lw(k + 2), "that" | "to") {
            return None;
        }
        // "showed up at the debate": arriving, nothing shown; "had shown “incredible
        // character”": a quality displayed, a quoted phrase for its object
        if self.lw(k).starts_with("show") && (self.lw(k + 1) == "up" || self.is_open_quote(k + 1)) {
            return None;
        }
        if self.adds_a_thing(k, b) {
            return None;
        }
        // "would not say whether anyone was arrested", "didn't disclose how much": a refusal
        // to answer a question, nothing reported
        let negated = k > a && (matches!(self.lw(k - 1), "not" | "never") || self.lw(k - 1).ends_with("n't") || self.lw(k - 1).ends_with("n’t"));
        if negated && matches!(self.lw(k + 1), "whether" | "if" | "when" | "how" | "what" | "why" | "who" | "where" | "which") {
            return None;
        }
        // "she does not blame the staff", "he never criticized the plan": a stance not taken
        if negated && class == CueClass::Object && !self.is_open_quote(k + 1) {
            return None;
        }
        // "said prayers", "said goodbye to her", "said grace", "thanked God for": a rite or a
        // greeting said, no words reported (not "said a prayer was answered")
        let lw = self.lw(k);
        if (lw.starts_with("say") || lw == "said") && matches!(self.lw(k + 1), "prayers" | "goodbye" | "good-bye" | "goodbyes" | "farewell" | "grace" | "hello" | "mass")
            || (lw.starts_with("thank") && matches!(self.lw(k + 1), "god" | "everyone" | "everybody"))
        {
            return None;
        }
        // "tweeted it with a link", "posted them online": a thing named before, shared, no
        // words reported (not "said it would")
        if class == CueClass::Speech && matches!(self.lw(k + 1), "it" | "them") && !self.p.quoted(k + 1) && (self.tok(k + 2).is_none_or(|t| t.kind == TokKind::Punct) || matches!(self.lw(k + 2), "with" | "on" | "online" | "in" | "again" | "from")) {
            return None;
        }
        // "pleaded guilty", "pleads not guilty": a plea in court, nothing reported
        if self.lw(k).starts_with("plead") && matches!(self.lw(k + 1), "guilty" | "not" | "innocent" | "no") {
            return None;
        }
        // the verb group: "has long said", "would later say"
        // "pointed out", "fired back", "summed up": a particle belongs to the verb
        // ("called for", a demand: "called for his dismissal" reports "his dismissal")
        // ("said up to 30 centimetres fell": a quantity, no particle)
        let particle = (matches!(self.lw(k + 1), "out" | "back" | "up") || (self.lw(k).starts_with("call") && self.lw(k + 1) == "for")) && !self.p.quoted(k + 1) && !self.quantity_at(k + 1);
        let mut after = k + 1 + usize::from(particle);
        // "said in a statement" / "said Tuesday": adjuncts are skipped when looking for content
        let cue_range = self.bytes(k, after);
        // inverted subject: ", said X" right after a comma or closing quote
        let prev = k.checked_sub(1);
        let after_break = prev.is_some_and(|i| self.is_break(i));
        if after_break && class == CueClass::Speech {
            // right after a quotation any determiner phrase names the speaker ("said the
            // designer", "said the 46-year-old")
            let quoted = prev.is_some_and(|i| self.is_close_quote(i));
            // ("..., says her twin brother.": a noun for one person after a determiner too)
            if let Some((ns, ne)) = self.np_after(after, b).filter(|&(ns, ne)| self.valid_np_as(ns, ne, quoted) || self.person_noun_phrase(ns, ne)) {
                // "In other words, explained moderator Nancy Cordes: “...”", "Because of the
                // schedule, explained Rosenberg, “...”": a quotation right after the phrase is
                // what was said (after a quotation, "“A,” said X, “B.”" is one split quotation)
                if !quoted && (self.punct(ne, ',') || self.punct(ne, ':')) && self.is_open_quote(ne + 1) {
                    if let Some((content, kind)) = self.content(ne + 1, b) {
                        return Some(Attribution {
                            content,
                            kind,
                            cue: Some(cue_range),
                            speaker: SpeakerRef::Mention(MentionSpan { span: self.bytes(ns, ne), appositive: None, antecedent: None }),
                            addressee: None,
                            confidence: 0.9,
                            paragraph: self.pi,
                            rule: "fronted-cue-subject-quote",
                        });
                    }
                }
                // after the phrase: adjuncts, an appositive or a relative clause ("said one woman
                // who declined ..."); after a quotation also a participle ("said one aide
                // involved in the talks", "said the chief known as Bob") or "of" ("said one
                // owner of a shop that ...") after a phrase that is no pronoun
                let w = self.lw(ne);
                let participle = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) || w == "known";
                let postmodified = quoted && ne > ns + 1 && (participle || w == "of");
                let rest_adjunct = self.adjunct_only(ne, b) || self.punct(ne, ',') || self.punct(ne, '(') || matches!(w, "who" | "whose") || postmodified;
                // "Mike Morrell, a veteran of the CIA, said the approach put forward by Trump is
                // insufficient": a verb before the next comma makes the phrase the subject of the
                // content clause, not a speaker after its cue (a quotation's speaker is not read so)
                let aux_at = |i: usize| self.tok(i).is_some_and(|t| !t.is_capitalized()) && is_auxiliary(self.lw(i));
                let clause_follows = !quoted && (ne..b).take_while(|&i| !self.punct(i, ',')).any(aux_at);
                let content_end = self.back_over_punct(k, a);
                // "The contrast, said Ruiz, would be clear": a parenthetical between a subject and
                // its verb; the whole sentence was said
                let verb_next = !quoted && self.punct(ne, ',') && (aux_at(ne + 1) || self.finite_verb(ne + 1));
                let content_end = if verb_next { b } else { content_end };
                // "A, said Howard, but B": a clause after the speaker phrase was said too (as in
                // "A, Howard said, but B"), no appositive of the speaker
                let conj_clause = || matches!(self.lw(ne + 1), "but" | "and") && (ne + 2..b.min(ne + 12)).take_while(|&i| !self.punct(i, ',')).any(|i| self.finite_verb(i));
                let tail = !quoted && !verb_next && self.punct(ne, ',') && (conj_clause() || self.clause_at(ne + 1, b));
                // "García, 36, posted a 3.40 ERA": capitalised words and numbers alone before
                // the comma are a name and its age, the verb's subject, nothing said
                // (not in a title-case headline, where every word is)
                let name_only = !quoted && !self.headline && (a..content_end).all(|i| !self.is_word(i) || self.tok(i).is_some_and(|t| t.is_capitalized()));
                // ("Delaney's wife, Andrea, read a victim impact statement": a phrase with no
                // verb before the comma is the subject of a verb whose object is a document,
                // nothing said; "The paradox of Nancy, says Carl Anthony" is said)
                let document_object = ne > ns && matches!(lex.nouns.get(self.lw(ne - 1)), Some(super::lexicon::NounKind::Document));
                // ("Edmonton defenceman Evan Bouchard, who logged 27 minutes, said the Oilers
                // need ...": a phrase and its relative clause, the subject of "said")
                let relative_subject = !quoted
                    && (a..content_end).find(|&c| self.punct(c, ',')).is_some_and(|c| {
                        matches!(self.lw(c + 1), "who" | "whose") && !(a..c).any(|i| self.finite_verb(i)) && !(c + 1..content_end).any(|i| self.punct(i, ','))
                    });
                // ("Maria Lopez, a nurse at the hospital, said the unit needs more staff", "A
                // nurse, Maria Lopez, said ...": a name and its appositive with no verb between
                // are the subject of "said"; what follows it was said)
                let appositive_subject = !quoted && self.name_and_appositive(a, content_end);
                let name_only = name_only || relative_subject || appositive_subject || (!quoted && !verb_next && document_object && (a..content_end).all(|i| !self.finite_verb(i) && !is_auxiliary(self.lw(i)) && self.cue_class(i).is_none()));
                if (rest_adjunct || verb_next) && !clause_follows && !name_only && content_end > a {
                    let (sp, ap) = if verb_next || tail { (self.bytes(ns, ne), None) } else { self.with_appositive(ns, ne, b) };
                    let mk = |(content, kind): (Range, QuoteType)| Attribution {
                        content,
                        kind,
                        cue: Some(cue_range),
                        speaker: SpeakerRef::Mention(MentionSpan { span: sp, appositive: ap, antecedent: None }),
                        addressee: None,
                        confidence: if kind == QuoteType::Indirect { 0.7 } else { 0.9 },
                        paragraph: self.pi,
                        rule: "content-comma-cue-subject",
                    };
                    if let Some(first) = self.content(a, content_end) {
                        if let Some(second) = self.content(ne + 1, b).filter(|_| tail) {
                            self.extra.borrow_mut().push(mk(first));
                            return Some(mk(second));
                        }
                        return Some(mk(first));
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
        // subject before the cue (before the verb that takes it: "X went on to say", "X
        // continued to argue")
        let chain = match (k.checked_sub(3).map(|i| self.lw(i)), k.checked_sub(2).map(|i| self.lw(i)), k.checked_sub(1).map(|i| self.lw(i))) {
            (Some("went" | "goes" | "go" | "gone" | "going"), Some("on"), Some("to")) if k >= a + 3 => k - 3,
            (_, Some("continued" | "continues" | "proceeded" | "proceeds"), Some("to")) if k >= a + 2 => k - 2,
            _ => k,
        };
        let subj = self.np_before(chain, a)?;
        if counts_people(self.lc, &subj.mention) {
            return None;
        }
        // "She said as the search continued, more arrests were expected": a verb in a
        // subordinate clause that opens what a verb of saying reports reports nothing itself
        let sf = subj.first_tok;
        if sf >= a + 2 && (self.lw(sf - 1) == "as" || SUBORDINATORS.contains(self.lw(sf - 1))) && !self.p.quoted(sf - 2) && matches!(self.cue_class(sf - 2), Some(CueClass::Speech | CueClass::Tell)) && self.punct(k + 1, ',') {
            return None;
        }
        // "a group called Citizens for Trump", "an electric script called “Wild Rose”": a
        // participle naming a thing, no one's words (an indefinite phrase headed by a lowercase
        // noun that names no person or people, then a name or a quotation). The noun before the
        // verb heads the phrase only when no preposition or relative clause comes between ("One
        // of the docs who sent the letter called X a quack" speaks).
        let simple = || (subj.first_tok + 1..k).all(|i| self.is_word(i) && !matches!(self.lw(i), "of" | "who" | "which" | "that" | "for" | "from" | "with" | "at" | "in" | "by"));
        if matches!(self.lw(k), "called" | "dubbed") && matches!(self.lw(subj.first_tok), "a" | "an" | "one") && k > subj.first_tok + 1 && simple() {
            let head = self.lw(k - 1);
            let thing = self.tok(k - 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase())
                && !lex.titles.contains(head)
                && !matches!(lex.nouns.get(head), Some(super::lexicon::NounKind::Anonymous | super::lexicon::NounKind::Group));
            if thing && (self.is_open_quote(k + 1) || self.tok(k + 1).is_some_and(|t| t.is_capitalized())) {
                return None;
            }
        }
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
            // "“...,” a Feb. 2 Facebook post reads", "the report says": a verb of saying right
            // after the word makes it the noun heading that verb's subject
            let next = self.lw(k + 1);
            if self.tok(k + 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && !self.p.quoted(k + 1) && (next.ends_with('s') || next.ends_with("ed") || matches!(next, "said" | "read" | "wrote")) && matches!(self.cue_class(k + 1), Some(CueClass::Speech | CueClass::Tell)) {
                return None;
            }
            // "Battleground state Florida ...": a noun unless the structure says verb
            let pron = lex.pronouns.contains_key(self.text.get(subj.mention.span.0..subj.mention.span.1).unwrap_or("").to_ascii_lowercase().as_str());
            let next_that = self.lw(after) == "that";
            let next_quote = self.is_open_quote(after) || ((self.punct(after, ',') || self.punct(after, ':')) && self.is_open_quote(after + 1));
            let next_to = class == CueClass::Intent && self.infinitive_at(after, b);
            // "“...,” the report states", "“...!” a message on the site claims": a quotation
            // ending in its own comma or stop right before the subject (not a title: "“The
            // Apprentice” TV show", "the “Super Tuesday” March 1 states")
            let s0 = subj.first_tok;
            let phrase_opens = DETERMINERS.contains(self.lw(s0)) || self.tok(s0).is_some_and(|t| t.is_capitalized());
            let after_quote = s0 > a + 1 && phrase_opens && self.is_close_quote(s0 - 1) && [',', '!', '?', '.'].iter().any(|&c| self.punct(s0 - 2, c));
            // "A, the Daily Ledger reports.": a speaker phrase after the comma closing a clause,
            // and the cue ends the sentence
            let head = self.lw(k - 1);
            let speaker_head = self.tok(k - 1).is_some_and(|t| t.is_capitalized()) || lex.nouns.contains_key(head) || lex.titles.contains(head);
            let noun_head = lex.nouns.contains_key(head) && self.tok(k - 1).is_some_and(|t| t.kind == TokKind::Word);
            // (lowercase modifiers the phrase dropped may stand after the comma: "A, campaign
            // and corporate records show.")
            let mut m0 = s0;
            while noun_head && m0 > a + 2 && s0 - m0 < 4 && self.tok(m0 - 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && (self.lw(m0 - 1) == "and" || !CLAUSE_WORDS.contains(self.lw(m0 - 1))) && !self.cue_class(m0 - 1).is_some() {
                m0 -= 1;
            }
            let closing = m0 > a + 2 && (phrase_opens || noun_head) && speaker_head && self.punct(m0 - 1, ',') && (after..b).all(|i| !self.is_word(i) && !self.is_open_quote(i));
            // "FEC records show X has donated", "Polls show Clinton is ahead": a speaker noun
            // (a document, a group) before the word and a clause after it
            let noun_then_clause = (noun_head || particle) && self.clause_at(after, b);
            // "Polls show Mrs. Clinton slightly trailing", "the survey shows only a small gender
            // gap": a document shows what its object says (a picture depicts, it reports nothing:
            // "A graphic shows the states where ...")
            let document = (subj.first_tok..k).any(|i| matches!(lex.nouns.get(self.lw(i)), Some(super::lexicon::NounKind::Document)) && !lex.pictures.contains(self.lw(i)));
            let object_opens = {
                let w = self.lw(after);
                self.tok(after).is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number))
                    && !is_auxiliary(w)
                    && (!CLAUSE_WORDS.contains(w) || DETERMINERS.contains(w) || matches!(w, "her" | "him" | "them" | "only" | "no"))
            };
            let document_object = document && matches!(self.lw(k), "show" | "shows" | "showed") && !self.p.quoted(after) && object_opens && (after..b).filter(|&i| self.is_word(i)).count() >= 2;
            if !(pron || next_that || next_quote || next_to || after_quote || closing || noun_then_clause || document_object) {
                return None;
            }
            // "in her depressed state, “...”": after an article or a possessive (and a
            // modifier), a quotation after the word does not make it a verb ("his
            // often-repeated vow that ..." stays a noun cue, its possessive the speaker)
            let det = |i: usize| matches!(self.lw(i), "a" | "an" | "the" | "his" | "her" | "its" | "their" | "my" | "our" | "your" | "this" | "these");
            let modifier = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && !is_auxiliary(self.lw(i)) && !lex.pronouns.contains_key(self.lw(i));
            // (not a noun that may speak before a clause: "The article claims the county banned
            // fishing" is its verb)
            let determined = k > a && (det(k - 1) || (k > a + 1 && det(k - 2) && modifier(k - 1) && !(noun_then_clause && noun_head)));
            // (a quotation closed right before a short phrase, of the determiner and a noun or
            // two, is what its verb reports: "“...,” the statement read", "“...,” the report
            // states"; not "“...,” the nominee riffed on the remark")
            let quoted_subject = after_quote && s0 + 3 >= k;
            if determined && !(pron || next_that || next_to || document_object || quoted_subject) {
                return None;
            }
        }
        // addressee for verbs of telling
        let mut addressee = None;
        if class == CueClass::Tell {
            // "told owners in October that ...": a short adjunct of time between whom and
            // "that" is no content
            // (time words only: in "told a crowd at Hamburger Mary's that spilled out", "that"
            // opens a relative clause)
            let adjunct_that = |from: usize| {
                if !matches!(self.lw(from), "in" | "on" | "during" | "last" | "this" | "earlier") {
                    return None;
                }
                let that = (from + 1..b.min(from + 5)).find(|&i| self.lw(i) == "that" && !self.p.quoted(i))?;
                let time = |i: usize| {
                    let w = self.lw(i);
                    is_time_word(w) || is_weekday(w) || matches!(w, "the" | "early" | "late" | "day" | "fall" | "spring" | "summer" | "winter" | "weekend")
                };
                (from + 1..that).all(|i| self.is_word(i) && !self.p.quoted(i) && time(i)).then_some(that)
            };
            if let Some((xs, mut xe)) = self.np_after(after, b) {
                // "told CTV News residents were evacuated": a capitalised name, then lowercase
                // nouns before a finite verb: the nouns open the clause told
                let named_end = (xs..xe).take_while(|&i| self.tok(i).is_some_and(|t| t.is_capitalized()) || (i == xs && self.lw(i) == "the")).last().map(|i| i + 1);
                if let Some(c) = named_end.filter(|&c| c < xe && (xs..c).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized())) && self.finite_verb(xe)) {
                    if (c..xe).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())) {
                        xe = c;
                    }
                }
                addressee = Some(self.bytes(xs, xe));
                after = adjunct_that(xe).unwrap_or(xe);
            } else if let Some((t, that)) = (after + 1..b.min(after + 4)).find_map(|t| Some((t, adjunct_that(t)?))).filter(|&(t, _)| self.people_object(after, t)) {
                addressee = Some(self.bytes(after, t));
                after = that;
            } else if matches!(self.lw(after), "him" | "her" | "them" | "me" | "us") && !self.p.quoted(after) {
                // "..., the president told her.": an object pronoun alone
                addressee = Some(self.bytes(after, after + 1));
                after += 1;
            } else if let Some(t) = (after + 1..b.min(after + 4)).find(|&t| self.people_object(after, t) && self.clause_at(t, b)) {
                // "told lawmakers it was his duty": whom, then a clause without "that"
                addressee = Some(self.bytes(after, t));
                after = t;
            } else if let Some(t) = (after + 1..(after + 4).min(b + 1)).find(|&t| self.people_object(after, t) && (self.punct(t, ',') || (t..b).all(|i| !self.is_word(i)) || (self.adjunct_only(t, b) && !(t..b).any(|i| QUESTION_WORDS.contains(&self.lw(i)))))) {
                // "A, he told friends, and B": whom, then a break or the sentence's end (or only
                // adjuncts: "A, the CEO told employees in a memo on Thursday")
                addressee = Some(self.bytes(after, t));
                after = t;
            }
        }
        // "pleaded with the board to act", "called on Congress to act": a verb of urging and a
        // preposition; then, as after "urged", whom and the infinitive
        let urged = addressee.is_none() && self.urging_preposition(k, after, b);
        if urged {
            after += 1;
        }
        // content before: "A, X said." / "“A,” X said."
        // modifiers the phrase dropped ("retired Air Force general X", "Algerian foreign affairs
        // ministry spokesman X") sit between the break and the phrase
        let mut bs = subj.first_tok;
        // (joined by "and": "A, campaign and corporate records show.")
        while bs > a + 1 && subj.first_tok - bs < 3 && self.is_word(bs - 1) && self.tok(bs - 1).is_some_and(|t| t.first.is_lowercase()) && (self.lw(bs - 1) == "and" || !CLAUSE_WORDS.contains(self.lw(bs - 1))) && !self.cue_class(bs - 1).is_some() {
            bs -= 1;
        }
        // ("A, and officials said": a conjunction opens no modifier)
        if bs < subj.first_tok && self.lw(bs) == "and" {
            bs += 1;
        }
        // (opened by one capitalised word right after the break: "Algerian")
        if bs < subj.first_tok && bs > a + 1 && self.tok(bs - 1).is_some_and(|t| t.is_capitalized()) && self.is_break(bs - 2) {
            bs -= 1;
        }
        // ("..., the emotions they feel when ...": a pronoun takes no modifiers; words before
        // it are a phrase of their own, the pronoun's clause a relative one)
        if !(bs > a && self.is_break(bs - 1)) || (bs < subj.first_tok && lexicon().pronouns.contains_key(self.lw(subj.first_tok))) {
            bs = subj.first_tok;
        }
        let before_subj = bs.checked_sub(1);
        // "X, who joked about Y, ...": before a relative pronoun stands its antecedent, not content
        let relative = matches!(self.lw(subj.first_tok), "who" | "which" | "whom");
        // "A, when, in fact, he responded quickly": a subordinator (and a short aside) right
        // before the subject puts it in a clause of its own, not after what it said
        let subordinate = before_subj.is_some_and(|i| {
            let mut e = i;
            if e > a + 1 && self.punct(e, ',') {
                if let Some(c) = (e.saturating_sub(4).max(a)..e).rev().find(|&c| self.punct(c, ',')) {
                    if (c + 1..e).all(|j| self.is_word(j)) {
                        e = c;
                    }
                }
            }
            e > a && SUBORDINATORS.contains(self.lw(e - 1)) && !self.p.quoted(e - 1)
        });
        let subj_after_break = !relative && !subordinate && before_subj.is_some_and(|i| i >= a && self.is_break(i));
        let mut rest = after;
        while rest < b && (self.lw(rest) == "that" || self.punct(rest, ':')) {
            rest += 1;
        }
        if subj_after_break && class != CueClass::Object {
            let content_end = self.back_over_punct(bs, a);
            let participle_next = self.punct(after, ',') && (self.lw(after + 1).ends_with("ing") || matches!(self.lw(after + 1), "and" | "but" | "as" | "while" | "when" | "before" | "after" | "because" | "although"));
            // ("A — X is planning to end B": an infinitive of intent is content after the cue)
            let clause_after = rest < b && (!self.adjunct_only(after, b) || (class == CueClass::Intent && self.infinitive_at(after, b))) && !participle_next;
            // "A, X said, B.": a parenthetical cue; both sides were said ("A, X argued in his
            // email, B": an adjunct of a few plain words may stand between the cue and the comma)
            let comma = if self.punct(after, ',') {
                Some(after)
            } else if !self.p.quoted(after) && (matches!(self.lw(after), "in" | "on" | "at" | "during" | "after" | "before" | "via" | "through" | "since" | "while") || (self.adjunct_at(after) && (is_time_word(self.lw(after)) || is_weekday(self.lw(after))))) {
                (after + 1..b.min(after + 9))
                    .find(|&c| !self.tok(c).is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number)) || self.lw(c) == "that" || self.p.quoted(c))
                    .filter(|&c| self.punct(c, ','))
            } else {
                None
            };
            let p_clause = match comma {
                // (then a clause, or the verb of a subject before the cue: "Fundraising, she
                // said on Monday, has surged")
                // (not a source closing the sentence: "“...,” X told Ekho Radio, Interfax
                // reported Thursday." is Interfax's report of X's words, nothing X said)
                Some(c) if c > after => (self.clause_at(c + 1, b) || is_auxiliary(self.lw(c + 1))) && !self.source_closing(c + 1, b),
                // ("“...,” Ross said, her voice breaking.": how it was said, nothing said)
                Some(c) => clause_after && !self.absolute_phrase(c + 1, b) && !self.source_closing(c + 1, b),
                None => clause_after,
            };
            let before_words = (a..content_end).filter(|&i| self.is_word(i)).count();
            // a closed quotation right before the subject is what was said, whatever follows
            let quote_before = content_end > a && self.is_close_quote(content_end - 1) && self.opening_of(content_end - 1).is_some_and(|o| o <= a + 1);
            // one word before is the subject of a verb after ("Fundraising, she said, has surged",
            // "Greensboro, Sexton said, made him ...")
            let p_after = comma.unwrap_or(after);
            let verb_next = self.finite_verb(p_after + 1) && !self.p.quoted(p_after + 1);
            // "Last week, X wrote, “A”", "On Monday, X said, “A”": an adjunct of time alone
            // before the subject, and a quotation after the cue, tell when it was said; only
            // the quotation was ("As for the network, he said, “...”" keeps its topic)
            let time_before_quote = || {
                self.is_open_quote(p_after + 1)
                    && (a..content_end).all(|i| !self.is_word(i) || matches!(self.lw(i), "just" | "the" | "early" | "late") || is_time_word(self.lw(i)) || is_weekday(self.lw(i)))
            };
            // "In the statement, X said, “I join ...”", "Chair of the board, X stated, “Today
            // we ...”": a quotation that opens with a capital after the cue's comma and runs to
            // the sentence's end is a whole sentence said; what stands before the subject tells
            // where, or who, not what (unless it says something itself: "Noting that A, X asked,
            // “...”"; a noun after its determiner says nothing: "In the report, X wrote")
            let sentence_quoted_after = || {
                self.is_open_quote(p_after + 1)
                    && !(a..content_end).any(|i| self.cue_class(i).is_some() && !(i > a && DETERMINERS.contains(self.lw(i - 1))))
                    && self.tok(p_after + 2).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized())
                    && self.p.quotes.iter().find(|q| q.open == p_after + 1).and_then(|q| q.close).is_some_and(|c| {
                        // (to the sentence's end, or a sentence's end inside the marks and a
                        // capital after them: "X wrote, “A.” He explained ...")
                        let ends = c > 0 && self.tok(c - 1).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '.' | '!' | '?'));
                        (c + 1..b).all(|i| !self.is_word(i)) || (ends && self.tok(c + 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized()))
                    })
            };
            if p_clause && content_end > a && comma.is_some() && (before_words >= 2 || verb_next) && !self.lw(p_after + 1).ends_with("ing") && !time_before_quote() && !sentence_quoted_after() {
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
                // "Asked whether he would run, the governor said, “I have not decided”": a
                // participle opening the sentence is the narrator's; only what follows was said
                // ("When asked what the agency would do, he said, “...”": so is a participle
                // after a subordinator)
                let participle_at = |i: usize| self.lw(i).len() > 4 && self.lw(i).ends_with("ed") && !lexicon().nouns.contains_key(self.lw(i));
                // ("Responding to a query on sanctions, the minister said, “...”", "Hearing a
                // petition, the judge remarked, “...”": a present participle with its object,
                // the subject's verb not after the cue; "Fundraising, she said, has surged" is
                // a subject)
                // (not one of saying or judging with its object: "Noting that A, X said",
                // "Lamenting their luck, X say" report; one with "to" and whom or what it
                // answers does not: "Responding to a query")
                let present_at = |i: usize| self.lw(i).len() > 5 && self.lw(i).ends_with("ing") && !lexicon().nouns.contains_key(self.lw(i)) && (self.cue_class(i).is_none() || self.lw(i + 1) == "to") && before_words >= 3 && !verb_next;
                let participle = self.tok(a).is_some_and(|t| t.is_capitalized()) && (participle_at(a) || present_at(a) || (matches!(self.lw(a), "when" | "once" | "if" | "after" | "before" | "while") && (participle_at(a + 1) || present_at(a + 1))));
                if participle {
                    if let Some((c2, k2)) = self.content(p_after + 1, b) {
                        return Some(mk(c2, k2));
                    }
                }
                // ("“This is not right,” she said, “and it has to stop”": a closed quotation on
                // each side is one quotation split by its cue, two spans without the cue)
                let split_quotation = quote_before && self.is_open_quote(p_after + 1);
                if (before_words < 6 || verb_next) && !split_quotation {
                    // "Such an approach, she said, would be ...": one span, the subject belongs to it
                    if let Some((c, k)) = self.content(a, b) {
                        return Some(mk(c, k));
                    }
                }
                if let (Some((c1, k1)), Some((c2, k2))) = (self.content(a, content_end), self.content(p_after + 1, b)) {
                    self.extra.borrow_mut().push(mk(c1, k1));
                    return Some(mk(c2, k2));
                }
            }
            let that_after = self.lw(after) == "that" || self.punct(after, ':');
            // "X amended his testimony once — “I now do recall,” he said": narration, then a
            // dash or a colon, then the quotation, which alone was said
            let quote_start = (content_end > a && self.is_close_quote(content_end - 1))
                .then(|| self.opening_of(content_end - 1))
                .flatten()
                .filter(|&o| o > a + 1 && (self.is_dash(o - 1) || self.punct(o - 1, ':')));
            // "Robert “Bob” Hensley told": a nickname inside a name, no quotation
            let nickname = quote_before
                && self.opening_of(content_end - 1).is_some_and(|o| {
                    let inner = o + 1..content_end - 1;
                    o > a && self.tok(o - 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized())
                        && (1..=2).contains(&inner.len())
                        && inner.clone().all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized()))
                        && subj.first_tok == content_end
                });
            if content_end > a && !nickname && (!clause_after || (quote_before && !that_after)) && !self.frame_before(a, content_end) {
                // ("For Ana Ruiz, owner of the bakery, the rent is too high, she said": the
                // person whose view it is frames it, and the pronoun after it is that person)
                let pronoun = matches!(self.lw(subj.first_tok), "he" | "she" | "they") && subj.first_tok + 1 == k;
                let start = quote_start.or_else(|| pronoun.then(|| self.person_frame(a, content_end)).flatten()).unwrap_or(a);
                if let Some((content, kind)) = self.content(start, content_end) {
                    let mk = |content: Range, kind: QuoteType| Attribution {
                        content,
                        kind,
                        cue: Some(cue_range),
                        speaker: SpeakerRef::Mention(subj.mention.clone()),
                        addressee,
                        confidence: if kind == QuoteType::Indirect { 0.7 } else { 0.9 },
                        paragraph: self.pi,
                        rule: "content-comma-subject-cue",
                    };
                    // "A, he said, and she gripped his hands", "A, he said, because B": a clause
                    // joined after the cue's comma was said too (not "A, he said, and walked out")
                    if !quote_before && self.punct(after, ',') && self.conjoined_clause(after + 1, b) {
                        if let Some((c2, k2)) = self.content(after + 1, b) {
                            self.extra.borrow_mut().push(mk(content, kind));
                            return Some(mk(c2, k2));
                        }
                    }
                    return Some(mk(content, kind));
                }
            }
        }
        // content after: "X said (that) A", "X said: “A”"
        let mut cs = after;
        let mut saw_that = false;
        let mut relative = false;
        // skip adjuncts before "that": "said on Tuesday that" (past eight words, a name's
        // capitals without a verb: "said in an interview with The Globe and Mail that")
        let named_adjunct = |t: usize| {
            (after + 1..t).all(|i| !self.finite_verb(i) && !self.p.quoted(i) && !self.punct(i, ',') && !self.lw(i).ends_with("ing"))
                && (after..t).any(|i| self.tok(i).is_some_and(|x| x.is_capitalized()))
        };
        let near_that = (after..b.min(after + 12)).find(|&i| self.lw(i) == "that" && !self.p.quoted(i)).filter(|&t| t < after + 8 || named_adjunct(t));
        if let Some(t) = near_that {
            // (a "that" with a verb right after it, past an adjunct, opens a relative clause
            // of the adjunct's noun: "charged after crash that killed cyclist")
            relative = t > after && self.adjunct_at(after) && lexicon().is_past_tense(self.lw(t + 1)) && !is_auxiliary(self.lw(t + 1));
            if !relative && self.adjunct_only_range(after, t) {
                cs = t + 1;
                saw_that = true;
            } else if !relative && addressee.is_none() && self.people_object(after, t) {
                // "warned voters that", "promised them that": whom it was said to, then what
                addressee = Some(self.bytes(after, t));
                cs = t + 1;
                saw_that = true;
            } else if let Some(p) = (!relative && addressee.is_none() && class == CueClass::Tell).then(|| self.where_told(after, t, b)).flatten() {
                // "told jurors in his opening statement that", "told analysts on a conference
                // call that": whom, where, then what
                addressee = Some(self.bytes(after, p));
                cs = t + 1;
                saw_that = true;
            } else if !relative && t > after + 2 && self.punct(t - 1, ',') && (after..t - 1).any(|i| self.punct(i, ',')) && (after..t).all(|i| !self.finite_verb(i) && !self.p.quoted(i)) {
                // "told the council, a body of 12, that": whom and an aside, then what
                cs = t + 1;
                saw_that = true;
            }
        } else if self.lw(after) == "to" {
            // "explained to reporters why ...": whom, then an indirect question
            if let Some(t) = (after + 2..b.min(after + 8)).find(|&i| matches!(self.lw(i), "why" | "how" | "whether") && !self.p.quoted(i)) {
                // (a phrase naming whom, not an infinitive: "wants to know whether")
                let end = if self.punct(t - 1, ',') { t - 1 } else { t };
                if self.people_object(after + 1, end) || self.np_after(after + 1, b).is_some_and(|(ns, ne)| ns == after + 1 && ne == end) {
                    cs = t;
                    saw_that = true;
                }
            }
        }
        let comma_after = self.punct(cs, ',');
        while cs < b && (self.punct(cs, ':') || self.punct(cs, ',')) {
            cs += 1;
        }
        // "By the time those primaries concluded, more than 40 percent said ...", "When the
        // hearing ended, the judge ...": a fronted subordinate clause ends at the comma, and
        // the main clause after it is no content of its verb
        if comma_after && !saw_that && !self.is_open_quote(cs) && (a..k).all(|i| !self.punct(i, ',')) {
            let w = self.lw(a);
            if SUBORDINATORS.contains(w) || (w == "by" && self.lw(a + 1) == "the" && self.lw(a + 2) == "time") {
                return None;
            }
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
                // (an adjunct, no clause: not "written the song, she was only half-surprised: “...”";
                // nor a relative clause with a verb of its own: "cited an official, who said:
                // “...”", the official's words)
                let relative = |i: usize| matches!(self.lw(i), "who" | "which" | "whom") && self.cue_class(i + 1).is_some();
                if (cs..q).all(|i| !self.p.quoted(i) && !relative(i) && !(is_auxiliary(self.lw(i)) && self.tok(i).is_some_and(|t| t.first.is_lowercase()))) {
                    cs = q;
                }
            }
        }
        // "said Friday he met X", "said in a statement the plan will fail": a short adjunct,
        // then a clause without "that"
        if !saw_that && !self.is_open_quote(cs) && class != CueClass::Object {
            if let Some(t) = self.clause_after_adjunct(cs, b) {
                cs = t;
            }
        }
        // "says while this test did not show it, the patient waited", "said in some cases,
        // patients are": a subordinate clause or a short adjunct, a comma, then a main clause
        // (the adjunct left out of what was said, the subordinate clause kept in it), right
        // after the verb ("As a general rule, if ..." is no verb "rule" reporting)
        if !saw_that && cs == after && !self.is_open_quote(cs) {
            let w = self.lw(cs);
            // (a subordinate clause with its own subject: not "said, if elected, she would"; an
            // adjunct after a verb of saying or telling only: "scoff at the notion, we can"
            // and "known for its transparency, the paper is" report nothing; nor a verb inside
            // a fronted subordinate clause: "Even though the politicians will scoff at the
            // notion, we can see")
            let fronted = SUBORDINATORS.contains(self.lw(a)) || self.lw(a) == "even";
            let sub = matches!(w, "while" | "when" | "as" | "if" | "because" | "since" | "once" | "unless" | "after" | "before" | "although" | "though" | "whether");
            let prep = matches!(w, "in" | "on" | "at" | "during" | "under") && matches!(class, CueClass::Speech | CueClass::Tell) && !fronted;
            if sub || prep {
                let reach = b.min(cs + if sub { 16 } else { 6 });
                if let Some(c) = (cs + 1..reach).find(|&i| self.punct(i, ',') && !self.p.quoted(i)) {
                    let own_subject = || self.clause_at(cs + 1, b) || (cs + 2..c).any(|i| self.finite_verb(i));
                    let plain = (cs + 1..c).all(|i| !self.p.quoted(i) && self.tok(i).is_some_and(|t| t.kind == TokKind::Word || t.kind == TokKind::Number) && (sub || !self.finite_verb(i))) && (prep || own_subject());
                    if plain && c + 1 < b && self.clause_at(c + 1, b) {
                        if prep {
                            cs = c + 1;
                        }
                        saw_that = true;
                    }
                }
            }
        }
        let opens_quote = self.is_open_quote(cs);
        // ... and with nothing else after it, nothing is reported ("Woman charged after crash
        // that killed cyclist")
        if relative && cs == after && !opens_quote {
            return None;
        }
        // "reported at least 5,000 people entered", "said nearly 300 districts closed": a
        // quantity opens the content's subject, no adjunct or adverb of the verb
        let quantity = self.quantity_at(cs);
        // "the rate scientists had predicted, according to a new study": another source's
        // phrase, not what the verb reports
        if !saw_that && self.lw(cs) == "according" && self.lw(cs + 1) == "to" {
            return None;
        }
        // "a man accused of abusing his partner", "was accused of fraud": "of" right after
        // the verb, after a noun in lower case or a form of "be", makes it a passive; the
        // subject is the accused, no accuser ("the preacher whom Erdogan accuses of", "the
        // senator she has accused of" keep theirs)
        if !saw_that && k > 0 && class == CueClass::Object && self.lw(cs) == "of" && self.lw(k).starts_with("accus") {
            let before = if k > 1 && matches!(self.lw(k - 1), "has" | "have" | "had") { k - 2 } else { k - 1 };
            let w = self.lw(before);
            let passive = matches!(w, "was" | "were" | "is" | "are" | "been" | "being" | "be" | "get" | "got")
                || (self.is_word(before) && self.tok(before).is_some_and(|t| t.first.is_lowercase()) && !lexicon().pronouns.contains_key(w));
            if passive {
                return None;
            }
        }
        if !saw_that && !opens_quote && !quantity && (class != CueClass::Object || self.lw(cs) == "by") && self.intransitive_at(cs) {
            return None; // "has written extensively on X", "spoke about Y", "Baxter, portrayed by Allen"
        }
        // "a man accused in the shooting", "spoke with reporters after the vote": only
        // adjuncts after the verb, nothing reported
        if !saw_that && !opens_quote && !quantity && matches!(self.lw(cs), "in" | "at" | "during" | "after" | "before" | "with" | "from" | "via" | "through") && self.adjunct_only_range(cs, b) {
            return None;
        }
        // "Obama called Reyes on Tuesday night", "Voss called him and hung up": a telephone
        // call, whom and nothing said of them. A complement after the person reports ("called
        // Sanders a liar"), and so does an infinitive anywhere after it ("called Sanders to
        // congratulate him" says why; "called Voss and urged her to run" is kept for its "to")
        if class == CueClass::Object && self.lw(k).starts_with("call") && !saw_that && !self.is_open_quote(cs) && !urged {
            // (or a number: "called 911 at 10:52 p.m.")
            let number = self.tok(cs).is_some_and(|t| t.kind == TokKind::Number).then_some((cs, cs + 1));
            let person = number.or_else(|| {
                self.np_after(cs, b).filter(|&(ns, ne)| {
                    let named = (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.kind != TokKind::Word));
                    let pronoun = ne == ns + 1 && matches!(self.lw(ns), "him" | "her" | "them");
                    ns == cs && (named || pronoun)
                })
            });
            if let Some((_, ne)) = person {
                let purpose = (ne..b).any(|i| self.lw(i) == "to" && self.infinitive_at(i, b));
                // (a number called is a line, a comma after it too: "he called 911, firefighters
                // arrived within minutes"; not "calls 22 emails 'top secret'")
                if !purpose && ((number.is_some() && self.punct(ne, ',')) || ne >= b || self.lw(ne) == "and" || (self.adjunct_only(ne, b) && !self.punct(ne, ','))) {
                    return None;
                }
            }
        }
        // "They found him when they responded, the spokesman said": after a comma, a short
        // phrase and a verb of saying ending the sentence are its own attribution, nothing this
        // verb reports
        let after_comma = if self.punct(cs, ',') { Some(cs + 1) } else { (cs == k + 2 && self.punct(k + 1, ',')).then_some(cs) };
        if let Some(c) = after_comma.filter(|_| !saw_that && !opens_quote) {
            let last = (c..b).rev().find(|&i| self.is_word(i));
            if let Some(v) = last.filter(|&v| v > c && v - c <= 4 && self.cue_class(v).is_some() && (c..v).all(|i| self.is_word(i) && !self.finite_verb(i) && self.cue_class(i).is_none())) {
                if (v + 1..b).all(|i| !self.is_word(i)) {
                    return None;
                }
            }
        }
        // "The operation continues, reaching 3,000 families": a participle after the comma,
        // after a subject that names no one, tells what goes with it, nothing reported
        // ("Clinton said, painting Trump as ..." reports); "a ceasefire agreed between the
        // two sides": a participle that modifies a noun
        if !saw_that && !opens_quote {
            // (a thing: no name, no pronoun, no noun the lexicon gives a speaker's kind or a title)
            let thing = || {
                let head = self.lc.get(subj.mention.span.0..subj.mention.span.1).and_then(|m| m.rsplit(' ').next()).unwrap_or("");
                !self.names_someone(subj.mention.span) && !lex.nouns.contains_key(head) && !lex.is_title(head) && !crate::lexicon::names::is_person_noun(head)
            };
            let participle_next = after_comma.is_some_and(|c| self.lw(c).len() > 4 && self.lw(c).ends_with("ing") && !self.p.quoted(c) && self.cue_class(c).is_none());
            if (participle_next || self.lw(k + 1) == "between") && thing() {
                return None;
            }
        }
        // "declined to comment", "wants the city to pay": the infinitive is the content
        let infinitive = (class == CueClass::Intent || urged) && !saw_that && !opens_quote && self.infinitive_at(cs, b);
        // "who declined to be named", "refused to give his name": anonymity, not a statement
        if infinitive && (cs..b.min(cs + 5)).any(|i| matches!(self.lw(i), "name" | "named" | "identified" | "identify" | "identity")) {
            return None;
        }
        // "who asked not to be named": whatever the verb, a wish for anonymity
        let not_to = if self.lw(cs) == "not" { cs + 1 } else { cs };
        if !saw_that && !opens_quote && self.lw(not_to) == "to" && self.lw(not_to + 1) == "be" && matches!(self.lw(not_to + 2), "named" | "identified" | "quoted") {
            return None;
        }
        // "who asked that her last name not be used", "did not want her surname published":
        // a wish for anonymity ("said the victim's name would be released" still reports)
        if anonymity_wish(self.lw(k), |i| self.lw(i), cs, b) {
            return None;
        }
        // "posted a video", "added 25 points": an action, unless a clause follows
        let action = lex.action_verbs.contains(self.lw(k));
        if (matches!(class, CueClass::Belief | CueClass::Intent) || action) && !saw_that && !opens_quote && !infinitive && !self.clause_at(cs, b) {
            return None;
        }
        if !saw_that && !opens_quote && !infinitive && !quantity && ADJUNCT_WORDS.contains(self.lw(cs)) && class != CueClass::Object {
            // "said in a statement." with nothing reported after ("said this is ..." reports)
            if self.adjunct_only(cs, b) && !self.clause_at(cs, b) {
                return None;
            }
        }
        // "Mercer had shown “a total disregard for human life”": a person shows a quality and
        // the quotation is someone else's words about them (a poll or a record that shows
        // reports what it shows)
        if opens_quote && !saw_that && self.lw(k).starts_with("show") && self.names_someone(subj.mention.span) {
            return None;
        }
        let mut ce = self.content_end(cs, b);
        // "Although the rules recommend A, the agency B": a cue in a fronted subordinate
        // clause reports up to the comma where the main clause begins
        if subj.first_tok == a + 1 && (self.lw(a) == "if" || SUBORDINATORS.contains(self.lw(a))) {
            if let Some(c) = (cs + 1..ce).find(|&c| self.punct(c, ',') && !self.p.quoted(c) && self.clause_at(c + 1, b)) {
                ce = c;
            }
        }
        // "X, who has endorsed Clinton, said Y": a cue in a relative clause between commas
        // reports up to the comma where the main clause's verb resumes
        let relative = subj.first_tok > a && self.punct(subj.first_tok - 1, ',') && matches!(self.lw(subj.first_tok), "who" | "which") && self.text.get(subj.mention.span.0..subj.mention.span.1).is_some_and(|s| !s.contains(' '));
        if relative {
            let verb = |i: usize| self.finite_verb(i) || (self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && self.cue_class(i).is_some());
            if let Some(c) = (cs + 1..ce).find(|&c| self.punct(c, ',') && !self.p.quoted(c) && verb(c + 1)) {
                ce = c;
            }
        }
        // ("called the plan “improvised,” while ...": a quotation in it is what was said)
        if !saw_that && !opens_quote && ce < b && (cs..ce).filter(|&i| self.is_word(i)).count() < 4 && !(cs..ce).any(|i| self.is_open_quote(i)) {
            return None; // "a message posted Friday, Cruz said ...": not this cue's content
        }
        // "cited an unnamed palace official, who said: “...”": the one cited speaks in the
        // relative clause; a phrase with no verb before it is whom, not what, the verb reports
        let relative_speaks = ce + 2 < b && self.punct(ce, ',') && matches!(self.lw(ce + 1), "who" | "whom") && self.cue_class(ce + 2).is_some();
        // (a phrase: an article, a possessive or a name first, no auxiliary; "unnamed" may
        // read as a past tense)
        let phrase = || (DETERMINERS.contains(self.lw(cs)) || self.is_possessive(cs) || self.tok(cs).is_some_and(|t| t.is_capitalized())) && (cs..ce).all(|i| !is_auxiliary(self.lw(i)) && !self.is_open_quote(i));
        if !saw_that && !opens_quote && relative_speaks && phrase() {
            return None;
        }
        // "has warned Police Commissioner Ali Rasheed.", "warned Commissioner of Police Mo
        // Hameed": a verb of saying with a person's name and title alone after it, to the
        // sentence's end, names whom it was said to
        if !saw_that && !opens_quote && matches!(class, CueClass::Speech | CueClass::Tell) && ce == b && self.person_alone(cs, ce) {
            return None;
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
    pub(super) fn inside_content(&self, k: usize, out: &[Attribution]) -> bool {
        let Some(t) = self.tok(k) else { return false };
        out.iter().rev().take_while(|x| x.paragraph == self.pi).any(|x| x.content.0 <= t.start && t.end <= x.content.1)
    }

    /// True when token `k` ("expected") follows a form of "be", maybe with adverbs between.
    pub(super) fn after_be(&self, k: usize, a: usize) -> bool {
        let mut j = k;
        // ("are often called", "was also told", "is still said", "is then told")
        while j > a && (is_ly_adverb(self.lw(j - 1)) || matches!(self.lw(j - 1), "not" | "often" | "also" | "still" | "never" | "always" | "sometimes" | "already" | "even" | "now" | "long" | "then" | "again" | "later" | "first" | "just" | "only")) {
            j -= 1;
        }
        j > a && matches!(self.lw(j - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "’s")
    }

    /// "The vote seemed close", "the bill is expected to pass": the subject and what
    /// follows are one content span, with no speaker.
    pub(super) fn seem(&self, k: usize, a: usize, b: usize) -> Option<Attribution> {
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
        // "She appeared to imply that A", "Carson seems to recognize A": a cue after "to" makes
        // the subject, a person, its source ("the plan seemed to work" stays an impression)
        let lex = lexicon();
        let verb = self.cue_class(k + 2).filter(|c| !matches!(c, CueClass::Seem));
        let person = || {
            let (s0, s1) = subj.mention.span;
            let phrase = self.text.get(s0..s1).unwrap_or("");
            let head = self.lc.get(s0..s1).map_or("", |l| crate::text::last_piece(l, b' '));
            matches!(self.lw(subj.first_tok), "he" | "she" | "they" | "we" | "i") || phrase.words().all(|x| x.starts_with(char::is_uppercase)) || lex.nouns.contains_key(head) || lex.is_title(head)
        };
        if let Some(&verb) = verb.filter(|_| next == "to" && self.tok(k + 2).is_some_and(|t| t.first.is_lowercase()) && person()) {
            let (cs, _) = self.content_after_cue(k + 3, verb, b);
            let (content, kind) = self.content(cs, self.content_end(cs, b))?;
            return Some(Attribution {
                content,
                kind,
                cue: Some(self.bytes(k, k + 3)),
                speaker: SpeakerRef::Mention(subj.mention),
                addressee: None,
                confidence: 0.6,
                paragraph: self.pi,
                rule: "seem-to-cue",
            });
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

    /// True when the words at `cs`, right after a verb of saying, say it reports nothing:
    /// an adverb or "about"/"on" ("spoke about Y") or a passive's agent ("a decision
    /// criticized by others"; "responded by saying" reports).
    fn intransitive_at(&self, cs: usize) -> bool {
        let w = self.lw(cs);
        intransitive_start(w) || (w == "by" && !self.lw(cs + 1).ends_with("ing") && !self.lw(cs + 2).ends_with("ing"))
    }

    /// The first token of a clause without "that" after a short adjunct at `cs`: a time
    /// ("said Friday he met", "said last week the plan would fail"), a place or a medium
    /// ("said in a statement the company will", "said in an interview with CNN he would").
    /// The adjunct is a few words without punctuation; a pronoun or phrase right after a
    /// preposition is its object ("said after he met X": a frame, nothing reported), and what a
    /// thing was said of, about or to is no adjunct ("said of the decision he made").
    pub(super) fn clause_after_adjunct(&self, cs: usize, b: usize) -> Option<usize> {
        const PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "after", "before", "via", "through", "from", "with", "while", "when", "since", "for", "over", "throughout"];
        let first = self.lw(cs);
        let prep = PREPOSITIONS.contains(&first);
        if !(prep || is_weekday(first) || is_time_word(first) || is_ly_adverb(first)) || !self.is_word(cs) {
            return None;
        }
        // "this week", not "this Supreme Court term"
        let next = self.lw(cs + 1);
        if matches!(first, "this" | "last" | "next") && !(is_time_word(next) || is_weekday(next)) {
            return None;
        }
        // after a preposition (or its determiner) comes its object, not a clause
        let mut object_next = prep;
        for t in cs + 1..b.min(cs + 9) {
            if self.p.quoted(t) || !self.tok(t).is_some_and(|x| x.kind == TokKind::Word || x.kind == TokKind::Number) {
                return None;
            }
            let w = self.lw(t);
            // (a capitalised word after another continues its name: "in New York")
            // (a weekday ends the adjunct, no subject: "said in a post Monday the ward was full")
            let name = self.tok(t).is_some_and(|x| x.is_capitalized()) && !self.tok(t - 1).is_some_and(|x| x.is_capitalized()) && !is_weekday(w);
            // (with a clitic auxiliary too: "said Wednesday it's time")
            let pronoun = w.split(['\'', '’']).next().unwrap_or(w);
            let subject = matches!(pronoun, "he" | "she" | "they" | "we" | "i" | "it" | "you") || DETERMINERS.contains(w) || name;
            if !object_next && subject && !matches!(w, "a" | "an") && self.clause_at(t, b) {
                return Some(t);
            }
            if CLAUSE_WORDS.contains(w) && !PREPOSITIONS.contains(&w) {
                return None;
            }
            object_next = PREPOSITIONS.contains(&w) || (object_next && DETERMINERS.contains(w));
        }
        None
    }

    /// "to comment", "the city to pay": an infinitive, maybe after its own subject, at `cs`.
    pub(super) fn infinitive_at(&self, cs: usize, b: usize) -> bool {
        if self.lw(cs) == "to" {
            return self.is_word(cs + 1) && !self.tok(cs + 1).is_some_and(|t| t.is_capitalized());
        }
        match self.np_after(cs, b) {
            Some((_, e)) => self.lw(e) == "to" && self.is_word(e + 1),
            None => false,
        }
    }

    /// True when a quantity opens a noun phrase at `cs`: "at least 5,000", "nearly 300",
    /// "more than 15,000", "up to 40".
    pub(super) fn quantity_at(&self, cs: usize) -> bool {
        // (a number, a number word or a fraction: "about half", "nearly two-thirds", "more than
        // a third", "about one in five")
        let number = |i: usize| {
            self.tok(i).is_some_and(|t| t.kind == TokKind::Number)
                || is_number_word(self.lw(i))
                || is_fraction(self.lw(i))
                || (self.lw(i) == "a" && matches!(self.lw(i + 1), "third" | "quarter" | "fifth" | "majority" | "dozen"))
        };
        match self.lw(cs) {
            "at" => matches!(self.lw(cs + 1), "least" | "most") && number(cs + 2),
            "more" | "fewer" | "less" => self.lw(cs + 1) == "than" && number(cs + 2),
            "up" => self.lw(cs + 1) == "to" && number(cs + 2),
            // "as many as 30 people", "as much as half"
            "as" => matches!(self.lw(cs + 1), "many" | "much" | "few" | "little") && self.lw(cs + 2) == "as" && number(cs + 3),
            "nearly" | "almost" | "roughly" | "about" | "approximately" | "around" | "over" | "some" => number(cs + 1),
            _ => false,
        }
    }

    /// A finite clause without "that" at `cs`: "he can win", "the plan will fail".
    pub(super) fn clause_at(&self, cs: usize, b: usize) -> bool {
        const AUX: &[&str] = &[
            "is", "are", "was", "were", "will", "would", "can", "could", "should", "might", "may", "must",
            "has", "have", "had", "does", "did", "do", "won't", "can't", "isn't", "aren't", "wasn't",
            "doesn't", "didn't", "wouldn't", "shouldn't", "couldn't", "hasn't", "haven't",
        ];
        let w = self.lw(cs);
        // "this is a bad idea", not "this week"
        if w == "this" {
            return AUX.contains(&self.lw(cs + 1));
        }
        const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "it", "you", "there", "that"];
        // "it's", "they're", "we'll", "that's": a subject and its auxiliary in one word
        if let Some((subject, aux)) = w.split_once(['\'', '’']) {
            return SUBJECTS.contains(&subject) && matches!(aux, "s" | "re" | "ll" | "d" | "ve" | "m");
        }
        if w != "that" && SUBJECTS.contains(&w) {
            // (the verb may open a quotation: 'he "hand-delivered a letter"')
            let vi = if self.is_open_quote(cs + 1) { cs + 2 } else { cs + 1 };
            let v = self.lw(vi);
            return self.is_word(vi) && (AUX.contains(&v) || !(CLAUSE_WORDS.contains(v) || ADJUNCT_WORDS.contains(v) || is_ly_adverb(v)));
        }
        // (or a title's lowercase modifier before a capitalised title: "former Governor X signed")
        let title_modifier = matches!(w, "former" | "acting" | "then" | "late") && self.tok(cs + 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        let starts_np = self.tok(cs).is_some_and(|t| t.is_capitalized() || t.kind == TokKind::Number) || DETERMINERS.contains(w) || title_modifier;
        // without a determiner: lowercase words before an auxiliary, two or three ("believe
        // meaningful debt relief is possible", "think economic growth will slow") or a plural
        // alone ("think women are likely", "voters will")
        let lex = lexicon();
        let content_word = |i: usize| {
            let v = self.lw(i);
            self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase())
                && !self.p.quoted(i)
                && !(CLAUSE_WORDS.contains(v) || ADJUNCT_WORDS.contains(v) || DETERMINERS.contains(v) || is_auxiliary(v) || is_ly_adverb(v) || lex.pronouns.contains_key(v) || lex.cues.contains_key(v) || lex.adverbs.contains(v))
        };
        let plural = || w.len() > 3 && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) || matches!(lex.nouns.get(w), Some(super::lexicon::NounKind::Group)));
        if !starts_np && content_word(cs) {
            let j = (cs + 1..b.min(cs + 4)).find(|&j| !content_word(j)).unwrap_or(b.min(cs + 4));
            if AUX.contains(&self.lw(j)) && (j > cs + 1 || plural()) {
                return true;
            }
        }
        if !starts_np || matches!(w, "a" | "an") {
            return false;
        }
        // the phrase runs to an auxiliary or a past tense within a few words, with no break
        // before it ("found the nominee garnered more airtime"; a past participle right after
        // the determiner modifies the noun: "the leaked emails")
        // (not the verb of a relative clause: "the ones who went to college")
        let mut relative = false;
        for i in cs + 1..b.min(cs + 9) {
            let w = self.lw(i);
            relative = relative || matches!(w, "who" | "which" | "whom" | "whose");
            if AUX.contains(&w) {
                return true;
            }
            if !self.tok(i).is_some_and(|t| t.kind == TokKind::Word || (t.kind == TokKind::Quote && !t.space_before) || t.kind == TokKind::Number) || CLAUSE_WORDS.contains(w) {
                return false;
            }
            // (a past tense read last: a lexicon lookup)
            if i > cs + 1 && !relative && !self.p.quoted(i) && self.finite_verb(i) {
                return true;
            }
        }
        false
    }

    /// True when tokens `s..b` are an absolute phrase that ends the sentence, saying how
    /// something was said, not what: "her voice breaking", "tears in her eyes", "a smile on
    /// his face". A possessive or an article (or a plural noun) opens it, a participle or a
    /// preposition follows within a few words, and no finite verb, "that" or quotation.
    pub(super) fn absolute_phrase(&self, s: usize, b: usize) -> bool {
        let words: Vec<usize> = (s..b).filter(|&i| self.is_word(i)).collect();
        let Some(&first) = words.first() else { return false };
        let w = self.lw(first);
        let opens = matches!(w, "his" | "her" | "their" | "its" | "my" | "our" | "a" | "an")
            || (self.tok(first).is_some_and(|t| t.first.is_lowercase()) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !is_auxiliary(w));
        let tail_is_words = (s..b).all(|i| self.is_word(i) || (i + 1 == b && self.tok(i).is_some_and(|t| t.kind == TokKind::Punct)));
        let how = words[1..].iter().any(|&i| {
            let v = self.lw(i);
            (v.len() > 4 && v.ends_with("ing")) || matches!(v, "in" | "on" | "with" | "down" | "from")
        });
        opens
            && tail_is_words
            && (2..=8).contains(&words.len())
            && how
            && !words.iter().any(|&i| self.finite_verb(i) || self.lw(i) == "that" || self.p.quoted(i) || self.cue_class(i).is_some())
    }

    /// True when "add" at token `k` adds something, no words: "has since added more staff
    /// training", "added 200 jobs" (not "added that", "added a caveat: “...”", nor "the
    /// plan, he added, would ...").
    fn adds_a_thing(&self, k: usize, b: usize) -> bool {
        self.lw(k).starts_with("add")
            // (not inverted after a quotation: "“...,” added another Republican")
            && !k.checked_sub(1).is_some_and(|i| self.is_break(i))
            && !self.p.quoted(k + 1)
            && (matches!(self.lw(k + 1), "more" | "new" | "a" | "an" | "another" | "some" | "several" | "extra" | "additional" | "two" | "three") || self.tok(k + 1).is_some_and(|t| t.kind == TokKind::Number))
            && !self.clause_at(k + 1, b)
            && (k + 1..b).all(|i| !self.punct(i, ':') && !self.is_open_quote(i))
    }

    /// "X said she was “deeply disappointed” and urged both sides to return": the content of
    /// the first verb, when it runs over the second verb (cue `k`) of the same speaker, ends
    /// before that verb's "and"; each verb reports its own words, none twice.
    fn end_before_coordinated(&self, k: usize, a: usize, second: &Attribution, out: &mut [Attribution]) {
        let (Some(cue), SpeakerRef::Mention(m2)) = (self.tok(k), &second.speaker) else { return };
        let Some(first) = out.last_mut().filter(|f| f.paragraph == self.pi && f.content.0 < cue.start && cue.end <= f.content.1) else { return };
        if !matches!(&first.speaker, SpeakerRef::Mention(m1) if m1.span == m2.span) {
            return;
        }
        let and = self.skip_adverbs_back(k, a).saturating_sub(1);
        let Some(cs) = (a..and).find(|&i| self.tok(i).is_some_and(|t| t.start >= first.content.0)) else { return };
        if let Some((content, kind)) = self.content(cs, self.back_over_punct(and, cs)) {
            first.content = content;
            first.kind = kind;
        }
    }

    /// "X exhorted Y ... and said A": a second verb shares the sentence's subject.
    pub(super) fn coordinated(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let j = self.skip_adverbs_back(k, a);
        let prev = j.checked_sub(1)?;
        if !matches!(self.lw(prev), "and" | "but") || prev <= a || class == CueClass::Belief || self.adds_a_thing(k, b) {
            return None;
        }
        // "town halls and state fairs": a word that is also a noun, before a lowercase word
        // that opens no content, is that noun
        let lex = lexicon();
        // ("contacted the police by phone and email": a noun joined to the object of a
        // preposition is another noun)
        if lex.noun_verbs.contains(self.lw(k)) && prev >= a + 2 && matches!(self.lw(prev - 2), "by" | "via" | "through" | "in" | "on" | "over" | "with") && self.tok(prev - 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) {
            return None;
        }
        if lex.noun_verbs.contains(self.lw(k)) {
            let next = self.lw(k + 1);
            let opens = next == "that" || self.is_open_quote(k + 1) || self.punct(k + 1, ',') || self.punct(k + 1, ':') || DETERMINERS.contains(next) || lex.pronouns.contains_key(next);
            if !opens && self.tok(k + 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) {
                return None;
            }
        }
        // "... and are often called hieleras": a passive after "and" has no speaker
        if !self.lw(k).ends_with("ing") && self.after_be(k, a) {
            return None;
        }
        let mut at = self.participle_with_subject(k, class, a, b, out)?;
        at.rule = "coordinated-verb";
        if let Some(m) = self.clause_subject_before(prev, a) {
            // (a verb in its base form is coordinated with an infinitive or a plural's verb
            // before: "to support those who had suffered and defend ...")
            let w = self.lw(k);
            let base = [format!("{w}s"), format!("{w}es")].iter().any(|f| lexicon().cues.contains_key(f.as_str()));
            if !base {
                at.speaker = SpeakerRef::Mention(m);
            }
        }
        Some(at)
    }

    /// "told jurors in his opening statement that ...", "told analysts on a conference call
    /// that ...": whom a verb of telling addresses from token `after`, then where (a
    /// preposition and words without a verb) up to the "that" at `t`, and a clause after it:
    /// a word that is no verb, then a verb within six words ("told a crowd at a bar that was
    /// packed" is a relative clause). The preposition's token.
    fn where_told(&self, after: usize, t: usize, b: usize) -> Option<usize> {
        let p = (after + 1..t).find(|&i| matches!(self.lw(i), "in" | "on" | "at" | "during" | "over" | "via" | "through"))?;
        let plain = (p + 1..t).all(|i| self.is_word(i) && !self.p.quoted(i) && !self.finite_verb(i) && !is_auxiliary(self.lw(i)));
        let verb = |i: usize| self.finite_verb(i) || is_auxiliary(self.lw(i));
        let clause = self.is_word(t + 1) && !verb(t + 1) && (t + 2..b.min(t + 8)).any(verb);
        (plain && clause && self.people_object(after, p)).then_some(p)
    }

    /// Where the content starts after a cue ending before token `after`: past whom a verb of
    /// telling addresses ("told reporters"), then "that", a colon or commas. Also whether a
    /// "that" was passed.
    fn content_after_cue(&self, after: usize, class: CueClass, b: usize) -> (usize, bool) {
        let mut cs = after;
        if class == CueClass::Tell {
            if let Some((_, xe)) = self.np_after(cs, b) {
                cs = xe;
            }
        }
        let mut saw_that = false;
        // ", saying in a statement that ...": an adjunct before "that"
        if let Some(t) = (cs + 1..b.min(cs + 8)).find(|&i| self.lw(i) == "that" && !self.p.quoted(i)) {
            if self.adjunct_only_range(cs, t) {
                cs = t;
            }
        }
        while cs < b && (self.lw(cs) == "that" || self.punct(cs, ':') || self.punct(cs, ',')) {
            saw_that |= self.lw(cs) == "that";
            cs += 1;
        }
        (cs, saw_that)
    }

    /// True when cue `k` is a verb of urging and token `p` the preposition that takes whom it
    /// urged, an infinitive after them: "pleaded with the board to act", "calling on Congress to".
    fn urging_preposition(&self, k: usize, p: usize, b: usize) -> bool {
        matches!(self.lw(p), "with" | "to" | "on")
            && ["plead", "call"].iter().any(|v| self.lw(k).starts_with(v))
            && self.np_after(p + 1, b).is_some_and(|(_, xe)| self.lw(xe) == "to" && self.is_word(xe + 1))
    }

    /// The subject of the verb before "and" at `j` when that verb is in a subordinate or relative
    /// clause, which the verb after "and" then shares: "the crowd cheered when Trump spotted a
    /// sign and asked ...", "Terris, who saw the incident and described it". `None` when a
    /// break comes first or no verb follows the subject.
    fn clause_subject_before(&self, j: usize, a: usize) -> Option<MentionSpan> {
        let verbish = |i: usize| {
            let w = self.lw(i);
            self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase())
                && (is_auxiliary(w) || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s'))) || lexicon().cues.contains_key(w) || is_ly_adverb(w))
                && !DETERMINERS.contains(w)
        };
        for i in (a..j).rev() {
            if self.p.quoted(i) || !self.tok(i).is_some_and(|t| t.kind == TokKind::Word || t.kind == TokKind::Number) {
                return None;
            }
            match self.lw(i) {
                // (the relative pronoun, with its antecedent, as a subject before a cue has it)
                "who" => return if verbish(i + 1) { self.np_before(i + 1, a).map(|s| s.mention) } else { None },
                w if matches!(w, "as" | "if") || SUBORDINATORS.contains(w) => {
                    let (ns, ne) = self.np_after(i + 1, j).filter(|&(ns, ne)| self.valid_np(ns, ne))?;
                    let named = self.tok(ns).is_some_and(|t| t.is_capitalized()) || lexicon().pronouns.contains_key(self.lw(ns));
                    return (named && ne < j && verbish(ne)).then(|| self.mention(ns, ne));
                }
                _ => {}
            }
        }
        None
    }

    /// "Noting that both men battled the media, Schlafly said ...", "Having admitted that the
    /// port was unsafe, the mayor closed it": a participle opening the sentence reports what
    /// the main clause's subject said. The content is the "that" clause, up to the first comma
    /// after which a phrase naming someone and a verb open the main clause.
    pub(super) fn opening_participle(&self, k: usize, b: usize) -> Option<Attribution> {
        // (a clause: "Having said that, the mayor ..." is no report)
        if self.lw(k + 1) != "that" || !self.is_word(k + 2) {
            return None;
        }
        let cs = k + 2;
        let lex = lexicon();
        for c in cs + 2..b {
            if !self.punct(c, ',') || self.p.quoted(c) {
                continue;
            }
            let Some((ns, ne)) = self.np_after(c + 1, b).filter(|&(ns, ne)| self.valid_np(ns, ne)) else { continue };
            let named = self.tok(ns).is_some_and(|t| t.is_capitalized()) || matches!(self.lw(ns), "he" | "she" | "they" | "we" | "i" | "the");
            let v = self.lw(ne);
            let verb = self.tok(ne).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
                && (is_auxiliary(v) || lex.cues.contains_key(v) || lex.is_past_tense(v) || is_ly_adverb(v) || lex.adverbs.contains(v));
            if !(named && verb) {
                continue;
            }
            let (content, kind) = self.content(cs, c)?;
            return Some(Attribution {
                content,
                kind,
                cue: Some(self.bytes(k, k + 1)),
                speaker: SpeakerRef::Mention(self.mention(ns, ne)),
                addressee: None,
                confidence: 0.6,
                paragraph: self.pi,
                rule: "opening-participle",
            });
        }
        None
    }

    /// "shifted his own account to say Sondland did discuss it", "updated its guidance to say
    /// that masks are optional": an infinitive of saying after the object of a past tense says
    /// why the subject acted, and reports the clause after it as the subject's. Not after a
    /// verb or adjective that governs the infinitive ("declined to say", "wants to say", "was
    /// fair to say", "found it hard to say"), and only before a clause.
    pub(super) fn purpose_infinitive(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let lex = lexicon();
        let before = k.checked_sub(2)?;
        let w = self.lw(before);
        const GOVERNS: &[&str] = &[
            "able", "unable", "likely", "unlikely", "ready", "willing", "about", "set", "due", "enough", "hard", "easy", "difficult", "fair", "safe",
            "early", "premature", "impossible", "possible", "too", "free", "quick", "slow", "eager", "reluctant", "first", "last", "only",
        ];
        let object = self.is_word(before)
            && self.tok(before).is_some_and(|t| !t.is_capitalized())
            && !self.p.quoted(before)
            && !w.ends_with("ed")
            // ("the July 10 meeting" is a noun, "going" a verb)
            && (!w.ends_with("ing") || (before.saturating_sub(3).max(a)..before).any(|i| DETERMINERS.contains(self.lw(i))))
            && !lex.cues.contains_key(w)
            && !is_auxiliary(w)
            && !CLAUSE_WORDS.contains(w)
            && !GOVERNS.contains(&w);
        // (a past tense of the subject's own before the object, no auxiliary: "shifted his account")
        let acted = (a..before).any(|i| self.tok(i).is_some_and(|t| t.first.is_lowercase()) && !is_auxiliary(self.lw(i)) && lex.is_past_tense(self.lw(i)) && !self.cue_class(i).is_some() && !self.p.quoted(i));
        let clause = self.lw(k + 1) == "that" || self.clause_at(k + 1, b);
        if class != CueClass::Speech || !object || !acted || !clause {
            return None;
        }
        let mut at = self.participle_with_subject(k, class, a, b, out)?;
        at.rule = "purpose-infinitive";
        at.confidence = 0.6;
        Some(at)
    }

    /// True when the sentence at `a` opens with a time phrase, the narrator's adjunct and no
    /// subject: "Yesterday, ...", "Tuesday, ...", "Late last month, ...", "Early this year, ...".
    /// (A month only before a number: "May, the prime minister, said" names a person.)
    fn time_opener(&self, a: usize) -> bool {
        let (first, next) = (self.lw(a), self.lw(a + 1));
        let time_next = is_time_word(next) || is_weekday(next);
        is_weekday(first)
            || matches!(first, "yesterday" | "today" | "tonight")
            || (MONTH_WORDS.contains(first) && self.tok(a + 1).is_some_and(|t| t.kind == TokKind::Number))
            || (matches!(first, "early" | "late" | "last" | "next" | "this") && time_next)
    }

    /// ", adding that A": the participle's speaker is the sentence's subject.
    pub(super) fn participle(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        let prev = k.checked_sub(1)?;
        // ("are quietly saying": adverbs may stand between the auxiliary and the participle)
        let aux = (self.skip_adverbs_back(k, a)..k).any(|i| matches!(self.lw(i), "is" | "was" | "were" | "are" | "been" | "be" | "am"))
            || matches!(self.lw(prev), "kept" | "keeps" | "started" | "began");
        if aux {
            return self.cue(k, class, a, b);
        }
        // the phrase right before the participle, read once for the two readings below
        let subj = if self.is_word(prev) && class != CueClass::Belief { self.np_before(k, a) } else { None };
        // "with the minister saying that ...": the phrase after "with" speaks
        if let Some(subj) = subj.as_ref().filter(|s| s.first_tok > a && self.lw(s.first_tok - 1) == "with") {
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
                speaker: SpeakerRef::Mention(subj.mention.clone()),
                addressee: None,
                confidence: 0.65,
                paragraph: self.pi,
                rule: "with-subject-participle",
            });
        }
        if class == CueClass::Belief {
            return None;
        }
        if class == CueClass::Speech {
            if let Some(at) = subj.and_then(|subj| self.noun_participle(k, a, b, subj)) {
                return Some(at);
            }
        }
        // "after accusing them of ...", "while insisting that ...": a subordinator before the
        // participle; "posted on Twitter accusing X of ...": a verb of saying and its place
        let before_adverbs = self.skip_adverbs_back(k, a).checked_sub(1).unwrap_or(prev);
        // ("After saying he was nervous, the man ...": opening the sentence, before a comma)
        let subordinate = (self.lw(before_adverbs) == "by" || self.subordinate_report(before_adverbs, k, b))
            && (before_adverbs > a || (before_adverbs == a && self.lw(a) != "by" && (k + 1..b).any(|i| self.punct(i, ',') && !self.p.quoted(i))));
        let said_where = (k.saturating_sub(5).max(a)..prev).any(|j| {
            matches!(self.cue_class(j), Some(CueClass::Speech | CueClass::Tell))
                && matches!(self.lw(j + 1), "on" | "in" | "at" | "during")
                && (j + 1..k).all(|i| self.is_word(i) && !self.cue_class(i).is_some())
        });
        // (a dash: "changed his vote – saying")
        let dash = self.is_dash(prev);
        // (", only saying that ...": adverbs may stand between the comma and the participle)
        if !(self.punct(prev, ',') || self.punct(before_adverbs, ',') || dash || subordinate || said_where) {
            return None;
        }
        // "Simon Kerr, defending, said ...": a participle alone between commas before the
        // verb of saying is the speaker's part in court, not a second report
        if self.punct(prev, ',') && self.punct(k + 1, ',') && self.cue_class(k + 2).is_some() {
            return None;
        }
        self.participle_with_subject(k, class, a, b, out)
    }

    /// "voters saying they want a ban", "a video of the mayor saying that ...": a phrase naming
    /// people (or a name) right before the participle, with no comma, speaks what follows (a
    /// reduced relative clause). The content opens like a clause ("that", a quotation, a
    /// subject pronoun, a determiner or a name); when the phrase is inside the sentence's
    /// subject ("The share of voters saying X is high"), it ends before the main verb.
    /// `subj` is the phrase [`Ctx::np_before`] reads before the participle at `k`.
    pub(super) fn noun_participle(&self, k: usize, a: usize, b: usize, subj: Subject) -> Option<Attribution> {
        let prev = k.checked_sub(1)?;
        if self.p.quoted(prev) || lexicon().pronouns.contains_key(self.lw(prev)) {
            return None;
        }
        let ends_here = self.tok(prev).is_some_and(|t| t.end == subj.mention.span.1);
        let first = subj.first_tok;
        if self.tok(first).is_none_or(|t| t.start != subj.mention.span.0) {
            return None;
        }
        // the phrase names people: a speaker noun of a person or group, a title, or a first
        // name and surname ("a statement saying", "the convention saying" are no speakers here)
        let lex = lexicon();
        let head = self.lw(prev);
        let people = if self.tok(prev).is_some_and(|t| t.is_capitalized()) {
            k - first <= 3 && (first..prev).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized())) && crate::lexicon::names::is_known_first_name(self.lw(first))
        } else {
            matches!(lex.nouns.get(head), Some(super::lexicon::NounKind::Group | super::lexicon::NounKind::Anonymous)) || lex.titles.contains(head) || lex.is_title_plural(head)
        };
        if !ends_here || !people || !self.valid_np_as(first, k, false) {
            return None;
        }
        let mut cs = k + 1;
        let saw_that = self.lw(cs) == "that";
        if saw_that || self.punct(cs, ':') {
            cs += 1;
        }
        let w = self.lw(cs);
        let opens_clause = saw_that
            || self.is_open_quote(cs)
            || matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you" | "there")
            || DETERMINERS.contains(w)
            || self.tok(cs).is_some_and(|t| t.is_capitalized() && !self.p.quoted(cs) && !is_time_word(w) && !is_weekday(w));
        if !opens_clause {
            return None;
        }
        // the participle inside the sentence's subject: no comma or clause word before it
        let in_subject = (a..first).all(|i| self.is_word(i) && (!CLAUSE_WORDS.contains(self.lw(i)) || self.lw(i) == "of"));
        let end = if in_subject {
            (cs + 2..b).find(|&i| matches!(self.lw(i), "is" | "are" | "was" | "were") && !self.p.quoted(i)).unwrap_or(b)
        } else {
            b
        };
        let (content, kind) = self.content(cs, end)?;
        if (cs..end).filter(|&i| self.is_word(i)).count() < 3 {
            return None;
        }
        Some(Attribution {
            content,
            kind,
            cue: Some(self.bytes(k, k + 1)),
            speaker: SpeakerRef::Mention(subj.mention),
            addressee: None,
            confidence: 0.6,
            paragraph: self.pi,
            rule: "noun-participle",
        })
    }

    /// True when a conjunction at `c` opens a clause of its own up to the next comma: "and she
    /// gripped", "but it would reopen", "because prices rose" (a subordinator needs no verb
    /// found: "so it may already be clear"); a verb right after it shares the subject before
    /// ("and walked out"), and a participle ("while walking") is the narrator's.
    pub(super) fn conjoined_clause(&self, c: usize, b: usize) -> bool {
        let next = c + 1;
        if next >= b || self.p.quoted(c) || self.finite_verb(next) || self.lw(next).ends_with("ing") || self.cue_class(next).is_some() {
            return false;
        }
        // (a clause with a verb of saying of its own reports for its own speaker: "while in
        // Chicago the parade began quietly, the Sun-Times reported")
        let own_cue = (next..b).any(|i| !self.p.quoted(i) && self.tok(i).is_some_and(|t| t.first.is_lowercase()) && matches!(self.cue_class(i), Some(CueClass::Speech | CueClass::Tell)));
        if own_cue {
            return false;
        }
        match self.lw(c) {
            "because" | "although" | "though" | "so" => (next..b).filter(|&i| self.is_word(i)).count() >= 3,
            "and" | "but" | "while" => {
                self.is_open_quote(next) || (next + 1..b.min(next + 12)).take_while(|&i| !self.punct(i, ',')).any(|i| self.finite_verb(i) && !self.p.quoted(i))
            }
            _ => false,
        }
    }

    /// Content after the cue at `k`, spoken by the sentence's subject.
    pub(super) fn participle_with_subject(&self, k: usize, class: CueClass, a: usize, b: usize, out: &[Attribution]) -> Option<Attribution> {
        // ("three rules — assembling, posting and camping on campus": a list of gerunds)
        if matches!(self.lw(k + 1), "and" | "or") {
            return None;
        }
        let speaker = self.participle_speaker(k, a, out)?;
        let (mut cs, saw_that) = self.content_after_cue(k + 1, class, b);
        if self.urging_preposition(k, cs, b) {
            cs += 1; // ", calling on Congress to act"
        }
        if !saw_that && !self.is_open_quote(cs) && self.intransitive_at(cs) {
            return None;
        }
        // ", seeking refuge at the embassy": a wish with an object, nothing reported (a wish
        // reports an infinitive or a clause: ", seeking to delay ...")
        if class == CueClass::Intent && !saw_that && !self.is_open_quote(cs) && !self.infinitive_at(cs, b) && !self.clause_at(cs, b) {
            return None;
        }
        let (content, kind) = self.content(cs, self.content_end(cs, b))?;
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

    /// Who speaks a participle's report after a comma at `k` ("X resigned on Friday,
    /// saying ..."): the speaker of an attribution earlier in the sentence (`out`), else the
    /// clause's subject.
    pub(super) fn participle_speaker(&self, k: usize, a: usize, out: &[Attribution]) -> Option<SpeakerRef> {
        // the speaker of an attribution earlier in this sentence, else the sentence's first phrase
        let sent_start = self.tok(a).map(|t| t.start).unwrap_or(0);
        // (not one without a speaker: "Asked about it, Ruiz shook her head and said" asks
        // someone unnamed, and Ruiz says)
        let speaker = match out
            .iter()
            .rev()
            .take_while(|x| x.paragraph == self.pi)
            .find(|x| x.content.1 >= sent_start && x.cue.is_some_and(|c| c.0 >= sent_start) && !matches!(x.speaker, SpeakerRef::Unknown))
        {
            Some(x) => x.speaker.clone(),
            None => {
                // the clause's subject: after the last comma before the verb when a phrase
                // stands there ("Once in my 20s, when ..., I laughed and said"), else the sentence's first
                let np_from = |mut s0: usize| {
                    while s0 < k && (!self.is_word(s0) || SENTENCE_ADVERBS.contains(self.lw(s0))) {
                        s0 += 1;
                    }
                    // "On September 27 they published": a fronted phrase, then a subject pronoun
                    let np = self.np_after(s0, k);
                    if let Some((_, ne)) = np.filter(|&(_, ne)| ne < k && matches!(self.lw(ne), "he" | "she" | "they" | "we" | "i")) {
                        return Some((ne, ne + 1));
                    }
                    np.filter(|&(ns, ne)| self.valid_np(ns, ne))
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
                    if self.cue_class(s0).is_some() {
                        s0 += 1;
                    }
                    np_from(s0)
                };
                let subject_at = |from: usize| after_quote(from).or_else(|| np_from(from));
                // (not a comma inside an aside between dashes: "looked at data on states — Ohio,
                // Texas and Utah — and noted ...")
                let dash = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '—' | '–')) && !self.p.quoted(i);
                let comma_before = |end: usize| (a..end).rev().find(|&i| self.punct(i, ',') && !self.p.quoted(i));
                let last_comma = comma_before(k).and_then(|c| match (c..k).find(|&i| dash(i)).and_then(|_| (a..c).rev().find(|&i| dash(i))) {
                    Some(open) => comma_before(open),
                    None => Some(c),
                });
                // "After the hearing, Ruiz issued a statement, saying": an opening adverbial
                // phrase is not the subject
                // (or an adverb, a participle's phrase: "Publicly, the nominee feuds ... and
                // dismisses", "Walking to the next house, Ebeling ... said")
                // (past a conjunction opening the sentence: "But at her swearing-in Monday
                // night, the trustee ...")
                let a0 = if matches!(self.lw(a), "but" | "and" | "yet" | "so" | "still") && a + 1 < k { a + 1 } else { a };
                let first = self.lw(a0);
                // ("Just minutes into a closed-door meeting, four councillors ...", "Two days
                // after the vote, ...": a span of time before a preposition)
                let span_of_time = (a0..(a0 + 4).min(k)).any(|i| {
                    matches!(self.lw(i), "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "years" | "moments")
                        && matches!(self.lw(i + 1), "into" | "after" | "before" | "later" | "earlier" | "ago" | "since")
                });
                let opener = span_of_time || matches!(
                    first,
                    "after" | "before" | "during" | "following" | "in" | "at" | "on" | "despite" | "amid" | "since" | "when" | "while" | "as" | "with" | "later" | "earlier"
                        | "for" | "beyond" | "along" | "absent" | "unlike" | "like" | "under" | "among" | "without" | "throughout" | "if" | "once" | "although" | "though" | "because" | "until" | "upon"
                ) || is_ly_adverb(first)
                    || (first.len() > 4 && (first.ends_with("ing") || first.ends_with("ed")) && self.tok(a0).is_some_and(|t| t.is_capitalized()))
                    || self.time_opener(a0);
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
                        // ("Reacting to an attack, senior officials today mourned ... and
                        // stressed that": past an opening phrase, the subject of the clause's
                        // first verb, not the phrase's first word)
                        None => subject_at(clause_start)
                            .or_else(|| {
                                let v = (clause_start + 1..k).find(|&i| self.finite_verb(i) && !self.p.quoted(i))?;
                                let subj = self.np_before(v, clause_start).filter(|_| opener)?;
                                let ne = (subj.first_tok..v).find(|&i| self.tok(i).is_some_and(|t| t.start >= subj.mention.span.1)).unwrap_or(v);
                                Some((subj.first_tok, ne))
                            })
                            .or_else(|| (!opener || clause_start == a).then(|| subject_at(a)).flatten())?,
                    },
                };
                // ("Another diplomat, former envoy Kurt Volker, shifted ...": the appositive names him)
                let (span, appositive) = self.with_appositive(ns, ne, k);
                SpeakerRef::Mention(MentionSpan { span, appositive, antecedent: None })
            }
        };
        Some(speaker)
    }
}
