//! The hash of a syllable (its *atom*) and of a sequence of atoms, apart from the rest of
//! the features so that the build script can include this file (`build.rs` hashes the
//! shipped model's dictionary words, as [`crate::segment::word::model`] would when reading
//! them). Only `std` is used here.

pub(crate) const K: u64 = 0x517c_c1b7_2722_0a95;
pub(crate) const ATOM_SEED: u64 = 0x243f_6a88_85a3_08d3;
pub(crate) const SEQUENCE_SEED: u64 = 0xa409_3822_299f_31d0;

#[inline(always)]
pub(crate) const fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

#[inline(always)]
pub(crate) const fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h
}

/// The atom of a string, case-folded and with "y" after an onset spelled "i" (see
/// [`atom_text`](crate::segment::word::features::atom_text)): "Chủ" and "chủ" hash alike,
/// and so do "lý", "lí" and "LÝ".
#[inline]
pub(crate) fn atom_hash(s: &str) -> u64 {
    let bytes = s.as_bytes();
    if matches!(bytes.last(), Some(b'y' | b'Y')) || !s.is_ascii() {
        return atom_hash_slow(s);
    }
    let mut h = ATOM_SEED;
    for &b in bytes {
        h = mix(h, b.to_ascii_lowercase() as u64);
    }
    h
}

/// [`atom_hash`] of a string that is not ASCII or ends in "y": a plain loop, as every
/// syllable with a diacritic comes here.
pub(crate) fn atom_hash_slow(s: &str) -> u64 {
    let (kept, fold) = split_iy_fold(s);
    let mut h = ATOM_SEED;
    for c in kept.chars() {
        if c.is_ascii() {
            h = mix(h, c.to_ascii_lowercase() as u64);
        } else if let Some(l) = vietnamese_lower(c) {
            h = mix(h, l as u64);
        } else {
            for l in c.to_lowercase() {
                h = mix(h, l as u64);
            }
        }
    }
    match fold {
        Some(i) => mix(h, i as u64),
        None => h,
    }
}

/// `s` without the final "y" that [`iy_fold`] reads as "i", and that "i"; `s` and `None`
/// when there is none.
#[inline]
pub(crate) fn split_iy_fold(s: &str) -> (&str, Option<char>) {
    match iy_fold(s) {
        Some(i) => (
            s.char_indices().next_back().map_or(s, |(at, _)| &s[..at]),
            Some(i),
        ),
        None => (s, None),
    }
}

/// The lowercase of a Vietnamese letter or an ASCII character, else the character.
#[inline]
pub(crate) fn lower_letter(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        vietnamese_lower(c).unwrap_or(c)
    }
}

/// "y" with each tone mark, and "i" with the same mark.
pub(crate) const Y_TO_I: [(char, char); 6] = [
    ('y', 'i'),
    ('ý', 'í'),
    ('ỳ', 'ì'),
    ('ỷ', 'ỉ'),
    ('ỹ', 'ĩ'),
    ('ỵ', 'ị'),
];

/// The "i" that stands for the final "y" of a syllable whose rhyme is that one vowel after
/// a consonant onset ("lý", "kỹ", "quý", "Mỹ"): Vietnamese spells those both ways ("lí",
/// "kĩ", "quí", "Mĩ") with one meaning, and the features should see one syllable. A bare
/// "y" ("ý kiến") and a "y" after another vowel ("tay", "tuy") are not folded.
#[inline]
pub(crate) fn iy_fold(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let last = lower_letter(chars.next_back()?);
    let (_, i) = Y_TO_I.iter().find(|(y, _)| *y == last)?;
    iy_onset(chars.as_str()).then_some(*i)
}

/// Whether a final "y" or "i" after `onset` is the whole rhyme, spelled either way.
pub(crate) fn iy_onset(onset: &str) -> bool {
    let consonants = !onset.is_empty()
        && onset
            .chars()
            .all(|c| "bcdđghklmnpqrstvx".contains(lower_letter(c)));
    consonants || onset.eq_ignore_ascii_case("qu")
}

/// The lowercase of a Vietnamese letter without the Unicode tables, when it is one: the
/// blocks where capitals and small letters alternate or sit 0x20 apart.
#[inline]
pub(crate) fn vietnamese_lower(c: char) -> Option<char> {
    let n = c as u32;
    let lower = match n {
        // Ạ … ỹ: capitals at even code points.
        0x1EA0..=0x1EF9 => n | 1,
        // À … Ý (not ×), à … ÿ.
        0x00C0..=0x00D6 | 0x00D8..=0x00DE => n + 0x20,
        0x00DF..=0x00FF => n,
        // Ă ă, Đ đ, Ĩ ĩ, Ũ ũ, Ơ ơ.
        0x0102 | 0x0103 | 0x0110 | 0x0111 | 0x0128 | 0x0129 | 0x0168 | 0x0169 | 0x01A0 | 0x01A1 => {
            n | 1
        }
        // Ư ư.
        0x01AF => 0x01B0,
        0x01B0 => n,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Hash of a sequence of atoms (a dictionary word).
#[inline]
pub(crate) fn sequence_hash(atoms: &[u64]) -> u64 {
    finish(atoms.iter().fold(SEQUENCE_SEED, |h, &a| mix(h, a)))
}

/// A dictionary entry is a word.
pub(crate) const WORD: u32 = 1;
/// A dictionary entry begins a longer word.
pub(crate) const GOES_ON: u32 = 2;

/// The (sequence hash, flag) pairs of one dictionary word given as atoms: the word itself,
/// and each beginning of two syllables or more that goes on into it.
pub(crate) fn push_word_flags(word: &[u64], flags: &mut Vec<(u64, u32)>) {
    flags.push((sequence_hash(word), WORD));
    for end in 2..word.len() {
        flags.push((sequence_hash(&word[..end]), GOES_ON));
    }
}

/// Sorts (hash, flags) pairs by hash and joins the flags of equal hashes into one pair: the
/// layout of the dictionary's and the syllables' tables, here once for the library and for
/// `build.rs`.
pub(crate) fn sort_and_join_flags(pairs: &mut Vec<(u64, u32)>) {
    pairs.sort_unstable_by_key(|&(h, _)| h);
    pairs.dedup_by(|next, kept| {
        let same = next.0 == kept.0;
        if same {
            kept.1 |= next.1;
        }
        same
    });
}
