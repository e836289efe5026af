//! Accuracy against gold annotations, with the matching rules of GOLD.md.
//!
//! Gold files are JSON Lines of `{"id", "text", "officials", "titles", "percentages",
//! "money"}`; predictions are vnextract records (or anything with the same fields), joined
//! to gold by `id`. Articles of all gold files are pooled and scores micro-averaged.

pub mod canon;
pub mod html;
pub mod segmentation;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use canon::{Decimal, canonical, organizations_match, roles_match};

pub use crate::metrics::Counts;
pub use crate::metrics::FloorVerdict;
use crate::metrics::Score;
use crate::normalize::normalize;
use crate::segment::Segmenter;
use crate::span::CharIndex;

/// An official as annotated or predicted.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct OfficialItem {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
    /// Code-point offsets of the mention, when a prediction gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// A position title.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct TitleItem {
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// A percentage or an amount of money.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
pub struct NumberItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `value` of a percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ExactNumber>,
    /// `amount` of money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<ExactNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// A JSON number as written, digit for digit: a serde_json `Number` would read an amount
/// beyond 2^64 as a rounded float, and two different amounts could then score as one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExactNumber(Box<str>);

impl<'de> Deserialize<'de> for ExactNumber {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(deserializer)?;
        let text = raw.get().trim();
        // Valid JSON already: a number is the one kind that starts with "-" or a digit.
        if !text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
            return Err(serde::de::Error::custom(format!(
                "expected a number, found {text}"
            )));
        }
        Ok(ExactNumber(text.into()))
    }
}

impl Serialize for ExactNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let raw = serde_json::value::RawValue::from_string(self.0.to_string())
            .map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }
}

impl std::fmt::Display for ExactNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One gold article, or one predicted record (where `text` is absent).
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Annotated {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub text: String,
    /// Stand-off gold names its article's text by this hash instead of holding it; see
    /// [`join_texts`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default)]
    pub officials: Vec<OfficialItem>,
    #[serde(default)]
    pub titles: Vec<TitleItem>,
    #[serde(default)]
    pub percentages: Vec<NumberItem>,
    #[serde(default)]
    pub money: Vec<NumberItem>,
    /// Set on error records: they count as finding nothing.
    #[serde(default, skip_serializing)]
    pub error: Option<serde_json::Value>,
}

/// The kinds of items scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    OfficialsName,
    OfficialsNameRole,
    OfficialsFull,
    Titles,
    Percentages,
    Money,
}

impl Measure {
    pub const ALL: [Measure; 6] = [
        Measure::OfficialsName,
        Measure::OfficialsNameRole,
        Measure::OfficialsFull,
        Measure::Titles,
        Measure::Percentages,
        Measure::Money,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Measure::OfficialsName => "officials.name",
            Measure::OfficialsNameRole => "officials.name+role",
            Measure::OfficialsFull => "officials.full",
            Measure::Titles => "titles",
            Measure::Percentages => "percentages",
            Measure::Money => "money",
        }
    }

    pub fn parse(s: &str) -> Option<Measure> {
        Measure::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Whether an item was found, missed or spurious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Found,
    Missed,
    Spurious,
}

/// One gold or predicted item of an article, scored.
#[derive(Debug, Clone, Serialize)]
pub struct ItemResult {
    pub measure: Measure,
    pub outcome: Outcome,
    /// How it reads: "Phạm Quí Tiên · Phó Chủ tịch · HĐND Thành phố", "15.9", "14732000000000 VND".
    pub label: String,
    /// Code points of the text it was found at, when known.
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The sentence around it, when it could be placed.
    pub sentence: Option<String>,
}

/// The scores of one article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleResult {
    pub id: String,
    #[serde(skip)]
    pub text: String,
    /// The record was missing or an error record.
    pub missing: bool,
    pub counts: HashMap<Measure, Counts>,
    pub items: Vec<ItemResult>,
}

/// Pooled scores of all articles.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub articles: Vec<ArticleResult>,
    pub totals: Vec<(Measure, Counts)>,
}

impl Report {
    pub fn totals(&self, measure: Measure) -> Counts {
        self.totals
            .iter()
            .find(|(m, _)| *m == measure)
            .map(|(_, c)| *c)
            .unwrap_or_default()
    }

