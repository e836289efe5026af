//! Syllable tokens: the smallest units of Vietnamese text, with a kind.
//!
//! Vietnamese separates syllables with spaces, so most tokens are whitespace-delimited; the
//! work is in what stays whole inside a chunk ("15,9%", "14.732", "TP.HCM", "2021-2025",
//! "12/7", "Covid-19", "14A-130", URLs and e-mail addresses) and what is split off
//! (punctuation, "đồng/kg" → "đồng" "/" "kg", "năm.Tổng" → "năm" "." "Tổng").
//! Scripts other than Latin fall back to Unicode word boundaries (UAX #29).

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use super::lexicon::Abbreviations;
use crate::normalize::is_upper;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub enum TokenKind {
    /// A syllable or other run of letters.
    #[serde(rename = "word")]
    Word,
    /// "14.732", "15,9", "10-15", "50k".
    #[serde(rename = "number")]
    Number,
    /// "15,9%", "10-15%".
    #[serde(rename = "percent")]
    Percent,
    #[serde(rename = "punctuation")]
    Punct,
    /// "TP.HCM", "UBND", "TS.", "v.v.".
    #[serde(rename = "abbreviation")]
    Abbrev,
    /// "4.1.2017", "12/7", "2021-2025", "8:30".
    #[serde(rename = "date")]
    Date,
    /// Letters and digits together: "Covid-19", "14A-130", "H5N1", "15/2021/NĐ-CP".
    #[serde(rename = "code")]
    Code,
    #[serde(rename = "url")]
    Url,
    #[serde(rename = "email")]
    Email,
    /// Currency signs, emoji and other symbols.
    #[serde(rename = "symbol")]
    Symbol,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Percent => "percent",
            TokenKind::Punct => "punctuation",
            TokenKind::Abbrev => "abbreviation",
            TokenKind::Date => "date",
            TokenKind::Code => "code",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token as found in the normalized text: byte range and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// Whether the token may hold a capital that is not ASCII ("Đà", "ỦY"): only those need
    /// a character-by-character case fold (see `Segmented::needs_fold`).
    pub wide_capitals: bool,
}

/// Splits normalized text into syllable tokens, appending them to `out`.
pub(crate) fn tokenize(text: &str, abbreviations: &Abbreviations, out: &mut Vec<RawToken>) {
    let bytes = text.as_bytes();
    let mut ats = AtSigns {
        bytes,
        next: memchr::memchr(b'@', bytes),
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_whitespace() || b == 0x0B {
                i += 1;
                continue;
            }
        } else if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
            // Only these lead bytes start a non-ASCII whitespace character.
            if let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
                i += c.len_utf8();
                continue;
            }
        }
        i = token_at(text, i, &mut ats, abbreviations, out);
    }
}

/// The "@" signs of a text, found one after the other: only near one can an e-mail address
/// start.
struct AtSigns<'t> {
    bytes: &'t [u8],
    next: Option<usize>,
}

impl AtSigns<'_> {
    /// Whether an "@" lies within an address's local part (64 bytes) after `from`.
    fn near(&mut self, from: usize) -> bool {
        while let Some(at) = self.next.filter(|&at| at < from) {
            self.next = memchr::memchr(b'@', &self.bytes[at + 1..]).map(|n| at + 1 + n);
        }
        self.next.is_some_and(|at| at - from <= 64)
    }
}

