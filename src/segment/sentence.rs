//! Sentence boundaries over syllable tokens.
//!
//! Numbers and abbreviations are already whole tokens ("14.732", "TP.HCM", "PGS.TS."), so a
//! "." token is a real full stop; what remains is deciding whether the text after it starts a
//! new sentence, and treating line breaks (headlines, lead lines, bullets) as boundaries.

use std::ops::Range;

use super::lexicon::Abbreviations;
use super::syllable::{RawToken, TokenKind, is_syllable};

/// Groups `tokens` (of normalized `text`) into sentences, as ranges of token indices that
/// cover all tokens in order. Inlined in `Segmenter::segment`, its one caller: called out of
/// line, the same loop took 20 M instructions more on 6 MB of news (1,881 articles).
#[inline(always)]
pub(crate) fn sentences(
    text: &str,
    tokens: &[RawToken],
    abbreviations: &Abbreviations,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens are words with one space or nothing before the next: they end no
        // sentence and break no line, and are passed over before the tests below.
        if let Some(next) = tokens.get(i + 1)
            && !matches!(tokens[i].kind, TokenKind::Punct | TokenKind::Abbrev)
            && plain_gap(text, &tokens[i], next)
        {
            i += 1;
            continue;
        }
        let mut last = i;
        let boundary = if ends_sentence(text, &tokens[i], abbreviations) {
            // Closing quotes and brackets written right after the stop belong to it.
            while let Some(next) = tokens.get(last + 1) {
                if next.start == tokens[last].end && is_closing(&text[next.start..next.end]) {
                    last += 1;
                } else {
                    break;
                }
            }
            match tokens.get(last + 1) {
                None => true,
                Some(next) => {
                    starts_sentence(&text[next.start..next.end])
                        && !(last == i && ends_an_initial(text, tokens, i))
                }
            }
        } else {
            false
        };
        let line_break = tokens
            .get(last + 1)
            .is_some_and(|next| breaks_line(text, &tokens[last], next));
        if boundary || line_break {
            out.push(start..last + 1);
            start = last + 1;
        }
        i = last + 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

fn ends_sentence(text: &str, token: &RawToken, abbreviations: &Abbreviations) -> bool {
    match token.kind {
        TokenKind::Punct => text[token.start..token.end]
            .chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…')),
        TokenKind::Abbrev => text[token.start..token.end]
            .strip_suffix('.')
            .is_some_and(|a| abbreviations.can_end_sentence(a)),
        _ => false,
    }
}

/// Whether the "." at `stop` closes the initial of a foreign name ("Anders K. Lund", "John F.
/// Kennedy"): one capital letter written against it, a capitalized word before it, and a
/// capitalized word after it that cannot be a Vietnamese syllable. "Nguyễn Văn H. Hôm
/// qua …" still ends a sentence: "Hôm" is one.
fn ends_an_initial(text: &str, tokens: &[RawToken], stop: usize) -> bool {
    let (Some(before), Some(initial), Some(next)) = (
        stop.checked_sub(2).map(|k| &tokens[k]),
        stop.checked_sub(1).map(|k| &tokens[k]),
        tokens.get(stop + 1),
    ) else {
        return false;
    };
    let surface = |t: &RawToken| &text[t.start..t.end];
    // Two initials ("H.R. McMaster") need no given name before them.
    let given_name_before = matches!(before.kind, TokenKind::Word)
        && surface(before)
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    // The second of two initials written apart ("H. R. McMaster", "George H. W. Bush").
    let initial_before = surface(before) == "."
        && stop >= 3
        && tokens[stop - 3].end == before.start
        && initial_before_foreign(surface(&tokens[stop - 3]), surface(initial));
    initial.end == tokens[stop].start
        && (given_name_before || initial_before || surface(initial).contains('.'))
        && matches!(next.kind, TokenKind::Word)
        && initial_before_foreign(surface(initial), surface(next))
}

/// Whether `initial` is one capital letter (or a few between dots) and `next` a capitalized
/// word that cannot be a Vietnamese syllable: "K" and "Lund" in "Anders K. Lund". The
/// sentence splitter and the officials' name runs (`TokenView::initial_stop`) both go by it.
pub(crate) fn initial_before_foreign(initial: &str, next: &str) -> bool {
    // One capital, or capitals between dots ("H.R" of "H.R. McMaster"); a letter without
    // marks: "Á" of "châu Á." and "Ý" are words.
    let is_initial = |part: &str| {
        let mut letters = part.chars();
        letters.next().is_some_and(|c| c.is_ascii_uppercase()) && letters.next().is_none()
    };
    initial.split('.').all(is_initial)
        && next.chars().next().is_some_and(char::is_uppercase)
        && !is_syllable(&next.to_lowercase())
}

fn is_closing(surface: &str) -> bool {
    matches!(surface, "\"" | "'" | ")" | "]" | "}" | "»")
}

/// Whether a token can open a sentence: a capital, a digit, an opening quote or bracket, a
/// bullet or dash.
fn starts_sentence(surface: &str) -> bool {
    surface.chars().next().is_some_and(|c| {
        c.is_uppercase()
            || c.is_numeric()
            || matches!(c, '"' | '\'' | '(' | '[' | '«' | '-' | '•' | '*' | '+')
    })
}

/// Whether `before` and `after` are written against each other or with one space between
/// them, as most tokens are: no line break.
#[inline(always)]
fn plain_gap(text: &str, before: &RawToken, after: &RawToken) -> bool {
    after.start <= before.end
        || (after.start == before.end + 1 && text.as_bytes().get(before.end) == Some(&b' '))
}

/// A line break between two tokens ends the sentence, unless it only wraps a running
/// sentence: one break, the line not ending in punctuation, the next starting in lower case.
fn breaks_line(text: &str, before: &RawToken, after: &RawToken) -> bool {
    if plain_gap(text, before, after) {
        return false;
    }
    // Bytes avoid the char-boundary checks of slicing.
    let gap = text
        .as_bytes()
        .get(before.end..after.start)
        .unwrap_or_default();
    let breaks = gap.iter().filter(|&&b| b == b'\n').count();
    if breaks == 0 {
        return false;
    }
    let wraps = breaks == 1
        && before.kind != TokenKind::Punct
        && text[after.start..after.end]
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    !wraps
}
