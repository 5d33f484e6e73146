//! Broadcast transcripts and podcasts printed as text. A speaker's label opens each turn:
//! "KYRA PHILLIPS, CNN ANCHOR: ...", "Ms. ASMA HANIF (Muslima Anisah): ...", "S. O'BRIEN:
//! ...", "Tavis Smiley: ...". It stands at a paragraph's or a line's start, on a line of its
//! own, or, once the article is known for a transcript, after a sentence inside a paragraph
//! (PBS prints its transcripts run on). A turn is the labelled speaker's words, and goes on in
//! the paragraphs after it up to the next label.

use super::{MentionSpan, Range};
use crate::segment::Paragraph;

/// One turn of a transcript: who speaks (the label's name, its description as an
/// appositive), the label's colon, and the words spoken, none for a label on a line of its
/// own; `goes_on` for a paragraph without a label, its words the last speaker's.
#[derive(Debug, Clone)]
pub(crate) struct Turn {
    pub speaker: MentionSpan,
    pub colon: Option<Range>,
    pub content: Range,
    pub goes_on: bool,
}

/// A speaker's label read at a position: the name's byte range (an honorific before it
/// included), the description's after a comma or in brackets, the colon's position, and
/// whether the name is printed in capitals.
#[derive(Debug, Clone, Copy)]
struct Label {
    start: usize,
    name: Range,
    description: Option<Range>,
    colon: usize,
    caps: bool,
    words: usize,
    /// One word of two or three letters: initials ("NK:"), or an acronym ("LOB:", "AP:"),
    /// no evidence of a transcript.
    short: bool,
}

/// Honorifics that may open a transcript's label ("Ms. HANIF:", "Dr. ALVAREZ:").
const HONORIFICS: &[&str] = &["Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Miss ", "Prof. ", "Sen. ", "Rep. ", "Gov. "];

