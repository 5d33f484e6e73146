//! Layout of a plain-text article: which paragraphs are the story and which
//! are furniture (headline, byline, dateline, captions and credits, promo
//! lines, syndication notices, subheads, related links, ads).
//!
//! [`paragraphs`] cuts the text into byte ranges; [`detect`] classifies each
//! paragraph with the rules of `rules` (vocabularies in `data/layout/*.txt`,
//! parsed once by `lexicon`) and returns a [`Layout`] whose spans are code
//! points. Precision comes first: a paragraph stays in the body unless a rule
//! is sure, because the quote pipeline reads only the body.
//!
//! The passes, in order: (1) every paragraph alone (promo, related, wire
//! credit, syndication, byline, date line, caption, credit, boilerplate),
//! then the linked headlines under a related label alone; (2) the headline, the first line of the first story paragraph, with its
//! deck lines; (3) a dateline prefix on the first story paragraph;
//! (4) subheads, short title-like paragraphs between two story paragraphs.

mod lexicon;
mod rules;
#[cfg(test)]
mod tests;

use crate::model::{Furniture, FurnitureKind, Layout, Syndication};
use crate::text::CharMap;

/// Builds the tables of this module (see `Analyzer::new`).
pub(crate) fn preload() {
    lexicon::lexicon();
}

/// True for a word that ends a newspaper's name ("Times", "Examiner"), any case.
pub(crate) fn is_outlet_head(w: &str) -> bool {
    lexicon::lexicon().outlet_heads.iter().any(|h| h.eq_ignore_ascii_case(w))
}

/// One piece of furniture found, in byte offsets of the text.
#[derive(Debug, Clone)]
struct Item {
    kind: FurnitureKind,
    start: usize,
    end: usize,
    credit: Option<String>,
    publisher: Option<String>,
    /// A line under the headline that sums up the story (read for quotes like the headline).
    deck: bool,
}

impl Item {
    fn new(kind: FurnitureKind, start: usize, end: usize) -> Self {
        Item { kind, start, end, credit: None, publisher: None, deck: false }
    }
}

/// What the first pass decided for one paragraph.
#[derive(Debug, Default)]
struct Slot {
    /// Furniture found in the paragraph.
    items: Vec<Item>,
    /// The story part of the paragraph, if any (bytes).
    body: Option<(usize, usize)>,
}

/// Side facts the rules find: byline names and dates.
#[derive(Debug, Default)]
struct Facts {
    byline: Option<String>,
    published: Option<String>,
}

/// What a short block is when, on its own, it is a notice to the reader rather than story:
/// a related-links line, a call to subscribe, follow or download, a writer's contact note
/// (the plain-text rules that need no other paragraph). For the HTML reader, whose blocks
/// and other furniture come from the DOM.
pub fn notice_alone(p: &str) -> Option<FurnitureKind> {
    let p = p.trim();
    let shape = rules::Shape::of(p);
    if shape.words > 40 {
        return None;
    }
    if rules::is_related(p, &shape) {
        return Some(FurnitureKind::Related);
    }
    let lp = p.to_ascii_lowercase();
    // (a block ending in a colon introduces the next: "Download it here so you can:" and a list)
    if !p.ends_with(':') && rules::is_promo(p, &lp, &shape) {
        return Some(FurnitureKind::Promo);
    }
    rules::is_contact_note(p, &lp, &shape).then_some(FurnitureKind::Other)
}

/// Finds the layout of a plain-text article.
pub fn detect(text: &str) -> Layout {
    detect_with(text, &text.to_ascii_lowercase(), &CharMap::new(text))
}

