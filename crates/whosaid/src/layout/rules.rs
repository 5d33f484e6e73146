//! Paragraph rules: each looks at one trimmed paragraph (`&str`) and says
//! whether it is a kind of furniture. Positions returned are byte offsets
//! into the paragraph. Every rule is bounded: long paragraphs are rejected
//! after a word count, so the whole pass stays linear in the text.

use super::lexicon::{lexicon, Lexicon};
use crate::model::FurnitureKind;
use crate::text::SplitWords;

/// Double quotation marks (straight, curly, guillemets, low-9).
pub(crate) fn has_double_quote(s: &str) -> bool {
    // '"', "''", and the UTF-8 forms of “ ” „ (E2 80 9C..9E) and « » (C2 AB, C2 BB): the
    // bytes that can start one are found by memchr, and each is checked
    let b = s.as_bytes();
    let mark_at = |k: usize| match b[k] {
        b'"' => true,
        b'\'' => b.get(k + 1) == Some(&b'\''),
        0xE2 => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x9C..=0x9E)),
        0xC2 => matches!(b.get(k + 1), Some(0xAB | 0xBB)),
        _ => false,
    };
    memchr::memchr3_iter(b'"', b'\'', 0xE2, b).any(mark_at) || memchr::memchr_iter(0xC2, b).any(mark_at)
}

/// `s.contains('\n')`, by `memchr`'s vector search: std's `char` search reads a word at a
/// time, and the caption and byline rules ask it of every paragraph of up to 80 words.
pub(crate) fn has_line_break(s: &str) -> bool {
    memchr::memchr(b'\n', s.as_bytes()).is_some()
}

/// Any quotation mark that opens a quote, single ones included.
fn has_any_quote(s: &str) -> bool {
    has_double_quote(s) || s.contains('‘') || s.starts_with('\'') || s.contains(" '")
}

/// Facts about one paragraph that several rules need, computed once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// `word_count(p, 80)`: words, or 81 when there are more than 80.
    pub words: usize,
    /// `has_double_quote(p)`; left false past 80 words, where every rule that reads it
    /// has already said no (`more_than` a smaller cap), so long paragraphs are not scanned.
    pub double_quote: bool,
}

impl Shape {
    /// The shape of paragraph `p`.
    pub(crate) fn of(p: &str) -> Shape {
        let words = word_count(p, 80);
        Shape { words, double_quote: words <= 80 && has_double_quote(p) }
    }
    /// `word_count(p, cap) > cap`, for `cap <= 80`.
    pub(crate) fn more_than(&self, cap: usize) -> bool {
        debug_assert!(cap <= 80);
        self.words > cap
    }
}

/// Number of whitespace-separated words, stopping once past `cap`.
pub(crate) fn word_count(s: &str, cap: usize) -> usize {
    // Byte scan over ASCII whitespace; other spaces (NBSP) join words, which only undercounts.
    // A word starts at every non-space after a space (or at the start): eight bytes at a
    // time, as a bit per byte (`whitespace_bits`), counted by `text::block_word_starts`;
    // `cap + 1` once the count passes the cap.
    let b = s.as_bytes();
    let mut n = 0usize;
    let mut after_space = true; // the byte before the first is taken for a space
    // 64 bytes at a time: the word starts of their eight blocks are added lane by lane (at
    // most eight a lane), then summed with one multiply and tested against the cap
    let mut groups = b.chunks_exact(64);
    for group in &mut groups {
        // the bytes below 0x21 taken for the spaces, and the bytes below 0x20 gathered on
        // the side: with none in the group (most text) that is exact, with one (a line feed,
        // a tab) the group is read again testing each whitespace byte (`whitespace_bits`),
        // one test a group, not a branch a block
        let (mut lanes, mut controls, mut after) = (0u64, 0u64, after_space);
        for block in group.chunks_exact(8) {
            let w = u64::from_le_bytes(block.try_into().unwrap_or_default());
            let (high, ascii) = (w | HIGH, !w & HIGH);
            let space = !(high - 0x21 * LOW) & ascii;
            controls |= !(high - 0x20 * LOW) & ascii;
            lanes += crate::text::block_start_lanes(space, after);
            after = space >> 63 != 0;
        }
        if controls != 0 {
            (lanes, after) = (0, after_space);
            for block in group.chunks_exact(8) {
                let space = whitespace_bits(u64::from_le_bytes(block.try_into().unwrap_or_default()));
                lanes += crate::text::block_start_lanes(space, after);
                after = space >> 63 != 0;
            }
        }
        after_space = after;
        n += (lanes.wrapping_mul(LOW) >> 56) as usize;
        if n > cap {
            return cap + 1;
        }
    }
    let mut blocks = groups.remainder().chunks_exact(8);
    for block in &mut blocks {
        let w = u64::from_le_bytes(block.try_into().unwrap_or_default());
        let (starts, last_space) = crate::text::block_word_starts(whitespace_bits(w), after_space);
        n += starts;
        after_space = last_space;
        if n > cap {
            return cap + 1;
        }
    }
    for &c in blocks.remainder() {
        let space = c.is_ascii_whitespace();
        n += usize::from(after_space && !space);
        after_space = space;
    }
    n.min(cap + 1)
}

/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low bit of every byte.
const LOW: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `w` equal to `c` (exact per byte: no borrow crosses bytes).
#[inline]
fn byte_eq_bits(w: u64, c: u8) -> u64 {
    let x = w ^ (u64::from(c) * LOW);
    !((x | HIGH) - LOW) & !x & HIGH
}

/// The high bit of each byte of `w` that is ASCII whitespace (`u8::is_ascii_whitespace`:
/// space, tab, line feed, form feed, carriage return).
#[inline]
fn whitespace_bits(w: u64) -> u64 {
    // bytes below 0x21: (b | 0x80) - 0x21 keeps its high bit exactly when b & 0x7f >= 0x21
    let below_21 = !((w | HIGH) - 0x21 * LOW) & !w & HIGH;
    if below_21 == 0 {
        return 0;
    }
    // spaces alone are the common case: no byte below 0x20 (the same subtraction by 0x20),
    // and those below 0x21 are spaces; else each whitespace byte is tested for
    if !((w | HIGH) - 0x20 * LOW) & !w & HIGH == 0 {
        return below_21;
    }
    let spaces = byte_eq_bits(w, b' ');
    spaces | byte_eq_bits(w, b'\n') | byte_eq_bits(w, b'\t') | byte_eq_bits(w, b'\r') | byte_eq_bits(w, 0x0c)
}

/// `s` starts with `prefix` (lower-case) ignoring ASCII case, at a word boundary.
pub(crate) fn starts_word_ci(s: &str, prefix: &str) -> bool {
    let Some(head) = s.get(..prefix.len()) else { return false };
    if !head.eq_ignore_ascii_case(prefix) {
        return false;
    }
    let last_is_word = prefix.chars().last().is_some_and(char::is_alphanumeric);
    match s[prefix.len()..].chars().next() {
        None => true,
        Some(c) => !last_is_word || !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'),
    }
}

/// `hay` (lower-case) holds `word` as a whole word.
fn has_word(hay: &str, word: &str) -> bool {
    if !word.chars().all(char::is_alphanumeric) {
        return hay.contains(word);
    }
    crate::text::contains_word(hay, word)
}

/// Reporting verbs: a paragraph holding one is likely story.
fn has_speech_verb(lower: &str) -> bool {
    ["said", "says", "told", "asked", "added"].iter().any(|w| has_word(lower, w))
}

/// The paragraph with leading bullets, emoji and punctuation removed.
fn strip_lead(s: &str) -> &str {
    s.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '(')
}

