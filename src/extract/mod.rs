//! Extraction: percentages and money (with what they measure) from a segmented article.
//!
//! Every rule has an id, written on each mention it finds (`rule`), and carries examples
//! that one test runs ([`RULES`]).

mod award;
pub mod lexicon;
pub mod number;
mod official;
mod packed;
mod quantity;

use std::ops::Range;

pub use award::AwardMention;
pub use lexicon::OfficialLexicon;
pub use number::Decimal;
pub use official::{OfficialMention, TitleMention};
use packed::{WordSet, WordTable};
use quantity::{Bound, Quantity, Unit, Words, quantities};

use crate::normalize::Normalized;
use crate::segment::{Segmented, TokenKind};

/// A percentage found in an article. Byte ranges point into the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentMention {
    pub bytes: Range<usize>,
    pub value: Decimal,
    /// "2 điểm phần trăm": percentage points.
    pub points: bool,
    pub qualifier: Option<&'static str>,
    /// Which bound of a range ("10-15%" gives two mentions with the range's bytes).
    pub bound: Option<&'static str>,
    /// What is measured ("Tốc độ tăng trưởng dịch vụ"), when the sentence says it.
    pub measure: Option<Range<usize>>,
    /// tăng, giảm, đạt, bằng, chiếm, vượt.
    pub direction: Option<&'static str>,
    /// Against what ("so với năm 2021", "dự toán năm").
    pub baseline: Option<Range<usize>>,
    pub rule: &'static str,
}

/// An amount of money found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoneyMention {
    pub bytes: Range<usize>,
    /// Exact, in whole units of the currency.
    pub amount: Decimal,
    /// ISO 4217.
    pub currency: &'static str,
    /// The unit of a price: "kg" in "50.000 đồng/kg".
    pub per: Option<Range<usize>>,
    pub qualifier: Option<&'static str>,
    pub bound: Option<&'static str>,
    pub measure: Option<Range<usize>>,
    pub direction: Option<&'static str>,
    pub rule: &'static str,
}

/// What the extractors found in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub percentages: Vec<PercentMention>,
    pub money: Vec<MoneyMention>,
}

/// The honorary titles and awards of an article.
pub fn awards(normalized: &Normalized<'_>, segmented: &Segmented) -> Vec<AwardMention> {
    award::awards(segmented, normalized.text())
}

/// The officials and position titles of an article (see [`OfficialLexicon`]).
pub fn officials(
    normalized: &Normalized<'_>,
    segmented: &Segmented,
    lexicon: &OfficialLexicon,
) -> (Vec<OfficialMention>, Vec<TitleMention>) {
    official::officials(segmented, normalized.text(), lexicon)
}

/// A rule of the extractors: its id, what it does, and examples of what it finds (the
/// expected values, `"15.9%"` or `"14732000000000 VND"`, separated by `|`; empty when the
/// text holds nothing to find).
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    pub examples: &'static [(&'static str, &'static str)],
}

