//! Layout tests: a table of small cases written by the whosaid developers,
//! span/offset invariants, a no-panic sweep over odd inputs, and (when
//! `../shared` is present) the seed article and the PolNeAR dev set.

use super::*;
use crate::model::FurnitureKind as K;

/// One table case: input text, and the furniture expected (kind, text).
/// Every paragraph not listed must stay in the body.
struct Case {
    name: &'static str,
    text: &'static str,
    furniture: &'static [(K, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        name: "headline without period, then story",
        text: "Council votes to close the old bridge\n\nThe city council voted on Tuesday to close the bridge, officials said.\n\nRepairs will take a year.",
        furniture: &[(K::Headline, "Council votes to close the old bridge")],
    },
    Case {
        name: "headline with period (news archive style) and deck",
        text: "Mayor wins second term;\nVoters back transit plan in record turnout.\n\nThe mayor won a second term on Tuesday, according to official results.",
        furniture: &[(K::Headline, "Mayor wins second term;"), (K::Other, "Voters back transit plan in record turnout.")],
    },
    Case {
        name: "byline and dateline with wire",
        text: "Quake hits coast\n\nBy Jane Doe and John Roe\n\nLIMA, Peru (AP) — A strong earthquake struck on Monday, officials said.\n\nNo damage was reported.",
        furniture: &[
            (K::Headline, "Quake hits coast"),
            (K::Byline, "By Jane Doe and John Roe"),
            (K::Dateline, "LIMA, Peru (AP) —"),
        ],
    },
    Case {
        name: "dateline with hyphen and Reuters",
        text: "Talks resume\n\nWASHINGTON (Reuters) - Negotiators resumed talks on Friday.\n\nThey met for three hours.",
        furniture: &[(K::Headline, "Talks resume"), (K::Dateline, "WASHINGTON (Reuters) -")],
    },
    Case {
        name: "caption with slash credit",
        text: "Storm damage mounts\n\nA man walks past a flooded street in Dhaka on May 2, 2021. (Jane Roe/Agency/TNS)\n\nFloods displaced thousands of people this week, the ministry said.",
        furniture: &[(K::Headline, "Storm damage mounts"), (K::Caption, "A man walks past a flooded street in Dhaka on May 2, 2021.")],
    },
    Case {
        name: "standalone credit",
        text: "Storm damage mounts\n\nJohn Moore/Getty Images.\n\nFloods displaced thousands of people this week, the ministry said.",
        furniture: &[(K::Headline, "Storm damage mounts"), (K::Credit, "John Moore/Getty Images.")],
    },
    Case {
        name: "promo lines",
        text: "Join our new channel on our messenger app and get breaking news first!\n\nPrices rise again\n\nPrices rose 3 percent in May, the bureau said.\n\nSign up for our daily newsletter here.\n\nFollow Sam Lee on Twitter @samlee.",
        furniture: &[
            (K::Promo, "Join our new channel on our messenger app and get breaking news first!"),
            (K::Headline, "Prices rise again"),
            (K::Promo, "Sign up for our daily newsletter here."),
            (K::Promo, "Follow Sam Lee on Twitter @samlee."),
        ],
    },
    Case {
        name: "syndication variants",
        text: "Dams and drought\n\nThis story first appeared in High Country News.\n\nRivers ran low this summer, the report said.\n\nRepublished with permission from The Valley Ledger.\n\nThis article was originally published by The Coast Courier and is reprinted with permission.",
        furniture: &[
            (K::Headline, "Dams and drought"),
            (K::Syndication, "This story first appeared in High Country News."),
            (K::Syndication, "Republished with permission from The Valley Ledger."),
            (K::Syndication, "This article was originally published by The Coast Courier and is reprinted with permission."),
        ],
    },
    Case {
        name: "wire credit line",
        text: "Rates held\n\nThe central bank held rates steady on Thursday.\n\n— Associated Press",
        furniture: &[(K::Headline, "Rates held"), (K::Syndication, "— Associated Press")],
    },
    Case {
        name: "subheads between story paragraphs",
        text: "Long road ahead\n\nThe first paragraph of the story is here and it is long enough.\n\nMixed Signals\n\nA second paragraph follows the heading and says more.\n\n‘Open Doors’\n\nA third paragraph closes the story.",
        furniture: &[(K::Headline, "Long road ahead"), (K::Subhead, "Mixed Signals"), (K::Subhead, "‘Open Doors’")],
    },
    Case {
        name: "related links",
        text: "Budget passes\n\nThe budget passed on a narrow vote.\n\nRead more: How the budget was written\n\nRELATED: Five things to know about the vote\n\nLawmakers went home after the vote.",
        furniture: &[
            (K::Headline, "Budget passes"),
            (K::Related, "Read more: How the budget was written"),
            (K::Related, "RELATED: Five things to know about the vote"),
        ],
    },
    Case {
        name: "date line gives published",
        text: "Budget passes\n\nTuesday, May 3, 2016\n\nThe budget passed on a narrow vote.",
        furniture: &[(K::Headline, "Budget passes"), (K::Dateline, "Tuesday, May 3, 2016")],
    },
    Case {
        name: "look-alikes stay in the body",
        text: "Senate debate heats up\n\nThe senator spoke for an hour.\n\n“Out!”\n\nIt didn’t.\n\n“We Will Win”, she said\n\nBy winning Ohio, Kasich took all 66 delegates.\n\nFollow the money, he said, and you will see.\n\nISIS — the group claimed the attack.\n\nSupport for our troops remains high in every poll this year, analysts noted in a long report.\n\nThe plan was originally published by the ministry in May.\n\nThe debate ended late.",
        furniture: &[(K::Headline, "Senate debate heats up")],
    },
    Case {
        name: "no headline when the text opens with a long story sentence",
        text: "The river authority enters the dry season still short of the reservoir capacity that its engineers promised three years ago, and farmers along the valley are running out of patience.\n\nA second paragraph.",
        furniture: &[],
    },
    Case {
        name: "no headline when the first sentence is 19-25 words in sentence case",
        text: "Rates of river flooding have risen in Delta towns where the levees were lowered, including among farms and schools, according to a study.\n\nA second paragraph.",
        furniture: &[],
    },
    Case {
        name: "no headline when the first sentence ends in a past-tense attribution",
        text: "A Dayton woman was charged Friday with setting fire to the Elm Street Library in May, police said.\n\nA second paragraph.\n\nA third one.",
        furniture: &[],
    },
    Case {
        name: "a headline with a present-tense attribution stays a headline",
        text: "Fire closes Elm Street Library for a month, officials say\n\nA fire closed the library on Friday.\n\nA third one.",
        furniture: &[(K::Headline, "Fire closes Elm Street Library for a month, officials say")],
    },
    Case {
        name: "a long title-case headline with a period stays a headline",
        text: "Mayor Of Elm City Unveils A Bold New Plan To Rebuild The Old Bridge, And Voters Are Already Divided Over It.\n\nThe mayor spoke on Tuesday.",
        furniture: &[(K::Headline, "Mayor Of Elm City Unveils A Bold New Plan To Rebuild The Old Bridge, And Voters Are Already Divided Over It.")],
    },
    Case {
        name: "an outlet's name before a posted date, and files from a wire",
        text: "Bridge closes for repairs\n\nValley Radio News · Posted: Nov 12, 2019 4:15 PM CT | Last Updated: Nov 13, 2019\n\nThe bridge closed on Tuesday, the city said.\n\n— With files from The Valley Press",
        furniture: &[
            (K::Headline, "Bridge closes for repairs"),
            (K::Dateline, "Valley Radio News · Posted: Nov 12, 2019 4:15 PM CT | Last Updated: Nov 13, 2019"),
            (K::Byline, "— With files from The Valley Press"),
        ],
    },
    Case {
        name: "a wire's reporting and editing credits in brackets",
        text: "Automaker weighs sale of unit\n\nHarlow Motors is exploring a sale, three people told Reuters.\n\n(Reporting by Dana Okafor in Detroit; Editing by Mark Vell)",
        furniture: &[
            (K::Headline, "Automaker weighs sale of unit"),
            (K::Byline, "(Reporting by Dana Okafor in Detroit; Editing by Mark Vell)"),
        ],
    },
    Case {
        name: "a desk and a role after the byline's name, and the author's note at the end",
        text: "Rents climb again\n\nBy Lena Okafor Business Reporter\n\nRents rose 4 per cent in May, the board said.\n\nLena Okafor is a Elm City-based reporter covering housing. Follow her on Twitter: @lokafor",
        furniture: &[
            (K::Headline, "Rents climb again"),
            (K::Byline, "By Lena Okafor Business Reporter"),
            (K::Other, "Lena Okafor is a Elm City-based reporter covering housing. Follow her on Twitter: @lokafor"),
        ],
    },
    Case {
        name: "a byline without 'By' and a date line in one paragraph",
        text: "Waiting lists grow\n\nDenis Okafor Health policy editor\nThu 14 Nov 2019 00.01 GMT\n\nThe number of patients waiting rose again, the figures show.\n\nMary Jones, chief nurse\nshe said the wards were full.",
        furniture: &[
            (K::Headline, "Waiting lists grow"),
            (K::Byline, "Denis Okafor Health policy editor"),
            (K::Dateline, "Thu 14 Nov 2019 00.01 GMT"),
        ],
    },
    Case {
        name: "a place in capitals and an outlet's name beside a date line",
        text: "Premiers push for more\n\nOTTAWA\nThe Elm Valley Ledger\nPublished December 2, 2019\n\nPremiers pressed Ottawa for more money on Monday.\n\nThe Elm Valley Ledger\nThe Other Paper",
        furniture: &[
            (K::Headline, "Premiers push for more"),
            (K::Dateline, "OTTAWA"),
            (K::Other, "The Elm Valley Ledger"),
            (K::Dateline, "Published December 2, 2019"),
        ],
    },
    Case {
        name: "a name alone on its line over the outlet's name",
        text: "Board keeps officers out of schools\n\nMarta Quill\nHarbour Star\n\nThe board voted 8-4 on Tuesday to keep officers out of its schools.\n\nVictoria Park\nNorth End\n\nTrustees met again.",
        furniture: &[(K::Headline, "Board keeps officers out of schools"), (K::Byline, "Marta Quill"), (K::Other, "Harbour Star")],
    },
    Case {
        name: "a byline, then the writer's role on a line of its own",
        text: "Rail strike looms\n\nBy Tomas Halloran\nTransport correspondent\n\nCommuters face a week of cancellations, the operators said.",
        furniture: &[(K::Headline, "Rail strike looms"), (K::Byline, "By Tomas Halloran\nTransport correspondent")],
    },
    Case {
        name: "a writer's contact note closing the story",
        text: "Rents climb again\n\nRents rose 4 per cent in May, the board said.\n\nHave a tip? Lena Okafor may be reached at lokafor@example.com.\n\nReach reporter Tomas Halloran at thalloran@example.com or @thalloran.\n\nAnyone with information is asked to call police at 555-0100 or email tips@example.org.",
        furniture: &[
            (K::Headline, "Rents climb again"),
            (K::Other, "Have a tip? Lena Okafor may be reached at lokafor@example.com."),
            (K::Other, "Reach reporter Tomas Halloran at thalloran@example.com or @thalloran."),
        ],
    },
    Case {
        name: "dateline with a colon (South Asian papers)",
        text: "Farmers demand compensation\n\nNEW DELHI: Paddy farmers in the delta have demanded compensation from the State government.\n\nThey met the Collector on Monday.",
        furniture: &[(K::Headline, "Farmers demand compensation"), (K::Dateline, "NEW DELHI:")],
    },
    Case {
        name: "a dateline with a colon on a line of its own, after a deck",
        text: "Agency presses for access\n\nThis follows a strike on a clinic in the north.\n\nUNITED NATIONS:\nThe strike on the clinic is a clear breach of the rules of war, the agency said on Friday.",
        furniture: &[(K::Headline, "Agency presses for access"), (K::Dateline, "UNITED NATIONS:")],
    },
    Case {
        name: "a transcript's labels in capitals are no datelines",
        text: "Interview with the minister\n\nHOST: Welcome back to the programme, and thank you for joining us this morning.\n\nMINISTER: Thank you for having me on the show this morning, it is a pleasure.",
        furniture: &[(K::Headline, "Interview with the minister")],
    },
    Case {
        name: "dateline with a station's call letters",
        text: "Dog saves family\n\nWESTFIELD, Iowa (KTVR) - A family is safe after their dog woke them, officials said.\n\nThe fire started at 3 a.m.",
        furniture: &[(K::Headline, "Dog saves family"), (K::Dateline, "WESTFIELD, Iowa (KTVR) -")],
    },
];

