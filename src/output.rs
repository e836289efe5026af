//! Everything that turns results into bytes for the user: the `extract` record line, the
//! `segment` renderings (text and JSON, tokens or words), the `segment --lines` line, and
//! the [`Output`] they are written to (stdout, a file, or a gzip file).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use serde::Serialize;

use crate::error::ArticleError;
use crate::io::Item;

pub mod es;
mod partial;
mod record_line;
use crate::pipeline::Pipeline;
use crate::record::{Article, ErrorRecord};
use crate::record::{
    SentenceRecord, TokenRecord, WordRecord, sentence_records, token_records, word_records,
};
use crate::segment::word::WordSegmenter;
use crate::segment::word::push_underscored;
use crate::span::CharIndex;
pub use partial::{RunOutput, partial_path};
pub use record_line::record_line;

/// Buffer of the output writers: large writes keep system calls few.
const BUFFER: usize = 1 << 16;

/// The output of one item: its line(s) and whether it is an error record.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub ok: bool,
}

/// Output that cannot be created or written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("cannot create output file {}", path.display())]
    Create {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write the output")]
    Write(#[source] io::Error),
    #[error("the output {} is also an input ({input}); refusing to overwrite it", path.display())]
    IsInput { path: PathBuf, input: String },
    #[error("standard output is closed: nowhere to write the records (use -o OUT)")]
    StdoutClosed,
    #[error("cannot resume from {}", path.display())]
    Resume {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("--resume needs a regular output file, and {} is not one", path.display())]
    ResumeNotAFile { path: PathBuf },
    #[error("cannot rename {} to {}", from.display(), to.display())]
    Rename {
        from: PathBuf,
        to: PathBuf,
        #[source]
        source: io::Error,
    },
}

/// Where records go: stdout, a file, or a gzip file that must be finished to be valid.
pub enum Output {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    File(BufWriter<File>),
    Gzip(Box<GzEncoder<BufWriter<File>>>),
}

impl Output {
    /// Stdout for `None`, else the file at `path`, gzip-compressed when it ends in `.gz`.
    pub fn create(path: Option<&Path>) -> Result<Output, OutputError> {
        let gzip = path.is_some_and(|p| p.extension().is_some_and(|e| e == "gz"));
        Ok(match Self::uncompressed(path)? {
            Output::File(file) if gzip => {
                Output::Gzip(Box::new(GzEncoder::new(file, flate2::Compression::fast())))
            }
            other => other,
        })
    }

    /// Stdout for `None`, else the file at `path`, whatever its name. A closed stdout is an
    /// error: Rust's standard output would drop every record without a word.
    pub fn uncompressed(path: Option<&Path>) -> Result<Output, OutputError> {
        let Some(path) = path else {
            if !stdout_is_open() {
                return Err(OutputError::StdoutClosed);
            }
            return Ok(Output::Stdout(BufWriter::with_capacity(
                BUFFER,
                io::stdout().lock(),
            )));
        };
        let file = File::create(path).map_err(|source| OutputError::Create {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(Output::File(BufWriter::with_capacity(BUFFER, file)))
    }

    /// Writes what is buffered, and the gzip trailer; an error here loses output.
    pub fn finish(self) -> Result<(), OutputError> {
        let flushed = match self {
            Output::Stdout(mut w) => w.flush(),
            Output::File(mut w) => w.flush(),
            Output::Gzip(encoder) => encoder.finish().and_then(|mut w| w.flush()),
        };
        flushed.map_err(OutputError::Write)
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

/// Whether stdout was open when the process started. Rust's runtime reopens a closed one
/// (`>&-`) on /dev/null, read-write, before `main`, so that writes vanish; a shell's
/// `>/dev/null` opens it write-only, which tells the two apart.
#[cfg(target_os = "linux")]
fn stdout_is_open() -> bool {
    let null = std::fs::read_link("/proc/self/fd/1").is_ok_and(|p| p == Path::new("/dev/null"));
    if !null {
        return true;
    }
    let flags = std::fs::read_to_string("/proc/self/fdinfo/1")
        .ok()
        .and_then(|info| {
            let octal = info.lines().find_map(|l| l.strip_prefix("flags:"))?;
            u32::from_str_radix(octal.trim(), 8).ok()
        });
    // O_ACCMODE is 3 and O_RDWR 2 on Linux.
    flags.is_none_or(|flags| flags & 3 != 2)
}

#[cfg(not(target_os = "linux"))]
fn stdout_is_open() -> bool {
    true
}

/// Renders one item as an `extract` record line: the record, or the error record.
pub fn render_record(pipeline: &Pipeline, item: &Item) -> Rendered {
    let processed = item
        .article()
        .and_then(|article| pipeline.process_to_line(&article));
    match processed {
        Ok(bytes) => Rendered { bytes, ok: true },
        Err(error) => error_rendered(&error),
    }
}

/// An article as `segment --json` writes it: its sentences, with their tokens or words.
#[derive(Serialize)]
struct SegmentedArticle<'a, S> {
    id: &'a str,
    source: &'a str,
    sentences: Vec<S>,
}

/// A sentence of `segment --json`, with its tokens.
#[derive(Serialize)]
struct SentenceTokens<'a> {
    #[serde(flatten)]
    sentence: SentenceRecord<'a>,
    tokens: Vec<TokenRecord<'a>>,
}

/// A sentence of `segment --words --json`, with its words.
#[derive(Serialize)]
struct SentenceWords<'a> {
    #[serde(flatten)]
    sentence: SentenceRecord<'a>,
    words: Vec<WordRecord<'a>>,
}

/// The item's article when it can be processed, else the error to write in its place.
fn valid_article<'i>(
    pipeline: &Pipeline,
    item: &'i Item,
) -> Result<Cow<'i, Article>, ArticleError> {
    let article = item.article()?;
    pipeline.validate(&article)?;
    Ok(article)
}

