//! Normalization for matching, with an alignment map back to the original text.
//!
//! Vietnamese news arrives in several encodings of the same words: composed or decomposed
//! (NFC/NFD) diacritics, two tone-mark placements ("hoà"/"hòa", "thuỷ"/"thủy"), non-breaking
//! and zero-width spaces, soft hyphens and typographic quotes. [`normalize`] folds all of that
//! into one form so that rules and lexicons match whatever the source wrote, and keeps an
//! alignment map so every offset found in the normalized text points back into the original.
//!
//! The normalized form: NFC; tone marks on the first vowel of the open rhymes "oa", "oe",
//! "uy" (the style of "hòa", "khỏe", "thủy" that dictionaries and the gold files use);
//! every Unicode space as U+0020; zero-width characters, word joiners and soft hyphens removed;
//! typographic quotes as ASCII quotes; hyphen and dash variants as "-". Case is kept.

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Text normalized for matching, with the way back to the original.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: Cow<'a, str>,
    /// Alignment layers in the order they were applied (original → … → `text`).
    layers: Vec<AlignMap>,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original text this was made from.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// True when normalization changed nothing (offsets are the same in both texts).
    pub fn is_identity(&self) -> bool {
        self.layers.is_empty()
    }

    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// Original byte offset where a span starting at normalized byte `pos` starts.
    pub fn orig_start(&self, pos: usize) -> usize {
        self.layers
            .iter()
            .rev()
            .fold(pos, |pos, layer| layer.start(pos))
    }

    /// Original byte offset where a span ending at normalized byte `pos` ends.
    pub fn orig_end(&self, pos: usize) -> usize {
        self.layers
            .iter()
            .rev()
            .fold(pos, |pos, layer| layer.end(pos))
    }

    /// The original byte range of a normalized byte range.
    pub fn orig_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.orig_start(range.start);
        let end = self.orig_end(range.end).max(start);
        start..end
    }

    /// A mapper for ranges given in increasing order (tokens left to right), which finds
    /// the edits around each range without searching from the start.
    pub fn aligner(&self) -> Aligner<'_> {
        Aligner {
            layers: self
                .layers
                .iter()
                .rev()
                .map(|map| LayerCursor::at(map, 0))
                .collect(),
        }
    }
}

/// Sequential normalized → original mapping; see [`Normalized::aligner`].
#[derive(Debug, Clone)]
pub struct Aligner<'n> {
    /// Outermost layer first.
    layers: Vec<LayerCursor<'n>>,
}

#[derive(Debug, Clone)]
struct LayerCursor<'n> {
    map: &'n AlignMap,
    /// Edits before this index end before every position still to come.
    next: usize,
    /// The positions between the edit before `next` and edit `next`, touching neither:
    /// a range within `lo..hi` shifts by `shift` (wrapping, as the offsets before the edit
    /// may be more than after it), as most tokens do.
    lo: usize,
    hi: usize,
    shift: usize,
}

impl<'n> LayerCursor<'n> {
    fn at(map: &'n AlignMap, next: usize) -> Self {
        let before = next.checked_sub(1).and_then(|k| map.edits.get(k));
        LayerCursor {
            map,
            next,
            lo: before.map_or(0, |e| e.norm_end + 1),
            hi: map.edits.get(next).map_or(usize::MAX, |e| e.norm_start),
            shift: before.map_or(0, |e| e.orig_end.wrapping_sub(e.norm_end)),
        }
    }

    /// The range `start..end` (in order) of this layer's output in its input.
    #[inline(always)]
    fn map(&mut self, start: usize, end: usize) -> (usize, usize) {
        // Both ends are tested: a range emptied by a layer before may end before it starts.
        if start >= self.lo && start.max(end) < self.hi {
            return (start.wrapping_add(self.shift), end.wrapping_add(self.shift));
        }
        self.map_near_edits(start, end)
    }

    /// [`Self::map`] for a range that touches an edit or lies past the next one.
    fn map_near_edits(&mut self, start: usize, end: usize) -> (usize, usize) {
        let edits = &self.map.edits;
        let mut next = self.next;
        if next > 0 && edits[next - 1].norm_end >= start {
            // Out of order: search this layer from its first edit again.
            next = 0;
        }
        while next < edits.len() && edits[next].norm_end < start {
            next += 1;
        }
        let mapped = if edits.get(next).is_none_or(|e| e.norm_start > end) {
            // No edit touches the range: both ends shift by the edits before it.
            let before = next.checked_sub(1).map(|k| &edits[k]);
            (
                AlignMap::linear(before, start),
                AlignMap::linear(before, end),
            )
        } else {
            (
                AlignMap::start_from(edits, next, start),
                AlignMap::end_from(edits, next, end),
            )
        };
        *self = LayerCursor::at(self.map, next);
        mapped
    }
}

