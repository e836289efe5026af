//! An HTML report: the score table, then every article with its gold and predicted items
//! highlighted — found, missed and spurious in different colours.

use std::fmt::Write as _;

use super::{ArticleResult, ItemResult, Outcome, Report};
use crate::metrics::Score;

const STYLE: &str = r#"
body { font: 15px/1.55 system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
table.scores { border-collapse: collapse; margin-bottom: 1em; }
table.scores td, table.scores th { border: 1px solid #ccc; padding: .25em .7em; text-align: right; }
table.scores td:first-child, table.scores th:first-child { text-align: left; }
.legend span { padding: .1em .5em; margin-right: .6em; border-radius: 3px; }
section { border-top: 2px solid #ddd; margin-top: 1.5em; padding-top: .5em; }
h2 { font-size: 1.05em; margin: .2em 0; }
.summary { color: #555; font-size: .9em; }
.text { white-space: pre-wrap; background: #fafafa; padding: .8em; border-radius: 4px; }
.found { background: #c8f0c8; }
.missed { background: #ffd0c8; border-bottom: 2px solid #d33; }
.spurious { background: #e4d4ff; border-bottom: 2px dashed #73c; }
.found.missed, .found.spurious, .missed.spurious { background: #ffe9a8; }
ul.items { font-size: .9em; margin: .4em 0; }
ul.items li.found { background: none; color: #276227; }
ul.items li.missed { background: none; border: none; color: #b22; }
ul.items li.spurious { background: none; border: none; color: #5a2ca0; }
"#;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn class(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Found => "found",
        Outcome::Missed => "missed",
        Outcome::Spurious => "spurious",
    }
}

/// The whole report as one self-contained HTML page.
pub fn render(report: &Report, title: &str) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!doctype html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n<h1>{}</h1>\n",
        escape(title),
        escape(title)
    );
    out.push_str("<table class=\"scores\"><tr><th>measure</th><th>tp</th><th>fp</th><th>fn</th><th>P</th><th>R</th><th>F1</th></tr>\n");
    for (measure, c) in &report.totals {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.4}</td><td>{:.4}</td><td>{:.4}</td></tr>",
            measure.as_str(),
            c.tp,
            c.fp,
            c.fn_,
            Score(c.precision()),
            Score(c.recall()),
            Score(c.f1())
        );
    }
    out.push_str("</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"legend\"><span class=\"found\">found</span><span class=\"missed\">missed</span><span class=\"spurious\">spurious</span><span class=\"found missed\">overlapping</span> {} articles</p>",
        report.articles.len()
    );
    for article in &report.articles {
        render_article(&mut out, article);
    }
    out.push_str("</body></html>\n");
    out
}

fn render_article(out: &mut String, article: &ArticleResult) {
    let count = |o: Outcome| article.items.iter().filter(|i| i.outcome == o).count();
    let _ = write!(
        out,
        "<section id=\"{}\"><h2>{}</h2><div class=\"summary\">{} found, {} missed, {} spurious{}</div>\n<div class=\"text\">",
        escape(&article.id),
        escape(&article.id),
        count(Outcome::Found),
        count(Outcome::Missed),
        count(Outcome::Spurious),
        if article.missing {
            "; no record (an error record, or none)"
        } else {
            ""
        }
    );
    highlight(out, &article.text, &article.items);
    out.push_str("</div>\n<ul class=\"items\">");
    for item in &article.items {
        let _ = write!(
            out,
            "<li class=\"{}\">{} {}: {}</li>",
            class(item.outcome),
            class(item.outcome),
            item.measure.as_str(),
            escape(&item.label)
        );
    }
    out.push_str("</ul></section>\n");
}

/// The text with each placed item wrapped in spans of its outcome; where items overlap, a
/// piece of text carries every class that covers it.
fn highlight(out: &mut String, text: &str, items: &[ItemResult]) {
    let char_count = text.chars().count();
    let placed: Vec<(usize, usize, &ItemResult)> = items
        .iter()
        .filter_map(|i| Some((i.start?, i.end?, i)))
        .filter(|(s, e, _)| s < e && *e <= char_count)
        .collect();
    let mut cuts: Vec<usize> = placed.iter().flat_map(|(s, e, _)| [*s, *e]).collect();
    cuts.extend([0, char_count]);
    cuts.sort_unstable();
    cuts.dedup();
    let byte_of: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let piece = &text[byte_of[s]..byte_of[e]];
        let covering: Vec<&ItemResult> = placed
            .iter()
            .filter(|(is, ie, _)| *is <= s && e <= *ie)
            .map(|(_, _, i)| *i)
            .collect();
        if covering.is_empty() {
            out.push_str(&escape(piece));
            continue;
        }
        let mut classes: Vec<&str> = covering.iter().map(|i| class(i.outcome)).collect();
        classes.sort_unstable();
        classes.dedup();
        let tip: Vec<String> = covering
            .iter()
            .map(|i| format!("{} {}: {}", class(i.outcome), i.measure.as_str(), i.label))
            .collect();
        let _ = write!(
            out,
            "<span class=\"{}\" title=\"{}\">{}</span>",
            classes.join(" "),
            escape(&tip.join("\n")),
            escape(piece)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Annotated, NumberItem, evaluate};

    #[test]
    fn report_highlights_items() {
        let gold = Annotated {
            id: "a<1>".into(),
            text: "Tăng 15,9% & giảm 3%.".into(),
            percentages: vec![
                NumberItem {
                    text: Some("15,9%".into()),
                    value: serde_json::from_str("15.9").ok(),
                    ..NumberItem::default()
                },
                NumberItem {
                    text: Some("3%".into()),
                    value: serde_json::from_str("3").ok(),
                    ..NumberItem::default()
                },
            ],
            ..Annotated::default()
        };
        let pred = Annotated {
            id: "a<1>".into(),
            percentages: vec![NumberItem {
                value: serde_json::from_str("15.9").ok(),
                ..NumberItem::default()
            }],
            ..Annotated::default()
        };
        let html = render(&evaluate(&[gold], &[pred]), "t");
        assert!(
            html.contains(
                r#"<span class="found" title="found percentages: 15.9 (15,9%)">15,9%</span>"#
            ),
            "{html}"
        );
        assert!(html.contains(r#"<span class="missed""#));
        assert!(html.contains("a&lt;1&gt;") && html.contains(" &amp; "));
    }
}
