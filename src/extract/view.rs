//! The one view of an article's tokens that every extractor reads, computed once per
//! article: each token's lower-case packed key, its id in the officials lexicon and its
//! shape bits, beside the lower-cased text.
//!
//! Extractors ask the same questions of the same tokens ("is this «đồng»?", "does it start
//! with a capital?"); answering them once per token keeps each extractor a plain reading of
//! its grammar instead of a cache of its own.

use std::ops::Range;

use std::borrow::Cow;

use super::lexicon::{OfficialLexicon, Qualifier};
use super::packed::{WordList, ascii_capitals, packed_at};
use crate::normalize::{
    Normalized, fold_case, fold_case_text, is_letter, is_upper, push_folded_wide, to_lower_same_len,
};
use crate::segment::{Segmented, Sentence, Token, TokenKind};

/// A word that starts with a capital.
const CAPITAL: u8 = 1;
/// A word written all in capitals, an abbreviation or a code ("FPT", "HĐND", "TP.HCM").
const ACRONYM: u8 = 2;
/// A word that is never a syllable of a name (a `not-name` entry of the lexicon).
const NOT_NAME: u8 = 4;

/// An article's tokens as the extractors read them. Token indices are those of
/// [`Segmented::tokens`]; byte ranges point into the original text.
pub struct TokenView<'a> {
    segmented: &'a Segmented,
    normalized: &'a str,
    /// The text as given, which the tokens' `bytes` ranges point into.
    original: &'a str,
    /// The normalized text in lower case, at the same byte offsets.
    lower: String,
    /// Each token lower-cased and packed (see [`super::packed::pack`]); 0 for a token longer than eight
    /// bytes.
    keys: Vec<u64>,
    /// Each word's id in the officials lexicon's vocabulary (numbers and signs are never
    /// looked up).
    ids: Vec<u32>,
    /// [`CAPITAL`] and [`ACRONYM`] of each token.
    shapes: Vec<u8>,
}

impl<'a> TokenView<'a> {
    /// The view of a normalized, segmented text; `lexicon` numbers its words.
    pub fn new(
        normalized: &'a Normalized<'_>,
        segmented: &'a Segmented,
        lexicon: &OfficialLexicon,
    ) -> Self {
        let (original, normalized) = (normalized.original(), normalized.text());
        let tokens = &segmented.tokens;
        let lower = match segmented.needs_fold() {
            Some(wide) => fold_case_tokens(normalized, tokens, wide),
            None => fold_case_text(normalized),
        };
        // Filled in place, slot by slot, rather than pushed: no check of capacity per token.
        let mut keys = vec![0; tokens.len()];
        let mut ids = vec![super::lexicon::UNKNOWN; tokens.len()];
        let mut shapes = vec![0; tokens.len()];
        // Words written in capitals (not abbreviations): the few that may be names.
        let mut in_capitals = Vec::new();
        let mut not_names = Vec::new();
        // One pass: each word is packed once, for its key and its lexicon lookup.
        let slots = keys.iter_mut().zip(&mut ids).zip(&mut shapes);
        for (i, (t, ((key_slot, id_slot), shape_slot))) in tokens.iter().zip(slots).enumerate() {
            let key = packed_at(lower.as_bytes(), t.norm.clone());
            *key_slot = key.unwrap_or(0);
            // Lexicon entries are words and abbreviations: numbers and signs are not looked up.
            let id = match t.kind {
                TokenKind::Word | TokenKind::Abbrev => {
                    lexicon.vocabulary.id_of(key, &lower, t.norm.clone())
                }
                _ => super::lexicon::UNKNOWN,
            };
            *id_slot = id;
            let shape = shape(t, normalized);
            // Only capitalized words are looked up: most words are not.
            let not_name = shape & CAPITAL != 0 && lexicon.not_names.contains(&id);
            *shape_slot = shape | (NOT_NAME * u8::from(not_name));
            if not_name {
                not_names.push(i);
            }
            if shape == CAPITAL | ACRONYM && t.kind == TokenKind::Word {
                in_capitals.push(i);
            }
        }
        let mut view = TokenView {
            segmented,
            normalized,
            original,
            lower,
            keys,
            ids,
            shapes,
        };
        if !in_capitals.is_empty() {
            view.mark_names_in_capitals(lexicon, &in_capitals);
        }
        view.unmark_not_names_before_marks(&not_names);
        view
    }

