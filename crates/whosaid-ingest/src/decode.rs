//! Bytes -> text: gzip detection, content sniffing and charset decoding.

use encoding_rs::Encoding;

/// What an input's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A WARC archive (`WARC/1.x` header).
    Warc,
    /// JSON Lines: one object a line.
    Jsonl,
    /// An HTML page.
    Html,
    /// Plain text.
    Text,
}

/// True when `b` starts with the gzip magic number.
pub fn is_gzip(b: &[u8]) -> bool {
    b.starts_with(&[0x1f, 0x8b])
}

fn skip_bom_ws(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    let i = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    b.get(i..).unwrap_or(&[])
}

/// Sniffs the format from the first bytes (already gunzipped); `name` breaks ties.
pub fn sniff(head: &[u8], name: &str) -> Format {
    let t = skip_bom_ws(head);
    if t.starts_with(b"WARC/") {
        return Format::Warc;
    }
    if t.first() == Some(&b'{') {
        return Format::Jsonl;
    }
    let lower: Vec<u8> = t.iter().take(2048).map(|c| c.to_ascii_lowercase()).collect();
    let has = |n: &[u8]| memchr::memmem::find(&lower, n).is_some();
    if lower.starts_with(b"<!doctype")
        || lower.starts_with(b"<html")
        || lower.starts_with(b"<?xml") && has(b"<html")
        || has(b"<html")
        || has(b"<head")
        || has(b"<body")
        || lower.starts_with(b"<!--") && (has(b"<p") || has(b"<div"))
        || lower.starts_with(b"<meta")
    {
        return Format::Html;
    }
    let n = name.to_ascii_lowercase();
    let n = n.strip_suffix(".gz").unwrap_or(&n);
    if n.ends_with(".html") || n.ends_with(".htm") || n.ends_with(".xhtml") {
        return Format::Html;
    }
    if n.ends_with(".warc") {
        return Format::Warc;
    }
    if n.ends_with(".jsonl") || n.ends_with(".ndjson") {
        return Format::Jsonl;
    }
    Format::Text
}

/// True for content that is not text at all (NUL bytes or many control bytes up front).
pub fn looks_binary(b: &[u8]) -> bool {
    let head = b.get(..b.len().min(4096)).unwrap_or(b);
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return false; // UTF-16 with a BOM
    }
    let ctrl = head.iter().filter(|&&c| c < 0x09 || (0x0e..0x20).contains(&c) && c != 0x1b).count();
    head.contains(&0) || ctrl * 20 > head.len().max(1)
}

/// The charset a page declares in `<meta charset>` or `http-equiv` within its first 4 KiB.
pub fn declared_charset(b: &[u8]) -> Option<&'static Encoding> {
    let head = b.get(..b.len().min(4096)).unwrap_or(b);
    let lower: Vec<u8> = head.iter().map(|c| c.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(lower.get(from..).unwrap_or(&[]), b"charset") {
        let at = from + i + 7;
        let rest = lower.get(at..).unwrap_or(&[]);
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        if let Some(rest) = rest.strip_prefix(b"=") {
            let rest: &[u8] = rest.strip_prefix(b" ").unwrap_or(rest);
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let end = rest.iter().position(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.'))).unwrap_or(rest.len());
            if let Some(e) = rest.get(..end).and_then(Encoding::for_label) {
                return Some(e);
            }
        }
        from = at;
    }
    None
}

/// Decodes a page's bytes to text. `http_charset` is a charset from transport headers.
///
/// Order: byte-order mark; valid UTF-8; UTF-8 with a few bad bytes (replaced) when
/// UTF-8 or nothing is declared; the declared charset (transport, then `<meta>`);
/// otherwise chardetng's guess. Fails when the bytes are binary or
/// the result is mostly replacement characters.
pub fn decode_html(b: &[u8], http_charset: Option<&str>) -> Result<String, String> {
    decode_html_owned(b.to_vec(), http_charset)
}

/// [`decode_html`] on owned bytes: valid UTF-8 is taken over without a copy.
pub fn decode_html_owned(v: Vec<u8>, http_charset: Option<&str>) -> Result<String, String> {
    let b = &v[..];
    if let Some((enc, bom_len)) = Encoding::for_bom(b) {
        let (s, _) = enc.decode_without_bom_handling(b.get(bom_len..).unwrap_or(&[]));
        return Ok(s.into_owned());
    }
    if looks_binary(b) {
        return Err("binary content, not an HTML page".into());
    }
    if std::str::from_utf8(b).is_ok() {
        return String::from_utf8(v).map_err(|e| e.to_string());
    }
    let declared = http_charset.and_then(|c| Encoding::for_label(c.trim().as_bytes())).or_else(|| declared_charset(b));
    // UTF-8 (declared or not) with a few bad bytes among valid multi-byte characters stays
    // UTF-8, the bad bytes replaced: guessing a legacy charset would garble every letter.
    if !matches!(declared, Some(e) if e != encoding_rs::UTF_8) && mostly_utf8(b) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    let enc = match declared {
        // A page that says UTF-8 but is not: guess instead.
        Some(e) if e != encoding_rs::UTF_8 => e,
        _ => {
            let mut det = chardetng::EncodingDetector::new();
            det.feed(b, true);
            det.guess(None, true)
        }
    };
    let (s, _, had_errors) = enc.decode(b);
    if had_errors {
        let bad = s.chars().filter(|&c| c == '\u{fffd}').count();
        if bad * 10 > s.chars().count().max(1) {
            return Err(format!("cannot decode as {} (too many invalid bytes)", enc.name()));
        }
    }
    Ok(s.into_owned())
}

/// True when valid multi-byte UTF-8 characters outnumber the invalid bytes.
fn mostly_utf8(b: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in b.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good >= 2 * bad && good > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"WARC/1.0\r\n", "x"), Format::Warc);
        assert_eq!(sniff(b"  <!DOCTYPE html><html>", "x.txt"), Format::Html);
        assert_eq!(sniff(b"{\"id\": 1}\n", "x"), Format::Jsonl);
        assert_eq!(sniff(b"Plain words.", "a.txt"), Format::Text);
        assert_eq!(sniff(b"<p>hi", "a.htm"), Format::Html);
    }

    #[test]
    fn decodes_declared_and_guessed_charsets() {
        let latin1 = b"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>";
        assert!(decode_html(latin1, None).unwrap_or_default().contains("café"));
        // Declared UTF-8 but really windows-1252: guessed.
        let wrong = b"<meta charset=utf-8><p>Das Stra\xdfenfest war sch\xf6n und gr\xf6\xdfer als je.</p>";
        assert!(decode_html(wrong, None).unwrap_or_default().contains("Straßenfest"));
        assert!(decode_html(b"\x00\x01\x02binary", None).is_err());
    }
}
