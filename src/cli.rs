//! The `vnextract` command line: a thin layer over the library.

mod args;
mod progress;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use anyhow::{Context, Result};
use clap::Parser;

use args::{
    Cli, Command, Engine, EvalArgs, InputArgs, OutputFormat, RunArgs, SegmentArgs, TrainArgs,
    TrainOfficialsArgs, input_options, read_names_model,
};
use indicatif::ProgressBar;
use signal_hook::consts::{SIGINT, SIGTERM};
use signal_hook::flag;

use std::collections::{HashMap, HashSet};
use vnextract::batch::{self, Articles, Lines, Progress, RunOptions, Source, Summary};
use vnextract::eval::segmentation::evaluate_segmentation;
use vnextract::eval::{
    Annotated, FloorCheck, FloorVerdict, Floors, evaluate, html, join_texts, read_annotated,
};

use vnextract::extract::{NameTrainingArticle, OfficialLexicon, cross_validate_names, train_names};
use vnextract::io::{InputOptions, Item, read_inputs};
use vnextract::metrics::Score;
use vnextract::output::{self, Output, Rendered, RunOutput};
use vnextract::segment::word::train::{self, TrainConfig, Tuning};
use vnextract::segment::word::{WordModel, WordSegmenter};
use vnextract::{Article, Pipeline, synth};

/// Writes a line to stderr. Unlike `eprintln!`, a stderr that cannot be written (a full
/// disk, a file-size limit) does not panic: the exit status still tells what happened.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

