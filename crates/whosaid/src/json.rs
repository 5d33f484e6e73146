//! The record as compact JSON, written by hand: [`write_article`] appends the bytes
//! `serde_json::to_writer` gives for an [`Article`] (same keys, order, escapes and
//! numbers), about five times faster.
//!
//! serde_json looks every byte of a string up in an escape table; most of a record is
//! text (`text`, `body`, `content` and every span's words), so [`string`] tests sixteen
//! bytes at a time for the few that need an escape. The derived `Serialize` stays the
//! definition: the tests compare both writers on every field, and `--pretty` output
//! still comes from serde_json.

use crate::model::*;

/// `"name":` after a comma (`key!(out, "name")`), or opening an object (`key!(out, first
/// "name")`): one copy of a literal, where [`key`] writes four pieces (keys need no escapes).
macro_rules! key {
    ($out:expr, first $name:literal) => {
        $out.extend_from_slice(concat!("\"", $name, "\":").as_bytes())
    };
    ($out:expr, $name:literal) => {
        $out.extend_from_slice(concat!(",\"", $name, "\":").as_bytes())
    };
}

/// Appends the compact JSON object of `a` to `out`, byte for byte what
/// `serde_json::to_writer` writes, with `extra` string fields (a transport's own, such as
/// a WARC fetch date) added before the closing brace in the order given.
pub fn write_article(out: &mut Vec<u8>, a: &Article, extra: &[(&str, &str)]) {
    out.push(b'{');
    key!(out, first "id");
    string(out, &a.id);
    key!(out, "text");
    string(out, &a.text);
    key!(out, "body");
    let body = out.len();
    string(out, &a.body);
    let body = body..out.len();
    key!(out, "content");
    if a.content == a.body {
        // the common case (no lead, no subheads): the body's JSON once more
        out.extend_from_within(body);
    } else {
        string(out, &a.content);
    }
    key!(out, "headline");
    opt_string(out, a.headline.as_deref());
    key!(out, "byline");
    opt_string(out, a.byline.as_deref());
    key!(out, "published");
    opt_string(out, a.published.as_deref());
    key!(out, "url");
    opt_string(out, a.url.as_deref());
    key!(out, "site_name");
    opt_string(out, a.site_name.as_deref());
    key!(out, "language");
    opt_string(out, a.language.as_deref());
    key!(out, "syndication");
    match &a.syndication {
        Some(s) => {
            out.push(b'{');
            key!(out, first "original_publisher");
            opt_string(out, s.original_publisher.as_deref());
            key!(out, "start");
            number(out, s.start);
            key!(out, "end");
            number(out, s.end);
            out.push(b'}');
        }
        None => out.extend_from_slice(b"null"),
    }
    key!(out, "furniture");
    array(out, &a.furniture, furniture);
    key!(out, "quotes");
    array(out, &a.quotes, quote);
    key!(out, "speakers");
    array(out, &a.speakers, speaker);
    key!(out, "people");
    array(out, &a.people, person);
    key!(out, "entities");
    array(out, &a.entities, entity);
    if !a.warnings.is_empty() {
        key!(out, "warnings");
        array(out, &a.warnings, |out, w| string(out, w));
    }
    for (k, v) in extra {
        key(out, k, false);
        string(out, v);
    }
    out.push(b'}');
}

fn furniture(out: &mut Vec<u8>, f: &Furniture) {
    out.push(b'{');
    key!(out, first "kind");
    variant(out, f.kind.as_str());
    text_start_end(out, false, &f.text, f.start, f.end);
    if let Some(c) = &f.credit {
        key!(out, "credit");
        string(out, c);
    }
    out.push(b'}');
}

