//! The lexicons of the extractors, from reviewable files under `models/` that users can
//! extend (`--lexicon FILE`) without recompiling: position heads, organization heads,
//! qualifiers, surnames and places for the officials; currencies, qualifiers and the other
//! word lists of percentages and money (`models/figures.txt`).

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::error::LexiconError;
use crate::extract::packed::packed_at;
use crate::extract::quantity::{FIGURE_KINDS, FigureLexicon};
use crate::normalize::{fold_case, normalize};
use crate::segment::lexicon::check_format;
use crate::segment::word::features::iy_other_spelling;

const POSITIONS: &str = include_str!("../../models/positions.txt");
const ORGANIZATIONS: &str = include_str!("../../models/organizations.txt");
const QUALIFIERS: &str = include_str!("../../models/qualifiers.txt");
const SURNAMES: &str = include_str!("../../models/surnames.txt");
const PLACES: &str = include_str!("../../models/places.txt");
const FIGURES: &str = include_str!("../../models/figures.txt");
const COMPOUNDS: &str = include_str!("../../models/compounds.txt");

/// What an organization head needs after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgKind {
    /// Whole by itself or with a place: "UBND tỉnh", "Quận ủy".
    Standalone,
    /// A body of a state, whole by itself: "Chính phủ", "Quốc hội", "Nhà Trắng". A
    /// lower-case word after it is the sentence's ("Thủ tướng Chính phủ giao …"), unless it
    /// leads to a country ("Chính phủ nước …").
    National,
    /// Needs a name after it: "Sở Y tế", "Tập đoàn Mai Linh".
    Named,
    /// A level of administration a place may follow: "tỉnh", "quận".
    Admin,
    /// A company named by its own name alone, whole as written: "Alibaba", "Samsung".
    Company,
    /// A sports club, named alone as a company is ("Real Madrid", "Chelsea"); also a team
    /// a coach's sentence may name.
    Club,
}

impl OrgKind {
    /// Whether the body is named by its own name alone, whole as written: a company or a
    /// club. No lower-case word continues it and no person's name starts in it.
    pub fn named_alone(self) -> bool {
        matches!(self, OrgKind::Company | OrgKind::Club)
    }
}

/// Words around a position head, and words that introduce persons or their opposite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    /// Part of the role, before the head: "Phó", "Quyền".
    Before,
    /// Part of the role, after the head: "Thường trực", "HĐQT".
    After,
    /// "nguyên", "cựu": the office is no longer held.
    Former,
    /// "đại tá", "trung tướng".
    Rank,
    /// "ông", "bà", "PGS.TS": a person follows.
    Honorific,
    /// "đường", "trường", "phường": a place or body named after a person follows.
    NotPerson,
    /// "đảng Cộng hòa": the party of a member of a legislature, written between the seat
    /// and the name ("Thượng nghị sĩ đảng Cộng hòa A"); neither the role nor the body.
    Party,
}

/// A kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Province,
    District,
    Country,
}

/// The lower-case syllables of every lexicon entry, numbered. An article's words are looked
/// up here once each; phrases are then compared as numbers, with no hashing per lookup.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// Syllables of up to eight bytes (nearly all), packed into one integer (see
    /// [`packed_at`]): hashing and comparing them then costs a multiplication and a comparison.
    short: PackedIds,
    long: HashMap<Box<str>, u32>,
    /// The ids given so far (two spellings of one syllable share one).
    ids: u32,
}

/// The id of a word no lexicon entry holds.
pub(crate) const UNKNOWN: u32 = u32::MAX;

