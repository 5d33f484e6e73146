//! `whosaid stats`: source diversity by outlet, month or speaker, as a table, JSON, CSV or SVG.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `whosaid stats`.
/// The slice of the store a command reads: `--from`, `--to`, `--outlet` (stats, export).
#[derive(clap::Args)]
pub struct SliceArgs {
    /// Only articles dated on or after this YYYY[-MM[-DD]] (undated articles drop out).
    #[arg(long)]
    pub from: Option<String>,
    /// Only articles dated on or before this YYYY[-MM[-DD]] (undated articles drop out).
    #[arg(long)]
    pub to: Option<String>,
    /// Only this outlet (case-insensitive).
    #[arg(long)]
    pub outlet: Option<String>,
}

impl SliceArgs {
    /// The store's filter for this slice.
    pub fn filter(&self) -> whosaid_store::Filter {
        whosaid_store::Filter { from: self.from.clone(), to: self.to.clone(), outlet: self.outlet.clone() }
    }
}

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
    /// Also draw a chart into this SVG file (the first 40 rows); an existing file is only
    /// replaced when it is an SVG.
    #[arg(long)]
    plot: Option<PathBuf>,
    /// Replace the --plot file even when it is not an SVG.
    #[arg(long)]
    force: bool,
    /// Count only quotes of these classes (comma-separated: speech, belief, stance, evidence);
    /// `--class speech` counts only people who said something.
    #[arg(long, value_delimiter = ',', value_parser = whosaid::QuoteClass::parse_named)]
    class: Vec<whosaid::QuoteClass>,
    #[command(flatten)]
    slice: SliceArgs,
}

/// Rows a chart draws.
const PLOT_ROWS: usize = 40;

/// Runs `whosaid stats`.
pub fn run(args: &StatsArgs) -> Result<ExitCode> {
    let by: whosaid_store::GroupBy = args.by.parse()?;
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let filter = args.slice.filter();
    let s = whosaid_store::stats::stats_of_classes(&conn, by, &filter, &args.class)?;
    if let Some(path) = &args.plot {
        let svg = whosaid_store::plot::svg(&s, PLOT_ROWS);
        crate::output::write_new(path, svg.as_bytes(), args.force, &[&args.db], crate::output::looks_svg, "an SVG")?;
        if s.rows.len() > PLOT_ROWS {
            eprintln!("whosaid: the chart in {} shows the first {PLOT_ROWS} of {} {} rows", path.display(), s.rows.len(), s.by);
        }
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        serde_json::to_writer_pretty(&mut out, &s)?;
        writeln!(out)?;
    } else if args.csv {
        write!(out, "{}", whosaid_store::stats::to_csv(&s))?;
    } else {
        writeln!(
            out,
            "{} articles ({} stories), {} quotes, {} sources, {} people: {:.1}% women, {:.1}% men, {:.1}% unknown",
            s.articles,
            s.stories,
            s.quotes,
            s.speakers,
            s.people,
            s.share_women * 100.0,
            s.share_men * 100.0,
            s.share_unknown * 100.0
        )?;
        if s.by == "speaker" {
            // One person a row: gender shares would only say 100% of one; give the gender.
            writeln!(out, "{:<32} {:>8} {:>8} {:>8}  gender", "speaker", "articles", "quotes", "outlets")?;
            for r in &s.rows {
                let gender = if r.women > 0 && r.men == 0 {
                    "female"
                } else if r.men > 0 && r.women == 0 {
                    "male"
                } else if r.women > 0 {
                    "mixed"
                } else {
                    "unknown"
                };
                let key: String = r.key.chars().take(32).collect();
                writeln!(out, "{key:<32} {:>8} {:>8} {:>8}  {gender}", r.articles, r.quotes, r.outlets.unwrap_or(0))?;
            }
            out.flush()?;
            return Ok(ExitCode::SUCCESS);
        }
        writeln!(out, "{:<32} {:>8} {:>8} {:>8} {:>7} {:>7} {:>7}  top quoted", s.by, "articles", "quotes", "sources", "women", "men", "unknown")?;
        for r in &s.rows {
            let top: Vec<String> = r.top.iter().take(3).map(|t| format!("{} ({})", t.name, t.quotes)).collect();
            let key: String = r.key.chars().take(32).collect();
            writeln!(
                out,
                "{:<32} {:>8} {:>8} {:>8} {:>6.1}% {:>6.1}% {:>6.1}%  {}",
                key,
                r.articles,
                r.quotes,
                r.sources,
                r.share_women * 100.0,
                r.share_men * 100.0,
                r.share_unknown * 100.0,
                top.join(", ")
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
