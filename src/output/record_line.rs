//! The `extract` record line, with the tokens of `--tokens` and the words of `--words`
//! written by hand.
//!
//! With `--words` a record is mostly its words (about eleven bytes of output per byte of
//! text), and serde_json spends most of that time escaping the same keys of every word byte
//! by byte; `--tokens` alike. [`record_line`] writes the same bytes as `serde_json` would
//! (checked by the tests below), those two arrays directly.

use crate::record::{Record, TokenRecord, WordRecord};
use crate::segment::word::Word;
use crate::span::{CharIndex, Span, count_chars};

use super::json_line;

/// `record` as one JSON line with its newline, byte for byte what [`json_line`] writes.
pub fn record_line(record: Record<'_>) -> Vec<u8> {
    record_line_with_words(record, None)
}

/// The words of a record as the word step found them: byte ranges of `text`, whose code
/// points `chars` counts. [`record_line_with_words`] writes them as the `words` array
/// straight from these, the bytes [`crate::record::word_records`] and serde would write.
#[derive(Clone, Copy)]
pub(crate) struct TextWords<'w, 't> {
    pub words: &'w [Word],
    pub text: &'t str,
    pub chars: &'w CharIndex<'t>,
}

/// [`record_line`] of a record whose words (when `words` is given, and `record.words` is
/// `None`) are written from the word step's ranges: with `--words` most of a record is its
/// words, and a vector of [`WordRecord`]s built only to be written cost as much as writing
/// them.
pub(crate) fn record_line_with_words(
    mut record: Record<'_>,
    text_words: Option<TextWords<'_, '_>>,
) -> Vec<u8> {
    if record.tokens.is_none() && record.words.is_none() && text_words.is_none() {
        return json_line(&record);
    }
    // `tokens`, `words` and `hf_ids` are the record's last fields: the rest is written by
    // serde, its closing brace reopened for them.
    let tokens = record.tokens.take();
    let words = record.words.take();
    let hf_ids = record.hf_ids.take();
    let mut line = json_line(&record);
    let texts = |n: usize, bytes: usize| bytes + n * 96;
    line.reserve(
        tokens
            .as_ref()
            .map_or(0, |t| texts(t.len(), t.iter().map(|t| t.text.len()).sum()))
            + words
                .as_ref()
                .map_or(0, |w| texts(w.len(), w.iter().map(|w| w.text.len()).sum()))
            + text_words.as_ref().map_or(0, |w| {
                texts(w.words.len(), w.words.iter().map(|w| w.bytes.len()).sum())
            })
            + 32,
    );
    if line.ends_with(b"}\n") {
        line.truncate(line.len() - 2);
    }
    if let Some(tokens) = tokens {
        field(&mut line, "tokens");
        write_array(&mut line, &tokens, |out, token: &TokenRecord<'_>| {
            out.extend_from_slice(b"{\"text\":");
            write_str(out, &token.text);
            out.extend_from_slice(b",\"kind\":");
            // A unit variant: its name as a JSON string, which cannot fail.
            let _ = serde_json::to_writer(&mut *out, &token.kind);
            write_span(out, &token.span);
        });
    }
    if let Some(words) = words {
        field(&mut line, "words");
        write_array(&mut line, &words, |out, word: &WordRecord<'_>| {
            out.extend_from_slice(b"{\"text\":");
            write_str(out, &word.text);
            write_span(out, &word.span);
        });
    } else if let Some(text_words) = text_words {
        field(&mut line, "words");
        write_text_words(&mut line, text_words);
    }
    if let Some(ids) = hf_ids {
        field(&mut line, "hf_ids");
        // A list of numbers cannot fail to serialize.
        let _ = serde_json::to_writer(&mut line, &ids);
    }
    line.extend_from_slice(b"}\n");
    line
}

