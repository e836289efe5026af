//! `vnextract index` and `vnextract search` on the articles of corpus/: answers checked
//! against the records `vnextract extract` gives for the same articles, folded and word
//! queries, reruns that replace or go on, and the word-model check.
#![cfg(feature = "index")]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use serde_json::Value;
use vnextract::Pipeline;
use vnextract::index::{Search, SearchIndex};

fn vnextract() -> Command {
    Command::new(assert_cmd::cargo::cargo_bin!("vnextract"))
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/gold");
    vec![dir.join("part-a.gold.jsonl"), dir.join("part-b.gold.jsonl")]
}

/// `vnextract index --quiet ARGS --index INDEX INPUTS`, which must succeed without an
/// error record.
fn build_index(index: &Path, inputs: &[impl AsRef<std::ffi::OsStr>], args: &[&str]) {
    vnextract()
        .args(["index", "--quiet"])
        .args(args)
        .arg("--index")
        .arg(index)
        .args(inputs)
        .assert()
        .success()
        .stdout("");
}

/// A new index of corpus/ in a temporary directory (kept alive by the returned guard).
fn corpus_index() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    build_index(&index, &corpus(), &[]);
    (dir, index)
}

/// The results of `vnextract search INDEX ARGS --json`, by the library (a process start
/// per query would cost more than the query): the same options, the same JSON.
fn search(index: &Path, args: &[&str]) -> Value {
    let value = |flag: &str| {
        let at = args.iter().position(|a| *a == flag)?;
        args.get(at + 1).copied()
    };
    let number = |flag: &str| value(flag).map(|v| v.parse::<f64>().unwrap());
    let query = args.first().filter(|a| !a.starts_with("--")).copied();
    let pipeline = Pipeline::builder().words(true).build();
    let words = pipeline.word_segmenter().unwrap().fingerprint();
    let opened = SearchIndex::open(index, &words).unwrap();
    let results = vnextract::index::search(
        &opened,
        &pipeline,
        &Search {
            query: query.unwrap_or(""),
            official: value("--official"),
            role: value("--role"),
            organization: value("--organization"),
            money_min: number("--money-min"),
            money_max: number("--money-max"),
            currency: value("--currency"),
            percent_min: number("--percent-min"),
            limit: 100,
            facets: args.contains(&"--facets"),
        },
    )
    .unwrap();
    serde_json::from_str(&serde_json::to_string(&results).unwrap()).unwrap()
}