    /// A word that only starts a clause ("Tuy", "Hiện") is a name's last syllable when a
    /// comma or a full stop follows it ("ông Lạc Đức Tuy, Phó Chủ tịch …"): no clause
    /// starts there. Not before a colon: "Ảnh: Reuters".
    fn unmark_not_names_before_marks(&mut self, not_names: &[usize]) {
        for &i in not_names {
            if self.touching(i + 1) && matches!(self.text(i + 1), "," | "." | ";" | ")") {
                self.shapes[i] &= !NOT_NAME;
            }
        }
    }

    /// "Ông NGUYỄN VĂN A, Giám đốc …" (interview captions): two to four syllables written in
    /// capitals right after an honorific and led by a surname read as a capitalized name,
    /// not as acronyms.
    fn mark_names_in_capitals(&mut self, lexicon: &OfficialLexicon, in_capitals: &[usize]) {
        let syllable_in_capitals = |view: &Self, k: usize| {
            view.shapes.get(k) == Some(&(CAPITAL | ACRONYM))
                && view.kind(k) == Some(TokenKind::Word)
                && crate::segment::is_syllable(view.word(k))
        };
        let after_honorific = |view: &Self, i: usize| {
            (i.saturating_sub(2)..i).any(|p| {
                matches!(
                    lexicon.qualifiers.longest(&view.ids, p, |k| view.joined(k)),
                    Some((end, Qualifier::Honorific)) if end == i
                )
            })
        };
        let mut next = 0;
        for &i in in_capitals {
            // A word already taken into the name before it.
            if i < next
                || !(lexicon.surnames.contains(&self.ids[i])
                    && syllable_in_capitals(self, i)
                    && after_honorific(self, i))
            {
                continue;
            }
            let mut end = i + 1;
            while end < self.len()
                && end < i + 4
                && self.joined(end)
                && syllable_in_capitals(self, end)
            {
                end += 1;
            }
            if end - i >= 2 {
                for shape in &mut self.shapes[i..end] {
                    *shape = CAPITAL;
                }
            }
            next = end;
        }
    }

    pub fn len(&self) -> usize {
        self.segmented.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.segmented.tokens.is_empty()
    }

