//! One person, one name across the store: the corpus-wide identity of person speakers.
//!
//! An [`IdentityBuilder`] takes every person speaker row of the store (its
//! normalized name [`crate::derive::norm_name`], its spelling, gender and gender
//! evidence) and the quotes of each; [`IdentityBuilder::build`] groups the
//! normalized names into [`Identities`], each an [`Identity`] with its aliases
//! and one gender. Built at query time, from the rows as stored (no schema change).
//!
//! - Names with the same [`crate::derive::person_key`] ("first last": titles,
//!   possessives, suffixes and middle names dropped) are one person.
//! - A one-word name ("Whitfield") joins the full-name identity with that last
//!   word when that identity holds at least [`JOIN_SHARE`] of the quotes of all
//!   full names with that last word; otherwise it stays a person of its own. Two people who
//!   share a surname ("Mary Smith", "John Smith") never merge: their keys differ,
//!   and an ambiguous "Smith" joins neither.
//! - Gender is decided from all of a person's full-name rows: the strongest
//!   class of evidence that gives any vote wins (honorific and noun, then
//!   pronoun, then the first-name lexicon, then a gender stated without
//!   evidence), the majority within that class decides, and a tie is unknown.
//!   One-word rows that joined a full name vote only when the full-name rows
//!   give no vote at all (a "Mr. Whitfield" elsewhere may be another Whitfield).

use crate::derive::person_key;
use whosaid::fasthash::FastMap;

/// Whether a speaker row of this kind and normalized name ([`crate::derive::norm_name`]) is
/// a person the identities and the statistics count: kind `person` with a non-empty name.
pub fn is_person(kind: &str, norm: &str) -> bool {
    kind == "person" && !norm.is_empty()
}

/// Share of a surname's quotes one full name must hold for a surname-only speaker to join it.
pub const JOIN_SHARE: f64 = 0.8;

/// Evidence classes, weakest first: a gender with no evidence, name lexicon, pronoun, honorific or noun.
const CLASSES: usize = 4;

fn class_of(evidence: &str) -> usize {
    match evidence {
        "honorific" | "noun" => 3,
        "pronoun" => 2,
        "name_lexicon" => 1,
        _ => 0,
    }
}

/// What the store knows about one normalized name.
#[derive(Debug, Default, Clone)]
struct NormStats {
    /// Spellings and their rows.
    names: FastMap<String, u64>,
    /// Per evidence class: [female, male] votes.
    votes: [[u64; 2]; CLASSES],
    /// Rows with honorific and with noun evidence, to name the deciding evidence.
    honorific: u64,
    noun: u64,
    quotes: u64,
}

/// Collects person speaker rows by normalized name; see the module docs.
#[derive(Debug, Default)]
pub struct IdentityBuilder {
    norms: Vec<String>,
    ix: FastMap<String, u32>,
    stats: Vec<NormStats>,
}

/// A spelling of a person's name and how many speaker rows (articles) use it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Alias {
    /// The name as an article gave it.
    pub name: String,
    /// Speaker rows with this spelling.
    pub count: u64,
}

/// One person across the corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    /// The identity key: "first last" ([`crate::derive::person_key`]), or one word.
    pub key: String,
    /// The most used full-name spelling, possessives last and the plain "first last" first
    /// among equals (else the most used spelling).
    pub name: String,
    /// Every spelling seen, most used first.
    pub aliases: Vec<Alias>,
    /// "female", "male" or "unknown", decided over all rows.
    pub gender: &'static str,
    /// The evidence class that decided it: honorific, noun, pronoun, name_lexicon, or none.
    pub gender_evidence: &'static str,
    /// Quotes of all its rows.
    pub quotes: u64,
}

/// The identities of a store, and which one each normalized name belongs to.
#[derive(Debug, Default)]
pub struct Identities {
    /// Every identity.
    pub list: Vec<Identity>,
    of_norm: Vec<u32>,
}

