//! Scoring against gold annotations: a faithful port of `shared/tools/score.py`.
//!
//! [`load_gold`] reads `*.gold.json` files (and the text each names) into
//! [`GoldArticle`]s; predictions are [`Prediction`]s, made from an [`Article`]
//! ([`Prediction::from_article`]) or from any JSON record of the output contract
//! ([`Prediction::from_json`], [`load_predictions`]). [`score`] compares the two
//! and returns a [`Report`] (printed by [`Report::to_text`] / [`Report::to_json`]
//! exactly as the Python scorer prints it) and the [`Miss`]es behind it.
//!
//! Metrics, as in the reference: a gold quote is found when at least half of its
//! `\w+` tokens lie inside predicted quote spans, a predicted quote is correct
//! when at least half of its tokens lie inside gold quote spans (optional gold quotes count
//! for precision, never against recall); attribution is the same over spans whose
//! speakers match ([`same_speaker`]); speaker profiles compare gold people with
//! predicted speakers, their gender and roles.
//!
//! Beyond the reference, [`score_all`] also gives [`Scores::sources_by_gender`]
//! and [`Scores::people_by_gender`] (P/R/F1 per gender over distinct persons per
//! article, module [`gender`]) and [`Scores::by_kind`] (attribution errors by
//! quote type, module [`kinds`]); the reference numbers stay as they are.
//!
//! Known deviations from Python: `\w` is `char::is_alphanumeric() || '_'`
//! (Python counts letters and numerics by general category; the two differ
//! only on some combining marks of non-Latin scripts), and `casefold()` is
//! `to_lowercase()` plus the folds that differ for Latin and Greek (ß, ẞ, ς).

use crate::error::{Error, Result};
use crate::model::Article;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

pub mod gender;
pub mod kinds;
pub mod reliability;

pub use gender::{GenderScore, GenderScores};
pub use kinds::{KindRow, KindTable};

/// Words dropped from names before comparing them.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mullah", "sheikh", "rev", "gen", "col", "lt",
    "sgt", "capt", "sen", "rep", "gov", "judge", "the", "lord", "lady",
];
/// Normalized names that stand for a longer one.
const ALIASES: &[(&str, &str)] = &[
    ("un", "united nations"),
    ("u n", "united nations"),
    ("us", "united states"),
    ("u s", "united states"),
    ("eu", "european union"),
    ("uk", "united kingdom"),
];
/// Words that do not make two group names the same.
const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "to", "in", "on", "for", "who", "that", "with", "one", "many", "some",
    "their", "his", "her",
];
/// Gold mentions that never match by name.
const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "him", "her", "you"];
/// Quotation marks for [`quoted`].
const QMARKS: &[char] = &['"', '“', '”', '‘', '’', '«', '»'];

/// Python's `str.isspace()`: Unicode whitespace plus the ASCII separators 0x1C-0x1F.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `\w` on `str`: letters, numbers and underscore.
fn py_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// NFKC, then case folding (lowercase plus the full folds lowercase misses).
fn nfkc_casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A name normalized for comparison: NFKC casefold, punctuation to spaces,
/// honorifics dropped, aliases expanded ("U.N." -> "united nations").
pub fn norm(name: Option<&str>) -> String {
    let folded = nfkc_casefold(name.unwrap_or(""));
    let spaced: String = folded.chars().map(|c| if py_word(c) || py_space(c) { c } else { ' ' }).collect();
    let s = spaced.split(py_space).filter(|w| !w.is_empty() && !HONORIFICS.contains(w)).collect::<Vec<_>>().join(" ");
    match ALIASES.iter().find(|(k, _)| *k == s) {
        Some((_, v)) => (*v).to_string(),
        None => s,
    }
}

/// A code-point range that may be missing or malformed in a prediction.
type Loose = (Option<i64>, Option<i64>);

fn overlaps(a: (i64, i64), b: Option<Loose>) -> bool {
    match b {
        Some((Some(s), Some(e))) => a.0 < e && s < a.1,
        _ => false,
    }
}

/// A gold speaker as [`same_speaker`] sees it.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldSpeaker {
    /// The speaker's name (for PolNeAR: the mention's words).
    #[serde(default)]
    pub name: Option<String>,
    /// person, organization, group, anonymous, document, or mention (PolNeAR):
    /// `None` when the key is absent, `Some(None)` when it is null.
    #[serde(default, deserialize_with = "present")]
    pub kind: Option<Option<String>>,
    /// female, male or unknown, when stated.
    #[serde(default)]
    pub gender: Option<String>,
    /// Titles and organizations.
    #[serde(default)]
    pub roles: Vec<GoldRole>,
    /// The mention span (code points) when the gold speaker is a mention.
    #[serde(default)]
    pub span: Option<Vec<i64>>,
}

