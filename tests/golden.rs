//! Golden tests: the sentences and tokens of every corpus article, as reviewed snapshots.
//! A change in segmentation shows up as a snapshot diff (`cargo insta review`).

use std::path::Path;

use vnextract::Pipeline;
use vnextract::io::{InputOptions, Item, read_inputs};
use vnextract::segment::TokenKind;

/// One sentence per line; tokens separated by spaces, those that are not plain words
/// followed by their kind.
fn render(pipeline: &Pipeline, text: &str) -> String {
    let analysis = pipeline.analyze(text);
    let mut out = String::new();
    for sentence in &analysis.segmented.sentences {
        let tokens = &analysis.segmented.tokens[sentence.tokens.clone()];
        let line: Vec<String> = tokens
            .iter()
            .map(|t| {
                let surface = t.text(text);
                match t.kind {
                    TokenKind::Word | TokenKind::Punct => surface.to_string(),
                    kind => format!("{surface}/{}", kind.as_str()),
                }
            })
            .collect();
        out.push_str(&line.join(" "));
        out.push('\n');
    }
    out
}

#[test]
fn corpus_segmentation_snapshots() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let pipeline = Pipeline::default();
    let mut articles = Vec::new();
    read_inputs(
        &[corpus.to_string_lossy().into_owned()],
        &InputOptions::default(),
        &mut |item| {
            if let Item::Article(a) = item {
                articles.push(a);
            }
            true
        },
    );
    assert!(
        articles.len() >= 30,
        "found {} corpus articles",
        articles.len()
    );
    for article in articles {
        insta::assert_snapshot!(article.id.clone(), render(&pipeline, &article.text));
    }
}
