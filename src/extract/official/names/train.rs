//! Trains the names model from annotated articles.
//!
//! Each article is read by the officials grammar with its annotations deciding the names
//! (an oracle in the model's place): every span the grammar offers as a possible name is
//! recorded with its features and whether it is the name of an annotated official. Averaged
//! perceptrons are then fitted to those decisions, in the articles' order and in seeded
//! orders by each decision's hash, so the same annotations always give the same model; or a
//! conditional log-linear model (`logistic`), whose fit does not depend on the order.
//! `cross_validate` compares them.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{Features, NameModel, Site, Template, key_of_parts, logistic, span_features};
use crate::extract::OfficialLexicon;
use crate::extract::official::{NameJudge, View, officials};
use crate::extract::view::TokenView;
use crate::normalize::{normalize, normalize_str};
use crate::segment::Segmenter;
use crate::synth::Rng;

/// One article to learn from: its text and the names of its officials as annotated.
#[derive(Debug, Clone)]
pub struct NameTrainingArticle {
    pub id: String,
    pub text: String,
    pub names: Vec<String>,
}

/// How the weights are fitted to the decisions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NameLearner {
    /// A softmax over "no name" and the candidates, L2-penalized with this strength: one
    /// optimum, whatever the order of the articles.
    Logistic { l2: f64 },
    /// Averaged perceptrons with this many passes, one per order of the decisions (the
    /// articles' order, then seeded orders by each decision's hash), their weights
    /// averaged: one perceptron's weights depend on the order it saw the decisions in.
    Perceptron { epochs: usize, orders: usize },
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct NameTrainConfig {
    pub learner: NameLearner,
}

/// The L2 strength of the logistic learner that cross-validates best on the training
/// annotations (`vnextract train-officials --folds 5 --learner logistic`; docs/officials.md).
pub const DEFAULT_L2: f64 = 0.3;

/// Orders of the decisions the shipped perceptron averages over (docs/officials.md).
pub const DEFAULT_ORDERS: usize = 10;

impl Default for NameTrainConfig {
    fn default() -> Self {
        NameTrainConfig {
            learner: NameLearner::Perceptron {
                epochs: 10,
                orders: DEFAULT_ORDERS,
            },
        }
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
pub(super) type Decision = Vec<(Vec<u64>, bool)>;

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

/// The decisions the grammar asks for in each article, answered by the annotations.
struct Collected {
    /// Per article, in order.
    decisions: Vec<Vec<Decision>>,
    stats: NameTrainStats,
    feature_names: HashMap<u64, (Template, String)>,
}

fn collect(articles: &[NameTrainingArticle], lexicon: &OfficialLexicon) -> Collected {
    let lexicon = &lexicon.without_companies();
    let segmenter = Segmenter::new();
    let mut stats = NameTrainStats::default();
    let mut decisions = Vec::with_capacity(articles.len());
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
        let of_article = oracle.decisions.into_inner();
        for decision in &of_article {
            stats.decisions += 1;
            stats.candidates += decision.len();
            stats.positives += decision.iter().filter(|(_, p)| *p).count();
        }
        decisions.push(of_article);
        for (k, v) in oracle.feature_names.into_inner() {
            feature_names.entry(k).or_insert(v);
        }
    }
    Collected {
        decisions,
        stats,
        feature_names,
    }
}

fn fit(decisions: &[Decision], config: NameTrainConfig) -> FxHashMap<u64, f32> {
    match config.learner {
        NameLearner::Logistic { l2 } => logistic::fit(decisions, l2),
        NameLearner::Perceptron { epochs, orders } => {
            perceptron_ensemble(decisions, epochs, orders)
        }
    }
}

/// Trains the names model on `articles`.
pub fn train(
    articles: &[NameTrainingArticle],
    lexicon: &OfficialLexicon,
    config: NameTrainConfig,
) -> (NameModel, NameTrainStats) {
    let collected = collect(articles, lexicon);
    let decisions: Vec<Decision> = collected.decisions.into_iter().flatten().collect();
    let weights = fit(&decisions, config);
    let mut model = NameModel::default();
    let mut keys: Vec<&u64> = weights.keys().collect();
    keys.sort_unstable();
    for k in keys {
        let w = weights[k];
        if w != 0.0
            && let Some((t, v)) = collected.feature_names.get(k)
        {
            model.insert(*t, v, w);
        }
    }
    (model, collected.stats)
}

/// How well held-out decisions are taken: a name chosen where the annotations name one
/// (right or wrong), and where they do.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct NameDecisionScore {
    /// The annotated name chosen.
    pub correct: usize,
    /// A name chosen that is not the annotated one (or where none is annotated).
    pub wrong: usize,
    /// An annotated name not chosen.
    pub missed: usize,
}