/// Is the paragraph a call to join, subscribe, follow, download, donate...?
/// `lp` is `p` ASCII-lower-cased, `shape` the paragraph's [`Shape`].
pub(crate) fn is_promo(p: &str, lp: &str, shape: &Shape) -> bool {
    if shape.more_than(40) || shape.double_quote {
        return false;
    }
    let nw = shape.words;
    let lex = lexicon();
    let lead = strip_lead(p);
    let llead = lp.get(p.len() - lead.len()..).unwrap_or("");
    // Cheap gates first: a promo phrase anywhere, or a promo verb first.
    let phrase_hit = lex.promo_ac.as_ref().is_some_and(|ac| {
        // The phrase must open a sentence: "Sign up for ..." yes, "wanted men to sign up for" no.
        ac.find_iter(llead).any(|m| {
            let before = lead[..m.start()].trim_end();
            before.is_empty() || before.ends_with(['.', '!', '?', '|', '—', ':'])
        })
    });
    let starts = lex.promo_first.entries(&lex.promo_starts, lead).any(|st| starts_word_ci(lead, st));
    // "Get Leeds United news sent straight to your phone": a delivery promise at the end
    // (its last byte a letter, a period or a "!", the phrases' last bytes, before any search)
    let tail = llead.trim_end_matches(['.', '!']);
    let ends = !phrase_hit && !starts && nw <= 20 && tail.ends_with(['e', 'x']) && lex.promo_ends.iter().any(|e| tail.ends_with(e.as_str()) && tail[..tail.len() - e.len()].ends_with(' '));
    if !phrase_hit && !starts && !ends {
        return false;
    }
    let lower = lead.to_lowercase();
    if has_speech_verb(&lower) {
        return false;
    }
    phrase_hit || ends || nw <= 6 || lex.promo_objects.iter().any(|o| has_word(&lower, o))
}

/// Is the paragraph a "Read more: ..." / "RELATED: ..." link line?
/// `shape` is the paragraph's [`Shape`].
pub(crate) fn is_related(p: &str, shape: &Shape) -> bool {
    if shape.more_than(40) {
        return false;
    }
    let s = p.trim_start_matches(['"', '“', '\'', '‘', '*', '>', '»', '•', ' ']);
    let lex = lexicon();
    for pre in lex.related_first.entries(&lex.related, s) {
        if !starts_word_ci(s, pre) {
            continue;
        }
        // (the heading alone on its line, the links below: "Related topics" over the topics)
        let own_line = s[pre.len()..].trim_start_matches([' ', '\t']).starts_with(['\n', '\r']);
        let rest = s[pre.len()..].trim_start();
        if pre.ends_with(':') || own_line || rest.is_empty() || rest.starts_with([':', '—', '–', '|', '»', '>']) {
            return true;
        }
        if rest.starts_with("- ") || rest.trim_end_matches(['"', '”', '.']).is_empty() {
            return true;
        }
        // "Also on SiteName:" — up to three capitalised words, then a colon.
        let mut words = 0;
        for w in rest.words() {
            words += 1;
            if words > 3 || !w.starts_with(|c: char| c.is_uppercase()) {
                break;
            }
            if w.ends_with(':') {
                return true;
            }
        }
    }
    false
}

/// `part(p)` lower-cased, for a `part` that reads no letter's case (trims of spaces and
/// punctuation). When its characters beyond ASCII are all of the General Punctuation block
/// (U+2000 to U+206F: spaces, dashes, curly quotes, none with a case), that is `part(lp)`,
/// a slice of `lp` (`p` ASCII-lower-cased), with no copy.
fn lower_of<'a>(p: &str, lp: &'a str, part: impl Fn(&str) -> &str) -> std::borrow::Cow<'a, str> {
    let s = part(p);
    let caseless = |c: char| c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c);
    if lp.len() == p.len() && (s.is_ascii() || s.chars().all(caseless)) {
        std::borrow::Cow::Borrowed(part(lp))
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    }
}

/// A notice under the story known by its opening, whatever follows (up to 80 words, as
/// every rule): "This article was amended on 15 November 2023. An earlier version ..."
/// (`[starts]` in `boilerplate.txt`), a heading alone over a block ("About the Author"),
/// an editor's update note ("Update, March 4th: Added comment from ...").
pub(crate) fn notice(p: &str) -> Option<FurnitureKind> {
    // (only the openings of the paragraph's first byte are compared)
    let lex = lexicon();
    let lead = strip_lead(p);
    // (the bytes compared first: "The ..." opens many a paragraph, and "this article ..." is compared with it)
    let opens = |st: &str| lead.as_bytes().get(..st.len()).is_some_and(|h| h.eq_ignore_ascii_case(st.as_bytes())) && starts_word_ci(lead, st);
    if let Some(st) = lex.boilerplate_first.entries(&lex.boilerplate_starts, lead).find(|st| opens(st)) {
        return lex.boilerplate_start_kind.get(st).copied();
    }
    // "About the Author" alone on the first line, the writer's name, role and bio below
    // (the first byte compared first: the headings share it; the line break looked for in
    // the first 24 bytes, past the longest heading)
    if matches!(lead.as_bytes().first(), Some(b'A' | b'a')) {
        if let Some(k) = memchr::memchr(b'\n', &lead.as_bytes()[..lead.len().min(24)]) {
            let first = lead[..k].trim_end();
            if lex.headings.iter().any(|h| first.eq_ignore_ascii_case(h)) {
                return Some(FurnitureKind::Other);
            }
        }
    }
    // "Update, March 4th, 2:40PM ET: Added comment from ...": an editor's note of what
    // changed, after "Update" and a date or time and a colon in the first 60 bytes
    if matches!(lead.as_bytes().first(), Some(b'U' | b'u')) && (starts_word_ci(lead, "update") || starts_word_ci(lead, "updated")) {
        let head = &lead.as_bytes()[..lead.len().min(60)];
        if let Some(note) = memchr::memmem::find(head, b": ").and_then(|c| lead.get(c + 2..)) {
            let note = note.trim_start();
            if lex.update_notes.iter().any(|n| starts_word_ci(note, n)) {
                return Some(FurnitureKind::Other);
            }
        }
    }
    None
}

/// Whole-paragraph boilerplate ("Advertisement", "ABSTRACT.") and separators.
/// `lp` is `p` ASCII-lower-cased.
pub(crate) fn boilerplate(p: &str, lp: &str) -> Option<FurnitureKind> {
    if p.len() > 120 {
        return None;
    }
    if !p.chars().any(char::is_alphanumeric) {
        // "___", "* * *", "---": a separator line.
        return Some(FurnitureKind::Other);
    }
    fn bare(s: &str) -> &str {
        s.trim_matches(|c: char| matches!(c, '.' | ':' | '"' | '“' | '”' | '\'' | '(' | ')' | '[' | ']') || c.is_whitespace())
    }
    let key = lower_of(p, lp, bare);
    if let Some(k) = lexicon().boilerplate.get(key.as_ref()) {
        return Some(*k);
    }
    // An empty embed such as "<tweet ...><tweet/>." carries no words.
    if p.starts_with('<') {
        let inner: String = strip_tags(p);
        if !inner.chars().any(char::is_alphanumeric) {
            return Some(FurnitureKind::Other);
        }
    }
    // Hat tips: "(h/t Site.)", "h/t: Site."
    let lower = key.trim_start_matches('(');
    if (lower.starts_with("h/t") || lower.starts_with("hat tip")) && word_count(p, 12) <= 12 {
        return Some(FurnitureKind::Other);
    }
    None
}

