//! Main-content extraction: a [`Dom`] -> text blocks -> scored containers ->
//! a [`Page`] whose layout marks the story's paragraphs and the furniture.
//!
//! Stages: [`blocks`] linearises the visible DOM into paragraph-sized text
//! blocks; [`choose`] scores the elements that hold paragraph-like blocks
//! (commas, length, link density, class and id names) and picks the story's
//! container plus the siblings that belong to it; [`classify`] labels every
//! block in the container as body or a kind of furniture; [`assemble`] joins
//! the kept blocks into the text and records the spans.

use super::classes::{cat, cats_of_names, cats_of_tag, Cats};
use super::dom::{collapse_ws, heading_level, Dom, NodeData, NodeId};
use super::meta::{self, Meta};
use whosaid::{Furniture, FurnitureKind, Layout, Span, Syndication};

/// One extracted page: plain text, layout and metadata.
#[derive(Debug, Clone, Default)]
pub struct Page {
    /// Blocks joined by blank lines; every span indexes it (code points).
    pub text: String,
    /// Story paragraphs, furniture, headline, byline, date, syndication.
    pub layout: Layout,
    /// Canonical URL, when the page names one.
    pub url: Option<String>,
    /// The outlet's name, when the page names it.
    pub site_name: Option<String>,
}

/// A paragraph-sized run of visible text.
#[derive(Debug, Clone)]
pub struct Block {
    /// Whitespace-collapsed text.
    pub text: String,
    /// The innermost block-level element holding it.
    pub owner: NodeId,
    /// Non-whitespace characters.
    pub chars: usize,
    /// Non-whitespace characters inside links.
    pub link_chars: usize,
    /// Heading level 1-6, 0 when not a heading.
    pub heading: u8,
    /// Inside a list item.
    pub in_li: bool,
}

impl Block {
    fn link_density(&self) -> f32 {
        if self.chars == 0 {
            return 0.0;
        }
        self.link_chars as f32 / self.chars as f32
    }
}

const SKIP: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "annotation", "annotation-xml", "iframe", "object", "embed",
    "canvas", "select", "button", "input", "textarea", "option", "video", "audio", "map", "title",
    "meta", "link", "img", "picture", "source", "dialog", "rt", "rp",
];

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "dl" | "dt" | "dd"
            | "blockquote" | "pre" | "section" | "article" | "main" | "header" | "footer" | "nav"
            | "aside" | "figure" | "figcaption" | "table" | "tr" | "td" | "th" | "tbody" | "thead"
            | "tfoot" | "caption" | "form" | "fieldset" | "address" | "details" | "summary"
            | "center" | "hgroup" | "body" | "html" | "legend" | "menu" | "hr" | "br"
    )
}

/// True for an inline element named as an image box that holds an image (a portal's
/// `<span class="end_photo_org"><img><em>caption</em></span>` set into a `<br>`-separated
/// story, not inside a paragraph): a block of its own, so its caption is not read into
/// the story's text.
fn inline_figure(dom: &Dom, cats: &[Cats], id: NodeId) -> bool {
    if cats.get(id).copied().unwrap_or(0) & cat::FIGURE == 0 || is_para_tag(dom.node(dom.node(id).parent).name()) {
        return false;
    }
    let mut todo = vec![id];
    let mut seen = 0;
    while let Some(x) = todo.pop() {
        seen += 1;
        if seen > 64 {
            return false;
        }
        let node = dom.node(x);
        if node.name() == "img" {
            return true;
        }
        todo.extend(node.children.iter().copied());
    }
    false
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    let n = dom.node(id);
    if n.attr("hidden").is_some() || n.attr("aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return true;
    }
    if let Some(st) = n.attr("style") {
        let st: String = st.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        if st.contains("display:none") || st.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Category bits of every node (0 for text, root, html and body).
pub fn element_cats(dom: &Dom) -> Vec<Cats> {
    let mut out = vec![0; dom.nodes.len()];
    let mut names = String::new();
    for (i, n) in dom.nodes.iter().enumerate() {
        let NodeData::Element { name, attrs } = &n.data else { continue };
        if matches!(&**name, "html" | "body") {
            continue;
        }
        names.clear();
        for (k, v) in attrs {
            // An id of three or more hyphenated words is an anchor made from a heading's
            // text ("sharing-with-a-single-developer"), not a name of the element's role.
            if &**k == "id" && v.matches('-').count() >= 3 && !v.contains(' ') {
                continue;
            }
            if &**k == "class" && is_wordpress_post(v) {
                // WordPress post classes name the post's tags and categories
                // ("tag-elections category-news"): not a tag cloud or a category list.
                for t in v.split_whitespace().filter(|t| !["tag-", "category-", "format-", "post_tag-"].iter().any(|p| t.starts_with(p))) {
                    names.push_str(t);
                    names.push(' ');
                }
                continue;
            }
            if matches!(&**k, "class" | "id" | "role" | "itemprop" | "data-testid" | "data-component") {
                names.push_str(v);
                names.push(' ');
            }
        }
        names.make_ascii_lowercase();
        let mut c = cats_of_tag(name) | cats_of_names(&names);
        if c & cat::STRONG_POS != 0 {
            c &= !cat::BOILER;
        }
        if let Some(slot) = out.get_mut(i) {
            *slot = c;
        }
    }
    out
}

/// True for the class list WordPress puts on a post element (`hentry`, `type-post`, `status-publish`).
fn is_wordpress_post(class: &str) -> bool {
    (class.contains("hentry") || class.contains("type-post") || class.contains("status-publish")) && class.split_whitespace().any(|t| matches!(t, "hentry" | "type-post" | "status-publish"))
}

/// True for an anchor whose words count as link text. An anchor without `href` (a named
/// anchor) is text; so is a phrase under a link that goes nowhere (`#`, `javascript:`: an
/// annotation popup on a few words of a sentence), while a one-word button (a share
/// network's name) stays a link.
fn counts_as_link(dom: &Dom, id: NodeId) -> bool {
    let Some(h) = dom.node(id).attr("href").map(str::trim) else { return false };
    let void = h.is_empty() || h.starts_with('#') || h.get(..11).is_some_and(|p| p.eq_ignore_ascii_case("javascript:"));
    !void || dom.text_of(id).split_whitespace().count() < 2
}

/// Linearises the visible DOM into blocks, in document order.
pub fn blocks(dom: &Dom, cats: &[Cats]) -> Vec<Block> {
    enum Ev {
        Enter(NodeId),
        Exit(NodeId),
    }
    struct St {
        buf: String,
        link: usize,
        out: Vec<Block>,
    }
    fn flush(st: &mut St, owner: NodeId, heading: u8, in_li: bool) {
        if st.buf.trim().is_empty() {
            st.buf.clear();
            st.link = 0;
            return;
        }
        let text = collapse_ws(&st.buf);
        if text.is_empty() {
            st.buf.clear();
            st.link = 0;
            return;
        }
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        st.out.push(Block { text, owner, chars, link_chars: st.link.min(chars), heading, in_li });
        st.buf.clear();
        st.link = 0;
    }
    let mut st = St { buf: String::new(), link: 0, out: Vec::new() };
    let mut owners: Vec<NodeId> = vec![0];
    let mut headings: Vec<u8> = Vec::new();
    let mut li_depth = 0usize;
    let mut link_depth = 0usize;
    let mut in_link: Vec<NodeId> = Vec::new();
    // MathML is text (a formula in a sentence), its tokens (`<mi>`, `<mo>`, `<mn>`) kept apart.
    let mut math_depth = 0usize;
    let mut todo = vec![Ev::Enter(0)];
    while let Some(ev) = todo.pop() {
        let cur_owner = owners.last().copied().unwrap_or(0);
        let cur_heading = headings.last().copied().unwrap_or(0);
        match ev {
            Ev::Enter(id) => {
                let node = dom.node(id);
                match &node.data {
                    NodeData::Root => todo.extend(node.children.iter().rev().map(|&c| Ev::Enter(c))),
                    NodeData::Text(t) => {
                        st.buf.push_str(t);
                        if link_depth > 0 {
                            st.link += t.chars().filter(|c| !c.is_whitespace()).count();
                        }
                    }
                    NodeData::Script(_) => {}
                    NodeData::Element { name, .. } => {
                        if SKIP.contains(&&**name) {
                            continue;
                        }
                        if cats.get(id).is_some_and(|c| c & cat::HIDDEN != 0) || is_hidden(dom, id) {
                            continue;
                        }
                        if matches!(&**name, "br" | "hr") {
                            flush(&mut st, cur_owner, cur_heading, li_depth > 0);
                            continue;
                        }
                        if is_block(name) || inline_figure(dom, cats, id) {
                            flush(&mut st, cur_owner, cur_heading, li_depth > 0);
                            owners.push(id);
                        } else {
                            // Inline elements keep words apart only where the source had space.
                        }
                        if let Some(l) = heading_level(name) {
                            headings.push(l);
                        }
                        if &**name == "li" {
                            li_depth += 1;
                        }
                        if &**name == "a" && counts_as_link(dom, id) {
                            link_depth += 1;
                            in_link.push(id);
                        }
                        if &**name == "math" {
                            math_depth += 1;
                        }
                        if math_depth > 0 {
                            st.buf.push(' ');
                        }
                        todo.push(Ev::Exit(id));
                        todo.extend(node.children.iter().rev().map(|&c| Ev::Enter(c)));
                    }
                }
            }
            Ev::Exit(id) => {
                let name = dom.node(id).name();
                if is_block(name) || owners.last() == Some(&id) {
                    flush(&mut st, cur_owner, cur_heading, li_depth > 0);
                    owners.pop();
                }
                if heading_level(name).is_some() {
                    headings.pop();
                }
                if name == "li" {
                    li_depth = li_depth.saturating_sub(1);
                }
                if name == "a" && in_link.last() == Some(&id) {
                    link_depth = link_depth.saturating_sub(1);
                    in_link.pop();
                }
                if math_depth > 0 {
                    st.buf.push(' ');
                }
                if name == "math" {
                    math_depth = math_depth.saturating_sub(1);
                }
            }
        }
    }
    flush(&mut st, 0, 0, false);
    st.out
}


/// The chosen story container(s) and the node facts the later stages need.
struct Choice {
    roots: Vec<NodeId>,
    /// The best-scored candidates (for [`explain`]).
    cands: Vec<(f32, NodeId)>,
    /// Non-whitespace characters of visible text under each node.
    tot: Vec<u32>,
    /// Non-whitespace characters inside links under each node.
    link: Vec<u32>,
    /// Non-whitespace characters inside list items under each node.
    li: Vec<u32>,
    /// Blocks outside tables and lists under each node, and how many of them are tiny labels.
    labels: Vec<(u32, u32)>,
    end: Vec<NodeId>,
}

impl Choice {
    fn contains(&self, root: NodeId, n: NodeId) -> bool {
        root <= n && n < self.end.get(root).copied().unwrap_or(0)
    }
    fn root_of(&self, n: NodeId) -> Option<NodeId> {
        self.roots.iter().copied().find(|&r| self.contains(r, n))
    }
}

fn parent(dom: &Dom, n: NodeId) -> NodeId {
    dom.node(n).parent
}

fn commas(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, ',' | '，' | '、' | '،')).count()
}

