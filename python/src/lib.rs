//! The native part of the `vnextract` Python package.
//!
//! Records are made in Rust with the GIL released, then given to Python as dicts (built
//! from the record types, as `json.loads` would build them from the CLI's line, but with
//! exact amounts) or as the CLI's own JSON line (`vnextract::batch::render_record`), so
//! that Python, the CLI and a Spark job give the same records for the same articles.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyInt, PyString, PyType};
use vnextract::batch::{self, RunError, RunOptions, Summary, render_record};
use vnextract::error::{ArticleError, ArticleErrorKind, LexiconError};
use vnextract::extract::{NameModel, OfficialLexicon};
use vnextract::io::{InputOptions, Item, parse_article};
use vnextract::record::ErrorRecord;
use vnextract::record::word_records;
use vnextract::segment::word::{UserDict, WordSegmenter};
use vnextract::span::CharIndex;
use vnextract::{Article, Pipeline, Record};

mod to_python;
use to_python::Converter;

/// Where an article given as a Python string is said to come from: `<python>:N`, as the
/// CLI says `<stdin>:N`.
const SOURCE: &str = "<python>";

/// Records in flight between the reading run and Python, for `extract_jsonl`.
const STREAM_BUFFER: usize = 1024;

/// A pipeline configured once and used from any number of Python threads.
#[pyclass(frozen, module = "vnextract._vnextract")]
struct NativePipeline {
    pipeline: Arc<Pipeline>,
}

#[pymethods]
impl NativePipeline {
    #[new]
    #[pyo3(signature = (lexicons=Vec::new(), user_dict=None, names_model=None, words=false, with_text=false))]
    fn new(
        lexicons: Vec<String>,
        user_dict: Option<String>,
        names_model: Option<String>,
        words: bool,
        with_text: bool,
    ) -> PyResult<Self> {
        let mut builder = Pipeline::builder().words(words).text(with_text);
        if let Some(path) = &user_dict {
            let dict = UserDict::load(Path::new(path)).map_err(lexicon_error)?;
            builder = builder.word_segmenter(WordSegmenter::new().user_dict(dict));
        }
        if !lexicons.is_empty() {
            let mut lexicon = (*OfficialLexicon::builtin()).clone();
            for path in &lexicons {
                let source = std::fs::read_to_string(path)
                    .map_err(|e| PyOSError::new_err(format!("cannot read lexicon {path}: {e}")))?;
                lexicon
                    .extend_from_str(&source, path)
                    .map_err(lexicon_error)?;
            }
            builder = builder.official_lexicon(lexicon);
        }
        if let Some(path) = &names_model {
            let text = std::fs::read_to_string(path)
                .map_err(|e| PyOSError::new_err(format!("cannot read names model {path}: {e}")))?;
            let model =
                NameModel::parse(&text, path).map_err(|e| PyValueError::new_err(e.to_string()))?;
            builder = builder.names_model(model);
        }
        Ok(NativePipeline {
            pipeline: Arc::new(builder.build()),
        })
    }