    /// The P/R/F1 table.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<20} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7}",
            "measure", "tp", "fp", "fn", "P", "R", "F1"
        );
        for (measure, c) in &self.totals {
            let _ = writeln!(
                out,
                "{:<20} {:>6} {:>6} {:>6} {:>7.4} {:>7.4} {:>7.4}",
                measure.as_str(),
                c.tp,
                c.fp,
                c.fn_,
                Score(c.precision()),
                Score(c.recall()),
                Score(c.f1())
            );
        }
        let missing = self.articles.iter().filter(|a| a.missing).count();
        let _ = writeln!(
            out,
            "{} articles{}",
            self.articles.len(),
            if missing > 0 {
                format!(", {missing} without a record (scored as finding nothing)")
            } else {
                String::new()
            }
        );
        out
    }

    /// Every floor checked against the pooled scores, in the order of `floors`.
    pub fn check_floors(&self, floors: &Floors) -> Vec<FloorCheck> {
        floors
            .0
            .iter()
            .map(|&(measure, floor)| {
                FloorCheck::new(measure.as_str(), self.totals(measure).f1(), floor)
            })
            .collect()
    }

    /// Misses and spurious items per article, with their sentences.
    pub fn errors(&self) -> String {
        let mut out = String::new();
        for article in &self.articles {
            let wrong: Vec<&ItemResult> = article
                .items
                .iter()
                .filter(|i| i.outcome != Outcome::Found)
                .collect();
            if wrong.is_empty() && !article.missing {
                continue;
            }
            let _ = writeln!(out, "## {}", article.id);
            if article.missing {
                let _ = writeln!(out, "  (no record, or an error record)");
            }
            for item in wrong {
                let tag = match item.outcome {
                    Outcome::Missed => "missed  ",
                    Outcome::Spurious => "spurious",
                    Outcome::Found => "found   ",
                };
                let _ = writeln!(out, "  {tag} {:<20} {}", item.measure.as_str(), item.label);
                if let Some(sentence) = &item.sentence {
                    let _ = writeln!(out, "           in: {}", sentence.replace('\n', " "));
                }
            }
        }
        out
    }
}

/// Minimum F1 per measure, as a floors file gives them: lines of `MEASURE MIN_F1`, `#`
/// comments.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Floors(pub Vec<(Measure, f64)>);

impl Floors {
    /// Parses a floors file; `name` names it in errors, with the line.
    pub fn parse(text: &str, name: &str) -> Result<Floors, EvalError> {
        let mut floors = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let number = n + 1;
            let mut parts = line.split_whitespace();
            let (Some(measure), Some(floor), None) = (parts.next(), parts.next(), parts.next())
            else {
                return Err(EvalError::FloorLine {
                    name: name.to_string(),
                    line: number,
                    found: line.to_string(),
                });
            };
            let measure = Measure::parse(measure).ok_or_else(|| EvalError::FloorMeasure {
                name: name.to_string(),
                line: number,
                measure: measure.to_string(),
            })?;
            let floor: f64 = floor.parse().map_err(|source| EvalError::FloorNumber {
                name: name.to_string(),
                line: number,
                floor: floor.to_string(),
                source,
            })?;
            floors.push((measure, floor));
        }
        Ok(Floors(floors))
    }
}

/// A measure's F1 against its floor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FloorCheck {
    /// The measure's name ("money", "words").
    pub measure: &'static str,
    pub floor: f64,
    pub f1: Option<f64>,
    /// Met, below (a failure), or undefined: nothing to find and nothing found, which is
    /// not a failure (see [`FloorVerdict::Undefined`]) but is worth saying.
    pub verdict: FloorVerdict,
}

impl FloorCheck {
    pub fn new(measure: &'static str, f1: Option<f64>, floor: f64) -> FloorCheck {
        FloorCheck {
            measure,
            floor,
            f1,
            verdict: FloorVerdict::of(f1, floor),
        }
    }

    pub fn failed(&self) -> bool {
        self.verdict == FloorVerdict::Below
    }
}

impl std::fmt::Display for FloorCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (measure, floor) = (self.measure, self.floor);
        match self.verdict {
            FloorVerdict::Below => write!(f, "{measure} F1 {:.4} < {floor}", Score(self.f1)),
            FloorVerdict::Met => write!(f, "{measure} F1 {:.4} >= {floor}", Score(self.f1)),
            FloorVerdict::Undefined => write!(
                f,
                "{measure} F1 is undefined (nothing to find and nothing found): floor {floor} not checked"
            ),
        }
    }
}

