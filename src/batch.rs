//! Batch runs: read articles as a stream, process them in parallel, write records in input
//! order.

use std::io::{self, Write};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

mod size;
mod stream;

pub use size::{bytes_read_by_process, input_size};

use crate::io::{InputError, InputOptions, InputStats, Item, read_inputs, read_lines};
use crate::pipeline::Pipeline;

// The renderers live in `output`; their old home keeps the names working.
pub use crate::output::{Rendered, render_record};

/// Articles handed to a worker at a time, unless `--batch-size` says otherwise: each record
/// is written as soon as it is done, but a batch is handed out only when full, so small
/// batches let a slowly fed input through sooner.
const BATCH_ARTICLES: usize = 16;
/// Text bytes per batch, for inputs of long articles.
const BATCH_BYTES: usize = 1 << 20;
/// Lines per batch: lines are short and quick, so batches are larger.
const BATCH_LINES: usize = 1024;
/// Line bytes per batch.
const BATCH_LINE_BYTES: usize = 256 << 10;

/// How a run goes.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Worker threads; 0 lets rayon choose (one per core).
    pub threads: usize,
    /// Called as records are written (a few times a second at most), with the totals so far.
    pub progress: Option<fn(&Progress)>,
    /// Items handed to a worker at a time; 0 for the source's default. Larger batches cost
    /// less to hand out; smaller ones let a slowly fed input through sooner.
    pub batch_size: usize,
    /// Items of the input to pass over unread by the workers: those an interrupted run
    /// already wrote (`--resume`).
    pub skip: u64,
    /// Set (by a signal handler) to end the run early: reading stops, and the writer stops
    /// after the record it is writing ([`Summary::interrupted`]).
    pub stop: Option<&'static AtomicBool>,
    /// Flush the output when the writer waits for records, so that a reader at the other
    /// end of a pipe gets each record within milliseconds.
    pub flush_when_idle: bool,
}

/// Totals so far, for a progress display.
#[derive(Debug, Clone, Copy, Default)]
pub struct Progress {
    /// Items written: articles, or lines for [`Lines`].
    pub articles: u64,
    pub bytes: u64,
    pub elapsed: Duration,
}

/// Where the items of a run come from, read on a thread of their own while the pool
/// renders the previous batch.
pub trait Source: Send {
    type Item: Send + Sync;
    /// Items per batch handed to the thread pool.
    const BATCH_ITEMS: usize;
    /// Input bytes per batch.
    const BATCH_BYTES: usize;
    /// The input bytes an item stands for, for batching and progress.
    fn bytes(item: &Self::Item) -> usize;
    /// Reads every item in order into `sink`, which returns `false` to stop.
    fn read(self, sink: &mut dyn FnMut(Self::Item) -> bool) -> Result<InputStats, InputError>;
}

/// Articles from files, directories, archives and stdin ([`read_inputs`]); an article that
/// cannot be read is an [`Item::Error`], never the end of the run.
#[derive(Debug, Clone, Copy)]
pub struct Articles<'a> {
    pub inputs: &'a [String],
    pub options: &'a InputOptions,
    /// The worker threads of the run ([`workers`]): with more than one, JSON is parsed on
    /// them and the reading thread only finds the lines; with one, the reading thread
    /// parses, so that reading still overlaps the processing.
    pub workers: usize,
}

/// The worker threads a run with `threads` (0: one per core) has.
pub fn workers(threads: usize) -> usize {
    match threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}

impl Source for Articles<'_> {
    type Item = Item;
    const BATCH_ITEMS: usize = BATCH_ARTICLES;
    const BATCH_BYTES: usize = BATCH_BYTES;

    fn bytes(item: &Item) -> usize {
        item.input_bytes()
    }

    fn read(self, sink: &mut dyn FnMut(Item) -> bool) -> Result<InputStats, InputError> {
        let options = InputOptions {
            parse_on_workers: self.workers > 1,
            ..self.options.clone()
        };
        Ok(read_inputs(self.inputs, &options, sink))
    }
}

/// The lines of files or stdin ([`read_lines`]), bytes as they are, line endings kept.
#[derive(Debug, Clone, Copy)]
pub struct Lines<'a> {
    pub inputs: &'a [String],
}

