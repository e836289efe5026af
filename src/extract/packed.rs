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
            // A new odd multiplier at each try, until no two words share a slot.
            let multiplier = next_multiplier(&mut state);
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
/// eight bytes (nearly all) by its packed key, a longer one by its text, in a second map that
/// is only asked when it holds something. Once [`WordMap::compile`]d, the packed keys are
/// found by a perfect hash as in a [`WordTable`]: one multiplication, one load and one
/// comparison (a hash map until then, or when the list is too long for one).
#[derive(Debug, Clone)]
pub(crate) struct WordMap<T> {
    values: Vec<T>,
    /// The place in `values` of each packed word.
    short: FxHashMap<u64, u32>,
    long: FxHashMap<Box<str>, u32>,
    /// `short` as a perfect hash, when compiled since the last word was added.
    index: Option<KeyIndex>,
}

impl<T> Default for WordMap<T> {
    fn default() -> Self {
        WordMap {
            values: Vec::new(),
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            index: None,
        }
    }
}

impl<T: Default> WordMap<T> {
    /// The value of a lower-case word (not empty), made when it is not there yet.
    pub(crate) fn entry(&mut self, word: &str) -> &mut T {
        let next = u32::try_from(self.values.len()).unwrap_or(u32::MAX);
        let (place, new) = if word.len() <= 8 {
            let key = pack(word.as_bytes());
            let new = !self.short.contains_key(&key);
            (*self.short.entry(key).or_insert(next), new)
        } else {
            let new = !self.long.contains_key(word);
            (*self.long.entry(word.into()).or_insert(next), new)
        };
        if new {
            self.values.push(T::default());
            self.index = None;
        }
        // Every place in the maps is that of a value.
        &mut self.values[place as usize]
    }
}

impl<T> WordMap<T> {
    /// Builds the perfect hash of the packed words; call it when all are added.
    pub(crate) fn compile(&mut self) {
        if self.index.is_none() {
            let entries: Vec<(u64, u32)> = self.short.iter().map(|(&k, &p)| (k, p)).collect();
            self.index = KeyIndex::new(&entries);
        }
    }

    /// The value of the word packed as `key` (0, no word's key, for a longer word).
    #[inline(always)]
    pub(crate) fn get(&self, key: u64) -> Option<&T> {
        let place = match &self.index {
            Some(index) => index.get(key)?,
            None => *self.short.get(&key)?,
        };
        self.values.get(place as usize)
    }

    /// The value of a lower-case word longer than eight bytes.
    pub(crate) fn get_long(&self, word: &str) -> Option<&T> {
        self.values.get(*self.long.get(word)? as usize)
    }

    /// Whether any word is longer than eight bytes.
    #[inline(always)]
    pub(crate) fn has_long(&self) -> bool {
        !self.long.is_empty()
    }
}

/// A perfect hash of packed words built at run time, searched for as [`WordTable::new`]
/// searches when compiling.
#[derive(Debug, Clone)]
struct KeyIndex {
    multiplier: u64,
    shift: u32,
    /// The key in each slot; all bits set in empty slots.
    keys: Box<[u64]>,
    /// The value of the key in each slot.
    places: Box<[u32]>,
}

impl KeyIndex {
    /// Lists longer than this are left to a hash map: a perfect hash of them would need
    /// many tries or many slots.
    const MAX_KEYS: usize = 128;

    /// `None` when no multiplier tried puts every key in a slot of its own.
    fn new(entries: &[(u64, u32)]) -> Option<KeyIndex> {
        if entries.len() > Self::MAX_KEYS {
            return None;
        }
        let slots = (entries.len() * 8).next_power_of_two().max(2);
        let shift = 64 - slots.trailing_zeros();
        let mut keys = vec![u64::MAX; slots].into_boxed_slice();
        let mut places = vec![0u32; slots].into_boxed_slice();
        let mut state = 0u64;
        for _ in 0..10_000 {
            let multiplier = next_multiplier(&mut state);
            keys.fill(u64::MAX);
            let placed = entries.iter().all(|&(key, place)| {
                let slot = (key.wrapping_mul(multiplier) >> shift) as usize;
                let free = keys[slot] == u64::MAX;
                keys[slot] = key;
                places[slot] = place;
                free
            });
            if placed {
                return Some(KeyIndex {
                    multiplier,
                    shift,
                    keys,
                    places,
                });
            }
        }
        None
    }

    #[inline(always)]
    fn get(&self, key: u64) -> Option<u32> {
        let slot = (key.wrapping_mul(self.multiplier) >> self.shift) as usize;
        (*self.keys.get(slot)? == key).then(|| self.places[slot])
    }
}

/// splitmix64: the next odd multiplier to try for a perfect hash.
const fn next_multiplier(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
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
    fn a_map_finds_its_words_before_and_after_compiling() {
        let mut map = WordMap::<u32>::default();
        let words = ["một", "hai", "ba", "tỷ", "%", "ringgit", "singapore"];
        for (n, word) in words.iter().enumerate() {
            *map.entry(word) = n as u32;
        }
        *map.entry("hai") += 10;
        for compiled in [false, true] {
            if compiled {
                map.compile();
                assert!(map.index.is_some());
            }
            for (n, word) in words.iter().enumerate() {
                let found = match packed_at(word.as_bytes(), 0..word.len()) {
                    Some(key) => map.get(key),
                    None => map.get_long(word),
                };
                let expected = if *word == "hai" { 11 } else { n as u32 };
                assert_eq!(found, Some(&expected), "{word}");
            }
            for other in ["bốn", "h", "ringgi"] {
                assert_eq!(map.get(pack(other.as_bytes())), None, "{other}");
            }
            assert_eq!(map.get(0), None);
        }
        // A word added after compiling is found too.
        *map.entry("bốn") = 4;
        assert_eq!(map.get(pack("bốn".as_bytes())), Some(&4));
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
