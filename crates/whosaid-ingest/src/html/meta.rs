//! Page metadata: `<meta>` tags, `<link rel>`, `<title>` and JSON-LD, read into [`Meta`].

use super::dom::{collapse_ws, Dom, NodeData};
use serde_json::Value;

/// What the page says about itself, before looking at the story.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    /// `<title>` text.
    pub title: Option<String>,
    /// `og:title` / `twitter:title`.
    pub og_title: Option<String>,
    /// `description` / `og:description` / `twitter:description`: often the standfirst.
    pub description: Option<String>,
    /// JSON-LD `headline`.
    pub ld_headline: Option<String>,
    /// The outlet: `og:site_name`, else the JSON-LD publisher's name, else
    /// `application-name` (which some pages fill with the headline).
    pub site_name: Option<String>,
    /// Authors from JSON-LD, `<meta name=author>` and similar, in order, deduplicated.
    pub authors: Vec<String>,
    /// Date of publication as given (JSON-LD, `article:published_time`, ...).
    pub published: Option<String>,
    /// `<link rel=canonical>` or `og:url`.
    pub canonical: Option<String>,
    /// JSON-LD `articleBody`, when the page ships the story as data.
    pub article_body: Option<String>,
    /// JSON-LD `isBasedOn` or a syndication-source link: (publisher, url).
    pub based_on: Option<(Option<String>, Option<String>)>,
    /// `<html lang>`, else `content-language` / `og:locale` / JSON-LD `inLanguage`.
    pub language: Option<String>,
    /// `<meta charset>` or `http-equiv` content-type charset.
    pub charset: Option<String>,
}

fn set(slot: &mut Option<String>, v: &str) {
    let v = collapse_ws(v);
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    }
}

fn add_author(list: &mut Vec<String>, name: &str) {
    let name = collapse_ws(name);
    let name = name.strip_prefix("By ").or_else(|| name.strip_prefix("by ")).unwrap_or(&name).trim().to_string();
    if !plausible_author(&name) {
        return;
    }
    let key = name_key(&name);
    if let Some(i) = list.iter().position(|a| name_key(a) == key) {
        // Keep the fuller spelling ("Troy L. Smith" over "Troy Smith").
        if list.get(i).is_some_and(|a| a.len() < name.len()) {
            list[i] = name;
        }
        return;
    }
    list.push(name);
}

/// False for things that are not a person's or desk's name: URLs, domains, dates, handles.
pub fn plausible_author(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !(name.is_empty()
        || name.len() > 80
        || lower.starts_with("http")
        || lower.starts_with("www.")
        || [".com", ".org", ".net", ".co.", ".de", ".fr", ".it", ".br"].iter().any(|d| lower.contains(d))
        || name.contains('@')
        || name.chars().any(|c| c.is_ascii_digit())
        || !name.chars().any(|c| c.is_alphabetic()))
}

/// First and last word, lowercase: "Troy L. Smith" and "Troy Smith" are one author.
fn name_key(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match (words.first(), words.last()) {
        (Some(f), Some(l)) => format!("{} {}", f.to_lowercase(), l.to_lowercase()),
        _ => name.to_lowercase(),
    }
}