fn chars_slice(text: &str, s: usize, e: usize) -> String {
    text.chars().skip(s).take(e.saturating_sub(s)).collect()
}

/// Every span of a layout indexes `text` in code points and agrees with its text.
fn check_spans(text: &str, l: &Layout) {
    let n = text.chars().count();
    for f in &l.furniture {
        assert!(f.start <= f.end && f.end <= n, "furniture span out of range: {f:?}");
        assert_eq!(chars_slice(text, f.start, f.end), f.text, "furniture text mismatch");
    }
    for b in &l.body {
        assert!(b.start < b.end && b.end <= n, "body span out of range: {b:?}");
        for f in &l.furniture {
            assert!(!b.overlaps(crate::model::Span::new(f.start, f.end)), "body {b:?} overlaps furniture {f:?}");
        }
    }
    if let (Some(h), Some(sp)) = (&l.headline, l.headline_span) {
        assert_eq!(&chars_slice(text, sp.start, sp.end), h);
    }
}

#[test]
fn layout_table_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let l = detect(case.text);
        check_spans(case.text, &l);
        let got: Vec<(K, &str)> = l.furniture.iter().map(|f| (f.kind, f.text.as_str())).collect();
        if got != case.furniture {
            failures.push(format!("{}:\n  want {:?}\n  got  {:?}", case.name, case.furniture, got));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn layout_table_details() {
    let t = CASES[2].text;
    let l = detect(t);
    assert_eq!(l.byline.as_deref(), Some("Jane Doe, John Roe"));
    let synd = l.syndication.as_ref().and_then(|s| s.original_publisher.as_deref());
    assert_eq!(synd, Some("Associated Press"));
    let first_body = l.body.first().map(|b| chars_slice(t, b.start, b.end)).unwrap_or_default();
    assert!(first_body.starts_with("A strong earthquake"), "{first_body}");

    let l = detect(CASES[4].text);
    assert_eq!(l.furniture.get(1).and_then(|f| f.credit.as_deref()), Some("Jane Roe/Agency/TNS"));
    assert_eq!(l.body.len(), 1, "the credit stays out of the body");

    let l = detect(CASES[7].text);
    let s = l.syndication.as_ref().and_then(|s| s.original_publisher.as_deref());
    assert_eq!(s, Some("High Country News"));
    let pubs: Vec<_> = l.furniture.iter().filter(|f| f.kind == K::Syndication).map(|f| f.text.clone()).collect();
    assert_eq!(pubs.len(), 3);

    assert_eq!(detect(CASES[11].text).published.as_deref(), Some("2016-05-03"));
    let l = detect(CASES.iter().find(|c| c.name.contains("author's note")).map(|c| c.text).unwrap_or_default());
    assert_eq!(l.byline.as_deref(), Some("Lena Okafor"));
    let l = detect(CASES.iter().find(|c| c.name.contains("line of its own")).map(|c| c.text).unwrap_or_default());
    assert_eq!(l.byline.as_deref(), Some("Tomas Halloran"));
    let l = detect(CASES.iter().find(|c| c.name.contains("without 'By'")).map(|c| c.text).unwrap_or_default());
    assert_eq!((l.byline.as_deref(), l.published.as_deref()), (Some("Denis Okafor"), Some("2019-11-14")));
    // a wire's name after the author's is no part of it
    let l = detect("Rents climb again\n\nBy LENA OKAFOR Associated Press\n\nRents rose 4 per cent in May, the board said.");
    assert_eq!(l.byline.as_deref(), Some("LENA OKAFOR"));
    // "Staff Writer" after a comma is a role, no second name
    let l = detect("Rents climb again\n\nBy Lena Okafor, Staff Writer\n\nRents rose 4 per cent in May, the board said.");
    assert_eq!(l.byline.as_deref(), Some("Lena Okafor"));
    assert_eq!(detect(CASES[12].text).body.len(), 10);
}

#[test]
fn layout_spans_are_code_points() {
    let t = "Über café ‘Zürich’ — naïve\n\nDÜSSELDORF (Reuters) — Das Café «Œuvre» öffnete am Montag, sagte sie.\n\nÜbernahme\n\n“Ça va,” dit-il. Ελληνικά 日本語 emoji 🎉 text.\n\nFoto im Regen in Köln am 3. Mai. (Jürgen Maß/Agentur/TNS)\n\nDieser Text ist länger und bleibt im Körper.";
    let l = detect(t);
    check_spans(t, &l);
    assert!(l.furniture.iter().any(|f| f.kind == K::Dateline), "{:?}", l.furniture);
    assert!(l.furniture.iter().any(|f| f.kind == K::Caption && f.credit.as_deref() == Some("Jürgen Maß/Agentur/TNS")));
}

#[test]
fn layout_no_panic_on_odd_inputs() {
    let mut inputs: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\n\n\n".into(),
        "\u{0}\u{1}\u{7f}\u{feff}".into(),
        "a".into(),
        "x".repeat(200_000),
        "word ".repeat(50_000),
        "(".repeat(1000),
        ")".repeat(1000) + "(" + &"/".repeat(100),
        "—".repeat(500),
        "A — B\n\n— \n\n(\n\n)".into(),
        "By\n\nBy \n\nBY ,,,\n\nPhoto:\n\n(Photo:)\n\nRead more:".into(),
        "WASHINGTON (\n\nX (AP) —\n\n—— A".into(),
        "\r\n\r\nTitle\r\n\r\nBody text here.\r\n".into(),
        "ǅ İ ß ﬁ Σ".repeat(100),
        "Ⅻ. ＡＢＣ — Ｄ\n\n“‘’”".into(),
    ];
    // Pseudo-random strings over an alphabet of awkward characters.
    let alphabet: Vec<char> = "aZ .,;:—–-()[]/“”‘’\"'\n\n\t@#İßé日🎉\u{0}\u{300}0123456789".chars().collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for len in [1usize, 2, 5, 17, 64, 300, 2000] {
        for _ in 0..40 {
            let mut s = String::new();
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            inputs.push(s);
        }
    }
    for t in &inputs {
        let l = detect(t);
        check_spans(t, &l);
        for (s, e) in paragraphs(t) {
            assert!(t.get(s..e).is_some());
        }
    }
}

