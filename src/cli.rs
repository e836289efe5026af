//! The `vnextract` command line: a thin layer over the library.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use flate2::write::GzEncoder;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use vnextract::batch::{self, Progress, Rendered, RunOptions, Summary};
use vnextract::eval::segmentation::{evaluate_segmentation, read_conllu};
use vnextract::eval::{Annotated, Measure, Report, evaluate, html, read_annotated};
use vnextract::io::{Format, InputOptions, Item};
use vnextract::pipeline::json_line;
use vnextract::pipeline::underscored;
use vnextract::record::ErrorRecord;
use vnextract::record::{
    SentenceRecord, TokenRecord, WordRecord, sentence_records, token_records, word_records,
};
use vnextract::segment::train::{GoldWords, TrainOptions, train};
use vnextract::segment::word::{UserDict, WordModel, WordSegmenter};
use vnextract::span::CharIndex;
use vnextract::{Article, Pipeline, synth};

/// Writes a line to stderr. Unlike `eprintln!`, a stderr that cannot be written (a full
/// disk, a file-size limit) does not panic: the exit status still tells what happened.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

#[derive(Parser, Debug)]
#[command(
    name = "vnextract",
    version,
    about = "Structured records from Vietnamese news articles, in bulk"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract one JSON record per article (JSON Lines, in input order).
    Extract(ExtractArgs),
    /// Print sentences and tokens, for inspection.
    Segment(SegmentArgs),
    /// Score records against gold annotations (P/R/F1 per type, misses, spurious items).
    Eval(EvalArgs),
    /// Write a generated news-like JSONL corpus, for throughput measurements.
    Generate(GenerateArgs),
    /// Train the word segmentation model from CoNLL-U data (deterministic).
    TrainSegmenter(TrainArgs),
}

#[derive(Args, Debug)]
struct TrainArgs {
    /// Training sentences (CoNLL-U, words with spaces inside FORM).
    #[arg(long, required = true, num_args = 1.., value_name = "CONLLU")]
    train: Vec<PathBuf>,
    /// Tuning sentences: the number of epochs is the best on them, then they join the
    /// training sentences for the final model (unless --dev-only-for-tuning).
    #[arg(long, value_name = "CONLLU")]
    dev: Option<PathBuf>,
    /// Keep the dev sentences out of the final model.
    #[arg(long)]
    dev_only_for_tuning: bool,
    /// Passes over the data [default: the best on --dev, up to --max-epochs; 8 without].
    #[arg(long)]
    epochs: Option<usize>,
    /// The most epochs tried on --dev.
    #[arg(long, default_value_t = 20)]
    max_epochs: usize,
    /// Use only this fraction of the training sentences, the first ones (learning curves).
    #[arg(long, default_value_t = 1.0)]
    fraction: f64,
    /// Seed of the order of sentences.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Drop features whose averaged weight is under this (smaller, faster models).
    #[arg(long, default_value_t = 0.2)]
    prune: f32,
    /// A syllable frequency list, lines of `SYLLABLE COUNT` (FrequencyWords format).
    #[arg(long, value_name = "FILE")]
    frequency: Option<PathBuf>,
    /// Word lists from outside the training data (one word a line, syllables separated by
    /// spaces; `#` comments), added to the dictionary feature.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Folds of the dictionary and position-class jackknife.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Perceptrons trained on different orders of the sentences, averaged.
    #[arg(long, default_value_t = 10)]
    ensemble: usize,
    /// Leave out syllables counted fewer times than this in --frequency.
    #[arg(long, default_value_t = 20)]
    min_count: u64,
    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL")]
    out: PathBuf,
}

