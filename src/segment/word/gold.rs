//! Gold word segmentations: CoNLL-U sentences (UD_Vietnamese-VTB) or lines of one syllable
//! and its B-W/I-W tag (the format of VLSP-style corpora), their syllable lines and join
//! decisions, and how two segmentations of one line compare. Shared by the
//! trainer (`train`) and `eval::segmentation`.

use crate::metrics::Counts;

/// A sentence of gold words, each one or more syllables separated by single spaces.
pub type GoldWords = Vec<String>;

/// The sentences of a CoNLL-U file, each as its words (FORM column). Multiword-token
/// ranges ("1-2") and empty nodes ("1.1") are skipped.
pub fn read_conllu(text: &str) -> Vec<GoldWords> {
    let mut sentences = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut columns = line.split('\t');
        let id = columns.next().unwrap_or_default();
        if id.contains('-') || id.contains('.') {
            continue;
        }
        if let Some(form) = columns.next() {
            let form = form
                .split(' ')
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>();
            if !form.is_empty() {
                current.push(form.join(" "));
            }
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    sentences
}

/// A gold file that cannot be read as either format.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{name}:{line}: {message}")]
pub struct GoldError {
    pub name: String,
    pub line: usize,
    pub message: String,
}

/// The formats of gold segmentations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoldFormat {
    /// CoNLL-U: one word a line, syllables separated by spaces in the FORM column.
    Conllu,
    /// One syllable a line with its tag: `B-W` starts a word, `I-W` goes on with it
    /// (`B_W`/`I_W` and bare `B`/`I` too); a blank line ends a sentence.
    Bio,
}

/// The sentences of a gold file in either format, told apart by its first line that is
/// not a comment: a syllable and a B/I tag is [`GoldFormat::Bio`], anything else CoNLL-U.
/// `name` names the file in errors.
pub fn read_gold(text: &str, name: &str) -> Result<Vec<GoldWords>, GoldError> {
    match detect_format(text) {
        GoldFormat::Conllu => Ok(read_conllu(text)),
        GoldFormat::Bio => read_bio(text, name),
    }
}

/// The format of a gold file (see [`read_gold`]).
pub fn detect_format(text: &str) -> GoldFormat {
    let first = text
        .lines()
        .map(|l| l.trim_end_matches('\r'))
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'));
    match first.map(bio_columns) {
        Some(Some((_, Some(_)))) => GoldFormat::Bio,
        _ => GoldFormat::Conllu,
    }
}

/// A B/I line's syllable and whether its tag goes on with a word (`None`: not a tag).
fn bio_columns(line: &str) -> Option<(&str, Option<bool>)> {
    let mut columns: Vec<&str> = if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    };
    columns.retain(|c| !c.is_empty());
    let [syllable, .., tag] = columns.as_slice() else {
        return None;
    };
    let inside = match tag.to_ascii_uppercase().replace('_', "-").as_str() {
        "B-W" | "B" => Some(false),
        "I-W" | "I" => Some(true),
        _ => None,
    };
    Some((syllable, inside))
}

/// The sentences of a B-W/I-W file: one syllable and its tag a line, sentences separated
/// by blank lines, `#` comments skipped. An `I-W` that starts a sentence starts a word.
pub fn read_bio(text: &str, name: &str) -> Result<Vec<GoldWords>, GoldError> {
    let mut sentences = Vec::new();
    let mut current: GoldWords = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let error = |message: String| GoldError {
            name: name.to_string(),
            line: n + 1,
            message,
        };
        let Some((syllable, tag)) = bio_columns(line) else {
            return Err(error(format!(
                "expected a syllable and its tag (B-W or I-W), found {line:?}"
            )));
        };
        let Some(inside) = tag else {
            return Err(error(format!(
                "the last column of {line:?} is not a tag (B-W or I-W)"
            )));
        };
        match current.last_mut() {
            Some(word) if inside => {
                word.push(' ');
                word.push_str(syllable);
            }
            _ => current.push(syllable.to_string()),
        }
    }
    if !current.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Word spans (in syllables) of a list of join decisions.
pub fn spans(joins: &[bool]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &j) in joins.iter().enumerate().skip(1) {
        if !j {
            out.push((start, i));
            start = i;
        }
    }
    if !joins.is_empty() {
        out.push((start, joins.len()));
    }
    out
}

/// Compares two segmentations of the same syllables.
pub fn compare(gold: &[bool], predicted: &[bool]) -> Counts {
    let g = spans(gold);
    let p = spans(predicted);
    let (mut a, mut b, mut correct) = (0, 0, 0);
    while a < g.len() && b < p.len() {
        if g[a] == p[b] {
            correct += 1;
            a += 1;
            b += 1;
        } else if g[a].1 <= p[b].1 {
            a += 1;
        } else {
            b += 1;
        }
    }
    Counts::from_sets(g.len(), p.len(), correct)
}

/// The syllable line of a gold sentence and its join decisions.
pub fn gold_line(words: &[String]) -> (String, Vec<bool>) {
    let mut line = String::new();
    let mut joins = Vec::new();
    for word in words {
        for (k, syllable) in word.split(' ').filter(|s| !s.is_empty()).enumerate() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(syllable);
            joins.push(k > 0);
        }
    }
    if let Some(first) = joins.first_mut() {
        *first = false;
    }
    (line, joins)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conllu_forms_with_spaces_are_words() {
        let text = "# text = x\n1\tchủ tịch\t_\n2-3\tab\t_\n2\txã\t_\n2.1\tz\t_\n\n1\tcó\t_\n";
        assert_eq!(
            read_conllu(text),
            vec![
                vec!["chủ tịch".to_string(), "xã".to_string()],
                vec!["có".to_string()]
            ]
        );
    }

    #[test]
    fn bio_lines_are_words() {
        let text = "# a comment\nChủ\tB-W\ntịch\tI-W\nxã\tB-W\n\nI_W_start I_W\ncó B_W\nthể i\n";
        let expected = vec![
            vec!["Chủ tịch".to_string(), "xã".to_string()],
            vec!["I_W_start".to_string(), "có thể".to_string()],
        ];
        assert_eq!(detect_format(text), GoldFormat::Bio);
        assert_eq!(read_gold(text, "t.bio"), Ok(expected));
        let conllu = "# text = x\n1\tchủ tịch\t_\t_\t_\t_\t0\troot\t_\t_\n";
        assert_eq!(detect_format(conllu), GoldFormat::Conllu);
    }

    #[test]
    fn bad_bio_lines_are_named() {
        let err = read_bio("Chủ\tB-W\ntịch\tX\n", "t.bio").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(
            err.to_string().starts_with("t.bio:2: the last column"),
            "{err}"
        );
        let err = read_bio("Chủ\tB-W\nlonely\n", "t.bio").unwrap_err();
        assert!(
            err.to_string().starts_with("t.bio:2: expected a syllable"),
            "{err}"
        );
    }

    #[test]
    fn scoring_counts_matching_spans() {
        let gold = [false, true, false, false, true];
        let pred = [false, true, false, true, false];
        let c = compare(&gold, &pred);
        assert_eq!((c.gold(), c.predicted(), c.tp), (3, 3, 1));
    }
}