/// Words no name in capitals holds ("STAT OF THE WEEK:", "UP NEXT:", a screen's "SUBTITLE:", a
/// letter's "DEAR ABBY:").
const STOP_WORDS: &[&str] = &["of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "from", "up", "next", "this", "that", "week", "day", "today", "news", "update", "note", "more", "read", "watch", "live", "subtitle", "subtitles", "graphic", "caption", "chyron", "text", "dear"];

/// Nouns an unidentified speaker is labelled by ("UNIDENTIFIED MALE:", "Unidentified Woman:").
const UNIDENTIFIED: &[&str] = &["man", "woman", "male", "female", "person", "speaker", "voice", "child", "boy", "girl", "reporter", "participant", "caller"];

/// The label at byte `at` of `text`, its colon before `end`.
fn label_at(text: &str, at: usize, end: usize) -> Option<Label> {
    let s = text.get(at..end)?;
    if !s.starts_with(char::is_uppercase) {
        return None;
    }
    // (a label is short: its colon within 120 bytes, on the label's line)
    let mut n = s.len().min(120);
    while !s.is_char_boundary(n) {
        n -= 1;
    }
    let window = &s[..n];
    let colon = window.find(':')?;
    let head = &s[..colon];
    if head.is_empty() || head.contains(['\n', '"', '“', '”', ';', '?', '!', '\t']) {
        return None;
    }
    // after the colon, a space, a line's end or the paragraph's (not "10:30")
    if s[colon + 1..].chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let hon = HONORIFICS.iter().find(|h| head.starts_with(**h)).map_or(0, |h| h.len());
    let name_end = head.find([',', '(']).unwrap_or(head.len());
    // titles before the name are its description: "GOVERNOR TOBIAS KELLERMANN:" (two words
    // of a name left at least)
    let mut titles: Option<Range> = None;
    let mut skip = 0;
    if hon == 0 {
        let lex = super::lexicon::lexicon();
        let mut at_word = 0;
        let words_left = |from: usize| head.get(from..name_end).map_or(0, |r| r.split(' ').filter(|w| !w.is_empty()).count());
        while let Some(w) = head.get(at_word..name_end).and_then(|r| r.split(' ').next()) {
            if w.is_empty() || words_left(at_word) <= 2 || !lex.is_title(&crate::text::lower(w.trim_end_matches('.'))) {
                break;
            }
            titles = Some((titles.map_or(at, |t| t.0), at + at_word + w.len()));
            at_word += w.len() + 1;
        }
        skip = at_word;
    }
    let name = head.get(hon + skip..name_end)?.trim_end();
    if name.is_empty() || name.len() > 48 {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() > 4 || words.iter().any(|w| w.is_empty()) {
        return None;
    }
    let mark = |c: char| matches!(c, '\'' | '’' | '-' | '.');
    // an initial, "S.", or a word in capitals ("O'BRIEN", "KÖKSAL")
    let initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next() == Some('.') && cs.next().is_none()
    };
    let caps_word = |w: &str| w.chars().all(|c| c.is_uppercase() || mark(c)) && w.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let title_word = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase) && cs.all(|c| c.is_alphabetic() || mark(c))
    };
    let caps = words.iter().all(|w| initial(w) || caps_word(w)) && words.iter().any(|w| caps_word(w));
    let mixed = !caps && words.iter().all(|w| title_word(w));
    if !caps && !mixed {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| crate::text::lower(w.trim_end_matches('.'))).collect();
    let unidentified = lower.len() == 2 && lower[0] == "unidentified" && UNIDENTIFIED.contains(&lower[1].as_str());
    if !unidentified {
        // no heading of common words ("NOTES:", "EDITOR'S NOTE:", "UP NEXT:"), no place's
        // name ("LONDON:", a dateline), no acronym of a few letters ("LOB:", "AP:")
        // (a speaker's initials, "NK:", "TS:", are a label only once the article is known
        // for a transcript: [`Label::short`])
        let named = |w: &str| !crate::lexicon::names::is_common_word(w) || crate::lexicon::names::is_known_surname(w) || crate::lexicon::names::is_known_first_name(&crate::resolve::title_case(w));
        // (each word of a name: "SHORT READS:", "STAT OF THE WEEK:" are headings)
        if hon == 0 && !words.iter().zip(&lower).all(|(w, l)| (initial(w) && words.len() > 1) || (l.len() >= 2 && named(l) && !STOP_WORDS.contains(&l.as_str()))) {
            return None;
        }
        let cased: Vec<String> = words.iter().map(|w| crate::resolve::title_case(w)).collect();
        if crate::lexicon::places::place_kind(&cased.join(" ")).is_some() {
            return None;
        }
        // in capitals and lower case, a name: a known given name first, or a surname the
        // article gives in full ("Tavis:", "Tavis Smiley:")
        if mixed && hon == 0 {
            // (two words at least: "Rubio: Finish second", "Clinton: 1,769" head a listicle's
            // items)
            if words.len() < 2 {
                return None;
            }
            let given = crate::lexicon::names::first_name_gender(words[0]).is_some_and(|g| g.count >= 1_000);
            if !given || lower.iter().any(|w| crate::lexicon::names::is_common_word(w) && !crate::lexicon::names::is_known_surname(w)) {
                return None;
            }
        }
    }
    // the description: after a comma up to the colon ("CNN ANCHOR", "Former U.S. Secretary
    // of Defense"), or in brackets right before it ("(Muslima Anisah)")
    let description = match head.as_bytes().get(name_end) {
        None => None,
        Some(b',') => {
            let d = head[name_end + 1..].trim();
            if d.is_empty() || d.len() > 90 || crate::text::word_count(d) > 10 {
                return None;
            }
            let from = at + name_end + 1 + (head[name_end + 1..].len() - head[name_end + 1..].trim_start().len());
            Some((from, from + d.len()))
        }
        Some(_) => {
            let inner = head[name_end + 1..].strip_suffix(')')?;
            if inner.is_empty() || inner.contains(['(', ')']) || inner.len() > 90 {
                return None;
            }
            Some((at + name_end + 1, at + name_end + 1 + inner.len()))
        }
    };
    let description = description.or(titles);
    let short = words.len() == 1 && hon == 0 && name.chars().count() < 4;
    Some(Label { start: at, name: (at + skip, at + hon + skip + name.len()), description, colon: at + colon, caps, words: words.len(), short })
}

