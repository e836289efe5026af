//! Word segmentation: which syllables make one word ("cán bộ", "Phạm Quí Tiên").
//!
//! Vietnamese writes syllables; a word is one or more of them. The segmenter decides, left
//! to right, whether each boundary between two syllable tokens joins them, with an averaged
//! perceptron over hashed features (`features.rs`): the syllables around the boundary (one,
//! two and three at a time), their shapes (capitalization, token kind), the words of a
//! dictionary that cross the boundary, and the length of the word so far. Some boundaries
//! are decided before the model looks: punctuation is never inside a word; numbers,
//! percentages, dates, codes, URLs, e-mail addresses, abbreviations and symbols stay words
//! of their own; a currency "đồng" after a scale word ("14.732 tỷ đồng bằng 131%") joins
//! neither side; a [`UserDict`] forces words and splits.

pub(crate) mod atom;
pub(crate) mod features;
pub mod gold;
pub mod model;
pub mod train;
pub mod user_dict;
pub(crate) mod weights;

use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

use features::{Fixed, SEQUENCE_START, UnitInfo, Units, atom_hash, sequence_end, sequence_next};
pub use model::{WORDS_FORMAT, WordModel};
pub use user_dict::UserDict;

use super::{Segmented, Segmenter, TokenKind};
use crate::normalize::{Normalized, normalize};

/// A word: a run of syllable tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Indices into [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// Bytes of the original text, from the first token's start to the last token's end.
    pub bytes: Range<usize>,
}

/// A unit handed to the decoder: a syllable token or a chunk of a line.
#[derive(Debug, Clone, Copy)]
pub(crate) struct UnitIn<'a> {
    pub kind: TokenKind,
    /// The normalized text.
    pub norm: &'a str,
    /// Whether what separates it from the unit before may be inside a word.
    pub glue: bool,
}

/// Buffers for one thread: reuse one across texts to decode without allocating.
#[derive(Debug, Clone, Default)]
pub struct WordScratch {
    units: Units,
    raw: Vec<u64>,
    lookups: features::Lookups,
    joins: Vec<bool>,
}

#[derive(Debug, Clone)]
enum ModelRef {
    Builtin(&'static WordModel),
    Owned(Arc<WordModel>),
}

impl std::ops::Deref for ModelRef {
    type Target = WordModel;
    fn deref(&self) -> &WordModel {
        match self {
            ModelRef::Builtin(m) => m,
            ModelRef::Owned(m) => m,
        }
    }
}

/// Splits syllable tokens into words. Built once, shared by threads.
///
/// ```
/// use vnextract::normalize::normalize;
/// use vnextract::segment::Segmenter;
/// use vnextract::segment::word::WordSegmenter;
///
/// let words = WordSegmenter::new();
/// assert_eq!(
///     words.underscore_line("Phó Chủ tịch HĐND thành phố"),
///     "Phó Chủ_tịch HĐND thành_phố"
/// );
/// let text = "Tổng thu đạt 14.732 tỷ đồng bằng 131% dự toán.";
/// let normalized = normalize(text);
/// let segmented = Segmenter::new().segment(&normalized);
/// let found: Vec<&str> = words
///     .words(&normalized, &segmented)
///     .iter()
///     .map(|w| &text[w.bytes.clone()])
///     .collect();
/// assert!(found.contains(&"đồng") && found.contains(&"bằng"));
/// ```
#[derive(Debug, Clone)]
pub struct WordSegmenter {
    model: ModelRef,
    user: Arc<UserDict>,
    syllables: Segmenter,
}

impl Default for WordSegmenter {
    fn default() -> Self {
        WordSegmenter::new()
    }
}

/// The scale words a currency "đồng" follows ("tỷ đồng").
const SCALES: &[&str] = &["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "trăm", "vạn"];

thread_local! {
    static SCRATCH: RefCell<WordScratch> = RefCell::new(WordScratch::default());
}

impl WordSegmenter {
    /// A segmenter with the shipped model and no user dictionary.
    pub fn new() -> Self {
        WordSegmenter {
            model: ModelRef::Builtin(WordModel::builtin()),
            user: Arc::new(UserDict::default()),
            syllables: Segmenter::new(),
        }
    }

    /// A segmenter with another model.
    pub fn with_model(model: WordModel) -> Self {
        WordSegmenter {
            model: ModelRef::Owned(Arc::new(model)),
            ..WordSegmenter::new()
        }
    }

    /// Adds a user dictionary.
    pub fn user_dict(mut self, user: UserDict) -> Self {
        self.user = Arc::new(user);
        self
    }

    pub fn model(&self) -> &WordModel {
        &self.model
    }

    /// Tells apart segmenters that may split a text differently: the model's fingerprint,
    /// and the user dictionary's when there is one ("words:3f2a…+user:9c1d…").
    pub fn fingerprint(&self) -> String {
        let model = format!("words:{}", self.model.fingerprint());
        if self.user.is_empty() {
            model
        } else {
            format!("{model}+user:{}", self.user.fingerprint())
        }
    }

    /// The words of every sentence of `segmented`, the segmentation of `normalized`.
    pub fn words(&self, normalized: &Normalized<'_>, segmented: &Segmented) -> Vec<Word> {
        let mut out = Vec::with_capacity(segmented.tokens.len());
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => self.words_into(normalized, segmented, &mut scratch, &mut out),
            Err(_) => self.words_into(normalized, segmented, &mut WordScratch::default(), &mut out),
        });
        out
    }