/// The text outside `<...>` tags.
fn strip_tags(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '<' => depth += 1,
            '>' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A copyright line under the story ("Copyright © 2025 NPR. All rights reserved. Visit our
/// website ...", "©2025 Bloomberg L.P."): the sign, or "Copyright" and the sign or a year.
pub(crate) fn is_copyright(p: &str) -> bool {
    if p.starts_with('©') {
        return true;
    }
    starts_word_ci(p, "copyright") && p[9..].trim_start().starts_with(|c: char| c == '©' || c.is_ascii_digit())
}

/// A link line, a short label and a colon then an address ("AP NFL: https://apnews.com/hub/nfl",
/// under AP's stories): one line, the address its last word.
pub(crate) fn is_link_line(p: &str) -> bool {
    let Some((label, url)) = p.rsplit_once(' ') else { return false };
    (url.starts_with("https://") || url.starts_with("http://")) && label.ends_with(':') && !has_line_break(p) && !label.contains("://") && word_count(label, 6) <= 6
}

/// A related-links label alone ("Related", "Most Popular", "Read more:"): the whole paragraph
/// one of `related.txt`'s entries.
pub(crate) fn is_related_label(p: &str) -> bool {
    let p = p.trim_end_matches(':').trim_end();
    let lex = lexicon();
    lex.related_first.entries(&lex.related, p).any(|r| r.trim_end_matches(':').eq_ignore_ascii_case(p))
}

/// A linked headline under a related label, one a paragraph ("Streamers raise prices again",
/// "1. The best phones of the year"): one line of up to 20 words opening with a capital or a
/// digit, no quotation, not ending as a sentence or a lead-in does.
pub(crate) fn is_link_headline(p: &str) -> bool {
    p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !p.ends_with(['.', '!', ':', ',', ';', '"', '”'])
        && !has_line_break(p)
        && word_count(p, 20) <= 20
        && !has_double_quote(p)
}

/// A section label over the story, a section and a kind of piece either side of a bar
/// ("Health | News", "World | Europe"): one or two capitalised words of letters each side.
pub(crate) fn is_section_label(p: &str) -> bool {
    let Some((a, b)) = p.split_once(" | ") else { return false };
    let side = |s: &str| (1..=2).contains(&s.words().count()) && s.words().all(|w| w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic));
    side(a) && side(b)
}

/// A wire desk's slug closing the story, the initials of its writers and editors in lower
/// case between slashes ("lm/ho/js", "bur-dc/mlm", as AFP prints it): two to five groups of
/// one to four letters, a hyphen allowed within a group, nothing else.
pub(crate) fn is_wire_slug(p: &str) -> bool {
    let b = p.as_bytes();
    if b.len() > 30 || memchr::memchr(b'/', b).is_none() || !b.iter().all(|&c| c.is_ascii_lowercase() || c == b'/' || c == b'-') {
        return false;
    }
    let groups = p.split('/');
    (2..=5).contains(&groups.clone().count()) && groups.flat_map(|g| g.split('-')).all(|part| (1..=4).contains(&part.len()))
}

/// A timestamp heading of a live blog: "9:15 p.m.", "2 p.m.".
pub(crate) fn is_timestamp(p: &str) -> bool {
    if !p.starts_with(|c: char| c.is_ascii_digit()) || word_count(p, 3) > 3 {
        return false;
    }
    let l = p.trim_end_matches('.').to_ascii_lowercase();
    l.ends_with("a.m") || l.ends_with("p.m") || l.ends_with(" am") || l.ends_with(" pm")
}

/// The publisher named by a wire credit paragraph: "— Associated Press", "(Reuters)".
/// `lp` is `p` ASCII-lower-cased.
pub(crate) fn wire_credit(p: &str, lp: &str) -> Option<String> {
    if p.len() > 100 {
        return None;
    }
    fn credit(p: &str) -> &str {
        let mut s = p.trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | '(' | ')' | '.' | '©' | '[' | ']'));
        if starts_word_ci(s, "copyright") {
            s = s[9..].trim_start();
        }
        s.trim_start_matches(|c: char| c.is_ascii_digit() || c == '©' || c.is_whitespace())
    }
    let lower = lower_of(p, lp, credit);
    let lower = lower.strip_suffix(". all rights reserved").unwrap_or(&lower);
    lexicon().wires.get(lower.trim()).cloned()
}

/// What [`syndication`] found: the publisher, when named.
pub(crate) struct SyndicationHit {
    /// The original publisher, when the notice names one.
    pub publisher: Option<String>,
}

/// Is the paragraph a syndication notice? Returns the publisher it names.
/// `lp` is `p` ASCII-lower-cased, `shape` the paragraph's [`Shape`].
pub(crate) fn syndication(p: &str, lp: &str, shape: &Shape) -> Option<SyndicationHit> {
    if shape.more_than(60) || shape.double_quote {
        return None;
    }
    let lex = lexicon();
    let ac = lex.synd_ac.as_ref()?;
    ac.find(lp)?;
    let lower = p.to_lowercase();
    if lower.len() != p.len() {
        // Lower-casing changed byte lengths (rare scripts): positions would not line up.
        return None;
    }
    for m in ac.find_iter(lp) {
        let (at, end) = (m.start(), m.end());
        let ok_before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let ok_after = lower[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !ok_before || !ok_after || !sentence_opener_ok(&lower, at, &lex.synd_openers) {
            continue;
        }
        let bare = m.pattern().as_usize() >= lex.synd_phrases.len();
        let publisher = if bare { None } else { publisher_after(&p[end..]) };
        if !bare && publisher.is_none() {
            continue;
        }
        return Some(SyndicationHit { publisher });
    }
    None
}

/// The first word of the sentence holding byte `at` is one of `openers`.
fn sentence_opener_ok(lower: &str, at: usize, openers: &[String]) -> bool {
    let head = &lower[..at];
    let start = [". ", "? ", "! ", ".\n"]
        .iter()
        .filter_map(|sep| head.rfind(sep).map(|i| i + sep.len()))
        .max()
        .unwrap_or(0);
    if strip_lead(&lower[start..at]).is_empty() {
        // The phrase itself opens the sentence ("Republished from ...").
        return true;
    }
    let sentence = strip_lead(&lower[start..]);
    let first = sentence.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').next().unwrap_or("");
    openers.iter().any(|o| o == first)
}

/// The capitalised name right after a syndication phrase.
pub(crate) fn publisher_after(rest: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let toks: Vec<&str> = rest.words().take(12).collect();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        let capital = t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let connector = matches!(t, "of" | "the" | "for" | "and" | "&" | "de" | "on" | "in" | "at" | "du" | "la");
        if capital {
            let trimmed = t.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            words.push(trimmed);
            if trimmed.len() != t.len() {
                break;
            }
        } else if connector && toks.get(i + 1).is_some_and(|n| n.starts_with(|c: char| c.is_uppercase())) {
            if !words.is_empty() || t == "the" {
                if !words.is_empty() {
                    words.push(t);
                }
            } else {
                break;
            }
        } else {
            break;
        }
        i += 1;
    }
    let name = words.join(" ");
    let name = name.trim_end_matches(['.', ',', '’', '\'']).trim();
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then(|| name.to_string())
}

