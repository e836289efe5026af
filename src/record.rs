//! Output records: one JSON object per input article.

use serde::Serialize;

use crate::error::{ArticleError, ArticleErrorKind};
use crate::extract::Decimal;
use crate::segment::word::WordRecord;
use crate::segment::{SentenceRecord, TokenRecord};
use crate::span::Span;

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
    pub percentages: Vec<Percentage<'a>>,
    pub money: Vec<Money<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenRecord<'a>>>,
    /// With `--words`: the words, each one or more syllable tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<Vec<WordRecord<'a>>>,
    /// With `--hf-tokenizer`: the tokenizer's ids for the words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hf_ids: Option<Vec<u32>>,
}

/// A percentage: "15,9%" is 15.9. A range gives one entry per bound, each with the range's
/// text and span.
#[derive(Debug, Clone, Serialize)]
pub struct Percentage<'a> {
    pub text: &'a str,
    pub value: Decimal,
    #[serde(flatten)]
    pub span: Span,
    /// Percentage points ("2 điểm phần trăm").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub points: bool,
    /// khoảng, gần, hơn, trên, dưới, xấp xỉ, tới, ít nhất, tối đa …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    /// "low" or "high" for the bounds of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<&'static str>,
    /// What the percentage measures, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<&'a str>,
    /// tăng, giảm, đạt, bằng, chiếm, vượt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<&'static str>,
    /// Against what: "so với năm 2021", "dự toán năm".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<&'a str>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// An amount of money: "14.732 tỷ đồng" is 14732000000000 VND.
#[derive(Debug, Clone, Serialize)]
pub struct Money<'a> {
    pub text: &'a str,
    /// Exact, in whole units of the currency.
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency: &'static str,
    #[serde(flatten)]
    pub span: Span,
    /// The unit of a price ("kg" in "50.000 đồng/kg").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<&'static str>,
    /// What the amount measures ("Tổng thu ngân sách Nhà nước"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<&'static str>,
    pub rule: &'static str,
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
