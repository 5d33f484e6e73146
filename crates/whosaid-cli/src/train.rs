//! `whosaid train`: trains the learned attribution layer on gold PolNeAR
//! articles and writes the model file (`crates/whosaid/data/model/attribution.bin`
//! is the bundled one).

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid::learn::train::{self, Options};

/// Arguments of `whosaid train`.
#[derive(clap::Args)]
pub struct TrainArgs {
    /// A folder of gold articles (`*.txt` + `*.gold.json`), searched recursively.
    pub gold: PathBuf,
    /// Where to write the model.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Seed of the held-out split and of the epoch shuffles.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Passes over the training articles.
    #[arg(long, default_value_t = 6)]
    pub epochs: usize,
    /// Hash bits of the feature space (the model holds 7 × 2^bits 16-bit weights).
    #[arg(long, default_value_t = 15)]
    pub bits: u32,
    /// Share of the articles held out to choose the margin threshold.
    #[arg(long, default_value_t = 0.2)]
    pub holdout: f64,
}

/// Trains, writes the model, prints what training measured on stderr.
pub fn run(a: &TrainArgs) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let gold = whosaid::eval::load_gold(&a.gold).with_context(|| format!("reading gold {}", a.gold.display()))?;
    if gold.is_empty() {
        anyhow::bail!("no *.gold.json under {}", a.gold.display());
    }
    let corpus = a.gold.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let command = format!(
        "whosaid train {} -o {} --seed {} --epochs {} --bits {} --holdout {}",
        a.gold.display(),
        a.output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        a.seed,
        a.epochs,
        a.bits,
        a.holdout
    );
    let opt = Options { seed: a.seed, epochs: a.epochs, bits: a.bits, holdout: a.holdout, command, corpus: format!("{corpus} ({} articles)", gold.len()) };
    let (bytes, r) = train::train(&gold, &opt);
    std::fs::write(&a.output, &bytes).with_context(|| format!("writing {}", a.output.display()))?;
    eprintln!("articles: {} trained, {} held out; tokens {}; cue-opening words {}", r.fit_articles, r.held_articles, r.tokens, r.triggers);
    eprintln!("held-out attribution F1, rules alone: {:.4}", r.rules_f1);
    for (name, grid, chosen) in [("speech", &r.grid, r.threshold), ("broad", &r.broad_grid, r.broad_threshold)] {
        eprintln!("scope {name}: held-out attribution by margin threshold");
        for (t, p, rc, f) in grid {
            eprintln!("  threshold {t:>8.3}  P {p:.4}  R {rc:.4}  F1 {f:.4}");
        }
        eprintln!("  chosen: {chosen}");
    }
    eprintln!("wrote {} ({} bytes) in {:.1} s", a.output.display(), bytes.len(), started.elapsed().as_secs_f64());
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `whosaid calibrate`.
#[derive(clap::Args)]
pub struct CalibrateArgs {
    /// A folder of gold articles (`*.txt` + `*.gold.json`), searched recursively.
    pub gold: PathBuf,
    /// Where to write the calibration (`crates/whosaid/data/model/calibration.tsv` is the bundled one).
    #[arg(short, long)]
    pub output: PathBuf,
    /// L2 penalty per weight.
    #[arg(long, default_value_t = 2.0)]
    pub l2: f64,
    /// Gradient passes.
    #[arg(long, default_value_t = 400)]
    pub rounds: usize,
}

/// Fits the confidence calibration to what the bundled analyzer finds in the gold.
pub fn calibrate(a: &CalibrateArgs) -> Result<ExitCode> {
    let gold = whosaid::eval::load_gold(&a.gold).with_context(|| format!("reading gold {}", a.gold.display()))?;
    if gold.is_empty() {
        anyhow::bail!("no *.gold.json under {}", a.gold.display());
    }
    let analyzer = whosaid::Analyzer::new().calibrated(None);
    let samples = whosaid::calibrate::samples(&gold, &analyzer);
    let right = samples.iter().filter(|s| s.1).count();
    let corpus = a.gold.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let header = format!(
        "Confidence calibration of whosaid's quotes: logistic-regression weights by feature (crates/whosaid/src/calibrate.rs).\n\
         Made by: whosaid calibrate {} -o {} --l2 {} --rounds {}\n\
         Fitted on {corpus} ({} articles): {} quotes of the bundled analyzer (rules + learned layer, scope speech), {right} right\n\
         (span and speaker, as shared/tools/score.py counts attribution precision). Dev and test sets are never used.",
        a.gold.display(),
        a.output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        a.l2,
        a.rounds,
        gold.len(),
        samples.len()
    );
    let c = whosaid::calibrate::Calibrator::fit(&samples, a.l2, a.rounds, &header);
    std::fs::write(&a.output, c.to_tsv()).with_context(|| format!("writing {}", a.output.display()))?;
    eprintln!("{} quotes, {right} right ({:.3}); weights written to {}", samples.len(), right as f64 / samples.len().max(1) as f64, a.output.display());
    Ok(ExitCode::SUCCESS)
}