/// Reads the token that starts at byte `i` (not whitespace) and returns where it ends.
/// Inlined in [`tokenize`], its one caller: no call, and no saving of registers, per token.
#[inline(always)]
fn token_at(
    text: &str,
    i: usize,
    ats: &mut AtSigns<'_>,
    abbreviations: &Abbreviations,
    out: &mut Vec<RawToken>,
) -> usize {
    let end = text.len();
    let rest = &text[i..];
    let first = rest.as_bytes()[0];
    if first.is_ascii_alphanumeric() {
        // "http://", "https://", "www.": the fourth byte tells most words apart at once.
        let url = if matches!(first, b'h' | b'H' | b'w' | b'W')
            && matches!(rest.as_bytes().get(3), Some(b'p' | b'P' | b'.'))
        {
            url_len(rest)
        } else {
            None
        };
        let link = url.map(|len| (len, TokenKind::Url)).or_else(|| {
            ats.near(i)
                .then(|| email_len(rest))
                .flatten()
                .map(|len| (len, TokenKind::Email))
        });
        if let Some((len, kind)) = link {
            out.push(RawToken {
                kind,
                start: i,
                end: i + len,
                wide_capitals: !rest.as_bytes()[..len].is_ascii(),
            });
            return i + len;
        }
    }
    let Some(c) = rest.chars().next() else {
        return end;
    };
    if is_latin_alnum(c) {
        word_run(text, i, end, abbreviations, out)
    } else if c.is_alphanumeric() {
        foreign_run(text, i, end, out)
    } else {
        punct_or_symbol(text, i, end, out)
    }
}

/// What [`word_run`] asks of an ASCII byte, in one lookup instead of three tests of ranges:
/// 0 for a byte that is no letter or digit, else [`LETTER`] or [`DIGIT`], with [`CAPITAL`].
const ASCII_CLASS: [u8; 128] = {
    let mut classes = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        classes[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_uppercase() {
            LETTER | CAPITAL
        } else if c.is_ascii_lowercase() {
            LETTER
        } else {
            0
        };
        b += 1;
    }
    classes
};
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const CAPITAL: u8 = 4;

/// Letters of the Latin script (with Vietnamese ones), digits and combining marks: what a
/// Vietnamese word or number is made of.
fn is_latin_alnum(c: char) -> bool {
    let cp = c as u32;
    match cp {
        0..=0x7F => c.is_ascii_alphanumeric(),
        // Latin-1 letters, Latin Extended-A/B and Latin Extended Additional (where the
        // Vietnamese letters are) are all letters but × and ÷: no table lookup needed.
        0xC0..=0x24F => cp != 0xD7 && cp != 0xF7,
        0x1E00..=0x1EFF => true,
        0x300..=0x36F => true,
        0x80..=0xBF => c.is_alphanumeric(),
        _ => false,
    }
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// A run of Latin letters and digits with the connectors that keep it whole.
fn word_run(
    text: &str,
    start: usize,
    end: usize,
    abbreviations: &Abbreviations,
    out: &mut Vec<RawToken>,
) -> usize {
    // Segments are the alnum pieces between connectors; `i` walks char by char.
    let mut i = start;
    let mut seg_start = start;
    // Enough to class the common plain syllable without another pass.
    let (mut digits, mut capitals, mut joined) = (false, 0, false);
    let mut wide_capitals = false;
    // Bounded once, so that reading a byte needs no check of its own.
    let bytes = &text.as_bytes()[..end];
    loop {
        // Extend the current alphanumeric segment.
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                // Small ASCII letters, most of a text's bytes, change no count: they are
                // skipped in a loop of their own.
                if b.is_ascii_lowercase() {
                    i += 1;
                    while bytes.get(i).is_some_and(u8::is_ascii_lowercase) {
                        i += 1;
                    }
                    continue;
                }
                let class = ASCII_CLASS[usize::from(b)];
                if class == 0 {
                    break;
                }
                digits |= class & DIGIT != 0;
                capitals += usize::from(class & CAPITAL != 0);
                i += 1;
                continue;
            }
            let small = crate::normalize::small_letter_len(&bytes[i..]);
            if small > 0 {
                i += small;
                continue;
            }
            let Some(c) = text[i..end].chars().next() else {
                break;
            };
            // Any combining mark stays with its letter, whatever its script.
            if !is_latin_alnum(c) && !is_mark(c) {
                break;
            }
            let upper = is_upper(c);
            capitals += usize::from(upper);
            wide_capitals |= upper;
            i += c.len_utf8();
        }
        if i >= end {
            break;
        }
        let apostrophe = apostrophe_len(&bytes[i..]);
        if apostrophe > 0 {
            // "O'Neill", "N'Golo", "Y’Bih": a name's prefix and its stem are one word.
            if !name_prefix_apostrophe(&text[seg_start..i], &text[i + apostrophe..end]) {
                break;
            }
            i += apostrophe;
            seg_start = i;
            joined = true;
            continue;
        }
        let connector = bytes[i];
        if !matches!(connector, b'.' | b',' | b':' | b'-' | b'_' | b'/' | b'&') {
            break;
        }
        let next_start = i + 1;
        let Some(next) = text[next_start.min(end)..end].chars().next() else {
            break;
        };
        if !is_latin_alnum(next)
            || !joins(
                connector,
                &text[seg_start..i],
                &text[next_start..end],
                abbreviations,
            )
        {
            break;
        }
        i = next_start;
        seg_start = i;
        joined = true;
    }
    let mut token_end = i;
    let body = &text[start..token_end];
    let mut kind = if !joined && !digits && capitals < 2 {
        TokenKind::Word
    } else {
        classify(body, abbreviations)
    };
    // Trailing "%" makes a percentage of a number.
    if token_end < end && text.as_bytes()[token_end] == b'%' && matches!(kind, TokenKind::Number) {
        token_end += 1;
        kind = TokenKind::Percent;
    } else if token_end < end
        && text.as_bytes()[token_end] == b'.'
        && abbreviations.takes_dot(last_segment(body))
    {
        token_end += 1;
        kind = TokenKind::Abbrev;
    }
    out.push(RawToken {
        kind,
        start,
        end: token_end,
        wide_capitals,
    });
    token_end
}

