//! Reading articles from files, directories, archives and stdin, as a stream.
//!
//! Every article found becomes one [`Item`]: the article, or the error that keeps it from
//! being processed (with the file, member and line it came from). Nothing is loaded whole
//! but a `.txt` article, so memory stays flat however large the input.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use flate2::read::MultiGzDecoder;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use walkdir::WalkDir;

use crate::error::{ArticleError, ArticleErrorKind};
use crate::record::Article;

/// One article read from the input, or the reason it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Article(Article),
    Error(ArticleError),
}

/// How articles are laid out in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One JSON object per line.
    #[default]
    Jsonl,
    /// One article per file.
    Txt,
}

/// How to read the inputs.
#[derive(Debug, Clone)]
pub struct InputOptions {
    pub id_field: String,
    pub text_field: String,
    pub title_field: String,
    pub url_field: String,
    pub published_field: String,
    /// The format of stdin, and of files whose name does not tell (`None`: skip them).
    pub format: Option<Format>,
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            id_field: "id".into(),
            text_field: "text".into(),
            title_field: "title".into(),
            url_field: "url".into(),
            published_field: "published".into(),
            format: None,
        }
    }
}

/// What was read, beyond the articles themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputStats {
    /// Files and archive members read for articles.
    pub files: u64,
    /// Files and archive members that are not articles, by name.
    pub skipped: Vec<String>,
    /// Bytes of article input read (decompressed).
    pub bytes: u64,
}

/// What a file holds, judged from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain(Format),
    Gzip(Format),
    Tar { gzip: bool },
    Zip,
}

fn kind_of(name: &str, fallback: Option<Format>) -> Option<Kind> {
    let lower = name.to_ascii_lowercase();
    let plain = |n: &str| {
        if n.ends_with(".jsonl") || n.ends_with(".ndjson") {
            Some(Format::Jsonl)
        } else if n.ends_with(".txt") {
            Some(Format::Txt)
        } else {
            None
        }
    };
    if lower.ends_with(".tar") {
        Some(Kind::Tar { gzip: false })
    } else if lower.ends_with(".tar.gz") || lower.ends_with(".tgz") {
        Some(Kind::Tar { gzip: true })
    } else if lower.ends_with(".zip") {
        Some(Kind::Zip)
    } else if let Some(inner) = lower.strip_suffix(".gz") {
        plain(inner).or(fallback).map(Kind::Gzip)
    } else {
        plain(&lower).or(fallback).map(Kind::Plain)
    }
}

/// Reads every input in order and hands each item to `sink`, which returns `false` to stop
/// (the output is gone, say). `inputs` are paths, directories (walked recursively in sorted
/// order) or `-` for stdin; no inputs means stdin.
pub fn read_inputs(
    inputs: &[String],
    options: &InputOptions,
    sink: &mut dyn FnMut(Item) -> bool,
) -> InputStats {
    let mut reader = Reader {
        options,
        sink,
        stats: InputStats::default(),
        stopped: false,
        broken: false,
    };
    if inputs.is_empty() {
        reader.stdin();
    }
    for input in inputs {
        if reader.stopped {
            break;
        }
        if input == "-" {
            reader.stdin();
        } else {
            reader.path_argument(input);
        }
    }
    reader.stats
}

/// An input of [`read_lines`] that cannot be opened or read. Unlike an article's file, a
/// line has no record to carry the error in its place, so it ends the run.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("cannot open {input}")]
    Open {
        input: String,
        #[source]
        source: io::Error,
    },
    #[error("cannot read {input}")]
    Read {
        input: String,
        #[source]
        source: io::Error,
    },
}

/// Reads every line of every input in order, bytes as they are (line ending kept, UTF-8 or
/// not), and hands each to `sink`, which returns `false` to stop. `inputs` are file paths
/// or `-` for stdin; no inputs means stdin.
pub fn read_lines(
    inputs: &[String],
    sink: &mut dyn FnMut(Vec<u8>) -> bool,
) -> Result<InputStats, InputError> {
    let stdin = ["-".to_string()];
    let inputs = if inputs.is_empty() {
        &stdin[..]
    } else {
        inputs
    };
    let mut stats = InputStats::default();
    for input in inputs {
        let mut reader: Box<dyn BufRead> = if input == "-" {
            Box::new(BufReader::new(io::stdin().lock()))
        } else {
            let file = File::open(input).map_err(|source| InputError::Open {
                input: input.clone(),
                source,
            })?;
            Box::new(BufReader::new(file))
        };
        stats.files += 1;
        loop {
            let mut line = Vec::new();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|source| InputError::Read {
                    input: input.clone(),
                    source,
                })?;
            if n == 0 {
                break;
            }
            stats.bytes += n as u64;
            if !sink(line) {
                return Ok(stats);
            }
        }
    }
    Ok(stats)
}

