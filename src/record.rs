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
    pub officials: Vec<Official<'a>>,
    pub titles: Vec<Title<'a>>,
    pub awards: Vec<Award<'a>>,
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

/// Where something is written: its text and span.
#[derive(Debug, Clone, Serialize)]
pub struct Mention<'a> {
    pub text: &'a str,
    #[serde(flatten)]
    pub span: Span,
}

/// A named person holding a position: "Phó Chủ tịch HĐND Thành phố Phạm Quí Tiên".
#[derive(Debug, Clone, Serialize)]
pub struct Official<'a> {
    /// The fullest form of the name, as written.
    pub name: &'a str,
    /// With its qualifiers ("Phó Bí thư Thường trực"); without "nguyên"/"cựu".
    pub role: &'a str,
    /// As written next to the role; empty when the text names none.
    pub organization: &'a str,
    /// The organization with its abbreviations expanded ("Ủy ban nhân dân quận").
    pub organization_expanded: String,
    /// The organization named in full from context when the text shortens it ("Hội" →
    /// "Hội Nông dân tỉnh Lào Cai"; "UBND quận" → "UBND quận Hoàn Kiếm").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_resolved: Option<String>,
    /// The office is no longer held ("nguyên", "cựu").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub former: bool,
    /// "đại tá", "trung tướng" …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<&'a str>,
    /// Where the name is first written in full.
    #[serde(flatten)]
    pub span: Span,
    /// Every mention of the person, later short ones ("ông Định") included.
    pub mentions: Vec<Mention<'a>>,
    pub rule: &'static str,
}

/// A position title named in the article, once per distinct (role, organization).
#[derive(Debug, Clone, Serialize)]
pub struct Title<'a> {
    /// The role and its organization as first written.
    pub text: &'a str,
    pub role: &'a str,
    pub organization: &'a str,
    /// As [`Official::organization_resolved`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_resolved: Option<String>,
    pub mentions: Vec<Mention<'a>>,
    /// The names of its holders; empty when the text names none.
    pub holders: Vec<&'a str>,
}

/// An honorary title or award: "danh hiệu Lao động tiên tiến", "Huân chương Lao động hạng
/// Ba", "Bằng khen của Thủ tướng Chính phủ".
#[derive(Debug, Clone, Serialize)]
pub struct Award<'a> {
    pub text: &'a str,
    /// danh hiệu, huân chương, huy chương, bằng khen, giấy khen, cờ thi đua, kỷ niệm chương.
    pub kind: &'static str,
    /// The award's name ("Lao động tiên tiến"), as written.
    pub name: &'a str,
    /// Who receives it ("226 cá nhân"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<&'a str>,
    /// How many receive it, when the text says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(flatten)]
    pub span: Span,
    pub rule: &'static str,
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