/// True for a Han, Hiragana or Katakana character (scripts written without spaces).
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

fn is_para_tag(name: &str) -> bool {
    matches!(name, "p" | "li" | "blockquote" | "pre" | "td" | "dd" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "figcaption")
}

/// Normalised words of a text, for comparisons: lowercase alphanumerics joined by one space.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            for c in w.chars() {
                out.extend(c.to_lowercase());
            }
        }
    }
    out
}

/// Scores containers and picks the story's.
fn choose(dom: &Dom, cats: &[Cats], blocks: &[Block], confirmed: &[bool]) -> Choice {
    let n = dom.nodes.len();
    let mut end: Vec<NodeId> = (0..n).map(|i| i + 1).collect();
    for i in (1..n).rev() {
        let p = parent(dom, i);
        let e = end.get(i).copied().unwrap_or(i + 1);
        if let Some(slot) = end.get_mut(p) {
            *slot = (*slot).max(e);
        }
    }
    let mut tot = vec![0u32; n];
    let mut link = vec![0u32; n];
    let mut li = vec![0u32; n];
    let mut labels = vec![(0u32, 0u32); n];
    let mut score = vec![0f32; n];
    let mut scored = vec![false; n];
    // Subtree character sums.
    for b in blocks {
        let mut x = b.owner;
        for _ in 0..200 {
            if let Some(t) = tot.get_mut(x) {
                *t += b.chars as u32;
            }
            if let Some(l) = link.get_mut(x) {
                *l += b.link_chars as u32;
            }
            if b.in_li {
                if let Some(l) = li.get_mut(x) {
                    *l += b.chars as u32;
                }
            } else if b.heading == 0 && !matches!(dom.node(b.owner).name(), "td" | "th" | "dd" | "dt") {
                if let Some(l) = labels.get_mut(x) {
                    l.0 += 1;
                    l.1 += u32::from(b.chars <= 8);
                }
            }
            if x == 0 {
                break;
            }
            x = parent(dom, x);
        }
    }
    let init = |x: NodeId| -> f32 {
        match dom.node(x).name() {
            "div" | "article" | "main" | "section" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        }
    };
    // Class and id names scale a candidate's score; they never make one from nothing.
    // A list or table is part of a story, rarely the story: a comma-dense list of names or
    // gallery captions must not beat the prose around it.
    let factor = |x: NodeId| -> f32 {
        let c = cats.get(x).copied().unwrap_or(0);
        let shape = if matches!(dom.node(x).name(), "ul" | "ol" | "dl" | "table" | "tbody" | "thead" | "tr") { 0.5 } else { 1.0 };
        shape * if c & cat::STRONG_POS != 0 {
            1.5
        } else if c & (cat::BOILER | cat::HEADER) != 0 {
            0.6
        } else if c & cat::POS != 0 {
            1.2
        } else {
            1.0
        }
    };
    // When every paragraph sits in such a box (a page drawn inside a "modal" wrapper), the
    // names say nothing: every paragraph votes.
    for strict in [true, false] {
        for (bi, b) in blocks.iter().enumerate() {
            // Chinese and Japanese write a word in one to three characters and no spaces: a
            // character there counts as three, so a short sentence votes and weighs as one.
            let chars = if b.text.is_ascii() { b.chars } else { b.chars + 2 * b.text.chars().filter(|&c| is_cjk(c)).count() };
            if b.heading != 0 || chars < 20 || b.link_density() > 0.35 {
                continue;
            }
            // Paragraphs inside navigation, comments or footers do not vote.
            let mut chain = 0;
            let mut x = b.owner;
            for _ in 0..200 {
                chain |= cats.get(x).copied().unwrap_or(0);
                if x == 0 {
                    break;
                }
                x = parent(dom, x);
            }
            if strict && chain & (cat::NAV | cat::FOOTER | cat::COMMENT | cat::MODAL | cat::COOKIE) != 0 && chain & cat::STRONG_POS == 0 {
                continue;
            }
            let mut s = 1.0 + commas(&b.text) as f32 + (chars as f32 / 100.0).min(3.0);
            if confirmed.get(bi).copied().unwrap_or(false) {
                s += 3.0;
            }
            let mut x = if is_para_tag(dom.node(b.owner).name()) { parent(dom, b.owner) } else { b.owner };
            for level in 0..5 {
                if x == 0 {
                    break;
                }
                if !scored.get(x).copied().unwrap_or(true) {
                    if let Some(sc) = score.get_mut(x) {
                        *sc = init(x);
                    }
                    if let Some(f) = scored.get_mut(x) {
                        *f = true;
                    }
                }
                let div = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f32 * 3.0,
                };
                if let Some(sc) = score.get_mut(x) {
                    *sc += s / div;
                }
                x = parent(dom, x);
            }
        }
        if scored.iter().any(|&f| f) {
            break;
        }
    }
    let ld = |x: NodeId| -> f32 {
        let t = tot.get(x).copied().unwrap_or(0);
        if t == 0 {
            0.0
        } else {
            link.get(x).copied().unwrap_or(0) as f32 / t as f32
        }
    };
    let mut cands: Vec<(f32, NodeId)> = (0..n)
        .filter(|&i| scored.get(i).copied().unwrap_or(false))
        .map(|i| (score.get(i).copied().unwrap_or(0.0) * factor(i) * (1.0 - ld(i)), i))
        .collect();
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    let Some(&(top_score, mut top)) = cands.first() else {
        return Choice { roots: vec![0], end, cands, tot, link, li, labels };
    };
    let final_score = |x: NodeId| score.get(x).copied().unwrap_or(0.0) * factor(x) * (1.0 - ld(x));
    // Several strong candidates under one ancestor: take the ancestor.
    let alts: Vec<NodeId> = cands.iter().skip(1).take(5).filter(|c| c.0 >= 0.75 * top_score).map(|c| c.1).collect();
    if alts.len() >= 2 {
        let mut p = parent(dom, top);
        while p != 0 && !matches!(dom.node(p).name(), "body" | "html") {
            let inside = alts.iter().filter(|&&a| p <= a && a < end.get(p).copied().unwrap_or(0)).count();
            if inside >= 2 {
                top = p;
                break;
            }
            p = parent(dom, p);
        }
    }
    // A table or list on top is part of a story: the block element a few levels up that
    // holds it and scores at least half as much is the story (a list article's intro,
    // table and notes).
    if matches!(dom.node(top).name(), "table" | "tbody" | "thead" | "tr" | "ul" | "ol" | "dl") {
        let mut p = parent(dom, top);
        for _ in 0..4 {
            if p == 0 || matches!(dom.node(p).name(), "body" | "html") {
                break;
            }
            if matches!(dom.node(p).name(), "div" | "section" | "article" | "main") && scored.get(p).copied().unwrap_or(false) && final_score(p) >= 0.5 * final_score(top) {
                top = p;
                break;
            }
            p = parent(dom, p);
        }
    }
    // Climb while the parent scores higher (the story was split into sibling parts).
    let first = final_score(top);
    let mut p = parent(dom, top);
    for _ in 0..3 {
        if p == 0 || matches!(dom.node(p).name(), "body" | "html") {
            break;
        }
        if scored.get(p).copied().unwrap_or(false) && final_score(p) > first {
            top = p;
            break;
        }
        p = parent(dom, p);
    }
    // A container that holds nothing but one child: use the child's parent level.
    let top_final = final_score(top);
    let threshold = (top_final * 0.2).max(10.0);
    let mut roots = Vec::new();
    let par = parent(dom, top);
    if top != 0 && par != 0 {
        for &sib in &dom.node(par).children {
            if sib == top {
                roots.push(sib);
                continue;
            }
            if !matches!(dom.node(sib).data, NodeData::Element { .. }) {
                continue;
            }
            let sc = cats.get(sib).copied().unwrap_or(0);
            let mut keep = scored.get(sib).copied().unwrap_or(false) && final_score(sib) >= threshold;
            if !keep && dom.node(sib).name() == "p" {
                let t = tot.get(sib).copied().unwrap_or(0);
                let d = ld(sib);
                keep = (t > 80 && d < 0.25) || (t > 0 && d == 0.0 && sentence_end(&dom.text_of(sib)));
            }
            if keep && sc & (cat::NAV | cat::FOOTER | cat::COMMENT | cat::RELATED) == 0 {
                roots.push(sib);
            }
        }
    } else {
        roots.push(top);
    }
    // The story split into chunks: other candidates built like the top one (same tag and class).
    // Built alike: the same tag and the same class list or the same first class
    // ("story-body story-body-2" and "story-body story-body-1", "content lead" and "content").
    let class_of = |x: NodeId| dom.node(x).attr("class").unwrap_or("").trim();
    let alike = |a: NodeId, b: NodeId| {
        let (ca, cb) = (class_of(a), class_of(b));
        dom.node(a).name() == dom.node(b).name()
            && !ca.is_empty()
            && (ca == cb || ca.split_whitespace().next() == cb.split_whitespace().next())
    };
    if !class_of(top).is_empty() {
        for &(sc, c) in &cands {
            if sc < top_final * 0.1 || roots.iter().any(|&r| (r <= c && c < end.get(r).copied().unwrap_or(0)) || (c <= r && r < end.get(c).copied().unwrap_or(0))) {
                continue;
            }
            let boiler = cats.get(c).copied().unwrap_or(0) & (cat::NAV | cat::FOOTER | cat::COMMENT | cat::RELATED | cat::AD | cat::PROMO);
            if alike(c, top) && boiler == 0 {
                roots.push(c);
            }
        }
        roots.sort_unstable();
    }
    cands.truncate(8);
    Choice { roots, end, cands, tot, link, li, labels }
}