    /// Appends the words of `segmented` to `out`, with `scratch` for buffers.
    pub fn words_into(
        &self,
        normalized: &Normalized<'_>,
        segmented: &Segmented,
        scratch: &mut WordScratch,
        out: &mut Vec<Word>,
    ) {
        let original = normalized.original();
        let norm = normalized.text();
        for sentence in &segmented.sentences {
            let Some(tokens) = segmented.tokens.get(sentence.tokens.clone()) else {
                continue;
            };
            // The units are read straight from the tokens, each with whether a word may
            // run over the gap before it: over spaces, not over a line break.
            let mut previous_end = None;
            let units = tokens.iter().map(|t| {
                // Gaps are short (mostly one space): a byte loop, not a search.
                let glue = previous_end.is_some_and(|end: usize| {
                    original
                        .get(end..t.bytes.start)
                        .is_some_and(|gap| gap.bytes().all(|b| b != b'\n'))
                });
                previous_end = Some(t.bytes.end);
                UnitIn {
                    kind: t.kind,
                    norm: norm.get(t.norm.clone()).unwrap_or(""),
                    glue,
                }
            });
            self.decode(units, scratch);
            let first = sentence.tokens.start;
            push_words(&scratch.joins, |k| {
                let a = first + k.start;
                let b = first + k.end;
                let bytes = segmented.tokens[a].bytes.start..segmented.tokens[b - 1].bytes.end;
                out.push(Word {
                    tokens: a..b,
                    bytes,
                });
            });
        }
    }

