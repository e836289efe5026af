//! Feature weights of the word model in fixed point, looked up by the decoder.
//!
//! The lowest module of the word segmenter: `features` reads weights
//! through it and `model` fills it, so neither needs the other's insides. It asks
//! `features` only which keys belong to templates that read syllables alone (see
//! [`pure_place`]), whose weights it keeps pre-summed beside each group.

use super::features::pure_place;

/// Feature weights, in fixed point (1/1024), in 4-byte slots (a 16-bit check of the key
/// and the weight), small enough to stay in the CPU's caches.
///
/// Features with a group (see `features::feature_key`) live in the group's own
/// small open-addressing table, one run of slots found through a directory of groups;
/// the others in one open-addressing table of their own. The features of a group whose
/// templates read its syllables and nothing else ("s0", "s-1.s0", "s-1.s0.s1" …) are not in
/// the run: the directory entry holds their weights, one place per template, so finding
/// the group gives them without a probe.
#[derive(Debug, Clone)]
pub(crate) struct WeightTable {
    /// Features of dense templates, by their place (the low bits of their key).
    dense: Vec<i16>,
    /// Other features without a group.
    own: Vec<(u16, i16)>,
    own_shift: u32,
    /// Group hash → the group's entry (open addressing, half full). The entry sits in the
    /// slot, not behind an index into another array: the directory does not fit the
    /// cache, and a found group then costs one miss, not two in a row.
    directory: Vec<DirectorySlot>,
    /// The groups in `directory`: most lookups are of pairs and triples the model never
    /// saw, and this small array answers them without touching the directory.
    filter: KeyFilter,
    members: Vec<(u16, i16)>,
    len: usize,
}

/// The weights of a group's features whose templates read syllables only, by the place
/// [`pure_place`] gives each template.
pub(crate) type PureWeights = [i16; PURE_PLACES];

/// What finding a group gives the decoder: the reference to its run of features
/// (`start << 5 | log2(size)` in `members`, [`NO_GROUP`] when it has none) and the
/// weights of its syllables-only features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct GroupRef {
    pub run: u32,
    pub pure: PureWeights,
}

impl GroupRef {
    /// A group without features.
    pub const NONE: GroupRef = GroupRef {
        run: NO_GROUP,
        pure: [0; PURE_PLACES],
    };
}

/// A slot of the group directory: a group's hash (0 for an empty slot) and its entry.
/// 16 bytes, aligned so that a slot never straddles two cache lines.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(16))]
struct DirectorySlot {
    group: u32,
    entry: GroupRef,
}

const _: () = assert!(std::mem::size_of::<DirectorySlot>() == 16);

/// The most syllables-only templates of one number of syllables.
pub(crate) const PURE_PLACES: usize = 4;

/// The bit that marks the key of a feature of a dense template (the top bit clear): the
/// low bits are its place in the dense array.
pub(crate) const DENSE: u64 = 1 << 62;

/// The most places of features of dense templates.
const DENSE_MAX: u64 = 1 << 20;

/// The place in the dense array that a key names, when it is a dense key (a place past
/// any template's, not made by `feature_key`, stays a hashed key).
#[inline(always)]
fn dense_place(h: u64) -> Option<usize> {
    let place = h & (DENSE - 1);
    (h >> 62 == 0b01 && place < DENSE_MAX).then_some(place as usize)
}

/// A Bloom filter with one hash over the keys of a table, about 16 bits a key (so about 5%
/// of absent keys pass): it answers most lookups of absent keys from an array a few times
/// smaller than the table.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeyFilter {
    bits: Vec<u64>,
    shift: u32,
}

impl KeyFilter {
    /// A filter holding `keys` (about `count` of them).
    pub fn new(keys: impl Iterator<Item = u64>, count: usize) -> KeyFilter {
        let bits = (count * 16).next_power_of_two().max(64);
        let mut filter = KeyFilter {
            bits: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        };
        for key in keys {
            let bit = filter.bit(key);
            filter.bits[bit / 64] |= 1 << (bit % 64);
        }
        filter
    }

