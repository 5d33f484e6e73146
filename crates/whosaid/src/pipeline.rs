//! [`Analyzer`]: runs the stages in order on one [`Document`].

use crate::model::*;

/// Runs the whole pipeline. Build once, analyze many documents; it is `Sync`.
#[derive(Debug, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// An analyzer with the bundled lexicons.
    pub fn new() -> Self {
        Analyzer {}
    }

    /// Analyzes one document. Never panics; messy input yields warnings.
    pub fn analyze(&self, doc: &Document) -> Article {
        let text = &doc.text;
        let layout = match &doc.layout {
            Some(l) => l.clone(),
            None => crate::layout::detect(text),
        };
        let body = body_text(text, &layout.body);
        Article {
            id: doc.id.clone(),
            text: text.clone(),
            body,
            headline: layout.headline.clone(),
            byline: layout.byline.clone(),
            published: layout.published.clone(),
            url: doc.url.clone(),
            site_name: doc.site_name.clone(),
            syndication: layout.syndication.clone(),
            furniture: layout.furniture.clone(),
            quotes: Vec::new(),
            speakers: Vec::new(),
            entities: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// The story's paragraphs joined by blank lines.
fn body_text(text: &str, body: &[Span]) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte = |c: usize| chars.get(c).map(|x| x.0).unwrap_or(text.len());
    body.iter()
        .filter_map(|s| text.get(byte(s.start)..byte(s.end)))
        .collect::<Vec<_>>()
        .join("\n\n")
}