/// Every rule, with its examples (run by one test).
pub const RULES: &[Rule] = &[
    Rule {
        id: "percent.digits",
        description: "digits then % or phần trăm; \",\" is the decimal mark",
        examples: &[
            ("tăng 15,9% so với năm 2021", "15.9%"),
            ("đạt 96,50 %", "96.5%"),
            ("chiếm 12 phần trăm", "12%"),
            ("năm 2021 có 500 hộ", ""),
        ],
    },
    Rule {
        id: "percent.words",
        description: "a number in words then phần trăm",
        examples: &[
            ("giảm mười lăm phần trăm", "15%"),
            ("tăng hai mươi mốt phần trăm", "21%"),
            ("một phần ba số hộ", ""),
        ],
    },
    Rule {
        id: "percent.points",
        description: "điểm phần trăm / điểm %: percentage points",
        examples: &[
            ("cao hơn 2,1 điểm phần trăm", "2.1pp"),
            ("VN-Index tăng 12,5 điểm", ""),
        ],
    },
    Rule {
        id: "percent.range",
        description: "two bounds of a range: 10-15%, 8,5 - 9%, 30%-38%, từ 5 đến 7%",
        examples: &[
            ("tăng 10-15%", "10%|15%"),
            ("khoảng 8,5 - 9%", "8.5%|9%"),
            ("từ 30%-38%", "30%|38%"),
            ("từ 5 đến 7 phần trăm", "5%|7%"),
        ],
    },
    Rule {
        id: "money.digits",
        description: "digits, scale words (nghìn, triệu, tỷ, nghìn tỷ, triệu tỷ), then a currency",
        examples: &[
            (
                "đạt 14.732 tỷ đồng bằng 131% dự toán",
                "14732000000000 VND|131%",
            ),
            ("1.5 triệu USD", "1500000 USD"),
            ("2 tỷ 500 triệu đồng", "2500000000 VND"),
            ("1,2 nghìn tỷ yên", "1200000000000 JPY"),
            ("14 732 tỷ đồng", "14732000000000 VND"),
            ("50.000đ", "50000 VND"),
            // A currency in capitals glued on (a regression: it was read only in lower case).
            ("giá 100USD mỗi vé", "100 USD"),
            ("50k", ""),
            ("500 tỷ", ""),
            ("hàng nghìn tỷ đồng", ""),
            ("biển số 51F-123.45", ""),
        ],
    },
    Rule {
        id: "money.words",
        description: "a number in words then a currency",
        examples: &[
            ("hai tỷ đồng", "2000000000 VND"),
            ("ba tỷ rưỡi đồng", "3500000000 VND"),
            ("nửa triệu USD", "500000 USD"),
            ("vài tỷ đồng", ""),
        ],
    },
    Rule {
        id: "money.symbol",
        description: "a currency sign before the number: $50, US$ 1,5 tỷ, €20",
        examples: &[("giá $50", "50 USD"), ("US$1,5 tỷ", "1500000000 USD")],
    },
    Rule {
        id: "money.per-unit",
        description: "a price per unit: 50.000 đồng/kg (per: kg)",
        examples: &[
            ("giá 50.000 đồng/kg", "50000 VND/kg"),
            ("640 USD/tấn", "640 USD/tấn"),
        ],
    },
    Rule {
        id: "money.range",
        description: "two bounds of a range of money; the low bound borrows the scale",
        examples: &[
            ("từ 2 đến 3 tỷ đồng", "2000000000 VND|3000000000 VND"),
            ("5-6 tỷ USD", "5000000000 USD|6000000000 USD"),
            ("8.500 - 9.200 đồng/kg", "8500 VND/kg|9200 VND/kg"),
        ],
    },
];

const DIRECTION_WORDS: [&str; 6] = ["tăng", "giảm", "đạt", "bằng", "chiếm", "vượt"];
const DIRECTIONS: WordTable<64> = WordTable::new(&DIRECTION_WORDS);

/// Words between a direction verb and its number that keep them together.
const LINKS: WordTable<128> = WordTable::new(&[
    "lên", "xuống", "còn", "thêm", "được", "mức", "ở", "tới", "khoảng", "gần", "hơn", "trên",
    "dưới", "ước", "từ",
]);

/// Words that end the clause of a measure before its verb ("…, và tăng").
const CLAUSE_TAILS: WordTable<64> =
    WordTable::new(&["và", "nhưng", "còn", "đã", "sẽ", "ước", "đều", "cũng"]);

/// Words that open a sentence with a phrase to skip: "Theo báo cáo, …", "Năm 2022, …".
const OPENINGS: WordTable<128> = WordTable::new(&[
    "theo", "trong", "riêng", "tính", "kết", "cụ", "năm", "tháng", "quý", "ngoài",
]);

/// Words that end a baseline: the next clause starts.
const BASELINE_STOPS: WordTable<64> =
    WordTable::new(&["và", "nhưng", "tăng", "giảm", "đạt", "trong", "khi"]);

/// Percentages and money of an analyzed text.
pub fn extract(normalized: &Normalized<'_>, segmented: &Segmented) -> Extracted {
    let words = Words::new(&segmented.tokens, normalized.text());
    let mut out = Extracted::default();
    let context = Context {
        words: &words,
        segmented,
    };
    let mut previous: Option<Previous> = None;
    for q in quantities(&words) {
        let bytes = segmented.bytes_of(q.tokens.clone());
        let baseline = context.baseline(&q);
        let (direction, measure_tokens) =
            context.direction_and_measure(&q, baseline.clone(), &mut previous);
        let measure = measure_tokens.map(|r| segmented.bytes_of(r));
        let bound = q.bound.map(Bound::as_str);
        match q.unit {
            Unit::Percent { points } => out.percentages.push(PercentMention {
                bytes,
                value: q.value,
                points,
                qualifier: q.qualifier,
                bound,
                measure,
                direction,
                baseline: baseline.map(|r| segmented.bytes_of(r)),
                rule: q.rule,
            }),
            Unit::Money(currency) => out.money.push(MoneyMention {
                bytes,
                amount: q.value,
                currency,
                per: q.per.clone().map(|r| segmented.bytes_of(r)),
                qualifier: q.qualifier,
                bound,
                measure,
                direction,
                rule: q.rule,
            }),
        }
    }
    out
}