    /// A key's bit: the top bits of a multiplication, not the low bits or the high half
    /// that the tables place and check keys by.
    #[inline(always)]
    fn bit(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// Whether the key may be in the table (`false`: it is not).
    #[inline(always)]
    pub fn may_hold(&self, key: u64) -> bool {
        let bit = self.bit(key);
        self.bits
            .get(bit / 64)
            .is_some_and(|w| w & (1 << (bit % 64)) != 0)
    }
}

/// The reference to a group that has no features (or no run of them): a run of one empty
/// slot at the start of `members`, so that the decoder probes it like any other run (an
/// absent feature) instead of branching on it.
pub(crate) const NO_GROUP: u32 = 0;

/// Fixed-point scale of the weights.
pub(crate) const WEIGHT_SCALE: f32 = 1024.0;

impl Default for WeightTable {
    fn default() -> Self {
        WeightTable::from_entries(&[])
    }
}

/// The check of a key in its table: 16 of its bits (never 0, the empty slot).
#[inline(always)]
fn check(bits: u32) -> u16 {
    ((bits >> 16) as u16) | 1
}

/// A sum of fixed-point weights as a stored weight, clamped to -32767 ..= 32767 as every
/// weight of the table is.
#[inline]
fn saturate(w: i32) -> i16 {
    w.clamp(i16::MIN as i32 + 1, i16::MAX as i32) as i16
}

/// Adds `w` to the slot of `tag` in the run `slots` (a power of two, never full),
/// probing from `first`.
fn add_slot(slots: &mut [(u16, i16)], first: usize, tag: u16, w: i32) -> bool {
    let mask = slots.len() - 1;
    let mut i = first & mask;
    loop {
        let slot = &mut slots[i];
        if slot.0 == tag {
            slot.1 = saturate(slot.1 as i32 + w);
            return false;
        }
        if slot.0 == 0 {
            *slot = (tag, w as i16);
            return true;
        }
        i = (i + 1) & mask;
    }
}

/// The weight of `tag` in the run `slots` (a power of two, never full), probing from
/// `first`; 0 when absent.
#[inline(always)]
fn get_slot(slots: &[(u16, i16)], first: usize, tag: u16) -> i32 {
    let mask = slots.len().wrapping_sub(1);
    let mut i = first & mask;
    while let Some(&(t, w)) = slots.get(i) {
        if t == tag {
            return w as i32;
        }
        if t == 0 {
            return 0;
        }
        i = (i + 1) & mask;
    }
    0
}

impl WeightTable {
    /// A table of `entries` (keys as `features::feature_key` makes them); the
    /// weights of equal keys add up.
    pub fn from_entries(entries: &[(u64, f32)]) -> Self {
        let fixed = |w: f32| {
            (w * WEIGHT_SCALE)
                .round()
                .clamp(i16::MIN as f32 + 1.0, i16::MAX as f32) as i32
        };
        let mut grouped: Vec<(u64, f32)> = Vec::new();
        let mut own: Vec<(u64, f32)> = Vec::new();
        let mut dense: Vec<i32> = Vec::new();
        for &(h, w) in entries {
            if h >> 63 == 1 {
                grouped.push((h, w));
            } else if let Some(at) = dense_place(h) {
                if dense.len() <= at {
                    dense.resize(at + 1, 0);
                }
                dense[at] += fixed(w);
            } else {
                own.push((h, w));
            }
        }
        let size = (own.len() * 2).next_power_of_two().max(2);
        let mut table = WeightTable {
            dense: dense.iter().map(|&w| saturate(w)).collect(),
            own: vec![(0, 0); size],
            own_shift: 64 - size.trailing_zeros(),
            directory: Vec::new(),
            filter: KeyFilter::default(),
            // The empty run of NO_GROUP.
            members: vec![(0, 0)],
            len: 0,
        };
        table.len = dense.iter().filter(|&&w| w != 0).count();
        for &(h, w) in &own {
            let first = (h << 1 >> table.own_shift) as usize;
            table.len += usize::from(add_slot(&mut table.own, first, check(h as u32), fixed(w)));
        }
        // Each group's run: twice its other features, rounded up to a power of two.
        grouped.sort_unstable_by_key(|&(h, _)| h);
        let mut found: Vec<(u32, GroupRef)> = Vec::new();
        // Reused for every group (one allocation, not one per group).
        let mut others = Vec::new();
        let mut at = 0;
        while at < grouped.len() {
            let group = (grouped[at].0 >> 32) as u32;
            let end = at + grouped[at..].partition_point(|(h, _)| (h >> 32) as u32 == group);
            let mut entry = GroupRef::NONE;
            let mut pure_seen = [false; PURE_PLACES];
            others.clear();
            for &(h, w) in &grouped[at..end] {
                match pure_place(h as u32) {
                    Some(place) => {
                        entry.pure[place] = saturate(entry.pure[place] as i32 + fixed(w));
                        table.len += usize::from(!pure_seen[place]);
                        pure_seen[place] = true;
                    }
                    None => others.push((h, w)),
                }
            }
            if !others.is_empty() {
                let size = (others.len() * 2).next_power_of_two();
                let start = table.members.len();
                table.members.resize(start + size, (0, 0));
                let run = &mut table.members[start..start + size];
                for &(h, w) in &others {
                    table.len += usize::from(add_slot(run, h as usize, check(h as u32), fixed(w)));
                }
                entry.run = (start as u32) << 5 | size.trailing_zeros();
            }
            found.push((group, entry));
            at = end;
        }
        table.filter = KeyFilter::new(found.iter().map(|&(group, _)| group as u64), found.len());
        let size = (found.len() * 2).next_power_of_two().max(2);
        let empty = DirectorySlot {
            group: 0,
            entry: GroupRef::NONE,
        };
        table.directory = vec![empty; size];
        let mask = size - 1;
        for (group, entry) in found {
            let mut i = group as usize & mask;
            while table.directory[i].group != 0 {
                i = (i + 1) & mask;
            }
            table.directory[i] = DirectorySlot { group, entry };
        }
        table
    }