/// Scores `predictions` (joined by id) against `gold`.
pub fn evaluate(gold: &[Annotated], predictions: &[Annotated]) -> Report {
    let by_id: HashMap<&str, &Annotated> = predictions.iter().map(|p| (p.id.as_str(), p)).collect();
    let segmenter = Segmenter::new();
    let empty = Annotated::default();
    let mut articles = Vec::with_capacity(gold.len());
    let mut totals: HashMap<Measure, Counts> = HashMap::new();
    for g in gold {
        let found = by_id.get(g.id.as_str()).filter(|p| p.error.is_none());
        let prediction = found.copied().unwrap_or(&empty);
        let result = score_article(g, prediction, found.is_none(), &segmenter);
        for (measure, counts) in &result.counts {
            totals.entry(*measure).or_default().add(*counts);
        }
        articles.push(result);
    }
    Report {
        articles,
        totals: Measure::ALL
            .into_iter()
            .map(|m| (m, totals.get(&m).copied().unwrap_or_default()))
            .collect(),
    }
}

/// Where things are in a gold text: its sentences and the occurrences of strings.
struct Placer<'t> {
    text: &'t str,
    index: CharIndex<'t>,
    sentences: Vec<Range<usize>>,
    /// How many times each string has been placed, for "the k-th entry is the k-th
    /// occurrence".
    seen: HashMap<String, usize>,
}

impl<'t> Placer<'t> {
    fn new(text: &'t str, segmenter: &Segmenter) -> Self {
        let segmented = segmenter.segment(&normalize(text));
        Placer {
            text,
            index: CharIndex::new(text),
            sentences: segmented.sentences.into_iter().map(|s| s.bytes).collect(),
            seen: HashMap::new(),
        }
    }

    fn chars(&self, byte: usize) -> usize {
        self.index.char_at(byte)
    }

    fn byte(&self, char_offset: usize) -> usize {
        self.text
            .char_indices()
            .nth(char_offset)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The k-th occurrence of `needle` (k counted per needle), as code points.
    fn next_occurrence(&mut self, needle: &str) -> Option<(usize, usize)> {
        if needle.is_empty() {
            return None;
        }
        let k = self.seen.entry(needle.to_string()).or_insert(0);
        let at = self.text.match_indices(needle).nth(*k).map(|(b, _)| b);
        *k += 1;
        at.map(|b| (self.chars(b), self.chars(b + needle.len())))
    }

    /// The first occurrence of `needle`.
    fn first_occurrence(&self, needle: &str) -> Option<(usize, usize)> {
        if needle.is_empty() {
            return None;
        }
        let b = self.text.find(needle)?;
        Some((self.chars(b), self.chars(b + needle.len())))
    }

    fn sentence_at(&self, char_start: usize) -> Option<String> {
        let b = self.byte(char_start);
        self.sentences
            .iter()
            .find(|s| s.start <= b && b < s.end.max(s.start + 1))
            .map(|s| self.text[s.clone()].to_string())
    }
}

fn official_label(o: &OfficialItem) -> String {
    let mut label = format!("{} · {} · {}", o.name, o.role, o.organization);
    if o.former {
        label.push_str(" (former)");
    }
    label
}

fn title_label(t: &TitleItem) -> String {
    format!("{} · {}", t.role, t.organization)
}

/// A canonical official: name, role, organization, and "role organization".
struct CanonOfficial {
    name: String,
    role: String,
    organization: String,
    whole: String,
}

fn canon_official(name: &str, role: &str, organization: &str) -> CanonOfficial {
    CanonOfficial {
        name: canonical(name),
        role: canonical(role),
        organization: canonical(organization),
        whole: canonical(&format!("{role} {organization}")),
    }
}

/// Gold and predicted positions match: role and organization by the rules, or
/// "role organization" as a whole.
fn positions_match(gold: &CanonOfficial, predicted: &CanonOfficial) -> bool {
    (roles_match(&gold.role, &predicted.role)
        && organizations_match(&gold.organization, &predicted.organization))
        || gold.whole == predicted.whole
}

/// A maximum one-to-one matching between `n_gold` and `n_pred` items (Kuhn's algorithm;
/// articles have tens of items). Returns, for each gold item, its predicted partner.
fn match_one_to_one(
    n_gold: usize,
    n_pred: usize,
    compatible: impl Fn(usize, usize) -> bool,
) -> Vec<Option<usize>> {
    let edges: Vec<Vec<usize>> = (0..n_gold)
        .map(|g| (0..n_pred).filter(|&p| compatible(g, p)).collect())
        .collect();
    let mut pred_partner: Vec<Option<usize>> = vec![None; n_pred];
    fn augment(
        g: usize,
        edges: &[Vec<usize>],
        visited: &mut [bool],
        pred_partner: &mut [Option<usize>],
    ) -> bool {
        for &p in &edges[g] {
            if visited[p] {
                continue;
            }
            visited[p] = true;
            if pred_partner[p].is_none_or(|other| augment(other, edges, visited, pred_partner)) {
                pred_partner[p] = Some(g);
                return true;
            }
        }
        false
    }
    for g in 0..n_gold {
        let mut visited = vec![false; n_pred];
        augment(g, &edges, &mut visited, &mut pred_partner);
    }
    let mut gold_partner = vec![None; n_gold];
    for (p, g) in pred_partner.iter().enumerate() {
        if let Some(g) = g {
            gold_partner[*g] = Some(p);
        }
    }
    gold_partner
}

/// Distinct values, keeping the first item of each.
fn distinct<T, K: PartialEq>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut seen: Vec<K> = Vec::new();
    let mut out = Vec::new();
    for item in items {
        let k = key(item);
        if !seen.contains(&k) {
            seen.push(k);
            out.push(item);
        }
    }
    out
}