impl Aligner<'_> {
    /// Same as [`Normalized::orig_range`]; fastest when ranges come in increasing order.
    /// Inlined: most ranges lie between two edits of each layer and only shift.
    #[inline]
    pub fn orig_range(&mut self, range: Range<usize>) -> Range<usize> {
        let (mut start, mut end) = (range.start, range.end.max(range.start));
        for layer in &mut self.layers {
            (start, end) = layer.map(start, end);
        }
        start..end.max(start)
    }
}

/// Normalizes `text` for matching; see the module documentation for the form.
///
/// Borrows the input when it is already normalized (the common case for NFC news text).
///
/// ```
/// let n = vnextract::normalize::normalize("Uỷ ban\u{a0}hoà giải");
/// assert_eq!(n.text(), "Ủy ban hòa giải");
/// // "giải" starts at byte 15 of the normalized text and at byte 16 of the original.
/// assert_eq!(n.orig_start(15), 16);
/// ```
pub fn normalize(text: &str) -> Normalized<'_> {
    let mut layers = Vec::new();
    let mut current = Cow::Borrowed(text);
    // Removing a zero-width character can bring a mark next to its letter ("a\u{200b}\u{300}"),
    // which needs one more round; two rounds always reach the fixed point.
    for _round in 0..2 {
        let cleaned = match clean(&current, true) {
            // Rare: decomposed or otherwise unusual text is composed first.
            Cleaned::NotNfc => {
                if let Some((composed, map)) = compose(&current) {
                    layers.push(map);
                    current = Cow::Owned(composed);
                }
                clean(&current, false)
            }
            other => other,
        };
        let Cleaned::Changed(text, map, removed) = cleaned else {
            break;
        };
        layers.push(map);
        current = Cow::Owned(text);
        if !removed {
            break;
        }
    }
    Normalized {
        original: text,
        text: current,
        layers,
    }
}

/// The normalized form of a string, without the alignment map (for lexicon keys).
pub fn normalize_str(text: &str) -> Cow<'_, str> {
    normalize(text).into_text()
}

/// Normalized and lower-cased: the key for case-insensitive matching.
pub fn fold(text: &str) -> String {
    normalize_str(text).to_lowercase()
}

/// `char::is_uppercase` without a table lookup for the letters of Vietnamese.
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        // Latin Extended Additional: capitals at even code points.
        cp @ 0x1EA0..=0x1EF9 => cp % 2 == 0,
        cp @ 0xC0..=0xDE => cp != 0xD7,
        0xDF..=0xFF => false,
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => true,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => false,
        _ => c.is_uppercase(),
    }
}

/// Whether `c` is a letter; Vietnamese letters are answered without Unicode tables.
pub(crate) fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1EA0..=0x1EF9 => true,
        _ => c.is_alphabetic(),
    }
}