    /// Decides the boundaries of one sentence's units into `scratch.joins`.
    pub(crate) fn decode<'a>(
        &self,
        inputs: impl Iterator<Item = UnitIn<'a>>,
        scratch: &mut WordScratch,
    ) {
        build_units(
            &self.model.lexicon,
            &self.user,
            inputs,
            &mut scratch.units,
            &mut scratch.raw,
        );
        decode_units(
            &self.model.weights,
            &scratch.units,
            &mut scratch.lookups,
            &mut scratch.joins,
        );
    }

    /// The words of a line of syllables, as byte ranges of the line. Units are the runs
    /// of non-whitespace characters; only units separated by exactly one space (U+0020) may
    /// be joined.
    pub fn line_words(&self, line: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => self.line_words_into(line, &mut scratch, &mut out),
            Err(_) => self.line_words_into(line, &mut WordScratch::default(), &mut out),
        });
        out
    }

    /// Appends the words of `line` to `out` (see [`WordSegmenter::line_words`]).
    pub fn line_words_into(
        &self,
        line: &str,
        scratch: &mut WordScratch,
        out: &mut Vec<Range<usize>>,
    ) {
        let chunks = line_chunks(line);
        if chunks.is_empty() {
            return;
        }
        let normalized = normalize(line);
        let units = self.line_units(line, &normalized, &chunks);
        self.decode(units.iter().copied(), scratch);
        push_words(&scratch.joins, |k| {
            out.push(chunks[k.start].0.start..chunks[k.end - 1].0.end);
        });
    }

    /// The units of the chunks of a line: kind and normalized text of each.
    pub(crate) fn line_units<'n>(
        &self,
        line: &str,
        normalized: &'n Normalized<'_>,
        chunks: &[(Range<usize>, bool)],
    ) -> Vec<UnitIn<'n>> {
        let segmented = self.syllables.segment(normalized);
        let norm = normalized.text();
        let tokens = &segmented.tokens;
        let mut t: usize = 0;
        let mut units = Vec::with_capacity(chunks.len());
        let _ = line;
        for (range, glue) in chunks {
            // A token reaching into this chunk from before (a number across a space).
            let spanning = t
                .checked_sub(1)
                .and_then(|p| tokens.get(p))
                .filter(|p| p.bytes.end > range.start);
            let first = t;
            while tokens.get(t).is_some_and(|tok| tok.bytes.start < range.end) {
                t += 1;
            }
            let inside = &tokens[first..t];
            let (kind, norm_range) = match (inside, spanning) {
                ([one], None) => (one.kind, one.norm.clone()),
                ([], Some(p)) => (p.kind, 0..0),
                ([], None) => (TokenKind::Punct, 0..0),
                (many, _) => {
                    let kind = if many.iter().all(|k| k.kind == TokenKind::Punct) {
                        TokenKind::Punct
                    } else if spanning.is_some() || many.len() > 1 {
                        TokenKind::Code
                    } else {
                        many[0].kind
                    };
                    let start = many.first().map_or(0, |k| k.norm.start);
                    let end = many.last().map_or(0, |k| k.norm.end);
                    (kind, start..end)
                }
            };
            units.push(UnitIn {
                kind,
                norm: norm.get(norm_range).unwrap_or(""),
                glue: *glue,
            });
        }
        units
    }

    /// `line` with the spaces inside its words replaced by "_"; nothing else changes.
    pub fn underscore_line(&self, line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        self.underscore_line_into(line, &mut out);
        out
    }

    /// Appends `line` with the spaces inside its words replaced by "_" to `out`.
    pub fn underscore_line_into(&self, line: &str, out: &mut String) {
        let words = self.line_words(line);
        let mut at = 0;
        for w in words {
            out.push_str(&line[at..w.start]);
            for c in line[w.clone()].chars() {
                out.push(if c == ' ' { '_' } else { c });
            }
            at = w.end;
        }
        out.push_str(&line[at..]);
    }
}

/// The chunks of a line (runs of non-whitespace), each with whether exactly one space
/// separates it from the chunk before.
pub(crate) fn line_chunks(line: &str) -> Vec<(Range<usize>, bool)> {
    let mut chunks = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunks.push((s..i, false));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        chunks.push((s..line.len(), false));
    }
    let mut previous_end = None;
    for (range, glue) in &mut chunks {
        *glue = previous_end.is_some_and(|end: usize| &line[end..range.start] == " ");
        previous_end = Some(range.end);
    }
    chunks
}

/// Calls `f` with the unit range of every word, given the join decisions.
fn push_words(joins: &[bool], mut f: impl FnMut(Range<usize>)) {
    let mut start = 0;
    for (i, &join) in joins.iter().enumerate().skip(1) {
        if !join {
            f(start..i);
            start = i;
        }
    }
    if !joins.is_empty() {
        f(start..joins.len());
    }
}

