//! Prints how a page was extracted: `cargo run --example explain -- PAGE.html[.gz]`.

use std::io::Read;

fn main() {
    for p in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&p) else { continue };
        let bytes = if whosaid_ingest::decode::is_gzip(&bytes) {
            let mut out = Vec::new();
            let _ = flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out);
            out
        } else {
            bytes
        };
        let src = whosaid_ingest::decode::decode_html(&bytes, None).unwrap_or_default();
        print!("{}", whosaid_ingest::html::extract::explain(&src));
    }
}