impl Identities {
    /// The identity (index into `list`) of a normalized name id from [`IdentityBuilder::norm_id`].
    pub fn of(&self, norm_id: u32) -> Option<u32> {
        self.of_norm.get(norm_id as usize).copied()
    }
}

impl IdentityBuilder {
    /// The id of a normalized name, registering it on first sight.
    pub fn norm_id(&mut self, norm: &str) -> u32 {
        if let Some(&i) = self.ix.get(norm) {
            return i;
        }
        let i = self.norms.len() as u32;
        self.norms.push(norm.to_string());
        self.ix.insert(norm.to_string(), i);
        self.stats.push(NormStats::default());
        i
    }

    /// Adds one speaker row: its spelling, gender ("female"/"male"/other) and gender evidence label.
    pub fn add_row(&mut self, norm_id: u32, name: &str, gender: &str, evidence: &str) {
        self.add_rows(norm_id, name, gender, evidence, 1);
    }

    /// Adds `rows` speaker rows that share spelling, gender and evidence: the same as
    /// calling [`IdentityBuilder::add_row`] `rows` times (for rows counted elsewhere, as
    /// the Python package's Spark helpers count them on the executors).
    pub fn add_rows(&mut self, norm_id: u32, name: &str, gender: &str, evidence: &str, rows: u64) {
        let Some(s) = self.stats.get_mut(norm_id as usize) else { return };
        if rows == 0 {
            return;
        }
        match s.names.get_mut(name) {
            Some(n) => *n += rows,
            None => {
                s.names.insert(name.to_string(), rows);
            }
        }
        let g = match gender {
            "female" => 0,
            "male" => 1,
            _ => return,
        };
        s.votes[class_of(evidence)][g] += rows;
        match evidence {
            "honorific" => s.honorific += rows,
            "noun" => s.noun += rows,
            _ => {}
        }
    }

    /// Adds quotes attributed to rows with this normalized name.
    pub fn add_quotes(&mut self, norm_id: u32, quotes: u64) {
        if let Some(s) = self.stats.get_mut(norm_id as usize) {
            s.quotes += quotes;
        }
    }

    /// Groups the names into identities (see the module docs).
    pub fn build(self) -> Identities {
        let keys: Vec<String> = self.norms.iter().map(|n| person_key(n)).collect();
        // Full-name identities first: one per key of two words.
        let mut list_ix: FastMap<&str, u32> = FastMap::default();
        let mut members: Vec<Vec<u32>> = Vec::new();
        let mut of_norm = vec![u32::MAX; keys.len()];
        for (i, k) in keys.iter().enumerate() {
            if !k.contains(' ') {
                continue;
            }
            let id = *list_ix.entry(k.as_str()).or_insert_with(|| {
                members.push(Vec::new());
                (members.len() - 1) as u32
            });
            members[id as usize].push(i as u32);
            of_norm[i] = id;
        }
        let quotes_of = |m: &[u32]| m.iter().map(|&i| self.stats[i as usize].quotes).sum::<u64>();
        let full_quotes: Vec<u64> = members.iter().map(|m| quotes_of(m)).collect();
        let full_keys: Vec<&str> = {
            let mut v = vec![""; members.len()];
            for (k, &id) in &list_ix {
                v[id as usize] = k;
            }
            v
        };
        // Full-name identities by last word.
        let mut by_surname: FastMap<&str, Vec<u32>> = FastMap::default();
        for (id, k) in full_keys.iter().enumerate() {
            if let Some(last) = k.rsplit(' ').next() {
                by_surname.entry(last).or_default().push(id as u32);
            }
        }
        // One-word names, grouped by key; each group joins a full name or becomes an identity.
        let mut singles: FastMap<&str, Vec<u32>> = FastMap::default();
        for (i, k) in keys.iter().enumerate() {
            if !k.contains(' ') {
                singles.entry(k.as_str()).or_default().push(i as u32);
            }
        }
        let mut singles: Vec<(&str, Vec<u32>)> = singles.into_iter().collect();
        singles.sort_by(|a, b| a.0.cmp(b.0));
        for (word, norms) in singles {
            let join = by_surname.get(word).and_then(|cands| {
                let total: u64 = cands.iter().map(|&c| full_quotes[c as usize]).sum();
                let &best = cands.iter().max_by_key(|&&c| (full_quotes[c as usize], std::cmp::Reverse(c)))?;
                let q = full_quotes[best as usize];
                (total > 0 && q as f64 >= JOIN_SHARE * total as f64).then_some(best)
            });
            let id = match join {
                Some(id) => id,
                None => {
                    members.push(Vec::new());
                    (members.len() - 1) as u32
                }
            };
            for &n in &norms {
                members[id as usize].push(n);
                of_norm[n as usize] = id;
            }
        }
        let list = members.iter().map(|m| self.identity(m, &keys)).collect();
        Identities { list, of_norm }
    }

