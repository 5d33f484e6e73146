//! What kind of attribution a quote is (the contract's `class`): speech, belief, stance or
//! evidence, from its cue word and its speaker's kind.
//!
//! - A document speaker (a poll, a study, a report, a statement) gives evidence, whatever the cue.
//! - Otherwise the cue decides, word by word until one is known: a verb of saying or telling in
//!   the cue lexicon is speech, unless `stance_verbs.txt` lists it (an evaluation or an act:
//!   "endorsed", "criticized"); a verb of believing, intending or seeming is belief; a cue with
//!   no word of the lexicon ("voted", "signed", found by the learned layer) is a stance.
//! - No cue (a quotation standing alone, a continuation), a colon, a preposition ("according
//!   to") or a noun ("in a statement") is speech.

use super::lexicon::{lexicon, CueClass};
use crate::model::{QuoteClass, SpeakerKind};
use crate::text::SplitWords;

/// True for a cue word of `stance_verbs.txt` (lowercase): an evaluation or an act.
pub fn is_stance_verb(w: &str) -> bool {
    lexicon().stance_verbs.contains(w)
}

/// Words that open a cue phrase without being its verb or noun.
fn is_function_word(w: &str) -> bool {
    matches!(w, "according" | "to" | "in" | "a" | "an" | "the" | "as" | "of" | "on" | "with" | "by" | "per" | "out" | "up")
}

/// True when `content` is an infinitive ("to fight the plan"), not a phrase after the
/// preposition ("to the council", "to Trump").
fn infinitive(content: &str) -> bool {
    let mut words = content.words();
    words.next() == Some("to")
        && words.next().is_some_and(|w| {
            w.chars().next().is_some_and(char::is_lowercase) && !matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "this" | "that" | "these" | "those" | "him" | "them" | "me" | "us")
        })
}

/// The class of a quote with cue text `cue` (`None` when it has none), content `content` and
/// a speaker of kind `speaker` (`None` when unknown). A verb of saying with an infinitive
/// ("vowed to fight", "promised to cut taxes", "agreed to play") reports an intention: belief.
pub fn class_of(cue: Option<&str>, content: &str, speaker: Option<SpeakerKind>) -> QuoteClass {
    if speaker == Some(SpeakerKind::Document) {
        return QuoteClass::Evidence;
    }
    let Some(cue) = cue else { return QuoteClass::Speech };
    let lex = lexicon();
    let mut content_words = 0;
    for w in cue.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').filter(|w| !w.is_empty()) {
        // (most cue words are lowercase ASCII already: read as they are, with no copy)
        let w: std::borrow::Cow<'_, str> = if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) { w.into() } else { w.to_lowercase().into() };
        if let Some(&c) = lex.cues.get(&*w) {
            return match c {
                CueClass::Belief | CueClass::Intent | CueClass::Seem => QuoteClass::Belief,
                _ if lex.stance_verbs.contains(&w) => QuoteClass::Stance,
                CueClass::Speech if infinitive(content) => QuoteClass::Belief,
                _ => QuoteClass::Speech,
            };
        }
        if !is_function_word(&w) && !lex.nouns.contains_key(&*w) {
            content_words += 1;
        }
    }
    // a colon, "according to", "in a statement" (a speaker noun): speech; a verb the
    // lexicon does not know: an act
    if content_words > 0 { QuoteClass::Stance } else { QuoteClass::Speech }
}

#[cfg(test)]
mod tests {
    use super::*;
    use QuoteClass::*;

    #[test]
    fn classes_from_cue_and_speaker() {
        let person = Some(SpeakerKind::Person);
        let cases: [(Option<&str>, Option<SpeakerKind>, QuoteClass); 15] = [
            (Some("said"), person, Speech),
            (Some("told"), person, Speech),
            (Some("according to"), person, Speech),
            (Some(":"), person, Speech),
            (None, person, Speech),
            (Some("in a statement"), Some(SpeakerKind::Organization), Speech),
            (Some("believes"), person, Belief),
            (Some("wants"), person, Belief),
            (Some("seemed"), None, Belief),
            (Some("endorsed"), person, Stance),
            (Some("Criticized"), person, Stance),
            (Some("accused"), person, Speech),
            (Some("voted"), person, Stance),
            (Some("shows"), Some(SpeakerKind::Document), Evidence),
            (Some("said"), Some(SpeakerKind::Document), Evidence),
        ];
        for (cue, kind, want) in cases {
            assert_eq!(class_of(cue, "the plan will fail", kind), want, "{cue:?} {kind:?}");
        }
        // a verb of saying with an infinitive is an intention; a phrase after "to" is not one
        assert_eq!(class_of(Some("vowed"), "to fight the plan", person), Belief);
        assert_eq!(class_of(Some("agreed"), "to play the lead", person), Belief);
        assert_eq!(class_of(Some("referring"), "to the council's vote", person), Speech);
        assert_eq!(class_of(Some("told"), "to leave the pier", person), Speech);
    }
}
