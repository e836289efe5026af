//! Reading articles from files, directories, archives and stdin, as a stream.
//!
//! Every article found becomes one [`Item`]: the article, or the error that keeps it from
//! being processed (with the file, member and line it came from). Nothing is loaded whole
//! but a `.txt` article, so memory stays flat however large the input.

mod limit;

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek};
use std::path::Path;
use std::sync::Arc;

use flate2::read::MultiGzDecoder;
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use walkdir::WalkDir;

use crate::error::{ArticleError, ArticleErrorKind};
use crate::record::{Article, KeptFields};
use limit::{BINARY_SKIP_LIMIT, LineRead, read_line_bounded, skip_line};
pub use limit::{DEFAULT_MAX_ARTICLE_BYTES, parse_byte_size};

/// Lines of JSON Lines input whose fields are looked at on the reading thread, for the hint
/// when most of them lack the text field.
const SAMPLED_LINES: u64 = 1000;
/// Field names kept for that hint.
const SAMPLED_FIELDS: usize = 20;

/// One article read from the input, or the reason it could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Article(Article),
    Error(ArticleError),
    /// A JSON Lines line not parsed yet ([`InputOptions::parse_on_workers`]): parsing it is
    /// left to whichever thread processes it.
    Line(RawLine),
}

impl Item {
    /// The article of this item, parsing a raw line here; or the error in its place.
    pub fn article(&self) -> Result<Cow<'_, Article>, ArticleError> {
        match self {
            Item::Article(article) => Ok(Cow::Borrowed(article)),
            Item::Error(error) => Err(error.clone()),
            Item::Line(line) => line.parse().map(Cow::Owned),
        }
    }

    /// The input bytes this item stands for: its text, or its raw line.
    pub fn input_bytes(&self) -> usize {
        match self {
            Item::Article(article) => article.text.len(),
            Item::Error(_) => 0,
            Item::Line(line) => line.bytes.len(),
        }
    }
}

/// A JSON Lines line as read (without its line ending), with where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLine {
    pub bytes: Vec<u8>,
    /// Its line number in its file.
    pub line: usize,
    file: Arc<LineFile>,
}

/// What the lines of one file share: their file's name and how to read them.
#[derive(Debug, PartialEq, Eq)]
struct LineFile {
    source: String,
    options: InputOptions,
}

impl RawLine {
    /// `PATH[!MEMBER]:LINE`.
    pub fn source(&self) -> String {
        format!("{}:{}", self.file.source, self.line)
    }

    /// The article of this line, or the error in its place ([`parse_article`]).
    pub fn parse(&self) -> Result<Article, ArticleError> {
        parse_article(&self.bytes, &self.file.options, self.source())
    }
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputOptions {
    pub id_field: String,
    pub text_field: String,
    pub title_field: String,
    pub url_field: String,
    pub published_field: String,
    /// The format of stdin, and of files whose name does not tell (`None`: skip them).
    pub format: Option<Format>,
    /// An article (a `.txt` file or member, a JSON Lines line) longer than this is a
    /// `too_large` error record, read no further than the limit.
    pub max_article_bytes: u64,
    /// Hand JSON Lines lines on as [`Item::Line`], unparsed, so that parsing happens on the
    /// threads that process them rather than on the reading thread.
    pub parse_on_workers: bool,
    /// Other fields of a JSON Lines article to carry into its record (`--keep-field`).
    pub keep_fields: Vec<String>,
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
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            parse_on_workers: false,
            keep_fields: Vec::new(),
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
    /// Inputs that are missing or cannot be opened (each also has an error record).
    pub unreadable: Vec<String>,
    /// Non-blank JSON Lines lines whose fields were looked at (the first
    /// 1000 objects of the run), and how many of them have no text field.
    pub sampled_lines: u64,
    pub lines_without_text: u64,
    /// The fields of those lines without a text field (the first 20 names, sorted).
    pub fields_seen: BTreeSet<String>,
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

    /// An error record for the whole of `origin` (a file or an archive).
    fn origin_error(&mut self, origin: &Origin, kind: ArticleErrorKind, message: String) {
        self.error(&origin.id, &origin.source, kind, message);
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
            Ok(meta) if meta.is_dir() => self.directory(input),
            Ok(_) => {
                let origin = Origin {
                    source: input.to_string(),
                    id: input.to_string(),
                };
                self.file(path, &origin, true);
            }
            Err(e) => {
                self.stats.unreadable.push(input.to_string());
                self.error(input, input, ArticleErrorKind::Io, e.to_string());
            }
        }
    }

