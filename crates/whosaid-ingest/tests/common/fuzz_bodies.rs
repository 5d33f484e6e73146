//! The bodies of the reader fuzz targets (`fuzz/fuzz_targets/{html,warc,jsonl,gzip}.rs`
//! include this file), also run on stable by `tests/fuzz_corpus.rs` over the kept corpus
//! and every crash file. Each panics when a reader panics or breaks its promise.
#![allow(dead_code, clippy::panic)]

use std::io::{BufReader, Read};

/// HTML: decoding, DOM, extraction and metadata; furniture spans index the text.
pub fn html(data: &[u8]) {
    if let Ok(doc) = whosaid_ingest::html_document(data, None, "fuzz".into(), None, "fuzz") {
        if let Some(l) = &doc.layout {
            let chars: Vec<char> = doc.text.chars().collect();
            for f in &l.furniture {
                let t: String = chars.get(f.start..f.end).map(|c| c.iter().collect()).unwrap_or_default();
                assert_eq!(t, f.text, "furniture span");
            }
            for b in &l.body {
                assert!(b.start <= b.end && b.end <= chars.len(), "body span");
            }
        }
    }
}

/// WARC, raw and behind a valid first header: at most one item per input byte, plus one.
pub fn warc(data: &[u8]) {
    let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: ".to_vec();
    warc.extend_from_slice(data.len().to_string().as_bytes());
    warc.extend_from_slice(b"\r\n\r\n");
    warc.extend_from_slice(data);
    for input in [&warc[..], data] {
        let n = whosaid_ingest::warc::WarcReader::new(BufReader::new(input), "fuzz").take(input.len() + 2).count();
        assert!(n <= input.len() + 1, "{n} items from {} bytes", input.len());
    }
}

/// JSON Lines: at most one item per line.
pub fn jsonl(data: &[u8]) {
    let lines = data.iter().filter(|&&b| b == b'\n').count() + 1;
    let n = whosaid_ingest::jsonl::JsonlReader::new(BufReader::new(data), "fuzz.jsonl").take(lines + 1).count();
    assert!(n <= lines, "{n} items from {lines} lines");
}

/// Gzip member by member, then the whole sniffing reader under four names: it ends.
pub fn gzip(data: &[u8]) {
    let mut m = whosaid_ingest::gz::Members::new(data);
    let mut buf = vec![0u8; 4096];
    let mut total = 0usize;
    let mut reads = 0usize;
    loop {
        reads += 1;
        assert!(reads <= (data.len() + 64) * 1024, "the gzip reader does not end");
        match m.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                total += n;
                if total > 64 << 20 {
                    break;
                }
            }
            // a skipped member (reading goes on) or a failing source (the next read ends)
            Err(_) => {}
        }
    }
    for name in ["fuzz.warc.gz", "fuzz.jsonl.gz", "fuzz.html.gz", "fuzz.txt"] {
        if let Ok(items) = whosaid_ingest::read_from(Box::new(std::io::Cursor::new(data.to_vec())), std::path::Path::new(name)) {
            for _ in items.take(1000) {}
        }
    }
}