    /// The identity made of these normalized names.
    fn identity(&self, members: &[u32], keys: &[String]) -> Identity {
        let mut names: FastMap<&str, (u64, bool)> = FastMap::default();
        // [full-name rows, one-word rows]: votes per class, honorific and noun rows
        let mut votes = [[[0u64; 2]; CLASSES]; 2];
        let mut hon_noun = [[0u64; 2]; 2];
        let mut quotes = 0;
        // The key: the full-name key when there is one, else the one word.
        let key = members
            .iter()
            .map(|&i| keys[i as usize].as_str())
            .max_by_key(|k| (k.contains(' '), std::cmp::Reverse(*k)))
            .unwrap_or("")
            .to_string();
        for &i in members {
            let s = &self.stats[i as usize];
            let full = keys[i as usize].contains(' ');
            for (n, c) in &s.names {
                let e = names.entry(n.as_str()).or_insert((0, full));
                e.0 += c;
            }
            let side = usize::from(!full);
            for (v, sv) in votes[side].iter_mut().zip(&s.votes) {
                v[0] += sv[0];
                v[1] += sv[1];
            }
            hon_noun[side][0] += s.honorific;
            hon_noun[side][1] += s.noun;
            quotes += s.quotes;
        }
        let mut aliases: Vec<(&str, u64, bool)> = names.into_iter().map(|(n, (c, full))| (n, c, full)).collect();
        aliases.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(b.0)));
        // The shown name: a full name, not a possessive, most used, then the plain "first last" spelling.
        let possessive = |n: &str| n.ends_with("'s") || n.ends_with("’s");
        let name = aliases
            .iter()
            .filter(|a| a.2)
            .min_by_key(|a| (possessive(a.0), std::cmp::Reverse(a.1), crate::derive::norm_name(a.0) != key))
            .or_else(|| aliases.first())
            .map(|a| a.0.to_string())
            .unwrap_or_default();
        let (gender, gender_evidence) = match decide(&votes[0], hon_noun[0]) {
            (_, "none") if votes[0].iter().all(|v| v[0] + v[1] == 0) => decide(&votes[1], hon_noun[1]),
            decided => decided,
        };
        Identity {
            key,
            name,
            aliases: aliases.into_iter().map(|(n, c, _)| Alias { name: n.to_string(), count: c }).collect(),
            gender,
            gender_evidence,
            quotes,
        }
    }
}

