//! Regression tests for what the fuzzers under `fuzz/` found (fuzz/README.md). Each input is
//! the minimized one (`cargo afl tmin`).

use unicode_normalization::UnicodeNormalization;
use vnextract::normalize::normalize;

/// Normalization is NFC and a fixed point, with its map still sound.
fn assert_nfc_fixed_point(text: &str) {
    let normalized = normalize(text);
    let n = normalized.text();
    let nfc: String = text.nfc().collect();
    assert_eq!(n, nfc, "normalize({text:?}) is not NFC");
    assert_eq!(
        normalize(n).text(),
        n,
        "normalizing {text:?} twice changed it"
    );
    let whole = normalized.orig_range(0..n.len());
    assert_eq!(whole, 0..text.len());
}

/// fuzz target `normalize`, 2026-12-02 (15 crashes, one cause): a combining mark followed by
/// U+0F73 TIBETAN VOWEL SIGN II, a character of combining class 0 whose decomposition
/// (U+0F71 U+0F72) has non-zero classes. `compose` cut its clusters before U+0F73 and
/// normalized the two halves apart, so the marks were not reordered: the output was not NFC
/// and a second normalization changed it.
#[test]
fn mark_before_tibetan_vowel_sign_is_reordered() {
    assert_nfc_fixed_point("\u{300}\u{f73}");
    assert_eq!(normalize("\u{300}\u{f73}").text(), "\u{f71}\u{f72}\u{300}");
}

/// The same cause after a base letter: the grave accent must still compose with "a" across
/// the Tibetan vowel sign's marks (their classes are lower, so they do not block it).
#[test]
fn mark_after_tibetan_vowel_sign_composes_with_its_base() {
    assert_nfc_fixed_point("a\u{f73}\u{300}");
    assert_eq!(normalize("a\u{f73}\u{300}").text(), "\u{e0}\u{f71}\u{f72}");
}

/// U+0F75 (decomposing to U+0F71 U+0F74) after a macron, seen in the same run.
#[test]
fn macron_before_tibetan_vowel_sign_u() {
    assert_nfc_fixed_point("\u{304}\u{f75}");
}

/// Inside Vietnamese text, with a tone to re-place before it.
#[test]
fn tibetan_vowel_sign_in_vietnamese_text() {
    let text = "Ho\u{300}a \u{300}\u{f73} bi\u{300}nh";
    let n = normalize(text);
    assert_eq!(n.text(), "Hòa \u{f71}\u{f72}\u{300} bình");
    assert_eq!(normalize(n.text()).text(), n.text());
}

/// Found while triaging the case above, not by afl (the `normalize` target checked that
/// normalizing is a fixed point, which this input is): `compose` also cuts clusters before
/// starters that compose with the starter before them (Hangul jamo U+1100 U+1161 is U+AC00
/// in NFC; Oriya U+0B47 U+0B3E is U+0B4B), so those stay decomposed.
#[test]
fn starters_that_compose_are_composed() {
    assert_nfc_fixed_point("\u{1100}\u{1161}");
    assert_nfc_fixed_point("\u{1100}\u{1161}\u{11a8}");
    assert_nfc_fixed_point("\u{b47}\u{b3e}");
}
