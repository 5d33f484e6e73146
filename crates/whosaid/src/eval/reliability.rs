//! A reliability table: predicted quotes binned by their confidence, with the share of each
//! bin that the scorer counts right. A calibrated engine's bins have precision close to
//! their mean confidence; `whosaid eval --reliability` prints it.

use super::Outcome;
use std::fmt::Write;

/// One bin of confidences [lo, hi) (the last bin includes 1.0).
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    /// Lower bound.
    pub lo: f64,
    /// Upper bound.
    pub hi: f64,
    /// Quotes in the bin.
    pub quotes: usize,
    /// Their mean confidence (0 when empty).
    pub mean_confidence: f64,
    /// Share whose span lies in gold quotes.
    pub span_precision: f64,
    /// Share whose span lies in gold quotes of the same speaker.
    pub precision: f64,
}

/// The table: `bins` equal bins over [0, 1], then the quotes at or above `0.8`, and the
/// expected calibration error (bin-size-weighted mean |precision - confidence|).
#[derive(Debug, Clone, PartialEq)]
pub struct Reliability {
    /// The bins, lowest first.
    pub bins: Vec<Bin>,
    /// Quotes with confidence in [0.8, 1.0], as one bin.
    pub high: Bin,
    /// Quotes without a confidence (not binned).
    pub unscored: usize,
    /// Expected calibration error of attribution precision.
    pub ece: f64,
}

fn bin(lo: f64, hi: f64, xs: &[&Outcome]) -> Bin {
    let n = xs.len();
    let share = |f: &dyn Fn(&Outcome) -> bool| if n == 0 { 0.0 } else { xs.iter().filter(|o| f(o)).count() as f64 / n as f64 };
    Bin {
        lo,
        hi,
        quotes: n,
        mean_confidence: if n == 0 { 0.0 } else { xs.iter().filter_map(|o| o.confidence).sum::<f64>() / n as f64 },
        span_precision: share(&|o| o.span_right),
        precision: share(&|o| o.attribution_right),
    }
}

/// The reliability table of `outcomes` over `bins` equal bins.
pub fn table(outcomes: &[Outcome], bins: usize) -> Reliability {
    let bins = bins.max(1);
    let scored: Vec<&Outcome> = outcomes.iter().filter(|o| o.confidence.is_some_and(f64::is_finite)).collect();
    let at = |c: f64| ((c.clamp(0.0, 1.0) * bins as f64) as usize).min(bins - 1);
    let mut by: Vec<Vec<&Outcome>> = vec![Vec::new(); bins];
    for o in &scored {
        by[at(o.confidence.unwrap_or(0.0))].push(o);
    }
    let table: Vec<Bin> = by.iter().enumerate().map(|(i, xs)| bin(i as f64 / bins as f64, (i + 1) as f64 / bins as f64, xs)).collect();
    let high: Vec<&Outcome> = scored.iter().copied().filter(|o| o.confidence.unwrap_or(0.0) >= 0.8).collect();
    let total = scored.len().max(1) as f64;
    let ece = table.iter().map(|b| b.quotes as f64 / total * (b.precision - b.mean_confidence).abs()).sum();
    Reliability { bins: table, high: bin(0.8, 1.0, &high), unscored: outcomes.len() - scored.len(), ece }
}

impl Reliability {
    /// A plain-text table.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{:<12} {:>7} {:>15} {:>15} {:>21}", "confidence", "quotes", "mean confidence", "span precision", "attribution precision");
        let row = |out: &mut String, label: String, b: &Bin| {
            let _ = writeln!(out, "{label:<12} {:>7} {:>15.3} {:>15.3} {:>21.3}", b.quotes, b.mean_confidence, b.span_precision, b.precision);
        };
        for b in &self.bins {
            row(&mut out, format!("[{:.1}, {:.1}{}", b.lo, b.hi, if b.hi >= 1.0 { "]" } else { ")" }), b);
        }
        row(&mut out, "[0.8, 1.0]".into(), &self.high);
        let _ = writeln!(out, "expected calibration error (attribution) {:.3}; quotes without a confidence: {}", self.ece, self.unscored);
        out
    }

    /// The table as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        let b = |b: &Bin| {
            serde_json::json!({"lo": b.lo, "hi": b.hi, "quotes": b.quotes, "mean_confidence": b.mean_confidence,
                "span_precision": b.span_precision, "precision": b.precision})
        };
        serde_json::json!({"bins": self.bins.iter().map(b).collect::<Vec<_>>(), "high": b(&self.high),
            "unscored": self.unscored, "ece": self.ece})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(c: f64, right: bool) -> Outcome {
        Outcome { article: "a".into(), index: 0, confidence: Some(c), span_right: right, attribution_right: right }
    }

    #[test]
    fn bins_count_precision_and_error() {
        let xs = [o(0.95, true), o(0.85, true), o(0.81, false), o(0.1, false), o(1.0, true)];
        let r = table(&xs, 5);
        assert_eq!(r.bins.iter().map(|b| b.quotes).collect::<Vec<_>>(), vec![1, 0, 0, 0, 4]);
        assert_eq!(r.high.quotes, 4);
        assert!((r.high.precision - 0.75).abs() < 1e-9);
        assert!((r.bins[4].mean_confidence - 0.9025).abs() < 1e-9);
        // |0 - 0.1| * 1/5 + |0.75 - 0.9025| * 4/5
        assert!((r.ece - (0.02 + 0.122)).abs() < 1e-9);
        let none = Outcome { confidence: None, ..o(0.5, true) };
        assert_eq!(table(&[none], 5).unscored, 1);
    }
}
