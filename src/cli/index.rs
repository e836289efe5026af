//! `vnextract index` and `vnextract search`: the embedded search index.

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::Ordering;

use anyhow::{Context, Result};
use vnextract::Pipeline;
use vnextract::batch::{self, Articles, Progress, RunOptions, Summary};
use vnextract::index::{Commit, Hit, Results, Search, SearchIndex, render_document, search};
use vnextract::output::Output;

use super::args::{IndexArgs, SearchArgs, input_options};
use super::{PROGRESS, SIGNAL, STOP, exit_status, handle_signals, progress};

/// Indexing threads of tantivy: the articles' extraction, on the other threads, is the
/// slow part.
const WRITER_THREADS: usize = 1;

pub(super) fn run_index(args: &IndexArgs) -> Result<ExitCode> {
    let run_args = &args.run;
    let pipeline = args.pipeline()?;
    let words = pipeline
        .word_segmenter()
        .map(|w| w.fingerprint())
        .unwrap_or_default();
    let index = SearchIndex::create_or_open(&args.index, &words)?;
    let inputs = described_inputs(&args.input.inputs);
    let reads_stdin = args.input.inputs.is_empty() || args.input.inputs.iter().any(|i| i == "-");
    // A run over the same files that was stopped goes on after the articles it committed;
    // a finished one, or other inputs, start from the top (documents are replaced by id).
    let skip = match index.last_commit()? {
        Some(last) if !last.complete && last.inputs == inputs && !reads_stdin => last.articles,
        _ => 0,
    };
    if skip > 0 && !run_args.quiet {
        note!("vnextract: going on after the {skip} articles an interrupted run committed");
    }
    let errors = Output::create(run_args.output.as_deref())?;
    let commit = Commit {
        inputs,
        articles: skip,
        complete: false,
    };
    let memory = usize::try_from(args.memory).unwrap_or(usize::MAX);
    let mut sink = index.sink(WRITER_THREADS, memory, errors, commit, args.commit_every)?;
    handle_signals()?;
    let show_progress = !run_args.quiet && io::stderr().is_terminal();
    if show_progress {
        PROGRESS.get_or_init(|| progress::bar("articles", &args.input.inputs));
    }
    let options = input_options(&args.input);
    let source = Articles {
        inputs: &args.input.inputs,
        options: &options,
        workers: batch::workers(run_args.threads),
    };
    let run = RunOptions {
        threads: run_args.threads,
        progress: show_progress.then_some(progress::report as fn(&Progress)),
        batch_size: run_args.batch_size,
        skip,
        stop: Some(&STOP),
        flush_when_idle: false,
    };
    let render = |item: &_| render_document(&pipeline, item);
    let summary = batch::run_source(source, render, &mut sink, &run);
    if let Some(bar) = PROGRESS.get() {
        bar.finish_and_clear();
    }
    // What was added is committed even when the run failed or was stopped.
    let complete = summary.as_ref().is_ok_and(|s| !s.interrupted);
    let (documents, errors_written) = (sink.documents, sink.errors_written);
    let errors = sink
        .finish(complete)
        .with_context(|| format!("cannot commit the index in {}", args.index.display()))?;
    errors.finish().context("cannot write the error records")?;
    let summary = summary?;
    if !run_args.quiet {
        for line in Summary::notes(&summary) {
            note!("vnextract: {line}");
        }
        note!(
            "vnextract: {} now holds {} articles ({documents} added or replaced, \
             {errors_written} error records)",
            args.index.display(),
            index.documents()?,
        );
        if summary.interrupted {
            note!("vnextract: stopped; run the same command again to go on");
        }
    }
    for line in summary.warnings("articles", &options.text_field) {
        note!("vnextract: warning: {line}");
    }
    Ok(match SIGNAL.load(Ordering::SeqCst) {
        signal if summary.interrupted && signal > 0 => ExitCode::from((128 + signal) as u8),
        _ => exit_status(&summary, run_args.strict),
    })
}