fn ids(results: &Value) -> Vec<String> {
    results["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

/// The records of corpus/, as `vnextract extract` writes them.
fn records() -> Vec<Value> {
    let out = vnextract()
        .arg("extract")
        .args(corpus())
        .arg("--quiet")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn ids_where(records: &[Value], keep: impl Fn(&Value) -> bool) -> BTreeSet<String> {
    records
        .iter()
        .filter(|r| keep(r))
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn entity_and_number_filters_find_exactly_the_articles_whose_records_match() {
    let (_dir, index) = corpus_index();
    let records = records();
    let found = |args: &[&str]| {
        ids(&search(&index, args))
            .into_iter()
            .collect::<BTreeSet<_>>()
    };
    for min in ["1e9", "1e12", "1e13", "5e13"] {
        let threshold: f64 = min.parse().unwrap();
        let expected = ids_where(&records, |r| {
            r["money"]
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["currency"] == "VND" && m["amount"].as_f64().unwrap() >= threshold)
        });
        assert!(!expected.is_empty(), "{min}");
        assert_eq!(found(&["--money-min", min]), expected, "--money-min {min}");
    }
    let expected = ids_where(&records, |r| {
        r["money"].as_array().unwrap().iter().any(|m| {
            let a = m["amount"].as_f64().unwrap();
            m["currency"] == "VND" && (1e9..=1e12).contains(&a)
        })
    });
    assert_eq!(
        found(&["--money-min", "1e9", "--money-max", "1e12"]),
        expected
    );
    let expected = ids_where(&records, |r| {
        r["money"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["currency"] == "USD")
    });
    assert!(!expected.is_empty());
    assert_eq!(found(&["--currency", "usd"]), expected);
    // A range is searched within one currency: no VND amount counts as USD.
    let expected = ids_where(&records, |r| {
        r["money"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["currency"] == "USD" && m["amount"].as_f64().unwrap() >= 1e6)
    });
    assert_eq!(
        found(&["--currency", "USD", "--money-min", "1e6"]),
        expected
    );
    let expected = ids_where(&records, |r| {
        let values = r["percentages"].as_array().unwrap();
        values.iter().any(|p| p["value"].as_f64().unwrap() >= 50.0)
    });
    assert!(!expected.is_empty());
    assert_eq!(found(&["--percent-min", "50"]), expected);
    // The counts of every official's role among the articles found.
    let counts = search(&index, &["--money-min", "0", "--facets"]);
    let roles = counts["facets"]["role"].as_array().unwrap();
    let (role, n) = (roles[0][0].as_str().unwrap(), roles[0][1].as_u64().unwrap());
    let with_money = ids_where(&records, |r| {
        r["money"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["currency"] == "VND")
    });
    let holders = |r: &Value| {
        r["officials"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["role"] == role)
    };
    let expected = records
        .iter()
        .filter(|r| with_money.contains(r["id"].as_str().unwrap()) && holders(r))
        .count() as u64;
    assert_eq!(n, expected, "{role}");
    // Officials of the corpus, by name and role.
    let officials = records.iter().flat_map(|r| {
        r["officials"]
            .as_array()
            .unwrap()
            .iter()
            .map(move |o| (r, o))
    });
    for (record, official) in officials {
        let name = official["name"].as_str().unwrap();
        let role = official["role"].as_str().unwrap();
        let expected = ids_where(&records, |r| {
            r["officials"]
                .as_array()
                .unwrap()
                .iter()
                .any(|o| o["name"] == name)
        });
        assert_eq!(found(&["--official", name]), expected, "{name}");
        let both = found(&["--official", name, "--role", role]);
        assert!(
            both.contains(record["id"].as_str().unwrap()),
            "{name}, {role}"
        );
    }
}

/// A text query with number filters finds the articles of the text query alone that the
/// filters alone find, in the text query's order, also when the index has several
/// segments (regression: ranges beside a text query are a check on its hits).
#[test]
fn number_filters_beside_a_text_query_keep_its_hits_and_their_order() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    build_index(
        &index,
        &corpus(),
        &["--threads", "1", "--commit-every", "10"],
    );
    let mut narrowed = 0;
    for query in ["tỷ đồng", "ngân sách", "chủ tịch", "tăng"] {
        let text = ids(&search(&index, &[query]));
        assert!(!text.is_empty(), "{query}");
        let filters: [&[&str]; 4] = [
            &["--money-min", "1e12"],
            &["--money-min", "1e9", "--money-max", "1e12"],
            &["--percent-min", "10"],
            &["--money-min", "1e9", "--percent-min", "5"],
        ];
        for filter in filters {
            let kept: BTreeSet<String> = ids(&search(&index, filter)).into_iter().collect();
            let expected: Vec<String> = text
                .iter()
                .filter(|id| kept.contains(*id))
                .cloned()
                .collect();
            let args: Vec<&str> = std::iter::once(query)
                .chain(filter.iter().copied())
                .collect();
            assert_eq!(ids(&search(&index, &args)), expected, "{args:?}");
            narrowed += usize::from(!expected.is_empty() && expected.len() < text.len());
        }
    }
    assert!(
        narrowed > 0,
        "no filter narrowed a text query: the test checks nothing"
    );
}

#[test]
fn a_name_is_found_without_its_diacritics_and_the_hit_shows_the_official() {
    let (_dir, index) = corpus_index();
    let records = records();
    let official = records
        .iter()
        .flat_map(|r| r["officials"].as_array().unwrap())
        .find(|o| !o["name"].as_str().unwrap().is_ascii())
        .unwrap();
    let name = official["name"].as_str().unwrap();
    let folded = without_diacritics(name);
    assert_ne!(folded, name);
    let by_filter = search(&index, &["--official", &folded]);
    let by_query = search(&index, &[&folded]);
    assert!(by_filter["total"].as_u64().unwrap() >= 1);
    let first = &by_filter["hits"][0];
    assert_eq!(first["officials"][0]["name"], name);
    assert!(ids(&by_query).contains(&first["id"].as_str().unwrap().to_string()));
}

/// "Phạm Tuấn Long" → "Pham Tuan Long".
fn without_diacritics(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect()
}

/// Two invented articles: the same place with and without its diacritics.
fn place_articles(dir: &Path) -> PathBuf {
    let path = dir.join("places.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"id\":\"exact\",\"text\":\"Phố cổ ở quận Hoàn Kiếm đón nhiều khách dịp cuối năm.\"}\n",
            "{\"id\":\"ascii\",\"text\":\"Pho co o quan Hoan Kiem don nhieu khach dip cuoi nam.\"}\n",
            "{\"id\":\"apart\",\"text\":\"Vùng đồng trũng. Giá 14.732 tỷ đồng, bằng 131% năm trước.\"}\n",
            "{\"id\":\"word\",\"text\":\"Nông dân đồng bằng sông Cửu Long thu hoạch lúa.\"}\n",
        ),
    )
    .unwrap();
    path
}

#[test]
fn folded_matches_rank_below_exact_ones_and_a_word_phrase_above_its_syllables() {
    let dir = tempfile::tempdir().unwrap();
    let input = place_articles(dir.path());
    let index = dir.path().join("index");
    build_index(&index, &[&input], &[]);
    assert_eq!(ids(&search(&index, &["Hoàn Kiếm"])), ["exact", "ascii"]);
    // Typed without diacritics, the text written without them is the exact match.
    assert_eq!(ids(&search(&index, &["hoan kiem"])), ["ascii", "exact"]);
    // "đồng bằng" is a word in one article; in the other, "đồng" ends one phrase and
    // "bằng" starts the next.
    let results = search(&index, &["đồng bằng"]);
    assert_eq!(ids(&results), ["word", "apart"]);
    let scores: Vec<f64> = results["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores[0] > 2.0 * scores[1], "{scores:?}");
    // The snippet marks what matched.
    let text = vnextract()
        .arg("search")
        .arg(&index)
        .arg("đồng bằng")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("«đồng bằng»"), "{text}");
    assert!(text.contains("2 articles found"), "{text}");
    let json = vnextract()
        .arg("search")
        .arg(&index)
        .args(["đồng bằng", "--json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(json, search(&index, &["đồng bằng"]));
    let none = vnextract()
        .arg("search")
        .arg(&index)
        .arg("xyzzy")
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn indexing_again_replaces_documents_by_id_and_errors_are_records() {
    let dir = tempfile::tempdir().unwrap();
    let input = place_articles(dir.path());
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\":\"x\",\"text\":\"Tăng 3%.\"}\nnot json\n").unwrap();
    let index = dir.path().join("index");
    for _ in 0..2 {
        let out = vnextract()
            .args(["index", "--index"])
            .arg(&index)
            .arg(&input)
            .arg(&bad)
            .output()
            .unwrap();
        assert!(out.status.success());
        let errors: Vec<Value> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0]["error"]["kind"], "json");
        assert!(
            errors[0]["source"]
                .as_str()
                .unwrap()
                .ends_with("bad.jsonl:2")
        );
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("now holds 5 articles"), "{stderr}");
    }
}

