//! Real output validates against the shipped JSON Schema.

use std::path::Path;

use vnextract::batch::render_record;
use vnextract::io::{InputOptions, Item, read_inputs};
use vnextract::{Article, Pipeline};

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/record.schema.json");
    let text = std::fs::read_to_string(path).expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn check(validator: &jsonschema::Validator, line: &[u8]) {
    let value: serde_json::Value = serde_json::from_slice(line).expect("record is JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{value}");
}

#[test]
fn corpus_records_match_the_schema() {
    let validator = schema();
    let pipeline = Pipeline::builder()
        .text(true)
        .sentences(true)
        .tokens(true)
        .words(true)
        .build();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut count = 0;
    read_inputs(
        &[corpus.to_string_lossy().into_owned()],
        &InputOptions::default(),
        &mut |item| {
            check(&validator, &render_record(&pipeline, &item).bytes);
            count += 1;
            true
        },
    );
    assert!(
        count >= 30,
        "the corpus has at least 30 articles, found {count}"
    );
}

#[test]
fn error_records_match_the_schema() {
    let validator = schema();
    let pipeline = Pipeline::default();
    let empty = Item::Article(Article::new("e1", "  \n"));
    check(&validator, &render_record(&pipeline, &empty).bytes);
    let broken =
        vnextract::io::parse_article(b"{\"id\": 1", &InputOptions::default(), "f:1".into());
    let item = Item::Error(broken.expect_err("broken JSON is an error"));
    check(&validator, &render_record(&pipeline, &item).bytes);
}

#[test]
fn schema_rejects_a_wrong_record() {
    let validator = schema();
    let wrong = serde_json::json!({"schema": "vnextract/1", "id": "x", "source": "s"});
    assert!(!validator.is_valid(&wrong));
}

/// The committed schema is the one generated from the record types. After changing a record
/// type, rewrite it with `VNEXTRACT_WRITE_SCHEMA=1 cargo test --test schema` (and note the
/// change in CHANGELOG.md).
#[test]
fn committed_schema_is_generated_from_the_types() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/record.schema.json");
    let generated = serde_json::to_string_pretty(&vnextract::record::json_schema())
        .expect("the schema serializes")
        + "\n";
    if std::env::var_os("VNEXTRACT_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("schema file written");
    }
    let committed = std::fs::read_to_string(&path).expect("schema file");
    assert!(
        committed == generated,
        "{} is not the schema generated from the record types; rewrite it with \
         VNEXTRACT_WRITE_SCHEMA=1 cargo test --test schema",
        path.display()
    );
}