#[test]
fn layout_single_newline_text_splits_lines() {
    let t = "Headline Here\nFirst story line is long enough.\nSecond line.\nThird line.";
    assert_eq!(paragraphs(t).len(), 4);
    let t2 = "A b.\n\n  C d.\nE.\n\n\n";
    let p = paragraphs(t2);
    assert_eq!(p.len(), 2);
    assert_eq!(&t2[p[1].0..p[1].1], "C d.\nE.");
    assert!(detect("  \n \n").body.is_empty());
}

#[test]
fn layout_is_linear_and_fast() {
    let para = "The committee met on Tuesday and said the plan would go ahead, officials told reporters in the capital.\n\n";
    let t = format!("Headline of the day\n\n{}", para.repeat(40_000));
    let start = std::time::Instant::now();
    let l = detect(&t);
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(l.body.len(), 40_000);
    let mbps = t.len() as f64 / 1e6 / secs.max(1e-9);
    eprintln!("layout: {:.1} MB in {:.3}s = {:.0} MB/s", t.len() as f64 / 1e6, secs, mbps);
    // Debug builds are slow; this only guards against quadratic blowups.
    assert!(secs < 5.0, "{mbps} MB/s");
}

// ---- tests over ../shared (skipped when absent) ----

fn shared(rel: &str) -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipping: {} not found", p.display());
        None
    }
}