#[test]
fn an_index_refuses_documents_or_queries_of_another_word_model() {
    let dir = tempfile::tempdir().unwrap();
    let input = place_articles(dir.path());
    let dict = dir.path().join("user.txt");
    std::fs::write(&dict, "đồng trũng\n").unwrap();
    let index = dir.path().join("index");
    build_index(&index, &[&input], &[]);
    let refused = vnextract()
        .args(["index", "--quiet", "--user-dict"])
        .arg(&dict)
        .arg("--index")
        .arg(&index)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let message = String::from_utf8(refused.stderr).unwrap();
    assert!(message.contains("rebuild the index"), "{message}");
    let query = vnextract()
        .arg("search")
        .arg(&index)
        .args(["đồng", "--user-dict"])
        .arg(&dict)
        .output()
        .unwrap();
    assert_eq!(query.status.code(), Some(2));
    // A directory that holds something else is not taken over.
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let out = vnextract()
        .args(["index", "--quiet", "--index"])
        .arg(&other)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(std::fs::read_to_string(other.join("notes.txt")).unwrap() == "mine");
}

/// The commit note of the index's last commit, from tantivy's meta.json.
fn committed_articles(index: &Path) -> Option<u64> {
    let meta: Value =
        serde_json::from_str(&std::fs::read_to_string(index.join("meta.json")).ok()?).ok()?;
    let payload: Value = serde_json::from_str(meta["payload"].as_str()?).ok()?;
    payload["articles"].as_u64()
}

#[test]
fn a_killed_run_keeps_its_commits_and_a_rerun_goes_on_after_them() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("news.jsonl");
    vnextract()
        .args(["generate", "--megabytes", "4", "--seed", "7", "-o"])
        .arg(&input)
        .assert()
        .success();
    let articles = std::fs::read_to_string(&input).unwrap().lines().count() as u64;
    let index = dir.path().join("index");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("vnextract"))
        .args([
            "index",
            "--quiet",
            "--threads",
            "1",
            "--commit-every",
            "50",
            "--index",
        ])
        .arg(&index)
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while committed_articles(&index).unwrap_or(0) == 0 && start.elapsed() < Duration::from_secs(60)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let committed = committed_articles(&index).expect("a commit before the kill");
    let out = vnextract()
        .args(["index", "--index"])
        .arg(&index)
        .arg(&input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    if committed < articles {
        assert!(
            stderr.contains(&format!("going on after the {committed} articles")),
            "{stderr}"
        );
    }
    assert!(
        stderr.contains(&format!("now holds {articles} articles")),
        "{stderr}"
    );
    assert_eq!(committed_articles(&index), Some(articles));
}

#[test]
fn kept_input_fields_come_back_with_the_hits() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        "{\"id\":\"k\",\"text\":\"Giá xăng tăng 3%.\",\"url\":\"https://example.vn/k\",\"category\":\"Kinh tế\"}\n",
    )
    .unwrap();
    let index = dir.path().join("index");
    build_index(&index, &[input], &["--keep-field", "category"]);
    let hit = &search(&index, &["xăng"])["hits"][0];
    assert_eq!(hit["fields"]["category"], "Kinh tế");
    assert_eq!(hit["url"], "https://example.vn/k");
}
