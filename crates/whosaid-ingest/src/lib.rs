//! Input formats: plain text files, folders, stdin (HTML, WARC and JSONL to come)
//! become [`whosaid::Document`]s.

use std::path::{Path, PathBuf};
use whosaid::Document;

/// Why one input could not be read.
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
    /// The content is not an article we can read.
    #[error("{path}: {reason}")]
    Format {
        /// The input.
        path: String,
        /// What is wrong.
        reason: String,
    },
}

/// Expands paths (folders recursively, sorted) into the files to read; `-` stays stdin.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files);
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if is_article_file(&p) {
            out.push(p);
        }
    }
}

/// True for files a folder walk picks up (gold annotations and hidden files are skipped).
pub fn is_article_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    !name.starts_with('.') && !name.ends_with(".json") && name.ends_with(".txt")
}

/// The id of a file: its name without `.txt`, `.html`, `.htm` and `.gz`.
pub fn id_of(p: &Path) -> String {
    let mut name = p.file_name().and_then(|n| n.to_str()).unwrap_or("stdin").to_string();
    for ext in [".gz", ".html", ".htm", ".txt"] {
        if let Some(s) = name.strip_suffix(ext) {
            name = s.to_string();
        }
    }
    name
}

/// Reads one input into documents (a plain-text file is one document).
pub fn read(path: &Path) -> Result<Vec<Document>, IngestError> {
    let shown = path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut b)
            .map_err(|source| IngestError::Io { path: shown.clone(), source })?;
        b
    } else {
        std::fs::read(path).map_err(|source| IngestError::Io { path: shown.clone(), source })?
    };
    let text = plain_text(&bytes).map_err(|reason| IngestError::Format { path: shown, reason })?;
    Ok(vec![Document::plain(id_of(path), text)])
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