/// The clause before a direction verb (see [`Context::clause_before`]).
struct Clause {
    start: usize,
    /// The first comma of the clause.
    first_comma: Option<usize>,
    /// The last percentage ("15%", or a "%" sign) of the clause.
    last_percentage: Option<usize>,
}

/// The mention before, for the next one in its sentence: where it ends and what it measures.
struct Previous {
    sentence: usize,
    end: usize,
    measure: Option<Range<usize>>,
}

struct Context<'w, 'a> {
    words: &'w Words<'a>,
    segmented: &'w Segmented,
}

impl Context<'_, '_> {
    /// The first token of the sentence holding token `i` (a binary search, which compiles
    /// without branches).
    fn sentence_start(&self, i: usize) -> usize {
        let sentences = &self.segmented.sentences;
        let k = sentences.partition_point(|s| s.tokens.end <= i);
        sentences.get(k).map_or(0, |s| s.tokens.start)
    }

    /// Whether token `i` is one of the punctuation marks `marks` (single ASCII bytes).
    fn is_punct(&self, i: usize, marks: &[u8]) -> bool {
        let w = self.words;
        w.kind(i) == Some(TokenKind::Punct) && w.single_byte(i).is_some_and(|b| marks.contains(&b))
    }

    /// The direction verb before a mention, and the tokens of what it measures: from the
    /// start of the clause to the verb; when the clause holds nothing but the verb ("…,
    /// tăng 5,2% so với cùng kỳ"), what the previous mention of the sentence measured.
    fn direction_and_measure(
        &self,
        q: &Quantity,
        baseline: Option<Range<usize>>,
        previous: &mut Option<Previous>,
    ) -> (Option<&'static str>, Option<Range<usize>>) {
        let w = self.words;
        let mut i = q.tokens.start;
        let sentence = self.sentence_start(i);
        // Step back over a qualifier and a linking word.
        let mut steps = 0;
        while i > sentence && steps < 3 {
            if w.is_in(i - 1, &LINKS) {
                i -= 1;
                steps += 1;
            } else {
                break;
            }
        }
        let verb = i.checked_sub(1).filter(|&v| v >= sentence);
        let direction = verb.and_then(|v| DIRECTION_WORDS.get(DIRECTIONS.get(w.key(v))?).copied());
        let previous_in_sentence = previous.take().filter(|p| p.sentence == sentence);
        // The next mention's clause starts after this one and its baseline.
        let mention_end = baseline.map_or(q.tokens.end, |b| b.end);
        let Some(verb) = verb.filter(|_| direction.is_some()) else {
            *previous = Some(Previous {
                sentence,
                end: mention_end,
                measure: None,
            });
            return (None, None);
        };
        // The clause: after the last ";" or ":" or the previous mention in the sentence.
        let from = previous_in_sentence
            .as_ref()
            .map_or(sentence, |p| p.end.clamp(sentence, verb));
        let clause = self.clause_before(from, verb);
        // Skip an opening phrase: "Theo báo cáo, …", "Trong đó …", "Năm 2022, …": up to
        // the first comma.
        let mut start = clause.start;
        if w.is_in(start, &OPENINGS) {
            start = clause.first_comma.map_or(start, |comma| comma + 1);
        }
        let mut end = verb;
        while end > start && (self.is_punct(end - 1, b",-") || w.is_in(end - 1, &CLAUSE_TAILS)) {
            end -= 1;
        }
        let own = (start < end && end - start <= 20).then_some(start..end);
        // A clause that holds a percentage measures nothing itself (the trimmed words at
        // its end are none).
        let holds_percentage = clause.last_percentage.is_some_and(|k| k >= start);
        let measure = match own {
            Some(r) if !holds_percentage => Some(r),
            _ => previous_in_sentence.and_then(|p| p.measure),
        };
        *previous = Some(Previous {
            sentence,
            end: mention_end,
            measure: measure.clone(),
        });
        (direction, measure)
    }

    /// The clause that ends before the verb at token `verb`, read backwards from it in one
    /// pass down to `from` or to a ";", ":" or parenthesis.
    fn clause_before(&self, from: usize, verb: usize) -> Clause {
        let w = self.words;
        let mut clause = Clause {
            start: from,
            first_comma: None,
            last_percentage: None,
        };
        for k in (from..verb).rev() {
            match w.kind(k) {
                Some(TokenKind::Percent) => {
                    clause.last_percentage = clause.last_percentage.or(Some(k));
                }
                Some(TokenKind::Punct) => match w.single_byte(k) {
                    Some(b';' | b':' | b'(' | b')') => {
                        clause.start = k + 1;
                        break;
                    }
                    Some(b',') => clause.first_comma = Some(k),
                    Some(b'%') => clause.last_percentage = clause.last_percentage.or(Some(k)),
                    _ => {}
                },
                _ => {}
            }
        }
        clause
    }