/// A field's name after the fields before it (none when serde wrote only `{}`).
fn field(line: &mut Vec<u8>, name: &str) {
    if line.last() != Some(&b'{') {
        line.push(b',');
    }
    write_str(line, name);
    line.push(b':');
}

/// `items` as a JSON array, each written by `write`.
fn write_array<T>(out: &mut Vec<u8>, items: &[T], mut write: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write(out, item);
    }
    out.push(b']');
}

/// The `words` array of [`record_line_with_words`]: each word's text and span, its code
/// points counted by one walk over the text (words come in order), which also finds
/// whether the word's text needs an escape.
fn write_text_words(out: &mut Vec<u8>, text_words: TextWords<'_, '_>) {
    let TextWords { words, text, chars } = text_words;
    let bytes = text.as_bytes();
    // The walk: `chars_before` code points before byte `at`.
    let mut at = 0;
    let mut chars_before = 0;
    out.push(b'[');
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let (byte_start, byte_end) = (word.bytes.start, word.bytes.end);
        let Some(surface) = text.get(byte_start..byte_end) else {
            // Not a range of the text (never from the word step): what `word_records`
            // writes for it.
            out.extend_from_slice(b"{\"text\":\"\"");
            write_span(out, &chars.span(byte_start, byte_end));
            continue;
        };
        let start = match bytes.get(at..byte_start) {
            Some(gap) => chars_before + count_chars(gap),
            None => chars.char_at(byte_start),
        };
        let mut length = 0;
        let mut escape = false;
        for &b in surface.as_bytes() {
            // Every byte but a continuation byte (0b10xxxxxx) starts a code point.
            length += usize::from((b as i8) >= -0x40);
            escape |= ESCAPED[usize::from(b)];
        }
        out.extend_from_slice(b"{\"text\":");
        if escape {
            write_str(out, surface);
        } else {
            out.push(b'"');
            out.extend_from_slice(surface.as_bytes());
            out.push(b'"');
        }
        write_span(
            out,
            &Span {
                start,
                end: start + length,
                byte_start,
                byte_end,
            },
        );
        at = byte_end;
        chars_before = start + length;
    }
    out.push(b']');
}

/// A span's four fields (after an entry's others) and the entry's closing brace.
///
/// With `--words` this runs for every word, so its numbers are written in place (see
/// [`push_number`]) rather than formatted apart and copied.
fn write_span(out: &mut Vec<u8>, span: &Span) {
    out.extend_from_slice(b",\"start\":");
    push_number(out, span.start);
    out.extend_from_slice(b",\"end\":");
    push_number(out, span.end);
    out.extend_from_slice(b",\"byte_start\":");
    push_number(out, span.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    push_number(out, span.byte_end);
    out.push(b'}');
}

/// Appends `n` in decimal. Up to eight digits (every offset of a text under 100 MB) are
/// read as two groups of four from a table into one `u64`, the first digit in its lowest
/// byte, and appended with one copy of eight bytes cut back to their number: no division
/// by 10 per digit, no loop whose length depends on the number (which the CPU mispredicts),
/// and no bytes written one by one then copied wide, which stalls the CPU's store
/// forwarding (`write_span` was 5.5% of `extract --words`). Always inlined: called four
/// times a word, it was not.
#[inline(always)]
fn push_number(out: &mut Vec<u8>, n: usize) {
    let (digits, len) = if n < 10_000 {
        let four = FOUR_DIGITS[n];
        let len = 4 - leading_zeros(four);
        (u64::from(four) >> (8 * (4 - len)), len)
    } else if n < 100_000_000 {
        let (high, low) = (FOUR_DIGITS[n / 10_000], FOUR_DIGITS[n % 10_000]);
        let len = 8 - leading_zeros(high);
        let eight = u64::from(high) | (u64::from(low) << 32);
        (eight >> (8 * (8 - len)), len)
    } else {
        return push_long_number(out, n);
    };
    let start = out.len();
    out.extend_from_slice(&digits.to_le_bytes());
    out.truncate(start + len);
}

/// The leading "0"s of four digits from [`FOUR_DIGITS`], at most three ("0000" is "0"): the
/// low bytes that are b'0', found as the zero bytes of the digits less "0000".
#[inline(always)]
fn leading_zeros(four: u32) -> usize {
    ((four ^ 0x3030_3030).trailing_zeros() as usize / 8).min(3)
}

/// 0 to 9,999 as four ASCII digits with leading zeros, the first in the low byte.
static FOUR_DIGITS: [u32; 10_000] = {
    let mut table = [0u32; 10_000];
    let mut n = 0;
    while n < 10_000 {
        let (a, b, c, d) = (n / 1000, n / 100 % 10, n / 10 % 10, n % 10);
        table[n] = u32::from_le_bytes([
            b'0' + a as u8,
            b'0' + b as u8,
            b'0' + c as u8,
            b'0' + d as u8,
        ]);
        n += 1;
    }
    table
};

/// [`push_number`] past eight digits (never an offset in real text).
#[cold]
fn push_long_number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(n.to_string().as_bytes());
}