/// [`detect`] with the text's ASCII-lower-cased copy `lc` and its [`CharMap`]
/// already made (the pipeline needs both anyway).
pub fn detect_with(text: &str, lc: &str, map: &CharMap) -> Layout {
    let paras = paragraphs(text);
    let mut facts = Facts::default();
    let mut slots: Vec<Slot> = paras.iter().map(|&(s, e)| classify(text, lc, s, e, &mut facts)).collect();

    // Pass 1b: the linked headlines under a related label alone, one a paragraph ("Related"
    // or "Most Popular" over the headlines): up to six, while each has a headline's shape.
    for i in 0..slots.len() {
        let label = match &slots[i].items[..] {
            [it] if it.kind == FurnitureKind::Related && slots[i].body.is_none() => rules::is_related_label(&text[it.start..it.end]),
            _ => false,
        };
        if !label {
            continue;
        }
        for j in i + 1..slots.len().min(i + 7) {
            let &(s, e) = &paras[j];
            if !slots[j].items.is_empty() || slots[j].body != Some((s, e)) || !rules::is_link_headline(&text[s..e]) {
                break;
            }
            slots[j] = Slot { items: vec![Item::new(FurnitureKind::Related, s, e)], body: None };
        }
    }

    // Pass 2: the headline.
    let mut headline = None;
    if let Some(h) = slots.iter().take(4).position(|sl| sl.body.is_some()) {
        let later_body = slots.iter().skip(h + 1).any(|sl| sl.body.is_some());
        if let Some((s, e)) = slots.get(h).and_then(|sl| sl.body) {
            if let Some(hl) = headline_block(text, s, e, later_body, &mut facts) {
                headline = Some(hl.headline);
                if let Some(slot) = slots.get_mut(h) {
                    slot.items = hl.items;
                    slot.body = hl.body;
                }
            }
        }
    }

    // Pass 3: a dateline at the start of the first story paragraph (one ending with a colon
    // only where no later paragraph opens with a label in capitals and a colon, as a
    // transcript's do; the others are read for labels only when the first has one)
    let mut wire = None;
    let labelled = |sl: &Slot| sl.body.is_some_and(|(s, e)| rules::colon_dateline(&text[s..e]).is_some());
    let first = slots.iter().take(8).position(|sl| sl.body.is_some());
    let one_label = || slots.iter().filter(|sl| labelled(sl)).nth(1).is_none();
    let dated = first
        .and_then(|i| {
            let (s, e) = slots[i].body?;
            let p = &text[s..e];
            let found = rules::dateline(p).or_else(|| rules::colon_dateline(p).filter(|_| one_label()).map(|(a, b)| (a, b, None)))?;
            Some((i, s, e, found))
        })
        .or_else(|| {
            // (a place in capitals on a line of its own, a colon after it, may follow a deck
            // or a caption the rules above left in the story: "UNITED NATIONS:\nThe ...")
            slots.iter().enumerate().take(8).filter(|(_, sl)| sl.body.is_some()).take(4).find_map(|(i, sl)| {
                let (s, e) = sl.body?;
                let p = &text[s..e];
                let (a, b) = rules::colon_dateline(p).filter(|&(a, _)| p.as_bytes().get(a) == Some(&b'\n') && one_label())?;
                Some((i, s, e, (a, b, None)))
            })
        });
    if let Some((i, s, e, (prefix_end, body_off, publisher))) = dated {
        let prefix = &text[s..s + prefix_end];
        let mut item = Item::new(FurnitureKind::Dateline, s, s + prefix_end);
        item.publisher = publisher.clone();
        if facts.published.is_none() {
            facts.published = rules::parse_date(prefix, lexicon::lexicon());
        }
        if let Some(pubr) = publisher {
            wire = Some((pubr, s, s + prefix_end));
        }
        slots[i].items.push(item);
        slots[i].body = Some((s + body_off, e));
    }

    // Pass 4: subheads between story paragraphs.
    let is_body: Vec<bool> = slots.iter().map(|sl| sl.body.is_some() && sl.items.is_empty()).collect();
    // ("Ira Glass" alone over each of his turns: a podcast transcript's speaker, which the
    // story keeps)
    let speaker_lines = crate::attribute::repeated_name_lines(slots.iter().filter_map(|sl| sl.body).filter_map(|(s, e)| text.get(s..e)));
    let first_body = is_body.iter().position(|&b| b);
    for i in 1..slots.len() {
        if Some(i) == first_body || !is_body[i] || !is_body[i - 1] || !is_body.get(i + 1).copied().unwrap_or(false) {
            continue;
        }
        let Some((s, e)) = slots[i].body else { continue };
        // ("PRIYA VENKATESAN, HEAD OF METALS AT NORDLAND BANK" over a quotation: a label
        // naming who speaks next, which the story keeps)
        let opens_quote = || slots[i + 1].body.is_some_and(|(a, b)| text[a..b].starts_with(['"', '“']));
        if rules::is_subhead_shape(&text[s..e]) && !(opens_quote() && crate::attribute::label_line(&text[s..e]).is_some()) && (speaker_lines.is_empty() || !crate::attribute::name_line(&text[s..e])) {
            slots[i].items.push(Item::new(FurnitureKind::Subhead, s, e));
            slots[i].body = None;
        }
    }

    // Assemble.
    let mut layout = Layout { byline: facts.byline, published: facts.published, ..Default::default() };
    if let Some((s, e)) = headline {
        layout.headline = Some(text[s..e].to_string());
        layout.headline_span = Some(map.span(s, e));
    }
    for slot in &slots {
        for it in &slot.items {
            if it.kind == FurnitureKind::Syndication && layout.syndication.is_none() {
                let sp = map.span(it.start, it.end);
                layout.syndication = Some(Syndication { original_publisher: it.publisher.clone(), start: sp.start, end: sp.end });
            }
            let sp = map.span(it.start, it.end);
            if it.deck {
                layout.deck.push(sp);
            }
            layout.furniture.push(Furniture {
                kind: it.kind,
                text: text.get(it.start..it.end).unwrap_or("").to_string(),
                start: sp.start,
                end: sp.end,
                credit: it.credit.clone(),
            });
        }
        if let Some((s, e)) = slot.body {
            if s < e {
                layout.body.push(map.span(s, e));
            }
        }
    }
    if layout.syndication.is_none() {
        if let Some((pubr, s, e)) = wire {
            let sp = map.span(s, e);
            layout.syndication = Some(Syndication { original_publisher: Some(pubr), start: sp.start, end: sp.end });
        }
    }
    layout.furniture.sort_by_key(|f| (f.start, f.end));
    layout
}