    /// The record of one article: a dict, or its JSON line (without its newline) when
    /// `as_json`.
    #[pyo3(signature = (item, number=1, as_json=false))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        item: &Bound<'py, PyAny>,
        number: usize,
        as_json: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let item = item_of(item, number)?;
        let pipeline = &self.pipeline;
        let made = py.detach(|| Made::of(pipeline, &item, as_json));
        made.object(&mut Converter::new(py))
    }

    /// The records of many articles, in their order, made on `threads` threads (all cores
    /// when `None`) with the GIL released.
    /// `first` numbers the first item (`<python>:N`), for a caller that hands over a long
    /// input in pieces.
    #[pyo3(signature = (items, threads=None, first=1, as_json=false))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        threads: Option<usize>,
        first: usize,
        as_json: bool,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let pool = thread_pool(threads)?;
        let items = items
            .try_iter()?
            .enumerate()
            .map(|(i, item)| item_of(&item?, first + i));
        let pipeline = &self.pipeline;
        // The item is the worker's, so its record cannot borrow from it.
        let make = |item: Item| Made::of(pipeline, &item, as_json).into_owned();
        let mut converter = Converter::new(py);
        make_all(py, pool, items, make, |made| made.object(&mut converter))
    }

    /// The records of JSON Lines lines (`str` or `bytes`), each read as the CLI reads a line
    /// (same fields, same error records, `--max-article-bytes`, `--keep-field`), in their
    /// order, on `threads` threads.
    #[pyo3(signature = (lines, threads=None, first=1, as_json=false, max_article_bytes=None, keep_fields=Vec::new()))]
    #[allow(clippy::too_many_arguments)]
    fn extract_lines<'py>(
        &self,
        py: Python<'py>,
        lines: &Bound<'py, PyAny>,
        threads: Option<usize>,
        first: usize,
        as_json: bool,
        max_article_bytes: Option<u64>,
        keep_fields: Vec<String>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let pool = thread_pool(threads)?;
        let lines = lines.try_iter()?.enumerate().map(|(i, line)| {
            let line = line?;
            let bytes = if let Ok(bytes) = line.cast::<PyBytes>() {
                bytes.as_bytes().to_vec()
            } else if line.is_instance_of::<PyString>() {
                // A lone surrogate cannot be UTF-8: its bytes are replaced, so the line is
                // an `invalid_utf8` record rather than an exception.
                line.extract::<String>()
                    .map_or_else(|_| vec![0xff], String::into_bytes)
            } else {
                return Err(PyTypeError::new_err(format!(
                    "line {}: expected str or bytes, not {}",
                    first + i,
                    type_name(&line)
                )));
            };
            Ok((first + i, bytes))
        });
        let pipeline = &self.pipeline;
        let options = input_options(max_article_bytes, keep_fields);
        let make = |(number, bytes): (usize, Vec<u8>)| {
            let source = format!("{SOURCE}:{number}");
            let line = trim_line(&bytes);
            let limit = options.max_article_bytes;
            let item = if line.len() as u64 > limit {
                Item::Error(ArticleError {
                    id: source.clone(),
                    source_name: source,
                    kind: ArticleErrorKind::TooLarge,
                    message: format!(
                        "line longer than the limit of {limit} bytes (max_article_bytes)"
                    ),
                })
            } else {
                match parse_article(line, &options, source) {
                    Ok(article) => Item::Article(article),
                    Err(error) => Item::Error(error),
                }
            };
            Made::of(pipeline, &item, as_json).into_owned()
        };
        let mut converter = Converter::new(py);
        make_all(py, pool, lines, make, |made| made.object(&mut converter))
    }

    /// A stream of the records of files, directories and archives, read as the CLI reads
    /// them (JSON Lines, text, gzip, tar, zip), on `threads` threads.
    #[pyo3(signature = (paths, threads=None, max_article_bytes=None, keep_fields=Vec::new()))]
    fn extract_paths(
        &self,
        paths: Vec<String>,
        threads: Option<usize>,
        max_article_bytes: Option<u64>,
        keep_fields: Vec<String>,
    ) -> PyResult<RecordStream> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        if let Some(missing) = paths.iter().find(|p| p.as_str() == "-") {
            return Err(PyValueError::new_err(format!(
                "{missing:?}: reading stdin is the CLI's job; give a file path"
            )));
        }
        let options = input_options(max_article_bytes, keep_fields);
        let run = RunOptions {
            threads: threads.unwrap_or(0),
            ..RunOptions::default()
        };
        let (sender, receiver) = sync_channel(STREAM_BUFFER);
        let pipeline = Arc::clone(&self.pipeline);
        let handle = std::thread::spawn(move || {
            let mut out = LineSender {
                pending: Vec::new(),
                sender,
            };
            batch::run(&paths, &options, &pipeline, render_record, &mut out, &run)
        });
        Ok(RecordStream {
            receiver: Mutex::new(Some(receiver)),
            handle: Mutex::new(Some(handle)),
            summary: Mutex::new(None),
        })
    }
}

