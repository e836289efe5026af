//! Output records: one JSON object per input article, with the conversions from what the
//! stages found (byte ranges) to what records hold (text as written, code-point spans).
//!
//! Every record type lives here; the JSON Schema of a record line
//! (`schema/record.schema.json`) is generated from them ([`json_schema`]). A field added is
//! noted in CHANGELOG.md; a field changed or removed bumps [`SCHEMA_VERSION`].

use std::borrow::Cow;
use std::ops::Range;

use schemars::JsonSchema;
use serde::Serialize;

use crate::error::{ArticleError, ArticleErrorKind};
use crate::extract::{
    AwardMention, Decimal, Found, MoneyMention, OfficialLexicon, OfficialMention, PercentMention,
    TitleMention,
};
use crate::segment::word::Word;
use crate::segment::{Segmented, TokenKind};
use crate::span::{CharIndex, Span};

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
    /// Other input fields carried into the record ([`crate::io::InputOptions::keep_fields`]).
    pub kept: KeptFields,
}

/// Input fields carried into a record as they were written: each name with its value's
/// JSON text (so that a number keeps all its digits). Written as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeptFields(pub Vec<(String, String)>);

impl KeptFields {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for KeptFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, json) in &self.0 {
            // The text was read as one JSON value, so it is one.
            let value =
                serde_json::value::RawValue::from_string(json.clone()).map_err(S::Error::custom)?;
            map.serialize_entry(name, &value)?;
        }
        map.end()
    }
}

impl JsonSchema for KeptFields {
    fn schema_name() -> Cow<'static, str> {
        "KeptFields".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "object",
            "description": "Input fields named with --keep-field, with their values as read."
        })
    }
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

/// Text of a record: borrowed from the article, or owned after [`Record::into_owned`].
pub type Text<'a> = Cow<'a, str>;

/// What was found in one article. It borrows the article's text; [`Record::into_owned`]
/// makes a record that outlives it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct Record<'a> {
    /// The record format version.
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub schema: &'static str,
    /// The article's id.
    pub id: Text<'a>,
    /// Where the article was read: `PATH[!MEMBER][:LINE]`.
    pub source: Text<'a>,
    pub title: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<Text<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Text<'a>>,
    /// With `--with-text`: the article's text as read, which every span points into.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text<'a>>,
    /// With `--keep-field NAME`: those fields of the input article, when it has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Cow<'a, KeptFields>>,
    pub officials: Vec<Official<'a>>,
    pub titles: Vec<Title<'a>>,
    pub awards: Vec<Award<'a>>,
    pub percentages: Vec<Percentage<'a>>,
    pub money: Vec<Money<'a>>,
    /// With `--sentences`: each sentence's text and span.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceRecord<'a>>>,
    /// With `--tokens`: each syllable token's text, kind and span.
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
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Mention<'a> {
    pub text: Text<'a>,
    #[serde(flatten)]
    pub span: Span,
}

/// A named person holding a position: "Phó Chủ tịch HĐND Thành phố Phạm Quí Tiên".
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Official<'a> {
    /// The fullest form of the name, as written.
    pub name: Text<'a>,
    /// With its qualifiers ("Phó Bí thư Thường trực"); without "nguyên"/"cựu".
    pub role: Text<'a>,
    /// As written next to the role; empty when the text names none.
    pub organization: Text<'a>,
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
    pub rank: Option<Text<'a>>,
    /// Where the name is first written in full.
    #[serde(flatten)]
    pub span: Span,
    /// Every mention of the person, later short ones ("ông Định") included.
    pub mentions: Vec<Mention<'a>>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// A position title named in the article, once per distinct (role, organization).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Title<'a> {
    /// The role and its organization as first written.
    pub text: Text<'a>,
    pub role: Text<'a>,
    pub organization: Text<'a>,
    /// As [`Official::organization_resolved`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization_resolved: Option<String>,
    pub mentions: Vec<Mention<'a>>,
    /// The names of its holders; empty when the text names none.
    pub holders: Vec<Text<'a>>,
}

/// An honorary title or award: "danh hiệu Lao động tiên tiến", "Huân chương Lao động hạng
/// Ba", "Bằng khen của Thủ tướng Chính phủ".
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Award<'a> {
    pub text: Text<'a>,
    /// danh hiệu, huân chương, huy chương, bằng khen, giấy khen, cờ thi đua, kỷ niệm chương.
    pub kind: &'static str,
    /// The award's name ("Lao động tiên tiến"), as written.
    pub name: Text<'a>,
    /// Who receives it ("226 cá nhân"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient: Option<Text<'a>>,
    /// How many receive it, when the text says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    #[serde(flatten)]
    pub span: Span,
    /// The rule that found it.
    pub rule: &'static str,
}

