//! whosaid-ingest on arbitrary bytes: the sniffing reader (HTML, WARC, JSONL,
//! gzip, text) and the HTML extractor never panic, and every furniture span's
//! text equals the code points it indexes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::{BufReader, Read};

fuzz_target!(|data: &[u8]| {
    // The HTML path: decode, parse, extract.
    if let Ok(doc) = whosaid_ingest::html_document(data, None, "fuzz".into(), None, "fuzz") {
        if let Some(l) = &doc.layout {
            let chars: Vec<char> = doc.text.chars().collect();
            for f in &l.furniture {
                let t: String = chars.get(f.start..f.end).map(|c| c.iter().collect()).unwrap_or_default();
                assert_eq!(t, f.text);
            }
            for b in &l.body {
                assert!(b.start <= b.end && b.end <= chars.len());
            }
        }
    }
    // The WARC reader, with and without a valid first header.
    let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: ".to_vec();
    warc.extend_from_slice(data.len().to_string().as_bytes());
    warc.extend_from_slice(b"\r\n\r\n");
    warc.extend_from_slice(data);
    for input in [&warc[..], data] {
        for _ in whosaid_ingest::warc::WarcReader::new(BufReader::new(input), "fuzz").take(1000) {}
    }
    // The JSONL reader.
    for _ in whosaid_ingest::jsonl::JsonlReader::new(BufReader::new(data), "fuzz.jsonl").take(1000) {}
    // Gzip-wrapped input through the multi-member decoder.
    let mut out = Vec::new();
    let _ = flate2::read::MultiGzDecoder::new(data).take(1 << 20).read_to_end(&mut out);
});