/// Is `s` (a credit without its parentheses) shaped like a photo credit?
/// `alone`: the credit is a whole paragraph, so a bare agency name counts.
pub(crate) fn is_credit(s: &str, alone: bool) -> bool {
    let s = s.trim().trim_end_matches('.').trim();
    if s.is_empty() || s.len() > 120 || has_double_quote(s) || word_count(s, 12) > 12 {
        return false;
    }
    let lex = lexicon();
    let lower = crate::text::lower(s);
    if lex.credit_prefixes.iter().any(|p| starts_word_ci(&lower, p)) {
        return true;
    }
    // Name/Agency shape: two or more slash parts, each capitalised, one with a space
    // or an agency, and no lower-case function words between.
    let parts: Vec<&str> = s.split('/').map(str::trim).collect();
    if parts.len() >= 2 {
        let all_cap = parts.iter().all(|p| {
            !p.is_empty()
                && p.words().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(w, "via" | "of" | "and" | "de"))
        });
        let substantial = parts.iter().any(|p| p.contains(' ') && p.len() >= 5)
            || parts.iter().any(|p| lex.credit_agencies.contains(&p.to_lowercase()));
        if all_cap && substantial {
            return true;
        }
    }
    let words: Vec<&str> = s.words().collect();
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || matches!(*w, "via" | "for"));
    if !capitalised {
        return false;
    }
    // "John Moore, Getty Images", or a whole-paragraph "Getty Images".
    lex.credit_agencies.iter().any(|a| {
        lower.ends_with(a.as_str())
            && lower[..lower.len() - a.len()].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            && (alone || lower.len() > a.len() + 3)
    })
}

/// A caption line that opens with a label and a comma ("Image source, Getty Images",
/// "Image caption, The minister in Leeds"): the text after the label, and whether the
/// label names the picture's source (`[line_labels]` and `[source_labels]` in `credit.txt`).
pub(crate) fn caption_label(line: &str) -> Option<(&str, bool)> {
    // (only the labels of the line's first byte are compared: most lines open with none)
    let lex = lexicon();
    let label = lex.caption_label_first.entries(&lex.caption_labels, line).find(|l| line.get(..l.len()).is_some_and(|h| h.eq_ignore_ascii_case(l)) && line[l.len()..].starts_with(", "))?;
    let rest = line[label.len() + 2..].trim();
    (!rest.is_empty()).then(|| (rest, lex.source_labels.iter().any(|s| s == label)))
}

/// How far before a paragraph's end a caption credit can start, in bytes
/// (`is_credit` takes at most 120 bytes, plus room for trimmed punctuation).
const CREDIT_REACH: usize = 136;

/// A caption with its credit: `(caption end, credit start, credit end)` in bytes.
/// `shape` is the paragraph's [`Shape`].
pub(crate) fn caption(p: &str, shape: &Shape) -> Option<(usize, usize, usize)> {
    if shape.more_than(80) || has_line_break(p) {
        return None;
    }
    let t = p.trim_end_matches('.').trim_end();
    if t.ends_with(')') {
        let open = t.rfind('(')?;
        let inner = t.get(open + 1..t.len() - 1)?;
        let cap = p[..open].trim_end();
        if (is_credit(inner, false) || name_and_outlet(inner)) && cap.chars().filter(|c| c.is_alphabetic()).count() >= 8 && !has_double_quote(cap) {
            return Some((cap.len(), open + 1, t.len() - 1));
        }
        return None;
    }
    // "... in New York. Photo: Name/Agency"
    let lex = lexicon();
    let ac = lex.credit_ac.as_ref()?;
    let mut best = None;
    if lex.credit_after_separator_only {
        // Only a prefix right after ". " or " | " counts, and no prefix can overlap
        // such a separator, so trying the prefixes there finds what the scan would.
        let b = p.as_bytes();
        // A credit is at most 120 bytes once trimmed (`is_credit`), so only
        // separators in the paragraph's last stretch can start one.
        let tail_from = p.trim_end_matches(|c: char| c == '.' || c.is_whitespace()).len().saturating_sub(CREDIT_REACH);
        // The last credit in the paragraph wins, as in the scan: the separators ". " and
        // " | " are read from the end (memchr for both marks at once), and the first that
        // opens a credit is the one (no two separators give the same credit start).
        let from = tail_from.saturating_sub(4);
        for i in memchr::memrchr2_iter(b'.', b'|', b.get(from..).unwrap_or_default()).map(|k| from + k) {
            let Some(&mark) = b.get(i) else { continue };
            if b.get(i + 1) != Some(&b' ') || (mark == b'|' && (i == 0 || b[i - 1] != b' ')) {
                continue;
            }
            let at = i + 2;
            let sep = if mark == b'.' { at - 1 } else { at - 3 };
            // (after the separator's ASCII space: a character boundary)
            let rest = p.get(at..).unwrap_or_default();
            // the longest prefix matching here (the list is sorted longest first; only the
            // prefixes with the first byte of `rest` are compared)
            let Some(pre) = lex.credit_first.entries(&lex.credit_prefixes, rest).find(|pre| rest.len() >= pre.len() && rest.as_bytes()[..pre.len()].eq_ignore_ascii_case(pre.as_bytes()))
            else {
                continue;
            };
            if !pre.ends_with(':') && !pre.ends_with(" by") {
                continue;
            }
            best = Some((sep, at, pre.len()));
            break;
        }
    }
    let scan = if lex.credit_after_separator_only { None } else { Some(ac.find_iter(p)) };
    for m in scan.into_iter().flatten() {
        let pre = lex.credit_prefixes.get(m.pattern().as_usize())?;
        if !pre.ends_with(':') && !pre.ends_with(" by") {
            continue;
        }
        let at = m.start();
        let sep = if p[..at].ends_with(". ") {
            at - 1
        } else if p[..at].ends_with(" | ") {
            at - 3
        } else {
            continue;
        };
        best = Some((sep, at, pre.len()));
    }
    // "... in Ottawa on Wednesday. THE CANADIAN PRESS/Noor Haddad": an agency in capitals,
    // a slash and the photographer, with no prefix
    if best.is_none() {
        let t = p.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
        // (a credit is at most 120 bytes: its slash and its sentence start are in the tail)
        let tail = t.len().saturating_sub(CREDIT_REACH);
        memchr::memchr(b'/', t.as_bytes().get(tail..).unwrap_or_default())?;
        if let Some(at) = glued_capitals_credit(t) {
            let cap = p[..at].trim_end();
            if is_credit(&t[at..], false) && !has_double_quote(cap) && cap.len() >= 8 && cap.chars().any(char::is_lowercase) {
                return Some((cap.len(), at, t.len()));
            }
        }
        let at = memchr::memmem::rfind(t.as_bytes().get(tail..).unwrap_or_default(), b". ").map(|i| tail + i + 2)?;
        let credit = t.get(at..)?;
        let agency = credit.split('/').next().unwrap_or("");
        let capitals = agency.len() >= 2 && credit.len() > agency.len() && agency.chars().all(|c| !c.is_lowercase()) && agency.chars().any(char::is_alphabetic);
        // "... on Saturday. Mark Ruiz/The Republic": the photographer, a slash, the paper
        // (USA Today Network papers)
        let named = || credit.split_once('/').is_some_and(|(name, paper)| photographer(name) && outlet_after_slash(paper));
        let cap = p[..at - 1].trim_end();
        if (capitals || named()) && is_credit(credit, false) && !has_double_quote(cap) && cap.len() >= 8 {
            return Some((at - 1, at, at + credit.len()));
        }
        return None;
    }
    let (sep, cstart, plen) = best?;
    let cap = p[..sep].trim_end();
    let cap_end = if p[..=sep].ends_with('.') { sep + 1 } else { cap.len() };
    let credit = p[cstart..].trim_end_matches('.');
    let value = credit.get(plen..).unwrap_or("").trim();
    if !value.is_empty() && is_credit(credit, true) && !has_double_quote(cap) && cap.len() >= 8 {
        return Some((cap_end, cstart, cstart + credit.len()));
    }
    None
}

/// A photographer's name in a credit: two or three words of a name's shape, none an
/// organization's or a place's word.
fn photographer(name: &str) -> bool {
    let words = name.words();
    (2..=3).contains(&words.clone().count()) && words.clone().all(|w| name_word(w) && !org_or_place_word(w))
}

