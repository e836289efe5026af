//! The abbreviation lexicon the tokenizer and the sentence splitter share.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

use crate::error::LexiconError;

/// The format line every lexicon file carries; bump it when the columns change.
pub const LEXICON_FORMAT: &str = "vnextract-lexicon 1";

const BUILTIN: &str = include_str!("../../models/abbreviations.txt");

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Flags {
    dot: bool,
    end: bool,
    upper: bool,
    title: bool,
}

/// Abbreviations with what they allow: a final period, a sentence end, all capitals.
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    entries: FxHashMap<String, Flags>,
}

impl Abbreviations {
    /// The lexicon shipped in `models/abbreviations.txt`.
    pub fn builtin() -> &'static Abbreviations {
        static BUILT: OnceLock<Abbreviations> = OnceLock::new();
        BUILT.get_or_init(|| {
            // The shipped file is tested below, so it always parses.
            Abbreviations::parse(BUILTIN, "models/abbreviations.txt").unwrap_or_default()
        })
    }

    /// Parses a lexicon file: a `# format: vnextract-lexicon 1` line, then one entry per
    /// line with tab-separated flags; `#` starts a comment.
    pub fn parse(source: &str, name: &str) -> Result<Self, LexiconError> {
        check_format(source, name)?;
        let mut entries = FxHashMap::default();
        for (n, line) in source.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut columns = line.split('\t');
            let word = columns.next().unwrap_or_default().trim();
            let mut flags = Flags::default();
            for flag in columns.flat_map(|c| c.split_whitespace()) {
                match flag {
                    "dot" => flags.dot = true,
                    "end" => flags.end = true,
                    "upper" => flags.upper = true,
                    "title" => flags.title = true,
                    other => {
                        return Err(LexiconError::Entry {
                            name: name.to_string(),
                            line: n + 1,
                            message: format!("unknown flag {other:?}"),
                        });
                    }
                }
            }
            entries.insert(word.to_string(), flags);
        }
        Ok(Abbreviations { entries })
    }

    fn flags(&self, word: &str) -> Flags {
        self.entries.get(word).copied().unwrap_or_default()
    }

    /// Whether `word` is written with a final period that belongs to it ("TS.").
    pub fn takes_dot(&self, word: &str) -> bool {
        self.flags(word).dot
    }

    /// Whether `word.` may also end a sentence ("v.v.").
    pub fn can_end_sentence(&self, word: &str) -> bool {
        self.flags(word).end
    }

    /// Whether `word` is a person's degree or title, which a name may be written against
    /// ("TS.Nguyễn").
    pub fn is_title(&self, word: &str) -> bool {
        self.flags(word).title
    }

    /// Whether `word` is a listed all-capital abbreviation ("CEO").
    pub fn is_upper(&self, word: &str) -> bool {
        self.flags(word).upper
    }
}

/// Reads a lexicon or model file: its name for errors, and its text.
pub(crate) fn read_lexicon_file(path: &std::path::Path) -> Result<(String, String), LexiconError> {
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(source) => Ok((name, source)),
        Err(source) => Err(LexiconError::Io { name, source }),
    }
}

/// Checks the `format:` line of a lexicon file.
pub fn check_format(source: &str, name: &str) -> Result<(), LexiconError> {
    check_format_version(source, name, LEXICON_FORMAT)
}

/// Checks that the `format:` line of a lexicon or model file is `expected`.
pub fn check_format_version(
    source: &str,
    name: &str,
    expected: &'static str,
) -> Result<(), LexiconError> {
    let found = source
        .lines()
        .take_while(|l| l.starts_with('#') || l.trim().is_empty())
        .find_map(|l| l.trim_start_matches('#').trim().strip_prefix("format:"))
        .map(str::trim);
    match found {
        Some(found) if found == expected => Ok(()),
        other => Err(LexiconError::Format {
            name: name.to_string(),
            expected,
            found: other.unwrap_or("no format line").to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let parsed = Abbreviations::parse(BUILTIN, "builtin").expect("shipped lexicon parses");
        assert!(parsed.takes_dot("TS"));
        assert!(parsed.can_end_sentence("v.v"));
        assert!(parsed.is_upper("CEO"));
        assert!(parsed.is_title("PGS") && !parsed.is_title("TP"));
        assert!(!parsed.takes_dot("Q"));
    }

    #[test]
    fn format_is_checked() {
        let err = Abbreviations::parse("TS\tdot\n", "x.txt").unwrap_err();
        assert!(err.to_string().contains("x.txt"));
        let err = Abbreviations::parse("# format: vnextract-lexicon 1\nTS\tbogus\n", "y.txt")
            .unwrap_err();
        assert!(err.to_string().contains("y.txt:2"), "{err}");
    }
}
