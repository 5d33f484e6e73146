//! Byte and code-point offsets: stages work on byte offsets of `&str`; the
//! record speaks code points. [`CharMap`] converts between them.

use crate::model::{Span, TextSpan};

/// Converts byte offsets of one text into code-point offsets.
///
/// ASCII texts need no table. Other texts keep, per 64-byte block, a bit mask
/// of the bytes that start a code point and the number of code points before
/// the block: about 12 bytes per 64 bytes of text, built in one pass, and each
/// lookup is a popcount (byte -> char) or a binary search plus a bit select
/// (char -> byte).
#[derive(Debug, Clone)]
pub struct CharMap {
    /// Byte length of the text.
    len: usize,
    /// Number of code points in the text.
    chars: usize,
    /// For non-ASCII texts: bit `i` of block `k` is set when byte `64k + i` starts a code point.
    masks: Vec<u64>,
    /// For non-ASCII texts: code points before block `k`.
    before: Vec<u32>,
    ascii: bool,
}

impl CharMap {
    /// Builds the map for `text` in one pass.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharMap { len: bytes.len(), chars: bytes.len(), masks: Vec::new(), before: Vec::new(), ascii: true };
        }
        let nblocks = bytes.len().div_ceil(64);
        let mut masks = Vec::with_capacity(nblocks);
        let mut before = Vec::with_capacity(nblocks);
        let mut count = 0u32;
        // whole blocks of eight whole words first (no word to pad, no bits to drop), then
        // the text's last bytes
        let mut blocks = bytes.chunks_exact(64);
        for block in &mut blocks {
            let mut m = 0u64;
            for (w, word) in block.chunks_exact(8).enumerate() {
                m |= u64::from(lead_bytes(u64::from_le_bytes(word.try_into().unwrap_or_default()))) << (8 * w);
            }
            masks.push(m);
            before.push(count);
            count += m.count_ones();
        }
        let rest = blocks.remainder();
        if !rest.is_empty() {
            let mut m = 0u64;
            for (w, word) in rest.chunks(8).enumerate() {
                // the text's last bytes, zero-padded (built byte by byte: a copy of a
                // variable length would be a `memcpy` call for every word)
                let x = word.iter().rev().fold(0u64, |x, &b| (x << 8) | u64::from(b));
                m |= u64::from(lead_bytes(x) & (0xFFu16 >> (8 - word.len())) as u8) << (8 * w);
            }
            masks.push(m);
            before.push(count);
            count += m.count_ones();
        }
        CharMap { len: bytes.len(), chars: count as usize, masks, before, ascii: false }
    }

    /// The byte offset of code point `c` (clamped to the text's end).
    pub fn byte_at(&self, c: usize, text_len: usize) -> usize {
        if self.ascii {
            return c.min(text_len);
        }
        if c >= self.chars {
            return self.len;
        }
        // the last block whose first code point is at or before `c` holds it
        let k = self.before.partition_point(|&x| x as usize <= c).saturating_sub(1);
        let (Some(&m), Some(&b)) = (self.masks.get(k), self.before.get(k)) else { return self.len };
        let mut m = m;
        for _ in 0..(c - b as usize) {
            m &= m.wrapping_sub(1);
        }
        (64 * k + m.trailing_zeros() as usize).min(self.len)
    }

    /// The code-point offset of byte offset `b` (clamped to the text's end);
    /// a byte inside a code point maps to that code point.
    pub fn char_at(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b >= self.len {
            return self.chars;
        }
        let (k, r) = (b / 64, b % 64);
        let (Some(&m), Some(&n)) = (self.masks.get(k), self.before.get(k)) else { return self.chars };
        // code points starting at or before byte b, less one
        (n as usize + (m & (u64::MAX >> (63 - r))).count_ones() as usize).saturating_sub(1)
    }

    /// The code-point span of byte span `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.char_at(start), self.char_at(end))
    }

    /// A [`TextSpan`] for byte range `start..end` of `text`.
    pub fn text_span(&self, text: &str, start: usize, end: usize) -> TextSpan {
        let s = self.span(start, end);
        TextSpan { text: text.get(start..end).unwrap_or("").to_string(), start: s.start, end: s.end }
    }
}

/// The bytes of eight (`x`, little-endian) that start a code point, a bit each (bit `i` for
/// byte `i`): all but the continuation bytes (10xxxxxx).
#[inline]
fn lead_bytes(x: u64) -> u8 {
    // high bit of each byte set for a continuation byte
    let cont = x & !(x << 1) & 0x8080_8080_8080_8080;
    // gather the eight high bits into one byte (bit i = byte i)
    let packed = ((cont >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8;
    !packed
}

/// Byte offset of code point `c` in `text` (the text's length when past its end).
pub fn byte_of_char(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(text.len())
}

/// `s.split_inclusive('\n')`: the lines of `s`, each with its line feed (the last one
/// without, when `s` does not end with one). Each line feed is found by `memchr`, whose
/// vector search reads long lines (a story paragraph is one) several times faster than
/// the byte-at-a-time search std's `char` pattern does; the layout reads every line of
/// every article, and the lexicons every line of their files.
pub fn lines_inclusive(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        // (just past a line feed, an ASCII byte, is always a character boundary)
        let end = memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |k| k + 1);
        let (line, tail) = (rest.get(..end)?, rest.get(end..)?);
        rest = tail;
        Some(line)
    })
}

