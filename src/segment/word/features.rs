//! Features of a word boundary: hashed syllables, shapes and dictionary matches.
//!
//! Every syllable is hashed once (lowercased) into an *atom*; a feature's key is made of
//! the atoms of its slots and its template id (see [`feature_key`]: features reading the
//! same syllables share a group). The same [`TEMPLATES`] table drives the decoder (grouped
//! lookups), the trainer (keys and readable names) and the model loader (names back to
//! keys), so the three cannot drift.

use std::sync::{Arc, Weak};

use super::atom::{
    ATOM_SEED, K, SEQUENCE_SEED, Y_TO_I, finish, iy_onset, mix, split_iy_fold, vietnamese_lower,
};
pub(crate) use super::atom::{atom_hash, sequence_hash};
use super::weights::{DENSE, GroupRef, PURE_PLACES, WeightTable};
use crate::segment::TokenKind;

const FEATURE_SEED: u64 = 0x1319_8a2e_0370_7344;
const GROUP_SEED: u64 = 0x4528_21e6_38d0_1377;

/// The text an atom stands for: lowercase, and a final "y" after an onset spelled "i".
/// Its hash is [`atom_hash`]; model files and the trainer write atoms in this form.
pub(crate) fn atom_text(s: &str) -> String {
    let (kept, fold) = split_iy_fold(s);
    let mut text: String = kept.chars().flat_map(char::to_lowercase).collect();
    text.extend(fold);
    text
}

/// Both spellings of a lower-case syllable whose rhyme is a final "y" or "i" that
/// Vietnamese writes either way ("lý" and "lí", "quý" and "quí"; see [`iy_fold`]): the
/// other one, or `None` for any other syllable.
pub(crate) fn iy_other_spelling(s: &str) -> Option<String> {
    let (last_at, last) = s.char_indices().next_back()?;
    let onset = &s[..last_at];
    let other = Y_TO_I
        .iter()
        .find_map(|&(y, i)| (last == y).then_some(i).or((last == i).then_some(y)))
        .filter(|_| iy_onset(onset))?;
    Some(format!("{onset}{other}"))
}

/// The atom hash of an ASCII constant, at compile time (equal to [`atom_hash`] of it).
const fn const_atom(s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut h = ATOM_SEED;
    let mut i = 0;
    while i < bytes.len() {
        h = (h.rotate_left(5) ^ bytes[i].to_ascii_lowercase() as u64).wrapping_mul(K);
        i += 1;
    }
    h
}

/// Starts the hash of a sequence of atoms; extend with [`sequence_next`], end with
/// [`sequence_end`].
#[inline(always)]
pub(crate) fn sequence_next(h: u64, atom: u64) -> u64 {
    mix(h, atom)
}

pub(crate) const SEQUENCE_START: u64 = SEQUENCE_SEED;

#[inline(always)]
pub(crate) fn sequence_end(h: u64) -> u64 {
    finish(h)
}

pub(crate) const BEFORE: &str = "<s>";
pub(crate) const AFTER: &str = "</s>";
const BEFORE_ATOM: u64 = const_atom(BEFORE);
const AFTER_ATOM: u64 = const_atom(AFTER);

/// The class a token of a non-word kind stands for: all numbers look alike to the model.
fn class_of(kind: TokenKind) -> Option<&'static str> {
    match kind {
        TokenKind::Number => Some("<number>"),
        TokenKind::Percent => Some("<percent>"),
        TokenKind::Date => Some("<date>"),
        TokenKind::Code => Some("<code>"),
        TokenKind::Url => Some("<url>"),
        TokenKind::Email => Some("<email>"),
        TokenKind::Word | TokenKind::Punct | TokenKind::Abbrev | TokenKind::Symbol => None,
    }
}

/// The atom of a unit: its lowercase text, or its class for numbers, dates, codes …
#[inline]
pub(crate) fn unit_atom(kind: TokenKind, norm: &str) -> u64 {
    match kind {
        TokenKind::Number => const_atom("<number>"),
        TokenKind::Percent => const_atom("<percent>"),
        TokenKind::Date => const_atom("<date>"),
        TokenKind::Code => const_atom("<code>"),
        TokenKind::Url => const_atom("<url>"),
        TokenKind::Email => const_atom("<email>"),
        _ => atom_hash(norm),
    }
}

/// The text [`unit_atom`] hashes, for model files.
pub(crate) fn unit_atom_text(kind: TokenKind, norm: &str) -> String {
    match class_of(kind) {
        Some(class) => class.to_string(),
        None => atom_text(norm),
    }
}

/// The names of the shapes of units: capitalization of words, then token kinds.
const SHAPE_NAMES: [&str; 14] = [
    "lower",
    "title",
    "caps",
    "mixed",
    "word",
    "number",
    "percent",
    "punctuation",
    "abbreviation",
    "date",
    "code",
    "url",
    "email",
    "symbol",
];

/// The shape of a unit: how it is capitalized, or its kind.
pub(crate) fn unit_shape(kind: TokenKind, norm: &str) -> &'static str {
    SHAPE_NAMES[shape_index(kind, norm)]
}

/// The code of [`unit_shape`] that features read: its index in the names.
#[inline]
pub(crate) fn shape_code(kind: TokenKind, norm: &str) -> u8 {
    shape_index(kind, norm) as u8
}

/// The code of a shape given by name, as model files write it ("<s>" and "</s>" outside
/// the sentence).
fn shape_code_named(name: &str) -> Option<u8> {
    match name {
        BEFORE => Some(OUTSIDE_BEFORE),
        AFTER => Some(OUTSIDE_AFTER),
        _ => SHAPE_NAMES.iter().position(|n| *n == name).map(|k| k as u8),
    }
}

/// The index of the shape of a unit in [`SHAPE_NAMES`].
fn shape_index(kind: TokenKind, norm: &str) -> usize {
    match kind {
        TokenKind::Word => {}
        TokenKind::Number => return 5,
        TokenKind::Percent => return 6,
        TokenKind::Punct => return 7,
        TokenKind::Abbrev => return 8,
        TokenKind::Date => return 9,
        TokenKind::Code => return 10,
        TokenKind::Url => return 11,
        TokenKind::Email => return 12,
        TokenKind::Symbol => return 13,
    }
    let (lower, title, caps, mixed) = (0, 1, 2, 3);
    let mut chars = norm.chars();
    let Some(first) = chars.next() else {
        return lower;
    };
    if !case_of(first).0 {
        return if chars.any(|c| case_of(c).0) {
            mixed
        } else {
            lower
        };
    }
    let (mut upper, mut small) = (0, 0);
    for c in chars {
        match case_of(c) {
            (true, _) => upper += 1,
            (_, true) => small += 1,
            _ => {}
        }
    }
    match (upper, small) {
        (0, _) => title,
        (_, 0) => caps,
        _ => mixed,
    }
}

/// Whether a character is a capital and whether it is a small letter; Vietnamese letters
/// without the Unicode tables.
#[inline]
fn case_of(c: char) -> (bool, bool) {
    if c.is_ascii() {
        return (c.is_ascii_uppercase(), c.is_ascii_lowercase());
    }
    match vietnamese_lower(c) {
        Some(l) if l != c => (true, false),
        // ÷ sits among the small letters without being one.
        Some(_) if c != '\u{f7}' => (false, true),
        _ => (c.is_uppercase(), c.is_lowercase()),
    }
}