fn span_of(v: &serde_json::Value) -> Option<(usize, usize)> {
    let a = v.get("span")?.as_array()?;
    Some((a.first()?.as_u64()? as usize, a.get(1)?.as_u64()? as usize))
}

#[test]
fn layout_seed_article_matches_gold() {
    let Some(dir) = shared("gold/seed") else { return };
    let Ok(text) = std::fs::read_to_string(dir.join("rferl-taliban-engagement.txt")) else { return };
    let Ok(gold) = std::fs::read_to_string(dir.join("rferl-taliban-engagement.gold.json")) else { return };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold json");
    let l = detect(&text);
    check_spans(&text, &l);
    assert_eq!(l.headline.as_deref(), gold["headline"].as_str());
    let mut want: Vec<(String, usize, usize, Option<String>)> = gold["furniture"]
        .as_array()
        .expect("furniture")
        .iter()
        .filter_map(|f| {
            let (s, e) = span_of(f)?;
            Some((f["kind"].as_str()?.to_string(), s, e, f.get("credit").and_then(|c| c.as_str()).map(str::to_string)))
        })
        .collect();
    want.sort();
    let mut got: Vec<(String, usize, usize, Option<String>)> = l
        .furniture
        .iter()
        .filter(|f| f.kind != K::Headline)
        .map(|f| {
            let kind = serde_json::to_value(f.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
            (kind, f.start, f.end, f.credit.clone())
        })
        .collect();
    got.sort();
    assert_eq!(got, want);
    let synd = gold["furniture"].as_array().and_then(|a| a.iter().find(|f| f["kind"] == "syndication"));
    let want_pub = synd.and_then(|s| s["original_publisher"].as_str());
    assert_eq!(l.syndication.as_ref().and_then(|s| s.original_publisher.as_deref()), want_pub);
}

/// Share of gold quote spans whose every non-space code point lies in a body
/// span, over one PolNeAR split. Quotes inside the gold headline are counted
/// apart: a headline is never body.
fn polnear_quote_coverage(split: &str) -> Option<(usize, usize, usize, Vec<String>)> {
    let dir = shared(&format!("gold/polnear/{split}"))?;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).ok()?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    let (mut total, mut inside, mut in_headline) = (0, 0, 0);
    let mut misses = Vec::new();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Ok(gold) = std::fs::read_to_string(path.with_extension("gold.json")) else { continue };
        let Ok(gold) = serde_json::from_str::<serde_json::Value>(&gold) else { continue };
        let l = detect(&text);
        check_spans(&text, &l);
        let chars: Vec<char> = text.chars().collect();
        let headline_len = gold["headline"].as_str().map(|h| h.chars().count()).unwrap_or(0);
        for q in gold["quotes"].as_array().into_iter().flatten() {
            let Some((s, e)) = span_of(q) else { continue };
            if text.starts_with(gold["headline"].as_str().unwrap_or("\u{0}")) && s < headline_len {
                in_headline += 1;
                continue;
            }
            total += 1;
            let ok = (s..e.min(chars.len())).all(|c| chars[c].is_whitespace() || l.body.iter().any(|b| b.start <= c && c < b.end));
            if ok {
                inside += 1;
            } else {
                let f = l.furniture.iter().find(|f| f.start < e && s < f.end);
                misses.push(format!("{}: {:?} in {:?}", path.display(), chars_slice(&text, s, e.min(s + 60)), f.map(|f| (f.kind, &f.text))));
            }
        }
    }
    Some((total, inside, in_headline, misses))
}