fn present<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Option<String>>, D::Error> {
    Option::<String>::deserialize(d).map(Some)
}

impl GoldSpeaker {
    fn span(&self) -> Option<(i64, i64)> {
        match self.span.as_deref() {
            Some([s, e, ..]) => Some((*s, *e)),
            _ => None,
        }
    }
}

/// A gold role: title and organization.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct GoldRole {
    /// "co-director".
    #[serde(default)]
    pub title: Option<String>,
    /// "Institute for Coastal Studies".
    #[serde(default)]
    pub organization: Option<String>,
}

/// One gold quote.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    /// direct, indirect or mixed.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// The quote's text.
    #[serde(default)]
    pub text: String,
    /// Code-point span `[start, end]` into the text.
    pub span: (usize, usize),
    /// The gold speaker's name, `None` when unknown.
    #[serde(default)]
    pub speaker: Option<String>,
    /// For PolNeAR: the speaker's mention span.
    #[serde(default)]
    pub speaker_span: Option<Vec<i64>>,
    /// The cue's words as the annotator marked them ("said", "told reporters"), if given.
    #[serde(default)]
    pub cue: Option<String>,
    /// False for borderline quotes that are neither required nor penalized.
    #[serde(default = "yes")]
    pub required: bool,
}

fn yes() -> bool {
    true
}

/// One annotated article with its text.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// Matches the prediction's `id`.
    pub id: String,
    /// The annotated text file, relative to the gold file.
    pub text_file: String,
    /// Gold speakers.
    #[serde(default)]
    pub speakers: Vec<GoldSpeaker>,
    /// Gold quotes.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// The text the offsets index (read from `text_file`, newlines as Python reads them).
    #[serde(skip)]
    pub text: String,
}

/// The gold set: articles in the order of their sorted file paths.
pub type Gold = Vec<GoldArticle>;

fn io_err(p: &Path, e: impl std::fmt::Display) -> Error {
    Error::BadInput { source_name: p.display().to_string(), reason: e.to_string() }
}

/// Python's universal newlines: `\r\n` and `\r` read as `\n`.
fn universal_newlines(s: String) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

fn walk_gold(dir: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            if depth < 64 {
                walk_gold(&p, out, depth + 1);
            }
        } else if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".gold.json")) {
            out.push(p);
        }
    }
}

/// Reads a `*.gold.json` file, or every one under a folder, with their texts.
/// Fails when a gold file or its text cannot be read or parsed.
pub fn load_gold(path: &Path) -> Result<Gold> {
    let mut files = Vec::new();
    if path.is_dir() {
        walk_gold(path, &mut files, 0);
    } else {
        files.push(path.to_path_buf());
    }
    files.sort_by_key(|p| p.to_string_lossy().into_owned());
    let mut out: Gold = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for f in files {
        let raw = std::fs::read_to_string(&f).map_err(|e| io_err(&f, e))?;
        let mut g: GoldArticle = serde_json::from_str(&raw).map_err(|e| io_err(&f, e))?;
        let tp = f.parent().unwrap_or(Path::new("")).join(&g.text_file);
        g.text = universal_newlines(std::fs::read_to_string(&tp).map_err(|e| io_err(&tp, e))?);
        match at.get(&g.id) {
            Some(&i) => out[i] = g, // a later file with the same id replaces it, in place
            None => {
                at.insert(g.id.clone(), out.len());
                out.push(g);
            }
        }
    }
    Ok(out)
}

/// A predicted speaker, read leniently from a record.
#[derive(Debug, Clone, Default)]
pub struct PredSpeaker {
    /// "s1".
    pub id: Option<String>,
    /// Canonical name.
    pub name: Option<String>,
    /// person, organization, ...
    pub kind: Option<String>,
    /// female, male, unknown.
    pub gender: Option<String>,
    /// (title, organization) pairs.
    pub roles: Vec<(Option<String>, Option<String>)>,
    /// Mention spans.
    pub mentions: Vec<Loose>,
}

/// A predicted quote, read leniently from a record.
#[derive(Debug, Clone, Default)]
pub struct PredQuote {
    /// Start, `None` when not an integer.
    pub start: Option<i64>,
    /// End, `None` when not an integer.
    pub end: Option<i64>,
    /// The quote's text, when given.
    pub text: Option<String>,
    /// Speaker id.
    pub speaker: Option<String>,
    /// The speaker mention's span, when given.
    pub mention: Option<Loose>,
    /// direct, indirect or mixed (the record's `type`), when given.
    pub kind: Option<String>,
    /// The record's `confidence`, when a number.
    pub confidence: Option<f64>,
}