/// A slot of a feature template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// The atom of the unit at this offset from the unit after the boundary.
    Syl(i8),
    /// The shape of the unit at this offset.
    Shape(i8),
    /// Syllables in the word so far (1–4): the previous decisions.
    Len,
    /// The longest dictionary word across the boundary (0 when none).
    Cover,
    /// Whether a dictionary word ends before the boundary (1) and one starts after it (2).
    Edges,
    /// The frequency class of the unit at this offset in a syllable frequency list.
    Freq(i8),
    /// The tone of the unit at this offset (0 level … 5 heavy; 6 not a syllable).
    Tone(i8),
    /// Reduplication across the boundary: same syllable (1), same onset (2), same rhyme (4).
    Redup,
    /// How often the unit at this offset goes on into the next syllable of its word in the
    /// training data (0 unseen, 1 never, 2–6 by fifths, 7 always).
    Cont(i8),
    /// How often the unit at this offset is attached to the syllable before it (same classes).
    Attach(i8),
}

/// A feature template: a name (as written in model files) and its slots.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Template {
    pub name: &'static str,
    pub slots: &'static [Slot],
}

use Slot::{Attach, Cont, Cover, Edges, Freq, Len, Redup, Shape, Syl, Tone};

/// Defines [`TEMPLATES`] and the straight-line code that hashes every feature of a
/// boundary ([`Units::feature_hashes`], for training) and scores it ([`Units::score`], for
/// decoding), from one list, so that they cannot drift.
macro_rules! templates {
    ($($name:literal => [$($slot:expr),*]),* $(,)?) => {
        /// The templates, for the boundary between unit `i - 1` and unit `i` (offset 0).
        pub(crate) const TEMPLATES: &[Template] = &[
            $(Template { name: $name, slots: &[$($slot),*] }),*
        ];

        impl Units {
            /// The key of every feature of the boundary before unit `i`, with `len`
            /// syllables in the word before it, in template order.
            #[inline]
            pub fn feature_hashes(&self, i: usize, len: u8, out: &mut [u64; TEMPLATE_COUNT]) {
                let context = self.context(i, len);
                let mut t = 0;
                $(
                    out[t] = feature_key(t, &[$($slot),*], &[$(context.atom($slot)),*]);
                    t += 1;
                )*
                let _ = t;
            }

            /// The score of the boundary before unit `i` (join when above 0), with `len`
            /// syllables in the word before it and `lookups` from [`Units::lookups`].
            #[inline]
            pub fn score(
                &self,
                i: usize,
                len: u8,
                lookups: &Lookups,
                weights: &WeightTable,
            ) -> i32 {
                let context = self.context(i, len);
                let groups = lookups.window(i);
                let mut score = 0;
                let mut t = 0;
                $(
                    score += {
                        const SLOTS: &[Slot] = &[$($slot),*];
                        const KIND: GroupKind = group_kind(SLOTS);
                        const PURE: Option<PureTemplate> = pure_template(SLOTS);
                        const DENSE_TEMPLATE: bool = is_dense(SLOTS);
                        let atoms = [$(context.atom($slot)),*];
                        match (PURE, KIND) {
                            (Some(p), _) => groups[at(p.offset)][p.kind].pure[p.place] as i32,
                            (None, GroupKind::Own) if DENSE_TEMPLATE => {
                                match dense_position(t, SLOTS, &atoms) {
                                    Some(at) => weights.get_dense(at),
                                    None => weights.get_own(own_key(t, SLOTS, &atoms)),
                                }
                            }
                            (None, GroupKind::Own) => weights.get_own(own_key(t, SLOTS, &atoms)),
                            (None, GroupKind::Dynamic) => weights.get_in(
                                weights.group(group_hash(SLOTS, &atoms)).run,
                                member_key(t, SLOTS, &atoms),
                            ),
                            (None, GroupKind::At(kind, offset)) => weights.get_in(
                                groups[at(offset)][kind].run,
                                {
                                    // A template with one code (most of them) reads its
                                    // key from a table made at compile time.
                                    const CODES: usize = one_code_keys(SLOTS);
                                    static KEYS: [u32; CODES] = member_keys(SLOTS);
                                    match one_code(SLOTS, &atoms) {
                                        Some(code) if CODES > 0 => KEYS[code as u8 as usize],
                                        _ => member_key(t, SLOTS, &atoms),
                                    }
                                },
                            ),
                        }
                    };
                    t += 1;
                )*
                let _ = t;
                score
            }
        }
    };
}

templates! {
    "bias" => [],
    "s-1" => [Syl(-1)],
    "s0" => [Syl(0)],
    "s-1.s0" => [Syl(-1), Syl(0)],
    "s-2.s-1" => [Syl(-2), Syl(-1)],
    "s0.s1" => [Syl(0), Syl(1)],
    "s-2.s-1.s0" => [Syl(-2), Syl(-1), Syl(0)],
    "s-1.s0.s1" => [Syl(-1), Syl(0), Syl(1)],
    "s1" => [Syl(1)],
    "s-2" => [Syl(-2)],
    "s-1.s1" => [Syl(-1), Syl(1)],
    "h-1.h0" => [Shape(-1), Shape(0)],
    "h-1.h0.h1" => [Shape(-1), Shape(0), Shape(1)],
    "h-2.h-1.h0" => [Shape(-2), Shape(-1), Shape(0)],
    "s-1.h0" => [Syl(-1), Shape(0)],
    "h-1.s0" => [Shape(-1), Syl(0)],
    "len" => [Len],
    "len.h-1.h0" => [Len, Shape(-1), Shape(0)],
    "len.s-1.s0" => [Len, Syl(-1), Syl(0)],
    "cover" => [Cover],
    "cover.edges" => [Cover, Edges],
    "cover.h-1.h0" => [Cover, Shape(-1), Shape(0)],
    "cover.s0" => [Cover, Syl(0)],
    "cover.s-1" => [Cover, Syl(-1)],
    "f-1.f0" => [Freq(-1), Freq(0)],
    "f-1.f0.len" => [Freq(-1), Freq(0), Len],
    "s-1.f0" => [Syl(-1), Freq(0)],
    "f-1.s0" => [Freq(-1), Syl(0)],
    "f-2.f-1.f0" => [Freq(-2), Freq(-1), Freq(0)],
    "f-1.f0.f1" => [Freq(-1), Freq(0), Freq(1)],
    "t-1.t0" => [Tone(-1), Tone(0)],
    "redup.t-1.t0" => [Redup, Tone(-1), Tone(0)],
    "redup.h-1.h0" => [Redup, Shape(-1), Shape(0)],
    "c-1.a0" => [Cont(-1), Attach(0)],
    "c-1.a0.h-1.h0" => [Cont(-1), Attach(0), Shape(-1), Shape(0)],
    "c-1.a0.len" => [Cont(-1), Attach(0), Len],
    "c-1.s0" => [Cont(-1), Syl(0)],
    "s-1.a0" => [Syl(-1), Attach(0)],
    "c0.a1" => [Cont(0), Attach(1)],
}

/// The number of templates: features per boundary.
pub(crate) const TEMPLATE_COUNT: usize = TEMPLATES.len();

const _: () = assert!(TEMPLATE_COUNT <= 64);

/// Looks a template up by name.
pub(crate) fn template(name: &str) -> Option<(usize, &'static Template)> {
    TEMPLATES.iter().enumerate().find(|(_, t)| t.name == name)
}

/// Whether a slot reads syllables: those slots make a feature's group.
#[inline(always)]
const fn groups_by(slot: Slot) -> bool {
    matches!(slot, Syl(_))
}

/// The top bit of a key: set for features in a group, clear for the others.
const GROUPED: u64 = 1 << 63;