/// Reads the metadata of a parsed page.
pub fn read(dom: &Dom) -> Meta {
    let mut m = Meta::default();
    let mut meta_authors = Vec::new();
    let (mut og_site, mut app_name) = (None, None);
    let (mut html_lang, mut meta_lang) = (None, None);
    for (i, n) in dom.nodes.iter().enumerate() {
        match n.name() {
            "meta" => {
                let key = n.attr("property").or_else(|| n.attr("name")).or_else(|| n.attr("itemprop"));
                let content = n.attr("content").unwrap_or("");
                if n.attr("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("content-language")) {
                    set(&mut meta_lang, content);
                }
                if let Some(cs) = n.attr("charset") {
                    set(&mut m.charset, cs);
                }
                if let Some(key) = key {
                    match key.to_ascii_lowercase().as_str() {
                        "og:title" | "twitter:title" => set(&mut m.og_title, content),
                        "description" | "og:description" | "twitter:description" => set(&mut m.description, content),
                        "og:site_name" | "twitter:site:name" => set(&mut og_site, content),
                        "application-name" => set(&mut app_name, content),
                        "author" | "article:author" | "byl" | "dc.creator" | "parsely-author" | "sailthru.author"
                        | "cxenseparse:author"
                            if !content.starts_with("http") => {
                                for a in split_authors(content.trim_start_matches("By ").trim_start_matches("by ")) {
                                    add_author(&mut meta_authors, &a);
                                }
                            }
                        "article:published_time" | "datepublished" | "date" | "pubdate" | "publishdate"
                        | "dc.date" | "dc.date.issued" | "parsely-pub-date" | "sailthru.date" | "og:published_time"
                        | "article.published" | "publish-date" | "dcterms.created" => set(&mut m.published, content),
                        "og:url" => set(&mut m.canonical, content),
                        "og:locale" | "language" | "dc.language" => set(&mut meta_lang, content),
                        _ => {}
                    }
                }
            }
            "html" => {
                if let Some(l) = n.attr("lang") {
                    set(&mut html_lang, l);
                }
            }
            "link" => {
                let rel = n.attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    if let Some(h) = n.attr("href") {
                        if h.starts_with("http") {
                            m.canonical = Some(h.trim().to_string());
                        }
                    }
                }
            }
            "title"
                if m.title.is_none() => {
                    let t = dom.text_of(i);
                    if !t.is_empty() {
                        m.title = Some(t);
                    }
                }
            "script" => {
                for &c in &n.children {
                    if let NodeData::Script(s) = &dom.node(c).data {
                        if let Ok(v) = serde_json::from_str::<Value>(s.trim().trim_end_matches(';')) {
                            json_ld(&v, &mut m, 0);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // og:site_name first, then the JSON-LD publisher (read into m.site_name), then application-name.
    m.site_name = og_site.or(m.site_name.take()).or(app_name);
    m.language = html_lang.or(meta_lang).or(m.language.take());
    for a in meta_authors {
        if m.authors.len() < 8 {
            add_author(&mut m.authors, &a);
        }
    }
    m
}

/// Splits "A, B and C" into names.
pub fn split_authors(s: &str) -> Vec<String> {
    s.split([',', ';', '|', '&'])
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

fn types(v: &Value) -> Vec<String> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(String::from)).collect(),
        _ => Vec::new(),
    }
}

fn str_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Array(a) => a.iter().find_map(|x| str_of(Some(x))),
        Value::Object(o) => str_of(o.get("name")).or_else(|| str_of(o.get("@value"))),
        _ => None,
    }
}

fn names(v: Option<&Value>, out: &mut Vec<String>) {
    match v {
        Some(Value::String(s)) => {
            for a in split_authors(s) {
                out.push(a);
            }
        }
        Some(Value::Array(a)) => a.iter().for_each(|x| names(Some(x), out)),
        Some(Value::Object(o)) => {
            if let Some(n) = o.get("name").and_then(|x| x.as_str()) {
                out.push(n.to_string());
            }
        }
        _ => {}
    }
}

fn json_ld(v: &Value, m: &mut Meta, depth: usize) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| json_ld(x, m, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                json_ld(g, m, depth + 1);
            }
            let t = types(v);
            let is_article = t.iter().any(|t| t.contains("Article") || t == "BlogPosting" || t == "Report" || t == "WebPage" && o.contains_key("headline"));
            if is_article {
                if let Some(l) = str_of(o.get("inLanguage")) {
                    set(&mut m.language, &l);
                }
                if let Some(h) = str_of(o.get("headline")) {
                    set(&mut m.ld_headline, &h);
                }
                let mut a = Vec::new();
                names(o.get("author").or_else(|| o.get("creator")), &mut a);
                for x in a {
                    add_author(&mut m.authors, &x);
                }
                if let Some(d) = str_of(o.get("datePublished")).or_else(|| str_of(o.get("dateCreated"))) {
                    set(&mut m.published, &d);
                }
                if let Some(p) = o.get("publisher") {
                    if let Some(n) = str_of(Some(p)) {
                        set(&mut m.site_name, &n);
                    }
                }
                if let Some(b) = str_of(o.get("articleBody")) {
                    if b.len() > m.article_body.as_ref().map_or(0, |x| x.len()) {
                        m.article_body = Some(b);
                    }
                }
                if let Some(u) = str_of(o.get("url")).or_else(|| str_of(o.get("mainEntityOfPage"))) {
                    if u.starts_with("http") && m.canonical.is_none() {
                        m.canonical = Some(u);
                    }
                }
                if let Some(b) = o.get("isBasedOn").or_else(|| o.get("isBasedOnUrl")) {
                    let url = match b {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(x) => str_of(x.get("url")).or_else(|| str_of(x.get("@id"))),
                        _ => None,
                    };
                    let publisher = match b {
                        Value::Object(x) => x
                            .get("publisher")
                            .and_then(|p| str_of(Some(p)))
                            .or_else(|| x.get("sourceOrganization").and_then(|p| str_of(Some(p)))),
                        _ => None,
                    };
                    m.based_on = Some((publisher, url));
                }
            }
        }
        _ => {}
    }
}
