//! WARC archives, read record by record in constant memory: [`WarcReader`]
//! turns every HTML `response` (or `resource`) record into one [`Input`].
//!
//! Works on `.warc` and on `.warc.gz` made of one gzip member per record (as
//! Common Crawl ships them); the caller wraps gzip input in a multi-member
//! decoder. Non-HTML responses come out as [`IngestError::NotArticle`];
//! truncated or malformed records as errors naming the file and byte offset.

use crate::{html_document_owned, IngestError, Input};
use std::io::{BufRead, Read};

/// Largest record payload read into memory; bigger records are skipped with an error.
pub const MAX_RECORD: u64 = 32 << 20;
const MAX_LINE: u64 = 64 << 10;
const MAX_HEADERS: usize = 256;

/// Streams the records of one WARC file.
pub struct WarcReader<R: BufRead> {
    r: R,
    name: String,
    offset: u64,
    done: bool,
    queued: Option<Result<Input, IngestError>>,
}

/// The WARC header fields the reader uses.
#[derive(Debug, Default)]
struct Header {
    kind: String,
    length: Option<u64>,
    uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    content_type: String,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader over (decompressed) WARC bytes; `name` is used in errors.
    pub fn new(r: R, name: impl Into<String>) -> Self {
        WarcReader { r, name: name.into(), offset: 0, done: false, queued: None }
    }

    fn err(&self, reason: impl Into<String>) -> IngestError {
        IngestError::Format { path: self.name.clone(), reason: reason.into() }
    }

    /// One line (with its newline), at most `MAX_LINE` bytes; empty at end of input.
    fn line(&mut self, buf: &mut Vec<u8>) -> Result<usize, IngestError> {
        buf.clear();
        match (&mut self.r).take(MAX_LINE).read_until(b'\n', buf) {
            Ok(n) => {
                self.offset += n as u64;
                Ok(n)
            }
            Err(e) => Err(self.fatal(e)),
        }
    }

    /// A read error: final, unless a corrupt gzip member was skipped (then the next record is read).
    fn fatal(&mut self, e: std::io::Error) -> IngestError {
        if let Some(s) = crate::gz::skipped_member(&e) {
            return self.err(format!("{s}; the records in it are lost, reading goes on"));
        }
        self.done = true;
        self.err(format!("read error near byte {} (truncated or corrupt input): {e}", self.offset))
    }

    /// Consumes the blank lines that end a record, and with them (in a `.warc.gz` of one
    /// member per record) the end of the record's gzip member, whose checksum is checked
    /// there: a record whose member turns out corrupt fails instead of being used.
    fn end_of_record(&mut self) -> Result<(), IngestError> {
        for _ in 0..16 {
            let next = match self.r.fill_buf() {
                Ok(b) => b.first().copied(),
                Err(e) => return Err(self.fatal(e)),
            };
            match next {
                Some(b'\r' | b'\n') => {
                    self.r.consume(1);
                    self.offset += 1;
                }
                _ => break,
            }
        }
        Ok(())
    }

    /// Reads one record: `Ok(None)` at the end, `Ok(Some(None))` for a record that yields nothing.
    fn record(&mut self) -> Result<Option<Option<Input>>, IngestError> {
        let mut line = Vec::new();
        let mut garbage = 0u64;
        let start = loop {
            let n = self.line(&mut line)?;
            if n == 0 {
                self.done = true;
                if garbage > 0 {
                    return Err(self.err(format!("{garbage} bytes of trailing garbage at the end")));
                }
                return Ok(None);
            }
            if line.starts_with(b"WARC/") {
                break self.offset - n as u64;
            }
            if !line.iter().all(|c| c.is_ascii_whitespace()) {
                garbage += n as u64;
            }
        };
        let result = self.record_body(start, &mut line);
        if garbage > 0 {
            // Report the garbage first, then the record found after it.
            self.queued = match result {
                Ok(Some(Some(i))) => Some(Ok(i)),
                Ok(_) => None,
                Err(e) => Some(Err(e)),
            };
            return Err(self.err(format!("{garbage} bytes that are not a WARC record before byte {start}")));
        }
        result
    }

