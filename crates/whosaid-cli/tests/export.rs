//! `whosaid export` end to end through the binary, on a store of invented articles.
//!
//! - `export_counts_equal_the_store`: every table in every format holds as many rows as
//!   the store (SQL counts), for the whole corpus and for a `--from/--to/--outlet` slice;
//!   the Parquet files carry the documented schema.
//! - `export_refuses_bad_arguments`: an unknown table or format, a bad date, the store as
//!   output: exit 2, one line naming the problem, nothing written.

use std::path::{Path, PathBuf};
use std::process::Command;
use whosaid_store::export;
use whosaid_store::Filter;

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("whosaid-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// A store of 60 small articles from two outlets over three months, with quotes by women,
/// men and organizations, roles, and commas, quotes and newlines in the texts.
fn store(dir: &Path) -> Result<PathBuf, Box<dyn std::error::Error>> {
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs)?;
    for i in 0..60 {
        let outlet = if i % 3 == 0 { "gazette" } else { "courier" };
        let text = format!(
            "Budget talks, part {i}\n\n\"We will win, and \"soon\",\" said Mary Smith, the mayor of Springfield. She added that the plan was fine.\n\n\
             John Brown, a spokesman for Acme Corp., said the company would wait {i} days.\n\n\
             \"It is too early,\" the council said in a statement.\n"
        );
        std::fs::write(inputs.join(format!("{outlet}_2020-{:02}-{:02}_story-{i}.txt", 1 + i % 3, 1 + i % 28)), text)?;
    }
    let db = dir.join("c.db");
    let st = Command::new(env!("CARGO_BIN_EXE_whosaid")).args(["index", "--db"]).arg(&db).arg(&inputs).output()?;
    assert!(st.status.success(), "index failed: {}", String::from_utf8_lossy(&st.stderr));
    Ok(db)
}

fn export(db: &Path, args: &[&str], out: &Path) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    c.args(["export", "--db"]).arg(db).args(args).arg(out);
    c.output().expect("whosaid runs")
}

fn parquet_rows(path: &Path) -> (i64, Vec<String>) {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let f = std::fs::File::open(path).expect("parquet file");
    let r = SerializedFileReader::new(f).expect("a parquet file");
    let meta = r.metadata().file_metadata();
    let cols = meta.schema_descr().root_schema().get_fields().iter().map(|f| f.name().to_string()).collect();
    (meta.num_rows(), cols)
}

#[test]
fn export_counts_equal_the_store() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("counts");
    let db = store(&dir)?;
    let conn = whosaid_store::open_read(&db)?;
    let slice = Filter { from: Some("2020-02".into()), to: Some("2020-03-15".into()), outlet: Some("Courier".into()) };
    for (filter, args) in [(Filter::default(), vec![]), (slice, vec!["--from", "2020-02", "--to", "2020-03-15", "--outlet", "Courier"])] {
        for what in ["quotes", "speakers", "articles"] {
            let want = export::count(&conn, what, &filter)?;
            assert!(want > 0, "{what}: the store has rows");
            for format in ["parquet", "csv", "jsonl"] {
                let out = dir.join(format!("{what}.{format}"));
                let mut a = vec!["--what", what, "--format", format];
                a.extend(&args);
                let o = export(&db, &a, &out);
                assert!(o.status.success(), "export {a:?}: {}", String::from_utf8_lossy(&o.stderr));
                let got = match format {
                    "parquet" => {
                        let (n, cols) = parquet_rows(&out);
                        assert_eq!(cols.first().map(String::as_str), Some("article_id"));
                        if what == "quotes" {
                            for c in ["quote_id", "type", "text", "start", "end", "cue", "speaker_id", "name", "kind", "gender", "gender_evidence", "roles"] {
                                assert!(cols.iter().any(|x| x == c), "quotes has column {c}: {cols:?}");
                            }
                        }
                        n as u64
                    }
                    "jsonl" => std::fs::read_to_string(&out)?.lines().count() as u64,
                    _ => {
                        // Cells with newlines are quoted: count records, not lines.
                        let s = std::fs::read_to_string(&out)?;
                        let mut records = 0u64;
                        let mut quoted = false;
                        for ch in s.chars() {
                            match ch {
                                '"' => quoted = !quoted,
                                '\n' if !quoted => records += 1,
                                _ => {}
                            }
                        }
                        records - 1 // the header
                    }
                };
                assert_eq!(got, want, "{what} as {format} with {args:?}");
            }
        }
    }
    // The slice is smaller than the whole.
    assert!(export::count(&conn, "quotes", &Filter { outlet: Some("gazette".into()), ..Filter::default() })? < export::count(&conn, "quotes", &Filter::default())?);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn export_refuses_bad_arguments() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("bad");
    let db = store(&dir)?;
    let out = dir.join("x.parquet");
    for (args, needle) in [
        (vec!["--what", "people"], "give quotes, speakers or articles"),
        (vec!["--format", "xlsx"], "give parquet, csv or jsonl"),
        (vec!["--from", "2020-13"], "is not a date"),
    ] {
        let o = export(&db, &args, &out);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?} wrote nothing");
    }
    let o = export(&db, &[], &db);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is the store"));
    assert!(whosaid_store::open_read(&db).is_ok(), "the store is intact");
    let o = export(&dir.join("missing.db"), &[], &out);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.db"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)?.flatten().filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// `-` is standard output (JSON Lines unless `--format` says otherwise): as many rows as
/// the store holds, and no file named `-` left in the working folder.
#[test]
fn export_to_stdout() -> Result<(), Box<dyn std::error::Error>> {
    let dir = temp_dir("stdout");
    let db = store(&dir)?;
    let conn = whosaid_store::open_read(&db)?;
    let quotes: i64 = conn.query_row("SELECT count(*) FROM quotes", [], |r| r.get(0))?;
    let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .current_dir(&dir)
        .args(["export", "--db"])
        .arg(&db)
        .args(["--what", "quotes", "-"])
        .output()?;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout)?;
    assert_eq!(text.lines().count() as i64, quotes);
    assert!(text.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    assert!(!dir.join("-").exists(), "a file named '-' was written");
    let csv = Command::new(env!("CARGO_BIN_EXE_whosaid")).current_dir(&dir).args(["export", "--db"]).arg(&db).args(["--what", "articles", "--format", "csv", "-"]).output()?;
    assert!(csv.status.success());
    assert_eq!(String::from_utf8(csv.stdout)?.lines().count(), 61, "a header and 60 articles");
    Ok(())
}
