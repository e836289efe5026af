//! The word model: feature weights and a dictionary, read from a versioned text file.
//!
//! ```text
//! # format: vnextract-words 2
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

use super::features::{LexiconId, MAX_DICT, TEMPLATES, atom_hash, hash_named};
use super::weights::{KeyFilter, WeightTable};
use crate::error::LexiconError;
use crate::segment::lexicon::check_format_version;
use crate::segment::lexicon::read_lexicon_file;

/// The format line of word model files; bump it when the features or the layout change.
pub const WORDS_FORMAT: &str = "vnextract-words 2";

const BUILTIN: &str = include_str!("../../../models/words.txt");

/// The shipped model, loaded when first asked for ([`WordModel::builtin`]).
static BUILTIN_MODEL: OnceLock<WordModel> = OnceLock::new();

/// An open-addressing table from `u64` hashes to weights: 8 bytes a slot, a 32-bit check.
/// A one-hash Bloom filter in front (~16 bits an entry) answers most lookups of absent
/// keys (runs of syllables that begin no dictionary word) from a small array.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    slots: Vec<(u32, f32)>,
    mask: usize,
    len: usize,
    filter: KeyFilter,
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
            filter: KeyFilter::new(entries.iter().map(|&(h, _)| h), entries.len()),
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
        if !self.filter.may_hold(h) {
            return 0.0;
        }
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
}

/// What the features look up beside the weights: a dictionary of multi-syllable words and
/// what is known of single syllables.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    /// Tells this lexicon from every other, so that the syllable cache knows whose classes
    /// it holds.
    pub id: LexiconId,
    /// Sequence hash → [`WORD`] when the syllables are a word, plus [`GOES_ON`] when they
    /// begin a longer one (so a lookup of a prefix that begins nothing ends the search).
    pub dict: Table,
    /// Dictionary words.
    pub words: usize,
    /// The longest dictionary word, in syllables.
    pub max_dict: usize,
    /// Syllable atom → its frequency class `<< 6 |` its position classes in the training
    /// words, `cont << 3 | attach`: one lookup for both.
    pub syllables: Table,
}

pub(crate) use super::atom::{GOES_ON, WORD};

impl Lexicon {
    /// A lexicon of dictionary words (atom sequences), frequency classes and position
    /// classes (`cont * 8 + attach`) of syllable atoms.
    pub fn new(words: &[Vec<u64>], freq: &[(u64, u8)], stats: &[(u64, u8)]) -> Lexicon {
        let max_dict = words.iter().map(Vec::len).max().unwrap_or(0);
        Lexicon::from_flags(DictFlags::of(words), words.len(), max_dict, freq, stats)
    }

    /// [`Lexicon::new`] from the flags of `words` dictionary words already gathered, the
    /// longest of `max_dict` syllables (a model file's words are not kept one vector each).
    fn from_flags(
        flags: DictFlags,
        words: usize,
        max_dict: usize,
        freq: &[(u64, u8)],
        stats: &[(u64, u8)],
    ) -> Lexicon {
        Lexicon {
            id: LexiconId::default(),
            dict: flags.table(),
            words,
            max_dict,
            syllables: syllable_table(freq, stats),
        }
    }

    /// The frequency class and the position classes (cont, attach) of a syllable atom.
    #[inline]
    pub fn syllable(&self, atom: u64) -> (u8, u8, u8) {
        let packed = self.syllables.get(atom) as u32;
        (
            (packed >> 6) as u8,
            (packed >> 3 & 7) as u8,
            (packed & 7) as u8,
        )
    }
}

/// The dictionary table of words given as atom sequences (see [`Lexicon::dict`]).
pub(crate) fn dict_table(words: &[Vec<u64>]) -> Table {
    DictFlags::of(words).table()
}

/// The flags of a dictionary's sequence hashes, gathered word by word: a flat list sorted
/// once at the end, which costs a fraction of a map kept sorted on every insert (the
/// shipped dictionary has 27,636 words, read on every run that extracts officials).
#[derive(Default)]
struct DictFlags {
    flags: Vec<(u64, u32)>,
}