/// `s.lines()`: [`lines_inclusive`] without the line feed, and without a carriage return
/// right before one.
pub fn lines(s: &str) -> impl Iterator<Item = &str> {
    lines_inclusive(s).map(|l| match l.strip_suffix('\n') {
        Some(l) => l.strip_suffix('\r').unwrap_or(l),
        None => l,
    })
}

/// `hay.find(needle)` for the short texts of a few words that the rules search (a
/// mention's phrase, a paragraph's first line): each place holding the needle's first
/// byte (found by `memchr`) is compared with the needle. A `&str` pattern sets up a
/// two-way searcher on every call, which costs more than such a search.
pub fn find_short(hay: &str, needle: &str) -> Option<usize> {
    // (a match of valid UTF-8 in valid UTF-8 starts and ends at character boundaries)
    find_bytes(hay.as_bytes(), needle.as_bytes())
}

/// [`find_short`] over bytes: the first place `needle` starts in `hay`.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else { return Some(0) };
    memchr::memchr_iter(first, hay).find(|&k| hay.get(k..k + needle.len()) == Some(needle))
}

/// True when `hay` holds `needle` with no letter or digit right before or after it: a
/// whole word ("nurse" not in "nurses") or a whole phrase ("a nurse" not in "via nurse").
pub fn contains_word(hay: &str, needle: &str) -> bool {
    let whole = |at: usize| {
        let before_ok = hay[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = hay[at + needle.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before_ok && after_ok
    };
    // A long text (a whole article: the roles search one for a word printed in lower case)
    // by memmem's vector search, which skips the places holding only the needle's first
    // byte; its set-up costs more than a short text's search. Its matches are those of the
    // loop below: leftmost first, none overlapping the one before.
    if hay.len() > LONG_HAY && !needle.is_empty() {
        return memchr::memmem::find_iter(hay.as_bytes(), needle.as_bytes()).any(whole);
    }
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| find_short(h, needle)) {
        let at = from + i;
        if whole(at) {
            return true;
        }
        from = at + needle.len().max(1);
    }
    false
}

/// The length past which a text is searched by `memchr::memmem` ([`contains_word`]).
pub(crate) const LONG_HAY: usize = 1024;

/// `hay.split(needle)` by [`find_short`], for a `needle` that is not empty.
pub fn split_short<'t>(hay: &'t str, needle: &'t str) -> impl Iterator<Item = &'t str> {
    debug_assert!(!needle.is_empty());
    let mut rest = Some(hay);
    std::iter::from_fn(move || {
        let r = rest?;
        let (piece, after) = match split_once_short(r, needle) {
            Some((piece, after)) => (piece, Some(after)),
            None => (r, None),
        };
        rest = after;
        Some(piece)
    })
}

/// `hay.split_once(needle)` by [`find_short`].
pub fn split_once_short<'t>(hay: &'t str, needle: &str) -> Option<(&'t str, &'t str)> {
    let k = find_short(hay, needle)?;
    Some((hay.get(..k)?, hay.get(k + needle.len()..)?))
}

/// Appends [`lower`]`(s)` to `out` (no string of its own for an ASCII `s`).
pub fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        // (the bytes just pushed: ASCII, so a character boundary)
        if let Some(tail) = out.get_mut(from..) {
            tail.make_ascii_lowercase();
        }
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// `s.to_lowercase()`, an ASCII `s` lower-cased byte by byte: std's `to_lowercase` reads
/// the last bytes of a string (all of a short word or name) a character at a time.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        s.to_lowercase()
    }
}

/// `s.split_whitespace()`: the same words, read a byte at a time where the text is ASCII
/// (most news), a character at a time elsewhere. std's `split_whitespace` decodes every
/// character and steps a searcher's state machine for it, about twenty instructions a
/// byte; the name finder, the resolver and the roles split many short phrases a word at
/// a time. (No pass over the whole text first: a caller may read only its first word.)
pub fn words(s: &str) -> Words<'_> {
    Words { rest: s }
}

/// `s.split_whitespace()` as a method ([`words`]).
pub trait SplitWords {
    /// The words of the text between whitespace ([`words`]).
    fn words(&self) -> Words<'_>;
}

impl SplitWords for str {
    #[inline]
    fn words(&self) -> Words<'_> {
        words(self)
    }
}