/// Pass 1: one paragraph on its own.
fn classify(text: &str, lc: &str, s: usize, e: usize, facts: &mut Facts) -> Slot {
    let p = &text[s..e];
    let lp = lc.get(s..e).unwrap_or("");
    let shape = rules::Shape::of(p);
    let nw = shape.words;
    let story = Slot { items: Vec::new(), body: Some((s, e)) };
    if nw > 80 {
        // Every rule is for short paragraphs: long ones are story.
        return story;
    }
    let one = |kind| Slot { items: vec![Item::new(kind, s, e)], body: None };
    if let Some(kind) = rules::notice(p) {
        return one(kind);
    }
    if nw <= 40 {
        if let Some(kind) = rules::boilerplate(p, lp) {
            return one(kind);
        }
        if nw == 1 && rules::is_wire_slug(p) {
            return one(FurnitureKind::Other);
        }
        if rules::is_related(p, &shape) {
            return one(FurnitureKind::Related);
        }
        if let Some(publisher) = rules::wire_credit(p, lp) {
            let mut it = Item::new(FurnitureKind::Syndication, s, e);
            it.publisher = Some(publisher);
            return Slot { items: vec![it], body: None };
        }
        // (after the wire's credit: "Copyright 2025 The Associated Press ..." names a publisher)
        if rules::is_copyright(p) {
            return one(FurnitureKind::Other);
        }
        // ("AP NFL: https://apnews.com/hub/nfl": a label and a link; bytes first)
        if nw <= 8 && memchr::memmem::find(p.as_bytes(), b"://").is_some() && rules::is_link_line(p) {
            return one(FurnitureKind::Related);
        }
    }
    if nw <= 60 {
        if let Some(hit) = rules::syndication(p, lp, &shape) {
            let mut it = Item::new(FurnitureKind::Syndication, s, e);
            it.publisher = hit.publisher;
            // ("This report by The Canadian Press was first published Nov. 6, 2024.": the date)
            if facts.published.is_none() && lp.contains("first published") {
                facts.published = rules::parse_date(p, lexicon::lexicon());
            }
            return Slot { items: vec![it], body: None };
        }
    }
    if nw <= 40 {
        if rules::is_promo(p, lp, &shape) {
            return one(FurnitureKind::Promo);
        }
        if rules::is_contact_note(p, lp, &shape) {
            return one(FurnitureKind::Other);
        }
        if let Some(slot) = byline_or_date_in(text, s, e, &shape, facts) {
            return slot;
        }
        // "Denis Okafor Health policy editor\nThu 14 Nov 2019 00.01 GMT": a byline and a date
        // line, one a line, in one paragraph (such header paragraphs are short: most story
        // paragraphs are not scanned for a line break)
        if nw <= 24 && rules::has_line_break(p) {
            if let Some(slot) = furniture_lines(text, s, e, facts) {
                return slot;
            }
        }
        if facts.byline.as_deref().is_some_and(|b| rules::is_author_bio(p, b, &shape)) {
            return one(FurnitureKind::Other);
        }
        // ("Health | News" over the story: the section and the kind of piece)
        if nw <= 4 && memchr::memchr(b'|', p.as_bytes()).is_some() && rules::is_section_label(p) {
            return one(FurnitureKind::Other);
        }
    }
    if rules::caption_label(p).is_some() {
        if let Some(slot) = labelled_caption(text, s, e) {
            return slot;
        }
    }
    if let Some((cap_end, cs, ce)) = rules::caption(p, &shape) {
        let mut it = Item::new(FurnitureKind::Caption, s, s + cap_end);
        it.credit = p.get(cs..ce).map(|c| c.trim().to_string());
        return Slot { items: vec![it], body: None };
    }
    let bare = p.trim_end_matches('.').trim_start_matches('(').trim_end_matches(')');
    // (`word_count(p, 10) <= 10`, read from the shape: `nw` is exact up to 80 words)
    if nw <= 10 && rules::is_credit(bare, true) {
        return one(FurnitureKind::Credit);
    }
    if rules::is_timestamp(p) {
        return one(FurnitureKind::Subhead);
    }
    story
}