impl DictFlags {
    /// The flags of `words`.
    fn of(words: &[Vec<u64>]) -> DictFlags {
        let mut flags = DictFlags::default();
        for word in words {
            flags.add(word);
        }
        flags
    }

    fn add(&mut self, word: &[u64]) {
        super::atom::push_word_flags(word, &mut self.flags);
    }

    /// The table of the flags, those of equal hashes joined; entries in the order of their
    /// hashes, so that the table is laid out as it always was.
    fn table(mut self) -> Table {
        super::atom::sort_and_join_flags(&mut self.flags);
        let entries: Vec<(u64, f32)> = self.flags.iter().map(|&(h, f)| (h, f as f32)).collect();
        Table::from_entries(&entries)
    }
}

/// The dictionary of the shipped model's `dict` lines, as `build.rs` wrote it: the flags
/// of [`DictFlags::table`] by sequence hash, in order, twelve bytes each (the hash, then the
/// flags, little-endian).
const BUILTIN_DICT_FLAGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict_flags.bin"));

/// The table of [`BUILTIN_DICT_FLAGS`]: the one [`DictFlags::table`] makes of the shipped
/// model's words, without hashing them at every start.
fn builtin_dict_table() -> Table {
    let entries: Vec<(u64, f32)> = BUILTIN_DICT_FLAGS
        .chunks_exact(12)
        .map(|entry| {
            let (hash, flags) = entry.split_at(8);
            let hash = u64::from_le_bytes(hash.try_into().unwrap_or_default());
            let flags = u32::from_le_bytes(flags.try_into().unwrap_or_default());
            (hash, flags as f32)
        })
        .collect();
    Table::from_entries(&entries)
}

/// The syllable table of frequency and position classes (see [`Lexicon::syllables`]).
pub(crate) fn syllable_table(freq: &[(u64, u8)], stats: &[(u64, u8)]) -> Table {
    // A list sorted once and its equal atoms joined, not a map kept sorted on every insert:
    // the entries come in the order of their atoms, as they always did.
    let mut packed: Vec<(u64, u32)> = Vec::with_capacity(freq.len() + stats.len());
    packed.extend(
        freq.iter()
            .map(|&(atom, class)| (atom, u32::from(class.min(63)) << 6)),
    );
    packed.extend(
        stats
            .iter()
            .map(|&(atom, classes)| (atom, u32::from(classes & 63))),
    );
    super::atom::sort_and_join_flags(&mut packed);
    let entries: Vec<(u64, f32)> = packed.into_iter().map(|(h, p)| (h, p as f32)).collect();
    Table::from_entries(&entries)
}

