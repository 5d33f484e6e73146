//! Segmentation of one paragraph: [`Token`]s, paired quotation marks
//! ([`QuoteSpan`]) and [`Sentence`]s, all as byte offsets into the article text.
//!
//! Data flows `tokenize` -> `pair_quotes` -> `sentences`; the attribution stage
//! reads the resulting [`Paragraph`].

mod abbrev;

pub(crate) use abbrev::{abbreviation, AbbrevKind};

/// Builds the tables of this module (see `Analyzer::new`).
pub(crate) fn preload() {
    abbrev::abbreviation("");
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and internal apostrophes, hyphens, abbreviation periods).
    Word,
    /// Starts with a digit.
    Number,
    /// A quotation mark: “ ” " ‘ ’ ' « » „.
    Quote,
    /// Any other single non-space character.
    Punct,
}

/// One token of a paragraph, as a byte range of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number, quote mark or punctuation.
    pub kind: TokKind,
    /// The first character (the mark itself for quotes and punctuation).
    pub first: char,
    /// An abbreviation that ends in a period ("Mr.", "U.S.", "J.").
    pub abbrev: Option<AbbrevEnd>,
    /// Whitespace (or the paragraph start) precedes the token.
    pub space_before: bool,
    /// A word starting with an uppercase letter ([`Token::is_capitalized`]), worked out once
    /// by [`tokenize`]: the rules ask it of most tokens several times over (a Unicode
    /// uppercase test each time).
    capitalized: bool,
}

/// Whether an abbreviation can end a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevEnd {
    /// "Mr.", "Sen.", initials: never ends a sentence.
    Never,
    /// "U.S.", "Inc.": ends one when a sentence opener follows.
    May,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
    /// True for a word starting with an uppercase letter.
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
    /// True for the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.first == c
    }
}

/// A pair of quotation marks, as token indices within the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark; `None` when the quote runs to the paragraph's end.
    pub close: Option<usize>,
    /// Single marks (‘ ’) rather than double.
    pub single: bool,
}

impl QuoteSpan {
    /// Index one past the last token inside the quote.
    pub fn inner_end(&self, n_tokens: usize) -> usize {
        self.close.unwrap_or(n_tokens)
    }
    /// True when token `i` lies inside the marks.
    pub fn contains(&self, i: usize, n_tokens: usize) -> bool {
        i > self.open && i < self.inner_end(n_tokens)
    }
}

/// A sentence as a half-open range of token indices within the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Most tokens in one analyzed paragraph: longer ones are cut ([`Paragraph::pieces`]).
/// A long news paragraph has a few hundred.
pub const MAX_PARAGRAPH_TOKENS: usize = 2_000;

/// One paragraph, segmented.
#[derive(Debug, Clone, Default)]
pub struct Paragraph {
    /// Byte range in the article text.
    pub start: usize,
    /// One past the paragraph's last byte.
    pub end: usize,
    /// Tokens in order.
    pub tokens: Vec<Token>,
    /// Quotation-mark pairs in order of their opening mark.
    pub quotes: Vec<QuoteSpan>,
    /// For each token, the index into `quotes` of the double-quote span it lies inside.
    pub in_quote: Vec<Option<u16>>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// For each token: bit 1 when it opens a quotation, bit 2 when it closes one.
    pub marks: Vec<u8>,
    /// Each token's class in the rules' cue lexicon, looked up the first time the rules or
    /// the learned layer ask for it ([`crate::attribute::cue_class`]); `None`: not yet.
    pub(crate) cue_classes: std::cell::OnceCell<Box<[crate::attribute::CueMemo]>>,
}