/// Reads a frequency list: `SYLLABLE COUNT` lines.
fn read_frequency(path: &Path) -> Result<Vec<(String, u64)>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (word, count) = line
            .rsplit_once(char::is_whitespace)
            .with_context(|| format!("{}:{}: expected `SYLLABLE COUNT`", path.display(), n + 1))?;
        let count: u64 = count
            .parse()
            .with_context(|| format!("{}:{}: {count:?} is not a count", path.display(), n + 1))?;
        out.push((word.trim().to_string(), count));
    }
    Ok(out)
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Gold files (JSON Lines, the format of GOLD.md); their articles are pooled.
    #[arg(long, required_unless_present = "segmentation", num_args = 1.., value_name = "GOLD")]
    gold: Vec<PathBuf>,
    /// Score word segmentation on CoNLL-U files instead (word P/R/F1).
    #[arg(long, num_args = 1.., value_name = "CONLLU", conflicts_with_all = ["gold", "pred", "html"])]
    segmentation: Vec<PathBuf>,
    /// The word model to score [default: the shipped one].
    #[arg(long, value_name = "MODEL", requires = "segmentation")]
    model: Option<PathBuf>,
    /// Fail (exit 1) when the word F1 is under this.
    #[arg(long, value_name = "MIN_F1", requires = "segmentation")]
    min_f1: Option<f64>,
    /// Records to score (JSON Lines from `extract`) [default: run the extractor on the gold texts].
    #[arg(long, num_args = 1.., value_name = "PRED")]
    pred: Vec<PathBuf>,
    /// Print the report as JSON instead of the table and error list.
    #[arg(long)]
    json: bool,
    /// Also write an HTML report with every article's items highlighted.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Only the table, not the list of misses and spurious items.
    #[arg(long)]
    summary: bool,
    /// Fail (exit 1) when an F1 falls under its floor; lines of `MEASURE MIN_F1`.
    #[arg(long, value_name = "FILE")]
    floors: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct GenerateArgs {
    /// Size of the corpus in megabytes (10^6 bytes).
    #[arg(long, default_value_t = 100)]
    megabytes: u64,
    /// Seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Output file [default: stdout].
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct InputArgs {
    /// Files, directories (walked recursively, sorted) or - for stdin [default: -].
    /// Reads .jsonl/.ndjson, .txt, their .gz, and .tar, .tar.gz/.tgz and .zip archives.
    #[arg(value_name = "INPUT")]
    inputs: Vec<String>,
    /// Format of stdin, and of named files whose extension does not tell.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,
    /// JSON field holding the article id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSON field holding the article text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSON field holding the title.
    #[arg(long, default_value = "title")]
    title_field: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// JSON Lines on stdin; files by extension.
    Auto,
    Jsonl,
    Txt,
}

#[derive(Args, Debug)]
struct RunArgs {
    /// Output file (.gz is compressed) [default: stdout].
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Worker threads [default: one per core].
    #[arg(long, value_name = "N", default_value_t = 0)]
    threads: usize,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
    /// Exit with status 1 when any article yields an error record.
    #[arg(long)]
    strict: bool,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// Add each article's sentences to its record.
    #[arg(long)]
    sentences: bool,
    /// Add each article's tokens to its record.
    #[arg(long)]
    tokens: bool,
    /// Add each article's words to its record.
    #[arg(long)]
    words: bool,
    #[command(flatten)]
    word_options: WordArgs,
    /// A Hugging Face tokenizer.json: add its ids for the article's words (`hf_ids`).
    #[cfg(feature = "hf")]
    #[arg(long, value_name = "FILE")]
    hf_tokenizer: Option<PathBuf>,
    /// Add the entries of a lexicon file (positions, organizations, surnames, places,
    /// currencies, qualifiers of figures …; see models/README.md) to the shipped ones. May be
    /// given more than once.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
}

#[derive(Args, Debug)]
struct WordArgs {
    /// A user dictionary: one word a line ("FIS BANK"), `-` before a forced split.
    #[arg(long, value_name = "FILE")]
    user_dict: Option<PathBuf>,
    /// A word model file [default: the shipped models/words.txt].
    #[arg(long, value_name = "MODEL")]
    word_model: Option<PathBuf>,
}

impl WordArgs {
    fn segmenter(&self) -> Result<WordSegmenter> {
        let mut segmenter = match &self.word_model {
            Some(path) => WordSegmenter::with_model(WordModel::load(path)?),
            None => WordSegmenter::new(),
        };
        if let Some(path) = &self.user_dict {
            segmenter = segmenter.user_dict(UserDict::load(path)?);
        }
        Ok(segmenter)
    }
}

#[derive(Args, Debug)]
struct SegmentArgs {
    #[command(flatten)]
    input: InputArgs,
    #[command(flatten)]
    run: RunArgs,
    /// One JSON object per article, with sentences, tokens and their spans.
    #[arg(long)]
    json: bool,
    /// Words instead of tokens: syllables of a word joined by "_" ("Chủ_tịch"); with
    /// --json, the words and their spans.
    #[arg(long)]
    words: bool,
    /// Each input line is one sentence of syllables separated by spaces: write it back
    /// with "_" for the spaces inside words, nothing else changed (implies --words).
    #[arg(long, conflicts_with = "json")]
    lines: bool,
    #[command(flatten)]
    word_options: WordArgs,
}

/// Runs the command line; fatal problems exit with 2, article errors under --strict with 1.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            note!("vnextract: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => {
            let mut builder = Pipeline::builder()
                .sentences(args.sentences)
                .tokens(args.tokens)
                .words(args.words);
            #[cfg(feature = "hf")]
            let hf = args.hf_tokenizer.is_some();
            #[cfg(not(feature = "hf"))]
            let hf = false;
            if args.words || hf {
                builder = builder.word_segmenter(args.word_options.segmenter()?);
            }
            #[cfg(feature = "hf")]
            if let Some(path) = &args.hf_tokenizer {
                let tokenizer = tokenizers::Tokenizer::from_file(path).map_err(|e| {
                    anyhow::anyhow!("cannot load the tokenizer {}: {e}", path.display())
                })?;
                builder = builder.hf_tokenizer(std::sync::Arc::new(tokenizer));
            }
            if !args.lexicon.is_empty() {
                let mut lexicon = (*vnextract::extract::OfficialLexicon::builtin()).clone();
                for path in &args.lexicon {
                    let source = std::fs::read_to_string(path)
                        .with_context(|| format!("cannot read lexicon {}", path.display()))?;
                    lexicon.extend_from_str(&source, &path.display().to_string())?;
                }
                builder = builder.official_lexicon(lexicon);
            }
            let pipeline = builder.build();
            run_batch(&args.input, &args.run, &pipeline, batch::render_record)
        }
        Command::Eval(args) => run_eval(&args),
        Command::TrainSegmenter(args) => run_train(&args),
        Command::Generate(args) => {
            let mut out: Box<dyn Write> = match &args.output {
                Some(path) => {
                    Box::new(BufWriter::new(File::create(path).with_context(|| {
                        format!("cannot create output file {}", path.display())
                    })?))
                }
                None => Box::new(BufWriter::new(io::stdout().lock())),
            };
            let articles = synth::write_jsonl(&mut out, args.megabytes * 1_000_000, args.seed)
                .and_then(|n| out.flush().map(|()| n));
            match articles {
                Ok(n) => note!("vnextract: generated {n} articles"),
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
                Err(e) => return Err(e).context("cannot write the corpus"),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Segment(args) => {
            if args.lines {
                return run_lines(&args);
            }
            let mut builder = Pipeline::builder();
            if args.words {
                builder = builder
                    .words(true)
                    .word_segmenter(args.word_options.segmenter()?);
            }
            let pipeline = builder.build();
            if args.words && args.json {
                run_batch(&args.input, &args.run, &pipeline, render_words_json)
            } else if args.words {
                run_batch(&args.input, &args.run, &pipeline, render_words_text)
            } else if args.json {
                run_batch(&args.input, &args.run, &pipeline, render_segments_json)
            } else {
                run_batch(&args.input, &args.run, &pipeline, render_segments_text)
            }
        }
    }
}

