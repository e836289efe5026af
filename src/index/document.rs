//! One article as the JSON document that [`super::IndexSink`] adds to the index.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::{Map, Value};
use tantivy::schema::Facet;

use crate::io::Item;
use crate::output::{Rendered, json_line};
use crate::pipeline::Pipeline;
use crate::record::{ErrorRecord, Record};
use crate::segment::word::join_underscored;

/// The document of one article, named by the index's field names.
#[derive(Serialize)]
struct Document<'r> {
    id: &'r str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'r str>,
    text: &'r str,
    words: String,
    folded: &'r str,
    official: Vec<&'r str>,
    role: Vec<&'r str>,
    organization: Vec<&'r str>,
    entity: BTreeSet<String>,
    money: BTreeMap<&'r str, Vec<f64>>,
    currency: Vec<&'r str>,
    percent: Vec<f64>,
    /// The record without its text and words, which the index holds already.
    record: String,
}

/// The document of one article as a JSON line, or its error record (`ok: false`).
/// `pipeline` must find words and keep the text ([`crate::PipelineBuilder::words`],
/// [`crate::PipelineBuilder::text`]).
pub fn render_document(pipeline: &Pipeline, item: &Item) -> Rendered {
    let processed = item.article().and_then(|article| {
        let record = pipeline.process(&article)?;
        Ok(document_line(record))
    });
    match processed {
        Ok(bytes) => Rendered { bytes, ok: true },
        Err(error) => Rendered {
            bytes: json_line(&ErrorRecord::from(&error)),
            ok: false,
        },
    }
}

fn document_line(mut record: Record<'_>) -> Vec<u8> {
    let text = record.text.take().unwrap_or_default();
    let words = record.words.take().unwrap_or_default();
    let words = join_underscored(words.iter().map(|w| w.text.as_ref()));
    let stored = stored_record(&record);
    let organizations = record.officials.iter().map(|o| {
        o.organization_resolved
            .as_deref()
            .unwrap_or(o.organization.as_ref())
    });
    let organization: Vec<&str> = organizations.filter(|o| !o.is_empty()).collect();
    let official: Vec<&str> = record.officials.iter().map(|o| o.name.as_ref()).collect();
    let role: Vec<&str> = record.officials.iter().map(|o| o.role.as_ref()).collect();
    // Once per article: a facet counts the articles that name it.
    let facets = |kind: &str, values: &[&str]| -> BTreeSet<String> {
        values
            .iter()
            .map(|v| Facet::from_path([kind, v]).to_path_string())
            .collect()
    };
    let mut entity = facets("official", &official);
    entity.extend(facets("role", &role));
    entity.extend(facets("organization", &organization));
    let document = Document {
        id: &record.id,
        title: record.title.as_deref(),
        text: text.as_ref(),
        words,
        folded: text.as_ref(),
        entity,
        official,
        role,
        organization,
        money: amounts_by_currency(&record),
        currency: record.money.iter().map(|m| m.currency).collect(),
        percent: record
            .percentages
            .iter()
            .map(|p| p.value.to_f64())
            .collect(),
        record: stored,
    };
    json_line(&document)
}

fn amounts_by_currency<'r>(record: &'r Record<'_>) -> BTreeMap<&'r str, Vec<f64>> {
    let mut amounts: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for money in &record.money {
        let of_currency = amounts.entry(money.currency).or_default();
        of_currency.push(money.amount.to_f64());
    }
    amounts
}

/// The record as stored, each amount of money with its digits in `amount_exact` beside
/// `amount`, which a JSON reader may round.
fn stored_record(record: &Record<'_>) -> String {
    let line = json_line(record);
    let Ok(mut stored) = serde_json::from_slice::<Map<String, Value>>(&line) else {
        return String::from_utf8_lossy(&line).trim_end().to_string();
    };
    if let Some(Value::Array(entries)) = stored.get_mut("money") {
        for (entry, money) in entries.iter_mut().zip(&record.money) {
            if let Value::Object(entry) = entry {
                let exact = Value::String(money.amount.to_string());
                entry.insert("amount_exact".to_string(), exact);
            }
        }
    }
    Value::Object(stored).to_string()
}
