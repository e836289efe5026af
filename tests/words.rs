//! Word segmentation from the command line: `segment --words`, `--lines`, `--user-dict`,
//! `extract --words`, `--hf-tokenizer`, `train-segmenter` and `eval --segmentation`.

use std::fs;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

fn vnextract() -> assert_cmd::Command {
    assert_cmd::cargo::cargo_bin_cmd!("vnextract")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let output = vnextract()
        .current_dir(dir)
        .args(args)
        .write_stdin(stdin.to_vec())
        .output()
        .expect("vnextract runs");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 output"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

fn run_ok(dir: &Path, args: &[&str], stdin: &[u8]) -> Run {
    let r = run(dir, args, stdin);
    assert_eq!(r.code, 0, "vnextract {args:?}: {}", r.stderr);
    r
}

fn records(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

/// Every word's span points at its text, in code points and bytes.
fn assert_word_spans(text: &str, words: &Value) {
    for w in words.as_array().expect("words array") {
        let (bs, be) = (
            w["byte_start"].as_u64().unwrap() as usize,
            w["byte_end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[bs..be], w["text"].as_str().unwrap());
        let chars: Vec<char> = text.chars().collect();
        let (s, e) = (
            w["start"].as_u64().unwrap() as usize,
            w["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[s..e].iter().collect::<String>(),
            w["text"].as_str().unwrap()
        );
    }
}

const NEWS: &str = "Phó Chủ tịch HĐND thành phố Phạm Quí Tiên cho biết tổng thu ngân sách đạt 14.732 tỷ đồng bằng 131% dự toán.";

#[test]
fn lines_keep_every_line_and_change_only_spaces_inside_words() {
    let dir = TempDir::new().unwrap();
    let input = "Phó Chủ tịch HĐND thành phố Phạm Quí Tiên\n\
                 \n\
                 cán bộ  công chức\tlàm việc \r\n\
                 \u{a0}cán bộ\n\
                 tổng thu đạt 14.732 tỷ đồng bằng 131 % dự toán\n\
                 \n\
                 \n\
                 cán bộ công chức";
    let r = run_ok(
        dir.path(),
        &["segment", "--words", "--lines", "-q"],
        input.as_bytes(),
    );
    assert_eq!(r.stdout.replace('_', " "), input, "only spaces become _");
    assert_eq!(
        r.stdout.split('\n').count(),
        input.split('\n').count(),
        "one output line per input line"
    );
    let lines: Vec<&str> = r.stdout.split('\n').collect();
    assert_eq!(lines[0], "Phó Chủ_tịch HĐND thành_phố Phạm_Quí_Tiên");
    assert_eq!(lines[2], "cán_bộ  công_chức\tlàm_việc \r");
    assert!(lines[4].contains(" đồng bằng "), "{}", lines[4]);
    assert!(lines[4].contains("14.732 tỷ"), "{}", lines[4]);
    // Files too, and --lines alone means words.
    fs::write(dir.path().join("in.txt"), input).unwrap();
    let r2 = run_ok(dir.path(), &["segment", "--lines", "-q", "in.txt"], b"");
    assert_eq!(r2.stdout, r.stdout);
}

#[test]
fn lines_pass_non_utf8_lines_through() {
    let dir = TempDir::new().unwrap();
    let input = [b"c\xe1n b\xf4\n".as_slice(), "cán bộ\n".as_bytes()].concat();
    let out = vnextract()
        .current_dir(dir.path())
        .args(["segment", "--lines", "-q"])
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    let expected = [b"c\xe1n b\xf4\n".as_slice(), "cán_bộ\n".as_bytes()].concat();
    assert_eq!(out.stdout, expected);
}

#[test]
fn segment_words_text_and_json() {
    let dir = TempDir::new().unwrap();
    let r = run_ok(
        dir.path(),
        &["segment", "--words", "--input-format", "txt", "-q"],
        NEWS.as_bytes(),
    );
    let line = r.stdout.lines().nth(1).expect("a sentence line");
    assert!(
        line.starts_with("Phó Chủ_tịch HĐND thành_phố Phạm_Quí_Tiên"),
        "{line}"
    );
    assert!(line.contains("14.732 tỷ đồng bằng 131%"), "{line}");

    let r = run_ok(
        dir.path(),
        &[
            "segment",
            "--words",
            "--json",
            "--input-format",
            "txt",
            "-q",
        ],
        NEWS.as_bytes(),
    );
    let record = &records(&r.stdout)[0];
    let words = &record["sentences"][0]["words"];
    assert_word_spans(NEWS, words);
    let texts: Vec<&str> = words
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Chủ tịch") && texts.contains(&"Phạm Quí Tiên"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"đồng") && texts.contains(&"bằng"),
        "{texts:?}"
    );
}

#[test]
fn extract_words_adds_a_words_field_with_spans() {
    let dir = TempDir::new().unwrap();
    let line = serde_json::json!({"id": "a", "text": NEWS}).to_string();
    let r = run_ok(dir.path(), &["extract", "--words", "-q"], line.as_bytes());
    let record = &records(&r.stdout)[0];
    assert_word_spans(NEWS, &record["words"]);
    assert!(record.get("hf_ids").is_none());
    let r = run_ok(dir.path(), &["extract", "-q"], line.as_bytes());
    assert!(records(&r.stdout)[0].get("words").is_none(), "opt-in");
}

#[test]
fn user_dict_forces_words_and_splits_and_names_bad_lines() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("user.txt"), "# mine\nFIS BANK\n-cán bộ\n").unwrap();
    let r = run_ok(
        dir.path(),
        &["segment", "--lines", "-q", "--user-dict", "user.txt"],
        "cán bộ FIS BANK làm việc\n".as_bytes(),
    );
    assert_eq!(r.stdout, "cán bộ FIS_BANK làm_việc\n");
    let line = serde_json::json!({"id": "a", "text": "Ông làm ở FIS BANK."}).to_string();
    let r = run_ok(
        dir.path(),
        &["extract", "--words", "-q", "--user-dict", "user.txt"],
        line.as_bytes(),
    );
    let words = &records(&r.stdout)[0]["words"];
    assert!(
        words
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["text"] == "FIS BANK"),
        "{words}"
    );
    fs::write(dir.path().join("bad.txt"), "FIS BANK\n-\n").unwrap();
    let r = run(
        dir.path(),
        &["segment", "--lines", "--user-dict", "bad.txt"],
        b"x\n",
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("bad.txt:2"), "{}", r.stderr);
}

/// A tiny CoNLL-U file: `sentences` repeated.
fn conllu(sentences: &[&[&str]], times: usize) -> String {
    let mut out = String::new();
    for n in 0..times {
        for (k, words) in sentences.iter().enumerate() {
            out.push_str(&format!("# sent_id = s{n}-{k}\n"));
            for (i, w) in words.iter().enumerate() {
                out.push_str(&format!("{}\t{w}\t{w}\tX\tX\t_\t0\tdep\t_\t_\n", i + 1));
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn train_segmenter_is_deterministic_and_eval_scores_it() {
    let dir = TempDir::new().unwrap();
    let sentences: &[&[&str]] = &[
        &["Cán bộ", "công chức", "làm", "việc", "."],
        &["Ông", "Phạm Quí Tiên", "là", "cán bộ", "."],
        &["Thành phố", "có", "68", "tổ", "nhân dân", "."],
    ];
    fs::write(dir.path().join("train.conllu"), conllu(sentences, 20)).unwrap();
    fs::write(dir.path().join("dev.conllu"), conllu(sentences, 2)).unwrap();
    for out in ["a.txt", "b.txt"] {
        run_ok(
            dir.path(),
            &[
                "train-segmenter",
                "--train",
                "train.conllu",
                "--dev",
                "dev.conllu",
                "--max-epochs",
                "3",
                "--ensemble",
                "2",
                "--out",
                out,
            ],
            b"",
        );
    }
    let a = fs::read(dir.path().join("a.txt")).unwrap();
    assert_eq!(
        a,
        fs::read(dir.path().join("b.txt")).unwrap(),
        "deterministic"
    );
    assert!(a.starts_with(b"# format: vnextract-words 2\n"));
    let r = run_ok(
        dir.path(),
        &[
            "eval",
            "--segmentation",
            "dev.conllu",
            "--model",
            "a.txt",
            "--min-f1",
            "0.99",
        ],
        b"",
    );
    assert!(r.stdout.contains("F1 1.0000"), "{}", r.stdout);
    // The shipped model on the same data, with a floor it cannot reach.
    let r = run(
        dir.path(),
        &[
            "eval",
            "--segmentation",
            "dev.conllu",
            "--json",
            "--min-f1",
            "1.01",
        ],
        b"",
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(report["f1"].as_f64().unwrap() > 0.5, "{report}");
}

/// The same sentences as one syllable a line with B-W/I-W tags.
fn bio(sentences: &[&[&str]], times: usize) -> String {
    let mut out = String::new();
    for _ in 0..times {
        for words in sentences {
            for w in *words {
                for (k, syllable) in w.split(' ').enumerate() {
                    let tag = if k == 0 { "B-W" } else { "I-W" };
                    out.push_str(&format!("{syllable}\t{tag}\n"));
                }
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn train_segmenter_and_eval_read_bio_files_as_conllu_ones() {
    let dir = TempDir::new().unwrap();
    let sentences: &[&[&str]] = &[
        &["Cán bộ", "công chức", "làm", "việc", "."],
        &["Ông", "Phạm Quí Tiên", "là", "cán bộ", "."],
    ];
    fs::write(dir.path().join("train.bio"), bio(sentences, 10)).unwrap();
    fs::write(dir.path().join("train.conllu"), conllu(sentences, 10)).unwrap();
    for (input, out) in [("train.bio", "bio.txt"), ("train.conllu", "conllu.txt")] {
        let args = [
            "train-segmenter",
            "--train",
            input,
            "--epochs",
            "2",
            "--ensemble",
            "1",
        ];
        run_ok(dir.path(), &[&args[..], &["--out", out]].concat(), b"");
    }
    let from_bio = fs::read_to_string(dir.path().join("bio.txt")).unwrap();
    let from_conllu = fs::read_to_string(dir.path().join("conllu.txt")).unwrap();
    // Equal but for the file names in the comments.
    let body = |m: &str| -> String { m.lines().filter(|l| !l.starts_with('#')).collect() };
    assert_eq!(body(&from_bio), body(&from_conllu));
    let r = run_ok(
        dir.path(),
        &[
            "eval",
            "--segmentation",
            "train.bio",
            "--model",
            "bio.txt",
            "--min-f1",
            "0.99",
        ],
        b"",
    );
    assert!(r.stdout.contains("F1 1.0000"), "{}", r.stdout);
    fs::write(dir.path().join("bad.bio"), "Cán\tB-W\nbộ\tI-X\n").unwrap();
    let r = run(dir.path(), &["eval", "--segmentation", "bad.bio"], b"");
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("bad.bio:2: the last column"),
        "{}",
        r.stderr
    );
}

/// With ../shared beside the repository: the shipped model's score on the UD test split.
#[test]
fn ud_test_score_when_shared_data_is_there() {
    let test =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ud-vtb/vi_vtb-ud-test.conllu");
    if !test.exists() {
        eprintln!("skipped: {} is absent", test.display());
        return;
    }
    let dir = TempDir::new().unwrap();
    let test = test.to_string_lossy().into_owned();
    let r = run_ok(
        dir.path(),
        &[
            "eval",
            "--segmentation",
            &test,
            "--json",
            "--min-f1",
            "0.94",
        ],
        b"",
    );
    let report: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(report["f1"].as_f64().unwrap() >= 0.94, "{report}");
}

#[cfg(feature = "hf")]
mod hf {
    use super::*;
    use tokenizers::models::wordlevel::{WordLevel, WordLevelTrainerBuilder};
    use tokenizers::models::wordpiece::{WordPiece, WordPieceTrainerBuilder};
    use tokenizers::pre_tokenizers::whitespace::WhitespaceSplit;
    use tokenizers::{
        AddedToken, DecoderWrapper, NormalizerWrapper, PostProcessorWrapper, PreTokenizerWrapper,
        Tokenizer, TokenizerBuilder,
    };

    type Builder<M> = TokenizerBuilder<
        M,
        NormalizerWrapper,
        PreTokenizerWrapper,
        PostProcessorWrapper,
        DecoderWrapper,
    >;

    /// Word-segmented training text, as PhoBERT's data is.
    const CORPUS: &[&str] = &[
        "Phó Chủ_tịch HĐND thành_phố Phạm_Quí_Tiên cho_biết tổng thu ngân_sách đạt 14.732 tỷ đồng bằng 131% dự_toán .",
        "Cán_bộ công_chức làm_việc tốt .",
    ];

    fn word_level(dir: &Path) -> Tokenizer {
        let mut tokenizer = Builder::new()
            .with_model(
                WordLevel::builder()
                    .unk_token("[UNK]".into())
                    .build()
                    .unwrap(),
            )
            .with_pre_tokenizer(Some(WhitespaceSplit.into()))
            .build()
            .unwrap();
        let mut trainer = WordLevelTrainerBuilder::default()
            .show_progress(false)
            .special_tokens(vec![AddedToken::from("[UNK]", true)])
            .build()
            .unwrap();
        tokenizer
            .train(&mut trainer, CORPUS.iter().copied())
            .unwrap();
        let path = dir.join("wordlevel.json");
        tokenizer.save(&path, false).unwrap();
        Tokenizer::from_file(&path).unwrap()
    }

    fn word_piece(dir: &Path) -> Tokenizer {
        let mut tokenizer = Builder::new()
            .with_model(WordPiece::default())
            .with_pre_tokenizer(Some(WhitespaceSplit.into()))
            .build()
            .unwrap();
        let mut trainer = WordPieceTrainerBuilder::default()
            .show_progress(false)
            .vocab_size(200)
            .special_tokens(vec![AddedToken::from("[UNK]", true)])
            .build();
        tokenizer
            .train(&mut trainer, CORPUS.iter().copied())
            .unwrap();
        let path = dir.join("wordpiece.json");
        tokenizer.save(&path, false).unwrap();
        Tokenizer::from_file(&path).unwrap()
    }

    /// The record's ids, and the ids the tokenizer gives the record's words underscored.
    fn hf_ids(dir: &Path, file: &str, tokenizer: &Tokenizer) -> (Vec<u32>, Vec<u32>) {
        let line = serde_json::json!({"id": "a", "text": NEWS}).to_string();
        let r = run_ok(
            dir,
            &["extract", "-q", "--hf-tokenizer", file],
            line.as_bytes(),
        );
        let record = &records(&r.stdout)[0];
        assert!(record.get("words").is_none(), "words stay opt-in");
        let ids = record["hf_ids"]
            .as_array()
            .expect("hf_ids")
            .iter()
            .map(|v| v.as_u64().unwrap() as u32)
            .collect();
        let r = run_ok(dir, &["extract", "-q", "--words"], line.as_bytes());
        let words: Vec<String> = records(&r.stdout)[0]["words"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["text"].as_str().unwrap().replace(' ', "_"))
            .collect();
        let expected = tokenizer.encode(words.join(" "), false).unwrap();
        (ids, expected.get_ids().to_vec())
    }

    #[test]
    fn hf_ids_are_the_tokenizers_ids_for_the_underscored_words() {
        let dir = TempDir::new().unwrap();
        let tokenizer = word_level(dir.path());
        let (ids, expected) = hf_ids(dir.path(), "wordlevel.json", &tokenizer);
        assert_eq!(ids, expected);
        for word in [
            "Chủ_tịch",
            "Phạm_Quí_Tiên",
            "14.732",
            "đồng",
            "bằng",
            "131%",
        ] {
            let id = tokenizer.token_to_id(word).unwrap();
            assert!(ids.contains(&id), "{word} in {ids:?}");
        }
    }

    #[test]
    fn hf_ids_with_a_wordpiece_tokenizer() {
        let dir = TempDir::new().unwrap();
        let tokenizer = word_piece(dir.path());
        let (ids, expected) = hf_ids(dir.path(), "wordpiece.json", &tokenizer);
        assert_eq!(ids, expected);
        assert!(ids.len() >= 17, "{ids:?}");
    }

    #[test]
    fn a_missing_tokenizer_is_a_fatal_error() {
        let dir = TempDir::new().unwrap();
        let r = run(
            dir.path(),
            &["extract", "--hf-tokenizer", "nope.json"],
            b"{}",
        );
        assert_eq!(r.code, 2);
        assert!(r.stderr.contains("nope.json"), "{}", r.stderr);
    }
}
