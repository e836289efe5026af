//! Query latency of an index made by `vnextract index`: five kinds of query, each run on
//! many values taken from the index's own records, timed in-process (no process start).
//!
//!     cargo run --release --example search_latency -- INDEX_DIR [QUERIES_PER_KIND]
//!
//! Prints p50 and p99 per kind. Used by scripts/index-bench.sh.

use std::path::PathBuf;
use std::time::Instant;

use vnextract::Pipeline;
use vnextract::index::{Search, SearchIndex, search};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().ok_or("usage: search_latency INDEX_DIR [N]")?);
    let per_kind: usize = args.next().map_or(Ok(200), |n| n.parse())?;
    let pipeline = Pipeline::builder().words(true).build();
    let words = pipeline
        .word_segmenter()
        .map(|w| w.fingerprint())
        .unwrap_or_default();
    let index = SearchIndex::open(&dir, &words)?;
    // Values to query: the most frequent officials and roles of the index.
    let seed = search(
        &index,
        &pipeline,
        &Search {
            money_min: Some(0.0),
            limit: 1,
            facets: true,
            ..Search::default()
        },
    )?;
    let values = |kind: &str| -> Vec<String> {
        seed.facets
            .get(kind)
            .map(|counts| counts.iter().map(|(v, _)| v.clone()).collect())
            .unwrap_or_default()
    };
    let (names, roles) = (values("official"), values("role"));
    let phrases = [
        "chủ tịch",
        "ngân sách",
        "đồng bằng",
        "tăng trưởng kinh tế",
        "đầu tư công",
        "thu ngân sách nhà nước",
    ];
    let folded = [
        "chu tich",
        "ngan sach",
        "dau tu cong",
        "kinh te",
        "thanh pho",
    ];
    type Make<'a> = Box<dyn Fn(usize) -> Search<'a> + 'a>;
    let kinds: Vec<(&str, Make<'_>)> = vec![
        (
            "words (phrase)",
            Box::new(|i| Search {
                query: phrases[i % phrases.len()],
                limit: 10,
                ..Search::default()
            }),
        ),
        (
            "name (syllables)",
            Box::new(|i| Search {
                query: names.get(i % names.len().max(1)).map_or("", String::as_str),
                limit: 10,
                ..Search::default()
            }),
        ),
        (
            "folded",
            Box::new(|i| Search {
                query: folded[i % folded.len()],
                limit: 10,
                ..Search::default()
            }),
        ),
        (
            "entity filter",
            Box::new(|i| Search {
                role: roles.get(i % roles.len().max(1)).map(String::as_str),
                limit: 10,
                ..Search::default()
            }),
        ),
        (
            "money range",
            Box::new(|i| Search {
                query: phrases[i % phrases.len()],
                money_min: Some(1e9 * (1 + i % 50) as f64),
                limit: 10,
                ..Search::default()
            }),
        ),
    ];
    println!(
        "{} documents; {per_kind} queries per kind",
        index.documents()?
    );
    for (kind, make) in kinds {
        let mut times = Vec::with_capacity(per_kind);
        let mut found = 0;
        for i in 0..per_kind {
            let query = make(i);
            if query.query.is_empty() && query.role.is_none() {
                continue;
            }
            let start = Instant::now();
            let results = search(&index, &pipeline, &query)?;
            times.push(start.elapsed().as_secs_f64() * 1000.0);
            found += results.total;
        }
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
        if times.is_empty() {
            continue;
        }
        println!(
            "{kind:18} p50 {:7.2} ms  p99 {:7.2} ms  ({} queries, {:.0} hits each on average)",
            at(0.5),
            at(0.99),
            times.len(),
            found as f64 / times.len() as f64
        );
    }
    Ok(())
}