/// The length of the apostrophe that `bytes` start with ("'" or "’"), or 0.
fn apostrophe_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => 0,
    }
}

/// Whether an apostrophe between `left` (the segment before it) and the text `right` is
/// inside a name: after a capital prefix of one or two letters, before a letter ("O'Neill",
/// "D'Alema", "Bk’rông"). A quote closes after a longer word ("'Ổn định'") and opens
/// after a space.
fn name_prefix_apostrophe(left: &str, right: &str) -> bool {
    left.chars().next().is_some_and(char::is_uppercase)
        && left.chars().count() <= 2
        && left.chars().all(char::is_alphabetic)
        && right.chars().next().is_some_and(char::is_alphabetic)
}

/// The text after the last "." of an abbreviation-shaped body ("PGS.TS" → "TS").
fn last_segment(body: &str) -> &str {
    // "v.v" keeps its whole form: the lexicon lists it with the inner dot.
    body.rsplit_once('.')
        .map_or(body, |(_, last)| if last.len() <= 1 { body } else { last })
}

/// Whether `connector` between segment `left` and the text `right` keeps them one token.
fn joins(connector: u8, left: &str, right: &str, abbreviations: &Abbreviations) -> bool {
    let left_digit = left.bytes().last().is_some_and(|b| b.is_ascii_digit());
    let right_digit = right.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let right_segment = || {
        right
            .split(|c: char| !is_latin_alnum(c))
            .next()
            .unwrap_or("")
    };
    match connector {
        b'.' => {
            (left_digit && right_digit)
                || left.chars().count() == 1
                || (is_abbreviation_shaped(left)
                    && !(abbreviations.is_title(left) && name_shaped(right_segment())))
                // "Tp.HCM", "Tp.Hồ Chí Minh" as "TP.HCM"; but "Mr.Obama" splits.
                || (matches!(left, "Tp" | "tp") && right.starts_with(char::is_uppercase))
                || is_tld(right_segment()) && !left.chars().any(char::is_uppercase)
        }
        b',' | b':' => left_digit && right_digit,
        b'-' | b'_' => true,
        // "12/7", "15/2021/NĐ-CP", "M&A"; but "100USD/1 người" splits at the slash.
        b'/' | b'&' => is_code_part(left) && is_code_part(right_segment()),
        _ => false,
    }
}

/// A capital, then small letters only: a name's word ("Nguyễn", "Yasuhiro"), not another
/// abbreviation ("PGS.TS" stays one token).
fn name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase)
}

