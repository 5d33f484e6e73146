//! A small, forgiving HTML parser: bytes of a decoded page -> [`Dom`], an arena
//! of [`Node`]s.
//!
//! It is not the WHATWG algorithm, but follows its common repairs: void
//! elements, raw-text elements (`script`, `style`, ...), implied end tags for
//! `p`, `li`, `dt`/`dd`, table cells and rows, and end tags that close every
//! element above the one they name. Unknown end tags are ignored. Depth is
//! capped, so deeply nested input stays linear and iterative. Never panics.

/// Index of a node in [`Dom::nodes`].
pub type NodeId = usize;

/// Nesting depth past which new elements are attached flat.
const MAX_DEPTH: usize = 400;

/// One node: an element (with its name and kept attributes) or a text run.
#[derive(Debug, Clone)]
pub struct Node {
    /// Parent element (the root is its own parent).
    pub parent: NodeId,
    /// Children, in document order.
    pub children: Vec<NodeId>,
    /// What the node is.
    pub data: NodeData,
}

/// Element or text.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document root.
    Root,
    /// An element: lowercase name and the attributes the extractor reads.
    Element {
        /// Lowercase tag name.
        name: Box<str>,
        /// Lowercase attribute names with entity-decoded values.
        attrs: Vec<(Box<str>, Box<str>)>,
    },
    /// Entity-decoded text, whitespace as in the source.
    Text(String),
    /// The raw content of a `script` element of type JSON-LD or JSON.
    Script(String),
}

/// A parsed page.
#[derive(Debug, Clone)]
pub struct Dom {
    /// All nodes; node 0 is the root.
    pub nodes: Vec<Node>,
}

impl Node {
    /// The lowercase tag name, `""` for non-elements.
    pub fn name(&self) -> &str {
        match &self.data {
            NodeData::Element { name, .. } => name,
            _ => "",
        }
    }
    /// The value of attribute `key` (lowercase), if present.
    pub fn attr(&self, key: &str) -> Option<&str> {
        match &self.data {
            NodeData::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| &**k == key).map(|(_, v)| &**v)
            }
            _ => None,
        }
    }
}

/// Attributes worth keeping; everything else is dropped at parse time.
fn keep_attr(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "id"
            | "role"
            | "itemprop"
            | "itemtype"
            | "name"
            | "property"
            | "content"
            | "rel"
            | "href"
            | "type"
            | "datetime"
            | "hidden"
            | "aria-hidden"
            | "style"
            | "charset"
            | "http-equiv"
            | "data-testid"
            | "data-component"
            | "data-type"
            | "lang"
    )
}

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta"
            | "param" | "source" | "track" | "wbr" | "keygen" | "basefont" | "bgsound" | "frame"
    )
}

fn is_raw_text(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "textarea" | "title" | "xmp" | "iframe" | "noembed" | "noframes"
            | "noscript"
    )
}

/// Start tags that close an open `p`.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address" | "article" | "aside" | "blockquote" | "div" | "dl" | "fieldset" | "figure"
            | "figcaption" | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "header" | "hr" | "main" | "nav" | "ol" | "p" | "pre" | "section" | "table"
            | "ul" | "details" | "menu" | "center" | "dd" | "dt" | "li" | "hgroup"
    )
}

/// Elements that stop the search for an element to close implicitly.
fn is_scope(name: &str) -> bool {
    matches!(
        name,
        "html" | "body" | "table" | "td" | "th" | "caption" | "div" | "article" | "section"
            | "main" | "aside" | "nav" | "header" | "footer" | "blockquote" | "figure"
            | "button" | "object" | "template"
    )
}

impl Dom {
    /// Parses a page. Never fails: broken markup is repaired or dropped.
    pub fn parse(src: &str) -> Dom {
        let mut b = Builder {
            dom: Dom {
                nodes: vec![Node { parent: 0, children: Vec::new(), data: NodeData::Root }],
            },
            stack: vec![0],
            names: vec![Box::from("")],
        };
        b.run(src);
        b.dom
    }

    /// The node with id `id` (a root-like dummy when out of range).
    pub fn node(&self, id: NodeId) -> &Node {
        self.nodes.get(id).unwrap_or(&self.nodes[0])
    }

    /// Ids of the elements named `name`, in document order.
    pub fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.name() == name).map(|(i, _)| i)
    }

    /// All text under `id`, whitespace collapsed to single spaces.
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut todo = vec![id];
        while let Some(n) = todo.pop() {
            let node = self.node(n);
            match &node.data {
                NodeData::Text(t) => {
                    out.push_str(t);
                    out.push(' ');
                }
                NodeData::Element { name, .. }
                    if matches!(&**name, "script" | "style" | "noscript" | "template") => {}
                _ => todo.extend(node.children.iter().rev()),
            }
        }
        collapse_ws(&out)
    }
}