struct Reader<'o, 's> {
    options: &'o InputOptions,
    sink: &'s mut dyn FnMut(Item) -> bool,
    stats: InputStats,
    stopped: bool,
    /// The last stream read ended in an error (already reported): an archive holding it
    /// cannot be read further.
    broken: bool,
}

/// Where an article came from: a path, and the member inside an archive.
#[derive(Debug, Clone)]
struct Origin {
    /// `PATH` or `PATH!MEMBER`, for `source`.
    source: String,
    /// The id of a one-article file: the path relative to the input argument, with the
    /// member inside an archive.
    id: String,
}

impl Reader<'_, '_> {
    fn emit(&mut self, item: Item) {
        if !self.stopped && !(self.sink)(item) {
            self.stopped = true;
        }
    }

    fn error(&mut self, id: &str, source: &str, kind: ArticleErrorKind, message: String) {
        self.emit(Item::Error(ArticleError {
            id: id.to_string(),
            source_name: source.to_string(),
            kind,
            message,
        }));
    }

    fn stdin(&mut self) {
        let origin = Origin {
            source: "<stdin>".into(),
            id: "<stdin>".into(),
        };
        let stdin = io::stdin();
        let format = self.options.format.unwrap_or_default();
        self.stats.files += 1;
        self.read_format(stdin.lock(), format, &origin);
    }

    fn path_argument(&mut self, input: &str) {
        let path = Path::new(input);
        match std::fs::metadata(path) {
            Ok(meta) if meta.is_dir() => {
                for entry in WalkDir::new(path).sort_by_file_name() {
                    if self.stopped {
                        return;
                    }
                    match entry {
                        Ok(entry) if entry.file_type().is_file() => {
                            let relative = entry
                                .path()
                                .strip_prefix(path)
                                .unwrap_or(entry.path())
                                .to_string_lossy()
                                .into_owned();
                            let origin = Origin {
                                source: entry.path().to_string_lossy().into_owned(),
                                id: relative,
                            };
                            // Walked files are judged by name only.
                            self.file(entry.path(), &origin, false);
                        }
                        Ok(_) => {}
                        Err(e) => {
                            let name = e
                                .path()
                                .map_or_else(|| input.to_string(), |p| p.display().to_string());
                            self.error(&name, &name, ArticleErrorKind::Io, e.to_string());
                        }
                    }
                }
            }
            Ok(_) => {
                let origin = Origin {
                    source: input.to_string(),
                    id: input.to_string(),
                };
                self.file(path, &origin, true);
            }
            Err(e) => self.error(input, input, ArticleErrorKind::Io, e.to_string()),
        }
    }