/// The words of [`words`]: maximal runs of characters that are not `char::is_whitespace`,
/// as `split_whitespace` gives them, from both ends.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    /// The text not read yet (from either end).
    rest: &'a str,
}

/// What a byte tells [`Words`]: `WORD`, a byte of no whitespace character; `SPACE`, an
/// ASCII byte `char::is_whitespace` takes (the tab, line feed, vertical tab, form feed,
/// carriage return and space); `MAYBE`, the first byte of a character to decode (0xC2,
/// 0xE1, 0xE2 and 0xE3 open every other whitespace character: U+0085, U+00A0, U+1680,
/// U+2000 to U+3000). One table load a byte.
const WORD: u8 = 0;
const SPACE: u8 = 1;
const MAYBE: u8 = 2;
static SPACE_CLASS: [u8; 256] = {
    let mut t = [WORD; 256];
    let mut c = 9;
    while c <= 13 {
        t[c] = SPACE;
        c += 1;
    }
    t[32] = SPACE;
    t[0xC2] = MAYBE;
    t[0xE1] = MAYBE;
    t[0xE2] = MAYBE;
    t[0xE3] = MAYBE;
    t
};

/// The length of the whitespace character at byte `i` of `s` other than ASCII, if one
/// starts there: only lead bytes 0xC2, 0xE1, 0xE2 and 0xE3 open one (U+0085, U+00A0,
/// U+1680, U+2000 to U+3000), so other bytes are no space without decoding.
// (out of line and cold: the rare case, kept out of the loops' registers)
#[cold]
#[inline(never)]
fn unicode_space_at(s: &str, c: u8, i: usize) -> Option<usize> {
    if !matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
        return None;
    }
    let ch = s.get(i..)?.chars().next()?;
    ch.is_whitespace().then(|| ch.len_utf8())
}

/// The length of the whitespace character other than ASCII ending at byte `i` of `s`
/// (`c` its last byte): those characters end with a byte 0x80 to 0x8A, 0x9F, 0xA0, 0xA8,
/// 0xA9 or 0xAF, so other bytes (the curly quotes' and dashes' among them) are none.
#[cold]
#[inline(never)]
fn unicode_space_before(s: &str, c: u8, i: usize) -> Option<usize> {
    if !matches!(c, 0x80..=0x8A | 0x9F | 0xA0 | 0xA8 | 0xA9 | 0xAF) {
        return None;
    }
    // (`get` is `None` when `i` splits a character: no character ends there)
    let ch = s.get(..i)?.chars().next_back()?;
    ch.is_whitespace().then(|| ch.len_utf8())
}

/// The high bit of each byte of `w` that may end a word read forward: a byte up to 0x20
/// (the ASCII whitespace among them) or from 0xC2 (the lead bytes of the other whitespace
/// characters among them). Exact per byte (no carry crosses bytes: `x & 0x7f` plus 0x5f
/// is at most 0xDE); a byte flagged that ends no word is read again by the byte loop.
#[inline]
fn forward_stops(w: u64) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let low = w & !H;
    // high bit clear and low bits at most 0x20; high bit set and low bits at least 0x42
    (!((low + 0x5f * L) | w) | ((low + 0x3e * L) & w)) & H
}

