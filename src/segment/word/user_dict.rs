//! User dictionaries: words to force ("FIS BANK") and splits to force ("-cán bộ").
//!
//! A text file, one entry per line: syllables separated by spaces (or underscores, as in
//! "FIS_BANK"). A line starting with `-` forces the syllables after it apart. Blank lines
//! and lines starting with `#` are skipped. Matching ignores case and tone placement;
//! the longest entry starting at a syllable wins, left to right.

use std::collections::HashMap;

use super::features::{Fixed, atom_hash, sequence_hash};
use crate::error::LexiconError;
use crate::normalize::normalize_str;
use crate::segment::lexicon::read_lexicon_file;

/// The longest user entry, in syllables.
pub const MAX_USER_WORD: usize = 16;

/// Forced words and forced splits.
#[derive(Debug, Clone, Default)]
pub struct UserDict {
    /// Sequence hash → true for a forced word, false for a forced split.
    entries: HashMap<u64, bool>,
    /// Bit `L` set when an entry has `L` syllables.
    lengths: u32,
    max_len: usize,
}

impl UserDict {
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Tells dictionaries apart (see [`super::WordSegmenter::fingerprint`]): a digest of
    /// its entries, whatever their order in the file.
    pub fn fingerprint(&self) -> String {
        let mut entries: Vec<(u64, bool)> = self.entries.iter().map(|(&h, &j)| (h, j)).collect();
        entries.sort_unstable();
        let bytes: Vec<u8> = entries
            .iter()
            .flat_map(|&(h, join)| h.to_le_bytes().into_iter().chain([u8::from(join)]))
            .collect();
        super::model::sha256_prefix(&bytes)
    }

    /// Reads a user dictionary file.
    pub fn load(path: &std::path::Path) -> Result<UserDict, LexiconError> {
        let (name, source) = read_lexicon_file(path)?;
        UserDict::parse(&source, &name)
    }

    /// Parses a user dictionary (see the module documentation); `name` is for errors.
    pub fn parse(source: &str, name: &str) -> Result<UserDict, LexiconError> {
        let mut dict = UserDict::default();
        for (n, line) in source.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| LexiconError::Entry {
                name: name.to_string(),
                line: n + 1,
                message,
            };
            let (join, words) = match line.strip_prefix('-') {
                Some(rest) => (false, rest.trim()),
                None => (true, line),
            };
            let normalized = normalize_str(words);
            let atoms: Vec<u64> = normalized
                .split(|c: char| c.is_whitespace() || c == '_')
                .filter(|s| !s.is_empty())
                .map(atom_hash)
                .collect();
            if atoms.is_empty() {
                return Err(error(format!("no syllables in {line:?}")));
            }
            if !join && atoms.len() < 2 {
                return Err(error(format!(
                    "a forced split needs two syllables or more, found {line:?}"
                )));
            }
            if atoms.len() > MAX_USER_WORD {
                return Err(error(format!(
                    "an entry has at most {MAX_USER_WORD} syllables, found {}",
                    atoms.len()
                )));
            }
            dict.entries.insert(sequence_hash(&atoms), join);
            dict.lengths |= 1 << atoms.len();
            dict.max_len = dict.max_len.max(atoms.len());
        }
        Ok(dict)
    }

    /// Fixes the boundaries of a sentence whose units have `atoms` (raw, not classes):
    /// inside a forced word they join, around it they split; inside a forced split they
    /// split. Boundaries that can never join (punctuation, line layout) stay as they are.
    pub(crate) fn apply(&self, atoms: &[u64], fixed: &mut [Fixed]) {
        if self.entries.is_empty() {
            return;
        }
        let n = atoms.len();
        let mut i = 0;
        'outer: while i < n {
            for len in (1..=self.max_len.min(n - i)).rev() {
                if self.lengths & (1 << len) == 0 {
                    continue;
                }
                let Some(&join) = self.entries.get(&sequence_hash(&atoms[i..i + len])) else {
                    continue;
                };
                let set = |fixed: &mut [Fixed], k: usize, to: Fixed| {
                    if let Some(f) = fixed.get_mut(k).filter(|f| **f != Fixed::Never) {
                        *f = to;
                    }
                };
                for k in i + 1..i + len {
                    set(fixed, k, if join { Fixed::Join } else { Fixed::Split });
                }
                if join {
                    if i > 0 {
                        set(fixed, i, Fixed::Split);
                    }
                    set(fixed, i + len, Fixed::Split);
                }
                i += len;
                continue 'outer;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_errors() {
        let dict = UserDict::parse("# mine\nFIS BANK\n\n-cán bộ\nNgân_hàng Nhà nước\n", "u.txt")
            .expect("parses");
        assert_eq!(dict.len(), 3);
        let err = UserDict::parse("FIS BANK\n-\n", "u.txt").unwrap_err();
        assert!(err.to_string().contains("u.txt:2"), "{err}");
        let err = UserDict::parse("-cán\n", "u.txt").unwrap_err();
        assert!(err.to_string().contains("u.txt:1"), "{err}");
    }

    #[test]
    fn forced_words_and_splits() {
        let dict = UserDict::parse("fis bank\n-cán bộ\n", "u").expect("parses");
        let atoms: Vec<u64> = ["Ông", "FIS", "Bank", "cán", "bộ"]
            .iter()
            .map(|s| atom_hash(s))
            .collect();
        let mut fixed = vec![
            Fixed::Never,
            Fixed::Free,
            Fixed::Free,
            Fixed::Free,
            Fixed::Join,
        ];
        dict.apply(&atoms, &mut fixed);
        assert_eq!(
            fixed,
            [
                Fixed::Never,
                Fixed::Split,
                Fixed::Join,
                Fixed::Split,
                Fixed::Split
            ]
        );
    }
}
