//! `whosaid debug STAGE FILE`: one stage's intermediate result, one line per item.
//!
//! Lines start with a tag (`P3`, `P3.S2`, `A7`, `s1`, `N4` ...) so that `grep`
//! finds an item and its neighbours; spans are code points into the text, as
//! in the article record. Every document of the input gets a `== id ==` header.

use anyhow::Result;
use std::fmt::Write as _;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::attribute::{lexicon::lexicon, Attribution, SpeakerRef};
use whosaid::pipeline::Trace;
use whosaid::segment::TokKind;
use whosaid::text::CharMap;
use whosaid::{Article, FurnitureKind, Span};

/// A pipeline stage `whosaid debug` can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Stage {
    /// Each paragraph with its role: body, headline or furniture kind.
    Layout,
    /// Numbered sentences per story paragraph.
    Sentences,
    /// Paired quotation marks, closed or running to the paragraph's end.
    Quotes,
    /// Cue words found and the rule that used them (or "unused").
    Cues,
    /// Each attribution: rule, kind, confidence, cue, mention, content.
    Attributions,
    /// Each speaker: kind, gender and evidence, roles, mentions, and the quotes linked and why.
    Speakers,
    /// People with occurrences and titles, then other names (organizations, places).
    Names,
}

/// Arguments of `whosaid debug`.
#[derive(clap::Args)]
pub struct DebugArgs {
    /// The stage to print.
    #[arg(value_enum)]
    pub stage: Stage,
    /// Any input `analyze` reads (text, HTML, WARC, JSONL; `-` for stdin).
    pub file: PathBuf,
}

/// Prints the stage for every document of the input; exit 1 if a record failed.
pub fn run(a: &DebugArgs) -> Result<ExitCode> {
    let analyzer = whosaid::Analyzer::new();
    let inputs = whosaid_ingest::open(&a.file)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for item in inputs {
        let input = match item {
            Ok(i) => i,
            Err(e) => {
                failed |= !e.is_skip();
                eprintln!("whosaid: skipped {e}");
                continue;
            }
        };
        let (art, trace) = analyzer.analyze_traced(&input.doc);
        let mut s = format!("== {} ==\n", art.id);
        let v = View { text: &art.text, map: CharMap::new(&art.text) };
        match a.stage {
            Stage::Layout => layout(&v, &art, &trace, &mut s),
            Stage::Sentences => sentences(&v, &trace, &mut s),
            Stage::Quotes => quotes(&v, &trace, &mut s),
            Stage::Cues => cues(&v, &trace, &mut s),
            Stage::Attributions => attributions(&v, &trace, &mut s),
            Stage::Speakers => speakers(&v, &art, &trace, &mut s),
            Stage::Names => names(&v, &trace, &mut s),
        }
        if out.write_all(s.as_bytes()).is_err() {
            return Ok(ExitCode::SUCCESS); // reader went away
        }
    }
    let _ = out.flush();
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The text with its byte -> code point map.
struct View<'a> {
    text: &'a str,
    map: CharMap,
}

impl View<'_> {
    /// `start..end` in code points for a byte range.
    fn at(&self, r: (usize, usize)) -> String {
        let s = self.map.span(r.0, r.1);
        format!("{}..{}", s.start, s.end)
    }
    /// The byte range's text on one line, cut to `max` characters.
    fn excerpt(&self, r: (usize, usize), max: usize) -> String {
        one_line(self.text.get(r.0..r.1).unwrap_or(""), max)
    }
    /// The code-point span's text on one line, cut to `max` characters.
    fn chars(&self, s: Span, max: usize) -> String {
        let b = |c| self.map.byte_at(c, self.text.len());
        self.excerpt((b(s.start), b(s.end)), max)
    }
}

