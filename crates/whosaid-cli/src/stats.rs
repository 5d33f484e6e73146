//! `whosaid stats`: source diversity by outlet, month or speaker, as a table, JSON, CSV or SVG.

use anyhow::{Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `whosaid stats`.
#[derive(clap::Args)]
pub struct StatsArgs {
    /// The database file.
    #[arg(long)]
    db: PathBuf,
    /// Group by outlet, month or speaker.
    #[arg(long, default_value = "outlet")]
    by: String,
    /// Print JSON: corpus totals at the top level, one row per group under "rows".
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print the rows as CSV.
    #[arg(long)]
    csv: bool,
    /// Also draw a chart into this SVG file.
    #[arg(long)]
    plot: Option<PathBuf>,
}

/// Runs `whosaid stats`.
pub fn run(args: &StatsArgs) -> Result<ExitCode> {
    let by: whosaid_store::GroupBy = args.by.parse()?;
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let s = whosaid_store::stats(&conn, by)?;
    if let Some(path) = &args.plot {
        std::fs::write(path, whosaid_store::plot::svg(&s, 40)).with_context(|| format!("writing {}", path.display()))?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    } else if args.csv {
        print!("{}", whosaid_store::stats::to_csv(&s));
    } else {
        println!(
            "{} articles ({} stories), {} quotes, {} sources, {} people: {:.1}% women, {:.1}% men, {:.1}% unknown",
            s.articles,
            s.stories,
            s.quotes,
            s.speakers,
            s.people,
            s.share_women * 100.0,
            s.share_men * 100.0,
            s.share_unknown * 100.0
        );
        println!("{:<32} {:>8} {:>8} {:>8} {:>7} {:>7} {:>7}  top quoted", s.by, "articles", "quotes", "sources", "women", "men", "unknown");
        for r in &s.rows {
            let top: Vec<String> = r.top.iter().take(3).map(|t| format!("{} ({})", t.name, t.quotes)).collect();
            let key: String = r.key.chars().take(32).collect();
            println!(
                "{:<32} {:>8} {:>8} {:>8} {:>6.1}% {:>6.1}% {:>6.1}%  {}",
                key,
                r.articles,
                r.quotes,
                r.sources,
                r.share_women * 100.0,
                r.share_men * 100.0,
                r.share_unknown * 100.0,
                top.join(", ")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
