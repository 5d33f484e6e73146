//! JSON Lines corpora: one `{"id", "text" | "html", "url", "published"}` object a line,
//! read line by line by [`JsonlReader`].

use crate::{html_document, IngestError, Input};
use serde_json::Value;
use std::io::{BufRead, Read};
use whosaid::Document;

/// Longest line read; longer lines are skipped with an error.
const MAX_LINE: u64 = 64 << 20;

/// Streams the records of one JSONL file.
pub struct JsonlReader<R: BufRead> {
    r: R,
    name: String,
    line_no: usize,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader over JSONL bytes; `name` is used in errors and default ids.
    pub fn new(r: R, name: impl Into<String>) -> Self {
        JsonlReader { r, name: name.into(), line_no: 0, done: false }
    }

    fn err(&self, reason: String) -> IngestError {
        IngestError::Format { path: format!("{}:{}", self.name, self.line_no), reason }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Result<Input, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut buf = Vec::new();
        while !self.done {
            buf.clear();
            self.line_no += 1;
            let n = match (&mut self.r).take(MAX_LINE).read_until(b'\n', &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    if let Some(s) = crate::gz::skipped_member(&e) {
                        return Some(Err(self.err(format!("{s}; the lines in it are lost, reading goes on"))));
                    }
                    self.done = true;
                    return Some(Err(self.err(format!("read error (truncated or corrupt input): {e}"))));
                }
            };
            if n == 0 {
                return None;
            }
            if buf.last() != Some(&b'\n') && n as u64 == MAX_LINE {
                // Drop the rest of the overlong line without holding it.
                let reason = match skip_line(&mut self.r) {
                    Ok(()) => format!("line longer than {MAX_LINE} bytes, skipped"),
                    Err(e) => {
                        self.done = crate::gz::skipped_member(&e).is_none();
                        format!("line longer than {MAX_LINE} bytes, then: {e}")
                    }
                };
                return Some(Err(self.err(reason)));
            }
            if buf.iter().all(|c| c.is_ascii_whitespace()) {
                continue;
            }
            return Some(self.record(&buf));
        }
        None
    }
}

/// Consumes input up to and including the next newline (or the end), in buffer-sized steps.
fn skip_line<R: BufRead>(r: &mut R) -> std::io::Result<()> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', buf) {
            Some(i) => {
                r.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                r.consume(n);
            }
        }
    }
}

impl<R: BufRead> JsonlReader<R> {
    fn record(&self, line: &[u8]) -> Result<Input, IngestError> {
        let v: Value = serde_json::from_slice(line).map_err(|e| self.err(format!("not a JSON object: {e}")))?;
        let Value::Object(o) = v else {
            return Err(self.err("not a JSON object".into()));
        };
        let s = |k: &str| o.get(k).and_then(|x| x.as_str()).map(String::from);
        let id = match o.get("id") {
            Some(Value::String(x)) => x.clone(),
            Some(Value::Number(x)) => x.to_string(),
            _ => format!("{}-{}", crate::id_of(std::path::Path::new(&self.name)), self.line_no),
        };
        let fields = Fields {
            id,
            text: s("text"),
            html: s("html"),
            url: s("url"),
            published: s("published").or_else(|| s("date")),
            title: s("title").or_else(|| s("headline")),
            site_name: s("site_name").or_else(|| s("source")),
        };
        if fields.text.is_none() && fields.html.is_none() {
            return Err(self.err("record has neither \"text\" nor \"html\"".into()));
        }
        let doc = document(fields, &format!("{}:{}", self.name, self.line_no))?;
        Ok(Input { doc, fetched: None })
    }
}

/// The fields of one record (a JSON Lines object, a Python dict): what [`document`] reads.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    /// The record id.
    pub id: String,
    /// Plain text; ignored when `html` is given.
    pub text: Option<String>,
    /// An HTML page (UTF-8).
    pub html: Option<String>,
    /// Where it was fetched from.
    pub url: Option<String>,
    /// The publication date (ISO 8601 or a form `iso_date` reads), unless the page states one.
    pub published: Option<String>,
    /// The headline, unless the page states one.
    pub title: Option<String>,
    /// The outlet's name, unless the page states one.
    pub site_name: Option<String>,
}

/// The document of one record: `html` is extracted (layout from the DOM), else `text` is
/// read as plain text (an empty text without either); `published`, `title` and `site_name`
/// fill what the page itself does not state. Fails only when the HTML cannot be decoded;
/// `shown` names the record in that error.
pub fn document(f: Fields, shown: &str) -> Result<Document, IngestError> {
    let mut doc = if let Some(html) = f.html {
        html_document(html.as_bytes(), Some("utf-8"), f.id, f.url.as_deref(), shown)?
    } else {
        let mut d = Document::plain(f.id, f.text.unwrap_or_default());
        d.url = f.url;
        d
    };
    if doc.site_name.is_none() {
        doc.site_name = f.site_name;
    }
    if let Some(p) = f.published {
        let iso = crate::html::extract::iso_date(&p).unwrap_or(p);
        let layout = doc.layout.get_or_insert_with(|| whosaid::layout::detect(&doc.text));
        if layout.published.is_none() {
            layout.published = Some(iso);
        }
    }
    if let Some(h) = f.title {
        if let Some(l) = doc.layout.as_mut() {
            if l.headline.is_none() {
                l.headline = Some(h);
            }
        }
    }
    Ok(doc)
}