/// The high bit of each byte of `w` that may start a word read backward: a byte up to
/// 0x20, or from 0x80 (the last byte of every whitespace character other than ASCII is one).
#[inline]
fn backward_stops(w: u64) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    (!(((w & !H) + 0x5f * L) | w) | w) & H
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    // (always: with the block loop the inliner kept it out of line, a call for every word of
    // the name finder's and the resolver's loops)
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        let s = self.rest;
        let b = s.as_bytes();
        // (the scan stops only at the start of a whitespace character or at the end, both
        // character boundaries: the slices below are always found)
        let mut start = 0;
        while let Some(&c) = b.get(start) {
            match SPACE_CLASS[usize::from(c)] {
                WORD => break,
                SPACE => start += 1,
                _ => match unicode_space_at(s, c, start) {
                    Some(n) => start += n,
                    None => break,
                },
            }
        }
        if start >= b.len() {
            self.rest = "";
            return None;
        }
        let mut end = start + 1;
        // (eight bytes at a time while none can end the word: most words are ASCII
        // letters; the byte loop below reads on from the first byte that may)
        while let Some(block) = b.get(end..end + 8).and_then(|x| <[u8; 8]>::try_from(x).ok()) {
            let stops = forward_stops(u64::from_le_bytes(block));
            if stops != 0 {
                end += (stops.trailing_zeros() / 8) as usize;
                break;
            }
            end += 8;
        }
        while let Some(&c) = b.get(end) {
            match SPACE_CLASS[usize::from(c)] {
                WORD => end += 1,
                SPACE => break,
                _ if unicode_space_at(s, c, end).is_some() => break,
                _ => end += 1,
            }
        }
        // (one test of each end: `end` when split, `start` when sliced)
        let (head, rest) = s.split_at_checked(end)?;
        self.rest = rest;
        head.get(start..)
    }

    /// The last word, read from the end (as `split_whitespace` does: a caller may ask
    /// the last word of a long text).
    #[inline]
    fn last(mut self) -> Option<&'a str> {
        self.next_back()
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    // (always, as `next`: the compiler kept it a call for every last word asked)
    #[inline(always)]
    fn next_back(&mut self) -> Option<&'a str> {
        let s = self.rest;
        let b = s.as_bytes();
        let mut end = b.len();
        while let Some(&c) = end.checked_sub(1).and_then(|k| b.get(k)) {
            if SPACE_CLASS[usize::from(c)] == SPACE {
                end -= 1;
            } else if let Some(n) = if c < 0x80 { None } else { unicode_space_before(s, c, end) } {
                end -= n;
            } else {
                break;
            }
        }
        if end == 0 {
            self.rest = "";
            return None;
        }
        let mut start = end - 1;
        // (eight bytes at a time back while none can start the word, as in `next`)
        while let Some(block) = start.checked_sub(8).and_then(|k| b.get(k..start)).and_then(|x| <[u8; 8]>::try_from(x).ok()) {
            let stops = backward_stops(u64::from_le_bytes(block));
            if stops != 0 {
                // (little-endian: the last byte that may stop the scan is the highest set bit)
                start -= (stops.leading_zeros() / 8) as usize;
                break;
            }
            start -= 8;
        }
        while let Some(&c) = start.checked_sub(1).and_then(|k| b.get(k)) {
            if SPACE_CLASS[usize::from(c)] == SPACE || (c >= 0x80 && unicode_space_before(s, c, start).is_some()) {
                break;
            }
            start -= 1;
        }
        self.rest = s.get(..start).unwrap_or("");
        s.get(start..end)
    }
}

impl std::iter::FusedIterator for Words<'_> {}

/// The part of `s` after its last byte `x` (an ASCII byte, so a character boundary), or
/// `None` when `s` has none: "co-CEO" -> "CEO" for `b'-'`. The test for the byte runs a
/// word at a time first ([`has_byte`]): most words asked have no hyphen.
#[inline]
pub fn after_last(s: &str, x: u8) -> Option<&str> {
    if !has_byte(s, x) {
        return None;
    }
    s.bytes().rposition(|b| b == x).and_then(|k| s.get(k + 1..))
}

/// `s.split_once(x)` for an ASCII byte `x`, by a byte scan: std's `char` search is set up
/// for every call, and the people's and titles' rules split every name and title at its
/// first space.
#[inline]
pub fn split_once_byte(s: &str, x: u8) -> Option<(&str, &str)> {
    debug_assert!(x.is_ascii());
    // (an ASCII byte is a character of its own: both parts start and end at boundaries)
    let k = s.bytes().position(|b| b == x)?;
    Some((s.get(..k)?, s.get(k + 1..)?))
}

/// `s.rsplit(x).next()` for an ASCII byte `x`: the part of `s` after its last `x`, or all
/// of `s` when it has none ("said the" -> "the" for `b' '`). A byte scan from the end:
/// std's `char` search is set up for every call, and callers ask for the last word of a
/// text's whole beginning.
#[inline]
pub fn last_piece(s: &str, x: u8) -> &str {
    // (just past an ASCII byte is a character boundary)
    s.bytes().rposition(|b| b == x).and_then(|k| s.get(k + 1..)).unwrap_or(s)
}

/// The owner of a possessive word, its "'s" or "’s" cut ("hale" of "hale's", "Town" of
/// "Town’s"); `None` for a word that is no possessive.
pub fn possessive_owner(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// Whether `s` holds the byte `x`: eight bytes at a time (two overlapping loads for the
/// last one to seven, as [`crate::fasthash`]'s tail word), where a byte loop takes six
/// instructions a byte. Most words asked for a hyphen have none (the title lexicon reads a
/// hyphenated title by its head: "co-CEO").
#[inline]
pub fn has_byte(s: &str, x: u8) -> bool {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    // (a byte of `w` equal to `x` is a zero byte of `w ^ x...x`, found by the usual test:
    // exact for whether any byte is zero)
    let any = |w: u64| {
        let v = w ^ (u64::from(x) * L);
        v.wrapping_sub(L) & !v & H != 0
    };
    let b = s.as_bytes();
    let n = b.len();
    let word = |at: usize| b.get(at..at + 8).and_then(|w| w.try_into().ok()).map_or(0, u64::from_le_bytes);
    let half = |at: usize| b.get(at..at + 4).and_then(|w| w.try_into().ok()).map_or(0, u32::from_le_bytes);
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            if any(word(at)) {
                return true;
            }
            at += 8;
        }
        any(word(n - 8))
    } else if n >= 4 {
        // (the two halves overlap: a byte is read twice, never a byte outside `s`)
        any(u64::from(half(0)) | (u64::from(half(n - 4)) << 32))
    } else {
        b.contains(&x)
    }
}