/// The key of a feature, as training and model files know it.
///
/// A feature that reads syllables belongs to the *group* of those syllables, in order,
/// whatever the template and the offsets: "s-1.s0", "s-2.s-1" and "s0.s1" of the same two
/// syllables are one group, as are "s-1", "s0", "s-1.f0" … of one syllable. Its key is the
/// group's hash (high half, top bit set) and the hash of the template and its other slots
/// (low half). The weight table keeps a group's features side by side and the decoder
/// finds each unit's groups once per sentence ([`Units::group_refs`]), so that scoring a
/// boundary reads a few short runs of memory instead of ~40 random places, and an unseen
/// pair or triple costs one lookup for all its templates. Other features (shapes,
/// classes) have their own key, top bit clear.
#[inline(always)]
pub(crate) fn feature_key(template: usize, slots: &[Slot], atoms: &[u64]) -> u64 {
    if slots.iter().any(|&s| groups_by(s)) {
        (group_hash(slots, atoms) as u64) << 32 | member_key(template, slots, atoms) as u64
    } else {
        own_key(template, slots, atoms)
    }
}

/// The key of a feature without a group: its slots are all small codes (shapes, classes,
/// counts). A template whose codes have few values between them is *dense*: its key is
/// [`DENSE`] and the feature's place in one array of all such features, which the decoder
/// reads directly. The others pack their codes with the template's index into one number,
/// mixed once.
#[inline(always)]
fn own_key(template: usize, slots: &[Slot], atoms: &[u64]) -> u64 {
    if is_dense(slots) {
        if let Some(at) = dense_position(template, slots, atoms) {
            return DENSE | at as u64;
        }
    }
    small_key(template, atoms.iter().copied()) & !(GROUPED | DENSE)
}

/// The most features a dense template may have (codes of three frequency classes, 66³,
/// are hashed instead).
const DENSE_LIMIT: usize = 1 << 15;

/// How many values the code of a slot takes: its own, and "outside the sentence" before
/// and after for the slots that read a unit.
const fn code_values(slot: Slot) -> usize {
    match slot {
        Syl(_) => 0,
        Shape(_) => SHAPE_NAMES.len() + 2,
        Len => 5,
        Cover => MAX_DICT + 1,
        Edges => 4,
        Freq(_) => 64 + 2,
        Tone(_) => NOT_SYLLABLE as usize + 1 + 2,
        Redup => 8,
        Cont(_) | Attach(_) => 8 + 2,
    }
}

/// The place of a code among the values of its slot (`None`: not one of them).
#[inline(always)]
const fn code_place(slot: Slot, code: u64) -> Option<usize> {
    let values = code_values(slot) as u64;
    let reads_unit = matches!(slot, Shape(_) | Freq(_) | Tone(_) | Cont(_) | Attach(_));
    let own = if reads_unit { values - 2 } else { values };
    if code < own {
        Some(code as usize)
    } else if reads_unit && code == OUTSIDE_BEFORE as u64 {
        Some(own as usize)
    } else if reads_unit && code == OUTSIDE_AFTER as u64 {
        Some(own as usize + 1)
    } else {
        None
    }
}

/// The features a template of codes only can have (0 when a slot reads a syllable).
const fn dense_size(slots: &[Slot]) -> usize {
    let mut size = 1;
    let mut k = 0;
    while k < slots.len() {
        size *= code_values(slots[k]);
        k += 1;
    }
    size
}

/// Whether a template is dense (see [`own_key`]).
pub(crate) const fn is_dense(slots: &[Slot]) -> bool {
    let size = dense_size(slots);
    size > 0 && size <= DENSE_LIMIT
}

/// Where each dense template's features start in the dense array.
const DENSE_STARTS: [usize; TEMPLATE_COUNT] = {
    let mut starts = [0; TEMPLATE_COUNT];
    let mut at = 0;
    let mut t = 0;
    while t < TEMPLATE_COUNT {
        starts[t] = at;
        if is_dense(TEMPLATES[t].slots) {
            at += dense_size(TEMPLATES[t].slots);
        }
        t += 1;
    }
    starts
};

/// The place of a feature of a dense template in the dense array.
#[inline(always)]
fn dense_position(template: usize, slots: &[Slot], atoms: &[u64]) -> Option<usize> {
    let mut at = 0;
    for (&slot, &code) in slots.iter().zip(atoms) {
        at = at * code_values(slot) + code_place(slot, code)?;
    }
    Some(DENSE_STARTS.get(template)? + at)
}

/// The key of a feature within its group: its template and its slots that are not
/// syllables (small codes).
#[inline(always)]
fn member_key(template: usize, slots: &[Slot], atoms: &[u64]) -> u32 {
    let rest = slots
        .iter()
        .zip(atoms)
        .filter(|(s, _)| !groups_by(**s))
        .map(|(_, &a)| a);
    (small_key(template, rest) >> 32) as u32
}

/// How many keys [`member_keys`] makes for a template: 256 when it reads one code beside
/// its syllables, else none.
const fn one_code_keys(slots: &[Slot]) -> usize {
    let mut codes = 0;
    let mut k = 0;
    while k < slots.len() {
        if !groups_by(slots[k]) {
            codes += 1;
        }
        k += 1;
    }
    if codes == 1 && template_of(slots).is_some() {
        256
    } else {
        0
    }
}

/// The [`member_key`] of every value of the one code of a template (see [`one_code_keys`])
/// (its low byte: [`small_key`] keeps no more of a code), made at compile time.
const fn member_keys<const N: usize>(slots: &[Slot]) -> [u32; N] {
    let mut keys = [0; N];
    let Some(template) = template_of(slots) else {
        return keys;
    };
    let mut code = 0;
    while code < N {
        let packed = ((template as u64 + 1) << 8) | code as u64;
        keys[code] = (finish(packed ^ FEATURE_SEED) >> 32) as u32;
        code += 1;
    }
    keys
}

/// The one code a template reads beside its syllables, if it reads one.
#[inline(always)]
fn one_code(slots: &[Slot], atoms: &[u64]) -> Option<u64> {
    let mut codes = slots
        .iter()
        .zip(atoms)
        .filter(|(s, _)| !groups_by(**s))
        .map(|(_, &a)| a);
    let code = codes.next()?;
    codes.next().is_none().then_some(code)
}

/// The key of a template and small codes (each under 256, at most seven of them: every
/// slot that is not a syllable reads a `u8`): packed, then mixed by a bijection, so that
/// different packs never share a key.
#[inline(always)]
fn small_key(template: usize, codes: impl Iterator<Item = u64>) -> u64 {
    let packed = codes.fold(template as u64 + 1, |p, c| (p << 8) | (c & 0xff));
    finish(packed ^ FEATURE_SEED)
}

const _: () = {
    // small_key packs the template and the codes of a feature into 64 bits.
    let mut t = 0;
    while t < TEMPLATES.len() {
        assert!(TEMPLATES[t].slots.len() <= 7);
        t += 1;
    }
};

/// The hash of the group of a feature: the atoms of its syllable slots, in order, top bit
/// set.
#[inline(always)]
fn group_hash(slots: &[Slot], atoms: &[u64]) -> u32 {
    let syllables = slots
        .iter()
        .zip(atoms)
        .filter(|(s, _)| groups_by(**s))
        .map(|(_, &a)| a);
    group_of(syllables)
}

#[inline(always)]
fn group_of(atoms: impl Iterator<Item = u64>) -> u32 {
    let mut g = GROUP_SEED;
    for a in atoms {
        g = mix(g, a);
    }
    group_end(g)
}

/// The group hash of atoms mixed into `g` from [`GROUP_SEED`].
#[inline(always)]
fn group_end(g: u64) -> u32 {
    (finish(g) >> 32) as u32 | (GROUPED >> 32) as u32
}

/// The groups of features each unit heads, found once per sentence: entry `j + 1` for
/// unit `j`, from the place before the first unit to the one after the last.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookups {
    groups: Vec<[GroupRef; GROUP_KINDS]>,
}

