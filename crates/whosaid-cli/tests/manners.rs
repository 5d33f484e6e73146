//! Issue 14 through the `whosaid` binary: nothing overwritten by `--plot`, quiet ends on a
//! closed pipe, one line per error, search failures explained, folder walks that end.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("whosaid-manners-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}

fn whosaid(args: &[&str]) -> std::io::Result<Output> {
    Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).output()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A store of `n` small articles from `n / 10` outlets with quotes by several speakers.
fn store(dir: &Path, n: usize) -> std::io::Result<PathBuf> {
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs)?;
    for i in 0..n {
        let t = format!(
            "Story {i}\n\nThe council met on Monday to discuss the harbor budget.\n\n\"We will win the vote on the budget,\" said Ann Lee{}.\n\n\"The river bridge needs repair,\" Tom Hale said.\n",
            i % 7
        );
        std::fs::write(inputs.join(format!("outlet{}_2020-01-{:02}_story-{i:04}.txt", i % (n / 10).max(1), 1 + i % 28)), t)?;
    }
    let db = dir.join("c.db");
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid")).args(["index", "--db"]).arg(&db).arg(&inputs).output()?;
    assert!(out.status.success(), "{}", text(&out.stderr));
    Ok(db)
}

#[test]
fn issue14_plot_never_overwrites_the_store_or_another_file() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("plot");
    let db = store(&dir, 30)?;
    let db_s = db.to_string_lossy().into_owned();
    let before = std::fs::read(&db)?;
    let out = whosaid(&["stats", "--db", &db_s, "--plot", &db_s, "--force"])?;
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&db)?, before, "the store was overwritten");
    assert!(text(&out.stderr).contains("not overwriting"), "{}", text(&out.stderr));
    // Another file, and a symlink to one, are kept unless --force.
    let notes = dir.join("notes.txt");
    std::fs::write(&notes, "my notes")?;
    let link = dir.join("link.svg");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&notes, &link)?;
    for target in [&notes, &link] {
        let out = whosaid(&["stats", "--db", &db_s, "--plot", &target.to_string_lossy()])?;
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        assert_eq!(text(&out.stderr).lines().count(), 1, "{}", text(&out.stderr));
        assert_eq!(std::fs::read_to_string(&notes)?, "my notes");
    }
    // A new file, then the same SVG again, are written; --force replaces the link, not its target.
    let chart = dir.join("chart.svg");
    for _ in 0..2 {
        let out = whosaid(&["stats", "--db", &db_s, "--plot", &chart.to_string_lossy()])?;
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(std::fs::read_to_string(&chart)?.starts_with("<svg"));
    }
    let out = whosaid(&["stats", "--db", &db_s, "--plot", &link.to_string_lossy(), "--force"])?;
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&notes)?, "my notes");
    assert!(std::fs::read_to_string(&link)?.starts_with("<svg"));
    // 30 articles over 3 outlets: no truncation note; by month is fine too.
    assert!(!text(&out.stderr).contains("shows the first"));
    Ok(())
}

/// Runs `args` with stdout into a pipe whose reader is gone before anything is written.
fn closed_pipe(args: &[&str]) -> std::io::Result<(Option<i32>, String)> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    drop(child.stdout.take());
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err)?;
    }
    Ok((child.wait()?.code(), err))
}

#[test]
fn issue14_commands_end_quietly_when_stdout_closes() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("pipe");
    let db = store(&dir, 40)?;
    let db = db.to_string_lossy().into_owned();
    for args in [
        vec!["stats", "--db", &db, "--by", "speaker"],
        vec!["stats", "--db", &db, "--by", "outlet", "--csv"],
        vec!["speakers", "--db", &db],
        vec!["search", "budget", "--db", &db, "--limit", "5000"],
        vec!["analyze", dir.join("in").to_str().unwrap_or("")],
        vec!["export", "--db", &db, "--what", "quotes", "-"],
    ] {
        let (code, err) = closed_pipe(&args)?;
        assert!(matches!(code, Some(0) | Some(141)), "{args:?}: exit {code:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{args:?}: {err}");
    }
    Ok(())
}

