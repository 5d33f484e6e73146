//! `whosaid reprints`: clusters of near-duplicate stories and who published them first.

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `whosaid reprints`.
#[derive(clap::Args)]
pub struct ReprintsArgs {
    /// The database file.
    #[arg(long)]
    db: PathBuf,
    /// One JSON object per cluster (JSON Lines).
    #[arg(long)]
    json: bool,
}

/// Runs `whosaid reprints`.
pub fn run(args: &ReprintsArgs) -> Result<ExitCode> {
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let clusters = whosaid_store::reprints(&conn)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for c in &clusters {
        let r = if args.json {
            serde_json::to_writer(&mut out, c).map_err(std::io::Error::from).and_then(|_| writeln!(out))
        } else {
            let origin = match (&c.original_publisher, &c.evidence) {
                (Some(p), Some(e)) => format!("original: {p} ({e})"),
                _ => "original: unknown".into(),
            };
            let mut s = format!("{} articles in {} outlets, {origin}\n", c.articles.len(), c.outlets);
            for m in &c.articles {
                s.push_str(&format!(
                    "  {} {} {}{}\n",
                    m.date.as_deref().unwrap_or("undated"),
                    m.outlet,
                    m.article,
                    m.headline.as_deref().map(|h| format!(" — {h}")).unwrap_or_default()
                ));
            }
            write!(out, "{s}")
        };
        if r.is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}
