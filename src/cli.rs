//! The `vnextract` command line: a thin layer over the library.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};

use vnextract::batch::{self, Articles, Lines, Progress, RunOptions, Source, Summary};
use vnextract::eval::segmentation::evaluate_segmentation;
use vnextract::eval::{
    Annotated, FloorCheck, FloorVerdict, Floors, evaluate, html, read_annotated,
};
use vnextract::io::{Format, InputOptions, Item};
use vnextract::metrics::Score;
use vnextract::output::{self, Output, Rendered};
use vnextract::segment::word::gold::{GoldWords, read_conllu};
use vnextract::segment::word::train::{self, TrainConfig, Tuning};
use vnextract::segment::word::{UserDict, WordModel, WordSegmenter};
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
    #[arg(long, default_value_t = TrainConfig::default().max_epochs)]
    max_epochs: usize,
    /// Use only this fraction of the training sentences, the first ones (learning curves).
    #[arg(long, default_value_t = TrainConfig::default().fraction)]
    fraction: f64,
    /// Seed of the order of sentences.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    seed: u64,
    /// Drop features whose averaged weight is under this (smaller, faster models).
    #[arg(long, default_value_t = TrainConfig::default().prune)]
    prune: f32,
    /// A syllable frequency list, lines of `SYLLABLE COUNT` (FrequencyWords format).
    #[arg(long, value_name = "FILE")]
    frequency: Option<PathBuf>,
    /// Word lists from outside the training data (one word a line, syllables separated by
    /// spaces; `#` comments), added to the dictionary feature.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    lexicon: Vec<PathBuf>,
    /// Folds of the dictionary and position-class jackknife.
    #[arg(long, default_value_t = TrainConfig::default().folds)]
    folds: usize,
    /// Perceptrons trained on different orders of the sentences, averaged.
    #[arg(long, default_value_t = TrainConfig::default().ensemble)]
    ensemble: usize,
    /// Leave out syllables counted fewer times than this in --frequency.
    #[arg(long, default_value_t = TrainConfig::default().min_count)]
    min_count: u64,
    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL")]
    out: PathBuf,
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
    /// Add the entries of a lexicon file (positions, organizations, surnames, places …; see
    /// the README) to the shipped ones. May be given more than once.
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
            run_articles(&args.input, &args.run, &pipeline, output::render_record)
        }
        Command::Eval(args) => run_eval(&args),
        Command::TrainSegmenter(args) => run_train(&args),
        Command::Generate(args) => {
            let mut out = Output::uncompressed(args.output.as_deref())?;
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
            let render = match (args.words, args.json) {
                (true, true) => output::render_words_json,
                (true, false) => output::render_words_text,
                (false, true) => output::render_segments_json,
                (false, false) => output::render_segments_text,
            };
            run_articles(&args.input, &args.run, &pipeline, render)
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
    let config = TrainConfig {
        train: args.train.clone(),
        dev: args.dev.clone(),
        dev_only_for_tuning: args.dev_only_for_tuning,
        epochs: args.epochs,
        max_epochs: args.max_epochs,
        fraction: args.fraction,
        seed: args.seed,
        prune: args.prune,
        frequency: args.frequency.clone(),
        lexicon: args.lexicon.clone(),
        folds: args.folds,
        ensemble: args.ensemble,
        min_count: args.min_count,
        out: args.out.clone(),
    };
    let report = train::run(&config, &mut |tuning: &Tuning| {
        for (n, c) in tuning.scores.iter().enumerate() {
            note!(
                "vnextract: epoch {:2}: dev P {:.4} R {:.4} F1 {:.4}",
                n + 1,
                Score(c.precision()),
                Score(c.recall()),
                Score(c.f1())
            );
        }
        note!(
            "vnextract: best on dev: {} epochs (F1 {:.4})",
            tuning.best_epochs,
            Score(tuning.best_f1)
        );
    })?;
    let trained = &report.trained;
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
                "gold": c.gold(), "predicted": c.predicted(), "correct": c.tp,
                "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                "errors": errors,
            }),
        )?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "words: {} sentences, {} gold, {} predicted, {} correct ({:.2} s)",
            report.sentences,
            c.gold(),
            c.predicted(),
            c.tp,
            secs
        )?;
        writeln!(
            out,
            "P {:.4}  R {:.4}  F1 {:.4}",
            Score(c.precision()),
            Score(c.recall()),
            Score(c.f1())
        )?;
        if !args.summary {
            for (class, (n, examples)) in &report.errors {
                writeln!(out, "{n:6}  {class}: {}", examples.join(" | "))?;
            }
        }
    }
    let checks: Vec<FloorCheck> = args
        .min_f1
        .map(|f| report.check_floor(f))
        .into_iter()
        .collect();
    Ok(print_floor_checks(&checks))
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
        let floors = Floors::parse(&text, &path.display().to_string())?;
        return Ok(print_floor_checks(&report.check_floors(&floors)));
    }
    Ok(ExitCode::SUCCESS)
}