/// Whitespace runs collapsed to one space, cut to `max` characters with "…".
fn one_line(s: &str, max: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn furniture_name(k: FurnitureKind) -> String {
    match k {
        FurnitureKind::Headline => "headline".into(),
        k => format!("furniture:{}", json_name(&k)),
    }
}

fn layout(v: &View, art: &Article, t: &Trace, s: &mut String) {
    let _ = writeln!(s, "headline\t{}", art.headline.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "byline\t{}", art.byline.as_deref().unwrap_or("-"));
    let _ = writeln!(s, "published\t{}", art.published.as_deref().unwrap_or("-"));
    if let Some(sy) = &art.syndication {
        let _ = writeln!(s, "syndication\t{}..{}\t{}", sy.start, sy.end, sy.original_publisher.as_deref().unwrap_or("-"));
    }
    // body paragraphs and furniture, in text order; text paragraphs that are neither are "none"
    let mut items: Vec<(Span, String)> = Vec::new();
    for f in &art.furniture {
        let mut role = furniture_name(f.kind);
        if let Some(c) = &f.credit {
            role = format!("{role}(credit: {c})");
        }
        items.push((Span::new(f.start, f.end), role));
    }
    items.extend(t.layout.body.iter().map(|&sp| (sp, "body".to_string())));
    for (bs, be) in whosaid::layout::paragraphs(v.text) {
        let sp = v.map.span(bs, be);
        if !items.iter().any(|(x, _)| x.overlaps(sp)) {
            items.push((sp, "none".into()));
        }
    }
    items.sort_by_key(|(sp, _)| (sp.start, sp.end));
    for (i, (sp, role)) in items.iter().enumerate() {
        let _ = writeln!(s, "P{}\t{}\t{}..{}\t{}", i + 1, role, sp.start, sp.end, v.chars(*sp, 100));
    }
}

fn sentences(v: &View, t: &Trace, s: &mut String) {
    for (pi, p) in t.paragraphs.iter().enumerate() {
        for (si, st) in p.sentences.iter().enumerate() {
            let (Some(a), Some(b)) = (p.tokens.get(st.start), st.end.checked_sub(1).and_then(|e| p.tokens.get(e))) else {
                continue;
            };
            let r = (a.start, b.end);
            let _ = writeln!(s, "P{}.S{}\t{}\t{}", pi + 1, si + 1, v.at(r), v.excerpt(r, 400));
        }
    }
}

fn quotes(v: &View, t: &Trace, s: &mut String) {
    for (pi, p) in t.paragraphs.iter().enumerate() {
        for (qi, q) in p.quotes.iter().enumerate() {
            let Some(open) = p.tokens.get(q.open) else { continue };
            let (state, end) = match q.close.and_then(|c| p.tokens.get(c)) {
                Some(c) => ("closed", c.end),
                None => ("open-to-paragraph-end", p.end),
            };
            let marks = if q.single { "single" } else { "double" };
            let r = (open.start, end);
            let _ = writeln!(s, "P{}.Q{}\t{marks}\t{state}\t{}\t{}", pi + 1, qi + 1, v.at(r), v.excerpt(r, 120));
        }
    }
}

fn cues(v: &View, t: &Trace, s: &mut String) {
    let lex = lexicon();
    for (pi, p) in t.paragraphs.iter().enumerate() {
        for (ti, tok) in p.tokens.iter().enumerate() {
            if tok.kind != TokKind::Word {
                continue;
            }
            let w = tok.text(v.text).to_lowercase();
            let class = lex.cues.get(w.as_str());
            let r = (tok.start, tok.end);
            let used: Vec<String> = t
                .attributions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.cue.is_some_and(|c| c.0 <= tok.start && tok.end <= c.1))
                .map(|(ai, a)| format!("A{} {}", ai + 1, a.rule))
                .collect();
            if class.is_none() && used.is_empty() {
                continue;
            }
            let class = class.map_or("-".to_string(), |c| format!("{c:?}").to_lowercase());
            let quoted = if p.quoted(ti) { " (inside quotes)" } else { "" };
            let by = if used.is_empty() { format!("unused{quoted}") } else { used.join(", ") };
            let ctx = (p.start.max(tok.start.saturating_sub(40)), p.end.min(tok.end + 40));
            let ctx = (floor(v.text, ctx.0), floor(v.text, ctx.1));
            let _ = writeln!(s, "P{}\t{}\t{}\t{class}\t{by}\t…{}…", pi + 1, v.at(r), w, v.excerpt(ctx, 100));
        }
    }
}

/// The nearest char boundary at or before byte `b`.
fn floor(text: &str, mut b: usize) -> usize {
    b = b.min(text.len());
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    b
}

fn speaker_ref(v: &View, a: &Attribution) -> String {
    match &a.speaker {
        SpeakerRef::Mention(m) => {
            let mut out = format!("mention=\"{}\"@{}", v.excerpt(m.span, 60), v.at(m.span));
            if let Some(ap) = m.appositive {
                let _ = write!(out, " appositive=\"{}\"", v.excerpt(ap, 60));
            }
            if let Some(an) = m.antecedent {
                let _ = write!(out, " antecedent=\"{}\"", v.excerpt(an, 60));
            }
            out
        }
        SpeakerRef::Inherit(i) => format!("inherits=A{}", i + 1),
        SpeakerRef::Unknown => "speaker=unknown".into(),
    }
}

