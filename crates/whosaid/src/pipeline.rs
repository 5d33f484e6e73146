//! [`Analyzer`]: runs the stages in order on one [`Document`].
//!
//! layout (plain text) or the ingest's layout (HTML) -> segment each story
//! paragraph -> names -> attributions -> speakers -> the [`Article`] record,
//! with byte offsets converted to code points at the very end.

use crate::attribute::{self, Attribution};
use crate::learn::Model;
use std::sync::Arc;
use crate::model::*;
use crate::recognize::names::Names;
use crate::resolve::{self, Resolution};
use crate::segment::Paragraph;
use crate::text::CharMap;
use crate::text::SplitWords;

/// The quotes' words, summed, may repeat the analyzed text at most this many times (plus
/// [`QUOTE_TEXT_SLACK`] bytes); quotes past it are dropped with a warning.
pub const QUOTE_TEXT_FACTOR: usize = 4;
/// Bytes of quote text every article may have whatever its length.
pub const QUOTE_TEXT_SLACK: usize = 64 << 10;

/// Articles larger than this are cut before analysis (a warning says so).
pub const MAX_TEXT_BYTES: usize = 8 << 20;

/// Runs the whole pipeline. Build once, analyze many documents; it is `Sync`.
/// `Default` is the rules alone; [`Analyzer::new`] adds the bundled model.
#[derive(Debug, Default, Clone)]
pub struct Analyzer {
    /// The learned attribution layer, if any ([`crate::learn`]).
    model: Option<Arc<Model>>,
    /// Turns each quote's prior into a probability, if any ([`crate::calibrate`]).
    calibrator: Option<Arc<crate::calibrate::Calibrator>>,
}

/// Every intermediate result of one analysis (for `whosaid debug`).
#[derive(Debug)]
pub struct Trace {
    /// The layout used.
    pub layout: Layout,
    /// Segmented story paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Names found.
    pub names: Names,
    /// Attributions before speaker resolution.
    pub attributions: Vec<Attribution>,
    /// Speakers and links.
    pub resolution: Resolution,
}

impl Analyzer {
    /// An analyzer with the bundled lexicons, loaded here (about 25 ms, once
    /// per process) so that no `analyze` call pays for them.
    pub fn new() -> Self {
        crate::layout::preload();
        crate::attribute::lexicon::lexicon();
        crate::recognize::names::preload();
        crate::lexicon::places::preload();
        crate::lexicon::names::preload();
        crate::segment::preload();
        Analyzer { model: crate::learn::embedded(), calibrator: crate::calibrate::embedded() }
    }

    /// An analyzer with the rules alone (no learned layer).
    pub fn rules_only() -> Self {
        let mut a = Analyzer::new();
        a.model = None;
        a
    }

    /// An analyzer with the bundled lexicons and `model` as its learned layer (`None`: rules only).
    pub fn with_model(model: Option<Arc<Model>>) -> Self {
        let mut a = Analyzer::new();
        a.model = model;
        a
    }

    /// An analyzer with the bundled model adding attributions for cues of `scope`
    /// (`None`: rules only).
    pub fn with_scope(scope: Option<crate::learn::Scope>) -> Self {
        let mut a = Analyzer::new();
        a.model = match (scope, a.model.take()) {
            (Some(s), Some(m)) => Some(Arc::new(m.with_scope(s))),
            _ => None,
        };
        a
    }

    /// This analyzer with `calibrator` turning confidences into probabilities (`None`: each
    /// quote keeps the prior of the rule or the learned layer's margin that found it).
    pub fn calibrated(mut self, calibrator: Option<Arc<crate::calibrate::Calibrator>>) -> Self {
        self.calibrator = calibrator;
        self
    }

    /// The calibrator in use, if any.
    pub fn calibrator(&self) -> Option<&crate::calibrate::Calibrator> {
        self.calibrator.as_deref()
    }

    /// The learned layer in use, if any.
    pub fn model(&self) -> Option<&Model> {
        self.model.as_deref()
    }

    /// Analyzes one document. Never panics; messy input yields warnings.
    pub fn analyze(&self, doc: &Document) -> Article {
        self.analyze_traced(doc).0
    }

