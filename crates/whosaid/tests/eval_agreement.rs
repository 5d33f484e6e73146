//! `whosaid::eval` agrees with the reference scorer `shared/tools/score.py`.
//!
//! For each gold set (the seed article, PolNeAR dev) the pipeline's predictions
//! are written once as JSON Lines to a temporary file; both `python3 score.py
//! --json` and [`whosaid::eval::score`] read that same file, with and without
//! `--quoted-only`, and every precision, recall and F1 must agree to 0.001 (the
//! counts, the misses and the printed text too, since the port is meant to be exact).
//! The gold texts stay in `shared/` and are read at run time; without `shared/`
//! or `python3` the test prints why and passes.

use std::path::{Path, PathBuf};
use std::process::Command;
use whosaid::eval;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn agree(gold_dir: &Path, name: &str) {
    let scorer = shared().join("tools/score.py");
    if !gold_dir.is_dir() || !scorer.is_file() {
        eprintln!("skipped {name}: {} or {} absent", gold_dir.display(), scorer.display());
        return;
    }
    let gold = eval::load_gold(gold_dir).expect("the gold loads");
    assert!(!gold.is_empty(), "{name}: no gold articles");
    let analyzer = whosaid::Analyzer::new();
    let mut jsonl = String::new();
    for g in &gold {
        let a = analyzer.analyze(&whosaid::Document::plain(g.id.clone(), g.text.clone()));
        jsonl.push_str(&serde_json::to_string(&a).expect("an article serializes"));
        jsonl.push('\n');
    }
    let pred_path = std::env::temp_dir().join(format!("whosaid-eval-{name}-{}.jsonl", std::process::id()));
    std::fs::write(&pred_path, &jsonl).expect("temp file written");
    let pred = eval::load_predictions(&pred_path).expect("predictions load");
    for quoted_only in [false, true] {
        let mut cmd = Command::new("python3");
        cmd.arg(&scorer).arg(gold_dir).arg(&pred_path).arg("--json");
        if quoted_only {
            cmd.arg("--quoted-only");
        }
        let out = match cmd.output() {
            Ok(o) if o.status.success() => o,
            Ok(o) => panic!("score.py failed: {}", String::from_utf8_lossy(&o.stderr)),
            Err(e) => {
                eprintln!("skipped {name}: python3 not runnable: {e}");
                return;
            }
        };
        let py: serde_json::Value = serde_json::from_slice(&out.stdout).expect("score.py prints JSON");
        let (rs, _) = eval::score(&gold, &pred, quoted_only);
        let rs_json: serde_json::Value = serde_json::from_str(&rs.to_json()).expect("eval prints JSON");
        for metric in ["quotes", "attribution"] {
            for k in ["precision", "recall", "f1"] {
                let (a, b) = (py[metric][k].as_f64().unwrap_or(-1.0), rs_json[metric][k].as_f64().unwrap_or(-2.0));
                eprintln!("{name} quoted_only={quoted_only} {metric}.{k}: python {a} rust {b}");
                assert!((a - b).abs() <= 0.001, "{name} quoted_only={quoted_only} {metric}.{k}: python {a}, rust {b}");
            }
        }
        assert_eq!(py, rs_json, "{name} quoted_only={quoted_only}: full report differs");
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), rs.to_json(), "{name}: JSON text differs");
    }
    // the plain report with every miss, byte for byte
    let out = Command::new("python3").arg(&scorer).arg(gold_dir).arg(&pred_path).arg("--show-misses").output();
    if let Ok(o) = out {
        let (rs, misses) = eval::score(&gold, &pred, false);
        let mut text: String = misses.iter().map(|m| format!("{m}\n")).collect();
        text.push_str(&rs.to_text());
        assert_eq!(String::from_utf8_lossy(&o.stdout), text, "{name}: --show-misses output differs");
    }
    let _ = std::fs::remove_file(&pred_path);
}

#[test]
fn agrees_with_score_py_on_seed() {
    agree(&shared().join("gold/seed"), "seed");
}

#[test]
fn agrees_with_score_py_on_polnear_dev() {
    agree(&shared().join("gold/polnear/dev"), "polnear-dev");
}
