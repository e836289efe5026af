//! Honorary titles and awards: "danh hiệu Lao động tiên tiến", "Huân chương Lao động hạng
//! Ba", "Bằng khen của Thủ tướng Chính phủ", with who receives them and how many, when the
//! sentence says it ("226 cá nhân đạt danh hiệu …").

use std::borrow::Cow;
use std::ops::Range;

use crate::extract::number::Decimal;
use crate::normalize::{fold_case, is_upper};
use crate::segment::{Segmented, TokenKind};

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

pub(crate) fn awards(segmented: &Segmented, normalized: &str) -> Vec<AwardMention> {
    let tokens = &segmented.tokens;
    // Lower case, borrowed for most tokens: every token is compared with the kind words.
    let word = |i: usize| -> Cow<'_, str> {
        tokens
            .get(i)
            .map_or(Cow::Borrowed(""), |t| fold_case(t.norm_text(normalized)))
    };
    let joined = |i: usize| segmented.joined(normalized, i);
    let capital = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            matches!(t.kind, TokenKind::Word | TokenKind::Abbrev)
                && t.norm_text(normalized).chars().next().is_some_and(is_upper)
        })
    };
    let bytes = |r: Range<usize>| segmented.bytes_of(r);
    let mut out = Vec::new();
    for sentence in &segmented.sentences {
        let range = sentence.tokens.clone();
        let mut i = range.start;
        while i < range.end {
            let Some((pattern, kind)) = KINDS.iter().find(|(pattern, _)| {
                pattern.iter().enumerate().all(|(k, w)| {
                    i + k < range.end && word(i + k) == *w && (k == 0 || joined(i + k))
                })
            }) else {
                i += 1;
                continue;
            };
            let after_kind = i + pattern.len();
            let mut end = after_kind;
            let name_start;
            if *kind == "danh hiệu" {
                // Quoted: up to the closing quote; else a name that starts with a capital.
                if end < range.end && word(end) == "\"" || word(end) == "“" {
                    let close = (end + 1..range.end).find(|&k| matches!(&*word(k), "\"" | "”"));
                    let Some(close) = close else {
                        i = after_kind;
                        continue;
                    };
                    name_start = end + 1;
                    end = close;
                } else if capital(end) && joined(end) {
                    name_start = end;
                    while end < range.end
                        && joined(end)
                        && tokens[end].kind == TokenKind::Word
                        && (capital(end) || !NAME_STOPS.contains(&&*word(end)))
                    {
                        end += 1;
                    }
                } else {
                    i = after_kind;
                    continue;
                }
            } else {
                // "Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ".
                name_start = i;
                // Capitalized words, the lower-case syllables that finish them (at most
                // two: "Thủ tướng", "Lao động"), and "của", "hạng" between.
                let mut lower = 0;
                while end < range.end
                    && joined(end)
                    && matches!(tokens[end].kind, TokenKind::Word | TokenKind::Abbrev)
                    && (capital(end) || !NAME_STOPS.contains(&&*word(end)))
                {
                    if capital(end) || matches!(&*word(end), "của" | "hạng") {
                        lower = 0;
                    } else if lower < 2 && end > after_kind && capital(end - 1) || lower == 1 {
                        lower += 1;
                    } else {
                        break;
                    }
                    end += 1;
                }
                while end > after_kind && word(end - 1) == "của" {
                    end -= 1;
                }
            }
            let name_end = end;
            if name_end <= name_start {
                i = after_kind;
                continue;
            }
            // The recipient and count before: "226 cá nhân đạt danh hiệu …".
            let mut recipient = None;
            let mut count = None;
            for start in (range.start..i).rev().take(8) {
                if tokens[start].kind != TokenKind::Number {
                    continue;
                }
                let noun = RECIPIENTS.iter().find(|r| {
                    r.split(' ')
                        .enumerate()
                        .all(|(k, w)| word(start + 1 + k) == w && joined(start + 1 + k))
                });
                if let Some(noun) = noun {
                    let noun_end = start + 1 + noun.split(' ').count();
                    recipient = Some(bytes(start..noun_end));
                    count = Decimal::parse_digits(&word(start))
                        .filter(Decimal::is_integer)
                        .and_then(|d| d.to_string().parse::<u64>().ok());
                    break;
                }
            }
            let whole_end =
                if *kind == "danh hiệu" && word(name_end) == "\"" || word(name_end) == "”" {
                    name_end + 1
                } else {
                    name_end
                };
            out.push(AwardMention {
                bytes: bytes(i..whole_end),
                kind,
                name: bytes(name_start..name_end),
                recipient,
                count,
                rule: if *kind == "danh hiệu" {
                    "award.title"
                } else {
                    "award.named"
                },
            });
            i = whole_end.max(i + 1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::Segmenter;

    fn names(text: &str) -> Vec<(String, String, Option<u64>)> {
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        awards(&segmented, normalized.text())
            .into_iter()
            .map(|a| (a.kind.to_string(), text[a.name].to_string(), a.count))
            .collect()
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
