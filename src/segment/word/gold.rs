//! Gold word segmentations: CoNLL-U sentences (UD_Vietnamese-VTB), their syllable lines
//! and join decisions, and how two segmentations of one line compare. Shared by the
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
    fn scoring_counts_matching_spans() {
        let gold = [false, true, false, false, true];
        let pred = [false, true, false, true, false];
        let c = compare(&gold, &pred);
        assert_eq!((c.gold(), c.predicted(), c.tp), (3, 3, 1));
    }
}