impl Source for Lines<'_> {
    type Item = Vec<u8>;
    const BATCH_ITEMS: usize = BATCH_LINES;
    const BATCH_BYTES: usize = BATCH_LINE_BYTES;

    fn bytes(line: &Vec<u8>) -> usize {
        line.len()
    }

    fn read(self, sink: &mut dyn FnMut(Vec<u8>) -> bool) -> Result<InputStats, InputError> {
        read_lines(self.inputs, sink)
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Items written, `ok + errors`: articles' records, or lines for [`Lines`].
    pub articles: u64,
    pub ok: u64,
    pub errors: u64,
    pub input: InputStats,
    pub elapsed: Duration,
    /// The output was closed by the reader (a broken pipe): the run stopped early.
    pub output_closed: bool,
    /// [`RunOptions::stop`] was set: the run stopped early, after a whole record.
    pub interrupted: bool,
    /// Items passed over because an earlier run wrote them ([`RunOptions::skip`]).
    pub resumed_after: u64,
}

impl Summary {
    pub fn megabytes_per_second(&self) -> f64 {
        let secs = self.elapsed.as_secs_f64().max(1e-9);
        self.input.bytes as f64 / 1e6 / secs
    }

    /// What to tell the user after a run over [`Articles`], a line each: this summary, the
    /// inputs skipped (the first five by name), and an early stop.
    pub fn notes(&self) -> Vec<String> {
        const SHOWN: usize = 5;
        let mut notes = vec![self.to_string()];
        let skipped = &self.input.skipped;
        if !skipped.is_empty() {
            let names: Vec<&str> = skipped.iter().take(SHOWN).map(String::as_str).collect();
            let more = match skipped.len().saturating_sub(SHOWN) {
                0 => String::new(),
                more => format!(" and {more} more"),
            };
            notes.push(format!(
                "skipped (not .jsonl, .ndjson, .txt or an archive of them): {}{more}",
                names.join(", ")
            ));
        }
        notes.extend(self.closed_note());
        notes
    }

    /// What to tell the user after a run over [`Lines`]: lines and bytes, and an early stop.
    pub fn lines_notes(&self) -> Vec<String> {
        let mut notes = vec![format!(
            "{} lines, {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.articles,
            self.input.bytes as f64 / 1e6,
            self.elapsed.as_secs_f64().max(1e-9),
            self.megabytes_per_second()
        )];
        notes.extend(self.closed_note());
        notes
    }

    /// What to warn about after a run, whether quiet or not: inputs that could not be read,
    /// no `unit` (articles, lines) at all, and JSON Lines whose lines mostly lack the text
    /// field (`text_field`), with the fields they have.
    pub fn warnings(&self, unit: &str, text_field: &str) -> Vec<String> {
        let mut warnings = Vec::new();
        let unreadable = &self.input.unreadable;
        if !unreadable.is_empty() {
            warnings.push(format!(
                "{} input(s) missing or unreadable: {}",
                unreadable.len(),
                unreadable.join(", ")
            ));
        }
        if self.articles == 0 && !self.output_closed {
            warnings.push(format!("no {unit} found"));
        }
        let (sampled, without) = (self.input.sampled_lines, self.input.lines_without_text);
        if sampled > 0 && without * 2 > sampled {
            let fields: Vec<&str> = self.input.fields_seen.iter().map(String::as_str).collect();
            let hint = match likely_text_field(&fields) {
                Some(field) => format!(" — try --text-field {field}"),
                None => String::new(),
            };
            warnings.push(format!(
                "{without} of {sampled} lines have no {text_field:?} field; fields seen: {}{hint}",
                fields.join(", ")
            ));
        }
        warnings
    }

    fn closed_note(&self) -> Vec<String> {
        let mut notes = Vec::new();
        if self.resumed_after > 0 {
            notes.push(format!(
                "resumed after the {} records of the partial output",
                self.resumed_after
            ));
        }
        if self.output_closed {
            notes.push("output closed; stopped early".to_string());
        }
        if self.interrupted {
            notes.push("interrupted; stopped after a whole record".to_string());
        }
        notes
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

/// Of the fields of lines without the text field, the one most likely to hold the text.
fn likely_text_field<'f>(fields: &[&'f str]) -> Option<&'f str> {
    const TEXT_NAMES: [&str; 6] = [
        "body",
        "content",
        "article",
        "text",
        "description",
        "summary",
    ];
    const OTHER_NAMES: [&str; 7] = [
        "id",
        "title",
        "url",
        "published",
        "date",
        "author",
        "source",
    ];
    TEXT_NAMES
        .iter()
        .find_map(|name| {
            fields
                .iter()
                .find(|f| f.eq_ignore_ascii_case(name))
                .copied()
        })
        .or_else(|| {
            // Only a guess when one field is left that is not a known other one.
            let other = |f: &&&str| OTHER_NAMES.iter().any(|n| f.eq_ignore_ascii_case(n));
            let mut left = fields.iter().filter(|f| !other(f));
            match (left.next(), left.next()) {
                (Some(only), None) => Some(*only),
                _ => None,
            }
        })
}