/// The paper after a credit's slash: "The ..." and capitalised words, an outlet's name
/// ("Arizona Republic"), or capitals ("USA TODAY NETWORK").
fn outlet_after_slash(s: &str) -> bool {
    let s = s.trim();
    let words = s.words();
    let n = words.clone().count();
    (1..=5).contains(&n)
        && ((s.starts_with("The ") && words.clone().all(|w| w.starts_with(char::is_uppercase)))
            || outlet_name(s)
            || (!s.chars().any(char::is_lowercase) && s.chars().any(char::is_alphabetic)))
}

/// "(Jane Ruiz, KSL.com)", "(Jane Ruiz, The Republic)": a caption's credit in brackets, the
/// photographer's name, a comma, then the outlet: a site's address, "The ..." or an outlet's name.
fn name_and_outlet(inner: &str) -> bool {
    let Some((name, outlet)) = inner.split_once(", ") else { return false };
    let outlet = outlet.trim();
    let site = || {
        // one word, a dot before two to four lower-case letters at its end ("KSL.com")
        !outlet.contains(' ') && outlet.rsplit_once('.').is_some_and(|(host, tld)| !host.is_empty() && (2..=4).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_lowercase()))
    };
    photographer(name) && (site() || outlet_after_slash(outlet))
}

/// "Liam Corcoran outside the Old Bailey. He denies murder HARRIET LYLE/PA": a credit in
/// capitals glued to the caption's end with no separator, as The Times prints it, the
/// photographer's name and the agency after a slash: where it starts. Two to six words with
/// no lower-case letter, each with a letter, the last holding the slash with a letter either
/// side, after a word of the caption's (lower case in it, or no letter).
fn glued_capitals_credit(t: &str) -> Option<usize> {
    let capital = |w: &str| !w.is_empty() && !w.chars().any(char::is_lowercase) && w.chars().any(char::is_alphabetic);
    let mut words = t.rsplit(' ');
    let last = words.next()?;
    let (name, agency) = last.split_once('/')?;
    if !capital(name) || !capital(agency) || !name.ends_with(char::is_alphabetic) || !agency.starts_with(char::is_alphabetic) {
        return None;
    }
    let mut start = t.len() - last.len();
    let mut n = 1;
    for w in words {
        if !capital(w) {
            // the caption's own word ("murder", "1931")
            return (n >= 2).then_some(start);
        }
        n += 1;
        if n > 6 {
            return None;
        }
        start -= w.len() + 1;
    }
    None
}

/// A byline: the names it gives, joined with ", ".
/// `shape` is the paragraph's [`Shape`].
/// An outlet's name alone: up to five capitalised words (and "of", "and", "the"), one of
/// `[outlet_heads]` in `byline.txt` ("CBC News", "The Globe and Mail", "La Presse", "CTV
/// News Toronto").
pub(crate) fn outlet_name(s: &str) -> bool {
    let words: Vec<&str> = s.words().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and" | "the"))
        // (not the first of several words: "Star Wars", "Sun Life")
        && words[usize::from(words.len() > 1)..].iter().any(|w| super::is_outlet_head(w))
}

pub(crate) fn byline(p: &str, shape: &Shape) -> Option<String> {
    if shape.more_than(16) || shape.double_quote || has_line_break(p) {
        return None;
    }
    let lex = lexicon();
    let pre = lex.byline_first.entries(&lex.byline_prefixes, p).find(|pre| starts_word_ci(p, pre))?;
    let rest = p[pre.len()..].trim_start().trim_start_matches(':').trim_start();
    // "By" must be capitalised as printed ("By", "BY"); "by" in lower case (The Verge) only
    // before names alone: words of a name's shape and "and"
    if !p.starts_with(|c: char| c.is_uppercase()) {
        let names_only = rest.words().all(|w| w == "and" || name_word(w.trim_end_matches(',')));
        if !p.starts_with("by ") || !names_only || !(2..=8).contains(&rest.words().count()) {
            return None;
        }
    }
    // Names end at "|", a dash, a run of spaces between columns ("BY ANA RUIZ   MARCH 27,
    // 2025   5:12 PM") or a date.
    let names_part = rest.split(['|', '—', '–', '\u{b7}', '\t']).next().unwrap_or("");
    let names_part = names_part.split("  ").next().unwrap_or("");
    let names_part = names_part.split(" - ").next().unwrap_or("").trim();
    // ("By Ana Ruiz March 27, 2025": a month and a day end the names)
    let names_part = date_start(names_part, lex).map_or(names_part, |i| names_part[..i].trim_end());
    // (a note in brackets is no name: "(translated from French)")
    let names_part = names_part.split('(').next().unwrap_or("").trim();
    // "By Marcus Tan, The Globe and Mail", "By Ana Ruiz, La Presse": after a comma, an
    // outlet's name ("The ..." or an outlet's last word) ends the writers
    let outlet = |g: &str| g.trim().starts_with("The ") || outlet_name(g.trim());
    let cut = names_part.match_indices(',').map(|(i, _)| i).find(|&i| outlet(names_part[i + 1..].split(',').next().unwrap_or("")));
    let names_part = cut.map_or(names_part, |i| &names_part[..i]);
    let mut names = Vec::new();
    for group in names_part.split([',', '&', ';']).flat_map(|g| g.split(" and ")) {
        let g = group.trim().trim_end_matches('.').trim();
        if g.is_empty() {
            continue;
        }
        let lowered = g.to_lowercase();
        if lex.wires.contains_key(&lowered) {
            continue;
        }
        // "KIMBERLEE KRUESI Associated Press": the wire after the name is no part of it
        // (byte offsets of the lower-cased copy are the name's only when lower-casing kept its length)
        let g = lex
            .wires
            .keys()
            .find(|w| lowered.len() == g.len() && lowered.len() > w.len() + 1 && lowered.ends_with(w.as_str()) && lowered.as_bytes().get(lowered.len() - w.len() - 1) == Some(&b' '))
            .and_then(|w| g.get(..g.len() - w.len()))
            .map_or(g, str::trim_end);
        let mut words: Vec<&str> = g.words().collect();
        // "Sara Okafor Business Reporter": a desk and a role after the name, no comma
        // between; "Staff Writer" alone names no one
        if let Some(k) = words.iter().position(|w| lex.roles.contains(&w.to_lowercase())) {
            words.truncate(k);
            while words.len() > 2 && words.last().is_some_and(|w| crate::lexicon::names::is_common_word(w)) {
                words.pop();
            }
            if words.len() < 2 || words.iter().all(|w| crate::lexicon::names::is_common_word(w)) {
                continue;
            }
        }
        let g = &words.join(" ");
        if parse_date(g, lex).is_some() || lex.months.contains_key(&lowered) || lex.weekdays.contains(&lowered) {
            continue;
        }
        let ok = words.len() <= 5
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || crate::lexicon::names::NAME_PARTICLES.contains(w)
            });
        if !ok {
            return None;
        }
        names.push(g.to_string());
    }
    let first = names.first()?;
    // "By Monday." is not a byline.
    let fl = first.to_lowercase();
    if lex.weekdays.contains(&fl) || lex.months.contains_key(&fl) {
        return None;
    }
    Some(names.join(", "))
}

/// Where a month followed by a day in digits starts in `s` ("March 27", "Mar. 4,"), if anywhere.
fn date_start(s: &str, lex: &Lexicon) -> Option<usize> {
    let mut at = 0;
    let mut words = s.split(' ').peekable();
    while let Some(w) = words.next() {
        let month = lex.months.contains_key(&w.trim_end_matches(['.', ',']).to_ascii_lowercase());
        if month && words.peek().is_some_and(|d| d.trim_end_matches(',').parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))) {
            return Some(at);
        }
        at += w.len() + 1;
    }
    None
}