/// All digits, or all capitals: a part of a document number or an abbreviation.
fn is_code_part(s: &str) -> bool {
    !s.is_empty() && (s.bytes().all(|b| b.is_ascii_digit()) || s.chars().all(|c| c.is_uppercase()))
}

fn is_tld(s: &str) -> bool {
    matches!(
        s,
        "vn" | "com" | "net" | "org" | "gov" | "edu" | "info" | "io" | "biz" | "int"
    )
}

/// Two or more capitals and not a Vietnamese syllable: "TP", "HĐND", "ThS", "PGS"; but not
/// a surname with a capitalized prefix ("McCain", "DeVos", "MacArthur").
fn is_abbreviation_shaped(s: &str) -> bool {
    s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(char::is_alphabetic)
        && !is_syllable(&s.to_lowercase())
        && !is_prefixed_surname(s)
}

/// The prefixes of surnames written with a second capital.
const SURNAME_PREFIXES: &[&str] = &[
    "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
];

/// "McCain", "DeVos", "LeBlanc": a prefix, then a capital and at least two small letters
/// (an abbreviation such as "ThS" or "TpHCM" ends in capitals).
fn is_prefixed_surname(s: &str) -> bool {
    SURNAME_PREFIXES.iter().any(|prefix| {
        s.strip_prefix(prefix).is_some_and(|rest| {
            let mut chars = rest.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().count() >= 2
                && chars.all(char::is_lowercase)
        })
    })
}

/// "V.Putin", "J.Mourinho": a foreign name with its initial written against it, one capital
/// and a dot before a capitalized word that cannot be a Vietnamese syllable, or a name
/// transliterated in hyphenated syllables ("A.Méc-ken", "B.Nê-ta-ni-a-hu"). "Q.Bình"
/// (quận), "T.Nhung" (a byline) and the leagues ("V.League") stay abbreviations.
fn is_initialed_name(body: &str) -> bool {
    body.split_once('.').is_some_and(|(initial, rest)| {
        rest != "League" && {
            let mut initial = initial.chars();
            let mut letters = rest.chars();
            let transliterated = rest.contains('-')
                && rest
                    .split('-')
                    .all(|part| !part.is_empty() && part.chars().skip(1).all(char::is_lowercase));
            initial.next().is_some_and(char::is_uppercase)
                && initial.next().is_none()
                && letters.next().is_some_and(char::is_uppercase)
                && (transliterated
                    || (letters.clone().count() >= 2
                        && letters.all(char::is_lowercase)
                        && !is_syllable(&rest.to_lowercase())))
        }
    })
}

/// The kind of a Latin run without its trailing "%" or ".".
fn classify(body: &str, abbreviations: &Abbreviations) -> TokenKind {
    let has_digit = body.bytes().any(|b| b.is_ascii_digit());
    let has_alpha = body.chars().any(char::is_alphabetic);
    if !has_alpha {
        if is_date(body) {
            return TokenKind::Date;
        }
        if body.contains('/') || body.contains('_') || body.contains('&') {
            return TokenKind::Code;
        }
        return TokenKind::Number;
    }
    if has_digit {
        if is_scaled_number(body) {
            return TokenKind::Number;
        }
        // "Q.1", "P.12", "TP.3": an abbreviated unit and its number.
        if let Some((prefix, number)) = body.split_once('.')
            && (abbreviations.takes_dot(prefix)
                || (prefix.chars().count() <= 3 && prefix.chars().all(char::is_uppercase)))
            && number.bytes().all(|b| b.is_ascii_digit())
        {
            return TokenKind::Abbrev;
        }
        return TokenKind::Code;
    }
    if body.contains('.') {
        if is_initialed_name(body) {
            return TokenKind::Word;
        }
        if body
            .rsplit_once('.')
            .is_some_and(|(_, tld)| is_tld(tld) && !body.chars().any(char::is_uppercase))
        {
            return TokenKind::Url;
        }
        return TokenKind::Abbrev;
    }
    let capitals = body.chars().filter(|c| c.is_uppercase()).count();
    if capitals >= 2
        && (abbreviations.is_upper(body)
            || is_abbreviation_shaped(body.split('-').next().unwrap_or("")))
    {
        return TokenKind::Abbrev;
    }
    TokenKind::Word
}

