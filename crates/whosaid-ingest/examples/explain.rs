//! Prints how the HTML extractor read a page: candidates, chosen containers, every block's role.
//!
//! `cargo run --release -p whosaid-ingest --example explain -- PAGE.html[.gz]`

use std::io::Read;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE.html[.gz]");
        std::process::exit(2);
    };
    let Ok(raw) = std::fs::read(&path) else {
        eprintln!("explain: cannot read {path}");
        std::process::exit(2);
    };
    let bytes = if whosaid_ingest::decode::is_gzip(&raw) {
        let mut out = Vec::new();
        if flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out).is_err() {
            eprintln!("explain: bad gzip {path}");
            std::process::exit(2);
        }
        out
    } else {
        raw
    };
    match whosaid_ingest::decode::decode_html(&bytes, None) {
        Ok(src) => print!("{}", whosaid_ingest::html::extract::explain(&src)),
        Err(e) => eprintln!("explain: {e}"),
    }
}