/// A paragraph of caption lines, each with its label ("Image source, Getty Images" over
/// "Image caption, ..."): the source line a credit, the others captions.
fn labelled_caption(text: &str, s: usize, e: usize) -> Option<Slot> {
    let mut items = Vec::new();
    for (ls, le) in lines_of(text, s, e) {
        let (rest, source) = rules::caption_label(&text[ls..le])?;
        let mut it = Item::new(if source { FurnitureKind::Credit } else { FurnitureKind::Caption }, ls, le);
        it.credit = source.then(|| rest.to_string());
        items.push(it);
    }
    Some(Slot { items, body: None })
}

/// A short paragraph of up to four lines, each a byline, a contributor line or a date
/// line: one item a line (none when a line is anything else).
fn furniture_lines(text: &str, s: usize, e: usize, facts: &mut Facts) -> Option<Slot> {
    let lines = lines_of(text, s, e);
    if lines.len() > 4 {
        return None;
    }
    // (read on a copy: facts change only when every line is furniture)
    let mut trial = Facts { byline: facts.byline.clone(), published: facts.published.clone() };
    let mut items = Vec::new();
    let mut labels = 0;
    let mut bare_names = 0;
    for &(ls, le) in &lines {
        let line = &text[ls..le];
        let slot = byline_or_date(text, ls, le, &mut trial)
            .or_else(|| {
                // a person's name alone on its line, beside an outlet's name or a date
                // ("Catherine Lau" over "Toronto Star"): the byline
                if lines.len() < 2 || !rules::name_line(line) {
                    return None;
                }
                bare_names += 1;
                trial.byline.get_or_insert(line.trim().to_string());
                Some(Slot { items: vec![Item::new(FurnitureKind::Byline, ls, le)], body: None })
            })
            .or_else(|| {
                // a writer's role alone, the desk's byline ("Special Correspondent" over "JAIPUR")
                rules::role_line(line).then(|| Slot { items: vec![Item::new(FurnitureKind::Byline, ls, le)], body: None })
            })
            .or_else(|| {
                // beside them, a place in capitals ("OTTAWA") or an outlet's name ("The Globe and Mail")
                let kind = rules::header_label(line)?;
                labels += 1;
                Some(Slot { items: vec![Item::new(kind, ls, le)], body: None })
            })?;
        items.extend(slot.items);
    }
    if labels + bare_names == lines.len() && (labels == 0 || bare_names == 0) {
        return None;
    }
    *facts = trial;
    Some(Slot { items, body: None })
}