impl Paragraph {
    /// Segments the paragraph at byte range `start..end` of `text`.
    pub fn new(text: &str, start: usize, end: usize) -> Self {
        let tokens = tokenize(text, start, end);
        let quotes = pair_quotes(&tokens);
        let mut in_quote = vec![None; tokens.len()];
        for (qi, q) in quotes.iter().enumerate() {
            let e = q.inner_end(tokens.len());
            for slot in in_quote.iter_mut().take(e).skip(q.open + 1) {
                if slot.is_none() {
                    *slot = Some(qi.min(u16::MAX as usize) as u16);
                }
            }
        }
        let sentences = sentences(&tokens, &in_quote, text);
        let mut marks = vec![0u8; tokens.len()];
        for q in &quotes {
            if let Some(m) = marks.get_mut(q.open) {
                *m |= 1;
            }
            if let Some(m) = q.close.and_then(|c| marks.get_mut(c)) {
                *m |= 2;
            }
        }
        Paragraph { start, end, tokens, quotes, in_quote, sentences, marks, cue_classes: Default::default() }
    }

    /// Segments `start..end` of `text` as one paragraph, or, past [`MAX_PARAGRAPH_TOKENS`],
    /// as several cut at sentence ends (else at the limit). Returns the pieces and, when
    /// cut, a warning. Later stages compare a paragraph's quotes with one another, so the
    /// cut keeps a paragraph of any shape linear in time; a quote or cue is only lost at a cut.
    pub fn pieces(text: &str, start: usize, end: usize) -> (Vec<Paragraph>, Option<String>) {
        let mut pieces = Vec::new();
        let warning = Paragraph::pieces_into(text, start, end, &mut pieces);
        (pieces, warning)
    }

    /// [`Paragraph::pieces`], pushed onto `out` (no vector of its own for the one piece
    /// most paragraphs are).
    pub fn pieces_into(text: &str, start: usize, end: usize, out: &mut Vec<Paragraph>) -> Option<String> {
        let whole = Paragraph::new(text, start, end);
        if whole.tokens.len() <= MAX_PARAGRAPH_TOKENS {
            out.push(whole);
            return None;
        }
        let n = whole.tokens.len();
        let mut cuts = Vec::new();
        let mut from = 0;
        let mut last_end = 0; // the last sentence end after `from`
        for s in &whole.sentences {
            if s.end - from > MAX_PARAGRAPH_TOKENS {
                if last_end > from {
                    cuts.push(last_end);
                    from = last_end;
                }
                while s.end - from > MAX_PARAGRAPH_TOKENS {
                    from += MAX_PARAGRAPH_TOKENS;
                    cuts.push(from);
                }
            }
            last_end = s.end;
        }
        let first = out.len();
        out.reserve(cuts.len() + 1);
        let pieces = out;
        let mut b0 = start;
        for &c in &cuts {
            let Some(t) = whole.tokens.get(c) else { continue };
            if t.start > b0 {
                pieces.push(Paragraph::new(text, b0, t.start));
                b0 = t.start;
            }
        }
        pieces.push(Paragraph::new(text, b0, end));
        let warning = format!(
            "a paragraph of {n} tokens was analyzed in {} pieces of at most {MAX_PARAGRAPH_TOKENS} tokens (quotes across a cut may be missed)",
            pieces.len() - first
        );
        Some(warning)
    }

    /// True when token `i` is inside quotation marks.
    pub fn quoted(&self, i: usize) -> bool {
        self.in_quote.get(i).copied().flatten().is_some()
    }
}

fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'' | '«' | '»' | '„' | '‟')
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The character starting at byte `b` of `s` (`None` at the end or off a boundary).
#[inline]
fn char_at(s: &str, b: usize) -> Option<char> {
    let x = *s.as_bytes().get(b)?;
    if x < 0x80 {
        return Some(x as char);
    }
    s.get(b..)?.chars().next()
}

// What a byte is to the tokenizer ([`ASCII_CLASS`]): ASCII punctuation, whitespace, a
// letter or digit, or a byte of a multi-byte character (which is decoded).
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const MULTI: u8 = 3;

