//! Segmentation: sentences, syllable tokens and words, with spans into the original text.

pub mod lexicon;
mod sentence;
mod syllable;
pub mod word;

use std::ops::Range;
use std::sync::Arc;

pub use lexicon::Abbreviations;
pub(crate) use sentence::initial_before_foreign;
pub use syllable::TokenKind;
pub(crate) use syllable::is_syllable;

use crate::normalize::Normalized;

/// A syllable token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Where the token is in the original text (bytes). Code-point offsets are computed
    /// when a record needs them (`record::token_records`), in one sweep.
    pub bytes: Range<usize>,
    /// Where the token is in the normalized text (bytes), for matching.
    pub norm: Range<usize>,
}

impl Token {
    /// The token as written in the original text.
    pub fn text<'t>(&self, original: &'t str) -> &'t str {
        original.get(self.bytes.clone()).unwrap_or("")
    }

    /// The token's normalized text.
    pub fn norm_text<'t>(&self, normalized: &'t str) -> &'t str {
        normalized.get(self.norm.clone()).unwrap_or("")
    }
}

/// A sentence: where it is in the original text and the tokens it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Bytes of the original text, from its first token's start to its last token's end.
    pub bytes: Range<usize>,
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
}

/// The tokens and sentences of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmented {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// The tokens that may hold a capital that is not ASCII, in order, as the segmenter
    /// found them; `None` (a `Segmented` built by hand) when unknown.
    pub(crate) wide_capitals: Option<Vec<usize>>,
}

impl Segmented {
    /// The tokens a lower-case copy of the text must fold character by character, when the
    /// segmenter told them: the others are lowered with the ASCII letters of the whole text.
    pub(crate) fn needs_fold(&self) -> Option<&[usize]> {
        self.wide_capitals.as_deref()
    }

    /// The original bytes a range of tokens spans, from the first token's start to the last
    /// one's end; empty for an empty or out-of-range range.
    pub fn bytes_of(&self, tokens: Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(tokens.start),
            tokens.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(first), Some(last)) if tokens.start < tokens.end => {
                first.bytes.start..last.bytes.end
            }
            _ => 0..0,
        }
    }

    /// Whether only spaces (at least one) separate tokens `i - 1` and `i` in `normalized`:
    /// the two can be words of one phrase.
    pub fn joined(&self, normalized: &str, i: usize) -> bool {
        i > 0
            && i < self.tokens.len()
            && normalized
                .as_bytes()
                .get(self.tokens[i - 1].norm.end..self.tokens[i].norm.start)
                .is_some_and(|gap| !gap.is_empty() && gap.iter().all(|&b| b == b' '))
    }
}

/// Splits normalized text into sentences and syllable tokens. Built once, shared by threads.
///
/// ```
/// use vnextract::normalize::normalize;
/// use vnextract::segment::{Segmenter, TokenKind};
///
/// let text = "Tổng thu đạt 14.732 tỷ đồng, tăng 15,9%. TP.HCM dẫn đầu.";
/// let out = Segmenter::new().segment(&normalize(text));
/// assert_eq!(out.sentences.len(), 2);
/// let percent = out.tokens.iter().find(|t| t.kind == TokenKind::Percent).unwrap();
/// assert_eq!(percent.text(text), "15,9%");
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    abbreviations: Arc<Abbreviations>,
}

impl Default for Segmenter {
    fn default() -> Self {
        Segmenter::new()
    }
}

impl Segmenter {
    /// A segmenter with the shipped abbreviation lexicon.
    pub fn new() -> Self {
        Segmenter {
            abbreviations: Arc::new(Abbreviations::builtin().clone()),
        }
    }

    /// A segmenter with another abbreviation lexicon.
    pub fn with_abbreviations(abbreviations: Abbreviations) -> Self {
        Segmenter {
            abbreviations: Arc::new(abbreviations),
        }
    }