impl Lookups {
    /// The groups of the units a boundary's slots read (see [`window`]).
    #[inline(always)]
    fn window(&self, i: usize) -> &[[GroupRef; GROUP_KINDS]; WINDOW] {
        const NONE: [[GroupRef; GROUP_KINDS]; WINDOW] = [[GroupRef::NONE; GROUP_KINDS]; WINDOW];
        // Unit `i + FIRST_OFFSET` is entry `i + FIRST_OFFSET + 1`.
        let first = (i + 1).wrapping_add_signed(FIRST_OFFSET as isize);
        self.groups
            .get(first..first.wrapping_add(WINDOW))
            .and_then(|w| w.try_into().ok())
            .unwrap_or(&NONE)
    }
}

/// The groups each unit heads, found once per sentence: the unit alone, the pair ending
/// at it, the pair skipping the unit before it, the triple ending at it.
pub(crate) const GROUP_KINDS: usize = 4;
const ONE: usize = 0;
const PAIR: usize = 1;
const SKIP: usize = 2;
const TRIPLE: usize = 3;

/// Where the decoder finds a template's group.
#[derive(Debug, Clone, Copy)]
pub(crate) enum GroupKind {
    /// No syllable slot: the feature has its own key.
    Own,
    /// Found once per sentence: the group of this kind headed by the unit at this offset.
    At(usize, i8),
    /// Looked up at each boundary (the word so far).
    Dynamic,
}

/// The group kind of a template, from its slots (at compile time).
pub(crate) const fn group_kind(slots: &[Slot]) -> GroupKind {
    let mut offsets = [0i8; 4];
    let mut n = 0;
    let mut k = 0;
    while k < slots.len() {
        if let Syl(o) = slots[k] {
            if n == offsets.len() {
                return GroupKind::Dynamic;
            }
            offsets[n] = o;
            n += 1;
        }
        k += 1;
    }
    match n {
        0 => GroupKind::Own,
        1 => GroupKind::At(ONE, offsets[0]),
        2 if offsets[1] == offsets[0] + 1 => GroupKind::At(PAIR, offsets[1]),
        2 if offsets[1] == offsets[0] + 2 => GroupKind::At(SKIP, offsets[1]),
        3 if offsets[1] == offsets[0] + 1 && offsets[2] == offsets[1] + 1 => {
            GroupKind::At(TRIPLE, offsets[2])
        }
        _ => GroupKind::Dynamic,
    }
}

/// Whether a template reads syllables and nothing else, from a group found once per
/// sentence ("s0", "s-1.s0", "s-1.s0.s1" …): the weight table keeps such features
/// pre-summed beside their group, and the decoder adds them per unit, not per boundary
/// (see [`Units::lookups`]).
const fn is_pure(slots: &[Slot]) -> bool {
    if slots.is_empty() {
        return false;
    }
    let mut k = 0;
    while k < slots.len() {
        if !matches!(slots[k], Syl(_)) {
            return false;
        }
        k += 1;
    }
    matches!(group_kind(slots), GroupKind::At(..))
}

/// A syllables-only template as the decoder applies it: the kind and offset of the group
/// it is found in, and its place in the group's pre-summed weights (templates of the same
/// number of syllables share a group, so each has its own place).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PureTemplate {
    kind: usize,
    offset: i8,
    place: usize,
}

/// The [`PureTemplate`] of a template given by its slots, if it reads syllables only (at
/// compile time).
const fn pure_template(slots: &[Slot]) -> Option<PureTemplate> {
    let Some(t) = template_of(slots) else {
        return None;
    };
    let GroupKind::At(kind, offset) = group_kind(slots) else {
        return None;
    };
    if !is_pure(slots) {
        return None;
    }
    // Its place: how many syllables-only templates of as many syllables come before it.
    let mut place = 0;
    let mut u = 0;
    while u < t {
        let other = TEMPLATES[u].slots;
        if is_pure(other) && other.len() == slots.len() {
            place += 1;
        }
        u += 1;
    }
    assert!(place < PURE_PLACES, "too many syllables-only templates");
    Some(PureTemplate {
        kind,
        offset,
        place,
    })
}

/// The index of the template with these slots (at compile time).
const fn template_of(slots: &[Slot]) -> Option<usize> {
    let mut t = 0;
    while t < TEMPLATE_COUNT {
        if same_slots(TEMPLATES[t].slots, slots) {
            return Some(t);
        }
        t += 1;
    }
    None
}

const fn same_slots(a: &[Slot], b: &[Slot]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        let same = match (a[k], b[k]) {
            (Syl(x), Syl(y))
            | (Shape(x), Shape(y))
            | (Freq(x), Freq(y))
            | (Tone(x), Tone(y))
            | (Cont(x), Cont(y))
            | (Attach(x), Attach(y)) => x == y,
            (Len, Len) | (Cover, Cover) | (Edges, Edges) | (Redup, Redup) => true,
            _ => false,
        };
        if !same {
            return false;
        }
        k += 1;
    }
    true
}

const _: () = {
    // Two templates with the same slots would be one feature twice.
    let mut t = 0;
    while t < TEMPLATE_COUNT {
        assert!(matches!(template_of(TEMPLATES[t].slots), Some(u) if u == t));
        t += 1;
    }
};

/// The place of a syllables-only template's feature in its group's pre-summed weights,
/// given its key within the group; `None` for the features of other templates.
#[inline]
pub(crate) fn pure_place(member: u32) -> Option<usize> {
    PURE_MEMBERS
        .iter()
        .find(|&&(key, place)| key == member && place < PURE_PLACES)
        .map(|&(_, place)| place)
}

/// The key within its group ([`member_key`] of a template without codes) and the place of
/// every syllables-only template; `(0, PURE_PLACES)` for the other templates.
const PURE_MEMBERS: [(u32, usize); TEMPLATE_COUNT] = {
    let mut out = [(0, PURE_PLACES); TEMPLATE_COUNT];
    let mut t = 0;
    while t < TEMPLATE_COUNT {
        if let Some(pure) = pure_template(TEMPLATES[t].slots) {
            out[t] = (
                (finish((t as u64 + 1) ^ FEATURE_SEED) >> 32) as u32,
                pure.place,
            );
        }
        t += 1;
    }
    out
};

const NOT_SYLLABLE: u8 = 6;
const OUTSIDE_BEFORE: u8 = 254;
const OUTSIDE_AFTER: u8 = 255;

/// The tone (0 level, 1 falling, 2 rising, 3 tumbling, 4 broken, 5 heavy), the hash of the
/// onset (consonants before the vowel, "qu" and "gi" whole) and the hash of the toneless
/// rhyme of a syllable, case-folded.
pub(crate) fn sound(syllable: &str) -> (u8, u64, u64) {
    let mut tone = 0;
    let mut onset = ATOM_SEED;
    let mut rhyme = ATOM_SEED;
    let mut in_onset = true;
    let mut previous = '\0';
    for c in syllable.chars() {
        let c = if c.is_ascii() {
            c.to_ascii_lowercase()
        } else {
            vietnamese_lower(c).unwrap_or_else(|| c.to_lowercase().next().unwrap_or(c))
        };
        let base = if c.is_ascii() {
            c
        } else {
            unicode_normalization::char::decompose_canonical(c, |part| match part {
                '\u{300}' => tone = 1,
                '\u{301}' => tone = 2,
                '\u{309}' => tone = 3,
                '\u{303}' => tone = 4,
                '\u{323}' => tone = 5,
                _ => {}
            });
            crate::normalize::strip_tone(c)
        };
        let vowel = matches!(
            base,
            'a' | 'ă' | 'â' | 'e' | 'ê' | 'i' | 'o' | 'ô' | 'ơ' | 'u' | 'ư' | 'y'
        );
        // "qu" and "gi" (before another vowel) belong to the onset.
        let glide = (previous == 'q' && base == 'u') || (previous == 'g' && base == 'i');
        if in_onset && vowel && !glide {
            in_onset = false;
        }
        if in_onset {
            onset = mix(onset, base as u64);
        } else {
            rhyme = mix(rhyme, base as u64);
        }
        previous = base;
    }
    (tone, onset, rhyme)
}

