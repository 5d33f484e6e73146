//! The main content (contract v1.1 `content`) on small invented pages: one test per rule
//! of issue 11 (subheads, leads, split stories, lists, wrapper names, parsing and decoding
//! repairs, boilerplate in other languages, metadata).

use whosaid_ingest::decode::decode_html;
use whosaid_ingest::html::{extract, Page};

/// The page's content as the record has it: the content spans joined by blank lines.
fn content(p: &Page) -> String {
    let chars: Vec<char> = p.text.chars().collect();
    p.layout
        .content
        .iter()
        .map(|s| chars.get(s.start..s.end).map(|c| c.iter().collect::<String>()).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn body(p: &Page) -> String {
    let chars: Vec<char> = p.text.chars().collect();
    p.layout
        .body
        .iter()
        .map(|s| chars.get(s.start..s.end).map(|c| c.iter().collect::<String>()).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Story paragraphs: prose with commas, long enough to vote for their container.
fn story(n: usize, word: &str) -> String {
    (0..n)
        .map(|i| format!("<p>Paragraph {i} about the {word}, written with care, says what happened, where it happened and why it matters to readers.</p>"))
        .collect()
}

fn page(head: &str, body: &str) -> String {
    format!("<!doctype html><html><head><meta charset=utf-8><title>The story</title>{head}</head><body><nav><a href=/>Home</a> <a href=/a>World</a> <a href=/b>Sport</a></nav>{body}<footer>© 2024 Example</footer></body></html>")
}

#[test]
fn subheads_of_the_story_are_content_not_body() {
    let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{}<h2>What comes next</h2>{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let p = extract(&html, None);
    let c = content(&p);
    assert!(c.contains("\n\nWhat comes next\n\n"), "{c}");
    assert!(!body(&p).contains("What comes next"));
    assert!(!c.contains("The story"), "no headline in content");
}

#[test]
fn lead_above_the_container_is_kept_once() {
    for class in ["standfirst", "article-intro", "teaser-text", "chapo", "vorspann", "entradilla"] {
        let lead = "A short summary of the whole story, printed between the headline and the text.";
        let html = page("", &format!("<article><h1>The story</h1><p class={class}>{lead}</p><p class='{class} mobile'>{lead}</p><div class=byline>By Ana Ruiz</div><div class=article-body>{}</div></article>", story(4, "harbor")));
        let c = content(&extract(&html, None));
        assert!(c.starts_with(lead), "{class}: {c}");
        assert_eq!(c.matches(lead).count(), 1, "{class}");
        assert!(!c.contains("Ana Ruiz"));
    }
}

#[test]
fn story_split_over_blocks_built_alike_is_whole() {
    let html = page("", &format!(
        "<article><h1>The story</h1><div class='story-body story-body-1'>{}</div><aside class=related><a href=/x>Other story one</a><a href=/y>Other story two</a></aside><div class='story-body story-body-2'>{}</div></article>",
        story(2, "first part"),
        story(6, "second part")
    ));
    let c = content(&extract(&html, None));
    assert!(c.contains("first part") && c.contains("second part"), "{c}");
    assert!(!c.contains("Other story"));
}

#[test]
fn lists_and_tables_of_the_story_are_kept_related_lists_are_not() {
    let html = page("", &format!(
        "<article><h1>The story</h1><div class=entry-content>{}<ul><li>The <a href=/r>first report</a> on the harbor, published in May.</li><li>A second finding, about the costs of the bridge and the road.</li><li>A third finding, about the ferry.</li></ul><table><tr><td>Harbor</td><td>12 million euros, spent over two years</td></tr></table>{}<ul><li><a href=/o1>Another story entirely</a></li><li><a href=/o2>Yet another story here</a></li></ul></div></article>",
        story(3, "harbor"),
        story(2, "bridge")
    ));
    let c = content(&extract(&html, None));
    assert!(c.contains("first report on the harbor"), "{c}");
    assert!(c.contains("12 million euros"), "{c}");
    assert!(!c.contains("Another story entirely"), "{c}");
}

#[test]
fn wrapper_class_names_do_not_relabel_the_story() {
    for (open, close) in [
        ("<div class='post hentry type-post status-publish tag-media tag-ads category-comments'>", "</div>"),
        ("<div class=media><div class=media-body>", "</div></div>"),
    ] {
        let html = page("", &format!("{open}<h1>The story</h1><div class=content>{}</div>{close}", story(5, "harbor")));
        let b = body(&extract(&html, None));
        assert_eq!(b.matches("Paragraph").count(), 5, "{open}: {b}");
    }
}

#[test]
fn broken_headings_do_not_swallow_the_page() {
    // A heading closed by the wrong tag, and one never closed.
    for sub in ["<h2>What comes next</h3>", "<h2>What comes next"] {
        let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{}{sub}{}</div></article>", story(2, "harbor"), story(3, "bridge")));
        let p = extract(&html, None);
        assert_eq!(body(&p).matches("Paragraph").count(), 5, "{sub}: {}", body(&p));
        assert!(content(&p).contains("What comes next"));
    }
}

#[test]
fn page_without_body_or_head_end_is_read() {
    let html = format!("<html><head><meta charset=utf-8><title>The story</title>{}", story(4, "harbor"));
    assert_eq!(body(&extract(&html, None)).matches("Paragraph").count(), 4);
    let html = format!("<title>The story</title><meta name=x content=y>{}", story(4, "harbor"));
    assert_eq!(body(&extract(&html, None)).matches("Paragraph").count(), 4);
}

#[test]
fn content_only_in_noscript_is_read() {
    let html = page("", &format!("<div id=app>Loading…</div><noscript><article><h1>The story</h1>{}</article></noscript>", story(4, "harbor")));
    let c = content(&extract(&html, None));
    assert_eq!(c.matches("Paragraph").count(), 4, "{c}");
}

#[test]
fn ruby_readings_soft_hyphens_and_decomposed_accents() {
    let p = format!(
        "<p>Der <ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字 Ver\u{ad}kehrs\u{ad}minister und der Cafe\u{301} am See, sagte er, sind neu\u{200b}gebaut worden, mit viel Geld.</p>{}",
        story(3, "harbor")
    );
    let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{p}</div></article>"));
    let c = content(&extract(&html, None));
    assert!(c.contains("Der 漢字 Verkehrsminister und der Café am See"), "{c}");
    assert!(c.contains("neugebaut"), "{c}");
    assert!(!c.contains('\u{ad}') && !c.contains('\u{200b}') && !c.contains('\u{301}'));
}

#[test]
fn utf8_with_a_few_bad_bytes_stays_utf8() {
    let mut bytes = "<meta charset=utf-8><p>Straßenfest in München: schön, größer als je, sagte Müller.</p>".as_bytes().to_vec();
    bytes.extend_from_slice(b"<p>ein kaputtes Byte: \xff hier</p>");
    let s = decode_html(&bytes, None).unwrap_or_default();
    assert!(s.contains("Straßenfest in München"), "{s}");
    assert!(s.contains('\u{fffd}'));
    // All legacy bytes, no valid UTF-8 letter: still guessed as a legacy charset.
    let wrong = b"<meta charset=utf-8><p>Das Stra\xdfenfest war sch\xf6n und gr\xf6\xdfer als je.</p>";
    assert!(decode_html(wrong, None).unwrap_or_default().contains("Straßenfest"));
}

#[test]
fn boilerplate_lines_in_other_languages_are_not_content() {
    let lines = ["Lesen Sie auch: Der neue Plan", "Auch interessant", "Mehr zum Thema", "Veja também: o novo plano", "Lire aussi : la réforme", "Abonnez-vous à notre newsletter"];
    let extra: String = lines.iter().map(|l| format!("<p>{l}</p>")).collect();
    let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{}{extra}{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    for l in lines {
        assert!(!c.contains(l), "{l}: {c}");
    }
    assert_eq!(c.matches("Paragraph").count(), 6);
}

#[test]
fn site_name_prefers_og_then_publisher_over_application_name() {
    let body = format!("<article><h1>The story</h1><div class=article-body>{}</div></article>", story(3, "harbor"));
    let h = page("<meta name=application-name content='The story headline'><meta property=og:site_name content='Example Times'>", &body);
    assert_eq!(extract(&h, None).site_name.as_deref(), Some("Example Times"));
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"The story","publisher":{"@type":"Organization","name":"Example Post"}}</script>"#;
    let h = page(&format!("<meta name=application-name content='The story headline'>{ld}"), &body);
    assert_eq!(extract(&h, None).site_name.as_deref(), Some("Example Post"));
}

#[test]
fn placeholder_dates_are_not_published_dates() {
    let body = format!("<article><h1>The story</h1><div class=article-body>{}</div></article>", story(3, "harbor"));
    for d in ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2999-01-01"] {
        let h = page(&format!("<meta property=article:published_time content='{d}'>"), &body);
        assert_eq!(extract(&h, None).layout.published, None, "{d}");
    }
    let h = page("<meta property=article:published_time content='0001-01-01'>", &body);
    assert_eq!(extract(&h, Some("https://example.org/2021/05/04/story")).layout.published.as_deref(), Some("2021-05-04"));
}

#[test]
fn plain_text_content_is_body_plus_subheads_and_every_field_is_written() {
    let text = "Minister quits over harbor deal\n\nBy Ana Ruiz\n\nThe minister resigned on Monday, after weeks of pressure over the harbor deal, officials said.\n\nWhat comes next\n\nA new minister will be named this week, the prime minister's office said in a statement.\n\nThe opposition, which had called for the resignation, welcomed the move and asked for an inquiry.\n";
    let a = whosaid::Analyzer::new().analyze(&whosaid::Document::plain("t", text));
    let v = serde_json::to_value(&a).unwrap_or_default();
    for k in ["url", "site_name", "byline", "published", "content", "body"] {
        assert!(v.get(k).is_some(), "{k} missing");
    }
    assert!(a.content.contains("The minister resigned"));
    assert!(a.content.len() >= a.body.len());
    for sub in a.furniture.iter().filter(|f| f.kind == whosaid::FurnitureKind::Subhead) {
        assert!(a.content.contains(&sub.text));
    }
}

#[test]
fn language_from_html_lang_then_meta() {
    let body = format!("<article><h1>The story</h1><div class=article-body>{}</div></article>", story(3, "harbor"));
    let h = format!("<html lang=de-AT><head><meta http-equiv=content-language content=en></head><body>{body}</body></html>");
    assert_eq!(extract(&h, None).layout.language.as_deref(), Some("de-AT"));
    let h = format!("<html><head><meta property=og:locale content=pt_BR></head><body>{body}</body></html>");
    assert_eq!(extract(&h, None).layout.language.as_deref(), Some("pt_BR"));
    assert_eq!(extract(&page("", &body), None).layout.language, None);
}

#[test]
fn related_link_box_holding_much_of_the_container_is_dropped() {
    let links: String = (0..12).map(|i| format!("<li><a href=/s{i}>Another story about something else entirely, number {i}</a></li>")).collect();
    let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{}<div class=related-stories><ul>{links}</ul></div>{}</div></article>", story(2, "harbor"), story(1, "bridge")));
    let c = content(&extract(&html, None));
    assert_eq!(c.matches("Paragraph").count(), 3, "{c}");
    assert!(!c.contains("Another story"), "{c}");
}

#[test]
fn page_drawn_inside_a_modal_wrapper_is_read_as_a_story() {
    let html = page("", &format!("<div class='render-target-modal'><article><h1>The story</h1><div class=canvas>{}</div></article><div class=teasers><h3><a href=/x>Another story somewhere else entirely</a></h3><h3><a href=/y>Yet another story that is not this one</a></h3></div></div>", story(4, "harbor")));
    let c = content(&extract(&html, None));
    assert!(c.contains("Paragraph 3 about the harbor"), "{c}");
    assert!(!c.contains("Another story"), "{c}");
}

#[test]
fn mathml_formulas_are_text_with_their_tokens_apart() {
    let html = page("", &format!("<article><h1>The story</h1><div class=post>{}<p>When <math><mi>a</mi><mo>&gt;</mo><mn>2</mn></math>, the sum <math display=block><mi>x</mi><msup><mi>y</mi><mn>3</mn></msup><semantics><annotation encoding='application/x-tex'>xy^3</annotation></semantics></math> grows.</p></div></article>", story(3, "harbor")));
    let c = content(&extract(&html, None));
    let words: Vec<&str> = c.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let at = words.iter().position(|w| *w == "When").unwrap_or(0);
    assert_eq!(words.get(at..at + 9), Some(&["When", "a", "2", "the", "sum", "x", "y", "3", "grows"][..]), "{c}");
}

#[test]
fn a_table_on_top_is_read_with_the_article_around_it() {
    let rows: String = (0..30).map(|i| format!("<tr><td>Film number {i}, a comedy, a drama, a thriller</td><td>{}</td><td>A short synopsis, with commas, of plot {i}, for readers.</td></tr>", 1950 + i)).collect();
    let html = page("", &format!("<div class=body><h1>The list</h1><p>This list of invented films, gathered by volunteers, names works where a day repeats, again and again.</p><table><tbody>{rows}</tbody></table><h2>Notes</h2><ol><li>A note on sources, with a date, a place and a name of the archive.</li></ol></div>"));
    let c = content(&extract(&html, None));
    assert!(c.contains("This list of invented films"), "{c}");
    assert!(c.contains("Film number 29"), "{c}");
    assert!(c.contains("A note on sources"), "{c}");
}

#[test]
fn a_gallery_of_list_items_longer_than_the_story_is_not_story() {
    let slides: String = (0..12).map(|i| format!("<li><h2>{i}/12 Slide title number {i}</h2><p>A caption for slide {i}, describing a picture of a market, a street and a crowd, in some detail, with a credit.</p><p class=credits>Agency</p></li>")).collect();
    let html = page("", &format!("<article><h1>The story</h1><div class=text-wrapper>{}<div class='widget-wrapper type-gallery'><h2 class=gallery-title>Pictures of the week</h2><ul class=legends>{slides}</ul></div>{}</div></article>", story(3, "harbor"), story(1, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("Paragraph 2 about the harbor") && c.contains("Paragraph 0 about the bridge"), "{c}");
    assert!(!c.contains("caption for slide"), "{c}");
    assert!(!c.contains("Slide title"), "{c}");
    assert!(!c.contains("Pictures of the week"), "{c}");
}

#[test]
fn headings_of_furniture_boxes_are_not_subheads() {
    let html = page("", &format!("<article><h1>The story</h1><div class=article-body>{}<div class=related-box><h3>More on this</h3><ul><li><a href=/a>An older story about the harbor</a></li></ul></div><h2>What comes next</h2>{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("What comes next"), "{c}");
    assert!(!c.contains("More on this"), "{c}");
}

#[test]
fn long_captions_of_gallery_slides_are_not_story() {
    let long = "A long caption for this slide, describing the picture of the market square at dawn, the stalls, the traders who arrive first, the carts, the crowd that follows them, and the light that falls on the old stones, written at length by the picture desk for readers of the gallery.";
    let slides: String = (0..3).map(|i| format!("<li><p>Slide {i}. {long} {long}</p></li>")).collect();
    let html = page("", &format!("<article><h1>The story</h1><div class=article-text-wrap>{}<div class='photo-gallery'><ul>{slides}</ul></div>{}</div></article>", story(4, "harbor"), story(2, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("Paragraph 3 about the harbor") && c.contains("Paragraph 1 about the bridge"), "{c}");
    assert!(!c.contains("Slide 1."), "{c}");
}

#[test]
fn phrases_under_links_that_go_nowhere_are_text() {
    let note = |w: &str| format!("<a href=\"javascript:void(0);\" onclick=\"return pop('a note')\">{w}</a>");
    let html = page("", &format!("<article><h1>The story</h1><div class=post>{}<p>She {} and left.</p><p>{}</p>{}</div></article>",
        story(3, "harbor"), note("walked slowly into the quiet office"), note("Nobody in the building said a word about it."), story(2, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("She walked slowly into the quiet office and left."), "{c}");
    assert!(c.contains("Nobody in the building said a word about it."), "{c}");
}

#[test]
fn linked_headings_of_an_aside_in_the_story_are_teasers() {
    let html = page("", &format!("<article><h1>The story</h1><div class=post-body>{}<aside class=inset><h6><a href=/older>An older story about the harbor and its boats</a></h6><p><a href=/older>Read more</a></p></aside><h3>What comes next</h3>{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("What comes next"), "{c}");
    assert!(!c.contains("An older story"), "{c}");
}

#[test]
fn an_h1_section_heading_right_under_the_title_is_a_subhead() {
    let html = page("", &format!("<article><h1>The story</h1><h1>The story</h1><div class=post-body><h1>Why the harbor matters</h1>{}<h1>What comes next</h1>{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.starts_with("Why the harbor matters\n\n"), "{c}");
    assert!(c.contains("What comes next"), "{c}");
    assert!(!c.contains("The story"), "{c}");
}

#[test]
fn hash_ids_are_not_role_names() {
    let html = page("", &format!("<article><h1>The story</h1><div class=post-body>{}<p id=e1ad class='gq hb'>With this tool, you can do much more than read logs, here is a short list:</p>{}</div></article>", story(3, "harbor"), story(2, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("here is a short list:"), "{c}");
}

#[test]
fn a_drawn_chart_of_tiny_labels_is_not_story() {
    let ticks: String = (10..22).map(|y| format!("<p class=lbl>’{y}</p>")).collect();
    let chart = format!("<div class=graphic><p class=lbl>Ferry tickets sold each year</p><p class=lbl>$40</p><p class=lbl>million</p>{ticks}</div>");
    let html = page("", &format!("<article><h1>The story</h1><div class=post-body>{}{chart}{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("Paragraph 2 about the bridge"), "{c}");
    assert!(!c.contains("’15") && !c.contains("Ferry tickets sold"), "{c}");
}

#[test]
fn a_table_of_short_numbers_stays_story() {
    let rows: String = (0..10).map(|i| format!("<tr><td>{i}</td><td>{}</td></tr>", i * 7)).collect();
    let html = page("", &format!("<article><h1>The story</h1><div class=post-body>{}<table>{rows}</table>{}</div></article>", story(3, "harbor"), story(3, "bridge")));
    let c = content(&extract(&html, None));
    assert!(c.contains("\n\n63"), "{c}");
}

#[test]
fn three_strong_parts_under_one_element_are_read_together() {
    let part = |name: &str| format!("<div><div><div id={name}-box><div><h2>{name}</h2><p>The {name} tool, small and quick, shows what a page does, where it spends time, and why.</p><p>Use the {name} tool, with care, to change a page, test it, and share it.</p></div></div></div></div>");
    let html = page("", &format!("<main class=landing><h1>The tools</h1>{}<div class=spacer></div>{}<div class=spacer></div>{}</main>", part("inspector"), part("console"), part("debugger")));
    let c = content(&extract(&html, None));
    for name in ["inspector", "console", "debugger"] {
        assert!(c.contains(&format!("The {name} tool")), "{name}: {c}");
    }
}

#[test]
fn chinese_and_japanese_boilerplate_lines_are_not_content() {
    let paras: String = (0..5).map(|i| format!("<p>第{i}段：港口的新计划已经开始，工人们说，工程会在明年完成，居民们希望交通会更方便。</p>")).collect();
    let html = page("", &format!("<article><h1>新闻</h1><div class=article-body>{paras}<p>相关阅读：港口的历史</p><p>正在加载...</p><p>関連記事</p></div></article>"));
    let c = content(&extract(&html, None));
    assert!(c.contains("第4段"), "{c}");
    assert!(!c.contains("相关阅读") && !c.contains("正在加载") && !c.contains("関連記事"), "{c}");
}

#[test]
fn portal_image_boxes_and_relation_boxes_are_not_content() {
    // A caption under an image box named img_wrapper (no figure, no figcaption), and a
    // portal's relation_news box of teasers with a sentence under each.
    let html = page("", &format!("<div class=article id=artibody>{}<div class=img_wrapper><img src=a.jpg><span class=img_descr>The new station under construction, seen from the river bank in March</span></div>{}<div class=relation_news><h3>More news</h3><p>Bus fares will rise in May, the transport office said on Monday, after a long debate.</p></div></div>", story(3, "metro"), story(3, "station")));
    let c = content(&extract(&html, None));
    assert!(c.contains("Paragraph 2 about the station"), "{c}");
    assert!(!c.contains("seen from the river bank"), "{c}");
    assert!(!c.contains("Bus fares will rise"), "{c}");
}

#[test]
fn caption_of_an_image_box_inside_a_br_separated_story_is_not_content() {
    // Portals write the story as text and <br><br> in one div, the photo box set in between.
    let para = |i: usize| format!("Paragraph {i} about the night bus, written with care, says what happened, where it happened and why it matters.");
    let html = page("", &format!("<div id=articleBody class=article_view>{}<br><br>{}<br><br><span class=end_photo_org><img src=a.jpg><em>The night bus at the depot [city hall photo]</em></span><br><br>{}<br><br>{}</div>", para(0), para(1), para(2), para(3)));
    let c = content(&extract(&html, None));
    assert_eq!(c.matches("Paragraph").count(), 4, "{c}");
    assert!(!c.contains("at the depot"), "{c}");
}

#[test]
fn short_chinese_sentences_outvote_a_box_of_long_teasers() {
    // Six one-sentence paragraphs of 14 to 25 characters (a Chinese brief) beside a box of
    // three long unnamed teaser summaries: the brief's sentences vote, and it is the story.
    let lines = ["深圳市今天发布消息，全市将新增50个公园。", "新建公园主要分布在宝安、龙岗和光明三个区。", "市城管局负责人说：“我们希望市民出门就能见到绿地。”", "此前，深圳已建成公园一千三百多个。", "新公园预计明年底前全部开放。", "部分公园将设置儿童游乐区和健身步道。"];
    let story: String = lines.iter().map(|l| format!("<p>{l}</p>")).collect();
    let teaser = "今年一季度全市零售总额同比增长，其中网上零售增长明显，餐饮和住宿等服务消费持续回暖，多个商圈客流创下新高。";
    let side: String = (0..3).map(|_| format!("<div class=item><p>{teaser}</p></div>")).collect();
    let html = page("", &format!("<div class=w1200><div class=fl><h1>新建公园</h1><div class=TRS_Editor>{story}</div></div><div class=fr><div class=box>{side}</div></div></div>"));
    let c = content(&extract(&html, None));
    for l in lines {
        assert!(c.contains(l), "{l}: {c}");
    }
    assert!(!c.contains("零售总额"), "{c}");
}

#[test]
fn a_short_sentence_beside_the_story_ends_in_any_script() {
    // A one-sentence opening paragraph next to the story's container is kept when it ends as
    // a sentence: the Devanagari danda and the Arabic question mark end one as '.' does.
    for first in ["लखनऊ में आज भारी बारिश हुई।", "هل تنجح الخطة هذه المرة؟"] {
        let html = page("", &format!("<div class=story><h1>The story</h1><p>{first}</p><div class=story-content>{}</div></div>", story(3, "rain")));
        let c = content(&extract(&html, None));
        assert!(c.starts_with(first), "{first}: {c}");
    }
}