    /// Tokens and sentences of `normalized`, with byte ranges into its original text.
    pub fn segment(&self, normalized: &Normalized<'_>) -> Segmented {
        let text = normalized.text();
        let mut raw = Vec::with_capacity(text.len() / 4);
        syllable::tokenize(text, &self.abbreviations, &mut raw);
        let groups = sentence::sentences(text, &raw, &self.abbreviations);
        let mut aligner = normalized.aligner();
        let mut tokens: Vec<Token> = Vec::with_capacity(raw.len());
        // The raw tokens that joined the token before them (see below), in order: rare, so
        // the token a raw token became is found from them, not kept for every raw token.
        let mut merged_raw: Vec<usize> = Vec::new();
        let mut wide_capitals = Vec::new();
        let mut previous_end = 0;
        for (r, t) in raw.iter().enumerate() {
            let orig = aligner.orig_range(t.start..t.end);
            // A run of combining marks that NFC reordered maps back as a whole; when the
            // tokenizer split it ("\u{1aec}\u{1aee}": marks no grapheme table knows), the
            // later part lies inside the earlier token's bytes and joins it, so that no token
            // is empty.
            if orig.start < previous_end
                && orig.end <= previous_end
                && let Some(last) = tokens.last_mut()
            {
                last.norm.end = t.end;
                let merged = tokens.len() - 1;
                merged_raw.push(r);
                if t.wide_capitals && wide_capitals.last() != Some(&merged) {
                    wide_capitals.push(merged);
                }
                continue;
            }
            // Tokens never overlap, even around a reordered run of combining marks.
            let start = orig.start.max(previous_end);
            let end = orig.end.max(start);
            previous_end = end;
            if t.wide_capitals {
                wide_capitals.push(tokens.len());
            }
            tokens.push(Token {
                kind: t.kind,
                bytes: start..end,
                norm: t.start..t.end,
            });
        }
        // The token raw token `r` became: `r` less the raw tokens merged up to it.
        let token_of =
            |r: usize| (r < raw.len()).then(|| r - merged_raw.partition_point(|&m| m <= r));
        let sentences = groups
            .into_iter()
            .filter_map(|raw_range| {
                let start = token_of(raw_range.start).unwrap_or(tokens.len());
                let end = (raw_range.end.checked_sub(1))
                    .and_then(token_of)
                    .map_or(start, |k| k + 1);
                let first = tokens.get(start)?.bytes.start;
                let last = tokens.get(end.checked_sub(1)?)?.bytes.end;
                Some(Sentence {
                    bytes: first..last,
                    tokens: start..end,
                })
            })
            .collect();
        Segmented {
            tokens,
            sentences,
            wide_capitals: Some(wide_capitals),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn split(text: &str) -> Vec<String> {
        Segmenter::new()
            .segment(&normalize(text))
            .sentences
            .iter()
            .map(|s| text[s.bytes.clone()].to_string())
            .collect()
    }

    #[test]
    fn reordered_combining_marks_make_no_empty_token() {
        // NFC swaps the two marks; the tokenizer used to split them into a token and an
        // empty one after it.
        for text in [
            "\u{1aec}\u{1aee}",
            "a \u{1aec}\u{1aee} b",
            "\u{1aec}\u{1aee}\u{1aec}.",
        ] {
            let segmented = Segmenter::new().segment(&normalize(text));
            let mut previous_end = 0;
            for token in &segmented.tokens {
                assert!(!token.bytes.is_empty(), "{text:?}: {token:?}");
                assert!(token.bytes.start >= previous_end, "{text:?}: {token:?}");
                previous_end = token.bytes.end;
            }
            let covered: usize = segmented.sentences.iter().map(|s| s.tokens.len()).sum();
            assert_eq!(covered, segmented.tokens.len(), "{text:?}");
        }
    }

    #[test]
    fn sentences_of_news() {
        for (text, expected) in [
            (
                "Tổng thu đạt 14.732 tỷ đồng. Tăng 15,9% so với năm 2021.",
                vec![
                    "Tổng thu đạt 14.732 tỷ đồng.",
                    "Tăng 15,9% so với năm 2021.",
                ],
            ),
            (
                "Dự có TS. Nguyễn Văn A và PGS.TS. Trần B tại TP.HCM. Hội nghị bế mạc.",
                vec![
                    "Dự có TS. Nguyễn Văn A và PGS.TS. Trần B tại TP.HCM.",
                    "Hội nghị bế mạc.",
                ],
            ),
            (
                "Ngày 4.1.2017, ông đến Q.1 làm việc. Sau đó về ThS. Lê C.",
                vec![
                    "Ngày 4.1.2017, ông đến Q.1 làm việc.",
                    "Sau đó về ThS. Lê C.",
                ],
            ),
            (
                "Gồm gạo, ngô, khoai v.v. Các mặt hàng khác tăng.",
                vec!["Gồm gạo, ngô, khoai v.v.", "Các mặt hàng khác tăng."],
            ),
            (
                "Ông nói: \"Chúng tôi sẽ làm.\" Sau đó ông đi... và không về.",
                vec![
                    "Ông nói: \"Chúng tôi sẽ làm.\"",
                    "Sau đó ông đi... và không về.",
                ],
            ),
            (
                "Hà Nội tăng trưởng mạnh\nNăm 2022, kinh tế quận ổn định.\n- Thu ngân sách tăng\n- Chi giảm",
                vec![
                    "Hà Nội tăng trưởng mạnh",
                    "Năm 2022, kinh tế quận ổn định.",
                    "- Thu ngân sách tăng",
                    "- Chi giảm",
                ],
            ),
            (
                "Bắt giữ Nguyễn Văn H. (SN 1990) tại nhà. Vì sao?",
                vec!["Bắt giữ Nguyễn Văn H.", "(SN 1990) tại nhà.", "Vì sao?"],
            ),
            // The initial of a foreign name is no full stop; a Vietnamese word after a
            // Vietnamese initial still starts a sentence.
            (
                "Tổng giám đốc Anders K. Lund cho biết. Bắt giữ Trần Văn H. Hôm qua, John F. Kennedy đến.",
                vec![
                    "Tổng giám đốc Anders K. Lund cho biết.",
                    "Bắt giữ Trần Văn H.",
                    "Hôm qua, John F. Kennedy đến.",
                ],
            ),
            // Two initials written apart: the second is no full stop either.
            (
                "Cố vấn Peter J. K. Holm đến. Bắt giữ Trần V. H. Hôm qua, ông đến.",
                vec![
                    "Cố vấn Peter J. K. Holm đến.",
                    "Bắt giữ Trần V. H.",
                    "Hôm qua, ông đến.",
                ],
            ),
            // A capital letter with a mark is a word, no initial: "Nam Á." ends a sentence.
            (
                "Nhà máy mở ở Nam Á. Brightwave có văn phòng ở 12 nước.",
                vec!["Nhà máy mở ở Nam Á.", "Brightwave có văn phòng ở 12 nước."],
            ),
            (
                "một dòng bị\nngắt giữa câu.",
                vec!["một dòng bị\nngắt giữa câu."],
            ),
        ] {
            assert_eq!(split(text), expected, "{text}");
        }
    }

    #[test]
    fn spans_point_into_original() {
        let text = "Uỷ\u{a0}ban “hoà giải”\u{200b} 14.732 tỷ.";
        let normalized = normalize(text);
        let out = Segmenter::new().segment(&normalized);
        let surfaces: Vec<&str> = out.tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            surfaces,
            ["Uỷ", "ban", "“", "hoà", "giải", "”", "14.732", "tỷ", "."]
        );
        let norms: Vec<&str> = out
            .tokens
            .iter()
            .map(|t| t.norm_text(normalized.text()))
            .collect();
        assert_eq!(
            norms,
            ["Ủy", "ban", "\"", "hòa", "giải", "\"", "14.732", "tỷ", "."]
        );
    }
}
