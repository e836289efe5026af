//! The seam every extractor implements: it reads the shared [`TokenView`] of an article and
//! adds its mentions to [`Found`]; each rule it applies is a [`Rule`] with runnable examples.

use std::any::{Any, TypeId};

use rustc_hash::FxHashMap;

use super::view::TokenView;

/// One kind of thing found in articles: percentages and money, officials, awards …
///
/// Adding one is a file that implements this trait, a line in
/// [`Extractors::new`](super::Extractors::new), and its field in the record.
pub trait Extractor: Send + Sync {
    /// The rules it applies, each with examples that a test runs.
    fn rules(&self) -> &'static [Rule];

    /// Adds what it finds in one article to `found`.
    fn extract(&self, tokens: &TokenView<'_>, found: &mut Found);
}

/// A rule of an extractor: its id (written on each mention it finds as `rule`), what it
/// does, and examples of what it finds. An example is `(text, expected)`: the expected
/// mentions in the notation of the extractor's tests, separated by `|`; empty when the text
/// holds nothing to find.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    pub examples: &'static [(&'static str, &'static str)],
}

/// The mentions found in one article, by type: each extractor adds its own mention type,
/// so that a new extractor needs no field here.
#[derive(Default)]
pub struct Found {
    by_type: FxHashMap<TypeId, Box<dyn Any + Send>>,
}

impl std::fmt::Debug for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Found")
            .field("types", &self.by_type.len())
            .finish_non_exhaustive()
    }
}

impl Found {
    /// Adds one mention.
    pub fn push<M: Any + Send>(&mut self, mention: M) {
        self.list_mut::<M>().push(mention);
    }

    /// Adds mentions, in order.
    pub fn extend<M: Any + Send>(&mut self, mentions: impl IntoIterator<Item = M>) {
        self.list_mut::<M>().extend(mentions);
    }

    /// The mentions of type `M`, in the order they were added (empty when none were).
    pub fn get<M: Any + Send>(&self) -> &[M] {
        self.by_type
            .get(&TypeId::of::<M>())
            .and_then(|list| list.downcast_ref::<Vec<M>>())
            .map_or(&[], Vec::as_slice)
    }

    fn list_mut<M: Any + Send>(&mut self) -> &mut Vec<M> {
        let list = self
            .by_type
            .entry(TypeId::of::<M>())
            .or_insert_with(|| Box::new(Vec::<M>::new()));
        // Only a `Vec<M>` is ever stored under the id of `M`; were it otherwise, the list is
        // replaced rather than the run stopped.
        if !list.is::<Vec<M>>() {
            *list = Box::new(Vec::<M>::new());
        }
        list.downcast_mut::<Vec<M>>()
            .expect("the list under M's type id was just made a Vec<M>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_kept_by_type_and_in_order() {
        let mut found = Found::default();
        found.push(1u32);
        found.push("a");
        found.extend([2u32, 3]);
        assert_eq!(found.get::<u32>(), &[1, 2, 3]);
        assert_eq!(found.get::<&str>(), &["a"]);
        assert!(found.get::<u64>().is_empty());
    }
}
