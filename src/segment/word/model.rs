//! The word model: feature weights and a dictionary, read from a versioned text file.
//!
//! ```text
//! # format: vnextract-words 1
//! # (comments: how it was trained)
//! dict<TAB>chủ tịch
//! stat<TAB>khủng<TAB>7<TAB>1
//! freq<TAB>chủ<TAB>14
//! s-1.s0<TAB>chủ<TAB>tịch<TAB>2.437
//! ```
//!
//! A `dict` line holds a word of the dictionary (syllables separated by spaces, lowercase);
//! a `stat` line a syllable and how often it goes on into the next syllable of its word and
//! is attached to the one before in the training data (classes 0–7, see `ratio_class`);
//! a `freq` line a syllable and its frequency class (the base-2 logarithm of its count in a
//! frequency list); any other line is a feature: its template's name, one tab-separated atom per slot, and
//! its weight. A boundary joins two syllables when the weights of its features sum above 0.

use std::fmt::Write as _;
use std::sync::OnceLock;

use super::features::{MAX_DICT, TEMPLATES, atom_hash, hash_named, sequence_hash};
use crate::error::LexiconError;
use crate::segment::lexicon::check_format_version;

/// The format line of word model files; bump it when the features or the layout change.
pub const WORDS_FORMAT: &str = "vnextract-words 1";

const BUILTIN: &str = include_str!("../../../models/words.txt");

/// An open-addressing table from `u64` hashes to weights: 8 bytes a slot, a 32-bit check.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    slots: Vec<(u32, f32)>,
    mask: usize,
    len: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table::from_entries(&[])
    }
}

impl Table {
    /// A table of `entries`; the weights of equal hashes add up.
    pub fn from_entries(entries: &[(u64, f32)]) -> Self {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = Table {
            slots: vec![(0, 0.0); size],
            mask: size - 1,
            len: 0,
        };
        for &(h, w) in entries {
            table.add(h, w);
        }
        table
    }

    #[inline(always)]
    fn tag(h: u64) -> u32 {
        ((h >> 32) as u32) | 1
    }