impl NameDecisionScore {
    pub fn f1(&self) -> f64 {
        let tp = self.correct as f64;
        let denominator = 2.0 * tp + (self.wrong + self.missed) as f64;
        if denominator == 0.0 {
            0.0
        } else {
            2.0 * tp / denominator
        }
    }
}

/// K-fold cross-validation over contiguous folds of `articles`: a model is fitted on the
/// other folds and takes the decisions of each fold, as the annotations asked them.
pub fn cross_validate(
    articles: &[NameTrainingArticle],
    lexicon: &OfficialLexicon,
    config: NameTrainConfig,
    folds: usize,
) -> NameDecisionScore {
    let collected = collect(articles, lexicon);
    let per_article = &collected.decisions;
    let folds = folds.clamp(2, per_article.len().max(2));
    let mut score = NameDecisionScore::default();
    for fold in 0..folds {
        let held = (fold * per_article.len() / folds)..((fold + 1) * per_article.len() / folds);
        let training: Vec<Decision> = per_article
            .iter()
            .enumerate()
            .filter(|(n, _)| !held.contains(n))
            .flat_map(|(_, d)| d.iter().cloned())
            .collect();
        let weights = fit(&training, config);
        for decision in per_article[held].iter().flatten() {
            let gold = gold(decision);
            let predicted = best(decision, |keys| {
                keys.iter()
                    .filter_map(|k| weights.get(k))
                    .map(|&w| f64::from(w))
                    .sum()
            });
            match (predicted, gold) {
                (Some(p), Some(g)) if p == g => score.correct += 1,
                (Some(_), Some(_)) => {
                    score.wrong += 1;
                    score.missed += 1;
                }
                (Some(_), None) => score.wrong += 1,
                (None, Some(_)) => score.missed += 1,
                (None, None) => {}
            }
        }
    }
    score
}

/// The candidate the annotations answer with: the longest annotated name among the
/// candidates, as the oracle chooses it (none when no candidate is annotated).
pub(super) fn gold(decision: &Decision) -> Option<usize> {
    decision.iter().rposition(|(_, positive)| *positive)
}

/// The candidate of `decision` that scores highest, when it scores above zero (no name
/// scores zero), as the extractor decides.
fn best(decision: &Decision, score: impl Fn(&[u64]) -> f64) -> Option<usize> {
    let mut predicted: Option<(usize, f64)> = None;
    for (n, (keys, _)) in decision.iter().enumerate() {
        let s = score(keys);
        if s > 0.0 && predicted.is_none_or(|(_, top)| s > top) {
            predicted = Some((n, s));
        }
    }
    predicted.map(|(n, _)| n)
}

/// The mean of averaged perceptrons trained on `orders` orders of the decisions: their own,
/// then orders by a seeded hash of each decision ([`placed`]), so that the same decisions
/// give the same model, and a decision more or less moves no other in any order (a
/// permutation of indices reshuffled them all, and every retrain after a small grammar
/// change moved the officials of 15–26 articles of 20 MB of news; now 6).
fn perceptron_ensemble(
    decisions: &[Decision],
    epochs: usize,
    orders: usize,
) -> FxHashMap<u64, f32> {
    let orders = orders.max(1);
    let mut sum: FxHashMap<u64, f64> = FxHashMap::default();
    for n in 0..orders {
        for (k, w) in averaged_perceptron(&order(decisions, n as u64), epochs) {
            *sum.entry(k).or_default() += w;
        }
    }
    sum.into_iter()
        .map(|(k, w)| {
            // Rounded so the model file is short and the same on every machine.
            (k, ((w / orders as f64 * 1000.0).round() / 1000.0) as f32)
        })
        .collect()
}

/// Order `n` of the decisions: their own for 0, else by [`placed`] with seed `n`.
fn order(decisions: &[Decision], n: u64) -> Vec<&Decision> {
    let mut order: Vec<&Decision> = decisions.iter().collect();
    if n > 0 {
        order.sort_by_cached_key(|d| placed(d, n));
    }
    order
}