/// What percentages and amounts of money share: how the figure is qualified, whether it is
/// a bound of a range, and what it measures.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FigureContext<'a> {
    /// khoảng, gần, hơn, trên, dưới, xấp xỉ, tới, ít nhất, tối đa …
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<&'static str>,
    /// "low" or "high" for the bounds of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub range: Option<&'static str>,
    /// What the figure measures ("Tổng thu ngân sách Nhà nước"), as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<Text<'a>>,
    /// tăng, giảm, đạt, bằng, chiếm, vượt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub direction: Option<&'static str>,
}

/// A percentage: "15,9%" is 15.9. A range gives one entry per bound, each with the range's
/// text and span.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Percentage<'a> {
    pub text: Text<'a>,
    pub value: Decimal,
    #[serde(flatten)]
    pub span: Span,
    /// Percentage points ("2 điểm phần trăm").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub points: bool,
    #[serde(flatten)]
    pub context: FigureContext<'a>,
    /// Against what: "so với năm 2021", "dự toán năm".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Text<'a>>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// An amount of money: "14.732 tỷ đồng" is 14732000000000 VND.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Money<'a> {
    pub text: Text<'a>,
    /// Exact, in whole units of the currency.
    pub amount: Decimal,
    /// ISO 4217 code.
    pub currency: &'static str,
    #[serde(flatten)]
    pub span: Span,
    /// The unit of a price ("kg" in "50.000 đồng/kg").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<Text<'a>>,
    #[serde(flatten)]
    pub context: FigureContext<'a>,
    /// The rule that found it.
    pub rule: &'static str,
}

/// A sentence as written in records.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SentenceRecord<'a> {
    pub text: Text<'a>,
    #[serde(flatten)]
    pub span: Span,
}

/// A syllable token as written in records: surface text, kind and span.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TokenRecord<'a> {
    pub text: Text<'a>,
    pub kind: TokenKind,
    #[serde(flatten)]
    pub span: Span,
}

/// A word as written in records: its surface and span.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct WordRecord<'a> {
    pub text: Text<'a>,
    #[serde(flatten)]
    pub span: Span,
}

/// The record of an article that could not be processed.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(deny_unknown_fields)]
pub struct ErrorRecord<'a> {
    #[schemars(extend("const" = SCHEMA_VERSION))]
    pub schema: &'static str,
    pub id: &'a str,
    pub source: &'a str,
    pub error: ErrorBody<'a>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
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

/// A line of `extract` output: a record or an error record (for the schema).
#[derive(JsonSchema)]
#[schemars(
    title = "vnextract record",
    description = "One line of `vnextract extract` output: the record of one input article, or the error record of an article that could not be processed. Offsets are Unicode code points (start/end) and UTF-8 bytes (byte_start/byte_end) into the original text, end-exclusive."
)]
#[serde(untagged)]
// Never built: it only describes a line for the schema.
#[allow(dead_code, clippy::large_enum_variant)]
enum RecordLine<'a> {
    Record(Record<'a>),
    Error(ErrorRecord<'a>),
}

/// The JSON Schema of a line of `extract` output, generated from the record types; the file
/// `schema/record.schema.json` is this, pretty-printed.
pub fn json_schema() -> serde_json::Value {
    // Records are written, never read: fields left out when empty are not required.
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<RecordLine<'static>>();
    serde_json::to_value(schema).unwrap_or(serde_json::Value::Null)
}

/// Text and spans of byte ranges of one article's original text.
pub struct Spans<'a> {
    text: &'a str,
    chars: CharIndex<'a>,
}

impl<'a> Spans<'a> {
    pub fn new(text: &'a str) -> Self {
        Spans {
            text,
            chars: CharIndex::new(text),
        }
    }

