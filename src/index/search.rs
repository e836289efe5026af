//! Queries over the index: words, syllables and folded text searched together, entity and
//! number filters, snippets and facets.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Serialize;
use serde_json::Value;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Facet, Field, IndexRecordOption, Value as _};
use tantivy::snippet::SnippetGenerator;
use tantivy::{TantivyDocument, Term};

use super::value_range::{Filtered, ValueRange};
use super::{Fields, IndexError, SearchIndex};
use crate::pipeline::Pipeline;
use crate::segment::word::underscored;

/// A query: text, filters, and how many articles to return.
#[derive(Debug, Clone, Default)]
pub struct Search<'q> {
    /// Words to find; may be empty when a filter is given.
    pub query: &'q str,
    /// An official's name, role or organization, matched whole, without regard to case or
    /// diacritics ("pham tuan long" is "Phạm Tuấn Long").
    pub official: Option<&'q str>,
    pub role: Option<&'q str>,
    pub organization: Option<&'q str>,
    /// An amount of money in `currency` (VND when not given) at least / at most this.
    pub money_min: Option<f64>,
    pub money_max: Option<f64>,
    pub currency: Option<&'q str>,
    /// A percentage at least this.
    pub percent_min: Option<f64>,
    pub limit: usize,
    /// Count the officials, roles and organizations of every article found
    /// ([`Results::facets`]); it costs time in proportion to the articles found.
    pub facets: bool,
}

/// One article found.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    pub id: String,
    pub score: f32,
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The input fields kept with `--keep-field`, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<Value>,
    /// A passage of the text around the best match.
    pub snippet: String,
    /// Byte ranges of the snippet that matched the query.
    pub highlights: Vec<Range<usize>>,
    /// The article's officials, amounts and percentages that the filters (or, without
    /// filters, the query) matched, as in its record.
    pub officials: Vec<Value>,
    pub money: Vec<Value>,
    pub percentages: Vec<Value>,
}

/// The articles found, best first, and (when asked) counts of the officials, roles and
/// organizations of every article that matched.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    /// Articles that matched (before the limit).
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: BTreeMap<&'static str, Vec<(String, u64)>>,
}

/// How much the fields count: a phrase of whole words first, then all the syllables
/// anywhere, then without diacritics. (A phrase of syllables as well halved the speed of
/// a query that matches many articles, and the phrase of words mostly covers it.)
const WORD_PHRASE: f32 = 4.0;
const ALL_SYLLABLES: f32 = 1.0;
const FOLDED: f32 = 0.3;

const FACETS: [&str; 3] = ["official", "role", "organization"];
/// Facet values returned per kind.
const TOP_FACETS: usize = 10;
const SNIPPET_CHARS: usize = 240;

