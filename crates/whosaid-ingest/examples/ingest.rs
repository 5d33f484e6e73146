//! Reads inputs like `whosaid analyze` and writes one article record per line:
//! `cargo run --release -p whosaid-ingest --example ingest -- DIR_OR_FILES > out.jsonl`.
//! The output is what `shared/tools/score_extraction.py` scores (`id` + `body`).

use std::io::Write;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let analyzer = whosaid::Analyzer::new();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for f in whosaid_ingest::expand(&paths).files {
        let inputs = match whosaid_ingest::open(&f) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{e}");
                failed += 1;
                continue;
            }
        };
        for item in inputs {
            match item {
                Ok(input) => {
                    let a = analyzer.analyze(&input.doc);
                    if serde_json::to_writer(&mut out, &a).is_err() || writeln!(out).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    eprintln!("{e}");
                    failed += usize::from(!e.is_skip());
                }
            }
        }
    }
    let _ = out.flush();
    if failed > 0 {
        std::process::exit(1);
    }
}
