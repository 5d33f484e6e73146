//! The `whosaid` command: arguments -> library -> JSON.

mod analyze;

use clap::{Parser, Subcommand};
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
    },
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let res = match cli.cmd {
        Cmd::Analyze { paths, pretty } => analyze::run(&paths, pretty),
    };
    match res {
        Ok(code) => code,
        Err(e) => {
            eprintln!("whosaid: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
