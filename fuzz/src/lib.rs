//! Check functions of the fuzz targets, one per target: each takes the fuzzer's bytes, runs
//! one stage of vnextract over them and panics when a property fails (a panic inside the
//! library is a finding too). `src/bin/<target>.rs` wraps each in `afl::fuzz!`; the unit
//! tests below run each over its seed files, so the checks themselves are exercised without
//! afl.
//!
//! Properties, for any input:
//! - no panic, no hang;
//! - every span lies inside the original text, on char boundaries, with `start <= end`, and
//!   its code-point offsets agree with its byte offsets;
//! - a span's surface is the `text` written beside it;
//! - normalization maps back monotonically onto char boundaries;
//! - tokens are non-empty and in order, sentences hold every token once;
//! - a record serializes to JSON that parses back with the same spans.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use vnextract::extract::{
    Awards, Extractor, Extractors, Figures, Found, OfficialLexicon, Officials, TokenView,
};
use vnextract::io::{InputOptions, Item, parse_article};
use vnextract::normalize::normalize;
use vnextract::record::{Record, Spans, sentence_records, token_records, word_records};
use vnextract::segment::Segmenter;
use vnextract::segment::word::WordSegmenter;
use vnextract::span::{CharIndex, Span};
use vnextract::{Article, Pipeline};

/// Inputs longer than this are cut (on a char boundary): the properties do not depend on
/// length, and short inputs keep executions fast.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// `--max-article-bytes` of the readers target: small, so that a decompression bomb stops
/// early.
pub const READER_MAX_ARTICLE_BYTES: u64 = 64 * 1024;

/// Items the readers target takes from one input before telling the reader to stop.
const READER_MAX_ITEMS: usize = 256;

/// The fuzzer's bytes as text: invalid UTF-8 replaced (so every input reaches the stage),
/// cut to [`MAX_TEXT_BYTES`].
pub fn text_of(data: &[u8]) -> Cow<'_, str> {
    let data = &data[..data.len().min(MAX_TEXT_BYTES + 4)];
    let mut text = String::from_utf8_lossy(data);
    if text.len() > MAX_TEXT_BYTES {
        let mut end = MAX_TEXT_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.to_mut().truncate(end);
    }
    text
}

/// Code points before every byte offset of `text` that is a char boundary (`usize::MAX`
/// inside a char), for checking spans without a scan each.
pub struct Chars {
    before: Vec<usize>,
}

impl Chars {
    pub fn new(text: &str) -> Self {
        let mut before = vec![usize::MAX; text.len() + 1];
        let mut n = 0;
        for (b, _) in text.char_indices() {
            before[b] = n;
            n += 1;
        }
        before[text.len()] = n;
        Chars { before }
    }
}

/// A byte range of `text`: in bounds, ordered, on char boundaries.
#[track_caller]
pub fn check_bytes(text: &str, range: &std::ops::Range<usize>, what: &str) {
    assert!(
        range.start <= range.end && range.end <= text.len(),
        "{what}: byte range {range:?} out of bounds in {text:?}"
    );
    assert!(
        text.is_char_boundary(range.start) && text.is_char_boundary(range.end),
        "{what}: byte range {range:?} not on char boundaries in {text:?}"
    );
}

/// A record span: byte range sound, code points agree with bytes.
#[track_caller]
pub fn check_span(text: &str, chars: &Chars, span: &Span, what: &str) {
    check_bytes(text, &(span.byte_start..span.byte_end), what);
    assert!(span.start <= span.end, "{what}: {span:?} in {text:?}");
    assert_eq!(
        (chars.before[span.byte_start], chars.before[span.byte_end]),
        (span.start, span.end),
        "{what}: code points disagree with bytes, {span:?} in {text:?}"
    );
}

/// A span and the text a record writes beside it, which must be its surface.
#[track_caller]
fn check_surface(text: &str, chars: &Chars, span: &Span, surface: &str, what: &str) {
    check_span(text, chars, span, what);
    assert_eq!(
        &text[span.byte_start..span.byte_end],
        surface,
        "{what}: surface of {span:?} is not its text in {text:?}"
    );
}