    /// Adds `w` to the weight of `h`; the table is sized for its entries when built.
    fn add(&mut self, h: u64, w: f32) {
        let tag = Table::tag(h);
        let mut i = h as usize & self.mask;
        loop {
            let slot = &mut self.slots[i];
            if slot.0 == tag {
                slot.1 += w;
                return;
            }
            if slot.0 == 0 {
                *slot = (tag, w);
                self.len += 1;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline(always)]
    pub fn get(&self, h: u64) -> f32 {
        let tag = Table::tag(h);
        let mut i = h as usize & self.mask;
        loop {
            // The mask keeps `i` in bounds.
            let (t, w) = self.slots[i];
            if t == tag {
                return w;
            }
            if t == 0 {
                return 0.0;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline(always)]
    pub fn contains(&self, h: u64) -> bool {
        self.get(h) != 0.0
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

/// What the features look up beside the weights: a dictionary of multi-syllable words and
/// the frequency classes of syllables.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub dict: Table,
    /// The longest dictionary word, in syllables.
    pub max_dict: usize,
    /// Syllable atom → frequency class.
    pub freq: Table,
    /// Syllable atom → position classes in the training words, `cont * 8 + attach`.
    pub stats: Table,
}

/// Feature weights: an open-addressing table of 4-byte slots (a 16-bit check of the hash
/// and the weight in fixed point, 1/1024), small enough to stay in the CPU's caches.
#[derive(Debug, Clone)]
pub(crate) struct WeightTable {
    slots: Vec<(u16, i16)>,
    mask: usize,
    /// 64 minus the number of index bits: slots are indexed by the hash's high bits.
    shift: u32,
    len: usize,
}

/// Fixed-point scale of the weights.
pub(crate) const WEIGHT_SCALE: f32 = 1024.0;

impl Default for WeightTable {
    fn default() -> Self {
        WeightTable::from_entries(&[])
    }
}

impl WeightTable {
    /// A table of `entries`; the weights of equal hashes add up.
    pub fn from_entries(entries: &[(u64, f32)]) -> Self {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WeightTable {
            slots: vec![(0, 0); size],
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
            len: 0,
        };
        for &(h, w) in entries {
            let w = (w * WEIGHT_SCALE)
                .round()
                .clamp(i16::MIN as f32 + 1.0, i16::MAX as f32) as i32;
            table.add(h, w);
        }
        table
    }

    /// The home slot and the check of `h`: its top bits, and the 16 bits below them.
    #[inline(always)]
    fn place(&self, h: u64) -> (usize, u16) {
        (
            (h >> self.shift) as usize,
            ((h >> (self.shift - 16)) as u16) | 1,
        )
    }

    fn add(&mut self, h: u64, w: i32) {
        let (mut i, tag) = self.place(h);
        loop {
            let slot = &mut self.slots[i];
            if slot.0 == tag {
                slot.1 = (slot.1 as i32 + w).clamp(i16::MIN as i32 + 1, i16::MAX as i32) as i16;
                return;
            }
            if slot.0 == 0 {
                *slot = (tag, w as i16);
                self.len += 1;
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The weight of `h` in fixed point (0 when absent).
    #[inline(always)]
    pub fn get(&self, h: u64) -> i32 {
        let (mut i, tag) = self.place(h);
        loop {
            // The mask keeps `i` in bounds.
            let (t, w) = self.slots[i];
            if t == tag {
                return w as i32;
            }
            if t == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

/// A trained word model: feature weights, a dictionary of multi-syllable words, and
/// syllable frequency classes.
#[derive(Debug, Clone)]
pub struct WordModel {
    pub(crate) weights: WeightTable,
    pub(crate) lexicon: Lexicon,
    features: usize,
    words: usize,
}

impl WordModel {
    /// The model shipped in `models/words.txt`.
    pub fn builtin() -> &'static WordModel {
        static BUILT: OnceLock<WordModel> = OnceLock::new();
        BUILT.get_or_init(|| {
            // The shipped file is tested below, so it always parses.
            WordModel::parse(BUILTIN, "models/words.txt").unwrap_or_else(|_| WordModel::empty())
        })
    }

    /// A model that never joins (every syllable a word).
    pub fn empty() -> WordModel {
        WordModel::from_parts(WeightTable::default(), Lexicon::default())
    }

    pub(crate) fn from_parts(weights: WeightTable, lexicon: Lexicon) -> WordModel {
        WordModel {
            features: weights.len(),
            words: lexicon.dict.len(),
            weights,
            lexicon,
        }
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<WordModel, LexiconError> {
        let name = path.display().to_string();
        let source = std::fs::read_to_string(path).map_err(|source| LexiconError::Io {
            name: name.clone(),
            source,
        })?;
        WordModel::parse(&source, &name)
    }

    /// Parses a model file (see the module documentation).
    pub fn parse(source: &str, name: &str) -> Result<WordModel, LexiconError> {
        check_format_version(source, name, WORDS_FORMAT)?;
        let mut weights = Vec::with_capacity(source.len() / 24);
        let mut dict_lines = Vec::new();
        let mut freq_lines = Vec::new();
        let mut stat_lines = Vec::new();
        let mut max_dict = 0;
        let mut atoms: Vec<&str> = Vec::with_capacity(4);
        for (n, line) in source.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| LexiconError::Entry {
                name: name.to_string(),
                line: n + 1,
                message,
            };
            let mut columns = line.split('\t');
            let head = columns.next().unwrap_or_default();
            if head == "dict" {
                let word = columns.next().unwrap_or_default();
                let syllables: Vec<u64> = word.split(' ').map(atom_hash).collect();
                if syllables.len() < 2 || syllables.len() > MAX_DICT {
                    return Err(error(format!(
                        "a dictionary word has 2 to {MAX_DICT} syllables, found {word:?}"
                    )));
                }
                max_dict = max_dict.max(syllables.len());
                dict_lines.push((sequence_hash(&syllables), 1.0));
                continue;
            }
            if head == "stat" {
                let (Some(syllable), Some(cont), Some(attach), None) = (
                    columns.next(),
                    columns.next(),
                    columns.next(),
                    columns.next(),
                ) else {
                    return Err(error(
                        "expected stat, a syllable and two classes".to_string(),
                    ));
                };
                let class = |c: &str| {
                    c.parse::<u8>()
                        .ok()
                        .filter(|c| *c < 8)
                        .ok_or_else(|| error(format!("{c:?} is not a position class")))
                };
                let packed = class(cont)? * 8 + class(attach)?;
                stat_lines.push((atom_hash(syllable), packed as f32));
                continue;
            }
            if head == "freq" {
                let (Some(syllable), Some(class), None) =
                    (columns.next(), columns.next(), columns.next())
                else {
                    return Err(error("expected freq, a syllable and a class".to_string()));
                };
                let class: u8 = class
                    .parse()
                    .ok()
                    .filter(|c| (1..64).contains(c))
                    .ok_or_else(|| error(format!("{class:?} is not a frequency class")))?;
                freq_lines.push((atom_hash(syllable), class as f32));
                continue;
            }
            let Some((t, _)) = super::features::template(head) else {
                return Err(error(format!("unknown feature template {head:?}")));
            };
            atoms.clear();
            atoms.extend(columns);
            let Some(weight) = atoms.pop() else {
                return Err(error("no weight".to_string()));
            };
            let weight: f32 = weight
                .parse()
                .map_err(|_| error(format!("{weight:?} is not a weight")))?;
            let Some(h) = hash_named(t, &atoms) else {
                return Err(error(format!(
                    "template {head} takes {} values, found {}",
                    TEMPLATES[t].slots.len(),
                    atoms.len()
                )));
            };
            weights.push((h, weight));
        }
        Ok(WordModel::from_parts(
            WeightTable::from_entries(&weights),
            Lexicon {
                dict: Table::from_entries(&dict_lines),
                max_dict,
                freq: Table::from_entries(&freq_lines),
                stats: Table::from_entries(&stat_lines),
            },
        ))
    }

    /// Number of features with a weight.
    pub fn features(&self) -> usize {
        self.features
    }

    /// Number of dictionary words.
    pub fn dictionary_words(&self) -> usize {
        self.words
    }
}

/// Writes a model file from named features and dictionary words (both already sorted).
pub(crate) fn write_model(
    comments: &[String],
    dict: &[String],
    freq: &[(String, u8)],
    stats: &[(String, u8, u8)],
    features: &[(String, f32)],
) -> String {
    let mut out = String::with_capacity(features.len() * 32 + dict.len() * 16);
    let _ = writeln!(out, "# format: {WORDS_FORMAT}");
    for c in comments {
        let _ = writeln!(out, "# {c}");
    }
    for word in dict {
        let _ = writeln!(out, "dict\t{word}");
    }
    for (syllable, class) in freq {
        let _ = writeln!(out, "freq\t{syllable}\t{class}");
    }
    for (syllable, cont, attach) in stats {
        let _ = writeln!(out, "stat\t{syllable}\t{cont}\t{attach}");
    }
    for (name, w) in features {
        let _ = writeln!(out, "{name}\t{w}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let model = WordModel::parse(BUILTIN, "builtin").expect("shipped model parses");
        assert!(model.features() > 1000);
        assert!(model.dictionary_words() > 1000);
    }

    #[test]
    fn table_finds_what_it_holds() {
        let entries: Vec<(u64, f32)> = (0..1000u64)
            .map(|h| (h.wrapping_mul(0x9e37_79b9_7f4a_7c15), h as f32 + 1.0))
            .collect();
        let table = Table::from_entries(&entries);
        for h in 0..1000u64 {
            assert_eq!(
                table.get(h.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
                h as f32 + 1.0
            );
        }
        assert_eq!(table.get(12345), 0.0);
    }

    #[test]
    fn bad_files_are_refused_with_their_line() {
        let err = WordModel::parse("s0\tchủ\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 1\nnope\tx\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt:2"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 1\ns0\tchủ\tx\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt:2"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 1\ns-1.s0\tchủ\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("takes 2"), "{err}");
    }
}
