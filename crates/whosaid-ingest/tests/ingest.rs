//! Integration tests of the readers. Modules:
//! - `warc`: a small WARC writer builds archives with HTML, non-HTML and truncated records.
//! - `jsonl`: corpora with text, html and broken lines.
//! - `bad_input`: truncated gzip, binary, huge, deep and malformed pages, wrong charsets.
//! - `zyte`: every gold page (read from shared/, never copied) yields spans that index the text.
//! - `props`: arbitrary bytes never panic the HTML and WARC readers.

use std::io::Write;
use std::path::{Path, PathBuf};
use whosaid_ingest::{open, IngestError, Input};

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("whosaid-ingest-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("scratch dir");
    d
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

fn read_all(p: &Path) -> (Vec<Input>, Vec<IngestError>) {
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for item in open(p).expect("open") {
        match item {
            Ok(i) => ok.push(i),
            Err(e) => bad.push(e),
        }
    }
    (ok, bad)
}

fn chars(t: &str, s: usize, e: usize) -> String {
    t.chars().skip(s).take(e.saturating_sub(s)).collect()
}

/// Every furniture span's text equals the text it indexes; body spans lie inside the text.
fn check_spans(doc: &whosaid::Document) {
    let n = doc.text.chars().count();
    let l = doc.layout.as_ref().expect("html has a layout");
    for f in &l.furniture {
        assert_eq!(chars(&doc.text, f.start, f.end), f.text, "furniture span of {}", doc.id);
    }
    for s in &l.body {
        assert!(s.start < s.end && s.end <= n, "body span {s:?} of {}", doc.id);
    }
    if let Some(h) = l.headline_span {
        assert!(h.end <= n);
    }
}

const PAGE: &str = "<!doctype html><html><head><title>Mayor opens bridge | City Post</title></head><body>\
<nav><a href=/>Home</a></nav><article><h1>Mayor opens bridge</h1><div class=story-body>\
<p>The mayor opened the new bridge on Monday, saying it would cut travel times for thousands of commuters.</p>\
<p>“It is a great day for the city,” she said, standing beside engineers, workers and residents.</p>\
</div></article></body></html>";

mod warc {
    use super::*;

    /// Writes one WARC record.
    pub fn record(kind: &str, uri: &str, id: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2019-11-19T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:{id}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    /// An HTTP response record around `body`.
    pub fn response(uri: &str, id: &str, ctype: &str, status: u16, body: &[u8]) -> Vec<u8> {
        let mut http = format!("HTTP/1.1 {status} OK\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        http.extend_from_slice(body);
        record("response", uri, id, "application/http; msgtype=response", &http)
    }

    fn archive() -> Vec<Vec<u8>> {
        let latin1: Vec<u8> = PAGE.replace("great day", "grand caf\u{e9} day").chars().map(|c| c as u32 as u8).collect();
        vec![
            record("warcinfo", "", "info-1", "application/warc-fields", b"software: test\r\n"),
            record("request", "https://a.example/1", "req-1", "application/http; msgtype=request", b"GET /1 HTTP/1.1\r\n\r\n"),
            response("https://a.example/2019/11/19/bridge", "rec-1", "text/html; charset=utf-8", 200, PAGE.as_bytes()),
            response("https://a.example/logo.png", "rec-2", "image/png", 200, b"\x89PNG\r\n\x1a\nbinary"),
            response("https://a.example/latin", "rec-3", "text/html; charset=iso-8859-1", 200, &latin1),
            response("https://a.example/missing", "rec-4", "text/html", 404, b"<html>gone</html>"),
            response("https://a.example/3", "rec-5", "text/html", 200, PAGE.as_bytes()),
        ]
    }

    #[test]
    fn gzipped_per_record_members_stream_html_and_report_the_rest() {
        let d = scratch("warcgz");
        let p = d.join("news.warc.gz");
        let mut bytes = Vec::new();
        for r in archive() {
            bytes.extend(gz(&r));
        }
        // A truncated last record: half of a gzip member.
        let last = gz(&response("https://a.example/cut", "rec-6", "text/html", 200, PAGE.as_bytes()));
        bytes.extend_from_slice(&last[..last.len() / 2]);
        std::fs::write(&p, &bytes).expect("write");
        let (ok, bad) = read_all(&p);
        let ids: Vec<_> = ok.iter().map(|i| i.doc.id.as_str()).collect();
        assert_eq!(ids, ["rec-1", "rec-3", "rec-5"]);
        assert_eq!(ok[0].doc.url.as_deref(), Some("https://a.example/2019/11/19/bridge"));
        assert_eq!(ok[0].fetched.as_deref(), Some("2019-11-19T10:00:00Z"));
        assert!(ok[1].doc.text.contains("grand café day"), "{}", ok[1].doc.text);
        for i in &ok {
            check_spans(&i.doc);
            assert_eq!(i.doc.layout.as_ref().map(|l| l.body.len()), Some(2));
        }
        let skips = bad.iter().filter(|e| e.is_skip()).count();
        let fails: Vec<_> = bad.iter().filter(|e| !e.is_skip()).collect();
        assert_eq!(skips, 2, "{bad:?}"); // the image and the 404
        assert_eq!(fails.len(), 1, "{bad:?}");
        assert!(fails[0].to_string().contains("news.warc.gz"), "{}", fails[0]);
    }

    #[test]
    fn plain_warc_with_truncated_record_and_garbage() {
        let d = scratch("warc");
        let p = d.join("plain.warc");
        let mut bytes = Vec::new();
        for r in archive() {
            bytes.extend(r);
        }
        bytes.extend_from_slice(b"garbage line\r\n");
        bytes.extend(response("https://a.example/after", "rec-7", "text/html", 200, PAGE.as_bytes()));
        let cut = response("https://a.example/cut", "rec-8", "text/html", 200, PAGE.as_bytes());
        bytes.extend_from_slice(&cut[..cut.len() - 100]);
        std::fs::write(&p, &bytes).expect("write");
        let (ok, bad) = read_all(&p);
        let ids: Vec<_> = ok.iter().map(|i| i.doc.id.as_str()).collect();
        assert_eq!(ids, ["rec-1", "rec-3", "rec-5", "rec-7"]);
        let fails: Vec<String> = bad.iter().filter(|e| !e.is_skip()).map(|e| e.to_string()).collect();
        assert_eq!(fails.len(), 2, "{fails:?}");
        assert!(fails.iter().any(|f| f.contains("not a WARC record")));
        assert!(fails.iter().any(|f| f.contains("truncated")));
    }

    /// Generates a WARC of `WARC_BIG_MB` (default 1100) MB and reads it, checking peak memory.
    /// Run by `crates/whosaid-ingest/scripts/warc_memory.sh`.
    #[test]
    #[ignore]
    fn big_warc_streams_in_flat_memory() {
        let mb: usize = std::env::var("WARC_BIG_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(1100);
        let d = scratch("bigwarc");
        let p = d.join("big.warc");
        let mut f = std::io::BufWriter::new(std::fs::File::create(&p).expect("create"));
        // Pages of ~60 KB: the story plus filler paragraphs.
        let filler = "<p>Filler paragraph with enough words, commas, and length to be scored as story text.</p>".repeat(600);
        let page = PAGE.replace("</div></article>", &format!("{filler}</div></article>"));
        let mut written = 0usize;
        let mut n = 0usize;
        while written < mb << 20 {
            let r = response(&format!("https://a.example/{n}"), &format!("big-{n}"), "text/html", 200, page.as_bytes());
            written += r.len();
            f.write_all(&r).expect("write");
            n += 1;
        }
        f.flush().expect("flush");
        drop(f);
        let mut count = 0usize;
        for item in open(&p).expect("open") {
            assert!(item.is_ok());
            count += 1;
        }
        assert_eq!(count, n);
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let hwm = status.lines().find(|l| l.starts_with("VmHWM")).unwrap_or("VmHWM: ?").to_string();
        eprintln!("read {count} records, {} MB; peak memory {hwm}", written >> 20);
        let _ = std::fs::remove_dir_all(&d);
    }
}

mod jsonl {
    use super::*;

    #[test]
    fn text_html_and_broken_lines() {
        let d = scratch("jsonl");
        let p = d.join("corpus.jsonl");
        let html = serde_json::to_string(PAGE).expect("json");
        let body = format!(
            "{{\"id\": \"a1\", \"text\": \"Plain story.\\n\\nSecond paragraph.\", \"url\": \"https://x/1\", \"published\": \"2020-01-02\"}}\n\
             \n\
             not json at all\n\
             {{\"id\": 7, \"html\": {html}}}\n\
             {{\"id\": \"nothing\"}}\n"
        );
        std::fs::write(&p, body).expect("write");
        let (ok, bad) = read_all(&p);
        let ids: Vec<_> = ok.iter().map(|i| i.doc.id.as_str()).collect();
        assert_eq!(ids, ["a1", "7"]);
        assert_eq!(ok[0].doc.url.as_deref(), Some("https://x/1"));
        assert_eq!(ok[0].doc.layout.as_ref().and_then(|l| l.published.as_deref()), Some("2020-01-02"));
        assert_eq!(ok[1].doc.layout.as_ref().and_then(|l| l.headline.as_deref()), Some("Mayor opens bridge"));
        check_spans(&ok[1].doc);
        assert_eq!(bad.len(), 2);
        assert!(bad[0].to_string().contains("corpus.jsonl:3"), "{}", bad[0]);
    }

    #[test]
    fn expand_picks_inputs_and_skips_gold() {
        let d = scratch("expand");
        for f in ["a.txt", "b.html", "c.htm", "d.html.gz", "e.warc", "f.warc.gz", "g.jsonl", "a.gold.json", "x.json", ".hidden.txt", "z.pdf"] {
            std::fs::write(d.join(f), b"x").expect("write");
        }
        let names: Vec<String> = whosaid_ingest::expand(std::slice::from_ref(&d))
            .files
            .iter()
            .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(String::from))
            .collect();
        assert_eq!(names, ["a.txt", "b.html", "c.htm", "d.html.gz", "e.warc", "f.warc.gz", "g.jsonl"]);
        assert_eq!(whosaid_ingest::id_of(Path::new("x/NAME.html.gz")), "NAME");
    }
}

mod bad_input {
    use super::*;

    fn one(p: &Path) -> Result<Input, IngestError> {
        let mut it = open(p)?;
        it.next().unwrap_or_else(|| Err(IngestError::Format { path: "none".into(), reason: "no item".into() }))
    }

    #[test]
    fn html_is_sniffed_and_gzip_id_is_the_stem() {
        let d = scratch("sniff");
        let p = d.join("story.html.gz");
        std::fs::write(&p, gz(PAGE.as_bytes())).expect("write");
        let i = one(&p).expect("reads");
        assert_eq!(i.doc.id, "story");
        // HTML in a .txt file is still HTML.
        let q = d.join("mislabelled.txt");
        std::fs::write(&q, PAGE).expect("write");
        assert!(one(&q).expect("reads").doc.layout.is_some());
    }

    #[test]
    fn truncated_gzip_is_an_error_naming_the_file() {
        let d = scratch("trunc");
        let p = d.join("cut.html.gz");
        let g = gz(PAGE.repeat(50).as_bytes());
        std::fs::write(&p, &g[..g.len() / 2]).expect("write");
        let e = one(&p).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("cut.html.gz"), "{e}");
    }

    #[test]
    fn binary_file_is_an_error() {
        let d = scratch("bin");
        let p = d.join("photo.html");
        let bytes: Vec<u8> = (0..5000u32).map(|i| (i * 7 % 256) as u8).collect();
        std::fs::write(&p, bytes).expect("write");
        assert!(one(&p).is_err());
    }

    #[test]
    fn hundred_megabyte_page_is_refused_clearly() {
        let d = scratch("huge");
        let p = d.join("huge.html");
        let mut f = std::fs::File::create(&p).expect("create");
        let chunk = "<p>word word word word word word word word word.</p>\n".repeat(1000);
        let mut n = 0;
        while n < 100 << 20 {
            f.write_all(chunk.as_bytes()).expect("write");
            n += chunk.len();
        }
        drop(f);
        let e = one(&p).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(e.contains("huge.html") && e.contains("limit"), "{e}");
        let _ = std::fs::remove_file(&p);
    }

    #[test]
    fn deep_and_malformed_html_do_not_panic() {
        let deep = "<div><span><b>".repeat(200_000) + "text";
        let page = whosaid_ingest::html::extract(&deep, None);
        assert!(page.text.contains("text"));
        for s in ["<", "<<>>", "</p></p></div>", "<p <a href='x>y</p>", "<!--", "<![CDATA[", "<script>", "&#xFFFFFFFF; &#0; &", "<table><td>a<tr>b</table></td>"] {
            let _ = whosaid_ingest::html::extract(s, None);
        }
    }

    #[test]
    fn wrong_declared_charset_is_guessed() {
        let d = scratch("charset");
        let p = d.join("cp1252.html");
        let mut bytes = b"<html><head><meta charset=\"utf-8\"></head><body><article><p>".to_vec();
        bytes.extend_from_slice(b"Die B\xfcrgermeisterin er\xf6ffnete die Br\xfccke und sagte, es sei ein gro\xdfer Tag f\xfcr die Stadt und alle Pendler.");
        bytes.extend_from_slice(b"</p></article></body></html>");
        std::fs::write(&p, bytes).expect("write");
        let i = one(&p).expect("decodes");
        assert!(i.doc.text.contains("Bürgermeisterin"), "{}", i.doc.text);
    }
}

mod zyte {
    use super::*;

    #[test]
    fn gold_pages_give_spans_that_index_the_text() {
        let dir = std::env::var_os("ZYTE_DIR").map(PathBuf::from).unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/extraction/zyte/html")
        });
        if !dir.is_dir() {
            eprintln!("zyte pages not found at {}; skipped", dir.display());
            return;
        }
        let files = whosaid_ingest::expand(&[dir]).files;
        assert_eq!(files.len(), 181);
        let mut with_body = 0;
        for f in &files {
            let (ok, bad) = read_all(f);
            assert!(bad.is_empty(), "{bad:?}");
            for i in &ok {
                check_spans(&i.doc);
                assert!(i.doc.id.len() == 64, "id {}", i.doc.id);
                with_body += usize::from(i.doc.layout.as_ref().is_some_and(|l| !l.body.is_empty()));
            }
        }
        assert!(with_body >= 178, "{with_body}");
    }
}