/// A person of the record's `people` list (contract v1.1), read leniently.
#[derive(Debug, Clone, Default)]
pub struct PredPerson {
    /// The fullest name the article gives.
    pub name: Option<String>,
    /// female, male, unknown.
    pub gender: Option<String>,
}

/// One predicted article record: its quotes and speakers.
#[derive(Debug, Clone, Default)]
pub struct Prediction {
    /// The record's id.
    pub id: Option<String>,
    /// Quotes in record order.
    pub quotes: Vec<PredQuote>,
    /// Speakers in record order.
    pub speakers: Vec<PredSpeaker>,
    /// The record's `people` (everyone named), `None` when the record has no such list.
    pub people: Option<Vec<PredPerson>>,
}

fn s_of(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

fn loose(v: &Value) -> Loose {
    (v.get("start").and_then(Value::as_i64), v.get("end").and_then(Value::as_i64))
}

fn arr<'v>(v: &'v Value, k: &str) -> &'v [Value] {
    v.get(k).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

impl Prediction {
    /// Reads a record of the output contract; missing or mistyped fields read as absent.
    pub fn from_json(v: &Value) -> Self {
        let quotes = arr(v, "quotes")
            .iter()
            .map(|q| PredQuote {
                start: q.get("start").and_then(Value::as_i64),
                end: q.get("end").and_then(Value::as_i64),
                text: s_of(q, "text"),
                speaker: s_of(q, "speaker"),
                mention: q.get("speaker_mention").filter(|m| m.as_object().is_some_and(|o| !o.is_empty())).map(loose),
                kind: s_of(q, "type"),
                confidence: q.get("confidence").and_then(Value::as_f64),
            })
            .collect();
        let speakers = arr(v, "speakers")
            .iter()
            .map(|s| PredSpeaker {
                id: s_of(s, "id"),
                name: s_of(s, "name"),
                kind: s_of(s, "kind"),
                gender: s_of(s, "gender"),
                roles: arr(s, "roles").iter().map(|r| (s_of(r, "title"), s_of(r, "organization"))).collect(),
                mentions: arr(s, "mentions").iter().map(loose).collect(),
            })
            .collect();
        let people = v.get("people").and_then(Value::as_array).map(|ps| {
            ps.iter().map(|p| PredPerson { name: s_of(p, "name"), gender: s_of(p, "gender") }).collect()
        });
        Prediction { id: s_of(v, "id"), quotes, speakers, people }
    }

    /// The prediction of an analyzed article (through its JSON form, as a scorer would read it).
    pub fn from_article(a: &Article) -> Self {
        match serde_json::to_value(a) {
            Ok(v) => Self::from_json(&v),
            Err(_) => Prediction { id: Some(a.id.clone()), ..Default::default() },
        }
    }
}

/// Predictions by article id.
pub type Predictions = HashMap<String, Prediction>;

/// Reads predictions: a folder of `*.json` records, a JSON file (one record or a
/// list) or a JSON Lines file. Fails when a file cannot be read or parsed.
pub fn load_predictions(path: &Path) -> Result<Predictions> {
    let mut objs: Vec<Value> = Vec::new();
    if path.is_dir() {
        let mut names: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| io_err(path, e))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".json")))
            .collect();
        names.sort_by_key(|p| p.to_string_lossy().into_owned());
        for n in names {
            let raw = std::fs::read_to_string(&n).map_err(|e| io_err(&n, e))?;
            objs.push(serde_json::from_str(&raw).map_err(|e| io_err(&n, e))?);
        }
    } else {
        let raw = std::fs::read_to_string(path).map_err(|e| io_err(path, e))?;
        let raw = raw.trim();
        match serde_json::from_str::<Value>(raw) {
            Ok(Value::Array(v)) => objs = v,
            Ok(v) => objs.push(v),
            Err(_) => {
                for l in raw.lines().filter(|l| !l.trim().is_empty()) {
                    objs.push(serde_json::from_str(l).map_err(|e| io_err(path, e))?);
                }
            }
        }
    }
    let mut out = Predictions::new();
    for o in &objs {
        let p = Prediction::from_json(o);
        out.insert(p.id.clone().unwrap_or_default(), p);
    }
    Ok(out)
}

/// A gold speaker as seen at one quote: a named speaker or a PolNeAR mention.
#[derive(Debug, Clone)]
struct GoldSp {
    name: Option<String>,
    kind: Option<String>,
    span: Option<(i64, i64)>,
}

