//! Training the word model: an averaged perceptron over the features of
//! [`word`](super::word), deterministic (fixed order, fixed seed, sorted output).
//!
//! Each training sentence is a list of gold words (syllables separated by spaces, as in the
//! FORM column of UD_Vietnamese-VTB). The dictionary feature is built from the training words
//! themselves; so that the model does not learn to trust a dictionary that always agrees with
//! the gold, each sentence sees the dictionary of the *other* folds (jackknifing), and the
//! shipped model carries the dictionary of all of them.

use std::collections::{BTreeMap, HashMap};

use super::word::features::{
    Fixed, MAX_DICT, TEMPLATES, UnitTexts, Units, atom_hash, unit_atom_text, unit_shape,
};
use super::word::features::{frequency_class, ratio_class};
use super::word::model::{self, Lexicon, Table, WordModel, write_model};
use super::word::user_dict::UserDict;
use super::word::weights::WeightTable;
use super::word::{
    UnitIn, WordSegmenter, build_units, decode_units, fill_dict, fill_stats, fixed_decision,
    line_chunks,
};
use crate::error::LexiconError;
use crate::normalize::normalize;
use crate::normalize::normalize_str;

/// How to train.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Seed of the order of sentences in each pass.
    pub seed: u64,
    /// Features whose averaged weight is smaller than this (in absolute value) are dropped.
    pub prune: f32,
    /// Folds of the dictionary jackknife.
    pub folds: usize,
    /// A syllable frequency list (syllable, count); syllables counted fewer than
    /// `min_count` times are left out.
    pub frequency: Vec<(String, u64)>,
    pub min_count: u64,
    /// Perceptrons trained on different orders of the sentences, their weights averaged.
    pub ensemble: usize,
    /// Words from outside the training data (place names, given names), syllables separated
    /// by spaces; they join the dictionary of every fold.
    pub lexicon: Vec<String>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 8,
            seed: 1,
            prune: 0.2,
            folds: 5,
            frequency: Vec::new(),
            min_count: 20,
            ensemble: 1,
            lexicon: Vec::new(),
        }
    }
}

/// A sentence of gold words, each one or more syllables separated by single spaces.
pub type GoldWords = Vec<String>;

/// Word boundary counts: gold words, predicted words, and words in both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        crate::eval::f1(self.precision(), self.recall())
    }
    pub fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Word spans (in syllables) of a list of join decisions.
pub fn spans(joins: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &j) in joins.iter().enumerate().skip(1) {
        if !j {
            out.push((start, i));
            start = i;
        }
    }
    if !joins.is_empty() {
        out.push((start, joins.len()));
    }
    out
}

/// Compares two segmentations of the same syllables.
pub fn compare(gold: &[bool], predicted: &[bool]) -> Counts {
    let g = spans(gold);
    let p = spans(predicted);
    let (mut a, mut b, mut correct) = (0, 0, 0);
    while a < g.len() && b < p.len() {
        if g[a] == p[b] {
            correct += 1;
            a += 1;
            b += 1;
        } else if g[a].1 <= p[b].1 {
            a += 1;
        } else {
            b += 1;
        }
    }
    Counts {
        gold: g.len(),
        predicted: p.len(),
        correct,
    }
}

/// The syllable line of a gold sentence and its join decisions.
pub fn gold_line(words: &[String]) -> (String, Vec<bool>) {
    let mut line = String::new();
    let mut joins = Vec::new();
    for word in words {
        for (k, syllable) in word.split(' ').filter(|s| !s.is_empty()).enumerate() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(syllable);
            joins.push(k > 0);
        }
    }
    if let Some(first) = joins.first_mut() {
        *first = false;
    }
    (line, joins)
}

/// A sentence made ready: units for the model, their texts, the gold decisions.
struct Prepared {
    units: Units,
    texts: UnitTexts,
    gold: Vec<bool>,
    /// Lowercase atom texts of the multi-syllable gold words that a dictionary may hold.
    words: Vec<String>,
}

/// The dictionary key of the units `range`: their lowercase texts joined by spaces.
fn dict_key(texts: &UnitTexts, range: std::ops::Range<usize>) -> String {
    texts.atoms[range].join(" ")
}