/// `s.split_whitespace().count()`: for ASCII text (most news) the count of word starts over
/// the bytes, a loop the compiler vectorizes; other text by characters.
pub fn word_count(s: &str) -> usize {
    if !s.is_ascii() {
        return word_count_unicode(s);
    }
    // (the ASCII characters `char::is_whitespace` accepts, vertical tab included)
    let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
    // a word starts at every non-space after a space (or at the start): eight bytes at a
    // time, a bit per byte, the start bits summed with one multiply per block
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    let b = s.as_bytes();
    let mut n = 0usize;
    let mut after_space = true; // the byte before the first is taken for a space
    let mut blocks = b.chunks_exact(8);
    for block in &mut blocks {
        let w = u64::from_le_bytes(block.try_into().unwrap_or_default());
        // (ASCII bytes: (x | 0x80) - lo keeps the high bit when x >= lo, (0x80 + hi) - x when x <= hi)
        let ctl = ((w | H) - 0x09 * L) & ((0x8d * L) - w);
        let x = w ^ (0x20 * L);
        let blank = !((x | H) - L) & !x;
        let (starts, last_space) = block_word_starts((ctl | blank) & H, after_space);
        n += starts;
        after_space = last_space;
    }
    for &c in blocks.remainder() {
        let sp = space(c);
        n += usize::from(after_space && !sp);
        after_space = sp;
    }
    n
}

/// [`word_count`] of a text with other than ASCII characters. Only characters whose first
/// byte may start a Unicode space (U+0085, U+00A0, U+1680, U+2000 to U+3000: first bytes
/// 0xC2, 0xE1, 0xE2, 0xE3) are decoded; eight bytes holding none of those first bytes are
/// counted at once, every other byte of them being a word's ([`non_space_starts`]). News
/// prints curly quotes and dashes (first byte 0xE2) every few dozen bytes, so most blocks
/// are read whole.
fn word_count_unicode(s: &str) -> usize {
    let b = s.as_bytes();
    let (mut n, mut in_word, mut i) = (0usize, false, 0usize);
    // bytes before this one are read one by one: the eight after a block that held such a
    // first byte (tried again at every byte, a block holding one would be read up to eight
    // times over)
    let mut bytewise_until = 0;
    while let Some(&c) = b.get(i) {
        if i >= bytewise_until {
            if let Some(w) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map(u64::from_le_bytes) {
                if let Some((starts, last_in_word)) = non_space_starts(w, in_word) {
                    n += starts;
                    in_word = last_in_word;
                    i += 8;
                    continue;
                }
                bytewise_until = i + 8;
            }
        }
        let (space, len) = if c < 0x80 {
            (matches!(c, b' ' | b'\t'..=b'\r'), 1)
        } else if matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            // (a first byte, never one inside a character: the slice starts at a boundary,
            // and a block read whole may end inside a character only before a byte that
            // continues it, which is none of these)
            let ch = s.get(i..).and_then(|r| r.chars().next());
            (ch.is_some_and(char::is_whitespace), ch.map_or(1, char::len_utf8))
        } else {
            (false, 1)
        };
        n += usize::from(!space && !in_word);
        in_word = !space;
        i += len;
    }
    n
}

/// For eight bytes of UTF-8 (little-endian in `w`) holding no byte 0xC2 or 0xE0 to 0xE3
/// (the first bytes of every non-ASCII space, and 0xE0): the words starting among them
/// (`in_word`: the byte before is a word's) and whether the last byte is a word's. `None`
/// when such a byte is there. Every non-ASCII byte is then a word's; the ASCII whitespace
/// bytes are found exactly byte by byte (no borrow or carry crosses a byte).
#[inline]
fn non_space_starts(w: u64, in_word: bool) -> Option<(usize, bool)> {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    const M: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // the high bit of each byte that is zero
    let zero = |x: u64| !(((x & M) + M) | x) & H;
    if zero(w ^ (0xC2 * L)) | zero((w & (0xFC * L)) ^ (0xE0 * L)) != 0 {
        return None;
    }
    // ASCII bytes (high bit clear) from 0x09 to 0x0D, and spaces
    let x = w & M;
    let ctl = (x + 0x77 * L) & !(x + 0x72 * L) & !w & H;
    let (starts, last_space) = block_word_starts(ctl | zero(w ^ (0x20 * L)), !in_word);
    Some((starts, !last_space))
}

/// The words starting among eight bytes whose whitespace bytes have the high bit set in
/// `space` (0x80 in that byte, nothing else), the byte before them being a space when
/// `after_space`: their number, and whether the last byte is a space. A word starts at each
/// non-space after a space; the start bits are summed byte by byte into the top byte with one
/// multiply (this target has no popcount instruction).
#[inline]
pub(crate) fn block_word_starts(space: u64, after_space: bool) -> (usize, bool) {
    const L: u64 = 0x0101_0101_0101_0101;
    ((block_start_lanes(space, after_space).wrapping_mul(L) >> 56) as usize, space >> 63 != 0)
}