/// Collapses runs of whitespace to one space and trims.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace() || c == '\u{200b}') {
        if !w.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
    out
}

struct Builder {
    dom: Dom,
    /// Open elements, root first.
    stack: Vec<NodeId>,
    /// Names of the open elements, parallel to `stack`.
    names: Vec<Box<str>>,
}

impl Builder {
    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn append(&mut self, data: NodeData) -> NodeId {
        let parent = self.current();
        let id = self.dom.nodes.len();
        self.dom.nodes.push(Node { parent, children: Vec::new(), data });
        if let Some(p) = self.dom.nodes.get_mut(parent) {
            p.children.push(id);
        }
        id
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let decoded = clean_text(decode_entities(raw));
        let cur = self.current();
        // Merge with a preceding text sibling.
        if let Some(&last) = self.dom.nodes.get(cur).and_then(|n| n.children.last()) {
            if let Some(Node { data: NodeData::Text(t), .. }) = self.dom.nodes.get_mut(last) {
                t.push_str(&decoded);
                return;
            }
        }
        self.append(NodeData::Text(decoded));
    }

    /// Pops the stack down to (and including) index `i`.
    fn pop_to(&mut self, i: usize) {
        let i = i.max(1);
        self.stack.truncate(i);
        self.names.truncate(i);
    }

    /// Index in the stack of the nearest open `name` not hidden behind a scope element.
    fn find_in_scope(&self, name: &str, stop: &dyn Fn(&str) -> bool) -> Option<usize> {
        for (i, n) in self.names.iter().enumerate().rev().take(64) {
            if i == 0 {
                return None;
            }
            if &**n == name {
                return Some(i);
            }
            if stop(n) {
                return None;
            }
        }
        None
    }

