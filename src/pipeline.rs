//! One article in, one record out: normalization, segmentation, extraction.

use crate::error::{ArticleError, ArticleErrorKind};
use std::sync::Arc;

use crate::extract::{OfficialLexicon, awards, extract, officials};
use crate::normalize::{Normalized, normalize};
use crate::record::{
    Article, Award, ErrorRecord, Mention, Money, Official, Percentage, Record, SCHEMA_VERSION,
    Title,
};
use crate::segment::{Abbreviations, Segmented, Segmenter};
use crate::span::CharIndex;

/// What the record of each article includes beyond the extractions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordOptions {
    /// Add the `sentences` array.
    pub sentences: bool,
    /// Add the `tokens` array.
    pub tokens: bool,
}

/// Configures a [`Pipeline`]; the configuration is frozen by [`PipelineBuilder::build`].
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    options: RecordOptions,
    abbreviations: Option<Abbreviations>,
    lexicon: Option<OfficialLexicon>,
}

impl PipelineBuilder {
    pub fn sentences(mut self, yes: bool) -> Self {
        self.options.sentences = yes;
        self
    }

    pub fn tokens(mut self, yes: bool) -> Self {
        self.options.tokens = yes;
        self
    }

    /// Replaces the shipped abbreviation lexicon.
    pub fn abbreviations(mut self, abbreviations: Abbreviations) -> Self {
        self.abbreviations = Some(abbreviations);
        self
    }

    /// Replaces the officials lexicon (the shipped one, extended with
    /// [`OfficialLexicon::extend_from_str`], is the usual start).
    pub fn official_lexicon(mut self, lexicon: OfficialLexicon) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    pub fn build(self) -> Pipeline {
        let segmenter = match self.abbreviations {
            Some(a) => Segmenter::with_abbreviations(a),
            None => Segmenter::new(),
        };
        Pipeline {
            segmenter,
            options: self.options,
            lexicon: self.lexicon.map_or_else(OfficialLexicon::builtin, Arc::new),
        }
    }
}

/// Turns articles into records. Built once and shared by all threads (`Sync`).
///
/// ```
/// use vnextract::{Article, Pipeline};
///
/// let pipeline = Pipeline::builder().sentences(true).build();
/// let article = Article::new("a1", "Tổng thu đạt 14.732 tỷ đồng. Tăng 15,9% so với năm 2021.");
/// let line = pipeline.process_to_json(&article);
/// let record: serde_json::Value = serde_json::from_slice(&line).unwrap();
/// assert_eq!(record["id"], "a1");
/// assert_eq!(record["sentences"][1]["text"], "Tăng 15,9% so với năm 2021.");
/// assert_eq!(record["sentences"][1]["start"], 29);
/// ```
#[derive(Debug, Clone)]
pub struct Pipeline {
    segmenter: Segmenter,
    options: RecordOptions,
    lexicon: Arc<OfficialLexicon>,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::builder().build()
    }
}

/// A text taken through normalization and segmentation.
#[derive(Debug, Clone)]
pub struct Analysis<'a> {
    pub normalized: Normalized<'a>,
    pub segmented: Segmented,
}

impl Pipeline {
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    pub fn options(&self) -> RecordOptions {
        self.options
    }

