//! Extraction: what an article states, as mentions with byte ranges into its original text.
//!
//! Every extractor implements [`Extractor`] over one shared [`TokenView`] of the article,
//! computed once; [`Extractors`] is the registry that runs them all. Every rule has an id,
//! written on each mention it finds (`rule`), and carries examples that a test runs
//! ([`Extractors::rules`]).
//!
//! | extractor | finds | rules |
//! |---|---|---|
//! | [`Figures`] | [`PercentMention`], [`MoneyMention`] | `percent.*`, `money.*` |
//! | [`Officials`] | [`OfficialMention`], [`TitleMention`] | `official.*` |
//! | [`Awards`] | [`AwardMention`] | `award.*` |

mod award;
mod extractor;
mod figures;
pub mod lexicon;
pub mod number;
mod official;
mod packed;
mod quantity;
mod view;

use std::sync::Arc;

pub use award::{AwardMention, Awards};
pub use extractor::{Extractor, Found, Rule};
pub use figures::{Figures, MoneyMention, PercentMention};
pub use lexicon::OfficialLexicon;
pub use number::Decimal;
pub use official::names::train::{
    DEFAULT_L2 as DEFAULT_NAMES_L2, DEFAULT_ORDERS as DEFAULT_NAMES_ORDERS, NameDecisionScore,
    NameLearner, NameTrainConfig, NameTrainStats, NameTrainingArticle,
    cross_validate as cross_validate_names, train as train_names,
};
pub use official::names::{NameModel, NameModelError};
pub use official::{OfficialMention, Officials, TitleMention};
pub use view::TokenView;

use crate::normalize::Normalized;
use crate::segment::Segmented;

/// The extractors a pipeline runs, in order, with the officials lexicon that numbers the
/// words of the shared [`TokenView`]. Built once, shared by threads.
#[derive(Clone)]
pub struct Extractors {
    lexicon: Arc<OfficialLexicon>,
    extractors: Arc<[Box<dyn Extractor>]>,
}

impl std::fmt::Debug for Extractors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractors")
            .field("rules", &self.rules().map(|r| r.id).collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

impl Default for Extractors {
    fn default() -> Self {
        Extractors::new(OfficialLexicon::builtin())
    }
}

impl Extractors {
    /// Every extractor of the project: one line each.
    pub fn new(lexicon: Arc<OfficialLexicon>) -> Self {
        Extractors::with_names(lexicon, NameModel::builtin())
    }

    /// Every extractor, the officials one deciding names with `names`.
    pub fn with_names(lexicon: Arc<OfficialLexicon>, names: Arc<NameModel>) -> Self {
        let extractors: Vec<Box<dyn Extractor>> = vec![
            Box::new(Figures::new(Arc::clone(&lexicon))),
            Box::new(Officials::with_names(Arc::clone(&lexicon), names)),
            Box::new(Awards),
        ];
        Extractors {
            lexicon,
            extractors: extractors.into(),
        }
    }

    /// The lexicon the officials extractor reads (and that numbers the view's words).
    pub fn lexicon(&self) -> &OfficialLexicon {
        &self.lexicon
    }

    /// The shared view of a normalized, segmented text.
    pub fn view<'a>(
        &self,
        normalized: &'a Normalized<'_>,
        segmented: &'a Segmented,
    ) -> TokenView<'a> {
        TokenView::new(normalized, segmented, &self.lexicon)
    }

    /// Runs every extractor over one article.
    pub fn run(&self, normalized: &Normalized<'_>, segmented: &Segmented) -> Found {
        let tokens = self.view(normalized, segmented);
        let mut found = Found::default();
        for extractor in self.extractors.iter() {
            extractor.extract(&tokens, &mut found);
        }
        found
    }

    /// Every rule of every extractor.
    pub fn rules(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        self.extractors.iter().flat_map(|e| e.rules().iter())
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&'static Rule> {
        self.rules().find(|r| r.id == id)
    }
}

/// Helpers for the extractors' tests: run one extractor on a text, check its rules' examples.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::Segmenter;

    /// What `extractor` finds in `text`.
    pub(crate) fn run(extractor: &dyn Extractor, text: &str) -> Found {
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let lexicon = OfficialLexicon::builtin();
        let tokens = TokenView::new(&normalized, &segmented, &lexicon);
        let mut found = Found::default();
        extractor.extract(&tokens, &mut found);
        found
    }

    /// Runs every example of every rule of `extractor`: what it finds, in the notation of
    /// `describe`, is the expected text, and an example that finds something finds it with
    /// the rule (`has_rule`).
    pub(crate) fn check_examples(
        extractor: &dyn Extractor,
        describe: impl Fn(&str) -> String,
        has_rule: impl Fn(&Found, &str) -> bool,
    ) {
        for rule in extractor.rules() {
            assert!(!rule.examples.is_empty(), "rule {} has no example", rule.id);
            for (text, expected) in rule.examples {
                assert_eq!(describe(text), *expected, "rule {}: {text:?}", rule.id);
                if !expected.is_empty() {
                    assert!(
                        has_rule(&run(extractor, text), rule.id),
                        "rule {}: {text:?} is found by another rule",
                        rule.id
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_named_family_dot_name() {
        let extractors = Extractors::default();
        let mut ids: Vec<&str> = extractors.rules().map(|r| r.id).collect();
        for id in &ids {
            let (family, name) = id.split_once('.').unwrap_or_default();
            let lower =
                |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            assert!(lower(family) && lower(name), "{id}");
        }
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "duplicate rule ids");
    }
}