fn counts_of(partners: &[Option<usize>], n_pred: usize) -> Counts {
    let tp = partners.iter().filter(|p| p.is_some()).count();
    Counts {
        tp,
        fp: n_pred - tp,
        fn_: partners.len() - tp,
    }
}

fn score_article(
    gold: &Annotated,
    pred: &Annotated,
    missing: bool,
    segmenter: &Segmenter,
) -> ArticleResult {
    let mut scorer = ArticleScorer {
        placer: Placer::new(&gold.text, segmenter),
        counts: HashMap::new(),
        items: Vec::new(),
    };
    scorer.officials(gold, pred);
    scorer.titles(gold, pred);
    scorer.numbers(gold, pred);
    ArticleResult {
        id: gold.id.clone(),
        text: gold.text.clone(),
        missing,
        counts: scorer.counts,
        items: scorer.items,
    }
}

/// One article being scored: where things are in its gold text, and the counts and items
/// scored so far.
struct ArticleScorer<'t> {
    placer: Placer<'t>,
    counts: HashMap<Measure, Counts>,
    items: Vec<ItemResult>,
}

impl ArticleScorer<'_> {
    fn push(
        &mut self,
        measure: Measure,
        outcome: Outcome,
        label: String,
        at: Option<(usize, usize)>,
    ) {
        self.items.push(ItemResult {
            measure,
            outcome,
            label,
            start: at.map(|a| a.0),
            end: at.map(|a| a.1),
            sentence: at.and_then(|a| self.placer.sentence_at(a.0)),
        });
    }

    /// Officials, at three levels: distinct names, distinct (name, role) pairs, and whole
    /// officials (whose items are listed).
    fn officials(&mut self, gold: &Annotated, pred: &Annotated) {
        let gold_officials: Vec<CanonOfficial> = gold
            .officials
            .iter()
            .map(|o| canon_official(&o.name, &o.role, &o.organization))
            .collect();
        let pred_officials: Vec<CanonOfficial> = pred
            .officials
            .iter()
            .map(|o| canon_official(&o.name, &o.role, &o.organization))
            .collect();
        let gold_names = distinct(&gold_officials, |o| o.name.clone());
        let pred_names = distinct(&pred_officials, |o| o.name.clone());
        let names = match_one_to_one(gold_names.len(), pred_names.len(), |g, p| {
            gold_names[g].name == pred_names[p].name
        });
        self.counts
            .insert(Measure::OfficialsName, counts_of(&names, pred_names.len()));
        let gold_pairs = distinct(&gold_officials, |o| (o.name.clone(), o.role.clone()));
        let pred_pairs = distinct(&pred_officials, |o| (o.name.clone(), o.role.clone()));
        let pairs = match_one_to_one(gold_pairs.len(), pred_pairs.len(), |g, p| {
            gold_pairs[g].name == pred_pairs[p].name
                && roles_match(&gold_pairs[g].role, &pred_pairs[p].role)
        });
        self.counts.insert(
            Measure::OfficialsNameRole,
            counts_of(&pairs, pred_pairs.len()),
        );
        let full = match_one_to_one(gold_officials.len(), pred_officials.len(), |g, p| {
            gold_officials[g].name == pred_officials[p].name
                && positions_match(&gold_officials[g], &pred_officials[p])
        });
        self.counts.insert(
            Measure::OfficialsFull,
            counts_of(&full, pred_officials.len()),
        );
        self.official_items(gold, pred, &full);
    }

    /// The items of whole officials: gold ones found or missed, then spurious predictions.
    fn official_items(&mut self, gold: &Annotated, pred: &Annotated, full: &[Option<usize>]) {
        let mut pred_matched = vec![false; pred.officials.len()];
        for (g, partner) in full.iter().enumerate() {
            let item = &gold.officials[g];
            let at = self.placer.first_occurrence(&item.name);
            let outcome = match partner {
                Some(p) => {
                    pred_matched[*p] = true;
                    Outcome::Found
                }
                None => Outcome::Missed,
            };
            self.push(Measure::OfficialsFull, outcome, official_label(item), at);
        }
        for (p, item) in pred.officials.iter().enumerate() {
            if !pred_matched[p] {
                let at = item
                    .start
                    .zip(item.end)
                    .or_else(|| self.placer.first_occurrence(&item.name));
                self.push(
                    Measure::OfficialsFull,
                    Outcome::Spurious,
                    official_label(item),
                    at,
                );
            }
        }
    }

    /// Titles: distinct (role, organization) pairs.
    fn titles(&mut self, gold: &Annotated, pred: &Annotated) {
        let canon_title = |t: &TitleItem| canon_official("", &t.role, &t.organization);
        let gold_titles = distinct(&gold.titles, |t| {
            (canonical(&t.role), canonical(&t.organization))
        });
        let pred_titles = distinct(&pred.titles, |t| {
            (canonical(&t.role), canonical(&t.organization))
        });
        let gold_title_canon: Vec<CanonOfficial> =
            gold_titles.iter().map(|t| canon_title(t)).collect();
        let pred_title_canon: Vec<CanonOfficial> =
            pred_titles.iter().map(|t| canon_title(t)).collect();
        let titles = match_one_to_one(gold_titles.len(), pred_titles.len(), |g, p| {
            positions_match(&gold_title_canon[g], &pred_title_canon[p])
        });
        self.counts
            .insert(Measure::Titles, counts_of(&titles, pred_titles.len()));
        let mut pred_matched = vec![false; pred_titles.len()];
        for (g, partner) in titles.iter().enumerate() {
            let item = gold_titles[g];
            let at = self
                .placer
                .first_occurrence(format!("{} {}", item.role, item.organization).trim())
                .or_else(|| self.placer.first_occurrence(&item.role));
            let outcome = match partner {
                Some(p) => {
                    pred_matched[*p] = true;
                    Outcome::Found
                }
                None => Outcome::Missed,
            };
            self.push(Measure::Titles, outcome, title_label(item), at);
        }
        for (p, item) in pred_titles.iter().enumerate() {
            if !pred_matched[p] {
                let at = item.start.zip(item.end);
                self.push(Measure::Titles, Outcome::Spurious, title_label(item), at);
            }
        }
    }

    /// Percentages and money: multisets of values.
    fn numbers(&mut self, gold: &Annotated, pred: &Annotated) {
        let percent_key = |n: &NumberItem| {
            n.value
                .as_ref()
                .and_then(|v| Decimal::parse(&v.to_string()))
        };
        let money_key = |n: &NumberItem| {
            let amount = n
                .amount
                .as_ref()
                .and_then(|v| Decimal::parse(&v.to_string()))?;
            Some((
                n.currency.clone().unwrap_or_default().to_uppercase(),
                amount,
            ))
        };
        self.multiset(
            Measure::Percentages,
            &gold.percentages,
            &pred.percentages,
            |n| percent_key(n).map(|d| d.to_string()),
        );
        self.multiset(Measure::Money, &gold.money, &pred.money, |n| {
            money_key(n).map(|(c, a)| format!("{a} {c}"))
        });
    }

    /// Scores a multiset of values: each predicted value matches at most one gold item.
    fn multiset(
        &mut self,
        measure: Measure,
        gold: &[NumberItem],
        pred: &[NumberItem],
        key: impl Fn(&NumberItem) -> Option<String>,
    ) {
        let gold_at = self.place_numbers(gold);
        let gold_keys: Vec<Option<String>> = gold.iter().map(&key).collect();
        let pred_keys: Vec<Option<String>> = pred.iter().map(&key).collect();
        let partners = match_one_to_one(gold.len(), pred.len(), |g, p| {
            gold_keys[g].is_some() && gold_keys[g] == pred_keys[p]
        });
        self.counts
            .insert(measure, counts_of(&partners, pred.len()));
        let mut pred_matched = vec![false; pred.len()];
        for (g, partner) in partners.iter().enumerate() {
            let outcome = match partner {
                Some(p) => {
                    pred_matched[*p] = true;
                    Outcome::Found
                }
                None => Outcome::Missed,
            };
            let label = number_label(&gold[g], gold_keys[g].as_deref());
            self.push(measure, outcome, label, gold_at[g]);
        }
        for (p, item) in pred.iter().enumerate() {
            if !pred_matched[p] {
                let at = item.start.zip(item.end);
                let label = number_label(item, pred_keys[p].as_deref());
                self.push(measure, Outcome::Spurious, label, at);
            }
        }
    }

    /// Where gold numbers are, placed in order: the k-th entry with a text is its k-th
    /// occurrence, and the entries of one range share an occurrence.
    fn place_numbers(&mut self, gold: &[NumberItem]) -> Vec<Option<(usize, usize)>> {
        let mut previous_text: Option<&str> = None;
        let mut previous_at = None;
        gold.iter()
            .map(|g| {
                let text = g.text.as_deref().unwrap_or("");
                let at = if previous_text == Some(text) && is_range_text(text) {
                    previous_at
                } else {
                    self.placer.next_occurrence(text)
                };
                previous_text = Some(text);
                previous_at = at;
                at
            })
            .collect()
    }
}