    fn start_tag(&mut self, name: &str, attrs: Vec<(Box<str>, Box<str>)>, self_closing: bool) {
        // A page that never closes its head: body content closes it.
        // (`head` sits right under the root or `html`: only those slots are looked at.)
        if !in_head(name) {
            if let Some(i) = (1..self.names.len().min(3)).find(|&i| self.names.get(i).is_some_and(|n| &**n == "head")) {
                self.pop_to(i);
            }
        }
        // A heading left open ends at the next heading, or at a block once it holds text.
        if closes_heading(name) {
            // Headings hold inline markup only, so an open one sits near the top of the stack.
            let depth = self.names.len();
            let open = self.names.iter().rev().take(8).position(|n| heading_level(n).is_some()).map(|k| depth - 1 - k).filter(|&i| i > 0);
            if let Some(i) = open {
                let inside_scope = self.names.iter().skip(i + 1).all(|n| !is_scope(n));
                let has_text = self.stack.get(i).and_then(|&h| self.dom.nodes.get(h)).is_some_and(|h| {
                    h.children.iter().any(|&c| matches!(self.dom.nodes.get(c).map(|n| &n.data), Some(NodeData::Text(t)) if !t.trim().is_empty()))
                });
                if inside_scope && (heading_level(name).is_some() || has_text) {
                    self.pop_to(i);
                }
            }
        }
        // Implied end tags.
        if closes_p(name) {
            if let Some(i) = self.find_in_scope("p", &|n| is_scope(n) || n == "li") {
                self.pop_to(i);
            }
        }
        match name {
            "li" => {
                if let Some(i) = self.find_in_scope("li", &|n| {
                    is_scope(n) || n == "ul" || n == "ol" || n == "menu"
                }) {
                    self.pop_to(i);
                }
            }
            "dt" | "dd" => {
                for t in ["dt", "dd"] {
                    if let Some(i) = self.find_in_scope(t, &|n| is_scope(n) || n == "dl") {
                        self.pop_to(i);
                    }
                }
            }
            "td" | "th" => {
                for t in ["td", "th"] {
                    if let Some(i) = self.find_in_scope(t, &|n| n == "tr" || n == "table") {
                        self.pop_to(i);
                    }
                }
            }
            "tr" => {
                for t in ["td", "th", "tr"] {
                    if let Some(i) = self.find_in_scope(t, &|n| n == "table" || n == "tbody" || n == "thead") {
                        self.pop_to(i);
                    }
                }
            }
            "option" => {
                if let Some(i) = self.find_in_scope("option", &|n| n == "select") {
                    self.pop_to(i);
                }
            }
            "a" => {
                // Nested links are invalid: close the open one.
                if let Some(i) = self.find_in_scope("a", &|n| is_scope(n)) {
                    self.pop_to(i);
                }
            }
            _ => {}
        }
        let id = self.append(NodeData::Element { name: Box::from(name), attrs });
        if !is_void(name) && !self_closing_foreign(name, self_closing) && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
            self.names.push(Box::from(name));
        }
    }

    fn end_tag(&mut self, name: &str) {
        if name == "br" {
            self.append(NodeData::Element { name: Box::from("br"), attrs: Vec::new() });
            return;
        }
        // Any heading end tag closes the open heading (`<h2>Title</h3>`).
        if heading_level(name).is_some() {
            if let Some(i) = self.names.iter().rposition(|n| heading_level(n).is_some()).filter(|&i| i > 0) {
                if self.names.iter().skip(i + 1).all(|n| !is_scope(n)) {
                    self.pop_to(i);
                }
            }
            return;
        }
        // Close the nearest open element of that name (block ends don't cross scopes for inline tags).
        let inline = matches!(name, "a" | "b" | "i" | "em" | "strong" | "span" | "font" | "u" | "small" | "p");
        for (i, n) in self.names.iter().enumerate().rev() {
            if i == 0 {
                return;
            }
            if &**n == name {
                self.pop_to(i);
                return;
            }
            if inline && is_scope(n) {
                return;
            }
        }
    }

    fn run(&mut self, src: &str) {
        let bytes = src.as_bytes();
        let mut pos = 0;
        let len = bytes.len();
        while pos < len {
            let Some(lt) = memchr::memchr(b'<', bytes.get(pos..).unwrap_or(&[])) else {
                self.text(src.get(pos..).unwrap_or(""));
                break;
            };
            let lt = pos + lt;
            if lt > pos {
                self.text(src.get(pos..lt).unwrap_or(""));
            }
            let next = bytes.get(lt + 1).copied().unwrap_or(0);
            if next == b'!' {
                if bytes.get(lt + 2..lt + 4) == Some(b"--") {
                    // Comment: to the next "-->".
                    pos = match memchr::memmem::find(bytes.get(lt + 4..).unwrap_or(&[]), b"-->") {
                        Some(e) => lt + 4 + e + 3,
                        None => len,
                    };
                } else if bytes.get(lt + 2..lt + 9).map(|s| s.eq_ignore_ascii_case(b"[CDATA[")) == Some(true) {
                    let end = memchr::memmem::find(bytes.get(lt + 9..).unwrap_or(&[]), b"]]>");
                    let stop = end.map(|e| lt + 9 + e).unwrap_or(len);
                    self.text(src.get(lt + 9..stop).unwrap_or(""));
                    pos = end.map(|e| lt + 9 + e + 3).unwrap_or(len);
                } else {
                    // Doctype or bogus comment.
                    pos = memchr::memchr(b'>', bytes.get(lt..).unwrap_or(&[])).map(|e| lt + e + 1).unwrap_or(len);
                }
            } else if next == b'?' {
                pos = memchr::memchr(b'>', bytes.get(lt..).unwrap_or(&[])).map(|e| lt + e + 1).unwrap_or(len);
            } else if next == b'/' {
                let start = lt + 2;
                let mut e = start;
                while e < len && bytes.get(e).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b':') {
                    e += 1;
                }
                pos = memchr::memchr(b'>', bytes.get(e..).unwrap_or(&[])).map(|g| e + g + 1).unwrap_or(len);
                if e > start {
                    let name = src.get(start..e).unwrap_or("").to_ascii_lowercase();
                    self.end_tag(&name);
                }
            } else if next.is_ascii_alphabetic() {
                pos = self.tag(src, lt + 1);
            } else {
                // A lone '<' is text.
                self.text("<");
                pos = lt + 1;
            }
        }
    }

    /// Parses a start tag whose name begins at `start`; returns the position after it.
    fn tag(&mut self, src: &str, start: usize) -> usize {
        let bytes = src.as_bytes();
        let len = bytes.len();
        let mut p = start;
        while p < len && bytes.get(p).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'/') {
            p += 1;
        }
        let name = src.get(start..p).unwrap_or("").to_ascii_lowercase();
        let mut attrs: Vec<(Box<str>, Box<str>)> = Vec::new();
        let mut self_closing = false;
        loop {
            while p < len && bytes.get(p).is_some_and(|b| b.is_ascii_whitespace()) {
                p += 1;
            }
            match bytes.get(p) {
                None => break,
                Some(b'>') => {
                    p += 1;
                    break;
                }
                Some(b'/') => {
                    self_closing = bytes.get(p + 1) == Some(&b'>');
                    p += 1;
                    continue;
                }
                _ => {}
            }
            let an = p;
            while p < len && bytes.get(p).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>' && *b != b'=' && *b != b'/') {
                p += 1;
            }
            if p == an {
                p += 1; // stray '='
                continue;
            }
            let aname = src.get(an..p).unwrap_or("").to_ascii_lowercase();
            while p < len && bytes.get(p).is_some_and(|b| b.is_ascii_whitespace()) {
                p += 1;
            }
            let mut value = "";
            if bytes.get(p) == Some(&b'=') {
                p += 1;
                while p < len && bytes.get(p).is_some_and(|b| b.is_ascii_whitespace()) {
                    p += 1;
                }
                match bytes.get(p) {
                    Some(&q) if q == b'"' || q == b'\'' => {
                        let vs = p + 1;
                        let ve = memchr::memchr(q, bytes.get(vs..).unwrap_or(&[])).map(|e| vs + e).unwrap_or(len);
                        value = src.get(vs..ve).unwrap_or("");
                        p = (ve + 1).min(len);
                    }
                    _ => {
                        let vs = p;
                        while p < len && bytes.get(p).is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>') {
                            p += 1;
                        }
                        value = src.get(vs..p).unwrap_or("");
                    }
                }
            }
            if keep_attr(&aname) && attrs.len() < 32 && !attrs.iter().any(|(k, _)| **k == *aname) {
                attrs.push((aname.into_boxed_str(), decode_entities(value).into_boxed_str()));
            }
        }
        if is_raw_text(&name) && !self_closing {
            // Content up to the matching end tag, case-insensitively.
            let body_start = p;
            let end = find_end_tag(bytes, body_start, &name);
            let content = src.get(body_start..end.0).unwrap_or("");
            let is_json = name == "script"
                && attrs.iter().any(|(k, v)| &**k == "type" && v.to_ascii_lowercase().contains("json"));
            let id = self.append(NodeData::Element { name: Box::from(name.as_str()), attrs });
            let child = if is_json || name == "noscript" {
                // JSON data, or markup a reader without scripts sees (parsed on demand).
                Some(NodeData::Script(content.to_string()))
            } else if name == "title" || name == "textarea" {
                Some(NodeData::Text(decode_entities(content)))
            } else {
                None
            };
            if let Some(data) = child {
                let cid = self.dom.nodes.len();
                self.dom.nodes.push(Node { parent: id, children: Vec::new(), data });
                if let Some(n) = self.dom.nodes.get_mut(id) {
                    n.children.push(cid);
                }
            }
            return end.1;
        }
        if name == "plaintext" {
            self.text(src.get(p..).unwrap_or(""));
            return len;
        }
        self.start_tag(&name, attrs, self_closing);
        p
    }
}