fn quote(out: &mut Vec<u8>, q: &Quote) {
    out.push(b'{');
    key!(out, first "id");
    string(out, &q.id);
    key!(out, "type");
    variant(out, q.kind.as_str());
    key!(out, "class");
    variant(out, q.class.as_str());
    text_start_end(out, false, &q.text, q.start, q.end);
    key!(out, "cue");
    opt_text_span(out, q.cue.as_ref());
    key!(out, "speaker");
    opt_string(out, q.speaker.as_deref());
    key!(out, "speaker_mention");
    opt_text_span(out, q.speaker_mention.as_ref());
    key!(out, "addressee");
    opt_string(out, q.addressee.as_deref());
    key!(out, "confidence");
    confidence(out, q.confidence);
    out.push(b'}');
}

/// A confidence as serde_json writes it. Calibrated confidences are thousandths
/// (`Calibrator::apply` rounds them): those are copied from a table of serde_json's own
/// text for each, made once; any other value is formatted by serde_json (and `null` for
/// NaN and infinities; writing into a Vec cannot fail).
fn confidence(out: &mut Vec<u8>, c: f32) {
    static THOUSANDTHS: std::sync::OnceLock<Vec<(u32, [u8; 8], usize)>> = std::sync::OnceLock::new();
    let table = THOUSANDTHS.get_or_init(|| {
        (0..=1000)
            .map(|k| {
                let x = (f64::from(k) / 1000.0) as f32;
                let text = serde_json::to_vec(&x).unwrap_or_default();
                let mut bytes = [0u8; 8];
                // (a text too long for the table is left to serde_json: length 0)
                let len = if text.len() <= 8 { text.len() } else { 0 };
                bytes[..len].copy_from_slice(&text[..len]);
                (x.to_bits(), bytes, len)
            })
            .collect()
    });
    let k = (f64::from(c) * 1000.0).round();
    let hit = (0.0..=1000.0).contains(&k).then(|| table.get(k as usize)).flatten().filter(|&&(bits, _, len)| bits == c.to_bits() && len > 0);
    match hit {
        Some(&(_, bytes, len)) => {
            let at = out.len();
            out.extend_from_slice(&bytes);
            out.truncate(at + len);
        }
        None => {
            let _ = serde_json::to_writer(&mut *out, &c);
        }
    }
}

fn speaker(out: &mut Vec<u8>, s: &Speaker) {
    out.push(b'{');
    key!(out, first "id");
    string(out, &s.id);
    key!(out, "name");
    string(out, &s.name);
    key!(out, "kind");
    variant(out, s.kind.as_str());
    profile(out, s.gender, s.gender_evidence, s.gender_evidence_text.as_deref(), &s.roles);
    key!(out, "mentions");
    array(out, &s.mentions, text_span);
    out.push(b'}');
}

fn person(out: &mut Vec<u8>, p: &Person) {
    out.push(b'{');
    key!(out, first "name");
    string(out, &p.name);
    profile(out, p.gender, p.gender_evidence, p.gender_evidence_text.as_deref(), &p.roles);
    key!(out, "speaker");
    opt_string(out, p.speaker.as_deref());
    key!(out, "mentions");
    array(out, &p.mentions, text_span);
    out.push(b'}');
}

/// The fields speakers and people share, in their order: gender, its evidence, roles.
fn profile(out: &mut Vec<u8>, gender: Gender, evidence: GenderEvidence, evidence_text: Option<&str>, roles: &[Role]) {
    key!(out, "gender");
    variant(out, gender.as_str());
    key!(out, "gender_evidence");
    variant(out, evidence.as_str());
    if let Some(t) = evidence_text {
        key!(out, "gender_evidence_text");
        string(out, t);
    }
    key!(out, "roles");
    array(out, roles, |out, r| {
        out.push(b'{');
        key!(out, first "title");
        string(out, &r.title);
        key!(out, "organization");
        opt_string(out, r.organization.as_deref());
        out.push(b'}');
    });
}

fn entity(out: &mut Vec<u8>, e: &Entity) {
    out.push(b'{');
    key!(out, first "kind");
    variant(out, e.kind.as_str());
    text_start_end(out, false, &e.text, e.start, e.end);
    out.push(b'}');
}

fn text_span(out: &mut Vec<u8>, t: &TextSpan) {
    out.push(b'{');
    text_start_end(out, true, &t.text, t.start, t.end);
    out.push(b'}');
}