/// `s` as a JSON string, escaped as serde_json escapes it: `\"`, `\\`, the short escapes of
/// five control characters and `\u00XX` (lower-case hex) for the other ones below U+0020.
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    // Most texts (every word but a rare one) need no escape: one copy.
    if !bytes.iter().any(|&b| ESCAPED[usize::from(b)]) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    out.push(b'"');
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0x00..=0x1f => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(b >> 4)],
                HEX[usize::from(b & 0xf)],
            ],
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(escape);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// The bytes [`write_str`] escapes: `"`, `\\` and those below U+0020.
const ESCAPED: [bool; 256] = {
    let mut escaped = [false; 256];
    let mut b = 0;
    while b < 0x20 {
        escaped[b] = true;
        b += 1;
    }
    escaped[b'"' as usize] = true;
    escaped[b'\\' as usize] = true;
    escaped
};

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use proptest::prelude::*;

    use super::*;
    use crate::pipeline::Pipeline;
    use crate::record::Article;
    use crate::span::Span;

    fn word(text: &str, at: usize) -> WordRecord<'_> {
        WordRecord {
            text: Cow::Borrowed(text),
            span: Span {
                start: at,
                end: at + text.chars().count(),
                byte_start: at * 2,
                byte_end: at * 2 + text.len(),
            },
        }
    }

    /// The words as [`record_line`] writes them, without the record around them.
    fn words_json(words: &[WordRecord<'_>]) -> Vec<u8> {
        let article = Article::new("1", "Giá tăng.");
        let pipeline = Pipeline::builder().build();
        let mut record = pipeline.process(&article).expect("a record");
        record.words = Some(words.to_vec());
        let line = record_line(record);
        let at = line
            .windows(9)
            .position(|w| w == b"\"words\":[")
            .expect("the words");
        line[at + 8..line.len() - 2].to_vec()
    }

    #[test]
    fn a_record_with_words_is_the_line_serde_writes() {
        let pipeline = Pipeline::builder().words(true).tokens(true).build();
        let article = Article::new(
            "a\"1",
            "Chủ tịch UBND quận Phạm Tuấn Long cho biết thu ngân sách đạt 14.732 tỷ đồng.\n\
             \"Trích dẫn\" \\ đường\tdẫn.",
        );
        let record = pipeline.process(&article).expect("a record");
        assert!(record.words.as_ref().is_some_and(|w| w.len() > 10));
        assert!(record.tokens.as_ref().is_some_and(|t| t.len() > 10));
        assert_eq!(record_line(record.clone()), json_line(&record));
        let mut with_ids = record;
        with_ids.hf_ids = Some(vec![0, 7, 4_000_000_000]);
        assert_eq!(record_line(with_ids.clone()), json_line(&with_ids));
    }

    #[test]
    fn words_written_from_their_ranges_are_the_line_serde_writes() {
        let pipeline = Pipeline::builder().words(true).build();
        for text in [
            "Chủ tịch UBND quận Phạm Tuấn Long cho biết thu ngân sách đạt 14.732 tỷ đồng.\n\
             \"Trích dẫn\" \\ đường\tdẫn.\u{1}  Ông   Nguyễn Văn A 😀 nói.",
            "ASCII only: the price rose 15.9% in 2021.",
            "Giá tăng.",
        ] {
            let article = Article::new("a", text);
            let record = pipeline.process(&article).expect("a record");
            assert!(record.words.as_ref().is_some_and(|w| !w.is_empty()));
            assert_eq!(
                pipeline.process_to_json(&article),
                json_line(&record),
                "{text}"
            );
        }
    }

    #[test]
    fn words_out_of_order_or_off_the_text_are_written_as_word_records_writes_them() {
        let text = "Phó Chủ tịch HĐND Thành phố ".repeat(20);
        let chars = CharIndex::new(&text);
        let words: Vec<Word> = [(0, 4), (5, 11), (2, 3), (4, 4), (600, 700), (29, 300)]
            .into_iter()
            .map(|(start, end)| Word {
                tokens: 0..0,
                bytes: start..end,
            })
            .collect();
        let mut out = Vec::new();
        write_text_words(
            &mut out,
            TextWords {
                words: &words,
                text: &text,
                chars: &chars,
            },
        );
        let records = crate::record::word_records(&words, &text, &chars);
        assert_eq!(out, serde_json::to_vec(&records).expect("json"));
    }

    #[test]
    fn a_record_without_words_is_the_line_serde_writes() {
        let pipeline = Pipeline::builder().build();
        let article = Article::new("1", "Giá tăng 15,9%.");
        let record = pipeline.process(&article).expect("a record");
        assert_eq!(record_line(record.clone()), json_line(&record));
    }

    #[test]
    fn every_ascii_character_is_escaped_as_serde_escapes_it() {
        let all: String = (0u8..128).map(char::from).collect();
        let words = [word(&all, 0), word("", 1), word("ở đâu", 2)];
        assert_eq!(
            words_json(&words),
            serde_json::to_vec(&words).expect("json")
        );
    }

    #[test]
    fn numbers_are_written_as_rust_writes_them() {
        let mut numbers: Vec<usize> = (0..100_000).chain([usize::MAX, 1 << 40]).collect();
        for digits in 1..20 {
            let p = 10usize.pow(digits);
            numbers.extend([p - 1, p, p + 1]);
            // 3 × 10¹⁹ is past `usize::MAX` (and overflows in a debug build).
            numbers.extend(p.checked_mul(3).map(|q| q + 7));
        }
        for n in numbers {
            let mut out = b"x".to_vec();
            push_number(&mut out, n);
            assert_eq!(out, format!("x{n}").as_bytes(), "{n}");
        }
    }

    #[test]
    fn spans_are_written_as_serde_writes_them() {
        for n in [0, 9, 10, 99, 100, 12_345, 1 << 40, usize::MAX] {
            let span = Span {
                start: n,
                end: n / 3,
                byte_start: n % 1000,
                byte_end: usize::MAX - n,
            };
            let mut out = Vec::new();
            write_span(&mut out, &span);
            let json = serde_json::to_vec(&span).expect("json");
            assert_eq!(out[1..], json[1..], "{n}");
        }
    }

    proptest! {
        #[test]
        fn any_words_are_written_as_serde_writes_them(
            texts in proptest::collection::vec(any::<String>(), 0..6),
        ) {
            let words: Vec<_> = texts.iter().enumerate().map(|(i, t)| word(t, i * 1000)).collect();
            prop_assert_eq!(words_json(&words), serde_json::to_vec(&words).expect("json"));
        }
    }
}