/// Byline, contributor or date line at byte range `s..e`.
fn byline_or_date(text: &str, s: usize, e: usize, facts: &mut Facts) -> Option<Slot> {
    byline_or_date_in(text, s, e, &rules::Shape::of(&text[s..e]), facts)
}

/// [`byline_or_date`] with the paragraph's shape known.
fn byline_or_date_in(text: &str, s: usize, e: usize, shape: &rules::Shape, facts: &mut Facts) -> Option<Slot> {
    let p = &text[s..e];
    let one = |kind| Slot { items: vec![Item::new(kind, s, e)], body: None };
    if rules::is_contributor(p, shape) {
        return Some(one(FurnitureKind::Byline));
    }
    if let Some(names) = rules::byline(p, shape) {
        facts.byline.get_or_insert(names);
        if facts.published.is_none() {
            facts.published = rules::parse_date(p, lexicon::lexicon());
        }
        return Some(one(FurnitureKind::Byline));
    }
    // "Helen Mabry Health correspondent", "Fiona Larkspur, Crime Correspondent": a name,
    // then a desk and a role, with no "By" (three to seven words, one line)
    if (3..=7).contains(&shape.words) && !rules::has_line_break(p) {
        if let Some(names) = rules::byline_unprefixed(p) {
            facts.byline.get_or_insert(names);
            return Some(one(FurnitureKind::Byline));
        }
    }
    // "By Tomasz Heller" and "Transport correspondent" on the next line: a byline, then the
    // writer's role on a line of its own
    // (`p.split_once('\n')`, the line feed found by `memchr`: most paragraphs asked have none)
    let first_line = memchr::memchr(b'\n', p.as_bytes()).and_then(|k| Some((p.get(..k)?, p.get(k + 1..)?)));
    if let Some((first, _)) = first_line.filter(|(_, r)| rules::role_line(r)) {
        if let Some(names) = rules::byline(first.trim_end(), &rules::Shape::of(first)) {
            facts.byline.get_or_insert(names);
            return Some(one(FurnitureKind::Byline));
        }
    }
    // "Ashlyn Thibodeau · CBC News · Posted: Jun 12, 2024 4:00 AM ADT": the writer's name,
    // a separator, then the outlet and a date line
    // (bytes first: '|', or the last byte of '·'; most paragraphs hold neither)
    let separated = memchr::memchr2(b'|', 0xB7, p.as_bytes()).is_some();
    if let Some((name, rest)) = separated.then(|| p.split_once(['·', '|'])).flatten() {
        if rules::name_line(name.trim()) {
            if let Some(date) = rules::date_line(rest.trim()) {
                facts.byline.get_or_insert(name.trim().to_string());
                facts.published.get_or_insert(date);
                return Some(one(FurnitureKind::Byline));
            }
            // ("Lindsay Whitecloud · CBC News": the outlet alone; after a middle dot, any
            // name of one to three capitalised words: "Marie-Claude Vézina · Radio-Canada")
            let dotted = || {
                let rest = rest.trim();
                p.contains('·') && !rest.contains(['·', '|', '.', ',']) && (1..=3).contains(&rest.split_whitespace().count()) && rest.split_whitespace().all(|w| w.starts_with(char::is_uppercase))
            };
            if rules::outlet_name(rest.trim()) || dotted() {
                facts.byline.get_or_insert(name.trim().to_string());
                return Some(one(FurnitureKind::Byline));
            }
        } else if rules::name_shaped_line(name.trim()) && rules::outlet_name(rest.trim()) && !rest.contains(['·', '|']) {
            // ("Eilidh Brodie | BBC Scotland News": before an outlet's name, any name of two
            // or three words, the first no given name of the lexicon)
            facts.byline.get_or_insert(name.trim().to_string());
            return Some(one(FurnitureKind::Byline));
        }
    }
    // "Hannah Pettigrew, The Western Chronicle": a writer's name of two or three words, a
    // comma, then an outlet's name ("The ..." or an outlet's word), alone on its line
    // (eight words at most: the shape's count, no search of a longer paragraph)
    if let Some((name, outlet)) = (!shape.more_than(8)).then(|| p.split_once(", ")).flatten().filter(|(n, o)| n.len() <= 40 && o.len() <= 50 && !rules::has_line_break(p)) {
        let name_words: Vec<&str> = name.split_whitespace().collect();
        let name_ok = (2..=3).contains(&name_words.len())
            && name_words.iter().all(|w| rules::name_word(w))
            && (rules::name_line(name) || name_words.iter().any(|w| crate::lexicon::names::is_known_surname(w) || crate::lexicon::names::first_name_gender(w).is_some()));
        let outlet = outlet.trim_end_matches('.');
        if name_ok && rules::outlet_name(outlet) {
            facts.byline.get_or_insert(name.to_string());
            return Some(one(FurnitureKind::Byline));
        }
    }
    if let Some(date) = rules::date_line(p) {
        facts.published.get_or_insert(date);
        return Some(one(FurnitureKind::Dateline));
    }
    None
}