    fn record_body(&mut self, start: u64, line: &mut Vec<u8>) -> Result<Option<Option<Input>>, IngestError> {
        let mut h = Header::default();
        let mut count = 0;
        loop {
            let n = self.line(line)?;
            if n == 0 {
                self.done = true;
                return Err(self.err(format!("record at byte {start} is truncated in its header")));
            }
            let l = String::from_utf8_lossy(line);
            let l = l.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                break;
            }
            count += 1;
            if count > MAX_HEADERS {
                return Err(self.err(format!("record at byte {start}: too many header lines")));
            }
            let Some((k, v)) = l.split_once(':') else { continue };
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.kind = v.to_ascii_lowercase(),
                "content-length" => h.length = v.parse().ok(),
                "warc-target-uri" => h.uri = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(v),
                "warc-record-id" => h.record_id = Some(v),
                "content-type" => h.content_type = v.to_ascii_lowercase(),
                _ => {}
            }
        }
        let Some(len) = h.length else {
            return Err(self.err(format!("record at byte {start} has no Content-Length")));
        };
        let wanted = matches!(h.kind.as_str(), "response" | "resource");
        if !wanted || len > MAX_RECORD {
            let skipped = std::io::copy(&mut (&mut self.r).take(len), &mut std::io::sink()).map_err(|e| self.fatal(e))?;
            self.offset += skipped;
            if skipped < len {
                self.done = true;
                return Err(self.err(format!("record at byte {start} is truncated ({skipped} of {len} bytes)")));
            }
            if wanted {
                return Err(self.err(format!("record at byte {start} is {len} bytes, over the {MAX_RECORD}-byte limit")));
            }
            return Ok(Some(None));
        }
        let mut block = Vec::with_capacity(len.min(1 << 20) as usize);
        let got = (&mut self.r).take(len).read_to_end(&mut block).map_err(|e| self.fatal(e))?;
        self.offset += got as u64;
        if (got as u64) < len {
            self.done = true;
            return Err(self.err(format!("record at byte {start} is truncated ({got} of {len} bytes)")));
        }
        self.end_of_record()?;
        let uri = h.uri.clone().unwrap_or_default();
        let what = if uri.is_empty() { format!("record at byte {start}") } else { uri.clone() };
        let (payload, ctype) = if h.kind == "response" && h.content_type.contains("application/http") {
            match http_payload(&block) {
                Ok(x) => x,
                Err(HttpError::NotPage(reason)) => {
                    return Err(IngestError::NotArticle { path: self.name.clone(), reason: format!("{what}: {reason}") })
                }
                Err(HttpError::TooBig(reason)) => return Err(self.err(format!("{what}: {reason}"))),
            }
        } else {
            (block, h.content_type.clone())
        };
        let is_html = ctype.contains("html")
            || (ctype.is_empty() && crate::decode::sniff(payload.get(..512).unwrap_or(&payload), "") == crate::decode::Format::Html);
        if !is_html {
            return Err(IngestError::NotArticle {
                path: self.name.clone(),
                reason: format!("{what}: not HTML ({})", if ctype.is_empty() { "no content type" } else { &ctype }),
            });
        }
        let charset = ctype.split(';').find_map(|p| p.trim().strip_prefix("charset=").map(|c| c.trim_matches('"').to_string()));
        let id = record_id(h.record_id.as_deref(), &uri, start);
        let shown = format!("{} ({what})", self.name);
        let doc = html_document_owned(payload, charset.as_deref(), id, (!uri.is_empty()).then_some(uri.as_str()), &shown)?;
        Ok(Some(Some(Input { doc, fetched: h.date })))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Input, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(q) = self.queued.take() {
            return Some(q);
        }
        while !self.done {
            match self.record() {
                Ok(None) => return None,
                Ok(Some(None)) => continue,
                Ok(Some(Some(i))) => return Some(Ok(i)),
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

/// The id of a record: its WARC-Record-ID without `<urn:uuid:` and `>`, else one made from the URI.
fn record_id(rid: Option<&str>, uri: &str, offset: u64) -> String {
    if let Some(r) = rid {
        let r = r.trim().trim_matches(['<', '>']);
        let r = r.strip_prefix("urn:uuid:").unwrap_or(r);
        if !r.is_empty() {
            return r.to_string();
        }
    }
    if !uri.is_empty() {
        let s: String = uri
            .split("://")
            .last()
            .unwrap_or(uri)
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '.' || c == '-' { c } else { '_' })
            .collect();
        return s.trim_matches('_').chars().take(200).collect();
    }
    format!("record-{offset}")
}

/// Why an HTTP response gives no page.
enum HttpError {
    /// Not a page (an error status, no header end): skipped as not an article.
    NotPage(String),
    /// A page that breaks a limit or cannot be decoded: a failed record.
    TooBig(String),
}

impl From<&str> for HttpError {
    fn from(s: &str) -> Self {
        HttpError::NotPage(s.to_string())
    }
}

/// Splits an HTTP response into its decoded payload and content type.
fn http_payload(block: &[u8]) -> Result<(Vec<u8>, String), HttpError> {
    let split = memchr::memmem::find(block, b"\r\n\r\n").map(|i| (i, i + 4))
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| (i, i + 2)))
        .ok_or("HTTP response without a header end")?;
    let head = String::from_utf8_lossy(block.get(..split.0).unwrap_or(&[]));
    let body = block.get(split.1..).unwrap_or(&[]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    let code: u16 = status.split_whitespace().nth(1).and_then(|c| c.parse().ok()).unwrap_or(0);
    if !(200..300).contains(&code) {
        return Err(HttpError::NotPage(format!("HTTP status {code}, not a page")));
    }
    let mut ctype = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        if let Some((k, v)) = l.split_once(':') {
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => ctype = v.trim().to_ascii_lowercase(),
                "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
                "content-encoding" => encoding = v.trim().to_ascii_lowercase(),
                _ => {}
            }
        }
    }
    let mut payload = if chunked { dechunk(body).unwrap_or_else(|| body.to_vec()) } else { body.to_vec() };
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") && crate::decode::is_gzip(&payload) {
        let mut out = Vec::new();
        // The page limit holds while decompressing: a small body cannot expand without bound.
        let read = flate2::read::MultiGzDecoder::new(&payload[..]).take(crate::MAX_PAGE + 1).read_to_end(&mut out);
        if out.len() as u64 > crate::MAX_PAGE {
            return Err(HttpError::TooBig(format!(
                "gzip-encoded body larger than the {} MiB page limit when decompressed",
                crate::MAX_PAGE >> 20
            )));
        }
        match read {
            Ok(_) => payload = out,
            Err(e) => return Err(HttpError::TooBig(format!("gzip-encoded body cannot be decompressed: {e}"))),
        }
    }
    Ok((payload, ctype))
}

/// Decodes a chunked transfer body; `None` when it is not well formed.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = memchr::memchr(b'\n', b)?;
        let size_line = std::str::from_utf8(b.get(..nl)?).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        b = b.get(nl + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(b.get(..size)?);
        b = b.get(size..)?;
        b = b.strip_prefix(b"\r\n").or_else(|| b.strip_prefix(b"\n")).unwrap_or(b);
    }
}