/// True when `s` ends as a sentence does, in any script: Latin and CJK stops, the Devanagari
/// danda (।), the Arabic question mark and Urdu full stop (؟ ۔), closing quotes (” » 」).
fn sentence_end(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '"', '”', '»', '。', '！', '？', '」', '』', '।', '॥', '؟', '۔'])
}

/// Starts of lines that mark promotion, sharing and related links (lowercase).
const PROMO_STARTS: &[(&str, FurnitureKind)] = &[
    ("advertisement", FurnitureKind::Ad),
    ("sponsored", FurnitureKind::Ad),
    ("sign up", FurnitureKind::Promo),
    ("subscribe", FurnitureKind::Promo),
    ("click here", FurnitureKind::Promo),
    ("join our", FurnitureKind::Promo),
    ("follow us", FurnitureKind::Promo),
    ("download the", FurnitureKind::Promo),
    ("download our", FurnitureKind::Promo),
    ("get our", FurnitureKind::Promo),
    ("support our", FurnitureKind::Promo),
    ("share this", FurnitureKind::Other),
    ("share on", FurnitureKind::Other),
    ("listen to this", FurnitureKind::Other),
    ("read more", FurnitureKind::Related),
    ("read also", FurnitureKind::Related),
    ("related:", FurnitureKind::Related),
    ("related articles", FurnitureKind::Related),
    ("related stories", FurnitureKind::Related),
    ("see also", FurnitureKind::Related),
    ("more from", FurnitureKind::Related),
    ("recommended", FurnitureKind::Related),
    ("©", FurnitureKind::Other),
    ("copyright ©", FurnitureKind::Other),
    ("all rights reserved", FurnitureKind::Other),
    ("we use cookies", FurnitureKind::Other),
    ("this site uses cookies", FurnitureKind::Other),
];