/// Says which floors failed (exit status 1) and which could not be checked.
fn print_floor_checks(checks: &[FloorCheck]) -> ExitCode {
    for check in checks {
        match check.verdict {
            FloorVerdict::Below => note!("vnextract: below floor: {check}"),
            FloorVerdict::Undefined => note!("vnextract: {check}"),
            FloorVerdict::Met => {}
        }
    }
    if checks.iter().any(FloorCheck::failed) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
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

/// How a run tells the user how it goes: what its items are called on the progress bar,
/// and the lines of its summary.
struct Reporting {
    unit: &'static str,
    notes: fn(&Summary) -> Vec<String>,
}

/// Runs `source` through `render` into the output of `run`, with a progress bar on a
/// terminal and the summary on stderr unless quiet.
fn run_batch<S, F>(source: S, render: F, run: &RunArgs, reporting: Reporting) -> Result<ExitCode>
where
    S: Source,
    F: Fn(&S::Item) -> Rendered + Sync,
{
    let mut out = Output::create(run.output.as_deref())?;
    let show_progress = !run.quiet && io::stderr().is_terminal();
    if show_progress {
        PROGRESS.get_or_init(|| progress_bar(reporting.unit));
    }
    let options = RunOptions {
        threads: run.threads,
        progress: show_progress.then_some(report_progress as fn(&Progress)),
    };
    let summary = batch::run_source(source, render, &mut out, &options)?;
    if !summary.output_closed {
        out.finish()?;
    }
    if let Some(bar) = PROGRESS.get() {
        bar.finish_and_clear();
    }
    if !run.quiet {
        for line in (reporting.notes)(&summary) {
            note!("vnextract: {line}");
        }
    }
    Ok(if run.strict && summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Runs a pipeline's `render` over the articles of `input`.
fn run_articles(
    input: &InputArgs,
    run: &RunArgs,
    pipeline: &Pipeline,
    render: fn(&Pipeline, &Item) -> Rendered,
) -> Result<ExitCode> {
    let options = input_options(input);
    let source = Articles {
        inputs: &input.inputs,
        options: &options,
    };
    let reporting = Reporting {
        unit: "articles",
        notes: Summary::notes,
    };
    run_batch(source, |item| render(pipeline, item), run, reporting)
}

/// `segment --lines`: each line of each input, with "_" for the spaces inside its words.
fn run_lines(args: &SegmentArgs) -> Result<ExitCode> {
    let segmenter = args.word_options.segmenter()?;
    let source = Lines {
        inputs: &args.input.inputs,
    };
    let render = |line: &Vec<u8>| output::render_line(&segmenter, line);
    let reporting = Reporting {
        unit: "lines",
        notes: Summary::lines_notes,
    };
    run_batch(source, render, &args.run, reporting)
}

static PROGRESS: OnceLock<ProgressBar> = OnceLock::new();

/// A spinner counting `unit` (articles, lines), shown only while a run writes.
fn progress_bar(unit: &'static str) -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    let style = ProgressStyle::with_template("{spinner} {pos} {prefix}, {msg} [{elapsed}]")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    bar.set_style(style);
    bar.set_prefix(unit);
    bar
}

fn report_progress(progress: &Progress) {
    let Some(bar) = PROGRESS.get() else {
        return;
    };
    let secs = progress.elapsed.as_secs_f64().max(1e-9);
    bar.set_position(progress.articles);
    bar.set_message(format!(
        "{:.0} {}/s, {:.1} MB/s",
        progress.articles as f64 / secs,
        bar.prefix(),
        progress.bytes as f64 / 1e6 / secs
    ));
}
