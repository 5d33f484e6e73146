//! `whosaid eval`: runs the pipeline over gold annotations and prints the
//! metrics of `shared/tools/score.py`, byte for byte as it prints them, then
//! persons by gender (sources: quoted persons; people: everyone named) and,
//! with `--by-kind`, attribution errors by quote type.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::eval::{self, Prediction, Predictions};

/// Arguments of `whosaid eval`.
#[derive(clap::Args)]
pub struct EvalArgs {
    /// A `*.gold.json` file or a folder searched recursively for them (texts from each gold's `text_file`).
    pub gold: PathBuf,
    /// Score quotation only: gold quotes without quotation marks become optional.
    #[arg(long)]
    pub quoted_only: bool,
    /// Print the metrics as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Print every miss first: article, kind, speaker, text (tab-separated).
    #[arg(long)]
    pub show_misses: bool,
    /// Also break attribution errors down by quote type (direct, indirect, mixed) and kind of error.
    #[arg(long)]
    pub by_kind: bool,
    /// Also print a reliability table: quotes binned by confidence, with the share of each bin
    /// the scorer counts right (`"reliability"` in the JSON).
    #[arg(long)]
    pub reliability: bool,
    /// Attributions the learned layer may add to the rules' (speech, broad or off).
    #[arg(long, value_enum, default_value_t = crate::analyze::Learned::Speech)]
    pub learned: crate::analyze::Learned,
    /// A model file (`whosaid train`'s output) to use instead of the bundled one.
    #[arg(long, value_name = "PATH")]
    pub model: Option<PathBuf>,
    /// Score these predictions (JSON, JSONL or a folder of *.json) instead of running the pipeline.
    #[arg(long, value_name = "PATH")]
    pub pred: Option<PathBuf>,
}

/// Scores the pipeline (or `--pred`) against the gold; exit 0 unless the gold cannot be read.
pub fn run(a: &EvalArgs) -> Result<ExitCode> {
    let gold = eval::load_gold(&a.gold).with_context(|| format!("reading gold {}", a.gold.display()))?;
    if gold.is_empty() {
        anyhow::bail!("no *.gold.json under {}", a.gold.display());
    }
    let pred: Predictions = match &a.pred {
        Some(p) => eval::load_predictions(p).with_context(|| format!("reading predictions {}", p.display()))?,
        None => {
            let analyzer = a.learned.analyzer_with(a.model.as_deref())?;
            gold.iter()
                .map(|g| {
                    let art = analyzer.analyze(&whosaid::Document::plain(g.id.clone(), g.text.clone()));
                    (g.id.clone(), Prediction::from_article(&art))
                })
                .collect()
        }
    };
    let scores = eval::score_all(&gold, &pred, a.quoted_only);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut body = String::new();
    if a.show_misses {
        for m in &scores.misses {
            body.push_str(&m.to_string());
            body.push('\n');
        }
    }
    let reliability = a.reliability.then(|| eval::reliability::table(&scores.outcomes, 10));
    if a.json {
        let mut json = scores.to_json(a.by_kind);
        if let (Some(r), Some(head)) = (&reliability, json.strip_suffix('}')) {
            json = format!("{head}, \"reliability\": {}}}", r.to_json());
        }
        body.push_str(&json);
        body.push('\n');
    } else {
        body.push_str(&scores.report.to_text());
        body.push_str(&scores.extras_text(a.by_kind));
        if let Some(r) = &reliability {
            body.push_str("\nreliability (attribution precision by confidence)\n");
            body.push_str(&r.to_text());
        }
    }
    if out.write_all(body.as_bytes()).and_then(|_| out.flush()).is_err() {
        return Ok(ExitCode::SUCCESS); // reader went away
    }
    Ok(ExitCode::SUCCESS)
}