fn attributions(v: &View, t: &Trace, s: &mut String) {
    for (ai, a) in t.attributions.iter().enumerate() {
        let kind = format!("{:?}", a.kind).to_lowercase();
        let cue = a.cue.map_or("-".to_string(), |c| format!("\"{}\"@{}", v.excerpt(c, 40), v.at(c)));
        let to = a.addressee.map_or(String::new(), |r| format!(" to=\"{}\"", v.excerpt(r, 40)));
        let _ = writeln!(
            s,
            "A{}\tP{}\t{}\t{kind}\tconf={:.2}\tcue={cue}\t{}{to}\t{}\t\"{}\"",
            ai + 1,
            a.paragraph + 1,
            a.rule,
            a.confidence,
            speaker_ref(v, a),
            v.at(a.content),
            v.excerpt(a.content, 90)
        );
    }
}

fn speakers(v: &View, art: &Article, t: &Trace, s: &mut String) {
    for sp in &art.speakers {
        let roles: Vec<String> = sp
            .roles
            .iter()
            .map(|r| match &r.organization {
                Some(o) => format!("{} @ {o}", r.title),
                None => r.title.clone(),
            })
            .collect();
        let _ = writeln!(
            s,
            "{}\t{}\tkind={}\tgender={} ({}{})\troles=[{}]",
            sp.id,
            sp.name,
            json_name(&sp.kind),
            json_name(&sp.gender),
            json_name(&sp.gender_evidence),
            sp.gender_evidence_text.as_deref().map_or(String::new(), |e| format!(": {e}")),
            roles.join("; ")
        );
        let ms: Vec<String> = sp.mentions.iter().map(|m| format!("{}@{}", m.text, m.start)).collect();
        let _ = writeln!(s, "{}.mentions\t{}\t{}", sp.id, ms.len(), ms.join(" | "));
        for (qi, q) in art.quotes.iter().enumerate() {
            if q.speaker.as_deref() != Some(sp.id.as_str()) {
                continue;
            }
            let why = match t.attributions.get(qi) {
                Some(a) => match &a.speaker {
                    SpeakerRef::Mention(m) => format!("mention \"{}\" ({})", v.excerpt(m.span, 50), a.rule),
                    SpeakerRef::Inherit(i) => format!("continues q{} ({})", i + 1, a.rule),
                    SpeakerRef::Unknown => format!("unknown ({})", a.rule),
                },
                None => "-".into(),
            };
            let _ = writeln!(
                s,
                "{}.{}\t{}..{}\tvia {why}\t\"{}\"",
                sp.id,
                q.id,
                q.start,
                q.end,
                one_line(&q.text, 80)
            );
        }
    }
    let unknown: Vec<&str> = art.quotes.iter().filter(|q| q.speaker.is_none()).map(|q| q.id.as_str()).collect();
    if !unknown.is_empty() {
        let _ = writeln!(s, "unattributed\t{}\t{}", unknown.len(), unknown.join(" "));
    }
}

/// A model enum's JSON name ("person", "name_lexicon").
fn json_name<T: serde::Serialize>(x: &T) -> String {
    serde_json::to_string(x).unwrap_or_default().trim_matches('"').to_string()
}

fn names(v: &View, t: &Trace, s: &mut String) {
    for (i, p) in t.names.people.iter().enumerate() {
        let occ: Vec<String> = p.occurrences.iter().map(|&r| format!("{}@{}", v.excerpt(r, 40), v.map.char_at(r.0))).collect();
        let titles: Vec<String> = p
            .roles
            .iter()
            .map(|r| match &r.organization {
                Some(o) => format!("{} ({o})", r.title),
                None => r.title.clone(),
            })
            .collect();
        let _ = writeln!(
            s,
            "N{}\t{}\tlast={}\thonorific={}\ttitles=[{}]\toccurrences={}\t{}",
            i + 1,
            p.full,
            p.last,
            p.honorific.as_deref().unwrap_or("-"),
            titles.join("; "),
            occ.len(),
            occ.join(" | ")
        );
    }
    for r in &t.names.runs {
        if r.person.is_some() {
            continue;
        }
        let kind = format!("{:?}", r.kind).to_lowercase();
        let _ = writeln!(s, "{kind}\t{}\t{}", v.at(r.span), v.excerpt(r.span, 60));
    }
}