/// The error record line written in place of an article's output.
fn error_rendered(error: &ArticleError) -> Rendered {
    Rendered {
        bytes: json_line(&ErrorRecord::from(error)),
        ok: false,
    }
}

/// The error written in place of an article's `segment` text: `# id`, `! error: …`, a blank line.
fn error_text(error: &ArticleError) -> Rendered {
    Rendered {
        bytes: format!("# {}\n! error: {error}\n\n", error.id).into_bytes(),
        ok: false,
    }
}

/// An article's sentences (with their tokens or words) as one JSON line.
fn segmented_json<S: Serialize>(article: &Article, sentences: Vec<S>) -> Rendered {
    Rendered {
        bytes: json_line(&SegmentedArticle {
            id: &article.id,
            source: &article.source,
            sentences,
        }),
        ok: true,
    }
}

/// `segment --json`: one JSON line per article, its sentences with their tokens.
pub fn render_segments_json(pipeline: &Pipeline, item: &Item) -> Rendered {
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
    segmented_json(&article, sentences)
}

/// `segment`: `# id` then one sentence per line, tokens separated by spaces, a blank line
/// after.
pub fn render_segments_text(pipeline: &Pipeline, item: &Item) -> Rendered {
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

/// `segment --words --json`: one JSON line per article, its sentences with their words
/// (none without a word segmenter in the pipeline).
pub fn render_words_json(pipeline: &Pipeline, item: &Item) -> Rendered {
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
    segmented_json(&article, sentences)
}

/// `segment --words`: `# id` then one sentence per line, words separated by spaces with "_"
/// inside them.
pub fn render_words_text(pipeline: &Pipeline, item: &Item) -> Rendered {
    let article = match valid_article(pipeline, item) {
        Ok(article) => article,
        Err(e) => return error_text(&e),
    };
    let text = article.text.as_str();
    let analysis = pipeline.analyze(text);
    let words = pipeline.words(&analysis);
    let mut out = String::with_capacity(article.id.len() + text.len() + text.len() / 4 + 8);
    out.push_str("# ");
    out.push_str(&article.id);
    out.push('\n');
    let tokens = &analysis.segmented.tokens;
    let mut words = words.iter().peekable();
    for sentence in &analysis.segmented.sentences {
        let mut first = true;
        while let Some(word) = words.next_if(|w| w.tokens.start < sentence.tokens.end) {
            if !first {
                out.push(' ');
            }
            first = false;
            // Syllable by syllable: the gap between two is most often one space.
            let mut previous_end = None;
            for token in tokens.get(word.tokens.clone()).unwrap_or_default() {
                if let Some(end) = previous_end {
                    match text.get(end..token.bytes.start) {
                        Some(" ") => out.push('_'),
                        gap => push_underscored(&mut out, gap.unwrap_or("")),
                    }
                }
                out.push_str(text.get(token.bytes.clone()).unwrap_or(""));
                previous_end = Some(token.bytes.end);
            }
        }
        out.push('\n');
    }
    out.push('\n');
    Rendered {
        bytes: out.into_bytes(),
        ok: true,
    }
}

/// One line of `segment --lines` output: the line with "_" inside its words, its line
/// ending kept; a line that is not UTF-8 passes through unchanged.
pub fn lines_output(segmenter: &WordSegmenter, line: &[u8]) -> Vec<u8> {
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

/// [`lines_output`] as a batch item's output: a line is never an error.
pub fn render_line(segmenter: &WordSegmenter, line: &[u8]) -> Rendered {
    Rendered {
        bytes: lines_output(segmenter, line),
        ok: true,
    }
}

impl Pipeline {
    /// The record of `article` (or its error record) as one JSON line, newline included.
    pub fn process_to_json(&self, article: &Article) -> Vec<u8> {
        match self.process_to_line(article) {
            Ok(line) => line,
            Err(error) => json_line(&ErrorRecord::from(&error)),
        }
    }

    /// The line of [`Pipeline::process`]'s record, its words written straight from the
    /// word step's ranges.
    fn process_to_line(&self, article: &Article) -> Result<Vec<u8>, ArticleError> {
        let (record, words, spans) = self.process_without_words(article)?;
        let text_words = words.as_deref().map(|words| record_line::TextWords {
            words,
            text: &article.text,
            chars: spans.chars(),
        });
        Ok(record_line::record_line_with_words(record, text_words))
    }
}

/// `value` as one line of JSON with its newline.
pub fn json_line<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let mut line = Vec::with_capacity(256);
    // Serializing our own record types to memory cannot fail: no maps with non-string keys,
    // no I/O.
    if serde_json::to_writer(&mut line, value).is_err() {
        line.clear();
        line.extend_from_slice(b"{}");
    }
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::error::ArticleErrorKind;

    #[test]
    fn lines_keep_their_ending_and_change_only_spaces_inside_words() {
        let segmenter = WordSegmenter::new();
        let crlf = lines_output(&segmenter, "cán bộ làm việc\r\n".as_bytes());
        assert_eq!(crlf, "cán_bộ làm_việc\r\n".as_bytes());
        let lf = lines_output(&segmenter, "cán bộ\n".as_bytes());
        assert_eq!(lf, "cán_bộ\n".as_bytes());
        let last = lines_output(&segmenter, "cán bộ".as_bytes());
        assert_eq!(last, "cán_bộ".as_bytes());
        assert_eq!(lines_output(&segmenter, b"\r\n"), b"\r\n");
        assert_eq!(lines_output(&segmenter, b""), b"");
    }

    #[test]
    fn lines_not_utf8_pass_through_unchanged() {
        let segmenter = WordSegmenter::new();
        for line in [&b"c\xe1n b\xf4\r\n"[..], b"c\xe1n b\xf4\n", b"c\xe1n b\xf4"] {
            assert_eq!(lines_output(&segmenter, line), line);
        }
        let rendered = render_line(&segmenter, b"c\xe1n\n");
        assert!(rendered.ok);
        assert_eq!(rendered.bytes, b"c\xe1n\n");
    }

    #[test]
    fn gzip_output_is_finished_and_readable() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl.gz");
        let mut out = Output::create(Some(&path)).unwrap();
        assert!(matches!(out, Output::Gzip(_)));
        let text = "{\"id\":\"a\"}\n".repeat(1000);
        out.write_all(text.as_bytes()).unwrap();
        out.finish().unwrap();
        let mut read = String::new();
        flate2::read::GzDecoder::new(File::open(&path).unwrap())
            .read_to_string(&mut read)
            .unwrap();
        assert_eq!(read, text);
    }

    #[test]
    fn plain_outputs_write_the_bytes_as_given() {
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("out.jsonl");
        let mut out = Output::create(Some(&plain)).unwrap();
        assert!(matches!(out, Output::File(_)));
        out.write_all(b"one\n").unwrap();
        out.finish().unwrap();
        assert_eq!(std::fs::read(&plain).unwrap(), b"one\n");
        // `generate` writes JSON Lines whatever the name says.
        let named_gz = dir.path().join("corpus.gz");
        let mut out = Output::uncompressed(Some(&named_gz)).unwrap();
        assert!(matches!(out, Output::File(_)));
        out.write_all(b"two\n").unwrap();
        out.finish().unwrap();
        assert_eq!(std::fs::read(&named_gz).unwrap(), b"two\n");
    }

    #[test]
    fn an_output_that_cannot_be_created_names_its_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("out.jsonl");
        let Err(error) = Output::create(Some(&path)) else {
            panic!("created a file in a missing directory");
        };
        assert!(error.to_string().contains("out.jsonl"), "{error}");
        assert!(std::error::Error::source(&error).is_some());
    }

    #[test]
    fn an_item_that_is_an_error_renders_as_an_error_record() {
        let error = ArticleError {
            id: "a1".into(),
            source_name: "in.jsonl:3".into(),
            kind: ArticleErrorKind::EmptyText,
            message: "empty".into(),
        };
        let pipeline = Pipeline::default();
        let item = Item::Error(error.clone());
        let record = render_record(&pipeline, &item);
        assert!(!record.ok);
        assert_eq!(record.bytes, json_line(&ErrorRecord::from(&error)));
        let text = render_segments_text(&pipeline, &item);
        assert!(!text.ok);
        assert!(
            String::from_utf8(text.bytes)
                .unwrap()
                .starts_with("# a1\n! error: ")
        );
        let json = render_words_json(&pipeline, &item);
        assert_eq!(json.bytes, record.bytes);
    }
}