    pub fn tokens(&self) -> &'a [Token] {
        &self.segmented.tokens
    }

    pub fn sentences(&self) -> &'a [Sentence] {
        &self.segmented.sentences
    }

    pub fn segmented(&self) -> &'a Segmented {
        self.segmented
    }

    /// The normalized text the tokens' `norm` ranges point into.
    pub fn normalized(&self) -> &'a str {
        self.normalized
    }

    /// The original bytes a range of tokens spans (see [`Segmented::bytes_of`]).
    pub fn bytes_of(&self, tokens: Range<usize>) -> Range<usize> {
        self.segmented.bytes_of(tokens)
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.segmented.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i` as normalized, in its case.
    pub fn text(&self, i: usize) -> &'a str {
        self.segmented
            .tokens
            .get(i)
            .map_or("", |t| t.norm_text(self.normalized))
    }

    /// The original text, which the byte ranges of mentions point into.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Token `i` as written in the original text (before normalization); "" past the end.
    pub fn original_text(&self, i: usize) -> &'a str {
        self.segmented
            .tokens
            .get(i)
            .and_then(|t| self.original.get(t.bytes.clone()))
            .unwrap_or("")
    }

    /// Token `i` with every letter in lower case; "" past the end.
    pub fn word(&self, i: usize) -> &str {
        self.segmented
            .tokens
            .get(i)
            .map_or("", |t| t.norm_text(&self.lower))
    }

    /// Token `i` lower-cased ([`Self::word`]) and packed; 0 (no word's key) when it is
    /// longer than eight bytes or there is no token `i`.
    #[inline(always)]
    pub fn key(&self, i: usize) -> u64 {
        self.keys.get(i).copied().unwrap_or(0)
    }

    /// Token `i`'s id in the officials lexicon's vocabulary.
    pub(crate) fn lexicon_id(&self, i: usize) -> Option<u32> {
        self.ids.get(i).copied()
    }

    /// The lexicon ids of all tokens, for phrase lookups.
    pub(crate) fn lexicon_ids(&self) -> &[u32] {
        &self.ids
    }

    /// Token `i` as the number reader has always read it: lowered when it has an ASCII
    /// capital or starts with a capital ("USD", "100USD", "Tỷ"), else as written. A digit
    /// glued to another capital ("3Đồng") stays as written. Kept for the number reader's
    /// exact behaviour; [`Self::word`] lowers every letter.
    pub fn lower(&self, i: usize) -> Cow<'a, str> {
        let Some(token) = self.segmented.tokens.get(i) else {
            return Cow::Borrowed("");
        };
        let text = token.norm_text(self.normalized);
        // ASCII capitals anywhere ("100USD"), found eight bytes at once in a short token.
        let ascii_capital = match packed_at(self.normalized.as_bytes(), token.norm.clone()) {
            Some(key) => ascii_capitals(key) != 0,
            None => text.bytes().any(|b| b.is_ascii_uppercase()),
        };
        if ascii_capital || starts_upper(text) {
            fold_case(text)
        } else {
            Cow::Borrowed(text)
        }
    }

    /// Whether token `i`, lower-cased, is `word` (given in lower case).
    #[inline(always)]
    pub fn is(&self, i: usize, word: &str) -> bool {
        // Compared as bytes: a word that is not empty is whole characters, so the bytes
        // equal to it are the same text, without the tests of char boundaries of a `str`
        // slice (most tokens differ from the word at once, in length).
        if word.is_empty() {
            return self.word(i).is_empty();
        }
        self.segmented
            .tokens
            .get(i)
            .and_then(|t| self.lower.as_bytes().get(t.norm.clone()))
            .is_some_and(|bytes| bytes == word.as_bytes())
    }

    /// Whether token `i`, lower-cased, is one of `words`.
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
    }

    /// Whether token `i` is one of the words of `list` (in any case).
    #[inline(always)]
    pub(crate) fn is_in(&self, i: usize, list: &impl WordList) -> bool {
        list.has(self.key(i))
    }

    /// Whether the lower-case words at `i..` are `words`, on one line.
    #[inline(always)]
    pub fn matches(&self, i: usize, words: &[&str]) -> bool {
        // Most calls end at the first word, which is tested where the call is written (a
        // word of the rule, known there); the rest in a call. Always inlined: the compiler
        // sometimes called it out of line (10 M instructions more on 6 MB of news).
        match words.split_first() {
            Some((first, rest)) => self.is(i, first) && self.matches_after(i + 1, rest),
            None => true,
        }
    }

    /// The words of [`Self::matches`] after its first, from token `i` on.
    fn matches_after(&self, i: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.is(i + k, w) && self.spaced(i + k))
    }

    /// The byte of token `i` when it is one byte long.
    pub fn single_byte(&self, i: usize) -> Option<u8> {
        let token = self.segmented.tokens.get(i)?;
        (token.norm.len() == 1)
            .then(|| self.normalized.as_bytes().get(token.norm.start).copied())
            .flatten()
    }

    /// Whether tokens `i - 1` and `i` touch (no space between them).
    pub fn touching(&self, i: usize) -> bool {
        let tokens = &self.segmented.tokens;
        i > 0 && i < tokens.len() && tokens[i - 1].norm.end == tokens[i].norm.start
    }

    /// Whether only spaces (no line break) separate tokens `i - 1` and `i`.
    pub fn spaced(&self, i: usize) -> bool {
        let tokens = &self.segmented.tokens;
        i > 0
            && i < tokens.len()
            && self
                .normalized
                .as_bytes()
                .get(tokens[i - 1].norm.end..tokens[i].norm.start)
                .is_some_and(|gap| !gap.contains(&b'\n'))
    }

    /// Whether only spaces (at least one) separate tokens `i - 1` and `i`: the two can be
    /// words of one phrase.
    pub fn joined(&self, i: usize) -> bool {
        self.segmented.joined(self.normalized, i)
    }

    /// A word that starts with a capital.
    pub fn capital(&self, i: usize) -> bool {
        self.shapes.get(i).is_some_and(|s| s & CAPITAL != 0)
    }

    /// A word written all in capitals or with a digit: an acronym or a code ("FPT", "HĐND").
    pub fn acronym(&self, i: usize) -> bool {
        self.shapes.get(i).is_some_and(|s| s & ACRONYM != 0)
    }

    /// A capitalized word that can be a syllable of a name: not an acronym, nor a word
    /// that only starts a sentence ("Theo").
    pub fn name_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
            && self
                .shapes
                .get(i)
                .is_some_and(|s| s & (CAPITAL | ACRONYM | NOT_NAME) == CAPITAL)
    }

    /// The end of the run of name words from `i`, over the stops of initials ("Anders K.
    /// Lund").
    pub fn name_run_end(&self, i: usize) -> usize {
        let mut end = i;
        loop {
            if end < self.len() && self.name_word(end) && (end == i || self.joined(end)) {
                end += 1;
            } else if end > i && self.initial_stop(end) {
                end += 2;
            } else if end > i && self.regnal_numeral(end) {
                return end + 1;
            } else {
                return end;
            }
        }
    }

    /// Whether token `i` is a Roman numeral that ends a name, written after it on the same
    /// line: "Elizabeth II", "Felipe VI", "Carlos Dominguez III" ("I", "V" and "X" are
    /// capitalized words already).
    pub fn regnal_numeral(&self, i: usize) -> bool {
        const NUMERALS: &[&str] = &[
            "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
            "XVII", "XVIII",
        ];
        self.joined(i) && NUMERALS.contains(&self.text(i))
    }

    /// Whether token `i` is the "." of an initial inside a foreign name: written against
    /// one capital letter, and followed by a capitalized word that cannot be a Vietnamese
    /// syllable ("K." in "Anders K. Lund"; not "H." in "Trần Văn H. Hôm qua"). The sentence
    /// splitter does not end a sentence there either.
    pub fn initial_stop(&self, i: usize) -> bool {
        self.text(i) == "."
            && self.touching(i)
            && self.joined(i + 1)
            && self.name_word(i + 1)
            && crate::segment::initial_before_foreign(self.text(i - 1), self.text(i + 1))
    }
}

/// The [`CAPITAL`] and [`ACRONYM`] bits of a token.
fn shape(token: &Token, normalized: &str) -> u8 {
    // Most tokens are words starting with an ASCII small letter: no bit, nothing to decode.
    if token.kind == TokenKind::Word
        && normalized
            .as_bytes()
            .get(token.norm.start)
            .is_some_and(u8::is_ascii_lowercase)
    {
        return 0;
    }
    let text = token.norm_text(normalized);
    let upper_first = starts_upper(text);
    match token.kind {
        TokenKind::Abbrev => (CAPITAL * u8::from(upper_first)) | ACRONYM,
        TokenKind::Code => ACRONYM,
        TokenKind::Word if upper_first => {
            let mut letters = 0;
            let all_upper = text.chars().all(|c| {
                let letter = is_letter(c);
                letters += usize::from(letter);
                !letter || is_upper(c)
            });
            CAPITAL | (ACRONYM * u8::from(all_upper && letters >= 2))
        }
        _ => 0,
    }
}

/// `normalized` in lower case wherever a token is, as [`fold_case_text`] gives it, knowing
/// the tokens that hold a capital that is not ASCII (`wide`, in order): the rest is lowered
/// as ASCII, many bytes at a time, instead of looking at every character.
fn fold_case_tokens(normalized: &str, tokens: &[Token], wide: &[usize]) -> String {
    let mut lower = String::with_capacity(normalized.len());
    let mut copied = 0;
    for token in wide.iter().filter_map(|&i| tokens.get(i)) {
        let (start, end) = (token.norm.start, token.norm.end);
        if start < copied {
            continue;
        }
        let (Some(before), Some(word)) =
            (normalized.get(copied..start), normalized.get(start..end))
        else {
            continue;
        };
        lower.push_str(before);
        push_folded_wide(&mut lower, word);
        copied = end;
    }
    lower.push_str(normalized.get(copied..).unwrap_or(""));
    lower.make_ascii_lowercase();
    lower
}

/// Whether `text` is `word` (given in lower case), in any case, without allocating.
#[inline(always)]
pub(crate) fn eq_lower(text: &str, word: &str) -> bool {
    // A token that differs only in case starts with a capital ("Tỷ", "USD"); lower-casing
    // Vietnamese letters keeps their length.
    let (t, w) = (text.as_bytes(), word.as_bytes());
    if t.len() != w.len() {
        return false;
    }
    // Most words that share a length differ in their first letter, usually ASCII.
    if let (Some(a), Some(b)) = (t.first(), w.first())
        && a.is_ascii()
        && a.to_ascii_lowercase() != *b
    {
        return false;
    }
    t == w || (starts_upper(text) && text.chars().map(to_lower_same_len).eq(word.chars()))
}

/// Whether `text` starts with a capital; decodes only a non-ASCII first character.
/// Asked of every token that is not a word in small ASCII letters: always inlined.
#[inline(always)]
pub(crate) fn starts_upper(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => text.chars().next().is_some_and(is_upper),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::Segmenter;

    #[test]
    fn tokens_fold_as_the_whole_text_does() {
        // Every character between letters, capitals and marks, in each kind of token: the
        // tokens the segmenter marks are all that need a character-by-character fold.
        let mut texts: Vec<String> = (0u32..0x2400)
            .chain(0x1E00..0x1F00)
            .chain(0x2460..0x2500)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_control())
            .map(|c| format!("x{c}Y Ạ{c} {c}ư 1{c}2 {c}{c} ĐÀ{c}\u{301} http://a{c}.vn"))
            .collect();
        texts.push("Phó Chủ tịch HĐND TP.HCM Ǆ ß İ Σ ΣΑ Ωμέγα Москва ⅫⓐⒶ".to_string());
        for text in &texts {
            let normalized = normalize(text);
            let segmented = Segmenter::new().segment(&normalized);
            let wide = segmented.needs_fold().expect("the segmenter tells");
            let by_tokens = fold_case_tokens(normalized.text(), &segmented.tokens, wide);
            let whole = fold_case_text(normalized.text());
            for token in &segmented.tokens {
                assert_eq!(
                    by_tokens.get(token.norm.clone()),
                    whole.get(token.norm.clone()),
                    "{text:?} {token:?}"
                );
            }
        }
    }

    #[test]
    fn shapes_of_small_capital_and_all_capital_words() {
        let text = "chủ tịch UBND Hà Nội, ông Đào ĐỨC và 15,9% ở TP.HCM; đà";
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let lexicon = OfficialLexicon::builtin();
        let view = TokenView::new(&normalized, &segmented, &lexicon);
        let shapes: Vec<(&str, bool, bool)> = (0..view.len())
            .map(|i| (view.text(i), view.capital(i), view.acronym(i)))
            .collect();
        assert_eq!(
            shapes,
            [
                ("chủ", false, false),
                ("tịch", false, false),
                ("UBND", true, true),
                ("Hà", true, false),
                ("Nội", true, false),
                (",", false, false),
                ("ông", false, false),
                ("Đào", true, false),
                ("ĐỨC", true, true),
                ("và", false, false),
                ("15,9%", false, false),
                ("ở", false, false),
                ("TP.HCM", true, true),
                (";", false, false),
                ("đà", false, false),
            ]
        );
    }
}