fn dict_table(words: impl Iterator<Item = String>) -> (Table, Vec<String>) {
    let words: Vec<String> = words.collect();
    let atoms: Vec<Vec<u64>> = words
        .iter()
        .map(|w| w.split(' ').map(atom_hash).collect())
        .collect();
    (model::dict_table(&atoms), words)
}

/// Prepares gold sentences with a dictionary.
fn prepare(segmenter: &WordSegmenter, sentences: &[GoldWords], lexicon: &Lexicon) -> Vec<Prepared> {
    let user = UserDict::default();
    let mut raw = Vec::new();
    let mut out = Vec::with_capacity(sentences.len());
    for words in sentences {
        let (line, gold) = gold_line(words);
        let chunks = line_chunks(&line);
        if chunks.len() != gold.len() || gold.is_empty() {
            continue;
        }
        let normalized = normalize(&line);
        let inputs: Vec<UnitIn<'_>> = segmenter.line_units(&line, &normalized, &chunks);
        let mut texts = UnitTexts::default();
        for u in &inputs {
            texts.atoms.push(unit_atom_text(u.kind, u.norm));
            texts.shapes.push(unit_shape(u.kind, u.norm));
        }
        let mut units = Units::default();
        build_units(lexicon, &user, inputs.iter().copied(), &mut units, &mut raw);
        let mut dict_words = Vec::new();
        for (a, b) in spans(&gold) {
            let len = b - a;
            let joinable = (a + 1..b).all(|k| units.fixed[k] == Fixed::Free);
            if (2..=MAX_DICT).contains(&len) && joinable {
                dict_words.push(dict_key(&texts, a..b));
            }
        }
        out.push(Prepared {
            units,
            texts,
            gold,
            words: dict_words,
        });
    }
    out
}

/// Deterministic pseudo-random numbers (an LCG), for the order of sentences.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Weight {
    w: f64,
    /// Sum of step × update, for averaging.
    u: f64,
}

/// What a training run gives: the model file's text, the model, and the dev scores.
#[derive(Debug, Clone)]
pub struct Trained {
    pub text: String,
    pub model: WordModel,
    /// The dev score after each epoch (empty without dev sentences).
    pub dev: Vec<Counts>,
    /// Training sentences used (some may be skipped when their syllables do not line up).
    pub sentences: usize,
}