impl From<&GoldSpeaker> for GoldSp {
    fn from(g: &GoldSpeaker) -> Self {
        // `gold_sp.get("kind", "person")`
        let kind = g.kind.clone().unwrap_or_else(|| Some("person".to_string()));
        GoldSp { name: g.name.clone(), kind, span: g.span() }
    }
}

/// True when the predicted speaker (and the quote's mention) is the gold speaker;
/// always true when the gold speaker is unknown, false when the prediction has none.
fn same_speaker(gold: Option<&GoldSp>, pred: Option<&PredSpeaker>, mention: Option<Loose>) -> bool {
    let Some(gold) = gold else { return true };
    let Some(pred) = pred else { return false };
    let mut gold = gold.clone();
    if let Some(gspan) = gold.span {
        if overlaps(gspan, mention) || pred.mentions.iter().any(|m| overlaps(gspan, Some(*m))) {
            return true;
        }
        if PRONOUNS.contains(&norm(gold.name.as_deref()).as_str()) {
            return false;
        }
        let words = gold.name.as_deref().unwrap_or("").split(py_space).filter(|w| !w.is_empty()).count();
        gold = GoldSp { name: gold.name, kind: Some(if words <= 3 { "person" } else { "group" }.to_string()), span: None };
    }
    let (g, p) = (norm(gold.name.as_deref()), norm(pred.name.as_deref()));
    if g.is_empty() || p.is_empty() {
        return false;
    }
    if g == p {
        return true;
    }
    let gk = gold.kind.as_deref();
    if gk == Some("person") {
        let (gw, pw): (Vec<&str>, Vec<&str>) = (g.split(' ').collect(), p.split(' ').collect());
        let first = |w: &[&str]| w.first().and_then(|s| s.chars().next());
        return gw.last() == pw.last() && (pw.len() == 1 || gw.len() == 1 || first(&gw) == first(&pw));
    }
    if pred.kind.as_deref() == gk && matches!(gk, Some("anonymous") | Some("document")) {
        return true;
    }
    let content = |s: &str| -> Vec<String> {
        s.split(' ').filter(|w| w.chars().count() > 3 && !STOP.contains(w)).map(str::to_string).collect()
    };
    let (cg, cp) = (content(&g), content(&p));
    cg.iter().any(|w| cp.contains(w)) || p.contains(&g) || g.contains(&p)
}