fn read_annotated_files(paths: &[PathBuf]) -> Result<Vec<Annotated>> {
    let mut all = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        all.extend(read_annotated(&text, &path.display().to_string())?);
    }
    Ok(all)
}

fn read_conllu_files(paths: &[PathBuf]) -> Result<Vec<GoldWords>> {
    let mut all = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        all.extend(read_conllu(&text));
    }
    Ok(all)
}

fn run_train(args: &TrainArgs) -> Result<ExitCode> {
    let mut train_sentences = read_conllu_files(&args.train)?;
    anyhow::ensure!(
        args.fraction > 0.0 && args.fraction <= 1.0,
        "--fraction must be in (0, 1]"
    );
    let dev = match &args.dev {
        Some(path) => read_conllu_files(std::slice::from_ref(path))?,
        None => Vec::new(),
    };
    let keep = |n: usize| ((n as f64 * args.fraction).ceil() as usize).min(n);
    train_sentences.truncate(keep(train_sentences.len()));
    let frequency = match &args.frequency {
        Some(path) => read_frequency(path)?,
        None => Vec::new(),
    };
    let mut lexicon = Vec::new();
    for path in &args.lexicon {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        lexicon.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_string),
        );
    }
    let mut options = TrainOptions {
        seed: args.seed,
        lexicon,
        prune: args.prune,
        frequency,
        min_count: args.min_count,
        ensemble: args.ensemble,
        folds: args.folds,
        ..TrainOptions::default()
    };
    let epochs = match (args.epochs, dev.is_empty()) {
        (Some(e), _) => e,
        (None, true) => options.epochs,
        (None, false) => {
            options.epochs = args.max_epochs;
            let tuned = train(&train_sentences, &dev, &options, &[])?;
            let mut best = (0, -1.0);
            for (n, c) in tuned.dev.iter().enumerate() {
                note!(
                    "vnextract: epoch {:2}: dev P {:.4} R {:.4} F1 {:.4}",
                    n + 1,
                    c.precision(),
                    c.recall(),
                    c.f1()
                );
                if c.f1() > best.1 {
                    best = (n + 1, c.f1());
                }
            }
            note!(
                "vnextract: best on dev: {} epochs (F1 {:.4})",
                best.0,
                best.1
            );
            best.0.max(1)
        }
    };
    options.epochs = epochs;
    let mut final_sentences = train_sentences.clone();
    let with_dev = !dev.is_empty() && !args.dev_only_for_tuning;
    if with_dev {
        let dev_keep = keep(dev.len());
        final_sentences.extend(dev.iter().take(dev_keep).cloned());
    }
    let names = |paths: &[PathBuf]| {
        paths
            .iter()
            .map(|p| {
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut sources = names(&args.train);
    if with_dev {
        if let Some(dev) = &args.dev {
            sources = format!("{sources} {}", names(std::slice::from_ref(dev)));
        }
    }
    if !args.lexicon.is_empty() {
        sources = format!("{sources}, word lists {}", names(&args.lexicon));
    }
    if let Some(f) = &args.frequency {
        sources = format!(
            "{sources}, frequency classes from {}",
            names(std::slice::from_ref(f))
        );
    }
    let comments = vec![
        "Word segmentation model of vnextract: averaged perceptron, see README.md.".to_string(),
        format!(
            "Trained by `vnextract train-segmenter` on {sources} ({} sentences, fraction {}), {epochs} epochs, seed {}, prune {}, ensemble {}, folds {}.",
            final_sentences.len(),
            args.fraction,
            args.seed,
            args.prune,
            args.ensemble,
            args.folds
        ),
        "Derived from UD_Vietnamese-VTB (CC BY-SA 4.0); see models/README.md.".to_string(),
    ];
    let trained = train(&final_sentences, &[], &options, &comments)?;
    std::fs::write(&args.out, &trained.text)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    note!(
        "vnextract: wrote {} ({} sentences, {} features, {} dictionary words, {:.1} MB)",
        args.out.display(),
        trained.sentences,
        trained.model.features(),
        trained.model.dictionary_words(),
        trained.text.len() as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

fn run_eval_segmentation(args: &EvalArgs) -> Result<ExitCode> {
    let sentences = read_conllu_files(&args.segmentation)?;
    let segmenter = match &args.model {
        Some(path) => WordSegmenter::with_model(WordModel::load(path)?),
        None => WordSegmenter::new(),
    };
    let started = std::time::Instant::now();
    let report = evaluate_segmentation(&segmenter, &sentences);
    let secs = started.elapsed().as_secs_f64();
    let c = report.counts;
    let mut out = io::stdout().lock();
    if args.json {
        let errors: serde_json::Map<String, serde_json::Value> = report
            .errors
            .iter()
            .map(|(k, (n, ex))| {
                (
                    k.to_string(),
                    serde_json::json!({"count": n, "examples": ex}),
                )
            })
            .collect();
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({
                "sentences": report.sentences,
                "gold": c.gold, "predicted": c.predicted, "correct": c.correct,
                "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                "errors": errors,
            }),
        )?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "words: {} sentences, {} gold, {} predicted, {} correct ({:.2} s)",
            report.sentences, c.gold, c.predicted, c.correct, secs
        )?;
        writeln!(
            out,
            "P {:.4}  R {:.4}  F1 {:.4}",
            c.precision(),
            c.recall(),
            c.f1()
        )?;
        if !args.summary {
            for (class, (n, examples)) in &report.errors {
                writeln!(out, "{n:6}  {class}: {}", examples.join(" | "))?;
            }
        }
    }
    if let Some(floor) = args.min_f1 {
        if c.f1() < floor {
            note!("vnextract: below floor: words F1 {:.4} < {floor}", c.f1());
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_eval(args: &EvalArgs) -> Result<ExitCode> {
    if !args.segmentation.is_empty() {
        return run_eval_segmentation(args);
    }
    let gold = read_annotated_files(&args.gold)?;
    let predictions = if args.pred.is_empty() {
        let pipeline = Pipeline::default();
        gold.iter()
            .map(|g| {
                let line = pipeline.process_to_json(&Article::new(g.id.clone(), g.text.clone()));
                serde_json::from_slice::<Annotated>(&line).context("reading our own record")
            })
            .collect::<Result<Vec<_>>>()?
    } else {
        read_annotated_files(&args.pred)?
    };
    let report = evaluate(&gold, &predictions);
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.table())?;
        if !args.summary {
            let errors = report.errors();
            if !errors.is_empty() {
                write!(out, "\n{errors}")?;
            }
        }
    }
    if let Some(path) = &args.html {
        let title = format!(
            "vnextract evaluation: {}",
            args.gold
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
        std::fs::write(path, html::render(&report, &title))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    if let Some(path) = &args.floors {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        let failures = check_floors(&report, &text, &path.display().to_string())?;
        for failure in &failures {
            note!("vnextract: below floor: {failure}");
        }
        if !failures.is_empty() {
            return Ok(ExitCode::from(1));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The measures whose F1 is under the floor of `floors` (lines `MEASURE MIN_F1`, `#` comments).
fn check_floors(report: &Report, floors: &str, name: &str) -> Result<Vec<String>> {
    let mut failures = Vec::new();
    for (n, line) in floors.lines().enumerate() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(measure), Some(floor), None) = (parts.next(), parts.next(), parts.next()) else {
            anyhow::bail!(
                "{name}:{}: expected `MEASURE MIN_F1`, found {line:?}",
                n + 1
            );
        };
        let measure = Measure::parse(measure)
            .with_context(|| format!("{name}:{}: unknown measure {measure:?}", n + 1))?;
        let floor: f64 = floor
            .parse()
            .with_context(|| format!("{name}:{}: {floor:?} is not a number", n + 1))?;
        let f1 = report.totals(measure).f1();
        if f1 < floor {
            failures.push(format!("{} F1 {f1:.4} < {floor}", measure.as_str()));
        }
    }
    Ok(failures)
}

fn input_options(args: &InputArgs) -> InputOptions {
    InputOptions {
        id_field: args.id_field.clone(),
        text_field: args.text_field.clone(),
        title_field: args.title_field.clone(),
        format: match args.input_format {
            InputFormat::Auto => None,
            InputFormat::Jsonl => Some(Format::Jsonl),
            InputFormat::Txt => Some(Format::Txt),
        },
        ..InputOptions::default()
    }
}

fn run_batch<F>(
    input: &InputArgs,
    run: &RunArgs,
    pipeline: &Pipeline,
    render: F,
) -> Result<ExitCode>
where
    F: Fn(&Pipeline, &Item) -> Rendered + Sync,
{
    let mut out = Output::create(run.output.as_deref())?;
    let show_progress = !run.quiet && io::stderr().is_terminal();
    let options = RunOptions {
        threads: run.threads,
        progress: show_progress.then_some(report_progress as fn(&Progress)),
    };
    let summary = batch::run(
        &input.inputs,
        &input_options(input),
        pipeline,
        render,
        &mut out,
        &options,
    )?;
    if !summary.output_closed {
        out.finish()?;
    }
    if let Some(bar) = PROGRESS.get() {
        bar.finish_and_clear();
    }
    if !run.quiet {
        print_summary(&summary);
    }
    Ok(if run.strict && summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Where records go: stdout, a file, or a gzip file that must be finished to be valid.
enum Output {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(BufWriter<File>),
    Gzip(Box<GzEncoder<BufWriter<File>>>),
}

impl Output {
    fn create(path: Option<&Path>) -> Result<Output> {
        let Some(path) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout().lock(),
            )));
        };
        let file = File::create(path)
            .with_context(|| format!("cannot create output file {}", path.display()))?;
        let file = BufWriter::with_capacity(1 << 16, file);
        Ok(if path.extension().is_some_and(|e| e == "gz") {
            Output::Gzip(Box::new(GzEncoder::new(file, flate2::Compression::fast())))
        } else {
            Output::File(file)
        })
    }

    /// Writes what is buffered, and the gzip trailer; an error here loses output.
    fn finish(self) -> Result<()> {
        let flushed = match self {
            Output::Stdout(mut w) => w.flush(),
            Output::File(mut w) => w.flush(),
            Output::Gzip(encoder) => encoder.finish().and_then(|mut w| w.flush()),
        };
        flushed.context("cannot write the output")
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(w) => w,
            Output::File(w) => w,
            Output::Gzip(w) => w,
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer().write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer().flush()
    }
}

fn print_summary(summary: &Summary) {
    note!("vnextract: {summary}");
    if !summary.input.skipped.is_empty() {
        const SHOWN: usize = 5;
        let names: Vec<&str> = summary
            .input
            .skipped
            .iter()
            .take(SHOWN)
            .map(String::as_str)
            .collect();
        let more = summary.input.skipped.len().saturating_sub(SHOWN);
        let more = if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        };
        note!(
            "vnextract: skipped (not .jsonl, .ndjson, .txt or an archive of them): {}{more}",
            names.join(", ")
        );
    }
    if summary.output_closed {
        note!("vnextract: output closed; stopped early");
    }
}

static PROGRESS: OnceLock<ProgressBar> = OnceLock::new();

fn report_progress(progress: &Progress) {
    let bar = PROGRESS.get_or_init(|| {
        let bar = ProgressBar::new_spinner();
        let style = ProgressStyle::with_template("{spinner} {pos} articles, {msg} [{elapsed}]")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar
    });
    let secs = progress.elapsed.as_secs_f64().max(1e-9);
    bar.set_position(progress.articles);
    bar.set_message(format!(
        "{:.0} articles/s, {:.1} MB/s",
        progress.articles as f64 / secs,
        progress.bytes as f64 / 1e6 / secs
    ));
}

/// An article as `segment --json` writes it: its sentences, with their tokens or words.
#[derive(Serialize)]
struct SegmentedArticle<'a, S> {
    id: &'a str,
    source: &'a str,
    sentences: Vec<S>,
}

#[derive(Serialize)]
struct SentenceTokens<'a> {
    #[serde(flatten)]
    sentence: SentenceRecord<'a>,
    tokens: Vec<TokenRecord<'a>>,
}

/// The item's article when it can be processed, else the error to write in its place.
fn valid_article<'i>(
    pipeline: &Pipeline,
    item: &'i Item,
) -> Result<&'i vnextract::Article, vnextract::ArticleError> {
    match item {
        Item::Article(article) => pipeline.validate(article).map(|()| article),
        Item::Error(e) => Err(e.clone()),
    }
}