/// True when the word `w`, without its punctuation and in any case, is one of the byline
/// roles ("correspondent", "Writer,").
fn is_role_word(w: &str) -> bool {
    lexicon().roles.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
}

/// A line that only names a writer's role: up to four words ending in one of the byline
/// roles ("Transport correspondent", "Staff Writer"), no quotation, no line break.
pub(crate) fn role_line(line: &str) -> bool {
    let line = line.trim();
    let words = line.words().count();
    (1..=4).contains(&words) && !has_any_quote(line) && !line.contains('\n') && line.words().last().is_some_and(is_role_word)
}

/// A byline line without "By": a name (a known first name and one or two more capitalised
/// words), then a desk and a role ("Denis Okafor Health policy editor", "Ana Ruiz, Staff
/// Writer"): the name.
pub(crate) fn byline_unprefixed(line: &str) -> Option<String> {
    let lex = lexicon();
    let words: Vec<&str> = line.words().collect();
    if words.len() > 7 || words.len() < 3 || has_any_quote(line) {
        return None;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if !words.last().is_some_and(|w| is_role_word(w)) {
        return None;
    }
    // the name: capitalised words up to a comma or the first lowercase or desk word
    let mut n = 0;
    while n < words.len() && n < 3 && words[n].starts_with(|c: char| c.is_uppercase()) && !is_role_word(words[n]) {
        let comma = words[n].ends_with(',');
        n += 1;
        if comma {
            break;
        }
    }
    // (a third word is the desk unless a name's lexicon knows it: "Ruth Callender Transport
    // correspondent"; not before a comma, which ends the name)
    let desk = |w: &str| {
        crate::lexicon::names::is_common_word(w.trim_end_matches(','))
            || (!w.ends_with(',') && !crate::lexicon::names::is_known_surname(w) && crate::lexicon::names::first_name_gender(w).is_none())
    };
    while n > 2 && desk(words[n - 1]) {
        n -= 1;
    }
    if n < 2 {
        return None;
    }
    // "Mihi Karaka, Te Ao Māori reporter": a name and a comma, then a beat that may be
    // capitalised; the name needs no first name the lexicon knows, only a name's shape
    let comma = words[n - 1].ends_with(',');
    let name = || {
        let ws = || words[..n].iter().map(|w| w.trim_end_matches(','));
        ws().all(|w| name_word(w) && !org_or_place_word(w)) && crate::lexicon::places::place_kind(&ws().collect::<Vec<_>>().join(" ")).is_none()
    };
    if crate::lexicon::names::first_name_gender(words[0]).is_none_or(|g| g.count < 1_000) && !(comma && name()) {
        return None;
    }
    // the rest is a desk and a role: no verb, no sentence words
    let rest_ok = words[n..].iter().all(|w| {
        let b = bare(w);
        lex.roles.contains(&b)
            || name_word(w.trim_end_matches(','))
            || (crate::lexicon::names::is_common_word(&b) && !matches!(b.as_str(), "is" | "was" | "and" | "the" | "said" | "says"))
    });
    rest_ok.then(|| words[..n].join(" ").trim_end_matches(',').to_string())
}

/// A word shaped like one of a person's names: a capital, then letters, hyphens,
/// apostrophes or periods ("O'Neil", "Jean-Luc", "J.").
pub(crate) fn name_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
}

/// A word of an organization's name or the head of a place's ("Star", "Park"): no word of
/// a person's name.
fn org_or_place_word(w: &str) -> bool {
    crate::attribute::lexicon::lexicon().org_words.contains(w) || crate::lexicon::names::place_head(w).is_some()
}

/// [`name_line`] by shape alone: two or three words shaped like a name's, none an
/// organization's or a place's word, whatever the first-name lexicon knows.
pub(crate) fn name_shaped_line(line: &str) -> bool {
    let words: Vec<&str> = line.words().collect();
    (2..=3).contains(&words.len()) && words.iter().all(|w| name_word(w) && !org_or_place_word(w)) && crate::lexicon::places::place_kind(line.trim()).is_none()
}

/// A line that is only a person's name: two or three capitalised words, the first a
/// common first name (1,000 US births at least), none an organization's or a place's
/// word ("Catherine Lau"; not "Toronto Star", "Victoria Park").
pub(crate) fn name_line(line: &str) -> bool {
    name_shaped_line(line) && {
        let mut words = line.words();
        words.next().and_then(crate::lexicon::names::first_name_gender).is_some_and(|g| g.count >= 1_000)
            && words.last().is_some_and(|l| !crate::lexicon::names::is_common_word(l))
    }
}

/// A short header line beside a byline or a date line: a place in capitals ("OTTAWA",
/// a dateline) or a name of up to six capitalised words and joiners, no sentence ("The
/// Globe and Mail", other furniture).
pub(crate) fn header_label(line: &str) -> Option<FurnitureKind> {
    let words: Vec<&str> = line.words().collect();
    if words.is_empty() || words.len() > 6 || line.ends_with(['.', ',', ':', '?', '!']) || has_any_quote(line) {
        return None;
    }
    let title_case = || {
        words
            .iter()
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map(|f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    if line.chars().all(|c| !c.is_lowercase()) && crate::lexicon::places::place_kind(&title_case()).is_some() {
        return Some(FurnitureKind::Dateline);
    }
    let named = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "and" | "of" | "the" | "&"));
    named.then_some(FurnitureKind::Other)
}

/// An author's note closing the story: the byline's name, then "is a ... reporter"
/// ("Sara Okafor is a Toronto-based reporter covering work. Follow her on Twitter: @so").
pub(crate) fn is_author_bio(p: &str, byline: &str, shape: &Shape) -> bool {
    if shape.more_than(50) || shape.double_quote {
        return false;
    }
    byline.split(", ").any(|name| {
        let Some(rest) = p.strip_prefix(name) else { return false };
        let Some(rest) = [" is a ", " is an ", " is the ", " covers ", " writes "].iter().find_map(|v| rest.strip_prefix(v)) else { return false };
        let first = rest.split(". ").next().unwrap_or(rest);
        first.words().any(is_role_word)
    })
}

/// A writer's contact note: a short paragraph with an email address or an @handle and a
/// phrase of `[contact]` in `byline.txt` ("Have a tip? Jane Doe may be reached at
/// jdoe@example.com."). `lp` is `p` ASCII-lower-cased, `shape` the paragraph's [`Shape`].
pub(crate) fn is_contact_note(p: &str, lp: &str, shape: &Shape) -> bool {
    if shape.more_than(40) || shape.double_quote {
        return false;
    }
    let b = p.as_bytes();
    let address = memchr::memchr_iter(b'@', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric));
    address && lexicon().contact.iter().any(|c| lp.contains(c.as_str()))
}

/// A contributor line: "Reporting by ...", "Contributing: ...", "X contributed to this report."
/// `shape` is the paragraph's [`Shape`].
pub(crate) fn is_contributor(p: &str, shape: &Shape) -> bool {
    if shape.more_than(40) || shape.double_quote {
        return false;
    }
    let lex = lexicon();
    // ("— With files from The Canadian Press": a dash may open the line; "(Reporting by X;
    // Editing by Y)": a bracket, as wires print it)
    let p = p.trim_start_matches(['—', '–', '-', ' ', '(']);
    if lex.contributor_first.entries(&lex.contributor_prefixes, p).any(|pre| starts_word_ci(p, pre)) && p.starts_with(|c: char| c.is_uppercase()) {
        return true;
    }
    let l = p.trim_end_matches(['.', ')']).trim_end();
    !shape.more_than(25)
        && lex.contributor_suffixes.iter().any(|s| {
            l.len() >= s.len() && l.get(l.len() - s.len()..).is_some_and(|tail| tail.eq_ignore_ascii_case(s))
        })
}

