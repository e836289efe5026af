//! Helpers shared by the benchmarks (`benches/segment.rs`) and the workload example
//! (`examples/workload.rs`): timing and input preparation that are not library API.

use std::hint::black_box;
use std::time::{Duration, Instant};

use vnextract::extract::Extractors;
use vnextract::normalize::normalize;
use vnextract::segment::Segmenter;

/// The time the extractors take over `texts` (the shared token view and every extractor),
/// each article's timed right after its own segmentation (its tokens hot in cache, as in
/// the pipeline): their share of the segmentation pass, for the benchmarks, without
/// subtracting two totals.
pub fn time_extractors(texts: &[String], segmenter: &Segmenter) -> Duration {
    let extractors = Extractors::default();
    let mut extracting = Duration::ZERO;
    for text in texts {
        let normalized = normalize(text);
        let segmented = segmenter.segment(&normalized);
        let started = Instant::now();
        black_box(extractors.run(&normalized, &segmented));
        extracting += started.elapsed();
    }
    extracting
}

/// `texts` as syllable-tokenized text, the input of word segmentation benchmarks: articles
/// of twenty sentences, as the pipeline sees them, one sentence a line, its tokens separated
/// by single spaces (tokens with spaces inside left out).
pub fn syllable_articles(texts: &[String]) -> Vec<String> {
    let segmenter = Segmenter::new();
    let mut lines = Vec::new();
    for text in texts {
        let segmented = segmenter.segment(&normalize(text));
        for sentence in &segmented.sentences {
            let tokens: Vec<&str> = segmented.tokens[sentence.tokens.clone()]
                .iter()
                .map(|t| t.text(text))
                .filter(|t| !t.contains(char::is_whitespace))
                .collect();
            lines.push(tokens.join(" "));
        }
    }
    lines.chunks(20).map(|article| article.join("\n")).collect()
}
