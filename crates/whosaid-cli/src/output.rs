//! Writing output files without losing anything: [`write_new`] writes a temporary file
//! beside the target and renames it over, and only replaces a file of the same kind.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
///
/// Fails, writing nothing, when `path` is an input of the run (`protect`), or exists
/// and is not a regular file whose first bytes satisfy `same_kind` (unless `force`).
/// A symlink is replaced by the file, never followed.
pub fn write_new(path: &Path, bytes: &[u8], force: bool, protect: &[&Path], same_kind: fn(&[u8]) -> bool, kind: &str) -> Result<()> {
    if let Ok(target) = std::fs::canonicalize(path) {
        for p in protect {
            if std::fs::canonicalize(p).is_ok_and(|q| q == target) {
                bail!("{} is an input of this command (the store); not overwriting it", path.display());
            }
        }
    }
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        let ours = meta.is_file() && {
            let mut head = [0u8; 256];
            let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
            same_kind(head.get(..n).unwrap_or(&[]))
        };
        if !ours && !force {
            let what = if meta.is_symlink() {
                "a symbolic link".to_string()
            } else if meta.is_file() {
                format!("a file that is not {kind}")
            } else {
                "not a regular file".to_string()
            };
            bail!("{} exists and is {what}; not overwriting it (use --force to replace it)", path.display());
        }
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|_| f.sync_all()))
        .and_then(|_| std::fs::rename(&tmp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written.with_context(|| format!("writing {}", path.display()))
}

/// True for the start of an SVG file (an XML declaration or comment first is allowed).
pub fn looks_svg(head: &[u8]) -> bool {
    let s = String::from_utf8_lossy(head);
    let s = s.trim_start_matches('\u{feff}').trim_start();
    s.starts_with("<svg") || ((s.starts_with("<?xml") || s.starts_with("<!--")) && s.contains("<svg"))
}

/// True when an error comes from writing to a closed pipe (`whosaid ... | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().and_then(|j| j.io_error_kind()) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes in one line, each cause once: a cause whose text the line
/// already holds (or that only restates the last one) is left out.
pub fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    let mut last = String::new();
    for c in e.chain() {
        let mut t = c.to_string();
        // "c.db: no such file" under "opening c.db": the path once is enough.
        while let Some((head, rest)) = t.split_once(": ") {
            if head.is_empty() || !line.contains(head) {
                break;
            }
            t = rest.to_string();
        }
        if t.is_empty() || line.contains(&t) || (!last.is_empty() && t.contains(&last)) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&t);
        last = t;
    }
    line.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_heads() {
        assert!(looks_svg(b"<svg xmlns=\"http://www.w3.org/2000/svg\">"));
        assert!(looks_svg(b"<?xml version=\"1.0\"?>\n<svg>"));
        assert!(!looks_svg(b"SQLite format 3\0"));
        assert!(!looks_svg(b""));
    }

    #[test]
    fn causes_are_not_repeated() {
        let e = anyhow::anyhow!("no such database").context("c.db: no such database").context("opening c.db");
        assert_eq!(one_line(&e), "opening c.db: no such database");
    }
}
