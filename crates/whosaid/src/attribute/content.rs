//! Content boundaries: where reported content after a cue ends (a coordinated clause with its
//! own speaker, an adjunct, a frame), and whether it is direct, indirect or mixed.

use super::*;

impl<'a> Ctx<'a> {
    /// Where content after a cue ends: the sentence end, or a comma that opens
    /// another attribution ("A, the source added").
    pub(super) fn content_end(&self, cs: usize, b: usize) -> usize {
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
        // "(the company would not disclose the number but called it “immaterial”) and X": a cue
        // inside brackets reports up to the closing bracket
        if let Some(c) = (cs + 1..b).find(|&c| self.punct(c, ')') && !self.p.quoted(c)) {
            if !(cs..c).any(|i| self.punct(i, '(')) {
                return c;
            }
        }
        // "praised the speech, while saying that B": a participle of saying after a subordinator
        // opens a report of its own
        let own_report = |j: usize| {
            let w = self.lw(j + 1);
            matches!(self.lw(j), "while" | "after" | "before" | "when")
                && w.ends_with("ing")
                && !self.p.quoted(j)
                && matches!(lex.cues.get(w), Some(CueClass::Speech | CueClass::Tell))
                && self.subordinate_report(j, j + 1, b)
        };
        let mut first_comma = true;
        // whether the content has a finite verb before the comma being read (see below), read
        // once over the content up to the last comma asked about
        let (mut finite_seen, mut finite_to) = (false, cs);
        for c in cs + 1..b {
            // "said the governor was worried and quoted him as saying: “...”": the one quoted
            // speaks after the conjunction
            if self.lw(c) == "and" && matches!(self.lw(c + 1), "quoted" | "quotes") && !self.p.quoted(c) {
                return if self.punct(c - 1, ',') { c - 1 } else { c };
            }
            if own_report(c) {
                return if self.punct(c - 1, ',') { c - 1 } else { c };
            }
            // "called the plan “improvised,” while B said ...": the comma inside the closing mark
            if self.is_close_quote(c) && c > cs + 1 && self.punct(c - 1, ',') && !self.p.quoted(c + 1) && self.own_attribution_after(c, b) {
                return c + 1;
            }
            // "Some said A; others said B": a semicolon before a clause with its own subject
            // and verb of saying
            if self.punct(c, ';') && !self.p.quoted(c) && self.own_attribution_after(c, b) {
                return c;
            }
            if !self.punct(c, ',') || self.p.quoted(c) {
                continue;
            }
            // "said Gurung, Shrestha and Rai have confirmed": a name, then the rest of a list
            // the content's subject is; "said even after a year, they could not": an adjunct
            // opening the content (no comma of either ends what was said)
            let name_listed = (cs..c).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized())) && c - cs <= 3 && (c + 1..b.min(c + 8)).any(|i| self.lw(i) == "and" && !self.p.quoted(i));
            let adjunct_lead = c - cs <= 6
                && (self.adjunct_at(cs) || (matches!(self.lw(cs), "even" | "only" | "just" | "still") && self.adjunct_at(cs + 1)))
                && (cs..c).all(|i| !self.finite_verb(i) && !self.p.quoted(i) && !self.is_open_quote(i))
                && self.clause_at(c + 1, b);
            if name_listed || adjunct_lead {
                first_comma = false;
                continue;
            }
            // "he told officers he was innocent, according to court records": the source of
            // the report is not what was reported
            if self.lw(c + 1) == "according" && self.lw(c + 2) == "to" && !self.p.quoted(c + 1) {
                return c;
            }
            // "A group, alarmed that X is denying A, is urging B": the content's first comma
            // before a finite verb closes the phrase the cue sits in (the content's own
            // subject would have opened an appositive first: "said the mayor, 45, is running")
            if std::mem::take(&mut first_comma) && self.predicate_after(cs, c, b) {
                return c;
            }
            // "called the plan a failure, but voted for it": content without a finite verb of
            // its own (an object and its complement) ends where the subject's next verb follows
            // the conjunction
            if matches!(self.lw(c + 1), "but" | "and") && self.finite_verb(c + 2) && !self.p.quoted(c + 2) {
                finite_seen = finite_seen || (finite_to..c).any(|i| self.finite_verb(i));
                finite_to = c;
                if !finite_seen {
                    return c;
                }
            }
            if self.own_attribution_after(c, b) {
                return c;
            }
        }
        b
    }

    /// True when the clause after the break at token `c` (a comma or a semicolon, or the
    /// closing mark after a quoted comma) has its own subject and verb of saying: "A, the source added",
    /// "A, but her lawyer said B" (after a conjunction a verb of believing counts too).
    fn own_attribution_after(&self, c: usize, b: usize) -> bool {
        let lex = lexicon();
        let conj = matches!(self.lw(c + 1), "but" | "and" | "while" | "though" | "although" | "whereas" | "yet");
        // "The packers plan to picket, said Ivo Marsh": the cue first, then its speaker
        let w = self.lw(c + 1);
        if matches!(w, "said" | "says" | "added" | "adds") && self.tok(c + 1).is_some_and(|t| t.first.is_lowercase()) && self.lw(c + 2) != "to" && !self.p.quoted(c + 1) {
            // (the phrase then ends the clause: not "Humphrey, who called Trump a “sociopath,”
            // said he doubts it", the subject's own verb and its clause)
            return self.np_after(c + 2, b).is_some_and(|(s, e)| self.valid_np(s, e) && !matches!(self.lw(s), "he" | "she" | "they" | "it" | "we" | "i" | "you") && (self.punct(e, ',') || self.adjunct_only_range(e, b)));
        }
        for j in c + 2..b.min(c + 9) {
            let w = self.lw(j);
            let cue = match lex.cues.get(w) {
                Some(CueClass::Speech | CueClass::Tell) => true,
                Some(CueClass::Belief) => conj,
                _ => false,
            };
            if self.tok(j).is_some_and(|t| t.first.is_lowercase()) && cue && !w.ends_with("ing") {
                return self.np_before(j, c + 1).is_some_and(|sub| sub.first_tok == c + 1 || (conj && sub.first_tok == c + 2));
            }
        }
        false
    }

    /// True when the comma at `c`, the first in content `[cs, b)`, is followed by a finite verb
    /// that is the predicate of a subject outside the content. Not when the words before it are
    /// adjuncts ("These employees, X explained earlier in the hearing, were paid well"), the
    /// verb opens an inverted condition ("should he fail"), or the verbs form a list ("who has
    /// never won, is considered dull and has raised little").
    fn predicate_after(&self, cs: usize, c: usize, b: usize) -> bool {
        // (a finite auxiliary: not "be", "been" or "do", which follow another verb or open an order)
        let aux = |i: usize| self.tok(i).is_some_and(|t| t.first.is_lowercase()) && is_auxiliary(self.lw(i)) && !matches!(self.lw(i), "be" | "been" | "do");
        // (or the subject's verb of saying: "A daughter, who fears her mother will be
        // treated differently, said ...", not "said to be")
        let said = |i: usize| self.tok(i).is_some_and(|t| t.first.is_lowercase()) && matches!(self.lw(i), "said" | "says" | "told") && self.lw(i + 1) != "to";
        if said(c + 1) && !self.adjunct_only_range(cs, c) {
            return true;
        }
        if !aux(c + 1) || self.adjunct_only_range(cs, c) {
            return false;
        }
        if matches!(self.lw(c + 2), "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there") {
            return false;
        }
        let list = (cs..c).any(aux) && (c + 2..b).any(|i| matches!(self.lw(i), "and" | "or") && aux(i + 1));
        !list
    }

    /// True when tokens `[s, e)` are an object pronoun or a short phrase for people
    /// ("them", "voters", "local residents", "his supporters"): whom something was said to.
    pub(super) fn people_object(&self, s: usize, e: usize) -> bool {
        if e <= s || e - s > 3 || (s..e).any(|i| !self.is_word(i)) {
            return false;
        }
        if e - s == 1 && matches!(self.lw(s), "him" | "her" | "them" | "us" | "me") {
            return true;
        }
        let lex = lexicon();
        let last = self.lw(e - 1);
        let people = lex.is_title_plural(last) || lex.nouns.contains_key(last) || ["ers", "ents", "ants", "ists", "ans", "ors"].iter().any(|x| last.len() > 4 && last.ends_with(x));
        // ("told council that", "told the court that": a body named by its common noun)
        let body = matches!(lex.nouns.get(last), Some(super::lexicon::NounKind::Organization)) && (e - s == 1 || (e - s == 2 && DETERMINERS.contains(self.lw(s))));
        // ("told police he saw", "told staff": a group's noun without a plural's "s")
        let plural = last.ends_with('s') || matches!(lex.nouns.get(last), Some(super::lexicon::NounKind::Group));
        body || (people && plural && (s..e - 1).all(|i| DETERMINERS.contains(self.lw(i)) || self.tok(i).is_some_and(|t| !t.is_capitalized())))
    }

    /// Index after walking back from `k` over commas, dashes and closing quotes.
    pub(super) fn back_over_punct(&self, k: usize, a: usize) -> usize {
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
    pub(super) fn adjunct_only(&self, i: usize, b: usize) -> bool {
        self.adjunct_only_range(i, b)
    }

    /// True when the words `[a, e)` before a subject frame its sentence and report nothing:
    /// a subordinate clause ("As the charges were unsealed, X testified") or an adjunct
    /// without a verb ("In a May 5 letter, the doctors pleaded", "Then, last week, X posted").
    pub(super) fn frame_before(&self, a: usize, e: usize) -> bool {
        if (a..e).any(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Quote)) {
            return false;
        }
        let first = self.lw(a);
        let subordinate = first == "as" || SUBORDINATORS.contains(first);
        if subordinate {
            return !(a + 1..e).any(|i| self.punct(i, ',') || self.punct(i, ';'));
        }
        // "this" or "last" opens a time phrase only before a time word ("Last week, ..."), not
        // a clause ("This makes it harder, he said")
        if matches!(first, "this" | "last") && !self.adjunct_at(a) {
            return false;
        }
        let words = (a..e).filter(|&i| self.is_word(i)).count();
        // (lowercase words only: "In a May 5 letter"; a subject pronoun has a verb after it: "But
        // he operates on a different principle, he said")
        let verb = (a..e).any(|i| {
            let w = self.lw(i);
            (self.tok(i).is_some_and(|t| !t.is_capitalized()) && (is_auxiliary(w) || (w.ends_with("ed") && w.len() > 4))) || (i > a && matches!(w, "he" | "she" | "they" | "we" | "i"))
        });
        (ADJUNCT_WORDS.contains(first) || SENTENCE_ADVERBS.contains(first)) && words <= 8 && !verb
    }

    pub(super) fn adjunct_only_range(&self, i: usize, b: usize) -> bool {
        if i >= b {
            return true;
        }
        // ", who ...", ", according to ...", ", adding ...": still no new clause
        let (i, comma) = if self.punct(i, ',') { (i + 1, true) } else { (i, false) };
        if i >= b {
            return true;
        }
        let first = self.lw(i);
        if comma && !(self.adjunct_at(i) || first.ends_with("ing") || matches!(first, "who" | "according" | "which" | "a" | "an" | "the")) {
            return false;
        }
        let words = (i..b).filter(|&j| self.is_word(j) || self.tok(j).is_some_and(|t| t.kind == TokKind::Number)).count();
        if words == 0 {
            return true;
        }
        if (i..b).any(|j| self.lw(j) == "that" || self.is_open_quote(j)) {
            return false;
        }
        // "said the hospital's department nearly closed twice": an adverb before a finite
        // verb opens a clause, the phrase before it is that verb's subject
        if is_ly_adverb(first) && self.finite_verb(i + 1) {
            return false;
        }
        // ("told dealers here.", "said here Tuesday"; "here comes the storm" is a clause)
        if first == "here" && self.is_word(i + 1) && !self.adjunct_at(i + 1) {
            return false;
        }
        (self.adjunct_at(i) || is_ly_adverb(first) || self.punct(i, ',') || self.punct(i, '.')) && words <= 40
    }

    /// True when the subordinator at `j` makes the participle at `k` a report of the
    /// sentence's subject: "after saying", "before telling"; "while" and "when" only before a
    /// "that" clause or a clause without it ("while saying that A", not "while asking: A?").
    pub(super) fn subordinate_report(&self, j: usize, k: usize, b: usize) -> bool {
        match self.lw(j) {
            "after" | "before" => true,
            "while" | "when" => self.lw(k + 1) == "that" || self.clause_at(k + 1, b),
            _ => false,
        }
    }

    /// True when token `i` opens an adjunct ("in", "on", "last week"): "this" and "last" only
    /// before a time word ("this week"; "this effect could spread" is a clause).
    pub(super) fn adjunct_at(&self, i: usize) -> bool {
        let w = self.lw(i);
        ADJUNCT_WORDS.contains(w) && !(matches!(w, "this" | "last") && !(is_time_word(self.lw(i + 1)) || is_weekday(self.lw(i + 1))))
    }

    /// The content of tokens `[cs, ce)`: a direct quote when it is one quotation, mixed when it contains one.
    pub(super) fn content(&self, mut cs: usize, mut ce: usize) -> Option<(Range, QuoteType)> {
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
        // "Rask said this in an interview with the FT": a pronoun for what was said, then
        // adjuncts alone, reports no words (no verb after: "said that on Monday the plan would
        // fail" reports the plan)
        if !has_quote && matches!(self.lw(cs), "this" | "that" | "so") && self.adjunct_at(cs + 1) {
            let verb = (cs + 1..ce).any(|i| {
                let w = self.lw(i);
                self.finite_verb(i) || self.cue_class(i).is_some() || (self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && self.tok(i - 1).is_some_and(|p| p.kind == TokKind::Word))
            });
            if !verb {
                return None;
            }
        }
        let r = self.bytes(cs, ce);
        let r = trim(self.text, r.0, r.1);
        Some((r, if has_quote { QuoteType::Mixed } else { QuoteType::Indirect }))
    }
}
