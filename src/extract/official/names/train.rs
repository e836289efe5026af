//! Trains the names model from annotated articles.
//!
//! Each article is read by the officials grammar with its annotations deciding the names
//! (an oracle in the model's place): every span the grammar offers as a possible name is
//! recorded with its features and whether it is the name of an annotated official. An
//! averaged perceptron is then fitted to those spans, in the articles' order, so the same
//! annotations always give the same model.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{Features, NameModel, Site, Template, key_of_parts, span_features};
use crate::extract::OfficialLexicon;
use crate::extract::official::{NameJudge, View, officials};
use crate::extract::view::TokenView;
use crate::normalize::{normalize, normalize_str};
use crate::segment::Segmenter;

/// One article to learn from: its text and the names of its officials as annotated.
#[derive(Debug, Clone)]
pub struct NameTrainingArticle {
    pub id: String,
    pub text: String,
    pub names: Vec<String>,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct NameTrainConfig {
    /// Passes over the training spans.
    pub epochs: usize,
}

impl Default for NameTrainConfig {
    fn default() -> Self {
        NameTrainConfig { epochs: 10 }
    }
}

/// What training saw.
#[derive(Debug, Clone, Default)]
pub struct NameTrainStats {
    pub articles: usize,
    /// Places where the grammar asked for a name.
    pub decisions: usize,
    pub candidates: usize,
    /// Candidates that are annotated names.
    pub positives: usize,
    /// Annotated names never offered as a candidate (the grammar found no office near them).
    pub names_not_offered: usize,
    pub names: usize,
}

/// A name in the form spans are compared in: normalized, lower case, without spaces.
fn name_key(text: &str) -> String {
    normalize_str(text)
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The candidates of one place where a name was asked for: each one's feature keys and
/// whether it is an annotated name.
type Decision = Vec<(Vec<u64>, bool)>;

/// Records the candidates the grammar offers and answers with the annotated name.
struct Oracle {
    names: HashSet<String>,
    offered: RefCell<HashSet<String>>,
    decisions: RefCell<Vec<Decision>>,
    feature_names: RefCell<HashMap<u64, (Template, String)>>,
}

/// Collects the keys of a span's features (and their names, to write the model).
struct Collect<'o> {
    keys: Vec<u64>,
    names: &'o RefCell<HashMap<u64, (Template, String)>>,
}

impl Features for Collect<'_> {
    fn add(&mut self, template: Template, parts: &[&str]) {
        let k = key_of_parts(template, parts);
        self.keys.push(k);
        self.names
            .borrow_mut()
            .entry(k)
            .or_insert_with(|| (template, parts.join(" ")));
    }
}

impl NameJudge for Oracle {
    fn choose(
        &self,
        view: &View<'_, '_>,
        candidates: &[Range<usize>],
        site: Site,
    ) -> Option<Range<usize>> {
        let mut decision = Vec::with_capacity(candidates.len());
        let mut chosen = None;
        for c in candidates {
            let text: String = c.clone().map(|k| view.word(k)).collect();
            let positive = self.names.contains(&text);
            if positive {
                if self.names.contains(&text) {
                    self.offered.borrow_mut().insert(text);
                }
                chosen = Some(c.clone());
            }
            let mut collect = Collect {
                keys: Vec::new(),
                names: &self.feature_names,
            };
            span_features(view, c.clone(), site, &mut collect);
            decision.push((collect.keys, positive));
        }
        self.decisions.borrow_mut().push(decision);
        chosen
    }
}

/// Trains the names model on `articles`, in their order.
pub fn train(
    articles: &[NameTrainingArticle],
    lexicon: &OfficialLexicon,
    config: NameTrainConfig,
) -> (NameModel, NameTrainStats) {
    let segmenter = Segmenter::new();
    let mut stats = NameTrainStats::default();
    let mut decisions: Vec<Decision> = Vec::new();
    let mut feature_names: HashMap<u64, (Template, String)> = HashMap::new();
    for article in articles {
        let normalized = normalize(&article.text);
        let segmented = segmenter.segment(&normalized);
        let tokens = TokenView::new(&normalized, &segmented, lexicon);
        let oracle = Oracle {
            names: article.names.iter().map(|n| name_key(n)).collect(),
            offered: RefCell::default(),
            decisions: RefCell::default(),
            feature_names: RefCell::default(),
        };
        officials(&tokens, lexicon, &oracle);
        stats.articles += 1;
        stats.names += oracle.names.len();
        stats.names_not_offered += oracle.names.len() - oracle.offered.borrow().len();
        for decision in oracle.decisions.into_inner() {
            stats.decisions += 1;
            stats.candidates += decision.len();
            stats.positives += decision.iter().filter(|(_, p)| *p).count();
            decisions.push(decision);
        }
        for (k, v) in oracle.feature_names.into_inner() {
            feature_names.entry(k).or_insert(v);
        }
    }
    let weights = averaged_perceptron(&decisions, config.epochs);
    let mut model = NameModel::default();
    let mut keys: Vec<&u64> = weights.keys().collect();
    keys.sort_unstable();
    for k in keys {
        let w = weights[k];
        if w != 0.0
            && let Some((t, v)) = feature_names.get(k)
        {
            model.insert(*t, v, w);
        }
    }
    (model, stats)
}