/// The class of every byte value, as `char::is_whitespace` and `char::is_alphanumeric` say for ASCII.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c >= 0x80 {
            MULTI
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b' ' | b'\t'..=b'\r') {
            SPACE
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// How many bytes from `k` on are ASCII letters or digits (the bytes [`ASCII_CLASS`] calls
/// `ALNUM`): eight at a time while eight remain, then byte by byte.
#[inline]
fn alnum_run(bytes: &[u8], k: usize) -> usize {
    let mut n = 0;
    while let Some(block) = bytes.get(k + n..k + n + 8) {
        let w = u64::from_le_bytes(block.try_into().unwrap_or_default());
        let stops = !alnum_bits(w) & HIGH;
        if stops != 0 {
            // (little-endian: the first byte that is no letter or digit is the lowest set bit)
            return n + (stops.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + bytes.get(k + n..).unwrap_or_default().iter().take_while(|&&y| ASCII_CLASS[usize::from(y)] == ALNUM).count()
}

/// The high bit of every byte.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// The low bit of every byte.
const LOW: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of `w` that is an ASCII letter or digit. Each byte's low seven
/// bits `x` are compared with a range's ends by one addition or subtraction per word, with
/// no carry or borrow between bytes: `x + (0x80 - lo)` has its high bit set when `x >= lo`,
/// `(0x80 + hi) - x` when `x <= hi`.
#[inline]
fn alnum_bits(w: u64) -> u64 {
    let x = w & !HIGH;
    let within = |x: u64, lo: u8, hi: u8| (x + (0x80 - u64::from(lo)) * LOW) & ((0x80 + u64::from(hi)) * LOW - x);
    let digit = within(x, b'0', b'9');
    // (setting 0x20 makes capitals small letters, and no other byte one)
    let letter = within(x | 0x20 * LOW, b'a', b'z');
    (digit | letter) & !w & HIGH
}

/// `c.is_alphanumeric()`, without the Unicode tables for ASCII and for the General
/// Punctuation block (U+2000 to U+206F: spaces, dashes, curly quotes, none a letter or
/// digit), where most of a text's other characters are.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// Splits `text[start..end]` into tokens.
///
/// Works on byte positions of the slice: ASCII bytes are classed by a table, other
/// characters decoded one at a time; no per-paragraph table of characters.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let Some(slice) = text.get(start..end) else { return Vec::new() };
    let bytes = slice.as_bytes();
    // (news runs about one token to five bytes, more with numbers and punctuation: room
    // for one to four spares most paragraphs a regrowth)
    let mut out = Vec::with_capacity(slice.len() / 4 + 1);
    let mut b = 0;
    let mut space_before = true;
    while let Some(&x) = bytes.get(b) {
        let class = ASCII_CLASS[usize::from(x)];
        if class == SPACE {
            space_before = true;
            b += 1;
            continue;
        }
        let c = if class == MULTI {
            let Some(c) = char_at(slice, b) else { break };
            if c.is_whitespace() {
                space_before = true;
                b += c.len_utf8();
                continue;
            }
            c
        } else {
            char::from(x)
        };
        let cl = c.len_utf8();
        let tok_start = start + b;
        if class == ALNUM || (class == MULTI && is_alphanumeric(c)) {
            // ASCII letters and digits
            let j = b + cl + alnum_run(bytes, b + cl);
            // most words end there (`plain_word_end`): the rest are read apart, keeping this loop small
            let (tok_end, abbrev) = if plain_word_end(bytes, j) {
                (j, None)
            } else {
                word_end(slice, b, c, j)
            };
            let kind = if c.is_ascii_digit() { TokKind::Number } else { TokKind::Word };
            let capitalized = kind == TokKind::Word && c.is_uppercase();
            out.push(Token { start: tok_start, end: start + tok_end, kind, first: c, abbrev, space_before, capitalized });
            b = tok_end;
        } else if (c == '\'' || c == '`') && slice.as_bytes().get(b + 1) == Some(&(c as u8)) {
            // two apostrophes or backticks stand for a double quotation mark (''quote'', ``quote'')
            let first = if c == '`' { '“' } else { '"' };
            out.push(Token { start: tok_start, end: tok_start + 2, kind: TokKind::Quote, first, abbrev: None, space_before, capitalized: false });
            b += 2;
        } else if (c == '’' || c == '‘') && slice.get(b + cl..).is_some_and(|r| r.starts_with(c)) {
            // two typographic single marks stand for a double one: “quote’’, ‘‘quote’’
            let first = if c == '‘' { '“' } else { '”' };
            out.push(Token { start: tok_start, end: tok_start + 2 * cl, kind: TokKind::Quote, first, abbrev: None, space_before, capitalized: false });
            b += 2 * cl;
        } else {
            let kind = if is_quote_char(c) { TokKind::Quote } else { TokKind::Punct };
            // (a quotation mark or punctuation: no word, so not capitalised)
            out.push(Token { start: tok_start, end: tok_start + cl, kind, first: c, abbrev: None, space_before, capitalized: false });
            b += cl;
        }
        space_before = false;
        // (most tokens have one space after them: read here, not by another turn of the loop)
        if bytes.get(b) == Some(&b' ') {
            b += 1;
            space_before = true;
        }
    }
    out
}

/// Whether a word read up to byte `j` of `bytes` ends there, as [`word_end`] would find,
/// and is no abbreviation: at the end, or at an ASCII byte that joins nothing (a space,
/// most punctuation; a period may end an abbreviation), or at an apostrophe, hyphen, comma
/// or ampersand that no letter or digit follows ("Trump, who", "rock 'n' roll").
#[inline]
fn plain_word_end(bytes: &[u8], j: usize) -> bool {
    match bytes.get(j) {
        None => true,
        Some(b'.') => false,
        Some(b'\'' | b'-' | b',' | b'&') => bytes.get(j + 1).is_none_or(|&z| z < 0x80 && ASCII_CLASS[usize::from(z)] != ALNUM),
        Some(&y) => y < 0x80,
    }
}

/// The end of the word starting with `c` at byte `b` of `slice`, read up to byte `j`
/// (one past its last byte, an abbreviation's period included), and the abbreviation it
/// is, if any: the words [`tokenize`] does not end at once, those with internal
/// apostrophes, hyphens, periods or commas, with other than ASCII letters, or before a period.
#[inline(never)]
fn word_end(slice: &str, b: usize, c: char, mut j: usize) -> (usize, Option<AbbrevEnd>) {
    let bytes = slice.as_bytes();
    let cl = c.len_utf8();
    loop {
        // ASCII letters and digits
        j += alnum_run(bytes, j);
        // most words end at an ASCII byte that joins nothing (a space, most punctuation)
        if bytes.get(j).is_some_and(|&y| y < 0x80 && !matches!(y, b'\'' | b'-' | b'.' | b',' | b'&')) {
            break;
        }
        let Some(cj) = char_at(slice, j) else { break };
        if is_alphanumeric(cj) {
            j += cj.len_utf8();
            continue;
        }
        if !(is_apostrophe(cj) || cj == '-' || cj == '.' || cj == ',' || cj == '&') {
            break;
        }
        let Some(next) = char_at(slice, j + cj.len_utf8()).filter(|&x| is_alphanumeric(x)) else { break };
        // internal apostrophe (don't), hyphen (Secretary-General), dotted
        // abbreviation (U.S), decimal or thousands separator (1,000), AT&T
        let ok = match cj {
            '.' => slice[b..j].chars().all(|x| !x.is_alphabetic()) || alnum_run_is_one(&slice[b..j]),
            ',' => c.is_ascii_digit() && next.is_ascii_digit(),
            _ => true,
        };
        if !ok {
            break;
        }
        j += cj.len_utf8() + next.len_utf8();
    }
    let mut tok_end = j;
    let mut abbrev = None;
    if slice.as_bytes().get(j) == Some(&b'.') {
        let word = &slice[b..j];
        // "Toronto-St. Paul's", "Winston-Salem ... Ft.": the part after a hyphen (by bytes:
        // `rsplit_once('-')` sets up std's char search for every word before a period)
        let tail = crate::text::after_last(word, b'-').unwrap_or(word);
        if let Some(kind) = abbreviation(word).or_else(|| (tail.len() < word.len()).then(|| abbreviation(tail)).flatten()) {
            abbrev = Some(match kind {
                AbbrevKind::Never => AbbrevEnd::Never,
                AbbrevKind::May => AbbrevEnd::May,
            });
            tok_end = j + 1;
        } else if word.len() == cl && c.is_uppercase() {
            abbrev = Some(AbbrevEnd::Never); // an initial: "J. Smith"
            tok_end = j + 1;
        } else if word.contains('.') {
            abbrev = Some(AbbrevEnd::May); // dotted: "a.m.", "N.Y."
            tok_end = j + 1;
        }
    }
    (tok_end, abbrev)
}

/// The alphanumeric run at the end of `s` is one character long (for "U.S" style checks).
fn alnum_run_is_one(s: &str) -> bool {
    let mut it = s.chars().rev();
    it.next().is_some_and(char::is_alphanumeric) && !it.next().is_some_and(char::is_alphanumeric)
}

/// Pairs quotation marks. Double marks pair first; single marks pair only
/// outside double quotes and only when a plausible closing mark exists. A quote
/// left open runs to the paragraph's end; a new opening mark while one is open
/// closes the old one just before it (a missing closing mark).
pub fn pair_quotes(tokens: &[Token]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut open: Option<usize> = None;
    // any single mark at all (most paragraphs have none: they skip the second pass)
    let mut singles_seen = false;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokKind::Quote {
            continue;
        }
        singles_seen |= is_single_mark(t.first);
        let role = match t.first {
            // an opening mark used as a closing one: a quote is open, the mark is glued to the
            // word or comma before it and a space, a stop or the end follows ("“It's unusual,“ said X")
            '“' if open.is_some() && !t.space_before && i > 0 && tokens.get(i + 1).is_none_or(|n| n.space_before || n.kind == TokKind::Punct) => Some(false),
            '“' | '„' | '«' | '‟' => Some(true),
            // a closing mark used as an opening one: at a paragraph or sentence start, glued to a word
            '”' if open.is_none() && (i == 0 || (t.space_before && tokens.get(i + 1).is_some_and(|n| !n.space_before && n.kind != TokKind::Punct))) => Some(true),
            '”' | '»' => Some(false),
            '"' => Some(straight_opens(tokens, i, open.is_some())),
            _ => None,
        };
        match role {
            Some(true) => {
                if let Some(o) = open.take() {
                    // an opening mark while one is open: the earlier quote lost its
                    // closing mark; it ends here and a new quote starts
                    out.push(QuoteSpan { open: o, close: Some(i), single: false });
                }
                open = Some(i);
            }
            Some(false) => {
                if let Some(o) = open.take() {
                    out.push(QuoteSpan { open: o, close: Some(i), single: false });
                }
            }
            None => {}
        }
    }
    if let Some(o) = open {
        out.push(QuoteSpan { open: o, close: None, single: false });
    }
    if !singles_seen {
        // (the double spans are pushed in order of their opening marks)
        return out;
    }
    // single marks outside double quotes; the double spans are disjoint and in order,
    // so one sweep marks the tokens inside them (linear, however many quotes)
    let mut in_double = vec![false; tokens.len()];
    for q in &out {
        let end = q.close.map_or(tokens.len(), |c| c + 1);
        for slot in in_double.iter_mut().take(end).skip(q.open) {
            *slot = true;
        }
    }
    let inside_double = |i: usize| in_double.get(i).copied().unwrap_or(false);
    let mut singles = Vec::new();
    let mut sopen: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != TokKind::Quote || !is_single_mark(t.first) || inside_double(i) {
            continue;
        }
        // a word, or an editor's bracket before one ("'[You] make it sound ...'")
        let word_at = |k: usize| tokens.get(k).is_some_and(|n| !n.space_before && n.kind == TokKind::Word);
        let next_word = word_at(i + 1) || (tokens.get(i + 1).is_some_and(|n| !n.space_before && n.first == '[') && word_at(i + 2));
        let opens = (t.first == '‘' || t.first == '\'') && t.space_before && next_word;
        let closes = (t.first == '’' || t.first == '\'')
            && !t.space_before
            && tokens.get(i + 1).is_none_or(|n| n.space_before || n.kind == TokKind::Punct);
        if opens && sopen.is_none() {
            sopen = Some(i);
        } else if closes {
            if let Some(o) = sopen.take() {
                singles.push(QuoteSpan { open: o, close: Some(i), single: true });
            }
        }
    }
    out.extend(singles);
    out.sort_by_key(|q| q.open);
    out
}

/// A single quotation mark (or an apostrophe, which looks the same).
fn is_single_mark(c: char) -> bool {
    matches!(c, '‘' | '’' | '\'')
}

/// Decides whether a straight double quote opens (true) or closes (false).
fn straight_opens(tokens: &[Token], i: usize, is_open: bool) -> bool {
    let before_space = tokens[i].space_before
        || i == 0
        || tokens.get(i.wrapping_sub(1)).is_some_and(|p| matches!(p.first, '(' | '[' | '—' | '–'));
    let after_space = tokens.get(i + 1).is_none_or(|n| n.space_before);
    // (a stray space before a closing mark: "look again. ", he told" closes the open quote
    // when a comma or a stop is glued after it)
    let stop_after = || tokens.get(i + 1).is_some_and(|n| n.kind == TokKind::Punct && matches!(n.first, ',' | '.' | ';' | ':' | '!' | '?'));
    match (before_space, after_space) {
        (true, false) => !(is_open && stop_after()),
        (false, true) => false,
        _ => !is_open,
    }
}

/// Common words that open a sentence after an abbreviation such as "U.S.".
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That",
    "There", "His", "Her", "Their", "Its", "Our", "As", "At", "On", "For", "If", "When", "While",
    "After", "Yet", "So", "Still", "However", "Meanwhile", "Now", "Some", "Many", "Most",
];