    /// "so với năm 2021", "so với cùng kỳ", "dự toán năm", "kế hoạch": right after the
    /// mention, up to punctuation or the next clause.
    fn baseline(&self, q: &Quantity) -> Option<Range<usize>> {
        let w = self.words;
        let start = q.tokens.end;
        if start >= w.len() || !w.spaced(start) {
            return None;
        }
        let stops = |k: usize| {
            w.kind(k) == Some(TokenKind::Punct)
                || w.is_in(k, &BASELINE_STOPS)
                || matches!(w.kind(k), Some(TokenKind::Percent))
        };
        let max = |n: usize| (start + n).min(w.len());
        let end = if w.is(start, "so") && w.is(start + 1, "với") {
            (start + 2..max(9)).find(|&k| stops(k)).unwrap_or(max(9))
        } else if w.is_in(start, &WordSet::new(["dự", "kế", "cùng", "mục"]))
            && w.is_in(start + 1, &WordSet::new(["toán", "hoạch", "kỳ", "tiêu"]))
        {
            (start + 2..max(4)).find(|&k| stops(k)).unwrap_or(max(4))
        } else {
            return None;
        };
        (end > start + 1 && (start + 1..end).all(|k| w.spaced(k))).then_some(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::Segmenter;

    /// What a text's mentions read as, in the notation of the rule examples.
    pub(crate) fn describe(text: &str) -> String {
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let found = extract(&normalized, &segmented);
        let mut items: Vec<(usize, String)> = Vec::new();
        for p in &found.percentages {
            let unit = if p.points { "pp" } else { "%" };
            items.push((p.bytes.start, format!("{}{unit}", p.value)));
        }
        for m in &found.money {
            let per = m
                .per
                .as_ref()
                .map_or(String::new(), |r| format!("/{}", &text[r.clone()]));
            items.push((m.bytes.start, format!("{} {}{per}", m.amount, m.currency)));
        }
        items.sort_by_key(|(start, _)| *start);
        items
            .into_iter()
            .map(|(_, s)| s)
            .collect::<Vec<_>>()
            .join("|")
    }

    #[test]
    fn every_rule_example() {
        for rule in RULES {
            for (text, expected) in rule.examples {
                assert_eq!(describe(text), *expected, "rule {}: {text:?}", rule.id);
            }
        }
    }

    #[test]
    fn seed_sentence_context() {
        let text = "Tốc độ tăng trưởng dịch vụ, thương mại, du lịch tăng 15,9% so với năm 2021 và tăng 3,8% so với kế hoạch. Tổng thu ngân sách Nhà nước trên địa bàn đạt 14.732 tỷ đồng bằng 131% dự toán năm, tăng 5,2% so với cùng kỳ.";
        let normalized = normalize(text);
        let segmented = Segmenter::new().segment(&normalized);
        let found = extract(&normalized, &segmented);
        let read = |r: &Option<Range<usize>>| r.clone().map(|r| &text[r]);
        let p = &found.percentages;
        assert_eq!(
            read(&p[0].measure),
            Some("Tốc độ tăng trưởng dịch vụ, thương mại, du lịch")
        );
        assert_eq!(
            (p[0].direction, read(&p[0].baseline)),
            (Some("tăng"), Some("so với năm 2021"))
        );
        assert_eq!(read(&p[1].measure), read(&p[0].measure));
        assert_eq!(read(&p[1].baseline), Some("so với kế hoạch"));
        assert_eq!(
            (p[2].direction, read(&p[2].baseline)),
            (Some("bằng"), Some("dự toán năm"))
        );
        assert_eq!(
            read(&p[2].measure),
            Some("Tổng thu ngân sách Nhà nước trên địa bàn")
        );
        assert_eq!(read(&p[3].baseline), Some("so với cùng kỳ"));
        assert_eq!(read(&p[3].measure), read(&p[2].measure));
        let m = &found.money[0];
        assert_eq!(
            read(&m.measure),
            Some("Tổng thu ngân sách Nhà nước trên địa bàn")
        );
        assert_eq!(m.amount.to_string(), "14732000000000");
    }
}
