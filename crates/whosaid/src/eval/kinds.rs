//! Attribution errors broken down by quote type: `whosaid eval --by-kind`.
//!
//! A [`KindTable`] has one [`KindRow`] per quote type (direct, indirect, mixed,
//! and "other" when a quote has no or an unknown type). Recall-side counts go
//! by the gold quote's type, over the required gold quotes the reference scorer
//! counts: each is found with the right speaker, found with a wrong speaker, or
//! missed. Precision-side counts go by the predicted quote's type (a spurious
//! quote overlaps no gold quote, so it has no gold type): predicted quotes, and
//! of them the spurious ones. The errors are exactly the misses the scorer
//! lists as "quote missed", "wrong speaker" and "spurious quote".

use std::fmt::Write as _;

/// The counts of one quote type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindRow {
    /// "direct", "indirect", "mixed" or "other".
    pub kind: String,
    /// Required gold quotes of this type.
    pub gold: usize,
    /// Of them, found (span) whatever the speaker.
    pub found: usize,
    /// Of them, found with the right speaker.
    pub right: usize,
    /// Gold quotes missed (error "quote missed").
    pub missed: usize,
    /// Gold quotes found with a wrong speaker (error "wrong speaker").
    pub wrong_speaker: usize,
    /// Predicted quotes of this (predicted) type.
    pub predicted: usize,
    /// Of them, overlapping no gold quote (error "spurious quote").
    pub spurious: usize,
}

/// Rows by quote type; direct, indirect and mixed always, "other" when seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindTable {
    /// In the order direct, indirect, mixed, other.
    pub rows: Vec<KindRow>,
}

impl Default for KindTable {
    fn default() -> Self {
        let row = |k: &str| KindRow { kind: k.to_string(), ..Default::default() };
        KindTable { rows: vec![row("direct"), row("indirect"), row("mixed")] }
    }
}

impl KindTable {
    /// The row of a quote type; an absent or unknown type is "other".
    pub fn row_mut(&mut self, kind: Option<&str>) -> &mut KindRow {
        let k = kind.filter(|k| matches!(*k, "direct" | "indirect" | "mixed")).unwrap_or("other");
        let i = match self.rows.iter().position(|r| r.kind == k) {
            Some(i) => i,
            None => {
                self.rows.push(KindRow { kind: k.to_string(), ..Default::default() });
                self.rows.len() - 1
            }
        };
        &mut self.rows[i]
    }

    /// All types together.
    pub fn total(&self) -> KindRow {
        let mut t = KindRow { kind: "all".into(), ..Default::default() };
        for r in &self.rows {
            t.gold += r.gold;
            t.found += r.found;
            t.right += r.right;
            t.missed += r.missed;
            t.wrong_speaker += r.wrong_speaker;
            t.predicted += r.predicted;
            t.spurious += r.spurious;
        }
        t
    }

    /// A small aligned table, one line per type and a total line.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<10} {:>6} {:>6} {:>6} {:>13} {:>14} {:>10} {:>9}",
            "by kind", "gold", "found", "right", "quote missed", "wrong speaker", "predicted", "spurious"
        );
        for r in self.rows.iter().chain(std::iter::once(&self.total())) {
            let _ = writeln!(
                out,
                "{:<10} {:>6} {:>6} {:>6} {:>13} {:>14} {:>10} {:>9}",
                r.kind, r.gold, r.found, r.right, r.missed, r.wrong_speaker, r.predicted, r.spurious
            );
        }
        out
    }

    /// The rows (and the total) as a JSON object keyed by type.
    pub fn to_json(&self) -> serde_json::Value {
        let mut m = serde_json::Map::new();
        for r in self.rows.iter().chain(std::iter::once(&self.total())) {
            m.insert(
                r.kind.clone(),
                serde_json::json!({
                    "gold": r.gold, "found": r.found, "right": r.right, "quote_missed": r.missed,
                    "wrong_speaker": r.wrong_speaker, "predicted": r.predicted, "spurious": r.spurious,
                }),
            );
        }
        serde_json::Value::Object(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_types_share_one_other_row() {
        let mut t = KindTable::default();
        t.row_mut(Some("direct")).gold += 1;
        t.row_mut(None).gold += 1;
        t.row_mut(Some("paraphrase")).missed += 1;
        t.row_mut(Some("Direct")).spurious += 1;
        let kinds: Vec<&str> = t.rows.iter().map(|r| r.kind.as_str()).collect();
        assert_eq!(kinds, ["direct", "indirect", "mixed", "other"]);
        let other = &t.rows[3];
        assert_eq!((other.gold, other.missed, other.spurious), (1, 1, 1));
        assert_eq!(t.total().gold, 2);
        assert_eq!(t.to_text().lines().count(), 6);
    }
}