/// The lower case of `c` when it is one character of the same UTF-8 length (so that byte
/// offsets hold in a lower-cased text); else `c` itself.
pub(crate) fn to_lower_same_len(c: char) -> char {
    let lower = match c as u32 {
        0..=0x7F => return c.to_ascii_lowercase(),
        cp @ 0x1EA0..=0x1EF9 if cp % 2 == 0 => cp + 1,
        0x1EA0..=0x1EF9 | 0xDF..=0xFF => return c,
        cp @ 0xC0..=0xDE if cp != 0xD7 => cp + 0x20,
        cp @ (0x102 | 0x110 | 0x128 | 0x168 | 0x1A0) => cp + 1,
        0x1AF => 0x1B0,
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => return c,
        _ => {
            let mut lower = c.to_lowercase();
            return match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
        }
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `text` in lower case, borrowed when it has no capital; every character keeps its UTF-8
/// length (see [`to_lower_same_len`]), so byte offsets hold.
pub(crate) fn fold_case(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        // Digits, signs and unaccented words: no decoding needed.
        return if text.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(text.to_ascii_lowercase())
        } else {
            Cow::Borrowed(text)
        };
    }
    if text.chars().any(is_upper) {
        Cow::Owned(text.chars().map(to_lower_same_len).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The length in bytes of the small Vietnamese letter (not ASCII) that `bytes` starts with,
/// told from its bytes without decoding it; 0 for any other character. Most letters of a
/// Vietnamese text are these, so the scans that look at every character ask this first.
///
/// The lead byte is tested with two branches, not a `match` on it: that became a jump table
/// whose target the processor mispredicted about once in four (cachegrind: 0.5 M of the
/// 1.0 M mispredicted indirect jumps on 6 MB of news).
#[inline(always)]
pub(crate) fn small_letter_len(bytes: &[u8]) -> usize {
    let (first, second) = match *bytes {
        [first, second, ..] => (first, second),
        _ => return 0,
    };
    // Two bytes, led by C3–C6: the continuation bytes of small letters, a bit each.
    let lead = first.wrapping_sub(0xC3);
    if lead < 4 {
        let row = TWO_BYTE_SMALL[usize::from(lead)];
        return 2 * usize::from((row >> (second & 0x3F)) & 1 == 1 && second >= 0x80);
    }
    // Latin Extended Additional U+1EA0–U+1EF9: the small letters at odd code points, whose
    // last byte is odd.
    match (first, second, bytes.get(2)) {
        (0xE1, 0xBA, Some(&b)) if b >= 0xA0 && b % 2 == 1 => 3,
        (0xE1, 0xBB, Some(&b)) if b <= 0xB9 && b % 2 == 1 => 3,
        _ => 0,
    }
}

/// The small letters of two bytes by their lead byte (C3, C4, C5, C6), a bit for each
/// continuation byte (its low six bits): U+00DF–U+00FF but ÷ (C3 B7); ă đ ĩ (C4 83, 91, A9);
/// ũ (C5 A9); ơ ư (C6 A1, B0).
const TWO_BYTE_SMALL: [u64; 4] = [
    (u64::MAX << 0x1F) & !(1 << 0x37),
    (1 << 0x03) | (1 << 0x11) | (1 << 0x29),
    1 << 0x29,
    (1 << 0x21) | (1 << 0x30),
];

/// A whole text in lower case as [`fold_case`] gives each word, byte for byte at the same
/// offsets: one allocation per text instead of one per capitalized word.
pub(crate) fn fold_case_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_folded_wide(&mut out, text);
    out.make_ascii_lowercase();
    out
}

/// Appends `text` to `out` with its capitals that are not ASCII lowered (the ASCII ones are
/// left to one `make_ascii_lowercase` of the whole output, many bytes at a time).
pub(crate) fn push_folded_wide(out: &mut String, text: &str) {
    let mut copied = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    // Only the characters that are neither ASCII nor small letters are decoded.
    while at < bytes.len() {
        let skip = match bytes[at] {
            b if b.is_ascii() => 1,
            _ => small_letter_len(&bytes[at..]),
        };
        if skip > 0 {
            at += skip;
            continue;
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if is_upper(c) {
            out.push_str(&text[copied..at]);
            out.push(to_lower_same_len(c));
            copied = at + c.len_utf8();
        }
        at += c.len_utf8();
    }
    out.push_str(&text[copied..]);
}

/// A vowel without its tone mark, keeping its quality: 'ạ' → 'a', 'ấ' → 'â', 'ờ' → 'ơ'.
pub fn strip_tone(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut base = None;
    let mut marks = [None; 2];
    let mut n = 0;
    unicode_normalization::char::decompose_canonical(c, |part| {
        if base.is_none() {
            base = Some(part);
        } else if !matches!(
            part,
            '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}'
        ) && n < marks.len()
        {
            marks[n] = Some(part);
            n += 1;
        }
    });
    let Some(mut out) = base else { return c };
    for mark in marks.into_iter().flatten() {
        out = unicode_normalization::char::compose(out, mark).unwrap_or(out);
    }
    out
}

/// NFC, cluster by cluster so that the alignment stays exact. `None` when already NFC.
fn compose(text: &str) -> Option<(String, AlignMap)> {
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return None;
    }
    let mut builder = LayerBuilder::new(text);
    let mut chars = text.char_indices().peekable();
    let mut cluster = String::new();
    while let Some((start, c)) = chars.next() {
        let mut end = start + c.len_utf8();
        while let Some(&(next_start, next)) = chars.peek() {
            if starts_cluster(next) {
                break;
            }
            end = next_start + next.len_utf8();
            chars.next();
        }
        let source = &text[start..end];
        if source.len() == c.len_utf8() && c.is_ascii() {
            continue;
        }
        cluster.clear();
        cluster.extend(source.nfc());
        if cluster != source {
            builder.keep_until(start);
            builder.replace(end, &cluster);
        }
    }
    Some(builder.finish())
}

/// Whether NFC leaves everything before `c` alone, so that a cluster may end before it: a
/// starter that composes with nothing before it. U+0F73 is not one (class 0, but it
/// decomposes into marks that NFC reorders with the marks before it), nor U+1161 (a starter
/// that composes with the jamo before it). Found by the `normalize` fuzz target.
fn starts_cluster(c: char) -> bool {
    unicode_normalization::char::canonical_combining_class(c) == 0
        && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// Code points that are NFC whatever surrounds them: no decomposition, no combining class,
/// never composed with a neighbour. Vietnamese news is almost entirely made of them.
fn is_stable_nfc(c: char) -> bool {
    matches!(c as u32, 0..=0x2FF | 0x1E00..=0x1EFF | 0x2002..=0x206F)
}

/// What the cleanup pass does with one character.
enum Clean {
    Keep,
    Remove,
    Replace(char),
}

fn clean_char(c: char) -> Clean {
    match c {
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Clean::Replace(' '),
        '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => Clean::Remove,
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Clean::Replace('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{2033}' => Clean::Replace('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => Clean::Replace('-'),
        _ => Clean::Keep,
    }
}

/// What the cleanup pass made of a text.
enum Cleaned {
    Unchanged,
    /// The text, its map, and whether characters were removed.
    Changed(String, AlignMap, bool),
    /// A character that may not be NFC was met (when asked to check): compose first.
    NotNfc,
}

/// Tone placement and character cleanup on NFC text; with `check_nfc`, stops at the first
/// character that is not surely NFC, so that one pass serves typical text.
fn clean(text: &str, check_nfc: bool) -> Cleaned {
    let bytes = text.as_bytes();
    let mut builder: Option<LayerBuilder> = None;
    let mut removed = false;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        // A small Vietnamese letter is NFC and kept; only a toned vowel after "o"/"u" may
        // take the tone from it (see `retone`).
        let small = small_letter_len(&bytes[i..]);
        let after_o_or_u = i > 0 && matches!(bytes[i - 1], b'o' | b'O' | b'u' | b'U');
        if small > 0 && !after_o_or_u {
            i += small;
            continue;
        }
        // Safe: `i` is always on a char boundary (ASCII bytes are whole chars).
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if check_nfc && !is_stable_nfc(c) {
            return Cleaned::NotNfc;
        }
        match clean_char(c) {
            Clean::Keep => {
                if let Some((vowel, base)) = retone(text, i, c) {
                    let b = builder.get_or_insert_with(|| LayerBuilder::new(text));
                    b.keep_until(i - 1);
                    let mut pair = [0u8; 8];
                    let n = vowel.encode_utf8(&mut pair).len();
                    let m = base.encode_utf8(&mut pair[n..]).len();
                    // Both halves are whole chars, so the pair is valid UTF-8.
                    let pair = std::str::from_utf8(&pair[..n + m]).unwrap_or_default();
                    b.replace(i + len, pair);
                }
            }
            Clean::Remove => {
                removed = true;
                let b = builder.get_or_insert_with(|| LayerBuilder::new(text));
                b.keep_until(i);
                b.replace(i + len, "");
            }
            Clean::Replace(r) => {
                let b = builder.get_or_insert_with(|| LayerBuilder::new(text));
                b.keep_until(i);
                b.replace(i + len, r.encode_utf8(&mut [0u8; 4]));
            }
        }
        i += len;
    }
    match builder {
        Some(b) => {
            let (text, map) = b.finish();
            Cleaned::Changed(text, map, removed)
        }
        None => Cleaned::Unchanged,
    }
}

const TONED: [[char; 5]; 10] = [
    ['à', 'á', 'ả', 'ã', 'ạ'],
    ['À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
    ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
    ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
];
const BASES: [char; 10] = ['a', 'A', 'e', 'E', 'y', 'Y', 'o', 'O', 'u', 'U'];

/// The base letter and tone (0..5) of a toned a/e/y/o/u.
fn split_tone(c: char) -> Option<(char, usize)> {
    TONED.iter().enumerate().find_map(|(row, tones)| {
        tones
            .iter()
            .position(|&t| t == c)
            .map(|tone| (BASES[row], tone))
    })
}

fn with_tone(base: char, tone: usize) -> Option<char> {
    let row = BASES.iter().position(|&b| b == base)?;
    Some(TONED[row][tone])
}

/// For a toned vowel `c` at byte `at` that closes an open "oa"/"oe"/"uy" rhyme, the pair
/// with the tone moved to the first vowel: "oà" → ('ò', 'a'), "uỷ" → ('ủ', 'y').
fn retone(text: &str, at: usize, c: char) -> Option<(char, char)> {
    let bytes = text.as_bytes();
    let prev = *bytes.get(at.checked_sub(1)?)? as char;
    // Cheap test first: most toned vowels do not follow an o or a u.
    if !matches!(prev, 'o' | 'O' | 'u' | 'U') {
        return None;
    }
    let (base, tone) = split_tone(c)?;
    let allowed = match base.to_ascii_lowercase() {
        'a' | 'e' => prev.eq_ignore_ascii_case(&'o'),
        // "quý": the u belongs to the onset "qu", y alone is the rhyme.
        'y' => {
            prev.eq_ignore_ascii_case(&'u')
                && !at
                    .checked_sub(2)
                    .and_then(|p| bytes.get(p))
                    .is_some_and(|b| b.eq_ignore_ascii_case(&b'q'))
        }
        _ => false,
    };
    if !allowed {
        return None;
    }
    // A following letter makes a closed or longer rhyme ("hoàng", "khuỷu"): tone stays.
    let next = text[at + c.len_utf8()..].chars().next();
    // A stray combining mark after the vowel would compose with it once the tone moved.
    if next.is_some_and(|n| n.is_alphabetic() || unicode_normalization::char::is_combining_mark(n))
    {
        return None;
    }
    Some((with_tone(prev, tone)?, base))
}

/// One replaced region: `norm` in the output text came from `orig` in the input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Edit {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// Offsets of an output text back into its input: identity outside the edits.
#[derive(Debug, Clone, Default)]
struct AlignMap {
    /// Sorted and non-overlapping; adjacent edits stay apart so each keeps its exact range.
    edits: Vec<Edit>,
}

impl AlignMap {
    /// Where a span starting at `pos` starts: after any text deleted at `pos`.
    fn start(&self, pos: usize) -> usize {
        Self::start_from(&self.edits, 0, pos)
    }

    /// Where a span ending at `pos` ends: before any text deleted at `pos`.
    fn end(&self, pos: usize) -> usize {
        Self::end_from(&self.edits, 0, pos)
    }

    fn linear(before: Option<&Edit>, pos: usize) -> usize {
        match before {
            Some(e) => e.orig_end + (pos - e.norm_end),
            None => pos,
        }
    }

    /// `start`, searching from edit `from`: every edit before it ends before `pos`.
    fn start_from(edits: &[Edit], from: usize, pos: usize) -> usize {
        let k = from + edits[from..].partition_point(|e| e.norm_start <= pos);
        match k.checked_sub(1).map(|k| &edits[k]) {
            Some(e) if e.norm_end > pos => e.orig_start,
            before => Self::linear(before, pos),
        }
    }

    /// `end`, searching from edit `from`: every edit before it ends before `pos`.
    fn end_from(edits: &[Edit], from: usize, pos: usize) -> usize {
        let k = from + edits[from..].partition_point(|e| e.norm_end < pos);
        match edits.get(k) {
            Some(e) if e.norm_start < pos => e.orig_end,
            Some(e) if e.norm_start == pos => e.orig_start,
            _ => Self::linear(k.checked_sub(1).map(|k| &edits[k]), pos),
        }
    }
}

/// Builds an output text from an input by keeping and replacing consecutive regions.
struct LayerBuilder<'t> {
    input: &'t str,
    pos: usize,
    out: String,
    map: AlignMap,
}

impl<'t> LayerBuilder<'t> {
    fn new(input: &'t str) -> Self {
        LayerBuilder {
            input,
            pos: 0,
            out: String::with_capacity(input.len()),
            map: AlignMap::default(),
        }
    }

    fn keep_until(&mut self, end: usize) {
        if end > self.pos {
            self.out.push_str(&self.input[self.pos..end]);
            self.pos = end;
        }
    }

    /// Replaces the input up to `end` with `with`. The edit recorded is the smallest one:
    /// characters the two sides share at either end map one to one, so that a token
    /// boundary next to a changed mark still maps exactly.
    fn replace(&mut self, end: usize, with: &str) {
        let source = &self.input[self.pos..end];
        let prefix: usize = source
            .chars()
            .zip(with.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let suffix: usize = source[prefix..]
            .chars()
            .rev()
            .zip(with[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        if prefix + suffix < source.len() || prefix + suffix < with.len() {
            let norm_start = self.out.len() + prefix;
            self.map.edits.push(Edit {
                norm_start,
                norm_end: self.out.len() + with.len() - suffix,
                orig_start: self.pos + prefix,
                orig_end: end - suffix,
            });
        }
        self.out.push_str(with);
        self.pos = end;
    }

    fn finish(mut self) -> (String, AlignMap) {
        self.keep_until(self.input.len());
        (self.out, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).text().to_string()
    }

    #[test]
    fn a_text_folds_as_its_words_do() {
        let text = "Phó Chủ tịch HĐND Thành phố ĐÀ NẴNG, ÔNG Ưng; Ǆ ß İ x";
        let folded = fold_case_text(text);
        assert_eq!(folded.len(), text.len());
        let words: Vec<String> = text.split(' ').map(|w| fold_case(w).into_owned()).collect();
        assert_eq!(folded, words.join(" "));
        assert!(folded.starts_with("phó chủ tịch hđnd thành phố đà nẵng, ông ưng"));
    }

    #[test]
    fn small_letters_are_told_from_their_bytes() {
        for c in (0u32..0x2000)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
        {
            let n = small_letter_len(c.to_string().as_bytes());
            if n > 0 {
                assert!(is_letter(c) && !is_upper(c), "U+{:04X}", c as u32);
                assert_eq!(n, c.len_utf8());
            }
        }
        let small =
            "ăâđêôơư àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ";
        for c in small.chars().filter(|c| !c.is_ascii()) {
            assert!(small_letter_len(c.to_string().as_bytes()) > 0, "{c}");
        }
        assert_eq!(small_letter_len("÷".as_bytes()), 0);
        assert_eq!(small_letter_len("Ạ".as_bytes()), 0);
    }

    #[test]
    fn small_letters_are_those_of_the_byte_patterns() {
        // The patterns `small_letter_len` computes without branches, as a `match`.
        let by_match = |bytes: &[u8]| match *bytes {
            [0xC3, b, ..] if b >= 0x9F && b != 0xB7 => 2,
            [0xC4, 0x83 | 0x91 | 0xA9, ..] | [0xC5, 0xA9, ..] | [0xC6, 0xA1 | 0xB0, ..] => 2,
            [0xE1, 0xBA, b, ..] if b >= 0xA0 && b % 2 == 1 => 3,
            [0xE1, 0xBB, b, ..] if b <= 0xB9 && b % 2 == 1 => 3,
            _ => 0,
        };
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            // Each character alone, and followed by a letter.
            for text in [c.to_string(), format!("{c}a")] {
                let bytes = text.as_bytes();
                assert_eq!(
                    small_letter_len(bytes),
                    by_match(bytes),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn every_letter_folds_in_a_text_as_alone() {
        // The byte-level shortcuts of `fold_case_text` against the character's own fold.
        for c in (0u32..0x2000)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
        {
            let text = format!("a{c}Ẵ{c}ẵ");
            let alone = fold_case(&c.to_string()).into_owned();
            assert_eq!(
                fold_case_text(&text),
                format!("a{alone}ẵ{alone}ẵ"),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn is_letter_agrees_with_unicode_where_text_is() {
        for c in (0u32..0x2000)
            .chain(0x1E00..0x1F00)
            .filter_map(char::from_u32)
        {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn tone_placement() {
        for (old, new) in [
            ("hoà", "hòa"),
            ("thuỷ", "thủy"),
            ("Uỷ ban", "Ủy ban"),
            ("UỶ BAN", "ỦY BAN"),
            ("khoẻ", "khỏe"),
            ("hoá đơn", "hóa đơn"),
            ("Thanh Hoá.", "Thanh Hóa."),
            ("tuỳ", "tùy"),
            ("luỹ kế", "lũy kế"),
            ("nguỵ", "ngụy"),
            ("HOÀ", "HÒA"),
        ] {
            assert_eq!(norm(old), new, "{old}");
            assert_eq!(norm(new), new, "{new} is already normalized");
        }
        for kept in [
            "quý", "Quý", "hoàng", "khuỷu", "toàn", "thuyền", "hoài", "quà",
        ] {
            assert_eq!(norm(kept), kept);
        }
    }

    #[test]
    fn stable_ranges_are_nfc() {
        // Whatever follows a stable character, NFC leaves it alone: it is a starter and
        // never the first half of a composition (checked against a combining acute).
        for cp in (0..=0x2FF).chain(0x1E00..=0x1EFF).chain(0x2002..=0x206F) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if !is_stable_nfc(c) {
                continue;
            }
            assert_eq!(
                is_nfc_quick(std::iter::once(c)),
                IsNormalized::Yes,
                "U+{cp:04X}"
            );
            assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0);
        }
    }

    #[test]
    fn fast_case_agrees_with_std() {
        for c in ('\u{0}'..='\u{24F}').chain('\u{1E00}'..='\u{1EFF}') {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c}");
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 && std[0].len_utf8() == c.len_utf8() {
                assert_eq!(to_lower_same_len(c), std[0], "{c}");
            } else {
                assert_eq!(to_lower_same_len(c), c, "{c}");
            }
        }
    }

    #[test]
    fn tone_stripping() {
        for (toned, base) in [
            ('ạ', 'a'),
            ('ấ', 'â'),
            ('ờ', 'ơ'),
            ('Ữ', 'Ư'),
            ('y', 'y'),
            ('đ', 'đ'),
        ] {
            assert_eq!(strip_tone(toned), base);
        }
    }

    #[test]
    fn nfd_input_composes() {
        let nfd: String = "Phạm Quí Tiên hoà".nfd().collect();
        let n = normalize(&nfd);
        assert_eq!(n.text(), "Phạm Quí Tiên hòa");
        // "Tiên" in the normalized text maps to the decomposed original.
        let start = n.text().find("Tiên").unwrap();
        let range = n.orig_range(start..start + "Tiên".len());
        assert_eq!(&nfd[range].nfc().collect::<String>(), "Tiên");
    }

    #[test]
    fn cleanup_characters() {
        assert_eq!(norm("14\u{a0}732"), "14 732");
        assert_eq!(norm("đồng\u{ad}bằng"), "đồngbằng");
        assert_eq!(norm("a\u{200b}b"), "ab");
        assert_eq!(norm("“Tiên”"), "\"Tiên\"");
        assert_eq!(norm("2021–2025"), "2021-2025");
    }

    #[test]
    fn deletion_alignment() {
        let original = "x \u{200b}Tiên\u{200b} y";
        let n = normalize(original);
        assert_eq!(n.text(), "x Tiên y");
        let range = n.orig_range(2..2 + "Tiên".len());
        assert_eq!(&original[range], "Tiên");
    }

    #[test]
    fn aligner_agrees_with_lookups() {
        let original: String = "Uỷ\u{a0}ban \u{200b}“hoà” thuỷ\u{ad}điện, Khánh Hoà."
            .nfd()
            .collect();
        let n = normalize(&original);
        let len = n.text().len();
        let boundaries: Vec<usize> = (0..=len)
            .filter(|&b| n.text().is_char_boundary(b))
            .collect();
        let mut aligner = n.aligner();
        for (i, &a) in boundaries.iter().enumerate() {
            for &b in &boundaries[i..] {
                assert_eq!(aligner.orig_range(a..b), n.orig_range(a..b), "{a}..{b}");
            }
        }
    }

    #[test]
    fn identity_borrows() {
        let n = normalize("Phó Chủ tịch HĐND Thành phố");
        assert!(n.is_identity());
        assert!(matches!(n.into_text(), Cow::Borrowed(_)));
    }

    #[test]
    fn alignment_through_both_layers() {
        let original: String = "Uỷ\u{a0}ban nhân dân“Hoà”".nfd().collect();
        let n = normalize(&original);
        assert_eq!(n.text(), "Ủy ban nhân dân\"Hòa\"");
        let t = n.text();
        for word in ["Ủy", "ban", "nhân", "Hòa"] {
            let s = t.find(word).unwrap();
            let r = n.orig_range(s..s + word.len());
            assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
            assert_eq!(normalize(&original[r]).text(), word);
        }
    }
}