/// The class of `n` out of `total`: 0 for none seen, 1 never, 7 always, 2–6 by fifths.
pub(crate) fn ratio_class(n: u32, total: u32) -> u8 {
    if total == 0 {
        0
    } else if n == 0 {
        1
    } else if n >= total {
        7
    } else {
        2 + ((n as u64 * 5 / total as u64) as u8).min(4)
    }
}

/// The frequency class of a count: its base-2 logarithm, 1 and up.
pub(crate) fn frequency_class(count: u64) -> u8 {
    (64 - count.max(1).leading_zeros()) as u8
}

/// The longest dictionary word, in syllables.
pub(crate) const MAX_DICT: usize = 6;

/// What decides a boundary beside the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fixed {
    /// The model decides.
    Free,
    /// Joined (a user word).
    Join,
    /// Split: numbers, codes, money, user splits; a user word may override it.
    Split,
    /// Never joined: punctuation, a line break, a separator other than one space.
    Never,
}

/// One sentence's units, ready for features: built once, reused across sentences.
#[derive(Debug, Clone, Default)]
pub(crate) struct Units {
    pub atoms: Vec<u64>,
    /// Shape codes (see [`shape_code`]).
    pub shapes: Vec<u8>,
    /// Bit `L` set when a dictionary word of `L` syllables starts at the unit.
    pub dict: Vec<u8>,
    /// The dictionary codes of the boundary before each unit (see [`Units::dict_codes`]),
    /// from `dict` by [`Units::fill_dict_codes`].
    cover: Vec<u8>,
    edges: Vec<u8>,
    /// `fixed[i]` decides the boundary before unit `i` (`fixed[0]` is unused).
    pub fixed: Vec<Fixed>,
    /// Frequency class of each unit (0: not in the list).
    pub freq: Vec<u8>,
    pub tone: Vec<u8>,
    /// Hashes of each unit's onset and toneless rhyme.
    pub onset: Vec<u64>,
    pub rhyme: Vec<u64>,
    /// Position classes of each unit in the training words (see [`Slot::Cont`]).
    pub cont: Vec<u8>,
    pub attach: Vec<u8>,
    /// Syllable text → what it alone decides, kept across sentences.
    syllables: SyllableCache,
}

/// What a unit's kind and text alone decide: its atom, shape and sound.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct UnitInfo {
    pub atom: u64,
    pub shape: u8,
    pub tone: u8,
    pub onset: u64,
    pub rhyme: u64,
}

impl UnitInfo {
    /// Computed from scratch (see [`SyllableCache`] for the cached way).
    pub fn of(kind: TokenKind, norm: &str) -> UnitInfo {
        let atom = unit_atom(kind, norm);
        let (tone, onset, rhyme) = if kind == TokenKind::Word {
            sound(norm)
        } else {
            (NOT_SYLLABLE, 0, 0)
        };
        UnitInfo {
            atom,
            shape: shape_code(kind, norm),
            tone,
            onset,
            rhyme,
        }
    }
}

/// A direct-mapped cache from a syllable's text (up to [`CACHED_BYTES`] bytes) to its
/// [`UnitInfo`]: news repeats a few thousand syllables, and case-folding and decomposing
/// their letters is most of the work of preparing a unit. Beside it, what the last lexicon
/// asked knows of the syllable (a lookup in a table that does not fit the CPU's caches,
/// saved), tagged with the cache's own count of lexicons: after another lexicon is asked,
/// the entries of the one before look their classes up again.
#[derive(Debug, Clone, Default)]
struct SyllableCache {
    entries: Vec<CachedSyllable>,
    /// The last lexicon asked. Holding its handle keeps its [`LexiconId`]'s address from
    /// being reused, so no other lexicon can be taken for it.
    lexicon: Weak<()>,
    /// Bumped when another lexicon is asked: the tag of the entries whose classes are
    /// that lexicon's (0 for none).
    generation: u32,
}

/// Tells a lexicon from every other for as long as a [`SyllableCache`] holds classes it
/// gave: the address of a small allocation of its own, which the cache's weak handle keeps
/// from being reused. Clones share it, as a lexicon is never changed once made.
#[derive(Debug, Clone, Default)]
pub(crate) struct LexiconId(Arc<()>);

/// The longest syllable text the cache keeps (longer ones are computed each time).
const CACHED_BYTES: usize = 16;

/// Entries of the syllable cache (a power of two): 16,384 of 56 bytes, 0.9 MB a thread.
/// News has more distinct syllables than 4,096 slots hold without evicting each other
/// (on 6 MB of news: 110,000 misses of 951,000 lookups at 4,096; 30 M instructions fewer
/// at 8,192, 47 M fewer at 16,384).
const SYLLABLE_CACHE: usize = 16384;

#[derive(Debug, Clone, Copy, Default)]
struct CachedSyllable {
    /// The text's key (see [`text_key`]); `len` 0 marks an empty entry.
    key: [u64; 2],
    len: u8,
    info: UnitInfo,
    /// The cache's generation whose lexicon `classes` came from (0 for none). In the
    /// entry's padding (56 bytes either way).
    generation: u32,
    /// What that lexicon knows of the syllable: its frequency and position classes.
    classes: [u8; 3],
}

// The lexicon's tag and classes fill what was padding: an entry is 56 bytes either way.
const _: () = assert!(std::mem::size_of::<CachedSyllable>() == 56);

/// Two words that, with its length, tell a text of up to [`CACHED_BYTES`] bytes from any
/// other: its first and last eight bytes (four, or each byte, when shorter), read in place.
#[inline(always)]
fn text_key(bytes: &[u8]) -> [u64; 2] {
    let word = |at: usize| {
        bytes
            .get(at..at + 8)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u64::from_le_bytes)
    };
    let half = |at: usize| {
        bytes
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, |b| u32::from_le_bytes(b) as u64)
    };
    let n = bytes.len();
    if n >= 8 {
        [word(0), word(n - 8)]
    } else if n >= 4 {
        [half(0), half(n - 4)]
    } else {
        let small = bytes
            .iter()
            .enumerate()
            .fold(0u64, |w, (k, &b)| w | (b as u64) << (8 * k));
        [small, 0]
    }
}

impl SyllableCache {
    /// The entry of a syllable's text, filled when it held another text; `None` for a text
    /// the cache does not keep.
    #[inline(always)]
    fn entry(&mut self, norm: &str) -> Option<&mut CachedSyllable> {
        let bytes = norm.as_bytes();
        if bytes.is_empty() || bytes.len() > CACHED_BYTES {
            return None;
        }
        if self.entries.is_empty() {
            self.entries = vec![CachedSyllable::default(); SYLLABLE_CACHE];
        }
        let key = text_key(bytes);
        let h = (key[0] ^ key[1].rotate_left(29) ^ bytes.len() as u64).wrapping_mul(K);
        let slot = (h >> (64 - SYLLABLE_CACHE.trailing_zeros())) as usize;
        let entry = &mut self.entries[slot];
        if entry.len as usize != bytes.len() || entry.key != key {
            *entry = CachedSyllable {
                key,
                len: bytes.len() as u8,
                info: UnitInfo::of(TokenKind::Word, norm),
                generation: 0,
                classes: [0; 3],
            };
        }
        Some(entry)
    }