    /// A directory, walked recursively in sorted order, following symbolic links: a link
    /// that points nowhere or back up the tree is an error record, never silently passed.
    fn directory(&mut self, input: &str) {
        let path = Path::new(input);
        for entry in WalkDir::new(path).follow_links(true).sort_by_file_name() {
            if self.stopped {
                return;
            }
            let entry = match entry {
                Ok(entry) => entry,
                Err(e) => {
                    let name = e
                        .path()
                        .map_or_else(|| input.to_string(), |p| p.display().to_string());
                    // Like ripgrep, a link that cannot be followed sets exit status 2.
                    self.stats.unreadable.push(name.clone());
                    self.error(&name, &name, ArticleErrorKind::Io, walk_message(&e));
                    continue;
                }
            };
            let source = entry.path().to_string_lossy().into_owned();
            if entry.file_type().is_dir() {
                continue;
            }
            if !entry.file_type().is_file() {
                // Sockets, pipes and devices hold no articles to read.
                self.stats.skipped.push(source);
                continue;
            }
            let relative = entry.path().strip_prefix(path).unwrap_or(entry.path());
            let origin = Origin {
                source,
                id: relative.to_string_lossy().into_owned(),
            };
            // Walked files are judged by name only.
            self.file(entry.path(), &origin, false);
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
                self.stats.unreadable.push(origin.source.clone());
                self.origin_error(origin, ArticleErrorKind::Io, e.to_string());
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
                self.origin_error(origin, io_kind(&e), e.to_string());
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
                    self.origin_error(origin, ArticleErrorKind::Truncated, message);
                    return;
                }
            };
            let entry_type = entry.header().entry_type();
            let link = entry_type.is_hard_link() || entry_type.is_symlink();
            if !entry_type.is_file() && !link {
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
            if link {
                self.tar_link(&entry, &member_origin);
                continue;
            }
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

    /// A link inside a tar archive: its target is elsewhere in a stream that cannot go
    /// back, so it is named in an error record rather than lost.
    fn tar_link<R: Read>(&mut self, entry: &tar::Entry<'_, R>, origin: &Origin) {
        let target = entry
            .link_name()
            .ok()
            .flatten()
            .map_or_else(String::new, |t| t.to_string_lossy().into_owned());
        let what = if entry.header().entry_type().is_hard_link() {
            "hard link"
        } else {
            "symbolic link"
        };
        let message = format!("a {what} to {target:?} inside an archive is not followed");
        self.origin_error(origin, ArticleErrorKind::Io, message);
    }

    fn zip(&mut self, mut file: File, origin: &Origin) {
        // A cut archive has lost its directory at the end, but still starts like a zip.
        let mut magic = [0u8; 4];
        let starts_like_zip = file.read_exact(&mut magic).is_ok() && magic == *b"PK\x03\x04";
        if let Err(e) = file.rewind() {
            self.origin_error(origin, ArticleErrorKind::Io, e.to_string());
            return;
        }
        let mut archive = match zip::ZipArchive::new(BufReader::new(file)) {
            Ok(archive) => archive,
            Err(e) => {
                let (kind, message) = if starts_like_zip {
                    let message = format!("zip archive cut short or damaged: {e}");
                    (ArticleErrorKind::Truncated, message)
                } else {
                    let message = format!("not a readable zip archive: {e}");
                    (ArticleErrorKind::Io, message)
                };
                self.origin_error(origin, kind, message);
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
            if member.is_dir() {
                continue;
            }
            let name = member
                .name()
                .map_or_else(|_| format!("#{index}"), |n| n.into_owned());
            let member_origin = Origin {
                source: format!("{}!{name}", origin.source),
                id: format!("{}!{name}", origin.id),
            };
            if member.is_symlink() {
                let message = "a symbolic link inside an archive is not followed".to_string();
                let (id, source) = (&member_origin.id, &member_origin.source);
                self.error(id, source, ArticleErrorKind::Io, message);
                continue;
            }
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

    fn txt<R: Read>(&mut self, input: R, origin: &Origin) {
        let limit = self.options.max_article_bytes;
        let mut bytes = Vec::new();
        // Past the limit (and a BOM) nothing is read: a bomb is stopped at its first bytes.
        if let Err(e) = input.take(limit.saturating_add(4)).read_to_end(&mut bytes) {
            self.broken = true;
            self.origin_error(origin, io_kind(&e), e.to_string());
            return;
        }
        self.stats.bytes += bytes.len() as u64;
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        if body.len() as u64 > limit {
            let message = too_large_message("article", limit);
            self.origin_error(origin, ArticleErrorKind::TooLarge, message);
            return;
        }
        match simdutf8::basic::from_utf8(body) {
            Ok(text) => {
                let article = Article {
                    id: origin.id.clone(),
                    source: origin.source.clone(),
                    text: text.to_string(),
                    ..Article::default()
                };
                self.emit(Item::Article(article));
            }
            Err(_) => {
                let message = utf8_error_message(body);
                self.origin_error(origin, ArticleErrorKind::InvalidUtf8, message);
            }
        }
    }

    fn jsonl<R: BufRead>(&mut self, mut input: R, origin: &Origin) {
        let limit = self.options.max_article_bytes;
        let file = Arc::new(LineFile {
            source: origin.source.clone(),
            options: self.options.clone(),
        });
        let mut line = Vec::new();
        let mut number = 0usize;
        while !self.stopped {
            number += 1;
            let source = || format!("{}:{number}", origin.source);
            let read = read_line_bounded(&mut input, &mut line, limit).and_then(|read| {
                let LineRead::TooLong {
                    read: n,
                    whole,
                    binary,
                } = read
                else {
                    return Ok((read, true));
                };
                let mut message = too_large_message("line", limit);
                let (skipped, ended) = match (whole, binary) {
                    (true, _) => (0, true),
                    (false, false) => skip_line(&mut input, u64::MAX)?,
                    (false, true) => skip_line(&mut input, BINARY_SKIP_LIMIT)?,
                };
                self.stats.bytes += n + skipped;
                if !ended {
                    // What follows is no JSON either: like a file that cannot be opened,
                    // the exit status tells.
                    self.stats.unreadable.push(origin.source.clone());
                    message.push_str(&format!(
                        ", binary (NUL bytes) and still without a line end after {} more \
                         bytes: the rest of this input is not read",
                        BINARY_SKIP_LIMIT
                    ));
                }
                self.error(&source(), &source(), ArticleErrorKind::TooLarge, message);
                Ok((read, ended))
            });
            match read {
                Ok((LineRead::End, _)) => return,
                Ok((LineRead::TooLong { .. }, false)) => return,
                Ok((LineRead::TooLong { .. }, true)) => continue,
                Ok((LineRead::Line(n), _)) => self.stats.bytes += n,
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
            self.sample_fields(body);
            let item = if self.options.parse_on_workers {
                Item::Line(RawLine {
                    bytes: body.to_vec(),
                    line: number,
                    file: Arc::clone(&file),
                })
            } else {
                match parse_article(body, self.options, source()) {
                    Ok(article) => Item::Article(article),
                    Err(error) => Item::Error(error),
                }
            };
            self.emit(item);
        }
    }

    /// Looks at the fields of the run's first lines, for the hint when most of them lack
    /// the text field.
    fn sample_fields(&mut self, body: &[u8]) {
        let stats = &mut self.stats;
        if stats.sampled_lines >= SAMPLED_LINES {
            return;
        }
        let mut deserializer = serde_json::Deserializer::from_slice(body);
        let Ok(keys) = KeysSeed.deserialize(&mut deserializer) else {
            return;
        };
        stats.sampled_lines += 1;
        if keys.contains(&self.options.text_field) {
            return;
        }
        stats.lines_without_text += 1;
        for key in keys {
            if stats.fields_seen.len() < SAMPLED_FIELDS {
                stats.fields_seen.insert(key);
            }
        }
    }
}

/// The message of a `too_large` error record.
fn too_large_message(what: &str, limit: u64) -> String {
    format!("{what} longer than the limit of {limit} bytes (--max-article-bytes)")
}

/// A walk error's message, without the path the error record already names.
fn walk_message(e: &walkdir::Error) -> String {
    if let Some(ancestor) = e.loop_ancestor() {
        return format!(
            "symbolic link loop back to {}: not followed",
            ancestor.display()
        );
    }
    match e.io_error() {
        Some(io) if io.kind() == io::ErrorKind::NotFound && e.path().is_some_and(is_symlink) => {
            "symbolic link to nothing (dangling)".to_string()
        }
        Some(io) => io.to_string(),
        None => e.to_string(),
    }
}

fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
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

/// Where `bytes`, known not to be UTF-8, go wrong (the fast check does not say).
fn utf8_error_message(bytes: &[u8]) -> String {
    let at = match std::str::from_utf8(bytes) {
        Ok(_) => bytes.len(),
        Err(e) => e.valid_up_to(),
    };
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
    // Validated once here; the JSON parser then takes the text as UTF-8.
    let Ok(line_text) = simdutf8::basic::from_utf8(line) else {
        return Err(fail(
            ArticleErrorKind::InvalidUtf8,
            utf8_error_message(line),
        ));
    };
    let mut deserializer = serde_json::Deserializer::from_str(line_text);
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
        kept: fields.kept,
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
    kept: KeptFields,
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
            if key == o.text_field {
                fields.text = Some(map.next_value()?);
            } else if key == o.id_field {
                fields.id = Some(map.next_value::<Id>()?.0);
            } else if key == o.title_field {
                fields.title = Some(map.next_value()?);
            } else if key == o.url_field {
                fields.url = Some(map.next_value()?);
            } else if key == o.published_field {
                fields.published = Some(map.next_value()?);
            } else if o.keep_fields.iter().any(|k| k == key) {
                let value = map.next_value::<Box<serde_json::value::RawValue>>()?;
                fields
                    .kept
                    .0
                    .push((key.to_string(), value.get().to_string()));
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(fields)
    }
}

/// An id: like [`Scalar`], but an integer keeps all its digits however large (a
/// `serde_json::Value` would turn one above `u64` into float text).
struct Id(Scalar);

impl<'de> de::Deserialize<'de> for Id {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <Box<serde_json::value::RawValue> as de::Deserialize>::deserialize(d)?;
        let text = raw.get();
        let digits = text.strip_prefix('-').unwrap_or(text);
        let integer = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        if integer && text.parse::<i64>().is_err() && text.parse::<u64>().is_err() {
            return Ok(Id(Scalar::Number(text.to_string())));
        }
        serde_json::from_str::<Scalar>(text)
            .map(Id)
            .map_err(de::Error::custom)
    }
}

/// The field names of a JSON object, its values skipped unparsed.
struct KeysSeed;

impl<'de> DeserializeSeed<'de> for KeysSeed {
    type Value = Vec<String>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Vec<String>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for KeysSeed {
    type Value = Vec<String>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Vec<String>, A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = map.next_key::<KeyName>()? {
            map.next_value::<IgnoredAny>()?;
            keys.push(key.0);
        }
        Ok(keys)
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