/// Trains a word model on `train`; scores `dev` after each epoch when given.
pub fn train(
    train: &[GoldWords],
    dev: &[GoldWords],
    options: &TrainOptions,
    comments: &[String],
) -> Result<Trained, LexiconError> {
    let segmenter = WordSegmenter::with_model(WordModel::empty());
    let folds = options.folds.max(2);
    // Syllable frequency classes.
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for (syllable, count) in &options.frequency {
        let syllable: String = normalize_str(syllable)
            .chars()
            .flat_map(char::to_lowercase)
            .collect();
        if syllable.is_empty() || syllable.contains(char::is_whitespace) {
            continue;
        }
        *counts.entry(syllable).or_default() += count;
    }
    let freq: Vec<(String, u8)> = counts
        .into_iter()
        .filter(|(_, c)| *c >= options.min_count)
        .map(|(s, c)| (s, frequency_class(c)))
        .collect();
    let freq_entries: Vec<(u64, u8)> = freq.iter().map(|(s, c)| (atom_hash(s), *c)).collect();
    // First pass without a dictionary, to read the units and the gold words.
    let no_dict = Lexicon::new(&[], &freq_entries, &[]);
    let mut prepared = prepare(&segmenter, train, &no_dict);
    // Dictionary words with the folds they appear in.
    let mut by_fold: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (n, p) in prepared.iter().enumerate() {
        for w in &p.words {
            by_fold.entry(w.clone()).or_insert_with(|| vec![0; folds])[n % folds] += 1;
        }
    }
    // Outside words count in every fold.
    for word in &options.lexicon {
        let key: String = normalize_str(word)
            .split_whitespace()
            .map(|s| s.chars().flat_map(char::to_lowercase).collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        let len = key.split(' ').count();
        if (2..=MAX_DICT).contains(&len) {
            by_fold.insert(key, vec![1; folds]);
        }
    }
    let max_dict = by_fold
        .keys()
        .map(|w| w.split(' ').count())
        .max()
        .unwrap_or(0);
    let fold_tables: Vec<Table> = (0..folds)
        .map(|f| {
            dict_table(
                by_fold
                    .iter()
                    .filter(|(_, counts)| counts.iter().enumerate().any(|(k, &c)| k != f && c > 0))
                    .map(|(w, _)| w.clone()),
            )
            .0
        })
        .collect();
    let (full_dict, dict_words) = dict_table(by_fold.keys().cloned());
    // Position counts of each syllable per fold: total, goes on, attached.
    let mut positions: BTreeMap<String, Vec<[u32; 3]>> = BTreeMap::new();
    for (n, p) in prepared.iter().enumerate() {
        for k in 0..p.gold.len() {
            if !p.units.is_syllable(k) {
                continue;
            }
            let counts = &mut positions
                .entry(p.texts.atoms[k].clone())
                .or_insert_with(|| vec![[0; 3]; folds])[n % folds];
            counts[0] += 1;
            counts[1] += u32::from(p.gold.get(k + 1).copied().unwrap_or(false));
            counts[2] += u32::from(p.gold[k]);
        }
    }
    let stats_of = |skip: Option<usize>| -> Vec<(String, u8, u8)> {
        positions
            .iter()
            .filter_map(|(s, per_fold)| {
                let mut sum = [0u32; 3];
                for (f, c) in per_fold.iter().enumerate() {
                    if Some(f) != skip {
                        for k in 0..3 {
                            sum[k] += c[k];
                        }
                    }
                }
                (sum[0] > 0).then(|| {
                    (
                        s.clone(),
                        ratio_class(sum[1], sum[0]),
                        ratio_class(sum[2], sum[0]),
                    )
                })
            })
            .collect()
    };
    let stats_table = |stats: &[(String, u8, u8)]| {
        let entries: Vec<(u64, f32)> = stats
            .iter()
            .map(|(s, c, a)| (atom_hash(s), (c * 8 + a) as f32))
            .collect();
        Table::from_entries(&entries)
    };
    let full_stats = stats_of(None);
    // Each sentence sees the dictionary and the positions of the other folds.
    for (f, fold_dict) in fold_tables.iter().enumerate() {
        let table = stats_table(&stats_of(Some(f)));
        for (n, p) in prepared.iter_mut().enumerate() {
            if n % folds == f {
                fill_dict(&mut p.units, fold_dict, max_dict);
                fill_stats(&mut p.units, &table);
            }
        }
    }
    let full_stats_table = stats_table(&full_stats);
    let mut dev_prepared = prepare(&segmenter, dev, &no_dict);
    for p in &mut dev_prepared {
        fill_dict(&mut p.units, &full_dict, max_dict);
        fill_stats(&mut p.units, &full_stats_table);
    }

    let mut names: HashMap<u64, (usize, Vec<String>)> = HashMap::new();
    let mut models: Vec<Perceptron> = (0..options.ensemble.max(1) as u64)
        .map(|k| Perceptron::new(prepared.len(), options.seed.wrapping_add(k)))
        .collect();
    let mut dev_scores = Vec::new();
    for _epoch in 0..options.epochs {
        for model in &mut models {
            model.epoch(&prepared, &mut names);
        }
        if !dev_prepared.is_empty() {
            let table = WeightTable::from_entries(&ensemble_weights(&models, options.prune));
            dev_scores.push(score_prepared(&table, &dev_prepared));
        }
    }

    // The model file: averaged, pruned, rounded, sorted by name.
    let mut features: Vec<(String, f32)> = ensemble_weights(&models, 0.0)
        .into_iter()
        .filter_map(|(h, avg)| {
            let rounded = (avg * 1000.0).round() / 1000.0;
            if rounded.abs() < options.prune.max(0.001) {
                return None;
            }
            let (t, atoms) = names.get(&h)?;
            let name = std::iter::once(TEMPLATES[*t].name)
                .chain(atoms.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join("\t");
            Some((name, rounded))
        })
        .collect();
    features.sort_by(|a, b| a.0.cmp(&b.0));
    let text = write_model(comments, &dict_words, &freq, &full_stats, &features);
    let model = WordModel::parse(&text, "trained model")?;
    Ok(Trained {
        text,
        model,
        dev: dev_scores,
        sentences: prepared.len(),
    })
}

/// One averaged perceptron and its own order of sentences.
struct Perceptron {
    weights: HashMap<u64, Weight>,
    step: f64,
    order: Vec<usize>,
    rng: Lcg,
    hashes: Vec<u64>,
}

impl Perceptron {
    fn new(sentences: usize, seed: u64) -> Self {
        Perceptron {
            weights: HashMap::new(),
            step: 1.0,
            order: (0..sentences).collect(),
            rng: Lcg(seed),
            hashes: Vec::with_capacity(64),
        }
    }

    /// One pass over the sentences in a new order, greedy decoding with the model's own
    /// previous decisions, updating on every wrong one.
    fn epoch(&mut self, prepared: &[Prepared], names: &mut HashMap<u64, (usize, Vec<String>)>) {
        for i in (1..self.order.len()).rev() {
            let j = (self.rng.next() % (i as u64 + 1)) as usize;
            self.order.swap(i, j);
        }
        for &s in &self.order {
            let p = &prepared[s];
            let mut len = 1u8;
            for i in 1..p.gold.len() {
                let join = match fixed_decision(&p.units, i) {
                    Some(decided) => decided,
                    None => {
                        let hashes = &mut self.hashes;
                        hashes.clear();
                        p.units.features(i, len, |h| hashes.push(h));
                        let score: f64 = hashes
                            .iter()
                            .map(|h| self.weights.get(h).map_or(0.0, |w| w.w))
                            .sum();
                        let predicted = score > 0.0;
                        if predicted != p.gold[i] {
                            let delta = if p.gold[i] { 1.0 } else { -1.0 };
                            let mut named = None;
                            for (pos, &h) in hashes.iter().enumerate() {
                                let w = self.weights.entry(h).or_default();
                                w.w += delta;
                                w.u += self.step * delta;
                                if let std::collections::hash_map::Entry::Vacant(e) = names.entry(h)
                                {
                                    let all = named
                                        .get_or_insert_with(|| p.texts.names(&p.units, i, len));
                                    e.insert(all[pos].clone());
                                }
                            }
                        }
                        self.step += 1.0;
                        predicted
                    }
                };
                len = if join { (len + 1).min(4) } else { 1 };
            }
        }
    }
}

/// The averaged weights of the models, averaged again over the models, sorted by hash.
fn ensemble_weights(models: &[Perceptron], prune: f32) -> Vec<(u64, f32)> {
    let mut sum: BTreeMap<u64, f64> = BTreeMap::new();
    for m in models {
        for (h, w) in &m.weights {
            *sum.entry(*h).or_default() += w.w - w.u / m.step;
        }
    }
    let k = models.len().max(1) as f64;
    sum.into_iter()
        .map(|(h, w)| (h, (w / k) as f32))
        .filter(|(_, w)| w.abs() >= prune)
        .collect()
}

fn score_prepared(table: &WeightTable, sentences: &[Prepared]) -> Counts {
    let mut total = Counts::default();
    let mut joins = Vec::new();
    let mut groups = Vec::new();
    for p in sentences {
        decode_units(table, &p.units, &mut groups, &mut joins);
        total.add(compare(&p.gold, &joins));
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(words: &[&str]) -> GoldWords {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn scoring_counts_matching_spans() {
        let gold = [false, true, false, false, true];
        let pred = [false, true, false, true, false];
        let c = compare(&gold, &pred);
        assert_eq!((c.gold, c.predicted, c.correct), (3, 3, 1));
    }

    #[test]
    fn training_is_deterministic_and_learns() {
        let data: Vec<GoldWords> = (0..40)
            .map(|n| {
                if n % 2 == 0 {
                    sentence(&["cán bộ", "công chức", "làm", "việc", "tốt"])
                } else {
                    sentence(&["ông", "Phạm Quí Tiên", "là", "cán bộ", "."])
                }
            })
            .collect();
        let options = TrainOptions {
            epochs: 3,
            ..TrainOptions::default()
        };
        let a = train(&data, &data[..4], &options, &[]).expect("trains");
        let b = train(&data, &data[..4], &options, &[]).expect("trains");
        assert_eq!(a.text, b.text);
        assert_eq!(a.dev.len(), 3);
        assert!(a.dev[2].f1() > 0.99, "{:?}", a.dev);
        let segmenter = WordSegmenter::with_model(a.model);
        assert_eq!(
            segmenter.underscore_line("ông Phạm Quí Tiên là cán bộ"),
            "ông Phạm_Quí_Tiên là cán_bộ"
        );
    }
}
