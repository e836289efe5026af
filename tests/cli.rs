//! End-to-end tests of the `vnextract` binary: inputs of every kind, records, spans, error
//! records, exit codes, output files, broken pipes and the `segment` command.
//!
//! Every input is built in a temporary directory; the binary runs with that directory as its
//! working directory and relative paths, so that ids and sources are predictable.

use std::fs;
use std::io::{BufRead, BufReader, Cursor, Read, Write};
use std::path::Path;
use std::process::{Command as StdCommand, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use flate2::Compression;
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use serde_json::{Value, json};
use tempfile::TempDir;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn vnextract() -> Command {
    assert_cmd::cargo::cargo_bin_cmd!("vnextract")
}

/// What one run of the binary gave.
#[derive(Debug)]
struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn records(&self) -> Vec<Value> {
        records(&self.stdout)
    }

    fn summary(&self) -> Summary {
        summary(&self.stderr)
    }
}

fn run_with(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = vnextract();
    cmd.current_dir(dir).args(args);
    // No stdin given: an empty one, never the test runner's.
    cmd.write_stdin(stdin.unwrap_or_default().to_vec());
    let output = cmd.output().expect("vnextract runs");
    Run {
        code: output.status.code().expect("exit code, not a signal"),
        stdout: output.stdout,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, None)
}

/// A run that must exit 0.
fn run_ok(dir: &Path, args: &[&str]) -> Run {
    let r = run(dir, args);
    assert_eq!(r.code, 0, "vnextract {args:?} failed: {}", r.stderr);
    r
}

fn records(stdout: &[u8]) -> Vec<Value> {
    std::str::from_utf8(stdout)
        .expect("output is UTF-8")
        .lines()
        .map(|line| {
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line:?}"))
        })
        .collect()
}

/// The counts of the summary line on stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Summary {
    articles: u64,
    ok: u64,
    errors: u64,
    files: u64,
    skipped: u64,
}

/// Parses `vnextract: N articles: N ok, N errors; N files read, N skipped; X MB in S s (R MB/s)`.
fn summary(stderr: &str) -> Summary {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("vnextract: ") && l.contains(" articles: "))
        .unwrap_or_else(|| panic!("no summary line on stderr: {stderr:?}"));
    for word in ["articles", "ok", "errors", "MB/s"] {
        assert!(line.contains(word), "summary {line:?} lacks {word:?}");
    }
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || ",;:()".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    let count = |keyword: &str| -> u64 {
        let at = words
            .iter()
            .position(|w| *w == keyword)
            .unwrap_or_else(|| panic!("summary {line:?} lacks {keyword:?}"));
        words[at - 1]
            .parse()
            .unwrap_or_else(|_| panic!("summary {line:?}: no count before {keyword:?}"))
    };
    Summary {
        articles: count("articles"),
        ok: count("ok"),
        errors: count("errors"),
        files: count("files"),
        skipped: count("skipped"),
    }
}

fn is_error(record: &Value) -> bool {
    record.get("error").is_some()
}

/// The summary's counts agree with the records written.
fn assert_counts_match(run: &Run) {
    let records = run.records();
    let s = run.summary();
    let errors = records.iter().filter(|r| is_error(r)).count() as u64;
    assert_eq!(s.articles, records.len() as u64, "{}", run.stderr);
    assert_eq!(s.errors, errors, "{}", run.stderr);
    assert_eq!(s.ok, records.len() as u64 - errors, "{}", run.stderr);
}

fn str_field<'v>(record: &'v Value, field: &str) -> &'v str {
    record[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} is not a string in {record}"))
}

fn ids(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| str_field(r, "id")).collect()
}

fn sources(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| str_field(r, "source")).collect()
}

fn error_kind(record: &Value) -> &str {
    record["error"]["kind"]
        .as_str()
        .unwrap_or_else(|| panic!("not an error record: {record}"))
}

/// An error record has exactly `schema`, `id`, `source` and `error: {kind, message}`.
fn assert_error_record(record: &Value, id: &str, source: &str, kind: &str) {
    let object = record.as_object().expect("record is an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["error", "id", "schema", "source"], "{record}");
    assert_eq!(record["schema"], "vnextract/1", "{record}");
    assert_eq!(record["id"], id, "{record}");
    assert_eq!(record["source"], source, "{record}");
    assert_eq!(error_kind(record), kind, "{record}");
    let message = record["error"]["message"].as_str().expect("message");
    assert!(!message.is_empty(), "{record}");
}

fn line(value: Value) -> String {
    let mut s = serde_json::to_string(&value).expect("serializes");
    s.push('\n');
    s
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).expect("create directories");
    }
    fs::write(path, bytes).expect("write input file");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).expect("gzip");
    encoder.finish().expect("gzip")
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    MultiGzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("valid gzip");
    out
}

fn tar_archive(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (name, data) in members {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder
            .append_data(&mut header, name, *data)
            .expect("tar member");
    }
    builder.into_inner().expect("tar archive")
}

fn zip_archive(directories: &[&str], members: &[(&str, &[u8])]) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default();
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for directory in directories {
        writer
            .add_directory(*directory, options)
            .expect("zip directory");
    }
    for (name, data) in members {
        writer.start_file(*name, options).expect("zip member");
        writer.write_all(data).expect("zip data");
    }
    writer.finish().expect("zip archive").into_inner()
}

/// Code-point range of the first occurrence of `needle` in `text`.
fn char_range(text: &str, needle: &str) -> (usize, usize) {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let start = text[..at].chars().count();
    (start, start + needle.chars().count())
}

fn offset(span: &Value, field: &str) -> usize {
    span[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} missing in {span}")) as usize
}

/// `span`'s `text` is the original text's code points `start..end` and its UTF-8 bytes
/// `byte_start..byte_end`.
fn assert_span_in(text: &str, span: &Value) {
    let surface = str_field(span, "text");
    assert!(!surface.is_empty(), "empty span {span}");
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (offset(span, "start"), offset(span, "end"));
    assert!(
        start < end && end <= chars.len(),
        "span {span} out of range"
    );
    let by_chars: String = chars[start..end].iter().collect();
    assert_eq!(by_chars, surface, "code-point offsets of {span}");
    let (byte_start, byte_end) = (offset(span, "byte_start"), offset(span, "byte_end"));
    assert!(
        byte_start < byte_end && byte_end <= text.len(),
        "span {span} out of range"
    );
    assert_eq!(
        &text.as_bytes()[byte_start..byte_end],
        surface.as_bytes(),
        "byte offsets of {span}"
    );
}

fn assert_spans_in(text: &str, spans: &Value) {
    let spans = spans.as_array().expect("an array of spans");
    assert!(!spans.is_empty());
    for span in spans {
        assert_span_in(text, span);
    }
}

/// The token whose surface is `surface`.
fn token<'r>(record: &'r Value, surface: &str) -> &'r Value {
    record["tokens"]
        .as_array()
        .expect("tokens")
        .iter()
        .find(|t| t["text"] == surface)
        .unwrap_or_else(|| panic!("no token {surface:?} in {}", record["tokens"]))
}

/// A small deterministic pseudo-random number generator, so that generated inputs do not
/// compress to nothing.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

const PLACES: [&str; 6] = [
    "Hà Nội",
    "TP.HCM",
    "Đà Nẵng",
    "Cần Thơ",
    "Hải Phòng",
    "Quảng Ninh",
];

/// A short generated news text.
fn article_text(n: u64, rng: &mut Lcg) -> String {
    let place = PLACES[(rng.next() % PLACES.len() as u64) as usize];
    format!(
        "Bản tin số {n}: UBND {place} cho biết thu ngân sách đạt {}.{:03} tỷ đồng, tăng {},{}% so với cùng kỳ. Ông Lê Văn Hoà, Phó Chủ tịch, nói “thuỷ lợi là ưu tiên”.",
        rng.next() % 90 + 10,
        rng.next() % 1000,
        rng.next() % 30,
        rng.next() % 10,
    )
}