#[test]
fn issue14_every_failing_search_says_why_in_one_line() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("search");
    let db = store(&dir, 20)?;
    let db = db.to_string_lossy().into_owned();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["search", "\"", "--db", &db], 2, "no words"),
        (&["search", "((", "--db", &db], 2, "no words"),
        (&["search", "NEAR(", "--db", &db], 1, "no quotes match"),
        (&["search", "zebra", "--db", &db], 1, "no quotes match"),
        (&["search", "budget", "--speaker", "Nobody Known", "--db", &db], 1, "speaker named"),
        (&["search", "budget", "--outlet", "nowhere", "--db", &db], 1, "outlet named"),
        (&["search", "budget", "--from", "2016-13", "--db", &db], 2, "not a date"),
        (&["search", "budget", "--from", "yesterday", "--db", &db], 2, "not a date"),
        (&["search", &"a* ".repeat(4000), "--db", &db], 2, "at most"),
        (&["search", "budget", "--db", "/nonexistent/c.db"], 2, "no such file"),
    ];
    for (args, code, says) in cases {
        let out = whosaid(args)?;
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        let line = err.trim_start_matches("whosaid: ");
        for part in line.split(": ") {
            assert_eq!(line.matches(part).count(), 1, "repeated {part:?} in {err}");
        }
    }
    // A query starting with '-' goes after `--`.
    let out = whosaid(&["search", "--db", &db, "--", "-budget"])?;
    assert!(out.status.success(), "{}", text(&out.stderr));
    Ok(())
}

#[cfg(unix)]
#[test]
fn issue14_symlink_loops_end_and_fifos_are_skipped_with_a_note() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("walk");
    let inputs = dir.join("in");
    std::fs::create_dir_all(inputs.join("sub"))?;
    std::fs::write(inputs.join("a.txt"), "\"We will win,\" Ann Lee said.\n")?;
    std::fs::write(inputs.join("sub/b.txt"), "\"We lost,\" Tom Hale said.\n")?;
    std::os::unix::fs::symlink(".", inputs.join("x"))?;
    std::os::unix::fs::symlink(".", inputs.join("y"))?;
    std::os::unix::fs::symlink("..", inputs.join("sub/up"))?;
    let fifo = inputs.join("pipe.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    let t = std::time::Instant::now();
    let out = whosaid(&["analyze", &inputs.to_string_lossy()])?;
    assert!(t.elapsed().as_secs() < 20);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("id").and_then(|i| i.as_str()).map(String::from))
        .collect();
    assert_eq!(ids, ["a", "b"], "{err}");
    if made {
        assert!(err.contains("pipe.txt") && err.contains("not a regular file"), "{err}");
    }
    // An empty folder says so.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty)?;
    let out = whosaid(&["analyze", &empty.to_string_lossy()])?;
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("no input files"));
    Ok(())
}

#[test]
fn issue14_index_fails_fast_and_cheaply_on_inputs_analyze_rejects() -> Result<(), Box<dyn std::error::Error>> {
    // 3,000 broken JSON lines, a binary "text" file and one
    // good article: `index` stores the article, counts every failure, lists the first 1,000
    // (holding more would cost memory per bad record: 5M broken lines took 1.07 GB).
    let dir = temp_dir("badinputs");
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs)?;
    std::fs::write(inputs.join("broken.jsonl"), "{\"id\": \"x\", \"text\": \n".repeat(3_000))?;
    std::fs::write(inputs.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2].repeat(2_000))?;
    std::fs::write(inputs.join("good_2020-01-01_a.txt"), "\"We will win the vote,\" said Ann Lee.\n")?;
    let db = dir.join("c.db");
    let start = std::time::Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid")).args(["index", "--db"]).arg(&db).arg(&inputs).output()?;
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(start.elapsed() < std::time::Duration::from_secs(60), "index took {:?}", start.elapsed());
    let failed_lines = err.lines().filter(|l| l.starts_with("whosaid: failed")).count();
    assert_eq!(failed_lines, 1_000, "{}", err.lines().last().unwrap_or(""));
    assert!(err.contains("3001 inputs failed (the first 1000 listed above"), "{}", err.lines().last().unwrap_or(""));
    let out = whosaid(&["search", "--db", &db.to_string_lossy(), "vote"])?;
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Ann Lee"), "{}", text(&out.stdout));
    Ok(())
}