mod props {
    use proptest::prelude::*;
    use std::io::BufReader;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

        #[test]
        fn html_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let s = String::from_utf8_lossy(&bytes);
            let page = whosaid_ingest::html::extract(&s, None);
            for f in &page.layout.furniture {
                let t: String = page.text.chars().skip(f.start).take(f.end - f.start).collect();
                prop_assert_eq!(t, f.text.clone());
            }
            let _ = whosaid_ingest::decode::decode_html(&bytes, None);
        }

        #[test]
        fn tag_soup_never_panics(parts in proptest::collection::vec(prop_oneof![
            Just("<p>"), Just("</p>"), Just("<div class=story-body>"), Just("</div>"), Just("<a href=x>"), Just("</a>"),
            Just("<h2>"), Just("</h2>"), Just("<li>"), Just("<figure><figcaption>"), Just("word, word. "), Just("&amp;"),
            Just("<script>"), Just("<!--"), Just("é“”"), Just("<br>"), Just("<table><tr><td>")], 0..200)) {
            let s: String = parts.concat();
            let page = whosaid_ingest::html::extract(&s, None);
            let n = page.text.chars().count();
            for b in &page.layout.body {
                prop_assert!(b.end <= n);
            }
        }

        #[test]
        fn warc_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..3000), header in any::<bool>()) {
            let mut input = if header { b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\nContent-Type: application/http\r\n\r\n".to_vec() } else { Vec::new() };
            input.extend_from_slice(&bytes);
            let r = whosaid_ingest::warc::WarcReader::new(BufReader::new(&input[..]), "prop");
            for _ in r.take(100) {}
        }
    }
}