/// Text a record says is "as written": it is somewhere in the original.
#[track_caller]
fn check_written(text: &str, field: &str, what: &str) {
    assert!(
        text.contains(field),
        "{what}: {field:?} is not written in {text:?}"
    );
}

/// Every span and as-written field of a record (the extractors' arrays).
pub fn check_record(text: &str, chars: &Chars, record: &Record<'_>) {
    for o in &record.officials {
        check_surface(text, chars, &o.span, &o.name, "official");
        for m in &o.mentions {
            check_surface(text, chars, &m.span, &m.text, "official mention");
        }
        check_written(text, &o.role, "official role");
        check_written(text, &o.organization, "official organization");
        if let Some(rank) = &o.rank {
            check_written(text, rank, "official rank");
        }
    }
    for t in &record.titles {
        check_written(text, &t.text, "title");
        check_written(text, &t.role, "title role");
        check_written(text, &t.organization, "title organization");
        for m in &t.mentions {
            check_surface(text, chars, &m.span, &m.text, "title mention");
        }
        for h in &t.holders {
            check_written(text, h, "title holder");
        }
    }
    for a in &record.awards {
        check_surface(text, chars, &a.span, &a.text, "award");
        check_written(text, &a.name, "award name");
        if let Some(r) = &a.recipient {
            check_written(text, r, "award recipient");
        }
    }
    for p in &record.percentages {
        check_surface(text, chars, &p.span, &p.text, "percentage");
        if let Some(m) = &p.context.measure {
            check_written(text, m, "percentage measure");
        }
        if let Some(b) = &p.baseline {
            check_written(text, b, "percentage baseline");
        }
    }
    for m in &record.money {
        check_surface(text, chars, &m.span, &m.text, "money");
        if let Some(measure) = &m.context.measure {
            check_written(text, measure, "money measure");
        }
        if let Some(per) = &m.per {
            check_written(text, per, "money per");
        }
    }
    for s in record.sentences.iter().flatten() {
        check_surface(text, chars, &s.span, &s.text, "sentence");
    }
    for t in record.tokens.iter().flatten() {
        check_surface(text, chars, &t.span, &t.text, "token");
        assert!(t.span.start < t.span.end, "empty token {t:?} in {text:?}");
    }
    for w in record.words.iter().flatten() {
        check_surface(text, chars, &w.span, &w.text, "word");
        assert!(w.span.start < w.span.end, "empty word {w:?} in {text:?}");
    }
}

fn segmenter() -> &'static Segmenter {
    static S: OnceLock<Segmenter> = OnceLock::new();
    S.get_or_init(Segmenter::new)
}

fn word_segmenter() -> &'static WordSegmenter {
    static S: OnceLock<WordSegmenter> = OnceLock::new();
    S.get_or_init(WordSegmenter::new)
}

fn lexicon() -> Arc<OfficialLexicon> {
    static L: OnceLock<Arc<OfficialLexicon>> = OnceLock::new();
    Arc::clone(L.get_or_init(OfficialLexicon::builtin))
}

fn extractors() -> &'static Extractors {
    static E: OnceLock<Extractors> = OnceLock::new();
    E.get_or_init(|| Extractors::new(lexicon()))
}

fn default_pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(Pipeline::default)
}

fn full_pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        Pipeline::builder()
            .sentences(true)
            .tokens(true)
            .words(true)
            .build()
    })
}

/// Builds what the targets share (lexicons, models), so that afl's fork server starts from
/// a warm process instead of building them in every execution.
pub fn warm_up() {
    segmenter();
    word_segmenter();
    extractors();
    default_pipeline();
    full_pipeline();
}

// ---------------------------------------------------------------------------------------
// normalize