    /// A group by its hash ([`GroupRef::NONE`] when it has no features).
    #[inline(always)]
    pub fn group(&self, group: u32) -> GroupRef {
        if !self.filter.may_hold(group as u64) {
            return GroupRef::NONE;
        }
        let mask = self.directory.len().wrapping_sub(1);
        let mut i = group as usize & mask;
        while let Some(slot) = self.directory.get(i) {
            if slot.group == group {
                return slot.entry;
            }
            if slot.group == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        GroupRef::NONE
    }

    /// The weight of a feature of a group, by its key in the group.
    #[inline(always)]
    pub fn get_in(&self, group: u32, member: u32) -> i32 {
        let start = (group >> 5) as usize;
        let size = 1usize << (group & 31);
        match self.members.get(start..start + size) {
            Some(run) => get_slot(run, member as usize, check(member)),
            None => 0,
        }
    }

    /// The weight of a feature of a dense template, by its place.
    #[inline(always)]
    pub fn get_dense(&self, at: usize) -> i32 {
        self.dense.get(at).map_or(0, |&w| w as i32)
    }

    /// The weight of a feature without a group, by its key.
    #[inline(always)]
    pub fn get_own(&self, h: u64) -> i32 {
        get_slot(
            &self.own,
            (h << 1 >> self.own_shift) as usize,
            check(h as u32),
        )
    }

    /// The weight of any key (0 when absent).
    #[cfg(test)]
    pub fn get(&self, h: u64) -> i32 {
        if h >> 63 == 1 {
            let group = self.group((h >> 32) as u32);
            match pure_place(h as u32) {
                Some(place) => group.pure[place] as i32,
                None => self.get_in(group.run, h as u32),
            }
        } else if let Some(at) = dense_place(h) {
            self.get_dense(at)
        } else {
            self.get_own(h)
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_filter_holds_its_keys_and_few_others() {
        let key = |n: u64| n.wrapping_mul(0xc4ce_b9fe_1a85_ec53) ^ (n << 17);
        let filter = KeyFilter::new((0..5000).map(key), 5000);
        assert!((0..5000).all(|n| filter.may_hold(key(n))));
        let passed = (5000..105_000).filter(|&n| filter.may_hold(key(n))).count();
        assert!(passed < 10_000, "{passed} of 100000 absent keys pass");
        assert!(!KeyFilter::new(std::iter::empty(), 0).may_hold(1));
    }

    #[test]
    fn weight_table_finds_grouped_and_own_keys() {
        // Keys as feature_key makes them: a few groups of many members, and own keys.
        let mut entries = Vec::new();
        for g in 0..50u64 {
            let group = (g.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) | 0x8000_0000;
            for m in 0..(1 + g % 40) {
                let member = m.wrapping_mul(0xff51_afd7_ed55_8ccd) >> 32;
                entries.push((group << 32 | member, (g + m) as f32 / 64.0 + 0.5));
            }
        }
        for k in 0..500u64 {
            entries.push((
                k.wrapping_mul(0xc4ce_b9fe_1a85_ec53) >> 2,
                -(k as f32) / 100.0 - 0.5,
            ));
        }
        // Features of dense templates: their place in the dense array.
        for at in [0u64, 7, 4095] {
            entries.push((DENSE | at, at as f32 / 1000.0 + 0.25));
        }
        let table = WeightTable::from_entries(&entries);
        for &(h, w) in &entries {
            assert_eq!(table.get(h), (w * WEIGHT_SCALE).round() as i32, "{h:x}");
        }
        assert_eq!(table.len(), entries.len());
        assert_eq!(table.group(0x8000_0001), GroupRef::NONE);
        assert_eq!(table.get(0x8000_0001_0000_0000), 0);
        assert_eq!(WeightTable::default().get(12345), 0);
        assert_eq!(table.get(DENSE | 8), 0, "a dense place without a feature");
    }
}
