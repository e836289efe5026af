//! vnextract: structured records from Vietnamese news articles, in bulk.
//!
//! The stages run one way: an [`Article`] is normalized ([`normalize`]) with an alignment
//! map back to its original text, split into sentences and syllable tokens ([`segment`]),
//! and turned into a [`Record`] by the [`Pipeline`]. Every span in a record points into the
//! original text, in code points (`start`/`end`) and UTF-8 bytes (`byte_start`/`byte_end`).
//! [`batch`] runs a pipeline over files, directories and archives ([`io`]) in parallel,
//! keeping input order.
//!
//! ```
//! use vnextract::{Article, Pipeline};
//!
//! let pipeline = Pipeline::builder().tokens(true).build();
//! let article = Article::new("seed", "Tổng thu ngân sách đạt 14.732 tỷ đồng, tăng 5,2%.");
//! let record = pipeline.process(&article).unwrap();
//! let tokens = record.tokens.unwrap();
//! let number = tokens.iter().find(|t| t.text == "14.732").unwrap();
//! assert_eq!((number.span.start, number.span.end), (23, 29));
//! ```

pub mod batch;
pub mod error;
pub mod eval;
pub mod extract;
#[cfg(feature = "index")]
pub mod index;
pub mod io;
pub mod metrics;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod record;
pub mod segment;
pub mod span;
// Generated test and benchmark input, for `vnextract generate`, the benches, examples and
// tests: support, not API, so it is public but left out of the documentation.
#[doc(hidden)]
pub mod synth;

pub use error::{ArticleError, ArticleErrorKind, LexiconError};
pub use pipeline::{Pipeline, PipelineBuilder};
pub use record::{Article, Record, SCHEMA_VERSION};
pub use span::Span;

// The Rust blocks of the README and of docs/ run as doctests, so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(doctest)]
mod docs_doctests {
    #[doc = include_str!("../docs/architecture.md")]
    struct Architecture;
    #[doc = include_str!("../docs/cli.md")]
    struct Cli;
    #[doc = include_str!("../docs/eval.md")]
    struct Eval;
    #[doc = include_str!("../docs/experiments.md")]
    struct Experiments;
    #[doc = include_str!("../docs/officials.md")]
    struct Officials;
    #[doc = include_str!("../docs/performance.md")]
    struct Performance;
    #[doc = include_str!("../docs/records.md")]
    struct Records;
    #[doc = include_str!("../docs/search.md")]
    struct Search;
    #[doc = include_str!("../docs/python.md")]
    struct Python;
    #[doc = include_str!("../docs/words.md")]
    struct Words;
}