fn error_rendered(error: &vnextract::ArticleError) -> Rendered {
    Rendered {
        bytes: json_line(&ErrorRecord::from(error)),
        ok: false,
    }
}

/// An article's sentences (with their tokens or words) as one JSON line.
fn segmented_json<S: Serialize>(article: &vnextract::Article, sentences: Vec<S>) -> Rendered {
    Rendered {
        bytes: json_line(&SegmentedArticle {
            id: &article.id,
            source: &article.source,
            sentences,
        }),
        ok: true,
    }
}

fn render_segments_json(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match valid_article(pipeline, item) {
        Ok(article) => article,
        Err(e) => return error_rendered(&e),
    };
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let chars = CharIndex::new(text);
    let mut tokens = token_records(&analysis.segmented, text, &chars).into_iter();
    let sentences: Vec<_> = sentence_records(&analysis.segmented, text, &chars)
        .into_iter()
        .zip(&analysis.segmented.sentences)
        .map(|(sentence, s)| SentenceTokens {
            sentence,
            tokens: tokens.by_ref().take(s.tokens.len()).collect(),
        })
        .collect();
    segmented_json(article, sentences)
}

/// `# id` then one sentence per line, tokens separated by spaces, a blank line after.
fn render_segments_text(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match valid_article(pipeline, item) {
        Ok(article) => article,
        Err(e) => return error_text(&e),
    };
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let mut out = format!("# {}\n", article.id);
    for sentence in &analysis.segmented.sentences {
        let tokens = &analysis.segmented.tokens[sentence.tokens.clone()];
        for (n, token) in tokens.iter().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            // A token never holds a line break but for exotic input; keep one line each.
            out.push_str(&token.text(text).replace(['\n', '\r'], " "));
        }
        out.push('\n');
    }
    out.push('\n');
    Rendered {
        bytes: out.into_bytes(),
        ok: true,
    }
}