/// What [`headline_block`] found.
struct HeadlineBlock {
    headline: (usize, usize),
    items: Vec<Item>,
    body: Option<(usize, usize)>,
}

/// Pass 2: the first line of paragraph `s..e` as the headline, and what follows it in the paragraph.
fn headline_block(text: &str, s: usize, e: usize, later_body: bool, facts: &mut Facts) -> Option<HeadlineBlock> {
    let lines = lines_of(text, s, e);
    let &(hs, he) = lines.first()?;
    let line = &text[hs..he];
    if !rules::is_headline_shape(line) || rules::dateline(line).is_some() {
        return None;
    }
    if !later_body && lines.len() < 2 {
        return None;
    }
    let mut items = vec![Item::new(FurnitureKind::Headline, hs, he)];
    let deck_ok = line.ends_with(';') || !line.ends_with(['.', '!', '?']);
    let mut body = None;
    for (j, &(ls, le)) in lines.iter().enumerate().skip(1) {
        if let Some(slot) = byline_or_date(text, ls, le, facts) {
            items.extend(slot.items);
            continue;
        }
        let l = &text[ls..le];
        // "Kayla Roszko" over "CTV News Winnipeg Videojournalist" or a date line: the
        // writer's name on a line of its own
        let next = lines.get(j + 1).and_then(|&(ns, ne)| text.get(ns..ne));
        if rules::name_line(l) && next.is_some_and(|n| rules::role_line(n) || rules::date_line(n).is_some()) {
            facts.byline.get_or_insert(l.to_string());
            items.push(Item::new(FurnitureKind::Byline, ls, le));
            continue;
        }
        if deck_ok && rules::word_count(l, 40) <= 40 && !rules::has_double_quote(l) {
            items.push(Item { deck: true, ..Item::new(FurnitureKind::Other, ls, le) });
            continue;
        }
        body = Some((ls, e));
        break;
    }
    if body.is_none() && !later_body {
        return None;
    }
    Some(HeadlineBlock { headline: (hs, he), items, body })
}

/// Byte ranges of the non-blank lines of `s..e`, trimmed.
fn lines_of(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut pos = s;
    for line in crate::text::lines_inclusive(&text[s..e]) {
        let t = line.trim();
        if !t.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push((pos + lead, pos + lead + t.len()));
        }
        pos += line.len();
    }
    out
}

/// Byte ranges of the paragraphs of `text`: runs of non-blank lines, trimmed.
///
/// A text with no blank line at all but several lines (one paragraph a line,
/// as some feeds write) yields one paragraph per line.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let out = blank_line_paragraphs(text);
    if let [(s, e)] = out[..] {
        let lines = lines_of(text, s, e);
        if lines.len() >= 3 {
            return lines;
        }
    }
    out
}

fn blank_line_paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in crate::text::lines_inclusive(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + line.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