/// The `"text"`, `"start"`, `"end"` fields every span carries (`first`: no comma before them).
fn text_start_end(out: &mut Vec<u8>, first: bool, text: &str, start: usize, end: usize) {
    if first {
        key!(out, first "text");
    } else {
        key!(out, "text");
    }
    string(out, text);
    key!(out, "start");
    number(out, start);
    key!(out, "end");
    number(out, end);
}

fn opt_text_span(out: &mut Vec<u8>, t: Option<&TextSpan>) {
    match t {
        Some(t) => text_span(out, t),
        None => out.extend_from_slice(b"null"),
    }
}

fn array<T>(out: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

/// `"name":`, after a comma unless it is the object's first key, for a name known only
/// at run time (a transport's extra fields).
#[inline]
fn key(out: &mut Vec<u8>, name: &str, first: bool) {
    if !first {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"\":");
}

/// A span offset in decimal, as `itoa` writes it. Below 10^8 (every offset of any article)
/// the digits are worked out in one word and written as one fixed-size copy cut back to
/// the digits: `itoa` writes into a buffer of its own, whose variable-length copy into
/// `out` is a `memcpy` call, and a record holds two offsets a span. (Inlined: a call's
/// register saves cost as much as the digits.)
#[inline(always)]
fn number(out: &mut Vec<u8>, n: usize) {
    let at = out.len();
    if n < 10_000 {
        // (most offsets: two digit pairs from a table)
        let n = n as u32;
        let word = u32::from(DIGIT_PAIRS[(n / 100) as usize]) | (u32::from(DIGIT_PAIRS[(n % 100) as usize]) << 16);
        let zeros = u32::from(n < 10) + u32::from(n < 100) + u32::from(n < 1000);
        out.extend_from_slice(&(word >> (8 * zeros)).to_le_bytes());
        out.truncate(at + 4 - zeros as usize);
    } else if n < 100_000_000 {
        let digits = eight_digits(n as u32);
        // (the leading zeros are the low bytes; at least 10^4 has five digits)
        let zeros = (digits & 0x0f0f_0f0f_0f0f_0f0f).trailing_zeros() / 8;
        out.extend_from_slice(&(digits >> (8 * zeros)).to_le_bytes());
        out.truncate(at + 8 - zeros as usize);
    } else {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }
}

/// "00" to "99" as little-endian pairs of ASCII digits (the tens digit the low byte).
static DIGIT_PAIRS: [u16; 100] = {
    let mut t = [0u16; 100];
    let mut i = 0;
    while i < 100 {
        t[i] = (b'0' as u16 + (i / 10) as u16) | ((b'0' as u16 + (i % 10) as u16) << 8);
        i += 1;
    }
    t
};

/// The eight decimal digits of `n < 10^8` as ASCII, most significant first (the lowest
/// byte), leading zeros included: split into halves of four digits, then two, then one,
/// each split done in all lanes of the word at once (a division by 100 or 10 as a multiply
/// and a shift, exact below 10^4 and 10^2).
#[inline]
fn eight_digits(n: u32) -> u64 {
    let merged = u64::from(n / 10_000) | (u64::from(n % 10_000) << 32);
    let hundreds_hi = ((merged * 10_486) >> 20) & ((0x7f << 32) | 0x7f);
    let hundreds = ((merged - 100 * hundreds_hi) << 16) | hundreds_hi;
    let tens = ((hundreds * 103) >> 10) & 0x000f_000f_000f_000f;
    let digits = ((hundreds - 10 * tens) << 8) | tens;
    digits | 0x3030_3030_3030_3030
}

/// An enum variant's name, which needs no escapes.
fn variant(out: &mut Vec<u8>, n: &str) {
    out.push(b'"');
    out.extend_from_slice(n.as_bytes());
    out.push(b'"');
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string with serde_json's escapes: `\"`, `\\`, `\b \t \n \f \r`, and `\u00XX`
/// (lower-case hex) for the other control characters; everything else as it is.
pub fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    // a short string with nothing to escape (most of a record's strings: names, cues, ids)
    if bytes.len() < 16 && !may_need_escape(bytes) {
        copy_short(out, bytes);
        out.push(b'"');
        return;
    }
    let mut done = 0; // bytes before this one are written
    let mut at = 0; // where the current block starts
    // 32 bytes at a time (the text, body and content strings are most of a record): four
    // words tested, one branch for the block when none flags a byte
    let mut wide = bytes.chunks_exact(32);
    for block in &mut wide {
        // (a block of `chunks_exact(32)` is 32 bytes: the conversion cannot fail, and the
        // array's fixed length lets the words below be read without bounds checks)
        let Ok(block) = <&[u8; 32]>::try_from(block) else { break };
        let word = |k: usize| u64::from_le_bytes(block.get(8 * k..8 * k + 8).and_then(|w| w.try_into().ok()).unwrap_or_default());
        let flags = [escape_flags(word(0)), escape_flags(word(1)), escape_flags(word(2)), escape_flags(word(3))];
        if flags[0] | flags[1] | flags[2] | flags[3] != 0 {
            for (w, mut f) in flags.into_iter().enumerate() {
                while f != 0 {
                    let k = 8 * w + f.trailing_zeros() as usize / 8;
                    f &= f - 1;
                    if let Some(&b) = block.get(k) {
                        escape(out, bytes, &mut done, at + k, b);
                    }
                }
            }
        }
        at += 32;
    }
    // then 16 bytes at a time: one test for the block; a flagged block visits its flagged bytes only
    let mut blocks = wide.remainder().chunks_exact(16);
    for block in &mut blocks {
        let word = |r: std::ops::Range<usize>| u64::from_le_bytes(block.get(r).and_then(|w| w.try_into().ok()).unwrap_or_default());
        let mut flags = u128::from(escape_flags(word(0..8))) | (u128::from(escape_flags(word(8..16))) << 64);
        while flags != 0 {
            let k = flags.trailing_zeros() as usize / 8;
            flags &= flags - 1;
            if let Some(&b) = block.get(k) {
                escape(out, bytes, &mut done, at + k, b);
            }
        }
        at += 16;
    }
    // the last bytes (all of a short string), looked at one by one only when one may need it
    let rest = blocks.remainder();
    if may_need_escape(rest) {
        for (k, &b) in rest.iter().enumerate() {
            escape(out, bytes, &mut done, at + k, b);
        }
    }
    out.extend_from_slice(bytes.get(done..).unwrap_or_default());
    out.push(b'"');
}

/// `out.extend_from_slice(b)` for `b` under 16 bytes, without the `memcpy` call a copy of
/// variable length is: eight bytes or more as two words that overlap (the first cut back
/// to the bytes before the second), four to seven as two halves likewise, fewer one by one.
#[inline]
fn copy_short(out: &mut Vec<u8>, b: &[u8]) {
    if !copy_overlapping::<8>(out, b) && !copy_overlapping::<4>(out, b) {
        for &x in b {
            out.push(x);
        }
    }
}

/// `b` of `N` to `2N` bytes as its first and its last `N` bytes, which overlap: the first
/// copy is cut back to the bytes before the second. False, and nothing written, for a
/// shorter `b`.
#[inline]
fn copy_overlapping<const N: usize>(out: &mut Vec<u8>, b: &[u8]) -> bool {
    let n = b.len();
    let head = b.get(..N).and_then(|w| <[u8; N]>::try_from(w).ok());
    let tail = b.get(n.wrapping_sub(N)..).and_then(|w| <[u8; N]>::try_from(w).ok());
    let (Some(head), Some(tail)) = (head, tail) else { return false };
    let at = out.len();
    out.extend_from_slice(&head);
    out.truncate(at + n - N);
    out.extend_from_slice(&tail);
    true
}

/// Whether a byte of `rest` (under 16 bytes: a short string, most of those a record
/// holds, or a long one's last bytes) may need an escape: eight bytes or more read as two
/// words that overlap, four to seven as one word of two halves that overlap, each word's
/// [`escape_flags`] tested at once (a flag may be false: the bytes are then looked at one
/// by one); three or fewer bytes one by one.
#[inline]
fn may_need_escape(rest: &[u8]) -> bool {
    let n = rest.len();
    let word = |at: usize| rest.get(at..at + 8).and_then(|w| w.try_into().ok()).map_or(0, u64::from_le_bytes);
    let half = |at: usize| rest.get(at..at + 4).and_then(|w| w.try_into().ok()).map_or(0, u32::from_le_bytes);
    if n >= 8 {
        escape_flags(word(0)) | escape_flags(word(n - 8)) != 0
    } else if n >= 4 {
        escape_flags(u64::from(half(0)) | (u64::from(half(n - 4)) << 32)) != 0
    } else {
        rest.iter().any(|&b| NEEDS_ESCAPE[usize::from(b)])
    }
}

/// The bytes that need an escape: control characters, `"` and `\`.
static NEEDS_ESCAPE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i < 0x20 || i == b'"' as usize || i == b'\\' as usize;
        i += 1;
    }
    t
};

