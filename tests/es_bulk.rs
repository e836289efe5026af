//! `extract --format es-bulk` and `vnextract mapping`: every field a record or a `_bulk`
//! document can have is mapped, and each bulk line pair round-trips to the CLI's record.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn vnextract() -> Command {
    Command::new(assert_cmd::cargo::cargo_bin!("vnextract"))
}

fn lines(stdout: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

fn mapping(engine: &str) -> Value {
    let out = vnextract()
        .args(["mapping", "--engine", engine])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).expect("the mapping is JSON")
}

/// Whether `path` ("officials.mentions.text") has a mapping; inside an object mapped with
/// `"enabled": false` (kept, not indexed) or `"dynamic": true` (mapped as met) everything is.
fn is_mapped(mapping: &Value, path: &str) -> bool {
    let mut node = &mapping["mappings"];
    for part in path.split('.') {
        // Not indexed, or mapped by the engine from the values it meets.
        if node["enabled"] == Value::Bool(false) || node["dynamic"] == Value::Bool(true) {
            return true;
        }
        node = &node["properties"][part];
        if node.is_null() {
            return false;
        }
    }
    true
}

/// Every leaf path of a JSON value, arrays looked through.
fn paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                paths(v, &path, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| paths(v, prefix, out)),
        _ => {
            out.insert(prefix.to_string());
        }
    }
}

/// Every property path the record JSON Schema allows (records and error records).
fn schema_paths(schema: &Value, node: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    if let Some(reference) = node["$ref"].as_str() {
        let name = reference.trim_start_matches("#/$defs/");
        return schema_paths(schema, &schema["$defs"][name], prefix, out);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(options) = node[key].as_array() {
            options
                .iter()
                .for_each(|o| schema_paths(schema, o, prefix, out));
        }
    }
    if !node["items"].is_null() {
        schema_paths(schema, &node["items"], prefix, out);
    }
    if let Some(properties) = node["properties"].as_object() {
        for (key, child) in properties {
            let path = if prefix.is_empty() {
                key.clone()
            } else {
                format!("{prefix}.{key}")
            };
            out.insert(path.clone());
            schema_paths(schema, child, &path, out);
        }
    }
}

#[test]
fn every_field_of_the_record_schema_is_mapped_for_both_engines() {
    let schema = vnextract::record::json_schema();
    let mut all = BTreeSet::new();
    schema_paths(&schema, &schema, "", &mut all);
    assert!(all.contains("officials.mentions.byte_end"), "{all:?}");
    assert!(all.contains("error.kind"), "{all:?}");
    for engine in ["elasticsearch", "opensearch"] {
        let mapping = mapping(engine);
        let unmapped: Vec<&String> = all.iter().filter(|p| !is_mapped(&mapping, p)).collect();
        assert!(unmapped.is_empty(), "{engine}: unmapped {unmapped:?}");
        for extra in ["text_words", "money.amount_exact"] {
            assert!(is_mapped(&mapping, extra), "{engine}: {extra}");
        }
        // Only stock analyzers: whitespace and standard tokenizers, stock filters.
        let analyzers = &mapping["settings"]["analysis"]["analyzer"];
        for (_, analyzer) in analyzers.as_object().unwrap() {
            let tokenizer = analyzer["tokenizer"].as_str().unwrap();
            assert!(
                ["whitespace", "standard"].contains(&tokenizer),
                "{analyzer}"
            );
        }
    }
}

#[test]
fn bulk_lines_round_trip_to_the_clis_records() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = [root.join("corpus/gold"), root.join("corpus/sample")];
    let bulk = vnextract()
        .args([
            "extract",
            "--format",
            "es-bulk",
            "--index-name",
            "news",
            "-q",
        ])
        .args(["--sentences", "--tokens"])
        .args(&corpus)
        .output()
        .unwrap();
    assert!(bulk.status.success());
    let records = vnextract()
        .args(["extract", "--with-text", "--sentences", "--tokens", "-q"])
        .args(&corpus)
        .output()
        .unwrap();
    let bulk = lines(&bulk.stdout);
    let records = lines(&records.stdout);
    assert!(records.len() >= 30);
    assert_eq!(
        bulk.len(),
        2 * records.len(),
        "an action and a document per record"
    );
    let mapping = mapping("elasticsearch");
    let mut amounts = 0;
    for (pair, record) in bulk.chunks(2).zip(&records) {
        let (action, document) = (&pair[0], &pair[1]);
        assert_eq!(action["index"]["_index"], "news");
        assert_eq!(action["index"]["_id"], record["id"]);
        let mut fields = BTreeSet::new();
        paths(document, "", &mut fields);
        let unmapped: Vec<&String> = fields.iter().filter(|p| !is_mapped(&mapping, p)).collect();
        assert!(unmapped.is_empty(), "unmapped {unmapped:?}");

        if document.get("error").is_some() {
            assert_eq!(document, record);
            continue;
        }
        let words = document["text_words"].as_str().unwrap();
        assert!(!words.is_empty() && !words.contains("  "));
        let mut stripped = document.clone();
        stripped.as_object_mut().unwrap().remove("text_words");
        let money = stripped["money"].as_array_mut().into_iter().flatten();
        for money in money {
            let exact = money
                .as_object_mut()
                .unwrap()
                .remove("amount_exact")
                .unwrap();
            if let Some(amount) = money["amount"].as_u64() {
                assert_eq!(exact, amount.to_string());
                amounts += 1;
            }
        }
        assert_eq!(&stripped, record);
    }
    assert!(amounts > 10);
    let words = bulk[1]["text_words"].as_str().unwrap();
    assert!(
        words.contains(" ngân_sách ") && words.contains("Chủ_tịch"),
        "{words}"
    );
}

#[test]
fn an_article_that_fails_is_indexed_as_its_error_record() {
    let input = "{\"id\": \"ok\", \"text\": \"Chủ tịch UBND quận cho biết thu 5 tỷ đồng.\"}\n{\"id\": \"bad\"}\n";
    let out = vnextract()
        .args(["extract", "--format", "es-bulk", "--index-name", "news"])
        .args(["--input-format", "jsonl", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let bulk = lines(&out.stdout);
    assert_eq!(bulk.len(), 4);
    assert_eq!(
        bulk[1]["text_words"],
        "Chủ_tịch UBND quận cho biết thu 5 tỷ đồng ."
    );
    assert_eq!(bulk[1]["money"][0]["amount_exact"], "5000000000");
    assert_eq!(bulk[2]["index"]["_id"], "bad");
    assert_eq!(bulk[3]["error"]["kind"], "missing_field");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 articles: 1 ok, 1 errors"), "{stderr}");
}

#[test]
fn es_bulk_needs_an_index_name_and_cannot_resume() {
    let out = vnextract()
        .args(["extract", "--format", "es-bulk", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--index-name"));
    let dir = tempfile::tempdir().unwrap();
    let out = vnextract()
        .current_dir(dir.path())
        .args([
            "extract",
            "--format",
            "es-bulk",
            "--index-name",
            "n",
            "--resume",
        ])
        .args(["-o", "out.ndjson", "-"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--resume needs --format jsonl"));
}
