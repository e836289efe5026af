//! Honorary titles and awards: "danh hiệu Lao động tiên tiến", "Huân chương Lao động hạng
//! Ba", "Bằng khen của Thủ tướng Chính phủ", with who receives them and how many, when the
//! sentence says it ("226 cá nhân đạt danh hiệu …").

use std::ops::Range;

use super::extractor::{Extractor, Found, Rule};
use super::number::Decimal;
use super::packed::WordTable;
use super::view::TokenView;
use crate::segment::TokenKind;

/// An award found in an article. Byte ranges point into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwardMention {
    /// The whole mention, its kind word included.
    pub bytes: Range<usize>,
    pub kind: &'static str,
    /// The award's name: after "danh hiệu", or the whole mention for the others.
    pub name: Range<usize>,
    pub recipient: Option<Range<usize>>,
    pub count: Option<u64>,
    pub rule: &'static str,
}

/// Kinds by their lower-case words; "danh hiệu" names an award, the others are one.
const KINDS: &[(&[&str], &str)] = &[
    (&["danh", "hiệu"], "danh hiệu"),
    (&["huân", "chương"], "huân chương"),
    (&["huy", "chương"], "huy chương"),
    (&["bằng", "khen"], "bằng khen"),
    (&["giấy", "khen"], "giấy khen"),
    (&["cờ", "thi", "đua"], "cờ thi đua"),
    (&["kỷ", "niệm", "chương"], "kỷ niệm chương"),
];

/// The first words of [`KINDS`], packed: every token is looked up here before any kind is
/// tried (most tokens start none). A perfect hash, one comparison whose answer is nearly
/// always "no": seven comparisons became a tree of branches on the word that the processor
/// mispredicted about once a token.
const KIND_FIRST_WORDS: WordTable<64> = WordTable::new(&first_words());

const fn first_words() -> [&'static str; KINDS.len()] {
    let mut words = [""; KINDS.len()];
    let mut k = 0;
    while k < KINDS.len() {
        words[k] = KINDS[k].0[0];
        k += 1;
    }
    words
}

/// Who receives awards, counted: "226 cá nhân", "15 tập thể".
const RECIPIENTS: &[&str] = &[
    "cá nhân",
    "tập thể",
    "đơn vị",
    "học sinh",
    "sinh viên",
    "giáo viên",
    "cán bộ",
    "đảng viên",
    "chiến sĩ",
    "người",
    "hộ",
    "gia đình",
    "doanh nghiệp",
    "trường",
    "xã",
    "thôn",
];

/// Words that end an award's name.
const NAME_STOPS: &[&str] = &[
    "cho", "vì", "do", "năm", "và", "đã", "được", "tại", "trong", "với", "nhân", "khi", "để", "từ",
    "theo", "về", "sau", "trước", "là",
];

/// An award's name after "danh hiệu": "danh hiệu \"Lao động tiên tiến\"".
pub(crate) const TITLE: Rule = Rule {
    id: "award.title",
    description: "danh hiệu and the title's name, quoted or capitalized, with who receives it",
    examples: &[
        (
            "Có 226 cá nhân đạt danh hiệu \"Lao động tiên tiến\" năm nay.",
            "danh hiệu: Lao động tiên tiến (226 cá nhân)",
        ),
        (
            "Trường giữ vững danh hiệu Tập thể lao động xuất sắc.",
            "danh hiệu: Tập thể lao động xuất sắc",
        ),
        ("Họ không màng danh hiệu.", ""),
    ],
};

/// A named award: "Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ".
pub(crate) const NAMED: Rule = Rule {
    id: "award.named",
    description: "huân chương, huy chương, bằng khen, giấy khen, cờ thi đua, kỷ niệm chương and their names",
    examples: &[
        (
            "Ông được tặng Huân chương Lao động hạng Ba.",
            "huân chương: Huân chương Lao động hạng Ba",
        ),
        (
            "15 tập thể nhận Bằng khen của Thủ tướng Chính phủ.",
            "bằng khen: Bằng khen của Thủ tướng Chính phủ (15 tập thể)",
        ),
        ("Anh khen bằng lời.", ""),
    ],
};

