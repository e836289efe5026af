//! One article in, one record out: normalization, segmentation, extraction.

use crate::error::{ArticleError, ArticleErrorKind};
use std::sync::Arc;

use crate::extract::{Extractors, NameModel, OfficialLexicon};
use crate::normalize::{Normalized, normalize};
use crate::record::{Article, Record, Spans, sentence_records, token_records, word_records};
#[cfg(feature = "hf")]
use crate::segment::word::underscored;
use crate::segment::word::{Word, WordSegmenter};
use crate::segment::{Abbreviations, Segmented, Segmenter};

/// A Hugging Face tokenizer (`tokenizer.json`) run after word segmentation.
#[cfg(feature = "hf")]
pub type HfTokenizer = std::sync::Arc<tokenizers::Tokenizer>;

/// What the record of each article includes beyond the extractions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RecordOptions {
    /// Add the `sentences` array.
    pub sentences: bool,
    /// Add the `tokens` array.
    pub tokens: bool,
    /// Add the `words` array.
    pub words: bool,
    /// Add the article's `text`.
    pub text: bool,
}

/// Configures a [`Pipeline`]; the configuration is frozen by [`PipelineBuilder::build`].
#[derive(Clone, Default)]
pub struct PipelineBuilder {
    options: RecordOptions,
    abbreviations: Option<Abbreviations>,
    lexicon: Option<OfficialLexicon>,
    names: Option<NameModel>,
    words: Option<WordSegmenter>,
    #[cfg(feature = "hf")]
    hf: Option<HfTokenizer>,
}

impl std::fmt::Debug for PipelineBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PipelineBuilder")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
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

    /// Add each article's text, for a search index or a reader of the spans.
    pub fn text(mut self, yes: bool) -> Self {
        self.options.text = yes;
        self
    }

    /// Add each article's words (see [`crate::segment::word`]).
    pub fn words(mut self, yes: bool) -> Self {
        self.options.words = yes;
        self
    }

    /// Segments words with this segmenter (another model, a user dictionary) instead of
    /// the shipped one.
    pub fn word_segmenter(mut self, words: WordSegmenter) -> Self {
        self.words = Some(words);
        self
    }

    /// Adds the ids of a Hugging Face tokenizer run on the words (underscored, as PhoBERT
    /// expects) to each record, as `hf_ids`.
    #[cfg(feature = "hf")]
    pub fn hf_tokenizer(mut self, tokenizer: HfTokenizer) -> Self {
        self.hf = Some(tokenizer);
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

    /// Replaces the shipped names model (one trained by `vnextract train-officials`).
    pub fn names_model(mut self, names: NameModel) -> Self {
        self.names = Some(names);
        self
    }

    pub fn build(self) -> Pipeline {
        let segmenter = match self.abbreviations {
            Some(a) => Segmenter::with_abbreviations(a),
            None => Segmenter::new(),
        };
        #[cfg(feature = "hf")]
        let needs_words = self.options.words || self.hf.is_some();
        #[cfg(not(feature = "hf"))]
        let needs_words = self.options.words;
        // The word model loads only when words are asked for.
        let words = needs_words.then(|| self.words.unwrap_or_default());
        Pipeline {
            segmenter,
            options: self.options,
            words,
            #[cfg(feature = "hf")]
            hf: self.hf,
            extractors: Extractors::with_names(
                self.lexicon.map_or_else(OfficialLexicon::builtin, Arc::new),
                self.names.map_or_else(NameModel::builtin, Arc::new),
            ),
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
#[derive(Clone)]
pub struct Pipeline {
    segmenter: Segmenter,
    options: RecordOptions,
    extractors: Extractors,
    words: Option<WordSegmenter>,
    #[cfg(feature = "hf")]
    hf: Option<HfTokenizer>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
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

    /// The word segmenter, when the pipeline was built to find words.
    pub fn word_segmenter(&self) -> Option<&WordSegmenter> {
        self.words.as_ref()
    }

    /// The words of an analysed text (empty when the pipeline finds no words).
    pub fn words(&self, analysis: &Analysis<'_>) -> Vec<Word> {
        match &self.words {
            Some(w) => w.words(&analysis.normalized, &analysis.segmented),
            None => Vec::new(),
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

    /// The record of `article`, or why it cannot be processed: normalization, segmentation,
    /// the extractors, then the record with the arrays asked for.
    pub fn process<'a>(&self, article: &'a Article) -> Result<Record<'a>, ArticleError> {
        let (mut record, words, spans) = self.process_without_words(article)?;
        if let Some(words) = words {
            record.words = Some(word_records(&words, &article.text, spans.chars()));
        }
        Ok(record)
    }

    /// [`Pipeline::process`] but for the `words` array: the record without it, and the words
    /// to write in it (when asked for) as the word step found them, with the spans of the
    /// text to count their code points. The record line writes them without a
    /// [`crate::record::WordRecord`] each.
    pub(crate) fn process_without_words<'a>(
        &self,
        article: &'a Article,
    ) -> Result<(Record<'a>, Option<Vec<Word>>, Spans<'a>), ArticleError> {
        self.validate(article)?;
        let text = article.text.as_str();
        let analysis = self.analyze(text);
        let found = self
            .extractors
            .run(&analysis.normalized, &analysis.segmented);
        let words = self.words(&analysis);
        let hf_ids = self.hf_ids(article, &words)?;
        let spans = Spans::new(text);
        let mut record = Record::new(article, &found, &spans, self.extractors.lexicon());
        let chars = spans.chars();
        let segmented = &analysis.segmented;
        let options = self.options;
        record.sentences = options
            .sentences
            .then(|| sentence_records(segmented, text, chars));
        record.tokens = options
            .tokens
            .then(|| token_records(segmented, text, chars));
        let words = (options.words && self.words.is_some()).then_some(words);
        record.hf_ids = hf_ids;
        record.text = options.text.then_some(std::borrow::Cow::Borrowed(text));
        Ok((record, words, spans))
    }

    /// The ids the Hugging Face tokenizer gives the article's words, when there is one.
    #[cfg(feature = "hf")]
    fn hf_ids(&self, article: &Article, words: &[Word]) -> Result<Option<Vec<u32>>, ArticleError> {
        let Some(tokenizer) = &self.hf else {
            return Ok(None);
        };
        hf_ids(tokenizer, &article.text, words)
            .map(Some)
            .map_err(|message| ArticleError {
                id: article.id.clone(),
                source_name: article.source.clone(),
                kind: ArticleErrorKind::Tokenizer,
                message,
            })
    }

    #[cfg(not(feature = "hf"))]
    fn hf_ids(&self, _: &Article, _: &[Word]) -> Result<Option<Vec<u32>>, ArticleError> {
        Ok(None)
    }
}

/// The ids a Hugging Face tokenizer gives the words of `text`, each word with "_" between
/// its syllables (the PhoBERT convention), as a pre-tokenized sequence, without special
/// tokens.
#[cfg(feature = "hf")]
pub fn hf_ids(
    tokenizer: &tokenizers::Tokenizer,
    text: &str,
    words: &[Word],
) -> Result<Vec<u32>, String> {
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let pieces: Vec<String> = words
        .iter()
        .map(|w| underscored(text.get(w.bytes.clone()).unwrap_or("")))
        .collect();
    let encoding = tokenizer
        .encode(pieces, false)
        .map_err(|e| format!("tokenizer: {e}"))?;
    Ok(encoding.get_ids().to_vec())
}
