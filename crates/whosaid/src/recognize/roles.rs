//! Roles: a title and an organization, from titles printed before a name
//! ("WHO Deputy Director-General Nora Castellano") and appositives after it
//! ("X, co-director of the Lisbon-based Institute for Coastal Studies").

use crate::attribute::lexicon::lexicon;
use crate::attribute::Range;
use crate::model::Role;
use crate::recognize::names::{Names, PersonName};

/// Prepositions that join a title to its organization.
const JOINERS: &[&str] = &[" of ", " at ", " for ", " with ", " in ", " from "];

/// Roles of a person from every place the article names them.
pub fn roles_of(text: &str, p: &PersonName, _names: &Names) -> Vec<Role> {
    let mut out: Vec<Role> = Vec::new();
    for (t, org) in &p.titles {
        let title = text.get(t.0..t.1).unwrap_or("").trim().to_string();
        let organization = org.and_then(|o| text.get(o.0..o.1)).map(|s| s.trim().to_string());
        let role = Role { title, organization };
        if !role.title.is_empty() && !out.contains(&role) {
            out.push(role);
        }
    }
    for occ in &p.occurrences {
        let Some(rest) = text.get(occ.1..) else { continue };
        if let Some(after) = rest.strip_prefix(", ") {
            let end = after.find([',', '.', ';', '(', '“', '"', '—', '\n']).unwrap_or(after.len()).min(200);
            let start = occ.1 + 2;
            for r in appositive_roles(text, (start, start + end)) {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
    }
    out
}

/// Parses an appositive ("a senior fellow at the Harbor Policy Center and fellow at the Marin Institute") into roles.
pub fn appositive_roles(text: &str, span: Range) -> Vec<Role> {
    let lex = lexicon();
    let Some(s) = text.get(span.0..span.1) else { return Vec::new() };
    let mut out = Vec::new();
    for part in s.split(" and ") {
        let part = part.trim();
        let part = strip_any(part, &["a ", "an ", "the ", "A ", "An ", "The ", "its ", "his ", "her ", "their "]);
        let (title, org) = match JOINERS.iter().filter_map(|j| part.find(j).map(|i| (i, j.len()))).min() {
            Some((i, l)) => (&part[..i], Some(&part[i + l..])),
            None => (part, None),
        };
        let title = title.trim();
        let tl = title.to_lowercase();
        let last = tl.split_whitespace().last().unwrap_or("");
        if title.is_empty() || title.split_whitespace().count() > 5 || !(lex.titles.contains(tl.as_str()) || lex.titles.contains(last)) {
            continue;
        }
        let org = org.map(clean_org).filter(|o| !o.is_empty() && o.chars().next().is_some_and(char::is_uppercase));
        out.push(Role { title: title.to_string(), organization: org });
    }
    out
}

fn strip_any<'s>(s: &'s str, prefixes: &[&str]) -> &'s str {
    for p in prefixes {
        if let Some(r) = s.strip_prefix(p) {
            return r;
        }
    }
    s
}

/// "the Lisbon-based Institute for Coastal Studies" -> "Institute for Coastal Studies".
fn clean_org(o: &str) -> String {
    let o = strip_any(o.trim(), &["the ", "The "]);
    let words: Vec<&str> = o.split_whitespace().collect();
    let skip = words.iter().take_while(|w| w.ends_with("-based") || w.ends_with("-owned") || w.ends_with("-funded") || w.chars().next().is_some_and(char::is_lowercase)).count();
    words[skip..].join(" ").trim_end_matches(|c: char| !c.is_alphanumeric()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appositives_give_title_and_organization() {
        let cases = [
            ("co-director of the Lisbon-based Institute for Coastal Studies", vec![("co-director", Some("Institute for Coastal Studies"))]),
            ("a senior fellow at the Harbor Policy Center and fellow at the Marin Institute", vec![("senior fellow", Some("Harbor Policy Center")), ("fellow", Some("Marin Institute"))]),
            ("a resident of Alder County", vec![("resident", Some("Alder County"))]),
            ("a spokesman", vec![("spokesman", None)]),
            ("who was there", vec![]),
        ];
        for (t, want) in cases {
            let got = appositive_roles(t, (0, t.len()));
            let got: Vec<(String, Option<String>)> = got.into_iter().map(|r| (r.title, r.organization)).collect();
            let want: Vec<(String, Option<String>)> = want.into_iter().map(|(a, b)| (a.to_string(), b.map(str::to_string))).collect();
            assert_eq!(got, want, "{t}");
        }
    }
}
