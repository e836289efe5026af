//! `vnextract eval` end to end: gold and prediction files, JSON, HTML and floors.

use std::fs;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::{Value, json};
use tempfile::TempDir;

/// Runs `vnextract ARGS`, which must succeed (its stderr shown if not), and gives its stdout.
fn stdout_of<A: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = A>) -> Vec<u8> {
    let out = cargo_bin_cmd!("vnextract").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// The JSON report of `vnextract ARGS`, which must succeed.
fn json_of<A: AsRef<std::ffi::OsStr>>(args: impl IntoIterator<Item = A>) -> Value {
    serde_json::from_slice(&stdout_of(args)).unwrap()
}

fn write_gold(dir: &TempDir) -> String {
    let gold = json!({
        "id": "g1",
        "text": "Phó Chủ tịch UBND tỉnh Lê Văn Hậu cho biết tổng thu đạt 2.150 tỷ đồng, tăng 12,5%.",
        "officials": [{"name": "Lê Văn Hậu", "role": "Phó Chủ tịch", "organization": "UBND tỉnh"}],
        "titles": [{"role": "Phó Chủ tịch", "organization": "UBND tỉnh"}],
        "percentages": [{"text": "12,5%", "value": 12.5}],
        "money": [{"text": "2.150 tỷ đồng", "amount": 2150000000000u64, "currency": "VND"}]
    });
    let path = dir.path().join("g.gold.jsonl");
    fs::write(&path, format!("{gold}\n")).unwrap();
    path.to_string_lossy().into_owned()
}

fn write_pred(dir: &TempDir) -> String {
    let pred = json!({
        "schema": "vnextract/1", "id": "g1", "source": "x", "title": null,
        "officials": [{"name": "Lê Văn Hậu", "role": "Phó Chủ tịch", "organization": "Ủy ban nhân dân tỉnh"}],
        "titles": [{"role": "Phó Chủ tịch", "organization": "Ủy ban nhân dân tỉnh"}],
        "percentages": [{"value": 12.5}, {"value": 3}],
        "money": [{"amount": 2150000000000u64, "currency": "USD"}]
    });
    let path = dir.path().join("p.jsonl");
    fs::write(&path, format!("{pred}\n")).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn scores_predictions_against_gold() {
    let dir = TempDir::new().unwrap();
    let (gold, pred) = (write_gold(&dir), write_pred(&dir));
    let report = json_of(["eval", "--json", "--gold", &gold, "--pred", &pred]);
    let total = |measure: &str| {
        report["totals"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t[0] == measure)
            .map(|t| {
                (
                    t[1]["tp"].as_u64().unwrap(),
                    t[1]["fp"].as_u64().unwrap(),
                    t[1]["fn"].as_u64().unwrap(),
                )
            })
            .unwrap()
    };
    assert_eq!(total("officials_full"), (1, 0, 0));
    assert_eq!(total("titles"), (1, 0, 0));
    assert_eq!(total("percentages"), (1, 1, 0));
    // The currency is wrong: the amount does not count.
    assert_eq!(total("money"), (0, 1, 1));
}

#[test]
fn table_lists_misses_with_their_sentence() {
    let dir = TempDir::new().unwrap();
    let (gold, pred) = (write_gold(&dir), write_pred(&dir));
    let out = cargo_bin_cmd!("vnextract")
        .args(["eval", "--gold", &gold, "--pred", &pred])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("percentages"), "{stdout}");
    assert!(stdout.contains("missed   money"), "{stdout}");
    assert!(
        stdout.contains("in: Phó Chủ tịch UBND tỉnh Lê Văn Hậu"),
        "{stdout}"
    );
    assert!(
        stdout.contains("spurious percentages          3"),
        "{stdout}"
    );
}

#[test]
fn html_report_and_floors() {
    let dir = TempDir::new().unwrap();
    let (gold, pred) = (write_gold(&dir), write_pred(&dir));
    let html = dir.path().join("r.html");
    let floors = dir.path().join("floors.txt");
    fs::write(
        &floors,
        "# format: vnextract-floors 1\npercentages 0.6\nmoney 0.5\n",
    )
    .unwrap();
    let out = cargo_bin_cmd!("vnextract")
        .args(["eval", "--summary", "--gold", &gold, "--pred", &pred])
        .arg("--html")
        .arg(&html)
        .arg("--floors")
        .arg(&floors)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "money F1 0 is under its floor");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("below floor: money F1 0.0000 < 0.5"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("percentages"),
        "percentages F1 0.67 passes its floor"
    );
    let page = fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!doctype html>"));
    assert!(page.contains("class=\"missed\""));

    fs::write(&floors, "money zero\n").unwrap();
    let out = cargo_bin_cmd!("vnextract")
        .args(["eval", "--gold", &gold, "--pred", &pred])
        .arg("--floors")
        .arg(&floors)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "a malformed floors file is fatal"
    );
}

#[test]
fn without_predictions_runs_the_extractor() {
    let dir = TempDir::new().unwrap();
    let gold = write_gold(&dir);
    let report = json_of(["eval", "--json", "--gold", &gold]);
    assert_eq!(report["articles"][0]["id"], "g1");
    assert_eq!(report["articles"][0]["missing"], false);
}