/// How lines and files are read: the CLI's defaults, with its `--max-article-bytes` and
/// `--keep-field`.
fn input_options(max_article_bytes: Option<u64>, keep_fields: Vec<String>) -> InputOptions {
    let mut options = InputOptions {
        keep_fields,
        ..InputOptions::default()
    };
    if let Some(limit) = max_article_bytes {
        options.max_article_bytes = limit;
    }
    options
}

/// Records as they are made by a run in the background, in input order.
#[pyclass(frozen, module = "vnextract._vnextract")]
struct RecordStream {
    receiver: Mutex<Option<Receiver<Vec<u8>>>>,
    handle: Mutex<Option<JoinHandle<Result<Summary, RunError>>>>,
    summary: Mutex<Option<Py<PyDict>>>,
}

#[pymethods]
impl RecordStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyBytes>>> {
        let mut receiver = lock(&self.receiver)?;
        let Some(rx) = receiver.as_mut() else {
            return Ok(None);
        };
        // Moved in as `&mut`, which is `Send` where `&Receiver` is not.
        if let Ok(line) = py.detach(move || rx.recv()) {
            return Ok(Some(record_bytes(py, &line)));
        }
        // The run has ended: its summary, or why it failed.
        *receiver = None;
        let handle = lock(&self.handle)?.take();
        let Some(handle) = handle else {
            return Ok(None);
        };
        let result = py
            .detach(|| handle.join())
            .map_err(|_| PyRuntimeError::new_err("the extraction thread panicked"))?;
        let summary = result.map_err(|e| PyOSError::new_err(error_chain(&e)))?;
        *lock(&self.summary)? = Some(summary_dict(py, &summary)?.unbind());
        Ok(None)
    }

    /// The run's counts once every record has been read, else `None`.
    #[getter]
    fn summary(&self, py: Python<'_>) -> PyResult<Option<Py<PyDict>>> {
        Ok(lock(&self.summary)?.as_ref().map(|d| d.clone_ref(py)))
    }
}

/// Sends each complete line written to it; a closed receiver (the Python iterator was
/// dropped) is a broken pipe, which ends the run quietly.
struct LineSender {
    pending: Vec<u8>,
    sender: SyncSender<Vec<u8>>,
}

