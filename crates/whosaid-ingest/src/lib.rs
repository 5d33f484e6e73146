//! Input formats -> [`whosaid::Document`]s, streamed.
//!
//! [`open`] sniffs one input (file or `-` for stdin) from its bytes — gzip
//! magic, `WARC/1.`, `<html`/`<!doctype`, JSON object lines — and returns an
//! iterator of [`Input`]s: one for a plain-text or HTML page, one per HTML
//! record for a WARC archive ([`warc::WarcReader`]), one per line for a JSON
//! Lines corpus ([`jsonl::JsonlReader`]). HTML goes through [`decode`]
//! (charset) and [`html`] (DOM, main-content extraction, metadata), which fill
//! [`whosaid::Layout`] so the analyzer uses the DOM's paragraphs. A bad record
//! is an `Err` item and the stream goes on; [`expand`] turns folders into files.
//!
//! Ids: `NAME.txt`, `NAME.html`, `NAME.html.gz` -> `NAME`; WARC records -> the
//! WARC-Record-ID's uuid (or a URI-derived id); JSONL -> the `"id"` field.

pub mod decode;
pub mod gz;
pub mod html;
pub mod jsonl;
pub mod warc;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use whosaid::Document;

/// Largest single page or text file read (decompressed).
pub const MAX_PAGE: u64 = 32 << 20;

/// Why one input or record could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file could not be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The input.
        path: String,
        /// The OS error.
        source: std::io::Error,
    },
    /// The content is broken or not something we can read.
    #[error("{path}: {reason}")]
    Format {
        /// The input (and record).
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// A well-formed record that is not an article (an image, a redirect): skipped, not a failure.
    #[error("{path}: {reason}")]
    NotArticle {
        /// The input.
        path: String,
        /// What it is instead.
        reason: String,
    },
}

impl IngestError {
    /// True for records that were skipped because they are not articles (not failures).
    pub fn is_skip(&self) -> bool {
        matches!(self, IngestError::NotArticle { .. })
    }
}

/// One document read from an input, with what the transport knew about it.
#[derive(Debug, Clone)]
pub struct Input {
    /// The document for the analyzer.
    pub doc: Document,
    /// When the page was fetched (WARC-Date), if known.
    pub fetched: Option<String>,
}

/// A stream of documents (or per-record errors) from one input.
pub type Inputs = Box<dyn Iterator<Item = Result<Input, IngestError>>>;

/// The files a set of paths stands for, and what the walk skipped.
#[derive(Debug, Default)]
pub struct Walk {
    /// Files to read, folder by folder in sorted order; `-` stays stdin.
    pub files: Vec<PathBuf>,
    /// One line per thing skipped that a user may have meant to read: non-regular files,
    /// unreadable folders, symbolic links to folders already walked.
    pub notes: Vec<String>,
}

/// Expands paths (folders recursively, sorted) into the files to read; `-` stays stdin.
///
/// A folder is walked once however many links lead to it (symbolic links to folders are
/// followed, but never into a folder already walked, so link loops end); FIFOs, devices
/// and sockets in a folder are skipped with a note. File names need not be UTF-8.
pub fn expand(paths: &[PathBuf]) -> Walk {
    let mut w = Walk::default();
    let mut seen = std::collections::HashSet::new();
    for p in paths {
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files, &mut w.notes, &mut seen, 0);
            files.sort();
            w.files.extend(files);
        } else {
            w.files.push(p.clone());
        }
    }
    w
}

/// The identity of a folder: device and inode (its canonical path off Unix).
fn dir_key(p: &Path) -> Option<(u64, u64, PathBuf)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino(), PathBuf::new()))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(p).ok().map(|c| (0, 0, c))
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, notes: &mut Vec<String>, seen: &mut std::collections::HashSet<(u64, u64, PathBuf)>, depth: usize) {
    if depth > 64 {
        notes.push(format!("{}: deeper than 64 folders, not walked", dir.display()));
        return;
    }
    if let Some(k) = dir_key(dir) {
        if !seen.insert(k) {
            notes.push(format!("{}: a folder already walked (through a symbolic link), skipped", dir.display()));
            return;
        }
    }
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            notes.push(format!("{}: cannot read the folder: {e}", dir.display()));
            return;
        }
    };
    for e in rd {
        let e = match e {
            Ok(e) => e,
            Err(err) => {
                notes.push(format!("{}: cannot list the folder: {err}", dir.display()));
                break;
            }
        };
        let p = e.path();
        let Ok(ft) = e.file_type() else { continue };
        // A symbolic link counts as what it points to.
        let ft = if ft.is_symlink() {
            match std::fs::metadata(&p) {
                Ok(m) => m.file_type(),
                Err(_) => {
                    if is_article_file(&p) {
                        notes.push(format!("{}: a broken symbolic link, skipped", p.display()));
                    }
                    continue;
                }
            }
        } else {
            ft
        };
        if ft.is_dir() {
            walk(&p, out, notes, seen, depth + 1);
        } else if !is_article_file(&p) {
        } else if ft.is_file() {
            out.push(p);
        } else {
            notes.push(format!("{}: not a regular file (a FIFO, device or socket), skipped", p.display()));
        }
    }
}

/// Endings a folder walk picks up.
const ENDINGS: &[&str] = &[".txt", ".html", ".htm", ".html.gz", ".htm.gz", ".warc", ".warc.gz", ".jsonl", ".jsonl.gz"];

