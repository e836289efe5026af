//! Bad inputs on the reading side, each built here in a temporary directory: lines and
//! members over `--max-article-bytes`, decompression bombs, symbolic links (to a file, in a
//! loop, dangling), links inside tar archives, a cut zip, missing inputs, empty runs, the
//! hint for a misnamed text field and ids too large for `u64`. Each checks the records, the
//! summary's counts and the exit status.

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;
use serde_json::Value;
use tempfile::TempDir;

/// What one run of the binary gave.
struct Run {
    code: i32,
    records: Vec<Value>,
    stderr: String,
}

impl Run {
    /// `(articles, ok, errors)` from the summary line.
    fn counts(&self) -> (u64, u64, u64) {
        let line = self
            .stderr
            .lines()
            .find(|l| l.contains(" articles: "))
            .unwrap_or_else(|| panic!("no summary line: {}", self.stderr));
        let numbers: Vec<u64> = line
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .take(3)
            .map(|s| s.parse().unwrap())
            .collect();
        (numbers[0], numbers[1], numbers[2])
    }

    /// `(kind, source)` of each record, `ok` for a record that is not an error.
    fn kinds(&self) -> Vec<(String, String)> {
        self.records
            .iter()
            .map(|r| {
                let kind = r["error"]["kind"].as_str().unwrap_or("ok").to_string();
                (kind, r["source"].as_str().unwrap_or("").to_string())
            })
            .collect()
    }
}

fn run(dir: &Path, args: &[&str]) -> Run {
    let output = assert_cmd::cargo::cargo_bin_cmd!("vnextract")
        .current_dir(dir)
        .args(args)
        .write_stdin(Vec::new())
        .output()
        .expect("vnextract runs");
    let records = output
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("a JSON record"))
        .collect();
    Run {
        code: output.status.code().expect("an exit code, not a signal"),
        records,
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, s)| (k.to_string(), s.to_string()))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

const GOOD: &str = r#"{"id": "g", "text": "Doanh thu tăng 5%."}"#;

