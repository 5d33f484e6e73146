//! `whosaid analyze`: inputs -> article records on stdout, streamed in input order.

use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Analyzes every input in order; bad inputs are reported on stderr and skipped.
pub fn run(paths: &[PathBuf], pretty: bool) -> Result<ExitCode> {
    let analyzer = whosaid::Analyzer::new();
    let files = whosaid_ingest::expand(paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0usize;
    for f in &files {
        match whosaid_ingest::read(f) {
            Ok(docs) => {
                for d in &docs {
                    let a = analyzer.analyze(d);
                    let written = if pretty {
                        serde_json::to_writer_pretty(&mut out, &a)
                    } else {
                        serde_json::to_writer(&mut out, &a)
                    };
                    if written.is_err() || writeln!(out).is_err() {
                        return Ok(ExitCode::SUCCESS); // reader went away (closed pipe)
                    }
                }
            }
            Err(e) => {
                failed += 1;
                eprintln!("whosaid: skipped {e}");
            }
        }
    }
    let _ = out.flush();
    if failed > 0 {
        eprintln!("whosaid: {failed} of {} inputs failed", files.len());
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