/// True for files a folder walk picks up (gold `*.json` annotations and hidden files are skipped).
pub fn is_article_file(p: &Path) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    !name.starts_with('.') && !lower.ends_with(".json") && ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// The id of a file: its name without `.gz`, `.html`, `.htm`, `.txt`, `.warc`, `.jsonl`.
pub fn id_of(p: &Path) -> String {
    let mut name = match p.file_name() {
        Some(n) => n.to_string_lossy().into_owned(),
        None if p.as_os_str() == "-" => "stdin".to_string(),
        None => p.to_string_lossy().trim_end_matches('/').to_string(),
    };
    for ext in [".gz", ".html", ".htm", ".txt", ".warc", ".jsonl"] {
        if let Some(s) = name.strip_suffix(ext) {
            name = s.to_string();
        }
    }
    name
}

/// Builds the document of one HTML page: decode, extract, layout. Fails when it cannot be decoded.
pub fn html_document(bytes: &[u8], charset: Option<&str>, id: String, url: Option<&str>, shown: &str) -> Result<Document, IngestError> {
    html_document_owned(bytes.to_vec(), charset, id, url, shown)
}

/// [`html_document`] on owned bytes (no copy of a UTF-8 page).
pub fn html_document_owned(bytes: Vec<u8>, charset: Option<&str>, id: String, url: Option<&str>, shown: &str) -> Result<Document, IngestError> {
    let src = decode::decode_html_owned(bytes, charset).map_err(|reason| IngestError::Format { path: shown.to_string(), reason })?;
    let page = html::extract(&src, url);
    Ok(Document { id, text: page.text, url: page.url.or_else(|| url.map(String::from)), site_name: page.site_name, layout: Some(page.layout) })
}

/// Opens one input and streams its documents. Fails only when the input cannot be opened.
pub fn open(path: &Path) -> Result<Inputs, IngestError> {
    let shown = path.display().to_string();
    let io = |source| IngestError::Io { path: shown.clone(), source };
    let raw: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        let meta = std::fs::metadata(path).map_err(io)?;
        let ft = meta.file_type();
        if ft.is_dir() {
            return Err(IngestError::Format { path: shown, reason: "a folder, not a file".into() });
        }
        // A FIFO named on purpose streams like stdin; devices and sockets are never articles.
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ft.is_block_device() || ft.is_char_device() || ft.is_socket() {
                return Err(IngestError::Format { path: shown, reason: "a device or socket, not a file".into() });
            }
        }
        Box::new(std::fs::File::open(path).map_err(io)?)
    };
    read_from(raw, path)
}

/// Streams the documents of bytes read from `raw`, named `path` (for errors, ids and as a
/// tie-breaker when sniffing the format): what [`open`] does once the file is open.
/// Fails only when the first bytes cannot be read.
pub fn read_from(raw: Box<dyn Read>, path: &Path) -> Result<Inputs, IngestError> {
    let shown = path.display().to_string();
    let mut r = BufReader::with_capacity(1 << 16, raw);
    let head = r.fill_buf().map_err(|source| IngestError::Io { path: shown.clone(), source })?;
    let mut reader: Box<dyn BufRead> = if decode::is_gzip(head) {
        Box::new(BufReader::with_capacity(1 << 16, gz::Members::new(r)))
    } else {
        Box::new(r)
    };
    let head = match reader.fill_buf() {
        Ok(h) => h.get(..h.len().min(4096)).unwrap_or(h).to_vec(),
        Err(e) => return Err(IngestError::Format { path: shown, reason: format!("cannot decompress: {e}") }),
    };
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    let id = id_of(path);
    match decode::sniff(&head, &name) {
        decode::Format::Warc => Ok(Box::new(warc::WarcReader::new(reader, shown))),
        decode::Format::Jsonl => Ok(Box::new(jsonl::JsonlReader::new(reader, shown))),
        fmt => {
            let one = read_whole(&mut reader, &shown).and_then(|bytes| {
                let doc = if fmt == decode::Format::Html {
                    html_document_owned(bytes, None, id, None, &shown)?
                } else {
                    let text = plain_text(&bytes).map_err(|reason| IngestError::Format { path: shown.clone(), reason })?;
                    Document::plain(id, text)
                };
                Ok(Input { doc, fetched: None })
            });
            Ok(Box::new(std::iter::once(one)))
        }
    }
}

fn read_whole(r: &mut dyn BufRead, shown: &str) -> Result<Vec<u8>, IngestError> {
    let mut bytes = Vec::new();
    r.take(MAX_PAGE + 1).read_to_end(&mut bytes).map_err(|e| IngestError::Format {
        path: shown.to_string(),
        reason: format!("read failed (truncated or corrupt gzip?): {e}"),
    })?;
    if bytes.len() as u64 > MAX_PAGE {
        return Err(IngestError::Format { path: shown.to_string(), reason: format!("larger than the {} MiB page limit", MAX_PAGE >> 20) });
    }
    Ok(bytes)
}

/// Reads one input into documents, stopping at the first bad record (see [`open`] to stream).
pub fn read(path: &Path) -> Result<Vec<Document>, IngestError> {
    let mut out = Vec::new();
    for item in open(path)? {
        match item {
            Ok(i) => out.push(i.doc),
            Err(e) if e.is_skip() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Checks that bytes are plain UTF-8 text (a BOM is dropped).
pub fn plain_text(bytes: &[u8]) -> Result<String, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary content (NUL bytes), not a text article".into());
    }
    String::from_utf8(bytes.to_vec())
        .map_err(|e| format!("not valid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}