/// Runs `search` on `index`; `pipeline` segments the query into words, and must be the
/// one (or segment like the one) that made the documents.
pub fn search(
    index: &SearchIndex,
    pipeline: &Pipeline,
    search: &Search<'_>,
) -> Result<Results, IndexError> {
    let fields = index.fields;
    let analyze = |field: Field, text: &str| analyze(index, field, text);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut text_query: Option<Box<dyn Query>> = None;
    let query = search.query.trim();
    if !query.is_empty() {
        let syllables = analyze(fields.text, query)?;
        if syllables.is_empty() {
            return Err(IndexError::Query(format!(
                "{query:?} has no words to search for"
            )));
        }
        let words = analyze(fields.words, &segmented(pipeline, query))?;
        let titles = analyze(fields.title, query)?;
        let folded = analyze(fields.folded, query)?;
        let all_syllables = all_of(&syllables);
        text_query = Some(all_syllables.box_clone());
        let ways: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Should, boosted(phrase(&words), WORD_PHRASE)),
            (Occur::Should, boosted(all_syllables, ALL_SYLLABLES)),
            (Occur::Should, boosted(all_of(&titles), ALL_SYLLABLES)),
            (Occur::Should, boosted(all_of(&folded), FOLDED)),
        ];
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(ways))));
    }
    let filters = [
        (fields.official, search.official),
        (fields.role, search.role),
        (fields.organization, search.organization),
    ];
    for (field, value) in filters {
        if let Some(value) = value {
            let terms = analyze(field, value.trim())?;
            clauses.push((Occur::Must, filter(all_of(&terms))));
        }
    }
    let money_range = search.money_min.is_some() || search.money_max.is_some();
    let currency = search
        .currency
        .map(|c| c.trim().to_uppercase())
        .or_else(|| money_range.then(|| "VND".to_string()));
    if let Some(code) = currency.as_deref().filter(|_| !money_range) {
        let term = Term::from_field_text(fields.currency, code);
        clauses.push((Occur::Must, filter(Box::new(term_query(term)))));
    }
    let mut ranges = Vec::new();
    let column = |field: Field| index.index.schema().get_field_name(field).to_string();
    // Amounts are indexed under their currency's path, so the range is the currency's.
    if let Some(code) = currency.as_deref().filter(|_| money_range) {
        let path = format!("{}.{code}", column(fields.money));
        let (min, max) = (search.money_min, search.money_max);
        ranges.push(ValueRange::new(path, min, max, index.values.clone()));
    }
    if search.percent_min.is_some() {
        let (min, path) = (search.percent_min, column(fields.percent));
        ranges.push(ValueRange::new(path, min, None, index.values.clone()));
    }
    if clauses.is_empty() && ranges.is_empty() {
        return Err(IndexError::Query(
            "give words to search for, or a filter".to_string(),
        ));
    }
    // Ranges check the documents of the other clauses, or every document without them.
    let others: Box<dyn Query> = if clauses.is_empty() {
        filter(Box::new(AllQuery))
    } else {
        Box::new(BooleanQuery::new(clauses))
    };
    let query: Box<dyn Query> = if ranges.is_empty() {
        others
    } else {
        Box::new(Filtered::new(others, ranges))
    };

    let searcher = index.searcher()?;
    let wanted = TopDocs::with_limit(search.limit.max(1));
    let (top, total) = searcher.search(query.as_ref(), &(wanted, Count))?;
    let mut facet_lists = BTreeMap::new();
    if search.facets {
        let mut facets = FacetCollector::for_field(searcher.schema().get_field_name(fields.entity));
        for kind in FACETS {
            facets.add_facet(Facet::from_path([kind]));
        }
        let counts = searcher.search(query.as_ref(), &facets)?;
        for kind in FACETS {
            let top = counts.top_k(Facet::from_path([kind]), TOP_FACETS);
            let top = top
                .into_iter()
                .map(|(facet, n)| (facet.to_path().last().unwrap_or(&"").to_string(), n));
            facet_lists.insert(kind, top.collect());
        }
    }
    let snippets = match &text_query {
        Some(q) => {
            let mut generator = SnippetGenerator::create(&searcher, q.as_ref(), fields.text)?;
            generator.set_max_num_chars(SNIPPET_CHARS);
            Some(generator)
        }
        None => None,
    };
    let matcher = Matcher::new(index, search, currency)?;
    let mut hits = Vec::new();
    for (score, address) in top.into_iter().take(search.limit) {
        let document: TantivyDocument = searcher.doc(address)?;
        hits.push(hit_of(
            &document,
            score,
            fields,
            snippets.as_ref(),
            &matcher,
        ));
    }
    Ok(Results {
        total,
        hits,
        facets: facet_lists,
    })
}