/// The words spoken in `[start, end)`: trimmed, and without a last full stop or comma, as
/// the other rules give a quotation's words.
fn spoken(text: &str, start: usize, end: usize) -> Range {
    let (s, e) = super::trim(text, start, end);
    let t = text.get(s..e).unwrap_or("");
    // (a turn printed as one quotation, "“We will act as needed.”": its words inside the marks)
    let open = t.chars().next().filter(|c| matches!(c, '"' | '“'));
    let close = t.chars().last().filter(|c| matches!(c, '"' | '”'));
    if let (Some(o), Some(c)) = (open, close) {
        // (a lone mark is no quotation: the slice is read only when both marks fit)
        let inner = t.get(o.len_utf8()..t.len().saturating_sub(c.len_utf8())).filter(|_| t.len() > o.len_utf8() + c.len_utf8());
        if inner.is_some_and(|i| !i.contains(['"', '“', '”'])) {
            return (s + o.len_utf8(), e - c.len_utf8());
        }
    }
    match t {
        t if t.ends_with(['.', ',']) && !t.ends_with("...") => (s, e - 1),
        _ => (s, e),
    }
}

/// True for a line that is a person's name alone, as podcast transcripts print a speaker over
/// each turn ("Ira Glass", then the turn): two or three capitalised words, the first a given
/// name (a thousand births); no colon, nothing else. Not the layout's
/// `layout::rules::name_line`, a byline's name: a common word that is a surname too may end
/// this one ("Glass"), and no word is in capitals throughout (a label's, read apart).
pub(crate) fn name_line(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 40 || t.len() < 5 {
        return false;
    }
    let words: Vec<&str> = t.split(' ').collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().any(char::is_lowercase) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
        && crate::lexicon::names::first_name_gender(words[0]).is_some_and(|g| g.count >= 1_000)
        && !words.iter().any(|w| crate::lexicon::names::is_common_word(w) && !crate::lexicon::names::is_known_surname(w) && !crate::lexicon::names::is_known_first_name(w))
}

/// The names that stand alone on two lines at least of `lines` ([`name_line`]): a
/// transcript's speakers.
pub(crate) fn repeated_name_lines<'t>(lines: impl Iterator<Item = &'t str>) -> Vec<&'t str> {
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for l in lines.map(str::trim).filter(|l| name_line(l)) {
        match seen.iter_mut().find(|(n, _)| *n == l) {
            Some((_, c)) => *c += 1,
            None => seen.push((l, 1)),
        }
    }
    seen.into_iter().filter(|(_, c)| *c >= 2).map(|(n, _)| n).collect()
}

/// True for a paragraph that is a stage direction only: "(SOUNDBITE OF MUSIC)", "[theme]",
/// "(BREAK)".
fn stage_direction(p: &str) -> bool {
    let t = p.trim();
    (t.starts_with('(') && t.ends_with(')')) || (t.starts_with('[') && t.ends_with(']'))
}

/// The line starts of paragraph `p` (its start first), past leading spaces.
fn line_starts<'a>(text: &'a str, p: &'a Paragraph) -> impl Iterator<Item = usize> + 'a {
    let body = text.get(p.start..p.end).unwrap_or("");
    std::iter::once(0).chain(memchr::memchr_iter(b'\n', body.as_bytes()).map(|k| k + 1)).filter_map(move |k| {
        let line = body.get(k..)?;
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        (k + lead < body.len()).then_some(p.start + k + lead)
    })
}