impl Write for LineSender {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        while let Some(end) = self.pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            self.sender
                .send(line)
                .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// An article from a Python object: a `str` (its text), a `dict` with `text` and optional
/// `id`, `title`, `url`, `published`, or `None`. Input that cannot be an article (`None`, a
/// dict without text, text that is not valid Unicode) becomes an error record in its place,
/// as in the CLI; an object of another type is the caller's mistake: `TypeError`.
fn item_of(object: &Bound<'_, PyAny>, number: usize) -> PyResult<Item> {
    let source = format!("{SOURCE}:{number}");
    let error = |id: &str, kind, message: &str| {
        Item::Error(ArticleError {
            id: id.to_string(),
            source_name: source.clone(),
            kind,
            message: message.to_string(),
        })
    };
    if object.is_none() {
        let message = "the article is None";
        return Ok(error(&source, ArticleErrorKind::MissingField, message));
    }
    if object.is_instance_of::<PyString>() {
        return Ok(match object.extract::<String>() {
            Ok(text) => Item::Article(Article {
                id: source.clone(),
                source: source.clone(),
                text,
                ..Article::default()
            }),
            Err(_) => error(&source, ArticleErrorKind::InvalidUtf8, UNENCODABLE),
        });
    }
    let Ok(dict) = object.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!(
            "article {number}: expected a str, a dict or None, not {}",
            type_name(object)
        )));
    };
    let id = match dict.get_item("id")?.filter(|v| !v.is_none()) {
        None => source.clone(),
        Some(id) if id.is_instance_of::<PyString>() || id.extract::<i128>().is_ok() => {
            id.str()?.to_string_lossy().into_owned()
        }
        Some(id) => {
            let message = format!("the id is of type {}, not str or int", type_name(&id));
            return Ok(error(&source, ArticleErrorKind::InvalidField, &message));
        }
    };
    // A string field, if given; an error message when it is not a string.
    let field = |name: &str| -> Result<Option<String>, (ArticleErrorKind, String)> {
        let Ok(Some(value)) = dict.get_item(name) else {
            return Ok(None);
        };
        if value.is_none() {
            return Ok(None);
        }
        let invalid = |message: String| (ArticleErrorKind::InvalidField, message);
        if !value.is_instance_of::<PyString>() {
            let message = format!("{name} is of type {}, not str", type_name(&value));
            return Err(invalid(message));
        }
        value
            .extract::<String>()
            .map(Some)
            .map_err(|_| invalid(UNENCODABLE.to_string()))
    };
    let article = || -> Result<Article, (ArticleErrorKind, String)> {
        let missing = (
            ArticleErrorKind::MissingField,
            "no \"text\" in the dict".to_string(),
        );
        Ok(Article {
            id: id.clone(),
            source: source.clone(),
            text: field("text")?.ok_or(missing)?,
            title: field("title")?,
            url: field("url")?,
            published: field("published")?,
            ..Article::default()
        })
    };
    Ok(match article() {
        Ok(article) => Item::Article(article),
        Err((kind, message)) => error(&id, kind, &message),
    })
}

/// A line without its ending, as the CLI reads it.
fn trim_line(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

const UNENCODABLE: &str = "the text holds a lone surrogate: it is not valid Unicode";

fn type_name(object: &Bound<'_, PyAny>) -> String {
    object
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// A record line as `bytes`, without its newline (json.loads reads bytes as UTF-8).
fn record_bytes<'py>(py: Python<'py>, line: &[u8]) -> Bound<'py, PyBytes> {
    PyBytes::new(py, line.strip_suffix(b"\n").unwrap_or(line))
}

/// What the pipeline made of one item: its record, or the error written in its place.
type Outcome<'a> = Result<Record<'a>, ArticleError>;

/// What a worker thread makes of an item for Python: the CLI's JSON line, or the record
/// to be turned into Python objects (which needs the GIL).
enum Made<'a> {
    Line(Vec<u8>),
    Record(Box<Outcome<'a>>),
}

impl<'a> Made<'a> {
    fn of(pipeline: &Pipeline, item: &'a Item, as_json: bool) -> Made<'a> {
        if as_json {
            return Made::Line(render_record(pipeline, item).bytes);
        }
        Made::Record(Box::new(match item.article() {
            Ok(Cow::Borrowed(article)) => pipeline.process(article),
            Ok(Cow::Owned(article)) => pipeline.process(&article).map(Record::into_owned),
            Err(error) => Err(error),
        }))
    }

    fn into_owned(self) -> Made<'static> {
        match self {
            Made::Line(line) => Made::Line(line),
            Made::Record(outcome) => Made::Record(Box::new(outcome.map(Record::into_owned))),
        }
    }

    /// The JSON line as `bytes` (without its newline), or the record as Python objects:
    /// what `json.loads` makes of its line, except that money amounts are exact (`int`,
    /// or `decimal.Decimal` when fractional) and percentage values are `float`.
    fn object<'py>(&self, converter: &mut Converter<'py>) -> PyResult<Bound<'py, PyAny>> {
        let py = converter.py();
        match self {
            Made::Line(line) => Ok(record_bytes(py, line).into_any()),
            Made::Record(outcome) => match outcome.as_ref() {
                Ok(record) => record_object(converter, record),
                Err(error) => converter.convert(&ErrorRecord::from(error)),
            },
        }
    }
}