/// Whole blocks that are interface labels or ad markers, in several languages (lowercase, no punctuation).
const UI_LABELS: &[(&str, FurnitureKind)] = &[
    ("advertisement", FurnitureKind::Ad),
    ("advert", FurnitureKind::Ad),
    ("ad", FurnitureKind::Ad),
    ("ads", FurnitureKind::Ad),
    ("sponsored", FurnitureKind::Ad),
    ("anzeige", FurnitureKind::Ad),
    ("werbung", FurnitureKind::Ad),
    ("publicité", FurnitureKind::Ad),
    ("publicidad", FurnitureKind::Ad),
    ("pubblicità", FurnitureKind::Ad),
    ("publicidade", FurnitureKind::Ad),
    ("reklama", FurnitureKind::Ad),
    ("advertentie", FurnitureKind::Ad),
    ("story continues below advertisement", FurnitureKind::Ad),
    ("continue reading below", FurnitureKind::Ad),
    ("comments", FurnitureKind::Other),
    ("comment", FurnitureKind::Other),
    ("leave a comment", FurnitureKind::Other),
    ("share", FurnitureKind::Other),
    ("share this", FurnitureKind::Other),
    ("share this article", FurnitureKind::Other),
    ("tweet", FurnitureKind::Other),
    ("print", FurnitureKind::Other),
    ("email", FurnitureKind::Other),
    ("reply", FurnitureKind::Other),
    ("tags", FurnitureKind::Related),
    ("related", FurnitureKind::Related),
    ("kommentare", FurnitureKind::Other),
    ("teilen", FurnitureKind::Other),
    ("compartir", FurnitureKind::Other),
    ("comentarios", FurnitureKind::Other),
    ("partager", FurnitureKind::Other),
    ("commentaires", FurnitureKind::Other),
    ("condividi", FurnitureKind::Other),
    ("commenti", FurnitureKind::Other),
    ("compartilhe", FurnitureKind::Other),
    ("comentários", FurnitureKind::Other),
    ("text size", FurnitureKind::Other),
];

/// Phrases that make a short block a call to act (lowercase).
const PROMO_PHRASES: &[&str] = &[
    "click here",
    "sign up for",
    "sign up to",
    "subscribe to our",
    "subscribe now",
    "our newsletter",
    "daily newsletter",
    "delivered to your inbox",
    "follow us on",
    "download our app",
    "download the app",
];

/// What a block in the text is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Body,
    Furniture(FurnitureKind),
}

fn kind_of_cats(c: Cats) -> Option<FurnitureKind> {
    let k = if c & cat::CAPTION != 0 {
        FurnitureKind::Caption
    } else if c & cat::CREDIT != 0 {
        FurnitureKind::Credit
    } else if c & cat::AD != 0 {
        FurnitureKind::Ad
    } else if c & cat::PROMO != 0 {
        FurnitureKind::Promo
    } else if c & (cat::RELATED | cat::TAGS) != 0 {
        FurnitureKind::Related
    } else if c & cat::BYLINE != 0 {
        FurnitureKind::Byline
    } else if c & (cat::NAV | cat::FOOTER | cat::ASIDE | cat::COMMENT | cat::SHARE | cat::COOKIE | cat::DATE | cat::BIO | cat::MODAL | cat::HEADLINE) != 0 {
        FurnitureKind::Other
    } else {
        return None;
    };
    Some(k)
}

/// Labels one block inside the story container.
fn classify(dom: &Dom, cats: &[Cats], choice: &Choice, b: &Block, root: NodeId) -> Role {
    // Categories of the elements between the block and the container.
    // A box that holds most of the story is not furniture, whatever its name ("paywall", "widget").
    let root_tot = choice.tot.get(root).copied().unwrap_or(0);
    let mut c = 0;
    let mut x = b.owner;
    for _ in 0..100 {
        if x == root || x == 0 {
            break;
        }
        let t = choice.tot.get(x).copied().unwrap_or(0);
        // ... but a box of links keeps its name however much of the container it holds
        // (a related-links box longer than a short story).
        let links = choice.link.get(x).copied().unwrap_or(0);
        // ... and so does a box whose text is mostly list items (a gallery's slides, a
        // carousel of teasers): a story is paragraphs.
        let items = choice.li.get(x).copied().unwrap_or(0);
        if t * 2 < root_tot || t < 300 || links * 2 > t || items * 2 > t {
            c |= cats.get(x).copied().unwrap_or(0);
        }
        x = parent(dom, x);
    }
    // Text in a figure box is its caption; so is a long one in a list item there (a gallery's slides).
    if c & cat::FIGURE != 0 && (b.chars < 300 || b.in_li) && c & cat::CAPTION == 0 && c & cat::STRONG_POS == 0 {
        c |= cat::CAPTION;
    }
    if b.heading != 0 {
        // A heading inside a box named as furniture (a gallery's slide titles, a related-links
        // box's "Read more") belongs to the box, not to the story's outline.
        if let Some(k) = kind_of_cats(c & !(cat::DATE | cat::BYLINE | cat::HEADER | cat::POS | cat::ASIDE | cat::HEADLINE)) {
            return Role::Furniture(k);
        }
        // A linked heading in an aside (a box of teasers set into the story) is a teaser's title.
        if c & cat::ASIDE != 0 && b.link_density() > 0.5 {
            return Role::Furniture(FurnitureKind::Related);
        }
        return Role::Furniture(if b.heading == 1 { FurnitureKind::Headline } else { FurnitureKind::Subhead });
    }
    if in_chart(dom, choice, b.owner, root) {
        return Role::Furniture(FurnitureKind::Other);
    }
    if let Some(k) = kind_of_cats(c) {
        // A paragraph in a weakly named box (aside, widget, date, header) is still story.
        let weak = c & !(cat::DATE | cat::BYLINE | cat::HEADER | cat::POS | cat::ASIDE | cat::FIGURE | cat::HEADLINE) == 0;
        if !(weak && b.chars > 100) {
            return Role::Furniture(k);
        }
    }
    if b.link_density() > 0.5 && b.chars < 400 && !in_prose_list(dom, choice, b.owner, root) {
        return Role::Furniture(FurnitureKind::Related);
    }
    if b.chars >= 300 {
        return Role::Body;
    }
    let lower = b.text.to_lowercase();
    if b.chars < 40 {
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some((_, k)) = UI_LABELS.iter().find(|(l, _)| *l == bare) {
            return Role::Furniture(*k);
        }
    }
    if b.chars < 250 && PROMO_PHRASES.iter().any(|p| lower.contains(p)) {
        return Role::Furniture(FurnitureKind::Promo);
    }
    if b.chars < 200 {
        for (p, k) in PROMO_STARTS {
            if lower.starts_with(p) {
                return Role::Furniture(*k);
            }
        }
        if let Some(k) = super::boilerplate::kind_of(&lower) {
            return Role::Furniture(k);
        }
    }
    if b.chars < 300 && (syndication_notice(&b.text).is_some() || wire_copyright(&b.text).is_some()) {
        return Role::Furniture(FurnitureKind::Syndication);
    }
    if b.chars < 40 && !b.in_li && time_stamp(&b.text) && !matches!(dom.node(b.owner).name(), "td" | "th" | "dd" | "dt") {
        return Role::Furniture(FurnitureKind::Other);
    }
    if b.chars < 80 && sign_off(&b.text) {
        return Role::Furniture(FurnitureKind::Byline);
    }
    // The plain-text layout's rules for a paragraph alone (its larger vocabularies: "Get the
    // latest updates ...", "Have a tip? ... may be reached at ...").
    if b.chars < 300 {
        if let Some(k) = whosaid::layout::notice_alone(&b.text) {
            return Role::Furniture(k);
        }
    }
    Role::Body
}