    fn file(&mut self, path: &Path, origin: &Origin, explicit: bool) {
        let fallback = if explicit { self.options.format } else { None };
        let Some(kind) = kind_of(&origin.source, fallback) else {
            self.stats.skipped.push(origin.source.clone());
            return;
        };
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.error(
                    &origin.id,
                    &origin.source,
                    ArticleErrorKind::Io,
                    e.to_string(),
                );
                return;
            }
        };
        match kind {
            Kind::Zip => self.zip(file, origin),
            Kind::Tar { gzip: false } => self.tar(file, origin),
            Kind::Tar { gzip: true } => self.tar(MultiGzDecoder::new(BufReader::new(file)), origin),
            Kind::Plain(_) | Kind::Gzip(_) => self.articles(&mut { file }, kind, origin),
        }
    }

    /// A plain or gzipped file of articles (a file, or a member of an archive).
    fn articles(&mut self, input: &mut dyn Read, kind: Kind, origin: &Origin) {
        match kind {
            Kind::Plain(format) => {
                self.stats.files += 1;
                self.read_format(BufReader::with_capacity(1 << 16, input), format, origin);
            }
            Kind::Gzip(format) => {
                self.stats.files += 1;
                let decoder = MultiGzDecoder::new(BufReader::with_capacity(1 << 16, input));
                self.read_format(BufReader::with_capacity(1 << 16, decoder), format, origin);
            }
            // Archives inside archives are not opened.
            Kind::Tar { .. } | Kind::Zip => self.stats.skipped.push(origin.source.clone()),
        }
    }

    fn tar<R: Read>(&mut self, input: R, origin: &Origin) {
        let mut archive = tar::Archive::new(input);
        let entries = match archive.entries() {
            Ok(entries) => entries,
            Err(e) => {
                self.error(&origin.id, &origin.source, io_kind(&e), e.to_string());
                return;
            }
        };
        for entry in entries {
            if self.stopped {
                return;
            }
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let message = format!("archive cannot be read further: {e}");
                    self.error(
                        &origin.id,
                        &origin.source,
                        ArticleErrorKind::Truncated,
                        message,
                    );
                    return;
                }
            };
            if !entry.header().entry_type().is_file() {
                continue;
            }
            let member = entry.path().map_or_else(
                |_| String::from_utf8_lossy(&entry.path_bytes()).into_owned(),
                |p| p.to_string_lossy().into_owned(),
            );
            let member_origin = Origin {
                source: format!("{}!{member}", origin.source),
                id: format!("{}!{member}", origin.id),
            };
            match kind_of(&member, None) {
                Some(kind) => {
                    // A cut archive can end a member early without an error: check its size.
                    let size = entry.size();
                    self.broken = false;
                    self.articles(&mut Exact::new(entry, size), kind, &member_origin);
                    if self.broken {
                        return;
                    }
                }
                None => self.stats.skipped.push(member_origin.source),
            }
        }
    }

    fn zip(&mut self, file: File, origin: &Origin) {
        let mut archive = match zip::ZipArchive::new(BufReader::new(file)) {
            Ok(archive) => archive,
            Err(e) => {
                let message = format!("not a readable zip archive: {e}");
                self.error(&origin.id, &origin.source, ArticleErrorKind::Io, message);
                return;
            }
        };
        for index in 0..archive.len() {
            if self.stopped {
                return;
            }
            let member = match archive.by_index(index) {
                Ok(member) => member,
                Err(e) => {
                    let source = format!("{}!#{index}", origin.source);
                    let id = format!("{}!#{index}", origin.id);
                    self.error(&id, &source, ArticleErrorKind::Io, e.to_string());
                    continue;
                }
            };
            if !member.is_file() {
                continue;
            }
            let name = member
                .name()
                .map_or_else(|_| format!("#{index}"), |n| n.into_owned());
            let member_origin = Origin {
                source: format!("{}!{name}", origin.source),
                id: format!("{}!{name}", origin.id),
            };
            match kind_of(&name, None) {
                Some(kind) => self.articles(&mut { member }, kind, &member_origin),
                None => self.stats.skipped.push(member_origin.source),
            }
        }
    }

    fn read_format<R: BufRead>(&mut self, input: R, format: Format, origin: &Origin) {
        match format {
            Format::Jsonl => self.jsonl(input, origin),
            Format::Txt => self.txt(input, origin),
        }
    }

    fn txt<R: Read>(&mut self, mut input: R, origin: &Origin) {
        let mut bytes = Vec::new();
        if let Err(e) = input.read_to_end(&mut bytes) {
            self.broken = true;
            self.error(&origin.id, &origin.source, io_kind(&e), e.to_string());
            return;
        }
        self.stats.bytes += bytes.len() as u64;
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        match std::str::from_utf8(body) {
            Ok(text) => {
                let article = Article {
                    id: origin.id.clone(),
                    source: origin.source.clone(),
                    text: text.to_string(),
                    ..Article::default()
                };
                self.emit(Item::Article(article));
            }
            Err(e) => {
                let message = utf8_message(body, &e);
                self.error(
                    &origin.id,
                    &origin.source,
                    ArticleErrorKind::InvalidUtf8,
                    message,
                );
            }
        }
    }

    fn jsonl<R: BufRead>(&mut self, mut input: R, origin: &Origin) {
        let mut line = Vec::new();
        let mut number = 0usize;
        loop {
            if self.stopped {
                return;
            }
            line.clear();
            number += 1;
            let source = || format!("{}:{number}", origin.source);
            match input.read_until(b'\n', &mut line) {
                Ok(0) => return,
                Ok(n) => self.stats.bytes += n as u64,
                Err(e) => {
                    self.broken = true;
                    let source = source();
                    let message = format!("input ends early at line {number}: {e}");
                    self.error(&source, &source, io_kind(&e), message);
                    return;
                }
            }
            let body = trim_line(&line);
            if body.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let item = match parse_article(body, self.options, source()) {
                Ok(article) => Item::Article(article),
                Err(error) => Item::Error(error),
            };
            self.emit(item);
        }
    }
}