/// The labels inside paragraph `p` after a sentence's end ("... catastrophic damage. JUDY
/// WOODRUFF: ...", "(BREAK) JUDY WOODRUFF: ..."): in capitals, two words at least or an
/// honorific, or a name `known` as a label elsewhere.
fn inner_labels(text: &str, p: &Paragraph, known: &[&str]) -> Vec<Label> {
    let body = text.get(p.start..p.end).unwrap_or("");
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut k = 1;
    while k < bytes.len() {
        // a capital after white space, after a sentence's end or a bracket's
        if bytes[k - 1].is_ascii_whitespace() && (bytes[k].is_ascii_uppercase() || bytes[k] >= 0x80) && body.is_char_boundary(k) {
            let before = body[..k].trim_end();
            let ends = before.ends_with(['.', '?', '!', ')', ']', '”', '"', '—']);
            if ends {
                if let Some(l) = label_at(text, p.start + k, p.end) {
                    let name = text.get(l.name.0..l.name.1).unwrap_or("");
                    if l.caps && !l.short && (l.words >= 2 || name.contains(". ") || known.contains(&name)) {
                        k = l.colon - p.start + 1;
                        out.push(l);
                        continue;
                    }
                }
            }
        }
        k += 1;
    }
    out
}

/// The turns of each paragraph when the article is a transcript (two labels in capitals
/// at least at paragraphs' or lines' starts, or three names in capitals and lower case);
/// `None` otherwise. `skip` paragraphs (the headline) hold none.
pub(crate) fn turns(text: &str, paras: &[Paragraph], skip: usize) -> Option<Vec<Vec<Turn>>> {
    // labels at line starts, per paragraph (one cheap colon test a line: most articles have
    // none)
    let mut at_lines: Vec<Vec<Label>> = Vec::with_capacity(paras.len());
    let (mut caps, mut mixed) = (0, 0);
    // ("Ira Glass" alone over each of his turns: a name on two lines of its own at least)
    let named_lines = repeated_name_lines(paras.iter().skip(skip).filter_map(|p| text.get(p.start..p.end)));
    for (pi, p) in paras.iter().enumerate() {
        let mut here = Vec::new();
        let whole = text.get(p.start..p.end).unwrap_or("").trim();
        // (then any name alone on a line: "Tomas Brenn" over his one turn)
        if pi >= skip && !named_lines.is_empty() && name_line(whole) {
            let start = p.start + (text[p.start..p.end].len() - text[p.start..p.end].trim_start().len());
            here.push(Label { start, name: (start, start + whole.len()), description: None, colon: p.end, caps: true, words: whole.split(' ').count(), short: false });
            caps += 1;
        } else if pi >= skip && memchr::memchr(b':', text.as_bytes().get(p.start..p.end).unwrap_or_default()).is_some() {
            for at in line_starts(text, p) {
                let line_end = text[at..p.end].find('\n').map_or(p.end, |k| at + k);
                if !text[at..line_end].contains(':') {
                    continue;
                }
                if let Some(l) = label_at(text, at, p.end) {
                    if l.short {
                    } else if l.caps {
                        caps += 1;
                    } else {
                        mixed += 1;
                    }
                    here.push(l);
                }
            }
        }
        at_lines.push(here);
    }
    // names labelled at a line's start: alone later, inside a paragraph, a label too
    let known: Vec<&str> = at_lines.iter().flatten().filter(|l| l.caps).filter_map(|l| text.get(l.name.0..l.name.1)).collect();
    // (labels inside paragraphs count too, "... today. RHEA COLE: ...", looked for only once
    // a label in capitals opens a line, and in a paragraph with a colon)
    let mut inner: Vec<Vec<Label>> = Vec::with_capacity(paras.len());
    for (pi, p) in paras.iter().enumerate() {
        let body = text.get(p.start..p.end).unwrap_or("");
        let found = if caps >= 1 && pi >= skip && memchr::memchr(b':', body.as_bytes()).is_some() { inner_labels(text, p, &known) } else { Vec::new() };
        let found: Vec<Label> = found.into_iter().filter(|l| !at_lines[pi].iter().any(|m| m.start == l.start)).collect();
        caps += found.len();
        inner.push(found);
    }
    if caps < 2 && mixed < 3 {
        return None;
    }
    let mut out: Vec<Vec<Turn>> = Vec::with_capacity(paras.len());
    let mut current: Option<MentionSpan> = None;
    // (a turn goes on only up to a later label: after the last, the article's own lines
    // stand, as where a story quotes part of a transcript)
    let mut last_labelled = (0..paras.len()).rev().find(|&pi| !at_lines[pi].is_empty() || !inner[pi].is_empty()).unwrap_or(0);
    // (a last label on a line of its own labels the paragraph after it: a wire "reaction"
    // piece's "MARCO BELLINI, CHIEF ECONOMIST:" over his quotation)
    let own_line = |l: &Label| l.colon >= paras[last_labelled].end || text.get(l.colon + 1..paras[last_labelled].end).is_some_and(|r| r.trim().is_empty());
    if at_lines.get(last_labelled).into_iter().chain(inner.get(last_labelled)).flatten().max_by_key(|l| l.start).is_some_and(own_line) {
        last_labelled += 1;
    }
    for (pi, p) in paras.iter().enumerate() {
        let mut here: Vec<Turn> = Vec::new();
        if pi < skip {
            out.push(here);
            continue;
        }
        if stage_direction(text.get(p.start..p.end).unwrap_or("")) {
            current = None;
            out.push(here);
            continue;
        }
        let mut labels = std::mem::take(&mut at_lines[pi]);
        labels.append(&mut inner[pi]);
        labels.sort_by_key(|l| l.start);
        // words before the first label go on with the speaker before
        let first = labels.first().map_or(p.end, |l| l.start);
        // (a heading in capitals and a colon opening the paragraph, "THE FACTS: ...", is
        // the writer's: the turn before does not go on into it)
        if pi > last_labelled || caps_heading(text.get(p.start..p.end).unwrap_or("")) {
            current = None;
        }
        if let Some(sp) = &current {
            let content = spoken(text, p.start, first);
            if content.0 < content.1 {
                here.push(Turn { speaker: sp.clone(), colon: None, content, goes_on: true });
            }
        }
        for (li, l) in labels.iter().enumerate() {
            let until = labels.get(li + 1).map_or(p.end, |n| n.start);
            let speaker = MentionSpan { span: l.name, appositive: l.description, antecedent: None };
            let content = spoken(text, l.colon + 1, until);
            here.push(Turn { speaker: speaker.clone(), colon: Some((l.colon, l.colon + 1)), content, goes_on: false });
            // (a name in capitals and lower case may head a section of an article, "Jeb Bush:
            // ...": its turn is its paragraph)
            // (nor does a turn that is a quotation in quotation marks, "TRUMP: “...”": a
            // story quoting someone's words, such as a fact check's claim, goes on in its own)
            let quoted = text.get(content.0..content.1).is_some_and(|c| c.starts_with(['“', '"']));
            current = (l.caps && !quoted).then_some(speaker);
        }
        out.push(here);
    }
    Some(out)
}

/// True when `para` opens with a heading in capitals and a colon: two letters at least, the
/// words in capitals ("THE FACTS:", "CLAIM:", "AP'S ASSESSMENT:"), within 40 bytes.
fn caps_heading(para: &str) -> bool {
    let para = para.trim_start();
    let Some(colon) = para.get(..para.len().min(40)).and_then(|h| h.find(':')) else { return false };
    let head = &para[..colon];
    head.chars().filter(|c| c.is_alphabetic()).count() >= 2 && head.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | '\'' | '’' | '-' | '.'))
}