#[test]
fn malformed_gold_is_fatal_and_named() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("bad.gold.jsonl");
    fs::write(&path, "{\"id\": \"a\", \"text\": \"x\"}\n{oops\n").unwrap();
    let out = cargo_bin_cmd!("vnextract")
        .args(["eval", "--gold"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.gold.jsonl:2"), "{stderr}");
}

/// Stand-off gold names its article by id and the sha256 of its text; `--texts` joins the
/// text from article inputs, and refuses a changed text.
#[test]
fn stand_off_gold_takes_its_texts_from_articles_and_refuses_a_changed_one() {
    use sha2::{Digest, Sha256};
    let dir = TempDir::new().unwrap();
    let text = "Phó Chủ tịch UBND tỉnh Lê Văn Hậu cho biết tổng thu tăng 12,5%.";
    let sha: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let gold = json!({
        "id": "s1", "sha256": sha,
        "officials": [{"name": "Lê Văn Hậu", "role": "Phó Chủ tịch", "organization": "UBND tỉnh", "start": 23, "end": 33}],
        "percentages": [{"text": "12,5%", "value": 12.5, "start": 58, "end": 63}]
    });
    let gold_path = dir.path().join("standoff.gold.jsonl");
    fs::write(&gold_path, format!("{gold}\n")).unwrap();
    let articles = dir.path().join("articles.jsonl");
    let other = json!({"id": "other", "text": "Không liên quan."});
    fs::write(
        &articles,
        format!("{other}\n{}\n", json!({"id": "s1", "text": text})),
    )
    .unwrap();
    let report = json_of([
        "eval".as_ref(),
        "--json".as_ref(),
        "--gold".as_ref(),
        gold_path.as_os_str(),
        "--texts".as_ref(),
        articles.as_os_str(),
    ]);
    let totals = report["totals"].as_array().unwrap();
    let name = totals
        .iter()
        .find(|t| t[0] == "officials_name")
        .expect("officials.name scored");
    assert_eq!(name[1]["tp"], 1, "{report}");

    // The same id with another text: refused, naming the article.
    fs::write(
        &articles,
        format!("{}\n", json!({"id": "s1", "text": "Một văn bản khác."})),
    )
    .unwrap();
    cargo_bin_cmd!("vnextract")
        .args(["eval", "--gold"])
        .arg(&gold_path)
        .arg("--texts")
        .arg(&articles)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("s1"))
        .stderr(predicates::str::contains("sha256"));

    // No text at all: named too.
    cargo_bin_cmd!("vnextract")
        .args(["eval", "--gold"])
        .arg(&gold_path)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("s1"));
}

/// `train-officials` writes a names model that `eval --names-model` and `extract
/// --names-model` read; with an empty model no foreign name is found.
#[test]
fn trains_a_names_model_and_scores_with_it() {
    let dir = TempDir::new().unwrap();
    let article = |id: &str, text: &str, name: &str, role: &str, org: &str| {
        json!({"id": id, "text": text,
               "officials": [{"name": name, "role": role, "organization": org}],
               "titles": [{"role": role, "organization": org}],
               "percentages": [], "money": []})
    };
    let lines = [
        article(
            "t1",
            "Thủ tướng Brazil Otávio Lemke phát biểu tại hội nghị.",
            "Otávio Lemke",
            "Thủ tướng",
            "Brazil",
        ),
        article(
            "t2",
            "Tổng thống Chile Matías Orrego cho biết sẽ tới thăm.",
            "Matías Orrego",
            "Tổng thống",
            "Chile",
        ),
        // No country between the office and a name that looks foreign throughout: there
        // the grammar reads the name without the model.
        article(
            "t3",
            "Ngoại trưởng Sigrid Haugen nói với báo chí.",
            "Sigrid Haugen",
            "Ngoại trưởng",
            "",
        ),
    ];
    let gold = dir.path().join("foreign.gold.jsonl");
    fs::write(
        &gold,
        lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
    )
    .unwrap();
    let gold = gold.to_string_lossy().into_owned();
    let train = |model: &std::path::Path| -> String {
        let model = model.to_string_lossy();
        stdout_of(["train-officials", "--gold", &gold, "-o", &model]);
        fs::read_to_string(&*model).unwrap()
    };
    let model = dir.path().join("names.txt");
    let text = train(&model);
    assert!(text.starts_with("# format: vnextract-names 1\n"), "{text}");
    assert_eq!(
        text,
        train(&dir.path().join("again.txt")),
        "training is deterministic"
    );

    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "# format: vnextract-names 1\n").unwrap();
    let names_found = |names: &std::path::Path| -> u64 {
        let names = names.to_string_lossy();
        let report = json_of(["eval", "--json", "--gold", &gold, "--names-model", &names]);
        report["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["counts"]["officials_name"]["tp"].as_u64().unwrap())
            .sum()
    };
    assert_eq!(names_found(&model), 3);
    assert_eq!(names_found(&empty), 0);

    // The logistic learner finds the same names; cross-validation writes no model.
    let logistic = dir.path().join("logistic.txt");
    let logistic_text = logistic.to_string_lossy();
    stdout_of([
        "train-officials",
        "--gold",
        &gold,
        "--learner",
        "logistic",
        "-o",
        &logistic_text,
    ]);
    assert!(
        fs::read_to_string(&logistic)
            .unwrap()
            .contains("L2 penalty 0.3")
    );
    assert_eq!(names_found(&logistic), 3);
    let folds = String::from_utf8(stdout_of([
        "train-officials",
        "--gold",
        &gold,
        "--folds",
        "3",
    ]))
    .unwrap();
    assert!(folds.starts_with("3-fold cross-validation"), "{folds}");
    assert!(folds.contains(" F1 "), "{folds}");

    let broken = dir.path().join("broken.txt");
    fs::write(&broken, "not a model\n").unwrap();
    let out = cargo_bin_cmd!("vnextract")
        .args(["extract", "--names-model"])
        .arg(&broken)
        .arg(&gold)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a names model"), "{stderr}");
}
