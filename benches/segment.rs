//! Single-thread throughput of the text model: normalization, syllable tokens and sentences,
//! on a generated news-like corpus, in input UTF-8 bytes per second.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use vnextract::extract::extract;
use vnextract::normalize::normalize;
use vnextract::segment::Segmenter;
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
    group.bench_function("normalize+sentences+syllables+extract", |b| {
        b.iter(|| {
            for text in &texts {
                let normalized = normalize(text);
                let segmented = segmenter.segment(&normalized);
                black_box(extract(&normalized, &segmented));
            }
        })
    });
    group.bench_function("+char offsets", |b| {
        b.iter(|| {
            for text in &texts {
                let segmented = segmenter.segment(&normalize(text));
                black_box(segmented.token_records(text, &CharIndex::new(text)));
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

criterion_group!(benches, segmentation);
criterion_main!(benches);