impl Vocabulary {
    /// The id of a lower-case syllable, new or known. A syllable news spells with a final
    /// "y" or "i" ("thư ký", "thư kí"; "Lý", "Lí") has one id for both spellings.
    fn intern(&mut self, syllable: String) -> u32 {
        let other = iy_other_spelling(&syllable);
        let known = [Some(&syllable), other.as_ref()]
            .into_iter()
            .flatten()
            .map(|s| self.id(s))
            .find(|&id| id != UNKNOWN);
        let id = known.unwrap_or_else(|| {
            self.ids = (self.ids + 1).min(UNKNOWN - 1);
            self.ids - 1
        });
        for spelling in [Some(syllable), other].into_iter().flatten() {
            match packed_at(spelling.as_bytes(), 0..spelling.len()) {
                Some(key) => self.short.insert_new(key, id),
                None => {
                    self.long.entry(spelling.into_boxed_str()).or_insert(id);
                }
            }
        }
        id
    }

    /// The id of the lower-case word at `range` of `text`, or [`UNKNOWN`], given the word's
    /// packed key (`None` when it is longer than eight bytes; the caller has packed it
    /// already).
    #[inline(always)]
    pub(crate) fn id_of(&self, key: Option<u64>, text: &str, range: Range<usize>) -> u32 {
        match key {
            Some(key) => self.short.get(key),
            None => text
                .get(range)
                .and_then(|word| self.long.get(word))
                .copied()
                .unwrap_or(UNKNOWN),
        }
    }

    /// The id of a lower-case word, or [`UNKNOWN`].
    pub(crate) fn id(&self, word: &str) -> u32 {
        self.id_of(
            packed_at(word.as_bytes(), 0..word.len()),
            word,
            0..word.len(),
        )
    }
}

/// The ids of packed syllables: an open-addressing table at most half full, probed from the
/// top bits of a multiplication. Every word of every article is looked up here, and most
/// lookups end at the first slot: one multiplication and one comparison, several times less
/// than a general hash map's probe.
#[derive(Debug, Clone)]
struct PackedIds {
    /// Each slot's key beside its id, so that a lookup reads one cache line, not two.
    slots: Vec<IdSlot>,
    /// 64 minus the base-2 logarithm of the number of slots.
    shift: u32,
    len: usize,
}

/// A packed syllable and its id: 0 and [`UNKNOWN`] in an empty slot (no syllable packs to 0,
/// none is empty), so that a lookup that ends there needs no test of its own.
#[derive(Debug, Clone, Copy)]
struct IdSlot {
    key: u64,
    id: u32,
}

const EMPTY_SLOT: IdSlot = IdSlot {
    key: 0,
    id: UNKNOWN,
};

impl Default for PackedIds {
    fn default() -> Self {
        PackedIds::with_slots(64)
    }
}

