//! The shipped word model's dictionary (the `dict` lines of `models/words.txt`) as the
//! flags of its words and their beginnings by sequence hash, sorted, so that a run that only
//! asks whether syllables make a word (the officials extractor, on every run) reads them
//! from the binary instead of hashing 27,636 words at its start (29 M instructions, 2.4% of
//! a run over 6 MB of news). `WordModel::builtin_dictionary` reads the file written here.

use std::path::Path;

// The hashes are those of the library: this file is the library's own.
#[allow(dead_code)]
#[path = "src/segment/word/atom.rs"]
mod atom;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=models/words.txt");
    println!("cargo:rerun-if-changed=src/segment/word/atom.rs");
    let model = std::fs::read_to_string("models/words.txt").expect("models/words.txt is read");
    // As `DictFlags::add` and `DictFlags::table` in the library.
    let mut flags: Vec<(u64, u32)> = Vec::new();
    for line in model.lines() {
        let Some(word) = line.strip_prefix("dict\t") else {
            continue;
        };
        let atoms: Vec<u64> = word.split(' ').map(atom::atom_hash).collect();
        atom::push_word_flags(&atoms, &mut flags);
    }
    atom::sort_and_join_flags(&mut flags);
    // Twelve bytes an entry: the hash, then the flags, little-endian.
    let mut bytes = Vec::with_capacity(flags.len() * 12);
    for (hash, flag) in flags {
        bytes.extend_from_slice(&hash.to_le_bytes());
        bytes.extend_from_slice(&flag.to_le_bytes());
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("dict_flags.bin"), bytes)
        .expect("the dictionary's flags are written");
}
