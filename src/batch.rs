//! Batch runs: read articles as a stream, process them in parallel, write records in input
//! order.

use std::io::{self, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::io::{InputOptions, InputStats, Item, read_inputs};
use crate::pipeline::{Pipeline, json_line};
use crate::record::ErrorRecord;

/// Articles per batch handed to the thread pool: enough to keep every thread busy, few
/// enough that memory stays flat.
const BATCH_ARTICLES: usize = 512;
/// Text bytes per batch, for inputs of long articles.
const BATCH_BYTES: usize = 8 << 20;

/// How a run goes.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Worker threads; 0 lets rayon choose (one per core).
    pub threads: usize,
    /// Called after each batch is written, with the totals so far.
    pub progress: Option<fn(&Progress)>,
}

/// Totals so far, for a progress display.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    pub articles: u64,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// The output of one item: its JSON line(s) and whether it is an error record.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub ok: bool,
}

/// Renders one item as an `extract` record line: the record, or the error record.
pub fn render_record(pipeline: &Pipeline, item: &Item) -> Rendered {
    match item {
        Item::Article(article) => match pipeline.process(article) {
            Ok(record) => Rendered {
                bytes: json_line(&record),
                ok: true,
            },
            Err(error) => Rendered {
                bytes: json_line(&ErrorRecord::from(&error)),
                ok: false,
            },
        },
        Item::Error(error) => Rendered {
            bytes: json_line(&ErrorRecord::from(error)),
            ok: false,
        },
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Records written: `ok + errors`.
    pub articles: u64,
    pub ok: u64,
    pub errors: u64,
    pub input: InputStats,
    pub elapsed: Duration,
    /// The output was closed by the reader (a broken pipe): the run stopped early.
    pub output_closed: bool,
}

impl Summary {
    pub fn megabytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        self.input.bytes as f64 / 1e6 / secs
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles: {} ok, {} errors; {} files read, {} skipped; {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.articles,
            self.ok,
            self.errors,
            self.input.files,
            self.input.skipped.len(),
            self.input.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64(),
            self.megabytes_per_second(),
        )
    }
}

/// A run that cannot go on.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot write the output")]
    Output(#[source] io::Error),
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
}

/// Reads `inputs`, renders each item with `render` on a pool of threads, and writes the
/// results to `out` in input order. Output is the same bytes for any number of threads.
pub fn run<W, F>(
    inputs: &[String],
    input_options: &InputOptions,
    pipeline: &Pipeline,
    render: F,
    out: &mut W,
    options: &RunOptions,
) -> Result<Summary, RunError>
where
    W: Write + ?Sized,
    F: Fn(&Pipeline, &Item) -> Rendered + Sync,
{
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| RunError::Threads {
            threads: options.threads,
            message: e.to_string(),
        })?;
    let (sender, receiver) = mpsc::sync_channel::<Vec<Item>>(2);
    let mut summary = Summary::default();
    let result = std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH_ARTICLES);
            let mut batch_bytes = 0;
            let mut sink = |item: Item| {
                if let Item::Article(a) = &item {
                    batch_bytes += a.text.len();
                }
                batch.push(item);
                if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                    batch_bytes = 0;
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_ARTICLES));
                    return sender.send(full).is_ok();
                }
                true
            };
            let stats = read_inputs(inputs, input_options, &mut sink);
            if !batch.is_empty() {
                // The writer may have stopped already; nothing is left to tell it.
                let _ = sender.send(batch);
            }
            stats
        });
        let mut progress = Progress::default();
        let mut written: Result<(), RunError> = Ok(());
        for batch in receiver.iter() {
            let rendered: Vec<Rendered> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|item| render(pipeline, item))
                    .collect()
            });
            for (item, r) in batch.iter().zip(&rendered) {
                if let Item::Article(a) = item {
                    progress.bytes += a.text.len() as u64;
                }
                if let Err(e) = out.write_all(&r.bytes) {
                    written = Err(RunError::Output(e));
                    break;
                }
                summary.articles += 1;
                if r.ok {
                    summary.ok += 1;
                } else {
                    summary.errors += 1;
                }
            }
            if written.is_err() {
                break;
            }
            progress.articles = summary.articles;
            progress.elapsed = started.elapsed();
            if let Some(report) = options.progress {
                report(&progress);
            }
        }
        // Dropping the receiver makes the reader's next send fail, so it stops.
        drop(receiver);
        let stats = reader.join().unwrap_or_default();
        summary.input = stats;
        written.and_then(|()| out.flush().map_err(RunError::Output))
    });
    summary.elapsed = started.elapsed();
    match result {
        Err(RunError::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            summary.output_closed = true;
            Ok(summary)
        }
        Err(e) => Err(e),
        Ok(()) => Ok(summary),
    }
}
