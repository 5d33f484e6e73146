//! `whosaid eval`'s additions to the reference scorer, on two invented articles
//! whose gold and predictions are built here: persons by gender (sources and
//! people) and attribution errors by quote type. Every expected count is worked
//! out by hand in the comments.

use serde_json::{json, Value};
use whosaid::eval::{self, GoldArticle, Prediction, Predictions};

const A1: &str = "\"We will build the bridge this year,\" said Dana Whitfield. Omar Castellano said the money had run out. \
Officials hope the river stays calm, the mayor's office said. The weather was cold and grey. \"Nobody asked us,\" said Lee Pruitt.";
const A2: &str = "Mara Okonkwo said the school would reopen. \"We are ready,\" she said. Tom Reyes called the vote \"a disgrace to the town.\"";

/// Code-point span of `needle` in `text`.
fn span(text: &str, needle: &str) -> (usize, usize) {
    let b = text.find(needle).expect("needle in text");
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

fn gold_quote(text: &str, kind: &str, needle: &str, speaker: &str) -> Value {
    let (s, e) = span(text, needle);
    json!({"type": kind, "text": needle, "span": [s, e], "speaker": speaker, "required": true})
}

fn pred_quote(text: &str, kind: &str, needle: &str, speaker: &str) -> Value {
    let (s, e) = span(text, needle);
    json!({"id": format!("q{s}"), "type": kind, "text": needle, "start": s, "end": e, "speaker": speaker})
}

fn person(id: &str, name: &str, gender: &str) -> Value {
    json!({"id": id, "name": name, "kind": "person", "gender": gender})
}

fn gold_article(id: &str, text: &str, speakers: Value, quotes: Vec<Value>) -> GoldArticle {
    let mut g: GoldArticle =
        serde_json::from_value(json!({"id": id, "text_file": "unused", "speakers": speakers, "quotes": quotes}))
            .expect("gold fixture parses");
    g.text = text.to_string();
    g
}

fn fixtures() -> (Vec<GoldArticle>, Predictions) {
    let g1 = gold_article(
        "a1",
        A1,
        json!([
            {"name": "Dana Whitfield", "kind": "person", "gender": "female"},
            {"name": "Omar Castellano", "kind": "person", "gender": "male"},
            {"name": "the mayor's office", "kind": "organization"},
            {"name": "Lee Pruitt", "kind": "person", "gender": "unknown"},
            {"name": "Ruth Ames", "kind": "person", "gender": "female"}
        ]),
        vec![
            gold_quote(A1, "direct", "We will build the bridge this year,", "Dana Whitfield"), // G1
            gold_quote(A1, "indirect", "the money had run out", "Omar Castellano"),         // G2
            gold_quote(A1, "indirect", "Officials hope the river stays calm", "the mayor's office"), // G3
            gold_quote(A1, "direct", "Nobody asked us,", "Lee Pruitt"),                     // G4
        ],
    );
    let g2 = gold_article(
        "a2",
        A2,
        json!([
            {"name": "Mara Okonkwo", "kind": "person", "gender": "female"},
            {"name": "Tom Reyes", "kind": "person", "gender": "male"}
        ]),
        vec![
            gold_quote(A2, "indirect", "the school would reopen", "Mara Okonkwo"), // G5
            gold_quote(A2, "direct", "We are ready,", "Mara Okonkwo"),             // G6
            gold_quote(A2, "mixed", "the vote \"a disgrace to the town.\"", "Tom Reyes"), // G7
        ],
    );
    let p1 = json!({
        "id": "a1",
        "quotes": [
            pred_quote(A1, "direct", "We will build the bridge this year,", "s1"), // P1 right
            pred_quote(A1, "indirect", "the money had run out", "s2"),           // P2 wrong speaker (G2)
            pred_quote(A1, "direct", "Nobody asked us,", "s3"),                  // P3 right (G4)
            pred_quote(A1, "direct", "The weather was cold and grey.", "s4"),    // P4 spurious
        ],
        "speakers": [
            person("s1", "Whitfield", "female"),
            person("s2", "Ruth Ames", "female"),
            person("s3", "Lee Pruitt", "male"),
            person("s4", "Ivo Brandt", "male"),
            person("s5", "Kai Unquoted", "female")
        ],
        "people": [
            {"name": "Whitfield", "gender": "female"},
            {"name": "Omar Castellano", "gender": "male"},
            {"name": "Lee Pruitt", "gender": "male"},
            {"name": "Ruth Ames", "gender": "female"},
            {"name": "Ivo Brandt", "gender": "male"}
        ]
    });
    // No "people" list: people fall back to the person speakers.
    let p2 = json!({
        "id": "a2",
        "quotes": [
            pred_quote(A2, "indirect", "the school would reopen", "s1"), // P5 right
            pred_quote(A2, "direct", "We are ready,", "s1"),             // P6 right
            pred_quote(A2, "mixed", "the vote \"a disgrace to the town.\"", "s2"), // P7 wrong speaker (G7)
        ],
        "speakers": [person("s1", "Mara Okonkwo", "female"), person("s2", "Okonkwo", "unknown")]
    });
    let pred: Predictions =
        [p1, p2].iter().map(|v| (v["id"].as_str().unwrap_or("").to_string(), Prediction::from_json(v))).collect();
    (vec![g1, g2], pred)
}

#[test]
fn the_reference_numbers_are_unchanged_by_the_additions() {
    let (gold, pred) = fixtures();
    let all = eval::score_all(&gold, &pred, false);
    let (report, misses) = eval::score(&gold, &pred, false);
    assert_eq!(all.report, report);
    assert_eq!(all.misses, misses);
    // 7 required gold quotes, 7 predicted; P4 is spurious; G1 G4 G5 G6 / P1 P3 P5 P6 attributed.
    assert_eq!((report.gold_quotes, report.predicted_quotes), (7, 7));
    assert_eq!((report.attribution.precision, report.attribution.recall), (0.5714, 0.5714));
    let json: Value = serde_json::from_str(&all.to_json(true)).expect("eval JSON parses");
    let reference: Value = serde_json::from_str(&report.to_json()).expect("reference JSON parses");
    for (k, v) in reference.as_object().expect("an object") {
        assert_eq!(&json[k], v, "{k}");
    }
    assert_eq!(json["by_kind"]["all"]["spurious"], 1);
    assert!(all.to_json(false).contains("sources_by_gender") && !all.to_json(false).contains("by_kind"));
}

#[test]
fn errors_by_quote_type() {
    let (gold, pred) = fixtures();
    let t = eval::score_all(&gold, &pred, false).by_kind;
    let row = |k: &str| t.rows.iter().find(|r| r.kind == k).cloned().expect("row");
    // direct: G1 G4 G6 all found and right; predicted P1 P3 P4 P6, P4 spurious
    let d = row("direct");
    assert_eq!((d.gold, d.found, d.right, d.missed, d.wrong_speaker, d.predicted, d.spurious), (3, 3, 3, 0, 0, 4, 1));
    // indirect: G2 wrong speaker, G3 missed, G5 right; predicted P2 P5
    let i = row("indirect");
    assert_eq!((i.gold, i.found, i.right, i.missed, i.wrong_speaker, i.predicted, i.spurious), (3, 2, 1, 1, 1, 2, 0));
    // mixed: G7 found with a wrong speaker; predicted P7
    let m = row("mixed");
    assert_eq!((m.gold, m.found, m.right, m.missed, m.wrong_speaker, m.predicted, m.spurious), (1, 1, 0, 0, 1, 1, 0));
    assert!(t.rows.iter().all(|r| r.kind != "other"));
    let all = t.total();
    assert_eq!((all.gold, all.missed, all.wrong_speaker, all.spurious), (7, 1, 2, 1));
    let text = t.to_text();
    assert_eq!(text.lines().count(), 5, "{text}");
    assert!(text.lines().nth(2).is_some_and(|l| l.split_whitespace().collect::<Vec<_>>() == ["indirect", "3", "2", "1", "1", "1", "2", "0"]));
}

#[test]
fn sources_by_gender() {
    let (gold, pred) = fixtures();
    let s = eval::score_all(&gold, &pred, false).sources_by_gender;
    // a1 gold sources: Dana Whitfield f, Omar Castellano m, Lee Pruitt unknown (Ruth Ames is not quoted).
    //    predicted sources: Whitfield f, Ruth Ames f, Lee Pruitt m, Ivo Brandt m (Kai Unquoted has no quote).
    //    pairs: Lee Pruitt = Lee Pruitt (genders differ), Dana Whitfield ~ Whitfield (both female).
    // a2 gold: Mara Okonkwo f, Tom Reyes m; predicted: Mara Okonkwo f, Okonkwo unknown (no pair: Tom Reyes).
    let got: Vec<(&str, usize, usize, usize)> = s.iter().map(|g| (g.gender, g.predicted, g.gold, g.right)).collect();
    assert_eq!(got, vec![("female", 3, 2, 2), ("male", 2, 2, 0), ("unknown", 1, 1, 0)]);
    assert_eq!((s[0].prf.precision, s[0].prf.recall, s[0].prf.f1), (0.6667, 1.0, 0.8));
    assert_eq!(s[1].prf.f1, 0.0);
}

#[test]
fn people_by_gender_read_the_people_list_else_person_speakers() {
    let (gold, pred) = fixtures();
    let s = eval::score_all(&gold, &pred, false).people_by_gender;
    // a1 gold persons: Dana f, Omar m, Lee unknown, Ruth f; the people list: Whitfield f, Omar m,
    //    Lee m, Ruth f, Ivo m (Kai Unquoted is a speaker but not in the list: not counted).
    //    right: Dana~Whitfield f, Ruth f, Omar m.
    // a2 (no list, so person speakers): Mara f, Okonkwo unknown; gold Mara f, Tom m; right: Mara f.
    let got: Vec<(&str, usize, usize, usize)> = s.iter().map(|g| (g.gender, g.predicted, g.gold, g.right)).collect();
    assert_eq!(got, vec![("female", 3, 3, 3), ("male", 3, 2, 1), ("unknown", 1, 1, 0)]);
    assert_eq!((s[1].prf.precision, s[1].prf.recall, s[1].prf.f1), (0.3333, 0.5, 0.4));
}

#[test]
fn a_missing_prediction_counts_every_gold_person_as_missed() {
    let (gold, _) = fixtures();
    let s = eval::score_all(&gold, &Predictions::new(), false);
    assert_eq!(s.report.missing_articles, 2);
    let gold_sources: Vec<usize> = s.sources_by_gender.iter().map(|g| g.gold).collect();
    assert_eq!(gold_sources, vec![2, 2, 1]);
    assert!(s.sources_by_gender.iter().all(|g| g.predicted == 0 && g.right == 0));
    assert_eq!(s.by_kind.total().missed, 7);
}

#[test]
fn the_printed_blocks() {
    let (gold, pred) = fixtures();
    let s = eval::score_all(&gold, &pred, false);
    let text = s.extras_text(false);
    // a blank line, the header, three genders for sources and three for people
    assert_eq!(text.lines().count(), 8, "{text}");
    let female: Vec<&str> = text.lines().nth(2).map(|l| l.split_whitespace().collect()).unwrap_or_default();
    assert_eq!(female, ["sources", "female", "3", "2", "2", "0.6667", "1.0000", "0.8000"]);
    let with_kinds = s.extras_text(true);
    assert!(with_kinds.starts_with(&text) && with_kinds.contains("wrong speaker"));
    // Gold without person speakers (PolNeAR marks mentions) says so instead of printing zeros.
    let mut bare = gold.clone();
    for g in &mut bare {
        g.speakers.clear();
    }
    let none = eval::score_all(&bare, &pred, false).extras_text(false);
    assert!(none.contains("no speakers of kind \"person\"") && !none.contains("sources female"), "{none}");
}
