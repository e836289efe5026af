//! Short words packed into integers: a word of at most eight bytes is a `u64` ([`pack`]),
//! compared, hashed and looked up without a loop over its bytes. The extractors test tokens
//! against word lists this way, with few branches that depend on the text.

use std::ops::Range;

use rustc_hash::FxHashMap;

/// The high bit of each byte of packed bytes that is an ASCII capital, all at once.
#[inline(always)]
pub(crate) const fn ascii_capitals(key: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low_bits = key & (0x7f * ONES);
    // The high bit of each byte says whether it is at least 'A', and whether it is past 'Z'.
    let from_a = low_bits + (0x80 - b'A' as u64) * ONES;
    let past_z = low_bits + (0x80 - b'Z' as u64 - 1) * ONES;
    from_a & !past_z & !key & (0x80 * ONES)
}

/// Up to eight bytes as one integer (zero-padded), for comparing short words at once.
pub(crate) const fn pack(bytes: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < bytes.len() && i < 8 {
        key |= (bytes[i] as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The word at `range` of `text` packed as [`pack`] does, reading eight bytes at once when
/// the text goes on that far. `None` for a word longer than eight bytes.
#[inline]
pub(crate) fn packed_at(text: &[u8], range: Range<usize>) -> Option<u64> {
    let len = range.len();
    if len > 8 {
        return None;
    }
    match text.get(range.start..range.start + 8) {
        Some(eight) => {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(eight);
            let mask = if len == 8 {
                u64::MAX
            } else {
                (1u64 << (8 * len)) - 1
            };
            Some(u64::from_le_bytes(buf) & mask)
        }
        None => text.get(range).map(pack),
    }
}

/// A list of packed words that can say whether it holds one.
pub(crate) trait WordList {
    fn has(&self, key: u64) -> bool;
}

impl<const N: usize> WordList for WordSet<N> {
    #[inline(always)]
    fn has(&self, key: u64) -> bool {
        WordSet::has(self, key)
    }
}

impl<const SLOTS: usize> WordList for WordTable<SLOTS> {
    #[inline(always)]
    fn has(&self, key: u64) -> bool {
        self.get(key).is_some()
    }
}

/// Words of at most eight bytes, packed (see [`pack`]): a token is tested against all of
/// them with a fixed run of integer comparisons instead of a chain of string comparisons,
/// each a branch on the text that the processor cannot predict.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordSet<const N: usize> {
    keys: [u64; N],
}

impl<const N: usize> WordSet<N> {
    /// Panics (when compiling, for a `const`) on a word longer than eight bytes.
    pub(crate) const fn new(words: [&str; N]) -> Self {
        let mut keys = [0u64; N];
        let mut k = 0;
        while k < N {
            let word = words[k].as_bytes();
            assert!(
                !word.is_empty() && word.len() <= 8,
                "a word of a set packs into eight bytes"
            );
            keys[k] = pack(word);
            k += 1;
        }
        WordSet { keys }
    }

    /// Whether a packed word is in the set; no early exit.
    #[inline(always)]
    pub(crate) fn has(&self, key: u64) -> bool {
        self.keys.iter().fold(false, |found, &k| found | (k == key))
    }
}

/// Words of at most eight bytes numbered by their place in a list, found by a perfect hash
/// that is searched for when compiling: a packed word is looked up with one multiplication,
/// one load and one comparison, whatever the size of the list. `SLOTS` (a power of two) of
/// about eight times the number of words lets the search succeed in a few dozen tries.
#[derive(Debug, Clone)]
pub(crate) struct WordTable<const SLOTS: usize> {
    multiplier: u64,
    shift: u32,
    /// The key in each slot; all bits set (no word's key: 0xFF is never in UTF-8) in empty
    /// slots.
    keys: [u64; SLOTS],
    /// The place in the list of the word in each slot.
    places: [u8; SLOTS],
}

impl<const SLOTS: usize> WordTable<SLOTS> {
    /// Panics (when compiling, for a `const`) on a word longer than eight bytes, a word
    /// listed twice, or more than 255 words.
    pub(crate) const fn new(words: &[&str]) -> Self {
        assert!(
            SLOTS.is_power_of_two() && SLOTS >= 2,
            "a power of two of slots"
        );
        assert!(words.len() < 256, "at most 255 words");
        let mut listed = [0u64; 255];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            assert!(
                !word.is_empty() && word.len() <= 8,
                "a word of a table packs into eight bytes"
            );
            listed[k] = pack(word);
            let mut j = 0;
            while j < k {
                assert!(listed[j] != listed[k], "a word listed twice");
                j += 1;
            }
            k += 1;
        }
        let shift = 64 - SLOTS.trailing_zeros();
        let mut state = 0u64;
        loop {
            // splitmix64: a new odd multiplier at each try, until no two words share a slot.
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            let multiplier = (z ^ (z >> 31)) | 1;
            let mut keys = [u64::MAX; SLOTS];
            let mut places = [0u8; SLOTS];
            let mut k = 0;
            while k < words.len() {
                let slot = (listed[k].wrapping_mul(multiplier) >> shift) as usize;
                if keys[slot] != u64::MAX {
                    break;
                }
                keys[slot] = listed[k];
                places[slot] = k as u8;
                k += 1;
            }
            if k == words.len() {
                return WordTable {
                    multiplier,
                    shift,
                    keys,
                    places,
                };
            }
        }
    }

    /// The place in the list of the packed word `key`, if it is listed.
    #[inline(always)]
    pub(crate) fn get(&self, key: u64) -> Option<usize> {
        let slot = (key.wrapping_mul(self.multiplier) >> self.shift) as usize & (SLOTS - 1);
        (self.keys[slot] == key).then(|| usize::from(self.places[slot]))
    }
}

/// Words of any length with a value each, built when a lexicon is read: a word of at most
/// eight bytes (nearly all) by its packed key, hashed with one multiplication; a longer one
/// by its text, in a second map that is only asked when it holds something.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<T> {
    short: FxHashMap<u64, T>,
    long: FxHashMap<Box<str>, T>,
}

