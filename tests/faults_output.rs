//! Faults on the writing side of a run (issue 14): records written continuously, runs
//! interrupted by a signal and resumed, an output that is also an input, a closed stdout,
//! and `generate -o x.gz`. Each test builds its inputs itself.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use flate2::read::MultiGzDecoder;
use serde_json::{Value, json};
use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_vnextract");

fn vnextract(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command.current_dir(dir).args(args).stdin(Stdio::null());
    command
}

/// Runs to the end: exit code, stdout, stderr.
fn run(dir: &Path, args: &[&str]) -> (i32, Vec<u8>, String) {
    let output = vnextract(dir, args).output().expect("vnextract runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (
        output.status.code().expect("an exit code"),
        output.stdout,
        stderr,
    )
}

/// A generated news-like corpus of about `megabytes` MB in `dir/name`; its article count.
fn generate(dir: &Path, name: &str, megabytes: &str) -> usize {
    let (code, _, stderr) = run(dir, &["generate", "--megabytes", megabytes, "-o", name]);
    assert_eq!(code, 0, "{stderr}");
    fs::read_to_string(dir.join(name)).unwrap().lines().count()
}

/// The first `lines` articles of a generated corpus in `dir/name`.
fn generate_lines(dir: &Path, name: &str, lines: usize) {
    generate(dir, name, "1");
    let text = fs::read_to_string(dir.join(name)).unwrap();
    let kept: String = text.split_inclusive('\n').take(lines).collect();
    fs::write(dir.join(name), kept).unwrap();
}

fn ids(jsonl: &[u8]) -> Vec<String> {
    jsonl
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let record: Value = serde_json::from_slice(l).expect("a whole JSON record");
            record["id"].as_str().expect("an id").to_string()
        })
        .collect()
}

fn gunzip(path: &Path) -> Vec<u8> {
    let mut text = Vec::new();
    MultiGzDecoder::new(fs::File::open(path).unwrap())
        .read_to_end(&mut text)
        .expect("a complete gzip stream");
    text
}

fn partial(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".partial");
    name.into()
}

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

