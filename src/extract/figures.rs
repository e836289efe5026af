//! Percentages and money, with what they measure: the figures of an article. The grammar of
//! one mention is in [`super::quantity`]; this reads its context in the sentence: the
//! direction verb before it (tăng, giảm, đạt …), what it measures, and its baseline ("so với
//! năm 2021").

use std::ops::Range;
use std::sync::Arc;

use super::extractor::{Extractor, Found, Rule};
use super::lexicon::OfficialLexicon;
use super::number::Decimal;
use super::packed::{WordSet, WordTable};
use super::quantity::{self, Bound, Quantity, Unit, quantities};
use super::view::TokenView;
use crate::segment::{Segmented, TokenKind};

/// Finds percentages ([`PercentMention`]) and amounts of money ([`MoneyMention`]), with the
/// currencies, qualifiers and other word lists of a lexicon (`models/figures.txt` and what
/// a user adds).
#[derive(Debug, Clone)]
pub struct Figures {
    lexicon: Arc<OfficialLexicon>,
}

impl Figures {
    /// Reads figures with the word lists of `lexicon` (its `figures` entries).
    pub fn new(lexicon: Arc<OfficialLexicon>) -> Self {
        Figures { lexicon }
    }
}

impl Default for Figures {
    /// With the shipped word lists.
    fn default() -> Self {
        Figures::new(OfficialLexicon::builtin())
    }
}