// ---------------------------------------------------------------------------------------------
// 1. JSON Lines input
// ---------------------------------------------------------------------------------------------

#[test]
fn jsonl_records_follow_input_order_with_line_sources() {
    let dir = TempDir::new().unwrap();
    let mut input = String::new();
    input += &line(json!({
        "id": "bai-1",
        "title": "Quốc hội thông qua dự toán",
        "text": "Quốc hội thông qua dự toán ngân sách năm 2025.",
        "tags": ["kinh tế", {"nested": [1, 2, 3]}],
    }));
    input += "\n"; // line 2: blank
    input += "   \t\r\n"; // line 3: whitespace only
    input += &line(json!({"id": "bai-2", "text": "Giá vàng trong nước tăng mạnh."}));
    input += &line(json!({"text": "Bài không có mã số."})); // line 5: no id
    input += &line(json!({"id": 77, "text": "Mã số là một con số."})).replace('\n', "\r\n");
    write(&dir.path().join("in/news.jsonl"), &input);

    let r = run_ok(dir.path(), &["extract", "in/news.jsonl"]);
    let records = r.records();
    assert_eq!(ids(&records), ["bai-1", "bai-2", "in/news.jsonl:5", "77"]);
    assert_eq!(
        sources(&records),
        [
            "in/news.jsonl:1",
            "in/news.jsonl:4",
            "in/news.jsonl:5",
            "in/news.jsonl:6"
        ]
    );
    for record in &records {
        assert_eq!(record["schema"], "vnextract/1");
        for array in ["officials", "titles", "percentages", "money"] {
            assert_eq!(record[array], json!([]), "{array} in {record}");
        }
        // Sentences and tokens only on request.
        assert!(record.get("sentences").is_none(), "{record}");
        assert!(record.get("tokens").is_none(), "{record}");
        assert!(record.get("error").is_none(), "{record}");
    }
    assert_eq!(records[0]["title"], "Quốc hội thông qua dự toán");
    assert_eq!(records[1]["title"], Value::Null);
    assert!(
        records[1].as_object().unwrap().contains_key("title"),
        "title is written even when absent"
    );
    assert_counts_match(&r);
    assert_eq!(r.summary().files, 1);
}

// ---------------------------------------------------------------------------------------------
// 2. Spans
// ---------------------------------------------------------------------------------------------

#[test]
fn sentence_and_token_spans_point_into_the_original_text() {
    // Decomposed diacritics (NFD), old-style tone marks, non-breaking and zero-width spaces,
    // typographic quotes: normalization changes all of them, the offsets must not.
    let text = concat!(
        "Ông Nguye\u{302}\u{303}n Va\u{306}n Hoa\u{300} nói:\u{a0}\u{201c}Kinh tế năm nay tăng 15,9%\u{201d}.\u{200b} ",
        "Uỷ ban nhân dân TP.HCM\u{a0}chi 14.732 tỷ đồng cho thuỷ lợi giai đoạn 2021-2025. ",
        "Bà \u{2018}Lan\u{2019} cho rằng\u{200b} hoà bình là trên hết."
    );
    let dir = TempDir::new().unwrap();
    write(
        &dir.path().join("spans.jsonl"),
        line(json!({"id": "spans", "text": text})),
    );

    let r = run_ok(
        dir.path(),
        &[
            "extract",
            "--with-text",
            "--sentences",
            "--tokens",
            "spans.jsonl",
        ],
    );
    let records = r.records();
    assert_eq!(records.len(), 1);
    let record = &records[0];
    // The text as read, not normalized: the spans point into it.
    assert_eq!(record["text"], text);
    assert_spans_in(text, &record["sentences"]);
    assert_spans_in(text, &record["tokens"]);
    assert_eq!(record["sentences"].as_array().unwrap().len(), 3);

    let expected = [
        ("Nguye\u{302}\u{303}n", "word"),
        ("Va\u{306}n", "word"),
        ("Hoa\u{300}", "word"),
        ("\u{201c}", "punctuation"),
        ("15,9%", "percent"),
        ("Uỷ", "word"),
        ("TP.HCM", "abbreviation"),
        ("14.732", "number"),
        ("thuỷ", "word"),
        ("2021-2025", "date"),
        ("\u{2018}", "punctuation"),
        ("hoà", "word"),
    ];
    for (surface, kind) in expected {
        let t = token(record, surface);
        assert_eq!(t["kind"], kind, "kind of {t}");
        let (start, end) = char_range(text, surface);
        assert_eq!((offset(t, "start"), offset(t, "end")), (start, end), "{t}");
        let byte_start = text.find(surface).unwrap();
        assert_eq!(
            (offset(t, "byte_start"), offset(t, "byte_end")),
            (byte_start, byte_start + surface.len()),
            "{t}"
        );
    }
    assert_tokens_in_order(record);
}

/// Tokens come in text order and do not overlap.
fn assert_tokens_in_order(record: &Value) {
    let tokens = record["tokens"].as_array().unwrap();
    for pair in tokens.windows(2) {
        assert!(
            offset(&pair[0], "end") <= offset(&pair[1], "start"),
            "overlapping tokens {} and {}",
            pair[0],
            pair[1]
        );
    }
}

/// Regression: at ecc6491 this text gave the tokens "," (punctuation) and the marks (kind
/// "number") both with the span 8..11.
#[test]
fn tokens_never_overlap_when_combining_marks_follow_punctuation() {
    // U+0301 (acute, ccc 230) before U+0323 (dot below, ccc 220): NFC reorders the marks,
    // which makes the whole cluster ",\u{301}\u{323}" one alignment edit.
    let text = "Giá tăng,\u{301}\u{323} rồi giảm.";
    let dir = TempDir::new().unwrap();
    write(
        &dir.path().join("marks.jsonl"),
        line(json!({"id": "marks", "text": text})),
    );
    let r = run_ok(dir.path(), &["extract", "--tokens", "marks.jsonl"]);
    let record = &r.records()[0];
    assert_spans_in(text, &record["tokens"]);
    assert_tokens_in_order(record);
}

// ---------------------------------------------------------------------------------------------
// 3. Directories of .txt files
// ---------------------------------------------------------------------------------------------