/// "50k", "10tr", "2,5K": a number with a short scale suffix.
fn is_scaled_number(body: &str) -> bool {
    let digits_end = body
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(body.len());
    digits_end > 0
        && body.as_bytes()[0].is_ascii_digit()
        && matches!(&body[digits_end..], "k" | "K" | "tr" | "Tr")
}

/// Dates and times written with digits only.
fn is_date(body: &str) -> bool {
    // Every number is asked: its parts are read in place, not collected. A date has two or
    // three parts, so one separator or two, read in order.
    let mut parts = body.split(['.', '/', '-', ':']);
    let (Some(first), Some(second), third) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if parts.next().is_some() {
        return false;
    }
    let mut seps = body
        .bytes()
        .filter(|b| matches!(b, b'.' | b'/' | b'-' | b':'));
    let num = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let day = |s: &str| num(s).is_some_and(|d| (1..=31).contains(&d) && s.len() <= 2);
    let month = |s: &str| num(s).is_some_and(|m| (1..=12).contains(&m) && s.len() <= 2);
    let year = |s: &str| num(s).is_some_and(|y| (1000..=2999).contains(&y) && s.len() == 4);
    let year_or_short = |s: &str| year(s) || (s.len() == 2 && num(s).is_some());
    match (third, seps.next(), seps.next()) {
        // 4.1.2017, 12/7/2021, 04-01-2017
        (Some(y), Some(a), Some(b)) if a == b && a != b':' => {
            day(first) && month(second) && year_or_short(y)
        }
        // 12/7 (day/month), 7/2021 (month/year)
        (None, Some(b'/'), None) => (day(first) && month(second)) || (month(first) && year(second)),
        // 2021-2025: a period of years
        (None, Some(b'-'), None) => year(first) && year(second),
        // 8:30
        (None, Some(b':'), None) => {
            let (h, m) = (first, second);
            num(h).is_some_and(|h| h < 24) && m.len() == 2 && num(m).is_some_and(|m| m < 60)
        }
        _ => false,
    }
}

const ONSETS: [&str; 27] = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
];
const FINALS: [&str; 9] = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];

fn is_vowel(c: char) -> bool {
    matches!(
        crate::normalize::strip_tone(c),
        'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
    )
}

/// Whether a lower-case string has the shape of one Vietnamese syllable: onset, one to three
/// vowels, final consonant.
pub(crate) fn is_syllable(s: &str) -> bool {
    let fits = |rest: &str| {
        let vowels_end = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
        let vowel_count = rest[..vowels_end].chars().count();
        (1..=3).contains(&vowel_count) && FINALS.contains(&&rest[vowels_end..])
    };
    // Most onsets differ from the word in their first byte: that is compared first.
    fits(s)
        || ONSETS.iter().any(|onset| {
            onset.as_bytes().first() == s.as_bytes().first()
                && s.strip_prefix(onset).is_some_and(fits)
        })
}

