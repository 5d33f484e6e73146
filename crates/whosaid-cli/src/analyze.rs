//! `whosaid analyze`: inputs -> article records on stdout, streamed in input order.
//!
//! Each input is opened with [`whosaid_ingest::open`] and read record by
//! record (a WARC archive or JSONL corpus never sits in memory whole). A bad
//! record is reported on stderr and the batch goes on; the exit code is 1 at
//! the end if any input or record failed. Records that are not articles
//! (images, redirects in a WARC) are noted on stderr but are not failures.

use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// The article record plus what the transport knew (WARC fetch date), for `--pretty`;
/// compact records are written by [`whosaid::json::write_article`], byte for byte the same.
#[derive(Serialize)]
struct Record<'a> {
    #[serde(flatten)]
    article: &'a whosaid::Article,
    /// When the page was fetched (WARC-Date), for archive inputs.
    #[serde(skip_serializing_if = "Option::is_none")]
    fetched: Option<&'a str>,
}

/// Which quotes a record keeps (`--class`, `--min-confidence`); empty keeps all.
#[derive(Debug, Clone, Default)]
pub struct QuoteFilter {
    /// Classes kept; empty: every class.
    pub classes: Vec<whosaid::QuoteClass>,
    /// Lowest confidence kept.
    pub min_confidence: Option<f32>,
}

impl QuoteFilter {
    /// Drops the quotes of `a` the filter does not keep (and speakers left unquoted).
    pub fn apply(&self, a: &mut whosaid::Article) {
        if self.classes.is_empty() && self.min_confidence.is_none() {
            return;
        }
        a.retain_quotes(|q| {
            (self.classes.is_empty() || self.classes.contains(&q.class)) && self.min_confidence.is_none_or(|m| q.confidence >= m)
        });
    }
}

/// `--min-confidence`: a number from 0 to 1.
pub fn parse_probability(s: &str) -> std::result::Result<f32, String> {
    match s.trim().parse::<f32>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{s:?} is not a confidence: give a number from 0 to 1")),
    }
}

/// Analyzes every input in order; bad inputs and records are reported on stderr and skipped.
pub fn run(paths: &[PathBuf], pretty: bool, learned: Learned, model: Option<&std::path::Path>, filter: &QuoteFilter) -> Result<ExitCode> {
    let analyzer = learned.analyzer_with(model)?;
    let walk = whosaid_ingest::expand(paths);
    for n in &walk.notes {
        eprintln!("whosaid: note: {n}");
    }
    if walk.files.is_empty() {
        anyhow::bail!("no input files: none of the paths given is or holds a .txt, .html, .warc or .jsonl file");
    }
    let files = walk.files;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut failed, mut skipped, mut done) = (0usize, 0usize, 0usize);
    let mut line = Vec::new();
    for f in &files {
        let inputs = match whosaid_ingest::open(f) {
            Ok(i) => i,
            Err(e) => {
                failed += 1;
                eprintln!("whosaid: skipped {e}");
                continue;
            }
        };
        for item in inputs {
            let input = match item {
                Ok(i) => i,
                Err(e) if e.is_skip() => {
                    skipped += 1;
                    eprintln!("whosaid: not an article: {e}");
                    continue;
                }
                Err(e) => {
                    failed += 1;
                    eprintln!("whosaid: skipped {e}");
                    continue;
                }
            };
            let mut a = analyzer.analyze(&input.doc);
            filter.apply(&mut a);
            let written = if pretty {
                let rec = Record { article: &a, fetched: input.fetched.as_deref() };
                serde_json::to_writer_pretty(&mut out, &rec).map_err(std::io::Error::from)
            } else {
                line.clear();
                let fetched = input.fetched.as_deref().map(|f| ("fetched", f));
                whosaid::json::write_article(&mut line, &a, fetched.as_slice());
                out.write_all(&line)
            };
            if written.is_err() || writeln!(out).is_err() {
                return Ok(ExitCode::SUCCESS); // reader went away (closed pipe)
            }
            done += 1;
        }
    }
    let _ = out.flush();
    if skipped > 0 {
        eprintln!("whosaid: {skipped} records were not articles");
    }
    if failed > 0 {
        eprintln!("whosaid: {failed} inputs or records failed ({done} articles written)");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Which attributions the learned layer may add (`--learned`).
#[derive(Debug, Clone, Copy, Default, clap::ValueEnum)]
pub enum Learned {
    /// Cues holding a verb of saying or telling (the default).
    #[default]
    Speech,
    /// Every cue the model reads (PolNeAR's broad attributions: beliefs, stances, actions).
    Broad,
    /// The rules alone.
    Off,
}

impl Learned {
    /// The analyzer this choice gives.
    pub fn analyzer(self) -> whosaid::Analyzer {
        whosaid::Analyzer::with_scope(self.scope())
    }

    /// The scope of the learned layer (`None`: off).
    fn scope(self) -> Option<whosaid::learn::Scope> {
        use whosaid::learn::Scope;
        match self {
            Learned::Speech => Some(Scope::Speech),
            Learned::Broad => Some(Scope::Broad),
            Learned::Off => None,
        }
    }

    /// The analyzer this choice gives with the model file `model` (`whosaid train`'s output)
    /// instead of the bundled one, when given.
    pub fn analyzer_with(self, model: Option<&std::path::Path>) -> Result<whosaid::Analyzer> {
        let Some(path) = model else { return Ok(self.analyzer()) };
        let bytes = std::fs::read(path).with_context(|| format!("reading model {}", path.display()))?;
        let m = whosaid::learn::Model::from_bytes(&bytes).with_context(|| format!("{} is no whosaid model", path.display()))?;
        Ok(whosaid::Analyzer::with_model(self.scope().map(|s| std::sync::Arc::new(m.with_scope(s)))))
    }
}
