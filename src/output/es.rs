//! Elasticsearch and OpenSearch: `_bulk` lines for `extract --format es-bulk`, and the index
//! settings and mapping that fit them (`vnextract mapping`).
//!
//! No plugin is needed in the cluster: the text comes pre-segmented. `text` is the article
//! as written, searched by syllables (the standard analyzer). `text_words` holds the words
//! with "_" inside them ("Chủ_tịch UBND quận"), searched with the whitespace tokenizer, so
//! that a phrase query matches only whole words. Both have a diacritic-folded sub-field.
//! Officials, titles, awards, percentages and money are `nested` objects. Amounts are
//! `double` for range queries, and `amount_exact` keeps every digit as a keyword.

use serde::Serialize;
use serde_json::{Value, json};

use super::{Rendered, json_line};
use crate::error::ArticleError;
use crate::io::Item;
use crate::pipeline::Pipeline;
use crate::record::{
    Award, ErrorRecord, KeptFields, Money, Official, Percentage, Record, SentenceRecord, Title,
    TokenRecord, WordRecord,
};
use crate::segment::word::join_underscored;

/// The search engine a mapping is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Elasticsearch 8 and later.
    Elasticsearch,
    /// OpenSearch 2 and later.
    OpenSearch,
}

/// What a `_bulk` document holds beyond the record: the article's words for the word field,
/// and each amount's exact digits.
#[derive(Serialize)]
struct Document<'r, 'a> {
    schema: &'static str,
    id: &'r str,
    source: &'r str,
    title: Option<&'r str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'r str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<&'r str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fields: Option<&'r KeptFields>,
    text: &'r str,
    text_words: String,
    officials: &'r [Official<'a>],
    titles: &'r [Title<'a>],
    awards: &'r [Award<'a>],
    percentages: &'r [Percentage<'a>],
    money: Vec<ExactMoney<'r, 'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<&'r [SentenceRecord<'a>]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<&'r [TokenRecord<'a>]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<&'r [WordRecord<'a>]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hf_ids: Option<&'r [u32]>,
}

#[derive(Serialize)]
struct ExactMoney<'r, 'a> {
    #[serde(flatten)]
    money: &'r Money<'a>,
    /// The amount's digits: a `double` holds 15 or 16 of them.
    amount_exact: String,
}

#[derive(Serialize)]
struct Action<'r> {
    index: Target<'r>,
}

#[derive(Serialize)]
struct Target<'r> {
    #[serde(rename = "_index")]
    index: &'r str,
    #[serde(rename = "_id")]
    id: &'r str,
}

/// One article as two `_bulk` lines: an `index` action (by id, so that a rerun replaces the
/// documents rather than adding copies) and the document. An article that cannot be
/// processed is indexed as its error record, so the index counts every input article.
/// `pipeline` must find words and keep the text ([`crate::PipelineBuilder::words`],
/// [`crate::PipelineBuilder::text`]); `keep_words` keeps the `words` array as well.
pub fn render_bulk(pipeline: &Pipeline, item: &Item, index: &str, keep_words: bool) -> Rendered {
    let processed = item.article().and_then(|article| {
        let record = pipeline.process(&article)?;
        Ok(bulk_lines(index, &record, keep_words))
    });
    match processed {
        Ok(bytes) => Rendered { bytes, ok: true },
        Err(error) => Rendered {
            bytes: error_lines(index, &error),
            ok: false,
        },
    }
}

fn bulk_lines(index: &str, record: &Record<'_>, keep_words: bool) -> Vec<u8> {
    let words = record.words.as_deref().unwrap_or_default();
    let text_words = join_underscored(words.iter().map(|w| w.text.as_ref()));
    let document = Document {
        schema: record.schema,
        id: &record.id,
        source: &record.source,
        title: record.title.as_deref(),
        url: record.url.as_deref(),
        published: record.published.as_deref(),
        fields: record.fields.as_deref(),
        text: record.text.as_deref().unwrap_or_default(),
        text_words,
        officials: &record.officials,
        titles: &record.titles,
        awards: &record.awards,
        percentages: &record.percentages,
        money: record
            .money
            .iter()
            .map(|money| ExactMoney {
                money,
                amount_exact: money.amount.to_string(),
            })
            .collect(),
        sentences: record.sentences.as_deref(),
        tokens: record.tokens.as_deref(),
        words: record.words.as_deref().filter(|_| keep_words),
        hf_ids: record.hf_ids.as_deref(),
    };
    let mut lines = action_line(index, &record.id);
    lines.extend(json_line(&document));
    lines
}

fn error_lines(index: &str, error: &ArticleError) -> Vec<u8> {
    let mut lines = action_line(index, &error.id);
    lines.extend(json_line(&ErrorRecord::from(error)));
    lines
}

fn action_line(index: &str, id: &str) -> Vec<u8> {
    json_line(&Action {
        index: Target { index, id },
    })
}