/// The rules of awards, each with examples (run by one test).
pub(crate) const RULES: &[Rule] = &[TITLE, NAMED];

/// Finds honorary titles and awards ([`AwardMention`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Awards;

impl Extractor for Awards {
    fn rules(&self) -> &'static [Rule] {
        RULES
    }

    fn extract(&self, tokens: &TokenView<'_>, found: &mut Found) {
        found.extend(awards(tokens));
    }
}

fn awards(view: &TokenView<'_>) -> Vec<AwardMention> {
    let mut out = Vec::new();
    for sentence in view.sentences() {
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            i = match award_at(view, i, &range) {
                Ok(award) => {
                    let next = award.end.max(i + 1);
                    out.push(award.mention);
                    next
                }
                Err(next) => next,
            };
        }
    }
    out
}

/// An award read at a token, and the token after it.
struct Read {
    mention: AwardMention,
    end: usize,
}

/// The award whose kind word is token `i` of the sentence `range`; else the token to go on
/// from.
fn award_at(view: &TokenView<'_>, i: usize, range: &Range<usize>) -> Result<Read, usize> {
    let Some((pattern, kind)) = kind_at(view, i, range) else {
        return Err(i + 1);
    };
    let after_kind = i + pattern.len();
    let (name_start, name_end) = if kind == "danh hiệu" {
        title_name(view, after_kind, range).ok_or(after_kind)?
    } else {
        (i, named_award_end(view, after_kind, range))
    };
    if name_end <= name_start {
        return Err(after_kind);
    }
    let (recipient, count) = recipient_before(view, range.start, i);
    // As it was first written: a straight quote closes only a title's name.
    let whole_end =
        if kind == "danh hiệu" && view.word(name_end) == "\"" || view.word(name_end) == "”" {
            name_end + 1
        } else {
            name_end
        };
    Ok(Read {
        mention: AwardMention {
            bytes: view.bytes_of(i..whole_end),
            kind,
            name: view.bytes_of(name_start..name_end),
            recipient,
            count,
            rule: if kind == "danh hiệu" {
                TITLE.id
            } else {
                NAMED.id
            },
        },
        end: whole_end,
    })
}

/// The kind whose words start at token `i` (within `range`, one phrase).
fn kind_at(
    view: &TokenView<'_>,
    i: usize,
    range: &Range<usize>,
) -> Option<(&'static [&'static str], &'static str)> {
    if !view.is_in(i, &KIND_FIRST_WORDS) {
        return None;
    }
    KINDS
        .iter()
        .find(|(pattern, _)| {
            pattern.iter().enumerate().all(|(k, w)| {
                let k = i + k;
                k < range.end && view.is(k, w) && (k == i || view.joined(k))
            })
        })
        .copied()
}

/// The name after "danh hiệu" at `start`: up to the closing quote when quoted, else the
/// words from a capital to a stop word. Tokens `(first, end)` of the name.
fn title_name(view: &TokenView<'_>, start: usize, range: &Range<usize>) -> Option<(usize, usize)> {
    let word = |k: usize| view.word(k);
    if start < range.end && word(start) == "\"" || word(start) == "“" {
        let close = (start + 1..range.end).find(|&k| matches!(word(k), "\"" | "”"))?;
        return Some((start + 1, close));
    }
    if !(view.capital(start) && view.joined(start)) {
        return None;
    }
    let mut end = start;
    while end < range.end
        && view.joined(end)
        && view.kind(end) == Some(TokenKind::Word)
        && (view.capital(end) || !NAME_STOPS.contains(&word(end)))
    {
        end += 1;
    }
    Some((start, end))
}