/// An averaged perceptron over the decisions: at each, the candidate the annotations name
/// (or none) should score highest, and above zero; none scores zero.
fn averaged_perceptron(decisions: &[Decision], epochs: usize) -> FxHashMap<u64, f32> {
    // Averaging by the usual trick: `totals` holds each update times the step it was made
    // at, so the average is `weights - totals / steps`.
    let mut weights: FxHashMap<u64, f64> = FxHashMap::default();
    let mut totals: FxHashMap<u64, f64> = FxHashMap::default();
    let mut step = 1.0f64;
    fn update(
        weights: &mut FxHashMap<u64, f64>,
        totals: &mut FxHashMap<u64, f64>,
        keys: &[u64],
        y: f64,
        step: f64,
    ) {
        for k in keys {
            *weights.entry(*k).or_default() += y;
            *totals.entry(*k).or_default() += y * step;
        }
    }
    for _ in 0..epochs {
        for decision in decisions {
            // The longest annotated name among the candidates, as the oracle answers.
            let gold = decision.iter().rposition(|(_, positive)| *positive);
            let mut predicted: Option<(usize, f64)> = None;
            for (n, (keys, _)) in decision.iter().enumerate() {
                let score: f64 = keys.iter().filter_map(|k| weights.get(k)).sum();
                if score > 0.0 && predicted.is_none_or(|(_, best)| score > best) {
                    predicted = Some((n, score));
                }
            }
            let predicted = predicted.map(|(n, _)| n);
            if predicted != gold {
                if let Some(g) = gold {
                    update(&mut weights, &mut totals, &decision[g].0, 1.0, step);
                }
                if let Some(p) = predicted {
                    update(&mut weights, &mut totals, &decision[p].0, -1.0, step);
                }
            }
            step += 1.0;
        }
    }
    weights
        .into_iter()
        .map(|(k, w)| {
            let avg = w - totals.get(&k).copied().unwrap_or(0.0) / step;
            // Rounded so the model file is short and the same on every machine.
            (k, ((avg * 1000.0).round() / 1000.0) as f32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Invented articles: names of people that are in no list the project ships.
    fn articles() -> Vec<NameTrainingArticle> {
        let article = |id: &str, text: &str, names: &[&str]| NameTrainingArticle {
            id: id.to_string(),
            text: text.to_string(),
            names: names.iter().map(|n| n.to_string()).collect(),
        };
        vec![
            article(
                "a",
                "Thủ tướng Brazil Otávio Lemke phát biểu. Ngoại trưởng Anders Kvist cho biết.",
                &["Otávio Lemke", "Anders Kvist"],
            ),
            article(
                "b",
                "Bộ trưởng Tài chính Na Uy Sigrid Haugen và Tổng thống Chile Matías Orrego gặp nhau.",
                &["Sigrid Haugen", "Matías Orrego"],
            ),
            article(
                "c",
                "Giám đốc Sở Y tế Hà Nội cho biết. Chủ tịch UBND tỉnh Bắc Ninh chủ trì.",
                &[],
            ),
        ]
    }

    #[test]
    fn training_is_deterministic_and_learns_names() {
        let lexicon = OfficialLexicon::builtin();
        let (first, stats) = train(&articles(), &lexicon, NameTrainConfig::default());
        let (second, _) = train(&articles(), &lexicon, NameTrainConfig::default());
        assert_eq!(first.to_file(""), second.to_file(""));
        assert_eq!(stats.articles, 3);
        assert_eq!(stats.names, 4);
        assert!(stats.positives >= 3, "{stats:?}");
        assert!(!first.is_empty());
    }

    #[test]
    fn names_are_compared_without_case_and_spaces() {
        assert_eq!(name_key("Otávio  Lemke"), name_key("otávio lemke"));
        assert_ne!(name_key("Otávio Lemke"), name_key("Otávio"));
    }
}
