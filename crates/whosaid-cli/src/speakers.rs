//! `whosaid speakers`: the people quoted across the corpus, most quoted first, each
//! once with the other spellings of their name (`whosaid_store::identity`).

use anyhow::{Context, Result};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `whosaid speakers`.
#[derive(clap::Args)]
pub struct SpeakersArgs {
    /// The database file.
    #[arg(long)]
    db: PathBuf,
    /// One JSON object per person (JSON Lines).
    #[arg(long)]
    json: bool,
    /// List the sources of this kind instead of people: organization, group, anonymous or
    /// document (one entry per normalized name).
    #[arg(long, default_value = "person", value_parser = clap::builder::PossibleValuesParser::new(whosaid_store::stats::KINDS))]
    kind: String,
    /// Count only quotes of these classes (comma-separated: speech, belief, stance, evidence):
    /// `--class speech` lists only people who said something, with those quotes.
    #[arg(long, value_delimiter = ',', value_parser = whosaid::QuoteClass::parse_named)]
    class: Vec<whosaid::QuoteClass>,
}

/// Runs `whosaid speakers`.
pub fn run(args: &SpeakersArgs) -> Result<ExitCode> {
    let conn = whosaid_store::open_read(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let people = whosaid_store::sources_of_classes(&conn, &whosaid_store::Filter::default(), &args.kind, &args.class)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for p in &people {
        let r = if args.json {
            serde_json::to_writer(&mut out, p).map_err(std::io::Error::from).and_then(|_| writeln!(out))
        } else {
            let shown: Vec<&str> = p.roles.iter().take(5).map(String::as_str).collect();
            let roles = if shown.is_empty() { String::new() } else { format!(" — {}", shown.join("; ")) };
            let others: Vec<String> =
                p.aliases.iter().filter(|a| a.name != p.name).take(4).map(|a| format!("{} ({})", a.name, a.count)).collect();
            let more = p.aliases.len().saturating_sub(1 + others.len());
            let aka = match (others.is_empty(), more) {
                (true, _) => String::new(),
                (false, 0) => format!(" [also {}]", others.join(", ")),
                (false, n) => format!(" [also {} and {n} more]", others.join(", ")),
            };
            writeln!(
                out,
                "{}\t{} quotes in {} articles, {} outlets, {}{}{}",
                p.name, p.quotes, p.articles, p.outlets, p.gender, aka, roles
            )
        };
        if r.is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    let _ = out.flush();
    Ok(ExitCode::SUCCESS)
}