#[test]
fn txt_directory_is_walked_recursively_in_sorted_order() {
    let dir = TempDir::new().unwrap();
    let corpus = dir.path().join("corpus");
    // Created out of order: the walk must sort, not follow creation order.
    write(&corpus.join("c/d/e.txt"), "Phóng viên đưa tin từ Đà Nẵng.");
    let body = "Ông Trần Văn Thuỷ phát biểu.\r\nHội nghị kết thúc lúc 11:30 cùng ngày.\r\n";
    write(&corpus.join("b.txt"), format!("\u{feff}{body}"));
    write(&corpus.join("a/b.txt"), "Bài thứ hai trong thư mục a.");
    write(&corpus.join("a/a.txt"), "Bài thứ nhất trong thư mục a.");

    let r = run_ok(
        dir.path(),
        &["extract", "--sentences", "--tokens", "corpus"],
    );
    let records = r.records();
    assert_eq!(ids(&records), ["a/a.txt", "a/b.txt", "b.txt", "c/d/e.txt"]);
    assert_eq!(
        sources(&records),
        [
            "corpus/a/a.txt",
            "corpus/a/b.txt",
            "corpus/b.txt",
            "corpus/c/d/e.txt"
        ]
    );
    assert_counts_match(&r);
    assert_eq!(r.summary().files, 4);

    // b.txt: the BOM is dropped and offsets count from the text after it; CRLF is kept, so
    // the "\r" counts.
    let b = &records[2];
    assert_spans_in(body, &b["sentences"]);
    assert_spans_in(body, &b["tokens"]);
    let first = &b["sentences"][0];
    assert_eq!(
        (offset(first, "start"), offset(first, "byte_start")),
        (0, 0)
    );
    assert!(!str_field(first, "text").contains('\u{feff}'));
    let second = &b["sentences"][1];
    let (hoi, _) = char_range(body, "Hội");
    assert_eq!(hoi, "Ông Trần Văn Thuỷ phát biểu.\r\n".chars().count());
    assert_eq!(offset(second, "start"), hoi);
    assert_eq!(offset(token(b, "Hội"), "start"), hoi);
    assert_eq!(
        offset(token(b, "Hội"), "byte_start"),
        body.find("Hội").unwrap()
    );
    assert_eq!(token(b, "11:30")["kind"], "date");

    // The id is relative to the INPUT argument however it is written.
    let absolute = corpus.to_str().unwrap().to_string();
    let with_slash = "corpus/".to_string();
    for input in [absolute.as_str(), with_slash.as_str()] {
        let again = run_ok(dir.path(), &["extract", input]).records();
        assert_eq!(ids(&again), ["a/a.txt", "a/b.txt", "b.txt", "c/d/e.txt"]);
        let expected = Path::new(input).join("a/a.txt");
        assert_eq!(
            Path::new(str_field(&again[0], "source")),
            expected,
            "source for INPUT {input}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Compressed files and archives
// ---------------------------------------------------------------------------------------------

/// Writes `in/` with a file of every compressed and archived kind.
fn write_archives(root: &Path) {
    let input = root.join("in");
    let news = line(json!({"id": "gz1", "text": "Tin nén gzip thứ nhất."}))
        + "\n"
        + &line(json!({"id": "gz2", "text": "Tin nén gzip thứ hai."}));
    write(&input.join("news.jsonl.gz"), gzip(news.as_bytes()));
    write(
        &input.join("one.txt.gz"),
        gzip("Một bài văn bản được nén.".as_bytes()),
    );

    let first = line(json!({"id": "t1", "text": "Thành viên đầu tiên của tar."}))
        + &line(json!({"text": "Dòng thứ hai không có mã."}));
    write(
        &input.join("pack.tar"),
        tar_archive(&[
            ("x/first.jsonl", first.as_bytes()),
            ("note.txt", "Ghi chú trong tệp tar.".as_bytes()),
            ("readme.md", b"# not an article\n"),
        ]),
    );
    let q = line(json!({"id": "q1", "text": "Tar nén gzip, dòng JSON."}));
    write(
        &input.join("pack.tar.gz"),
        gzip(&tar_archive(&[
            ("p.txt", "Bài p trong tar.gz.".as_bytes()),
            ("q.jsonl", q.as_bytes()),
        ])),
    );
    write(
        &input.join("pack.tgz"),
        gzip(&tar_archive(&[("r.txt", "Bài r trong tgz.".as_bytes())])),
    );
    let two = line(json!({"id": "z2", "text": "Dòng JSON trong zip."}));
    write(
        &input.join("pack.zip"),
        zip_archive(
            &["z/"],
            &[
                ("z/one.txt", "Bài một trong zip.".as_bytes()),
                ("two.jsonl", two.as_bytes()),
            ],
        ),
    );
}

#[test]
fn gzip_tar_and_zip_inputs_name_their_members() {
    let dir = TempDir::new().unwrap();
    write_archives(dir.path());
    let args = [
        "extract",
        "in/news.jsonl.gz",
        "in/one.txt.gz",
        "in/pack.tar",
        "in/pack.tar.gz",
        "in/pack.tgz",
        "in/pack.zip",
    ];
    let r = run_ok(dir.path(), &args);
    let records = r.records();
    let got: Vec<(&str, &str)> = records
        .iter()
        .map(|r| (str_field(r, "id"), str_field(r, "source")))
        .collect();
    assert_eq!(
        got,
        [
            ("gz1", "in/news.jsonl.gz:1"),
            ("gz2", "in/news.jsonl.gz:3"),
            ("in/one.txt.gz", "in/one.txt.gz"),
            ("t1", "in/pack.tar!x/first.jsonl:1"),
            ("in/pack.tar!x/first.jsonl:2", "in/pack.tar!x/first.jsonl:2"),
            ("in/pack.tar!note.txt", "in/pack.tar!note.txt"),
            ("in/pack.tar.gz!p.txt", "in/pack.tar.gz!p.txt"),
            ("q1", "in/pack.tar.gz!q.jsonl:1"),
            ("in/pack.tgz!r.txt", "in/pack.tgz!r.txt"),
            ("in/pack.zip!z/one.txt", "in/pack.zip!z/one.txt"),
            ("z2", "in/pack.zip!two.jsonl:1"),
        ]
    );
    assert!(records.iter().all(|r| !is_error(r)), "{records:?}");
    assert_counts_match(&r);
    let s = r.summary();
    // news, one, first.jsonl, note.txt, p.txt, q.jsonl, r.txt, z/one.txt, two.jsonl
    assert_eq!((s.files, s.skipped), (9, 1), "{}", r.stderr);
    assert!(r.stderr.contains("in/pack.tar!readme.md"), "{}", r.stderr);
}

#[test]
fn archives_in_a_walked_directory_have_relative_ids() {
    let dir = TempDir::new().unwrap();
    write_archives(dir.path());
    let r = run_ok(dir.path(), &["extract", "in"]);
    let records = r.records();
    let got: Vec<(&str, &str)> = records
        .iter()
        .map(|r| (str_field(r, "id"), str_field(r, "source")))
        .collect();
    assert_eq!(
        got,
        [
            ("gz1", "in/news.jsonl.gz:1"),
            ("gz2", "in/news.jsonl.gz:3"),
            ("one.txt.gz", "in/one.txt.gz"),
            ("t1", "in/pack.tar!x/first.jsonl:1"),
            ("in/pack.tar!x/first.jsonl:2", "in/pack.tar!x/first.jsonl:2"),
            ("pack.tar!note.txt", "in/pack.tar!note.txt"),
            ("pack.tar.gz!p.txt", "in/pack.tar.gz!p.txt"),
            ("q1", "in/pack.tar.gz!q.jsonl:1"),
            ("pack.tgz!r.txt", "in/pack.tgz!r.txt"),
            ("pack.zip!z/one.txt", "in/pack.zip!z/one.txt"),
            ("z2", "in/pack.zip!two.jsonl:1"),
        ]
    );
    assert_counts_match(&r);
}

// ---------------------------------------------------------------------------------------------
// 5. Files that are not articles
// ---------------------------------------------------------------------------------------------

#[test]
fn other_files_in_a_directory_are_skipped_and_counted() {
    let dir = TempDir::new().unwrap();
    let input = dir.path().join("in");
    write(&input.join("a.txt"), "Bài viết hợp lệ.");
    write(&input.join("notes.md"), "# Ghi chú, không phải bài báo");
    write(&input.join("data.csv"), "id,text\n1,không\n");
    write(
        &input.join("b.jsonl"),
        line(json!({"id": "b1", "text": "Một dòng JSON."})),
    );
    write(&input.join("sub/readme.md"), "không đọc");

    let r = run_ok(dir.path(), &["extract", "in"]);
    assert_eq!(ids(&r.records()), ["a.txt", "b1"]);
    let s = r.summary();
    assert_eq!(
        s,
        Summary {
            articles: 2,
            ok: 2,
            errors: 0,
            files: 2,
            skipped: 3
        },
        "{}",
        r.stderr
    );
    // The skipped files are named, not silently ignored.
    let skipped_line = r
        .stderr
        .lines()
        .find(|l| l.contains("skipped (not"))
        .unwrap_or_else(|| panic!("no list of skipped files: {}", r.stderr));
    for name in ["in/notes.md", "in/data.csv", "in/sub/readme.md"] {
        assert!(skipped_line.contains(name), "{skipped_line}");
    }
}

#[test]
fn named_file_of_unknown_kind_is_read_with_input_format() {
    let dir = TempDir::new().unwrap();
    write(&dir.path().join("notes.md"), "Ghi chú này là một bài báo.");
    let r = run_ok(dir.path(), &["extract", "notes.md"]);
    assert!(r.records().is_empty());
    assert_eq!(r.summary().skipped, 1);

    let r = run_ok(
        dir.path(),
        &["extract", "--input-format", "txt", "notes.md"],
    );
    let records = r.records();
    assert_eq!(ids(&records), ["notes.md"]);
    assert_eq!(sources(&records), ["notes.md"]);
    assert_eq!(r.summary().skipped, 0);
}

// ---------------------------------------------------------------------------------------------
// 6. stdin
// ---------------------------------------------------------------------------------------------

fn stdin_jsonl() -> String {
    line(json!({"id": "s1", "text": "Đọc từ đầu vào chuẩn."}))
        + "\n"
        + &line(json!({"text": "Dòng thứ ba."}))
}

#[test]
fn stdin_is_read_as_jsonl_without_input() {
    let dir = TempDir::new().unwrap();
    let r = run_with(dir.path(), &["extract"], Some(stdin_jsonl().as_bytes()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = r.records();
    assert_eq!(ids(&records), ["s1", "<stdin>:3"]);
    assert_eq!(sources(&records), ["<stdin>:1", "<stdin>:3"]);
    assert_counts_match(&r);
}

#[test]
fn dash_reads_stdin_in_argument_order() {
    let dir = TempDir::new().unwrap();
    write(
        &dir.path().join("before.jsonl"),
        line(json!({"id": "f1", "text": "Tệp trước."})),
    );
    write(&dir.path().join("after.txt"), "Tệp sau.");
    let r = run_with(
        dir.path(),
        &["extract", "before.jsonl", "-", "after.txt"],
        Some(stdin_jsonl().as_bytes()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = r.records();
    assert_eq!(ids(&records), ["f1", "s1", "<stdin>:3", "after.txt"]);
    assert_eq!(
        sources(&records),
        ["before.jsonl:1", "<stdin>:1", "<stdin>:3", "after.txt"]
    );

    let r = run_with(
        dir.path(),
        &["extract", "-"],
        Some(stdin_jsonl().as_bytes()),
    );
    assert_eq!(ids(&r.records()), ["s1", "<stdin>:3"]);
}

#[test]
fn stdin_as_txt_is_one_article() {
    let dir = TempDir::new().unwrap();
    let body = "Dòng một của bài.\nDòng hai, cùng bài: tăng 15,9%.\n";
    let input = format!("\u{feff}{body}");
    let r = run_with(
        dir.path(),
        &["extract", "--input-format", "txt", "--tokens"],
        Some(input.as_bytes()),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0]["id"], "<stdin>");
    assert_eq!(records[0]["source"], "<stdin>");
    assert_spans_in(body, &records[0]["tokens"]);
    assert_eq!(records[0]["tokens"][0]["start"], 0);
}

// ---------------------------------------------------------------------------------------------
// 7. Field mapping
// ---------------------------------------------------------------------------------------------

#[test]
fn id_text_and_title_fields_can_be_renamed() {
    let dir = TempDir::new().unwrap();
    let input = line(json!({
        "id": "không dùng",
        "text": "",
        "title": "không dùng",
        "doc": "vb-01",
        "headline": "Tiêu đề thật",
        "body": "Nội dung thật của bài báo, có 14.732 tỷ đồng.",
    })) + &line(json!({"doc": "vb-02", "text": "Thiếu trường body."}));
    write(&dir.path().join("mapped.jsonl"), input);

    let r = run_ok(
        dir.path(),
        &[
            "extract",
            "--id-field",
            "doc",
            "--text-field",
            "body",
            "--title-field",
            "headline",
            "--tokens",
            "mapped.jsonl",
        ],
    );
    let records = r.records();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "vb-01");
    assert_eq!(records[0]["title"], "Tiêu đề thật");
    let body = "Nội dung thật của bài báo, có 14.732 tỷ đồng.";
    let number = token(&records[0], "14.732");
    assert_eq!(offset(number, "start"), char_range(body, "14.732").0);
    assert_error_record(&records[1], "vb-02", "mapped.jsonl:2", "missing_field");
    assert!(
        str_field(&records[1]["error"], "message").contains("body"),
        "{}",
        records[1]
    );
    assert_counts_match(&r);
}

// ---------------------------------------------------------------------------------------------
// 8. Error records
// ---------------------------------------------------------------------------------------------

#[test]
fn jsonl_errors_become_error_records_and_the_run_goes_on() {
    let dir = TempDir::new().unwrap();
    let mut input: Vec<u8> = Vec::new();
    input.extend(line(json!({"id": "ok-1", "text": "Bài đầu tiên hợp lệ."})).bytes()); // 1
    input.extend(b"{\"id\": \"latin1\", \"text\": \"Th\xe0nh ph\xf4\"}\n"); // 2: not UTF-8
    input.extend(b"\n"); // 3: blank
    input.extend(line(json!({"id": "empty", "text": ""})).bytes()); // 4
    input.extend(line(json!({"id": "blank", "text": " \t\n\u{a0} "})).bytes()); // 5
    input.extend("{\"id\": \"cut\", \"text\": \"Dòng bị cắt\n".bytes()); // 6: syntax error
    input.extend(line(json!({"id": "no-text", "title": "Chỉ có tiêu đề"})).bytes()); // 7
    input.extend(line(json!({"id": "number", "text": 42})).bytes()); // 8
    input.extend(line(json!({"id": "null", "text": null})).bytes()); // 9
    input.extend(line(json!(["không", "phải", "đối tượng"])).bytes()); // 10
    input.extend(line(json!({"id": "ok-2", "text": "Bài cuối vẫn được xử lý."})).bytes()); // 11
    write(&dir.path().join("bad.jsonl"), &input);

    let r = run_ok(dir.path(), &["extract", "bad.jsonl"]);
    let records = r.records();
    assert_eq!(records.len(), 10);
    assert_eq!(records[0]["id"], "ok-1");
    assert_error_record(&records[1], "bad.jsonl:2", "bad.jsonl:2", "invalid_utf8");
    assert_error_record(&records[2], "empty", "bad.jsonl:4", "empty_text");
    assert_error_record(&records[3], "blank", "bad.jsonl:5", "empty_text");
    assert_error_record(&records[4], "bad.jsonl:6", "bad.jsonl:6", "json");
    assert_error_record(&records[5], "no-text", "bad.jsonl:7", "missing_field");
    assert_error_record(&records[6], "number", "bad.jsonl:8", "invalid_field");
    assert_error_record(&records[7], "null", "bad.jsonl:9", "invalid_field");
    assert_error_record(&records[8], "bad.jsonl:10", "bad.jsonl:10", "json");
    assert_eq!(records[9]["id"], "ok-2");
    assert!(!is_error(&records[9]));
    assert_counts_match(&r);
    let s = r.summary();
    assert_eq!((s.articles, s.ok, s.errors), (10, 2, 8));
}

#[test]
fn txt_errors_become_error_records_and_the_run_goes_on() {
    let dir = TempDir::new().unwrap();
    let input = dir.path().join("in");
    write(&input.join("1-good.txt"), "Bài đầu hợp lệ.");
    write(
        &input.join("2-latin1.txt"),
        b"Th\xe0nh ph\xf4 H\xe0 N\xf4i\n",
    );
    write(&input.join("3-empty.txt"), "");
    write(&input.join("4-spaces.txt"), "\u{feff}  \r\n\t\u{a0}\r\n");
    write(&input.join("5-good.txt"), "Bài cuối hợp lệ.");

    let r = run_ok(dir.path(), &["extract", "in"]);
    let records = r.records();
    assert_eq!(records.len(), 5);
    assert_eq!(records[0]["id"], "1-good.txt");
    assert_error_record(
        &records[1],
        "2-latin1.txt",
        "in/2-latin1.txt",
        "invalid_utf8",
    );
    assert_error_record(&records[2], "3-empty.txt", "in/3-empty.txt", "empty_text");
    assert_error_record(&records[3], "4-spaces.txt", "in/4-spaces.txt", "empty_text");
    assert_eq!(records[4]["id"], "5-good.txt");
    assert!(!is_error(&records[4]));
    assert_counts_match(&r);
    let s = r.summary();
    assert_eq!((s.articles, s.ok, s.errors), (5, 2, 3));
}

#[test]
fn missing_input_path_is_an_io_error_record() {
    let dir = TempDir::new().unwrap();
    write(&dir.path().join("after.txt"), "Bài sau tệp không tồn tại.");
    // Exit status 2, as ripgrep's, but only after the other inputs are read.
    let r = run(
        dir.path(),
        &["extract", "missing/nowhere.jsonl", "after.txt"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    let records = r.records();
    assert_eq!(records.len(), 2);
    assert_error_record(
        &records[0],
        "missing/nowhere.jsonl",
        "missing/nowhere.jsonl",
        "io",
    );
    assert_eq!(records[1]["id"], "after.txt");
    assert!(!is_error(&records[1]));
    assert_counts_match(&r);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_an_io_error_record() {
    use std::os::unix::fs::PermissionsExt;

    let dir = TempDir::new().unwrap();
    let input = dir.path().join("in");
    write(&input.join("a-locked.txt"), "Không đọc được.");
    write(&input.join("b-open.txt"), "Đọc được.");
    let locked = input.join("a-locked.txt");
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::File::open(&locked).is_ok() {
        // Root reads anything: there is no unreadable file to test with.
        eprintln!("running as root: skipping the unreadable-file check");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
        return;
    }
    let r = run_ok(dir.path(), &["extract", "in", "in/a-locked.txt"]);
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
    let records = r.records();
    assert_eq!(records.len(), 3);
    assert_error_record(&records[0], "a-locked.txt", "in/a-locked.txt", "io");
    assert_eq!(records[1]["id"], "b-open.txt");
    assert_error_record(&records[2], "in/a-locked.txt", "in/a-locked.txt", "io");
    assert_counts_match(&r);
}

/// `count` generated JSONL lines with ids `g0`, `g1`, ….
fn generated_jsonl(count: u64, seed: u64) -> String {
    let mut rng = Lcg(seed);
    (0..count)
        .map(|n| line(json!({"id": format!("g{n}"), "text": article_text(n, &mut rng)})))
        .collect()
}

#[test]
fn truncated_gzip_keeps_records_before_the_break_then_one_error() {
    let dir = TempDir::new().unwrap();
    let full = gzip(generated_jsonl(200, 11).as_bytes());
    write(&dir.path().join("cut.jsonl.gz"), &full[..full.len() / 2]);
    write(&dir.path().join("after.txt"), "Bài sau tệp hỏng.");

    let r = run_ok(dir.path(), &["extract", "cut.jsonl.gz", "after.txt"]);
    let records = r.records();
    let read = records.iter().take_while(|r| !is_error(r)).count();
    assert!(read > 0 && read < 200, "{read} records before the break");
    for (n, record) in records[..read].iter().enumerate() {
        assert_eq!(record["id"], format!("g{n}"));
        assert_eq!(record["source"], format!("cut.jsonl.gz:{}", n + 1));
    }
    // Exactly one error record, at the line that could not be read, then the next input.
    assert_eq!(records.len(), read + 2, "{records:?}");
    let at = format!("cut.jsonl.gz:{}", read + 1);
    assert_error_record(&records[read], &at, &at, "truncated");
    assert_eq!(records[read + 1]["id"], "after.txt");
    assert!(!is_error(&records[read + 1]));
    assert_counts_match(&r);
}

#[test]
fn gzip_missing_its_trailer_is_truncated_after_all_lines() {
    let dir = TempDir::new().unwrap();
    let full = gzip(generated_jsonl(20, 5).as_bytes());
    // The 8-byte trailer (CRC and size) is cut short: every line decompresses.
    write(&dir.path().join("cut.jsonl.gz"), &full[..full.len() - 4]);
    let r = run_ok(dir.path(), &["extract", "cut.jsonl.gz"]);
    let records = r.records();
    assert_eq!(records.len(), 21);
    assert!(records[..20].iter().all(|r| !is_error(r)));
    assert_error_record(
        &records[20],
        "cut.jsonl.gz:21",
        "cut.jsonl.gz:21",
        "truncated",
    );
    assert_counts_match(&r);
}

#[test]
fn truncated_gzip_txt_is_one_error_record() {
    let dir = TempDir::new().unwrap();
    let mut rng = Lcg(3);
    let text: String = (0..300).map(|n| article_text(n, &mut rng)).collect();
    let full = gzip(text.as_bytes());
    write(&dir.path().join("cut.txt.gz"), &full[..full.len() / 2]);
    write(&dir.path().join("next.txt"), "Bài tiếp theo.");
    let r = run_ok(dir.path(), &["extract", "cut.txt.gz", "next.txt"]);
    let records = r.records();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_error_record(&records[0], "cut.txt.gz", "cut.txt.gz", "truncated");
    assert_eq!(records[1]["id"], "next.txt");
    assert_counts_match(&r);
}

#[test]
fn truncated_tar_gz_keeps_records_before_the_break_then_one_error() {
    let dir = TempDir::new().unwrap();
    let lines = generated_jsonl(200, 13);
    let archive = gzip(&tar_archive(&[
        ("a.jsonl", lines.as_bytes()),
        ("b.txt", "Bài sau trong tar.".as_bytes()),
    ]));
    write(
        &dir.path().join("cut.tar.gz"),
        &archive[..archive.len() / 2],
    );
    write(&dir.path().join("after.txt"), "Bài sau tệp hỏng.");

    let r = run_ok(dir.path(), &["extract", "cut.tar.gz", "after.txt"]);
    let records = r.records();
    let read = records.iter().take_while(|r| !is_error(r)).count();
    assert!(read > 0 && read < 200, "{read} records before the break");
    for (n, record) in records[..read].iter().enumerate() {
        assert_eq!(record["source"], format!("cut.tar.gz!a.jsonl:{}", n + 1));
    }
    let errors: Vec<&Value> = records.iter().filter(|r| is_error(r)).collect();
    assert_eq!(
        errors.len(),
        1,
        "one error record for one break: {errors:?}"
    );
    assert_eq!(error_kind(errors[0]), "truncated");
    assert_eq!(records.len(), read + 2, "{records:?}");
    assert_eq!(records[read + 1]["id"], "after.txt");
    assert_counts_match(&r);
}

#[test]
fn tar_cut_inside_a_member_is_truncated_not_a_partial_article() {
    let dir = TempDir::new().unwrap();
    let mut rng = Lcg(8);
    let text = (0..60)
        .map(|n| article_text(n, &mut rng))
        .collect::<Vec<_>>()
        .join(" ");
    let archive = tar_archive(&[
        ("a.txt", text.as_bytes()),
        ("b.txt", "Bài sau trong tar.".as_bytes()),
    ]);
    // The 512-byte header and a.txt's data cut after a sentence near its middle (cut inside
    // a character, it comes out as invalid_utf8 instead: wrong too).
    let mut middle = text.len() / 2;
    while !text.is_char_boundary(middle) {
        middle -= 1;
    }
    let half = text[..middle].rfind(". ").unwrap() + 1;
    write(&dir.path().join("cut.tar"), &archive[..512 + half]);
    write(&dir.path().join("after.txt"), "Bài sau tệp hỏng.");

    let r = run_ok(dir.path(), &["extract", "cut.tar", "after.txt"]);
    let records = r.records();
    assert!(
        !records
            .iter()
            .any(|r| r["id"] == "cut.tar!a.txt" && !is_error(r)),
        "half of a.txt came out as an article: {records:?}"
    );
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(str_field(&records[0], "source").starts_with("cut.tar"));
    assert_eq!(error_kind(&records[0]), "truncated", "{}", records[0]);
    assert_eq!(records[1]["id"], "after.txt");
    assert_counts_match(&r);
}

// ---------------------------------------------------------------------------------------------
// 9. Threads
// ---------------------------------------------------------------------------------------------

#[test]
fn output_is_identical_for_any_number_of_threads() {
    let dir = TempDir::new().unwrap();
    let input = dir.path().join("in");
    // More than one batch of 512 items, spread over several files and kinds.
    write(&input.join("part1.jsonl"), generated_jsonl(500, 1));
    write(
        &input.join("part2.jsonl.gz"),
        gzip(generated_jsonl(400, 2).as_bytes()),
    );
    let mut rng = Lcg(4);
    for n in 0..40 {
        write(
            &input.join(format!("txt/{n:02}.txt")),
            article_text(n, &mut rng),
        );
    }
    let mut part3 = generated_jsonl(300, 3);
    part3 += "{\"id\": \"broken\"\n";
    part3 += &line(json!({"id": "empty", "text": "  "}));
    write(&input.join("part3.jsonl"), part3);

    let base = ["extract", "--sentences", "--tokens", "-q", "in"];
    let one = run_ok(dir.path(), &[&base[..], &["--threads", "1"]].concat());
    let two = run_ok(dir.path(), &[&base[..], &["--threads", "2"]].concat());
    let default = run_ok(dir.path(), &base);
    let records = one.records();
    assert_eq!(records.len(), 500 + 400 + 40 + 302);
    assert_eq!(records.iter().filter(|r| is_error(r)).count(), 2);
    assert!(one.stdout == two.stdout, "--threads 1 and 2 differ");
    assert!(
        one.stdout == default.stdout,
        "--threads 1 and default differ"
    );
}

// ---------------------------------------------------------------------------------------------
// 10. Exit codes
// ---------------------------------------------------------------------------------------------

fn write_with_one_error(dir: &Path) {
    write(
        &dir.join("mixed.jsonl"),
        line(json!({"id": "ok", "text": "Bài hợp lệ."})) + &line(json!({"id": "bad", "text": ""})),
    );
    write(
        &dir.join("clean.jsonl"),
        line(json!({"id": "ok", "text": "Bài hợp lệ."})),
    );
}

#[test]
fn article_errors_exit_zero() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    vnextract()
        .current_dir(dir.path())
        .args(["extract", "mixed.jsonl"])
        .assert()
        .code(0);
}

#[test]
fn strict_exits_one_on_article_errors() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    let r = run(dir.path(), &["extract", "--strict", "mixed.jsonl"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    // The records are still all written.
    assert_eq!(r.records().len(), 2);
    assert_counts_match(&r);
    // An input that cannot be opened is an article error too, and exits 2 with or without
    // --strict.
    let r = run(dir.path(), &["extract", "--strict", "nowhere.jsonl"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    // No errors: 0.
    let r = run(dir.path(), &["extract", "--strict", "clean.jsonl"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn output_in_missing_directory_is_fatal() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    let r = run(
        dir.path(),
        &["extract", "clean.jsonl", "-o", "no/such/dir/out.jsonl"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("vnextract: error:"), "{}", r.stderr);
    assert!(r.stderr.contains("no/such/dir/out.jsonl"), "{}", r.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn write_failure_is_fatal() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    let r = run(dir.path(), &["extract", "clean.jsonl", "-o", "/dev/full"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("vnextract: error:"), "{}", r.stderr);
    assert!(r.stderr.contains("No space left on device"), "{}", r.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn write_failure_message_names_the_cause_once() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    let r = run(dir.path(), &["extract", "clean.jsonl", "-o", "/dev/full"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(
        r.stderr.matches("No space left on device").count(),
        1,
        "{}",
        r.stderr
    );
}

/// Runs `vnextract extract -q in.jsonl -o out.jsonl.gz` under bash with a file size limit
/// that lets every record through but cuts the gzip trailer (written when the encoder is
/// dropped). Returns the exit code and the output file.
#[cfg(target_os = "linux")]
fn run_with_gzip_trailer_cut(dir: &Path) -> Option<(i32, Vec<u8>)> {
    let bash = Path::new("/bin/bash");
    if !bash.exists() {
        eprintln!("no /bin/bash: skipping");
        return None;
    }
    let base = generated_jsonl(30, 21);
    let mut rng = Lcg(5);
    let pad: String = (0..6000)
        .map(|_| char::from(b"0123456789abcdef"[(rng.next() % 16) as usize]))
        .collect();
    // The final block and the trailer are 10 bytes: find an input whose gzip output ends
    // 1 to 9 bytes past a multiple of 1024, so that a limit of whole KiB keeps every record
    // (sync-flushed before the run ends) and cuts the trailer.
    let size_for = |n: usize| -> u64 {
        let input = base.clone() + &line(json!({"id": &pad[..n], "text": "Hết."}));
        write(&dir.join("in.jsonl"), input);
        run_ok(dir, &["extract", "-q", "in.jsonl", "-o", "probe.jsonl.gz"]);
        fs::metadata(dir.join("probe.jsonl.gz")).unwrap().len()
    };
    let (mut n, mut size) = (0usize, size_for(0));
    let mut found = None;
    for _ in 0..400 {
        let rest = size % 1024;
        if (1..=9).contains(&rest) {
            found = Some(size);
            break;
        }
        let wanted = if rest < 5 { 5 - rest } else { 1029 - rest };
        // At most about one byte of output per hex digit; creep when close.
        n += if wanted > 40 { wanted as usize - 20 } else { 1 };
        assert!(n <= pad.len(), "no suitable input size found");
        size = size_for(n);
    }
    let size = found.expect("no suitable input size found");
    let limit_kib = size / 1024;
    let status = StdCommand::new(bash)
        .current_dir(dir)
        .arg("-c")
        .arg(format!(
            "ulimit -f {limit_kib}; trap '' XFSZ; exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_vnextract"))
        .args(["extract", "-q", "in.jsonl", "-o", "out.jsonl.gz"])
        .stdin(Stdio::null())
        // A pipe, not the runner's stderr: that may be a file over the size limit.
        .stderr(Stdio::piped())
        .output()
        .expect("bash runs")
        .status;
    // A run that could not complete leaves its output as OUT.partial.
    let out = fs::read(dir.join("out.jsonl.gz"))
        .or_else(|_| fs::read(dir.join("out.jsonl.gz.partial")))
        .unwrap();
    Some((status.code().expect("exit code"), out))
}

#[cfg(target_os = "linux")]
#[test]
fn gzip_output_that_cannot_be_completed_is_fatal() {
    let dir = TempDir::new().unwrap();
    let Some((code, out)) = run_with_gzip_trailer_cut(dir.path()) else {
        return;
    };
    let complete = MultiGzDecoder::new(&out[..])
        .read_to_end(&mut Vec::new())
        .is_ok();
    assert!(
        code == 2 || complete,
        "exit status {code} but the output is not a complete gzip stream ({} bytes)",
        out.len()
    );
    assert_eq!(code, 2, "the output could not be completed");
}

#[test]
fn bad_arguments_exit_two() {
    let dir = TempDir::new().unwrap();
    let cases: [&[&str]; 6] = [
        &[],
        &["frobnicate"],
        &["extract", "--no-such-flag"],
        &["extract", "--threads", "deux"],
        &["extract", "--input-format", "xml"],
        &["segment", "-o"],
    ];
    for args in cases {
        let r = run(dir.path(), args);
        assert_eq!(r.code, 2, "vnextract {args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "vnextract {args:?}");
        assert!(!r.stderr.is_empty(), "vnextract {args:?}");
    }
    // Asking for help is not an error.
    vnextract().arg("--help").assert().code(0);
    vnextract().args(["extract", "--help"]).assert().code(0);
}

// ---------------------------------------------------------------------------------------------
// 11. Output files
// ---------------------------------------------------------------------------------------------

#[test]
fn output_file_plain_and_gzip_hold_the_same_records() {
    let dir = TempDir::new().unwrap();
    write(&dir.path().join("in.jsonl"), generated_jsonl(50, 9));
    write(&dir.path().join("more.txt"), "Bài cuối, có “ngoặc kép”.");
    let inputs = ["extract", "--tokens", "in.jsonl", "more.txt"];

    let plain = run_ok(dir.path(), &inputs);
    assert_eq!(plain.records().len(), 51);

    let to_file = run_ok(dir.path(), &[&inputs[..], &["-o", "out.jsonl"]].concat());
    assert!(to_file.stdout.is_empty());
    let written = fs::read(dir.path().join("out.jsonl")).unwrap();
    assert!(written == plain.stdout, "-o out.jsonl differs from stdout");

    let to_gz = run_ok(
        dir.path(),
        &[&inputs[..], &["--output", "out.jsonl.gz"]].concat(),
    );
    assert!(to_gz.stdout.is_empty());
    let compressed = fs::read(dir.path().join("out.jsonl.gz")).unwrap();
    assert_eq!(&compressed[..2], &[0x1f, 0x8b], "gzip magic");
    assert!(
        gunzip(&compressed) == plain.stdout,
        "-o out.jsonl.gz decompresses to other bytes"
    );
    assert_eq!(to_gz.summary(), plain.summary());
}

// ---------------------------------------------------------------------------------------------
// 12. Broken pipe
// ---------------------------------------------------------------------------------------------

#[test]
fn broken_pipe_stops_quietly_with_status_zero() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("big.jsonl");
    let mut lines = 0u64;
    {
        let mut out = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        let mut rng = Lcg(17);
        let mut size = 0;
        while size < 20_000_000 {
            let l = line(json!({"id": format!("b{lines}"), "text": article_text(lines, &mut rng)}));
            out.write_all(l.as_bytes()).unwrap();
            size += l.len();
            lines += 1;
        }
        out.flush().unwrap();
    }

    let mut child = StdCommand::new(env!("CARGO_BIN_EXE_vnextract"))
        .current_dir(dir.path())
        .args(["extract", "big.jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vnextract starts");
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    drop(reader); // closes the pipe

    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("vnextract did not stop after its output was closed");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();

    let record: Value = serde_json::from_str(&first).expect("first line is a record");
    assert_eq!(record["id"], "b0");
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    for bad in ["panicked", "error:", "Broken pipe", "os error"] {
        assert!(!stderr.contains(bad), "stderr has {bad:?}: {stderr}");
    }
    // It stopped early rather than processing the whole input.
    assert!(summary(&stderr).articles < lines, "{stderr}");
}

// ---------------------------------------------------------------------------------------------
// 13. segment
// ---------------------------------------------------------------------------------------------

fn write_segment_input(dir: &Path) {
    let input =
        line(json!({"id": "s1", "text": "Giá xăng tăng 15,9%. Ông Nguyễn Văn An nói vậy!"}))
            + &line(json!({"id": "s2", "text": "Xin chào Hà\u{a0}Nội."}))
            + &line(json!({"id": "s3", "text": "  "}));
    write(&dir.join("seg.jsonl"), input);
}

#[test]
fn segment_prints_one_sentence_per_line() {
    let dir = TempDir::new().unwrap();
    write_segment_input(dir.path());
    let r = run_ok(dir.path(), &["segment", "seg.jsonl"]);
    let out = String::from_utf8(r.stdout.clone()).unwrap();
    let expected_ok = concat!(
        "# s1\n",
        "Giá xăng tăng 15,9% .\n",
        "Ông Nguyễn Văn An nói vậy !\n",
        "\n",
        "# s2\n",
        "Xin chào Hà Nội .\n",
        "\n",
        "# s3\n",
    );
    assert!(out.starts_with(expected_ok), "{out}");
    let error = &out[expected_ok.len()..];
    assert!(error.starts_with("! error: "), "{error:?}");
    assert!(error.contains("empty_text"), "{error:?}");
    assert!(error.ends_with("\n\n"), "{error:?}");
    let s = r.summary();
    assert_eq!((s.articles, s.ok, s.errors), (3, 2, 1));
}

#[test]
fn segment_json_gives_sentences_with_tokens_and_spans() {
    let dir = TempDir::new().unwrap();
    write_segment_input(dir.path());
    let r = run_ok(dir.path(), &["segment", "--json", "seg.jsonl"]);
    let records = r.records();
    assert_eq!(records.len(), 3);
    let texts = [
        "Giá xăng tăng 15,9%. Ông Nguyễn Văn An nói vậy!",
        "Xin chào Hà\u{a0}Nội.",
    ];
    for (record, text) in records.iter().zip(texts) {
        assert!(record["source"].as_str().unwrap().starts_with("seg.jsonl:"));
        let sentences = record["sentences"].as_array().unwrap();
        assert_spans_in(text, &record["sentences"]);
        for sentence in sentences {
            assert_spans_in(text, &sentence["tokens"]);
            for t in sentence["tokens"].as_array().unwrap() {
                assert!(t["kind"].is_string(), "{t}");
                assert!(offset(t, "start") >= offset(sentence, "start"), "{t}");
                assert!(offset(t, "end") <= offset(sentence, "end"), "{t}");
            }
        }
    }
    assert_eq!(records[0]["id"], "s1");
    let first = &records[0]["sentences"][0];
    assert_eq!(first["text"], "Giá xăng tăng 15,9%.");
    let surfaces: Vec<&str> = first["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap())
        .collect();
    assert_eq!(surfaces, ["Giá", "xăng", "tăng", "15,9%", "."]);
    assert_eq!(first["tokens"][3]["kind"], "percent");
    assert_eq!(records[0]["sentences"][1]["start"], 21);
    assert_error_record(&records[2], "s3", "seg.jsonl:3", "empty_text");
}

// ---------------------------------------------------------------------------------------------
// 14. --quiet
// ---------------------------------------------------------------------------------------------

#[test]
fn quiet_prints_nothing_on_stderr() {
    let dir = TempDir::new().unwrap();
    write_with_one_error(dir.path());
    write(&dir.path().join("notes.md"), "bỏ qua");
    for command in ["extract", "segment"] {
        let r = run(
            dir.path(),
            &[command, "--quiet", "mixed.jsonl", "nowhere.txt", "notes.md"],
        );
        // A missing input is still told, as a warning, and exits 2.
        assert_eq!(r.code, 2);
        let warning = "vnextract: warning: 1 input(s) missing or unreadable: nowhere.txt\n";
        assert_eq!(
            r.stderr, warning,
            "{command} --quiet wrote more than the warning"
        );
        assert!(!r.stdout.is_empty());
        let r = run(dir.path(), &[command, "-q", "--strict", "mixed.jsonl"]);
        assert_eq!(r.code, 1);
        assert_eq!(r.stderr, "", "{command} -q --strict wrote to stderr");
    }
}

/// Regression: `eprintln!` panics when stderr cannot be written, which turned a fatal error
/// (exit 2) into a panic (exit 101) when stderr was a file over a size limit.
#[cfg(target_os = "linux")]
#[test]
fn unwritable_stderr_does_not_panic() {
    let dir = TempDir::new().unwrap();
    let full = fs::File::create("/dev/full").expect("/dev/full");
    let status = StdCommand::new(env!("CARGO_BIN_EXE_vnextract"))
        .current_dir(dir.path())
        .args(["extract", "missing.jsonl", "-o", "/dev/full"])
        .stdin(Stdio::null())
        .stderr(full)
        .status()
        .expect("vnextract runs");
    assert_eq!(status.code(), Some(2));
}

/// `extract` of JSON Lines on stdin, with `--lexicon FILE` when one is given.
fn extract_with_lexicon(
    text: &str,
    lexicon: Option<&std::path::Path>,
) -> assert_cmd::assert::Assert {
    let mut command = Command::cargo_bin("vnextract").unwrap();
    command.args(["extract", "--input-format", "jsonl"]);
    if let Some(lexicon) = lexicon {
        command.arg("--lexicon").arg(lexicon);
    }
    command.write_stdin(text.to_string()).assert()
}

/// What `extract` writes for `text`, with `--lexicon FILE` when one is given.
fn records_with_lexicon(text: &str, lexicon: Option<&std::path::Path>) -> String {
    let output = extract_with_lexicon(text, lexicon)
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8_lossy(&output).into_owned()
}

#[test]
fn a_user_lexicon_adds_positions_and_a_bad_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("mine.tsv");
    std::fs::write(
        &lexicon,
        "# format: vnextract-lexicon 1\nposition\tTrưởng làng\n",
    )
    .unwrap();
    let text = "{\"id\":\"a\",\"text\":\"Trưởng làng Nguyễn Văn Hậu cho biết mùa màng tốt.\"}\n";
    let without = Command::cargo_bin("vnextract")
        .unwrap()
        .args(["extract", "--input-format", "jsonl"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&without.stdout).contains("Nguyễn Văn Hậu\",\"role"));
    let with = Command::cargo_bin("vnextract")
        .unwrap()
        .args(["extract", "--input-format", "jsonl", "--lexicon"])
        .arg(&lexicon)
        .write_stdin(text)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&with.stdout);
    assert!(out.contains("\"role\":\"Trưởng làng\""), "{out}");
    std::fs::write(&lexicon, "position\tTrưởng làng\n").unwrap();
    Command::cargo_bin("vnextract")
        .unwrap()
        .args(["extract", "--input-format", "jsonl", "--lexicon"])
        .arg(&lexicon)
        .write_stdin(text)
        .assert()
        .failure()
        .stderr(predicates::str::contains("mine.tsv"));
}

#[test]
fn a_user_lexicon_adds_a_currency_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = dir.path().join("money.tsv");
    std::fs::write(
        &lexicon,
        "# format: vnextract-lexicon 1\ncurrency\trupiah\tIDR\n",
    )
    .unwrap();
    let text = "{\"id\":\"a\",\"text\":\"Công ty thu về 5 tỷ rupiah trong quý.\"}\n";
    assert!(!records_with_lexicon(text, None).contains("IDR"));
    let out = records_with_lexicon(text, Some(&lexicon));
    assert!(out.contains("\"currency\":\"IDR\""), "{out}");
    assert!(out.contains("\"amount\":5000000000,"), "{out}");
    std::fs::write(
        &lexicon,
        "# format: vnextract-lexicon 1\ncurrency\trupiah\n",
    )
    .unwrap();
    extract_with_lexicon(text, Some(&lexicon))
        .failure()
        .stderr(predicates::str::contains("money.tsv:2"));
}

/// Issue 14: an option that changes nothing in the run is reported, and the run goes on.
#[test]
fn options_without_effect_are_reported() {
    let dir = TempDir::new().unwrap();
    let dict = dir.path().join("dict.txt");
    fs::write(&dict, "Tân Bình\n").unwrap();
    let input = dir.path().join("a.txt");
    fs::write(&input, "Chủ tịch UBND quận Lạc Văn Tín phát biểu.").unwrap();
    let dict = dict.to_string_lossy().into_owned();
    let input = input.to_string_lossy().into_owned();
    let run = run_ok(dir.path(), &["extract", "--user-dict", &dict, &input]);
    assert!(
        run.stderr
            .contains("warning: --user-dict has no effect without --words"),
        "{}",
        run.stderr
    );
    let run = run_ok(
        dir.path(),
        &["extract", "--words", "--user-dict", &dict, &input],
    );
    assert!(!run.stderr.contains("no effect"), "{}", run.stderr);
    let run = run_ok(dir.path(), &["segment", "--user-dict", &dict, &input]);
    assert!(
        run.stderr
            .contains("--user-dict has no effect without --words or --lines"),
        "{}",
        run.stderr
    );
}

#[test]
fn keep_field_carries_input_fields_into_records_and_bulk_documents_as_written() {
    let dir = TempDir::new().unwrap();
    let lines = concat!(
        r#"{"id":"k1","text":"Giá tăng 3%.","category":"Kinh tế","tags":["giá","xăng"],"#,
        r#""views":123456789012345678901234567890,"other":1}"#,
        "\n",
        r#"{"id":"k2","text":"Giá giảm 2%.","category":null}"#,
        "\n",
        r#"{"id":"k3","text":"Giá giảm 1%."}"#,
        "\n",
    );
    write(&dir.path().join("in.jsonl"), lines);
    let keep = [
        "--keep-field",
        "category",
        "--keep-field",
        "tags",
        "--keep-field",
        "views",
    ];
    let args: Vec<&str> = ["extract", "in.jsonl"].into_iter().chain(keep).collect();
    let r = run_ok(dir.path(), &args);
    let out = String::from_utf8(r.stdout.clone()).unwrap();
    // A number keeps every digit; fields not asked for stay out.
    assert!(
        out.contains(r#""views":123456789012345678901234567890"#),
        "{out}"
    );
    let records = r.records();
    assert_eq!(records[0]["fields"]["category"], "Kinh tế");
    assert_eq!(records[0]["fields"]["tags"], json!(["giá", "xăng"]));
    assert!(records[0]["fields"].get("other").is_none());
    assert_eq!(records[1]["fields"], json!({"category": null}));
    assert!(records[2].get("fields").is_none());
    // Without --keep-field, no record has them.
    let plain = run_ok(dir.path(), &["extract", "in.jsonl"]).records();
    assert!(plain.iter().all(|r| r.get("fields").is_none()));
    // A _bulk document carries them too.
    let args: Vec<&str> = [
        "extract",
        "in.jsonl",
        "--format",
        "es-bulk",
        "--index-name",
        "n",
    ]
    .into_iter()
    .chain(keep)
    .collect();
    let bulk = run_ok(dir.path(), &args).records();
    assert_eq!(bulk[1]["fields"], records[0]["fields"]);
}