#[cfg(feature = "index")]
mod index;

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
    for warning in cli.command.options_without_effect() {
        note!("vnextract: warning: {warning}");
    }
    match cli.command {
        Command::Extract(args) => {
            let pipeline = args.pipeline()?;
            match (args.format, &args.index_name) {
                (OutputFormat::EsBulk, Some(index)) => {
                    if args.resume {
                        anyhow::bail!("--resume needs --format jsonl: a _bulk record is two lines");
                    }
                    let render = |pipeline: &Pipeline, item: &Item| {
                        output::es::render_bulk(pipeline, item, index, args.words)
                    };
                    run_articles(&args.input, &args.run, false, &pipeline, render)
                }
                _ => run_articles(
                    &args.input,
                    &args.run,
                    args.resume,
                    &pipeline,
                    output::render_record,
                ),
            }
        }
        Command::Mapping(args) => {
            let engine = match args.engine {
                Engine::Elasticsearch => output::es::Engine::Elasticsearch,
                Engine::Opensearch => output::es::Engine::OpenSearch,
            };
            let body = serde_json::to_string_pretty(&output::es::mapping(engine))?;
            println!("{body}");
            Ok(ExitCode::SUCCESS)
        }
        #[cfg(feature = "index")]
        Command::Index(args) => index::run_index(&args),
        #[cfg(feature = "index")]
        Command::Search(args) => index::run_search(&args),
        Command::Eval(args) => run_eval(&args),
        Command::TrainSegmenter(args) => run_train(&args),
        Command::TrainOfficials(args) => run_train_officials(&args),
        Command::Generate(args) => {
            let mut out = Output::create(args.output.as_deref())?;
            let articles = synth::write_jsonl(&mut out, args.megabytes * 1_000_000, args.seed);
            match articles {
                Ok(n) => {
                    out.finish().context("cannot write the corpus")?;
                    note!("vnextract: generated {n} articles");
                }
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
            run_articles(&args.input, &args.run, false, &pipeline, render)
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

/// The texts of the gold articles that hold none, from article inputs (JSON Lines, gzip …).
/// Gold files, stand-off lines given their texts from `texts` (checked by sha256).
fn read_gold(paths: &[PathBuf], texts: &[PathBuf]) -> Result<Vec<Annotated>> {
    let mut gold = read_annotated_files(paths)?;
    let found = read_texts(texts, &gold);
    join_texts(&mut gold, &found)?;
    Ok(gold)
}

fn read_texts(inputs: &[PathBuf], gold: &[Annotated]) -> HashMap<String, String> {
    let wanted: HashSet<&str> = gold
        .iter()
        .filter(|a| a.text.is_empty() && a.sha256.is_some())
        .map(|a| a.id.as_str())
        .collect();
    if !inputs.is_empty() && wanted.is_empty() {
        note!(
            "vnextract: warning: --texts has no effect: no gold line is stand-off (all hold their text)"
        );
    }
    if inputs.is_empty() || wanted.is_empty() {
        return HashMap::new();
    }
    let inputs: Vec<String> = inputs.iter().map(|p| p.display().to_string()).collect();
    let mut texts = HashMap::new();
    read_inputs(&inputs, &InputOptions::default(), &mut |item| {
        if let Item::Article(article) = item
            && wanted.contains(article.id.as_str())
        {
            texts.insert(article.id, article.text);
        }
        texts.len() < wanted.len()
    });
    texts
}

fn run_train(args: &TrainArgs) -> Result<ExitCode> {
    let config = TrainConfig::from(args);
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

fn run_train_officials(args: &TrainOfficialsArgs) -> Result<ExitCode> {
    let gold = read_gold(&args.gold, &args.texts)?;
    let take = ((gold.len() as f64) * args.fraction.clamp(0.0, 1.0)).round() as usize;
    let articles: Vec<NameTrainingArticle> = gold
        .into_iter()
        .take(take)
        .map(|a| NameTrainingArticle {
            names: a.officials.iter().map(|o| o.name.clone()).collect(),
            id: a.id,
            text: a.text,
        })
        .collect();
    let config = args.config();
    if let Some(folds) = args.folds {
        let score = cross_validate_names(&articles, &OfficialLexicon::builtin(), config, folds);
        println!(
            "{folds}-fold cross-validation, {}: {} names chosen as annotated, {} chosen wrongly, \
             {} missed; F1 {:.4}",
            args.learner_text(),
            score.correct,
            score.wrong,
            score.missed,
            score.f1()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let Some(out) = &args.out else {
        anyhow::bail!("give --out MODEL (or --folds K to cross-validate)");
    };
    let (model, stats) = train_names(&articles, &OfficialLexicon::builtin(), config);
    let sources: Vec<String> = args
        .gold
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    let header = format!(
        "Names model of vnextract: {}.\n\
         Trained by `vnextract train-officials` on {} ({} articles, fraction {}).\n\
         Learned only from the project's own annotations; see models/README.md.",
        args.learner_text(),
        sources.join(" "),
        stats.articles,
        args.fraction,
    );
    std::fs::write(out, model.to_file(&header))
        .with_context(|| format!("cannot write {}", out.display()))?;
    note!(
        "vnextract: wrote {} ({} weights) from {} articles: {} names ({} never offered as a \
         candidate), {} decisions, {} candidate spans, {} of them names",
        out.display(),
        model.len(),
        stats.articles,
        stats.names,
        stats.names_not_offered,
        stats.decisions,
        stats.candidates,
        stats.positives
    );
    Ok(ExitCode::SUCCESS)
}

fn run_eval_segmentation(args: &EvalArgs) -> Result<ExitCode> {
    let sentences = train::read_gold_files(&args.segmentation)?;
    let segmenter = match &args.model {
        Some(path) => WordSegmenter::with_model(WordModel::load(path)?),
        None => WordSegmenter::new(),
    };
    let started = std::time::Instant::now();
    let report = evaluate_segmentation(&segmenter, &sentences);
    let secs = started.elapsed().as_secs_f64();
    let mut out = io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report.to_json())?;
        writeln!(out)?;
    } else {
        write!(out, "{}", report.table(args.summary, secs))?;
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
    let gold = read_gold(&args.gold, &args.texts)?;
    let predictions = if args.pred.is_empty() {
        let mut builder = Pipeline::builder();
        if let Some(path) = &args.names_model {
            builder = builder.names_model(read_names_model(path)?);
        }
        let pipeline = builder.build();
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

/// How a run tells the user how it goes: what its items are called on the progress bar,
/// and the lines of its summary.
struct Reporting {
    unit: &'static str,
    notes: fn(&Summary) -> Vec<String>,
    /// The JSON field of the article text, for the hint when lines lack it.
    text_field: String,
}

/// Set by SIGINT or SIGTERM: the run stops after the record being written.
static STOP: AtomicBool = AtomicBool::new(false);
/// The signal that stopped the run, for the exit status (128 + its number).
static SIGNAL: AtomicUsize = AtomicUsize::new(0);

/// On SIGINT or SIGTERM, sets [`STOP`] and [`SIGNAL`]; a second one ends the process at
/// once (with the same status), for a run that does not stop soon enough.
fn handle_signals() -> Result<()> {
    for signal in [SIGINT, SIGTERM] {
        flag::register_conditional_shutdown(signal, 128 + signal, &STOP)?;
        flag::register_usize(signal, &SIGNAL, signal as usize)?;
        flag::register(signal, &STOP)?;
    }
    Ok(())
}

/// What a run reads and how: its inputs (an output may not be one of them), whether to
/// resume an interrupted one, and the options of the command line.
struct Plan<'a> {
    inputs: &'a [String],
    resume: bool,
    run: &'a RunArgs,
    reporting: Reporting,
}

/// Runs `source` through `render` into the output of `plan.run`, with a progress bar on a
/// terminal and the summary on stderr unless quiet. Stopped by a signal, it leaves
/// `OUT.partial` and exits with 128 + the signal's number (130 for SIGINT).
fn run_batch<S, F>(source: S, render: F, plan: Plan<'_>) -> Result<ExitCode>
where
    S: Source,
    F: Fn(&S::Item) -> Rendered + Sync,
{
    let run = plan.run;
    let mut out = RunOutput::open(run.output.as_deref(), plan.inputs, plan.resume)?;
    handle_signals()?;
    let show_progress = !run.quiet && io::stderr().is_terminal();
    if show_progress {
        PROGRESS.get_or_init(|| progress::bar(plan.reporting.unit, plan.inputs));
    }
    let options = RunOptions {
        threads: run.threads,
        progress: show_progress.then_some(progress::report as fn(&Progress)),
        batch_size: run.batch_size,
        skip: out.resumed,
        stop: Some(&STOP),
        flush_when_idle: out.is_stdout(),
    };
    let summary = match batch::run_source(source, render, &mut out.output, &options) {
        Ok(summary) => summary,
        Err(e) => {
            // What was written stays readable (a finished gzip) in OUT.partial.
            let _ = out.keep_partial();
            return Err(e.into());
        }
    };
    if let Some(bar) = PROGRESS.get() {
        bar.finish_and_clear();
    }
    let kept = if summary.interrupted {
        out.keep_partial()?
    } else {
        if !summary.output_closed {
            out.complete()?;
        }
        None
    };
    if !run.quiet {
        for line in (plan.reporting.notes)(&summary) {
            note!("vnextract: {line}");
        }
        if let Some(partial) = kept {
            note!(
                "vnextract: {} records in {}; go on with --resume",
                summary.resumed_after + summary.articles,
                partial.display()
            );
        }
    }
    for line in summary.warnings(plan.reporting.unit, &plan.reporting.text_field) {
        note!("vnextract: warning: {line}");
    }
    Ok(match SIGNAL.load(Ordering::SeqCst) {
        signal if summary.interrupted && signal > 0 => ExitCode::from((128 + signal) as u8),
        _ => exit_status(&summary, run.strict),
    })
}

/// Like ripgrep: 2 when an input is missing or unreadable (the others were still read), 1
/// under `--strict` when an article yields an error record or none is found, else 0.
fn exit_status(summary: &Summary, strict: bool) -> ExitCode {
    if !summary.input.unreadable.is_empty() {
        ExitCode::from(2)
    } else if strict && (summary.errors > 0 || (summary.articles == 0 && !summary.output_closed)) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Runs a pipeline's `render` over the articles of `input`.
fn run_articles(
    input: &InputArgs,
    run: &RunArgs,
    resume: bool,
    pipeline: &Pipeline,
    render: impl Fn(&Pipeline, &Item) -> Rendered + Sync,
) -> Result<ExitCode> {
    let options = input_options(input);
    let source = Articles {
        inputs: &input.inputs,
        options: &options,
        workers: batch::workers(run.threads),
    };
    let plan = Plan {
        inputs: &input.inputs,
        resume,
        run,
        reporting: Reporting {
            unit: "articles",
            notes: Summary::notes,
            text_field: options.text_field.clone(),
        },
    };
    run_batch(source, |item| render(pipeline, item), plan)
}

/// `segment --lines`: each line of each input, with "_" for the spaces inside its words.
fn run_lines(args: &SegmentArgs) -> Result<ExitCode> {
    let segmenter = args.word_options.segmenter()?;
    let source = Lines {
        inputs: &args.input.inputs,
    };
    let render = |line: &Vec<u8>| output::render_line(&segmenter, line);
    let plan = Plan {
        inputs: &args.input.inputs,
        resume: false,
        run: &args.run,
        reporting: Reporting {
            unit: "lines",
            notes: Summary::lines_notes,
            text_field: String::new(),
        },
    };
    run_batch(source, render, plan)
}

static PROGRESS: OnceLock<ProgressBar> = OnceLock::new();