/// When byte `b` at `i` of `bytes` needs an escape: writes the bytes since `done`, then
/// the escape, and moves `done` past it.
#[inline]
fn escape(out: &mut Vec<u8>, bytes: &[u8], done: &mut usize, i: usize, b: u8) {
    let esc = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        b'\t' => b't',
        b'\n' => b'n',
        0x0c => b'f',
        b'\r' => b'r',
        0..=0x1f => b'u',
        _ => return,
    };
    out.extend_from_slice(bytes.get(*done..i).unwrap_or_default());
    out.push(b'\\');
    out.push(esc);
    if esc == b'u' {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        out.extend_from_slice(&[b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]]);
    }
    *done = i + 1;
}

/// The high bit of each byte of `x` (little-endian) that may need an escape: a control
/// character, `"` or `\`. The classic has-zero-byte and has-less-than tests: every such
/// byte is flagged, and a byte above one of them may be flagged too (a borrow), so a
/// flagged byte is checked again; no flag means no escape.
#[inline]
fn escape_flags(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_in = |y: u64| y.wrapping_sub(ONES) & !y;
    let quote = x ^ (ONES * u64::from(b'"'));
    let backslash = x ^ (ONES * u64::from(b'\\'));
    ((x.wrapping_sub(ONES * 0x20) & !x) | zero_in(quote) | zero_in(backslash)) & HIGH
}