fn record_object<'py>(
    converter: &mut Converter<'py>,
    record: &Record<'_>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = converter.py();
    let object = converter.convert(record)?;
    let dict = object.cast::<PyDict>()?;
    // An exact decimal is a JSON number that serde writes as raw text, which the converter
    // cannot know to be one: the two decimal fields are filled in from the record.
    let percentages = entries(dict, intern!(py, "percentages"))?;
    for (entry, percentage) in percentages.iter().zip(&record.percentages) {
        entry.set_item(intern!(py, "value"), percentage.value.to_f64())?;
    }
    let money_entries = entries(dict, intern!(py, "money"))?;
    for (entry, money) in money_entries.iter().zip(&record.money) {
        let digits = money.amount.to_string();
        if money.amount.is_integer() && digits.parse::<i64>().is_ok() {
            continue; // already an int
        }
        let amount = if money.amount.is_integer() {
            py.get_type::<PyInt>().call1((digits,))?
        } else {
            decimal_type(py)?.call1((digits,))?
        };
        entry.set_item(intern!(py, "amount"), amount)?;
    }
    // Kept fields are raw JSON text too: read as `json.loads` reads the CLI's line.
    if let Some(kept) = &record.fields {
        let fields = PyDict::new(py);
        let loads = json_loads(py)?;
        for (name, raw) in &kept.0 {
            fields.set_item(name, loads.call1((raw.as_str(),))?)?;
        }
        dict.set_item(intern!(py, "fields"), fields)?;
    }
    Ok(object)
}

/// `json.loads`, imported once.
fn json_loads(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")
}

/// The entries of the list `dict[key]` (none when it is missing).
fn entries<'py>(
    dict: &Bound<'py, PyDict>,
    key: &Bound<'py, PyString>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    match dict.get_item(key)? {
        Some(list) => list.try_iter()?.collect(),
        None => Ok(Vec::new()),
    }
}

/// `decimal.Decimal`, imported once.
fn decimal_type(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static DECIMAL: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    DECIMAL.import(py, "decimal", "Decimal")
}

/// Inputs made at a time by [`make_all`]: enough to keep every thread busy, few enough
/// that reading one step and converting the one before overlap the making of the next.
const STEP: usize = 2048;

/// `make` over `inputs`, in order, on `pool` with the GIL released (rayon's global pool, one
/// thread per core, without one), each result turned into a Python object by `convert`.
///
/// The work that needs the GIL, reading the inputs from Python objects and converting the
/// results into Python objects, is done on this thread a step at a time while another
/// thread makes the records of the step between them: it hides behind the extraction
/// instead of adding to it. An input that cannot be read ends the whole call with its error.
fn make_all<'py, I, R, M, C>(
    py: Python<'py>,
    pool: Option<rayon::ThreadPool>,
    mut inputs: impl Iterator<Item = PyResult<I>>,
    make: M,
    mut convert: C,
) -> PyResult<Vec<Bound<'py, PyAny>>>
where
    I: Send,
    R: Send,
    M: Fn(I) -> R + Sync,
    C: FnMut(R) -> PyResult<Bound<'py, PyAny>>,
{
    use rayon::prelude::*;
    std::thread::scope(|scope| {
        let (to_worker, steps) = sync_channel::<Vec<I>>(1);
        let (sender, mut made) = sync_channel::<Vec<R>>(1);
        let make = &make;
        scope.spawn(move || {
            for step in steps {
                let make_step = || step.into_par_iter().map(make).collect();
                let records = match &pool {
                    Some(pool) => pool.install(make_step),
                    None => make_step(),
                };
                // A closed channel: the caller has failed and waits for nothing more.
                if sender.send(records).is_err() {
                    return;
                }
            }
        });
        let mut objects = Vec::new();
        let mut to_worker = Some(to_worker);
        let mut in_flight = 0;
        loop {
            if let Some(sender) = &to_worker {
                let step = inputs.by_ref().take(STEP).collect::<PyResult<Vec<I>>>()?;
                if step.is_empty() {
                    to_worker = None; // ends the worker's loop once it has made the rest
                } else {
                    // The worker holds at most one step and has room for the next.
                    let sent = py.detach(|| sender.send(step));
                    if sent.is_err() {
                        break; // the worker has stopped: it panicked
                    }
                    in_flight += 1;
                }
            }
            // Keeps one step queued ahead of the one being made, until the inputs end.
            if in_flight < 2 && to_worker.is_some() {
                continue;
            }
            if in_flight == 0 {
                return Ok(objects);
            }
            // Moved in as `&mut`, which is `Send` where `&Receiver` is not.
            let receiver = &mut made;
            let Ok(records) = py.detach(move || receiver.recv()) else {
                break;
            };
            in_flight -= 1;
            objects.reserve(records.len());
            for record in records {
                objects.push(convert(record)?);
            }
        }
        Err(PyRuntimeError::new_err("the extraction thread panicked"))
    })
}