/// A run that cannot go on.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot write the output")]
    Output(#[source] io::Error),
    #[error("cannot start {threads} worker threads: {message}")]
    Threads { threads: usize, message: String },
    #[error(transparent)]
    Input(#[from] InputError),
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
    let source = Articles {
        inputs,
        options: input_options,
        workers: workers(options.threads),
    };
    run_source(source, |item| render(pipeline, item), out, options)
}

/// [`run`] over any [`Source`]: reads its items, renders each with `render` on a pool of
/// threads, and writes the results to `out` in input order, each as soon as it and all
/// before it are done. A broken pipe ends the run early and is not an error
/// ([`Summary::output_closed`]); so does [`RunOptions::stop`] ([`Summary::interrupted`]).
pub fn run_source<S, W, F>(
    source: S,
    render: F,
    out: &mut W,
    options: &RunOptions,
) -> Result<Summary, RunError>
where
    S: Source,
    W: Write + ?Sized,
    F: Fn(&S::Item) -> Rendered + Sync,
{
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| RunError::Threads {
            threads: options.threads,
            message: e.to_string(),
        })?;
    let workers = pool.current_num_threads();
    let batch_items = match options.batch_size {
        0 => S::BATCH_ITEMS,
        n => n,
    };
    // Room for a few batches per worker: enough to keep every worker busy while one item
    // is slow, few enough that memory stays flat.
    let window = stream::Window::new(
        batch_items.saturating_mul(4 * workers + 4),
        S::BATCH_BYTES.saturating_mul(2 * workers + 2),
    );
    let (batch_sender, batch_receiver) = std::sync::mpsc::channel();
    let (done_sender, done_receiver) = std::sync::mpsc::channel();
    let batch_receiver = std::sync::Mutex::new(batch_receiver);
    let mut summary = Summary {
        resumed_after: options.skip,
        ..Summary::default()
    };
    let result = std::thread::scope(|scope| {
        let window = &window;
        let reader = scope.spawn(move || {
            let bytes = S::BATCH_BYTES;
            stream::read_batches(source, batch_items, bytes, options, window, batch_sender)
        });
        let (batches, render) = (&batch_receiver, &render);
        scope.spawn(move || {
            pool.scope(|pool_scope| {
                for _ in 0..workers {
                    let done = done_sender.clone();
                    pool_scope.spawn(move |_| {
                        stream::work(batches, render, S::bytes, done, options.stop);
                    });
                }
            });
        });
        let written =
            stream::write_in_order(&done_receiver, window, out, &mut summary, started, options);
        // The reader waiting for room, and the workers' next sends, fail: they stop.
        window.close();
        drop(done_receiver);
        let read = match reader.join() {
            Ok(Ok(stats)) => {
                summary.input = stats;
                Ok(())
            }
            Ok(Err(e)) => Err(RunError::Input(e)),
            Err(_) => Ok(()),
        };
        written.and(read)?;
        out.flush().map_err(RunError::Output)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_field_is_guessed_only_when_the_guess_is_clear() {
        assert_eq!(likely_text_field(&["id", "body", "title"]), Some("body"));
        assert_eq!(likely_text_field(&["id", "noi_dung"]), Some("noi_dung"));
        // Several unknown fields: no guess (the fields are listed anyway).
        assert_eq!(
            likely_text_field(&["checked", "id", "money", "sha256"]),
            None
        );
    }

    fn upper(line: &[u8]) -> Rendered {
        Rendered {
            bytes: line.to_ascii_uppercase(),
            ok: true,
        }
    }

    fn options(threads: usize) -> RunOptions {
        RunOptions {
            threads,
            ..RunOptions::default()
        }
    }

    #[test]
    fn lines_are_rendered_in_order_with_their_bytes_as_read() {
        let dir = tempfile::tempdir().unwrap();
        let mut text = Vec::new();
        for n in 0..5000 {
            text.extend_from_slice(format!("line {n}\r\n").as_bytes());
        }
        text.extend_from_slice(b"not \xff utf-8\nno ending");
        let path = dir.path().join("in.txt");
        std::fs::write(&path, &text).unwrap();
        let inputs = [path.display().to_string(), path.display().to_string()];
        for threads in [1, 3] {
            let mut out = Vec::new();
            let summary = run_source(
                Lines { inputs: &inputs },
                |l: &Vec<u8>| upper(l),
                &mut out,
                &options(threads),
            )
            .unwrap();
            let once = text.to_ascii_uppercase();
            assert_eq!(out, [&once[..], &once[..]].concat());
            assert_eq!(
                (summary.articles, summary.ok, summary.errors),
                (10004, 10004, 0)
            );
            assert_eq!(summary.input.files, 2);
            assert_eq!(summary.input.bytes, 2 * text.len() as u64);
            assert!(summary.lines_notes()[0].starts_with("10004 lines, "));
        }
    }

    #[test]
    fn a_missing_input_of_lines_ends_the_run_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nope.txt").display().to_string();
        let mut out = Vec::new();
        let error = run_source(
            Lines {
                inputs: std::slice::from_ref(&missing),
            },
            |l: &Vec<u8>| upper(l),
            &mut out,
            &options(1),
        )
        .expect_err("a missing file is fatal for lines");
        assert!(matches!(error, RunError::Input(InputError::Open { .. })));
        assert!(error.to_string().contains("nope.txt"), "{error}");
        // The lines of the inputs before the missing one are written before the run ends.
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a\nb").unwrap();
        let inputs = [path.display().to_string(), missing];
        let mut out = Vec::new();
        run_source(
            Lines { inputs: &inputs },
            |l: &Vec<u8>| upper(l),
            &mut out,
            &options(1),
        )
        .expect_err("a missing file is fatal for lines");
        assert_eq!(out, b"A\nB");
    }

    /// Output shared with the items being rendered.
    #[derive(Clone, Default)]
    struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn each_record_is_written_before_a_slow_one_after_it_is_done() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a\nb\nc\nslow\nd\n").unwrap();
        let inputs = [path.display().to_string()];
        let out = Shared::default();
        let seen = out.clone();
        // The slow line is rendered only once the three before it are written: with
        // output per run of the whole input it would wait for ever. Batches of one line:
        // each record is handed on as soon as it is done.
        let render = |line: &Vec<u8>| {
            if line.starts_with(b"slow") {
                let started = Instant::now();
                while seen.0.lock().unwrap().len() < 6 {
                    assert!(started.elapsed() < Duration::from_secs(30), "not streamed");
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
            upper(line)
        };
        for threads in [1, 2] {
            seen.0.lock().unwrap().clear();
            let summary = run_source(
                Lines { inputs: &inputs },
                render,
                &mut out.clone(),
                &RunOptions {
                    batch_size: 1,
                    ..options(threads)
                },
            )
            .unwrap();
            assert_eq!(summary.articles, 5);
            assert_eq!(&seen.0.lock().unwrap()[..], b"A\nB\nC\nSLOW\nD\n");
        }
    }

    #[test]
    fn a_resumed_run_passes_over_the_items_already_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a\nb\nc\n").unwrap();
        let inputs = [path.display().to_string()];
        let mut out = Vec::new();
        let options = RunOptions {
            skip: 2,
            batch_size: 1,
            ..options(2)
        };
        let summary = run_source(
            Lines { inputs: &inputs },
            |l: &Vec<u8>| upper(l),
            &mut out,
            &options,
        )
        .unwrap();
        assert_eq!(out, b"C\n");
        assert_eq!((summary.articles, summary.resumed_after), (1, 2));
    }

    /// A reader that went away: every write is a broken pipe.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_output_stops_the_run_without_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.txt");
        std::fs::write(&path, "a\nb\n".repeat(100_000)).unwrap();
        let inputs = [path.display().to_string()];
        let summary = run_source(
            Lines { inputs: &inputs },
            |l: &Vec<u8>| upper(l),
            &mut Closed,
            &options(2),
        )
        .unwrap();
        assert!(summary.output_closed);
        assert_eq!(summary.articles, 0);
        assert_eq!(
            summary.lines_notes().last().map(String::as_str),
            Some("output closed; stopped early")
        );
    }
}