impl PackedIds {
    /// An empty table of `slots` slots, a power of two.
    fn with_slots(slots: usize) -> Self {
        PackedIds {
            slots: vec![EMPTY_SLOT; slots],
            shift: 64 - slots.trailing_zeros(),
            len: 0,
        }
    }

    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The id of `key`, or [`UNKNOWN`].
    #[inline(always)]
    fn get(&self, key: u64) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let slot = self.slots[i];
            if slot.key == key || slot.key == 0 {
                return slot.id;
            }
            i = (i + 1) & mask;
        }
    }

    /// Gives `key` the id `id` unless it has one.
    fn insert_new(&mut self, key: u64, id: u32) {
        if key == 0 {
            return;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            let old = std::mem::replace(self, PackedIds::with_slots(self.slots.len() * 2));
            for slot in old.slots {
                if slot.key != 0 {
                    self.insert_new(slot.key, slot.id);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let slot = &mut self.slots[i];
            if slot.key == key {
                return;
            }
            if slot.key == 0 {
                *slot = IdSlot { key, id };
                self.len += 1;
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

/// Phrases of syllables, found by their first syllable; the longest match wins.
#[derive(Debug, Clone)]
pub(crate) struct Phrases<T> {
    /// By the id of the first syllable: the ids of the rest, longest first.
    by_first: Vec<Vec<(Box<[u32]>, T)>>,
    len: usize,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: Vec::new(),
            len: 0,
        }
    }
}

impl<T: Copy> Phrases<T> {
    fn insert(&mut self, vocabulary: &mut Vocabulary, phrase: &str, value: T) {
        let ids: Vec<u32> = syllables(phrase)
            .into_iter()
            .map(|s| vocabulary.intern(s))
            .collect();
        let Some((&first, rest)) = ids.split_first() else {
            return;
        };
        let first = first as usize;
        if self.by_first.len() <= first {
            self.by_first.resize_with(first + 1, Vec::new);
        }
        let entries = &mut self.by_first[first];
        if let Some(existing) = entries.iter_mut().find(|(r, _)| **r == *rest) {
            existing.1 = value;
            return;
        }
        entries.push((rest.into(), value));
        // Longest first, so that the first match is the longest.
        entries.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        self.len += 1;
    }

    /// The longest phrase at `i` of `ids` (the words' [`Vocabulary`] ids, with `joined(k)`
    /// telling whether word `k` follows word `k - 1` within the phrase): its end and value.
    /// Inlined: it is asked at every word, and most words start no phrase.
    #[inline(always)]
    pub(crate) fn longest(
        &self,
        ids: &[u32],
        i: usize,
        joined: impl Fn(usize) -> bool,
    ) -> Option<(usize, T)> {
        // An unknown word's id is past the end of `by_first`.
        let entries = self.by_first.get(*ids.get(i)? as usize)?;
        let next = ids.get(i + 1);
        entries.iter().find_map(|(rest, value)| {
            // The second word first: most phrases part there. The rest word by word: most
            // phrases are short, and a slice comparison is a call to `memcmp`.
            if rest.first().is_some_and(|second| Some(second) != next) {
                return None;
            }
            let end = i + 1 + rest.len();
            let matched = ids.get(i + 1..end).is_some_and(|words| {
                words.iter().zip(rest.iter()).all(|(a, b)| a == b) && (i + 1..end).all(&joined)
            });
            matched.then_some((end, *value))
        })
    }

    /// Whether some phrase starts with the word of id `id`: one load, for the scans that
    /// ask at every word.
    #[inline(always)]
    pub(crate) fn starts_with(&self, id: u32) -> bool {
        self.by_first
            .get(id as usize)
            .is_some_and(|entries| !entries.is_empty())
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

/// A phrase as the extractor compares it: normalized, lower-case syllables.
fn syllables(phrase: &str) -> Vec<String> {
    let normalized = normalize(phrase);
    normalized
        .text()
        .split_whitespace()
        .map(|w| fold_case(w).into_owned())
        .collect()
}

/// Everything the extractors know by name: the officials' lexicons, and (`figures`) the
/// word lists of percentages and money, so that one `--lexicon` file can extend both.
#[derive(Debug, Clone, Default)]
pub struct OfficialLexicon {
    pub(crate) positions: Phrases<()>,
    pub(crate) organizations: Phrases<OrgKind>,
    pub(crate) qualifiers: Phrases<Qualifier>,
    pub(crate) places: Phrases<PlaceKind>,
    /// Wards and communes named after a person ("Lê Đại Hành") and states of federations
    /// that are also given names ("Virginia"): places only right after "phường", "xã",
    /// "bang" …, where a holder's name could otherwise be read.
    pub(crate) wards: Phrases<()>,
    /// Words whose last syllable is also a body's head ("cơ sở", "thị trường"): there, in
    /// lower case, it heads no body.
    pub(crate) compounds: Phrases<()>,
    /// The fields of ministries ("quốc phòng", "ngoại giao"): in lower case after a
    /// minister's office, the ministry ("bộ trưởng quốc phòng A").
    pub(crate) portfolios: Phrases<()>,
    /// Verbs that end a body's name written right after it ("thông báo", "phê duyệt"),
    /// though their first syllable also ends names of bodies ("Giao thông").
    pub(crate) body_ends: Phrases<()>,
    /// Phrases before an office that a person acts in ("với tư cách", "trên cương vị"): the
    /// office is the person's (rule `official.capacity`).
    pub(crate) capacities: Phrases<()>,
    pub(crate) surnames: HashSet<u32>,
    /// Words that are never a syllable of a name, though written with a capital at the
    /// start of a sentence or a caption ("Theo", "Chiều").
    pub(crate) not_names: HashSet<u32>,
    /// Words of other languages that name bodies, never people ("Airlines", "Holdings",
    /// "News"): a run of capitals holding one is a body's name ("Fox News").
    pub(crate) body_words: HashSet<u32>,
    /// Lower-case abbreviation → expansion as written ("ubnd" → "Ủy ban nhân dân").
    pub(crate) abbreviations: HashMap<String, String>,
    pub(crate) vocabulary: Vocabulary,
    /// Currencies, qualifiers and the other word lists of [`super::Figures`].
    pub(crate) figures: FigureLexicon,
    /// Whether the companies and clubs of the organizations list are read as no head at
    /// all: the names model is trained so (see [`OfficialLexicon::without_companies`]).
    pub(crate) companies_ignored: bool,
}

impl OfficialLexicon {
    /// Whether the lower-case words, as the lexicon file writes them (a comma against the
    /// word before it: "hóa,"), are one ministry's field of the "portfolio" list.
    pub(crate) fn is_portfolio(&self, words: &[String]) -> bool {
        let ids: Vec<u32> = words.iter().map(|w| self.vocabulary.id(w)).collect();
        self.portfolios
            .longest(&ids, 0, |_| true)
            .map(|(end, ())| end)
            == Some(ids.len())
    }

    /// The lexicons shipped under `models/`.
    pub fn builtin() -> Arc<OfficialLexicon> {
        static BUILT: OnceLock<Arc<OfficialLexicon>> = OnceLock::new();
        BUILT
            .get_or_init(|| {
                let mut lexicon = OfficialLexicon::default();
                // The shipped files are tested below, so they always parse.
                let files = [
                    ("models/positions.txt", POSITIONS, Some("position")),
                    ("models/organizations.txt", ORGANIZATIONS, None),
                    ("models/qualifiers.txt", QUALIFIERS, None),
                    ("models/surnames.txt", SURNAMES, Some("surname")),
                    ("models/places.txt", PLACES, Some("place")),
                    ("models/figures.txt", FIGURES, None),
                    ("models/compounds.txt", COMPOUNDS, Some("compound")),
                ];
                for (name, source, kind) in files {
                    let _ = lexicon.add_file(source, name, kind);
                }
                Arc::new(lexicon)
            })
            .clone()
    }

    /// The same lexicon with its companies and clubs ("company", "club") read as plain
    /// words. The names model learns from the grammar run so, so that its weights do not
    /// depend on those lists: a linguist edits them without retraining the model.
    pub fn without_companies(&self) -> OfficialLexicon {
        OfficialLexicon {
            companies_ignored: true,
            ..self.clone()
        }
    }

    /// Adds the entries of a user lexicon: a `# format: vnextract-lexicon 1` line, then
    /// `KIND<TAB>WORDS[<TAB>EXTRA]` lines. See models/README.md for the kinds: those of the
    /// officials and those of figures (`currency`, `qualifier` …).
    pub fn extend_from_str(&mut self, source: &str, name: &str) -> Result<(), LexiconError> {
        self.add_file(source, name, None)
    }

    /// Parses a file whose lines are `KIND<TAB>WORDS…`, or only `WORDS…` when every line
    /// has the kind `default_kind`.
    fn add_file(
        &mut self,
        source: &str,
        name: &str,
        default_kind: Option<&str>,
    ) -> Result<(), LexiconError> {
        check_format(source, name)?;
        for (n, line) in source.lines().enumerate() {
            let line = line.trim_end();
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let columns: Vec<&str> = line.split('\t').map(str::trim).collect();
            let (kind, words, extra) = match default_kind {
                Some(kind) => (kind, columns[0], columns.get(1).copied()),
                None => match columns.as_slice() {
                    [kind, words, rest @ ..] => (*kind, *words, rest.first().copied()),
                    _ => {
                        return Err(LexiconError::Entry {
                            name: name.to_string(),
                            line: n + 1,
                            message: "expected KIND<TAB>WORDS".to_string(),
                        });
                    }
                },
            };
            self.add(kind, words, extra)
                .map_err(|message| LexiconError::Entry {
                    name: name.to_string(),
                    line: n + 1,
                    message,
                })?;
        }
        self.figures.compile();
        Ok(())
    }

    fn add(&mut self, kind: &str, words: &str, extra: Option<&str>) -> Result<(), String> {
        if words.is_empty() {
            return Err("empty entry".to_string());
        }
        let vocabulary = &mut self.vocabulary;
        match kind {
            "position" => self.positions.insert(vocabulary, words, ()),
            "standalone" | "national" | "named" | "organization" | "admin" | "company" | "club" => {
                let head = match kind {
                    "standalone" => OrgKind::Standalone,
                    "national" => OrgKind::National,
                    "admin" => OrgKind::Admin,
                    "company" => OrgKind::Company,
                    "club" => OrgKind::Club,
                    _ => OrgKind::Named,
                };
                self.organizations.insert(vocabulary, words, head);
            }
            "before" | "after" | "former" | "rank" | "honorific" | "not-person" | "party" => {
                let qualifier = match kind {
                    "before" => Qualifier::Before,
                    "after" => Qualifier::After,
                    "former" => Qualifier::Former,
                    "rank" => Qualifier::Rank,
                    "honorific" => Qualifier::Honorific,
                    "party" => Qualifier::Party,
                    _ => Qualifier::NotPerson,
                };
                self.qualifiers.insert(vocabulary, words, qualifier);
            }
            "surname" | "not-name" | "body-word" => {
                let set = match kind {
                    "surname" => &mut self.surnames,
                    "not-name" => &mut self.not_names,
                    _ => &mut self.body_words,
                };
                for s in syllables(words) {
                    set.insert(vocabulary.intern(s));
                }
            }
            "place" if matches!(extra, Some("ward" | "state")) => {
                self.wards.insert(vocabulary, words, ())
            }
            "place" => {
                let place = match extra {
                    None | Some("province") => PlaceKind::Province,
                    Some("district") => PlaceKind::District,
                    Some("country") => PlaceKind::Country,
                    Some(other) => return Err(format!("unknown place kind {other:?}")),
                };
                self.places.insert(vocabulary, words, place);
            }
            "country" => self.places.insert(vocabulary, words, PlaceKind::Country),
            "compound" => self.compounds.insert(vocabulary, words, ()),
            "portfolio" => self.portfolios.insert(vocabulary, words, ()),
            "body-end" => self.body_ends.insert(vocabulary, words, ()),
            "capacity" => self.capacities.insert(vocabulary, words, ()),
            "abbreviation" => {
                let expansion = extra.ok_or("an abbreviation needs its expansion")?;
                self.abbreviations
                    .insert(fold_case(words).into_owned(), expansion.to_string());
            }
            figure if FIGURE_KINDS.contains(&figure) => self.figures.add(figure, words, extra)?,
            other => return Err(format!("unknown kind {other:?}")),
        }
        Ok(())
    }

    /// How many position heads the lexicon holds.
    pub fn position_count(&self) -> usize {
        self.positions.len()
    }

    /// How many names of currencies the lexicon holds (`currency` entries).
    pub fn currency_count(&self) -> usize {
        self.figures.currency_count()
    }

    /// `organization` with its abbreviations expanded, word by word ("UBND quận" →
    /// "Ủy ban nhân dân quận").
    pub fn expand(&self, organization: &str) -> String {
        let mut out = String::with_capacity(organization.len() * 2);
        for (n, word) in organization.split_whitespace().enumerate() {
            if n > 0 {
                out.push(' ');
            }
            let key = fold_case(word.trim_end_matches([',', ';']));
            match self.abbreviations.get(key.as_ref()) {
                Some(expansion) => out.push_str(expansion),
                None => out.push_str(word),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_ids_keep_the_first_id_of_each_key() {
        let mut ids = PackedIds::default();
        let mut expected: HashMap<u64, u32> = HashMap::default();
        // Keys that share their slots and their low bits, through several growths.
        let keys = (1..3000u64).map(|k| k.wrapping_mul(0x1_0000_0001) ^ (k << 40));
        for (n, key) in keys.clone().chain(keys).enumerate() {
            ids.insert_new(key, n as u32);
            expected.entry(key).or_insert(n as u32);
        }
        for (&key, &id) in &expected {
            assert_eq!(ids.get(key), id);
        }
        assert_eq!(ids.get(0), UNKNOWN);
        assert_eq!(ids.get(u64::MAX), UNKNOWN);
    }

    #[test]
    fn shipped_files_parse_and_hold_enough() {
        let mut lexicon = OfficialLexicon::default();
        lexicon
            .add_file(POSITIONS, "positions", Some("position"))
            .unwrap();
        lexicon
            .add_file(ORGANIZATIONS, "organizations", None)
            .unwrap();
        lexicon.add_file(QUALIFIERS, "qualifiers", None).unwrap();
        lexicon
            .add_file(SURNAMES, "surnames", Some("surname"))
            .unwrap();
        lexicon.add_file(PLACES, "places", Some("place")).unwrap();
        lexicon.add_file(FIGURES, "figures", None).unwrap();
        lexicon
            .add_file(COMPOUNDS, "compounds", Some("compound"))
            .unwrap();
        assert!(lexicon.compounds.len() > 300);
        assert!(
            lexicon.position_count() >= 150,
            "{}",
            lexicon.position_count()
        );
        assert!(lexicon.surnames.contains(&lexicon.vocabulary.id("nguyễn")));
        assert!(lexicon.places.len() > 700);
        assert!(lexicon.currency_count() >= 50);
    }

    #[test]
    fn both_spellings_of_a_final_y_or_i_are_one_word() {
        let lexicon = OfficialLexicon::builtin();
        let id = |w: &str| lexicon.vocabulary.id(w);
        for (a, b) in [("ký", "kí"), ("lý", "lí"), ("quý", "quí")] {
            assert_ne!(id(a), UNKNOWN, "{a}");
            assert_eq!(id(a), id(b), "{a} {b}");
        }
        assert!(lexicon.surnames.contains(&id("lí")));
        // Ids stay dense: one per word, whatever its spellings.
        let mut vocabulary = Vocabulary::default();
        assert_eq!(vocabulary.intern("kí".to_string()), 0);
        assert_eq!(vocabulary.intern("ký".to_string()), 0);
        assert_eq!(vocabulary.intern("chủ".to_string()), 1);
    }

    #[test]
    fn user_entries_need_a_kind_and_a_format_line() {
        let mut lexicon = OfficialLexicon::default();
        let error = lexicon
            .extend_from_str("# format: vnextract-lexicon 1\nposition\n", "mine.tsv")
            .unwrap_err();
        assert!(error.to_string().contains("mine.tsv"), "{error}");
        assert!(
            lexicon
                .extend_from_str("position\tTrưởng làng\n", "x")
                .is_err()
        );
        lexicon
            .extend_from_str(
                "# format: vnextract-lexicon 1\nposition\tTrưởng làng\nabbreviation\tBQL\tBan quản lý\n",
                "mine.tsv",
            )
            .unwrap();
        assert_eq!(lexicon.positions.len(), 1);
        assert_eq!(lexicon.expand("BQL dự án"), "Ban quản lý dự án");
    }

    #[test]
    fn states_are_places_only_after_a_level() {
        let mut lexicon = OfficialLexicon::default();
        lexicon
            .extend_from_str(
                "# format: vnextract-lexicon 1\nplace\tNova Terra\tstate\nplace\tLê Đại Hành\tward\n",
                "mine.tsv",
            )
            .unwrap();
        assert_eq!(lexicon.wards.len(), 2);
        assert_eq!(lexicon.places.len(), 0);
        let error = lexicon
            .extend_from_str(
                "# format: vnextract-lexicon 1\nplace\tX\tcanton\n",
                "mine.tsv",
            )
            .unwrap_err();
        assert!(error.to_string().contains("canton"), "{error}");
    }
}
