//! Spans into the original text, in both Unicode code points and UTF-8 bytes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open range of the original text.
///
/// `start`/`end` count Unicode code points (so Python's `text[start:end]` is the surface),
/// `byte_start`/`byte_end` count UTF-8 bytes (so Rust's `&text[byte_start..byte_end]` is).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}

impl Span {
    /// The surface text of this span in `original`.
    ///
    /// Returns an empty string when the span does not fit `original` (a span from
    /// another text), rather than panicking.
    pub fn text<'t>(&self, original: &'t str) -> &'t str {
        original.get(self.byte_start..self.byte_end).unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.byte_start == self.byte_end
    }

    /// Number of code points covered.
    pub fn char_len(&self) -> usize {
        self.end - self.start
    }
}

/// Converts byte offsets of one text into code-point offsets.
///
/// Keeps a prefix count per block, so a lookup costs at most one block scan whatever the
/// order of the queries; ASCII-only text converts without any scan.
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// Code points before each block start; empty when the text is ASCII.
    block_chars: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'t> CharIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let block_chars = if text.is_ascii() {
            Vec::new()
        } else {
            let bytes = text.as_bytes();
            let mut counts = Vec::with_capacity(bytes.len() / BLOCK + 1);
            let mut total = 0;
            for block in bytes.chunks(BLOCK) {
                counts.push(total);
                total += count_chars(block);
            }
            counts
        };
        CharIndex { text, block_chars }
    }

    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Code-point offset of byte offset `byte` (clamped to the text's length).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.block_chars.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let Some(&before) = self.block_chars.get(block) else {
            // byte == len and len is a multiple of BLOCK
            let last = self.block_chars.len() - 1;
            return self.block_chars[last] + count_chars(&self.text.as_bytes()[last * BLOCK..byte]);
        };
        before + count_chars(&self.text.as_bytes()[block * BLOCK..byte])
    }

    /// A converter for queries in increasing order (tokens left to right): each costs only
    /// the bytes since the previous one.
    pub fn cursor(&self) -> CharCursor<'_, 't> {
        CharCursor {
            index: self,
            byte: 0,
            chars: 0,
        }
    }

    /// A span for the byte range `byte_start..byte_end` of the text.
    pub fn span(&self, byte_start: usize, byte_end: usize) -> Span {
        Span {
            start: self.char_at(byte_start),
            end: self.char_at(byte_end),
            byte_start,
            byte_end,
        }
    }
}

/// Sequential byte → code point conversion over a [`CharIndex`].
#[derive(Debug, Clone)]
pub struct CharCursor<'i, 't> {
    index: &'i CharIndex<'t>,
    byte: usize,
    chars: usize,
}

impl CharCursor<'_, '_> {
    /// Code-point offset of `byte`; fastest when called with increasing offsets.
    #[inline]
    pub fn char_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.index.text.len());
        if self.index.block_chars.is_empty() {
            return byte;
        }
        if byte < self.byte || byte - self.byte > BLOCK {
            self.chars = self.index.char_at(byte);
        } else {
            self.chars += count_chars(&self.index.text.as_bytes()[self.byte..byte]);
        }
        self.byte = byte;
        self.chars
    }

    #[inline]
    pub fn span(&mut self, byte_start: usize, byte_end: usize) -> Span {
        Span {
            start: self.char_at(byte_start),
            end: self.char_at(byte_end),
            byte_start,
            byte_end,
        }
    }
}

/// Code points in a UTF-8 byte slice: the bytes that are not continuation bytes.
#[inline]
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    // Every byte but a continuation byte (0b10xxxxxx) starts a character; eight bytes are
    // counted at once: a continuation byte has its top bit set and the next one clear.
    const TOP_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut count = 0;
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let word = u64::from_le_bytes(eight);
        let continuations = word & !(word << 1) & TOP_BITS;
        count += 8 - continuations.count_ones() as usize;
    }
    count
        + chunks
            .remainder()
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_chars() {
        let text = "Phó Chủ tịch HĐND ".repeat(40) + "Thành phố";
        let index = CharIndex::new(&text);
        for (char_pos, (byte_pos, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_at(byte_pos), char_pos);
        }
        assert_eq!(index.char_at(text.len()), text.chars().count());
    }

    #[test]
    fn chars_are_counted_eight_bytes_at_a_time_as_one_by_one() {
        let text = "aĐ€😀 Phó Chủ tịch HĐND ỹ\u{300}x";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let bytes = &text.as_bytes()[start..end];
                let one_by_one = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
                assert_eq!(count_chars(bytes), one_by_one, "{start}..{end}");
            }
        }
    }

    #[test]
    fn cursor_agrees_with_index() {
        let text = "Tổng thu đạt 14.732 tỷ đồng. ".repeat(30);
        let index = CharIndex::new(&text);
        let mut cursor = index.cursor();
        let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).step_by(3).collect();
        for &b in offsets.iter().chain([text.len(), 5, 0, text.len()].iter()) {
            assert_eq!(cursor.char_at(b), index.char_at(b), "byte {b}");
        }
    }

    #[test]
    fn ascii_is_identity() {
        let index = CharIndex::new("abc def");
        assert_eq!(index.span(4, 7).start, 4);
        assert_eq!(index.span(4, 7).text("abc def"), "def");
    }

    #[test]
    fn block_multiple_length() {
        let text = "ư".repeat(BLOCK); // 2 bytes each: exactly 2 blocks
        let index = CharIndex::new(&text);
        assert_eq!(index.char_at(text.len()), BLOCK);
    }
}