/// Splits the paragraph's tokens into sentences. Never splits inside
/// quotation marks, except right after a closing mark that ends a sentence.
pub fn sentences(tokens: &[Token], in_quote: &[Option<u16>], text: &str) -> Vec<Sentence> {
    // (room for the few sentences of most paragraphs: no growth from nothing at the first)
    let mut out = Vec::with_capacity(4);
    let n = tokens.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let terminal = (t.kind == TokKind::Punct && matches!(t.first, '.' | '!' | '?' | '…'))
            || t.abbrev == Some(AbbrevEnd::May);
        if !terminal {
            i += 1;
            continue;
        }
        // swallow further terminal punctuation, closing quotes and brackets
        let mut j = i + 1;
        while j < n {
            let tj = &tokens[j];
            // a nested quotation closing with the outer one ("!’”") closes too
            let nested = tokens.get(j + 1).is_some_and(|u| u.kind == TokKind::Quote && !u.space_before);
            // (and one after a stray space, closing the quote before a glued comma: "look
            // again. ", he told")
            let spaced_close = || {
                tj.space_before
                    && in_quote.get(j).copied().flatten().is_none()
                    && in_quote.get(j - 1).copied().flatten().is_some()
                    && tokens.get(j + 1).is_some_and(|u| !u.space_before && u.kind == TokKind::Punct && matches!(u.first, ',' | ';'))
            };
            let closing = (tj.kind == TokKind::Quote && ((!tj.space_before && (in_quote.get(j).copied().flatten().is_none() || nested)) || spaced_close()))
                || (tj.kind == TokKind::Punct && matches!(tj.first, '.' | '!' | '?' | ')' | ']' | '…') && !tj.space_before);
            if closing {
                j += 1;
            } else {
                break;
            }
        }
        let Some(next) = tokens.get(j) else { break };
        let inside = in_quote.get(j.saturating_sub(1)).copied().flatten().is_some() && in_quote.get(j).copied().flatten().is_some();
        let opener = next.is_capitalized()
            || next.kind == TokKind::Number
            || (next.kind == TokKind::Quote && next.space_before)
            || next.is_punct('(');
        // (or a quotation opening with a capital: "at 10 p.m. “I waited an hour,” she said")
        let quote_opens = || next.kind == TokKind::Quote && next.space_before && tokens.get(j + 1).is_some_and(|u| !u.space_before && u.is_capitalized());
        let abbr_ok = if t.abbrev == Some(AbbrevEnd::May) {
            j == i + 1 && (OPENERS.contains(&next.text(text)) || quote_opens())
        } else {
            true
        };
        if next.space_before && opener && abbr_ok && !inside {
            out.push(Sentence { start, end: j });
            start = j;
        }
        i = j.max(i + 1);
    }
    if start < n {
        out.push(Sentence { start, end: n });
    }
    out
}

#[cfg(test)]
mod tests;
