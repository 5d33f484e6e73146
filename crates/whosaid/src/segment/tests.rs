use super::*;

fn seg(t: &str) -> Paragraph {
    Paragraph::new(t, 0, t.len())
}

fn sents(t: &str) -> Vec<String> {
    let p = seg(t);
    p.sentences
        .iter()
        .map(|s| t[p.tokens[s.start].start..p.tokens[s.end - 1].end].to_string())
        .collect()
}

#[test]
fn sentences_across_abbreviations() {
    let cases: &[(&str, usize)] = &[
        ("Mr. Smith went to Washington. He said so.", 2),
        ("The U.N. Secretary-General spoke. Then he left.", 2),
        ("It happened in the U.S. The president said so.", 2),
        ("It happened in the U.S. Congress yesterday.", 1),
        ("Sen. J. Doe met Sept. 11 survivors. They wept.", 2),
        ("Prices rose 3.5 percent. Analysts were surprised!", 2),
        ("Acme Inc. reported losses. Its shares fell.", 2),
        ("One\u{a0}sentence here. Another\u{a0}one.", 2),
        // an abbreviation after a hyphen ("Toronto-St. Paul's")
        ("Ana Ruiz, who represents Toronto-St. Paul's, said so. Then she left.", 2),
        // a dotted abbreviation before a quotation opening with a capital ends a sentence; not
        // before a lowercase one
        ("She called 911 at 10 p.m. \u{201c}I waited an hour,\u{201d} Pike said.", 2),
        ("It is a U.S. \u{201c}deep state\u{201d} plot, he said.", 1),
    ];
    for (t, n) in cases {
        assert_eq!(sents(t).len(), *n, "{t}: {:?}", sents(t));
    }
}

#[test]
fn sentences_do_not_split_inside_quotes() {
    let t = "“This is one. And two,” she said. Then more.";
    let s = sents(t);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[0].ends_with("said."));
    let t = "He said: “It is over.” Then he left.";
    assert_eq!(sents(t).len(), 2, "{:?}", sents(t));
}

#[test]
fn quotes_pair_curly_and_straight() {
    let p = seg("“A,” he said. \"B c.\"");
    assert_eq!(p.quotes.len(), 2);
    assert!(p.quotes.iter().all(|q| q.close.is_some()));
}

#[test]
fn nested_single_quotes_and_apostrophes() {
    let t = "“She called it ‘a quiet revolt’ and the farmer’s rights under O’Neill’s plan,” he said.";
    let p = seg(t);
    assert_eq!(p.quotes.iter().filter(|q| !q.single).count(), 1);
    assert_eq!(p.quotes.iter().filter(|q| q.single).count(), 0, "nested singles stay inside");
    // apostrophes are inside words
    assert!(p.tokens.iter().any(|tk| tk.text(t) == "farmer’s"));
    assert!(p.tokens.iter().any(|tk| tk.text(t) == "O’Neill’s"));
}

#[test]
fn single_quotes_at_top_level() {
    let t = "Activists called it ‘a quiet revolt’ on Monday.";
    let p = seg(t);
    assert_eq!(p.quotes.len(), 1);
    assert!(p.quotes[0].single);
    let t = "The students’ union met.";
    assert!(seg(t).quotes.is_empty());
}

#[test]
fn unclosed_quote_runs_to_paragraph_end_only() {
    let t = "“This goes on and on. It never closes.";
    let p = seg(t);
    assert_eq!(p.quotes.len(), 1);
    assert_eq!(p.quotes[0].close, None);
    let t = "“First one. “Second starts here,” he said.";
    let p = seg(t);
    assert_eq!(p.quotes.len(), 2);
    assert!(p.quotes.iter().all(|q| q.close.is_some()));
}

#[test]
fn tokens_are_in_bounds_on_odd_input() {
    for t in ["", " ", "\u{0}\u{1}", "....", "“”‘’\"'", "a.b.c.", "ß.Ü.", "1,000,000.5", "x\u{200b}y"] {
        let p = seg(t);
        for tk in &p.tokens {
            assert!(t.get(tk.start..tk.end).is_some());
        }
    }
}

#[test]
fn doubled_typographic_single_marks_close_a_double_quote() {
    let p = seg("“It was a trick,’’ Dana Moe said. ‘‘Yes,’’ she said.");
    assert_eq!(p.quotes.len(), 2, "{:?}", p.quotes);
    assert!(p.quotes.iter().all(|q| q.close.is_some() && !q.single));
}

#[test]
fn an_opening_mark_glued_to_the_words_before_it_closes_the_quote() {
    // "“It's unusual,“ said X. “It's hard.”": the second mark closes the first quote
    let p = seg("“It is unusual,“ said Ana Ruiz. “It is a hard thing to do.”");
    assert_eq!(p.quotes.len(), 2, "{:?}", p.quotes);
    assert!(p.quotes.iter().all(|q| q.close.is_some()));
    let inner = |q: &QuoteSpan| p.tokens[q.open + 1..q.close.unwrap()].iter().map(|t| t.kind).filter(|k| *k == TokKind::Word).count();
    assert_eq!((inner(&p.quotes[0]), inner(&p.quotes[1])), (3, 7));
    // an opening mark after a space still opens
    let p = seg("He said “yes“ and “no.”");
    assert!(p.quotes.iter().all(|q| q.close.is_some()), "{:?}", p.quotes);
}

#[test]
fn the_fast_alphanumeric_test_agrees_with_char() {
    for c in (0..0x3000u32).filter_map(char::from_u32) {
        assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
    }
    for x in 0..=255u8 {
        let c = char::from(x);
        let class = ASCII_CLASS[usize::from(x)];
        if x < 0x80 {
            assert_eq!(class == ALNUM, c.is_alphanumeric(), "{x:#x}");
            assert_eq!(class == SPACE, c.is_whitespace(), "{x:#x}");
        } else {
            assert_eq!(class, MULTI);
        }
    }
}

#[test]
fn capitalized_is_an_uppercase_first_letter_of_a_word() {
    let t = "Éric said “Hello” to ÅSA, the U.S. envoy; 3M and iPhone. ''Ça'' — ‘Über’ ß Σ x’s 9x";
    let p = seg(t);
    assert!(!p.tokens.is_empty());
    for tok in &p.tokens {
        assert_eq!(tok.is_capitalized(), tok.kind == TokKind::Word && tok.first.is_uppercase(), "{:?}", tok.text(t));
    }
}

#[test]
fn alnum_runs_are_those_of_a_byte_scan() {
    let scan = |b: &[u8], k: usize| b[k..].iter().take_while(|y| y.is_ascii_alphanumeric()).count();
    // every byte value, alone and at each place of a block of letters
    for x in 0..=255u8 {
        for at in 0..12 {
            let mut b = vec![b'q'; 12];
            b[at] = x;
            for k in 0..b.len() {
                assert_eq!(alnum_run(&b, k), scan(&b, k), "{x:#x} at {at} from {k}");
            }
        }
    }
    let t = "Secretary-General U.N. 1,000 naïve AT&T abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{/:";
    for k in 0..t.len() {
        assert_eq!(alnum_run(t.as_bytes(), k), scan(t.as_bytes(), k), "from {k}");
    }
}
