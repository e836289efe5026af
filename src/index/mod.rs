//! The embedded search index: `vnextract index` builds it, `vnextract search` queries it
//! (docs/search.md). It is a [tantivy](https://docs.rs/tantivy) index in a directory of its
//! own, beside a small `vnextract-index.json` that says which record format and which word
//! segmentation its documents have.
//!
//! One document per article, with these fields:
//!
//! - `id` (exact, stored): a document is replaced when an article with its id comes again;
//! - `title`, `text` (stored): the article, searched by syllables;
//! - `words`: the article's words with "_" inside them ("chủ_tịch ubnd quận"), for phrase
//!   queries that only match whole words ("đồng bằng" never matches "tỷ đồng, bằng 131%");
//! - `folded`: the text without diacritics ("hoan kiem" finds "Hoàn Kiếm"), scored below the
//!   exact fields;
//! - `official`, `role`, `organization` (folded, lower-case, exact): entity filters, with
//!   `entity` facets (`/official/…`, `/role/…`, `/organization/…`) for counts;
//! - `money` (amounts by currency: `{"VND": [...]}`), `currency` and `percent`: numbers
//!   for range filters;
//! - `record` (stored): the article's record as JSON, whose amounts are exact.
//!
//! A query is segmented into words by the same model as the text, so the index records the
//! segmenter's fingerprint and refuses to mix in documents segmented by another one.

mod document;
mod search;
mod sink;
mod value_range;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use tantivy::schema::{
    FAST, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    WhitespaceTokenizer,
};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, directory::MmapDirectory};

pub use document::render_document;
pub use search::{Hit, Results, Search, search};
pub use sink::{Commit, IndexSink};

use crate::record::SCHEMA_VERSION;

/// The version of the index layout (fields, tokenizers); an index of another version is
/// refused with a message to rebuild it.
pub const INDEX_FORMAT: u32 = 1;

/// The file beside tantivy's that says what the index holds.
const META_FILE: &str = "vnextract-index.json";

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("cannot create the index directory {}", path.display())]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is not a vnextract index (it has no {META_FILE}); run vnextract index first", path.display())]
    NotAnIndex { path: PathBuf },
    #[error("{} is not empty and is not a vnextract index; choose another directory", path.display())]
    NotEmpty { path: PathBuf },
    #[error("cannot read {}", path.display())]
    Meta {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    BadMeta { path: PathBuf, message: String },
    #[error(
        "the index in {} holds {found}, and this vnextract makes {expected}: the two cannot be \
         mixed; rebuild the index (remove the directory and run vnextract index again)",
        path.display()
    )]
    Mismatch {
        path: PathBuf,
        found: String,
        expected: String,
    },
    #[error("the search index")]
    Tantivy(#[from] tantivy::TantivyError),
    #[error("the query: {0}")]
    Query(String),
}

/// What an index holds, written in `vnextract-index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct IndexMeta {
    format: u32,
    /// The record format of the stored records.
    schema: String,
    /// [`crate::segment::word::WordSegmenter::fingerprint`] of the words indexed.
    words: String,
}

impl IndexMeta {
    fn describe(&self) -> String {
        format!(
            "index format {}, records {}, word segmentation {}",
            self.format, self.schema, self.words
        )
    }
}

/// The index's fields (see the module documentation).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub id: Field,
    pub title: Field,
    pub text: Field,
    pub words: Field,
    pub folded: Field,
    pub official: Field,
    pub role: Field,
    pub organization: Field,
    pub entity: Field,
    pub money: Field,
    pub currency: Field,
    pub percent: Field,
    pub record: Field,
}

/// Tokenizer names, registered on the index each time it is opened.
const SYLLABLES: &str = "vn_syllables";
const WORDS: &str = "vn_words";
const FOLDED: &str = "vn_folded";
const EXACT_FOLDED: &str = "vn_exact_folded";

/// Longest token indexed, in bytes: longer ones are noise (URLs, base64).
const LONGEST_TOKEN: usize = 64;

fn schema() -> (Schema, Fields) {
    let text = |tokenizer: &str, positions: bool| {
        let record = if positions {
            IndexRecordOption::WithFreqsAndPositions
        } else {
            IndexRecordOption::Basic
        };
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(record),
        )
    };
    let mut builder = Schema::builder();
    let fields = Fields {
        id: builder.add_text_field("id", STRING | STORED),
        title: builder.add_text_field("title", text(SYLLABLES, true).set_stored()),
        text: builder.add_text_field("text", text(SYLLABLES, true).set_stored()),
        words: builder.add_text_field("words", text(WORDS, true)),
        // Searched for all its terms, never as a phrase: no positions.
        folded: builder.add_text_field("folded", text(FOLDED, false)),
        official: builder.add_text_field("official", text(EXACT_FOLDED, false)),
        role: builder.add_text_field("role", text(EXACT_FOLDED, false)),
        organization: builder.add_text_field("organization", text(EXACT_FOLDED, false)),
        entity: builder.add_facet_field("entity", FacetOptions::default()),
        // {"VND": [amounts], "USD": [...]}: a range is searched within one currency.
        money: builder.add_json_field("money", STRING | FAST),
        currency: builder.add_text_field("currency", STRING),
        percent: builder.add_f64_field("percent", INDEXED | FAST),
        record: builder.add_text_field("record", STORED),
    };
    (builder.build(), fields)
}