fn error_text(error: &vnextract::ArticleError) -> Rendered {
    Rendered {
        bytes: format!("# {}\n! error: {error}\n\n", error.id).into_bytes(),
        ok: false,
    }
}

#[derive(Serialize)]
struct SentenceWords<'a> {
    #[serde(flatten)]
    sentence: SentenceRecord<'a>,
    words: Vec<WordRecord<'a>>,
}

fn render_words_json(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match valid_article(pipeline, item) {
        Ok(article) => article,
        Err(e) => return error_rendered(&e),
    };
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let chars = CharIndex::new(text);
    let words = pipeline.words(&analysis);
    let records = match pipeline.word_segmenter() {
        Some(_) => word_records(&words, text, &chars),
        None => Vec::new(),
    };
    let mut records = records.into_iter().zip(&words).peekable();
    let sentences: Vec<_> = sentence_records(&analysis.segmented, text, &chars)
        .into_iter()
        .zip(&analysis.segmented.sentences)
        .map(|(sentence, s)| {
            let mut in_sentence = Vec::new();
            while let Some((record, _)) = records.next_if(|(_, w)| w.tokens.start < s.tokens.end) {
                in_sentence.push(record);
            }
            SentenceWords {
                sentence,
                words: in_sentence,
            }
        })
        .collect();
    segmented_json(article, sentences)
}