/// The gender from the strongest class with votes: its majority, unknown on a tie.
fn decide(votes: &[[u64; 2]; CLASSES], [honorific, noun]: [u64; 2]) -> (&'static str, &'static str) {
    for class in (0..CLASSES).rev() {
        let [f, m] = votes[class];
        if f + m == 0 {
            continue;
        }
        let evidence = match class {
            3 if noun > honorific => "noun",
            3 => "honorific",
            2 => "pronoun",
            1 => "name_lexicon",
            _ => "none",
        };
        let gender = match f.cmp(&m) {
            std::cmp::Ordering::Greater => "female",
            std::cmp::Ordering::Less => "male",
            std::cmp::Ordering::Equal => "unknown",
        };
        return (gender, evidence);
    }
    ("unknown", "none")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::norm_name;

    /// An identity as the tests compare it: key, name, gender, aliases with counts.
    type Summary = (String, String, &'static str, Vec<(String, u64)>);

    /// (name, gender, evidence, quotes) rows -> identities, sorted by key.
    fn build(rows: &[(&str, &str, &str, u64)]) -> Vec<Summary> {
        let mut b = IdentityBuilder::default();
        for (name, g, e, q) in rows {
            let id = b.norm_id(&norm_name(name));
            b.add_row(id, name, g, e);
            b.add_quotes(id, *q);
        }
        let ids = b.build();
        let mut out: Vec<_> = ids
            .list
            .iter()
            .map(|i| (i.key.clone(), i.name.clone(), i.gender, i.aliases.iter().map(|a| (a.name.clone(), a.count)).collect()))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn spellings_of_one_name_merge_with_aliases() {
        let got = build(&[
            ("Dana Whitfield", "female", "pronoun", 5),
            ("Dana Whitfield", "female", "pronoun", 3),
            ("Dana Q. Whitfield", "female", "honorific", 2),
            ("Sen. Dana Whitfield", "unknown", "none", 1),
            ("Dana Whitfield's", "unknown", "none", 1),
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        let (key, name, gender, aliases) = &got[0];
        assert_eq!((key.as_str(), name.as_str(), *gender), ("dana whitfield", "Dana Whitfield", "female"));
        assert_eq!(aliases[0], ("Dana Whitfield".to_string(), 2));
        assert_eq!(aliases.len(), 4);
    }

    #[test]
    fn a_surname_joins_only_a_clear_majority() {
        // Whitfield: Dana holds 90 of 100 full-name quotes -> "Whitfield" joins her.
        // Okafor: Maya 60, Tunde 40 -> no 80% majority, "Okafor" stays apart.
        // Brandt: one full name, so all of that surname's full-name quotes -> "Brandt" joins Ivo,
        //   however many quotes the surname-only speakers have.
        let got = build(&[
            ("Dana Whitfield", "female", "pronoun", 90),
            ("Rob Whitfield", "male", "pronoun", 10),
            ("Whitfield", "unknown", "none", 7),
            ("Mr. Whitfield", "male", "honorific", 1),
            ("Maya Okafor", "female", "pronoun", 60),
            ("Tunde Okafor", "male", "pronoun", 40),
            ("Okafor", "unknown", "none", 5),
            ("Ivo Brandt", "male", "pronoun", 2),
            ("Brandt", "unknown", "none", 9),
            ("Pell", "unknown", "none", 4),
        ]);
        let keys: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(keys, ["dana whitfield", "ivo brandt", "maya okafor", "okafor", "pell", "rob whitfield", "tunde okafor"]);
        let dana = &got[0];
        assert!(dana.3.iter().any(|a| a.0 == "Whitfield") && dana.3.iter().any(|a| a.0 == "Mr. Whitfield"));
        // "Mr. Whitfield" joined her, but her full-name rows give evidence, so his honorific does not vote.
        assert_eq!(dana.2, "female");
        // A one-word identity of its own takes its own rows' gender; Okafor stayed out of both.
        assert_eq!(got[3].2, "unknown");
        assert_eq!(got[3].3, [("Okafor".to_string(), 1)]);
        assert!(got[1].3.iter().any(|a| a.0 == "Brandt"));
        let lone = build(&[("Ivo Brandt", "unknown", "none", 9), ("Mr. Brandt", "male", "honorific", 2)]);
        assert_eq!(lone.len(), 1, "{lone:?}");
        assert_eq!(lone[0].2, "male", "full-name rows without evidence leave the joined one-word rows to decide");
    }

    #[test]
    fn people_sharing_a_surname_stay_apart() {
        let got = build(&[
            ("Mary Smith", "female", "pronoun", 4),
            ("John Smith", "male", "pronoun", 4),
            ("Smith", "unknown", "none", 3),
            ("Mary Q. Smith", "female", "name_lexicon", 1),
        ]);
        let summary: Vec<(&str, &str)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(summary, [("john smith", "male"), ("mary smith", "female"), ("smith", "unknown")]);
    }

    #[test]
    fn middle_names_join_by_first_and_last() {
        let got = build(&[
            ("Ana Rodham Whitfield", "female", "pronoun", 2),
            ("Ana Whitfield", "female", "none", 1),
            ("Ana Whitfield", "unknown", "none", 1),
        ]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "Ana Whitfield", "the spelling with most rows names the person");
        assert_eq!(got[0].3, [("Ana Whitfield".to_string(), 2), ("Ana Rodham Whitfield".to_string(), 1)]);
    }

    #[test]
    fn gender_from_the_strongest_evidence_then_the_majority() {
        for (rows, want) in [
            // one honorific beats three pronouns
            (vec![("female", "pronoun"), ("female", "pronoun"), ("female", "pronoun"), ("male", "honorific")], "male"),
            // a noun counts like an honorific; a tie between them is unknown
            (vec![("female", "noun"), ("male", "honorific"), ("male", "pronoun")], "unknown"),
            // pronoun beats the name lexicon
            (vec![("male", "name_lexicon"), ("male", "name_lexicon"), ("female", "pronoun")], "female"),
            // majority within the class
            (vec![("male", "pronoun"), ("male", "pronoun"), ("female", "pronoun")], "male"),
            // unknown rows do not vote
            (vec![("unknown", "none"), ("unknown", "none"), ("female", "name_lexicon")], "female"),
            (vec![("unknown", "none")], "unknown"),
        ] {
            let rows: Vec<(&str, &str, &str, u64)> = rows.iter().map(|(g, e)| ("Noor Halvorsen", *g, *e, 1)).collect();
            let got = build(&rows);
            assert_eq!(got.len(), 1);
            assert_eq!(got[0].2, want, "{rows:?}");
        }
    }

    #[test]
    fn add_rows_counts_like_add_row_repeated() {
        let rows = [
            ("Dana Whitfield", "female", "pronoun", 2u64),
            ("Whitfield", "male", "honorific", 3),
            ("Rob Whitfield", "male", "name_lexicon", 1),
            ("Dana Q. Whitfield", "unknown", "none", 4),
        ];
        let summary = |ids: Identities| {
            let mut v: Vec<_> = ids.list.into_iter().map(|i| (i.key, i.name, i.gender, i.gender_evidence, i.quotes, i.aliases)).collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        };
        let (mut one, mut many) = (IdentityBuilder::default(), IdentityBuilder::default());
        for (name, g, e, n) in rows {
            let (a, b) = (one.norm_id(&norm_name(name)), many.norm_id(&norm_name(name)));
            for _ in 0..n {
                one.add_row(a, name, g, e);
                one.add_quotes(a, 2);
            }
            many.add_rows(b, name, g, e, n);
            many.add_rows(b, name, g, e, 0);
            many.add_quotes(b, 2 * n);
        }
        let (one, many) = (summary(one.build()), summary(many.build()));
        assert_eq!(one, many);
        assert_eq!(many[0].2, "female", "{many:?}");
        assert!(is_person("person", "dana whitfield") && !is_person("person", "") && !is_person("organization", "acme"));
    }

    #[test]
    fn empty_and_odd_names_do_not_panic() {
        let got = build(&[("", "female", "pronoun", 1), ("'s", "male", "honorific", 0), ("Jr.", "unknown", "none", 0)]);
        assert_eq!(got.len(), 3);
    }
}