/// Fills `units` for a sentence: atoms, shapes, fixed boundaries, dictionary matches.
pub(crate) fn build_units<'a>(
    lexicon: &model::Lexicon,
    user: &UserDict,
    inputs: impl Iterator<Item = UnitIn<'a>>,
    units: &mut Units,
    raw: &mut Vec<u64>,
) {
    units.clear();
    raw.clear();
    let (dong, scales) = money_atoms();
    let mut previous_kind = TokenKind::Punct;
    // The two units before, for numbers split around their thousands separator.
    let mut before: [Option<UnitIn<'a>>; 2] = [None, None];
    for (i, unit) in inputs.enumerate() {
        let (info, [freq, cont, attach]) = if unit.kind == TokenKind::Word {
            units.syllable_info(unit.norm, &lexicon.id, |atom| {
                let (freq, cont, attach) = lexicon.syllable(atom);
                [freq, cont, attach]
            })
        } else {
            (UnitInfo::of(unit.kind, unit.norm), [0; 3])
        };
        let atom = info.atom;
        let never = i == 0
            || !unit.glue
            || unit.kind == TokenKind::Punct
            || previous_kind == TokenKind::Punct;
        let fixed = if never {
            Fixed::Never
        } else if unit.kind != TokenKind::Word || previous_kind != TokenKind::Word {
            Fixed::Split
        } else {
            Fixed::Free
        };
        let n = units.atoms.len();
        let fixed =
            if fixed == Fixed::Free && is_money_boundary(&units.atoms, n, atom, dong, scales) {
                Fixed::Split
            } else {
                fixed
            };
        units.push_info(info);
        units.fixed.push(fixed);
        units.freq.push(freq);
        units.cont.push(cont);
        units.attach.push(attach);
        if !user.is_empty() {
            raw.push(atom_hash(unit.norm));
        }
        if let [Some(a), Some(dot)] = before {
            if is_split_number(a, dot, unit) {
                units.fixed[i - 1] = Fixed::Join;
                units.fixed[i] = Fixed::Join;
            }
        }
        before = [before[1], Some(unit)];
        previous_kind = unit.kind;
    }
    fill_dict(units, &lexicon.dict, lexicon.max_dict);
    user.apply(raw, &mut units.fixed);
}

/// Whether three units are a number that a tokenizer split around its thousands separator:
/// "596 . 094" in a line of syllables (a whole token, "596.094", in running text).
fn is_split_number(a: UnitIn<'_>, dot: UnitIn<'_>, b: UnitIn<'_>) -> bool {
    let digits = |u: UnitIn<'_>| !u.norm.is_empty() && u.norm.bytes().all(|c| c.is_ascii_digit());
    dot.glue && b.glue && dot.norm == "." && digits(a) && digits(b) && b.norm.len() == 3
}

/// Sets the position classes of `units` from `stats`.
pub(crate) fn fill_stats(units: &mut Units, stats: &model::Table) {
    units.cont.clear();
    units.attach.clear();
    for i in 0..units.atoms.len() {
        let packed = if units.is_syllable(i) {
            stats.get(units.atoms[i]) as u8
        } else {
            0
        };
        units.cont.push(packed / 8);
        units.attach.push(packed % 8);
    }
}

/// Whether the syllables, two or more, are one word of the shipped model's dictionary
/// (matched as the decoder matches them: ignoring case and the i/y spelling), read without
/// the model's weights.
pub fn in_dictionary<'s>(syllables: impl IntoIterator<Item = &'s str>) -> bool {
    dictionary_has(WordModel::builtin_dictionary(), syllables)
}