#[test]
fn layout_polnear_dev_quotes_stay_in_body() {
    let Some((total, inside, in_headline, misses)) = polnear_quote_coverage("dev") else { return };
    eprintln!("polnear dev: {inside}/{total} gold quotes in body ({in_headline} more inside the headline)");
    for m in &misses {
        eprintln!("  miss {m}");
    }
    assert!(total > 0);
    assert!(inside as f64 >= 0.995 * total as f64, "{inside}/{total}");
}

/// Run with `--ignored --nocapture` for the train-split numbers and the furniture list.
#[test]
#[ignore]
fn layout_polnear_train_report() {
    let Some(dir) = shared("gold/polnear/train") else { return };
    let Some((total, inside, in_headline, misses)) = polnear_quote_coverage("train") else { return };
    eprintln!("polnear train: {inside}/{total} gold quotes in body ({in_headline} more inside the headline)");
    for m in &misses {
        eprintln!("  miss {m}");
    }
    let mut entries: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    let mut counts = std::collections::BTreeMap::new();
    for path in entries.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        for f in detect(&text).furniture.iter().filter(|f| f.kind != K::Headline) {
            *counts.entry(format!("{:?}", f.kind)).or_insert(0usize) += 1;
            eprintln!("FURN\t{:?}\t{}", f.kind, f.text.replace('\n', "\\n"));
        }
    }
    eprintln!("furniture other than headline: {counts:?}");
}