/// Whether a mention's text is a range ("10-15%", "từ 2 đến 3 tỷ đồng"): consecutive
/// entries with such a text are its two bounds, at one occurrence.
fn is_range_text(text: &str) -> bool {
    text.contains(['-', '–']) || text.contains(" đến ") || text.contains(" tới ")
}

fn number_label(item: &NumberItem, key: Option<&str>) -> String {
    let value = key.unwrap_or("(no value)");
    match &item.text {
        Some(text) => format!("{value} ({text})"),
        None => value.to_string(),
    }
}

/// Reads gold or prediction JSON Lines; blank lines are skipped.
pub fn read_annotated(text: &str, name: &str) -> Result<Vec<Annotated>, EvalError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            serde_json::from_str(line).map_err(|e| EvalError::Parse {
                name: name.to_string(),
                line: n + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

/// Gives stand-off gold articles (an id and the `sha256` of the text, no text) their text
/// from `texts` (id → text), refusing a text whose hash differs from the one annotated and a
/// stand-off article whose text is nowhere to be found.
pub fn join_texts(
    gold: &mut [Annotated],
    texts: &HashMap<String, String>,
) -> Result<(), EvalError> {
    use sha2::{Digest, Sha256};
    for article in gold
        .iter_mut()
        .filter(|a| a.text.is_empty() && a.sha256.is_some())
    {
        let text = texts
            .get(&article.id)
            .ok_or_else(|| EvalError::MissingText {
                id: article.id.clone(),
            })?;
        if let Some(expected) = &article.sha256 {
            let digest = Sha256::digest(text.as_bytes());
            let found: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            if !found.eq_ignore_ascii_case(expected) {
                return Err(EvalError::ChangedText {
                    id: article.id.clone(),
                    expected: expected.clone(),
                    found,
                });
            }
        }
        article.text = text.clone();
    }
    Ok(())
}

/// A gold or prediction file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{name}:{line}: {message}")]
    Parse {
        name: String,
        line: usize,
        message: String,
    },
    #[error("{name}:{line}: expected `MEASURE MIN_F1`, found {found:?}")]
    FloorLine {
        name: String,
        line: usize,
        found: String,
    },
    #[error("{name}:{line}: unknown measure {measure:?}")]
    FloorMeasure {
        name: String,
        line: usize,
        measure: String,
    },
    #[error("{name}:{line}: {floor:?} is not a number")]
    FloorNumber {
        name: String,
        line: usize,
        floor: String,
        #[source]
        source: std::num::ParseFloatError,
    },
    #[error("gold article {id} has no text, and no --texts input holds it")]
    MissingText { id: String },
    #[error(
        "the text of article {id} is not the one annotated (sha256 {found}, annotated {expected}): \
         the annotation does not fit it"
    )]
    ChangedText {
        id: String,
        expected: String,
        found: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn official(name: &str, role: &str, organization: &str) -> OfficialItem {
        OfficialItem {
            name: name.into(),
            role: role.into(),
            organization: organization.into(),
            ..OfficialItem::default()
        }
    }

    fn one(gold: OfficialItem, pred: OfficialItem) -> (bool, bool, bool) {
        let text = format!("{} {} {}.", gold.role, gold.organization, gold.name);
        let g = Annotated {
            id: "x".into(),
            text,
            officials: vec![gold],
            ..Annotated::default()
        };
        let p = Annotated {
            id: "x".into(),
            officials: vec![pred],
            ..Annotated::default()
        };
        let report = evaluate(&[g], &[p]);
        let hit = |m| report.totals(m).tp == 1;
        (
            hit(Measure::OfficialsName),
            hit(Measure::OfficialsNameRole),
            hit(Measure::OfficialsFull),
        )
    }

    /// The worked examples of GOLD.md, row by row.
    #[test]
    fn gold_md_worked_examples() {
        let rows = [
            (
                official("Phạm Quí Tiên", "Phó Chủ tịch", "HĐND Thành phố"),
                official(
                    "Phạm Quí Tiên",
                    "Phó Chủ tịch",
                    "Hội đồng nhân dân thành phố",
                ),
                (true, true, true),
            ),
            (
                official("Vũ Đăng Khoa", "Bí thư", "Quận ủy"),
                official("Vũ Đăng Khoa", "Bí thư", "Quận uỷ Hoàn Kiếm"),
                (true, true, true),
            ),
            (
                official("Lê Phước Hải", "Chủ tịch HĐQT", "Công ty X"),
                official("Lê Phước Hải", "Chủ tịch", "HĐQT Công ty X"),
                (true, true, true),
            ),
            (
                official("Nguyễn Quốc Hưng", "Phó Chủ tịch", "UBND quận"),
                official("Nguyễn Quốc Hưng", "Chủ tịch", "UBND quận"),
                (true, false, false),
            ),
            (
                official("Phạm Tuấn Long", "Chủ tịch", "UBND quận"),
                official("Phạm Tuấn Long", "Chủ tịch", ""),
                (true, true, false),
            ),
            (
                official("Hồ Chí Minh", "Chủ tịch", ""),
                official("Hồ Chí Minh", "Chủ tịch", "nước"),
                (true, true, true),
            ),
        ];
        for (gold, pred, expected) in rows {
            let label = official_label(&gold);
            assert_eq!(one(gold, pred), expected, "{label}");
        }
    }

    fn numbers(values: &[&str]) -> Vec<NumberItem> {
        values
            .iter()
            .map(|v| NumberItem {
                value: serde_json::from_str(v).ok(),
                ..NumberItem::default()
            })
            .collect()
    }

    #[test]
    fn percentages_are_multisets() {
        let g = Annotated {
            id: "x".into(),
            percentages: numbers(&["15.9", "5.2", "5.2", "131"]),
            ..Annotated::default()
        };
        let p = Annotated {
            id: "x".into(),
            percentages: numbers(&["15.90", "5.2", "4.1"]),
            ..Annotated::default()
        };
        let c = evaluate(&[g], &[p]).totals(Measure::Percentages);
        assert_eq!((c.tp, c.fp, c.fn_), (2, 1, 2));
    }

    /// Amounts beyond 2^64 and negative ones are compared digit for digit, as read from
    /// the JSON: through a float the first two would be one value.
    #[test]
    fn big_and_negative_amounts_compare_exactly() {
        let line = |amounts: &str| format!(r#"{{"id":"x","money":[{amounts}]}}"#);
        let gold = line(concat!(
            r#"{"amount":999999999999999999999000000000,"currency":"USD"},"#,
            r#"{"amount":-3500000000,"currency":"VND"},"#,
            r#"{"amount":-0.5,"currency":"USD"}"#
        ));
        let pred = line(concat!(
            r#"{"amount":999999999999999999999000000001,"currency":"USD"},"#,
            r#"{"amount":-3.5e9,"currency":"VND"},"#,
            r#"{"amount":-0.50,"currency":"USD"}"#
        ));
        let gold = read_annotated(&gold, "gold").unwrap();
        let pred = read_annotated(&pred, "pred").unwrap();
        let c = evaluate(&gold, &pred).totals(Measure::Money);
        assert_eq!((c.tp, c.fp, c.fn_), (2, 1, 1));
        assert!(read_annotated(r#"{"money":[{"amount":"5"}]}"#, "gold").is_err());
    }

    #[test]
    fn missing_and_error_records_find_nothing() {
        let g = Annotated {
            id: "x".into(),
            text: "Tăng 15,9%.".into(),
            percentages: numbers(&["15.9"]),
            ..Annotated::default()
        };
        let error = Annotated {
            id: "x".into(),
            percentages: numbers(&["15.9"]),
            error: Some(serde_json::json!({"kind": "json"})),
            ..Annotated::default()
        };
        for preds in [vec![], vec![error]] {
            let report = evaluate(std::slice::from_ref(&g), &preds);
            assert!(report.articles[0].missing);
            assert_eq!(report.totals(Measure::Percentages).fn_, 1);
        }
    }

    #[test]
    fn distinct_names_count_once() {
        let g = Annotated {
            id: "x".into(),
            officials: vec![
                official("Lê Văn A", "Bí thư", "Tỉnh ủy"),
                official("Lê Văn A", "Chủ tịch", "HĐND tỉnh"),
            ],
            ..Annotated::default()
        };
        let p = Annotated {
            id: "x".into(),
            officials: vec![official("Lê Văn A", "Bí thư", "Tỉnh uỷ")],
            ..Annotated::default()
        };
        let report = evaluate(&[g], &[p]);
        let name = report.totals(Measure::OfficialsName);
        let full = report.totals(Measure::OfficialsFull);
        assert_eq!((name.tp, name.fp, name.fn_), (1, 0, 0));
        assert_eq!((full.tp, full.fp, full.fn_), (1, 0, 1));
    }

    #[test]
    fn gold_items_are_placed_by_occurrence() {
        let text = "Thu 5% rồi 5% nữa; khoảng 10-15% là mục tiêu.";
        let mut items = numbers(&["5", "5", "10", "15"]);
        for (item, t) in items.iter_mut().zip(["5%", "5%", "10-15%", "10-15%"]) {
            item.text = Some(t.into());
        }
        let g = Annotated {
            id: "x".into(),
            text: text.into(),
            percentages: items,
            ..Annotated::default()
        };
        let report = evaluate(&[g], &[]);
        let starts: Vec<Option<usize>> = report.articles[0].items.iter().map(|i| i.start).collect();
        assert_eq!(starts, [Some(4), Some(11), Some(26), Some(26)]);
    }

    fn with_percentages(values: &[&str]) -> Annotated {
        Annotated {
            id: "x".into(),
            percentages: numbers(values),
            ..Annotated::default()
        }
    }

    #[test]
    fn undefined_scores_show_as_a_dash() {
        let report = evaluate(&[with_percentages(&["5"])], &[with_percentages(&["5"])]);
        let money = report.totals(Measure::Money);
        assert_eq!(
            (money.precision(), money.recall(), money.f1()),
            (None, None, None)
        );
        let table = report.table();
        let row = table.lines().find(|l| l.starts_with("money")).unwrap();
        assert!(row.ends_with("      –       –       –"), "{row:?}");
        let row = table
            .lines()
            .find(|l| l.starts_with("percentages"))
            .unwrap();
        assert!(row.ends_with(" 1.0000  1.0000  1.0000"), "{row:?}");
    }

    #[test]
    fn floors_on_an_undefined_measure_do_not_fail() {
        let report = evaluate(
            &[with_percentages(&["5", "6"])],
            &[with_percentages(&["5"])],
        );
        let floors = Floors::parse(
            "# floors
money 0.5
percentages 0.9 # strict
",
            "f",
        )
        .unwrap();
        let checks = report.check_floors(&floors);
        assert_eq!(checks.len(), 2);
        assert_eq!(checks[0].verdict, FloorVerdict::Undefined);
        assert!(!checks[0].failed());
        assert!(checks[0].to_string().contains("undefined"), "{}", checks[0]);
        assert!(checks[1].failed());
        assert_eq!(checks[1].to_string(), "percentages F1 0.6667 < 0.9");
    }

    #[test]
    fn malformed_floors_name_their_line() {
        for (text, expected) in [
            ("money\n", "f:1: expected `MEASURE MIN_F1`"),
            ("\n# x\nwealth 0.5\n", "f:3: unknown measure \"wealth\""),
            ("money zero\n", "f:1: \"zero\" is not a number"),
        ] {
            let err = Floors::parse(text, "f").unwrap_err().to_string();
            assert!(err.starts_with(expected), "{err}");
        }
    }
}