/// The words starting among eight bytes, as [`block_word_starts`] finds them, unsummed: one
/// in the low bit of each byte where a word starts. (Callers add the lanes of several
/// blocks, up to 255 a lane, before summing them.)
#[inline]
pub(crate) fn block_start_lanes(space: u64, after_space: bool) -> u64 {
    const H: u64 = 0x8080_8080_8080_8080;
    let before = (space << 8) | if after_space { 0x80 } else { 0 };
    (!space & H & before) >> 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_as_split_whitespace_does() {
        let texts = ["", " ", "Ana Ruiz", "  Ana  Ruiz ", "a\tb\nc\rd\u{c}e", "a\u{b}b", "x\u{1c}y\u{1f}z", "Jos\u{e9} Ruiz", "a\u{a0}b c", "a\u{2009}b", "\u{85}q r", "end "];
        for t in texts {
            assert_eq!(words(t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
            assert_eq!(words(t).rev().collect::<Vec<_>>(), t.split_whitespace().rev().collect::<Vec<_>>(), "{t:?}");
        }
        // every whitespace character, and characters sharing their first or last bytes
        // (U+0080 to U+00FF, U+1680, U+2000 to U+3000 and their neighbours), three at a time,
        // read from the front, from the back and from both ends in turn
        let mut pieces: Vec<String> = ["a", "xy", " ", "\t", "\u{b}", "\r\n", "“", "’", "—", "😀", "ß"].iter().map(|x| x.to_string()).collect();
        pieces.extend(['\u{80}', '\u{85}', '\u{9f}', '\u{a0}', '\u{a8}', '\u{af}', '\u{167f}', '\u{1680}', '\u{1681}', '\u{2000}', '\u{200a}', '\u{200b}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{2060}', '\u{3000}', '\u{3001}', '\u{e000}'].map(String::from));
        for x in &pieces {
            for y in &pieces {
                for z in &pieces {
                    let t = format!("{x}{y}{z}");
                    let want: Vec<&str> = t.split_whitespace().collect();
                    assert_eq!(words(&t).collect::<Vec<_>>(), want, "{t:?}");
                    assert_eq!(words(&t).rev().collect::<Vec<_>>(), want.iter().rev().copied().collect::<Vec<_>>(), "{t:?}");
                    let mut it = words(&t);
                    let mut both = Vec::new();
                    while let Some(w) = if both.len() % 2 == 0 { it.next() } else { it.next_back() } {
                        both.push(w);
                    }
                    let mut exp = Vec::new();
                    let mut sw = t.split_whitespace();
                    while let Some(w) = if exp.len() % 2 == 0 { sw.next() } else { sw.next_back() } {
                        exp.push(w);
                    }
                    assert_eq!(both, exp, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn words_read_in_blocks_split_as_split_whitespace_does() {
        // a run of letters of every length up to 19 (read eight bytes at a time, then byte by
        // byte), then a piece that may end the word, then another run: every piece at every
        // offset of the blocks, from both ends
        let pieces = [" ", "\t", "\u{b}", "\u{1c}", "\u{1}", "\u{7f}", "\u{85}", "\u{a0}", "é", "ß", "“", "’", "\u{2009}", "\u{3000}", "\u{3001}", "😀", "x"];
        let letters = "abcdefghijklmnopqrs";
        for n in 0..=letters.len() {
            for m in [0, 1, 7, 8, 9, 17] {
                for p in pieces {
                    for q in pieces {
                        let t = format!("{}{p}{}{q}{}", &letters[..n], &letters[..m.min(letters.len())], &letters[n..]);
                        let want: Vec<&str> = t.split_whitespace().collect();
                        assert_eq!(words(&t).collect::<Vec<_>>(), want, "{t:?}");
                        assert_eq!(words(&t).rev().collect::<Vec<_>>(), want.iter().rev().copied().collect::<Vec<_>>(), "{t:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn has_byte_is_contains() {
        for n in 0..40 {
            for at in 0..=n {
                let mut v: Vec<u8> = (0..n).map(|k| b'a' + (k % 26) as u8).collect();
                if at < n {
                    v[at] = b'-';
                }
                let s = String::from_utf8(v).unwrap_or_default();
                assert_eq!(has_byte(&s, b'-'), s.as_bytes().contains(&b'-'), "{s:?}");
                assert_eq!(has_byte(&s, b'a'), s.as_bytes().contains(&b'a'), "{s:?}");
            }
        }
        for s in ["co-CEO", "é-x", "\u{ad}", "—", "a\u{2d}b", "-", "", "\u{80}-"] {
            assert_eq!(has_byte(s, b'-'), s.as_bytes().contains(&b'-'), "{s:?}");
        }
    }

    #[test]
    fn contains_word_needs_a_boundary_on_both_sides() {
        assert!(contains_word("when a nurse returned", "a nurse"));
        assert!(contains_word("a nurse", "a nurse"));
        assert!(!contains_word("via nurse returned", "a nurse"));
        assert!(!contains_word("a nurses' union", "a nurse"));
        assert!(contains_word("via nurse, then a nurse.", "a nurse"));
        assert!(contains_word("l’été, a nurse", "a nurse"));
        assert!(!contains_word("", "a nurse"));
    }

    #[test]
    fn contains_word_in_a_long_text_is_that_of_the_short_search() {
        // the short texts' search, by `find_short`, at any length
        let by_find_short = |hay: &str, needle: &str| {
            let mut from = 0;
            while let Some(i) = hay.get(from..).and_then(|h| find_short(h, needle)) {
                let at = from + i;
                if hay[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric()) && hay[at + needle.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                    return true;
                }
                from = at + needle.len().max(1);
            }
            false
        };
        let pieces = ["nurse", "nurses", "a nurse", " ", "é", "’", "anurse", "nursenurse", ".", "x"];
        for seed in 0..400usize {
            // (pseudo-random pieces up past the long-text length)
            let mut hay = String::new();
            let mut k = seed;
            while hay.len() < LONG_HAY + 200 + seed % 300 {
                k = k.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                hay.push_str(pieces[(k >> 33) as usize % pieces.len()]);
            }
            for needle in ["nurse", "a nurse", "é", "’", "x", "nursenurse"] {
                assert_eq!(contains_word(&hay, needle), by_find_short(&hay, needle), "{seed} {needle:?}");
                let tail = &hay[hay.floor_char_boundary(hay.len() - 40)..];
                assert_eq!(contains_word(tail, needle), by_find_short(tail, needle), "{seed} {needle:?}");
            }
        }
        let long = "x".repeat(LONG_HAY + 1);
        assert!(!contains_word(&long, "nurse") && contains_word(&format!("{long} nurse"), "nurse") && !contains_word(&format!("{long}nurse"), "nurse"));
    }

    #[test]
    fn split_once_byte_is_split_once() {
        for s in ["", " ", "Ana", "Ana Ruiz", " Ana", "Ana ", "Ana  Ruiz Díaz", "José María Aznar", "a 67-year-old retired bookkeeper", "\u{a0}x y", "é é", "中 文"] {
            assert_eq!(split_once_byte(s, b' '), s.split_once(' '), "{s:?}");
            assert_eq!(split_once_byte(s, b'-'), s.split_once('-'), "{s:?}");
        }
    }

    #[test]
    fn after_last_is_the_part_after_rsplit_once() {
        for s in ["", "-", "co-CEO", "a-b-c", "Winston-Salem", "plain", "x-", "-y", "é-ü", "long-hyphenated-word-here"] {
            assert_eq!(after_last(s, b'-'), s.rsplit_once('-').map(|(_, t)| t), "{s:?}");
        }
    }

    #[test]
    fn last_piece_is_the_first_of_rsplit() {
        for s in ["", " ", "said the", "the", "a b c", "trailing ", " leading", "é ü", "deux  espaces", "l’été x"] {
            assert_eq!(last_piece(s, b' '), s.rsplit(' ').next().unwrap_or(""), "{s:?}");
        }
    }

    #[test]
    fn word_count_is_split_whitespace_count() {
        let pieces = ["a", "é", "“", "😀", " ", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{b}", "\t", "\r\n", "ß", "xyz", ""];
        // every sequence of three pieces, and a longer mixed text
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}");
                    assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
                }
            }
        }
        let long: String = (0..500).map(|i| pieces[(i * 7) % pieces.len()]).collect();
        assert_eq!(word_count(&long), long.split_whitespace().count());
        // pseudo-random texts of every length up to 120 pieces, mostly letters and spaces, so
        // that blocks of eight read whole sit beside blocks read byte by byte
        let mut x = 0x9e37_79b9_u64;
        for len in 0..120 {
            for _ in 0..20 {
                let s: String = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        let k = (x % 40) as usize;
                        if k < pieces.len() { pieces[k] } else if k % 3 == 0 { " " } else { "ab" }
                    })
                    .collect();
                assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
            }
        }
    }

    #[test]
    fn ascii_word_counts_are_split_whitespace_counts() {
        // every ASCII byte at every place of texts up to 40 bytes, among words and spaces
        let base: Vec<u8> = b"ab cd\t\tef\ngh \x0bij\x0ckl\rmn  op q r s tu vw x y zz".to_vec();
        for len in 0..=40 {
            for at in 0..len {
                for x in 0..0x80u8 {
                    let mut t = base[..len].to_vec();
                    t[at] = x;
                    let s = String::from_utf8(t).unwrap_or_default();
                    assert_eq!(word_count(&s), s.split_whitespace().count(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn unicode_word_counts_are_split_whitespace_counts() {
        let pieces = ["a", "é", "“", "😀", " ", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{1680}", "\u{2028}", "\u{202f}", "\u{205f}", "\u{b}", "\t", "\r\n", "ß", "xyz", "\u{1f}", "ア", "\u{2060}", ""];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}");
                    assert_eq!(word_count_unicode(&s), s.split_whitespace().count(), "{s:?}");
                }
            }
        }
        let long: String = (0..500).map(|i| pieces[(i * 7) % pieces.len()]).collect();
        assert_eq!(word_count_unicode(&long), long.split_whitespace().count());
    }

    #[test]
    fn unicode_word_counts_read_in_blocks_are_split_whitespace_counts() {
        // texts of many pieces at every alignment, so that spaces, word starts and
        // characters fall on every side of the eight-byte blocks counted at once
        let pieces = ["a", "é", "“", "’s", "😀", " ", "  ", "\u{a0}", "\u{2009}", "\u{3000}", "\u{85}", "\u{1680}", "\u{2028}", "\u{2060}", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "ß", "word", "longer words", "ア", "\u{1f}", "\u{7f}", "—"];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            let mut t = String::new();
            for _ in 0..(seed % 24) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                t.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(1);
            assert_eq!(word_count_unicode(&t), t.split_whitespace().count(), "{t:?}");
        }
    }

    #[test]
    fn short_finds_are_those_of_str_find() {
        let hays = ["", "a", "and", " and ", "a and b and  and c and", "the 45-year-old", "Mr. Ruiz’s advisers", "Ana Ruiz's lawyer", "Smith and Jones", "WASHINGTON (Reuters) — The", "a -- b - c--d", "ééé ’s ’", "and and", " of the", "s ’s "];
        let needles = ["", "a", " and ", "-year-old", " of ", "'s ", "’s ", "—", "–", "--", " - ", " -- ", "é", "’", "and and and"];
        for h in hays {
            for n in needles {
                assert_eq!(find_short(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(split_once_short(h, n), h.split_once(n), "{h:?} {n:?}");
                if !n.is_empty() {
                    assert_eq!(split_short(h, n).collect::<Vec<_>>(), h.split(n).collect::<Vec<_>>(), "{h:?} {n:?}");
                }
            }
        }
    }

    #[test]
    fn lines_are_those_of_std() {
        let pieces = ["a", "\n", "\r", "\r\n", " ", "é\n", "\n\n", "xyz", ""];
        for x in pieces {
            for y in pieces {
                for z in pieces {
                    let s = format!("{x}{y}{z}");
                    assert_eq!(lines_inclusive(&s).collect::<Vec<_>>(), s.split_inclusive('\n').collect::<Vec<_>>(), "{s:?}");
                    assert_eq!(lines(&s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>(), "{s:?}");
                }
            }
        }
        let long: String = (0..500).map(|i| pieces[(i * 7) % pieces.len()]).collect();
        assert_eq!(lines_inclusive(&long).collect::<Vec<_>>(), long.split_inclusive('\n').collect::<Vec<_>>());
        assert_eq!(lines(&long).collect::<Vec<_>>(), long.lines().collect::<Vec<_>>());
    }

    #[test]
    fn ascii_is_identity() {
        let m = CharMap::new("abc");
        assert_eq!(m.char_at(2), 2);
        assert_eq!(m.span(0, 3), Span::new(0, 3));
    }

    #[test]
    fn multibyte_maps_to_code_points() {
        let t = "“Hi” — she";
        let m = CharMap::new(t);
        let b = t.find("she").unwrap_or(0);
        assert_eq!(m.char_at(b), 7);
        assert_eq!(m.char_at(t.len()), t.chars().count());
        let ts = m.text_span(t, b, t.len());
        let chars: Vec<char> = t.chars().collect();
        assert_eq!(ts.text, chars[ts.start..ts.end].iter().collect::<String>());
    }

    #[test]
    fn agrees_with_a_full_table_on_every_offset() {
        let mut t = String::new();
        for i in 0..300 {
            t.push_str(["a", "é", "“", "😀", " ", "ß"][i % 6]);
            if i % 7 == 0 {
                t.push_str("xyz");
            }
        }
        let m = CharMap::new(&t);
        let mut starts = Vec::new();
        for (ci, ch) in t.chars().enumerate() {
            starts.extend(std::iter::repeat(ci).take(ch.len_utf8()));
        }
        let n = t.chars().count();
        for b in 0..t.len() + 70 {
            assert_eq!(m.char_at(b), starts.get(b).copied().unwrap_or(n), "byte {b}");
        }
        let bytes: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
        for c in 0..n + 5 {
            assert_eq!(m.byte_at(c, t.len()), bytes.get(c).copied().unwrap_or(t.len()), "char {c}");
        }
    }
}
