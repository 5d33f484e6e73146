//! A small SVG chart of [`Stats`]: one stacked bar per group (women, men, unknown
//! shares of quoted people), or quote counts when grouped by speaker.

use crate::stats::Stats;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The chart as an SVG document; at most `max_rows` groups are drawn.
pub fn svg(s: &Stats, max_rows: usize) -> String {
    let rows: Vec<_> = s.rows.iter().take(max_rows.max(1)).collect();
    let (label_w, bar_w, row_h, top) = (260.0, 520.0, 22.0, 60.0);
    let height = top + rows.len() as f64 * row_h + 40.0;
    let width = label_w + bar_w + 140.0;
    let mut o = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
    );
    let by_speaker = s.by == "speaker";
    let title = if by_speaker {
        format!("Quotes per person ({} articles, {} quotes)", s.articles, s.quotes)
    } else {
        format!(
            "Quoted people by gender, per {} ({} articles, {} quotes, each story once)",
            s.by, s.articles, s.quotes
        )
    };
    o.push_str(&format!("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{}</text>\n", esc(&title)));
    let colors = [("women", "#c2185b"), ("men", "#1976d2"), ("unknown", "#9e9e9e")];
    if !by_speaker {
        for (i, (name, c)) in colors.iter().enumerate() {
            let x = label_w + i as f64 * 110.0;
            o.push_str(&format!(
                "<rect x=\"{x}\" y=\"34\" width=\"12\" height=\"12\" fill=\"{c}\"/><text x=\"{}\" y=\"45\">{name}</text>\n",
                x + 16.0
            ));
        }
    }
    let max_q = rows.iter().map(|r| r.quotes).max().unwrap_or(1).max(1) as f64;
    for (i, r) in rows.iter().enumerate() {
        let y = top + i as f64 * row_h;
        let label: String = r.key.chars().take(36).collect();
        o.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
            label_w - 8.0,
            y + 14.0,
            esc(&label)
        ));
        if by_speaker {
            let w = bar_w * r.quotes as f64 / max_q;
            o.push_str(&format!("<rect x=\"{label_w}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"#1976d2\"/>\n", y + 3.0, row_h - 6.0));
        } else {
            let mut x = label_w;
            for (share, (_, c)) in [r.share_women, r.share_men, r.share_unknown].iter().zip(colors) {
                let w = bar_w * share;
                if w > 0.0 {
                    o.push_str(&format!("<rect x=\"{x:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{c}\"/>\n", y + 3.0, row_h - 6.0));
                }
                x += w;
            }
            if r.people == 0 {
                o.push_str(&format!("<rect x=\"{label_w}\" y=\"{}\" width=\"{bar_w}\" height=\"{}\" fill=\"none\" stroke=\"#ccc\"/>\n", y + 3.0, row_h - 6.0));
            }
        }
        let note = if by_speaker {
            format!("{} quotes", r.quotes)
        } else {
            format!("{} art., {} people", r.articles, r.people)
        };
        o.push_str(&format!("<text x=\"{}\" y=\"{}\">{}</text>\n", label_w + bar_w + 8.0, y + 14.0, esc(&note)));
    }
    o.push_str("</svg>\n");
    o
}