/// A reader that must deliver exactly `remaining` bytes: an early end is an error.
struct Exact<R> {
    inner: R,
    remaining: u64,
}

impl<R> Exact<R> {
    fn new(inner: R, size: u64) -> Self {
        Exact {
            inner,
            remaining: size,
        }
    }
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() && self.remaining > 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("archive member ends {} bytes early", self.remaining),
            ));
        }
        self.remaining = self.remaining.saturating_sub(n as u64);
        Ok(n)
    }
}

fn trim_line(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
}

/// Errors of a decompressor or archive reader that mean the data stops early.
fn io_kind(e: &io::Error) -> ArticleErrorKind {
    match e.kind() {
        io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => {
            ArticleErrorKind::Truncated
        }
        _ => ArticleErrorKind::Io,
    }
}

fn utf8_message(bytes: &[u8], e: &std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let column = String::from_utf8_lossy(&bytes[..at]).chars().count() + 1;
    format!("invalid UTF-8 at byte {at} (character {column})")
}

/// One JSON Lines line as an article. `source` is `PATH:LINE`.
pub fn parse_article(
    line: &[u8],
    options: &InputOptions,
    source: String,
) -> Result<Article, ArticleError> {
    let fail = |kind, message: String| ArticleError {
        id: source.clone(),
        source_name: source.clone(),
        kind,
        message,
    };
    if let Err(e) = std::str::from_utf8(line) {
        return Err(fail(ArticleErrorKind::InvalidUtf8, utf8_message(line, &e)));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(line);
    let fields = FieldsSeed { options }
        .deserialize(&mut deserializer)
        .and_then(|fields| deserializer.end().map(|()| fields))
        .map_err(|e| fail(ArticleErrorKind::Json, e.to_string()))?;
    let id = match fields.id {
        Some(Scalar::Text(id)) => id,
        Some(Scalar::Number(id)) => id,
        // null, objects and arrays are no id: the source stands in, as when it is missing.
        Some(Scalar::Other(_)) | None => source.clone(),
    };
    let fail = |kind, message: String| ArticleError {
        id: id.clone(),
        source_name: source.clone(),
        kind,
        message,
    };
    let text = match fields.text {
        Some(Scalar::Text(text)) => text,
        Some(Scalar::Number(found) | Scalar::Other(found)) => {
            let message = format!("field {:?} is not a string: {found}", options.text_field);
            return Err(fail(ArticleErrorKind::InvalidField, message));
        }
        None => {
            let message = format!("no {:?} field", options.text_field);
            return Err(fail(ArticleErrorKind::MissingField, message));
        }
    };
    let string = |s: Option<Scalar>| match s {
        Some(Scalar::Text(s)) => Some(s),
        _ => None,
    };
    Ok(Article {
        id,
        source,
        text,
        title: string(fields.title),
        url: string(fields.url),
        published: string(fields.published),
    })
}

/// A JSON value reduced to what an article field needs: a string, a number (ids may be
/// numbers), or anything else as JSON text for error messages.
#[derive(Debug)]
enum Scalar {
    Text(String),
    Number(String),
    Other(String),
}

impl<'de> de::Deserialize<'de> for Scalar {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = <serde_json::Value as de::Deserialize>::deserialize(d)?;
        Ok(match value {
            serde_json::Value::String(s) => Scalar::Text(s),
            serde_json::Value::Number(n) => Scalar::Number(n.to_string()),
            other => Scalar::Other(other.to_string()),
        })
    }
}