fn register_tokenizers(index: &Index) {
    let manager = index.tokenizers();
    let long = RemoveLongFilter::limit(LONGEST_TOKEN);
    manager.register(
        SYLLABLES,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(long.clone())
            .filter(LowerCaser)
            .build(),
    );
    manager.register(
        WORDS,
        TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(long.clone())
            .filter(LowerCaser)
            .build(),
    );
    manager.register(
        FOLDED,
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(long)
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
    manager.register(
        EXACT_FOLDED,
        TextAnalyzer::builder(RawTokenizer::default())
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build(),
    );
}

/// An open index.
pub struct SearchIndex {
    index: Index,
    fields: Fields,
    dir: PathBuf,
    /// Made on the first search and kept: a reader costs more to open than a query.
    reader: OnceLock<IndexReader>,
    /// Amounts and percentages read by range filters, kept while the reader is.
    values: Arc<value_range::ValueCache>,
}

impl SearchIndex {
    /// Opens the index in `dir`, or creates it there when `dir` is missing or empty.
    /// `words` is the fingerprint of the word segmenter that makes the documents; an index
    /// made with another one (or of another format) is refused.
    pub fn create_or_open(dir: &Path, words: &str) -> Result<SearchIndex, IndexError> {
        let expected = IndexMeta {
            format: INDEX_FORMAT,
            schema: SCHEMA_VERSION.to_string(),
            words: words.to_string(),
        };
        let meta_path = dir.join(META_FILE);
        if meta_path.exists() {
            return SearchIndex::open(dir, words);
        }
        let create = |source| IndexError::Create {
            path: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(create)?;
        if std::fs::read_dir(dir).map_err(create)?.next().is_some() {
            return Err(IndexError::NotEmpty {
                path: dir.to_path_buf(),
            });
        }
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(dir).map_err(tantivy::TantivyError::from)?;
        let index = Index::create(directory, schema, tantivy::IndexSettings::default())?;
        // Written last: a directory without it is not an index yet, and is refused as
        // "not empty" rather than half used.
        let meta = serde_json::to_string_pretty(&expected).unwrap_or_default();
        std::fs::write(&meta_path, meta + "\n").map_err(create)?;
        register_tokenizers(&index);
        Ok(SearchIndex::new(index, fields, dir))
    }

    fn new(index: Index, fields: Fields, dir: &Path) -> SearchIndex {
        SearchIndex {
            index,
            fields,
            dir: dir.to_path_buf(),
            reader: OnceLock::new(),
            values: Arc::default(),
        }
    }

    /// A searcher over the last commit seen by this index's reader.
    pub(crate) fn searcher(&self) -> Result<Searcher, IndexError> {
        if let Some(reader) = self.reader.get() {
            return Ok(reader.searcher());
        }
        let reader: IndexReader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(self.reader.get_or_init(|| reader).searcher())
    }

    /// Opens the index in `dir` for documents (or queries) segmented by `words`.
    pub fn open(dir: &Path, words: &str) -> Result<SearchIndex, IndexError> {
        let meta_path = dir.join(META_FILE);
        let text = match std::fs::read_to_string(&meta_path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(IndexError::NotAnIndex {
                    path: dir.to_path_buf(),
                });
            }
            Err(source) => {
                return Err(IndexError::Meta {
                    path: meta_path,
                    source,
                });
            }
        };
        let found: IndexMeta = serde_json::from_str(&text).map_err(|e| IndexError::BadMeta {
            path: meta_path.clone(),
            message: e.to_string(),
        })?;
        let expected = IndexMeta {
            format: INDEX_FORMAT,
            schema: SCHEMA_VERSION.to_string(),
            words: words.to_string(),
        };
        if found != expected {
            return Err(IndexError::Mismatch {
                path: dir.to_path_buf(),
                found: found.describe(),
                expected: expected.describe(),
            });
        }
        let index = Index::open_in_dir(dir)?;
        register_tokenizers(&index);
        let (_, fields) = schema();
        Ok(SearchIndex::new(index, fields, dir))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Documents in the last commit.
    pub fn documents(&self) -> Result<u64, IndexError> {
        let reader: IndexReader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(reader.searcher().num_docs())
    }

    /// The [`Commit`] note of the last commit, if any.
    pub fn last_commit(&self) -> Result<Option<Commit>, IndexError> {
        let payload = self.index.load_metas()?.payload;
        Ok(payload.and_then(|p| serde_json::from_str(&p).ok()))
    }

    /// A writer that adds documents made by [`render_document`], with `memory` bytes of
    /// indexing buffer shared by `threads` indexing threads.
    pub fn sink<E: std::io::Write>(
        &self,
        threads: usize,
        memory: usize,
        errors: E,
        commit: Commit,
        commit_every: u64,
    ) -> Result<IndexSink<E>, IndexError> {
        let writer = self.index.writer_with_num_threads(threads.max(1), memory)?;
        Ok(IndexSink::new(
            writer,
            self.index.schema(),
            self.fields,
            errors,
            commit,
            commit_every,
        ))
    }
}