/// The query's words, each with "_" inside it, as the `words` field holds them.
fn segmented(pipeline: &Pipeline, query: &str) -> String {
    let analysis = pipeline.analyze(query);
    pipeline
        .words(&analysis)
        .iter()
        .filter_map(|w| query.get(w.bytes.clone()))
        .map(underscored)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The terms `field`'s tokenizer makes of `text`.
fn analyze(index: &SearchIndex, field: Field, text: &str) -> Result<Vec<Term>, IndexError> {
    let mut analyzer = index.index.tokenizer_for_field(field)?;
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    stream.process(&mut |token| terms.push(Term::from_field_text(field, &token.text)));
    Ok(terms)
}

fn term_query(term: Term) -> TermQuery {
    TermQuery::new(term, IndexRecordOption::WithFreqs)
}

/// Every term, anywhere.
fn all_of(terms: &[Term]) -> Box<dyn Query> {
    let clauses = terms
        .iter()
        .map(|t| {
            (
                Occur::Must,
                Box::new(term_query(t.clone())) as Box<dyn Query>,
            )
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// The terms in this order, side by side.
fn phrase(terms: &[Term]) -> Box<dyn Query> {
    match terms {
        [] => Box::new(BooleanQuery::new(Vec::new())),
        [one] => Box::new(term_query(one.clone())),
        _ => Box::new(PhraseQuery::new(terms.to_vec())),
    }
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

/// A clause that selects without changing the score.
fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// Which of a record's entities a query matched, compared as the index compares them.
struct Matcher<'s> {
    official: Option<String>,
    role: Option<String>,
    organization: Option<String>,
    /// The folded query, to pick officials named in it when no entity filter is given.
    query: Option<String>,
    currency: Option<String>,
    search: &'s Search<'s>,
    index: &'s SearchIndex,
}

impl<'s> Matcher<'s> {
    fn new(
        index: &'s SearchIndex,
        search: &'s Search<'s>,
        currency: Option<String>,
    ) -> Result<Self, IndexError> {
        let fold = |value: Option<&str>| fold(index, value.unwrap_or_default());
        Ok(Matcher {
            official: search.official.map(|v| fold(Some(v))).transpose()?,
            role: search.role.map(|v| fold(Some(v))).transpose()?,
            organization: search.organization.map(|v| fold(Some(v))).transpose()?,
            query: Some(fold(Some(search.query))?).filter(|q| !q.is_empty()),
            currency,
            search,
            index,
        })
    }

    fn official(&self, official: &Value) -> bool {
        let field = |name: &str| official.get(name).and_then(Value::as_str).unwrap_or("");
        let same = |wanted: &Option<String>, value: &str| {
            wanted
                .as_ref()
                .is_none_or(|w| fold(self.index, value).is_ok_and(|v| &v == w))
        };
        let organization = official
            .get("organization_resolved")
            .and_then(Value::as_str)
            .unwrap_or(field("organization"));
        let filtered =
            self.official.is_some() || self.role.is_some() || self.organization.is_some();
        if filtered {
            return same(&self.official, field("name"))
                && same(&self.role, field("role"))
                && (same(&self.organization, organization)
                    || same(&self.organization, field("organization")));
        }
        // Without filters: the officials the query names.
        match (&self.query, fold(self.index, field("name"))) {
            (Some(query), Ok(name)) => !name.is_empty() && query.contains(&name),
            _ => false,
        }
    }

    fn money(&self, money: &Value) -> bool {
        let Some(currency) = &self.currency else {
            return false;
        };
        let amount = money.get("amount").and_then(Value::as_f64);
        money.get("currency").and_then(Value::as_str) == Some(currency.as_str())
            && amount.is_some_and(|a| {
                self.search.money_min.is_none_or(|min| a >= min)
                    && self.search.money_max.is_none_or(|max| a <= max)
            })
    }

    fn percentage(&self, percentage: &Value) -> bool {
        let value = percentage.get("value").and_then(Value::as_f64);
        self.search
            .percent_min
            .is_some_and(|min| value.is_some_and(|v| v >= min))
    }
}

/// `value` lower-cased and without diacritics, as the entity fields hold it.
fn fold(index: &SearchIndex, value: &str) -> Result<String, IndexError> {
    let mut analyzer = index.index.tokenizer_for_field(index.fields.official)?;
    let mut stream = analyzer.token_stream(value.trim());
    let mut folded = String::new();
    stream.process(&mut |token| folded.push_str(&token.text));
    Ok(folded)
}

/// The hit of a stored document.
fn hit_of(
    document: &TantivyDocument,
    score: f32,
    fields: Fields,
    snippets: Option<&SnippetGenerator>,
    matcher: &Matcher<'_>,
) -> Hit {
    let text_of = |field: Field| {
        document
            .get_first(field)
            .and_then(|v| v.as_str())
            .map(str::to_string)
    };
    let record: Value = text_of(fields.record)
        .and_then(|r| serde_json::from_str(&r).ok())
        .unwrap_or(Value::Null);
    let list = |name: &str| {
        record
            .get(name)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let money: Vec<Value> = list("money")
        .into_iter()
        .filter(|m| matcher.money(m))
        .collect();
    let text = text_of(fields.text).unwrap_or_default();
    let (snippet, highlights) = match snippets.map(|g| g.snippet(&text)) {
        Some(s) if !s.fragment().is_empty() => (s.fragment().to_string(), s.highlighted().to_vec()),
        _ => (opening(&text), Vec::new()),
    };
    Hit {
        id: text_of(fields.id).unwrap_or_default(),
        score,
        title: text_of(fields.title),
        url: record["url"].as_str().map(str::to_string),
        published: record["published"].as_str().map(str::to_string),
        fields: record.get("fields").cloned(),
        snippet,
        highlights,
        officials: list("officials")
            .into_iter()
            .filter(|o| matcher.official(o))
            .collect(),
        money,
        percentages: list("percentages")
            .into_iter()
            .filter(|p| matcher.percentage(p))
            .collect(),
    }
}

/// The text's first characters, cut at a space, for a hit that no text query matched.
fn opening(text: &str) -> String {
    let end = text
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..end]
        .rfind(' ')
        .filter(|&i| end < text.len() && i > 0)
        .unwrap_or(end);
    text[..cut].to_string()
}