/// `# id` then one sentence per line, words separated by spaces with "_" inside them.
fn render_words_text(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match valid_article(pipeline, item) {
        Ok(article) => article,
        Err(e) => return error_text(&e),
    };
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let words = pipeline.words(&analysis);
    let mut out = format!("# {}\n", article.id);
    let mut words = words.iter().peekable();
    for sentence in &analysis.segmented.sentences {
        let mut first = true;
        while let Some(word) = words.next_if(|w| w.tokens.start < sentence.tokens.end) {
            if !first {
                out.push(' ');
            }
            first = false;
            out.push_str(&underscored(text.get(word.bytes.clone()).unwrap_or("")));
        }
        out.push('\n');
    }
    out.push('\n');
    Rendered {
        bytes: out.into_bytes(),
        ok: true,
    }
}

/// `segment --lines`: each line of each input, with "_" for the spaces inside its words.
fn run_lines(args: &SegmentArgs) -> Result<ExitCode> {
    use rayon::prelude::*;
    let segmenter = args.word_options.segmenter()?;
    let mut out = Output::create(args.run.output.as_deref())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.run.threads)
        .build()
        .context("cannot start the worker threads")?;
    let inputs: Vec<String> = if args.input.inputs.is_empty() {
        vec!["-".to_string()]
    } else {
        args.input.inputs.clone()
    };
    let started = std::time::Instant::now();
    let (mut lines, mut bytes) = (0u64, 0u64);
    for input in &inputs {
        let mut reader: Box<dyn io::BufRead> = if input == "-" {
            Box::new(io::BufReader::new(io::stdin().lock()))
        } else {
            Box::new(io::BufReader::new(
                File::open(input).with_context(|| format!("cannot open {input}"))?,
            ))
        };
        // Batches of lines, segmented in parallel, written in order.
        loop {
            let mut batch: Vec<Vec<u8>> = Vec::new();
            let mut size = 0;
            while size < 1 << 22 {
                let mut line = Vec::new();
                let n = reader
                    .read_until(b'\n', &mut line)
                    .with_context(|| format!("cannot read {input}"))?;
                if n == 0 {
                    break;
                }
                size += n;
                batch.push(line);
            }
            if batch.is_empty() {
                break;
            }
            lines += batch.len() as u64;
            bytes += size as u64;
            let done: Vec<Vec<u8>> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|line| lines_output(&segmenter, line))
                    .collect()
            });
            for line in done {
                if let Err(e) = out.write_all(&line) {
                    if e.kind() == io::ErrorKind::BrokenPipe {
                        return Ok(ExitCode::SUCCESS);
                    }
                    return Err(e).context("cannot write the output");
                }
            }
        }
    }
    match out.finish() {
        Err(e)
            if e.downcast_ref::<io::Error>()
                .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => {}
        other => other?,
    }
    if !args.run.quiet {
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        note!(
            "vnextract: {lines} lines, {:.1} MB in {secs:.2} s ({:.1} MB/s)",
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / secs
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// One line of `--lines` output: the line with "_" inside its words, its line ending kept;
/// a line that is not UTF-8 passes through unchanged.
fn lines_output(segmenter: &WordSegmenter, line: &[u8]) -> Vec<u8> {
    let (body, ending) = match line.strip_suffix(b"\n") {
        Some(body) => match body.strip_suffix(b"\r") {
            Some(body) => (body, &b"\r\n"[..]),
            None => (body, &b"\n"[..]),
        },
        None => (line, &b""[..]),
    };
    let Ok(text) = std::str::from_utf8(body) else {
        return line.to_vec();
    };
    let mut out = String::with_capacity(line.len());
    segmenter.underscore_line_into(text, &mut out);
    let mut out = out.into_bytes();
    out.extend_from_slice(ending);
    out
}