#[test]
fn records_are_written_while_the_input_is_still_coming() {
    let dir = TempDir::new().unwrap();
    let mut child = vnextract(dir.path(), &["extract", "-q", "--batch-size", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, received) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let article = |n: usize| {
        let text = format!("Bài {n}: doanh thu đạt 14.732 tỷ đồng, tăng 15,9%.");
        format!("{}\n", json!({"id": format!("a{n}"), "text": text}))
    };
    // Each record comes back before the next article is even sent.
    for n in 0..3 {
        stdin.write_all(article(n).as_bytes()).unwrap();
        stdin.flush().unwrap();
        let line = received
            .recv_timeout(Duration::from_secs(60))
            .expect("a record while stdin is still open");
        assert_eq!(ids(line.as_bytes()), [format!("a{n}")]);
    }
    for n in 3..50 {
        stdin.write_all(article(n).as_bytes()).unwrap();
    }
    drop(stdin);
    let rest: Vec<String> = received.iter().collect();
    reader.join().unwrap();
    assert_eq!(rest.len(), 47);
    assert_eq!(ids(rest[46].as_bytes()), ["a49"]);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

/// Starts `extract in.jsonl -o out`, waits until its partial output has records, sends
/// `signal_name`; returns the exit code, or `None` when the run ended before the signal.
fn interrupt(dir: &Path, out: &str, signal_name: &str) -> Option<i32> {
    let mut child = vnextract(dir, &["extract", "in.jsonl", "-o", out, "--threads", "2"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let partial = partial(&dir.join(out));
    while fs::metadata(&partial).map_or(true, |m| m.len() == 0) {
        assert!(started.elapsed() < Duration::from_secs(300), "no output");
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    signal(&child, signal_name);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().expect("an exit code, not killed");
    if code == 0 {
        return None;
    }
    assert!(stderr.contains("--resume"), "{stderr}");
    Some(code)
}

/// Interrupts a run into `out`, checks the partial output holds whole records (the first
/// ones, in order), then resumes and checks the result equals an uninterrupted run.
fn interrupt_then_resume(out: &str, read: fn(&Path) -> Vec<u8>) {
    let dir = TempDir::new().unwrap();
    let articles = generate(dir.path(), "in.jsonl", "3");
    let (code, _, stderr) = run(
        dir.path(),
        &["extract", "-q", "in.jsonl", "-o", "whole.jsonl"],
    );
    assert_eq!(code, 0, "{stderr}");
    let whole = fs::read(dir.path().join("whole.jsonl")).unwrap();
    let whole_ids = ids(&whole);
    assert_eq!(whole_ids.len(), articles);

    let Some(code) = interrupt(dir.path(), out, "INT") else {
        eprintln!("the run ended before the signal: nothing to check");
        return;
    };
    assert_eq!(code, 130);
    let target = dir.path().join(out);
    assert!(!target.exists(), "an interrupted run is left as .partial");
    let kept = read(&partial(&target));
    assert!(kept.is_empty() || kept.ends_with(b"\n"), "a cut last line");
    let kept_ids = ids(&kept);
    assert!(kept_ids.len() < articles);
    assert_eq!(kept_ids[..], whole_ids[..kept_ids.len()]);

    let args = ["extract", "--resume", "in.jsonl", "-o", out];
    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    if !kept_ids.is_empty() {
        let resumed = format!("resumed after the {} records", kept_ids.len());
        assert!(stderr.contains(&resumed), "{stderr}");
    }
    assert!(stderr.contains(&format!("{} articles", articles - kept_ids.len())));
    assert!(!partial(&target).exists());
    assert!(read(&target) == whole, "resumed output differs");
}

#[test]
fn sigint_leaves_whole_records_and_resume_completes_the_run() {
    interrupt_then_resume("out.jsonl", |p| fs::read(p).unwrap());
}

#[test]
fn sigint_leaves_a_valid_gzip_and_resume_completes_it() {
    interrupt_then_resume("out.jsonl.gz", gunzip);
}

#[test]
fn sigterm_exits_143_with_the_partial_output_kept() {
    let dir = TempDir::new().unwrap();
    generate(dir.path(), "in.jsonl", "3");
    if let Some(code) = interrupt(dir.path(), "out.jsonl", "TERM") {
        assert_eq!(code, 143);
        assert!(dir.path().join("out.jsonl.partial").exists());
    }
}

#[test]
fn resume_drops_a_cut_last_line_of_a_killed_run() {
    let dir = TempDir::new().unwrap();
    let articles = 40;
    generate_lines(dir.path(), "in.jsonl", articles);
    let (code, _, _) = run(
        dir.path(),
        &["extract", "-q", "in.jsonl", "-o", "whole.jsonl"],
    );
    assert_eq!(code, 0);
    let whole = fs::read(dir.path().join("whole.jsonl")).unwrap();
    // As a run killed outright leaves it: 5 records and part of the sixth.
    let cut = whole
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(5)
        .map(|(i, _)| i - 10)
        .unwrap();
    fs::write(dir.path().join("out.jsonl.partial"), &whole[..cut]).unwrap();
    let args = ["extract", "--resume", "in.jsonl", "-o", "out.jsonl"];
    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("resumed after the 5 records"), "{stderr}");
    assert!(
        stderr.contains(&format!("{} articles", articles - 5)),
        "{stderr}"
    );
    assert!(fs::read(dir.path().join("out.jsonl")).unwrap() == whole);
}

#[test]
fn an_output_that_is_an_input_is_refused_and_the_input_kept() {
    let dir = TempDir::new().unwrap();
    generate_lines(dir.path(), "in.jsonl", 10);
    let before = fs::read(dir.path().join("in.jsonl")).unwrap();
    fs::hard_link(dir.path().join("in.jsonl"), dir.path().join("link.jsonl")).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    let cases: [&[&str]; 4] = [
        &["extract", "in.jsonl", "-o", "in.jsonl"],
        &["extract", "in.jsonl", "-o", "./in.jsonl"],
        &["extract", "in.jsonl", "-o", "link.jsonl"],
        &["extract", ".", "-o", "sub/out.jsonl"],
    ];
    for args in cases {
        let (code, stdout, stderr) = run(dir.path(), args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stdout.is_empty());
        assert!(stderr.contains("is also an input"), "{stderr}");
        assert!(fs::read(dir.path().join("in.jsonl")).unwrap() == before);
    }
    assert!(!dir.path().join("sub/out.jsonl.partial").exists());
}

#[test]
fn a_closed_stdout_is_an_error_not_a_silent_success() {
    let dir = TempDir::new().unwrap();
    generate_lines(dir.path(), "in.jsonl", 10);
    for command in ["extract in.jsonl", "generate --megabytes 1"] {
        let output = Command::new("sh")
            .current_dir(dir.path())
            .arg("-c")
            .arg(format!("exec \"$0\" {command} >&-"))
            .arg(BIN)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{command}: {stderr}");
        assert!(stderr.contains("standard output is closed"), "{stderr}");
    }
}

#[test]
fn generate_writes_gzip_when_the_output_ends_in_gz() {
    let dir = TempDir::new().unwrap();
    let args = ["generate", "--megabytes", "1", "-o", "corpus.jsonl.gz"];
    let (code, _, stderr) = run(dir.path(), &args);
    assert_eq!(code, 0, "{stderr}");
    let path = dir.path().join("corpus.jsonl.gz");
    assert_eq!(fs::read(&path).unwrap()[..2], [0x1f, 0x8b]);
    let text = gunzip(&path);
    let plain = generate(dir.path(), "corpus.jsonl", "1");
    assert!(text == fs::read(dir.path().join("corpus.jsonl")).unwrap());
    assert!(
        stderr.contains(&format!("generated {plain} articles")),
        "{stderr}"
    );
    // And the extractor reads it like the plain one.
    let (code, stdout, _) = run(dir.path(), &["extract", "-q", "corpus.jsonl.gz"]);
    assert_eq!(code, 0);
    assert_eq!(ids(&stdout).len(), plain);
}