/// The first 16 hex digits of the SHA-256 of `bytes`.
pub(crate) fn sha256_prefix(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A trained word model: feature weights, a dictionary of multi-syllable words, and
/// syllable frequency classes.
#[derive(Debug, Clone)]
pub struct WordModel {
    pub(crate) weights: WeightTable,
    pub(crate) lexicon: Lexicon,
    features: usize,
    words: usize,
    /// What the model was read from: see [`WordModel::fingerprint`].
    source: Source,
}

/// Where a model comes from, for its fingerprint.
#[derive(Debug, Clone)]
enum Source {
    /// Trained in memory.
    Unsaved,
    /// The shipped file: hashed when first asked, as most runs never ask.
    Builtin,
    /// A file, with the fingerprint of its text.
    File(String),
}

impl WordModel {
    /// The model shipped in `models/words.txt`.
    pub fn builtin() -> &'static WordModel {
        BUILTIN_MODEL.get_or_init(|| {
            // The shipped file is tested below, so it always parses.
            match WordModel::parse_text(BUILTIN, "models/words.txt") {
                Ok(model) => WordModel {
                    source: Source::Builtin,
                    ..model
                },
                Err(_) => WordModel::empty(),
            }
        })
    }

    /// The dictionary of the shipped model alone, read without its weights (a few
    /// milliseconds, where the whole model takes tens): for callers that only ask whether
    /// syllables are a word ([`crate::segment::word::in_dictionary`]).
    pub(crate) fn builtin_dictionary() -> &'static Table {
        // The shipped model, when loaded already (`extract --words`), holds the same table.
        if let Some(model) = BUILTIN_MODEL.get()
            && matches!(model.source, Source::Builtin)
        {
            return &model.lexicon.dict;
        }
        static BUILT: OnceLock<Table> = OnceLock::new();
        BUILT.get_or_init(builtin_dict_table)
    }

    /// A model that never joins (every syllable a word).
    pub fn empty() -> WordModel {
        WordModel::from_parts(WeightTable::default(), Lexicon::default())
    }

    pub(crate) fn from_parts(weights: WeightTable, lexicon: Lexicon) -> WordModel {
        WordModel {
            features: weights.len(),
            words: lexicon.words,
            weights,
            lexicon,
            source: Source::Unsaved,
        }
    }

    /// Reads a model file.
    pub fn load(path: &std::path::Path) -> Result<WordModel, LexiconError> {
        let (name, source) = read_lexicon_file(path)?;
        WordModel::parse(&source, &name)
    }

    /// Parses a model file (see the module documentation).
    pub fn parse(source: &str, name: &str) -> Result<WordModel, LexiconError> {
        let model = WordModel::parse_text(source, name)?;
        Ok(WordModel {
            source: Source::File(sha256_prefix(source.as_bytes())),
            ..model
        })
    }

    fn parse_text(source: &str, name: &str) -> Result<WordModel, LexiconError> {
        check_format_version(source, name, WORDS_FORMAT).map_err(|e| match e {
            LexiconError::Format { found, .. } if found.starts_with("vnextract-words") => {
                LexiconError::Entry {
                    name: name.to_string(),
                    line: 1,
                    message: format!(
                        "a word model of format {found:?} does not read syllables as this \
                         version does ({WORDS_FORMAT:?}: \"y\" after an onset is read as \"i\"); \
                         train it again with `vnextract train-segmenter`"
                    ),
                }
            }
            other => other,
        })?;
        let mut weights = Vec::with_capacity(source.len() / 24);
        // The dictionary's words go straight into its flags, through one buffer.
        let mut dict = DictFlags::default();
        let mut dict_words = 0;
        let mut max_dict = 0;
        let mut syllables: Vec<u64> = Vec::with_capacity(MAX_DICT);
        let mut freq_lines = Vec::new();
        let mut stat_lines = Vec::new();
        let mut atoms: Vec<&str> = Vec::with_capacity(4);
        let mut last_template: Option<(&str, usize)> = None;
        for (n, line) in Fields::new(source, b'\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| LexiconError::Entry {
                name: name.to_string(),
                line: n + 1,
                message,
            };
            let mut columns = Fields::new(line, b'\t');
            let head = columns.next().unwrap_or_default();
            if head == "dict" {
                let word = columns.next().unwrap_or_default();
                syllables.clear();
                syllables.extend(word.split(' ').map(atom_hash));
                if syllables.len() < 2 || syllables.len() > MAX_DICT {
                    return Err(error(format!(
                        "a dictionary word has 2 to {MAX_DICT} syllables, found {word:?}"
                    )));
                }
                dict.add(&syllables);
                dict_words += 1;
                max_dict = max_dict.max(syllables.len());
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
                stat_lines.push((atom_hash(syllable), packed));
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
                freq_lines.push((atom_hash(syllable), class));
                continue;
            }
            // Feature lines come sorted by template: most lines name the last one again.
            let t = match last_template {
                Some((name, t)) if name == head => t,
                _ => {
                    let Some((t, _)) = super::features::template(head) else {
                        return Err(error(format!("unknown feature template {head:?}")));
                    };
                    last_template = Some((head, t));
                    t
                }
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
            Lexicon::from_flags(dict, dict_words, max_dict, &freq_lines, &stat_lines),
        ))
    }

    /// Tells models apart, so that a search index refuses words from another one: the
    /// first 16 hex digits of the SHA-256 of the file the model was read from ("unsaved"
    /// for one trained in memory).
    pub fn fingerprint(&self) -> &str {
        match &self.source {
            Source::Unsaved => "unsaved",
            Source::Builtin => {
                static BUILTIN_FINGERPRINT: OnceLock<String> = OnceLock::new();
                BUILTIN_FINGERPRINT.get_or_init(|| sha256_prefix(BUILTIN.as_bytes()))
            }
            Source::File(fingerprint) => fingerprint,
        }
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

/// The pieces of a text between separators, found with a plain byte loop: model files have
/// short lines and fields, for which `str::split` and `lines` cost more in set-up than in
/// search.
struct Fields<'a> {
    rest: Option<&'a str>,
    separator: u8,
}