/// The `\w+` tokens of `chars[lo..hi]`, as code-point ranges.
fn tokens(chars: &[char], lo: usize, hi: usize) -> Vec<(usize, usize)> {
    let hi = hi.min(chars.len());
    let mut out = Vec::new();
    let mut i = lo;
    while i < hi {
        if py_word(chars[i]) {
            let s = i;
            while i < hi && py_word(chars[i]) {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Share of tokens lying wholly inside one of `spans`.
fn covered(toks: &[(usize, usize)], spans: &[(usize, usize)]) -> f64 {
    if toks.is_empty() {
        return 0.0;
    }
    let inside = toks.iter().filter(|(a, b)| spans.iter().any(|(s, e)| s <= a && b <= e)).count();
    inside as f64 / toks.len() as f64
}

fn slice(chars: &[char], s: usize, e: usize) -> String {
    let e = e.min(chars.len());
    chars.get(s.min(e)..e).map(|c| c.iter().collect()).unwrap_or_default()
}

fn first_chars(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// True when a gold quote is quotation: typed direct or mixed, or quote marks lie in or around it.
pub fn quoted(q: &GoldQuote, chars: &[char]) -> bool {
    let (s, e) = q.span;
    let around = slice(chars, s.saturating_sub(1), s) + &slice(chars, e, e.saturating_add(1));
    matches!(q.kind.as_deref(), Some("direct") | Some("mixed")) || q.text.contains(QMARKS) || around.contains(QMARKS)
}

/// Precision, recall and F1, each rounded to 4 places as Python's `round` does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Correct predictions / predictions.
    pub precision: f64,
    /// Gold found / gold.
    pub recall: f64,
    /// Harmonic mean of the unrounded precision and recall.
    pub f1: f64,
}

/// Python's `round(x, 4)`: the double nearest the correctly rounded decimal.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> Prf {
    let p = if n_p > 0 { tp_p as f64 / n_p as f64 } else { 0.0 };
    let r = if n_r > 0 { tp_r as f64 / n_r as f64 } else { 0.0 };
    let f1 = if p + r != 0.0 { round4(2.0 * p * r / (p + r)) } else { 0.0 };
    Prf { precision: round4(p), recall: round4(r), f1 }
}

/// Python's `repr` of a float in [0, 1]: shortest round-trip digits, always with a point.
fn py_float(x: f64) -> String {
    let s = format!("{x}");
    if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("NaN") {
        s
    } else {
        s + ".0"
    }
}

/// The scores of one run, as `score.py` reports them.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Gold articles.
    pub articles: usize,
    /// Required gold quotes (recall's denominator).
    pub gold_quotes: usize,
    /// Predicted quotes that passed the contract checks.
    pub predicted_quotes: usize,
    /// Quote spans.
    pub quotes: Prf,
    /// Quote spans with the right speaker.
    pub attribution: Prf,
    /// Gold people found among predicted speakers: (found, total).
    pub people_found: (usize, usize),
    /// Genders right where the gold states one: (right, stated).
    pub gender_accuracy: (usize, usize),
    /// Gold roles found: (found, total).
    pub roles_found: (usize, usize),
    /// Gold articles without a prediction.
    pub missing_articles: usize,
    /// Predicted quotes whose offsets or text break the contract.
    pub contract_errors: usize,
}

impl Report {
    fn prf_py(p: &Prf, json: bool) -> String {
        let q = if json { '"' } else { '\'' };
        format!(
            "{{{q}precision{q}: {}, {q}recall{q}: {}, {q}f1{q}: {}}}",
            py_float(p.precision),
            py_float(p.recall),
            py_float(p.f1)
        )
    }

    /// The plain-text report, byte for byte as `score.py` prints it (final line included).
    pub fn to_text(&self) -> String {
        let frac = |(a, b): (usize, usize)| format!("{a}/{b}");
        let rows: [(&str, String); 10] = [
            ("articles", self.articles.to_string()),
            ("gold_quotes", self.gold_quotes.to_string()),
            ("predicted_quotes", self.predicted_quotes.to_string()),
            ("quotes", Self::prf_py(&self.quotes, false)),
            ("attribution", Self::prf_py(&self.attribution, false)),
            ("people_found", frac(self.people_found)),
            ("gender_accuracy", frac(self.gender_accuracy)),
            ("roles_found", frac(self.roles_found)),
            ("missing_articles", self.missing_articles.to_string()),
            ("contract_errors", self.contract_errors.to_string()),
        ];
        let mut out = String::new();
        for (k, v) in rows {
            let _ = writeln!(out, "{k:18} {v}");
        }
        let _ = writeln!(out, "attribution F1 {:.4}", self.attribution.f1);
        out
    }

    /// The JSON report, byte for byte as `score.py --json` prints it (no newline).
    pub fn to_json(&self) -> String {
        format!(
            "{{\"articles\": {}, \"gold_quotes\": {}, \"predicted_quotes\": {}, \"quotes\": {}, \"attribution\": {}, \
             \"people_found\": \"{}/{}\", \"gender_accuracy\": \"{}/{}\", \"roles_found\": \"{}/{}\", \
             \"missing_articles\": {}, \"contract_errors\": {}}}",
            self.articles,
            self.gold_quotes,
            self.predicted_quotes,
            Self::prf_py(&self.quotes, true),
            Self::prf_py(&self.attribution, true),
            self.people_found.0,
            self.people_found.1,
            self.gender_accuracy.0,
            self.gender_accuracy.1,
            self.roles_found.0,
            self.roles_found.1,
            self.missing_articles,
            self.contract_errors
        )
    }
}

/// One error behind the scores, for `--show-misses`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// The article's id.
    pub article: String,
    /// "quote missed", "wrong speaker", "spurious quote" or "person missed".
    pub what: &'static str,
    /// The gold speaker (or, for spurious quotes, the predicted one).
    pub speaker: Option<String>,
    /// The first 70 code points of the quote.
    pub text: String,
}

impl std::fmt::Display for Miss {
    /// Tab-separated, as `score.py --show-misses` prints it (`None` for no speaker).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}\t{}\t{}\t{}", self.article, self.what, self.speaker.as_deref().unwrap_or("None"), self.text)
    }
}

/// Scores predictions against gold. `quoted_only` makes gold quotes without
/// quotation marks optional. The reference scorer's report and misses; see
/// [`score_all`] for the gender and quote-type breakdowns as well.
pub fn score(gold: &Gold, pred: &Predictions, quoted_only: bool) -> (Report, Vec<Miss>) {
    let s = score_all(gold, pred, quoted_only);
    (s.report, s.misses)
}

