//! One outlet name per publisher: the page's domain, or the name it prints (a domain, a
//! handle such as "@politifact", a slug such as "twincities", an abbreviation such as
//! "nyt"), looked up in `data/outlets.tsv` ([`canonical`]).

use std::collections::HashMap;
use std::sync::OnceLock;

struct Table {
    /// Domain -> outlet name.
    domains: HashMap<String, String>,
    /// Lowercase name, alias or domain -> outlet name.
    names: HashMap<String, String>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table { domains: HashMap::new(), names: HashMap::new() };
        for line in include_str!("../../data/outlets.tsv").lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut f = line.split('\t');
            let (Some(domain), Some(name)) = (f.next(), f.next()) else { continue };
            let (domain, name) = (domain.trim().to_lowercase(), name.trim().to_string());
            t.names.insert(name.to_lowercase(), name.clone());
            t.names.insert(domain.clone(), name.clone());
            for alias in f.next().unwrap_or("").split(',').map(str::trim).filter(|a| !a.is_empty()) {
                t.names.insert(alias.to_lowercase(), name.clone());
            }
            t.domains.insert(domain, name);
        }
        t
    })
}

/// The host of a URL or bare domain, lowercase, without `www.` or a port.
fn host(s: &str) -> Option<String> {
    let s = s.trim();
    let rest = s.split_once("://").map_or(s, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (host.contains('.') && !host.contains(char::is_whitespace)).then_some(host)
}

/// The outlet for a known domain, trying each parent domain ("edition.cnn.com" -> "cnn.com").
fn by_domain(host: &str) -> Option<String> {
    let t = table();
    let mut h = host;
    loop {
        if let Some(n) = t.domains.get(h) {
            return Some(n.clone());
        }
        h = h.split_once('.')?.1;
        if !h.contains('.') {
            return None;
        }
    }
}

/// The outlet's canonical name from the name the page prints and the page's URL: a
/// known name, alias, handle or domain printed; else a printed name that is a domain, URL,
/// handle or lowercase slug, by its domain (its host when unknown, a handle without `@`);
/// else the printed name as it is (a syndicated copy names its own outlet); with no name
/// printed, the outlet of a known URL domain. `None` when neither says.
pub fn canonical(site_name: Option<&str>, url: Option<&str>) -> Option<String> {
    let Some(printed) = site_name.map(str::trim).filter(|s| !s.is_empty()) else {
        return url.and_then(host).and_then(|h| by_domain(&h));
    };
    let bare = printed.trim_start_matches('@');
    if let Some(n) = table().names.get(&bare.to_lowercase()) {
        return Some(n.clone());
    }
    if !printed.contains(' ') {
        if let Some(h) = host(printed) {
            return Some(by_domain(&h).unwrap_or(h));
        }
        let slug = printed.starts_with('@') || printed.chars().all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-');
        if slug {
            if let Some(n) = url.and_then(host).and_then(|h| by_domain(&h)) {
                return Some(n);
            }
        }
    }
    Some(bare.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_outlet_whatever_the_page_says() {
        let nyt = Some("The New York Times".to_string());
        assert_eq!(canonical(Some("nyt"), None), nyt);
        assert_eq!(canonical(Some("nytimes.com"), None), nyt);
        assert_eq!(canonical(Some("https://www.nytimes.com/"), None), nyt);
        assert_eq!(canonical(None, Some("https://www.nytimes.com/2019/11/19/us/x.html")), nyt);
        assert_eq!(canonical(Some("nytcooking"), Some("https://cooking.nytimes.com/x")), nyt);
        // A syndicated copy keeps the outlet it names.
        assert_eq!(canonical(Some("MSN"), Some("https://www.nytimes.com/x")).as_deref(), Some("MSN"));
        assert_eq!(canonical(Some("@politifact"), None).as_deref(), Some("PolitiFact"));
        assert_eq!(canonical(Some("twincities"), None).as_deref(), Some("Pioneer Press"));
        assert_eq!(canonical(Some("@smallpaper"), None).as_deref(), Some("smallpaper"));
        assert_eq!(canonical(Some("Example Times"), Some("https://example.org/a")).as_deref(), Some("Example Times"));
        assert_eq!(canonical(None, Some("https://example.org/a")), None);
    }
}
