//! One pass of a stage over the generated corpus, for instruction counts that do not depend
//! on machine noise:
//!
//! ```sh
//! cargo build --release --example workload
//! valgrind --tool=callgrind target/release/examples/workload segment 2
//! valgrind --tool=callgrind target/release/examples/workload extract 2
//! ```
//!
//! The stages are `generate` (the corpus alone, to subtract from the others), `normalize`,
//! `segment` (normalize + sentences + syllables), `extract` (segment + percentages and
//! money) and `words` (segment + word segmentation); the number is the corpus size in MB
//! (default 2).
//!
//! `ratio` times `segment` and `extract` in alternation, forty times each, and prints the
//! extractors' share from the fastest of each and from the median of the paired passes: on
//! a shared machine these are steadier than one run of each. `word-step` times the word step alone on
//! syllable-tokenized text, as the criterion group `words` does, and prints the fastest of
//! twenty passes.

// Shared with the benchmarks; not library API.
#[path = "../benches/common.rs"]
mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use vnextract::extract::{Extractors, MoneyMention, PercentMention};
use vnextract::normalize::normalize;
use vnextract::segment::Segmenter;
use vnextract::segment::word::{WordScratch, WordSegmenter};
use vnextract::synth;

fn main() {
    let mut args = std::env::args().skip(1);
    let stage = args.next().unwrap_or_else(|| "segment".into());
    let megabytes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2);
    let texts = synth::texts(megabytes << 20, 42);
    let segmenter = Segmenter::new();
    if stage == "ratio" {
        extraction_ratio(&texts, &segmenter);
        return;
    }
    if stage == "word-step" {
        word_step(&texts, &segmenter);
        return;
    }
    // Loaded only for the stage that uses it, so that its parse is not in the others' counts.
    let words = (stage == "words").then(WordSegmenter::new);
    let extractors = Extractors::default();
    let mut found = 0usize;
    for text in &texts {
        if stage == "generate" {
            found += text.len();
            continue;
        }
        let normalized = normalize(text);
        match stage.as_str() {
            "normalize" => found += normalized.text().len(),
            "segment" => found += segmenter.segment(&normalized).tokens.len(),
            "extract" => {
                let segmented = segmenter.segment(&normalized);
                let extracted = extractors.run(&normalized, &segmented);
                found +=
                    extracted.get::<PercentMention>().len() + extracted.get::<MoneyMention>().len();
            }
            "words" => {
                let segmented = segmenter.segment(&normalized);
                if let Some(words) = &words {
                    found += words.words(&normalized, &segmented).len();
                }
            }
            other => {
                eprintln!("unknown stage {other:?}: normalize, segment, extract or words");
                std::process::exit(2);
            }
        }
    }
    println!("{stage}: {} texts, {}", texts.len(), black_box(found));
}

/// Prints, over forty interleaved pairs of passes (segmentation alone, then with extraction),
/// the fastest of each and the median of the pairs' ratios: a machine that speeds up or
/// slows down between pairs moves both passes of a pair alike, so the median ratio is the
/// steadier figure. A third pass times the extractors alone, article by article.
fn extraction_ratio(texts: &[String], segmenter: &Segmenter) {
    let extractors = Extractors::default();
    let pass = |extracting: bool| {
        let started = Instant::now();
        for text in texts {
            let normalized = normalize(text);
            let segmented = segmenter.segment(&normalized);
            if extracting {
                black_box(extractors.run(&normalized, &segmented));
            } else {
                black_box(&segmented);
            }
        }
        started.elapsed()
    };
    let (mut segmenting, mut extracting) = (Duration::MAX, Duration::MAX);
    let (mut ratios, mut shares) = (Vec::new(), Vec::new());
    for _ in 0..40 {
        let alone = pass(false);
        let with = pass(true);
        let extractors = common::time_extractors(texts, segmenter);
        segmenting = segmenting.min(alone);
        extracting = extracting.min(with);
        ratios.push(with.as_secs_f64() / alone.as_secs_f64());
        shares.push(extractors.as_secs_f64() / alone.as_secs_f64());
    }
    let median = |values: &mut Vec<f64>| {
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    let bytes: usize = texts.iter().map(String::len).sum();
    let rate = |d: Duration| bytes as f64 / d.as_secs_f64() / (1 << 20) as f64;
    println!(
        "segment {:.1} MiB/s, segment+extract {:.1} MiB/s (fastest passes): extraction adds \
         {:+.1}% (fastest), {:+.1}% (median of paired passes), {:+.1}% (extractors timed \
         alone, median)",
        rate(segmenting),
        rate(extracting),
        (extracting.as_secs_f64() / segmenting.as_secs_f64() - 1.0) * 100.0,
        (median(&mut ratios) - 1.0) * 100.0,
        median(&mut shares) * 100.0
    );
}

/// Prints the fastest of twenty passes of the word step over syllable-tokenized text
/// (sentences a line, tokens separated by spaces, articles of 20 lines).
fn word_step(texts: &[String], segmenter: &Segmenter) {
    let articles = common::syllable_articles(texts);
    let analysed: Vec<_> = articles
        .iter()
        .map(|t| {
            let normalized = normalize(t);
            let segmented = segmenter.segment(&normalized);
            (normalized, segmented)
        })
        .collect();
    let words = WordSegmenter::new();
    let mut scratch = WordScratch::default();
    let mut out = Vec::new();
    let mut best = Duration::MAX;
    for _ in 0..20 {
        let started = Instant::now();
        for (normalized, segmented) in &analysed {
            out.clear();
            words.words_into(normalized, segmented, &mut scratch, &mut out);
            black_box(out.len());
        }
        best = best.min(started.elapsed());
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    println!(
        "word step: {:.1} MiB/s (fastest of 20 passes over {:.1} MiB)",
        bytes as f64 / best.as_secs_f64() / (1 << 20) as f64,
        bytes as f64 / (1 << 20) as f64
    );
}