    /// The text of a byte range ("" when it does not fit the text).
    pub fn text(&self, bytes: &Range<usize>) -> Text<'a> {
        Cow::Borrowed(self.text.get(bytes.clone()).unwrap_or(""))
    }

    /// The code-point index of the text, for the other arrays of its record.
    pub fn chars(&self) -> &CharIndex<'a> {
        &self.chars
    }

    pub fn span(&self, bytes: &Range<usize>) -> Span {
        self.chars.span(bytes.start, bytes.end)
    }

    fn mention(&self, bytes: &Range<usize>) -> Mention<'a> {
        Mention {
            text: self.text(bytes),
            span: self.span(bytes),
        }
    }

    /// Parts of a resolved organization, joined with spaces; `None` when there are none.
    fn joined(&self, parts: &[Range<usize>]) -> Option<String> {
        (!parts.is_empty()).then(|| {
            parts
                .iter()
                .map(|r| self.text(r))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }
}

impl<'a> Record<'a> {
    /// The record of `article` with what the extractors found in it; `lexicon` expands the
    /// abbreviations of organizations. The optional arrays are left out.
    pub fn new(
        article: &'a Article,
        found: &Found,
        spans: &Spans<'a>,
        lexicon: &OfficialLexicon,
    ) -> Self {
        Record {
            schema: SCHEMA_VERSION,
            id: Cow::Borrowed(&article.id),
            source: Cow::Borrowed(&article.source),
            title: article.title.as_deref().map(Cow::Borrowed),
            url: article.url.as_deref().map(Cow::Borrowed),
            published: article.published.as_deref().map(Cow::Borrowed),
            text: None,
            fields: (!article.kept.is_empty()).then_some(Cow::Borrowed(&article.kept)),
            officials: found
                .get::<OfficialMention>()
                .iter()
                .map(|o| Official::from_mention(o, spans, lexicon))
                .collect(),
            titles: found
                .get::<TitleMention>()
                .iter()
                .map(|t| Title::from_mention(t, spans))
                .collect(),
            awards: found
                .get::<AwardMention>()
                .iter()
                .map(|a| Award::from_mention(a, spans))
                .collect(),
            percentages: found
                .get::<PercentMention>()
                .iter()
                .map(|p| Percentage::from_mention(p, spans))
                .collect(),
            money: found
                .get::<MoneyMention>()
                .iter()
                .map(|m| Money::from_mention(m, spans))
                .collect(),
            sentences: None,
            tokens: None,
            words: None,
            hf_ids: None,
        }
    }

    /// The same record owning its text, so that it outlives the article.
    pub fn into_owned(self) -> Record<'static> {
        let own = |t: Text<'_>| -> Text<'static> { Cow::Owned(t.into_owned()) };
        let own_all = |v: Vec<Mention<'_>>| v.into_iter().map(Mention::into_owned).collect();
        Record {
            schema: self.schema,
            id: own(self.id),
            source: own(self.source),
            title: self.title.map(own),
            url: self.url.map(own),
            published: self.published.map(own),
            text: self.text.map(own),
            fields: self.fields.map(|f| Cow::Owned(f.into_owned())),
            officials: self
                .officials
                .into_iter()
                .map(|o| Official {
                    name: own(o.name),
                    role: own(o.role),
                    organization: own(o.organization),
                    organization_expanded: o.organization_expanded,
                    organization_resolved: o.organization_resolved,
                    former: o.former,
                    rank: o.rank.map(own),
                    span: o.span,
                    mentions: own_all(o.mentions),
                    rule: o.rule,
                })
                .collect(),
            titles: self
                .titles
                .into_iter()
                .map(|t| Title {
                    text: own(t.text),
                    role: own(t.role),
                    organization: own(t.organization),
                    organization_resolved: t.organization_resolved,
                    mentions: own_all(t.mentions),
                    holders: t.holders.into_iter().map(own).collect(),
                })
                .collect(),
            awards: self
                .awards
                .into_iter()
                .map(|a| Award {
                    text: own(a.text),
                    name: own(a.name),
                    recipient: a.recipient.map(own),
                    ..a
                })
                .collect(),
            percentages: self
                .percentages
                .into_iter()
                .map(|p| Percentage {
                    text: own(p.text),
                    context: p.context.into_owned(),
                    baseline: p.baseline.map(own),
                    ..p
                })
                .collect(),
            money: self
                .money
                .into_iter()
                .map(|m| Money {
                    text: own(m.text),
                    per: m.per.map(own),
                    context: m.context.into_owned(),
                    ..m
                })
                .collect(),
            sentences: self.sentences.map(|all| {
                all.into_iter()
                    .map(|s| SentenceRecord {
                        text: own(s.text),
                        span: s.span,
                    })
                    .collect()
            }),
            tokens: self.tokens.map(|all| {
                all.into_iter()
                    .map(|t| TokenRecord {
                        text: own(t.text),
                        ..t
                    })
                    .collect()
            }),
            words: self.words.map(|all| {
                all.into_iter()
                    .map(|w| WordRecord {
                        text: own(w.text),
                        span: w.span,
                    })
                    .collect()
            }),
            hf_ids: self.hf_ids,
        }
    }
}

impl Mention<'_> {
    fn into_owned(self) -> Mention<'static> {
        Mention {
            text: Cow::Owned(self.text.into_owned()),
            span: self.span,
        }
    }
}

impl FigureContext<'_> {
    fn into_owned(self) -> FigureContext<'static> {
        FigureContext {
            measure: self.measure.map(|m| Cow::Owned(m.into_owned())),
            qualifier: self.qualifier,
            range: self.range,
            direction: self.direction,
        }
    }
}

