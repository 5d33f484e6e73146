//! Every data type of the pipeline, in the order data flows.
//!
//! A [`Document`] (id, plain text and, for HTML, the layout the DOM already
//! showed) goes into [`crate::Analyzer::analyze`], which returns an
//! [`Article`]: the output record of `shared/contract/OUTPUT.md`. Every
//! annotation in an article is a [`Span`] of Unicode code points into
//! [`Article::text`], end-exclusive.

use serde::{Deserialize, Serialize};

/// A half-open range of Unicode code points into an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (code points, end-exclusive).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when the two spans share at least one code point.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A piece of the text with its span: the shape of cues, mentions and entities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The covered text, equal to `text[start..end]` in code points.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl TextSpan {
    /// The bare span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What a piece of furniture (text that is not the story) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FurnitureKind {
    /// The headline (also given in [`Article::headline`]).
    Headline,
    /// Calls to join, subscribe, follow, download, donate.
    Promo,
    /// A photo or figure caption.
    Caption,
    /// A photo credit, e.g. "(Name/Agency)".
    Credit,
    /// A notice that the story was first published elsewhere.
    Syndication,
    /// A section heading inside the story.
    Subhead,
    /// "By Name" lines.
    Byline,
    /// "LIMA (Reuters) -" style place and date lines.
    Dateline,
    /// Links to other stories.
    Related,
    /// Advertising.
    Ad,
    /// Anything else that is not the story (share bars, cookie notices).
    Other,
}

/// Text that is not the story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Furniture {
    /// What it is.
    pub kind: FurnitureKind,
    /// The furniture's text, equal to `text[start..end]`.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// For captions: the photo credit found inside it, e.g. "Li Muzi/Xinhua".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<String>,
}

/// A notice that the story was first published by someone else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Syndication {
    /// Who published it first, when the notice or metadata names them.
    pub original_publisher: Option<String>,
    /// The notice's first code point (0 when it came from metadata only).
    pub start: usize,
    /// One past the notice's last code point.
    pub end: usize,
}

/// The layout of an article: what is story and what is furniture.
///
/// Plain text gets its layout from [`crate::layout`]; HTML ingest fills it from
/// the DOM and hands it in with the [`Document`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Layout {
    /// The headline and its span, when the text contains it.
    pub headline: Option<String>,
    /// Where the headline sits in the text, if it does.
    pub headline_span: Option<Span>,
    /// Author names as printed, joined with ", " for several authors.
    pub byline: Option<String>,
    /// ISO 8601 date of publication, when known.
    pub published: Option<String>,
    /// Everything in the text that is not the story.
    pub furniture: Vec<Furniture>,
    /// The syndication notice, when there is one.
    pub syndication: Option<Syndication>,
    /// The story's paragraphs, in order (subheads excluded).
    pub body: Vec<Span>,
    /// Lines under a plain text's headline that sum up the story (a deck, in `furniture` as
    /// `other`): read for quotes like the headline ("..., analyst says.").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deck: Vec<Span>,
    /// The main content as a reader copies it (contract v1.1 `content`): lead, story
    /// paragraphs, subheads, lists and tables, in reading order. Empty: the body
    /// paragraphs and the subheads between them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<Span>,
    /// The language the page declares (`<html lang>`, `content-language`), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// One input article, before analysis.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Identifier: the file stem, or the record id in a corpus.
    pub id: String,
    /// The plain text every offset indexes.
    pub text: String,
    /// Where the article was fetched from, when known.
    pub url: Option<String>,
    /// The outlet's name, when known.
    pub site_name: Option<String>,
    /// Layout already known from the source (HTML); `None` to detect it from the text.
    pub layout: Option<Layout>,
}

impl Document {
    /// A plain-text document whose layout is detected from the text itself.
    pub fn plain(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document { id: id.into(), text: text.into(), ..Default::default() }
    }
}

/// The kind of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteType {
    /// Words inside quotation marks, attributed.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech that contains quoted words.
    Mixed,
}

/// What kind of attribution a quote is (contract v1.1 `class`), so that a tracker
/// that counts only people who spoke can leave the rest out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteClass {
    /// Saying, writing, telling, answering ("said", "told", "according to", a quotation).
    #[default]
    Speech,
    /// Believing, expecting, wanting, planning, seeming ("believes", "wants to").
    Belief,
    /// Taking a position on something, or acting on it ("endorsed", "criticized the plan").
    Stance,
    /// What a poll, study, report or other document shows or says.
    Evidence,
}