/// Heading level of an element name, `None` for other elements.
pub fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// Elements that belong in `<head>` (anything else opens the body).
fn in_head(name: &str) -> bool {
    matches!(name, "meta" | "link" | "title" | "script" | "style" | "base" | "noscript" | "template" | "head" | "html")
}

/// Start tags that end a heading left open.
fn closes_heading(name: &str) -> bool {
    heading_level(name).is_some()
        || matches!(
            name,
            "p" | "div" | "ul" | "ol" | "dl" | "table" | "section" | "article" | "blockquote" | "header"
                | "footer" | "main" | "aside" | "nav" | "form" | "figure" | "pre"
        )
}

/// Text as a reader sees it: soft hyphens and zero-width spaces dropped, decomposed
/// accents composed (NFC) when the text has combining marks.
pub fn clean_text(s: String) -> String {
    let invisible = |c: char| matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}');
    let combining = |c: char| ('\u{300}'..='\u{36f}').contains(&c);
    if s.is_ascii() || !s.chars().any(|c| invisible(c) || combining(c)) {
        return s;
    }
    let kept = s.chars().filter(|&c| !invisible(c));
    if s.chars().any(combining) {
        use unicode_normalization::UnicodeNormalization;
        kept.nfc().collect()
    } else {
        kept.collect()
    }
}

fn self_closing_foreign(name: &str, self_closing: bool) -> bool {
    self_closing && !matches!(name, "div" | "p" | "span" | "a" | "section" | "article" | "li" | "ul" | "td" | "tr" | "table")
}