    /// Analyzes one document and keeps every intermediate stage.
    pub fn analyze_traced(&self, doc: &Document) -> (Article, Trace) {
        let text = doc.text.as_str();
        let mut warnings = Vec::new();
        let lc = text.to_ascii_lowercase();
        let map = CharMap::new(text);
        let layout = match &doc.layout {
            Some(l) => l.clone(),
            None => crate::layout::detect_with(text, &lc, &map),
        };
        let mut paragraphs = Vec::with_capacity(layout.body.len() + 1);
        let mut budget = MAX_TEXT_BYTES;
        // the headline and its deck are read too: they often report what someone said
        let spans: Vec<Span> = layout.headline_span.iter().chain(layout.deck.iter()).chain(layout.body.iter()).copied().collect();
        for s in &spans {
            let (b0, b1) = (byte_of_char_fast(text, &map, s.start), byte_of_char_fast(text, &map, s.end));
            if b1 <= b0 || text.get(b0..b1).is_none() {
                continue;
            }
            let mut b1 = b1;
            let over = b1 - b0 > budget;
            if over {
                // the paragraph that crosses the limit is read up to it (at a character boundary)
                b1 = b0 + budget;
                while b1 > b0 && !text.is_char_boundary(b1) {
                    b1 -= 1;
                }
            }
            budget -= b1 - b0;
            if b1 > b0 {
                warnings.extend(Paragraph::pieces_into(text, b0, b1, &mut paragraphs));
            }
            if over {
                warnings.push(format!("text beyond {} MB not analyzed for quotes", MAX_TEXT_BYTES >> 20));
                break;
            }
        }
        // A title-case headline: its words that the body capitalises mid-sentence are names.
        let headline_names = layout.headline_span.is_some().then(|| match paragraphs.split_first() {
            Some((head, body)) => crate::recognize::names::body_capitalised(text, head, body),
            None => Vec::new(),
        });
        let names = Names::build(text, &lc, &paragraphs, headline_names.as_deref());
        // a question-and-answer interview: the answers are the words of the person the
        // introduction names most (first named on a tie)
        let interview = attribute::interview_labels(&lc, &paragraphs).and_then(|labels| {
            let first_q = labels.iter().position(|l| *l == attribute::InterviewLabel::Question).and_then(|i| paragraphs.get(i))?.start;
            let p = names.people.iter().filter(|p| p.occurrences.first().is_some_and(|o| o.0 < first_q)).max_by_key(|p| (p.occurrences.len(), std::cmp::Reverse(p.occurrences[0].0)))?;
            Some(attribute::Interview { labels, answerer: attribute::MentionSpan { span: p.occurrences[0], appositive: None, antecedent: None } })
        });
        let mut attributions = attribute::find_with_headline(text, &lc, &paragraphs, headline_names.as_deref(), interview.as_ref());
        if let Some(m) = &self.model {
            attributions = crate::learn::propose::augment(m, text, &lc, &paragraphs, attributions);
        }
        let mut resolution = resolve::resolve(text, &lc, &paragraphs, &attributions, &names);
        resolve::lede_descriptions(text, &lc, &paragraphs, &names, &mut resolution);
        resolve::pronoun_mentions(&lc, &names, &mut resolution);

        let ts = |r: (usize, usize)| map.text_span(text, r.0, r.1);
        // The quotes' words, summed, stay within a multiple of the text analyzed: in news
        // they are at most about the text itself (nested reports overlap a little), while
        // a sentence of thousands of "X said that ..." would otherwise repeat its rest in
        // every quote and turn megabytes of input into gigabytes of output.
        let analyzed = MAX_TEXT_BYTES - budget;
        let mut allowance = QUOTE_TEXT_FACTOR * analyzed + QUOTE_TEXT_SLACK;
        let mut dropped = 0usize;
        let keep: Vec<bool> = attributions
            .iter()
            .map(|a| {
                let len = a.content.1.saturating_sub(a.content.0);
                if len > allowance {
                    dropped += 1;
                    return false;
                }
                allowance -= len;
                true
            })
            .collect();
        if dropped > 0 {
            warnings.push(format!("{dropped} quotes not reported: their words would repeat the text more than {QUOTE_TEXT_FACTOR} times over"));
        }
        // speakers: only those quoted, in order of first quote
        let mut order: Vec<usize> = Vec::new();
        let mut rank: Vec<Option<usize>> = vec![None; resolution.speakers.len()];
        for l in resolution.links.iter().zip(&keep).filter(|(_, &k)| k).map(|(l, _)| l) {
            if let Some(slot) = l.0.and_then(|i| rank.get_mut(i)) {
                if slot.is_none() {
                    *slot = Some(order.len());
                    order.extend(l.0);
                }
            }
        }
        let sid = |i: usize| rank.get(i).copied().flatten().map(|p| numbered("s", p + 1));
        let mut quotes = Vec::with_capacity(attributions.len());
        for ((a, l), _) in attributions.iter().zip(&resolution.links).zip(&keep).filter(|(_, &k)| k) {
            // a few quoted words with no cue and no speaker are a title, a nickname or
            // scare quotes ("the Gordon problem"), not a quotation
            // (words counted last: most quotations have a cue or a speaker)
            let short = || text.get(a.content.0..a.content.1).is_some_and(at_most_four_words);
            if a.cue.is_none() && l.0.is_none() && a.kind == QuoteType::Direct && short() {
                continue;
            }
            let c = ts(a.content);
            let speaker_kind = l.0.and_then(|i| resolution.speakers.get(i)).map(|d| d.kind);
            let cue_text = a.cue.and_then(|r| text.get(r.0..r.1));
            quotes.push(Quote {
                id: numbered("q", quotes.len() + 1),
                kind: a.kind,
                class: crate::attribute::class::class_of(cue_text, text.get(a.content.0..a.content.1).unwrap_or(""), speaker_kind),
                text: c.text,
                start: c.start,
                end: c.end,
                cue: a.cue.map(ts),
                speaker: l.0.and_then(sid),
                speaker_mention: l.1.map(ts),
                addressee: a.addressee.and_then(|r| text.get(r.0..r.1)).map(str::to_string),
                confidence: a.confidence,
            });
        }
        // each person by full name, first one wins (as a search from the front would find)
        // (sized at once, only looked up)
        let mut person_of: crate::fasthash::FastMap<&str, usize> = crate::fasthash::FastMap::with_capacity_and_hasher(names.people.len(), Default::default());
        for (k, p) in names.people.iter().enumerate() {
            person_of.entry(p.full.as_str()).or_insert(k);
        }
        let mut speakers: Vec<Speaker> = order
            .iter()
            .enumerate()
            .filter_map(|(n, &i)| {
                let d = resolution.speakers.get(i)?;
                // (sized at once for the speaker's mentions and the person's occurrences)
                let person = if d.kind == SpeakerKind::Person { person_of.get(d.name.as_str()).and_then(|&k| names.people.get(k)) } else { None };
                let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(d.mentions.len() + person.map_or(0, |p| p.occurrences.len()));
                ranges.extend_from_slice(&d.mentions);
                if let Some(p) = person {
                    ranges.extend_from_slice(&p.occurrences);
                }
                // sorted and deduplicated as byte ranges: linear-log in mentions, not quadratic
                ranges.sort_unstable();
                ranges.dedup();
                let mut mentions: Vec<TextSpan> = ranges.into_iter().map(ts).collect();
                mentions.sort_by_key(|m| m.start);
                mentions.dedup_by_key(|m| (m.start, m.end));
                Some(Speaker {
                    id: numbered("s", n + 1),
                    name: d.name.clone(),
                    kind: d.kind,
                    gender: d.gender.0,
                    gender_evidence: d.gender.1,
                    gender_evidence_text: d.gender.2.clone(),
                    roles: d.roles.clone(),
                    mentions,
                })
            })
            .collect();
        // offices printed without an organization take the place the article implies
        // (looked up only for articles that have such an office)
        let persons = || speakers.iter().filter(|s| s.kind == SpeakerKind::Person);
        if persons().any(|s| s.roles.iter().any(|r| crate::recognize::roles::implied_office(r).is_some())) {
            let dateline = layout.furniture.iter().find(|f| f.kind == FurnitureKind::Dateline).map(|f| f.text.as_str());
            let (country, state) = crate::recognize::roles::implied_places(text, dateline, &names);
            for s in speakers.iter_mut().filter(|s| s.kind == SpeakerKind::Person) {
                crate::recognize::roles::imply_places(&mut s.roles, country.as_deref(), state.as_deref());
            }
        }
        let people = people_of(text, &lc, &names, &speakers, &ts);
        let entities = names
            .entities()
            .into_iter()
            .map(|(kind, r)| {
                let t = ts(r);
                Entity { kind, text: t.text, start: t.start, end: t.end }
            })
            .collect();
        let body = body_text(text, &map, &layout.body);
        let content = if layout.content.is_empty() {
            let spans = content_spans(&layout);
            // (with no subhead, the content is the body's paragraphs again: no second join)
            if spans == layout.body { body.clone() } else { body_text(text, &map, &spans) }
        } else {
            body_text(text, &map, &layout.content)
        };
        let mut article = Article {
            id: doc.id.clone(),
            text: text.to_string(),
            body,
            content,
            headline: layout.headline.clone(),
            byline: layout.byline.clone(),
            published: layout.published.clone(),
            url: doc.url.clone(),
            site_name: doc.site_name.clone(),
            language: layout.language.clone(),
            syndication: layout.syndication.clone(),
            furniture: layout.furniture.clone(),
            quotes,
            speakers,
            people,
            entities,
            warnings,
        };
        if let Some(c) = &self.calibrator {
            c.apply(&mut article);
        }
        (article, Trace { layout, paragraphs, names, attributions, resolution })
    }
}