#[cfg(test)]
mod tests {
    use super::*;

    fn serde_string(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap_or_default()
    }

    fn ours(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        // every byte value below 0x80 at every position of a word, and multi-byte text
        for b in 0u8..0x80 {
            for pad in 0..70 {
                let s = format!("{}{}é “x” {}", "a".repeat(pad), char::from(b), char::from(b));
                assert_eq!(ours(&s), serde_string(&s), "byte {b:#x} after {pad}");
            }
        }
        for s in ["", "\"", "\\\\", "\u{7f}\u{80}\u{ff}", "line\nline\r\n\ttab", "\u{1}\u{1f} \u{2028}😀"] {
            assert_eq!(ours(s), serde_string(s), "{s:?}");
        }
    }

    #[test]
    fn short_strings_escape_as_serde_json_does() {
        // every length a string's last bytes take, with a byte to escape (or DEL or a
        // letter, none to escape) at each position, and again with two bytes of an "é"
        for n in 0..=17 {
            for pos in 0..=n {
                for b in [b'"', b'\\', b'\n', 0x01, 0x1f, 0x7f, b'a'] {
                    let mut s = "b".repeat(n);
                    if pos < n {
                        s.replace_range(pos..=pos, char::from(b).encode_utf8(&mut [0; 4]));
                    }
                    assert_eq!(ours(&s), serde_string(&s), "{s:?}");
                    let s = s.replacen('b', "é", 1);
                    assert_eq!(ours(&s), serde_string(&s), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_as_itoa_writes_them() {
        let check = |n: usize| {
            let mut out = b"x".to_vec();
            number(&mut out, n);
            assert_eq!(&out[1..], itoa::Buffer::new().format(n).as_bytes(), "{n}");
        };
        // every number up to 10^6, then a sample of every length up to 10^8, and past it
        for n in 0..1_000_000 {
            check(n);
        }
        let mut x = 1u64;
        for _ in 0..200_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            check((x >> 37) as usize % 100_000_000);
        }
        for n in [9_999_999, 10_000_000, 99_999_999, 100_000_000, 123_456_789, u32::MAX as usize, usize::MAX] {
            check(n);
        }
    }

    #[test]
    fn confidences_are_written_as_serde_json_writes_them() {
        let mut cases: Vec<f32> = (0..=1000).map(|k| (f64::from(k) / 1000.0) as f32).collect();
        cases.extend([0.85, 0.7, 0.8, 0.123_456, 1e-7, -0.0, -0.5, 1.5, 1000.0, f32::NAN, f32::INFINITY, f32::MIN_POSITIVE]);
        cases.extend((0..1000).map(|k| k as f32 / 1000.0));
        for c in cases {
            let mut out = Vec::new();
            confidence(&mut out, c);
            assert_eq!(out, serde_json::to_vec(&c).unwrap_or_default(), "{c}");
        }
    }

    #[test]
    fn short_copies_are_whole_copies() {
        let text = "abcdefghijklmnopqrstuvwxyz é“x”";
        for from in 0..8 {
            for n in 0..17 {
                let Some(b) = text.as_bytes().get(from..from + n) else { continue };
                let mut out = b"pre".to_vec();
                if n < 16 {
                    copy_short(&mut out, b);
                    assert_eq!(&out[3..], b, "{from} {n}");
                }
            }
        }
    }

    #[test]
    fn every_byte_to_escape_is_flagged() {
        for b in 0u8..=255 {
            for pos in 0..8 {
                for fill in [b'a', 0x01, b'"', 0xff] {
                    let mut w = [fill; 8];
                    w[pos] = b;
                    let f = escape_flags(u64::from_le_bytes(w));
                    let needs = |c: u8| c < 0x20 || c == b'"' || c == b'\\';
                    for (k, &c) in w.iter().enumerate() {
                        if needs(c) {
                            assert!(f & (0x80 << (8 * k)) != 0, "{w:?}: byte {k} not flagged");
                        }
                    }
                    if !w.iter().any(|&c| needs(c)) {
                        assert_eq!(f, 0, "{w:?} flagged");
                    }
                }
            }
        }
    }

    fn span(text: &str, start: usize) -> TextSpan {
        TextSpan { text: text.into(), start, end: start + text.chars().count() }
    }

    /// Every field filled, every optional field both ways, every enum variant.
    fn full_article(warnings: bool, fill: bool) -> Article {
        let some = |s: &str| fill.then(|| s.to_string());
        let genders = [(Gender::Female, GenderEvidence::Pronoun), (Gender::Male, GenderEvidence::Honorific), (Gender::Unknown, GenderEvidence::NameLexicon), (Gender::Female, GenderEvidence::Noun), (Gender::Unknown, GenderEvidence::None)];
        let kinds = [SpeakerKind::Person, SpeakerKind::Organization, SpeakerKind::Group, SpeakerKind::Anonymous, SpeakerKind::Document];
        let furniture_kinds = [
            FurnitureKind::Headline,
            FurnitureKind::Promo,
            FurnitureKind::Caption,
            FurnitureKind::Credit,
            FurnitureKind::Syndication,
            FurnitureKind::Subhead,
            FurnitureKind::Byline,
            FurnitureKind::Dateline,
            FurnitureKind::Related,
            FurnitureKind::Ad,
            FurnitureKind::Other,
        ];
        let roles = vec![Role { title: "chief \"executive\"".into(), organization: some("Acme\\Co") }, Role { title: "mayor".into(), organization: None }];
        Article {
            id: "a\u{1}b".into(),
            text: "“Hi,” she said.\n\nTab\there.".into(),
            body: "body\u{0}".into(),
            content: "content é".into(),
            headline: some("Head\"line"),
            byline: some("By X"),
            published: some("2024-01-02"),
            url: some("https://x.test/a?b=c&d"),
            site_name: some("X"),
            language: some("en"),
            syndication: fill.then(|| Syndication { original_publisher: some("AP"), start: 3, end: 9 }),
            furniture: furniture_kinds
                .iter()
                .enumerate()
                .map(|(i, &kind)| Furniture { kind, text: format!("f{i}\n"), start: i, end: i + 2, credit: (i % 2 == 0).then(|| "Li/Xinhua".to_string()) })
                .collect(),
            quotes: [QuoteType::Direct, QuoteType::Indirect, QuoteType::Mixed]
                .iter()
                .enumerate()
                .map(|(i, &kind)| Quote {
                    id: format!("q{}", i + 1),
                    kind,
                    class: QuoteClass::ALL[i],
                    text: "Hi,".into(),
                    start: 1,
                    end: 4,
                    cue: (i != 1).then(|| span("said", 10)),
                    speaker: (i != 2).then(|| "s1".to_string()),
                    speaker_mention: (i == 0).then(|| span("she", 6)),
                    addressee: (i == 1).then(|| "Reuters".to_string()),
                    confidence: [0.9, 0.1 + 0.2, f32::NAN][i],
                })
                .collect(),
            speakers: kinds
                .iter()
                .zip(genders)
                .enumerate()
                .map(|(i, (&kind, (gender, gender_evidence)))| Speaker {
                    id: format!("s{}", i + 1),
                    name: "Maria \u{1f}Lopez".into(),
                    kind,
                    gender,
                    gender_evidence,
                    gender_evidence_text: (i % 2 == 1).then(|| "pronoun 'she'".to_string()),
                    roles: roles.clone(),
                    mentions: vec![span("she", 6), span("Maria", 20)],
                })
                .collect(),
            people: genders
                .iter()
                .enumerate()
                .map(|(i, &(gender, gender_evidence))| Person {
                    name: "Maria Lopez".into(),
                    gender,
                    gender_evidence,
                    gender_evidence_text: (i % 2 == 0).then(|| "name 'Maria' (0.99 female)".to_string()),
                    roles: if i == 0 { Vec::new() } else { roles.clone() },
                    speaker: (i == 1).then(|| "s1".to_string()),
                    mentions: vec![span("Maria Lopez", 20)],
                })
                .collect(),
            entities: [EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Date]
                .iter()
                .map(|&kind| Entity { kind, text: "X\r".into(), start: 0, end: 2 })
                .collect(),
            warnings: if warnings { vec!["cut \"here\"".into()] } else { Vec::new() },
        }
    }

    #[test]
    fn articles_are_written_as_serde_json_writes_them() {
        for (warnings, fill) in [(true, true), (false, false), (true, false)] {
            let a = full_article(warnings, fill);
            // and with the content equal to the body, whose JSON is then copied
            let same = Article { content: a.body.clone(), ..a.clone() };
            for a in [a, same] {
                let mut out = Vec::new();
                write_article(&mut out, &a, &[]);
                assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&serde_json::to_vec(&a).unwrap_or_default()));
            }
        }
        let mut out = Vec::new();
        write_article(&mut out, &Article { quotes: Vec::new(), speakers: Vec::new(), ..full_article(false, true) }, &[]);
        let empty: serde_json::Value = serde_json::from_slice(&out).unwrap_or_default();
        assert_eq!(empty["quotes"], serde_json::json!([]));
    }

    #[test]
    fn extra_fields_come_last() {
        #[derive(serde::Serialize)]
        struct Record<'a> {
            #[serde(flatten)]
            article: &'a Article,
            fetched: &'a str,
        }
        let a = full_article(true, true);
        let mut out = Vec::new();
        write_article(&mut out, &a, &[("fetched", "2024-05-06T07:08:09Z")]);
        let want = serde_json::to_vec(&Record { article: &a, fetched: "2024-05-06T07:08:09Z" }).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&want));
    }
}
