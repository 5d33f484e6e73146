//! `whosaid export`: a store's quotes, speakers or articles into one Parquet, CSV or JSON
//! Lines file, streamed row by row from SQLite ([`whosaid_store::export`]) into
//! [`whosaid_table::Writer`], so memory stays bounded whatever the corpus size.

use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::ExitCode;
use whosaid_table::{Format, Row, Writer};

/// Arguments of `whosaid export`.
#[derive(clap::Args)]
pub struct ExportArgs {
    /// The database file.
    #[arg(long)]
    db: PathBuf,
    /// The table: quotes (one row per quote), speakers (one per speaker of an article) or
    /// articles (one per article, with its counts of quoted women, men and unknown).
    #[arg(long, default_value = "quotes")]
    what: String,
    /// parquet, csv or jsonl (default: from OUT's extension, else parquet; jsonl for `-`).
    #[arg(long)]
    format: Option<String>,
    #[command(flatten)]
    slice: crate::stats::SliceArgs,
    /// The output file; written beside itself under a temporary name and renamed when
    /// complete. `-` writes to standard output.
    out: PathBuf,
}

/// Runs `whosaid export`.
pub fn run(args: &ExportArgs) -> Result<ExitCode> {
    let format: Format = match &args.format {
        Some(f) => f.parse().map_err(anyhow::Error::msg)?,
        None => {
            let name = args.out.to_string_lossy().to_ascii_lowercase();
            if name == "-" {
                Format::Jsonl
            } else if name.ends_with(".csv") {
                Format::Csv
            } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
                Format::Jsonl
            } else {
                Format::Parquet
            }
        }
    };
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(&args.db), std::fs::canonicalize(&args.out)) {
        if a == b {
            bail!("{} is the store; give another output file", args.out.display());
        }
    }
    let to_stdout = whosaid_table::is_stdout(&args.out);
    if !to_stdout && args.out.is_dir() {
        bail!("{} is a folder; give an output file", args.out.display());
    }
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    // One pass in storage order gains nothing from mapping the file, and mapped pages count
    // in the process's resident memory: read through SQLite's own 64 MB page cache instead.
    conn.pragma_update(None, "mmap_size", 0).with_context(|| format!("opening {}", args.db.display()))?;
    let filter = args.slice.filter();
    filter.check()?;
    let start = std::time::Instant::now();
    let n = match args.what.as_str() {
        "quotes" => write(args, format, |each| whosaid_store::export::quotes(&conn, &filter, each))?,
        "speakers" => write(args, format, |each| whosaid_store::export::speakers(&conn, &filter, each))?,
        "articles" => write(args, format, |each| whosaid_store::export::articles(&conn, &filter, each))?,
        other => bail!("--what {other:?}: give quotes, speakers or articles"),
    };
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "whosaid: {n} {} rows written to {} in {secs:.1} s ({:.0} rows/s)",
        args.what,
        if to_stdout { "standard output".to_string() } else { args.out.display().to_string() },
        n as f64 / secs.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// Streams the rows `read` gives into a writer of `format` at `args.out`.
fn write<R: Row>(
    args: &ExportArgs,
    format: Format,
    read: impl FnOnce(&mut dyn FnMut(R) -> whosaid_store::Result<()>) -> whosaid_store::Result<u64>,
) -> Result<u64> {
    let mut w = Writer::<R>::create(&args.out, format)?;
    let mut failed: Option<whosaid_table::TableError> = None;
    let read_result = read(&mut |row| {
        w.push(row).map_err(|e| {
            let msg = e.to_string();
            failed = Some(e);
            whosaid_store::StoreError::Invalid(msg)
        })
    });
    if let Some(e) = failed {
        return Err(e.into());
    }
    read_result.with_context(|| format!("reading {} from {}", R::NAME, args.db.display()))?;
    Ok(w.finish()?)
}