    /// Normalizes and segments `text`.
    pub fn analyze<'a>(&self, text: &'a str) -> Analysis<'a> {
        let normalized = normalize(text);
        let segmented = self.segmenter.segment(&normalized);
        Analysis {
            normalized,
            segmented,
        }
    }

    /// Why `article` cannot be processed, if it cannot.
    pub fn validate(&self, article: &Article) -> Result<(), ArticleError> {
        if article.text.trim().is_empty() {
            return Err(ArticleError {
                id: article.id.clone(),
                source_name: article.source.clone(),
                kind: ArticleErrorKind::EmptyText,
                message: "the article's text is empty".to_string(),
            });
        }
        Ok(())
    }

    /// The record of `article`, or why it cannot be processed.
    pub fn process<'a>(&self, article: &'a Article) -> Result<Record<'a>, ArticleError> {
        self.validate(article)?;
        let text = article.text.as_str();
        let analysis = self.analyze(text);
        let chars = CharIndex::new(text);
        let segmented = &analysis.segmented;
        let extracted = extract(&analysis.normalized, segmented);
        let sentences = self
            .options
            .sentences
            .then(|| segmented.sentence_records(text, &chars));
        let token_records = self
            .options
            .tokens
            .then(|| segmented.token_records(text, &chars));
        let slice = |r: &std::ops::Range<usize>| text.get(r.clone()).unwrap_or("");
        let span = |r: &std::ops::Range<usize>| chars.span(r.start, r.end);
        let percentages = extracted
            .percentages
            .iter()
            .map(|p| Percentage {
                text: slice(&p.bytes),
                value: p.value,
                span: span(&p.bytes),
                points: p.points,
                qualifier: p.qualifier,
                range: p.bound,
                measure: p.measure.as_ref().map(slice),
                direction: p.direction,
                baseline: p.baseline.as_ref().map(slice),
                rule: p.rule,
            })
            .collect();
        let money = extracted
            .money
            .iter()
            .map(|m| Money {
                text: slice(&m.bytes),
                amount: m.amount,
                currency: m.currency,
                span: span(&m.bytes),
                per: m.per.as_ref().map(slice),
                qualifier: m.qualifier,
                range: m.bound,
                measure: m.measure.as_ref().map(slice),
                direction: m.direction,
                rule: m.rule,
            })
            .collect();
        let (found_officials, found_titles) =
            officials(&analysis.normalized, segmented, &self.lexicon);
        // Parts of a resolved organization, joined with spaces.
        let joined = |parts: &[std::ops::Range<usize>]| {
            (!parts.is_empty()).then(|| parts.iter().map(slice).collect::<Vec<_>>().join(" "))
        };
        let mention = |r: &std::ops::Range<usize>| Mention {
            text: slice(r),
            span: span(r),
        };
        let officials = found_officials
            .iter()
            .map(|o| {
                let organization = o.organization.as_ref().map_or("", slice);
                Official {
                    name: slice(&o.name),
                    role: slice(&o.role),
                    organization,
                    organization_expanded: self.lexicon.expand(organization),
                    organization_resolved: joined(&o.organization_resolved),
                    former: o.former,
                    rank: o.rank.as_ref().map(slice),
                    span: span(&o.name),
                    mentions: o.mentions.iter().map(mention).collect(),
                    rule: o.rule,
                }
            })
            .collect();
        let titles = found_titles
            .iter()
            .map(|t| Title {
                text: t.mentions.first().map_or("", slice),
                role: slice(&t.role),
                organization: t.organization.as_ref().map_or("", slice),
                organization_resolved: joined(&t.organization_resolved),
                mentions: t.mentions.iter().map(mention).collect(),
                holders: t.holders.iter().map(slice).collect(),
            })
            .collect();
        Ok(Record {
            schema: SCHEMA_VERSION,
            id: &article.id,
            source: &article.source,
            title: article.title.as_deref(),
            url: article.url.as_deref(),
            published: article.published.as_deref(),
            officials,
            titles,
            awards: awards(&analysis.normalized, segmented)
                .iter()
                .map(|a| Award {
                    text: slice(&a.bytes),
                    kind: a.kind,
                    name: slice(&a.name),
                    recipient: a.recipient.as_ref().map(slice),
                    count: a.count,
                    span: span(&a.bytes),
                    rule: a.rule,
                })
                .collect(),
            percentages,
            money,
            sentences,
            tokens: token_records,
        })
    }

    /// The record of `article` (or its error record) as one JSON line, newline included.
    pub fn process_to_json(&self, article: &Article) -> Vec<u8> {
        match self.process(article) {
            Ok(record) => json_line(&record),
            Err(error) => json_line(&ErrorRecord::from(&error)),
        }
    }
}

/// `value` as one line of JSON with its newline.
pub fn json_line<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut line = Vec::with_capacity(256);
    // Serializing our own record types to memory cannot fail: no maps with non-string keys,
    // no I/O.
    if serde_json::to_writer(&mut line, value).is_err() {
        line.clear();
        line.extend_from_slice(b"{}");
    }
    line.push(b'\n');
    line
}
