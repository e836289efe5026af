//! Word segmentation accuracy on CoNLL-U data (UD_Vietnamese-VTB): a multi-syllable word
//! is one token with spaces inside FORM ("chủ tịch"). Words are compared as spans of
//! syllables: a predicted word counts when a gold word has the same first and last syllable.

use std::collections::BTreeMap;

pub use crate::segment::word::gold::read_conllu;

use super::FloorCheck;
use crate::metrics::{Counts, Score};
use crate::segment::word::WordSegmenter;
use crate::segment::word::gold::{GoldWords, compare, gold_line, spans};

/// Examples kept per error class.
const EXAMPLES: usize = 30;

/// What a segmenter got right and wrong on gold sentences.
#[derive(Debug, Clone, Default)]
pub struct SegmentationReport {
    pub counts: Counts,
    pub sentences: usize,
    /// Missed gold words and spurious predicted words, by error class, with examples.
    pub errors: BTreeMap<&'static str, (usize, Vec<String>)>,
}

impl SegmentationReport {
    /// The word F1 against a floor (a minimum F1).
    pub fn check_floor(&self, floor: f64) -> FloorCheck {
        FloorCheck::new("words", self.counts.f1(), floor)
    }

    /// The report for machines: counts, P/R/F1 (`null` when undefined) and the error
    /// classes with their examples.
    pub fn to_json(&self) -> serde_json::Value {
        let c = &self.counts;
        let errors: serde_json::Map<String, serde_json::Value> = self
            .errors
            .iter()
            .map(|(k, (n, ex))| {
                (
                    k.to_string(),
                    serde_json::json!({"count": n, "examples": ex}),
                )
            })
            .collect();
        serde_json::json!({
            "sentences": self.sentences,
            "gold": c.gold(), "predicted": c.predicted(), "correct": c.tp,
            "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
            "errors": errors,
        })
    }

    /// The report for people: counts, P/R/F1, and unless `summary`, one line per error
    /// class with examples. `seconds` is how long the scoring took.
    pub fn table(&self, summary: bool, seconds: f64) -> String {
        let c = &self.counts;
        let mut out = format!(
            "words: {} sentences, {} gold, {} predicted, {} correct ({seconds:.2} s)\n",
            self.sentences,
            c.gold(),
            c.predicted(),
            c.tp,
        );
        out += &format!(
            "P {:.4}  R {:.4}  F1 {:.4}\n",
            Score(c.precision()),
            Score(c.recall()),
            Score(c.f1())
        );
        if !summary {
            for (class, (n, examples)) in &self.errors {
                out += &format!("{n:6}  {class}: {}\n", examples.join(" | "));
            }
        }
        out
    }
}

/// Scores `segmenter` on gold sentences.
pub fn evaluate_segmentation(
    segmenter: &WordSegmenter,
    sentences: &[GoldWords],
) -> SegmentationReport {
    let mut report = SegmentationReport::default();
    for words in sentences {
        let (line, gold) = gold_line(words);
        let syllables: Vec<(usize, usize)> = {
            let mut at = 0;
            line.split(' ')
                .map(|s| {
                    let r = (at, at + s.len());
                    at += s.len() + 1;
                    r
                })
                .collect()
        };
        let mut predicted = vec![false; gold.len()];
        for w in segmenter.line_words(&line) {
            // Syllables starting inside the word (after its first) join.
            for (k, &(start, _)) in syllables.iter().enumerate() {
                if start > w.start && start < w.end {
                    predicted[k] = true;
                }
            }
        }
        report.counts.add(compare(&gold, &predicted));
        report.sentences += 1;
        let g = spans(&gold);
        let p = spans(&predicted);
        let text = |&(a, b): &(usize, usize)| line[syllables[a].0..syllables[b - 1].1].to_string();
        for span in g.iter().filter(|s| !p.contains(s)) {
            let class = classify(span, &p, "missed");
            let entry = report.errors.entry(class).or_default();
            entry.0 += 1;
            if entry.1.len() < EXAMPLES {
                entry.1.push(text(span));
            }
        }
        for span in p.iter().filter(|s| !g.contains(s)) {
            let class = classify(span, &g, "spurious");
            let entry = report.errors.entry(class).or_default();
            entry.0 += 1;
            if entry.1.len() < EXAMPLES {
                entry.1.push(text(span));
            }
        }
    }
    report
}

/// An error class: a word of one side that the other side split (too long) or joined into
/// something longer (too short), or that overlaps it otherwise.
fn classify(span: &(usize, usize), other: &[(usize, usize)], side: &'static str) -> &'static str {
    let inside = other
        .iter()
        .filter(|o| o.0 >= span.0 && o.1 <= span.1)
        .count();
    let covering = other.iter().any(|o| o.0 <= span.0 && o.1 >= span.1);
    match (side, span.1 - span.0 > 1, inside > 1, covering) {
        ("missed", true, true, _) => "missed: gold word split",
        ("missed", false, _, true) => "missed: gold single syllable joined into a longer word",
        ("missed", _, _, true) => "missed: gold word inside a longer word",
        ("missed", _, _, _) => "missed: overlapping",
        (_, true, _, _) if inside > 1 => "spurious: joined gold words",
        (_, false, _, true) => "spurious: a syllable split out of a gold word",
        (_, _, _, true) => "spurious: part of a longer gold word",
        _ => "spurious: overlapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_on_simple_words() {
        let gold = vec![vec![
            "cán bộ".to_string(),
            "làm".to_string(),
            ".".to_string(),
        ]];
        let report = evaluate_segmentation(&WordSegmenter::new(), &gold);
        assert_eq!(report.counts.gold(), 3);
        assert!(report.counts.f1().is_some_and(|f1| f1 > 0.99), "{report:?}");
    }
}