/// Everything `whosaid eval` prints: the reference report and what it adds.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// The numbers of `score.py`, unchanged.
    pub report: Report,
    /// The errors behind them, as `score.py --show-misses` lists them.
    pub misses: Vec<Miss>,
    /// Distinct quoted persons per article, by gender (see [`gender`]).
    pub sources_by_gender: GenderScores,
    /// Every gold person against the record's `people` (else its person speakers), by gender.
    pub people_by_gender: GenderScores,
    /// Attribution errors by quote type and kind of error (see [`kinds`]).
    pub by_kind: KindTable,
    /// Each predicted quote that passed the contract checks, judged as the precision
    /// of `quotes` and `attribution` judges it (see [`reliability`]).
    pub outcomes: Vec<Outcome>,
}

/// How one predicted quote fared.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The article's id.
    pub article: String,
    /// The quote's index in the record's `quotes`.
    pub index: usize,
    /// The record's confidence, when it gives one.
    pub confidence: Option<f64>,
    /// At least half of its words lie in gold quotes.
    pub span_right: bool,
    /// ... in gold quotes of the same speaker.
    pub attribution_right: bool,
}

impl Scores {
    /// The lines `whosaid eval` prints after the reference report: persons by
    /// gender, and with `by_kind` the error table of [`KindTable::to_text`].
    pub fn extras_text(&self, by_kind: bool) -> String {
        let mut out = String::new();
        let gold_persons: usize = self.people_by_gender.iter().map(|g| g.gold).sum();
        let _ = writeln!(
            out,
            "\n{:<18} {:>9} {:>6} {:>6} {:>9} {:>7} {:>7}",
            "by gender", "predicted", "gold", "right", "precision", "recall", "f1"
        );
        if gold_persons == 0 {
            // PolNeAR-style gold names speakers by mention span, with no kind or gender
            out.push_str("(the gold lists no speakers of kind \"person\": nothing to score by gender)\n");
        }
        for (what, s) in [("sources", &self.sources_by_gender), ("people", &self.people_by_gender)] {
            if gold_persons == 0 {
                break;
            }
            for g in s {
                let _ = writeln!(
                    out,
                    "{:<18} {:>9} {:>6} {:>6} {:>9.4} {:>7.4} {:>7.4}",
                    format!("{what} {}", g.gender),
                    g.predicted,
                    g.gold,
                    g.right,
                    g.prf.precision,
                    g.prf.recall,
                    g.prf.f1
                );
            }
        }
        if by_kind {
            out.push('\n');
            out.push_str(&self.by_kind.to_text());
        }
        out
    }

    /// The reference JSON report ([`Report::to_json`], its keys and values
    /// unchanged) with `sources_by_gender`, `people_by_gender` and, with
    /// `by_kind`, `by_kind` added at the end.
    pub fn to_json(&self, by_kind: bool) -> String {
        let mut extra = serde_json::Map::new();
        extra.insert("sources_by_gender".into(), gender::to_json(&self.sources_by_gender));
        extra.insert("people_by_gender".into(), gender::to_json(&self.people_by_gender));
        if by_kind {
            extra.insert("by_kind".into(), self.by_kind.to_json());
        }
        let extra = serde_json::Value::Object(extra).to_string();
        let base = self.report.to_json();
        match (base.strip_suffix('}'), extra.strip_prefix('{')) {
            (Some(b), Some(e)) if e.len() > 1 => format!("{b}, {e}"),
            _ => base,
        }
    }
}