/// Text searched by syllables, with a folded sub-field ("hoan kiem" finds "Hoàn Kiếm").
fn syllables() -> Value {
    json!({
        "type": "text",
        "analyzer": "standard",
        "fields": {"folded": {"type": "text", "analyzer": "vn_folded"}}
    })
}

/// A name or organization: text searched by syllables, plus the exact value for filters
/// and facets.
fn name() -> Value {
    json!({
        "type": "text",
        "analyzer": "standard",
        "fields": {
            "folded": {"type": "text", "analyzer": "vn_folded"},
            "keyword": {"type": "keyword", "ignore_above": 512}
        }
    })
}

fn keyword() -> Value {
    json!({"type": "keyword"})
}

/// A span's offsets: kept in the document to point into `text`, not searched.
fn offsets() -> [(&'static str, Value); 4] {
    let offset = || json!({"type": "integer", "index": false});
    [
        ("start", offset()),
        ("end", offset()),
        ("byte_start", offset()),
        ("byte_end", offset()),
    ]
}

fn properties<const N: usize>(fields: [(&'static str, Value); N], spans: bool) -> Value {
    let mut map = serde_json::Map::new();
    for (name, value) in fields {
        map.insert(name.to_string(), value);
    }
    if spans {
        for (name, value) in offsets() {
            map.insert(name.to_string(), value);
        }
    }
    Value::Object(map)
}

fn mentions() -> Value {
    json!({"type": "object", "properties": properties([("text", keyword())], true)})
}

/// The figure's context shared by percentages and money.
fn figure<const N: usize>(fields: [(&'static str, Value); N]) -> Value {
    let mut map = properties(fields, true);
    if let Value::Object(map) = &mut map {
        for (name, value) in [
            ("text", keyword()),
            ("qualifier", keyword()),
            ("range", keyword()),
            ("direction", keyword()),
            ("measure", syllables()),
            ("rule", keyword()),
        ] {
            map.insert(name.to_string(), value);
        }
    }
    json!({"type": "nested", "properties": map})
}

/// The index settings and mapping for the documents of [`render_bulk`], as the body of a
/// create-index request (`PUT /NAME`). Only stock analyzers are used: no plugin is needed.
/// Elasticsearch 8 and OpenSearch 2 take the same body today.
pub fn mapping(engine: Engine) -> Value {
    // The two engines agree on everything used here; the match is where they would part.
    let date = match engine {
        Engine::Elasticsearch | Engine::OpenSearch => {
            json!({"type": "date", "ignore_malformed": true})
        }
    };
    let not_indexed = json!({"type": "object", "enabled": false});
    json!({
        "settings": {
            "analysis": {
                "analyzer": {
                    "vn_words": {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["lowercase"]
                    },
                    "vn_words_folded": {
                        "type": "custom",
                        "tokenizer": "whitespace",
                        "filter": ["lowercase", "asciifolding"]
                    },
                    "vn_folded": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"]
                    }
                }
            }
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "schema": keyword(),
                "id": keyword(),
                "source": keyword(),
                "title": syllables(),
                "url": keyword(),
                "published": date,
                // Input fields kept with --keep-field: their types are the input's.
                "fields": {"type": "object", "dynamic": true},
                "text": syllables(),
                "text_words": {
                    "type": "text",
                    "analyzer": "vn_words",
                    "fields": {"folded": {"type": "text", "analyzer": "vn_words_folded"}}
                },
                "officials": {"type": "nested", "properties": properties([
                    ("name", name()),
                    ("role", name()),
                    ("organization", name()),
                    ("organization_expanded", name()),
                    ("organization_resolved", name()),
                    ("former", json!({"type": "boolean"})),
                    ("rank", keyword()),
                    ("mentions", mentions()),
                    ("rule", keyword()),
                ], true)},
                "titles": {"type": "nested", "properties": properties([
                    ("text", name()),
                    ("role", name()),
                    ("organization", name()),
                    ("organization_resolved", name()),
                    ("mentions", mentions()),
                    ("holders", name()),
                ], false)},
                "awards": {"type": "nested", "properties": properties([
                    ("text", syllables()),
                    ("kind", keyword()),
                    ("name", name()),
                    ("recipient", syllables()),
                    ("count", json!({"type": "long"})),
                    ("rule", keyword()),
                ], true)},
                "percentages": figure([
                    ("value", json!({"type": "double"})),
                    ("points", json!({"type": "boolean"})),
                    ("baseline", syllables()),
                ]),
                "money": figure([
                    ("amount", json!({"type": "double"})),
                    ("amount_exact", keyword()),
                    ("currency", keyword()),
                    ("per", keyword()),
                ]),
                "error": {"properties": {"kind": keyword(), "message": {"type": "text"}}},
                "sentences": not_indexed.clone(),
                "tokens": not_indexed.clone(),
                "words": not_indexed,
                "hf_ids": {"type": "integer", "index": false, "doc_values": false}
            }
        }
    })
}