/// Every person the article names, with profile, linked to the speaker when quoted.
#[inline(never)]
fn people_of(
    text: &str,
    lc: &str,
    names: &Names,
    speakers: &[Speaker],
    ts: &dyn Fn((usize, usize)) -> TextSpan,
) -> Vec<Person> {
    // each name's first person speaker, looked up once: linear however many people and speakers
    // (sized at once, only looked up)
    let mut by_name: crate::fasthash::FastMap<&str, &Speaker> = crate::fasthash::FastMap::with_capacity_and_hasher(speakers.len(), Default::default());
    for s in speakers.iter().filter(|s| s.kind == SpeakerKind::Person) {
        by_name.entry(s.name.as_str()).or_insert(s);
    }
    // (a person whose mentions were all given to another, "Mr Walsh" to Peter Walsh, is none;
    // nor one whose name ends a person speaker's longer name the name finder did not list,
    // "Abu Samrah" after "said Wafaa Abu Samrah": that speaker is listed below)
    // (the person speakers the name finder did not list, found once)
    let unlisted_speakers: Vec<&str> = speakers.iter().filter(|s| s.kind == SpeakerKind::Person && !names.people.iter().any(|q| q.full == s.name)).map(|s| s.name.as_str()).collect();
    let ends_unlisted_speaker = |full: &str| {
        full.contains(' ') && !by_name.contains_key(full) && unlisted_speakers.iter().any(|n| n.strip_suffix(full).is_some_and(|h| h.ends_with(' ')))
    };
    let mut people: Vec<Person> = names
        .people
        .iter()
        .filter(|p| !p.occurrences.is_empty() && !ends_unlisted_speaker(&p.full))
        .map(|p| {
            let speaker = by_name.get(p.full.as_str()).copied();
            let (gender, gender_evidence, gender_evidence_text, roles) = match speaker {
                Some(s) => (s.gender, s.gender_evidence, s.gender_evidence_text.clone(), s.roles.clone()),
                None => {
                    let g = names.gender_of(text, p);
                    (g.0, g.1, g.2, names.roles_of(text, lc, p).into_owned())
                }
            };
            Person {
                name: p.full.clone(),
                gender,
                gender_evidence,
                gender_evidence_text,
                roles,
                speaker: speaker.map(|s| s.id.clone()),
                mentions: p.occurrences.iter().map(|&r| ts(r)).collect(),
            }
        })
        .collect();
    // a person speaker named only where the speaker is resolved ("Her father, Hemant, said":
    // a first name the name finder does not know as one) is named too: when no one listed
    // bears the name ("Schiff" beside "Adam Schiff") and a lone word is a first name or was
    // shown a person by a noun or an honorific
    // (a name with a space is no one word of another: only a whole name can equal it, and the
    // names are not split into words)
    let listed = |name: &str| {
        if crate::text::has_byte(name, b' ') {
            names.people.iter().any(|p| p.full == name)
        } else {
            names.people.iter().any(|p| p.full.words().any(|w| w == name) || p.full == name)
        }
    };
    let unlisted = speakers.iter().filter(|s| {
        let lone = !s.name.contains(' ');
        // (the first-name lexicon asked of a lone word only, and before the list of people is
        // read: most speakers are named in full, and listed)
        // (or by a pronoun the speaker was given: "Lizzo clarified her post ... she said")
        // (or by a title, "said Markha, a local activist", or a surname's shape, "Kovalchuk")
        let shown = || {
            matches!(s.gender_evidence, GenderEvidence::Noun | GenderEvidence::Honorific | GenderEvidence::Pronoun)
                || !s.roles.is_empty()
                || crate::lexicon::names::first_name_gender(&s.name).is_some()
                || crate::lexicon::names::surname_shaped(&s.name)
        };
        s.kind == SpeakerKind::Person && s.name.words().all(|w| w.starts_with(char::is_uppercase)) && (!lone || shown()) && !listed(&s.name)
    });
    for s in unlisted {
        people.push(Person {
            name: s.name.clone(),
            gender: s.gender,
            gender_evidence: s.gender_evidence,
            gender_evidence_text: s.gender_evidence_text.clone(),
            roles: s.roles.clone(),
            speaker: Some(s.id.clone()),
            // (the name in each mention: "Sandra" in "His wife Sandra", "JAKE TAPPER" for Jake
            // Tapper, as printed)
            mentions: s
                .mentions
                .iter()
                .filter_map(|m| {
                    let n = s.name.chars().count();
                    let at = m.text.char_indices().rev().nth(n.checked_sub(1)?)?.0;
                    let printed = &m.text[at..];
                    let same = printed.chars().flat_map(char::to_lowercase).eq(s.name.chars().flat_map(char::to_lowercase));
                    same.then(|| TextSpan { text: printed.to_string(), start: m.end - n, end: m.end })
                })
                .collect(),
        });
    }
    people
}