/// True when `owner` sits in a box of the story made of tiny labels: a drawn chart's axis
/// ticks, values and titles (eight or more blocks, three in four of them eight characters
/// or fewer, outside tables and lists).
fn in_chart(dom: &Dom, choice: &Choice, owner: NodeId, root: NodeId) -> bool {
    let mut x = owner;
    for _ in 0..12 {
        if x == root || x == 0 {
            return false;
        }
        let (n, tiny) = choice.labels.get(x).copied().unwrap_or((0, 0));
        if n >= 8 && tiny * 4 >= n * 3 {
            return true;
        }
        x = parent(dom, x);
    }
    false
}

/// True when `owner` sits in a list or table of the story whose text is mostly not links:
/// a linked item there is a reference in the story, not a related-links box.
fn in_prose_list(dom: &Dom, choice: &Choice, owner: NodeId, root: NodeId) -> bool {
    let mut x = owner;
    for _ in 0..8 {
        if x == root || x == 0 {
            return false;
        }
        if matches!(dom.node(x).name(), "ul" | "ol" | "dl" | "table") {
            let t = choice.tot.get(x).copied().unwrap_or(0);
            let l = choice.link.get(x).copied().unwrap_or(0);
            return t >= 100 && l * 2 < t;
        }
        x = parent(dom, x);
    }
    false
}

/// True for a reporter's sign-off: at most four words (a name, a title such as 기자 or
/// 记者; or none) and an email address ending the block, no sentence before it ("김민준 기자
/// kim@example.com", "Ana Ruiz (ana.ruiz@example.com)"), as news portals print under a story.
fn sign_off(s: &str) -> bool {
    let s = s.trim().trim_end_matches(|c: char| matches!(c, ')' | ']' | '>' | '）' | '】'));
    let (before, last) = s.rsplit_once(|c: char| c.is_whitespace() || matches!(c, '(' | '[' | '<' | '（' | '【')).unwrap_or(("", s));
    let Some((user, domain)) = last.split_once('@') else { return false };
    let email = !user.is_empty() && domain.contains('.') && !domain.ends_with('.') && user.bytes().chain(domain.bytes()).all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+'));
    let words = before.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count();
    email && words <= 4 && !before.contains(['.', '!', '?', ',', '。', '，', '،'])
}

/// True for a date and time stamp alone ("2026/05/05 10:31 송고", "30.05.2026, 12:00"):
/// a year standing apart and a clock time, at most four letters (a word such as 송고,
/// "Uhr"). A story paragraph is never only that.
fn time_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let year = (0..b.len()).any(|i| {
        matches!(b.get(i..i + 2), Some(b"19" | b"20")) && digit(i + 2) && digit(i + 3) && !digit(i + 4) && (i == 0 || !digit(i - 1))
    });
    let clock = b.windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    letters <= 4 && year && clock
}

/// If `s` is a notice that the story was first published elsewhere: the publisher named.
fn syndication_notice(s: &str) -> Option<Option<String>> {
    let lower = s.to_lowercase();
    const CUES: &[&str] = &[
        "originally published",
        "first published",
        "originally appeared",
        "first appeared",
        "is republished from",
        "was republished",
        "republished with permission",
        "reprinted with permission",
        "reproduced with permission",
        "this article was published by",
        "this story was produced by",
        "republished from",
    ];
    let (at, cue) = CUES.iter().find_map(|c| lower.find(c).map(|i| (i, *c)))?;
    // The notice speaks about the piece itself ("This article was originally published ...").
    const SELF: &[&str] = &["this article", "this story", "this post", "this piece", "this essay", "this column",
        "this report", "a version of this", "this interview", "was originally", "is republished", "republished with",
        "reprinted with", "reproduced with"];
    if at > 80 || !(SELF.iter().any(|x| lower.contains(x)) || at < 3) {
        return None;
    }
    // The publisher: the words after "on/in/by/from/at" following the cue.
    let after_b = at + cue.len();
    let tail = s.get(after_b..).unwrap_or("");
    let mut name = None;
    for prep in [" by ", " on ", " in ", " from ", " at ", " "] {
        if let Some(i) = tail.find(prep) {
            if i < 40 {
                let rest = tail.get(i + prep.len()..).unwrap_or("");
                let cut = rest.find(['.', ',', ';', '(', '\n']).unwrap_or(rest.len());
                let cand = rest.get(..cut).unwrap_or("").trim();
                let cand = cand.trim_start_matches("the website of ").trim_start_matches("The ").trim();
                if !cand.is_empty() && cand.len() < 80 && cand.chars().next().is_some_and(|c| c.is_uppercase()) {
                    name = Some(cand.to_string());
                    break;
                }
            }
        }
    }
    Some(name)
}

/// A copyright line naming a wire service: "© 2019 Associated Press. All Rights Reserved."
fn wire_copyright(s: &str) -> Option<&'static str> {
    let lower = s.to_lowercase();
    if !(lower.starts_with('©') || lower.starts_with("copyright") || lower.starts_with("(c)")) {
        return None;
    }
    const NAMES: &[(&str, &str)] = &[
        ("associated press", "The Associated Press"),
        ("reuters", "Reuters"),
        ("agence france-presse", "Agence France-Presse"),
        ("afp", "Agence France-Presse"),
        ("bloomberg", "Bloomberg"),
        ("dpa", "dpa"),
        ("united press international", "United Press International"),
    ];
    NAMES.iter().find(|(k, _)| lower.contains(k)).map(|(_, v)| *v)
}

/// Wire-service credits in a dateline: "(AP) —", "(Reuters) -".
const WIRES: &[(&str, &str)] = &[
    ("(AP)", "The Associated Press"),
    ("(Reuters)", "Reuters"),
    ("(AFP)", "Agence France-Presse"),
    ("(UPI)", "United Press International"),
    ("(dpa)", "dpa"),
    ("(Bloomberg)", "Bloomberg"),
    ("(CNN)", "CNN"),
    ("(PA)", "PA Media"),
    ("(ANSA)", "ANSA"),
    ("(EFE)", "EFE"),
];

fn title_case_words(s: &str) -> bool {
    !s.is_empty() && s.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Cleans a page title: drops the site-name part ("Story | Site").
fn clean_title(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · ", " » "] {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() >= 2 {
            if let Some(site) = site {
                let ns = norm(site);
                let kept: Vec<&str> = parts.iter().copied().filter(|p| norm(p) != ns && !ns.contains(&norm(p)) || norm(p).is_empty()).collect();
                if !kept.is_empty() && kept.len() < parts.len() {
                    return kept.join(sep);
                }
            }
            // Keep the longest part.
            if let Some(best) = parts.iter().max_by_key(|p| p.len()) {
                if best.len() * 2 > title.len() {
                    return best.trim().to_string();
                }
            }
        }
    }
    title.trim().to_string()
}

