//! Gzip input member by member: [`Members`] decodes one gzip member after another and,
//! when a member is corrupt, reports it once as an [`std::io::Error`] whose inner error is a
//! [`SkippedMember`], then goes on at the next gzip header. A `.warc.gz` (one member per
//! record) or a `.jsonl.gz` thereby loses only the records of the broken member.

use flate2::bufread::GzDecoder;
use std::io::{BufRead, Read};

/// A corrupt gzip member and how far the reader skipped past it.
#[derive(Debug)]
pub struct SkippedMember {
    /// Offset of the broken member's start in the compressed file.
    pub start: u64,
    /// Offset in the compressed file where reading went on (the file's length at its end).
    pub resumed: u64,
    /// What the decoder said.
    pub reason: String,
}

impl std::fmt::Display for SkippedMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "corrupt gzip member at compressed byte {} ({}); skipped to compressed byte {}",
            self.start, self.reason, self.resumed
        )
    }
}

impl std::error::Error for SkippedMember {}

/// The [`SkippedMember`] inside an I/O error, if that is what it is.
pub fn skipped_member(e: &std::io::Error) -> Option<&SkippedMember> {
    e.get_ref().and_then(|inner| inner.downcast_ref::<SkippedMember>())
}

/// A `BufRead` that counts the bytes consumed from it.
pub struct Counting<R> {
    inner: R,
    pos: u64,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Counting<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }
    fn consume(&mut self, n: usize) {
        self.pos += n as u64;
        self.inner.consume(n);
    }
}

/// Decompresses concatenated gzip members, skipping corrupt ones (see the module docs).
pub struct Members<R: BufRead> {
    state: State<R>,
}

enum State<R: BufRead> {
    /// Decoding the member that starts at the offset.
    Member(Box<GzDecoder<Counting<R>>>, u64),
    /// Between members.
    Between(Counting<R>),
    /// The input failed for good.
    Done,
}

const MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

impl<R: BufRead> Members<R> {
    /// A decoder over compressed bytes that start with a gzip member.
    pub fn new(r: R) -> Self {
        Members { state: State::Between(Counting { inner: r, pos: 0 }) }
    }
}

/// Consumes bytes until the next gzip header (or the end); returns whether one was found.
/// `skip_first`: the reader stands on the broken member's own header; look past it.
fn seek_magic<R: BufRead>(r: &mut Counting<R>, mut skip_first: bool) -> std::io::Result<bool> {
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        let from = usize::from(skip_first).min(buf.len());
        skip_first = false;
        let rest = buf.get(from..).unwrap_or(&[]);
        match memchr::memchr(MAGIC[0], rest) {
            Some(i) => {
                let at = from + i;
                if buf.len() - at >= MAGIC.len() {
                    if buf.get(at..at + MAGIC.len()) == Some(&MAGIC[..]) {
                        r.consume(at);
                        return Ok(true);
                    }
                    r.consume(at + 1);
                } else {
                    // A possible header split across buffers: look again with more bytes.
                    let keep = buf.len() - at;
                    r.consume(at);
                    let more = r.fill_buf()?;
                    if more.len() <= keep {
                        // Nothing more to read: what is left is not a header.
                        let n = more.len();
                        r.consume(n);
                        return Ok(false);
                    }
                    if more.get(..MAGIC.len()) == Some(&MAGIC[..]) {
                        return Ok(true);
                    }
                    r.consume(1);
                }
            }
            None => {
                let n = buf.len();
                r.consume(n);
            }
        }
    }
}

impl<R: BufRead> Read for Members<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return Ok(0),
                State::Between(mut r) => {
                    if r.fill_buf()?.is_empty() {
                        return Ok(0);
                    }
                    let start = r.pos;
                    self.state = State::Member(Box::new(GzDecoder::new(r)), start);
                }
                State::Member(mut d, start) => match d.read(buf) {
                    Ok(0) => self.state = State::Between(d.into_inner()),
                    Ok(n) => {
                        self.state = State::Member(d, start);
                        return Ok(n);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => self.state = State::Member(d, start),
                    Err(e) => {
                        let mut r = d.into_inner();
                        // A failing underlying read is final; a corrupt member is skipped.
                        let at_start = r.pos == start;
                        let found = seek_magic(&mut r, at_start)?;
                        let resumed = r.pos;
                        if found {
                            self.state = State::Between(r);
                        }
                        let reason = if e.kind() == std::io::ErrorKind::UnexpectedEof {
                            "truncated".to_string()
                        } else {
                            e.to_string()
                        };
                        let skipped = SkippedMember { start, resumed, reason };
                        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, skipped));
                    }
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn member(s: &str) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = e.write_all(s.as_bytes());
        e.finish().unwrap_or_default()
    }

    /// Reads everything, collecting the text and the skipped members.
    fn read_all(bytes: &[u8]) -> (String, Vec<(u64, u64)>) {
        let mut m = Members::new(bytes);
        let (mut out, mut skips) = (Vec::new(), Vec::new());
        let mut buf = [0u8; 7];
        loop {
            match m.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(buf.get(..n).unwrap_or(&[])),
                Err(e) => match skipped_member(&e) {
                    Some(s) => skips.push((s.start, s.resumed)),
                    None => break,
                },
            }
        }
        (String::from_utf8_lossy(&out).into_owned(), skips)
    }

    #[test]
    fn a_corrupt_member_is_skipped_and_reported() {
        let (a, b, c) = (member("first record\n"), member("second record\n"), member("third record\n"));
        let mut bytes = a.clone();
        let mut bad = b.clone();
        let mid = bad.len() / 2;
        if let Some(x) = bad.get_mut(mid) {
            *x ^= 0xff;
        }
        bytes.extend_from_slice(&bad);
        bytes.extend_from_slice(&c);
        let (text, skips) = read_all(&bytes);
        assert!(text.starts_with("first record\n") && text.ends_with("third record\n"), "{text:?}");
        assert_eq!(skips, vec![(a.len() as u64, (a.len() + b.len()) as u64)]);
    }

    #[test]
    fn trailing_garbage_and_truncation_are_reported_once() {
        let mut bytes = member("one\n");
        bytes.extend_from_slice(b"not gzip at all");
        let (text, skips) = read_all(&bytes);
        assert_eq!((text.as_str(), skips.len()), ("one\n", 1));
        let whole = member("two\n");
        let (text, skips) = read_all(whole.get(..whole.len() - 3).unwrap_or(&[]));
        assert_eq!(skips.len(), 1, "{text:?}");
    }
}