/// "http://…", "https://…", "www.…" up to the chunk end, without trailing punctuation.
fn url_len(rest: &str) -> Option<usize> {
    let starts = |prefix: &str| {
        rest.as_bytes()
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let chunk = rest.find(char::is_whitespace).map_or(rest, |n| &rest[..n]);
    Some(trim_trailing_punct(chunk))
}

/// "name@domain.tld" at the start of `rest`.
fn email_len(rest: &str) -> Option<usize> {
    let at = rest.find('@')?;
    let local = &rest[..at];
    let local_ok = !local.is_empty()
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-'));
    if !local_ok {
        return None;
    }
    let domain_len = rest[at + 1..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(rest.len() - at - 1);
    let domain = rest[at + 1..at + 1 + domain_len].trim_end_matches(['.', '-']);
    let (_, tld) = domain.rsplit_once('.')?;
    (tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
        .then_some(at + 1 + domain.len())
}

fn trim_trailing_punct(s: &str) -> usize {
    let mut end = s.len();
    while let Some(c) = s[..end].chars().last() {
        let unbalanced_paren = c == ')' && !s[..end].contains('(');
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'') || unbalanced_paren {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// Letters of other scripts: Unicode word boundaries split them.
fn foreign_run(text: &str, start: usize, end: usize, out: &mut Vec<RawToken>) -> usize {
    let run_end = text[start..end]
        .char_indices()
        .find(|&(_, c)| {
            let mark = is_mark(c);
            let foreign = mark || (c.is_alphanumeric() && !is_latin_alnum(c));
            !foreign
        })
        .map_or(end, |(n, _)| start + n);
    for (offset, word) in text[start..run_end].split_word_bound_indices() {
        if !word.trim().is_empty() {
            out.push(RawToken {
                kind: TokenKind::Word,
                start: start + offset,
                end: start + offset + word.len(),
                wide_capitals: true,
            });
        }
    }
    run_end
}

/// Punctuation (repeated dots and "?!" runs stay one token) or a symbol grapheme.
fn punct_or_symbol(text: &str, start: usize, end: usize, out: &mut Vec<RawToken>) -> usize {
    let rest = &text[start..end];
    let Some(c) = rest.chars().next() else {
        return end;
    };
    if is_punct(c) {
        let mut len = c.len_utf8();
        if matches!(c, '.' | '!' | '?') {
            len = rest
                .find(|n: char| !matches!(n, '.' | '!' | '?'))
                .unwrap_or(rest.len());
        } else if c == '-' {
            len = rest.find(|n: char| n != '-').unwrap_or(rest.len());
        }
        out.push(RawToken {
            kind: TokenKind::Punct,
            start,
            end: start + len,
            wide_capitals: !c.is_ascii(),
        });
        return start + len;
    }
    let len = rest.graphemes(true).next().map_or(c.len_utf8(), str::len);
    out.push(RawToken {
        kind: TokenKind::Symbol,
        start,
        end: start + len,
        wide_capitals: !c.is_ascii(),
    });
    start + len
}

pub(crate) fn is_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '…'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '/'
            | '\\'
            | '*'
            | '•'
            | '·'
            | '|'
            | '_'
            | '<'
            | '>'
            | '«'
            | '»'
            | '&'
            | '#'
            | '%'
            | '+'
            | '='
            | '@'
            | '~'
            | '^'
            | '`'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, Abbreviations::builtin(), &mut out);
        out.iter()
            .map(|t| (text[t.start..t.end].to_string(), t.kind))
            .collect()
    }

    fn surfaces(text: &str) -> Vec<String> {
        toks(text).into_iter().map(|(s, _)| s).collect()
    }

    fn kind_of(token: &str) -> TokenKind {
        let t = toks(token);
        assert_eq!(t.len(), 1, "{token:?} is one token: {t:?}");
        t[0].1
    }

    #[test]
    fn kinds_of_whole_tokens() {
        use TokenKind::*;
        for (token, kind) in [
            ("15,9%", Percent),
            ("10-15%", Percent),
            ("14.732", Number),
            ("1.234.567,89", Number),
            ("15,9", Number),
            ("50k", Number),
            ("2021-2025", Date),
            ("12/7", Date),
            ("4.1.2017", Date),
            ("12/7/2021", Date),
            ("8:30", Date),
            ("TP.HCM", Abbrev),
            ("TP.", Abbrev),
            ("PGS.TS.", Abbrev),
            ("ThS.", Abbrev),
            ("v.v.", Abbrev),
            ("UBND", Abbrev),
            ("HĐND", Abbrev),
            ("CEO", Abbrev),
            ("Q.1", Abbrev),
            ("Covid-19", Code),
            ("14A-130", Code),
            ("H5N1", Code),
            ("15/2021/NĐ-CP", Code),
            ("https://vnexpress.net/a-b.html", Url),
            ("www.chinhphu.vn", Url),
            ("vnexpress.net", Url),
            ("toasoan@tuoitre.com.vn", Email),
            ("Phạm", Word),
            ("HÀ", Word),
            ("NỘI", Word),
            // Regression: surnames with a second capital were abbreviations.
            ("McCain", Word),
            ("DeVos", Word),
            ("MacArthur", Word),
            ("TpHCM", Abbrev),
            ("DaNC", Abbrev),
            // Regression: a foreign name with its initial against it was an abbreviation.
            ("V.Putin", Word),
            ("A.Méc-ken", Word),
            ("B.Nê-ta-ni-a-hu", Word),
            ("J.Mourinho", Word),
            ("Q.Bình", Abbrev),
            ("T.Nhung", Abbrev),
            ("V.League", Abbrev),
            ("…", Punct),
            ("...", Punct),
            ("$", Symbol),
        ] {
            assert_eq!(kind_of(token), kind, "{token}");
        }
    }

    #[test]
    fn splits_punctuation_and_units() {
        assert_eq!(
            surfaces("(Chủ tịch UBND tỉnh), 50.000 đồng/kg."),
            [
                "(", "Chủ", "tịch", "UBND", "tỉnh", ")", ",", "50.000", "đồng", "/", "kg", "."
            ]
        );
        assert_eq!(surfaces("năm.Tổng thu"), ["năm", ".", "Tổng", "thu"]);
        assert_eq!(surfaces("\"Tiên\"?!"), ["\"", "Tiên", "\"", "?!"]);
        assert_eq!(surfaces("TP.HCM."), ["TP.HCM", "."]);
        // Regression: "Tp.HCM" split after the dot and cut the organization before it.
        assert_eq!(surfaces("Tp.HCM, Tp.Vinh"), ["Tp.HCM", ",", "Tp.Vinh"]);
        assert_eq!(surfaces("Mr.Obama"), ["Mr.", "Obama"]);
        // Regression: a degree against a name kept the name inside it ("TS.Nguyễn").
        assert_eq!(
            surfaces("TS.Nguyễn Cung, PGS.TS.Trần B, PGS.TS Lê"),
            [
                "TS.", "Nguyễn", "Cung", ",", "PGS.TS.", "Trần", "B", ",", "PGS.TS", "Lê"
            ]
        );
        assert_eq!(surfaces("Nguyễn Văn H."), ["Nguyễn", "Văn", "H", "."]);
        assert_eq!(surfaces("15,9%."), ["15,9%", "."]);
        assert_eq!(surfaces("xem www.abc.vn."), ["xem", "www.abc.vn", "."]);
        assert_eq!(surfaces("a\u{b}b\u{2028}c"), ["a", "b", "c"]);
        // Regression: a non-ASCII character right after a word ended inside a char boundary.
        assert_eq!(surfaces("chú…"), ["chú", "…"]);
    }

    #[test]
    fn an_apostrophe_after_a_capital_prefix_is_inside_a_name() {
        assert_eq!(
            surfaces("ông O'Neill, huyện Cư M’gar"),
            ["ông", "O'Neill", ",", "huyện", "Cư", "M’gar"]
        );
        // Quotes around words, and an apostrophe after a longer or small word, split.
        assert_eq!(
            surfaces("'Ổn định' và rock'n'roll"),
            ["'", "Ổn", "định", "'", "và", "rock", "'", "n", "'", "roll"]
        );
        assert_eq!(kind_of("O’Brien"), TokenKind::Word);
    }

    #[test]
    fn other_scripts_use_word_boundaries() {
        assert_eq!(
            surfaces("Tập Cận Bình (习近平)"),
            ["Tập", "Cận", "Bình", "(", "习", "近", "平", ")"]
        );
    }

    #[test]
    fn syllable_shapes() {
        for s in [
            "phạm", "nghiêng", "hà", "nội", "khuỷu", "quý", "gì", "tháng",
        ] {
            assert!(is_syllable(s), "{s}");
        }
        for s in ["hđnd", "ubnd", "tp", "ths", "pgs", "usd", "tand"] {
            assert!(!is_syllable(s), "{s}");
        }
    }
}
