//! Byte and code-point offsets: stages work on byte offsets of `&str`; the
//! record speaks code points. [`CharMap`] converts between them.

use crate::model::{Span, TextSpan};

/// Converts byte offsets of one text into code-point offsets.
#[derive(Debug, Clone)]
pub struct CharMap {
    /// For ASCII-only texts this is empty and offsets are the identity.
    starts: Vec<u32>,
    /// For non-ASCII texts: the byte offset of each code point, plus the length.
    bytes: Vec<u32>,
    ascii: bool,
}

impl CharMap {
    /// Builds the map for `text` in one pass.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharMap { starts: Vec::new(), bytes: Vec::new(), ascii: true };
        }
        // starts[b] = code-point index of the char containing byte b; plus one entry for len.
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut bytes: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
        bytes.push(text.len() as u32);
        for (ci, ch) in text.chars().enumerate() {
            for _ in 0..ch.len_utf8() {
                starts.push(ci as u32);
            }
        }
        let n = text.chars().count() as u32;
        starts.push(n);
        CharMap { starts, bytes, ascii: false }
    }

    /// The byte offset of code point `c` (clamped to the text's end).
    pub fn byte_at(&self, c: usize, text_len: usize) -> usize {
        if self.ascii {
            return c.min(text_len);
        }
        let i = c.min(self.bytes.len().saturating_sub(1));
        self.bytes.get(i).copied().unwrap_or(0) as usize
    }

    /// The code-point offset of byte offset `b` (clamped to the text's end).
    pub fn char_at(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let i = b.min(self.starts.len().saturating_sub(1));
        self.starts.get(i).copied().unwrap_or(0) as usize
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

/// Byte offset of code point `c` in `text` (the text's length when past its end).
pub fn byte_of_char(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map(|(b, _)| b).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