/// `normalize`: the normalized text maps back onto char boundaries of the original,
/// monotonically, the sequential aligner agrees with the random-access map, and normalizing
/// twice changes nothing more.
pub fn normalize_target(data: &[u8]) {
    let text = text_of(data);
    let text = text.as_ref();
    let normalized = normalize(text);
    let n = normalized.text();
    if normalized.is_identity() {
        assert_eq!(n, text, "identity normalization changed the text");
    }
    let mut boundaries: Vec<usize> = n.char_indices().map(|(b, _)| b).collect();
    boundaries.push(n.len());
    let mut aligner = normalized.aligner();
    let (mut last_start, mut last_end) = (0, 0);
    for (k, &b) in boundaries.iter().enumerate() {
        let start = normalized.orig_start(b);
        let end = normalized.orig_end(b);
        assert!(
            start >= last_start && end >= last_end,
            "orig_start/orig_end not monotonic at normalized byte {b} in {text:?}"
        );
        (last_start, last_end) = (start, end);
        let next = boundaries.get(k + 1).copied().unwrap_or(b);
        for range in [b..next, b..n.len()] {
            let r = normalized.orig_range(range.clone());
            check_bytes(text, &r, "orig_range");
            if range.end == next {
                assert_eq!(
                    aligner.orig_range(range.clone()),
                    r,
                    "aligner disagrees on {range:?} in {text:?}"
                );
            }
        }
    }
    // The whole normalized text maps to the whole original but for characters normalization
    // removes (zero-width, soft hyphens) at either end, which belong to no normalized text.
    let whole = normalized.orig_range(0..n.len());
    for (edge, what) in [
        (&text[..whole.start], "before"),
        (&text[whole.end..], "after"),
    ] {
        assert!(
            normalize(edge).text().is_empty(),
            "{edge:?} {what} the mapped normalized text is lost from {text:?}"
        );
    }
    // The documented form is NFC (added after the 2026-12-02 run: a fixed point need not be
    // NFC, see tests/fuzz_findings.rs).
    assert!(
        unicode_normalization::is_nfc(n),
        "normalize({text:?}) = {n:?} is not NFC"
    );
    let again = normalize(n);
    assert_eq!(again.text(), n, "normalizing twice changed {text:?}");
}

// ---------------------------------------------------------------------------------------
// tokenize