    /// A syllable's [`UnitInfo`] and what `lexicon` knows of it, which `classes` looks up
    /// from the atom when the entry does not hold that lexicon's.
    #[inline]
    fn get_with_classes(
        &mut self,
        norm: &str,
        lexicon: &LexiconId,
        classes: impl FnOnce(u64) -> [u8; 3],
    ) -> (UnitInfo, [u8; 3]) {
        if !std::ptr::eq(self.lexicon.as_ptr(), Arc::as_ptr(&lexicon.0)) {
            self.lexicon = Arc::downgrade(&lexicon.0);
            self.generation = self.generation.wrapping_add(1);
            if self.generation == 0 {
                // The tags would repeat: forget every entry instead.
                self.entries.clear();
                self.generation = 1;
            }
        }
        let generation = self.generation;
        match self.entry(norm) {
            Some(entry) => {
                if entry.generation != generation {
                    entry.classes = classes(entry.info.atom);
                    entry.generation = generation;
                }
                (entry.info, entry.classes)
            }
            None => {
                let info = UnitInfo::of(TokenKind::Word, norm);
                (info, classes(info.atom))
            }
        }
    }
}

impl Units {
    pub fn clear(&mut self) {
        self.atoms.clear();
        self.shapes.clear();
        self.dict.clear();
        self.cover.clear();
        self.edges.clear();
        self.fixed.clear();
        self.freq.clear();
        self.tone.clear();
        self.onset.clear();
        self.rhyme.clear();
        self.cont.clear();
        self.attach.clear();
    }

    /// Whether unit `i` is a syllable (a word token).
    pub fn is_syllable(&self, i: usize) -> bool {
        self.tone.get(i).is_some_and(|&t| t != NOT_SYLLABLE)
    }

    /// A syllable's [`UnitInfo`] and its classes in `lexicon`, from the cache; `classes`
    /// finds them from the atom when the cache has not.
    #[inline]
    pub fn syllable_info(
        &mut self,
        norm: &str,
        lexicon: &LexiconId,
        classes: impl FnOnce(u64) -> [u8; 3],
    ) -> (UnitInfo, [u8; 3]) {
        self.syllables.get_with_classes(norm, lexicon, classes)
    }

    /// Appends a unit's atom, shape and sound.
    pub fn push_info(&mut self, info: UnitInfo) {
        self.atoms.push(info.atom);
        self.shapes.push(info.shape);
        self.tone.push(info.tone);
        self.onset.push(info.onset);
        self.rhyme.push(info.rhyme);
    }

    #[inline(always)]
    fn small(values: &[u8], i: isize) -> u8 {
        if i < 0 {
            OUTSIDE_BEFORE
        } else {
            values.get(i as usize).copied().unwrap_or(OUTSIDE_AFTER)
        }
    }

    /// Reduplication code of the boundary before unit `i`.
    #[inline]
    pub fn redup(&self, i: usize) -> u8 {
        if i == 0 || self.tone[i] == NOT_SYLLABLE || self.tone[i - 1] == NOT_SYLLABLE {
            return 0;
        }
        let mut code = 0;
        if self.atoms[i] == self.atoms[i - 1] {
            code |= 1;
        }
        if self.onset[i] == self.onset[i - 1] {
            code |= 2;
        }
        if self.rhyme[i] == self.rhyme[i - 1] {
            code |= 4;
        }
        code
    }

    pub fn len(&self) -> usize {
        self.atoms.len()
    }

    /// The dictionary codes of the boundary before unit `i`: the longest word across it,
    /// and whether words end before it (1) / start after it (2).
    #[inline]
    pub fn dict_codes(&self, i: usize) -> (u8, u8) {
        (
            self.cover.get(i).copied().unwrap_or(0),
            self.edges.get(i).copied().unwrap_or(0),
        )
    }

    /// Fills the dictionary codes of every boundary from `dict`, in one pass over the words
    /// it marks: a word of `L` syllables from unit `j` covers the boundaries before units
    /// `j + 1 … j + L - 1`, ends before unit `j + L` and starts after the boundary before
    /// unit `j`.
    pub fn fill_dict_codes(&mut self) {
        let n = self.dict.len();
        self.cover.clear();
        self.cover.resize(n, 0);
        self.edges.clear();
        self.edges.resize(n, 0);
        for (j, &mask) in self.dict.iter().enumerate() {
            if mask == 0 {
                continue;
            }
            self.edges[j] |= 2;
            for len in 2..=MAX_DICT {
                if mask & (1 << len) == 0 {
                    continue;
                }
                for cover in self.cover.iter_mut().take(j + len).skip(j + 1) {
                    *cover = (*cover).max(len as u8);
                }
                // A word ending before a boundary is seen up to MAX_DICT - 1 syllables.
                if len < MAX_DICT {
                    if let Some(edges) = self.edges.get_mut(j + len) {
                        *edges |= 1;
                    }
                }
            }
        }
    }

    /// What the decoder finds once per sentence (see [`Lookups`]).
    pub fn lookups(&self, weights: &WeightTable, out: &mut Lookups) {
        out.groups.clear();
        out.groups.reserve(self.atoms.len() + 2);
        // The units from the place before the first to the one after the last; the hashes
        // of the two units before each alone (`one_a`, `one_b`) and of their pair are kept
        // for the pairs and triples ending at it (see `group_of`).
        let mut one_a = mix(GROUP_SEED, BEFORE_ATOM);
        let mut one_b = one_a;
        let mut pair_b = mix(one_a, BEFORE_ATOM);
        let units = std::iter::once(BEFORE_ATOM)
            .chain(self.atoms.iter().copied())
            .chain(std::iter::once(AFTER_ATOM));
        for c in units {
            let one = mix(GROUP_SEED, c);
            let pair = mix(one_b, c);
            let mut found = [GroupRef::NONE; GROUP_KINDS];
            found[ONE] = weights.group(group_end(one));
            found[PAIR] = weights.group(group_end(pair));
            found[SKIP] = weights.group(group_end(mix(one_a, c)));
            found[TRIPLE] = weights.group(group_end(mix(pair_b, c)));
            out.groups.push(found);
            (one_a, one_b, pair_b) = (one_b, one, pair);
        }
    }

    /// Calls `f` with the hash of every feature of the boundary before unit `i`, with `len`
    /// syllables in the word before it.
    #[inline]
    pub fn features(&self, i: usize, len: u8, mut f: impl FnMut(u64)) {
        let mut hashes = [0u64; TEMPLATE_COUNT];
        self.feature_hashes(i, len, &mut hashes);
        for h in hashes {
            f(h);
        }
    }

    /// What the slots of the boundary before unit `i` read.
    #[inline(always)]
    fn context(&self, i: usize, len: u8) -> Context {
        let (cover, edges) = self.dict_codes(i);
        Context {
            atoms: window(&self.atoms, i, BEFORE_ATOM, AFTER_ATOM),
            shapes: window(&self.shapes, i, OUTSIDE_BEFORE, OUTSIDE_AFTER),
            freq: window(&self.freq, i, OUTSIDE_BEFORE, OUTSIDE_AFTER),
            tone: window(&self.tone, i, OUTSIDE_BEFORE, OUTSIDE_AFTER),
            cont: window(&self.cont, i, OUTSIDE_BEFORE, OUTSIDE_AFTER),
            attach: window(&self.attach, i, OUTSIDE_BEFORE, OUTSIDE_AFTER),
            len,
            cover,
            edges,
            redup: self.redup(i),
        }
    }
}

/// The first and last offsets a slot may read, from the unit after the boundary.
const FIRST_OFFSET: i8 = -2;
const LAST_OFFSET: i8 = 1;
/// The units a boundary's slots read.
const WINDOW: usize = (LAST_OFFSET - FIRST_OFFSET + 1) as usize;

