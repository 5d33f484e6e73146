//! Reprint clusters: stories whose bodies are near-duplicates, with the original publisher.
//!
//! [`stories`] maps every article of a multi-article cluster to its story;
//! [`reprints`] describes each cluster and names the original publisher from a
//! syndication notice, else a wire credit, else the earliest date.

use crate::error::Result;
use crate::minhash::{Clusterer, Signature};
use rusqlite::Connection;
use serde::Serialize;
use std::collections::HashMap;

/// Article rowid -> story id (the cluster's smallest rowid), for articles that have reprints.
///
/// Articles missing from the map are a story of their own.
pub fn stories(conn: &Connection) -> Result<HashMap<i64, i64>> {
    let mut ids = Vec::new();
    let mut cl = Clusterer::new();
    let mut stmt = conn.prepare("SELECT id, shingles, minhash FROM articles WHERE minhash IS NOT NULL ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let blob: Vec<u8> = r.get(2)?;
        if let Some(sig) = Signature::from_bytes(&blob, r.get::<_, i64>(1)?.max(0) as u32) {
            ids.push(r.get::<_, i64>(0)?);
            cl.push(sig);
        }
    }
    let roots = cl.stories();
    let mut size = vec![0u32; roots.len()];
    for &r in &roots {
        size[r as usize] += 1;
    }
    Ok(roots
        .iter()
        .enumerate()
        .filter(|(_, &r)| size[r as usize] > 1)
        .map(|(i, &r)| (ids[i], ids[r as usize]))
        .collect())
}

/// One article of a cluster.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Member {
    /// The article's id.
    pub article: String,
    /// Its outlet.
    pub outlet: String,
    /// Its date, when known.
    pub date: Option<String>,
    /// Its headline, when found.
    pub headline: Option<String>,
    /// The publisher its syndication notice names.
    pub original_publisher: Option<String>,
    /// The wire service it credits.
    pub wire: Option<String>,
}

/// A story printed more than once.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    /// Who published it first, when anything shows it.
    pub original_publisher: Option<String>,
    /// What showed it: "syndication notice", "wire credit" or "earliest date".
    pub evidence: Option<String>,
    /// Distinct outlets in the cluster.
    pub outlets: usize,
    /// The articles, earliest first (undated last).
    pub articles: Vec<Member>,
}

fn most_common<'a>(it: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for s in it {
        match counts.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case(s)) {
            Some((_, n)) => *n += 1,
            None => counts.push((s.to_string(), 1)),
        }
    }
    // Highest count; ties go to the first seen (the earliest article).
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(k, _)| k)
}

/// Names the original publisher of a cluster's members (sorted earliest first).
pub fn original_publisher(members: &[Member]) -> (Option<String>, Option<String>) {
    if let Some(p) = most_common(members.iter().filter_map(|m| m.original_publisher.as_deref())) {
        return (Some(p), Some("syndication notice".into()));
    }
    if let Some(w) = most_common(members.iter().filter_map(|m| m.wire.as_deref())) {
        return (Some(w), Some("wire credit".into()));
    }
    let dated: Vec<&Member> = members.iter().filter(|m| m.date.is_some()).collect();
    if let Some(first) = dated.first() {
        let tied = dated.iter().filter(|m| m.date == first.date && m.outlet != first.outlet).count();
        if tied == 0 && dated.len() > 1 {
            return (Some(first.outlet.clone()), Some("earliest date".into()));
        }
    }
    (None, None)
}

/// Every cluster of two or more near-duplicate articles, largest first.
pub fn reprints(conn: &Connection) -> Result<Vec<Cluster>> {
    let map = stories(conn)?;
    let mut groups: HashMap<i64, Vec<(i64, Member)>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT doc_id, outlet, date, headline, original_publisher, wire FROM articles WHERE id = ?",
    )?;
    for (&id, &story) in &map {
        let m = stmt.query_row([id], |r| {
            Ok(Member {
                article: r.get(0)?,
                outlet: r.get(1)?,
                date: r.get(2)?,
                headline: r.get(3)?,
                original_publisher: r.get(4)?,
                wire: r.get(5)?,
            })
        })?;
        groups.entry(story).or_default().push((id, m));
    }
    let mut out: Vec<(i64, Cluster)> = groups
        .into_iter()
        .map(|(story, mut ms)| {
            ms.sort_by(|(ia, a), (ib, b)| {
                (a.date.is_none(), &a.date, ia).cmp(&(b.date.is_none(), &b.date, ib))
            });
            let articles: Vec<Member> = ms.into_iter().map(|(_, m)| m).collect();
            let (original_publisher, evidence) = original_publisher(&articles);
            let mut outlets: Vec<&str> = articles.iter().map(|m| m.outlet.as_str()).collect();
            outlets.sort_unstable();
            outlets.dedup();
            let outlets = outlets.len();
            (story, Cluster { original_publisher, evidence, outlets, articles })
        })
        .collect();
    out.sort_by(|(sa, a), (sb, b)| b.articles.len().cmp(&a.articles.len()).then(sa.cmp(sb)));
    Ok(out.into_iter().map(|(_, c)| c).collect())
}
