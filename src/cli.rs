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
use vnextract::eval::{Annotated, Measure, Report, evaluate, html, read_annotated};
use vnextract::io::{Format, InputOptions, Item};
use vnextract::pipeline::json_line;
use vnextract::record::ErrorRecord;
use vnextract::segment::{SentenceRecord, TokenRecord};
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
}

#[derive(Args, Debug)]
struct EvalArgs {
    /// Gold files (JSON Lines, the format of GOLD.md); their articles are pooled.
    #[arg(long, required = true, num_args = 1.., value_name = "GOLD")]
    gold: Vec<PathBuf>,
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
    /// Add the entries of a lexicon file (positions, organizations, surnames, places …; see
    /// the README) to the shipped ones. May be given more than once.
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,
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
                .tokens(args.tokens);
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
            let pipeline = Pipeline::default();
            if args.json {
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

fn run_eval(args: &EvalArgs) -> Result<ExitCode> {
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

#[derive(Serialize)]
struct SegmentedArticle<'a> {
    id: &'a str,
    source: &'a str,
    sentences: Vec<SentenceTokens<'a>>,
}

#[derive(Serialize)]
struct SentenceTokens<'a> {
    #[serde(flatten)]
    sentence: SentenceRecord<'a>,
    tokens: Vec<TokenRecord<'a>>,
}

fn error_rendered(error: &vnextract::ArticleError) -> Rendered {
    Rendered {
        bytes: json_line(&ErrorRecord::from(error)),
        ok: false,
    }
}

fn render_segments_json(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match item {
        Item::Article(a) => a,
        Item::Error(e) => return error_rendered(e),
    };
    if let Err(e) = pipeline.validate(article) {
        return error_rendered(&e);
    }
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let chars = CharIndex::new(text);
    let mut tokens = analysis.segmented.token_records(text, &chars).into_iter();
    let sentences = analysis
        .segmented
        .sentence_records(text, &chars)
        .into_iter()
        .zip(&analysis.segmented.sentences)
        .map(|(sentence, s)| SentenceTokens {
            sentence,
            tokens: tokens.by_ref().take(s.tokens.len()).collect(),
        })
        .collect();
    Rendered {
        bytes: json_line(&SegmentedArticle {
            id: &article.id,
            source: &article.source,
            sentences,
        }),
        ok: true,
    }
}

/// `# id` then one sentence per line, tokens separated by spaces, a blank line after.
fn render_segments_text(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match item {
        Item::Article(a) => a,
        Item::Error(e) => return error_text(e),
    };
    if let Err(e) = pipeline.validate(article) {
        return error_text(&e);
    }
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