/// The story alone, as [`Article::body`] has it: the `body` paragraphs of `text` joined by blank lines.
pub fn body_text(text: &str, map: &CharMap, body: &[Span]) -> String {
    body.iter()
        .filter_map(|s| text.get(byte_of_char_fast(text, map, s.start)..byte_of_char_fast(text, map, s.end)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The default content: body paragraphs and subheads, in text order.
fn content_spans(layout: &Layout) -> Vec<Span> {
    let mut spans = layout.body.clone();
    let subheads = layout.furniture.iter().filter(|f| f.kind == FurnitureKind::Subhead);
    spans.extend(subheads.map(|f| Span::new(f.start, f.end)));
    spans.sort_unstable_by_key(|s| s.start);
    spans
}

/// Byte offset of code point `c`: identity for ASCII texts.
fn byte_of_char_fast(text: &str, map: &CharMap, c: usize) -> usize {
    map.byte_at(c, text.len())
}

/// `t` has at most four words, split as `str::split_whitespace` splits: bytes are read
/// until a fifth word starts; a non-ASCII byte before that hands the text to the
/// Unicode definition (its other spaces).
fn at_most_four_words(t: &str) -> bool {
    let mut words = 0;
    let mut in_word = false;
    for &b in t.as_bytes() {
        if b >= 0x80 {
            return t.words().nth(4).is_none();
        }
        // ASCII whitespace as `char::is_whitespace` has it (vertical tab included)
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        if !space && !in_word {
            words += 1;
            if words == 5 {
                return false;
            }
        }
        in_word = !space;
    }
    true
}

/// An id such as "q12": `prefix` then `n` (cheaper than `format!` in the per-quote loop).
fn numbered(prefix: &str, n: usize) -> String {
    let mut id = String::with_capacity(prefix.len() + 4);
    id.push_str(prefix);
    id.push_str(itoa::Buffer::new().format(n));
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_words_counted_as_split_whitespace_counts() {
        let spaces = [" ", "  ", "\t", "\n", "\u{b}", "\u{c}", "\r\n", "\u{a0}", "\u{2009}", "\u{85}", "\u{1f}", "-"];
        for sp in spaces {
            for n in 0..7 {
                for lead in ["", " ", sp] {
                    let t = format!("{lead}{}", vec!["w"; n].join(sp));
                    assert_eq!(at_most_four_words(&t), t.words().nth(4).is_none(), "{t:?}");
                    let t = format!("{t} é x");
                    assert_eq!(at_most_four_words(&t), t.words().nth(4).is_none(), "{t:?}");
                }
            }
        }
    }
}