/// One quotation: what was said, by whom, with which cue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// "q1", "q2", ... in text order.
    pub id: String,
    /// Direct, indirect or mixed.
    #[serde(rename = "type")]
    pub kind: QuoteType,
    /// What kind of attribution: speech, belief, stance or evidence (absent in
    /// records older than contract v1.1, read as speech).
    #[serde(default)]
    pub class: QuoteClass,
    /// What was said; quote marks of a direct quote excluded.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The reporting verb or phrase, `None` for continuations.
    pub cue: Option<TextSpan>,
    /// Id of the speaker in [`Article::speakers`], `None` when unknown.
    pub speaker: Option<String>,
    /// The mention naming the speaker at this quote, `None` when implicit.
    pub speaker_mention: Option<TextSpan>,
    /// Who was told, when stated ("told Reuters").
    pub addressee: Option<String>,
    /// How sure the engine is, 0 to 1.
    pub confidence: f32,
}

/// What kind of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// A company, government, agency, party, outlet.
    Organization,
    /// A collective of people ("officials", "local activists").
    Group,
    /// An unnamed person ("a source", "one woman").
    Anonymous,
    /// A report, statement, poll, study.
    Document,
}

/// A speaker's gender, only from evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Female.
    Female,
    /// Male.
    Male,
    /// No evidence either way.
    Unknown,
}

/// Which evidence decided a gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GenderEvidence {
    /// A pronoun that co-refers with the speaker.
    Pronoun,
    /// Mr., Mrs., Ms., Sir, Dame ...
    Honorific,
    /// The first-name lexicon.
    NameLexicon,
    /// A gendered noun ("woman", "father").
    Noun,
    /// None found.
    None,
}

/// A role: a title and the organization it is held at.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Role {
    /// "co-director", "Deputy Secretary-General".
    pub title: String,
    /// "Institute for Coastal Studies", when stated.
    pub organization: Option<String>,
}

/// One source quoted in an article: a person, organization, group, anonymous or document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// "s1", "s2", ... in order of first quote.
    pub id: String,
    /// The fullest name the article gives.
    pub name: String,
    /// Person, organization, group, anonymous or document.
    pub kind: SpeakerKind,
    /// Female, male or unknown.
    pub gender: Gender,
    /// Which evidence decided the gender.
    pub gender_evidence: GenderEvidence,
    /// The evidence itself, e.g. "pronoun 'she'" or "name 'Maria' (0.99 female)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_evidence_text: Option<String>,
    /// Titles and organizations from the article.
    pub roles: Vec<Role>,
    /// Every mention of this speaker in the text.
    pub mentions: Vec<TextSpan>,
}

/// A person the article names, quoted or not (contract v1.1 `people`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// The fullest name the article gives.
    pub name: String,
    /// Female, male or unknown.
    pub gender: Gender,
    /// Which evidence decided the gender.
    pub gender_evidence: GenderEvidence,
    /// The evidence itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender_evidence_text: Option<String>,
    /// Titles and organizations from the article.
    pub roles: Vec<Role>,
    /// Id in [`Article::speakers`] when the person is quoted.
    pub speaker: Option<String>,
    /// Every mention of the person.
    pub mentions: Vec<TextSpan>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organization.
    Organization,
    /// A place.
    Place,
    /// A date.
    Date,
}

