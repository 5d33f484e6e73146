//! Speaker phrases: the subject before a cue ("Smith, a lawyer, argued"), a phrase after it
//! ("argued Smith"), with titles, appositives and relative clauses.

use super::*;

impl<'a> Ctx<'a> {
    /// The subject phrase before the cue at `k` (the sentence starts at `a`).
    pub(super) fn np_before(&self, k: usize, a: usize) -> Option<Subject> {
        self.person_before_participle(k, a).or_else(|| self.np_before_once(k, a, true)).or_else(|| self.before_reduced_relative(k, a)).map(|s| self.with_listed_name(s, a)).map(|s| self.owner_before_and(s, a))
    }

    /// "Maria Di Lorenzo and her lawyers at Wigdor said": a subject opening with "his" or
    /// "her" after "and" and a name that opens the sentence speaks for that person, who
    /// owns it; the name is the speaker.
    fn owner_before_and(&self, subj: Subject, a: usize) -> Subject {
        let f = subj.first_tok;
        if f < a + 3 || !matches!(self.lw(f), "his" | "her") || self.lw(f - 1) != "and" {
            return subj;
        }
        let capital = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        if !(a..f - 1).all(capital) || f - 1 - a > 4 {
            return subj;
        }
        Subject { first_tok: a, mention: self.mention(a, f - 1) }
    }

    /// "A woman accused of killing her partner with a knife told police", "The mother seen
    /// in a photo with her children told ABC News": the sentence opens with a determiner and
    /// a noun for one person, a past participle after it opens a reduced relative, and no
    /// comma, quotation mark or clause word stands between it and the verb of saying at `k`:
    /// the person opening the sentence speaks, not the last noun of the relative.
    fn person_before_participle(&self, k: usize, a: usize) -> Option<Subject> {
        const PARTICIPLES: &[&str] = &["seen", "known", "born", "held", "caught", "shot", "taken", "given", "kept", "sent", "brought", "struck", "beaten", "stolen", "driven", "thrown", "hit", "found", "left"];
        // (the cue a finite verb: not "declined to say")
        if k < a + 3 || k > a + 30 || !matches!(self.lw(a), "a" | "an" | "the") || self.lw(k - 1) == "to" || !matches!(self.cue_class(k), Some(CueClass::Speech | CueClass::Tell)) {
            return None;
        }
        let lex = lexicon();
        // the participle: after two words at least, its phrase's words all plain words
        let p = (a + 2..k.min(a + 10)).find(|&p| {
            let w = self.lw(p);
            self.tok(p).is_some_and(|t| t.first.is_lowercase()) && (PARTICIPLES.contains(&w) || (w.len() > 4 && w.ends_with("ed") && !lex.is_title(w))) && !matches!(lex.cues.get(w), Some(CueClass::Speech | CueClass::Tell))
        })?;
        if (a + 1..p).any(|i| !self.is_word(i) || is_auxiliary(self.lw(i)) || CLAUSE_WORDS.contains(self.lw(i))) {
            return None;
        }
        // ... after a noun for a person, "of" and its phrase at most ("The husband of a
        // Pakistani woman stoned to death ...")
        let head_end = (a + 1..p).find(|&i| self.lw(i) == "of").unwrap_or(p);
        let head = self.lw(head_end - 1);
        let person = crate::lexicon::names::is_person_noun(head) || lex.is_title(head) || crate::resolve::noun_gender(head).0 != crate::model::Gender::Unknown;
        if !person || (p + 1..k).any(|i| !self.is_word(i) || matches!(self.lw(i), "who" | "which" | "that" | "and" | "but" | "or") || is_auxiliary(self.lw(i))) {
            return None;
        }
        Some(Subject { first_tok: a, mention: self.mention(a, p) })
    }

    /// "A report published in September found": a reduced relative of a text's making, its
    /// participle and a time or place after it, between the subject and the cue `k`, where
    /// nothing else gave a subject; the phrase keeps them ("study published in JAMA").
    fn before_reduced_relative(&self, k: usize, a: usize) -> Option<Subject> {
        let pp = (k.saturating_sub(8).max(a + 1)..k).rev().find(|&x| matches!(self.lw(x), "published" | "released" | "issued" | "commissioned" | "conducted" | "compiled" | "obtained" | "filed" | "posted"))?;
        // (a time or place after the participle, no comma: "In a video posted Tuesday, X said"
        // has its subject after the comma)
        let when = matches!(self.lw(pp + 1), "in" | "on" | "at" | "last" | "this" | "earlier" | "late") || is_weekday(self.lw(pp + 1)) || MONTH_WORDS.contains(self.lw(pp + 1));
        let passive = matches!(self.lw(pp - 1), "was" | "were" | "is" | "are" | "be" | "been" | "being" | "has" | "have" | "had" | "and" | "or");
        if pp + 1 >= k || !when || (pp + 1..k).any(|x| self.punct(x, ',')) || passive || !self.is_word(pp - 1) || !self.adjunct_only(pp + 1, k) {
            return None;
        }
        let mut subj = self.np_before_once(pp, a, false)?;
        subj.mention.span.1 = self.bytes(pp, k).1;
        Some(subj)
    }

    /// "A spokesperson for the Ministry of Children, Community and Social Services said": a
    /// name whose "of" or "for" phrase lists capitalised words between commas; a subject
    /// found after its last comma ("Community and Social Services") is the whole phrase.
    fn with_listed_name(&self, subj: Subject, a: usize) -> Subject {
        let f = subj.first_tok;
        let capital = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        if f < a + 4 || !self.punct(f - 1, ',') || !capital(f) {
            return subj;
        }
        // the subject: capitalised words and one "and" ("Colleges and Universities")
        let e = (f..self.p.tokens.len()).find(|&i| self.tok(i).is_none_or(|t| t.start >= subj.mention.span.1)).unwrap_or(self.p.tokens.len());
        let and = (f..e).filter(|&i| self.lw(i) == "and").count();
        if and != 1 || self.lw(e - 1) == "and" || !(f..e).all(|i| capital(i) || self.lw(i) == "and") {
            return subj;
        }
        // back over the list's other items to the "of" or "for" after a capitalised head
        let mut i = f - 1; // a comma
        loop {
            let mut w = i;
            while w > a && capital(w - 1) {
                w -= 1;
            }
            if w == i || w <= a {
                return subj;
            }
            if self.punct(w - 1, ',') && i - w <= 3 {
                i = w - 1;
                continue;
            }
            if !(matches!(self.lw(w - 1), "of" | "for") && w >= a + 2 && capital(w - 2)) {
                return subj;
            }
            // the first comma ends the phrase that opens the subject
            let Some((s, _)) = self.np_core(i, a) else { return subj };
            return Subject { first_tok: s, mention: MentionSpan { span: (self.bytes(s, s + 1).0, subj.mention.span.1), ..subj.mention } };
        }
    }

