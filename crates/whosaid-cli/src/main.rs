//! The `whosaid` command: arguments -> library -> JSON.

mod analyze;
mod bench;
mod debug;
mod eval;
mod export;
mod index;
mod output;
mod reprints;
mod search;
mod serve;
mod speakers;
mod stats;
mod train;

use clap::{Parser, Subcommand};

/// mimalloc: the analyzer makes many small, short-lived allocations (tokens,
/// candidate names, records), which it serves several times faster than
/// glibc's malloc (`whosaid bench`: about 12% of a pass went to malloc/free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::path::PathBuf;

/// Who said what in news articles.
#[derive(Parser)]
#[command(name = "whosaid", version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyze articles: one JSON record for one input, JSON Lines for several.
    Analyze {
        /// Files or folders (recursively); `-` reads stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Indent the JSON for people.
        #[arg(long)]
        pretty: bool,
        /// Attributions the learned layer may add to the rules' (speech, broad or off).
        #[arg(long, value_enum, default_value_t = analyze::Learned::Speech)]
        learned: analyze::Learned,
        /// A model file (`whosaid train`'s output) to use instead of the bundled one.
        #[arg(long, value_name = "PATH")]
        model: Option<PathBuf>,
        /// Keep only quotes of these classes (comma-separated: speech, belief, stance, evidence).
        #[arg(long, value_delimiter = ',', value_parser = whosaid::QuoteClass::parse_named)]
        class: Vec<whosaid::QuoteClass>,
        /// Keep only quotes whose confidence (the calibrated probability of being right) is at least this.
        #[arg(long, value_name = "P", value_parser = analyze::parse_probability)]
        min_confidence: Option<f32>,
    },
    /// Analyze inputs and store them in a corpus database (resumes: stored inputs are skipped).
    Index(index::IndexArgs),
    /// Full-text search over the quotes of a corpus database.
    Search(search::SearchArgs),
    /// People quoted across a corpus database.
    Speakers(speakers::SpeakersArgs),
    /// Source diversity of a corpus database by outlet, month or speaker.
    Stats(stats::StatsArgs),
    /// Serve the HTTP API (/v1) and the source-diversity dashboard (/) over a corpus database.
    Serve(serve::ServeArgs),
    /// Export a corpus database's quotes, speakers or articles to Parquet, CSV or JSON Lines.
    Export(export::ExportArgs),
    /// Clusters of near-duplicate stories across outlets, with the original publisher.
    Reprints(reprints::ReprintsArgs),
    /// Benchmark indexing on the gold corpus (or one generated from it): articles/s and MB/s.
    BenchIndex(index::BenchIndexArgs),
    /// Benchmark search latency (p50/p95/p99) on a corpus database.
    BenchSearch(search::BenchSearchArgs),
    /// Score the pipeline on gold annotations (*.gold.json): the metrics of shared/tools/score.py.
    Eval(eval::EvalArgs),
    /// Print one pipeline stage (layout, sentences, quotes, cues, attributions, speakers, names) for a file.
    Debug(debug::DebugArgs),
    /// Benchmark the pipeline on one core over a corpus of *.txt: MB/s, articles/s, quote count check.
    Bench(bench::BenchArgs),
    /// Train the learned attribution layer on gold PolNeAR articles and write the model file.
    Train(train::TrainArgs),
    /// Fit the calibration that turns each quote's confidence into a probability of being right.
    Calibrate(train::CalibrateArgs),
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let res = match cli.cmd {
        Cmd::Analyze { paths, pretty, learned, model, class, min_confidence } => {
            analyze::run(&paths, pretty, learned, model.as_deref(), &analyze::QuoteFilter { classes: class, min_confidence })
        }
        Cmd::Index(a) => index::run(&a),
        Cmd::Search(a) => search::run(&a),
        Cmd::Speakers(a) => speakers::run(&a),
        Cmd::Stats(a) => stats::run(&a),
        Cmd::Export(a) => export::run(&a),
        Cmd::Reprints(a) => reprints::run(&a),
        Cmd::Serve(a) => serve::run(&a),
        Cmd::BenchIndex(a) => index::bench(&a),
        Cmd::BenchSearch(a) => search::bench(&a),
        Cmd::Eval(a) => eval::run(&a),
        Cmd::Debug(a) => debug::run(&a),
        Cmd::Bench(a) => bench::run(&a),
        Cmd::Train(a) => train::run(&a),
        Cmd::Calibrate(a) => train::calibrate(&a),
    };
    match res {
        Ok(code) => code,
        // The reader went away (`whosaid stats | head`): not an error.
        Err(e) if output::is_broken_pipe(&e) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: {}", output::one_line(&e));
            std::process::ExitCode::from(2)
        }
    }
}