/// The inputs as a commit notes them: absolute paths where they exist, so that a rerun
/// from another directory is recognised.
fn described_inputs(inputs: &[String]) -> Vec<String> {
    inputs
        .iter()
        .map(|input| {
            std::fs::canonicalize(input)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| input.clone())
        })
        .collect()
}

/// Exit status 0 when articles are found, 1 when none is (as grep), 2 on an error.
pub(super) fn run_search(args: &SearchArgs) -> Result<ExitCode> {
    let segmenter = args.word_options.segmenter()?;
    let words = segmenter.fingerprint();
    let pipeline = Pipeline::builder()
        .words(true)
        .word_segmenter(segmenter)
        .build();
    let index = SearchIndex::open(&args.index, &words)?;
    let query = Search {
        query: &args.query,
        official: args.official.as_deref(),
        role: args.role.as_deref(),
        organization: args.organization.as_deref(),
        money_min: args.money_min,
        money_max: args.money_max,
        currency: args.currency.as_deref(),
        percent_min: args.percent_min,
        limit: args.limit,
        facets: args.facets,
    };
    let results = search(&index, &pipeline, &query)?;
    let mut out = io::stdout().lock();
    let written = if args.json {
        serde_json::to_writer(&mut out, &results)
            .map_err(io::Error::other)
            .and_then(|()| writeln!(out))
    } else {
        write_results(&mut out, &results, io::stdout().is_terminal())
    };
    match written {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other.context("cannot write the results")?,
    }
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn write_results(out: &mut impl Write, results: &Results, terminal: bool) -> io::Result<()> {
    for (rank, hit) in results.hits.iter().enumerate() {
        let title = hit.title.as_deref().unwrap_or("");
        writeln!(out, "{}. {}  {title}  ({:.2})", rank + 1, hit.id, hit.score)?;
        writeln!(out, "   {}", highlighted(hit, terminal))?;
        for line in entity_lines(hit) {
            writeln!(out, "   {line}")?;
        }
    }
    let shown = results.hits.len();
    writeln!(out, "{} articles found, {shown} shown", results.total)?;
    for (kind, counts) in &results.facets {
        if counts.is_empty() {
            continue;
        }
        let list: Vec<String> = counts.iter().map(|(v, n)| format!("{v} ({n})")).collect();
        writeln!(out, "{kind}: {}", list.join(", "))?;
    }
    Ok(())
}

/// The snippet with its matches in bold on a terminal, else between « and »; matches
/// with only spaces between them are marked as one ("«Chủ tịch»").
fn highlighted(hit: &Hit, terminal: bool) -> String {
    let (open, close) = if terminal {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("«", "»")
    };
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for range in &hit.highlights {
        match merged.last_mut() {
            Some(last)
                if hit
                    .snippet
                    .get(last.end..range.start)
                    .is_some_and(|gap| gap.trim().is_empty()) =>
            {
                last.end = range.end;
            }
            _ => merged.push(range.clone()),
        }
    }
    let mut text = String::new();
    let mut at = 0;
    for range in merged {
        let (Some(before), Some(word)) = (
            hit.snippet.get(at..range.start),
            hit.snippet.get(range.clone()),
        ) else {
            continue;
        };
        text.push_str(before);
        text.push_str(open);
        text.push_str(word);
        text.push_str(close);
        at = range.end;
    }
    text.push_str(hit.snippet.get(at..).unwrap_or(""));
    text.replace('\n', " ")
}

fn entity_lines(hit: &Hit) -> Vec<String> {
    let field = |value: &serde_json::Value, name: &str| {
        value
            .get(name)
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .unwrap_or_default()
    };
    let mut lines = Vec::new();
    for official in &hit.officials {
        lines.push(format!(
            "official: {} · {} · {}",
            field(official, "name"),
            field(official, "role"),
            field(official, "organization")
        ));
    }
    for money in &hit.money {
        lines.push(format!(
            "money: {} = {} {}",
            field(money, "text"),
            field(money, "amount_exact"),
            field(money, "currency")
        ));
    }
    for percentage in &hit.percentages {
        lines.push(format!(
            "percentage: {} = {}",
            field(percentage, "text"),
            field(percentage, "value")
        ));
    }
    lines
}