/// Where order `seed` places a decision: a hash of what it is, so that a decision added or
/// removed leaves the others' order as it was.
fn placed(decision: &Decision, seed: u64) -> u64 {
    let mut rng = Rng::new(seed);
    let mut h = rng.next_u64();
    for (keys, positive) in decision {
        for &k in keys {
            h = Rng::new(h ^ k).next_u64();
        }
        h = Rng::new(h ^ u64::from(*positive)).next_u64();
    }
    h
}

/// An averaged perceptron over the decisions in the order given: at each, the candidate the
/// annotations name (or none) should score highest, and above zero; none scores zero.
fn averaged_perceptron(decisions: &[&Decision], epochs: usize) -> FxHashMap<u64, f64> {
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
        for &decision in decisions {
            let gold = gold(decision);
            let predicted = best(decision, |keys| {
                keys.iter().filter_map(|k| weights.get(k)).sum()
            });
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
        .map(|(k, w)| (k, w - totals.get(&k).copied().unwrap_or(0.0) / step))
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
    fn the_model_does_not_depend_on_the_list_of_companies() {
        // "CEO Northwind Per Olsen": with "Northwind" listed as a company the grammar asks
        // for no name starting at it; the model is trained as if no company were listed.
        let mut articles = articles();
        articles.push(NameTrainingArticle {
            id: "d".to_string(),
            text: "CEO Northwind Per Olsen cho biết. Chủ tịch Northwind Per Olsen nói.".to_string(),
            names: vec!["Per Olsen".to_string()],
        });
        let plain = OfficialLexicon::builtin();
        let mut listed = (*plain).clone();
        listed
            .extend_from_str(
                "# format: vnextract-lexicon 1\ncompany\tNorthwind\n",
                "test",
            )
            .unwrap();
        let (without, _) = train(&articles, &plain, NameTrainConfig::default());
        let (with, _) = train(&articles, &listed, NameTrainConfig::default());
        assert_eq!(without.to_file(""), with.to_file(""));
        // Read with the list, the company is the body and the rest the name.
        let normalized = normalize(&articles[3].text);
        let segmented = Segmenter::new().segment(&normalized);
        let tokens = TokenView::new(&normalized, &segmented, &listed);
        let (found, _) = officials(&tokens, &listed, &with);
        let names: Vec<&str> = found
            .iter()
            .map(|o| &articles[3].text[o.name.clone()])
            .collect();
        assert!(names.contains(&"Per Olsen"), "{names:?}");
    }

    #[test]
    fn the_logistic_learner_gives_one_model_whatever_the_order_of_the_articles() {
        let lexicon = OfficialLexicon::builtin();
        let logistic = NameTrainConfig {
            learner: NameLearner::Logistic { l2: DEFAULT_L2 },
        };
        let (first, _) = train(&articles(), &lexicon, logistic);
        let mut reversed = articles();
        reversed.reverse();
        let (second, _) = train(&reversed, &lexicon, logistic);
        assert!(!first.is_empty());
        assert_eq!(first.to_file(""), second.to_file(""));
    }

    #[test]
    fn cross_validation_takes_every_held_out_decision_once() {
        let lexicon = OfficialLexicon::builtin();
        let articles = articles();
        let score = cross_validate(&articles, &lexicon, NameTrainConfig::default(), 3);
        let (_, stats) = train(&articles, &lexicon, NameTrainConfig::default());
        // Every annotated name offered is either chosen or missed once.
        assert_eq!(score.correct + score.missed, stats.positives, "{score:?}");
        assert!((0.0..=1.0).contains(&score.f1()));
    }

    #[test]
    fn names_are_compared_without_case_and_spaces() {
        assert_eq!(name_key("Otávio  Lemke"), name_key("otávio lemke"));
        assert_ne!(name_key("Otávio Lemke"), name_key("Otávio"));
    }

    #[test]
    fn a_decision_added_leaves_the_others_order() {
        let decision = |k: u64| -> Decision { vec![(vec![k, k * 7], k % 2 == 0)] };
        let ordered = |all: &[Decision]| {
            order(all, 3)
                .into_iter()
                .map(|d| d[0].0[0])
                .collect::<Vec<u64>>()
        };
        let some: Vec<Decision> = (0..50).map(decision).collect();
        let before = ordered(&some);
        assert_ne!(before, (0..50).collect::<Vec<u64>>(), "a shuffle");
        let mut more = some.clone();
        more.insert(20, decision(1000));
        let after: Vec<u64> = ordered(&more).into_iter().filter(|&k| k != 1000).collect();
        assert_eq!(after, before);
    }
}