/// The segmenter: tokens non-empty, in order, on char boundaries of both texts; sentences
/// hold every token once, in order, with only spaces between them; words cover the tokens
/// of their sentence; `underscore_line` only turns spaces into "_".
pub fn tokenize(data: &[u8]) {
    let text = text_of(data);
    let text = text.as_ref();
    let normalized = normalize(text);
    let n = normalized.text();
    let segmented = segmenter().segment(&normalized);
    let mut previous_end = 0;
    for token in &segmented.tokens {
        check_bytes(text, &token.bytes, "token");
        check_bytes(n, &token.norm, "token (normalized)");
        assert!(!token.bytes.is_empty(), "empty token {token:?} in {text:?}");
        assert!(
            !token.norm.is_empty(),
            "empty normalized token {token:?} in {text:?}"
        );
        assert!(
            token.bytes.start >= previous_end,
            "tokens overlap at {token:?} in {text:?}"
        );
        previous_end = token.bytes.end;
    }
    let mut next_token = 0;
    let mut covered = 0;
    for sentence in &segmented.sentences {
        check_bytes(text, &sentence.bytes, "sentence");
        assert_eq!(
            sentence.tokens.start, next_token,
            "sentence gap in {text:?}"
        );
        assert!(
            sentence.tokens.end > sentence.tokens.start,
            "empty sentence in {text:?}"
        );
        assert_eq!(
            segmented.bytes_of(sentence.tokens.clone()),
            sentence.bytes,
            "sentence bytes are not its tokens' in {text:?}"
        );
        assert!(
            sentence.bytes.start >= covered,
            "sentences overlap in {text:?}"
        );
        let gap = &text[covered..sentence.bytes.start];
        assert!(
            normalize(gap).text().trim().is_empty(),
            "text {gap:?} outside every sentence in {text:?}"
        );
        covered = sentence.bytes.end;
        next_token = sentence.tokens.end;
    }
    assert_eq!(
        next_token,
        segmented.tokens.len(),
        "tokens outside sentences in {text:?}"
    );
    assert!(
        normalize(&text[covered..]).text().trim().is_empty(),
        "text after the last sentence in {text:?}"
    );

    let chars = Chars::new(text);
    let index = CharIndex::new(text);
    for (token, record) in segmented
        .tokens
        .iter()
        .zip(token_records(&segmented, text, &index))
    {
        check_surface(text, &chars, &record.span, &record.text, "token record");
        assert_eq!(record.span.byte_start..record.span.byte_end, token.bytes);
    }
    for record in sentence_records(&segmented, text, &index) {
        check_surface(text, &chars, &record.span, &record.text, "sentence record");
    }

    let words = word_segmenter().words(&normalized, &segmented);
    let mut next = 0;
    for word in &words {
        assert!(!word.tokens.is_empty(), "empty word in {text:?}");
        assert!(
            word.tokens.start >= next && word.tokens.end <= segmented.tokens.len(),
            "word {word:?} out of order in {text:?}"
        );
        assert_eq!(
            word.bytes,
            segmented.bytes_of(word.tokens.clone()),
            "word bytes are not its tokens' in {text:?}"
        );
        let inside = segmented
            .sentences
            .iter()
            .any(|s| s.tokens.start <= word.tokens.start && word.tokens.end <= s.tokens.end);
        assert!(inside, "word {word:?} leaves its sentence in {text:?}");
        next = word.tokens.end;
    }
    let covered: usize = words.iter().map(|w| w.tokens.len()).sum();
    assert_eq!(
        covered,
        segmented.tokens.len(),
        "words skip tokens in {text:?}"
    );
    for record in word_records(&words, text, &index) {
        check_surface(text, &chars, &record.span, &record.text, "word record");
    }

    for line in text.lines().take(8) {
        let out = word_segmenter().underscore_line(line);
        assert_eq!(
            out.len(),
            line.len(),
            "underscore_line changed length of {line:?}"
        );
        for (a, b) in line.chars().zip(out.chars()) {
            assert!(
                a == b || (a == ' ' && b == '_'),
                "underscore_line: {line:?} -> {out:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// extractors

/// One extractor alone over `data`, its mentions turned into a record and checked.
fn one_extractor(data: &[u8], extractor: &dyn Extractor) {
    let text = text_of(data);
    let text = text.as_ref();
    let normalized = normalize(text);
    let segmented = segmenter().segment(&normalized);
    let view = TokenView::new(&normalized, &segmented, &lexicon());
    let mut found = Found::default();
    extractor.extract(&view, &mut found);
    let article = Article::new("fuzz", text);
    let spans = Spans::new(text);
    let record = Record::new(&article, &found, &spans, extractors().lexicon());
    check_record(text, &Chars::new(text), &record);
}

/// Percentages and money alone.
pub fn figures(data: &[u8]) {
    static F: OnceLock<Figures> = OnceLock::new();
    one_extractor(data, F.get_or_init(|| Figures::new(lexicon())));
}

/// Officials and titles alone.
pub fn officials(data: &[u8]) {
    static O: OnceLock<Officials> = OnceLock::new();
    one_extractor(data, O.get_or_init(|| Officials::new(lexicon())));
}

/// Awards alone.
pub fn awards(data: &[u8]) {
    one_extractor(data, &Awards);
}

/// Every extractor through `Pipeline::process`: every span of the record sound, with its
/// text; an empty text is the one error.
pub fn extract(data: &[u8]) {
    let text = text_of(data);
    let article = Article::new("fuzz", text.as_ref());
    match default_pipeline().process(&article) {
        Ok(record) => check_record(&article.text, &Chars::new(&article.text), &record),
        Err(e) => assert!(
            article.text.trim().is_empty(),
            "error {e:?} for a non-empty text {:?}",
            article.text
        ),
    }
}

// ---------------------------------------------------------------------------------------
// pipeline

/// The whole pipeline with sentences, tokens and words, from a JSON Lines line when the
/// input parses as one (else from the input as text): the record checked, and its JSON line
/// parsed back with the same spans and surfaces (code points counted over the text).
pub fn pipeline(data: &[u8]) {
    let data = &data[..data.len().min(MAX_TEXT_BYTES)];
    let options = InputOptions::default();
    let article = match parse_article(data, &options, "fuzz:1".into()) {
        Ok(article) => article,
        Err(_) => Article::new("fuzz", text_of(data).as_ref()),
    };
    let text = article.text.as_str();
    let pipeline = full_pipeline();
    let chars = Chars::new(text);
    let line = pipeline.process_to_json(&article);
    assert_eq!(line.last(), Some(&b'\n'), "a JSON line ends with a newline");
    assert!(
        !line[..line.len() - 1].contains(&b'\n'),
        "a JSON line holds no newline"
    );
    let value: serde_json::Value = serde_json::from_slice(&line).unwrap_or_else(|e| {
        panic!(
            "record is not JSON ({e}): {}",
            String::from_utf8_lossy(&line)
        )
    });
    assert_eq!(value["schema"], vnextract::SCHEMA_VERSION);
    match pipeline.process(&article) {
        Ok(record) => {
            check_record(text, &chars, &record);
            assert_eq!(value["id"], article.id.as_str());
            let code_points: Vec<char> = text.chars().collect();
            let fields = [
                "officials",
                "titles",
                "awards",
                "percentages",
                "money",
                "sentences",
                "tokens",
                "words",
            ];
            for field in fields {
                let Some(entries) = value[field].as_array() else {
                    assert!(
                        field == "words" && value[field].is_null(),
                        "{field} missing from the JSON record"
                    );
                    continue;
                };
                for entry in entries {
                    // A title has no span of its own, only its mentions'.
                    if field != "titles" {
                        json_span(text, &code_points, entry, field);
                    }
                    for m in entry["mentions"].as_array().into_iter().flatten() {
                        json_span(text, &code_points, m, field);
                    }
                }
            }
        }
        Err(e) => {
            assert!(text.trim().is_empty(), "error {e:?} for {text:?}");
            assert_eq!(value["error"]["kind"], "empty_text");
        }
    }
}

/// One JSON entry's span: code points and bytes name the same surface; its "text" (a
/// mention's, sentence's, token's, word's, figure's) is that surface.
fn json_span(text: &str, code_points: &[char], entry: &serde_json::Value, field: &str) {
    let get = |k: &str| {
        entry[k]
            .as_u64()
            .unwrap_or_else(|| panic!("{field}: no {k} in {entry}")) as usize
    };
    let (start, end) = (get("start"), get("end"));
    let (byte_start, byte_end) = (get("byte_start"), get("byte_end"));
    assert!(start <= end && end <= code_points.len(), "{field}: {entry}");
    let by_chars: String = code_points[start..end].iter().collect();
    let by_bytes = text
        .get(byte_start..byte_end)
        .unwrap_or_else(|| panic!("{field}: bytes off {entry} in {text:?}"));
    assert_eq!(by_chars, by_bytes, "{field}: {entry} in {text:?}");
    // An official's surface is its "name"; the others carry their surface as "text".
    let surface = entry["text"].as_str().or(entry["name"].as_str());
    if let Some(surface) = surface {
        assert_eq!(surface, by_bytes, "{field}: {entry} in {text:?}");
    }
}

// ---------------------------------------------------------------------------------------
// readers

/// The file names the readers target writes its input as, chosen by the first byte.
const READER_NAMES: &[&str] = &[
    "in.jsonl",
    "in.txt",
    "in.jsonl.gz",
    "in.tar",
    "in.zip",
    "in.tar.gz",
    "in.txt.gz",
    "in.dat",
];

/// A scratch directory of this process (in /dev/shm when there is one).
fn scratch_dir() -> &'static PathBuf {
    static D: OnceLock<PathBuf> = OnceLock::new();
    D.get_or_init(|| {
        let base = ["/dev/shm", "/tmp"]
            .iter()
            .map(PathBuf::from)
            .find(|p| p.is_dir())
            .unwrap_or_else(std::env::temp_dir);
        base.join(format!("vnextract-fuzz-{}", std::process::id()))
    })
}

/// The input readers: the first byte picks the file kind (JSON Lines, text, gzip, tar, zip
/// …), the format fallback, whether lines are parsed on workers and when the sink stops;
/// the rest is the file. Reading must not panic; every item is an article within the size
/// limit, or an error with a message; every article and line comes from this file.
/// The bytes are also parsed as one JSON Lines line.
pub fn readers(data: &[u8]) {
    let Some((&selector, body)) = data.split_first() else {
        return;
    };
    let name = READER_NAMES[usize::from(selector) % READER_NAMES.len()];
    let options = InputOptions {
        format: match (selector >> 3) & 3 {
            0 => None,
            1 => Some(vnextract::io::Format::Jsonl),
            _ => Some(vnextract::io::Format::Txt),
        },
        max_article_bytes: READER_MAX_ARTICLE_BYTES,
        parse_on_workers: selector & 0x20 != 0,
        ..InputOptions::default()
    };
    let stop_after = if selector & 0x40 != 0 {
        1
    } else {
        READER_MAX_ITEMS
    };

    let _ = parse_article(body, &options, "fuzz:1".into());

    // Process pid + a fresh directory per input: the pid differs in every forked child of
    // afl; a fixed name inside it keeps the file's name (and so its kind) stable.
    let dir = scratch_dir();
    std::fs::create_dir_all(dir).expect("scratch directory");
    let path = dir.join(name);
    {
        let mut file = std::fs::File::create(&path).expect("scratch file");
        file.write_all(body).expect("write scratch file");
    }
    let input = path.to_string_lossy().into_owned();
    let mut items = 0usize;
    let stats = vnextract::io::read_inputs(std::slice::from_ref(&input), &options, &mut |item| {
        items += 1;
        check_item(&item, &input, &options);
        items < stop_after
    });
    let _ = std::fs::remove_file(&path);
    assert!(
        items <= stop_after,
        "the reader went on after the sink said stop"
    );
    assert!(stats.unreadable.is_empty(), "{:?}", stats.unreadable);
}

fn check_item(item: &Item, input: &str, options: &InputOptions) {
    match item.article() {
        Ok(article) => {
            assert!(
                article.source.starts_with(input),
                "article source {:?} not from {input}",
                article.source
            );
            assert!(
                article.text.len() as u64 <= options.max_article_bytes,
                "article of {} bytes past the limit",
                article.text.len()
            );
        }
        Err(e) => {
            assert!(!e.message.is_empty(), "error without a message: {e:?}");
            assert!(
                e.source_name.starts_with(input),
                "error source {:?} not from {input}",
                e.source_name
            );
        }
    }
    if let Item::Line(line) = item {
        assert!(line.bytes.len() as u64 <= options.max_article_bytes);
        assert!(line.source().starts_with(input));
    }
}

// ---------------------------------------------------------------------------------------

/// The check function of a target.
pub type Check = fn(&[u8]);

/// The check function of each target, by name.
pub const TARGETS: &[(&str, Check)] = &[
    ("readers", readers),
    ("normalize", normalize_target),
    ("tokenize", tokenize),
    ("figures", figures),
    ("officials", officials),
    ("awards", awards),
    ("extract", extract),
    ("pipeline", pipeline),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("seeds")
            .join(target);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect()
    }

    #[test]
    fn every_target_passes_its_seeds() {
        for (target, check) in TARGETS {
            let seeds = seeds(target);
            assert!(!seeds.is_empty(), "no seeds for {target}");
            for (path, bytes) in seeds {
                eprintln!("{target}: {}", path.display());
                check(&bytes);
            }
        }
    }

    #[test]
    fn every_target_passes_every_seed_of_the_others() {
        let all: Vec<_> = TARGETS.iter().flat_map(|(t, _)| seeds(t)).collect();
        for (_, check) in TARGETS {
            for (_, bytes) in &all {
                check(bytes);
            }
        }
    }

    #[test]
    fn edge_inputs() {
        let inputs: &[&[u8]] = &[
            b"",
            b" ",
            b"\xff\xfe",
            // A soft hyphen at the end belongs to no normalized text (the normalize check
            // of the first run wrongly called that a finding).
            " \u{ad}".as_bytes(),
            "a\u{200b}\u{300}".as_bytes(),
            "Uỷ ban\u{a0}hoà giải".as_bytes(),
        ];
        for (_, check) in TARGETS {
            for input in inputs {
                check(input);
            }
        }
    }

    #[test]
    fn seeds_find_something() {
        // The seeds are meant to reach the extractors: a check that finds nothing checks
        // nothing.
        let text = "Phó Chủ tịch UBND tỉnh Nguyễn Văn An cho biết tổng thu đạt 14.732 tỷ đồng, tăng 15,9%.";
        let article = Article::new("s", text);
        let record = default_pipeline().process(&article).unwrap();
        assert!(!record.money.is_empty() && !record.percentages.is_empty());
        assert!(!record.officials.is_empty());
    }
}