/// ISO 8601 date (and time when given) from common date strings; `None` when unrecognised.
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|x| x.iter().all(u8::is_ascii_digit));
    if digits(0..4) && b.get(4) == Some(&b'-') && digits(5..7) && b.get(7) == Some(&b'-') && digits(8..10) {
        // Keep the full timestamp when it is well-formed, else the date.
        let full: String = s.chars().take_while(|c| !c.is_whitespace()).collect();
        if full.len() > 10 && full.as_bytes().get(10) == Some(&b'T') {
            return Some(full);
        }
        return s.get(..10).map(String::from);
    }
    if digits(0..8) && s.len() == 8 {
        return Some(format!("{}-{}-{}", s.get(0..4)?, s.get(4..6)?, s.get(6..8)?));
    }
    if digits(0..4) && b.get(4) == Some(&b'/') && digits(5..7) && b.get(7) == Some(&b'/') && digits(8..10) {
        return Some(format!("{}-{}-{}", s.get(0..4)?, s.get(5..7)?, s.get(8..10)?));
    }
    None
}

/// Today's date (UTC) as `YYYY-MM-DD`, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// False for placeholder dates: year 0/1 ("0001-01-01"), the Unix epoch ("1970-01-01"),
/// years before 1800, and dates after `today` (a page cannot be published after it was fetched).
fn plausible_date(d: &str, today: &str) -> bool {
    let day = d.get(..10).unwrap_or(d);
    let year: u32 = day.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    year >= 1800 && day != "1970-01-01" && (today.len() != 10 || day <= today)
}

/// A /YYYY/MM/DD/ date in a URL.
fn url_date(url: &str) -> Option<String> {
    let b = url.as_bytes();
    for i in 0..b.len().saturating_sub(10) {
        if b.get(i) == Some(&b'/') {
            let seg = url.get(i + 1..i + 11)?;
            let sb = seg.as_bytes();
            if sb.get(4) == Some(&b'/') && sb.get(7) == Some(&b'/') {
                let y = seg.get(0..4)?;
                let m = seg.get(5..7)?;
                let d = seg.get(8..10)?;
                if [y, m, d].iter().all(|p| p.bytes().all(|c| c.is_ascii_digit())) && y.starts_with(['1', '2']) {
                    let mi: u32 = m.parse().ok()?;
                    let di: u32 = d.parse().ok()?;
                    if (1..=12).contains(&mi) && (1..=31).contains(&di) {
                        return Some(format!("{y}-{m}-{d}"));
                    }
                }
            }
        }
    }
    None
}

/// Extracts the story and its layout from a decoded page.
pub fn extract(html: &str, url_hint: Option<&str>) -> Page {
    let dom = Dom::parse(html);
    let meta = meta::read(&dom);
    let page = extract_from(&dom, &meta, url_hint);
    // A page whose story is only in <noscript> (shown when scripts are off): read that.
    let body_chars = |p: &Page| p.layout.body.iter().map(|s| s.len()).sum::<usize>();
    if body_chars(&page) < 200 {
        let inner = noscript_markup(&dom);
        if inner.len() > 400 {
            let alt = extract_from(&Dom::parse(&inner), &meta, url_hint);
            if body_chars(&alt) > body_chars(&page) * 2 {
                return alt;
            }
        }
    }
    page
}

fn extract_from(dom: &Dom, meta: &Meta, url_hint: Option<&str>) -> Page {
    let cats = element_cats(dom);
    let blocks = blocks(dom, &cats);
    let confirmed = confirm(meta, &blocks);
    let choice = choose(dom, &cats, &blocks, &confirmed);
    assemble(dom, meta, &cats, &blocks, &confirmed, &choice, url_hint)
}

/// The markup inside every `<noscript>` of the page, in order.
fn noscript_markup(dom: &Dom) -> String {
    let mut out = String::new();
    for id in dom.elements("noscript") {
        for &c in &dom.node(id).children {
            if let NodeData::Script(s) = &dom.node(c).data {
                out.push_str(s);
                out.push('\n');
            }
        }
    }
    out
}

/// A human-readable trace of the extraction: chosen containers, then every block with its role.
pub fn explain(html: &str) -> String {
    use std::fmt::Write;
    let dom = Dom::parse(html);
    let meta = meta::read(&dom);
    let cats = element_cats(&dom);
    let blocks = blocks(&dom, &cats);
    let confirmed = confirm(&meta, &blocks);
    let choice = choose(&dom, &cats, &blocks, &confirmed);
    let desc = |n: NodeId| {
        let node = dom.node(n);
        format!("{}#{}.{}", node.name(), node.attr("id").unwrap_or(""), node.attr("class").unwrap_or("").replace(' ', "."))
    };
    let mut out = String::new();
    for (s, c) in &choice.cands {
        let _ = writeln!(out, "CAND {s:.1} {c} {}", desc(*c));
    }
    for r in &choice.roots {
        let _ = writeln!(out, "ROOT {} {}", r, desc(*r));
    }
    for (i, b) in blocks.iter().enumerate() {
        let role = choice.root_of(b.owner).map(|r| classify(&dom, &cats, &choice, b, r));
        let t: String = b.text.chars().take(70).collect();
        let _ = writeln!(out, "{:?} c{} ld{:.2} {}{} [{}] {}", role, b.chars, b.link_density(), if confirmed.get(i).copied().unwrap_or(false) { "*" } else { "" }, b.owner, desc(b.owner), t);
    }
    out
}

/// Marks blocks whose words appear in the JSON-LD `articleBody`, when the page has one.
fn confirm(meta: &Meta, blocks: &[Block]) -> Vec<bool> {
    let Some(ab) = meta.article_body.as_deref().filter(|a| a.len() > 400) else {
        return vec![false; blocks.len()];
    };
    let ab = norm(&super::dom::decode_entities(ab));
    let finder_src = ab.as_bytes();
    blocks
        .iter()
        .map(|b| {
            if b.chars < 30 || b.heading != 0 {
                return false;
            }
            let nb = norm(&b.text);
            !nb.is_empty() && memchr::memmem::find(finder_src, nb.as_bytes()).is_some()
        })
        .collect()
}