/// Issue 14: corrupt members, bombs and oversized decoded bodies cost only their own records.
mod issue14 {
    use super::*;

    #[test]
    fn a_corrupt_gzip_member_in_a_warc_gz_skips_to_the_next_record() {
        let d = scratch("warc-corrupt-member");
        let p = d.join("news.warc.gz");
        let records: Vec<Vec<u8>> = (1..=3)
            .map(|i| warc::response(&format!("https://a.example/{i}"), &format!("rec-{i}"), "text/html", 200, PAGE.as_bytes()))
            .collect();
        let mut bytes = Vec::new();
        for (i, r) in records.iter().enumerate() {
            let mut m = gz(r);
            if i == 1 {
                let mid = m.len() / 2;
                for b in m.get_mut(mid..mid + 8).into_iter().flatten() {
                    *b ^= 0x5a;
                }
            }
            bytes.extend_from_slice(&m);
        }
        std::fs::write(&p, &bytes).expect("write");
        let (ok, bad) = read_all(&p);
        let ids: Vec<&str> = ok.iter().map(|i| i.doc.id.as_str()).collect();
        assert_eq!(ids, ["rec-1", "rec-3"], "{bad:?}");
        assert_eq!(bad.len(), 1, "{bad:?}");
        let msg = bad[0].to_string();
        assert!(msg.contains("news.warc.gz") && msg.contains("corrupt gzip member"), "{msg}");
    }

