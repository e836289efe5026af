//! Library errors.

use std::fmt;

use serde::Serialize;

/// A lexicon or model file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{name}: format is {found:?}, expected {expected:?}")]
    Format {
        name: String,
        expected: &'static str,
        found: String,
    },
    #[error("{name}:{line}: {message}")]
    Entry {
        name: String,
        line: usize,
        message: String,
    },
    // The OS error is the source, not part of this message: `{:#}` prints the chain once.
    #[error("cannot read {name}")]
    Io {
        name: String,
        #[source]
        source: std::io::Error,
    },
}

/// Why one article yields an error record instead of a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ArticleErrorKind {
    /// The bytes are not UTF-8.
    InvalidUtf8,
    /// The text is empty or only whitespace.
    EmptyText,
    /// A JSON Lines line is not valid JSON (or not an object).
    Json,
    /// The text field is missing.
    MissingField,
    /// A field has the wrong type (text that is not a string, say).
    InvalidField,
    /// A file or archive member could not be read.
    Io,
    /// A compressed stream or archive ends early.
    Truncated,
    /// The Hugging Face tokenizer failed on the article's words.
    Tokenizer,
    /// The article (or its JSON Lines line) is longer than `--max-article-bytes`.
    TooLarge,
}

impl ArticleErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ArticleErrorKind::InvalidUtf8 => "invalid_utf8",
            ArticleErrorKind::EmptyText => "empty_text",
            ArticleErrorKind::Json => "json",
            ArticleErrorKind::MissingField => "missing_field",
            ArticleErrorKind::InvalidField => "invalid_field",
            ArticleErrorKind::Io => "io",
            ArticleErrorKind::Truncated => "truncated",
            ArticleErrorKind::Tokenizer => "tokenizer",
            ArticleErrorKind::TooLarge => "too_large",
        }
    }
}

impl fmt::Display for ArticleErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An article that cannot be processed: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{source_name}: {kind}: {message}")]
pub struct ArticleError {
    /// The article's id, or its source when the id cannot be read.
    pub id: String,
    /// `PATH[!MEMBER][:LINE]`.
    pub source_name: String,
    pub kind: ArticleErrorKind,
    pub message: String,
}