impl<T> Default for WordMap<T> {
    fn default() -> Self {
        WordMap {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
        }
    }
}

impl<T: Default> WordMap<T> {
    /// The value of a lower-case word (not empty), made when it is not there yet.
    pub(crate) fn entry(&mut self, word: &str) -> &mut T {
        if word.len() <= 8 {
            self.short.entry(pack(word.as_bytes())).or_default()
        } else {
            self.long.entry(word.into()).or_default()
        }
    }
}

impl<T> WordMap<T> {
    /// The value of the word packed as `key` (0, no word's key, for a longer word).
    #[inline(always)]
    pub(crate) fn get(&self, key: u64) -> Option<&T> {
        self.short.get(&key)
    }

    /// The value of a lower-case word longer than eight bytes.
    pub(crate) fn get_long(&self, word: &str) -> Option<&T> {
        self.long.get(word)
    }

    /// Whether any word is longer than eight bytes.
    #[inline(always)]
    pub(crate) fn has_long(&self) -> bool {
        !self.long.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_reads_whole_words_only() {
        assert_eq!(packed_at(b"ba ba", 0..2), Some(pack(b"ba")));
        assert_eq!(packed_at(b"bacdefghij", 0..2), Some(pack(b"ba")));
        assert_ne!(packed_at(b"bacdefghij", 0..3), Some(pack(b"ba")));
        assert_eq!(packed_at(b"abcdefghij", 0..9), None);
    }

    #[test]
    fn capitals_are_found_in_ascii_bytes_only() {
        assert_eq!(ascii_capitals(pack(b"usd")), 0);
        assert_ne!(ascii_capitals(pack(b"100USD")), 0);
        assert_ne!(ascii_capitals(pack(b"Z")), 0);
        assert_eq!(ascii_capitals(pack(b"@[`{")), 0);
        assert_eq!(ascii_capitals(pack("đồng".as_bytes())), 0);
    }

    #[test]
    fn a_table_finds_its_words_and_no_others() {
        const WORDS: [&str; 6] = ["một", "hai", "ba", "tỷ", "%", "ringgit"];
        const TABLE: WordTable<64> = WordTable::new(&WORDS);
        for (place, word) in WORDS.iter().enumerate() {
            assert_eq!(TABLE.get(pack(word.as_bytes())), Some(place), "{word}");
        }
        for other in ["bốn", "hai ", "h", "", "ringgi"] {
            assert_eq!(TABLE.get(pack(other.as_bytes())), None, "{other}");
        }
        // A word longer than eight bytes packs to nothing a table holds.
        assert_eq!(TABLE.get(0), None);
        let set = WordSet::new(["và", "khi"]);
        assert!(set.has(pack("khi".as_bytes())) && !set.has(pack(b"kh")));
    }
}