/// Finds `</name` from `from` (ASCII case-insensitive): (content end, position after the tag).
fn find_end_tag(bytes: &[u8], from: usize, name: &str) -> (usize, usize) {
    let n = name.len();
    let mut p = from;
    while let Some(i) = memchr::memmem::find(bytes.get(p..).unwrap_or(&[]), b"</") {
        let at = p + i;
        if bytes.get(at + 2..at + 2 + n).is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
            && !bytes.get(at + 2 + n).is_some_and(|b| b.is_ascii_alphanumeric())
        {
            let after = memchr::memchr(b'>', bytes.get(at..).unwrap_or(&[]))
                .map(|g| at + g + 1)
                .unwrap_or(bytes.len());
            return (at, after);
        }
        p = at + 2;
    }
    (bytes.len(), bytes.len())
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) in `s`.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(rest.get(..i).unwrap_or(""));
        let after = rest.get(i + 1..).unwrap_or("");
        match decode_one(after, &mut out) {
            Some(used) => rest = after.get(used..).unwrap_or(""),
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes one reference after `&` into `out`; returns the bytes consumed.
fn decode_one(s: &str, out: &mut String) -> Option<usize> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x') | Some(b'X') => (true, 2),
            _ => (false, 1),
        };
        let mut e = start;
        while e < b.len()
            && e < start + 8
            && b.get(e).is_some_and(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() })
        {
            e += 1;
        }
        if e == start {
            return None;
        }
        let v = u32::from_str_radix(s.get(start..e)?, if hex { 16 } else { 10 }).ok()?;
        let used = if b.get(e) == Some(&b';') { e + 1 } else { e };
        let c = match v {
            0x80..=0x9f => cp1252_c1(v),
            0 => '\u{fffd}',
            _ => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        out.push(c);
        return Some(used);
    }
    let mut e = 0;
    while e < b.len() && e < 10 && b.get(e).is_some_and(|c| c.is_ascii_alphanumeric()) {
        e += 1;
    }
    let name = s.get(..e)?;
    named_entity(name, out)?;
    Some(if b.get(e) == Some(&b';') { e + 1 } else { e })
}

/// Windows-1252 meanings of C1 code points in numeric references.
fn cp1252_c1(v: u32) -> char {
    const T: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
        '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    T.get((v as usize).wrapping_sub(0x80)).copied().unwrap_or('\u{fffd}')
}

/// Latin-1 entity names, in code-point order from U+00A0.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para",
    "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc",
    "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
    "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN",
    "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil", "egrave",
    "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde", "ograve",
    "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
    "yacute", "thorn", "yuml",
];

fn named_entity(name: &str, out: &mut String) -> Option<()> {
    let s = match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "hellip" => "…",
        "mdash" => "—",
        "ndash" => "–",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "sbquo" => "‚",
        "bdquo" => "„",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "bull" => "•",
        "euro" => "€",
        "trade" => "™",
        "dagger" => "†",
        "Dagger" => "‡",
        "permil" => "‰",
        "prime" => "′",
        "Prime" => "″",
        "OElig" => "Œ",
        "oelig" => "œ",
        "Scaron" => "Š",
        "scaron" => "š",
        "Yuml" => "Ÿ",
        "fnof" => "ƒ",
        "circ" => "ˆ",
        "tilde" => "˜",
        "ensp" | "emsp" | "thinsp" => " ",
        "zwnj" | "zwj" | "lrm" | "rlm" | "ZeroWidthSpace" => "",
        "larr" => "←",
        "rarr" => "→",
        "uarr" => "↑",
        "darr" => "↓",
        "hearts" => "♥",
        "minus" => "−",
        "shy" => "",
        _ => {
            let i = LATIN1.iter().position(|n| *n == name)?;
            out.push(char::from_u32(0xA0 + i as u32)?);
            return Some(());
        }
    };
    out.push_str(s);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_and_repairs() {
        let d = Dom::parse("<div class=a><p>One<p>Two &amp; <b>three</div><p>x</p>");
        let ps: Vec<_> = d.elements("p").collect();
        assert_eq!(ps.len(), 3);
        assert_eq!(d.text_of(ps[1]), "Two & three");
        assert_eq!(d.node(d.node(ps[1]).parent).name(), "div");
    }

    #[test]
    fn raw_text_and_entities() {
        let d = Dom::parse("<script>if (a<b) {}</script><p>&#8220;Hi&#x201D; caf&eacute;&nbsp;ok</p>");
        let p = d.elements("p").next().unwrap_or(0);
        assert_eq!(d.text_of(p), "“Hi” café ok");
    }

    #[test]
    fn deep_nesting_is_capped() {
        let s = "<div>".repeat(100_000) + "x";
        let d = Dom::parse(&s);
        assert!(d.nodes.len() > 100_000);
    }
}
