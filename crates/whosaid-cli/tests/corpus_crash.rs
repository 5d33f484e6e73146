//! Corpus mode end to end through the `whosaid` binary.
//!
//! - `index_survives_sigkill_and_resumes`: a run killed with SIGKILL mid-way,
//!   then re-run, leaves every input stored exactly once and an intact database.
//! - `index_reports_bad_inputs_and_goes_on`: a binary file among texts fails
//!   alone; the others are stored and the exit code says something failed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("whosaid-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// Writes `n` distinct small articles (seeded words) into `dir`.
fn write_inputs(dir: &Path, n: usize) -> std::io::Result<()> {
    let words = ["council", "river", "budget", "school", "harbor", "mayor", "winter", "bridge", "market", "ferry"];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..n {
        let mut text = format!("Story number {i}\n\n");
        for p in 0..6 {
            for _ in 0..60 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                text.push_str(words[(x % words.len() as u64) as usize]);
                text.push(' ');
            }
            text.push_str(&format!("\"We will see,\" said Ann Lee {i} {p}.\n\n"));
        }
        std::fs::write(dir.join(format!("town_2020-01-{:02}_story-{i:05}.txt", 1 + i % 28)), text)?;
    }
    Ok(())
}

fn count(db: &Path) -> u64 {
    whosaid_store::open_read(db).ok().and_then(|c| whosaid_store::count_articles(&c).ok()).unwrap_or(0)
}

#[test]
fn index_survives_sigkill_and_resumes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("crash");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs)?;
    let n = 1200;
    write_inputs(&inputs, n)?;
    let db = dir.join("c.db");
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let mut child = Command::new(bin)
        .args(["index", "--workers", "2", "--db"])
        .arg(&db)
        .arg(&inputs)
        .stderr(std::process::Stdio::null())
        .spawn()?;
    // Kill once the first batches are committed, while the run is still going.
    let t = Instant::now();
    let mut killed_mid_run = false;
    while t.elapsed() < Duration::from_secs(120) {
        if child.try_wait()?.is_some() {
            break;
        }
        if count(&db) > 0 {
            child.kill()?; // SIGKILL on Unix
            killed_mid_run = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    child.wait()?;
    let at_kill = count(&db);
    assert!(killed_mid_run, "the run ended before it could be killed");
    assert!(at_kill < n as u64, "the run had finished ({at_kill} stored) before the kill");

    let out = Command::new(bin).args(["index", "--db"]).arg(&db).arg(&inputs).output()?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{} skipped", at_kill)), "{stderr}");

    let conn = whosaid_store::open_read(&db)?;
    let (rows, distinct): (i64, i64) =
        conn.query_row("SELECT count(*), count(DISTINCT doc_id) FROM articles", [], |r| Ok((r.get(0)?, r.get(1)?)))?;
    assert_eq!((rows, distinct), (n as i64, n as i64));
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    assert_eq!(check, "ok");
    // No quote or speaker row of a rolled-back batch was left behind.
    let orphans: i64 = conn.query_row(
        "SELECT (SELECT count(*) FROM quotes WHERE article NOT IN (SELECT id FROM articles))
              + (SELECT count(*) FROM speakers WHERE article NOT IN (SELECT id FROM articles))",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(orphans, 0);
    let fts: String = conn.query_row("SELECT 'ok' FROM quotes_fts WHERE quotes_fts MATCH 'see' LIMIT 1", [], |r| r.get(0)).unwrap_or_default();
    let quotes: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    if quotes > 0 {
        assert_eq!(fts, "ok");
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn index_reports_bad_inputs_and_goes_on() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("bad");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs)?;
    write_inputs(&inputs, 20)?;
    std::fs::write(inputs.join("broken.txt"), b"\x00\x01\x02 not text")?;
    let db = dir.join("b.db");
    let bin = env!("CARGO_BIN_EXE_whosaid");
    let out = Command::new(bin).args(["index", "--db"]).arg(&db).arg(&inputs).output()?;
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.txt"), "{stderr}");
    assert_eq!(count(&db), 20);
    // The other commands read the result.
    for args in [vec!["speakers"], vec!["stats", "--by", "month", "--json"], vec!["reprints", "--json"]] {
        let out = Command::new(bin).args(&args).arg("--db").arg(&db).output()?;
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let out = Command::new(bin).args(["stats", "--json", "--db"]).arg(&db).output()?;
    let v: serde_json::Value = serde_json::from_slice(&out.stdout)?;
    assert_eq!(v["articles"], 20);
    assert!(v["quotes"].is_u64() && v["speakers"].is_u64() && v["rows"].is_array());
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
