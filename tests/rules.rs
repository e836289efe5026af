//! Every rule id written on a mention is in the rule registry, with examples: over the
//! project's corpus and over every rule's own examples.

use std::collections::BTreeSet;
use std::path::Path;

use vnextract::extract::Extractors;
use vnextract::io::{InputOptions, Item, read_inputs};
use vnextract::{Article, Pipeline, Record};

/// The rule ids of a record's mentions.
fn emitted(record: &Record<'_>) -> Vec<&'static str> {
    let officials = record.officials.iter().map(|o| o.rule);
    let awards = record.awards.iter().map(|a| a.rule);
    let percentages = record.percentages.iter().map(|p| p.rule);
    let money = record.money.iter().map(|m| m.rule);
    officials
        .chain(awards)
        .chain(percentages)
        .chain(money)
        .collect()
}

#[test]
fn every_emitted_rule_id_is_registered() {
    let extractors = Extractors::default();
    let pipeline = Pipeline::default();
    let mut seen = BTreeSet::new();
    let mut check = |article: &Article| {
        let record = pipeline.process(article).expect("the article is processed");
        for id in emitted(&record) {
            let rule = extractors.rule(id);
            assert!(
                rule.is_some(),
                "{}: rule {id} is not registered",
                article.id
            );
            assert!(
                rule.is_some_and(|r| !r.examples.is_empty()),
                "{id} has no example"
            );
            seen.insert(id);
        }
    };
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    read_inputs(
        &[corpus.to_string_lossy().into_owned()],
        &InputOptions::default(),
        &mut |item| {
            if let Item::Article(article) = item {
                check(&article);
            }
            true
        },
    );
    for rule in extractors.rules() {
        for (n, (text, _)) in rule.examples.iter().enumerate() {
            check(&Article::new(format!("{}#{n}", rule.id), *text));
        }
    }
    // Every registered rule is written somewhere: none is dead.
    let registered: BTreeSet<&str> = extractors.rules().map(|r| r.id).collect();
    assert_eq!(seen, registered);
}