fn thread_pool(threads: Option<usize>) -> PyResult<Option<rayon::ThreadPool>> {
    match threads {
        None => Ok(None),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map(Some)
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start {n} threads: {e}"))),
    }
}

fn lock<T>(mutex: &Mutex<T>) -> PyResult<std::sync::MutexGuard<'_, T>> {
    mutex
        .lock()
        .map_err(|_| PyRuntimeError::new_err("a record stream was used after a panic"))
}

fn lexicon_error(e: LexiconError) -> PyErr {
    match e {
        LexiconError::Io { .. } => PyOSError::new_err(error_chain(&e)),
        _ => PyValueError::new_err(error_chain(&e)),
    }
}

/// An error with its causes, as the CLI prints them.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

fn summary_dict<'py>(py: Python<'py>, summary: &Summary) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("articles", summary.articles)?;
    dict.set_item("ok", summary.ok)?;
    dict.set_item("errors", summary.errors)?;
    dict.set_item("files", summary.input.files)?;
    dict.set_item("bytes", summary.input.bytes)?;
    dict.set_item("skipped", summary.input.skipped.clone())?;
    dict.set_item("unreadable", summary.input.unreadable.clone())?;
    dict.set_item("seconds", summary.elapsed.as_secs_f64())?;
    Ok(dict)
}

/// The word segmenter of `segment` and `words`, loaded on first use.
fn word_pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builder().words(true).build())
}

/// The sentences of `text`, each a list of its words as written ("cán bộ").
#[pyfunction]
fn segment(py: Python<'_>, text: &str) -> Vec<Vec<String>> {
    py.detach(|| {
        let pipeline = word_pipeline();
        let analysis = pipeline.analyze(text);
        let words = pipeline.words(&analysis);
        let mut words = words.iter().peekable();
        analysis
            .segmented
            .sentences
            .iter()
            .map(|sentence| {
                let mut out = Vec::new();
                while let Some(word) = words.next_if(|w| w.tokens.start < sentence.tokens.end) {
                    out.push(text.get(word.bytes.clone()).unwrap_or("").to_string());
                }
                out
            })
            .collect()
    })
}

/// The words of `text` with their code-point offsets into it: `(text, start, end)`.
#[pyfunction]
fn words(py: Python<'_>, text: &str) -> Vec<(String, usize, usize)> {
    py.detach(|| {
        let pipeline = word_pipeline();
        let analysis = pipeline.analyze(text);
        let words = pipeline.words(&analysis);
        let chars = CharIndex::new(text);
        word_records(&words, text, &chars)
            .into_iter()
            .map(|w| (w.text.into_owned(), w.span.start, w.span.end))
            .collect()
    })
}

#[pymodule]
fn _vnextract(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<NativePipeline>()?;
    module.add_class::<RecordStream>()?;
    module.add_function(wrap_pyfunction!(segment, module)?)?;
    module.add_function(wrap_pyfunction!(words, module)?)?;
    module.add("SCHEMA_VERSION", vnextract::SCHEMA_VERSION)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