#[derive(Debug, Default)]
struct Fields {
    id: Option<Scalar>,
    text: Option<Scalar>,
    title: Option<Scalar>,
    url: Option<Scalar>,
    published: Option<Scalar>,
}

/// Reads only the configured fields of an article object and skips the rest unparsed.
struct FieldsSeed<'o> {
    options: &'o InputOptions,
}

impl<'de> DeserializeSeed<'de> for FieldsSeed<'_> {
    type Value = Fields;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for FieldsSeed<'_> {
    type Value = Fields;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object with the article's fields")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let o = self.options;
        let mut fields = Fields::default();
        while let Some(key) = map.next_key::<KeyName>()? {
            let key = key.0.as_str();
            let slot = if key == o.text_field {
                &mut fields.text
            } else if key == o.id_field {
                &mut fields.id
            } else if key == o.title_field {
                &mut fields.title
            } else if key == o.url_field {
                &mut fields.url
            } else if key == o.published_field {
                &mut fields.published
            } else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            *slot = Some(map.next_value()?);
        }
        Ok(fields)
    }
}

/// A key, borrowed from the input when it has no escapes.
struct KeyName(String);

impl<'de> de::Deserialize<'de> for KeyName {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = KeyName;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<KeyName, E> {
                Ok(KeyName(v.to_string()))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Result<Article, ArticleError> {
        parse_article(
            line.as_bytes(),
            &InputOptions::default(),
            "f.jsonl:3".into(),
        )
    }

    #[test]
    fn article_fields() {
        let a = parse(r#"{"id": 7, "text": "Xin chào", "title": "T", "extra": [1, {"a": 2}]}"#)
            .unwrap();
        assert_eq!(a.id, "7");
        assert_eq!(a.text, "Xin chào");
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.source, "f.jsonl:3");
        let a = parse(r#"{"id": null, "text": "x"}"#).unwrap();
        assert_eq!(a.id, "f.jsonl:3", "a null id is no id");
    }

    #[test]
    fn article_errors() {
        let e = parse(r#"{"id": "x", "text": 5}"#).unwrap_err();
        assert_eq!(
            (e.kind, e.id.as_str()),
            (ArticleErrorKind::InvalidField, "x")
        );
        let e = parse(r#"{"id": "x"}"#).unwrap_err();
        assert_eq!(e.kind, ArticleErrorKind::MissingField);
        let e = parse(r#"{"id": "x", "text": "a""#).unwrap_err();
        assert_eq!(
            (e.kind, e.id.as_str()),
            (ArticleErrorKind::Json, "f.jsonl:3")
        );
        let e = parse(r#"["not", "an", "object"]"#).unwrap_err();
        assert_eq!(e.kind, ArticleErrorKind::Json);
        let e = parse_article(
            b"{\"text\": \"\xff\"}",
            &InputOptions::default(),
            "s".into(),
        )
        .unwrap_err();
        assert_eq!(e.kind, ArticleErrorKind::InvalidUtf8);
    }

    #[test]
    fn field_mapping() {
        let options = InputOptions {
            id_field: "doc".into(),
            text_field: "body".into(),
            ..InputOptions::default()
        };
        let a = parse_article(
            br#"{"doc": "d1", "body": "B", "text": "no"}"#,
            &options,
            "s".into(),
        )
        .unwrap();
        assert_eq!((a.id.as_str(), a.text.as_str()), ("d1", "B"));
    }

    #[test]
    fn kinds_from_names() {
        assert_eq!(kind_of("a/b.JSONL", None), Some(Kind::Plain(Format::Jsonl)));
        assert_eq!(
            kind_of("b.ndjson.gz", None),
            Some(Kind::Gzip(Format::Jsonl))
        );
        assert_eq!(kind_of("b.txt.gz", None), Some(Kind::Gzip(Format::Txt)));
        assert_eq!(kind_of("x.tgz", None), Some(Kind::Tar { gzip: true }));
        assert_eq!(kind_of("x.zip", None), Some(Kind::Zip));
        assert_eq!(kind_of("x.md", None), None);
        assert_eq!(
            kind_of("x.md", Some(Format::Txt)),
            Some(Kind::Plain(Format::Txt))
        );
    }
}