fn assemble(dom: &Dom, meta: &Meta, cats: &[Cats], blocks: &[Block], confirmed: &[bool], choice: &Choice, url_hint: Option<&str>) -> Page {
    let site_name = meta.site_name.clone();
    // Headline: an h1 that agrees with the metadata, else the metadata.
    let meta_title = meta.og_title.clone().or_else(|| meta.ld_headline.clone()).or_else(|| meta.title.clone());
    let meta_title = meta_title.map(|t| clean_title(&t, site_name.as_deref()));
    let mt_norm = meta_title.as_deref().map(norm).unwrap_or_default();
    let h1_block = blocks.iter().position(|b| {
        b.heading == 1 && b.chars > 3 && {
            let nb = norm(&b.text);
            mt_norm.is_empty() || mt_norm.contains(&nb) || nb.contains(&mt_norm)
        }
    });
    let h1_block = h1_block.or_else(|| {
        if mt_norm.is_empty() {
            blocks.iter().position(|b| b.heading == 1 && b.chars > 3)
        } else {
            None
        }
    });
    let headline = h1_block.and_then(|i| blocks.get(i)).map(|b| b.text.clone()).or(meta_title);

    // Roles for every block; None = left out of the text.
    let first_root_block = blocks.iter().position(|b| choice.root_of(b.owner).is_some());
    let mut roles: Vec<Option<Role>> = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let role = if Some(i) == h1_block {
            Some(Role::Furniture(FurnitureKind::Headline))
        } else if let Some(root) = choice.root_of(b.owner) {
            Some(classify(dom, cats, choice, b, root))
        } else if confirmed.get(i).copied().unwrap_or(false) && b.heading == 0 && b.link_density() < 0.3 {
            // The page's own data (JSON-LD articleBody) says this paragraph is story.
            Some(Role::Body)
        } else {
            // Outside the story: keep bylines and dates near the top, cookie and consent notices.
            let mut c = 0;
            let mut x = b.owner;
            for _ in 0..100 {
                c |= cats.get(x).copied().unwrap_or(0);
                if x == 0 {
                    break;
                }
                x = parent(dom, x);
            }
            let near_top = first_root_block.is_some_and(|f| i < f) && h1_block.is_some_and(|h| i > h);
            if c & cat::COOKIE != 0 && b.chars > 40 {
                Some(Role::Furniture(FurnitureKind::Other))
            } else if near_top && c & cat::BYLINE != 0 && b.chars < 120 && b.link_density() < 1.0 || near_top && b.text.starts_with("By ") && b.chars < 100 {
                Some(Role::Furniture(FurnitureKind::Byline))
            } else {
                None
            }
        };
        roles.push(role);
    }
    mark_lead(dom, cats, blocks, h1_block, first_root_block, &mut roles);
    // An h1 after story text that is not the headline heads a section (blog engines that
    // number sections from h1): a subhead.
    // So does an h1 of the story after the headline, other than a copy of it (a first section
    // heading right under the title).
    let headline_norm = h1_block.and_then(|h| blocks.get(h)).map(|b| norm(&b.text));
    let mut story_seen = false;
    for (i, r) in roles.iter_mut().enumerate() {
        let below_headline = h1_block.is_some_and(|h| i > h)
            && headline_norm.as_ref().is_some_and(|hn| blocks.get(i).is_some_and(|b| norm(&b.text) != *hn));
        match r {
            Some(Role::Body) => story_seen = true,
            Some(Role::Furniture(k)) if *k == FurnitureKind::Headline && (story_seen || below_headline) && Some(i) != h1_block => {
                *k = FurnitureKind::Subhead;
            }
            _ => {}
        }
    }

    // Text and spans.
    let mut text = String::new();
    let mut pos = 0usize; // code points
    let mut layout = Layout::default();
    let mut dom_bylines = Vec::new();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for (b, role) in blocks.iter().zip(&roles) {
        let Some(role) = role else { continue };
        if !text.is_empty() {
            text.push_str("\n\n");
            pos += 2;
        }
        let start = pos;
        let n = b.text.chars().count();
        text.push_str(&b.text);
        pos += n;
        let span = Span::new(start, pos);
        match role {
            Role::Body => {
                layout.body.push(span);
                // A lead printed twice (mobile and desktop copies) is read once.
                if near_cats(dom, cats, b.owner) & cat::LEAD == 0 || seen.insert(b.text.as_str()) {
                    layout.content.push(span);
                }
            }
            Role::Furniture(kind) => {
                if *kind == FurnitureKind::Subhead {
                    layout.content.push(span);
                }
                if *kind == FurnitureKind::Headline && layout.headline_span.is_none() {
                    layout.headline_span = Some(span);
                }
                if *kind == FurnitureKind::Byline {
                    dom_bylines.push(b.text.clone());
                }
                let credit = if *kind == FurnitureKind::Caption { credit_in(&b.text) } else { None };
                layout.furniture.push(Furniture { kind: *kind, text: b.text.clone(), start, end: pos, credit });
            }
        }
    }
    layout.headline = headline;
    layout.byline = if !meta.authors.is_empty() {
        Some(meta.authors.join(", "))
    } else {
        dom_bylines.first().map(|b| clean_byline(b)).filter(|b| !b.is_empty())
    };
    let url = meta.canonical.clone().or_else(|| url_hint.map(String::from));
    let site_name = super::outlet::canonical(site_name.as_deref(), url.as_deref());
    let today = today();
    let real = |d: &String| plausible_date(d, &today);
    layout.published = meta
        .published
        .as_deref()
        .and_then(iso_date)
        .filter(real)
        .or_else(|| {
            dom.elements("time").find_map(|t| dom.node(t).attr("datetime").and_then(iso_date).filter(real))
        })
        .or_else(|| url.as_deref().and_then(url_date).filter(real))
        .or_else(|| url_hint.and_then(url_date).filter(real));
    layout.syndication = syndication(&text, &layout, meta);
    layout.language = meta.language.clone();
    Page { text, layout, url, site_name }
}

/// Categories of `owner` and the two elements above it.
fn near_cats(dom: &Dom, cats: &[Cats], owner: NodeId) -> Cats {
    let mut c = 0;
    let mut x = owner;
    for _ in 0..3 {
        c |= cats.get(x).copied().unwrap_or(0);
        if x == 0 {
            break;
        }
        x = parent(dom, x);
    }
    c
}

/// The lead (standfirst, dek) between the headline and the story container: blocks
/// there named as a lead (`cat::LEAD` on the block or the two elements above it) are
/// story. Link lists, navigation, captions and tiny labels never are; a lead printed
/// twice (mobile and desktop copies) is kept once.
fn mark_lead(dom: &Dom, cats: &[Cats], blocks: &[Block], h1: Option<usize>, first_root: Option<usize>, roles: &mut [Option<Role>]) {
    let Some(first_root) = first_root else { return };
    let from = h1.map_or(first_root.saturating_sub(6), |h| h + 1);
    if from >= first_root || first_root - from > 12 {
        return;
    }
    let mut kept: Vec<String> = Vec::new();
    for i in from..first_root {
        let (Some(b), Some(None)) = (blocks.get(i), roles.get(i)) else { continue };
        if b.chars < 40 || b.link_density() > 0.2 || b.heading == 1 {
            continue;
        }
        let mut near = 0;
        let mut chain = 0;
        let mut x = b.owner;
        for depth in 0..100 {
            let c = cats.get(x).copied().unwrap_or(0);
            if depth < 3 {
                near |= c;
            }
            chain |= c;
            if x == 0 {
                break;
            }
            x = parent(dom, x);
        }
        if near & cat::LEAD == 0 || chain & (cat::NAV | cat::FOOTER | cat::COMMENT | cat::MODAL | cat::COOKIE | cat::AD | cat::PROMO) != 0 {
            continue;
        }
        if near & (cat::CAPTION | cat::BYLINE | cat::DATE | cat::SHARE) != 0 {
            continue;
        }
        let nb = norm(&b.text);
        if kept.contains(&nb) {
            continue;
        }
        kept.push(nb);
        if let Some(r) = roles.get_mut(i) {
            *r = Some(Role::Body);
        }
    }
}