/// Run with `--release --ignored --nocapture`: layout speed over PolNeAR train.
#[test]
#[ignore]
fn layout_polnear_train_speed() {
    let Some(dir) = shared("gold/polnear/train") else { return };
    let mut entries: Vec<_> = std::fs::read_dir(&dir).into_iter().flatten().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    let texts: Vec<String> = entries
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let start = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..5 {
        for t in &texts {
            n += detect(t).body.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!("speed: {} articles x5, {:.1} MB, {n} body paragraphs, {:.0} MB/s", texts.len(), 5.0 * bytes as f64 / 1e6, 5.0 * bytes as f64 / 1e6 / secs);
    assert!(n > 0);
}

#[test]
fn notices_alone() {
    assert_eq!(notice_alone("Get the latest updates right in your inbox. Subscribe to our newsletters."), Some(K::Promo));
    assert_eq!(notice_alone("Read more: Rents climb again"), Some(K::Related));
    assert_eq!(notice_alone("Have a tip? Lena Okafor may be reached at lokafor@example.com."), Some(K::Other));
    // a call that introduces the next block, and story, are not notices
    assert_eq!(notice_alone("Download the form here so you can:"), None);
    assert_eq!(notice_alone("Subscribers will pay $5 more a month, the company said."), None);
    assert_eq!(notice_alone("“Follow us,” she told the crowd, and they did."), None);
    assert_eq!(notice_alone("Anyone with information is asked to email tips@example.org."), None);
}

#[test]
fn canadian_bylines_and_the_press_tagline() {
    // "Name · Outlet · Posted: date" with no "By"
    let l = detect("Clinic to close overnight\nAshlyn Thibodeau · CBC News · Posted: Jun 12, 2024 4:00 AM ADT\n\nThe clinic will close at night, the health authority said.");
    assert_eq!((l.byline.as_deref(), l.published.as_deref()), (Some("Ashlyn Thibodeau"), Some("2024-06-12")));
    // the name on its own line over the writer's role
    let l = detect("Man dead after stabbing\nKayla Roszko\nCTV News Winnipeg Videojournalist\nPublished Saturday, August 17, 2024 2:14PM CST\n\nOne man is dead, police said.");
    assert_eq!(l.byline.as_deref(), Some("Kayla Roszko"));
    assert!(l.furniture.iter().any(|f| f.kind == K::Byline && f.text == "Kayla Roszko"));
    // the outlet after the writer's name is no second writer
    for (line, want) in [
        ("By Marcus Tan, The Globe and Mail", "Marcus Tan"),
        ("By Ana Ruiz, La Presse (translated from French)", "Ana Ruiz"),
        ("By Priya Raman, CTV News Toronto", "Priya Raman"),
        ("Lindsay Whitecloud · CBC News", "Lindsay Whitecloud"),
        ("By Jane Doe and John Roe", "Jane Doe, John Roe"),
    ] {
        let l = detect(&format!("Clinic to close\n{line}\n\nThe clinic will close at night, the health authority said."));
        assert_eq!(l.byline.as_deref(), Some(want), "{line}");
    }
    // the wire's closing line: syndication, and its date
    let l = detect("Educators walk off job\n\nMONTREAL — Educators walked off the job on Monday, the union said.\n\nThis report by The Canadian Press was first published Nov. 6, 2024.");
    let synd = l.syndication.as_ref().and_then(|s| s.original_publisher.as_deref());
    assert_eq!((synd, l.published.as_deref()), (Some("The Canadian Press"), Some("2024-11-06")));
}

#[test]
fn canadian_broadcaster_and_wire_furniture() {
    let t = "Quebec budget tabled\n\nMarie-Claude Vézina · Radio-Canada\n\nThis article is a translation of a report published in French by Radio-Canada.\n\nMONTREAL — The finance minister, Luc Pelletier, said the deficit would shrink.\n\nGovernor Tiff Lamont holds a news conference in Ottawa on Wednesday. THE CANADIAN PRESS/Noor Haddad\n\nWATCH | Housing minister defends timeline for rental plan:\n\n\"We are on track,\" he said.\n\nWith a report from Nadia Okeke in Edmonton";
    let l = detect(t);
    check_spans(t, &l);
    assert_eq!(l.byline.as_deref(), Some("Marie-Claude Vézina"));
    assert_eq!(l.syndication.as_ref().and_then(|s| s.original_publisher.as_deref()), Some("Radio-Canada"));
    let kinds: Vec<(K, &str)> = l.furniture.iter().map(|f| (f.kind, f.text.as_str())).collect();
    for (kind, start) in [(K::Caption, "Governor Tiff Lamont"), (K::Related, "WATCH |"), (K::Byline, "With a report from")] {
        assert!(kinds.iter().any(|(k, s)| *k == kind && s.starts_with(start)), "{kind:?} {start:?}: {kinds:?}");
    }
    // the body keeps the story's sentences
    assert!(l.body.iter().any(|b| chars_slice(t, b.start, b.end).contains("We are on track")));
}

#[test]
fn bylines_without_by() {
    // a name, then a desk and a role on the same line, over a date line (one paragraph or two)
    for (head, name, date) in [
        ("Ruth Callender Transport correspondent\n\nWed 3 Jan 2024 06.00 GMT", "Ruth Callender", "2024-01-03"),
        ("Tane Whetu, Pacific Affairs reporter\n7:15 am on 4 June 2024", "Tane Whetu", "2024-06-04"),
        ("Colin Ashworth, Political Editor\nMonday June 3 2024, 9.00pm, The Times", "Colin Ashworth", "2024-06-03"),
    ] {
        let t = format!("Rail fares to rise again\n\n{head}\n\nRail fares will rise by 5 per cent in March, the operator said.\n\nPassengers were angry.");
        let l = detect(&t);
        assert_eq!((l.byline.as_deref(), l.published.as_deref()), (Some(name), Some(date)), "{head}");
        assert!(!l.body.iter().any(|b| chars_slice(&t, b.start, b.end).contains(name)), "{head}");
    }
    // a desk's role alone over a place in capitals: a byline with no name
    let l = detect("Rail fares to rise\n\nStaff Reporter\nMUMBAI\n\nRail fares will rise in March, the operator said.\n\nPassengers were angry.");
    assert!(l.furniture.iter().any(|f| f.kind == K::Byline && f.text == "Staff Reporter"));
    // a place before the comma is no writer's name
    assert_eq!(rules::byline_unprefixed("New York, Washington bureau"), None);
}

#[test]
fn labelled_caption_lines() {
    let t = "Ferry service cut\n\nThe ferry will sail twice a day from May, the operator said.\n\nImage source, Harbour Photos\nImage caption, The ferry leaving Brightsea pier last summer\n\nMedia caption, Watch: passengers queue at dawn\n\nPassengers were angry.";
    let l = detect(t);
    let kinds: Vec<(K, &str, Option<&str>)> = l.furniture.iter().map(|f| (f.kind, f.text.as_str(), f.credit.as_deref())).collect();
    assert!(kinds.contains(&(K::Credit, "Image source, Harbour Photos", Some("Harbour Photos"))), "{kinds:?}");
    assert!(kinds.contains(&(K::Caption, "Image caption, The ferry leaving Brightsea pier last summer", None)), "{kinds:?}");
    assert!(kinds.contains(&(K::Caption, "Media caption, Watch: passengers queue at dawn", None)), "{kinds:?}");
    // a sentence that merely starts with the words is story
    assert_eq!(rules::caption_label("Image source was never found, police said."), None);
}

#[test]
fn related_heading_on_its_own_line() {
    let t = "Ferry service cut\n\nThe ferry will sail twice a day from May, the operator said.\n\nRelated Article\nHarbour town waits for its new pier\n\nPassengers were angry.\n\nRelated topics\nFerries\nBrightsea";
    let l = detect(t);
    let related: Vec<&str> = l.furniture.iter().filter(|f| f.kind == K::Related).map(|f| f.text.as_str()).collect();
    assert_eq!(related, ["Related Article\nHarbour town waits for its new pier", "Related topics\nFerries\nBrightsea"]);
}

#[test]
fn promo_ending_in_a_delivery_promise() {
    let shape = |p: &str| rules::Shape::of(p);
    for p in ["Get Brightsea Rovers news sent straight to your phone", "Our best stories, delivered to your inbox."] {
        assert!(rules::is_promo(p, &p.to_ascii_lowercase(), &shape(p)), "{p}");
    }
    // a story sentence that ends so is no promo
    let p = "The council said the results would be sent straight to your phone.";
    assert!(!rules::is_promo(p, &p.to_ascii_lowercase(), &shape(p)));
}

#[test]
fn correction_notice_under_the_story() {
    let t = "Ferry service cut\n\nThe ferry will sail twice a day from May, the operator said.\n\nPassengers were angry.\n\nThis article was amended on 3 April 2024. An earlier version gave the wrong day for the first sailing.";
    let l = detect(t);
    assert!(l.furniture.iter().any(|f| f.kind == K::Other && f.text.starts_with("This article was amended on")));
    // a story paragraph about an amended article is story
    assert_eq!(rules::boilerplate("The article was amended on Monday, the editor said.", "the article was amended on monday, the editor said."), None);
}

#[test]
fn wire_closing_lines() {
    let t = "Dam to be raised\n\nThe state will raise the dam by two metres, the minister said.\n\n(With inputs from PTI)\n\nOur Standards: The Thomson Reuters Trust Principles.";
    let l = detect(t);
    let kinds: Vec<(K, &str)> = l.furniture.iter().map(|f| (f.kind, f.text.as_str())).collect();
    assert!(kinds.contains(&(K::Byline, "(With inputs from PTI)")), "{kinds:?}");
    assert!(kinds.contains(&(K::Other, "Our Standards: The Thomson Reuters Trust Principles.")), "{kinds:?}");
}

#[test]
fn wire_slug_at_the_end() {
    for slug in ["ab/cd/ef", "bur-dc/mlm", "jm/rl"] {
        assert!(rules::is_wire_slug(slug), "{slug}");
    }
    for p in ["http://x.org/a", "either/or/neither", "ab/cd/ef.", "Ab/cd", "abcde/fghij", "ab"] {
        assert!(!rules::is_wire_slug(p), "{p}");
    }
    let l = detect("Dam to be raised\n\nThe state will raise the dam by two metres, the minister said.\n\nxy/zq/ab");
    assert!(l.furniture.iter().any(|f| f.kind == K::Other && f.text == "xy/zq/ab"));
}

#[test]
fn section_label_over_the_story() {
    let l = detect("Injection halves headaches\n\nA drug cut attacks by half in a trial\n\nSpace | Analysis\n\nA monthly injection halved the number of headache days, researchers said.\n\nThe trial ran for six months.");
    assert!(l.furniture.iter().any(|f| f.kind == K::Other && f.text == "Space | Analysis"));
    for p in ["Space | 3 things", "Prices rose | sharply", "A Long Section Name | News"] {
        assert!(!rules::is_section_label(p), "{p}");
    }
}

#[test]
fn science_desk_labels_under_the_story() {
    let t = "Injection halves headaches\n\nA monthly injection halved headache days, researchers said.\n\nJournal reference:\nBrain Letters DOI: 10.1000/xyz123\n\nTopics:\nheadache/drugs";
    let l = detect(t);
    let other: Vec<&str> = l.furniture.iter().filter(|f| f.kind == K::Other).map(|f| f.text.as_str()).collect();
    assert_eq!(other, ["Journal reference:\nBrain Letters DOI: 10.1000/xyz123", "Topics:\nheadache/drugs"]);
}

#[test]
fn caption_with_a_glued_credit_in_capitals() {
    let t = "Dam to be raised\n\nThe state will raise the dam by two metres, the minister said.\n\nWork on the dam wall near Ellbridge. The wall dates from 1931 ROSA MENDEL/PA\n\nWork starts in May.";
    let l = detect(t);
    let cap = l.furniture.iter().find(|f| f.kind == K::Caption);
    assert_eq!(cap.map(|f| (f.text.as_str(), f.credit.as_deref())), Some(("Work on the dam wall near Ellbridge. The wall dates from 1931", Some("ROSA MENDEL/PA"))));
    // one word in capitals with a slash closes many a story sentence
    for p in ["The plan was backed by the HIV/AIDS", "It runs on the M4/M5", "It was signed by the TUC and the GMB/UNITE"] {
        assert_eq!(rules::caption(p, &rules::Shape::of(p)), None, "{p}");
    }
}

#[test]
fn byline_in_lower_case_over_a_date_line() {
    let t = "Ferry fares to double\n\nThe cheapest ticket will cost twice as much.\n\nby Oriel Fanshawe-Tan\nJun 3, 2025, 9:15 AM PDT\n\nThe operator raised fares on Monday, a spokesperson said.\n\nPassengers were angry.";
    let l = detect(t);
    assert_eq!(l.byline.as_deref(), Some("Oriel Fanshawe-Tan"));
    assert_eq!(l.published.as_deref(), Some("2025-06-03"));
    // "by" in lower case before anything but names opens no byline
    let p = "by the end of May, the pier had closed";
    assert_eq!(rules::byline(p, &rules::Shape::of(p)), None);
}

#[test]
fn byline_in_capitals_with_columns() {
    let p = "BY ORIEL FANSHAWE   JUNE 3, 2025   9:15 AM CENTRAL";
    assert_eq!(rules::byline(p, &rules::Shape::of(p)).as_deref(), Some("ORIEL FANSHAWE"));
    let p = "By Oriel Fanshawe June 3, 2025";
    assert_eq!(rules::byline(p, &rules::Shape::of(p)).as_deref(), Some("Oriel Fanshawe"));
    let l = detect("Ferry fares to double\n\nBY ORIEL FANSHAWE   JUNE 3, 2025   9:15 AM CENTRAL\n\nThe operator raised fares on Monday, a spokesperson said.\n\nPassengers were angry.");
    assert_eq!((l.byline.as_deref(), l.published.as_deref()), (Some("ORIEL FANSHAWE"), Some("2025-06-03")));
}

#[test]
fn byline_name_the_lexicon_lacks_bar_outlet() {
    let l = detect("Flood waters rise in the valley\n\nEilidh Brodie | BBC Scotland News\n\nResidents fled on Monday as the river rose, a spokesperson said.\n\nThe water fell by noon.");
    assert_eq!(l.byline.as_deref(), Some("Eilidh Brodie"));
}

#[test]
fn byline_name_bar_paper_without_the() {
    let l = detect("Ferry fares to double\n\nMarcus Oyelaran | Idaho Sentinel\n\nThe operator raised fares on Monday, a spokesperson said.\n\nPassengers were angry.");
    assert_eq!(l.byline.as_deref(), Some("Marcus Oyelaran"));
}

#[test]
fn caption_credits_of_us_papers() {
    for (p, credit) in [
        ("Riders wait at the pier in Brightsea on Monday. (Oriel Fanshawe, KTVX.com)", "Oriel Fanshawe, KTVX.com"),
        ("Riders wait at the pier in Brightsea on Monday, June 2, 2025. Oriel Fanshawe/The Courier-Star", "Oriel Fanshawe/The Courier-Star"),
    ] {
        let (end, cs, ce) = rules::caption(p, &rules::Shape::of(p)).unwrap_or_default();
        assert!(end > 0 && p.get(cs..ce) == Some(credit), "{p}");
    }
    // a story sentence ending in a bracketed name and a party, or a slash, is story
    for p in ["The bill was backed by two senators (Maria Quint, Labour)", "The plan was described to reporters on Friday. Either/or, she said"] {
        assert_eq!(rules::caption(p, &rules::Shape::of(p)), None, "{p}");
    }
}

#[test]
fn notices_under_a_us_story() {
    let t = "Ferry fares to double\n\nReprints\n\nHeard on All Things Considered\n\nThe operator raised fares on Monday, a spokesperson said.\n\n(SOUNDBITE OF MUSIC)\n\nPassengers were angry.\n\nCorrection: An earlier version of this story gave the wrong day for the fare rise.\n\nUpdated June 3, 10:05 a.m. ET: Added comment from the operator.\n\nDisclosure: The ferry operator is a sponsor of the Brightsea Ledger, a nonprofit newsroom.\n\nThe Brightsea Ledger is a nonprofit newsroom covering the coast. Learn more at brightsealedger.org.\n\nThis article appears in the June 2025 print edition with the headline \"Fares Up.\"\n\nAbout the Author\nOriel Fanshawe\nStaff Writer\nOriel covers transport.\n\nCopyright © 2025 Brightsea Radio. All rights reserved.\n\nBrightsea Radio transcripts are made quickly.";
    let l = detect(t);
    let furniture: Vec<&str> = l.furniture.iter().map(|f| f.text.as_str()).collect();
    for p in t.split("\n\n").skip(1) {
        let story = ["The operator raised", "Passengers were", "Brightsea Radio transcripts"].iter().any(|s| p.starts_with(s));
        assert_eq!(furniture.contains(&p), !story, "{p}");
    }
    // a correction or an update that reports news stays story
    for p in ["Correction: The council said on Monday that the pier would reopen.", "Update: The mayor said on Monday that the pier would reopen."] {
        assert_eq!(rules::notice(p), None, "{p}");
    }
}

#[test]
fn wire_and_business_desk_closing_lines() {
    let t = "Ferry fares to double\n\nThe operator raised fares on Monday, a spokesperson said.\n\n--With assistance from Oriel Fanshawe.\n\nTo contact the editors responsible for this story:\nMarcus Oyelaran at moyelaran@example.net\n\n©2025 Brightsea Media L.P.\n\n___\n\nAP Ferries: https://example.com/hub/ferries";
    let l = detect(t);
    let kinds: Vec<(K, &str)> = l.furniture.iter().map(|f| (f.kind, f.text.as_str())).collect();
    assert!(kinds.contains(&(K::Byline, "--With assistance from Oriel Fanshawe.")), "{kinds:?}");
    assert!(kinds.contains(&(K::Other, "To contact the editors responsible for this story:\nMarcus Oyelaran at moyelaran@example.net")), "{kinds:?}");
    assert!(kinds.contains(&(K::Other, "©2025 Brightsea Media L.P.")), "{kinds:?}");
    assert!(kinds.contains(&(K::Related, "AP Ferries: https://example.com/hub/ferries")), "{kinds:?}");
    // a sentence with an address in it is story
    assert!(!rules::is_link_line("The schedule is online at https://example.com/ferries"));
}

#[test]
fn linked_headlines_under_a_related_label() {
    let t = "Ferry fares to double\n\nThe operator raised fares on Monday, a spokesperson said.\n\nRelated\n\nBrightsea pier closes for repairs\n\nWhy ferry fares keep rising\n\nPassengers were angry, and the council said it would review the fares.\n\nMost Popular\n\n1. The best beaches on the coast";
    let l = detect(t);
    let related: Vec<&str> = l.furniture.iter().filter(|f| f.kind == K::Related).map(|f| f.text.as_str()).collect();
    assert_eq!(related, ["Related", "Brightsea pier closes for repairs", "Why ferry fares keep rising", "Most Popular", "1. The best beaches on the coast"]);
}