/// A date line ("Tuesday, May 3, 2016.", "Published: June 11, 2018 10:00 ET"): its ISO date.
pub(crate) fn date_line(p: &str) -> Option<String> {
    if p.len() > 100 || word_count(p, 20) > 20 || has_any_quote(p) {
        return None;
    }
    let lex = lexicon();
    let date = parse_date(p, lex)?;
    const FILLER: &[&str] = &[
        "published", "updated", "posted", "on", "at", "last", "modified", "date", "am", "pm", "a.m", "p.m", "et", "est", "edt", "gmt",
        "utc", "pt", "pst", "pdt", "ct", "cst", "cdt", "mt", "mst", "mdt", "at", "ast", "adt", "nt", "nst", "ndt", "bst", "cet", "cest", "aest", "aedt", "ist", "first", "|",
    ];
    let all_date_words = p.words().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '(' | ')' | '|' | '-' | '—')).to_lowercase();
        w.is_empty()
            || w.chars().any(|c| c.is_ascii_digit())
            || lex.months.contains_key(&w)
            || lex.weekdays.contains(&w)
            || FILLER.contains(&w.as_str())
    });
    if all_date_words {
        return Some(date);
    }
    // "Thursday March 14 2024, 6.00pm, The Times": a date line, a comma, the outlet's name
    if let Some((head, _)) = p.rsplit_once(", ").filter(|(_, o)| outlet_name(o.trim_end_matches('.'))) {
        return date_line(head);
    }
    // "CBC News · Posted: Nov 12, 2019 4:15 PM CT": an outlet's name of up to four
    // capitalised words, a separator, then a date line
    let (source, rest) = p.split_once(['·', '|'])?;
    let words = source.words();
    if words.clone().count() > 4 || !words.clone().all(|w| w.starts_with(|c: char| c.is_uppercase())) {
        return None;
    }
    date_line(rest)
}

/// The first full date (with a year) in `s`, as ISO 8601 `YYYY-MM-DD`.
pub(crate) fn parse_date(s: &str, lex: &Lexicon) -> Option<String> {
    // every date read below has a day or a year in digits: most lines have none
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks: Vec<String> = s
        .words()
        .take(40)
        .map(|w| crate::text::lower(w.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')' | ';' | ':'))))
        .collect();
    let day = |t: &str| t.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let year = |t: &str| t.parse::<u32>().ok().filter(|y| (1800..=2200).contains(y) && t.len() == 4);
    for (i, t) in toks.iter().enumerate() {
        if let Some(iso) = iso_date(t) {
            return Some(iso);
        }
        let Some(&m) = lex.months.get(t.as_str()) else { continue };
        // "May" the verb is common: a month needs a day and a year beside it.
        let after = toks.get(i + 1).map(String::as_str).unwrap_or("");
        let after2 = toks.get(i + 2).map(String::as_str).unwrap_or("");
        if let (Some(d), Some(y)) = (day(after), year(after2)) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
        let before = if i > 0 { toks.get(i - 1).map(String::as_str).unwrap_or("") } else { "" };
        if let (Some(d), Some(y)) = (day(before), year(after)) {
            return Some(format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    None
}

/// `YYYY-MM-DD` (optionally followed by a time) as an ISO date.
fn iso_date(t: &str) -> Option<String> {
    let d = t.get(..10)?;
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        let m: u32 = d.get(5..7)?.parse().ok()?;
        let day: u32 = d.get(8..10)?.parse().ok()?;
        if (1..=12).contains(&m) && (1..=31).contains(&day) {
            return Some(d.to_string());
        }
    }
    None
}

/// A dateline at the start of a story paragraph: `(prefix end, body start, publisher)`.
///
/// "WASHINGTON (Reuters) - ...", "LIMA, Peru (AP) — ...", "SEATTLE — ...".
pub(crate) fn dateline(p: &str) -> Option<(usize, usize, Option<String>)> {
    let window = p.get(..p.len().min(120)).or_else(|| {
        let mut e = p.len().min(120);
        while !p.is_char_boundary(e) {
            e -= 1;
        }
        p.get(..e)
    })?;
    // (a dash is looked for only where its byte is: the hyphen of "--", " - ", " -- " and
    // the lead byte 0xE2 of "—", "–" tested a word at a time; a search of " - " calls
    // memchr at every space)
    let (hyphen, lead) = (crate::text::has_byte(window, b'-'), crate::text::has_byte(window, 0xE2));
    let (dash_at, dash_len) = [("—", lead), ("–", lead), ("--", hyphen), (" - ", hyphen), (" -- ", hyphen)]
        .iter()
        .filter(|(_, present)| *present)
        .filter_map(|(d, _)| crate::text::find_short(window, d).map(|i| (i, d.len())))
        .min_by_key(|(i, _)| *i)?;
    let prefix = p[..dash_at].trim_end();
    let after = &p[dash_at + dash_len..];
    let body_off = dash_at + dash_len + (after.len() - after.trim_start().len());
    let body = &p[body_off..];
    if prefix.is_empty() || body.is_empty() || word_count(prefix, 10) > 10 {
        return None;
    }
    // The story must start as a sentence does.
    if !body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')) {
        return None;
    }
    let lex = lexicon();
    let mut publisher = None;
    let mut place = prefix;
    if prefix.ends_with(')') {
        let open = prefix.rfind('(')?;
        let inner = prefix.get(open + 1..prefix.len() - 1)?.trim();
        // a wire service, or a station's call letters ("WESTFIELD, Iowa (KTVR) -"): a
        // dateline with no syndication
        match lex.wires.get(&inner.to_lowercase()) {
            Some(w) => publisher = Some(w.clone()),
            None if (2..=8).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-') => {}
            None => return None,
        }
        place = prefix[..open].trim_end();
    }
    if place.is_empty() || place.contains(['(', ')', '"', '“', '”']) {
        return None;
    }
    let tokens_ok = place.words().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || lex.months.contains_key(&w.trim_end_matches(['.', ',']).to_lowercase())
    });
    if !tokens_ok {
        return None;
    }
    let first = place.words().next().unwrap_or("").trim_end_matches(',');
    let letters: Vec<char> = first.chars().filter(|c| c.is_alphabetic()).collect();
    let first_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    if !first_caps && publisher.is_none() {
        return None;
    }
    let dash_end = dash_at + dash_len - (dash_len - p[dash_at..dash_at + dash_len].trim_end().len());
    Some((dash_end, body_off, publisher))
}

/// A dateline ending with a colon at the start of a story paragraph, as South Asian papers
/// print it: "THANJAVUR: Paddy farmers ...", "NEW DELHI: ...". `(prefix end, body start)`.
/// A place of one to four words in capitals whose first is no given name ("TASHA BELL:" is
/// a transcript's speaker), then a sentence of eight words at least.
pub(crate) fn colon_dateline(p: &str) -> Option<(usize, usize)> {
    // (the place may stand on a line of its own: "UNITED NATIONS:\nThe strike ...")
    let head = &p.as_bytes()[..p.len().min(42)];
    let colon = memchr::memchr(b':', head).filter(|&c| matches!(p.as_bytes().get(c + 1), Some(b' ' | b'\n')))?;
    let place = &p[..colon];
    let words: Vec<&str> = place.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let caps = |w: &&str| w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'));
    if words.is_empty() || words.len() > 4 || !words.iter().all(caps) || words.first().is_some_and(|w| crate::lexicon::names::is_known_first_name(w)) {
        return None;
    }
    let body = &p[colon + 2..];
    if !body.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || word_count(body, 8) < 8 {
        return None;
    }
    Some((colon + 1, colon + 2))
}