    /// [`Self::np_before`]; `skip_adverb` lets it step back once over a sentence adverb
    /// between commas (once, so hostile text cannot make it recurse deeply).
    pub(super) fn np_before_once(&self, k: usize, a: usize, skip_adverb: bool) -> Option<Subject> {
        let lex = lexicon();
        let mut j = self.skip_adverbs_back(k, a);
        // "Smith on Tuesday said", "Smith earlier this week said": the time phrase is not the subject
        // ("this past week": "past" inside one)
        let mut t = j;
        while t > a && self.is_word(t - 1) && (is_time_word(self.lw(t - 1)) || (self.lw(t - 1) == "past" && t < j && t > a + 1 && is_time_word(self.lw(t - 2)))) {
            t -= 1;
        }
        // ("Feinstein (D-Calif.) last week said": after a bracket too, and after an appositive's
        // comma, "Ana Ruiz, the party chair, last week announced")
        // ("The Labour leader yesterday said": a day printed in lower case, not "USA Today")
        let day = |i: usize| matches!(self.lw(i), "yesterday" | "today" | "tonight") && self.tok(i).is_some_and(|x| !x.is_capitalized());
        if t < j && t > a && (t..j).any(|i| MONTH_WORDS.contains(self.lw(i)) || matches!(self.lw(i), "week" | "month" | "year" | "morning" | "night" | "afternoon" | "evening" | "earlier" | "later") || day(i)) && (self.is_word(t - 1) || self.punct(t - 1, ')') || self.punct(t - 1, ',')) {
            j = self.skip_adverbs_back(t, a);
        }
        // "The administration long ago showed", "Smith two years ago said"
        if j > a + 1 && self.lw(j - 1) == "ago" {
            const UNITS: &[&str] = &["years", "year", "months", "month", "weeks", "week", "days", "day", "decades", "decade", "hours", "minutes", "moments"];
            let mut t = j - 1;
            if self.lw(t - 1) == "long" {
                t -= 1;
            } else if UNITS.contains(&self.lw(t - 1)) {
                t -= 1;
                if t > a && (self.tok(t - 1).is_some_and(|x| x.kind == TokKind::Number) || matches!(self.lw(t - 1), "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "few" | "several" | "many" | "some")) {
                    t -= 1;
                }
            }
            if t < j - 1 {
                j = self.skip_adverbs_back(t, a);
            }
        }
        if j == a {
            return None;
        }
        let last = j - 1;
        let w = self.lw(last);
        // "Kevin Lau, the owner of a shop in Rockville, Maryland said": a state or country after
        // a place's comma, its own comma dropped, ends an appositive's address; the subject is
        // read as if the comma were printed
        if skip_adverb && last >= a + 4 && self.punct(last - 1, ',') && self.tok(last).is_some_and(|t| t.is_capitalized()) && self.known_place(last) && self.tok(last - 2).is_some_and(|t| t.is_capitalized()) {
            let located = (last.saturating_sub(6).max(a)..last - 2).rev().take_while(|&i| self.tok(i).is_some_and(|t| t.is_capitalized())).count();
            let prep = last - 2 - located;
            if prep > a && matches!(self.lw(prep - 1), "in" | "of" | "from" | "near" | "at") && (a..prep).any(|i| self.punct(i, ',')) {
                if let Some(s) = self.np_before_once(last, a, false).filter(|s| s.first_tok < prep) {
                    return Some(s);
                }
            }
        }
        // "the first time she's said": a pronoun and its "has", the pronoun the subject
        if let Some(stem) = crate::text::possessive_owner(w).filter(|s| matches!(*s, "he" | "she")) {
            let t = self.tok(last)?;
            return Some(Subject { first_tok: last, mention: MentionSpan { span: (t.start, t.start + stem.len()), appositive: None, antecedent: None } });
        }
        // "a story that falsely claimed that ...", "a report that says": "that" between a noun
        // that may speak and the verb is a relative pronoun, the phrase before it the speaker
        // (after a verb of saying or a person it opens the clause said: "told reporters that")
        if w == "that" && last > a && !self.p.quoted(last) {
            let head = self.lw(last - 1);
            let noun = self.tok(last - 1).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && lex.nouns.contains_key(head);
            if noun {
                let s0 = self.object_start(last, a);
                // (a phrase an article or a possessive opens, with no verb in it: not "White
                // House cited initial analysis that")
                let plain = |s: usize| matches!(self.lw(s), "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their" | "one" | "another") && (s + 1..last).all(|i| self.is_word(i) && !self.finite_verb(i) && self.cue_class(i).is_none());
                let ant = self.np_core(last, s0).filter(|&(s, _)| plain(s)).map(|(s, e)| {
                    let (ns, ne) = self.relative_antecedent(s, e, last, s0);
                    self.bytes(ns, ne)
                });
                if ant.is_some() {
                    return Some(Subject { first_tok: last, mention: MentionSpan { span: self.bytes(last, j), appositive: None, antecedent: ant } });
                }
            }
        }
        if lex.pronouns.contains_key(w) {
            // ("cited an unnamed official, who said", "quoted a lawyer for the family who
            // said": the object of a verb, its article after the verb, is the antecedent)
            let a = if matches!(w, "who" | "which") { self.object_start(last, a) } else { a };
            let antecedent = if matches!(w, "who" | "which") && last > a && self.punct(last - 1, ',') {
                // "X, a professor of law at Y, who said": the name the appositive describes,
                // not the place or body that ends it
                self.np_core(last - 1, a).map(|(s, e)| match self.appositive_before_comma(s, last - 1, a) {
                    Some((ns, ne)) => self.bytes(ns, ne),
                    None => self.bytes(s, e),
                })
            } else {
                None
            };
            if matches!(w, "who" | "which") && antecedent.is_none() {
                // "the man who said": the phrase before who; "Tom Berg, a neighbor who saw":
                // the name that phrase stands in apposition to
                let ant = self.np_core(last, a).map(|(s, e)| {
                    let (ns, ne) = self.relative_antecedent(s, e, last, a);
                    self.bytes(ns, ne)
                });
                return Some(Subject { first_tok: last, mention: MentionSpan { span: self.bytes(last, j), appositive: None, antecedent: ant } });
            }
            return Some(Subject { first_tok: last, mention: MentionSpan { span: self.bytes(last, j), appositive: None, antecedent } });
        }
        // "A poll has, however, revealed": a sentence adverb alone between commas; the
        // subject stands before them
        if skip_adverb && last > a + 2 && self.punct(last, ',') && self.punct(last - 2, ',') && matches!(self.lw(last - 1), "however" | "though" | "meanwhile" | "moreover" | "indeed" | "too" | "also" | "nevertheless" | "nonetheless" | "instead" | "therefore" | "thus") {
            return self.np_before_once(last - 2, a, false);
        }
        // "Marco Ruiz, whose hometown, Miami, may flood, argues": a relative clause with commas
        // of its own; the phrase before it speaks
        if self.punct(last, ',') {
            let lim = last.saturating_sub(30).max(a);
            let rel = (lim + 1..last).rev().find(|&i| matches!(self.lw(i), "who" | "whose") && self.punct(i - 1, ','));
            if let Some(w) = rel.filter(|&w| (w + 1..last).any(|i| self.punct(i, ',')) && (w..last).all(|i| self.tok(i).is_some_and(|t| t.kind != TokKind::Quote))) {
                if let Some((s, e)) = self.np_core(w - 1, a) {
                    return Some(Subject { first_tok: s, mention: MentionSpan { span: self.bytes(s, e), appositive: Some(self.bytes(w, last)), antecedent: None } });
                }
            }
        }
        // "Marco Delveccio, CEO of Skyrail, which owns Bluewing, said": a relative clause on
        // the body ending a title's appositive (a title, then "of", "at" or "for"); the name
        // before the appositive speaks, not the title
        if self.punct(last, ',') {
            if let Some((ns, ne, t, c)) = self.name_before_title_of_which(last, a) {
                return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(t, c)), antecedent: None } });
            }
        }
        // "The group, along with the Youth Council, the Harbor Network and the Chamber,
        // announced": a phrase of company set off by commas, a list in it; the phrase before
        // it speaks
        if self.punct(last, ',') {
            let lim = last.saturating_sub(30).max(a);
            let along = (lim + 1..last).rev().find(|&c| {
                self.punct(c, ',') && (matches!((self.lw(c + 1), self.lw(c + 2)), ("along" | "together", "with") | ("as", "well")) || self.lw(c + 1) == "alongside")
            });
            if let Some(c) = along.filter(|&c| (c + 1..last).all(|i| !self.finite_verb(i) && !self.p.quoted(i) && !self.is_open_quote(i))) {
                if let Some((s, e)) = self.np_core(c, a) {
                    return Some(Subject { first_tok: s, mention: self.mention(s, e) });
                }
            }
            if let Some((ne, t)) = self.name_before_title_chain(last, a) {
                return Some(Subject { first_tok: a, mention: MentionSpan { span: self.bytes(a, ne), appositive: Some(self.bytes(t, last)), antecedent: None } });
            }
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
                    // a short title or slogan in quotation marks inside the appositive ("wearing
                    // a cap and “Save the Pier” pins") is stepped over whole
                    if self.is_close_quote(c2) {
                        if let Some(o) = self.opening_of(c2).filter(|&o| o > lim && o + 8 >= c2 && o > a && self.is_word(o - 1)) {
                            c2 = o;
                            continue;
                        }
                    }
                    if self.punct(c2, open) || self.is_close_quote(c2) {
                        break;
                    }
                }
                // "X, during a rally in Dayton, Ohio, said": a place after a comma or a
                // prepositional phrase is no appositive; the subject stands before it
                let seg_first = self.lw(c2 + 1);
                // (a place: a lone capitalised word the lexicon knows as one, "Ohio", "Va."; not
                // "Lazar" in "in Alexandria, Va., Lazar, in a jail jumpsuit, said")
                // ("Brampton, Ont., said": the tokenizer leaves an undotted abbreviation's period apart)
                let one_word = c2 + 2 == app_end || (c2 + 3 == app_end && self.punct(c2 + 2, '.'));
                let place = one_word && self.tok(c2 + 1).is_some_and(|t| t.is_capitalized()) && self.known_place(c2 + 1);
                // ("X, KC, for the Crown, told": whom a lawyer or a spokesperson acts for; not
                // "for one", "for example", which the adverbs step over)
                let acts_for = seg_first == "for" && (matches!(self.lw(c2 + 2), "the" | "a" | "an") || self.tok(c2 + 2).is_some_and(|t| t.is_capitalized()));
                let adjunct = acts_for || matches!(seg_first, "during" | "in" | "at" | "on" | "after" | "before" | "speaking" | "while" | "from" | "earlier" | "later" | "last" | "when" | "appearing" | "writing");
                if open == ',' && c2 > a && c2 < app_end && self.punct(c2, ',') && (place || adjunct) && (c2 > lim) {
                    app_end = c2;
                    continue;
                }
                break;
            }
            if app_end < last && !(c2 > a && c2 < app_end && self.punct(c2, open)) {
                // only adjuncts between the commas: the subject ends at the first of them
                // (after a bracket there: "Harry Reid (D-Nev.), in particular, has said")
                let (s, e) = self.np_core(self.skip_brackets_back(app_end, a), a)?;
                return Some(Subject { first_tok: s, mention: self.mention(s, e) });
            }
            let last = app_end;
            if c2 > a && c2 < last && self.punct(c2, open) {
                let app_start = c2 + 1;
                if open == '-' && self.punct(c2 - 1, '-') {
                    c2 -= 1;
                }
                let mut c2 = self.skip_brackets_back(c2, a);
                // "Maria Lopez, 39, a nurse, told": the age between commas belongs to the name
                if open == ',' && c2 > a + 2 && self.tok(c2 - 1).is_some_and(|t| t.kind == TokKind::Number) && self.punct(c2 - 2, ',') {
                    c2 -= 2;
                }
                let Some((s, e)) = self.np_core(c2, a) else {
                    // "Ray Dalio, co-chief investment officer of the largest hedge fund,
                    // Bridgewater Associates, said": a name renaming the object of a title
                    // phrase that is itself in apposition to a name; the first name speaks ("her
                    // adviser, Jake Sullivan, said", no name before the title, is Sullivan)
                    if open == ',' {
                        if let Some((ns, ne, t)) = self.name_before_title_of(c2, a) {
                            return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(t, last)), antecedent: None } });
                        }
                    }
                    // "The label that owns her records, Harbor Tone, says": no speaker
                    // phrase before the comma, a name after it
                    let named = self.tok(app_start).is_some_and(|t| t.is_capitalized()) && self.valid_np(app_start, last);
                    return named.then(|| Subject { first_tok: app_start, mention: self.mention(app_start, last) });
                };
                // "Making her way around Chez Vachon, Clinton and husband Bill, thanked": a phrase
                // after a preposition of an opening phrase is no subject; the named phrase
                // between the commas is
                let p0 = if s > a + 1 && matches!(self.lw(s - 1), "the" | "a" | "an") { s - 1 } else { s };
                // (or the phrase is the opening participle's own: "Speaking at the Harbor Safety
                // Forum, Captain Della Morrow, from the Port Authority, said")
                let participle = s == a && e > a + 2 && self.lw(a).len() > 5 && self.lw(a).ends_with("ing") && matches!(self.lw(a + 1), "at" | "in" | "on" | "to" | "with" | "from" | "about" | "before" | "after" | "during" | "as" | "outside" | "inside" | "near");
                let object = (p0 > a && matches!(self.lw(p0 - 1), "around" | "in" | "at" | "on" | "into" | "through" | "across" | "near" | "inside" | "outside" | "from" | "during" | "after" | "before" | "toward" | "towards") || participle) && !(a..p0).any(|i| self.punct(i, ','));
                // (not a place continuing that phrase: "in Alexandria, Va., said")
                let place = last - app_start <= 2 && self.known_place(app_start);
                // (or the phrase before the comma is itself a place: "in Alexandria, Va., Lazar, in
                // a jail jumpsuit, said" gave "Va.")
                let after_place = e - s <= 2 && s >= 2 && self.punct(s - 1, ',') && self.tok(s - 2).is_some_and(|t| t.is_capitalized()) && self.known_place(s);
                if open == ',' && (object || after_place) && !place && self.tok(app_start).is_some_and(|t| t.is_capitalized()) && self.valid_np(app_start, last) {
                    return Some(Subject { first_tok: app_start, mention: self.mention(app_start, last) });
                }
                // "Randy Goulden, president of the Urban Municipalities Association (SUMA) said":
                // a bracket after a title phrase in apposition to a name; the name speaks
                if open == '(' {
                    if let Some((ns, ne)) = self.name_before_title_phrase(s, e, a) {
                        return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(s, last)), antecedent: None } });
                    }
                }
                // "X, 55, of Addison, a village near Y, said": the place belongs to the name before it
                if self.after_of(s, a) {
                    let (s0, e0) = self.name_before_of(s, a)?;
                    let app = self.bytes(e0 + 1, last);
                    return Some(Subject { first_tok: s0, mention: MentionSpan { span: self.bytes(s0, e0), appositive: Some(app), antecedent: None } });
                }
                // "The company that runs the awards, Dick Clark Productions, said": the
                // phrase before the relative clause heads the subject
                let (s, e) = self.before_relative(s, c2, a).unwrap_or((s, e));
                // "A source with the school division, who was not authorized to speak, said":
                // before a relative clause, the people a postmodifier's object belongs to (and
                // before "including": "A nurse with 21 years of experience, including 11 in
                // intensive care, says")
                let s = if open == ',' && matches!(self.lw(app_start), "who" | "whose" | "including") { self.postmodified(s, a).unwrap_or(s) } else { s };
                // "X, president of Y, a design agency, said": a title phrase in
                // apposition to a name before it; the name speaks
                // (or a description headed by a title or a speaker noun: "X, senior director at
                // Y, an Ottawa think tank, said", "X, a lawyer with Y LLP, a Toronto firm, said")
                let sd = self.postmodified(s, a).filter(|&p| p < s).unwrap_or(s);
                let described = || {
                    (sd..e)
                        .take_while(|&i| self.is_word(i) && self.tok(i).is_some_and(|t| !t.is_capitalized()) && !matches!(self.lw(i), "at" | "of" | "with" | "for" | "in" | "from" | "on"))
                        .any(|i| lexicon().is_title(self.lw(i)) || matches!(lexicon().nouns.get(self.lw(i)), Some(super::lexicon::NounKind::Anonymous)))
                };
                // (whose second appositive is a description, not a name or a relative clause:
                // "her adviser, Jake Sullivan, said" is Sullivan)
                let second_described = !matches!(self.lw(app_start), "who" | "whom" | "whose" | "which" | "that") && self.tok(app_start).is_some_and(|t| !t.is_capitalized());
                if open == ',' && sd > a + 1 && self.punct(sd - 1, ',') && self.tok(sd).is_some_and(|t| !t.is_capitalized()) && ((sd == s && lexicon().is_title(self.lw(s))) || (second_described && described())) {
                    if let Some((s0, e0)) = self.np_core(sd - 1, a).filter(|&(s0, e0)| (s0..e0).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized()))) {
                        // (the description alone: the second appositive describes its organization)
                        let app = self.bytes(sd, e);
                        return Some(Subject { first_tok: s0, mention: MentionSpan { span: self.bytes(s0, e0), appositive: Some(app), antecedent: None } });
                    }
                }
                // "Saffron Okafor, the deputy chief executive of Elm Providers, which represents
                // trusts, said": a relative clause after a description of the name before it
                if open == ',' && matches!(self.lw(app_start), "which" | "who" | "whose" | "that") {
                    if let Some((ns, ne)) = self.named_before_appositive(s, a) {
                        return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(s, e)), antecedent: None } });
                    }
                }
                let app = self.bytes(app_start, last);
                return Some(Subject { first_tok: s, mention: MentionSpan { span: self.bytes(s, e), appositive: Some(app), antecedent: None } });
            }
            return None;
        }
        if let Some(subject) = self.named_before_adjunct(j, a) {
            return Some(subject);
        }
        let core = self.np_core(self.skip_brackets_back(j, a), a);
        // "The document that surfaced in November said": the phrase before a short relative clause
        let rel_from = core.map_or(j, |c| c.0);
        // (up to eight words back; sixteen when they ask for anonymity: "who did not wish to be
        // named because of agency policy said", "who did not want her name published for
        // fear of reprisals said")
        let anonymity = (rel_from.saturating_sub(16).max(a)..rel_from).any(|i| matches!(self.lw(i), "named" | "identified" | "anonymity" | "name" | "surname"));
        // (and so when "who" follows a sentence's opening phrase of an article and a noun:
        // "The judge who sentenced the former first lady to prison for one year for corruption
        // said")
        // (one place to look: "who" third in the sentence, 9 to 16 words before the phrase)
        let opening_who = || {
            let w = a + 2;
            (rel_from.saturating_sub(16).max(a)..rel_from.saturating_sub(8).max(a)).contains(&w)
                && self.lw(w) == "who"
                && matches!(self.lw(a), "the" | "a" | "an")
                && self.tok(a + 1).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
        };
        let reach = if anonymity || opening_who() { 16 } else { 8 };
        let rel = (rel_from.saturating_sub(reach).max(a)..rel_from.max(a))
            .rev()
            .find(|&i| matches!(self.lw(i), "that" | "who" | "which" | "whose") && !self.p.quoted(i))
            // ("a minister whose plan to announce X": the cue is inside the clause)
            .filter(|&i| !(self.lw(i) == "whose" && self.lw(j.saturating_sub(1)) == "to"));
        // "Katherine Hixon, Assistant Headteacher of St Edmunds school, who is part of this
        // union said": a relative clause after a name's appositive with a title, its comma
        // left out before the verb; the name speaks
        if let Some(r) = rel.filter(|&r| self.lw(r) == "who" && r > a + 1 && self.punct(r - 1, ',')) {
            if let Some((ns, ne, t)) = self.name_before_titled_appositive(r - 1, a) {
                return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(t, r - 1)), antecedent: None } });
            }
        }
        // "a move which Redfin said “...”", "a decision which the agency said would hurt": the
        // phrase right after the relative word, right before the verb, is the verb's own
        // subject (the relative word its object)
        // (the relative word may lie inside the phrase read back: "a decision which the agency")
        let inner_rel = core.and_then(|(c0, c1)| (c0 + 1..c1).rev().find(|&i| matches!(self.lw(i), "which" | "that") && !self.p.quoted(i)));
        if let Some(r) = inner_rel.or(rel).filter(|&r| matches!(self.lw(r), "which" | "that") && r > a && !self.punct(r - 1, ',') && self.is_word(r - 1) && !self.p.quoted(r - 1)) {
            if let Some((c0, c1)) = self.np_core(j, r + 1).filter(|&(c0, c1)| c0 == r + 1 && c1 == j) {
                return Some(Subject { first_tok: c0, mention: self.mention(c0, c1) });
            }
        }
        if let Some(r) = rel {
            // ("Spokesman Chinedu Okafor, who spoke in a chat with reporters said": a name's
            // relative clause after its comma, the closing comma left out before the verb)
            // (the clause has a verb of its own before this one: "who in 2010 said" is the
            // clause's verb)
            // (nor is this verb an infinitive inside the clause: "who refused to endorse")
            let own_verb = || (r + 1..j).any(|i| self.finite_verb(i)) && self.lw(j - 1) != "to";
            let np = self.np_core(r, a).or_else(|| if r > a + 1 && self.punct(r - 1, ',') && self.lw(r) == "who" && own_verb() { self.np_core(r - 1, a) } else { None });
            if let Some((s2, e2)) = np {
                let starts_det = DETERMINERS.contains(self.lw(s2)) || self.tok(s2).is_some_and(|t| t.is_capitalized());
                let between_plain = (r + 1..j).all(|i| !self.punct(i, ',') && !self.is_open_quote(i));
                // "a rule that officials must report": a phrase right after "that" is the
                // cue's own subject
                let own_subject = core.is_some_and(|c| c.0 == r + 1);
                // ("Both men claimed at the time that they ... and asked": a verb before "that"
                // makes it a report's complement, no relative clause of a phrase)
                let verb_before = (s2..e2).any(|i| self.finite_verb(i) || (self.cue_class(i).is_some() && self.tok(i).is_some_and(|t| !t.is_capitalized())));
                // (a phrase after a preposition is an object inside the clause, however long: "A
                // couple who lost their children because of their membership of the party have
                // said")
                // (a body's name before a common noun heading it too: "Many parents who are
                // waiting for the Transport Department letters say")
                let object = core.is_some_and(|c| c.0 > r + 1 && matches!(self.lw(c.0 - 1), "of" | "for" | "with" | "about" | "from" | "by" | "to" | "in" | "on" | "at") && (!(c.0..c.1).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized())) || (c.1 - c.0 >= 2 && self.tok(c.1 - 1).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()))));
                if starts_det && between_plain && !own_subject && !verb_before && (core.is_none() || object || core.is_some_and(|c| c.1 - c.0 <= 3 && !(c.0..c.1).any(|i| self.tok(i).is_some_and(|t| t.is_capitalized()) && !MONTH_WORDS.contains(self.lw(i))))) {
                    let (ms, me) = self.relative_antecedent(s2, e2, r, a);
                    return Some(Subject { first_tok: s2, mention: self.mention(ms, me) });
                }
            }
        }
        // "people close to the mayor say": the people speak, not the mayor
        let (s, e) = match core {
            Some((s, e)) => (self.postmodified(s, a).unwrap_or(s), e),
            // the postmodifier must end in its object ("candidates to [cue]" is no phrase)
            None if j > a && !(CLAUSE_WORDS.contains(self.lw(j - 1)) || DETERMINERS.contains(self.lw(j - 1)) || !self.is_word(j - 1)) => (self.postmodified(j, a)?, j),
            None => return None,
        };
        if self.after_of(s, a) {
            let (s0, e0) = self.name_before_of(s, a)?;
            return Some(Subject { first_tok: s0, mention: self.mention(s0, e0) });
        }
        // "Transit advocate Kenji Watanabe of the group TTCriders said": a person's name, then
        // "of" and their body; the person speaks
        if let Some((s0, e0)) = self.person_before_of(s, a) {
            return Some(Subject { first_tok: s0, mention: self.mention(s0, e0) });
        }
        // "his often-repeated vow that", "her long-stated claim": a possessive pronoun
        // and a participle before a noun cue; the pronoun speaks
        let participle = |w: &str| w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
        if e - s >= 2 && matches!(self.lw(s), "his" | "her" | "their" | "its") && participle(self.lw(e - 1)) && !lex.nouns.contains_key(self.lw(e - 1)) && !lex.titles.contains(self.lw(e - 1)) {
            return Some(Subject { first_tok: s, mention: self.mention(s, s + 1) });
        }
        // "Mary Goulden, president of the town association said": an appositive whose closing
        // comma is left out; the name speaks
        if let Some((ns, ne)) = self.name_before_title_phrase(s, e, a).or_else(|| self.name_before_description(s, e, a)).or_else(|| self.name_before_capitalised_title(s, e, a)).or_else(|| self.name_before_from(s, a)) {
            return Some(Subject { first_tok: ns, mention: MentionSpan { span: self.bytes(ns, ne), appositive: Some(self.bytes(s, e)), antecedent: None } });
        }
        Some(Subject { first_tok: s, mention: self.mention(s, e) })
    }

    /// The name opening the clause before phrase `s..e` when the phrase describes one person
    /// and its closing comma is left out: "Grace Atieno, a fish seller says", "“...,” Marcus
    /// Ellery, one of the volunteers said" ("a", "an", "another" or "one of" and a determiner,
    /// then at most four lowercase words, the last a title, a noun for a person or a trade's
    /// word; the name all capitalised words from the clause's start, or from a closing
    /// quotation mark, to the comma: one word only when no common word and no place, "Owen, a
    /// history student said").
    fn name_before_description(&self, s: usize, e: usize, a: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        if !(e > s + 1 && s > a + 1 && self.punct(s - 1, ',')) {
            return None;
        }
        let words = match self.lw(s) {
            "a" | "an" | "another" => s + 1,
            "one" if self.lw(s + 1) == "of" && crate::resolve::ONE_OF_DETERMINERS.contains(&self.lw(s + 2)) => s + 3,
            _ => return None,
        };
        // (the head may take a body's name after a preposition: "Levan Kapanadze, a member of
        // the Green Party says")
        let body = (words + 1..e.min(words + 5)).find(|&i| matches!(self.lw(i), "of" | "at" | "for" | "from" | "with")).filter(|&p| {
            let n0 = if self.lw(p + 1) == "the" { p + 2 } else { p + 1 };
            n0 < e && (n0..e).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && (t.is_capitalized() || matches!(self.lw(i), "of" | "and" | "for" | "&"))))
        });
        let (phrase_end, e) = (e, body.unwrap_or(e));
        if !(words < e && e - words <= 4) {
            return None;
        }
        if !(words..e).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())) {
            return None;
        }
        let head = self.lw(e - 1);
        let one = words == s + 1;
        let plural = || head.strip_suffix('s').is_some_and(|h| lex.is_title(h) || crate::lexicon::names::is_person_noun(h));
        if !(if one { lex.is_title(head) || crate::lexicon::names::is_person_noun(head) || crate::recognize::names::trade_ending(head) } else { plural() }) {
            return None;
        }
        // (one word only before a verb closing its clause: "Clinton, a top aide said, “is
        // very confident”" has the aide speak of Clinton)
        self.name_opening_before_comma(s - 1, a).filter(|&(ns, ne)| ne - ns >= 2 || !self.punct(phrase_end + 1, ','))
    }

    /// The name before the comma at token `c` (or the "from" of [`Self::name_before_from`]):
    /// capitalised words back to the clause's start
    /// `a` or to a closing quotation mark ("“...,” Marcus Ellery, a volunteer said"), two at
    /// least, or one that is no common word and no place ("Owen, a history student said").
    fn name_opening_before_comma(&self, c: usize, a: usize) -> Option<(usize, usize)> {
        let capital_word = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized()) && !self.p.quoted(i);
        let mut ns = c;
        while ns > a && capital_word(ns - 1) {
            ns -= 1;
        }
        // (four words at most, no function word: not a headline's "Clinton Hid Past Health
        // Problems From Public, Former White House Doctor Says")
        let function_word = |i: usize| matches!(self.lw(i), "the" | "a" | "an" | "of" | "from" | "to" | "for" | "in" | "on" | "at" | "with" | "and" | "or" | "by");
        if c - ns > 4 || (ns..c).any(function_word) {
            return None;
        }
        let opens = ns == a || self.tok(ns - 1).is_some_and(|t| t.kind == TokKind::Quote);
        let lone_ok = || {
            let w = self.tok(ns).map(|t| t.text(self.text)).unwrap_or("");
            !crate::lexicon::names::is_common_word(w) && crate::lexicon::places::place_kind(w).is_none()
        };
        (opens && (c - ns >= 2 || (c - ns == 1 && lone_ok()))).then_some((ns, c))
    }

    /// "Elnur Rzayev from the Ministry of Internal Affairs confirmed", "MP Aram Petrosyan from
    /// the opposition bloc told": a name of two words at least opening the clause, then
    /// "from" and the body (the phrase at `s`) it speaks for; the name speaks.
    fn name_before_from(&self, s: usize, a: usize) -> Option<(usize, usize)> {
        if !(s > a + 2 && self.lw(s - 1) == "from" && !self.p.quoted(s - 1)) {
            return None;
        }
        self.name_opening_before_comma(s - 1, a).filter(|&(ns, ne)| ne - ns >= 2)
    }

    /// The name before phrase `s..e` when the phrase is a capitalised title in apposition to
    /// it whose closing comma is left out: maybe a party or a body, titles (joined by "&" or
    /// "and"), maybe "for", "of" or "at" and a place or a body ("Carys Pennant, Plaid Cymru AM
    /// for Glanmor added:", "Orla Feeney, President & CEO commented", "Halvard Senn, Chief
    /// Executive Officer of Brightwell Labs said:", "Jemma Quist, Chair of the Board of
    /// Trustees of Larkin Foundation stated:"). No name after the title: "Jane Doe, Labour MP
    /// Tom Hale said" is two people.
    fn name_before_capitalised_title(&self, s: usize, e: usize, a: usize) -> Option<(usize, usize)> {
        if !(s > a + 1 && e > s && e - s <= 12 && self.punct(s - 1, ',') && self.tok(s).is_some_and(|t| t.is_capitalized())) {
            return None;
        }
        let lex = lexicon();
        let capital_word = |i: usize| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        let title = |i: usize| self.tok(i).is_some_and(|t| crate::recognize::names::MEMBER_LETTERS.contains(&t.text(self.text)) || (t.is_capitalized() && lex.is_title(self.lw(i))));
        // the last title of the capitalised words (and "&" or "and" between them) opening the phrase
        let mut t = None;
        for i in s..e {
            if title(i) {
                t = Some(i);
            } else if !(capital_word(i) || (i > s && (self.punct(i, '&') || self.lw(i) == "and") && title(i + 1))) {
                // (a joiner between titles only: "John Doe and Mary Major" is two names)
                break;
            }
        }
        let t = t?;
        // (a lone title is no apposition the comma left open: "Smith, President said" may be)
        if t == s && t + 1 == e {
            return None;
        }
        let body = |from: usize| from < e && capital_word(e - 1) && (from..e).all(|i| capital_word(i) || matches!(self.lw(i), "the" | "of" | "and") || self.punct(i, '&'));
        let place = t + 1 == e || (matches!(self.lw(t + 1), "for" | "of" | "at") && body(t + 2));
        place.then(|| self.name_opening_before_comma(s - 1, a)).flatten()
    }

    /// The name before phrase `s..e` when the phrase is a title phrase in apposition to it
    /// whose closing comma is left out: titles in lower case, then "of", "for", "at" or
    /// "with" and a body, after a capitalised name and a comma ("Mary Goulden, president of
    /// the town association said"; not "Investment, official says,").
    fn name_before_title_phrase(&self, s: usize, e: usize, a: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let titles_end = (s..e).find(|&i| !(lex.is_title(self.lw(i)) || (i > s && self.lw(i) == "and"))).unwrap_or(e);
        let title_of_body = titles_end > s && titles_end < e && matches!(self.lw(titles_end), "of" | "for" | "at" | "with");
        if !(title_of_body && s > a + 1 && self.punct(s - 1, ',') && self.tok(s).is_some_and(|t| !t.is_capitalized())) {
            return None;
        }
        let named = |&(ns, ne): &(usize, usize)| ne > ns && (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized()));
        self.np_core(s - 1, a).filter(named)
    }

    /// "Smith in a statement said", "Smith at the time said", "Smith at a rally in Ohio said",
    /// "Smith through a social media post on Sunday said":
    /// an adjunct of occasion or time (a preposition and a lowercase object, a few words without
    /// punctuation) between a name or a personal pronoun and the verb ending at `j`; the name
    /// speaks. The name must open its clause (the sentence, or after a break or a conjunction),
    /// so "voters who backed Trump in the primary said" keeps its relative clause.
    fn named_before_adjunct(&self, j: usize, a: usize) -> Option<Subject> {
        const PREPOSITIONS: &[&str] = &["in", "at", "on", "during", "after", "before", "over", "following", "throughout", "through", "via"];
        let lim = j.saturating_sub(10).max(a);
        // (most subjects have no such preposition before the verb: a cheap look first)
        if !(lim + 1..j.saturating_sub(1)).any(|i| PREPOSITIONS.contains(&self.lw(i))) {
            return None;
        }
        let mut p = j;
        while p > lim {
            p -= 1;
            let w = self.lw(p);
            let plain = self.tok(p).is_some_and(|t| matches!(t.kind, TokKind::Word | TokKind::Number)) && !self.p.quoted(p);
            if !plain || is_auxiliary(w) || (CLAUSE_WORDS.contains(w) && !PREPOSITIONS.contains(&w)) {
                return None;
            }
            // (the object opens with a lowercase word or a number: "in a statement", "in 2015";
            // "on Twitter" stays in the phrase the name reader builds)
            // ("Democrats on the House committee": a named object, maybe after its determiner)
            let first = if DETERMINERS.contains(self.lw(p + 1)) { p + 2 } else { p + 1 };
            if !PREPOSITIONS.contains(&w) || first >= j || p == a || self.tok(first).is_some_and(|t| t.is_capitalized()) {
                continue;
            }
            let Some((ns, ne)) = self.np_core(p, a) else { continue };
            let head = self.lw(ne - 1);
            // (a number or a quantifier is no name: "Six in 10 voters said", "Many in the crowd")
            let named = self.tok(ne - 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized())
                && !MONTH_WORDS.contains(head)
                && !is_weekday(head)
                && !DETERMINERS.contains(head)
                && !is_number_word(head)
                // (one word opening the sentence must be capitalised elsewhere too: not "Drop in
                // turnout hints")
                && !(ns == a && ne - ns == 1 && !crate::recognize::names::capitalised_mid_sentence(self.text, self.tok(ns).map_or("", |t| t.text(self.text))));
            let pronoun = matches!(head, "he" | "she" | "they" | "we" | "i") && ne - ns == 1;
            let opens = ns == a || !self.is_word(ns - 1) || matches!(self.lw(ns - 1), "and" | "but" | "so" | "yet" | "then" | "also");
            if (named || pronoun) && opens {
                return Some(Subject { first_tok: ns, mention: self.mention(ns, ne) });
            }
        }
        None
    }

    /// The start of a phrase naming people (or a document) whose postmodifier holds the phrase
    /// starting at `s`: "officials familiar with [the talks]", "people close to [the mayor]",
    /// "the last woman to run [a campaign]", "farmers who came to the capital to protest [the
    /// rules]". Walks back at most 14 plain words (no punctuation, no clause word but the
    /// bridges) to a preposition, "to" or a relative pronoun right after the head noun (or after
    /// an adjective of relation: "familiar", "close", "loyal"...).
    pub(super) fn postmodified(&self, s: usize, a: usize) -> Option<usize> {
        let lex = lexicon();
        const BRIDGES: &[&str] = &["with", "to", "from", "about", "of", "in", "on", "at", "for", "near", "behind", "inside", "within", "among", "against", "under", "over", "by", "who", "that", "across", "throughout", "around"];
        const RELATION: &[&str] = &["familiar", "close", "closest", "loyal", "near", "opposed", "sympathetic", "friendly", "allied", "aligned", "involved", "briefed", "connected", "linked", "tied", "critical"];
        let head_ok = |h: usize| {
            let w = self.lw(h);
            // (a number's noun before "of" heads nothing: "over the last couple of weeks")
            let quantity = || matches!(w, "couple" | "pair" | "trio" | "duo") && self.lw(h + 1) == "of";
            self.is_word(h)
                && !self.p.quoted(h)
                && !quantity()
                && (lex.nouns.contains_key(w)
                    || lex.titles.contains(w)
                    || lex.is_title_plural(w)
                    || ((w.ends_with("ers") || w.ends_with("ists") || w.ends_with("ians")) && w.len() > 4 && self.tok(h).is_some_and(|t| !t.is_capitalized()))
                    || (h == a && crate::recognize::names::people_plural_opening(self.text, self.tok(h).map_or("", |t| t.text(self.text))))
                    // ("About 100 households awaiting a decision": a counted plural opening the
                    // sentence; not "a nurse with 21 years of experience")
                    || (h > a
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && self.tok(h - 1).is_some_and(|t| t.kind == TokKind::Number)
                        && (h - 1 == a || (h - 2 == a && matches!(self.lw(a), "about" | "some" | "nearly" | "almost" | "roughly" | "around" | "over")))))
        };
        // ("Fans leaving the arena said", "Residents living near the plant": a present
        // participle after the head, with its object or its preposition's)
        // (not a preposition of that shape, "during", nor "nothing")
        const ING_PREPOSITIONS: &[&str] = &["during", "including", "regarding", "concerning", "following", "according", "excluding", "pending", "considering", "notwithstanding", "barring", "involving"];
        let ing_participle = |k: usize| {
            let w = self.lw(k);
            w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing") && !ING_PREPOSITIONS.contains(&w) && self.tok(k).is_some_and(|t| !t.is_capitalized()) && self.cue_class(k).is_none() && !lex.nouns.contains_key(w)
        };
        let lim = s.saturating_sub(14).max(a);
        let mut i = s;
        // (the noun before a participle's phrase, the head when no preposition comes before it)
        let mut participle_head: Option<usize> = None;
        let head_at = |h: Option<usize>| h.and_then(|h| self.np_core(h + 1, a).map(|(hs, _)| hs).filter(|&hs| hs <= h));
        while i > lim {
            i -= 1;
            let Some(t) = self.tok(i) else { return head_at(participle_head) };
            // (a number right after a preposition is a word of the postmodifier: "a nurse with
            // 21 years of experience"; not after "that": "a poll found that 74 percent of")
            let number_object = t.kind == TokKind::Number && i > a && BRIDGES.contains(&self.lw(i - 1)) && !matches!(self.lw(i - 1), "who" | "that");
            // (an amount, the object of a verb: "a retired teacher who lost $4,000 in a scam";
            // the currency sign and its number are words of the postmodifier, and the walk
            // goes on to judge the verb before them)
            let amount = |k: usize| k > a && self.tok(k).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '$' | '£' | '€')) && self.tok(k - 1).is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized()) && self.cue_class(k - 1).is_none();
            let amount_object = (t.kind == TokKind::Number && i > 0 && amount(i - 1)) || amount(i);
            if !(t.kind == TokKind::Word || number_object || amount_object) || self.p.quoted(i) {
                return head_at(participle_head);
            }
            let w = self.lw(i);
            // ("told the villagers that the government denied": a phrase of its own after
            // "that" is the subject of the verb, not a head's object relative)
            if w == "that" && matches!(self.lw(i + 1), "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "these" | "those" | "he" | "she" | "they" | "it" | "we") {
                return head_at(participle_head);
            }
            if BRIDGES.contains(&w) && i > a {
                let mut h = i - 1;
                if RELATION.contains(&self.lw(h)) && !matches!(w, "who" | "that") && h > a {
                    h -= 1;
                    // ("experts not involved in the study")
                    if self.lw(h) == "not" && h > a {
                        h -= 1;
                    }
                }
                // "reports that Trump ...": after a noun of saying, "that" opens what was said
                let complement = w == "that" && lex.nouns.get(self.lw(h)).is_some_and(|k| *k == super::lexicon::NounKind::Document);
                if head_ok(h) && !complement {
                    return self.np_core(h + 1, a).map(|(hs, _)| hs).filter(|&hs| hs <= h);
                }
                // "A report by a panel appointed by the province found", "A city report
                // presented to council found": a participle and its object inside the
                // postmodifier; the head is further back
                let hw = self.lw(h);
                // (not a verb of saying, "officials emphasized that", nor one taking an
                // infinitive, "the court failed to reach": after "to" an article or a name)
                let object_after_to = w != "to" || matches!(self.lw(i + 1), "the" | "a" | "an" | "his" | "her" | "its" | "their") || self.tok(i + 1).is_some_and(|t| t.is_capitalized());
                let participle = h > a && ((hw.len() > 4 && hw.ends_with("ed") && self.tok(h).is_some_and(|t| !t.is_capitalized()) && self.cue_class(h).is_none()) || ing_participle(h)) && object_after_to && head_ok(h - 1);
                if participle && !matches!(w, "who" | "that") {
                    i = h;
                    participle_head = Some(h - 1);
                }
                continue;
            }
            if i > a && ing_participle(i) && head_ok(i - 1) {
                participle_head = Some(i - 1);
                continue;
            }
            // "experts on North Korea and nuclear policy": "and" joining two objects of the
            // preposition, a plain word on each side (lowercase after it: not "at an impasse
            // and Senate Republicans refusing"), stays inside the postmodifier
            let plain = |k: usize| {
                let v = self.lw(k);
                self.is_word(k) && !CLAUSE_WORDS.contains(v) && !is_auxiliary(v) && !lex.pronouns.contains_key(v) && self.cue_class(k).is_none() && !lex.past_verbs.contains(v)
            };
            if matches!(w, "and" | "or") && i > lim && plain(i - 1) && plain(i + 1) && self.tok(i + 1).is_some_and(|t| !t.is_capitalized()) {
                continue;
            }
            // a clause word ("and", "is", "said"...), an auxiliary or "which" ends the walk
            // (a noun's possessive stays inside: "a paper to the council's audit committee";
            // not a contraction, "it's", "that's")
            let possessive = || crate::text::possessive_owner(w).is_some_and(|stem| !stem.is_empty() && !stem.contains(['\'', '’']) && !CLAUSE_WORDS.contains(stem) && !lex.pronouns.contains_key(stem) && !matches!(stem, "that" | "there" | "here" | "what" | "who" | "let"));
            if CLAUSE_WORDS.contains(w) || is_auxiliary(w) || matches!(w, "which" | "whose" | "whom") || (w.contains(['\'', '’']) && !possessive()) {
                return head_at(participle_head);
            }
        }
        head_at(participle_head)
    }

    /// True when the phrase at `s` follows "of" or "from" right after a break
    /// ("Smith, 55, of Addison"): a place of origin, no speaker of its own.
    pub(super) fn after_of(&self, s: usize, a: usize) -> bool {
        s >= a + 2 && matches!(self.lw(s - 1), "of" | "from") && (self.punct(s - 2, ',') || self.tok(s - 2).is_some_and(|t| t.kind == TokKind::Number))
    }

    /// The comma that opens an appositive closed by the comma `comma`: the nearest comma
    /// before it, within 16 tokens, with no quotation mark between, after the sentence's start.
    fn comma_before(&self, comma: usize, a: usize) -> Option<usize> {
        let c1 = (comma.saturating_sub(16).max(a)..comma).rev().find(|&i| self.punct(i, ',') || self.is_close_quote(i) || self.is_open_quote(i))?;
        (self.punct(c1, ',') && c1 > a).then_some(c1)
    }

    /// The name before a title phrase with a postmodifier that ends at the comma `comma`
    /// ("Ray Dalio, co-chief investment officer of the largest hedge fund,"): the name's
    /// span and the title phrase's first token. The phrase opens in lower case, holds a title
    /// or a speaker noun before its first preposition, and follows a comma after a name of
    /// capitalised words.
    fn name_before_title_of(&self, comma: usize, a: usize) -> Option<(usize, usize, usize)> {
        let c1 = self.comma_before(comma, a)?;
        let t = c1 + 1;
        let p = (t..comma).find(|&i| matches!(self.lw(i), "of" | "at" | "with" | "for"))?;
        let lex = lexicon();
        let lower = (t..p).all(|i| self.tok(i).is_some_and(|k| k.kind != TokKind::Word || !k.is_capitalized()));
        let titled = (t..p).any(|i| self.is_word(i) && (lex.is_title(self.lw(i)) || matches!(lex.nouns.get(self.lw(i)), Some(super::lexicon::NounKind::Anonymous))));
        if p == t || !lower || !titled {
            return None;
        }
        let (ns, ne) = self.np_core(c1, a)?;
        let named = (ns..ne).all(|i| !self.is_word(i) || self.tok(i).is_some_and(|k| k.is_capitalized()));
        named.then_some((ns, ne, t))
    }

    /// For a relative clause opening with "which" after a comma and ending at the comma
    /// `last` ("Marco Delveccio, CEO of Skyrail, which owns Bluewing,"): the name before the
    /// appositive the clause follows, when that appositive holds a title and then "of", "at"
    /// or "for" (the clause is on its body). The name's span, the appositive's first token and
    /// its closing comma.
    fn name_before_title_of_which(&self, last: usize, a: usize) -> Option<(usize, usize, usize, usize)> {
        let lim = last.saturating_sub(16).max(a + 1);
        let w = (lim..last).rev().find(|&i| self.lw(i) == "which" && self.punct(i - 1, ','))?;
        if (w + 1..last).any(|i| self.punct(i, ',') || self.tok(i).is_some_and(|t| t.kind == TokKind::Quote)) {
            return None;
        }
        let c = w - 1;
        let c0 = self.comma_before(c, a)?;
        let lex = lexicon();
        let of = (c0 + 1..c).find(|&i| matches!(self.lw(i), "of" | "at" | "for"))?;
        if !(c0 + 1..of).any(|i| self.is_word(i) && lex.is_title(self.lw(i))) {
            return None;
        }
        let (ns, ne) = self.np_core(c0, a)?;
        let named = ne > ns && (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized()));
        named.then_some((ns, ne, c0 + 1, c))
    }

    /// The name before an appositive holding a title that ends at the comma `comma` ("Katherine
    /// Hixon, Assistant Headteacher of St Edmunds school,"): the name's span and the
    /// appositive's first token. The name is capitalised words after the sentence's start.
    fn name_before_titled_appositive(&self, comma: usize, a: usize) -> Option<(usize, usize, usize)> {
        let c1 = self.comma_before(comma, a)?;
        let lex = lexicon();
        let t = c1 + 1;
        if !(t..comma).any(|i| self.is_word(i) && lex.is_title(self.lw(i))) {
            return None;
        }
        let (ns, ne) = self.np_core(c1, a)?;
        let named = ns == a && ne == c1 && ne - ns <= 4 && (ns..ne).all(|i| !self.is_word(i) || self.tok(i).is_some_and(|k| k.is_capitalized()));
        named.then_some((ns, ne, t))
    }

    /// "Larry Dunmore, vice president, fresh marketing, Harlow Foods Corp., Dayton, Ohio,
    /// agreed": a name of capitalised words opening the sentence at `a`, then two or more short
    /// segments between commas up to the comma `last`, a title in the first, no verb, relative
    /// pronoun or quotation mark in any (the trade press's chain of title, department, company
    /// and place). The name's end and the chain's first token.
    fn name_before_title_chain(&self, last: usize, a: usize) -> Option<(usize, usize)> {
        let c1 = (a + 1..last.min(a + 5)).find(|&i| self.punct(i, ','))?;
        // (not a time opening the sentence: "Earlier Tuesday, his campaign manager, ...")
        let name_word = |i: usize| {
            let w = self.lw(i);
            self.is_word(i) && self.tok(i).is_some_and(|t| t.is_capitalized()) && !self.p.quoted(i) && !is_weekday(w) && !is_time_word(w) && !SENTENCE_ADVERBS.contains(w)
        };
        if !(a..c1).all(name_word) || last - c1 > 30 {
            return None;
        }
        let lex = lexicon();
        let mut segments = 0;
        let mut start = c1 + 1;
        for i in c1 + 1..=last {
            if !self.punct(i, ',') {
                let bad = self.tok(i).is_some_and(|t| t.kind == TokKind::Quote) || self.finite_verb(i) || matches!(self.lw(i), "who" | "which" | "that" | "and" | "said" | "says");
                if bad {
                    return None;
                }
                continue;
            }
            let words = (start..i).filter(|&k| self.is_word(k)).count();
            if words == 0 || words > 5 {
                return None;
            }
            if segments == 0 && !(start..i).any(|k| self.is_word(k) && lex.is_title(self.lw(k))) {
                return None;
            }
            segments += 1;
            start = i + 1;
        }
        (segments >= 2).then_some((c1, c1 + 1))
    }

    /// The phrase ending in a person's name right before "of" and the phrase at `s`: two or
    /// three capitalised words, the first a common first name, not after "the" ("Kenji
    /// Watanabe of the group", not "The Bank of Canada" or "Friends of the Earth").
    fn person_before_of(&self, s: usize, a: usize) -> Option<(usize, usize)> {
        // (the phrase may start after its article: "of the group TTCriders")
        let o = if s > a && matches!(self.lw(s - 1), "the" | "a" | "an") { s - 1 } else { s };
        if o < a + 3 || self.lw(o - 1) != "of" {
            return None;
        }
        let end = o - 1;
        let cap = |i: usize| self.is_word(i) && self.tok(i).is_some_and(|t| t.is_capitalized()) && !self.p.quoted(i);
        let n = (a..end).rev().take_while(|&i| cap(i)).take(4).count();
        let first = end - n;
        let common_first = self.tok(first).and_then(|t| crate::lexicon::names::first_name_gender(t.text(self.text))).is_some_and(|g| g.count >= 5_000);
        if !(2..=3).contains(&n) || !common_first || (first > a && self.lw(first - 1) == "the") {
            return None;
        }
        let (s0, e0) = self.np_core(end, a)?;
        (s0 <= first).then_some((s0, e0))
    }

    /// The name before ", 55, of Addison" whose origin the phrase at `s` gives.
    pub(super) fn name_before_of(&self, s: usize, a: usize) -> Option<(usize, usize)> {
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
    pub(super) fn before_relative(&self, s: usize, end: usize, a: usize) -> Option<(usize, usize)> {
        let r = (s.saturating_sub(8).max(a)..s).rev().find(|&i| matches!(self.lw(i), "that" | "who" | "which") && !self.p.quoted(i))?;
        // "It was years ago that Smith, who ..., said": a phrase right after "that" is the
        // subject of what follows, no relative clause's object
        if r + 1 == s || (r + 1..end).any(|i| self.punct(i, ',') || self.is_open_quote(i)) {
            return None;
        }
        let (s2, e2) = self.np_core(r, a)?;
        DETERMINERS.contains(self.lw(s2)).then_some((s2, e2))
    }

    /// The name before phrase `s..` when the phrase is its appositive: "Tom Berg, a neighbor",
    /// "Senator Bob Corker, a Tennessee Republican" (a phrase opening with an article after a
    /// comma, and before the comma a capitalised run ending a phrase).
    fn named_before_appositive(&self, s: usize, a: usize) -> Option<(usize, usize)> {
        if !(matches!(self.lw(s), "a" | "an" | "the") && s > a + 1 && self.punct(s - 1, ',')) {
            return None;
        }
        let (ns, ne) = self.np_core(s - 1, a)?;
        // (a lowercase particle inside the name: "Pierre de Vos")
        let particle = |i: usize| i > ns && crate::lexicon::names::NAME_PARTICLES.contains(self.lw(i));
        let name = ne > ns && (ns..ne).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized() || t.abbrev.is_some() || t.kind != TokKind::Word) || particle(i));
        let head_named = self.tok(ne - 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        (name && head_named).then_some((ns, ne))
    }

    /// The first token of a verb's object that ends before the relative pronoun at `rel`:
    /// the article or possessive right after a lowercase verb ("quoted a lawyer for the
    /// family, who"), or the name right after a verb of saying ("cited Karl Weber, who"), no
    /// further back than 14 tokens; `a` when there is no such verb.
    fn object_start(&self, rel: usize, a: usize) -> usize {
        let lim = rel.saturating_sub(14).max(a);
        (lim..rel.saturating_sub(1))
            .rev()
            .find(|&i| {
                let verb = self.tok(i).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && !self.p.quoted(i) && (self.finite_verb(i) || self.cue_class(i).is_some());
                let name = || self.cue_class(i).is_some() && self.tok(i + 1).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
                verb && (matches!(self.lw(i + 1), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my" | "two" | "three" | "several" | "some") || name())
            })
            .map_or(a, |i| i + 1)
    }

    /// Whom the relative pronoun at `rel` stands for, after the phrase `s..e`: the phrase, or
    /// the name it is an appositive of ("Tom Berg, a neighbor who saw"). A name takes no
    /// restrictive clause, so after "a longtime adviser to Carla Benning who shaped" the
    /// clause goes with the appositive's head, and so with its name.
    fn relative_antecedent(&self, s: usize, e: usize, rel: usize, a: usize) -> (usize, usize) {
        let e = self.without_time_tail(s, e);
        let proper = || s > a && matches!(self.lw(s - 1), "to" | "of" | "for" | "with") && (s..e).all(|i| self.tok(i).is_some_and(|t| t.is_capitalized()));
        self.named_before_appositive(s, a)
            .or_else(|| if proper() { self.appositive_before_comma(s, rel, a) } else { None })
            .unwrap_or((s, e))
    }

    /// The phrase `s..e` without a time adjunct that ends it: "a letter from his doctor
    /// Friday afternoon that says", "a statement last week that" (the letter, the statement;
    /// no weekday is the head of a phrase that more words open).
    fn without_time_tail(&self, s: usize, e: usize) -> usize {
        let time = |w: &str| is_weekday(w) || is_time_word(w);
        let mut t = e;
        while t > s + 1 && time(self.lw(t - 1)) {
            t -= 1;
        }
        let head_noun = t < e && self.tok(t - 1).is_some_and(|h| h.kind == TokKind::Word && !h.is_capitalized()) && !DETERMINERS.contains(self.lw(t - 1)) && !time(self.lw(t - 1));
        if head_noun && (is_weekday(self.lw(t)) || matches!(self.lw(t), "last" | "this" | "earlier" | "on")) {
            t
        } else {
            e
        }
    }

    /// The name before an appositive that ends at the comma `comma`, with the phrase read
    /// before that comma starting at `s`: "Pierre de Vos, a professor in public law at the
    /// University of Cape Town, who": the appositive opens with an article after an earlier
    /// comma, holds no other comma or quotation mark, and follows a name.
    fn appositive_before_comma(&self, s: usize, comma: usize, a: usize) -> Option<(usize, usize)> {
        let lim = comma.saturating_sub(20).max(a + 1);
        let open = (lim..s.min(comma)).rev().find(|&i| self.punct(i, ',') || self.tok(i).is_some_and(|t| t.kind == TokKind::Quote))?;
        if !self.punct(open, ',') {
            return None;
        }
        self.named_before_appositive(open + 1, a)
    }

    /// True when token `i` is a quotation mark around a nickname inside a name: "Walter
    /// “Buzz” Kemper", the marks around one capitalised word between a name's words.
    fn nickname_mark(&self, i: usize) -> bool {
        let cap = |j: usize| self.tok(j).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        let quote = |j: usize| self.tok(j).is_some_and(|t| t.kind == TokKind::Quote);
        (quote(i) && cap(i + 1) && quote(i + 2) && cap(i + 3) && i > 0 && cap(i - 1)) || (quote(i) && i >= 3 && cap(i - 1) && quote(i - 2) && cap(i - 3) && cap(i + 1))
    }

    /// True when token `i` is the apostrophe of a plural's possessive inside an
    /// organization's name: "the Ontario Nurses' Association".
    fn possessive_in_name(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| matches!(t.first, '’' | '\'') && !t.space_before)
            && i > 0
            && self.tok(i + 1).is_some_and(|n| n.is_capitalized() && crate::recognize::names::plural_possessive_in_name(self.lw(i - 1), n.text(self.text)))
    }

    /// The noun phrase ending just before token `end`, not reaching before `a`.
    /// The opening mark of a work's title in quotation marks whose closing mark is token
    /// `close`: one to six words, each capitalised or a small word of titles, after a
    /// determiner or a possessive (not before `a`). `None` for any other quotation.
    fn quoted_title_open(&self, close: usize, a: usize) -> Option<usize> {
        let q = self.p.quotes.iter().find(|q| q.close == Some(close) && !q.single)?;
        let o = q.open;
        if o <= a || close - o < 2 || close - o > 7 {
            return None;
        }
        let titled = (o + 1..close).all(|k| {
            self.tok(k).is_some_and(|t| match t.kind {
                TokKind::Word => t.is_capitalized() || matches!(self.lw(k), "of" | "the" | "a" | "an" | "and" | "in" | "on" | "to" | "for"),
                TokKind::Number => true,
                _ => matches!(t.first, '\'' | '’' | '-' | ':' | '&'),
            })
        });
        let before = o - 1;
        (titled && (DETERMINERS.contains(self.lw(before)) || self.is_possessive(before))).then_some(o)
    }

    pub(super) fn np_core(&self, end: usize, a: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        let capital = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokKind::Word && t.is_capitalized());
        let mut s = end;
        while s > a {
            let i = s - 1;
            let Some(t) = self.tok(i) else { break };
            // "The “Mean Girls” actress", "the “Wicked” star": a work's title in quotation
            // marks between the determiner and the noun belongs to the phrase
            // (one word after it, a noun for one person: not "his “Keepin' It Real” radio
            // program")
            let one_person = || {
                let w = self.lw(i + 1);
                end == i + 2 && !(w.ends_with('s') && !w.ends_with("ss")) && lex.nouns.get(w).is_none_or(|k| *k == crate::attribute::lexicon::NounKind::Anonymous)
            };
            if t.kind == TokKind::Quote && s < end && one_person() {
                if let Some(o) = self.quoted_title_open(i, a) {
                    s = o;
                    continue;
                }
            }
            let ok = match t.kind {
                TokKind::Word => {
                    let w = self.lw(i);
                    // "Just before 8:30 a.m. Toronto police tweeted": a clock time ends the phrase
                    if matches!(w, "a.m." | "p.m." | "a.m" | "p.m") && s < end {
                        break;
                    }
                    // "told reporters the city's data show": the addressee of a verb of telling
                    // ends before the phrase an article opens
                    let before_article = s < end
                        && i > a
                        && !t.is_capitalized()
                        && matches!(self.lw(i + 1), "the" | "a" | "an")
                        && self.cue_class(i - 1) == Some(&CueClass::Tell);
                    if before_article {
                        break;
                    }
                    // "Mothers Against Drunk Driving", "Doctors Without Borders": a capitalised
                    // preposition between capitalised words is inside a name
                    if t.is_capitalized() && matches!(w, "against" | "without" | "for") && i > a && capital(i - 1) && capital(i + 1) && s < end {
                        true
                    } else if w == "and" {
                        // "Smith and Jones": coordination of names; "founder and co-CEO Lena
                        // Ortiz": of titles before a name
                        let title = |k: usize| lex.is_title(self.lw(k));
                        // ("Her daughter Lesley Wain and granddaughter Cassandra Moore": a
                        // noun for kin or a title before the second name)
                        let kin = |k: usize| crate::resolve::noun_gender(self.lw(k)).0 != crate::model::Gender::Unknown || crate::lexicon::names::is_person_noun(self.lw(k));
                        (self.tok(i + 1).is_some_and(|n| n.is_capitalized()) && i > a && self.tok(i - 1).is_some_and(|p| p.is_capitalized()))
                            || (i > a && title(i - 1) && title(i + 1))
                            || (i > a && capital(i - 1) && (title(i + 1) || kin(i + 1)) && capital(i + 2))
                    } else if w == "with" && i > a && capital(i - 1) && (capital(i + 1) || (self.lw(i + 1) == "the" && capital(i + 2))) {
                        // "Pauline Worsfold with the Canadian Federation of Nurses Unions": a
                        // name, then the body it speaks for
                        s < end
                    } else if w == "to" && s < end && i > a && (self.lw(i + 1) == "the" || capital(i + 1)) {
                        // "a senior aide to the mayor", "an adviser to Governor Ruiz": a person's
                        // noun or title, then whom they serve
                        let before = self.lw(i - 1);
                        !capital(i - 1) && (crate::lexicon::names::is_person_noun(before) || lex.is_title(before))
                    } else if matches!(w, "in" | "out" | "of") && self.in_share(i, a) {
                        // "six in 10", "nine out of 10": a share
                        s < end
                    } else if w == "from" {
                        // "Grower Lyle Braddock from Pine Hollow told", "a salesman from Sumter
                        // said": a person's name or noun, then where they come from
                        let person = i > a && (capital(i - 1) || crate::lexicon::names::is_person_noun(self.lw(i - 1)) || lex.is_title(self.lw(i - 1)) || lex.is_title_plural(self.lw(i - 1)));
                        s < end && person && capital(i + 1)
                    } else if matches!(w, "of" | "for" | "at" | "on" | "in") {
                        // ("A mother of two", "the father of three boys": a number after "of")
                        let number = w == "of" && (self.tok(i + 1).is_some_and(|n| n.kind == TokKind::Number) || is_number_word(self.lw(i + 1)));
                        // ("A nurse at a Laval hospital", "the board of her North York
                        // condominium": an indefinite article or a possessive before a name)
                        let named = matches!(self.lw(i + 1), "a" | "an" | "his" | "her" | "their" | "its" | "our") && self.tok(i + 2).is_some_and(|n| n.is_capitalized());
                        // ("The widow of a miner killed in the collapse", "the family of a man
                        // shot by police": a person's or a relative's noun before "of a")
                        let kin = w == "of" && i > a && matches!(self.lw(i + 1), "a" | "an") && {
                            let before = self.lw(i - 1);
                            crate::resolve::noun_gender(before).0 != crate::model::Gender::Unknown || crate::lexicon::names::is_person_noun(before)
                        };
                        s < end && (self.tok(i + 1).is_some_and(|n| n.is_capitalized()) || self.lw(i + 1) == "the" || number || named || kin)
                    } else {
                        !CLAUSE_WORDS.contains(w) && !(AUXILIARIES.contains(w) && !t.is_capitalized())
                    }
                }
                TokKind::Number => true,
                TokKind::Punct => (matches!(t.first, '-' | '&' | '/' | '.' | '%') && !t.space_before) || t.first == '&',
                // ("Metro News' Renata Solis reported": a plural name's possessive before a name)
                TokKind::Quote => {
                    let mark = matches!(t.first, '’' | '\'') && !t.space_before;
                    let plural_before_name = || {
                        self.lw(i - 1).ends_with('s') && capital(i - 1) && self.tok(i + 1).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized() && n.space_before)
                    };
                    (mark && self.lw(i + 1) == "s") || (i > a && (self.possessive_in_name(i) || (mark && plural_before_name()) || self.nickname_mark(i)))
                }
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
            // "Abortion rights advocates", "Gay rights groups": one or two plain lowercase nouns
            // between a capitalised word and a head naming people belong to the phrase
            let people_head = || {
                let head = self.lw(end - 1);
                end > s + 1 && (lex.nouns.contains_key(head) || lex.is_title_plural(head) || is_agentive_plural(head))
            };
            // (a lowercase word shaped like a noun: no function word, adverb or participle)
            let noun_shaped = |k: usize| {
                let w = self.lw(k);
                self.is_word(k)
                    && self.tok(k).is_some_and(|t| !t.is_capitalized())
                    && w.len() > 2
                    && !CLAUSE_WORDS.contains(w)
                    && !DETERMINERS.contains(w)
                    && !is_ly_adverb(w)
                    && !w.ends_with("ed")
                    && !w.ends_with("ing")
            };
            let plain_noun = |k: usize| noun_shaped(k) && !lex.cues.contains_key(self.lw(k));
            let modifier = |i: usize| {
                i + 3 >= end && i + 1 < end && i > s && (capital(i - 1) || (i > s + 1 && i + 2 == end && capital(i - 2) && plain_noun(i - 1))) && plain_noun(i) && people_head()
            };
            // ("After a boat overturned, coast guard officials said", "state highway officials
            // said": up to three plain lowercase words before a head naming people, the phrase
            // opening its clause after a comma or at its start, are the head's compound)
            // (no relative, demonstrative, quantifier or adverb: "which critics", "those people",
            // "even critics", "like teachers" open no compound)
            let function_word = |k: usize| {
                matches!(
                    self.lw(k),
                    "which" | "whose" | "who" | "whom" | "these" | "those" | "like" | "even" | "also" | "only" | "just" | "still" | "such" | "both" | "all" | "many" | "some" | "most" | "few" | "other" | "more" | "several" | "any" | "each" | "every" | "very" | "too" | "now" | "then" | "here" | "there" | "why" | "how" | "what" | "among" | "including" | "unlike" | "besides" | "via"
                )
            };
            // (a noun that is a verb of saying's base too may be one: "state highway officials")
            let compound = end > s + 1 && end - 1 - s <= 3 && (s == a || !self.is_word(s - 1)) && (s..end - 1).all(|k| noun_shaped(k) && !function_word(k)) && people_head();
            let mut cut = s;
            for i in (s..end).filter(|_| !compound) {
                let Some(t) = self.tok(i) else { continue };
                let w = self.lw(i);
                let keep = t.kind != TokKind::Word
                    || t.is_capitalized()
                    || modifier(i)
                    || self.in_share(i, s)
                    || t.abbrev.is_some()
                    || lex.titles.contains(w)
                    || self.opens_title(i, end)
                    || lex.nouns.contains_key(w)
                    || (i + 1 == end && lex.is_title_plural(w))
                    // ("others said": a quantifier of people alone, as "some" and "many" are)
                    || (i + 1 == end && i == s && w == "others")
                    // "Trump backers", "union organizers": a plural of people after a name
                    || (i + 1 == end && i > s && is_agentive_plural(w) && self.tok(i - 1).is_some_and(|p| p.is_capitalized()))
                    || matches!(w, "of" | "for" | "at" | "on" | "in" | "and" | "from")
                    || (w == "with" && i > s && capital(i - 1))
                    // "economist Rafael Gomez of the University of Toronto": the article
                    // between a preposition and a capitalised name
                    || (w == "the" && i > s && matches!(self.lw(i - 1), "of" | "for" | "at" | "with") && self.tok(i + 1).is_some_and(|n| n.is_capitalized()))
                    || NAME_PARTICLES.contains(w)
                    || PHRASE_MODIFIERS.contains(w)
                    || (i + 1 == end && is_fraction(w))
                    || (i + 1 == end && w == "percent" && i > s)
                    || (i + 2 == end && is_fraction(self.lw(i + 1)) && matches!(w, "almost" | "nearly" | "about" | "roughly" | "over"));
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
        // "About four in 10", "More than six in 10": an approximation before a share
        if self.share_at(s).is_some() {
            if s > a + 1 && matches!(self.lw(s - 2), "more" | "fewer" | "less") && self.lw(s - 1) == "than" {
                s -= 2;
            } else if s > a && matches!(self.lw(s - 1), "about" | "nearly" | "almost" | "roughly" | "some" | "over" | "approximately" | "around") {
                s -= 1;
            }
        }
        // ", a move economists say will cool ...": a singular article before a plural of
        // people opens a phrase of its own, whose reduced relative the plural's verb begins
        // (not "a few economists", "a group of economists")
        if matches!(self.lw(s), "a" | "an" | "this" | "another") && end > s + 2 {
            let head = self.lw(end - 1);
            let people = || matches!(lex.nouns.get(head), Some(super::lexicon::NounKind::Group)) || lex.is_title_plural(head) || is_agentive_plural(head) || is_body_plural(head);
            let between_plain = (s + 1..end - 1).all(|i| self.is_word(i) && self.tok(i).is_some_and(|t| !t.is_capitalized()) && !matches!(self.lw(i), "of" | "few" | "dozen" | "couple" | "handful" | "number" | "lot" | "majority" | "minority" | "host" | "pair" | "bunch" | "group" | "panel" | "team"));
            if head.ends_with('s') && between_plain && people() {
                s = end - 1;
            }
        }
        if !self.valid_np(s, end) {
            return None;
        }
        Some((s, end))
    }

    /// The number of tokens of a share of people opening at `i`: "six in 10", "One in five"
    /// (3), "nine out of 10" (4).
    pub(super) fn share_at(&self, i: usize) -> Option<usize> {
        let number = |k: usize| self.tok(k).is_some_and(|t| t.kind == TokKind::Number) || is_number_word(self.lw(k));
        // (the second word first: "in" or "out" follows few words, and the number words'
        // lookup is spared for the rest)
        let second = self.lw(i + 1);
        if !matches!(second, "in" | "out") || !number(i) {
            return None;
        }
        match second {
            "in" if number(i + 2) => Some(3),
            "out" if self.lw(i + 2) == "of" && number(i + 3) => Some(4),
            _ => None,
        }
    }

    /// True when token `i` lies inside a share of people opening at `lo` or after.
    fn in_share(&self, i: usize, lo: usize) -> bool {
        (i.saturating_sub(3).max(lo)..=i).any(|j| self.share_at(j).is_some_and(|n| i < j + n))
    }

    /// Before "Rep. X (D-Ohio)": the index of the opening bracket when `end` follows a bracketed group.
    pub(super) fn skip_brackets_back(&self, end: usize, a: usize) -> usize {
        if end > a + 1 && self.punct(end - 1, ')') {
            if let Some(o) = (a..end - 1).rev().take(8).find(|&i| self.punct(i, '(')) {
                return o;
            }
        }
        end
    }

    /// True for "Trump’s": a word followed by a possessive "’s".
    pub(super) fn is_possessive(&self, i: usize) -> bool {
        self.lw(i).ends_with("'s") || self.text.get(self.tok(i).map_or(0..0, |t| t.start..t.end)).is_some_and(|w| w.ends_with("’s"))
    }

    /// True when `[s, e)` can name a speaker: a name, pronoun, title or speaker noun
    /// (and, for the current verb of saying, any determiner phrase).
    pub(super) fn valid_np(&self, s: usize, e: usize) -> bool {
        self.valid_np_as(s, e, self.lenient.get())
    }

    /// "…, a prospect Vindman denied", "a rover NASA plans to fly": an article, a
    /// common noun that names no kind of person, then a name is the object of a relative
    /// clause whose subject is the name, not a speaker.
    pub(super) fn reduced_relative(&self, s: usize, e: usize) -> bool {
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

    /// [`Ctx::valid_np`] with leniency given: `lenient` accepts "the clip", "another 19 percent".
    /// A determiner or a possessive, then a noun for one person (kin, a party to the story):
    /// "her twin brother", "the victim".
    pub(super) fn person_noun_phrase(&self, s: usize, e: usize) -> bool {
        e >= s + 2 && DETERMINERS.contains(self.lw(s)) && (s + 1..e).all(|i| self.is_word(i) && self.tok(i).is_some_and(|t| !t.is_capitalized())) && crate::lexicon::names::is_person_noun(self.lw(e - 1))
    }

    pub(super) fn valid_np_as(&self, s: usize, e: usize, lenient: bool) -> bool {
        let lex = lexicon();
        // "one official familiar with the talks": the head comes before "close to" or "familiar with"
        let post = (s + 1..e.saturating_sub(1)).find(|&i| matches!((self.lw(i), self.lw(i + 1)), ("close", "to") | ("familiar", "with")));
        let head = self.lw(post.unwrap_or(e) - 1);
        if e - s == 1 && lex.pronouns.contains_key(head) {
            return true;
        }
        // "Most say", "Few think", "Both argue", "others said": a quantifier alone speaks for
        // people the sentence leaves unnamed ("both" only opening the sentence: "they both said")
        if e - s == 1 && (matches!(head, "some" | "many" | "most" | "several" | "few" | "others") || (head == "both" && self.p.sentences.iter().any(|x| x.start == s))) {
            return true;
        }
        // ... and a fraction or a share ("Almost half said", "Nearly two-thirds say", "42
        // percent said", "42% say")
        let share = matches!(head, "percent" | "%") && e - s <= 3 && (s..e - 1).any(|i| self.tok(i).is_some_and(|t| t.kind == TokKind::Number) || is_number_word(self.lw(i)));
        // ... or a share of people ("six in 10", "More than six in 10 voters")
        let share_of_people = (s..(s + 3).min(e)).any(|i| self.share_at(i).is_some());
        if (e - s <= 2 && is_fraction(head)) || share || share_of_people {
            return true;
        }
        // "the Dec. 2 attack", "Tuesday": a date is no speaker; nor "Having [said ...]"
        let month = |i: usize| MONTH_WORDS.contains(self.lw(i)) || MONTH_ABBREVIATIONS.contains(self.lw(i).trim_end_matches('.'));
        // (a month alone that is a surname or a given name too: "“...,” May said"; "Jan" with
        // no period and no day after it, "“...,” Jan told the paper")
        let name_month = e - s == 1 && (crate::recognize::names::month_also_a_name(head) || (head == "jan" && self.tok(s).is_some_and(|t| t.abbrev.is_none()) && self.tok(e).is_none_or(|t| t.kind != TokKind::Number)));
        let date = !name_month && (s..e).any(month) && (s..e).all(|i| self.tok(i).is_some_and(|t| t.kind != TokKind::Word || DETERMINERS.contains(self.lw(i)) || month(i)));
        if date || (e - s == 1 && matches!(head, "having" | "being")) {
            return false;
        }
        // "a car struck her on Main Street": a verb and its object pronoun make a clause (not
        // in a relative clause: "a woman who saw her son fall")
        // (or another object: "the office released two reports", "the manager believed the
        // waitress", "the paper reported it obtained")
        let object = |i: usize| {
            matches!(self.lw(i), "him" | "her" | "them" | "me" | "us" | "it" | "a" | "an" | "the" | "his" | "its" | "their")
                || self.tok(i).is_some_and(|t| t.kind == TokKind::Number)
                || is_number_word(self.lw(i))
        };
        let clause = (s..e.saturating_sub(1)).any(|i| {
            object(i + 1)
                && self.tok(i).is_some_and(|t| !t.is_capitalized())
                && lex.is_past_tense(self.lw(i))
                && !(s..i).any(|j| matches!(self.lw(j), "who" | "that" | "which"))
        });
        if clause {
            return false;
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
        // ("colleges warn", "unions say": bodies in the plural speak as a group)
        is_agentive_plural(head) || is_body_plural(head)
    }

    /// True when the lowercase word at `e` is a noun between a capitalised word that modifies
    /// it and a person's name: "Cruz constituent Dan Golvach", "Harvard student Ana Ruiz" (the
    /// name starts with a known first name; no function word, cue, adverb or participle).
    pub(super) fn descriptor_between_names(&self, e: usize) -> bool {
        let lex = lexicon();
        let w = self.lw(e);
        e > 0
            && self.tok(e).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase())
            && self.tok(e - 1).is_some_and(|p| p.is_capitalized())
            && self.tok(e + 1).is_some_and(|n| n.is_capitalized())
            && self.tok(e + 2).is_some_and(|n| n.is_capitalized())
            && crate::lexicon::names::is_known_first_name(self.lw(e + 1))
            && !CLAUSE_WORDS.contains(w)
            && !ADJUNCT_WORDS.contains(w)
            && !DETERMINERS.contains(w)
            && !lex.cues.contains_key(w)
            && !is_ly_adverb(w)
            && !matches!(w, "who" | "whose" | "which" | "whom" | "and" | "or" | "nor")
            && !(w.ends_with("ed") && w.len() > 4)
    }

    /// True when the word at `i` is a place the lexicon knows: a country or city, a US state, a
    /// Canadian province or their abbreviation ("Ohio", "Va.", "Ont.").
    fn known_place(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            let w = t.text(self.text);
            crate::lexicon::places::place_kind(w).is_some() || crate::lexicon::places::state_or_province(w).is_some()
        })
    }

    /// True when the word at `i` is capitalised only for opening its sentence: an English word
    /// news prints in lower case ("Health care providers warned", not "Ana Ruiz said").
    pub(super) fn capitalised_as_first(&self, i: usize) -> bool {
        let w = self.lw(i);
        let function_word = CLAUSE_WORDS.contains(w)
            || ADJUNCT_WORDS.contains(w)
            || SUBORDINATORS.contains(w)
            || DETERMINERS.contains(w)
            || SENTENCE_ADVERBS.contains(w)
            || lexicon().pronouns.contains_key(w)
            || matches!(w, "like" | "unlike" | "despite" | "among" | "amid" | "without" | "within" | "instead" | "even" | "just" | "only" | "also" | "still" | "yet" | "nor");
        !function_word && !w.contains(['\'', '\u{2019}']) && self.p.sentences.iter().any(|s| s.start == i) && crate::lexicon::names::is_common_word(w)
    }

    /// The noun phrase starting at token `i` (subject after an inverted cue, "according to X", an addressee).
    /// "added Barbie's husband, Carl", "said Bennett's younger sister": a noun for a person
    /// (a title, kin, a person's noun; one modifier may come first) at token `e`, after a
    /// name's possessive (not a pronoun's clitic: "He's comparing", "It's easy").
    fn owned_person_noun(&self, e: usize) -> bool {
        let lex = lexicon();
        let prev = self.lw(e - 1);
        let Some(owner) = crate::text::possessive_owner(prev) else { return false };
        if owner.is_empty() || lex.pronouns.contains_key(owner) || matches!(owner, "it" | "that" | "there" | "what" | "who" | "here" | "let" | "where" | "he" | "she") {
            return false;
        }
        let person = |k: usize| {
            let w = self.lw(k);
            lex.is_title(w) || crate::lexicon::names::is_person_noun(w) || crate::resolve::noun_gender(w).0 != crate::model::Gender::Unknown
        };
        person(e) || (PHRASE_MODIFIERS.contains(self.lw(e)) || self.lw(e).ends_with("er")) && person(e + 1)
    }

    pub(super) fn np_after(&self, i: usize, b: usize) -> Option<(usize, usize)> {
        let lex = lexicon();
        // "..., says finance minister": a title without an article, up to three words in
        // lower case, ending the sentence (as headlines print it)
        if let Some(e) = self.bare_title_to_end(i, b) {
            return Some((i, e));
        }
        let mut e = i;
        let mut words = 0;
        let mut and_at = None;
        // "said 62-year-old Jane Doe", "said 9/11 widow Terry Strada": a number joined to
        // words by hyphens or a slash opens the phrase as a modifier when a name, a title
        // before a name or a person noun before a name follows
        if let Some(g) = self.joined_number_end(i, b) {
            let cap = |j: usize| self.tok(j).is_some_and(|t| t.is_capitalized());
            let person_noun = lex.nouns.contains_key(self.lw(g)) || crate::lexicon::names::is_person_noun(self.lw(g));
            if cap(g) || self.titled_name_at(g, b) || (person_noun && cap(g + 1)) {
                e = g;
                words = 1;
            }
        }
        while e < b {
            let Some(t) = self.tok(e) else { break };
            // ("said Vellmark Election Board (VEB) chairwoman Odalys Trenkova": a body's
            // acronym in brackets after its name, then a title and a name, inside the phrase)
            if words > 0 && t.is_punct('(') && self.punct(e + 2, ')') && e + 3 < b && self.tok(e + 1).is_some_and(|x| x.kind == TokKind::Word && x.text(self.text).len() >= 2 && x.text(self.text).bytes().all(|c| c.is_ascii_uppercase())) && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) && self.titled_name_at(e + 3, b) {
                e += 3;
                continue;
            }
            let w = self.lw(e);
            let ok = match t.kind {
                TokKind::Word => {
                    if t.is_capitalized() || t.abbrev.is_some() {
                        true
                    } else if e == i && (DETERMINERS.contains(w) || lex.pronouns.contains_key(w) || matches!(w, "him" | "her" | "them" | "me" | "us" | "reporters")) {
                        true
                    } else if e == i && NAME_PARTICLES.contains(w) && self.tok(e + 1).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized()) {
                        // "said van Wyk", "said de Villiers": a surname's particle opens it
                        true
                    } else if words == 0 && self.described_name_at(e, b, true) {
                        // "said (head) coach Dan Reyes", "said city spokeswoman Ana Ruiz",
                        // "said longtime neighbour Eldon Marsh"
                        true
                    } else if words > 0 && (s_lower_run(self, i, e)) && self.described_name_at(i, b, true) {
                        true
                    } else if words > 0 && (self.tok(e - 1).is_some_and(|p| p.is_capitalized()) || self.punct(e - 1, ')')) && self.titled_name_at(e, b) {
                        // "said Senate minority leader Harry Reid": lowercase words ending in
                        // a title after the body's capitalised name, then the person's name
                        true
                    } else if words > 0 && w == "and" && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) && self.tok(e + 1).is_some_and(|n| n.is_capitalized()) && self.cue_class(e + 1).is_none() {
                        // "told The Globe and Mail the agreement ...": "and" inside a name
                        and_at = Some(e);
                        true
                    } else if words > 0 && matches!((self.lw(e - 1), w), ("close", "to") | ("familiar", "with")) {
                        // "a person close to the campaign", "one official familiar with the talks"
                        true
                    } else if words > 0 && DETERMINERS.contains(w) && !matches!(self.lw(e - 1), "of" | "for" | "to" | "with") {
                        // "told the BBC the result ...": a determiner after a noun opens the next phrase
                        false
                    } else if words > 0 && (w == "of" || w == "for") && self.tok(e + 1).is_some_and(|n| n.is_capitalized() || self.lw(e + 1) == "the") {
                        true
                    } else if words > 0 && w == "of" && lex.is_title(self.lw(e - 1)) && self.tok(e + 1).is_some_and(|n| n.kind == TokKind::Word && !n.is_capitalized()) && self.tok(e + 2).is_some_and(|n| n.is_capitalized()) {
                        // "said Tesla Motors VP of sales Jerome Guillen", "head of research Maria
                        // Lopez": a title's field in lower case, then the name
                        true
                    } else if words > 0 && (lex.titles.contains(w) || lex.nouns.contains_key(w) || PHRASE_MODIFIERS.contains(w) || matches!(w, "magazine" | "columnist")) && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) {
                        // "Rubio spokesman Alex Conant", "Time magazine": a title inside a capitalised run
                        true
                    } else if words > 0 && NAME_PARTICLES.contains(w) && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) && self.tok(e + 1).is_some_and(|n| n.is_capitalized()) {
                        // "said Pierre de Vos", "said Ludwig van Dijk"
                        true
                    } else if words > 0 && self.tok(e - 1).is_some_and(|p| p.is_capitalized()) && crate::lexicon::names::arabic_article_surname(t.text(self.text)) {
                        // "says Awadia al-Hamid"
                        true
                    } else if words > 0
                        && self.tok(e - 1).is_some_and(|p| p.is_capitalized())
                        && (i..e).any(|k| self.lw(k) == "of")
                        && self.tok(e + 1).is_none_or(|n| n.kind != TokKind::Word)
                        && !lex.cues.contains_key(w)
                        && !ADJUNCT_WORDS.contains(w)
                    {
                        // "said Robert Antonacci of the New York delegation.": the head noun
                        // of the body after "of", last in the phrase
                        true
                    } else if words > 0 && self.descriptor_between_names(e) {
                        // "Cruz constituent Dan Golvach", "Apple engineer Ana Ruiz"
                        true
                    } else {
                        words > 0
                            && !CLAUSE_WORDS.contains(w)
                            && !AUXILIARIES.contains(w)
                            && !ADJUNCT_WORDS.contains(w)
                            && !lex.cues.contains_key(w)
                            // (an -ly word between an article and a name is an adjective: "told
                            // the weekly Neue Rundschau that")
                            && (!is_ly_adverb(w) || (e == i + 1 && matches!(self.lw(i), "the" | "a" | "an") && self.tok(e + 1).is_some_and(|n| n.is_capitalized())))
                            && !matches!(w, "who" | "whose" | "which" | "whom")
                            // "told reporters he was worried": a pronoun opens the next clause
                            && !matches!(w, "he" | "she" | "they" | "we" | "i" | "it" | "you" | "his" | "her" | "their" | "its" | "our" | "my" | "your")
                            && !(w.ends_with("ed") && w.len() > 4 && !lex.nouns.contains_key(w))
                            && !lex.past_verbs.contains(w)
                            && !self.phrasal_verb_at(e)
                            && (DETERMINERS.contains(self.lw(i)) || self.tok(e - 1).is_some_and(|p| !p.is_capitalized()) || (e == i + 1 && self.capitalised_as_first(i)) || self.owned_person_noun(e))
                    }
                }
                TokKind::Number => words > 0,
                TokKind::Punct => matches!(t.first, '-' | '&' | '/' | '\'') && !t.space_before && words > 0,
                TokKind::Quote => words > 0 && (self.possessive_in_name(e) || self.nickname_mark(e)),
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
        // ("emailed Ms. Abedin and Cheryl D. Mills, another adviser, for help": names joined
        // before an appositive are two people, each a phrase of their own)
        if let Some(k) = and_at.filter(|_| self.punct(e, ',')) {
            e = k;
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

    /// The end of "62-year-old" or "9/11" at `i`: a number joined by hyphens or slashes to
    /// words or numbers, with no space; `None` when `i` opens no such chunk.
    fn joined_number_end(&self, i: usize, b: usize) -> Option<usize> {
        if !self.tok(i).is_some_and(|t| t.kind == TokKind::Number) {
            return None;
        }
        let mut g = i + 1;
        while g + 1 < b && (self.punct(g, '-') || self.punct(g, '/')) && self.tok(g).is_some_and(|t| !t.space_before) && self.tok(g + 1).is_some_and(|t| !t.space_before && matches!(t.kind, TokKind::Word | TokKind::Number)) {
            g += 2;
        }
        // "62-year-old" is one token
        let joined = g > i + 1 || (self.lw(i).contains('-') && self.lw(i).bytes().any(|c| c.is_ascii_alphabetic()));
        (joined && g < b).then_some(g)
    }

    /// True when lowercase words from `i` end in a title right before a capitalised
    /// name: "coach Dan Reyes", "head coach Dan Reyes", "city spokeswoman Ana Ruiz".
    pub(super) fn titled_name_at(&self, i: usize, b: usize) -> bool {
        self.described_name_at(i, b, false)
    }

    /// The end of a title without an article that ends the sentence at `i`: up to three
    /// lowercase words, the last a title ("says finance minister", "says minister."); `None`
    /// otherwise.
    fn bare_title_to_end(&self, i: usize, b: usize) -> Option<usize> {
        let lex = lexicon();
        let lower = |j: usize| self.tok(j).is_some_and(|t| t.kind == TokKind::Word && t.first.is_lowercase()) && !self.p.quoted(j);
        if !lower(i) || DETERMINERS.contains(self.lw(i)) || lex.pronouns.contains_key(self.lw(i)) {
            return None;
        }
        let mut e = i;
        while e < b.min(i + 3) && lower(e) && !CLAUSE_WORDS.contains(self.lw(e)) && !lex.cues.contains_key(self.lw(e)) {
            e += 1;
        }
        let ends = e == b || self.tok(e).is_some_and(|t| t.kind == TokKind::Punct && matches!(t.first, '.' | '!' | '?')) && (e + 1..b).all(|j| !self.is_word(j));
        (e > i && ends && lex.titles.contains(self.lw(e - 1))).then_some(e)
    }

    /// [`Self::titled_name_at`], where a noun for one person may stand for the title when
    /// `nouns`: "said longtime neighbour Eldon Marsh", "said patient Ana Ruiz".
    pub(super) fn described_name_at(&self, i: usize, b: usize, nouns: bool) -> bool {
        let lex = lexicon();
        let cap = |j: usize| self.tok(j).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized());
        // lowercase modifiers, an organization's capitalised words, then the title:
        // "former Tallis College Ukraine adviser Ada Quill"
        for k in i..(i + 8).min(b) {
            let Some(t) = self.tok(k) else { return false };
            if t.kind != TokKind::Word {
                return false;
            }
            let w = self.lw(k);
            if t.is_capitalized() {
                if k == i {
                    return false;
                }
                // "former Gov. Jim Hodges", "former President Barack Obama", "former Secretary
                // of State Ana Ruiz": a capitalised title after the lowercase modifiers
                let title = lex.titles.contains(w) || lex.title_abbrev.contains_key(w);
                if title && (cap(k + 1) || (self.lw(k + 1) == "of" && cap(k + 2) && cap(k + 3))) {
                    return true;
                }
                continue;
            }
            // (nor a verb: "Tenney took down businessman Steve Wells"; a verb of saying's
            // noun opening the phrase before another lowercase word is a modifier: "said
            // report lead author David Fahey")
            let cue_noun = k == i && !w.ends_with("ed") && !w.ends_with("ing") && self.tok(k + 1).is_some_and(|n| n.kind == TokKind::Word && !n.is_capitalized());
            if CLAUSE_WORDS.contains(w) || (lex.cues.contains_key(w) && !cue_noun) || DETERMINERS.contains(w) && k > i || lex.past_verbs.contains(w) {
                return false;
            }
            // (or a comma between the title and the name: "said NDP health critic, France
            // Gelinas,")
            let name_next = |j: usize| self.tok(j).is_some_and(|n| n.is_capitalized()) || (k > i && self.punct(j, ',') && self.tok(j + 1).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized()) && self.tok(j + 2).is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized()));
            if (lex.titles.contains(w) || (nouns && crate::lexicon::names::is_person_noun(w))) && name_next(k + 1) {
                return true;
            }
            // ("said rescuer Paolo Benetti": a word by its trade's ending alone, no word news
            // prints in lower case otherwise ("former", "another"), before a given name and a
            // surname)
            let printed = self.tok(k).map_or("", |t| t.text(self.text));
            if nouns && k == i && cap(k + 1) && cap(k + 2) && crate::recognize::names::occupation_ending(printed) && !crate::lexicon::names::is_common_word(printed) {
                return true;
            }
        }
        false
    }

    /// Extends an inverted subject with its appositive: "said Castellano, co-director of X."
    pub(super) fn with_appositive(&self, ns: usize, ne: usize, b: usize) -> (Range, Option<Range>) {
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
}

/// True for a lowercase plural of a word that makes a name an organization: "colleges",
/// "universities", "unions" (`org_words.txt`: "College", "University", "Union").
fn is_body_plural(w: &str) -> bool {
    let (stem, y) = match w.strip_suffix("ies") {
        Some(stem) => (stem, "y"),
        None => match w.strip_suffix('s') {
            Some(stem) if !stem.ends_with('s') => (stem, ""),
            _ => return false,
        },
    };
    // the singular, capitalised as the list prints it
    let mut cs = stem.chars();
    let Some(first) = cs.next() else { return false };
    let singular: String = first.to_uppercase().chain(cs).chain(y.chars()).collect();
    lexicon().org_words.contains(singular.as_str())
}

/// True for a plural naming people by what they do: "backers", "loyalists", "Iowans",
/// "competitors".
fn is_agentive_plural(w: &str) -> bool {
    w.len() > 4 && (w.ends_with("ers") || w.ends_with("ists") || w.ends_with("ians") || w.ends_with("ans") || w.ends_with("ors"))
}