#[test]
fn a_line_over_the_limit_is_one_too_large_record_and_the_run_goes_on() {
    let dir = TempDir::new().unwrap();
    let huge = format!(r#"{{"id": "h", "text": "{}"}}"#, "a".repeat(50_000));
    fs::write(
        dir.path().join("in.jsonl"),
        format!("{GOOD}\n{huge}\n{GOOD}\n"),
    )
    .unwrap();
    let r = run(
        dir.path(),
        &["extract", "--max-article-bytes", "1KB", "in.jsonl"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = [
        ("ok", "in.jsonl:1"),
        ("too_large", "in.jsonl:2"),
        ("ok", "in.jsonl:3"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));
    assert_eq!(r.counts(), (3, 2, 1));
    let message = r.records[1]["error"]["message"].as_str().unwrap();
    assert!(message.contains("1000 bytes"), "{message}");
}

#[test]
fn a_gzip_bomb_line_or_file_is_one_too_large_record() {
    let dir = TempDir::new().unwrap();
    let zeros = vec![0u8; 4 << 20];
    let mut lines = format!("{GOOD}\n").into_bytes();
    lines.extend_from_slice(&zeros);
    lines.extend_from_slice(format!("\n{GOOD}\n").as_bytes());
    let bomb = gzip(&lines);
    assert!(bomb.len() < 100_000, "a bomb compresses small");
    fs::write(dir.path().join("a.jsonl.gz"), bomb).unwrap();
    fs::write(dir.path().join("b.txt.gz"), gzip(&zeros)).unwrap();
    let args = [
        "extract",
        "--max-article-bytes",
        "64KiB",
        "a.jsonl.gz",
        "b.txt.gz",
    ];
    let r = run(dir.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = [
        ("ok", "a.jsonl.gz:1"),
        ("too_large", "a.jsonl.gz:2"),
        ("ok", "a.jsonl.gz:3"),
        ("too_large", "b.txt.gz"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));
    assert_eq!(r.counts(), (4, 2, 2));
}

#[test]
fn a_zip_member_over_the_limit_is_one_record_and_the_others_are_read() {
    let dir = TempDir::new().unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, body) in [
        ("a.txt", "Lãi suất 7%.".as_bytes().to_vec()),
        ("big.txt", vec![b'x'; 1 << 20]),
        ("c.txt", "Giá 2 triệu đồng.".as_bytes().to_vec()),
    ] {
        zip.start_file(name, options).unwrap();
        zip.write_all(&body).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    fs::write(dir.path().join("z.zip"), &bytes).unwrap();
    let r = run(
        dir.path(),
        &["extract", "--max-article-bytes", "10000", "z.zip"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = [
        ("ok", "z.zip!a.txt"),
        ("too_large", "z.zip!big.txt"),
        ("ok", "z.zip!c.txt"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));
    assert_eq!(r.counts(), (3, 2, 1));

    // The same archive cut short has lost its directory: truncated, not an I/O error.
    fs::write(dir.path().join("cut.zip"), &bytes[..bytes.len() / 2]).unwrap();
    let r = run(dir.path(), &["extract", "cut.zip"]);
    assert_eq!(r.kinds(), pairs(&[("truncated", "cut.zip")]));
}

#[test]
fn dev_zero_as_text_is_a_too_large_record_not_an_abort() {
    let dir = TempDir::new().unwrap();
    let args = [
        "extract",
        "--input-format",
        "txt",
        "--max-article-bytes",
        "1MB",
        "/dev/zero",
    ];
    let r = run(dir.path(), &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.kinds(), pairs(&[("too_large", "/dev/zero")]));
}

/// `/dev/zero` read as JSON Lines is one line that never ends: once a line over the limit
/// holds NUL bytes, its end is looked for only so far, then the rest of the input is given
/// up with status 2 (it used to be skipped forever). A binary line that does end is one
/// `too_large` record, and the lines after it are read.
#[test]
fn binary_input_as_jsonl_is_skipped_only_so_far() {
    let dir = TempDir::new().unwrap();
    let mut binary = format!("{GOOD}\n").into_bytes();
    binary.extend(vec![0u8; 3_000_000]);
    binary.extend(format!("\n{GOOD}\n").into_bytes());
    fs::write(dir.path().join("disk.jsonl"), &binary).unwrap();
    let limit = ["--max-article-bytes", "1MB"];
    let r = run(
        dir.path(),
        &[&["extract"][..], &limit, &["disk.jsonl"]].concat(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = [
        ("ok", "disk.jsonl:1"),
        ("too_large", "disk.jsonl:2"),
        ("ok", "disk.jsonl:3"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));

    let endless = [
        &["extract", "--input-format", "jsonl"][..],
        &limit,
        &["/dev/zero"],
    ]
    .concat();
    let r = run(dir.path(), &endless);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.kinds(), pairs(&[("too_large", "/dev/zero:1")]));
    let message = r.records[0]["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("the rest of this input is not read"),
        "{message}"
    );
    assert!(r.stderr.contains("unreadable: /dev/zero"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_a_directory_are_followed_and_loops_and_dangling_ones_reported() {
    use std::os::unix::fs::symlink;
    let dir = TempDir::new().unwrap();
    let root = dir.path();
    fs::create_dir_all(root.join("in/sub")).unwrap();
    fs::create_dir_all(root.join("elsewhere")).unwrap();
    fs::write(root.join("in/a.txt"), "Tăng 3%.").unwrap();
    fs::write(root.join("elsewhere/b.txt"), "Giảm 4%.").unwrap();
    symlink("../elsewhere/b.txt", root.join("in/b.txt")).unwrap();
    symlink("nowhere.txt", root.join("in/c.txt")).unwrap();
    symlink("..", root.join("in/sub/up")).unwrap();
    let r = run(root, &["extract", "in"]);
    // The run reads everything it can, then says with exit status 2 that some could not be.
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("2 input(s) missing or unreadable: in/c.txt, in/sub/up"),
        "{}",
        r.stderr
    );
    let expected = [
        ("ok", "in/a.txt"),
        ("ok", "in/b.txt"),
        ("io", "in/c.txt"),
        ("io", "in/sub/up"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));
    assert_eq!(r.records[1]["id"], "b.txt");
    let dangling = r.records[2]["error"]["message"].as_str().unwrap();
    assert!(dangling.contains("dangling"), "{dangling}");
    let cycle = r.records[3]["error"]["message"].as_str().unwrap();
    assert!(cycle.contains("loop"), "{cycle}");
    assert_eq!(r.counts(), (4, 2, 2));
}

#[test]
fn links_inside_a_tar_archive_are_error_records_not_lost() {
    let dir = TempDir::new().unwrap();
    let mut builder = tar::Builder::new(Vec::new());
    let body = "Tăng 3%.".as_bytes();
    let mut header = tar::Header::new_gnu();
    header.set_size(body.len() as u64);
    header.set_mode(0o644);
    builder.append_data(&mut header, "a.txt", body).unwrap();
    for (name, kind) in [
        ("b.txt", tar::EntryType::Link),
        ("c.txt", tar::EntryType::Symlink),
    ] {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(kind);
        header.set_size(0);
        builder.append_link(&mut header, name, "a.txt").unwrap();
    }
    fs::write(dir.path().join("t.tar"), builder.into_inner().unwrap()).unwrap();
    let r = run(dir.path(), &["extract", "t.tar"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let expected = [
        ("ok", "t.tar!a.txt"),
        ("io", "t.tar!b.txt"),
        ("io", "t.tar!c.txt"),
    ];
    assert_eq!(r.kinds(), pairs(&expected));
    let hard = r.records[1]["error"]["message"].as_str().unwrap();
    assert!(hard.contains("hard link"), "{hard}");
}

#[test]
fn a_missing_input_exits_2_after_the_others_are_read() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("in.jsonl"), format!("{GOOD}\n")).unwrap();
    let r = run(dir.path(), &["extract", "missing.jsonl", "in.jsonl"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let expected = [("io", "missing.jsonl"), ("ok", "in.jsonl:1")];
    assert_eq!(r.kinds(), pairs(&expected));
    assert!(
        r.stderr
            .contains("warning: 1 input(s) missing or unreadable: missing.jsonl")
    );
    let message = r.records[0]["error"]["message"].as_str().unwrap();
    assert_eq!(message.matches("os error").count(), 1, "{message}");
}

#[test]
fn a_missing_dictionary_names_the_os_error_once() {
    let dir = TempDir::new().unwrap();
    let r = run(
        dir.path(),
        &["segment", "--words", "--user-dict", "nope.txt", "-"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stderr.matches("os error").count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("nope.txt"), "{}", r.stderr);
}

#[test]
fn an_empty_directory_warns_and_fails_only_under_strict() {
    let dir = TempDir::new().unwrap();
    fs::create_dir(dir.path().join("empty")).unwrap();
    let r = run(dir.path(), &["extract", "empty"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning: no articles found"),
        "{}",
        r.stderr
    );
    let r = run(dir.path(), &["extract", "--strict", "--quiet", "empty"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("warning: no articles found"),
        "{}",
        r.stderr
    );
}

#[test]
fn lines_without_the_text_field_get_a_hint_naming_the_fields_seen() {
    let dir = TempDir::new().unwrap();
    let lines: String = (0..20)
        .map(|n| format!("{{\"id\": {n}, \"headline\": \"T\", \"body\": \"Tăng {n}%.\"}}\n"))
        .collect();
    fs::write(dir.path().join("in.jsonl"), lines).unwrap();
    let r = run(dir.path(), &["extract", "in.jsonl"]);
    assert!(
        r.stderr.contains(
            "20 of 20 lines have no \"text\" field; fields seen: body, headline, id \
             — try --text-field body"
        ),
        "{}",
        r.stderr
    );
    assert_eq!(r.counts(), (20, 0, 20));
    let r = run(dir.path(), &["extract", "--text-field", "body", "in.jsonl"]);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    assert_eq!(r.counts(), (20, 20, 0));
}

#[test]
fn numeric_ids_above_u64_keep_their_digits() {
    let dir = TempDir::new().unwrap();
    let lines = "{\"id\": 123456789012345678901234567890, \"text\": \"Tăng 3%.\"}\n\
                 {\"id\": 18446744073709551615, \"text\": \"Tăng 3%.\"}\n\
                 {\"id\": -42, \"text\": \"Tăng 3%.\"}\n";
    fs::write(dir.path().join("in.jsonl"), lines).unwrap();
    let r = run(dir.path(), &["extract", "in.jsonl"]);
    let ids: Vec<&str> = r
        .records
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "18446744073709551615",
            "-42"
        ]
    );
}