impl<'a> Fields<'a> {
    fn new(text: &'a str, separator: u8) -> Self {
        Fields {
            rest: Some(text),
            separator,
        }
    }
}

impl<'a> Iterator for Fields<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == self.separator) {
            // The separator is ASCII, so both sides are whole UTF-8.
            Some(at) => {
                self.rest = rest.get(at + 1..);
                rest.get(..at)
            }
            None => {
                self.rest = None;
                // Like `lines`, no empty piece after a final separator.
                (!rest.is_empty() || self.separator != b'\n').then_some(rest)
            }
        }
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
    use crate::segment::word::features::sequence_hash;

    #[test]
    fn builtin_parses() {
        let model = WordModel::parse(BUILTIN, "builtin").expect("shipped model parses");
        assert!(model.features() > 1000);
        assert!(model.dictionary_words() > 1000);
    }

    #[test]
    fn the_builtin_fingerprint_is_its_files() {
        let parsed = WordModel::parse(BUILTIN, "models/words.txt").expect("parses");
        assert_eq!(WordModel::builtin().fingerprint(), parsed.fingerprint());
        assert_eq!(parsed.fingerprint().len(), 16);
        assert_eq!(WordModel::empty().fingerprint(), "unsaved");
    }

    #[test]
    fn models_of_the_first_format_are_refused_with_a_hint() {
        let old = "# format: vnextract-words 1\ndict\tchủ tịch\n";
        let err = WordModel::parse(old, "old.txt").unwrap_err().to_string();
        assert!(err.starts_with("old.txt:1: "), "{err}");
        assert!(err.contains("train-segmenter"), "{err}");
        let other = WordModel::parse("# format: something 3\n", "x.txt").unwrap_err();
        assert!(matches!(other, LexiconError::Format { .. }), "{other}");
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
    fn dictionary_marks_words_and_prefixes() {
        let words = vec![vec![1, 2], vec![1, 2, 3, 4]];
        let dict = dict_table(&words);
        let flags = |atoms: &[u64]| dict.get(sequence_hash(atoms)) as u32;
        assert_eq!(flags(&[1, 2]), WORD | GOES_ON);
        assert_eq!(flags(&[1, 2, 3]), GOES_ON);
        assert_eq!(flags(&[1, 2, 3, 4]), WORD);
        assert_eq!(flags(&[2, 3]), 0);
    }

    #[test]
    fn the_builtin_dictionary_is_the_models() {
        // Read from what `build.rs` wrote or with the model, the table is the same.
        let alone = builtin_dict_table();
        let model = WordModel::parse_text(BUILTIN, "models/words.txt").unwrap();
        assert_eq!(alone.len, model.lexicon.dict.len);
        assert_eq!(alone.slots.len(), model.lexicon.dict.slots.len());
        assert!(
            alone
                .slots
                .iter()
                .zip(&model.lexicon.dict.slots)
                .all(|(a, b)| a.0 == b.0 && a.1.to_bits() == b.1.to_bits())
        );
    }

    #[test]
    fn bad_files_are_refused_with_their_line() {
        let err = WordModel::parse("s0\tchủ\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 2\nnope\tx\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt:2"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 2\ns0\tchủ\tx\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("m.txt:2"), "{err}");
        let err =
            WordModel::parse("# format: vnextract-words 2\ns-1.s0\tchủ\t1\n", "m.txt").unwrap_err();
        assert!(err.to_string().contains("takes 2"), "{err}");
    }
}
