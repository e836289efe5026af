//! Output records: one JSON object per input article.

use serde::Serialize;

use crate::error::{ArticleError, ArticleErrorKind};
use crate::segment::{SentenceRecord, TokenRecord};

/// The record format version, written in every record's `schema` field.
pub const SCHEMA_VERSION: &str = "vnextract/1";

/// One input article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    /// `PATH[!MEMBER][:LINE]`.
    pub source: String,
    pub text: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

impl Article {
    /// An article with an id and a text, from no file.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let id = id.into();
        Article {
            source: id.clone(),
            id,
            text: text.into(),
            ..Article::default()
        }
    }
}

/// What was found in one article.
///
/// The extraction arrays hold the items of the extractors; they are empty until those land,
/// and are written in every record so that consumers can rely on them.
#[derive(Debug, Clone, Serialize)]
pub struct Record<'a> {
    pub schema: &'static str,
    pub id: &'a str,
    pub source: &'a str,
    pub title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<&'a str>,
    pub officials: Vec<serde_json::Value>,
    pub titles: Vec<serde_json::Value>,
    pub percentages: Vec<serde_json::Value>,
    pub money: Vec<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenRecord<'a>>>,
}

/// The record of an article that could not be processed.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRecord<'a> {
    pub schema: &'static str,
    pub id: &'a str,
    pub source: &'a str,
    pub error: ErrorBody<'a>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ErrorBody<'a> {
    pub kind: ArticleErrorKind,
    pub message: &'a str,
}

impl<'a> From<&'a ArticleError> for ErrorRecord<'a> {
    fn from(error: &'a ArticleError) -> Self {
        ErrorRecord {
            schema: SCHEMA_VERSION,
            id: &error.id,
            source: &error.source_name,
            error: ErrorBody {
                kind: error.kind,
                message: &error.message,
            },
        }
    }
}