/// "By A and B | Reporter" -> "A, B".
fn clean_byline(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")).or_else(|| s.strip_prefix("BY ")).unwrap_or(s);
    let s = s.split(['|', '\n']).next().unwrap_or("");
    meta::split_authors(s)
        .into_iter()
        .filter(|a| title_case_words(a) && meta::plausible_author(a) && a.split_whitespace().count() <= 5)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The photo credit inside a caption: "(Name/Agency)", "Photo: X", "Credit: X".
fn credit_in(s: &str) -> Option<String> {
    for key in ["Photo by ", "Photograph: ", "Photo: ", "Credit: ", "Image: ", "Picture: ", "Foto: "] {
        if let Some(i) = s.find(key) {
            let rest = s.get(i + key.len()..).unwrap_or("");
            let cut = rest.find([')', ']', '\n']).unwrap_or(rest.len());
            let c = rest.get(..cut).unwrap_or("").trim().trim_end_matches('.');
            if !c.is_empty() && c.len() < 100 {
                return Some(c.to_string());
            }
        }
    }
    let open = s.rfind('(')?;
    let close = s.get(open..)?.find(')')? + open;
    let inner = s.get(open + 1..close)?.trim();
    (inner.contains('/') && inner.len() < 80).then(|| inner.to_string())
}

fn syndication(text: &str, layout: &Layout, meta: &Meta) -> Option<Syndication> {
    // A notice block in the text.
    for f in &layout.furniture {
        if f.kind == FurnitureKind::Syndication {
            let publisher = syndication_notice(&f.text).flatten().or_else(|| wire_copyright(&f.text).map(String::from));
            return Some(Syndication { original_publisher: publisher, start: f.start, end: f.end });
        }
    }
    // A wire credit in the first body paragraph's dateline.
    if let Some(first) = layout.body.first() {
        let chars: Vec<char> = text.chars().skip(first.start).take(first.len().min(200)).collect();
        let head: String = chars.iter().collect();
        for (mark, name) in WIRES {
            if let Some(b) = head.find(mark) {
                let before = head.get(..b).unwrap_or("");
                if before.chars().count() < 80 && before.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase()) {
                    let s = first.start + before.chars().count();
                    return Some(Syndication {
                        original_publisher: Some((*name).to_string()),
                        start: s,
                        end: s + mark.chars().count(),
                    });
                }
            }
        }
    }
    if let Some((publisher, url)) = &meta.based_on {
        let name = publisher.clone().or_else(|| url.as_deref().and_then(host_of));
        return Some(Syndication { original_publisher: name, start: 0, end: 0 });
    }
    None
}

fn host_of(url: &str) -> Option<String> {
    let rest = url.split("://").nth(1)?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(t: &str, s: usize, e: usize) -> String {
        t.chars().skip(s).take(e - s).collect()
    }

    #[test]
    fn date_and_time_stamps_alone() {
        assert!(time_stamp("2026/05/05 10:31 송고"));
        assert!(time_stamp("30.05.2026, 12:00"));
        assert!(time_stamp("17.04.2026, 19:45 Uhr"));
        assert!(!time_stamp("Ana Ruiz 2026-05-05 10:31"), "a comment's name and time");
        assert!(!time_stamp("2018.04.05 ~ OPEN RUN"), "an event's dates and words");
        assert!(!time_stamp("電話：03-584-7231 行動: 0937-141993"), "a phone number");
        assert!(!time_stamp("2026"));
    }

    #[test]
    fn reporters_sign_off_with_an_email() {
        assert!(sign_off("김민준 기자 kim@example.com"));
        assert!(sign_off("Ana Ruiz (ana.ruiz@example.com)"));
        assert!(sign_off("记者 王丽华【wang@example.cn】"));
        assert!(!sign_off("Write to the city office at info@example.com"), "a sentence");
        assert!(!sign_off("Readers asked, again, to write to info@example.com"));
        assert!(sign_off("kim@example.com"), "an address alone");
        assert!(!sign_off("Kim Min-jun @kimmj"), "a handle, not an address");
    }

    #[test]
    fn story_paragraphs_are_body_and_furniture_spans_match() {
        let html = r#"<html><head><title>Big news – Example Times</title>
            <meta property="og:site_name" content="Example Times">
            <meta name="author" content="Ana Pérez">
            <meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
            <article><h1>Big news</h1>
            <div class="article-body">
            <p>“This is the first paragraph,” said the minister, adding that the plan, long delayed, would start soon.</p>
            <figure><img src="x.jpg"><figcaption>The minister speaks. (Li Muzi/Xinhua)</figcaption></figure>
            <h2>What comes next</h2>
            <p>The second paragraph, with more words, explains the background of the decision in detail.</p>
            <div class="newsletter-promo"><p>Sign up for our newsletter to get the news every day.</p></div>
            <p>A third paragraph closes the story, with a quote from an expert, who said it was fine.</p>
            <p>Have a tip? Ana Pérez may be reached at ana@example.com.</p>
            <p>Get the latest updates right in your inbox. Subscribe to Example Times' newsletters.</p>
            </div></article>
            <div class="related"><a href="/a">Other story one</a><a href="/b">Other story two</a></div>
            <footer>© 2024 Example Times</footer></body></html>"#;
        let page = extract(html, None);
        let l = &page.layout;
        assert_eq!(l.body.len(), 3, "{:#?}", page);
        assert_eq!(l.headline.as_deref(), Some("Big news"));
        assert_eq!(l.byline.as_deref(), Some("Ana Pérez"));
        assert_eq!(l.published.as_deref(), Some("2024-03-01T10:00:00Z"));
        assert_eq!(page.site_name.as_deref(), Some("Example Times"));
        let kinds: Vec<_> = l.furniture.iter().map(|f| f.kind).collect();
        assert!(kinds.contains(&FurnitureKind::Caption));
        assert!(kinds.contains(&FurnitureKind::Subhead));
        assert!(kinds.contains(&FurnitureKind::Promo));
        // the plain-text layout's notices: a writer's contact note, a call to subscribe
        let notices: Vec<_> = l.furniture.iter().filter(|f| f.text.contains("Have a tip") || f.text.starts_with("Get the latest")).map(|f| f.kind).collect();
        assert_eq!(notices, [FurnitureKind::Other, FurnitureKind::Promo]);
        let cap = l.furniture.iter().find(|f| f.kind == FurnitureKind::Caption);
        assert_eq!(cap.and_then(|c| c.credit.as_deref()), Some("Li Muzi/Xinhua"));
        for f in &l.furniture {
            assert_eq!(chars(&page.text, f.start, f.end), f.text);
        }
        for s in &l.body {
            assert!(!chars(&page.text, s.start, s.end).is_empty());
        }
    }

    #[test]
    fn dates() {
        assert_eq!(iso_date("2019-11-19T10:00:00-05:00").as_deref(), Some("2019-11-19T10:00:00-05:00"));
        assert_eq!(iso_date("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(url_date("https://x.com/2019/11/19/opinion/x.html").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("Tuesday"), None);
    }

    #[test]
    fn placeholder_dates_are_rejected() {
        let today = today();
        assert_eq!(today.len(), 10);
        assert!(plausible_date("2019-11-19T10:00:00Z", &today));
        assert!(!plausible_date("0001-01-01T00:00:00Z", &today));
        assert!(!plausible_date("1970-01-01", &today));
        assert!(!plausible_date("9999-12-31", &today));
        assert!(plausible_date("2024-02-29", "2024-02-29"));
        assert!(!plausible_date("2024-03-01", "2024-02-29"));
    }
}
