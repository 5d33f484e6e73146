//! Layout of a plain-text article: which paragraphs are the story and which
//! are furniture (headline, byline, dateline, captions and credits, promo
//! lines, syndication notices, subheads).

use crate::model::{Layout, Span};

/// Finds the layout of a plain-text article.
pub fn detect(text: &str) -> Layout {
    let map = crate::text::CharMap::new(text);
    let body = paragraphs(text).into_iter().map(|(s, e)| map.span(s, e)).collect();
    Layout { body, ..Default::default() }
}

/// Byte ranges of the paragraphs of `text`: runs of non-blank lines, trimmed.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "A b.\n\n  C d.\nE.\n\n\n";
        let p = paragraphs(t);
        assert_eq!(p.len(), 2);
        assert_eq!(&t[p[0].0..p[0].1], "A b.");
        assert_eq!(&t[p[1].0..p[1].1], "C d.\nE.");
    }

    #[test]
    fn no_paragraphs_in_blank_text() {
        assert!(detect("  \n \n").body.is_empty());
        let _ = Span::default();
    }
}