fn dictionary_has<'s>(dict: &model::Table, syllables: impl IntoIterator<Item = &'s str>) -> bool {
    let mut h = SEQUENCE_START;
    let mut count = 0;
    for syllable in syllables {
        h = sequence_next(h, atom_hash(syllable));
        count += 1;
    }
    count >= 2 && dict.get(sequence_end(h)) as u32 & model::WORD != 0
}

/// Sets the dictionary matches of `units`.
pub(crate) fn fill_dict(units: &mut Units, dict: &model::Table, max_dict: usize) {
    let n = units.atoms.len();
    units.dict.clear();
    units.dict.resize(n, 0);
    // Without words of two syllables or more (`max_dict < 2`) no mask gets a bit.
    for j in 0..n {
        let mut h = sequence_next(SEQUENCE_START, units.atoms[j]);
        let mut mask = 0u8;
        for len in 2..=max_dict.min(n - j) {
            let k = j + len - 1;
            // Only runs of words with free boundaries can be dictionary words.
            if units.fixed[k] != Fixed::Free {
                break;
            }
            h = sequence_next(h, units.atoms[k]);
            let found = dict.get(sequence_end(h)) as u32;
            if found & model::WORD != 0 {
                mask |= 1 << len;
            }
            if found & model::GOES_ON == 0 {
                break;
            }
        }
        units.dict[j] = mask;
    }
    units.fill_dict_codes();
}

/// The decision fixed before the model for the boundary before unit `i`, if any.
#[inline]
pub(crate) fn fixed_decision(units: &Units, i: usize) -> Option<bool> {
    match units.fixed[i] {
        Fixed::Free => None,
        Fixed::Join => Some(true),
        Fixed::Split | Fixed::Never => Some(false),
    }
}

/// Whether the boundary before a unit with `atom`, at index `n`, is around a currency
/// "đồng" after a scale word: "tỷ đồng" and "đồng bằng" in "14.732 tỷ đồng bằng 131%".
#[inline]
fn is_money_boundary(atoms: &[u64], n: usize, atom: u64, dong: u64, scales: &[u64]) -> bool {
    let is_scale = |a: u64| scales.contains(&a);
    let before = n.checked_sub(1).and_then(|p| atoms.get(p)).copied();
    // Almost no unit is "đồng" or follows it: the scales are not searched for those.
    if atom != dong && before != Some(dong) {
        return false;
    }
    let before2 = n.checked_sub(2).and_then(|p| atoms.get(p)).copied();
    (atom == dong && before.is_some_and(is_scale))
        || (before == Some(dong) && before2.is_some_and(is_scale))
}

/// The atoms of "đồng" and of the scale words.
fn money_atoms() -> (u64, &'static [u64]) {
    static ATOMS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let scales = ATOMS.get_or_init(|| SCALES.iter().map(|s| atom_hash(s)).collect());
    (atom_hash("đồng"), scales)
}

/// Greedy left-to-right decisions: `joins[i]` when unit `i` joins unit `i - 1`.
#[inline]
pub(crate) fn decode_units(
    weights: &weights::WeightTable,
    units: &Units,
    lookups: &mut features::Lookups,
    joins: &mut Vec<bool>,
) {
    joins.clear();
    let n = units.len();
    if n == 0 {
        return;
    }
    units.lookups(weights, lookups);
    joins.push(false);
    let mut len = 1u8;
    for i in 1..n {
        let join =
            fixed_decision(units, i).unwrap_or_else(|| units.score(i, len, lookups, weights) > 0);
        joins.push(join);
        len = if join { (len + 1).min(4) } else { 1 };
    }
}

/// A word's surface with "_" for the whitespace between its syllables.
pub fn underscored(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_underscored(&mut out, word);
    out
}

/// The words, each [`underscored`], separated by single spaces: the text of a word field.
pub fn join_underscored<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (k, word) in words.into_iter().enumerate() {
        if k > 0 {
            out.push(' ');
        }
        push_underscored(&mut out, word);
    }
    out
}