const _: () = {
    // Every slot reads inside the window.
    let mut t = 0;
    while t < TEMPLATE_COUNT {
        let slots = TEMPLATES[t].slots;
        let mut k = 0;
        while k < slots.len() {
            if let Syl(o) | Shape(o) | Freq(o) | Tone(o) | Cont(o) | Attach(o) = slots[k] {
                assert!(o >= FIRST_OFFSET && o <= LAST_OFFSET);
            }
            k += 1;
        }
        t += 1;
    }
};

/// The place of the unit at `offset` from a boundary in its window.
#[inline(always)]
const fn at(offset: i8) -> usize {
    (offset - FIRST_OFFSET) as usize
}

/// The values of the units around the boundary before unit `i`, from offset
/// [`FIRST_OFFSET`] to [`LAST_OFFSET`]; `before` and `after` outside the sentence. Read
/// once per boundary, so that the templates index a small array by constant places
/// instead of checking every read against the sentence's ends.
#[inline(always)]
fn window<T: Copy>(values: &[T], i: usize, before: T, after: T) -> [T; WINDOW] {
    let first = i.wrapping_add_signed(FIRST_OFFSET as isize);
    if let Some(inside) = values.get(first..first.wrapping_add(WINDOW)) {
        if let Ok(window) = <[T; WINDOW]>::try_from(inside) {
            return window;
        }
    }
    std::array::from_fn(
        |k| match (i + k).checked_sub(FIRST_OFFSET.unsigned_abs() as usize) {
            None => before,
            Some(j) => values.get(j).copied().unwrap_or(after),
        },
    )
}

/// The values the slots of one boundary read: the units of its window, then the codes of
/// the boundary itself.
struct Context {
    atoms: [u64; WINDOW],
    shapes: [u8; WINDOW],
    freq: [u8; WINDOW],
    tone: [u8; WINDOW],
    cont: [u8; WINDOW],
    attach: [u8; WINDOW],
    len: u8,
    cover: u8,
    edges: u8,
    redup: u8,
}

impl Context {
    #[inline(always)]
    fn atom(&self, slot: Slot) -> u64 {
        match slot {
            Syl(o) => self.atoms[at(o)],
            Shape(o) => self.shapes[at(o)] as u64,
            Len => self.len as u64,
            Cover => self.cover as u64,
            Edges => self.edges as u64,
            Freq(o) => self.freq[at(o)] as u64,
            Tone(o) => self.tone[at(o)] as u64,
            Redup => self.redup as u64,
            Cont(o) => self.cont[at(o)] as u64,
            Attach(o) => self.attach[at(o)] as u64,
        }
    }
}

/// The readable texts of one sentence's units, for naming features when training.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitTexts {
    pub atoms: Vec<String>,
    pub shapes: Vec<&'static str>,
}

impl UnitTexts {
    fn atom(&self, i: isize) -> String {
        if i < 0 {
            BEFORE.to_string()
        } else {
            self.atoms
                .get(i as usize)
                .cloned()
                .unwrap_or_else(|| AFTER.to_string())
        }
    }

    fn shape(&self, i: isize) -> String {
        if i < 0 {
            BEFORE.to_string()
        } else {
            self.shapes
                .get(i as usize)
                .map(|s| s.to_string())
                .unwrap_or_else(|| AFTER.to_string())
        }
    }

    /// The names of the features [`Units::features`] gives, in the same order: template
    /// index and slot texts.
    pub fn names(&self, units: &Units, i: usize, len: u8) -> Vec<(usize, Vec<String>)> {
        let (cover, edges) = units.dict_codes(i);
        let redup = units.redup(i);
        let i = i as isize;
        TEMPLATES
            .iter()
            .enumerate()
            .map(|(t, template)| {
                let atoms = template
                    .slots
                    .iter()
                    .map(|slot| match *slot {
                        Syl(o) => self.atom(i + o as isize),
                        Shape(o) => self.shape(i + o as isize),
                        Len => len.to_string(),
                        Cover => cover.to_string(),
                        Edges => edges.to_string(),
                        Freq(o) => Units::small(&units.freq, i + o as isize).to_string(),
                        Tone(o) => Units::small(&units.tone, i + o as isize).to_string(),
                        Redup => redup.to_string(),
                        Cont(o) => Units::small(&units.cont, i + o as isize).to_string(),
                        Attach(o) => Units::small(&units.attach, i + o as isize).to_string(),
                    })
                    .collect();
                (t, atoms)
            })
            .collect()
    }
}