impl Extractor for Figures {
    fn rules(&self) -> &'static [Rule] {
        quantity::RULES
    }

    fn extract(&self, tokens: &TokenView<'_>, found: &mut Found) {
        let segmented = tokens.segmented();
        let context = Context {
            words: tokens,
            segmented,
        };
        let mut previous: Option<Previous> = None;
        for q in quantities(tokens, &self.lexicon.figures) {
            let bytes = segmented.bytes_of(q.tokens.clone());
            let baseline = context.baseline(&q);
            let (direction, measure_tokens) =
                context.direction_and_measure(&q, baseline.clone(), &mut previous);
            let measure = measure_tokens.map(|r| segmented.bytes_of(r));
            let bound = q.bound.map(Bound::as_str);
            match q.unit {
                Unit::Percent { points } => found.push(PercentMention {
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
                Unit::Money(currency) => found.push(MoneyMention {
                    bytes,
                    amount: q.value,
                    currency,
                    per: q.per.as_ref().map(|p| p.bytes(segmented)),
                    qualifier: q.qualifier,
                    bound,
                    measure,
                    direction,
                    rule: q.rule,
                }),
            }
        }
    }
}

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

// The words below are closed-class grammar (verbs of change, prepositions, conjunctions):
// they stay in code, while the open lists of figures are data (models/figures.txt).
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

/// Verbs of saying that end the part of a clause naming who reports the figure.
const REPORTING: [[&str; 2]; 4] = [
    ["cho", "biết"],
    ["cho", "hay"],
    ["khẳng", "định"],
    ["nhấn", "mạnh"],
];

/// Words that end a baseline: the next clause starts.
const BASELINE_STOPS: WordTable<64> =
    WordTable::new(&["và", "nhưng", "tăng", "giảm", "đạt", "trong", "khi"]);

/// The clause before a direction verb (see [`Context::clause_before`]).
struct Clause {
    start: usize,
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
    words: &'w TokenView<'a>,
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
        let start = self.past_opening(clause.start, verb);
        let reported = self.reported_from(start, verb);
        let mut end = verb;
        while end > start && (self.is_punct(end - 1, b",-") || w.is_in(end - 1, &CLAUSE_TAILS)) {
            end -= 1;
        }
        // A clause of at most 20 words, less who reports it.
        let own = (start < end && end - start <= 20).then(|| reported.min(end)..end);
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

    /// Where what a clause reports starts, after who reports it: "Chủ tịch UBND quận A cho
    /// biết thu ngân sách đạt …" measures "thu ngân sách"; `start` when no verb of saying
    /// comes before `verb`.
    fn reported_from(&self, start: usize, verb: usize) -> usize {
        let w = self.words;
        let Some(said) = (start..verb.saturating_sub(1))
            .rev()
            .find(|&k| REPORTING.iter().any(|[a, b]| w.is(k, a) && w.is(k + 1, b)))
        else {
            return start;
        };
        let mut from = said + 2;
        while from < verb && (w.is(from, "rằng") || self.is_punct(from, b",:")) {
            from += 1;
        }
        // What is reported may open with a phrase too: "… cho biết, trong năm 2016, …".
        self.past_opening(from, verb)
    }

    /// Past an opening phrase at `from` ("Theo báo cáo, …", "Trong đó …", "Năm 2022, …"): up
    /// to the first comma before `verb`; `from` when none opens there.
    fn past_opening(&self, from: usize, verb: usize) -> usize {
        if !self.words.is_in(from, &OPENINGS) {
            return from;
        }
        (from..verb)
            .find(|&k| self.is_punct(k, b","))
            .map_or(from, |comma| comma + 1)
    }

    /// The clause that ends before the verb at token `verb`, read backwards from it in one
    /// pass down to `from` or to a ";", ":" or parenthesis.
    fn clause_before(&self, from: usize, verb: usize) -> Clause {
        let w = self.words;
        let mut clause = Clause {
            start: from,
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
    use crate::extract::testing::{check_examples, run};

    /// What a text's mentions read as, in the notation of the rule examples.
    fn describe(text: &str) -> String {
        let found = run(&Figures::default(), text);
        let mut items: Vec<(usize, String)> = Vec::new();
        for p in found.get::<PercentMention>() {
            let unit = if p.points { "pp" } else { "%" };
            items.push((p.bytes.start, format!("{}{unit}", p.value)));
        }
        for m in found.get::<MoneyMention>() {
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
        check_examples(&Figures::default(), describe, |found, rule| {
            let percent = found.get::<PercentMention>().iter().map(|p| p.rule);
            let money = found.get::<MoneyMention>().iter().map(|m| m.rule);
            percent.chain(money).any(|id| id == rule)
        });
    }

    #[test]
    fn seed_sentence_context() {
        let text = "Tốc độ tăng trưởng dịch vụ, thương mại, du lịch tăng 15,9% so với năm 2021 và tăng 3,8% so với kế hoạch. Tổng thu ngân sách Nhà nước trên địa bàn đạt 14.732 tỷ đồng bằng 131% dự toán năm, tăng 5,2% so với cùng kỳ.";
        let found = run(&Figures::default(), text);
        let read = |r: &Option<Range<usize>>| r.clone().map(|r| &text[r]);
        let p = found.get::<PercentMention>();
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
        let m = &found.get::<MoneyMention>()[0];
        assert_eq!(
            read(&m.measure),
            Some("Tổng thu ngân sách Nhà nước trên địa bàn")
        );
        assert_eq!(m.amount.to_string(), "14732000000000");
    }

    #[test]
    fn who_reports_a_figure_is_no_part_of_what_it_measures() {
        // Regression: the measure was the whole clause, "Chủ tịch … cho biết thu ngân sách".
        let text = "Chủ tịch UBND quận Lê Văn An cho biết thu ngân sách đạt 1.200 tỷ đồng. \
                    Giám đốc sở khẳng định rằng doanh thu du lịch tăng 12%.";
        let found = run(&Figures::default(), text);
        let read = |r: &Option<Range<usize>>| r.clone().map(|r| &text[r]);
        assert_eq!(
            read(&found.get::<MoneyMention>()[0].measure),
            Some("thu ngân sách")
        );
        assert_eq!(
            read(&found.get::<PercentMention>()[0].measure),
            Some("doanh thu du lịch")
        );
    }
}