/// Appends [`underscored`] of `word` to `out`: each run of whitespace becomes one "_".
pub fn push_underscored(out: &mut String, word: &str) {
    let mut rest = word;
    while let Some(space) = rest.find(char::is_whitespace) {
        out.push_str(&rest[..space]);
        out.push('_');
        let after = rest[space..].trim_start_matches(char::is_whitespace);
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_of(text: &str, segmenter: &WordSegmenter) -> Vec<String> {
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        segmenter
            .words(&normalized, &segmented)
            .iter()
            .map(|w| text[w.bytes.clone()].to_string())
            .collect()
    }

    #[test]
    fn reordered_combining_marks_make_no_empty_word() {
        let segmenter = WordSegmenter::new();
        for text in ["\u{1aec}\u{1aee}", "Hà \u{1aec}\u{1aee} Nội"] {
            let normalized = normalize(text);
            let segmented = Segmenter::new().segment(&normalized);
            for word in segmenter.words(&normalized, &segmented) {
                assert!(!word.bytes.is_empty(), "{text:?}: {word:?}");
            }
        }
    }

    #[test]
    fn words_do_not_depend_on_the_texts_before() {
        // Regression: the sound of a syllable was cached by its atom, which spells "kỳ" and
        // "kì" alike, so "kì" read the rhyme of a "kỳ" met earlier on the same thread.
        let segmenter = WordSegmenter::new();
        let words_with = |scratch: &mut WordScratch, text: &str| {
            let normalized = normalize(text);
            let segmented = Segmenter::new().segment(&normalized);
            let mut out = Vec::new();
            segmenter.words_into(&normalized, &segmented, scratch, &mut out);
            out
        };
        let text = "Họ chờ sau kì nghỉ Lễ.";
        let fresh = words_with(&mut WordScratch::default(), text);
        let mut primed = WordScratch::default();
        words_with(&mut primed, "Học sinh nghỉ kỳ thi.");
        assert_eq!(words_with(&mut primed, text), fresh);
    }

    #[test]
    fn dictionary_words_are_found_whatever_their_case() {
        assert!(in_dictionary(["chất", "lượng"]));
        assert!(in_dictionary(["Quản", "lý"]));
        assert!(!in_dictionary(["lượng", "chất", "tế"]));
        assert!(!in_dictionary(["chất"]));
        // The dictionary read alone is the model's.
        let segmenter = WordSegmenter::new();
        for word in [
            &["chất", "lượng"][..],
            &["xuất", "nhập", "cảnh"],
            &["lượng", "chất"],
        ] {
            assert_eq!(
                in_dictionary(word.iter().copied()),
                dictionary_has(&segmenter.model.lexicon.dict, word.iter().copied())
            );
        }
    }

    #[test]
    fn syllable_classes_are_those_of_the_lexicon_asked() {
        // The syllable cache keeps one lexicon's classes beside each syllable: a unit built
        // with another lexicon gets that one's, and back.
        let shipped = &WordSegmenter::new().model.lexicon;
        let empty = model::Lexicon::default();
        let text = ["Chủ", "tịch", "nước", "thăm", "Hà", "Nội"];
        let inputs = || {
            text.iter().map(|norm| UnitIn {
                kind: TokenKind::Word,
                norm,
                glue: true,
            })
        };
        let mut units = Units::default();
        let mut raw = Vec::new();
        let user = UserDict::default();
        for lexicon in [shipped, &empty, shipped, &empty] {
            build_units(lexicon, &user, inputs(), &mut units, &mut raw);
            for (k, norm) in text.iter().enumerate() {
                let (freq, cont, attach) = lexicon.syllable(atom_hash(norm));
                assert_eq!(
                    (units.freq[k], units.cont[k], units.attach[k]),
                    (freq, cont, attach),
                    "{norm}"
                );
            }
        }
        assert!(units.freq.iter().all(|&f| f == 0));
        build_units(shipped, &user, inputs(), &mut units, &mut raw);
        assert!(units.freq.iter().any(|&f| f != 0));
        // A lexicon made after the one the cache last asked is dropped is not taken for it,
        // even where the allocator would give the new one the same place.
        let own = model::Lexicon::new(&[], &[(atom_hash("tịch"), 9)], &[]);
        build_units(&own, &user, inputs(), &mut units, &mut raw);
        assert_eq!(units.freq, [0, 9, 0, 0, 0, 0]);
        drop(own);
        let fresh = model::Lexicon::new(&[], &[], &[]);
        build_units(&fresh, &user, inputs(), &mut units, &mut raw);
        assert!(units.freq.iter().all(|&f| f == 0));
    }

    #[test]
    fn dong_bang_after_money_is_two_words() {
        let words = words_of(
            "Tổng thu ngân sách đạt 14.732 tỷ đồng bằng 131% dự toán.",
            &WordSegmenter::new(),
        );
        for w in ["14.732", "tỷ", "đồng", "bằng", "131%"] {
            assert!(words.iter().any(|x| x == w), "{w} in {words:?}");
        }
        assert!(!words.iter().any(|x| x.contains("đồng bằng")), "{words:?}");
        // The plain word still joins.
        let words = words_of("Nông dân ở đồng bằng.", &WordSegmenter::new());
        assert!(words.iter().any(|x| x == "đồng bằng"), "{words:?}");
    }

    #[test]
    fn kinds_stay_whole_and_punctuation_outside() {
        let words = words_of(
            "Ngày 4.1.2017, TP.HCM tăng 15,9% (Covid-19).",
            &WordSegmenter::new(),
        );
        for w in [
            "4.1.2017", ",", "TP.HCM", "15,9%", "(", "Covid-19", ")", ".",
        ] {
            assert!(words.iter().any(|x| x == w), "{w} in {words:?}");
        }
    }

    #[test]
    fn user_dict_forces_words_and_splits() {
        let user = UserDict::parse("FIS BANK\n-cán bộ\n", "u").expect("parses");
        let segmenter = WordSegmenter::new().user_dict(user);
        let line = "cán bộ FIS BANK làm việc";
        assert_eq!(segmenter.underscore_line(line), "cán bộ FIS_BANK làm_việc");
        assert_eq!(
            WordSegmenter::new().underscore_line("cán bộ làm việc"),
            "cán_bộ làm_việc"
        );
    }

    #[test]
    fn lines_change_only_spaces_inside_words() {
        let segmenter = WordSegmenter::new();
        for line in [
            "",
            "   ",
            "cán bộ  công chức",
            "cán bộ\tcông chức ",
            " Phó Chủ tịch HĐND thành phố Phạm Quí Tiên .",
            "tăng 15,9 % so với năm 2021",
        ] {
            let out = segmenter.underscore_line(line);
            assert_eq!(out.replace('_', " "), line);
        }
        assert_eq!(
            segmenter.underscore_line("cán bộ  công chức"),
            "cán_bộ  công_chức"
        );
        assert_eq!(
            segmenter.underscore_line("cán\u{a0}bộ"),
            "cán\u{a0}bộ",
            "only a plain space joins"
        );
    }

    #[test]
    fn underscores_replace_runs_of_whitespace() {
        for (word, expected) in [
            ("cán bộ", "cán_bộ"),
            ("Phạm  Quí\u{a0}Tiên", "Phạm_Quí_Tiên"),
            ("a \n\t b", "a_b"),
            (" x ", "_x_"),
            ("", ""),
            ("HĐND", "HĐND"),
        ] {
            assert_eq!(underscored(word), expected, "{word:?}");
        }
    }

    #[test]
    fn chunks_know_their_separators() {
        let chunks = line_chunks(" a b  c\td ");
        let glue: Vec<bool> = chunks.iter().map(|c| c.1).collect();
        assert_eq!(glue, [false, true, false, false]);
    }
}