/// Scores predictions against gold: [`score`]'s report and misses, plus the
/// gender scores and the error breakdown by quote type.
pub fn score_all(gold: &Gold, pred: &Predictions, quoted_only: bool) -> Scores {
    let mut sources = gender::Tally::default();
    let mut people = gender::Tally::default();
    let mut by_kind = KindTable::default();
    let mut r = Report {
        articles: gold.len(),
        gold_quotes: 0,
        predicted_quotes: 0,
        quotes: prf(0, 0, 0, 0),
        attribution: prf(0, 0, 0, 0),
        people_found: (0, 0),
        gender_accuracy: (0, 0),
        roles_found: (0, 0),
        missing_articles: 0,
        contract_errors: 0,
    };
    let (mut q_ok, mut a_ok, mut q_found, mut a_found) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    let mut outcomes = Vec::new();
    let empty = Prediction::default();
    for g in gold {
        let chars: Vec<char> = g.text.chars().collect();
        let p = match pred.get(&g.id) {
            Some(p) => p,
            None => {
                r.missing_articles += 1;
                &empty
            }
        };
        // speakers by id: a later speaker with the same id replaces an earlier one, in place
        let mut sp: Vec<(Option<&str>, &PredSpeaker)> = Vec::new();
        for s in &p.speakers {
            match sp.iter_mut().find(|(id, _)| *id == s.id.as_deref()) {
                Some(slot) => slot.1 = s,
                None => sp.push((s.id.as_deref(), s)),
            }
        }
        let sp_get = |id: Option<&str>| sp.iter().find(|(k, _)| *k == id).map(|(_, s)| *s);
        let gold_speaker = |q: &GoldQuote| -> Option<GoldSp> {
            let name = q.speaker.as_ref()?;
            if let Some([s, e, ..]) = q.speaker_span.as_deref() {
                return Some(GoldSp { name: Some(name.clone()), kind: Some("mention".into()), span: Some((*s, *e)) });
            }
            // a speaker missing from the gold list (Python would stop with KeyError): a person by that name
            Some(match g.speakers.iter().rev().find(|s| s.name.as_deref() == Some(name.as_str())) {
                Some(s) => GoldSp::from(s),
                None => GoldSp { name: Some(name.clone()), kind: Some("person".into()), span: None },
            })
        };
        let mut pq: Vec<(usize, usize, Option<&PredSpeaker>, Option<Loose>)> = Vec::new();
        let mut pq_kinds: Vec<Option<&str>> = Vec::new();
        let mut pq_index: Vec<(usize, Option<f64>)> = Vec::new();
        for (qi, q) in p.quotes.iter().enumerate() {
            let ok = match (q.start, q.end) {
                (Some(s), Some(e)) if 0 <= s && s <= e && e as usize <= chars.len() => {
                    q.text.as_ref().is_none_or(|t| slice(&chars, s as usize, e as usize) == *t)
                }
                _ => false,
            };
            if !ok {
                r.contract_errors += 1;
                continue;
            }
            let (s, e) = (q.start.unwrap_or(0) as usize, q.end.unwrap_or(0) as usize);
            pq.push((s, e, sp_get(q.speaker.as_deref()), q.mention));
            pq_kinds.push(q.kind.as_deref());
            pq_index.push((qi, q.confidence));
        }
        let gq: Vec<(usize, usize, Option<GoldSp>, &GoldQuote)> =
            g.quotes.iter().map(|q| (q.span.0, q.span.1, gold_speaker(q), q)).collect();
        let pred_spans: Vec<(usize, usize)> = pq.iter().map(|(a, b, _, _)| (*a, *b)).collect();
        // recall over required gold quotes
        for (s, e, gs, q) in &gq {
            if !q.required || (quoted_only && !quoted(q, &chars)) {
                continue;
            }
            r.gold_quotes += 1;
            let row = by_kind.row_mut(q.kind.as_deref());
            row.gold += 1;
            let toks = tokens(&chars, *s, *e);
            let miss = |what| Miss { article: g.id.clone(), what, speaker: q.speaker.clone(), text: first_chars(&q.text, 70) };
            if covered(&toks, &pred_spans) >= 0.5 {
                q_found += 1;
                let right: Vec<(usize, usize)> =
                    pq.iter().filter(|(_, _, ps, pm)| same_speaker(gs.as_ref(), *ps, *pm)).map(|(a, b, _, _)| (*a, *b)).collect();
                row.found += 1;
                if covered(&toks, &right) >= 0.5 {
                    a_found += 1;
                    row.right += 1;
                } else {
                    row.wrong_speaker += 1;
                    misses.push(miss("wrong speaker"));
                }
            } else {
                row.missed += 1;
                misses.push(miss("quote missed"));
            }
        }
        // precision over predictions
        let gold_spans: Vec<(usize, usize)> = gq.iter().map(|(a, b, _, _)| (*a, *b)).collect();
        for (((s, e, ps, pm), kind), &(index, confidence)) in pq.iter().zip(&pq_kinds).zip(&pq_index) {
            r.predicted_quotes += 1;
            by_kind.row_mut(*kind).predicted += 1;
            let toks = tokens(&chars, *s, *e);
            let mut outcome = Outcome { article: g.id.clone(), index, confidence, span_right: false, attribution_right: false };
            if covered(&toks, &gold_spans) >= 0.5 {
                q_ok += 1;
                outcome.span_right = true;
                let right: Vec<(usize, usize)> =
                    gq.iter().filter(|(_, _, gs, _)| same_speaker(gs.as_ref(), *ps, *pm)).map(|(a, b, _, _)| (*a, *b)).collect();
                if covered(&toks, &right) >= 0.5 {
                    a_ok += 1;
                    outcome.attribution_right = true;
                }
            } else {
                by_kind.row_mut(*kind).spurious += 1;
                misses.push(Miss {
                    article: g.id.clone(),
                    what: "spurious quote",
                    speaker: ps.and_then(|s| s.name.clone()),
                    text: first_chars(&slice(&chars, *s, *e), 70),
                });
            }
            outcomes.push(outcome);
        }
        // speaker profiles
        for gs in &g.speakers {
            if gs.kind.clone().flatten().as_deref() != Some("person") {
                continue;
            }
            r.people_found.1 += 1;
            let gsp = GoldSp::from(gs);
            let Some(m) = sp.iter().map(|(_, s)| *s).find(|ps| same_speaker(Some(&gsp), Some(ps), None)) else {
                misses.push(Miss { article: g.id.clone(), what: "person missed", speaker: gs.name.clone(), text: String::new() });
                continue;
            };
            r.people_found.0 += 1;
            if matches!(gs.gender.as_deref(), Some("female") | Some("male")) {
                r.gender_accuracy.1 += 1;
                if m.gender == gs.gender {
                    r.gender_accuracy.0 += 1;
                }
            }
            for role in &gs.roles {
                r.roles_found.1 += 1;
                let got = m
                    .roles
                    .iter()
                    .map(|(t, o)| norm(t.as_deref()) + " " + &norm(o.as_deref()))
                    .collect::<Vec<_>>()
                    .join(" ");
                let org = norm(role.organization.as_deref());
                let last = org.split(' ').rfind(|w| !w.is_empty());
                if got.contains(&norm(role.title.as_deref())) && last.is_none_or(|w| got.contains(w)) {
                    r.roles_found.0 += 1;
                }
            }
        }
        // persons by gender: quoted ones (sources), and everyone named (people)
        let quoted_gold: Vec<&str> = g.quotes.iter().filter_map(|q| q.speaker.as_deref()).collect();
        let gold_persons = || g.speakers.iter().filter(|s| s.kind.clone().flatten().as_deref() == Some("person"));
        let gold_sources = gold_persons().filter(|s| s.name.as_deref().is_some_and(|n| quoted_gold.contains(&n)));
        let pred_persons = || sp.iter().map(|(_, s)| *s).filter(|s| s.kind.as_deref() == Some("person"));
        let pred_sources = pred_persons().filter(|s| pq.iter().any(|(_, _, ps, _)| ps.is_some_and(|x| std::ptr::eq(x, *s))));
        sources.add(
            gold_sources.map(|s| (s.name.as_deref(), s.gender.as_deref())),
            pred_sources.map(|s| (s.name.as_deref(), s.gender.as_deref())),
        );
        let gold_all = gold_persons().map(|s| (s.name.as_deref(), s.gender.as_deref()));
        match &p.people {
            Some(list) => people.add(gold_all, list.iter().map(|x| (x.name.as_deref(), x.gender.as_deref()))),
            None => people.add(gold_all, pred_persons().map(|s| (s.name.as_deref(), s.gender.as_deref()))),
        }
    }
    r.quotes = prf(q_ok, r.predicted_quotes, q_found, r.gold_quotes);
    r.attribution = prf(a_ok, r.predicted_quotes, a_found, r.gold_quotes);
    Scores {
        report: r,
        misses,
        sources_by_gender: sources.scores(),
        people_by_gender: people.scores(),
        by_kind,
        outcomes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_drops_honorifics_and_expands_aliases() {
        assert_eq!(norm(Some("Mr. John  Smith")), "john smith");
        assert_eq!(norm(Some("U.N.")), "united nations");
        assert_eq!(norm(Some("Straße")), "strasse");
        assert_eq!(norm(Some("ﬁnance")), "finance");
        assert_eq!(norm(None), "");
    }

    #[test]
    fn python_float_repr() {
        assert_eq!(py_float(1.0), "1.0");
        assert_eq!(py_float(0.0), "0.0");
        assert_eq!(py_float(round4(2.0 / 3.0)), "0.6667");
        assert_eq!(round4(0.03125), 0.0312);
    }

    #[test]
    fn person_names_match_by_surname_and_initial() {
        let g = GoldSp { name: Some("Nora Castellano".into()), kind: Some("person".into()), span: None };
        let p = |n: &str| PredSpeaker { name: Some(n.into()), ..Default::default() };
        assert!(same_speaker(Some(&g), Some(&p("Castellano")), None));
        assert!(same_speaker(Some(&g), Some(&p("N. Castellano")), None));
        assert!(!same_speaker(Some(&g), Some(&p("Paul Castellano")), None));
        assert!(!same_speaker(Some(&g), None, None));
        assert!(same_speaker(None, None, None));
    }

    #[test]
    fn tokens_are_code_points() {
        let c: Vec<char> = "é a_b, 12".chars().collect();
        assert_eq!(tokens(&c, 0, c.len()), vec![(0, 1), (2, 5), (7, 9)]);
    }
}
