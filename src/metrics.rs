//! Scoring primitives shared by `eval` and the word segmenter's trainer:
//! true and false positives and negatives, and the precision, recall and F1 they give.
//!
//! A ratio over nothing is *undefined*, not perfect and not zero: precision with nothing
//! predicted, recall with nothing to find. Scores are `Option<f64>` (`None` when undefined),
//! shown as "–" in text ([`Score`]) and as `null` in JSON. This module is a leaf: it
//! imports nothing from the crate.

use std::fmt;

use serde::Serialize;

/// True positives, false positives and false negatives of one measure.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    /// Counts from the sizes of the gold and predicted sets and of their intersection.
    pub fn from_sets(gold: usize, predicted: usize, correct: usize) -> Counts {
        Counts {
            tp: correct,
            fp: predicted.saturating_sub(correct),
            fn_: gold.saturating_sub(correct),
        }
    }

    /// Items to find: true positives and false negatives.
    pub fn gold(&self) -> usize {
        self.tp + self.fn_
    }

    /// Items found: true and false positives.
    pub fn predicted(&self) -> usize {
        self.tp + self.fp
    }

    /// tp / (tp + fp); undefined when nothing was predicted.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.tp, self.predicted())
    }

    /// tp / (tp + fn); undefined when there was nothing to find.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.tp, self.gold())
    }

    /// The harmonic mean of precision and recall; undefined only when there was nothing
    /// to find and nothing was predicted. When just one of precision and recall is
    /// undefined, there is no true positive and some error on the other side, so F1 is 0
    /// (as 2·tp / (2·tp + fp + fn) gives).
    pub fn f1(&self) -> Option<f64> {
        if self.is_empty() {
            return None;
        }
        let precision = self.precision().unwrap_or(0.0);
        let recall = self.recall().unwrap_or(0.0);
        Some(if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        })
    }

    /// Nothing to find and nothing predicted: every score is undefined.
    pub fn is_empty(&self) -> bool {
        self.tp == 0 && self.fp == 0 && self.fn_ == 0
    }

    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(hits: usize, total: usize) -> Option<f64> {
    (total > 0).then(|| hits as f64 / total as f64)
}

/// A score for text output: the number with the formatter's width and precision, or "–"
/// (padded to the width) when undefined.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score(pub Option<f64>);

/// How an undefined score reads in text.
pub const UNDEFINED: &str = "–";

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(value) => fmt::Display::fmt(&value, f),
            // `pad` keeps the width and alignment; the precision cannot cut one character.
            None => f.pad(UNDEFINED),
        }
    }
}

/// How a score compares with its floor (a minimum F1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorVerdict {
    /// At or above the floor.
    Met,
    /// Under the floor: a failure.
    Below,
    /// The score is undefined (nothing to find, nothing predicted). Not a failure: no item
    /// was missed and none was invented, so nothing shows the measure to be worse than its
    /// floor; failing would make a floor file unusable on data without that kind of item.
    /// Callers say so, so that a floor that checked nothing does not pass unnoticed.
    Undefined,
}

impl FloorVerdict {
    /// The verdict on `score` against `floor`. A floor that is not a number (NaN) is never
    /// failed, as comparing with it is false.
    pub fn of(score: Option<f64>, floor: f64) -> FloorVerdict {
        match score {
            None => FloorVerdict::Undefined,
            Some(value) if value < floor => FloorVerdict::Below,
            Some(_) => FloorVerdict::Met,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(tp: usize, fp: usize, fn_: usize) -> Counts {
        Counts { tp, fp, fn_ }
    }

    #[test]
    fn nothing_over_nothing_is_undefined() {
        let empty = Counts::default();
        assert!(empty.is_empty());
        assert_eq!(
            (empty.precision(), empty.recall(), empty.f1()),
            (None, None, None)
        );
    }

    #[test]
    fn one_side_undefined_gives_f1_zero() {
        let only_spurious = counts(0, 3, 0);
        assert_eq!(only_spurious.precision(), Some(0.0));
        assert_eq!(only_spurious.recall(), None);
        assert_eq!(only_spurious.f1(), Some(0.0));
        let only_missed = counts(0, 0, 2);
        assert_eq!(only_missed.precision(), None);
        assert_eq!(only_missed.recall(), Some(0.0));
        assert_eq!(only_missed.f1(), Some(0.0));
    }

    #[test]
    fn precision_recall_and_f1() {
        let c = counts(2, 1, 2);
        assert_eq!(c.precision(), Some(2.0 / 3.0));
        assert_eq!(c.recall(), Some(0.5));
        let f1 = c.f1().unwrap();
        assert!((f1 - 4.0 / 7.0).abs() < 1e-12, "{f1}");
        assert_eq!(counts(5, 0, 0).f1(), Some(1.0));
        assert_eq!(counts(0, 1, 1).f1(), Some(0.0));
    }

    #[test]
    fn sets_and_sums() {
        let mut c = Counts::from_sets(3, 3, 1);
        assert_eq!((c.tp, c.fp, c.fn_), (1, 2, 2));
        assert_eq!((c.gold(), c.predicted()), (3, 3));
        c.add(counts(1, 0, 1));
        assert_eq!(c, counts(2, 2, 3));
    }

    #[test]
    fn undefined_shows_as_a_dash() {
        assert_eq!(format!("{:>7.4}", Score(Some(0.5))), " 0.5000");
        assert_eq!(format!("{:>7.4}", Score(None)), "      –");
        assert_eq!(format!("{:.4}", Score(None)), "–");
        assert_eq!(
            serde_json::to_string(&Counts::default().f1()).unwrap(),
            "null"
        );
    }

    #[test]
    fn floors() {
        assert_eq!(FloorVerdict::of(Some(0.9), 0.8), FloorVerdict::Met);
        assert_eq!(FloorVerdict::of(Some(0.8), 0.8), FloorVerdict::Met);
        assert_eq!(FloorVerdict::of(Some(0.7), 0.8), FloorVerdict::Below);
        assert_eq!(FloorVerdict::of(None, 0.8), FloorVerdict::Undefined);
        assert_eq!(FloorVerdict::of(Some(0.0), f64::NAN), FloorVerdict::Met);
    }
}
