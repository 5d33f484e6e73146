//! `whosaid serve`: the HTTP API and dashboard of `whosaid-server` over one store.

use anyhow::Result;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `whosaid serve`.
#[derive(clap::Args)]
pub struct ServeArgs {
    /// The database file (opened read-only; written only by POST /v1/articles with the token).
    #[arg(long)]
    db: PathBuf,
    /// Address to listen on (port 0 picks a free port; the address is printed on stderr).
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// File holding the token POST /v1/articles requires (Authorization: Bearer TOKEN); without it the server is read-only.
    #[arg(long)]
    token_file: Option<PathBuf>,
    /// Seconds a request may take before it is answered 503.
    #[arg(long, default_value_t = 30.0)]
    timeout: f64,
    /// API requests answered at once; more wait up to 2 s, then get 503.
    #[arg(long, default_value_t = 128)]
    max_in_flight: usize,
    /// Seconds a client may take to send its request headers before the connection is closed.
    #[arg(long, default_value_t = 10.0)]
    header_timeout: f64,
    /// Searches and article reads run at once; more wait their turn (default: twice the cores).
    #[arg(long)]
    readers: Option<usize>,
    /// Statistics and people lists over new date ranges or outlets counted at once; more wait
    /// their turn, so a stream of them leaves cores to searches (default: half the cores, at least 1).
    #[arg(long)]
    slice_turns: Option<usize>,
}

/// Runs `whosaid serve` until interrupted.
pub fn run(args: &ServeArgs) -> Result<ExitCode> {
    let mut config = whosaid_server::Config::new(args.db.clone());
    config.addr = args.addr;
    config.token_file = args.token_file.clone();
    config.max_in_flight = args.max_in_flight;
    if let Some(n) = args.readers {
        anyhow::ensure!(n > 0, "--readers must be at least 1");
        config.readers = n;
    }
    if let Some(n) = args.slice_turns {
        anyhow::ensure!(n > 0, "--slice-turns must be at least 1");
        config.slice_turns = n;
    }
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout < 86_400.0) {
        anyhow::bail!("--timeout must be a number of seconds between 0 and 86400");
    }
    config.timeout = std::time::Duration::from_secs_f64(args.timeout);
    if !(args.header_timeout.is_finite() && args.header_timeout > 0.0 && args.header_timeout < 86_400.0) {
        anyhow::bail!("--header-timeout must be a number of seconds between 0 and 86400");
    }
    config.header_timeout = std::time::Duration::from_secs_f64(args.header_timeout);
    whosaid_server::run(config)?;
    Ok(ExitCode::SUCCESS)
}
