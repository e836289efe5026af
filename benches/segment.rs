//! Single-thread throughput of the text model: normalization, syllable tokens and sentences,
//! on a generated news-like corpus, in input UTF-8 bytes per second; the share of the
//! extractors (group `share`: their time over the segmentation pass's);
//! then word segmentation on syllable-tokenized text (the word step given tokens, the full
//! pass, `--lines`), and the time to load the word model.

mod common;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use vnextract::extract::Extractors;
use vnextract::normalize::normalize;
use vnextract::record::token_records;
use vnextract::segment::Segmenter;
use vnextract::segment::word::{WordModel, WordScratch, WordSegmenter};
use vnextract::span::CharIndex;
use vnextract::{Article, Pipeline, synth};

fn corpus() -> Vec<String> {
    synth::texts(4 << 20, 42)
}

fn segmentation(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmenter = Segmenter::new();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("normalize", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(normalize(text).text().len());
            }
        })
    });
    group.bench_function("normalize+sentences+syllables", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(segmenter.segment(&normalize(text)));
            }
        })
    });
    let pipeline = Pipeline::default();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .map(|(n, t)| Article::new(n.to_string(), t.clone()))
        .collect();
    group.bench_function("+char offsets", |b| {
        b.iter(|| {
            for text in &texts {
                let segmented = segmenter.segment(&normalize(text));
                black_box(token_records(&segmented, text, &CharIndex::new(text)));
            }
        })
    });
    group.bench_function("record (json)", |b| {
        b.iter(|| {
            for article in &articles {
                black_box(pipeline.process_to_json(article));
            }
        })
    });
    group.finish();
}

/// What the extractors add to the segmentation pass: the pass alone,
/// with the extractors, and the extractors timed alone (each article's right after its
/// segmentation, tokens hot in cache as in the pipeline, so no two noisy totals are
/// subtracted). On 1 MiB with fifty samples over twenty seconds each, so that a shared
/// machine's slow and fast spells average out in all three.
fn extraction_share(c: &mut Criterion) {
    let texts = synth::texts(1 << 20, 42);
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmenter = Segmenter::new();
    let mut group = c.benchmark_group("share");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(50);
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("segment", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(segmenter.segment(&normalize(text)));
            }
        })
    });
    let extractors = Extractors::default();
    group.bench_function("segment+extract", |b| {
        b.iter(|| {
            for text in &texts {
                let normalized = normalize(text);
                let segmented = segmenter.segment(&normalized);
                black_box(extractors.run(&normalized, &segmented));
            }
        })
    });
    group.bench_function("extract alone", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| common::time_extractors(&texts, &segmenter))
                .sum()
        })
    });
    group.finish();
}

fn words(c: &mut Criterion) {
    let texts = common::syllable_articles(&corpus());
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmenter = Segmenter::new();
    let words = WordSegmenter::new();
    let analysed: Vec<_> = texts
        .iter()
        .map(|t| {
            let n = normalize(t);
            let s = segmenter.segment(&n);
            (n, s)
        })
        .collect();
    let mut group = c.benchmark_group("words");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let mut scratch = WordScratch::default();
    let mut out = Vec::new();
    group.bench_function("word step (given tokens)", |b| {
        b.iter(|| {
            for (normalized, segmented) in &analysed {
                out.clear();
                words.words_into(normalized, segmented, &mut scratch, &mut out);
                black_box(out.len());
            }
        })
    });
    group.bench_function("full pass (normalize+syllables+words)", |b| {
        b.iter(|| {
            for text in &texts {
                let normalized = normalize(text);
                let segmented = segmenter.segment(&normalized);
                out.clear();
                words.words_into(&normalized, &segmented, &mut scratch, &mut out);
                black_box(out.len());
            }
        })
    });
    // The same sentences, one a line, as `segment --lines` reads them.
    let lines: Vec<&str> = texts.iter().flat_map(|t| t.split('\n')).collect();
    let line_bytes: usize = lines.iter().map(|l| l.len() + 1).sum();
    group.throughput(Throughput::Bytes(line_bytes as u64));
    let mut underscored = String::new();
    group.bench_function("lines (segment --lines)", |b| {
        b.iter(|| {
            for &line in &lines {
                underscored.clear();
                words.underscore_line_into(line, &mut underscored);
                black_box(underscored.len());
            }
        })
    });
    group.finish();

    let source = include_str!("../models/words.txt");
    let mut group = c.benchmark_group("model");
    group.sample_size(10);
    group.bench_function("load models/words.txt", |b| {
        b.iter(|| black_box(WordModel::parse(source, "words.txt").map(|m| m.features())))
    });
    group.finish();
}

criterion_group!(benches, segmentation, extraction_share, words);
criterion_main!(benches);