/// Function words that stay lower-case in a title.
const SMALL: &[&str] = &[
    "a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "at", "by", "from", "as", "vs", "vs.", "but", "nor", "is",
    "via", "into", "over", "per", "&",
];

/// A short title-like paragraph ("Rising Costs", "‘Open Doors’", "LETTERS.").
pub(crate) fn is_subhead_shape(p: &str) -> bool {
    if p.len() > 100 || p.contains('\n') || word_count(p, 10) > 10 {
        return false;
    }
    let letters: Vec<char> = p.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() < 3 {
        return false;
    }
    let all_caps = letters.iter().all(|c| c.is_uppercase());
    let lower = crate::text::lower(p);
    if has_speech_verb(&lower) {
        return false;
    }
    // A quoted phrase as a heading: ‘Open Doors’.
    let opens = ['‘', '“', '"', '\''];
    let closes = ['’', '”', '"', '\''];
    if p.starts_with(opens) && p.ends_with(closes) {
        let inner = p.trim_start_matches(opens).trim_end_matches(closes);
        if inner.ends_with(['.', '!', '?', ',', ':', ';']) || has_any_quote(inner) || word_count(inner, 6) > 6 {
            return false;
        }
        return title_case(inner) || letters.iter().all(|c| c.is_uppercase());
    }
    if has_any_quote(p) {
        return false;
    }
    if all_caps {
        // "LETTERS." or "1. WHAT IT MEANS." — headings in capitals may keep a period.
        return !p.ends_with([':', ',', ';', '?', '!']) && word_count(p, 12) <= 12;
    }
    if p.ends_with(['.', '!', '?', ':', ',', ';', '…']) {
        return false;
    }
    if !p.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    title_case(p)
}

/// Most significant words start with a capital.
fn title_case(s: &str) -> bool {
    let mut sig = 0;
    let mut cap = 0;
    for w in s.words() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || SMALL.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        sig += 1;
        if w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            cap += 1;
        }
    }
    sig >= 1 && cap * 4 >= sig * 3
}

/// Does the sentence `line` end in a past-tense attribution after a comma (", prosecutors
/// said.", ", the company said in a statement.")? Headlines report in the present ("..., police
/// say") or in title case ("..., Trump Said The 11 Words"); a lede reports in the past.
fn ends_in_attribution(line: &str) -> bool {
    let Some((_, tail)) = line.trim_end_matches(['.', '!']).rsplit_once(',') else {
        return false;
    };
    let words: Vec<&str> = tail.words().collect();
    (2..=8).contains(&words.len()) && words[..words.len().min(4)].iter().any(|w| matches!(*w, "said" | "told" | "announced" | "reported"))
}

/// Could this line be a headline? (First substantial line of an article.)
pub(crate) fn is_headline_shape(line: &str) -> bool {
    let nw = word_count(line, 30);
    if nw == 0 || nw > 30 || line.len() > 300 {
        return false;
    }
    if !line.chars().any(char::is_alphabetic) {
        return false;
    }
    let lower = crate::text::lower(line);
    // A quotation with its attribution is a story sentence.
    if has_double_quote(line) && has_speech_verb(&lower) {
        return false;
    }
    if line.ends_with(['.', '!']) && !line.ends_with("..") {
        // Headlines may end with a period (news archives add one); then keep them short.
        // A long one in sentence case is the story's first sentence: such headlines have at
        // most 17 words in PolNeAR's 924 (title-case ones run to 25).
        let capitalised = line.words().filter(|w| w.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric())).count();
        return nw <= 25 && !(nw > 18 && capitalised * 2 < nw) && !ends_in_attribution(line);
    }
    !line.ends_with([',', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_stops_one_past_the_cap() {
        // the plain count, for comparison
        let all = |s: &str| s.split_ascii_whitespace().count();
        let long = "word ".repeat(200);
        for s in ["", " ", "one", " one  two\tthree\n", "a\u{a0}b c", long.as_str(), &long[3..]] {
            for cap in [0, 1, 2, 10, 63, 64, 80, 500] {
                assert_eq!(word_count(s, cap), all(s).min(cap + 1), "{s:?} cap {cap}");
            }
        }
        // every byte value below 0x80 and a multi-byte character, at every position of
        // two blocks, between words and spaces of every kind
        for c in (0u8..0x80).map(char::from).chain(['\u{a0}', '“', '\u{85}']) {
            for pad in 0..17 {
                for fill in ["x", " ", "\t", "\r\n", "\u{b}", "\u{c}"] {
                    let s = format!("{}{c}{}{c}ab{c}", fill.repeat(pad), "y z".repeat(pad % 5));
                    for cap in [0, 3, 80] {
                        assert_eq!(word_count(&s, cap), all(&s).min(cap + 1), "{s:?} cap {cap}");
                    }
                }
            }
        }
        // a space or a letter at every position of three groups of 64 bytes and a tail
        let base = "ab c\td  ef\r\ng h ".repeat(14);
        for at in 0..base.len() {
            for c in [b'x', b' ', b'\t', b'\n', 0x0b, 0x0c, b'\r'] {
                let mut t = base.clone().into_bytes();
                t[at] = c;
                let s = String::from_utf8(t).unwrap_or_default();
                for cap in [0, 20, 40, 41, 80, 500] {
                    assert_eq!(word_count(&s, cap), all(&s).min(cap + 1), "{s:?} cap {cap}");
                }
            }
        }
        // every byte up to 0x21 (and two others) at every position of three groups of 64
        // bytes otherwise of letters and spaces: a group whose bytes below 0x21 are all
        // spaces is read once, one holding a byte below 0x20 again byte by byte
        let plain = "ab cd  efg h ".repeat(16);
        for at in 0..plain.len() {
            for c in (0u8..=0x21).chain([b'x', 0x7f]) {
                let mut t = plain.clone().into_bytes();
                t[at] = c;
                let s = String::from_utf8(t).unwrap_or_default();
                for cap in [0, 20, 40, 41, 80, 500] {
                    assert_eq!(word_count(&s, cap), all(&s).min(cap + 1), "{s:?} cap {cap}");
                }
            }
        }
    }

    #[test]
    fn double_quotes_found_anywhere() {
        let plain = |s: &str| s.contains('"') || s.contains("''") || s.contains(['“', '”', '„', '«', '»']);
        for mark in ["\"", "''", "'", "“", "”", "„", "‟", "«", "»", "‹", "’", "‘", "\u{2019}\u{2019}", "é", "\u{a0}"] {
            for pad in 0..20 {
                let s = format!("{}{mark}{}", "a".repeat(pad), " b".repeat(pad % 3));
                assert_eq!(has_double_quote(&s), plain(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn layout_rules_dates() {
        let l = lexicon();
        assert_eq!(parse_date("on June 11, 2018, at", l).as_deref(), Some("2018-06-11"));
        assert_eq!(parse_date("11 June 2018", l).as_deref(), Some("2018-06-11"));
        assert_eq!(parse_date("2016-05-03T10:00", l).as_deref(), Some("2016-05-03"));
        assert_eq!(parse_date("they may 3 2016x", l), None);
        assert_eq!(date_line("Tuesday, May 3, 2016.").as_deref(), Some("2016-05-03"));
        assert_eq!(date_line("He left on May 3, 2016."), None);
    }

    #[test]
    fn layout_rules_publisher() {
        assert_eq!(publisher_after(" North Coast Public Radio/Radio Nord and is reprinted").as_deref(), Some("North Coast Public Radio/Radio Nord"));
        assert_eq!(publisher_after(" the Washington Examiner.").as_deref(), Some("Washington Examiner"));
        assert_eq!(publisher_after(" Broadside Books, an imprint").as_deref(), Some("Broadside Books"));
        assert_eq!(publisher_after(" our partners"), None);
    }
}