/// The end of a named award's name ("Huân chương Lao động hạng Ba", "Bằng khen của Thủ
/// tướng Chính phủ") from `start`, after its kind word: capitalized words, the lower-case
/// syllables that finish them (at most two: "Thủ tướng", "Lao động"), and "của", "hạng"
/// between.
fn named_award_end(view: &TokenView<'_>, start: usize, range: &Range<usize>) -> usize {
    let word = |k: usize| view.word(k);
    let mut end = start;
    let mut lower = 0;
    while end < range.end
        && view.joined(end)
        && matches!(view.kind(end), Some(TokenKind::Word | TokenKind::Abbrev))
        && (view.capital(end) || !NAME_STOPS.contains(&word(end)))
    {
        if view.capital(end) || matches!(word(end), "của" | "hạng") {
            lower = 0;
        } else if lower < 2 && end > start && view.capital(end - 1) || lower == 1 {
            lower += 1;
        } else {
            break;
        }
        end += 1;
    }
    while end > start && word(end - 1) == "của" {
        end -= 1;
    }
    end
}

/// Who receives the award and how many, written before its kind word at `kind_start`:
/// "226 cá nhân đạt danh hiệu …".
fn recipient_before(
    view: &TokenView<'_>,
    sentence_start: usize,
    kind_start: usize,
) -> (Option<Range<usize>>, Option<u64>) {
    for start in (sentence_start..kind_start).rev().take(8) {
        if view.kind(start) != Some(TokenKind::Number) {
            continue;
        }
        let noun = RECIPIENTS.iter().find(|r| {
            r.split(' ').enumerate().all(|(k, w)| {
                let k = start + 1 + k;
                view.word(k) == w && view.joined(k)
            })
        });
        if let Some(noun) = noun {
            let noun_end = start + 1 + noun.split(' ').count();
            let count = Decimal::parse_digits(view.word(start))
                .filter(Decimal::is_integer)
                .and_then(|d| d.to_string().parse::<u64>().ok());
            return (Some(view.bytes_of(start..noun_end)), count);
        }
    }
    (None, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::testing::{check_examples, run};

    fn names(text: &str) -> Vec<(String, String, Option<u64>)> {
        run(&Awards, text)
            .get::<AwardMention>()
            .iter()
            .map(|a| {
                (
                    a.kind.to_string(),
                    text[a.name.clone()].to_string(),
                    a.count,
                )
            })
            .collect()
    }

    /// The notation of the rule examples: `kind: name (recipient)`.
    fn describe(text: &str) -> String {
        let found = run(&Awards, text);
        let items: Vec<String> = found
            .get::<AwardMention>()
            .iter()
            .map(|a| {
                let recipient = a
                    .recipient
                    .clone()
                    .map_or(String::new(), |r| format!(" ({})", &text[r]));
                format!("{}: {}{recipient}", a.kind, &text[a.name.clone()])
            })
            .collect();
        items.join("|")
    }

    #[test]
    fn every_rule_example() {
        check_examples(&Awards, describe, |found, rule| {
            found.get::<AwardMention>().iter().any(|a| a.rule == rule)
        });
    }

    #[test]
    fn every_kind_is_found_in_lower_case_and_capitalized() {
        for (pattern, kind) in KINDS {
            let lower = pattern.join(" ");
            let mut capitalized = lower.chars();
            let capitalized: String = capitalized
                .next()
                .map(|c| c.to_uppercase().chain(capitalized).collect())
                .unwrap_or_default();
            for written in [lower, capitalized] {
                let text = format!("Họ nhận {written} Anh hùng Lao động.");
                let found = names(&text);
                assert!(found.iter().any(|(k, ..)| k == kind), "{text}: {found:?}");
            }
        }
    }

    #[test]
    fn kinds_names_and_counts() {
        assert_eq!(
            names("Có 226 cá nhân đạt danh hiệu \"Lao động tiên tiến\" năm nay."),
            vec![("danh hiệu".into(), "Lao động tiên tiến".into(), Some(226))]
        );
        assert_eq!(
            names("Ông được tặng Huân chương Lao động hạng Ba."),
            vec![(
                "huân chương".into(),
                "Huân chương Lao động hạng Ba".into(),
                None
            )]
        );
        assert_eq!(
            names("Đơn vị nhận Bằng khen của Thủ tướng Chính phủ vì thành tích."),
            vec![(
                "bằng khen".into(),
                "Bằng khen của Thủ tướng Chính phủ".into(),
                None
            )]
        );
        assert!(names("Anh khen bằng lời.").is_empty());
    }
}