/// The hash of a feature given by name, as a model file writes it.
pub(crate) fn hash_named(template: usize, atoms: &[&str]) -> Option<u64> {
    let t = TEMPLATES.get(template)?;
    if t.slots.len() != atoms.len() {
        return None;
    }
    let mut hashes = [0u64; 4];
    for (k, (slot, text)) in t.slots.iter().zip(atoms).enumerate() {
        hashes[k] = match slot {
            Syl(_) => atom_hash(text),
            Shape(_) => shape_code_named(text)? as u64,
            Len | Cover | Edges | Freq(_) | Tone(_) | Redup | Cont(_) | Attach(_) => {
                text.parse::<u8>().ok()? as u64
            }
        };
    }
    Some(feature_key(template, t.slots, &hashes[..atoms.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `build_units` takes for a unit: a syllable through the cache (no lexicon's
    /// classes asked), anything else computed.
    fn info_of(units: &mut Units, lexicon: &LexiconId, kind: TokenKind, norm: &str) -> UnitInfo {
        if kind == TokenKind::Word {
            units.syllable_info(norm, lexicon, |_| [0; 3]).0
        } else {
            UnitInfo::of(kind, norm)
        }
    }

    #[test]
    fn atoms_fold_case_and_constants_agree() {
        assert_eq!(atom_hash("Chủ"), atom_hash("chủ"));
        assert_eq!(atom_hash("ĐỒNG"), atom_hash("đồng"));
        assert_ne!(atom_hash("chủ"), atom_hash("chu"));
        assert_eq!(const_atom("<number>"), atom_hash("<number>"));
        assert_eq!(const_atom(BEFORE), atom_hash(BEFORE));
    }

    #[test]
    fn names_hash_to_the_features() {
        let mut units = Units::default();
        let lexicon = LexiconId::default();
        let mut texts = UnitTexts::default();
        for (kind, s) in [
            (TokenKind::Word, "Chủ"),
            (TokenKind::Word, "tịch"),
            (TokenKind::Number, "14.732"),
            (TokenKind::Word, "Hà"),
        ] {
            let info = info_of(&mut units, &lexicon, kind, s);
            assert_eq!(info, UnitInfo::of(kind, s));
            units.push_info(info);
            assert_eq!(
                shape_code_named(unit_shape(kind, s)),
                Some(shape_code(kind, s))
            );
            units.dict.push(0b100);
            units.fixed.push(Fixed::Free);
            units.freq.push(3);
            units.cont.push(2);
            units.attach.push(7);
            texts.atoms.push(unit_atom_text(kind, s));
            texts.shapes.push(unit_shape(kind, s));
        }
        units.fill_dict_codes();
        for i in 1..4 {
            let mut hashes = Vec::new();
            units.features(i, 2, |h| hashes.push(h));
            let named: Vec<u64> = texts
                .names(&units, i, 2)
                .iter()
                .map(|(t, atoms)| {
                    let atoms: Vec<&str> = atoms.iter().map(String::as_str).collect();
                    hash_named(*t, &atoms).expect("valid name")
                })
                .collect();
            assert_eq!(hashes, named);
        }
        // The decoder's grouped lookups add up the same weights as the keys do.
        let mut entries = Vec::new();
        for i in 1..4 {
            for len in 1..3 {
                units.features(i, len, |h| entries.push((h, (h % 97) as f32 / 8.0 + 0.25)));
            }
        }
        entries.sort_by_key(|e| e.0);
        entries.dedup_by_key(|e| e.0);
        let weights = WeightTable::from_entries(&entries);
        let mut lookups = Lookups::default();
        units.lookups(&weights, &mut lookups);
        for i in 1..4 {
            for len in 1..3 {
                let mut expected = 0;
                units.features(i, len, |h| expected += weights.get(h));
                assert_eq!(units.score(i, len, &lookups, &weights), expected);
                assert_ne!(expected, 0);
            }
        }
    }

    /// The dictionary codes of boundary `i` straight from the masks: the words from the
    /// five units before it.
    fn dict_codes_direct(dict: &[u8], i: usize) -> (u8, u8) {
        let first = i.saturating_sub(MAX_DICT - 1);
        let mut cover = 0u8;
        let mut edges = 0u8;
        for (j, &mask) in dict.iter().enumerate().take(i).skip(first) {
            for len in (i - j + 1)..=MAX_DICT {
                if mask & (1 << len) != 0 {
                    cover = cover.max(len as u8);
                }
            }
            if i - j >= 2 && mask & (1 << (i - j)) != 0 {
                edges |= 1;
            }
        }
        if dict.get(i).is_some_and(|&m| m != 0) {
            edges |= 2;
        }
        (cover, edges)
    }

    #[test]
    fn dictionary_codes_of_one_pass_match_each_boundary_read_alone() {
        let mut seed = 7u64;
        for n in 0..40 {
            let mut units = Units::default();
            for _ in 0..n {
                seed = seed.wrapping_mul(0x5851_f42d_4c95_7f2d).wrapping_add(1);
                // Mostly no word, sometimes several lengths from one unit.
                let mask = if seed >> 61 == 0 {
                    (seed >> 20) as u8 & 0b0111_1100
                } else {
                    0
                };
                units.dict.push(mask);
            }
            units.fill_dict_codes();
            for i in 0..n {
                assert_eq!(
                    units.dict_codes(i),
                    dict_codes_direct(&units.dict, i),
                    "{:?} at {i}",
                    units.dict
                );
            }
        }
    }

    #[test]
    fn keys_of_one_code_from_the_table_are_the_member_keys() {
        let mut tables = 0;
        for (t, template) in TEMPLATES.iter().enumerate() {
            if one_code_keys(template.slots) == 0 {
                continue;
            }
            tables += 1;
            let keys: [u32; 256] = member_keys(template.slots);
            for code in 0..256u64 {
                let atoms: Vec<u64> = template
                    .slots
                    .iter()
                    .map(|&s| if groups_by(s) { 0x1234_5678 } else { code })
                    .collect();
                assert_eq!(one_code(template.slots, &atoms), Some(code));
                assert_eq!(
                    keys[code as usize],
                    member_key(t, template.slots, &atoms),
                    "{} {code}",
                    template.name
                );
            }
        }
        assert!(tables >= 9, "{tables} templates of one code");
    }

    #[test]
    fn text_keys_tell_texts_of_a_length_apart() {
        let texts = [
            "a",
            "b",
            "ab",
            "ba",
            "abc",
            "abcd",
            "abce",
            "bbcd",
            "abcdefg",
            "abcdefh",
            "ngh",
            "nghiêng",
            "nghiếng",
            "Nghiêng",
            "thuyền",
            "thuyên",
            "khuỷu",
            "abcdefghijklmnop",
            "bbcdefghijklmnop",
            "abcdefghXjklmnop",
            "abcdefgh",
        ];
        for a in texts {
            for b in texts {
                let same = a.len() == b.len() && text_key(a.as_bytes()) == text_key(b.as_bytes());
                assert_eq!(same, a == b, "{a:?} {b:?}");
            }
        }
        // The cache gives what is computed from scratch, whatever came before.
        let mut units = Units::default();
        let lexicon = LexiconId::default();
        for text in texts.iter().chain(&texts) {
            assert_eq!(
                info_of(&mut units, &lexicon, TokenKind::Word, text),
                UnitInfo::of(TokenKind::Word, text)
            );
        }
    }

    #[test]
    fn a_syllable_spelled_with_y_or_i_has_the_other_spelling() {
        for (a, b) in [
            ("lý", "lí"),
            ("kỹ", "kĩ"),
            ("quý", "quí"),
            ("mỹ", "mĩ"),
            ("hy", "hi"),
        ] {
            assert_eq!(iy_other_spelling(a).as_deref(), Some(b));
            assert_eq!(iy_other_spelling(b).as_deref(), Some(a));
        }
        for s in ["ý", "tay", "tuy", "huyện", "chủ", "i", "tỉnh"] {
            assert_eq!(iy_other_spelling(s), None, "{s}");
        }
    }

    #[test]
    fn y_after_an_onset_is_read_as_i() {
        for (a, b) in [
            ("lý", "lí"),
            ("LÝ", "lí"),
            ("kỹ", "kĩ"),
            ("quý", "quí"),
            ("Quý", "QUÍ"),
            ("Mỹ", "mĩ"),
            ("hy", "hi"),
            ("thỳ", "thì"),
            ("kỵ", "kị"),
        ] {
            assert_eq!(atom_hash(a), atom_hash(b), "{a} {b}");
            assert_eq!(atom_text(a), atom_text(b), "{a} {b}");
        }
        // A bare "y", "y" after a vowel, and "y" inside a syllable keep their spelling.
        for (a, b) in [
            ("ý", "í"),
            ("y", "i"),
            ("tay", "tai"),
            ("tuy", "tui"),
            ("khuy", "khui"),
            ("yêu", "iêu"),
            ("huyện", "huiện"),
        ] {
            assert_ne!(atom_hash(a), atom_hash(b), "{a} {b}");
        }
    }

    #[test]
    fn atoms_hash_their_text() {
        for s in [
            "chủ",
            "Chủ",
            "TỊCH",
            "abc",
            "ABY",
            "Quý",
            "İstanbul",
            "ß",
            "x\u{301}y",
            "",
        ] {
            let text = atom_text(s);
            let by_chars = text.chars().fold(ATOM_SEED, |h, c| mix(h, c as u64));
            assert_eq!(atom_hash(s), by_chars, "{s:?}");
            assert_eq!(
                atom_hash(s),
                atom_hash(&text),
                "{s:?}: the text is its own atom"
            );
        }
        assert_eq!(atom_hash("<number>"), const_atom("<number>"));
    }

    #[test]
    fn vietnamese_lowercase_agrees_with_unicode() {
        for n in 0x00C0..0x1F00u32 {
            let Some(c) = char::from_u32(n) else { continue };
            if let Some(l) = vietnamese_lower(c) {
                let expected: String = c.to_lowercase().collect();
                assert_eq!(l.to_string(), expected, "{c:?}");
            }
        }
    }

    #[test]
    fn sounds() {
        let (tone, onset, rhyme) = sound("Huyên");
        let (tone2, onset2, rhyme2) = sound("thuyên");
        assert_eq!((tone, tone2), (0, 0));
        assert_ne!(onset, onset2);
        assert_eq!(rhyme, rhyme2);
        let (t1, o1, _) = sound("rành");
        let (t2, o2, _) = sound("rẽ");
        assert_eq!((t1, t2), (1, 4));
        assert_eq!(o1, o2);
        assert_eq!(sound("quen").1, sound("quá").1);
        assert_eq!(frequency_class(1), 1);
        assert_eq!(frequency_class(1024), 11);
    }

    #[test]
    fn shapes() {
        assert_eq!(unit_shape(TokenKind::Word, "chủ"), "lower");
        assert_eq!(unit_shape(TokenKind::Word, "Chủ"), "title");
        assert_eq!(unit_shape(TokenKind::Word, "HĐND"), "caps");
        assert_eq!(unit_shape(TokenKind::Word, "iPhone"), "mixed");
        assert_eq!(unit_shape(TokenKind::Number, "14"), "number");
    }
}