    #[test]
    fn an_overlong_gzipped_jsonl_line_is_refused_while_reading_and_the_next_records_survive() {
        let d = scratch("jsonl-bomb");
        let p = d.join("corpus.jsonl.gz");
        // A 200 MB line of zeros compresses to about 200 KB; the reader must not buffer it.
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"{\"id\":\"good-1\",\"text\":\"\\\"We will win,\\\" Ann Lee said.\"}\n").expect("gzip");
        e.write_all(b"{\"id\":\"bomb\",\"text\":\"").expect("gzip");
        let zeros = vec![b'0'; 1 << 20];
        for _ in 0..200 {
            e.write_all(&zeros).expect("gzip");
        }
        e.write_all(b"\"}\n{\"id\":\"good-2\",\"text\":\"\\\"We lost,\\\" Tom Hale said.\"}\n").expect("gzip");
        std::fs::write(&p, e.finish().expect("gzip")).expect("write");
        let (ok, bad) = read_all(&p);
        let ids: Vec<&str> = ok.iter().map(|i| i.doc.id.as_str()).collect();
        assert_eq!(ids, ["good-1", "good-2"]);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].to_string().contains("corpus.jsonl.gz:2") && bad[0].to_string().contains("longer than"), "{}", bad[0]);
    }

    #[test]
    fn a_gzip_encoded_http_body_over_the_page_limit_is_refused() {
        let d = scratch("warc-gzip-body");
        let p = d.join("big.warc");
        let mut page = b"<html><body><p>".to_vec();
        page.resize(whosaid_ingest::MAX_PAGE as usize + 1024, b'a');
        page.extend_from_slice(b"</p></body></html>");
        let body = gz(&page);
        let mut http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: {}\r\n\r\n", body.len())
            .into_bytes();
        http.extend_from_slice(&body);
        let mut bytes = warc::record("response", "https://a.example/big", "big-1", "application/http; msgtype=response", &http);
        bytes.extend_from_slice(&warc::response("https://a.example/ok", "ok-1", "text/html", 200, PAGE.as_bytes()));
        std::fs::write(&p, &bytes).expect("write");
        let (ok, bad) = read_all(&p);
        assert_eq!(ok.iter().map(|i| i.doc.id.as_str()).collect::<Vec<_>>(), ["ok-1"]);
        assert_eq!(bad.len(), 1, "{bad:?}");
        assert!(bad[0].to_string().contains("page limit"), "{}", bad[0]);
        assert!(!bad[0].is_skip());
    }
}

/// Issue 14: folder walks end on link loops and read files whose names are not UTF-8.
#[cfg(unix)]
mod walks {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn non_utf8_names_are_read_and_link_loops_end() {
        let d = scratch("walk-names");
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        std::fs::write(d.join(name), "\"We will win,\" Ann Lee said.\n").expect("write");
        std::os::unix::fs::symlink(".", d.join("again")).expect("symlink");
        std::os::unix::fs::symlink("missing", d.join("gone.txt")).expect("symlink");
        let w = whosaid_ingest::expand(std::slice::from_ref(&d));
        assert_eq!(w.files.len(), 1, "{:?}", w.files);
        assert!(w.notes.iter().any(|n| n.contains("already walked")), "{:?}", w.notes);
        assert!(w.notes.iter().any(|n| n.contains("broken symbolic link")), "{:?}", w.notes);
        let (ok, bad) = read_all(&w.files[0]);
        assert!(bad.is_empty());
        assert_eq!(ok[0].doc.id, "caf\u{fffd}");
    }
}