/// A person, organization, place or date named in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// The entity's text, equal to `text[start..end]`.
    pub text: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// The article record of `shared/contract/OUTPUT.md`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Input file stem, or the record id in a corpus.
    pub id: String,
    /// Full plain text the offsets index.
    pub text: String,
    /// The story alone: no headline, byline or furniture; paragraphs joined by blank lines.
    pub body: String,
    /// The main content as a reader copies it: lead, story paragraphs, subheads, lists and
    /// tables in reading order, joined by blank lines (contract v1.1).
    #[serde(default)]
    pub content: String,
    /// The headline, when found.
    pub headline: Option<String>,
    /// Authors, when found.
    pub byline: Option<String>,
    /// ISO 8601 date, when stated.
    pub published: Option<String>,
    /// Where the page was fetched from, when known (always written, `null` when unknown).
    #[serde(default)]
    pub url: Option<String>,
    /// The outlet, when known (always written, `null` when unknown).
    #[serde(default)]
    pub site_name: Option<String>,
    /// The language the page declares, e.g. "en-US" (always written, `null` when unknown).
    #[serde(default)]
    pub language: Option<String>,
    /// The syndication notice, `None` when the article is original.
    pub syndication: Option<Syndication>,
    /// Text that is not the story.
    pub furniture: Vec<Furniture>,
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Every source quoted.
    pub speakers: Vec<Speaker>,
    /// Every person named, quoted or not (contract v1.1).
    #[serde(default)]
    pub people: Vec<Person>,
    /// People, organizations, places and dates named.
    pub entities: Vec<Entity>,
    /// Soft problems met while reading this article.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl Article {
    /// Keeps the quotes for which `keep` is true (`--class`, `--min-confidence`): the rest
    /// go, and with them the speakers no other quote names. Quotes and speakers are numbered
    /// again in order ("q1", "s1", ...) and the people's `speaker` ids follow.
    pub fn retain_quotes(&mut self, keep: impl Fn(&Quote) -> bool) {
        self.quotes.retain(|q| keep(q));
        let quoted: std::collections::HashSet<&str> = self.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        let mut renamed: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        let mut n = 0;
        for s in &self.speakers {
            if quoted.contains(s.id.as_str()) {
                n += 1;
                renamed.insert(s.id.clone(), format!("s{n}"));
            }
        }
        self.speakers.retain(|s| renamed.contains_key(&s.id));
        for s in &mut self.speakers {
            if let Some(id) = renamed.get(&s.id) {
                s.id.clone_from(id);
            }
        }
        for (i, q) in self.quotes.iter_mut().enumerate() {
            q.id = format!("q{}", i + 1);
            q.speaker = q.speaker.as_ref().and_then(|id| renamed.get(id).cloned());
        }
        for p in &mut self.people {
            p.speaker = p.speaker.as_ref().and_then(|id| renamed.get(id).cloned());
        }
    }
}

// The names the contract gives each variant (as serde writes them), for writers that do not
// go through serde: the hand-written JSON and the store's columns.
impl FurnitureKind {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            FurnitureKind::Headline => "headline",
            FurnitureKind::Promo => "promo",
            FurnitureKind::Caption => "caption",
            FurnitureKind::Credit => "credit",
            FurnitureKind::Syndication => "syndication",
            FurnitureKind::Subhead => "subhead",
            FurnitureKind::Byline => "byline",
            FurnitureKind::Dateline => "dateline",
            FurnitureKind::Related => "related",
            FurnitureKind::Ad => "ad",
            FurnitureKind::Other => "other",
        }
    }
}

impl QuoteType {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Direct => "direct",
            QuoteType::Indirect => "indirect",
            QuoteType::Mixed => "mixed",
        }
    }
}

impl QuoteClass {
    /// Every class, in the contract's order.
    pub const ALL: [QuoteClass; 4] = [QuoteClass::Speech, QuoteClass::Belief, QuoteClass::Stance, QuoteClass::Evidence];

    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteClass::Speech => "speech",
            QuoteClass::Belief => "belief",
            QuoteClass::Stance => "stance",
            QuoteClass::Evidence => "evidence",
        }
    }

    /// The class named `s` (the contract's names), `None` for any other word.
    pub fn parse(s: &str) -> Option<QuoteClass> {
        QuoteClass::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The class named `s`, spaces around it ignored; fails, saying which names there are,
    /// for any other word.
    pub fn parse_named(s: &str) -> Result<QuoteClass, String> {
        QuoteClass::parse(s.trim()).ok_or_else(|| QuoteClass::unknown(s))
    }

    /// Comma-separated class names exactly (`speech,belief`: no spaces, no empty names), in
    /// the contract's order without repeats; the empty text is the empty list (every class).
    /// Fails on the first other word, saying which names there are.
    pub fn parse_list(s: &str) -> Result<Vec<QuoteClass>, String> {
        let mut out = Vec::new();
        for name in s.split(',').filter(|_| !s.is_empty()) {
            out.push(QuoteClass::parse(name).ok_or_else(|| QuoteClass::unknown(name))?);
        }
        out.sort_by_key(|c| QuoteClass::ALL.iter().position(|x| x == c));
        out.dedup();
        Ok(out)
    }

    /// What a parse says of a word that names no class.
    fn unknown(s: &str) -> String {
        format!("{s:?} is not a quote class: use speech, belief, stance or evidence")
    }
}

impl SpeakerKind {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Document => "document",
        }
    }
}

impl Gender {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Unknown => "unknown",
        }
    }
}

impl GenderEvidence {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            GenderEvidence::Pronoun => "pronoun",
            GenderEvidence::Honorific => "honorific",
            GenderEvidence::NameLexicon => "name_lexicon",
            GenderEvidence::Noun => "noun",
            GenderEvidence::None => "none",
        }
    }
}

impl EntityKind {
    /// The contract's name for this value.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
        }
    }
}