impl<'a> Official<'a> {
    fn from_mention(o: &OfficialMention, spans: &Spans<'a>, lexicon: &OfficialLexicon) -> Self {
        let organization = o
            .organization
            .as_ref()
            .map_or(Cow::Borrowed(""), |r| spans.text(r));
        Official {
            name: spans.text(&o.name),
            role: spans.text(&o.role),
            organization_expanded: lexicon.expand(&organization),
            organization,
            organization_resolved: spans.joined(&o.organization_resolved),
            former: o.former,
            rank: o.rank.as_ref().map(|r| spans.text(r)),
            span: spans.span(&o.name),
            mentions: o.mentions.iter().map(|r| spans.mention(r)).collect(),
            rule: o.rule,
        }
    }
}

impl<'a> Title<'a> {
    fn from_mention(t: &TitleMention, spans: &Spans<'a>) -> Self {
        Title {
            text: t
                .mentions
                .first()
                .map_or(Cow::Borrowed(""), |r| spans.text(r)),
            role: spans.text(&t.role),
            organization: t
                .organization
                .as_ref()
                .map_or(Cow::Borrowed(""), |r| spans.text(r)),
            organization_resolved: spans.joined(&t.organization_resolved),
            mentions: t.mentions.iter().map(|r| spans.mention(r)).collect(),
            holders: t.holders.iter().map(|r| spans.text(r)).collect(),
        }
    }
}

impl<'a> Award<'a> {
    fn from_mention(a: &AwardMention, spans: &Spans<'a>) -> Self {
        Award {
            text: spans.text(&a.bytes),
            kind: a.kind,
            name: spans.text(&a.name),
            recipient: a.recipient.as_ref().map(|r| spans.text(r)),
            count: a.count,
            span: spans.span(&a.bytes),
            rule: a.rule,
        }
    }
}

impl<'a> Percentage<'a> {
    fn from_mention(p: &PercentMention, spans: &Spans<'a>) -> Self {
        Percentage {
            text: spans.text(&p.bytes),
            value: p.value,
            span: spans.span(&p.bytes),
            points: p.points,
            context: FigureContext {
                qualifier: p.qualifier,
                range: p.bound,
                measure: p.measure.as_ref().map(|r| spans.text(r)),
                direction: p.direction,
            },
            baseline: p.baseline.as_ref().map(|r| spans.text(r)),
            rule: p.rule,
        }
    }
}

impl<'a> Money<'a> {
    fn from_mention(m: &MoneyMention, spans: &Spans<'a>) -> Self {
        Money {
            text: spans.text(&m.bytes),
            amount: m.amount,
            currency: m.currency,
            span: spans.span(&m.bytes),
            per: m.per.as_ref().map(|r| spans.text(r)),
            context: FigureContext {
                qualifier: m.qualifier,
                range: m.bound,
                measure: m.measure.as_ref().map(|r| spans.text(r)),
                direction: m.direction,
            },
            rule: m.rule,
        }
    }
}

/// The tokens of `segmented` with their surface, kind and span in `original`, which
/// `chars` indexes.
pub fn token_records<'t>(
    segmented: &Segmented,
    original: &'t str,
    chars: &CharIndex<'_>,
) -> Vec<TokenRecord<'t>> {
    let mut cursor = chars.cursor();
    segmented
        .tokens
        .iter()
        .map(|t| TokenRecord {
            text: Cow::Borrowed(t.text(original)),
            kind: t.kind,
            span: cursor.span(t.bytes.start, t.bytes.end),
        })
        .collect()
}

/// The sentences of `segmented` with their surface and span in `original`, which `chars`
/// indexes.
pub fn sentence_records<'t>(
    segmented: &Segmented,
    original: &'t str,
    chars: &CharIndex<'_>,
) -> Vec<SentenceRecord<'t>> {
    let mut cursor = chars.cursor();
    segmented
        .sentences
        .iter()
        .map(|s| SentenceRecord {
            text: Cow::Borrowed(original.get(s.bytes.clone()).unwrap_or("")),
            span: cursor.span(s.bytes.start, s.bytes.end),
        })
        .collect()
}

/// Words as record entries, with their surface and span in `original`, which `chars`
/// indexes.
pub fn word_records<'t>(
    words: &[Word],
    original: &'t str,
    chars: &CharIndex<'_>,
) -> Vec<WordRecord<'t>> {
    let mut cursor = chars.cursor();
    words
        .iter()
        .map(|w| WordRecord {
            text: Cow::Borrowed(original.get(w.bytes.clone()).unwrap_or("")),
            span: cursor.span(w.bytes.start, w.bytes.end),
        })
        .collect()
}
